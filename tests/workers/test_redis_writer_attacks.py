"""Red-team tests: someone who can write to Redis must not run code on the workers.

Written from the issue alone (and the user documentation, README.md), without reading
newswatch's code:

    "A job pushed onto the articles queue naming an arbitrary function (`os.mkdir`) was
    executed by `newswatch worker`. Whoever can write to Redis can run code on every
    worker. Workers must execute only the project's own job functions (an allow-list
    checked before the job runs, for every queue they serve); anything else is refused,
    logged with its function name, and left in the failed registry."

Every test plays the attacker against a real `newswatch worker --burst` process (as a
user runs it, from the repository root) and a private redis-server: it writes jobs with
RQ's own API or with raw Redis commands, runs the worker, and checks afterwards that
nothing of the attacker's ran. Each attack has a side effect that would show had it run:
a file it creates under the test's tmp_path, or a marker file written by the attacker's
helper module (tests/workers/redteam_payload.py) whenever it is imported or called.

Where the issue states the outcome (a job the worker takes from a queue it serves), the
tests also check that the job is in its queue's FailedJobRegistry and that the worker's
output names the refused function. Elsewhere (a job in a registry, a dependency, a pickle
payload) they check only that nothing ran and that the worker neither crashed nor hung.

Harmless functions that the worker *may* run are named in NEWSWATCH_EXTRA_JOB_FUNCTIONS
(the documented way to allow a function beside newswatch's own jobs; they live in
tests/workers/redteam_allowed.py): they show the worker under test really runs jobs, so
"nothing ran" is not vacuous, and they carry the attacker's callbacks and dependencies.
"""

import datetime
import http.server
import json
import os
import pickle
import re
import signal
import socket
import subprocess
import threading
import time
import uuid
import zlib
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue, Retry
from rq.command import send_stop_job_command
from rq.job import Callback, Dependency
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer
from rq.webhook import Webhook

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
PYTHON = REPO / ".venv" / "bin" / "python"
REDIS_SERVER = "/usr/bin/redis-server"

PAYLOAD = "tests.workers.redteam_payload"  # the attacker's module
ALLOWED = "tests.workers.redteam_allowed"  # functions the operator allowed
ALLOWED_FUNCTIONS = [f"{ALLOWED}.record", f"{ALLOWED}.record_slowly", f"{ALLOWED}.fail"]

ARTICLES, ALERTS = "nw-articles", "nw-alerts"  # the default queue names under the default key prefix (README)
WORKER_TIMEOUT = 45  # seconds a burst worker may take before it counts as hung
REFUSAL = re.compile(r"refus|reject|not allowed|forbidden|denied|not a newswatch job", re.I)


# --------------------------------------------------------------------------- Redis


