"""Tokens: the records a text is cut into, and the tokenizer that cuts it.

A token is a :class:`Token` (kind, norm, start, end, raw): ``kind`` is ``"n"`` digits, ``"w"``
a word, ``"s"`` a symbol, ``"d"`` a date such as 2024-10-18, ``"t"`` a clock time such as 03:04;
``norm`` is the form the tables are matched against (lower case, one apostrophe); ``start`` and
``end`` are offsets in the text; ``raw`` is the token as written. The tokenizer is shared by every
language: what differs (the decimal mark, the group marks, the currency symbols, the pieces a
Korean word is split into) comes from the compiled table, a :class:`~analysis.normalise.lexicon.Lexicon`,
which inherits the tokenizer from :class:`Tokenizer`. :class:`TokenView` gives the readers the phrase
look-ups over a tokenized text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple


class Token(NamedTuple):
    """One token of a text.

    Examples
    --------
    >>> t = Token("n", "2,700", 6, 11, "2,700")
    >>> (t.kind, t.norm, t.end - t.start)
    ('n', '2,700', 5)
    """

    kind: str
    norm: str
    start: int
    end: int
    raw: str


Phrase = tuple[str, ...]
_token = tuple.__new__  # _token(Token, (kind, norm, start, end, raw)): a Token without the keyword machinery

_APOSTROPHES = "'’ʼ‘`"  # every apostrophe writers use inside a word (Ukrainian п'ять, п’ять, пʼять, п‘ять, п`ять)
_WORD = rf"[^\W\d_]+(?:[{_APOSTROPHES}][^\W\d_]+)*"


class Tokenizer:
    """The tokenizer of a compiled language table (a mixin of ``Lexicon``, whose fields it reads:
    ``token_re``, ``spaced_digits``, ``segment_scripts``, ``morphemes``, ``vocab`` and its caches)."""

    __slots__ = ()

    def tokenize(self, text: str, collapse: bool = False) -> list[Token]:
        """Split ``text`` into tokens with their offsets.

        Text is cut at white space (in C), and each distinct chunk is tokenized
        once and remembered: words repeat, so most chunks of a news text cost a
        dictionary look-up. Text with digits grouped by spaces ("12 300") is
        tokenized whole, so the groups stay one number. With ``collapse``, a run of
        words the table does not know becomes one placeholder token (norm
        ``"\x01"``): no phrase can match across it, and there is less to read.

        Examples
        --------
        >>> from analysis.normalise.lexicon import lexicon
        >>> [t.norm for t in lexicon("en").tokenize("about 2,700 (Feb. 7)")]
        ['about', '2,700', '(', 'feb', '.', '7', ')']
        """
        spaced = self.spaced_digits
        if spaced is not None and spaced.search(text):
            return self._tokenize_spaced(text, collapse)
        return self._tokenize_chunks(text, collapse)

    def _tokenize_spaced(self, text: str, collapse: bool) -> list[Token]:
        """Text with digits grouped by spaces ("12 000"): each white-space-delimited stretch
        holding such a number is tokenized whole, so the groups stay one number; the rest of the
        text goes through the cached chunk path as usual."""
        out: list[Token] = []
        pos, n = 0, len(text)
        search = self.spaced_digits.search  # type: ignore[union-attr]
        m = search(text)
        while m is not None:
            lo = m.start()
            while lo > pos and not text[lo - 1].isspace():
                lo -= 1
            space = _SPACE.search(text, m.end())
            hi = space.start() if space is not None else n
            more = search(text, m.end())
            while more is not None and more.start() < hi:  # "5 000—7 000": another grouped number in the stretch
                space = _SPACE.search(text, more.end())
                hi = space.start() if space is not None else n
                more = search(text, more.end())
            if lo > pos:
                out.extend(_shifted(self._tokenize_chunks(text[pos:lo], collapse), pos))
            out.extend(self._tokenize_span(text, lo, hi))
            pos = hi
            m = search(text, hi)
        if pos < n:
            out.extend(_shifted(self._tokenize_chunks(text[pos:], collapse), pos))
        return out

    def _tokenize_chunks(self, text: str, collapse: bool) -> list[Token]:
        out: list[Token] = []
        append = out.append
        extend = out.extend
        single, cache = self.single_cache, self.chunk_cache
        find = text.find
        # with no white space but plain spaces, offsets follow from the lengths alone
        plain = text.isprintable()
        pos = 0
        unknown_run = False
        for chunk in (text.split(" ") if plain else text.split()):
            if plain:
                start = pos
                pos += len(chunk) + 1
                end = pos - 1
            else:
                start = find(chunk, pos)
                pos = end = start + len(chunk)
            tok = single.get(chunk)
            if tok is not None:
                if tok[2]:
                    unknown_run = False
                    append(_token(Token, (tok[0], tok[1], start, end, chunk)))
                elif not collapse:
                    append(_token(Token, (tok[0], tok[1], start, end, chunk)))
                elif not unknown_run:
                    append(_token(Token, ("w", "\x01", start, end, chunk)))
                    unknown_run = True
                continue
            if not chunk:
                continue
            entry = cache.get(chunk)
            if entry is None and collapse and len(chunk) > _CACHED_CHUNK and _NOISE.search(chunk):
                entry = ((), False, self._denoise(chunk))  # a long hostile run: never tokenized whole
            if entry is None:
                if len(cache) + len(single) > 200_000:
                    cache.clear()
                    single.clear()
                toks = tuple(self._tokenize_span(chunk, 0, len(chunk)))
                if len(toks) == 1 and toks[0][4] == chunk:
                    kind, norm = toks[0][0], toks[0][1]
                    single[chunk] = (kind, norm, kind != "w" or norm in self.vocab)
                    entry = ((_token(Token, single[chunk][:2] + (0, len(chunk), chunk)),), not single[chunk][2], None)
                else:
                    # "killed," or "(officials": unknown words and punctuation can only keep phrases apart
                    barrier = toks[0][0] == "w" and toks[0][1] not in self.vocab and all(
                        (k == "w" and n not in self.vocab) or (k == "s" and n in _PUNCTUATION) for k, n, *_ in toks)
                    noisy = self._denoise(chunk) if len(chunk) > _NOISE_MIN and _NOISE.search(chunk) else None
                    entry = (toks, barrier, noisy)
                    if len(chunk) <= _CACHED_CHUNK:  # a long run without spaces is read once, not kept
                        cache[chunk] = entry
            toks, barrier, noisy = entry
            if collapse and noisy is not None:
                toks = noisy
            if barrier and collapse:
                if not unknown_run:
                    append(_token(Token, ("w", "\x01", start, end, chunk)))
                    unknown_run = True
                continue
            unknown_run = False
            extend([_token(Token, (kind, norm, start + s, start + e, raw)) for kind, norm, s, e, raw in toks])
        return out

    def _denoise(self, chunk: str) -> tuple[Token, ...]:
        """The tokens of a chunk with each run of noise (see ``_NOISE``) as one placeholder token.

        Noise holds no quantity (a chain of glued numbers is an identifier, see the reader's
        ``identifier_chain``); as one token, hostile text ("1-1-1…", "!?.,;…", "((((1))))")
        costs one regex scan instead of a token per character. Only ``collapse`` mode uses it.
        """
        out: list[Token] = []
        pos = 0
        for m in _NOISE.finditer(chunk):
            lo, hi = m.span()
            if lo > pos:
                out.extend(self._tokenize_span(chunk, pos, lo))
            out.append(_token(Token, ("w", "\x01", lo, hi, chunk[lo:hi])))
            pos = hi
        out.extend(self._tokenize_span(chunk, pos, len(chunk)))
        return tuple(out)

    def _tokenize_span(self, text: str, lo: int, hi: int) -> list[Token]:
        out: list[Token] = []
        append = out.append
        seg = self.segment_scripts
        for m in self.token_re.finditer(text, lo, hi):
            kind = m.lastgroup
            raw = m.group()
            s, e = m.span()
            if kind == "w":
                if seg and raw[0] >= seg:
                    self._segment(raw, s, out)
                    continue
                if seg and raw[-1] >= seg:  # "m의": a unit in another script, then a particle
                    cut = next(i for i, ch in enumerate(raw) if ch >= seg)
                    append(_token(Token, ("w", raw[:cut].lower(), s, s + cut, raw[:cut])))
                    self._segment(raw[cut:], s + cut, out)
                    continue
                norm = raw.lower()
                if not norm.isalpha() or "ʼ" in norm:  # "ʼ" is a letter to Unicode
                    norm = norm.translate(_APOSTROPHE_TABLE)
                append(_token(Token, ("w", norm, s, e, raw)))
            elif kind == "n":
                if raw.isascii() or _one_script(raw):
                    append(_token(Token, ("n", raw, s, e, raw)))
                else:  # "300٣٠٠３００": digits of different scripts are different numbers
                    for piece_start, piece in _script_runs(raw):
                        append(_token(Token, ("n", piece, s + piece_start, s + piece_start + len(piece), piece)))
            else:
                append(_token(Token, (kind[0], raw if kind != "s" else raw.lower(), s, e, raw)))  # type: ignore[index]
        return out

    def _segment(self, raw: str, start: int, out: list[Token]) -> None:
        """Split an agglutinated word (Korean) into known pieces, longest first."""
        i, n = 0, len(raw)
        vocab, longest = self.morphemes, self.morpheme_max
        # a suffix ("여", more than) opening a word set apart by a space is no suffix ("여전히", still)
        loose = frozenset() if out and out[-1][3] == start else self.glued_morphemes
        while i < n:
            for size in range(min(longest, n - i), 0, -1):
                piece = raw[i:i + size]
                if piece in vocab and not (i == 0 and piece in loose):
                    if (piece in self.particle_numbers and out and out[-1][2] > start
                            and out[-1][1] in self.particles_before):
                        # "사이에만": 만 after the particle 에 is "only"; it joins the particle, no number
                        _, norm, s, _, raw0 = out.pop()
                        piece = norm + piece
                        out.append(_token(Token, ("w", piece, s, start + i + size, raw0 + raw[i:i + size])))
                        i += size
                        break
                    out.append(_token(Token, ("w", piece, start + i, start + i + size, piece)))
                    i += size
                    break
            else:
                if raw[i] < self.segment_scripts:  # "여m의": a unit in another script inside the word
                    end = i + 1
                    while end < n and raw[end] < self.segment_scripts:
                        end += 1
                    out.append(_token(Token, ("w", raw[i:end].lower(), start + i, start + end, raw[i:end])))
                    i = end
                    continue
                rest = raw[i:]
                out.append(_token(Token, ("w", rest.lower(), start + i, start + n, rest)))
                return


def _zero_of(ch: str) -> int:
    """The code point of the zero of a digit's script (48 for ASCII, 0x660 for Arabic-Indic)."""
    return ord(ch) - unicodedata.digit(ch, 0)


