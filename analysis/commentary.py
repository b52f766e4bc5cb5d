"""Sentences written from the comparison tables, so the prose cannot drift from the data.

Every number in these sentences comes from a row of a table; the functions only
choose words. Notebooks print them as Markdown.
"""

from __future__ import annotations

import math

import pandas as pd

from .claims.countries import country_name, possessive, short_name
from .range import format_number

METRIC_WORDS = {
    "killed": "killed",
    "wounded": "wounded",
    "killed_or_wounded": "killed or wounded",
    "captured": "captured",
    "missing": "missing",
    "deployed": "deployed",
    "other": "(other measures)",
}


def number(x: float) -> str:
    """A figure for prose: thousands separators, no trailing ".0".

    Examples
    --------
    >>> number(12000.0), number(2.5)
    ('12,000', '2.5')
    """
    return format_number(float(x))


def describe(row: pd.Series | dict) -> str:
    """A range in words: "about 1,200", "more than 3,000", "10,000 to 12,000", "up to 8,000".

    Examples
    --------
    >>> describe({"low": 1150.0, "high": 1250.0, "best": 1200.0, "kind": "approx", "low_open": False,
    ...           "high_open": False, "approx": True})
    'about 1,200'
    >>> describe({"low": 3000.0, "high": math.inf, "best": math.nan, "kind": "lower", "low_open": True,
    ...           "high_open": True, "approx": False})
    'more than 3,000'
    """
    low, high, kind = float(row["low"]), float(row["high"]), row["kind"]
    best = row.get("best")
    has_best = best is not None and not (isinstance(best, float) and math.isnan(best))
    if kind == "point":
        return number(low)
    if kind == "approx" and has_best:
        if row.get("high_open") and high == best:
            return f"nearly {number(best)}"
        if row.get("low_open") and low == best:
            return f"just over {number(best)}"
        return f"about {number(best)}"
    if kind == "lower":
        floor = number(low)
        return f"more than {floor}" if row.get("low_open") else f"at least {floor}"
    if kind == "upper":
        ceiling = number(high)
        return f"fewer than {ceiling}" if row.get("high_open") else f"up to {ceiling}"
    if kind == "vague":
        return f"between {number(low)} and {'under ' if row.get('high_open') else ''}{number(high)}"
    text = f"{number(low)} to {number(high)}"
    return f"about {text}" if row.get("approx") else text


def _date(when: str | pd.Timestamp) -> str:
    t = pd.Timestamp(when)
    return f"{t.day} {t.strftime('%B %Y')}"


def _ratio(x: float) -> str:
    if math.isinf(x):
        return "infinitely many"
    return f"{x:.1f}" if x < 10 else f"{x:,.0f}"


def _source_words(row: pd.Series, by: str) -> tuple[str, str]:
    """(possessive form, adjective form) for the source of a row."""
    label = str(row["by_value"])
    if by == "country":
        name = country_name(label)
        return possessive(name), f"{possessive(name)}"
    return f"{label}'s", label


