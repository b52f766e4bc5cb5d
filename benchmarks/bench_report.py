"""Benchmark: the report command on each bundled topic and on a 5,000-row claims file, and `make report`.

    .venv/bin/python benchmarks/bench_report.py [--rows 5000] [--skip-build]

Each command runs as a user runs it (a new process); the wall time and the processor time of
the child (user + system) are printed, with the load average, since a loaded machine stretches
the wall time. The 5,000-row file is built here from the bundled North Korea topic: its rows
repeated under new ids, organisations and dates, so it has many sources and statements.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ROOT / "data" / "claims"


def timed(args: list[str]) -> tuple[float, float, int]:
    """(wall seconds, processor seconds of the child, exit code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        print(result.stderr[-2000:], file=sys.stderr)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.returncode


def many_rows(path: Path, rows: int) -> Path:
    """A claims file of ``rows`` rows built from the bundled topic (no sidecar: the defaults apply)."""
    with open(TOPICS / "north-korean-troops.csv", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header, seed = reader.fieldnames, list(reader)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header)
        writer.writeheader()
        for i in range(rows):
            row = dict(seed[i % len(seed)])
            row["claim_id"] = f"R{i:05d}"
            row["organisation"] = f"{row['organisation'] or 'Agency'} {i % 40}"
            year = 2020 + (i // len(seed)) % 5
            for column in ("claim_date", "published"):
                if row[column][:4].isdigit():
                    row[column] = str(year) + row[column][4:]
            writer.writerow(row)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        files = sorted(p for p in TOPICS.glob("*.csv") if not p.name.endswith(".sources.csv"))
        files.append(many_rows(Path(folder) / f"rows-{args.rows}.csv", args.rows))
        for claims in files:
            wall, cpu, code = timed(["report", "--claims", str(claims), "--title", claims.stem, "--out", str(out)])
            print(f"report {claims.name}: {wall:.1f} s wall, {cpu:.1f} s processor (exit {code})")
        if not args.skip_build:
            wall, cpu, code = timed(["build", "--out", str(Path(folder) / "build")])
            pages = len(list((Path(folder) / "build").glob("*.html")))
            print(f"make report (python -m analysis build): {wall:.1f} s wall, {cpu:.1f} s processor, {pages} pages "
                  f"(exit {code})")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
