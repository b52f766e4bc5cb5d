"""The article's home country (its outlet's, read from the file name or the address) and where it wins.

Sentences written for these tests. A home office (a ministry, a department, a government, an embassy) named bare
speaks for the outlet's country when its sentence or the lede speaks of the home's people, even in a story set
abroad; the place of the events keeps a local body ("the provincial police") and any office of a story that is not
about the home's people; a world wire (Reuters, AFP) has no home.
"""

from __future__ import annotations

import csv

import pytest

from analysis.extract.outlets import outlet_home, site_slugs
from analysis.extract.pipeline import extract_rows


@pytest.mark.parametrize("document, language_home, expected", [
    ("inquirer_2025-01-01_yemen_crew.txt", "", "PH"),            # a slug the registry reads from inquirer.net
    ("punchng_2025-02-02_libya_returnees.txt", "", "NG"),
    ("thehindu_2025-03-03_russia_recruits.txt", "", "IN"),
    ("kathmandupost_2025-04-04_doha_fire.txt", "", "NP"),
    ("nation_2025-05-05_laos_camps.txt", "", "KE"),               # nation.africa: its slug is "nation"
    ("tengrinews_2025-06-06_school_lang-ru.txt", "RU", "KZ"),     # a Russian-language paper of Kazakhstan
    ("reuters_2025-07-07_floods.txt", "", ""),                    # a world wire writes for every country
    ("aljazeera_2025-07-07_floods.txt", "", ""),
    ("icrc-ru_2025-07-07_release_lang-ru.txt", "RU", ""),         # a suffixed slug: the slug before the hyphen
    ("rbc_2025-08-08_clashes_lang-ru.txt", "RU", "RU"),           # rbc.ru and rbc.ua: the language's own
    ("rbc_2025-08-08_clashes_lang-uk.txt", "UA", "UA"),
    ("rbc_2025-08-08_clashes.txt", "", None),                     # ... and none when the language has none
    ("https://www.dawn.com/news/1900000/heat", "", "PK"),
    ("https://edition.cnn.com/2025/01/01/world/x", "", ""),       # a known site under a section's host
    ("https://www.example.com.ng/news/flood", "", "NG"),          # unknown site: its country-code domain
    ("https://news.example.co.uk/a", "", "GB"),
    ("https://example.tv/a", "", None),                           # .tv, .io: domains of any country
    ("someblog_2025-01-01_x.txt", "", None),
    ("news_2025-01-01_floods.txt", "", None),                     # news.am's name label is a word of any file
    ("report_2025-01-01_floods.txt", "", None),
    ("dawn_notes.txt", "", None),                                 # not "<outlet>_<date>…": no outlet
    ("dawn_2025_floods.txt", "", "PK"),
    ("", "", None),
])
def test_outlet_home(document, language_home, expected):
    assert outlet_home(document, language_home) == expected


def test_site_slugs():
    assert site_slugs("www.gmanetwork.com") == ("gmanetwork",)
    assert site_slugs("english.example.com.pk") == ("example", "examplepk", "example-pk")
    assert site_slugs("localhost") == ()


