"""Benchmark: MB of article text per second through the extractor (one core).

Three corpora, built here (no copyrighted text):

- synthetic news: the corpus mode's generated articles (``analysis.corpus.synthetic``): a few paragraphs of
  casualty figures attributed to a source among ordinary news with numbers that count no one;
- seed news-like: the seed article's own paragraphs, reordered, with three curated quotes mixed in;
- claim-dense: twelve curated quotes and seed paragraphs, nearly every paragraph a claim (the worst case).

Also: one sentence of 1 MB with no full stop (a casualty list), which must stay linear; and the start-up of a new
process per language (imports, then one language's tables: what a corpus worker or the CLI pays before its first
article of that language).

The headline figures are taken with the sentence memos OFF (``memo.MAX_SENTENCE_CHARS = 0``): the seed and
claim-dense corpora repeat the seed article's sentences nearly verbatim, so with the memos on nearly every
sentence after the first article would be looked up, not read. Each corpus's line says how many of its
sentences repeat one met before; the memo-on figure of the news-like corpus is printed on its own, labelled line.
Each line also gives words (runs between white space) per second and bytes a word: the extractor's work goes by
words, and UTF-8 gives a Cyrillic letter two bytes and a Hangul syllable three (the generated Russian news has about
twice the bytes a word of the English), so languages compare by words per second, not by MB/s.

Run: ``.venv/bin/python benchmarks/bench_extract.py``.
"""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

from analysis.extract import extract_rows, memo
from analysis.extract.memo import clear as clear_memos

ROOT = Path(__file__).resolve().parents[1]


def seed_corpus(megabytes: float = 2.0, seed: int = 5, dense: bool = False) -> list[str]:
    """Articles made of the seed article's paragraphs and curated quotes, numbers varied."""
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


def synthetic_corpus(megabytes: float = 2.0, seed: int = 7, lang: str = "en") -> list[str]:
    from analysis.corpus.synthetic import article_text

    rng = random.Random(seed)
    articles, size = [], 0
    while size < megabytes * 1_000_000:
        text = article_text(rng, lang)
        articles.append(text)
        size += len(text.encode("utf-8"))
    return articles


def memos(on: bool) -> None:
    """Switch the sentence memos on (their usual bound) or off (no sentence is remembered)."""
    memo.MAX_SENTENCE_CHARS = _MEMO_CHARS if on else 0
    clear_memos()


_MEMO_CHARS = memo.MAX_SENTENCE_CHARS


def repeated_sentences(articles: list[str], lang: str = "en") -> float:
    """The share of the corpus's sentences whose text is that of a sentence met before in it (what the memos
    would find)."""
    from analysis.extract.language import language
    from analysis.extract.sentences import sentences

    lx = language(lang)
    seen: set[str] = set()
    total = again = 0
    for a in articles:
        for s in sentences(a, lx):
            piece = a[s.start:s.end]
            total += 1
            again += piece in seen
            seen.add(piece)
    return again / max(total, 1)


def throughput(articles: list[str], lang: str = "en", runs: int = 3) -> tuple[float, float, int]:
    """Best MB/s of a few runs by processor time and by the clock, and the rows found.

    Processor time (``time.process_time``) counts only this process's own work, so other programs on
    the machine do not lower it much; the clock's figure is the one that matters on an idle machine.
    Whether the sentence memos are on is the caller's choice (``memos``)."""
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    for a in articles[:50]:
        extract_rows(a, lang=lang)  # tables compiled once, outside the timing
    best_cpu = best_wall = 0.0
    found = 0
    for _ in range(runs):
        clear_memos()  # each run reads the articles afresh: no sentence remembered from the run before
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(extract_rows(a, lang=lang)) for a in articles)
        best_wall = max(best_wall, megabytes / (time.perf_counter() - t0))
        best_cpu = max(best_cpu, megabytes / (time.process_time() - c0))
    return best_cpu, best_wall, found


