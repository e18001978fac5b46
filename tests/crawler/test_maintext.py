"""Main text of hostile pages: deep nesting costs no more than an ordinary page."""

import time

from crawler.extraction.fields import parse_html
from crawler.extraction.maintext import MAX_FALLBACK_DEPTH, main_text
from tests.crawler.fuzz_payloads import deep_nesting, rng_for


def test_a_page_of_a_hundred_thousand_nested_divs_is_read_in_well_under_a_second_or_two():
    tree = parse_html(deep_nesting("Deep", rng_for(6, "deep"), 100_000))
    started = time.monotonic()
    main_text(tree, "http://127.0.0.1:1/deep", "Deep")
    assert time.monotonic() - started < 2  # jusText's fallback took 4 s and more, blocking the crawl


def test_ordinary_deep_nesting_still_gives_its_paragraphs():
    shallow = parse_html(deep_nesting("Shallow", rng_for(6, "shallow"), MAX_FALLBACK_DEPTH - 10))
    assert main_text(shallow, "http://127.0.0.1:1/shallow", "Shallow")  # its paragraphs are found
