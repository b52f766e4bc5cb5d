"""The gazetteer (analysis/extract/places.py): a speaker tied to a city gets the city's country.

Sentences are our own; the expected countries are worked out by hand (Eldoret is in Kenya, Almaty in
Kazakhstan, Kharkiv in Ukraine, Da Nang in Vietnam, Niigata in Japan; Lisbon is Portugal's capital, Dublin
Ireland's: neither was ever in a table's hand-typed list of capitals).
"""

from __future__ import annotations

import json

import pytest

from analysis.extract import extract_rows
from analysis.extract.language import language
from analysis.extract.places import LANGS, capitals, generate, load, not_places, places_path


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
    assert generate("en", cities, {}) == {"capitals": [], "places": [
        ("Oslak", "oslak", "NO"), ("Tolvane", "tolvane", "PE"), ("Zorvath", "zorvath", "KE")]}
    ru = language("ru")
    places = generate("ru", cities, {})["places"]
    assert places[0] == ("Зорват", " ".join(ru.keys_of("Зорват")), "KE")  # its key
    _only_its_oblique_forms(places[1:], "Зорват", "KE")


def test_korean_names_get_their_administrative_word():
    rows = [r for r in generate("ko", [_city("Zorvath", "JP", 120_000, "조르바트 시")], {})["places"]
            if r[0].startswith("조르바트")]  # (the rules' regions come too)
    assert sorted(name for name, _, _ in rows) == ["조르바트", "조르바트시", "조르바트현"]
    assert {code for _, _, code in rows} == {"JP"}


@pytest.mark.parametrize("lang", LANGS)
def test_stored_keys_are_the_extractors_keys(lang):
    """The json stores each name's keys; they must be what the extractor makes of the name today."""
    data = json.loads(places_path(lang).read_text(encoding="utf-8"))
    assert data["min_population"] == 50_000 and "GeoNames" in data["source"]
    lx = language(lang)
    stale = [(name, keys) for name, keys, _ in data["places"] + data["capitals"] if " ".join(lx.keys_of(name)) != keys]
    assert stale == [], "run `python -m analysis.extract.places` and commit tables/*.places.json"
    assert len(load(lang)) == len(data["places"]) > 5000
    assert len(capitals(lang)) == len(data["capitals"]) > 150


# --- capitals (GeoNames' country records): a capital speaks for its country's government ---------------------------

@pytest.mark.parametrize("lang, text, country", [
    ("en", "Floods hit the coast.\n\nLisbon said 14 people were killed.", "PT"),
    ("ru", "Наводнение на побережье.\n\nЛиссабон заявил, что погибли 14 человек.", "PT"),
    ("uk", "Повінь на узбережжі.\n\nЛісабон заявив, що загинули 14 людей.", "PT"),
    ("ko", "홍수 피해.\n\n리스본은 14명이 숨졌다고 밝혔다.", "PT"),
    ("en", "Floods hit Kenya on Monday.\n\nOfficials in Dublin said 14 tourists were killed.", "IE"),
    ("ru", "Наводнение в Кении.\n\nОфициальный Дублин сообщил, что погибли 14 туристов.", "IE"),
    ("uk", "Повінь у Кенії.\n\nОфіційний Дублін повідомив, що загинули 14 туристів.", "IE"),
    ("ko", "케냐 홍수 피해.\n\n더블린은 관광객 14명이 숨졌다고 밝혔다.", "IE"),
])
def test_a_capital_speaks_for_its_country(lang, text, country):
    assert _countries(text, lang) == [("14", country)]


@pytest.mark.parametrize("lang, form", [("en", "Lisbon"), ("ru", "Лиссабоне"), ("uk", "Лісабону"), ("ko", "리스본은")])
def test_a_capital_in_any_case_form_is_a_country_word(lang, form):
    lx = language(lang)
    keys = list(lx.keys_of(form))
    assert lx.countries.match(keys, 0) == (1, "PT")
    assert lx.places.match(keys, 0) is None  # a country word, not one more city


@pytest.mark.parametrize("lang, name, keys, code", [
    ("en", "Lisbon", "lisbon", "PT"), ("en", "Kyiv", "kyiv", "UA"), ("ru", "Москва", "москва", "RU"),
    ("uk", "Київ", "київ", "UA"), ("ko", "서울", "서울", "KR"),
])
def test_the_generated_file_marks_capitals(lang, name, keys, code):
    data = json.loads(places_path(lang).read_text(encoding="utf-8"))
    assert [name, keys, code] in data["capitals"]
    assert all(row[0] != name for row in data["places"])  # marked as a capital, not listed as a place too
    assert dict(capitals(lang))[tuple(keys.split(" "))] == code