def test_registry_rows_are_well_formed():
    from importlib import resources

    from analysis.claims.countries import is_country

    text = resources.files("analysis.claims").joinpath("data", "outlets.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) >= 400
    for row in rows:
        assert row["frame"] in ("home", "world"), row
        assert row["frame"] == "world" or is_country(row["country"]), row
        assert row["domains"].strip(), row


def _countries(text: str, document: str, lang: str = "en", url: str = "") -> list[tuple[str, str]]:
    return [(r["stated"], r["country"]) for r in extract_rows(text, lang=lang, document=document, url=url)]


CREW = "Crew held off Yemen\n\nNineteen Filipino crew members are being held by pirates off the coast of Yemen, " \
       "the Department of Foreign Affairs said on Monday."


@pytest.mark.parametrize("document, expected", [
    ("inquirer_2025-01-01_yemen_crew.txt", "PH"),     # a Philippine paper's department: the Philippines'
    ("https://www.inquirer.net/123/yemen-crew", "PH"),
    ("reuters_2025-01-01_yemen_crew.txt", "YE"),      # a world wire's bare department: the story's place
    ("someblog_2025-01-01_yemen_crew.txt", "YE"),     # an unknown outlet: as before
])
def test_home_office_by_outlet(document, expected):
    assert _countries(CREW, document) == [("Nineteen", expected)]


def test_home_office_by_url_before_document():
    assert _countries(CREW, "article", url="https://www.inquirer.net/123/yemen-crew") == [("Nineteen", "PH")]


HOME = [
    # the home's office speaking of the home's people abroad, in several wordings
    ("nation_2025-01-01_laos.txt", "Kenyans stranded in Laos\n\nAt least 35 Kenyans remain trapped in cyber-fraud "
     "camps in Laos, the Ministry of Foreign Affairs told parliament on Tuesday.", [("At least 35", "KE")]),
    ("kathmandupost_2025-01-01_doha.txt", "Fire in Qatar\n\nThe Foreign Ministry confirmed that four Nepalis died in "
     "a warehouse fire in Doha.", [("four", "NP")]),
    ("kathmandupost_2025-01-01_doha.txt", "Fire in Qatar\n\nFour Nepali workers died in a warehouse fire in Doha, "
     "according to the labour ministry.", [("Four", "NP")]),
    ("dailymirror_2025-01-01_lebanon.txt", "Strikes in Lebanon\n\nTwo Sri Lankan nationals were killed and three "
     "were wounded in Lebanon, the foreign ministry said.", [("Two", "LK"), ("three", "LK")]),
    ("punchng_2025-01-01_libya.txt", "Nigerians in Libya\n\nThe Federal Government said 160 Nigerians stranded in "
     "Libya were displaced on Sunday.", [("160", "NG")]),
    ("thehindu_2025-01-01_russia.txt", "Indians in Russia\n\nThe External Affairs Ministry said 12 Indian nationals "
     "serving in the Russian army had been killed.", [("12", "IN")]),
    # a body of no country in an article that names none: the outlet's home
    ("https://news.example.ph/storm", "Storm\n\nAt least 12 people were killed, the police said.",
     [("At least 12", "PH")]),
    ("tengrinews_2025-01-01_school_lang-ru.txt", "Отравление в школе\n\nМинистерство здравоохранения сообщило, что 20 "
     "детей отравились в школе.", [("20", "KZ")]),
    # Ukrainian and Russian: the home's people by a noun of its nation (the tables' demonym_endings)
    ("ukrinform_2025-01-01_fire_lang-uk.txt", "Пожежа в Італії\n\nМЗС повідомило, що троє українців загинули внаслідок "
     "пожежі в Італії.", [("троє", "UA")]),
    ("tass_2025-01-01_crash_lang-ru.txt", "ДТП в Турции\n\nМИД сообщил, что двое россиян пострадали в ДТП в Турции.",
     [("двое", "RU")]),
    ("24kg_2025-01-01_fire_lang-ru.txt", "Пожар в Москве\n\nМинистерство иностранных дел сообщило, что трое "
     "кыргызстанцев погибли при пожаре в Москве.", [("трое", "KG")]),  # a Kyrgyz paper writing Russian
]
PLACE = [
    # an office of a story about another country's people: the place of the events
    ("dawn_2025-01-01_herat.txt", "Quake in Afghanistan\n\nThe health ministry said 30 people were killed in the "
     "earthquake in Afghanistan's Herat province.", [("30", "AF")]),
    # a local body of the place, though the home's people are spoken of
    ("nation_2025-01-01_tak.txt", "Kenyans held in Thailand\n\nThe provincial police said 20 Kenyans were detained in "
     "a raid in Thailand's Tak province.", [("20", "TH")]),
    ("gmanetwork_2025-01-01_hk.txt", "Crash in Hong Kong\n\nThree Filipino domestic workers were injured in a bus "
     "crash in Hong Kong, police said.", [("Three", "HK")]),
    # a body of the home, not abroad: the home as before
    ("dawn_2025-01-01_sindh.txt", "Floods in Sindh\n\nThe provincial disaster management authority said 14 people "
     "were killed in the floods.", [("14", "PK")]),
    ("ukrinform_2025-01-01_crash_lang-uk.txt", "ДТП у Польщі\n\nПоліція повідомила, що троє українців постраждали в "
     "ДТП у Польщі.", [("троє", "PL")]),
    ("tass_2025-01-01_crash_lang-ru.txt", "ДТП в Турции\n\nМестные власти сообщили, что двое россиян погибли в ДТП в "
     "Турции.", [("двое", "TR")]),
    # the language's own home, for an unknown outlet
    ("someblog_2025-01-01_school_lang-ru.txt", "Отравление в школе\n\nМинистерство здравоохранения сообщило, что 20 "
     "детей отравились в школе.", [("20", "RU")]),
]


@pytest.mark.parametrize("document, text, expected", HOME + PLACE)
def test_home_office_and_the_place_of_events(document, text, expected):
    """The home's office speaks for the home (``HOME``); the place keeps its own bodies (``PLACE``)."""
    lang = next((lang for lang in ("uk", "ru") if f"_lang-{lang}" in document), "en")
    assert _countries(text, document, lang) == expected


def test_cli_passes_the_url_line(tmp_path):
    from analysis.extract.cli import extract_files

    article = tmp_path / "article.txt"  # a name of no outlet: the URL line names it
    article.write_text("URL: https://www.inquirer.net/123/yemen-crew\nDATE: 2025-01-06\n" + CREW, encoding="utf-8")
    out = tmp_path / "candidates.csv"
    assert extract_files([article], lang="en", out=out, progress=False) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["stated"], r["country"]) for r in rows] == [("Nineteen", "PH")]


