"""``newswatch alerts``: the alerts raised (list, show), rules tried before they go live, the dead letter.

``test`` and ``backtest`` deliver nothing, so rules load without checking their
channels. Exit codes as for ``newswatch`` (newswatch.cli.common): 2 invalid usage
(unknown rule or alert id), 3 Redis unreachable, 4 invalid rules file.
"""

import json
import sys

import click

from newswatch.cli import common as cli
from newswatch.shared.connection import connect, redact_url
from newswatch.shared.errors import ConfigError
from newswatch.shared.items import Article, RelatedLink
from newswatch.shared.redis_keys import RedisKeys
from workers.backtest import backtest, can_backtest, limitations
from workers.rules import load_rules

RULES_HELP = "Rules file (default: NEWSWATCH_RULES)."


@click.group()
def alerts():
    """Alerts raised and their delivery; alert rules tried on a text or on the stored articles."""


@alerts.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Show this many alerts.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of lines.")
def list_command(limit, redis_url, as_json):
    """Recent alerts, newest first.

    Each with its rule, severity, source, title, URL, story and how its delivery went on each channel.
    """
    from newswatch.alert_history import list_lines, recent_alerts  # noqa: PLC0415
    config = _config(redis_url)
    report = recent_alerts(connect(config.redis_url), config, limit)
    click.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json else "\n".join(list_lines(report)))


@alerts.command("show")
@click.argument("alert_id")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of lines.")
def show_command(alert_id, redis_url, as_json):
    """One alert, with the article version it fired on.

    Also its delivery per channel and, for an update, what changed since the version before.
    """
    from newswatch.alert_history import alert_detail, show_lines  # noqa: PLC0415
    config = _config(redis_url)
    detail = alert_detail(connect(config.redis_url), config, alert_id)
    if detail is None:
        raise click.BadParameter(f"no alert {alert_id!r} under prefix {config.keys.prefix!r} (expired, or a typo?); "
                                 "`newswatch alerts list` shows the recent ids", param_hint="ALERT_ID")
    if as_json:
        click.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    click.echo("\n".join(show_lines(detail)))
    for note in detail["notes"]:
        click.echo(f"note: {note}", err=True)


def _config(redis_url):
    from workers.config import load_config  # noqa: PLC0415 (keeps --help fast)
    config = load_config(cli.project_settings(NEWSWATCH_REDIS_URL=redis_url))
    cli.require_redis(config.redis_url)
    return config


@alerts.command("backtest")
@click.option("--rule", "rule_id", help="Backtest this rule only (an id from the rules file).")
@click.option("--rules", "rules_path", type=click.Path(exists=True, dir_okay=False), help=RULES_HELP)
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--limit", type=click.IntRange(min=1), help="Read at most this many stored articles.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of lines.")
def backtest_command(rule_id, rules_path, redis_url, limit, as_json):
    """Alerts the rules would raise on the stored articles.

    Each rule runs on the latest version of every article in Redis; nothing is sent.
    """
    settings = cli.project_settings(NEWSWATCH_REDIS_URL=redis_url, NEWSWATCH_RULES=rules_path)
    rules = _rules(settings.get("NEWSWATCH_RULES"), rule_id)
    notes = limitations(rules)
    if rule_id and not can_backtest(rules[0]):
        raise click.BadParameter(f"rule {rule_id!r} {notes[rule_id]}", param_hint="--rule")
    url, keys = settings.get("NEWSWATCH_REDIS_URL"), RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX"))
    cli.require_redis(url)
    connection = connect(url)
    hits = backtest(connection, keys, rules, limit)
    if as_json:
        click.echo(json.dumps({"alerts": hits, "count": len(hits), "notes": notes}, ensure_ascii=False, indent=2))
        return
    for hit in hits:
        click.echo(f"[{hit['severity'].upper()}] {hit['rule']}: {hit['title']} (v{hit['version']}) {hit['url']}"
                   f" - {', '.join(hit['terms'])}")
    for rule, note in notes.items():
        click.echo(f"note: rule {rule!r} {note}", err=True)
    if not hits and next(connection.scan_iter(match=keys.versions("*")), None) is None:
        click.echo(f"note: no stored article under prefix {keys.prefix!r} at {redact_url(url)}", err=True)
    click.echo(f"{len(hits)} would-be alert(s) from {len(rules)} rule(s)")


