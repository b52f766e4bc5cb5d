"""Who a body is: kinds of bodies and private persons, in the four languages (our own sentences, no article text).

Each case is one mechanism of the speaker's country: a federation of national members is international, as the IFRC
is; a mission or office of an international body named with the country it works in is the international body's,
not the host's; a page whose address spells a country's name alone is no page of that country. Distractors beside
each: a national society keeps its country, a national body named after an international one keeps its own.
"""

import pytest

from analysis import extract_claims
from analysis.claims.sources import SourceRegistry


def rows(text: str, lang: str, document: str | None = None) -> list[dict]:
    return extract_claims(text, lang=lang, document=document).to_dict("records")


def only(text: str, lang: str, document: str | None = None) -> dict:
    found = rows(text, lang, document)
    assert len(found) == 1, found
    return found[0]


# -- federations and confederations of national members are international ------------------------------------------
@pytest.mark.parametrize("alias", [
    "International Federation of Journalists", "IFJ", "Международная федерация журналистов", "국제기자연맹",
    "International Federation for Human Rights", "FIDH", "Міжнародна федерація за права людини",
    "European Federation of Journalists", "EFJ",
])
def test_a_federation_of_national_members_has_no_country(alias):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None, alias
    assert (source.kind, source.country) == ("international", ""), alias


@pytest.mark.parametrize("lang, sentence, stated", [
    ("en", "The IFJ said 48 media workers had been killed this year.", "48"),
    ("uk", "Міжнародна федерація журналістів повідомила, що з початку року загинули 48 працівників медіа.", "48"),
    ("ru", "По данным Международной федерации журналистов, за решеткой находятся не менее 310 журналистов.",
     "не менее 310"),
    ("ko", "국제기자연맹은 올해 언론인 48명이 숨졌다고 밝혔다.", "48"),
])
def test_a_federation_speaks_with_no_country_of_its_seat(lang, sentence, stated):
    row = only(sentence, lang)
    assert row["stated"].startswith(stated)
    assert row["country"] == ""


@pytest.mark.parametrize("lang, sentence, country", [
    # distractors: a national union of journalists is its country's, a national Red Cross society its country's
    ("en", "The National Union of Journalists of Ukraine said 19 reporters had been killed on duty.", "UA"),
    ("ru", "Союз журналистов России сообщил, что погибли 5 журналистов.", "RU"),
    ("ko", "필리핀 적십자사는 홍수로 30명이 숨졌다고 밝혔다.", "PH"),
])
def test_a_national_member_body_keeps_its_country(lang, sentence, country):
    assert only(sentence, lang)["country"] == country


# -- a mission or office of an international body in a country is the international body's -------------------------
@pytest.mark.parametrize("sentence, stated", [
    # the UN, the country it works in, then the mission's own name with its initials
    ("유엔 남수단 평화유지임무단(UNMISS)은 이번 충돌로 주민 약 5천명이 집을 떠났다고 밝혔다.", "약 5천"),
    ("유엔 민주콩고 안정화임무단(MONUSCO)은 지난주 공격으로 민간인 23명이 숨졌다고 밝혔다.", "23"),
    # the UN, the country, and the office: no initials after it
    ("유엔 아이티 통합사무소는 갱단이 올해 312명을 납치했다고 밝혔다.", "312"),
])
def test_a_un_mission_named_with_its_host_country_is_the_uns(sentence, stated):
    row = only(sentence, "ko")
    assert row["stated"] == stated
    assert row["country"] == ""


def test_a_countrys_own_body_named_beside_no_international_one_keeps_the_country():
    # distractor: the host country's own ministry, with no international body before its country's name
    row = only("민주콩고 보건부는 지난주 공격으로 민간인 23명이 숨졌다고 밝혔다.", "ko")
    assert row["country"] == "CD"


