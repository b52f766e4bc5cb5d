"""Held-out accuracy: the public peers' own test cases, run against ``parse_range`` and ``find_ranges``.

The cases are not copied into this repository (they are the peers' work, under their licences): the
script fetches the peers' source distributions from PyPI with ``pip download --no-binary :all:`` into
``benchmarks/.peer-suites/`` (ignored by git) and reads their test files with :mod:`ast`, so nothing
of theirs is run and nothing is tuned to them by hand.

The suites, and how each case is scored:

* **number-parser 0.3.2** (BSD), ``tests/test_language_{en,uk,ru}.py`` and
  ``tests/test_number_parsing.py``:
  - ``parse_number(text) == n`` cases: ``parse_range(text)`` must be the point ``n``; a case whose
    answer is ``None`` must raise (no quantity, or more than one);
  - ``parse(sentence) == rewritten`` cases: the points ``find_ranges`` finds must be the numbers of
    the rewritten sentence, in order.
  Left out, with the reason: numbers of 10**15 or more (as below), ordinals (``parse_ordinal``; the normaliser does not count "fifth" as
  5, by design) and ``parse_fraction`` (a ratio of two numbers, not a quantity).
* **num2words 0.5.14** (LGPL), ``tests/test_{en,uk,ru,ko}.py``: every cardinal case
  ``num2words(n[, lang, gender, case]) == words``, read backwards: ``parse_range(words)`` must be
  the point ``n``. Left out: ordinals, years, currencies (``to=...``), negative numbers (a count is
  never negative: the normaliser refuses them by design) and numbers of 10**15 or more (past the
  largest scale word of the tables).

Run: ``.venv/bin/python benchmarks/heldout.py [--show-misses]``.
"""

from __future__ import annotations

import ast
import math
import re
import subprocess
import sys
import tarfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from analysis import find_ranges, parse_range

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".peer-suites"
LANGS = ("en", "uk", "ru", "ko")
SUITES = {"number-parser": "0.3.2", "num2words": "0.5.14"}
LARGEST = 10 ** 15


@dataclass(frozen=True)
class Case:
    """One peer test case: what is read, how, and the answer the peer's test expects."""

    suite: str
    lang: str
    text: str
    want: tuple[float, ...] | None  # the points in order; None: parse_range must refuse the text
    how: str                        # "phrase" (parse_range) or "sentence" (find_ranges)


