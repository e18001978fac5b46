"""``newswatch status`` on alert delivery: which channel is failing, why and since when, never its URL."""

import json

from newswatch.shared.items import Article

MADURO = Article(url="http://x.test/news/exile", canonical_url="http://x.test/news/exile", site="clashwire",
                 title="Maduro's exile offer", body=["Nicolás Maduro refused the exile offer."])


def failing_lines(text):
    return [line for line in text.splitlines() if "failing" in line]


def test_status_names_the_failing_channel_and_why_but_never_its_url(operator, webhook):
    webhook.fail_with = 500
    operator.enqueue_articles(MADURO.to_message())
    operator.work()  # retries run out: the alert is dead-lettered
    text, document = operator.run("status"), operator.run("status", "--json")
    assert text.returncode == 0 and document.returncode == 0, text.stderr + document.stderr
    assert "alerts (recent): 1 recent, 1 failed" in text.stdout
    [line] = failing_lines(text.stdout)
    assert line.startswith("  channel default#0 failing: HTTP 500 since ")
    failing = json.loads(document.stdout)["alert_channels_failing"]
    assert list(failing) == ["default#0"] and failing["default#0"]["error"] == "HTTP 500"
    assert failing["default#0"]["since"] <= failing["default#0"]["last"]
    address = webhook.apprise_url.split("/")[2]
    assert address not in text.stdout + text.stderr + document.stdout + document.stderr


def test_status_stops_naming_a_channel_once_it_takes_an_alert(operator, webhook):
    webhook.fail_with = 500
    operator.enqueue_articles(MADURO.to_message())
    operator.work()
    webhook.fail_with = None
    assert operator.run("queue", "requeue-failed").returncode == 0
    operator.work()
    assert len(webhook.received) == 1
    assert failing_lines(operator.run("status").stdout) == []
    assert json.loads(operator.run("status", "--json").stdout)["alert_channels_failing"] == {}