def _one_script(raw: str) -> bool:
    zeros = {_zero_of(ch) for ch in raw if ch.isdigit()}
    return len(zeros) <= 1


def _script_runs(raw: str) -> list[tuple[int, str]]:
    """Split a run of digits where the script changes: "300٣٠٠" -> [(0, "300"), (3, "٣٠٠")]."""
    runs: list[tuple[int, str]] = []
    start, zero = 0, None
    for i, ch in enumerate(raw):
        if ch.isdigit():
            z = _zero_of(ch)
            if zero is not None and z != zero:
                runs.append((start, raw[start:i]))
                start = i
            zero = z
    runs.append((start, raw[start:]))
    return runs


_CACHED_CHUNK = 64
# Noise no quantity can be read from: the inside of a run of five or more symbols (its first and last
# symbol stay, for the words next to them), and a chain of more than eight numbers glued by one sign.
_NOISE = re.compile(r"(?<=[^\w\s])[^\w\s]{3,}(?=[^\w\s])"
                    r"|(?<![\d.,])\d+([-‐‑/.:,])\d+(?:\1\d+){7,}(?!\d|[.,]\d)")
_NOISE_MIN = 4
_SPACE = re.compile(r"\s")


def _shifted(tokens: list[Token], by: int) -> list[Token]:
    return [_token(Token, (kind, norm, s + by, e + by, raw)) for kind, norm, s, e, raw in tokens]
