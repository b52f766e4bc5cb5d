"""Documents quoted inside an article: a statement, an appeal or a communiqué given whole under a line that
introduces it ("The statement reads:", "Наводимо повідомлення відомства повністю:", "Приводим заявление МВД
полностью", "다음은 국방부 발표 전문"). Every sentence of the quotation is its issuer's, in the first person or not;
the article's own narration after the closing mark is nobody's.

The sentences are our own; numbers are read by hand.
"""
import pytest

from analysis.extract.sentences import quotations
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country")


# -- the block quotation: one quotation over several paragraphs --------------------------------------------------

@pytest.mark.parametrize("text, block", [
    ("Intro:\n«Один. Два.\nТри.\nЧотири.»\nДалі.", "«Один. Два.\nТри.\nЧотири.»"),
    ("Intro:\n“One.\n“Two.\nThree.”\nAfter.", "“One.\n“Two.\nThree.”"),  # each paragraph reopened
    ("Intro:\n«Один «Схід» два.\nТри.»\nДалі.", "«Один «Схід» два.\nТри.»"),  # a name in quotation marks inside
    ("전문.\n『하나.\n둘.』\n끝.", "『하나.\n둘.』"),
    ("Вступ:\n«Раз.\nДва», – сказав він.", "«Раз.\nДва»"),  # the attribution after the closing mark stays outside
])
def test_a_quotation_over_several_paragraphs_is_one(text, block):
    spans = [text[a:b] for a, b in quotations(text)]
    assert block in spans


@pytest.mark.parametrize("text", [
    "He said: “It is 300.\nNext paragraph, no closing mark.\nAnd another.",  # never closed: one line
    "He said: “It is 300.\nThen “another” quotation “opens.\nShe added.”",  # a line that leaves a quotation open
])
def test_an_unclosed_quotation_stays_one_line(text):
    first = quotations(text)[0]
    assert "\n" not in text[first[0]:first[1]]


# -- the issuer of the quoted document -----------------------------------------------------------------------------

def test_ukrainian_report_quoted_whole_after_a_noun_pointing_back():
    text = ("На Харківщині прикордонники відбили атаку. Про це повідомила Державна прикордонна служба України.\n"
            "Наводимо повідомлення відомства повністю:\n"
            "«Вночі наші прикордонники помітили групу озброєних людей біля кордону.\n"
            "Під час бою троє нападників загинули, ще двох узято в полон.\n"
            "Серед наших військових поранено одного бійця.»\n"
            "Тим часом у селищі тривала евакуація.")
    assert _rows(text, "uk") == [("троє", "killed", "UA"), ("двох", "captured", "UA"), ("одного", "wounded", "UA")]


def test_russian_appeal_quoted_whole_without_a_colon_names_its_owner():
    text = ("Детский фонд ООН (ЮНИСЕФ) выразил тревогу из-за насилия в Судане. Ниже мы приводим полностью "
            "заявление регионального директора ЮНИСЕФ Анны Петровой.\n"
            "«За последнюю неделю в Хартуме погибли по меньшей мере 15 детей.\n"
            "Мы знаем, что не менее 40 детей были похищены.»\n"
            "Полиция накануне задержала 9 человек.")
    rows = _rows(text, "ru")
    assert ("по меньшей мере 15", "killed", "") in rows
    assert ("не менее 40", "captured", "") in rows


def test_english_statement_read_in_full_is_the_body_named_before():
    text = ("The Karen National Union said on Monday that its fighters had captured 12 soldiers.\n"
            "The group released a statement late on Sunday. The statement reads in full:\n"
            "“On March 3, our forces attacked an army outpost near the river.\n"
            "At least 8 army soldiers were killed in the fighting.\n"
            "Two of our comrades lost their lives.”\n"
            "Last year, 30 captured soldiers were sent home under a local deal.")
    rows = _rows(text, "en")
    assert ("At least 8", "killed", "MM") in rows
    assert all(stated != "30" for stated, _, _ in rows)  # the article's narration after the statement: no one's


def test_korean_full_text_names_its_owner_before_the_noun():
    text = ("레바논에 파병된 동명부대 주둔지 인근에 포탄이 떨어졌다고 국방부가 3일 밝혔다.\n"
            "다음은 국방부 발표 전문.\n"
            "『현지시간 2일 저녁 동명부대 주둔지 인근에 포탄 2발이 떨어졌습니다.\n"
            "이 과정에서 경계 근무 중이던 우리 군 장병 3명이 경상을 입었습니다.\n"
            "현재 동명부대에는 장병 270여명이 주둔하고 있으며, 부대는 경계태세를 높였습니다.』\n"
            "군 당국은 정확한 경위를 조사하고 있다.")
    rows = _rows(text, "ko")
    assert ("3", "wounded", "KR") in rows  # (the home's ministry: its statement speaks of "우리 군")
    assert ("270여명", "deployed", "KR") in rows  # (a line that ends on the closing mark is a sentence, no headline)


