"""Whole families of wording: Korean auxiliaries and bound nouns, leaving home, not accounted for.

The sentences are our own; each test names the metric and the number a reader would take from it.
"""
import pytest

from analysis import extract_claims


def _rows(text: str, lang: str) -> list[tuple[str, float]]:
    df = extract_claims(text, lang=lang)
    return sorted(zip(df["metric"], df["low"]))


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
    ("국토교통성 소방청은 주민 6명이 다쳤다고 밝혔다.", "JP"),  # a Japanese ministry names no country
    ("오이타현은 주민 6명이 대피했다고 밝혔다.", "JP"),  # a Japanese prefecture speaks
])
def test_korean_foreign_bodies_keep_their_country(text, country):
    assert _countries(text, "ko") == [country]
