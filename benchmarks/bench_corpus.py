"""Benchmark: the corpus mode on Dask against a plain loop, and its memory per worker.

A synthetic corpus of news-like articles (``analysis.corpus.synthetic``, in every language
of its templates) is written to a temporary Parquet file. On the first size
(10,000 articles by default) the same articles go through a plain single-process loop over
``extract_rows`` (the extractor without a DataFrame per article, as the workers call it), each time in a new
process that has loaded the tables as a worker does (so no run starts with another's caches), then
``extract_corpus`` with 1 and with 2 worker processes; on every size the 2-worker run reports
each worker's peak resident memory (its ``ru_maxrss``), which should not grow with the corpus.

Run: ``.venv/bin/python benchmarks/bench_corpus.py [--corpus-size 10000 100000] [--repeat 1]``
(``make bench`` runs both default sizes once; ``--repeat 3`` keeps the fastest of three runs of the
first size's comparisons, for a machine that other jobs share). ``--hostile`` instead runs a corpus of
ordinary articles with two articles that are one sentence of 1 MB with no full stop (a casualty list,
a run of attributions) on 2 workers, and prints each partition's time: a worker must not stall on them.

Each corpus run also prints its timeline (from the summary and each partition's marker): the wait for the
cluster (its start and each worker's warm-up), each worker's first and last partition, its busy and idle time
and Parquet writing, the tail (one worker done, the other still busy) and the client process's processor time
(with a local cluster the scheduler runs in it). "Extracting" runs from the first partition sent to the last
summary back; "in all" adds the cluster's start and the workers' warm-up (the loop's "in all" adds its own
loading of the same tables). The synthetic corpus repeats sentences (templates): the share of its sentences
met before is printed, as the sentence memos (on in the loop and the workers alike) look those up.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from analysis.extract import extract_rows
from analysis.corpus import extract_corpus
from analysis.corpus.synthetic import articles, template_languages
from analysis.corpus.worker import warm_up

SIZES = (10_000, 100_000)


def write_corpus(path: Path, count: int, languages: tuple[str, ...]) -> float:
    """Write ``count`` articles to a Parquet file in row groups of 1,000; return the MB of text."""
    size = 0
    with pq.ParquetWriter(path, pa.schema([(c, pa.string()) for c in ("id", "text", "url", "published",
                                                                       "lang")])) as writer:
        batch = []
        for article in articles(count, seed=count, languages=languages):
            batch.append(article)
            size += len(article["text"].encode("utf-8"))
            if len(batch) == 1_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=writer.schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=writer.schema))
    return size / 1e6


def repeated_sentences(count: int, languages: tuple[str, ...]) -> float:
    """The share of the corpus's sentences whose text (in its language) is that of a sentence met before in it:
    what the extractor's sentence memos find (they are on in the loop and in the workers alike)."""
    from analysis.extract.language import language
    from analysis.extract.sentences import sentences

    seen: set[tuple[str, str]] = set()
    total = again = 0
    for article in articles(count, seed=count, languages=languages):
        text, lang = article["text"], article["lang"]
        for s in sentences(text, language(lang)):
            key = (lang, text[s.start:s.end])
            total += 1
            again += key in seen
            seen.add(key)
    return again / max(total, 1)


