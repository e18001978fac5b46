"""Keyword alert rules, read from a TOML file in ``seeds/`` (format in the README).

A rule matches an article when any of its terms occurs, as whole words, in
one of the rule's fields. Matching folds case and accents on both sides, so
"nicolas maduro" finds "Nicolás MADURO"; word boundaries keep "Madurodam"
out and let "Maduro's" and "Maduro-led" in. Invalid rules are refused at
load with the file, the rule and the reason.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from crawler.errors import ConfigError
from workers.text import fold

RULE_FIELDS = ("title", "summary", "body", "related")
SEVERITIES = ("low", "medium", "high", "critical")
_RULE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KNOWN_KEYS = {"id", "terms", "fields", "severity", "channels", "description"}


@dataclass(frozen=True)
class Rule:
    id: str
    terms: tuple[str, ...]
    fields: tuple[str, ...] = ("title", "summary", "body")
    severity: str = "medium"
    channels: tuple[str, ...] = ("default",)
    description: str = ""

    def __post_init__(self):
        object.__setattr__(self, "_pattern", _compile(self.terms))

    def matches(self, article):
        """The terms found in the article's scoped fields, as written in the rule; empty when none."""
        text = fold(" \n ".join(_field_text(article, name) for name in self.fields))
        found = {fold(match) for match in self._pattern.findall(text)}
        return [term for term in self.terms if fold(term) in found]


def _compile(terms):
    alternatives = sorted((r"[\s-]+".join(map(re.escape, fold(term).split())) for term in terms), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")(?!\w)")


def _field_text(article, name):
    if name == "body":
        return "\n".join(article.body)
    if name == "related":
        return "\n".join(link.title for link in article.related)
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
    rules, seen = [], set()
    for index, entry in enumerate(data.get("rule", [])):
        where = f"rule {entry.get('id')!r}" if entry.get("id") else f"rule #{index + 1}"
        try:
            rule = _build_rule(entry, channels)
        except (KeyError, TypeError, ValueError) as exc:
            reason = f"missing required key {exc}" if isinstance(exc, KeyError) else str(exc)
            raise ConfigError(path, where, reason) from None
        if rule.id in seen:
            raise ConfigError(path, where, "id already used by another rule")
        seen.add(rule.id)
        rules.append(rule)
    return rules


def _build_rule(entry, channels):
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
    rule_id = entry["id"]
    if not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
        raise ValueError("id must be 1-64 letters, digits, '_' or '-'")
    terms = entry["terms"]
    if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and fold(t) for t in terms):
        raise ValueError("terms must be a non-empty list of non-empty strings")
    fields = tuple(entry.get("fields", ("title", "summary", "body")))
    if not fields or set(fields) - set(RULE_FIELDS):
        raise ValueError(f"fields must be chosen from {', '.join(RULE_FIELDS)}")
    severity = entry.get("severity", "medium")
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")
    rule_channels = tuple(entry.get("channels", ("default",)))
    missing = sorted(name for name in rule_channels if channels is not None and not channels.get(name))
    if missing:
        where = "NEWSWATCH_ALERT_URLS" if missing == ["default"] else "NEWSWATCH_ALERT_CHANNELS"
        raise ValueError(f"channel(s) {', '.join(missing)} have no Apprise URL: its alerts could not be "
                         f"delivered (set {where})")
    return Rule(rule_id, tuple(terms), fields, severity, rule_channels, entry.get("description", ""))
