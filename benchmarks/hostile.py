"""Time and peak memory of find_ranges (or iter_ranges) on long hostile or news text.

Run: `/usr/bin/time -v .venv/bin/python benchmarks/hostile.py KIND MB [--iter] [--trace]` (KIND: dash, punct,
paren, space, dots, glued, article, words, ko, news); `/usr/bin/time -v` gives the peak RSS ("Maximum resident set size"). `find_ranges`
raises LimitExceededError past MAX_NUMBERS_PER_CALL numbers; `--iter` counts them with iter_ranges instead.
"""
import sys
import time
import tracemalloc

from analysis.errors import LimitExceededError
from analysis.normalise import find_ranges, iter_ranges

kind, mb = sys.argv[1], float(sys.argv[2])
n = int(mb * 1_000_000)
units = {"dash": "1-", "punct": "!?.,;:-", "paren": "((((((((((1)))))))))) ", "space": "1 ", "dots": "1.",
         "glued": "1a", "article": "a ", "words": "one two ", "ko": "3천명이 ",
         "news": "About 300 soldiers were killed and 2,700 wounded, officials said on Monday. "}
unit = units[kind]
lang = "ko" if kind == "ko" else "en"
text = (unit * (n // len(unit) + 1))[:n]
if "--trace" in sys.argv:
    tracemalloc.start()
t = time.perf_counter()
if "--iter" in sys.argv:
    outcome = f"{sum(1 for _ in iter_ranges(text, lang=lang)):,} ranges (iter_ranges)"
else:
    try:
        outcome = f"{len(find_ranges(text, lang=lang)):,} ranges"
    except LimitExceededError as error:
        outcome = f"LimitExceededError: {error}"
dt = time.perf_counter() - t
cur, peak = tracemalloc.get_traced_memory()
print(f"{kind} {mb:g} MB: {dt:.1f} s, {outcome}" + (f", traced peak {peak / 1e6:.0f} MB" if peak else ""))