def fetch(name: str, version: str) -> Path:
    """The unpacked source distribution of a peer, downloaded once into the cache."""
    CACHE.mkdir(exist_ok=True)
    unpacked = CACHE / f"{name}-{version}"
    if unpacked.is_dir():
        return unpacked
    archive = next(CACHE.glob(f"{name.replace('-', '?')}-{version}.tar.gz"), None)
    if archive is None:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        "--dest", str(CACHE), f"{name}=={version}"], check=True)
        archive = next(CACHE.glob(f"{name.replace('-', '?')}-{version}.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(CACHE, filter="data")
    return next(p for p in CACHE.iterdir() if p.is_dir() and p.name.lower().replace("_", "-") == unpacked.name)


def _literal(node: ast.AST) -> object:
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        return _NOT


_NOT = object()


def _numbers_in(rewritten: str) -> tuple[float, ...]:
    return tuple(float(x) for x in re.findall(r"\d+(?:\.\d+)?", rewritten))


def number_parser_cases(root: Path) -> list[Case]:
    """The parametrised cases of number-parser's tests, for the four languages."""
    cases: list[Case] = []
    for path in sorted((root / "tests").glob("test_*.py")):
        match = re.fullmatch(r"test_language_(\w+)\.py", path.name)
        file_lang = match.group(1) if match else None
        if file_lang is not None and file_lang not in LANGS:
            continue
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef) or "ordinal" in fn.name or "fraction" in fn.name:
                continue
            calls = {n.func.id for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
            how = "phrase" if "parse_number" in calls else "sentence" if "parse" in calls else None
            if how is None:
                continue
            for deco in fn.decorator_list:
                if not (isinstance(deco, ast.Call) and len(deco.args) == 2):
                    continue
                rows = _literal(deco.args[1])
                if rows is _NOT:
                    continue
                for row in rows:
                    text, want = row[0], row[1]
                    lang = row[2] if len(row) > 2 else file_lang
                    if lang is None and how == "phrase":
                        lang = "en"  # digits only ("32"): any language reads them
                    if lang not in LANGS:
                        continue
                    if how == "phrase":
                        points = None if want is None else (float(want),)
                    else:
                        points = _numbers_in(want)
                    if points and max(points) >= LARGEST:
                        continue
                    case = Case("number-parser", lang, text, points, how)
                    if case not in cases:  # a case two test files share is counted once
                        cases.append(case)
    return cases


def num2words_cases(root: Path) -> list[Case]:
    """The cardinal cases of num2words' tests (number -> words), read backwards."""
    cases: list[Case] = []
    for lang in LANGS:
        tree = ast.parse((root / "tests" / f"test_{lang}.py").read_text(encoding="utf-8"))
        tables = {}  # module-level TEST_CASES_*: name -> rows
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                rows = _literal(node.value)
                if rows is not _NOT:
                    tables[node.targets[0].id] = rows
        pairs: list[tuple[object, object]] = []
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            calls = [n for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                     and n.func.id in ("num2words", "n2k")]
            if not calls or any(k.arg == "to" and _literal(k.value) != "cardinal" for c in calls for k in c.keywords):
                continue
            if any(k.arg == "lang" and _literal(k.value) != lang for c in calls for k in c.keywords):
                continue
            if any(word in fn.name for word in ("ordinal", "currency", "year", "negative", "overflow", "cli")):
                continue
            # direct assertions: assertEqual(num2words(7, lang=...), "сім")
            for node in ast.walk(fn):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr == "assertEqual" and len(node.args) == 2:
                    call, words = node.args
                    if isinstance(call, ast.Call) and call in calls and call.args:
                        pairs.append((_literal(call.args[0]), _literal(words)))
            # loops over a table of cases, local ("cases = [...]") or module-level (TEST_CASES_CARDINAL)
            for node in ast.walk(fn):
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                    rows = _literal(node.value)
                    if rows is not _NOT and isinstance(rows, (list, tuple)):
                        pairs.extend(tuple(r)[:2] for r in rows if isinstance(r, (list, tuple)) and len(r) == 2)
                if isinstance(node, ast.Name) and node.id in tables:
                    pairs.extend(tuple(r)[:2] for r in tables[node.id] if isinstance(r, (list, tuple)))
        seen = set()
        for number, words in pairs:
            if not isinstance(number, (int, float)) or isinstance(number, bool) or not isinstance(words, str):
                continue
            if number < 0 or number >= LARGEST or (lang, words) in seen:
                continue
            seen.add((lang, words))
            cases.append(Case("num2words", lang, words, (float(number),), "phrase"))
    return cases


def right(case: Case) -> tuple[bool, str]:
    """Whether the package reads the case as the peer's test expects, and what it read."""
    if case.how == "phrase":
        try:
            r = parse_range(case.text, lang=case.lang)
        except ValueError as error:
            return case.want is None, type(error).__name__
        got = (r.low,) if r.low == r.high else None
        return (case.want is not None and got is not None and math.isclose(got[0], case.want[0], rel_tol=1e-9),
                f"{r.low:g}..{r.high:g}")
    got = tuple(r.low for r in find_ranges(case.text, lang=case.lang) if r.low == r.high)
    return (len(got) == len(case.want or ()) and all(math.isclose(a, b, rel_tol=1e-9) for a, b in zip(got, case.want or ()))
            and len(find_ranges(case.text, lang=case.lang)) == len(got), " ".join(f"{x:g}" for x in got))


def all_cases() -> list[Case]:
    return number_parser_cases(fetch("number-parser", SUITES["number-parser"])) \
        + num2words_cases(fetch("num2words", SUITES["num2words"]))


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    try:
        cases = all_cases()
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"held-out peer suites: not available ({error}); they are fetched from PyPI once")
        return
    scores: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for case in cases:
        ok, got = right(case)
        for key in ((case.suite, case.lang), ("all", case.lang)):
            scores[key][0] += ok
            scores[key][1] += 1
        if not ok:
            misses.append((case, got))
    print("held-out accuracy on the peers' own test cases (number-parser 0.3.2, num2words 0.5.14):")
    for lang in LANGS:
        parts = [f"{suite} {scores[(suite, lang)][0]}/{scores[(suite, lang)][1]}"
                 for suite in SUITES if scores[(suite, lang)][1]]
        r, t = scores[("all", lang)]
        print(f"  {lang}: {r}/{t} ({r / t:.1%})   " + ", ".join(parts))
    if "--show-misses" in argv:
        for case, got in misses:
            print(f"  MISS [{case.lang} {case.suite} {case.how}] {case.text!r}: want {case.want}, got {got}")


if __name__ == "__main__":
    main()