def test_russian_statement_of_the_agency_named_in_the_sentence_before():
    text = ("Три человека погибли при сходе селя. Об этом сообщили в Министерстве по чрезвычайным ситуациям "
            "Республики Казахстан.\n"
            "Приводим заявление ведомства полностью:\n"
            "\"Вечером произошел сход селевого потока.\n"
            "К сожалению, обнаружены тела трех человек.\n"
            "Еще пять жителей считаются пропавшими без вести.\"\n"
            "Напомним, весной паводки затронули соседние районы.")
    rows = _rows(text, "ru")
    assert ("трех", "killed", "KZ") in rows
    assert ("пять", "missing", "KZ") in rows


# -- distractors: where the mechanism must not fire ----------------------------------------------------------------

def test_a_block_quotation_after_a_line_that_introduces_no_document_is_nobodys():
    text = ("Жителі міста провели ніч в укриттях.\n"
            "«Вночі загинули двоє людей.\n"
            "Ми чули вибухи до ранку.»\n"
            "Місто поступово відновлюється.")
    assert _rows(text, "uk") == []


def test_narration_after_a_quoted_statement_is_not_the_issuers():
    text = ("The army said on Tuesday that it had repelled an attack.\n"
            "Its statement reads:\n"
            "“Our troops repelled an attack on the border post overnight.\n"
            "We lost no soldiers.”\n"
            "Separately, floods in the south have killed 14 people this month.")
    assert all(stated != "14" for stated, _, _ in _rows(text, "en"))


# -- whole press releases ------------------------------------------------------------------------------------------

def test_english_release_under_a_dateline_in_capitals_is_the_body_that_opens_it():
    # "SARAJEVO – ICMP, the International Commission on Missing Persons, is …": a dateline with no comma, then the
    # body and its name in an appositive whose capitalised "Missing" is the name's word, no measure
    text = ("Press release\n12 March 2025\n"
            "SARAJEVO – ICMP, the International Commission on Missing Persons, is stepping up its work in the region, "
            "where more than 7,000 people are still missing.\n"
            "Our teams have identified 120 victims this year.\n"
            "Without new funding, we will have to close two laboratories.\n"
            "For more information, please contact:\nJane Roe, jroe@example.org")
    found = extracted(text, "en", "stated", "metric", "speaker")
    assert ("more than 7,000", "missing", "ICMP") in found


def test_korean_release_in_the_third_person_is_the_body_that_opens_it():
    release = ("보도자료\n군청, 산불 피해 주민 긴급 지원\n담당부서 안전총괄과 | 문의 054-123-4567\n")
    story = ("영덕군은 지난 3일 발생한 산불로 집을 잃은 주민 40명을 위해 임시 거처를 마련했다고 4일 밝혔다.\n"
             "이번 산불로 주민 2명이 숨지고 5명이 다쳤다.\n"
             "군은 피해 주민에게 생계비를 지원할 계획이다.")
    assert _rows(release + story, "ko") == [("40", "displaced", "KR"), ("2", "killed", "KR"), ("5", "wounded", "KR")]
    # distractor: the same sentences as a news story (no release's furniture): the toll has no speaker
    assert _rows(story, "ko") == [("40", "displaced", "KR")]


def test_a_headline_source_that_is_a_city():
    text = "Bridge collapse: 4 dead, 9 missing, city says\nBy Jo Smith\nRescuers searched the river overnight."
    assert [(s, m) for s, m, _ in _rows(text, "en")] == [("4", "killed"), ("9", "missing")]


def test_english_release_closed_by_ends_and_a_further_information_line():
    text = ("Annual review of drownings 2024\n\nPublished: 3 January 2025\n\n"
            "The Irish Water Safety Authority has today published its annual review of drownings.\n\n"
            "Our figures show that 96 people drowned in Irish waters last year.\n\n"
            "Of those who died, 12 were children.\n\n"
            "ENDS\n\nFor further information contact the press office on 01 234 5678.")
    rows = _rows(text, "en")
    assert ("96", "killed", "IE") in rows and ("12", "killed", "IE") in rows


def test_a_date_label_is_no_headline_source():
    # "Published: …" is the page's date, no one who speaks; a story in the third person under it has no issuer
    text = ("Floods in the valley\nPublished: 3 January 2025\n"
            "Floods in the valley have killed 14 people this week.\nThe river burst its banks on Monday.")
    assert _rows(text, "en") == []


# -- documents given whole with no quotation marks ------------------------------------------------------------------

def test_ukrainian_statement_under_its_heading_runs_to_the_last_paragraph_in_the_first_person():
    text = ("Армія повідомила про бій на кордоні.\n"
            "Заява Державної прикордонної служби України\n"
            "Вранці наші прикордонники помітили групу озброєних людей.\n"
            "Під час бою троє нападників загинули.\n"
            "Ще двоє наших захисників поранені.\n"
            "Тим часом у селищі загинули двоє цивільних.")
    # (the third-person sentence between two in the first person is the statement's; the last one is the article's)
    assert _rows(text, "uk") == [("троє", "killed", "UA"), ("двоє", "wounded", "UA")]


