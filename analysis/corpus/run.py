"""The client's side of a corpus run: cut the input, send partitions to Dask, gather summaries.

The client never holds an article or a claim: it cuts the input into partitions (see
``inputs``), keeps a bounded number of them in flight on the cluster, and gathers each one's
summary as it completes (``distributed.as_completed``). Partitions already written by an
earlier run into the same folder are skipped, so a stopped run resumes; ``overwrite`` starts
again. A failing partition or article is reported and the run goes on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .inputs import PARTITION_ARTICLES, PARTITION_BYTES, Partition, partitions
from .worker import MARKERS, WarmUp, marker_path, parquet_path, process_partition

MANIFEST = "_corpus.json"
SUMMARY = "_summary.json"
#: The failed articles listed in the summary file (each partition's marker lists all of its own).
MAX_FAILURES_LISTED = 10_000
#: The failed articles printed at the end of a run.
MAX_FAILURES_PRINTED = 20


#: Settings of the local cluster. Besides the profiler (above), an idle local cluster of two workers spent
#: 8% of a core on its own bookkeeping: each process checks its event loop every 20 ms, samples its
#: processor and memory twice a second and (the nannies) the workers' memory ten times a second. On a
#: machine whose every core runs a worker, that time is taken from extraction; at these intervals an idle
#: cluster spends 1.5% of a core (measured with psutil over 10 s). The dashboard's plots refresh less often.
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
}


@dataclass(frozen=True)
class CorpusSummary:
    """What a corpus run did, over the whole corpus (this run and the earlier ones it resumed).

    ``articles`` were read and extracted (``languages`` counts them by language), ``failed``
    could not be (``failures`` lists the first ``MAX_FAILURES_LISTED``, with why), ``claims``
    candidate claims were written. ``megabytes`` of
    text and ``seconds`` are this run's, from the first partition sent to the last one back;
    ``cpu_seconds`` the workers' processor time on this run's partitions (which, unlike
    ``seconds``, does not count waiting for a core another program holds); ``peak_rss`` is each
    worker's peak resident memory (bytes) as it reported it. ``startup_seconds`` is this run's wait for
    the cluster (a local one's start and every worker's ``warm_up``), ``client_cpu_seconds`` the client
    process's processor time while partitions ran (with a local cluster it holds the scheduler too) and
    ``started`` the clock's time (``time.time()``) when the first partition was sent.

    Examples
    --------
    >>> s = CorpusSummary("in.jsonl", "out", partitions=2, written=2, skipped=0, articles=10, failed=1,
    ...                   claims=7, megabytes=3.0, seconds=2.0, workers=2,
    ...                   failures=({"article": "in:4", "reason": "the article is empty", "where": "in.jsonl, line 4"},))
    >>> s.ok, s.megabytes_per_second
    (False, 1.5)
    >>> print(s.describe())
    10 articles read, 1 failed, 7 candidate claims in out
    this run: 2 of 2 partitions written (0 already were, 0 failed), 3.0 MB of text in 2.0 s (1.50 MB/s) on 2 workers
    failed articles:
      in:4: the article is empty
    """

    input: str
    out: str
    partitions: int
    written: int
    skipped: int
    articles: int
    failed: int
    claims: int
    megabytes: float
    seconds: float
    workers: int
    cpu_seconds: float = 0.0
    failures: tuple[dict, ...] = ()
    failed_partitions: tuple[dict, ...] = ()
    peak_rss: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    dashboard: str = ""
    startup_seconds: float = 0.0
    client_cpu_seconds: float = 0.0
    started: float = 0.0

    @property
    def ok(self) -> bool:
        """True when no article and no partition failed."""
        return not self.failed and not self.failed_partitions

    @property
    def megabytes_per_second(self) -> float:
        return self.megabytes / self.seconds if self.seconds > 0 else 0.0

    def describe(self) -> str:
        """The summary a person reads at the end of a run."""
        lines = [f"{self.articles:,} articles read, {self.failed:,} failed, {self.claims:,} candidate claims "
                 f"in {self.out}",
                 f"this run: {self.written} of {self.partitions} partitions written ({self.skipped} already were, "
                 f"{len(self.failed_partitions)} failed), {self.megabytes:.1f} MB of text in {self.seconds:.1f} s "
                 f"({self.megabytes_per_second:.2f} MB/s) on {self.workers} worker{'s' if self.workers != 1 else ''}"]
        if self.languages:
            lines.append("languages: " + ", ".join(f"{lang} {count:,}" for lang, count in
                                                   sorted(self.languages.items(), key=lambda kv: -kv[1])))
        if self.peak_rss:
            lines.append("peak memory per worker: " + ", ".join(f"{rss / 1e6:,.0f} MB"
                                                                for _, rss in sorted(self.peak_rss.items())))
        for part in self.failed_partitions:
            lines.append(f"partition {part['name']} failed ({part['source']}): {part['reason']}")
        if self.failures:
            lines.append("failed articles:")
            lines += [f"  {f['article']}: {f['reason']}" for f in self.failures[:MAX_FAILURES_PRINTED]]
            if self.failed > MAX_FAILURES_PRINTED:
                lines.append(f"  … and {self.failed - MAX_FAILURES_PRINTED:,} more (see {Path(self.out) / SUMMARY})")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return dict(input=self.input, out=self.out, partitions=self.partitions, written=self.written,
                    skipped=self.skipped, articles=self.articles, failed=self.failed, claims=self.claims,
                    megabytes=round(self.megabytes, 3), seconds=round(self.seconds, 3),
                    megabytes_per_second=round(self.megabytes_per_second, 3), workers=self.workers,
                    cpu_seconds=round(self.cpu_seconds, 3), startup_seconds=round(self.startup_seconds, 3),
                    client_cpu_seconds=round(self.client_cpu_seconds, 3), started=round(self.started, 3),
                    languages=self.languages, peak_rss=self.peak_rss,
                    failed_partitions=list(self.failed_partitions),
                    failures=list(self.failures), failures_not_listed=max(0, self.failed - len(self.failures)))


def absolute_input(input: str | Path) -> str:
    """The input (a folder, a file or a glob pattern) as an absolute path, for workers that may run elsewhere.

    Examples
    --------
    >>> os.path.isabs(absolute_input("news/*.jsonl")), absolute_input("/data/news.jsonl")
    (True, '/data/news.jsonl')
    """
    return os.path.abspath(os.path.expanduser(str(input)))


def extract_corpus(input: str, out: str | Path, *, workers: int | None = None, scheduler: str | None = None,
                   lang: str | None = None, overwrite: bool = False, progress: bool = True,
                   languages: tuple[str, ...] | None = None, partition_bytes: int = PARTITION_BYTES,
                   partition_articles: int = PARTITION_ARTICLES, log=None) -> CorpusSummary:
    """Extract candidate claims from every article of a corpus on Dask, into Parquet files in ``out``.

    Parameters
    ----------
    input : str
        A folder of text files, a glob, a JSON Lines file or a Parquet file (with a ``text``
        column; ``id``, ``url``, ``published``, ``outlet`` and ``lang`` are read when present).
    out : str or Path
        The output folder: ``part-NNNNN.parquet`` per input partition, ``_summary.json``.
    workers : int, optional
        Worker processes of the local cluster (default: one per core).
    scheduler : str, optional
        The address of a running Dask scheduler (``tcp://host:8786``) to use instead.
    lang : str, optional
        The language of articles without a ``lang`` (default: detected from each text).
    overwrite : bool, default False
        Start again; by default the partitions already written are kept and skipped.
    progress : bool, default True
        Show a progress bar (on standard error).
    languages : tuple of str, optional
        The languages whose tables each worker loads as it starts (default: ``lang`` when given);
        any other language's load at its first article, once per worker.

    Returns
    -------
    CorpusSummary

    Raises
    ------
    InputError
        The input does not exist or has no ``text``, ``out`` is a file, the language is
        unknown, or the scheduler cannot be reached.

    Examples
    --------
    >>> summary = extract_corpus("news.jsonl", "claims/", workers=2)  # doctest: +SKIP
    >>> print(summary.describe())  # doctest: +SKIP
    10,000 articles read, 0 failed, 22,784 candidate claims in claims
    this run: 10 of 10 partitions written (0 already were, 0 failed), 9.6 MB of text in 15.5 s (0.62 MB/s) on 2 workers
    peak memory per worker: 768 MB, 770 MB
    """
    from ..lexicon import LANGUAGES

    log = log or (lambda message: print(message, file=sys.stderr, flush=True))
    # workers may run in another folder (a scheduler and workers the user started): every path they are
    # given is absolute, resolved here against the folder the command runs in
    input = absolute_input(input)
    out = Path(os.path.abspath(os.path.expanduser(str(out))))
    if out.exists() and not out.is_dir():
        raise InputError(f"--out '{out}' is a file: give a folder for the Parquet parts")
    if lang is not None and lang not in LANGUAGES:
        raise InputError(f"--lang {lang!r} has no language table: use one of {', '.join(LANGUAGES)}, or auto")
    if workers is not None and workers < 1:
        raise InputError(f"--workers {workers}: give at least 1")
    parts = partitions(input, partition_bytes=partition_bytes, partition_articles=partition_articles, exclude=out)
    _prepare(out, input, parts, overwrite)
    done = [p for p in parts if marker_path(out, p.name).exists() and parquet_path(out, p.name).exists()]
    done_names = {p.name for p in done}
    todo = [p for p in parts if p.name not in done_names]
    listed: list[dict] = []  # the failures kept for the summary, at most MAX_FAILURES_LISTED
    earlier = [_keep_failures(_read_marker(out, p.name), listed) for p in done]
    if done:
        log(f"{len(done)} of {len(parts)} partitions already written in {out}: skipping them "
            f"(--overwrite starts again)")
    results: list[dict] = []
    failed_parts: list[dict] = []
    seconds, count, dashboard = 0.0, 0, ""
    timing = dict(startup_seconds=0.0, client_cpu_seconds=0.0, started=0.0)
    if todo:
        warm = tuple(languages) if languages is not None else ((lang,) if lang else ())
        opening = time.perf_counter()
        with _client(workers, scheduler, warm) as client:
            count = len(client.nthreads()) or (workers or 0)
            dashboard = _dashboard(client)
            if dashboard:
                log(f"Dask dashboard: {dashboard}")
            started, client_cpu = time.perf_counter(), time.process_time()
            timing.update(startup_seconds=started - opening, started=time.time())
            for outcome in _run(client, todo, out, lang, progress):
                if "reason" in outcome:
                    failed_parts.append(outcome)
                else:
                    results.append(_keep_failures(outcome, listed))
            seconds = time.perf_counter() - started
            timing["client_cpu_seconds"] = time.process_time() - client_cpu
    summary = _summarise(input, out, parts, earlier, results, failed_parts, listed, seconds, count, dashboard,
                         timing)
    _write_json(out / SUMMARY, summary.as_dict())
    return summary


def _prepare(out: Path, input: str, parts: list[Partition], overwrite: bool) -> None:
    """Check that ``out`` holds this input's partitions (or nothing), clear it when overwriting."""
    fingerprint = hashlib.sha256(json.dumps([p.key() for p in parts]).encode()).hexdigest()
    manifest = out / MANIFEST
    ours = [*out.glob("part-*.parquet"), *(out / MARKERS).glob("part-*.json"), *out.glob(".part-*.tmp"),
            *(out / MARKERS).glob(".part-*.tmp")] if out.is_dir() else []
    if overwrite:
        for path in ours + [out / SUMMARY, manifest]:
            path.unlink(missing_ok=True)
    elif manifest.exists():
        previous = json.loads(manifest.read_text(encoding="utf-8"))
        if previous.get("fingerprint") != fingerprint and previous.get("input") == str(input):
            raise InputError(f"--out '{out}' holds a run of this input cut into {previous.get('partitions')} "
                             f"partitions, now {len(parts)} (the input or the partition size changed); use "
                             f"--overwrite or another folder")
        if previous.get("fingerprint") != fingerprint:
            raise InputError(f"--out '{out}' holds the output of another input ({previous.get('input')!r}, "
                             f"{previous.get('partitions')} partitions); use --overwrite or another folder")
        for path in ours:  # temporary files left by a run that was stopped
            if path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)
    elif ours:
        raise InputError(f"--out '{out}' already holds Parquet parts of unknown origin; use --overwrite or "
                         f"another folder")
    out.mkdir(parents=True, exist_ok=True)
    _write_json(manifest, dict(input=str(input), partitions=len(parts), fingerprint=fingerprint))


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _keep_failures(summary: dict, listed: list[dict]) -> dict:
    """Move a partition's failures into ``listed`` while it has room; the summary keeps only counts."""
    failures = summary.pop("failures", [])
    listed.extend(failures[:max(0, MAX_FAILURES_LISTED - len(listed))])
    return summary