def first_reading(lang: str, megabytes: float = 0.5, seed: int = 11) -> float:
    """MB/s of processor time over articles this process has not read before, each read once.

    The corpus mode reads every article once: the words and numbers it has not met before (each
    new figure, "234명이") miss the caches of word keys and analyses, which the best of several
    runs over the same articles (``throughput``) never shows."""
    articles = synthetic_corpus(megabytes, seed=seed, lang=lang)
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    clear_memos()
    c0 = time.process_time()
    for a in articles:
        extract_rows(a, lang=lang)
    return megabytes / (time.process_time() - c0)


_STARTUP = """
import sys, time
c0 = time.process_time()
import analysis.extract  # noqa: F401
from analysis.corpus.worker import warm_up
imports = time.process_time() - c0
c0 = time.process_time()
warm_up((sys.argv[1],))
print(imports, time.process_time() - c0, 'pandera' in sys.modules)
"""


def start_up(lang: str) -> tuple[float, float, bool]:
    """Processor seconds a new process spends importing the extractor (and the corpus worker), then loading one
    language (``warm_up``: its tables, the registry, the normaliser's table, one synthetic article), and whether
    pandera (which only validates claims files) was imported."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _STARTUP, lang], capture_output=True, text=True, check=True, cwd=ROOT)
    imports, tables, pandera = out.stdout.split()
    return float(imports), float(tables), pandera == "True"


def main() -> None:
    import os

    print("load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    for lang in ("en", "ru", "uk", "ko"):
        imports, tables, pandera = start_up(lang)
        print(f"start-up, {lang}: imports {imports:.2f} s, then the {lang} tables and a first article {tables:.2f} s of "
              f"processor (a new process{', pandera imported' if pandera else ''})")
    print("sentence memos OFF for every figure but the one labelled 'memos on'")
    memos(False)
    for name, articles, lang in (("synthetic news (corpus generator)", synthetic_corpus(), "en"),
                                 ("synthetic news, Russian", synthetic_corpus(0.5, lang="ru"), "ru"),
                                 ("synthetic news, Ukrainian", synthetic_corpus(0.5, lang="uk"), "uk"),
                                 ("synthetic news, Korean", synthetic_corpus(0.5, lang="ko"), "ko"),
                                 ("news-like articles (seed paragraphs)", seed_corpus(), "en"),
                                 ("claim-dense text", seed_corpus(dense=True), "en")):
        cpu, wall, found = throughput(articles, lang)
        megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
        words = sum(len(a.split()) for a in articles)  # (a Cyrillic letter is two bytes, a Hangul syllable three:
        # per word the languages compare, per byte they do not)
        print(f"extract, {name}: {cpu:.2f} MB/s of processor time ({cpu * words / megabytes / 1000:.0f} thousand "
              f"words/s, {megabytes * 1_000_000 / words:.1f} bytes a word), {wall:.2f} MB/s by the clock "
              f"({megabytes:.1f} MB in {len(articles):,} articles, {found:,} candidate claims, one core; "
              f"{repeated_sentences(articles, lang):.0%} of its sentences repeat one before)")
        if name.startswith("news-like"):
            memos(True)
            cpu, wall, _ = throughput(articles, lang)
            memos(False)
            print(f"extract, {name}, memos on (most sentences looked up, not read): {cpu:.2f} MB/s of processor "
                  f"time, {wall:.2f} MB/s by the clock")
    for lang in ("en", "ru", "uk", "ko"):  # after the runs above: the tables are loaded, the articles are new
        print(f"extract, synthetic news ({lang}) read once, new articles: {first_reading(lang):.2f} MB/s of "
              f"processor time")
    unit = "the ministry said 12 people were killed in village 7 and 30 wounded, "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    t0 = time.process_time()
    rows = extract_rows(text)
    print(f"extract, one 1 MB sentence with no full stop: {time.process_time() - t0:.1f} s of processor "
          f"({len(rows):,} rows)")
    print("load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
