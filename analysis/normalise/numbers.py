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

Number = int | float | Decimal

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

    __slots__ = ("strict", "too_long", "negative")

    def __init__(self, text: str, L: Lexicon, strict: bool) -> None:
        toks: list[Token] = L.tokenize(text, collapse=not strict)
        super().__init__(text, toks, L)
        self.strict = strict
        self.too_long = ""  # the start of a number past MAX_NUMBER_DIGITS, for the error message
        self.negative = ""  # a number with a minus before it, for the error message

    def values(self) -> list[Value]:
        out: list[Value] = []
        toks, L, n = self.toks, self.L, self.n
        starters, symbols, signs = L.starters, L.currency_symbols, L.sign_words
        candidates = [k for k, t in enumerate(toks) if t[0] == "n" or t[1] in starters or t[1] in symbols]
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
                clock = self.spoken_clock(k)
                if clock:
                    done = clock
                    continue
                v = self.read_pair(k) or self.read_zero(k) or self.read_vague(k) or self.read_number(k) \
                    or self.read_fraction_word(k)
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

    def may_have_currency(self, v: Value) -> bool:
        toks, L = self.toks, self.L
        before = toks[v.i - 1][1] if v.i > 0 else ""
        after = toks[v.j + 1][1] if v.j + 1 < self.n else ""
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
        elif p >= 0 and toks[p][0] == "w" and toks[p][1] in L.currency_codes:
            v.currency = toks[p][4].upper().replace("RMB", "CNY")
            v.i = p
        else:
            size, code = self.match_ending(p, L.currency_words_before)
            if size:
                v.currency = str(code)
                v.i = p - size + 1
        q = v.j + 1
        if q < self.n:
            if toks[q][0] == "w" and toks[q][1] in L.currency_codes:
                v.currency = toks[q][4].upper().replace("RMB", "CNY")
                v.j = q
            else:
                size, code = self.match_starting(q, L.currency_words)
                if size:
                    v.currency = str(code)
                    v.j = q + size - 1
                    self.add_subunits(v)
        return v

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
            if L.singular_after_bound and norm in L.big_scales and self.match_ending(k - 1, L.before)[0]:
                return None  # "более тысячи": after a bound the form is a singular's, one thousand
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
        unit: float | None = None
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
        """
        L, toks, n = self.L, self.toks, self.n
        tok = toks[k]
        if tok[0] == "n" and len(tok[4]) > MAX_NUMBER_DIGITS and _digit_count(tok[4]) > MAX_NUMBER_DIGITS:
            self.too_long = self.too_long or tok[4][:12]
            return None
        raw = tok[4]
        nxt = toks[k + 1] if k + 1 < n else None
        if tok[0] == "n" and (nxt is None or (
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
        total: Number = 0
        group: Number = 0
        pending: Number | None = None
        pending_kind = ""
        pending_place = 1     # place of the last number word: 100 for "сто", 10 for "twenty", 1 for "five"
        last = ""             # what the previous piece was
        last_big = math.inf
        last_mult = math.inf
        scale: Number = 1
        started = False
        article = False
        only_digit_words = True
        suffixed = False      # the last scale was written after digits ("3k"): no hyphen goes on from it
        j = k
        first_kind = toks[k][0]
        while j < n:
            kind, norm, s, e, raw = toks[j]
            if kind == "n":
                if pending is not None or (started and last not in ("big", "mult", "and", "hyphen")) \
                        or len(raw) > MAX_NUMBER_DIGITS:
                    break
                if started and last == "mult" and L.multiplier_scope == "group":
                    break
                pending = L.number_value(raw)
                pending_kind = "digits"
                only_digit_words = False
                started = True
                last = "digits"
                j += 1
                if j < n and toks[j][0] == "w" and toks[j][4] in L.suffix_scales and (
                        toks[j][2] == e or (toks[j][2] == e + 1 and (len(toks[j][4]) > 1 or not raw.isdigit()))):
                    # "100k", "4.75 k", "6 bln": a space only before a word-long scale or after a decimal
                    f = L.suffix_scales[toks[j][4]]
                    suffixed = True
                    if f >= last_big:
                        break
                    total = total + _mul(pending, f)  # "1 млн 200 тыс": a group closed like a scale word's
                    pending = None
                    pending_kind = ""
                    scale = f
                    last = "big"
                    last_big = f
                    j += 1
                continue
            if kind == "w":
                if norm in L.numbers or norm in L.tens or norm in L.hundreds:
                    if norm in L.numbers:
                        v, place = _num(L.numbers[norm]), 1
                    elif norm in L.tens:
                        v, place = _num(L.tens[norm]), 10
                    else:
                        v, place = _num(L.hundreds[norm]), 100
                    if pending is None:
                        if started and last == "digits":
                            break
                        pending = v
                    elif pending_kind == "words" and v < pending_place and v < 10 * pending_place \
                            and last in ("unit", "tens", "hyphen"):
                        pending = pending + v
                    elif L.spoken_hundreds and self.strict and pending_kind == "words" and last == "unit" \
                            and 0 < pending < 10 \
                            and not total and not group and 10 <= v < 100 and toks[j - 1][3] < s:
                        pending = pending * 100 + v  # "one thirty five": 135, said as hundreds and the rest
                        place = 10 if v >= 20 else 1
                    else:
                        break
                    pending_kind = "words"
                    pending_place = place if v >= place or v == 0 else 1
                    if v > 0:
                        pending_place = place if place > 1 and v % place == 0 else 1
                    started = True
                    last = "tens" if pending_place > 1 else "unit"
                    j += 1
                    continue
                if norm in L.multipliers:
                    m = L.multipliers[norm]
                    if not started and not article and not L.bare_scales and not self.strict and not self.in_number_run(j):
                        return None
                    if L.multiplier_scope == "group":
                        if pending is None and group:
                            if m == last_mult:
                                break
                            group = _mul(group, m)  # "two hundred dozen"
                        else:
                            base = group + (pending if pending is not None else 1)
                            group = _mul(base, m)
                        last_mult = m
                    else:
                        if m >= last_mult:
                            break
                        group = group + _mul(pending if pending is not None else 1, m)
                        last_mult = m
                    pending = None
                    pending_kind = ""
                    scale = m if scale == 1 else scale
                    started = True
                    only_digit_words = False
                    last = "mult"
                    j += 1
                    continue
                if norm in L.big_scales:
                    b = L.big_scales[norm]
                    if not started and not article and not L.bare_scales and not self.strict and not self.in_number_run(j):
                        return None
                    if b >= last_big:
                        whole = total + group + (pending if pending is not None else 0)
                        if b > last_big and not suffixed and pending_kind != "digits" and first_kind == "w" \
                                and last in ("big", "unit", "tens") and whole < b:
                            # "two thousand millions": 2,000 millions; "two thousand two million": 2,002 million
                            total = _mul(whole, b)
                            group = 0
                            pending = None
                            pending_kind = ""
                            last = "big"
                            last_big = b
                            last_mult = math.inf
                            scale = b
                            j += 1
                            continue
                        break
                    base = group + (pending if pending is not None else (0 if group else 1))
                    total = total + _mul(base, b)
                    group = 0
                    pending = None
                    pending_kind = ""
                    last_big = b
                    last_mult = math.inf
                    scale = b if scale == 1 or b > scale else scale
                    started = True
                    only_digit_words = False
                    last = "big"
                    j += 1
                    continue
                if not started and norm in L.articles and j + 1 < n:
                    nxt = toks[j + 1][1]
                    if nxt in L.multipliers or nxt in L.big_scales or nxt in L.article_numbers:
                        article = True
                        j += 1
                        continue
                    return None
                if norm in L.article_numbers and article and not started:
                    pending = _num(L.article_numbers[norm])
                    pending_kind = "words"
                    started = True
                    last = "unit"
                    j += 1
                    if j + 1 < n and toks[j][1] in L.plural_of and (toks[j + 1][1] in L.big_scales
                                                                     or toks[j + 1][1] in L.multipliers):
                        j += 1  # "a couple of thousands", "a couple of hundred"
                    continue
                if norm == L.half_word and not started and j + 2 < n and toks[j + 1][1] in L.articles \
                        and (toks[j + 2][1] in L.big_scales or toks[j + 2][1] in L.multipliers):
                    pending = Decimal("0.5")
                    pending_kind = "fraction"
                    started = True
                    last = "unit"
                    j += 2
                    continue
                if started and L.plus_half and (pending is not None or last == "big") \
                        and pending_kind in ("words", "digits", "") and self.match_at(j, L.plus_half):
                    # "два с половиной", "two million and a half": half of the last unit more
                    if last == "big" and pending is None:
                        total = _num(Decimal(str(total)) + Decimal(str(last_big)) / 2)
                    else:
                        pending = _num(Decimal(str(pending)) + Decimal("0.5"))
                        pending_kind = "fraction"
                    j += self.match_at(j, L.plus_half)
                    last = "unit"
                    continue
                if started and norm in L.inner_and and j + 1 < n:
                    nxt = toks[j + 1]
                    if last in ("mult", "big") and (nxt[0] == "n" or nxt[1] in L.numbers or nxt[1] in L.tens):
                        last = "and"
                        j += 1
                        continue
                    if pending is not None and pending_kind in ("words", "digits") and j + 2 < n \
                            and nxt[1] in L.numbers and 1 <= L.numbers[nxt[1]] < 10 and isinstance(pending, int) \
                            and toks[j + 2][1] in L.fractions and toks[j + 2][1] in L.fraction_plurals \
                            and L.numbers[nxt[1]] < L.fractions[toks[j + 2][1]]:
                        # "two and three quarters"
                        pending = _num(float(pending) + L.numbers[nxt[1]] / L.fractions[toks[j + 2][1]])
                        pending_kind = "fraction"
                        last = "unit"
                        j += 3
                        continue
                    if pending is not None and pending_kind in ("words", "digits") and j + 2 < n \
                            and nxt[1] in L.articles and toks[j + 2][1] in L.fractions:
                        pending = pending + Decimal(1) / Decimal(L.fractions[toks[j + 2][1]]) \
                            if L.fractions[toks[j + 2][1]] in (2, 4, 5, 10) else pending + 1.0 / L.fractions[toks[j + 2][1]]
                        pending_kind = "fraction"
                        last = "unit"
                        j += 3
                        continue
                if started and norm == L.decimal_word and pending is not None and pending_kind in ("words", "digits") \
                        and isinstance(pending, int):
                    digits, j2 = self.decimal_digits(j + 1)
                    if not digits:
                        break
                    pending = Decimal(f"{pending}.{digits}")
                    pending_kind = "fraction"
                    last = "unit"
                    j = j2
                    continue
                if started and norm in L.whole_words and (pending is not None or total or group) \
                        and pending_kind in ("words", "digits", ""):
                    # "пять целых две десятых": a whole number, then a count of tenths, hundredths ...
                    part = self.read_number(j + 1, plain=True)
                    place = L.decimal_places.get(toks[part.j + 1][1]) if part is not None and part.j + 1 < n else None
                    if place is None or not isinstance(part.value, int):
                        break
                    whole = total + group + (pending if pending is not None else 0)
                    pending = _num(Decimal(whole) + Decimal(part.value) / Decimal(int(place)))
                    total = group = 0
                    pending_kind = "fraction"
                    last = "unit"
                    j = part.j + 2
                    continue
                break
            if kind == "s" and norm in ("-", "‐", "‑") and started and j + 1 < n and last == "tens" \
                    and L.spaced_hyphen and toks[j + 1][1] in L.numbers and 0 < L.numbers[toks[j + 1][1]] < 10:
                j += 1  # "sixty - one": a units word after tens is never a range's end
                continue
            if kind == "s" and norm in ("-", "‐", "‑") and started and j + 1 < n and not suffixed \
                    and toks[j - 1][3] == s and toks[j + 1][2] == e:
                nxt = toks[j + 1]
                scale_after = j + 2 < n and L.big_scales.get(toks[j + 2][1], 0) >= last_big
                if nxt[1] in L.multipliers or nxt[1] in L.big_scales or (
                        last == "tens" and nxt[1] in L.numbers) or (last == "big" and nxt[0] == "n"
                                                                    and not scale_after) or (
                        last == "big" and (nxt[1] in L.numbers or nxt[1] in L.tens)):
                    last = "hyphen" if last == "tens" else last
                    j += 1
                    continue
            break
        if not started:
            return None
        if k == j:
            return None
        value = total + group + (pending if pending is not None else 0)
        # "twenty-first", "двадцать первого", "one hundred and first": an ordinal, not a count
        if not plain and pending_kind != "digits" and first_kind == "w" and j < n and L.ordinal_words \
                and (j - k >= 2 or last == "tens"):  # "one second" stays a duration
            o = j + 1 if toks[j][1] in ("-", "‐") or toks[j][1] in L.inner_and else j
            if o < n and toks[o][1] in L.ordinal_words:
                return None
        # "이분의 일": the denominator first, a marker, then the numerator
        if j + 1 < n and toks[j][1] in L.denominator_markers and j > k \
                and isinstance(value, int) and value > 0:
            numerator = self.read_number(j + 1)
            if numerator is None and toks[j + 1][1] in L.numbers:  # a lone digit word is fine here: 이분의 일
                numerator = Value(j + 1, j + 1, _num(L.numbers[toks[j + 1][1]]), "num", 1)
            if numerator is not None and isinstance(numerator.value, int):
                return Value(k, numerator.j, Fraction(numerator.value, value), "fraction", 1)
        # a phrase that is nothing but number words is that number, whatever else the words can be
        # (or by a counter: "칠명" as a claim's stated phrase)
        alone = self.strict and k == 0 and (j == n or (j < n and j + self.match_at(j, L.counters) == n))
        # a lone Sino-Korean digit word is not a number ("이" is also a particle)
        if L.digit_words_need_scale and only_digit_words and first_kind == "w" and pending_kind == "words" \
                and not alone:
            counted = j < n and toks[j][1] in L.number_counters and toks[j][2] > toks[j - 1][3] \
                and (k == 0 or toks[k - 1][3] < toks[k][2])  # "칠 명": a word of its own, then a counter
            if toks[k][1] not in L.standalone_numbers and not counted:
                return None
            if toks[k][1] in L.needs_counter and not (j < n and toks[j][1] in L.counters):
                return None
        # "구조" (rescue), "조사" (inquiry): the largest scales count only with digits ("9조")
        if L.scales_need_digits and first_kind == "w" and not alone and not any(t[0] == "n" for t in toks[k:j]) \
                and any(t[1] in L.scales_need_digits for t in toks[k:j]):
            return None
        # a number glued to a word that is not a counter or particle (백악관, 한국) is no number
        if L.segment_scripts and j < n and toks[j][0] == "w" and toks[j][2] == toks[j - 1][3]:
            if toks[j][1] not in L.attach_ok:
                return None
        end = j - 1
        # fractions: "one third", "two-thirds", "a half" (numerator then denominator)
        if j + 1 < n and toks[j][1] == "-" and toks[j + 1][1] in L.fractions and toks[j][2] == toks[j - 1][3]:
            j += 1
        if not plain and j < n and toks[j][1] in L.fractions and pending is not None and not total and not group \
                and pending_kind in ("words", "digits") and isinstance(pending, int) and pending < 20:
            den = L.fractions[toks[j][1]]
            of = self.match_at(j + 1, L.fraction_of)
            plural = toks[j][1] in L.fraction_plurals
            if den == 2 or of or (j > 0 and toks[j - 1][1] == "-") or (pending == 1) != plural:
                return Value(k, j, Fraction(pending, den), "fraction", 1)
        bare = (j - k == 1 and toks[k][0] == "n" and toks[k][1].isdigit())
        if scale == 1 and toks[k][0] == "n" and j - k == 1:
            raw = toks[k][4]
            for mark in L.group_marks:
                if mark in raw:
                    groups = raw.replace(L.decimal_mark, "\x00").split(mark)
                    zeros = 0
                    for g in reversed(groups[1:]):
                        if g == "000":
                            zeros += 1
                        else:
                            break
                    scale = 1000 ** zeros
                    break
        return Value(k, end, value, "num", 1, scale=scale, bare_digits=bare)

    def read_fraction_word(self, k: int) -> Value | None:
        """"a third of", "half of" (a share of what follows)."""
        L, toks, n = self.L, self.toks, self.n
        norm = toks[k][1]
        if norm in L.articles and k + 1 < n and toks[k + 1][1] in L.fractions:
            den = L.fractions[toks[k + 1][1]]
            if self.match_at(k + 2, L.fraction_of) or den == 2 or k + 2 >= n or toks[k + 2][0] == "s":
                return Value(k, k + 1, Fraction(1, den), "fraction", 1)
        if norm == L.half_word and (self.match_at(k + 1, L.fraction_of) or (self.strict and k + 1 >= n)):
            return Value(k, k, Fraction(1, 2), "fraction", 1)
        return None

    # -- what is not a quantity -------------------------------------------------------
    def is_quantity(self, v: Value) -> bool:
        """False for years, dates, clock times, ordinals and identifiers (F-16, G20)."""
        toks, L, n = self.toks, self.L, self.n
        i, j = v.i, v.j
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
            if prev[1] in ("#", "№", "_"):
                return False
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
        # clock times: 10 am, 3 p.m., GMT+10
        if nxt is not None and nxt[1] in L.time_after and self.match_at(j + 1, L.time_after):
            if not (nxt[1] in ("h", "hours", "hrs") and not (first[1].isdigit() and len(first[1]) == 4)):
                return False
        if prev is not None and prev[1] in ("+", "-", "−") and i >= 2 and toks[i - 2][1] in L.time_before:
            return False
        if prev is not None and prev[1] in L.time_before:
            return False
        # dates: Feb. 7, 7 February, Feb 28, 2025
        if v.bare_digits and v.kind == "num" and isinstance(v.value, int):
            val = v.value
            back = i - 1
            while back >= 0 and toks[back][1] in (".", ","):
                back -= 1
            prev_word = toks[back][1] if back >= 0 else ""
            if 1 <= val <= 31 and (prev_word in L.months or (nxt is not None and nxt[1] in L.months)):
                return False
            if 1000 <= val <= 2100 and len(first[1]) == 4:
                if self.looks_like_year(i, j, prev_word):
                    return False
        return True

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
        if j + 2 < self.n and toks[j + 2][0] == "n" and (nxt in ("and", "to", "or") or nxt in ("-", "–")):
            other = toks[j + 2][1]
            if not (other.isdigit() and (len(other) == 2 or (len(other) == 4 and 1800 <= int(other) <= 2100))):
                return False
        if prev in L.year_before or nxt in L.year_after or nxt in L.months:
            return True
        if not self.strict and (j + 1 >= self.n or toks[j + 1][0] == "s" and toks[j + 1][1] in (".", ",", ")", ";")):
            return True
        return False


_CHAIN_SIGNS = frozenset(("-", "‐", "‑", "/", ".", ":"))


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
