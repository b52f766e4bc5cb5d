"""People housed in shelters or counted as displaced are displaced (texts written for this test)."""

import pytest

from analysis import extract_claims

CASES = [
    # "put the number of displaced people at N": an estimate (evacuees are no measure since evac17).
    ("en", "Floods in Kerala\n\nHeavy rain flooded villages in Kerala, India, on Monday, officials said.\n\n"
           "District officials put the number of displaced people at about 2,300.\n", "about 2,300"),
    # uk: residents "temporarily housed" in a school.
    ("uk", "Пожежа в Чернігові\n\nЧернігівська міська рада повідомила, що понад 80 мешканців зруйнованого "
           "гуртожитку тимчасово розмістили у школі.\n", "понад 80"),
    # ru: the same wording.
    ("ru", "Пожар в Твери\n\nГородская администрация Твери сообщила, что более 60 жильцов сгоревшего общежития "
           "временно разместили в школе.\n", "более 60"),
    # ko: "took refuge in shelters" (몸을 피했다).
    ("ko", "경북 산불\n\n경북 소방본부는 이번 산불로 주민 약 300명이 대피소로 몸을 피했다고 밝혔다.\n", "약 300"),
]


@pytest.mark.parametrize("lang, text, stated", CASES, ids=[c[0] for c in CASES])
def test_sheltered_people_are_displaced(lang, text, stated):
    rows = extract_claims(text, lang)
    assert rows[["stated", "metric"]].values.tolist() == [[stated, "displaced"]]


def test_troops_placed_somewhere_are_not_displaced():
    # "розмістили" without "тимчасово" about soldiers is not a displacement.
    text = ("Навчання на Волині\n\nМіністерство оборони України повідомило, що 300 військовослужбовців "
            "розмістили на полігоні.\n")
    rows = extract_claims(text, "uk")
    assert "displaced" not in set(rows["metric"])
