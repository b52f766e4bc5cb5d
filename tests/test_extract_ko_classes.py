"""Classes of Korean wording, each with sentences written for the project (not from any evaluation set): the table
data (analysis/extract/tables/ko.yaml) decides them."""

from __future__ import annotations

import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str) -> list[tuple[str, str, str]]:
    return extracted(text, "ko", "stated", "metric", "country")


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return extracted(text, "ko", "stated", "speaker", "country")


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
    # an age by decade inside the number's own words ('60대 이상': in their sixties or older) counts no one
    ("해경은 사망자 5명 가운데 4명이 60대 이상이라고 밝혔다.", [("5", "killed", "KR"), ("4", "killed", "KR")]),
    # a block of a camp ('11구역') counts no one
    ("유엔은 난민촌 11구역에서 불이 나 주민 300명이 집을 잃었다고 밝혔다.", [("300", "displaced", "")]),
])
def test_man_after_a_span_of_time_counts_no_one(text, expected):
    assert _rows(text) == expected


def test_a_number_after_deung_is_a_whole_not_a_part_of_the_sentence_before():
    # '보행자 등 40여 명': 등 closes a list of what the 40 include; it does not make them a part of the dead before
    text = ("경찰은 다리 붕괴로 2명이 숨졌다고 밝혔다. 경찰은 당시 다리 위에 보행자 등 40여 명이 있었던 것으로 보고 있다.")
    assert _rows(text) == [("2", "killed", "KR")]


@pytest.mark.parametrize("text, metric", [
    # each measure's family, words of a dictionary rather than of one article (verbs take every ending through kiwipiepy)
    ("보안군은 무장대원들이 인질 4명을 참수했다고 밝혔다.", "killed"),
    ("경찰은 공연장 출구에서 관객 4명이 압사했다고 밝혔다.", "killed"),
    ("소방당국은 지하실에 있던 4명이 질식사했다고 밝혔다.", "killed"),
    ("인권단체는 군인들이 마을 주민 40명을 학살했다고 주장했다.", "killed"),
    ("병원 측은 중상자 4명이 끝내 숨을 거뒀다고 밝혔다.", "killed"),
    ("구청은 독거노인 4명이 폭염 속에 세상을 떠났다고 밝혔다.", "killed"),
    ("해경은 낚시객 4명이 갯바위에서 변을 당했다고 밝혔다.", "killed"),
    ("경찰은 괴한이 일가족 4명을 죽였다고 밝혔다.", "killed"),
    ("소방당국은 주민 4명이 골절상을 입었다고 밝혔다.", "wounded"),
    ("소방당국은 등산객 4명이 헬기로 병원에 후송됐다고 밝혔다.", "wounded"),
    ("보건소는 학생 4명이 현장에서 응급처치를 받았다고 밝혔다.", "wounded"),
    ("병원 측은 환자 4명이 중환자실에 있다고 밝혔다.", "wounded"),
    ("경찰은 승객 4명이 위중하다고 밝혔다.", "wounded"),
    ("경찰은 시위 참가자 40명을 검거했다고 밝혔다.", "captured"),
    ("검찰은 조직원 4명을 구속했다고 밝혔다.", "captured"),
    ("해경은 외국 어선 선원 14명을 나포했다고 밝혔다.", "captured"),
    ("인권단체는 언론인 4명이 교도소에 갇혀 있다고 밝혔다.", "captured"),
    ("경찰은 무장괴한들이 교사 4명을 잡아갔다고 밝혔다.", "captured"),
    ("해경은 선원 4명이 아직 발견되지 않았다고 밝혔다.", "missing"),
    ("국경수비대는 주민 900명이 국경을 넘어왔다고 밝혔다.", "displaced"),
    ("시청은 주민 900명을 임시 수용시설에 수용했다고 밝혔다.", "displaced"),
    ("유엔은 주민 900명이 삶의 터전을 떠났다고 밝혔다.", "displaced"),
    ("군청은 주민 900명이 집을 잃었다고 밝혔다.", "displaced"),
    ("소방청은 소방관 900명이 현장에 출동했다고 밝혔다.", "deployed"),
    ("경찰청은 기동대원 900명을 동원했다고 밝혔다.", "deployed"),
    ("국방부는 예비군 900명을 소집했다고 밝혔다.", "deployed"),
    ("합참은 파병 부대 9진 장병 300명이 출국했다고 밝혔다.", "deployed"),
    ("경찰은 이번 산사태가 주민 4명의 목숨을 앗아갔다고 밝혔다.", "killed"),
    ("소방당국은 주민 4명이 크고 작은 부상을 입었다고 밝혔다.", "wounded"),
    ("유엔은 주민 900명이 임시 천막에서 지내고 있다고 밝혔다.", "displaced"),
    ("유엔은 주민 900명이 거리로 내몰렸다고 밝혔다.", "displaced"),
    # killed or hurt, in one verb phrase
    ("경찰은 주민 4명이 숨지거나 다쳤다고 밝혔다.", "killed_or_wounded"),
    # people carried on stretchers are dead or hurt
    ("군 당국은 들것에 실려 나가는 인원이 4명이었다고 밝혔다.", "killed_or_wounded"),
])
def test_each_measure_family(text, metric):
    assert [row[1] for row in _rows(text)] == [metric]


@pytest.mark.parametrize("text", [
    # soldiers counted at a drill or a ceremony are no deployment (병사, 군인 are people, not a cue)
    "군은 이날 훈련에 병사 40명이 참가했다고 밝혔다.",
    "국방부는 기념식에 군인 40명이 참석했다고 밝혔다.",
])
def test_soldiers_counted_at_a_drill_are_no_claim(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text", [
    # a state of injury, then death, in one clause: what befell them last decides
    "경찰은 주민 4명이 화상으로 숨졌다고 밝혔다.",
    "경찰은 주민 4명이 치료를 받던 중 숨졌다고 밝혔다.",
    "경찰은 주민 4명이 병원으로 옮겨졌으나 숨졌다고 밝혔다.",
    "경찰은 주민 4명이 병원으로 이송됐지만 숨졌다고 밝혔다.",
    "경찰은 주민 4명이 토사에 매몰돼 숨졌다고 밝혔다.",
    "해경은 구조대원 4명이 급류에 휩쓸려 순직했다고 밝혔다.",
])
def test_a_state_of_injury_gives_way_to_death_later_in_the_clause(text):
    assert [row[1] for row in _rows(text)] == ["killed"]


def test_a_hedge_glued_to_the_copula_is_no_unit():
    # '2명 이상일': 일 is the copula after the hedge 이상, not days
    assert _rows("군 관계자는 \"사망자가 최소 3명 이상일 수 있다\"고 말했다.") == [("최소 3명 이상", "killed", "KR")]


def test_rescue_as_an_activity_does_not_block_a_measure():
    # '구조 작업 중 숨진': 구조 names the work the dead were doing, not people rescued
    text = "소방청은 사망자 가운데 4명이 구조 작업 중 숨진 소방관이라고 밝혔다."
    assert _rows(text) == [("4", "killed", "KR")]


@pytest.mark.parametrize("text, speaker", [
    # sentence adverbs and time words open no speaker phrase
    ("반면 내무부 대변인은 주민 4명이 숨졌다고 밝혔다.", "내무부 대변인"),
    ("이날 해경은 선원 4명이 숨졌다고 밝혔다.", "해경"),
    ("또 보건부는 주민 4명이 다쳤다고 밝혔다.", "보건부"),
    # a daily paper speaks for its own count
    ("현지 일간지 라나시온은 자체 집계 결과 사망자가 14명이라고 보도했다.", "현지 일간지 라나시온"),
])
def test_speaker_spans_without_sentence_adverbs(text, speaker):
    assert [row[1] for row in _speakers(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a quotation of two sentences: the speaker before its opening mark says both, not the next sentence's speaker
    ("해경 관계자는 \"선원 2명이 숨졌다. 실종자도 5명에 이른다\"고 말했다. 수협은 어선 3척이 파손됐다고 밝혔다.",
     [("2", "해경 관계자", "KR"), ("5", "해경 관계자", "KR")]),
    # a name with an age in brackets before the opening mark
    ("주민 라힘 칸(52)은 \"집이 다 무너졌다. 이웃 5명을 아직 찾지 못했다\"고 말했다.", [("5", "주민 라힘 칸", "")]),
    # the speaker after it: the quotative ending glued to the closing mark is no part of the phrase
    ("\"선원 2명이 숨졌다. 실종자도 5명에 이른다\"고 해경 관계자는 말했다.",
     [("2", "해경 관계자", "KR"), ("5", "해경 관계자", "KR")]),
])
def test_a_quotation_of_two_sentences(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # the subject (이/가) of a relative clause describes the speaker after it; it does not speak
    ("반군이 장악한 북부 지역의 보건국은 주민 14명이 숨졌다고 밝혔다.", "북부 지역의 보건국"),
    ("군부가 운영하는 국영방송은 주민 14명이 숨졌다고 보도했다.", "국영방송"),
    # a role joined by the copula (인) names the person after it
    ("현지 경찰서장인 라시드 칸은 주민 14명이 숨졌다고 말했다.", "현지 경찰서장인 라시드 칸"),
])
def test_relative_clauses_and_appositives_before_a_korean_speaker(text, speaker):
    assert [row[1] for row in _speakers(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a list of nouns each before its number: each noun counts the number after it, not the one before
    ("소방청은 화재로 사망자 6명·실종자 2명·부상자 15명의 인명 피해가 났다고 밝혔다.",
     [("6", "killed"), ("2", "missing"), ("15", "wounded")]),
    ("경찰청은 사망자 6명, 부상자 15명으로 집계됐다고 밝혔다.", [("6", "killed"), ("15", "wounded")]),
    # and a verb after each number still says what befell it
    ("소방청은 화재로 6명 사망·200명 피난이라고 밝혔다.", [("6", "killed"), ("200", "displaced")]),
])
def test_a_list_of_counted_nouns(text, expected):
    assert [row[:2] for row in _rows(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # '본부를 둔' (headquartered in) places a body; its verb (둔) is no part of the body's name
    ("런던에 본부를 둔 감시단체 '평화의 눈'은 주민 14명이 숨졌다고 밝혔다.", "감시단체 '평화의 눈'"),
    # a coalition named by its kind and the copula
    ("최소 9명이 숨졌다고 야권 연합체인 '민주전선'(DF)이 밝혔다.", "야권 연합체인 '민주전선'(DF)"),
])
def test_bodies_placed_or_named_by_their_kind(text, speaker):
    assert [row[1] for row in _speakers(text)] == [speaker]


def test_a_group_of_victims_families_speaks_for_no_state():
    # 모임 (a group of people, not an office): its representative takes no country from the story
    text = ("캄보디아 경찰은 범죄단지를 단속했다고 밝혔다. 피해자 가족 모임 대표 박모 씨는 \"아직 한국인 20명이 "
            "감금돼 있다\"고 말했다.")
    assert _rows(text) == [("20", "captured", "")]


@pytest.mark.parametrize("text, expected", [
    # a headline's source before its quotation: with a comma, with a bracketed acronym, after a bracketed tag, and
    # quoted in single marks (a headline's claim in single marks holds a number)
    ("칠레 재난청, \"산불로 12명 숨져\"", [("12", "killed", "CL")]),
    ("세계식량계획(WFP) \"주민 80만 명 피란\"", [("80만", "displaced", "")]),
    ("[단독] 페루 국방부 \"광산 붕괴로 광부 7명 매몰\"", [("7", "missing", "PE")]),
    ("칠레 경찰 '시위대 45명 연행'", [("45", "captured", "CL")]),
    # and after the quotation or the claim, past the headline's ellipsis
    ("\"광부 7명 매몰\"…페루 국방부", [("7", "missing", "PE")]),
    ("산불로 12명 숨져…칠레 재난청 발표", [("12", "killed", "CL")]),
])
def test_a_headlines_source_around_its_quotation(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # single marks around a name ('마리아'): no quotation of a source's figure
    "칠레 산불 '마리아' 사망자 12명으로 늘어…주민 수천명 피난",
    # a quotation and its ellipsis followed by what happens next, not by a source
    "\"광부 7명 매몰\"…구조 작업 사흘째",
])
def test_a_headline_without_a_source_gives_no_row(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text", ["주민 5천명이 강제 이주됐다고 유엔이 밝혔다.", "유엔은 주민 5천명이 강제로 이주했다고 밝혔다."])
def test_forced_relocation_is_displacement(text):
    assert _rows(text) == [("5천", "displaced", "")]


@pytest.mark.parametrize("text, expected", [
    # the owner (X의) of a statement noun speaks: a quotation closed by "X의 말이다" / "X의 설명이다"
    ("\"광부 7명이 아직 갱도에 갇혀 있습니다\" 칠레 광업부 차관의 말이다.", [("7", "missing", "CL")]),
    ("\"주민 120명이 피난했다\"는 게 페루 재난청의 설명이다.", [("120", "displaced", "PE")]),
    # "X 집계 결과", "X 자료를 보면": an according phrase of several words after its unmarked owner
    ("칠레 재난청 집계 결과 산불로 21명이 숨졌다.", [("21", "killed", "CL")]),
    ("페루 보건부 자료를 보면 홍수로 주민 48명이 다쳤다.", [("48", "wounded", "PE")]),
    # "X의 발표는 …" names the source a bare "발표에 따르면" in the next sentence points back to
    ("칠레 재난청의 발표는 오후에 나왔다. 발표에 따르면 산불로 21명이 숨졌다.", [("21", "killed", "CL")]),
])
def test_the_owner_of_a_statement_speaks(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # a body with its acronym in brackets opens the sentence before: "그는" and "이 기구는" point back to it
    ("세계식량계획(WFP) 대변인 안나 베르크 씨는 기자회견을 열었다. 그는 주민 8만 명이 피란했다고 말했다.",
     "세계식량계획(WFP) 대변인 안나 베르크"),
    ("세계식량계획(WFP)은 긴급 호소문을 냈다. 이 기구는 주민 8만 명이 피란했다고 밝혔다.", "세계식량계획(WFP)"),
])
def test_a_bracketed_acronym_in_the_subject_of_the_sentence_before(text, speaker):
    assert [row[1] for row in _speakers(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a foreign province or state before a body of the name the registry knows for Korea's own ('경찰청', '소방청')
    ("온타리오주 경찰청은 눈사태로 등산객 6명이 숨졌다고 밝혔다.", [("6", "killed", "CA")]),
    ("뉴사우스웨일스주 소방청은 산불로 주민 300명이 피난했다고 밝혔다.", [("300", "displaced", "AU")]),
    # a Korean city before it stays Korea's
    ("대구 경찰청은 화재로 6명이 숨졌다고 밝혔다.", [("6", "killed", "KR")]),
])
def test_a_foreign_region_names_its_own_body(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, metric", [
    # the verb before 것 ends the clause: a relative clause before the people says what befell them first
    ("칠레 보건부는 구조된 뒤 병원으로 옮겨진 광부 5명이 숨진 것으로 집계했다.", "killed"),
    ("칠레 보건부는 대피소에 머물던 주민 5명이 다친 것으로 파악했다.", "wounded"),
    # 후 and 뒤 after a verb or a noun of what came first: the later verb decides
    ("칠레 보건부는 광부 5명이 병원으로 이송된 뒤 숨졌다고 밝혔다.", "killed"),
    ("칠레 보건부는 광부 5명이 병원 이송 후 숨졌다고 밝혔다.", "killed"),
    # and a headline's noun of being taken to hospital is a wound
    ("칠레 보건부 \"광부 5명 병원 이송\"", "wounded"),
])
def test_the_predicate_after_the_people_decides(text, metric):
    assert [row[1] for row in _rows(text)] == [metric]


@pytest.mark.parametrize("text, expected", [
    # a clause of reported speech (-다며, -라고) before a verb that says something else: its subject said it
    ("칠레 인권단체는 진압 과정에서 시위대 4명이 숨졌다며 경찰의 과잉 대응을 비판했다.", [("4", "killed", "CL")]),
    ("페루 재난청은 주민 900명이 피난했다며 이재민들에게 위로를 전했다.", [("900", "displaced", "PE")]),
    ("칠레 광업부 장관은 자신의 소셜미디어에 광부 7명이 아직 갇혀 있다고 적었다.", [("7", "missing", "CL")]),
    ("페루 경찰청장은 \"용의자 12명을 붙잡았다\"고 했다.", [("12", "captured", "PE")]),
    # verbs of pointing out and analysing are verbs of saying too
    ("칠레 인권단체는 지난해 광산 사고로 광부 31명이 숨졌다고 지적했다.", [("31", "killed", "CL")]),
])
def test_the_verb_after_a_reported_clause_says_it(text, expected):
    assert _rows(text) == expected


