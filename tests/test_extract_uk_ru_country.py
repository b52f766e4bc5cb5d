"""Which country a Ukrainian or Russian claim is credited to, class by class, with sentences written for the project
(not from any evaluation set)."""

from __future__ import annotations

import pytest

from analysis import extract_claims
from analysis.extract.language import language
from analysis.extract.words import country_at, tokenize
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, str, str]]:
    return extracted(text, lang, "stated", "metric", "country")


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


def _spoken(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(r["stated"], r["speaker"], r["organisation"]) for r in extract_claims(text, lang=lang).to_dict("records")]


# An outlet the speaker talked to is no part of the speaker: a circumstance closing the subject before its verb ("в
# интервью Reuters", "в коментарі AFP", "в беседе с CNN"), or the outlet in the dative that opens the words after
# the verb ("сообщил агентству Reuters глава МЧС"). The agency's country is not the claim's.
@pytest.mark.parametrize("lang, text, stated, speaker", [
    ("ru", "Губернатор провинции в комментарии AFP заявил, что пропали без вести 80 человек.", "80",
     "Губернатор провинции"),
    ("ru", "Глава местной администрации в интервью Reuters сказал, что погибли 12 человек.", "12",
     "Глава местной администрации"),
    ("ru", "Представитель береговой охраны в беседе с CNN сообщил, что ранены 7 моряков.", "7",
     "Представитель береговой охраны"),
    ("uk", "Представник місцевої громадської організації в коментарі AFP заявив, що зникли безвісти 80 людей.", "80",
     "Представник місцевої громадської організації"),
    ("uk", "Голова місцевої адміністрації в інтерв'ю Reuters сказав, що загинули 12 людей.", "12",
     "Голова місцевої адміністрації"),
    ("uk", "Речниця поліції в ефірі CNN повідомила, що поранено 9 людей.", "9", "Речниця поліції"),
])
def test_an_interview_with_an_outlet_before_the_verb_is_not_the_speaker(lang, text, stated, speaker):
    rows = _spoken(text, lang)
    assert [(s, who) for s, who, _ in rows] == [(stated, speaker)]
    assert all(org not in ("Reuters", "Agence France-Presse (AFP)", "CNN") for _, _, org in rows)


@pytest.mark.parametrize("lang, text, stated, organisation", [
    # the agency's own staff speak for it: "Представитель агентства Reuters" is a speaker of Reuters
    ("ru", "Представитель агентства Reuters сообщил, что погибли 4 журналиста.", "4", "Reuters"),
    ("uk", "Представник агентства Reuters повідомив, що загинули 4 журналісти.", "4", "Reuters"),
])
def test_an_outlet_inside_the_subject_as_its_body_still_speaks(lang, text, stated, organisation):
    assert [(s, org) for s, _, org in _spoken(text, lang)] == [(stated, organisation)]


@pytest.mark.parametrize("lang, text, expected", [
    # a demonstrative declined with its noun is no backward marker ("от этого округа" is not "об этом")
    ("ru", "Депутат от этого округа заявил агентству Reuters, что погибли более 30 человек.",
     [("более 30", "Депутат от этого округа")]),
    ("uk", "Депутат від цього округу заявив агентству Reuters, що загинули понад 30 людей.",
     [("понад 30", "Депутат від цього округу")]),
    # the pronoun that points back still does, past the outlet spoken to
    ("ru", "Погибли 30 человек. Об этом сообщил агентству Reuters глава МЧС Сергей Иванов.",
     [("30", "глава МЧС Сергей Иванов")]),
    ("uk", "Загинули 30 людей. Про це сказав виданню «Суспільне» голова ОВА Сергій Іваненко.",
     [("30", "голова ОВА Сергій Іваненко")]),
    ("ru", "Об этом заявил агентству Reuters министр обороны Таиланда, уточнив, что в плен взяты 18 военных.",
     [("18", "министр обороны Таиланда")]),
])
def test_an_outlet_in_the_dative_is_spoken_to(lang, text, expected):
    assert [(s, who) for s, who, _ in _spoken(text, lang)] == expected


# "МЧС республики", "МВС країни": a body of "the country" speaks for the country named just before it, in its own
# sentence or the one or two before it in the paragraph, rather than for the last speaker's country.
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Представитель МИД Франции заявил, что ранены двое граждан. В Кении в результате наводнения погибли 14 "
           "человек. Об этом сообщило Министерство внутренних дел республики.",
     [("двое", "wounded", "FR"), ("14", "killed", "KE")]),
    ("ru", "Генштаб Польши заявил, что ранены трое военных. В Казахстане на шахте погибли шесть горняков. "
           "Об этом сообщило МЧС республики.", [("трое", "wounded", "PL"), ("шесть", "killed", "KZ")]),
    ("uk", "Речник МЗС Франції заявив, що поранено двох громадян. У Кенії внаслідок повені загинули 14 людей. "
           "Про це повідомило Міністерство внутрішніх справ країни.",
     [("двох", "wounded", "FR"), ("14", "killed", "KE")]),
    ("uk", "Генштаб Польщі заявив, що поранено трьох військових. У Казахстані на шахті загинули шестеро гірників. "
           "Про це повідомило МНС республіки.", [("трьох", "wounded", "PL"), ("шестеро", "killed", "KZ")]),
    # (its own sentence still decides first)
    ("ru", "Представитель МИД Франции заявил, что ранены двое граждан. В Перу при сходе оползня погибли 9 человек, "
           "сообщили в МЧС страны.", [("двое", "wounded", "FR"), ("9", "killed", "PE")]),
])
def test_a_body_of_the_country_speaks_for_the_country_named_just_before(lang, text, expected):
    assert _rows(text, lang) == expected



# A title before a country in the genitive ("Султан Омана", "Эмир Катара") is a role, not a first name before a
# surname: the country still says where the story is.
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Султан Омана выразил соболезнования семьям жертв. В Омане погибли 12 человек, сообщил Национальный "
           "комитет по чрезвычайным ситуациям.", [("12", "killed", "OM")]),
    ("ru", "Эмир Катара осудил нападение. В Катаре ранены 5 человек, сообщила полиция.", [("5", "wounded", "QA")]),
    ("uk", "Султан Оману висловив співчуття родинам загиблих. В Омані загинули 12 людей, повідомив Національний "
           "комітет з надзвичайних ситуацій.", [("12", "killed", "OM")]),
    ("uk", "Емір Катару засудив напад. У Катарі поранено 5 людей, повідомила поліція.", [("5", "wounded", "QA")]),
])
def test_a_monarchs_title_before_a_country_is_no_first_name(lang, text, expected):
    assert _rows(text, lang) == expected
