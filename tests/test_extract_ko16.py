"""Korean constructions that recur across the read material (session 25, ko16): each test is a sentence written for
the project, not taken from any evaluation set, with distractors where the mechanism must not fire."""

from __future__ import annotations

import pytest

from conftest import extracted


def _rows(text: str) -> list[tuple[str, str, str]]:
    return extracted(text, "ko", "stated", "metric", "speaker", ordered=True)


# --- the giver of a document received: "의원이 X로부터 제출받은 자료에 따르면" ------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a lawmaker received the data; the ministry that gave it made it and speaks through it
    ("김철수 의원이 3일 해양경찰청으로부터 제출받은 자료에 따르면 지난해 바다에서 숨진 낚시객은 41명이었다.",
     [("41", "killed", "해양경찰청")]),
    ("이영희 의원이 소방청에게서 넘겨받은 '화재 통계' 자료에 따르면 올해 화재로 다친 사람은 1천250명이다.",
     [("1천250", "wounded", "소방청")]),
])
def test_the_giver_of_a_document_received_speaks(text, expected):
    assert _rows(text) == expected


def test_a_bare_document_afterwards_points_back_to_its_giver():
    # "자료에 따르면" with no owner, two sentences on, stands for the giver named first
    text = ("박민수 의원이 국방부로부터 제출받은 자료에 따르면 올해 훈련 중 숨진 장병은 9명이다.\n\n"
            "이 가운데 대부분은 부사관이었다.\n\n"
            "자료에 따르면 같은 기간 군사경찰에 체포된 인원은 130명이었다.")
    assert _rows(text) == [("130", "captured", "국방부"), ("9", "killed", "국방부")]


@pytest.mark.parametrize("text, expected", [
    # the body that made and sent the document is the subject: it speaks as before
    ("국방부가 박민수 의원에게 제출한 자료에 따르면 올해 훈련 중 숨진 장병은 9명이다.", [("9", "killed", "국방부")]),
    # 로부터 outside the relative clause on the document, with no verb of receiving: no giver
    ("주민들로부터 신고를 받은 경찰에 따르면 이날 불로 2명이 다쳤다.", [("2", "wounded", "경찰")]),
])
def test_no_giver_where_no_document_was_received(text, expected):
    assert _rows(text) == expected


# --- the whole before a partition word: "N명 가운데 M명이 숨졌다" ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the recruits and the crew aboard are the whole: what befell the one named after 가운데 is not theirs
    ("군은 버스에 타고 있던 신병 30명 가운데 김모 이병이 숨졌다고 밝혔다.", []),
    ("해경은 어선에 타고 있던 선원 12 명 중 선장이 실종됐다고 밝혔다.", []),
    # the whole keeps the cue before it: personnel sent, of whom the part are casualties
    ("국방부는 해외에 파견된 공병 부대원 500명 가운데 사상자가 30명이라고 밝혔다.",
     [("30", "killed_or_wounded", "국방부"), ("500", "deployed", "국방부")]),
])
def test_the_cue_after_a_partition_word_is_the_parts(text, expected):
    assert _rows(text) == expected


def test_a_whole_named_by_its_own_measure_noun_keeps_it():
    # distractor: the whole is the dead (사망자 before it), the part "children" shares it
    assert _rows("경찰은 사망자 38명 가운데 12명이 어린이라고 밝혔다.") == [
        ("12", "killed", "경찰"), ("38", "killed", "경찰")]


# --- a part named before its whole, its counter written apart: "어린이 60여 명을 포함해" --------------------------

@pytest.mark.parametrize("text, expected", [
    ("정부는 어린이 40여 명을 포함해 최소 150명이 숨졌다고 밝혔다.",
     [("40여", "killed", "정부"), ("최소 150", "killed", "정부")]),
    ("경찰은 교사 3 명을 포함해 모두 9명이 다쳤다고 밝혔다.", [("3", "wounded", "경찰"), ("9", "wounded", "경찰")]),
])
def test_a_part_before_its_whole_with_the_counter_apart(text, expected):
    assert _rows(text) == expected


def test_people_joined_with_a_counter_apart_are_no_part():
    # distractor: 과 joins two groups rescued (no measure), no subset word
    assert _rows("경찰은 어린이 60여 명과 교사 2명을 구조했다고 밝혔다.") == []


# --- people who came to an emergency room are the hurt ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("병원 관계자는 \"모두 9명이 우리 병원 응급실로 왔다\"고 말했다.", [("9", "wounded", "병원 관계자")]),
    ("보건당국 관계자는 \"어제 하루에만 환자 215명이 응급실을 찾았다\"고 말했다.", [("215", "wounded", "보건당국 관계자")]),
    ("소방본부는 주민 14명이 권역외상센터에 도착했다고 밝혔다.", [("14", "wounded", "소방본부")]),
])
def test_people_who_came_to_emergency_care_are_wounded(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # distractors: a hospital that relatives visit, and an emergency room named with no coming to it
    "유족 10명이 병원을 찾았다고 경찰은 밝혔다.",
    "병원 측은 응급실 의료진 20명을 추가로 배치했다고 밝혔다.",
])
def test_visitors_and_staff_of_a_hospital_are_no_hurt(text):
    assert [row for row in _rows(text) if row[1] == "wounded"] == []


# --- a headline's verbal noun after the count: "하마스 대원 19명 제거" ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('이스라엘군 "무장대원 35명 제거"…교전 이어져', [("35", "killed", "이스라엘군")]),
    ('군 당국 "반군 전투원 12 명 무력화"', [("12", "killed", "군 당국")]),
])
def test_a_headlines_verbal_noun_after_the_count_is_its_cue(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    '경찰 "잔해 50톤 제거"',  # a count of things
    '군 "무장대원 3명 제거 작업 중"',  # the noun opens a phrase of its own: no predicate
])
def test_a_verbal_noun_that_closes_no_clause_after_people_is_no_cue(text):
    assert _rows(text) == []


def test_the_press_short_name_of_ukraine_is_a_country():
    # 우크라, as 아프간 and 중아공: the body it names is Ukraine's
    assert extracted('우크라 국방부 "러시아군 포로 40명 송환"', "ko", "stated", "country") == [("40", "UA")]


# --- people who got out of a building by themselves lose no home ------------------------------------------------

@pytest.mark.parametrize("text", [
    "소방당국은 공장 안에 있던 직원 30명 가운데 25명은 스스로 대피했다고 밝혔다.",
    "구청은 화재 당시 주민 40여명이 자력으로 대피했다고 밝혔다.",
])
def test_people_who_got_out_by_themselves_are_no_displaced(text):
    assert _rows(text) == []


def test_people_evacuated_are_no_measure_but_the_hurt_beside_them_count():
    # distractor: since evac17 an evacuation counts no one displaced in any language, and the hurt beside it count
    assert _rows("군청은 주민 300명이 대피했고 소방관 2명이 다쳤다고 밝혔다.") == [("2", "wounded", "군청")]
