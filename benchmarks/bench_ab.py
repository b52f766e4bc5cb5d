"""Benchmark: two versions of the extractor in one process, alternating article by article (processor time).

On a shared machine, runs of the same code in separate processes differ by a third or more (other jobs take the
cores, and a busy core runs slower per instruction), so a change of a few per cent cannot be seen that way. Here both
versions are loaded in one process, as two packages (this checkout's ``analysis`` and another checkout's, copied into
a temporary folder as ``analysis_this`` and ``analysis_other``), and each article is extracted by both, in turns
(the first to go alternates), with the sentence memos off and each version's own caches warmed first on the same
articles. Whatever slows the machine slows both alike.

Both versions read the language tables of the installed ``analysis`` package (``importlib.resources``) and this
checkout's ``data/``: what is compared is the code, on the same tables.

Run: ``.venv/bin/python benchmarks/bench_ab.py OTHER_CHECKOUT [--lang en] [--rounds 3] [--named] [FILE ...]``, e.g.
with ``git worktree add /tmp/before <commit>`` (or ``git archive <commit> analysis | tar -x -C /tmp/before``) for
OTHER_CHECKOUT. Without files, generated news articles (``analysis.corpus.synthetic``, 300 KB) are read; files are
read whole, as UTF-8. With ``--named``, each file is read as the corpus reads an article: its ``URL:`` and ``DATE:``
header lines are its address, not its text, and the address and the file's name go to the extractor (``url``,
``document``), so what an article's name costs (its outlet, its page) is measured too.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _packages(other: Path, folder: Path) -> None:
    """Copy both checkouts' packages into ``folder`` under names of their own, and put it on the path."""
    shutil.copytree(ROOT / "analysis", folder / "analysis_this", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(other / "analysis", folder / "analysis_other", ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "data").symlink_to(ROOT / "data")  # the registry's sources.csv, as each package finds it
    sys.path.insert(0, str(folder))


def compare(articles: list[str], lang: str, rounds: int, names: list[dict[str, str]] | None = None) -> dict[str, float]:
    """Processor seconds each version spent on ``rounds`` passes over the articles, in turns, memos off (with
    ``names``, each article's ``document`` and ``url`` arguments)."""
    names = names or [{} for _ in articles]
    versions = {}
    for name in ("analysis_other", "analysis_this"):
        extract = importlib.import_module(f"{name}.extract")
        memo = importlib.import_module(f"{name}.extract.memo")
        memo.MAX_SENTENCE_CHARS = 0  # no sentence remembered: each is read
        for a, named in zip(articles, names):
            extract.extract_rows(a, lang=lang, **named)  # tables compiled and words met once, outside the timing
        versions[name] = (extract.extract_rows, memo.clear)
    spent = dict.fromkeys(versions, 0.0)
    clock = time.process_time
    for r in range(rounds):
        for i, (a, named) in enumerate(zip(articles, names)):
            order = list(versions) if (i + r) % 2 == 0 else list(versions)[::-1]
            for name in order:
                extract_rows, clear = versions[name]
                clear()
                c0 = clock()
                extract_rows(a, lang=lang, **named)
                spent[name] += clock() - c0
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("other", type=Path, help="another checkout of the project (its analysis/ is compared)")
    parser.add_argument("files", nargs="*", type=Path, help="articles (UTF-8 text files); default: generated news")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--named", action="store_true",
                        help="read each file's URL:/DATE: header as its address and pass it and the file's name")
    args = parser.parse_intermixed_args()
    warnings.filterwarnings("ignore", message="registration of accessor")  # each package registers ``.claims``
    with tempfile.TemporaryDirectory() as tmp:
        _packages(args.other.resolve(), Path(tmp))
        names = None
        if args.files:
            articles = [f.read_text(encoding="utf-8") for f in args.files]
            if args.named:
                names = []
                for k, (f, text) in enumerate(zip(args.files, articles)):
                    url = ""
                    while text.startswith(("URL:", "DATE:")):
                        line, _, text = text.partition("\n")
                        url = line[4:].strip() if line.startswith("URL:") else url
                    articles[k] = text
                    names.append({"document": f.name, "url": url})
        else:
            synthetic = importlib.import_module("analysis_this.corpus.synthetic")
            rng, articles, size = random.Random(7), [], 0
            while size < 300_000:
                articles.append(synthetic.article_text(rng, args.lang))
                size += len(articles[-1].encode("utf-8"))
        megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000 * args.rounds
        spent = compare(articles, args.lang, args.rounds, names)
    before, after = spent["analysis_other"], spent["analysis_this"]
    print(f"{args.lang}, {len(articles)} articles x {args.rounds} rounds, memos off, processor time: other "
          f"{megabytes / before:.3f} MB/s, this {megabytes / after:.3f} MB/s, this / other speed {before / after:.3f} "
          f"(load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
