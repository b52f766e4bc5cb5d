"""The speaker's country, class by class, in the four languages (our own sentences, no article text).

Each case is one mechanism: international bodies of the registry have no country, whatever place they work in; a
country the ISO list leaves to its users (Kosovo, XK) is still a country; ...
"""

import pytest

from analysis import extract_claims
from analysis.claims.countries import country_name, is_country
from analysis.claims.sources import SourceRegistry


def rows(text: str, lang: str) -> list[dict]:
    return extract_claims(text, lang=lang).to_dict("records")


def only(text: str, lang: str) -> dict:
    found = rows(text, lang)
    assert len(found) == 1, found
    return found[0]


# -- international bodies: whole families in the registry, with no country -----------------------------------------
@pytest.mark.parametrize("alias", [
    # the UN's agencies, funds and offices
    "UN Women", "UNAIDS", "UNEP", "UNODC", "IFAD", "ICAO", "UNMAS", "UNDRR", "ЮНЕЙДС", "유엔여성기구",
    # WHO's regional offices
    "PAHO", "Панамериканская организация здравоохранения", "범미보건기구", "WHO Europe",
    # UN missions
    "MINUSMA", "МИНУСКА", "UNISFA", "UNMIK", "Миссия ООН в Ливии", "BINUH", "UNAMID",
    # NATO's, the EU's and the African Union's missions and agencies
    "KFOR", "КФОР", "EUMA", "EULEX", "Frontex", "Фронтекс", "AMISOM", "ATMIS", "AUSSOM", "MNJTF",
    # regional organisations
    "ECOWAS", "ЭКОВАС", "서아프리카경제공동체", "SADC", "IGAD", "ОДКБ", "ШОС", "СНД", "OIC",
    # inter-governmental monitors
    "International Maritime Bureau", "ICMP",
])
def test_international_bodies_of_every_family_have_no_country(alias):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None, alias
    assert (source.kind, source.country) == ("international", ""), alias


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The Kosovo Force said 14 of its soldiers were wounded in the clashes near the bridge."),
    ("en", "ECOWAS said at least 40 people were killed in the raid on the market town."),
    ("en", "Frontex said 61 migrants were missing after the dinghy sank off the island."),
    ("uk", "У КФОР повідомили, що під час сутичок поранено 12 миротворців."),
    ("ru", "Как сообщили в МИНУСМА, в результате нападения погибли семь миротворцев."),
    ("ru", "Панамериканская организация здравоохранения сообщила, что от лихорадки умерли 320 человек."),
    ("ko", "범미보건기구는 올해 뎅기열 사망자가 1천200명이라고 밝혔다."),
])
def test_an_international_body_speaks_with_no_country_wherever_it_works(lang, sentence):
    row = only(sentence, lang)
    assert row["country"] == ""


# -- Kosovo: XK, a user-assigned code the ISO list (and pycountry) lacks ---------------------------------------------
def test_kosovo_is_a_country_of_the_comparison_layer():
    assert is_country("XK") and country_name("XK") == "Kosovo"
    assert SourceRegistry.bundled().extended([dict(organisation="Kosovo Police", kind="government", country="XK",
                                                  aliases="")]).lookup("Kosovo Police").country == "XK"


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kosovo police said 23 people were detained after the protest in the northern town."),
    ("uk", "Поліція Косова повідомила, що затримала 23 особи після протесту."),
    ("ru", "Полиция Косово сообщила, что задержаны 23 человека."),
    ("ko", "코소보 경찰은 시위 참가자 23명을 체포했다고 밝혔다."),
])
def test_a_kosovo_body_speaks_for_kosovo(lang, sentence):
    assert only(sentence, lang)["country"] == "XK"


# -- an embassy or a mission speaks for the state that sends it, not for its host ------------------------------------
@pytest.mark.parametrize("lang, text, country", [
    # Korean: 주(駐) + the host ("주베트남" in Vietnam), then the sender glued to its body ("태국대사관")
    ("ko", "베트남 다낭에서 홍수가 발생해 주민들이 피난했다고 베트남 당국이 밝혔다. 베트남 중부에는 폭우가 이어지고 있다.\n\n"
           "주베트남 태국대사관은 실종자 가운데 4명이 태국 국적자라고 확인했다.", "TH"),
    ("ko", "필리핀 민다나오에서 여객선이 침몰했다고 필리핀 해안경비대가 밝혔다. 필리핀 당국은 수색을 이어가고 있다.\n\n"
           "주필리핀 일본대사관은 사망자 가운데 2명이 일본인이라고 밝혔다.", "JP"),
    ("ru", "Землетрясение произошло на юге Перу. Посольство Аргентины в Лиме сообщило, что среди пострадавших шесть "
           "граждан Аргентины.", "AR"),
    ("en", "Floods hit northern Peru this week. The Chilean embassy in Lima said six Chilean tourists were missing.", "CL"),
])
def test_an_embassy_speaks_for_its_sending_state(lang, text, country):
    assert [r["country"] for r in rows(text, lang)] == [country]


# -- Ukrainian news writes the aggressor's name in lower case: still a country ---------------------------------------
@pytest.mark.parametrize("sentence", [
    "Міністерство оборони рф заявило, що знищило до 30 військових.",
    "У міноборони росії заявили, що повернули 90 військовополонених.",
])
def test_a_country_written_in_lower_case_on_purpose_is_a_country(sentence):
    assert only(sentence, "uk")["country"] == "RU"


def test_a_lower_case_common_noun_keyed_like_a_country_is_still_no_country():
    # "газу" (gas) keys as Gaza; the table writes Газа with a capital, so lower case stays a common noun
    row = only("Унаслідок вибуху газу в будинку загинули троє людей, повідомили в ДСНС.", "uk")
    assert row["country"] == "UA"


# -- a body's quoted name inside the speaker phrase does not cut the phrase ------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Ливия. В Бенгази директор больницы \"Аль-Джалаа\" Ахмед Салем сообщил, что доставлены 12 раненых.", "LY"),
    ("Землетрясение в Непале. Главврач больницы «Бир» Рам Шарма рассказал, что к ним доставили 30 раненых.", "NP"),
])
def test_a_role_with_its_body_quoted_name_keeps_the_role(text, country):
    (row,) = rows(text, "ru")
    assert row["country"] == country


# -- an outlet that relays a figure is not its source ----------------------------------------------------------------
def test_an_outlet_spoken_to_with_its_kind_noun_is_no_speaker_nor_the_title_of_one():
    text = ("Судан. \"Мы приняли 19 раненых\", - рассказал агентству Reuters главврач больницы Омдурмана "
            "Салах Осман.")
    (row,) = rows(text, "ru")
    assert row["country"] == "SD" and "Reuters" not in row["organisation"]


# -- a bare kind noun points back to the body of that kind just named -----------------------------------------------
@pytest.mark.parametrize("lang, text, country", [
    ("ru", "Ливийская обсерватория по правам человека сообщила о 12 погибших. По данным правозащитников, еще пять "
           "человек пропали без вести.", "LY"),
    ("en", "The Syrian Observatory for Human Rights said 30 fighters were killed near the port. According to the "
           "rights group, 57 civilians were also killed.", "GB"),
])
def test_a_bare_kind_noun_is_the_body_of_that_kind_named_before(lang, text, country):
    found = rows(text, lang)
    assert [r["country"] for r in found] == [country, country]


# -- a body placed by a place of several words ("Hong Kong-based") ---------------------------------------------------
def test_a_body_based_in_a_place_of_two_words_takes_its_country():
    text = "Pirates seized a tanker off Somalia. The ship's New Delhi-based operator said 14 crew were held hostage."
    assert only(text, "en")["country"] == "IN"


# -- a union of workers is a local body, not independent workers ----------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("A dam burst flooded a gold mine in Ghana. The Ghana Mine Workers' Union said 17 miners were missing.", "GH"),
    ("A fire swept a garment factory in Bangladesh. The Garment Workers' Federation said 23 workers died.", "BD"),
    ("A fire swept a garment factory in Bangladesh. Local aid groups said 23 people died.", ""),
    # a research group abroad is not the article's country (the registry knows Harvard's: US)
    ("A fire swept a garment factory in Bangladesh. Harvard University researchers estimated 23 deaths.", "US"),
])
def test_a_workers_union_is_of_the_article_country(text, country):
    assert only(text, "en")["country"] == country


# -- a headline's bare source whose country was only the language's home guess is the lede's source ----------------
def test_a_headline_bare_body_is_the_source_the_lede_names_not_the_home_country():
    text = ("Грузия передала Армении четверых задержанных, получив взамен троих — Совбез\n\n"
            "ТБИЛИСИ, 3 июня. Грузия передала армянской стороне четверых задержанных граждан. Об этом сообщил "
            "журналистам секретарь Совета безопасности Армении Ашот Арутюнян.")
    headline = [r for r in rows(text, "ru") if r["start"] < text.index("\n")]
    assert headline and {r["country"] for r in headline} == {"AM"}


# -- a local speaker is of the place of the story, not of the language's home country -------------------------------
@pytest.mark.parametrize("lang, text, country", [
    ("ru", "Боевики в Нигере напали на колонну российских инструкторов\n\nГруппировка заявила, что атаковала колонну "
           "армии Нигера и российских военных на севере страны. Агентство AFP со ссылкой на местного чиновника "
           "сообщило, что в больницу доставили девять раненых.", "NE"),
    ("uk", "Бойовики в Нігерії атакували табір українських рятувальників\n\nУгруповання заявило, що атакувало табір "
           "біля кордону Нігерії. За словами місцевого посадовця, поранено семеро людей.", "NG"),
])
def test_a_local_speaker_is_of_the_story_place_not_the_home_country(lang, text, country):
    assert [r["country"] for r in rows(text, lang)] == [country]


# -- a bare body points back to the body of that name just mentioned, even one that said nothing --------------------
@pytest.mark.parametrize("lang, text, country", [
    ("en", "Floods hit northern Peru on Monday. The Chilean embassy in Lima opened a hotline for families. The embassy "
           "said six people from Chile were missing.", "CL"),
    ("ru", "В Перу произошло наводнение. Полиция Перу начала поиски. Посольство Аргентины в Лиме открыло горячую линию. "
           "В посольстве сообщили, что пропали шесть туристов.", "AR"),
    ("ru", "В Ливии затонула лодка с мигрантами. Международная организация по миграции направила в порт врачей. В "
           "организации сообщили, что при крушении погибли 40 человек.", ""),
])
def test_a_bare_body_is_the_body_of_that_name_mentioned_just_before(lang, text, country):
    assert [r["country"] for r in rows(text, lang)][-1] == country


# -- a nationality before a thing says whose it is (the attacker's); before a settlement or an area, where ----------
@pytest.mark.parametrize("lang, text, country", [
    ("en", "A Sudanese drone struck a market in the Chadian town of Adre on Sunday, killing 12 people, the regional "
           "governor said.", "TD"),
    ("en", "A Russian missile hit a market in the eastern Ukrainian city of Izium on Sunday, killing 12 people, the "
           "regional governor said.", "UA"),
    ("ru", "Азербайджанский беспилотник атаковал рынок в армянском селе, погибли три человека, сообщил губернатор "
           "области.", "AM"),
])
def test_a_weapon_nationality_is_the_attacker_a_place_noun_nationality_is_where(lang, text, country):
    assert [r["country"] for r in rows(text, lang)] == [country]


# -- a bloc adjective ("Western", "European") opening a body's proper name is no international body -----------------
@pytest.mark.parametrize("text, country", [
    ("A bus crashed near Kumasi in Ghana on Monday.\n\nWestern Regional Police Commander Kofi Mensah said 12 people "
     "were killed.", "GH"),
    ("A bus crashed near Kumasi in Ghana on Monday.\n\nWestern diplomats said 12 people were killed.", ""),
])
def test_a_bloc_adjective_in_a_proper_name_is_no_international_body(text, country):
    assert only(text, "en")["country"] == country


