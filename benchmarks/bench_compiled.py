"""Benchmark: the extractor compiled with mypyc against the same code interpreted (issue 12's "2 MB/s per core").

What it does, in a temporary folder outside the checkout (nothing in the checkout changes):

1. copies ``analysis/`` and links ``data/``; marks each module to compile ``# mypy: ignore-errors`` (the modules do
   not type-check cleanly, and mypyc compiles only code whose errors are silenced or fixed);
2. changes nothing else: the sources compile as they are (``tests/test_extract_speed_invariants.py`` checks what
   mypyc refuses or miscompiles: a name defined twice, a local annotated after its assignment, an attribute whose C
   field is a GCC keyword, an attribute first set to an unannotated None);
3. compiles the modules with mypyc (``mypycify``, one shared library; ``--opt-level``), which takes minutes;
4. measures ``bench_extract.throughput`` (processor time, memos off) in separate processes, interpreted then
   compiled, ``--rounds`` times alternating, and compares every row and column of ``extract_rows`` on the
   benchmark's generated and news-like articles (each whole and with its paragraphs reversed).

Which modules are compiled (``MODULES``, under ``analysis``): the ten hot modules of ``analysis/extract``, its tables
(``language``: ``PhraseSet.match`` and the keying closures) and the normaliser's eight modules read for every sentence
(tokens, lexicon, numbers, context, build, reader, conventions, invisible; ``cldr``, ``inflect`` and the schemas run
once per table and stay interpreted). The twenty-fourth session (speed15) made the normaliser and ``language``
compile and run: mypyc 1.19.1 accepts the ``__slots__`` records, and ``Lexicon`` inherits ``Tokenizer`` compiled
from compiled; what stopped them was hints and names (a local annotated after its assignment, ``LazyRule.text`` first
set to None, a float hint on an int scale, ``Number`` lacking ``Fraction``), a ``functools.cached_property``
(``PhraseSet.firsts``: a compiled class has no instance ``__dict__``), attributes set on functions (the Korean
analyser's ``kiwi``: ``kiwi_of``) and ``pipeline`` reading ``Language.our_voice`` through the class (now the table's
morphology). mypy 2.x's mypyc (2.4.1) built these modules but its code
crashed at import on CPython 3.11 (a freed static object in ``words``' module code); 1.19.1 is the version used.

Status (23rd session, speed14): **the compiled build runs and gives the same rows.** The hints mypy 1.19.1 found wrong
were fixed in the sources (a list given where a tuple is hinted, ``None`` where ``int`` is, locals reused for another
type, ``number_words`` returning ``(a, (a, a))`` past the last word), and ``Words`` declares the memos other modules
set on it (a compiled class refuses undeclared attributes and sets no ``init=False`` default). Every row of
``extract_claims`` on the development set and the read batches BO-CD (280 articles, 1,521 rows) and every row and
column of this script's 3,038 texts (12,004 rows) are identical compiled and interpreted. ``tests/test_compiled_hints.py``
checks every hint of ``MODULES`` as mypyc does while the extractor reads sentences in four languages (a hint that
refuses what a caller gives fails there, without a build). **Speed, full build (``--opt-level 2``, 34 minutes of gcc
at load 15 to 19), ``--rounds 2`` at load 16 to 19, processor time: compiled 1.5x to 1.75x** (interpreted -> compiled
en 0.30 / 0.33 -> 0.53 / 0.50, ru 0.58 / 0.64 -> 0.99 / 0.99, uk 0.50 / 0.63 -> 0.91 / 0.86, ko 0.39 / 0.48 -> 0.78 /
0.75, news-like 0.38 / 0.41 -> 0.57 / 0.63, claim-dense 0.22 / 0.21 -> 0.32 / 0.33 MB/s). Built with ``--opt-level 0``
(4 minutes) it is slower than the interpreter (0.78x to 0.94x). 2 MB/s per core is not met.

Build: ``make compiled`` (this script with ``--keep .venv/compiled --build-only``): it says so and leaves the
interpreted package in use when gcc or the Python headers are missing or the build fails; ``STAMP`` records the
sources a build is of, and a stale build is rebuilt. ``make bench`` adds this comparison when a current build exists.
Use it with ``PYTHONPATH=.venv/compiled``. mypyc compiles only what type-checks with each error silenced here
(``# mypy: ignore-errors``); a new local reused for another type, or an attribute set on a ``Words``, ``Document`` or
other compiled class that it does not declare, stops the compiled build again (run this script after such changes).

Run: ``.venv/bin/python benchmarks/bench_compiled.py [--mypy mypy==1.19.1] [--rounds 2] [--keep DIR]`` (needs gcc,
the Python headers and PyPI for mypy, installed into a throw-away virtual environment in the temporary folder).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The modules compiled, under ``analysis``: the extractor's hot code as ``bench_shares.py`` and profiles rank it, with
#: its tables (``language``: ``PhraseSet.match``, the keying closures), and the normaliser it reads every sentence with
#: (a quarter of the time; ``cldr``, ``inflect`` and ``table_schema`` run once, when a table is built).
MODULES = ("extract.pipeline", "extract.attribution", "extract.speakers", "extract.measures", "extract.words",
           "extract.places", "extract.registry", "extract.sentences", "extract.gates", "extract.interviews",
           "extract.language", "normalise.tokens", "normalise.lexicon", "normalise.numbers", "normalise.context",
           "normalise.build", "normalise.reader", "normalise.conventions", "normalise.invisible")

_SETUP = """
from setuptools import setup
from mypyc.build import mypycify
setup(name="compiled", ext_modules=mypycify(["--ignore-missing-imports", "--follow-imports=silent", *{modules!r}],
                                            opt_level={opt!r}, multi_file=True))
