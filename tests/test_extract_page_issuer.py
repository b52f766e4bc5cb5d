"""A page that is a body's own: its address or file name names the body (``outlets.page_of``), and its unattributed
and first-person sentences are the body's (``Document.page_issuer``); a news outlet's page speaks for no one.

Every text here is invented; the numbers are the ones written in each text.
"""

from __future__ import annotations

import pytest

from analysis.extract.outlets import Page, page_of, spellings, spells
from analysis.extract.pipeline import extract_rows

CLINICS = ("Clinics under fire in the north\n\nAt least 12 health workers were killed in attacks on clinics in Sudan "
           "this year.\n\nWe have documented 30 more health workers who were injured in these attacks.\n")
RESCUE = ("Boat capsizes off Lamu\n\nThe Kenya Coast Guard Service is leading the search.\n\nNine fishermen remain "
          "missing after their boat capsized near Lamu on Sunday. Four bodies were recovered on Monday.\n")
GUARD = ("Гвардійці відбили штурм на Покровському напрямку\n\nПід час бою гвардійці знищили 12 окупантів. Ще п'ятеро "
         "загарбників здалися в полон.\n")
HEALTH = ("Допомога постраждалим у Сумах\n\nДо лікарень Сум звернулися 23 людини, які постраждали внаслідок удару. "
          "Міністерство охорони здоров'я тримає на контролі стан кожного пацієнта.\n")
POLICE = ("Поліцейські звільнили заручників\n\nПоліцейські Київщини звільнили чотирьох заручників. Також правоохоронці "
          "затримали трьох учасників угруповання.\n")
FLOOD = ("Паводок в Приамурье\n\nВ больницу доставлены трое пострадавших. Еще двое жителей поселка считаются "
         "пропавшими без вести.\n")
DARFUR_RU = "Дети в Судане\n\nС начала года мы подтвердили гибель 46 детей в Дарфуре.\n"
DARFUR_KO = "수단 어린이 피해\n\n올해 들어 다르푸르에서 어린이 46명이 숨졌다.\n"


def _rows(text: str, lang: str, document: str = "", url: str = "") -> list[tuple[str, str, str]]:
    return [(r["stated"], r["metric"], r["country"]) for r in extract_rows(text, lang=lang, document=document, url=url)]


@pytest.mark.parametrize("text, lang, document, url, expected", [
    # a body of the registry the slug or the host spells strictly (its acronym), the page naming it nowhere
    (CLINICS, "en", "phr_2025-03-01_clinics.txt", "", [("At least 12", "killed", "US"), ("30", "wounded", "US")]),
    (CLINICS, "en", "page.txt", "https://www.phr.org/news/clinics-under-fire",
     [("At least 12", "killed", "US"), ("30", "wounded", "US")]),
    (GUARD, "uk", "ngu_2025-03-01_pokrovsk_lang-uk.txt", "", [("12", "killed", "UA"), ("п'ятеро", "captured", "UA")]),
    (POLICE, "uk", "page.txt", "https://npu.gov.ua/news/1", [("чотирьох", "captured", "UA"), ("трьох", "captured", "UA")]),
    (FLOOD, "ru", "mchs_2025-03-01_flood_lang-ru.txt", "", [("трое", "wounded", "RU"), ("двое", "missing", "RU")]),
    # a body of the outlets registry of kind "body": an international one has no country
    (DARFUR_RU, "ru", "page.txt", "https://www.unicef.org/ru/press/1", [("46", "killed", "")]),
    (DARFUR_KO, "ko", "unicef_2025-03-01_sudan_lang-ko.txt", "", [("46", "killed", "")]),
    (DARFUR_KO, "ko", "page.txt", "https://www.wfp.org/ko/news/1", [("46", "killed", "")]),
    # a body the page names whose words the slug spells (its initials, Cyrillic in Latin letters)
    (RESCUE, "en", "kcgs_2025-03-01_rescue.txt", "", [("Nine", "missing", "KE"), ("Four", "killed", "KE")]),
    (HEALTH, "uk", "moz.gov.ua_2025-03-01_sumy_lang-uk.txt", "", [("23", "wounded", "UA")]),
])
def test_a_bodys_own_page_speaks_its_unattributed_and_first_person_sentences(text, lang, document, url, expected):
    assert _rows(text, lang, document, url) == expected


@pytest.mark.parametrize("text, lang, document", [
    (CLINICS, "en", "reuters_2025-03-01_clinics.txt"),  # a news outlet's page: its narration is no one's claim
    (CLINICS, "en", "zqx_2025-03-01_clinics.txt"),      # a slug that spells nothing the page or the registry names
    (RESCUE, "en", "dawn_2025-03-01_rescue.txt"),      # an outlet's slug, though the page names a body
    (GUARD, "uk", "suspilne_2025-03-01_pokrovsk_lang-uk.txt"),
    (FLOOD, "ru", "tass_2025-03-01_flood_lang-ru.txt"),
    (DARFUR_KO, "ko", "yna_2025-03-01_sudan_lang-ko.txt"),
    (DARFUR_KO, "ko", "sudan_notes.txt"),  # no slug at all
])
def test_a_news_outlets_page_or_an_unspelled_slug_speaks_for_no_one(text, lang, document):
    assert _rows(text, lang, document) == []