def headline(comparison: pd.DataFrame, metric: str, when: str | pd.Timestamp | None = None,
             by: str = "country") -> str:
    """The gap between the highest and the lowest source, then every source in between.

    Examples
    --------
    >>> rows = pd.DataFrame([
    ...     dict(by_value="UA", low=4000.0, high=4000.0, best=4000.0, kind="point", value=4000.0, derived=False),
    ...     dict(by_value="US", low=1150.0, high=1250.0, best=1200.0, kind="approx", value=1200.0, derived=False)])
    >>> headline(rows, "killed_or_wounded", "2025-02-27")
    "As of 27 February 2025, Ukraine's 4,000 killed or wounded is 3.3 times the United States' estimate of about 1,200."
    """
    words = METRIC_WORDS.get(metric, metric)
    opening = f"As of {_date(when)}, " if when is not None else ""
    if comparison.empty:
        return f"{opening}no source had given a cumulative figure for {words}.".capitalize() \
            if not opening else f"{opening}no source had given a cumulative figure for {words}."
    top = comparison.iloc[0]
    top_poss, _ = _source_words(top, by)
    if len(comparison) == 1:
        return f"{opening}only {top_poss} figure was public: {describe(top)} {words}."
    bottom = comparison.iloc[-1]
    _, bottom_adj = _source_words(bottom, by)
    ratio = top["value"] / bottom["value"] if bottom["value"] else math.inf
    floor = top.get("compared_by") == "lower bound" or bottom.get("compared_by") == "upper bound"
    ceiling = top.get("compared_by") == "upper bound" or bottom.get("compared_by") == "lower bound"
    qualifier = "at least " if floor and not ceiling else ("at most " if ceiling and not floor else "")
    sentence = (f"{opening}{top_poss} {describe(top)} {words} is {qualifier}{_ratio(ratio)} times "
                f"{bottom_adj} estimate of {describe(bottom)}")
    middle = []
    for _, row in comparison.iloc[1:-1].iterrows():
        poss, _ = _source_words(row, by)
        owner = poss[:-len(" figure of")] if poss.endswith(" figure of") else poss
        if bool(row.get("derived", False)):
            middle.append(f"{owner} figures add up to {describe(row)}")
        else:
            middle.append(f"{owner} figure is {describe(row)}")
    if middle:
        sentence += "; " + "; ".join(middle)
    return sentence + "."


def agreement(comparison: pd.DataFrame, metric: str, by: str = "country") -> str:
    """Whether the sources agree, in one sentence: shared claims and overlapping ranges are named.

    Examples
    --------
    >>> rows = pd.DataFrame([dict(by_value=c, claim_id="NK048", low=1e4, high=1.2e4, best=math.nan,
    ...                           kind="range", value=1.1e4) for c in ("KR", "UA", "US")])
    >>> agreement(rows, "deployed")
    'South Korea, Ukraine and the United States agree on 10,000 to 12,000 deployed (one joint statement, NK048).'
    """
    words = METRIC_WORDS.get(metric, metric)
    if comparison.empty:
        return f"No source had given a cumulative figure for {words}."
    groups = comparison.groupby("claim_id", sort=False)
    parts = []
    for claim_id, group in groups:
        names = "|".join(group["by_value"]) if by == "country" else ", ".join(group["by_value"])
        who = country_name(names) if by == "country" else names
        if len(group) > 1:
            parts.append(f"{who} agree on {describe(group.iloc[0])} {words} (one joint statement, {claim_id})")
        else:
            parts.append(f"{who} says {describe(group.iloc[0])} ({claim_id})")
    return "; ".join(parts) + "."


def spread_sentence(summary: dict, metric: str) -> str:
    """Spread, consensus and the conservative figure, in words."""
    words = METRIC_WORDS.get(metric, metric)
    if not summary.get("sources"):
        return f"No figures for {words}."
    parts = [f"The highest figure is {_ratio(summary['spread'])} times the lowest"]
    consensus = summary.get("consensus")
    if consensus is None:
        parts.append("no single number fits every source's range")
    else:
        parts.append(f"every source's range allows {describe(_range_row(consensus))}")
    if not math.isnan(summary.get("conservative", math.nan)):
        parts.append(f"the most conservative supported figure is {number(summary['conservative'])} "
                     f"({summary['conservative_source']})")
    return "; ".join(parts) + "."


def _range_row(r) -> dict:
    return dict(low=r.low, high=r.high, low_open=r.low_open, high_open=r.high_open,
                best=math.nan if r.best is None else r.best, kind=r.kind, approx=r.approx)


def drift_sentence(drift: pd.DataFrame) -> str:
    """How often outlets changed what a source said, by kind of change."""
    if drift.empty:
        return "No outlet changed the wording, number or metric of a statement it reported."
    counts = drift["change"].value_counts()
    names = {"hedge": "the hedge", "number": "the number", "magnitude": "the magnitude", "metric": "the metric"}
    listed = [f"{n} changed {names[k]}" for k, n in counts.items()]
    total = len(drift)
    return f"{total} report{'s' if total != 1 else ''} departed from the statement {'they' if total != 1 else 'it'} " \
           f"reported: " + ", ".join(listed) + "."
