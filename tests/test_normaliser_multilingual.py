"""Ukrainian, Russian and Korean phrases, read as a native reader would; worked out by hand."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import find_ranges, parse_range
from analysis.script import detect_language

INF = math.inf

# The hand-checked phrases and their ranges are data: tests/specs/<lang>.yaml (tests/test_normaliser_specs.py).
from test_normaliser_specs import CASES as SPEC_CASES  # noqa: E402

CASES = [(lang, case["phrase"]) for lang, case in SPEC_CASES if lang != "en"]


@pytest.mark.parametrize("lang, phrase", CASES)
def test_auto_detects_the_language(lang, phrase):
    if not any(ch.isalpha() for ch in phrase):
        return  # digits alone carry no script
    assert detect_language(phrase) == lang or (lang in ("uk", "ru") and detect_language(phrase) in ("uk", "ru"))
    assert parse_range(phrase, lang="auto").low == parse_range(phrase, lang=lang).low


@pytest.mark.parametrize("text", ["백악관", "만약", "한국", "세계", "이번 주", "2월 27일", "1월", "3시 30분",
                                  "구조", "구조대", "조사", "사건", "칠명"])
def test_korean_words_that_are_not_numbers(text):
    from analysis import find_ranges

    assert find_ranges(text, lang="ko") == []


@pytest.mark.parametrize("particle", ["에", "에서", "로", "까지"])
@pytest.mark.parametrize("man, n", [(45, 450_000), (3, 30_000)])
def test_korean_man_glued_after_a_particle_is_only(particle, man, n):
    # "이번 주에만 45만 명": 만 after the particle 에 is "only" (no 10,000 of its own, no age marker for what follows);
    # the count is 45 * 10,000 people
    from analysis import find_ranges

    found = find_ranges(f"이번 주{particle}만 약 {man}만 명이 대피했다", lang="ko")
    assert [(r.best, r.approx, r.unit) for r in found] == [(n, True, None)]
    found = find_ranges(f"이번 주{particle}만 {man}만 명이 대피했다", lang="ko")
    assert [(r.low, r.high, r.unit) for r in found] == [(n, n, None)]


@pytest.mark.parametrize("lang, text, currency, value", [
    ("ru", "выплатят по 300 тыс. рублей", "RUB", 300_000), ("ru", "ущерб в 4 млн. долларов", "USD", 4_000_000),
    ("uk", "виділили 12 млн. гривень", "UAH", 12_000_000), ("uk", "по 50 тис. гривень", "UAH", 50_000)])
def test_a_currency_after_an_abbreviated_scale_and_its_full_stop(lang, text, currency, value):
    # "тыс." / "млн." end with their own full stop; the currency word after it is still the amount's
    from analysis import find_ranges

    [r] = find_ranges(text, lang=lang)
    assert (r.currency, r.low, r.high) == (currency, value, value)
    assert r.text.endswith(text.split()[-1])


@pytest.mark.parametrize("text", ["до 2025 року", "у 2024 році", "1-й батальйон"])
def test_ukrainian_non_quantities(text):
    from analysis import find_ranges

    assert find_ranges(text, lang="uk") == []


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**15), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009", "."]), st.sampled_from(["uk", "ru"]))
def test_integers_in_cyrillic_digit_style(n, sep, lang):
    text = f"{n:,}".replace(",", sep)
    r = parse_range(text, lang=lang)
    assert r.low == r.high == n


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**15), st.sampled_from(["", "명", " 명"]))
def test_integers_in_korean_digit_style(n, counter):
    r = parse_range(f"{n:,}{counter}", lang="ko")
    assert r.low == r.high == n


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9999), st.integers(0, 9999))
def test_korean_man_units(man, rest):
    # 1만 = 10,000: "12만3456" is 12 * 10,000 + 3,456
    text = f"{man}만" + (f"{rest}" if rest else "")
    assert parse_range(text, lang="ko").low == man * 10000 + rest


@pytest.mark.parametrize("lang, text, low, high", [("uk", "25%", 25, 25), ("uk", "10 відсотків", 10, 10),
                                                  ("ru", "от 40 до 60 процентов", 40, 60), ("ko", "12퍼센트", 12, 12)])
def test_shares_have_a_unit(lang, text, low, high):
    (r,) = find_ranges(text, lang=lang)
    assert (r.low, r.high, r.unit) == (low, high, "%")


@pytest.mark.parametrize("lang, text, old, new", [
    ("en", "the toll rose from 30 to 40", 30, 40), ("en", "went up from 1,200 to 3,000", 1200, 3000),
    ("ru", "число погибших выросло с 30 до 40", 30, 40), ("ru", "выросло уже с 30 до 40", 30, 40),
    ("uk", "кількість зросла з 30 до 40 осіб", 30, 40), ("uk", "скоротилася з 500 до 200", 500, 200),
    ("ko", "사망자가 100명에서 200명으로 늘었다", 100, 200), ("ko", "5만 명에서 3만 명으로 줄었다", 50000, 30000),
])
def test_from_to_after_a_verb_of_change_is_two_figures(lang, text, old, new):
    # a change from one figure to another is not the range between them; the new figure is no ceiling
    rs = find_ranges(text, lang=lang)
    assert [(r.low, r.high, r.kind) for r in rs] == [(old, old, "point"), (new, new, "point")]


@pytest.mark.parametrize("lang, text, low, high", [
    ("en", "from 30 to 40", 30, 40), ("uk", "з 30 до 40", 30, 40), ("ru", "от 30 до 40", 30, 40),
    ("en", "plans to cut up to 40 jobs", 0, 40), ("uk", "зросла вже до 40", 40, 40), ("ru", "выросло до 40", 40, 40),
    ("ko", "10명에서 20명", 10, 20), ("ko", "1만 명에서 2만 명으로 추정된다", 10000, 20000),
])
def test_a_range_or_ceiling_without_a_change_stays(lang, text, low, high):
    (r,) = find_ranges(text, lang=lang)
    assert (r.low, r.high) == (low, high)


@pytest.mark.parametrize("lang, text", [("uk", "пів години"), ("ru", "пол часа"), ("ru", "вымыть пол")])
def test_a_half_word_apart_counts_only_before_a_scale(lang, text):
    assert find_ranges(text, lang=lang) == []


@pytest.mark.parametrize("lang, text", [("uk", "наказ № 5"), ("ru", "приказ № 300"), ("en", "case # 12")])
def test_a_number_after_a_number_sign_is_no_count(lang, text):
    assert find_ranges(text, lang=lang) == []


@pytest.mark.parametrize("lang, text, unit", [("ru", "сотни три", 100), ("ru", "тысячи три", 1000), ("uk", "тисячі людей", 1000)])
def test_a_plural_scale_before_a_unit_word_stays_vague(lang, text, unit):
    # "тысячи три" is about three thousand said in inverted order, not 1,003; the plural stays vague
    assert find_ranges(text, lang=lang)[0].kind == "vague"