# -- a page's address that spells a country's name alone names where its body works ---------------------------------
MISSION_PAGE = (
    "Press release\n\n"
    "KYIV – The UN Human Rights Monitoring Mission in Ukraine (HRMMU) is alarmed by the overnight strike on the city, "
    "which killed at least 9 civilians, according to information gathered by the Mission.\n"
)


def test_a_page_of_an_international_bodys_office_in_a_country_is_the_bodys():
    # "ukraine-un_…": the UN's site for Ukraine; Ukraine is where the mission works, not the page's owner
    row = only(MISSION_PAGE, "en", document="ukraine-un_2025-01-01_strike.txt")
    assert row["stated"] == "at least 9"
    assert row["country"] == ""
    assert "HRMMU" in row["organisation"]


def test_a_page_named_by_a_body_of_a_country_still_gives_its_issuer():
    # distractor: a state body's own page ("dsns-…") keeps its issuer and its country
    text = ("Державна служба України з надзвичайних ситуацій\n\n"
            "Внаслідок пожежі у Києві загинули 3 людини, повідомили у ДСНС.\n")
    row = only(text, "uk", document="dsns_2025-01-01_fire_lang-uk.txt")
    assert row["country"] == "UA"


# -- relays inside one phrase: the outlet told, then the body that speaks ---------------------------------------------
@pytest.mark.parametrize("lang, sentence, stated, speaker", [
    # an outlet named by its web address in capitals is told; the press service after it speaks
    ("uk", "Як повідомили NOVYNY.NET у пресслужбі бригади, під час штурму загинули троє бійців.", "троє", "бригади"),
    ("ru", "Как сообщили NOVOSTI.RU в министерстве здравоохранения области, погибли 12 человек.", "12",
     "министерстве"),
])
def test_an_outlet_told_by_its_web_address_relays_and_the_body_after_it_speaks(lang, sentence, stated, speaker):
    row = only(sentence, lang)
    assert row["stated"] == stated
    assert speaker in row["speaker"]
    assert "NET" not in row["speaker"] and "RU" not in row["speaker"]


def test_a_name_with_a_full_stop_inside_a_sentence_is_no_web_address():
    # distractor: "Д.А." initials, no domain: the person still speaks
    row = only("Як повідомив голова ОВА Д. Коваль, внаслідок обстрілу загинули троє людей.", "uk")
    assert "Коваль" in row["speaker"]


# -- private persons and independent groups: no state's country ------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Fighting in northern Chad. A teacher at the school told reporters that 11 pupils were killed."),
    ("ko", "차드 북부에서 교전이 벌어졌다. 현지 구조단체 관계자는 기자들에게 \"부상자는 25명\"이라고 말했다."),
    ("ko", "차드 북부에서 교전이 벌어졌다. 현지 봉사단체 관계자는 \"사망자는 11명\"이라고 말했다."),
])
def test_a_person_of_a_trade_or_an_unnamed_aid_group_speaks_for_no_state(lang, text):
    row = only(text, lang)
    assert row["country"] == ""


@pytest.mark.parametrize("text", [
    # distractors: a person at a state's place of work or an office speaks for the place's state
    "Fighting in northern Chad. A doctor at the hospital told reporters that 11 pupils were killed.",
    "Fighting in northern Chad. A spokesman at the ministry told reporters that 11 pupils were killed.",
])
def test_a_person_at_a_state_body_speaks_for_the_state(text):
    assert only(text, "en")["country"] == "TD"


# -- a registered body's own word points back across a paragraph's end ------------------------------------------------
LEGION = (
    "У Києві попрощалися з добровольцем Інтернаціонального легіону з Чилі. Він загинув 3 березня.\n\n"
    "Як повідомили у пресслужбі легіону, разом із ним загинули ще четверо побратимів.\n"
)


def test_a_registered_bodys_own_word_names_it_across_a_paragraph():
    row = only(LEGION, "uk")
    assert row["stated"] == "четверо"
    assert (row["organisation"], row["country"]) == ("International Legion of Ukraine", "UA")


