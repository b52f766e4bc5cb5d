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


# -- a place of care named in a clause of no verb of staying, or before the verb that brings people there ----------------
@pytest.mark.parametrize("text, expected", [
    # a number with no noun after a death, its people those of the clause before
    ("Минздрав края сообщил, что погибли два человека, еще пятеро в больнице.", [("два", "killed"), ("пятеро", "wounded")]),
    # an adverb of time between the place and the number
    ("Обрушение в спортзале: в больницах уже 14 человек — источник в МЧС", [("14", "wounded")]),
    # the place of care and its own name before the verb that brings the people counted
    ("«В центральную районную больницу Каспийска доставлены девять человек», — сообщили в минздраве республики.",
     [("девять", "wounded")]),
    ("В минздраве области сообщили, что в госпитали Ростова поступили не менее 30 военнослужащих.",
     [("не менее 30", "wounded")]),
    ("Губернатор сообщил, что в больницу уже доставили 11 пострадавших.", [("11", "wounded")]),
    # two places of care joined by "и", an initialism of one among them, or two places named after one noun
    ("«В Котласскую ЦРБ и Вельскую городскую больницу доставлены 23 человека», — сообщила министр здравоохранения.",
     [("23", "wounded")]),
    ("«В больницы Бердска и Искитима доставлены 12 человек», — сообщили в минздраве.", [("12", "wounded")]),
    # distractors: a place of no care, people of no measure at work, a number with no people after a place of no care
    ("Губернатор сообщил, что в Москву доставлены 15 человек.", []),
    ("«В Москву и Тверь доставлены 19 человек», — сообщили в МЧС.", []),
    ("Обрушение в спортзале: в Москве уже 14 человек — источник в МЧС", []),
    ("В областную больницу Курска прибыли 20 спасателей, сообщили в МЧС.", [("20", "deployed")]),
])
def test_a_place_of_care_before_the_verb_or_with_no_verb_counts_the_hurt(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the shared code serves Ukrainian too (pymorphy3): a number with no noun, an adverb between place and number
    ("МОЗ повідомило, що загинули двоє людей, ще троє в лікарні.", [("двоє", "killed"), ("троє", "wounded")]),
    ("Обвал у спортзалі: у лікарнях вже 14 людей — джерело в ДСНС", [("14", "wounded")]),
    # distractor: a place of no care
    ("Обвал у спортзалі: у Києві вже 14 людей — джерело в ДСНС", []),
])
def test_a_place_of_care_with_no_verb_in_ukrainian(text, expected):
    assert _rows(text, "uk") == expected


# -- a noun of things or of units after the number's adjectives counts no people ----------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("«За сутки противник потерял до 140 военнослужащих, две боевые бронированные машины и три автомобиля», — "
     "говорится в сводке Минобороны.", "ru", [("до 140", "killed_or_wounded")]),
    ("«Уничтожены 12 танков и 29 боевых бронированных машин», — говорится в сообщении Минобороны.", "ru", []),
    ("По данным Минобороны, в Курскую область переброшены три мотострелковые бригады и 500 военнослужащих.", "ru",
     [("500", "deployed")]),
    ("«Ворог втратив 90 військовослужбовців і дві бойові броньовані машини», — йдеться у зведенні Генштабу.", "uk",
     [("90", "killed_or_wounded")]),
    # distractors: adjectives before a noun of people leave the count of people
    ("По данным Минобороны, погибли двое пожилых местных жителей.", "ru", [("двое", "killed")]),
    ("По данным Минобороны, ранены трое молодых контрактных военнослужащих.", "ru", [("трое", "wounded")]),
])
def test_a_noun_of_things_after_the_numbers_adjectives_counts_no_people(text, lang, expected):
    assert _rows(text, lang) == expected
