"""`make bench`: how fast the package is, measured (never asserted in tests).

Prints phrases per second of find_ranges for each language, and the other
figures the README quotes. Run: `make bench` (or `.venv/bin/python benchmarks/run.py`).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from phrases import phrases  # noqa: E402

from analysis import find_ranges  # noqa: E402


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def bench_normaliser() -> None:
    for lang in ("en", "uk", "ru", "ko"):
        batch = phrases(lang, 20_000)
        find_ranges(batch[0], lang=lang)  # load the table once
        def run() -> None:
            for phrase in batch:  # each result is used and dropped, as a stream of phrases would be
                find_ranges(phrase, lang=lang)

        seconds = best_of(5, run)
        print(f"find_ranges [{lang}]: {len(batch) / seconds:,.0f} phrases/s "
              f"({len(batch):,} unique phrases, single process, best of 5)")


def main(argv: list[str]) -> int:
    print(f"Python {sys.version.split()[0]}")
    bench_normaliser()
    for extra in ("peers", "bench_claims", "bench_extract", "bench_report", "accuracy", "bench_corpus"):
        try:
            module = __import__(extra)
        except ModuleNotFoundError:
            continue
        module.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
