"""Election-related violence (session 24, elect15): the classes of construction this theme writes.

Attacks on polling stations and rallies, post-election unrest and crackdowns, told by electoral commissions, police,
interior ministries, observer missions, parties and rights groups. Each test writes its own sentences, in the styles of
a wire, a ministry's or a mission's page, a Telegram digest, a regional site or a broadcaster, and the distractors
beside them are sentences where the same mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


def _countries(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country")


# -- an "according to" aside holding a quoted name, between the people counted and what befell them ---------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a Russian independent site: the monitors' group named in «», then the verb of harm after the aside
    ("Еще не менее восьми наблюдателей, по данным «Голоса», избили или травмировали у избирательных участков.", "ru",
     [("не менее восьми", "wounded")]),
    # a Ukrainian regional site: the same with за даними
    ("Ще шістьох членів комісій, за даними «Опори», травмували під час сутичок біля дільниць.", "uk",
     [("шістьох", "wounded")]),
    # an English wire: the group's name in straight quotes
    ('At least five monitors, according to the group "Civic Watch", were injured outside polling stations.', "en",
     [("At least five", "wounded")]),
])
def test_an_aside_with_a_quoted_name_leaves_the_verb_after_it(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # distractor: the aside is no attribution (no "according to" nor verb of saying), so the observers stay deployed
    ("На участки направили 120 наблюдателей, членов движения «Голос», сообщил штаб.", "ru",
     [("120", "deployed")]),
])
def test_a_quoted_name_outside_an_attribution_opens_no_aside(text, lang, expected):
    assert _rows(text, lang) == expected


# -- people who guard polling stations and rallies are deployed ---------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Глава облизбиркома заявил, что участки в день голосования охраняли более 6 тысяч полицейских.", "ru",
     [("более 6 тысяч", "deployed")]),
    ("Голова обласної виборчої комісії заявив, що дільниці охороняли понад 4 тисячі поліцейських.", "uk",
     [("понад 4 тисячі", "deployed")]),
    ("About 12,000 police officers guarded polling stations across the country, the interior ministry said.", "en",
     [("About 12,000", "deployed")]),
    ("경찰청은 경찰관 1만2천명이 전국 투표소를 경비했다고 밝혔다.", "ko", [("1만2천", "deployed")]),
])
def test_guards_of_polling_stations_are_deployed(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # distractors: a guard killed stays killed (the event outranks the deployment), a guarded thing counts no one
    ("Police said two officers guarding a polling station were killed in the attack.", "en", [("two", "killed")]),
    ("Полиция сообщила, что охраняла 40 избирательных участков.", "ru", []),
])
def test_guarding_gives_way_to_an_event_and_counts_no_things(text, lang, expected):
    assert _rows(text, lang) == expected


# -- "our observers" outside quotations in a statement are the issuer's ------------------------------------------------
STATEMENT = ("Elections in Ruritania were orderly but marred by violence, international observers say\n\n"
             "ZENDA, 3 March 2025 – Ruritania's elections were well run, international observers said in a "
             "preliminary statement today.\n\n"
             "We regret the violence on election day.\n\n"
             "Our observers were present in Strelsau when a crowd attacked a polling station, and reported that at "
             "least four people were injured.\n\n"
             "The observation mission deployed 210 observers on election day.\n\n"
             "For further information contact:\nAnna Berg, press officer\n")


def test_our_observers_in_a_statement_speak_for_its_issuer():
    rows = _countries(STATEMENT, "en")
    assert ("at least four", "wounded", "") in rows  # the mission is international: no country
    assert ("210", "deployed", "") in rows


def test_our_people_inside_a_quotation_stay_the_quotations_speaker():
    # distractor: inside a quotation "our" is the quoted person's, whom the sentence names
    text = ('"Our members were beaten and at least 12 of them were hurt," Ruritania\'s opposition party leader '
            'Karel Novak said.')
    assert _rows(text, "en") == [("at least 12", "wounded")]


# -- one of the people harmed, whose own verb says they died -----------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The police said on Monday that one of the people injured in the polling station attack had died in hospital.",
     "en", [("one", "killed")]),
    ("Один из пострадавших при нападении на участок скончался в больнице, сообщила полиция.", "ru",
     [("Один", "killed")]),
    ("Один із поранених під час нападу на дільницю помер у лікарні, повідомила поліція.", "uk", [("Один", "killed")]),
])
def test_one_of_the_harmed_who_died_is_killed(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # distractors: the injured one speaks of others who died; the injured one is still in hospital
    ("One of the injured said that two people had died in the crush, police said.", "en", [("two", "killed")]),
    ("Police said one of the injured was still in hospital.", "en", [("one", "wounded")]),
])
def test_one_of_the_harmed_stays_harmed_when_the_death_is_anothers(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a role in scare quotes inside the speaker's phrase ----------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a Ukrainian Telegram digest: the occupation body's noun in scare quotes, the body speaks for the occupier
    ("Окупаційна «адміністрація» Херсонської області стверджує, що під час обстрілу «виборчої дільниці» загинули "
     "троє людей.", "uk", [("троє", "killed", "RU")]),
    # distractor: the same sentence without quotation marks, as before
    ("Окупаційна адміністрація Херсонської області стверджує, що під час обстрілу дільниці загинули троє людей.", "uk",
     [("троє", "killed", "RU")]),
])
def test_a_role_in_scare_quotes_stays_in_the_speakers_phrase(text, lang, expected):
    assert _countries(text, lang) == expected


# -- one of the people counted who speaks is no count -------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("Один из задержанных, 19-летний студент колледжа, рассказал журналистам, что его держали в отделе всю ночь.", "ru"),
    ("Одна із затриманих, студентка університету, розповіла журналістам, що її тримали у відділку всю ніч.", "uk"),
    ("One of the detainees, a 22-year-old teacher, told reporters he had been held overnight without water.", "en"),
    ("One of the wounded later said he had been hit by a rubber bullet.", "en"),
])
def test_one_of_the_people_who_speaks_is_no_count(text, lang):
    assert _rows(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    # distractors: the one of the detainees is what the sentence tells, not who speaks
    ("Police said one of the detainees had died in custody.", "en", [("one", "killed")]),
    ("Один из задержанных скончался в отделе, сообщили в полиции.", "ru", [("Один", "killed")]),
])
def test_one_of_the_people_with_a_fate_of_its_own_is_counted(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a Korean party or union named by its own name speaks, with its country --------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a wire: a labour federation's statement on its members detained at a rally
    ('한국노총은 성명을 내고 "조합원 12명이 경찰에 연행됐다"고 밝혔다.', [("12", "captured", "KR")]),
    # a broadcaster: a party on its members hurt at a campaign rally
    ('정의당은 "유세 현장에서 당원 4명이 다쳐 병원으로 옮겨졌다"고 밝혔다.', [("4", "wounded", "KR")]),
])
def test_a_korean_party_or_union_speaks_for_its_members(text, expected):
    assert _countries(text, "ko") == expected


def test_a_place_ending_like_a_party_speaks_for_no_one():
    # distractor: a restaurant (식당) is no party, and the sentence names no source
    assert _rows("식당에서 손님 3명이 다쳤다.", "ko") == []


# -- parties, campaigns and the opposition speak for their people -------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The opposition party said 41 of its supporters had been arrested since the vote.", "en", [("41", "captured")]),
    ("The ruling party's campaign said nine of its canvassers were injured in the attack.", "en", [("nine", "wounded")]),
    ("В оппозиции заявили, что задержаны 26 наблюдателей.", "ru", [("26", "captured")]),
    ("В облизбиркоме сообщили, что двое членов комиссии получили травмы.", "ru", [("двое", "wounded")]),
])
def test_parties_and_campaigns_speak(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_party_with_no_verb_of_saying_is_no_source():
    # distractor: the party acts, no one says it
    assert _rows("The opposition party held a rally attended by 5,000 supporters.", "en") == []


# -- beaten people are wounded --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The campaign said four of its volunteers were beaten by masked men.", "en", [("four", "wounded")]),
    ("Штаб кандидата сообщил, что пятеро его сотрудников были избиты неизвестными.", "ru", [("пятеро", "wounded")]),
    ("У штабі кандидата заявили, що невідомі побили трьох агітаторів.", "uk", [("трьох", "wounded")]),
    ("야당은 당원 3명이 괴한들에게 폭행을 당했다고 밝혔다.", "ko", [("3", "wounded")]),
])
def test_beaten_people_are_wounded(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # distractors: beaten to death is killed; records and rivals beaten are no people hurt
    ("Спортсмены побили 3 рекорда, сообщила федерация.", "ru"),
    ("The champion has beaten 3 rivals this season, the federation said.", "en"),
])
def test_beating_records_or_rivals_hurts_no_one(text, lang):
    assert _rows(text, lang) == []


def test_beaten_to_death_stays_killed():
    assert _rows("Police said two men were beaten to death at a polling station.", "en") == [("two", "killed")]


# -- a body named by an acronym after "у"/"в" before a plural verb of saying ---------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("У ЦВК повідомили, що двоє членів дільничної комісії отримали поранення.", "uk", [("двоє", "wounded", "UA")]),
    ("В ЦИК заявили, что трое членов комиссий получили травмы.", "ru", [("трое", "wounded", "RU")]),
])
def test_an_acronym_in_the_locative_speaks(text, lang, expected):
    assert _countries(text, lang) == expected


def test_an_acronym_in_a_headline_with_no_verb_of_saying_names_a_place():
    # distractor: "у КНР" is where, and no one says it
    assert _rows("Землетрус у КНР: загинули 12 людей", "uk") == []


# -- a Korean counter of things with its particle, read by kiwipiepy as another noun -----------------------------------
@pytest.mark.parametrize("text, expected", [
    # police sent with armoured vehicles: the vehicles (대가, read as 대가, a price) are no people, the officers are
    ("경찰은 시위 현장에 경찰관 2천여 명과 장갑차 40여 대가 투입됐다고 밝혔다.", [("2천여", "deployed")]),
    ("해경은 경비정 10여 척이 동원돼 실종자 3명을 찾고 있다고 밝혔다.", [("3", "missing")]),
])
def test_a_korean_counter_of_things_with_its_particle_counts_no_people(text, expected):
    assert _rows(text, "ko") == expected


def test_an_honoured_counter_of_people_still_counts_people():
    # distractor: 분 counts people politely ("세 분이 다쳤다"), whatever particle follows it
    assert _rows("소방당국은 어르신 세 분이 다쳤다고 밝혔다.", "ko") == [("세", "wounded")]
