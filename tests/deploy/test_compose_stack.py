"""The image built and the compose stack run with podman, as an operator would run them.

deploy/podman/build-image builds the image (reused when nothing it is built from changed);
podman-compose starts deploy/compose.yaml with deploy/compose.loopback.yaml: Redis with AOF and a
password from the env file, two workers, the alert worker, the monitor, metrics, the web view and
rq-dashboard, with the bundled demo site and a stand-in chat in containers of their own, all on
127.0.0.1. The test waits for the monitor's first round, kills both worker containers (SIGKILL)
while the round's articles are still arriving, starts them again, and checks that every article
came out once and every Maduro article reached the chat once.

Runs where podman and podman-compose are installed (CI on the development machines), skipped with
the reason elsewhere.
"""

import json
import os
import re
import secrets
import shutil
import subprocess
import time
import uuid
from collections import Counter
from urllib.request import urlopen

import pytest
import redis

from newswatch.demo.site import DemoSite
from newswatch.demo.redis_server import free_port
from newswatch.shared.settings import BUNDLED_SEEDS, PROJECT_ROOT
from workers.events import ArticleEvent

COMPOSE = shutil.which("podman-compose") or str(PROJECT_ROOT / ".venv" / "bin" / "podman-compose")
pytestmark = [
    pytest.mark.containers,
    pytest.mark.skipif(not shutil.which("podman"), reason="no podman: the container test needs podman and "
                       "podman-compose (apt-get install podman runc; pip install podman-compose)"),
    pytest.mark.skipif(not os.path.exists(COMPOSE), reason="no podman-compose (pip install podman-compose)"),
    pytest.mark.timeout(1800),
]
LINK = re.compile(r"^Link: (\S+)$", re.M)
RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nseverity = "high"\nthrottle_minutes = 0\n'
CONTAINERS_CONF = '[containers]\ndefault_ulimits = []\n\n[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\n'


class Stack:
    def __init__(self, tmp_path):
        self.project = f"nwstack{uuid.uuid4().hex[:6]}"
        self.ports = {name: free_port() for name in ("redis", "metrics", "web", "dashboard", "demo", "partner",
                                                     "chat")}
        self.password = secrets.token_hex(16)
        self.config_dir = tmp_path / "etc"
        self.config_dir.mkdir()
        # The demo's seeds, gentler (the crawl lasts long enough to kill the workers while it runs).
        seeds = (BUNDLED_SEEDS / "demo.toml").read_text(encoding="utf-8")
        (self.config_dir / "seeds.toml").write_text(seeds.replace("rate = 200", "rate = 4"), encoding="utf-8")
        (self.config_dir / "rules.toml").write_text(RULES, encoding="utf-8")
        self.env_file = tmp_path / "newswatch.env"
        self.env_file.write_text("\n".join(f"{name}={value}" for name, value in {
            "NEWSWATCH_REDIS_PASSWORD": self.password,
            "NEWSWATCH_KEY_PREFIX": "stack",
            "NEWSWATCH_SEEDS": "/etc/newswatch/seeds.toml",
            "NEWSWATCH_RULES": "/etc/newswatch/rules.toml",
            "NEWSWATCH_BASE_URLS": json.dumps({"clashwire": f"http://127.0.0.1:{self.ports['demo']}",
                                               "partner-daily": f"http://127.0.0.1:{self.ports['partner']}"}),
            "NEWSWATCH_ALERT_URLS": f"json://127.0.0.1:{self.ports['chat']}/alerts?cto=2&rto=5",
            "NEWSWATCH_ALERT_MAX_AGE": "0",  # the demo's articles are dated months back
            "NEWSWATCH_BATCH_SIZE": "1",
            "NEWSWATCH_WEB_USERS": f"oncall:responder:{secrets.token_hex(12)}",
            "NEWSWATCH_WEB_SECRET_KEY": secrets.token_hex(16),
        }.items()) + "\n", encoding="utf-8")
        containers_conf = tmp_path / "containers.conf"
        containers_conf.write_text(CONTAINERS_CONF, encoding="utf-8")
        self.env = {**os.environ, "CONTAINERS_CONF": str(containers_conf),
                    "NEWSWATCH_ENV_FILE": str(self.env_file), "NEWSWATCH_CONFIG_DIR": str(self.config_dir),
                    "NEWSWATCH_REDIS_IMAGE": "localhost/newswatch-redis:7",
                    **{f"LOOPBACK_{name.upper()}_PORT": str(port) for name, port in self.ports.items()}}
        self.env.pop("NEWSWATCH_REDIS_URL", None)

    def compose(self, *args, timeout=300):
        command = [COMPOSE, "-p", self.project, "-f", str(PROJECT_ROOT / "deploy" / "compose.yaml"),
                   "-f", str(PROJECT_ROOT / "deploy" / "compose.loopback.yaml"), *args]
        return subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=timeout, check=False)

    def podman(self, *args, timeout=120):
        return subprocess.run(["podman", *args], env=self.env, capture_output=True, text=True, timeout=timeout,
                              check=False)

    def container(self, service, number=1):
        return f"{self.project}_{service}_{number}"

    def redis(self):
        return redis.Redis(port=self.ports["redis"], password=self.password, socket_timeout=10)

    def chat_messages(self):
        logs = self.podman("logs", self.container("chat")).stdout
        return [json.loads(line) for line in logs.splitlines() if line.startswith("{")]

    def down(self):
        self.compose("down", "-v", "-t", "5", timeout=300)
        names = self.podman("ps", "-a", "--format", "{{.Names}}").stdout.split()
        leftovers = [name for name in names if name.startswith(f"{self.project}_")]
        if leftovers:
            self.podman("rm", "-f", *leftovers)
        self.podman("volume", "rm", "-f", f"{self.project}_redis-data")


