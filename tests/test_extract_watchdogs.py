"""Watchdogs, NGOs and home bodies as speakers: sentences written for the project (not from any evaluation set).

- A home body reporting what the adversary did speaks for the home: the country named as the side that did the harm
  (the author of a hostile act, the subject of a verb of killing or taking people) is neither where the story is nor
  whom the body speaks for (``Document._adversary``).
- A non-governmental organisation takes the country of its seat: the registry's, else its name's own country words; an
  international NGO the registry knows keeps its seat country.
"""

from __future__ import annotations

import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str, document: str = "article") -> list[tuple[str, str, str]]:
    found = extract_claims(text, lang=lang, document=document)
    return [(r["stated"], r["metric"], r["country"] or "") for r in found.to_dict("records")]


# The adversary named as the side that did the harm, in a Ukrainian or Russian article that names its home elsewhere:
# the bare home body (a prosecutor's office, an institute, a ministry, a governor) is the home's.
@pytest.mark.parametrize("lang, text, expected", [
    # the author of a hostile act, by its owner after it ("агресії РФ")
    ("uk", "Через агресію РФ загинули 37 вчителів – Міністерство освіти\n\n"
           "Внаслідок агресії Російської Федерації в Україні загинули 37 вчителів. Про це повідомило Міністерство "
           "освіти.",
     [("37", "killed", "UA"), ("37", "killed", "UA")]),
    # the subject of a verb of killing, and the people it sent ("російські військові вбили")
    ("uk", "Інститут демографії: Росія вбила 58 науковців\n\n"
           "Російські військові вбили 58 науковців, повідомив Інститут демографії.\n\n"
           "Дослідники з України ведуть облік втрат.",
     [("58", "killed", "UA"), ("58", "killed", "UA")]),
    # the subject of a verb of taking people (a finite verb that takes an object)
    ("ru", "Украина удерживает 41 мирного жителя, заявили в прокуратуре.\n\nВ России готовят новый обмен.",
     [("41", "captured", "RU")]),
    # a hostile verb of displacement by its noun ("депортувала": депортація)
    ("uk", "Росія депортувала 212 дітей, повідомило Національне бюро.\n\nУкраїна вимагає їх повернення.",
     [("212", "displaced", "UA")]),
])
def test_a_home_body_is_not_the_adversary_named_as_doing_the_harm(lang, text, expected):
    assert _rows(text, lang) == expected


def test_an_english_home_paper_names_the_adversary_by_its_hostile_act():
    text = ("Russia's invasion has killed 44 lifeguards, the emergency service said.\n\n"
            "Ukraine has asked for more equipment.")
    assert _rows(text, "en", document="kyivindependent.com_2025-01-01_x.txt") == [("44", "killed", "UA")]


# Distractors: a country that is where it happened or the host of people, not the side doing harm, keeps its place.
@pytest.mark.parametrize("lang, text, expected", [
    # where it happened ("В Росії загинули"), not the subject of a verb of harm
    ("ru", "В Казахстане погибли 12 человек, сообщило МЧС.\n\nРоссия выразила соболезнования.",
     [("12", "killed", "KZ")]),
    ("uk", "У Польщі загинули 12 людей, повідомила поліція.\n\nУкраїна висловила співчуття.",
     [("12", "killed", "PL")]),
    # a host receiving refugees does no harm
    ("uk", "Польща прийняла 20 тисяч біженців, повідомило міністерство внутрішніх справ.\n\nУкраїна подякувала.",
     [("20 тисяч", "displaced", "PL")]),
])
def test_a_country_named_as_a_place_or_a_host_keeps_its_country(lang, text, expected):
    assert _rows(text, lang) == expected


def test_an_article_that_never_names_its_home_keeps_the_country_it_names():
    # Ukrainian news of a war abroad: the only country named is the one whose army did it, and the home is not named,
    # so the story is there ("the adversary" needs a home named in the article)
    text = "Армія М'янми вбила 30 селян, повідомило міністерство оборони."
    assert _rows(text, "uk") == [("30", "killed", "MM")]


