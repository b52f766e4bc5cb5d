"""Remains, the identified and the missing: exhumations, identification of the dead, events named by their dates.

The sentences are our own, written in the styles of a wire, a ministry's page, a regional site and a Telegram
digest; each test names the metric and the number a reader would take from it.
"""
import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, float]]:
    return extracted(text, lang, "metric", "low", ordered=True)


# --- the dead whose identities were established are killed -------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Слідчим уже вдалося встановити особи шістьох загиблих, повідомили в обласній прокуратурі.", "uk",
     [("killed", 6.0)]),
    ("За результатами експертиз ДНК встановлено особи 14 людей, повідомила поліція області.", "uk",
     [("killed", 14.0)]),
    ("Криміналісти ідентифікували 23 загиблих, поховання яких виявили навесні, повідомили в МВС.", "uk",
     [("killed", 23.0)]),
    ("Удалось установить личности семерых погибших, сообщили в региональном следственном управлении.", "ru",
     [("killed", 7.0)]),
    ("По словам руководителя поискового отряда, удалось установить имена 12 из них.", "ru", [("killed", 12.0)]),
    ("Генетики уже идентифицировали 31 человека, сообщили в министерстве юстиции.", "ru", [("killed", 31.0)]),
    ("국방부는 발굴된 유해 가운데 4명의 신원이 확인됐다고 밝혔다.", "ko", [("killed", 4.0)]),
    ("국방부 유해발굴감식단은 올해 전사자 9명의 신원을 확인했다고 밝혔습니다.", "ko", [("killed", 9.0)]),
    ("Forensic experts have confirmed the identities of 16 victims, the prosecutor's office said.", "en",
     [("killed", 16.0)]),
])
def test_identities_established_are_the_dead(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Поліція встановила особи трьох підозрюваних у підпалі, повідомили в прокуратурі.", "uk"),
    ("Оперативники встановили особи двох нападників, повідомили в поліції.", "uk"),
    ("Полиция установила личности троих нападавших, сообщили в МВД.", "ru"),
    ("Следователи установили имена пятерых подозреваемых, сообщили в СК.", "ru"),
    ("경찰은 용의자 2명의 신원을 확인했다고 밝혔다.", "ko"),
    ("Police have established the identities of three suspects, the ministry said.", "en"),
])
def test_identities_of_suspects_are_no_dead(text, lang):
    assert _rows(text, lang) == []


# --- an event named by its month and day counts nobody ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("제주도는 4·3 희생자 유해 5구를 발굴했다고 밝혔습니다.", [("killed", 5.0)]),
    ('광주시 "5·18 행방불명자 유해 4구 발굴…1명 신원 확인"', [("killed", 1.0), ("killed", 4.0)]),
    ("진실화해위원회는 6ㆍ25 전쟁 당시 학살된 민간인 유해 40구를 수습했다고 밝혔다.", [("killed", 40.0)]),
])
def test_korean_event_named_by_its_date_is_no_count(text, expected):
    assert _rows(text, "ko") == expected


def test_korean_counts_joined_by_a_middle_dot_are_still_counts():
    # two counts joined by the dot, each with its counter: no date
    assert _rows("소방청은 사망자 3명·부상자 2명이라고 밝혔다.", "ko") == [("killed", 3.0), ("wounded", 2.0)]


# --- people who lie in graves are the dead buried there -----------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("The foundation estimates that 4,000 people still lie in unmarked graves in the forest.", "en",
     [("killed", 4000.0)]),
    ("За оцінками інституту, у братських могилах урочища досі лежать понад 3 тисячі людей.", "uk",
     [("killed", 3000.0)]),
    ("По оценкам комиссии, в безымянных могилах на окраине города покоятся около 800 человек.", "ru",
     [("killed", 720.0)]),  # ("около 800": 800 less a tenth, 720, at the low end)
    ("위원회는 이 골짜기에 주민 150여명이 암매장된 것으로 보고 있다고 밝혔다.", "ko", [("killed", 150.0)]),
])
def test_people_lying_in_graves_are_dead(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("About 200 mourners remained near the mass grave after the ceremony, police said.", "en"),
    ("Біля могили після панахиди залишалися близько 200 людей, повідомили в поліції.", "uk"),
])
def test_people_by_a_grave_are_no_dead(text, lang):
    assert _rows(text, lang) == []


