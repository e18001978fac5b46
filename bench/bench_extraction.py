"""Generic extraction quality and speed: newswatch against trafilatura and htmldate on our own test set.

    .venv/bin/python -m bench.bench_extraction [--repeat 5]

The test set is ``tests/crawler/pages/generic``: hand-written pages in many
layouts and languages, each with a gold file. Body quality is token F1 (bag of
lower-case words; one token per ideograph or kana, since Chinese and Japanese
have no spaces) of ``extract_fields`` with no site selectors against plain
``trafilatura.extract``; publish dates are scored on the day against
``htmldate.find_date(original_date=True)``. Speed is pages/s for each, one core.
"""

import argparse
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

from crawler.extraction import extract_fields
from crawler.seeds import SiteConfig
from crawler.settings import PROJECT_ROOT

PAGES = PROJECT_ROOT / "tests" / "crawler" / "pages" / "generic"
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
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
    def site(self):
        return SiteConfig(name="generic", base_url=self.url, start_urls=(),
                          date_order=self.gold.get("date_order", "DMY"))


def load_pages():
    return [GoldPage(path.stem, path.read_text(encoding="utf-8"),
                     json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
            for path in sorted(PAGES.glob("*.html"))]


def tokens(text):
    return _TOKEN.findall(text.lower())


def token_f1(predicted, gold):
    """F1 of the bags of tokens: the article-extraction benchmark's body-text measure."""
    found, expected = Counter(tokens(predicted)), Counter(tokens(gold))
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


def trafilatura_text(page, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # lxml truth-testing inside trafilatura
        return trafilatura.extract(page.html, url=page.url, **options) or ""


def htmldate_date(page):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return htmldate.find_date(page.html, url=page.url, original_date=True)


@dataclass(frozen=True)
class PageScore:
    name: str
    f1: float
    baseline_f1: float
    date_ok: bool
    baseline_date_ok: bool
    title_ok: bool
    fields: dict


def score(page):
    fields = ours(page)
    gold_body = "\n".join(page.gold["body"])
    return PageScore(
        name=page.name,
        f1=token_f1("\n".join(fields["body"]), gold_body),
        baseline_f1=token_f1(trafilatura_text(page), gold_body),
        date_ok=same_day(fields["published_at"], page.gold["published"]),
        baseline_date_ok=same_day(htmldate_date(page), page.gold["published"]),
        title_ok=fields["title"] == page.gold["title"],
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
        )

    def lines(self):
        return [
            f"pages: {self.pages}",
            f"body token F1, mean:   newswatch {self.f1:.3f}   trafilatura {self.baseline_f1:.3f}",
            f"body token F1, lowest: newswatch {self.min_f1:.3f}",
            f"publish date accuracy: newswatch {self.date_accuracy:.3f}   htmldate {self.baseline_date_accuracy:.3f}",
            f"title exact:           newswatch {self.title_accuracy:.3f}",
        ]


def pages_per_second(function, pages, repeat):
    started = time.perf_counter()
    for _ in range(repeat):
        for page in pages:
            function(page)
    return repeat * len(pages) / (time.perf_counter() - started)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the test set for the speed figures")
    args = parser.parse_args()
    pages = load_pages()
    scores = [score(page) for page in pages]
    print(f"{'page':40} {'F1 ours':>8} {'F1 traf':>8}  date ours/htmldate")
    for s in scores:
        print(f"{s.name:40} {s.f1:8.3f} {s.baseline_f1:8.3f}  {'ok' if s.date_ok else '--':>4} / "
              f"{'ok' if s.baseline_date_ok else '--'}")
    print("\nall pages\n" + "\n".join(Summary.of(scores).lines()))
    held_out = [s for s in scores if s.name.startswith("heldout_")]
    print("\nheld-out pages (written after the extractor)\n" + "\n".join(Summary.of(held_out).lines()))
    no_comments = mean(token_f1(trafilatura_text(page, include_comments=False), "\n".join(page.gold["body"]))
                       for page in pages)
    print(f"\ntrafilatura with include_comments=False, for reference: mean F1 {no_comments:.3f}")
    ours_speed = pages_per_second(ours, pages, args.repeat)
    baseline_speed = pages_per_second(trafilatura_text, pages, args.repeat)
    print(f"speed, one core: newswatch extract_fields {ours_speed:.0f} pages/s, trafilatura.extract "
          f"{baseline_speed:.0f} pages/s, ratio {ours_speed / baseline_speed:.2f}")


if __name__ == "__main__":
    main()
