"""Who a body is and which country it speaks for (session 25, kinds16; our own sentences, no article text).

One name, many spellings: a registry name is found however news writes it (with or without its hyphens, its
leading article al-/el-/аль-, its accents and apostrophes; Korean glues the article or writes it apart), in the four
languages. Distractors beside each: a given name "Al" is no article, a common word is no body's name, an acronym
keeps its own spelling.
"""

import pytest

from analysis import extract_claims
from analysis.extract.language import language
from analysis.extract.registry import name_key, registry_index, spellings_of


def rows(text: str, lang: str, document: str | None = None) -> list[dict]:
    return extract_claims(text, lang=lang, document=document).to_dict("records")


def only(text: str, lang: str, document: str | None = None) -> dict:
    found = rows(text, lang, document)
    assert len(found) == 1, found
    return found[0]


# -- one key for the ways a name is written ----------------------------------------------------------------------------
@pytest.mark.parametrize("written, registered", [
    ("Al Shabaab", "Al-Shabaab"), ("al Shabaab", "Al-Shabaab"), ("Shabaab", "Al-Shabaab"),
    ("Medecins Sans Frontieres", "Médecins Sans Frontières"), ("U.N.H.C.R.", "UNHCR"),
    ("Аль Шабаб", "аль-Шабаб"), ("Шабаб", "Аль-Шабаб"),
    ("Мinistry of Defence", "Ministry of Defence"),  # a Cyrillic М in a Latin word
    ("알 샤바브", "알샤바브"),
])
def test_a_name_written_otherwise_has_the_same_key(written, registered):
    assert name_key(written) == name_key(registered)


@pytest.mark.parametrize("one, other", [
    ("Al Smith", "Smith Al"), ("Hamas", "Hezbollah"), ("Шабаб", "Шабат"), ("샤바브", "샤바"),
])
def test_different_names_keep_different_keys(one, other):
    assert name_key(one) != name_key(other)


def test_spellings_of_a_name():
    assert spellings_of("Al-Shabaab") == {"Al Shabaab", "Shabaab"}
    assert spellings_of("El Tiempo", article=False) == set()  # an outlet's title keeps its article
    assert "Hayat Tahrir al-Sham" in spellings_of("Hay'at Tahrir al-Sham")


# -- every registry lookup finds the other spellings -----------------------------------------------------------------
@pytest.mark.parametrize("lang, sentence, stated", [
    ("en", "Al Shabaab said its fighters had killed 17 soldiers at the base.", "17"),
    ("en", "In a statement on its radio station, al Shabaab said its fighters had killed 17 soldiers.", "17"),
    ("en", "Shabaab said its fighters had killed 17 soldiers near Afgoye.", "17"),
    ("ru", "Аль Шабаб заявила, что ее боевики убили 17 военных.", "17"),
    ("ru", "Группировка Шабаб заявила, что ее боевики убили 17 военных.", "17"),
    ("ru", "По данным Шабаба, боевики убили 17 военных.", "17"),
    ("uk", "Угруповання Аш Шабаб заявило, що його бойовики вбили 17 військових.", "17"),
    ("uk", "Угруповання Шабаб заявило, що його бойовики вбили 17 військових.", "17"),
    ("ko", "알 샤바브는 정부군 17명을 사살했다고 주장했다.", "17"),
    ("ko", "샤바브는 군인 17명을 사살했다고 주장했다.", "17"),
])
def test_an_armed_group_written_otherwise_is_the_registry_group(lang, sentence, stated):
    row = only(sentence, lang)
    assert row["stated"].startswith(stated)
    assert (row["organisation"], row["country"]) == ("Al-Shabaab", "SO")


def test_a_name_without_its_accents_is_the_registry_body():
    row = only("Medecins Sans Frontieres said 64 patients had been admitted with gunshot wounds.", "en")
    assert (row["stated"], row["metric"]) == ("64", "wounded")
    assert row["organisation"] == "Médecins Sans Frontières (MSF)"


@pytest.mark.parametrize("lang, sentence", [
    # distractors: a given name "Al" before a surname, a common word that is a body's name only as written
    ("en", "Al Smith, a farmer, said 12 people were killed in the flood."),
    ("ru", "Тела 12 погибших доставили в морг, сообщила полиция."),
])
def test_no_body_is_made_of_a_given_name_or_a_common_word(lang, sentence):
    row = only(sentence, lang)
    assert row["organisation"] not in ("Al-Shabaab", "Télam")


def test_an_acronym_keeps_its_own_spelling():
    index = registry_index("en")
    lx = language("en")
    words = ["Sp", "said"]
    assert index.match([lx.key(w) for w in words], words, 0) is None  # "SP" (a police rank) is no body
    words = ["us", "said"]
    assert index.match([lx.key(w) for w in words], words, 0) is None


