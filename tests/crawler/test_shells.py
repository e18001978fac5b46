"""JS shells are told from server-rendered pages by what their static HTML holds."""

import json

import pytest
from scrapy.http import HtmlResponse

from crawler.extraction.shells import is_shell

PROSE = ("Officials in Caracas said on Tuesday that talks over the transition would resume next week, "
         "as lawyers prepared filings in New York and the oil ministry revised its output figures.")
CHROME = "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><aside><h3>Most read</h3><ul>" + \
         "".join(f"<li><a href='/n/{n}'>A headline about something else {n}</a></li>" for n in range(8)) + \
         "</ul></aside><footer>© Outlet</footer>"


def page(body, head=""):
    html = f"<html><head><title>T</title>{head}</head><body>{CHROME}{body}</body></html>"
    return HtmlResponse("http://x.test/news/a", body=html.encode(), encoding="utf-8")


STATE = json.dumps({"article": {"title": "Talks resume", "body": [PROSE, PROSE.upper(), PROSE[::-1]]}})


@pytest.mark.parametrize("body", [
    f'<main id="root"><div class="spinner">Loading…</div></main><script id="__NEXT_DATA__" '
    f'type="application/json">{STATE}</script>',
    f"<div id='app'></div><script>window.__STATE__ = {STATE};</script>",
    "<main><div class='skeleton-article'></div></main>",
    f"<article id='story'></article><script>document.getElementById('story').innerHTML = "
    f"'<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>';</script>",
])
def test_a_page_whose_article_is_in_a_script_or_behind_a_placeholder_is_a_shell(body):
    assert is_shell(page(body))


@pytest.mark.parametrize("body", [
    f"<article><h1>Talks resume</h1><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article>",
    # server-rendered and hydrated: the same text in the page and in its state blob
    f"<article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article><script id='__NEXT_DATA__' "
    f"type='application/json'>{STATE}</script>",
    # a lazy-loading widget beside a rendered article
    f"<article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article><div class='comments loading'></div>",
])
def test_a_server_rendered_page_is_not_a_shell(body):
    assert not is_shell(page(body))


def test_a_brief_whose_text_is_also_in_json_ld_metadata_is_not_a_shell():
    ld = json.dumps({"@type": "NewsArticle", "description": PROSE, "articleBody": PROSE * 3})
    body = f"<article><p>{PROSE}</p></article>"
    assert not is_shell(page(body, head=f"<script type='application/ld+json'>{ld}</script>"))


@pytest.mark.integration
def test_a_shell_on_a_site_that_renders_nothing_is_dropped_as_needs_rendering_and_shown_by_status(
        redis_url, redis_conn, webhook, tmp_path):
    from newswatch.status import collect_status  # noqa: PLC0415
    from tests.openweb import scoring  # noqa: PLC0415
    from tests.openweb.dev import World  # noqa: PLC0415
    from tests.openweb.harness import OpenWebRun  # noqa: PLC0415
    with World() as world:
        world.seeds = lambda seeds=world.seeds(): seeds.replace('name = "barrelgrid"',
                                                                'name = "barrelgrid"\nrender = "http"')
        run = OpenWebRun(world, redis_conn, redis_url, webhook, tmp_path, "shells")
        crawl = run.crawl("barrelgrid", 1)
        key = scoring.Key(world.key(1))
    shells = [a["url"] for a in key.raw["articles"] if a["outlet"] == "barrelgrid" and a["needs_rendering"]]
    published = {key.article(e.article["canonical_url"]) for e in crawl.events}
    assert shells and not set(shells) & published
    assert len(published) == len(key.of_outlet("barrelgrid")) - len(shells)
    assert int(crawl.stats["newswatch/dropped/needs_rendering"]) == len(shells)
    status = collect_status(redis_conn, run.config)
    [shown] = [c for c in status["crawls"] if c["id"] == crawl.crawl_id]
    assert shown["reasons"]["dropped"] == {"needs_rendering": len(shells)}
