"""The document's own voice and official tallies (session 15, "voice6").

An issuer's own statement speaks as "we" or in no person at all, and every claim of it is the issuer's, named in its
furniture: a signature line, a closing line of hashtags, a release's note about the body. Official tallies list their
counts after a colon, each item labelled ("killed – 12", "особового складу – 933 480 (+1 180) осіб"), with the day's
increment in parentheses. Every sentence here is our own; the numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, float, str]]:
    return extracted(text, lang, "metric", "best", "country", ordered=True)  # (the figure, hedged or not)


# -- a statement in the first person, its issuer in its furniture ------------------------------------------------

_HASHTAG_UK = """Ще сорок наших людей удома

Сьогодні ми повернули з полону 40 українських захисників.

Просимо родини звільнених звертатися на гарячу лінію.

#Обмін #КоординаційнийШтаб
"""

_SIGNED_UK = """Ще одна група захисників повертається додому

Додому повертаються 37 українців, яких утримували з 2023 року.

Дякуємо партнерам за посередництво. Просимо не поширювати чуток про списки.

Координаційний штаб з питань поводження з військовополоненими
"""

_SIGNED_RU = """Ещё одна группа возвращается домой

Домой возвращаются 26 украинцев, которых удерживали с прошлого года.

Благодарим посредников за помощь. Просим не распространять слухи об обменах.

Координационный штаб по вопросам обращения с военнопленными
"""

_ABOUT_EN = """Press release

Our volunteers found 14 bodies on the shore on Tuesday. We also gave first aid to 9 injured people.

About Blue Harbour Aid

Blue Harbour Aid is a humanitarian charity based in Norway.
"""


_HEADED_UK = """Сумська обласна військова адміністрація

За минулу добу ми відселили з прикордоння 214 людей, серед них 31 дитину.

Ми продовжуємо роботу.
"""

_HEADED_RU = """Белгородская областная администрация

За сутки мы отселили из приграничья 120 человек.

Мы продолжаем работу.
"""

_TOPIC_UK = """Обстріл Харкова

За минулу добу ми відселили з прикордоння 214 людей.

Ми продовжуємо роботу.
"""


@pytest.mark.parametrize("text, lang, expected", [
    # a heading line of no verb, its head last ("… військова адміністрація"), names the body that speaks as "we"
    (_HEADED_UK, "uk", [("displaced", 31.0, "UA"), ("displaced", 214.0, "UA")]),
    (_HEADED_RU, "ru", [("displaced", 120.0, "RU")]),
    # a heading that names a topic names no issuer
    (_TOPIC_UK, "uk", []),
    # a post signed by its closing hashtag, split where a small letter meets a capital ("Координаційний Штаб")
    (_HASHTAG_UK, "uk", [("captured", 40.0, "UA")]),
    # a statement voiced only by verbs in the first person plural ("Дякуємо", "Просимо") and signed on its last line;
    # "повертаються додому" (imperfective) counts the freed as "повернулися додому" does
    (_SIGNED_UK, "uk", [("captured", 37.0, "UA")]),
    (_SIGNED_RU, "ru", [("captured", 26.0, "UA")]),
    # a release's note about a body nobody registered, placed by the sentence under it ("based in Norway")
    (_ABOUT_EN, "en", [("killed", 14.0, "NO"), ("wounded", 9.0, "NO")]),
])
def test_a_statements_issuer_in_its_furniture(text, lang, expected):
    assert _rows(text, lang) == expected


_REMINDED_UK = """Генштаб: за добу на фронті відбулося 120 боїв

Нагадаємо, напередодні в Харкові загинули 3 людини.

Нагадуємо: в Сумах поранено 5 людей.

#Генштаб #ЗСУ
"""

_REMINDED_RU = """Минобороны: за сутки отражено 40 атак

Напомним, накануне в Белгороде погибли 2 человека.

