"""Interview transcripts and question-and-answer pages (``analysis/extract/interviews.py``), with small transcripts
written for the project (not from any evaluation set): an answer's figure is the claim of the person interviewed,
with that person's organisation and country; a figure in the journalist's question is nobody's claim. The words of
the formats (question and answer labels, verbs of interviewing) are data in each language's table."""

from __future__ import annotations

import pytest

from analysis.extract.interviews import label, turns
from analysis.extract.language import language
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, str, str]]:
    return extracted(text, lang, "stated", "metric", "country")


@pytest.mark.parametrize("lang, text, expected", [
    # name labels, the journalist's outlet as the question label
    ("en", ('Flood survivors wait for aid in the valley\n'
     '\n'
     'Radio Lakeside spoke to Mary Okoro, head of the Kenyan Red Cross in the region.\n'
     '\n'
     'Radio Lakeside: Reports say 40 people died. Is that right?\n'
     '\n'
     'Okoro: We have found 11 bodies and 19 people are still missing.\n'
     '\n'
     'Radio Lakeside: Where are the survivors now?\n'
     '\n'
     'Okoro: About 2,500 people were displaced and sleep in two schools.\n'),
     [('11', 'killed', 'KE'), ('19', 'missing', 'KE'), ('About 2,500', 'displaced', 'KE')]),
    # Q: and A: labels
    ("en", ('We talked to Peter Hall, a spokesman for the Nepalese health ministry.\n'
     '\n'
     'Q: Is it true that 300 people died?\n'
     '\n'
     'A: So far we have counted 87 dead and 140 injured.\n'
     '\n'
     'Q: What happens next?\n'
     '\n'
     'A: Teams are still searching for 25 missing fishermen.\n'),
     [('87', 'killed', 'NP'), ('140', 'wounded', 'NP'), ('25', 'missing', 'NP')]),
    # questions in bold (lost as plain lines) and dash answers
    ("en", ('Quake survivors wait for tents\n'
     '\n'
     "Our reporter spoke with the Turkish disaster agency's regional director, Ahmet Yilmaz.\n"
     '\n'
     'Is it true that 900 buildings collapsed and 1,000 people died?\n'
     '\n'
     '— No. We have confirmed 312 deaths.\n'
     '\n'
     'How many people are homeless?\n'
     '\n'
     '— Some 45,000 people have been displaced.\n'),
     [('312', 'killed', 'TR'), ('Some 45,000', 'displaced', 'TR')]),
    # dash answers after dash questions
    ("uk", ('Про наслідки повені Суспільне поговорило з головою обласної військової адміністрації Іваном Коваленком.\n'
     '\n'
     '— Чи правда, що загинули 50 людей?\n'
     '\n'
     '— Ні. Наразі ми знайшли тіла 14 людей, ще 6 вважаються зниклими безвісти.\n'
     '\n'
     '— Скільки людей відселили?\n'
     '\n'
     '— Ми відселили 1 200 мешканців.\n'),
     [('14', 'killed', 'UA'), ('6', 'missing', 'UA'), ('1 200', 'displaced', 'UA')]),
    # Питання: and Відповідь: labels
    ("uk", ('Суспільне поговорило з речницею Державної служби України з надзвичайних ситуацій Оксаною Мельник.\n'
     '\n'
     'Питання: У соцмережах пишуть про 70 загиблих. Це так?\n'
     '\n'
     'Відповідь: Ні, підтверджено 18 загиблих, ще 43 людини поранені.\n'
     '\n'
     'Питання: Чи тривають пошуки?\n'
     '\n'
     'Відповідь: Так, шукаємо 5 зниклих безвісти.\n'),
     [('18', 'killed', 'UA'), ('43', 'wounded', 'UA'), ('5', 'missing', 'UA')]),
    # Вопрос: and Ответ: labels
    ("ru", ('«Радио Восток» поговорило с главой МЧС Казахстана Ерланом Сеитовым.\n'
     '\n'
     'Вопрос: Сколько человек пострадали?\n'
     '\n'
     'Ответ: Мы знаем о 30 раненых и 4 погибших.\n'
     '\n'
     'Вопрос: Есть ли пропавшие?\n'
     '\n'
     'Ответ: Пока пропавшими числятся 9 человек.\n'),
     [('30', 'wounded', 'KZ'), ('4', 'killed', 'KZ'), ('9', 'missing', 'KZ')]),
    # dash answers after dash questions
    ("ru", ('Корреспондент «Вестей» поговорил с губернатором Курской области Андреем Смирновым.\n'
     '\n'
     '— Правда ли, что эвакуированы 20 тысяч человек?\n'
     '\n'
     '— Мы вывезли 3 500 жителей, еще около тысячи уехали сами.\n'
     '\n'
     '— Сколько раненых?\n'
     '\n'
     '— В больницах находятся 12 раненых.\n'),
     [('3 500', 'displaced', 'RU'), ('12', 'wounded', 'RU')]),
    # 기자: questions and the guest's name as the answer label
    ("ko", ('연합뉴스는 대한적십자사 박민수 팀장과 인터뷰했다.\n'
     '\n'
     '기자: 사망자가 100명이라는 보도가 있는데요?\n'
     '\n'
     '박민수: 지금까지 확인된 사망자는 27명이고 실종자는 8명입니다.\n'
     '\n'
     '기자: 이재민은 얼마나 됩니까?\n'
     '\n'
     '박민수: 이재민은 3천명이 넘습니다.\n'),
     [('27', 'killed', 'KR'), ('8', 'missing', 'KR'), ('3천명이 넘습니다', 'displaced', 'KR')]),
    # 문: and 답: labels
    ("ko", ('KBS는 인도네시아 재난청 수토포 대변인과 인터뷰했다.\n'
     '\n'
     '문: 사망자가 200명을 넘었다는 소문이 있습니다.\n'
     '\n'
     '답: 사망자는 64명, 부상자는 130명으로 집계됐습니다.\n'
     '\n'
     '문: 수색은 계속됩니까?\n'
     '\n'
     '답: 실종자 15명을 찾고 있습니다.\n'),
     [('64', 'killed', 'ID'), ('130', 'wounded', 'ID'), ('15', 'missing', 'ID')]),
])
def test_an_answer_is_the_claim_of_the_person_interviewed_and_a_question_is_nobodys(lang, text, expected):
    assert _rows(text, lang) == expected


