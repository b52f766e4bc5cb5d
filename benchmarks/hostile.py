"""Time and peak memory of find_ranges on long hostile or news text: `.venv/bin/python benchmarks/hostile.py KIND MB`
(KIND: dash, punct, paren, space, news); run it under `/usr/bin/time -v` for the peak RSS, or add --trace."""
import sys, time, tracemalloc
from analysis import find_ranges
kind, mb = sys.argv[1], float(sys.argv[2])
n = int(mb * 1_000_000)
unit = {"dash": "1-", "punct": "!?.,;:-", "paren": "((((((((((1)))))))))) ", "space": "1 ", "news": "About 300 soldiers were killed and 2,700 wounded, officials said on Monday. "}[kind]
text = (unit * (n // len(unit) + 1))[:n]
if "--trace" in sys.argv: tracemalloc.start()
t = time.perf_counter()
found = find_ranges(text)
dt = time.perf_counter() - t
cur, peak = tracemalloc.get_traced_memory()
print(f"{kind} {mb} MB: {len(found)} ranges, {dt:.2f} s, peak {peak/1e6:.0f} MB, held {cur/1e6:.0f} MB")
