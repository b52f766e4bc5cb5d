"""Held-out extraction cases: articles written for the project (tests/extraction_cases/<lang>.yaml),
scored as the development scorer scores, with a recall and precision floor per language.

``python tests/test_extract_cases.py [--show]`` prints the table (and every miss and extra row).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CASES = HERE / "extraction_cases"
LANGS = ("en", "uk", "ru", "ko")

#: The floors each language must keep (recall, precision): the goal of issue 10, 85% for both.
FLOORS = {"en": (0.85, 0.85), "uk": (0.85, 0.85), "ru": (0.85, 0.85), "ko": (0.85, 0.85)}


@dataclass(frozen=True)
class Score:
    expected: int
    found: int
    rows: int
    on_phrase: int
    misses: tuple[str, ...]
    extras: tuple[str, ...]
    judged: tuple[tuple[float, bool], ...] = ()  # (confidence, right: on a claim with its measure and country)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.on_phrase / self.rows if self.rows else 1.0


def _articles(lang: str) -> list[dict]:
    from analysis.safe_io import read_yaml

    path = CASES / f"{lang}.yaml"
    return read_yaml(str(path), what="extraction cases", text=path.read_text(encoding="utf-8"))["articles"]


def _span(text: str, claim: dict) -> tuple[int, int]:
    quote = str(claim.get("quote") or claim["stated"])
    at = text.find(quote)
    assert at >= 0 and text.find(quote, at + 1) < 0, f"{quote!r} must occur once in its article"
    inner = quote.find(str(claim["stated"]))
    assert inner >= 0, f"{claim['stated']!r} is not inside {quote!r}"
    return at + inner, at + inner + len(str(claim["stated"]))


def _countries(value) -> frozenset[str]:
    return frozenset(c for c in str(value or "").split("|") if c)


def score(lang: str) -> Score:
    """Recall and precision of ``extract_rows`` on one language's cases."""
    from analysis.extract import extract_rows

    expected = found = rows_total = on_phrase = 0
    misses, extras, judged = [], [], []
    for article in _articles(lang):
        text = article["text"]
        rows = extract_rows(text, lang=lang, document=article["name"])
        spans = [(_span(text, c), c) for c in article["claims"]]
        for (a, b), claim in spans:
            expected += 1
            near = [r for r in rows if r["start"] < b and a < r["end"]]
            if any(r["metric"] == claim["metric"] and _countries(r["country"]) == _countries(claim["country"])
                   for r in near):
                found += 1
            else:
                got = "; ".join(f"{r['stated']!r} {r['metric']} [{r['country']}] ({r['speaker']})" for r in near)
                misses.append(f"{article['name']}: {claim['stated']!r} {claim['metric']} [{claim['country']}] "
                              f"-> {got or 'nothing'}")
        for r in rows:
            judged.append((r["confidence"], any(
                r["start"] < b and a < r["end"] and r["metric"] == c["metric"]
                and _countries(r["country"]) == _countries(c["country"]) for (a, b), c in spans)))
            rows_total += 1
            if any(r["start"] < b and a < r["end"] for (a, b), _ in spans):
                on_phrase += 1
            else:
                extras.append(f"{article['name']}: {r['stated']!r} {r['metric']} [{r['country']}] ({r['speaker']})")
    return Score(expected, found, rows_total, on_phrase, tuple(misses), tuple(extras), tuple(judged))


@pytest.mark.parametrize("lang", LANGS)
def test_held_out_cases_meet_the_floor(lang):
    result = score(lang)
    recall_floor, precision_floor = FLOORS[lang]
    assert result.expected >= 10
    assert result.recall >= recall_floor, "\n".join(result.misses)
    assert result.precision >= precision_floor, "\n".join(result.extras)


def test_confidence_above_0_8_is_right_at_least_as_often_as_below():
    judged = [j for lang in LANGS for j in score(lang).judged]
    high = [right for confidence, right in judged if confidence > 0.8]
    low = [right for confidence, right in judged if confidence <= 0.8]
    assert high and low
    assert sum(high) / len(high) >= sum(low) / len(low)


def test_every_case_is_well_formed():
    measures = {"killed", "wounded", "killed_or_wounded", "captured", "missing", "deployed", "displaced",
                "refugees", "excess_deaths", "in_need"}
    for lang in LANGS:
        for article in _articles(lang):
            for claim in article["claims"]:
                assert claim["metric"] in measures
                assert all(len(c) == 2 and c.isupper() for c in _countries(claim["country"]))
                _span(article["text"], claim)


if __name__ == "__main__":  # pragma: no cover - a report for people
    sys.path.insert(0, str(HERE.parent))
    print(f"{'lang':5} {'expected':>8} {'found':>6} {'recall':>7} {'rows':>5} {'on':>4} {'precision':>9}")
    for lang in LANGS:
        s = score(lang)
        print(f"{lang:5} {s.expected:8} {s.found:6} {s.recall:7.1%} {s.rows:5} {s.on_phrase:4} {s.precision:9.1%}")
        if "--show" in sys.argv:
            for line in s.misses:
                print("   miss:", line)
            for line in s.extras:
                print("   extra:", line)
