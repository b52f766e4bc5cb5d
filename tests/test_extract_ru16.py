"""Russian constructions that recur across the read material (session 25, ru16).

Each mechanism is a class of the language's grammar, built only where it mends claims in batches of at least two
authors. Every test writes its own sentences (a wire, a regional site, a ministry's page, a Telegram digest), and the
distractors beside them are sentences where the same mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str = "ru") -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


# -- people evacuated are no measure in Russian ------------------------------------------------------------------------
# The read material's Russian annotation never counts people evacuated (from a flood zone, a border village, a polling
# station, cars stuck on a road) as displaced; people who left their homes, were made homeless, were taken away to
# temporary housing ("вывезли") or stay in shelters still are.
@pytest.mark.parametrize("text, expected", [
    ("Из зоны паводка эвакуированы 420 жителей, сообщили в ГУ МЧС по области.", []),
    ("По данным МЧС, спасатели эвакуировали 35 человек из автобуса, застрявшего на трассе.", []),
    ("Пресс-служба МЧС сообщила, что из прибрежных поселков эвакуировалось около 2 тысяч человек.", []),
    # distractors: a loss of home, a departure and people moved to temporary housing are displaced
    ("Как сообщили в МЧС, 130 жителей остались без крова после паводка.", [("130", "displaced")]),
    ("Губернатор сообщил, что с начала года из приграничных сел выехали около 4 тысяч жителей.",
     [("около 4 тысяч", "displaced")]),
    ("В администрации округа сообщили, что в пункт временного размещения вывезли 52 человека.", [("52", "displaced")]),
    # the wounded taken to a hospital by evacuation stay wounded
    ("По данным МЧС, семерых пострадавших эвакуировали в областную больницу.", [("семерых", "wounded")]),
])
def test_evacuated_people_are_no_measure_in_russian(text, expected):
    assert _rows(text) == expected