# -- a state's office never points back to an international body's office named before ------------------------------
def test_the_prime_ministers_office_is_not_the_un_office_named_before():
    text = ("Floods hit Fiji on Monday. The UN resident coordinator's office said 300 people had fled their homes. "
            "The prime minister's office said 12 people were killed.")
    assert [r["country"] for r in rows(text, "en")] == ["", "FJ"]


# -- "it was alarmed": a pronoun before a verb is no possessive owner ("its Interior Ministry") ----------------------
def test_a_pronoun_before_a_verb_takes_no_country_of_a_place_before_it():
    text = ("Floods hit Kenya on Monday. The UN refugee agency's office in Nairobi said it was alarmed and estimated "
            "that 4,000 people had fled their homes.")
    assert only(text, "en")["country"] == ""


# -- a person's first name is no word two speakers share ------------------------------------------------------------
def test_a_shared_first_name_is_no_coreference():
    text = ("Floods hit Fiji on Monday. The UN resident coordinator Vadym Bor said 300 people had fled. "
            "Nadi mayor Vadym Klymenko said 12 people were killed.")
    assert [r["country"] for r in rows(text, "en")] == ["", "FJ"]


# -- "the group said" is the independent body the sentence before opens with, not a state company named earlier ----
def test_the_group_points_back_to_the_rights_group_not_the_state_company():
    text = ("Protests spread in Nairobi on Monday. The state-run Kenya Pipeline Company said 200 workers were "
            "relocated. Human Rights Watch called for an inquiry. \"Live bullets were fired at unarmed people,\" the "
            "group said, adding that 12 protesters were killed.")
    assert [(r["stated"], r["country"]) for r in rows(text, "en")] == [("200", "KE"), ("12", "")]


# -- a resident of a place lives there: an unknown person, of no country; a hospital of that place is its country's ---
@pytest.mark.parametrize("text, country", [
    ("Floods hit Kenya.\n\nA resident of Eldoret said 30 people were killed.", ""),
    ("Floods hit Kenya.\n\nDoctors at the Eldoret hospital said 14 people were killed.", "KE"),
])
def test_a_resident_of_a_place_speaks_for_no_country(text, country):
    assert only(text, "en")["country"] == country


# -- a body's own noun in a speaker phrase names the registered body the sentence before named with it --------------
@pytest.mark.parametrize("lang, text, organisation", [
    ("en", "Clashes broke out in Armenia on Monday. The EU Mission in Armenia said it had sent two patrols. Mission "
           "spokesman Karl Berg said 40 monitors were deployed along the border.", "EU Mission in Armenia (EUMA)"),
    ("uk", "Сутички спалахнули на півночі Косова. Поранення дістали 12 військовослужбовців місії НАТО KFOR. Про це "
           "повідомили в командуванні місії.", "Kosovo Force (KFOR)"),
    ("ru", "Столкновения вспыхнули на севере Косово. Ранения получили 12 военнослужащих миссии НАТО KFOR. Об этом "
           "сообщили в командовании миссии.", "Kosovo Force (KFOR)"),
])
def test_a_mission_named_by_its_noun_is_the_mission_named_before(lang, text, organisation):
    row = only(text, lang)
    assert (row["organisation"], row["country"]) == (organisation, "")


# -- "МВД республики": the republic is the article's country when the sentence names it before, not the last one -----
def test_the_republic_is_the_article_country_named_before_not_the_last_country():
    text = ("В Тбилиси задержаны участники протеста\n\nТБИЛИСИ, 3 июня – Интерфакс. Полиция Грузии задержала 40 "
            "участников акции протеста против передачи ряда приграничных сел Азербайджану, сообщили в пресс-службе "
            "Министерства внутренних дел республики.")
    assert [r["country"] for r in rows(text, "ru")] == ["GE"]


# -- a name titled by an appositive after it ("Ali Zaman, a senior district administration official") -------------
def test_a_name_takes_the_office_its_appositive_gives_it():
    text = ("Gunmen attacked a bus near Quetta in Pakistan on Monday, said Ali Zaman, a senior district "
            "administration official.\n\nTwo passengers were wounded, Zaman said.")
    assert [(r["stated"], r["country"]) for r in rows(text, "en")] == [("Two", "PK")]


# -- an acronym with a possessive ending is still the acronym -------------------------------------------------------
@pytest.mark.parametrize("text, organisation, country", [
    ("Lina Okafor, NRC's field coordinator, said at least 9 people were killed.",
     "Norwegian Refugee Council (NRC)", ""),
    ("\"Nine people died,\" the NRC’s country director said.", "Norwegian Refugee Council (NRC)", ""),
    ("IOM's spokesperson said 31 migrants were missing.", "International Organization for Migration (IOM)", ""),
])
def test_an_acronym_with_a_possessive_ending_is_the_body(text, organisation, country):
    row = only(text, "en")
    assert (row["organisation"], row["country"]) == (organisation, country)


def test_a_lower_case_word_with_a_possessive_ending_is_still_no_acronym():
    # "us'" keys as "us", the registry's United States: lower case, so no body and no country
    row = only("Officials told us' reporters 12 people were killed.", "en")
    assert row["country"] == ""


@pytest.mark.parametrize("text", [
    "Як повідомило Управління ООН з координації гуманітарних справ, через повені загинули 14 людей.",
    "Як повідомило Управління ООН з координації гуманітарних питань, через повені загинули 14 людей.",
])
def test_both_ukrainian_names_of_ocha_are_ocha(text):
    # Ukrainian media write the office's name with "справ" and with "питань": one body, international
    row = only(text, "uk")
    assert (row["organisation"], row["country"]) == ("UN Office for the Coordination of Humanitarian Affairs (OCHA)", "")


# -- the country of a speaker taken from the wrong place (places2) --------------------------------------------------
# A Korean verb keyed as a country's name ("갔다", went, keys as 가다, as 가나, Ghana, does) names no country.
def test_a_korean_verb_keyed_as_a_country_names_none():
    text = "나이지리아 북부의 한 마을이 무장 공격을 받았다. 무장괴한들이 주민 15명을 끌고 갔다고 경찰 대변인이 말했다."
    assert only(text, "ko")["country"] == "NG"


@pytest.mark.parametrize("text, country", [
    ("가나 보건부는 홍수로 12명이 숨졌다고 밝혔다.", "GH"),  # the name written as itself is still the country
    ("기니 정부는 홍수로 12명이 숨졌다고 밝혔다.", "GN"),
])
def test_a_country_name_the_analyser_reads_as_a_verb_still_counts_as_written(text, country):
    assert only(text, "ko")["country"] == country


# A city abroad whose country the article never names (a broadcaster called like a town elsewhere) is a sound-alike:
# the story's country speaks; named with its country, the city keeps it.
@pytest.mark.parametrize("text, lang, country", [
    ("Floods hit northern Colombia\n\nHeavy rain swept Colombia on Sunday.\n\n"
     "The regional governor told the Karakol radio station that 20 people were missing.", "en", "CO"),
    ("콜롬비아 북부 폭우\n\n콜롬비아 북부에 폭우가 쏟아졌다.\n\n"
     "주지사는 현지 방송 카라콜과의 인터뷰에서 20명이 실종됐다고 말했다.", "ko", "CO"),
    ("Floods hit Colombia\n\nHeavy rain swept Colombia and Kyrgyzstan on Sunday.\n\n"
     "The regional governor said 20 people were missing in Karakol.", "en", "KG"),  # distractor: Kyrgyzstan named
])
def test_a_place_abroad_whose_country_the_article_never_names_gives_the_story_country(text, lang, country):
    assert only(text, lang)["country"] == country


# A country across a border ("the border with Belarus", "the Belarus border") is the neighbour, not where the story is.
@pytest.mark.parametrize("text, lang", [
    ("Lithuania will send 100 more soldiers to the border with Belarus, the defence ministry said.", "en"),
    ("Lithuania sends troops to Belarus border\n\nThe ministry said 100 more soldiers would be deployed.", "en"),
    ("Литва направит еще 100 военных на границу с Белоруссией, сообщило министерство обороны.", "ru"),
    ("Литва направить ще 100 військових на кордон з Білоруссю, повідомило міністерство оборони.", "uk"),
])
def test_a_country_across_the_border_is_not_the_speakers(text, lang):
    assert only(text, lang)["country"] == "LT"


@pytest.mark.parametrize("text, country", [  # distractors: a border body is its own country's
    ("Polish border guards said 30 people were detained.", "PL"),
    ("The Belarus Border Committee said 30 people were detained.", "BY"),
])
def test_a_border_body_keeps_its_country(text, country):
    assert only(text, "en")["country"] == country


# -- places3: the country of an office named by the place it serves --------------------------------------------------
# A local head's title written capitalised before a name or at a sentence's start is still the role (Ukrainian
# "Аким" is keyed by a name's reading, "аким" as another word): the province after it gives the country, instead of
# being read as the surname of a person called Аким.
@pytest.mark.parametrize("lang, text, country", [
    ("uk", "Аким Західно-Казахстанської області заявив, що загинули двоє людей.", "KZ"),
    ("uk", "Аким Мангістауської області Нурлан Ногаєв повідомив, що відселили 300 мешканців.", "KZ"),
    ("uk", "Хоким Самаркандської області повідомив, що загинули п'ятеро людей.", "UZ"),
    ("ru", "Хоким Самаркандской области сообщил, что погибли пять человек.", "UZ"),
])
def test_a_local_head_title_before_a_name_keeps_the_province_country(lang, text, country):
    assert only(text, lang)["country"] == country


# A province or state named in Hangul or Cyrillic that no gazetteer translates is matched by the sound of its
# pycountry name (places.sound_keys), next to an administrative word only, in the speaker phrase or in the sentence.
@pytest.mark.parametrize("lang, text, country", [
    ("ko", "카치나주 경찰은 14명이 숨졌다고 밝혔다.", "NG"),
    ("ko", "안티오키아주 주지사는 12명이 숨졌다고 밝혔다.", "CO"),
    ("ko", "헤라트주 주지사는 40명이 숨졌다고 밝혔다.", "AF"),
    ("ko", "서자바주 재난당국은 11명이 숨졌다고 밝혔다.", "ID"),
    ("ko", "카이베르파크툰크와주 당국은 25명이 숨졌다고 밝혔다.", "PK"),
    ("ko", "몸바사주 경찰은 7명이 실종됐다고 밝혔다.", "KE"),
    ("ko", "할리스코주 검찰은 30명이 실종됐다고 발표했다.", "MX"),
    ("ko", "카치나주에서 무장 괴한들이 마을을 습격했다. 경찰은 14명이 숨졌다고 밝혔다.", "NG"),
    ("ko", "헤라트주에서 지진이 발생했다. 보건당국은 40명이 숨졌다고 밝혔다.", "AF"),
    ("uk", "Влада провінції Хайбер-Пахтунхва повідомила, що загинули 25 людей.", "PK"),
    ("uk", "Глава агентства з надзвичайних ситуацій провінції Західна Ява заявив, що загинули 11 людей.", "ID"),
    ("uk", "У префектурі Ніїгата повідомили, що зникли троє людей.", "JP"),
    ("ru", "Власти провинции Хайбер-Пахтунхва сообщили, что погибли 25 человек.", "PK"),
    ("ru", "Глава агентства по чрезвычайным ситуациям провинции Западная Ява заявил, что погибли 11 человек.", "ID"),
    ("ru", "В провинции Нангархар произошло землетрясение. Местные власти сообщили, что погибли 40 человек.", "AF"),
])
def test_a_province_named_by_its_sound_gives_its_country(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [  # distractors: no administrative word, or a word of the language
    ("ko", "지난주 폭우로 3명이 숨졌다고 소방당국이 밝혔다.", "KR"),       # 지난주: last week
    ("ko", "이번주 화재로 3명이 숨졌다고 소방당국이 밝혔다.", "KR"),       # 이번주: this week
    ("en", "The head of the West Java disaster agency said 11 people were killed.", "ID"),  # "West" is no Cameroon
])
def test_no_province_by_sound_without_its_administrative_word(lang, text, country):
    assert only(text, lang)["country"] == country


