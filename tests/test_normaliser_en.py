"""English phrases, worked out by hand from the conventions in the README.

A hedge reaches h each way: 10% of n when n is round (one significant digit, or two
ending in 5: 300, 1,500, 15), 5% with two significant digits (1,200), 2% otherwise, at
least 1 (standard band).
"""

import math

import pytest

from analysis import AmbiguousQuantityError, NoQuantityError, find_ranges, parse_range

INF = math.inf

# phrase, low, high, low_open, high_open, best, kind
CASES = [
    # the five phrases of the seed article
    ("about 300", 270, 330, False, False, 300, "approx"),
    ("2,700", 2700, 2700, False, False, 2700, "point"),
    ("4,000", 4000, 4000, False, False, 4000, "point"),
    ("around 1,200", 1140, 1260, False, False, 1200, "approx"),
    ("10,000 to 12,000", 10000, 12000, False, False, None, "range"),
    ("an additional 1,000 to 3,000", 1000, 3000, False, False, None, "range"),
    # ranges
    ("between 10 and 20", 10, 20, False, False, None, "range"),
    ("from 10 to 20", 10, 20, False, False, None, "range"),
    ("10-20", 10, 20, False, False, None, "range"),
    ("10–20", 10, 20, False, False, None, "range"),
    ("11-12,000", 11000, 12000, False, False, None, "range"),
    ("70 or 80,000", 70000, 80000, False, False, None, "range"),
    ("two or three", 2, 3, False, False, None, "range"),
    ("between 2 and 3 million", 2_000_000, 3_000_000, False, False, None, "range"),
    ("between 1 and 10,000", 1, 10000, False, False, None, "range"),
    # bounds
    ("at least 100", 100, INF, False, True, None, "lower"),
    ("no fewer than 50", 50, INF, False, True, None, "lower"),
    ("300 or more", 300, INF, False, True, None, "lower"),
    ("5+", 5, INF, False, True, None, "lower"),
    ("≥ 10", 10, INF, False, True, None, "lower"),
    (">= 10", 10, INF, False, True, None, "lower"),
    ("30 or greater", 30, INF, False, True, None, "lower"),
    ("20 and more", 20, INF, False, True, None, "lower"),
    ("greater than or equal to 30", 30, INF, False, True, None, "lower"),
    ("more than 1,000", 1000, INF, True, True, None, "lower"),
    ("over 3,000", 3000, INF, True, True, None, "lower"),
    ("exceeded 200", 200, INF, True, True, None, "lower"),
    ("topped 5,000", 5000, INF, True, True, None, "lower"),
    ("surpassed 3,000", 3000, INF, True, True, None, "lower"),
    ("up to 8,000", 0, 8000, False, False, None, "upper"),
    ("as many as 8,000", 0, 8000, False, False, None, "upper"),
    ("no more than 40", 0, 40, False, False, None, "upper"),
    ("less or equal than 20", 0, 20, False, False, None, "upper"),
    ("<= 7", 0, 7, False, False, None, "upper"),
    ("fewer than 1,000", 0, 1000, False, True, None, "upper"),
    ("under 50", 0, 50, False, True, None, "upper"),
    ("more than 20 and less than 35", 20, 35, True, True, None, "range"),
    ("at most 100 and at least 20", 20, 100, False, False, None, "range"),
    # hedges (u: 300 -> 100, 1,000 -> 1,000, 1,100 -> 100, 15 -> 1, 12,000 -> 1,000)
    ("approximately 1,100", 1045, 1155, False, False, 1100, "approx"),
    ("some 300", 270, 330, False, False, 300, "approx"),
    ("an estimated 15", 13.5, 16.5, False, False, 15, "approx"),
    ("~300", 270, 330, False, False, 300, "approx"),
    ("c. 300", 270, 330, False, False, 300, "approx"),
    ("nearly 1,000", 900, 1000, False, True, 1000, "approx"),
    ("almost 1,100", 1045, 1100, False, True, 1100, "approx"),
    ("just over 1,000", 1000, 1100, True, False, 1000, "approx"),
    ("some 12-thousand", 11400, 12600, False, False, 12000, "approx"),
    ("some 15-hundred", 1350, 1650, False, False, 1500, "approx"),
    ("some 3,000 or more", 2700, INF, False, True, None, "lower"),
    # vague: [2 unit, 10 unit)
    ("dozens", 24, 120, False, True, None, "vague"),
    ("hundreds", 200, 1000, False, True, None, "vague"),
    ("several hundred", 200, 1000, False, True, None, "vague"),
    ("a few thousand", 2000, 10000, False, True, None, "vague"),
    ("thousands", 2000, 10000, False, True, None, "vague"),
    ("tens of thousands", 20000, 100000, False, True, None, "vague"),
    ("hundreds of thousands", 200000, 1000000, False, True, None, "vague"),
    ("several dozen", 24, 120, False, True, None, "vague"),
    ("several", 2, 10, False, True, None, "vague"),
    # zero
    ("no casualties", 0, 0, False, False, 0, "point"),
    ("none", 0, 0, False, False, 0, "point"),
    # numbers
    ("1.5 million", 1_500_000, 1_500_000, False, False, 1_500_000, "point"),
    ("12-thousand", 12000, 12000, False, False, 12000, "point"),
    ("four-thousand-100", 4100, 4100, False, False, 4100, "point"),
    ("half a million", 500_000, 500_000, False, False, 500_000, "point"),
    ("a dozen", 12, 12, False, False, 12, "point"),
    ("twenty", 20, 20, False, False, 20, "point"),
    ("thirty five", 35, 35, False, False, 35, "point"),
    ("twenty-five", 25, 25, False, False, 25, "point"),
    ("one hundred and twelve", 112, 112, False, False, 112, "point"),
    ("a couple", 2, 2, False, False, 2, "point"),
    ("a pair", 2, 2, False, False, 2, "point"),
    ("a thousand", 1000, 1000, False, False, 1000, "point"),
    ("Two", 2, 2, False, False, 2, "point"),
    ("nine", 9, 9, False, False, 9, "point"),
    ("twenty five hundred", 2500, 2500, False, False, 2500, "point"),
    ("two million three hundred thousand", 2_300_000, 2_300_000, False, False, 2_300_000, "point"),
    ("100k", 100_000, 100_000, False, False, 100_000, "point"),
    ("3bn", 3_000_000_000, 3_000_000_000, False, False, 3_000_000_000, "point"),
    ("1 000 000", 1_000_000, 1_000_000, False, False, 1_000_000, "point"),
    ("12\u202f300", 12300, 12300, False, False, 12300, "point"),
    ("1,234.5", 1234.5, 1234.5, False, False, 1234.5, "point"),
    ("- 5", 5, 5, False, False, 5, "point"),  # a dash before the number, not a sign
    ("one and a half million", 1_500_000, 1_500_000, False, False, 1_500_000, "point"),
    ("only 350", 350, 350, False, False, 350, "point"),
    ("a North Korean soldier", 1, 1, False, False, 1, "point"),
    ("roughly half of the 11-12,000 strong North Korean contingent", 5500, 6000, False, False, None, "range"),
    ("½", 0.5, 0.5, False, False, 0.5, "point"),
    ("1½", 1.5, 1.5, False, False, 1.5, "point"),
    ("3/4", 0.75, 0.75, False, False, 0.75, "point"),
    ("3 million-4 million", 3_000_000, 4_000_000, False, False, None, "range"),
    ("1.5-2 billion", 1_500_000_000, 2_000_000_000, False, False, None, "range"),
    ("two hundred dozen", 2400, 2400, False, False, 2400, "point"),
    ("half a dozen", 6, 6, False, False, 6, "point"),
    ("two point two million", 2_200_000, 2_200_000, False, False, 2_200_000, "point"),
    ("over a hundred", 100, INF, True, True, None, "lower"),
    ("between two and three thousand", 2000, 3000, False, False, None, "range"),
]


