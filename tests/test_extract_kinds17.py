"""Who a body is and which country it speaks for (session 26, kinds17): our own sentences, no article text.

- a name several states' bodies bear ("NDMA": Pakistan's and India's disaster authorities, Kenya's drought authority;
  "МЧС": the emergency ministries of Russia, Belarus, Kazakhstan, Kyrgyzstan...) stands for the body of the country the
  phrase, else the text names (the page's address, its sentence, the article, the outlet's home, the language's
  home), else for no country;
- a slug that runs an official site's host together ("mchsgovby") is that state's official page.
"""

import pytest

from analysis import extract_claims
from analysis.claims.sources import SourceRegistry
from analysis.extract.outlets import page_of
from analysis.extract.registry import registry_index


def rows(text: str, lang: str, document: str = "") -> list[dict]:
    return extract_claims(text, lang=lang, document=document).to_dict("records")


def only(text: str, lang: str, document: str = "") -> dict:
    found = rows(text, lang, document)
    assert len(found) == 1, found
    return found[0]


# -- names several states' bodies bear -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["NDMA", "National Disaster Management Authority"])
def test_a_shared_name_names_no_body_in_the_claims_registry(name):
    assert SourceRegistry.bundled().lookup(name) is None


@pytest.mark.parametrize("lang, name", [("en", "NDMA"), ("ko", "국가재난관리청")])
def test_a_shared_name_stands_for_bodies_of_several_countries(lang, name):
    index = registry_index(lang)
    found = index.names.match(list(index.lx.keys_of(name)), 0)
    assert found is not None and not found[1].country and len({k.country for k in found[1].shared}) >= 2


@pytest.mark.parametrize("lang, text, country", [
    # the article's places say which state's authority it is
    ("en", "Flash floods swept through Chitral in Khyber Pakhtunkhwa overnight.\n\n"
           "The NDMA said 14 people had died and 9 were missing.", "PK"),
    ("en", "Heavy rain lashed Assam and Meghalaya in India on Monday.\n\n"
           "The NDMA said 14 people had died.", "IN"),
    ("en", "Drought deepened across Turkana County in Kenya.\n\n"
           "At least 14 herders have died of hunger, the NDMA said.", "KE"),
    # the phrase's own country word decides first
    ("en", "Heavy rain lashed Assam on Monday.\n\nPakistan's NDMA said 14 people had died across the border.", "PK"),
    ("ru", "Как сообщили в МЧС Казахстана, погибли 3 человека.", "KZ"),
    ("uk", "У МНС Білорусі повідомили, що загинули троє людей.", "BY"),
    ("ko", "카자흐스탄 비상사태부는 3명이 숨졌다고 밝혔다.", "KZ"),
])
def test_a_shared_name_is_the_body_of_the_country_the_phrase_or_the_text_names(lang, text, country):
    found = rows(text, lang)
    assert found and {r["country"] for r in found} == {country}, found


def test_an_emergency_ministry_named_with_its_state_is_that_states_body():
    row = only("В МЧС Кыргызстана сообщили, что при пожаре погибли два человека.", "ru")
    assert row["country"] == "KG" and "Kyrgyzstan" in row["organisation"]


def test_a_shared_name_the_text_does_not_place_keeps_its_name_and_no_country():
    # an English text with no place: neither Pakistan's nor India's nor Kenya's authority is guessed
    row = only("The NDMA said 14 people had died.", "en")
    assert row["country"] == "" and row["organisation"] == "NDMA"


def test_a_shared_name_of_no_registered_state_the_story_names_is_the_storys():
    # Chad's own authority: no row of the registry, so the name goes on as a bare state body of the story's country
    found = rows("Floods hit Chad.\n\nChad's National Disaster Management Authority (NDMA) said 10 people had died.\n\n"
                 "The NDMA said 14 people were injured.", "en")
    assert [r["country"] for r in found] == ["TD", "TD"], found


