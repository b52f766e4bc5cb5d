"""Independent counts by name (session 24, count15).

Media outlets, investigative groups, research labs and volunteers count the dead from obituaries, graves, posts and
satellite images, alone or jointly, and set their count against official figures. Each test writes its own sentences
in the styles such counts take (an investigative group's own page, a wire, a Telegram digest, a think tank's note) and
names what a reader takes from them; the distractors beside them are sentences where the same mechanism must not fire.
Numbers are worked out by hand.
"""
import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country")


# -- A capitalised initialism is no first person ------------------------------------------------------------------------
_OWN_PAGE = """Bellingcat identifies 12 civilians killed in drone strike

Our investigators reviewed footage and funeral notices. We have identified by name 12 civilians who were killed.

US Central Command said in a statement that the strike killed 7 militants.

US officials later told reporters that 3 soldiers were wounded.
"""


def test_on_a_groups_own_page_us_of_the_united_states_is_no_first_person():
    found = extract_claims(_OWN_PAGE, lang="en", document="bellingcat_2024-05-02_drone_strike.txt")
    rows = list(zip(found["stated"], found["metric"], found["country"]))
    # the headline and "we" are the group's (Bellingcat, seated in the Netherlands); "US Central Command" and "US
    # officials" speak for the United States, not for the page's "us"
    assert rows == [("12", "killed", "NL"), ("12", "killed", "NL"), ("7", "killed", "US"), ("3", "wounded", "US")]


# -- Research bodies are roles: "the lab", "the think tank" point back ----------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The Humanitarian Research Lab at Yale University said satellite images showed new graves.\n\n"
     "The disturbances match the burial of about 120 people, the lab said.", "en", [("about 120", "killed", "US")]),
    ("The Institute for the Study of War said 900 soldiers were killed near the town.\n\n"
     "The think tank said another 2,000 were wounded.", "en",
     [("900", "killed", "US"), ("2,000", "wounded", "US")]),
])
def test_a_research_body_named_by_its_kind_points_back(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_lab_named_with_nothing_before_it_has_no_country():
    # a bare "the lab" with no body of its kind named before it is a body nobody knows: no country guessed
    assert _rows("About 40 people were buried in the field, the lab said.", "en") == [("About 40", "killed", "")]


# -- Joint counts: two bodies of different countries joined as one speaker -------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The BBC and the Associated Press counted 61 soldiers killed in the shelling.", "en",
     [("61", "killed", "GB|US")]),
    ("According to a joint count by the BBC and Mediazona, at least 310 volunteers were killed in the region.", "en",
     [("at least 310", "killed", "GB|RU")]),
    ("Би-би-си и «Медиазона» установили имена 215 военных, погибших в боях за село.", "ru",
     [("215", "killed", "GB|RU")]),
    ("По подсчетам Би-би-си и «Медиазоны», в боях погибли 1 420 заключенных.", "ru",
     [("1 420", "killed", "GB|RU")]),
    ("За підрахунками Бі-бі-сі та «Медіазони», загинули 86 мобілізованих.", "uk", [("86", "killed", "GB|RU")]),
    ("Би-би-си и «Новая газета Европа» опубликовали имена 58 погибших добровольцев.", "ru",
     [("58", "killed", "GB|LV")]),
])
def test_two_bodies_of_two_countries_count_jointly(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # people and a body, or bodies of one country, or a body of none: no joint country
    ("Police and rescuers said 12 people were killed in the collapse.", "en", []),
    ("The health ministry of Sudan and the UN said 12 people were killed.", "en", [("12", "killed", "SD")]),
    ("По данным полиции и Минздрава России, погибли 12 человек.", "ru", [("12", "killed", "RU")]),
    ("«Новая газета» сообщила, что погибли 74 военных.", "ru", [("74", "killed", "RU")]),
])
def test_a_joint_phrase_of_one_country_or_none_stays_as_it_is(text, lang, expected):
    assert _rows(text, lang) == expected


