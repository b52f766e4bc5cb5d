"""Which country a Ukrainian or Russian claim is credited to, class by class, with sentences written for the project
(not from any evaluation set)."""

from __future__ import annotations

import pytest

from analysis import extract_claims
from analysis.extract.language import language
from analysis.extract.words import country_at, tokenize


def _rows(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(r["stated"], r["metric"], r["country"]) for r in extract_claims(text, lang=lang).to_dict("records")]


# A country's name in any case ("Филиппин" is the islands' genitive; "Филиппины" reads also as the woman's name
# Филиппина): language._plural_name_forms keys every plural form as the country.
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Министерство здравоохранения Филиппин сообщило, что погибли 14 человек.", [("14", "killed", "PH")]),
    ("ru", "По данным полиции Филиппин, ранены 23 человека.", [("23", "wounded", "PH")]),
    ("ru", "Береговая охрана Филиппин заявила, что пропали без вести 9 рыбаков.", [("9", "missing", "PH")]),
    ("ru", "В армии Филиппин сообщили, что в плен взяты 5 боевиков.", [("5", "captured", "PH")]),
    ("ru", "Министр обороны Филиппин заявил, что на остров направлены 400 военных.", [("400", "deployed", "PH")]),
    ("ru", "Военные Филиппин: в горах убиты 12 боевиков", [("12", "killed", "PH")]),
    ("uk", "Міністерство охорони здоров'я Філіппін повідомило, що загинули 14 людей.", [("14", "killed", "PH")]),
    ("uk", "За даними поліції Філіппін, поранено 23 людини.", [("23", "wounded", "PH")]),
    ("uk", "Речник армії Філіппін сказав, що в полон взято 5 бойовиків.", [("5", "captured", "PH")]),
])
def test_a_country_named_in_an_oblique_case_gives_the_speaker_its_country(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, phrase, code", [
    ("ru", "на Филиппинах", "PH"),
    ("ru", "Филиппинам", "PH"),
    ("ru", "Филиппин", "PH"),
    ("uk", "Філіппінам", "PH"),
])
def test_every_case_form_of_a_country_name_is_the_country(lang, phrase, code):
    lx = language(lang)
    w = tokenize(phrase, 0, len(phrase), lx)
    assert country_at(w, len(w) - 1, lx) == (1, code)


def test_a_declined_form_read_as_an_ordinary_word_names_no_country():
    lx = language("uk")  # the dative of Куба keys as an ordinary word (кубів): no country is read from it
    w = tokenize("Кубові", 0, 6, lx)
    assert country_at(w, 0, lx) is None
