"""Benchmark: MB of article text per second through extract_claims (one core)."""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

from analysis import extract_claims

ROOT = Path(__file__).resolve().parents[1]


def corpus(megabytes: float = 2.0, seed: int = 5, dense: bool = False) -> list[str]:
    """Synthetic articles, numbers varied so no two are alike.

    News-like (default): the seed article's own paragraphs, reordered, with three curated quotes mixed in,
    which keeps the density of claims of a real article. Dense: twelve curated quotes and seed paragraphs,
    nearly every paragraph a claim (the worst case).
    """
    rng = random.Random(seed)
    seed_text = (ROOT / "data" / "raw" / "voa-2025-02-28-north-korea-more-troops.txt").read_text(encoding="utf-8")
    article = [p for p in seed_text.split("\n") if p.strip()]
    with open(ROOT / "data" / "claims" / "north-korean-troops.csv", encoding="utf-8", newline="") as f:
        quotes = [row["quote"] for row in csv.DictReader(f) if row["lang"] == "en"]
    articles, size = [], 0
    while size < megabytes * 1_000_000:
        chosen = rng.sample(article + quotes, 12) if dense else rng.sample(article, len(article)) + \
            rng.sample(quotes, 3)
        text = "\n".join(p.replace("300", str(rng.randint(100, 999))) for p in chosen)
        articles.append(text)
        size += len(text.encode("utf-8"))
    return articles


def main() -> None:
    for dense in (False, True):
        articles = corpus(dense=dense)
        megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
        extract_claims(articles[0])
        t0 = time.perf_counter()
        found = sum(len(extract_claims(a)) for a in articles)
        seconds = time.perf_counter() - t0
        kind = "claim-dense text" if dense else "news-like articles"
        print(f"extract_claims, {kind}: {megabytes / seconds:.2f} MB/s ({megabytes:.1f} MB in {len(articles):,} "
              f"articles, {found:,} candidate claims, one core)")


if __name__ == "__main__":
    main()
