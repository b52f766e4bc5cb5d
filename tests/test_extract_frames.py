"""The article's frame as a source, with sentences written for the project (not from any evaluation set): where a
page's layout, not a verb, says who gives a number.

- *A digest's item* (a line that opens with a bullet, "▪️", "🔹", "•") is a headline of its own: its source stands
  before a colon ("▪️МЧС: …") or after a closing dash ("… — Мінсоцполітики."), and a short label of its place may
  open it ("▪️Эфиопия. Власти Тыграя: …"). A topic before the colon ("▪️Жара: …") and a dash inside the line name
  no one; a line that opens with a dash (a reply in a dialogue) is no item.
- *A headline's source after its closing dash* may be a name set in quotation marks ("… – «Лікарі без кордонів»"),
  and it speaks the whole headline, over a verb of saying inside it ("…: командиру … повідомили про підозру – ОГП").
"""

from __future__ import annotations

import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    return extracted(text, lang, "stated", "metric", "country", "speaker")


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Коротко о главном\n\n▪️МЧС: за выходные на водоемах страны утонули 37 человек, в том числе 5 детей. "
           "Спасатели призывают к осторожности.\n\n▪️Погода: в Москве до +30.\n",
     [("37", "killed", "RU", "МЧС"), ("5", "killed", "RU", "МЧС")]),
    ("uk", "Головне за день\n\n🔹 Від початку року з прикордонних громад відселили 4 210 людей, — Мінсоцполітики. "
           "Частина з них повернулася.\n\n🔹 Погода: завтра до +25.\n",
     [("4 210", "displaced", "UA", "Мінсоцполітики")]),
    ("ru", "Главное за неделю\n\n▪️Эфиопия. Власти Тыграя: от голода в регионе за месяц умерли 210 человек. "
           "Федеральные власти это не комментируют.\n",
     [("210", "killed", "ET", "Власти Тыграя")]),
    ("en", "Morning briefing\n\n• Police: 14 people were injured when a bus overturned near Nakuru. The driver "
           "fled.\n\n• Weather: heavy rain expected.\n",
     [("14", "wounded", "KE", "Police")]),
])
def test_digest_item_names_its_source_as_a_headline_does(lang: str, text: str,
                                                          expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # a topic before the colon is no source
    ("ru", "Коротко\n\n▪️Жара: в Подмосковье за неделю утонули 12 человек.\n"),
    # a dash inside the item, before a clause, is no source
    ("uk", "Головне\n\n🔹 У Києві загинули троє людей – найбільше за місяць.\n"),
    # a reply in a dialogue opens with a dash, not a bullet: the line's colon is no headline's
    ("ru", "Репортаж\n\n— Соседи: у нас погибли трое, — рассказывает мужчина.\n"),
    # a line of the body with a colon and no bullet is no item
    ("ru", "Репортаж с места.\n\nСпасатели: в результате пожара погибли четыре человека.\n"),
])
def test_no_source_from_a_line_that_is_no_digest_item(lang: str, text: str) -> None:
    assert [row for row in _rows(text, lang) if row[3]] == []


@pytest.mark.parametrize("lang, text, expected", [
    # a name in quotation marks after the headline's dash
    ("uk", "У таборі біженців у Чаді за тиждень померли 17 дітей – «Лікарі без кордонів»\n\n"
           "Медики закликали збільшити допомогу.\n",
     [("17", "killed", "", "Лікарі без кордонів")]),
    ("ru", "В лагере беженцев в Чаде за неделю умерли 17 детей – «Врачи без границ»\n\n"
           "Медики призвали увеличить помощь.\n",
     [("17", "killed", "", "Врачи без границ")]),
])
def test_headline_source_after_its_closing_dash(lang: str, text: str,
                                                 expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Вбив 9 людей на зупинці: командиру артдивізіону РФ повідомили про підозру – ОГП\n\n"
           "Офіс Генерального прокурора повідомив про підозру командиру ракетного підрозділу.\n", [("9", "ОГП")]),
    ("ru", "Убил 9 человек на остановке: командиру дивизиона ВСУ сообщили о подозрении – СК\n\n"
           "Следственный комитет России возбудил уголовное дело.\n", [("9", "СК")]),
])
def test_closing_dash_source_speaks_over_a_verb_inside_the_headline(lang: str, text: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    assert extracted(text, lang, "stated", "speaker") == expected


def test_quoted_phrase_after_a_dash_that_is_a_claim_names_no_source() -> None:
    # a quotation after the dash that holds the claim itself, not a name: no source
    text = "Мер міста – «загинули 5 людей»\n\nПодробиці згодом.\n"
    assert [row for row in _rows(text, "uk") if row[3] == "загинули 5 людей"] == []


# -- the page's issuer -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, expected", [
    # a statement quoted whole in straight marks, each paragraph left open, under the line that introduces it
    ("en", "Statement by the Minister of Fisheries on the anniversary of the Cape Dory sinking\n\n"
           "The Honourable Jane Tremblay, Minister of Fisheries of Canada, issued the following statement today:\n\n"
           "\"Fifty years ago tonight, the trawler Cape Dory went down in a storm off Labrador.\n\n"
           "Of the 31 men aboard, 19 lost their lives.\n\n"
           "We will remember them.\"\n",
     [("19", "killed", "CA")]),
    # English style: every paragraph reopened, the last one closed
    ("en", "The ministry issued the following statement:\n\n"
           "\"Our crews worked through the night.\n\n"
           "\"Eleven people were killed and 40 were injured.\n\n"
           "\"We thank the volunteers.\"\n",
     [("Eleven", "killed", ""), ("40", "wounded", "")]),
])
def test_statement_quoted_whole_in_straight_marks_is_its_issuers(lang: str, text: str,
                                                                  expected: list[tuple[str, str, str]]) -> None:
    rows = extracted(text, lang, "stated", "metric", "country")
    assert rows == expected