# -- the sections of a roundup: one notion for subheadings and wire credits ----------------------------------------

DIGEST = ("World news in brief\n\nEstonia: two fishermen missing\n\nTwo fishermen are missing after their boat capsized, "
          "the rescue service said.\n\nLatvia: hostel fire\n\nThree people were killed in a hostel fire, police said.\n")
ROUNDUP = ("(하노이=연합뉴스) 김철수 특파원 = 라오스 북부에서 홍수로 최소 12명이 숨졌다.\n\n재난관리청은 12일 실종자도 5명이라고 "
           "밝혔다.\n\n◇ 마다가스카르, 사이클론 피해\n\n(요하네스버그=연합뉴스) 이영희 특파원 = 마다가스카르 동부에서 사이클론으로 "
           "최소 8명이 숨졌다.\n\n보건부는 13일 실종자도 3명이라고 밝혔다.\n")


def test_sections_by_subheading_and_by_wire_credit():
    from analysis.extract.language import language
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    digest = Document(DIGEST, language("en"), registry_index("en"))
    assert [(s.country, s.lede) for s in digest.sections()] == [("EE", None), ("LV", None)]
    assert digest._section_country(0) == ""  # the digest's own headline is no part
    roundup = Document(ROUNDUP, language("ko"), registry_index("ko"))
    parts = roundup.sections()  # two credited stories, and the marker line "◇ 마다가스카르, …" between them
    assert [(s.start, s.country, s.lede is not None) for s in parts] == [(0, "", True), (2, "MG", False), (3, "", True)]
    assert [roundup._section_country(si) for si in range(len(roundup.sentences))] == ["LA", "LA", "MG", "MG", "MG"]


@pytest.mark.parametrize("text, lang, expected", [
    (DIGEST, "en", [("Two", "EE"), ("Three", "LV")]),
    (ROUNDUP, "ko", [("5", "LA"), ("3", "MG")]),  # a bare ministry of the second story: the second story's country
    (DIGEST.replace("Latvia: hostel fire", "Hostel fire"), "en", [("Two", "EE"), ("Three", "EE")]),  # one heading: no
])  # roundup of two countries, so the article's country speaks for both
def test_a_bare_body_speaks_for_its_section(text, lang, expected):
    assert [(r["stated"], r["country"]) for r in extract_rows(text, lang=lang)] == expected


MARKED = ("East Africa weather roundup\n\nHeavy rains continued across East Africa this week.\n\n■ Floods in western "
          "Kenya\n\nAt least 12 people were killed when rivers burst their banks, police said.\n\n■ Landslide in "
          "eastern Uganda\n\nFive people were killed in a landslide, police said.\n")