def test_a_label_names_the_person_named_before():
    text = ("Reporters from our desk interviewed two officials on Monday: Sara Lind, a spokeswoman for the Swedish "
            "coast guard, and the mayor.\n\nQ: How many boats sank?\n\nLind: Two boats sank and 6 sailors are "
            "missing.\n\nQ: Anything else?\n\nLind: We rescued 14 people.\n")
    assert [row for row in _rows(text, "en") if row[1] == "missing"] == [("6", "missing", "SE")]


@pytest.mark.parametrize("lang, text", [
    # one "Name: headline" line is no turn, and a lone question asks nothing of anyone
    ("en", "Okoro: Floods leave 12 people missing\n\nWill the rain stop? Nobody knows.\n\n- 40 homes were flooded.\n"),
    ("uk", "Коваленко: через повінь зникли 12 людей\n\nЧи зупиниться дощ?\n\n— Ніхто не знає.\n"),
])
def test_no_transcript_without_two_answered_questions(lang, text):
    lines = [(k, line) for k, line in enumerate(line for line in text.split("\n") if line.strip())]
    lx = language(lang)
    found = turns(lines, lx.words["question_labels"], lx.words["answer_labels"])
    assert found.answers == {} and found.questions == frozenset()


def test_a_figure_in_a_question_is_no_row_even_with_a_source_in_it():
    text = ("We spoke to Mary Okoro, head of the Kenyan Red Cross.\n\nQ: The police said 40 people died. Is that "
            "right?\n\nA: No.\n\nQ: And the missing?\n\nA: We are looking for 7 people who are missing.\n")
    assert _rows(text, "en") == [("7", "missing", "KE")]


