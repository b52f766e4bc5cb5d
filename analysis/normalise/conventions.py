"""The range conventions: one table, used by the normaliser's rules, the README and notebook 01.

Each convention says what a kind of wording does to a number. The words that
carry it in each language live in the language tables (``analysis/normalise/tables``);
this module holds the shape of the resulting range and the sentence each range
carries in ``Range.rule``.

Hedge bands
-----------
How far does "about n" reach? The older rule (half the rounding unit each way) made
"about 10,000" 5,000 to 15,000, wider than readers take it. The band here follows three
findings of the work on approximators:

- the reach of "about n" grows with n: readers scale it to the number, not to a fixed
  amount (Lefort, Tabard and Chevalier 2016, "How much is 'about'?"; Ferson et al. 2015,
  "Natural language of uncertainty: numeric hedge words", who read a hedge as widening
  the interval a number's significant digits imply);
- a round number is a coarser statement than a precise one and the hedge on it reaches
  further (Jansen and Pollmann 2001, "On round numbers"): 300 or 5,000 is rounder than
  1,200, which is rounder than 1,234;
- people differ, so a single width is a convention to be stated and varied, not a fact.

So the half-width of a hedge is a share of n chosen by n's roundness: its significant
digits once trailing zeros are dropped (one digit, or two ending in 5: "round"; two:
"semi-round"; more: "precise"). A whole number moves by at least 1. The share comes in
three bands (``BANDS``): ``standard`` is the default, ``narrow`` and ``wide`` let a reader
check whether a finding survives a stricter or a looser reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from ..errors import InputError
from ..range import format_number

#: The hedge bands a caller may choose (``band=`` of ``parse_range`` and ``find_ranges``).
BANDS = ("narrow", "standard", "wide")
#: Roundness levels of a stated number, roundest first.
ROUNDNESS = ("round", "semi-round", "precise")
#: The half-width of a hedge as a share of n, by band and roundness.
HEDGE_SHARES: dict[str, dict[str, Decimal]] = {
    "narrow": {"round": Decimal("0.05"), "semi-round": Decimal("0.025"), "precise": Decimal("0.01")},
    "standard": {"round": Decimal("0.10"), "semi-round": Decimal("0.05"), "precise": Decimal("0.02")},
    "wide": {"round": Decimal("0.25"), "semi-round": Decimal("0.10"), "precise": Decimal("0.05")},
}


def check_band(band: str) -> str:
    """``band`` itself when it is one of :data:`BANDS`, else an ``InputError`` listing them.

    Examples
    --------
    >>> check_band("wide")
    'wide'
    >>> check_band("loose")
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: unknown hedge band 'loose'; use one of: narrow, standard, wide
    """
    if band not in HEDGE_SHARES:
        raise InputError(f"unknown hedge band {band!r}; use one of: {', '.join(BANDS)}")
    return band


def _significant(d: Decimal) -> str:
    """The significant digits of a number, trailing zeros dropped ("1200" -> "12")."""
    digits = "".join(map(str, abs(d).as_tuple().digits)).lstrip("0").rstrip("0")
    return digits or "0"


def roundness(n: int | float | Decimal | Fraction) -> str:
    """How round a stated number is: ``round``, ``semi-round`` or ``precise``.

    Examples
    --------
    >>> roundness(300), roundness(2_500), roundness(1_200), roundness(1_234), roundness(Decimal("1.5"))
    ('round', 'round', 'semi-round', 'precise', 'round')
    """
    digits = _significant(n if isinstance(n, Decimal) else Decimal(str(n)))
    if len(digits) == 1 or (len(digits) == 2 and digits[1] == "5"):
        return "round"
    return "semi-round" if len(digits) == 2 else "precise"


def hedge_width(n: int | float | Decimal | Fraction, band: str = "standard") -> Decimal:
    """How far a hedge ("about", "nearly", "just over") reaches from n, on one side.

    A share of n set by its roundness and the band (see the module's notes), kept to
    two significant digits, and at least 1 when n is a whole number.

    Examples
    --------
    >>> hedge_width(300), hedge_width(10_000), hedge_width(1_200), hedge_width(1_234)
    (Decimal('30'), Decimal('1000'), Decimal('60'), Decimal('25'))
    >>> hedge_width(10_000, "narrow"), hedge_width(10_000, "wide"), hedge_width(5), hedge_width(Decimal("1.5"))
    (Decimal('500'), Decimal('2500'), Decimal('1'), Decimal('0.15'))
    """
    return _hedge_width(n, band)


@lru_cache(maxsize=1 << 16)  # news repeats its hedged figures; equal numbers of any type have one width
def _hedge_width(n: int | float | Decimal | Fraction, band: str) -> Decimal:
    d = n if isinstance(n, Decimal) else Decimal(str(n))
    width = abs(d) * HEDGE_SHARES[band][roundness(d)]
    if width:
        width = Decimal(f"{width:.2g}")  # two significant digits: 24.68 -> 25
    if d == d.to_integral_value() and width < 1:
        width = Decimal(1)
    return Decimal(int(width)) if width == width.to_integral_value() else width.normalize()


@dataclass(frozen=True)
class Convention:
    """One row of the conventions table."""

    key: str          # the effect name used in the language tables
    wording: str      # what the wording is, in words
    interval: str     # the range it gives
    kind: str         # the Range.kind it gives
    rule: str         # template of Range.rule


CONVENTIONS: tuple[Convention, ...] = (
    Convention("point", "bare number", "[n, n]", "point",
               "A bare number is read as exactly {value}."),
    Convention("range", "n to m, n-m, between n and m, from n to m, n or m", "[n, m]", "range",
               "'{join}' gives both ends: {low} to {high}.{scaled}"),
    Convention("lower_closed", "at least n, no fewer than n, n or more, n+", "[n, ∞)", "lower",
               "'{word}' sets a floor that is included: {value} or more, no ceiling."),
    Convention("lower_open", "more than n, over n, exceeded n, topped n", "(n, ∞)", "lower",
               "'{word}' sets a floor that is excluded: above {value}, no ceiling."),
    Convention("upper_closed", "up to n, as many as n, at most n, no more than n", "[0, n] for counts", "upper",
               "'{word}' sets a ceiling that is included: from 0 up to {value} (a count is never negative)."),
    Convention("upper_open", "fewer than n, less than n, under n", "[0, n) for counts", "upper",
               "'{word}' sets a ceiling that is excluded: from 0 up to, not including, {value}."),
    Convention("approx", "about, around, roughly, approximately, some, an estimated n",
               "[n − h, n + h], best n; h = 10% of n if n is round (300, 2,500), 5% if it has two significant "
               "digits (1,200), else 2%; at least 1",
               "approx",
               "'{word}' hedges {value}, a {roundness} number, by {share} of it each way ({band} band): "
               "{low} to {high}."),
    Convention("below", "nearly, almost, just under n", "[n − h, n), best n", "approx",
               "'{word}' puts it just short of {value}: from {low} ({share} below, {band} band for a "
               "{roundness} number) up to, not including, {value}."),
    Convention("above", "just over n", "(n, n + h], best n", "approx",
               "'{word}' puts it just past {value}: above {value}, up to {high} ({share} above, {band} band "
               "for a {roundness} number)."),
    Convention("vague", "dozens, hundreds, several thousand, a few thousand, tens of thousands",
               "[2·unit, 10·unit)", "vague",
               "'{words}' is vague: at least 2 and fewer than 10 times {unit}, so {low} up to, not including, "
               "{high}."),
    Convention("zero", "no casualties, none", "[0, 0]", "point", "'{words}' states zero."),
    Convention("composite", "more than n and less than m", "(n, m)", "range",
               "A floor and a ceiling together: {low} to {high}. {lower} {upper}"),
    Convention("share", "half of …, a third of …", "the share of the range", "range",
               "{hedge_sentence}A share ({fraction}) of the range that follows: {low} to {high}. {inner}"),
    Convention("approx_range", "about n to m", "[n − h(n), m + h(m)]", "range",
               "'{word}' hedges both ends ({band} band): {low} to {high}. {inner}"),
    Convention("above_unit", "Korean 여 (3천여): more than n, less than the next step of its unit",
               "(n, n + unit)", "approx",
               "'{word}' after {value} means more than {value} but less than the next step of {unit}: "
               "above {value}, below {high}."),
    Convention("plus_minus", "n ± d, n plus or minus d", "[n − d, n + d]", "range",
               "'{word}' gives a margin of {margin} each way around {value}: {low} to {high}."),
    Convention("fraction", "one half, two thirds", "[f, f]", "point", "'{words}' is the fraction {value}."),
    Convention("indefinite", "a soldier", "[1, 1]", "point",
               "The indefinite article '{word}' counts one."),
)

_BY_KEY = {c.key: c for c in CONVENTIONS}
_TEMPLATES = {c.key: c.rule for c in CONVENTIONS}
_BOUNDS = frozenset(("lower_closed", "lower_open", "upper_closed", "upper_open"))


_RULES: dict[tuple, str] = {}


def rule_for(key: str, **values: object) -> str:
    """The rule sentence of a convention, filled in (remembered: the same rule is one shared string).

    Examples
    --------
    >>> rule_for("lower_open", word="more than", value="200")
    "'more than' sets a floor that is excluded: above 200, no ceiling."
    """
    cache_key = (key, *values.items())
    try:
        return _RULES[cache_key]
    except KeyError:
        pass
    except TypeError:  # a value that cannot be a key
        return _rule_for(key, **values)
    if len(_RULES) > 100_000:
        _RULES.clear()
    text = _RULES[cache_key] = _rule_for(key, **values)
    return text


class LazyRule:
    """A rule sentence not written yet: how to write it, and its values; written the first time it is read.

    The normaliser makes far more ranges than anyone reads the rule of (extraction reads a
    sentence's every number, and keeps few), so a range carries this and
    :class:`~analysis.range.Range` writes the sentence when ``rule`` is first read. Numbers among
    the values are formatted then too. ``+`` appends a sentence.

    Examples
    --------
    >>> r = lazy_rule("lower_open", word="more than", value=1200)
    >>> str(r + " And more.")
    "'more than' sets a floor that is excluded: above 1,200, no ceiling. And more."
    """

    __slots__ = ("make", "args", "tail", "text")

    def __init__(self, make, args: tuple, tail: str = "") -> None:
        self.make, self.args, self.tail = make, args, tail
        self.text: str | None = None  # (hinted: compiled, an attribute first set to None would take only None)

    def __str__(self) -> str:
        if self.text is None:
            self.text = self.make(*self.args) + self.tail
        return self.text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __add__(self, more: str) -> "LazyRule":
        return LazyRule(self.make, self.args, self.tail + more)

    def __repr__(self) -> str:
        return repr(str(self))


def _written(key: str, values: dict) -> str:
    """The sentence of a lazy rule: its numbers formatted, its inner rules written."""
    out = {}
    for name, v in values.items():
        if type(v) is int:
            v = f"{v:,}"
        elif isinstance(v, LazyRule):
            v = str(v)
        elif isinstance(v, (float, Decimal, Fraction)):
            v = format_number(float(v))
        out[name] = v
    return rule_for(key, **out)


def lazy_rule(key: str, **values: object) -> LazyRule:
    """:func:`rule_for`, written only when read; numbers may be given unformatted."""
    return LazyRule(_written, (key, values))


def _rule_for(key: str, **values: object) -> str:
    """The rule sentence of a convention, filled in.

    Examples
    --------
    >>> rule_for("lower_open", word="more than", value="200")
    "'more than' sets a floor that is excluded: above 200, no ceiling."
    """
    text = _TEMPLATES[key]
    if values.get("hedged") and key in _BOUNDS:
        text = text + " {inner}"
    elif key == "share":
        hedge = values.get("hedge")
        values["hedge_sentence"] = f"'{hedge}' hedges the share. " if hedge else ""
    try:
        return text.format(**values)
    except KeyError as missing:  # a template asked for a value the caller did not give
        raise ValueError(f"rule {key!r} needs {missing}") from None


def convention(key: str) -> Convention:
    """The convention with this key."""
    return _BY_KEY[key]
