"""Properties of the normaliser and the interval arithmetic, checked by hypothesis."""

import math

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import AmbiguousQuantityError, NoQuantityError, Range, find_ranges, parse_range

LANGS = ["en", "uk", "ru", "ko", "auto"]
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

number_words = st.sampled_from([
    "about", "around", "nearly", "at least", "more than", "up to", "fewer than", "between", "and", "to", "-",
    "–", "or more", "hundred", "thousand", "million", "dozens", "hundreds", "several", "a few", "half", "a",
    "twenty", "five", "one", "of", "the", "$", "%", "GMT", "+", "Feb.", "2025", "1,200", "3", ",", ".", "0",
    "тис.", "понад", "близько", "тысяч", "более", "около", "천", "만", "여", "명", "이상", "약", "수천",
])
newsy = st.lists(st.one_of(number_words, st.integers(0, 10**7).map(str), st.text(max_size=4)),
                 max_size=12).map(" ".join)


def check_range(r: Range, text: str) -> None:
    assert r.low <= r.high
    if r.best is not None:
        assert r.low <= r.best <= r.high
    assert text[r.start:r.end] == r.text
    assert r.rule


@SETTINGS
@given(st.one_of(st.text(), newsy), st.sampled_from(LANGS))
def test_arbitrary_text_never_crashes(text, lang):
    for r in find_ranges(text, lang=lang):
        check_range(r, text)
    try:
        r = parse_range(text, lang=lang)
    except (NoQuantityError, AmbiguousQuantityError) as error:
        assert repr(text) in str(error) or len(text) > 0
    else:
        assert r.low <= r.high


@st.composite
def ranges(draw):
    """Ranges of every kind, drawn directly."""
    kind = draw(st.sampled_from(["point", "range", "lower", "upper", "approx", "vague"]))
    a = draw(st.integers(-10**9, 10**12)) / draw(st.sampled_from([1, 1, 1, 10, 100]))
    b = a + draw(st.integers(1, 10**9)) / draw(st.sampled_from([1, 2, 4]))
    currency = draw(st.sampled_from([None, None, "USD", "EUR"]))
    if kind == "point":  # "-5" alone is a dash before a count, never a negative count, so points are >= 0
        return Range(abs(a), abs(a), best=abs(a), currency=currency)
    if kind == "range":
        return Range(a, b, draw(st.booleans()), draw(st.booleans()), kind="range", currency=currency)
    if kind == "lower":
        return Range(a, math.inf, low_open=draw(st.booleans()), kind="lower", currency=currency)
    if kind == "upper":
        high = abs(b) + 1
        return Range(0.0, high, high_open=draw(st.booleans()), kind="upper", currency=currency)
    if kind == "approx":
        best = (a + b) / 2
        return Range(a, b, False, draw(st.booleans()), best, True, "approx", currency=currency)
    return Range(a, b, False, True, None, True, "vague", currency=currency)


def same(r1: Range, r2: Range) -> None:
    assert (r2.low, r2.high, r2.low_open, r2.high_open) == (r1.low, r1.high, r1.low_open, r1.high_open)
    assert (r2.best, r2.kind, r2.approx, r2.currency) == (r1.best, r1.kind, r1.approx, r1.currency)


@SETTINGS
@given(ranges())
def test_str_reads_back_for_drawn_ranges(r):
    same(r, parse_range(str(r)))


templates = st.sampled_from([
    "{n}", "about {n}", "nearly {n}", "just over {n}", "at least {n}", "more than {n}", "up to {n}",
    "fewer than {n}", "{n} or more", "between {n} and {m}", "{n} to {m}", "some {n} or more", "hundreds",
    "several thousand", "tens of thousands", "no casualties", "{n}+", "more than {n} and less than {m}",
])


@SETTINGS
@given(templates, st.integers(0, 10**9), st.integers(1, 10**6))
def test_str_reads_back_for_parsed_phrases(template, n, gap):
    phrase = template.format(n=f"{n:,}", m=f"{n + gap:,}")
    r = parse_range(phrase)
    same(r, parse_range(str(r)))


@SETTINGS
@given(st.integers(0, 10**15), st.sampled_from([",", " ", "\u202f", "\u00a0", "\u2009", ""]))
def test_integers_with_separators_read_back_exactly(n, sep):
    text = f"{n:,}".replace(",", sep)
    r = parse_range(text)
    assert r.low == r.high == r.best == n


