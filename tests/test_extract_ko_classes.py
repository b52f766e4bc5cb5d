"""Classes of Korean wording, each with sentences written for the project (not from any evaluation set): the table
data (analysis/extract/tables/ko.yaml) decides them."""

from __future__ import annotations

import pytest

from analysis import extract_claims


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["stated"], r["metric"], r["country"]) for r in extract_claims(text, lang="ko").to_dict("records")]


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(r["stated"], r["speaker"], r["country"]) for r in extract_claims(text, lang="ko").to_dict("records")]


@pytest.mark.parametrize("body", ["해군", "공군", "해병대", "국군", "검찰", "법원", "교도소", "보건소", "시청", "군청",
                                  "경찰관", "차관", "부통령", "적십자사", "노동조합"])
def test_bodies_of_a_state_and_their_people_speak(body):
    # branches of the armed forces, courts and prosecutors, local offices, officials by rank: heads of speaker phrases
    # ('해군이 밝혔다', '검찰에 따르면'), and in news that names no other country they speak for the home country
    last = body[-1]
    subject = "이" if (ord(last) - 0xAC00) % 28 else "가"
    assert _speakers(f"어선 화재로 선원 3명이 숨졌다고 {body}{subject} 설명했다.") == [("3", body, "KR")]
    assert _speakers(f"{body}에 따르면 화물선 충돌로 선원 5명이 다쳤다.") == [("5", body, "KR")]


@pytest.mark.parametrize("text, expected", [
    # a rescue worker and a doctor speak for no state (the guide: unknown speakers have no country)
    ("현장에 투입된 구조대원은 \"잔해 속에서 시신 4구를 수습했다\"고 말했다.", [("4", "구조대원", "")]),
    ("응급실 의사는 \"중상자 6명이 밤새 실려 왔다\"고 전했다.", [("6", "응급실 의사", "")]),
])
def test_rescue_workers_and_doctors_speak_for_no_state(text, expected):
    assert _speakers(text) == expected


def test_self_defence_forces_are_japans():
    assert _speakers("자위대는 산사태 현장에 대원 900명을 파견했다고 밝혔다.") == [("900", "자위대", "JP")]


@pytest.mark.parametrize("text", [
    # 나 read alone is the verb 나다 ('사고가 나'), 내 is 'within' ('공장 내'): no first-person voice, so a last sentence
    # that is a clause ('…할 방침이다') never signs the article as its issuer
    "항구 내 창고에서 불이 나 작업자 4명이 숨졌다.\n\n공장 내 설비에서 폭발이 난 것으로 보인다.\n\n"
    "경찰은 업체 대표를 상대로 사고 원인을 조사할 예정이다.",
])
def test_a_verb_read_as_the_pronoun_na_makes_no_first_person_issuer(text):
    assert _rows(text) == []


def test_a_clause_at_the_end_signs_no_statement():
    # two sentences in the first person (우리 군, 우리 정부) and a last line with a role: a clause ending in a verb
    # ('…할 방침이다') is no signature; a line that is only a name and a role is
    opening = "우리 군 장병 2명이 훈련 중 다쳤다.\n\n우리 정부는 사고 경위를 파악하고 있다.\n\n"
    assert _rows(opening + "경찰은 부대 관계자를 상대로 조사할 방침이다.") == []
    assert _speakers(opening + "국방부 대변인 김철수") == [("2", "국방부 대변인 김철수", "KR")]


@pytest.mark.parametrize("text, expected", [
    # 만 after a span of time is 'after' ('3일 만에'), and 일 glued to a digit is the day, not one
    ("해경은 사고 발생 3일 만에 실종자 2명을 찾았다고 밝혔다.", [("2", "missing", "KR")]),
    ("소방당국은 대원 120명을 투입해 2시간 만에 불을 껐다고 밝혔다.", [("120", "deployed", "KR")]),
    ("해경은 선원 5명이 실종된 지 10년 만의 최악의 사고라고 밝혔다.", [("5", "missing", "KR")]),
])
def test_man_after_a_span_of_time_counts_no_one(text, expected):
    assert _rows(text) == expected


def test_a_number_after_deung_is_a_whole_not_a_part_of_the_sentence_before():
    # '보행자 등 40여 명': 등 closes a list of what the 40 include; it does not make them a part of the dead before
    text = ("경찰은 다리 붕괴로 2명이 숨졌다고 밝혔다. 경찰은 당시 다리 위에 보행자 등 40여 명이 있었던 것으로 보고 있다.")
    assert _rows(text) == [("2", "killed", "KR")]
