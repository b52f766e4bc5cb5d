"""Local speakers of communal violence, class by class, in the four languages (our own sentences, no article text).

Each block is one mechanism, with sentences where it must fire and distractors where it must not:

- a unit numbered by an ordinal prefix glued to its noun (Korean 제: "제6보병사단은", "제3기동대는") is a body's name,
  not a count, so it is the subject that speaks;
- a country's name of an adjective and a noun is found in every case ("у Південному Судані", "в Южном Судане"), so the
  adjective's oblique form (Ukrainian "Південному", read first as a neuter) does not leave Sudan's noun alone.
"""

import pytest

from analysis import extract_claims


def rows(text: str, lang: str) -> list[dict]:
    return extract_claims(text, lang=lang).to_dict("records")


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(r["stated"], r["metric"], r["country"]) for r in rows(text, lang)]


# -- a unit numbered by an ordinal prefix is a body's name ------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("나이지리아 육군 제3사단은 플래토주 마을 습격으로 주민 21명이 숨지고 9명이 다쳤다고 밝혔다.",
     [("21", "killed", "NG"), ("9", "wounded", "NG")]),
    ("말리 경찰 제2기동대는 교전으로 12명이 숨졌다고 발표했다.", [("12", "killed", "ML")]),
    ("인도 마니푸르주 경찰 제5대대는 충돌 이후 주민 300여 명이 피란했다고 전했다.", [("300여", "displaced", "IN")]),
])
def test_a_unit_numbered_by_an_ordinal_prefix_speaks(sentence, expected):
    assert found(sentence, "ko") == expected


def test_an_ordinal_prefix_alone_is_still_no_speaker():
    # "제2 도시" (the second city) is a place: the police after the count speak
    assert found("나이지리아 제2 도시에서 30명이 숨졌다고 경찰이 밝혔다.", "ko") == [("30", "killed", "NG")]


def test_a_count_glued_to_its_counter_is_no_unit():
    # "8명이" is a count of people, no name of a unit: no speaker phrase swallows it
    got = rows("필리핀 육군은 교전으로 8명이 숨졌다고 밝혔다.", "ko")
    assert [(r["stated"], r["speaker"]) for r in got] == [("8", "필리핀 육군")]


# -- a country's name of an adjective and a noun, in every case ------------------------------------------------------
@pytest.mark.parametrize("lang, sentence, code", [
    ("uk", "Комісар округу Пібор у Південному Судані заявив, що під час нападу загинули 17 людей.", "SS"),
    ("uk", "Губернатор провінції у Східному Тиморі повідомив, що внаслідок сутичок загинули семеро людей.", "TL"),
    ("ru", "Комиссар округа Пибор в Южном Судане заявил, что при нападении погибли 17 человек.", "SS"),
    ("uk", "Місцевий чиновник з Південного Судану сказав, що загинули 23 людини.", "SS"),
])
def test_a_country_of_an_adjective_and_a_noun_is_found_in_every_case(lang, sentence, code):
    assert [r["country"] for r in rows(sentence, lang)] == [code]


@pytest.mark.parametrize("lang, sentence, code", [
    ("uk", "Губернатор штату Дарфур у Судані повідомив, що загинули 40 людей.", "SD"),
    ("ru", "Губернатор штата Дарфур в Судане сообщил, что погибли 40 человек.", "SD"),
])
def test_the_noun_alone_is_still_its_own_country(lang, sentence, code):
    assert [r["country"] for r in rows(sentence, lang)] == [code]


# -- a private person who speaks for an institution of the place takes the story's country ---------------------------
# The story's country comes from the opening sentence; each speaker is a priest, an imam, a founder of a collective,
# a community leader or an elder: no state's office, yet no private witness either.
_OPENING = {
    "en": "Gunmen attacked three farming villages in Nigeria's Plateau state on Sunday.",
    "uk": "Озброєні люди напали на три села у штаті Плато в Нігерії.",
    "ru": "Вооруженные люди напали на три деревни в штате Плато в Нигерии.",
    "ko": "나이지리아 중부에서 무장괴한들이 농촌 마을 세 곳을 습격했다.",
}


