"""The on-call web view, driven in real headless Chromium against a real Redis filled by real crawls of
the bundled site: open an alert from its chat link, log in, see why it matched and what changed, step
through versions, acknowledge, mute the story, and see the next crawl send nothing for it.

The tests run in file order on one world (tests/newswatch/web/conftest.py). Screenshots of each page go
to NEWSWATCH_SCREENSHOTS (default .newswatch/screenshots).
"""

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from crawler.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from newswatch.shared.settings import PROJECT_ROOT
from newswatch.status import collect_status
from tests.newswatch.web.conftest import RESPONDER_TOKEN, VIEWER_TOKEN

pytestmark = pytest.mark.integration
SCREENSHOTS = Path(os.environ.get("NEWSWATCH_SCREENSHOTS", PROJECT_ROOT / ".newswatch" / "screenshots"))


@pytest.fixture(scope="module")
def crawled(world):
    """Edition 1 crawled: the webhook messages it sent."""
    return world.crawl(1)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def responder(browser, world):
    """One browser session of on-call staff (cookies kept across the tests), in Berlin time."""
    context = browser.new_context(timezone_id="Europe/Berlin", locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def http(world, path, token=None, data=None, method=None):
    """(status, body) of a plain request to the web server, with a bearer token when given."""
    request = urllib.request.Request(world.server.url + path, data=data, method=method,
                                     headers={"Authorization": f"Bearer {token}"} if token else {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_nobody_reads_or_acts_without_logging_in(world, crawled):
    status, _ = http(world, "/alerts")
    assert status == 302  # to the login page
    assert http(world, "/api/alerts")[0] == 401
    assert http(world, "/api/alerts", token="not-a-token-of-anyone")[0] == 401
    assert http(world, "/api/alerts", token=RESPONDER_TOKEN)[0] == 200


def test_every_alert_message_links_to_its_page(world, crawled):
    links = world.links(crawled)
    assert crawled and len(links) == len(crawled)
    assert all(link.startswith(f"{world.server.url}/alerts/maduro-") for link in links)


def test_an_alert_opened_from_its_link_shows_why_it_matched_after_login(world, crawled, responder):
    link = world.links(crawled)[0]
    responder.goto(link)
    expect(responder.locator("h1")).to_have_text("Log in")
    shot(responder, "login")
    responder.fill("input[name=token]", RESPONDER_TOKEN)
    responder.click("button:has-text('Log in')")
    assert responder.url == link  # back where the chat link pointed
    marks = responder.locator("#why .evidence mark")
    expect(marks.first).to_be_visible()
    assert {text.casefold() for text in marks.all_inner_texts()} == {"maduro"}
    expect(responder.locator("#why")).to_contain_text("Rule maduro (Venezuela's president) found: Maduro")
    expect(responder.locator("#delivery")).to_contain_text("default#0")
    expect(responder.locator("#delivery")).to_contain_text("nw-maduro-")  # the idempotency key the channel saw
    fetched = responder.locator("#article dd time").last  # shown in the viewer's zone (Berlin here)
    assert fetched.get_attribute("datetime").endswith("+00:00") and "CET" in fetched.inner_text()
    shot(responder, "alert")


def test_the_alert_list_says_what_happened_and_filters(world, crawled, responder):
    responder.goto(f"{world.server.url}/alerts")
    rows = responder.locator("table.alerts tbody tr")
    assert rows.count() == len(crawled)
    expect(rows.filter(has_text="New article").first).to_be_visible()  # which alert is newest depends on arrival
    responder.select_option("select[name=status]", "sent")
    responder.click("button:has-text('Filter')")
    assert responder.locator("table.alerts tbody tr").count() == len(crawled)
    responder.select_option("select[name=status]", "failed")
    responder.click("button:has-text('Filter')")
    expect(responder.locator("table.alerts tbody")).to_contain_text("No alert matches these filters")
    responder.goto(f"{world.server.url}/alerts?q=pleads")
    assert responder.locator("table.alerts tbody tr a").count() == 0  # edition 2's article is not out yet
    responder.goto(f"{world.server.url}/alerts")
    shot(responder, "alerts")


@pytest.fixture(scope="module")
def updated(world, crawled):
    """Edition 2 crawled: an edited article (an UPDATED alert) and a new one."""
    return world.crawl(2)


def test_an_update_shows_what_changed_and_steps_through_versions(world, updated, responder):
    [update] = [m for m in updated if "UPDATED" in m["title"]]
    [link] = world.links([update])
    responder.goto(link)
    expect(responder.locator(".pinned h1")).to_be_visible()  # the headline stays at the top
    expect(responder.locator("#article")).to_contain_text("What changed since v1")
    shot(responder, "alert-update")
    responder.click("text=changes since I last looked")
    expect(responder.locator(".stepper")).to_contain_text("← v1")
    expect(responder.locator("table.side-by-side ins, table.side-by-side tr.added").first).to_be_visible()
    shot(responder, "article-history")
    responder.click("a[rel=prev]")
    expect(responder.locator(".kicker")).to_contain_text("version 1 of 1, 2")
    responder.click("a[rel=next]")
    expect(responder.locator(".kicker")).to_contain_text("version 2 of 1, 2")


def test_acknowledging_records_who_and_shows_in_status(world, updated, responder):
    [update] = [m for m in updated if "UPDATED" in m["title"]]
    responder.goto(world.links([update])[0])
    responder.fill("#main-ack-note, form[action$='/ack'] input[name=note]", "calling the Caracas desk")
    responder.click("button:has-text('Acknowledge')")
    expect(responder.locator(".actions")).to_contain_text("Acknowledged by ana")
    expect(responder.locator(".actions")).to_contain_text("calling the Caracas desk")
    assert collect_status(world.connection, world.config)["alerts"]["acknowledged"] == 1


def test_a_muted_story_gets_nothing_from_the_next_crawl(world, updated, responder):
    [update] = [m for m in updated if "UPDATED" in m["title"]]
    alert_id = world.links([update])[0].rsplit("/", 1)[1]
    story = world.connection.hget(world.config.keys.alert(alert_id), "story_id").decode()
    responder.goto(f"{world.server.url}/stories/{story}")
    expect(responder.locator("ol.timeline li").first).to_be_visible()
    shot(responder, "story")
    responder.select_option("form[action$='/mute'] select[name=for]", "4h")
    responder.fill("form[action$='/mute'] input[name=note]", "desk is on it")
    responder.click("button:has-text('Mute story')")
    expect(responder.locator(".actions")).to_contain_text("Muted by ana")

    again = world.crawl(1)  # the edited article reverts: an update on the muted story
    muted = [json.loads(raw) for raw in []]  # noqa: F841 (kept simple: read the alerts below)
    recorded = [world.connection.hgetall(world.config.keys.alert(ident.decode()))
                for ident in world.connection.lrange(world.config.keys.alert_log, 0, 5)]
    on_story = [a for a in recorded if a.get(b"story_id", b"").decode() == story and a[b"version"] == b"3"]
    assert on_story and all(a[b"status"] == b"muted" for a in on_story)
    assert not [m for m in again if story_title(world, story) in m["message"]], "a muted story's alert was sent"
    assert "muted story" in " ".join(
        f"{h['action']}d story {h.get('story')}" for h in collect_status(world.connection, world.config)["holds"])


def story_title(world, story):
    return world.connection.hget(world.config.keys.story(story), "title").decode()


def test_a_viewer_reads_but_cannot_act(world, updated, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{world.server.url}/login")
    page.fill("input[name=token]", VIEWER_TOKEN)
    page.click("button:has-text('Log in')")
    page.goto(world.links(updated)[0])
    expect(page.locator("#why")).to_be_visible()
    assert page.locator("button:has-text('Acknowledge')").count() == 0
    context.close()
    alert_id = world.links(updated)[0].rsplit("/", 1)[1]
    assert http(world, f"/api/alerts/{alert_id}/ack", token=VIEWER_TOKEN, data=b"{}", method="POST")[0] == 403


def test_a_form_without_its_csrf_token_is_refused(world, updated):
    alert_id = world.links(updated)[0].rsplit("/", 1)[1]
    login_status, _ = http(world, "/login", data=b"token=" + RESPONDER_TOKEN.encode(), method="POST")
    assert login_status == 400  # no CSRF token: refused before the token is even read
    assert world.connection.hget(world.config.keys.alert(alert_id), "acked_by") is None


def test_the_json_api_gives_the_same_alert_with_its_evidence(world, updated):
    alert_id = world.links(updated)[0].rsplit("/", 1)[1]
    status, body = http(world, f"/api/alerts/{alert_id}", token=RESPONDER_TOKEN)
    document = json.loads(body)
    assert status == 200 and document["alert"]["id"] == alert_id
    assert document["evidence"] and all(hit["spans"] for hit in document["evidence"])
    status, body = http(world, "/api/alerts?rule=maduro&limit=2", token=RESPONDER_TOKEN)
    assert status == 200 and len(json.loads(body)["alerts"]) == 2


def test_no_page_shows_a_secret(world, updated, responder):
    for path in ("/alerts", world.links(updated)[0].replace(world.server.url, "")):
        responder.goto(world.server.url + path)
        html = responder.content()
        assert world.webhook.apprise_url.split("://", 1)[1] not in html
        assert RESPONDER_TOKEN not in html and VIEWER_TOKEN not in html


def test_paging_through_alerts_made_in_one_millisecond_skips_and_repeats_none(world, updated):
    from newswatch.web.reads import alert_list
    keys = world.config.keys.__class__("nwwebpaging")
    for n in range(7):  # one article, seven rules: one millisecond
        world.connection.zadd(keys.alert_index, {f"rule{n}-a1-v1": 1_700_000_000_000})
        world.connection.hset(keys.alert(f"rule{n}-a1-v1"), mapping={"id": f"rule{n}-a1-v1", "rule": f"rule{n}",
                                                                      "title": "t", "status": "sent"})
    seen, cursor = [], None
    for _ in range(5):
        rows, cursor, _ = alert_list(world.connection, keys, {}, cursor, limit=3)
        seen += [row["id"] for row in rows]
        if cursor is None:
            break
    assert sorted(seen) == sorted(f"rule{n}-a1-v1" for n in range(7)) and len(seen) == 7
    for key in world.connection.scan_iter(match="nwwebpaging:*"):
        world.connection.delete(key)
