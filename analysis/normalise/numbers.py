"""Numbers: digits, number words and scales read from tokens into values, in small named steps.

A :class:`Reader` goes once over a tokenized text and finds its *values*: digits ("2,700",
"3k"), spelled-out numbers in every grammatical form ("тремястами сорока восемью"), scale words
and their fractions ("half a billion", "полтора миллиарда"), vague quantities ("hundreds",
"1,000s"), zero phrases ("no casualties") and fractions; and it sets aside the numbers that are
not quantities (years, dates, clock times, ordinals, identifiers such as "F-16"). Each kind of
value has its own step (``read_number``, ``read_vague``, ``read_zero`` ...); what the words mean
comes from the compiled table, never from this code. The words around a value are read next,
by :mod:`.context`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..limits import MAX_NUMBER_DIGITS
from ..range import format_number
from .lexicon import Lexicon
from .tokens import Token, TokenView

Number = int | float | Decimal | Fraction  # (a share's value is a Fraction; compiled code checks the hints)

_LIMIT = 10 ** MAX_NUMBER_DIGITS


def rounding_unit(n: Number) -> Number:
    """The rounding unit of a stated number, used to widen hedged values.

    The place value of the last non-zero digit, never finer than the second
    significant digit.

    Examples
    --------
    >>> rounding_unit(300), rounding_unit(1200), rounding_unit(1234), rounding_unit(4000)
    (100, 100, 100, 1000)
    >>> rounding_unit(15), rounding_unit(Decimal("0.77"))
    (1, Decimal('0.01'))
    """
    if n == 0:
        return 1
    if isinstance(n, int):
        text = str(abs(n))
        digits = len(text)
        trailing = digits - len(text.rstrip("0"))
        return 10 ** max(trailing, digits - 2)
    d = Decimal(str(n)) if not isinstance(n, Decimal) else n
    d = abs(d).normalize()
    exp = max(d.as_tuple().exponent, d.adjusted() - 1)  # type: ignore[operator]
    return 10 ** exp if exp >= 0 else Decimal(1).scaleb(exp)


@dataclass(slots=True)
class Value:
    """A number (or vague quantity) found in the tokens, before its context is read."""

    i: int                 # first token
    j: int                 # last token (inclusive)
    value: Number          # the number; for vague quantities the unit
    kind: str              # "num", "vague", "zero", "fraction"
    unit: Number           # the unit of a vague quantity; for numbers, worked out when a rule needs it
    scale: Number = 1      # the scale written on it (million, thousand, ",000")
    bare_digits: bool = False
    currency: str | None = None
    words: str = ""        # the vague words, for the rule


class Reader(TokenView):
    """Reads the values of one text; ``strict`` (a single phrase, as ``parse_range`` reads)
    relaxes year detection and reads a phrase made only of number words as that number."""

    __slots__ = ("strict", "too_long", "negative", "seen")

    def __init__(self, text: str, L: Lexicon, strict: bool) -> None:
        toks: list[Token] = L.tokenize(text, collapse=not strict)
        super().__init__(text, toks, L)
        self.strict = strict
        self.seen = 0
        self.too_long = ""  # the start of a number past MAX_NUMBER_DIGITS, for the error message
        self.negative = ""  # a number with a minus before it, for the error message

    def values(self) -> list[Value]:
        out: list[Value] = []
        toks, L, n = self.toks, self.L, self.n
        starters, symbols, signs = L.starters, L.currency_symbols, L.sign_words
        lone = L.lone_digit_words if not self.strict else frozenset()
        candidates = [k for k, t in enumerate(toks) if t[0] == "n" or t[1] in starters or t[1] in symbols]
        self.seen = len(candidates)  # the numbers and words that may open a quantity, each read once
        done = 0
        for k in candidates:
            if k < done:
                continue
            kind = toks[k][0]
            if kind == "n":
                if len(toks[k][4]) > MAX_NUMBER_DIGITS and _digit_count(toks[k][4]) > MAX_NUMBER_DIGITS:
                    self.too_long = self.too_long or toks[k][4][:12]
                    done = k + 1
                    continue
                chain = self.identifier_chain(k)
                if chain:
                    done = chain
                    continue
                plural = self.read_plural_digits(k)
                if plural is not None:
                    out.append(plural)
                    done = plural.j + 1
                    continue
                v = self.read_number(k)
                if v is not None and not self.is_quantity(v):
                    done = v.j + 1
                    continue
                if v is not None and k > 0 and toks[k - 1][1] in signs and self.is_signed(v):
                    self.negative = self.negative or self.text[toks[k - 1][2]:toks[v.j][3]]
                    done = v.j + 1
                    continue
            elif kind == "w":
                if toks[k][1] in lone and (k + 1 >= n or (toks[k + 1][1] not in L.continuers
                                                          and toks[k + 1][1] not in L.number_counters)):
                    continue  # a lone Sino-Korean digit word ("이" is also a particle): see refused_alone
                if toks[k][1] in L.age_before and k + 1 < n and toks[k + 1][0] == "n" and self.age_follows(k + 1):
                    continue  # "만 45세": a word saying an age comes is no part of the number (not 10,045)
                clock = self.spoken_clock(k)
                if clock:
                    done = clock
                    continue
                v = self.read_pair(k) or self.read_zero(k) or self.read_vague(k) or self.read_number(k) \
                    or self.read_fraction_word(k)
                if v is not None and (L.per_around or L.per_before) and self.is_per(v):
                    done = v.j + 1  # "на одну особу": per person
                    continue
            elif kind == "s":
                v = self.read_number(k + 1) if k + 1 < n and toks[k + 1][0] in "nw" else None
                if v is not None and not self.is_quantity(v):
                    v = None
            else:
                v = None
            if v is None:
                continue
            if _too_large(v.value):
                self.too_long = self.too_long or self.text[toks[v.i][2]:toks[v.j][3]][:12]
                done = v.j + 1
                continue
            if self.may_have_currency(v):
                v = self.attach_currency(v)
            out.append(v)
            done = v.j + 1
        return out

    def age_follows(self, k: int) -> bool:
        """Whether the number starting at token k is followed by a word making it an age ("45세")."""
        v = self.read_number(k)
        return v is not None and self.match_starting(v.j + 1, self.L.percent_after)[0] > 0

    def in_number_run(self, k: int) -> bool:
        """A scale word with no number before it that still belongs to a run of number words:
        the number goes on after it ("hundred and twelve", "billion twenty three million") or one
        ends just before it on the same or a smaller scale ("two thousand thousand": 2,000 and 1,000)."""
        toks, L, n = self.toks, self.L, self.n
        nxt = toks[k + 1][1] if k + 1 < n else ""
        if nxt in L.inner_and and k + 2 < n:
            nxt = toks[k + 2][1]
        numberish = (L.numbers, L.tens, L.hundreds, L.big_scales, L.multipliers)
        if any(nxt in words for words in numberish):
            return True
        if k == 0:
            return False
        prev, this = toks[k - 1][1], toks[k][1]
        size = L.big_scales.get(this) or L.multipliers.get(this) or 0
        return 0 < (L.big_scales.get(prev) or L.multipliers.get(prev) or math.inf) <= size

    def read_plural_digits(self, k: int) -> Value | None:
        """A scale written in digits with a plural ending glued to it ("1,000s", "100s"): that plural,
        a vague quantity ("thousands"). A decade ("1990s") is no scale, so it is not read here."""
        toks, L, n = self.toks, self.L, self.n
        if k + 1 >= n or toks[k + 1][2] != toks[k][3] or toks[k + 1][1] not in L.plural_suffixes \
                or (k + 2 < n and toks[k + 2][2] == toks[k + 1][3] and toks[k + 2][0] != "s"):
            return None
        size = L.number_value(toks[k][4])
        if size not in L.plural_units:
            return None
        end = k + 1
        if end + 2 < n and toks[end + 1][1] in L.plural_of and toks[end + 2][1] in L.vague_plurals:
            size *= L.vague_plurals[toks[end + 2][1]]  # "100s of thousands"
            end += 2
        unit = _num(size)
        return Value(k, end, unit, "vague", unit, words=self.text[toks[k][2]:toks[end][3]])

    def spoken_clock(self, k: int) -> int:
        """Past the end of a clock time said in words after a clock word ("at one thirty five"), else 0."""
        toks, L, n = self.toks, self.L, self.n
        if not L.clock_before or k == 0 or toks[k - 1][1] not in L.clock_before or k + 1 >= n:
            return 0
        hour, minutes = L.numbers.get(toks[k][1]), toks[k + 1][1]
        if hour is None or not 1 <= hour <= 12 or not (minutes in L.tens or 10 <= L.numbers.get(minutes, 0) < 60):
            return 0
        end = k + 2
        if minutes in L.tens and end < n and 0 < L.numbers.get(toks[end][1], 0) < 10:
            end += 1
        return end

    def identifier_chain(self, k: int) -> int:
        """Past the end of three or more numbers glued by one sign ("1-800-555", "1-1-1"), else 0.

        Such a chain is an identifier or noise, never a range; it is skipped whole, so dense
        hostile text costs one look per token.
        """
        toks, n = self.toks, self.n
        if k + 4 >= n:
            return 0
        sep = toks[k + 1]
        if sep[0] == "n" or sep[1] not in _CHAIN_SIGNS or sep[2] != toks[k][3]:
            return 0
        j, count = k, 1
        while j + 2 < n and toks[j + 1][1] == sep[1] and toks[j + 1][2] == toks[j][3] \
                and toks[j + 2][0] == "n" and toks[j + 2][2] == toks[j + 1][3]:
            j += 2
            count += 1
        return j + 1 if count >= 3 else 0

    def is_signed(self, v: Value) -> bool:
        """A minus glued to a number or said before it ("-300 soldiers", "minus 300").

        A count is never negative, so such a number is not read at all (``parse_range``
        says why); a dash with a space after it ("- 300") or between two numbers ("10-12")
        is no sign.
        """
        toks, k = self.toks, v.i
        prev = toks[k - 1]
        if prev[1] in ("-", "−", "–") and prev[3] == toks[k][2]:
            return not (k >= 2 and (toks[k - 2][3] == prev[2] or toks[k - 2][0] == "n"))
        return prev[1] in self.L.negative_words

    def _after(self, v: Value) -> int:
        """The token after a value, past an abbreviation's own full stop ("200 тыс. рублей": рублей)."""
        toks, q = self.toks, v.j + 1
        if q < self.n and toks[q][1] == "." and toks[q][2] == toks[v.j][3] and toks[v.j][1] in self.L.abbreviations:
            q += 1
        return q

    def may_have_currency(self, v: Value) -> bool:
        toks, L = self.toks, self.L
        before = toks[v.i - 1][1] if v.i > 0 else ""
        q = self._after(v)
        after = toks[q][1] if q < self.n else ""
        return (before in L.currency_symbols or before in L.currency_codes or before in L.currency_words_before
                or after in L.currency_codes or after in L.currency_words)

    def attach_currency(self, v: Value) -> Value:
        """Take a currency sign or code just before, or a currency word just after."""
        toks, L = self.toks, self.L
        p = v.i - 1
        if p >= 0 and toks[p][0] == "s" and toks[p][1] in L.currency_symbols:
            v.currency = L.currency_symbols[toks[p][1]]
            v.i = p
            if p - 1 >= 0 and toks[p - 1][0] == "w" and toks[p - 1][1] in L.currency_codes and self.adjacent(p - 1, p):
                v.i = p - 1
        elif p >= 0 and self.currency_code(p):
            v.currency = self.currency_code(p)
            v.i = p
        else:
            size, code = self.match_ending(p, L.currency_words_before)
            if size:
                v.currency = str(code)
                v.i = p - size + 1
        q = self._after(v)
        if q < self.n:
            if self.currency_code(q):
                v.currency = self.currency_code(q)
                v.j = q
            else:
                size, code = self.match_starting(q, L.currency_words)
                if size:
                    v.currency = str(code)
                    v.j = q + size - 1
                    self.add_subunits(v)
        return v

    def currency_code(self, p: int) -> str | None:
        """The ISO code of a currency code written as a word at token p ("USD", "RMB": CNY), or None."""
        tok, L = self.toks[p], self.L
        if tok[0] == "w" and tok[1] in L.currency_codes:
            return L.currency_aliases.get(tok[1], tok[4].upper())
        return None

    def add_subunits(self, v: Value) -> None:
        """"two dollars and 15 cents": the hundredths after the currency word belong to the amount."""
        toks, L, q = self.toks, self.L, v.j + 1
        if not L.subunits or q + 2 >= self.n or toks[q][1] not in L.inner_and or v.kind != "num" \
                or not isinstance(v.value, int):
            return
        cents = self.read_number(q + 1)
        if cents is None or cents.j + 1 >= self.n or toks[cents.j + 1][1] not in L.subunits \
                or not isinstance(cents.value, int) or not 0 < cents.value < L.subunits[toks[cents.j + 1][1]]:
            return
        v.value = v.value + Decimal(cents.value) / Decimal(str(_num(L.subunits[toks[cents.j + 1][1]])))
        v.j = cents.j + 1

    def read_pair(self, k: int) -> Value | None:
        """Two neighbouring numbers said as one word ("두세 명": two or three)."""
        pair = self.L.pair_words.get(self.toks[k][1])
        if pair is None:
            return None
        return Value(k, k, _num(pair[0]), "pair", 1, scale=_num(pair[1]), words=self.toks[k][4])

    def read_zero(self, k: int) -> Value | None:
        size = self.match_at(k, self.L.zero_phrases)
        if not size:
            return None
        return Value(k, k + size - 1, 0, "zero", 1, words=" ".join(t[4] for t in self.toks[k:k + size]))

    def read_vague(self, k: int) -> Value | None:
        """"dozens", "hundreds of thousands", "several hundred", "a few thousand", "several"."""
        L, toks, n = self.L, self.toks, self.n
        norm = toks[k][1]
        start = k
        quantifier = self.match_at(k, L.quantifiers)
        if quantifier:
            q_phrase = tuple(t[1] for t in toks[k:k + quantifier])
            k2 = k + quantifier
            unit, end = self.read_scale_chain(k2)
            if unit is None:
                if q_phrase in L.quantifiers_alone and not (k2 < n and toks[k2][0] == "n"):
                    if k2 < n and toks[k2][1] in L.numbers | L.tens:
                        return None
                    return Value(start, k2 - 1, 1, "vague", 1, words=" ".join(t[4] for t in toks[start:k2]))
                return None
            return Value(start, end, unit, "vague", unit, words=" ".join(t[4] for t in toks[start:end + 1]))
        if norm in L.vague_words:
            unit = _num(L.vague_words[norm])
            return Value(start, k, unit, "vague", unit, words=toks[k][4])
        if norm in L.vague_plurals:
            if k > 0 and (toks[k - 1][0] == "n" or toks[k - 1][1] in L.numbers or toks[k - 1][1] in L.tens):
                return None
            if L.singular_after_bound and (norm in L.big_scales or norm in L.multipliers) and (
                    self.match_ending(k - 1, L.before)[0]
                    or (norm in L.big_scales and k + 1 < n
                        and (toks[k + 1][1] in L.hundreds or toks[k + 1][1] in L.tens))):
                # "более тысячи", "около сотни": after a bound or hedge the form is a singular's, one;
                # so before a hundreds or tens word ("тысячи двухсот пятидесяти": of 1,250)
                return None
            unit = L.vague_plurals[norm]
            end = k
            if k + 2 < n and toks[k + 1][1] in L.plural_of and toks[k + 2][1] in L.vague_plurals:
                unit *= L.vague_plurals[toks[k + 2][1]]
                end = k + 2
            elif L.plural_direct and k + 1 < n and (toks[k + 1][1] in L.big_scales or toks[k + 1][1] in L.vague_plurals) \
                    and (L.big_scales.get(toks[k + 1][1]) or L.vague_plurals.get(toks[k + 1][1], 0)) > unit:
                unit *= L.big_scales.get(toks[k + 1][1]) or L.vague_plurals[toks[k + 1][1]]
                end = k + 1
            elif norm in L.plural_needs_of and not (k + 1 < n and toks[k + 1][1] in L.plural_of
                                                    and (k + 2 >= n or toks[k + 2][0] == "w")):
                return None  # "tens" alone is no quantity; "tens of people" is
            return Value(start, end, _num(unit), "vague", _num(unit),
                          words=" ".join(t[4] for t in toks[start:end + 1]))
        return None

    def read_scale_chain(self, k: int) -> tuple[Number | None, int]:
        """A run of scale words after a quantifier: "hundred thousand", "tens of thousands"."""
        L, toks, n = self.L, self.toks, self.n
        unit: Number | None = None
        end = k - 1
        while k < n:
            w = toks[k][1]
            if w in L.multipliers or w in L.big_scales:
                unit = (unit or 1) * (L.multipliers.get(w) or L.big_scales[w])
                end = k
                k += 1
            elif w in L.vague_plurals and (unit is None):
                f = L.vague_plurals[w]
                if k + 2 < n and toks[k + 1][1] in L.plural_of and toks[k + 2][1] in L.vague_plurals:
                    f *= L.vague_plurals[toks[k + 2][1]]
                    k += 2
                unit = f
                end = k
                k += 1
            else:
                break
        return (_num(unit) if unit is not None else None), end

    def digits_alone(self, k: int) -> Value:
        """A number written in digits with nothing after it that goes on with it ("2,700 troops");
        its scale is the thousands its groups of zeros make ("12,000": 1,000)."""
        L, raw = self.L, self.toks[k][4]
        if raw.isdigit():
            return Value(k, k, int(raw), "num", 1, bare_digits=True)
        scale = 1
        for mark in L.group_marks:
            if mark in raw:
                zeros = 0
                for g in reversed(raw.replace(L.decimal_mark, "\x00").split(mark)[1:]):
                    if g != "000":
                        break
                    zeros += 1
                scale = 1000 ** zeros
                break
        return Value(k, k, L.number_value(raw), "num", 1, scale=scale)

    def decimal_digits(self, k: int) -> tuple[str, int]:
        """The digits said after a decimal word, and the token past them.

        Units are read one digit each ("point five one": 51); a tens or teens word gives its
        two digits ("кома тридцять один": 31, "кома нуль п'ятдесят дев'ять": 059).
        """
        L, toks, n = self.L, self.toks, self.n
        digits = ""
        while k < n:
            w = toks[k][1]
            if w in L.numbers and L.numbers[w] < 10 and float(L.numbers[w]).is_integer():
                digits += str(int(L.numbers[w]))
                k += 1
            elif (w in L.tens or (w in L.numbers and 10 <= L.numbers[w] < 20)) and float(
                    L.tens.get(w) or L.numbers[w]).is_integer():
                tens = int(L.tens.get(w) or L.numbers[w])
                k += 1
                if tens % 10 == 0 and k < n and toks[k][1] in L.numbers and 0 < L.numbers[toks[k][1]] < 10:
                    tens += int(L.numbers[toks[k][1]])
                    k += 1
                digits += str(tens)
            else:
                break
        return digits, k

    def read_number(self, k: int, plain: bool = False) -> Value | None:
        """Digits, number words and scales from token k: "1.5 million", "four-thousand-100".

        ``plain``: a whole number only, with no fraction word after it (the count of a
        decimal place: "сорок две сотых").

        The steps: the forms written with digits (:meth:`read_written`); else the number built word
        by word (:class:`_NumberBuild`), then what makes it no count (:meth:`is_ordinal`,
        :meth:`refused_alone`) or a fraction (:meth:`denominator_first`, :meth:`fraction_after`).
        """
        toks = self.toks
        tok = toks[k]
        if tok[0] == "n" and len(tok[4]) > MAX_NUMBER_DIGITS and _digit_count(tok[4]) > MAX_NUMBER_DIGITS:
            self.too_long = self.too_long or tok[4][:12]
            return None
        written = self.read_written(k)
        if written is not None:
            return written
        b = _NumberBuild(self, k)
        if not b.run() or not b.started or b.j == k:
            return None
        if not plain and self.is_ordinal(k, b):
            return None
        fraction = self.denominator_first(k, b)
        if fraction is not None:
            return fraction
        if self.refused_alone(k, b):
            return None
        j = b.j
        if not plain:
            fraction = self.fraction_after(k, b)
            if fraction is not None:
                return fraction
        scale = b.scale
        if scale == 1 and toks[k][0] == "n" and j - k == 1:
            scale = self.digits_alone(k).scale  # "12,000 more": the thousands its groups make
        return Value(k, j - 1, b.value, "num", 1, scale=scale,
                     bare_digits=j - k == 1 and toks[k][0] == "n" and toks[k][1].isdigit())

    def read_written(self, k: int) -> Value | None:
        """The forms written with digits that need no number builder: digits alone ("2,700 troops",
        the commonest case, tried first), a fraction ("3/4"), a whole number and a fraction ("2 1/2"),
        decimals after a decimal word ("point 77"). None: read the number word by word."""
        L, toks, n = self.L, self.toks, self.n
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < n else None
        if tok[0] == "n" and (nxt is None or (nxt[1] in L.digit_counters and nxt[2] == tok[3]) or (
                nxt[1] not in L.continuers and nxt[1] != "/" and nxt[4] not in L.suffix_scales
                and not (nxt[0] == "n" and k + 2 < n and toks[k + 2][1] == "/"))):
            # the commonest case first: digits before a word that does not go on with them ("2,700 troops")
            return self.digits_alone(k)
        if tok[0] == "n" and k + 2 < n and toks[k + 1][1] == "/" and tok[4].isdigit() and toks[k + 2][4].isdigit() \
                and len(toks[k + 2][4]) <= MAX_NUMBER_DIGITS \
                and toks[k + 1][2] == tok[3] and toks[k + 2][2] == toks[k + 1][3] and int(toks[k + 2][4]) \
                and not (k + 3 < n and toks[k + 3][1] == "/"):
            return Value(k, k + 2, Fraction(int(tok[4]), int(toks[k + 2][4])), "fraction", 1)  # "3/4"
        if tok[0] == "n" and k + 3 < n and tok[4].isdigit() and len(tok[4]) <= 6 and toks[k + 1][2] > tok[3] \
                and toks[k + 2][1] == "/" and toks[k + 1][4].isdigit() and toks[k + 3][4].isdigit() \
                and toks[k + 2][2] == toks[k + 1][3] and toks[k + 3][2] == toks[k + 2][3] \
                and 0 < int(toks[k + 1][4]) < int(toks[k + 3][4]) <= 100 and not (k + 4 < n and toks[k + 4][1] == "/"):
            # "2 1/2": a whole number and a fraction
            return Value(k, k + 3, int(tok[4]) + int(toks[k + 1][4]) / int(toks[k + 3][4]), "num", 1)
        if tok[0] == "w" and tok[1] == L.decimal_word and k + 1 < n and toks[k + 1][0] == "n" \
                and toks[k + 1][4].isdigit() and len(toks[k + 1][4]) <= MAX_NUMBER_DIGITS:
            value = Decimal("0." + toks[k + 1][4])  # "point 77"
            return Value(k, k + 1, value, "num", 1)
        if tok[0] == "n" and (k + 1 >= n or (toks[k + 1][1] not in L.continuers
                                              and toks[k + 1][4] not in L.suffix_scales)):
            return self.digits_alone(k)
        return None

    def is_ordinal(self, k: int, b: _NumberBuild) -> bool:
        """"twenty-first", "двадцать первого", "one hundred and first": an ordinal, not a count
        ("one second" stays a duration)."""
        L, toks, n, j = self.L, self.toks, self.n, b.j
        if b.pending_kind == "digits" or b.first_kind != "w" or j >= n or not L.ordinal_words \
                or not (j - k >= 2 or b.last == "tens"):
            return False
        o = j + 1 if toks[j][1] in ("-", "‐") or toks[j][1] in L.inner_and else j
        return o < n and toks[o][1] in L.ordinal_words

    def denominator_first(self, k: int, b: _NumberBuild) -> Value | None:
        """"이분의 일" (one half): the denominator first, a marker, then the numerator."""
        L, toks, n, j = self.L, self.toks, self.n, b.j
        value = b.value
        if not (j + 1 < n and toks[j][1] in L.denominator_markers and j > k and isinstance(value, int) and value > 0):
            return None
        numerator = self.read_number(j + 1)
        if numerator is None and toks[j + 1][1] in L.numbers:  # a lone digit word is fine here: 이분의 일
            numerator = Value(j + 1, j + 1, _num(L.numbers[toks[j + 1][1]]), "num", 1)
        if numerator is not None and isinstance(numerator.value, int):
            return Value(k, numerator.j, Fraction(numerator.value, value), "fraction", 1)
        return None

    def refused_alone(self, k: int, b: _NumberBuild) -> bool:
        """Number words that are too often something else to count on their own in running text.

        A phrase made of nothing but number words (or of them and a counter: "칠명" as a claim's
        stated phrase) is that number. Otherwise a lone Sino-Korean digit word needs a counter of its
        own ("칠 명"; "이" is also a particle), the largest scales need digits ("9조"; "구조" is rescue),
        and a number glued to a word that is no counter or particle ("백악관") is no number.
        """
        L, toks, n, j = self.L, self.toks, self.n, b.j
        alone = self.strict and k == 0 and (j == n or (j < n and j + self.match_at(j, L.counters) == n))
        if L.digit_words_need_scale and b.only_digit_words and b.first_kind == "w" and b.pending_kind == "words" \
                and not alone:
            counted = j < n and toks[j][1] in L.number_counters and toks[j][2] > toks[j - 1][3] \
                and (k == 0 or toks[k - 1][3] < toks[k][2])
            if toks[k][1] not in L.standalone_numbers and not counted:
                return True
            if toks[k][1] in L.needs_counter and not (j < n and (toks[j][1] in L.counters or (
                    toks[j][1] in L.spelled_counters and toks[j][2] > toks[j - 1][3]))):  # ('두 분': two people)
                return True
        if L.scales_need_digits and b.first_kind == "w" and not alone and not any(t[0] == "n" for t in toks[k:j]) \
                and any(t[1] in L.scales_need_digits for t in toks[k:j]):
            return True
        return bool(L.segment_scripts and j < n and toks[j][0] == "w" and toks[j][2] == toks[j - 1][3]
                    and toks[j][1] not in L.attach_ok)

    def fraction_after(self, k: int, b: _NumberBuild) -> Value | None:
        """"one third", "two-thirds", "a half": a small number, then the fraction word (the denominator)."""
        L, toks, n = self.L, self.toks, self.n
        j = b.j
        if j + 1 < n and toks[j][1] == "-" and toks[j + 1][1] in L.fractions and toks[j][2] == toks[j - 1][3]:
            j += 1
        pending = b.pending
        if j < n and toks[j][1] in L.fractions and pending is not None and not b.total and not b.group \
                and b.pending_kind in ("words", "digits") and isinstance(pending, int) and pending < 20:
            den = L.fractions[toks[j][1]]
            of = self.match_at(j + 1, L.fraction_of)
            plural = toks[j][1] in L.fraction_plurals
            if den == 2 or of or (j > 0 and toks[j - 1][1] == "-") or (pending == 1) != plural:
                if not of and j + 1 < n and toks[j + 1][1] in L.big_scales:
                    return self.fraction_of_scale(k, j + 1, Fraction(pending, den))
                return Value(k, j, Fraction(pending, den), "fraction", 1)
        return None

    def read_fraction_word(self, k: int) -> Value | None:
        """"a third of", "half of" (a share of what follows)."""
        L, toks, n = self.L, self.toks, self.n
        norm = toks[k][1]
        if norm in L.articles and k + 1 < n and toks[k + 1][1] in L.fractions:
            den = L.fractions[toks[k + 1][1]]
            if k + 2 < n and toks[k + 2][1] in L.big_scales:
                return self.fraction_of_scale(k, k + 2, Fraction(1, den))  # "a quarter million"
            if self.match_at(k + 2, L.fraction_of) or den == 2 or k + 2 >= n or toks[k + 2][0] == "s":
                return Value(k, k + 1, Fraction(1, den), "fraction", 1)
        if norm == L.half_word and (self.match_at(k + 1, L.fraction_of) or (self.strict and k + 1 >= n)):
            return Value(k, k, Fraction(1, 2), "fraction", 1)
        if norm in L.fractions and k + 1 < n and toks[k + 1][1] in L.big_scales:
            return self.fraction_of_scale(k, k + 1, Fraction(1, L.fractions[norm]))  # "четверть миллиона"
        return None

    def fraction_of_scale(self, i: int, j: int, fraction: Fraction) -> Value:
        """A fraction then a scale word, with no "of" between ("три четверти миллиона", "a quarter million"):
        one number, so that a bound or hedge before it applies ("более четверти миллиона")."""
        scale = self.L.big_scales[self.toks[j][1]]
        return Value(i, j, _mul(fraction, scale), "num", 1, scale)

    # -- what is not a quantity -------------------------------------------------------
    def is_quantity(self, v: Value) -> bool:
        """False for years, dates, clock times, ordinals and identifiers (F-16, G20)."""
        toks, L, n = self.toks, self.L, self.n
        i, j = v.i, v.j
        if self.is_per(v):
            return False
        first = toks[i]
        if first[0] != "n":
            return True
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j + 1] if j + 1 < n else None
        # glued to letters or an identifier: G20, F-16, COVID-19, No.5
        if prev is not None and prev[3] == first[2]:
            if prev[0] == "n":
                return False  # glued to another number ("300٣٠٠"): not a number of its own
            if prev[0] == "w" and prev[1] not in L.currency_codes and prev[1] not in L.attach_ok \
                    and not self.L.segment_scripts:
                return False
            if prev[1] in ("-", "‐", "‑", "/", ".", "#", "№") and i >= 2 and toks[i - 2][3] == prev[2] \
                    and toks[i - 2][0] in "wn" and toks[i - 2][1] not in L.continuers \
                    and toks[i - 2][4] not in L.suffix_scales:
                if prev[1] != "-" or toks[i - 2][0] == "w":
                    return False
            if prev[1] in ("#", "№", "_") or prev[1] in L.ordinal_prefixes:
                return False  # "#5", "제2" (the second): a place in a list, not a count
        if nxt is not None and nxt[2] == toks[j][3]:
            if nxt[1] in ("-", "‐") and j + 2 < n and toks[j + 2][2] == nxt[3] and toks[j + 2][1] in L.ordinal_suffixes:
                return False  # 1-й, 2-го
            if nxt[0] == "w":
                if nxt[1] in L.ordinal_suffixes or nxt[1] in L.date_suffixes:
                    return False
                if not (nxt[4] in L.suffix_scales or nxt[1] in L.attach_ok or self.L.segment_scripts
                        or nxt[1] in L.currency_codes):
                    return False
            if nxt[0] == "n" or (nxt[1] in (".", ",") and j + 2 < n and toks[j + 2][0] == "n"
                                  and toks[j + 2][2] == nxt[3] and nxt[1] == "." and L.decimal_mark != "."):
                return False
            if nxt[1] in ("_",):
                return False
        if prev is not None and prev[1] in ("#", "№"):
            return False  # "№ 5", "# 12": a number's place in a list, not a count
        # clock times: 10 am, 3 p.m., GMT+10
        if nxt is not None and nxt[1] in L.time_after and self.match_at(j + 1, L.time_after):
            if not (nxt[1] in L.hour_words and not (first[1].isdigit() and len(first[1]) == 4)):
                return False
        if prev is not None and prev[1] in ("+", "-", "−") and i >= 2 and toks[i - 2][1] in L.time_before:
            return False
        if prev is not None and prev[1] in L.time_before:
            return False
        # dates: Feb. 7, 7 February, Feb 28, 2025
        if v.bare_digits and v.kind == "num" and isinstance(v.value, int):
            val = v.value
            back, comma = i - 1, False
            while back >= 0 and toks[back][1] in (".", ","):
                comma = comma or toks[back][1] == ","
                back -= 1
            prev_word = toks[back][1] if back >= 0 else ""
            # "Feb. 7" is a day; "On 14 March, 23 people died" and "Since January, 23 people" are counts:
            # a comma after the month ends the date
            if 1 <= val <= 31 and ((prev_word in L.months and not comma) or (nxt is not None and nxt[1] in L.months)):
                return False
            if 1 <= val <= 31 and self.day_range(i, j):
                return False  # "19-20 вересня", "4–11 March", "March 4-11": a range of days beside a month
            if 1000 <= val <= 2100 and len(first[1]) == 4:
                if self.looks_like_year(i, j, prev_word):
                    return False
        return True

    def day_range(self, i: int, j: int) -> bool:
        """Is the number at tokens i..j one end of a range of days joined by a dash, with a month right after the
        range or right before it ("19-20 вересня", "4–11 March", "March 4-11")?"""
        toks, L, n = self.toks, self.L, self.n

        def day(k: int) -> bool:
            return 0 <= k < n and toks[k][0] == "n" and toks[k][1].isdigit() and 1 <= int(toks[k][1]) <= 31

        if j + 3 < n and toks[j + 1][1] in _DAY_DASHES and day(j + 2) and toks[j + 3][1] in L.months:
            return True  # the first day, the month after the last
        if i >= 2 and toks[i - 1][1] in _DAY_DASHES and day(i - 2):
            return (j + 1 < n and toks[j + 1][1] in L.months) or (i >= 3 and toks[i - 3][1] in L.months)
        return j + 2 < n and toks[j + 1][1] in _DAY_DASHES and day(j + 2) and i >= 1 and toks[i - 1][1] in L.months

    def is_per(self, v: Value) -> bool:
        """What a rate is counted per, not a count: "1인당", "per 100,000 people", "на одну особу"."""
        toks, L, n = self.toks, self.L, self.n
        i, j = v.i, v.j
        if (j + 1 < n and toks[j + 1][1] in L.per_after) or (i > 0 and toks[i - 1][1] in L.per_before):
            return True
        return i > 0 and toks[i - 1][1] in L.per_around and j + 1 < n \
            and toks[j + 1][1] in L.per_around[toks[i - 1][1]]

    def looks_like_year(self, i: int, j: int, prev_word: str) -> bool:
        toks, L = self.toks, self.L
        val = int(toks[i][1])
        if not 1800 <= val <= 2100:
            return False
        if prev_word in L.months:
            return True
        # "Feb 28, 2025": a day number before the comma
        if i >= 2 and toks[i - 1][1] == "," and toks[i - 2][0] == "n" and i >= 3 and toks[i - 3][1] in L.months:
            return True
        nxt = toks[j + 1][1] if j + 1 < self.n else ""
        prev = toks[i - 1][1] if i > 0 else ""
        if nxt in L.year_after and nxt not in ("-", "–", "/"):
            return True
        # a hedge or bound before it makes it a count ("about 2000")
        size, _ = self.match_ending(i - 1, L.before)
        if size:
            return False
        # "between 2000 and 3000 troops": the other end is no year, so neither is this
        if j + 2 < self.n and toks[j + 2][0] == "n" and nxt in self.L.single_joins:
            other = toks[j + 2][1]
            if not (other.isdigit() and (len(other) == 2 or (len(other) == 4 and 1800 <= int(other) <= 2100))):
                return False
        if prev in L.year_before or nxt in L.year_after or nxt in L.months:
            return True
        if not self.strict and (j + 1 >= self.n or toks[j + 1][0] == "s" and toks[j + 1][1] in (".", ",", ")", ";")):
            return True
        return False


