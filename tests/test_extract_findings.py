"""Findings, rulings, records and archives as the source of a count (session 22, find13).

Courts, inquests, inquiries, auditors and historians do not "say": they find, rule, conclude and establish; documents
(a verdict, an indictment, an archive's files) hold counts too. Each test writes its own sentences and names what a
reader takes from them; the distractors beside them are sentences where the same mechanism must not fire. Numbers
are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "speaker")


# -- English verbs of finding and ruling --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The inquiry found that 14 workers died in the collapse.", [("14", "killed", "inquiry")]),
    ("A tribunal has ruled that nine prisoners were unlawfully killed by guards.", [("nine", "killed", "tribunal")]),
    ("Inquest rules four climbers were unlawfully killed", [("four", "killed", "Inquest")]),
    ("The jury determined that 31 passengers had drowned.", [("31", "killed", "jury")]),
    ("Eleven miners died in the flooding, the inquest found.", [("Eleven", "killed", "inquest")]),
    ("The panel established that 17 people were injured.", [("17", "wounded", "panel")]),
    ("The commission of inquiry into the collapse has concluded that 38 shoppers died.",
     [("38", "killed", "commission of inquiry into the collapse")]),
])
def test_a_body_that_finds_states_the_count_it_rules_on(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text", [
    # a verb of finding before its object finds things or people, not facts
    "Divers found 12 bodies in the hull.",
    "The court found him guilty of killing 14 hikers.",
    "Three climbers were found dead.",
    "The court ruled out a retrial for the 14 officers.",
    "The jury found the 14 defendants guilty.",
])
def test_a_verb_of_finding_before_its_object_gives_no_speaker(text):
    assert [r for r in _rows(text, "en") if r[2]] == []


# -- Ukrainian and Russian verbs of finding, before or after their subject ----------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Як встановив суд, через порушення правил безпеки загинули восьмеро шахтарів.", "uk",
     [("восьмеро", "killed", "суд")]),
    ("Слідство з'ясувало, що під час обвалу загинули 14 робітників.", "uk", [("14", "killed", "Слідство")]),
    ("Как установил суд, из-за неисправного котла погибли семь пациентов.", "ru", [("семь", "killed", "суд")]),
    ("Следствие выяснило, что при обрушении погибли 14 рабочих.", "ru", [("14", "killed", "Следствие")]),
])
def test_a_body_that_establishes_states_the_count(text, lang, expected):
    assert _rows(text, lang) == expected


# -- the files of an archive or a case, and the prosecution's version ----------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("По документам архива, при взрыве на заводе погибли 48 человек.", "ru", [("48", "killed", "архива")]),
    ("По версии обвинения, при пожаре в общежитии погибли 12 студентов.", "ru", [("12", "killed", "обвинения")]),
    ("За документами архіву, під час вибуху на шахті загинули 48 гірників.", "uk", [("48", "killed", "архіву")]),
    ("За даними архіву, у таборі загинули 230 в'язнів.", "uk", [("230", "killed", "архіву")]),
])
def test_an_archive_or_the_prosecution_holds_the_count(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # an archive's holdings are things, and a sentence is no count of people
    ("Архив передал музею 300 фотографий.", "ru"),
    ("Суд приговорил капитана к 12 годам колонии.", "ru"),
    ("Архів передав музею 300 фотографій.", "uk"),
])
def test_an_archive_of_things_or_a_sentence_is_no_claim(text, lang):
    assert _rows(text, lang) == []


# -- a correction names the figure it rejects: that figure is no claim ---------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Researchers say the mine fire killed 31, not 24.", "en", [("31", "killed", "Researchers")]),
    ("Историки утверждают, что при пожаре погибли 40 человек, а не 28.", "ru", [("40", "killed", "Историки")]),
    ("Дослідники стверджують, що під час вибуху загинули 40 людей, а не 28.", "uk",
     [("40", "killed", "Дослідники")]),
])
def test_the_figure_a_correction_rejects_is_no_claim(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "not" that opens no correction after a comma: the counts stand
    ("Police said 12 people were killed and 30 were not injured badly.", "en",
     [("12", "killed", "Police"), ("30", "wounded", "Police")]),
    ("Полиция сообщила, что погибли 12 человек, не считая нападавших.", "ru", [("12", "killed", "Полиция")]),
])
def test_a_negation_that_corrects_nothing_keeps_the_count(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a court's document named with no owner stands for the court named before -------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Ленинский районный суд Самары вынес приговор владельцу кафе. Согласно приговору, при пожаре погибли девять "
     "посетителей.", "ru", [("девять", "killed", "Ленинский районный суд Самары")]),
    ("Шевченківський районний суд Києва виніс вирок власнику кафе. Згідно з вироком, під час пожежі загинули "
     "дев'ятеро відвідувачів.", "uk", [("дев'ятеро", "killed", "Шевченківський районний суд Києва")]),
    ("광주지법 재판부는 15일 업주에게 징역 7년을 선고했다. 판결문에 따르면 화재로 손님 9명이 숨졌다.", "ko",
     [("9", "killed", "광주지법 재판부")]),
])
def test_a_verdict_of_no_owner_is_the_court_named_before(text, lang, expected):
    assert _rows(text, lang) == expected


# -- Korean bodies that find: a bench, a forensic team --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("감식단에 따르면 올해 신원이 확인된 전사자는 7명이다.", [("7", "killed", "감식단")]),
    ("재판부는 붕괴 사고로 작업자 13명이 숨졌다고 판시했다.", [("13", "killed", "재판부")]),
])
def test_a_korean_body_that_finds_states_the_count(text, expected):
    assert _rows(text, "ko") == expected


def test_a_forensic_team_handing_over_things_is_no_claim():
    assert _rows("감식단은 유품 300점을 박물관에 넘겼다.", "ko") == []


@pytest.mark.parametrize("text, expected", [
    ("Prosecutors in Lima charged four former officers on Monday. According to the indictment, 26 farmers were killed.",
     [("26", "killed", "Prosecutors in Lima")]),
    ("The Supreme Court of Ghana upheld the sentences on Friday. According to the judgment, 19 miners died.",
     [("19", "killed", "Supreme Court of Ghana")]),
])
def test_an_english_court_document_of_no_owner_is_its_issuer_named_before(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text", [
    "The archive holds 300 photographs of the mine.",
    "The report was published in 1925.",
    "The court sentenced the captain to 12 years in prison.",
])
def test_an_archive_of_things_a_date_or_a_sentence_is_no_claim(text):
    assert _rows(text, "en") == []


# -- what a court's document, a case's files or a commission's conclusion holds ----------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Комиссия пришла к выводу, что при обрушении погибли 17 человек.", "ru", [("17", "killed", "Комиссия")]),
    ("Комісія дійшла висновку, що під час обвалу загинули 17 людей.", "uk", [("17", "killed", "Комісія")]),
    ("В протоколах полиции Чили упоминаются лишь 14 убитых.", "ru", [("14", "killed", "полиции Чили")]),
    ("Советский районный суд вынес приговор директору шахты. В приговоре указано, что при взрыве погибли 12 "
     "горняков.", "ru", [("12", "killed", "Советский районный суд")]),
    ("Подільський районний суд Києва виніс вирок директору шахти. У вироку зазначено, що під час вибуху загинули 12 "
     "гірників.", "uk", [("12", "killed", "Подільський районний суд Києва")]),
])
def test_a_document_of_a_court_or_a_case_holds_the_count(text, lang, expected):
    assert _rows(text, lang) == expected


# -- Korean results of an examination that finds: an audit, an investigation, an excavation -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("감사원 감사 결과 요양원 입소자 38명이 방치된 채 숨진 것으로 드러났다.", [("38", "killed", "감사원")]),
    ("해경 수사 결과 선원 6명이 숨진 것으로 확인됐다.", [("6", "killed", "해경")]),
])
def test_a_korean_examination_result_holds_the_count(text, expected):
    assert _rows(text, "ko") == expected


@pytest.mark.parametrize("text", [
    "감사원은 이날 감사 결과를 발표했다.",
    "경찰 수사 결과 차량 12대가 불법 개조된 것으로 드러났다.",
])
def test_a_korean_result_with_no_people_is_no_claim(text):
    assert _rows(text, "ko") == []


# -- a Korean commission named by its clipped name (…위 for …위원회) ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("권익위는 요양원 입소자 9명이 숨졌다고 밝혔다.", [("9", "killed", "권익위")]),
    ('조사위 "광산 붕괴로 광부 31명 희생"', [("31", "killed", "조사위")]),
])
def test_a_clipped_commission_name_speaks(text, expected):
    assert _rows(text, "ko") == expected


def test_a_word_of_rank_ending_like_a_commission_names_no_one():
    assert _rows("최상위는 12명이다.", "ko") == []


# -- the instrumental agent of an impersonal passive of finding ("Судом установлено, что …") -----------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Следствием установлено, что при обрушении кровли погибли 14 покупателей.", "ru",
     [("14", "killed", "Следствием")]),
    ("Судом встановлено, що внаслідок обвалу загинули 14 покупців.", "uk", [("14", "killed", "Судом")]),
])
def test_the_agent_of_an_impersonal_finding_states_the_count(text, lang, expected):
    assert _rows(text, lang) == expected


def test_an_instrumental_of_cause_is_no_agent():
    assert _rows("Пожаром уничтожено 14 домов.", "ru") == []