# -- civil bodies named by a kind noun of their own: a forum, a collective, a network, a museum -------------------------
@pytest.mark.parametrize("lang, text, country", [
    ("en", "Clashes in Manipur\n\nIMPHAL — In a statement, the Hill Tribes Forum said that 5 villagers had been killed.",
     "IN"),
    ("en", "Clashes in Manipur hill district\n\nIMPHAL — Clashes broke out on Monday. In a statement, the "
           "Churachandpur-based Hill Tribes Forum claimed that 5 villagers had been killed.", "IN"),
    ("en", "Heat deaths in Andalusia\n\nSEVILLE, Spain — The Museum of Rural Life said 14 farm workers had died of "
           "heatstroke this summer.", "ES"),
    ("ru", "Наводнение в Казахстане\n\nВ Казахстане продолжается паводок. Музей истории Приишимья сообщил, что погибли 9 "
           "сотрудников.", "KZ"),
    ("uk", "Повінь у Казахстані\n\nУ Казахстані триває паводок. Музей історії Приишимʼя повідомив, що загинули 9 "
           "працівників.", "KZ"),
])
def test_a_named_civil_body_nobody_registered_speaks_with_the_story_country(lang, text, country):
    row = only(text, lang)
    assert row["country"] == country
    assert row["confidence"] < 0.8  # the story's country, not a country named in the phrase


@pytest.mark.parametrize("lang, text", [
    # distractors: a coalition's forces are no civil body, a resident stays a private person
    ("en", "Floods in Kenya\n\nNAIROBI — A local resident said 12 people were killed in the flood."),
])
def test_a_private_person_keeps_no_country(lang, text):
    assert only(text, lang)["country"] == ""


def test_coalition_forces_are_no_civil_body():
    from analysis.claims.kinds import infer_kind

    assert infer_kind("coalition forces")[0] != "ngo"
    assert infer_kind("Museum of Homelessness")[0] == "ngo"
    assert infer_kind("Kangpokpi-based Tribal Welfare Forum")[0] == "ngo"


# -- a country in the genitive after a common noun owns it; the capitalised words after it are a person's name --------
@pytest.mark.parametrize("lang, text", [
    ("uk", "Рейди в Камбоджі\n\nРечник Національної поліції Камбоджі Сок Віреак повідомив, що 17 осіб отримали "
           "поранення."),
    ("ru", "Рейды в Камбодже\n\nПредставитель Национальной полиции Камбоджи Сок Виреак сообщил, что 17 человек "
           "получили ранения."),
    ("uk", "Рейди на Філіппінах\n\nРечник Національної поліції Філіппін Жан Фахардо повідомив, що 17 осіб отримали "
           "поранення."),
])
def test_a_national_body_of_another_country_named_in_the_genitive_is_that_country(lang, text):
    row = only(text, lang)
    assert (row["stated"], row["metric"]) == ("17", "wounded")
    assert row["country"] != "UA"
    assert row["country"] in ("KH", "PH")


@pytest.mark.parametrize("lang, text, country", [
    # distractors: Ukraine's own police named with a spokesman; a body's Latin name opening with a country
    ("uk", "Речник Національної поліції Іван Выговський повідомив, що 17 осіб отримали поранення.", "UA"),
    ("uk", "Норвезька правозахисна організація Iran Human Rights повідомила, що стратили 17 людей.", "NO"),
])
def test_the_home_police_and_a_latin_name_keep_their_country(lang, text, country):
    assert only(text, lang)["country"] == country


# -- the abbreviated titles of district and police officers are offices of the state where the story is ---------------
@pytest.mark.parametrize("text, country", [
    ("Clashes in Murshidabad\n\nKOLKATA, India — \"As many as 12 people have been arrested,\" the SP said.", "IN"),
    ("Unrest in Nigeria\n\nABUJA — The IGP said 40 suspects had been arrested.", "NG"),
    ("Riots in Bihar\n\nPATNA, India — The SSP said 9 people had been injured in the clashes.", "IN"),
])
def test_an_abbreviated_officer_title_speaks_for_the_story_country(text, country):
    row = only(text, "en")
    assert row["country"] == country


def test_a_principal_secretary_speaks_for_the_home_of_the_people_counted():
    text = ("61 Kenyans held in Cambodia fraud compounds, says PS\n\nAt least 61 Kenyans are being held in fraud "
            "compounds in Cambodia, the PS told reporters on Tuesday.")
    found = rows(text, "en", "the-star-ke_2025-01-01_fraud_compounds.txt")  # a Kenyan paper: the home's office
    assert found and all(row["country"] == "KE" for row in found), found


def test_an_officer_title_in_a_story_of_no_country_stays_empty():
    assert only("The SP said 12 people were arrested in the town.", "en")["country"] == ""


