"""Local speakers of communal violence, class by class, in the four languages (our own sentences, no article text).

Each block is one mechanism, with sentences where it must fire and distractors where it must not:

- a unit numbered by an ordinal prefix glued to its noun (Korean 제: "제6보병사단은", "제3기동대는") is a body's name,
  not a count, so it is the subject that speaks;
- a country's name of an adjective and a noun is found in every case ("у Південному Судані", "в Южном Судане"), so the
  adjective's oblique form (Ukrainian "Південному", read first as a neuter) does not leave Sudan's noun alone.
"""

import pytest

from analysis import extract_claims


def rows(text: str, lang: str) -> list[dict]:
    return extract_claims(text, lang=lang).to_dict("records")


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(r["stated"], r["metric"], r["country"]) for r in rows(text, lang)]


# -- a unit numbered by an ordinal prefix is a body's name ------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("나이지리아 육군 제3사단은 플래토주 마을 습격으로 주민 21명이 숨지고 9명이 다쳤다고 밝혔다.",
     [("21", "killed", "NG"), ("9", "wounded", "NG")]),
    ("말리 경찰 제2기동대는 교전으로 12명이 숨졌다고 발표했다.", [("12", "killed", "ML")]),
    ("인도 마니푸르주 경찰 제5대대는 충돌 이후 주민 300여 명이 피란했다고 전했다.", [("300여", "displaced", "IN")]),
])
def test_a_unit_numbered_by_an_ordinal_prefix_speaks(sentence, expected):
    assert found(sentence, "ko") == expected


def test_an_ordinal_prefix_alone_is_still_no_speaker():
    # "제2 도시" (the second city) is a place: the police after the count speak
    assert found("나이지리아 제2 도시에서 30명이 숨졌다고 경찰이 밝혔다.", "ko") == [("30", "killed", "NG")]


def test_a_count_glued_to_its_counter_is_no_unit():
    # "8명이" is a count of people, no name of a unit: no speaker phrase swallows it
    got = rows("필리핀 육군은 교전으로 8명이 숨졌다고 밝혔다.", "ko")
    assert [(r["stated"], r["speaker"]) for r in got] == [("8", "필리핀 육군")]


# -- a country's name of an adjective and a noun, in every case ------------------------------------------------------
@pytest.mark.parametrize("lang, sentence, code", [
    ("uk", "Комісар округу Пібор у Південному Судані заявив, що під час нападу загинули 17 людей.", "SS"),
    ("uk", "Губернатор провінції у Східному Тиморі повідомив, що внаслідок сутичок загинули семеро людей.", "TL"),
    ("ru", "Комиссар округа Пибор в Южном Судане заявил, что при нападении погибли 17 человек.", "SS"),
    ("uk", "Місцевий чиновник з Південного Судану сказав, що загинули 23 людини.", "SS"),
])
def test_a_country_of_an_adjective_and_a_noun_is_found_in_every_case(lang, sentence, code):
    assert [r["country"] for r in rows(sentence, lang)] == [code]


@pytest.mark.parametrize("lang, sentence, code", [
    ("uk", "Губернатор штату Дарфур у Судані повідомив, що загинули 40 людей.", "SD"),
    ("ru", "Губернатор штата Дарфур в Судане сообщил, что погибли 40 человек.", "SD"),
])
def test_the_noun_alone_is_still_its_own_country(lang, sentence, code):
    assert [r["country"] for r in rows(sentence, lang)] == [code]
