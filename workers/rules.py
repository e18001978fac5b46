"""Keyword alert rules, read from a TOML file in ``seeds/`` (every key is explained in ``seeds/rules.toml``).

A rule matches an article when one of its ``any`` terms, every one of its
``all`` terms and none of its ``none`` terms occur, as whole words, in the
rule's fields. Matching folds accents, and case unless ``case_sensitive``
(which tells "Maduro" from the Spanish adjective "maduro"); word boundaries
keep "Madurodam" out and let "Maduro's" and "Maduro-led" in, and the words of
a phrase may be joined by spaces or hyphens. Aliases are other spellings of a
term. A ``Rule`` refuses to exist when invalid, and ``load_rules`` names the
file and rule with the reason.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from newswatch.shared.errors import ConfigError
from workers.text import fold

RULE_FIELDS = ("title", "summary", "body", "related")
SEVERITIES = ("low", "medium", "high", "critical")
_RULE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KEYS = {"id", "any", "terms", "all", "none", "aliases", "case_sensitive", "fields", "severity", "channels",
         "description", "throttle_minutes"}
_SEPARATOR = r"[\s-]+"
_WORD_CHAR = re.compile(r"\w")
# Between fields and paragraphs: not a separator, so a phrase cannot run from one into the next.
_APART = "\n|\n"


@dataclass(frozen=True)
class Rule:
    """One alert rule. It refuses to exist when invalid (ValueError says why), so every Rule can match."""

    id: str
    terms: tuple[str, ...] = ()  # the "any" group; "terms" is its older name in files
    fields: tuple[str, ...] = ("title", "summary", "body")
    severity: str = "medium"
    channels: tuple[str, ...] = ("default",)
    description: str = ""
    all_terms: tuple[str, ...] = ()
    none_terms: tuple[str, ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # also accepts {term: [spellings]}
    case_sensitive: bool = False
    throttle_minutes: float = 10

    def __post_init__(self):
        pairs = self.aliases.items() if isinstance(self.aliases, dict) else self.aliases
        object.__setattr__(self, "aliases", tuple((term, tuple(spellings)) for term, spellings in pairs))
        _check(self)
        object.__setattr__(self, "_patterns", _compile(self))

    @property
    def throttle_seconds(self):
        """How long alerts about one story for this rule are grouped; 0: not at all."""
        return round(self.throttle_minutes * 60)

    def terms_in(self, article):
        """Every term of the rule (any, all and none) occurring in its fields, an alias counting as its term."""
        normalise = _keep_case if self.case_sensitive else fold
        text = normalise(_APART.join(_field_text(article, name) for name in self.fields))
        return {term for term, patterns in self._patterns if any(_occurs(p, text) for p in patterns)}

    def matches(self, article):
        """The any and all terms found, as written in the rule, when the rule matches; empty when it does not."""
        found = self.terms_in(article)
        if (found.intersection(self.none_terms) or not found.issuperset(self.all_terms)
                or (self.terms and not found.intersection(self.terms))):
            return []
        return [term for term in self.terms + self.all_terms if term in found]


def evidence(rule, fields):
    """Where ``rule``'s terms occur in ``fields`` ({field name: text or list of texts}), sentence by sentence:
    [{"field", "sentence", "spans": [(start, end)]}], spans of the sentence as written (not folded), so a
    reader sees the very words that matched. Only the fields the rule reads are searched."""
    found = []
    for name in rule.fields:
        texts = fields.get(name) or []
        for text in [texts] if isinstance(texts, str) else texts:
            for sentence in _SENTENCES.split(text or ""):
                spans = _spans(rule, sentence)
                if spans:
                    found.append({"field": name, "sentence": sentence, "spans": spans})
    return found


_SENTENCES = re.compile(r"(?<=[.!?。！？])\s+")


def _spans(rule, sentence):
    folded, origin = _folded_with_origin(sentence, rule.case_sensitive)
    spans = []
    wanted = set(rule.terms + rule.all_terms)
    for _, patterns in (pair for pair in rule._patterns if pair[0] in wanted):
        for pattern in patterns:
            for match in pattern.finditer(folded):
                if match.start() and _WORD_CHAR.match(folded, match.start() - 1):
                    continue  # inside a word, as _occurs refuses
                spans.append((origin[match.start()], origin[match.end() - 1] + 1))
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _folded_with_origin(text, keep_case):
    """``text`` folded as rules compare it, character by character, with the index in ``text`` each folded
    character came from (whitespace not collapsed: the patterns take any run of it)."""
    out, origin = [], []
    for index, char in enumerate(text):
        folded = " " if char.isspace() else fold(char, keep_case=keep_case)  # a combining mark: nothing
        out.append(folded)
        origin += [index] * len(folded)
    return "".join(out), origin


def _check(rule):
    if not isinstance(rule.id, str) or not _RULE_ID.match(rule.id):
        raise ValueError("id must be 1-64 letters, digits, '_' or '-'")
    if not rule.terms and not rule.all_terms:
        raise ValueError("needs any (or terms) or all: the terms that make it match")
    if not rule.fields or set(rule.fields) - set(RULE_FIELDS):
        raise ValueError(f"fields must be chosen from {', '.join(RULE_FIELDS)}")
    if rule.severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}, not {rule.severity!r}")
    if not rule.channels:
        raise ValueError("channels must name at least one channel")
    if not isinstance(rule.description, str):
        raise ValueError("description must be a string")
    if not isinstance(rule.case_sensitive, bool):
        raise ValueError("case_sensitive must be true or false")
    if type(rule.throttle_minutes) not in (int, float) or rule.throttle_minutes < 0:
        raise ValueError("throttle_minutes must be a number of minutes, 0 or more (0: no grouping)")
    for term, _ in rule.aliases:
        if term not in rule.terms + rule.all_terms:
            raise ValueError(f"aliases name {term!r}, which is not a term of any or all (write it as there)")


def _compile(rule):
    """(term, patterns of its spellings) per term, built once; two spellings that compare alike are refused."""
    normalise = _keep_case if rule.case_sensitive else fold
    aliases, seen, compiled = dict(rule.aliases), {}, []
    for term in rule.terms + rule.all_terms + rule.none_terms:
        patterns = []
        for spelling in (term, *aliases.get(term, ())):
            words = tuple(word for word in re.split(_SEPARATOR, normalise(spelling)) if word)
            if not words:
                raise ValueError(f"term {spelling!r} has no words")
            label = repr(spelling) if spelling == term else f"{spelling!r} (an alias of {term!r})"
            if words in seen:
                folded = "accents are" if rule.case_sensitive else "case and accents are"
                raise ValueError(f"term {label} is listed twice" if seen[words] == label else
                                 f"{seen[words]} and {label} are the same term once {folded} folded: keep one")
            seen[words] = label
            # No look-behind in front: a pattern starting with a literal is searched much faster.
            patterns.append(re.compile(_SEPARATOR.join(map(re.escape, words)) + r"(?!\w)"))
        compiled.append((term, tuple(patterns)))
    return tuple(compiled)


def _occurs(pattern, text):
    """Whether ``pattern`` matches somewhere a word starts."""
    match = pattern.search(text)
    while match:
        start = match.start()
        if not start or not _WORD_CHAR.match(text, start - 1):
            return True
        match = pattern.search(text, start + 1)
    return False


def _keep_case(text):
    """``fold`` without its case folding: what case-sensitive rules compare."""
    return fold(text, keep_case=True)


def _field_text(article, name):
    if name == "body":
        return _APART.join(article.body)
    if name == "related":
        return _APART.join(link.title for link in article.related)
    return getattr(article, name) or ""


def load_rules(path, channels=None):
    """Rules of ``path``; with ``channels`` (name -> Apprise URLs), every channel a rule names must have a URL,
    so a worker never starts with alerts it cannot deliver."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(path, None, "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, None, f"not valid TOML: {exc}") from None
    entries = data.get("rule", [])
    if set(data) - {"rule"} or not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(path, None, "only [[rule]] tables are allowed, one per rule")
    rules, seen = [], set()
    for index, entry in enumerate(entries):
        where = f"rule {entry.get('id')!r}" if entry.get("id") else f"rule #{index + 1}"
        try:
            rule = _build_rule(entry, channels)
        except (KeyError, ValueError) as exc:
            reason = f"missing required key {exc}" if isinstance(exc, KeyError) else str(exc)
            raise ConfigError(path, where, reason) from None
        if rule.id in seen:
            raise ConfigError(path, where, "id already used by another rule")
        seen.add(rule.id)
        rules.append(rule)
    return rules