# -- a bare surname takes the body its bearer heads, and the title before a name with abbreviated ranks ---------------
@pytest.mark.parametrize("lang, text, organisation, country", [
    ("en", "Ferry capsizes off Sulawesi\n\nMAKASSAR, Indonesia — The boat overturned in high waves, said Budi Santoso, "
           "who heads the Bone Search and Rescue Office.\n\n\"We have recovered 8 bodies,\" Santoso told reporters.",
     "Bone Search and Rescue Office", "ID"),
    ("uk", "Повінь у Казахстані\n\nВода прибуває, сказав Ерлан Сейтов, який очолює Департамент з надзвичайних ситуацій "
           "Акмолинської області.\n\n«Загинули 3 людини», — сказав Сейтов.",
     "Департамент з надзвичайних ситуацій Акмолинської області", "KZ"),
    ("ru", "Паводок в Казахстане\n\nВода прибывает, сказал Ерлан Сейтов, который возглавляет Департамент по чрезвычайным "
           "ситуациям Акмолинской области.\n\n«Погибли 3 человека», — сказал Сейтов.",
     "Департамент по чрезвычайным ситуациям Акмолинской области", "KZ"),
])
def test_a_bare_surname_speaks_for_the_body_its_bearer_heads(lang, text, organisation, country):
    row = only(text, lang)
    assert (row["organisation"], row["country"]) == (organisation, country)


def test_abbreviated_ranks_before_a_name_leave_the_title_before_the_comma():
    text = ("Boat sinks off Sicily\n\nROME, Italy — A navy spokesman, Lt. Cmdr. Marco Bellini, said the search would go "
            "on overnight.\n\n\"As many as 25 people are still missing,\" Bellini added.")
    row = only(text, "en")
    assert (row["stated"], row["metric"], row["country"]) == ("As many as 25", "missing", "IT")


@pytest.mark.parametrize("text", [
    # distractors: a person who runs a business, a fisherman named after his trade: private persons
    "Ferry capsizes off Sulawesi\n\nMAKASSAR, Indonesia — The boat overturned in high waves, said Budi Santoso, who runs "
    "a bakery near the port.\n\n\"I saw 8 bodies on the beach,\" Santoso told reporters.",
    "Boat sinks off Sicily\n\nROME, Italy — A fisherman, Marco Bellini, said the search would go on overnight.\n\n"
    "\"As many as 25 people are still missing,\" Bellini added.",
])
def test_a_private_person_named_again_stays_without_a_country(text):
    assert only(text, "en")["country"] == ""


# -- Korean: a registered charity's branch in a country, its home section; a country before a border noun -------------
@pytest.mark.parametrize("text, country", [
    ("나이지리아 납치\n\n국제앰네스티 나이지리아 지부는 \"지난해 북서부에서 최소 600명이 납치됐다\"고 밝혔다.", "NG"),
    ("보고서\n\n이현정 세이브더칠드런 코리아 사무총장은 분쟁 지역에서 아동 1만명이 숨졌다고 밝혔다.", "KR"),
])
def test_a_registered_charity_s_branch_or_home_section_is_that_country_s(text, country):
    assert only(text, "ko")["country"] == country


@pytest.mark.parametrize("text, country", [
    # distractors: a country before a researcher's title is his field (the body keeps its seat); an unregistered
    # body's branch abroad is the home body's
    ("미얀마 보고서\n\n휴먼라이츠워치 미얀마 연구원은 주민 40명이 숨졌다고 밝혔다.", ""),
    ("케냐 홍수\n\n굿네이버스 케냐 지부는 홍수로 주민 40명이 숨졌다고 밝혔다.", "KR"),
])
def test_a_field_or_an_unregistered_branch_keeps_its_body_s_country(text, country):
    assert only(text, "ko")["country"] == country


def test_a_country_before_a_korean_border_noun_is_the_neighbour_not_the_scene():
    text = ("말리 군 초소 피습…\"군인 9명 사망\"\n\n(다카르=연합뉴스) 서아프리카 말리 북부에서 무장세력이 군 초소를 공격해 군인 9명이 "
            "숨졌다고 말리 정부가 밝혔다.\n\n정부 대변인은 \"니제르 접경 지역의 군 초소가 공격을 받았다\"고 말했다.\n\n이어 \"부상자 "
            "5명은 병원으로 옮겨졌다\"고 덧붙였다.")
    found = {row["stated"]: row for row in rows(text, "ko")}
    assert found["5"]["country"] == "ML", found


# -- registry: governments' press and information offices, national emergency agencies ------------------------------
@pytest.mark.parametrize("alias, country", [
    ("Press Information Bureau", "IN"), ("PIB", "IN"), ("Бюро информации прессы Индии", "IN"),
    ("Security Media Cell", "IQ"), ("Ячейка по связям со СМИ", "IQ"), ("이라크 안보미디어셀", "IQ"),
    ("GCIS", "ZA"), ("True News Information Team", "MM"), ("Defence Media Operations", "NG"),
    ("National Emergency Management Agency of Nigeria", "NG"),
])
def test_press_offices_and_emergency_agencies_are_registered_with_their_state(alias, country):
    from analysis.claims.sources import SourceRegistry

    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and source.country == country, alias


@pytest.mark.parametrize("lang, text", [
    ("ru", "Нападение в Ираке\n\nЯчейка по связям со СМИ сообщила, что погибли 4 военнослужащих."),
    ("en", "Attack in Diyala\n\nThe Security Media Cell said 4 soldiers were killed in the attack."),
])
def test_a_security_media_cell_speaks_for_its_state(lang, text):
    row = only(text, lang)
    assert (row["organisation"], row["country"]) == ("Security Media Cell (Iraq)", "IQ")
