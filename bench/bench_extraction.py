"""Generic extraction quality and speed: newswatch against trafilatura and htmldate, in the same run.

    .venv/bin/python -m bench.bench_extraction [--corpus own|openweb|both] [--half dev|test|all] [--repeat 3]

Two corpora of pages with gold files (``NAME.html`` + ``NAME.json``):
- ``own``: tests/crawler/pages/generic, written here alongside the extractor;
- ``openweb``: tests/crawler/pages/openweb, written by a helper who never read the
  extraction code, from public descriptions of how CMSs mark up articles, frozen
  before tuning. It is split dev/test by a hash of the file name: tune on dev, report test.
- ``openweb2``: tests/crawler/pages/openweb2, written later by another helper under the same
  rules and never tuned on: every page is held out.

Scores, each against the libraries newswatch builds on, in this run: body token F1 (bag
of lower-case words; one token per ideograph or kana) against ``trafilatura`` with
metadata; title and author token F1 against the same; publish date right to the day
against ``htmldate.find_date(extensive_search=True)``; pages lost to exceptions; pages/s
of ``extract_fields`` against ``trafilatura.bare_extraction(with_metadata=True)``.
"""

import argparse
import hashlib
import json
import re
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from statistics import mean

import htmldate
import trafilatura

from crawler.extraction.encoding import page_encoding
from crawler.extraction.fields import extract_fields
from crawler.seeds import SiteConfig
from newswatch.shared.settings import PROJECT_ROOT

CORPORA = {"own": PROJECT_ROOT / "tests" / "crawler" / "pages" / "generic",
           "openweb": PROJECT_ROOT / "tests" / "crawler" / "pages" / "openweb",
           "openweb2": PROJECT_ROOT / "tests" / "crawler" / "pages" / "openweb2"}
PAGES = CORPORA["own"]
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")


@dataclass(frozen=True)
class GoldPage:
    """One test page and what a careful reader would extract from it."""

    name: str
    html: str
    gold: dict

    @property
    def url(self):
        return self.gold["url"]

    @property
    def half(self):
        """dev or test, by a hash of the name: fixed before any tuning, the same on every machine."""
        return "test" if hashlib.sha256(self.name.encode()).digest()[0] % 2 else "dev"

    @property
    def site(self):
        return SiteConfig(name="generic", base_url=self.url, start_urls=(),
                          date_order=self.gold.get("date_order"), timezone=self.gold.get("timezone"))


def load_pages(directory=PAGES):
    return [GoldPage(path.stem, _read(path), json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
            for path in sorted(directory.glob("*.html"))]


def _read(path):
    """The page as the spider reads it: its bytes decoded as crawler.extraction.encoding decides (no HTTP header)."""
    raw = path.read_bytes()
    return raw.decode(page_encoding(raw, "", "cp1252"), "replace")


def tokens(text):
    return _TOKEN.findall((text or "").lower())


def token_f1(predicted, gold):
    """F1 of the bags of tokens: the article-extraction benchmark's body-text measure."""
    found, expected = Counter(tokens(predicted)), Counter(tokens(gold))
    if not expected and not found:
        return 1.0
    common = sum((found & expected).values())
    if not common:
        return 0.0
    precision, recall = common / sum(found.values()), common / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def same_day(found, expected):
    """Right day: the page's own, or the same instant, or (for a bare date) the UTC day of that instant."""
    if not (found and expected):
        return False
    if found[:10] == expected[:10]:
        return True
    found_at, expected_at = datetime.fromisoformat(found), datetime.fromisoformat(expected)
    if expected_at.tzinfo is None:
        return False
    if found_at.tzinfo is not None:
        return found_at == expected_at
    return "T" not in found and found == expected_at.astimezone(timezone.utc).date().isoformat()


def ours(page):
    return extract_fields(page.html, page.url, page.site)


def trafilatura_document(page):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # lxml truth-testing inside trafilatura
        return trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)


