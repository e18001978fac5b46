"""Writes README.md for the corpus (conventions are fixed text; tables come from the validation report)."""
import glob
import json
import os

FEATURE_DOC = {
    "react-comments": "React/Next.js/Arc SSR output: `<!-- -->` separators inside paragraphs (around numbers, links, sentence fragments) and `<!--$-->` Suspense markers around the body",
    "yoast-author-ref": "WordPress + Yoast `@graph` where the Article `author` is only `{\"@id\": ...}`; the Person node with the name is elsewhere in the graph (sometimes before the Article)",
    "admin-byline": "visible byline is a CMS account (`admin`, Joomla `Super User`, Drupal `Submitted by admin`): gold authors = []",
    "meta-author-url": "`<meta name=author>` holds a profile URL; the visible byline has the name",
    "list-edges": "body starts and/or ends with a list, command lines, schedule/calendar lines or a closing credit line; gold includes them",
    "summary-lead": "first body paragraph is a lead/summary marked with an id/class containing `summary` (on the `<p>` or its wrapper); it is body",
    "lead-teaser": "TYPO3 tx_news `teaser-text` lead shown above the body: body",
    "lead-chapo": "SPIP `chapo` lead shown above the `texte`: body",
    "table-layout": "old table layout: `div[itemprop=articleBody]` deep inside a layout `<table>` whose other cells are link menus/headline lists",
    "cta-lines": "call-to-action lines/boxes inside the article container (WhatsApp/Telegram/Google News/newsletter/donate/subscribe widgets); excluded from gold",
    "date-hidden": "no publication date in meta tags, microdata or JSON-LD; the date is only in the URL, a `<time>` without datetime, a data attribute (epoch or naive) or visible text",
    "text-date-naive": "the publication date-time is only visible text (or a data attribute) without zone; gold adds the outlet's offset",
    "url-date-only": "the only date on the page is in the URL path: gold is the bare date",
    "bare-date": "the page only tells the day: gold `published` is `YYYY-MM-DD`",
    "epoch-timestamp": "date only as epoch milliseconds in `bsp-timestamp[data-timestamp]`",
    "naive-jsonld-date": "JSON-LD `datePublished` without offset; gold adds the outlet's offset",
    "naive-datetime-attr": "`<time datetime=\"YYYY-MM-DDTHH:MM\">` without offset",
    "naive-meta-date": "Daum-style `og:regDate` = `YYYYMMDDHHMMSS` local time",
    "arabic-indic-digits": "visible date written with Arabic-Indic digits (٤ مارس ٢٠٢٦ - ٠٩:١٥ ص)",
    "dst-transition-day": "published on a daylight-saving switch day of the outlet's zone",
    "after-midnight": "published shortly after local midnight (UTC date differs)",
    "no-dst-zone": "outlet zone without DST while neighbours have it (America/Phoenix)",
    "jsonld-graph": "JSON-LD with an `@graph` (Yoast, Drupal Schema.org Metatag)",
    "amp": "AMP document (`<html ⚡>`, amp-img, amp-ad, amp-carousel, amp-live-list, amp-consent)",
    "rtl": "right-to-left page (`dir=rtl`, Arabic)",
    "paywall-teaser": "only a teaser is in the HTML, followed by a paywall box; gold = visible teaser only",
    "live-blog": "several timestamped entries; gold = entry headlines and texts in page order, timestamps excluded",
    "gallery-captions": "image/gallery captions and credits inside the body container; not body",
    "pull-quotes": "pull quote repeating a sentence of the body; not body",
    "inline-related": "'Read more: <link>' style lines inside the body; not body",
    "standfirst": "subtitle/dek in the article header; not body",
    "byline-in-lead": "Chinese wire style: the reporter is named inside the first paragraph (`（记者 李娜）`), which stays in the body",
    "multi-author": "two or more bylined authors",
    "br-paragraphs": "paragraphs separated by `<br><br>` / `<div>` instead of `<p>`",
    "legacy-charset": "page correctly declares and uses a legacy charset (windows-1251/1256/1254, Shift_JIS, EUC-KR, GBK, ISO-8859-2)",
    "wrong-charset": "declared charset does not match the bytes (see the gold `charset` note)",
    "unclosed-tags": "unclosed `<p>`/`<div>`/`<font>`, misnested inline tags, missing `</body></html>`, uppercase tags",
    "huge-inline-script": "a ~220 kB inline script (JSON feed full of headline-like strings), in the head or between body paragraphs",
    "nested-iframes": "ad iframe with `srcdoc` containing another iframe, plus a widget iframe, inside the body",
    "fake-comment-text": "an HTML comment inside the body containing stale/draft paragraph text (not visible, not body)",
    "broken-jsonld": "a JSON-LD block that is not valid JSON (trailing comma, raw newline in a string)",
}


