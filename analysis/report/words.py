"""Words for numbers, ranges, dates, counts and sources: the report's one style.

Every number in the report's prose comes from a table through these functions, so the
prose cannot drift from the data. Dates are shown at their precision ("7 February 2025",
"February 2025", "2025"); open bounds are shown open ("more than 3,000 (3,000, ∞)").
"""

from __future__ import annotations

import math

from ..claims.columns import stated_value
from ..claims.countries import country_name
from ..range import format_number


def number(x: float) -> str:
    """A figure for prose: thousands separators, no trailing ".0".

    Examples
    --------
    >>> number(12000.0), number(2.5)
    ('12,000', '2.5')
    """
    return format_number(float(x))


def plural(n: int, word: str, words: str | None = None) -> str:
    """ "1 claim", "2 claims".

    Examples
    --------
    >>> plural(1, "claim"), plural(2, "claim"), plural(3, "body", "bodies")
    ('1 claim', '2 claims', '3 bodies')
    """
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def times(x: float) -> str:
    """A ratio: "3.3", "12", "infinitely many"."""
    if math.isinf(x):
        return "infinitely many"
    return f"{x:.1f}" if x < 10 else f"{x:,.0f}"


def ratio_text(bounds: tuple[float, float]) -> str:
    """A ratio interval in words.

    Examples
    --------
    >>> ratio_text((3.3333, 3.3333)), ratio_text((2.0, math.inf)), ratio_text((0.2, 5.0))
    ('3.3 times', 'at least 2.0 times', 'between 0.2 and 5.0 times')
    """
    lo, hi = bounds
    if math.isclose(lo, hi):
        return f"{times(lo)} times"
    if math.isinf(hi):
        return f"at least {times(lo)} times"
    return f"between {times(lo)} and {times(hi)} times"


def bounds_text(row) -> str:
    """The interval of a row with open bounds shown open: "[2,950, 3,050]", "(3,000, ∞)".

    Examples
    --------
    >>> bounds_text({"low": 3000.0, "high": math.inf, "low_open": True, "high_open": False})
    '(3,000, ∞)'
    """
    low, high = float(row["low"]), float(row["high"])
    left = "(" if row.get("low_open") else "["
    right = ")" if row.get("high_open") or math.isinf(high) else "]"
    if low == high:
        return f"[{number(low)}]"
    return f"{left}{number(low)}, {number(high)}{right}"


def describe(row) -> str:
    """A range in words: "about 1,200", "more than 3,000", "10,000 to 12,000", "up to 8,000".

    Examples
    --------
    >>> describe({"low": 1150.0, "high": 1250.0, "best": 1200.0, "kind": "approx", "low_open": False,
    ...           "high_open": False, "approx": True})
    'about 1,200'
    >>> describe({"low": 2e4, "high": 1e5, "best": math.nan, "kind": "vague", "low_open": False,
    ...           "high_open": True, "approx": True})
    '20,000 to under 100,000'
    """
    low, high, kind = float(row["low"]), float(row["high"]), row["kind"]
    best = stated_value(row)
    if kind == "point":
        return number(low)
    if kind == "approx" and best is not None:
        if row.get("high_open") and high == best:
            return f"nearly {number(best)}"
        if row.get("low_open") and low == best:
            return f"just over {number(best)}"
        return f"about {number(best)}"
    if kind == "lower":
        return f"more than {number(low)}" if row.get("low_open") else f"at least {number(low)}"
    if kind == "upper":
        return f"fewer than {number(high)}" if row.get("high_open") else f"up to {number(high)}"
    if kind == "vague":
        return f"{number(low)} to {'under ' if row.get('high_open') else ''}{number(high)}"
    text = f"{number(low)} to {number(high)}"
    return f"about {text}" if row.get("approx") else text


def figure_text(row) -> str:
    """A figure with its interval when that says more: "more than 3,000 (3,000, ∞)", "4,000".

    Examples
    --------
    >>> figure_text({"low": 3000.0, "high": math.inf, "low_open": True, "high_open": False, "best": math.nan,
    ...              "kind": "lower", "approx": False})
    'more than 3,000 (3,000, ∞)'
    >>> figure_text({"low": 946000.0, "high": 1120000.0, "low_open": False, "high_open": False, "best": math.nan,
    ...              "kind": "range", "approx": False})
    '946,000 to 1,120,000'
    """
    words = describe(row)
    if row["kind"] in ("point", "vague") or (row["kind"] == "range" and not row.get("approx")):
        return words   # the words already give the bounds ("946,000 to 1,120,000", "20,000 to under 100,000")
    return f"{words} {bounds_text(row)}"


def source_name(label: str, by: str) -> str:
    """The name of a source in prose: the organisation, or the country for ``by="country"``.

    Examples
    --------
    >>> source_name("UA", "country"), source_name("Reuters", "organisation")
    ("Ukraine's government bodies", 'Reuters')
    """
    if by == "country":
        name = country_name(label)
        return f"{name}' government bodies" if name.endswith("s") else f"{name}'s government bodies"
    return label


def kind_text(row) -> str:
    """A source's kind in words, saying when it was inferred from the name.

    Examples
    --------
    >>> kind_text({"source_kind": "military", "source_kind_from": "inferred", "source_kind_cue": "defence ministry"})
    "military (inferred from 'defence ministry')"
    >>> kind_text({"source_kind": "", "source_kind_from": "", "source_kind_cue": ""})
    'body of unknown kind'
    """
    from ..claims.sources import KIND_WORDS

    kind = str(row.get("source_kind", "") or "")
    words = KIND_WORDS.get(kind, kind)
    if row.get("source_kind_from") == "inferred":
        cue = str(row.get("source_kind_cue", "") or "")
        return f"{words} (inferred from {cue})" if cue.startswith("a ") else f"{words} (inferred from {cue!r})"
    if row.get("source_kind_from") == "claims file":
        return f"{words} (as the claims file gives it)"
    return words


def listing(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


__all__ = ["number", "plural", "times", "ratio_text", "bounds_text", "describe", "figure_text", "source_name",
           "kind_text", "listing"]
