"""Which encoding a page is read in, when its declaration is missing or lies (the bytes tell)."""

from crawler.extraction.encoding import page_encoding

RUSSIAN = ("<p>С 1 декабря на Казанском направлении вводится новое расписание пригородных поездов. Изменения "
           "связаны с ремонтом путей на участке между Люберцами и Раменским.</p>")
SPANISH = "<p>La riada arrastró árboles y coches en Soria; los vecinos piden ayuda urgente al ayuntamiento.</p>"


def html(charset, body):
    return f"<html><head><meta charset='{charset}'><title>t</title></head><body>{body}</body></html>"


def test_a_page_declared_utf8_whose_bytes_are_windows_1251_is_read_as_detected():
    assert page_encoding(html("utf-8", RUSSIAN).encode("cp1251"), "", "cp1252") == "cp1251"


def test_a_page_declared_utf8_whose_bytes_are_not_is_read_in_the_sites_fallback_when_detection_has_nothing():
    assert page_encoding(html("utf-8", SPANISH).encode("cp1252"), "", "cp1252") == "cp1252"


def test_a_page_declared_latin1_whose_bytes_are_utf8_is_read_as_utf8():
    assert page_encoding(html("iso-8859-1", SPANISH).encode("utf-8"), "", "cp1252") == "utf-8"


def test_true_declarations_are_kept():
    # "iso-8859-1" is read as windows-1252, its superset, as browsers do (WHATWG's label table, in w3lib)
    assert page_encoding(html("iso-8859-1", SPANISH).encode("latin-1"), "", "cp1252") == "cp1252"
    assert page_encoding(html("utf-8", RUSSIAN).encode("utf-8"), "", "cp1252") == "utf-8"
    assert page_encoding(html("utf-8", SPANISH).encode("latin-1"), "text/html; charset=iso-8859-1",
                         "cp1252") == "cp1252"  # the header first, as Scrapy reads it


def test_an_undeclared_page_is_utf8_when_it_decodes_else_the_sites_fallback():
    assert page_encoding(f"<p>{SPANISH}</p>".encode("utf-8"), "", "cp1252") == "utf-8"
    assert page_encoding(f"<p>{SPANISH}</p>".encode("cp1252"), "", "cp1252") == "cp1252"


def test_an_undeclared_page_in_a_non_latin_code_page_is_read_as_detected():
    """windows-1251 read as the site's Western fallback would be mojibake: detection tells Cyrillic well."""
    assert page_encoding(f"<html><body>{RUSSIAN}</body></html>".encode("cp1251"), "", "cp1252") == "cp1251"


def test_a_utf8_page_with_one_stray_byte_stays_utf8():
    body = html("utf-8", RUSSIAN).encode("utf-8").replace(b"</p>", b"\x96</p>")
    assert page_encoding(body, "", "cp1252") == "utf-8"