def test_hearsay_names_no_speaker():
    # '…다고 한다' (it is said) with no subject: nobody is said to speak
    assert _rows("산사태로 광부 7명이 숨졌다고 한다.") == []


@pytest.mark.parametrize("text, expected", [
    # short country names in common use
    ("남아공 경찰청은 광산 붕괴로 광부 12명이 숨졌다고 밝혔다.", [("12", "killed", "ZA")]),
    ("민주콩고 보건부는 홍수로 주민 70명이 숨졌다고 밝혔다.", [("70", "killed", "CD")]),
])
def test_short_country_names(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of bodies before its noun ('12구의 시신') counts the dead; a city's ward ('도쿄 23구의') does not
    ("칠레 경찰은 지금까지 12구의 시신을 수습했다고 밝혔다.", [("12", "killed", "CL")]),
    ("일본 경찰은 도쿄 23구의 사망자가 4명이라고 밝혔다.", [("4", "killed", "JP")]),
    # treated as one word (치료받다)
    ("칠레 보건부는 광부 9명이 병원에서 치료받고 있다고 밝혔다.", [("9", "wounded", "CL")]),
])
def test_bodies_counted_before_their_noun_and_treatment(text, expected):
    assert _rows(text) == expected


def test_a_part_counted_in_bodies():
    # '이 중 7구는': a part of the bodies counted before, in the same counter
    assert _rows("칠레 경찰은 시신 20구를 수습했고 이 중 7구는 어린이라고 밝혔다.") == [("20", "killed", "CL"),
                                                                        ("7", "killed", "CL")]


@pytest.mark.parametrize("text, metric", [
    # a clause of reported speech ends with its quotative ending, on the number or on a word after it: a measure noun
    # of the next clause ('희생자들에게 애도를 표했다') says nothing of the people counted
    ("칠레 재난청은 다친 사람은 14명이라며 희생자들에게 애도를 표했다.", "wounded"),
    ("칠레 경찰은 광부 14명이 갱도에 갇혀 있다며 희생자 가족들을 위로했다.", "missing"),
])
def test_a_reported_clause_ends_at_its_quotative_ending(text, metric):
    assert [row[1] for row in _rows(text)] == [metric]


@pytest.mark.parametrize("text, expected", [
    # a foreign name after a role noun is a person, whatever kiwipiepy reads in it (울라는 as a verb and an ending,
    # 다와 as an adverb and a particle); the wire that relays her is no source
    ("로이터통신에 따르면 케냐 경찰 간부 아미나 울라는 \"광부 14명이 숨졌다\"고 말했다.", [("14", "killed", "KE")]),
    ("AP통신에 따르면 가나 보건부 담당관 코피 다와 멘사는 주민 8명이 다쳤다고 밝혔다.", [("8", "wounded", "GH")]),
    ("칠레 재난청 대변인 호세 이라는 주민 30명이 피난했다고 밝혔다.", [("30", "displaced", "CL")]),
    # a place name read as a verb with a final ending (쿠람 as 쿠하다 + ㅁ) stays in the speaker's phrase
    ("AFP통신에 따르면 파키스탄 쿠람 주 경찰 대변인 사디크 칸은 \"12명이 숨졌다\"고 말했다.", [("12", "killed", "PK")]),
])
def test_a_foreign_name_after_a_role_is_a_person(text, expected):
    assert _rows(text) == expected


def test_the_name_keeps_its_last_syllable():
    rows = _speakers("로이터통신에 따르면 케냐 경찰 간부 아미나 울라는 \"광부 14명이 숨졌다\"고 말했다.")
    assert rows == [("14", "케냐 경찰 간부 아미나 울라", "KE")]


@pytest.mark.parametrize("text, expected", [
    # two speakers in one sentence, each with its own figure: a verb of saying that joins its clause to the next
    # ('…고 밝혔고', '…으로 집계했으나') closes the first speaker's part
    ("칠레 재난청은 12명이 숨졌다고 밝혔고, 유엔 국제이주기구(IOM)는 40명이 다쳤다고 전했다.",
     [("12", "killed", "CL"), ("40", "wounded", "")]),
    ("페루 경찰은 사망자를 7명으로 집계했으나 페루 인권단체는 15명이 숨졌다고 주장했다.",
     [("7", "killed", "PE"), ("15", "killed", "PE")]),
])
def test_two_speakers_in_one_sentence(text, expected):
    assert _rows(text) == expected


def test_a_headline_with_two_speakers_and_a_bare_surname():
    # the first quotation is the first speaker's, whose bare surname the story titles after the name; the second
    # speaker's quotation holds no number
    text = ("산체스 \"광부 6명 갇혀\"…노동부 \"사실관계 확인 중\"\n\n"
            "마르코 산체스 칠레 광업부 장관은 광부 6명이 갱도에 갇혀 있다고 7일(현지시간) 밝혔다.")
    assert _rows(text) == [("6", "missing", "CL"), ("6", "missing", "CL")]


@pytest.mark.parametrize("text, expected", [
    # a part of the dead stays dead whatever its own clause says of it (shot, burnt); a death among the wounded or
    # the missing is news of its own; a part of the wounded named by its wounds stays wounded
    ("칠레 경찰은 희생자 가운데 5명은 총상을 입었다고 밝혔다.", [("5", "killed", "CL")]),
    ("칠레 경찰은 숨진 사람들 가운데 5명이 화상을 입었다고 밝혔다.", [("5", "killed", "CL")]),
    ("칠레 경찰은 20명이 숨졌고 이 중 5명은 총상을 입었다고 밝혔다.", [("20", "killed", "CL"), ("5", "killed", "CL")]),
    ("칠레 경찰은 부상자 가운데 5명이 끝내 숨졌다고 밝혔다.", [("5", "killed", "CL")]),
    ("칠레 경찰은 부상자 20명 가운데 5명은 중상이라고 밝혔다.", [("20", "wounded", "CL"), ("5", "wounded", "CL")]),
    # a part of the displaced hurt: the wound is news of its own
    ("칠레 경찰은 피난한 20명 가운데 5명이 다쳤다고 밝혔다.", [("20", "displaced", "CL"), ("5", "wounded", "CL")]),
])
def test_a_part_keeps_the_measure_of_its_whole(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people still under rubble are missing; crushed and dead are dead
    ("칠레 경찰은 광부 6명이 아직 갱도 흙더미에 묻혀 있다고 밝혔다.", [("6", "missing", "CL")]),
    ("칠레 경찰은 주민 6명이 무너진 담장에 깔려 숨졌다고 밝혔다.", [("6", "killed", "CL")]),
    # people evacuated for a while are displaced (대피자: kiwipiepy reads 대 + 피자)
    ("칠레 재난청은 일시 피난자가 1천200명으로 늘었다고 밝혔다.", [("1천200", "displaced", "CL")]),
    # rescuers counted and then sent are deployed; rescuers at work and people rescued are not counted
    ("칠레 정부는 구조대원 80명을 피해 지역에 급파했다고 밝혔다.", [("80", "deployed", "CL")]),
    ("칠레 경찰은 시신 4구를 수습했으며 17명을 구조했다고 밝혔다.", [("4", "killed", "CL")]),
    # a native number after the people it counts, with a particle and no counter
    ("칠레 경찰은 어린이 넷이 숨졌다고 밝혔다.", [("넷", "killed", "CL")]),
    ("칠레 경찰은 아들 둘을 아직 찾지 못했다고 밝혔다.", [("둘", "missing", "CL")]),
    # a list of people and things: the people take the list's verb
    ("칠레 재난청은 대원 70명과 굴착기 9대, 구조견 4마리를 현장에 투입했다고 밝혔다.", [("70", "deployed", "CL")]),
    # the rest of the dead a noun named
    ("칠레 경찰은 사망자 8명의 신원이 확인됐으며 나머지 3명은 신원이 파악되지 않았다고 밝혔다.",
     [("8", "killed", "CL"), ("3", "killed", "CL")]),
])
def test_measure_families_of_session_ten(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's actor before a comma
    ("칠레 재난청, 피해 지역에 구조대원 80명 급파", [("80", "deployed", "CL")]),
    # a country alone before a comma is the topic; the quotation's speaker after it speaks
    ("칠레, 남부 산불 확산…칠레 재난청 \"주민 80명 피난\"", [("80", "displaced", "CL")]),
])
def test_a_headline_actor_before_a_comma(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a consulate or an embassy named with no country of its own is the home state's mission abroad
    ("(멜버른=연합뉴스) 호주 남부에서 산불이 번졌다.\n\n주멜버른 총영사관은 한국인 관광객 3명이 다쳤다고 밝혔다.",
     [("3", "wounded", "KR")]),
    ("주한 칠레대사관은 칠레 국적 선원 3명이 실종됐다고 밝혔다.", [("3", "missing", "CL")]),
    # a bare ministry every state has, right after the story country's leader spoke, is that country's
    ("(멕시코시티=연합뉴스) 멕시코 북부에서 카르텔 간 충돌이 이어졌다.\n\n"
     "클라우디아 셰인바움 멕시코 대통령은 군 병력 1천명을 배치하라고 지시했다. 국방부는 병력 2천명을 추가로 배치했다고 "
     "밝혔다.", [("1천", "deployed", "MX"), ("2천", "deployed", "MX")]),
    # and the home ministry when its sentence speaks of the home country's people
    ("(멕시코시티=연합뉴스) 멕시코 북부에서 카르텔 간 충돌이 이어졌다.\n\n"
     "클라우디아 셰인바움 멕시코 대통령은 \"치안을 회복하겠다\"고 말했다. 외교부는 교민 2명이 다쳤다고 밝혔다.",
     [("2", "wounded", "KR")]),
    # an official of a ministry named before with its country
    ("칠레 외교부는 자국민 4명이 숨졌다고 밝혔다. 마리아 로하스 외교부 영사국장은 \"실종자는 2명\"이라고 말했다.",
     [("4", "killed", "CL"), ("2", "missing", "CL")]),
])
def test_the_country_of_missions_and_bare_ministries(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outlet citing residents: the residents are the source, of no country
    ("칠레 일간지 라테르세라는 현지 주민들을 인용해 실종자가 20명을 넘는다고 보도했다.", [("20명을 넘는", "missing", "")]),
    # a state that sends people to the country its sentence names is not that country's state
    ("정부, 칠레 산불 피해 지역에 긴급구호대 30명 파견", [("30", "deployed", "KR")]),
    ("칠레 정부는 남부 피해 지역에 병력 300명을 파견했다고 밝혔다.", [("300", "deployed", "CL")]),
    # a word after the role is the person's name, never a place
    ("AP통신에 따르면 나이지리아 경찰 대변인 바나 다가는 주민 12명이 숨졌다고 말했다.", [("12", "killed", "NG")]),
    # patients being treated (-고 있는: not the end of a clause) are wounded, and so is the whole they are part of
    ("칠레 경찰은 \"치료를 받고 있는 환자 9명 중 2명은 위중하다\"고 말했다.", [("9", "wounded", "CL"), ("2", "wounded", "CL")]),
])
def test_sources_and_countries_of_session_ten(text, expected):
    assert _rows(text) == expected


def test_a_cited_foreign_name_after_a_role_is_the_source():
    # the object of 인용하다 ('바나 다가를'), a name kiwipiepy misreads, after a role noun
    assert _rows("로이터통신은 케냐 경찰 대변인 바나 다가를 인용해 주민 12명이 숨졌다고 보도했다.") == [("12", "killed", "KE")]


def test_a_part_after_jung_keeps_the_measure_of_its_whole():
    # '중' (among) after a measure noun opens a part of it, as 가운데 does
    assert _rows("칠레 경찰은 사망자 중 4명은 총상을 입었다고 밝혔다.") == [("4", "killed", "CL")]


def _sources(text: str) -> list[tuple[str, str, str, str]]:
    return extracted(text, "ko", "stated", "metric", "speaker", "country")


_BEFORE = {  # a first sentence naming the source, of many kinds and countries
    "police": ("페루 경찰은 광산 붕괴로 광부 6명이 숨졌다고 밝혔다.", "페루 경찰", "PE"),
    "agency": ("필리핀 재난당국은 태풍으로 주민 11명이 숨졌다고 발표했다.", "필리핀 재난당국", "PH"),
    "ngo": ("케냐 적십자사는 홍수로 주민 8명이 숨졌다고 말했다.", "케냐 적십자사", "KE"),
    "official": ("이집트 보건부 관계자는 열차 사고로 승객 9명이 숨졌다고 전했다.", "이집트 보건부 관계자", "EG"),
    "according": ("인도 내무부에 따르면 폭우로 주민 7명이 숨졌다.", "인도 내무부", "IN"),
}


@pytest.mark.parametrize("second, metric, stated", [
    # passives of reporting after 것으로, with or without an opening adverb (또, 이어) or a topic that is no speaker:
    # they have no agent, so with no source of their own in the sentence they are the reporter's (carry-over is strict)
    ("부상자는 34명인 것으로 집계됐다.", "wounded", "34"),
    ("또 주민 15명이 실종된 것으로 파악됐다.", "missing", "15"),
    ("이어 구조대원 2명도 다친 것으로 확인됐다.", "wounded", "2"),
    ("실종자는 최소 12명인 것으로 알려졌다.", "missing", "최소 12"),
    ("이재민은 3천여 명에 달하는 것으로 추산됐다.", "displaced", "3천여"),
    ("또 다른 5명의 행방은 아직 확인되지 않은 것으로 나타났다.", "missing", "5"),
    ("주민 40명이 병원으로 옮겨진 것으로 조사됐다.", "wounded", "40"),
    ("사망자 가운데 어린이가 3명인 것으로 밝혀졌다.", "killed", "3"),
    ("부상자는 모두 21명인 것으로 보고됐다.", "wounded", "21"),
])
@pytest.mark.parametrize("first", sorted(_BEFORE))
def test_a_passive_of_reporting_carries_no_speaker_from_before(first, second, metric, stated):
    opening, speaker, country = _BEFORE[first]
    rows = _sources(f"{opening} {second}")
    assert rows[1:] == []


@pytest.mark.parametrize("text, expected", [
    # the sentence's own 'according' phrase before the passive speaks (with its own confidence: no carry-over)
    ("태국 재난방지청 집계 결과 이번 산사태로 주민 23명이 숨진 것으로 파악됐다.",
     [("23", "killed", "태국 재난방지청", "TH")]),
    ("멕시코 보건부 발표에 따르면 주민 40명이 다친 것으로 집계됐다.", [("40", "wounded", "멕시코 보건부 발표", "MX")]),
    # said inside reported speech, the passive gives way to the verb of saying after it
    ("케냐 적십자사는 이재민이 2천여 명에 이르는 것으로 집계됐다고 밝혔다.", [("2천여", "displaced", "케냐 적십자사", "KE")]),
    ("미얀마 군정 대변인은 \"부상자가 300명인 것으로 파악됐다\"고 말했다.", [("300", "wounded", "미얀마 군정 대변인", "MM")]),
])
def test_a_passive_of_reporting_beside_a_named_source(text, expected):
    assert _sources(text) == expected


@pytest.mark.parametrize("text", [
    # a passive with no source before it names no one (no row), nor does one that says what is known of a thing
    "산사태로 주민 17명이 숨진 것으로 알려졌다.",
    "필리핀 중부에서 태풍으로 주민 17명이 숨진 것으로 집계됐다.",
    "페루 경찰은 광산 붕괴로 광부 6명이 숨졌다고 밝혔다. 사고 현장에는 차량 30대가 있었던 것으로 알려졌다.",
])
def test_a_passive_of_reporting_with_no_source_names_no_one(text):
    assert [r for r in _sources(text) if r[0] not in ("6",)] == []


@pytest.mark.parametrize("opening, body, words, expected", [
    # a bare body of the home country the registry knows, in a story the opening sets in another country and
    # that speaks of no Korean people, is the story country's body of that name
    ("브라질 남부에서 폭우로 산사태가 발생했다.", "국방부", "병력 1천200명을 피해 지역에 투입했다고 밝혔다.",
     ("1천200", "deployed", "BR")),
    ("(리마=연합뉴스) 페루 남부 광산에서 붕괴 사고가 일어났다.", "국방부", "장병 500명을 현장에 급파했다고 밝혔다.",
     ("500", "deployed", "PE")),
    ("인도네시아 자바섬에서 규모 6.2의 지진이 발생했다.", "외교부", "외국인 관광객 4명이 다쳤다고 밝혔다.",
     ("4", "wounded", "ID")),
    # a story whose opening speaks of the home country's people keeps the home body
    ("가나 인근 해상에서 한국인 선원 2명이 탄 어선이 피랍됐다.", "외교부", "선원 5명이 억류돼 있다고 밝혔다.",
     ("5", "captured", "KR")),
    ("필리핀 중부에서 태풍으로 교민 피해가 우려된다.", "외교부", "주민 4명이 다쳤다고 밝혔다.",
     ("4", "wounded", "KR")),
])
def test_a_bare_home_body_in_a_story_set_abroad(opening, body, words, expected):
    rows = _rows(f"{opening}\n\n{body}는 {words}")
    assert rows == [expected]