@pytest.mark.parametrize("lang, text, country", [
    # distractors: a name of one body keeps its country wherever the story is
    ("en", "Floods in Pakistan.\n\nIndonesia's BNPB said 14 people had died in Sulawesi.", "ID"),
    ("ru", "Паводок в Казахстане.\n\nВ МЧС России сообщили, что погибли 3 россиянина.", "RU"),
])
def test_a_name_of_one_body_is_not_chosen_by_the_text(lang, text, country):
    found = rows(text, lang)
    assert found and {r["country"] for r in found} == {country}, found


# -- an official site's host run together in a file name -----------------------------------------------------------
@pytest.mark.parametrize("document, labels, country", [
    ("mchsgovby_2020-08-04_storm_lang-ru.txt", ("mchs",), "BY"),
    ("moigovkr_2021-01-01_flood_lang-ko.txt", ("moi",), "KR"),
])
def test_a_slug_of_a_state_sites_host_run_together_is_its_official_page(document, labels, country):
    page = page_of(document)
    assert page is not None and page.official and page.labels == labels and page.country == country


@pytest.mark.parametrize("document", ["governor_2021-01-01_x.txt", "mongovia_2021-01-01_x.txt", "govuk_2021-01-01_x.txt"])
def test_a_slug_that_only_looks_like_a_glued_host_is_not_read_as_one(document):
    page = page_of(document)
    assert page is None or not page.labels or page.labels != ("mon",)


def test_a_bare_body_on_a_states_official_page_is_that_states():
    row = only("Травмированы 9 человек, сообщили в МЧС.", "ru", document="mchsgovby_2020-08-04_storm_lang-ru.txt")
    assert row["country"] == "BY"


def test_a_page_whose_label_spells_a_shared_name_is_the_body_of_the_storys_country():
    # "ndma" also spells the initials of another state's body ("National Disaster Mitigation Agency", Indonesia's)
    text = ("The National Disaster Management Authority (NDMA) is monitoring the floods in Upper Dir, Khyber "
            "Pakhtunkhwa.\n\nA further 12 people sustained injuries and are being treated at the district hospital.")
    found = rows(text, "en", document="ndma_2022-08-01_dir_floods.txt")
    assert found and {r["country"] for r in found} == {"PK"}, found


# -- office words several states have ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, country", [
    ("ru", "Паводок в Кыргызстане.\n\nКак сообщил аким Баткенского района Нурбек Ташматов, погибли 4 человека.", "KG"),
    ("uk", "Повінь у Киргизстані.\n\nЯк повідомив аким Баткенського району, загинули четверо людей.", "KG"),
    # distractors: the nationality's own state when the text names it, or names no other
    ("ru", "Пожар в Казахстане.\n\nКак сообщил аким района, погибли 4 человека.", "KZ"),
    ("ru", "Как сообщил аким района, погибли 4 человека.", "KZ"),
    ("ru", "Паводок в Кыргызстане.\n\nКак сообщил казахстанский аким приграничного района, погибли 4 человека.", "KZ"),
])
def test_an_office_word_several_states_have_is_the_one_the_text_names(lang, text, country):
    found = rows(text, lang)
    assert found and {r["country"] for r in found} == {country}, found


# -- an outlet's unnamed source ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("ru", "Автобус съехал в кювет под Уфой: погибли 5 человек — источник SHOT"),
    ("ru", "Погибли не менее 30 военных, сообщил местный источник AFP."),
    ("en", "At least 30 soldiers were killed, a Reuters source said."),
    ("uk", "Загинули щонайменше 30 військових, повідомило джерело РБК-Україна."),
    ("ko", "군인 30명이 숨졌다고 연합뉴스 소식통이 전했다."),
])
def test_an_outlets_unnamed_source_speaks_for_no_country(lang, text):
    found = rows(text, lang)
    assert found and {r["country"] for r in found} == {""}, found


