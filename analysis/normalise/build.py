"""Building ranges: a value and the words around it become a quantity, by the conventions.

The :class:`Builder` steps (a mixin of :class:`~.context.Combiner`) look each convention up in
:mod:`.conventions`: a point, a hedge and its band, a floor or a ceiling, a range, a share of
a whole; :func:`to_range` makes the :class:`~analysis.range.Range` of a quantity through the
trusted constructor, since every bound here is already checked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from ..range import Range, format_number, trusted_range
from .conventions import LazyRule, lazy_rule, roundness, rule_for
from .numbers import Number, Reader, Value, _fmt, _mul, _num, rounding_unit

_LOWER = ("lower_closed", "lower_open")
_UPPER = ("upper_closed", "upper_open")
_HEDGES = ("approx", "below", "above", "above_unit")


@dataclass(slots=True)
class Quantity:
    first: int
    last: int
    low: Number | float
    high: Number | float
    low_open: bool
    high_open: bool
    best: Number | None
    approx: bool
    kind: str
    rule: str | LazyRule  # a LazyRule until read (compiled code checks this hint)
    currency: str | None
    unit: str | None = None


# (hedge, type and value of n, kind, unit, band) -> (low, high, low_open, high_open, rule): a hedged
# number's bounds and rule, kept because news repeats the same hedged figures
_HEDGED: dict[tuple, tuple] = {}


def _no_negative(low: Number, n: Number) -> Number:
    """A hedge never takes a count below zero: "about 0" is 0 to 1, not -1 to 1."""
    return low if n < 0 or low >= 0 else 0


class Builder:
    """The steps that make a quantity once its value and context are read (see the module)."""

    __slots__ = ()

    def share(self, frac: Value, inner: Quantity, effects, first) -> Quantity:
        f = frac.value
        low = _scale_float(inner.low, f)
        high = _scale_float(inner.high, f)
        approx = inner.approx or any(e[0] in _HEDGES for e in effects)
        best = None if inner.best is None else _scale_float(inner.best, f)
        kind = "approx" if approx and inner.kind in ("point", "approx") else inner.kind
        if kind == "point":
            best = low
        hedged = next((e for e in effects if e[0] in _HEDGES), None)
        low_open, high_open = inner.low_open, inner.high_open
        if hedged is not None and inner.kind == "point":  # "about a third of the 300": the hedge widens the share
            n = _num(best)
            h = self.width(n)
            kind = "approx"
            if hedged[0] == "below":
                low, high_open = float(_no_negative(n - h, n)), True
            elif hedged[0] == "above":
                high, low_open = float(n + h), True
            else:
                low, high = float(_no_negative(n - h, n)), float(n + h)
        hedge = hedged[1] if hedged else ""
        rule = lazy_rule("share", fraction=_fraction_words(f), inner=inner.rule, hedge=hedge,
                        low=format_number(low), high=format_number(high))
        q = Quantity(first, inner.last, low, high, low_open, high_open, best, approx, kind, rule,
                     inner.currency, inner.unit)
        bound = next((e for e in effects if e[0] not in _HEDGES), None)
        return self.bounded(q, bound) if bound and kind in ("point", "approx") else q  # "more than half of the 300"

    def make_single(self, v: Value, effects, first: int, last: int) -> Quantity | None:
        hedge = bound = None
        for effect in effects:
            if effect[0] in _HEDGES:
                hedge = hedge or effect
            else:
                bound = bound or effect
        cur = v.currency
        if v.kind == "zero":
            return Quantity(first, last, 0, 0, False, False, 0, False, "point",
                             lazy_rule("zero", words=v.words), cur)
        if v.kind == "pair":
            q = Quantity(first, last, v.value, v.scale, False, False, None, False, "range",
                          lazy_rule("range", join=v.words, low=v.value, high=v.scale, scaled=""), cur)
            return self.bounded(q, bound) if bound else q
        if v.kind == "fraction":  # a share of a total it does not state: a point, whatever the words around
            value = float(v.value)
            return Quantity(first, last, value, value, False, False, value, False, "point",
                            lazy_rule("fraction", words=_words(self.r, v.i, v.j), value=format_number(value)), cur)
        if v.kind == "vague":
            vague_low = _mul(v.value, self.r.L.vague_low)  # own names: a compiled local keeps one declared type
            vague_high = _mul(v.value, self.r.L.vague_high)
            rule = lazy_rule("vague", words=v.words, unit=v.value,
                            low=vague_low, high=vague_high)
            q = Quantity(first, last, vague_low, vague_high, False, True, None, True, "vague", rule, cur)
            if bound:
                q = self.bounded(q, bound)
            return q
        n = v.value
        low: Number | float = n
        high: Number | float = n
        low_open = high_open = False
        approx = False
        best: Number | None = n
        kind = "point"
        if hedge is None:
            rule = lazy_rule("point", value=n)
        else:
            approx = True
            kind = "approx"
            key = (hedge, type(n), n, v.kind, v.unit, self.band)
            known = _HEDGED.get(key)
            if known is not None:  # the same hedge on the same number: worked out once
                low, high, low_open, high_open, rule = known
            elif hedge[0] == "above_unit":
                u = rounding_unit(n) if v.kind == "num" else v.unit
                low, high, low_open, high_open = n, n + u, True, True
                rule = lazy_rule("above_unit", word=hedge[1], value=n,
                                unit=u, high=high)
            else:
                h = self.width(n)
                if hedge[0] == "approx":
                    low, high = _no_negative(n - h, n), n + h
                elif hedge[0] == "below":
                    low, high = _no_negative(n - h, n), n
                    high_open = low < high  # "just under 0" is 0, not an empty range
                else:
                    low, high, low_open = n, n + h, True
                rule = LazyRule(_hedge_rule, (hedge, n, h, self.band, low, high))
            if known is None:
                if len(_HEDGED) > 50_000:
                    _HEDGED.clear()
                _HEDGED[key] = (low, high, low_open, high_open, rule)
        q = Quantity(first, last, low, high, low_open, high_open, best, approx, kind, rule, cur)
        if bound:
            q = self.bounded(q, bound)
        return q

    def bounded(self, q: Quantity, bound: tuple[str, str]) -> Quantity:
        effect, word = bound
        if effect in _LOWER:
            low = q.low
            q.low_open = effect == "lower_open" or (q.low_open and q.kind != "approx")
            q.high, q.high_open = math.inf, True
            q.kind = "lower"
            q.rule = lazy_rule(effect, word=word, value=low, inner=q.rule,
                              hedged=q.approx)
        else:
            high = q.high
            q.high_open = effect == "upper_open" or (q.high_open and q.kind != "approx")
            q.low = 0 if float(high) > 0 else -math.inf
            q.low_open = q.low == -math.inf
            q.kind = "upper"
            q.rule = lazy_rule(effect, word=word, value=high, inner=q.rule,
                              hedged=q.approx)
        q.best = None
        return q

    def make_range(self, a, b, effects, first, last, join_word, opener, scaled, currency) -> Quantity:
        hedge = next((e for e in effects if e[0] in _HEDGES), None)
        bound = next((e for e in effects if e[0] not in _HEDGES), None)
        low, high = a, b
        approx = False
        rule = lazy_rule("range", join=(" … ".join([" ".join(opener[0]), join_word]) if opener else join_word),
                        low=a, high=b,
                        scaled=f" The scale of {_fmt(b)} applies to the first number too."
                        if scaled else "")
        if hedge is not None:
            approx = True
            low = _no_negative(a - self.width(a), a)
            high = b + self.width(b)
            rule = lazy_rule("approx_range", word=hedge[1], inner=rule, low=low,
                            high=high, band=self.band)
        q = Quantity(first, last, low, high, False, False, None, approx, "range", rule, currency)
        if bound:
            q = self.bounded(q, bound)
        return q


def _hedge_rule(hedge: tuple[str, str], n: Number, h: Number, band: str, low: Number, high: Number) -> str:
    """The sentence of a hedged number ("about", "nearly", "just over"), written when read."""
    words = dict(word=hedge[1], value=_fmt(n), share=_share(n, h), roundness=roundness(n), band=band)
    if hedge[0] == "approx":
        return rule_for("approx", low=_fmt(low), high=_fmt(high), **words)
    if hedge[0] == "below":
        return rule_for("below", low=_fmt(low), **words)
    return rule_for("above", high=_fmt(high), **words)


def _share(n: Number, h: Number) -> str:
    """The hedge's reach as a share of n, in words ("10%")."""
    if not n:
        return f"{_fmt(h)}"
    return f"{float(h) / abs(float(n)):.0%}" if float(h) / abs(float(n)) >= 0.01 else f"{_fmt(h)}"