def test_quotation_closed_on_its_line_runs_no_further() -> None:
    # a quotation opened and closed on its line: the narration under it is no one's
    text = ("Mayor says town will rebuild\n\n\"We will rebuild,\" the mayor said.\n\n"
            "Of the 31 men aboard, 19 lost their lives.\n")
    assert [row for row in extracted(text, "en", "stated", "speaker") if row[0] == "19"] == []


@pytest.mark.parametrize("text, expected", [
    # a press statement's furniture: the body that opens it speaks its third-person sentences
    ("PRESS STATEMENT\n\nROAD ACCIDENT ON THE NAIROBI–NAKURU HIGHWAY\n\n"
     "The National Transport and Safety Authority regrets to announce that six (6) passengers lost their lives "
     "this morning.\n\nEleven (11) passengers sustained serious injuries and were taken to Naivasha hospital.\n\n"
     "We urge motorists to observe speed limits.\n",
     [("six (6)", "killed", "National Transport and Safety Authority"),  # (the figure restated in digits is part of it)
      ("Eleven (11)", "wounded", "National Transport and Safety Authority")]),
    # a release that ends with "# # #", in the first person
    ("GENEVA – The International Organization for Migration (IOM) is alarmed by a new shipwreck off Libya.\n\n"
     "Forty people are still missing after the boat capsized, and we call for an urgent search.\n\n"
     "# # #\n\nIOM is the UN migration agency.\n",
     [("Forty", "missing", "International Organization for Migration (IOM)")]),
])
def test_release_furniture_makes_the_opening_body_the_issuer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extracted(text, "en", "stated", "metric", "organisation") == expected


def test_news_story_without_furniture_has_no_issuer() -> None:
    # the same sentences in an outlet's story: its own narration is no claim
    text = ("Six killed in highway crash\n\n"
            "The National Transport and Safety Authority said six passengers lost their lives this morning.\n\n"
            "Eleven passengers sustained serious injuries and were taken to Naivasha hospital.\n")
    assert [row for row in extracted(text, "en", "stated", "speaker") if row[0] == "Eleven"] in ([], [("Eleven", "")])


# -- a Korean headline's short name ---------------------------------------------------------------------------

def test_korean_headline_short_name_is_the_body_the_story_names_in_full() -> None:
    text = "과거사위 \"1950년 민간인 37명 희생\"\n\n과거사진상조사위원회는 당시 민간인 37명이 희생된 사실을 확인했다고 밝혔다.\n"
    assert extracted(text, "ko", "stated", "speaker") == [("37", "과거사진상조사위원회"), ("37", "과거사진상조사위원회")]


def test_korean_headline_topic_before_a_quotation_names_no_source() -> None:
    text = "산사태 \"마을 주민 12명 사망\"\n\n산림청은 피해 상황을 조사하고 있다.\n"
    assert extracted(text, "ko", "stated", "speaker") == []


# -- an official site's page, when the user gives its address -----------------------------------------------------

def _url_rows(text: str, lang: str, url: str) -> list[tuple[str, str, str, str]]:
    from analysis import extract_claims
    found = extract_claims(text, lang=lang, url=url)
    return [(r.stated, r.metric, r.country or "", r.speaker or "") for r in found.itertuples()]