def test_labels():
    assert label("MARY OKORO: We found 11 bodies.") == "MARY OKORO"
    assert label("Губернатор: Так.") == "Губернатор"
    assert label("기자: 몇 명입니까?") == "기자"
    assert label("the toll rose: 12 dead") == ""  # a clause before a colon, in lower case
    assert label("12: twelve") == ""
    assert label("A very long phrase of many words here: no") == ""


# -- talk11 (session 20): figures said aloud. A guest introduced by a verb of saying rather than of interviewing; an
# answer with no measure of its own counts what the question asked; a label's opening statement before the first
# question; a quotation of several sentences opened after its speaker's frame. All texts written for these tests.

_INTRODUCED = [
    # the guest is the subject of a verb of saying in the introduction ("рассказал корреспонденту министр …")
    ("ru", ('Об итогах паводка корреспонденту агентства рассказал министр по чрезвычайным ситуациям Казахстана '
            'Ержан Нуров.\n\n— Ержан Каримович, сколько людей пострадало?\n\n— К сожалению, погибли семь человек. '
            'Еще 20 получили травмы.\n\n— Как идет эвакуация?\n\n— Мы вывезли из зоны подтопления 1 200 жителей.\n'),
     [('семь', 'killed', 'KZ'), ('20', 'wounded', 'KZ'), ('1 200', 'displaced', 'KZ')]),
    ("uk", ('Про наслідки удару в ефірі телемарафону розповів начальник Сумської обласної військової адміністрації '
            'Олег Гончар.\n\n— Пане Олеже, що відомо про постраждалих?\n\n— Загинули троє людей, ще дев\'ятеро '
            'поранені.\n\n— Чи триває евакуація?\n\n— Так, за тиждень ми відселили 450 людей.\n'),
     [('троє', 'killed', 'UA'), ("дев'ятеро", 'wounded', 'UA'), ('450', 'displaced', 'UA')]),
    ("en", ('Maria Santos, secretary general of the Philippine Red Cross, told our correspondent '
            'about the response in Tacloban.\n\nQ: What have your teams found?\n\nA: So far we have recovered 23 bodies.'
            '\n\nQ: Where are the survivors?\n\nA: More than 5,000 people have been displaced to schools.\n'),
     [('23', 'killed', 'PH'), ('More than 5,000', 'displaced', 'PH')]),
    # "spoke to reporters": the reporters are the audience, the guest is the subject
    ("en", ('General Ana Prado of the Peruvian army spoke to reporters in Lima on Monday.\n\nQ: How many of the '
            'soldiers were hurt?\n\nA: Fourteen soldiers were injured in the blast.\n\nQ: And the attackers?\n\n'
            'A: We captured 6 of them.\n'),
     [('Fourteen', 'wounded', 'PE'), ('6', 'captured', 'PE')]),
]


@pytest.mark.parametrize("lang, text, expected", _INTRODUCED)
def test_talk11_a_guest_introduced_by_a_verb_of_saying(lang, text, expected):
    assert _rows(text, lang) == expected


_ASKED = [
    # a bare answer counts what the question asked
    ("en", ('Colonel Ruth Mbeki of the South African police spoke to reporters in Durban.\n\nQUESTION: Colonel, how '
            'many officers were wounded?\n\nMBEKI: Eleven. All of them are in hospital.\n\nQUESTION: And how many '
            'are still missing?\n\nMBEKI: Two. The search goes on tonight.\n'),
     [('Eleven', 'wounded', 'ZA'), ('Two', 'missing', 'ZA')]),
    ("ru", ('Глава МЧС Казахстана Ержан Нуров поговорил с журналистами.\n\n— Сколько человек пропали без вести?'
            '\n\n— Четверо. Поиски продолжаются круглые сутки.\n\n— А сколько погибших?\n\n— Шестеро, среди них '
            'ребенок.\n'),
     [('Четверо', 'missing', 'KZ'), ('Шестеро', 'killed', 'KZ')]),
    ("uk", ('Ми поговорили з начальником Харківської обласної військової адміністрації Олегом Синєгубовим.\n\n'
            '— Скільки людей загинуло внаслідок атаки?\n\n— Дев\'ятеро. Серед них двоє дітей.\n\n— А скільки '
            'поранених?\n\n— Понад 30, більшість у лікарнях міста.\n'),
     [("Дев'ятеро", 'killed', 'UA'), ('двоє', 'killed', 'UA'), ('Понад 30', 'wounded', 'UA')]),
    # not when the question counts nothing of the measures: an age, houses, a year
    ("en", ('Colonel Ruth Mbeki of the South African police spoke to reporters in Durban.\n\nQUESTION: How old was '
            'the youngest victim?\n\nMBEKI: Twelve.\n\nQUESTION: How many houses burned?\n\nMBEKI: Forty.\n'), []),
    ("ru", ('Глава МЧС Казахстана Ержан Нуров поговорил с журналистами.\n\n— Сколько домов разрушено?\n\n— Сорок '
            'два.\n\n— В каком году был прошлый такой паводок?\n\n— В 2017-м.\n'), []),
]