_APOSTROPHE_TABLE = {ord(ch): "'" for ch in _APOSTROPHES}
VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
_PUNCTUATION = frozenset(',.;:!?"“”‘’\'()[]«»')


def _number_pattern(decimal_mark: str, group_marks: str) -> str:
    dec = re.escape(decimal_mark)
    parts = [rf"\d*[{VULGAR_FRACTIONS}]"]
    for mark in group_marks:
        if mark == decimal_mark:
            continue
        parts.append(rf"\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+(?:{dec}\d+)?(?![\d])")
    if decimal_mark != ".":
        parts.append(r"\d+\.(?!\d{3}(?!\d))\d+")  # "3.5" where decimal commas are the rule
    parts.append(rf"\d+(?:{dec}\d+)?")
    parts.append(rf"{dec}\d+")
    return "|".join(parts)


def _token_pattern(table: dict[str, Any]) -> re.Pattern[str]:
    decimal_mark = table.get("decimal_mark", ".")
    group_marks = "".join(table.get("group_marks", [","]))
    symbols = sorted((s for s in table.get("currency_symbols", {}) if not s.isalpha()), key=len, reverse=True)
    cur = "|".join(re.escape(s) for s in symbols) or r"(?!x)x"
    date = r"\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)|\d{4}/\d{1,2}/\d{1,2}(?!\d)"
    time = r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
    pattern = (
        rf"(?P<date>{date})|(?P<time>{time})|(?P<s>{cur})|(?P<n>{_number_pattern(decimal_mark, group_marks)})"
        rf"|(?P<w>{_WORD})|(?P<sym>[^\s\w]|_)"
    )
    return re.compile(pattern)