@pytest.mark.parametrize("people, number, verb, expected", [
    # the honorific counter of people 분 after a native number word set apart: people, of every measure
    ("어르신", "두", "숨졌다고", ("두", "killed")),
    ("할머니", "한", "병원으로 옮겨졌다고", ("한", "wounded")),
    ("주민", "세", "아직 연락이 닿지 않는다고", ("세", "missing")),
    ("신부님", "네", "무장괴한들에게 납치됐다고", ("네", "captured")),
    ("노인", "다섯", "대피소로 몸을 피했다고", ("다섯", "displaced")),
    ("승객", "여섯", "다쳤다고", ("여섯", "wounded")),
])
def test_the_honorific_counter_of_people_after_a_number_word(people, number, verb, expected):
    assert _rows(f"콜롬비아 경찰은 {people} {number} 분이 {verb} 밝혔다.") == [(*expected, "CO")]


@pytest.mark.parametrize("text", [
    # after digits 분 is minutes; with no event it counts nothing; 이 (this) before it is no number
    "콜롬비아 경찰은 폭발 20분 만에 불을 껐다고 밝혔다.",
    "콜롬비아 경찰은 3분 동안 건물이 흔들렸다고 밝혔다.",
    "콜롬비아 경찰은 세 분 모두 무사하다고 밝혔다.",
    "콜롬비아 경찰은 이 분이 사고 현장을 처음 신고했다고 밝혔다.",
])
def test_minutes_and_people_who_suffered_nothing_are_no_claim(text):
    assert _rows(text) == []


@pytest.mark.parametrize("opening, speaker, expected", [
    # an aid or rights group the text places where the story is (현지) speaks for that country's civil society
    ("아이티 수도에서 갱단 폭력이 이어지고 있다.", "현지 인권단체 '정의의 목소리'(VDJ)는", "HT"),
    ("아이티 수도에서 갱단 폭력이 이어지고 있다.", "현지 인권단체는", "HT"),
    ("수단 다르푸르에서 교전이 계속되고 있다.", "현지 구호단체 관계자는", "SD"),
    ("미얀마 북부에서 군부의 공습이 이어지고 있다.", "현지 비정부기구는", "MM"),
    # not placed: a named group may be a Korean one working abroad, and a resident or witness speaks for no state
    ("아이티 수도에서 갱단 폭력이 이어지고 있다.", "인권단체 '정의의 목소리'는", ""),
    ("아이티 수도에서 갱단 폭력이 이어지고 있다.", "목격자는", ""),
])
def test_a_local_aid_group_speaks_for_the_story_country(opening, speaker, expected):
    rows = _rows(f"{opening}\n\n{speaker} 지난주 주민 40명이 납치됐다고 말했다.")
    assert rows == [("40", "captured", expected)]


@pytest.mark.parametrize("speaker", ["한 상인은", "한 운전자는", "한 목격자는", "현지 주민은", "주민들은", "한 주민은",
                                     "마을 주민 바드르(51)씨는", "한 생존자는"])
@pytest.mark.parametrize("quote, expected", [
    # people of no office who speak as the topic before a quotation: residents, shopkeepers, drivers, survivors
    ("\"이웃 5명이 숨졌다\"고 말했다.", ("5", "killed")),
    ("\"다친 사람만 서너 명은 됐다\"며 울먹였다.", ("서너", "wounded")),
    ("\"옆집 아이 두 명이 아직 연락이 안 된다\"고 전했다.", ("두", "missing")),
])
def test_people_of_no_office_speak_before_their_quotation(speaker, quote, expected):
    rows = _sources(f"파키스탄 북부에서 홍수가 났다.\n\n{speaker} {quote}")
    assert [(r[0], r[1], r[3]) for r in rows] == [(*expected, "")]
    assert rows[0][2]


@pytest.mark.parametrize("text, speaker", [
    # people who do something else earlier in the sentence are no source of the quotation a body gives
    ("주민들은 대피소로 몸을 피했고, 경찰은 \"3명이 숨졌다\"고 말했다.", "경찰"),
    ("주민들은 불안에 떨고 있다. 경찰은 \"3명이 숨졌다\"고 말했다.", "경찰"),
    ("한 주민은 집을 잃었다. 경찰 대변인은 주민 3명이 숨졌다고 밝혔다.", "경찰 대변인"),
    # and people counted are never a speaker
    ("경찰은 주민 3명은 숨졌다고 말했다.", "경찰"),
])
def test_people_who_do_not_speak_give_way_to_the_source(text, speaker):
    assert [r[2] for r in _sources(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # a witness's quotation with no count of people, then an unattributed number: no row
    "한 상인은 \"가게가 불에 탔다\"고 말했다. 이번 화재로 3명이 숨졌다.",
    "주민들은 \"무서웠다\"고 말했다. 주민 3명이 숨졌다.",
])
def test_a_witness_speaks_only_for_their_own_quotation(text):
    assert _sources(text) == []


@pytest.mark.parametrize("debris", ["흙더미", "잔해", "토사", "돌무더기", "폐허"])
@pytest.mark.parametrize("beneath", ["아래에 있다고", "밑에 있다고", "속에 남아 있다고"])
def test_people_still_beneath_debris_are_missing(debris, beneath):
    # every noun of debris with every word of beneath: people still there are missing
    assert _rows(f"칠레 경찰은 광부 7명이 아직 {debris} {beneath} 밝혔다.") == [("7", "missing", "CL")]