def _read_marker(out: Path, name: str) -> dict:
    return json.loads(marker_path(out, name).read_text(encoding="utf-8"))


@contextmanager
def _client(workers: int | None, scheduler: str | None, languages: tuple[str, ...]) -> Iterator:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError) as error:
            raise InputError(f"could not reach the Dask scheduler at {scheduler!r} ({error}); start one with "
                             f"`dask scheduler` and give its address, e.g. tcp://127.0.0.1:8786") from None
        with client:
            client.register_plugin(WarmUp(languages))
            yield client
        return
    try:
        import bokeh  # noqa: F401  (the dashboard needs it)
        dashboard_address = ":8787"
    except ImportError:
        dashboard_address = None
    import dask

    # Dask's statistical profiler samples every worker thread 100 times a second for the dashboard's
    # profile page; on extraction it cost a fifth more processor time per worker (1.21x the plain
    # loop's with it, 1.02x without, benchmarks/bench_corpus.py). The task stream, progress and memory
    # views of the dashboard do not need it. A cluster the user starts keeps its own settings.
    with dask.config.set(QUIET_CLUSTER), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "port 8787 is in use": another port is taken, and printed
        cluster = LocalCluster(n_workers=workers or _cores(), threads_per_worker=1, processes=True,
                               dashboard_address=dashboard_address, silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        client.register_plugin(WarmUp(languages))
        yield client


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _dashboard(client) -> str:
    try:
        return client.dashboard_link if "dashboard" in client.scheduler_info().get("services", {}) else ""
    except Exception:  # the address is a convenience; a scheduler that cannot say has none
        return ""


def _run(client, todo: list[Partition], out: Path, lang: str | None, progress: bool) -> Iterator[dict]:
    """Each partition's summary (or its failure) as it completes, with a bounded number in flight."""
    from distributed import as_completed
    from tqdm import tqdm

    in_flight = max(4, 2 * sum(client.nthreads().values()))
    pending = iter(todo)
    by_future = {}

    def submit() -> object | None:
        part = next(pending, None)
        if part is None:
            return None
        future = client.submit(process_partition, part, str(out), lang, key=f"extract-corpus-{part.name}-"
                               f"{os.urandom(4).hex()}", pure=False, retries=0)
        by_future[future] = part
        return future

    first = [f for f in (submit() for _ in range(in_flight)) if f is not None]
    totals = dict(articles=0, claims=0, failed=0)
    with tqdm(total=len(todo), unit="part", desc="extract-corpus", file=sys.stderr, disable=not progress,
              dynamic_ncols=True) as bar:
        queue = as_completed(first)
        for future in queue:
            part = by_future.pop(future)
            if future.status == "finished":
                summary = future.result()
                totals["articles"] += summary["articles"]
                totals["claims"] += summary["claims"]
                totals["failed"] += summary["failed"]
            else:
                error = future.exception()
                summary = dict(name=part.name, source=part.describe(),
                               reason=f"{type(error).__name__}: {' '.join(str(error).split())}"[:300])
                totals["failed"] += 1
            future.release()
            bar.update(1)
            bar.set_postfix(totals, refresh=False)
            following = submit()
            if following is not None:
                queue.add(following)
            yield summary


def _summarise(input: str, out: Path, parts: list[Partition], earlier: list[dict], results: list[dict],
               failed_parts: list[dict], failures: list[dict], seconds: float, workers: int,
               dashboard: str, timing: dict | None = None) -> CorpusSummary:
    every = earlier + results
    peak: dict[str, int] = {}
    languages: dict[str, int] = {}
    for summary in every:
        for lang, count in summary.get("languages", {}).items():
            languages[lang] = languages.get(lang, 0) + count
    for summary in results:
        peak[summary["worker"]] = max(peak.get(summary["worker"], 0), summary["peak_rss"])
    return CorpusSummary(
        input=str(input), out=str(out), partitions=len(parts), written=len(results), skipped=len(earlier),
        articles=sum(s["articles"] for s in every), failed=sum(s["failed"] for s in every),
        claims=sum(s["claims"] for s in every), megabytes=sum(s["bytes"] for s in results) / 1e6,
        seconds=seconds, workers=workers, cpu_seconds=sum(s.get("cpu_seconds", 0.0) for s in results),
        failures=tuple(failures),
        failed_partitions=tuple(sorted(failed_parts, key=lambda s: s["name"])), peak_rss=peak, dashboard=dashboard,
        languages=languages, **(timing or {}))