def _free_loopback_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A private redis-server on a free loopback port, without persistence."""
    directory = tmp_path_factory.mktemp("redteam-redis")
    port = _free_loopback_port()
    log = open(directory / "redis.log", "wb")
    server = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(directory)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    client = Redis(host="127.0.0.1", port=port)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except Exception:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start: {(directory / 'redis.log').read_text()}")
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture
def r(redis_url):
    """A client on the private Redis, emptied before each test."""
    client = Redis.from_url(redis_url)
    client.flushall()
    yield client
    client.close()


def json_queue(r, name=ARTICLES):
    return Queue(name, connection=r, serializer=JSONSerializer)


# --------------------------------------------------------------------------- the worker


class WorkerRun:
    def __init__(self, returncode, output):
        self.returncode = returncode
        self.output = output


class Attack:
    """The attacker's world: a marker directory, target paths, and the worker to run."""

    def __init__(self, redis_url, tmp_path):
        self.redis_url = redis_url
        self.tmp_path = tmp_path
        self.markers = tmp_path / "markers"
        self.markers.mkdir()
        self.runs = 0

    def target(self, name):
        """A path the attack would create if it ran (it does not exist beforehand)."""
        path = self.tmp_path / "targets" / name
        path.parent.mkdir(exist_ok=True)
        assert not path.exists()
        return str(path)

    def env(self, **overrides):
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
        env.update(
            NEWSWATCH_REDIS_URL=self.redis_url,
            # The worker refuses to start when a rule's channel has no URL; nothing is sent
            # in these tests (no article is processed), and it would only go to loopback.
            NEWSWATCH_ALERT_URLS="json://127.0.0.1:9/redteam",
            NEWSWATCH_EXTRA_JOB_FUNCTIONS=" ".join(ALLOWED_FUNCTIONS),
            REDTEAM_MARKER_DIR=str(self.markers),
            PYTHONDONTWRITEBYTECODE="1",
        )
        env.update(overrides)
        return env

    def start_worker(self, *args, simple=False, env=None):
        self.runs += 1
        log_path = self.tmp_path / f"worker-{self.runs}.log"
        command = [str(PYTHON), "-m", "newswatch", "worker", "--burst", "--redis-url", self.redis_url]
        if simple:
            command.append("--simple")
        command.extend(args)
        log = open(log_path, "wb")
        proc = subprocess.Popen(
            command, cwd=REPO, env=env or self.env(), stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        proc.redteam_log = log
        proc.redteam_log_path = log_path
        return proc

    def finish_worker(self, proc, timeout=WORKER_TIMEOUT):
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            proc.redteam_log.close()
            pytest.fail(
                f"newswatch worker --burst did not exit within {timeout} s (hung); its output:\n"
                + proc.redteam_log_path.read_text(errors="replace")
            )
        proc.redteam_log.close()
        return WorkerRun(proc.returncode, proc.redteam_log_path.read_text(errors="replace"))

    def run_worker(self, *args, simple=False, env=None):
        return self.finish_worker(self.start_worker(*args, simple=simple, env=env))

    # ---------------------------------------------------------------- assertions

    def assert_nothing_ran(self, *targets, run=None):
        created = [t for t in targets if os.path.exists(t)]
        markers = sorted(p.name for p in self.markers.iterdir())
        where = f"\nworker output:\n{run.output}" if run is not None else ""
        assert not created, f"attacker's job ran: created {created}{where}"
        assert not markers, f"attacker's module was imported or called: {markers}{where}"

    @staticmethod
    def assert_worker_survived(run):
        assert run.returncode in (0, 1), f"worker exited {run.returncode}:\n{run.output}"
        assert "unhandled exception" not in run.output, f"worker crashed:\n{run.output}"

    @staticmethod
    def assert_in_failed_registry(r, job_id, queue=ARTICLES, run=None):
        registry = FailedJobRegistry(queue, connection=r, serializer=JSONSerializer)
        assert job_id in registry, (
            f"job {job_id} is not in the FailedJobRegistry of {queue!r} "
            f"(failed there: {registry.get_job_ids()}; job status: {r.hget(f'rq:job:{job_id}', 'status')})"
            + (f"\nworker output:\n{run.output}" if run is not None else "")
        )

    @staticmethod
    def assert_logged_refusal(run, function_name):
        lines = [line for line in run.output.splitlines() if function_name in line and REFUSAL.search(line)]
        assert lines, f"no log line refuses {function_name!r}; worker output:\n{run.output}"


@pytest.fixture
def attack(redis_url, tmp_path, r):
    return Attack(redis_url, tmp_path)


# --------------------------------------------------------------------------- raw Redis


def _iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def write_job_hash(r, func, args=(), queue=ARTICLES, data=None, **fields):
    """Writes an RQ job hash with plain HSET, as an attacker without RQ would."""
    job_id = str(uuid.uuid4())
    if data is None:
        data = json.dumps([func, None, list(args), {}]).encode()
    stamp = _iso(datetime.datetime.now(datetime.timezone.utc))
    mapping = {
        "status": "queued",
        "origin": queue,
        "created_at": stamp,
        "enqueued_at": stamp,
        "description": f"{func}({', '.join(map(repr, args))})",
        "data": zlib.compress(data),
        "timeout": 180,
    }
    mapping.update(fields)
    r.hset(f"rq:job:{job_id}", mapping=mapping)
    return job_id


class UnpicklingRunsCode:
    """Unpickling this object creates the directory it names (os.mkdir)."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (os.mkdir, (self.path,))


WORKER_MODES = [pytest.param(False, id="forking"), pytest.param(True, id="simple")]


# =========================================================================== baseline


@pytest.mark.parametrize("simple", WORKER_MODES)
def test_an_allowed_job_runs_so_that_nothing_ran_below_means_something(attack, r, simple):
    proof = attack.target("allowed-ran")
    json_queue(r).enqueue(f"{ALLOWED}.record", proof)
    run = attack.run_worker(simple=simple)
    assert os.path.exists(proof), f"the allowed job did not run:\n{run.output}"
    assert run.returncode == 0, run.output


# =========================================================================== arbitrary functions


@pytest.mark.parametrize("queue", [ARTICLES, ALERTS])
@pytest.mark.parametrize("simple", WORKER_MODES)
def test_os_mkdir_job_is_refused_logged_and_left_in_failed_registry(attack, r, queue, simple):
    target = attack.target("mkdir")
    job = json_queue(r, queue).enqueue("os.mkdir", target)
    run = attack.run_worker(simple=simple)
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, queue, run)
    attack.assert_logged_refusal(run, "os.mkdir")


@pytest.mark.parametrize("simple", WORKER_MODES)
def test_job_naming_a_function_of_an_unlisted_module_never_imports_that_module(attack, r, simple):
    target = attack.target("touch")
    job = json_queue(r).enqueue(f"{PAYLOAD}.touch", target)
    run = attack.run_worker(simple=simple)
    attack.assert_nothing_ran(target, run=run)  # the module's import-time marker included
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, ARTICLES, run)
    attack.assert_logged_refusal(run, f"{PAYLOAD}.touch")


@pytest.mark.parametrize("function", ["exec", "builtins.exec"])
def test_builtin_exec_job_with_python_source_is_refused(attack, r, function):
    # RQ resolves a bare name like "exec" from the builtins.
    target = attack.target("exec")
    job = json_queue(r).enqueue(function, f"import os; os.mkdir({target!r})")
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, ARTICLES, run)
    attack.assert_logged_refusal(run, function)


@pytest.mark.parametrize(
    "function",
    [
        pytest.param(f"{ALLOWED}.record_slowly", id="longer-name-starting-with-an-allowed-one"),
        pytest.param(f"{ALLOWED}.record.__call__", id="attribute-of-an-allowed-function"),
    ],
)
def test_only_the_exact_allowed_names_run(attack, r, function):
    # The operator allows record alone; both names below resolve, with RQ's own
    # import_attribute, to code that would create the target.
    target = attack.target("near-miss")
    args = (target, 0) if function.endswith("record_slowly") else (target,)
    job = json_queue(r).enqueue(function, *args)
    run = attack.run_worker(env=attack.env(NEWSWATCH_EXTRA_JOB_FUNCTIONS=f"{ALLOWED}.record"))
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, ARTICLES, run)
    attack.assert_logged_refusal(run, function)


def test_queues_named_by_environment_are_guarded_too(attack, r):
    env = attack.env(NEWSWATCH_ARTICLE_QUEUE="rt-news", NEWSWATCH_ALERT_QUEUE="rt-pager",
                     NEWSWATCH_KEY_PREFIX="rtprefix")
    targets = {queue: attack.target(f"mkdir-{queue}") for queue in ("rt-news", "rt-pager")}
    jobs = {queue: json_queue(r, queue).enqueue("os.mkdir", targets[queue]) for queue in targets}
    run = attack.run_worker(env=env)
    attack.assert_nothing_ran(*targets.values(), run=run)
    attack.assert_worker_survived(run)
    for queue, job in jobs.items():
        attack.assert_in_failed_registry(r, job.id, queue, run)
    attack.assert_logged_refusal(run, "os.mkdir")


def test_worker_serving_the_alert_queue_alone_refuses_arbitrary_functions(attack, r):
    target = attack.target("mkdir-alerts")
    job = json_queue(r, ALERTS).enqueue("os.mkdir", target)
    run = attack.run_worker("--queue", "alerts")
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, ALERTS, run)
    attack.assert_logged_refusal(run, "os.mkdir")


# =========================================================================== callbacks


@pytest.mark.parametrize("simple", WORKER_MODES)
def test_success_callback_on_an_allowed_job_never_runs(attack, r, simple):
    json_queue(r).enqueue(f"{ALLOWED}.record", attack.target("allowed"),
                          on_success=Callback(f"{PAYLOAD}.on_success"))
    run = attack.run_worker(simple=simple)
    attack.assert_nothing_ran(run=run)
    attack.assert_worker_survived(run)


def test_failure_callback_on_a_failing_allowed_job_never_runs(attack, r):
    json_queue(r).enqueue(f"{ALLOWED}.fail", attack.target("allowed-fail"),
                          on_failure=Callback(f"{PAYLOAD}.on_failure"))
    run = attack.run_worker()
    attack.assert_nothing_ran(run=run)
    attack.assert_worker_survived(run)


@pytest.mark.parametrize("simple", WORKER_MODES)
def test_failure_callback_of_a_refused_job_never_runs(attack, r, simple):
    # RQ runs a job's failure callback when the job fails: a refusal must not count as one.
    # os.mkdir into a missing directory fails where RQ would run it, so RQ would call the
    # failure callback.
    target = os.path.join(attack.target("missing-directory"), "mkdir")
    job = json_queue(r).enqueue("os.mkdir", target, on_failure=Callback(f"{PAYLOAD}.on_failure"))
    run = attack.run_worker(simple=simple)
    attack.assert_nothing_ran(run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, ARTICLES, run)


def test_stopped_callback_never_runs_when_the_job_is_stopped(attack, r):
    started = attack.target("allowed-slow-started")
    job = json_queue(r).enqueue(f"{ALLOWED}.record_slowly", started, 20,
                                on_stopped=Callback(f"{PAYLOAD}.on_stopped"))
    proc = attack.start_worker()
    deadline = time.monotonic() + 15
    while proc.poll() is None and not os.path.exists(started) and time.monotonic() < deadline:
        time.sleep(0.05)
    if os.path.exists(started):  # the job was let through: stop it, as an attacker can
        time.sleep(0.3)
        send_stop_job_command(r, job.id, serializer=JSONSerializer)
    run = attack.finish_worker(proc)
    attack.assert_nothing_ran(run=run)
    attack.assert_worker_survived(run)


@pytest.mark.parametrize(
    "function, status",
    [
        pytest.param("os.mkdir", "failed", id="failed-webhook-on-a-refused-job"),
        pytest.param(f"{ALLOWED}.record", "finished", id="finished-webhook-on-an-allowed-job"),
    ],
)
def test_job_webhook_sends_no_request(attack, r, function, status):
    # Beyond the issue: README says jobs carrying webhooks are refused. A webhook makes
    # the worker send an HTTP request wherever the attacker says (here, to loopback).
    requests = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(204)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/redteam-webhook"
        target = attack.target("webhook-job")
        json_queue(r).enqueue(function, target, webhooks=[Webhook(url, status, method="POST", timeout=2)])
        run = attack.run_worker()
    finally:
        server.shutdown()
        server.server_close()
    assert requests == [], f"the worker sent the attacker's webhook: {requests}\n{run.output}"
    if function == "os.mkdir":
        attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


# =========================================================================== dependencies


def test_job_released_by_a_finished_allowed_dependency_is_refused(attack, r):
    queue = json_queue(r)
    proof = attack.target("allowed-dependency")
    target = attack.target("mkdir-dependent")
    parent = queue.enqueue(f"{ALLOWED}.record", proof)
    child = queue.enqueue("os.mkdir", target, depends_on=parent)
    run = attack.run_worker()
    assert os.path.exists(proof), f"the allowed dependency did not run:\n{run.output}"
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, child.id, ARTICLES, run)
    attack.assert_logged_refusal(run, "os.mkdir")


def test_job_allowed_to_run_after_a_refused_dependency_never_runs(attack, r):
    queue = json_queue(r)
    parent_target = attack.target("mkdir-parent")
    child_target = attack.target("touch-child")
    parent = queue.enqueue("os.mkdir", parent_target)
    queue.enqueue(f"{PAYLOAD}.touch", child_target, depends_on=Dependency(jobs=[parent], allow_failure=True))
    run = attack.run_worker()
    attack.assert_nothing_ran(parent_target, child_target, run=run)
    attack.assert_worker_survived(run)


def test_job_written_into_the_deferred_registry_by_hand_never_runs(attack, r):
    proof = attack.target("allowed-dependency")
    target = attack.target("mkdir-deferred")
    parent = json_queue(r).enqueue(f"{ALLOWED}.record", proof)
    child = write_job_hash(r, "os.mkdir", (target,), status="deferred",
                           dependency_ids=json.dumps([parent.id]), dependency_id=parent.id)
    r.zadd(f"rq:deferred:{ARTICLES}", {child: time.time()})
    r.sadd(f"rq:job:{parent.id}:dependents", child)
    run = attack.run_worker()
    assert os.path.exists(proof), f"the allowed dependency did not run:\n{run.output}"
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


# =========================================================================== pickle


def test_job_pushed_with_rq_default_pickle_serializer_is_not_run(attack, r):
    target = attack.target("mkdir-pickle")
    job = Queue(ARTICLES, connection=r).enqueue("os.mkdir", target)  # RQ's default: pickle
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, ARTICLES, run)


@pytest.mark.parametrize("simple", WORKER_MODES)
def test_pickled_job_data_is_never_unpickled(attack, r, simple):
    target = attack.target("unpickled-data")
    data = pickle.dumps((f"{ALLOWED}.record", None, (UnpicklingRunsCode(target),), {}))
    job_id = write_job_hash(r, f"{ALLOWED}.record", (target,), data=data)
    r.rpush(f"rq:queue:{ARTICLES}", job_id)
    r.sadd("rq:queues", f"rq:queue:{ARTICLES}")
    run = attack.run_worker(simple=simple)
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


@pytest.mark.parametrize("field", ["meta", "result"])
def test_pickle_in_other_job_fields_is_never_unpickled(attack, r, field):
    target = attack.target(f"unpickled-{field}")
    job = json_queue(r).enqueue(f"{ALLOWED}.record", attack.target("allowed"))
    r.hset(job.key, field, pickle.dumps({"x": UnpicklingRunsCode(target)}))
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


# =========================================================================== registries and lists


def test_job_written_into_the_scheduled_registry_by_hand_never_runs(attack, r):
    target = attack.target("mkdir-scheduled")
    job_id = write_job_hash(r, "os.mkdir", (target,), status="scheduled")
    r.zadd(f"rq:scheduled:{ARTICLES}", {job_id: int(time.time()) - 60})
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


def test_job_scheduled_through_rq_api_never_runs(attack, r):
    target = attack.target("mkdir-enqueue-at")
    when = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=30)
    json_queue(r).enqueue_at(when, "os.mkdir", target)
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


def test_abandoned_job_in_the_started_registry_does_not_run_its_failure_callback(attack, r):
    # RQ's maintenance, run as a worker starts, fails abandoned jobs and calls their
    # failure callback.
    target = attack.target("mkdir-abandoned")
    job_id = write_job_hash(r, "os.mkdir", (target,), status="started",
                            failure_callback_name=f"{PAYLOAD}.on_failure")
    r.zadd(f"rq:wip:{ARTICLES}", {f"{job_id}:{uuid.uuid4()}": time.time() - 3600})
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


def test_abandoned_job_with_retries_left_is_not_run_when_put_back(attack, r):
    target = attack.target("mkdir-abandoned-retry")
    job_id = write_job_hash(r, "os.mkdir", (target,), status="started", retries_left=2)
    r.zadd(f"rq:wip:{ARTICLES}", {f"{job_id}:{uuid.uuid4()}": time.time() - 3600})
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


def test_job_stranded_in_the_intermediate_queue_never_runs(attack, r):
    # RQ's maintenance gives a job stuck over a minute in a queue's intermediate list to
    # handle_job_failure, which retries it when it has retries left.
    target = attack.target("mkdir-intermediate")
    job_id = write_job_hash(r, "os.mkdir", (target,), retries_left=2,
                            failure_callback_name=f"{PAYLOAD}.on_failure")
    intermediate = f"rq:queue:{ARTICLES}:intermediate"
    r.rpush(intermediate, job_id)
    r.set(f"{intermediate}:first_seen:{job_id}", time.time() - 3600)
    r.sadd("rq:queues", f"rq:queue:{ARTICLES}")
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)


def test_job_hash_and_queue_entry_written_by_hand_are_refused(attack, r):
    target = attack.target("mkdir-raw")
    job_id = write_job_hash(r, "os.mkdir", (target,))
    r.sadd("rq:queues", f"rq:queue:{ARTICLES}")
    r.rpush(f"rq:queue:{ARTICLES}", job_id)
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job_id, ARTICLES, run)
    attack.assert_logged_refusal(run, "os.mkdir")


def test_allowed_job_whose_function_is_swapped_by_hset_is_refused(attack, r):
    target = attack.target("mkdir-swapped")
    job = json_queue(r).enqueue(f"{ALLOWED}.record", attack.target("allowed"))
    r.hset(job.key, mapping={
        "data": zlib.compress(json.dumps(["os.mkdir", None, [target], {}]).encode()),
        "description": f"{ALLOWED}.record('...')",  # the description still says ours
    })
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, ARTICLES, run)
    attack.assert_logged_refusal(run, "os.mkdir")


# =========================================================================== retries


@pytest.mark.parametrize(
    "retry",
    [pytest.param(Retry(max=3), id="immediate"), pytest.param(Retry(max=2, interval=1), id="with-interval")],
)
def test_refused_job_with_retries_is_not_run_on_any_attempt(attack, r, retry):
    target = attack.target("mkdir-retry")
    job = json_queue(r).enqueue("os.mkdir", target, retry=retry)
    run = attack.run_worker()
    attack.assert_nothing_ran(target, run=run)
    attack.assert_worker_survived(run)
    attack.assert_in_failed_registry(r, job.id, ARTICLES, run)
    attack.assert_logged_refusal(run, "os.mkdir")


def test_refused_job_requeued_from_the_failed_registry_is_refused_again(attack, r):
    target = attack.target("mkdir-requeued")
    job = json_queue(r).enqueue("os.mkdir", target)
    first = attack.run_worker()
    attack.assert_in_failed_registry(r, job.id, ARTICLES, first)
    FailedJobRegistry(ARTICLES, connection=r, serializer=JSONSerializer).requeue(job.id)
    second = attack.run_worker()
    attack.assert_nothing_ran(target, run=second)
    attack.assert_worker_survived(second)
    attack.assert_in_failed_registry(r, job.id, ARTICLES, second)
    attack.assert_logged_refusal(second, "os.mkdir")