def _build_rule(entry, channels):
    unknown = set(entry) - _KEYS
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
    if "any" in entry and "terms" in entry:
        raise ValueError("give any or terms (its older name), not both")
    aliases = entry.get("aliases", {})
    if not isinstance(aliases, dict) or not all(_is_strings(spellings) for spellings in aliases.values()):
        raise ValueError('aliases must be a table of term = [other spellings], '
                         'e.g. aliases = { "Nicolás Maduro" = ["Maduro Moros"] }')
    rule = Rule(entry["id"], _strings(entry, "terms" if "terms" in entry else "any"),
                fields=_strings(entry, "fields", Rule.fields), severity=entry.get("severity", "medium"),
                channels=_strings(entry, "channels", Rule.channels), description=entry.get("description", ""),
                all_terms=_strings(entry, "all"), none_terms=_strings(entry, "none"), aliases=aliases,
                case_sensitive=entry.get("case_sensitive", False),
                throttle_minutes=entry.get("throttle_minutes", Rule.throttle_minutes))
    missing = sorted(name for name in rule.channels if channels is not None and not channels.get(name))
    if missing:
        where = "NEWSWATCH_ALERT_URLS" if missing == ["default"] else "NEWSWATCH_ALERT_CHANNELS"
        raise ValueError(f"channel(s) {', '.join(missing)} have no Apprise URL: its alerts could not be "
                         f"delivered (set {where})")
    return rule


def _strings(entry, key, default=()):
    if key not in entry:
        return default
    if not _is_strings(entry[key]):
        raise ValueError(f"{key} must be a non-empty list of non-empty strings")
    return tuple(entry[key])


def _is_strings(value):
    return isinstance(value, list) and bool(value) and all(isinstance(item, str) and item.strip() for item in value)