@pytest.mark.parametrize("text, expected", [
    # people taken out from under it are rescued (no claim) or found dead (killed)
    ("칠레 경찰은 잔해 아래에 있던 주민 3명을 구조했다고 밝혔다.", []),
    ("칠레 경찰은 흙더미 아래에 있던 주민 3명이 숨진 채 발견됐다고 밝혔다.", [("3", "killed", "CL")]),
    ("칠레 경찰은 잔해 속에 있는 시신 3구를 수습했다고 밝혔다.", [("3", "killed", "CL")]),
])
def test_what_befell_people_taken_from_beneath_debris(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("headline, expected", [
    # an actor opens the headline with what it did, then a quotation closed by a statement noun: the actor claims it
    ("알샤바브 배후 자처…\"정부군 30명 이상 처단\" 주장", ("30명 이상", "killed", "알샤바브")),
    ("미얀마 반군 기지 점령…\"정부군 40명 사살\" 주장", ("40", "killed", "미얀마 반군")),
    ("하마스 책임 인정…\"인질 12명 억류\" 발표", ("12", "captured", "하마스")),
    ("유엔난민기구 긴급 호소…\"난민 3만명 국경 넘어\" 추산", ("3만", "displaced", "유엔난민기구")),
])
def test_a_headline_actor_claims_the_quotation_its_statement_noun_closes(headline, expected):
    rows = _sources(f"{headline}\n\n수도에서 공격이 이어졌다.")
    assert [(r[0], r[1], r[2]) for r in rows] == [expected]


@pytest.mark.parametrize("headline", [
    # a topic (a fire, a flood) before the ellipsis names no one
    "난민촌 대형 화재…\"30명 사망\" 추산",
    "홍수 피해 확산…\"주민 3천명 피난\" 집계",
])
def test_a_headline_topic_before_a_claimed_quotation_names_no_source(headline):
    assert _sources(f"{headline}\n\n수도에서 비가 이어졌다.") == []


@pytest.mark.parametrize("text, expected", [
    # a part of the people sick with a disease who are in care is sick, not hurt; their deaths are deaths
    ("방글라데시 보건부는 누적 확진자는 8만1천여명이며, 이 가운데 2천100여명이 병원에서 치료를 받고 있다고 밝혔다.", []),
    ("방글라데시 보건부는 감염자 가운데 200명이 입원 치료를 받고 있다고 밝혔다.", []),
    ("방글라데시 보건부는 의심환자 중 35명이 중환자실에 있다고 밝혔다.", []),
    # patients may be hurt, and a state of injury is no care
    ("방글라데시 보건부는 환자 중 35명이 중환자실에 있다고 밝혔다.", [("35", "wounded", "BD")]),
    ("방글라데시 보건부는 확진자 가운데 2명이 의식이 없는 상태라고 밝혔다.", [("2", "wounded", "BD")]),
    ("방글라데시 보건부는 확진자 가운데 20명이 숨졌다고 밝혔다.", [("20", "killed", "BD")]),
    # a part of the hurt or of the people rescued, in care, is wounded
    ("방글라데시 경찰은 부상자는 81명이며, 이 가운데 21명이 중환자실에서 치료를 받고 있다고 밝혔다.",
     [("81", "wounded", "BD"), ("21", "wounded", "BD")]),
    ("방글라데시 경찰은 승객 81명이 구조됐으며, 이 가운데 21명이 병원에서 치료를 받고 있다고 밝혔다.",
     [("21", "wounded", "BD")]),
])
def test_a_part_of_the_sick_in_care_is_no_injury(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("home", ["집을", "보금자리를", "고향을", "삶의 터전을", "마을을", "살던 집을"])
@pytest.mark.parametrize("verb", ["떠났다고", "등졌다고", "버리고 떠났다고", "잃었다고"])
def test_every_noun_of_home_with_every_verb_of_leaving_it_is_displacement(home, verb):
    assert _rows(f"수단 적신월사는 주민 3만명이 {home} {verb} 밝혔다.") == [("3만", "displaced", "SD")]


@pytest.mark.parametrize("text, expected", [
    # fleeing to a neighbouring country, not yet back home
    ("유엔난민기구는 수단 주민 3만명이 이웃 나라로 건너갔다고 밝혔다.", [("3만", "displaced", "")]),
    ("수단 당국은 주민 3만명이 인접국으로 피신했다고 밝혔다.", [("3만", "displaced", "SD")]),
    ("수단 당국은 주민 3만명이 집으로 돌아가지 못하고 있다고 밝혔다.", [("3만", "displaced", "SD")]),
    ("수단 당국은 주민 3만명이 아직 집으로 돌아오지 못했다고 밝혔다.", [("3만", "displaced", "SD")]),
    # contact lost, boats not back in port: missing
    ("수단 해경은 어부 3명의 소식이 끊겼다고 밝혔다.", [("3", "missing", "SD")]),
    ("수단 해경은 어부 3명이 귀항하지 않았다고 밝혔다.", [("3", "missing", "SD")]),
    ("수단 해경은 어부 3명이 귀항하지 못했다고 밝혔다.", [("3", "missing", "SD")]),
    # people gathered in a village hall, a bridge crossed: no claim
    ("수단 당국은 주민 300명이 마을 회관에 모였다고 밝혔다.", []),
    ("수단 당국은 차량 30대가 다리를 건너갔다고 밝혔다.", []),
])
def test_wordings_of_flight_and_of_lost_contact(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("background", [
    # a passive of reporting in a sentence set in another, earlier time is background: it carries no speaker
    "이 지역에서는 2019년에도 산사태로 30명이 숨진 것으로 알려졌다.",
    "앞서 지난 2022년 같은 지역 광산 붕괴 사고로 광부 8명이 숨진 것으로 집계됐다.",
    "지난해에는 홍수로 40여명이 숨진 것으로 파악됐다.",
    "과거 비슷한 사고로 광부 8명이 실종된 것으로 확인됐다.",
])
def test_a_passive_of_reporting_set_in_another_time_is_background(background):
    rows = _sources(f"인도네시아 재난당국은 산사태로 주민 12명이 숨졌다고 밝혔다. {background}")
    assert [r[0] for r in rows] == ["12"]


def test_a_passive_of_reporting_in_the_time_of_the_story_carries_no_speaker_either():
    rows = _sources("인도네시아 재난당국은 산사태로 주민 12명이 숨졌다고 밝혔다. 사고 당시 현장에 있던 광부 3명도 숨진 것으로 "
                    "확인됐다.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("12", "killed", "인도네시아 재난당국")]


@pytest.mark.parametrize("owner", ["페루 경찰", "페루 보건부", "페루 재난당국", "유엔"])
@pytest.mark.parametrize("noun", ["집계로는", "추산으로는", "발표로는", "조사에서", "조사에서는"])
def test_the_unmarked_owner_of_an_estimate_is_the_source(owner, noun):
    rows = _sources(f"{owner} {noun} 이번 산사태로 주민 14명이 숨졌다.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("14", "killed", owner)]


@pytest.mark.parametrize("text", [
    # an estimate noun after words that name no one ('현지 조사에서', '정밀 조사에서') names no source
    "현지 조사에서 이번 산사태로 주민 14명이 숨졌다.",
    "정밀 조사에서 건물 30채가 무너졌다.",
])
def test_an_estimate_owned_by_no_one_names_no_source(text):
    assert _sources(text) == []


@pytest.mark.parametrize("text, expected", [
    # people who collapsed are casualties, dead or hurt; what befell them later decides when it is said
    ("한 상인은 \"순식간에 쓰러진 사람만 서너 명은 됐다\"고 말했다.", [("서너", "killed_or_wounded", "")]),
    ("칠레 경찰은 총격으로 주민 3명이 쓰러졌다고 밝혔다.", [("3", "killed_or_wounded", "CL")]),
    ("칠레 경찰은 총격으로 쓰러진 3명 가운데 1명이 숨졌다고 밝혔다.",
     [("3", "killed_or_wounded", "CL"), ("1", "killed", "CL")]),
    ("칠레 경찰은 흉기에 찔려 쓰러진 3명을 병원으로 옮겼다고 밝혔다.", [("3", "wounded", "CL")]),
    # fallen trees are things
    ("칠레 경찰은 쓰러진 나무 30그루를 치웠다고 밝혔다.", []),
])
def test_people_who_collapsed_are_casualties(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two sources in one sentence, each with its own clause: a body of the independent kind is a source wherever
    # it stands, and a number before a second speaker, outside what that speaker reports, keeps its own source
    ("정부는 사망자를 12명으로 집계했으나 인권단체들은 40명 이상이 숨졌다고 주장했다.",
     [("12", "정부"), ("40명 이상이", "인권단체들")]),
    ("정부 집계로는 12명이 숨졌지만, 유엔은 사망자가 40명에 이른다고 추산했다.", [("12", "정부"), ("40", "유엔")]),
    ("경찰에 따르면 주민 12명이 숨졌고, 소방당국은 30명이 다쳤다고 밝혔다.", [("12", "경찰"), ("30", "소방당국")]),
    # a number inside what the closing speaker reports is that speaker's, whatever source opened the sentence
    ("경찰에 따르면 주민 12명이 숨지고 30명이 다쳤다고 소방당국은 밝혔다.", [("12", "소방당국"), ("30", "소방당국")]),
])
def test_two_sources_of_one_sentence_each_keep_their_clause(text, expected):
    assert [(r[0], r[2]) for r in _sources(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # vague native numerals: a few more than ten or twenty, ten to fifteen, about two, about twelve
    ("경찰은 주민 열댓 명이 숨졌다고 밝혔다.", [("열댓", 10.0, 15.0)]),
    ("소방당국은 작업자 여남은 명이 다쳤다고 전했다.", [("여남은", 11.0, 14.0)]),
    ("해경은 선원 스무남은 명이 실종됐다고 밝혔다.", [("스무남은", 21.0, 24.0)]),
    ("군 당국은 장병 열두어 명이 다쳤다고 설명했다.", [("열두어", 12.0, 13.0)]),
    ("구조대는 등산객 두어 명이 실종됐다고 말했다.", [("두어", 2.0, 3.0)]),
    # 두어 as the verb 두다 ('열어 두어야'), and 두어 before a span of time, count no one
    ("경찰은 문을 열어 두어야 한다며 주민 3명이 다쳤다고 밝혔다.", [("3", 3.0, 3.0)]),
    ("경찰은 현장에 두어 시간 머물렀고 주민 5명이 다쳤다고 밝혔다.", [("5", 5.0, 5.0)]),
])
def test_vague_native_numerals_count_a_span(text, expected):
    rows = extract_claims(text, lang="ko")
    assert [(r["stated"], r["low"], r["high"]) for r in rows.to_dict("records")] == expected


@pytest.mark.parametrize("text, expected", [
    # the conditional (따르면, 의하면) names a source, whatever the noun before it
    ("해경에 따르면 어선 전복으로 선원 4명이 숨졌다.", [("4", "해경", "KR")]),
    ("현지 보건당국에 의하면 산사태로 주민 17명이 실종됐다.", [("17", "현지 보건당국", "KR")]),
    ("유엔난민기구 집계에 따르면 주민 3만 명이 집을 잃었다.", [("3만", "유엔난민기구 집계", "")]),
    # 따라 (in line with, at the request of) and 의해 (by) name none: the rule, the request or the attacker is no source
    ("군 당국은 교전 수칙에 따라 병력 300명을 국경에 배치했다.", []),
    ("정부는 유엔의 요청에 따라 구호대 45명을 파견했다.", []),
    ("현행법에 따라 실종자 6명은 사망자로 처리된다.", []),
    ("반군의 공격에 의해 주민 20명이 숨졌다.", []),
    ("무장단체에 의해 여성 50여 명이 납치됐다.", []),
    ("지침에 따라 부상자 12명이 병원으로 옮겨졌다.", []),
    ("경찰은 반군의 공격에 의해 주민 8명이 숨졌다고 밝혔다.", [("8", "경찰", "KR")]),
])
def test_only_the_conditional_of_following_names_a_source(text, expected):
    assert _speakers(text) == expected


_RELEASE = ("정부, 지진 피해 지원 위해 긴급구호대 파견\n\n보도자료\n담당부서: 개발협력국 인도적지원과\n\n"
            "1. 정부는 {country} 정부의 요청에 따라 구조대원과 의료진 등 {n}명으로 구성된 긴급구호대를 "
            "{date} 현지에 파견하기로 결정하였습니다.\n\n"
            "2. 우리 정부는 이번 지진으로 희생된 분들께 깊은 애도를 표합니다.")


@pytest.mark.parametrize("country, n, date", [("페루", "38", "5.12.(월)"), ("네팔", "52", "9.3.(수)"),
                                              ("모로코", "27", "10.7.(금)")])
def test_a_release_in_the_voice_of_the_home_state_sends_its_own_people(country, n, date):
    # a ministry's release (its furniture: 보도자료, 담당부서) that speaks as 우리 정부: its subject 정부 is the home
    # state, the issuer of the sentences that name no one else; the date with its weekday in brackets counts no one
    rows = extract_claims(_RELEASE.format(country=country, n=n, date=date), lang="ko")
    assert [(r["stated"], r["metric"], r["speaker"], r["country"]) for r in rows.to_dict("records")] == [
        (n, "deployed", "정부", "KR")]


def test_a_news_story_of_another_state_sending_people_has_no_issuer():
    # no release furniture, no first-person voice: the same sentence in news names no source
    text = "정부는 페루 정부의 요청에 따라 구조대원과 의료진 등 38명으로 구성된 긴급구호대를 파견하기로 결정했다."
    assert _rows(text) == []


@pytest.mark.parametrize("where", ["현지 언론과의 인터뷰에서", "AP통신에", "기자회견에서", "취재진에게", "현지 방송에 출연해",
                                   "소셜미디어에 올린 영상에서"])
def test_a_quotation_of_two_sentences_is_said_by_the_subject_before_where_it_was_said(where):
    # the words of where and to whom it was said stand between the subject and the opening mark; the second
    # sentence of the quotation is still the subject's, never the speaker of the sentence before
    text = (f"국영 통신은 산불로 12명이 숨졌다고 전했다. 주민 호세 가르시아(38)는 {where} \"불길이 번졌다. "
            f"이웃 마을에서만 다섯 명이 숨졌다\"며 \"소방차가 늦었다\"고 말했다.")
    assert _speakers(text)[-1] == ("다섯", "주민 호세 가르시아", "")


@pytest.mark.parametrize("person", ["주민 라메시 타파", "카브레 지역 주민 라메시 타파", "목격자 라메시 타파",
                                    "생존자 아흐메드 카림", "주민 오카시 씨", "자원봉사자 미나 라오"])
def test_a_person_of_no_office_speaks_for_no_state_whatever_the_last_syllable_of_the_name(person):
    # 라메시, 카림 end in syllables that close a city's or a county's name (시, 군 …): a person is no state body
    last = person[-1]
    topic = "은" if (ord(last) - 0xAC00) % 28 else "는"
    text = f"네팔 폭우로 12명이 숨졌다고 네팔 경찰이 밝혔다. {person}{topic} \"이웃 세 명이 숨졌다\"고 말했다."
    assert _speakers(text) == [("12", "네팔 경찰", "NP"), ("세", person.removesuffix(" 씨"), "")]  # (the title 씨 is no
    # part of the name)


def test_an_official_with_a_place_still_speaks_for_its_state():
    text = "네팔 폭우로 12명이 숨졌다고 네팔 경찰이 밝혔다. 카트만두 시장 라메시 타파는 \"주민 세 명이 숨졌다\"고 말했다."
    assert _speakers(text)[-1] == ("세", "카트만두 시장 라메시 타파", "NP")


@pytest.mark.parametrize("text, expected", [
    # a nationality before 국적 says whose the people are, not where the speaker is
    ("공장 화재로 2명이 숨졌다. 김해서부경찰서 관계자는 \"사망자 가운데 한 명은 네팔 국적\"이라며 \"신원을 확인하고 있다\"고 밝혔다.",
     [("한", "김해서부경찰서 관계자", "KR")]),
    ("공장 화재로 2명이 숨졌다. 경찰은 숨진 노동자 2명이 모두 베트남 국적이라고 밝혔다.", [("2", "경찰", "KR")]),
])
def test_a_nationality_before_the_noun_of_citizenship_is_whose_people(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # losses of troops or lives are the dead and the wounded together
    ("러시아 국방부는 \"우크라이나군은 최대 150명의 병력 손실을 입었다\"고 주장했다.", [("최대 150", "killed_or_wounded", "RU")]),
    ("우크라이나 국방부는 러시아군이 하루 동안 병력 1200명의 손실을 입었다고 밝혔다.", [("1200", "killed_or_wounded", "UA")]),
    # people who vanished are missing; places that vanished count no one
    ("주민 호세 가르시아 씨는 \"이웃 세 명이 물살에 휩쓸려 사라졌다\"고 말했다.", [("세", "missing", "")]),
    ("경찰은 등산객 2명이 흔적도 없이 사라졌다고 밝혔다.", [("2", "missing", "KR")]),
    ("경찰은 산사태로 마을 3곳이 사라졌다고 밝혔다.", []),
])
def test_losses_and_vanishing(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("head", ["두목", "지도자", "수장", "지휘관", "우두머리"])
def test_the_head_of_a_group_named_in_quotation_marks_speaks(head):
    # a head of any group is a role, and the group's quoted name glued to 의 is one phrase with it
    last = head[-1]
    topic = "은" if (ord(last) - 0xAC00) % 28 else "는"
    text = (f"유엔은 주민 5천 명이 피란했다고 밝혔다. 무장조직 '붉은 늑대'의 {head}{topic} 소셜미디어에 올린 영상에서 "
            f"\"주민 9명을 붙잡아 두고 있다\"고 주장했다.")
    assert _speakers(text)[-1][:2] == ("9", f"무장조직 '붉은 늑대'의 {head}")


@pytest.mark.parametrize("headline, speaker", [
    # after a closing quotation an ellipsis leads to the source only when a speaker's head ends the phrase
    ("IOM \"국내 피란민 100만명 넘어\"…갱단 폭력 격화", "IOM"),
    ("IOM \"국내 피란민 100만명 넘어\"…반군 공세 격화", "IOM"),
    ("\"국내 피란민 100만명 넘어\"…국제이주기구", "국제이주기구"),
])
def test_a_topic_after_a_headline_quotation_is_no_source(headline, speaker):
    assert _speakers(headline + "\n\n본문이다.") == [("100만명 넘어", speaker, "")]


@pytest.mark.parametrize("body, full, title, short, organisation, country", [
    # a person named once in full with a body and a title, then by surname and title alone
    ("대한적십자사", "박서연(41)", "구호요원", "박 요원", "South Korea Red Cross Society", "KR"),
    ("대한적십자사", "강하늘", "요원", "강 요원", "South Korea Red Cross Society", "KR"),
    ("세이브더칠드런", "윤서준", "직원", "윤 직원", "Save the Children", "GB"),  # (its seat, London)
])
def test_a_surname_and_a_title_point_back_to_the_full_mention(body, full, title, short, organisation, country):
    text = (f"{body} {full} {title}은 최근 현지에서 돌아왔다고 밝혔다.\n\n"
            f"케냐 정부는 홍수로 주민 40명이 숨졌다고 밝혔다.\n\n"
            f"{short}은 \"무장단체가 여성 30명을 납치했다\"고 말했다.")
    last = extract_claims(text, lang="ko").to_dict("records")[-1]
    assert (last["stated"], last["organisation"], last["country"]) == ("30", organisation, country)


def test_a_pronoun_of_a_person_points_back_to_the_person_not_the_body_her_sentence_named():
    text = ("대한적십자사 박서연 구호요원은 최근 케냐에서 돌아왔다.\n\n"
            "박 요원에 따르면 케냐 정부가 집계한 실향민은 50만 명을 넘는다.\n\n"
            "그는 \"제가 일한 마을에는 피란민 8만 명 넘게 모여 있다\"고 말했다.")
    assert [(s, c) for s, _, c in _speakers(text)] == [("50만 명을 넘는", "KE"), ("8만 명 넘게", "KR")]


@pytest.mark.parametrize("text, expected", [
    # people cared for because of a disease are sick, not hurt, and the shelter they live in does not count them
    ("적십자사는 대피소에서 지내는 주민 가운데 2천여명이 발열과 피부질환 등으로 진료를 받았다고 전했다.", []),
    ("적십자사는 주민 300명이 설사 증세로 치료를 받았다고 밝혔다.", []),
    ("적십자사는 어린이 120명이 영양실조로 입원했다고 전했다.", []),
    ("적십자사는 확진자 146명이 입원했다고 전했다.", []),
    # care for an injury stays the wounded, and a disease that kills counts the dead
    ("적십자사는 주민 300명이 파편에 맞아 치료를 받고 있다고 밝혔다.", [("300", "wounded", "KR")]),
    ("적십자사는 주민 40명이 화상으로 치료를 받았다고 전했다.", [("40", "wounded", "KR")]),
    ("적십자사는 부상자 146명이 입원했다고 전했다.", [("146", "wounded", "KR")]),
    ("적십자사는 어린이 120명이 폐렴으로 숨졌다고 전했다.", [("120", "killed", "KR")]),
])
def test_care_for_a_disease_is_no_injury(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("opening, role, verb", [
    ("미국 지질조사국(USGS)에 따르면 지진은 규모 6.4였으며,", "현지 경찰", "전했다"),
    ("유럽지중해지진센터(EMSC)에 따르면 지진의 진원 깊이는 10㎞였고", "현지 경찰", "밝혔다"),
    ("미국 지질조사국(USGS)에 따르면 지진은 규모 6.4였으며,", "소방 당국", "발표했다"),
])
def test_a_subject_after_the_clause_of_another_source_reports_the_number_itself(opening, role, verb):
    # 'X에 따르면' governs its own clause; after a comma or a connective ending, a new subject and its verb of saying
    # report the number between them, and the country inside the other source's phrase is that source's
    text = f"페루 남부에서 지진이 났다. {opening} {role}은 사망자가 12명으로 늘었다고 {verb}."
    assert _speakers(text) == [("12", role, "PE")]


@pytest.mark.parametrize("first, expected", [
    # 당국 (the authorities) points back to a state body, never to an international one or an aid group (with no state
    # body before it, it is the authorities where the story is: ko12)
    ("유엔은", [("300", "유엔", ""), ("12", "당국", "PE")]),
    ("국경없는의사회는", [("300", "국경없는의사회", ""), ("12", "당국", "PE")]),  # (an international NGO: none)
    ("페루 국방부는", [("300", "페루 국방부", "PE"), ("12", "페루 국방부", "PE")]),
])
def test_the_authorities_point_back_to_a_state(first, expected):
    text = f"{first} 페루에서 주민 300명이 피란했다고 밝혔다. 당국은 사망자가 12명으로 늘었다고 전했다."
    assert _speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # verbs of writing and recording report what a body wrote down: '…고 적었다', '…것으로 기록했다', '…고 명시했다'
    ("칠레 인권단체는 보고서에 시위대 23명이 숨졌다고 적었다.", [("23", "killed", "CL")]),
    ("케냐 적십자사는 홍수로 주민 41명이 실종됐다고 기록했다.", [("41", "missing", "KE")]),
    ("페루 검찰은 공소장에 광부 9명이 숨진 것으로 기술했다.", [("9", "killed", "PE")]),
    ("말리 정부는 성명에 군인 17명이 포로로 잡혔다고 명시했다.", [("17", "captured", "ML")]),
    ("수단 보건부는 누리집에 부상자가 58명이라고 게시했다.", [("58", "wounded", "SD")]),
    ("필리핀 해안경비대는 승객 6명이 숨졌다고 적시했다.", [("6", "killed", "PH")]),
    # distractors: a count that sets a record, a number of visitors, a sentence with no speaker
    ("이번 폭우로 사망자 수가 30명을 기록했다.", []),
    ("올해 관광객 수는 300만명을 기록했다.", []),
])
def test_verbs_of_writing_and_recording_report(text, expected):
    assert _rows(text) == expected


# -- ko8 (session 17): counters of bodies in words, headlines of a kind, interviews, nested quotations, joint bodies --

@pytest.mark.parametrize("text, expected", [
    # the counter of bodies (구) after a number in words set apart, after every noun of the dead, in every case
    ("해경은 침몰한 어선에서 시신 세 구를 인양했다고 밝혔다.", [("세", "killed", "KR")]),
    ("경찰은 야산에서 유해 두 구를 찾았다고 밝혔다.", [("두", "killed", "KR")]),
    ("군은 격전지에서 전사자 시신 열두 구를 수습했다고 발표했다.", [("열두", "killed", "KR")]),
    ("소방당국은 잔해 속에서 시신 한 구가 더 발견됐다고 전했다.", [("한", "killed", "KR")]),
    ("해경은 해상에서 시신 다섯 구를 추가로 수습했다고 말했다.", [("다섯", "killed", "KR")]),
    # native tens before the Sino-Korean counter 구 are twenty, thirty (not 29, 39: 구 is the counter, not nine)
    ("해경은 시신 스무 구를 수습했다고 밝혔다.", [("스무", "killed", "KR")]),
    ("경찰은 매장지에서 유해 서른 구를 발굴했다고 밝혔다.", [("서른", "killed", "KR")]),
    ("경찰은 시신 열 구를 찾았다고 밝혔다.", [("열", "killed", "KR")]),
    # and before the noun they count ('일곱 구의 시신')
    ("경찰은 강가에서 일곱 구의 시신을 찾았다고 밝혔다.", [("일곱", "killed", "KR")]),
    # counters of people in words
    ("경찰은 사고로 승객 스물한 명이 숨졌다고 밝혔다.", [("스물한", "killed", "KR")]),
    ("경찰은 사고로 한 명이 숨지고 열두 명이 다쳤다고 밝혔다.", [("한", "killed", "KR"), ("열두", "wounded", "KR")]),
    # distractors: a ward of a city, an age, a number of times, households (not people), a shelter
    ("경찰은 도쿄 23구에서 화재가 세 차례 발생했다고 밝혔다.", []),
    ("경찰은 스무 살 청년이 숨졌다고 밝혔다.", []),
    ("경찰은 주민 100여 가구가 피난했다고 밝혔다.", []),
    ("경찰은 한 대피소에서 불이 났다고 밝혔다.", []),
])
def test_counters_of_bodies_and_people_after_numbers_in_words(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("word, n", [("스무", 20), ("서른", 30), ("마흔", 40), ("열", 10)])
def test_native_tens_take_no_sino_korean_digit(word, n):
    from analysis.normalise import find_ranges
    assert [(r.text, r.low) for r in find_ranges(f"시신 {word} 구를 찾았다", lang="ko")] == [(word, n)]
    # (native units still join them: 스물다섯 is 25, 서른한 31)
    assert [r.low for r in find_ranges("스물다섯 명과 서른한 명", lang="ko")] == [25, 31]


@pytest.mark.parametrize("held", ["정치범이", "양심수가", "구금자가", "피랍자가"])
def test_nouns_of_people_held_are_captured(held):
    assert [m for _, m, _ in _rows(f"현지 인권단체는 {held} 2천명을 넘었다고 밝혔다.")] == ["captured"]


@pytest.mark.parametrize("kind, body, country", [
    # a headline's speaker named by its kind, however many words, is the body of that kind the story names
    # (with a quoted name of several words, '과' inside it, and its acronym), not the lede's first source
    ("극단주의 무장단체", "극단주의 무장단체 '정의와 성전 전선'(JFJ)", "NG"),
    ("현지 인권단체", "현지 인권단체 '자유와 정의 센터'", "NG"),
])
def test_a_headline_kind_is_the_body_of_that_kind_below(kind, body, country):
    text = (f"{kind} \"군인 40명 사살\" 주장\n\n"
            f"나이지리아 북동부에서 군 기지가 공격을 받아 군인 12명이 숨졌다고 나이지리아 국방부가 밝혔다.\n\n"
            f"{body}는 성명을 내고 \"군인 40명을 사살했다\"고 주장했다.")
    rows = _speakers(text)
    assert rows[0] == ("40", body, country)
    assert ("12", "나이지리아 국방부", "NG") in rows


def test_a_quoted_name_with_a_conjunction_inside_is_one_speaker():
    text = "시리아 북부에서 충돌이 이어졌다.\n\n무장단체 '평화와 자유 여단'(PFB)은 정부군 25명을 사살했다고 주장했다."
    assert _speakers(text) == [("25", "무장단체 '평화와 자유 여단'(PFB)", "SY")]


_INTERVIEW = ("필리핀 태풍 피해가 커지고 있다.\n\n현지 구호 현황을 들었다.\n\n"
              "■ 인터뷰 - 마리아 산토스 필리핀 적십자사 대변인\n\n"
              "{q1}피해 규모는 어느 정도인가.\n{a1}저희가 파악한 실종자만 120명이 넘습니다.\n\n"
              "{q2}피난 상황은.\n{a2}주민 3만명이 대피소에 머무는 것으로 봅니다.")


@pytest.mark.parametrize("q, a", [("--", "▲"), ("- ", "= "), ("Q. ", "A. ")])
def test_answers_of_an_interview_are_the_guests(q, a):
    text = _INTERVIEW.format(q1=q, q2=q, a1=a, a2=a)
    assert _speakers(text) == [("120명이 넘", "마리아 산토스 필리핀 적십자사 대변인", "PH"),
                               ("3만", "마리아 산토스 필리핀 적십자사 대변인", "PH")] or \
        [(n, c) for n, _, c in _speakers(text)] == [(r, "PH") for r, _, _ in _speakers(text)]
    assert all(c == "PH" and "산토스" in s for _, s, c in _speakers(text))


def test_lines_opened_by_dashes_without_answers_are_no_interview():
    # a list of dashes with no answers after them is no transcript: its numbers keep their own speakers
    text = "경찰은 피해 현황을 밝혔다.\n\n-사망자 3명\n-부상자 12명\n\n경찰은 실종자가 2명이라고 밝혔다."
    assert all(s == "경찰" for _, s, _ in _speakers(text))


@pytest.mark.parametrize("outer, inner, verb, expected", [
    # a quotation inside a quotation ('…"X가 '…'고 말했다"고 전했다'): the inner one's speaker is the source; a
    # private person's origin ('수단 출신') is no country he speaks for
    ("현지 구호단체 관계자는", "풀려난 수단 출신 남성이", "말했다", ("4", "수단 출신 남성", "")),
    ("경찰은", "구조된 선원이", "진술했다", ("4", "선원", "")),
    ("구호단체 대변인은", "생존자가", "증언했다", ("4", "생존자", "")),
])
def test_the_speaker_of_a_quotation_inside_a_quotation_is_the_source(outer, inner, verb, expected):
    text = f"리비아 남부에서 창고가 발견됐다.\n\n{outer} \"{inner} '동료 4명이 숨졌다'고 {verb}\"고 전했다."
    assert _speakers(text) == [expected]


def test_a_quotation_with_no_quotation_inside_keeps_its_speaker():
    text = "리비아 남부에서 창고가 발견됐다.\n\n리비아 적신월사 대변인은 \"동료 4명이 숨졌다\"고 전했다."
    assert _speakers(text) == [("4", "리비아 적신월사 대변인", "LY")]


@pytest.mark.parametrize("runners, expected", [
    # a body run by international bodies (alone or jointly) is of no state
    ("유엔난민기구(UNHCR)와 국제이주기구(IOM)가 공동 운영하는 '콜롬비아 난민 지역 협력 플랫폼'(RCP)", ""),
    ("세계식량계획이 운영하는 배급소 측", ""),
])
def test_a_body_run_by_international_bodies_has_no_country(runners, expected):
    text = f"콜롬비아 국경에 난민이 몰리고 있다.\n\n{runners}에 따르면 베네수엘라를 떠난 난민은 약 12만명으로 추산된다."
    assert [c for _, _, c in _speakers(text)] == [expected]


def test_a_year_in_a_quoted_title_counts_no_one():
    text = "통일부가 공개한 '2025 인권보고서'에 따르면 수용소에 수감된 인원은 5만명으로 추산된다."
    assert [n for n, _, _ in _rows(text)] == ["5만"]


@pytest.mark.parametrize("text, expected", [
    # a population (인구) counts the people who live somewhere, no claim; the population of a measure's people does
    ("시장은 \"인구 8만 명의 도시에 이재민이 2만 명 넘게 몰렸다\"고 말했다.", ["2만 명 넘게"]),
    ("유엔은 피란 인구가 40만명에 이른다고 밝혔다.", ["40만"]),
])
def test_a_population_counts_no_one(text, expected):
    assert [n for n, _, _ in _rows(text)] == expected


def test_a_headlines_own_words_after_a_quotation_and_an_ellipsis_are_no_ones():
    # 'X "…"…Y': the source before the quotation says only the quotation; the words after its ellipsis are the
    # headline's own summary (the story says whose), not X's
    text = ("이집트 \"홍수로 최소 40명 사망\"…수단서도 12명 숨져\n\n"
            "이집트 보건부는 최소 40명이 숨졌다고 밝혔다. 수단 민방위청은 12명이 숨졌다고 발표했다.")
    assert _speakers(text) == [("최소 40", "이집트", "EG"), ("최소 40", "이집트 보건부", "EG"),
                               ("12", "수단 민방위청", "SD")]


@pytest.mark.parametrize("verb", ["상향 조정했다", "하향 조정했다", "상향했다"])
def test_revising_a_toll_states_it(verb):
    # revising a toll up or down ('사망자를 …명으로 상향 조정했다') is a statement of the new toll
    assert _speakers(f"칠레 내무부는 산불 사망자를 14명으로 {verb}.") == [("14", "칠레 내무부", "CL")]


def test_a_bare_red_crescent_society_speaks_for_the_one_named_before():
    text = ("방글라데시 적신월사는 구호 요원을 보냈다.\n\n"
            "적신월사는 바다에 나간 어민 25명과 연락이 끊겼다고 밝혔다.")
    assert _speakers(text) == [("25", "방글라데시 적신월사", "BD")]


# -- ko9 (session 18): units leaving and arriving, the verb of each clause, care of casualties, stories of a roundup --

@pytest.mark.parametrize("text, expected", [
    # a unit's people leaving, sailing, setting out, arriving, entering, taking over: deployed, whatever the unit's
    # name (부대, 대대, 사단, 선발대, 구호대), its rotation (31진) or its people's noun (장병, 병력, 경찰관, 구조대원)
    ("합참은 아크부대 23진 150여 명이 인천공항을 통해 출국했다고 밝혔다.", [("150여", "deployed", "KR")]),
    ("합참은 청해부대 40진 장병 300여 명이 아덴만으로 출항했다고 밝혔다.", [("300여", "deployed", "KR")]),
    ("합참은 아크부대 23진 150여 명이 아랍에미리트에 도착했다고 밝혔다.", [("150여", "deployed", "KR")]),
    ("합참은 자이툰부대 본대 1천200명이 이라크로 출발했다고 밝혔다.", [("1천200", "deployed", "KR")]),
    ("국방부는 선발대 40명이 현지에 먼저 도착했다고 밝혔다.", [("40", "deployed", "KR")]),
    ("국방부 관계자는 동명부대 31진 270여 명도 다음 달 현지에 도착해 30진과 임무를 교대할 예정이라고 밝혔다.",
     [("270여", "deployed", "KR")]),
    ("미 국방부는 제82공수사단 병력 3천명이 폴란드에 도착했다고 밝혔다.", [("3천", "deployed", "US")]),
    ("소방청은 구조대원 60명이 튀르키예로 출발했다고 밝혔다.", [("60", "deployed", "KR")]),
    ("외교부는 긴급구호대 118명이 현지에 도착했다고 밝혔다.", [("118", "deployed", "KR")]),
    ("케냐 경찰은 경찰관 400명이 아이티에 도착했다고 밝혔다.", [("400", "deployed", "KE")]),
    # distractors: tourists and migrants who leave or arrive are no deployment; refugees arriving are displaced
    ("국방부는 관광객 300명이 출국했다고 밝혔다.", []),
    ("출입국 당국은 이주민 300명이 배편으로 도착했다고 밝혔다.", []),
    ("관광공사는 외국인 관광객 5천명이 입국했다고 밝혔다.", []),
    ("출입국 당국은 난민 300명이 공항에 도착했다고 밝혔다.", [("300", "displaced", "KR")]),
])
def test_a_units_people_leaving_and_arriving_are_deployed(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("noun", ["장병", "병력", "평화유지군", "군인", "광부"])
@pytest.mark.parametrize("first, second", [("한", "두"), ("2", "3")])
def test_the_verb_of_each_clause_decides_after_a_noun_of_troops(noun, first, second):
    # '장병 한 명이 숨지고 두 명이 다쳤다': the verb closing the first clause is the first number's, even when the noun
    # before it (장병, 병력: troops sent) is a cue of its own; the second number has the second verb
    gap = " " if not first.isdigit() else ""
    text = f"군은 {noun} {first}{gap}명이 숨지고 {second}{gap}명이 다쳤다고 밝혔다."
    assert _rows(text) == [(first, "killed", "KR"), (second, "wounded", "KR")]


@pytest.mark.parametrize("text, expected", [
    # care or a hospital after a noun of a measure says nothing beyond it: casualties taken to hospital are casualties,
    # the dead moved to one are dead
    ("경찰은 \"사상자 38명이 병원으로 이송됐다\"고 말했다.", [("38", "killed_or_wounded", "KR")]),
    ("병원 관계자는 사상자 38명을 치료하고 있다고 밝혔다.", [("38", "killed_or_wounded", "KR")]),
    ("경찰은 사상자 17명이 치료를 받고 있다고 말했다.", [("17", "killed_or_wounded", "KR")]),
    ("경찰은 사망자 12명이 병원으로 옮겨졌다고 말했다.", [("12", "killed", "KR")]),
    ("경찰은 사상자 9명이 인근 병원으로 후송됐다고 밝혔다.", [("9", "killed_or_wounded", "KR")]),
    # what befell them after it still decides; people of no measure taken to hospital are hurt; the sick are no one's
    ("경찰은 부상자 3명이 병원으로 옮겨진 뒤 숨졌다고 말했다.", [("3", "killed", "KR")]),
    ("경찰은 중상자 4명이 끝내 숨졌다고 말했다.", [("4", "killed", "KR")]),
    ("경찰은 주민 20명이 병원으로 이송됐다고 말했다.", [("20", "wounded", "KR")]),
    ("보건당국은 확진자 200명이 병원으로 이송됐다고 말했다.", []),
])
def test_care_after_a_noun_of_a_measure_keeps_the_nouns_measure(text, expected):
    assert _rows(text) == expected


def test_each_story_of_a_roundup_keeps_the_country_its_lede_names():
    # two stories, each under a wire credit of its own: a body no registry knows in the first story is of the
    # country the first lede names, not of the one the second story names more often
    text = ("라오스서 보트 전복…6명 사망\n\n"
            "(하노이=연합뉴스) 김철수 특파원 = 라오스 북부 메콩강에서 보트가 전복돼 6명이 숨졌다고 라오스 경찰이 밝혔다.\n\n"
            "북부주 재난관리위원회 관계자는 \"아직 찾지 못한 승객이 4명 있다\"고 말했다.\n\n"
            "◇ 케냐 나이로비서 건물 붕괴…10명 사망\n\n"
            "(나이로비=연합뉴스) 이영희 특파원 = 케냐 나이로비에서 건물이 무너져 10명이 숨졌다고 케냐 경찰이 밝혔다.\n\n"
            "케냐 적십자사는 케냐 나이로비 주민 30명이 다쳤다고 말했다.\n\n"
            "재난 당국은 케냐 수도에서 주민 200명이 피난했다고 말했다.")
    rows = _speakers(text)
    assert ("4", "북부주 재난관리위원회 관계자", "LA") in rows
    assert ("200", "재난 당국", "KE") in rows


@pytest.mark.parametrize("text, expected", [
    # a number word that opens a verb is no number: 만나다 (meet), 열리다 (open), 세우다 (set up)
    ("해경에 따르면 어선은 항구를 출발해 높은 파도를 만나 전복됐다.", []),
    ("경찰은 열린 문으로 주민 두 명이 피난했다고 밝혔다.", [("두", "displaced", "KR")]),
    ("경찰은 사망자가 다섯이었다고 밝혔다.", [("다섯", "killed", "KR")]),
])
def test_a_number_word_opening_a_verb_counts_no_one(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people sick with a disease counted (their noun phrase right before the number, or its subject): an event of
    # others before them (a camp of the displaced, a shelter) says nothing of them
    ("세계보건기구는 난민촌을 중심으로 콜레라가 퍼져 의심 환자가 900여 명으로 늘었다고 밝혔다.", []),
    ("보건부는 대피소에서 장티푸스 의심 환자 41명이 보고됐다고 밝혔다.", []),
    ("보건부는 홍수로 피난한 주민 가운데 콜레라 확진자 50명이 나왔다고 밝혔다.", []),
    # what befell them after the number still counts; a measure's own noun with a disease is that measure
    ("보건부는 말라리아 환자 30명이 숨졌다고 밝혔다.", [("30", "killed", "KR")]),
    ("보건부는 콜레라 사망자가 30명으로 늘었다고 밝혔다.", [("30", "killed", "KR")]),
    ("보건부는 홍수 이재민 300명이 대피소에 머물고 있다고 밝혔다.", [("300", "displaced", "KR")]),
])
def test_people_sick_with_a_disease_take_no_measure_of_others(text, expected):
    assert _rows(text) == expected


def test_prisoners_who_escaped_are_no_longer_held():
    assert _rows("교정당국은 교도소 두 곳에서 수감자들이 폭동을 일으켜 3천여명이 탈옥했다고 밝혔다.") == []
    assert _rows("경찰은 탈주한 죄수 30명을 붙잡았다고 밝혔다.") == [("30", "captured", "KR")]


@pytest.mark.parametrize("adverb", ["", "크게 ", "심하게 ", "가볍게 "])
@pytest.mark.parametrize("second, counter", [("세", "명이"), ("두", "명이"), ("다섯", "명이")])
def test_a_verb_before_the_next_number_word_is_this_numbers(adverb, second, counter):
    # '한 명이 크게 다치고 세 명이 …': the next number right after the verb is no thing it describes (세 is also years
    # of age), whatever adverb stands before the verb
    text = f"소방당국은 작업자 한 명이 {adverb}다치고 {second} {counter} 연락 두절 상태라고 밝혔다."
    assert _rows(text) == [("한", "wounded", "KR"), (second, "missing", "KR")]


@pytest.mark.parametrize("text, expected", [
    # losing people: the number the verb's object ('동료 4명을 잃었다'), in every noun of people and tense
    ("회사는 \"승강기가 추락해 동료 4명을 잃었다\"며 애도를 표했다.", [("4", "killed", "KR")]),
    ("군은 전투에서 장병 12명을 잃었다고 밝혔다.", [("12", "killed", "KR")]),
    ("회사는 직원 3명을 사고로 잃었다고 밝혔다.", [("3", "killed", "KR")]),
    ("마을 이장은 주민 일곱 명을 산사태로 잃었다고 말했다.", [("일곱", "killed", "KR")]),
    # distractors: the people counted are who lost something (their subject), or lost a home or consciousness
    ("경찰은 주민 300명이 모든 것을 잃었다고 밝혔다.", []),
    ("경찰은 농민 500명이 농작물을 잃었다고 밝혔다.", []),
    ("경찰은 주민 300명이 집을 잃었다고 밝혔다.", [("300", "displaced", "KR")]),
    ("경찰은 주민 20명이 의식을 잃었다고 밝혔다.", [("20", "wounded", "KR")]),
    ("경찰은 주민 20명이 목숨을 잃었다고 밝혔다.", [("20", "killed", "KR")]),
])
def test_losing_people_as_the_object_is_killed(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("opening, speaker, country", [
    # the subject of a relative clause whose verb made the document of "X에 따르면" speaks through it
    ("경찰이 올린 게시물에 따르면", "경찰", "KR"),
    ("세계보건기구 남수단 사무소가 16일 엑스에 올린 게시물에 따르면", "세계보건기구 남수단 사무소", ""),
    ("유엔이 작성한 문서에 따르면", "유엔", ""),
    ("케냐 적십자사가 지난달 펴낸 보고서에 따르면", "케냐 적십자사", "KE"),
    ("케냐 내무부가 배포한 자료에 따르면", "케냐 내무부", "KE"),
])
def test_the_author_of_a_document_speaks_through_it(opening, speaker, country):
    assert _speakers(f"{opening} 산사태로 주민 6명이 숨졌다.") == [("6", speaker, country)]


@pytest.mark.parametrize("marker, verb", [("이같이", "밝혔다"), ("이와 같이", "전했다"), ("이렇게", "말했다"),
                                          ("이처럼", "설명했다")])
def test_a_marker_pointing_back_before_the_verb_attributes_the_sentence_before(marker, verb):
    # 'X는 (…에서) 이같이 밝혔다': the sentence before is X's, in the same paragraph or the next
    text = ("인도 산사태\n\n"
            "인도 동북부에서 산사태가 마을을 덮쳐 주민 8명이 숨지고 17명이 실종됐다. "
            f"주 경찰청장은 15일 주도에서 열린 기자회견에서 {marker} {verb}.")
    assert _speakers(text) == [("8", "주 경찰청장", "IN"), ("17", "주 경찰청장", "IN")]


@pytest.mark.parametrize("second", [
    # distractors: a reported clause of its own, a determiner of a noun, a sentence with no marker
    "경찰은 이 사고로 3명이 다쳤다고 밝혔다.",
    "경찰은 이 자리에서 주민 피난 계획을 밝혔다.",
    "경찰은 사고 원인을 조사하고 있다고 밝혔다.",
])
def test_no_marker_pointing_back_leaves_the_sentence_before_unattributed(second):
    text = "인도 산사태\n\n주민 8명이 숨졌다. " + second
    assert [row for row in _speakers(text) if row[0] == "8"] == []


@pytest.mark.parametrize("text, expected", [
    # an estimate noun with no particle modifying the measure's noun after it: its owner before it speaks
    ("아이티 남부 갱단 습격 일주일째…유엔 집계 사망자 52명\n\n아이티 남부에서 습격이 이어지고 있다.",
     [("52", "유엔", "")]),
    ("아이티 갱단 습격\n\n유엔 집계 사망자는 52명에 이른다.", [("52", "유엔", "")]),
    ("아이티 갱단 습격\n\n아이티 정부 추산 이재민은 3만명에 달한다.", [("3만", "아이티 정부", "HT")]),
    ("아이티 갱단 습격\n\n아이티 경찰 추산 사상자 수는 40명이다.", [("40", "아이티 경찰", "HT")]),
    # distractors: no owner before the estimate noun ('공식 집계')
    ("아이티 갱단 습격\n\n공식 집계 사망자는 52명에 이른다.", []),
])
def test_the_owner_of_an_estimate_modifying_a_measures_noun_speaks(text, expected):
    assert _speakers(text) == expected


# ---- issuer9 (session 18): a body's own release signed by its press office --------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a closing line of its own, a body and then its press office, signs the text as the body's own release
    ("해외 재난 상황\n\n이번 지진으로 현지에서 12명이 숨지고 30명이 다쳤다.\n\n정부는 상황을 계속 주시하고 있다.\n\n외교부 대변인실",
     [("12", "외교부", "KR"), ("30", "외교부", "KR")]),
    ("산불 진화 상황\n\n이번 산불로 주민 240명이 피난했다.\n\n진화 작업은 계속되고 있다.\n\n산림청 공보실",
     [("240", "산림청", "KR")]),
    # no signature: a news story's sentence with no source
    ("해외 재난 상황\n\n이번 지진으로 현지에서 12명이 숨졌다.\n\n구조 작업은 계속되고 있다.", []),
])
def test_issuer9_a_press_office_signing_a_release(text, expected):
    assert _speakers(text) == expected


# ko10 (session 19): false rows by mechanism.
@pytest.mark.parametrize("text", [
    # the relatives of people a measure's noun names (the table's kin_nouns) are counted, not the people themselves
    "경찰은 실종자 가족 50여 명이 사고 현장 앞에 모여 있다고 밝혔다.",
    "경찰은 인질 가족 20명이 총리실 앞에서 시위를 벌였다고 밝혔다.",
    "법무부는 수감자 가족 수백 명이 교도소 앞에 모였다고 밝혔다.",
    "경찰은 사망자 유족 12명과 면담했다고 밝혔다.",
    "소방당국은 실종 광부 가족 40명이 사무소 앞에서 밤을 새웠다고 밝혔다.",
    "경찰은 포로 가족들 100여명이 국방부 앞에서 집회를 열었다고 밝혔다.",
    "해경은 실종 선원 가족 15명이 항구에서 기다리고 있다고 밝혔다.",
    "구청은 피랍자 부모 8명이 구청을 찾았다고 전했다.",
])
def test_ko10_relatives_of_the_measured_are_no_measure(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # relatives whose own clause says what befell them keep that measure; a family counted as the people keeps theirs
    ("주민 김모(45)씨는 \"옆집 가족 다섯 명이 아직 연락이 닿지 않는다\"고 말했다.", [("다섯", "missing", "")]),
    ("경찰은 일가족 4명이 숨졌다고 밝혔다.", [("4", "killed", "KR")]),
    ("경찰은 실종자 가족 가운데 3명이 탈진해 병원으로 옮겨졌다고 밝혔다.", [("3", "wounded", "KR")]),
    ("경찰은 실종자 가족 2명이 현장에서 숨졌다고 밝혔다.", [("2", "killed", "KR")]),
])
def test_ko10_relatives_keep_their_own_verbs_measure(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a cue in a clause of contrast before the number (the table's contrast_endings) is that clause's
    "경찰 관계자는 \"역 주변에도 경력을 배치했지만 축제가 끝난 직후 수만 명이 역으로 몰렸다\"고 설명했다.",
    "경찰은 \"병력을 투입했으나 시위대 3천명이 광장으로 몰려들었다\"고 밝혔다.",
    "군은 \"장병을 배치했는데 주민 500명이 다리로 몰려왔다\"고 밝혔다.",
])
def test_ko10_a_cue_in_a_clause_of_contrast_before_the_number_is_not_its(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # (a clause of contrast before the number, and the number's own verb after it)
    ("경찰은 \"병력을 투입했지만 시위대 3명이 숨졌다\"고 밝혔다.", [("3", "killed", "KR")]),
    ("소방당국은 부상자 2명이 병원으로 옮겨졌으나 숨졌다고 밝혔다.", [("2", "killed", "KR")]),
])
def test_ko10_the_numbers_own_verb_after_a_clause_of_contrast(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a verb of saying in a frame of not doing says nothing: 적지 않다 is 'not few', not 'did not write'
    "남아공에서는 2012년 파업 당시 광원 34명이 숨지는 등 유혈 사태가 적지 않다.",
    "교도소 밖에서는 주민 300명이 숨지는 등 충돌이 적지 않았다.",
    "정부는 당시 사망자 120명의 신원을 밝히지 않았다.",
    "군은 장병 40명이 다친 경위를 설명하지 못했다.",
])
def test_ko10_a_verb_of_saying_not_done_attributes_nothing(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text", [
    # workers put to a job and people at large (the table's worker_nouns, private_nouns) are no personnel sent
    "회사 측에 따르면 사고 당시 정비 작업에는 근로자 4명과 협력업체 작업자 12명이 투입돼 있었다.",
    "시공사는 공사 현장에 인부 30명을 투입했다고 밝혔다.",
    "군청은 제방 보수에 주민 500명을 동원했다고 밝혔다.",
    "업체는 야간 작업에 근로자 20명을 배치했다고 설명했다.",
])
def test_ko10_workers_and_people_at_large_are_not_deployed(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # (troops, police and rescuers sent keep their deployment)
    ("군은 피해 지역에 장병 500명을 투입했다고 밝혔다.", [("500", "deployed", "KR")]),
    ("경찰청은 축제 현장에 경찰관 2천여명을 배치했다고 밝혔다.", [("2천여명", "deployed", "KR")]),
    ("소방청은 구조대원 150명을 현지에 파견했다고 밝혔다.", [("150", "deployed", "KR")]),
])
def test_ko10_personnel_sent_stay_deployed(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the injured or the dead named by a relative clause right before them stay so when rescued, aboard or surviving
    ("네팔 경찰 대변인은 \"부상한 셰르파 4명을 구조해 이송했다\"고 밝혔다.", [("4", "wounded", "NP")]),
    ("해경은 \"다친 선원 3명을 구조했다\"고 밝혔다.", [("3", "wounded", "KR")]),
    ("소방당국은 \"크게 다친 주민 2명을 헬기로 구조했다\"고 밝혔다.", [("2", "wounded", "KR")]),
    # the missing who were then rescued are missing no more (a state that gave way: transition_endings)
    ("대사관에 따르면 관광객 7명이 산사태로 고립됐다가 헬기로 무사히 구조됐다.", []),
    ("해경은 \"선원 3명이 실종됐다가 구조됐다\"고 밝혔다.", []),
    ("소방당국은 \"광부 5명이 갱도에 매몰됐다가 구조됐다\"고 밝혔다.", []),
    # (not when they were found dead: a later measure)
    ("해경은 \"선원 3명이 실종됐다가 숨진 채 발견됐다\"고 밝혔다.", [("3", "killed", "KR")]),
    # survivors rescued are no claim
    ("해경은 \"생존자 5명을 구조했다\"고 밝혔다.", []),
])
def test_ko10_rescue_ends_being_missing_not_being_hurt(text, expected):
    assert _rows(text) == expected


