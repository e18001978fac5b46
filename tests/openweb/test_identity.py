"""Open-web identity, end to end, on worlds written by someone who never read the code.

Each world (tests/openweb/dev, tests/openweb/heldout) serves four outlets in different CMS
styles and languages, with AMP and print views, shortlinks, skip links, tracking parameters,
JS shells, reprints on a wire service, related blocks beside site-wide lists, and an answer
key. Each is crawled outlet by outlet, in two arrival orders (the originals' outlets first,
then the wire partner first), in edition 1, again unchanged in the first order (every
article due for a revisit), then in edition 2; the real spider, Redis, workers and a webhook. Each test states
one property of what came out, against the key. The dev world was used to tune the code;
the heldout world was run once, and two generic faults it showed were mended (a page linked
with and without its slash was two articles; the site's own spelling); heldout2 was written
afterwards, to report on.
"""

import pytest

from newswatch.demo.webhook_receiver import WebhookReceiver
from newswatch.shared.connection import connect
from tests.openweb import scoring
from tests.openweb.dev import World as DevWorld
from tests.openweb.harness import OpenWebRun
from tests.openweb.heldout import World as HeldoutWorld
from tests.openweb.heldout2 import World as Heldout2World

pytestmark = pytest.mark.integration
WORLDS = {"dev": DevWorld, "heldout": HeldoutWorld, "heldout2": Heldout2World}
ORDERS = ("originals first", "partner first")


# Held-out results that miss the bar, measured and kept visible: each such test must fail
# there (strict), so that a change that mends it is seen.
KNOWN_GAPS = {
    ("heldout2", "variants"): "courrier-estuaire: one article links another by Joomla's internal address "
                              "(index.php?option=com_content&view=article&id=131...), which no page announces: "
                              "fetched once per crawl before its canonical is known",
}


def known_gap(request, scenario, what):
    if (reason := KNOWN_GAPS.get((scenario["name"], what))) is not None:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


def outlet_order(world, order):
    partners = {name for name, info in world.key(1)["outlets"].items() if info["syndication_partner"]}
    outlets = sorted(world.outlets, key=lambda name: name in partners)
    return outlets if order == "originals first" else outlets[::-1]


@pytest.fixture(scope="module", params=list(WORLDS))
def scenario(request, redis_url, tmp_path_factory):
    """Both arrival orders of one world: {order: OpenWebRun}, and the world."""
    connection = connect(redis_url)
    runs = {}
    with WORLDS[request.param]() as world, WebhookReceiver() as webhook:
        for number, order in enumerate(ORDERS):
            run = OpenWebRun(world, connection, redis_url, webhook, tmp_path_factory.mktemp("openweb"),
                             f"{request.param}{number}")
            outlets = outlet_order(world, order)
            for edition, label in ((1, "first"), (1, "revisit"), (2, "second")):
                if label == "revisit" and number:
                    continue  # revisits are measured in the first order only
                for outlet in outlets:
                    run.crawl(outlet, edition, label, revisit_after=0)
            runs[order] = run
        yield {"name": request.param, "world": world, "runs": runs, "keys": {1: scoring.Key(world.key(1)), 2: scoring.Key(world.key(2))}}
    connection.close()


def crawls(scenario, label):
    return [(order, crawl) for order, run in scenario["runs"].items() for crawl in run.crawls if crawl.label == label]


def events(run, label):
    return [event for crawl in run.crawls if crawl.label == label for event in crawl.events]


def test_every_article_is_published_once_and_nothing_else_is(scenario):
    for order, run in scenario["runs"].items():
        for edition, key in scenario["keys"].items():
            counts, strays = scoring.first_sightings(
                [e for crawl in run.crawls if crawl.edition <= edition for e in crawl.events], key)
            assert strays == [], (order, edition)
            assert {url: counts[url] for url in key.articles if counts[url] != 1} == {}, (order, edition)


def test_a_full_crawl_spends_at_most_1_1_requests_per_article_page(scenario):
    for order, crawl in crawls(scenario, "first") + crawls(scenario, "second"):
        key = scenario["keys"][crawl.edition]
        fetching = scoring.fetching(crawl, key, scenario["world"].outlets[crawl.outlet])
        assert fetching.per_article <= 1.1, (order, crawl.outlet, crawl.edition, fetching)
        assert fetching.articles == len(key.of_outlet(crawl.outlet)), (order, crawl.outlet, crawl.edition)


def test_no_amp_print_shortlink_or_tracking_variant_is_ever_fetched(request, scenario):
    known_gap(request, scenario, "variants")
    for order, crawl in crawls(scenario, "first") + crawls(scenario, "revisit") + crawls(scenario, "second"):
        fetching = scoring.fetching(crawl, scenario["keys"][crawl.edition], scenario["world"].outlets[crawl.outlet])
        assert fetching.view_requests == [], (order, crawl.outlet, crawl.label)


