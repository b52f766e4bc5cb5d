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
