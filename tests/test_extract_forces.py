"""Forces, mercenaries and foreign volunteers: who serves, fights or is held, counted by a state that counts its
citizens abroad, in the four languages. Sentences written for the project (not from any evaluation set), in the
styles of a wire, a ministry's page, a Telegram digest and a regional site, with distractors where a mechanism must
not fire."""

from __future__ import annotations

import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, str]]:
    return extracted(text, lang, "stated", "metric")


@pytest.mark.parametrize("lang, text, expected", [
    # serving, fighting or enlisted in a force, on a side or at the front: the fighters a force has are deployed
    ("en", "About 400 Ghanaians are serving in the Russian army, the foreign ministry in Accra said on Tuesday.",
     [("About 400", "deployed")]),
    ("en", "The Ministry estimates that some 90 Nepali nationals are fighting alongside Ukrainian forces.",
     [("some 90", "deployed")]),
    ("en", "Fewer than 30 Indians have joined the ranks of the Russian army, the embassy said.",
     [("Fewer than 30", "deployed")]),
    ("en", "Officials in Nairobi said at least 200 Kenyans had been recruited to fight for Russia.",
     [("at least 200", "deployed")]),
    ("uk", "За словами посла, у лавах російської армії воюють щонайменше 200 громадян Непалу.",
     [("щонайменше 200", "deployed")]),
    ("uk", "МЗС Гани: на фронті перебувають близько 300 ганців", [("близько 300", "deployed")]),
    ("ru", "По данным МИД Таджикистана, в рядах российской армии служат около 500 граждан республики.",
     [("около 500", "deployed")]),
    ("ru", "Как сообщил посол, на стороне Украины воюют до 40 граждан Грузии.", [("до 40", "deployed")]),
    ("ko", "인도 외교부는 러시아군에서 복무하고 있는 자국민이 약 90명이라고 밝혔다.", [("약 90", "deployed")]),
    ("ko", "외교부는 우크라이나에서 싸우고 있는 한국인 의용병이 15명 안팎이라고 말했다.", [("15명 안팎", "deployed")]),
])
def test_people_serving_or_fighting_in_a_force_are_deployed(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Korean -고 있다 is a progressive: the verb before it stays in the clause of the people counted
    ("ko", "국정원은 러시아에서 싸우고 있는 북한군이 1만1천명에 이른다고 밝혔다.", [("1만1천", "deployed")]),
    # and a verb ending in -고 with no auxiliary after it still closes its clause
    ("ko", "소방당국은 3명이 숨지고 주민 20명이 피난했다고 밝혔다.", [("3", "killed"), ("20", "displaced")]),
])
def test_a_korean_progressive_keeps_its_verb_in_the_clause(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # personnel who arrive, with an adjective before their noun: deployed
    ("ru", "Минобороны сообщило, что в Мали прибыли около 2 тысяч российских контрактников.",
     [("около 2 тысяч", "deployed")]),
    ("uk", "За даними ГУР, до Бахмута прибули 500 іноземних найманців.", [("500", "deployed")]),
    # people of no force who arrive are no deployment, adjective or not
    ("ru", "Полиция сообщила, что в город прибыли 700 нелегальных мигрантов.", []),
    ("uk", "За даними ДПСУ, до Польщі прибули 1 200 українських біженців.", [("1 200", "displaced")]),
])
def test_arriving_personnel_named_after_an_adjective_are_deployed(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The ministry said six Nepali nationals are currently held as prisoners of war in Ukraine.",
     [("six", "captured")]),
    # a part of people whose fate is asked about, held prisoner, is captured (its own status), not missing
    ("ko", '대사관은 "연락이 끊긴 자국민은 30여명이며, 이 가운데 4명은 우크라이나군에 포로로 잡혀 있다"고 말했다.',
     [("30여명", "missing"), ("4", "captured")]),
    # released from a tie, not from custody: no prisoners
    ("en", "The ministry said 45 Nepali nationals have been released from their contracts.", []),
    ("en", "Police said 12 people were released from hospital on Sunday.", []),
    ("en", "The army said 40 soldiers were released from captivity.", [("40", "captured")]),
])
def test_nationals_held_and_released(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # held to criminal liability: defendants, no deployment ("привлечь" also engages personnel)
    ("ru", "По данным прокуратуры, к уголовной ответственности за наемничество привлечены 12 граждан.", []),
    ("uk", "За даними СБУ, до кримінальної відповідальності за найманство притягнуто 9 громадян.", []),
    ("ru", "Минобороны сообщило, что к охране порядка привлечены 300 военнослужащих.", [("300", "deployed")]),
])
def test_people_held_to_criminal_liability_are_defendants(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, speaker", [
    # a backward marker, a long circumstance opening on its preposition, the verb, then the subject after it
    ("ru", "Еще 15 граждан находятся в плену.\n\nОб этом на заседании комитета парламента по вопросам обороны и "
           "безопасности сообщил заместитель министра иностранных дел Таджикистана Иван Петров.",
     "заместитель министра иностранных дел Таджикистана Иван Петров"),
    ("uk", "Щонайменше 12 громадян Грузії загинули на фронті.\n\nПро це під час засідання профільного комітету "
           "Верховної Ради з питань оборони повідомив заступник міністра закордонних справ Грузії Іван Петров.",
     "заступник міністра закордонних справ Грузії Іван Петров"),
])
def test_a_circumstance_between_a_backward_marker_and_its_verb_is_not_the_speaker(lang, text, speaker):
    assert [row[1] for row in extracted(text, lang, "stated", "speaker")] == [speaker]


