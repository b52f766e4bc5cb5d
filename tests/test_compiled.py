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


def test_the_compiled_modules_exist_and_are_the_extractors():
    for name in _bench().MODULES:
        assert (ROOT / "analysis" / f"{name.replace('.', '/')}.py").exists(), name


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
