"""The range conventions: one table, used by the normaliser's rules, the README and notebook 01.

Each convention says what a kind of wording does to a number. The words that
carry it in each language live in the language tables (``analysis/languages``);
this module holds the shape of the resulting range and the sentence each range
carries in ``Range.rule``.
"""

from __future__ import annotations

from dataclasses import dataclass


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
               "[n − u/2, n + u/2], best n", "approx",
               "'{word}' hedges {value} by half its rounding unit ({unit}) each way: {low} to {high}."),
    Convention("below", "nearly, almost, just under n", "[n − u/2, n), best n", "approx",
               "'{word}' puts it just short of {value}: from {low} (half the rounding unit {unit} below) "
               "up to, not including, {value}."),
    Convention("above", "just over n", "(n, n + u/2], best n", "approx",
               "'{word}' puts it just past {value}: above {value}, up to {high} (half the rounding unit {unit} "
               "above)."),
    Convention("vague", "dozens, hundreds, several thousand, a few thousand, tens of thousands",
               "[2·unit, 10·unit)", "vague",
               "'{words}' is vague: at least 2 and fewer than 10 times {unit}, so {low} up to, not including, "
               "{high}."),
    Convention("zero", "no casualties, none", "[0, 0]", "point", "'{words}' states zero."),
    Convention("composite", "more than n and less than m", "(n, m)", "range",
               "A floor and a ceiling together: {low} to {high}. {lower} {upper}"),
    Convention("share", "half of …, a third of …", "the share of the range", "range",
               "{hedge_sentence}A share ({fraction}) of the range that follows: {low} to {high}. {inner}"),
    Convention("approx_range", "about n to m", "[n − u/2, m + u/2]", "range",
               "'{word}' hedges both ends by half their rounding units: {low} to {high}. {inner}"),
    Convention("above_unit", "Korean 여 (3천여): more than n, less than the next step of its unit",
               "(n, n + unit)", "approx",
               "'{word}' after {value} means more than {value} but less than the next step of {unit}: "
               "above {value}, below {high}."),
    Convention("fraction", "one half, two thirds", "[f, f]", "point", "'{words}' is the fraction {value}."),
    Convention("indefinite", "a soldier", "[1, 1]", "point",
               "The indefinite article '{word}' counts one."),
)

_BY_KEY = {c.key: c for c in CONVENTIONS}
_TEMPLATES = {c.key: c.rule for c in CONVENTIONS}
_BOUNDS = frozenset(("lower_closed", "lower_open", "upper_closed", "upper_open"))


def rule_for(key: str, **values: object) -> str:
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
