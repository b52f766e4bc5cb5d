"""The normaliser's public entry points: :func:`parse_range`, :func:`find_ranges`, :func:`iter_ranges`.

Reading happens in three steps, each in its own module, all shared by every language (what the
words mean is read from the language tables, :mod:`.lexicon`):

1. :mod:`.tokens` cuts the text into :class:`~.tokens.Token` records;
2. :mod:`.numbers` reads the *values*: digits, spelled-out numbers, scale words, vague quantities
   ("hundreds") and zero phrases ("no casualties"), and sets aside the numbers that are not
   quantities (years, dates, clock times, ordinals, identifiers such as "F-16");
3. :mod:`.context` reads the words around each value (hedges, bounds, range words, currencies,
   percentages) and :mod:`.build` turns it into a range, following :mod:`.conventions`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import AmbiguousQuantityError, LimitExceededError, NoQuantityError
from ..limits import MAX_FIELD_CHARS, MAX_NUMBER_DIGITS, MAX_NUMBERS_PER_CALL
from ..range import Range
from ..script import detect_language
from .build import to_range
from .context import Combiner
from .invisible import Visible
from .conventions import check_band, rule_for
from .lexicon import Lexicon, lexicon
from .numbers import Reader, rounding_unit

__all__ = ["find_ranges", "iter_ranges", "parse_range", "rounding_unit"]


def _resolve_lang(text: str, lang: str) -> str:
    if lang == "auto":
        return detect_language(text)
    return lang


def find_ranges(text: str, lang: str = "en", band: str = "standard", *, offset: int = 0) -> list[Range]:
    """Every quantity stated in a text, in order of position.

    Years, dates, clock times, ordinals and identifiers ("F-16") are not reported;
    a number inside a larger one ("12" in "12,000") is never reported on its own.
    Percentages are reported as shares (``unit="%"``), never as counts.

    Parameters
    ----------
    text : str
        Any text: a sentence, an article.
    lang : str, default "en"
        ``en``, ``uk``, ``ru``, ``ko``, or ``auto`` to choose from the script.
    band : str, default "standard"
        How far a hedge ("about", "nearly") reaches: ``narrow``, ``standard`` or
        ``wide`` (see ``analysis.normalise.conventions``).
    offset : int, default 0
        Added to every range's ``start`` and ``end``: when ``text`` is a piece of a longer text (a sentence of
        an article, from ``offset`` on), the ranges point into the longer text, as if moved afterwards.

    Returns
    -------
    list of Range

    Raises
    ------
    TypeError
        When ``text`` is not a ``str``.
    InputError
        When ``lang`` or ``band`` is not one of those accepted.
    LimitExceededError
        When the text holds more than ``MAX_NUMBERS_PER_CALL`` numbers (100,000; see
        :mod:`analysis.limits`): reading them would take too long and their list too much memory.
        :func:`iter_ranges` reads any number, one at a time.

    Examples
    --------
    >>> [str(r) for r in find_ranges("about 300 had died and 2,700 had been injured in 2025")]
    ['≈300 (270–330)', '2,700']
    >>> [str(r) for r in find_ranges("about 300 had died, 12% of the unit", band="wide")]
    ['≈300 (225–375)', '12%']
    >>> find_ranges("10,000 to 12,000 troops")[0].text
    '10,000 to 12,000'
    >>> [(r.text, r.start, r.end) for r in find_ranges("about 300 died", offset=100)]
    [('about 300', 100, 109)]
    """
    L = _lexicon_for(text, lang, band, "find_ranges")
    if len(text) <= _WINDOW:  # a window holds far fewer numbers than the limit
        return _find(text, L, band, offset)[0]
    found: list[Range] = []
    seen = 0
    for lo, hi in _windows(text):  # a long text is read a window at a time
        ranges, numbers = _find(text[lo:hi], L, band, lo + offset)
        found.extend(ranges)
        seen += numbers
        if seen > MAX_NUMBERS_PER_CALL:
            raise LimitExceededError(
                f"find_ranges stops past {MAX_NUMBERS_PER_CALL:,} numbers in one text (of {len(text):,} "
                f"characters; the limit MAX_NUMBERS_PER_CALL); read such a text with "
                f"analysis.normalise.iter_ranges, which yields its quantities one at a time")
    return found


def iter_ranges(text: str, lang: str = "en", band: str = "standard") -> Iterator[Range]:
    """Every quantity stated in a text, in order of position, one at a time.

    The same quantities as :func:`find_ranges`, with no limit on how many: the text is
    read a window of 32 KB at a time and each window's ranges are yielded before the next
    is read, so memory stays flat however long the text and however dense its numbers.

    Parameters
    ----------
    text : str
        Any text.
    lang : str, default "en"
        ``en``, ``uk``, ``ru``, ``ko``, or ``auto`` to choose from the script.
    band : str, default "standard"
        How far a hedge reaches: ``narrow``, ``standard`` or ``wide``.

    Yields
    ------
    Range

    Raises
    ------
    TypeError, InputError
        As :func:`find_ranges`; never ``LimitExceededError``.

    Examples
    --------
    >>> [r.text for r in iter_ranges("about 300 had died and 2,700 had been injured")]
    ['about 300', '2,700']
    >>> sum(1 for _ in iter_ranges("1 " * 50_000))
    50000
    """
    L = _lexicon_for(text, lang, band, "iter_ranges")
    for lo, hi in _windows(text):
        yield from _find(text[lo:hi], L, band, lo)[0]


_WINDOW = 1 << 15


def _lexicon_for(text: str, lang: str, band: str, caller: str) -> Lexicon:
    """The checked arguments of a reading function: the text's type, the band, and the language's lexicon."""
    if not isinstance(text, str):
        raise TypeError(f"{caller} expects a str, not {type(text).__name__}")
    check_band(band)
    return lexicon(detect_language(text) if lang == "auto" else lang)


def _windows(text: str, size: int = _WINDOW):
    """Cut a long text into windows of at most ``size`` characters, at a line end, a sentence end or a
    space when one is in the second half of the window (a phrase rarely spans those), else between
    two tokens."""
    n, pos = len(text), 0
    while pos < n:
        hi = pos + size
        if hi >= n:
            yield pos, n
            return
        half = pos + size // 2
        cut = text.rfind("\n", half, hi)
        if cut < 0:
            cut = text.rfind(". ", half, hi)
            cut = cut + 1 if cut >= 0 else text.rfind(" ", half, hi)
        if cut <= pos:
            cut = hi
            while cut > half and text[cut - 1].isalnum() and text[cut].isalnum():
                cut -= 1
        yield pos, cut
        pos = cut


def _find(text: str, L: Lexicon, band: str, offset: int) -> tuple[list[Range], int]:
    """The ranges of one window, and how many numbers (and words that may open one) were read."""
    visible = Visible.of(text)  # "3\u200b000": read as displayed, spans pointed back at the text
    reader = Reader(text if visible is None else visible.text, L, strict=False)
    values = reader.values()
    if not values:
        return [], reader.seen
    found = [to_range(reader, q, offset) for q in Combiner(reader, values, band).quantities()]
    if visible is not None:
        found = [visible.restore(r, offset) for r in found]
    return found, reader.seen


def parse_range(text: str, lang: str = "en", band: str = "standard") -> Range:
    """The range stated by one number phrase.

    Parameters
    ----------
    text : str
        A phrase that states one quantity ("about 300", "10,000 to 12,000",
        "перевищує вже 3 тис.", "3천여 명"), or the canonical form ``str(r)``
        of a :class:`Range`.
    lang : str, default "en"
        ``en``, ``uk``, ``ru``, ``ko``, or ``auto``.
    band : str, default "standard"
        How far a hedge reaches: ``narrow``, ``standard`` or ``wide``.

    Returns
    -------
    Range

    Raises
    ------
    NoQuantityError
        The phrase states no quantity.
    AmbiguousQuantityError
        The phrase states more than one.
    TypeError
        ``text`` is not a ``str``.
    LimitExceededError
        The phrase is longer than ``MAX_FIELD_CHARS`` (100,000 characters), the longest field of a
        claims file.

    Examples
    --------
    >>> r = parse_range("about 300")
    >>> (r.low, r.high, r.best, r.kind)
    (270.0, 330.0, 300.0, 'approx')
    >>> parse_range("about 10,000", band="narrow").low, parse_range("40 to 60%").unit
    (9500.0, '%')
    >>> parse_range("more than 20 and less than 35").low_open
    True
    >>> parse_range("several")
    Range(low=2.0, high=10.0, low_open=False, high_open=True, best=None, approx=True, kind='vague', ...)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_range expects a str, not {type(text).__name__}")
    from ..notation import read_notation  # the canonical form that str(Range) writes

    check_band(band)
    if len(text) > MAX_FIELD_CHARS:
        raise LimitExceededError(f"parse_range reads one phrase; {_quote(text)} is past the limit of "
                                 f"{MAX_FIELD_CHARS:,} characters (MAX_FIELD_CHARS): use find_ranges for a text")
    literal = read_notation(text, lang)
    if literal is not None:
        return literal
    L = lexicon(_resolve_lang(text, lang))
    visible = Visible.of(text)  # invisible characters ("3\u200b000") are read as displayed
    reader = Reader(text if visible is None else visible.text, L, strict=True)
    found = [to_range(reader, q) for q in Combiner(reader, reader.values(), band).quantities()]
    if visible is not None:
        found = [visible.restore(r) for r in found]
    if not found:
        one = _indefinite_one(reader)
        if one is not None:
            return one if visible is None else visible.restore(one)
        if reader.negative:
            raise NoQuantityError(f"no quantity in {_quote(text)}: {reader.negative!r} has a minus before it, and "
                                  f"a count is never negative (write the number alone, or a range)")
        if reader.too_long:
            raise NoQuantityError(f"no quantity in {_quote(text)}: the number {reader.too_long!r}... is longer "
                                  f"than {MAX_NUMBER_DIGITS} digits, the limit")
        raise NoQuantityError(f"no quantity in {_quote(text)}")
    if len(found) > 1:
        listed = "; ".join(f"{_quote(r.text)}" for r in found[:5]) + ("; ..." if len(found) > 5 else "")
        raise AmbiguousQuantityError(f"{len(found)} quantities in {_quote(text)}: {listed}")
    return found[0]


def _quote(text: str, limit: int = 80) -> str:
    """The input as quoted in an error: its repr, cut short when long."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"... ({len(text):,} characters)"


def _indefinite_one(r: Reader) -> Range | None:
    """"a North Korean soldier": a phrase that opens with an indefinite article counts one."""
    toks = r.toks
    words = [t for t in toks if t[0] == "w"]
    if not words or len(words) > 5 or toks[0][0] != "w" or toks[0][1] not in r.L.indefinite_one:
        return None
    if len(words) < 2 or words[1][1] in r.L.table.get("indefinite_not", ()):
        return None
    t = toks[0]
    return Range(1.0, 1.0, best=1.0, kind="point", text=r.text[t[2]:t[3]], start=t[2], end=t[3], lang=r.L.lang,
                 rule=rule_for("indefinite", word=t[4]))
