import pytest

from newswatch.shared.errors import ConfigError
from newswatch.shared.items import Article, RelatedLink
from newswatch.shared.settings import PROJECT_ROOT
from newswatch.demo.site.content import EDITIONS, articles, partner_articles
from workers.rules import Rule, load_rules, evidence

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
    ('[[rule]]\nid = "a"\nany = ["x"]\nterms = ["y"]\n', "give any or terms (its older name), not both"),
    ('[[rule]]\nid = "a"\nnone = ["x"]\n', "needs any (or terms) or all"),
    ('[[rule]]\nid = "a"\nany = "Maduro"\n', "any must be a non-empty list of non-empty strings"),
    ('[[rule]]\nid = "a"\nany = ["x"]\nall = []\n', "all must be a non-empty list"),
    ('[[rule]]\nid = "a"\nany = ["x"]\nnone = [""]\n', "none must be a non-empty list of non-empty strings"),
    ('[[rule]]\nid = "a"\nany = ["x", 3]\n', "any must be a non-empty list of non-empty strings"),
    ('[[rule]]\nid = "a"\nany = ["-"]\n', "term '-' has no words"),
    ('[[rule]]\nid = "a"\nany = ["x", "x"]\n', "term 'x' is listed twice"),
    ('[[rule]]\nid = "a"\nany = ["Nicolás", "NICOLAS"]\n', "'Nicolás' and 'NICOLAS' are the same term once case"),
    ('[[rule]]\nid = "a"\nany = ["x"]\nnone = ["X"]\n', "'x' and 'X' are the same term"),
    ('[[rule]]\nid = "a"\nany = ["x"]\naliases = { y = ["z"] }\n', "aliases name 'y', which is not a term of"),
    ('[[rule]]\nid = "a"\nany = ["x"]\naliases = { x = "z" }\n', "aliases must be a table of term = [other spellings]"),
    ('[[rule]]\nid = "a"\nany = ["x", "y"]\naliases = { x = ["Y"] }\n', "'Y' (an alias of 'x') and 'y' are the same"),
    ('[[rule]]\nid = "a"\nany = ["x"]\ncase_sensitive = "yes"\n', "case_sensitive must be true or false"),
    ('[[rule]]\nid = "a"\nany = ["x"]\nthrottle_minutes = -1\n', "throttle_minutes must be a number of minutes"),
    ('[[rule]]\nid = "a"\nany = ["x"]\nthrottle_minutes = true\n', "throttle_minutes must be a number of minutes"),
    ('[[rule]]\nid = "a"\nany = ["x"]\nfields = "title"\n', "fields must be a non-empty list"),
    ('[[rule]]\nid = "a"\nany = ["x"]\nchannels = []\n', "channels must be a non-empty list"),
    ('[[rule]]\nid = "a"\nany = ["x"]\ndescription = 1\n', "description must be a string"),
])
def test_invalid_rules_are_refused_with_file_rule_and_reason(tmp_path, text, reason):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rules(path, channels={"default": ["json://127.0.0.1:9/"]})
    assert str(path) in str(caught.value) and reason in str(caught.value)


@pytest.mark.parametrize("text", ['[[rules]]\nid = "a"\nany = ["x"]\n', 'rule = "a"\n', '[rule]\nid = "a"\n'])
def test_a_file_of_anything_but_rule_tables_is_refused(tmp_path, text):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"only \[\[rule\]\] tables are allowed"):
        load_rules(path)


