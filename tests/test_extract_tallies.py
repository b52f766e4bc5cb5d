"""Bodies that count their own people, and outlets that report their staff: sentences written for the project (not
from any evaluation set), in the styles of a wire, a broadcaster's page, a union's statement and a Telegram digest.

- A body's loss of its own people ("ми втратили 17 колег", "организация потеряла девять сотрудников") is their death;
  only a side's losses of its fighters or of people at large count the wounded with the dead
  (``measures._lost_not_fighters``, the tables' ``combatant_nouns``).
- The quoted name of the body the people counted belong to ("двоє журналістів «Суспільного» загинули") is part of
  their phrase, no clause break between them and what befell them.
- A bare kind word of a body or of an outlet as the speaker ("the network said", "повідомила редакція", "сообщили в
  организации", "방송사는 밝혔다") is the registered body named before it; an outlet's kind word finds an outlet
  (the tables' ``body_nouns`` and ``outlet_nouns``).
- The offices and editors of the press speak for an outlet ("the editor-in-chief said", "повідомила редакція").
"""

from __future__ import annotations

import pytest

from analysis import extract_claims


def _rows(text: str, lang: str) -> list[tuple[str, str, str]]:
    found = extract_claims(text, lang=lang)
    return [(r["stated"], r["metric"], r["country"] or "") for r in found.to_dict("records")]


# A body's loss of its own people is their death.
@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "«Цього року ми втратили ще дев'ятьох колег», — сказав голова НСЖУ.", [("дев'ятьох", "killed", "UA")]),
    ("uk", "Фонд втратив трьох своїх волонтерів під час евакуації, повідомили в Міністерстві соціальної політики.",
     [("трьох", "killed", "UA")]),
    ("ru", "Союз журналистов России сообщил, что за год профессия потеряла 14 сотрудников редакций.",
     [("14", "killed", "RU")]),
    ("ru", "«Мы потеряли шестерых медиков и водителей», — заявили в Минздраве Казахстана.",
     [("шестерых", "killed", "KZ")]),
])
def test_a_body_losing_its_own_people_counts_their_death(lang, text, expected):
    assert _rows(text, lang) == expected


# Distractors: a side's losses of its fighters, or of people at large, count the dead and the wounded together.
@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Ворог за добу втратив 870 окупантів, повідомив Генштаб ЗСУ.", [("870", "killed_or_wounded", "UA")]),
    ("uk", "Противник втратив 640 осіб, повідомив Генштаб ЗСУ.", [("640", "killed_or_wounded", "UA")]),
    ("ru", "Противник потерял 515 военнослужащих, сообщило Минобороны России.",
     [("515", "killed_or_wounded", "RU")]),
    ("ru", "Противник потерял 320 человек, сообщило Минобороны России.", [("320", "killed_or_wounded", "RU")]),
])
def test_a_side_losing_fighters_counts_killed_or_wounded(lang, text, expected):
    assert _rows(text, lang) == expected


# The quoted name of the body the people counted work for is part of their phrase.
@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Двоє журналістів «Укрінформу» загинули під час обстрілу Херсона, повідомила поліція.",
     [("Двоє", "killed", "UA")]),
    ("uk", "Четверо працівників «Нової пошти» дістали поранення, повідомила Національна поліція.",
     [("Четверо", "wounded", "UA")]),
    ("ru", "Трое сотрудников «Красного Креста» получили ранения в Курске, сообщила полиция.",
     [("Трое", "wounded", "RU")]),
])
def test_the_quoted_name_of_their_employer_does_not_end_the_clause(lang, text, expected):
    assert _rows(text, lang) == expected


# A bare kind word of an outlet or a body speaks for the one named before it.
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Three Al Jazeera crew members were wounded by shelling near Khan Younis, the network said on Sunday.",
     [("Three", "wounded", "QA")]),
    ("en", "Two Reuters photographers were detained at a checkpoint, the news agency said.",
     [("Two", "captured", "GB")]),
    ("en", "Four MSF staff members have been killed since October, the organisation said.",
     [("Four", "killed", "")]),
    ("uk", "Троє журналістів «Суспільного» отримали поранення, повідомила редакція.", [("Троє", "wounded", "UA")]),
    ("uk", "Двоє фотографів «Аль-Джазіри» загинули в секторі Газа, повідомив телеканал.", [("Двоє", "killed", "QA")]),
    ("ru", "Два корреспондента «Би-би-си» задержаны в Минске, сообщил телеканал.", [("Два", "captured", "GB")]),
    ("ru", "Пятеро сотрудников «Врачей без границ» погибли в Судане, сообщили в организации.",
     [("Пятеро", "killed", "")]),
    ("ko", "알자지라 취재진 3명이 가자지구에서 다쳤다고 방송사는 밝혔다.", [("3", "wounded", "QA")]),
    ("ko", "국경없는의사회 직원 4명이 수단에서 숨졌다고 단체는 밝혔다.", [("4", "killed", "")]),
])
def test_a_kind_word_speaks_for_the_body_named_before(lang, text, expected):
    assert _rows(text, lang) == expected


