"""Russian constructions that recur across the read material (session 26, ru17), built as classes.

Each test writes its own sentences (a wire, a live blog, a digest, a regional site), in Russian and, where the shared
mechanism serves them too, in Ukrainian and English; the distractors beside them are sentences where the mechanism
must not fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country", "speaker")


# -- a body sentence that opens on its source before a colon --------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    # a digest's item whose second sentence gives its own source before a colon (an international body: no country)
    ("ru", "Итоги дня\n\n▪️ В Сирии армия заняла город. ООН: более 60 тысяч человек бежали из района за неделю.\n",
     [("более 60 тысяч", "displaced", "", "ООН")]),
    # a live blog's entry under its time stamp: a ministry and its region before the colon
    ("ru", "Пожар на складе: онлайн\n\n12:40\nМЧС Турции: под завалами погибли 12 человек. Спасатели работают.\n",
     [("12", "killed", "TR", "МЧС Турции")]),
    # an acronym of a body right before the number reads as no tally's label of things ("танков – 10")
    ("ru", "Главное\n\nВ Сирии армия заняла город. ООН: 45 человек погибли при обстреле рынка.\n",
     [("45", "killed", "", "ООН")]),
    ("uk", "Головне\n\nУ Сирії армія зайняла місто. ООН: понад 60 тисяч людей втекли з району за тиждень.\n",
     [("понад 60 тисяч", "displaced", "", "ООН")]),
    ("en", "Briefing\n\nThe army took the town on Monday. UN: more than 60,000 people fled the area in a week.\n",
     [("more than 60,000", "displaced", "", "UN")]),
])
def test_a_body_sentence_names_its_source_before_a_colon(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # a clause before the colon ("the reason is simple"), a parenthetical formula, a tally's labels, a topic
    ("ru", "Главное\n\nВ Сирии армия заняла город. Причина проста: 60 человек погибли за неделю.\n"),
    ("ru", "Главное\n\nВ Сирии армия заняла город. Напомним: ранее погибли 5 человек.\n"),
    ("ru", "Главное\n\nВ Сирии армия заняла город. Итог недели: 12 погибших.\n"),
    # a role of people in the body is the narrator's summary, no source given by the layout
    ("ru", "Репортаж.\n\nПожарные: в результате пожара погибли четыре человека.\n"),
    ("uk", "Головне\n\nУ Сирії армія зайняла місто. Причина проста: 60 людей загинули за тиждень.\n"),
    ("en", "Briefing\n\nThe army took the town on Monday. The reason is simple: 60 people died there.\n"),
])
def test_no_source_before_a_colon_that_is_no_body(lang: str, text: str) -> None:
    assert [row for row in _rows(text, lang) if row[3]] == []


# -- "they" taking up the people just counted is their subject ------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    # people evacuated, then a shelter opened "for them": the evacuees are no displaced (evacuation is no measure)
    ("ru", "Наводнение в районе\n\nИз затопленных домов эвакуировали 150 жителей, сообщил глава района Иван Петров. "
           "Для них открыт пункт временного размещения в школе.\n", []),
    ("uk", "Повінь у районі\n\nЗ підтоплених будинків евакуювали 150 мешканців, повідомив голова громади Іван Петренко. "
           "Для них відкрили пункт тимчасового розміщення у школі.\n", []),
])
def test_a_pronoun_after_a_preposition_says_nothing_befell_the_people(lang: str, text: str,
                                                                      expected: list[tuple]) -> None:
    assert [row[:2] for row in _rows(text, lang)] == expected


def test_they_as_the_subject_still_take_up_the_people_counted() -> None:
    text = ("Обвал в шахте\n\nПод землей остаются двое горняков, сообщили в МЧС. Официально они до сих пор "
            "числятся пропавшими без вести.\n")
    assert [row[:2] for row in _rows(text, "ru")] == [("двое", "missing")]


# -- an acronym in brackets inside a long speaker phrase --------------------------------------------------------------
def test_an_acronym_in_brackets_inside_the_speaker_phrase_adds_no_length() -> None:
    text = ("Представитель Управления верховного комиссара ООН по делам беженцев (УВКБ) в Нигере Анна Мартен "
            "заявила, что в стране находятся более 300 тыс. беженцев из соседних стран.")
    rows = _rows(text, "ru")
    assert [row[:3] for row in rows] == [("более 300 тыс.", "displaced", "")]
    assert rows[0][3].startswith("Представитель Управления верховного комиссара ООН")


# -- an unnamed informant of a news outlet ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    # a headline's source after a dash: the outlet's unnamed informant speaks for no body and no country
    ("ru", "Маршрутка столкнулась с грузовиком под Самарой: погибли 4 человека — источник Mash\n\nДетали уточняются.\n",
     [("4", "killed", "")]),
    # before a colon, with a word that describes the informant, of a wire whose country the registry knows
    ("ru", "Сводка\n\n▪️ Местный источник Reuters: погибли не менее 30 военных, десятки ранены.\n",
     [("не менее 30", "killed", ""), ("десятки", "wounded", "")]),
    ("uk", "Автобус перекинувся на трасі: загинули 5 людей — джерело ТСН\n\nПодробиці з'ясовуються.\n",
     [("5", "killed", "")]),
])
def test_an_outlets_unnamed_informant_speaks_for_no_country(lang: str, text: str, expected: list[tuple]) -> None:
    assert [row[:3] for row in _rows(text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an informant placed in a body speaks for that body's country
    ("ru", "Взрыв на заводе в Самаре: в больницах 12 человек — источник Mash в минздраве региона\n\nДетали уточняются.\n",
     [("12", "wounded", "RU")]),
    ("ru", "По словам источника «Фонтанки» в силовых структурах Петербурга, задержаны 7 человек.",
     [("7", "captured", "RU")]),
    # an informant of a state body is that body's
    ("ru", "Источник в Минобороны России сообщил, что погибли 3 военнослужащих.", [("3", "killed", "RU")]),
])
def test_an_informant_placed_in_a_body_keeps_its_country(lang: str, text: str, expected: list[tuple]) -> None:
    assert [row[:3] for row in _rows(text, lang)] == expected


# -- a part of a count of things that names people of its own ---------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Обнаружено 9 массовых захоронений, из которых эксгумированы останки 57 человек, сообщила комиссия.",
     [("57", "killed")]),
    ("uk", "За словами речника поліції, серед затриманих — громадяни 12 країн, зокрема 340 громадян В'єтнаму.",
     [("340", "captured")]),
])
def test_a_part_of_things_that_names_people_is_counted(lang: str, text: str, expected: list[tuple]) -> None:
    assert [row[:2] for row in _rows(text, lang)] == expected


def test_a_part_of_things_with_no_people_stays_a_thing() -> None:
    text = "Силы ПВО уничтожили 64 беспилотника, из них 12 над областью, сообщило Минобороны."
    assert _rows(text, "ru") == []


# -- stump compounds of bodies ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected", [
    # a state commission named by its stump compound after its full name: the same body, with its country
    ("ru", "Государственная комиссия Сербии по делам пропавших сообщила о новых находках. Эксгумированы останки 57 "
           "человек, говорится в заявлении госкомиссии.", [("57", "killed", "RS")]),
    ("ru", "Эксгумированы останки 12 человек, сообщила облпрокуратура.", [("12", "killed")]),
    ("uk", "Ексгумовано рештки 14 людей, повідомила облпрокуратура.", [("14", "killed")]),
])
def test_a_stump_compound_of_a_body_is_its_role(lang: str, text: str, expected: list[tuple]) -> None:
    width = len(expected[0])
    assert [row[:width] for row in _rows(text, lang)] == expected


def test_a_prefix_before_no_role_makes_no_role() -> None:
    # "горожане" (city dwellers) and "райцентр" (a district town) hold no role noun after the prefix: no speaker
    text = "В райцентре погибли 3 человека, рассказали горожане."
    assert [row[2:] for row in _rows(text, "ru")] == [("", "горожане")]