def test_a_name_that_sounds_like_places_of_two_countries_gives_none():
    from analysis.extract.places import province_by_sound

    assert province_by_sound("펀자브", "ko") is None  # Punjab: a province of Pakistan and a state of India
    assert province_by_sound("Пенджаб", "uk") is None
    assert province_by_sound("수린", "ko") is None  # Surin, Thailand, and Shulin, Taiwan: Korean writes both so
    assert (province_by_sound("카치나", "ko"), province_by_sound("Кацина", "uk")) == ("NG", "NG")
    assert province_by_sound("카노", "ko") == "NG"  # Kano: Korean writes Ghana 가나, with another consonant


def test_sound_keys_keep_compass_words_apart_and_read_every_spelling():
    from analysis.extract.places import SoundTable, sound_keys
    from analysis.extract.language import language

    ko, uk = SoundTable.of(language("ko").table), SoundTable.of(language("uk").table)
    assert "W:JABA" in sound_keys("Jawa Barat", ko.latin, ko.words, ko.last_vowel)  # Jawa read as Java
    assert "W:JABA" in sound_keys("서자바", ko.own, ko.words, ko.last_vowel)          # 서 + 자바
    assert sound_keys("Ява", uk.own, uk.words, uk.last_vowel) == set()             # one consonant: too short
    assert "W:AV" in sound_keys("західний ява", uk.own, uk.words, uk.last_vowel)  # (as the extractor keys it)
    # й is no и; the last vowel, an ending Ukrainian inflects, is dropped
    assert sound_keys("Хайбер", uk.own, uk.words, uk.last_vowel) == {":HABER"}
    assert sound_keys("Кацини", uk.own, uk.words, uk.last_vowel) == sound_keys("Кацина", uk.own, uk.words, False)


# A body named with its nationality in an appositive, then the statement it spoke in ("у своїй заяві", "в своем
# заявлении") before the verb: the appositive is the subject, and its nationality the body's country.
@pytest.mark.parametrize("lang, text, country", [
    ("uk", "Судновласник, грецька компанія Kallisti Maritime, у своїй заяві уточнив, що один моряк отримав "
           "поранення.", "GR"),
    ("uk", "Оператор танкера, норвезька компанія Borvik Shipping, у своїй заяві повідомила, що зникли двоє "
           "моряків.", "NO"),
    ("ru", "Судовладелец, греческая компания Kallisti Maritime, в своем заявлении уточнил, что один моряк получил "
           "ранение.", "GR"),
    ("ru", "Оператор судна, кипрская компания Eastmed Tankers, в своем заявлении сообщила, что похищены семь "
           "моряков.", "CY"),
])
def test_a_nationality_in_an_appositive_before_its_statement_gives_the_body_country(lang, text, country):
    assert only(text, lang)["country"] == country


# A body of two countries at once ("both countries", "обох країн", "양국") speaks for the two countries named last
# before it: a joint claim, the codes pipe-joined and sorted.
@pytest.mark.parametrize("lang, text, country", [
    ("en", "Cyclone Freddy hit Malawi and Mozambique over the weekend. The disaster agencies of both countries said "
           "38 people were killed.", "MW|MZ"),
    ("en", "Floods swept across Kenya and Tanzania. Officials of both countries said 120 people had died.", "KE|TZ"),
    ("uk", "Циклон пройшов південними районами Малаві та центром Мозамбіку. Національні служби з надзвичайних "
           "ситуацій обох країн повідомили, що загинули 38 людей.", "MW|MZ"),
    ("uk", "На кордоні Киргизстану і Таджикистану сталася перестрілка. Прикордонні служби обох країн повідомили, що "
           "загинули троє людей.", "KG|TJ"),
    ("ru", "На границе Киргизии и Таджикистана произошла перестрелка. Пограничные службы обеих стран сообщили, что "
           "погибли три человека.", "KG|TJ"),
    ("ru", "Циклон прошел по югу Малави и центру Мозамбика. Власти двух стран сообщили, что погибли 38 человек.",
     "MW|MZ"),
    ("ko", "키르기스스탄과 타지키스탄 국경에서 교전이 벌어졌다. 양국 국경수비대는 3명이 숨졌다고 밝혔다.", "KG|TJ"),
    ("ko", "사이클론이 말라위와 모잠비크를 강타했다. 두 나라 재난당국은 38명이 숨졌다고 밝혔다.", "MW|MZ"),
])
def test_a_body_of_both_countries_speaks_for_the_two_named_before(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [  # distractors: "both countries" outside the speaker's phrase
    ("en", "Floods swept across Kenya. The Kenya Red Cross said 120 people had died in both countries' border "
           "areas.", "KE"),
    ("uk", "Повені охопили Кенію. Поліція Кенії повідомила, що загинули 120 людей в обох країнах.", "KE"),
])
def test_both_countries_outside_the_speaker_make_no_joint_claim(lang, text, country):
    assert only(text, lang)["country"] == country


# Local offices and the state's prison service, named without their country, are state bodies of the country the
# story names (not speakers of no country): "local officials", "the Penitentiary System", "Пенитенциарная система".
@pytest.mark.parametrize("lang, text, country", [
    ("en", "Insurgents killed at least 12 people in Mozambique's Cabo Delgado province, local officials said.", "MZ"),
    ("en", "Insurgents kill at least 12 in Mozambique's Cabo Delgado - local officials", "MZ"),
    ("en", "Inmates rioted at a prison in Guatemala on Monday. The Penitentiary System said 12 inmates were killed.",
     "GT"),
    ("en", "Inmates rioted at a prison in Honduras on Monday. The country's prison system said 12 inmates were "
           "killed.", "HN"),
    ("ru", "В тюрьме в Гватемале вспыхнул бунт. Пенитенциарная система сообщила, что погибли 12 заключенных.", "GT"),
    ("uk", "У в'язниці в Еквадорі спалахнув бунт. Пенітенціарна система повідомила, що загинули 12 ув'язнених.",
     "EC"),
])
def test_a_local_office_or_prison_service_is_of_the_country_named(lang, text, country):
    assert only(text, lang)["country"] == country


def test_local_officials_of_no_country_named_speak_for_none():  # distractor: English news has no home country
    assert only("Local officials said 12 people were killed.", "en")["country"] == ""


# English names a province otherwise than pycountry does ("North Kivu" for Nord-Kivu, "North Darfur" for Shamāl
# Dārfūr), or names one of pycountry's second level ("Cebu"): matched by sound next to an administrative noun or a
# local head's title, compass words apart in English and in the local language.
@pytest.mark.parametrize("text, country", [
    ("The governor of North Kivu said 40 people were killed.", "CD"),
    ("Officials in South Kivu province said 40 people were killed.", "CD"),
    ("The governor of North Darfur said 40 people were killed.", "SD"),
    ("The Cebu provincial government said 40 people were killed.", "PH"),
    ("The governor of Cebu province said 40 people were killed.", "PH"),
])
def test_an_english_exonym_of_a_province_is_matched_by_its_sound(text, country):
    assert only(text, "en")["country"] == country


@pytest.mark.parametrize("text, country", [  # distractors: capitalised words after a title that name no province
    ("The governor of the Central Bank of Nigeria said 12 people were killed in the stampede in Abuja.", "NG"),
    ("Islamic State said 12 soldiers were killed.", ""),
])
def test_a_title_before_a_body_name_is_no_province_by_sound(text, country):
    assert only(text, "en")["country"] == country


@pytest.mark.parametrize("text, country", [  # a compass word opening a capitalised name names a region
    ("East Java police said 40 people were killed.", "ID"),
    ("The Central Java disaster agency said 40 people were killed.", "ID"),
    ("The South Sulawesi disaster agency said 40 people were killed.", "ID"),
    ("The Western Cape government said 40 people were killed.", "ZA"),
])
def test_a_compass_word_and_a_name_are_a_region_matched_by_sound(text, country):
    assert only(text, "en")["country"] == country


@pytest.mark.parametrize("text, country", [  # distractors: a compass word in a country's or a body's name
    ("South Korean officials said 40 soldiers were killed.", "KR"),
    ("Central African Republic officials said 4 soldiers were killed.", "CF"),
    ("The East Africa Crisis Group said 4 people were killed.", ""),
])
def test_a_compass_word_in_a_country_or_body_name_is_no_region(text, country):
    assert only(text, "en")["country"] == country


@pytest.mark.parametrize("text, country", [  # an administrative ending that is the name's own, a word before a noun
    ("홋카이도 당국은 3명이 숨졌다고 밝혔다.", "JP"),        # 도 of Hokkaido (kiwipiepy: the particle 'also')
    ("투르카나 카운티 경찰은 7명이 숨졌다고 밝혔다.", "KE"),   # 나 of Turkana (kiwipiepy: the particle 'or')
    ("북키부주 주지사는 40명이 숨졌다고 밝혔다.", "CD"),       # 북 + 키부: North Kivu
    ("중부자바주 재난당국은 11명이 숨졌다고 밝혔다.", "ID"),   # 중부 + 자바: Central Java
])
def test_a_korean_division_whose_last_syllable_reads_as_a_particle_is_still_matched(text, country):
    assert only(text, "ko")["country"] == country


@pytest.mark.parametrize("region", ["North", "South", "Western", "Central"])
def test_a_compass_word_before_the_story_country_is_no_given_name(region):
    # "the University Hospital of North Chile" names the story's country again; "North" is no first name that would
    # make "Chile" a surname everywhere in the article (the police's country comes from the story's)
    text = ("Three killed as ferry hits rocks off Chile\n\n"
            "Three people were killed when a ferry hit rocks near the coast on Sunday, police said.\n\n"
            f"The University Hospital of {region} Chile said eight people had been admitted.")
    assert [(r["stated"], r["country"]) for r in rows(text, "en")][0] == ("Three", "CL")


# A public service's people named in the plural ("рятувальники", "спасатели", "пожежники", "пожарные"), bare, speak for
# the service of the place the story names; one of them alone, like a witness, speaks for no one ("a rescue worker").
@pytest.mark.parametrize("lang, text, country", [
    ("uk", "У Чернівцях після зливи загинули двоє людей, повідомили рятувальники.", "UA"),
    ("uk", "Рятувальники повідомили, що в Болгарії під час повені загинули четверо людей.", "BG"),
    ("uk", "За даними рятувальників, у Польщі з підтоплених будинків відселили 56 людей.", "PL"),
    ("uk", "За словами місцевих рятувальників, у Молдові загинули троє рибалок.", "MD"),
    ("uk", "Під час пожежі в Литві загинули семеро людей, розповіли пожежники.", "LT"),
    ("ru", "Спасатели сообщили, что в Казахстане при паводке погибли пять человек.", "KZ"),
    ("ru", "В Армении из-за оползня пропали без вести трое туристов, рассказали спасатели.", "AM"),
    ("ru", "По данным спасателей, в Грузии остались без крова 120 жителей.", "GE"),
    ("ru", "При пожаре в Латвии погибли шесть человек, сообщили пожарные.", "LV"),
    # distractors of the class: one rescuer, firefighter or witness speaks for no one
    ("uk", "У Чернівцях після зливи загинули двоє людей, сказав рятувальник.", ""),
    ("uk", "Під час пожежі в Литві загинули семеро людей, розповів пожежник.", ""),
    ("uk", "Очевидці розповіли, що в Болгарії під час повені загинули четверо людей.", ""),
    ("ru", "В Армении из-за оползня пропали без вести трое туристов, рассказал спасатель.", ""),
    ("ru", "При пожаре в Латвии погибли шесть человек, сказал пожарный.", ""),
    ("ru", "Очевидцы сообщили, что в Казахстане при паводке погибли пять человек.", ""),
    # rescuers of a text that names no place at all: whose service is not said (no home country assumed)
    ("uk", "Рятувальники повідомили, що під час повені загинули четверо людей.", ""),
    ("ru", "По данным спасателей, при паводке погибли пять человек.", ""),
])
def test_a_service_named_by_its_people_in_the_plural_is_of_the_story_country(lang, text, country):
    assert only(text, lang)["country"] == country