@pytest.mark.parametrize("lang, sentence, stated", [
    ("en", "A priest who says he has buried 31 of his parishioners refused to leave the village.", "31"),
    ("en", "Imam Bala Usman, who leads the central mosque in the town, said 12 worshippers were killed.", "12"),
    ("en", "Grace Dung, who founded the Plateau Missing Persons Network after her brother vanished in 2018, said "
           "the group had registered at least 140 missing people.", "at least 140"),
    ("en", "A community leader, Davou Gyang, said at least 60 families had fled to the hills.", "at least 60"),
    ("uk", "Священник місцевої парафії Андрій Давоу повідомив, що поховав 19 парафіян.", "19"),
    ("uk", "Засновниця колективу «Матері Плато» Грейс Дунг заявила, що група зареєструвала щонайменше 140 зниклих.",
     "щонайменше 140"),
    ("uk", "Лідер громади Даву Гянг сказав, що щонайменше 60 родин втекли в гори.", "щонайменше 60"),
    ("ru", "Священник местного прихода Андрей Даву сообщил, что похоронил 19 прихожан.", "19"),
    ("ru", "Основательница коллектива «Матери Плато» Грейс Дунг заявила, что группа зарегистрировала не менее 140 "
           "пропавших.", "не менее 140"),
    ("ru", "Лидер общины Даву Гянг сказал, что не менее 60 семей бежали в горы.", "не менее 60"),
    ("ru", "Старейшина общины сообщил, что погибли девять человек.", "девять"),
    ("ko", "현지 모스크의 이맘 발라 우스만은 12명이 숨졌다고 전했다.", "12"),
    ("ko", "마을 공동체 지도자 다부 기앙은 최소 60명이 산으로 피란했다고 말했다.", "최소 60"),
])
def test_a_person_who_speaks_for_an_institution_of_the_place_takes_its_country(lang, sentence, stated):
    got = [(r["stated"], r["country"]) for r in rows(f"{_OPENING[lang]}\n{sentence}", lang)]
    assert (stated, "NG") in got, got


@pytest.mark.parametrize("lang, sentence, stated", [
    # a resident, a witness, a survivor: private persons, whatever the story's country
    ("en", "A resident who asked not to be named said 14 bodies were buried on Friday.", "14"),
    ("en", "A survivor, Ruth Pam, said 11 of her neighbours were killed.", "11"),
    ("uk", "Місцевий житель, який попросив не називати його імені, розповів, що загинули 14 людей.", "14"),
    ("ru", "Местный житель, попросивший не называть его имени, рассказал, что погибли 14 человек.", "14"),
    ("ko", "익명을 요구한 한 주민은 14명이 숨졌다고 말했다.", "14"),
])
def test_a_private_person_still_speaks_for_no_state(lang, sentence, stated):
    got = [(r["stated"], r["country"]) for r in rows(f"{_OPENING[lang]}\n{sentence}", lang)]
    assert (stated, "") in got, got


@pytest.mark.parametrize("lang, text", [
    # a resident after a priest "of the local parish" is not the priest: "local" says where, not which body
    ("ru", "Священник местного прихода Андрей Даву сообщил, что погибли 19 человек.\n"
           "Местный житель рассказал, что в пятницу погибли 14 человек."),
    ("uk", "Священник місцевої парафії Андрій Давоу повідомив, що загинули 19 людей.\n"
           "Місцевий житель розповів, що в п'ятницю загинули 14 людей."),
])
def test_a_local_resident_is_not_the_local_priest_named_before(lang, text):
    got = rows(text, lang)
    resident = [r for r in got if r["stated"] == "14"]
    assert resident and resident[0]["country"] == "" and " парафі" not in resident[0]["organisation"] \
        and "приход" not in resident[0]["organisation"], got


# -- local officials named by role only --------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, sentence, stated", [
    ("ru", "Староста деревни Даву сообщил, что похищены 12 человек.", "12"),
    ("ko", "면장은 23명이 숨졌다고 밝혔다.", "23"),
    ("ko", "읍장은 주민 300명이 피란했다고 전했다.", "300"),
])
def test_a_local_head_named_by_role_speaks_for_the_place(lang, sentence, stated):
    got = [(r["stated"], r["country"]) for r in rows(f"{_OPENING[lang]}\n{sentence}", lang)]
    assert (stated, "NG") in got, got


# -- founding a body is heading it ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, sentence, stated", [
    ("en", "Grace Dung, who founded the collective Mothers of Plateau, said 70 people were still missing.", "70"),
    ("ru", "Грейс Дунг, которая основала коллектив «Матери Плато», заявила, что пропали 70 человек.", "70"),
    ("uk", "Грейс Дунг, яка заснувала колектив «Матері Плато», заявила, що зникли 70 людей.", "70"),
])
def test_a_founder_named_with_a_relative_clause_speaks_for_what_she_founded(lang, sentence, stated):
    got = [(r["stated"], r["country"]) for r in rows(f"{_OPENING[lang]}\n{sentence}", lang)]
    assert (stated, "NG") in got, got


