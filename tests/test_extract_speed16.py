"""The twenty-fifth session's speed shortcuts (speed16) answer exactly as the plain way does.

Each test reads sentences written for it (in every language the shortcut serves), compares the shortcut with the
plain reading word by word, and checks that the rule still fires where it should and not on the distractors. Speed
itself is measured in ``benchmarks/bench_extract.py``, never here.
"""

from __future__ import annotations

import pytest

from analysis.extract.attribution import _document_modified, _document_modified_plain
from analysis.extract.language import language
from analysis.extract.measures import Measure, _came_home_from_a_tour, _home_complements
from analysis.extract.places import MAX_NAME_WORDS, _named_division
from analysis.extract.words import tokenize


def _words(text: str, lang: str):
    lx = language(lang)
    return tokenize(text, 0, len(text), lx), lx


# --- measures: a force's tour of duty, the complements of coming home made once per language ---------------------

def _came_home_plain(w, cue, found, lx) -> bool:
    """The rule as it read before: the complements made again at each call, the sentence's words asked first."""
    tours = lx.words["tour_nouns_phrases"]
    if not tours or lx.words["exchange_nouns"] & set(w.key):
        return False
    returning = lx.words["returning_verbs"]
    home = {" ".join(lx.keys_of(str(h).replace("{}", " ").strip())) for h in lx.table.get("home_complements", [])}
    words = range(*cue.words)
    verbs = [k for k in words if w.key[k] in returning]
    rest = " ".join(w.key[k] for k in words if k not in verbs)
    if not verbs or (rest and rest not in home):
        return False
    if any(m.metric == "captured" and m.words != cue.words for m in found):
        return False
    return any(" ".join(w.key[k:k + n]) in tours for k in range(len(w)) for n in (1, 2))


@pytest.mark.parametrize("lang, text, first, last, expected", [
    ("ru", "после окончания вахты домой вернулись 212 пограничников", 3, 5, True),  # a tour, then home: deployed
    ("uk", "після ротації додому повернулися 64 прикордонники", 2, 4, True),
    ("ru", "после обмена пленными домой вернулись 212 военных", 3, 5, False),  # distractor: an exchange of prisoners
    ("uk", "після обміну додому повернулися 64 військові", 2, 4, False),
    ("ru", "после ротации в плену остаются 212 военных", 2, 5, False),  # distractor: no verb of coming back
    ("ru", "после ротации домой пришли 212 военных", 2, 4, False),  # distractor: "пришли" is no returning verb
])
def test_a_cue_of_coming_home_after_a_tour_is_read_as_the_plain_rule_reads_it(lang, text, first, last, expected):
    w, lx = _words(text, lang)
    cue = Measure("captured", " ".join(w.text[first:last]), 0, False, 2, (first, last))
    assert _came_home_from_a_tour(w, cue, [], lx) is _came_home_plain(w, cue, [], lx) is expected
    other = Measure("captured", "в плен", 0, False, 1, (0, 1))  # another captured cue: no longer a tour's return
    assert _came_home_from_a_tour(w, cue, [other], lx) is _came_home_plain(w, cue, [other], lx) is False


def test_the_complements_of_coming_home_are_made_once_per_language_and_are_the_tables():
    ru = language("ru")
    assert _home_complements(ru) is _home_complements(ru)  # remembered, not made again
    assert "домой" in _home_complements(ru) and "домой" not in _home_complements(language("uk"))
    assert "додому" in _home_complements(language("uk"))


# --- attribution: a phrase of "according to" with its document noun modified -------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("uk", "про це йдеться в новому щорічному звіті ООН, де сказано про 40 загиблих"),
    ("uk", "як зазначено в експрес-дослідженні соціологів, 12 осіб зникли"),
    ("ru", "как говорится в ежемесячном докладе миссии, погибли 30 человек"),
    ("ru", "об этом сообщается в онлайн-сообщении ведомства, погибли 15 человек"),
    ("ru", "как указано в экспресс-отчете ведомства, пропали 4 человека"),
    ("en", "according to the latest annual report, 40 people died, officials said in a statement"),
    ("ru", "он сказал, что в новом здании погибли 3 человека"),  # distractor: a building is no document
    ("uk", "у третьому кварталі зникли 8 осіб"),  # distractor: no phrase of "according to" at all
])
def test_a_modified_document_phrase_opens_only_where_the_plain_reading_finds_one(lang, text):
    w, lx = _words(text, lang)
    found = [(i, _document_modified(w, i, lx)) for i in range(len(w) - 2)]
    assert found == [(i, _document_modified_plain(w, i, lx)) for i in range(len(w) - 2)]
    opened = [i for i, f in found if f is not None]
    assert all(w.key[i] in lx.according.firsts for i in opened)  # the gate lets through every word that opens one
    if "здании" in text or "кварталі" in text:
        assert opened == []


