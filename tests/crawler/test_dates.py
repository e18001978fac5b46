import re
import sys

import dateparser
import pytest

from crawler.extraction.dates import UPDATE_WORDS, UPDATED, find_date, mentions_update, parse_date, parse_machine_date


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("05/01/2026", "DMY", "2026-01-05"),          # the reference page: 5 January
    ("08/08/2025", "DMY", "2025-08-08"),
    ("31/12/2025", "DMY", "2025-12-31"),
    ("01/05/2026", "MDY", "2026-01-05"),          # a US site's order
    ("2026-01-05", "DMY", "2026-01-05"),          # ISO is never reordered
    ("January 05, 2026", "DMY", "2026-01-05"),     # the dateline
    ("Updated January 07, 2026", "DMY", "2026-01-07"),
    ("2026-01-05T08:00:00+00:00", "DMY", "2026-01-05T08:00:00+00:00"),
    ("5 janvier 2026", "DMY", "2026-01-05"),
])
def test_dates_are_read_in_the_sites_day_order(text, order, expected):
    assert parse_date(text, order) == expected


@pytest.mark.parametrize("text", ["", "   ", None, "no date here", "31/02/2026"])
def test_text_without_a_valid_date_gives_none(text):
    assert parse_date(text) is None


def test_an_unknown_day_order_is_refused():
    with pytest.raises(ValueError, match="date_order"):
        parse_date("05/01/2026", "DDMM")


@pytest.mark.parametrize(("text", "order", "language", "expected"), [
    ("Redacción · Valverde, 03/02/2026", "DMY", "es", "2026-02-03"),
    ("Posted 03/04/2026 6:45 PM", "MDY", "en", "2026-03-04T18:45:00"),
    ("2026/04/03 09:26 来源：东方日报", "YMD", "zh", "2026-04-03T09:26:00"),
    ("12.03.2026 - 14:35 Uhr", "DMY", "de", "2026-03-12T14:35:00"),
    ("05/03/2026 08h12 · Atualizado há 3 horas", "DMY", "pt-BR", "2026-03-05T08:12:00"),
    ("Photos by Erin Vasquez • Published Sept. 3, 2025", "MDY", "en", "2025-09-03"),
    ("12 марта 2026, 14:20", "DMY", "ru", "2026-03-12T14:20:00"),
    ("Published: 10:05 GMT, 3 March 2026", "DMY", "en", "2026-03-03T10:05:00+00:00"),  # time before the date
    ("January 20, 2026 9:14 PM UTC · Updated 2 hours ago", "MDY", "en", "2026-01-20T21:14:00+00:00"),
    ("الاثنين 9 فبراير 2026 - 01:10 م", "DMY", "ar", "2026-02-09T13:10:00"),
    ("2026年2月24日 18時30分", "YMD", "ja", "2026-02-24T18:30:00"),
    ("14 de abril de 2026, 19:03", "DMY", None, "2026-04-14T19:03:00"),
])
def test_a_date_is_found_inside_a_dateline_with_its_time(text, order, language, expected):
    assert find_date(text, order, language) == expected


@pytest.mark.parametrize("text", ["", "4.512 lecturas", "Version 1.2.3 released", "Harlan: 48°F", "31/02/2026 10:00"])
def test_a_line_without_a_valid_date_has_none(text):
    assert find_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-02-09T12:03:11.004Z", "2026-02-09T12:03:11+00:00"),       # JSON-LD: to the second, offset kept
    ("2026-03-09T18:22:41+0100", "2026-03-09T18:22:41+01:00"),
    ("Tue, 10 Mar 2026 08:15:02 GMT", "2026-03-10T08:15:02+00:00"),  # RFC 2822 in some meta tags
    ("2026-04-09", "2026-04-09"),
    ("not a date", None),
])
def test_machine_dates_are_read_strictly(text, expected):
    assert parse_machine_date(text) == expected


def test_machine_dates_never_make_dateparser_guess_among_all_languages(monkeypatch):
    asked = []
    monkeypatch.setattr(dateparser, "parse", lambda text, languages=None, **_: asked.append(languages))
    parse_machine_date("Modified: 18 mars 2026, not ISO")
    assert asked and None not in asked


def test_an_offset_the_text_gives_is_kept():
    assert parse_date("16:40 GMT, 3 March 2026") == "2026-03-03T16:40:00+00:00"


ENGLISH_DAYS = ["January 05, 2026", "5 January 2026", "Jan 5, 2026", "Jan. 5, 2026", "Sept. 3, 2025", "Sep 3 2025",
                "3rd March 2026", "March 3rd, 2026", "May 5, 2026", "5 May 2026", "December 31 2025", "DECEMBER 31, 2025",
                "31 Dec 2025", "1st Feb. 2024", "February 29, 2024", "Nov 22nd, 1999", "jul 4 2026", "June 30, 2026"]


@pytest.mark.parametrize("text", ENGLISH_DAYS)
@pytest.mark.parametrize("order", ["DMY", "MDY", "YMD"])
def test_english_month_days_are_read_as_dateparser_reads_them(text, order, monkeypatch):
    expected = dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first",
                                                                   "REQUIRE_PARTS": ["day", "month", "year"]})
    monkeypatch.setattr(dateparser, "parse", lambda *args, **kwargs: pytest.fail("dateparser was asked"))
    assert parse_date(text, order) == expected.date().isoformat()
    assert find_date(f"Published {text} by the desk", order, "en") == expected.date().isoformat()


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("February 30, 2026", "en", None),       # no such day: dateparser says so
    ("Monday, January 5, 2026", "en", "2026-01-05"),  # more than a day: dateparser reads it
    ("5 mars 2026", "fr", "2026-03-05"),      # not English
    ("Mar 5, 2026", "es", "2026-03-05"),      # English month, Spanish page: dateparser tries Spanish first
])
def test_other_month_name_dates_are_left_to_dateparser(text, language, expected):
    assert parse_date(text, "DMY", languages=[language]) == expected


@pytest.mark.parametrize("text", [
    "", "no word for it", "Last UPDATED at noon", "Modified", "modifié le 3 mars", "Mis à jour le 4", "mis  à jour",
    "Aktualisiert: heute", "AKTUALİSİERT", "aktualisiert", "modıfied", "MODİFİED", "upDated", "ſtill aktualiſiert",
    "обновлено", "ОБНОВЛЕНО", "\u1c82бн\u1c80влен", "更新日", "수정", "GÜNCELLENDİ", "güncellendi", "Güncelle",
])
def test_mentions_update_says_what_the_regex_says(text):
    assert mentions_update(text) == bool(UPDATED.search(text))


def test_only_the_characters_folded_apart_fold_otherwise_than_lower_case():
    """Every character the regex matches to a letter of UPDATE_WORDS lower-cases to that letter, but for the
    ones mentions_update leaves to the regex."""
    everything = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    apart = set()
    for letter in set("".join(UPDATE_WORDS)):
        matched = set(re.findall(re.escape(letter), everything, re.I))
        apart |= {char for char in matched if char.lower() != letter}
        apart |= {char for char in everything if char.lower() == letter} - matched
    assert apart == {"\u0130", "\u0131", "\u017f", "\u1c80", "\u1c82"}
    assert all(word == word.lower() and re.escape(word) == word.replace(" ", "\\ ") for word in UPDATE_WORDS)