def _table(counter, head):
    rows = ["| %s | pages |" % head, "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append("| %s | %d |" % (k, v))
    return "\n".join(rows)


def write_readme(outdir, rep):
    pages = []
    for f in sorted(glob.glob(os.path.join(outdir, "*.json"))):
        g = json.load(open(f, encoding="utf-8"))
        pages.append((os.path.basename(f)[:-5], g))
    hostile = [n for n, g in pages if any(x.startswith("hostile-") for x in g["features"])]
    feats = rep["features"]
    main_feats = ["react-comments", "yoast-author-ref", "list-edges", "summary-lead", "table-layout", "cta-lines",
                  "date-hidden", "text-date-naive", "jsonld-graph", "amp", "rtl", "paywall-teaser", "live-blog",
                  "gallery-captions", "pull-quotes", "inline-related"]
    ftab = ["| feature | pages | meaning |", "|---|---:|---|"]
    for k in main_feats + sorted(x for x in feats if x not in main_feats and not x.startswith("hostile-")):
        ftab.append("| `%s` | %d | %s |" % (k, feats.get(k, 0), FEATURE_DOC.get(k, "")))
    htab = ["| hostile tag | pages |", "|---|---:|"]
    for k in sorted(x for x in feats if x.startswith("hostile-")):
        htab.append("| `%s` | %d |" % (k, feats[k]))
    idx = ["| page | cms | lang | published | features |", "|---|---|---|---|---|"]
    for n, g in pages:
        idx.append("| %s | %s | %s | %s | %s |" % (n, g["cms"], g["language"], g["published"], ", ".join(g["features"])))
    nerr = sum(len(v) for v in rep["errors"].values())
    nwarn = sum(len(v) for v in rep["warnings"].values())
    warn_lines = "\n".join("- `%s`: %s" % (k, w) for k, v in rep["warnings"].items() for w in v) or "- none"
    text = README.format(
        pages=rep["pages"], ncms=len(rep["cms"]), nlang=len(rep["languages"]), nhostile=len(hostile),
        cms_table=_table(rep["cms"], "CMS style"), lang_table=_table(rep["languages"], "language"),
        feat_table="\n".join(ftab), hostile_table="\n".join(htab), index="\n".join(idx),
        nerr=nerr, nwarn=nwarn, warn_lines=warn_lines,
        mins="none" if not rep["minimums_failed"] else "; ".join(rep["minimums_failed"]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


README = """# openweb: frozen test corpus for the news-article extractor

{pages} article pages imitating {ncms} CMS styles in {nlang} languages, each `NAME.html` with an answer key
`NAME.json`. The pages were written blind: without looking at the extractor or its own test pages. Every
outlet, person, event and URL is invented; all hosts are under `.test`. The only other URLs are identifiers and
format requirements left on purpose: `schema.org` contexts, W3C/OGP/FBML/Blogger XML namespaces, WordPress's
`api.w.org` link relation and the AMP runtime `cdn.ampproject.org/v0.js` that the AMP format requires.

## How the pages were made

* `make_corpus.py` regenerates everything and then validates it. Run it with
  `python3 make_corpus.py` (needs Python ≥ 3.9 with `zoneinfo`/tzdata; uses `lxml` for a second
  validation pass if it is installed), or `python3 make_corpus.py --check` to validate the files on disk only.
  Output is deterministic: every random choice (ids, class hashes, counters) is seeded from the page name, so a
  rerun reproduces the same bytes. The generated `*.html`/`*.json` files *are* the corpus; the generator is only
  kept so the corpus can be rebuilt or extended.
* `_gen/content/<lang>.py` holds the article texts and one spec per page (outlet, URL, title, authors,
  local publication time, date mode, features, body). Body lines use a tiny markup: `## ` sub-heading,
  `- `/`+ ` list item, `> ` quote, `$ ` command line, `% ` summary/lead paragraph, `@HH:MM` live-blog entry,
  `!marker:` for non-body inserts (image, gallery, pull quote, related link, CTA, ad, newsletter box,
  fake HTML comment, nested iframes, huge script, paywall).
* `_gen/tpl_*.py` render a spec the way a given CMS would: head (meta, OpenGraph, JSON-LD with the CMS's quirks,
  e.g. Yoast dates in UTC `+00:00`, Drupal offsets without colon, Arc/Medium `...Z` with milliseconds,
  Squarespace `-0500`), navigation, breadcrumbs, share bars, related blocks, newsletter boxes, cookie banners,
  comments, footers, ad slots and inline scripts (`__NEXT_DATA__`, `Fusion.globalContent`, `window._preloads`,
  `BX.message`, Apollo state...).
* `_gen/boilerplate_manifest.txt` (JSON) lists, per page, the visible boilerplate strings that were inserted (for validation only).
* Pages in a legacy charset are written in that charset (see `charset` in the gold).

## Gold format

```json
{{
 "url": "https://…/",            // the page URL (give it to the extractor together with the HTML)
 "title": "…",                   // headline as a careful reader copies it: no site-name suffix
 "published": "2026-03-04T09:15:00+01:00",   // or "2026-03-04" when the page only gives the day
 "modified": null,               // ISO string when the page shows/declares a modification time
 "authors": ["…"],               // [] when nobody (or only an admin account) is named
 "language": "de",
 "timezone": "Europe/Berlin",    // the outlet's zone, as an operator would put it in the seeds
 "cms": "wordpress-yoast",       // the CMS style imitated
 "features": ["…"],              // tricky cases present (see below)
 "layout": "…",                  // one-line description of the page layout
 "body": ["…", "…"],             // article text, paragraph by paragraph
 "charset": {{"declared": "…", "actual": "…", "note": "…"}}   // only on pages not in honest UTF-8
}}
```

## Conventions

**Body = the article text a reader reads, in page order.**

* One entry per paragraph. Sub-headings are their own entries. Each list item is its own entry. Each command
  line of a code block is its own entry. Quoted passages (`<blockquote>` quoting a person or document) are body.
* Included even though they are easy to lose: lead/summary paragraphs (`speakable-summary`, `field--name-field-summary`,
  `media_end_summary`, TYPO3 `teaser-text`, SPIP `chapo`), lists and schedules at the start or end of the
  article, closing credit lines (`(Reporting by …; Editing by …)`, `… contributed to this report.`,
  `© Agency`), a Chinese lead paragraph that names the reporter.
* Excluded: headline, standfirst/subtitle in the header, byline and date lines, image and gallery captions and
  credits, pull quotes, "Read more/Lesen Sie auch/Lire aussi/…: <link>" lines, CTA lines (WhatsApp, Telegram,
  Google News, follow us, app download, tip lines), newsletter/donate/subscribe boxes and Substack/Ghost
  widgets, share/like bars, ads and "Advertisement" labels, author bio boxes, tags, related/most-read lists,
  comments, paywall prompts, cookie banners, navigation, footer, text in `<script>`/JSON, text only in HTML
  comments, text inside iframes (`srcdoc`).
* Live blogs: each entry's headline and text, in the order the page shows them (newest first where the page
  does that); the entry timestamps are not body.
* Paywalled pages: only what is in the HTML and visible (the teaser). Full text is never hidden in scripts.
* Text is given with inline markup removed and HTML entities decoded. Compare after collapsing whitespace:
  pages contain `&nbsp;`, line breaks inside paragraphs, and Chinese/Japanese full-width indentation (U+3000),
  none of which is in the gold. On React pages the `<!-- -->` comments are simply removed (they are not spaces).

**Title**: the article headline as displayed (the `<h1>`, or the `<h2>/<h3>` that holds the headline on
Naver, Daum, NDSoft, TYPO3, Bitrix and Blogger, where `<h1>` is the site name or absent). Never the `<title>`
suffix or the SEO `og:title` variant.

**Authors**: names as printed, without "By/Von/Par/Por/di/Door/Автор:/بقلم/كتب:", without role words
("기자", "記者", "记者"), in byline order. A desk or agency name counts only when it is the byline (none is used
here). Account names such as `admin`, Joomla's `Super User` and Drupal's `Submitted by admin` are not authors:
gold `[]`. When `<meta name=author>` is a URL, the visible byline name is the author. When the visible byline
and JSON-LD disagree only in form (`@id` reference), the resolved Person name is the author.

**Dates and time zones**

* `published` is the original publication time, never the "Updated" time.
* With an offset whenever the page lets one know the time of day. The offset is the one the outlet's
  `timezone` has at that local time (e.g. +01:00 for Berlin in March, +02:00 in July; -04:00 for New York on
  2026-03-08 after the DST switch). Pages that only state UTC (Yoast `+00:00`, Arc/Ghost/Medium `Z`) have the
  same instant rewritten in the outlet's local offset: **compare instants, not strings**.
* Visible-text-only times (`Veröffentlicht am 4. März 2026, 09:15 Uhr`, `2026年3月4日 9時15分`,
  `04.03.2026 09:15`, `입력 2026.03.04 09:15`, `٤ مارس ٢٠٢٦ - ٠٩:١٥ ص`, US `Wed, 03/04/2026 - 09:15`) are
  read as the outlet's local time.
* A bare date `YYYY-MM-DD` when only the day is known (a `<time>` without time of day, day-only datetime
  attributes, date headers, URL-only dates).
* `modified` is given only where the page shows or declares it; otherwise `null`.

**Charsets**: the gold holds the text as the newsroom wrote it. Pages with `legacy-charset` declare their
charset correctly and are stored in it. On `wrong-charset` pages the declaration lies (`charset.declared`) and the
bytes are really `charset.actual`; the gold is what a reader sees once the page is decoded with the actual
charset (what a browser's encoding sniffing or a reader switching encoding shows). Trusting the declaration
produces mojibake and should score badly. Characters a legacy charset cannot hold (e.g. `©` in Shift_JIS) are
written as numeric character references, as such sites do.

**Judgement calls** (so that test authors can disagree knowingly): leads/summaries/chapô/teaser paragraphs are
body; live-blog entry headlines are body; standfirsts in the header are not; closing credit lines are body; a
Chinese wire lead that names the reporter (`（记者 李娜）`) makes that reporter the author even though
`article:author` names the agency; Korean `▶ …구독하기` promo lines and the reporter/e-mail/copyright lines under
the Naver/NDSoft body are not body; `admin`/`Super User` bylines give `[]`.

## Counts

{pages} pages, {ncms} CMS styles, {nlang} languages, {nhostile} pages with deliberately hostile markup.

{cms_table}

{lang_table}

### Features

{feat_table}

### Hostile markup

{hostile_table}

## Validation

`make_corpus.py` checks, for every page: an `.html` has a `.json` and vice versa; the JSON parses and has every
key; every gold body paragraph occurs in the page's visible text (tags stripped, comments/scripts/styles/
noscript/iframe content/`hidden`/`display:none` removed, entities decoded, whitespace collapsed), in gold
order, with a second pass through lxml; no gold paragraph lies inside an inserted boilerplate string and no
boilerplate string (CTA, caption, related headline, nav, widget text…) lies inside a gold paragraph; every
pull quote repeats a body sentence; the title is visible; `published` offsets match the declared timezone;
`date-hidden` pages have no meta/microdata/JSON-LD publication date; JSON-LD parses (except on `broken-jsonld` pages);
react-comment pages really contain `<!-- -->` separators; minimum counts are met.

Last run: {nerr} errors, {nwarn} warnings; minimums failed: {mins}. Warnings (expected, short strings that also
occur elsewhere on the page):

{warn_lines}

## Page index

{index}
"""
