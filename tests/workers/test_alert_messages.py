"""How alert messages read to on-call staff: as a person would write them, in one screen (issue 14)."""

from workers.alerts import alert_text, digest_text


def alert(n, event="new", title=None, **fields):
    return {"id": f"maduro-a{n}-v1", "rule": "maduro", "severity": "high", "event": event, "terms": ["Maduro"],
            "title": title or f"Maduro speaks, part {n}", "url": f"http://x.test/news/{n}", "source": "Clash Report",
            "published_at": "2026-01-05", "changes": "", "story_id": "st-1", "story_title": "Yen slides on exports",
            "story_size": 4, "copy_urls": [], "throttle_seconds": 600, **fields}


def test_a_digest_of_one_alert_reads_as_that_alert():
    assert digest_text([alert(1)]) == alert_text(alert(1))


def test_a_digest_is_named_by_the_rules_matches_and_lists_only_them():
    title, body = digest_text([alert(1), alert(2, event="story_development", title="Yen slides on exports"),
                               alert(3)], "https://nw.test")
    assert title == "[HIGH] maduro: Maduro speaks, part 1 (and 1 more)"
    assert body.splitlines()[0] == "2 articles matched rule 'maduro' on one story in the last 10 minutes:"
    assert "Yen slides" not in body  # not a match: counted, with the story's page, never listed as one
    assert body.splitlines()[-1] == ("Also 1 other new article(s) on this story that do not match the rule: "
                                     "https://nw.test/stories/st-1")


def test_no_message_names_a_story_by_an_unrelated_title_or_shows_python():
    for event in ("new", "update", "story_development"):
        title, body = alert_text(alert(1, event=event, changes="Headline changed"))
        assert "Yen slides" not in title + body and "None" not in title + body and "alerts" not in title


def test_a_digest_of_story_developments_only_says_so():
    title, body = digest_text([alert(1, event="story_development"), alert(2, event="story_development")])
    assert title == "[HIGH] maduro: 2 new articles on a story it alerted on"
    assert body.count("Link: ") == 2


def test_every_alert_in_a_digest_of_developments_links_to_its_page():
    _, body = digest_text([alert(1, event="story_development"), alert(2, event="story_development")],
                          "https://nw.test")
    assert body.count("Open: https://nw.test/alerts/") == 2
