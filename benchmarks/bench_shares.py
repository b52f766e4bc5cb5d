"""Benchmark: where ``extract_rows`` spends its time, per sentence and per article pass (one core, memos off).

A profile by function cannot say how much of the time goes to sentences that end up giving no row, or to the passes
made once per article; a sampling profiler run in a thread is biased towards loop heads. Here the functions that
matter are wrapped and timed in place (processor time of the thread, ``time.thread_time``; the outermost call only), and the rows then say which
sentences gave one. Printed per corpus, as shares of the extraction's own time:

- the normaliser's reading of each sentence the cue gate lets through (``Document.ranges``), split by what the
  sentence turned out to be: one that gives a row, one with counts but no row, one with no count at all;
- the passes over the whole article (its country, the nationality words used as surnames, the countries named
  anywhere, the registry's names, a release's furniture lines, an interview's turns, the issuer, short names in
  brackets, a roundup's sections), each with whatever it calls;
- the matching of countries, places and registry names (``country_at``, ``place_at``, ``RegistryIndex.match``), by
  every caller: what an index of the article's matches, made in one pass, could replace at most.

The wrappers add about a microsecond a call, so the shares of many small calls (the matchers) are upper bounds.
Speed itself is ``bench_extract.py`` (plain) and ``bench_ab.py`` (two versions compared).

Run: ``.venv/bin/python benchmarks/bench_shares.py [--corpus en news-like ...] [--megabytes 0.3]``.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import seed_corpus, synthetic_corpus  # noqa: E402

from analysis.extract import extract_rows, memo  # noqa: E402
from analysis.extract import pipeline, places, registry, words  # noqa: E402

#: Document methods computed once per article (when first asked), timed with all they call.
ARTICLE_PASSES = ("country", "surnames", "_worded_codes", "_registry_mentions", "_release_lines", "interview",
                  "issuer", "aliases", "sections")
CORPORA = ("en", "ru", "uk", "ko", "news-like", "claim-dense")
CLOCK = time.thread_time  # processor time of this thread: a busy machine's other jobs are not counted


class Timer:
    """Time spent in wrapped callables, the outermost call of each group only (a call inside another of the same
    group is part of the outer one)."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self._inside: Counter[str] = Counter()

    def wrap(self, fn: Callable[..., Any], label: str, group: str) -> Callable[..., Any]:
        """``fn``, timed under ``label`` unless a call of ``group`` is already being timed."""
        clock, spent, calls, inside = CLOCK, self.spent, self.calls, self._inside

        def timed(*args: Any, **kwargs: Any) -> Any:
            if inside[group]:
                return fn(*args, **kwargs)
            inside[group] += 1
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += clock() - start
                calls[label] += 1
                inside[group] -= 1

        return timed


def corpus(name: str, megabytes: float) -> tuple[list[str], str]:
    """The articles of one of ``CORPORA`` and their language."""
    if name == "news-like":
        return seed_corpus(megabytes), "en"
    if name == "claim-dense":
        return seed_corpus(megabytes, dense=True), "en"
    return synthetic_corpus(megabytes, lang=name), name


def _instrument(timer: Timer, reads: list[tuple[int, int, int, float]], article: list[int]) -> None:
    """Wrap the article passes, the matchers and ``Document.ranges`` (which records each first reading of a sentence:
    article, sentence start, counts found, seconds) in place."""
    document = pipeline.Document
    for name in ARTICLE_PASSES:
        setattr(document, name, timer.wrap(getattr(document, name), name, name))
    plain = {"country_at": words.country_at, "place_at": places.place_at}
    timed = {name: timer.wrap(fn, name, "match") for name, fn in plain.items()}
    for module in [m for name, m in sys.modules.items() if name.startswith("analysis.extract.")]:
        for name, fn in timed.items():  # (each module that imported the function holds its own name for it)
            if getattr(module, name, None) is plain[name]:
                setattr(module, name, fn)
    registry.RegistryIndex.match = timer.wrap(registry.RegistryIndex.match, "RegistryIndex.match", "match")
    read = document.ranges

    def ranges(self: pipeline.Document, si: int) -> tuple:
        if si in self._ranges:
            return self._ranges[si]
        start = CLOCK()
        found = read(self, si)
        reads.append((article[0], self.sentences[si].start, len(found), CLOCK() - start))
        return found

    document.ranges = ranges


def shares(articles: list[str], lang: str, timer: Timer, reads: list[tuple[int, int, int, float]], article: list[int],
           rounds: int = 3) -> list[str]:
    """The lines this benchmark prints for one corpus (``_instrument(timer, reads, article)`` done before)."""
    for text in articles:
        extract_rows(text, lang=lang)  # tables compiled and words met once, outside the timing
    timer.spent.clear()
    timer.calls.clear()
    total = 0.0
    rows: dict[int, list[dict]] = {}
    for _ in range(rounds):
        reads.clear()
        for i, text in enumerate(articles):
            article[0] = i
            memo.clear()
            start = CLOCK()
            rows[i] = extract_rows(text, lang=lang)
            total += CLOCK() - start
    giving: set[tuple[int, int]] = set()  # (article, sentence start) of every sentence that gave a row
    for i, found in rows.items():
        starts = [s.start for s in pipeline.sentences(articles[i], pipeline.language(lang))]
        giving.update((i, starts[bisect.bisect_right(starts, r["start"]) - 1]) for r in found)
    kinds: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    for i, start, n, seconds in reads:
        kind = "gives a row" if (i, start) in giving else ("counts, no row" if n else "no count")
        kinds[kind] += seconds * rounds  # (the last round's readings stand for every round's)
        counted[kind] += 1

    def share(seconds: float) -> str:
        return f"{100 * seconds / total:.1f}%"

    passes = [k for k in ARTICLE_PASSES if timer.calls[k]]
    matchers = ("country_at", "place_at", "RegistryIndex.match")
    return [
        "  the normaliser's reading of the sentences the gate lets through: " + ", ".join(
            f"{k} {counted[k]} sentences {share(v)}" for k, v in kinds.most_common()),
        "  article passes (each with what it calls): " + ", ".join(f"{k} {share(timer.spent[k])}" for k in passes),
        "  matching countries, places, registry names (every caller): " + ", ".join(
            f"{k} {share(timer.spent[k])} ({timer.calls[k] // rounds} calls/round)" for k in matchers)
        + f"; together {share(sum(timer.spent[k] for k in matchers))}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", nargs="*", default=list(CORPORA), choices=CORPORA)
    parser.add_argument("--megabytes", type=float, default=0.3)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    memo.MAX_SENTENCE_CHARS = 0  # no sentence remembered: each is read
    timer, reads, current = Timer(), [], [0]
    _instrument(timer, reads, current)
    for name in args.corpus:
        articles, lang = corpus(name, args.megabytes)
        size = sum(len(a.encode("utf-8")) for a in articles) / 1e6
        print(f"{name}: {len(articles)} articles, {size:.2f} MB x {args.rounds} rounds, memos off")
        for line in shares(articles, lang, timer, reads, current, args.rounds):
            print(line)


if __name__ == "__main__":
    main()
