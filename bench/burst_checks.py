"""What a burst run must end with, read from the stream and the webhook: the verdict.

Every article handed over exactly once in the stream, by article id: ``new``, or for an
article and its copy at another URL one ``new`` and one ``duplicate`` of it, either way
round; a page sent again unchanged adds nothing. Every flagged article alerts exactly once
at the webhook (for an article and its copy, once for the two).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bench.burst_traffic import flagged
from workers.events import ArticleEvent
from workers.fingerprints import id_for_url


@dataclass
class Verdict:
    handed: int = 0  # article messages handed to the enqueue stage
    refused: int = 0  # of them, dropped by the enqueue stage (Redis did not take their batch)
    urls: int = 0  # distinct pages among them
    kinds: Counter = field(default_factory=Counter)  # stream events by kind
    missing: list = field(default_factory=list)  # URLs with no event
    repeated: dict = field(default_factory=dict)  # URL -> its events, when more than one
    wrong: dict = field(default_factory=dict)  # URL -> its event, when not the one expected
    strays: int = 0  # events about no article handed over
    alerts_expected: int = 0
    alerts_received: int = 0
    alerts_missing: list = field(default_factory=list)  # article URLs
    alerts_repeated: dict = field(default_factory=dict)  # article URL -> messages about it (or its copy)
    alerts_stray: int = 0
    failed_jobs: int = 0
    drained: bool = False
    memory_growth: list = field(default_factory=list)  # "worker-0: +31.2 MB" past the bound
    short_burst: str = ""  # the producer could not hand articles over as fast as the burst asked

    @property
    def ok(self):
        return self.drained and not (self.refused or self.missing or self.repeated or self.wrong or self.strays
                                     or self.alerts_missing or self.alerts_repeated or self.alerts_stray
                                     or self.failed_jobs or self.memory_growth or self.short_burst)

    def lines(self):
        lines = [f"stream: {self.urls - len(self.missing)} of {self.urls} pages ({self.handed} messages handed over, "
                 f"{self.refused} refused by the enqueue stage); events {dict(self.kinds)}; missing "
                 f"{len(self.missing)}, repeated {len(self.repeated)}, wrong kind {len(self.wrong)}, "
                 f"strays {self.strays}",
                 f"alerts: {self.alerts_received} received for {self.alerts_expected} expected, missing "
                 f"{len(self.alerts_missing)}, repeated {len(self.alerts_repeated)}, strays {self.alerts_stray}",
                 f"jobs failed: {self.failed_jobs}; queues drained: {self.drained}; memory growth past the bound: "
                 f"{', '.join(self.memory_growth) or 'none'}",
                 *([f"the burst was too slow to count: {self.short_burst}"] if self.short_burst else []),
                 f"verdict: {'OK' if self.ok else 'FAILED'}"]
        for label, found in (("missing", self.missing), ("repeated", self.repeated), ("wrong kind", self.wrong),
                             ("alert missing", self.alerts_missing), ("alert repeated", self.alerts_repeated)):
            lines += [f"  {label}: {item}" for item in list(found)[:10]]
        return lines


def stream_events(connection, key, chunk=1000):
    """The stream's events, read ``chunk`` at a time."""
    start = "-"
    while entries := connection.xrange(key, min=start, count=chunk):
        yield from (ArticleEvent.from_stream_fields(fields) for _, fields in entries)
        start = "(" + entries[-1][0].decode()


def pairs(sent):
    """url -> the other URL of its (article, copy) pair, both ways; url -> None for an article without a copy."""
    originals = {record.n: record.url for record in sent if record.kind == "original"}
    partner = {url: None for url in originals.values()}
    for record in sent:
        if record.kind == "copy":
            partner[record.url], partner[originals[record.n]] = originals[record.n], record.url
    return partner


def check_stream(verdict, connection, keys, sent):
    partner = pairs(sent)
    by_id = {id_for_url(url): url for url in partner}
    events = defaultdict(list)
    for event in stream_events(connection, keys.stream):
        verdict.kinds[event.event] += 1
        if event.article_id in by_id:
            events[by_id[event.article_id]].append((event.event, event.duplicate_of))
        else:
            verdict.strays += 1
    verdict.handed, verdict.urls = len(sent), len(partner)
    for url, other in partner.items():
        found = events.get(url, [])
        if not found:
            verdict.missing.append(url)
        elif len(found) > 1:
            verdict.repeated[url] = found
        elif found[0] not in expected_events(other, events):
            verdict.wrong[url] = found[0]


def expected_events(other, events):
    """What a page whose pair is ``other`` (None: no pair) must have published: ``new``, or a ``duplicate`` of
    ``other`` when ``other`` is the ``new`` one."""
    if other is None:
        return [("new", None)]
    other_found = events.get(other, [])
    if other_found and other_found[0][0] == "new":
        return [("duplicate", id_for_url(other))]
    return [("new", None)]


def alert_link(message):
    text = message.get("message", "")
    return text.split("Link: ", 1)[1].split()[0] if "Link: " in text else None


def check_alerts(verdict, messages, sent):
    """One webhook message per flagged article, naming it or its copy."""
    partner = pairs(sent)
    expected = [record.url for record in sent if record.kind == "original" and flagged(record.n)]
    links = Counter(alert_link(message) for message in messages)
    verdict.alerts_expected, verdict.alerts_received = len(expected), len(messages)
    for url in expected:
        count = links.pop(url, 0) + (links.pop(partner[url], 0) if partner[url] else 0)
        if not count:
            verdict.alerts_missing.append(url)
        elif count > 1:
            verdict.alerts_repeated[url] = count
    verdict.alerts_stray = sum(links.values())
