"""Who speaks in a body's own release, and for which country a body abroad speaks, with sentences written for the
project (not from any evaluation set): the first person of a release is its issuer, the body its closing note is
about ("About MSF", "Про МКЧХ", "О МККК"), not a national body its first lines cite; a diplomatic office named bare
("– консул", "the embassy said") speaks for its sending state, the one the article names beside such a word, not for
the host country of the story; a branch named by the country it works in ("한빛나눔 네팔 지부") is not that country's
body. The words are data in each language's table (``diplomatic_words``, ``about_markers``, ``branch_words``)."""

from __future__ import annotations

import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    return extracted(text, lang, "stated", "metric", "country", "organisation")


MSF = "Médecins Sans Frontières (MSF)"
ICRC = "International Committee of the Red Cross (ICRC)"


@pytest.mark.parametrize("lang, text, expected", [
    # a release whose first lines cite a national body: "our teams" are still the issuer's, named by its closing note
    ("en", "Press release\n\nOur teams have treated 40 injured people in a clinic since Monday.\n\n"
           "According to Chad's civil protection agency, 12 people died in the floods.\n\n"
           "About MSF\n\nMSF is a medical charity.\n",
     [("40", "wounded", "", MSF), ("12", "killed", "TD", "Chad's civil protection agency")]),
    ("uk", "Наші команди надали допомогу 40 пораненим у клініці.\n\n"
           "За даними рятувальників Чаду, 12 людей загинули під час повені. Ми відкрили ще одну клініку.\n\n"
           "Про МКЧХ\n\nМіжнародний комітет Червоного Хреста працює в Чаді з 1978 року, його штаб у Женеві.\n",
     [("40", "wounded", "", ICRC), ("12", "killed", "TD", "рятувальників Чаду")]),
    ("ru", "Наши бригады оказали помощь 40 раненым в клинике.\n\n"
           "По данным спасателей Чада, 12 человек погибли во время наводнения. Мы открыли еще одну клинику.\n\n"
           "О МККК\n\nМеждународный комитет Красного Креста работает в Чаде с 1978 года, его штаб в Женеве.\n",
     [("40", "wounded", "", ICRC), ("12", "killed", "TD", "спасателей Чада")]),
])
def test_release_issuer_is_the_body_its_note_is_about(lang: str, text: str,
                                                     expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the sending state named beside a diplomatic word elsewhere in the article, not the story's country
    ("en", "Three Filipino workers died in a fire in a hostel in Dubai, the embassy said.\n\n"
           "The Philippine Embassy in Abu Dhabi is in touch with their families.\n",
     [("Three", "killed", "PH")]),
    ("uk", "У Чехії внаслідок повені загинули двоє українців - посол\n\n"
           "Про це повідомив посол України в Чехії Іван Петренко.\n",
     [("двоє", "killed", "UA")]),
    ("ru", "В Италии при пожаре погибли трое россиян - консул\n\n"
           "Об этом сообщил консул Генерального консульства России в Милане Иван Петров.\n",
     [("трое", "killed", "RU")]),
])
def test_diplomatic_office_speaks_for_its_sending_state(lang: str, text: str,
                                                       expected: list[tuple[str, str, str]]) -> None:
    assert [row[:3] for row in _rows(text, lang)] == expected


def test_branch_abroad_is_not_the_country_it_works_in() -> None:
    text = ('국제구호단체 한빛나눔은 네팔 지진 피해 지역에서 긴급구호를 시작했다고 밝혔다. '
            '한빛나눔 네팔 지부 김철수 지부장은 "대피소에 이재민 3천여명이 머물고 있다"고 말했다.')
    assert [row[:3] for row in _rows(text, "ko")] == [("3천여명", "displaced", "KR")]
    # the country's own body, with no branch word after the country, stays that country's
    assert [row[:3] for row in _rows("네팔 재난관리청은 이재민 3천여명이 대피했다고 밝혔다.", "ko")] == [
        ("3천여명", "displaced", "NP")]


@pytest.mark.parametrize("lang, text", [
    ("en", "The embassy in Oslo will open at nine on Monday, the consul said.\n"),
    ("en", "Press release\n\nAbout 200 guests came to the opening of our new office.\n\nAbout MSF\n\n"
           "MSF is a medical charity.\n"),
    ("uk", "Посольство України в Польщі працюватиме з 9 до 17 години.\n"),
    ("ru", "О МККК\n\nМы работаем в 90 странах мира.\n"),
    ("ko", "한빛나눔 네팔 지부는 3개 학교에 교실 12곳을 새로 지었다.\n"),
])
def test_distractors_give_no_row(lang: str, text: str) -> None:
    assert _rows(text, lang) == []


def test_national_society_named_with_an_accented_nationality() -> None:
    # "Burkinabè" as the country writes it is Burkina Faso's nationality, so its Red Cross is the national society
    rows = _rows("According to the Burkinabè Red Cross, at least 3,000 people have fled their villages.", "en")
    assert [row[:3] for row in rows] == [("at least 3,000", "displaced", "BF")]