@pytest.mark.parametrize("text, lang, expected", [
    (MARKED, "en", [("At least 12", "KE"), ("Five", "UG")]),  # marker lines that name a country open parts
    (MARKED.replace("■ ", ""), "en", [("At least 12", ""), ("Five", "")]),  # no marks, no heading's colon: no parts
    # one body's name in two stories of a roundup: each story's own, not the first's by coreference
    (ROUNDUP.replace("보건부는", "재난관리청은"), "ko", [("5", "LA"), ("3", "MG")]),
])
def test_marker_lines_and_bodies_of_each_part(text, lang, expected):
    assert [(r["stated"], r["country"]) for r in extract_rows(text, lang=lang)] == expected


def test_a_marked_line_of_no_country_opens_no_part():
    from analysis.extract.language import language
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    timeline = ("Plant blast\n\nA blast hit a chemical plant in Ulsan.\n\n■ 6:30 pm - toll rises\n\nThree workers died, "
                "the fire service said.\n\n■ 5 pm - residents told to leave\n\nResidents were displaced.\n")
    assert Document(timeline, language("en"), registry_index("en")).sections() == []


@pytest.mark.parametrize("lang, document, text, expected", [
    ("en", "dawn_2025-01-01_sudan.txt", "Evacuation from Sudan\n\nThe Foreign Ministry said 30 compatriots had been "
     "relocated from Sudan.", "PK"),
    ("en", "dawn_2025-01-01_sudan.txt", "Evacuation from Sudan\n\nThe Foreign Ministry said 30 of our nationals had "
     "been displaced from Sudan.", "PK"),
    ("en", "dawn_2025-01-01_sudan.txt", "Evacuation from Sudan\n\nThe Foreign Ministry said 30 people had been "
     "relocated from Sudan.", "SD"),  # people of no nation: the place of the events, as before
    ("uk", "ukrinform_2025-01-01_sudan_lang-uk.txt", "Евакуація з Судану\n\nМЗС повідомило, що 12 співвітчизників "
     "відселили з Судану.", "UA"),
    ("uk", "ukrinform_2025-01-01_sudan_lang-uk.txt", "Евакуація з Судану\n\nМЗС повідомило, що 12 наших громадян "
     "відселили з Судану.", "UA"),
    ("ru", "tass_2025-01-01_sudan_lang-ru.txt", "Эвакуация из Судана\n\nМИД сообщил, что из Судана вывезены 40 "
     "соотечественников.", "RU"),
    ("ru", "tass_2025-01-01_sudan_lang-ru.txt", "Эвакуация из Судана\n\nМИД сообщил, что из Судана вывезены 40 "
     "наших граждан.", "RU"),
])
def test_words_of_the_home_people(lang, document, text, expected):
    assert [r["country"] for r in extract_rows(text, lang=lang, document=document)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("캄보디아 감금 사건\n\n정부는 캄보디아에서 한국인 3명이 구금됐다고 14일 밝혔다.", "KR"),  # the home's government
    ("캄보디아 감금 사건\n\n현지 정부는 캄보디아에서 한국인 3명이 구금됐다고 14일 밝혔다.", "KH"),  # the place's ("현지")
    ("태국 화재\n\n보건부는 태국 호텔 화재로 12명이 다쳤다고 밝혔다.", "TH"),  # of no home people: the place's ministry
])
def test_korean_state_offices(text, expected):
    assert [r["country"] for r in extract_rows(text, lang="ko", document="yonhap_2025-01-01_x_lang-ko.txt")] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    # a diplomatic office named with no state, in a story set abroad: the article's home's, not the host's
    ("uk", "Під Краковом перекинувся автобус з туристами. Польська поліція розслідує аварію. Консул у Кракові Ігор "
     "Петренко повідомив, що шестеро пасажирів травмовані.", "UA"),
    ("ru", "В Турции перевернулся автобус с туристами. Турецкая полиция начала проверку. Генеральный консул в Анталье "
     "Олег Смирнов сообщил, что пострадали семь человек.", "RU"),
    # named with its state, the office is that state's
    ("uk", "Під Краковом перекинувся автобус з туристами. Консул Польщі у Львові Анна Новак повідомила, що шестеро "
     "пасажирів травмовані.", "PL"),
    ("ru", "В Турции перевернулся автобус с туристами. Турецкая полиция начала проверку. Генконсул Казахстана в Анталье "
     "сообщил, что пострадали семь человек.", "KZ"),
])
def test_a_bare_diplomatic_office_is_the_homes(lang, text, expected):
    assert [r["country"] for r in extract_rows(text, lang=lang)] == [expected]