Напоминаем: в Курске ранены 6 человек.
"""


@pytest.mark.parametrize("text, lang", [
    # an outlet's reminders ("Нагадаємо, …", "Напомним, …") before a comma or colon are no statement's "we": the
    # numbers they recall have no source, whatever the headline or the tags name
    (_REMINDED_UK, "uk"),
    (_REMINDED_RU, "ru"),
])
def test_an_outlets_reminder_is_no_first_person(text, lang):
    assert _rows(text, lang) == []


def test_a_line_of_topic_tags_signs_nothing():
    text = ("Ми повернули додому 12 людей.\n\nМи працюємо далі.\n\n#Обмін #Україна\n")
    assert _rows(text, "uk") == []


# -- official tallies ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # a general staff's tally: people after the lead's losses (killed or wounded), the day's increment in parentheses
    # a claim of its own; tanks, drones and systems are things
    ("Загальні втрати противника станом на ранок склали: особового складу – близько 512 300 (+940) осіб, танків – "
     "8 120 (+5) од., безпілотників оперативного рівня – 14 005 (+31), артилерійських систем – 9 870 (+12) од. "
     "Про це повідомляє Генштаб ЗСУ.", "uk",
     [("killed_or_wounded", 940.0, "UA"), ("killed_or_wounded", 512300.0, "UA")]),
    ("Потери противника, по данным Генштаба ВСУ, составили: личного состава – около 412 000 (+760) человек, танков – "
     "7 300 (+3) ед., беспилотников – 11 800 (+40).", "ru",
     [("killed_or_wounded", 760.0, "UA"), ("killed_or_wounded", 412000.0, "UA")]),
    # a list of labels that are cues, after a dash or a colon
    ("Police said the toll stood at: dead – 12, injured – 30, missing – 4.", "en",
     [("killed", 12.0, ""), ("missing", 4.0, ""), ("wounded", 30.0, "")]),
    ("Police said the latest figures were: dead: 8; injured: 21.", "en", [("killed", 8.0, ""), ("wounded", 21.0, "")]),
    ("По данным МЧС Казахстана, погибли: 3; ранены: 11.", "ru", [("killed", 3.0, "KZ"), ("wounded", 11.0, "KZ")]),
    ("За даними ДСНС, загинули: 2; травмовані: 9.", "uk", [("killed", 2.0, "UA"), ("wounded", 9.0, "UA")]),
    ("소방당국에 따르면 사망: 4명, 부상: 15명.", "ko", [("killed", 4.0, "KR"), ("wounded", 15.0, "KR")]),
])
def test_an_official_tally(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a breakdown by place after the whole keeps the whole's measure: a place is no thing
    ("Внаслідок обстрілів загинули 20 людей: Донецька область – 12, Харківщина – 8. Про це повідомила поліція.", "uk",
     [("killed", 8.0, "UA"), ("killed", 12.0, "UA"), ("killed", 20.0, "UA")]),
    ("Внаслідок обстрілів загинули 9 людей: у місті Суми – 3, у Харкові – 6. Про це повідомила поліція.", "uk",
     [("killed", 3.0, "UA"), ("killed", 6.0, "UA"), ("killed", 9.0, "UA")]),
    # a part after "серед них –" is no tally's item
    ("Бойовики звільнили 14 моряків, серед них – п'ятеро громадян України, повідомило МЗС України.", "uk",
     [("captured", 5.0, "UA"), ("captured", 14.0, "UA")]),
    # a number in parentheses with no plus is no increment; a telephone number with one is no count
    ("Загинули 6 людей (2 з них діти), повідомила поліція Польщі. Гаряча лінія: +48 22 123 45 67.", "uk",
     [("killed", 2.0, "PL"), ("killed", 6.0, "PL")]),
])
def test_what_is_no_tally(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a short name of a body named in full ----------------------------------------------------------------------------

_SHORT_HEADLINE_RU = """Молдова передала Румынии троих задержанных - Погранслужба

Кишинев. 3 марта. Молдова в понедельник передала румынской стороне граждан Румынии, задержанных на границе.

Об этом говорится в сообщении Пограничной службы Молдовы.
"""

_SHORT_AFTER_RU = """Пограничная служба Молдовы сообщила о задержании нарушителей.

На границе задержаны 14 человек, сообщила Погранслужба.
"""

_SURNAME_UK = """Грузія передала Вірменії трьох затриманих – Петренко

Тбілісі. Грузія в середу передала вірменській стороні затриманих громадян.

Про це йдеться у повідомленні Державної комісії Грузії з питань військовополонених.
"""


@pytest.mark.parametrize("text, lang, expected", [
    # a compound short name ("Погран-служба": two letters or more of each word, the last whole) is the body the story
    # names in full, after a headline or before a sentence of the body
    (_SHORT_HEADLINE_RU, "ru", [("captured", 3.0, "MD")]),
    (_SHORT_AFTER_RU, "ru", [("captured", 14.0, "MD")]),
    # a surname spells no body: the person named stays, with no country
    (_SURNAME_UK, "uk", [("captured", 3.0, "")]),
])
def test_a_short_name_of_a_body_named_in_full(text, lang, expected):
    assert _rows(text, lang) == expected


_RELEASE_UK = """Прес-реліз

Міністерство внутрішніх справ Молдови повідомляє про наслідки зливи в Кишиневі.

Наші підрозділи відселили 140 мешканців.
"""

_RELEASE_RU = """Пресс-релиз

Министерство внутренних дел Молдовы сообщает о последствиях ливня в Кишиневе.

Наши подразделения отселили 140 жителей.

Контакты для СМИ: пресс-служба министерства.
"""

_NEWS_RU = """В Кишиневе прошел ливень

Министерство внутренних дел Молдовы сообщило о последствиях ливня.

Наши корреспонденты видели затопленные улицы. В городе отселили 140 жителей.
"""


@pytest.mark.parametrize("text, lang, expected", [
    # a release's heading ("Прес-реліз", "Пресс-релиз") or its line of contacts for the press: one sentence as "we"
    # ("Наші підрозділи …") is the body its first lines name
    (_RELEASE_UK, "uk", [("displaced", 140.0, "MD")]),
    (_RELEASE_RU, "ru", [("displaced", 140.0, "MD")]),
    # a news story with one "наши" and no release's furniture has no issuer
    (_NEWS_RU, "ru", []),
])
def test_a_releases_furniture_in_ukrainian_and_russian(text, lang, expected):
    assert _rows(text, lang) == expected


_HEADED_EN = """Waikato District Police

We can confirm that three people died in the crash on State Highway 1.

We thank the public for their patience.
"""

_CLAUSE_EN = """Chile sends firefighters to Bolivia

We counted 12 dead.

We thank everyone.
"""

_THANKS_EN = """Our crews rescued 12 people and we treated 4 casualties at the scene.

We would like to thank residents.
"""


@pytest.mark.parametrize("text, expected", [
    # an English heading of capitalised words puts its head last, as a name does ("… District Police")
    (_HEADED_EN, [("killed", 3.0, "NZ")]),
    # a headline's clause (a small word that is no glue: "sends") names no issuer
    (_CLAUSE_EN, []),
    # a closing line as "we" is the statement's own sentence, no signature
    (_THANKS_EN, []),
])
def test_an_english_heading_and_a_closing_line_as_we(text, expected):
    assert _rows(text, "en") == expected