def test_a_modified_document_phrase_is_still_found():
    w, lx = _words("про це йдеться в щорічному повідомленні ООН", "uk")
    assert _document_modified(w, 2, lx)[0] == 4  # "йдеться в … повідомленні": the adjective read inside
    w, lx = _words("як зазначено в експрес-дослідженні соціологів", "uk")
    assert _document_modified(w, 2, lx)[0] == 2  # the document noun under its prefix
    w, lx = _words("об этом сообщается в онлайн-сообщении ведомства", "ru")
    assert [i for i in range(len(w) - 2) if _document_modified(w, i, lx)] == [2, 3]
    w, lx = _words("об этом сообщается в здании ведомства", "ru")  # distractor: a building, no document
    assert [i for i in range(len(w) - 2) if _document_modified(w, i, lx)] == []


# --- places: a division named beside an administrative noun, the table's words gathered once ---------------------

def _named_division_plain(w, i, lx) -> int:
    """``_named_division`` as it read before: the words' own tests, the table read at each call."""
    nouns = lx.words["administrative_nouns"]
    if not w.is_capital(i) or w.is_punct(i):
        return 0
    n = 1
    while n < MAX_NAME_WORDS and i + n < len(w.key) and w.is_capital(i + n) and not w.is_punct(i + n) \
            and w.key[i + n] not in nouns:
        n += 1
    before = i - 1
    if before >= 0 and w.key[before] in lx.words["definite_determiners"] and before >= 1 \
            and w.key[before - 1] in lx.words["partitive_words"]:
        before -= 1
    if before >= 1 and w.key[before] in lx.words["partitive_words"]:
        before -= 1
    if before >= 0 and w.key[before] in nouns:
        return n
    compass = lx.table.get("sound_words") or {}
    if n >= 2 and compass.get(w.key[i]) and not (i + n < len(w.key) and w.key[i + n] in nouns):
        return n
    endings = tuple(lx.words["administrative_adjective_endings"])
    if endings:
        return 1 if i + 1 < len(w.key) and w.key[i + 1] in nouns and w.key[i].endswith(endings) else 0
    return n if i + n < len(w.key) and w.key[i + n] in nouns else 0


@pytest.mark.parametrize("lang, text, named", [
    ("en", "The governor of the Upper Nile region said the Kano State police and West Darfur officials met", 5),
    ("en", "Officials in Paris and Berlin said 20 people died (Ⓐ Note) in Ⓑ Region", 0),  # distractor: no division
    ("uk", "Губернатор Полтавської області та влада провінції Північний Ківу повідомили", 2),
    ("ru", "В Самаркандской области и в провинции Южное Киву погибли 7 человек", 2),
    ("ru", "Президент России и МИД Франции заявили", 0),  # distractor: countries, no division
])
def test_a_division_named_by_its_place_is_what_the_plain_reading_finds(lang, text, named):
    w, lx = _words(text, lang)
    found = [_named_division(w, i, lx) for i in range(len(w))]
    assert found == [_named_division_plain(w, i, lx) for i in range(len(w))]
    assert sum(1 for n in found if n) == named


# --- pipeline: a bare state body's country named beside the same words before ------------------------------------