@pytest.mark.parametrize("lang, text, expected", [
    # troops a side lost over a period are its tally of losses, killed and wounded
    ("en", "Ukraine's General Staff said Russia has lost about 700,000 troops since the full-scale invasion began.",
     [("about 700,000", "killed_or_wounded")]),
    ("en", "The defence ministry claimed the enemy had lost up to 900 soldiers over the past 24 hours.",
     [("up to 900", "killed_or_wounded")]),
    ("ko", "국방부는 적군이 하루 동안 최대 1천명의 병력을 잃었다고 주장했다.", [("최대 1천", "killed_or_wounded")]),
    # the soldiers one fight cost are its dead
    ("en", "The army said it lost six soldiers in the ambush near the border.", [("six", "killed")]),
    ("ko", "군 당국은 이번 매복 공격으로 5명의 병사를 잃었다고 밝혔다.", [("5", "killed")]),
])
def test_troops_lost_over_a_period_are_killed_or_wounded(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a force home from its tour (a rotation, a shift, a contingent) is deployed, not prisoners freed
    ("ru", "Командир сообщил, что после ротации домой вернулись 138 миротворцев.", [("138", "deployed")]),
    ("uk", "Командир повідомив, що після ротації додому повернулися 200 військовослужбовців бригади.",
     [("200", "deployed")]),
    # soldiers come home with no tour named, or after an exchange, are prisoners freed
    ("uk", "Командир повідомив, що додому повернулися 200 військовослужбовців.", [("200", "captured")]),
    ("ru", "В результате обмена в Россию вернулись 115 военнослужащих, сообщило Минобороны.", [("115", "captured")]),
    # fighters who set out for their positions are deployed
    ("uk", "Командир бригади повідомив, що на позиції вирушили близько двох тисяч бійців.",
     [("близько двох тисяч", "deployed")]),
    ("ru", "По словам командира, на позиции выдвинулись около 300 бойцов.", [("около 300", "deployed")]),
])
def test_a_force_home_from_its_tour_and_fighters_setting_out_are_deployed(lang, text, expected):
    assert _rows(text, lang) == expected
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # people of no kind who set out as members of a unit are personnel, deployed
    ("ru", "Как рассказал военный комиссар области, в составе батальона отправились 312 человек.", [("312", "deployed")]),
    ("uk", "За словами військового комісара, у складі батальйону вирушили 250 осіб.", [("250", "deployed")]),
    # a group of tourists is no unit of a force
    ("ru", "Полиция сообщила, что в составе группы туристов прибыли 40 человек.", []),
])
def test_people_who_set_out_as_members_of_a_unit_are_deployed(lang, text, expected):
    assert _rows(text, lang) == expected
