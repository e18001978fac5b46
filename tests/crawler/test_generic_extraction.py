"""The generic path (no site selectors) on our own test set, measured against trafilatura and htmldate.

The pages in ``pages/generic`` imitate real publishers' layouts in eleven
languages (WordPress, big outlets, AMP, live blogs, paywalls, galleries, old
table layouts, CMS defaults) and carry boilerplate a naive extractor keeps;
the pages named ``heldout_*`` were written after the extractor was built.
Run with ``-s`` to see the figures; ``bench/bench_extraction.py`` prints them
per page, with speed.
"""

from collections import Counter
from datetime import datetime

import pytest

from bench.bench_extraction import Summary, load_pages, score

PAGES = load_pages()
# Below this token F1 a whole block is wrong (a comment thread kept, half the article lost), not just an edge.
FLOOR = 0.80


@pytest.fixture(scope="module")
def scores():
    return {page.name: score(page) for page in PAGES}


@pytest.fixture(scope="module")
def summary(scores):
    summary = Summary.of(list(scores.values()))
    print("\n" + "\n".join(summary.lines()))
    return summary


def primary(language):
    return (language or "").replace("_", "-").split("-")[0].lower()


def same_moment(found, expected):
    """Equal, or the same instant written in another time zone (UTC in meta tags, local time on the page), or
    the page's local time given the site's zone where the gold file, written before that, left it naive."""
    if found == expected:
        return True
    found_at, expected_at = (datetime.fromisoformat(found or "0001-01-01"), datetime.fromisoformat(expected))
    if expected_at.tzinfo is None:
        return found_at.replace(tzinfo=None) == expected_at
    return found_at.tzinfo is not None and found_at == expected_at


def test_the_set_spans_many_layouts_languages_and_day_orders():
    assert len(PAGES) >= 30
    assert len({primary(page.gold["language"]) for page in PAGES}) >= 10
    assert {page.gold.get("date_order", "DMY") for page in PAGES} == {"DMY", "MDY", "YMD"}


def test_body_text_is_at_least_as_good_as_trafilatura(summary):
    assert summary.f1 >= summary.baseline_f1


def test_body_text_scores_at_least_090_on_average(summary):
    assert summary.f1 >= 0.90


@pytest.mark.parametrize("name", [page.name for page in PAGES])
def test_no_page_falls_below_the_floor(scores, name):
    assert scores[name].f1 >= FLOOR


def test_titles_are_exact_on_nine_pages_in_ten(summary):
    assert summary.title_accuracy >= 0.9


def test_publish_dates_are_right_at_least_as_often_as_htmldate(summary):
    assert summary.date_accuracy >= summary.baseline_date_accuracy


@pytest.mark.parametrize("name", [page.name for page in PAGES if "date_order" in page.gold])
def test_numeric_and_text_datelines_follow_the_sites_day_order(scores, name):
    gold = next(page.gold for page in PAGES if page.name == name)
    assert same_moment(scores[name].fields["published_at"], gold["published"])


def test_publish_times_and_offsets_are_kept_where_the_page_gives_them(scores):
    exact = [same_moment(scores[page.name].fields["published_at"], page.gold["published"]) for page in PAGES]
    assert sum(exact) >= 0.9 * len(PAGES)


@pytest.mark.parametrize("name", [page.name for page in PAGES if "modified" in page.gold])
def test_modified_dates_come_from_metadata_time_elements_or_updated_lines(scores, name):
    gold = next(page.gold for page in PAGES if page.name == name)
    assert same_moment(scores[name].fields["modified_at"], gold["modified"])


def test_authors_are_named_one_by_one(scores):
    with_authors = [page for page in PAGES if "authors" in page.gold]
    right = [scores[page.name].fields["authors"] == page.gold["authors"] for page in with_authors]
    assert sum(right) >= 0.9 * len(with_authors)


def test_language_comes_from_the_page_when_it_declares_one(scores):
    right = Counter(primary(scores[page.name].fields["language"]) == primary(page.gold["language"]) for page in PAGES)
    assert right[True] >= 0.9 * len(PAGES)


@pytest.mark.parametrize("name", [page.name for page in PAGES])
def test_the_headline_is_not_repeated_in_the_body(scores, name):
    fields = scores[name].fields
    assert fields["title"] not in fields["body"]


def test_a_malformed_link_in_a_related_block_or_canonical_loses_nothing_else():
    from crawler.extraction.fields import extract_fields  # noqa: PLC0415
    from crawler.seeds import SiteConfig  # noqa: PLC0415
    html = ("<html><head><title>T</title><link rel=canonical href='https://other.test:abc/x'></head><body>"
            "<article><h1>T</h1><p>" + "A sentence of the article, long enough to be prose. " * 8 + "</p></article>"
            "<div class='related-posts'><h3>Related</h3><ul><li><a href='http://outlet.test:abc/x'>Broken</a></li>"
            "<li><a href='/news/b'>A real one</a></li></ul></div></body></html>")
    fields = extract_fields(html, "http://outlet.test/news/a", SiteConfig(name="x", base_url="http://outlet.test",
                                                                            start_urls=()))
    assert [link.url for link in fields["related"]] == ["http://outlet.test/news/b"]