def test_a_capital_that_is_a_common_word_is_no_capital():
    assert language("en").countries.match(["male"], 0) is None  # Male, the Maldives: the English stop list
    assert ("male",) not in dict(capitals("en")) and ("male",) not in dict(load("en"))
    # Bangui; 방기 is also a common noun (neglect), which can stand where a speaker does
    assert language("ko").countries.match(["방기"], 0) is None


def test_an_ordinary_word_is_no_province_either():
    en = language("en")
    assert en.places.match(["male"], 0) is None  # a province of the Maldives (pycountry), and "male"
    assert en.places.match(["nelson"], 0) is None  # a region of New Zealand, and a surname
    assert ("male",) in not_places("en")
    text = "A fire broke out at the hospital.\n\nMale nurses said 14 patients were killed."
    assert _countries(text, "en") == [("14", "")]


# --- spellings of capitals restored (second round): each class of spelling, in each language -----------------------

@pytest.mark.parametrize("lang, text, country", [
    # GeoNames writes foreign g as ґ ("Вашинґтон"); news writes г: both are kept (places.rules.yaml)
    ("uk", "Удар по базі.\n\nВашингтон заявив, що загинули 14 військових.", "US"),
    # a capital the Ukrainian dictionary reads first as a person's name (Лондон, a surname; Афіни as Афіна's
    # genitive; Маніла as Маніло's) but also as a thing, which the Russian dictionary knows as a place
    ("uk", "Вибух у порту.\n\nЛондон повідомив, що загинули 14 людей.", "GB"),
    ("uk", "Вибух у порту.\n\nАфіни повідомили, що загинули 14 людей.", "GR"),
    ("uk", "Тайфун на островах.\n\nМаніла повідомила, що загинули 14 людей.", "PH"),
    # a province named as its country's capital is the capital (pycountry's names: Кишинів, Тріполі are not in
    # GeoNames; Баку is keyed as бак, a tank; Хартум is an ordinary word for the dictionary)
    ("uk", "Вибух на заводі.\n\nБаку заявив, що загинули 14 людей.", "AZ"),
    ("uk", "Повінь на півночі.\n\nКишинів повідомив, що загинули 14 людей.", "MD"),
    ("uk", "Бої в країні.\n\nХартум заявив, що загинули 14 людей.", "SD"),
    ("uk", "Бої в країні.\n\nТріполі заявило, що загинули 14 людей.", "LY"),
    # established spellings GeoNames lacks (extra_capital_spellings)
    ("uk", "Спека в країні.\n\nНью-Делі повідомив, що загинули 14 людей.", "IN"),
    ("en", "Shelling hit the city.\n\nKiev said 14 people were killed.", "UA"),
    ("en", "Fighting spread in the north.\n\nNaypyidaw said 14 soldiers were killed.", "MM"),
    ("ko", "공습 피해.\n\n키이우는 14명이 숨졌다고 밝혔다.", "UA"),
    # a Korean capital kiwipiepy reads as one word that is no noun (암만, also an adverb)
    ("ko", "폭발 사고.\n\n암만은 14명이 숨졌다고 밝혔다.", "JO"),
    # a Russian capital whose person's reading comes first but which the dictionary also knows as a place
    ("ru", "Столкновения на юге.\n\nДжуба заявила, что погибли 14 человек.", "SS"),
])
def test_a_restored_capital_spelling_speaks_for_its_country(lang, text, country):
    assert _countries(text, lang) == [("14", country)]


def test_a_capital_province_is_a_country_word_not_a_place():
    uk = language("uk")
    for name, code in (("Кишинів", "MD"), ("Баку", "AZ"), ("Тріполі", "LY"), ("Хартум", "SD")):
        keys = list(uk.keys_of(name))
        assert uk.countries.match(keys, 0) == (1, code)
        assert uk.places.match(keys, 0) is None


def test_a_name_that_is_mostly_a_persons_is_still_no_capital():
    # GeoNames' alternate names "Софий" (Sofia), "Аман" (Amman), "Густави" (Gustavia), "Даглас" (Douglas) read
    # only as people's names (Софья, Аман, Густав, Даглас): the dictionary offers no place for them
    assert ("софья",) not in dict(capitals("ru")) and ("аман",) not in dict(capitals("ru"))
    assert ("густав",) not in dict(capitals("uk")) and ("даглас",) not in dict(capitals("uk"))
    assert _countries("Пожар на шахте.\n\nСофья Петрова заявила, что погибли 14 человек.", "ru") == [("14", "")]
    assert _countries("Пожежа на шахті.\n\nГустав Петренко заявив, що загинули 14 людей.", "uk") == [("14", "")]


def test_generate_keeps_the_common_spelling_of_a_letter():
    uk = language("uk")
    rows = generate("uk", [_city("Zorvath", "KE", 120_000, "Зорваґанія")], {})["places"]
    assert " ".join(uk.keys_of("Зорваганія")) in {keys for _, keys, _ in rows}