def test_the_reason_names_the_rule_by_id_or_else_by_position(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nid = "ok"\nany = ["x"]\n[[rule]]\nany = ["y"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"rules.toml: rule #2: missing required key 'id'"):
        load_rules(path)


# --- groups, aliases, case, throttle -------------------------------------------------------------

def test_terms_in_a_file_are_the_any_group(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nid = "a"\nterms = ["Maduro"]\n[[rule]]\nid = "b"\nany = ["Maduro"]\n', encoding="utf-8")
    old, new = load_rules(path)
    assert old.terms == new.terms == ("Maduro",)


def test_a_file_rule_reads_every_key(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nid = "m"\nany = ["Maduro"]\nall = ["Caracas"]\nnone = ["mango"]\n'
                    'aliases = { Maduro = ["Maduro Moros"] }\ncase_sensitive = true\nfields = ["title"]\n'
                    'severity = "high"\nchannels = ["ops"]\nthrottle_minutes = 5\ndescription = "d"\n',
                    encoding="utf-8")
    [rule] = load_rules(path, channels={"ops": ["json://127.0.0.1:9/"]})
    assert rule == Rule("m", ("Maduro",), ("title",), "high", ("ops",), "d", all_terms=("Caracas",),
                        none_terms=("mango",), aliases={"Maduro": ["Maduro Moros"]}, case_sensitive=True,
                        throttle_minutes=5)


@pytest.mark.parametrize(("rule", "text", "found"), [
    (Rule("r", ("Maduro", "Flores")), "Maduro spoke", ["Maduro"]),
    (Rule("r", all_terms=("Maduro", "Caracas")), "Maduro left Caracas", ["Maduro", "Caracas"]),
    (Rule("r", all_terms=("Maduro", "Caracas")), "Maduro left", []),
    (Rule("r", ("Maduro",), all_terms=("Caracas",)), "Maduro left Caracas", ["Maduro", "Caracas"]),
    (Rule("r", ("Maduro", "Flores"), all_terms=("Caracas",)), "Flores left Caracas", ["Flores", "Caracas"]),
    (Rule("r", ("Maduro",), all_terms=("Caracas",)), "Caracas at night", []),
    (Rule("r", ("Maduro",), none_terms=("mango",)), "Maduro ate a mango", []),
    (Rule("r", ("Maduro",), none_terms=("mango",)), "Maduro ate", ["Maduro"]),
    (Rule("r", all_terms=("Maduro",), none_terms=("mango", "cigar")), "a maduro cigar", []),
])
def test_any_all_and_none_decide_together(rule, text, found):
    assert rule.matches(article(text)) == found


def test_a_none_term_is_seen_inside_a_longer_any_term():
    rule = Rule("r", ("Nicolás Maduro",), none_terms=("Maduro Moros",))
    assert not rule.matches(article("Nicolás Maduro Moros"))


ALIASED = Rule("m", ("Maduro", "Nicolás Maduro"), aliases={"Nicolás Maduro": ["Maduro Moros", "Nico"]})


@pytest.mark.parametrize(("text", "found"), [
    ("Maduro Moros spoke", ["Maduro", "Nicolás Maduro"]),
    ("Nico spoke", ["Nicolás Maduro"]),
    ("Nicolás Maduro spoke", ["Maduro", "Nicolás Maduro"]),
    ("Nicotine sales", []),
])
def test_an_alias_counts_as_its_term_and_is_reported_as_it(text, found):
    assert ALIASED.matches(article(text)) == found


@pytest.mark.parametrize("text", ["Maduro-Moros spoke", "Maduro Moros spoke", "MADURO – MOROS spoke"])
def test_hyphens_and_spaces_join_the_words_of_a_phrase_alike(text):
    assert Rule("a", ("Maduro Moros",)).matches(article(text))
    assert Rule("b", ("Maduro-Moros",)).matches(article(text))


def test_a_phrase_does_not_run_from_one_field_into_the_next():
    split = Article(url="u", site="s", title="A word from Nicolás", summary="Maduro was absent", body=["x"])
    assert not Rule("n", ("Nicolás Maduro",)).matches(split)


CASED = Rule("m", ("Maduro", "Nicolás Maduro"), case_sensitive=True)


@pytest.mark.parametrize(("text", "found"), [
    ("Maduro refused", ["Maduro"]),
    ("Nicolas Maduro refused", ["Maduro", "Nicolás Maduro"]),   # accents are still folded
    ("Maduro’s defiance", ["Maduro"]),
    ("el mango está maduro", []),
    ("MADURO REFUSED", []),
    ("nicolás maduro", []),
])
def test_a_case_sensitive_rule_tells_the_name_from_the_adjective(text, found):
    assert CASED.matches(article(text)) == found


def test_without_case_sensitivity_the_adjective_matches():
    assert MADURO.matches(article("el mango está maduro"))


@pytest.mark.parametrize(("minutes", "seconds"), [(10, 600), (1, 60), (0.1, 6), (0, 0)])
def test_throttle_minutes_give_the_grouping_window(minutes, seconds):
    assert Rule("a", ("x",), throttle_minutes=minutes).throttle_seconds == seconds


def test_the_throttle_window_is_ten_minutes_unless_set():
    assert Rule("a", ("x",)).throttle_seconds == 600


# --- the demo rules -------------------------------------------------------------------------------

def demo_rule(rule_id):
    return next(rule for rule in load_rules(PROJECT_ROOT / "seeds" / "rules.toml") if rule.id == rule_id)


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_demo_maduro_rule_alerts_on_every_demo_article_that_names_him_and_no_other(edition):
    stories = [*articles(edition).values(), *partner_articles(edition)]
    pages = {a.slug: Article(url=a.slug, site="demo", title=a.title, summary=a.summary, body=a.paragraphs)
             for a in stories}
    alerted = {slug for slug, page in pages.items() if demo_rule("maduro").matches(page)}
    assert alerted == {a.slug for a in stories if a.mentions("Maduro")}


@pytest.mark.parametrize(("text", "alerts"), [
    ("Nicolás Maduro Moros was sworn in", True),
    ("Maduro Moros was sworn in", True),
    ("Cilia Flores was detained", True),
    ("Fried plátano maduro with rice", False),
    ("A Connecticut maduro wrapper", False),
])
def test_the_demo_maduro_rule(text, alerts):
    assert bool(demo_rule("maduro").matches(article(text))) is alerts


def test_evidence_gives_each_matching_sentence_with_the_words_as_written():
    rule = Rule(id="maduro", terms=("Nicolás Maduro", "Maduro"), fields=("title", "body"))
    found = evidence(rule, {"title": "MADURO's exile offer", "summary": "Maduro in the summary",
                            "body": ["Talks failed. He met nicolas  maduro today.", "Madurodam is a park."]})
    assert [(e["field"], e["sentence"], e["spans"]) for e in found] == [
        ("title", "MADURO's exile offer", [(0, 6)]),
        ("body", "He met nicolas  maduro today.", [(7, 22)]),
    ]  # summary is not a field of the rule; "Madurodam" is not the word


def test_evidence_never_highlights_a_veto_term():
    rule = Rule(id="maduro", terms=("Maduro",), none_terms=("mango",))
    [found] = evidence(rule, {"body": ["Maduro ate a mango."]})
    assert found["spans"] == [(0, 6)]
