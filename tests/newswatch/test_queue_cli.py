"""``newswatch queue``: peek at the article and alert queues, requeue failed jobs, purge; run as an operator would."""

import json
import os
import pty
import subprocess

import pytest

from newswatch.demo.redis_server import free_port
from newswatch.shared.items import Article
from workers.alerts import decode_alert

BODY = "Nicolás Maduro refused the exile offer, a paragraph the queue must never print."


def article(n, title="Maduro's exile offer"):
    url = f"http://x.test/news/exile-{n}"
    return Article(url=url, canonical_url=url, site="clashwire", title=title, body=[BODY, f"Paragraph {n}."])


MALFORMED = {"schema_version": 1, "url": "http://x.test/news/broken"}  # no site, title or body


def as_json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def failed_article_job(operator):
    """A batch job that fails for real: its message lacks the article's fields."""
    job = operator.enqueue_articles(MALFORMED)
    operator.work()
    return job.id


def test_peek_shows_the_next_jobs_with_their_articles_site_and_url_but_not_their_bodies(operator):
    first = operator.enqueue_articles(*(article(n).to_message() for n in range(4)))
    second = operator.enqueue_articles(article(9).to_message())
    result = operator.run("queue", "peek", "--queue", "articles", "--json")
    [report] = as_json(result)["queues"]
    assert (report["queue"], report["registry"], report["count"]) == (operator.config.article_queue, "queued", 2)
    assert [job["id"] for job in report["jobs"]] == [first.id, second.id]
    assert report["jobs"][0]["function"] == "workers.jobs.process_articles"
    assert report["jobs"][0]["summary"] == ("4 article(s): clashwire http://x.test/news/exile-0; "
                                            "clashwire http://x.test/news/exile-1; "
                                            "clashwire http://x.test/news/exile-2 (+1 more)")
    assert report["jobs"][0]["enqueued_at"].startswith(first.enqueued_at.date().isoformat())
    assert "never print" not in result.stdout


def test_peek_limits_the_jobs_shown_but_counts_them_all(operator):
    for n in range(3):
        operator.enqueue_articles(article(n).to_message())
    [report] = as_json(operator.run("queue", "peek", "--queue", "articles", "--limit", "2", "--json"))["queues"]
    assert (report["count"], len(report["jobs"])) == (3, 2)


def test_peek_without_a_queue_shows_both_configured_queues_as_text(operator):
    operator.enqueue_articles(article(1).to_message())
    result = operator.run("queue", "peek")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"queue {operator.config.article_queue}: 1 job(s) queued, first 1:"
    assert "workers.jobs.process_articles" in lines[1] and "clashwire http://x.test/news/exile-1" in lines[1]
    assert lines[2] == f"queue {operator.config.alert_queue}: 0 job(s) queued"


def test_peek_failed_gives_the_last_line_of_each_failed_jobs_error(operator):
    job_id = failed_article_job(operator)
    [report] = as_json(operator.run("queue", "peek", "--queue", "articles", "--failed", "--json"))["queues"]
    [job] = report["jobs"]
    assert (report["registry"], report["count"], job["id"]) == ("failed", 1, job_id)
    assert job["error"] == "newswatch.shared.errors.MessageError: 1 of 1 article message(s) refused: #0: article message lacks body, site, title"
    assert job["summary"] == "1 article(s): ? http://x.test/news/broken"
    assert job["ended_at"]


@pytest.mark.parametrize("command", [["peek"], ["requeue-failed"], ["purge", "--yes"], ["purge"]])
def test_an_unknown_queue_is_refused_with_the_configured_ones(operator, command):
    result = operator.run("queue", *command, "--queue", "nosuchqueue")
    assert result.returncode == 2
    assert (f"unknown queue 'nosuchqueue'; known queues: {operator.config.article_queue}, "
            f"{operator.config.alert_queue}") in result.stderr


@pytest.mark.parametrize("command", [["peek"], ["requeue-failed"], ["purge", "--queue", "articles", "--yes"]])
def test_with_redis_unreachable_the_commands_exit_3_without_printing_the_password(operator, command):
    url = f"redis://operator:s3cret-pass@127.0.0.1:{free_port()}/0"
    result = operator.run("queue", *command, "--redis-url", url)
    assert result.returncode == 3
    assert "cannot reach Redis at redis://operator:***@127.0.0.1:" in result.stderr
    assert "s3cret-pass" not in result.stdout + result.stderr


def test_a_queue_can_be_named_by_its_configured_name_too(operator):
    operator.enqueue_articles(article(1).to_message())
    [report] = as_json(operator.run("queue", "peek", "--queue", operator.config.article_queue, "--json"))["queues"]
    assert report["count"] == 1


def test_requeue_failed_puts_a_failed_article_job_back_on_its_queue(operator):
    job_id = failed_article_job(operator)
    document = as_json(operator.run("queue", "requeue-failed", "--queue", "articles", "--json"))
    assert document == {"requeued": {operator.config.article_queue: [job_id]}, "count": 1}
    assert operator.queue(operator.config.article_queue).get_job_ids() == [job_id]
    [report] = as_json(operator.run("queue", "peek", "--queue", "articles", "--failed", "--json"))["queues"]
    assert report["count"] == 0