"""

#: Run in a new process with ``analysis`` taken from the folder on ``PYTHONPATH``: MB/s of processor time.
_MEASURE = """
import json, sys
sys.path.insert(1, {bench!r})
import bench_extract as be
import analysis.extract.pipeline as p
be.memos(False)
out = {{"compiled": p.__file__.endswith(".so")}}
for name, arts, lang in (("en", be.synthetic_corpus(1.0), "en"), ("ru", be.synthetic_corpus(0.5, lang="ru"), "ru"),
                         ("uk", be.synthetic_corpus(0.5, lang="uk"), "uk"), ("ko", be.synthetic_corpus(0.5, lang="ko"), "ko"),
                         ("news-like", be.seed_corpus(1.0), "en"), ("claim-dense", be.seed_corpus(1.0, dense=True), "en")):
    out[name] = be.throughput(arts, lang, runs=2)[0]
print(json.dumps(out))
"""

#: Run in a new process: every row of every text, as JSON lines.
_ROWS = """
import json, sys
sys.path.insert(1, {bench!r})
import bench_extract as be
from analysis.extract import extract_rows, memo
memo.MAX_SENTENCE_CHARS = 0
texts = [(lang, t) for lang in ("en", "ru", "uk", "ko") for t in be.synthetic_corpus(0.3, seed=99, lang=lang)]
texts += [("en", t) for t in be.seed_corpus(0.3) + be.seed_corpus(0.3, dense=True)]
texts += [(lang, "\\n".join(reversed(t.split("\\n")))) for lang, t in texts]
for lang, t in texts:
    print(json.dumps(extract_rows(t, lang=lang), ensure_ascii=False, sort_keys=True, default=repr))
