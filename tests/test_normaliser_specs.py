"""The hand-checked cases of every language, as data (tests/specs/<lang>.yaml), read by one runner."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from analysis import find_ranges, parse_range

SPECS = Path(__file__).resolve().parent / "specs"


def _bound(x):
    return math.inf if x == "inf" else -math.inf if x == "-inf" else x


def load_specs() -> list[tuple[str, dict]]:
    cases = []
    for path in sorted(SPECS.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases += [(spec["lang"], case) for case in spec["cases"]]
    return cases


CASES = load_specs()


@pytest.mark.parametrize("lang, case", CASES, ids=[f"{lang}:{case['phrase']}" for lang, case in CASES])
def test_spec_case(lang, case):
    r = parse_range(case["phrase"], lang=lang)
    assert (r.low, r.high) == (_bound(case["low"]), _bound(case["high"]))
    assert (r.low_open, r.high_open, r.kind) == (case["low_open"], case["high_open"], case["kind"])
    if "best" in case:
        assert r.best == case["best"]
    if "unit" in case:
        assert r.unit == case["unit"]
    assert r.lang == lang and r.rule.endswith(".")


def load_texts() -> list[tuple[str, dict]]:
    texts = []
    for path in sorted(SPECS.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [(spec["lang"], case) for case in spec.get("texts") or []]
    return texts


TEXTS = load_texts()


@pytest.mark.parametrize("lang, case", TEXTS, ids=[f"{lang}:{case['text']}" for lang, case in TEXTS])
def test_spec_text(lang, case):
    """A whole text: every range find_ranges reads, in order, with its unit (an age beside a count)."""
    got = [(r.low, r.high, r.unit) for r in find_ranges(case["text"], lang=lang)]
    assert got == [(_bound(lo), _bound(hi), unit) for lo, hi, unit in case["ranges"]]
