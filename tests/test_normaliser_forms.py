"""The generated inflected forms (tables/<lang>.forms.json) are what analysis.normalise.inflect makes."""

from __future__ import annotations

import json

import pytest
import yaml

from analysis.normalise import inflect
from analysis.normalise.lexicon import lexicon


@pytest.mark.parametrize("lang", inflect.INFLECTED)
def test_generated_forms_are_up_to_date(lang):
    source = (inflect.forms_path(lang).parent / f"{lang}.yaml").read_text(encoding="utf-8")
    committed = json.loads(inflect.forms_path(lang).read_text(encoding="utf-8"))
    assert committed == inflect.generate(yaml.safe_load(source)), \
        "run `python -m analysis.normalise.inflect` and commit tables/*.forms.json"


@pytest.mark.parametrize("lang, form, section, value", [
    ("ru", "четырьмястами", "hundreds", 400),   # instrumental of четыреста, written by hand nowhere
    ("ru", "семистах", "hundreds", 700),
    ("ru", "шестерых", "numbers", 6),           # genitive of the collective шестеро
    ("uk", "трьохстах", "hundreds", 300),
    ("uk", "п'ятьмастами", "hundreds", 500),
])
def test_lexicon_knows_every_case(lang, form, section, value):
    assert getattr(lexicon(lang), section)[form] == value


def test_a_listed_word_keeps_its_hand_written_value():
    # "сотни" is listed as a multiplier by hand; the generated file never overrides it
    for lang in inflect.INFLECTED:
        generated = json.loads(inflect.forms_path(lang).read_text(encoding="utf-8"))
        table = yaml.safe_load((inflect.forms_path(lang).parent / f"{lang}.yaml").read_text(encoding="utf-8"))
        listed = {str(w) for section in inflect.SECTIONS for w in (table.get(section) or {})}
        assert not listed & {form for forms in generated.values() for form in forms}


@pytest.mark.parametrize("lang, text", [
    ("en", "the twenty-first century"), ("en", "one hundred and first"),
    ("ru", "в двадцать первом веке"), ("ru", "сто второй"), ("uk", "двадцять першого століття"),
])
def test_an_ordinal_spelled_in_words_is_no_count(lang, text):
    from analysis import find_ranges

    assert find_ranges(text, lang=lang) == []


@pytest.mark.parametrize("lang, text, value", [
    # the table's rule for "сто": any case of the unit joined to any case of "сто", worked out by hand
    ("uk", "двохста", 200), ("uk", "дев'ятиста дев'яноста дев'яти", 999), ("uk", "стами одним", 101),
    ("uk", "восьмастами дев'яностами чотирма", 894), ("uk", "стах дев'яноста дев'яти", 199),
    ("uk", "трьохста п'ятдесяти", 350),
])
def test_compound_numerals_decline_in_both_parts(lang, text, value):
    from analysis import parse_range

    r = parse_range(text, lang=lang)
    assert r.low == r.high == value


@pytest.mark.parametrize("lang, text", [
    ("ru", "пар"), ("ru", "паром"), ("ru", "паров"), ("uk", "пар"),  # steam, not a pair
    ("uk", "тису"), ("uk", "тиса"),  # the yew tree, not the abbreviation "тис."
])
def test_a_homonym_of_a_number_word_is_no_number(lang, text):
    from analysis import find_ranges

    assert find_ranges(text, lang=lang) == []


@pytest.mark.parametrize("lang, text, value", [
    ("uk", "півмільйон", 500000), ("uk", "півмільйона", 500000), ("ru", "пару", 2), ("uk", "пару", 2),
    ("ru", "около десятка", 10), ("uk", "дві пари", 4),
])
def test_forms_of_the_number_words_stay(lang, text, value):
    from analysis import parse_range

    assert parse_range(text, lang=lang).best == value