def test_an_unknown_outlet_that_names_itself_is_no_body():
    # "Lamu Wire" spells the slug but is no body of a kind (no role word, no registry body): an outlet's own name
    text = "Boat capsizes off Lamu\n\nNine fishermen remain missing after their boat capsized on Sunday.\n\n© Lamu Wire\n"
    assert _rows(text, "en", "lamuwire_2025-03-01_rescue.txt") == []


def test_page_of_reads_the_slug_and_the_host():
    assert page_of("npu-dp_2025-01-16_gang_lang-uk.txt") == Page(("npu", "dp"))
    assert page_of("x.txt", "https://zt.npu.gov.ua/news/1") == Page(("zt", "npu"), "UA", True)
    assert page_of("govuk_2025-05-06_update.txt") == Page((), "GB", True)
    assert page_of("unicef_2025-06-05_car.txt").owner == ("UNICEF", "")
    assert page_of("suspilne_2025-01-01_x_lang-uk.txt") is None and page_of("x.txt", "https://www.dawn.com/a") is None


@pytest.mark.parametrize("label, name, expected", [
    ("ngu", "Національна гвардія України", True),    # Cyrillic initials in Latin letters
    ("mofa", "Ministry of Foreign Affairs", True),   # with its short word
    ("npu", "National Police of Ukraine", True),     # without it
    ("kharkivoda", "Харківська ОДА", True),          # a word's first part, then an acronym
    ("moz", "Міністерство охорони здоров'я", True),
    ("ngs", "National Guard of Ukraine", False),
    ("nord", "Nordvik Tankers AS", False),           # four letters of one word spell no name
])
def test_spells(label, name, expected):
    assert spells(label, name) is expected


def test_spellings_are_strict():
    assert {"ngu", "nationalguardofukraine"} <= spellings("National Guard of Ukraine (NGU)")
    assert "mchs" in spellings("МЧС России")
    assert "kenya" not in spellings("National Police Service (Kenya)")  # a bracketed place is no acronym
    assert "mod" not in spellings("Men of Dignity")  # three initials with a short word's among them: too loose


def test_an_official_pages_heading_names_its_body_when_its_address_does_not():
    # "govuk_…": an official site's slug with the country's code and no body's name; the heading's "From:" line does
    text = ("News story\nFlood update: the north, March 2025\nFrom:\nMinistry of Defence\nPublished\n3 March 2025\n\n"
            "We assess that at least 40 soldiers have been deployed to the flooded districts.\n")
    assert _rows(text, "en", "govuk_2025-03-03_flood_update.txt") == [("at least 40", "deployed", "GB")]
    assert _rows(text, "en", "dawn_2025-03-03_flood_update.txt") == []  # an outlet's page: its "we" is no claim


def test_a_release_names_its_body_and_its_furniture_places_it():
    # a name of no kind the slug spells, on a page whose furniture makes it a release ("Press release | Oslo")
    text = ("Crew of MV Fjord Star released\n\nPress release | Oslo, 3 March 2025\n\nFjord Star Shipping can confirm "
            "that the vessel is safe.\n\nThe released crew comprise nine seafarers from the Philippines.\n")
    assert _rows(text, "en", "fjordstarshipping_2025-03-03_crew.txt") == [("nine", "captured", "NO")]
    assert _rows(text, "en", "reuters_2025-03-03_crew.txt") == []


def test_a_state_sites_own_body_is_that_states():
    # the slug "mon" spells the acronym the page signs with; on a state's official site (".gov.ua") the body is that
    # state's, whatever else the acronym might read as
    text = ("Освітяни під обстрілами\n\nЗа нашими даними, від початку року загинули 12 освітян.\n\n"
            "Пресслужба МОН\n")
    assert _rows(text, "uk", "mon.gov.ua_2025-03-03_teachers_lang-uk.txt") == [("12", "killed", "UA")]


def test_a_news_domain_or_a_descriptions_initials_names_no_body():
    # ".news" is a news outlet's address whatever its name; "ura" is the initials of the description "UN refugee
    # agency", no proper name's: neither makes the page a body's own
    assert page_of("ura.news_2025-03-03_blast_lang-ru.txt") is None
    assert "ura" not in spellings("UN refugee agency")
    assert _rows(FLOOD, "ru", "ura_2025-03-01_flood_lang-ru.txt") == []