def test_a_relative_clause_of_no_heading_names_no_body():
    # "who lost her son" says what befell her, not what she speaks for: a private person
    got = rows(f"{_OPENING['en']}\nGrace Dung, a mother who lost her son, said 70 people were still missing.", "en")
    assert [(r["stated"], r["country"]) for r in got if r["stated"] == "70"] == [("70", "")], got


# -- a national section named by the charity's name and a country after it -----------------------------------------
@pytest.mark.parametrize("sentence, code", [
    ("Save the Children Kenya said 300 children had been displaced by the clashes.", "KE"),
    ("Of the displaced people, about 4,000 are children, according to Save the Children Nigeria.", "NG"),
])
def test_a_charity_named_with_a_country_after_it_is_its_section_there(sentence, code):
    assert [r["country"] for r in rows(sentence, "en")] == [code]


def test_a_first_name_and_a_country_word_surname_is_still_a_person():
    # "William Tonga": Tonga is his surname, not the country (no noun of people before it)
    got = rows("Provincial administrator William Tonga said 12 people were killed.", "en")
    assert [r["country"] for r in got] == [""]


# -- a body placed where the story is by a word of "local" ------------------------------------------------------------
@pytest.mark.parametrize("lang, text, stated", [
    ("ko", "수단 북다르푸르주에서 포위 공격이 계속되고 있다.\n현지 저항위원회는 최소 80명이 굶주림으로 숨졌다고 밝혔다.", "최소 80"),
    ("en", "Fighting continued in Sudan's North Darfur.\nA local committee said 80 people had died of hunger.", "80"),
    ("ru", "В Судане продолжаются бои.\nМестный комитет сообщил, что от голода погибли 80 человек.", "80"),
])
def test_a_local_body_is_of_the_place(lang, text, stated):
    assert (stated, "SD") in [(r["stated"], r["country"]) for r in rows(text, lang)]


@pytest.mark.parametrize("lang, text, stated", [
    ("ko", "수단 북다르푸르주에서 포위 공격이 계속되고 있다.\n현지 주민은 14명이 숨졌다고 말했다.", "14"),
    ("en", "Fighting continued in Sudan's North Darfur.\nA local resident said 14 people were killed.", "14"),
])
def test_a_local_resident_is_still_a_private_person(lang, text, stated):
    assert (stated, "") in [(r["stated"], r["country"]) for r in rows(text, lang)]


def test_local_aid_groups_stay_without_a_country():
    # independent people of several words ("local aid groups") give no body the text places: no country
    got = rows("Floods in Chile\n\nSome 3,000 residents have fled, local aid groups said.", "en")
    assert [(r["stated"], r["country"]) for r in got] == [("Some 3,000", "")]


# -- forces brought in ("введены силы … численностью около 600 человек") are deployed ----------------------------------
@pytest.mark.parametrize("lang, sentence, stated", [
    ("ru", "«В район введены дополнительные силы полиции численностью около 400 человек», — говорится в сообщении "
           "МВД Нигерии.", "около 400"),
    ("ru", "В село ввели 250 военнослужащих, сообщили в МВД Нигерии.", "250"),
    ("uk", "До району введено додаткові сили поліції чисельністю близько 400 осіб, повідомили в МВС Нігерії.",
     "близько 400"),
])
def test_forces_brought_in_are_deployed(lang, sentence, stated):
    assert (stated, "deployed") in [(r["stated"], r["metric"]) for r in rows(sentence, lang)]


# -- victims of an event named in the genitive ("жертв столкновений") are people, not a thing described ---------------
@pytest.mark.parametrize("lang, sentence, stated", [
    ("ru", "Число жертв столкновений в штате Плато возросло до 45, сообщил губернатор Нигерии.", "45"),
    ("ru", "Жертвами столкновений стали 36 человек, сообщила полиция Нигерии.", "36"),
    ("uk", "Жертвами зіткнень стали 37 людей, повідомила поліція Нігерії.", "37"),
    ("uk", "Кількість жертв зіткнень зросла до 38, повідомила поліція Нігерії.", "38"),
])
def test_victims_of_an_event_in_the_genitive_are_counted(lang, sentence, stated):
    assert (stated, "killed") in [(r["stated"], r["metric"]) for r in rows(sentence, lang)]


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Число пострадавших от паводка районов выросло до 12, сообщили в МЧС Нигерии."),
    ("uk", "Кількість постраждалих від повені районів зросла до 12, повідомили в ДСНС."),
])
def test_a_participle_before_the_thing_it_describes_still_counts_no_people(lang, sentence):
    assert rows(sentence, lang) == []