@pytest.mark.parametrize("phrase, low, high, low_open, high_open, best, kind", CASES)
def test_english_phrases(phrase, low, high, low_open, high_open, best, kind):
    r = parse_range(phrase)
    assert (r.low, r.high) == (low, high)
    assert (r.low_open, r.high_open) == (low_open, high_open)
    assert r.best == best
    assert r.kind == kind
    assert r.rule and r.rule.endswith(".")
    assert r.lang == "en"


@pytest.mark.parametrize("phrase, amount, code", [
    ("$1.5 billion", 1_500_000_000, "USD"),
    ("US$40 billion", 40_000_000_000, "USD"),
    ("A$300", 300, "AUD"),
    ("£5m", 5_000_000, "GBP"),
    ("€20", 20, "EUR"),
    ("USD 100", 100, "USD"),
    ("500 dollars", 500, "USD"),
    ("10 yuan", 10, "CNY"),
    ("3 million euros", 3_000_000, "EUR"),
])
def test_currency(phrase, amount, code):
    r = parse_range(phrase)
    assert r.low == r.high == amount
    assert r.currency == code


def test_hedged_rule_says_why():
    r = parse_range("about 300")
    assert "about" in r.rule and "270" in r.rule and "330" in r.rule and "round" in r.rule


def test_errors_quote_the_input():
    with pytest.raises(NoQuantityError, match="'officials said'") as info:
        parse_range("officials said")
    assert isinstance(info.value, ValueError)


