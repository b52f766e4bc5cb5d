"""Ukrainian, Russian and Korean phrases, read as a native reader would; worked out by hand."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import find_ranges, parse_range
from analysis.script import detect_language

INF = math.inf

# lang, phrase, low, high, low_open, high_open, kind
CASES = [
    # Ukrainian
    ("uk", "перевищує вже 3 тис.", 3000, INF, True, True, "lower"),       # "already exceeds 3 thousand"
    ("uk", "122 883", 122883, 122883, False, False, "point"),
    ("uk", "1,5 млн", 1_500_000, 1_500_000, False, False, "point"),        # decimal comma
    ("uk", "1.500", 1500, 1500, False, False, "point"),                    # dot as thousands separator
    ("uk", "двадцять п'ять", 25, 25, False, False, "point"),
    ("uk", "двадцять п’ять", 25, 25, False, False, "point"),               # typographic apostrophe
    ("uk", "сто двадцять три тисячі", 123000, 123000, False, False, "point"),
    ("uk", "одна тисяча", 1000, 1000, False, False, "point"),
    ("uk", "понад 3 тисячі", 3000, INF, True, True, "lower"),
    ("uk", "більше ніж 10", 10, INF, True, True, "lower"),
    ("uk", "щонайменше 100", 100, INF, False, True, "lower"),
    ("uk", "не менше 50", 50, INF, False, True, "lower"),
    ("uk", "принаймні 20", 20, INF, False, True, "lower"),
    ("uk", "до 8 тисяч", 0, 8000, False, False, "upper"),
    ("uk", "не більше 40", 0, 40, False, False, "upper"),
    ("uk", "менше 1000", 0, 1000, False, True, "upper"),
    ("uk", "близько 300", 270, 330, False, False, "approx"),
    ("uk", "приблизно 1,2 тис.", 1140, 1260, False, False, "approx"),
    ("uk", "орієнтовно 600", 540, 660, False, False, "approx"),
    ("uk", "майже 1000", 900, 1000, False, True, "approx"),
    ("uk", "від 10 до 12 тис.", 10000, 12000, False, False, "range"),
    ("uk", "між 10 і 20", 10, 20, False, False, "range"),
    ("uk", "кілька тисяч", 2000, 10000, False, True, "vague"),
    ("uk", "сотні", 200, 1000, False, True, "vague"),
    ("uk", "десятки тисяч", 20000, 100000, False, True, "vague"),
    ("uk", "кількасот", 200, 1000, False, True, "vague"),
    ("uk", "не більше 5 і не менше 2", 2, 5, False, False, "range"),
    # Russian
    ("ru", "10–12 тыс.", 10000, 12000, False, False, "range"),
    ("ru", "двадцати пяти", 25, 25, False, False, "point"),
    ("ru", "одна тысяча", 1000, 1000, False, False, "point"),
    ("ru", "триста тысяч", 300000, 300000, False, False, "point"),
    ("ru", "более 3 тыс.", 3000, INF, True, True, "lower"),
    ("ru", "свыше 1000", 1000, INF, True, True, "lower"),
    ("ru", "больше чем 10", 10, INF, True, True, "lower"),
    ("ru", "не менее 100", 100, INF, False, True, "lower"),
    ("ru", "по меньшей мере 50", 50, INF, False, True, "lower"),
    ("ru", "как минимум 10", 10, INF, False, True, "lower"),
    ("ru", "до 8 тысяч", 0, 8000, False, False, "upper"),
    ("ru", "не более 40", 0, 40, False, False, "upper"),
    ("ru", "менее 1000", 0, 1000, False, True, "upper"),
    ("ru", "около 300", 270, 330, False, False, "approx"),
    ("ru", "примерно 1200", 1140, 1260, False, False, "approx"),
    ("ru", "порядка 500", 450, 550, False, False, "approx"),
    ("ru", "почти 3000", 2700, 3000, False, True, "approx"),
    ("ru", "превышает 200", 200, INF, True, True, "lower"),
    ("ru", "от 10 до 20", 10, 20, False, False, "range"),
    ("ru", "между 10 и 20", 10, 20, False, False, "range"),
    ("ru", "несколько тысяч", 2000, 10000, False, True, "vague"),
    ("ru", "несколько сотен", 200, 1000, False, True, "vague"),
    ("ru", "десятки тысяч", 20000, 100000, False, True, "vague"),
    ("ru", "сотни", 200, 1000, False, True, "vague"),
    ("ru", "больше 10 и меньше 20", 10, 20, True, True, "range"),
    ("ru", "не больше 5 и не меньше 2", 2, 5, False, False, "range"),
    # Korean
    ("ko", "1만2천", 12000, 12000, False, False, "point"),
    ("ko", "1만 2000", 12000, 12000, False, False, "point"),
    ("ko", "120만", 1_200_000, 1_200_000, False, False, "point"),
    ("ko", "1억", 100_000_000, 100_000_000, False, False, "point"),
    ("ko", "삼백", 300, 300, False, False, "point"),
    ("ko", "천이백", 1200, 1200, False, False, "point"),
    ("ko", "이천칠백", 2700, 2700, False, False, "point"),
    ("ko", "만", 10000, 10000, False, False, "point"),
    ("ko", "한 명", 1, 1, False, False, "point"),
    ("ko", "두 명", 2, 2, False, False, "point"),
    ("ko", "스무 명", 20, 20, False, False, "point"),
    ("ko", "열두 명", 12, 12, False, False, "point"),
    ("ko", "약 300명", 270, 330, False, False, "approx"),
    ("ko", "300명 정도", 270, 330, False, False, "approx"),
    ("ko", "300명가량", 270, 330, False, False, "approx"),
    ("ko", "3천여 명", 3000, 4000, True, True, "approx"),        # more than 3,000, under the next thousand
    ("ko", "2,700여 명", 2700, 2800, True, True, "approx"),     # more than 2,700, under 2,800
    ("ko", "300명 이상", 300, INF, False, True, "lower"),
    ("ko", "300명 초과", 300, INF, True, True, "lower"),
    ("ko", "300명이 넘는", 300, INF, True, True, "lower"),
    ("ko", "최소 100명", 100, INF, False, True, "lower"),
    ("ko", "300명 이하", 0, 300, False, False, "upper"),
    ("ko", "300명 미만", 0, 300, False, True, "upper"),
    ("ko", "최대 8천 명", 0, 8000, False, False, "upper"),
    ("ko", "거의 3천 명", 2700, 3000, False, True, "approx"),
    ("ko", "수천 명", 2000, 10000, False, True, "vague"),
    ("ko", "수백 명", 200, 1000, False, True, "vague"),
    ("ko", "수십만", 200000, 1_000_000, False, True, "vague"),
    ("ko", "10~20", 10, 20, False, False, "range"),
    ("ko", "10∼20", 10, 20, False, False, "range"),
    ("ko", "10에서 20 사이", 10, 20, False, False, "range"),
    ("ko", "10 내지 20", 10, 20, False, False, "range"),
    ("ko", "10보다 크고 20보다 작다", 10, 20, True, True, "range"),
    ("ko", "10 이상 20 이하", 10, 20, False, False, "range"),
    ("ko", "10보다 많은", 10, INF, True, True, "lower"),
    ("ko", "10보다 크거나 같은", 10, INF, False, True, "lower"),
    ("ko", "5 또는 그 이상", 5, INF, False, True, "lower"),
    ("ko", "5 또는 그보다 적게", 0, 5, False, False, "upper"),
    ("ko", "일점오", 1.5, 1.5, False, False, "point"),           # 점 is the decimal point
    ("ko", "이분의 일", 0.5, 0.5, False, False, "point"),        # "of two parts, one"
    ("ko", "4분의 3", 0.75, 0.75, False, False, "point"),
    ("ko", "팔천만", 80_000_000, 80_000_000, False, False, "point"),
    ("ko", "백오십", 150, 150, False, False, "point"),
    ("ko", "두세 명", 2, 3, False, False, "range"),              # "two or three people"
    ("ko", "서너 명", 3, 4, False, False, "range"),
    ("ko", "대여섯 명", 5, 6, False, False, "range"),
    ("ko", "몇 명", 2, 10, False, True, "vague"),                # "a few people"
    ("ko", "일억 이천만", 120_000_000, 120_000_000, False, False, "point"),
    ("ko", "스물하나", 21, 21, False, False, "point"),
    ("ru", "полторы тысячи", 1500, 1500, False, False, "point"),
    ("ru", "три четверти", 0.75, 0.75, False, False, "point"),
    ("ru", "1 млн 200 тыс.", 1_200_000, 1_200_000, False, False, "point"),
    ("uk", "півтори тисячі", 1500, 1500, False, False, "point"),
    ("uk", "сімсот п'ятдесят", 750, 750, False, False, "point"),
    ("uk", "кілька десятків", 20, 100, False, True, "vague"),   # "several tens"
    ("uk", "понад дві тисячі", 2000, INF, True, True, "lower"),
    ("ru", "несколько десятков", 20, 100, False, True, "vague"),
    ("ru", "около двух тысяч", 1800, 2200, False, False, "approx"),
    ("ru", "два-три", 2, 3, False, False, "range"),
]


@pytest.mark.parametrize("lang, phrase, low, high, low_open, high_open, kind", CASES)
def test_phrases(lang, phrase, low, high, low_open, high_open, kind):
    r = parse_range(phrase, lang=lang)
    assert (r.low, r.high, r.low_open, r.high_open, r.kind) == (low, high, low_open, high_open, kind)
    assert r.lang == lang and r.rule


@pytest.mark.parametrize("lang, phrase", [(lang, phrase) for lang, phrase, *_ in CASES])
def test_auto_detects_the_language(lang, phrase):
    if not any(ch.isalpha() for ch in phrase):
        return  # digits alone carry no script
    assert detect_language(phrase) == lang or (lang in ("uk", "ru") and detect_language(phrase) in ("uk", "ru"))
    assert parse_range(phrase, lang="auto").low == parse_range(phrase, lang=lang).low


@pytest.mark.parametrize("text", ["백악관", "만약", "한국", "세계", "이번 주", "2월 27일", "1월", "3시 30분"])
def test_korean_words_that_are_not_numbers(text):
    from analysis import find_ranges

    assert find_ranges(text, lang="ko") == []


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
