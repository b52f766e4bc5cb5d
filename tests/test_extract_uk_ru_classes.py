"""Classes of Ukrainian and Russian wording, each with sentences written for the project (not from any evaluation
set): the table data (analysis/extract/tables/uk.yaml, ru.yaml) and the registry decide them."""

from __future__ import annotations

import pytest

from analysis import extract_claims


def _rows(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(r["stated"], r["metric"], r["country"]) for r in extract_claims(text, lang=lang).to_dict("records")]


@pytest.mark.parametrize("lang, text, expected", [
    # a headline "Source: claim" whose claim has a capitalised word and a number in words: the source is before the colon
    ("uk", "МВС Молдови: під час шторму біля Вадул-луй-Воде загинули четверо рибалок\n\nКИШИНІВ. Шторм вирував дві доби.",
     [("четверо", "killed", "MD")]),
    ("ru", "Посольство Индии: при пожаре на складе компании Emaar погибли трое граждан\n\nПожар начался вечером.",
     [("трое", "killed", "IN")]),
])
def test_a_headline_source_before_a_colon_is_not_the_claim_after_it(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("uk", "Загиблому водієві було 47 років, уточнили в поліції Полтавщини."),   # років keys as рік, not ріка
    ("uk", "Поліція повідомила, що загинув чоловік 58 років."),
    ("uk", "Прикордонники повідомили, що до кордону направили три катери та дві групи рятувальників."),
    ("ru", "МЧС сообщило, что к месту пожара направлены 14 катеров и девять отрядов спасателей."),
])
def test_years_boats_and_teams_after_a_number_count_no_people(lang, text):
    assert [row for row in _rows(text, lang) if row[0] not in ("двоє",)] == []


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Генштаб ЗСУ повідомив, що на Покровському напрямку знешкоджено 35 окупантів.", [("35", "killed", "UA")]),
    ("uk", "За даними ООН, понад 3 тисячі жителів прикордонних сіл перейшли на територію сусідньої Польщі.",
     [("понад 3 тисячі", "displaced", "")]),
    ("ru", "МЧС Киргизии сообщило, что около 1,5 тысячи жителей пограничных сел перешли на территорию соседнего "
           "Казахстана.", [("около 1,5 тысячи", "displaced", "KG")]),
])
def test_neutralised_fighters_are_killed_and_people_who_crossed_into_a_country_are_displaced(lang, text, expected):
    assert _rows(text, lang) == expected