def test_an_indefinite_article_counts_one_only_before_a_noun():
    assert parse_range("a North Korean soldier").low == 1
    assert parse_range("a handful").kind == "vague"
    for phrase in ("a lot of soldiers", "a number of troops", "a majority"):
        with pytest.raises(NoQuantityError):
            parse_range(phrase)


def test_no_quantity_and_ambiguous():
    with pytest.raises(NoQuantityError, match="'no number here'"):
        parse_range("no number here")
    with pytest.raises(AmbiguousQuantityError, match="'300 killed and 2,700 wounded'"):
        parse_range("300 killed and 2,700 wounded")
    with pytest.raises(NoQuantityError):
        parse_range("")


@pytest.mark.parametrize("bad", [None, 300, b"about 300", ["about 300"]])
def test_type_error(bad):
    with pytest.raises(TypeError):
        parse_range(bad)
    with pytest.raises(TypeError):
        find_ranges(bad)


SEED = ("In January, the NIS said about 300 North Korean soldiers had died and 2,700 had been injured. "
        "Zelenskyy earlier put the number of killed or wounded North Koreans at 4,000, although U.S. "
        "estimates were lower at around 1,200.")


def test_find_ranges_offsets():
    found = find_ranges(SEED)
    assert [r.text for r in found] == ["about 300", "2,700", "4,000", "around 1,200"]
    for r in found:
        assert SEED[r.start:r.end] == r.text


@pytest.mark.parametrize("text", [
    "In 2024 the war went on.",
    "On Feb. 7 he spoke; on 7 February 2025 too; and on February 28, 2025.",
    "28 Feb 2025, 03:04 GMT+10",
    "at 10 a.m. and 3 pm",
    "the 3rd battalion and the first unit",
    "F-16 jets, COVID-19, G20 and Su-25s",
    "the 1990s",
    "2024-10-18 and 18.10.2024",
])
def test_not_quantities(text):
    assert find_ranges(text) == []


def test_part_of_a_larger_number_is_not_reported():
    found = find_ranges("12,000 troops and 1.5 million shells and some 15-hundred men")
    assert [r.text for r in found] == ["12,000", "1.5 million", "some 15-hundred"]


def test_year_next_to_a_count():
    found = find_ranges("By December 2024, 1,500 troops had arrived; in 2025 about 2000 more came.")
    assert [(r.text, r.low) for r in found] == [("1,500", 1500.0), ("about 2000", 1800.0)]


def test_auto_language():
    assert parse_range("about 300", lang="auto").lang == "en"


def test_percentages_are_shares_not_counts():
    found = find_ranges("a rise of 25% or 10 percent, 10-15% and 3 per cent")
    assert [(r.text, r.low, r.high, r.unit) for r in found] == [
        ("25%", 25, 25, "%"), ("10 percent", 10, 10, "%"), ("10-15%", 10, 15, "%"), ("3 per cent", 3, 3, "%")]


@pytest.mark.parametrize("band, low, high", [("narrow", 9500, 10500), ("standard", 9000, 11000),
                                             ("wide", 7500, 12500)])
def test_hedge_bands(band, low, high):
    # "about 10,000": one significant digit, so 5%, 10% or 25% of it each way
    r = parse_range("about 10,000", band=band)
    assert (r.low, r.high, r.best) == (low, high, 10000)


def test_unknown_band_lists_the_accepted_ones():
    from analysis.errors import InputError
    from analysis.normalise import BANDS

    assert BANDS == ("narrow", "standard", "wide")
    with pytest.raises(InputError, match="narrow, standard, wide"):
        find_ranges("about 300", band="loose")


@pytest.mark.parametrize("text", ["-300 soldiers were killed", "minus 300 soldiers", "−300"])
def test_a_minus_before_a_count_is_never_read_as_a_negative_count(text):
    assert find_ranges(text) == []
    with pytest.raises(NoQuantityError, match="a count is never negative"):
        parse_range(text)
    assert [r.text for r in find_ranges("killed: - 300")] == ["300"]


def test_digits_of_different_scripts_are_not_one_number():
    assert find_ranges("300\u0663\u0660\u0660\uff13\uff10\uff10") == []
    assert find_ranges("about \u0663\u0660\u0660 killed")[0].best == 300


@pytest.mark.parametrize("digits", [31, 400, 5000])
def test_a_number_past_the_digit_limit_is_skipped_or_refused(digits):
    text = "1" * digits + " troops and 20 tanks"
    assert [r.text for r in find_ranges(text)] == ["20"]
    with pytest.raises(NoQuantityError, match="longer than 30 digits"):
        parse_range("1" * digits)
    assert find_ranges("$" + "9" * digits) == []


def test_chains_of_numbers_are_identifiers():
    assert find_ranges("call 1-800-555-0199 now") == []
    assert find_ranges("1-1-1-1-1-1") == []