"""


def for_mypyc(source: str) -> str:
    """A module's source as mypyc is given it: its type errors silenced (mypyc compiles only code whose errors are
    fixed or silenced; the hints it relies on are checked by ``tests/test_compiled_hints.py``).

    Examples
    --------
    >>> print(for_mypyc("self._signatory: bool = False\\n"))
    # mypy: ignore-errors
    self._signatory: bool = False
    <BLANKLINE>
    """
    return "# mypy: ignore-errors\n" + source


def missing_toolchain() -> str | None:
    """What this machine lacks to compile (a C compiler, the Python headers), or None when it has both."""
    if not (shutil.which("gcc") or shutil.which("cc")):
        return "no C compiler (gcc or cc)"
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").exists():
        return f"no Python headers ({include / 'Python.h'})"
    return None


def source_stamp(root: Path = ROOT) -> str:
    """A digest of the package's sources (every ``.py`` and data file under ``analysis/``): a compiled copy built
    from other sources is stale.

    Examples
    --------
    >>> len(source_stamp()) == 16 and source_stamp() == source_stamp()
    True
    """
    digest = hashlib.sha256()
    for path in sorted((root / "analysis").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".so":
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def build(folder: Path, mypy: str, opt: str) -> None:
    """A copy of the package in ``folder`` with ``MODULES`` compiled by mypyc (a virtual environment of its own);
    ``folder/STAMP`` records the sources it was built from."""
    stamp = source_stamp()
    shutil.copytree(ROOT / "analysis", folder / "analysis", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (folder / "data").symlink_to(ROOT / "data")
    paths = [f"analysis/{m.replace('.', '/')}.py" for m in MODULES]
    for path in paths:
        source = (folder / path).read_text(encoding="utf-8")
        (folder / path).write_text(for_mypyc(source), encoding="utf-8")
    (folder / "setup.py").write_text(_SETUP.format(modules=paths, opt=opt), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")], check=True)
    pip = [str(folder / "venv" / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, mypy, "setuptools", "wheel"], check=True)
    subprocess.run([str(folder / "venv" / "bin" / "python"), "setup.py", "build_ext", "--inplace", "--parallel", "2"], cwd=folder,
                   check=True, stdout=subprocess.DEVNULL)
    (folder / "STAMP").write_text(stamp + "\n", encoding="utf-8")


def current(folder: Path) -> bool:
    """Is ``folder`` a compiled copy built from the sources as they are now?"""
    stamp = folder / "STAMP"
    return stamp.exists() and stamp.read_text(encoding="utf-8").strip() == source_stamp()


def run(script: str, path: Path) -> str:
    """``script``'s output, run by this interpreter in a new process whose ``analysis`` is the one in ``path``."""
    env = dict(os.environ, PYTHONPATH=str(path))
    code = script.format(bench=str(ROOT / "benchmarks"))
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=tempfile.gettempdir(), check=True,
                          capture_output=True, text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mypy", default="mypy==1.19.1", help="the mypy (and so mypyc) to build with")
    parser.add_argument("--opt-level", default="2")
    parser.add_argument("--rounds", type=int, default=2, help="interpreted and compiled processes, alternating")
    parser.add_argument("--keep", type=Path, help="build into (or reuse) this folder instead of a temporary one")
    parser.add_argument("--build-only", action="store_true",
                        help="build (or keep a current build) and stop; with no compiler, say so and exit 0")
    parser.add_argument("--if-built", action="store_true",
                        help="measure only a current build in --keep, else say why not and exit 0")
    parser.add_argument("--as-is", action="store_true",
                        help="measure the build in --keep whatever sources it was built from (never rebuild it)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="compiled-"))
    if args.if_built and not current(folder):
        print(f"compiled extractor: no current build in {folder} (make compiled)")
        return
    as_is = args.as_is and any((folder / "analysis" / "extract").glob("*.so"))
    if not as_is and not current(folder):
        lacking = missing_toolchain()
        if lacking is not None:
            print(f"compiled extractor: not built, {lacking}; the interpreted package is used")
            if args.build_only:
                return
            sys.exit(1)
        if (folder / "analysis").exists():
            shutil.rmtree(folder / "analysis")  # stale: built from other sources
            (folder / "setup.py").unlink(missing_ok=True)
            shutil.rmtree(folder / "build", ignore_errors=True)
        (folder / "data").unlink(missing_ok=True)
        folder.mkdir(parents=True, exist_ok=True)
        build(folder, args.mypy, args.opt_level)
    if args.build_only:
        print(f"compiled extractor: built in {folder} (use it with PYTHONPATH={folder})")
        return
    print("load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    for r in range(args.rounds):
        for name, path in (("interpreted", ROOT), ("compiled", folder)):
            figures = json.loads(run(_MEASURE, path))
            assert figures.pop("compiled") == (name == "compiled"), f"{path}: the wrong build was imported"
            print(f"round {r + 1}, {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in figures.items()) +
                  " MB/s of processor time", flush=True)
    plain, compiled = run(_ROWS, ROOT).splitlines(), run(_ROWS, folder).splitlines()
    differ = sum(a != b for a, b in zip(plain, compiled)) + abs(len(plain) - len(compiled))
    rows = sum(len(json.loads(line)) for line in plain)
    print(f"rows: {len(plain):,} texts, {rows:,} rows, {differ} texts whose rows differ")
    print("load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(textwrap.fill(f"compiled build kept in {folder}" if args.keep else f"(temporary build in {folder})", 116))


if __name__ == "__main__":
    main()