@pytest.mark.parametrize("lang, text, expected", _ASKED)
def test_talk11_a_bare_answer_counts_what_the_question_asked(lang, text, expected):
    assert _rows(text, lang) == expected


def test_talk11_an_opening_statement_under_the_answers_label():
    text = ('Министр обороны Латвии Андрис Спрудс выступил на заседании комиссии сейма по обороне.\n\n'
            'Спрудс: В этом году в Латвию прибыли 600 военнослужащих союзников.\n\n'
            'Депутат Озолс: Что сделано для их размещения?\n\n'
            'Спрудс: Построены две новые казармы.\n\n'
            'Депутат Озолс: Будут ли новые ротации?\n\n'
            'Спрудс: Да, весной прибудут еще около 300 военнослужащих.\n')
    assert _rows(text, "ru") == [('600', 'deployed', 'LV'), ('около 300', 'deployed', 'LV')]


@pytest.mark.parametrize("lang, text, expected", [
    # an answer goes on in a paragraph with no mark up to the next question; not after the last answer
    ("ru", ('О ситуации корреспонденту рассказал глава МЧС Казахстана Ержан Нуров.\n\n— Сколько людей пострадало?\n\n'
            '— Погибли семь человек.\n\nЕще 20 жителей получили травмы, их доставили в больницы.\n\n— Как идет '
            'эвакуация?\n\n— Мы вывезли 1 200 жителей.\n\nТем временем в соседнем районе 5 человек пропали без '
            'вести.\n'),
     [('семь', 'killed', 'KZ'), ('20', 'wounded', 'KZ'), ('1 200', 'displaced', 'KZ')]),
    # Korean: the guest is the subject of the introduction's verb of saying, answers under "▲"
    ("ko", ('김철수 소방청장은 19일 기자들과 만나 피해 상황을 설명했다.\n\n--사망자는 몇 명인가.\n\n▲현재까지 12명이 '
            '숨졌고 3명이 실종됐다.\n\n--이재민은.\n\n▲주민 450명이 피난했다.\n'),
     [('12', 'killed', 'KR'), ('3', 'missing', 'KR'), ('450', 'displaced', 'KR')]),
])
def test_talk11_an_answer_of_several_paragraphs_and_a_korean_introduction(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", ('The Kenya Red Cross wrote on X on Sunday: "Our teams are on the ground in Garissa. We have relocated '
            '1,300 people from the flooded villages. Four people remain missing."\n'),
     [('1,300', 'displaced', 'KE'), ('Four', 'missing', 'KE')]),
    ("ru", ('Глава МЧС Казахстана Ержан Нуров написал в Telegram: «Работы продолжаются всю ночь. Мы вывезли '
            '800 человек. Двое жителей числятся пропавшими без вести».\n'),
     [('800', 'displaced', 'KZ'), ('Двое', 'missing', 'KZ')]),
    ("uk", ('Голова Харківської обласної військової адміністрації Олег Синєгубов написав у телеграмі: «Ворог знову '
            'атакував місто. Загинули двоє людей. Ще 14 поранені, серед них дитина».\n'),
     [('двоє', 'killed', 'UA'), ('14', 'wounded', 'UA')]),
])
def test_talk11_a_quotation_of_several_sentences_is_its_openers(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a witness introduced by a description before the name, then "she told the inquiry"
    ("en", ('The Fiji navy said 12 people died in the sinking. Survivor Ana Vula, 41, wept as she described the '
            'night. "Two of my sons drowned," she told the inquiry.\n'),
     [('12', 'killed', 'FJ'), ('Two', 'killed', '')]),
])
def test_talk11_a_witness_named_after_a_description_before_the_inquiry(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a witness described by the people counted ("сусідка загиблих"), no number in the description
    ("uk", ('Прокурорка Олена Дорошенко заявила, що загинули 12 людей. Свідок, сусідка загиблих, розповіла суду, що '
            'того дня загинули ще п’ятеро людей.\n'),
     [('12', 'killed', 'UA'), ('п’ятеро', 'killed', '')]),
    ("ru", ('Прокурор Елена Петрова заявила, что погибли 12 человек. Свидетельница, соседка погибших, рассказала '
            'суду, что погибли еще пятеро.\n'),
     [('12', 'killed', 'RU'), ('пятеро', 'killed', '')]),
    # not a description: a clause of the measure with a number ("двоє з них у важкому стані") speaks for no one
    ("uk", 'Внаслідок удару постраждали 15 людей, двоє з них у важкому стані, уточнили в ОВА.\n',
     [('15', 'wounded', 'UA'), ('двоє', 'wounded', 'UA')]),
])
def test_talk11_a_witness_described_by_the_people_counted(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "за даними X" with no comma: X ends where the next clause's subject, in no genitive, starts
    ("uk", 'Згодом за уточненими даними міського голови Нікополя кількість поранених зросла до 15.\n',
     [('15', 'wounded', 'UA')]),
    ("uk", 'За попередніми даними поліції Києва кількість постраждалих сягнула 23.\n', [('23', 'wounded', 'UA')]),
    ("ru", 'По данным МЧС Республики Казахстан число погибших выросло до 15.\n', [('15', 'killed', 'KZ')]),
    ("ru", 'По уточненным данным администрации Белгородской области число раненых достигло 12.\n',
     [('12', 'wounded', 'RU')]),
    # not a word of the phrase in another case: the owner goes on past "заключению" (dative) to its comma
    ("ru", 'Согласно предварительному заключению прокуратуры провинции Гуаяс, погибших — 14.\n',
     [('14', 'killed', 'EC')]),
])
def test_talk11_according_to_an_owner_with_no_comma_after_it(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an occasion of speaking after a preposition of place opens an adverbial, no part of the speaker
    ("ru", ('В эфире телеканала «Хабар 24» министр по чрезвычайным ситуациям Казахстана Чингис Аринов рассказал, что '
            'погибли 12 человек.\n'),
     [('12', 'министр по чрезвычайным ситуациям Казахстана Чингис Аринов', 'KZ')]),
    ("ru", 'В ходе слушаний министр обороны Польши сообщил, что погибли 3 человека.\n',
     [('3', 'министр обороны Польши', 'PL')]),
    ("uk", 'В ефірі телемарафону голова Харківської ОВА Олег Синєгубов заявив, що загинули 3 людини.\n',
     [('3', 'голова Харківської ОВА Олег Синєгубов', 'UA')]),
    ("uk", ('У судових дебатах прокурорка Чернігівської обласної прокуратури Олена Дорошенко наголосила, що загинули '
            'троє людей.\n'),
     [('троє', 'прокурорка Чернігівської обласної прокуратури Олена Дорошенко', 'UA')]),
    # a body in the locative is the speaker ("В Верховном суде заявили"): no occasion
    ("ru", 'В Верховном суде заявили, что погибли 3 человека.\n', [('3', 'Верховном суде', 'RU')]),
])
def test_talk11_on_air_and_at_hearings_the_occasion_is_no_part_of_the_speaker(lang, text, expected):
    assert extracted(text, lang, "stated", "speaker", "country") == expected
