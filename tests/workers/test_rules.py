import pytest

from crawler.errors import ConfigError
from crawler.items import Article, RelatedLink
from crawler.settings import PROJECT_ROOT
from workers.rules import Rule, load_rules

MADURO = Rule("maduro", ("Maduro", "Nicolás Maduro"))


def article(text, field="body"):
    values = {"title": "t", "summary": "", "body": ["x"], field: [text] if field == "body" else text}
    return Article(url="http://x.test/a", site="x", **values)


@pytest.mark.parametrize("text", [
    "Maduro refused.",
    "MADURO REFUSED",
    "maduro refused",
    "Nicolás Maduro refused",
    "Nicolas Maduro refused",          # accent missing in the text
    "Maduro's defiance",               # possessive
    "Maduro’s defiance",               # typographic apostrophe
    "the Maduro-led government",       # hyphenated
    "«Maduro»",
])
def test_maduro_is_found(text):
    assert MADURO.matches(article(text))


@pytest.mark.parametrize("text", ["Madurodam is a miniature park", "Immaduro", "madurez", "M a d u r o"])
def test_other_words_are_not_maduro(text):
    assert not MADURO.matches(article(text))


def test_accents_in_the_rule_match_text_without_them():
    rule = Rule("nico", ("Nicolás",))
    assert rule.matches(article("NICOLAS spoke"))


def test_phrases_match_across_any_whitespace():
    rule = Rule("reg", ("nuclear regulator",))
    assert rule.matches(article("Japan Nuclear\n  Regulator loses phone"))
    assert not rule.matches(article("nuclear-free regulator"))


def test_matches_name_the_terms_found():
    assert MADURO.matches(article("Nicolás Maduro and Maduro's wife")) == ["Maduro", "Nicolás Maduro"]


def test_fields_limit_where_a_rule_looks():
    rule = Rule("t", ("Maduro",), fields=("title",))
    assert not rule.matches(article("Maduro"))
    assert rule.matches(article("Maduro exiled", field="title"))


def test_related_scope_reads_related_titles():
    rule = Rule("r", ("Maduro",), fields=("related",))
    related = Article(url="u", site="s", title="t", body=["b"], related=[RelatedLink("u2", "Bounty on Maduro")])
    assert rule.matches(related)


def test_a_rule_whose_channel_has_no_url_is_refused(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nid = "a"\nterms = ["x"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="channel.s. default have no Apprise URL.*NEWSWATCH_ALERT_URLS"):
        load_rules(path, channels={})


def test_the_demo_rules_load():
    rules = load_rules(PROJECT_ROOT / "seeds" / "rules.toml")
    assert "maduro" in [rule.id for rule in rules]


@pytest.mark.parametrize(("text", "reason"), [
    ('[[rule]]\nterms = ["x"]\n', "missing required key 'id'"),
    ('[[rule]]\nid = "bad id"\nterms = ["x"]\n', "id must be"),
    ('[[rule]]\nid = "a"\nterms = []\n', "terms must be a non-empty list"),
    ('[[rule]]\nid = "a"\nterms = ["x"]\nfields = ["headline"]\n', "fields must be chosen from"),
    ('[[rule]]\nid = "a"\nterms = ["x"]\nseverity = "urgent"\n', "severity must be one of"),
    ('[[rule]]\nid = "a"\nterms = ["x"]\nchannels = ["pager"]\n', "channel(s) pager have no Apprise URL"),
    ('[[rule]]\nid = "a"\nterms = ["x"]\n[[rule]]\nid = "a"\nterms = ["y"]\n', "id already used"),
    ('[[rule]]\nid = "a"\nterms = ["x"]\nmode = "regex"\n', "unknown key(s) mode"),
])
def test_invalid_rules_are_refused_with_file_rule_and_reason(tmp_path, text, reason):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rules(path, channels={"default": ["json://127.0.0.1:9/"]})
    assert str(path) in str(caught.value) and reason in str(caught.value)
