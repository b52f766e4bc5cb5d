"""People held and people missing in all four languages (session 26, held17): the measures ``captured`` and
``missing``.

Built from the captured and missing misses of the read material (BY, BW, CB, CC, CIb, CMr, CNr, CNb, CR, CU, CV):
places and states of detention (a Korean immigration detention centre, "감금 상태", a prison's inmates beside its
capacity), people rescued from a place of custody (a scam compound), people shut in such a place (held, not missing),
victims of trafficking, people who gave themselves up, people taken to an unknown place, whereabouts being
established (missing), abductees who have not come back (still held), people back home after an evacuation (no
prisoners freed) or not yet back (still displaced), and a word of the wound before the people's noun that gives way
to the verb of their clause. Every sentence is written for the test; numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


# -- places and states of detention ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("ko", "출입국사무소는 단속에서 적발된 외국인 24명을 외국인보호소에 보호 조치했다고 밝혔다.", [("24", "captured")]),
    ("ko", "대사관 관계자는 \"보호소에 있는 자국민 9명을 면담했다\"고 말했다.", [("9", "captured")]),
    ("ko", "경찰은 이 가운데 13명이 여전히 감금 상태인 것으로 보고 있다고 밝혔다.", [("13", "captured")]),
    # a prison's capacity in brackets after its word is no count of people held
    ("ko", "법무부는 지역 교정시설의 수용 인원이 2천100명으로 정원(1천500명)을 넘었다고 밝혔다.", [("2천100", "captured")]),
    # a temporary shelter for people who left their homes stays displaced
    ("ko", "행안부는 이재민 가운데 420명이 임시주거시설에 머물고 있다고 밝혔다.", [("420", "displaced")]),
])
def test_places_and_states_of_detention(lang, text, expected):
    assert _rows(text, lang) == expected


# -- people rescued from a place of custody, people shut in one -------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The ministry said 36 Nepalis were rescued by the local police from a scam compound near the border.",
     [("36", "captured")]),
    ("en", "52 Ugandans Rescued From Online Fraud Compounds, Says Ministry", [("52", "captured")]),
    ("ko", "외교부는 캄보디아 범죄단지에서 구출된 우리 국민 16명이 귀국했다고 밝혔다.", [("16", "captured")]),
    ("en", "At least 64 Nigerians remain trapped in scam compounds in Laos, the foreign ministry said.",
     [("At least 64", "captured")]),
    # distractors: people rescued from a flood or a school, a compound of another clause, miners trapped in a shaft
    ("en", "Firefighters said they rescued 41 people from the flooded school.", []),
    ("en", "Police said they rescued 41 people and later raided a scam compound nearby.", []),
    ("en", "Nine miners remain trapped in the flooded shaft, the company said.", [("Nine", "missing")]),
    ("ko", "소방당국은 건물 잔해에서 구조된 주민 7명이 병원으로 옮겨졌다고 밝혔다.", [("7", "wounded")]),
])
def test_rescued_from_custody_and_shut_in(lang, text, expected):
    assert _rows(text, lang) == expected


# -- trafficking, surrender, taken to an unknown place ----------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "A rights group estimates that some 250 Ghanaians have been trafficked into forced labour abroad.",
     [("some 250", "captured")]),
    ("en", "The embassy said it had helped bring home 318 victims of trafficking this year.", [("318", "captured")]),
    ("en", "The army said 27 rebel fighters surrendered to troops on Friday.", [("27", "captured")]),
    ("ko", "반군은 \"정부군 60여명이 사망하고 35명이 투항했다\"고 주장했다.", [("60여명", "killed"), ("35", "captured")]),
    ("uk", "За словами старости, окупанти вивезли в невідомому напрямку 15 жителів села.", [("15", "captured")]),
    ("ru", "По словам главы района, военные вывезли в неизвестном направлении 12 местных жителей.",
     [("12", "captured")]),
    # distractors: a charge of trafficking names defendants, not victims
    ("en", "Prosecutors charged three recruiters with trafficking in persons, the police said.", []),
])
def test_trafficked_surrendered_taken_away(lang, text, expected):
    assert _rows(text, lang) == expected


# -- whereabouts being established ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("ko", "해경 관계자는 \"승선원 6명 중 4명은 구조됐고 나머지 2명의 소재를 확인하고 있다\"고 말했다.",
     [("2", "missing")]),
    ("ru", "По словам консула, дипломаты продолжают работу по установлению местонахождения еще 8 граждан.",
     [("8", "missing")]),
    ("uk", "За словами консула, дипломати працюють над встановленням місцеперебування ще 8 громадян.",
     [("8", "missing")]),
    ("en", "The embassy said it was trying to establish the whereabouts of 8 citizens.", [("8", "missing")]),
])
def test_whereabouts_being_established(lang, text, expected):
    assert _rows(text, lang) == expected


# -- coming home: held, displaced, or no one --------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    # abductees who have not come back are still held
    ("ko", "정부는 납치되어 돌아오지 못한 납북자를 320명으로 파악하고 있다고 밝혔다.", [("320", "captured")]),
    # people back home after an evacuation: no prisoners freed, no claim
    ("uk", "У ДСНС повідомили, що з будинку евакуювали 63 мешканців, які ввечері повернулися додому.", []),
    # people evacuated not yet back home are still displaced
    ("uk", "За словами голови громади, 900 евакуйованих досі не повернулися додому.", [("900", "displaced")]),
    # distractors: an exchange's return stays captured, sailors who have not come back are missing
    ("uk", "Унаслідок обміну додому повернулися 58 захисників, повідомив омбудсман.", [("58", "captured")]),
    ("ko", "해경은 어선 선원 4명이 아직 돌아오지 못했다고 밝혔다.", [("4", "missing")]),
])
def test_coming_home(lang, text, expected):
    assert _rows(text, lang) == expected


# -- a word of the wound before the people's noun gives way to the verb of their clause -------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Two wounded gunmen were captured near the checkpoint, the army said.", [("Two", "captured")]),
    ("en", "Three injured miners later died in hospital, the company said.", [("Three", "killed")]),
    # distractors: no noun after the word of the wound, "and" between, the clause's first cue a wound's
    ("en", "Police said four soldiers were wounded and one was captured.", [("four", "wounded"), ("one", "captured")]),
    ("en", "Two wounded rebels were taken to hospital after they were captured, the army said.",
     [("Two", "wounded")]),
    ("en", "Police said five injured officers were treated at the scene.", [("five", "wounded")]),
])
def test_wound_word_gives_way_to_the_verb(lang, text, expected):
    assert _rows(text, lang) == expected


# -- where people are held: a relative of place, a part of reports, a long Korean chain of modifiers ------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Консул посетил центр временного содержания мигрантов, где находятся 31 наш гражданин, сообщили в МИД.",
     [("31", "captured")]),
    ("uk", "Консул відвідав в'язницю в Ростові, де перебувають 14 українців, повідомили в МЗС.", [("14", "captured")]),
    ("ko", "경찰청에 따르면 납치 신고는 모두 64건 접수됐으며, 이 가운데 23명은 여전히 감금 상태인 것으로 추정된다.",
     [("23", "captured")]),
    ("ko", "외교부는 범죄단지에서 구출되어 태국 국경 도시 이민국 보호시설에 머물러 온 우리 국민 9명이 귀국했다고 밝혔다.",
     [("9", "captured")]),
    # distractors: a relative of a place of no custody, a part of a count of things
    ("ru", "Консул посетил город Егорьевск, где находятся 31 наш гражданин, сообщили в МИД.", []),
    ("ko", "군은 드론 30대를 격추했으며 이 가운데 12대는 수도 상공에서 격추됐다고 밝혔다.", []),
])
def test_where_people_are_held(lang, text, expected):
    assert _rows(text, lang) == expected


# -- people sought who were abducted, people who vanished, people held aboard, people picked up by the police --------
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The spokesman said police were still trying to locate at least 9 villagers, including a teacher, who were "
           "abducted by the gang.", [("at least 9", "captured")]),
    ("ru", "По данным правозащитников, насильственно исчезли не менее 21 человека.", [("не менее 21", "missing")]),
    ("en", "The owner said the 19 sailors held aboard the tanker were released on Monday.", [("19", "captured")]),
    ("en", "The rights group said at least 26 students had been picked up by police since Monday.",
     [("at least 26", "captured")]),
    # distractors: people sought with no word of their abduction; a prison's inmates who died are dead
    ("en", "Police said they are still searching for 12 fishermen, who went out on Monday.", [("12", "missing")]),
    ("en", "The owner said 19 sailors were aboard the tanker.", []),
    ("ko", "교정당국은 교도소 폭동으로 재소자 14명과 교도관 2명이 숨졌다고 밝혔다.", [("14", "killed"), ("2", "killed")]),
])
def test_sought_vanished_held_aboard(lang, text, expected):
    assert _rows(text, lang) == expected


# -- a noun of soldiers joined by "and" to the next number: the verb after both says what befell them ---------------
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The president said 84 soldiers and six civilians were among those freed in the swap.",
     [("84", "captured"), ("six", "captured")]),
    # distractors: both nouns of personnel with a verb of deployment, no verb of an event after both
    ("en", "The army said it deployed 250 soldiers and 30 police officers to the city.",
     [("250", "deployed"), ("30", "deployed")]),
])
def test_soldiers_joined_to_the_next_number(lang, text, expected):
    assert _rows(text, lang) == expected