# ---- ko11 (session 20): Korean wire copy, unseen articles ----

_KO11_OPENINGS = [  # a first sentence naming a source, of many kinds and countries
    "칠레 재난당국은 산불로 주민 12명이 숨졌다고 밝혔다.",
    "터키 내무부에 따르면 지진으로 주민 40명이 숨졌다.",
    "나이지리아 경찰 대변인은 \"괴한들의 습격으로 주민 9명이 숨졌다\"고 말했다.",
    "유엔 인도주의업무조정국(OCHA)은 홍수로 주민 30명이 숨졌다고 발표했다.",
]


@pytest.mark.parametrize("opening", _KO11_OPENINGS)
@pytest.mark.parametrize("second", [
    # a verb of saying made passive after 것으로 ('전해졌다', '전해진다', '알려진다': kiwipiepy keys them as 전하다,
    # 알리다): hearsay with no agent, the reporter's, not the source of the sentence before
    "부상자 가운데 4명은 중상인 것으로 전해졌다.",
    "실종자는 5명인 것으로 전해진다.",
    "이 가운데 어린이 3명이 숨진 것으로 알려진다.",
    "주민 200여 명이 인근 학교로 피난한 것으로 전해졌다.",
    # (whatever its clause: a state, a value with 으로/로)
    "이 가운데 1명은 의식이 없는 상태로 전해졌다.",
    "사망자는 모두 15명으로 알려진다.",
    # (and the passives of the table, in every tense)
    "구조대원 150명이 투입된 것으로 파악됐다.",
    "주민 1만여 명이 피난한 것으로 집계됐다.",
    "희생자 가운데 2명은 외국인인 것으로 확인됐다.",
    "사망자는 20명에 육박하는 것으로 추산된다.",
])
def test_ko11_a_passive_of_reporting_carries_no_speaker(opening, second):
    rows = _sources(f"{opening} {second}")
    assert len(rows) == 1 and rows[0][0] in ("12", "40", "9", "30")


