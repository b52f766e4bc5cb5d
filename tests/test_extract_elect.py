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
