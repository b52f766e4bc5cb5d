"""Which bare roles point back to the speaker named before (texts written for this test, values by hand)."""

from conftest import extracted


def _rows(text, lang):
    return [list(row) for row in extracted(text, lang, "stated", "metric", "speaker")]


def test_the_head_of_a_place_is_a_new_speaker():
    # "village" is a place, not a body: the village head is a person of his own, not the community leader again
    text = ("Clashes in the valley\n\n"
            "A community leader said 20 people were killed on Sunday. The village head said 31 people had died.\n")
    assert _rows(text, "en") == [["20", "killed", "community leader"], ["31", "killed", "village head"]]


def test_the_spokesman_of_a_body_word_still_points_back():
    # "the agency" is a body word: the agency's spokesman is the agency named before
    text = ("Floods in the north\n\n"
            "The UN refugee agency UNHCR said 4,000 people had fled. The agency's spokesman said 12 people were "
            "missing.\n")
    rows = _rows(text, "en")
    assert rows[1][:2] == ["12", "missing"]
    assert rows[1][2] == rows[0][2]


def test_russian_press_service_of_the_agency_points_back():
    text = ("Пожар на складе\n\n"
            "В МЧС России сообщили, что погибли трое рабочих. По данным пресс-службы ведомства, ещё пятеро ранены.\n")
    rows = _rows(text, "ru")
    assert [r[:2] for r in rows] == [["трое", "killed"], ["пятеро", "wounded"]]
    assert rows[1][2] == rows[0][2]


def test_korean_bare_spokesperson_points_back_to_the_one_named():
    text = ("지진 피해\n\n"
            "외교부 대변인 김민수는 교민 3명이 숨졌다고 밝혔다. 대변인은 또 5명이 다쳤다고 말했다.\n")
    rows = [list(r) for r in extracted(text, "ko", "stated", "metric", "country")]
    assert rows == [["3", "killed", "KR"], ["5", "wounded", "KR"]]  # bare, 대변인 alone would have no country


def test_korean_spokesperson_of_another_body_is_that_body():
    text = ("교전 격화\n\n"
            "국방부 대변인은 2명이 숨졌다고 밝혔다. 이후 유엔 대변인은 5명이 다쳤다고 말했다.\n")
    rows = [list(r) for r in extracted(text, "ko", "stated", "organisation", "country")]
    assert rows[1] == ["5", "United Nations (UN)", ""]