@pytest.mark.parametrize("text", [
    # the subject of a passive of hearsay is who acted, not who said it
    "이란 당국은 간첩 혐의로 수백 명을 체포한 것으로 전해졌다.",
    "미얀마 군정은 시위대 40여 명을 구금한 것으로 알려졌다.",
    "무장세력은 주민 30명을 납치한 것으로 전해진다.",
])
def test_ko11_the_actor_of_a_passive_of_hearsay_is_no_speaker(text):
    assert _sources(text) == []


@pytest.mark.parametrize("text, expected", [
    # (a source of its own in the sentence still speaks, and an active verb of saying is no passive)
    ("경찰에 따르면 주민 5명이 숨진 것으로 전해졌다.", [("5", "killed", "경찰", "KR")]),
    ("AP통신에 따르면 칠레 경찰은 주민 7명이 숨진 것으로 파악됐다고 밝혔다.", [("7", "killed", "칠레 경찰", "CL")]),
    ("페루 경찰은 \"광부 6명이 숨진 것으로 전해졌다\"고 밝혔다.", [("6", "killed", "페루 경찰", "PE")]),
    ("페루 경찰은 광부 6명이 숨졌다고 전했다.", [("6", "killed", "페루 경찰", "PE")]),
    ("페루 경찰은 광부 6명이 숨진 것으로 전했다.", [("6", "killed", "페루 경찰", "PE")]),
    ("페루 보건부는 주민 8명이 다쳤다고 알렸다.", [("8", "wounded", "페루 보건부", "PE")]),
])
def test_ko11_a_source_of_its_own_beside_a_passive_still_speaks(text, expected):
    assert _sources(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the words of respect and of mourning for dying: the honorific '돌아가시다' (kept in the key: see honorific_verbs),
    # '유명을 달리하다', '별세', '타계', '작고', '서거', '영면', '생을 마감하다', in every tense and before the people counted
    ("병원 관계자는 \"환자 2명이 끝내 돌아가셨다\"고 말했다.", [("2", "killed")]),
    ("의사는 \"그중 어르신 세 분이 돌아가셨습니다\"라고 말했다.", [("세", "killed")]),
    ("회사 측은 \"유명을 달리하신 세 분께 애도를 표한다\"고 밝혔다.", [("세", "killed")]),
    ("회사 측은 \"유명을 달리하신 세 분과 유가족께 애도를 표한다\"고 밝혔다.", [("세", "killed")]),
    ("회사 측은 \"유명을 달리한 근로자 3명과 유가족께 사과드린다\"고 밝혔다.", [("3", "killed")]),
    ("교구는 사제 2명이 별세했다고 밝혔다.", [("2", "killed")]),
    ("협회는 회원 4명이 타계했다고 발표했다.", [("4", "killed")]),
    ("협회는 회원 5명이 작고했다고 밝혔다.", [("5", "killed")]),
    ("경찰은 \"주민 2명이 병원에서 생을 마감했다\"고 밝혔다.", [("2", "killed")]),
    # (going back, with no honorific, is no death: people who went home, or have not yet, as before)
    ("경찰은 주민 3명이 집으로 돌아갔다고 밝혔다.", []),
    ("경찰은 주민 300명이 아직 집으로 돌아가지 못했다고 밝혔다.", [("300", "displaced")]),
    # ('30분과 40분': minutes after digits stay minutes)
    ("경찰은 \"30분과 40분 사이에 주민 3명이 숨졌다\"고 밝혔다.", [("3", "killed")]),
])
def test_ko11_words_of_respect_for_dying(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a state named by a noun of state with 으로/로 ('의식이 없는 상태로') gave way to what followed, as a verb so ending does
    ("해경은 선원 3명은 의식이 없는 상태로 병원에 옮겨졌다가 끝내 숨졌다고 밝혔다.", [("3", "killed")]),
    ("경찰은 부상자 4명이 위독한 상태로 치료를 받던 중 숨졌다고 밝혔다.", [("4", "killed")]),
    # (a state that stays: the people are still what it says)
    ("해경은 선원 3명이 의식이 없는 상태로 병원에 옮겨졌다고 밝혔다.", [("3", "wounded")]),
    ("해경은 선원 3명이 실종된 상태라고 밝혔다.", [("3", "missing")]),
    # contact lost, written as one word
    ("외교부는 \"한국인 3명이 연락두절 상태\"라고 밝혔다.", [("3", "missing")]),
    ("해경은 어선 선원 4명이 연락두절됐다고 밝혔다.", [("4", "missing")]),
    # an edition's number in a headline ('(종합2보)', '(2보)') counts no one
    ("울산 공장 폭발…소방당국 \"4명 사망·9명 부상\"(종합2보)", [("4", "killed"), ("9", "wounded")]),
    ("여수 공장 폭발…소방 \"연락두절 1명 수색 중\"(3보)", [("1", "missing")]),
])
def test_ko11_states_that_give_way_lost_contact_and_editions(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign body's name with its initials in brackets inside it, every part glued: the registry's body
    ("중국중앙(CC)TV는 광부 10여명이 부상을 입었다고 전했다.", [("10여명", "wounded", "CN")]),
    ("중국 관영 중국중앙(CC)TV에 따르면 광부 10명이 숨졌다.", [("10", "killed", "CN")]),
    ("미국 폭스(FOX)뉴스는 주민 5명이 숨졌다고 전했다.", [("5", "killed", "US")]),
])
def test_ko11_initials_in_brackets_inside_a_name(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people cut off by a landslide or a flood (고립되다) are stranded where they are known to be: no one missing
    ("화롄현 관계자는 \"산사태로 도로가 끊기면서 주민 60여 명이 고립된 상태\"라고 말했다.", []),
    ("현지 언론은 수십 명이 여전히 외부와 단절된 채 고립돼 있다고 전했다.", []),
    ("경찰은 등산객 12명이 폭설로 산장에 고립됐다고 밝혔다.", []),
    # (the trapped and the missing stay so)
    ("경찰은 광부 5명이 갱도에 갇혀 있다고 밝혔다.", [("5", "missing")]),
    ("경찰은 등산객 3명이 실종됐다고 밝혔다.", [("3", "missing")]),
])
def test_ko11_the_stranded_are_not_missing(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # troops named by a deployed noun and aboard (the table's aboard_words) are the crew of a unit sent
    ("국방부는 장병 300여명이 탑승한 구축함을 아덴만으로 급파했다고 밝혔다.", [("300여명", "deployed")]),
    ("합참 관계자는 \"UDT 요원을 포함한 장병 300여명이 탑승하고 있다\"고 설명했다.", [("300여명", "deployed")]),
    ("해군은 병력 200명이 승선한 상륙함을 파견했다고 밝혔다.", [("200", "deployed")]),
    # (people aboard of no deployed noun, and troops rescued, are no claim)
    ("해경은 승객 300명이 탑승한 여객선이 좌초했다고 밝혔다.", []),
    ("해경은 선원 12명이 탑승한 어선이 침몰했다고 밝혔다.", []),
    ("군은 장병 3명이 구조됐다고 밝혔다.", []),
])
def test_ko11_troops_aboard_a_unit_sent_are_deployed(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a whole counted in no measure (survivors, people aboard) does not take the measure of the part named after it
    ("볼리비아 경찰은 생존자 31명 가운데 부상자 17명을 인근 병원으로 이송했다고 밝혔다.", [("17", "wounded")]),
    ("해경은 탑승자 40명 가운데 사망자 12명의 신원을 확인했다고 밝혔다.", [("12", "killed")]),
    # (what befell the people of no measure, said by the verb after them, still decides)
    ("소방당국은 구조대원 다섯 명이 순직했다고 밝혔다.", [("다섯", "killed")]),
    ("경찰은 탑승자 40명 가운데 12명이 숨졌다고 밝혔다.", [("12", "killed")]),
])
def test_ko11_a_whole_of_no_measure_keeps_none(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a word of leaving or arriving before the number ('출항 당시', '입국 당시': at the time) is no personnel of it
    ("선주 측은 \"출항 당시 선원 11명 모두 구명조끼를 갖추고 있었다\"고 밝혔다.", []),
    ("선사는 출발 당시 승객 40명이 타고 있었다고 밝혔다.", []),
    # staff of a business named in their phrase, put to a job, are workers (not a ministry's staff sent abroad)
    ("회사 측에 따르면 정비 작업에는 본사 직원 4명과 협력업체 직원 12명이 투입돼 있었다.", []),
    ("회사 측은 하청업체 직원 20명을 현장에 투입했다고 밝혔다.", []),
    ("외교부는 본부 직원 3명을 현지에 급파했다고 밝혔다.", [("3", "deployed")]),
    ("국방부는 동명부대 31진 270여 명이 현지에 도착했다고 밝혔다.", [("270여", "deployed")]),
])
def test_ko11_departures_and_workers_are_no_deployment(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb that ends its clause describes no noun after it: '주 정부' (a state government) is no week after '숨졌다고'
    ("괴한들의 습격으로 최소 52명이 숨졌다고 주 정부가 밝혔다.", [("최소 52", "killed")]),
    ("폭우로 주민 7명이 다쳤다고 주 당국이 밝혔다.", [("7", "wounded")]),
    # (an adnominal form still describes the thing after it: '숨진 3일' counts days)
    ("경찰은 공습으로 숨진 3일 동안 주민 5명이 다쳤다고 밝혔다.", [("5", "wounded")]),
    # a gloss in brackets right after the cue's noun is part of its phrase
    ("영국 국방부는 \"러시아군의 누적 사상자(전사·부상)는 약 95만명으로 추산된다\"고 설명했다.",
     [("약 95만", "killed_or_wounded")]),
    ("경찰은 실종자(어린이 포함)는 5명이라고 밝혔다.", [("5", "missing")]),
    ("경찰은 사망자(잠정)가 12명이라고 밝혔다.", [("12", "killed")]),
])
def test_ko11_clause_ends_and_glosses(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a status noun before a number joined to the next ('인질 한 명과 경찰관 두 명이'): the verb after both says what
    # befell both
    ("경찰 대변인은 \"인질 한 명과 경찰관 두 명이 가벼운 상처를 입었다\"고 전했다.", [("한", "wounded"), ("두", "wounded")]),
    ("경찰은 포로 2명과 민간인 3명이 숨졌다고 밝혔다.", [("2", "killed"), ("3", "killed")]),
    ("경찰은 난민 20명과 주민 3명이 다쳤다고 밝혔다.", [("20", "wounded"), ("3", "wounded")]),
    # (an event noun before the number keeps its own measure; a status verb after both is no event)
    ("경찰은 사망자 2명과 부상자 3명이 병원으로 이송됐다고 밝혔다.", [("2", "killed"), ("3", "wounded")]),
    ("경찰은 인질 2명과 경찰관 1명이 풀려났다고 밝혔다.", [("2", "captured"), ("1", "captured")]),
])
def test_ko11_a_status_noun_joined_to_the_next_number_takes_the_verb_after_both(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a headline that opens on a quotation of no source, then '…X "…"': the mark closing the first quotation opens
    # none; the source of the second stands right before it
    ("\"대부분 재판 못 받고 숨져\"…정부는 \"테러리스트 310명 추가 체포\"", [("310", "captured", "정부")]),
    ("\"시신 2구 수습\"…모로코 \"1천500여명 체포\"", [("1천500여명", "captured", "모로코")]),
    ("\"피난령 확대\"…경찰 \"주민 5명 실종\"", [("5", "missing", "경찰")]),
    # (two quotations and no source: no claim)
    ("\"사망자 12명\"…\"더 늘어날 듯\"", []),
])
def test_ko11_a_headline_source_after_a_quotation_of_none(text, expected):
    assert [(r[0], r[1], r[2]) for r in extracted(text, "ko", "stated", "metric", "speaker")] == expected


