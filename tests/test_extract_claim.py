"""Militant and insurgent attacks: a group's own claim against the army's communiqué (session 24, claim15).

Each test writes its own sentences, in the styles of a wire, a ministry's communiqué, a regional site and a Telegram
digest, and names what a reader takes from them; the distractors beside them are sentences where the same mechanism
must not fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country")


def _sources(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country", "organisation")


# -- a vague word of a few, standing alone, states no figure (uk, ru, ko; English had it) ------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Бойовики атакували колону на півночі Малі, загинули семеро солдатів, ще кілька поранені, повідомила армія Малі.",
     "uk", [("семеро", "killed", "ML")]),
    ("Військові Нігеру повідомили, що декілька бійців зникли безвісти.", "uk", []),
    ("Минобороны Мали сообщило, что погибли пять военных, еще несколько ранены.", "ru", [("пять", "killed", "ML")]),
    ("Источник в армии Чада сообщил, что нескольких раненых доставили в госпиталь.", "ru", []),
    ("말리군은 병사 5명이 숨지고 몇 명이 다쳤다고 밝혔다.", "ko", [("5", "killed", "ML")]),
])
def test_a_few_alone_is_no_figure(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # with a multiplier the vague word is a figure ("several dozen", "несколько десятков", "수십")
    ("Армия Мали сообщила, что несколько десятков боевиков ликвидированы.", "ru", [("несколько десятков", "killed", "ML")]),
    ("Армія Малі повідомила, що кілька десятків бойовиків ліквідовано.", "uk", [("кілька десятків", "killed", "ML")]),
    ("말리군은 수십 명이 다쳤다고 밝혔다.", "ko", [("수십", "wounded", "ML")]),
])
def test_a_few_with_a_multiplier_is_a_figure(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a document of no owner closing its clause ("…, йдеться в повідомленні.") is the issuer's named before -----------
@pytest.mark.parametrize("text, lang, expected", [
    ("Міноборони Нігеру повідомило про напад. Під час відбиття атаки було вбито чотирьох бойовиків, йдеться в "
     "повідомленні.", "uk", [("чотирьох", "killed", "NE")]),
    ("Генштаб ЗСУ повідомив про бої. Ліквідовано сімох окупантів, йдеться у зведенні.", "uk", [("сімох", "killed", "UA")]),
    ("Минобороны Мали сообщило о нападении. Уничтожены четыре боевика, говорится в заявлении.", "ru",
     [("четыре", "killed", "ML")]),
    ("Армия Чада сообщила, что погибли двое военных. Еще шестеро ранены, сообщается в коммюнике.", "ru",
     [("двое", "killed", "TD"), ("шестеро", "wounded", "TD")]),
    ("Mali's army said two soldiers died in the ambush. Four attackers were killed, according to the communique.", "en",
     [("two", "killed", "ML"), ("Four", "killed", "ML")]),
])
def test_a_closing_document_of_no_owner_is_the_issuer_before(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # no one named before: the document has no issuer to point back to
    ("Під час відбиття атаки було вбито чотирьох бойовиків, йдеться в повідомленні.", "uk"),
    ("Уничтожены четыре боевика, говорится в заявлении.", "ru"),
])
def test_a_closing_document_with_no_issuer_before_names_no_one(text, lang):
    assert _rows(text, lang) == []


def test_a_closing_document_with_an_owner_is_the_owner():
    assert _rows("Було вбито чотирьох бойовиків, йдеться в повідомленні Міноборони України.", "uk") == [
        ("чотирьох", "killed", "UA")]


# -- Ukrainian adverbial participles of saying are their verb's ("заявивши": заявити), as Russian's are ----------------
@pytest.mark.parametrize("text, expected", [
    ("Угруповання ІДІЛ взяло на себе відповідальність за напад, заявивши про 14 убитих бійців.",
     [("14", "killed", "", "Islamic State")]),
    ("Армія Малі відбила атаку на базу, повідомивши, що загинули шестеро військових.",
     [("шестеро", "killed", "ML", "армія Малі")]),
])
def test_a_ukrainian_participle_of_saying_speaks_for_its_subject(text, expected):
    assert [r[:3] for r in _sources(text, "uk")] == [r[:3] for r in expected]
    assert _sources(text, "uk")[0][3].lower().startswith(expected[0][3].lower()[:5])


def test_a_ukrainian_participle_of_another_verb_says_nothing():
    # "відступивши": the militants withdrew; no verb of saying, no speaker for the count
    assert _rows("Бойовики відступили в пустелю, залишивши тіла шістьох загиблих.", "uk") == []


# -- a participle in an oblique case describes a document; the words after it are no subject of its -------------------
def test_a_document_spread_through_an_agency_is_the_group_s():
    text = ("Ответственность за нападение взяла на себя группировка \"Исламское государство\". В заявлении, "
            "распространенном через ее агентство, боевики утверждают, что убили 27 военных.")
    assert _sources(text, "ru") == [("27", "killed", "", "Islamic State")]


def test_an_agent_in_the_instrumental_after_the_participle_still_speaks():
    text = "По информации, распространенной пограничными войсками Таджикистана, ранены четверо военнослужащих."
    assert _rows(text, "ru") == [("четверо", "wounded", "TJ")]


# -- a bare noun of fighters points back to the armed group named before, a transnational one too ---------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Группировка \"Исламское государство\" взяла на себя ответственность за нападение. Боевики утверждают, что убили "
     "27 военных.", "ru", [("27", "killed", "", "Islamic State")]),
    ("Відповідальність за напад взяла на себе \"Ісламська держава\". Бойовики стверджують, що вбили 19 солдатів.", "uk",
     [("19", "killed", "", "Islamic State")]),
])
def test_fighters_are_the_transnational_group_named_before(text, lang, expected):
    assert _sources(text, lang) == expected


# -- a group's (or a body's) press office or media arm speaks for its owner ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Rapid Support Forces attacked the city on Monday. In a post on its Telegram channel, the group's media office "
     "said it had lost no more than 30 fighters.", [("no more than 30", "killed", "SD", "Rapid Support Forces (RSF)")]),
    ("Al-Shabaab attacked the base at dawn. The group's media arm said its fighters killed 15 soldiers.",
     [("15", "killed", "SO", "Al-Shabaab")]),
])
def test_a_group_s_media_office_is_the_group(text, expected):
    assert _sources(text, "en") == expected


def test_a_media_office_with_no_owner_is_not_cut():
    # no possessive before the office: the phrase is the speaker as it stands
    assert _sources("A media office in Mogadishu said 15 soldiers were killed.", "en") == [
        ("15", "killed", "SO", "media office in Mogadishu")]


# -- a body opening the sentence before its document and a clause on how it spread is the subject ---------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Угруповання «Аль-Шабаб» у заяві, поширеній через свою радіостанцію, стверджує, що його бойовики вбили 15 "
     "солдатів.", "uk", [("15", "killed", "SO")]),
    ("Группировка «Аль-Шабаб» в заявлении, распространенном через свою радиостанцию, утверждает, что ее боевики убили "
     "15 солдат.", "ru", [("15", "killed", "SO")]),
])
def test_a_group_before_its_spread_statement_speaks(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a bare Korean spokesman ("대변인은") is the spokesman named before, as "додав речник" is -----------------------------
def test_a_bare_korean_spokesman_is_the_one_named_before():
    text = ("말리 정부군 대변인이 10일 군인 17명이 숨졌다고 밝혔다. 대변인은 현지 방송에 출연해 \"적 30여명을 사살했다\"고 "
            "말했다.")
    assert _rows(text, "ko") == [("17", "killed", "ML"), ("30여명", "killed", "ML")]


def test_a_bare_korean_spokesman_with_no_one_before_has_no_country():
    assert _rows("대변인은 현지 방송에 출연해 \"적 30여명을 사살했다\"고 말했다.", "ko") == [("30여명", "killed", "")]


# -- Korean fighters "eliminated" or "neutralised" in either voice are killed ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("말리군은 무장대원 30여 명을 무력화했다고 밝혔다.", [("30여", "killed", "ML")]),
    ("말리군은 무장대원 12명이 제거됐다고 밝혔다.", [("12", "killed", "ML")]),
])
def test_korean_fighters_eliminated_are_killed(text, expected):
    assert _rows(text, "ko") == expected


@pytest.mark.parametrize("text", [
    "군 당국은 지뢰 30여 개를 제거했다고 밝혔다.",  # mines removed: things, no people
    "경찰은 잔해 제거 작업에 인력 200명을 투입했다고 밝혔다.",  # debris removal: the noun alone is no cue of death
])
def test_korean_removal_of_things_is_no_death(text):
    assert [r for r in _rows(text, "ko") if r[1] == "killed"] == []


# -- households restating the people counted: the verb after the aside says what befell the people ---------------------
@pytest.mark.parametrize("text, expected", [
    ("The provincial welfare office said 142 families, or 511 individuals, were displaced.",
     [("511", "displaced", "")]),
    ("The provincial welfare office said 96 families (402 people) were displaced.", [("402", "displaced", "")]),
])
def test_people_restating_households_take_the_verb_after(text, expected):
    assert _rows(text, "en") == expected


def test_an_aside_that_is_no_households_is_not_skipped_as_one():
    # "or more" restates no households: the helper finds no aside (the number keeps its own reading)
    from analysis.extract.language import language
    from analysis.extract.measures import _households_aside
    from analysis.extract.words import tokenize
    lx = language("en")
    s = "511 people, or more, were displaced"
    assert _households_aside(tokenize(s, 0, len(s), lx), 0, 2, lx) is None


# -- a count after "from" that follows a count of people is where they come from, no people ----------------------------
@pytest.mark.parametrize("text, expected", [
    ("The municipal welfare office said 511 individuals from three barangays were displaced by the fighting.",
     [("511", "displaced", "")]),
    ("The provincial disaster office said 640 residents, from four sitios, fled the clashes.",
     [("640", "displaced", "")]),
])
def test_the_places_people_come_from_are_no_count(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # "from" after a level ("rose to 12 from nine") is the figure before, another rule's; people after the number count
    ("The army said the toll rose to 12 from nine.", [("12", "killed", ""), ("nine", "killed", "")]),
    ("The army said 12 soldiers were killed and 30 from two villages fled.",
     [("12", "killed", ""), ("30", "displaced", "")]),
])
def test_from_elsewhere_keeps_its_reading(text, expected):
    assert _rows(text, "en") == expected
