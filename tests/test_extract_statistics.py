"""Statistics releases and periodic tallies: the wording of annual and monthly figures (session 21, stats12).

Each test writes its own sentences and names what a reader takes from them; the distractors beside them are
sentences where the same mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country")


# -- a noun of time after the number is the sentence's time, not the thing counted -----------------------------------
@pytest.mark.parametrize("text, expected", [
    # "last year" after the level is when, not "142 years"
    ("Deaths on Welsh farms rose to 23 last year, the Welsh government said.", [("23", "killed", "GB")]),
    ("Drownings in Finnish lakes reached 97 this summer, Finnish police said.", [("97", "killed", "FI")]),
])
def test_a_time_after_the_number_is_the_sentence_time(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text", [
    # a count of days or years is still no count of people
    "The Welsh government said the inquiry into 23 farm deaths would last 14 years.",
    "Finnish police said divers searched for 97 hours.",
])
def test_a_duration_is_still_no_count(text):
    assert [r for r in _rows(text, "en") if r[0] in ("14", "97")] == []


# -- a figure set beside the count before it, at another time, is a claim of the same measure ------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Workplace deaths in Norway fell to 31 last year, down from 44 the year before, Norway's labour inspectorate "
     "said.", "en", [("31", "killed", "NO"), ("44", "killed", "NO")]),
    ("Danish police said 152 people died on the roads in 2023, compared with 154 in 2022.", "en",
     [("152", "killed", "DK"), ("154", "killed", "DK")]),
    ("Торік на дорогах Польщі загинули 1 893 людини проти 1 896 у 2022 році, повідомила польська поліція.", "uk",
     [("1 893", "killed", "PL"), ("1 896", "killed", "PL")]),
    ("В Литве в 2023 году на дорогах погибли 149 человек против 168 в 2022 году, сообщила литовская полиция.", "ru",
     [("149", "killed", "LT"), ("168", "killed", "LT")]),
])
def test_the_figure_of_another_year_takes_the_measure_before(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # the count before counts things (crashes, applications): so does the figure set beside it
    ("Danish police recorded 3,400 crashes last year, up from 3,100 the year before.", "en"),
    ("Danish police said 3,400 asylum applications were lodged in 2023, compared with 3,100 in 2022.", "en"),
    ("Литовская полиция зарегистрировала 3 400 аварий против 3 100 годом ранее.", "ru"),
])
def test_a_figure_beside_a_count_of_things_counts_things(text, lang):
    assert _rows(text, lang) == []


# -- a change of a count is no count ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Road deaths in Estonia rose to 71 this year, up 12 on the year before, Estonian police said.", "en",
     [("71", "killed", "EE")]),
    ("Estonian police said 71 people were killed on the roads, an increase of 12 on last year.", "en",
     [("71", "killed", "EE")]),
    ("Кількість загиблих на дорогах Естонії зросла на 12 і становила 71 людину, повідомила естонська поліція.", "uk",
     [("71", "killed", "EE")]),
    ("Число погибших на дорогах Эстонии увеличилось на 12 человек и составило 71, сообщила эстонская полиция.", "ru",
     [("71", "killed", "EE")]),
])
def test_a_change_is_no_count(text, lang, expected):
    assert _rows(text, lang) == expected


# -- Russian verbs of level: the subject before the coordinated predicates names what the number counts -------------
@pytest.mark.parametrize("text, expected", [
    ("Число погибших в ДТП в Латвии по итогам года снизилось на 4,5% и составило 112 человек, сообщила латвийская "
     "полиция.", [("112", "killed", "LV")]),
    ("Число раненых в Латвии достигло 340, сообщила латвийская полиция.", [("340", "wounded", "LV")]),
])
def test_russian_level_verbs(text, expected):
    assert _rows(text, "ru") == expected


def test_a_level_of_things_is_still_no_count():
    # the subject names accidents, not people
    assert _rows("Число аварий в Латвии составило 3 400, сообщила латвийская полиция.", "ru") == []


# -- a Korean registry name the analyser cuts into another word matches nothing ---------------------------------------
def test_a_korean_name_cut_into_a_common_word_names_no_body():
    # "말" (the end of the month) is no "아말" (Amal, a Lebanese group): the bare ministry stays the home's
    text = ("노동부는 올해 1분기 일터에서 노동자 88명이 숨졌다고 밝혔다.\n\n"
            "노동부는 이달 말까지 현장 점검을 벌인다.")
    assert _rows(text, "ko") == [("88", "killed", "KR")]


# -- rates: a number of people per head of a population, or not whole, is no count ----------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Farming had the highest rate, at 2.3 deaths per 100,000 workers, Slovak inspectors said.", "en", []),
    ("Latvian police said 66 people died on the roads, or 35 deaths per million inhabitants.", "en",
     [("66", "killed", "LV")]),
    ("Латвийская полиция сообщила, что на дорогах погибли 112 человек, или 60 погибших на 1 млн жителей.", "ru",
     [("112", "killed", "LV")]),
    ("Латвійська поліція повідомила, що на дорогах загинули 112 людей, або 60 загиблих на 1 млн жителів.", "uk",
     [("112", "killed", "LV")]),
    ("Латвийская полиция сообщила, что смертность составила 9,8 погибших на 100 тысяч населения.", "ru", []),
    # the base of a rate after a count with no noun of its own is no count either ("на 100 тыс. жителей")
    ("Полиция Латвии сообщила, что зарегистрировано 212 убийств, или примерно 11 на 100 тыс. жителей.", "ru",
     [("212", "killed", "LV")]),
    ("Поліція Латвії повідомила, що зареєстровано 212 убивств, або приблизно 11 на 100 тисяч мешканців.", "uk",
     [("212", "killed", "LV")]),
    # Korean: a count per head ("명꼴") and its base ("10만명당")
    ("라트비아 경찰은 212명이 숨져 인구 10만명당 11명꼴이라고 밝혔다.", "ko", [("212", "killed", "LV")]),
])
def test_a_rate_is_no_count(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_preposition_of_place_before_a_number_makes_no_rate():
    # "на двух дорогах" says where; no population follows the number
    assert _rows("Латвийская полиция сообщила, что погибли 5 человек на двух дорогах.", "ru") == [
        ("5", "killed", "LV")]


# -- a release: its furniture, its issuer named as the publisher, its first person across years ----------------------
RELEASE = """Annual review of road deaths 2024

