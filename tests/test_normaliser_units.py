"""Units of measure and currencies from CLDR (tables/<lang>.cldr.json): a number with one is no count."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import find_ranges, parse_range
from analysis.normalise import cldr
from analysis.normalise.lexicon import LANGUAGES, lexicon, load_table


@pytest.mark.parametrize("lang", LANGUAGES)
def test_generated_units_and_currencies_are_up_to_date(lang):
    committed = json.loads(cldr.cldr_path(lang).read_text(encoding="utf-8"))
    assert committed == cldr.generated(lang), (
        "run `python -m analysis.normalise.cldr` and commit tables/*.cldr.json")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_table_keeps_its_own_meaning_of_a_word(lang):
    """A word the hand-written table gives a meaning is not generated (English "pound" stays a currency,
    "second" an ordinal, "years" a year word), and a word the table refuses is left out."""
    import yaml

    table = yaml.safe_load((cldr.cldr_path(lang).parent / f"{lang}.yaml").read_text(encoding="utf-8"))
    generated = json.loads(cldr.cldr_path(lang).read_text(encoding="utf-8"))
    words = set(generated["unit_after"]) | set(generated["currency_words"])
    refused = {str(w).lower() for w in table.get("cldr_words_not") or []}
    assert not words & refused
    assert not words & {str(w).lower() for w in table.get("ordinal_words") or []}
    assert not words & {str(w).lower() for w in table.get("date_suffixes") or []}


# hand-worked: the unit or currency each phrase carries, and its number
CASES = [
    ("en", "a convoy of 40 trucks drove 120 miles", [(40, None, None), (120, "mile", None)]),
    ("en", "waves of 6 metres hit the coast", [(6, "meter", None)]),
    ("en", "12 tons of food for 3,000 families", [(12, "ton", None), (3000, None, None)]),
    ("en", "a fine of 40,000 zlotys", [(40000, None, "PLN")]),
    ("en", "1,200 hectares burned", [(1200, "hectare", None)]),
    ("en", "passed the 1,000 mark", [(1000, None, None)]),
    ("ru", "колонна растянулась на 15 километров", [(15, "kilometer", None)]),
    ("ru", "доставили 300 тонн гуманитарного груза", [(300, "tonne", None)]),
    ("ru", "сгорели 5 гектаров леса, погибли 2 человека", [(5, "hectare", None), (2, None, None)]),
    ("ru", "ущерб оценили в 7 млн юаней", [(7_000_000, None, "CNY")]),
    ("ru", "в 40 километрах от города", [(40, "kilometer", None)]),
    ("uk", "вода піднялася на 3 метри", [(3, "meter", None)]),
    ("uk", "за 12 кілометрів від лінії фронту загинули 4 людини", [(12, "kilometer", None), (4, None, None)]),
    ("uk", "штраф у 500 злотих", [(500, None, "PLN")]),
    ("ko", "높이 20여m의 파도", [(20, "meter", None)]),
    ("ko", "2도 화상을 입은 주민 5명", [(2, "degree", None), (5, None, None)]),
    ("ko", "피해액은 30만 루피로 집계됐다", [(300_000, None, "INR")]),
    ("ko", "도로 3킬로미터가 유실됐다", [(3, "kilometer", None)]),
    ("ko", "구호물자 300톤과 의료진 20명을 보냈다", [(300, "ton", None), (20, None, None)]),
    ("ko", "1만도 안 되는 인원", [(0, None, None)]),
    # "m" after digits: metres after an article, before a hyphen or a word of size; million with money or alone
    ("en", "a 15m wall fell on 3 houses", [(15, "meter", None), (3, None, None)]),
    ("en", "the 30m-high dam", [(30, "meter", None)]),
    ("en", "the boat sank 200m offshore", [(200, "meter", None)]),
    ("en", "a £15m appeal", [(15_000_000, None, "GBP")]),
    ("en", "4m people need aid", [(4_000_000, None, None)]),
    ("en", "a wall 15 m high", [(15, "meter", None)]),
    # what a rate is counted per is no count
    ("en", "9 deaths per 10,000 people", [(9, None, None)]),
    ("ko", "1인당 3만 원씩 지원", [(30_000, None, "KRW")]),
    ("ko", "인구 1만 명당 4명", [(4, None, None)]),
    ("uk", "по 500 гривень на одну особу", [(500, None, "UAH")]),
    ("ru", "3 случая на 100 тысяч жителей", [(3, None, None)]),
    ("ru", "число раненых выросло на 4 человека", [(4, None, None)]),
    # grades and scales are measures
    ("en", "a magnitude 6.1 quake injured 45", [(6.1, "magnitude", None), (45, None, None)]),
    ("ru", "ожоги 3 степени получили двое, 7 человек ранены", [(3, "grade", None), (2, None, None), (7, None, None)]),
    ("ru", "толчок магнитудой 5,9", [(5.9, "magnitude", None)]),
    ("uk", "опіки 2 ступеня мають 6 людей", [(2, "grade", None), (6, None, None)]),
    ("ko", "규모 6.4 지진으로 12명이 다쳤다", [(6.4, "magnitude", None), (12, None, None)]),
    ("ko", "위기 경보 4단계", [(4, "level", None)]),
    # the first piece of a spaced word is no unit ("도시": city), 제 before digits an ordinal; unit symbols
    ("ko", "제2 도시 주민 30명", [(30, None, None)]),
    ("ko", "인구 5 도시 연합", [(5, None, None)]),
    ("ko", "진앙에서 40㎞ 떨어진 마을", [(40, "kilometer", None)]),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[c[1] for c in CASES])
def test_units_and_currencies_in_texts(lang, text, expected):
    got = [(r.low if r.kind != "upper" else r.low, r.unit, r.currency) for r in find_ranges(text, lang=lang)]
    assert got == expected


def test_a_unit_is_said_in_the_rule():
    r = parse_range("300 тонн", lang="ru")
    assert r.unit == "tonne" and "'тонн' is a unit of measure (tonne), not a count" in r.rule


def test_a_bound_that_opens_with_a_unit_word_wins():
    """Korean 도 is degrees after a number, and "even" in "1만도 안 되는" (not even 10,000): the bound."""
    r = parse_range("1만도 안 되는", lang="ko")
    assert (r.low, r.high, r.high_open, r.unit) == (0, 10000, True, None)


def _entries(lang: str, section: str) -> list[tuple[str, str]]:
    """The generated names of a section, but those opening with a number word (Korean "조선 …" opens with
    조, a trillion): "2 조선" is not how a text writes two of anything."""
    table = load_table(lang)
    L = lexicon(lang)
    refused = {str(w).lower() for w in table.get("cldr_words_not") or []}
    generated = json.loads(cldr.cldr_path(lang).read_text(encoding="utf-8"))[section]
    return sorted((w, c) for w, c in generated.items()
                  if w not in refused and L.tokenize(w)[0][1] not in L.continuers | L.starters)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), lang=st.sampled_from(LANGUAGES), n=st.integers(2, 999))
def test_any_cldr_currency_name_after_a_number_gives_its_code(data, lang, n):
    word, code = data.draw(st.sampled_from(_entries(lang, "currency_words")))
    r = parse_range(f"{n} {word}", lang=lang)
    assert (r.low, r.high, r.currency, r.unit) == (n, n, code, None)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), lang=st.sampled_from(LANGUAGES), n=st.integers(2, 999))
def test_any_cldr_unit_name_after_a_number_gives_its_unit(data, lang, n):
    word, unit = data.draw(st.sampled_from(_entries(lang, "unit_after")))
    r = parse_range(f"{n} {word}", lang=lang)
    assert (r.low, r.high, r.unit, r.currency) == (n, n, unit, None)


@settings(max_examples=100, deadline=None)
@given(n=st.integers(2, 999), noun=st.sampled_from(["wall", "wave", "tower", "bridge", "cliff"]),
       symbol=st.sampled_from(["£", "$", "€"]))
def test_m_after_digits_is_metres_for_a_thing_and_millions_with_money(n, noun, symbol):
    """"a 20m wall" is 20 metres; "£20m" and "a £20m wall" are 20 million in money; "20m people" 20 million."""
    article = "an" if str(n)[0] == "8" or str(n) in ("11", "18") or 800 <= n < 900 else "a"
    metres = find_ranges(f"{article} {n}m {noun} stood there", lang="en")
    money = find_ranges(f"{article} {symbol}{n}m {noun}", lang="en")
    people = find_ranges(f"{n}m people were affected", lang="en")
    assert [(r.low, r.unit, r.currency) for r in metres] == [(n, "meter", None)]
    assert [(r.low, r.unit) for r in money] == [(n * 1_000_000, None)] and money[0].currency is not None
    assert [(r.low, r.unit, r.currency) for r in people] == [(n * 1_000_000, None, None)]