# Distractors: a kind word of a body does not take an outlet that only relays another body's count, and an outlet's kind
# word takes the outlet, not the body whose count it relays.
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Five UNICEF staff were killed in the attack, Reuters reported, citing the agency's statement; the "
           "organisation said the convoy was marked.", [("Five", "killed", "")]),
    ("uk", "За даними ІМІ, двоє журналістів «Суспільного» отримали поранення, повідомила редакція.",
     [("двоє", "wounded", "UA")]),
])
def test_a_kind_word_keeps_to_its_kind(lang, text, expected):
    assert _rows(text, lang) == expected


# The press speaks for its outlet: editors and newsrooms are speakers.
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Two of the paper's reporters were wounded in the blast, the editor-in-chief said.",
     [("Two", "wounded", "")]),
    ("uk", "Двоє наших кореспондентів загинули під Бахмутом, повідомив головний редактор.", [("Двоє", "killed", "UA")]),
    ("ru", "Двое наших корреспондентов ранены, сообщил главный редактор.", [("Двое", "wounded", "RU")]),
    ("ko", "소속 기자 2명이 취재 중 다쳤다고 편집국장이 밝혔다.", [("2", "wounded", "KR")]),
])
def test_editors_and_newsrooms_speak(lang, text, expected):
    assert _rows(text, lang) == expected


# A clause with no verb puts the people counted in a place of care or custody after them (a post's or a headline's
# ellipsis of the verb of staying).
@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Троє наших фотографів у лікарні, повідомила редакція.", [("Троє", "wounded", "UA")]),
    ("uk", "«Двоє волонтерів фонду в реанімації», — написав керівник фонду в Telegram.", [("Двоє", "wounded", "UA")]),
    ("uk", "Четверо журналістів у СІЗО, повідомили правозахисники з ІМІ.", [("Четверо", "captured", "UA")]),
    ("ru", "Пятеро наших корреспондентов в больнице, сообщила редакция.", [("Пятеро", "wounded", "RU")]),
    ("ru", "Трое журналистов в СИЗО, сообщили в Союзе журналистов России.", [("Трое", "captured", "RU")]),
])
def test_people_in_a_place_of_care_or_custody_with_no_verb(lang, text, expected):
    assert _rows(text, lang) == expected


# Distractors: a verb of its own after the place, personnel at work there, or a verb before the number in its clause.
@pytest.mark.parametrize("lang, text", [
    ("uk", "Двоє журналістів у лікарні провели знімання, повідомила редакція."),
    ("uk", "Сорок медиків у лікарні, повідомила ОВА."),
    ("ru", "Поликлиника приняла двух журналистов в больнице, сообщила редакция."),
])
def test_no_place_of_care_without_people_staying_there(lang, text):
    assert all(metric != "wounded" for _, metric, _ in _rows(text, lang))


# The bodies that count journalists and aid workers are registered with their seat's country, in every language.
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The International Press Institute counted 41 journalists killed worldwide last year.",
     [("41", "killed", "AT")]),
    ("en", "Gaza's Government Media Office said 190 journalists had been killed since the war began.",
     [("190", "killed", "PS")]),
    ("en", "World Central Kitchen said two of its drivers were wounded in the strike.", [("two", "wounded", "US")]),
    ("uk", "За даними «Репортерів без кордонів», у полоні перебувають щонайменше 19 журналістів.",
     [("щонайменше 19", "captured", "FR")]),
    ("uk", "Кримська правозахисна група повідомила, що затримано 9 кримських татар.", [("9", "captured", "UA")]),
    ("ru", "Белорусская ассоциация журналистов сообщила, что за решеткой остаются 33 медиаработника.",
     [("33", "captured", "BY")]),
    ("ru", "Сирийский арабский Красный Полумесяц сообщил, что погибли четверо его волонтеров.",
     [("четверо", "killed", "SY")]),
    ("ko", "팔레스타인기자협회는 언론인 150여명이 숨졌다고 밝혔다.", [("150여명", "killed", "PS")]),
    ("ko", "전국언론노동조합은 조합원 12명이 다쳤다고 밝혔다.", [("12", "wounded", "KR")]),
])
def test_press_and_aid_bodies_are_registered(lang, text, expected):
    assert _rows(text, lang) == expected