Published: 3 January 2025

The Maltese Road Safety Council has today published its annual review of road deaths in 2024.

Our figures show that 19 people were killed on Maltese roads last year, compared with 23 in 2023.

Of those killed, six were motorcyclists.
"""


def test_a_release_speaks_through_its_publisher():
    # "ENDS" and "For further information" mark the text as the council's release; "Our figures" speak for it, of
    # last year and of the year before alike
    text = RELEASE + "\nENDS\n\nFor further information, email the communications unit.\n"
    assert _rows(text, "en") == [("19", "killed", "MT"), ("23", "killed", "MT"), ("six", "killed", "MT")]


def test_a_story_with_one_first_person_sentence_is_no_release():
    # no furniture of a release: one sentence as "we" makes no issuer, and the publishing date line is no source
    assert _rows(RELEASE, "en") == []


# -- a regulator speaks, and members of the public are people -----------------------------------------------------------
def test_the_regulator_and_members_of_the_public():
    text = ("Norway's labour inspectorate said 31 workers died at work last year. The regulator said a further 12 "
            "members of the public were killed in work-related incidents.")
    assert _rows(text, "en") == [("31", "killed", "NO"), ("12", "killed", "NO")]


def test_the_regulator_counting_things_gives_no_claim():
    text = "Norway's labour inspectorate said 31 workers died at work last year. The regulator said it had fined 12 firms."
    assert _rows(text, "en") == [("31", "killed", "NO")]


# -- Korean compound nouns of a measure, and the people of Korean statistics --------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a compound whose last noun is a measure's noun counts that measure; the accidents beside it are things
    ("몽골 경찰청에 따르면 지난해 교통사망자는 512명, 사망사고 건수는 480건이었다.", [("512", "killed", "MN")]),
    ("몽골 노동부에 따르면 1분기 산재사망자는 37명이었다.", [("37", "killed", "MN")]),
    # a compound whose last noun only looks like one (수사망, an investigation's net) is none
    ("몽골 경찰청은 수사망을 좁혀 용의자를 쫓고 있다고 밝혔다.", []),
    # people who fled the North, and asylum seekers, are displaced
    ("통일부에 따르면 올해 입국한 탈북민은 98명이다.", [("98", "displaced", "KR")]),
    ("몽골 법무부에 따르면 지난해 난민 신청자는 1천200명이었다.", [("1천200", "displaced", "MN")]),
])
def test_korean_statistics_nouns(text, expected):
    assert _rows(text, "ko") == expected


def test_asylum_applications_are_things():
    # applications are counted, not people (an asylum seeker is displaced, an application is not)
    assert _rows("Число ходатайств об убежище в Польше составило 12 300, сообщило польское ведомство.", "ru") == []


# -- Korean: a release of the figures before, and the statistics as the source ------------------------------------------
def test_korean_release_of_the_content_before_names_its_source():
    # "이런 내용을 담은 … 결과를 발표했다": the body releasing a report holding what the sentence before said speaks for it
    text = ("지난해 몽골에서 교통사고로 숨진 사람이 412명으로 집계됐다.\n\n"
            "몽골 경찰청은 이런 내용을 담은 교통사고 분석 결과를 18일 발표했다.")
    assert _rows(text, "ko") == [("412", "killed", "MN")]


def test_korean_statistics_with_no_owner_speak_for_the_issuer_before():
    text = ("몽골 경찰청은 18일 연례 교통사고 보고서를 발표했다.\n\n"
            "통계에 따르면 작년 교통사고 부상자는 3만1천명이었다.")
    assert _rows(text, "ko") == [("3만1천", "wounded", "MN")]


def test_korean_figures_with_no_source_and_no_release_stay_unclaimed():
    # no sentence before names who published anything: the number has no source
    assert _rows("지난해 몽골에서 교통사고로 숨진 사람이 412명으로 집계됐다.", "ko") == []


# -- figures of several categories in one Korean sentence ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a bare count before a comma, then the next category: each item takes the measure of the verb after the last
    ("몽골 노동부는 업종별로 광업에서 21명, 건설업에서 17명이 숨졌다고 밝혔다.",
     [("21", "killed", "MN"), ("17", "killed", "MN")]),
    ("몽골 비상관리청은 주민 140명, 관광객 35명이 피난했다고 밝혔다.",
     [("140", "displaced", "MN"), ("35", "displaced", "MN")]),
    # two clauses, each with its own verb: the first count keeps its own measure
    ("몽골 비상관리청은 140명이 피난했고, 35명이 다쳤다고 밝혔다.",
     [("140", "displaced", "MN"), ("35", "wounded", "MN")]),
])
def test_korean_list_of_categories(text, expected):
    assert _rows(text, "ko") == expected


def test_seasons_and_decades_are_durations():
    text = "Heat killed 88 people last year, Greek health officials said, fewer than after two record summers."
    assert _rows(text, "en") == [("88", "killed", "GR")]


# -- a bare description names the body its words name earlier, before the last speaker --------------------------------
COUNTY = """Heat killed 310 people in Pima County, Arizona, last year, the county's medical examiner said Thursday.

Another 12 deaths remain under investigation, officials said.

The county recorded 250 heat deaths in 2022 and 190 in 2021."""


def test_the_county_is_the_county_body_named_earlier():
    assert _rows(COUNTY, "en") == [("310", "killed", "US"), ("12", "killed", ""), ("250", "killed", "US"),
                                   ("190", "killed", "US")]


def test_the_county_with_no_county_body_before_continues_the_last_speaker():
    text = COUNTY.replace("the county's medical examiner", "the state health department")
    assert _rows(text, "en")[2:] == [("250", "killed", ""), ("190", "killed", "")]
