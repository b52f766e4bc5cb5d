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