def wait_for(condition, what, timeout):
    deadline = time.monotonic() + timeout
    while True:
        try:
            if condition():
                return
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            pass
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(1)


@pytest.fixture(scope="module")
def image():
    env = {**os.environ, "TMPDIR": os.environ.get("TMPDIR", "/tmp")}
    result = subprocess.run([str(PROJECT_ROOT / "deploy" / "podman" / "build-image")], env=env, capture_output=True,
                            text=True, timeout=1500, check=False)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module")
def stack(image, tmp_path_factory):
    stack = Stack(tmp_path_factory.mktemp("stack"))
    try:
        started = stack.compose("up", "-d")
        assert started.returncode == 0, started.stderr[-3000:]
        yield stack
    finally:
        stack.down()


@pytest.fixture(scope="module")
def expected():
    """The demo site's articles, keyed by path (the stack serves the same site on other ports)."""
    with DemoSite() as site:
        truth = site.expected(1)
        base, partner = site.base_url, site.partner_url
    relative = lambda url: url.replace(base, "main:").replace(partner, "partner:")  # noqa: E731
    maduro = truth["maduro_urls"] + [u for u, a in truth["partner_articles"].items() if a.mentions("Maduro")]
    return {"articles": sorted(map(relative, [*truth["articles"], *truth["partner_urls"]])),
            "maduro": Counter(map(relative, maduro)), "relative": relative}


def stack_relative(stack, url):
    return url.replace(f"http://127.0.0.1:{stack.ports['demo']}", "main:").replace(
        f"http://127.0.0.1:{stack.ports['partner']}", "partner:")


def test_the_stack_survives_its_workers_killed_mid_round_and_loses_nothing(stack, expected):
    connection = stack.redis()
    wait_for(lambda: connection.ping(), "Redis in its container, with the env file's password", timeout=60)
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(port=stack.ports["redis"]).ping()  # no password: refused
    stream = "stack:stream:events"
    wait_for(lambda: connection.xlen(stream) >= 3, "the monitor's first round to reach the workers", timeout=300)
    for number in (1, 2):
        assert stack.podman("kill", "--signal", "KILL", stack.container("worker", number)).returncode == 0
    killed_at = connection.xlen(stream)
    assert killed_at < len(expected["articles"]), "the round ended before the workers were killed"
    wait_for(lambda: connection.llen("rq:queue:stack-articles") >= 2, "articles waiting for the dead workers",
             timeout=120)
    for number in (1, 2):
        assert stack.podman("start", stack.container("worker", number)).returncode == 0

    def new_articles():
        events = [ArticleEvent.from_stream_fields(f) for _, f in connection.xrange(stream)]
        urls = [stack_relative(stack, e.article["canonical_url"]) for e in events if e.event == "new"]
        return sorted(url for url in urls if url.startswith(("main:", "partner:")))  # not the canary's page
    wait_for(lambda: len(new_articles()) >= len(expected["articles"]), "every article processed", timeout=600)
    time.sleep(5)  # anything doubled would show now
    assert new_articles() == expected["articles"]

    def maduro_alerts():
        return Counter(stack_relative(stack, LINK.search(m["message"]).group(1)) for m in stack.chat_messages()
                       if "STORY DEVELOPMENT" not in m["title"] and LINK.search(m["message"]))
    wait_for(lambda: sum(maduro_alerts().values()) >= sum(expected["maduro"].values()), "the alerts in the chat",
             timeout=300)
    time.sleep(5)
    assert maduro_alerts() == expected["maduro"]


def test_every_service_answers_where_the_loopback_file_puts_it(stack):
    wait_for(lambda: b"newswatch_" in urlopen(f"http://127.0.0.1:{stack.ports['metrics']}/metrics", timeout=5).read(),
             "newswatch metrics", timeout=120)
    wait_for(lambda: urlopen(f"http://127.0.0.1:{stack.ports['web']}/login", timeout=5).status == 200,
             "the web view's login page", timeout=120)
    wait_for(lambda: b"RQ" in urlopen(f"http://127.0.0.1:{stack.ports['dashboard']}/", timeout=5).read(),
             "rq-dashboard", timeout=120)
    running = stack.podman("ps", "--format", "{{.Names}}").stdout.split()
    expected_services = {"redis_1", "worker_1", "worker_2", "alert-worker_1", "monitor_1", "metrics_1", "web_1",
                         "rq-dashboard_1", "demo-site_1", "chat_1"}
    assert {f"{stack.project}_{name}" for name in expected_services} <= set(running)
    users = stack.podman("exec", stack.container("worker"), "id", "-u").stdout.strip()
    assert users == "10001"  # not root
    installed = stack.podman("exec", stack.container("worker"), "sh", "-c",
                             "ls /src 2>/dev/null; python -c 'import crawler; print(crawler.__file__)'").stdout
    assert installed.strip().startswith("/opt/newswatch/lib/") and "site-packages" in installed
