"""Officials speaking through posts, channels and briefings, and figures revised within the day (session 21, "posts12").

A mayor's Telegram channel, a governor's Facebook page or a police account on X is where an official spoke, never who:
the poster speaks, with the body of their office and its country. A revision ("rose to 11, up from seven", "зросла з
трьох до п'яти", "4명에서 9명으로 정정했다") states two figures, both the reviser's. Every sentence here is our own; the
numbers are worked out by hand.
"""
import pytest

from analysis import find_ranges
from analysis.extract import extract_rows

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "speaker", "country")


# -- the medium is not the speaker -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("According to the Telegram channel of the Sumy regional administration, 40 people were wounded.", "en",
     [("40", "wounded", "Sumy regional administration", "UA")]),
    ("Утром в Telegram-канале администрации Курской области сообщалось о 200 раненых.", "ru",
     [("200", "wounded", "администрации Курской области", "RU")]),
    ("Уранці в телеграм-каналі Харківської обласної адміністрації повідомлялося про 30 поранених.", "uk",
     [("30", "wounded", "Харківської обласної адміністрації", "UA")]),
    ("Кількість поранених зросла до 11, повідомив у Telegram начальник Запорізької ОВА.", "uk",
     [("11", "wounded", "начальник Запорізької ОВА", "UA")]),
    ("«Загинули двоє людей», — написав у Facebook голова Ізюмської громади.", "uk",
     [("двоє", "killed", "голова Ізюмської громади", "UA")]),
])
def test_the_channel_a_body_posts_on_is_not_the_speaker(text, lang, expected):
    assert _rows(text, lang) == expected


def test_the_owner_of_a_channel_named_with_a_possessive_speaks():
    rows = extracted("Six people were killed, the Kherson governor's Telegram channel said.", "en",
                     "stated", "metric", "speaker", "country")
    assert rows == [("Six", "killed", "Kherson governor", "UA")]


def test_a_platform_speaking_of_itself_stays_the_speaker():
    # distractor: with no owner after it, the platform's name is all the phrase names, and nothing is dropped
    rows = extracted("Telegram said 25 of its moderators were injured in the riot.", "en", "stated", "speaker")
    assert rows == [("25", "Telegram")]


# -- a revision states the earlier figure too --------------------------------------------------------------------

def test_the_figure_a_revision_replaced_is_the_revisers_claim():
    text = ("The number of people injured in the strike on Dnipro rose to 14, Governor Serhii Lysak wrote on "
            "Telegram, up from nine reported in the morning.")
    assert _rows(text, "en") == [("14", "wounded", "Governor Serhii Lysak", "UA"),
                                 ("nine", "wounded", "Governor Serhii Lysak", "UA")]


def test_a_figure_compared_with_the_year_before_takes_the_measure():
    text = "The Irish police said 130 people died on the roads this year, compared with 151 in 2023."
    assert [r[:2] for r in _rows(text, "en")] == [("130", "killed"), ("151", "killed")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Число погибших выросло до 9 против 6 накануне, сообщил губернатор Белгородской области.", "ru",
     [("9", "killed"), ("6", "killed")]),
    ("Кількість поранених зросла до 14 проти 8 напередодні, повідомив голова Одеської ОВА.", "uk",
     [("14", "wounded"), ("8", "wounded")]),
])
def test_the_earlier_figure_against_the_day_before(text, lang, expected):
    assert [r[:2] for r in _rows(text, lang)] == expected


def test_a_share_after_up_from_is_no_earlier_count():
    # distractor: "up from" before a percentage states no count of people
    rows = _rows("The ministry said 212 people died on the roads, up from 3 percent of all deaths.", "en")
    assert [r[:2] for r in rows] == [("212", "killed")]


def test_from_and_to_a_number_in_words_after_a_verb_of_change():
    text = "Кількість загиблих збільшилася з трьох до семи, написав у своєму телеграм-каналі міський голова Сум."
    assert [r[:2] for r in _rows(text, "uk")] == [("трьох", "killed"), ("семи", "killed")]