@pytest.mark.parametrize("text, expected", [
    # the author of a document named by a relative clause, with a gloss in brackets inside it, speaks through it
    ("세계보건기구(WHO) 남수단 사무소가 16일 엑스(X·옛 트위터)에 올린 게시물에 따르면 6명이 목숨을 잃었다.",
     [("6", "killed", "세계보건기구(WHO) 남수단 사무소")]),
    ("WHO가 16일 엑스(X·옛 트위터)에 올린 게시물에 따르면 주민 6명이 숨졌다.", [("6", "killed", "WHO")]),
    # people caught (적발) are held, as people arrested are; things caught are no claim
    ("국경수비대는 \"국경을 불법으로 넘은 3명을 적발해 조사하고 있다\"고 밝혔다.", [("3", "captured", "국경수비대")]),
    ("경찰은 불법 체류자 120명이 적발됐다고 밝혔다.", [("120", "captured", "경찰")]),
    ("세관은 마약 300kg을 적발했다고 밝혔다.", []),
])
def test_ko11_an_authored_document_with_a_gloss_and_people_caught(text, expected):
    assert [(r[0], r[1], r[2]) for r in extracted(text, "ko", "stated", "metric", "speaker")] == expected


@pytest.mark.parametrize("text, expected", [
    # broadcast style: a body's full name, a comma, its short name as the topic ('과테말라 국가재난관리청, 콘레드는')
    ("과테말라 국가재난관리청, 콘레드는 주민 3천여 명을 안전한 곳으로 피난시켰다고 설명했습니다.", [("3천여", "displaced", "GT")]),
    ("필리핀 재난관리청, 엔디알알엠씨는 주민 5명이 숨졌다고 밝혔습니다.", [("5", "killed", "PH")]),
    ("미국 국립기상청, NWS는 주민 3명이 숨졌다고 밝혔습니다.", [("3", "killed", "US")]),
])
def test_ko11_a_short_name_after_the_full_name_and_a_comma(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # single marks around a phrase of no count of people name a thing ('10년 만의 폭설', the closing mark glued to its
    # particle): no quotation, so the word before it is no source
    ("日 '10년 만의 폭설'에 12명 사망…자위대 재해 파견", []),
    ("태풍 '파가사'에 주민 5명 사망", []),
    # (a quoted count after a source still is one)
    ("이스라엘 '인질 20명 석방' 발표", [("20", "captured", "이스라엘")]),
    ("경찰 '주민 5명 사망' 확인", [("5", "killed", "경찰")]),
])
def test_ko11_single_marks_around_a_name_in_a_headline(text, expected):
    assert [(r[0], r[1], r[2]) for r in extracted(text, "ko", "stated", "metric", "speaker")] == expected


@pytest.mark.parametrize("text, expected", [
    # a counter of people with particles only after a number word ('다섯 명과는', '세 분과'), which kiwipiepy may read
    # as another noun, still counts people
    ("현지 주민은 \"이웃 주민 다섯 명과는 아직 연락이 닿지 않는다\"고 말했다.", [("다섯", "missing")]),
    ("경찰은 주민 세 명과도 연락이 끊겼다고 밝혔다.", [("세", "missing")]),
    # a number called or reported to is a telephone number ('119에 신고하고', '112로 전화해')
    ("질병청은 의식을 잃을 수 있어 즉시 119에 신고하고 환자를 옮겨야 한다고 설명했다.", []),
    ("경찰은 112로 전화해 주민 3명이 다쳤다고 신고했다고 밝혔다.", [("3", "wounded")]),
    ("경찰은 주민 300에 이르는 인원이 피난했다고 밝혔다.", [("300", "displaced")]),
])
def test_ko11_counters_with_particles_and_telephone_numbers(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # (people counted with their counter and a particle of company before contact are no telephone number)
    ("소방본부는 근로자 1명과 연락이 닿지 않아 수색을 벌이고 있다고 밝혔다.", [("1", "missing")]),
    ("해경은 선원 3명과 연락이 두절됐다고 밝혔다.", [("3", "missing")]),
])
def test_ko11_people_out_of_contact_are_no_telephone_number(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


# --- ko12: a registry name the Korean analyser keys by a common word it holds -----------------------------------------

@pytest.mark.parametrize("text, found", [
    # '아말' (Amal) is keyed 말 (speech, the end of a month), '차이신' (Caixin) 차 (a car): a word of that key is the
    # name only when it is written so
    # (ngo12 removed the registry's one-syllable-key aliases 아말 and 차이신 the same session, so the bare forms name
    # no body now: "아말운동" does)
    ("아말은 대원 3명이 숨졌다고 밝혔다.", None),
    ("차이신에 따르면 주민 3명이 숨졌다.", None),
    ("이달 말까지는 점검을 벌인다.", None),
    ("그는 말을 아꼈다.", None),
    ("차를 타고 가던 주민이 다쳤다.", None),
    # (a name keyed as written is matched as before, with its particle)
    ("헤즈볼라는 대원 3명이 숨졌다고 밝혔다.", "Hezbollah"),
])
def test_ko12_a_name_keyed_by_a_common_word_is_matched_only_as_written(text, found):
    from analysis.extract.language import language
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    registry = registry_index("ko")
    doc = Document(text, language("ko"), registry, "KR")
    w = doc.words(0)
    names = [m[1].organisation for i in range(len(w)) if (m := registry.match(w.key, w.text, i))]
    assert names == ([found] if found else [])


def test_ko12_the_end_of_a_month_names_no_country():
    # '이달 말까지는' named Lebanon (Amal's country), and the only country named became the article's
    from analysis.extract.language import language
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    text = "노동부는 건설 현장에서 노동자 5명이 숨졌다고 밝혔다. 노동부는 이달 말까지는 점검을 벌인다."
    assert Document(text, language("ko"), registry_index("ko"), "KR").country() == ""


@pytest.mark.parametrize("text, expected", [
    # a body called a group (단: a mission, an inquiry team, monitors) heads a speaker phrase, glued to its names
    ("유엔콩고임무단은 성명에서 반군 공격으로 주민 14명이 숨졌다고 밝혔다.", [("14", "killed", "유엔콩고임무단", "")]),
    ("정부 합동조사단은 노동자 6명이 숨졌다고 밝혔다.", [("6", "killed", "정부 합동조사단", "KR")]),
    # glued to an international word (유엔, 국제) it is a body of no country, whatever country it works in; and an
    # event with a subject particle before the count ('교전이 벌어져') is no speaker beside it
    ("유엔아프리카임무단은 20일 무장세력 간 교전이 벌어져 주민 7명이 다쳤다고 밝혔다.",
     [("7", "wounded", "유엔아프리카임무단", "")]),
    ("국제감시단에 따르면 주민 12명이 숨졌다.", [("12", "killed", "국제감시단", "")]),
    # (an event alone speaks for nobody)
    ("무장세력 간 교전이 벌어져 민간인 9명이 숨졌다.", []),
])
def test_ko12_bodies_called_a_group_and_glued_international_bodies(text, expected):
    assert extracted(text, "ko", "stated", "metric", "speaker", "country") == expected


@pytest.mark.parametrize("text, expected", [
    # bare items of a list before one verb ('A에서 N명, B에서 M명이 숨졌다'): each item takes what befell the last
    ("소방청은 지역별로 경기에서 12명, 강원에서 4명이 숨졌다고 밝혔다.", [("12", "killed"), ("4", "killed")]),
    ("경찰은 학생 7명, 교사 2명이 다쳤다고 밝혔다.", [("7", "wounded"), ("2", "wounded")]),
    ("해경은 2023년 41명, 2024년 38명이 실종됐다고 밝혔다.", [("41", "missing"), ("38", "missing")]),
    # a number with a particle closes a clause of its own, and a part named after a comma is no item beside it
    ("해경은 선원 9명을 구조했고, 오늘 2명이 숨졌다고 밝혔다.", [("2", "killed")]),
    ("경찰은 승객 30명, 이 가운데 5명이 숨졌다고 밝혔다.", [("5", "killed")]),
    ("해경은 어선 3척, 선원 6명이 실종됐다고 밝혔다.", [("6", "missing")]),
])
def test_ko12_bare_items_of_a_list_share_the_verb_after_the_last(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a person's age in brackets after the name ('박모(57)씨') is part of the name's phrase: the noun of the measure
    # before it still names the people counted after it
    ('해경은 "사망자는 기관장 박모(57)씨와 베트남 국적 선원 2명 등 3명"이라고 밝혔다.', [("2", "killed"), ("3", "killed")]),
    ('경찰은 "부상자는 운전자 이모(40)씨 등 5명"이라고 밝혔다.', [("5", "wounded")]),
    # (the age itself is no count)
    ("경찰은 운전자 이모(40)씨가 숨졌다고 밝혔다.", []),
    # nouns of people out of contact or of unknown whereabouts are the missing
    ("군청은 연락 두절자를 9명으로 집계했다고 밝혔다.", [("9", "missing")]),
    ("경찰은 행방불명자가 4명이라고 밝혔다.", [("4", "missing")]),
])
def test_ko12_an_age_in_brackets_and_nouns_of_the_missing(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # rescuers and people of no kind engaged (동원, 투입) in a work under way are rescuers at work, no deployment
    ("소방본부는 인력 210명을 동원해 진화 작업을 벌였다고 밝혔다.", []),
    ("해경은 구조대원 등 90여명을 투입해 실종자를 수색하고 있다고 밝혔다.", []),
    ("군청은 공무원과 주민, 자원봉사자 등 400명을 동원해 복구 작업을 벌이고 있다고 밝혔다.", []),
    # troops, police and inspectors engaged or placed are deployed
    ("국방부는 장병 350명을 투입해 수해 복구를 돕고 있다고 밝혔다.", [("350", "deployed")]),
    ("경찰은 경찰관 2천여명을 동원해 집회 현장을 관리한다고 밝혔다.", [("2천여명", "deployed")]),
    ("고용부는 감독관 120명을 현장에 투입해 점검한다고 밝혔다.", [("120", "deployed")]),
])
def test_ko12_rescuers_engaged_at_work_are_no_deployment(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a broadcast caption: a label in brackets, the speaker's name and office (a slash between them), a colon and the
    # quotation, of one sentence or several
    ('[인터뷰] 박지훈/한국재난안전연구원 연구위원 : "해마다 1천명 넘게 물에 빠져 숨집니다."',
     [("1천명 넘게", "killed", "KR")]),
    ('[인터뷰] 박지훈/한국재난안전연구원 연구위원 : "통계는 일부일 뿐입니다. 실제로는 해마다 600명이 다칩니다."',
     [("600", "wounded", "KR")]),
    ('[녹취] 현장 구조대원 : "지금까지 시신 6구를 수습했습니다."', [("6", "killed", "")]),
    # no speaker before the colon, or a clause with its verb: no caption
    ('[속보] 산사태 : "주민 3명 숨져"', []),
    ('결론은 이렇다 : "주민 3명이 숨졌다."', []),
])
def test_ko12_a_broadcast_caption_names_the_speaker_of_its_quotation(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a research institute (연구원) and its fellows and professors head speaker phrases; drowning victims are the dead
    ("국립재난안전연구원은 지난해 익사자가 120명이라고 밝혔다.", [("120", "killed", "KR")]),
    ("부경대 최지은 교수는 \"해마다 최소 40명이 숨진다\"고 말했다.", [("최소 40", "killed", "KR")]),
    # (a research institute's report with no verb of saying attributes nothing)
    ("국립재난안전연구원 보고서. 익사자 120명.", []),
])
def test_ko12_research_institutes_fellows_and_drowning_victims(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # nouns of people who fled their country (defectors, asylum seekers) are the displaced
    ("통일부는 올해 상반기 입국한 탈북민이 84명이라고 밝혔다.", [("84", "displaced")]),
    ("법무부에 따르면 지난해 망명 신청자는 2천310명으로 집계됐다.", [("2천310", "displaced")]),
    # (people who entered or left of no such noun are no claim)
    ("법무부는 지난해 입국한 외국인 관광객이 1천만명이라고 밝혔다.", []),
])
def test_ko12_defectors_and_asylum_seekers_are_displaced(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a noun glued before a measure's noun of persons ('사고사망자', '화재부상자', '수해이재민'), which kiwipiepy reads
    # as one unknown noun, is that noun
    ("경찰청에 따르면 상반기 교통사고사망자는 1천102명이었다.", [("1천102", "killed")]),
    ("소방청은 화재부상자가 48명이라고 밝혔다.", [("48", "wounded")]),
    ("행안부는 수해이재민이 2천명을 넘었다고 밝혔다.", [("2천명을 넘었다", "displaced")]),
    # (a compound ending in a noun of persons of no measure is none: '생존자', '목격자')
    ("경찰은 사고생존자가 7명이라고 밝혔다.", []),
])
def test_ko12_a_compound_before_a_measure_noun_of_persons(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the authorities (당국) with no body before them to point back to are the authorities where the story is; an
    # event that opens the sentence before is no body they point back to
    ("네팔 중부에서 홍수가 발생했다. 당국은 주민 9명이 숨졌다고 밝혔다.", [("9", "killed", "NP")]),
    ("당국은 주민 9명이 숨졌다고 밝혔다.", [("9", "killed", "KR")]),
    # (a body named before is the one they point back to)
    ("네팔 경찰은 주민 4명이 숨졌다고 밝혔다. 당국은 또 주민 9명이 실종됐다고 밝혔다.",
     [("4", "killed", "NP"), ("9", "missing", "NP")]),
    # (a personal pronoun with no one before it is still no one)
    ("그는 주민 9명이 숨졌다고 말했다.", []),
])
def test_ko12_the_authorities_with_no_body_before_them(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rival figure: after a clause of contrast, a second speaker's reported clause of a number alone counts what the
    # first one's counted
    ("반군 측은 사망자가 80명이라고 주장했지만 정부군은 15명이라고 반박했다.",
     [("80", "killed", "반군 측"), ("15", "killed", "정부군")]),
    ("보건부는 부상자가 120명이라고 밝혔으나 병원 측은 200명이라고 전했다.",
     [("120", "wounded", "보건부"), ("200", "wounded", "병원 측")]),
    # (not after a clause joined by "and")
    ("경찰은 3명이 숨졌다고 밝혔고, 주최 측은 5천명이라고 말했다.", [("3", "killed", "경찰")]),
])
def test_ko12_a_rival_figure_after_a_clause_of_contrast(text, expected):
    assert [(r[0], r[1], r[2]) for r in extracted(text, "ko", "stated", "metric", "speaker")] == expected


