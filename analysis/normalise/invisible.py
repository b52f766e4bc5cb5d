"""Invisible characters: a text read as it is displayed.

Unicode *format* characters (category Cf: the zero-width space U+200B, the zero-width (non-)joiner,
the word joiner U+2060, the soft hyphen U+00AD, a byte-order mark U+FEFF inside a text, direction
marks) are not shown; combining marks after a digit (a keycap "3️⃣" is "3", U+FE0F, U+20E3; an
accent over a digit) do not change the digit. Pasted or hostile text carries them, and read as
written they split a number: "3\u200b000" would be read as 3 and 000. So the readers see the text
with them removed, and every span found is mapped back to the original text.

A text of ASCII only (the common case) costs one ``str.isascii`` call; any other text one regex
search.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import replace
from typing import TypeVar

# Every Cf character of Unicode 14 (tests/test_normaliser_invisible.py checks this against unicodedata).
_CF_RANGES = ((0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
              (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
              (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
              (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
              (0xE0001, 0xE0001), (0xE0020, 0xE007F))
_CF_CLASS = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                    for a, b in _CF_RANGES)
# a format character anywhere, or a non-ASCII character that is neither a word character nor a space
# right after a digit (a combining mark is one: it is checked below)
_SUSPECT = re.compile(rf"[{_CF_CLASS}]|(?<=\d)[^\x00-\x7f\w\s]")


def _class(ranges) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


# the quick tests of the common case (a class of astral characters makes a regex scan several times slower)
_CF_BMP = _class(r for r in _CF_RANGES if r[1] <= 0xFFFF)
_CF_ASTRAL = _class(r for r in _CF_RANGES if r[0] > 0xFFFF)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_MARK_AFTER_DIGIT = re.compile(r"\d[^\x00-\x7f\w\s]")

R = TypeVar("R")


class Visible:
    """A text with its invisible characters removed, and the map back to the original offsets.

    Examples
    --------
    >>> v = Visible.of("killed 3\\u200b000")
    >>> v.text, v.start(7), v.end(11)
    ('killed 3000', 7, 12)
    >>> Visible.of("3\\ufe0f\\u20e3 died").text
    '3 died'
    >>> Visible.of("about 300") is None
    True
    """

    __slots__ = ("original", "text", "_kept", "_where", "_drops")

    def __init__(self, original: str, text: str, kept: list[int], where: list[int],
                 drops: dict[int, int]) -> None:
        self.original = original
        self.text = text
        self._kept = kept    # start of each kept stretch, in the visible text
        self._where = where  # start of the same stretch in the original
        self._drops = drops  # start -> end of each removed stretch, in the original

    @classmethod
    def of(cls, text: str) -> Visible | None:
        """The visible text, or ``None`` when nothing in ``text`` is invisible (then read it as it is)."""
        if text.isascii():
            return None
        no_format = text.isprintable() or (  # no format character is printable
            _CF_BMP.search(text) is None and (_ASTRAL.search(text) is None or _CF_ASTRAL.search(text) is None))
        if no_format and _MARK_AFTER_DIGIT.search(text) is None:
            return None
        m = _SUSPECT.search(text)
        if m is None:
            return None
        n = len(text)
        drops: list[tuple[int, int]] = []   # [lo, hi) stretches of the original to remove
        while m is not None:
            i = m.start()
            p = i - 1
            if drops and drops[-1][1] == i:
                p = drops[-1][0] - 1
            after_digit = p >= 0 and text[p].isdigit()
            j = i
            while j < n:
                cat = unicodedata.category(text[j])
                if cat == "Cf" or (after_digit and cat[0] == "M"):
                    j += 1
                else:
                    break
            if j > i:
                if drops and drops[-1][1] == i:
                    drops[-1] = (drops[-1][0], j)
                else:
                    drops.append((i, j))
            m = _SUSPECT.search(text, max(j, i + 1))
        if not drops:
            return None
        pieces, kept, where = [], [], []
        pos = size = 0
        for lo, hi in drops:
            pieces.append(text[pos:lo])
            kept.append(size)
            where.append(pos)
            size += lo - pos
            pos = hi
        pieces.append(text[pos:])
        kept.append(size)
        where.append(pos)
        return cls(text, "".join(pieces), kept, where, dict(drops))

    def start(self, i: int) -> int:
        """The original offset of the visible text's character ``i``."""
        k = bisect_right(self._kept, i) - 1
        return self._where[k] + i - self._kept[k]

    def end(self, i: int) -> int:
        """The original offset just past the visible text's character ``i - 1``, and past the
        marks that sit on it ("3️⃣" ends after the keycap)."""
        if i <= 0:
            return self.start(0) if self.text else 0
        j = self.start(i - 1) + 1
        hi = self._drops.get(j)
        if hi is not None:
            text = self.original
            while j < hi and unicodedata.category(text[j])[0] == "M":
                j += 1
        return j

    def restore(self, r: R, offset: int = 0) -> R:
        """A range found in the visible text (at ``offset`` in a longer one), pointed at the original."""
        lo, hi = self.start(r.start - offset) + offset, self.end(r.end - offset) + offset  # type: ignore[attr-defined]
        return replace(r, text=self.original[lo - offset:hi - offset], start=lo, end=hi)  # type: ignore[type-var]
