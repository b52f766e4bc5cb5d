"""Naval incidents and losses at sea (session 24, naval15): the classes of construction this theme writes.

Warships and patrol boats struck, sunk or damaged; crews killed, missing or captured; navies, coastguards and border
services speaking, the other side claiming, families and port towns. Each test writes its own sentences, in the styles
of a wire, a ministry's page, a Telegram digest, a regional site or a broadcaster, and the distractors beside them are
sentences where the same mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


def _countries(text: str, lang: str) -> list[tuple]:
    found = extract_claims(text, lang=lang)
    return [(r["stated"], r["metric"], r["country"] if isinstance(r["country"], str) else "")
            for r in found.to_dict("records")]


# -- a sea is no province ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a regional paper: the Red Sea is the water the ship sailed, not Sudan's Red Sea State; the ship's prefix (HMS)
    # says whose it is, so the bare ministry is Britain's
    ("Two sailors hurt as Plymouth frigate struck in Red Sea, MoD says\n\n"
     "Two sailors were injured when a missile struck the frigate HMS Lancaster in the northern Red Sea on Friday, the "
     "Ministry of Defence said.", "en", [("Two", "wounded", "GB"), ("Two", "wounded", "GB")]),
    # a wire: the Gulf of Aden is no Papua New Guinea (its Gulf Province); the US ship's prefix names the US
    ("Houthi missile hits tanker in Gulf of Aden\n\n"
     "A missile struck a tanker in the Gulf of Aden on Sunday and three of its crew were killed, the Navy said in a "
     "statement, adding that the destroyer USS Mason had shot down a second missile.", "en",
     [("three", "killed", "US")]),
])
def test_a_province_named_after_a_sea_is_the_sea(text, lang, expected):
    assert _countries(text, lang) == expected


def test_a_sea_is_kept_out_of_the_province_table_but_a_bay_is_not():
    from analysis.extract.language import language
    lx = language("en")
    assert lx.places.match(["red", "sea"], 0) is None and lx.places.match(["gulf"], 0) is None
    assert lx.places.match(["hawke's", "bay"], 0) is not None or lx.places.match(
        list(lx.keys_of("Hawke's Bay")), 0) is not None  # a bay lies in one country: New Zealand's region stays


def test_a_navy_prefix_is_not_read_inside_ordinary_words():
    # "its", "ins", "js" are no navy's prefixes: an ordinary sentence names no country by them
    text = ("Its crew of 40 was rescued. The ministry said 12 people were killed in the fire.")
    assert _countries(text, "en") == [("12", "killed", "")]


# -- a bare body is the body the article named with its country before ------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a Telegram digest in Russian: the coast guard named in full one sentence before, with its country after it
    ("▪️ Береговая охрана Японии спасла 15 членов экипажа затонувшего сухогруза у берегов Филиппин. Ещё двое моряков "
     "считаются пропавшими без вести, сообщили в береговой охране.", "ru", [("двое", "missing", "JP")]),
    # the same in Ukrainian, the body in the locative
    ("Берегова охорона Індонезії врятувала 30 моряків судна під прапором Панами. Ще троє вважаються зниклими "
     "безвісти, повідомили в береговій охороні.", "uk", [("троє", "missing", "ID")]),
    # a wire: the nationality before the body, then "a navy spokesman" of the same body
    ("Peru's navy said a patrol boat capsized off Callao in heavy seas. Two sailors died and three are missing, a navy "
     "spokesman said.", "en", [("Two", "killed", "PE"), ("three", "missing", "PE")]),
])
def test_a_bare_body_takes_the_country_it_was_named_with(text, lang, expected):
    assert _countries(text, lang) == expected


def _named_with_country(text: str, lang: str, si: int, sequence: tuple[str, ...]) -> str:
    from analysis.extract.language import language
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index
    from analysis.extract.speakers import Speaker
    doc = Document(text, language(lang), registry_index(lang))
    return doc._named_with_country(si, Speaker(" ".join(sequence), " ".join(sequence), "", keys=frozenset(sequence),
                                                 sequence=sequence))


@pytest.mark.parametrize("text, lang, sequence, expected", [
    # the genitive after the body (a capitalised first word is keyed as a name: "Берегова" is still берегова охорона)
    ("Берегова охорона Індії врятувала 18 моряків судна ВМС Шрі-Ланки біля Керали. Ще двоє зникли безвісти.", "uk",
     ("береговий", "охорона"), "IN"),
    ("Береговая охрана Индии спасла 18 моряков судна ВМС Шри-Ланки у Кералы. Ещё двое пропали без вести.", "ru",
     ("береговой", "охрана"), "IN"),
    # a nationality before it, then "a navy spokesman"
    ("The Chilean Navy said a patrol boat sank off Callao, Peru. Two sailors died.", "en", ("a", "navy", "spokesman"),
     "CL"),
    # distractors: another body of the same kind, and a body never named with a country
    ("The Chilean Navy said a patrol boat sank. Two sailors died.", "en", ("the", "health", "ministry"), ""),
    ("Береговая охрана спасла 18 моряков у берегов Индии. Ещё двое пропали без вести.", "ru",
     ("береговой", "охрана"), ""),
])
def test_the_body_named_before_with_its_country(text, lang, sequence, expected):
    assert _named_with_country(text, lang, 1, sequence) == expected


def test_another_body_of_the_same_kind_is_not_the_one_named_before():
    # distractor: the health ministry is not the defence ministry named with Israel before it
    text = ("The Philippine Coast Guard said 12 crew members were rescued. The health ministry said 4 people "
            "were killed in Manila.")
    found = dict(((s, m), c) for s, m, c in _countries(text, "en"))
    assert found.get(("4", "killed")) != "PH|" and ("4", "killed") in found
    from analysis.extract.pipeline import Document
    from analysis.extract.language import language
    from analysis.extract.registry import registry_index
    from analysis.extract.speakers import Speaker
    lx = language("en")
    doc = Document(text, lx, registry_index("en"))
    health = Speaker("health ministry", "health ministry", "", keys=frozenset({"health", "ministry"}),
                     sequence=("the", "health", "ministry"))
    assert doc._named_with_country(1, health) == ""
    guard = Speaker("the coast guard", "coast guard", "", keys=frozenset({"coast", "guard"}),
                    sequence=("the", "coast", "guard"))
    assert doc._named_with_country(1, guard) == "PH"


# -- people aboard are the crew, whatever noun names them --------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a border service's page: the crew aboard the boat, then what befell them
    ("На борту катера перебували дев'ять військовослужбовців. Двоє з них загинули, повідомили в ДПСУ.", "uk",
     [("Двоє", "killed")]),
    # a Russian regional site
    ("На борту находились 14 военнослужащих, сообщили в пресс-службе погрануправления.", "ru", []),
    ("На борту корабля находились 300 матросов, двое из них погибли, сообщили в штабе флота.", "ru",
     [("двое", "killed")]),
])
def test_people_aboard_are_counted_in_no_measure(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # distractors: a verb of an event or of sending between, not of being aboard
    ("На борту загинули двоє військовослужбовців, повідомили в ДПСУ.", "uk", [("двоє", "killed")]),
    ("На фронт вирушили 200 військовослужбовців, повідомили в ЗСУ.", "uk", [("200", "deployed")]),
])
def test_an_event_or_a_sending_aboard_still_counts(text, lang, expected):
    assert _rows(text, lang) == expected


# -- a body's quoted name inside the source after a quotation's dash ---------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a Telegram digest: the quotation, a dash, then the head of a families' group whose name is set in quotation marks
    ("Головне за день.\n\n🗣 «У полоні досі перебувають щонайменше 60 рибалок, ще 12 вважаються зниклими безвісти», — "
     "голова ГО «Родини полонених» Петро Гнатюк.", "uk", [("щонайменше 60", "captured"), ("12", "missing")]),
    ("Главное за день.\n\n«В плену остаются не менее 60 рыбаков», — глава НКО «Семьи пленных» Петр Гнатюк.", "ru",
     [("не менее 60", "captured")]),
    ("News of the day.\n\n\"At least 60 fishermen are still held, and 12 more are missing,\" — Peter Hnatiuk, head of "
     "the “Sea Families” group.", "en", [("At least 60", "captured"), ("12", "missing")]),
])
def test_a_quoted_name_inside_the_source_after_the_dash(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_second_quotation_after_the_dash_is_no_source():
    # distractor: a second speaker with a quotation of its own (lower case: a statement, no name) is not the source
    text = "Хусити: «потоплено британський корабель, загинули 30 моряків» — Міноборони Британії «це неправда»"
    rows = extract_claims(text, lang="uk")
    assert [(r["stated"], r["organisation"]) for r in rows.to_dict("records")] == [("30", "Houthis (Ansar Allah)")]


# -- the group's spokesman: the owner named before ----------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a regional paper: an adverbial opens the sentence, and an adjective stands between the owner and the role
    ("Yemen's Houthi movement claimed the attack on the tanker. In a televised address, the group's military "
     "spokesman said its forces had killed at least 20 sailors.", "en", [("at least 20", "killed", "YE")]),
    ("The Arakan Army said it seized the naval base. Speaking to reporters, the group's military spokesman said "
     "its fighters had captured 40 sailors.", "en", [("40", "captured", "MM")]),
])
def test_the_groups_spokesman_speaks_for_the_group_named_before(text, lang, expected):
    assert _countries(text, lang) == expected


# -- a country's name before its own body is one naming ----------------------------------------------------------------
def test_a_countrys_word_before_its_own_body_counts_once():
    from analysis.extract.language import language
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index
    text = ("Two sailors hurt as Plymouth frigate struck by drone boat\n\n"
            "Two sailors were injured when a drone boat struck the frigate HMS Dorset, the navy said.\n\n"
            "Yemen's Houthi movement claimed the attack.")
    doc = Document(text, language("en"), registry_index("en"))
    assert doc.country() == "GB"  # HMS twice against Yemen's Houthis once (not twice)


@pytest.mark.parametrize("noun, expected", [
    ("group", "Houthis (Ansar Allah)"),  # a noun of no kind: the body of a kind that is no state's
    ("movement", "Houthis (Ansar Allah)"),  # the movement's: an armed group
    ("ministry", None),  # distractor: no government body was named before
])
def test_the_owner_named_before(noun, expected):
    from analysis.extract.language import language
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index
    text = ("Yemen's Houthi movement claimed the strike on the tanker. In a televised address, the group's military "
            "spokesman said its forces had killed at least 20 sailors.")
    doc = Document(text, language("en"), registry_index("en"))
    found = doc._owner_named_before(1, noun, doc.sentences[1].end)
    assert (found.organisation if found is not None else None) == expected


# -- a denial before a colon: what follows is the denier's account -----------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    # a Telegram digest: the command, in the locative, denies the other side's claim and gives its own figures
    ("▪️ В командовании ВМС США это опровергли: двое моряков получили легкие ранения, погибших нет.", "ru",
     [("двое", "wounded", "US"), ("погибших нет", "killed", "US")]),
    ("📍 У Пентагоні це спростували: двоє моряків отримали легкі поранення, загиблих немає.", "uk",
     [("двоє", "wounded", "US"), ("загиблих немає", "killed", "US")]),
    # a wire: the verb's object, then the colon
    ("The Pentagon denied the claim: two sailors were lightly injured and none were killed.", "en",
     [("two", "wounded", "US"), ("none", "killed", "US")]),
])
def test_a_denial_before_a_colon_states_the_deniers_account(text, lang, expected):
    assert _countries(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # distractors: a figure denied is not the denier's
    ("The Pentagon denied that 15 sailors were killed.", "en"),
    ("Пентагон опроверг, что погибли 15 моряков.", "ru"),
])
def test_a_denied_figure_is_not_the_deniers(text, lang):
    assert _rows(text, lang) == []


# -- a noun of the event, then its circumstance, describes no thing ----------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Двое моряков получили легкие ранения при тушении пожара, сообщили в штабе флота.", "ru", [("Двое", "wounded")]),
    ("Двоє моряків отримали легкі травми при гасінні пожежі, повідомили в ВМС.", "uk", [("Двоє", "wounded")]),
])
def test_an_injury_noun_before_its_circumstance_still_counts(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_participle_before_its_cause_and_a_thing_still_describes_the_thing():
    # distractor: "пострадавших от паводка районов" are areas, no people
    assert _rows("По данным МЧС, в области 12 пострадавших от паводка районов.", "ru") == []


# -- one verb, two objects: things, then people ------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("У Міноборони РФ заявили, що знищено 6 безекіпажних катерів і до 12 диверсантів.", "uk", [("до 12", "killed")]),
    ("В Минобороны России заявили, что уничтожены 6 катеров и до 12 диверсантов.", "ru", [("до 12", "killed")]),
    ("Прикордонники затримали 2 човни і 7 контрабандистів, повідомили в ДПСУ.", "uk", [("7", "captured")]),
])
def test_the_second_object_of_a_verb_after_things_takes_its_measure(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_verb_of_its_own_after_the_coordinator_keeps_its_measure():
    # distractor: the second number has a verb of its own (sent), not the first verb's
    assert _rows("Минобороны заявило, что сбиты 8 дронов и направлены 200 военнослужащих.", "ru") == [
        ("200", "deployed")]


# -- the rescued taken to a hospital named in full ---------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("По информации пресс-службы, трое из спасенных доставлены в Северскую центральную районную больницу.", "ru",
     [("трое", "wounded")]),
    ("Three of the rescued sailors were taken to Kodiak Regional Medical Center, the coast guard said.", "en",
     [("Three", "wounded")]),
])
def test_the_rescued_taken_to_a_named_hospital_are_wounded(text, lang, expected):
    assert _rows(text, lang) == expected


def test_the_rescued_alone_are_in_no_measure():
    assert _rows("По информации МЧС, спасены 12 человек.", "ru") == []