def test_a_korean_correction_from_one_figure_to_another_is_two_figures():
    assert [(r.text, r.kind) for r in find_ranges("부상자 수를 당초 6명에서 11명으로 정정했다", lang="ko")] == [
        ("6", "point"), ("11", "point")]
    rows = _rows("소방당국은 부상자 수를 당초 6명에서 11명으로 정정했다.", "ko")
    assert [r[:2] for r in rows] == [("6", "wounded"), ("11", "wounded")]


def test_a_korean_range_without_a_verb_of_change_stays_a_range():
    # distractor: "X명에서 Y명 사이" is a range, no revision
    assert [(r.text, r.kind) for r in find_ranges("피해 인원은 6명에서 11명 사이로 추정된다", lang="ko")] == [
        ("6명에서 11", "range")]


def test_people_out_of_contact_are_missing():
    rows = _rows("군수는 전날 올린 글에서 연락 두절자를 7명으로 밝혔다.", "ko")
    assert [r[:2] for r in rows] == [("7", "missing")]


# -- a body a state installed speaks for that state --------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Moscow-installed official Andrei Petrov claimed on Telegram that 5 residents were injured.", "RU"),
    ("Russian-appointed mayor Ivan Sidorov said on Telegram that two people had been killed.", "RU"),
])
def test_an_official_installed_by_a_state_speaks_for_it(text, country):
    assert [r[3] for r in _rows(text, "en")] == [country]


def test_a_coalition_led_by_a_state_is_not_that_state():
    # distractor: a body of many states led by one is none of them alone
    rows = _rows("The Saudi-led coalition said 12 fighters were killed.", "en")
    assert [r[3] for r in rows] == [""]


# -- a post is its poster's ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("According to a post by the Odesa city military administration, 6 people were killed.", "en",
     [("6", "killed", "Odesa city military administration", "UA")]),
    ("According to a Telegram post by the Kharkiv regional prosecutor's office, 8 people were wounded.", "en",
     [("8", "wounded", "Kharkiv regional prosecutor's office", "UA")]),
    ("The Kherson police chief's post on Facebook said 4 officers were wounded.", "en",
     [("4", "wounded", "Kherson police chief", "UA")]),
    ("В публикации главы Курской области в Telegram говорится о 3 погибших.", "ru",
     [("3", "killed", "главы Курской области", "RU")]),
    ("У дописі голови Сумської ОВА в Telegram ідеться про 5 загиблих.", "uk",
     [("5", "killed", "голови Сумської ОВА", "UA")]),
    ("강원도지사의 SNS 게시물에 따르면 주민 4명이 다쳤다.", "ko",
     [("4", "wounded", "강원도지사", "KR")]),
])
def test_a_post_speaks_for_its_poster(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_channel_named_by_its_own_name_is_the_outlet():
    # distractor: "Телеграм-канал Mash" is a channel speaking as an outlet, not a channel with an owner after it
    rows = extracted("Телеграм-канал Mash сообщил, что при пожаре погибли пятеро рабочих.", "ru", "stated", "speaker")
    assert rows == [("пятеро", "Телеграм-канал Mash")]


def test_an_address_to_residents_is_no_owner_of_the_address():
    # distractor: "в видеообращении к жителям" names whom the address is to; the subject after it speaks
    rows = _rows("В видеообращении к жителям глава Брянской области сообщил, что погибли 5 человек.", "ru")
    assert [(r[0], r[2], r[3]) for r in rows] == [("5", "глава Брянской области", "RU")]


@pytest.mark.parametrize("text, lang, stated", [
    ("Из приграничных сел с начала года были вынуждены уехать около 900 человек, сообщил глава района.", "ru",
     "около 900"),
    ("З прикордонних сіл були змушені поїхати близько 400 людей, повідомив голова громади.", "uk", "близько 400"),
])
def test_people_forced_to_leave_are_displaced(text, lang, stated):
    assert [r[:2] for r in _rows(text, lang)] == [(stated, "displaced")]


def test_people_who_left_on_holiday_are_not_displaced():
    # distractor: leaving with no force is no displacement
    assert _rows("В отпуск уехали 40 сотрудников, сообщил глава района.", "ru") == []


# -- a post quoted after its poster and a colon ------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Обстріл Чернігова\n\nНачальник Чернігівської ОВА В'ячеслав Чаус: «Внаслідок удару загинули троє людей».", "uk",
     [("троє", "killed", "UA")]),
    ("Атака на Курск\n\nГлава Курской области Александр Хинштейн: «В результате атаки пострадали четыре человека».",
     "ru", [("четыре", "wounded", "RU")]),
])
def test_a_post_quoted_after_its_poster_and_a_colon(text, lang, expected):
    assert [(r[0], r[1], r[3]) for r in _rows(text, lang)] == expected