def fresh(function, *args):
    """``function(*args)`` in a new process that first loads the tables as a worker does (``warm_up``): a loop
    run again in this process would find every word's key already cached, which the workers do not."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_warm_then, (function, *args))


def _warm_then(function, *args):
    import gc

    warm_up(template_languages())
    gc.collect()
    gc.freeze()  # as the workers' plugin does
    return function(*args)


def plain_loop(path: Path, row_groups: list[int] | None = None) -> tuple[float, float, int]:
    """Seconds, processor seconds and claims of a loop over the file's articles (or those of some of its row
    groups) in this process."""
    started, cpu = time.perf_counter(), time.process_time()
    claims = 0
    file = pq.ParquetFile(path)
    groups = list(range(file.num_row_groups)) if row_groups is None else row_groups
    for batch in file.iter_batches(batch_size=1_000, row_groups=groups, columns=["id", "text", "lang"]):
        for ident, text, lang in zip(*batch.to_pydict().values()):
            claims += len(extract_rows(text, lang=lang, document=ident))
    return time.perf_counter() - started, time.process_time() - cpu, claims


def two_loops(path: Path) -> tuple[float, float, int]:
    """Two plain loops at once, in two new warmed processes, each over half of the file's row groups: what two
    processes on this machine give without Dask (the clock from both starting together to the last one done,
    their processor seconds, their claims)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    groups = list(range(pq.ParquetFile(path).num_row_groups))
    halves = [groups[:len(groups) // 2], groups[len(groups) // 2:]]
    start, results = context.Barrier(3), context.Queue()
    processes = [context.Process(target=_loop_after, args=(path, half, start, results)) for half in halves]
    for p in processes:
        p.start()
    start.wait()  # both processes have loaded their tables
    began = time.perf_counter()
    done = [results.get() for _ in processes]
    for p in processes:
        p.join()
    return max(end for end, _, _ in done) - began, sum(cpu for _, cpu, _ in done), sum(c for _, _, c in done)


def _loop_after(path: Path, row_groups: list[int], start, results) -> None:
    import gc

    warm_up(template_languages())
    gc.collect()
    gc.freeze()
    start.wait()
    _, cpu, claims = plain_loop(path, row_groups)
    results.put((time.perf_counter(), cpu, claims))  # the clock is the machine's monotonic one, as in the parent


def worker_in_process(path: Path, out: Path) -> tuple[float, float, int]:
    """Seconds, processor seconds and claims of the workers' partition function run here, one partition
    after another: the worker's own cost (reading, output rows, Parquet) without Dask's."""
    from analysis.corpus.inputs import partitions
    from analysis.corpus.worker import process_partition

    started, cpu = time.perf_counter(), time.process_time()
    claims = sum(process_partition(part, str(out))["claims"] for part in partitions(str(path)))
    return time.perf_counter() - started, time.process_time() - cpu, claims


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def corpus_run(path: Path, out: Path, workers: int, languages: tuple[str, ...]) -> tuple[float, object]:
    """Seconds in all (cluster start, workers loading the tables, extraction) and the run's summary."""
    started = time.perf_counter()
    summary = extract_corpus(str(path), out, workers=workers, progress=False, overwrite=True, languages=languages,
                             log=lambda m: None)
    return time.perf_counter() - started, summary


def timeline(summary, out: Path, total: float) -> str:
    """Where a run's wall time went, from its summary and each partition's marker (their clock times)."""
    import json

    parts = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "_partitions").glob("part-*.json")]
    t0 = summary.started
    lines = [f"    timeline: {total:.1f} s in all = {summary.startup_seconds:.1f} s cluster start and warm-up + "
             f"{summary.seconds:.1f} s extracting + {total - summary.startup_seconds - summary.seconds:.1f} s "
             f"cutting the input, closing the cluster and the rest; client process (with the scheduler) "
             f"{summary.client_cpu_seconds:.2f} s of processor while extracting"]
    ends = []
    for worker in sorted({p["worker"] for p in parts}):
        mine = sorted((p for p in parts if p["worker"] == worker), key=lambda p: p["started"])
        busy = sum(p["seconds"] for p in mine)
        first, last = mine[0]["started"] - t0, mine[-1]["finished"] - t0
        ends.append(last)
        first_rate = mine[0]["bytes"] / 1e6 / max(mine[0]["cpu_seconds"], 1e-9)
        rest = mine[1:] or mine
        rate = sum(p["bytes"] for p in rest) / 1e6 / max(sum(p["cpu_seconds"] for p in rest), 1e-9)
        lines.append(f"    worker {worker}: warm-up {mine[0].get('warm_up_seconds', 0):.1f} s at its start; "
                     f"{len(mine)} partitions, first sent +{first:.2f} s, last back +{last:.2f} s; busy {busy:.1f} s "
                     f"({sum(p['cpu_seconds'] for p in mine):.1f} s of processor, writing Parquet "
                     f"{sum(p['write_seconds'] for p in mine):.2f} s), idle between partitions "
                     f"{last - first - busy:.2f} s; first partition {first_rate:.2f} MB/s of processor, "
                     f"the others {rate:.2f}")
    lines.append(f"    tail: the first worker done at +{min(ends):.2f} s, the last at +{max(ends):.2f} s "
                 f"({max(ends) - min(ends):.2f} s with a core idle); last summary back at +{summary.seconds:.2f} s")
    return "\n".join(lines)


HOSTILE_UNITS = {"a list with no full stop": "12 killed, 30 wounded and 4 missing in the port city, officials said, ",
                 "a run of attributions": "officials said 40 people were killed and "}


