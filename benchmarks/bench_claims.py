"""Benchmark: loading a 100,000-row claims file (validation and normalisation included)."""

from __future__ import annotations

import csv
import random
import tempfile
import time
from pathlib import Path

from analysis import load_claims

ROOT = Path(__file__).resolve().parents[1]


def big_claims_file(path: Path, rows: int = 100_000, seed: int = 3) -> Path:
    """The bundled claims, repeated with new ids and new numbers, to ``rows`` rows."""
    rng = random.Random(seed)
    with open(ROOT / "data" / "claims" / "north-korean-troops.csv", encoding="utf-8", newline="") as f:
        base = list(csv.DictReader(f))
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(base[0]), lineterminator="\n")
        writer.writeheader()
        for i in range(rows):
            row = dict(base[i % len(base)])
            row["claim_id"] = f"B{i:06d}"
            number = f"{rng.randint(1, 40) * 100:,}"
            row["stated"] = f"about {number}"
            row["quote"] = f"Officials said about {number} soldiers were affected (report {i})."
            row["lang"] = "en"
            row["document"] = row["start"] = row["end"] = ""
            writer.writerow(row)
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = big_claims_file(Path(folder) / "claims.csv")
        t0, c0 = time.perf_counter(), time.process_time()
        claims = load_claims(path)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU time is what the loader costs; wall time also counts whatever else runs on a shared machine
    print(f"load_claims: {len(claims):,} rows in {cpu:.1f} s CPU, {seconds:.1f} s wall "
          f"({len(claims) / cpu:,.0f} rows per CPU second)")


if __name__ == "__main__":
    main()