@pytest.mark.parametrize("lang, text, phrase, expected", [
    ("en", "A storm sank three boats. The Navy of Chile rescued 30 fishermen on Monday. Rescue work went on. "
           "Two more are missing, the navy said.", "the navy", "CL"),
    ("en", "A storm sank three boats. The Chilean Navy rescued 30 fishermen on Monday. Rescue work went on. "
           "Two more are missing, the navy said.", "the navy", "CL"),
    ("en", "A storm sank three boats. The Navy of Chile rescued 30 fishermen on Monday. Rescue work went on. "
           "Two more are missing, the health ministry said.", "the health ministry", ""),  # distractor: another body
    ("uk", "Шторм потопив три судна. Берегова охорона Чилі врятувала 30 рибалок. Роботи тривали всю ніч. Ще двоє "
           "зникли безвісти, повідомили в береговій охороні.", "береговій охороні", "CL"),  # (a capital keyed as a name)
    ("ru", "Шторм потопил три судна. Береговая охрана Чили спасла 30 рыбаков. Работы шли всю ночь. Еще двое "
           "пропали без вести, сообщили в береговой охране.", "береговой охране", "CL"),
    ("uk", "Шторм потопив три судна. Берегова охорона Чилі врятувала 30 рибалок. Роботи тривали всю ніч. Ще двоє "
           "зникли безвісти, повідомили в міністерстві охорони здоров'я.", "міністерстві охорони здоров'я", ""),
])
def test_a_bare_bodys_country_is_found_where_the_same_words_stand_beside_it_before(lang, text, phrase, expected):
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index
    from analysis.extract.speakers import Speaker

    lx = language(lang)
    doc = Document(text, lx, registry_index(lang))
    speaker = Speaker(phrase, "", "", sequence=lx.keys_of(phrase))
    assert doc._named_with_country(len(doc.sentences) - 1, speaker) == expected


# --- pipeline: a country's name as a given name, the next word's capital asked first ------------------------------

@pytest.mark.parametrize("lang, text, word, expected", [
    ("en", "Jordan Whitfield, a spokesman, said 12 people died", "Jordan", True),  # a given name before a surname
    ("en", "Jordan said 12 people died in Amman", "Jordan", False),  # distractor: the country, a verb after it
    ("en", "Jordan Red Crescent workers said 12 people died", "Jordan", False),  # distractor: a name goes on
    ("en", "Jordan 12 people died", "Jordan", False),  # distractor: a number after it
    ("ru", "Иордания сообщила о 12 погибших", "Иордания", False),
])
def test_a_countrys_name_before_a_surname_is_a_given_name_only_before_a_capital(lang, text, word, expected):
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx = language(lang)
    doc = Document(text, lx, registry_index(lang))
    w = doc.words(0)
    assert doc._surname_at(w, w.text.index(word), 1) is expected


# --- pipeline: a country as the subject of a verb of attack, asked only with such a verb after it ------------------

@pytest.mark.parametrize("lang, text, word, expected", [
    ("en", "officials said Russia's army struck the port city", "Russia's", True),
    ("en", "officials said Russia struck the port city", "Russia", True),
    ("en", "officials said Ukraine was struck by 90 drones", "Ukraine", False),  # distractor: the passive's subject
    ("en", "officials said Russia and its allies, after months of talks on the matter, struck a deal", "Russia",
     False),  # distractor: the verb far after a comma
    ("ru", "власти заявили, что ВСУ ночью обстреляли Горловку", "ВСУ", True),
    ("uk", "влада заявила, що Росія вночі атакувала Харків", "Росія", True),
    ("uk", "влада заявила, що в Росії атакували Харків", "Росії", False),  # distractor: a place, not a subject
    ("ru", "власти заявили, что Россия готовит переговоры", "Россия", False),  # distractor: no verb of attack
])
def test_a_country_attacks_only_as_the_subject_of_a_verb_of_attack_near_it(lang, text, word, expected):
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx = language(lang)
    doc = Document(text, lx, registry_index(lang))
    w = doc.words(0)
    assert doc._attacker(w, w.text.index(word), 1) is expected


# --- measures: the rest of a cue far after the number, read only where a cue goes on ----------------------------