def hostile(tmp: Path, megabytes: float = 0.99) -> None:
    """Two articles of one ``megabytes`` sentence each among 400 ordinary ones, on 2 workers."""
    import json

    path = tmp / "hostile.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for number, article in enumerate(articles(400, seed=5, languages=("en",))):
            f.write(json.dumps(article, ensure_ascii=False) + "\n")
            if number % 200 == 100:
                name, unit = list(HOSTILE_UNITS.items())[number // 200]
                text = "The ministry said: " + unit * int(megabytes * 1e6 // len(unit))
                f.write(json.dumps({"id": name, "lang": "en", "text": text}) + "\n")
    for name, unit in HOSTILE_UNITS.items():
        text = "The ministry said: " + unit * int(megabytes * 1e6 // len(unit))
        started = time.process_time()
        rows = extract_rows(text, lang="en")
        print(f"  one {megabytes:g} MB sentence, {name}: {time.process_time() - started:.1f} s of processor in this "
              f"process, {len(rows):,} candidate claims")
    started = time.perf_counter()
    summary = extract_corpus(str(path), tmp / "hostile-out", workers=2, progress=False, overwrite=True,
                             languages=("en",), log=lambda m: None)
    print(f"  extract-corpus, 2 workers: {time.perf_counter() - started:.1f} s in all, {summary.seconds:.1f} s "
          f"extracting; {summary.articles} articles, {summary.failed} failed, {summary.claims:,} candidate claims")
    for marker in sorted((tmp / "hostile-out" / "_partitions").glob("part-*.json")):
        part = json.loads(marker.read_text(encoding="utf-8"))
        print(f"    {part['name']}: {part['articles']} articles, {part['bytes'] / 1e6:.2f} MB, {part['seconds']:.1f} s "
              f"({part['cpu_seconds']:.1f} s of processor), peak memory {part['peak_rss'] / 1e6:.0f} MB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-size", type=int, nargs="+", default=list(SIZES),
                        help="articles in each corpus (the first one is also run by the plain loop and 1 worker)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the first size's comparisons this many times and keep the fastest of each")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="the worker counts run on the first size (default 1 2; larger sizes run 2)")
    parser.add_argument("--skip-in-process", action="store_true",
                        help="leave out the partition function run in one process (a shorter run)")
    parser.add_argument("--hostile", action="store_true",
                        help="two articles of one 1 MB sentence among ordinary ones, instead of the comparison")
    args, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.hostile:
        print("load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
        with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
            hostile(Path(tmp))
        return
    started = time.perf_counter()
    languages = tuple(warm_up(template_languages()))
    loading = time.perf_counter() - started
    print("load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg()) +
          f" ({os.cpu_count()} cores; wall-clock figures assume nothing else runs)")
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        peaks = {}
        for number, count in enumerate(args.corpus_size):
            path = Path(tmp) / f"news-{count}.parquet"
            started = time.perf_counter()
            megabytes = write_corpus(path, count, languages)
            print(f"corpus: {count:,} synthetic articles ({'/'.join(languages)}), {megabytes:.1f} MB of text, "
                  f"generated in {time.perf_counter() - started:.1f} s")
            if number == 0:
                print(f"  {repeated_sentences(count, languages):.0%} of its sentences repeat one met before in it")
                loop_seconds, loop_cpu, claims = min(fresh(plain_loop, path) for _ in range(args.repeat))
                print(f"  plain loop, one process: {loop_seconds:.1f} s extracting ({megabytes / loop_seconds:.2f} MB/s, "
                      f"{loop_cpu:.1f} s of processor), {loading:.1f} s loading the tables first; "
                      f"{claims:,} candidate claims; {_load()}")
                two_seconds, two_cpu, two_claims = min(two_loops(path) for _ in range(args.repeat))
                print(f"  two plain loops at once, each over half the articles in its own process (no Dask): "
                      f"{two_seconds:.1f} s, {loop_seconds / two_seconds:.2f}x the one loop ({two_cpu:.1f} s of "
                      f"processor, {two_cpu / loop_cpu:.2f}x the loop's); {two_claims:,} candidate claims; {_load()}")
                if not args.skip_in_process:
                    in_seconds, in_cpu, in_claims = fresh(worker_in_process, path, Path(tmp) / f"in-process-{count}")
                    print(f"  the workers' partition function in this process: {in_seconds:.1f} s ({in_cpu:.1f} s of "
                          f"processor, {in_cpu / loop_cpu:.2f}x the loop's); {in_claims:,} candidate claims; {_load()}")
            for workers in (tuple(args.workers) if number == 0 else (2,)):
                seconds, summary, out = min(((*corpus_run(path, Path(tmp) / f"out-{count}-{workers}-{r}", workers,
                                                          languages), Path(tmp) / f"out-{count}-{workers}-{r}")
                                             for r in range(args.repeat if number == 0 else 1)),
                                            key=lambda r: r[1].seconds)
                rss = sorted(summary.peak_rss.values())
                peaks[(count, workers)] = max(rss)
                line = (f"  extract-corpus, {workers} worker{'s' if workers > 1 else ''}: {summary.seconds:.1f} s "
                        f"extracting ({summary.megabytes_per_second:.2f} MB/s, {summary.cpu_seconds:.1f} s of worker "
                        f"processor), {seconds:.1f} s in all with the cluster's start; {summary.claims:,} candidate "
                        f"claims, {summary.failed} failed; peak memory per worker "
                        + ", ".join(f"{r / 1e6:.0f} MB" for r in rss) + f"; {_load()}")
                if number == 0:
                    line += (f"\n    speed-up over the plain loop: {loop_seconds / summary.seconds:.2f}x extracting, "
                             f"{(loop_seconds + loading) / seconds:.2f}x in all (its loading counted); processor time "
                             f"{summary.cpu_seconds / loop_cpu:.2f}x the loop's")
                    if summary.claims != claims:
                        line += f"\n    the loop found {claims:,} claims, not {summary.claims:,}!"
                line += "\n" + timeline(summary, out, seconds)
                print(line, flush=True)
        two = [(count, peak) for (count, workers), peak in peaks.items() if workers == 2]
        if len(two) > 1:
            (small, low), (large, high) = two[0], two[-1]
            print(f"  peak memory per worker, 2 workers: {low / 1e6:.0f} MB for {small:,} articles, "
                  f"{high / 1e6:.0f} MB for {large:,} ({(high / low - 1) * 100:+.0f}%)")
    print("load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