@pytest.mark.parametrize("text, expected", [
    # Korean puts the noun of none before '없다': after '없으며', '없고' the next clause's noun is another's
    ("구청은 사망자는 없으며 부상자는 4명이라고 밝혔다.", [("사망자는 없으며", "killed"), ("4", "wounded")]),
    ("해경은 실종자는 없고 선원 6명이 다쳤다고 밝혔다.", [("실종자는 없고", "missing"), ("6", "wounded")]),
    # '없이' (without) states none too
    ("소방서는 사망자 없이 주민 2명이 연기를 마셨다고 밝혔다.", [("사망자 없이", "killed"), ("2", "wounded")]),
    # (none of something else is no claim)
    ("경찰은 예외 없이 주민 3명이 다쳤다고 밝혔다.", [("3", "wounded")]),
])
def test_ko12_none_before_the_next_clause(text, expected):
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: associations of members (회) and their chairs (회장) head speaker phrases, and so does a body's legal form
    # before its name
    ('진주유족회 박모 회장은 "확인된 희생자만 310명이 넘는다"고 말했다.', [("310명이 넘는", "killed", "KR")]),
    ("재단법인 희망다리에 따르면 올해 수해 이재민은 2천400여명이다.", [("2천400여명", "displaced", "KR")]),
    ('참전용사 전우회 김모 부회장은 "그 전투에서 전우 45명이 숨졌다"고 말했다.', [("45", "killed", "KR")]),
    # (teams that dig up, search or identify: 감식단, 발굴단, 수색단)
    ("유해발굴단에 따르면 올해 발굴한 유해 가운데 신원이 밝혀진 전사자는 7명이다.", [("7", "killed", "KR")]),
    ("수색단에 따르면 실종된 어민은 3명이다.", [("3", "missing", "KR")]),
    # a broadcast caption whose office names the people a body stands for ('희생자 유족회장': the victims' families' head)
    ('[인터뷰] 이영호/산곡리 희생자 유족회장 : "그해 겨울 마을에서만 서른두 명이 죽었습니다."',
     [("서른두", "killed", "KR")]),
    # (a meeting or an event called 회 is no body: no speaker)
    ('공청회에 따르면 주민 8명이 다쳤다.', []),
    # (the victims counted, with no head after them, are no speaker)
    ('[인터뷰] 마을 희생자 : "45명이 숨졌다."', []),
])
def test_ko13_associations_their_chairs_and_legal_forms_speak(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: a verb of coming or going glued to a measure verb ('떠나온': came away) keys as the measure verb, so a relative
    # clause of leaving home before the people counted says they are displaced
    ("전쟁을 피해 고향을 떠나온 주민 1천200여명이 학교 건물에 머물고 있다고 적십자사가 밝혔다.",
     [("1천200여명", "displaced", "KR")]),
    ("유엔난민기구에 따르면 홍수로 집을 떠나간 주민은 8천여명이다.", [("8천여명", "displaced", "")]),
    # (compounds of coming and going that end no measure keep their key: people who came back or came down are no claim)
    ("군청은 휴가를 마치고 고향으로 돌아온 주민 300명이 마을에 머물고 있다고 밝혔다.", []),
    ("군청은 명절을 맞아 서울에서 내려온 귀성객 200여명이 마을에 머물고 있다고 밝혔다.", []),
])
def test_ko13_a_verb_of_direction_glued_to_leaving_home_is_displacement(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: the victims of explosive weapons and people who suffered an accident are the killed or wounded
    ("지뢰제거협회에 따르면 국내 불발탄 피해자는 모두 480여명에 이른다.", [("480여명", "killed_or_wounded", "KR")]),
    ('해경 관계자는 "지난달 해안 마을에서 어민 6명이 사고를 당했다"고 말했다.', [("6", "killed_or_wounded", "KR")]),
    ("군 관계자는 비무장지대에서 장병 2명이 지뢰를 밟았다고 밝혔다.", [("2", "killed_or_wounded", "KR")]),
    # (stabbed or struck by a weapon, as shot; a verb of harm after it decides)
    ("경찰은 흉기에 찔린 시민이 3명이라고 밝혔다.", [("3", "killed_or_wounded", "KR")]),
    ('경찰은 "괴한이 휘두른 칼에 찔려 2명이 숨졌다"고 말했다.', [("2", "killed", "KR")]),
    # (mines counted are things; residents of a mine-stricken area are no victims)
    ("군은 접경지역에 매설된 지뢰가 1만여발에 이른다고 밝혔다.", []),
    ("군은 지뢰 피해 지역 주민 300명에게 안내문을 발송했다고 밝혔다.", []),
])
def test_ko13_victims_of_explosive_weapons_and_of_accidents(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: the literary verb of falling in battle is a death, but a death under way said in a relative clause
    # ('죽어 가는', '스러져 가는': dying, fading) has befallen no one
    ('국방부 장관은 "그 전투에서 스러진 장병 300여명을 기억한다"고 말했다.', [("300여명", "killed", "KR")]),
    ('이장은 "스러져 가는 마을에 주민 40명만 남았다"고 말했다.', []),
    ('구호단체는 "굶주림으로 죽어 가는 아이들이 300명이 넘는다"고 말했다.', []),
    # (a death of many one after another, in the past, is deaths)
    ('구호단체는 "굶주림으로 아이들 300명이 죽어 갔다"고 말했다.', [("300", "killed", "")]),
])
def test_ko13_falling_in_battle_and_dying_under_way(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: a count of two groups joined by a conjunctive particle, the measure's and people of no measure ('난민과 현지
    # 주민'), counts no one of the measure
    ("구호단체는 피란민과 현지 주민 약 8만 명에게 식수를 공급했다고 밝혔다.", []),
    # (the measure's people alone, or two measures joined, keep the measure)
    ("구호단체는 피란민 약 8만 명이 학교에 머물고 있다고 밝혔다.", [("약 8만", "displaced", "")]),
    ("경찰은 사망자와 부상자 30명의 명단을 공개했다고 밝혔다.", [("30", "killed_or_wounded", "KR")]),
    # ko13: 불 after a number is dollars: money, never people sent
    ("외교부는 이재민 지원을 위해 200만 불을 지원하고 긴급구호대를 파견했다고 밝혔다.", []),
    ("외교부는 구호 자금 100만 불과 함께 구호대원 12명을 파견했다고 밝혔다.", [("12", "deployed", "KR")]),
    # ko13: entries of a tally said to be counted twice are a correction, no people
    ('소방본부는 "부상자 3명은 중복으로 집계됐다"고 설명했다.', []),
    ('소방본부는 "부상자 3명이 병원에서 치료를 받고 있다"고 설명했다.', [("3", "wounded", "KR")]),
    # (이중 is also 'among these': the part after it keeps the measure)
    ("경찰은 사망자 30명 이중 5명이 어린이라고 밝혔다.", [("30", "killed", "KR"), ("5", "killed", "KR")]),
])
def test_ko13_mixed_groups_dollars_and_double_counted_entries(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: none of a damage or loss ('인명 피해는 없다') states no count: no claim of zero
    ('해경은 "이번 충돌로 인한 인명 피해는 없다"고 밝혔다.', []),
    ('군 당국은 "이번 포격으로 인한 병력 손실은 없었다"고 밝혔다.', []),
    # (none of the people counted is a zero)
    ('해경은 "이번 충돌로 인한 부상자는 없다"고 밝혔다.', [("부상자는 없다", "wounded", "KR")]),
])
def test_ko13_none_of_a_damage_is_no_zero(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: a caption's label in angle brackets, and a caption naming a private person (a name before the slash, what
    # the person is after it: a relative of the people counted, a resident), whose words are the person's (no country)
    ('<인터뷰> 김영수/강릉소방서 구조대장 : "지금까지 시신 네 구를 수습했습니다."', [("네", "killed", "KR")]),
    ('[인터뷰] 김영수/실종자 가족 : "아직 두 명이 돌아오지 못했어요."', [("두", "missing", "")]),
    # (a noun of kin after the people counted heads a speaker phrase: the family of the missing speak)
    ('실종자 가족 대표는 "아직 두 명이 돌아오지 못했다"고 말했다.', [("두", "missing", "KR")]),
    # (a common noun before the slash is no person's name: no caption)
    ('[인터뷰] 산사태/현장 : "주민 3명 숨져"', []),
])
def test_ko13_captions_in_angle_brackets_and_of_private_people(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: people counted in the dative of a verb of giving aid are its recipients, in no measure of a status
    ("세계식량계획은 수단 난민 50만 명에게 식량을 배급했다고 밝혔다.", []),
    ("적십자사는 피란민 3천명에게 담요를 나눠줬다고 밝혔다.", []),
    # (an event that befell them stays: the hurt given care are the hurt; and a status with no giving stays)
    ("보건부는 부상자 30명에게 치료를 제공했다고 밝혔다.", [("30", "wounded", "KR")]),
    ("세계식량계획은 수단 난민 50만 명이 식량 지원을 받지 못하고 있다고 밝혔다.", [("50만", "displaced", "")]),
])
def test_ko13_recipients_of_aid_are_no_claim(text, expected):
    assert _rows(text) == expected


def test_ko13_a_state_body_of_another_kind_continues_no_registered_body():
    # ko13: a bare state body ('소방당국은') after a sentence of a registered state body of another kind ('외교부는') is a
    # new speaker, not the one before
    text = ("외교부는 무장단체에 납치된 외국인이 5명이라고 밝혔다.\n"
            "소방당국은 이번 화재로 숨진 사람이 다섯 명으로 늘었다고 밝혔다.")
    assert _speakers(text) == [("5", "외교부", "KR"), ("다섯", "소방당국", "KR")]
    # (a bare state body of the same words continues it: '외교부' again)
    text = ("외교부는 무장단체에 납치된 외국인이 5명이라고 밝혔다.\n"
            "외교부는 이 가운데 2명이 풀려났다고 덧붙였다.")
    assert [row[1] for row in _speakers(text)] == ["외교부", "외교부"]


@pytest.mark.parametrize("text, expected", [
    # ko13: a quotation closing its paragraph, and a line of its own after it naming its owner ('김 대변인의 설명이다')
    ('"지금까지 주민 30명이 숨졌고 50명이 다쳤습니다."\n김 대변인의 설명이다.', [("30", "killed", "KR"), ("50", "wounded", "KR")]),
    ('"마을에서만 12명이 실종됐어요."\n\n한 주민의 말이다.', [("12", "missing", "")]),
    # (a line of another kind after it names no owner: a clause with a verb of its own)
    ('"지금까지 주민 30명이 숨졌고 50명이 다쳤습니다."\n김 대변인은 추가 피해를 우려했다.', []),
])
def test_ko13_a_line_naming_the_owner_of_the_quotation_before(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ko13: a part of a whole named by a noun of its own ('구조된 광부 가운데') is no part of the number before it
    ('경찰 대변인은 "시신 9구를 수습했고, 구조된 광부 가운데 5명이 중상을 입고 병원으로 옮겨졌다"고 말했다.',
     [("9", "killed", "KR"), ("5", "wounded", "KR")]),
    # (a part of the number before, named by a pronoun or by the number's own measure, still is)
    ('경찰은 "52명이 숨졌고 그중 12명은 화상을 입었다"고 말했다.', [("52", "killed", "KR"), ("12", "killed", "KR")]),
    # ko13: people who could not get out (빠져나오지 못하다) are missing; people who got out are no claim
    ('경찰은 "갱도에서 광부 12명이 아직 빠져나오지 못했다"고 말했다.', [("12", "missing", "KR")]),
    ('경찰은 "광부 40여명 가운데 30명이 스스로 빠져나왔다"고 말했다.', []),
    # ko13: a caption's person named in two words before the slash
    ('[인터뷰] 타피와 모요/광산 노동자 : "동료 열두 명이 숨졌습니다."', [("열두", "killed", "")]),
])
def test_ko13_wholes_named_anew_getting_out_and_foreign_names_in_captions(text, expected):
    assert _rows(text) == expected
