"""English phrases, worked out by hand from the conventions in the README.

A hedge reaches h each way: 10% of n when n is round (one significant digit, or two
ending in 5: 300, 1,500, 15), 5% with two significant digits (1,200), 2% otherwise, at
least 1 (standard band).
"""

import math

import pytest

from analysis import AmbiguousQuantityError, NoQuantityError, find_ranges, parse_range

INF = math.inf

# The hand-checked phrases and their ranges are data: tests/specs/en.yaml (tests/test_normaliser_specs.py).


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


@pytest.mark.parametrize("text, points", [
    ("at one thirty five", []),                       # an hour and its minutes said in words: a clock time
    ("three twenty seven.", [3, 27]),                 # in running text, two numbers, not 327
    ("the sun is hundred and twelve km away", [112]),  # a bare scale word that the number goes on from
    ("two thousand thousand", [2000, 1000]),          # the same scale twice: two numbers
    ("million million", [1e6, 1e6]),
    ("the Hundred Years War", []),                    # a bare scale with no number around it stays a name
])
def test_number_words_in_running_text(text, points):
    assert [r.low for r in find_ranges(text)] == points


def test_find_ranges_stops_past_its_limit_and_iter_ranges_does_not(monkeypatch):
    from analysis.errors import LimitExceededError
    from analysis.normalise import iter_ranges, reader

    text = "About 300 were killed and 2,700 wounded. " * 2_000  # 82,000 characters: three windows, 4,000 ranges
    ranges = list(iter_ranges(text))
    assert len(ranges) == 4_000
    assert [r.low for r in ranges[:2]] == [270, 2700] and ranges[-1].start == len(text) - len("2,700 wounded. ")
    assert find_ranges(text) == ranges
    monkeypatch.setattr(reader, "MAX_NUMBERS_PER_CALL", 1_000)
    with pytest.raises(LimitExceededError, match="1,000 numbers"):
        find_ranges(text)
    with pytest.raises(LimitExceededError, match="MAX_FIELD_CHARS"):
        parse_range("1 " * 60_000)
    assert sum(1 for _ in iter_ranges(text)) == 4_000


@pytest.mark.parametrize("unit", ["1a", "a ", "one two ", "1\n"])
def test_find_ranges_counts_every_number_it_reads_against_its_limit(monkeypatch, unit):
    # numbers glued to letters, articles, number words: each is read, whether or not it is a quantity
    from analysis.errors import LimitExceededError
    from analysis.normalise import reader

    monkeypatch.setattr(reader, "MAX_NUMBERS_PER_CALL", 1_000)
    text = unit * (80_000 // len(unit))  # 20,000 to 40,000 numbers, in more than one window
    with pytest.raises(LimitExceededError, match="MAX_NUMBERS_PER_CALL"):
        find_ranges(text)


def test_a_long_chain_of_glued_numbers_is_noise():
    from analysis.normalise.lexicon import lexicon

    # "1.1.1…" and "1,1,1…" are one placeholder token each, not a number every two characters
    for unit in ("1.", "1,"):
        assert len(lexicon("en").tokenize(unit * 500, collapse=True)) <= 3
    assert find_ranges("1." * 500) == []
    assert [r.low for r in find_ranges("It cost 1,000,000,000 dollars.")] == [1e9]


@pytest.mark.parametrize("text, counts", [
    ("On 14 March, 23 people died in the blast, police said.", ["23"]),   # a date, then a count after its comma
    ("Since January, 23 people have died attempting the crossing.", ["23"]),
    ("By March, 12 had died.", ["12"]),
    ("Feb. 7 was the coldest day.", []),                                   # an abbreviated month and its day
    ("The strike came on March 3 and 23 January.", []),                     # days before and after a month
])
def test_a_comma_after_a_month_ends_the_date(text, counts):
    assert [r.text for r in find_ranges(text)] == counts
