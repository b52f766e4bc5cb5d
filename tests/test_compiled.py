"""The mypyc experiment's source preparation (``benchmarks/bench_compiled.py``): what it changes and what it keeps."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_compiled", ROOT / "benchmarks" / "bench_compiled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_signed_attribute_is_renamed_everywhere_and_the_signer_method_is_kept():
    """mypyc would name ``_signed``'s C field ``__signed`` (a GCC keyword): every use of the attribute is renamed, in
    the pipeline as it is today, and the method ``_signer`` and the other ``_sign…`` names are not touched."""
    source = (ROOT / "analysis" / "extract" / "pipeline.py").read_text(encoding="utf-8")
    prepared = _bench().for_mypyc(source)
    assert prepared.startswith("# mypy: ignore-errors\n")
    assert not re.search(r"self\._signed\b(?!_by)", prepared)
    assert len(re.findall(r"self\._signed_by\b", prepared)) == len(re.findall(r"self\._signed\b", source))
    for other in ("self._signer(", "self._signature"):  # distractors: names that start the same
        assert prepared.count(other) == source.count(other)


def test_a_source_with_no_signed_attribute_only_gains_the_silencing_line():
    source = "def _signed(x):\n    return x._signedness  # self._signer(x)\n"
    assert _bench().for_mypyc(source) == "# mypy: ignore-errors\n" + source


def test_the_compiled_modules_exist_and_are_the_extractors():
    for name in _bench().MODULES:
        assert (ROOT / "analysis" / "extract" / f"{name}.py").exists(), name


def test_with_no_compiler_make_compiled_says_so_builds_nothing_and_succeeds(tmp_path, monkeypatch, capsys):
    """A fresh machine with Python only: ``make compiled`` falls back to the interpreted package, exit status 0."""
    import sys

    bench = _bench()
    monkeypatch.setattr(bench.shutil, "which", lambda name: None)
    monkeypatch.setattr(sys, "argv", ["bench_compiled.py", "--keep", str(tmp_path / "c"), "--build-only"])
    bench.main()  # returns: no SystemExit
    assert "no C compiler" in capsys.readouterr().out
    assert not (tmp_path / "c").exists()


def test_make_bench_measures_no_compiled_build_that_is_not_there(tmp_path, monkeypatch, capsys):
    import sys

    bench = _bench()
    monkeypatch.setattr(sys, "argv", ["bench_compiled.py", "--keep", str(tmp_path), "--if-built"])
    bench.main()
    assert "no current build" in capsys.readouterr().out


def test_a_compiled_copy_of_other_sources_is_stale(tmp_path):
    bench = _bench()
    (tmp_path / "analysis").mkdir()
    (tmp_path / "analysis" / "pipeline.py").write_text("x = 1\n")
    (tmp_path / "analysis" / "__pycache__").mkdir()
    (tmp_path / "analysis" / "__pycache__" / "pipeline.pyc").write_bytes(b"1")
    first = bench.source_stamp(tmp_path)
    (tmp_path / "analysis" / "__pycache__" / "pipeline.pyc").write_bytes(b"2")  # distractor: a cache is no source
    (tmp_path / "analysis" / "pipeline.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")  # nor a build's product
    assert bench.source_stamp(tmp_path) == first
    (tmp_path / "analysis" / "pipeline.py").write_text("x = 2\n")
    assert bench.source_stamp(tmp_path) != first
    build = tmp_path / "build"
    build.mkdir()
    assert not bench.current(build)  # no stamp: never finished
    (build / "STAMP").write_text(bench.source_stamp() + "\n")
    assert bench.current(build)
    (build / "STAMP").write_text("0" * 16 + "\n")
    assert not bench.current(build)
