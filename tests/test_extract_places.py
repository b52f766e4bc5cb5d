"""The gazetteer (analysis/extract/places.py): a speaker tied to a city gets the city's country.

Sentences are our own; the expected countries are worked out by hand (Eldoret is in Kenya, Almaty in
Kazakhstan, Kharkiv in Ukraine, Da Nang in Vietnam, Niigata in Japan).
"""

from __future__ import annotations

import json

import pytest

from analysis.extract import extract_rows
from analysis.extract.language import language
from analysis.extract.places import LANGS, generate, load, places_path


def _countries(text: str, lang: str) -> list[tuple[str, str]]:
    return [(r["stated"], r["country"]) for r in extract_rows(text, lang=lang)]


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Floods hit the valley on Monday.\n\nThe Eldoret county hospital said 14 people were killed.", "KE"),
    ("ru", "Наводнение на побережье.\n\nМэрия Дананга сообщила, что погибли 14 человек.", "VN"),
    ("uk", "Повінь на півдні.\n\nМерія Алмати повідомила, що загинули 14 людей.", "KZ"),
    # a province keyed as an ordinary word is no place: "Меру" (Kenya) would read мер (a mayor) as KE
    ("uk", "Обстріл міста.\n\nМер Харкова заявив, що загинули 14 людей.", "UA"),
    ("ko", "홍수 피해.\n\n다낭시 인민위원회는 14명이 숨졌다고 밝혔다.", "VN"),
    ("ko", "지진 피해.\n\n니가타현 당국은 14명이 숨졌다고 밝혔다.", "JP"),
])
def test_a_speaker_tied_to_a_city_gets_its_country(lang, text, country):
    assert _countries(text, lang) == [("14", country)]


def test_a_dateline_city_names_the_article_country():
    text = "ELDORET — Heavy rains swept the valley overnight.\n\nA hospital spokesman said 14 people were killed."
    assert _countries(text, "en") == [("14", "KE")]


def test_a_case_form_finds_the_city_through_its_lemma():
    ru, uk = language("ru"), language("uk")
    assert ru.places.match(list(ru.keys_of("Дананге")), 0) == (1, "VN")
    assert uk.places.match(list(uk.keys_of("Харкову")), 0) == (1, "UA")


def test_a_surname_equal_to_a_small_town_gives_no_country():
    # Kashin (Russia) and Ashby (England) have far fewer than 50,000 people: no place of the gazetteer
    assert language("ru").places.match(["кашин"], 0) is None
    assert language("en").places.match(["ashby"], 0) is None
    assert _countries("Наводнение на севере.\n\nСергей Кашин заявил, что погибли 14 человек.", "ru") == [("14", "")]
    assert _countries("Floods hit the valley.\n\nHarbour master John Ashby said 14 people were killed.", "en") \
        == [("14", "")]


def test_a_country_name_wins_over_a_city():
    en = language("en")
    for name in ("georgia", "jersey", "mexico"):
        assert en.places.match([name], 0) is None
    assert _countries("Floods hit the valley.\n\nThe health ministry of Georgia said 14 people were killed.", "en") \
        == [("14", "GE")]


def test_a_common_word_is_not_a_place():
    assert language("en").places.match(["reading"], 0) is None  # Reading, England: the stop list
    assert language("ru").places.match(["мир"], 0) is None  # a town in Belarus, and "peace"
    assert language("uk").places.match(["мер"], 0) is None  # Meru (Kenya) keyed as мер, a mayor
    ko = language("ko")
    assert ko.places.match(["화성"], 0) is None  # Mars; the city is 화성시
    assert ko.places.match(["화성시"], 0) == (1, "KR")
    assert _countries("Floods hit the valley.\n\nReading from a list, the mayor said 14 people were killed.", "en") \
        == [("14", "")]


def _city(name, code, population, *alternates):
    return {"name": name, "countrycode": code, "population": population, "alternatenames": list(alternates)}


def test_generate_keeps_big_cities_and_drops_shared_short_and_common_names():
    cities = [
        _city("Zorvath", "KE", 120_000, "Зорват"),         # kept
        _city("Quillby", "KE", 30_000),                     # too small
        _city("Marnesk", "PL", 200_000), _city("Marnesk", "CZ", 90_000),  # shared, not 10 times bigger: dropped
        _city("Tolvane", "PE", 900_000), _city("Tolvane", "US", 20_000),  # 45 times bigger: Peru
        _city("Oslak", "NO", 80_000), _city("Ubo", "NG", 400_000),        # Ubo: three letters
        _city("Reading", "GB", 300_000),                    # an English word
        _city("Georgia", "US", 60_000),                     # a country's name
    ]
    assert generate("en", cities) == [("Oslak", "oslak", "NO"), ("Tolvane", "tolvane", "PE"),
                                      ("Zorvath", "zorvath", "KE")]
    ru = language("ru")
    assert generate("ru", cities) == [("Зорват", " ".join(ru.keys_of("Зорват")), "KE")]  # the extractor's key


def test_korean_names_get_their_administrative_word():
    rows = generate("ko", [_city("Zorvath", "JP", 120_000, "조르바트 시")])
    assert sorted(name for name, _, _ in rows) == ["조르바트", "조르바트시", "조르바트현"]
    assert {code for _, _, code in rows} == {"JP"}


@pytest.mark.parametrize("lang", LANGS)
def test_stored_keys_are_the_extractors_keys(lang):
    """The json stores each name's keys; they must be what the extractor makes of the name today."""
    data = json.loads(places_path(lang).read_text(encoding="utf-8"))
    assert data["min_population"] == 50_000 and "GeoNames" in data["source"]
    lx = language(lang)
    stale = [(name, keys) for name, keys, _ in data["places"] if " ".join(lx.keys_of(name)) != keys]
    assert stale == [], "run `python -m analysis.extract.places` and commit tables/*.places.json"
    assert len(load(lang)) == len(data["places"]) > 5000
