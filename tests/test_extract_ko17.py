"""Korean constructions of the twenty-sixth session (ko17): each test is a sentence written for the project, not taken
from any evaluation set, with distractors where the mechanism must not fire."""

from __future__ import annotations

import pytest

from conftest import extracted


def _rows(text: str) -> list[tuple[str, str, str]]:
    return extracted(text, "ko", "stated", "metric", "speaker", ordered=True)


# --- a headline's actor before a comma, its act, an ellipsis, then a toll: the actor is no source -----------------

@pytest.mark.parametrize("text", [
    "무장단체, 버스터미널에 폭탄 공격…승객 7명 사망",
    "정부군, 반군 거점 마을 포격…주민 등 20여명 사상",
    "해적, 어선 습격…선원 3명 부상",
])
def test_the_actor_of_a_headlines_first_clause_is_no_source_of_the_toll_after_it(text):
    # the attacker before the comma did the act before the ellipsis; the toll after it is the outlet's
    assert [row[2] for row in _rows(text)] == []


@pytest.mark.parametrize("text, expected", [
    # distractors: the actor's own act governs its count (a deployment), or a quotation after the ellipsis is its
    ("정부, 지진 피해 지역에 구호대 35명 파견", [("35", "deployed", "정부")]),
    ("정부, 구호대 35명 파견…오늘 현지 도착", [("35", "deployed", "정부")]),
    ('경찰청, 실종자 수색 사흘째… "지금까지 시신 4구 수습"', [("4", "killed", "경찰청")]),
])
def test_the_actor_before_a_headlines_comma_still_speaks_for_its_own_act(text, expected):
    assert _rows(text) == expected


# --- a "we" inside a quotation is the quotation's speaker, not the newsroom --------------------------------------

def test_a_first_person_inside_a_quotation_carries_the_speaker_before():
    # on a news outlet's page, the "we" of a quotation whose verb of saying has its subject left out is the speaker
    # before, not the newsroom in its own first person
    from analysis import extract_claims
    text = ("(서울=뉴스1) 홍길동 기자 = 반군 측 대변인 김모씨는 \"정부군 20명을 사살했다\"고 주장했다.\n\n"
            "이어 \"우리 측 전투원 5명도 숨졌다\"며 \"작전은 계속된다\"고 덧붙였다.")
    found = extract_claims(text, lang="ko", document="news1_2026-01-05_rebel_claims_lang-ko.txt")
    rows = list(zip(found["stated"], found["metric"], found["speaker"]))
    assert [(s, m) for s, m, _ in rows] == [("20", "killed"), ("5", "killed")]
    assert rows[1][2] == rows[0][2] == "반군 측 대변인 김모씨"


# --- a counter of things written apart before a hedge counts things --------------------------------------------

@pytest.mark.parametrize("text", [
    "국정원은 북한이 포탄 300 발 이상을 러시아에 보냈다고 밝혔다.",
    "국방부는 장갑차 40 대 이상을 전선에 보냈다고 밝혔다.",
    "해경은 경비함정 3 척 이상을 현장에 보냈다고 밝혔다.",
])
def test_a_counter_of_things_written_apart_inside_a_hedged_number_counts_things(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # distractors: people's counters written apart, the honorific counter after a number word, bodies
    ("국방부는 병사 300 명 이상을 전선에 보냈다고 밝혔다.", [("300 명 이상", "deployed", "국방부")]),
    ("경찰은 시신 12 구 이상을 수습했다고 밝혔다.", [("12 구 이상", "killed", "경찰")]),
    ("국방부는 병력 2만 명 이상을 보냈다고 밝혔다.", [("2만 명 이상", "deployed", "국방부")]),
])
def test_a_counter_of_people_or_bodies_written_apart_still_counts_them(text, expected):
    assert _rows(text) == expected


# --- a stance put out or held, named by an adnominal quotation --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('국방부는 "교관들 가운데 사망자는 4명"이라는 입장을 내놨다.', [("4", "killed", "국방부")]),
    ("경찰청은 실종자가 12명이라는 입장을 고수했다.", [("12", "missing", "경찰청")]),
    ('외교부는 "우리 국민 부상자는 2명"이라는 입장을 표명했다.', [("2", "wounded", "외교부")]),
])
def test_the_subject_that_puts_out_a_stance_says_what_it_quotes(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # distractors: denying a claim says the opposite; a report is no stance of the subject's
    "국방부는 병사 30명이 숨졌다는 주장을 부인했다.",
    "국방부는 병사 30명이 숨졌다는 주장을 일축했다.",
])
def test_a_claim_denied_is_not_the_subjects(text):
    assert [row for row in _rows(text) if row[2] == "국방부"] == []


# --- a headline's actor whose act is hostile, then a quotation: the actor did the harm, it is not quoted ----------

def test_an_attacker_before_a_headlines_comma_is_no_source_of_the_quoted_toll():
    assert _rows('무장단체, 경찰 초소 습격…"경찰관 6명 사망"') == []


def test_a_court_before_a_headlines_comma_still_says_what_the_quotation_holds():
    # distractor: a sentence handed down is no hostile act; the court says what the quotation holds
    assert _rows('지방법원, 방화범에 무기징역… "주민 12명 숨지게 해"') == [("12", "killed", "지방법원")]


# --- the subject of the clause an estimate embeds ("…것으로 보고 있다") is what was estimated -----------------------

@pytest.mark.parametrize("text, expected", [
    # the one subject (이/가) before the embedded clause is its own (a country, which could speak); the estimator is
    # the speaker outside the quotation
    ('국방부 관계자는 "러시아가 병력 3천여명을 전선에 보낸 것으로 보고 있다"고 말했다.',
     [("3천여명", "deployed", "국방부 관계자")]),
    ('국방부는 "북한이 병력 3천여명을 전선에 보낸 것으로 보고 있다"며 "추가 파병도 예상된다"고 밝혔다.',
     [("3천여명", "deployed", "국방부")]),
    # two subjects: the first estimates, the one nearest the clause is the clause's
    ("정보당국이 러시아가 병력 2천명을 국경에 보낸 것으로 추정했다.", [("2천", "deployed", "정보당국")]),
])
def test_the_subject_of_an_estimated_clause_is_not_the_estimator(text, expected):
    assert _rows(text) == expected


def test_a_subject_with_a_clause_subject_after_it_still_estimates():
    # distractor: 10명이 is the embedded clause's subject, so 정부가 before it is the one who estimates
    assert _rows("정부가 10명이 숨진 것으로 보고 있다.") == [("10", "killed", "정부")]