# A non-governmental organisation takes the country of its seat, as media take their headquarters' (the registry: public
# knowledge of where the body is seated, not where it works); an international humanitarian or rights NGO working in
# many countries (MSF, HRW, Amnesty International, NRC, IRC...) has none, as the read batches' latest annotators give
# them (session 26, kinds17).
@pytest.mark.parametrize("lang, text, expected", [
    ("ko", "세이브더칠드런은 어린이 12명이 숨졌다고 밝혔다.", [("12", "killed", "GB")]),
    ("en", "Doctors Without Borders said 14 patients were killed in the raid.", [("14", "killed", "")]),
    ("en", "Physicians for Human Rights said 31 nurses had been detained.", [("31", "captured", "US")]),
    ("ru", "Как заявил Союз журналистов России, погибли 6 корреспондентов.", [("6", "killed", "RU")]),
    ("uk", "Національна спілка журналістів України повідомила, що загинули 9 операторів.", [("9", "killed", "UA")]),
])
def test_an_ngo_takes_the_country_of_its_seat(lang, text, expected):
    assert _rows(text, lang) == expected


def test_the_seat_of_an_ngo_is_not_where_its_story_is():
    # distractor: the NGO's seat (Geneva) gives no country to a bare state body of the story
    text = "Doctors Without Borders treated the wounded.\n\nThe health ministry said 23 people had died."
    assert _rows(text, "en") == [("23", "killed", "")]


def _spoken(text: str, lang: str) -> list[tuple[str, str, str]]:
    found = extract_claims(text, lang=lang)
    return [(r["stated"], r["organisation"], r["country"] or "") for r in found.to_dict("records")]


# A relative pronoun that owns a phrase of "according to" ("по данным которой", "за даними якої") stands for the body
# named before its comma.
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Правозащитный центр «Вясна», по данным которого в тюрьмах находятся 17 журналистов, продолжает работу.",
     [("17", "Viasna Human Rights Centre", "BY")]),
    ("uk", "Комітет захисту журналістів, за даними якого загинули 22 репортери, закликав до розслідування.",
     [("22", "Committee to Protect Journalists (CPJ)", "US")]),
])
def test_a_relative_pronoun_of_according_to_is_the_body_before_it(lang, text, expected):
    assert _spoken(text, lang) == expected


def test_a_relative_clause_that_is_no_source_gives_no_speaker():
    # distractor: a relative pronoun that is a plain subject ("которая") opens no phrase of "according to"
    text = "Больница, которая приняла 14 раненых, закрыта."
    assert _spoken(text, "ru") == []


# A possessive of "according to" points to the registered body that opens its sentence, even when the sentence's
# opening is read no further ("… зі штаб-квартирою в Парижі веде облік: за її даними, …").
def test_a_possessive_of_according_to_is_the_body_opening_its_sentence():
    text = ("Голова громади Петро Марченко розповів про обстріл.\n\n"
            "Міжнародна організація «Репортери без кордонів» зі штаб-квартирою в Парижі веде власний облік: за її "
            "даними, в Україні загинули 15 журналістів.")
    assert _spoken(text, "uk")[-1] == ("15", "Reporters Without Borders", "FR")


# A dash standing for a left-out verb makes a clause of its own: the subject of the verb of saying after the comma
# stands after it ("…, большинство — от ударов, заявил РИА Новости секретарь …").
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Не менее 12 медиков погибли с начала года, большинство — при обстрелах, заявил ТАСС председатель "
           "Союза журналистов России.",
     [("Не менее 12", "Union of Journalists of Russia", "RU")]),
    ("uk", "Щонайменше 12 медиків загинули з початку року, більшість — під час обстрілів, заявила голова "
           "Національної спілки журналістів України.",
     [("Щонайменше 12", "National Union of Journalists of Ukraine (NUJU)", "UA")]),
])
def test_a_dash_clause_before_the_comma_is_no_subject(lang, text, expected):
    assert _spoken(text, lang) == expected


# A country named right before the role of a non-governmental body, a research group or an outlet is the role's field
# ("Human Rights Watch's Ukraine researcher"), not the body's country; the body keeps its own (none for HRW).
@pytest.mark.parametrize("text, expected", [
    ('"We counted 19 dead," said Olena Marchuk, Human Rights Watch\'s Ukraine researcher.',
     [("19", "Human Rights Watch (HRW)", "")]),
    ("A Sudan researcher at the Committee to Protect Journalists said 7 reporters had been detained.",
     [("7", "Committee to Protect Journalists (CPJ)", "US")]),
    # distractors: a nationality before a state body's name names another state's body; a national section of an
    # NGO the registry knows keeps its own country
    ("Japan's National Police Agency said 27 people were killed.", [("27", "Japan's National Police Agency", "JP")]),
    ("Amnesty International Nigeria said 40 people were killed.", [("40", "Amnesty International Nigeria", "NG")]),
])
def test_a_country_before_an_ngo_role_is_its_field(text, expected):
    assert _spoken(text, "en") == expected


