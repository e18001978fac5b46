"""Hostile headlines reach every kind of alert channel as literal text: no live link, HTML, formatting or
mention, and never too long to be delivered. Each channel is a real Apprise plugin posting to a local
endpoint; Discord and Slack, whose addresses are fixed, have their endpoint pointed at loopback."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from apprise.plugins.discord import NotifyDiscord
from apprise.plugins.slack import NotifySlack

from workers.alerts import MAX_HEADLINE, alert_text
from workers.delivery import send
from workers.markup import ZERO_WIDTH_SPACE, escape_for

HOSTILE = ("Maduro: [urgent](http://evil.example) <script>alert(1)</script> <b>bold</b> @channel @here @everyone "
           "<!everyone> <!channel> <@U024BE7LH> `rm -rf` *now* _it_ ~~gone~~ AT&T")
MENTIONS = ("@channel", "@here", "@everyone")


class Receiver:
    """Takes every POST on 127.0.0.1 and keeps its raw body; answers what each service expects."""

    def __init__(self):
        self.bodies = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                receiver.bodies.append(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
                answer = b"ok" if self.path.startswith("/services/") else b'{"ok": true, "success": true, "id": "1"}'
                self.send_response(200)
                self.send_header("Content-Type", "text/plain" if answer == b"ok" else "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(monkeypatch):
    local = Receiver()
    monkeypatch.setattr(NotifyDiscord, "notify_url", f"http://{local.host}/api/webhooks")
    monkeypatch.setattr(NotifySlack, "webhook_url", f"http://{local.host}/services")
    yield local
    local.close()


def hostile_alert(title=HOSTILE):
    return {"event": "new", "severity": "high", "rule": "maduro", "title": title, "story_title": "", "story_size": 1,
            "terms": ["maduro"], "source": "x", "published_at": "", "url": "http://x.test/news/h", "changes": ""}


def deliver(receiver, url, title=HOSTILE):
    """What the service at ``url`` received for an alert on ``title``, as one text."""
    heading, body = alert_text(hostile_alert(title))
    delivered, failed, _ = send({"default": [url]}, ["default"], [], heading, body)
    assert delivered == ["default#0"] and not failed
    [received] = receiver.bodies
    return received


LINKS_HTML_MENTIONS = ["<script>", "<b>", "<!everyone>", "<!channel>", "<@U024BE7LH>", *MENTIONS]
MARKDOWN = ["[urgent](http", "`rm -rf`", "*now*", "_it_", "~~gone~~"]
CHANNELS = {  # kind: (Apprise URL on the local endpoint, what must not arrive live)
    "mattermost": ("mmost://{host}/abcdefghijklmnopqrstuvwxyz", LINKS_HTML_MENTIONS + MARKDOWN),
    "discord": ("discord://1234567890/abcdefghijklmnop", LINKS_HTML_MENTIONS + MARKDOWN),
    "rocket.chat": ("rocket://hook/token@{host}/", LINKS_HTML_MENTIONS + MARKDOWN),
    # Slack renders no Markdown link and, in the plain text Apprise sends, no formatting: <...> is its markup.
    "slack": ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7", LINKS_HTML_MENTIONS + ["<http"]),
    "slack blocks": ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7?blocks=yes",
                     LINKS_HTML_MENTIONS + ["<http"]),
    "json as html": ("json://{host}/alerts?format=html", ["<script>", "<b>"]),
    "xml": ("xml://{host}/alerts", ["<script>", "<b>"]),
}


def strings(value):
    """Every string inside a JSON document, one a line."""
    if isinstance(value, dict):
        return "\n".join(strings(item) for item in value.values())
    if isinstance(value, list):
        return "\n".join(strings(item) for item in value)
    return value if isinstance(value, str) else ""


@pytest.mark.parametrize("kind", sorted(CHANNELS))
def test_a_hostile_headline_arrives_with_nothing_live(receiver, kind):
    url, live = CHANNELS[kind]
    received = deliver(receiver, url.format(host=receiver.host))
    text = received if kind == "xml" else strings(json.loads(received))
    if kind == "json as html":  # the body is HTML; the title stays data, as in plain json
        text = json.loads(received)["message"]
    for markup in live:
        assert markup not in text, f"{kind} got {markup!r} live: {text[:600]}"
    assert "urgent" in text and "evil" in text and "everyone" in text  # the words are all there, as text


def test_slack_gets_plain_text_not_mrkdwn(receiver):
    assert json.loads(deliver(receiver, CHANNELS["slack"][0]))["mrkdwn"] is False
    receiver.bodies.clear()
    blocks = json.loads(deliver(receiver, CHANNELS["slack blocks"][0]))["attachments"][0]["blocks"]
    assert {block["text"]["type"] for block in blocks if "text" in block} == {"plain_text"}


@pytest.mark.parametrize("kind", ["slack", "slack blocks", "rocket.chat"])
def test_services_apprise_escapes_get_the_text_escaped_once(receiver, kind):
    text = deliver(receiver, CHANNELS[kind][0].format(host=receiver.host))
    assert "&amp;lt;" not in text and "\\\\\\\\" not in text  # no entity or backslash escaped twice
    if kind.startswith("slack"):
        assert "AT&amp;T" in text and "&lt;!channel&gt;" in text


@pytest.mark.parametrize(("url", "decode"), [
    ("json://{host}/alerts", lambda body: json.loads(body)["title"]),
    ("form://{host}/alerts", lambda body: parse_qs(body)["title"][0]),
])
def test_data_channels_carry_the_headline_exactly_for_their_receiver_to_escape(receiver, url, decode):
    assert decode(deliver(receiver, url.format(host=receiver.host))).endswith(f"NEW - {HOSTILE}")


def test_a_megabyte_headline_is_cut_so_the_alert_is_still_delivered_with_its_link(receiver):
    text = json.loads(deliver(receiver, CHANNELS["discord"][0], title="Maduro " + "A" * 1_000_000))["content"]
    assert len(text) < NotifyDiscord.body_maxlen  # Discord refuses longer messages
    assert "A" * (MAX_HEADLINE - 10) in text and "…" in text and "Link: http://x\\.test/news/h" in text


@pytest.mark.parametrize(("url", "escaped"), [
    ("json://127.0.0.1/a", HOSTILE), ("form://127.0.0.1/a", HOSTILE), ("mailto://u:p@127.0.0.1", HOSTILE),
    ("tgram://123456789:abcdefg_hijklmnopqrstuvwxyz12345/123", HOSTILE),  # Apprise sends it as escaped HTML
])
def test_channels_that_need_nothing_get_the_text_unchanged(url, escaped):
    assert escape_for(url, HOSTILE) == escaped


@pytest.mark.parametrize("scheme", ["mmost", "discord", "zulip", "matrix", "msteams", "slack", "rocket"])
def test_every_mention_on_a_chat_service_is_broken(scheme):
    text = escape_for(f"{scheme}://host/token", "@channel @here @everyone @all @room <@U1> @**all**")
    assert "@" not in text.replace("@" + ZERO_WIDTH_SPACE, "")