@pytest.mark.parametrize("text, lang", [
    ("Обстріл Чернігова\n\nНапис на банері: «Загинули троє людей».", "uk"),
    ("Атака на Курск\n\nСводка за сутки: «Погибли два человека, ранены пятеро».", "ru"),
])
def test_a_label_that_names_no_one_attributes_nothing(text, lang):
    # distractor: a thing or a document before the colon is no speaker
    assert _rows(text, lang) == []


# -- furniture between the headline and the lede; a common word opening a sentence --------------------------------

_DATED_KZ = """Паводок на севере: более 600 человек покинули дома - МЧС

14 апреля 2025 09:40

Три человека погибли во время паводка, сообщили в Министерстве по чрезвычайным ситуациям Казахстана.

Погибших нашли в поселке Ивановка Саратовского района и в селе Озерное Самарской области.

"Более 600 человек были вынуждены покинуть свои дома", - говорится в сообщении МЧС.
"""


def test_a_date_line_under_the_headline_is_not_the_lede():
    # a Kazakh site: the lede under its date line names Kazakhstan, and counts twice as a lede does, so the story is
    # Kazakhstan's (not Russia's, whose district the body was found in) and the bare "МЧС" is Kazakhstan's
    rows = extract_rows(_DATED_KZ, lang="ru", document="tengrinews_2025-04-14_kostanay_floods_lang-ru.txt")
    assert [(r["stated"], r["metric"], r["country"]) for r in rows] == [
        ("более 600", "displaced", "KZ"), ("Три", "killed", "KZ"), ("Более 600", "displaced", "KZ")]


def test_a_common_word_opening_a_sentence_is_no_agency_of_that_spelling():
    # "Тела" (bodies) shares its dictionary form with the agency Télam's Russian name "Телам"; opening a sentence it is
    # capitalised as any word is, and names no one: the department that speaks is the emergencies ministry named first
    text = ("МЧС сообщило о двух погибших. Тела мужчин обнаружили в доме. Еще один человек, по данным ведомства, "
            "считается пропавшим без вести.")
    rows = _rows(text, "ru")
    assert [(r[0], r[1], r[3]) for r in rows] == [("двух", "killed", "RU"), ("один", "missing", "RU")]


def test_a_name_written_as_registered_still_opens_a_sentence():
    # distractor: "Медуза" opening a sentence is written as the outlet's name is registered, and is the outlet
    rows = _rows("Медуза сообщила, что погибли 4 человека.", "ru")
    assert [(r[0], r[3]) for r in rows] == [("4", "LV")]


def test_the_kyrgyz_republics_abbreviation_names_its_bodies():
    # "ГКНБ КР", "МВД КР": КР is the Kyrgyz Republic, the usual abbreviation after a Kyrgyz body's name
    rows = _rows("Пресс-служба МВД КР сообщила о трех погибших.", "ru")
    assert [(r[0], r[1], r[3]) for r in rows] == [("трех", "killed", "KG")]
