"""The normaliser side by side with the peers that install here, on the same English phrases, in one run.

Duckling (pyduckling-native) cannot be built on this machine: it ships only an sdist that needs the
Haskell Duckling library, and `pip download pyduckling-native` fails in maturin. So the peers are
Microsoft Recognizers-Text (`recognizers_number`: the installed release has the number and percentage
models but no NumberRangeModel, so it reads less than find_ranges does) and `number_parser` (`parse`, numbers written in words). Each reads
every phrase once; phrases per second, best of three. Run: `.venv/bin/python benchmarks/peers.py [N]`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from phrases import phrases  # noqa: E402

from analysis import find_ranges  # noqa: E402


def rate(batch: list[str], fn, runs: int = 3) -> float:
    fn(batch[0])  # load tables and models once
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        for phrase in batch:
            fn(phrase)
        best = min(best, time.perf_counter() - t0)
    return len(batch) / best


def peers() -> dict[str, object]:
    found: dict[str, object] = {"analysis.find_ranges": lambda p: find_ranges(p)}
    try:
        from recognizers_number import NumberRecognizer
        from recognizers_text import Culture

        recognizer = NumberRecognizer(Culture.English)
        numbers, percents = recognizer.get_number_model(), recognizer.get_percentage_model()
        found["Recognizers-Text (number + percent models)"] = lambda p: (numbers.parse(p), percents.parse(p))
    except ImportError:
        print("recognizers-text-number is not installed (make bench installs the bench extra)")
    try:
        from number_parser import parse

        found["number_parser.parse"] = lambda p: parse(p)
    except ImportError:
        print("number-parser is not installed (make bench installs the bench extra)")
    return found


def main(n: int = 20_000) -> None:
    batch = phrases("en", n)
    print(f"English, {len(batch):,} unique generated news phrases, one process, best of 3 "
          "(Duckling: not installable here, see the module's notes)")
    ours = None
    for name, fn in peers().items():
        r = rate(batch, fn)
        ours = ours or r
        print(f"  {name:45s} {r:>10,.0f} phrases/s  ({ours / r:.1f}x slower than find_ranges)" if r != ours
              else f"  {name:45s} {r:>10,.0f} phrases/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