# --- the number of a code's article is no count -----------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("У прокуратурі повідомили, що за фактом вбивств розпочато провадження за ч. 2 ст. 438 ККУ.", "uk"),
    ("В СК сообщили, что по факту гибели людей возбуждено дело по ч. 3 ст. 109 УК РФ.", "ru"),
])
def test_article_of_a_code_is_no_count(text, lang):
    assert _rows(text, lang) == []


# --- Korean victims whom a clause calls missing are the missing -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("위원회에 따르면 행방불명된 것으로 신고된 희생자는 1천2백여명에 이릅니다.", [("missing", 1200.0)]),
    ("재단은 행방불명 희생자 80여명의 유족이 DNA 시료를 채취했다고 밝혔다.", [("missing", 80.0)]),
])
def test_korean_victims_called_missing_are_missing(text, expected):
    assert _rows(text, "ko") == expected


def test_korean_missing_clause_of_another_noun_leaves_the_dead():
    # 실종된 describes the hikers searched for; the victims found are dead
    assert _rows("경찰은 실종된 등산객 수색 도중 희생자 3명을 발견했다고 밝혔다.", "ko") == [("killed", 3.0)]


@pytest.mark.parametrize("text, speaker, expected", [
    ("광주5·18기념재단은 행방불명자 유해 6구를 찾았다고 밝혔다.", "광주5·18기념재단", [("killed", 6.0)]),
    ("제주4·3희생자유족회는 유해 9구의 신원이 확인됐다고 밝혔다.", "제주4·3희생자유족회", [("killed", 9.0)]),
])
def test_korean_body_named_after_a_date_speaks_and_its_date_counts_nobody(text, speaker, expected):
    rows = extract_claims(text, lang="ko")
    assert sorted(zip(rows["metric"], rows["low"])) == expected
    assert set(rows["speaker"]) == {speaker}


# --- an adverb between the auxiliary and the verb is no part of the speaker ------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Villagers have long put the number of people shot at the quarry at about 90.", "Villagers"),
    ("The regional police have repeatedly said that 14 people were killed in the raid.", "regional police"),
    ("The family has said that 14 people were killed in the raid.", "family"),  # (a noun in -ly stays the subject)
])
def test_adverb_after_auxiliary_is_no_part_of_the_speaker(text, speaker):
    rows = extract_claims(text, lang="en")
    assert list(rows["speaker"]) == [speaker]


# --- a branch of a body speaks ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Поисковики подняли останки 54 красноармейцев, погибших зимой 1943 года, сообщили в областном отделении "
     "«Поискового движения России».", "ru", [("killed", 54.0, "RU")]),
    ("Пошуковці підняли рештки 18 бійців, загиблих восени 1943 року, повідомили в обласному відділенні "
     "«Пошукового руху України».", "uk", [("killed", 18.0, "UA")]),
])
def test_branch_of_a_body_speaks(text, lang, expected):
    rows = extract_claims(text, lang=lang)
    assert list(zip(rows["metric"], rows["low"], rows["country"])) == expected


# --- a forensic examination establishes facts, it speaks for no one ----------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Експертизи ДНК підтвердили особи 31 загиблого; ідентифікація триватиме до осені.", "uk"),
    ("Экспертиза ДНК подтвердила личности 12 погибших; работа продолжается.", "ru"),
    ("DNA tests confirmed the identities of 12 victims last week.", "en"),
])
def test_examination_alone_is_no_speaker(text, lang):
    assert _rows(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Експертизи ДНК підтвердили особи 31 загиблого, повідомили в поліції області.", "uk", [("killed", 31.0)]),
    ("DNA tests confirmed the identities of 12 victims, the ministry said.", "en", [("killed", 12.0)]),
])
def test_examination_reported_by_a_body_is_its_claim(text, lang, expected):
    assert _rows(text, lang) == expected


# --- families who seek their dead or missing are no count of them --------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("«Каждая новая эксгумация — это десятки семей, которые снова ждут вестей», — добавил глава комиссии.", "ru"),
    ("Після ексгумації до слідчих звернулися 300 родин зниклих безвісти, повідомили в поліції.", "uk"),
    ("More than 300 families of the missing have given DNA samples, the ICRC said.", "en"),
])
def test_families_of_the_dead_or_missing_are_no_count(text, lang):
    assert _rows(text, lang) == []


def test_people_of_a_death_cue_still_count():
    assert _rows("Після ексгумації слідчі встановили, що загинули 5 людей, повідомили в поліції.", "uk") \
        == [("killed", 5.0)]