# -- home11 (session 20): a home state's offices named bare, with a title of their own --------------------------------

@pytest.mark.parametrize("lang, document, text, expected", [
    # a capitalised adjective of an office's own title names no person, so the office named bare is the home's
    ("uk", "suspilne_2025-01-01_x_lang-uk.txt", "Суд в Україні засудив військового РФ, який убив трьох цивільних.\n\n"
     "Про це повідомили в Офісі Генерального прокурора.\n\nОбвинувачений переховується на території Росії, а злочин "
     "скоєно в Україні.", ["UA"]),
    ("uk", "suspilne_2025-01-01_x_lang-uk.txt", "Суд в Україні засудив військового РФ.\n\nВін убив трьох цивільних, "
     "повідомила Головна військова прокуратура.\n\nОбвинувачений переховується на території Росії, а злочин скоєно в "
     "Україні.", ["UA"]),
    ("ru", "tass_2025-01-01_x_lang-ru.txt", "Суд в России вынес приговор военному ВСУ.\n\nОн убил трех мирных жителей, "
     "сообщили в Генеральной прокуратуре.\n\nОсужденный скрывается на Украине, а преступление совершено в России.",
     ["RU"]),
    # a person's name stays a name: no title, no country
    ("uk", "suspilne_2025-01-01_x_lang-uk.txt", "Суд в Україні засудив військового РФ.\n\nВін убив трьох цивільних, "
     "повідомив Петро Гончаренко.\n\nОбвинувачений переховується на території Росії, а злочин скоєно в Україні.", [""]),
    # a title that opens its clause and runs to the name, with commas or a list of its own
    ("uk", "unian_2025-01-01_x_lang-uk.txt", "Україна повернула з полону 50 людей. Росія теж отримала своїх. "
     "Уповноважена з питань осіб, зниклих безвісти за особливих обставин, Ірина Гончаренко заявила, що зниклими "
     "вважаються понад 40 тисяч людей.", ["UA"]),
    ("uk", "unian_2025-01-01_x_lang-uk.txt", "Україна повернула з полону 50 людей. Росія теж отримала своїх. Голова "
     "Державної служби України з питань ветеранів, учасників бойових дій і полонених Ірина Гончаренко розповіла, що з "
     "полону повернулися 50 людей.", ["UA"]),
    ("ru", "newsam_2025-01-01_x_lang-ru.txt", "Армения и Азербайджан обсудили пленных. Председатель Государственной "
     "комиссии Азербайджана по делам военнопленных, заложников и без вести пропавших граждан Рустам Алиев заявил, что "
     "пропавшими числятся 3 700 человек.", ["AZ"]),
    ("ru", "newsam_2025-01-01_x_lang-ru.txt", "Армения и Азербайджан обсудили пленных. Заместитель председателя комиссии "
     "Армении по делам военнопленных, заложников и пропавших без вести, Армен Саргсян, сообщил, что в плену остаются "
     "23 человека.", ["AM"]),
    # a clause opening the sentence is no title
    ("uk", "unian_2025-01-01_x_lang-uk.txt", "Україна повернула з полону 50 людей. Представники Росії, які прибули на "
     "обмін, і Петро Гончаренко повідомили, що загинули троє.", []),
    # a participle of "следует из" is no "according to": the consulate, named bare, is the home's
    ("ru", "vse42_2025-01-01_x_lang-ru.txt", "В Турции перевернулся автобус. Автобус, следовавший из Анталии в Кемер, "
     "съехал в кювет. Погибли два человека, сообщили в генеральном консульстве в Анталии.", ["RU"]),
    ("ru", "vse42_2025-01-01_x_lang-ru.txt", "В Египте перевернулся автобус, следовавший из Хургады. Погибли два "
     "человека, пострадали 11, сообщили в консульстве.", ["RU", "RU"]),
    # distractors: a foreign embassy in the home's capital; the host's police
    ("uk", "unian_2025-01-01_x_lang-uk.txt", "У Києві пройшла зустріч. Посольство США в Києві повідомило, що загинули "
     "12 людей.", ["US"]),
    ("ru", "vse42_2025-01-01_x_lang-ru.txt", "В Турции перевернулся автобус. Погибли два человека, сообщила турецкая "
     "полиция.", ["TR"]),
])
def test_home11_titled_offices_of_the_home(lang, document, text, expected):
    assert [r["country"] for r in extract_rows(text, lang=lang, document=document)] == expected


