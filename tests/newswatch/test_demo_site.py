"""The bundled demo news site: content, link graph, page markup, editions and the partner site."""

import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from email.utils import parsedate_to_datetime
from html import unescape

import pytest

from newswatch.demo.site import (
    EDITED_SLUG,
    NEW_IN_EDITION_2_SLUG,
    PARTNER_SLUG,
    SYNDICATED_SLUG,
    DemoSite,
    content,
    link_depths,
)
from newswatch.demo.site.stories.venezuela_extra import EDIT_PARAGRAPH, EDITED_TITLE

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def fetch(url):
    """(status, content type, body bytes); every response is closed."""
    try:
        with OPENER.open(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers.get("Content-Type"), error.read()


def get(url):
    status, _, body = fetch(url)
    assert status == 200, url
    return body.decode("utf-8")


def first(pattern, html):
    match = re.search(pattern, html, re.S)
    return unescape(match.group(1)) if match else None


def body_blocks(html):
    body = first(r'<div class="article-body" id="article-body">(.*?)</div>', html)
    return [unescape(text) for _, text in re.findall(r"<(p|h2)>(.*?)</\1>", body or "")]


def extracted_text(html):
    """What an update detector compares: headline and body paragraphs."""
    return "\n".join([first(r'<h1 class="headline">(.*?)</h1>', html), *body_blocks(html)])


def related_hrefs(html):
    """Related-news links, from the static list or, on JavaScript pages, from the data script."""
    data = first(r'<script type="application/json" id="live-data">(.*?)</script>', html)
    if data is not None:
        return [item["href"] for item in json.loads(data)["related"]]
    section = first(r'<section class="related-news">(.*?)</section>', html) or ""
    return re.findall(r'<li class="related-item"><a href="([^"]+)"', section)


def latest_hrefs(html):
    return re.findall(r'<li><a href="([^"]+)"', first(r'<ul class="latest">(.*?)</ul>', html) or "")


@pytest.fixture(scope="module")
def site():
    with DemoSite() as running:
        yield running


@pytest.fixture
def fresh_site():
    with DemoSite() as running:
        yield running


def test_content_has_at_least_44_articles_in_at_least_6_stories():
    articles = content.articles(1)
    assert len(articles) >= 44
    assert len({a.story for a in articles.values()}) >= 6


def test_maduro_story_has_seven_articles_several_naming_maduro():
    story = [a for a in content.articles(1).values() if a.story == "venezuela"]
    assert len(story) >= 7
    assert sum(a.mentions("Maduro") for a in story) >= 4
    assert any("Maduro's" in a.text for a in story)


def test_madurodam_story_does_not_match_the_maduro_keyword():
    madurodam = [a for a in content.articles(2).values() if "Madurodam" in a.text]
    assert madurodam and not any(a.mentions("Maduro") for a in madurodam)


@pytest.mark.parametrize("edition", [1, 2])
def test_every_article_has_three_unique_paragraphs_and_a_subheading(edition):
    articles = content.articles(edition).values()
    for article in articles:
        assert len(article.paragraphs) >= 3 and article.subheadings, article.slug
    paragraphs = Counter(p for a in articles for p in a.paragraphs)
    assert paragraphs.most_common(1)[0][1] == 1


@pytest.mark.parametrize("edition", [1, 2])
def test_related_lists_hold_two_to_six_existing_articles(edition):
    articles = content.articles(edition)
    for article in articles.values():
        assert 2 <= len(article.related) <= 6, article.slug
        assert set(article.related) <= set(articles) - {article.slug}, article.slug


def test_content_is_identical_across_processes_and_hash_seeds():
    code = ("from newswatch.demo.site import content as c; "
            "print(repr(c.articles(2)), repr(c.listed(2)), c.link_depths(1), c.link_depths(2))")
    outputs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("edition", [1, 2])
def test_every_article_is_reachable_and_one_hidden_article_is_at_depth_4_or_more(edition):
    depths = link_depths(edition)
    articles = content.articles(edition)
    assert set(depths) == set(articles)
    assert max(d for slug, d in depths.items() if not articles[slug].listed) >= 4


def test_home_lists_the_15_latest_articles_and_links_categories_archive_and_private(site):
    html = get(site.base_url + "/")
    assert latest_hrefs(html) == [a.path for a in content.listed(1)[:15]]
    for slug in content.categories():
        assert f'href="/category/{slug}"' in html
    assert 'href="/archive"' in html and 'href="/private/secret"' in html


def test_category_pages_together_list_every_listed_article(site):
    listed = set()
    for slug in content.categories():
        listed |= set(latest_hrefs(get(f"{site.base_url}/category/{slug}")))
    assert listed == {a.path for a in content.listed(1)}


def test_rss_feed_is_well_formed_rss_2_with_the_10_latest_articles(site):
    status, content_type, body = fetch(site.base_url + "/rss.xml")
    assert status == 200 and content_type == "application/rss+xml; charset=utf-8"
    root = ET.fromstring(body)
    items = root.findall("./channel/item")
    assert root.get("version") == "2.0" and len(items) == 10
    assert [i.findtext("link") for i in items] == [site.base_url + a.path for a in content.listed(1)[:10]]
    for item in items:
        assert parsedate_to_datetime(item.findtext("pubDate")).hour == 8
        assert item.findtext("title") and item.findtext("description")


def test_sitemap_is_well_formed_and_lists_every_listed_article(site):
    status, content_type, body = fetch(site.base_url + "/sitemap.xml")
    assert status == 200 and content_type == "application/xml"
    urls = ET.fromstring(body).findall(f"{SITEMAP_NS}url")
    assert {u.findtext(f"{SITEMAP_NS}loc") for u in urls} == {site.base_url + a.path for a in content.listed(1)}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", u.findtext(f"{SITEMAP_NS}lastmod")) for u in urls)


def test_every_related_link_resolves(site):
    targets = set()
    for url in site.article_urls():
        hrefs = related_hrefs(get(url))
        assert len(hrefs) == len(site.expected()["articles"][url].related), url
        targets.update(hrefs)
    assert {fetch(site.base_url + href)[0] for href in targets} == {200}


def test_deepest_hidden_article_appears_in_no_listing_feed_or_sitemap(site):
    slug, depth = max(link_depths(1).items(), key=lambda item: item[1])
    path = content.articles(1)[slug].path
    assert depth >= 4 and not content.articles(1)[slug].listed
    listings = ["/", "/rss.xml", "/sitemap.xml"] + [f"/category/{c}" for c in content.categories()]
    for listing in listings:
        assert path not in get(site.base_url + listing), listing
    assert fetch(site.base_url + path)[0] == 200


def test_article_page_follows_the_reference_layout(site):
    html = get(f"{site.base_url}/news/{SYNDICATED_SLUG}")
    assert f'<link rel="canonical" href="{site.base_url}/news/{SYNDICATED_SLUG}">' in html
    assert first(r'<h1 class="headline">(.*?)</h1>', html) == "NYT: Trump Offered Maduro Exile in Türkiye"
    assert '<span class="dateline">January 05, 2026</span><span class="source">Clash Report</span>' in html
    assert re.search(r'<span class="views">\d+ views</span>', html) and "<h2>Mocking Us in Public</h2>" in html
    assert '<p class="sources">Sources: ' in html and '<a href="/topic/nicolas-maduro">' in html
    assert ('U.S. Doubles Bounty On Maduro To $50 Million</a><span class="related-category">America</span>'
            '<span class="related-date">08/08/2025</span>') in html
    assert 'Standoff</a><span class="related-date">07/01/2026</span>' in html  # cross-story: no category
    ld = json.loads(first(r'<script type="application/ld\+json">(.*?)</script>', html))
    assert ld["@type"] == "NewsArticle" and ld["datePublished"].startswith("2026-01-05")
    assert "dateModified" not in ld and ld["publisher"]["name"] == "Clash Report"


def test_javascript_page_ships_an_empty_body_and_related_list_with_a_data_script(site):
    url = next(u for u in site.expected()["js_urls"] if "maduro" in u)
    html = get(url)
    assert '<div class="article-body" id="article-body"></div>' in html
    assert "<h3>Related News</h3><ul></ul>" in html and "setTimeout(" in html and "DOMContentLoaded" in html
    data = json.loads(first(r'<script type="application/json" id="live-data">(.*?)</script>', html))
    assert [text for _, text in data["body"]][0] == site.expected()["articles"][url].paragraphs[0]
    assert first(r'<h1 class="headline">(.*?)</h1>', html) == site.expected()["articles"][url].title


def test_cosmetic_changes_alter_the_html_but_not_the_extracted_text(site):
    url = f"{site.base_url}/news/aleppo-clashes-renew-sdf-syrian-army"
    before, after = get(url), get(url)
    assert before != after
    assert first(r'<span class="views">(\d+) views', before) != first(r'<span class="views">(\d+) views', after)
    assert first(r'class="render-stamp">(.*?)<', before) != first(r'class="render-stamp">(.*?)<', after)
    assert extracted_text(before) == extracted_text(after)


def test_most_read_box_rotates_between_requests(site):
    boxes = {first(r'<aside class="most-read">(.*?)</aside>', get(site.base_url + "/")) for _ in range(3)}
    assert len(boxes) == 3


def test_edition_2_corrects_the_headline_and_appends_a_paragraph(fresh_site):
    url = fresh_site.expected()["edited_url"]
    untouched = f"{fresh_site.base_url}/news/aleppo-clashes-renew-sdf-syrian-army"
    old, old_untouched = get(url), get(untouched)
    fresh_site.edition = 2
    new, new_untouched = get(url), get(untouched)
    headline = r'<h1 class="headline">(.*?)</h1>'
    assert first(headline, new) == EDITED_TITLE != first(headline, old)
    assert body_blocks(new) == body_blocks(old) + [EDIT_PARAGRAPH]
    assert '<span class="updated">Updated January 08, 2026</span>' in new and "updated" not in first(
        r'<div class="meta">(.*?)</div>', old)
    assert '"dateModified": "2026-01-08' in new
    assert extracted_text(new_untouched) == extracted_text(old_untouched)


def test_edition_2_publishes_a_new_listed_maduro_article(fresh_site):
    path = f"/news/{NEW_IN_EDITION_2_SLUG}"
    assert fetch(fresh_site.base_url + path)[0] == 404
    assert not any(NEW_IN_EDITION_2_SLUG in a.related for a in content.articles(2).values())
    fresh_site.set_edition(2)
    assert "Maduro" in get(fresh_site.base_url + path)
    for listing in ["/", "/rss.xml", "/sitemap.xml", "/category/america"]:
        assert path in get(fresh_site.base_url + listing), listing


def test_partner_site_syndicates_a_copy_only_in_edition_2(fresh_site):
    partner, story = fresh_site.partner_url, f"/story/{SYNDICATED_SLUG}"
    assert latest_hrefs(get(partner + "/")) == [f"/story/{PARTNER_SLUG}"]
    assert fetch(partner + story)[0] == 404
    fresh_site.edition = 2
    listed_href = f"{story}?utm_source=clashwire&utm_medium=syndication"
    assert listed_href in latest_hrefs(get(partner + "/"))
    copy, original = get(partner + listed_href), get(f"{fresh_site.base_url}/news/{SYNDICATED_SLUG}")
    assert f'<link rel="canonical" href="{partner}{story}">' in copy
    assert extracted_text(copy) == extracted_text(original)
    for pattern in [r'<p class="summary">(.*?)</p>', r'<span class="dateline">(.*?)</span>']:
        assert first(pattern, copy) == first(pattern, original)
    assert '<span class="source">Clash Report via Partner Daily</span>' in copy and "partner-masthead" in copy
    for href in related_hrefs(copy):
        assert href.startswith(fresh_site.base_url + "/") and href.endswith("?utm_source=partner&utm_campaign=related")
        assert fetch(href)[0] == 200


def test_partner_site_has_its_own_article_and_host_name(site):
    assert site.partner_url.startswith("http://localhost:")
    html = get(f"{site.partner_url}/story/{PARTNER_SLUG}")
    assert '<span class="source">Partner Daily</span>' in html and '<h1 class="headline">' in html


def test_robots_txt_disallows_private_pages_and_names_the_sitemap(site):
    assert get(site.base_url + "/robots.txt") == (
        f"User-agent: *\nDisallow: /private/\nSitemap: {site.base_url}/sitemap.xml\n")
    assert fetch(site.base_url + "/private/secret")[0] == 200


def test_hits_count_get_requests_per_site_and_path_without_query(fresh_site):
    fresh_site.reset_hits()
    fetch(fresh_site.base_url + "/rss.xml")
    fetch(fresh_site.base_url + "/rss.xml?x=1")
    fetch(fresh_site.partner_url + "/")
    assert fresh_site.hits() == Counter({("main", "/rss.xml"): 2, ("partner", "/"): 1})
    fresh_site.reset_hits()
    assert fresh_site.hits() == Counter()


def test_annual_report_is_served_as_pdf(site):
    assert 'href="/news/annual-report.pdf"' in get(site.base_url + "/archive")
    status, content_type, body = fetch(site.base_url + "/news/annual-report.pdf")
    assert (status, content_type) == (200, "application/pdf") and body.startswith(b"%PDF-")


def test_untitled_brief_has_a_body_but_no_headline(site):
    html = get(site.expected()["untitled_url"])
    assert 'class="headline"' not in html and "<title></title>" in html and "og:title" not in html
    assert len(body_blocks(html)) >= 2


@pytest.mark.parametrize("path", [
    "/nope", "/news/nope", "/category/sports", "/news/caracas-reacts-after-maduro-removal",
    "/live/us-forces-detain-maduro-caracas", "/news/us-forces-detain-maduro-caracas/x",
])
def test_unknown_paths_return_404_html(site, path):
    status, content_type, body = fetch(site.base_url + path)
    assert (status, content_type) == (404, "text/html; charset=utf-8") and b"Page not found" in body


def test_expected_ground_truth_describes_each_edition(site):
    first_edition, second_edition = site.expected(1), site.expected(2)
    assert list(first_edition["articles"]) == site.article_urls(1)
    assert len(second_edition["articles"]) == len(first_edition["articles"]) + 1
    assert first_edition["new_url"] is None and second_edition["new_url"].endswith(NEW_IN_EDITION_2_SLUG)
    assert first_edition["syndicated_url"] is None
    assert second_edition["syndicated_url"] in second_edition["partner_urls"]
    assert first_edition["edited_url"] == f"{site.base_url}/news/{EDITED_SLUG}"
    js = [first_edition["articles"][u] for u in first_edition["js_urls"]]
    assert len(js) >= 2 and any(a.listed for a in js) and any(a.mentions("Maduro") for a in js)
    assert all(u.startswith(site.base_url + "/live/") for u in first_edition["js_urls"])


def test_unknown_edition_is_refused():
    with pytest.raises(ValueError):
        DemoSite(edition=3)


def test_stop_is_idempotent_and_frees_the_port():
    demo = DemoSite().start()
    url = demo.base_url
    demo.stop()
    demo.stop()
    with pytest.raises(urllib.error.URLError):
        with OPENER.open(url + "/", timeout=2):
            pass


def test_module_entry_point_serves_until_interrupted():
    command = [sys.executable, "-m", "newswatch.demo.site", "--edition", "2"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        main_url = process.stdout.readline().split()[-1]
        partner_url = process.stdout.readline().split()[-1]
        assert partner_url.startswith("http://localhost:")
        assert f"/news/{NEW_IN_EDITION_2_SLUG}" in get(main_url + "/")
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)
    assert process.returncode == 0