def test_an_outlets_kind_word_a_paragraph_later_names_no_outlet():
    # distractor: "one of the agency's interlocutors" spoke to the agency, he is no outlet
    text = ("Бойовики атакували базу на півночі Малі, загинули 20 військових.\n\n"
            "Про це повідомило агентство AFP з посиланням на джерела в армії.\n\n"
            "«Ми втратили щонайменше 20 наших солдатів», – сказав AFP один зі співрозмовників агентства.\n")
    found = [r for r in rows(text, "uk") if r["stated"] == "щонайменше 20"]
    assert found and found[0]["organisation"] != "Agence France-Presse (AFP)"


# -- a country's name as a given name, a relative clause that places a person at a body --------------------------------
@pytest.mark.parametrize("text", [
    "Floods hit the south. Jordan Whitfield said 120 people had died since Monday.",
    "Floods hit the south. Chad Okafor, a spokesman for the county, said 120 people had died since Monday.",
])
def test_a_countrys_name_before_a_surname_is_a_given_name(text):
    row = only(text, "en")
    assert row["country"] not in ("JO", "TD")


@pytest.mark.parametrize("text, country", [
    # distractors: a country's name alone, or before a body's noun, is the state or its body
    ("Floods hit the south. Jordan said 120 people had died since Monday.", "JO"),
    ("Floods hit the south. Israel Police said 120 people had died since Monday.", "IL"),
])
def test_a_countrys_name_alone_or_before_a_body_is_the_state(text, country):
    assert only(text, "en")["country"] == country


def test_a_relative_clause_of_work_at_a_named_body_says_whom_the_person_speaks_for():
    text = ("Heat deaths rose in Nevada. Dana Price, who studies heat illness at the University of Nevada, "
            "said 120 people had died since June.")
    row = only(text, "en")
    assert row["country"] == "US"
    assert "University of Nevada" in row["organisation"]


def test_a_passive_relative_clause_at_a_body_names_no_affiliation():
    # distractor: what befell the person at a hospital says nothing of whom he speaks for
    text = "Floods hit Kenya. Peter Otieno, who was treated at the Kenyatta National Hospital, said 12 people died."
    assert "Hospital" not in only(text, "en")["organisation"]


# -- a state body named by its kind noun, in a country named in full -------------------------------------------------
def test_a_body_named_executive_in_great_britain_is_britains():
    text = ("The number of people killed on farms in Great Britain rose to 31 last year, according to figures "
            "published by the Farm Safety Executive.")
    row = only(text, "en")
    assert row["stated"] == "31"
    assert row["country"] == "GB"


# -- a private person named with her age and where she is from ------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("ru", "Вдова одного из погибших, 34-летняя Ирина из Ростовской области, рассказала изданию, "
           "что из батальона ее мужа погибли 57 человек."),
    ("en", "Floods hit the region. A 34-year-old Irina from Rostov told the paper that 57 men of her husband's "
           "battalion had died."),
])
def test_a_person_with_her_age_and_home_region_speaks_for_no_state(lang, text):
    found = [r for r in rows(text, lang) if r["stated"] == "57"]
    assert found and found[0]["country"] == ""


def test_an_official_of_a_region_with_his_age_still_speaks_for_the_state():
    # distractor: an age before a role keeps the role's state
    text = "Губернатор Ростовской области, 54-летний Иван Петров, сообщил, что погибли 57 человек."
    assert only(text, "ru")["country"] == "RU"


# -- an appositive that describes a body by modifiers and its kind noun ------------------------------------------------
def test_an_appositive_of_modifiers_and_a_kind_noun_keeps_the_subject_before_it():
    # the measure word inside the appositive ("casualties") describes the group's work; it counts no one here
    text = ("At least 20 children were killed, said Ann Moore, UNICEF's regional director for Africa. The Kano Doctors "
            "Forum, a medical group that tracks casualties, put the death toll higher, saying 31 people had been killed.")
    found = [r for r in rows(text, "en") if r["stated"] == "31"]
    assert found and found[0]["organisation"] != "UNICEF"
