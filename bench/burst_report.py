"""The figures of a burst run: rates, queue depth, drain, memory of every process, alert latency.

Memory is read from the samples (bench.burst_sampler): for each long-lived process its RSS
at the end of the steady phase before the burst ("before"), its peak and its last value;
for the work horses (a new process per job) the largest one of each phase. The workers and
their schedulers must stay within ``bound`` MB of "before"; the horses of the burst within
``bound`` of the horses of the steady phase. Redis holds the backlog by design: its memory
is shown, not bounded.
"""

import statistics
from dataclasses import dataclass, field

from rq.job import Job
from rq.results import Result

from bench.burst_sampler import horses, schedulers


@dataclass
class Phase:
    name: str
    start: float  # time.monotonic()
    end: float
    handed: int  # articles handed over
    target: float | None  # articles/s asked for (None: as fast as possible)

    @property
    def rate(self):
        return self.handed / max(self.end - self.start, 1e-9)


@dataclass
class Figures:
    workers: int
    trivial_rate: float = 0.0  # messages/s in RQ's trivial job, same batches, same workers
    article_capacity: float = 0.0  # articles/s processed from a standing backlog (their alerts wait: see README)
    capacity: float = 0.0  # articles/s from the same backlog, their alerts delivered too
    phases: list = field(default_factory=list)
    burst_end: float = 0.0
    drained_at: float | None = None  # queue back to its steady level after the burst
    drain_rate: float = 0.0  # articles/s processed between the burst's end and that moment
    samples: list = field(default_factory=list)
    latencies: dict = field(default_factory=dict)  # phase -> [seconds from hand-over to the webhook]
    job_seconds: dict = field(default_factory=dict)  # job function -> [seconds each job ran, RQ's own times]
    finished_jobs_mb: float = 0.0  # Redis memory held by finished jobs and their results at the end

    def phase(self, name):
        return next(phase for phase in self.phases if phase.name == name)


def within(samples, phase):
    return [sample for sample in samples if phase.start <= sample.at <= phase.end]


def last_before(samples, phase):
    return ([sample for sample in samples if sample.at < phase.start] or samples)[-1]


def memory_rows(figures):
    """(label, before, peak, final) MB of every long-lived process, schedulers included."""
    samples, burst = figures.samples, figures.phase("burst")
    before = last_before(samples, burst)
    rows = []
    for label in samples[-1].rss:
        values = [sample.rss[label] for sample in samples if sample.rss.get(label) is not None]
        rows.append((label, before.rss[label], max(values), values[-1]))
    for pid, label in sorted(schedulers(samples).items(), key=lambda item: item[1]):
        values = [sample.children[pid][1] for sample in samples
                  if pid in sample.children and sample.children[pid][1] is not None]
        first = before.children.get(pid, (None, values[0]))[1]
        rows.append((f"{label} scheduler", first, max(values), values[-1]))
    return rows


def horse_peaks(figures):
    """phase name -> MB of the largest work horse sampled in it (None: none sampled)."""
    scheduler_pids = schedulers(figures.samples)
    peaks = {}
    for phase in figures.phases:
        found = [mb for sample in within(figures.samples, phase) for mb in horses(sample, scheduler_pids)]
        peaks[phase.name] = max(found, default=None)
    return peaks


def memory_growth(figures, bound):
    """Descriptions of the workers' processes that grew past ``bound`` MB."""
    grown = [f"{label}: +{max(peak, final) - before:.1f} MB" for label, before, peak, final in memory_rows(figures)
             if label.startswith("worker") and max(peak, final) - before > bound]
    peaks = horse_peaks(figures)
    steady = peaks.get("steady")
    for name in ("burst", "after"):
        if steady is not None and peaks.get(name) is not None and peaks[name] - steady > bound:
            grown.append(f"work horses of the {name} phase: +{peaks[name] - steady:.1f} MB over the steady phase's")
    return grown


def job_seconds(queues):
    """Job function -> how long each finished job ran (RQ's started_at to ended_at)."""
    runs = {}
    for queue in queues:
        ids = queue.finished_job_registry.get_job_ids()
        for job in Job.fetch_many(ids, connection=queue.connection, serializer=queue.serializer):
            if job is not None and job.started_at and job.ended_at:
                name = job.func_name.rsplit(".", 1)[-1]
                runs.setdefault(name, []).append((job.ended_at - job.started_at).total_seconds())
    return runs