_MINISTRY_PAGE = ("Самолет МЧС России доставил помощь в Чад\n\n12 марта 2025, 09:00\n\n"
                  "Самолет Ил-76 МЧС России доставил в Нджамену 30 тонн гуманитарного груза.\n\n"
                  "Для распределения груза в Чад направлены 14 спасателей МЧС России.\n")


@pytest.mark.parametrize("lang, text, url, expected", [
    ("ru", _MINISTRY_PAGE, "https://mchs.gov.ru/deyatelnost/press-centr/novosti/1",
     [("14", "deployed", "RU", "МЧС России")]),
    ("en", "Police officers injured in Garissa blast\n\nThe National Police Service regrets to announce that a patrol "
           "vehicle ran over an explosive device near Garissa this morning.\n\n"
           "Five officers sustained serious injuries and were airlifted to Nairobi.\n",
     "https://www.nationalpolice.go.ke/media-centre/press-releases/1",
     [("Five", "wounded", "KE", "National Police Service")]),
])
def test_official_site_page_speaks_for_its_body(lang: str, text: str, url: str,
                                                 expected: list[tuple[str, str, str, str]]) -> None:
    assert _url_rows(text, lang, url) == expected


@pytest.mark.parametrize("url", ["", "https://www.example-news.ru/world/1", "https://abc.go.com/news/1"])
def test_page_of_no_official_site_has_no_issuer(url: str) -> None:
    # the same page on a news site, or with no address: the narration is the outlet's, no claim
    assert _url_rows(_MINISTRY_PAGE, "ru", url) == []


# -- a reply set as a dialogue's line ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Начальник смены выступил в суде.\n\n- В ту ночь в шахте погибли пятеро. Мы искали их двое суток, - "
           "сказал начальник смены Игорь Власов.\n",
     [("пятеро", "Игорь Власов")]),
    ("uk", "Рятувальник розповів про пошуки.\n\n– Під завалами загинули троє людей. Ми працювали всю ніч, – сказав "
           "рятувальник Петро Коваль.\n",
     [("троє", "Петро Коваль")]),
])
def test_dialogue_reply_is_its_closing_speakers(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(stated, speaker.split()[-2] + " " + speaker.split()[-1]) for stated, speaker
            in extracted(text, lang, "stated", "speaker")] == expected


@pytest.mark.parametrize("lang, text", [
    # a list's items open with a dash too: no speaker closes them
    ("ru", "Итоги недели.\n\n- В ДТП погибли пятеро. Дороги остаются опасными.\n"),
    # a speaker named after a full stop, not after the reply's closing dash
    ("uk", "Репортаж.\n\n– Під завалами загинули троє людей. Так розповів рятувальник Петро Коваль.\n"),
])
def test_no_speaker_for_a_dash_line_no_speaker_closes(lang: str, text: str) -> None:
    assert [row for row in extracted(text, lang, "stated", "speaker") if row[1]] == []


def test_korean_headline_actor_before_a_comma_says_the_quotation_after_an_ellipsis() -> None:
    text = "케냐 법원, 선박 침몰 선장에 징역형… \"구명조끼 없어 17명 숨져\"\n\n현지 법원이 선장에게 징역 12년을 선고했다.\n"
    assert extracted(text, "ko", "stated", "metric", "country", "speaker") == [("17", "killed", "KE", "케냐 법원")]


@pytest.mark.parametrize("text", [
    # a topic before the comma is no actor
    "산사태, 마을 덮쳐… \"주민 17명 숨져\"\n\n주민들이 피난했다.\n",
])
def test_korean_headline_topic_before_a_comma_names_no_source(text: str) -> None:
    assert [row for row in extracted(text, "ko", "stated", "speaker") if row[1]] == []


@pytest.mark.parametrize("document, expected", [
    # a file named by its site as the corpus names articles ("<site>_<date>_<topic>.txt") is a page of that site, as
    # its address would be: an official site's page speaks for its body
    ("mchs.gov.ru_2025-03-12_chad_aid_lang-ru.txt", [("14", "deployed", "RU", "МЧС России")]),
    # (a news outlet's file, a site that is no official one, or a name with no date: the outlet's narration)
    ("ria_2025-03-12_chad_aid_lang-ru.txt", []),
    ("example-news.ru_2025-03-12_chad_aid_lang-ru.txt", []),
    ("mchs.gov.ru notes.txt", []),
])
def test_file_named_by_an_official_site_is_its_page(document: str, expected: list[tuple[str, str, str, str]]) -> None:
    from analysis import extract_claims
    found = extract_claims(_MINISTRY_PAGE, lang="ru", document=document)
    assert [(r.stated, r.metric, r.country or "", r.speaker or "") for r in found.itertuples()] == expected