# A database is a document of figures: "the database said" stands for the body named before it, and so does a document
# with a clause inserted before its verb.
@pytest.mark.parametrize("second, expected", [
    ("The database said 12 medics were wounded.", ("12", "wounded", "US")),
    ("The database, which is updated every month, said 12 medics were wounded.", ("12", "wounded", "US")),
    ("The report, which was published on Monday, said 12 medics were wounded.", ("12", "wounded", "US")),
])
def test_a_database_speaks_for_the_body_named_before(second, expected):
    text = f"Physicians for Human Rights said 30 medics were killed.\n\n{second}"
    assert _rows(text, "en") == [("30", "killed", "US"), expected]


def test_a_database_of_no_one_named_before_gives_no_speaker():
    # distractor: a document pointing back to no speaker names none
    assert _rows("The database lists 12 medics who were wounded.", "en") == []


def test_no_korean_alias_of_the_registry_keys_as_one_common_syllable():
    # "아말" (Amal) keys as 말 (a word, speech): every "말" of an article named Lebanon and took a Korean ministry's
    # country away. A one-syllable key matches everyday words, so no alias may be read as one.
    import csv
    import re
    from importlib import resources

    from analysis.extract.language import language

    lx = language("ko")
    with resources.files("analysis.claims").joinpath("data/sources.csv").open(encoding="utf-8") as f:
        aliases = [a for row in csv.DictReader(f) for a in row["aliases"].split("|") if re.search("[가-힣]", a)]
    assert not [a for a in aliases if len(lx.keys_of(a)) == 1 and len(lx.keys_of(a)[0]) == 1]


def test_a_korean_home_ministry_is_korean_when_the_text_says_words():
    # distractor for the registry: everyday words ("말을", "말까지") name no body and no country
    text = ("외국인 노동자 사망 늘어\n\n노동자들은 말을 알아듣지 못했다고 호소했다.\n\n"
            "고용노동부는 올해 사고 사망자가 58명으로 집계됐다고 밝혔다.")
    assert _rows(text, "ko") == [("58", "killed", "KR")]


# An office a state installed or appointed in a place it occupies speaks for that state ("-installed", "-appointed":
# the tables' controlled_suffixes, with a country as well as a group of the registry as the one in control).
@pytest.mark.parametrize("text, expected", [
    ("In the occupied town, Moscow-installed official Petr Ivanov said a drone had injured four residents.",
     [("four", "wounded", "RU")]),
    ("The Russian-appointed head of the district said 6 people were killed.", [("6", "killed", "RU")]),
    # distractor: a body placed by "-based" keeps the seat rule, not control
    ("The London-based monitoring group said 6 people were killed.", [("6", "killed", "GB")]),
])
def test_an_office_installed_by_a_state_speaks_for_it(text, expected):
    assert _rows(text, "en") == expected


# Nouns of a kind of non-governmental body join the roles ("проект", "проєкт", "project", "initiative", "재단",
# "네트워크"): named bare, one points back to the body of its kind named before.
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Правозащитный проект «Открытые списки» сообщил, что в Казани задержаны 40 человек.\n\n"
           "Больше всего людей — 25 — задержали в центре города, следует из данных проекта.",
     [("40", "Правозащитный проект «Открытые списки"), ("25", "Правозащитный проект «Открытые списки")]),
    ("ko", "정의기억재단은 이주노동자 40명이 숨졌다고 밝혔다.\n\n재단은 또 25명이 다쳤다고 덧붙였다.",
     [("40", "정의기억재단"), ("25", "정의기억재단")]),
])
def test_a_bare_kind_noun_of_an_ngo_points_back_to_it(lang, text, expected):
    assert [(stated, organisation) for stated, organisation, _ in _spoken(text, lang)] == expected
