"""`make bench`: how fast the package is, measured (never asserted in tests).

Prints phrases per second of find_ranges for each language, and the other
figures the README quotes. Run: `make bench` (or `.venv/bin/python benchmarks/run.py`; add
`--hostile` for find_ranges on 10 MB of hostile text, a few minutes).
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


def bench_spaced_groups() -> None:
    """Texts of 20 English phrases ending with one number grouped by a space ("12 000") or a comma:
    the space must not send the whole text down a slower, uncached tokenizer path."""
    batch = phrases("en", 2_000)
    texts = [" ".join(batch[i:i + 20]) for i in range(0, len(batch), 20)]
    for name, tail in (("12,000", " In all 12,000 left."), ("12 000", " In all 12 000 left.")):
        chunk = [t + tail for t in texts]
        find_ranges(chunk[0])
        seconds = best_of(5, lambda: [find_ranges(t) for t in chunk])
        print(f"find_ranges [en], texts of 20 phrases + {name!r}: {len(chunk) / seconds:,.0f} texts/s")


def bench_hostile(mb: float = 10.0) -> None:
    """find_ranges on 10 MB of hostile text (see benchmarks/hostile.py for peak memory)."""
    units = {"dash": "1-", "punct": "!?.,;:-", "paren": "((((((((((1)))))))))) ",
             "news": "About 300 soldiers were killed and 2,700 wounded, officials said on Monday. "}
    n = int(mb * 1_000_000)
    for kind, unit in units.items():
        text = (unit * (n // len(unit) + 1))[:n]
        t0 = time.perf_counter()
        found = find_ranges(text)
        print(f"find_ranges on {mb:g} MB of {kind!r}: {time.perf_counter() - t0:.1f} s, {len(found):,} ranges")


def main(argv: list[str]) -> int:
    print(f"Python {sys.version.split()[0]}")
    bench_normaliser()
    bench_spaced_groups()
    if "--hostile" in argv:
        bench_hostile()
    for extra in ("peers", "bench_claims", "bench_extract", "bench_report", "accuracy", "bench_corpus"):
        try:
            module = __import__(extra)
        except ModuleNotFoundError:
            continue
        module.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
