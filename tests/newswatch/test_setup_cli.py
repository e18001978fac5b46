"""`newswatch init` and `install-units` from the package as it is here (the walkthrough runs them from a wheel):
the files they copy are found wherever the package sits."""

import sys

from click.testing import CliRunner

from newswatch.cli.main import main


def test_init_writes_the_env_file_seeds_and_rules(tmp_path):
    result = CliRunner().invoke(main, ["init", str(tmp_path / "etc"), "--alert-url", "json://127.0.0.1:1/hook",
                                       "--key-prefix", "nwinit"])
    assert result.exit_code == 0, result.output
    env = (tmp_path / "etc" / "newswatch.env").read_text()
    assert "NEWSWATCH_ALERT_URLS=json://127.0.0.1:1/hook" in env and "NEWSWATCH_KEY_PREFIX=nwinit" in env
    assert f"NEWSWATCH_SEEDS={tmp_path / 'etc' / 'seeds.toml'}" in env
    assert "[[site]]" in (tmp_path / "etc" / "seeds.toml").read_text()
    assert (tmp_path / "etc" / "rules.toml").read_text().strip()


def test_install_units_writes_every_unit_with_this_installations_command(tmp_path):
    result = CliRunner().invoke(main, ["install-units", "--directory", str(tmp_path), "--env-file", "/x/nw.env"])
    assert result.exit_code == 0, result.output
    units = sorted(path.name for path in tmp_path.glob("*.service"))
    assert "newswatch-monitor.service" in units and len(units) >= 4
    text = (tmp_path / "newswatch-monitor.service").read_text()
    assert f"{sys.prefix}/bin/newswatch" in text.replace(sys.exec_prefix, sys.prefix) and "/x/nw.env" in text
