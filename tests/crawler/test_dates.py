import pytest

from crawler.dates import parse_date


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
