"""Heat and cold tolls: official counts, statistics offices' data, hospitals (session 24, heat15).

Each test writes its own sentences, in the styles of a wire, a ministry's page, a regional site or a digest, and
names what a reader takes from them; the distractors beside them are sentences where the same mechanism must not
fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "organisation", "country")


def _measured(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


# -- a release of data named after the sentence it holds: "Об этом говорится в данных Росстата" ---------------------
@pytest.mark.parametrize("text, lang, expected", [
    # the data's owner after "говорится в данных" / "йдеться в даних" points back to the count before
    ("В августе в Саратовской области умерли 3 118 человек. Об этом говорится в данных Росстата.", "ru",
     [("3 118", "killed", "Rosstat")]),
    ("У серпні в Україні померли 41 250 людей. Про це йдеться в даних Держстату.", "uk",
     [("41 250", "killed", "State Statistics Service of Ukraine (Ukrstat)")]),
    # an adjective, or a hyphenated prefix, before the document noun inside the phrase
    ("Від спеки померли 27 людей. Про це йдеться в щорічному звіті Держстату.", "uk",
     [("27", "killed", "State Statistics Service of Ukraine (Ukrstat)")]),
    ("От жары умерли 27 человек. Об этом говорится в ежемесячном докладе Росстата.", "ru",
     [("27", "killed", "Rosstat")]),
    ("Морози забрали життя 19 людей. Про це йдеться в експрес-звіті Держстату.", "uk",
     [("19", "killed", "State Statistics Service of Ukraine (Ukrstat)")]),
])
def test_a_release_of_data_names_the_source_of_the_sentence_before(text, lang, expected):
    assert [(r[0], r[1], r[2]) for r in _rows(text, lang)] == expected


@pytest.mark.parametrize("text, lang", [
    # "в данных" is also "in these": a place or a circumstance, no document
    ("В данных районах от жары умерли 12 человек.", "ru"),
    ("У даних умовах від морозу померли 12 людей.", "uk"),
])
def test_in_these_conditions_is_no_document(text, lang):
    assert _rows(text, lang) == []


# -- excess mortality stated as a count of people ---------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Демограф Иван Петров сообщил, что в Саратовской области избыточная смертность составила около 450 человек.",
     "ru", [("около 450", "killed")]),
    ("Демограф Іван Петренко повідомив, що в Одеській області надлишкова смертність становила близько 380 осіб.",
     "uk", [("близько 380", "killed")]),
])
def test_excess_mortality_in_people_is_a_toll(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a percentage or a rate of mortality is no count of people
    ("Демограф Иван Петров сообщил, что избыточная смертность выросла на 18%.", "ru"),
    ("Демограф Іван Петренко повідомив, що надлишкова смертність зросла на 18%.", "uk"),
])
def test_excess_mortality_as_a_share_is_no_claim(text, lang):
    assert _measured(text, lang) == []


# -- a place of care that says it took people in ----------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # wire style: the hospital with an appositive, then "said it admitted"
    ("St Luke's Hospital, the largest in the region, said it admitted 96 people with heatstroke over the weekend.",
     "en", [("96", "wounded")]),
    ("The county hospital said on Tuesday it had admitted 31 patients suffering from hypothermia.", "en",
     [("31", "wounded")]),
    # a regional site: the clause said, its subject left out
    ("Городская больница сообщила, что приняла 58 человек с тепловым ударом.", "ru", [("58", "wounded")]),
    ("Міська лікарня повідомила, що прийняла 58 людей з переохолодженням.", "uk", [("58", "wounded")]),
])
def test_a_hospital_that_says_it_admitted_people(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text", [
    # no place of care heads the subject: a ministry, or a hospital's director (a word of another head)
    "The health ministry said it admitted 45 new trainees to the programme.",
    "The hospital director said it admitted 12 trainees.",
])
def test_a_body_that_is_no_place_of_care_admits_no_hurt(text):
    assert _measured(text, "en") == []


# -- offices titled with a post-positive "general" are bodies, not people ------------------------------------------
def test_a_directorate_general_is_a_body_of_the_story_country():
    text = ("LISBON, Portugal (AP) — Portugal's heat wave was the longest on record. The Directorate-General of "
            "Health has confirmed 38 deaths from heatstroke in Portugal. The World Health Organization has warned "
            "that Europe is warming fast.")
    assert _rows(text, "en") == [("38", "killed", "Directorate-General of Health", "PT")]


def test_a_word_inside_a_longer_name_titles_no_one():
    # "Health" of "a Health Ministry spokeswoman" is not "Health" of the World Health Organization named later
    text = ("A Health Ministry spokeswoman in Lisbon said 40 people had been hospitalised with heatstroke in Portugal. "
            "The World Health Organization has warned that Europe is warming fast.")
    rows = _rows(text, "en")
    assert [(r[0], r[1]) for r in rows] == [("40", "wounded")]
    assert rows[0][2] != "World Health Organization (WHO)"


# -- a harm right before a noun of death names what they died of -------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The coroner's office said 17 heatstroke deaths had been confirmed since June.", "en", [("17", "killed")]),
    ("Police said 4 frostbite deaths were recorded in the mountains.", "en", [("4", "killed")]),
    ("\"Three more of the injured died overnight,\" the hospital director said.", "en", [("Three", "killed")]),
])
def test_a_harm_before_a_noun_of_death_is_its_cause(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the harm alone is still the hurt
    ("Police said 4 climbers suffered frostbite.", "en", [("4", "wounded")]),
    ("The coroner's office said 17 heatstroke patients were in hospital.", "en", [("17", "wounded")]),
])
def test_a_harm_alone_is_still_the_hurt(text, lang, expected):
    assert _measured(text, lang) == expected


# -- Korean: patients of cold illness and of hypothermia, and people taken to an emergency room ------------------------
@pytest.mark.parametrize("text, expected", [
    ("질병관리청에 따르면 이번 겨울 신고된 한랭질환자는 모두 245명이다.", [("245", "wounded")]),
    ("소방본부는 \"저체온증 환자 7명이 응급실로 이송됐다\"고 밝혔다.", [("7", "wounded")]),
])
def test_korean_patients_of_cold_are_the_hurt(text, expected):
    assert _measured(text, "ko") == expected


@pytest.mark.parametrize("text", [
    # the rescued who showed signs of hypothermia, with no care, stay no claim (session 20's reading)
    "해경은 구조된 낚시객 3명이 저체온증 증세를 보였지만 생명에는 지장이 없다고 밝혔다.",
])
def test_korean_signs_of_hypothermia_are_no_claim(text):
    assert _measured(text, "ko") == []


# -- a province in the locative before the impersonal plural speaks as its authorities ---------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("В Саратовской области официально подтвердили три случая смерти от теплового удара.", "ru",
     [("три", "killed", "RU")]),
    ("У Херсонській області повідомили про п'ятьох загиблих від переохолодження.", "uk", [("п'ятьох", "killed", "UA")]),
])
def test_a_province_in_the_locative_speaks_for_its_authorities(text, lang, expected):
    assert [(r[0], r[1], r[3]) for r in _rows(text, lang)] == expected


@pytest.mark.parametrize("text, lang", [
    # the province is where the people died: no verb of saying, no speaker
    ("В Саратовской области от жары погибли три человека.", "ru"),
    ("У Херсонській області від переохолодження померли п'ятеро людей.", "uk"),
])
def test_a_province_where_people_died_is_no_speaker(text, lang):
    assert _rows(text, lang) == []


# -- "two such cases": cases like those the count before counted ---------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The Ohio health department reported six hypothermia deaths, and Kentucky officials confirmed two such cases.",
     "en", [("six", "killed"), ("two", "killed")]),
    ("Минздрав Самарской области сообщил о пяти погибших от переохлаждения, в Саратовской области подтвердили три "
     "таких случая.", "ru", [("пяти", "killed"), ("три", "killed")]),
    ("МОЗ повідомило про шістьох загиблих від переохолодження, у Сумській області підтвердили ще два такі випадки.",
     "uk", [("шістьох", "killed"), ("два", "killed")]),
])
def test_such_cases_take_the_measure_of_the_count_before(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # cases of an illness before: no people counted, and so none in "such cases"
    ("The Ohio health department reported 60 cases of heat exhaustion, and Kentucky officials confirmed 20 such "
     "cases.", "en"),
    ("Минздрав сообщил о 40 случаях теплового удара, в Саратовской области подтвердили два таких случая.", "ru"),
])
def test_such_cases_of_no_people_count_no_one(text, lang):
    assert _measured(text, lang) == []


# -- Korean: the body that opens the owner of "에 따르면" runs the system its event noun names --------------------------
@pytest.mark.parametrize("text, expected", [
    ("질병관리청 온열질환 응급실 감시체계에 따르면 올여름 신고된 온열질환자는 모두 1천87명이며, 이 중 추정 사망자는 "
     "11명이다.", [("1천87", "wounded", "KR"), ("11", "killed", "KR")]),
])
def test_korean_a_surveillance_system_speaks_for_its_body(text, expected):
    assert [(r[0], r[1], r[3]) for r in _rows(text, "ko")] == expected


def test_korean_a_clause_of_the_dead_is_still_no_owner():
    # the phrase before "에 따르면" opens on the dead: no body runs it
    assert _rows("사망자 집계에 따르면 312명이 숨졌다.", "ko") == []


# -- "another figure — six people": the value of a figure counts what the count before counted ---------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Благотворительный фонд насчитал как минимум 23 бездомных, умерших от холода. В городском комитете называют "
     "другую цифру — восемь человек.", "ru", [("как минимум 23", "killed"), ("восемь", "killed")]),
    ("Благодійний фонд нарахував щонайменше 23 безхатьків, які померли від холоду. У міському департаменті називають "
     "іншу цифру — вісім людей.", "uk", [("щонайменше 23", "killed"), ("вісім", "killed")]),
])
def test_another_figure_counts_what_the_count_before_counted(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a date or a noun of no figure before the dash: no count
    ("Благотворительный фонд насчитал как минимум 23 бездомных, умерших от холода. В комитете называют дату — 6 "
     "февраля.", "ru"),
])
def test_a_date_after_a_dash_is_no_figure(text, lang):
    assert [r for r in _measured(text, lang) if r[0] != "как минимум 23"] == []


# -- a status that describes the people counted gives way to the event of the clause about them ------------------------
@pytest.mark.parametrize("text, expected", [
    ("A shelter network said at least 27 homeless people who died on the streets had been identified.",
     [("at least 27", "killed")]),
])
def test_the_homeless_who_died_are_the_dead(text, expected):
    assert _measured(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # no event in the clause: the status stays what they are
    ("The city said 3,200 homeless people who sleep rough were offered beds.", [("3,200", "displaced")]),
])
def test_the_homeless_with_no_event_stay_homeless(text, expected):
    assert _measured(text, "en") == expected


# -- a university or an institute of no place, in a story of the outlet's own country --------------------------------
def test_a_domestic_university_is_the_home_country():
    text = ("В июле в Самарской области от жары умерли сотни людей. «По моей оценке, жара стала причиной 900 "
            "дополнительных смертей», — сказал демограф Высшей школы экономики Петр Сидоров.")
    rows = extracted(text, "ru", "stated", "country")
    assert ("900", "RU") in rows


def test_a_university_abroad_keeps_its_own_country():
    text = "Dmitry Ivanov, a demographer at Harvard University, said 300 people died in the Moscow heat wave."
    assert extracted(text, "en", "stated", "country") == [("300", "US")]


# -- shelters from the weather, which people visit and leave, lose no one a home ---------------------------------------
@pytest.mark.parametrize("text", [
    "A Health Ministry spokeswoman said about 4,300 people had used air-conditioned shelters opened by municipalities.",
    "The county said 800 people spent the night in warming centers.",
])
def test_people_in_shelters_from_the_weather_are_not_displaced(text):
    assert _measured(text, "en") == []


def test_people_moved_to_shelters_are_still_displaced():
    assert _measured("Officials said 800 residents were moved to shelters.", "en") == [("800", "displaced")]