def test_generate_adds_the_extra_spellings_of_a_capital_it_knows():
    kyiv = _city("Kyiv", "UA", 3_000_000)
    assert ("Kiev", "kiev", "UA") in generate("en", [kyiv], {"UA": "Kyiv"})["capitals"]
    assert generate("en", [_city("Kyiv", "UA", 3_000_000)], {})["capitals"] == []  # no capital: no spelling


def test_a_capital_of_three_letters_needs_the_dictionary():
    ru, uk = language("ru"), language("uk")
    assert ru.countries.match(list(ru.keys_of("Риме")), 0) == (1, "IT")  # Rome: a place in pymorphy3
    assert uk.countries.match(list(uk.keys_of("Рима")), 0) == (1, "IT")
    assert uk.countries.match(["ром"], 0) is None  # a Ukrainian name of Rome, and rum: no place in the dictionary


def test_the_hand_typed_capitals_are_gone_from_the_tables():
    for lang, word in (("en", "lisbon"), ("en", "kyiv"), ("ru", "москва"), ("uk", "київ"), ("ko", "서울")):
        assert word not in language(lang).table["nationalities"]


def test_generate_marks_capitals_from_the_country_records():
    cities = [
        _city("Zorvath", "KE", 120_000, "Зорват"),           # a city, no capital
        _city("Quillbý", "QQ", 8_000, "Квильби"),            # a small capital: kept, also without its accent
        _city("Marnesk", "PL", 200_000), _city("Marnesk", "CZ", 90_000),    # a capital, bigger: kept (2.2 times)
        _city("Vellory", "SC", 20_000), _city("Vellory", "CA", 300_000),    # a capital, smaller: Canada's place
        _city("Dranmoor", "IE", 400_000, "Mor Dran"),         # found through an alternate name
        _city("Tarnholm", "TV", 4_000),                       # a capital of fewer than 5,000 people: nothing
    ]
    names = {"QQ": "Quillby", "PL": "Marnesk", "SC": "Vellory", "IE": "Mor Dran", "KE": "Nowhere", "TV": "Tarnholm"}
    assert generate("en", cities, names) == {
        "capitals": [("Dranmoor", "dranmoor", "IE"), ("Marnesk", "marnesk", "PL"),
                     ("Mor Dran", "mor dran", "IE"),  # English also takes the country record's spelling
                     ("Quillby", "quillby", "QQ"), ("Quillbý", "quillbý", "QQ")],
        "places": [("Vellory", "vellory", "CA"), ("Zorvath", "zorvath", "KE")]}
    ru = language("ru")
    found = generate("ru", cities, names)
    assert found["capitals"][0] == ("Квильби", " ".join(ru.keys_of("Квильби")), "QQ")
    assert found["places"][0] == ("Зорват", " ".join(ru.keys_of("Зорват")), "KE")
    _only_its_oblique_forms(found["capitals"][1:], "Квильби", "QQ")
    _only_its_oblique_forms(found["places"][1:], "Зорват", "KE")


def test_a_korean_name_drops_its_latin_abbreviation():
    rows = generate("ko", [_city("Zorvath", "QQ", 600_000, "조르바트 D.C.")], {"QQ": "Zorvath"})
    assert [name for name, _, _ in rows["capitals"]][:1] == ["조르바트"]
    assert [r for r in rows["places"] if r[0].startswith("조르바트")] == []  # (the rules' regions come too)


# -- Korean names of large countries' first-level regions (places.rules.yaml: regions, glued_suffixes) --------------
@pytest.mark.parametrize("text, country", [
    ("대형 산불 확산\n\n캘리포니아주 당국은 이번 산불로 최소 12명이 숨졌다고 밝혔다.", "US"),
    ("대형 지진 발생\n\n쓰촨성 응급관리청은 이번 지진으로 30명이 숨졌다고 밝혔다.", "CN"),
    ("홍수 피해 확산\n\n히우그란지두술주 민방위청은 홍수로 40명이 숨졌다고 밝혔다.", "BR"),
    # an oblast named after its chief city, with 주 glued (벨고로드 is a city of GeoNames)
    ("드론 공격\n\n벨고로드주 주지사는 드론 공격으로 3명이 다쳤다고 밝혔다.", "RU"),
])
def test_a_korean_first_level_region_names_its_country(text, country):
    assert [c for _, c in _countries(text, "ko")] == [country]


def test_a_region_that_is_a_persons_first_name_is_kept_only_glued():
    keys = {" ".join(k) for k, _ in load("ko")}
    assert "버지니아주" in keys and "버지니아" not in keys
    assert "조지아주" in keys and dict(load("ko"))[("조지아주",)] == "US"


