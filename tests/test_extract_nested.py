"""Nested attribution, bylines and clause breaks (texts written for this test, expected values by hand)."""

from analysis import extract_claims


def _rows(text, lang):
    rows = extract_claims(text, lang)
    return rows[["stated", "metric", "speaker", "country"]].values.tolist()


def test_korean_topic_estimates_the_clause_it_embeds():
    # The lawmaker relays; the topic (은/는) of the quoted clause estimates; 반군이 is what was estimated.
    text = ("내전 사상자 증가\n\n"
            "국회 국방위원인 김도윤 의원은 \"국방부는 반군이 2천명 규모로, 이 중 사망자가 150여명에 달하는 것으로 "
            "추정하고 있다\"고 전했다.\n")
    assert _rows(text, "ko") == [["150여명", "killed", "국방부", "KR"]]


def test_korean_byline_is_never_the_speaker():
    text = "산불 피해\n\n[부산=가상통신] 이민호 기자 = 소방청은 산불로 주민 4명이 숨졌다고 밝혔다.\n"
    assert _rows(text, "ko") == [["4", "killed", "소방청", "KR"]]


def test_korean_headline_ellipsis_ends_the_clause():
    # "3명 구조…2명 사망": the 3 rescued are not the dead after the ellipsis
    text = "광산 붕괴…광부 5명 고립…1명 사망 확인 - 소방청\n\n본문은 없다.\n"
    rows = _rows(text, "ko")
    assert ["1", "killed", "소방청", "KR"] in rows
    assert not any(r[0] == "5" and r[1] == "killed" for r in rows)


def test_korean_amount_per_person_is_no_count():
    text = "파병 대가\n\n국방부는 파병 병력이 1인당 월 2천달러를 받는다고 밝혔다.\n"
    assert _rows(text, "ko") == []


def test_english_parallel_clause_after_and_keeps_the_measure():
    text = ("Bus plunges into gorge in Ruritania\n\n"
            "Ruritanian police said 12 of the dead were pilgrims and three were drivers.\n")
    assert _rows(text, "en") == [["12", "killed", "Ruritanian police", ""], ["three", "killed", "Ruritanian police", ""]]


def test_pronoun_continues_the_subject_not_a_relative_clause_speaker():
    text = ("Clashes in Ruritania\n\n"
            "Gunmen killed 14 villagers in Ruritania, the United Nations said on Monday.\n\n"
            "The mission blamed the Red Hand militia, which says it protects herders. "
            "It said its medics had treated 9 wounded people.\n")
    rows = _rows(text, "en")
    assert ["9", "wounded", "United Nations", ""] in rows


def test_indefinite_office_role_takes_the_article_country():
    text = ("Train derails in Kenya\n\n"
            "Four passengers died when a train left the rails near Nairobi, Kenya, on Sunday, "
            "a railway spokesperson said.\n")
    assert _rows(text, "en") == [["Four", "killed", "railway spokesperson", "KE"]]


def test_russian_cue_with_the_number_inside():
    text = ("Авария на шахте\n\n"
            "Три горняка погибли при обрушении, судьба еще шестерых неизвестна, сообщило МЧС.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["Три", "killed"], ["шестерых", "missing"]]


def test_russian_quoted_name_does_not_cut_the_clause():
    text = ("Шторм\n\n"
            "Число жертв шторма «Белла», прошедшего над побережьем, достигло 17, сообщило ведомство.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["17", "killed"]]


def test_russian_company_spokeswoman_in_a_compound_takes_the_home_country():
    text = ("Пожар на заводе\n\n"
            "Как сообщила пресс-секретарь компании-оператора Ирина Лебедева, среди погибших — трое рабочих.\n")
    assert [r[1:] for r in _rows(text, "ru")] == [["killed", "пресс-секретарь компании-оператора Ирина Лебедева", "RU"]]


def test_ukrainian_freed_people_are_captured():
    text = ("Обмін полоненими\n\n"
            "Серед звільнених – 30 військових і 5 цивільних, повідомив Координаційний штаб.\n")
    assert [r[:2] for r in _rows(text, "uk")] == [["30", "captured"], ["5", "captured"]]