# Distractor: "RSF" alone is Sudan's Rapid Support Forces, not Reporters Without Borders.
def test_rsf_alone_is_not_the_press_freedom_group():
    assert _rows("RSF fighters killed 12 villagers, the Sudan Doctors Network said.", "en") == [("12", "killed", "SD")]


# An owner's pronoun between the number and the people ("троє його волонтерів") is no thing counted.
@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Фонд повідомив, що загинули двоє його волонтерів.", [("двоє", "killed", "UA")]),
    ("uk", "У місії повідомили, що поранено трьох її спостерігачів.", [("трьох", "wounded", "UA")]),
    ("ru", "В ООН сообщили, что погибли шестеро ее сотрудников.", [("шестеро", "killed", "")]),
])
def test_an_owners_pronoun_before_the_people_counted(lang, text, expected):
    assert _rows(text, lang) == expected


# A short appositive about the people counted, then a relative clause about them: what befell them follows.
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The union said it had records of at least 14 reporters, most of them freelancers, who had not been heard "
           "from since the siege began.", [("at least 14", "missing", "")]),
    ("en", "The group said 12 journalists, most of them women, who covered the protests were detained.",
     [("12", "captured", "")]),
    ("uk", "Поліція повідомила, що 30 людей, переважно чоловіки, які перебували в барі, дістали поранення.",
     [("30", "wounded", "UA")]),
    ("ru", "Полиция сообщила, что 25 человек, в основном студенты, которые стояли у здания суда, были задержаны.",
     [("25", "captured", "RU")]),
])
def test_an_appositive_then_a_relative_clause_about_the_people(lang, text, expected):
    assert _rows(text, lang) == expected


# Distractor: the relative clause after the appositive tells of the people, the verb of no measure counts no one.
def test_an_appositive_then_a_relative_clause_of_no_measure():
    assert _rows("The union said 40 reporters, most of them young, who covered the war had left the profession.",
                 "en") == []


# "one" before a noun and a cue counts one person ("left one contractor dead"); a pronoun "one" counts no one.
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The ambush left one reporter dead and three injured, the broadcaster's union said.",
     [("one", "killed", ""), ("three", "wounded", "")]),
    ("en", "The strike on the convoy left one UNICEF driver dead, the organisation said.", [("one", "killed", "")]),
    ("en", "Two reporters were hurt, and the younger one lost an eye, the union said.", [("Two", "wounded", "")]),
    ("en", "Two reporters were hurt; the other one was treated at the scene, the union said.",
     [("Two", "wounded", "")]),
])
def test_one_before_a_noun_and_a_cue_counts(lang, text, expected):
    assert _rows(text, lang) == expected


def test_irc_is_the_international_rescue_committee():
    assert _rows("Two IRC staff were killed in Darfur, the IRC said.", "en") == [("Two", "killed", "")]


# A site's name with its domain ("«Бел.Ру»", "Газета.Ru") does not end a sentence at its full stop.
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Главный редактор Ирина Лебедева рассказала «Бел.Ру», что задержаны четверо корреспондентов.",
     [("четверо", "captured", "RU")]),
    ("uk", "Редакторка Ольга Мельник розповіла «Дзеркало.Ua», що поранено двох операторів і двох журналістів.",
     [("двох", "wounded", "UA"), ("двох", "wounded", "UA")]),
])
def test_a_sites_name_with_its_domain_ends_no_sentence(lang, text, expected):
    assert _rows(text, lang) == expected


# Distractor: a full stop glued to the next sentence's first word still ends the sentence.
def test_a_glued_full_stop_before_a_word_still_ends_the_sentence():
    from analysis.extract.language import language
    from analysis.extract.sentences import sentences

    text = "Two reporters were killed, the union said.The ministry said five were hurt."
    assert len(sentences(text, language("en"))) == 2