@SETTINGS
@given(st.integers(0, 10**12), st.sampled_from(["about", "around", "roughly", "nearly", "just over"]))
def test_hedges_keep_the_stated_value_as_best(n, hedge):
    r = parse_range(f"{hedge} {n:,}")
    assert r.best == n and r.approx
    assert r.low <= n <= r.high


@SETTINGS
@given(ranges(), ranges())
def test_interval_arithmetic(a, b):
    if a.currency != b.currency:
        return
    total = a + b
    assert total.low == a.low + b.low
    if math.isfinite(a.high) and math.isfinite(b.high):
        assert total.high == a.high + b.high
    hull = a.union_hull(b)
    assert hull.low <= min(a.low, b.low) and hull.high >= max(a.high, b.high)
    both = a.intersection(b)
    assert (both is not None) == a.overlaps(b) == b.overlaps(a)
    if both is not None:
        assert both.low >= max(a.low, b.low) and both.high <= min(a.high, b.high)
        mid = both.low if both.contains(both.low) else (both.high if both.contains(both.high) else None)
        if mid is not None:
            assert a.contains(mid) and b.contains(mid)


def test_long_hostile_text_is_read_a_window_at_a_time():
    # a phrase on each side of a window's edge is still found, with offsets into the whole text
    from analysis.normalise.reader import _WINDOW

    filler = "word " * (_WINDOW // 5 + 7)
    text = "about 300 died. " + filler + "more than 1,000 fled. " + filler + "12% left."
    found = find_ranges(text)
    assert [r.text for r in found] == ["about 300", "more than 1,000", "12%"]
    for r in found:
        assert text[r.start:r.end] == r.text
    dense = "1-" * (_WINDOW * 2) + " 40 to 60 soldiers"
    assert [r.text for r in find_ranges(dense)] == ["40 to 60"]


# ---------------------------------------------------------------------------------
# Every language, with text made of the language's own words
# ---------------------------------------------------------------------------------

def _table_words(lang: str) -> list[str]:
    """Every word and phrase of a language table (keys and values), in a stable order."""
    from analysis.normalise.lexicon import load_table, table_strings

    return sorted({text for text in table_strings(load_table(lang)) if text.strip()})


_PUNCT = list(",.;:!?-–—()[]\"'«»“”%+±/…") + ["  ", "\n", "\u00a0", "\u202f"]


def _language_text(lang: str):
    words = st.sampled_from(_table_words(lang))
    digits = st.one_of(
        st.integers(0, 10**9).map(str),
        st.integers(0, 10**9).map(lambda n: f"{n:,}"),
        st.integers(0, 10**7).map(lambda n: f"{n:,}".replace(",", " ")),
        st.decimals(0, 10**6, places=2, allow_nan=False, allow_infinity=False).map(str),
        st.from_regex(r"[0-9٠-٩０-９]{1,6}", fullmatch=True),
    )
    piece = st.one_of(words, words, digits, st.sampled_from(_PUNCT), st.text(max_size=3))
    return st.lists(piece, max_size=14).flatmap(
        lambda parts: st.lists(st.sampled_from([" ", "", " ", ", "]), min_size=len(parts), max_size=len(parts))
        .map(lambda seps: "".join(p + s for p, s in zip(parts, seps))))


LANG_SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_found(text: str, lang: str) -> None:
    found = find_ranges(text, lang=lang)
    previous_end = 0
    for r in found:
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start:r.end] == r.text
        assert r.start >= previous_end, "spans in order and not overlapping"
        previous_end = r.end
        assert r.low <= r.high
        if r.best is not None:
            assert r.low <= r.best <= r.high
        if r.unit is None and not (r.kind == "upper" and r.high <= 0):
            # a count is never negative (only a ceiling at or below zero, "below 0", reaches under it)
            assert r.low >= 0, r
    try:
        r = parse_range(text, lang=lang)
    except (NoQuantityError, AmbiguousQuantityError):
        pass
    else:
        assert r.low <= r.high


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "ko"])
def test_text_of_each_language_reads_safely(lang):
    @LANG_SETTINGS
    @given(_language_text(lang))
    def check(text):
        _check_found(text, lang)

    check()


@SETTINGS
@given(st.lists(st.one_of(st.integers(0, 10**7).map(lambda n: f"{n:,}".replace(",", " ")),
                          st.integers(0, 999).map(str), st.sampled_from(["about", "to", "x", "(", ")", "-", ",", "."])),
                max_size=10).map(" ".join), st.sampled_from(["en", "uk", "ru"]))