@pytest.mark.parametrize("lang, text, country", [
    # distractors: a source placed in a body is the body's; an outlet's own count is the outlet's
    ("ru", "Погибли 5 человек, сообщил источник SHOT в минздраве региона.", "RU"),
    ("en", "At least 30 soldiers were killed, Pakistani security sources told Reuters.", "PK"),
    ("ru", "По данным ТАСС, погибли 5 человек.", "RU"),
])
def test_a_source_in_a_body_or_an_outlet_itself_keeps_its_country(lang, text, country):
    found = rows(text, lang)
    assert found and {r["country"] for r in found} == {country}, found


# -- a registry name written with a full stop inside it ----------------------------------------------------------
@pytest.mark.parametrize("lang, text, country", [
    ("ru", "По данным «Сибирь.Реалии», в регионе погибли 38 военных.", "US"),
    ("uk", "«Слідство.Інфо» за відкритими даними встановило імена 52 загиблих військових.", "UA"),
])
def test_a_registry_name_with_a_full_stop_inside_is_one_name_and_no_sentence_end(lang, text, country):
    found = rows(text, lang)
    assert found and {r["country"] for r in found} == {country}, found


def test_a_full_stop_between_two_words_of_no_registry_name_still_ends_a_sentence():
    from analysis.extract.language import language
    from analysis.extract.sentences import sentences

    text = "Погибли 38 военных.Сообщили в штабе."
    assert len(sentences(text, language("ru"))) == 2


# -- international NGOs and their seat -----------------------------------------------------------------------------
def test_a_definite_kind_noun_placed_by_a_seat_is_the_ngo_named_before():
    text = ("Soldiers shot dead at least 20 men at the market, Physicians for Human Rights said on Monday.\n\n"
            "The Boston-based group said at least 9 other men were still missing.")
    found = rows(text, "en")
    assert [r["organisation"] for r in found] == ["Physicians for Human Rights (PHR)"] * 2, found


@pytest.mark.parametrize("text, country", [
    # distractors: an indefinite group placed by its seat is a group of that place; no NGO named before, the seat
    ("Gunmen killed 12 people, police said.\n\nA Lagos-based group said 40 people were killed.", "NG"),
    ("Gunmen killed 40 people, the Lagos-based group said.", "NG"),
])
def test_a_group_placed_by_its_seat_with_no_ngo_named_before_takes_the_seat(text, country):
    found = rows(text, "en")
    assert found and found[-1]["country"] == country, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Doctors Without Borders said 23 patients died of cholera at its clinic in the camp."),
    ("en", "Soldiers executed 17 men, Human Rights Watch said."),
    ("ru", "«Врачи без границ» сообщили, что в лагере от холеры умерли 23 пациента."),
    ("uk", "У «Лікарях без кордонів» повідомили, що в таборі від холери померли 23 пацієнти."),
    ("ko", "국경없는의사회(MSF)는 난민촌에서 콜레라로 23명이 숨졌다고 밝혔다."),
    ("en", "At least 40 protesters were shot dead, Amnesty International said."),
])
def test_an_international_humanitarian_or_rights_ngo_has_no_country(lang, text):
    found = rows(text, lang)
    assert found and {r["country"] for r in found} == {""}, found


@pytest.mark.parametrize("lang, text, country", [
    # distractors: a national section is its country's; a press-freedom or research group keeps its seat
    ("en", "At least 40 protesters were shot dead, Amnesty International Kenya said.", "KE"),
    ("en", "At least 12 journalists were killed this year, the Committee to Protect Journalists said.", "US"),
    ("en", "At least 12 health workers were killed, Physicians for Human Rights said.", "US"),
    ("ko", "세이브더칠드런 코리아는 어린이 12명이 숨졌다고 밝혔다.", "KR"),
])
def test_a_section_or_a_seated_watchdog_keeps_its_country(lang, text, country):
    found = rows(text, lang)
    assert found and {r["country"] for r in found} == {country}, found
