"""What changed between two versions of an article, field by field."""

from difflib import SequenceMatcher

from workers.fingerprints import DATE_FIELDS
from workers.text import same_date


def diff_versions(before, after):
    """The diff of two ``substance`` dicts and its kind.

    Kinds, most telling first: ``correction`` (paragraphs rewritten or removed),
    ``new_paragraphs``, ``headline_change``, ``summary_change``, ``date_only``.
    """
    added, removed = _paragraph_changes(before["body"], after["body"])
    diff = {
        "title": _change(before["title"], after["title"]),
        "summary": _change(before["summary"], after["summary"]),
        "paragraphs_added": added,
        "paragraphs_removed": removed,
        "dates": {name: _change(before.get(name), after.get(name)) for name in DATE_FIELDS
                  if not same_date(before.get(name), after.get(name))},
    }
    diff["kind"] = _kind(diff)
    return diff


def without_paragraphs(diff, lines):
    """``diff`` without the added or removed paragraphs in ``lines``, its kind worked out again."""
    if not lines:
        return diff
    kept = {**diff, "paragraphs_added": [p for p in diff["paragraphs_added"] if p not in lines],
            "paragraphs_removed": [p for p in diff["paragraphs_removed"] if p not in lines]}
    kept["kind"] = _kind(kept)
    return kept


def is_empty(diff):
    """True for a diff that shows no change at all."""
    return not (diff["title"] or diff["summary"] or diff["paragraphs_added"] or diff["paragraphs_removed"]
                or diff["dates"])


def _change(old, new):
    return None if old == new else {"before": old, "after": new}


def _paragraph_changes(old, new):
    added, removed = [], []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            removed.extend(old[i1:i2])
        if tag in ("replace", "insert"):
            added.extend(new[j1:j2])
    return added, removed


def _kind(diff):
    if diff["paragraphs_removed"]:
        return "correction"
    if diff["paragraphs_added"]:
        return "new_paragraphs"
    if diff["title"]:
        return "headline_change"
    if diff["summary"]:
        return "summary_change"
    return "date_only"


KIND_WORDS = {"correction": "Correction: paragraphs rewritten or removed", "new_paragraphs": "Paragraphs added",
              "headline_change": "Headline changed", "summary_change": "Summary rewritten",
              "date_only": "Only its dates changed"}
DATE_WORDS = {"published_at": "published", "modified_at": "modified"}


def describe(diff):
    """A few lines for people: what the update changed."""
    lines = [KIND_WORDS.get(diff["kind"], diff["kind"])]
    if diff["title"]:
        lines.append(f"headline: “{diff['title']['before']}” → “{diff['title']['after']}”")
    if diff["summary"]:
        lines.append("summary rewritten")
    lines += [f"+ {paragraph}" for paragraph in diff["paragraphs_added"]]
    lines += [f"- {paragraph}" for paragraph in diff["paragraphs_removed"]]
    lines += [f"{DATE_WORDS.get(name, name)}: {change['before'] or 'none'} → {change['after'] or 'none'}"
              for name, change in diff["dates"].items()]
    return "\n".join(lines)