def test_english_statement_after_a_lead_that_ends_with_a_colon():
    text = ("Fighting broke out on the Ruritanian border on Tuesday. In a statement, the Ruritanian army said:\n"
            "Our troops repelled an attack on a border post overnight.\n"
            "Fourteen attackers were killed and four were captured.\n"
            "We lost two soldiers.\n"
            "Separately, floods in the south have killed 14 people this month.")
    rows = _rows(text, "en")
    assert [(stated, metric) for stated, metric, _ in rows] == [
        ("Fourteen", "killed"), ("four", "captured"), ("two", "killed")]


def test_korean_full_text_given_without_quotation_marks():
    text = ("합동참모본부는 서해에서 교전이 있었다고 밝혔다.\n"
            "다음은 합참 발표 전문.\n"
            "우리 군은 오늘 오전 서해 북방한계선 인근에서 경고 사격을 실시했습니다.\n"
            "이 과정에서 우리 군 장병 2명이 경상을 입었습니다.\n"
            "한편 인근 어민 3명이 실종됐다.")
    assert _rows(text, "ko") == [("2", "wounded", "KR")]


def test_russian_appeal_given_whole_names_no_addressee_as_its_owner():
    text = ("В Белгородской области сбили беспилотники.\n"
            "Губернатор опубликовал обращение к жителям:\n"
            "Мы продолжаем эвакуацию приграничных сел.\n"
            "За сутки нами вывезены 120 человек.\n"
            "Тем временем в соседнем районе погибли двое водителей.")
    assert extracted(text, "ru", "stated", "metric", "speaker") == [("120", "displaced", "Губернатор")]


def test_a_colon_lead_over_narration_in_the_third_person_introduces_no_document():
    text = ("The storm hit the coast on Sunday. Here is what is known so far:\n"
            "At least 20 people were killed in the coastal towns.\n"
            "Power was cut to 40,000 homes.")
    assert _rows(text, "en") == []


@pytest.mark.parametrize("text, stated", [
    ("Two of our fighters sacrificed their lives in the battle, the rebel group said.", "Two"),
    ("Three soldiers embraced shahadat during the raid, the army said.", "Three"),
    ("Nine terrorists were sent to hell in the operation, the army said.", "Nine"),
    ("Four firefighters laid down their lives for the city, the mayor said.", "Four"),
])
def test_the_words_official_statements_use_for_deaths(text, stated):
    assert [(s, m) for s, m, _ in _rows(text, "en")] == [(stated, "killed")]


def test_the_issuer_is_the_subject_after_a_phrase_that_sets_the_introducing_line():
    text = ("Floods swept through the north of Pakistan on Friday.\n"
            "In a detailed statement, the National Disaster Management Authority (NDMA) gave the following account:\n"
            "“Heavy rain caused flash floods in three districts overnight.\n"
            "Eleven people were killed and 30 were injured.”\n"
            "Roads to the valley remain closed.")
    found = extracted(text, "en", "stated", "metric", "speaker")
    assert [(s, m) for s, m, _ in found] == [("Eleven", "killed"), ("30", "wounded")]
    assert all("National Disaster Management Authority" in speaker for _, _, speaker in found)


def test_full_text_under_a_sentence_whose_subject_issued_it_without_a_verb_of_saying():
    en = ("The Sudanese army issued a statement on Monday.\n"
          "Full text of the statement:\n"
          "“Our forces repelled an attack on El Fasher.\n"
          "More than 40 attackers were killed.”\n"
          "Aid groups said the city was running out of food.")
    assert _rows(en, "en") == [("More than 40", "killed", "SD")]
    ru = ("Министерство обороны Армении выступило с заявлением.\n"
          "Полный текст заявления:\n"
          "«Сегодня утром противник обстрелял позиции на границе.\n"
          "В результате обстрела погибли двое военнослужащих, еще трое получили ранения.»\n"
          "Между тем в Ереване прошла акция протеста.")
    assert _rows(ru, "ru") == [("двое", "killed", "AM"), ("трое", "wounded", "AM")]


def test_ukrainian_full_text_of_an_appeal_of_the_ministry_named_before():
    text = ("Міністерство оборони України оприлюднило звернення до партнерів.\n"
            "Повний текст звернення:\n"
            "«Цієї ночі ворог атакував Харків.\n"
            "Унаслідок удару загинули семеро людей, ще 20 поранені.\n"
            "Ми закликаємо партнерів посилити ППО.»\n"
            "Тим часом у Сумах триває розбір завалів.")
    assert _rows(text, "uk") == [("семеро", "killed", "UA"), ("20", "wounded", "UA")]


def test_a_long_run_in_the_third_person_ends_a_document_given_without_quotation_marks():
    # three paragraphs of the article's own narration, then the outlet's "we reported": no part of the statement
    text = ("Армія повідомила про бій на кордоні.\n"
            "Заява Державної прикордонної служби України\n"
            "Вранці наші прикордонники помітили групу озброєних людей.\n"
            "У селі Пушкарне загинули двоє людей.\n"
            "У Сумах поранено п'ятьох.\n"
            "Також у Шостці знайдено тіла трьох людей.\n"
            "Раніше ми повідомляли про обстріли.")
    assert _rows(text, "uk") == []
