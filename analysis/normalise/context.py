"""Context: the hedges, bounds, range joins, units and currencies around each value, from the tables.

A :class:`Combiner` takes the values a :class:`~.numbers.Reader` found and reads the words
around each: the modifiers before it ("about", "more than", "between"), after it ("or more",
"이상"), the join to a second value ("10,000 to 12,000"), a share ("12%"), a margin ("± 0.5"), a
floor and a ceiling together ("more than 20 and less than 35"). The commonest shape, a number
with nothing around it that could change it, is made a point at once. Every word it looks for is
in the language's table.
"""

from __future__ import annotations

from .build import _HEDGES, Builder, Quantity, _words
from .conventions import hedge_width, lazy_rule
from .numbers import Number, Reader, Value, _fmt, _mul, _num
from .tokens import Phrase

_UNIT_NAMES = {"%": "per cent", "‰": "per mille", "pp": "percentage points"}


class Combiner(Builder):
    """Reads the words around each value and makes quantities."""

    __slots__ = ("r", "values", "band", "percent_between", "floor", "join_at", "change_join")

    def __init__(self, reader: Reader, values: list[Value], band: str = "standard") -> None:
        self.r = reader
        self.values = values
        self.band = band
        self.percent_between: str | None = None
        self.floor = 0  # the first token not taken by the quantity before: spans never overlap
        self.join_at = -1  # where the join of the last two values read starts
        self.change_join = -1  # the join after an old value ("rose from 30 to 40"): no ceiling starts there

    def width(self, n: Number) -> Number:
        """The reach of a hedge on n in this reading's band, in n's own number type."""
        h = hedge_width(n, self.band)
        if h == h.to_integral_value():
            return int(h)
        return float(h) if isinstance(n, float) else h

    def modifiers_before(self, k: int) -> tuple[list[tuple[str, str]], int, tuple[Phrase, frozenset] | None]:
        """Hedges, bounds and a range opener ending just before token k."""
        r = self.r
        if k >= 2 and r.toks[k - 1][1] == ",":
            size, effect = r.match_ending(k - 2, r.L.before)
            if size and effect == "approx":  # "about, 60": a comma after a hedge keeps it
                return [(str(effect), _words(r, k - 1 - size, k - 2))], k - 1 - size, None
        if k == 0 or r.toks[k - 1][1] not in r.L.before_any:
            return [], k, None
        effects: list[tuple[str, str]] = []
        opener = None
        p = k
        for _ in range(3):
            size, effect = r.match_ending(p - 1, r.L.before)
            fill = 0
            if not size and r.L.fillers:
                while p - 1 - fill >= 0 and r.toks[p - 1 - fill][1] in r.L.fillers:
                    fill += 1
                if fill:
                    size, effect = r.match_ending(p - 1 - fill, r.L.before)
            if size and effect == "upper_closed" and p - fill - size > 0 and (p - fill - size == self.change_join or (
                    size == 1 and r.toks[p - fill - 1][1] in r.L.single_joins
                    and self.after_change(p - fill - size))):
                # "зросла до 40", "зросла з 30 до 40": what the count rose to, not a ceiling; a ceiling
                # that is not also the word "to" of a range stays one ("could rise up to 40")
                break
            if size:
                effects.insert(0, (str(effect), _words(r, p - fill - size, p - fill - 1)))
                p -= size + fill
                continue
            if opener is None:
                size, joins = r.match_ending(p - 1, r.L.openers)
                if size:
                    opener = (tuple(t[1] for t in r.toks[p - size:p]), joins)
                    p -= size
                    continue
            break
        return effects, p, opener

    def modifiers_after(self, k: int) -> tuple[list[tuple[str, str]], int]:
        r = self.r
        if k >= r.n or (r.toks[k][1] not in r.L.after and r.toks[k][1] not in r.L.counters):
            return [], k
        effects = []
        p = k
        L, toks, n = r.L, r.toks, r.n
        for _ in range(2):
            skip = 0
            size, effect = r.match_starting(p, L.after)
            while not size and L.counters and skip < 3 and p + skip < n:  # counters and particles: "300명 이상"
                if toks[p + skip][1] in L.plain_counters:
                    skip += 1  # a counter that starts no modifier
                else:
                    c = r.match_at(p + skip, L.counters)
                    if not c:
                        break
                    skip += c
                size, effect = r.match_starting(p + skip, L.after)
            stop = p + skip + size
            blocked = stop < r.n and (r.toks[stop][1] in r.L.after_blockers or (
                # "больше 10 и меньше 20": the suffix's last word starts the next bound
                (r.toks[stop][0] == "n" or r.toks[stop][1] in r.L.numbers)
                and any(len(ph) == 1 for ph, _ in r.L.before.get(r.toks[stop - 1][1], ()))))
            if size and not blocked:
                effects.append((str(effect), _words(r, p + skip, p + skip + size - 1)))
                p += skip + size
                continue
            break
        return effects, p

    def join_between(self, a: Value, b: Value, opener) -> tuple[bool, list[tuple[str, str]], str]:
        """Whether the tokens between two values join them into a range."""
        r = self.r
        start, stop = a.j + 1, b.i
        if stop <= start or r.toks[start][1] not in r.L.after_any:  # no join, counter or unit starts here
            return False, [], ""
        skip = r.match_at(start, r.L.counters) if r.L.counters else 0
        if skip and (tuple(t[1] for t in r.toks[start:stop]) in (opener[1] if opener else r.L.joins)
                     or tuple(t[1] for t in r.toks[start:stop]) in r.L.closed_joins):
            skip = 0  # a counter glued to the join ("두 명에서 세 명", "10과 20 사이"): the join itself
        start += skip
        size, unit = r.match_starting(start, r.L.percent_after)
        start += size
        if start < stop and r.toks[start][1] == "." and r.toks[start - 1][1] in r.L.abbreviations:
            start += 1  # "5 тыс. — 7 тыс.": an abbreviation's full stop is no part of the join
        self.percent_between = unit if size else None
        self.join_at = start
        # hedge before the second value: "from about 10 to about 20"
        second_effects: list[tuple[str, str]] = []
        size, effect = r.match_ending(stop - 1, r.L.before)
        if size and effect in _HEDGES and stop - size > start:
            second_effects.append((str(effect), _words(r, stop - size, stop - 1)))
            stop -= size
        phrase = tuple(t[1] for t in r.toks[start:stop])
        if not phrase:
            return False, [], ""
        allowed = opener[1] if opener else r.L.joins
        if phrase not in allowed:
            closers = r.L.closed_joins.get(phrase) if opener is None else None
            k = b.j + 1
            k += r.match_at(k, r.L.counters) if closers and r.L.counters and k < r.n else 0
            if not closers or k >= r.n or r.toks[k][1] not in closers:
                return False, [], ""  # "10과 20 사이": a range only with its closing word
        return True, second_effects, " ".join(phrase)

    def quantities(self) -> list[Quantity]:
        vals = self.values
        out: list[Quantity] = []
        m = 0
        r = self.r
        toks, n, L = r.toks, r.n, r.L
        quiet_before, quiet_after, before, plain_counters = L.quiet_before, L.after_any, L.before, L.plain_counters
        while m < len(vals):
            v = vals[m]
            k = v.j + 1
            while k < n and toks[k][1] in plain_counters and k - v.j <= 3:  # "300명": a counter changes nothing
                k += 1
            if v.kind == "num" and v.currency is None and (k >= n or toks[k][1] not in quiet_after) \
                    and v.i >= self.floor:
                if v.i == 0 or toks[v.i - 1][1] not in quiet_before:
                    # the commonest shape, a number with no word around it that could change it: a point
                    out.append(Quantity(v.i, v.j, v.value, v.value, False, False, v.value, False, "point",
                                         lazy_rule("point", value=v.value), None))
                    self.floor = v.j + 1
                    m += 1
                    continue
                size, effect = r.match_ending(v.i - 1, before)
                p = v.i - size
                if size and p >= self.floor and p != self.change_join and toks[v.i - 1][1] not in L.age_before and (p == 0 or (toks[p - 1][1] not in quiet_before
                                                            and toks[p - 1][1] not in L.change_words)):
                    # the next commonest, one hedge or bound and nothing else around the number ("about 300")
                    q = self.make_single(v, [(str(effect), _words(r, p, v.i - 1))], p, v.j)
                    if q is not None:
                        out.append(q)
                        self.floor = v.j + 1
                        m += 1
                        continue
            q, used = self.one(m)
            m += used
            if q is not None and q.last >= self.floor:
                q.first = max(q.first, self.floor)  # a word two numbers could take goes to the first
                out.append(q)
                self.floor = q.last + 1
        return out

    def one(self, m: int, composite: bool = True) -> tuple[Quantity | None, int]:
        r = self.r
        vals = self.values
        v = vals[m]
        before, first, opener = self.modifiers_before(v.i)
        if first < self.floor:  # "5 give or take 1": the words went to the number before
            before, first, opener = [], v.i, None
        second: Value | None = None
        second_effects: list[tuple[str, str]] = []
        join_word = ""
        self.percent_between = None
        a = b = v.value
        scaled = False
        if v.kind == "num" and m + 1 < len(vals) and vals[m + 1].kind == "num":
            w = vals[m + 1]
            ok, second_effects, join_word = self.join_between(v, w, opener)
            if ok and ((opener is not None and self.after_change(first)) or self.change_follows(w.j + 1)):
                # "rose from 30 to 40", "выросло с 30 до 40", "100명에서 200명으로 늘었다": a change, not a
                # range; the old figure stands alone and the new one is read with its own words
                ok, second_effects, join_word = False, [], ""
                self.change_join = self.join_at
            if ok:
                a, b = v.value, w.value
                if v.scale == 1 and w.scale > 1 and a < 1000 and float(a) * w.scale <= b < float(a) * w.scale * 10:
                    a = _mul(a, w.scale)
                    scaled = True
                if a > b and opener is not None and " ".join(opener[0]) in r.L.unordered_openers:
                    a, b = b, a
                if a <= b:
                    second = w
        if v.kind == "num" and second is None and r.L.plus_minus and m + 1 < len(vals) and vals[m + 1].kind == "num":
            size = r.match_at(v.j + 1, r.L.plus_minus)
            w = vals[m + 1]
            if size and w.i == v.j + 1 + size and w.value <= v.value:  # "1,250.5 ± 0.5"
                low, high = _num(v.value - w.value), _num(v.value + w.value)
                rule = lazy_rule("plus_minus", word=_words(r, v.j + 1, w.i - 1), margin=w.value,
                                value=v.value, low=low, high=high)
                spanned = Quantity(first, w.j, low, high, False, False, v.value, False, "range", rule,
                              v.currency or w.currency)
                return spanned, 2
        if opener is not None and second is None:
            # "from 300" alone is just 300; the opener stays out of the span
            first += len(opener[0])
            opener = None
        last = (second or v).j
        unit = age_words = None
        size, found = r.match_starting(last + 1, r.L.percent_after) if last + 1 < r.n else (0, None)
        if size and found in r.L.measure_units and r.match_starting(last + 1, r.L.after)[0] >= size:
            size = 0  # a bound that opens with the unit's word wins ("1만도 안 되는": 도 is "even", not degrees)
        if size and r.L.segment_scripts and self.front_of_word(last + 1, last + size):
            size = 0  # "제2 도시" (the second city), "제3 세계": the first piece of a word set apart is no unit
        unit_at = last + 1
        unit_end = last + size
        if size:
            unit = found  # "12%", "40 to 60 per cent": a share, not a count
            last += size
        elif second is not None and self.percent_between:
            unit = self.percent_between
        after, after_end = self.modifiers_after(last + 1)
        if after:
            last = after_end - 1
            if unit is None and after_end < r.n:
                size, found = r.match_starting(after_end, r.L.percent_after)
                if size and found in r.L.measure_units:
                    unit, unit_at = found, after_end  # "20여m": the unit after the hedge
                    last = unit_end = after_end + size - 1
        effects = before + second_effects + after
        used = 2 if second is not None else 1
        if v.kind == "fraction":
            of = r.match_at(v.j + 1, r.L.fraction_of)
            if of and m + 1 < len(vals) and vals[m + 1].i == v.j + 1 + of:
                inner, inner_used = self.one(m + 1)
                if inner is not None:
                    return self.share(v, inner, effects, first), 1 + inner_used
        if (unit is None or unit in r.L.measure_units) and r.L.age_before and v.i > 0:
            # "в возрасте 45 лет": the words saying an age win over the unit of time after the number
            size, found = 0, None
            for end in range(v.i - 1, max(first - 2, -1), -1):  # the bound itself ("старше 60") or before it
                size, found = r.match_ending(end, r.L.age_before)
                if size:
                    break
            if size and end < first:
                unit, age_words = found, _words(r, first - size, first - 1)  # "aged over 60": an age
                if not effects and second is None and v.kind == "num" and first - size >= self.floor:
                    # "under the age of 5": a bound before the words that say an age is the age's bound
                    more, start, opener_before = self.modifiers_before(first - size)
                    if more and opener_before is None and start >= self.floor:
                        effects, first = more, start
            elif size:
                unit, age_words = found, _words(r, end - size + 1, end)
        q: Quantity | None  # (declared before its first assignment: compiled, a local keeps the type it is first given)
        if second is not None:
            q = self.make_range(a, b, effects, first, last, join_word, opener, scaled,
                                v.currency or second.currency)
        elif not effects and unit is None and v.kind == "num" and r.L.age_bands:
            q = self.age_band(v, first) or self.make_single(v, effects, first, last)
        else:
            q = self.make_single(v, effects, first, last)
        if q is None:
            return None, used
        if unit is not None:
            q.unit = unit
            if unit in _UNIT_NAMES:
                q.rule += f" The {_UNIT_NAMES[unit]} make it a share, not a count."
            elif unit in r.L.measure_units and age_words is not None:
                q.rule += f" {age_words!r} makes it a measure ({unit}), not a count."
            elif unit in r.L.measure_units:
                q.rule += f" {_words(r, unit_at, unit_end)!r} is a unit of measure ({unit}), not a count."
            else:
                q.rule += f" {age_words or _words(r, (second or v).j + 1, last)!r} makes it an age ({unit}), not a count."
        if (q.kind == "lower" and q.low_open) or (q.kind == "upper" and q.high_open):
            used += self.or_equal(q, m + used)
        if composite and (q.kind == "lower" or q.kind == "upper"):
            return self.composite(q, m + used, used)
        return q, used

    def front_of_word(self, start: int, end: int) -> bool:
        """Whether tokens start..end are the first pieces of a word set apart by a space from the number
        before them, and the word goes on with a piece that is no particle ("도시": 도, 시)."""
        toks, r = self.r.toks, self.r
        if toks[start][2] == toks[start - 1][3] or end + 1 >= r.n or toks[end + 1][2] != toks[end][3]:
            return False
        return toks[end + 1][1] not in r.L.counters

    def age_band(self, v: Value, first: int) -> Quantity | None:
        """"80대 여성": a band counter, then a noun for people, is a band of ages (80 to 89), not a count."""
        r = self.r
        k = v.j + 1
        width = r.L.age_bands.get(r.toks[k][1]) if k < r.n else None
        if width is None or k + 1 >= r.n or r.toks[k + 1][1] not in r.L.age_nouns or not isinstance(v.value, int):
            return None
        high = v.value + int(width) - 1
        rule = (f"{_words(r, v.i, k)!r} before {_words(r, k + 1, k + 1)!r} is a band of ages: "
                f"{_fmt(v.value)} to {_fmt(high)} {r.L.age_band_unit}, not a count.")
        return Quantity(first, k, v.value, high, False, False, None, False, "range", rule, None, r.L.age_band_unit)

    def after_change(self, k: int) -> bool:
        """Whether a verb of change ("rose", "зросла") ends just before token k, fillers aside."""
        r = self.r
        while k > 0 and r.toks[k - 1][1] in r.L.fillers:
            k -= 1
        return k > 0 and r.toks[k - 1][1] in r.L.change_words

    def change_follows(self, k: int) -> bool:
        """Whether a verb of change comes at token k, after a counter or particle ("200명으로 늘었다")."""
        r = self.r
        if not r.L.change_words:
            return False
        for _ in range(2):
            size = r.match_at(k, r.L.counters) if r.L.counters and k < r.n else 0
            if not size:
                break
            k += size
        return k < r.n and r.toks[k][1] in r.L.change_words

    def or_equal(self, q: Quantity, nxt: int) -> int:
        """"less than 30 or equal to 30": the same number said again as equal closes the open bound.

        Returns how many values it took (0 or 1)."""
        r = self.r
        size = r.match_at(q.last + 1, r.L.or_equal) if r.L.or_equal else 0
        if not size or nxt >= len(self.values):
            return 0
        w = self.values[nxt]
        bound = q.low if q.kind == "lower" else q.high
        if w.i != q.last + 1 + size or w.kind != "num" or w.value != bound:
            return 0
        if q.kind == "lower":
            q.low_open = False
        else:
            q.high_open = False
        q.rule += f" {_words(r, q.last + 1, w.j)!r} takes {_fmt(bound)} in."
        q.last = w.j
        return 1

    def composite(self, q: Quantity, nxt: int, used: int) -> tuple[Quantity, int]:
        """"more than 20 and less than 35", "10보다 크고 20보다 작다": a floor and a ceiling joined."""
        r = self.r
        if q.kind not in ("lower", "upper") or nxt >= len(self.values):
            return q, used
        k = q.last + 1
        jsize = 0
        for phrase in r.L.composite_joins:
            size = len(phrase)
            if size > jsize and tuple(t[1] for t in r.toks[k:k + size]) == phrase:
                jsize = size
        other, other_used = self.one(nxt, composite=False)
        if other is None or other.first != k + jsize or other.kind not in ("lower", "upper") or other.kind == q.kind \
                or other.unit != q.unit:
            return q, used
        lo_q, hi_q = (q, other) if q.kind == "lower" else (other, q)
        low, low_open = lo_q.low, lo_q.low_open
        high, high_open = hi_q.high, hi_q.high_open
        if low > high or (low == high and (low_open or high_open)):
            return q, used
        rule = lazy_rule("composite", lower=lo_q.rule, upper=hi_q.rule, low=low,
                        high=high)
        return Quantity(q.first, other.last, low, high, low_open, high_open, None, q.approx or other.approx,
                         "range", rule, q.currency or other.currency, q.unit), used + other_used
