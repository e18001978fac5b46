#!/usr/bin/env python3
"""Regenerate the 'openweb' news-extraction test corpus and validate it.

Deterministic: every random choice is seeded from the page name, so running this script again
reproduces the same bytes.  Usage:

    python3 make_corpus.py            # regenerate *.html / *.json, README.md, then validate
    python3 make_corpus.py --check    # only validate the files on disk
"""
import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _gen import content                      # noqa: E402
from _gen.base import Page                    # noqa: E402
from _gen.templates import RENDER             # noqa: E402
from _gen.validate import validate_all        # noqa: E402
from _gen.readme import write_readme          # noqa: E402

MINIMUMS = {
    "pages": 160, "cms": 12, "languages": 8, "per_feature": 6, "hostile": 10,
    "features": ["react-comments", "yoast-author-ref", "list-edges", "summary-lead", "table-layout", "cta-lines",
                 "date-hidden", "text-date-naive", "jsonld-graph", "amp", "rtl", "paywall-teaser", "live-blog",
                 "gallery-captions", "pull-quotes", "inline-related"],
}
MANIFEST = os.path.join(HERE, "_gen", "boilerplate_manifest.txt")  # JSON; not named .json so it is never taken for a gold file


def build():
    specs, outlets = content.load()
    pools = {}
    for s in specs:
        pools.setdefault(s["lang"], []).append((s["title"], s["url"]))
    for f in glob.glob(os.path.join(HERE, "*.html")) + glob.glob(os.path.join(HERE, "*.json")):
        os.remove(f)
    manifest = {}
    for s in specs:
        pool = [t for t in pools[s["lang"]] if t[0] != s["title"]]
        p = Page(s, outlets[s["outlet"]], pool)
        html = RENDER[s["cms"]](p)
        enc = s.get("encoding", "utf-8")
        data = html.encode(enc, "xmlcharrefreplace")
        with open(os.path.join(HERE, s["name"] + ".html"), "wb") as f:
            f.write(data)
        gold = p.gold()
        with open(os.path.join(HERE, s["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        manifest[s["name"]] = {"boiler": sorted(set(p.boiler)), "pulls": p.pulls, "site": p.site}
    with open(MANIFEST, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=0, sort_keys=True)
    return specs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if not args.check:
        build()
    manifest = json.load(open(MANIFEST, encoding="utf-8"))
    rep = validate_all(HERE, manifest, MINIMUMS)
    if not args.check:
        write_readme(HERE, rep)
    print("pages:", rep["pages"], "| cms styles:", len(rep["cms"]), "| languages:", len(rep["languages"]),
          "| hostile pages:", rep["hostile_pages"])
    print("cms:", rep["cms"])
    print("languages:", rep["languages"])
    print("features:", rep["features"])
    nerr = sum(len(v) for v in rep["errors"].values())
    nwarn = sum(len(v) for v in rep["warnings"].values())
    for k, v in rep["errors"].items():
        for e in v:
            print("ERROR", k, e)
    for k, v in rep["warnings"].items():
        for w in v:
            print("warn ", k, w)
    print("minimums failed:", rep["minimums_failed"] or "none")
    print("errors: %d, warnings: %d" % (nerr, nwarn))
    return 1 if (nerr or rep["minimums_failed"]) else 0


if __name__ == "__main__":
    sys.exit(main())