def test_space_grouped_numbers_tokenize_as_if_read_whole(text, lang):
    # only the stretch around "12 000" is tokenized whole; the tokens are those of the whole text read at once
    from analysis.normalise.lexicon import lexicon

    L = lexicon(lang)
    fast = [(t[0], t[1], t[2], t[3]) for t in L.tokenize(text)]
    whole = [(t[0], t[1], t[2], t[3]) for t in L._tokenize_span(text, 0, len(text))]
    assert fast == whole


def test_noise_is_one_token_and_numbers_next_to_it_are_read():
    from analysis.normalise.lexicon import lexicon

    # a run of symbols keeps its first and last symbol; the chain of glued numbers is one placeholder
    tokens = lexicon("en").tokenize("((((((12)))))) 1-2-3-4-5-6-7-8-9-10 !?!?!?!", collapse=True)
    assert [t[1] for t in tokens] == ["(", "\x01", "(", "12", ")", "\x01", ")", "\x01", "!", "\x01", "!"]
    assert [(r.text, r.low) for r in find_ranges("((((((12)))))) soldiers; 1-2-3-4-5-6-7-8-9 and ((about 300))")] \
        == [("12", 12), ("about 300", 270)]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(newsy, min_size=1, max_size=6), st.sampled_from(LANGS), st.integers(1, 2))
def test_iter_ranges_gives_what_find_ranges_gives(pieces, lang, repeat):
    # long enough to be read in several windows: every range the same, in the same order
    from analysis.normalise import iter_ranges
    from analysis.normalise.reader import _WINDOW

    text = (" ".join(pieces) + ". ") * (repeat * _WINDOW // max(1, len(" ".join(pieces)) + 2) + 1)
    found = list(iter_ranges(text, lang=lang))
    assert found == find_ranges(text, lang=lang)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for r in found:
        check_range(r, text)


def _age_forms(lang: str) -> list[str]:
    from analysis.normalise.lexicon import load_table

    return sorted(load_table(lang).get("age_words") or {})


AGE_TEXTS = {
    "en": ["a {n}-year-old", "{n} years old", "aged {n}", "the {n}-years-old"],
    "ko": ["{n}세", "{n}살", "만 {n}세"],
    "ru": ["в возрасте {n} лет"] + [f"{{n}}-{w}" for w in _age_forms("ru")],
    "uk": ["у віці {n} років", "віком {n} років"] + [f"{{n}}-{w}" for w in _age_forms("uk")],
}
COUNT_TEXTS = {"en": "{c} people aged over {n}", "ru": "{c} человек в возрасте старше {n} лет",
               "uk": "{c} людей віком понад {n} років", "ko": "{n}세 이상 어린이 {c}명"}


@SETTINGS
@given(st.sampled_from([(lang, t) for lang, ts in AGE_TEXTS.items() for t in ts]), st.integers(1, 119))
def test_an_age_is_never_a_count(case, n):
    lang, template = case
    (r,) = find_ranges(template.format(n=n), lang=lang)
    assert (r.low, r.high, r.kind) == (n, n, "point")
    assert r.unit is not None and r.unit.endswith("of age")


@SETTINGS
@given(st.sampled_from(sorted(COUNT_TEXTS)), st.integers(2, 10**6), st.integers(1, 99))
def test_a_count_beside_an_age_stays_a_count(lang, c, n):
    ranges = find_ranges(COUNT_TEXTS[lang].format(c=f"{c}", n=n), lang=lang)
    counts = [r for r in ranges if r.unit is None]
    ages = [r for r in ranges if r.unit is not None]
    assert [(r.low, r.high) for r in counts] == [(c, c)]
    assert [(r.low, r.high, r.low_open) for r in ages] == [(n, math.inf, lang != "ko")]


format_character = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u202e",
                                    "\u2066", "\U000e0041"])


@SETTINGS
@given(st.one_of(st.text(max_size=30), newsy), st.data(), st.sampled_from(LANGS[:4]))
def test_a_format_character_inserted_anywhere_changes_no_number(text, data, lang):
    """An invisible character changes nothing that is read: the same quantities, spans in the new text."""
    at = data.draw(st.integers(0, len(text)))
    cf = data.draw(format_character)
    changed = text[:at] + cf + text[at:]
    before = [(r.low, r.high, r.best, r.kind, r.unit) for r in find_ranges(text, lang=lang)]
    after = find_ranges(changed, lang=lang)
    assert [(r.low, r.high, r.best, r.kind, r.unit) for r in after] == before
    for r in after:
        check_range(r, changed)
