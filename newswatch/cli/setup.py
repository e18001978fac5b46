"""``newswatch init`` and ``newswatch install-units``: a configuration and systemd units for an installed newswatch.

Both write only what is not there yet, so running them again never overwrites an operator's edits.
"""

import sys
from pathlib import Path

import click

from newswatch.cli.common import EXIT_FAILED, fail

PACKAGE = Path(__file__).resolve().parents[1]  # newswatch/, where deploy/ is shipped
ENV_EXAMPLE = PACKAGE / "deploy" / "newswatch.env.example"
UNITS = PACKAGE / "deploy" / "systemd"
# What the units in deploy/systemd assume; install-units puts the real paths in their place.
UNIT_COMMAND, UNIT_ENV_FILE = "/opt/newswatch/bin/newswatch", "/etc/newswatch/newswatch.env"


@click.command()
@click.argument("directory", default="/etc/newswatch", type=click.Path(file_okay=False))
@click.option("--alert-url", help="Apprise URL of your chat (NEWSWATCH_ALERT_URLS), e.g. slack://... or tgram://...")
@click.option("--redis-url", help="NEWSWATCH_REDIS_URL (default: Redis on 127.0.0.1:6379).")
@click.option("--key-prefix", help="NEWSWATCH_KEY_PREFIX: this deployment's keys and queues in a shared Redis.")
def init(directory, alert_url, redis_url, key_prefix):
    """Write a configuration to start from in DIRECTORY: newswatch.env, seeds.toml (one site), rules.toml (one rule).

    Point the commands at it with NEWSWATCH_ENV_FILE=DIRECTORY/newswatch.env (systemd units and compose read
    the same file). Existing files are left as they are.
    """
    home = Path(directory).resolve()
    home.mkdir(parents=True, exist_ok=True)
    env = ENV_EXAMPLE.read_text(encoding="utf-8")
    env = _set(env, "NEWSWATCH_SEEDS", str(home / "seeds.toml"))
    env = _set(env, "NEWSWATCH_RULES", str(home / "rules.toml"))
    if alert_url:
        env = _set(env, "NEWSWATCH_ALERT_URLS", alert_url)
    if redis_url:
        env = _set(env, "NEWSWATCH_REDIS_URL", redis_url)
    if key_prefix:
        env = _set(env, "NEWSWATCH_KEY_PREFIX", key_prefix)
    _write(home / "newswatch.env", env, mode=0o600)  # secrets: the owner alone reads it
    _write(home / "seeds.toml", (PACKAGE / "seeds" / "first-site.toml").read_text(encoding="utf-8"))
    _write(home / "rules.toml", (PACKAGE / "seeds" / "first-rules.toml").read_text(encoding="utf-8"))
    click.echo(f"next: edit {home / 'seeds.toml'} (your site) and {home / 'rules.toml'} (your words), then\n"
               f"  export NEWSWATCH_ENV_FILE={home / 'newswatch.env'}\n"
               f"  newswatch crawl && newswatch worker --burst")


@click.command("install-units")
@click.option("--env-file", default=UNIT_ENV_FILE, show_default=True, type=click.Path(dir_okay=False),
              help="The settings file the services read.")
@click.option("--directory", default="/etc/systemd/system", show_default=True, type=click.Path(file_okay=False),
              help="Where systemd reads units.")
def install_units(env_file, directory):
    """Write the systemd units of deploy/systemd, set to run this installation's newswatch."""
    command = Path(sys.executable).with_name("newswatch")
    if not command.exists():
        fail(f"no newswatch command beside {sys.executable}: run install-units with the venv's own newswatch",
             EXIT_FAILED)
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    for unit in sorted(UNITS.glob("*.service")):
        text = unit.read_text(encoding="utf-8").replace(UNIT_COMMAND, str(command))
        _write(target / unit.name, text.replace(UNIT_ENV_FILE, str(Path(env_file).resolve())), mode=0o644)
    click.echo("next: systemctl daemon-reload && systemctl enable --now newswatch-worker@1 newswatch-worker@2 "
               "newswatch-alert-worker newswatch-monitor newswatch-metrics")


def _set(env_text, name, value):
    """The env file's line for ``name`` set to ``value``."""
    lines = [f"{name}={value}" if line.startswith(f"{name}=") else line for line in env_text.splitlines()]
    return "\n".join(lines) + "\n"


def _write(path, text, mode=0o644):
    if path.exists():
        click.echo(f"kept {path} (already there)")
        return
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    click.echo(f"wrote {path}")