# -- a place's name right after a given name is a person's surname ("Dr. Ade Bello": Bello is also a Colombian city) --
@pytest.mark.parametrize("text, country", [
    ("Floods hit Nigeria on Monday.\n\nThe regional hospital's director, Dr. Ade Bello, said 30 people were killed.",
     "NG"),
    ("Floods hit the valley on Monday.\n\nThe Eldoret county hospital said 14 people were killed.", "KE"),
])
def test_a_place_name_after_a_given_name_is_a_surname(text, country):
    assert [c for _, c in _countries(text, "en")] == [country]


def _only_its_oblique_forms(rows, name, country):
    """Rows after a made-up name's own are its oblique forms (declension), each under the key it is read by."""
    from analysis.extract.language import language

    ru = language("ru")
    for form, keys, code in rows:
        assert form.startswith(name[:-1]) and form != name and code == country
        assert keys == " ".join(ru.keys_of(form)) != " ".join(ru.keys_of(name))


# -- oblique forms of a name the dictionary does not know (places.rules.yaml: declension) ---------------------------
@pytest.mark.parametrize("lang, text, country", [
    ("uk", "Мер Маніли повідомив, що загинули 12 людей.", "PH"),  # "Маніла" keys as маніло, "Маніли" as маніла
    ("uk", "Мер Кампали повідомив, що загинули 12 людей.", "UG"),
    ("ru", "Мэр Кампалы сообщил, что погибли 12 человек.", "UG"),
])
def test_a_city_named_in_an_oblique_case_keeps_its_country(lang, text, country):
    from analysis import extract_claims

    rows = extract_claims(text, lang=lang).to_dict("records")
    assert [row["country"] for row in rows] == [country]


def test_declension_rules_give_the_oblique_forms_of_one_word_names():
    from analysis.extract.places import _declined, _rules
    import re

    rules = [(re.compile(str(r["pattern"])), [str(f) for f in r["forms"]]) for r in _rules()["uk"]["declension"]]
    assert _declined("Прага", rules) == ["Праги", "Празі", "Прагу", "Прагою"]  # г before і becomes з
    assert _declined("Аахен", rules) == ["Аахена", "Аахену", "Аахеном", "Аахені"]
    assert _declined("Нью-Йорк", rules) == []
    rules = [(re.compile(str(r["pattern"])), [str(f) for f in r["forms"]]) for r in _rules()["ru"]["declension"]]
    assert _declined("Кампала", rules) == ["Кампалы", "Кампале", "Кампалу", "Кампалой"]
    assert _declined("Дакка", rules)[:2] == ["Дакки", "Дакке"]  # и after к, not ы


# The sound keys of provinces (places.provinces_by_sound) take seconds to make, so they are stored with what they were
# made from; the stored file must be what today's rules make, and a file made from other inputs must not be read.
@pytest.mark.parametrize("lang", LANGS)
def test_stored_sound_keys_are_what_the_rules_make(lang):
    from analysis.extract.places import SoundTable, _sound_inputs, make_provinces_by_sound, sounds_path

    sounds = SoundTable.of(language(lang).table)
    stored = json.loads(sounds_path(lang).read_text(encoding="utf-8"))
    assert stored["inputs"] == json.loads(json.dumps(_sound_inputs(lang, sounds))), \
        "stale: run python -m analysis.extract.places --sounds"
    assert stored["keys"] == make_provinces_by_sound(lang, sounds), "stale: run python -m analysis.extract.places --sounds"


def test_sound_keys_stored_from_other_inputs_are_not_read(tmp_path, monkeypatch):
    from analysis.extract import places

    sounds = places.SoundTable.of(language("ko").table)
    inputs = json.loads(json.dumps(places._sound_inputs("ko", sounds)))
    inputs["pycountry"] = "0.0"  # another release of pycountry: its divisions may differ
    fake = tmp_path / "ko.sounds.json"
    fake.write_text(json.dumps({"inputs": inputs, "keys": {":KACINA": "ZZ"}}), encoding="utf-8")
    monkeypatch.setattr(places, "sounds_path", lambda lang: fake)
    places.provinces_by_sound.cache_clear()
    try:
        assert places.provinces_by_sound("ko")[":KACINA"] == "NG"  # made anew, Katsina (Nigeria)
        inputs["pycountry"] = places._sound_inputs("ko", sounds)["pycountry"]
        fake.write_text(json.dumps({"inputs": inputs, "keys": {":KACINA": "ZZ"}}), encoding="utf-8")
        places.provinces_by_sound.cache_clear()
        assert places.provinces_by_sound("ko")[":KACINA"] == "ZZ"  # the same inputs: the stored keys are read
    finally:
        places.provinces_by_sound.cache_clear()