_CHAIN_SIGNS = frozenset(("-", "‐", "‑", "/", ".", ":"))
_DAY_DASHES = frozenset(("-", "‐", "‑", "–", "—"))  # between the first and the last day of a range of dates


def _digit_count(raw: str) -> int:
    return sum(ch.isdigit() for ch in raw)


def _too_large(value: Number) -> bool:
    """Past the documented limit of digits (or not finite): never turned into a Range."""
    try:
        return not abs(value) < _LIMIT
    except (OverflowError, ArithmeticError):
        return True


def _num(x: float | Number) -> Number:
    """An integral float becomes an int, so digits and units stay exact."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2 ** 63:
        return int(x)
    return x


def _mul(a: Number, b: float | Number) -> Number:
    if isinstance(a, Decimal):
        return _num(a * Decimal(str(_num(b)))) if not isinstance(b, Decimal) else _num(a * b)
    if isinstance(a, Fraction):
        return _num(float(a) * float(b))
    return _num(a * _num(b)) if not isinstance(_num(b), Decimal) else a * _num(b)


def _fmt(x: Number | float) -> str:
    """format_number, with a fast path for whole numbers."""
    if type(x) is int:
        return f"{x:,}"
    return format_number(float(x))


# outcomes of one step of _NumberBuild
_NO, _GO, _STOP, _DROP = 0, 1, 2, 3


class _NumberBuild:
    """The state of one spelled-out or scaled number as it is read, token by token, and the steps
    that read it (see :meth:`Reader.read_number`).

    ``total`` holds the groups closed by a big scale ("two million"), ``group`` the group a
    multiplier made ("three hundred"), ``pending`` the last number not yet multiplied; ``last``
    says what the previous piece was ("digits", "unit", "tens", "mult", "big", "and", "hyphen").
    Each step returns ``_GO`` (it read the token), ``_NO`` (not its kind of token), ``_STOP``
    (the number ends before this token) or ``_DROP`` (what was read is no number).
    """

    __slots__ = ("r", "L", "toks", "n", "j", "total", "group", "pending", "pending_kind", "pending_place", "last",
                 "last_big", "last_mult", "scale", "started", "article", "only_digit_words", "suffixed", "first_kind")

    def __init__(self, reader: "Reader", k: int) -> None:
        self.r = reader
        self.L = reader.L
        self.toks = reader.toks
        self.n = reader.n
        self.j = k
        self.total: Number = 0
        self.group: Number = 0
        self.pending: Number | None = None
        self.pending_kind = ""
        self.pending_place = 1     # place of the last number word: 100 for "сто", 10 for "twenty", 1 for "five"
        self.last = ""
        self.last_big: Number = math.inf  # (Number, not float: mypyc would make an int scale a float)
        self.last_mult: Number = math.inf
        self.scale: Number = 1
        self.started = False
        self.article = False
        self.only_digit_words = True
        self.suffixed = False      # the last scale was written after digits ("3k"): no hyphen goes on from it
        self.first_kind = self.toks[k][0]

    @property
    def value(self) -> Number:
        return self.total + self.group + (self.pending if self.pending is not None else 0)

    def run(self) -> bool:
        """Read as far as the number goes; False when what was read is no number."""
        toks, n = self.toks, self.n
        while self.j < n:
            kind = toks[self.j][0]
            if kind == "n":
                outcome = self.digits()
            elif kind == "w":
                outcome = _NO
                for step in _WORD_STEPS:
                    outcome = step(self)
                    if outcome != _NO:
                        break
            elif kind == "s":
                outcome = self.spaced_hyphen()
                if outcome == _NO:
                    outcome = self.hyphen()
            else:
                outcome = _STOP
            if outcome == _GO:
                continue
            if outcome == _DROP:
                return False
            break
        return True

    def close_pending(self) -> None:
        self.pending = None
        self.pending_kind = ""

    # -- the steps ----------------------------------------------------------------------------
    def digits(self) -> int:
        """Digits, and a scale letter written after them ("100k", "4.75 k", "6 bln")."""
        L, toks, n = self.L, self.toks, self.n
        _, _, s, e, raw = toks[self.j]
        if self.pending is not None or (self.started and self.last not in ("big", "mult", "and", "hyphen")) \
                or len(raw) > MAX_NUMBER_DIGITS:
            return _STOP
        if self.started and self.last == "mult" and L.multiplier_scope == "group":
            return _STOP
        self.pending = L.number_value(raw)
        self.pending_kind = "digits"
        self.only_digit_words = False
        self.started = True
        self.last = "digits"
        self.j += 1
        j = self.j
        if j < n and toks[j][0] == "w" and toks[j][4] in L.suffix_scales and (
                toks[j][2] == e or (toks[j][2] == e + 1 and (len(toks[j][4]) > 1 or not raw.isdigit()))):
            # a space only before a word-long scale or after a decimal
            if toks[j][4] in L.suffix_scale_units and self.suffix_is_unit(j):
                return _GO  # "a 20m wall", "20m-high": metres, read as a unit after the number
            f = L.suffix_scales[toks[j][4]]
            self.suffixed = True
            if f >= self.last_big:
                return _STOP
            self.total = self.total + _mul(self.pending, f)  # "1 млн 200 тыс": a group closed like a scale word's
            self.close_pending()
            self.scale = f
            self.last = "big"
            self.last_big = f
            self.j += 1
        return _GO

    def suffix_is_unit(self, j: int) -> bool:
        """Whether a scale letter that is also a unit's symbol ("m": million, metres) is the unit: not with
        money ("£20m", "$20m", "20m dollars"), but after an article ("a 20m wall": a measure describes
        one thing), before a hyphen ("20m-high") or before a word of size or distance ("20m high", "100m
        from the shore"). Anything else keeps the scale ("20m people", British for 20 million)."""
        L, toks, n = self.L, self.toks, self.n
        i = j - 1
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j + 1] if j + 1 < n else None
        if prev is not None and (prev[1] in L.currency_symbols or prev[1] in L.currency_codes
                                 or prev[1] in L.currency_words_before):
            return False
        if nxt is not None and (nxt[1] in L.currency_words or nxt[1] in L.currency_codes):
            return False
        if prev is not None and prev[1] in L.articles:
            return True
        return nxt is not None and ((nxt[1] in ("-", "‐", "‑") and nxt[2] == toks[j][3]) or nxt[1] in L.unit_context)

    def number_word(self) -> int:
        """A units, tens or hundreds word: "twenty" then "five", "триста" then "сорок"."""
        L, toks = self.L, self.toks
        norm, s = toks[self.j][1], toks[self.j][2]
        if norm in L.numbers:
            v, place = _num(L.numbers[norm]), 1
        elif norm in L.tens:
            v, place = _num(L.tens[norm]), 10
        elif norm in L.hundreds:
            v, place = _num(L.hundreds[norm]), 100
        else:
            return _NO
        pending = self.pending
        if pending is None:
            if self.started and self.last == "digits":
                return _STOP
            self.pending = v
        elif self.pending_kind == "words" and v < self.pending_place and v < 10 * self.pending_place \
                and self.last in ("unit", "tens", "hyphen") and not (
                    L.tens_units and self.last == "tens" and norm not in L.tens_units):  # ("스무 구": twenty bodies)
            self.pending = pending + v
        elif L.spoken_hundreds and self.r.strict and self.pending_kind == "words" and self.last == "unit" \
                and 0 < pending < 10 and not self.total and not self.group and 10 <= v < 100 \
                and toks[self.j - 1][3] < s:
            self.pending = pending * 100 + v  # "one thirty five": 135, said as hundreds and the rest
            place = 10 if v >= 20 else 1
        else:
            return _STOP
        self.pending_kind = "words"
        self.pending_place = place if v >= place or v == 0 else 1
        if v > 0:
            self.pending_place = place if place > 1 and v % place == 0 else 1
        self.started = True
        self.last = "tens" if self.pending_place > 1 else "unit"
        self.j += 1
        return _GO

    def may_start_with_scale(self) -> bool:
        """A scale word may open a number: after an article, in a table whose bare scales count, in a
        single phrase, or inside a run of number words."""
        r = self.r
        return self.started or self.article or self.L.bare_scales or r.strict or r.in_number_run(self.j)

    def multiplier(self) -> int:
        """"hundred", "dozen", "сотня": multiplies the group so far (or the digit before it)."""
        L = self.L
        m = L.multipliers.get(self.toks[self.j][1])
        if m is None:
            return _NO
        if not self.may_start_with_scale():
            return _DROP
        if L.multiplier_scope == "group":
            if self.pending is None and self.group:
                if m == self.last_mult:
                    return _STOP
                self.group = _mul(self.group, m)  # "two hundred dozen"
            else:
                base = self.group + (self.pending if self.pending is not None else 1)
                self.group = _mul(base, m)
            self.last_mult = m
        else:
            if m >= self.last_mult:
                return _STOP
            self.group = self.group + _mul(self.pending if self.pending is not None else 1, m)
            self.last_mult = m
        self.close_pending()
        self.scale = m if self.scale == 1 else self.scale
        self.started = True
        self.only_digit_words = False
        self.last = "mult"
        self.j += 1
        return _GO

    def big_scale(self) -> int:
        """"thousand", "million", "тисяч": closes a group; a larger one after a whole number
        multiplies it ("two thousand millions")."""
        b = self.L.big_scales.get(self.toks[self.j][1])
        if b is None:
            return _NO
        if not self.may_start_with_scale():
            return _DROP
        if b >= self.last_big:
            whole = self.value
            if b > self.last_big and not self.suffixed and self.pending_kind != "digits" and self.first_kind == "w" \
                    and self.last in ("big", "unit", "tens") and whole < b:
                # "two thousand millions": 2,000 millions; "two thousand two million": 2,002 million
                return self.close_group(b, _mul(whole, b), b)
            return _STOP
        base = self.group + (self.pending if self.pending is not None else (0 if self.group else 1))
        self.started = True
        self.only_digit_words = False
        return self.close_group(b, self.total + _mul(base, b), b if self.scale == 1 or b > self.scale else self.scale)

    def close_group(self, b: Number, total: Number, scale: Number) -> int:
        """A big scale closes the group so far: the running total, and the scale the number is written in."""
        self.total = total
        self.group = 0
        self.close_pending()
        self.last = "big"
        self.last_big = b
        self.last_mult = math.inf
        self.scale = scale
        self.j += 1
        return _GO

    def article_opening(self) -> int:
        """"a hundred", "a couple": an article opens a number only before a scale or such a word."""
        L, toks, j = self.L, self.toks, self.j
        if self.started or toks[j][1] not in L.articles or j + 1 >= self.n:
            return _NO
        nxt = toks[j + 1][1]
        if nxt in L.multipliers or nxt in L.big_scales or nxt in L.article_numbers:
            self.article = True
            self.j += 1
            return _GO
        return _DROP

    def article_number(self) -> int:
        """"couple" after an article, and "a couple of thousands"."""
        L, toks = self.L, self.toks
        norm = toks[self.j][1]
        if norm not in L.article_numbers or not self.article or self.started:
            return _NO
        self.pending = _num(L.article_numbers[norm])
        self.pending_kind = "words"
        self.started = True
        self.last = "unit"
        self.j += 1
        j = self.j
        if j + 1 < self.n and toks[j][1] in L.plural_of and (toks[j + 1][1] in L.big_scales
                                                             or toks[j + 1][1] in L.multipliers):
            self.j += 1  # "a couple of thousands", "a couple of hundred"
        return _GO

    def half_of_scale(self) -> int:
        """"half a billion": one half of the scale that follows."""
        L, toks, j = self.L, self.toks, self.j
        if toks[j][1] != L.half_word or self.started or j + 2 >= self.n or toks[j + 1][1] not in L.articles \
                or not (toks[j + 2][1] in L.big_scales or toks[j + 2][1] in L.multipliers):
            return _NO
        self.pending = Decimal("0.5")
        self.pending_kind = "fraction"
        self.started = True
        self.last = "unit"
        self.j += 2
        return _GO

    def plus_half(self) -> int:
        """"два с половиной", "two million and a half": half of the last unit more."""
        L = self.L
        if not self.started or not L.plus_half or not (self.pending is not None or self.last == "big") \
                or self.pending_kind not in ("words", "digits", ""):
            return _NO
        size = self.r.match_at(self.j, L.plus_half)
        if not size:
            return _NO
        if self.last == "big" and self.pending is None:
            self.total = _num(Decimal(str(self.total)) + Decimal(str(self.last_big)) / 2)
        else:
            self.pending = _num(Decimal(str(self.pending)) + Decimal("0.5"))
            self.pending_kind = "fraction"
        self.j += size
        self.last = "unit"
        return _GO

    def inner_and(self) -> int:
        """"hundred and twelve", "two and three quarters", "one and a half"."""
        L, toks, j, n = self.L, self.toks, self.j, self.n
        if not self.started or toks[j][1] not in L.inner_and or j + 1 >= n:
            return _NO
        nxt = toks[j + 1]
        pending = self.pending
        if self.last in ("mult", "big") and (nxt[0] == "n" or nxt[1] in L.numbers or nxt[1] in L.tens):
            self.last = "and"
            self.j += 1
            return _GO
        if pending is not None and self.pending_kind in ("words", "digits") and j + 2 < n \
                and nxt[1] in L.numbers and 1 <= L.numbers[nxt[1]] < 10 and isinstance(pending, int) \
                and toks[j + 2][1] in L.fractions and toks[j + 2][1] in L.fraction_plurals \
                and L.numbers[nxt[1]] < L.fractions[toks[j + 2][1]]:
            # "two and three quarters"
            self.pending = _num(float(pending) + L.numbers[nxt[1]] / L.fractions[toks[j + 2][1]])
            self.pending_kind = "fraction"
            self.last = "unit"
            self.j += 3
            return _GO
        if pending is not None and self.pending_kind in ("words", "digits") and j + 2 < n \
                and nxt[1] in L.articles and toks[j + 2][1] in L.fractions:
            den = L.fractions[toks[j + 2][1]]
            self.pending = pending + Decimal(1) / Decimal(den) if den in (2, 4, 5, 10) else pending + 1.0 / den
            self.pending_kind = "fraction"
            self.last = "unit"
            self.j += 3
            return _GO
        return _NO

    def decimal_word(self) -> int:
        """"one point five", "десять кома нуль два": the decimals said after a decimal word."""
        L = self.L
        whole = self.value  # "one hundred point five", "이십점오": the whole number so far
        if not self.started or self.toks[self.j][1] != L.decimal_word or not isinstance(whole, int) \
                or self.pending_kind not in ("words", "digits", "") or (self.pending is None and self.last not in ("mult", "big")):
            return _NO
        digits, after = self.r.decimal_digits(self.j + 1)
        if not digits:
            return _STOP
        self.total = self.group = 0
        self.pending = Decimal(f"{whole}.{digits}")
        self.pending_kind = "fraction"
        self.last = "unit"
        self.j = after
        return _GO

    def whole_and_places(self) -> int:
        """"пять целых две десятых": a whole number, then a count of tenths, hundredths ..."""
        L, toks, n = self.L, self.toks, self.n
        if not self.started or toks[self.j][1] not in L.whole_words \
                or not (self.pending is not None or self.total or self.group) \
                or self.pending_kind not in ("words", "digits", ""):
            return _NO
        part = self.r.read_number(self.j + 1, plain=True)
        place = L.decimal_places.get(toks[part.j + 1][1]) if part is not None and part.j + 1 < n else None
        if place is None or not isinstance(part.value, int):
            return _STOP
        self.pending = _num(Decimal(self.value) + Decimal(part.value) / Decimal(int(place)))
        self.total = self.group = 0
        self.pending_kind = "fraction"
        self.last = "unit"
        self.j = part.j + 2
        return _GO

    def spaced_hyphen(self) -> int:
        """"sixty - one": a units word after tens and a spaced hyphen is never a range's end."""
        L, toks, j = self.L, self.toks, self.j
        if toks[j][1] not in _HYPHENS or not self.started or j + 1 >= self.n or self.last != "tens" \
                or not L.spaced_hyphen or toks[j + 1][1] not in L.numbers or not 0 < L.numbers[toks[j + 1][1]] < 10:
            return _NO
        self.j += 1
        return _GO

    def hyphen(self) -> int:
        """"twenty-five", "four-thousand-100", "1.5-million": a hyphen glued on both sides inside a number."""
        L, toks, j, n = self.L, self.toks, self.j, self.n
        _, norm, s, e, _ = toks[j]
        if norm not in _HYPHENS or not self.started or j + 1 >= n or self.suffixed \
                or toks[j - 1][3] != s or toks[j + 1][2] != e:
            return _STOP
        nxt = toks[j + 1]
        last = self.last
        scale_after = j + 2 < n and L.big_scales.get(toks[j + 2][1], 0) >= self.last_big
        if nxt[1] in L.multipliers or nxt[1] in L.big_scales or (last == "tens" and nxt[1] in L.numbers) \
                or (last == "big" and nxt[0] == "n" and not scale_after) \
                or (last == "big" and (nxt[1] in L.numbers or nxt[1] in L.tens)):
            self.last = "hyphen" if last == "tens" else last
            self.j += 1
            return _GO
        return _STOP


_HYPHENS = ("-", "‐", "‑")
# the steps tried, in order, on a word token; the first that is not _NO decides
_WORD_STEPS = (_NumberBuild.number_word, _NumberBuild.multiplier, _NumberBuild.big_scale,
               _NumberBuild.article_opening, _NumberBuild.article_number, _NumberBuild.half_of_scale,
               _NumberBuild.plus_half, _NumberBuild.inner_and, _NumberBuild.decimal_word,
               _NumberBuild.whole_and_places)