# "She said" after a sentence that opens with a person's name alone as its subject ("Amina Bello, 41, reached the camp
# on Monday.") is that person, who speaks for no state, not a body named further back.
@pytest.mark.parametrize("text, speaker", [
    ('Kenya\'s Red Cross said 15 people had died. Amina Bello, 41, reached the camp on Monday. "Four people drowned '
     'in the river," she said.', "Amina Bello"),
    ("Police in Chad said 12 people were killed. Idriss Mahamat walked for three days with his family. Two of his "
     "cousins were killed on the road, he said.", "Idriss Mahamat"),
    ('Mali\'s army said 30 fighters were killed. Fanta Traore, 27, fled her village last week. "Six men were taken '
     'hostage," she said.', "Fanta Traore"),
])
def test_she_after_a_person_named_as_a_subject_is_that_person(text, speaker):
    last = rows(text, "en")[-1]
    assert (last["speaker"], last["country"]) == (speaker, "")


@pytest.mark.parametrize("text", [  # distractors: no person opens the sentence before
    'Police in Chad said 12 people were killed. Hurricane Maria struck the island on Monday. "Four people drowned in '
    'the river," she said.',
    'Police in Chad said 12 people were killed. Abeche Road was closed on Monday. "Four people drowned in the river," '
    'she said.',
])
def test_she_after_no_person_keeps_the_earlier_speaker(text):
    last = rows(text, "en")[-1]
    assert (last["speaker"], last["country"]) == ("Police in Chad", "TD")


# "A coast guard official", "an army spokesman": the article makes the person indefinite, not the body, which is the
# one named before ("the Hellenic Coast Guard"), even when the sentence names another country.
@pytest.mark.parametrize("first, later, country", [
    ("Landslide hits India-Nepal border. Nepal Police said 12 people died.",
     "Seven people are still missing on the Indian side, a police spokesman said.", "NP"),
    ("Boat sinks off Tunisia and Italy. The Italian coast guard said 30 people drowned.",
     "Twenty people are still missing in Tunisian waters, a coast guard official said.", "IT"),
    ("Clashes on the Chad-Sudan border. The Chadian army said 14 soldiers were wounded.",
     "Nine soldiers were killed on the Sudanese side, an army spokesman said.", "TD"),
])
def test_a_person_of_a_body_named_before_speaks_for_that_body(first, later, country):
    assert rows(f"{first} {later}", "en")[-1]["country"] == country


def test_an_indefinite_study_is_still_a_new_one():  # distractor: the article is the body's own ("a study")
    found = rows("A Harvard University study put the toll at 40. A study of hospital records in Kenya found that 60 "
                 "people died.", "en")
    assert found[-1]["country"] != "US"


# A capital's declined form that is also a common word is that word in lower case ("досі": still, not Doha's "у Досі";
# "тирана": a tyrant's, not Tirana): it names no country of the story nor of the speaker.
@pytest.mark.parametrize("lang, text, country", [
    ("uk", "Повінь в Індії. Пізніше в управлінні додали, що 34 особи досі вважаються зниклими безвісти.", "IN"),
    ("uk", "Зсув у Непалі. Рятувальники досі шукають 12 зниклих безвісти, повідомила поліція.", "NP"),
    ("ru", "Репрессии в Албании. Жертвами тирана стали 300 человек, сообщили в прокуратуре.", "AL"),
    # the capitals themselves, written with a capital, still name their country
    ("uk", "Під час вибуху в Анкарі загинули 3 людини, повідомила поліція.", "TR"),
    ("ru", "При пожаре в Тиране погибли 3 человека, сообщила полиция.", "AL"),
])
def test_a_capital_in_lower_case_is_another_word(lang, text, country):
    assert only(text, lang)["country"] == country


# Local officers of a state that uk/ru news names by foreign titles (a coroner, a sheriff, a burgomaster) speak for the
# country the story names, like a governor or a prefect; a resident of the same county speaks for none.
@pytest.mark.parametrize("lang, text, country", [
    ("uk", "Повінь у Техасі. Шериф округу Керр повідомив, що загинули 27 людей.", "US"),
    ("uk", "Пожежа в Британії. Коронерка Ліверпуля встановила, що загинули шестеро людей.", "GB"),
    ("uk", "Вибух у Бельгії. За словами бургомістра Льєжа, загинули четверо людей.", "BE"),
    ("ru", "Торнадо в Оклахоме. Коронер округа Клэй подтвердил гибель трех человек.", "US"),
    ("ru", "Наводнение в Австралии. По словам шерифа округа Гипсленд, погибли пять человек.", "AU"),
    ("ru", "Взрыв в Германии. Бургомистр Кельна сообщил, что пострадали 12 человек.", "DE"),
    ("uk", "Повінь у Техасі. Мешканець округу Керр розповів, що загинули 27 людей.", ""),
    ("ru", "Торнадо в Оклахоме. Житель округа Клэй рассказал о гибели трех человек.", ""),
])
def test_local_officers_of_foreign_titles_speak_for_the_story_country(lang, text, country):
    assert only(text, lang)["country"] == country


# A bare officeholder ("додав посадовець", "уточнил чиновник") in a language without articles points back to the
# official named just before, and takes that official's country; named first, with no one before, it is an unnamed
# official of no country (the guide's "unnamed officials").
@pytest.mark.parametrize("lang, text, country", [
    ("uk", "Зсув у Перу. Губернатор регіону Куско Хуан Рамос повідомив, що загинули 5 людей. Ще 14 людей вважаються "
           "зниклими безвісти, додав посадовець.", "PE"),
    ("uk", "Повінь у Кенії. Міністр внутрішніх справ Кенії заявив, що загинули 40 людей. За словами чиновника, ще 12 "
           "людей зникли безвісти.", "KE"),
    ("ru", "Землетрясение в Чили. Глава службы по чрезвычайным ситуациям Чили сообщил о гибели 8 человек. Еще 14 "
           "человек числятся пропавшими без вести, уточнил чиновник.", "CL"),
    ("uk", "Ще 14 людей вважаються зниклими безвісти, додав посадовець.", ""),
    ("ru", "Еще 14 человек числятся пропавшими без вести, уточнил чиновник.", ""),
])
def test_a_bare_official_points_back_to_the_official_named_before(lang, text, country):
    assert rows(text, lang)[-1]["country"] == country


# How it was said ("по телефону", "через перекладача") stands between a verb of saying and the outlet spoken to or the
# subject after it: the subject is the source, not the outlet that relays it.
@pytest.mark.parametrize("lang, text, speaker, country", [
    ("ru", "«Я насчитал у рынка девять тел», — рассказал по телефону агентству AFP один из жителей.",
     "один из жителей", ""),
    ("ru", "«Я насчитал у рынка девять тел», — рассказал по телефону один из жителей.", "один из жителей", ""),
    ("uk", "«Я нарахував біля ринку дев'ять тіл», — розповів по телефону агентству Reuters один із мешканців.",
     "один із мешканців", ""),
    ("uk", "Загинули 12 людей, повідомив через перекладача губернатор провінції Хельманд.",
     "губернатор провінції Хельманд", "AF"),
])
def test_a_manner_of_saying_before_the_outlet_and_the_subject(lang, text, speaker, country):
    row = only(text, lang)
    assert (row["speaker"], row["country"]) == (speaker, country)


# A foreign ministry named bare ("– МЗС", "сообщили в МИД") is a diplomatic office: it speaks for the state the article
# names beside such a word ("МЗС України"), the state of its citizens abroad, not for the country the story is in.
@pytest.mark.parametrize("lang, text, country", [
    ("uk", "У Єгипті перекинувся автобус, постраждали троє українців – МЗС.\n\nПро це повідомили в МЗС України.", "UA"),
    ("uk", "У Туреччині сталася пожежа в готелі, загинули двоє громадян Польщі – МЗС.\n\nМЗС Польщі закликало "
           "туристів до обережності.", "PL"),
    ("ru", "В Таиланде перевернулся автобус, пострадали пятеро россиян – МИД.\n\nОб этом сообщили в МИД России.", "RU"),
])
def test_a_bare_foreign_ministry_speaks_for_the_state_named_beside_one(lang, text, country):
    assert rows(text, lang)[0]["country"] == country


# -- sides6: a division named with the word of its kind is that division, not a country of the same name -------------
@pytest.mark.parametrize("lang, text, country", [
    # a state of Nigeria that shares its name with a country (Niger), in every position of the kind word
    ("en", "Eleven villagers drowned when the canoe capsized, the Niger State Emergency Management Agency said.", "NG"),
    ("en", "A spokesman for the Niger State police command said nine passengers were still missing.", "NG"),
    ("en", "The Niger State government said 23 pupils had been abducted from the school.", "NG"),
    ("uk", "Речник поліції штату Нігер повідомив, що загинули 14 пасажирів.", "NG"),
    ("uk", "Уряд штату Нігер заявив, що викрадено 31 школяра.", "NG"),
    ("ru", "Представитель полиции штата Нигер сообщил, что погибли 17 человек.", "NG"),
    ("ru", "По данным властей штата Нигер, пропали без вести 25 человек.", "NG"),
    ("ko", "니제르주 경찰은 승객 13명이 숨졌다고 밝혔다.", "NG"),
    ("ko", "니제르주 재난관리청은 주민 40명이 실종됐다고 밝혔다.", "NG"),
    # a state whose name two countries' divisions share (Nigeria's state, Benin's department): the kind decides
    ("en", "At least 38 people were killed in the raids, the Plateau State government said.", "NG"),
    ("en", "The police commissioner in Plateau State said 21 people were killed overnight.", "NG"),
    ("uk", "Уряд штату Плато повідомив про загибель 38 людей.", "NG"),
    ("ru", "Правительство штата Плато сообщило о гибели 38 человек.", "NG"),
])
def test_a_division_named_with_its_kind_word_is_of_the_country_containing_it(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [  # distractors: the country itself, named as one
    ("en", "The army of Niger said 12 soldiers were killed near the border with Mali.", "NE"),
    ("en", "Officials in the West African state of Niger said 12 soldiers were killed.", "NE"),
    ("uk", "Міністерство оборони Нігеру повідомило, що загинули 12 військових.", "NE"),
    ("ru", "Министерство обороны Нигера сообщило о гибели 12 военных.", "NE"),
    ("ko", "니제르 국방부는 군인 12명이 숨졌다고 밝혔다.", "NE"),
    ("ko", "미국 텍사스주 당국은 5명이 숨졌다고 밝혔다.", "US"),  # a state of a country named before it
])
def test_a_country_named_without_a_kind_word_stays_the_country(lang, text, country):
    assert only(text, lang)["country"] == country


