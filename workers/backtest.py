"""Backtest: what alert rules would have raised on the articles already stored, raising nothing.

Rules run on the latest stored version of each article, whose substance keeps
the title, summary and body. Versions do not keep the related-news titles, so
a rule that reads only ``related`` cannot be backtested and is left out, and
one that reads other fields too is tested on those: ``limitations`` says which.
"""


from newswatch.shared.items import Article
from workers import version_records

_BATCH = 500


def backtest(connection, keys, rules, limit=None):
    """Would-be alerts, one dict per (rule, article): rule, severity, article_id, version, url, title, terms,
    fetched_at; in rule order, newest first. At most ``limit`` articles are read (in SCAN order: a sample)."""
    testable = [rule for rule in rules if can_backtest(rule)]
    hits = []
    for ident, record in stored_versions(connection, keys, limit):
        article = _article(record)
        hits += [_hit(rule, ident, record, terms) for rule in testable if (terms := rule.matches(article))]
    order = {rule.id: index for index, rule in enumerate(rules)}
    hits.sort(key=lambda hit: (hit["fetched_at"], hit["article_id"]), reverse=True)
    return sorted(hits, key=lambda hit: order[hit["rule"]])


def can_backtest(rule):
    """False for a rule that reads only related titles, which versions do not keep."""
    return set(rule.fields) != {"related"}


def limitations(rules):
    """Rule id -> what a backtest cannot show of it, for rules that read the related titles versions lack."""
    notes = {}
    for rule in rules:
        if not can_backtest(rule):
            notes[rule.id] = "reads only related titles, which stored versions do not keep: not backtested"
        elif "related" in rule.fields:
            others = ", ".join(name for name in rule.fields if name != "related")
            notes[rule.id] = f"related titles are not kept with versions: tested on {others} only"
    return notes


def stored_versions(connection, keys, limit=None):
    """(article id, latest version record) of stored articles; duplicates, which keep no versions, are skipped."""
    prefix = keys.article("")
    versions_suffix = keys.versions("")[len(prefix):]  # version lists share the article keys' prefix
    idents = []
    for key in connection.scan_iter(match=keys.article("*"), count=1000):
        if limit is not None and len(idents) >= limit:
            break
        key = key.decode()
        if not key.endswith(versions_suffix):
            idents.append(key[len(prefix):])
    for start in range(0, len(idents), _BATCH):
        batch = idents[start:start + _BATCH]
        with connection.pipeline(transaction=False) as pipe:
            for ident in batch:
                pipe.lindex(keys.versions(ident), 0)
            records = pipe.execute()
        yield from ((ident, version_records.decode(raw)) for ident, raw in zip(batch, records) if raw is not None)


def _article(record):
    substance = record["substance"]
    return Article(url=record["url"], site="", title=substance.get("title") or "",
                   summary=substance.get("summary") or "", body=list(substance.get("body") or []))


def _hit(rule, ident, record, terms):
    return {"rule": rule.id, "severity": rule.severity, "article_id": ident, "version": record["version"],
            "url": record["url"], "title": record["substance"].get("title") or "", "terms": terms,
            "fetched_at": record.get("fetched_at") or ""}