def finished_jobs_mb(queues):
    """MB of Redis memory that RQ's finished jobs (and their results) still hold: RQ keeps them result_ttl seconds."""
    total = 0
    for queue in queues:
        with queue.connection.pipeline(transaction=False) as pipe:
            for job_id in queue.finished_job_registry.get_job_ids():
                pipe.memory_usage(Job.key_for(job_id))
                pipe.memory_usage(Result.get_key(job_id))
            total += sum(size or 0 for size in pipe.execute())
    return total / 2**20


def percentiles(values):
    ordered = sorted(values)
    if not ordered:
        return "none"
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"p50 {statistics.median(ordered):.2f} s, p95 {p95:.2f} s, max {ordered[-1]:.2f} s ({len(ordered)})"


def lines(figures):
    burst, samples = figures.phase("burst"), figures.samples
    out = [f"baseline: RQ's trivial job on the same {figures.workers} workers, same batches: "
           f"{figures.trivial_rate:.0f} messages/s",
           f"capacity, from a standing backlog: articles processed {figures.article_capacity:.0f}/s; with their "
           f"alerts delivered {figures.capacity:.0f}/s (ratio to the trivial job "
           f"{figures.capacity / figures.trivial_rate:.2f})"]
    out += [f"  {phase.name:8s} {phase.end - phase.start:6.1f} s, {phase.handed:6d} articles, "
            f"{phase.rate:7.1f}/s" + (f" (asked {phase.target:.0f}/s)" if phase.target else "")
            for phase in figures.phases]
    since = [sample for sample in samples if sample.at >= burst.start] or samples[-1:]
    peak = max(since, key=lambda sample: sample.queued_jobs)
    out.append(f"queue from the burst on: peak {peak.queued_jobs} article jobs waiting, {peak.at - burst.start:.1f} s "
               f"after the burst began; peak backlog {max(sample.backlog for sample in since)} articles; peak "
               f"{max(sample.alert_jobs for sample in since)} alert jobs waiting")
    if figures.drained_at is None:
        out.append("drain: the queue did NOT come back to its steady level")
    elif figures.drained_at - figures.burst_end < 0.5:
        out.append("drain: the article queue was at its steady level when the burst ended (the workers kept up)")
    else:
        clear = next((sample.at for sample in samples if sample.at >= figures.drained_at and not sample.alert_jobs),
                     None)
        out.append(f"drain: article queue back to its steady level {figures.drained_at - figures.burst_end:.1f} s "
                   f"after the burst, processing {figures.drain_rate:.0f} articles/s meanwhile (ratio to the "
                   f"articles' capacity {figures.drain_rate / figures.article_capacity:.2f}); alert queue empty "
                   + (f"{clear - figures.burst_end:.1f} s after the burst" if clear else "only at the end"))
    out.append("memory (RSS, MB):     before burst     peak    final   growth")
    out += [f"  {label:18s} {before:10.1f} {peak:9.1f} {final:8.1f} {final - before:+8.1f}"
            for label, before, peak, final in memory_rows(figures)]
    out.append("  largest work horse: " + ", ".join(f"{name} {mb:.1f}" if mb else f"{name} -"
                                                   for name, mb in horse_peaks(figures).items()))
    before = last_before(samples, burst)
    out.append(f"  Redis used_memory: {before.redis_used_mb:.1f} before the burst, peak "
               f"{max(sample.redis_used_mb for sample in samples):.1f}, final {samples[-1].redis_used_mb:.1f}, of "
               f"which RQ's finished jobs and results {figures.finished_jobs_mb:.1f}")
    out.append("job run time (RQ's started -> ended), by job function:")
    out += [f"  {name:16s} {percentiles(values)}" for name, values in sorted(figures.job_seconds.items())]
    out.append("alert latency, hand-over to the webhook, by the article's phase:")
    out += [f"  {name:8s} {percentiles(values)}" for name, values in figures.latencies.items()]
    return out
