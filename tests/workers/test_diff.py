from workers.diff import describe, diff_versions

BEFORE = {"title": "Old headline", "summary": "S", "body": ["a", "b", "c"],
          "published_at": "2026-01-05", "modified_at": None}


def after(**changes):
    return {**BEFORE, **changes}


def test_added_paragraph_is_new_paragraphs():
    diff = diff_versions(BEFORE, after(body=["a", "b", "c", "d"]))
    assert diff["kind"] == "new_paragraphs"
    assert diff["paragraphs_added"] == ["d"] and diff["paragraphs_removed"] == []


def test_rewritten_paragraph_is_a_correction():
    diff = diff_versions(BEFORE, after(body=["a", "B!", "c"]))
    assert diff["kind"] == "correction"
    assert diff["paragraphs_removed"] == ["b"] and diff["paragraphs_added"] == ["B!"]


def test_headline_alone_is_a_headline_change():
    diff = diff_versions(BEFORE, after(title="New headline"))
    assert diff["kind"] == "headline_change"
    assert diff["title"] == {"before": "Old headline", "after": "New headline"}


def test_dates_alone_are_date_only():
    diff = diff_versions(BEFORE, after(modified_at="2026-01-07"))
    assert diff["kind"] == "date_only"
    assert diff["dates"] == {"modified_at": {"before": None, "after": "2026-01-07"}}


def test_description_lists_every_change():
    text = describe(diff_versions(BEFORE, after(title="New", body=["a", "b", "c", "d"], modified_at="2026-01-07")))
    assert "headline: “Old headline” → “New”" in text
    assert "+ d" in text
    assert "modified: none → 2026-01-07" in text and "None" not in text  # words, not Python
