"""The measure from the verb that governs the number, and partitions of a whole (session 22, verbs13).

Each test writes its own sentences and names what a reader takes from them; the distractors beside them are
sentences where the same mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


# -- a preposition after the number opens a circumstance, not a noun of things the number counts ---------------------
@pytest.mark.parametrize("text, expected", [
    # "14 in attacks": the verb before governs the number; "attacks" is where it happened, not what was counted
    ("Bandits kill at least 14 in attacks on farming villages, officials say", [("at least 14", "killed")]),
    ("Soldiers killed 12 militants in raids on their camps, the army said.", [("12", "killed")]),
])
def test_a_preposition_after_the_number_is_no_noun_of_things(text, expected):
    assert _rows(text, "en") == expected


def test_things_counted_before_the_preposition_stay_things():
    assert _rows("Rebels fired 23 rockets in raids on villages, the army said.", "en") == []


# -- "one" of a set named in the genitive after "з" / "из" -----------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # "on one of the checkpoints": a place, so the verb after it governs the 9 soldiers (not "deployed" from the noun)
    ("На одному з блокпостів загинули 9 військових, повідомив штаб.", "uk", [("9", "killed")]),
    ("На одном из участков погибли 5 пограничников, сообщили в ведомстве.", "ru", [("5", "killed")]),
])
def test_one_of_a_set_of_things_is_no_count(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # one of the people a pronoun or a people noun stands for is still a count of one
    ("Один з поранених помер у лікарні, повідомила поліція.", "uk", [("Один", "killed")]),
    ("Двое ранены, состояние одного из них тяжелое, сообщили в МЧС.", "ru", [("Двое", "wounded"),
                                                                           ("одного", "wounded")]),
])
def test_one_of_people_is_still_counted(text, lang, expected):
    assert _rows(text, lang) == expected


# -- verbs of losing people ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # the kind of the loss between the verb and the number: 300 lost as killed
    ("Стрелковый полк потерял убитыми 300 человек, сообщило министерство.", "ru", [("300", "killed")]),
    # the wounded counted apart in the same sentence: the 15 lost are the dead
    ("«Ми втратили 15 бійців, поранених ще більше», – сказав командир бригади.", "uk", [("15", "killed")]),
    ("Полк потерял 40 бойцов, еще 70 были ранены, сообщило министерство.", "ru", [("40", "killed"), ("70", "wounded")]),
])
def test_the_loss_of_people_is_the_dead_when_the_kind_says_so(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # with nothing to say which, a loss of people is the dead and the wounded, as "losses" are
    ("ЗСУ втратили 1250 військових, заявило Міноборони рф.", "uk", [("1250", "killed_or_wounded")]),
    ("ВСУ потеряли до 1200 военнослужащих, сообщило Минобороны.", "ru", [("до 1200", "killed_or_wounded")]),
    # the dead and the wounded of a phrase named later are no wounded counted apart
    ("Армия потеряла 1250 военнослужащих, всего с начала войны 600 тысяч убитых и раненых, сообщило министерство.",
     "ru", [("1250", "killed_or_wounded"), ("600 тысяч", "killed_or_wounded")]),
])
def test_a_bare_loss_stays_the_dead_and_wounded(text, lang, expected):
    assert _rows(text, lang) == expected


# -- partitions: a whole of victims whose part died ------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # if all 50 had died, no "14 of them died" would follow: 50 victims are the dead and the hurt, 14 the dead
    ("Жертвами мін стали 50 людей, з них 14 загинули, повідомила поліція.", "uk",
     [("50", "killed_or_wounded"), ("14", "killed")]),
    ("Жертвами мин стали 120 человек, из них 30 погибли, сообщило ведомство.", "ru",
     [("120", "killed_or_wounded"), ("30", "killed")]),
    # a part of casualties that was fatal: the dead
    ("The inquiry recorded 80 casualties, 25 of them fatal, the ministry said.", "en",
     [("80", "killed_or_wounded"), ("25", "killed")]),
])
def test_a_partition_splits_the_dead_from_the_whole(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a verb of killing's dead stay dead whatever the part says (20 died in the shelling: how, not whether)
    ("Окупанти вбили 60 цивільних, з них 20 загинули під час обстрілу, повідомила прокуратура.", "uk",
     [("60", "killed"), ("20", "killed")]),
    # a word that includes a part ("зокрема", "including") shares the whole's fate, no partition
    ("Жертвами обстрілу стали 12 людей, зокрема троє дітей загинули, повідомила поліція.", "uk",
     [("12", "killed"), ("троє", "killed")]),
    ("Police said 17 people were killed, including 10 children killed in the blast.", "en",
     [("17", "killed"), ("10", "killed")]),
])
def test_no_partition_leaves_the_dead_dead(text, lang, expected):
    assert _rows(text, lang) == expected


# -- people blown up by a mine: its dead and hurt --------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("На мінах підірвалися 30 цивільних, повідомила прокуратура.", "uk", [("30", "killed_or_wounded")]),
    ("Подорвались на минах 12 человек, сообщили в МЧС.", "ru", [("12", "killed_or_wounded")]),
    ("Three villagers stepped on a landmine near the border, the army said.", "en", [("Three", "killed_or_wounded")]),
    ("주민 12명이 지뢰 사고를 당했다고 군은 밝혔다.", "ko", [("12", "killed_or_wounded")]),
    ("민간인 지뢰 피해자는 500여명에 이른다고 단체는 밝혔다.", "ko", [("500여명", "killed_or_wounded")]),
])
def test_mine_victims_are_the_dead_and_hurt(text, lang, expected):
    assert _rows(text, lang) == expected


# -- Korean verbs chained on the number's object share it ------------------------------------------------------------
def test_chained_verbs_share_the_object():
    # dragged away and killed: the last verb of the chain says what befell the 40
    assert _rows("경찰은 주민 최소 40명을 산으로 끌고 가 살해했다고 위원회는 밝혔다.", "ko") == [("최소 40", "killed")]


@pytest.mark.parametrize("text, expected", [
    # the first verb of the chain is a measure of its own: it decides, the next clause is another
    ("군은 주민 40명을 피난시키고 복구 작업을 벌였다고 밝혔다.", [("40", "displaced")]),
    # a new subject after the chained verb opens another clause: the people rescued are in no measure
    ("경찰은 주민 30명을 구조하고 주민들이 피난했다고 밝혔다.", []),
])
def test_a_chain_stops_at_its_own_measure_or_a_new_subject(text, expected):
    assert _rows(text, "ko") == expected


# -- a participle of state between commas, then the verb that governs the number --------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # wounded, and taken prisoner: the verb after the aside says what befell the two
    ("Під час бою трьох бойовиків знищено, ще двох, поранених, захоплено в полон, повідомили в штабі.", "uk",
     [("трьох", "killed"), ("двох", "captured")]),
    ("Еще двоих, раненых, взяли в плен, сообщили в ведомстве.", "ru", [("двоих", "captured")]),
])
def test_the_verb_after_a_state_aside_governs(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_state_aside_before_a_place_of_care_stays_wounded():
    assert _rows("Двое военных, раненые, находятся в больнице, сообщили в ведомстве.", "ru") == [("Двое", "wounded")]


# -- bodies not brought out, and people still sought, are missing ----------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Тела трех горняков до сих пор не извлечены из шахты, сообщили в МЧС.", "ru", [("трех", "missing")]),
    ("Тіла двох шахтарів досі не вилучені з-під завалів, повідомила поліція.", "uk", [("двох", "missing")]),
    ("The bodies of three climbers have not been recovered, police said.", "en", [("three", "missing")]),
    ("В розыске остаются 40 человек, сообщили в МЧС.", "ru", [("40", "missing")]),
])
def test_bodies_not_recovered_are_missing(text, lang, expected):
    assert _rows(text, lang) == expected


def test_bodies_recovered_are_the_dead():
    assert _rows("Rescuers recovered the bodies of three climbers, police said.", "en") == [("three", "killed")]


# -- people put out of their homes by force, and people who came away from home ---------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Близько 300 мешканців села були примусово виселені, повідомила адміністрація.", "uk",
     [("Близько 300", "displaced")]),
    ("Из села выселены 300 жителей, сообщили в администрации.", "ru", [("300", "displaced")]),
    ("About 300 families were evicted from the settlement, the city said.", "en", [("About 300", "displaced")]),
    ("고향을 떠나온 주민 500여명이 머물고 있다고 기구는 밝혔다.", "ko", [("500여명", "displaced")]),
])
def test_forced_removal_is_displacement(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a relative clause about the people counted, after their origin or a participle and its agent ----------------------
@pytest.mark.parametrize("text, expected", [
    ("Three nurses employed by the charity who were kidnapped in May are still being held, the charity said.",
     [("Three", "captured")]),
    ("Four pilgrims from Kerala who were separated from their groups remain missing, police said.",
     [("Four", "missing")]),
])
def test_the_relative_clause_after_the_peoples_phrase_governs(text, expected):
    assert _rows(text, "en") == expected


def test_a_relative_clause_of_no_measure_counts_no_one():
    assert _rows("Four pilgrims from Kerala who lost their way returned home safely, police said.", "en") == []


# -- quotation marks around the number's own phrase open no clause --------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ('The senator said "at least 45 people" had died in the floods.', "en", [("at least 45", "killed")]),
    ('A police log listed 9 "bandits killed in a clash", the historian said.', "en", [("9", "killed")]),
    ("В отчете упомянуты 14 «арестованных, расстрелянных при попытке к бегству», отметил историк.", "ru",
     [("14", "killed")]),
])
def test_a_quoted_phrase_of_the_people_counted_is_read(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_quoted_name_of_no_measure_counts_no_one():
    assert _rows('The senator said 45 "volunteers" met the mayor.', "en") == []


# -- a figure restated in digits in brackets is stated as written ----------------------------------------------------
def test_a_figure_restated_in_brackets_is_stated_whole():
    text = "Four (4) officers sustained injuries, while one (1) other died, the police service said."
    assert _rows(text, "en") == [("Four (4)", "wounded"), ("one (1)", "killed")]


# -- people a court or a prosecutor acts on are defendants, in no measure --------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("A military court on Monday charged 14 former army officers with murder, the court said.", "en"),
    ("Nine soldiers were convicted of murder on Monday, the court said.", "en"),
    ("Суд приговорил 8 военнослужащих к срокам заключения, сообщили в прокуратуре.", "ru"),
    ("Суд засудив 6 військових до довічного ув'язнення, повідомили в прокуратурі.", "uk"),
    ("검찰은 장병 7명을 기소했다고 밝혔다.", "ko"),
])
def test_defendants_are_no_deployment(text, lang):
    assert _rows(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    # the same nouns of soldiers, sent: a deployment
    ("The ministry said 14 army officers were deployed to the border.", "en", [("14", "deployed")]),
    ("В зону направлены 8 военнослужащих, сообщили в министерстве.", "ru", [("8", "deployed")]),
    ("군은 장병 7명을 투입했다고 밝혔다.", "ko", [("7", "deployed")]),
])
def test_soldiers_sent_are_still_deployed(text, lang, expected):
    assert _rows(text, lang) == expected