# -- sides6: a nationality word before a noun of people says whose the people are, not who speaks -------------------
@pytest.mark.parametrize("lang, text, country", [
    ("en", "Shelling hit Kharkiv overnight. The regional governor said Russian troops had wounded 12 civilians.", "UA"),
    ("en", "Fishermen were freed in Karachi. The foreign office said 183 Indian fishermen were still held in jails.", "PK"),
    ("uk", "Уночі обстріляли Херсон. Речник обласної адміністрації повідомив, що російські військові поранили 12 "
           "мирних жителів.", "UA"),
    ("ru", "Ночью обстреляли Белгород. Губернатор сообщил, что украинские военные ранили 12 мирных жителей.", "RU"),
])
def test_a_nationality_of_people_is_not_the_country_of_a_bare_office(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [  # distractors: the office's own country word decides
    ("en", "The Ukrainian defence ministry said 12 Russian soldiers had been captured near Kupiansk.", "UA"),
    ("en", "Pakistani police said 183 Indian fishermen were still held in Karachi.", "PK"),
    ("ru", "Минобороны Украины сообщило, что в плен взяты 12 российских военных.", "UA"),
])
def test_an_office_with_its_own_country_word_keeps_it_beside_people_of_another(lang, text, country):
    assert only(text, lang)["country"] == country


# -- sides6: a body's short name points back (or forward, from a headline) to its full name with a country ---------
@pytest.mark.parametrize("lang, text, country", [
    # initials of a body named in full with its country before
    ("uk", "Пірати звільнили 21 моряка, повідомили в Міністерстві закордонних справ України.\n\n"
           "У МЗС додали, що ще троє моряків залишаються в полоні в Сомалі.", "UA"),
    ("ru", "Пираты освободили 21 моряка, сообщили в Министерстве иностранных дел Украины.\n\n"
           "В МИД добавили, что еще трое моряков остаются в плену в Сомали.", "UA"),
    ("en", "Pirates freed 21 sailors, the Ministry of Foreign Affairs of Ukraine said.\n\n"
           "The MFA added that three more sailors were still held in Somalia.", "UA"),
    # a compound of shortened words (a headline's) of a body the article names in full with its country
    ("ru", "Грузия передала Армении пятерых задержанных - Госкомиссия\n\n"
           "Об этом говорится в сообщении Государственной комиссии Грузии по делам пропавших без вести.", "GE"),
    ("ru", "Минобороны: в Судане за сутки погибли 40 военных\n\nОб этом сообщили в Министерстве обороны Египта.", "EG"),
    ("uk", "Генштаб: у Судані за добу загинули 120 бойовиків\n\nПро це повідомив Генеральний штаб армії Єгипту.", "EG"),
])
def test_a_short_name_takes_the_country_of_the_full_name_the_article_gives(lang, text, country):
    found = [row for row in rows(text, lang) if row["speaker"] in ("МЗС", "МИД", "MFA", "Госкомиссия", "Минобороны",
                                                                   "Генштаб")]
    assert [row["country"] for row in found] == [country]


@pytest.mark.parametrize("lang, text", [  # distractors: two full names of two countries; no full name at all
    ("ru", "Минобороны: за сутки погибли 40 военных\n\nОб этом сообщили в Министерстве обороны Армении. "
           "Министерство обороны Азербайджана это опровергло."),
    ("en", "Pirates freed 21 sailors off Somalia.\n\nThe MFA added that three more sailors were still held there."),
])
def test_a_short_name_of_no_one_full_name_takes_no_country_from_it(lang, text):
    assert all(row["country"] in ("", "SO") for row in rows(text, lang) if row["speaker"] in ("Минобороны", "MFA"))


# -- sides6: a private person speaks for no country --------------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    # a given name that is also a city's (Mary, Turkmenistan; Victoria, Canada), before a surname
    ("en", "Floods swept through Kenya's Rift Valley. Mary Wambui said five of her relatives were missing."),
    ("en", "Floods swept through Kenya's Rift Valley. \"Five of my relatives are missing,\" said Victoria Achieng, "
           "a resident."),
    # a person of no role placed somewhere: a role noun after the preposition says where, not whose office
    ("en", "Floods hit northern Turkey. \"Two bodies were pulled out of the mud,\" Hasan Celik, 61, a grocer in the town "
           "center, told reporters."),
    ("uk", "Повінь накрила північ Туреччини. \"Двоє сусідів загинули\", - сказав Ахмет Їлмаз, продавець на ринку в "
           "центрі міста."),
    ("ru", "Наводнение накрыло север Турции. \"Двое соседей погибли\", - сказал Ахмет Йылмаз, продавец на рынке в "
           "центре города."),
])
def test_a_private_person_speaks_for_no_country(lang, text):
    assert only(text, lang)["country"] == ""


@pytest.mark.parametrize("lang, text, country", [  # distractors: an office placed somewhere; an office of a place
    ("en", "Floods hit northern Turkey. A spokesman in the governor's office said three people drowned.", "TR"),
    ("en", "Floods hit northern Kenya. Peter Odhiambo, a Nakuru County official, said nine people drowned.", "KE"),
])
def test_an_office_placed_somewhere_keeps_its_country(lang, text, country):
    assert only(text, lang)["country"] == country


# -- sides6: initials given in brackets after a body's name with its country stand for that body -------------------
@pytest.mark.parametrize("lang, text, country", [
    ("en", "The Belize Defence Force (BDF) said on Monday that troops were ready.\n\n"
           "A BDF spokesman said 400 soldiers would leave for Port-au-Prince on Friday.", "BZ"),
    ("en", "The Jamaica Constabulary Force (JCF) opened an inquiry.\n\n"
           "Inspector Ann Brown, the JCF's head of operations in Haiti, said 30 officers were deployed there.", "JM"),
])
def test_initials_in_brackets_after_a_named_body_take_its_country(lang, text, country):
    found = [row for row in rows(text, lang) if row["stated"] in ("400", "30")]
    assert [row["country"] for row in found] == [country]


# -- kind7: who a body is and whose it is (remits, counted people, affiliations, kinds) ----------------------------
@pytest.mark.parametrize("lang, text, country", [
    # an office's remit after its role noun is what it deals with, not the state it speaks for
    ("en", "Anna Berg, the Swedish special envoy for Yemen, said 300 people had been killed in the strikes.", "SE"),
    ("en", "Britain's envoy on Sudan said 50 civilians had been killed in the shelling of the market.", "GB"),
    ("en", "Fighting raged across Sudan's Darfur region as Sudan's army pressed on.\n\nAnna Berg, the Swedish special "
           "envoy for Sudan, told reporters that as many as 9,000 people had been killed since April.", "SE"),
    ("en", "The UN special rapporteur on Myanmar said at least 40 villagers had been killed in the raid.", ""),
    ("en", "The UN's fact-finding mission for Libya said 120 detainees had died in custody since March.", ""),
    ("uk", "Спецпосланник ООН з питань Ємену заявив, що внаслідок ударів загинули 300 людей.", ""),
    ("uk", "Спецпредставник Японії щодо М'янми повідомив, що під час рейду загинули 40 селян.", "JP"),
    ("ru", "Спецпредставитель ООН по Йемену заявил, что в результате ударов погибли 300 человек.", ""),
    ("ru", "Спецпосланник Китая по делам Сирии заявил, что в результате обстрела погибли 50 человек.", "CN"),
    ("ko", "미얀마 담당 유엔 특별보고관은 마을 주민 40명이 숨졌다고 밝혔다.", ""),
    ("ko", "미국 국무부의 수단 담당 특사는 민간인 300명이 숨졌다고 밝혔다.", "US"),
    # distractors: "a spokesman for" the body he speaks for; a body's own country after a field of its name
    ("en", "Floods swept India's Bihar state and much of northern India this week.\n\nA spokesman for Nepal's home "
           "ministry said 300 people had been killed across the border.", "NP"),
    ("en", "Floods swept India's Bihar state and much of northern India this week.\n\nA spokesman for the Nepali army "
           "said 300 people had been killed across the border.", "NP"),
    ("en", "The Ministry for Foreign Affairs of Finland said 300 people had been displaced from the coast.", "FI"),
    ("uk", "Міністерство у справах ветеранів України повідомило, що загинули 30 військових.", "UA"),
    ("ru", "Уполномоченный по правам человека в России сообщил, что в результате обстрела погибли 30 человек.", "RU"),
])
def test_a_remit_is_not_the_country_of_the_office(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [
    # people counted described by a nationality (after the number, in a list, "among them") say whose they are
    ("en", "A landslide buried a highway in Nepal on Friday.\n\nThe district officer said rescuers had recovered nine "
           "bodies, including those of a child and a Chinese national.", "NP"),
    ("en", "A landslide buried a highway in Nepal on Friday, cutting Nepal's main road link to the north.\n\nThe "
           "district officer said fourteen people were still missing, among them Chinese workers.", "NP"),
    ("en", "A ferry capsized off the coast of Indonesia on Sunday, the worst accident at sea in Indonesia this year."
           "\n\nThe provincial police chief said 12 people had drowned, including an Australian tourist.", "ID"),
    ("uk", "У Непалі зсув ґрунту засипав шосе.\n\nНачальник районної поліції сказав, що рятувальники знайшли дев'ять "
           "тіл, серед них громадянина Китаю.", "NP"),
    ("uk", "У Непалі зсув ґрунту засипав головне шосе Непалу.\n\nНачальник районної поліції сказав, що 14 людей досі "
           "вважаються зниклими безвісти, серед них китайські робітники.", "NP"),
    ("ru", "В Непале оползень засыпал шоссе.\n\nНачальник районной полиции сказал, что спасатели нашли девять тел, "
           "среди них гражданина Китая.", "NP"),
    ("ru", "В Непале оползень засыпал главное шоссе Непала.\n\nНачальник районной полиции сказал, что погибли 12 "
           "человек, в том числе уроженец Таджикистана.", "NP"),
    ("ko", "네팔에서 산사태가 고속도로를 덮쳤다.\n\n지역 경찰서장은 14명이 실종됐으며 이 중에는 중국 국적 노동자들도 "
           "있다고 말했다.", "NP"),
])
def test_a_nationality_of_the_people_counted_is_not_the_speakers(lang, text, country):
    assert [row["country"] for row in rows(text, lang)][:1] == [country]


@pytest.mark.parametrize("lang, text, country", [
    # a person at a body named after a place: the body's place is its country, not where the person works
    ("en", "About 300 people died in the epidemic, according to researchers at the University of Nairobi.", "KE"),
    ("en", "Scientists at Kyoto University said 300 people had died in the heatwave.", "JP"),
    ("en", "About 300 civilians died in the war, according to researchers at Belgium's Ghent University.", "BE"),
    # a group at a registered body: the body's country, not the country in the group's own name
    ("en", "More than 5,000 people died in the siege, according to an estimate by the Yemen Research Group at the "
           "London School of Hygiene & Tropical Medicine.", "GB"),
    # distractors: a place after the preposition names no body
    ("en", "About 300 people died in the floods, according to officials in Kenya.", "KE"),
])
def test_a_person_at_a_named_body_takes_the_bodys_country(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [
    # a nationality given to the body wins over a country inside its own name
    ("uk", "Норвезька правозахисна організація Iran Human Rights повідомила, що з початку року стратили понад 600 "
           "людей.", "NO"),
    ("en", "The Norwegian group Iran Human Rights said more than 600 people had been executed this year.", "NO"),
    ("ru", "Норвежская правозащитная организация Iran Human Rights сообщила, что с начала года казнены 600 человек.",
     "NO"),
    # a body placed by a participle of being based
    ("uk", "Базоване у США правозахисне агентство HRANA повідомило, що під час протестів загинули 27 людей.", "US"),
])
def test_a_body_named_with_a_country_in_its_name_keeps_its_own(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [
    # a generic noun of a kind in a headline is the one body of that kind the article names
    ("en", "Dozens killed in raids on villages in Sudan: monitor\n\nAt least 40 civilians were killed in the raids, "
           "Airwars said on Monday.", "GB"),
    ("uk", "У Сирії загинули понад 300 людей - правозахисники\n\nЗа даними Сирійської обсерваторії з прав людини, "
           "загинули 312 людей.", "GB"),
    ("ko", "시리아 내전 사망자 300명 넘어 - 인권단체\n\n영국에 본부를 둔 시리아인권관측소는 사망자가 312명이라고 밝혔다.",
     "GB"),
    # in the body of the story, before or after the body is named
    ("en", "The Uppsala Conflict Data Program tracks the war.\n\nResearchers said 300 people had died in the fighting "
           "in May.", "SE"),
])
def test_a_generic_kind_noun_is_the_one_body_of_that_kind(lang, text, country):
    assert rows(text, lang)[0]["country"] == country


