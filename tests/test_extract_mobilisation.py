"""Mobilisation, conscription and desertion (session 23, draft14): the classes of construction this theme writes.

Men stopped on their way to a border, conscripts who tried to flee, recruits posted to units, a home ministry speaking
of its citizens who fight abroad, lawmakers reporting troops sent abroad. Each test writes its own sentences, in the
styles of a wire, a ministry's page, a regional site or a broadcaster, and the distractors beside them are sentences
where the same mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


def _countries(text: str, lang: str, url: str = "") -> list[tuple]:
    found = extract_claims(text, lang=lang, url=url)
    return [(r["stated"], r["metric"], r["country"] if isinstance(r["country"], str) else "")
            for r in found.to_dict("records")]


# -- a country joined to a destination is a destination too -----------------------------------------------------------
@pytest.mark.parametrize("text, lang, url, expected", [
    # the men tried to reach Moldova and Romania: the detachment that stopped them is not Romania's (its spokesman,
    # a role of no registered body, is left with no country rather than the wrong one)
    ("Минулої доби прикордонники Ізмаїльського загону затримали 23 чоловіків, які намагалися дістатися до Молдови та "
     "Румунії. Про це повідомив речник загону.", "uk", "", [("23", "captured", "")]),
    # a Russian regional site: Georgia and Armenia are where the men were heading
    ("За неделю пограничники задержали 18 мужчин, пытавшихся уехать в Грузию и Армению. Об этом сообщил представитель "
     "пограничной службы.", "ru", "", [("18", "captured", "")]),
    # an English wire: "into Moldova and Romania" is where they went, so no country of the events is named at all
    ("Border guards detained 31 men who tried to cross into Moldova and Romania last week, a spokesman for the "
     "border detachment said.", "en", "", [("31", "captured", "")]),
])
def test_a_country_joined_to_a_destination_is_no_place_of_the_events(text, lang, url, expected):
    assert _countries(text, lang, url) == expected


def test_a_country_of_its_own_beside_a_destination_stays_the_place():
    # Poland is where they were held, before the destination: the consulate's country question aside, the place stays
    text = ("У Польщі затримали 14 чоловіків, які їхали до Німеччини. Про це повідомила місцева поліція.")
    assert _countries(text, "uk") == [("14", "captured", "PL")]


# -- a home office naming the source of a sentence about the home's people ---------------------------------------------
@pytest.mark.parametrize("text, lang, url, expected", [
    # a Kyrgyz site: the deputy minister who reports the dead citizens in Syria is Kyrgyzstan's, not Syria's, and so is
    # the next sentence carried over by "По его словам"
    ("БИШКЕК. С начала боевых действий в Сирии погибли 12 граждан Кыргызстана. Об этом сообщил на брифинге "
     "заместитель министра иностранных дел. По его словам, еще трое числятся пропавшими без вести.", "ru",
     "https://24.kg/x", [("12", "killed", "KG"), ("трое", "missing", "KG")]),
    # a Ukrainian broadcaster: draft evaders held in Poland, reported by Ukraine's deputy foreign minister
    ("З початку року в Польщі затримали 9 громадян України, які ухилялися від мобілізації. Про це повідомив "
     "заступник міністра закордонних справ.", "uk", "https://suspilne.media/x", [("9", "captured", "UA")]),
])
def test_a_home_office_pointing_back_to_its_people_is_the_homes(text, lang, url, expected):
    assert _countries(text, lang, url) == expected


@pytest.mark.parametrize("text, lang, url, expected", [
    # no home people: the deputy minister is the place's
    ("БИШКЕК. С начала года в Сирии погибли 12 мирных жителей. Об этом сообщил заместитель министра иностранных дел.",
     "ru", "https://24.kg/x", [("12", "killed", "SY")]),
    ("З початку року в Польщі затримали 9 громадян Білорусі. Про це повідомив заступник міністра закордонних справ.",
     "uk", "https://suspilne.media/x", [("9", "captured", "PL")]),
])
def test_a_home_office_pointing_back_to_others_is_the_places(text, lang, url, expected):
    assert _countries(text, lang, url) == expected


# -- Korean: troops "sent to" a country in the passive ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a lawmaker of a Seoul broadcaster speaks of troops sent to Syria: a body sending people there is not Syria's
    ('국회 정보위원회 소속 이민호 의원은 "시리아에 파병된 병력은 약 3천 명"이라고 말했다.', [("약 3천", "deployed", "KR")]),
])
def test_a_korean_passive_of_sending_names_a_destination(text, expected):
    assert _countries(text, "ko", "https://www.kbs.co.kr/x") == expected


def test_a_korean_country_that_is_no_destination_stays_the_place():
    # the lawmaker speaks of troops stationed in Syria by no verb of sending: the sentence's country is Syria's
    text = '시리아 국방부는 "정부군 약 3천 명이 국경에 있다"고 밝혔다.'
    assert [c for _, _, c in _countries(text, "ko", "https://www.kbs.co.kr/x")] in ([], ["SY"])


# -- an attempt or a refusal is no event -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # conscripts who tried to flee were arrested: captured, not displaced
    ("The ministry said 38 deserters who tried to flee a training base had been arrested by military police.", "en",
     [("38", "captured")]),
    ("Police said 12 men who attempted to flee across the river were detained overnight.", "en", [("12", "captured")]),
    ("За словами речника, 15 чоловіків, які намагалися втекти з навчального центру, затримала військова поліція.",
     "uk", [("15", "captured")]),
    ("По данным ведомства, 20 мужчин, которые пытались бежать за границу, задержаны пограничниками.", "ru",
     [("20", "captured")]),
])
def test_people_who_tried_to_flee_were_not_displaced(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # people who fled did flee; "to" after a verb that is no attempt opens no attempt
    ("The UN said 300 people fled the town after the shelling.", "en", [("300", "displaced")]),
    ("Officials said 40 residents refused to leave and 12 fled.", "en", [("12", "displaced")]),
    ("За даними ОВА, 200 мешканців виїхали з міста.", "uk", [("200", "displaced")]),
])
def test_people_who_fled_are_displaced(text, lang, expected):
    assert _rows(text, lang) == expected


# -- recruits posted or assigned to units are deployed -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The ministry said about 1,800 conscripts had been posted to combat units.", [("about 1,800", "deployed")]),
    ("The army said 1,200 recruits had been assigned to frontline battalions.", [("1,200", "deployed")]),
    # the number's own words are quoted, and "of them" points back to the recruits
    ('A spokesman said in May that "more than 4,000" of them had already been assigned to brigades.',
     [("more than 4,000", "deployed")]),
    # a group of the conscripts the sentence names first, with no noun of its own
    ("The ministry said 2,100 conscripts finished their service and about 900 from the next intake had been "
     "posted to island garrisons.", [("about 900", "deployed")]),
    ("The ministry said 3,000 reservists arrived at the base on Monday.", [("3,000", "deployed")]),
])
def test_recruits_posted_to_units_are_deployed(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text", [
    "The bar association said 40 lawyers were assigned to the cases.",
    "Officials said 300 of the migrants arrived in Lampedusa.",
    "The ministry said 300 from the camp arrived in the capital.",
])
def test_people_of_no_service_assigned_or_arriving_are_not_deployed(text):
    assert _rows(text, "en") == []


# -- a cue that is itself a noun of people counts them ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Legislator Lin said ministry data provided to his office showed that 12 service members had died in training.",
     [("12", "killed")]),
    ("The ministry said 14 service members were injured in the drill.", [("14", "wounded")]),
])
def test_service_members_are_people(text, expected):
    assert _rows(text, "en") == expected


def test_a_measures_places_still_count_places():
    assert _rows("The agency said 96 evacuation centres were open.", "en") == []


# -- fighters, recruits and a unit's people who set out are deployed -------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a noun of fighters or recruits after a verb of setting out: personnel, as police or medics are
    ("За словами командира, на позиції вирушили 200 бійців.", "uk", [("200", "deployed")]),
    ("По словам комиссара, в составе батальона отправились 40 новобранцев.", "ru", [("40", "deployed")]),
    # people of no service noun, but named as members of a unit ("у складі батальйону", "в составе подразделения")
    ("За словами командира, у складі батальйону на фронт вирушили 300 людей.", "uk", [("300", "deployed")]),
    ("Как рассказал военный комиссар области, в составе подразделения отправились 312 человек.", "ru",
     [("312", "deployed")]),
])
def test_fighters_and_a_units_people_who_set_out_are_deployed(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # people who leave a town are displaced, and people of a delegation who arrive are no deployment
    ("За даними ОВА, з міста виїхали 300 людей.", "uk", [("300", "displaced")]),
    ("За словами мера, у складі делегації до Києва прибули 30 людей.", "uk", []),
    ("На фронт вирушили 300 людей, повідомив волонтер.", "uk", []),
])
def test_people_of_no_unit_who_set_out_are_not_deployed(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a unit's people, not a unit's number -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # "батальона 41 человек": the people of the battalion, with "человек" after the number; then "еще 17" its own
    ("«В прошлом году из первого состава батальона 41 человек погиб, еще 17 до сих пор числятся пропавшими без вести»,"
     " — сказал депутат.", "ru", [("41", "killed"), ("17", "missing")]),
])
def test_a_units_people_after_its_name_are_counted(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_units_number_is_no_count():
    assert _rows("По словам командира, бойцы батальона 41 отразили атаку.", "ru") == []


# -- a call-up is no deployment -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    # men called up are a call-up figure, not troops sent or stationed (the annotation of this theme: "a call-up
    # figure, not a deployment"); sent to the front or posted to units, they are (above)
    ("The military said 3,500 reservists had been called up for training.", "en"),
    ("По данным правозащитников, в армию призвали около 160 тысяч человек.", "ru"),
    ("За даними ТЦК, до армії призвали 1200 чоловіків.", "uk"),
    # "призвать" is also to urge: countries urged to talk are no call-up either
    ("Президент призвал 40 стран к диалогу, сообщил Кремль.", "ru"),
    ("Президент призвав 40 країн до діалогу, повідомив Офіс.", "uk"),
    # children taken by armed groups are counted by no measure
    ("보고서는 무장단체에 징집된 소년병이 3천여 명이라고 밝혔다.", "ko"),
])
def test_a_call_up_is_no_deployment(text, lang):
    assert _rows(text, lang) == []


def test_men_sent_to_the_front_after_training_are_deployed():
    assert _rows("Officials said 2,400 men had been sent to the front after two weeks of training.", "en") == [
        ("2,400", "deployed")]


# -- people a court sentences are defendants ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    # "вынесли приговоры 7 тысячам военнослужащих": a court's sentences, not soldiers deployed
    ("По данным «Медиазоны», в прошлом году суды вынесли приговоры 7 тысячам военнослужащих за самовольное "
     "оставление части.", "ru"),
    ("За даними ДБР, суди винесли вироки 900 військовим за самовільне залишення частини.", "uk"),
])
def test_soldiers_a_court_sentences_are_no_deployment(text, lang):
    assert _rows(text, lang) == []


def test_soldiers_sentenced_who_died_later_are_still_dead():
    text = "По данным «Медиазоны», суды вынесли приговоры 70 военнослужащим, погибшим позже на фронте."
    assert _rows(text, "ru") == [("70", "killed")]


# -- "У Швеції заявили": a country in the locative before the impersonal plural speaks --------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a Telegram digest's style: the country's authorities, unnamed, offer troops for a mission
    ("У Норвегії заявили, що готові відправити до 300 військових для місії.", "uk", [("до 300", "deployed", "NO")]),
    ("В Польше сообщили, что задержали 14 граждан Украины.", "ru", [("14", "captured", "PL")]),
])
def test_a_country_in_the_locative_before_a_plural_verb_of_saying_speaks(text, lang, expected):
    assert _countries(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the place of the events, then a body after the verb: the body speaks, the country is where
    ("В Сирии погибли 12 человек, сообщили в МЧС.", "ru", [("12", "killed", "SY")]),
    # a singular verb after the place: the place is where, and the subject is the one after it
    ("У Польщі прикордонник повідомив, що затримали 14 чоловіків.", "uk", [("14", "captured", "PL")]),
])
def test_a_country_that_is_where_the_events_happened_stays_a_place(text, lang, expected):
    found = _countries(text, lang)
    assert [(s, m) for s, m, _ in found] == [(s, m) for s, m, _ in expected]
    assert all(c in (e, "") for (_, _, c), (_, _, e) in zip(found, expected))


def test_korean_calls_and_letters_counted_by_tong_are_no_people():
    # "80여 통": eighty-odd calls (the counter 통), however near a noun of prisoners
    text = '병사어머니위원회 관계자는 "포로가 된 아들의 소식을 묻는 전화가 이틀 새 80여 통 걸려왔다"고 말했다.'
    assert _rows(text, "ko") == []
    assert _rows('병사어머니위원회 관계자는 "징집병 20명이 포로가 됐다"고 말했다.', "ko") == [("20", "captured")]


# -- a span of ages after the people ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # men of conscription age: "between 18 and 35" says how old they are, not how many
    ("Police said they had arrested 740 migrants in January, most of them men between 18 and 35.",
     [("740", "captured")]),
    ("The army said it had detained men from 18 to 60 at checkpoints.", []),
    # the people named after the span are counted
    ("Police said they had arrested between 18 and 35 men in January.", [("between 18 and 35", "captured")]),
    ("Officials said the strike killed between 20 and 30 people.", [("between 20 and 30", "killed")]),
])
def test_a_span_of_ages_after_the_people_is_no_count(text, expected):
    assert _rows(text, "en") == expected


# -- a body's short name the registry lacks, in a home story of the home's people -------------------------------------
@pytest.mark.parametrize("text, url, expected", [
    # a Kyrgyz site whose lede counts Kyrgyz citizens killed abroad: "ГКНБ" is the home's security committee
    ("БИШКЕК. В зоне боевых действий в Украине погибли 15 граждан Кыргызстана, воевавших по контракту. ГКНБ сообщил, "
     "что с начала года задержаны шесть вербовщиков.", "https://24.kg/x", ("шесть", "captured", "KG")),
    # an Uzbek site, the same story told of Uzbek citizens in Russia
    ("ТАШКЕНТ. В России погибли 9 граждан Узбекистана, воевавших на стороне армии. ДГБ сообщила, что задержаны трое "
     "вербовщиков.", "https://kun.uz/x", ("трое", "captured", "UZ")),
])
def test_a_short_name_in_a_story_of_the_homes_people_is_the_homes(text, url, expected):
    assert _countries(text, "ru", url)[-1] == expected


def test_a_short_name_in_a_story_of_others_is_the_places():
    text = "БИШКЕК. В ходе боев на юге Сирии погибли 15 мирных жителей. СНБ сообщила, что задержаны шесть человек."
    assert _countries(text, "ru", "https://24.kg/x")[-1] == ("шесть", "captured", "SY")


# -- soldiers who deserted are no deployment ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("The general staff said 5,000 soldiers who had left their units without permission returned to service.", "en"),
    ("Lawyers said they had received requests from 600 soldiers who had gone AWOL.", "en"),
    ("Від початку року до своїх частин повернулися понад 5 тисяч військових, які самовільно залишили службу, "
     "повідомили в Міноборони.", "uk"),
    ("С начала года в часть вернулись 600 военнослужащих, самовольно оставивших службу, заявил командующий.", "ru"),
    ("국방부는 올해 탈영한 장병 1천200명이 부대로 복귀했다고 밝혔다.", "ko"),
])
def test_soldiers_who_deserted_are_no_deployment(text, lang):
    assert _rows(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    # deserters arrested are captured, deserters killed are killed: only the deployment gives way
    ("Military police have arrested 120 soldiers who deserted, the army said.", "en", [("120", "captured")]),
    ("The ministry said 300 soldiers were sent to the desert border region.", "en", [("300", "deployed")]),
    ("국방부는 장병 1천200명을 파견했다고 밝혔다.", "ko", [("1천200", "deployed")]),
])
def test_soldiers_of_other_fates_keep_their_measure(text, lang, expected):
    assert _rows(text, lang) == expected


# -- the military as the subject of the verb that governs the number ---------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    # military prosecutors and doctors act on the people counted: "военные" says who acted
    ("Военные прокуроры выявили 300 уклонистов, сообщили в ведомстве.", "ru"),
    ("Військові лікарі оглянули 40 призовників, повідомили в ТЦК.", "uk"),
])
def test_the_military_who_act_are_not_the_people_counted(text, lang):
    assert _rows(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("В Сирию направили 300 военных, сообщили в ведомстве.", "ru", [("300", "deployed")]),
    ("Военнослужащие задержали 30 мужчин, сообщили в ведомстве.", "ru", [("30", "captured")]),
])
def test_troops_sent_or_acting_on_a_measure_keep_it(text, lang, expected):
    assert _rows(text, lang) == expected


def test_troops_whose_number_a_verb_of_level_gives_keep_it():
    # "численность войск … составила": the troops are the subject whose size the number is
    assert _rows("По данным разведки, численность войск составила 12 тысяч человек.", "ru") == [
        ("12 тысяч", "deployed")]
    assert _rows("За даними розвідки, чисельність військ сягнула 12 тисяч осіб.", "uk") == [("12 тисяч", "deployed")]
