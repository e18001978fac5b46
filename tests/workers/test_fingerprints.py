from newswatch.shared.items import Article, RelatedLink
from workers.fingerprints import article_id, content_fingerprint, substance_fingerprint


def article(**changes):
    values = dict(url="http://x.test/news/a", canonical_url="http://x.test/news/a", site="x", title="Title",
                  summary="Sum", body=["One.", "Two."], published_at="2026-01-05")
    return Article(**{**values, **changes})


def test_same_page_under_another_spelling_is_the_same_article():
    assert article_id(article(url="http://x.test/news/a?utm_source=z")) == article_id(article())


def test_related_lists_counters_and_fetch_data_are_not_substance():
    noisy = article(related=[RelatedLink("http://x.test/b", "B")], fetched_at="later", crawl_id="c2",
                    topics=["rotating"])
    assert substance_fingerprint(noisy) == substance_fingerprint(article())


def test_whitespace_case_and_accents_are_not_substance():
    assert substance_fingerprint(article(body=["ONE.  ", "Twó."])) == substance_fingerprint(article(body=["one.", "Two."]))


def test_headline_paragraphs_and_dates_are_substance():
    base = substance_fingerprint(article())
    assert substance_fingerprint(article(title="Corrected")) != base
    assert substance_fingerprint(article(body=["One.", "Two.", "Three."])) != base
    assert substance_fingerprint(article(modified_at="2026-01-07")) != base


def test_content_fingerprint_reads_the_body_only():
    assert content_fingerprint(article(title="Other headline", url="http://y.test/s")) == content_fingerprint(article())
