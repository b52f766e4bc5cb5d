"""Whole families of wording: Korean auxiliaries and bound nouns, leaving home, not accounted for.

The sentences are our own; each test names the metric and the number a reader would take from it.
"""
import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, float]]:
    return extracted(text, lang, "metric", "low", ordered=True)


@pytest.mark.parametrize("text", [
    "군 관계자는 등산객 4명이 아직 연락이 닿지 않는다고 밝혔다.",
    "군 관계자는 등산객 4명이 연락이 닿지 않았다고 밝혔습니다.",
    "군 관계자는 등산객 4명과 여전히 연락이 되지 않고 있다고 전했다.",
    "군 관계자는 등산객 4명의 소재가 아직 파악되지 않았다고 밝혔다.",
    "군 관계자는 등산객 4명의 행방이 확인되지 않고 있다고 말했다.",
])
def test_korean_cannot_be_reached_is_missing(text):
    assert _rows(text, "ko") == [("missing", 4.0)]


def test_korean_auxiliary_word_keys_as_its_verb():
    from analysis.extract.language import language

    lx = language("ko")
    assert lx.korean("않고").key == "않다"
    assert lx.korean("않았다").key == "않다"


def test_korean_found_dead_is_killed():
    # 채 after a verb is "in the state of" (found dead), not the counter of houses
    assert _rows("경찰에 따르면 등산객 5명이 숨진 채 발견됐습니다.", "ko") == [("killed", 5.0)]


def test_korean_counter_of_houses_still_is_no_people():
    assert _rows("소방당국은 주택 5채가 불에 탔다고 밝혔다.", "ko") == []


@pytest.mark.parametrize("text", [
    "Голова району повідомив, що з прибережних сіл виїхали 700 людей.",
    "Голова району повідомив, що 700 людей були змушені виїхати зі своїх сіл.",
    "Голова району повідомив, що 700 людей покинули свої домівки.",
])
def test_ukrainian_leaving_home_is_displaced(text):
    assert _rows(text, "uk") == [("displaced", 700.0)]


@pytest.mark.parametrize("text", [
    "Глава района сообщил, что из прибрежных сёл выехали 700 человек.",
    "Глава района сообщил, что 700 человек были вынуждены покинуть свои дома.",
])
def test_russian_leaving_home_is_displaced(text):
    assert _rows(text, "ru") == [("displaced", 700.0)]


@pytest.mark.parametrize("text", [
    "Twelve hikers had not been accounted for by Monday evening, the sheriff said.",
    "Twelve hikers have yet to be accounted for, the sheriff said.",
])
def test_english_not_accounted_for_is_missing(text):
    assert _rows(text, "en") == [("missing", 12.0)]


def _countries(text: str, lang: str) -> list[str]:
    return list(extract_claims(text, lang=lang)["country"])


@pytest.mark.parametrize("text, country", [
    ("주한 태국대사관은 자국 근로자 6명이 실종됐다고 밝혔다.", "TH"),  # a country glued to its embassy
    ("일본 규슈에 폭우가 쏟아졌다. 국토교통성 소방청은 주민 6명이 다쳤다고 밝혔다.", "JP"),  # a ministry (…성) of the
    # country the context names, not the Korean 소방청
    ("오이타현은 주민 6명이 피난했다고 밝혔다.", "JP"),  # a Japanese prefecture speaks
])
def test_korean_foreign_bodies_keep_their_country(text, country):
    assert _countries(text, "ko") == [country]


@pytest.mark.parametrize("text", [
    "According to WHO, 40 people have died of measles since March.",
    "WHO said 40 people have died of measles since March.",
])
def test_an_acronym_that_spells_a_function_word_is_a_speaker(text):
    df = extract_claims(text, lang="en")
    assert list(zip(df["speaker"], df["metric"], df["low"])) == [("WHO", "killed", 40.0)]


def test_a_name_with_digits_is_a_speaker():
    df = extract_claims("Як повідомляє телеканал K5, загинули щонайменше 9 людей.", lang="uk")
    assert list(zip(df["speaker"], df["metric"], df["low"])) == [("телеканал K5", "killed", 9.0)]


def test_a_cue_around_the_number_and_its_people():
    # "судьба … неизвестна" around "15 рыбаков": the people counted stand between the number and the cue's end
    assert _rows("Спасатели сообщили, что судьба 15 рыбаков неизвестна.", "ru") == [("missing", 15.0)]


def test_two_clauses_joined_by_and_keep_their_own_cues():
    assert _rows("Rebels said the strike killed 30 people and wounded 80.", "en") == [("killed", 30.0),
                                                                                   ("wounded", 80.0)]


@pytest.mark.parametrize("text, lang, metric", [
    ("За даними МОЗ, щороку від грипу помирають понад 900 людей.", "uk", "killed"),
    ("За даними ДСНС, з прибережних сіл щороку переселяються 900 людей.", "uk", "displaced"),
    ("По данным МЧС, ежегодно на дорогах гибнут 900 человек.", "ru", "killed"),
    ("По данным МЧС, из прибрежных сёл ежегодно переселяются 900 человек.", "ru", "displaced"),
])
def test_imperfective_and_reflexive_verbs_count_too(text, lang, metric):
    assert _rows(text, lang) == [(metric, 900.0)]


@pytest.mark.parametrize("text", [
    "The agency said 3,000 people are living in makeshift camps outside the town.",
    "The agency said 3,000 people were living in tents after the earthquake.",
    "The agency said 3,000 of them have moved to displacement sites.",
])
def test_english_makeshift_camps_are_displaced(text):
    assert _rows(text, "en") == [("displaced", 3000.0)]
