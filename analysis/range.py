"""The value type: a quantity as an interval with its provenance in the text.

A :class:`Range` is what every number phrase becomes: its bounds (``low``,
``high``, each possibly open or infinite), the stated point value when there is
one (``best``), whether the wording hedged (``approx``), the kind of statement,
the span it was read from, and one sentence (``rule``) saying why the bounds are
what they are.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

KINDS = frozenset(("point", "range", "lower", "upper", "approx", "vague"))
KIND_ORDER = ("point", "range", "lower", "upper", "approx", "vague")


def format_number(x: float) -> str:
    """Write a number with thousands separators, exactly enough to read it back.

    Examples
    --------
    >>> format_number(12000.0)
    '12,000'
    >>> format_number(2.5)
    '2.5'
    >>> format_number(-math.inf)
    '-∞'
    """
    if x == math.inf:
        return "∞"
    if x == -math.inf:
        return "-∞"
    if x == int(x) and abs(x) < 1e16:
        return f"{int(x):,}"
    text = repr(float(x))
    if "e" in text or "E" in text:
        return text
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}.{frac}"


def derive_kind(low: float, high: float, best: float | None, approx: bool) -> str:
    """The kind a range has from its shape alone (used for sums and hulls).

    Examples
    --------
    >>> derive_kind(250, 350, 300, True)
    'approx'
    >>> derive_kind(100, math.inf, None, False)
    'lower'
    """
    if low == high:
        return "point"
    if high == math.inf and low > -math.inf:
        return "lower"
    if low in (0.0, -math.inf) and high < math.inf and best is None:
        return "upper"
    if approx and best is not None:
        return "approx"
    return "range"


@dataclass(frozen=True, slots=True)
class Range:
    """A stated quantity as an interval.

    Parameters
    ----------
    low, high : float
        The bounds; ``-math.inf`` / ``math.inf`` where the wording sets none.
    low_open, high_open : bool
        Whether the bound itself is excluded ("more than 200" excludes 200).
    best : float or None
        The point value the phrase states, if it states one.
    approx : bool
        True when the wording hedges ("about") or is vague ("hundreds").
    kind : str
        One of ``point``, ``range``, ``lower``, ``upper``, ``approx``, ``vague``.
    text : str
        The phrase as written; ``start`` and ``end`` are its offsets in the input.
    lang : str
        Language of the phrase (``en``, ``uk``, ``ru``, ``ko``).
    rule : str
        One readable sentence: why these bounds.
    currency : str or None
        ISO 4217 code when the quantity is money.
    unit : str or None
        None for a count; ``"%"`` for a share ("12%", "40 to 60 per cent"), ``"‰"``
        per mille, ``"pp"`` percentage points; ``"years of age"`` (also ``"months of age"``,
        ``"weeks of age"``, ``"days of age"``) for an age ("a 45-year-old", "aged 18 to 25",
        "80대": 80 to 89), which is not a count either. Ranges of different units never combine.

    Examples
    --------
    >>> r = Range(250.0, 350.0, best=300.0, approx=True, kind="approx")
    >>> str(r)
    '≈300 (250–350)'
    >>> r.contains(349.5), r.width, r.midpoint
    (True, 100.0, 300.0)
    >>> (r + Range(2700.0, 2700.0, best=2700.0)).low
    2950.0
    """

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    best: float | None = None
    approx: bool = False
    kind: str = "point"
    text: str = ""
    start: int = 0
    end: int = 0
    lang: str = "en"
    rule: str = ""
    currency: str | None = None
    unit: str | None = None

    def __post_init__(self) -> None:
        low, high = self.low, self.high
        if type(low) is not float:
            low = float(low)
            object.__setattr__(self, "low", low)
        if type(high) is not float:
            high = float(high)
            object.__setattr__(self, "high", high)
        if low != low or high != high:
            raise ValueError(f"a range bound is not a number: low={self.low!r}, high={self.high!r}")
        if low > high:
            raise ValueError(f"low {low!r} is above high {high!r}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}; expected one of {', '.join(KIND_ORDER)}")
        if low == -math.inf and not self.low_open:
            object.__setattr__(self, "low_open", True)
        if high == math.inf and not self.high_open:
            object.__setattr__(self, "high_open", True)
        if low == high and (self.low_open or self.high_open):
            raise ValueError(f"the range [{low!r}, {high!r}] is empty when a bound is open")
        best = self.best
        if best is not None:
            if type(best) is not float:
                best = float(best)
                object.__setattr__(self, "best", best)
            if not low <= best <= high:
                raise ValueError(f"best {best!r} lies outside [{low!r}, {high!r}]")

    # ---- measures -------------------------------------------------------------
    @property
    def width(self) -> float:
        """``high - low``; infinite when a bound is unbounded."""
        return self.high - self.low

    @property
    def midpoint(self) -> float:
        """The middle of the bounds; ``±inf`` when one side is unbounded."""
        if math.isinf(self.low) and math.isinf(self.high):
            return 0.0 if self.low < 0 < self.high else self.low
        if math.isinf(self.low) or math.isinf(self.high):
            return self.low if math.isinf(self.low) else self.high
        return (self.low + self.high) / 2

    @property
    def bounded(self) -> bool:
        """True when both bounds are finite."""
        return not (math.isinf(self.low) or math.isinf(self.high))

    # ---- set operations -------------------------------------------------------
    def contains(self, x: float) -> bool:
        """Whether the number ``x`` lies in the range, open bounds excluded.

        Examples
        --------
        >>> Range(200.0, math.inf, low_open=True, kind="lower").contains(200)
        False
        """
        if x < self.low or x > self.high:
            return False
        if x == self.low and self.low_open:
            return False
        if x == self.high and self.high_open:
            return False
        return True

    def overlaps(self, other: Range) -> bool:
        """Whether the two ranges share at least one number.

        Examples
        --------
        >>> Range(0.0, 10.0, high_open=True, kind="upper").overlaps(Range(10.0, 10.0))
        False
        """
        return _lower_edge(self, other) is not None

    def intersection(self, other: Range) -> Range | None:
        """The numbers both ranges allow (the consensus), or None when they are disjoint.

        Examples
        --------
        >>> Range(100.0, 400.0, kind="range").intersection(Range(250.0, 350.0)).low
        250.0
        """
        edges = _lower_edge(self, other)
        if edges is None:
            return None
        low, low_open, high, high_open = edges
        best = None
        for candidate in (self.best, other.best):
            if candidate is not None and low <= candidate <= high:
                best = candidate
                break
        approx = self.approx and other.approx
        return Range(
            low, high, low_open, high_open, best, approx,
            derive_kind(low, high, best, approx),
            text=_join_text(self.text, "∩", other.text), lang=_join_lang(self, other),
            rule="The numbers allowed by both ranges.",
            currency=_same_currency(self, other), unit=_same_unit(self, other),
        )

    def union_hull(self, other: Range) -> Range:
        """The smallest range holding both (the envelope).

        Examples
        --------
        >>> h = Range(1200.0, 1200.0).union_hull(Range(4000.0, 4000.0))
        >>> (h.low, h.high, h.kind)
        (1200.0, 4000.0, 'range')
        """
        if self.low < other.low or (self.low == other.low and not self.low_open):
            low, low_open = self.low, self.low_open
        else:
            low, low_open = other.low, other.low_open
        if self.high > other.high or (self.high == other.high and not self.high_open):
            high, high_open = self.high, self.high_open
        else:
            high, high_open = other.high, other.high_open
        approx = self.approx or other.approx
        kind = derive_kind(low, high, None, approx)
        return Range(
            low, high, low_open, high_open, None, approx, kind,
            text=_join_text(self.text, "∪", other.text), lang=_join_lang(self, other),
            rule="The smallest range that holds both.",
            currency=_same_currency(self, other), unit=_same_unit(self, other),
        )

    def __add__(self, other: Range) -> Range:
        """Interval sum: the total of two counts (killed + wounded)."""
        if not isinstance(other, Range):
            return NotImplemented
        low = self.low + other.low
        high = self.high + other.high
        best = None if self.best is None or other.best is None else self.best + other.best
        approx = self.approx or other.approx
        if best is None and not approx and self.kind == "point" and other.kind == "point":
            best = low
        kind = derive_kind(low, high, best, approx)
        if kind == "upper" and (self.kind != "upper" or other.kind != "upper"):
            kind = "range"
        return Range(
            low, high, self.low_open or other.low_open, self.high_open or other.high_open,
            best, approx, kind,
            text=_join_text(self.text, "+", other.text), lang=_join_lang(self, other),
            rule=f"Sum of {self} and {other}: lows add, highs add.",
            currency=_same_currency(self, other), unit=_same_unit(self, other),
        )

    def with_span(self, text: str, start: int, end: int) -> Range:
        """A copy that points at another span of text."""
        return replace(self, text=text, start=start, end=end)

    def __str__(self) -> str:
        return notation(self)


_SLOTS = [getattr(Range, name).__set__ for name in Range.__slots__]  # type: ignore[attr-defined]


class _Rule:
    """``Range.rule``: the slot may hold a sentence not written yet (any object whose ``str`` writes it,
    such as the normaliser's lazy rules); it is written, and kept, the first time it is read, so
    equality, hashing, ``repr`` and pickling all see the sentence."""

    __slots__ = ("slot",)

    def __init__(self, slot) -> None:
        self.slot = slot

    def __get__(self, obj, owner=None):
        if obj is None:
            return self.slot
        value = self.slot.__get__(obj, owner)
        if type(value) is not str:
            value = str(value)
            self.slot.__set__(obj, value)
        return value

    def __set__(self, obj, value) -> None:
        self.slot.__set__(obj, value)


Range.rule = _Rule(Range.rule)  # type: ignore[assignment,misc]
_new = object.__new__
_inf = math.inf


def trusted_range(low, high, low_open, high_open, best, approx, kind, text, start, end, lang, rule, currency,
                  unit) -> Range:
    """A Range from values the normaliser has already checked: no conversions, no checks.

    Only for package code that builds bounds it knows are ordered floats or exact numbers
    of a kind ``Range`` accepts; everything else uses ``Range(...)``.

    Examples
    --------
    >>> trusted_range(250, 350, False, False, 300, True, "approx", "about 300", 0, 9, "en", "", None, None).low
    250.0
    """
    r = _new(Range)
    s = _SLOTS
    s[0](r, float(low))
    s[1](r, float(high))
    s[2](r, low_open or low == -_inf)
    s[3](r, high_open or high == _inf)
    s[4](r, None if best is None else float(best))
    s[5](r, approx)
    s[6](r, kind)
    s[7](r, text)
    s[8](r, start)
    s[9](r, end)
    s[10](r, lang)
    s[11](r, rule)
    s[12](r, currency)
    s[13](r, unit)
    return r


def notation(r: Range) -> str:
    """The canonical short form of a range; ``parse_range`` reads it back.

    Examples
    --------
    >>> notation(Range(10000.0, 12000.0, kind="range"))
    '10,000–12,000'
    >>> notation(Range(200.0, math.inf, low_open=True, kind="lower"))
    '>200'
    >>> notation(Range(0.0, 1000.0, high_open=True, kind="upper"))
    '<1,000'
    >>> notation(Range(40.0, 60.0, kind="range", unit="%"))
    '40–60%'
    """
    text = _notation(r)
    return text if r.unit is None else text + (r.unit if r.unit in "%‰" else f" {r.unit}")


def _notation(r: Range) -> str:
    cur = f"{r.currency} " if r.currency else ""
    f = format_number
    lo_mark = ">" if r.low_open and r.low > -math.inf else ""
    hi_mark = "<" if r.high_open and r.high < math.inf else ""
    if not r.approx:
        if r.kind == "point" and r.best == r.low == r.high:
            return f"{cur}{f(r.low)}"
        if r.kind == "lower" and r.high == math.inf and r.best is None and r.low > -math.inf:
            return f"{cur}{'>' if r.low_open else '≥'}{f(r.low)}"
        if r.kind == "upper" and r.low == 0 and not r.low_open and r.best is None:
            return f"{cur}{'<' if r.high_open else '≤'}{f(r.high)}"
        if r.kind == "range" and r.best is None and r.bounded:
            return f"{cur}{lo_mark}{f(r.low)}–{hi_mark}{f(r.high)}"
    head = []
    if r.best is not None:
        head.append(("≈" if r.approx else "") + f(r.best))
    elif r.approx:
        head.append("~")
    if r.kind != "approx" or r.best is None or not r.approx:
        head.append(r.kind)
    return f"{cur}{' '.join(head)} ({lo_mark}{f(r.low)}–{hi_mark}{f(r.high)})"


def _lower_edge(a: Range, b: Range) -> tuple[float, bool, float, bool] | None:
    if a.low > b.low:
        low, low_open = a.low, a.low_open
    elif b.low > a.low:
        low, low_open = b.low, b.low_open
    else:
        low, low_open = a.low, a.low_open or b.low_open
    if a.high < b.high:
        high, high_open = a.high, a.high_open
    elif b.high < a.high:
        high, high_open = b.high, b.high_open
    else:
        high, high_open = a.high, a.high_open or b.high_open
    if low > high or (low == high and (low_open or high_open)):
        return None
    return low, low_open, high, high_open


def _join_text(a: str, op: str, b: str) -> str:
    return f"{a} {op} {b}" if a and b else (a or b)


def _join_lang(a: Range, b: Range) -> str:
    return a.lang if a.lang == b.lang else f"{a.lang}+{b.lang}"


def _same_unit(a: Range, b: Range) -> str | None:
    if a.unit != b.unit:
        raise ValueError(f"cannot combine {a.unit or 'a count'} with {b.unit or 'a count'}")
    return a.unit


def _same_currency(a: Range, b: Range) -> str | None:
    if a.currency != b.currency:
        raise ValueError(f"cannot combine {a.currency or 'a count'} with {b.currency or 'a count'}")
    return a.currency