# -- An outlet's own count: its newsroom's first person outside quotations ------------------------------------------
_NEWSROOM = [
    ("uk", "pravda_2024-03-02_graves_lang-uk.txt",
     "Масові поховання під Ізюмом: що відомо про загиблих\n\nЖурналісти «Української правди» три місяці звіряли некрологи і списки з "
     "кладовищ. Нам вдалося встановити імена 38 цивільних, похованих у лісі.\n\n«Ми знайшли 12 тіл у підвалі», – "
     "розповів волонтер.",
     [("38", "killed", "UA"), ("12", "killed", "")]),
    ("en", "kyivindependent_2024-03-02_graves.txt",
     "Graves in the forest: what happened to Izium's residents\n\nOver three months Kyiv Independent reporters checked obituaries "
     "and cemetery lists. We have identified 38 civilians buried in the forest by name.",
     [("38", "killed", "UA")]),
    ("ru", "meduza_2024-03-02_graves_lang-ru.txt",
     "Кладбище у дороги: что случилось с жителями села\n\nЖурналисты «Медузы» сверили некрологи и списки с кладбищ. Нам удалось "
     "установить имена 38 погибших военных.\n\n«Мы похоронили 12 человек», — рассказал местный житель.",
     [("38", "killed", "LV"), ("12", "killed", "")]),
    ("ko", "hani_2024-03-02_graves_lang-ko.txt",
     "한겨레 취재진은 유족들을 만났습니다. 저희 취재진이 확인한 결과 숨진 민간인은 38명이었습니다.\n\n\"우리는 시신 12구를 수습했다\"고 한 자원봉사자가 말했다.",
     [("38", "killed", "KR"), ("12", "killed", "")]),
]


@pytest.mark.parametrize("lang, document, text, expected", _NEWSROOM)
def test_a_news_outlets_own_first_person_is_its_count(lang, document, text, expected):
    # the newsroom's "we" outside quotations is the outlet (Ukrainska Pravda UA, the Kyiv Independent UA, Meduza of
    # Riga LV, the Hankyoreh KR); a "we" inside a quotation stays its speaker's (a volunteer, a resident: no country)
    found = extract_claims(text, lang=lang, document=document)
    assert list(zip(found["stated"], found["metric"], found["country"])) == expected


def test_a_first_person_on_a_page_of_no_known_outlet_or_that_never_names_it_speaks_for_no_one():
    text = "Нам вдалося встановити імена 38 цивільних, похованих у лісі."
    assert _rows(text, "uk") == []
    found = extract_claims(text, lang="uk", document="pravda_2024-03-02_graves_lang-uk.txt")
    assert found.empty  # (a "we" the page never ties to its outlet may be a body's statement it reprints)


# -- A headline's second half is no source; a role in scare quotes is a subject -------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("Нове кладовище за селом: що сталося з його жителями\n\nУ селі загинули 23 людини.", "uk"),
    ("Кладбище у дороги: что случилось с жителями села\n\nВ селе погибли 23 человека.", "ru"),
])
def test_a_headline_clause_after_a_colon_carries_no_speaker(text, lang):
    # "що сталося з …" has a verb of its own that is no verb of saying: the headline names no source, so the body's
    # unattributed sentence has none to carry
    assert _rows(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Загинули 12 людей – повідомили в ОВА", "uk", [("12", "killed", "UA")]),
    ("Окупаційна «адміністрація» району у своєму телеграм-каналі стверджувала, що в селі загинули 23 мирні жителі.",
     "uk", [("23", "killed", "RU")]),
    ("Оккупационная «администрация» района сообщила, что погибли 7 человек.", "ru", [("7", "killed", "RU")]),
])
def test_a_source_with_a_verb_of_saying_and_a_role_in_scare_quotes_speak(text, lang, expected):
    assert _rows(text, lang) == expected


# -- An official denial set against a count: none of some people befell the event --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The command said it assessed no civilians were killed in the raid.", [("no civilians", "killed", "")]),
    ("No soldiers had been wounded, the army said.", [("No soldiers", "wounded", "")]),
    ("The ministry said no Kenyans were among the dead.", [("no Kenyans", "killed", "")]),
])
def test_none_of_the_people_named_befell_the_event_is_a_zero(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text", [
    "Officials said no more people were killed overnight.",  # none more: no count of its own
    "The army said no buildings were destroyed.",  # things, not people
])
def test_none_of_more_or_of_things_is_no_zero(text):
    assert _rows(text, "en") == []


