"""deploy/newswatch.env.example lists exactly the variables the settings read."""

import re

from newswatch.shared.settings import PROJECT_ROOT

READ_BY_SETTINGS = {name for path in ("newswatch/shared/settings.py", "crawler/settings.py")
                    for name in re.findall(r'_env\w*\("(NEWSWATCH_\w+)"', (PROJECT_ROOT / path).read_text())}
IN_EXAMPLE = set(re.findall(r"^(NEWSWATCH_\w+)=", (PROJECT_ROOT / "deploy" / "newswatch.env.example").read_text(), re.M))


def test_every_setting_read_from_the_environment_is_in_the_example():
    assert READ_BY_SETTINGS - IN_EXAMPLE == set()


def test_the_example_names_no_variable_the_settings_ignore():
    assert IN_EXAMPLE - READ_BY_SETTINGS == set()