def trafilatura_text(page, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return trafilatura.extract(page.html, url=page.url, **options) or ""


def htmldate_date(page):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return htmldate.find_date(page.html, url=page.url, original_date=True, extensive_search=True)


@dataclass(frozen=True)
class PageScore:
    name: str
    f1: float
    baseline_f1: float
    date_ok: bool
    baseline_date_ok: bool
    title_ok: bool
    title_f1: float
    baseline_title_f1: float
    author_f1: float
    baseline_author_f1: float
    lost: bool
    fields: dict


def score(page):
    try:
        fields, lost = ours(page), False
    except Exception:  # noqa: BLE001 (a page lost to a bug is a figure of this benchmark)
        fields, lost = {"title": "", "body": [], "published_at": None, "authors": []}, True
    document = trafilatura_document(page)
    theirs = {"text": getattr(document, "text", "") or "", "title": getattr(document, "title", "") or "",
              "author": getattr(document, "author", "") or ""}
    gold_body, gold_authors = "\n".join(page.gold["body"]), " ".join(page.gold.get("authors") or [])
    return PageScore(
        name=page.name,
        f1=token_f1("\n".join(fields["body"]), gold_body),
        baseline_f1=token_f1(theirs["text"], gold_body),
        date_ok=same_day(fields["published_at"], page.gold["published"]),
        baseline_date_ok=same_day(htmldate_date(page), page.gold["published"]),
        title_ok=fields["title"] == page.gold["title"],
        title_f1=token_f1(fields["title"], page.gold["title"]),
        baseline_title_f1=token_f1(theirs["title"], page.gold["title"]),
        author_f1=token_f1(" ".join(fields["authors"]), gold_authors),
        baseline_author_f1=token_f1(theirs["author"].replace(";", " "), gold_authors),
        lost=lost,
        fields=fields,
    )


@dataclass(frozen=True)
class Summary:
    pages: int
    f1: float
    baseline_f1: float
    min_f1: float
    date_accuracy: float
    baseline_date_accuracy: float
    title_accuracy: float
    title_f1: float
    baseline_title_f1: float
    author_f1: float
    baseline_author_f1: float
    lost: int

    @classmethod
    def of(cls, scores):
        return cls(
            pages=len(scores),
            f1=mean(s.f1 for s in scores),
            baseline_f1=mean(s.baseline_f1 for s in scores),
            min_f1=min(s.f1 for s in scores),
            date_accuracy=mean(s.date_ok for s in scores),
            baseline_date_accuracy=mean(s.baseline_date_ok for s in scores),
            title_accuracy=mean(s.title_ok for s in scores),
            title_f1=mean(s.title_f1 for s in scores),
            baseline_title_f1=mean(s.baseline_title_f1 for s in scores),
            author_f1=mean(s.author_f1 for s in scores),
            baseline_author_f1=mean(s.baseline_author_f1 for s in scores),
            lost=sum(s.lost for s in scores),
        )

    def lines(self):
        return [
            f"pages: {self.pages}, lost to exceptions: {self.lost}",
            f"body token F1, mean:   newswatch {self.f1:.3f}   trafilatura {self.baseline_f1:.3f}",
            f"body token F1, lowest: newswatch {self.min_f1:.3f}",
            f"publish date accuracy: newswatch {self.date_accuracy:.3f}   htmldate extensive "
            f"{self.baseline_date_accuracy:.3f}",
            f"title token F1:        newswatch {self.title_f1:.3f}   trafilatura {self.baseline_title_f1:.3f}"
            f"   (newswatch exact {self.title_accuracy:.3f})",
            f"author token F1:       newswatch {self.author_f1:.3f}   trafilatura {self.baseline_author_f1:.3f}",
        ]


def pages_per_second(function, pages, repeat):
    started = time.perf_counter()
    for _ in range(repeat):
        for page in pages:
            function(page)
    return repeat * len(pages) / (time.perf_counter() - started)


def report(name, pages, repeat, out=print):
    scores = [score(page) for page in pages]
    out(f"\n== {name} ==\n{'page':44} {'F1 ours':>8} {'F1 traf':>8}  date ours/htmldate  authors ours/traf")
    for s in scores:
        out(f"{s.name[:44]:44} {s.f1:8.3f} {s.baseline_f1:8.3f}  {'ok' if s.date_ok else '--':>4} / "
            f"{'ok' if s.baseline_date_ok else '--':<8} {s.author_f1:.2f}/{s.baseline_author_f1:.2f}"
            + ("  LOST" if s.lost else ""))
    out("\n".join(Summary.of(scores).lines()))
    if repeat:
        ours_speed = pages_per_second(ours, pages, repeat)
        baseline_speed = pages_per_second(trafilatura_document, pages, repeat)
        out(f"speed, one core: newswatch extract_fields {ours_speed:.0f} pages/s, trafilatura.bare_extraction "
            f"with metadata {baseline_speed:.0f} pages/s, ratio {ours_speed / baseline_speed:.2f}")
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("own", "openweb", "openweb2", "both"), default="both")
    parser.add_argument("--half", choices=("dev", "test", "all"), default="test",
                        help="which half of the openweb corpus (tune on dev, report test)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the pages for the speed figures")
    args = parser.parse_args()
    if args.corpus in ("own", "both"):
        report("own pages (tests/crawler/pages/generic, written with the extractor)", load_pages(), args.repeat)
    if args.corpus in ("openweb", "both"):
        pages = [p for p in load_pages(CORPORA["openweb"]) if args.half in ("all", p.half)]
        report(f"openweb pages, {args.half} half (tests/crawler/pages/openweb, written without reading the code)",
               pages, args.repeat)
    if args.corpus == "openweb2":
        report("openweb2 pages, all held out (tests/crawler/pages/openweb2, a second helper, never tuned on)",
               load_pages(CORPORA["openweb2"]), args.repeat)


if __name__ == "__main__":
    main()
