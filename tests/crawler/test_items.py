import json
from dataclasses import asdict

import pytest

from newswatch.shared.errors import MessageError
from newswatch.shared.items import SCHEMA_VERSION, Article, PageStatus, RelatedLink


def make_article(**changes):
    values = dict(url="http://x.test/news/a", site="x", title="T", body=["p1"],
                  related=[RelatedLink("http://x.test/news/b", "B", "America", "2026-01-05")])
    return Article(**{**values, **changes})


def test_message_round_trip_keeps_every_field():
    article = make_article(topics=["Venezuela"], published_at="2026-01-05")
    assert Article.from_message(article.to_message()) == article


def test_message_carries_the_schema_version():
    assert make_article().to_message()["schema_version"] == SCHEMA_VERSION


def test_message_of_another_schema_version_is_refused():
    message = {**make_article().to_message(), "schema_version": SCHEMA_VERSION + 1}
    with pytest.raises(MessageError, match="schema_version"):
        Article.from_message(message)


def test_message_without_required_fields_is_refused():
    message = make_article().to_message()
    del message["body"]
    with pytest.raises(MessageError, match="body"):
        Article.from_message(message)


def test_unknown_fields_of_the_same_version_are_ignored():
    message = {**make_article().to_message(), "added_later": 1}
    assert Article.from_message(message) == make_article()


@pytest.mark.parametrize("changes, reason", [
    ({"title": 42}, "title must be a string"),
    ({"url": ["http://x.test/a"]}, "url must be a string"),
    ({"title": "T" * 2001}, "title is 2001 characters long"),
    ({"body": "one paragraph, not a list"}, "body must be a list"),
    ({"body": ["p"] * 2001}, "body must be a list of at most 2000"),
    ({"body": ["p", {"html": "<p>"}]}, "body must hold strings only"),
    ({"body": ["x" * 5_000_000, "x" * 5_000_000]}, "body is over"),
    ({"topics": [1, 2]}, "topics must hold strings only"),
    ({"related": [{"url": "http://x.test/b"}]}, "related entries must be objects with string url and title"),
    ({"related": ["http://x.test/b"]}, "related entries must be objects"),
    ({"rendered": "yes"}, "rendered must be true or false"),
    ({"syndication_partner": 1}, "syndication_partner must be true or false"),
    ({"original_url": {"href": "x"}}, "original_url must be a string"),
    # found by injecting faults by hand: a number as a category raised TypeError and took the batch down,
    # a 50 MB topic passed and became a 52 MB stream entry
    ({"related": [{"url": "http://x.test/b", "title": "B", "category": 7}]}, "category and date must be strings"),
    ({"related": [{"url": "http://x.test/b", "title": "B", "date": ["2026"]}]}, "category and date must be strings"),
    ({"topics": ["x" * 50_000_000]}, "an entry of topics is over 2000 characters"),
    ({"authors": ["x" * 2001]}, "an entry of authors is over 2000 characters"),
])
def test_a_message_of_the_wrong_shape_or_size_is_refused_with_the_reason(changes, reason):
    with pytest.raises(MessageError, match=reason):
        Article.from_message({**make_article().to_message(), **changes})


@pytest.mark.parametrize("item", [
    make_article(topics=["Venezuela"], authors=["Ana Ruiz"], published_at="2026-01-05", original_url=None),
    make_article(related=[]),
    PageStatus(url="http://x.test/news/a", site="x", status="moved", http_status=301, new_url="http://x.test/news/b"),
])
def test_a_message_is_what_asdict_gives(item):
    assert json.dumps(item.to_message()) == json.dumps(asdict(item))