def _far_predicate_plain(w, head, b, hi, lx):
    """``measures._far_predicate`` as it read before: every word of the window read for the rest of a cue."""
    from analysis.extract.measures import FAR_PREDICATE, _clause_word

    skip = lx.words["skip_before_verb"]
    phrases = lx.words["skip_before_verb_phrases"]
    k = b
    while k < min(hi, b + FAR_PREDICATE):
        if (w.is_punct(k) and w.text[k] != ",") or w.text[k][:1].isdigit() or _clause_word(w, k, lx) \
                or w.key[k] in lx.words["coordinators"] or w.key[k] in lx.words["relative_pronouns"]:
            return None
        if w.text[k] == "," or not w.key[k]:
            k += 1
            continue
        at, x = [], k
        while x < min(hi, len(w), k + 8) and len(at) < 4:
            n = next((n for n in (3, 2) if " ".join(w.key[x:x + n]) in phrases), 0)
            if n:
                x += n
                continue
            if w.key[x] in skip and x != k and w.key[x] not in lx.words["place_prepositions"]:
                x += 1
                continue
            at.append(x)
            x += 1
        if at and at[0] == k:
            m = lx.measures.match(head + [w.key[y] for y in at], 0)
            if m and m[0] > len(head):
                return m[1], (k, at[m[0] - len(head) - 1] + 1)
        n = next((n for n in (3, 2) if " ".join(w.key[k:k + n]) in phrases), 1)
        k += n
    return None


@pytest.mark.parametrize("lang, text, heads, found", [
    ("ru", "Местонахождение 41 пассажира автобуса, следовавшего из соседнего района, до сих пор не установлено",
     1, True),
    ("uk", "Доля 16 рибалок після шторму біля узбережжя досі залишається невідомою", 1, True),
    ("ru", "Судьба 9 альпинистов из группы пока неизвестна", 1, True),
    ("ru", "Судьба 9 альпинистов из группы решится завтра", 1, False),  # distractor: no rest of a cue
    ("uk", "Доля 16 рибалок, як і 5 інших, невідома", 1, False),  # distractor: another number ends the clause
    ("en", "The fate of 12 crew members of the vessel remained unknown on Sunday", 3, None),
])
def test_the_rest_of_a_cue_far_after_the_number_is_found_as_the_plain_reading_finds_it(lang, text, heads, found):
    from analysis.extract.measures import _far_predicate

    w, lx = _words(text, lang)
    number = next(k for k, t in enumerate(w.text) if t.isdigit())
    for first in range(number):  # every head of the words before the number, opening or not
        for b in range(number + 1, len(w)):
            head = list(w.key[first:number])
            assert _far_predicate(w, head, b, len(w), lx) == _far_predicate_plain(w, head, b, len(w), lx)
    if found is not None:
        head = list(w.key[number - heads:number])
        assert (_far_predicate(w, head, number + 1, len(w), lx) is not None) is found


# --- digits asked of a word's letters in C (``any(map(str.isdigit, …))``), every kind of digit as before ------------

def test_a_word_holds_digits_as_each_of_its_letters_says_whatever_its_script():
    from analysis.extract.attribution import _is_digit
    from analysis.extract.measures import _is_value
    from analysis.extract.pipeline import _of_counted

    text = "officials said 12 Ukrainian soldiers and ٣ Syrian workers, G1 reporters and the 3rd Division, x² French"
    w, _ = _words(text, "en")
    digits = {"12", "٣", "x²"}  # (Arabic-Indic three and a superscript two are digits to str.isdigit)
    assert [x for k, x in enumerate(w.text) if _is_digit(w, k)] == ["12", "٣", "x²"]
    assert [x for k, x in enumerate(w.text) if _is_value(w, k)] == ["12", "٣", "G1", "3rd", "x²"]  # a name's, an
    # ordinal's digits are values, not counts
    assert {x for k, x in enumerate(w.text) if any(ch.isdigit() for ch in x)} == digits | {"G1", "3rd"}
    after = [x for k, x in enumerate(w.text) if x in ("Ukrainian", "Syrian", "French") and _of_counted(w, k, "en")]
    assert after == ["Ukrainian", "Syrian", "French"]
    assert _of_counted(w, w.text.index("reporters"), "en")  # (any digit in the word before: "G1")
    assert not _of_counted(w, w.text.index("said"), "en") and not _of_counted(w, w.text.index("soldiers"), "en")
    w, _ = _words("380 тисяч українських біженців і російських військових", "uk")
    assert [x for k, x in enumerate(w.text) if _of_counted(w, k, "uk")] == ["тисяч", "українських"]  # (after digits,
    # and after a number with its word of thousands; not "російських", after "і")
