"""Benchmark: MB of article text per second through extract_claims (one core)."""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

from analysis import extract_claims

ROOT = Path(__file__).resolve().parents[1]


def corpus(megabytes: float = 2.0, seed: int = 5) -> list[str]:
    """Articles made of the seed article's paragraphs and the dataset's quotes, numbers varied."""
    rng = random.Random(seed)
    seed_text = (ROOT / "data" / "raw" / "voa-2025-02-28-north-korea-more-troops.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in seed_text.split("\n") if p.strip()]
    with open(ROOT / "data" / "claims" / "north-korean-troops.csv", encoding="utf-8", newline="") as f:
        paragraphs += [row["quote"] for row in csv.DictReader(f) if row["lang"] == "en"]
    articles, size = [], 0
    while size < megabytes * 1_000_000:
        chosen = rng.sample(paragraphs, 12)
        text = "\n".join(p.replace("300", str(rng.randint(100, 999))) for p in chosen)
        articles.append(text)
        size += len(text.encode("utf-8"))
    return articles


def main() -> None:
    articles = corpus()
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    extract_claims(articles[0])
    t0 = time.perf_counter()
    found = sum(len(extract_claims(a)) for a in articles)
    seconds = time.perf_counter() - t0
    print(f"extract_claims: {megabytes / seconds:.2f} MB/s ({megabytes:.1f} MB in {len(articles):,} articles, "
          f"{found:,} candidate claims, one core)")


if __name__ == "__main__":
    main()
