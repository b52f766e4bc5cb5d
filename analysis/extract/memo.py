"""Bounded memos of the per-sentence work that depends on the sentence's text alone.

Two steps of extraction read one sentence and nothing around it: the numbers in it
(``find_ranges`` on the sentence's text) and its words with their keys (``words.tokenize``,
whose pattern never looks outside the sentence). A news archive repeats sentences: wire copy
reprinted by many outlets, boilerplate, a story updated with one figure changed. A sentence
read before is looked up instead of read again; the numbers' offsets are moved into the new
article, and the words are copied with their offsets moved.

Each memo holds a bounded number of sentences of at most ``MAX_SENTENCE_CHARS`` characters (numbers:
``MAX_SENTENCES`` in all languages, about 10 MB when full; words: ``MAX_WORD_SENTENCES`` in all
languages, about 3 KB each, 15 MB when full) and starts again empty when full, so a worker's memory
stays flat however long the corpus.
"""

from __future__ import annotations

from ..normalise import find_ranges
from ..range import Range
from .words import Words, tokenize

#: Sentences whose numbers are remembered, sentences whose words are (all languages together), and the longest
#: sentence remembered.
MAX_SENTENCES = 10_000
MAX_WORD_SENTENCES = 5_000
MAX_SENTENCE_CHARS = 1_000

_RANGES: dict[tuple[str, str], tuple[tuple[Range, ...], int]] = {}  # (lang, sentence) -> (ranges, their offset)
_WORDS: dict[int, tuple[object, dict[str, Words]]] = {}


def sentence_ranges(sentence: str, lang: str) -> tuple[Range, ...]:
    """The counts in one sentence (``find_ranges`` without the shares), offsets within the sentence.

    Examples
    --------
    >>> [r.text for r in sentence_ranges("About 300 were killed, 12% of the town.", "en")]
    ['About 300']
    >>> sentence_ranges("About 300 were killed, 12% of the town.", "en") is sentence_ranges(
    ...     "About 300 were killed, 12% of the town.", "en")
    True
    """
    return _ranges(sentence, lang, 0)


def sentence_ranges_at(text: str, start: int, end: int, lang: str) -> tuple[Range, ...]:
    """``sentence_ranges(text[start:end], lang)`` with the offsets in ``text``: a sentence read for the first time is
    read at its place (``find_ranges(..., offset=start)``), so only a sentence met before has its ranges moved.

    Examples
    --------
    >>> text = "Pang said. About 300 were killed."
    >>> [(r.text, r.start) for r in sentence_ranges_at(text, 11, len(text), "en")]
    [('About 300', 11)]
    >>> [(r.text, r.start) for r in sentence_ranges_at("Then: " + text[11:], 6, 28, "en")]
    [('About 300', 6)]
    """
    return _ranges(text[start:end], lang, start)


def _ranges(sentence: str, lang: str, offset: int) -> tuple[Range, ...]:
    key = (lang, sentence)
    entry = _RANGES.get(key)
    if entry is not None:
        found, base = entry
        return found if base == offset else tuple(moved(r, offset - base) for r in found)
    found = tuple(r for r in find_ranges(sentence, lang=lang, offset=offset) if r.unit is None)  # shares: no counts
    if len(sentence) <= MAX_SENTENCE_CHARS:
        if len(_RANGES) >= MAX_SENTENCES:
            _RANGES.clear()
        _RANGES[key] = (found, offset)
    return found


_RANGE_SLOTS = tuple((getattr(Range, name).__get__, getattr(Range, name).__set__) for name in
                     getattr(Range, "__slots__", ()))


def moved(r: Range, offset: int) -> Range:
    """``r`` with its offsets moved by ``offset`` (``r.with_span``, without checking its values again).

    Examples
    --------
    >>> r = sentence_ranges("About 300 were killed.", "en")[0]
    >>> (moved(r, 10).start, moved(r, 10).end, moved(r, 10).low) == (r.start + 10, r.end + 10, r.low)
    True
    """
    if not _RANGE_SLOTS:
        return r.with_span(r.text, r.start + offset, r.end + offset)
    new = object.__new__(Range)
    for get, put in _RANGE_SLOTS:
        put(new, get(r))
    object.__setattr__(new, "start", r.start + offset)
    object.__setattr__(new, "end", r.end + offset)
    return new


def sentence_words(text: str, start: int, end: int, lx) -> Words:
    """``tokenize(text, start, end, lx)``, remembered by the sentence's text.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> en = language("en")
    >>> text = "Pang says 300 died. Pang says 300 died."
    >>> sentence_words(text, 20, 39, en) == tokenize(text, 20, 39, en)
    True
    >>> sentence_words(text, 0, 19, en).start[:3]
    [0, 5, 10]
    """
    if end - start > MAX_SENTENCE_CHARS:
        return tokenize(text, start, end, lx)
    entry = _WORDS.get(id(lx))
    if entry is None or entry[0] is not lx:
        entry = _WORDS[id(lx)] = (lx, {})
    memo = entry[1]
    piece = text[start:end]
    known = memo.get(piece)
    if known is None:
        found = tokenize(text, start, end, lx)
        if sum(len(m) for _, m in _WORDS.values()) >= MAX_WORD_SENTENCES:
            for _, m in _WORDS.values():
                m.clear()
        memo[piece] = found
        return found
    shift = start - known.sentence_start
    return Words(list(known.text), [s + shift for s in known.start], [e + shift for e in known.end],
                 list(known.key), list(known.tag), start)


def clear() -> None:
    """Forget every sentence (the benchmarks time extraction with nothing remembered)."""
    _RANGES.clear()
    _WORDS.clear()