@pytest.mark.parametrize("lang, document, text, expected", [
    # a state body named bare, speaking of its contingent abroad, in an article that names its home: the sending state's
    ("en", "nation_2025-01-01_x.txt", "Gang attack in Haiti\n\nTwo police officers serving with the multinational "
     "mission in Haiti were killed on Monday, the National Police Service said. The contingent left Nairobi in "
     "January.", ["KE"]),
    ("en", "kathmandupost_2025-01-01_x.txt", "Peacekeepers attacked in Lebanon\n\nThree peacekeepers of the Nepali "
     "contingent in Lebanon were wounded, the army said. Nepal has 870 troops there.", ["NP"]),
    ("ru", "tass_2025-01-01_x_lang-ru.txt", "Нападение в Ливане\n\nВ Ливане ранены три миротворца контингента, сообщили "
     "в Минобороны. Россия направила туда военную полицию.", ["RU"]),
    # the host's police by its nationality; a bare police of no mission: the place of the events, as before
    ("en", "nation_2025-01-01_x.txt", "Gang attack in Haiti\n\nTwo police officers serving with the multinational "
     "mission in Haiti were killed on Monday, the Haitian National Police said. The contingent left Nairobi in "
     "January.", ["HT"]),
    ("en", "nation_2025-01-01_x.txt", "Gang attack in Haiti\n\nTwo police officers were killed in Haiti on Monday, the "
     "police said. A Kenyan team left Nairobi in January.", ["HT"]),
])
def test_home11_a_contingent_abroad_speaks_for_its_sending_state(lang, document, text, expected):
    assert [r["country"] for r in extract_rows(text, lang=lang, document=document)] == expected


@pytest.mark.parametrize("lang, document, text, expected", [
    # an ombudsman or a commissioner named bare speaks for the state abroad like a ministry: of the home's people held
    # in another country, for the home
    ("uk", "ukrinform_2025-01-01_x_lang-uk.txt", "Обмін полоненими\n\nУкраїна повернула 90 людей. У Росії досі "
     "утримуються 1 800 українських цивільних, повідомив омбудсман.", ["UA"]),
    ("ru", "tass_2025-01-01_x_lang-ru.txt", "Обмен пленными\n\nРоссия вернула 90 военных. На Украине остаются еще 300 "
     "российских пленных, сообщила уполномоченный по правам человека.", ["RU"]),
    ("en", "kyivindependent_2025-01-01_x.txt", "Prisoner swap\n\nUkraine brought home 90 people. Some 1,800 Ukrainian "
     "civilians are still held in Russia, the ombudsman said.", ["UA"]),
    # the prosecutor general's office by its short name is an office, no person
    ("uk", "suspilne_2025-01-01_x_lang-uk.txt", "Суд на Чернігівщині засудив російського військового.\n\nВін убив трьох "
     "цивільних, повідомили в Офісі Генпрокурора.", ["UA"]),
    # distractors: the host's ombudsman by its nationality, or speaking of people of no nation; a court abroad
    ("uk", "ukrinform_2025-01-01_x_lang-uk.txt", "Аварія в Польщі\n\nУ Польщі загинули троє українців, повідомив "
     "польський омбудсман.", ["PL"]),
    ("uk", "ukrinform_2025-01-01_x_lang-uk.txt", "Аварія в Польщі\n\nУ Польщі загинули троє людей, повідомив омбудсман.",
     ["PL"]),
    ("en", "punchng_2025-01-01_x.txt", "Trial in Accra\n\nThree Nigerians were killed in Accra, the prosecutor told the "
     "court in Ghana.", ["GH"]),
])
def test_home11_an_ombudsman_or_commissioner_speaks_for_the_home_abroad(lang, document, text, expected):
    assert [r["country"] for r in extract_rows(text, lang=lang, document=document)] == expected
