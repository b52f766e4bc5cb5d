"""People evacuated are no measure in English, Ukrainian and Korean either (session 25, evac17).

ru16 (21fe85d) made evacuations no measure in Russian; the annotation rules list displaced as "displaced, fled,
refugees, IDPs", and across the evaluators' annotated batches the rows whose cue is a verb of evacuating are mostly
wrong. People who fled, lost their homes, stay in shelters or temporary housing are still displaced; the wounded
evacuated to a hospital are still wounded. Every sentence is written for the test; numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


@pytest.mark.parametrize("lang, text, expected", [
    # an evacuation, by a verb, a participle or a noun, counts no one
    ("en", "Firefighters evacuated 240 residents from the flooded district, the fire service said.", []),
    ("en", "Police said about 1,500 people were evacuated from the area around the stadium.", []),
    ("en", "The regional governor said 3,000 residents had been ordered to evacuate ahead of the storm.", []),
    ("uk", "Рятувальники евакуювали 65 мешканців підтопленого селища, повідомили в ДСНС.", []),
    ("uk", "За даними ОВА, з прифронтових громад евакуйовано понад 300 людей.", []),
    ("ko", "소방당국은 산불이 번지자 인근 주민 120명이 대피했다고 밝혔다.", []),
    ("ko", "행정안전부에 따르면 호우로 주민 85명이 대피했다.", []),
    # distractors: people who fled or lost their homes are displaced
    ("en", "The UN refugee agency said 4,200 people fled their homes after the clashes.", [("4,200", "displaced")]),
    ("en", "Officials said 75 families were left homeless by the fire.", [("75", "displaced")]),
    ("uk", "За даними ДСНС, 40 мешканців залишилися без житла після обстрілу.", [("40", "displaced")]),
    ("ko", "행정안전부에 따르면 호우로 이재민 85명이 발생했다.", [("85", "displaced")]),
    # the wounded evacuated to a hospital stay wounded
    ("en", "The army said six wounded soldiers were evacuated to a hospital in the capital.", [("six", "wounded")]),
    ("uk", "За даними ДСНС, трьох поранених евакуювали до лікарні.", [("трьох", "wounded")]),
])
def test_evacuated_people_are_no_measure(lang, text, expected):
    assert _rows(text, lang) == expected