def _scale_float(x: float | Number, f: Fraction | Number) -> float:
    if isinstance(x, float) and math.isinf(x):
        return x
    return float(Fraction(str(x)) * Fraction(f)) if not isinstance(x, float) else float(x) * float(f)


def _fraction_words(f: Fraction | Number) -> str:
    names = {Fraction(1, 2): "half", Fraction(1, 3): "a third", Fraction(2, 3): "two thirds",
             Fraction(1, 4): "a quarter", Fraction(3, 4): "three quarters"}
    return names.get(Fraction(f), f"{float(f):g}")


def _words(r: Reader, a: int, b: int) -> str:
    if a > b:
        return ""
    return r.text[r.toks[a][2]:r.toks[b][3]]


def to_range(r: Reader, q: Quantity, offset: int = 0) -> Range:
    start, end = r.toks[q.first][2], r.toks[q.last][3]
    # keep an abbreviation's full stop ("3 тис.") inside the span
    if q.last + 1 < r.n and r.toks[q.last + 1][1] == "." and r.toks[q.last + 1][2] == end \
            and r.toks[q.last][1] in r.L.abbreviations:
        end += 1
    return trusted_range(q.low, q.high, q.low_open, q.high_open, q.best, q.approx, q.kind, r.text[start:end],
                         start + offset, end + offset, r.L.lang, q.rule, q.currency, q.unit)
