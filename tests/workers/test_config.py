"""Worker configuration: the alert timeout, and the RQ timeout of delivery jobs that follows from it."""

import pytest

from newswatch.shared.redis_keys import RedisKeys
from workers.config import WorkerConfig, load_config, project_settings


def settings_with(**values):
    settings = project_settings()
    for name, value in values.items():
        settings.set(name, value)
    return settings


def test_the_alert_timeout_comes_from_its_setting():
    assert load_config(settings_with(NEWSWATCH_ALERT_TIMEOUT="2.5")).alert_timeout == 2.5


@pytest.mark.parametrize("value", ["0", "-3"])
def test_an_alert_timeout_that_would_not_bound_an_attempt_is_refused(value):
    with pytest.raises(ValueError, match="NEWSWATCH_ALERT_TIMEOUT"):
        load_config(settings_with(NEWSWATCH_ALERT_TIMEOUT=value))


@pytest.mark.parametrize(("channels", "names", "extra"), [
    ({"default": ["json://a"]}, ["default"], 10),
    ({"default": ["json://a", "json://b"], "ops": ["json://c"]}, ["default", "ops"], 30),
    ({"default": ["json://a", "json://b"], "ops": ["json://c"]}, ["ops"], 10),
    ({}, ["default"], 10),  # a channel without a URL is still one target, failing at once
])
def test_a_delivery_job_may_run_one_alert_timeout_per_url_past_the_job_timeout(channels, names, extra):
    config = WorkerConfig(redis_url="redis://127.0.0.1:1/0", keys=RedisKeys(), rules_path="", channels=channels,
                          job_timeout=120, alert_timeout=10.0)
    assert config.delivery_timeout(names) == 120 + extra