# -- Kin of the people counted speak as private persons ---------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Вдова одного из погибших рассказала Би-би-си, что из батальона погибли 40 человек.", "ru",
     [("40", "killed", "")]),
    ("Вдова рассказала «Медиазоне», что из роты погибли 25 человек.", "ru", [("25", "killed", "")]),
    ("Мати одного з полонених заявила, що в полоні залишаються 40 бійців бригади.", "uk", [("40", "captured", "")]),
    ("Донька загиблого розповіла Бі-бі-сі, що загинули 18 людей.", "uk", [("18", "killed", "")]),
    ("The widow of one of the dead told the BBC that 30 men from the company were killed.", "en",
     [("30", "killed", "")]),
    ("한 희생자의 아내는 BBC에 \"마을에서 30명이 숨졌다\"고 말했다.", "ko", [("30", "killed", "")]),
])
def test_a_relative_of_the_dead_speaks_not_the_outlet_spoken_to(text, lang, expected):
    # the widow, the mother, the sister speak (private persons: no country); the outlet they told is no speaker, and
    # "one of the dead" whose widow she is counts no one
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Один из раненых скончался в больнице, сообщил губернатор.", "ru", [("Один", "killed", "RU")]),
    ("One of the wounded died in hospital, the governor said.", "en", [("One", "killed", "")]),
])
def test_one_of_the_people_counted_with_no_kin_before_it_is_still_a_count(text, lang, expected):
    assert _rows(text, lang) == expected


# -- Korean: what a none lacks, and objects recovered with the remains -------------------------------------------------
def test_korean_none_of_a_bare_noun_is_what_is_lacking_not_the_people():
    # "법적 절차 없이": without legal procedure; the victims before it are not said to be none
    assert _rows("위원회는 희생자들이 법적 절차 없이 골짜기로 끌려가 살해됐다고 판단했다.", "ko") == []
    # the people's noun with its particle, then the none: a zero
    assert [row[1:] for row in _rows("소방당국은 사망자는 현재까지 없다고 밝혔다.", "ko")] == [("killed", "KR")]


def test_korean_items_counted_by_jeom_are_things():
    # 점 counts objects (shell casings, belongings) dug up with the remains; 구 counts the bodies
    assert _rows("연구원은 유해 42구와 유품 120점을 발굴했다고 밝혔다.", "ko") == [("42", "killed", "KR")]


# -- An opening phrase of means lists sources of evidence, not speakers ---------------------------------------------
_MEANS_PAGE = ("Bellingcat identifies 12 civilians killed in drone strike\n\nBellingcat today publishes its findings.\n\n"
               "Drawing on funeral notices, local radio reports and interviews with nine relatives, we have identified "
               "by name 12 civilians who were killed.\n")


def test_a_verb_of_saying_inside_an_opening_phrase_of_means_is_a_noun_of_sources():
    # "radio reports" is a source the group drew on; "we" (the group's own page) speaks
    found = extract_claims(_MEANS_PAGE, lang="en", document="bellingcat_2024-05-02_drone_strike.txt")
    assert list(zip(found["stated"], found["country"])) == [("12", "NL"), ("12", "NL")]


def test_an_opening_participle_of_saying_keeps_its_subject():
    # "Speaking to reporters, the minister said": the participle is a verb of saying, and the subject after the comma
    # speaks as before
    assert _rows("Speaking to reporters, the Kenyan interior minister said 12 people were killed.", "en") == [
        ("12", "killed", "KE")]


def test_an_equative_of_age_after_the_people_counted_is_an_age():
    # "children as young as four": the youngest's age, no count; the 19 killed stay
    assert _rows("Officials said 19 civilians were killed, among them children as young as four.", "en") == [
        ("19", "killed", "")]
    # a number after "old" that is no equative of age still counts ("12 old people")
    assert _rows("Police said 12 old people were killed.", "en") == [("12", "killed", "")]
