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
# knowledge of where the body is seated, not where it works).
@pytest.mark.parametrize("lang, text, expected", [
    ("ko", "세이브더칠드런은 어린이 12명이 숨졌다고 밝혔다.", [("12", "killed", "GB")]),
    ("en", "Doctors Without Borders said 14 patients were killed in the raid.", [("14", "killed", "CH")]),
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