def test_every_article_is_fetched_under_one_spelling(request, scenario):
    known_gap(request, scenario, "variants")
    for order, crawl in crawls(scenario, "first") + crawls(scenario, "revisit") + crawls(scenario, "second"):
        fetching = scoring.fetching(crawl, scenario["keys"][crawl.edition], scenario["world"].outlets[crawl.outlet])
        assert {article: urls for article, urls in fetching.spellings.items() if len(urls) > 1} == {}, \
            (order, crawl.outlet, crawl.label)


def test_on_the_tuned_world_not_even_the_other_trailing_slash_is_fetched(scenario):
    # Not so on every world: a link to the other spelling found before any canonical of its site (a rail
    # of slash-less links on a home page) is fetched instead of the canonical, once (crawler.spelling).
    if scenario["name"] != "dev":
        pytest.skip("asserted on the dev world only; figures for the others in docs/explanation/open-web-worlds.md")
    for order, crawl in crawls(scenario, "first") + crawls(scenario, "revisit") + crawls(scenario, "second"):
        fetching = scoring.fetching(crawl, scenario["keys"][crawl.edition], scenario["world"].outlets[crawl.outlet])
        assert fetching.variant_requests == [], (order, crawl.outlet, crawl.label)


def test_a_revisit_of_an_unchanged_site_is_answered_by_304s_wherever_the_server_can(scenario):
    scenario["world"].edition = 1
    validating = scoring.validating_articles(scenario["keys"][1])
    answered = total = 0
    for _, crawl in crawls(scenario, "revisit"):
        not_modified, eligible, _ = scoring.conditional_share(crawl, scenario["keys"][1],
                                                              scenario["world"].outlets[crawl.outlet], validating)
        answered, total = answered + not_modified, total + eligible
    assert total and answered / total >= 0.95, (answered, total)


def test_a_revisit_of_an_unchanged_site_publishes_nothing_and_alerts_nobody(scenario):
    for order, crawl in crawls(scenario, "revisit"):
        assert [e.event for e in crawl.events] == [], (order, crawl.outlet)
        assert crawl.alerts == [], (order, crawl.outlet)


def test_originals_are_right_whatever_the_arrival_order(scenario):
    key = scenario["keys"][2]
    finals = {order: scoring.originals(run.events(), key) for order, run in scenario["runs"].items()}
    for order, final in finals.items():
        wrong = {url: final.get(url) for url in key.articles if final.get(url) != key.original(url)}
        assert wrong == {}, order
    assert finals[ORDERS[0]] == finals[ORDERS[1]]


def test_the_second_edition_updates_exactly_the_articles_whose_substance_changed(scenario):
    key = scenario["keys"][2]
    for order, run in scenario["runs"].items():
        updated = scoring.updates(events(run, "second"), key)
        assert sorted(set(updated)) == sorted(key.raw["changes"]["updated"]), order
        assert len(updated) == len(set(updated)), order  # one update each


def test_alerts_are_exactly_the_keys_in_every_edition_and_order(scenario):
    for order, run in scenario["runs"].items():
        for label, key in (("first", scenario["keys"][1]), ("second", scenario["keys"][2])):
            received = [alert for crawl in run.crawls if crawl.label == label for alert in crawl.alerts]
            assert sorted(scoring.alerts(received, key)) == sorted(scoring.expected_alerts(key)), (order, label)


@pytest.mark.parametrize("edition, label", [(1, "first"), (2, "second")])
def test_related_edges_are_found_and_site_wide_lists_are_not_taken_for_them(scenario, edition, label):
    key = scenario["keys"][edition]
    for order, run in scenario["runs"].items():
        found = set().union(*(crawl.edges for crawl in run.crawls if crawl.label == label))
        score = scoring.related_edges(found, key, scenario["world"].outlets)
        assert score.precision >= 0.95, (order, score.false[:10])
        assert score.recall >= 0.9, (order, score.missed[:10])


def test_js_shells_are_rendered_and_their_article_is_the_body(scenario):
    key = scenario["keys"][1]
    shells = [article for article in key.raw["articles"] if article["needs_rendering"]]
    assert shells
    for order, run in scenario["runs"].items():
        published = {key.article(e.article["canonical_url"]): e.article for e in events(run, "first")
                     if e.event in ("new", "duplicate")}
        for shell in shells:
            body = " ".join(published[shell["url"]]["body"])
            assert all(sentence in body for sentence in shell["body_sentences"]), (order, shell["url"])
            assert published[shell["url"]]["rendered"], (order, shell["url"])