def test_requeue_failed_sends_a_dead_lettered_alert_once_the_channel_is_mended(operator, webhook):
    webhook.fail_with = 500
    operator.enqueue_articles(article(1).to_message())
    operator.work()
    [report] = as_json(operator.run("queue", "peek", "--queue", "alerts", "--failed", "--json"))["queues"]
    [job] = report["jobs"]
    alert_id = operator.config.keys.alert_of_delivery_job(job["id"])
    assert job["summary"] == f"alert {alert_id}"
    assert job["error"] == "workers.delivery.DeliveryFailed: channel(s) failed: default#0"

    webhook.fail_with = None
    result = operator.run("queue", "requeue-failed")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [f"queue {operator.config.article_queue}: 0 failed job(s) requeued",
                                          f"queue {operator.config.alert_queue}: 1 failed job(s) requeued"]
    alert = decode_alert(operator.connection.hgetall(operator.config.keys.alert(alert_id)))
    assert alert["status"] == "retrying"
    operator.work()
    assert len(webhook.received) == 1
    assert decode_alert(operator.connection.hgetall(operator.config.keys.alert(alert_id)))["status"] == "sent"


def test_requeue_failed_of_given_jobs_leaves_the_others_failed(operator):
    first, second = failed_article_job(operator), failed_article_job(operator)
    document = as_json(operator.run("queue", "requeue-failed", "--job", second, "--json"))
    assert document["requeued"][operator.config.article_queue] == [second] and document["count"] == 1
    [report] = as_json(operator.run("queue", "peek", "--failed", "--queue", "articles", "--json"))["queues"]
    assert [job["id"] for job in report["jobs"]] == [first]


def test_requeue_failed_of_an_unknown_job_changes_nothing_and_says_how_to_list_them(operator):
    job_id = failed_article_job(operator)
    result = operator.run("queue", "requeue-failed", "--job", job_id, "--job", "no-such-job")
    assert result.returncode == 2
    assert "not a failed job of" in result.stderr and "no-such-job" in result.stderr
    assert "newswatch queue peek --failed" in result.stderr
    assert operator.queue(operator.config.article_queue).count == 0


def test_purge_with_yes_empties_the_queue(operator):
    for n in range(3):
        operator.enqueue_articles(article(n).to_message())
    result = operator.run("queue", "purge", "--queue", "articles", "--yes")
    assert (result.returncode, result.stdout) == (0, f"3 job(s) queued on {operator.config.article_queue} deleted\n")
    assert operator.queue(operator.config.article_queue).count == 0


def test_purged_articles_are_fetched_in_full_next_time_not_answered_304(operator, redis_conn):
    from crawler.frontier.conditional import Validators, ValidatorStore  # noqa: PLC0415
    store = ValidatorStore(redis_conn, operator.config.keys, buckets=65536, ttl=60)
    for n in range(2):
        store.put(article(n).url, Validators(etag=b'W/"v1"'))
        operator.enqueue_articles(article(n).to_message())
    store.put("http://x.test/news/kept", Validators(etag=b'W/"v1"'))
    assert operator.run("queue", "purge", "--queue", "articles", "--yes").returncode == 0
    assert [store.get(article(n).url) for n in range(2)] == [None, None]
    assert store.get("http://x.test/news/kept") is not None


def test_purge_failed_with_yes_empties_the_failed_registry_only(operator):
    failed_article_job(operator)
    waiting = operator.enqueue_articles(article(1).to_message())
    result = operator.run("queue", "purge", "--queue", "articles", "--failed", "--yes")
    assert result.stdout == f"1 failed job(s) of queue {operator.config.article_queue} deleted\n"
    [report] = as_json(operator.run("queue", "peek", "--queue", "articles", "--failed", "--json"))["queues"]
    assert report["count"] == 0
    assert operator.queue(operator.config.article_queue).get_job_ids() == [waiting.id]


def test_purge_off_a_terminal_without_yes_is_refused_and_deletes_nothing(operator):
    operator.enqueue_articles(article(1).to_message())
    result = operator.run("queue", "purge", "--queue", "articles")
    assert result.returncode == 2
    assert "pass --yes" in result.stderr
    assert operator.queue(operator.config.article_queue).count == 1


def test_purge_needs_a_queue(operator):
    result = operator.run("queue", "purge", "--yes")
    assert result.returncode == 2 and "Missing option '--queue'" in result.stderr


def run_on_a_terminal(operator, answer, *args):
    """``newswatch ARGS`` with a pseudo-terminal as standard input, typing ``answer`` at the prompt."""
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(operator.argv(*args), stdin=terminal,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=operator.env)
        os.close(terminal)
        terminal = None
        os.write(controller, answer.encode() + b"\n")
        stdout, stderr = process.communicate(timeout=60)
    finally:
        os.close(controller)
        if terminal is not None:
            os.close(terminal)
    return process.returncode, stdout, stderr


def test_purge_on_a_terminal_asks_first_and_purges_on_yes(operator):
    operator.enqueue_articles(article(1).to_message())
    code, stdout, stderr = run_on_a_terminal(operator, "y", "queue", "purge", "--queue", "articles")
    assert f"Delete 1 job(s) queued on {operator.config.article_queue}? This cannot be undone" in stderr
    assert (code, stdout.strip()) == (0, f"1 job(s) queued on {operator.config.article_queue} deleted")
    assert operator.queue(operator.config.article_queue).count == 0


def test_purge_on_a_terminal_answered_no_deletes_nothing_and_exits_1(operator):
    operator.enqueue_articles(article(1).to_message())
    code, stdout, stderr = run_on_a_terminal(operator, "n", "queue", "purge", "--queue", "articles")
    assert code == 1 and "Aborted!" in stderr and "deleted" not in stdout
    assert operator.queue(operator.config.article_queue).count == 1