@alerts.command("test")
@click.option("--rule", "rule_id", help="Try this rule only (default: every rule).")
@click.option("--rules", "rules_path", type=click.Path(exists=True, dir_okay=False), help=RULES_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print {rule id: [terms matched]} as JSON.")
@click.argument("text")
def try_text(rule_id, rules_path, as_json, text):
    """Terms the rules find in TEXT.

    TEXT ("-": standard input) stands for every field a rule reads.
    """
    settings = cli.project_settings(NEWSWATCH_RULES=rules_path)
    rules = _rules(settings.get("NEWSWATCH_RULES"), rule_id)
    text = sys.stdin.read() if text == "-" else text
    article = Article(url="", site="", title=text, summary=text, body=[text], related=[RelatedLink("", text)])
    if as_json:
        click.echo(json.dumps({rule.id: list(rule.matches(article)) for rule in rules}, indent=2, ensure_ascii=False))
        return
    for rule in rules:
        terms = rule.matches(article)
        click.echo(f"{rule.id}: {', '.join(terms)}" if terms else f"{rule.id}: no match{_why_not(rule, article)}")


def _rules(path, rule_id):
    try:
        rules = load_rules(path, channels=None)
    except ConfigError as exc:
        cli.fail(str(exc), cli.EXIT_CONFIG)
    if rule_id is None:
        return rules
    chosen = [rule for rule in rules if rule.id == rule_id]
    if not chosen:
        known = ", ".join(rule.id for rule in rules) or "no rules"
        raise click.BadParameter(f"no rule {rule_id!r} in {path}; it defines: {known}", param_hint="--rule")
    return chosen


def _why_not(rule, article):
    found = rule.terms_in(article)
    vetoes = [term for term in rule.none_terms if term in found]
    missing = [term for term in rule.all_terms if term not in found]
    if vetoes:
        return f" (excluded by {', '.join(vetoes)})"
    if missing:
        return f" (all needs {', '.join(missing)} too)"
    return ""


@alerts.command("dead")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of lines.")
def dead_command(redis_url, as_json):
    """Alerts whose delivery ran out of retries (the dead letter)."""
    from workers.dead_letters import dead_alerts  # noqa: PLC0415
    config = _config(redis_url)
    entries = dead_alerts(connect(config.redis_url), config)
    if as_json:
        click.echo(json.dumps({"dead": entries, "count": len(entries)}, ensure_ascii=False, indent=2))
        return
    for entry in entries:
        alert = entry["alert"] or {}
        click.echo(f"{entry['job_id']}: {alert.get('title', '(digest)')} - {alert.get('last_error', '')}")
    click.echo(f"{len(entries)} dead-lettered alert deliveries")


@alerts.command("retry")
@click.argument("job_ids", nargs=-1)
@click.option("--all", "retry_all", is_flag=True, help="Retry every dead-lettered delivery.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def retry_command(job_ids, retry_all, redis_url):
    """Send dead-lettered alerts again (give their ids, or --all); a worker must be running."""
    from workers.dead_letters import retry_dead  # noqa: PLC0415
    if bool(job_ids) == retry_all:
        raise click.UsageError("give alert ids to retry, or --all")
    config = _config(redis_url)
    try:
        retried = retry_dead(connect(config.redis_url), config, None if retry_all else job_ids)
    except KeyError as exc:
        raise click.BadParameter(f"not dead-lettered: {exc.args[0]}; see `newswatch alerts dead`") from None
    click.echo(f"{len(retried)} alert deliveries queued again")


BY_HELP = "Who acts (default: $USER); recorded with the action."


def _who(by):
    import getpass  # noqa: PLC0415
    return by or getpass.getuser()


@alerts.command("ack")
@click.argument("alert_id")
@click.option("--by", help=BY_HELP)
@click.option("--note", default="", help="Why, or what was done.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def ack_command(alert_id, by, note, redis_url):
    """Acknowledge an alert: someone is on it (shown in the web view, `alerts list` and `status`)."""
    from workers.actions import ActionError, acknowledge  # noqa: PLC0415
    config = _config(redis_url)
    try:
        first = acknowledge(connect(config.redis_url), config.keys, alert_id, _who(by), note, config.dedup_ttl)
    except ActionError as exc:
        raise click.BadParameter(str(exc), param_hint="ALERT_ID") from None
    click.echo(f"{alert_id} acknowledged by {_who(by)}" if first else f"{alert_id} was already acknowledged")


@alerts.command("mute")
@click.argument("story_id")
@click.option("--for", "duration", required=True, help="How long: 90s, 30m, 2h, 1d (at most 30d).")
@click.option("--by", help=BY_HELP)
@click.option("--note", default="", help="Why.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def mute_command(story_id, duration, by, note, redis_url):
    """Mute a story: its alerts are recorded but sent to no channel until the mute ends."""
    _hold("mute_story", story_id, duration, by, note, redis_url)


@alerts.command("snooze")
@click.argument("rule_id")
@click.option("--for", "duration", required=True, help="How long: 90s, 30m, 2h, 1d (at most 30d).")
@click.option("--by", help=BY_HELP)
@click.option("--note", default="", help="Why.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def snooze_command(rule_id, duration, by, note, redis_url):
    """Snooze a rule: its alerts are recorded but sent to no channel until the snooze ends."""
    _hold("snooze_rule", rule_id, duration, by, note, redis_url)


@alerts.command("unmute")
@click.argument("story_id")
@click.option("--by", help=BY_HELP)
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def unmute_command(story_id, by, redis_url):
    """End a story's mute now."""
    from workers.actions import unmute_story  # noqa: PLC0415
    config = _config(redis_url)
    lifted = unmute_story(connect(config.redis_url), config.keys, story_id, _who(by))
    click.echo(f"{story_id} unmuted" if lifted else f"{story_id} was not muted")


@alerts.command("unsnooze")
@click.argument("rule_id")
@click.option("--by", help=BY_HELP)
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def unsnooze_command(rule_id, by, redis_url):
    """End a rule's snooze now."""
    from workers.actions import unsnooze_rule  # noqa: PLC0415
    config = _config(redis_url)
    lifted = unsnooze_rule(connect(config.redis_url), config.keys, rule_id, _who(by))
    click.echo(f"{rule_id} unsnoozed" if lifted else f"{rule_id} was not snoozed")


def _hold(action, subject, duration, by, note, redis_url):
    from workers import actions  # noqa: PLC0415
    try:
        seconds = actions.parse_duration(duration)
    except actions.ActionError as exc:
        raise click.BadParameter(str(exc), param_hint="--for") from None
    config = _config(redis_url)
    known = ({rule.id for rule in _rules(config.rules_path, None)},) if action == "snooze_rule" else ()
    try:
        entry = getattr(actions, action)(connect(config.redis_url), config.keys, subject, seconds, _who(by), note,
                                         *known)
    except actions.UnknownSubject as exc:
        raise click.BadParameter(f"{exc}; `newswatch alerts list` names each alert's rule and story",
                                 param_hint="RULE_ID" if known else "STORY_ID") from None
    click.echo(f"{subject}: {entry['action']}d by {entry['by']} until {entry['until']}")
