"""Ukrainian constructions that recur across the read batches (session 25, uk16), and their Russian and English
counterparts where the same mechanism serves them.

Each test writes its own sentences, in the styles of a regional site, a ministry's page, a wire or a digest, and
names what a reader takes from them; the distractors beside them are sentences where the same mechanism must not
fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country")


def _measured(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


# -- an evacuation for a while is no displacement ---------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    # the surroundings of the scene: adjacent buildings, entrances, a street
    ("За словами мера, із сусідніх під'їздів евакуювали ще близько 60 людей.", "uk"),
    ("У ДСНС повідомили, що з прилеглих будинків евакуйовано 52 мешканці.", "uk"),
    # said to last a while
    ("Голова громади повідомив, що з вулиці тимчасово евакуювали 25 мешканців.", "uk"),
    ("За словами мера, на час розмінування евакуювали 70 людей.", "uk"),
    ("В целях безопасности из приграничных сел временно эвакуированы более 900 жителей, сообщили в погранслужбе.",
     "ru"),
    # back home after it
    # (since evac17 the evacuation counts no one; since held17 the return home after it is no release from captivity)
    ("У ДСНС повідомили, що з багатоповерхівки евакуйовано 48 людей, які згодом повернулися додому.", "uk"),
    ("Из прилегающих кварталов эвакуировали около 3 тысяч жителей, сообщили в мэрии; через два дня все вернулись "
     "домой.", "ru"),
    ("About 90 people living in nearby homes were evacuated as a precaution, the fire chief said.", "en"),
])
def test_an_evacuation_for_a_while_is_no_displacement(text, lang):
    assert _measured(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    # since evac17 people evacuated are no measure in any language, from a town, a community or villages too
    ("За словами начальника ОВА, з громади евакуювали 430 людей, зокрема 57 дітей.", "uk", []),
    ("За словами начальника ОВА, з прилеглих до фронту сіл евакуювали 260 людей.", "uk", []),
    ("About 730 people were evacuated from the town, the fire department said.", "en", []),
    # (Russian: people evacuated are no measure, ru16; people resettled from a flood zone are displaced)
    ("Из зоны подтопления отселены 815 жителей, сообщили в МЧС.", "ru", [("815", "displaced")]),
    # people not yet back home are still displaced
    ("За словами начальника ОВА, 14 тисяч переселенців досі не повернулися додому.", "uk",
     [("14 тисяч", "displaced")]),
    # temporary housing is where the displaced stay, no stay of a while of the evacuation
    ("Из зоны подтопления эвакуированы 640 человек, они размещены в пунктах временного размещения, сообщили в МЧС.",
     "ru", [("640", "displaced")]),
])
def test_an_evacuation_from_a_settlement_is_no_measure_either(text, lang, expected):
    assert _measured(text, lang) == expected


# -- the verbs of letting captives go are verbs of freeing ------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # the people counted before the verb (the object first, as news of a release puts it)
    ("Речниця поліції Ольга Савчук розповіла про напад. За її словами, трьох заручниць — касирку, охоронця і "
     "відвідувачку — нападник уже відпустив.", "uk", [("трьох", "captured")]),
    ("Голова громади Петро Бондар розповів про затримання. За його словами, сімох чоловіків згодом відпустили після допитів.", "uk",
     [("сімох", "captured")]),
    ("По словам представителя полиции, похитители отпустили четырех заложников.", "ru", [("четырех", "captured")]),
    ("По словам адвоката, шестерых задержанных отпустили без предъявления обвинений.", "ru",
     [("шестерых", "captured")]),
])
def test_letting_captives_go_is_freeing(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # distractors: the hurt sent home from hospital stay hurt; a promise to let no one go counts no one
    ("По словам врачей, еще 7 человек с ожогами отпустили домой после перевязки.", "ru", [("7", "wounded")]),
    ("«Мы не отпустим никого, пока не получим деньги», — сказал представитель пиратов.", "ru", []),
    ("«Ми нікого не відпустимо, поки не отримаємо викуп», — сказав ватажок банди.", "uk", []),
])
def test_letting_go_of_others_is_no_freeing(text, lang, expected):
    assert _measured(text, lang) == expected


# -- names on a list or a memorial of the dead count the dead ---------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # the dead named in the names' own sentence
    ("Громадська організація, яка веде облік загиблих медиків, уже внесла до свого реєстру 45 імен, повідомила її "
     "координаторка Олена Ткач.", "uk", [("45", "killed")]),
    ("У селі відкрили меморіал жертвам розстрілу: на плитах викарбували 612 прізвищ, повідомили в сільській раді.",
     "uk", [("612", "killed")]),
    # in the sentence before
    ("Голова громади Петро Бондар нагадав, що під час обстрілу загинули 19 людей. «Дев'ятнадцять імен на цьому "
     "камені», — сказав він.", "uk", [("19", "killed"), ("Дев'ятнадцять", "killed")]),
    ("Волонтеры ведут список погибших земляков. По словам координатора Ирины Ковалевой, в нем уже 58 фамилий.", "ru",
     [("58", "killed")]),
    # a list of the missing, named in the names' sentence
    ("Поліція оприлюднила список зниклих безвісти, у ньому вже 30 прізвищ, повідомили в поліції.", "uk",
     [("30", "missing")]),
    # a list named further back
    ("Проєкт оприлюднив поіменний список загиблих військових громади. Волонтери збирають дані з некрологів. «Торік у "
     "нашому списку було 96 прізвищ», – каже координаторка Олена Ткач.", "uk", [("96", "killed")]),
])
def test_names_of_the_dead_count_the_dead(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # distractors: names of candidates, of voters, names after a sentence of the unaccounted for
    ("Організатори повідомили, що до списку кандидатів внесли 120 прізвищ.", "uk"),
    ("The list of people unaccounted for rose to 1,030, the sheriff said. On Friday his office published more than "
     "500 names so that relatives could check them, he said.", "en"),
    ("В списке избирателей 1 200 фамилий, сообщили в избиркоме.", "ru"),
])
def test_names_of_others_count_no_one(text, lang):
    assert [row for row in _measured(text, lang) if row[0] != "1,030"] == []


# -- blocs, factions and coalitions speak as parties do ---------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("В опозиційному блоці «Єдність» заявили, що поліція затримала 73 прихильників.", "uk", [("73", "captured")]),
    ("У фракції заявили, що під час акції затримали 29 активістів.", "uk", [("29", "captured")]),
    ("В оппозиционном блоке заявили, что задержаны 41 сторонник.", "ru", [("41", "captured")]),
])
def test_a_bloc_speaks_as_a_party(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # distractor: a unit of a plant is a place, where no one speaks
    ("У енергоблоці станції сталася пожежа, загинули 3 людини.", "uk"),
    ("У блоці живлення сталася пожежа, загинули 3 людини.", "uk"),
])
def test_a_block_of_a_plant_says_nothing(text, lang):
    assert _measured(text, lang) == []


# -- a document of no owner whose impersonal verb says what it is about ----------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Місія ООН оприлюднила звіт. У звіті йдеться про загибель 48 цивільних.", "uk", [("48", "killed")]),
    ("Генштаб армії оприлюднив комюніке. Також у комюніке йдеться про \"нейтралізацію\" понад 35 бойовиків.", "uk",
     [("понад 35", "killed")]),
    ("Генштаб армии опубликовал коммюнике. В коммюнике говорится о гибели 26 боевиков.", "ru", [("26", "killed")]),
])
def test_a_document_speaks_of_what_it_is_about(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # distractors: no document (a place), and a document with no issuer named before it
    ("Місія ООН оприлюднила звіт. У селі йдеться про загибель 48 цивільних.", "uk"),
    ("У звіті йдеться про загибель 48 цивільних.", "uk"),
])
def test_no_document_no_issuer(text, lang):
    assert _measured(text, lang) == []


# -- an adjective that is also a noun, inside a phrase of "according to" ----------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("У регіоні загинули 31 людина, ще 64 дістали поранення. Про це йдеться у квартальному звіті Моніторингової "
     "місії ООН.", "uk", [("31", "killed"), ("64", "wounded")]),
])
def test_an_adjective_read_also_as_a_noun_keeps_the_document(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # distractor: the same word before a noun of no document names no source
    ("У квартальному будинку загинули 3 людини.", "uk"),
])
def test_no_document_after_the_adjective(text, lang):
    assert _measured(text, lang) == []


# -- a threat to do something to people did not befall them ---------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("За даними поліції, бандити протягом доби утримували в заручниках п'ятьох лікарів, погрожуючи стратити їх, якщо "
     "влада не виконає їхніх вимог.", "uk", [("п'ятьох", "captured")]),
    ("За даними поліції, бандити погрожували стратити п'ятьох заручників.", "uk", [("п'ятьох", "captured")]),
    ("По данным полиции, бандиты угрожали казнить пятерых заложников.", "ru", [("пятерых", "captured")]),
    ("Police said the gunmen threatened to kill seven guards.", "en", []),
])
def test_a_threat_befalls_no_one(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # distractors: the act itself, after the threat was carried out
    ("За даними поліції, бандити стратили п'ятьох заручників.", "uk", [("п'ятьох", "killed")]),
    ("Police said the gunmen, who had threatened the village for weeks, killed seven guards.", "en",
     [("seven", "killed")]),
])
def test_the_act_after_a_threat_befalls_them(text, lang, expected):
    assert _measured(text, lang) == expected


# -- "вважати" (to hold, to reckon) speaks before the clause it rules on ----------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("У британському відомстві вважають, що Росія втратила вбитими та пораненими близько 870 тисяч військових.", "uk",
     [("близько 870 тисяч", "killed_or_wounded")]),
    ("У Міноборони вважають, що під час штурму загинули щонайменше 45 найманців.", "uk",
     [("щонайменше 45", "killed")]),
])
def test_holding_that_is_saying(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # distractor: people held to be missing, a status no one reports here
    ("У Костополі попрощалися з двома захисниками, яких понад рік вважали зниклими безвісти.", "uk"),
])
def test_holding_people_to_be_something_is_no_report(text, lang):
    assert _measured(text, lang) == []


# -- an update is a body's document ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Втрати противника вбитими та пораненими у березні становили понад 41 тисячу осіб. Про це йдеться в оновленні "
     "розвідки Міноборони Великої Британії.", "uk", [("понад 41 тисячу", "killed_or_wounded")]),
    ("У щоденному оновленні британської розвідки йдеться, що загинули 1 300 військових.", "uk",
     [("1 300", "killed")]),
])
def test_an_update_names_its_body(text, lang, expected):
    assert _measured(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # distractor: an update of a thing is no document
    ("Після оновлення системи у лікарні загинули 3 пацієнти.", "uk"),
])
def test_an_update_of_a_thing_names_no_one(text, lang):
    assert _measured(text, lang) == []


# -- families whose kin a relative clause counts are no count of the kin ---------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("За її даними, в організації зараз понад 1 900 сімей, чиї рідні зникли безвісти.", "uk"),
    ("More than 40 families who have reported sons and daughters missing have asked to see the photographs, the "
     "official said.", "en"),
    ("По ее словам, в группе уже 700 семей, чьи родственники пропали без вести.", "ru"),
])
def test_families_whose_kin_are_counted_are_no_count(text, lang):
    assert _measured(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    # distractors: the people a relative clause describes are counted; families displaced are a count of their own
    ("За даними поліції, зникли безвісти 40 людей, які поїхали на заробітки.", "uk", [("40", "missing")]),
    ("Police said 30 families were displaced and 12 people who lived there were missing.", "en",
     [("30", "displaced"), ("12", "missing")]),
])
def test_people_a_relative_clause_describes_are_counted(text, lang, expected):
    assert _measured(text, lang) == expected
