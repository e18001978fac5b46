"""Two versions of an article side by side, as rows a template shows: paragraphs kept, added and
removed, and inside a rewritten paragraph the words that changed."""

from difflib import SequenceMatcher

from markupsafe import Markup, escape


def paragraph_rows(before, after):
    """[{"kind": same|added|removed|changed, "before": Markup, "after": Markup}] in reading order."""
    rows = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if tag == "equal":
            rows += [{"kind": "same", "before": escape(p), "after": escape(p)} for p in after[j1:j2]]
        elif tag == "replace" and i2 - i1 == j2 - j1:
            rows += [{"kind": "changed", **words_changed(old, new)} for old, new in zip(before[i1:i2], after[j1:j2])]
        else:
            rows += [{"kind": "removed", "before": escape(p), "after": Markup("")} for p in before[i1:i2]]
            rows += [{"kind": "added", "before": Markup(""), "after": escape(p)} for p in after[j1:j2]]
    return rows


def words_changed(old, new):
    """Both texts with the words one has and the other has not marked (<del> before, <ins> after)."""
    a, b = old.split(" "), new.split(" ")
    left, right = [], []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        old_words, new_words = escape(" ".join(a[i1:i2])), escape(" ".join(b[j1:j2]))
        if tag == "equal":
            left.append(old_words)
            right.append(new_words)
            continue
        if i2 > i1:
            left.append(Markup("<del>%s</del>") % old_words)
        if j2 > j1:
            right.append(Markup("<ins>%s</ins>") % new_words)
    return {"before": Markup(" ").join(left), "after": Markup(" ").join(right)}


def highlighted(sentence, spans):
    """``sentence`` with each (start, end) span in <mark>, everything else escaped."""
    parts, at = [], 0
    for start, end in spans:
        parts += [escape(sentence[at:start]), Markup("<mark>%s</mark>") % sentence[start:end]]
        at = end
    parts.append(escape(sentence[at:]))
    return Markup("").join(parts)
