"""Reading back the canonical form that ``str(Range)`` writes ("≈300 (250–350)", ">200", "10,000–12,000")."""

from __future__ import annotations

import math
import re

from .range import KIND_ORDER, Range

_NUM = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?|-?∞"
_CUR = r"(?:(?P<cur>[A-Z]{3}) )?"
_POINT = re.compile(rf"^{_CUR}(?P<n>{_NUM})$")
_BOUND = re.compile(rf"^{_CUR}(?P<op>≥|>|≤|<)(?P<n>{_NUM})$")
_SPAN = re.compile(rf"^{_CUR}(?P<lo_open>>)?(?P<low>{_NUM})–(?P<hi_open><)?(?P<high>{_NUM})$")
_FULL = re.compile(
    rf"^{_CUR}(?:(?P<approx>≈)?(?P<best>{_NUM})|(?P<tilde>~))?\s*(?P<kind>{'|'.join(KIND_ORDER)})?\s*"
    rf"\((?P<lo_open>>)?(?P<low>{_NUM})–(?P<hi_open><)?(?P<high>{_NUM})\)$"
)
_RULE = "Read from the canonical notation that str(Range) writes."
_UNITS = (("%", "%"), ("‰", "‰"), ("pp", " pp"))


def _number(text: str) -> float:
    if text.endswith("∞"):
        return -math.inf if text.startswith("-") else math.inf
    return float(text.replace(",", ""))


def read_notation(text: str, lang: str = "en") -> Range | None:
    """The range written in canonical notation, or None when ``text`` is not in it.

    Examples
    --------
    >>> r = read_notation("≈1,000 (950–<1,000)")
    >>> (r.low, r.high, r.high_open, r.best, r.kind)
    (950.0, 1000.0, True, 1000.0, 'approx')
    >>> read_notation("about 300") is None
    True
    >>> r = read_notation("40–60%")
    >>> (r.low, r.high, r.unit)
    (40.0, 60.0, '%')
    """
    stripped = text.strip()
    if not stripped or len(stripped) > 120:
        return None
    offset = text.index(stripped[0])
    span = dict(text=stripped, start=offset, end=offset + len(stripped), lang="en" if lang == "auto" else lang,
                rule=_RULE)
    for unit, mark in _UNITS:
        if stripped.endswith(mark) and len(stripped) > len(mark):
            stripped = stripped[:-len(mark)]
            if not (stripped[-1:].isdigit() or stripped[-1:] == ")"):
                return None
            span["unit"] = unit
            break
    m = _POINT.match(stripped)
    if m and ("e" in m["n"] or "∞" in m["n"]):
        n = _number(m["n"])
        if math.isinf(n):
            return None
        return Range(n, n, best=n, kind="point", currency=m["cur"], **span)
    m = _BOUND.match(stripped)
    if m:
        n = _number(m["n"])
        if math.isinf(n):
            return None
        op = m["op"]
        if op in "≥>":
            return Range(n, math.inf, low_open=op == ">", kind="lower", currency=m["cur"], **span)
        low = 0.0 if n > 0 else -math.inf
        return Range(low, n, high_open=op == "<", kind="upper", currency=m["cur"], **span)
    m = _SPAN.match(stripped)
    if m:
        low, high = _number(m["low"]), _number(m["high"])
        if low > high or math.isinf(low) or math.isinf(high):
            return None
        return Range(low, high, bool(m["lo_open"]), bool(m["hi_open"]), kind="range", currency=m["cur"], **span)
    m = _FULL.match(stripped)
    if m:
        low, high = _number(m["low"]), _number(m["high"])
        best = _number(m["best"]) if m["best"] else None
        approx = bool(m["approx"] or m["tilde"])
        kind = m["kind"] or "approx"
        try:
            return Range(low, high, bool(m["lo_open"]), bool(m["hi_open"]), best, approx, kind,
                         currency=m["cur"], **span)
        except ValueError:
            return None
    return None