@pytest.mark.parametrize("lang, text", [
    # distractors: no body of the kind, or two of them (no guess)
    ("en", "Researchers say 300 people died in the heatwave across the region."),
    ("en", "The Uppsala Conflict Data Program and ACLED both track the war.\n\nResearchers said 300 people had died "
           "in the fighting in May."),
])
def test_a_generic_kind_noun_of_no_one_body_takes_no_country(lang, text):
    assert all(row["country"] == "" for row in rows(text, lang) if row["stated"] == "300")


@pytest.mark.parametrize("text, country", [
    # a body's own name of other words is another body, though it shares one word with a body named before
    ("Floods hit Malaysia and Thailand.\n\nMalaysia's National Disaster Management Agency said 120,000 people were in "
     "shelters. In southern Thailand, the Department of Disaster Prevention and Mitigation reported nine deaths.", "TH"),
    # distractor: a shorter name of the same body still points back to it
    ("Floods hit Kenya and Uganda.\n\nKenya's National Disaster Operations Centre said 120,000 people were in "
     "shelters. The Disaster Operations Centre later reported nine deaths.", "KE"),
])
def test_a_body_of_its_own_name_is_not_another_body_sharing_a_word(text, country):
    assert [row["country"] for row in rows(text, "en") if row["stated"] == "nine"] == [country]


# -- kind8: the speaker's country from the grammar and the places around a body ----------------------------------
@pytest.mark.parametrize("lang, text", [
    # a private person named by a nationality and a noun of private life speaks for no state
    ("en", "Floods hit Panama.\n\nA Venezuelan migrant said more than 20 people had died there."),
    ("en", "Floods hit Panama.\n\nTwo Cuban survivors told AFP that 12 people drowned in the river."),
    ("en", "Floods hit Panama.\n\nAn Ecuadorian witness said 12 people drowned in the river."),
    ("en", "Floods hit Panama.\n\nA Haitian mother of three said 12 people drowned in the river."),
    ("en", "Floods hit Panama.\n\n\"More than 20 people died there,\" said a Venezuelan who crossed with his family."),
    ("uk", "Повінь у Панамі.\n\nВенесуельський мігрант розповів, що там загинули понад 20 людей."),
    ("uk", "Повінь у Панамі.\n\nКолумбійський очевидець розповів, що в річці потонули 12 людей."),
    ("ru", "Наводнение в Панаме.\n\nВенесуэльский мигрант рассказал, что там погибли более 20 человек."),
    ("ru", "Наводнение в Панаме.\n\nКолумбийский очевидец рассказал, что в реке утонули 12 человек."),
    ("ko", "파나마에서 홍수가 났다.\n\n콜롬비아인 생존자는 12명이 숨졌다고 말했다."),
])
def test_a_private_person_of_a_nationality_speaks_for_no_state(lang, text):
    assert only(text, lang)["country"] == ""