class TokenView:
    """A tokenized text and the phrase look-ups the readers make over it."""

    __slots__ = ("text", "toks", "L", "n")

    def __init__(self, text: str, toks: list[Token], L: Any) -> None:
        self.text = text
        self.toks = toks
        self.L = L
        self.n = len(toks)

    def norm(self, k: int) -> str:
        return self.toks[k][1] if 0 <= k < self.n else ""

    def adjacent(self, a: int, b: int) -> bool:
        return 0 <= a < self.n and 0 <= b < self.n and self.toks[a][3] == self.toks[b][2]

    def match_at(self, k: int, index: dict[str, list[tuple[Phrase, object]]]) -> int:
        """Length of the longest phrase of ``index`` starting at token k (0 if none)."""
        return self.match_starting(k, index)[0]

    def match_ending(self, k: int, index: dict[str, list[tuple[Phrase, object]]]) -> tuple[int, object]:
        """Longest phrase of ``index`` ending at token k: (length, payload)."""
        if k < 0 or k >= self.n:
            return 0, None
        bucket = index.get(self.toks[k][1])
        if not bucket:
            return 0, None
        toks = self.toks
        for phrase, payload in bucket:
            size = len(phrase)
            if size == 1:
                return 1, payload
            first = k - size + 1
            if first >= 0:
                x = 0
                last = size - 1
                while x < last and toks[first + x][1] == phrase[x]:
                    x += 1
                if x == last:
                    return size, payload
        return 0, None

    def match_starting(self, k: int, index: dict[str, list[tuple[Phrase, object]]]) -> tuple[int, object]:
        """Longest phrase of ``index`` starting at token k: (length, payload)."""
        if k >= self.n or k < 0:
            return 0, None
        bucket = index.get(self.toks[k][1])
        if not bucket:
            return 0, None
        toks, n = self.toks, self.n
        for phrase, payload in bucket:
            size = len(phrase)
            if size == 1:
                return 1, payload
            if k + size <= n:
                x = 1
                while x < size and toks[k + x][1] == phrase[x]:
                    x += 1
                if x == size:
                    return size, payload
        return 0, None

    # -- values -----------------------------------------------------------------
