"""Rows that are not claims, in all four languages (helper "precision", session 13).

A number a speaker gives is a claim only when it counts people of a measured kind. Each block writes its own
sentences for one family of numbers that count something else, with the same family's sentences that must still give
their row (so that rows real rise without losing a claim).
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, float, str]]:
    return extracted(text, lang, "metric", "low", "country", ordered=True)


# A number before a noun the dictionary reads as a thing (pymorphy3's animacy) counts that thing: units, tents,
# vehicles, calls, settlements, drones, whatever verb of sending, moving or saving stands beside it.
THINGS = [
    ("ru", "Министерство обороны Армении сообщило, что к границе переброшены три батальона."),
    ("ru", "Губернатор области заявил, что в поселке развернуты 25 палаток и два полевых госпиталя."),
    ("ru", "Как сообщили в МЧС Казахстана, за сутки поступило более 1,5 тыс. вызовов."),
    ("ru", "Минобороны Азербайджана заявило, что сбиты 14 беспилотных летательных аппаратов."),
    ("ru", "Пресс-служба мэрии Бишкека сообщила, что из зоны подтопления эвакуированы 40 автомобилей."),
    ("ru", "Министр заявил, что в зону бедствия направлены 12 пожарных расчетов и четыре вертолета."),
    ("ru", "По словам губернатора, пострадали 17 деревень и три моста."),
    ("uk", "Генштаб ЗСУ повідомив, що противник перекинув до кордону два батальйони."),
    ("uk", "Голова ОВА заявив, що в громаді розгорнули 30 наметів і пункт обігріву."),
    ("uk", "ДСНС повідомила, що до зони лиха направили 15 рятувальних загонів."),
    ("uk", "Як повідомили в поліції Молдови, відселили 52 вагони."),
    ("uk", "Міністр охорони здоров'я Грузії заявив, що в регіон відправили два польові шпиталі."),
    ("uk", "Мер міста заявив, що під час обстрілу пошкоджено 14 багатоповерхових будинків і три школи."),
]


@pytest.mark.parametrize("lang, text", THINGS)
def test_a_number_of_things_is_no_count_of_people(lang, text):
    assert _rows(text, lang) == []


# the same verbs and word orders with nouns of people, and nouns the dictionary reads as things that count people
PEOPLE = [
    ("ru", "Министерство обороны Армении сообщило, что к границе переброшены 800 военнослужащих.",
     [("deployed", 800.0, "AM")]),
    ("ru", "Губернатор области заявил, что из поселка выселены 300 жителей.", [("displaced", 300.0, "")]),
    ("ru", "МЧС Казахстана сообщило, что под завалами найдены 12 тел.", [("killed", 12.0, "KZ")]),
    ("ru", "Министр здравоохранения Непала заявил, что землетрясение унесло 40 жизней.", [("killed", 40.0, "NP")]),
    ("ru", "Минобороны Азербайджана заявило, что погибли три члена экипажа.", [("killed", 3.0, "AZ")]),
    # families are counted as their people, as the English "2,000 families fled"
    ("ru", "Пресс-служба мэрии Бишкека сообщила, что из зоны подтопления отселены 40 семей.", [("displaced", 40.0, "KG")]),
    ("uk", "Генштаб ЗСУ повідомив, що противник перекинув до кордону 1200 військових.", [("deployed", 1200.0, "UA")]),
    ("uk", "ДСНС повідомила, що під завалами виявили 9 тіл.", [("killed", 9.0, "UA")]),
    ("uk", "Голова ОВА заявив, що загинули 14 осіб.", [("killed", 14.0, "")]),
    ("uk", "Міністр охорони здоров'я Грузії заявив, що зафіксовано 60 випадків смерті.", [("killed", 60.0, "GE")]),
    # a noun of people read also as a possessive adjective, before a noun of things in another case: no adjective
    ("uk", "Поліція Польщі повідомила, що знайшли тіла трьох чоловіків віком від 30 до 50 років.",
     [("killed", 3.0, "PL")]),
    ("ru", "Полиция Грузии сообщила, что погибли двое мужчин возрастом около 40 лет.", [("killed", 2.0, "GE")]),
]


@pytest.mark.parametrize("lang, text, expected", PEOPLE)
def test_a_number_of_people_beside_the_same_verbs_keeps_its_row(lang, text, expected):
    assert [(m, n) for m, n, _ in _rows(text, lang)] == [(m, n) for m, n, _ in expected]


# A sum in a currency whose name CLDR builds on a noun the dictionary does not know ("тенге", "даласі", "метикал"):
# compensation to the families of the dead is money, not a toll.
MONEY = [
    ("ru", "Компания заявила, что семьи погибших получат по 5 миллионов тенге."),
    ("ru", "Правительство Мозамбика пообещало выплатить семьям погибших по 20 тыс. метикалов."),
    ("ru", "Власти Марокко выделят семьям погибших по 30 тыс. дирхамов."),
    ("uk", "Уряд Гамбії пообіцяв виплатити родинам загиблих по 20 тисяч даласі компенсації."),
    ("uk", "Уряд Мозамбіку пообіцяв родинам загиблих по 10 тисяч метикалів."),
    ("uk", "Влада Малаві виділила родинам загиблих по 150 тисяч квач."),
]


@pytest.mark.parametrize("lang, text", MONEY)
def test_a_sum_of_money_for_the_families_of_the_dead_is_no_toll(lang, text):
    assert [m for m, _, _ in _rows(text, lang)] == []


# A verb of saying in an impersonal form ("as was reported") has no subject left out: it points to earlier reports,
# and the number in its sentence is background, not the speaker of the sentences before.
IMPERSONAL = [
    ("uk", "Голова ОВА заявив, що загинули 6 людей. Як повідомлялося, у березні 2023 року внаслідок паводку загинули "
           "щонайменше 40 людей.", [("killed", 6.0)]),
    ("uk", "ДСНС повідомила, що відселили 300 мешканців. Як зазначалося раніше, торік з цих сіл відселили 2 тисячі "
           "людей.", [("displaced", 300.0)]),
    ("ru", "Губернатор заявил, что погибли 4 человека. Как сообщалось ранее, в 2019 году при таком же наводнении "
           "погибли 25 человек.", [("killed", 4.0)]),
    ("ru", "В МЧС Киргизии сообщили, что пропали без вести 3 человека. Как отмечалось, в прошлом году в горах "
           "пропали 12 альпинистов.", [("missing", 3.0)]),
    ("ru", "Полиция сообщила, что задержаны 15 человек. Сообщается, что в 2021 году были задержаны более 200 "
           "участников акций.", [("captured", 15.0)]),
    # a person named as the subject, and a pronoun, still speak
    ("ru", "Губернатор заявил, что погибли 4 человека. Как сообщил глава МЧС, ранены 11 человек.",
     [("killed", 4.0), ("wounded", 11.0)]),
    ("uk", "Голова ОВА заявив, що загинули 6 людей. Він додав, що поранено 14 людей.", [("killed", 6.0), ("wounded", 14.0)]),
]


@pytest.mark.parametrize("lang, text, expected", IMPERSONAL)
def test_an_impersonal_verb_of_saying_carries_no_speaker(lang, text, expected):
    assert [(m, n) for m, n, _ in _rows(text, lang)] == expected


# A plural verb with its subject left out ("фіксували", "евакуювали": "they") is indefinite, never the one person named
# before; a singular one continues that person.
LEFT_OUT_PLURAL = [
    ("uk", "Мешканка села Олена Коваль розповіла, що вода знесла міст. Востаннє таку повінь фіксували у 1998 році, тоді "
           "відселили понад 3 тисячі людей.", []),
    ("ru", "Местный житель Иван Петров рассказал, что вода поднялась за час. Такое наводнение фиксировали в 2001 году, "
           "тогда эвакуировали 5 тыс. человек.", []),
    ("ru", "Глава МЧС Иван Петров заявил, что погибли 4 человека. Также он сообщил, что остались без крова 300 жителей.",
     [("displaced", 300.0), ("killed", 4.0)]),
]


@pytest.mark.parametrize("lang, text, expected", LEFT_OUT_PLURAL)
def test_a_plural_verb_with_no_subject_is_not_the_person_before(lang, text, expected):
    assert [(m, n) for m, n, _ in _rows(text, lang)] == expected



# A news outlet whose page speaks once in the first person ("our latest coverage") is that page's issuer, but it speaks
# for itself only in the first person: its narration of other tolls, past or present, is no one's claim.
OUTLET = [
    ("Floods live: rivers burst their banks in the north\n\nBy Al Jazeera Staff\nPublished On 4 Mar 2025\n\n"
     "This live page is now closed. You can find our latest coverage here.\n\n"
     "In 2019, floods in the same valley killed more than 300 people.\n\n"
     "Rescuers pulled 14 injured people from the mud on Monday.\n\n"
     "The army said 12 people had died on Monday.\n\n"
     "Our correspondent counted 30 bodies at the morgue, we can confirm.\n",
     [("killed", 12.0), ("killed", 30.0)]),
]


@pytest.mark.parametrize("text, expected", OUTLET)
def test_an_outlet_speaks_for_itself_only_in_the_first_person(text, expected):
    assert sorted((m, n) for m, n, _ in _rows(text, "en")) == expected



# agreement reads the number: after 22 (paucal) a plural adjective stands before a singular noun of things
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Минобороны сообщило, что сбиты 22 беспилотных летательных аппарата.", []),
    ("ru", "Минобороны сообщило, что сбиты 25 беспилотных летательных аппаратов.", []),
])
def test_agreement_of_an_adjective_reads_the_number(lang, text, expected):
    assert [(m, n) for m, n, _ in _rows(text, lang)] == expected


# A span of days ("с 20 по 25 июня", "з 3 до 9 травня"): the first day, before a joiner, a number and a month, is a
# date like the second, no count of people.
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "По словам министра, с 20 по 25 июня от жары погибли 30 человек.", [("killed", 30.0)]),
    ("ru", "По словам министра, со 2 до 8 августа госпитализированы 40 человек.", [("wounded", 40.0)]),
    ("uk", "За словами міністра, з 20 по 25 червня внаслідок спеки загинули 30 людей.", [("killed", 30.0)]),
    ("uk", "За словами міністра, з 3 до 9 травня до лікарень госпіталізували 40 людей.", [("wounded", 40.0)]),
    # a count before a joiner and a count of people stays a count
    ("ru", "По словам министра, погибли от 20 до 25 человек.", [("killed", 20.0)]),
])
def test_the_first_day_of_a_span_of_days_is_a_date(lang, text, expected):
    assert [(m, n) for m, n, _ in _rows(text, lang)] == expected


# Every number of a list after a word of age ("ages 15, 16 and 17") is an age, not only the first and the last two;
# the count of the people before the list stays.
@pytest.mark.parametrize("text, expected", [
    ("Georgian police said they had arrested three teenagers, ages 14, 15 and 17, after the riot.",
     [("captured", 3.0, "GE")]),
    ("Georgian police said they had arrested four men, aged 22, 25, 31 and 40.", [("captured", 4.0, "GE")]),
    ("Georgian police said two men, aged 36 and 59, were killed.", [("killed", 2.0, "GE")]),
])
def test_every_number_of_a_list_of_ages_is_an_age(text, expected):
    assert _rows(text, "en") == expected


# A proportion ("one in four households", "1 in 3 children") is a share: neither number counts people.
@pytest.mark.parametrize("text, expected", [
    ("The Chadian ministry said one in four households in the camps is headed by a woman.", []),
    ("The Chadian ministry said 1 in 3 children in the camps had been displaced twice.", []),
    ("The Chadian ministry said one in five of the 40,000 displaced people was a child.", [("displaced", 40000.0, "TD")]),
    ("The Chadian ministry said one person in the camp was killed.", [("killed", 1.0, "TD")]),
])
def test_a_proportion_is_no_count(text, expected):
    assert _rows(text, "en") == expected