@pytest.mark.parametrize("lang, text, country", [
    # distractors: an office, a body of a kind, soldiers, a state
    ("en", "Floods hit Panama.\n\nA Colombian official said 12 people drowned in the river.", "CO"),
    ("en", "Floods hit Panama.\n\nA British charity said 12 people drowned in the river.", "GB"),
    ("en", "Floods hit Panama.\n\nColombian soldiers said 12 people drowned in the river.", "CO"),
    ("en", "Floods hit Panama.\n\nColombia said 12 people drowned in the river.", "CO"),
    ("uk", "Повінь у Панамі.\n\nКолумбійський чиновник повідомив, що в річці потонули 12 людей.", "CO"),
    ("ru", "Наводнение в Панаме.\n\nКолумбийский чиновник сообщил, что в реке утонули 12 человек.", "CO"),
    ("ko", "파나마에서 홍수가 났다.\n\n콜롬비아 당국자는 12명이 숨졌다고 말했다.", "CO"),
])
def test_an_office_or_body_of_a_nationality_keeps_it(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("text, country", [
    # a body of its own name (a university, a charity) followed by a place: the place is the body's, its country
    ("Researchers at Ghent University in Belgium estimate that 300,000 civilians died.", "BE"),
    ("Scientists at the University of Nairobi in Kenya said 300 people had died in the epidemic.", "KE"),
    ("Ghent University in Belgium estimated that 300,000 civilians died in the war.", "BE"),
    ("The Emergency Aid Foundation in Uganda said 40 people had been killed.", "UG"),
    # distractors: a person placed somewhere is not the body
    ("Floods hit Kenya.\n\nAn IOM spokesman in Italy said 40 people were missing.", ""),
    ("Floods hit Kenya.\n\nA researcher in Britain said 40 people had died.", ""),
])
def test_a_named_body_followed_by_a_place_is_of_that_place(text, country):
    assert only(text, "en")["country"] == country


@pytest.mark.parametrize("text, speaker", [
    # a passive of quoting: its subject speaks, whatever relays it ("in media reports", "by Reuters")
    ("The Libyan Red Crescent was quoted in media reports as saying that 11,300 people had died.", "Libyan Red Crescent"),
    ("The Libyan Red Crescent was quoted by Reuters as saying that 11,300 people had died.", "Libyan Red Crescent"),
    # distractor: an active "quoting" still names the source after it
    ("Reuters, quoting the health ministry, said 40 people had been killed.", "health ministry"),
])
def test_a_passive_of_quoting_is_spoken_by_its_subject(text, speaker):
    assert only(text, "en")["speaker"] == speaker


@pytest.mark.parametrize("lang, text, speaker, country", [
    # a place opened by a reflexive possessive before the verb is where the subject said it
    ("ru", "«Хезболла» в своем Telegram-канале подтвердила гибель трех своих бойцов.", "Хезболла", "LB"),
    ("uk", "«Хезболла» у своєму Telegram-каналі підтвердила загибель трьох своїх бійців.", "Хезболла", "LB"),
    # distractors: the subject before it already read
    ("ru", "Министерство обороны Израиля в своем заявлении сообщило, что погибли 12 военных.",
     "Министерство обороны Израиля", "IL"),
    ("uk", "Міністерство оборони Ізраїлю у своїй заяві повідомило, що загинули 12 військових.",
     "Міністерство оборони Ізраїлю", "IL"),
])
def test_a_place_of_the_subjects_own_channel_is_not_the_speaker(lang, text, speaker, country):
    row = only(text, lang)
    assert (row["speaker"], row["country"]) == (speaker, country)


@pytest.mark.parametrize("lang, text", [
    # the side of a border a sentence opens with is the side its bare state body stands on
    ("en", "A flash flood swept through Panama's Darien jungle, Panama's border service said.\n\nOn the Colombian side "
           "of the border, the Ombudsman's Office said armed groups of the Gulf Clan were holding dozens of migrants."),
    ("en", "Floods hit Panama's Darien region.\n\nOn the Colombian side, the health ministry said 12 people had died."),
    ("uk", "Повінь накрила регіон Дар'єн у Панамі.\n\nЗ колумбійського боку кордону міністерство охорони здоров'я "
           "повідомило, що загинули 12 людей."),
    ("ru", "Наводнение накрыло регион Дарьен в Панаме.\n\nС колумбийской стороны министерство здравоохранения "
           "сообщило, что погибли 12 человек."),
    ("ko", "파나마 다리엔 지역에 홍수가 났다.\n\n콜롬비아 쪽에서는 보건부가 12명이 숨졌다고 밝혔다."),
])
def test_the_side_of_a_border_names_the_country_of_the_body_on_it(lang, text):
    assert [row["country"] for row in rows(text, lang) if row["stated"] in ("dozens", "12")] == ["CO"]


@pytest.mark.parametrize("lang, text, country", [
    # a local office or a church body of the place the story is about
    ("ru", "В Кении боевики напали на автобус.\n\nКомиссар округа заявил, что около 2,5 тыс. жителей покинули свои "
           "дома.", "KE"),
    ("uk", "У Буркіна-Фасо бойовики напали на церкву.\n\nЗагинули щонайменше 15 вірян, повідомив генеральний вікарій "
           "дієцезії.", "BF"),
    ("ru", "В Буркина-Фасо боевики напали на церковь.\n\nПогибли не менее 15 прихожан, сообщили в епархии.", "BF"),
    # a territory a country holds, glued to its name (Korean 령)
    ("ko", "로이터통신에 따르면 파키스탄령 카슈미르의 한 당국자는 주민 3천여명이 피난했다고 말했다.", "PK"),
    # an adjective made from a city's name before the body
    ("ru", "В кабульской больнице сообщили агентству Reuters, что к ним доставили около 60 раненых.", "AF"),
    ("uk", "У кабульській лікарні повідомили агентству Reuters, що до них доставили близько 60 поранених.", "AF"),
    ("ru", "Представитель стамбульской полиции сообщил, что погибли 12 человек.", "TR"),
    # distractors: an adjective of no city keeps the home country of a text that names no other
    ("ru", "Военный прокурор сообщил, что погибли 12 человек.", "RU"),
])
def test_a_local_body_takes_the_country_of_its_place(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("text", [
    # people of private life placed in countries, inside what a body said, are no source of their own
    "Caminando Fronteras said families in Senegal and Gambia had told the group that at least 50 people died on the "
    "voyage.",
    "The charity Caminando Fronteras tracks the route.\n\nShe said families in Senegal and Gambia had told the group "
    "that at least 50 people died on the voyage.",
])
def test_families_placed_in_countries_inside_a_report_yield_to_its_speaker(text):
    assert only(text, "en")["country"] == "ES"


@pytest.mark.parametrize("text, speaker", [
    # a passive participle describing a noun ("believed to be") frames no report: the outer speaker speaks
    ("A UN investigation has concluded that Malian troops and \"armed white men\" believed to be foreign fighters "
     "killed at least 500 people during the operation.", "UN investigation"),
    ("A UN investigation concluded that soldiers and militiamen thought to be foreign fighters killed at least 500 "
     "people.", "UN investigation"),
    # distractors: a passive of reporting after its auxiliary, a verb of believing with its subject
    ("Twelve people are believed to be missing, the police said.", "police"),
    ("Police believed 40 people had been killed, the governor said.", "Police"),
])
def test_a_participle_of_belief_describing_a_noun_frames_no_report(text, speaker):
    assert only(text, "en")["speaker"] == speaker


@pytest.mark.parametrize("lang, text, country", [
    # distractors: a side named as a party something is handed to, not where the speaker stands
    ("ru", "\"Пропавшими без вести числятся 312 жителей области. Мы передали списки украинской стороне\", — заявила "
           "уполномоченный по правам человека в Курской области.", "RU"),
    ("uk", "\"Зниклими безвісти вважаються 312 жителів області. Ми передали списки російській стороні\", — заявила "
           "уповноважена з прав людини Сумської області.", "UA"),
])
def test_a_side_spoken_to_is_no_place_of_the_speaker(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, speaker", [
    # a verb of reporting closing a sentence whose number an earlier verb of saying reports passes it on
    ("en", "The Islamic State group said it had killed 60 soldiers, the SITE Intelligence Group reported.",
     "Islamic State group"),
    ("en", "Jihadists attacked an army camp in Niger, and JNIM claimed the attack.\n\nThe group said it had killed 60 "
           "soldiers and seized weapons, SITE reported.", "JNIM"),
    ("ru", "Боевики заявили, что убили более 60 военных, сообщает SITE.", "Боевики"),
    ("uk", "Бойовики заявили, що вбили понад 60 військових, повідомляє SITE.", "Бойовики"),
    # distractor: a verb of reporting that reports the number itself speaks
    ("en", "Twelve people were killed in the attack, the ministry reported.", "ministry"),
])
def test_a_closing_verb_of_reporting_relays_the_speaker_before_it(lang, text, speaker):
    assert only(text, lang)["speaker"] == speaker


# -- registry8: bodies of every region named without a country word take the registry's country -----------------------
@pytest.mark.parametrize("lang, text, country", [
    ("en", "Clashes in eastern Congo\nThe FDLR said 12 of its fighters were killed in the raid.", "CD"),
    ("en", "Attack in the north\nAnsarul Islam said it had killed 40 soldiers.", "BF"),
    ("en", "Ambush\nKatiba Macina claimed that 15 soldiers died in the ambush.", "ML"),
    ("en", "Amhara unrest\nFano said it had captured 200 federal soldiers.", "ET"),
    ("en", "Warehouse raid\nThe Radaa force said it had freed 76 migrants held in a warehouse.", "LY"),
    ("en", "Night raid\nThe Al-Quds Brigades said two of its fighters were killed.", "PS"),
    ("en", "Massacre\nThe RNDDH said at least 70 people were killed in the attack.", "HT"),
    ("en", "After the vote\nForo Penal said 1,600 people had been detained since the election.", "VE"),
    ("en", "Crackdown\nViasna said 120 people were detained in July.", "BY"),
    ("en", "Protests\nHRANA said 19,700 protesters had been arrested.", "US"),
    ("en", "Protests\nHengaw said 12 Kurdish protesters were killed.", "NO"),
    ("en", "Flash flood in the jungle\nSENAFRONT said seven bodies were recovered.", "PA"),
    ("en", "Killings in a village\nHuman Rights Watch said about 300 men were executed.", ""),
    ("en", "Bombing\nThe Edhi Foundation said 14 bodies were taken to the morgue.", "PK"),
    ("en", "War toll\nResearchers at Ghent University estimate that 385,000 civilians died.", "BE"),
    ("en", "Cartel war\nThe Gulf Cartel said five of its members were killed.", "MX"),
    ("en", "Refugees\nARSA said 30 Rohingya were killed.", "MM"),
    ("uk", "Рейд\nСили спеціального стримування «Радаа» заявили, що звільнили 76 мігрантів.", "LY"),
    ("uk", "Репресії\nЗа даними правозахисного центру «Вясна», у липні затримали 120 людей.", "BY"),
    ("uk", "Після виборів\nУ Форо Пенал повідомили, що після виборів затримали 1600 осіб.", "VE"),
    ("uk", "Війна\nМережа суданських лікарів повідомила, що загинули 40 цивільних.", "SD"),
    ("uk", "Протести\nHRANA повідомила, що затримали понад 19 700 осіб.", "US"),
    ("ru", "Рейд\nСилы специального сдерживания «Радаа» заявили, что освободили 76 мигрантов.", "LY"),
    ("ru", "Репрессии\nПравозащитный центр «Вясна» сообщил, что в июле задержали 120 человек.", "BY"),
    ("ru", "После выборов\nПо данным Форо Пенал, после выборов задержаны 1600 человек.", "VE"),
    ("ru", "Война\nСеть суданских врачей сообщила о гибели 40 мирных жителей.", "SD"),
    ("ru", "Крушение\nВ AFM сообщили, что двое человек погибли.", "MT"),
    ("ru", "Удары\nВ Госдепартаменте заявили, что погибли 12 человек.", "US"),
    ("ko", "수용소\n통일부는 정치범수용소에 8만∼12만명이 수감된 것으로 추산된다고 밝혔다.", "KR"),
    ("ko", "수용소\n북한인권정보센터는 수용소에서 8천100여명이 숨졌다고 밝혔다.", "KR"),
    ("ko", "탄압\n비아스나는 7월에만 120명이 체포됐다고 밝혔다.", "BY"),
    ("ko", "사고\n해상보안청은 3명이 숨졌다고 밝혔다.", "JP"),
    ("ko", "공습\n국무부는 12명이 숨졌다고 밝혔다.", "US"),
    ("ko", "도발\n북한 국방성은 5명이 숨졌다고 주장했다.", "KP"),
])
def test_registry8_a_body_named_bare_takes_its_registered_country(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [
    # distractors: a word a registered name holds, written as an ordinary word, is no body
    ("en", "Storm in Texas\nIce on the roads killed 3 people, police said.", "US"),
    ("en", "Flooding in Somalia\nOfficials in Lower Shabelle said 12 people died.", "SO"),
    # a registered body named with another country's word is that country's body
    ("en", "Attack in Kenya\nThe Kenyan branch of Amnesty International said 12 protesters were killed.", "KE"),
])
def test_registry8_distractors_keep_their_country(lang, text, country):
    assert [row["country"] for row in rows(text, lang)] == [country]


@pytest.mark.parametrize("lang, text, country", [
    # a date of a day and a month between a subject and its verb of saying is no end of the subject
    ("uk", "Міністерство оборони Азербайджану 23 вересня повідомило, що загинули 192 військовослужбовці.", "AZ"),
    ("ru", "Министерство обороны Азербайджана 23 сентября сообщило, что погибли 192 военнослужащих.", "AZ"),
    ("en", "Azerbaijan's defence ministry on September 23 said 192 soldiers had been killed.", "AZ"),
])
def test_a_date_between_the_subject_and_its_verb_keeps_the_subject(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("text, speaker", [
    # a verb of telling with its person and an infinitive is an order, not a report
    ("Fighting raged in Mali.\n\n\"I counted eleven bodies near the well before an officer told me to go home,\" a "
     "survivor told the BBC.", "survivor"),
    ("Police told residents to leave after 12 people were killed in the flood, the governor said.", "governor"),
    # distractors: telling reporters what happened is a report
    ("The governor told reporters that 12 people were killed.", "governor"),
    ("The governor told Reuters 12 people had been killed.", "governor"),
])
def test_an_order_is_no_report(text, speaker):
    assert only(text, "en")["speaker"] == speaker


# -- kind9: the speaker's country from the grammar, the places and the paragraph around a body ---------------------
@pytest.mark.parametrize("lang, text, speaker, country", [
    # one rule for the subject before the place it spoke in: a medium, a statement or a document, with or without
    # the subject's own possessive, several places in a row, a date before or after the place
    ("ru", "Министерство обороны Латвии в своем Telegram-канале сообщило, что погибли 7 военных.",
     "Министерство обороны Латвии", "LV"),
    ("ru", "Полиция Молдовы в официальном заявлении сообщила, что задержаны 14 человек.", "Полиция Молдовы", "MD"),
    ("ru", "МЧС Казахстана в своем ежедневном отчете сообщило, что погибли 9 человек.", "МЧС Казахстана", "KZ"),
    ("ru", "Мэр Тбилиси в своем канале в Telegram написал, что пострадали 23 человека.", "Мэр Тбилиси", "GE"),
    ("ru", "Минздрав Ливана в своем обращении к гражданам сообщил, что погибли 31 человек.", "Минздрав Ливана", "LB"),
    ("ru", "Пограничная служба Польши, в свою очередь, в заявлении сообщила, что задержаны 40 мигрантов.",
     "Пограничная служба Польши", "PL"),
    ("ru", "Министерство здравоохранения Грузии 12 марта в своем заявлении сообщило, что погибли 6 человек.",
     "Министерство здравоохранения Грузии", "GE"),
    ("ru", "Министерство здравоохранения Грузии в своем заявлении 12 марта 2024 года сообщило, что погибли 6 человек.",
     "Министерство здравоохранения Грузии", "GE"),
    ("uk", "Прикордонна служба Польщі у своєму дописі у Facebook повідомила, що затримали 40 мігрантів.",
     "Прикордонна служба Польщі", "PL"),
    ("uk", "Міністерство охорони здоров'я Лівану в офіційній заяві повідомило, що загинули 31 людина.",
     "Міністерство охорони здоров'я Лівану", "LB"),
    ("uk", "Поліція Молдови у своєму щоденному звіті повідомила, що затримано 14 осіб.", "Поліція Молдови", "MD"),
    ("uk", "Мер Кишинева у своєму зверненні до мешканців повідомив, що постраждали 12 людей.", "Мер Кишинева", "MD"),
    ("uk", "МВС Грузії у своєму Telegram-каналі 5 травня повідомило, що загинули 7 людей.", "МВС Грузії", "GE"),
    # after a comma, the appositive before it is read
    ("uk", "Оператор порту, литовська компанія Klaipeda Port, у своїй заяві уточнила, що загинули 3 працівники.",
     "литовська компанія Klaipeda Port", "LT"),
    ("en", "Moldova's interior ministry, in a statement, said 14 people were detained.",
     "Moldova's interior ministry", "MD"),
    # distractors: a place at the clause's start has no subject before it
    ("uk", "У заяві МВС Грузії йдеться, що загинули 7 людей.", "МВС Грузії", "GE"),
])
def test_kind9_the_subject_before_the_place_it_spoke_in(lang, text, speaker, country):
    row = only(text, lang)
    assert (row["speaker"], row["country"]) == (speaker, country)


@pytest.mark.parametrize("lang, text, country", [
    # a state that sends people to another country: its office speaks for the sender, not for the destination (the
    # accusative after в / на / у, "до" in Ukrainian, "to" after a verb of sending; the subject of the verb of sending
    # names the sender, also inside a body's name)
    ("ru", "Франция направит в Новую Каледонию еще тысячу жандармов после беспорядков, охвативших остров, заявил "
           "министр внутренних дел Франции.", "FR"),
    ("ru", "Франция направит в Новую Каледонию тысячу жандармов, заявил министр внутренних дел.", "FR"),
    ("ru", "Казахстан отправил в Киргизию 45 спасателей, сообщили в МЧС.", "KZ"),
    ("ru", "Чехия перебросила в Словакию 80 пожарных, сообщило министерство внутренних дел.", "CZ"),
    ("ru", "Италия вывезла в Рим 200 своих граждан из Ливии, сообщил министр иностранных дел.", "IT"),
    ("ru", "Минобороны Японии направило на Филиппины 60 военных медиков, сообщили в ведомстве.", "JP"),
    ("uk", "Казахстан відправив у Киргизстан 45 рятувальників, повідомили у відомстві.", "KZ"),
    ("uk", "Франція направить до Нової Каледонії тисячу жандармів, заявив міністр внутрішніх справ.", "FR"),
    ("uk", "Чехія перекинула до Словаччини 80 пожежників, повідомило міністерство внутрішніх справ.", "CZ"),
    ("uk", "Японія направила на Філіппіни 60 військових медиків, повідомили у відомстві.", "JP"),
    ("uk", "Італія відселила до Рима 200 своїх громадян з Лівії, повідомив міністр закордонних справ.", "IT"),
    ("uk", "Франція направить у Нову Каледонію тисячу жандармів після заворушень, що охопили острів, заявив міністр "
           "внутрішніх справ Франції.", "FR"),
    ("en", "Kazakhstan's emergencies ministry sent 45 rescuers to Kyrgyzstan, the ministry said.", "KZ"),
    ("en", "France will send another 1,000 gendarmes to New Caledonia, the interior minister said.", "FR"),
    ("en", "Japan dispatched 60 military medics to the Philippines, the defence ministry said.", "JP"),
    ("en", "Czechia has deployed 80 firefighters to Slovakia, the interior ministry said.", "CZ"),
    ("ko", "카자흐스탄 비상사태부는 키르기스스탄에 구조대원 45명을 파견했다고 밝혔다.", "KZ"),
    ("ko", "일본 정부는 필리핀에 군 의료진 60명을 급파했다고 밝혔다.", "JP"),
    # distractors: the locative is where it happened; the target of an attack is the story's place
    ("ru", "В Ливане погибли 12 человек, сообщили в министерстве здравоохранения.", "LB"),
    ("uk", "У Лівані загинули 12 людей, повідомили в міністерстві охорони здоров'я.", "LB"),
    ("ru", "Два мирных жителя погибли при атаках дронов на Белгородскую область, сообщил губернатор.", "RU"),
    ("uk", "Двоє цивільних загинули внаслідок атаки дронів на Бєлгородську область, повідомив губернатор.", "RU"),
])
def test_kind9_a_destination_is_not_the_senders_country(lang, text, country):
    assert only(text, lang)["country"] == country


_DIGESTS = {
    "en": "Baltic digest: news of the week\n\nA weekly look at news from Estonia, Latvia and Lithuania.\n\nEstonia: two "
          "hikers missing in Soomaa\n\nTwo hikers have been missing in Soomaa since Friday, the Police and Border Guard "
          "Board (PPA) said on Monday.\n\nLatvia: fire in Liepaja\n\nFour people died in a fire in a wooden house on "
          "Sunday, the State Fire and Rescue Service (VUGD) said.\n\nLithuania: migrants detained\n\nBorder guards "
          "detained 31 migrants at the border over the weekend, the State Border Guard Service (VSAT) said.\n\n"
          "Estonia: refugees\n\nSome 12,000 refugees hold temporary protection, according to the PPA.",
    "uk": "Огляд тижня: новини Балтії\n\nЩотижневий огляд новин Естонії, Латвії та Литви.\n\nЕстонія: зникли двоє "
          "туристів\n\nДвоє туристів зникли в болотах Соомаа, повідомила поліція.\n\nЛатвія — пожежа в дерев'яному "
          "будинку\n\nЧетверо людей загинули під час пожежі в неділю, повідомила пожежно-рятувальна служба.\n\nЛитва: "
          "затримали мігрантів\n\nПрикордонники затримали 31 мігранта за вихідні, повідомила прикордонна служба.",
    "ru": "Обзор недели: новости Балтии\n\nЕженедельный обзор новостей Эстонии, Латвии и Литвы.\n\nЭстония: пропали "
          "двое туристов\n\nДвое туристов пропали в болотах Соомаа, сообщила полиция.\n\nЛатвия — пожар в деревянном "
          "доме\n\nЧетыре человека погибли при пожаре в воскресенье, сообщила пожарно-спасательная служба.\n\nЛитва: "
          "задержаны мигранты\n\nПограничники задержали 31 мигранта за выходные, сообщила пограничная служба.",
    "ko": "발트 3국 주간 소식\n\n에스토니아, 라트비아, 리투아니아의 한 주 소식을 전한다.\n\n[에스토니아] 등산객 2명 실종\n\n"
          "경찰은 소마 습지에서 등산객 2명이 실종됐다고 밝혔다.\n\n[라트비아] 목조 주택 화재\n\n소방당국은 일요일 화재로 4명이 "
          "숨졌다고 밝혔다.\n\n[리투아니아] 이주민 구금\n\n국경수비대는 주말 동안 이주민 31명을 구금했다고 밝혔다.",
}


@pytest.mark.parametrize("lang, countries", [
    # a digest of several countries' news under subheadings that open with a country: a body named bare speaks for
    # its own section's country, and a body with its acronym in brackets is no other body sharing a word of its name
    ("en", ["EE", "LV", "LT", "EE"]), ("uk", ["EE", "LV", "LT"]), ("ru", ["EE", "LV", "LT"]),
    ("ko", ["EE", "LV", "LT"]),
])
def test_kind9_a_bare_body_in_a_digest_speaks_for_its_sections_country(lang, countries):
    assert [row["country"] for row in rows(_DIGESTS[lang], lang)] == countries


def test_kind9_a_sentences_own_country_wins_over_its_section():
    text = ("Baltic digest\n\nEstonia: storms\n\nTwo hikers have been missing since Friday, the police said.\n\n"
            "Lithuania: border news\n\nFour Latvian fishermen died off the coast of Latvia on Sunday, the coast guard "
            "said.")
    assert [row["country"] for row in rows(text, "en")] == ["EE", "LV"]


@pytest.mark.parametrize("lang, text, speaker, country", [
    # outlets relaying a source's words after it (a verb of relaying, then "citing" another outlet): the source speaks
    ("uk", "У Грузії внаслідок зсуву загинули семеро людей.\n\nПро це повідомило Міністерство внутрішніх справ Грузії, "
           "передає Укрінформ з посиланням на «Інтерпресньюз».", "Міністерство внутрішніх справ Грузії", "GE"),
    ("uk", "У Молдові під час повені загинули четверо людей.\n\nПро це заявила поліція Молдови, пише Укрінформ з "
           "посиланням на агентство IPN.", "поліція Молдови", "MD"),
    ("ru", "В Грузии в результате оползня погибли семь человек.\n\nОб этом сообщило МВД Грузии, передает ТАСС со "
           "ссылкой на «Интерпресс».", "МВД Грузии", "GE"),
    ("ru", "В Армении при пожаре погибли трое.\n\nОб этом сообщило МЧС Армении, пишет РИА Новости со ссылкой на "
           "агентство Арменпресс.", "МЧС Армении", "AM"),
    ("uk", "Семеро людей загинули внаслідок зсуву, повідомило МВС Грузії, передає Укрінформ з посиланням на "
           "«Інтерпресньюз».", "МВС Грузії", "GE"),
    # distractors: an outlet that is the subject cites the source
    ("uk", "У Грузії внаслідок зсуву загинули семеро людей.\n\nПро це пише Укрінформ з посиланням на МВС Грузії.",
     "МВС Грузії", "GE"),
    ("ru", "В Грузии в результате оползня погибли семь человек.\n\nОб этом пишет ТАСС со ссылкой на МВД Грузии.",
     "МВД Грузии", "GE"),
    # a person named with where she is from (talking to an agency: the dative is the one spoken to) speaks for no state
    ("uk", "\"Із роти мого сина безвісти зникли семеро\", - розповіла агентству Оксана з Черкас, мати одного з "
           "військових.", "Оксана з Черкас", ""),
    ("uk", "\"Із роти мого брата безвісти зникли п'ятеро\", - розповів виданню Андрій із Полтави.", "Андрій із Полтави",
     ""),
    ("uk", "\"П'ятеро сусідів загинули\", - Андрій із Полтави розповів агентству.", "Андрій із Полтави", ""),
    ("ru", "\"Из роты моего сына пропали семеро\", - рассказала агентству Оксана из Черкасс, мать одного из военных.",
     "Оксана из Черкасс", ""),
    ("en", "\"Seven men from my son's platoon are missing,\" said Oksana from Cherkasy, the mother of a soldier.",
     "Oksana", ""),
    ("en", "\"Five of our neighbours died,\" Maria Lopez from Valencia told the agency.", "Maria Lopez from Valencia", ""),
    # distractors: an official keeps his country, whoever he speaks to
    ("uk", "Семеро людей зникли безвісти, розповів агентству речник поліції Грузії.", "речник поліції Грузії", "GE"),
    ("en", "Seven people are missing, a police spokesman from Tbilisi told the agency.", "spokesman from Tbilisi", "GE"),
])
def test_kind9_relays_pass_the_source_on_and_private_people_keep_no_country(lang, text, speaker, country):
    row = only(text, lang)
    assert (row["speaker"], row["country"]) == (speaker, country)


# -- registry9: national bodies, outlets and armed groups of every region at world scale --------------------------------
@pytest.mark.parametrize("lang, text, country", [
    ("en", "Protests in Dhaka\nAin o Salish Kendra, a rights group, said at least 90 people had been killed.", "BD"),
    ("en", "After the election\nPlataforma Decide said the number of people killed had risen to 250.", "MZ"),
    ("en", "Abductions\nThe Law Society of Kenya said at least 12 people were still missing.", "KE"),
    ("en", "Crackdown\nThe Assistance Association for Political Prisoners said 5,000 people had been killed.", "MM"),
    ("en", "Floods\nThe DMMU said 30,000 households had been displaced.", "ZM"),
    ("en", "Ice floe\nThe Police and Border Guard Board said two fishermen were still missing.", "EE"),
    ("en", "Bombings in the south\nISOC said 17 people were wounded.", "TH"),
    ("en", "Sahel\nThe FLA said seven soldiers were killed in the clashes.", "ML"),
    ("uk", "Репресії\nЗа даними «Вясни», у колоніях померли семеро політв'язнів.", "BY"),
    ("uk", "Репресії\nУ «Вясні» повідомили, що за липень затримали 120 людей.", "BY"),
    ("uk", "Протести\nКомісія KontraS повідомила, що зникли безвісти 23 людини.", "ID"),
    ("uk", "Кордон\nДержавна служба охорони кордону Литви повідомила, що затримала 46 мігрантів.", "LT"),
    ("uk", "Мобілізація\nЛегіон «Свобода Росії» заявив, що взяв у полон 12 військових.", "UA"),
    ("ru", "Репрессии\nПо данным «Вясны», в колониях умерли семь политзаключенных.", "BY"),
    ("ru", "Лед\nСпасательный департамент сообщил, что судьба двоих рыбаков неизвестна.", "EE"),
    ("ru", "Паводок\nВ отряде «ЛизаАлерт» сообщили, что продолжают поиски двоих жителей.", "RU"),
    ("ru", "Матч\nВ ГУВД Мингорисполкома уточнили, что порядок обеспечивали 1500 сотрудников.", "BY"),
    ("ru", "Мали\nПредставитель FLA заявил, что погибли семь военных.", "ML"),
    ("ko", "시위\n인권단체 콘트라스는 실종자가 23명이라고 밝혔다.", "ID"),
    ("ko", "군부\n정치범지원협회는 5천명이 숨졌다고 밝혔다.", "MM"),
    ("ru", "Беларусь\nПо данным правозащитного центра «Весна», задержаны 120 человек.", "BY"),
    ("ru", "Мали\nГруппа поддержки ислама и мусульман заявила, что убила 23 военных.", "ML"),
    ("ru", "Западный берег\nКлуб палестинских заключенных сообщил, что задержаны 40 человек.", "PS"),
    ("ko", "북한\n북한인권시민연합은 탈북민 20명이 강제 송환됐다고 밝혔다.", "KR"),
])
def test_registry9_a_body_named_bare_takes_its_registered_country(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [
    # an outlet of a small country relays: the body it cites speaks
    ("uk", "Зсув\nЗагинули семеро людей. Про це повідомило МВС Грузії, передає Укрінформ з посиланням на "
           "«Інтерпресньюз».", "GE"),
    ("ru", "Наводнение\nКак сообщает Монцамэ, в Национальном агентстве по чрезвычайным ситуациям Монголии заявили, что "
           "погибли 12 человек.", "MN"),
    ("en", "Floods\nThe Kenya Red Cross said 40 people had died, the Daily Nation reported.", "KE"),
    ("en", "Landslide\nGeorgia's interior ministry said seven people were killed, Interpressnews reported.", "GE"),
    # an outlet's name several countries' papers bear gives the story's country, not a namesake's abroad
    ("ko", "페루 시위\n현지 일간 라레푸블리카는 사상자가 80명을 넘어섰다고 보도했다.", "PE"),
])
def test_registry9_an_outlet_relays_and_a_shared_outlet_name_is_not_a_namesakes(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("text, country", [
    # a regional state named as a region ("Ethiopia's Somali region") is that state's division, not the country it
    # shares a name with
    ("Across the border in Ethiopia's Somali region, regional disaster officials said 17 people had died of hunger.",
     "ET"),
    ("In Ethiopia's Afar region, regional officials said 12 people had died in the floods.", "ET"),
    ("In the Oromia region, regional officials said 12 people had died in the floods.", "ET"),
    # distractor: Somalia's own body keeps its country
    ("Somalia's disaster management agency said 17 people had died of hunger in the Gedo region.", "SO"),
])
def test_kind9_a_regional_state_named_as_a_region_is_its_countrys(text, country):
    assert only(text, "en")["country"] == country
