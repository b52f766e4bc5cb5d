"""The one boundary between a :class:`~analysis.range.Range` and the columns of a claims frame.

``range_columns(r)`` flattens a Range into the columns ``load_claims`` adds, and
``range_of(row)`` builds the Range back from a row; nothing else in the package does either.

Examples
--------
>>> from analysis import parse_range
>>> row = range_columns(parse_range("more than 3,000"))
>>> row["low"], row["high"], row["low_open"], row["kind"]
(3000.0, inf, True, 'lower')
>>> str(range_of(row))
'>3,000'
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from ..range import Range

#: The columns a Range becomes (plus ``parsed`` and ``parse_error`` for phrases that are not counts).
RANGE_COLUMNS = ("low", "high", "low_open", "high_open", "best", "approx", "kind", "rule", "currency", "parsed",
                 "parse_error")
RANGE_DTYPES = dict(low="float64", high="float64", low_open="bool", high_open="bool", best="float64",
                    approx="bool", kind="str", rule="str", currency="object", parsed="bool", parse_error="str")


def range_columns(r: Range) -> dict:
    """The range columns of one phrase."""
    return dict(low=float(r.low), high=float(r.high), low_open=bool(r.low_open), high_open=bool(r.high_open),
                best=math.nan if r.best is None else float(r.best), approx=bool(r.approx), kind=r.kind,
                rule=r.rule, currency=r.currency, parsed=True, parse_error="")


def unread_columns(reason: str, rule: str = "") -> dict:
    """The range columns of a phrase that is not read as a count (kept, with the reason)."""
    return dict(low=math.nan, high=math.nan, low_open=False, high_open=False, best=math.nan, approx=False, kind="",
                rule=rule, currency=None, parsed=False, parse_error=reason)


def _float(value: object) -> float | None:
    if value is None:
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def range_of(row: Mapping) -> Range:
    """The Range a normalised claims row (or a dict of its range columns) states."""
    currency = row.get("currency")
    return Range(float(row["low"]), float(row["high"]), bool(row.get("low_open", False)),
                 bool(row.get("high_open", False)), _float(row.get("best")), bool(row.get("approx", False)),
                 str(row["kind"]), text=str(row.get("stated", "") or ""), lang=str(row.get("lang", "en") or "en"),
                 rule=str(row.get("rule", "") or ""), currency=currency if isinstance(currency, str) and currency else None)


def stated_value(row: Mapping) -> float | None:
    """The number a phrase states (300 in "about 300"), or None when it states only bounds.

    Examples
    --------
    >>> stated_value({"kind": "approx", "best": 300.0, "low": 250.0, "high": 350.0})
    300.0
    >>> stated_value({"kind": "vague", "best": float("nan"), "low": 2e4, "high": 1e5}) is None
    True
    """
    if row.get("kind") == "point":
        return float(row["low"])
    return _float(row.get("best"))


__all__ = ["RANGE_COLUMNS", "RANGE_DTYPES", "range_columns", "unread_columns", "range_of", "stated_value"]
