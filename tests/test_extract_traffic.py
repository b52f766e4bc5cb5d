"""Human trafficking and scam compounds (session 24, traffic15): the classes of construction this theme writes.

People freed from compounds and repatriated, people still held, embassies and foreign ministries counting their own
citizens among people of several nationalities. Each test writes its own sentences, in the styles of a wire, a
ministry's page, a regional site or a broadcaster, and the distractors beside them are sentences where the same
mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from analysis import extract_claims, find_ranges
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


def _countries(text: str, lang: str) -> list[tuple]:
    found = extract_claims(text, lang=lang)
    return [(r["stated"], r["metric"], r["country"] if isinstance(r["country"], str) else "")
            for r in found.to_dict("records")]


# -- Ukrainian collective numerals go on past ten ------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, value", [
    ("одинадцятеро", 11), ("Чотирнадцятеро", 14), ("дев'ятнадцятеро", 19), ("двадцятеро", 20), ("тридцятеро", 30),
])
def test_ukrainian_collective_numerals_past_ten(phrase, value):
    ranges = find_ranges(f"{phrase} громадян", lang="uk")
    assert [(r.text, r.best) for r in ranges] == [(phrase, value)]


def test_a_collective_numeral_past_ten_is_counted_in_a_claim():
    text = ("Шістнадцятеро моряків, яких утримували пірати, звільнили. Про це повідомив речник Міністерства "
            "закордонних справ України.")
    assert _rows(text, "uk") == [("Шістнадцятеро", "captured")]


# -- people rescued from captivity are captives freed ------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a wire: the relative clause on the people says they were held
    ("Police said they rescued 27 workers who had been held captive in the compound.", "en", [("27", "captured")]),
    # a ministry's page: rescued from captivity
    ("The ministry said 19 nationals were rescued from captivity on Tuesday.", "en", [("19", "captured")]),
    # a broadcaster: the people's own phrase before the number says they were confined
    ("경찰청은 감금된 채 일하던 피해자 17명을 구출했다고 밝혔다.", "ko", [("17", "captured")]),
    ("외교부는 감금 피해를 신고한 국민 9명을 구조해 귀국시켰다고 밝혔다.", "ko", [("9", "captured")]),
    # a regional site: hostages held in a basement, rescued by the police
    ("В полиции сообщили, что спасли 8 заложников, которых удерживали в подвале.", "ru", [("8", "captured")]),
    ("У поліції повідомили, що врятували 13 людей, яких утримували в закритому комплексі.", "uk", [("13", "captured")]),
])
def test_people_rescued_from_captivity_are_captured(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # rescued from a flood, a fire or a mine: no captivity, no claim
    ("Police said 38 people were rescued from the flooded mine.", "en"),
    ("소방당국은 화재 현장에서 주민 5명을 구조했다고 밝혔다.", "ko"),
    ("У ДСНС повідомили, що рятувальники врятували 12 людей із затопленого будинку.", "uk"),
    ("В МЧС сообщили, что спасатели спасли 14 человек из горящего дома.", "ru"),
])
def test_people_rescued_from_a_disaster_stay_out(text, lang):
    assert _rows(text, lang) == []


def test_an_arrest_in_the_next_clause_is_not_the_rescued_peoples():
    # the 30 rescued have no captivity of their own: "arrested" after "and" is the 12 guards'
    text = "Police said they rescued 30 workers and arrested 12 guards."
    assert _rows(text, "en") == [("12", "captured")]


# -- freeing verbs ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("МИД сообщил, что из колл-центров вызволили 25 граждан страны.", "ru", [("25", "captured")]),
    ("Консульство помогло 31 россиянину, вызволенному из рабства.", "ru", []),  # no speaker: no claim
    ("В посольстве сообщили, что консульский отдел помог 31 россиянину, вызволенному из трудового рабства.", "ru",
     [("31", "captured")]),
    ("У МЗС повідомили, що з трудового рабства вдалося визволити 7 громадян.", "uk", [("7", "captured")]),
])
def test_verbs_of_freeing(text, lang, expected):
    assert _rows(text, lang) == expected


# -- whose people: nationalities of the people counted are no speaker's country ----------------------------------------
def test_a_list_of_nationalities_before_a_citizen_noun_names_no_country():
    # a Seoul agency's copy of a local daily: Vietnam and Korea name whose the arrested are, not the commission's country
    text = ("말레이시아 수사당국이 수도 쿠알라룸푸르 남쪽의 한 단지에서 사기 조직을 급습해 외국인 300여명을 체포했다고 현지 "
            "일간지가 보도했다.\n\n보도에 따르면 대통령 직속 반부패위원회(MACC)의 아흐마드 대변인은 기자회견에서 \"체포된 "
            "외국인 가운데 중국인이 120명으로 가장 많고 베트남, 한국 국적자도 포함됐다\"고 말했다.")
    assert ("120", "captured", "MY") in _countries(text, "ko")


def test_a_nationality_said_of_the_people_names_no_country():
    # "were Chinese" says whose the people are: the commission speaks for the country the story is in
    text = ("Cambodian police detained 500 foreigners on Monday. A police spokesman said 230 of those detained were "
            "Chinese.")
    assert ("230", "captured", "KH") in _countries(text, "en")


def test_a_country_of_the_events_still_counts():
    # distractor: a country that is where the events are, not whose the people are
    text = "Thai police said 40 workers were detained in Thailand on Monday."
    assert _countries(text, "en") == [("40", "captured", "TH")]


# -- "its" in a person's title points back to the body named before ------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Kenya's foreign ministry said it had sent officials to the border. Jane Wambui, its director of diaspora "
     "affairs, said 20 Kenyans were still held in Myanmar.", "en", [("20", "captured", "KE")]),
    ("Vietnam's foreign ministry said it was in contact with Thai police. Its consular director, Nguyen Lan, said "
     "15 nationals were still missing in Cambodia.", "en", [("15", "missing", "VN")]),
])
def test_its_in_a_title_points_back(text, lang, expected):
    assert _countries(text, lang) == expected


# -- a foreign ministry named with no state speaks for the state whose embassy counts its people -------------------------
def test_a_foreign_ministry_counting_its_citizens_speaks_for_their_state():
    # a ministry's page: the story is set in Laos, the ministry and its embassy are Vietnam's
    text = ("Hanoi, 3 June 2025\n\nThe Ministry of Foreign Affairs, working with the Vietnamese Embassy in Vientiane, "
            "said 41 Vietnamese citizens had been freed from a casino compound in Laos.")
    assert _countries(text, "en") == [("41", "captured", "VN")]


def test_a_foreign_ministry_of_another_state_keeps_the_place():
    # distractor: the embassy named is China's, but the people counted are not Chinese, so the bare ministry is not
    # China's ("from a compound in Laos" says where they came from: no country is left for it)
    text = ("The Chinese Embassy in Bangkok issued a travel warning. The foreign ministry said 41 workers had been freed "
            "from a compound in Laos.")
    assert _countries(text, "en") == [("41", "captured", "")]


# -- a release's date line, its body's inserted circumstance, and its closing word -----------------------------------------
def test_a_release_closing_with_end_is_its_openers():
    text = ("Ministry Brings Home Workers From Compound\n\n"
            "4 June 2025 – The Department of Foreign Affairs (DFA), through the Indonesian Embassy in Phnom Penh, "
            "facilitated the return of 36 Indonesians who were freed from a compound in Cambodia.\n\n"
            "Citizens may call the hotline or write to the Embassy. END")
    assert _countries(text, "en") == [("36", "captured", "ID")]


def test_a_paragraph_ending_with_a_lower_case_word_is_no_release():
    # distractor: "end" in a sentence is no closing word, and the number has no speaker
    text = ("4 June 2025 – The ministry facilitated the return of 36 workers who were freed from a compound.\n\n"
            "The talks came to an end.")
    assert _countries(text, "en") == []


# -- a headline line of two sentences and one source after its closing dash ----------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a Central Asian news site: both sentences of the headline are the ministry's
    ("Из колл-центров в Камбодже освободили 17 граждан. Еще 5 задержаны полицией — МИД\n\nПодробности позже.", "ru",
     [("17", "captured"), ("5", "captured")]),
    ("Із шахрайських центрів визволили 12 українців. Ще троє під вартою – МЗС\n\nПодробиці згодом.", "uk",
     [("12", "captured"), ("троє", "captured")]),
])
def test_a_headline_line_of_two_sentences_has_one_source(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_body_paragraph_that_ends_as_a_sentence_is_no_headline():
    # distractor: the paragraph's last sentence ends with a full stop, and its dash opens no source
    text = ("Подробности позже.\n\nИз колл-центров освободили 17 граждан. Еще 5 задержаны – это больше, чем в прошлом "
            "году.")
    assert _rows(text, "ru") == []


# -- a number right after a hotline's noun is its telephone number ------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("The embassy said nationals who were recruited abroad may call the migrant workers hotline 1348 at any hour.",
     "en"),
    ("У поліції повідомили, що постраждалі від торгівлі людьми можуть телефонувати на гарячу лінію 527.", "uk"),
    ("В МВД сообщили, что родственники пропавших могут звонить на горячую линию 112.", "ru"),
])
def test_a_hotline_number_is_no_count(text, lang):
    assert _rows(text, lang) == []


def test_people_after_a_hotline_are_still_counted():
    # distractor: the hotline is the subject's channel; the count after it names people of a measure
    text = "The ministry said its hotline had received calls concerning 35 workers who were missing."
    assert _rows(text, "en") == [("35", "missing")]


# -- Korean 갇히다: shut in where people are held is captivity; shut in a mine or under rubble is missing ------------------
@pytest.mark.parametrize("text, expected", [
    # a broadcaster's lead: people shut in compounds and made to work
    ("유엔은 범죄단지에 갇혀 강제로 일하는 사람이 최소 12만 명에 이른다고 밝혔다.", [("최소 12만", "captured")]),
    # a witness's account before a truth commission: men shut in a police warehouse
    ("경찰은 창고에 갇혀 있던 주민 30여명이 풀려났다고 밝혔다.", [("30여명", "captured")]),
])
def test_korean_shut_in_is_held(text, expected):
    assert _rows(text, "ko") == expected


@pytest.mark.parametrize("text, expected", [
    ("소방당국은 광부 3명이 갱도에 갇혀 있다고 밝혔다.", [("3", "missing")]),
    ("소방당국은 붕괴된 건물 잔해에 갇힌 주민 5명을 찾고 있다고 밝혔다.", [("5", "missing")]),
    # no place named: miners shut in are trapped by the mine they work in
    ("산업부는 광부 4명이 여전히 갇혀 있다고 밝혔다.", [("4", "missing")]),
])
def test_korean_shut_in_a_mine_or_rubble_is_missing(text, expected):
    assert _rows(text, "ko") == expected
