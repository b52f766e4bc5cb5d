"""What a number counts: people or something else, which measure, which scope, which subject.

Every decision looks at a few words on each side of the number inside its clause (never the
whole sentence again), so the work per number is bounded and a sentence of any length is read
in linear time.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..claims.measures import Vocabulary
from ..range import Range
from .language import Language
from .memo import sentence_ranges
from .words import acronym, country_at, Words

BEFORE = 24   # words looked at before a number for its measure ("the death toll … has risen to 652")
AFTER = 10     # ... and after it
_PLURAL = frozenset({"plur"})  # the grammatical number of a plural subject (``Language.grammatical_number``)
NEAR = 6      # words looked at for a scope cue
PARTICIPLE_PHRASE = 24  # words a participle's phrase between the people counted and their verb may hold

_OPEN_QUOTES = frozenset("\"“«„")
_CLOSE_QUOTES = frozenset("\"”»“")
_CLAUSE_PUNCT = frozenset(";:()[]\"“”«»„—–…")
_LEADING_UNIT = re.compile(r"[0-9][0-9,.]*([가-힣]+)\s")  # a unit glued to a number's digits inside its phrase


@dataclass(frozen=True)
class Measure:
    """The measure of a number: the metric, its cue as written, how far the cue is (words), which side."""

    metric: str
    cue: str
    distance: int
    after: bool
    rank: int
    words: tuple[int, int] = (0, 0)  # the cue's [first, last + 1) word indexes in the sentence


_WHOLE_NUMBERS: dict[tuple[str, str], Range | None] = {}


def _denial_before(w: Words, a: int, lx: Language) -> str:
    """The words of the table's ``denial_markers`` between a comma and the number at word ``a`` ("52, not 43", "63
    человека, а не девять", "семеро, а не дев'ятеро"), else "": the figure after them is the one a correction sets
    aside.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "The blast killed 52, not 43."
    >>> _denial_before(tokenize(s, 0, len(s), language("en")), 6, language("en"))
    'not'
    """
    for marker in lx.words.get("denial_markers_phrases", ()):
        k = len(marker.split())
        if a - k >= 1 and " ".join(w.key[a - k:a]) == marker and w.text[a - k - 1] in (",", "—", "–"):
            return " ".join(w.text[a - k:a])
    return ""


def whole_number(word: str, lx: Language) -> Range | None:
    """The normaliser's range when the whole word is one number phrase ("two", "dozens"), else None. Remembered per
    word (up to 100,000 words): a word's reading does not depend on the sentence around it.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> whole_number("four", language("en")).low, whole_number("fourth", language("en"))
    (4.0, None)
    """
    key = (lx.lang, word)
    if key in _WHOLE_NUMBERS:
        return _WHOLE_NUMBERS[key]
    found = next((r for r in sentence_ranges(word, lx.lang) if r.start == 0 and r.end == len(word)), None)
    if len(_WHOLE_NUMBERS) < 100_000:
        _WHOLE_NUMBERS[key] = found
    return found


def _number_at(w: Words, k: int, lx: Language) -> float | None:
    """The value of the word at ``k`` when it is one exact number ("4", "four"); else None."""
    text = w.text[k]
    if text.isdigit():
        return float(text)
    found = whole_number(text, lx) if text[:1].isalpha() else None
    return found.low if found is not None and found.low == found.high else None


def number_words(w: Words, r: Range) -> tuple[int, int]:
    """[first, last + 1) indexes of the words a number phrase covers."""
    a = w.at(r.start)
    b = a
    while b < len(w) and w.start[b] < r.end:
        b += 1
    return (a, max(b, a + 1)) if a < len(w) else (a, a)


def _cue_governs(w: Words, a: int, lx: Language) -> bool:
    """Does a measure cue end right before the number at word ``a`` (at most one word between: "взяли в плен еще
    восемь", "захватила в плен девятерых"), so the number is its object?"""
    for k in range(max(0, a - 6), a):
        m = lx.measures.match(w.key, k)
        if m and a - 2 <= k + m[0] <= a and not any(w.is_punct(x) for x in range(k + m[0], a)):
            return True
    return False


def _past_form(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i`` a lower-case verb of a measure in its past form, in a language that marks it by an ending
    (the table's ``passive_endings``: "killed", "abducted", "wounded")? After "and" such a word opens a predicate of
    its own, as pymorphy3's verb forms do in Ukrainian and Russian."""
    endings = tuple(lx.words["passive_endings"])
    return bool(endings) and lx.table["morphology"] == "none" and lx.korean is None and w.text[i][:1].islower() \
        and w.text[i].endswith(endings) and lx.measures.match(w.key, i) is not None


def _agent_noun(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i`` a noun in the instrumental case only ("боевиками", "бойовиками"): after the people counted,
    the agent of a passive verb, who did what befell them, not the people themselves? (pymorphy3's readings; never
    in a language without them)"""
    readings = lx.agreement(w.text[i])
    return bool(readings) and all(case == "ablt" for case, *_ in readings)


def _attribute_of_thing(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i`` a noun of action made from a measure verb (the language's ``action_nouns``) that stands
    after a noun of things it describes ("в зоні евакуації", "план ликвидации"), not for an event that befell people?
    A noun of cases keeps it an event ("випадків викрадення")."""
    return i > 0 and w.key[i] in lx.words["action_nouns"] and not any(w.key[i - 1] in lx.words[name] for name in (
        "np_glue", "about_markers", "cause_prepositions", "manner_prepositions", "place_prepositions")) \
        and lx.common_noun(w.text[i - 1]) and not lx.animate(w.text[i - 1]) and lx.people.match(w.key, i - 1) is None \
        and w.key[i - 1] not in lx.words["case_nouns"] and lx.measures.match(w.key, i - 1) is None


def _joins_modifiers(w: Words, i: int, lx: Language) -> bool:
    """Does the coordinator at word ``i`` join two adjectives of one noun, agreeing with each other ("на северном и
    южном направлениях"), inside a phrase, rather than two clauses? Two measure cues are a pair of events, not this.
    (pymorphy3's readings; never in a language without them)"""
    return 0 < i < len(w) - 1 and not any(w.key[k] in lx.measures.firsts for k in (i - 1, i + 1)) \
        and lx.adjectival(w.text[i - 1]) and lx.adjectival(w.text[i + 1]) \
        and bool(lx.agreement(w.text[i - 1]) & lx.agreement(w.text[i + 1]))  # (not two cues: "убитых и раненых")


def _joins_noun_phrases(w: Words, i: int, lx: Language) -> bool:
    """Does the coordinator at word ``i`` join a noun to a noun with an adjective of its own in the same case ("на
    вокзали та річкові термінали", "до шкіл і спортивних залів"), two objects of one preposition inside a phrase, rather
    than two clauses? No measure cue takes part. (pymorphy3's readings; never in a language without them)"""
    if not 0 < i < len(w) - 2 or any(w.key[k] in lx.measures.firsts for k in (i - 1, i + 1, i + 2)):
        return False
    noun, adjective, other = (w.text[k] for k in (i - 1, i + 1, i + 2))
    if not (lx.common_noun(noun) and lx.adjectival(adjective) and lx.common_noun(other)) or lx.animate(other):
        return False
    shared = lx.agreement(adjective) & lx.agreement(other)
    return bool(shared) and bool({case for case, *_ in shared} & {case for case, *_ in lx.agreement(noun)})


PART_SET_WORDS = 3  # words between "one of" and the participle or noun of harm that names the set ("the people")
PART_VERB_REACH = 6  # words between that noun and the verb of the part's death ("in Shkodër had later")


def _part_of_the_harmed(w: Words, b: int, harm: Measure, lx: Language) -> Measure | None:
    """The death of a part taken from a set of people a word of harm names ("one of the people injured in Shkodër",
    "один из пострадавших при нападении", "одна з поранених жінок"), when the part's own verb, after that set and a
    circumstance of no clause, says it died ("… had died in hospital", "… скончался"); else None. The number is at
    word ``b``, ``harm`` the cue of the set. The set's words hold only glue, determiners and nouns of people; the words
    between the set and the death no punctuation, number, verb of saying or word that opens a clause ("One of the
    injured said two people had died": the injured one speaks, the dead are others)."""
    if lx.korean is not None or b >= len(w) or not (
            w.key[b] in lx.words["partitive_words"] or w.key[b] in lx.words["set_prepositions"]):
        return None
    if not 1 <= harm.words[0] - b <= PART_SET_WORDS + 1:
        return None
    glue = lx.words["np_glue"] | lx.words["definite_determiners"] | lx.words["pronouns"]
    if not all(w.key[x] in glue or lx.people.match(w.key, x) is not None for x in range(b + 1, harm.words[0])):
        return None
    for x in range(harm.words[1], min(len(w), harm.words[1] + PART_VERB_REACH + 1)):
        m = lx.measures.match(w.key, x) if w.key[x] in lx.measures.firsts else None
        if m is not None and m[1][1] == 1 and x > harm.words[1]:  # type: ignore[index]
            if m[1][0] != "killed":  # type: ignore[index]
                return None
            return Measure("killed", " ".join(w.text[x:x + m[0]]), x - b, True, 1, (x, x + m[0]))
        if not w.text[x][:1].isalpha() or _clause_word(w, x, lx) or _number_at(w, x, lx) is not None \
                or lx.speech.match(w.key, x) is not None:
            return None
    return None


def _clause_word(w: Words, i: int, lx: Language) -> bool:
    return w.text[i] in _CLAUSE_PUNCT or (w.key[i] in lx.words["clause_words"] and not acronym(w.text[i]))


_UNITS_AFTER: dict[int, tuple[list, tuple[str, ...]]] = {}


def _units_after(lx: Language) -> tuple[list, tuple[str, ...]]:
    """The table's ``not_people_after`` units, and each as text (made once per table, not per number)."""
    raw = lx.table["not_people_after"]
    found = _UNITS_AFTER.get(id(raw))
    if found is None or found[0] is not raw:
        found = _UNITS_AFTER[id(raw)] = (raw, tuple(str(unit) for unit in raw))
    return found


_LEADING_ZERO = re.compile(r"(?<![\d.,])(?<!\d\s)(?<!\d\u00a0)\b0\s?\d")  # "0 800 …", not "2 000" nor "0,5"


CAPACITY_REACH = 4  # words before a number a word of capacity ("enough to treat") may stand in


def _counter_and_particles(word: str, lx: Language) -> bool:
    """Korean: is ``word`` a counter of people of one syllable (명, or one of the table's ``spelled_counters``: 분)
    followed by particles only ("명과는", "분과"), which kiwipiepy may read as another noun (명과, 분과)?"""
    if lx.korean is None or len(word) < 2 or not (lx.people.match([word[0]], 0) or word[0] in lx.words[
            "spelled_counters"]):
        return False
    particles = lx.korean("것" + word[1:])  # the rest read after a plain noun: particles leave the noun alone
    return particles.key == "것" and particles.particle_tag.startswith("J")


def _thing_counter_and_particles(word: str, lx: Language) -> str:
    """Korean: the counter of things of one syllable (a unit of the table's ``not_people_after``: 대, 척, 곳) that opens
    ``word`` when particles alone follow it ("대가", "척이", "곳에서"), which kiwipiepy may read as another noun (대가, a
    price); else "". A measure counter (구, bodies) is left to ``_counts_bodies``, and a counter of people (분) counts."""
    if lx.korean is None or len(word) < 2 or not word.isalpha():
        return ""
    unit = word[0]
    if unit not in lx.table["not_people_after"] or unit in lx.words["measure_counters"] \
            or unit in lx.words["spelled_counters"]:  # ("세 분이 다쳤다": 분 counts people too, honoured)
        return ""
    closed = 0xAC00 <= ord(unit) <= 0xD7A3 and (ord(unit) - 0xAC00) % 28 != 0  # a final consonant (곳), or none (대)
    noun = "것" if closed else "나무"  # a plain noun of the same ending: the particles' forms (이/가) follow it
    particles = lx.korean(noun + word[1:])  # the rest read after a plain noun: particles leave the noun alone
    return unit if particles.key == noun and particles.particle_tag.startswith("J") else ""


def _counts_bodies(w: Words, a: int, c: int, lx: Language) -> bool:
    """Does the measure counter at word ``c`` (Korean 구) after the number at word ``a`` count bodies: after a measure
    noun ("시신 19구", "시신 세 구를") or a subset word ("이 중 7구는"), or before a measure noun it owns ("19구의
    시신"; not "도쿄 23구의": the wards of a city)?"""
    if a > 0 and lx.measures.match(w.key, a - 1):
        return True
    if any((m := lx.subsets.match(w.key, k)) and k + m[0] == a for k in range(max(0, a - 2), a)):
        return True
    return w.tag[c] == "JKG" and c + 1 < len(w) and lx.measures.match(w.key, c + 1) is not None and not (
        a > 0 and (lx.places.match(w.key, a - 1) or country_at(w, a - 1, lx)))


def _unit_written_apart(w: Words, a: int, b: int, r: Range, lx: Language) -> str:
    """Korean: the counter of things (a unit of the table's ``not_people_after``) that stands as a word of its own
    inside the number's phrase, between its digits and a hedge ("포탄 300 발 이상", "장갑차 30 대 이상",
    "1천만 발 가량"); else "". The honorific counter of people after a number word counts people ("세 분 이상": 분,
    the table's ``spelled_counters``; after digits, "30 분 이상" is minutes), and a measure counter counts bodies after
    a measure noun ("시신 30 구 이상")."""
    if b - a < 2 or not any(ch.isdigit() for ch in r.text):
        return ""
    units = lx.words["not_people_after"]
    for k in range(a + 1, b):
        if w.start[k] >= r.end or (w.key[k] not in units and w.text[k] not in units):
            continue
        if w.key[k] in lx.words["measure_counters"] and _counts_bodies(w, a, k, lx):
            return ""
        return w.text[k]
    return ""


THING_MODIFIERS = 3  # agreeing adjectives between a number and the noun of things it counts ("37 боевых бронированных машин")


def _thing_after_modifiers(w: Words, b: int, lx: Language) -> int | None:
    """pymorphy3: where the noun of the number's phrase stands when two or more words that may be agreeing adjectives
    or participles (``Language.adjectival``) stand between them and it is a thing of the table's
    ``not_people_after`` ("две боевые бронированные машины", "37 боевых бронированных машин", "двух механизированных
    бригад" with бригада among the units); else None (not "двух тяжелораненых военнослужащих": a noun of people;
    one adjective is read by the caller's own check of the word after the number)."""
    if lx.table["morphology"] != "pymorphy3":
        return None
    k = b
    while k < min(len(w), b + THING_MODIFIERS) and w.text[k][:1].isalpha() and w.text[k].islower() \
            and lx.adjectival(w.text[k]) and not lx.people.match(w.key, k) and lx.measures.match(w.key, k) is None:
        k += 1
    if k - b < 2 or k >= len(w) or w.key[k] not in lx.words["not_people_after"] or lx.people.match(w.key, k):
        return None
    return k


def _thing_head(w: Words, b: int, lx: Language) -> int | None:
    """English: where the head noun of the phrase after a number stands when it is a thing ("two Canadair water bombers
    and …", "two patrol boats had …"): one of the table's ``not_people_after``, after one or two words that are no
    people, cue, preposition nor mark, and ending the phrase (a mark, a coordinator or an auxiliary follows); else
    None."""
    if lx.table["morphology"] != "none" or lx.korean is not None:
        return None
    things = lx.words["not_people_after"]
    ends = lx.words["coordinators"] | lx.words["auxiliary_verbs"]
    if b < len(w) and w.key[b] in lx.words["period_deictics"]:
        return None  # "rose to 142 last year, up from 136 the year before": the sentence's time, no head of the number
    if any(" ".join(w.key[b:b + n]) in lx.words["past_words_phrases"] for n in (2, 3)):
        return None  # "down from 52 last year": when, not what the number counts
    if b + 2 < len(w) and w.key[b + 1] in lx.words["coordinators"] and all(
            w.text[k][:1].isalpha() and w.text[k].islower() and not lx.people.match(w.key, k)
            and lx.measures.match(w.key, k) is None and w.key[k] not in things and w.key[k] not in lx.words["np_glue"]
            for k in (b, b + 2)):
        for k in range(b + 3, min(len(w), b + 5)):
            if w.key[k] in things and not lx.people.match(w.key, k):
                return k  # "23 arid and semi-arid counties": two modifiers joined by "and" before the thing counted
                # (not "23 men and women": the word after "and" is the head)
            if not (w.text[k][:1].isalpha() and w.text[k].islower()) or lx.people.match(w.key, k) \
                    or lx.measures.match(w.key, k) is not None or w.key[k] in lx.words["np_glue"]:
                break
    for k in range(b, min(len(w), b + 3)):
        cue = lx.measures.match(w.key, k)
        if cue is not None and k > b and w.key[k + cue[0] - 1] in things \
                and not lx.people.match(w.key, k + cue[0] - 1) and (
                k + cue[0] >= len(w) or w.is_punct(k + cue[0])
                or w.key[k + cue[0]] in ends | lx.words["place_prepositions"]):
            return k + cue[0] - 1  # "250 heatstroke relief camps in …": a cue that names things ends the phrase
        if w.is_punct(k) or lx.people.match(w.key, k) or cue or not w.text[k][:1].isalpha() \
                or w.key[k] in lx.words["np_glue"] or w.key[k] in lx.words["noun_prepositions"] \
                or w.key[k] in lx.words["motion_prepositions"] or w.key[k] in lx.words["origin_prepositions"]:
            return None  # (a preposition opens another phrase: "14 specialists in shelter, …", "forced 300 from their
            # homes")
        key = w.key[k]
        if k + 1 < len(w) and (w.is_punct(k + 1) or w.key[k + 1] in ends or (
                k > b and key in things and (w.key[k + 1] in lx.words["place_prepositions"]
                                             or w.key[k + 1] in lx.words["circumstance_prepositions"]))):
            # ("relief camps in the city", "30 highest-crime police stations by June"; not "58 new cases of
            # disappearance": "of" goes on with the phrase)
            return k if k > b and key in things else None  # (the first word alone is read by the rule of the word
            # after the number)
    return None


_DATE_DOTS = frozenset("·ㆍ・")  # the middle dots Korean writes an event's month and day with ("4·3", "5ㆍ18")


def _dated_event_name(w: Words, a: int, b: int, r: Range) -> str:
    """The name of an event written as its month and day joined by a middle dot ("4·3 사건", "5·18 행방불명자",
    "6·25 전쟁", "10·29 참사") when the number at words[a:b] is either of its two parts, else "".

    Korean names the Jeju uprising, the Gwangju uprising, the Korean War and disasters by their dates; each part
    is bare digits (no counter: "3명·부상 2명" joins two counts) and a month (1-12) before a day (1-31).
    """
    if b - a != 1 or not r.text.strip().isdigit():
        return ""
    word = w.text[a]
    if a >= 2 and w.text[a - 1] in _DATE_DOTS and w.end[a - 2] == w.start[a - 1] and w.end[a - 1] == w.start[a] \
            and word.startswith(r.text.strip()) and (month_at := re.search(r"\d{1,2}$", w.text[a - 2])) is not None \
            and not word[len(r.text.strip()):].startswith(("명", "구", "인")):  # (month_at: compiled, ``month`` is a str below)
        # "제주4·3평화재단은", "5·18기념재단": the date inside a body's name, glued to the words around it
        return f"{month_at.group()}·{r.text.strip()}" if _is_date(month_at.group(), r.text.strip()) else ""
    if word != r.text.strip():  # "6ㆍ25": the Hangul dot (a letter to the tokenizer) keeps both parts in one word
        found = _DATED_WORD.match(word)  # ("5ㆍ18민주화운동": a name may follow glued; not "3ㆍ4명", two counts)
        return f"{found.group(1)}·{found.group(2)}" if found and _is_date(found.group(1), found.group(2)) \
            and not word[found.end():].startswith(("명", "구", "인")) else ""
    if a >= 2 and w.text[a - 1] in _DATE_DOTS and w.end[a - 2] == w.start[a - 1] and w.end[a - 1] == w.start[a]:
        month, day = w.text[a - 2], w.text[a]
    elif b + 1 < len(w) and w.text[b] in _DATE_DOTS and w.end[a] == w.start[b] and w.end[b] == w.start[b + 1] \
            and (glued := re.match(r"\d{1,2}(?!\d)", w.text[b + 1])) is not None \
            and not w.text[b + 1][glued.end():].startswith(("명", "구", "인")):
        month, day = w.text[a], glued.group()  # (and "5·18기념재단": the day glued to the name after it)
    else:
        return ""
    return f"{month}·{day}" if _is_date(month, day) else ""


_DATED_WORD = re.compile(r"(\d{1,2})[·ㆍ・](\d{1,2})(?!\d)")


def _is_date(month: str, day: str) -> bool:
    """Are the two digit strings a month (1-12) and a day (1-31)?"""
    return month.isdigit() and day.isdigit() and 1 <= int(month) <= 12 and 1 <= int(day) <= 31


def _missing_victims(w: Words, cue: Measure, found: list[Measure], lx: Language) -> Measure | None:
    """In Korean, the cue of the missing ("행방불명", "실종") that describes the noun of the dead ``cue`` right before
    it (a relative clause ending on a modifier ending, "행방불명된 (것으로 신고된) 희생자", or a noun compounded
    with it, "행방불명 희생자"), at most three words before the noun, with nothing between but the bound noun 것 and
    the clauses on it; None otherwise."""
    if lx.people.match(w.key, cue.words[0]) is None:
        return None  # (a noun of people, "희생자"; not of remains: "행방불명자 유해 4구" are bodies found, the dead)
    for m in found:
        if m.metric != "missing" or m.after or not 0 <= cue.words[0] - m.words[1] <= 3 \
                or any(w.is_punct(k) or not (w.tag[k] == "ETM" or w.key[k] == "것")
                       for k in range(m.words[1], cue.words[0])):
            continue  # (only "것으로 신고된" between: a word of its own, "실종된 등산객 수색 도중 희생자", is the
            # noun the clause describes)
        last = m.words[1] - 1
        if w.tag[last] == "ETM" or m.words[1] == cue.words[0]:
            return m
    return None


def _identifies_suspects(w: Words, a: int, b: int, cue: Measure, lx: Language) -> bool:
    """Is ``cue`` a phrase of identifying people (a word of the table's ``identity_words``: "встановити особи",
    "신원 확인", "the identities of") whose people, named right after the number (or, in Korean, right before it),
    are suspects or doers of a crime (``suspect_nouns``)? Identities established are the dead's in news of remains
    and exhumations, the living's in news of crime."""
    identity, suspects = lx.words["identity_words"], lx.words["suspect_nouns"]
    if not identity or not suspects or not identity & set(w.key[cue.words[0]:cue.words[1]]):
        return False
    for k in range(b, min(len(w), b + 4)):  # the noun of the people, past its adjectives ("трьох ймовірних нападників")
        if w.is_punct(k):
            break
        if w.key[k] in suspects:
            return True
    return lx.korean is not None and a > 0 and w.key[a - 1] in suspects  # "용의자 2명의": the noun before the number


def not_people(w: Words, a: int, b: int, r: Range, lx: Language) -> str:
    """Why the number at words[a:b] does not count people ("" when it may)."""
    if r.currency:
        return "money"
    if r.low < 0 or r.high < 0:
        return "a negative number is not a count"
    if r.low >= 1e9 and not (b < len(w) and lx.people.match(w.key, b)):
        return "a billion or more with no people named is no count of people"  # "выделит 20 млрд"
    if 0 < r.high < 1:
        return "a fraction below one is a share, not a count"  # "almost a tenth"
    stated = r.best if r.best is not None else (r.low if r.low == r.high else None)
    if stated is not None and math.isfinite(stated) and stated != int(stated):
        return "a value with a fraction is a rate or a measurement, not a count of people"  # "7.9 deaths per
        # 100,000 workers" (a count with a fraction has its scale word: "1.5 million" is 1,500,000)
    if lx.korean is not None and a + 1 == b < len(w) and w.key[a].isdigit() and w.tag[a] in lx.words[
            "destination_particle_tags"] and w.key[b] in lx.words["calling_verbs"]:
        return "a number called or reported to is a telephone number"  # "즉시 119에 신고하고", "112로 전화해"
    if _LEADING_ZERO.search(r.text):
        return "a number written with a leading zero is a telephone number or a code"  # "0 800 506 100"
    if lx.korean is None and a > 0 and r.low == r.high and not (b < len(w) and lx.people.match(w.key, b)) and any(
            " ".join(w.key[a - n:a]) in lx.words["contact_nouns_phrases"] for n in range(1, min(a, 3) + 1)):
        return "a number right after a hotline's noun is its telephone number"  # "may call the IACAT hotline 1343",
        # "телефонуйте на гарячу лінію 527"
    duplicate = lx.words["duplicate_words"]
    if duplicate and any(w.key[k] in duplicate for k in range(b, min(len(w), b + 3))
                         if not any(w.is_punct(x) for x in range(b, k + 1))):
        return "entries said to be counted twice are a correction of a tally, no people"  # "사망자 2명은 중복으로
        # 파악됐다": two of the dead were double-counted
    weekdays = lx.words["weekday_words"]
    if weekdays and r.low == r.high and "." in r.text:  # "11.20.(수)": month and day, the weekday in brackets after
        k = b + (b < len(w) and w.text[b] == ".")
        if k + 2 < len(w) and w.text[k] == "(" and w.text[k + 1] in weekdays and w.text[k + 2] == ")":
            return f"a date: '{w.text[k + 1]}' is its day of the week"
    if lx.korean is not None and (dated := _dated_event_name(w, a, b, r)):
        return f"'{dated}' names an event by its month and day"
    best = r.best if r.best is not None else (r.low if r.low == r.high else None)
    if best is not None and best != int(best) and not r.unit:
        return "a count of people is a whole number: a rate or an average"  # "7.9 deaths per 100,000 workers"
    if per_population(w, b, lx):
        return "a rate per head of a population, not a count"  # "33 deaths per million population"
    if rate_base(w, a, lx):
        return f"the base of a rate after '{w.text[a - 1]}', not a count"  # "17 на 100 тыс. жителей"
    if lx.korean is not None and w.key[b - 1].endswith(tuple(lx.words["rate_suffixes"])) \
            and any(ch.isdigit() for ch in w.key[b - 1]):
        return "a rate or a rate's base, not a count"  # "인구 10만명당 17명꼴"
    if a > 0 and changed(w, a, lx):
        return f"a change of a count after '{w.text[a - 1]}', not a count"  # "142 deaths, up 12 on the year before"
    if _number_of_a_name(w, a, b, lx):
        return f"part of the name '{w.text[a - 1]} {w.text[a]}'"
    if _number_in_a_quoted_name(w, a, b, lx):
        return f"part of the quoted name '{w.text[a - 1]} {w.text[a]}'"
    if _distributive(w, a, lx):
        return f"the size of each of the '{w.text[a - 2]}', not a count"
    valued = _estimate_object(w, a, lx)
    if valued is not None and not any(lx.people.match(w.key, k) or lx.measures.match(w.key, k)
                                      for k in range(*valued)):
        return "the value of an estimate of things ('put the number of houses destroyed at 43')"
    if r.kind == "vague" and " ".join(lx.keys_of(r.text.strip())) in lx.words["uncounted_vague_phrases"]:
        return f"'{r.text.strip()}' states no figure"  # "killing three people and wounding several others", "ще
        # кілька поранені", "몇 명이 다쳤다" (before the Korean counter of people below, which would take it)
    inside = r.start - w.start[a]
    spelled = lx.korean is not None and not any(ch.isdigit() for ch in r.text)
    if spelled and w.text[a] == r.text.strip() and b < len(w) and (
            w.key[b] in lx.words["spelled_counters"] or _counter_and_particles(w.text[b], lx)):
        return ""  # "두 분이": the honorific counter of people after a number word (after digits, 30분 is minutes;
        # "세 분과 유가족", "다섯 명과는": with particles, which kiwipiepy may read as another noun, 분과, 명과)
    if 0 < inside <= len(w.text[a]) and w.text[a][inside - 1].isalpha() and (
            not r.text[:1].isdigit() or w.text[a][inside - 1].isascii()):
        return f"part of the word '{w.text[a]}'"  # "M23" (a name), "분석" (석 inside another word): no count
    if spelled:
        if 0 < inside <= len(w.text[a]) and w.text[a][inside - 1].isdigit():
            return f"'{r.text}' follows a digit in '{w.text[a]}'"  # "3일 만에": 일 is the day after 3, not one
        if a > 0 and w.text[a - 1][-1:].isdigit() and w.start[a] - w.end[a - 1] <= 1:
            return f"'{r.text}' follows the number '{w.text[a - 1]}'"  # "30%만": a particle after a share, not 10,000
        if w.text[a] == r.text.strip() and b < len(w) and not lx.people.match(w.key, b) and not w.is_punct(b) and not (
                w.key[b] in lx.words["measure_counters"] and _counts_bodies(w, a, b, lx)):  # "시신 세 구를": three bodies
            return f"'{r.text}' before '{w.text[b]}' counts no people"  # "매솟의 한 대피소에서": a shelter, not one person
        word = lx.korean(w.text[a])
        if inside == 0 and word.particle_tag.startswith("E") and word.key.endswith("다") \
                and whole_number(word.key[:-1], lx) is None and whole_number(w.text[a], lx) is None:
            return f"'{r.text}' opens the verb '{w.text[a]}'"  # "파도를 만나": meeting the waves (만나다), not 10,000
        if word.particle_tag.startswith("J") and r.text.strip() == word.particle and w.text[a].endswith(word.particle):
            return f"'{r.text}' is a particle of '{w.text[a]}'"  # "30%만": only 30 per cent, not ten thousand
        last = lx.korean(w.text[b - 1]) if b - 1 > a else word
        glued = w.text[b - 1][r.end - w.start[b - 1]:] if w.end[b - 1] > r.end else ""
        if glued and glued == last.particle and last.particle_tag.startswith("J") and not (
                b < len(w) and lx.people.match(w.key, b)) and not (
                a > 0 and (m := lx.people.match(w.key, a - 1)) is not None and m[0] == 1):
            return f"'{w.text[b - 1]}': a number in words with a particle and no counter counts no people"
            # ("40분 만에": after forty minutes; "경기 이천의": a city; not "주민 넷이", "아이 셋을": the people
            # named before a native number)
    after = ""
    if b - 1 < len(w) and w.end[b - 1] > r.end:
        after = w.text[b - 1][r.end - w.start[b - 1]:]  # glued to the number: "25-year-old", 7배로
        if lx.korean is not None:
            if after[:1] in "~∼-–" and after[1:2].isdigit():
                after = after[1:].lstrip("0123456789")  # "1∼9월": the unit after a range counts both ends
            raw, units = _units_after(lx)
            words = r.text.split()
            hedged = len(words) > 1 and not any(ch.isdigit() for ch in words[-1])  # "2명 이상일": the copula after a
            if not hedged and not after.startswith("명") and after.startswith(units):  # hedge word is no unit (일: days)
                for unit, written in zip(raw, units):  # (no unit opens it: the loop finds none)
                    if after.startswith(written) and not (unit in lx.words["measure_counters"] and _counts_bodies(
                            w, a, b - 1, lx)):
                        return f"counts {unit}"
        else:
            first = after.lstrip("-–").split("-")[0]
            if first and lx.key(first) in lx.words["not_people_after"] and not _people_compound(w, b, first, lx):
                return f"part of '{w.text[b - 1]}'"
            if after[:1] in "-–" and len(first) >= 3 and first.isalpha() and first.islower() and (lx.modifier(first) or (
                    lx.table["morphology"] == "none" and first.endswith(tuple(lx.words["passive_endings"]))
                    and not lx.people.match([lx.key(first)], 0))):  # (English: "one-sided", "two-pronged")
                return f"part of the adjective '{w.text[b - 1]}'"  # "з 10-кілометрової смуги", "47-річний": a number
                # inside a compound adjective (any whose every reading pymorphy3 gives is an adjective) counts no one
    if lx.korean is not None and (inner := _LEADING_UNIT.match(r.text)) is not None and not inner.group(1).startswith(
            "명") and any(inner.group(1).startswith(str(unit)) for unit in lx.table["not_people_after"]):
        return f"counts {inner.group(1)}"  # "60대 이상이": in their sixties (a unit inside the number's own words)
    if lx.korean is not None and (unit := _unit_written_apart(w, a, b, r, lx)):
        return f"counts {unit}"  # "포탄 300 발 이상", "장갑차 30 대 이상": a counter of things written apart inside a
        # hedged number's phrase counts what it counts, as glued ("300발 이상") it does
    if not after and lx.korean is not None and b < len(w) and w.start[b] - w.end[b - 1] == 1 \
            and w.text[b][:1].isdigit():
        unit = w.text[b].lstrip("0123456789")  # "1∼9월": a range whose unit stands after its second end
        if unit and not unit.startswith("명") and any(unit.startswith(str(u)) for u in lx.table["not_people_after"]):
            return f"counts {unit}"
    if not after and b < len(w) and (unit := _thing_counter_and_particles(w.text[b], lx)):
        return f"counts {unit}"  # "장갑차 30여 대가 투입됐다": the counter of vehicles and its particle, which kiwipiepy
        # reads as another noun (대가, a price)
    if not after and b < len(w):
        key = w.key[b]
        if "-" in w.text[b].strip("-") and key not in lx.words["not_people_after"] and lx.korean is None:
            head = lx.key(w.text[b].split("-")[0])  # "1 940 дронів-камікадзе", "12 drone-boats": a compound noun
            if head in lx.words["not_people_after"] and not lx.people.match([head], 0):  # whose first noun is a
                key = head  # thing counts things ("бійців-добровольців" stays people)
        if (key in lx.words["not_people_after"] and not _members_of_people(w, b, lx) and not _unit_of_toll(w, b, lx)
                and not (key in lx.words["measure_counters"] and _counts_bodies(w, a, b, lx))) \
                or w.text[b] in ("%", "‰"):
            return f"counts {w.text[b]}"
        if key not in lx.words["not_people_after"] and b - a == 1 and w.text[a].isalpha() and lx.oblique(w.text[a]) \
                and lx.noun_forms(w.text[b]) & lx.words["not_people_after"]:
            return f"counts {w.text[b]}"  # "600 жителей трех сел": after a number word in an oblique case only a noun
            # stands, so the noun reading of a word a verb's form is read first for (сесть) is the thing counted
        head = _thing_head(w, b, lx)
        if head is not None:
            return f"counts {' '.join(w.text[b:head + 1])}"  # "two Canadair water bombers and 60 soldiers", "two
            # speedboats": the head noun of the number's phrase is a thing
        if w.text[b] == "-" and b + 1 < len(w) and w.key[b + 1] in lx.words["not_people_after"]:
            return f"part of '{w.text[b + 1]}'"
        if key in lx.words["group_nouns"] and a >= 2 and w.key[a - 1] in lx.words["partitive_words"] \
                and lx.people.match(w.key, a - 2) is not None:
            return f"counts the {w.text[b]} the people before belong to"  # "six members of one family"
        if lx.korean is None and b + 1 < len(w) and w.key[b + 1] in lx.words["not_people_after"] \
                and key not in lx.words["definite_determiners"] \
                and " ".join(w.key[b:b + 2]) not in lx.words["past_words_phrases"] \
                and (w.text[b][:1].islower() or (w.is_capital(b) and not w.text[b + 1][:1].isupper())) \
                and key not in lx.people and not lx.measures.match(w.key, b) \
                and key not in lx.words["place_prepositions"] \
                and not lx.people.match(w.key, b) and not w.is_punct(b) and not lx.people.match(w.key, b + 1) \
                and not lx.animate(w.text[b]) and not _unit_of_toll(w, b + 1, lx) \
                and key not in lx.words["period_deictics"] and not (  # (not "rose to 142 last year": a time of the sentence)
                    w.is_capital(b) and w.is_capital(b + 1) and b + 2 < len(w) and lx.people.match(w.key, b + 2)):
            # (nor "Four United Nations peacekeepers": a name of two capitalised words before the people's noun)
            return f"counts {w.text[b]} {w.text[b + 1]}"  # "15 fire tenders", "two rescue teams" (not "11 gang members",
            # nor "Four United Nations peacekeepers", "four United States soldiers": two capitals are a name, whose last
            # word is no thing counted;
            # nor "двох працівниць відділення": a noun of people, in the dictionary's animacy, before a noun of a thing;
            # nor "никаких тел в районе поиска", "kill at least 23 in raids on villages": a preposition opens a place
            # or a circumstance, not a noun of the number, in every language)
        thing = _thing_after_modifiers(w, b, lx)
        if thing is not None:
            return f"counts {' '.join(w.text[b:thing + 1])}"  # "две боевые бронированные машины", "двух
            # механизированных бригад": the number's noun after its agreeing adjectives is a thing or a unit
        noun = next((k for k in range(b, min(b + 3, len(w))) if not lx.common(w.text[k]) or not w.text[k][:1].isalpha()
                     or lx.common_noun(w.text[k])), None)
        if noun is not None and lx.locative(w.text[noun]) and not lx.people.match(w.key, noun) \
                and not any(w.key[k] in lx.words["np_glue"] for k in range(b, noun)):
            return f"counts {w.text[noun]}"  # "в двух временных лагерях": a number in the locative counts places
            # (not "о двух пострадавших гражданах": people are counted in that case only after "about"; nor "вісім
            # підозрюваних у піратстві", "троих раненых в больнице": a noun after a preposition is no noun the number
            # counts, only one its own adjectives lead to)
        thing = _counted_thing(w, b, lx, _paucal(r) and not lx.collective(w.text[b - 1]))  # ("двое рабочих завода":
        # a collective numeral counts the workers, whose word is then no plural adjective of a singular thing)
        if thing is not None:
            return f"counts {w.text[thing]}"  # "два батальона", "40 наметів", "25 палаток": the dictionary's noun of things
            # after the number (past its adjectives) is what it counts
        if b + 2 < len(w) and (key in lx.words["coordinators"] or key in lx.words["span_joiners"]) \
                and w.text[b + 1].isdigit() and r.text.strip().isdigit() and lx.korean is None \
                and w.key[b + 2] in lx.words["month_words"] and lx.table["morphology"] == "none":
            return f"a day of {w.text[b + 2]}"  # "between 3 and 9 March": the first day of a span of days
        if b + 2 < len(w) and (key in lx.words["coordinators"] or key in lx.words["span_joiners"]) \
                and w.text[b + 1].isdigit() and w.key[b + 2] in lx.words["not_people_after"] and r.text.strip().isdigit():
            return f"counts {w.text[b + 2]}"  # "двоє чоловіків 61 і 58 років", "с 20 по 25 июня": the unit after the
            # last number
        cue = lx.measures.match(w.key, b) if lx.korean is None and w.text[b][:1].islower() else None
        if cue is not None and cue[0] >= 2 and w.key[b + cue[0] - 1] in lx.words["not_people_after"] \
                and w.key[b + cue[0] - 1] not in lx.words["case_nouns"] and not lx.predicate_form(w.text[b]) \
                and ((people := lx.people.match(w.key, b)) is None or people[0] < cue[0]):
            # (not "14 service members had died": a cue that is itself a noun of people counts them)
            return f"counts {' '.join(w.text[b:b + cue[0]])}"  # "96 evacuation centres", "200 displacement sites":
            # a measure's places, not its people (not "9 взято в полон": a cue that opens on a verb befalls them; nor
            # "14 летальных случаев": a measure's cases are its people)
    if (lx.korean is None or w.text[a] == r.text) and r.text.isdigit() and len(r.text) == 4 and 1800 <= r.low <= 2100 \
            and r.low == r.high \
            and not (b < len(w) and (lx.people.match(w.key, b) or (b + 1 < len(w) and lx.people.match(w.key, b + 1)))):
        return "a year"  # "making 2024 the deadliest year": four digits with no separator and no people named (Korean:
        # a word of the four digits alone, no counter glued: "'2024 북한인권보고서'")
    if a >= 3 and lx.table["morphology"] == "none" and r.text.strip().isdigit() and r.low <= 31 \
            and (w.key[a - 1] in lx.words["coordinators"] or w.key[a - 1] in lx.words["span_joiners"]) \
            and w.text[a - 2].isdigit() and w.key[a - 3] in lx.words["month_words"]:
        return f"a day of {w.text[a - 3]}"  # "deaths recorded between July 1 and 20": the last day of a span of days
    if a > 0 and w.key[a] in lx.words["age_hedges"] and (r.high if r.kind == "upper" else r.low) < 130 \
            and (people := lx.people.match(w.key, a - 1)) is not None and people[0] == 1 \
            and not (b < len(w) and lx.people.match(w.key, b)):
        return f"an age: '{w.text[a - 1]} {r.text}'"  # "the deaths of 31 children under five", "people over 60"
    if a > 0 and r.kind == "range" and 0 < r.low < r.high < 100 and lx.korean is None \
            and lx.table["morphology"] == "none" and w.text[a][:1].isalpha() \
            and (people := lx.people.match(w.key, a - 1)) is not None and people[0] == 1 \
            and not (b < len(w) and lx.people.match(w.key, b)):
        return f"an age: '{w.text[a - 1]} {r.text}'"  # "most of them men between 18 and 35", "men from 18 to 60": a span
        # of ages right after the people (not "between 18 and 35 men": the people after it are counted)
    if a >= 3 and lx.table["morphology"] == "none" and lx.korean is None \
            and w.key[a - 1] in lx.words["origin_prepositions"] \
            and (p := a - 2 - (w.text[a - 2] == ",")) >= 1 and lx.people.match(w.key, p) is not None \
            and (w.text[p - 1][:1].isdigit() or whole_number(w.key[p - 1], lx) is not None) \
            and not (b < len(w) and (lx.people.match(w.key, b) or lx.measures.match(w.key, b))):
        return f"the places the {w.text[p]} come from"  # "511 people from three barangays", "300 migrants from 12
        # countries": a count of people, then where they are from (not "from 40 wounded people": people after it)
    if a > 1 and (denied := _denial_before(w, a, lx)):
        return f"the figure set aside after '{denied}'"  # "killed 52, not 43", "погибли 63 человека, а не девять": a
        # speaker who corrects a count names the figure they reject; it is no claim of theirs
    if a > 0:
        p = a - 1 if not (w.text[a - 1] in ".#№" and a > 1) else a - 2
        age = a - 2 if a > 1 and w.text[a - 1] in "-–—:" else a - 1
        if w.key[age] in lx.words["age_words"]:
            return f"an age after '{w.text[age]}'"  # "наймолодшому 19, найстаршому – 61", "the oldest: 81"
        if a > 2 and w.key[a - 2] in lx.words["age_words"] and w.key[a - 1] == w.key[a - 3] and not w.is_punct(a - 1):
            return f"an age: '{w.text[a - 3]} {w.text[a - 2]} {w.text[a - 1]} {r.text}'"  # "children as young as four":
            # an equative of age (its two like words around the adjective of age)
        key = w.key[p]
        if key in lx.words["not_people_before"] and not (p > 0 and w.key[p - 1] in lx.words["time_span_heads"]) \
                and not (lx.korean is not None and p > 0 and lx.measures.match(w.key, p - 1)) \
                and not (key in lx.words["force_nouns"] and p == a - 1 and b < len(w)
                         and lx.people.match(w.key, b) is not None):  # (not "피란 인구가 50만명": the population of a
            # measure's people; nor "из первого состава батальона 41 человек погиб": a unit's people, not its number)
            return f"after '{w.text[p]}'"  # (not "с начала года около 80 тыс.": the year is the span's, not a label)
        if p >= 1 and key in lx.words["partitive_words"] and w.key[p - 1] in lx.words["kin_nouns"] and not (
                b < len(w) and lx.people.match(w.key, b)):
            return f"the children of a '{w.text[p - 1]}'"  # "a mother of four who fled Gwoza": her family, no count
        if key in lx.words["clock_before"] and r.low == r.high and r.high <= 24 and b < len(w) \
                and lx.clock.match(w.key, b) is not None:
            return f"a time of day after '{w.text[p]}'"  # "called me at 11 at night", "by 3 in the morning"
        x = p  # "aged 36 and 59", "ages 15, 16 and 17": every number of a list after such a word is one too
        while x >= 1 and lx.korean is None and (w.key[x] in lx.words["coordinators"] or w.text[x] == ",") \
                and w.text[x - 1][:1].isdigit():
            x -= 2
        if x < p and x >= 0 and w.key[x] in lx.words["not_people_before"]:
            return f"after '{' '.join(w.text[x:p + 1])}'"
        if r.low == r.high == 1 and not any(ch.isdigit() for ch in r.text) and b - a == 1 and b < len(w) \
                and w.text[a - 1][:1].isalpha() and lx.common_noun(w.text[a - 1]) \
                and w.key[a - 1] not in lx.measures.firsts and lx.people.match(w.key, a - 1) is None:
            return f"'one' after the noun '{w.text[a - 1]}' whose it is"  # "Дружина одного зі звільнених": the wife of
            # one of the freed, no count
        if r.low == r.high == 1 and not any(ch.isdigit() for ch in r.text) and b - a == 1 \
                and w.key[a - 1] in lx.words["definite_determiners"] and not (
                    b < len(w) and (lx.people.match(w.key, b) or lx.measures.match(w.key, b) or (
                        w.key[a - 1] in lx.words["complementizers"]
                        and (w.key[b] in lx.table.get("one_person_nouns", ())
                             or w.key[b] in lx.words["partitive_words"])))):
            return f"'{w.text[a - 1]} one': the only one, no count"  # "attacked in the one place they believed safe"
            # (not "said that one man was still missing", "told AFP that one of its officers had been killed": "that"
            # opens the clause, "one man", "one of" a count)
        if r.low == r.high == 1 and lx.korean is None and not any(ch.isdigit() for ch in r.text) and b - a == 1 \
                and (det := _determiner_before_modifiers(w, a, lx)) is not None \
                and not (b < len(w) and (lx.people.match(w.key, b) or w.key[b] in lx.words["partitive_words"])) \
                and not _noun_then_cue(w, b, lx):
            return f"'{' '.join(w.text[det:b])}': a pronoun for one of the people named before, no count"  # "the two
            # injured were rushed to hospital, and the younger one lost a leg" (not "the younger one of the two", nor
            # "the other one soldier")
    ratio = lx.words["ratio_words"]
    if ratio and ((r.low == r.high == 1 and b + 1 < len(w) and w.key[b] in ratio and _number_at(w, b + 1, lx)
                   is not None) or (a >= 2 and w.key[a - 1] in ratio and _number_at(w, a - 2, lx) == 1)):
        return "a proportion ('one in four'), not a count"
    capacity = lx.words["capacity_words"]
    if capacity and any(w.key[x] in capacity for x in range(max(0, a - CAPACITY_REACH), a)) and (not any(
            w.is_punct(x) or _clause_word(w, x, lx) for x in range(max(0, a - CAPACITY_REACH), a)) or (
            a >= 2 and w.text[a - 1] == "(" and w.key[a - 2] in capacity)):  # (and a capacity in brackets right
        # after its word: "수용 인원이 6만2천여명으로 정원(5만250명)의 124%")
        return "a capacity, not a count"  # "supplies enough to treat around 150 wounded patients"
    opening = a
    while opening > 0 and w.key[opening - 1] in lx.words["auxiliary_verbs"]:
        opening -= 1  # "Among them are several children": the verb between the subset word and the part
    few = r.kind == "vague" and r.high <= FEW  # ("several of them", "несколько из них"; not "сотни из них", hundreds
    # of them, a count)
    if r.kind == "vague" and lx.korean is None and (subset(w, a, lx) or (opening < a and subset(w, opening, lx))):
        return "a vague part of a whole"  # "36 people were detained, among them several minors"
    if few and b < len(w) and (lx.subsets.match(w.key, b) or (
            w.key[b] in lx.words["partitive_words"] and b + 1 < len(w)
            and w.key[b + 1] in lx.words["definite_determiners"])):
        return "a vague part of a whole"  # "23 casualties, several of them with gunshot wounds"
    if r.low == r.high == 0 and b < len(w) and w.key[b] in lx.words["modal_words"]:
        return f"none before '{w.text[b]}': a wish or a rule, not a count"  # "Nobody should die of cholera"
    if r.low == r.high == 1 and not any(ch.isdigit() for ch in r.text) and b - a == 1 and _one_of_things(w, b, lx):
        return "one of a set of things"  # "one of the world's most neglected crises", "one of the two cellblocks"
    if r.low == r.high == 1 and not any(ch.isdigit() for ch in r.text) and b - a == 1 and kin_of_one(w, a, lx):
        return "one of the people counted, whose kin or office is named"  # "Вдова одного из погибших рассказала",
        # "the widow of one of the dead told": the one describes who speaks; it counts no one
    if r.low == r.high == 1 and not any(ch.isdigit() for ch in r.text) and b - a == 1 and _one_who_speaks(w, b, lx):
        return "one of the people counted, who speaks"  # "Один из задержанных, 24-летний студент, рассказал DW …",
        # "One of the wounded told Reuters …": a witness drawn from the set, no count of it
    if lx.korean is None and b + 1 < len(w) and w.key[b] in lx.words["set_prepositions"] \
            and (thing := _counted_thing(w, b + 1, lx)) is not None:
        return f"taken from a set of {w.text[thing]}"  # "одного з мотострілецьких полків", "на одному з полігонів":
        # the set is of things (the dictionary's inanimate noun), so the number counts no people (not "один из
        # военнослужащих", "двое из пострадавших": a set of people, or of a measure's people)
    if b - a == 1 and w.key[a] in lx.words["both_words"]:
        return f"'{w.text[a]}' takes up two people counted before"  # "«Оба доставлены в больницу», — уточнил он"
    if _difference(w, a, b, lx):
        return "a difference between two counts"  # "насчитали 14 погибших — на пять больше, чем сообщало МВД"
    if a > 0:
        if w.text[a - 1] == "," and b < len(w) and w.text[b] == "," and a > 1 and w.is_capital(a - 2) \
                and b - a == 1 and r.low == r.high and r.low < 130:
            return "an age"  # "Petrenko, 52, told reporters"
        if w.text[a - 1] == "," and (b == len(w) or w.text[b] in ".”\")") and a > 2 and w.is_capital(a - 2) \
                and w.is_capital(a - 3) and b - a == 1 and r.low == r.high and r.low < 130 and r.text.strip().isdigit():
            return "an age"  # "…, including Captain Hamza Ali, 26.": a bare number after a name of two words, ending the
            # sentence
        if w.text[a - 1] == "," and b < len(w) and w.text[b] == "," and a > 1 and b - a == 1 and r.low == r.high \
                and r.low < 130 and r.text.strip().isdigit() and w.text[a - 2].isalpha() and w.text[a - 2].islower() \
                and not w.text[a - 2].endswith(tuple(lx.words["plural_endings"])) and not lx.measures.match(w.key, a - 2):
            return "an age"  # "said the woman, 38, who crossed": a bare number between commas after one person
        if w.text[a - 1] == "(" and b < len(w) and w.text[b] == ")" and b - a == 1 and a > 1 \
                and not w.is_punct(a - 2) and r.low == r.high and r.low < 130 and r.text.strip().isdigit():
            return "an age"  # "Ali Hassan (41) said", "알리 대변인(41)은": a bare number in brackets after a name
    return ""


RESTATED_REACH = 3  # words a qualifier of a count may take before its number ("около 600", "about 600")


def _noun_then_cue(w: Words, b: int, lx: Language) -> bool:
    """English: do one or two words of no cue, auxiliary nor small word stand right after the number, and a cue right
    after them ("left one contractor dead", "one WFP driver missing")? Then they name what the number counts
    (not "the younger one lost a leg": a cue right after "one"; nor "the other one was killed": an auxiliary)."""
    small = lx.words["auxiliary_verbs"] | lx.words["passive_auxiliaries"] | lx.words["np_glue"] \
        | lx.words["coordinators"] | lx.words["relative_pronouns"]
    for k in range(b, min(len(w), b + 3)):
        if k > b and lx.measures.match(w.key, k) is not None:
            return True  # (a name may lead the noun: "one WFP contractor dead")
        if not w.text[k].isalpha() or w.key[k] in small or lx.measures.match(w.key, k) is not None \
                or (k == b and not w.text[k].islower() and not w.text[k].isupper()):
            return False
    return False


def _determiner_before_modifiers(w: Words, a: int, lx: Language) -> int | None:
    """English: where a definite determiner stands when one or two modifiers separate it from the word "one" at ``a``
    ("the younger one", "the other injured one"): "one" is then a pronoun, the head of its phrase. None when a word
    between is no lowercase word, names people, or is a determiner, preposition or number."""
    for det in range(a - 1, max(-1, a - 4), -1):
        if w.key[det] in lx.words["definite_determiners"]:
            return det if det < a - 1 else None
        if not (w.text[det].isalpha() and w.text[det].islower()) or lx.people.match(w.key, det) \
                or w.key[det] in lx.words["np_glue"] or whole_number(w.text[det], lx) is not None:
            return None
    return None


def mixed_group(w: Words, cue: Measure, a: int, lx: Language) -> bool:
    """Is the number at word ``a`` a count of two groups, the measure's and another (Korean: the status noun of ``cue``
    before it joined by a conjunctive particle, tag JC, to a noun of people of no measure right before the number:
    "난민과 현지 주민 약 15만 명에게" counts refugees and local residents together)? Then it counts no one of the measure.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("ko")
    >>> text = "난민과 현지 주민 15만 명에게 식량을 제공했다."
    >>> w = tokenize(text, 0, len(text), lx)
    >>> mixed_group(w, Measure("displaced", "난민과", 0, False, 2, (0, 1)), 3, lx)
    True
    """
    if lx.korean is None or cue.after or cue.rank < 2 or not 0 < cue.words[1] < a or w.tag[cue.words[1] - 1] != "JC":
        return False
    between = [k for k in range(cue.words[1], a) if not w.is_punct(k) and w.key[k] not in lx.words["determiners"]]
    return bool(between) and all(lx.people.match(w.key, k) is not None and lx.measures.match(w.key, k) is None
                                 for k in between)


def aid_recipients(w: Words, cue: Measure, b: int, lx: Language) -> bool:
    """Are the people counted at words[..b] the recipients of aid (Korean: the number's word ends in the dative
    particle, 에게 or 한테, and a verb of giving, the table's ``giving_verbs``, ends its clause: "난민 약 15만 명에게 식량을
    제공한다", "피란민 3천 명에게 담요를 나눠줬다")? Aid says nothing of a measure's status: no claim (an event that befell
    them, rank 1, still is one: "부상자 30명에게 치료를 제공했다")."""
    if lx.korean is None or cue.rank < 2 or not 0 < b <= len(w):
        return False
    if b < len(w) and (m := lx.people.match(w.key, b)) is not None and m[0] == 1:
        b += 1  # the counter or noun of people after the number ('15만 명에게')
    if not w.text[b - 1].endswith(("에게", "한테")):
        return False
    giving = lx.words["giving_verbs"]
    for k in range(b, min(len(w), b + 8)):
        if w.is_punct(k):
            return False
        if w.key[k] in giving:
            return True
        if w.tag[k] in lx.words["predicate_tags"]:
            return False  # (another verb ends the clause first)
    return False


def households_restated(w: Words, a: int, b: int, lx: Language) -> bool:
    """Is the number at words[a:b] a count of households (the table's ``household_nouns``) that restates a count of
    the same group beside it: in brackets on either side ("212 семей (1 034 человека)", "800 людей (200 родин)") or
    after a comma and a word of ``restating_words`` ("740 человек, или 180 семей", "150 families, or 600 people")?
    The group is counted once, by its people; the households share their measure."""
    households = lx.words["household_nouns"]
    if b >= len(w) or w.key[b] not in households:
        return False
    restating = lx.words["restating_words"]

    def number(k: int) -> bool:
        return w.text[k][:1].isdigit() or _number_at(w, k, lx) is not None

    after = b + 1
    if after + 1 < len(w) and (w.text[after] == "(" or (w.text[after] == "," and w.key[after + 1] in restating)):
        start = after + 1 + (w.text[after] == ",")
        for j in range(start, min(len(w), start + RESTATED_REACH)):
            if w.is_punct(j):
                break
            if number(j):
                return not any(w.key[k] in households for k in range(j + 1, min(len(w), j + 4)))
    before = a - 1 - (a >= 1 and w.key[a - 1] in restating)
    if before < 2 or w.text[before] not in ",(" or w.key[before - 1] in households:
        return False
    return any(number(k) for k in range(max(0, before - RESTATED_REACH), before))


def _households_aside(w: Words, a: int, i: int, lx: Language) -> int | None:
    """The word after an aside of households that restates the people counted at word ``a`` (the mark at word ``i``
    closes the people's phrase): the households named before, the people between commas or brackets ("142 families,
    or 511 people, were displaced", "142 families (511 people) were displaced"), or after them ("511 people, or 142
    families, were displaced", "511 people (142 families) were displaced"); None when no such aside stands there.

    Examples
    --------
    >>> from analysis.extract.words import tokenize
    >>> from analysis.extract.language import language
    >>> s = "142 families, or 511 people, were displaced"
    >>> _households_aside(tokenize(s, 0, len(s), language("en")), 4, 6, language("en"))
    7
    >>> s = "511 people, or 142 families, were displaced"
    >>> _households_aside(tokenize(s, 0, len(s), language("en")), 0, 2, language("en"))
    7
    >>> s = "511 people, or more, were displaced"
    >>> _households_aside(tokenize(s, 0, len(s), language("en")), 0, 2, language("en")) is None
    True
    """
    households, restating = lx.words["household_nouns"], lx.words["restating_words"]
    if not households:
        return None
    closing = {",": ",", "(": ")"}
    k = a - 1
    if k >= 1 and w.key[k] in restating and w.text[k - 1] == ",":
        k -= 1
    if k >= 1 and w.text[k] in closing and w.text[i] == closing[w.text[k]] and w.key[k - 1] in households:
        return i + 1  # the households before, the people in the aside
    if w.text[i] not in closing:
        return None
    j = i + 1
    if w.text[i] == ",":
        if j >= len(w) or w.key[j] not in restating:
            return None
        j += 1
    if j >= len(w) or not (w.text[j][:1].isdigit() or _number_at(w, j, lx) is not None):
        return None
    for x in range(j + 1, min(len(w) - 1, j + RESTATED_REACH)):
        if w.key[x] in households:
            return x + 2 if w.text[x + 1] == closing[w.text[i]] else None
        if w.is_punct(x):
            return None
    return None


def _personnel(w: Words, b: int, found: list[Measure], lx: Language) -> bool:
    """Are the people named at word ``b`` (right after a number) personnel, whom a verb of arriving deploys: a noun of
    the deployed measure ("миротворцев"), of an office or a service ("пограничников", "полицейских") or of people at
    work counted in no measure ("спасателей"); not residents, migrants or people at large? Adjectives before the noun
    are its own ("иностранных наемников", "іноземних найманців")."""
    while b + 1 < len(w) and w.text[b][:1].islower() and lx.modifier(w.text[b]):
        b += 1  # (an agreeing adjective or participle of the noun says who the personnel are; it is no other noun)
    if any(m.metric == "deployed" and m.words[0] == b for m in found) or lx.not_measured.match(w.key, b) \
            or w.key[b] in lx.words["personnel_nouns"]:
        return True
    at_large = lx.words["people_at_large"]  # (as the table writes them too: "людина", keyed alone as another word)
    if (w.key[b] in at_large or w.key[b] in lx.table.get("people_at_large", ())) and _in_a_unit(w, b, lx):
        return True  # "в составе подразделения отправились 312 человек": people of a unit that sets out
    return lx.roles.match(w.key, b) is not None and w.key[b] not in lx.words["independent_roles"]


def _elided_personnel(w: Words, a: int, b: int, found: list[Measure], lx: Language) -> bool:
    """Does the number at words[a:b], with no noun of its own, count personnel named elsewhere, whom a verb of arriving
    deploys: a part of them ("300 of the conscripts", "40 of them", a noun after ``partitive_words`` and its
    determiners), or a group of the personnel its sentence names before it ("2,300 conscripts … and about 1,800 from
    the second intake had been posted": after ``origin_prepositions``)? Not migrants or residents ("300 of the
    migrants arrived")."""
    if w.key[b] in lx.words["partitive_words"]:
        j = b + 1
        while j < len(w) and w.key[j] in lx.words["determiners"]:
            j += 1
        if j < len(w) and w.key[j] in lx.words["pronouns"] | lx.words["object_pronouns"]:
            j = a  # "40 of them": the people the sentence named before
        elif j < len(w):
            return _personnel(w, j, found, lx)
    elif w.key[b] not in lx.words["origin_prepositions"]:
        return False
    return any(w.key[k] in lx.words["personnel_nouns"] for k in range(max(0, a - 15), a))


def _at_work(w: Words, b: int, found: list[Measure], lx: Language, a: int | None = None) -> bool:
    """Are the people named at word ``b`` (right after a number) rescuers or people at large, whom a verb of engaging
    them in a work under way (``engaging_verbs``) puts to work rather than deploys: a noun of people counted in no
    measure ("спасателей"), or of such a noun joined to a stem by a linking vowel ("горноспасателей"), or a noun of
    people at large ("человек")? Not troops or police (a noun of the deployed measure, of a service: "бойцов ОМОН",
    "поліцейських", "сотрудников полиции")."""
    def rescuer(key: str) -> bool:
        return any(key == r or (key.endswith(r) and len(key) - len(r) >= 4 and key[-len(r) - 1] in "оеё")
                   for r in lx.words["rescuer_nouns"])
    if lx.korean is not None and a is not None:
        return _korean_at_work(w, a, lx)
    if b >= len(w) or any(m.metric == "deployed" and m.words[0] == b for m in found) \
            or any(w.key[k] in lx.words["personnel_nouns"] and not rescuer(w.key[k])
                   for k in range(b, min(len(w), b + 3))):
        return False
    return bool(lx.not_measured.match(w.key, b)) or w.key[b] in lx.words["people_at_large"] or rescuer(w.key[b])


def _korean_at_work(w: Words, a: int, lx: Language) -> bool:
    """Korean: are the people counted at word ``a``, whom a verb of engaging (``engaging_verbs``: "동원해") puts to a
    work, rescuers or people at large? Their noun stands before the number: a rescuer ("소방대원 150명", "119구조대원"
    glued), people of no kind ("인력 130여명", a bare "540명") or a list with one such ("군과 경찰, 자원봉사자 등
    540명"); troops or police alone ("장병 200명", "경찰관 300명") engaged are deployed.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("ko")
    >>> s = "인력 130여명을 동원해"
    >>> _korean_at_work(tokenize(s, 0, len(s), lx), 1, lx)
    True
    >>> s = "장병 200명을 동원해"
    >>> _korean_at_work(tokenize(s, 0, len(s), lx), 1, lx)
    False
    """
    phrase: list[str] = []  # the people's own phrase: bare nouns, joined ("군과"), listed (", ")
    joining = tuple(lx.words["joining_particles"])
    for k in range(a - 1, max(-1, a - 9), -1):
        if w.text[k] == ",":
            continue
        if w.is_punct(k) or (w.tag[k] and not w.text[k].endswith(joining)):
            break  # a mark, or a word with a particle of its own ("경찰은"), opens the clause before
        phrase.append(w.key[k])
    rescuers = lx.words["rescuer_nouns"]
    at_large = lx.words["people_at_large"]
    if not phrase:
        return True  # "540명을 동원해 수색": people of no kind
    return any(key in at_large or any(key.endswith(r) for r in rescuers) for key in phrase)


def _korean_object(w: Words, b: int, i: int, lx: Language) -> bool:
    """Korean: are the people counted, whose number ends before word ``b``, the object of the verb at word ``i`` (the
    object's particle on the number or on its counter, "4명을", "일곱 명을", and no other object before the verb)?"""
    if lx.korean is None:
        return False
    objects = lx.words["object_particle_tags"]
    if not w.tag[b - 1] and b < i and lx.people.match(w.key, b):
        b += 1  # ("일곱 명을": the counter after a number word carries the particle)
    if w.tag[b - 1] == "JKG" and b + 1 == i and w.tag[b] in objects:
        return True  # "최대 2천명의 병력을 잃었다": the number counts, in the genitive, the noun that is the object
    return w.tag[b - 1] in objects and not any(w.tag[x] in objects for x in range(b, i))


def _care_cue(w: Words, cue: Measure, lx: Language) -> bool:
    """Is the cue one of medical care (a word of the table's ``care_verbs`` or ``care_places``: "병원으로 이송됐다",
    "치료를 받고 있다")?"""
    return any(w.key[k] in lx.words["care_verbs"] or w.key[k] in lx.words["care_places"] for k in range(*cue.words))


def _shared_verb(w: Words, a: int, lo: int, lx: Language) -> Measure | None:
    """The event a verb names before a count of things that a coordinator joins to the number at ``a`` ("знищено 8
    безекіпажних катерів і до 15 бойовиків", "уничтожили 6 катеров и 20 диверсантов", "destroyed six boats and 15
    militants"): one verb, two objects, the second people; the verb's measure is theirs. The words between the first
    number (in digits, after ``lo``) and the coordinator name things (the tables' ``not_people_after``), at most two
    words of a hedge stand between the coordinator and the number, and the verb of an event stands right before the
    first number, at most two words before it; else None."""
    coordinators = lx.words["coordinators"]
    c = next((k for k in range(a - 1, max(lo - 1, a - 4), -1) if w.key[k] in coordinators), None)
    if c is None or any(w.is_punct(k) for k in range(c + 1, a)):
        return None
    first = next((k for k in range(c - 1, max(lo - 1, c - 5), -1) if w.text[k][:1].isdigit()), None)
    if first is None or any(w.is_punct(k) or lx.people.match(w.key, k) for k in range(first + 1, c)) \
            or not any(w.key[k] in lx.words["not_people_after"] for k in range(first + 1, c)):
        return None
    while first > lo and w.text[first - 1][:1].isdigit():
        first -= 1  # ("1 200": the first number's words)
    for j in range(first - 1, max(lo - 1, first - 4), -1):
        if w.is_punct(j):
            return None
        m = lx.measures.match(w.key, j)
        if m is not None and j + m[0] <= first:
            metric, rank = m[1]  # type: ignore[misc]
            if rank != 1:
                return None
            return Measure(metric, " ".join(w.text[j:j + m[0]]), a - j - m[0], False, rank, (j, j + m[0]))
    return None


def _being_between(w: Words, i: int, a: int, lx: Language) -> bool:
    """Are the words before the number at ``a``, from the phrase of people in no measure at ``i`` on, at most two verbs
    of being somewhere (the tables' ``staying_verbs``, ``auxiliary_verbs``, ``existential_words``): "На борту
    находились 14 военнослужащих", "На борту катера перебували дев'ять військовослужбовців", "Aboard were 25 soldiers"?
    Such a clause says where the people were (aboard: the crew, counted in no measure), whatever noun names them."""
    skip = lx.not_measured.match(w.key, i)
    if skip is None:
        return False
    being = lx.words["staying_verbs"] | lx.words["auxiliary_verbs"] | lx.words["existential_words"]
    end = i + skip[0]
    if end < a and not w.is_punct(end) and w.key[end] not in being:
        end += 1  # (the thing they were aboard, in the genitive: "На борту катера")
    between = range(end, a)
    return 0 < len(between) <= 2 and all(w.key[x] in being for x in between)


def _personnel_aboard(w: Words, a: int, b: int, cue: Measure, lx: Language) -> bool:
    """Korean: are the people counted at words[a:b] troops named by a deployed noun right before the number, and aboard
    (the table's ``aboard_words`` right after it: "장병 300여명이 탑승한 구축함을 급파했다", "장병 300여명이 탑승하고
    있다")? The crew of a unit sent are deployed, though people aboard are counted in no measure."""
    return lx.korean is not None and cue.metric == "deployed" and not cue.after and cue.words[1] == a \
        and b < len(w) and w.key[b] in lx.words["aboard_words"]


def _personnel_before(w: Words, a: int, found: list[Measure], lx: Language) -> bool:
    """Korean: are the people counted at word ``a`` personnel, whom a verb of arriving or leaving deploys? The noun
    phrase right before the number (the words with no particle back to the last particle or mark) names them: a noun of
    the deployed measure ("장병", "병력"), of people at work ("경찰관", "구조대원"), a unit by its own name ("동명부대",
    "선발대") or its rotation ("31진"); a phrase of other people ("관광객", "이주민") counts arrivals, and so does a
    number with no phrase before it ("400여명이 해안에 도착했다": after a clause, whoever the story is about)."""
    units = tuple(lx.words["unit_suffixes"])
    rotations = tuple(lx.words["rotation_counters"])
    k = a - 1
    while k >= 0 and a - k <= 4 and not w.is_punct(k):
        if any(m.metric == "deployed" and m.words[0] <= k < m.words[1] and w.key[m.words[0]] not in lx.words[
                "arrival_verbs"] for m in found) \
                or lx.not_measured.match(w.key, k) or w.key[k] in lx.words["personnel_nouns"] \
                or w.text[k].endswith(units) or (rotations and w.key[k][:1].isdigit() and w.key[k].endswith(rotations)):
            return True  # (a unit's name by its letters, whatever kiwipiepy reads in it: "본대" as 보다)
        if w.tag[k]:
            break  # (a particle closes the phrase: "국방부는 관광객 300명이")
        k -= 1
    return False


def _phrase_before(w: Words, a: int, lx: Language) -> int:
    """Korean: where the noun phrase of the people counted at word ``a`` starts: the words with no particle right
    before the number ("동명부대 31진 270여 명", "의심 환자 37명"), or the subject its particle marks and the words
    before it ("의심 환자가 1천200여 명으로 늘었다"), at most four; a particle of any other case or a mark closes it
    ("국방부는 관광객 300명이": 관광객)."""
    k = a - 1
    if k >= 0 and w.tag[k] in lx.words["subject_particle_tags"] and not w.is_punct(k):
        k -= 1
    while k >= 0 and a - k <= 4 and not w.is_punct(k) and not w.tag[k]:
        k -= 1
    return k + 1


DISEASE_REACH = 6  # words after the people treated a phrase of their disease may stand in


def _for_a_disease(w: Words, start: int, lx: Language, harms: bool = False) -> bool:
    """Does a phrase of a disease follow the people treated, in their clause from word ``start`` on: a preposition of
    ``disease_prepositions`` ("for", "with") and within three words a noun of the table's ``disease_nouns`` ("was
    treating about 230 children for cholera", "treated 90 people with suspected measles")? Care for a disease is a
    consultation of the sick, no harm that befell them (not "treated 412 patients for heat illness": a harm of the
    weather, no disease; not "for injuries"). With ``harms``, a noun of ``care_harms`` instead: the patients treated
    or admitted for a harm of heat, cold or an injury are the hurt ("treated 412 patients for heat illness").

    Parameters
    ----------
    w : Words
        The sentence's words.
    start : int
        The first word after the people counted (or after the verb of care that follows them).
    lx : Language
        The language's tables.

    Returns
    -------
    bool
        True when the people were treated for a disease.
    """
    diseases = lx.words["care_harms" if harms else "disease_nouns"]
    prepositions = lx.words["disease_prepositions"]
    if not diseases:
        return False
    for k in range(start, min(len(w), start + DISEASE_REACH)):
        if w.is_punct(k) or _clause_word(w, k, lx):
            return False
        if w.key[k] in prepositions:
            return any(w.key[x] in diseases for x in range(k + 1, min(len(w), k + 4)) if not w.is_punct(x))
    return False


def _sick_phrase(w: Words, a: int, lx: Language) -> int | None:
    """Korean: the start of the noun phrase of the people counted at word ``a`` (``_phrase_before``) when it names them
    sick with a disease (a word of the table's ``sick_nouns``: "콜레라 의심 환자가", "렙토스피라증 의심 환자"), else
    None."""
    start = _phrase_before(w, a, lx)
    keys = " ".join(w.key[start:a])
    if any(w.key[k] in lx.words["sick_nouns"] for k in range(start, a)) or any(
            phrase in keys for phrase in lx.words["sick_nouns_phrases"] if " " in phrase):
        return start
    return None


def _kin_phrase(w: Words, a: int, lx: Language) -> int | None:
    """Korean: the last noun of the relatives of people (the table's ``kin_nouns``: "가족", "유가족") in the noun phrase
    of the people counted at word ``a`` (``_phrase_before``: "실종자 가족 50여 명", "수감자 가족이 수백 명"), else None.

    Examples
    --------
    In "실종자 가족 50여 명이 모였다" the word 가족 (index 1) heads the phrase: the 50 are relatives, not the missing.
    """
    kin = lx.words["kin_nouns"]
    return next((k for k in range(a - 1, _phrase_before(w, a, lx) - 1, -1) if w.key[k] in kin), None)


def _at_large_before(w: Words, a: int, lx: Language) -> bool:
    """Korean: does the noun phrase of the people counted at word ``a`` (``_phrase_before``) name them as workers of a
    business or people at large (the table's ``worker_nouns``, ``private_nouns``: "협력업체 작업자 12명", "주민 500명"),
    and as no personnel of a service (``personnel_nouns``)? A verb of sending or deploying them is then no deployment.

    Examples
    --------
    "작업에는 근로자 4명이 투입됐다": 근로자 before the number, workers at a job; "장병 500명을 투입했다": troops.
    """
    phrase = range(_phrase_before(w, a, lx), a)
    at_large = lx.words["worker_nouns"] | lx.words["private_nouns"]
    return any(w.key[k] in at_large for k in phrase) and not any(
        w.key[k] in lx.words["personnel_nouns"] for k in phrase)


def _hurt_before(w: Words, a: int, cue: Measure, lx: Language) -> bool:
    """Korean: is the cue a relative clause of hurt or death that ends right where the phrase of the people counted at
    word ``a`` starts ("부상한 셰르파 4명을 구조해", "중상을 입은 주민 2명을": the injured, rescued)? Being rescued, aboard or surviving does
    not undo what befell them."""
    if lx.korean is None or cue.after or cue.metric not in ("wounded", "killed"):
        return False
    start = _phrase_before(w, a, lx)  # (the relative clause's verb ends right before the phrase: the cue is that verb,
    return start > 0 and w.tag[start - 1] == "ETM" and cue.words[1] in (start - 1, start)  # or its noun, "중상을 입은")


def _lost_not_fighters(w: Words, b: int, lx: Language) -> bool:
    """Are the people lost after the number (the object of a verb of losing) people who are no fighters: the first noun
    of living beings within two words after the number ("17 колег", "девять сотрудников", "трьох наших волонтерів")
    is neither a noun of ``combatant_nouns`` nor of ``people_at_large`` nor a cue of a deployment? A side's losses of
    its fighters, or of people at large, count the dead and the wounded together ("противник потерял 980 человек").

    Parameters
    ----------
    w : Words
        The sentence's words.
    b : int
        The index of the first word after the number.
    lx : Language
        The language's tables.

    Returns
    -------
    bool
        True when the people lost are named and are no fighters.
    """
    fighters = lx.words["combatant_nouns"] | lx.words["people_at_large"]
    owners = lx.words["reflexive_possessives"] | lx.words["first_person"] | lx.words["pronouns"]
    for k in range(b, min(b + 3, len(w))):
        if lx.animate(w.text[k]) and not lx.modifier(w.text[k]):
            deployment = lx.measures.match(w.key, k)
            return w.key[k] not in fighters and not (deployment and deployment[1][0] == "deployed")  # type: ignore[index]
        if w.is_punct(k) or not (lx.modifier(w.text[k]) or w.key[k] in owners):
            return False  # (only the people's own adjectives and owners stand before their noun: "трьох наших волонтерів")
    return False


def _coordinated_predicate(w: Words, b: int, hi: int, lx: Language) -> Measure | None:
    """The cue that opens a second predicate of the clause whose subject the number ending at ``b`` counts: after its
    first verb (an auxiliary of the table's ``auxiliary_verbs`` between the number and the coordinator), a coordinator,
    an auxiliary and a cue of the first or second rank, with no mark of punctuation between ("14 others had fallen
    overboard during the crossing and were missing"); else None. Languages read without morphology only (a case
    or an ending says elsewhere whose the second verb is)."""
    if lx.table["morphology"] != "none" or lx.korean is not None:
        return None
    auxiliary = lx.words["auxiliary_verbs"]
    verb = False
    for x in range(b, min(hi, len(w)) - 2):
        if w.is_punct(x) and w.text[x] not in "-–":
            return None
        verb = verb or w.key[x] in auxiliary
        if verb and x > b and w.key[x] in lx.words["coordinators"] and w.key[x + 1] in auxiliary:
            k = x + 1
            while k < len(w) and (w.key[k] in auxiliary or w.key[k] in lx.words["skip_before_verb"]):
                k += 1
            m = lx.measures.match(w.key, k) if k < len(w) else None
            if m is None or m[1][1] > 2:  # type: ignore[index]
                return None
            metric, rank = m[1]  # type: ignore[misc]
            return Measure(metric, " ".join(w.text[k:k + m[0]]), k - b, True, rank, (k, k + m[0]))
    return None


UNIT_REACH = 3  # words between a preposition of membership and the force noun it governs ("в составе подразделения")


def _in_a_unit(w: Words, a: int, lx: Language) -> bool:
    """Do the people counted at word ``a`` go as members of a force: a phrase of the table's ``membership_words``
    ("в составе", "у складі", "as part of", "in the ranks of") before the number, in its clause, governing a noun of ``force_nouns``
    within ``UNIT_REACH`` words ("в составе подразделения отправились 312 человек")? Such people are personnel.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("ru")
    >>> s = "в составе батальона отправились 312 человек"
    >>> _in_a_unit(tokenize(s, 0, len(s), lx), 4, lx)
    True
    >>> s = "в составе семей отправились 312 человек"
    >>> _in_a_unit(tokenize(s, 0, len(s), lx), 4, lx)
    False
    """
    units, forces = lx.words["membership_words_phrases"], lx.words["force_nouns"]
    for k in range(a - 1, -1, -1):
        if w.is_punct(k) or _clause_word(w, k, lx):
            return False
        for n in (1, 2, 3):
            if k + n <= a and " ".join(w.key[k:k + n]) in units and any(
                    w.key[x] in forces for x in range(k + n, min(a, k + n + UNIT_REACH))):
                return True
    return False


_HOME_COMPLEMENTS: dict[int, tuple[Language, frozenset[str]]] = {}


def _home_complements(lx: Language) -> frozenset[str]:
    """The table's ``home_complements`` as keys joined by spaces ("домой", "додому"), made once per language (they
    were made again at every captured cue)."""
    found = _HOME_COMPLEMENTS.get(id(lx))
    if found is None or found[0] is not lx:
        found = _HOME_COMPLEMENTS[id(lx)] = (lx, frozenset(
            " ".join(lx.keys_of(str(h).replace("{}", " ").strip())) for h in lx.table.get("home_complements", [])))
    return found[1]


WOUNDED_NOUN_REACH = 3  # words from a word of the wound right after the number to the people's noun


def _wounded_captured(w: Words, cue: Measure, found: list[Measure], hi: int, lx: Language) -> Measure | None:
    """The cue of another event (captured, killed, missing) that is the verb of the people's clause, when the wounded
    cue ``cue`` stands right after the number as a word describing the people's noun after it ("One wounded NPA
    member was captured", "two injured workers later died"): the wounded taken are captured, the wounded who died
    dead; else None (not "two soldiers wounded and one captured": no people's noun after the word of the wound, or
    "and" between it and the verb; not "two wounded rebels were taken to hospital after they were captured": the
    clause's first cue is of the wound).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "One wounded rebel was captured"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _wounded_captured(w, Measure("wounded", "wounded", 0, True, 1, (1, 2)),
    ...                   [Measure("captured", "captured", 3, True, 2, (4, 5))], len(w), lx).cue
    'captured'
    """
    last = cue.words[1]
    if last >= min(hi, len(w)) or w.is_punct(last) or w.key[last] in lx.words["auxiliary_verbs"] \
            or w.key[last] in lx.words["coordinators"] or w.key[last] in lx.words["circumstance_prepositions"] \
            or lx.measures.match(w.key, last) is not None:
        return None  # (no noun right after the word of the wound: "two wounded were taken", "wounded and captured")
    noun = last
    coordinators = lx.words["coordinators"]
    for m in sorted(found, key=lambda m: m.words[0]):
        if not m.after or m.words[0] <= noun:
            continue
        if m.metric not in ("captured", "killed", "missing") or any(
                w.is_punct(k) or w.key[k] in coordinators for k in range(noun + 1, m.words[0])):
            return None  # (the first cue of the clause after the noun is its verb: "were taken to hospital after
        return m  # they were captured" is the wounded's)
    return None


def _held_people_sought(w: Words, a: int, b: int, cue: Measure, found: list[Measure], lx: Language) -> Measure | None:
    """The captured cue on the people's own phrase, when the missing cue ``cue`` (a verb of coming back, or of seeking
    before the number) counts them: before the number ("납치되어 돌아오지 못한 전후 납북자를 509명") or in a relative clause
    right after them ("trying to locate at least 12 residents, including a parish priest, who were taken away by the
    gunmen"). People abducted who are sought or not back are held. None otherwise (not "12 men were taken away and have
    not been seen since": no relative clause, the verb after "and" says they are missing).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "trying to locate 12 residents, who were abducted"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _held_people_sought(w, 3, 4, Measure("missing", "trying to locate", 0, False, 1, (0, 3)),
    ...                     [Measure("captured", "abducted", 2, True, 2, (8, 9))], lx).cue
    'abducted'
    """
    relatives = lx.words["relative_pronouns"]
    for m in sorted(found, key=lambda m: m.distance):
        if m.metric != "captured" or m.rank != 2:
            continue
        if not m.after and m.words[1] <= a and (cue.after or m.words[0] >= cue.words[1]):
            return m  # (before the number and after a cue of seeking before it: on the people's own phrase)
        if m.after and m.words[0] >= b and not cue.after and any(
                w.key[k] in relatives and k > 0 and w.text[k - 1] == "," for k in range(b, m.words[0])):
            return m
    return None


def _came_home_after_evacuation(w: Words, cue: Measure, found: list[Measure], lx: Language) -> bool:
    """Is the captured cue ``cue`` only a verb of coming home (a word of ``returning_verbs``, the rest of the cue of
    ``home_complements``), in a sentence of an evacuation (a word of ``evacuation_words``: "евакуйовано", "evacuated")
    with no other captured cue nor an exchange of prisoners? Then the people went back home after it: no prisoners
    freed, and no claim (evacuation is no measure).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("uk")
    >>> s = "евакуйовано 48 людей, які згодом повернулися додому"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _came_home_after_evacuation(w, Measure("captured", "повернулися додому", 3, True, 2, (6, 8)), [], lx)
    True
    >>> s = "після обміну 48 людей повернулися додому"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _came_home_after_evacuation(w, Measure("captured", "повернулися додому", 1, True, 2, (4, 6)), [], lx)
    False
    """
    evacuation = lx.words["evacuation_words"]
    if not evacuation or evacuation.isdisjoint(w.key):
        return False
    return _only_coming_home(w, cue, found, lx)


def _only_coming_home(w: Words, cue: Measure, found: list[Measure], lx: Language) -> bool:
    """Is the captured cue ``cue`` only a verb of coming home (a word of ``returning_verbs``, the rest of the cue of
    ``home_complements``), in a sentence with no other captured cue nor an exchange of prisoners (``exchange_nouns``)?
    The shared test of ``_came_home_after_evacuation`` and ``_came_home_from_a_tour``, which then ask what the people
    came home from.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("ru")
    >>> s = "домой вернулись 138 человек"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _only_coming_home(w, Measure("captured", "домой вернулись", 0, False, 2, (0, 2)), [], lx)
    True
    >>> s = "после обмена домой вернулись 138 человек"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _only_coming_home(w, Measure("captured", "домой вернулись", 0, False, 2, (2, 4)), [], lx)
    False
    """
    returning = lx.words["returning_verbs"]
    words = range(*cue.words)
    verbs = [k for k in words if w.key[k] in returning]
    if not verbs or lx.words["exchange_nouns"] & set(w.key):
        return False  # (no verb of coming back in the cue, the commonest answer: asked before the sentence's words)
    rest = " ".join(w.key[k] for k in words if k not in verbs)
    if rest and rest not in _home_complements(lx):
        return False
    return not any(m.metric == "captured" and m.words != cue.words for m in found)


def _came_home_from_a_tour(w: Words, cue: Measure, found: list[Measure], lx: Language) -> bool:
    """Is the captured cue ``cue`` only a verb of coming home (a word of ``returning_verbs``, the rest of the cue of
    ``home_complements``: "вернулись домой", "додому повернулися"), in a sentence of a force's tour of duty (a noun of
    ``tour_nouns``: "смена", "ротація", "rotation") with no other captured cue nor an exchange of prisoners
    (``exchange_nouns``)? Then the people came home from their tour: a force rotated home, deployed.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("ru")
    >>> s = "после ротации домой вернулись 138 миротворцев"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _came_home_from_a_tour(w, Measure("captured", "домой вернулись", 0, False, 2, (2, 4)), [], lx)
    True
    >>> s = "после обмена домой вернулись 138 военных"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _came_home_from_a_tour(w, Measure("captured", "домой вернулись", 0, False, 2, (2, 4)), [], lx)
    False
    """
    tours = lx.words["tour_nouns_phrases"]
    if not tours:
        return False
    if not _only_coming_home(w, cue, found, lx):
        return False
    return any(" ".join(w.key[k:k + n]) in tours for k in range(len(w)) for n in (1, 2))


def _troops_lost_over_a_period(w: Words, a: int, b: int, found: list[Measure], lx: Language) -> bool:
    """Are the people counted at words[a:b], the object of a verb of losing, troops (a noun of the deployed measure
    right after the number: "troops", "soldiers", "병력") lost over a period (a word of the table's ``tally_periods`` in
    the sentence, "since", "over the past", "동안", or a scope of a window or a rate)? A side's tally of its losses counts
    the killed and the wounded ("has lost 846,310 troops since the invasion"); the dead of one fight are killed
    ("lost five soldiers in the ambush").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "Russia has lost 846,310 troops since the invasion"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _troops_lost_over_a_period(w, 3, 4, [Measure("deployed", "troops", 0, True, 3, (4, 5))], lx)
    True
    >>> s = "The army lost five soldiers in the ambush"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _troops_lost_over_a_period(w, 3, 4, [Measure("deployed", "soldiers", 0, True, 3, (4, 5))], lx)
    False
    """
    if not any(m.metric == "deployed" and m.after and b <= m.words[0] <= b + 1 for m in found):
        return False
    periods = lx.words["tally_periods_phrases"]
    return any(" ".join(w.key[k:k + n]) in periods for k in range(len(w)) for n in (1, 2, 3)) \
        or scope(w, a, b, lx) in ("window", "rate")


def _agents_of(w: Words, b: int, hi: int, cue: Measure, lx: Language) -> bool:
    """Is the cue after the number ending at ``b`` an active verb whose object is the next number, right after it at
    ``hi`` ("12 gunmen abducted four tourists", "the 12-member gang had abducted four tourists")? Then the people the
    number counts did what the verb says. A noun must stand between the number and the verb (not "2 killed 3 injured",
    a headline's list), and no auxiliary of the passive right before the verb ("12 were abducted"). Languages read
    without morphology only."""
    if lx.table["morphology"] != "none" or lx.korean is not None or not cue.after or hi >= len(w) \
            or cue.words[1] != hi or cue.words[0] <= b:
        return False
    if w.key[cue.words[0] - 1] in lx.words["passive_auxiliaries"] or any(w.is_punct(x) for x in range(b, cue.words[0])):
        return False
    return any(w.text[x][:1].isalpha() and w.key[x] not in lx.words["auxiliary_verbs"]
               and w.key[x] not in lx.words["skip_before_verb"] for x in range(b, cue.words[0]))


def _partitive_head(w: Words, a: int, cue: Measure, lx: Language) -> bool:
    """Is the cue a noun of the first rank that governs the number at word ``a`` through a partitive word right before
    it ("the bodies of nine passengers on board", "the remains of 12 miners")? Being aboard or rescued does not undo
    what the noun says befell them."""
    end = cue.words[1]
    return not cue.after and cue.rank == 1 and end + 1 == a and w.key[end] in lx.words["partitive_words"] \
        and lx.table["morphology"] == "none"  # (an oblique case says it elsewhere: "тела пятерых")


def _names_listed(w: Words, i: int, lx: Language) -> int | None:
    """Where a list of names goes on after the comma at ``i`` that follows a name: each further name (one or two
    capitalised words) after a comma, the last after a coordinator ("Кумамото, Каґосіма та Міядзакі", "Kumamoto,
    Kagoshima and Miyazaki"); the word after the list, or None when no coordinator and name close it."""
    n, k = len(w), i
    while k + 1 < n and w.text[k] == "," and w.is_capital(k + 1) and w.text[k + 1].isalpha():
        k += 2 + (k + 2 < n and w.is_capital(k + 2) and w.text[k + 2].isalpha())
    if k > i and k + 1 < n and w.key[k] in lx.words["coordinators"] and w.is_capital(k + 1) \
            and w.text[k + 1].isalpha():
        return k + 2 + (k + 2 < n and w.is_capital(k + 2) and w.text[k + 2].isalpha())
    return None


def _distributive(w: Words, a: int, lx: Language) -> bool:
    """Does the number at word ``a`` give how many each of a plural noun in the instrumental before it holds ("выезжаем
    группами по 15-20 человек", "виїжджають групами по 10 людей"): the size of each group, not a count of people?"""
    if a < 2 or w.key[a - 1] not in lx.words["distributive_prepositions"]:
        return False
    cases = lx.agreement(w.text[a - 2])
    return bool(cases) and all(case[0] == "ablt" and case[1] == "plur" for case in cases)


def _number_of_a_name(w: Words, a: int, b: int, lx: Language) -> bool:
    """Is the number at words[a:b] (digits alone) the number of a place's name ("at Terminal 2", "the Renovación 1
    prison", "at Block 4"): a capitalised word before it inside the sentence, after a determiner or a preposition of
    place, that is no month, day, country, place, role, people noun nor cue, and no people noun right after it?"""
    if lx.table["morphology"] != "none" or a < 2 or not w.text[a].isdigit() or len(w.text[a]) > 3:
        return False  # (a language of cases names places and bodies after its prepositions, numbered or not)
    if a >= 4 and (w.key[a - 1] in lx.words["coordinators"] or w.text[a - 1] == ",") and w.text[a - 2].isdigit() \
            and _number_of_a_name(w, a - 2, a - 1, lx):
        return True  # "in Sectors 2 and 6", "Gates 3, 4 and 5": the numbers listed after a numbered name name more
    b = a + 1  # ("the Renovación 1 maximum-security prison": the word after the digits, read as a hedge or not)
    name, before = a - 1, a - 2
    while before >= 1 and a - before <= 4 and w.is_capital(before) and w.text[before].isalpha() \
            and w.key[before] not in lx.words["np_stops"] and not country_at(w, before, lx):
        before -= 1  # "transferred to Military Prison 10": a name of several capitalised words before its number
    if not (w.text[name][:1].isupper() and w.text[name].isalpha() and not w.is_punct(before)) or w.is_capital(before):
        return False
    if w.key[before] not in lx.words["place_prepositions"] and w.key[before] not in lx.words["definite_determiners"] \
            and not (before < name - 1 and w.key[before] in lx.words["np_glue"]):
        return False  # (a name of one word after "to" may be a people's: "sent to Ukraine 300 troops" is no name)
    if w.key[name] in lx.words["np_stops"] or w.key[name] in lx.roles or lx.people.match(w.key, name) \
            or lx.measures.match(w.key, name) or country_at(w, name, lx) or lx.places.match(w.key, name):
        return False
    return not (b < len(w) and (lx.people.match(w.key, b) or lx.measures.match(w.key, b)
                                 or w.key[b] in lx.words["increment_words"]))


_OPENING_QUOTES = frozenset('«“"„')
_CLOSING_QUOTES = frozenset('»”"')


def _number_in_a_quoted_name(w: Words, a: int, b: int, lx: Language) -> bool:
    """Is the number at words[a:b] the end of a name in quotation marks that opens on a capitalised word («Контракт
    18-24», «Щит-2024», "Operation Shield 2": a programme's, an operation's or an exercise's name), its closing mark
    right after the number and none of its words a people noun, a role or a measure's cue? A quoted count of people
    names them ("«понад 300 осіб»") or stands alone ("«12»"), and Korean has no capitals to name so."""
    if b >= len(w) or w.text[b] not in _CLOSING_QUOTES or a < 2:
        return False
    opening = next((k for k in range(a - 1, max(-1, a - 5), -1) if w.text[k] in _OPENING_QUOTES), None)
    if opening is None or opening + 1 >= a or not w.is_capital(opening + 1):
        return False
    return all(w.text[k].replace("-", "").isalpha() and w.key[k] not in lx.roles and not lx.people.match(w.key, k)
               and not lx.measures.match(w.key, k) for k in range(opening + 1, a))


COMPOUND_NOUN = 4  # words after "a 12-member" its noun may stand in


def _people_compound(w: Words, b: int, glued: str, lx: Language) -> bool:
    """Is ``glued``, the word glued to a number by a hyphen ("12-member"), a people noun in the singular (the table's
    ``plural_endings`` make it one of ``people_nouns``) before a noun of a body of people ("a 12-member rescue team",
    "a 30-member delegation", "a 40-member crew": a role noun, a people noun or a word of a measure)? Then the number
    counts the body's people (not "27 member states": no hyphen, no compound)."""
    if b >= len(w) or not any(lx.people.match([lx.key(glued + e)], 0) for e in lx.words["plural_endings"]):
        return False
    for k in range(b, min(len(w), b + COMPOUND_NOUN)):  # ("a 12-member rescue team", "a 12-member Disaster
        if w.is_punct(k):  # Assistance Response Team": the words before the noun)
            return False
        if w.key[k] in lx.roles or lx.people.match(w.key, k) is not None or lx.measures.match(w.key, k) is not None:
            return True
    return False


def _counted_thing(w: Words, b: int, lx: Language, paucal: bool = False) -> int | None:
    """The index of the noun a number before word ``b`` counts, when the dictionary reads it as a thing only (Russian
    and Ukrainian, pymorphy3's animacy): up to two adjectives or participles may stand between ("23 беспилотных
    летательных аппарата", "два польові шпиталі", "12 пожарных расчетов"). None when the noun names people or a measure ("10 раненых",
    "12 тел", "60 випадків смерті", "членів екіпажу"), or is no dictionary noun of things ("людей", a name)."""
    if lx.korean is not None:
        return None
    k = b
    while k < min(len(w), b + 2) and w.text[k][:1].islower() and lx.adjectival(w.text[k]) and (
            (m := lx.measures.match(w.key, k)) is None or (m[1][1] >= 3 and k + 1 < len(w)  # type: ignore[index]
                                                          and not lx.adjectival(w.text[k + 1]))):
        if k == b and not paucal and lx.people.match(w.key, k) is not None and ("gent", "plur") in {
                r[:2] for r in lx.agreement(w.text[k])} and k + 1 < len(w) and ("gent", "plur") not in {
                r[:2] for r in lx.agreement(w.text[k + 1])}:
            return None  # "28 учащихся средней школы": a participle of people the number counts (in the genitive
            # plural), then a word of what they belong to in another form (no noun after a number of five or more)
        k += 1  # ("12 пожарных расчетов": a word of people that is also an adjective describes the thing after it; so
        # does a word of the deployed right before its noun, "два військові кораблі"; not "Двенадцать военнослужащих
        # вооруженных сил": the people, then the body they serve in)
    if k >= len(w) or not w.text[k].isalpha() or not w.text[k].islower() or not (
            lx.inanimate(w.text[k]) or (k == b and lx.thing_after_number(w.text[k]))):
        return None  # ("трех сел": a noun of things that is also a verb in the singular, which no number takes)
    if w.key[k] in lx.words["pronouns"] or w.key[k] in lx.words["reflexive_possessives"]:
        return None  # "троє його волонтерів": an owner's pronoun (pymorphy3 reads "його" as the noun "йога" too) is no
        # thing counted, the people after it are
    if k == b and lx.preposition(w.text[k]):
        return None  # "зросла з трьох до п'яти": a preposition right after the number (pymorphy3 also reads "до" as
        # a noun, the note) opens the next phrase; it is no thing the number counts
    if lx.people.match(w.key, k) is not None or lx.measures.match(w.key, k) is not None \
            or w.key[k] in lx.words["people_things"] or _unit_of_toll(w, k, lx) or _members_of_people(w, k, lx):
        return None
    forms = {r for r in lx.agreement(w.text[k]) if r[0]}
    if paucal:
        forms |= {(case, "plur", animacy) for case, _, animacy in forms}  # "два полевых госпиталя": a plural
        # adjective, a singular noun
    if any(not forms & lx.agreement(w.text[j]) for j in range(b, k)):
        return None  # a word in no case, number and animacy of the noun is not its adjective ("двох чоловіків віком
        # 38", "сімох членів екіпажу": the people counted, then the body they belong to; "28 учащихся школы": an animate
        # accusative is no adjective of a thing, the pupils are counted and the school is theirs)
    plain = {form[:2] for form in forms if form[0] != "accs"}
    if any(lx.measures.match(w.key, j) is not None and not plain & {r[:2] for r in lx.agreement(w.text[j])}
           for j in range(b, k)):
        return None  # a word of the deployed agrees with its noun in a case other than the accusative, whose plural
        # is of things or of people as its animacy goes ("12 военнослужащих миссии", "14 військових місії": the
        # people, then the body they serve in)
    return k


def _named_people(w: Words, b: int, i: int, lx: Language) -> bool:
    """Do words[b:i] name the people counted and where they are from, in at most four words of no verb, cue or clause
    ("200 жителей села Актобе", "30 работников шахты имени Ленина")? Such a phrase ends where an appositive about the
    people opens (pymorphy3: the predicate forms tell a verb)."""
    return lx.table["morphology"] == "pymorphy3" and 2 < i - b <= 4 and _person_noun(w, b, lx) and all(
        w.text[k][:1].isalpha() and not lx.predicate_form(w.text[k]) and lx.measures.match(w.key, k) is None
        and not _clause_word(w, k, lx) for k in range(b, i))


def _paucal(r: Range) -> bool:
    """Does a Russian or Ukrainian noun after this number take the singular (two, three, four, and 22, 33, 104: not
    12 to 14)?"""
    if r.low != r.high or r.low != int(r.low):
        return False
    n = int(r.low)
    return n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)


def _difference(w: Words, a: int, b: int, lx: Language) -> bool:
    """Is the number at words [a, b) a difference between two counts: a word of the table's
    ``difference_prepositions`` before it and a comparative of ``difference_words`` after it, perhaps past one noun of
    people ("на пять больше", "на п'ять людей менше")? The comparative is matched as written: its dictionary form is
    the plain adjective ("большой"), which says no comparison.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> ru = language("ru")
    >>> s = "Депутаты насчитали 14 погибших — на пять больше, чем сообщало МВД."
    >>> _difference(tokenize(s, 0, len(s), ru), 6, 7, ru)
    True
    """
    if a == 0 or w.key[a - 1] not in lx.words["difference_prepositions"]:
        return False
    comparatives = {str(x).casefold() for x in lx.table.get("difference_words", [])}
    k = b + 1 if b + 1 < len(w) and lx.people.match(w.key, b) is not None else b
    return k < len(w) and w.text[k].casefold() in comparatives


def kin_of_one(w: Words, a: int, lx: Language) -> bool:
    """Does the word "one" at ``a``, taken from a set ("of", "из", "з"), stand after a role or a kin noun whose person
    it describes ("the widow of one of the dead", "вдова одного из погибших", "мати одного з полонених")? The one of
    the set is whose kin or office speaks, no count.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "The widow of one of the dead said"
    >>> kin_of_one(tokenize(s, 0, len(s), language("en")), 3, language("en"))
    True
    """
    b = a + 1
    if b >= len(w) or not (w.key[b] in lx.words["partitive_words"] or w.key[b] in lx.words["set_prepositions"]):
        return False
    one = whole_number(w.text[a], lx)
    if one is None or one.low != 1 or any(ch.isdigit() for ch in w.text[a]):
        return False
    k = a - 1
    while k >= 0 and (w.key[k] in lx.words["partitive_words"] or w.key[k] in lx.words["definite_determiners"]):
        k -= 1  # ("the widow of one …": the noun before "of"; a language of cases puts "one" right after it)
    if k < 0 or w.is_punct(k) or w.key[k] not in lx.roles or lx.people.match(w.key, k) is not None:
        return False
    return k < a - 1 or lx.table["morphology"] == "pymorphy3"


ONE_WHO_SPEAKS_ASIDE = 14  # words of an appositive about the one who speaks ("24-летний студент Университета …")


def _one_who_speaks(w: Words, b: int, lx: Language) -> bool:
    """Is "one" before word ``b`` taken from a set of people ("of the wounded", "из задержанных", "з поранених") and
    the subject of a verb of saying, right after the set or after an appositive between commas ("One of the
    detainees, a 24-year-old student, told DW", "Один из задержанных рассказал")? The set is at most three words of
    glue, determiners and nouns of people or of a measure; the verb may follow one adverb of the table's
    ``skip_before_verb``. Korean is left out (its partitive stands before the number)."""
    if lx.korean is not None or b + 1 >= len(w) or not (
            w.key[b] in lx.words["partitive_words"] or w.key[b] in lx.words["set_prepositions"]):
        return False
    glue = lx.words["np_glue"] | lx.words["definite_determiners"] | lx.words["pronouns"]
    e = b + 1
    while e < len(w) and e - b <= 3 and w.text[e][:1].isalpha() and (
            w.key[e] in glue or lx.people.match(w.key, e) is not None or lx.measures.match(w.key, e) is not None):
        e += 1
    if e == b + 1 or e >= len(w):
        return False
    if w.text[e] == ",":
        close = next((k for k in range(e + 1, min(len(w), e + 2 + ONE_WHO_SPEAKS_ASIDE)) if w.is_punct(k)
                      and w.text[k] not in "-–"), None)
        if close is None or w.text[close] != ",":
            return False
        e = close + 1
    if e < len(w) and w.key[e] in lx.words["skip_before_verb"]:
        e += 1
    return e < len(w) and w.key[e] in lx.speech.firsts and lx.speech.match(w.key, e) is not None


def _one_of_things(w: Words, b: int, lx: Language) -> bool:
    """Does "one" before word ``b`` take a part of a set that holds no people ("one of the two cellblocks", "one of the
    world's worst crises")? Its phrase after the table's ``partitive_words`` names no people and ends on no measure
    ("one of the wounded", "one of the hostages" count people)."""
    if b + 1 >= len(w) or w.key[b + 1] in lx.words["person_relatives"]:
        return False  # (not "one of whom had been confirmed dead": a relative pronoun of people)
    cased = w.key[b] in lx.words["set_prepositions"]  # "на одному з полігонів": the set in the genitive after "з"
    if w.key[b] not in lx.words["partitive_words"] and not cased:
        return False
    if w.key[b + 1] in lx.words["object_pronouns"]:
        return False  # "One of them is in critical condition": the set is the people or things named before, which the
        # pronoun does not say; what befalls the one decides (no measure, no count: "one of them sank")
    end = b + 1
    while end < len(w) and end - b <= 7 and not w.is_punct(end) and not _clause_word(w, end, lx) \
            and lx.speech.match(w.key, end) is None and w.key[end] not in lx.words["auxiliary_verbs"] \
            and not (cased and lx.predicate_form(w.text[end])):
        end += 1  # (an auxiliary ends the set's phrase: "one of its patrol boats had recovered the bodies"; so does a
        # verb after a set in the genitive: "на одному з полігонів загинули 12 військових", what befell others)
    things = lx.words["not_people_after"]
    for k in range(b + 1, end):
        if lx.people.match(w.key, k):
            return False
        if w.key[k] in things and k > b + 1 and (k + 1 >= end or (
                w.key[k + 1] not in things and not lx.people.match(w.key, k + 1) and not lx.common_noun(w.text[k + 1]))):
            return True  # "one of the strikes killed a commander", "one of the missiles hit": the set's noun is a thing,
            # and what follows it is what the thing did, not more of the set's phrase ("one of the strike victims")
        m = lx.measures.match(w.key, k)
        if m is not None and not describes_thing(w, k + m[0], lx, k):
            return False  # ("one of the wounded died"; not "one of the worst displacement crises")
    if cased and (any(w.key[k] in lx.words["pronouns"] or w.key[k] in lx.words["first_person"] for k in range(b + 1, end))
                  or not any(lx.common_noun(w.text[k]) for k in range(b + 1, end))):
        return False  # "состояние одного из них тяжелое": one of the people a pronoun stands for (a set of things
        # names its noun: "на одному з навчальних полігонів")
    return end > b + 1


def _unit_of_toll(w: Words, b: int, lx: Language) -> bool:
    """Does the unit at ``b`` open a measure phrase of the table of the first rank ("60 випадків смерті", "39 случаев
    смерти": cases of death are deaths), or stand before one after a partitive word ("58 cases of disappearance"),
    which counts people where the unit alone counts things?"""
    m = lx.measures.match(w.key, b)
    if m is not None and m[0] >= 2 and m[1][1] == 1:  # type: ignore[index]
        return True
    # the unit, a partitive word and an event of the first rank ("58 cases of disappearance", "cases of abduction")
    m = lx.measures.match(w.key, b + 2) if b + 2 < len(w) and w.key[b + 1] in lx.words["partitive_words"] else None
    if m is not None and m[1][1] == 1:  # type: ignore[index]
        return True
    # a noun of cases and the event in the genitive right after it, of any rank but a deployment's ("148 случаев
    # исчезновения", "93 случая задержания", "75 випадків зникнення": what was recorded befell people)
    # (or after a partitive word: "41 cases of abduction")
    j = b + 2 if b + 1 < len(w) and w.key[b + 1] in lx.words["partitive_words"] else b + 1
    m = lx.measures.match(w.key, j) if j < len(w) and w.key[b] in lx.words["case_nouns"] else None
    return m is not None and m[1][1] <= 2 and not w.is_punct(j)  # type: ignore[index]


def _members_of_people(w: Words, b: int, lx: Language) -> bool:
    """Is the word at ``b``, a people noun that also counts things ("members": member states), followed by the people
    or the body they belong to ("four members of our staff", "члены экипажа")?"""
    if w.key[b] not in lx.people:
        return False
    k = b + 1
    while k < min(len(w), b + 4) and (w.key[k] in lx.words["np_glue"] or w.key[k] in lx.words["determiners"]
                                       or w.key[k] in lx.words["first_person"] or w.key[k] in lx.words["pronouns"]):
        k += 1
    if k == b + 1:
        return False
    # up to five modifiers before the body's noun: a nationality or a word in small letters that opens no measure
    # ("members of the security forces", "members of the Colombian armed forces", "members of the region's volunteer
    # territorial defence units"; not "members of the Security Council")
    inside = 0  # the words left of a country's name of several words ("the Sri Lanka Army contingent")
    for j in range(k, min(len(w), k + 6)):
        if inside:
            inside -= 1
            continue
        if lx.people.match(w.key, j) is not None or w.key[j] in lx.roles or (
                w.key[j] in lx.words["group_nouns"] and not w.is_capital(j)):
            return True  # ("six members of one family", "48 members of a gang": a body of people)
        if w.is_capital(j) and lx.words["bloc_nouns"] and not country_at(w, j, lx):
            return _members_of_a_name(w, j, lx)  # ("members of the Ethiopian National Defense Force")
        step = country_at(w, j, lx)
        inside = step[0] - 1 if step is not None else 0
        if not (step is not None or (w.key[j].replace("-", "").isalpha() and w.text[j].islower()  # ("army-backed")
                                                         and w.key[j] not in lx.words["np_glue"]
                                                         and lx.measures.match(w.key, j) is None)):
            return False
        if lx.korean is None and (lx.common_noun(w.text[j]) or lx.table["morphology"] == "none") \
                and w.text[j].islower() and (j + 1 >= len(w) or not w.text[j + 1].isalpha()):
            return True  # "arrested 37 members of the gang.", "члени банди,": a body of people of any kind, named by
            # a common noun in small letters that ends the phrase (not "members of the Security Council")
    return False


def _members_of_a_name(w: Words, j: int, lx: Language) -> bool:
    """Are the members of the body whose name in capitals opens at word ``j`` people ("members of Islamic State",
    "of the Ethiopian National Defense Force", "of Parliament"), not states or bodies (a name holding a word of the
    table's ``bloc_nouns`` or ``international_words``: "of the Security Council", "of the European Union")?"""
    k = j
    while k < min(len(w), j + 8) and (w.is_capital(k) or (w.key[k] in lx.words["np_glue"] and k + 1 < len(w)
                                                            and w.is_capital(k + 1))):
        if w.key[k] in lx.words["bloc_nouns"] or w.key[k] in lx.words["international_words"]:
            return False
        k += 1
    return not any(" ".join(w.key[x:x + len(p.split())]) == p for x in range(j, k)
                   for p in lx.words["bloc_nouns_phrases"] | lx.words["international_words_phrases"])


def measure(w: Words, a: int, b: int, lo: int, hi: int, lx: Language,
            speakers: tuple[list[int], list[int]] | None = None) -> tuple[Measure | None, str]:
    """The measure of the number at words[a:b]; ``lo``/``hi`` bound the words it may look at (the
    neighbouring numbers). Returns (measure, why not)."""
    found: list[Measure] = []
    blocked_at: int | None = None
    being = False  # is the block a clause of being somewhere before the number ("На борту находились …")?

    starts, ends = speakers or ([], [])
    keys = w.key
    measure_firsts = lx.measures.firsts  # a word that opens no phrase of a set matches none (no call needed)
    unmeasured_firsts = lx.not_measured.firsts
    concord = " ".join(keys[a:b]) in lx.words["concord_none_words_phrases"]  # "никто не погиб": the negation agrees

    def in_speaker(i: int) -> bool:  # speaker phrases: sorted starts and ends, not overlapping
        k = bisect.bisect_right(starts, w.start[i]) - 1
        return k >= 0 and w.start[i] < ends[k]

    # inside the number phrase itself ("no deaths", "нет погибших")
    for i in range(a, b):
        m = lx.measures.match(w.key, i)
        if m:
            metric, rank = m[1]  # type: ignore[misc]
            found.append(Measure(metric, " ".join(w.text[i:i + m[0]]), 0, True, rank, (i, i + m[0])))
    found.extend(_around(w, a, b, lo, hi, lx))  # "судьба еще девятерых неизвестна": a cue with the number inside
    if _patients_of_incident(w, b, lx):  # "admitted three patients from the fire": the hurt of an incident
        found.append(Measure("wounded", " ".join(w.text[b:b + 2]) + " …", 0, True, 1, (b, b + 1)))
    nominal = _nominal_predicate(w, b, lx)  # "하마스 대원 19명 제거": a headline's verbal noun after the count
    if nominal is not None:
        found.append(nominal)
    received = _received_by_care(w, a, b, lx) or _brought_to_care(w, a, b, lx)  # "the hospital had received 31
    # people", "hospital says 26 admitted", "в городскую больницу Новотроицка доставлены 15 человек"
    if received is not None:
        found.append(received)
    staying = _staying_in(w, a, b, lx)  # "у в'язницях перебувають 9 000", "в укриттях перебувають 20 тис."
    if staying is not None:
        found.append(staying)
    left = _left_home(w, a, b, lo, hi, lx)  # "свои дома в департаменте покинули 740 человек", "вынудили 41 тысячу уйти из домов"
    if left is not None:
        found.append(left)
    exchanged = _returned_in_exchange(w, a, lo, lx)  # "у межах обміну в Україну повернулися 205 військовослужбовців"
    if exchanged is not None:
        found.append(exchanged)
    framed = _framed(w, a, b, lx)  # "moved 2,300 residents out of their homes", "had taken 15 people with them"
    moved = framed[1] if framed is not None else None
    if framed is not None:
        metric, (first, last), rank = framed
        found.append(Measure(metric, " ".join(w.text[first:last]), first - b, True, rank, (first, last)))
    i = b
    words = 0
    limit = min(hi, b + AFTER + 10, len(w))
    budget = AFTER  # words read after the number; a relative clause about the people counted adds its own
    if b + 1 < len(w) and w.key[b + 1] in lx.words["partitive_words"] and _members_of_people(w, b, lx):
        budget += 5  # "six members of one family in his village were among the dead": the body they belong to is
        # part of the people's own phrase, no distance to what befell them
    elif b + 3 < len(w) and (noun := lx.people.match(w.key, b)) is not None and b + noun[0] + 2 < len(w) \
            and w.key[b + noun[0]] in lx.words["coordinators"] and lx.people.match(w.key, b + noun[0] + 1) is not None \
            and w.key[b + noun[0] + 2] in lx.words["partitive_words"]:
        budget += 5  # "at least nine soldiers and members of the army-backed volunteer militia were also killed": the
        # second noun of the people and the body its members belong to are their phrase too
    place = _place_phrase_end(w, b, lx)
    if place is not None:
        budget += place - b  # "2,940 residents of the villages on the southern and western slopes had fled": where the
        limit = min(hi, len(w), max(limit, place + AFTER))  # people live is part of their phrase, no distance
    relative: int | None = None  # where a relative clause about the people counted opens after the number
    described = False  # has a relative clause with no comma about the people counted opened?
    quotative = tuple(lx.words["quotative_endings"])
    if b > a and (_closes_clause(w.text[b - 1], lx) or (quotative and w.text[b - 1].endswith(quotative))) \
            and not found:
        limit = b  # "3명이며 실종자는 …": the clause ends with the number (and "39명이라며 희생자들에게 …")
    inert = _acting_after(lx)  # (None: every word goes through the branches)
    participles = tuple(lx.words["participle_endings"])
    closing = quotative + tuple(lx.words["clause_endings"])  # (Korean: a word so ending may close the clause)
    cased = lx.korean is None
    quoted_close: int | None = -1  # the mark that closes a quotation opening right after the number
    while i < limit and words < budget:
        if inert is not None and keys[i] not in inert and w.text[i][:1].isalnum() and not (
                participles and 0 < i - b <= 4 and w.text[i].endswith(participles)) and not (
                closing and w.text[i].endswith(closing)):
            initial = w.text[i][:1]  # a word no branch below acts on (no mark, no key of ``_acting_after``, no ending
            if not initial.isdigit() and not (cased and initial.isupper() and i > 0):  # of a participle or of a clause):
                words += 1  # only the distance grows, as at the loop's end
            i += 1
            continue
        if i == b and w.text[i] in "”\"»’" and w.start[i] == w.end[b - 1]:
            i += 1  # a quoted figure: "“as many as 600” people could have perished"
            continue
        if i == quoted_close or (i == b and (quoted_close := _quoted_phrase_after(w, b, limit, lx)) is not None) or (
                w.text[i] in _CLOSE_QUOTES and i - b <= QUOTED_PEOPLE and _quoted_from_before(w, a, i)):
            i += 1  # 'said "at least 30 people" had died', 'listed 12 "subversives killed in combat"': the marks of a
            continue  # quotation of the number's own phrase open no clause, what it quotes says what befell them
        if i <= b + 1 and w.text[i] in "–—" and i + 1 < limit and lx.measures.match(w.key, i + 1) and not any(
                w.text[k] in "–—" for k in range(i + 2, limit)):
            i += 1  # "ще 23 – поранені", "еще пятеро — в больнице": the dash stands for the verb
            continue
        if i - b <= 2 and w.text[i] in ",()" and (after := _households_aside(w, a, i, lx)) is not None:
            i, limit = after, min(hi, len(w), max(limit, after + AFTER))  # "142 families, or 511 people, were
            continue  # displaced", "511 people (142 families) were displaced": the households restate the people,
            # the verb after them says what befell both
        if w.text[i] == "," and i - b <= 2 and i + 1 < limit and _describes_people(w, b, i + 1, lx) \
                and (main := _predicate_after_participle(w, i + 1, lx)) is not None:
            i, limit = main, min(hi, len(w), main + AFTER)  # "около 40 граждан, выехавших на Украину с 2022 года,
            continue  # числятся пропавшими без вести": the participle says who they are, the predicate what befell them
        if w.text[i] == "," and i - b <= 2 and (close := _state_aside(w, i, limit, lx)) is not None:
            i = close + 1  # "ще одного, пораненого, захоплено в полон": a participle between commas says how they
            continue  # were, the verb right after it what befell them (captured, not wounded)
        if w.text[i] == "," and hi >= len(w) and i + 1 < limit and (m := lx.measures.match(w.key, i + 1)) \
                and m[1][1] <= 2:  # type: ignore[index]  ("шестерых военнослужащих, взятых в плен")
            i += 1  # "92 военных, погибших в Макеевке": the participle after the comma, no number follows
            continue
        if w.text[i] == "," and (i - b <= 2 or _people_from(w, b, i, lx)
                                     or _plural_relative_past_owner(w, b, i, lx)) and i + 1 < limit \
                and w.key[i + 1] in lx.words["relative_pronouns"]:
            close = _relative_end(w, i + 2, lx)  # (the people and where they come from: "six tourists from Sialkot,
            # who were swept away …, were still missing")
            if close is not None:  # "four divers, who went out on Monday, are missing": the clause befell no one,
                i, limit, budget = close + 1, min(hi, len(w), close + 1 + AFTER), words + AFTER  # the verb after it
                continue  # says
            relative = i if relative is None else relative
            i += 2  # "двух рыбаков, которые пропали": a relative clause says what befell the people counted
            continue
        if w.text[i] == "," and i - b <= 2 and i + 2 < limit and lx.table["morphology"] == "pymorphy3" \
                and w.key[i + 1] in lx.words["np_glue"] and w.key[i + 1] not in lx.words["coordinators"] \
                and w.key[i + 2] in lx.words["relative_pronouns"] and not lx.conjunction(w.text[i + 2]) \
                and lx.subsets.match(w.key, i + 1) is None:  # (not "из которых", "з яких": a part follows)
            relative = i if relative is None else relative
            i += 3  # "23 человек, с которыми пропала связь", "людей, з якими зник зв'язок": a relative clause after
            continue  # a preposition says what befell the people counted, as one without it does
        if 0 < i - b <= 4 and all(m.rank > 1 for m in found) and participle(w, i, lx, True) \
                and lx.people.match(w.key, i - 1) \
                and (verb := _past_participle_phrase(w, i, lx)) is not None:
            i, limit = verb, max(limit, min(hi, len(w), verb + 4))  # "Two peacekeepers serving with the …
            # Mission in the … Republic (MINUSCA) were killed"
            continue
        if w.key[i] in lx.words["relative_pronouns"] and w.text[i - 1] != "," and (
                i - b <= 1 or _people_of_before(w, b, i, lx) or _described_people(w, b, i, lx)
                or (i - b == 2 and w.key[b] in lx.words["increment_words"])):  # ("four more learners who may have
            # drowned": the word of more people before their noun)
            i += 1  # "nine people who were injured": a relative clause right after the people says what befell them
            described = True  # (a purpose inside it, "who went out to clear snow", ends no clause of theirs)
            verb = _main_auxiliary(w, i - 1, lx, 3 * AFTER)
            if verb is not None and verb - i > AFTER and not found:
                i = verb  # "two men who went out on Friday evening to clear snow from a farm shed in the city of
                # Uonuma have not been found": a long clause about them, then the main verb says what befell them
            budget, limit = words + AFTER + 5, min(hi, len(w), i + AFTER + 15)  # and "four divers who went out in a
            continue  # small boat on Monday are still missing": the main verb after a clause with no cue of its own
        if w.key[i] in lx.words["relative_pronouns"] and w.text[i - 1] != "," and not found \
                and _of_phrase_before(w, b, i, lx) and (verb := _main_auxiliary(w, i, lx)) is not None:
            i, limit = verb, min(hi, len(w), verb + AFTER)  # "Three crew members of a trawler that sank off Nemuro were
            continue  # confirmed dead": the clause is about the thing, the verb after it says what befell the people
        if w.text[i] == "," and i - b <= 3 and all(m.rank >= 3 for m in found) and (close := _aside(w, i, lx)) is not None \
                and not (close + 1 < len(w) and lx.speech.match(w.key, close + 1)):  # (not "…, X told reporters, adding
            # that some of the victims had been shot": the speaker's next clause, not what befell the people)
            i, limit = close + 1, min(len(w), close + 1 + AFTER)  # "39 людей, за даними МВС, загинули": who speaks,
            continue  # set off by commas between the people counted and what befell them, ends no clause
        if w.text[i] == "," and (i - b <= 2 or (i - b <= 4 and all(w.is_capital(k) for k in range(b, i - 1)))
                                 or _named_people(w, b, i, lx) or _people_from(w, b, i, lx)) and (
                not found or all(m.after and m.words[0] > i for m in found)
                or all(m.rank >= 3 and m.words[1] <= i for m in found) or (  # "40 people, mostly women, had been
                    # abducted" ("two Sri Lankan nationals, …,": the people's own adjectives of nationality or place
                    # before their noun, "200 жителей села Актобе, …,"; a cue only inside the aside: "…, находившихся в
                    # лагере, числятся пропавшими")
                i + 1 < len(w) and lx.subsets.match(w.key, i + 1) and all(  # ("Two returnees, including a baby,
                    m.rank >= 2 and m.after and m.words[1] <= i for m in found))):  # died": who they are, then a part)
            close = next((k for k in range(i + 1, min(i + 7, limit)) if w.text[k] == ","), None)
            if close is not None and any(w.key[k] in lx.speech.firsts and lx.speech.match(w.key, k) is not None
                                         for k in range(i + 1, close)):
                break  # ("… four children, a UN spokesman told reporters, adding that …": who speaks and the verb of
                # saying, no appositive about the people counted; the clause of the people ends before them)
            if close is not None and all(w.text[k][:1].isalpha() and not _clause_word(w, k, lx) and (
                    (m := lx.measures.match(w.key, k)) is None or (m[1][1] >= 3  # type: ignore[index]
                                                                   and _describes_people(w, b, i + 1, lx)))
                                         for k in range(i + 1, close)) \
                    and not any(in_speaker(k) or lx.speech.match(w.key, k) for k in range(i + 1, close)):
                # (not "11 women and three children, a spokesperson told reporters, adding that …": an attribution
                # between the commas is no appositive, the clause after it is the speaker's next)
                if close + 2 < len(w) and w.key[close + 1] in lx.words["relative_pronouns"] \
                        and not lx.conjunction(w.text[close + 1]):
                    end = _relative_end(w, close + 2, lx)  # (a relative clause closed by a comma: the verb after it
                    if end is not None:  # says what befell them, "25 человек, в основном студенты, которые пришли на
                        i, limit, budget = end + 1, min(hi, len(w), end + 1 + AFTER), words + AFTER  # акцию, были
                        continue  # задержаны")
                    relative = close if relative is None else relative  # "at least 30 people, most of them young
                    i, limit = close + 2, min(hi, len(w), close + 2 + AFTER)  # men, who had not been seen since": the
                    budget = words + AFTER  # relative clause after the appositive says what befell the people counted
                    continue
                i = close + 1  # a short appositive about the people counted, then the clause goes on (a participle of
                # a deployment among them says who they are: "граждан, воевавших на стороне Украины, находятся в плену")
                continue
            stop = close
            if stop is not None and all(w.text[k][:1].isalpha() and not _clause_word(w, k, lx)
                                        for k in range(i + 1, stop)) and any(
                    (m := lx.measures.match(w.key, k)) and m[1][1] == 1 for k in range(i + 1, stop)):  # type: ignore[index]
                i += 1  # "received 47 patients, most with burns and fractures,": the appositive says what befell them
                continue
            part = lx.subsets.match(w.key, i + 1) if i + 1 < len(w) else None
            if part:  # "Семь мирных жителей, в том числе двое детей, получили ранения": the part's
                end = next((k for k in range(i + 1 + part[0], min(i + 16, len(w))) if w.text[k] == ","
                            and not _inside_number(w, k)), None)  # (not "в том числе 1,1 тыс. детей,": a number's comma)
                if end is not None and end + 1 < len(w) and not any((_clause_word(w, k, lx) and not (
                        w.key[k] in lx.words["person_relatives"] and k - 1 > i + part[0]  # (the part's own relative
                        and w.text[k - 1][:1].isalpha())) or lx.measures.match(  # clause: "among them influencers who
                        w.key, k) for k in range(i + 1 + part[0], end)):  # had promoted the protests online,"); its
                    # own number inside does not end the whole's
                    # clause (nor the subset's own relative word: "Сімох членів екіпажу, серед яких п'ятеро …, викрали")
                    i, limit = end + 1, min(len(w), end + 1 + AFTER)
                    continue
            if close is not None and close + 1 < limit and all(w.text[k][:1].isalpha() and not _clause_word(w, k, lx)
                                                                for k in range(i + 1, close)) \
                    and (verb := _event_after_aside(w, close, lx)) is not None:
                i = verb  # "один учитель, похищенный вместе с детьми, скончался": what befell them after it (and
                continue  # "…, находившихся в лагере, числятся пропавшими без вести": after a verb of status)
            close = _describing_aside(w, i, lx)
            if close is not None:
                i, limit = close + 1, min(len(w), close + 1 + AFTER)  # "two men, aged 36 and 59, had died", "500
                continue  # Mexicans, many of them women and children, have crossed into …": who they are, then the verb
        if w.text[i] == "," and 0 < i - b <= 8 and not found and all(
                w.text[k][:1].isalpha() and w.text[k][:1].islower() and not _clause_word(w, k, lx)
                and lx.measures.match(w.key, k) is None for k in range(b, i)):
            close = next((k for k in range(i + 1, min(i + 14, len(w))) if w.is_punct(k)), None)
            verb = _event_after_aside(w, close, lx) if close is not None and w.text[close] == "," else None
            if verb is not None and all(not _clause_word(w, k, lx) or k == i + 1 for k in range(i + 1, close)) \
                    and not any(in_speaker(k) or lx.speech.match(w.key, k) for k in range(i + 1, close)):
                # (not "11 women and three children, a spokesperson told reporters, adding that some of the victims had
                # been shot": an attribution between the commas ends the people's clause, the next is another's)
                i, limit = verb, min(len(w), verb + AFTER)  # "Трое членов ячейки …, готовивших нападение на …,
                continue  # ликвидированы": the people's own words, a participle's clause, then what befell them (a
                # verb of status may stand before it: "…, выехавших на Украину, числятся пропавшими без вести")
        if all(m.rank >= 3 for m in found) and (verb := _reported_infinitive(w, i, lx)) is not None:
            i, limit = verb, min(hi, len(w), verb + AFTER)  # "300 soldiers are said by the group to have been
            continue  # killed": a passive verb of saying and its agent, then what befell them
        if w.text[i] == "," and i > b and w.is_capital(i - 1) and (listed := _names_listed(w, i, lx)) is not None:
            i, limit = listed, min(hi, len(w), max(limit, listed + 4))  # "14 людей у префектурах Кумамото, Каґосіма
            continue  # та Міядзакі отримали травми": the commas of a list of names end no clause
        if w.text[i] == "," and not found and i + 1 < limit and w.key[i + 1] in lx.words["pronouns"] \
                and lx.grammatical_number(w.text[i + 1], False) == _PLURAL and (
                    lx.grammatical_number(w.text[a], False) != {"sing"}) and not (
                    i + 2 < len(w) and lx.speech.match(w.key, i + 2) is not None):  # (not "вони розповіли, що …")
            i, limit, budget = i + 2, min(hi, len(w), i + 2 + AFTER), words + AFTER  # "Двоє лижників змогли вибратися
            continue  # з-під снігу, вони отримали травми": the plural pronoun of the next clause stands for the people
            # counted, its verb says what befell them
        if not found and i > b and (w.text[i] in _OPEN_QUOTES or w.text[i] in _CLOSE_QUOTES) \
                and _scare_quoted(w, i, longest=4):
            i += 1  # 'three party workers had been "hacked and shot dead"': the speaker's words for what befell the
            continue  # people counted, in quotation marks, are read as written
        if w.text[i] in _OPEN_QUOTES and 0 < i - b <= 3 and not found and (
                lx.people.match(w.key, b) or lx.animate(w.text[b])) and all(
                w.text[k][:1].isalpha() and w.text[k][:1].islower() and not _clause_word(w, k, lx)
                for k in range(b, i)) and (close := _quoted_name(w, i, limit)) is not None:
            i = close + 1  # "двоє журналістів «Суспільного» загинули": the quoted name of the body the people counted
            continue  # belong to is part of their phrase, no clause break
        if w.text[i] in "(—" or (w.text[i] == "-" and i + 1 < limit and w.text[i + 1] == "-") \
                or _paired_dash(w, i, b, limit) is not None:
            pass
        elif w.text[i] == "," and _inside_number(w, i):
            pass  # "moved to some 8,000 cyclone shelters": the comma of a number ends no clause
        elif i > b and w.key[i] in lx.words["passive_complements"] and lx.table["morphology"] == "none" \
                and w.text[i - 1].endswith(tuple(lx.words["passive_endings"])) and i + 1 < limit \
                and lx.measures.match(w.key, i + 1) is not None:
            pass  # "38 people were recorded as killed", "listed as dead": the complement of a passive verb of counting
            # opens no clause, it says what befell them
        elif _clause_word(w, i, lx) or w.text[i] == "," or (_purpose(w, i, lx) and not described):
            break  # (a purpose clause says why the people were sent, not what befell them)
        elif i > b and w.key[i] in lx.words["coordinators"] and i + 1 < limit and (
                lx.predicate_form(w.text[i + 1]) or _past_form(w, i + 1, lx)) and _cue_governs(w, a, lx):
            break  # "захватила в плен девятерых солдат и уничтожила три бронемашины", "had captured six fighters and
            # killed a number of others": the number is the object of the cue before it; a verb after "and" opens the
            # next clause, whose cue is not this number's
        elif i > b and w.key[i] in lx.words["coordinators"] and i + 1 < limit \
                and w.key[i + 1] in lx.words["complementizers"]:
            break  # "said eight women had been abducted and that their whereabouts remained unknown": "and that" opens
            # the next reported clause, whose cue says nothing of the people counted before it
        skip = lx.not_measured.match(keys, i) if keys[i] in unmeasured_firsts else None
        if skip and blocked_at is None and not (i + skip[0] < len(w) and lx.people.match(keys, i + skip[0])) \
                and not _predicate(w, i + skip[0], lx) and not _unit_of_toll(w, i, lx) \
                and not (skip[0] == 1 and lx.oblique(w.text[a]) and lx.nominative(w.text[i])):
            blocked_at = i - b  # (not "five of the rescued miners were being treated": what they were, before them;
            # nor "six of the survivors were being treated": what befell them after them; nor "cases of disappearance";
            # nor the subject of a clause whose object the number is: "Двох туристів рятувальники спустили до села й
            # доправили до лікарні", the rescuers are the agents, not the people counted)
        m = lx.measures.match_loose(keys, i) if keys[i] in measure_firsts and not _caused(w, i, lx) \
            and not _negated(w, i, lx, concord) and not _attribute_of_thing(w, i, lx) else None
        if m and skip and skip[0] > m[0]:
            m = None  # "released from their contracts", "released from hospital": a longer phrase of people in no
            # measure that opens on the cue's words says what the cue alone would not (no prisoners freed)
        if m and m[1][0] == "wounded" and lx.korean is None and i + m[0] < limit and not w.is_punct(i + m[0]) \
                and (head := lx.measures.match(keys, i + m[0])) is not None and head[1][0] == "killed":  # type: ignore[index]
            m = None  # "38 heatstroke deaths", "3 frostbite deaths": a harm right before a noun or a verb of death names
            # what they died of, and death is what befell them (Korean chains its verbs: "이송됐다가 숨졌다", read apart)
        if m and i > b and m[0] == 1 and m[1][1] >= 3 and _agent_noun(w, i, lx):  # type: ignore[index]
            m = None  # "двое пассажиров были уведены боевиками в лес": the agent of what befell them, not who they are
        if m and " ".join(keys[i:i + m[0] + 1]) in lx.words["aimed_words_phrases"]:
            m = None  # "three people were shot at but not hurt": aimed at them, not an event that befell them
        if m and any(keys[x] in lx.words["care_verbs"] for x in range(i, i + m[0])) and b < len(w) and (any(
                keys[k] in lx.words["sick_nouns"] for k in [*range(b, i + (i == b)), *range(max(0, a - 1), a)])
                or _for_a_disease(w, i + m[0], lx)) \
                and not _patients_of_incident(w, b, lx) and not _for_a_disease(w, b, lx, harms=True):
            m = None  # "146 patients were admitted": care given to people who may be sick, no injury; "2천여명이 발열과
            # 피부질환 등으로 진료를 받았다": care for a disease, which says what the people counted are (sick)
            blocked_at = i - b if blocked_at is None else blocked_at
        if m and " ".join(keys[i:i + m[0]]) in lx.words["losing_verbs_phrases"] and i > 0 \
                and keys[i - 1] not in lx.words["passive_auxiliaries"] and not _korean_object(w, b, i, lx):
            m = None  # "7,200 people have lost everything": the people counted are who lost, not who was lost (not
            # "were lost at sea", a passive; nor "lost their lives" nor "lost their homes", cues of their own); in
            # Korean the object's particle on the number says whom the verb lost ("동료 4명을 잃었다", not "300명이
            # 모든 것을 잃었다")
        if m and " ".join(keys[i:i + m[0]]) in lx.words["seeking_verbs_phrases"] and not (
                i > 0 and keys[i - 1] in lx.words["passive_auxiliaries"] and not any(
                    w.text[x].endswith(tuple(lx.words["participle_endings"])) for x in range(i, i + m[0]))):
            m = None  # "300 volunteers were looking for work": the people counted seek, they are not sought (not "12
            # were searched for", a passive)
        if m and lx.korean is not None and i + m[0] < limit and w.tag[i + m[0] - 1] in lx.words[
                "object_particle_tags"] and _purpose(w, i + m[0], lx):
            break  # "장병 1200명이 주민 대피를 돕고 있다": the event is the object of their help, it did not befall them
        if m and not in_speaker(i) and (i + m[0] == hi < len(w) or not describes_thing(w, i + m[0], lx, i)):
            # (the next number right after the cue is no thing it describes: "한 명이 다치고 세 명이", 세 being also
            # years of age)
            if (i + m[0] >= hi or (i + m[0] == hi - 1 and w.text[hi - 1] in _OPEN_QUOTES)) and hi < len(w) \
                    and any(w.key[x] in lx.words["coordinators"] for x in range(b, i)):  # ('and killed "more than 100"')
                break  # "з полону повернули 39 військових і тіла 12 загиблих": the cue right before the next number,
                # after "і", is that number's
            if _things_noun(w, b, i, lx):
                break  # "gave cash to 900 families and set up 250 emergency shelters": after "and", the noun of a
                # number of things is that number's, no cue of this one
            for j in range(i + 1, i + m[0]):  # "were taken to a hospital": a better cue that starts inside this one
                inner = lx.measures.match_loose(keys, j) if keys[j] in measure_firsts else None  # and goes on past it
                if inner and j + inner[0] > i + m[0] and inner[1][1] < m[1][1]:  # type: ignore[index]
                    words += j - i
                    i, m = j, inner
                    break
            metric, rank = m[1]  # type: ignore[misc]
            found.append(Measure(metric, " ".join(w.text[i:i + m[0]]), words, True, rank, (i, i + m[0])))
            i += m[0]
            words += m[0]
            if w.tag[i - 1] in lx.words["connective_tags"] and not w.text[i - 1].endswith(
                    tuple(lx.words["transition_endings"])):  # (not "옮겨졌다가": that one gives way to the next)
                done = _done_by(w, found[-1], limit, lx)
                if done is not None:
                    found[-1] = done  # "총에 맞아 숨졌다": shot, and so killed
                break  # "영사 2명을 급파해 부상자 치료를 지원": the verb joined to the next clause says what befell them
            if lx.words["quotative_endings"] and w.text[i - 1].endswith(tuple(lx.words["quotative_endings"])):
                break  # "39명이 다쳤다며 희생자들에게 애도를 표했다": the reported clause ends there
            continue
        if (dash := _paired_dash(w, i, b, limit)) is not None:
            i = dash + 1  # "three volunteers - a Briton, a Canadian and a Georgian - died": spaced dashes, a parenthesis
            continue
        if w.text[i] in "(—" or (w.text[i] == "-" and i + 1 < limit and w.text[i + 1] == "-"):
            close = _closing(w, i, limit)  # a parenthesis: "6,700 people -- most of them civilians -- have been killed"
            if close is not None:
                i = close + 1
                continue
            break
        if not w.is_punct(i) and not w.text[i][:1].isdigit() and not (lx.korean is None and w.is_capital(i) and i > 0):
            words += 1  # a number of things on the way ("moved to 14 temporary shelters") adds no distance, nor does a
            # name ("people from 17 communities in the municipalities of Concordia and San Ignacio had fled")
        if i >= b and w.tag[i] in lx.words["connective_tags"] and w.text[i].endswith(tuple(lx.words["clause_endings"])) \
                and not (not found and _shared_object(w, b, i, limit, lx)):
            break  # "사망자 중 4명은 미성년자이고 부상자는 …": a verb joined to the next clause ends the number's clause
            # (not "민간인 143명을 야산으로 끌고 가 집단 살해했다": verbs chained on the number's object share it)
        if i >= b and quotative and w.text[i].endswith(quotative):
            break  # "39명이 인질로 잡혀 있다며 희생자들에게 …": the reported clause ends there
        i += 1
    # before the number: read forward from the window's start, keep what follows the last clause break
    i = max(lo, a - BEFORE, 0)
    before: list[Measure] = []
    counted = False  # is a noun of people counted in no measure right before the number the people it counts?
    listing = False  # after "Серед загиблих –": a list of the people counted follows
    acting = _acting_before(lx)
    texts = w.text
    korean = lx.korean is not None
    while i < a:
        if korean and before and w.tag[i] in lx.words["connective_tags"] and _closes_clause(texts[i], lx):
            before = []  # "손실을 신병 모집으로 메우고 있으며 매달 3만명을 모집": a verb joined to the next clause
            # ends the clause of the cue before it
        if keys[i] not in acting and texts[i][:1].isalnum():
            i += 1  # a word no branch below acts on (no mark, clause word, coordinator, verb of saying or cue)
            continue
        if w.text[i] in "—–-" and before and (i == a - 1 or before[-1].words[1] == i):
            listing = True
            i += 1  # "Серед загиблих – двоє дітей", "among the dead — two children", "серед поранених – хлопець і двоє"
            continue
        if listing and w.key[i] in lx.words["coordinators"]:
            i += 1
            continue
        if listing and w.text[i] == "," and i + 1 < a and w.key[i + 1] in lx.words["relative_pronouns"] \
                and (close := next((k for k in range(i + 2, a) if w.text[k] == ","), None)) is not None:
            i = close + 1  # "Серед загиблих – фермер, якого підхопила течія, та двоє рибалок": a relative clause
            continue  # about one item of the list ends no clause of the list
        if korean and w.text[i] == "(" and i + 2 < a and w.text[i + 2] == ")" and w.text[i + 1].isdigit() \
                and i > 0 and not w.is_punct(i - 1):
            i += 3  # "선장 김모(62)씨와 선원 1명": a person's age in brackets after the name is part of the name's phrase
            continue
        if korean and w.text[i] == "(" and before and before[-1].words[1] == i \
                and (close := _closing(w, i, a)) is not None:
            i = close + 1  # "누적 사상자(전사·부상)는 약 95만명": a gloss in brackets right after the cue (its own
            continue  # cues and all) is part of the cue's noun phrase
        if w.text[i] in _OPEN_QUOTES and i == a - 1 and i > 0 and not w.is_punct(i - 1):
            i += 1  # 'killed "more than 50 fighters"': a quotation opening on the number goes on with the clause
            continue
        if (w.text[i] in _OPEN_QUOTES or w.text[i] in _CLOSE_QUOTES) and _scare_quoted(w, i):
            i += 1  # 'бойовики "звільнили" 120 цивільних': a word in quotation marks is read as written
            continue
        if w.text[i] in _OPEN_QUOTES and (close := _quoted_name(w, i, a)) is not None:
            i = close + 1  # "Число жертв тайфуна «Мунлай» … достигло 23": a quoted name is no clause break
            continue
        if w.text[i] == "," and _inside_number(w, i):
            i += 1  # "магнітудою 7,1": the decimal comma of a number ends no clause
            continue
        if w.text[i] == "," and (close := _aside(w, i, lx)) is not None and close < a:
            i = close + 1  # "Жертвами обстрілу, за даними МВС, стали 39 людей": who speaks, between commas
            continue
        if w.text[i] == "," and (close := _relative_clause(w, i, a, lx)) is not None:
            i = close + 1  # "з районів, що постраждали, вивезли 25 тисяч": a relative clause closed before the number
            continue  # says what befell the noun before it, not the people counted
        if _clause_word(w, i, lx) or (w.key[i] in lx.words["coordinators"] and i != a - 1 and not (
                i + 1 < a and (w.key[i + 1] in lx.words["place_prepositions"] or (
                    lx.korean is None and w.is_capital(i + 1) and not acronym(w.text[i + 1]))
                    or (before and i > 0 and lx.common_noun(w.text[i - 1]) and lx.common_noun(w.text[i + 1]))
                    or (before and _joins_modifiers(w, i, lx))
                    or (before and _joins_noun_phrases(w, i, lx))
                    or (before and w.key[i + 1] in lx.words["skip_before_verb"] and not w.is_punct(i - 1))))):
            # "на Эвбее и в Аттике", "з Добропільської та Білозерської громад": names joined, the clause goes on;
            # so do two nouns joined after a cue ("число погибших в результате паводка и селей … достигло 41"), and an
            # adverb of time after the coordinator ("у пунктах розміщення і далі перебувають 4 300 осіб"), and two
            # adjectives of one noun ("потери … на северном и южном направлениях составили 165")
            shelter = w.key[i] in lx.words["place_relatives"] and before and before[-1].metric == "displaced" \
                and before[-1].words[1] >= i - 1
            before = [replace(before[-1], distance=a - before[-1].words[1])] if shelter else []
            # "14 пунктів тимчасового розміщення, де перебувають 400 осіб": the people where the shelter is
            i += 1
            continue
        if before and i > 0 and starts and lx.korean is None and in_speaker(i - 1) and not in_speaker(i) \
                and lx.speech.match(keys, i):
            before = []  # "Asked about the toll, the ministry said gunmen seized 39": the cue is of another clause than
            # the one the speaker's verb opens
        if before and keys[i] in lx.speech.firsts and (said := lx.speech.match(keys, i)) is not None \
                and i + said[0] < a and keys[i + said[0]] in lx.words["complementizers"]:
            before = []  # "Eleven are missing, police said, adding that 40 people swam to safety": the clause the
            # complementizer opens is another than the one before the verb of saying
        m = lx.measures.match_loose(keys, i) if keys[i] in measure_firsts and not _caused(w, i, lx) \
            and not _negated(w, i, lx, concord) and not _attribute_of_thing(w, i, lx) else None
        if m and i + m[0] <= a and not in_speaker(i) and (i + m[0] == a or not describes_thing(w, i + m[0], lx, i)):
            # (the number itself after the cue is no thing it describes: "시신 세 구", 세 being also years of age)
            for j in range(i + 1, i + m[0]):  # "had lost contact with two": a cue that starts inside this one and
                inner = lx.measures.match_loose(keys, j) if keys[j] in measure_firsts else None  # goes on past it
                if inner and i + m[0] < j + inner[0] <= a and inner[1][1] <= m[1][1]:  # type: ignore[index]
                    i, m = j, inner  # reads the longer phrase ("lost contact", not "had lost")
                    break
            metric, rank = m[1]  # type: ignore[misc]
            if keys[i + m[0] - 1] in lx.words["care_verbs"] and (any(keys[k] in lx.words["sick_nouns"] for k in range(
                    b, min(b + 2, len(w)))) or any(  # ("treated 140 cholera patients": a disease before them)
                    keys[k] in lx.words["sick_nouns"] for k in range(max(0, i - 3), i)) or _for_a_disease(w, b, lx)) \
                    and not _patients_of_incident(w, b, lx) and not _for_a_disease(w, b, lx, harms=True):  # (not "admitted 31 patients from the blast": the hurt)
                i += 1  # "its teams treated 700 patients": care given to people who may be sick, no injury (nor "146
                continue  # patients were admitted …, including 38 children")
            if before and keys[i] in lx.words["modifier_cues"] and before[-1].words[1] >= i - 2:
                i += m[0]  # "число жертв массового отравления": the victims of a poisoning; the noun before decides
                continue
            before.append(Measure(metric, " ".join(w.text[i:i + m[0]]), a - i - m[0], False, rank, (i, i + m[0])))
            i += m[0]
            if (_closes_clause(w.text[i - 1], lx) and not (i < a and keys[i] in lx.words["progressive_auxiliaries"])) or (
                    lx.words["contrast_endings"] and w.text[i - 1].endswith(tuple(lx.words["contrast_endings"]))):
                before = []  # "48명이 숨지고 200여 명이 다쳤다": the cue closed the clause before ("경력을 배치했지만
                # 수만 명이 몰렸다": and so does a clause of contrast; not "싸우고 있는 자국민이 1천명": a progressive)
            continue
        if keys[i] in unmeasured_firsts and a - i > 2 and _being_between(w, i, a, lx):
            being = True  # ("На борту находились 14 военнослужащих": where they were, then the number; read below
            # for a noun of the deployed after the number only)
        if a - i <= 2 and keys[i] in unmeasured_firsts \
                and (skip := lx.not_measured.match(keys, i)) and not any(w.is_punct(x) or keys[x] in lx.words["coordinators"] for x in range(i + skip[0], a)):
            # (not "the survivors, 12 of whom …"; nor "40 had been rescued and 12 were still missing": the word of no
            # measure ends the clause before the coordinator)
            blocked_at = a - i if blocked_at is None else min(blocked_at, a - i)
            counted = i + skip[0] == a and lx.korean is not None  # "구조대원 다섯 명이 … 순직했다": the noun names the
            # people counted, and what befell them after the number decides
        i += 1
    transition = lx.words["transition_endings"]
    if transition and len(found) >= 2:  # "병원에 옮겨졌다가 끝내 숨졌다": taken to hospital, then died
        gave_way = [m for m in found if m.after and m.words[1] > b and (w.text[m.words[1] - 1].endswith(tuple(
                        transition)) or (m.words[1] < len(w) and (w.key[m.words[1]] in transition or (  # ('이송된 뒤
                            w.key[m.words[1]] in lx.words["state_nouns"]  # 숨졌다'; '의식이 없는 상태로 옮겨졌다가
                            and w.text[m.words[1]].endswith(tuple(transition))))))  # 끝내 숨졌다': the state it left
                    and any(o.after and o.words[0] >= m.words[1] and o.rank <= m.rank for o in found)]
        if gave_way and lx.korean is not None:  # "3명은 의식이 없는 상태로 병원에 옮겨졌다가 끝내 숨졌다": the state they
            last = max(m.words[0] for m in gave_way)  # were in on the way gives way with the transfer it led to
            gave_way += [m for m in found if m.after and b <= m.words[0] and m.words[1] <= last and m not in gave_way
                         and any(g.words[0] >= m.words[1] and g.rank >= m.rank for g in gave_way)]
        found = [m for m in found if m not in gave_way]
    if transition and blocked_at is not None and lx.korean is not None:  # "관광객 7명이 고립됐다가 헬기로 구조됐다":
        found = [m for m in found if not (m.after and m.metric == "missing" and b < m.words[1] <= b + blocked_at and (
            w.text[m.words[1] - 1].endswith(tuple(transition))))]  # the missing who were then rescued are missing no more
    after_cues = [m for m in found if m.after and m.rank == 1]
    if len(after_cues) >= 2 and (after_cues[0].distance == 0 or (  # "two injured passengers died": the predicate decides
            after_cues[0].distance == 1 and b < len(w) and (w.key[b] in lx.words["np_glue"]  # ("один из раненых …",
                                                            or w.key[b] in lx.words["increment_words"]))):  # "three
        # more injured passengers died in hospital")
        people = lx.people.match(w.key, after_cues[0].words[1]) if after_cues[0].words[1] < len(w) else None
        if people and after_cues[1].words[0] - (after_cues[0].words[1] + people[0]) <= 1:
            found.remove(after_cues[0])
    if len(after_cues) >= 2 and after_cues[0] in found and 1 <= after_cues[0].words[0] - b <= 2 \
            and w.key[b] in lx.words["np_glue"] and all(w.key[x] in lx.words["np_glue"] for x in range(
                b, after_cues[0].words[0])) and after_cues[1].metric == "killed" != after_cues[0].metric and all(
                w.key[x] in lx.words["skip_before_verb"] and not w.is_punct(x)
                for x in range(after_cues[0].words[1], after_cues[1].words[0])):
        found.remove(after_cues[0])  # "two of the wounded had died": the whole they are part of is no predicate,
        # the death that befell them after it is (not "22 of the dead had gunshot wounds": still the dead)
    if after_cues and after_cues[0] in found and after_cues[0].metric != "killed" \
            and (death := _part_of_the_harmed(w, b, after_cues[0], lx)) is not None:
        found.remove(after_cues[0])  # "one of the people injured in Shkodër had died in hospital", "один из
        found.append(death)  # пострадавших при нападении скончался": the harmed are the set, the death after them
        # befell the part
    for k in range(len(before) - 1, 0, -1) if lx.korean is None else ():  # "Число жертв массового отравления … 11": the second event noun says
        earlier, later = before[k - 1], before[k]  # what the people of the first suffered, not what the number counts
        if earlier.rank == later.rank == 1 and 0 <= later.words[0] - earlier.words[1] <= 1 and not any(
                w.is_punct(x) for x in range(earlier.words[1], later.words[0])):
            if " ".join(w.key[earlier.words[0]:earlier.words[1]]) in lx.words["losing_verbs_phrases"]:
                del before[k - 1]  # "дивизия потеряла убитыми 1 140": the word after the verb of losing says what
                continue  # the loss was (the dead), as "lost 861,000 troops killed and wounded" does after the number
            del before[k]
    found.extend(before)
    if lx.korean is not None and (sick := _sick_phrase(w, a, lx)) is not None:
        found = [m for m in found if m.after or m.words[0] >= sick or (  # "피란민 캠프를 중심으로 콜레라가 확산해 의심
            m.words[1] == sick and w.key[m.words[0]] in lx.words["receiving_verbs"])]  # 환자가 1천200여 명으로
        # 늘었다": people sick with a disease, whatever befell others before them (not "입원한 뎅기열 환자는 1천200여명":
        # admitted to hospital, the hurt)
    if lx.korean is not None and (kin := _kin_phrase(w, a, lx)) is not None:
        found = [m for m in found if m.after or m.words[1] > kin]  # "실종자 가족 50여 명이 모였다": the relatives of
        # the missing are counted, whatever befell those they are the relatives of; their own verb decides
    if lx.korean is not None and any(m.metric == "deployed" for m in found) and _at_large_before(w, a, lx):
        found = [m for m in found if m.metric != "deployed"]  # "정비 작업에 근로자 12명이 투입됐다": workers put to a job
        # and people at large are no personnel sent
    if moved is not None:  # "have been taken away from the coastal villages": the frame's own verb says no other measure
        found = [m for m in found if not (m.after and b <= m.words[0] < moved[0] and m.rank >= 2 and m.words != moved)]
    found = _governed(w, found, relative, lx)
    existential = concord and a > 0 and lx.none.match(w.key, a - 1) is not None  # "нет ни одного погибшего",
    # "немає жодного журналіста, затриманого …": the none agrees with "there is no", and what follows names the people
    if concord and not existential:  # "никто не погиб": the negated verb the none agrees with is the cue ("Никто не
        found = [m for m in found if _negated(w, m.words[0], lx) or (  # знает, сколько погибло": another verb's clause)
            m.words[0] > 1 and w.key[m.words[0] - 1] in lx.words["auxiliary_verbs"] and _negated(w, m.words[0] - 1, lx))
            or (m.after and m.words[0] == b)]  # ("ни одного погибшего не обнаружено": the noun the none counts)
        if a > 0 and (wish := lx.purposes.match(w.key, a - 1)) is not None and wish[0] == 1:
            return None, "none in a clause of purpose: a wish, not a count"  # "робимо все, щоб ніхто не постраждав"
        if any(lx.own_voice(w.text[m.words[0]]) for m in found):
            return None, "none of a verb in the first person: a promise, not a count"  # "Мы не отпустим никого, пока
            # не получим деньги", "Ми нікого не віддамо": the speaker's own will, no count of what befell anyone
        clause = next((x for x in range(b, min(len(w), b + AFTER)) if w.is_punct(x)), min(len(w), b + AFTER))
        if any(w.key[x] in lx.words["degree_words"] for x in range(b, clause)):
            return None, "none to a degree: others may be hurt"  # "ніхто з них серйозно не постраждав"
    if lx.korean is not None and hi < len(w) and any(not m.after and m.words[1] == a for m in found):
        found = [m for m in found if not (m.after and m.words[1] <= hi and all(
            w.is_punct(x) for x in range(m.words[1], hi)) and w.tag[m.words[1] - 1] not in lx.words[
                "predicate_tags"])]  # "사망자 12명·실종자 3명": a noun right before the next number is that number's,
        # when this one has its own right before it (not a verb ending its clause: "장병 2명이 숨지고 3명이 다쳤다")
    if lx.table["morphology"] == "none" and lx.korean is None and found:
        people_head = lx.people.match(w.key, b) if b < len(w) else None
        noun_end = b + (people_head[0] if people_head else 0)
        kin = b + 1 < len(w) and w.key[b] in lx.words["host_nouns"] and w.key[b + 1] in lx.words["partitive_words"]
        glue = lx.words["np_glue"] | lx.words["determiners"]
        found = [m for m in found if not (people_head is not None and m.after and m.words[0] > noun_end
                                          and m.words[1] < len(w) and m.rank <= 2
                                          and (lx.people.match(w.key, m.words[1]) is not None
                                               or w.key[m.words[1]] in lx.words["host_nouns"])
                                          and any(w.key[x] not in glue for x in range(noun_end, m.words[0])))
                 and not (kin and m.after and b + 2 <= m.words[0] <= b + 4)]
        # "17 people called to report missing relatives": a cue right before a noun of other people names them, not
        # the people counted (not "thousands of displaced people": the number's own phrase goes on after "of"; nor
        # "23 names had been added to the list of missing people": a number of no people noun counts those); "3,000 families of the missing": the relatives of the people a cue names are not them
    if hi < len(w) and lx.words["partitive_words"] and lx.table["morphology"] == "none":
        found = [m for m in found if not (m.after and m.words[1] + 1 == hi
                                          and w.key[m.words[1]] in lx.words["partitive_words"])]
        # "a boat carrying 174 people arrived with the bodies of nine passengers": the noun of a measure before "of" and
        # the next number is that number's, not this one's
    if blocked_at is not None and (freed := _freed_captives(w, a, b, lo, hi, found, lx)) is not None:
        return freed, ""  # "rescued 38 victims who had been held captive", "감금된 채 일하던 피해자 38명을 구조했다":
        # people rescued from captivity are captives freed, not people rescued from a disaster
    valued = _estimate_object(w, a, lx) if not found and blocked_at is None else None
    if valued is not None:  # "puts the death toll from floods in the Badulla, Kandy and Nuwara Eliya districts at 46":
        for k in range(*valued):  # the estimate's object names what its value counts, however long its phrase
            m = lx.measures.match(w.key, k) if w.key[k] in lx.measures.firsts else None
            if m is not None and m[1][1] <= 2 and k + m[0] <= valued[1]:  # type: ignore[index]
                metric, rank = m[1]  # type: ignore[misc]
                found = [Measure(metric, " ".join(w.text[k:k + m[0]]), a - k - m[0], False, rank, (k, k + m[0]))]
                break
    if not found and blocked_at is None and (level := _level_subject(w, a, lx)) is not None:
        found = [level]  # "The death toll from the rains that battered … on Tuesday rose to 11": the subject of the verb
        # of level names what the number counts, however long its phrase
    if not found and blocked_at is None and (joined := _coordinated_predicate(w, b, hi, lx)) is not None:
        found = [joined]  # "14 others had fallen overboard during the eight-day crossing and were missing": the second
        # verb of the people's clause, however far its first verb's phrase goes
    if not found and blocked_at is None and (resumed := _resumed_clause(w, a, b, hi, lx)) is not None:
        found = [resumed]  # "Двоє лижників змогли вибратися з-під снігу, вони отримали травми": the pronoun takes up
        # the people the number counts, and its clause says what befell them
    if lx.table["morphology"] == "pymorphy3":
        found = [m for m in found if not _deployed_agent(w, m, a, b, lx)]
    if not found and blocked_at is None and (freed := _rescued_from_custody(w, a, b, lo, hi, lx)) is not None:
        found = [freed]  # "범죄단지에서 구출되어 귀국한 우리 국민은 총 48명": rescued from a place of custody, no block
    if not found:
        if blocked_at is not None:
            return None, "people counted in no measure (rescued, aboard, survivors)"
        return None, "no measure named near it"
    own = [m for m in found if m.after and m.words[0] >= b]
    if own and lx.korean is None and len(own) < len(found):
        found = [m for m in found if m.after or not any(w.key[x] in lx.words["coordinators"]
                                                        and not _joins_modifiers(w, x, lx)
                                                        for x in range(m.words[1], a))]
        # "a firefighter has died and seven people have been injured": an event before the coordinator is the clause
        # before's, when the number has a verb of its own after it
    if blocked_at is None and all(m.rank >= 3 for m in found) and (shared := _shared_verb(w, a, lo, lx)) is not None:
        found = [shared]  # "знищено 8 катерів і до 15 бойовиків": the verb before the things is the people's too (its
        # second object), not a clause before the coordinator
    best_rank = min(m.rank for m in found)
    best = min((m for m in found if m.rank == best_rank), key=lambda m: (m.distance, not m.after))
    if best.after and best.rank == 1 and (governing := _circumstance_cue(w, a, b, best, found, lx)) is not None:
        best = governing  # "four were apprehended in injured condition": the verb says what befell them, the
        # phrase of circumstances after it how they were (or whom they helped: "arrested 812 for caring for the wounded")
    if not best.after and " ".join(w.key[best.words[0]:best.words[1]]) in lx.words["losing_verbs_phrases"]:
        people = lx.people.match(w.key, b) if b < len(w) else None
        end = b + (people[0] if people else 0)  # (and "lost 1,500 troops, killed or wounded, over the past day")
        kind = next((m for m in found if m.after and m.rank <= best.rank
                     and (m.words[0] == end or (m.words[0] == end + 1 and w.text[end] == "," and m.metric != "wounded"))),
                    None)  # (not "Ми втратили 15 бійців, поранених ще більше": the wounded after a comma are others)
        if kind is not None:  # "Russia has lost about 861,000 troops killed and wounded": the participles after the
            best = kind  # people lost say what the loss was, the verb of losing only that there was one
        elif best.metric == "killed_or_wounded" and _wounded_apart(w, b, lx):
            best = replace(best, metric="killed", cue=f"{best.cue} (the wounded counted apart)")  # "Ми втратили
            # щонайменше 40 наших солдатів, поранених багато": with the wounded named apart, the lost are the dead
        elif best.metric == "killed_or_wounded" and _lost_not_fighters(w, b, lx):
            best = replace(best, metric="killed", cue=f"{best.cue} (people lost who are no fighters)")  # "ми втратили
            # 17 колег", "организация потеряла девять сотрудников": a body's loss of its own people is their death;
            # only a side's losses of its fighters count the wounded with the dead ("ЗСУ втратили 1250 військових")
    if best.metric == "killed" and " ".join(w.key[best.words[0]:best.words[1]]) in lx.words["losing_verbs_phrases"] \
            and _troops_lost_over_a_period(w, a, b, found, lx):
        best = replace(best, metric="killed_or_wounded", cue=f"{best.cue} (troops lost over a period)")  # "Russia has
        # lost 846,310 troops since …", "하루 동안 최대 2천명의 병력을 잃었다": a side's tally of losses
    if best.metric == "wounded" and best.after and best.words[0] == b and lx.korean is None \
            and (caught := _wounded_captured(w, best, found, hi, lx)) is not None:
        best = caught  # "One wounded NPA member was captured at the encounter site": the word of the wound describes
        # the people, the verb of their clause says what befell them
    if best.metric == "captured" and _came_home_after_evacuation(w, best, found, lx):
        return None, f"'{best.cue}' after an evacuation: people back home, no prisoners freed"  # "евакуйовано 48
        # людей, які згодом повернулися додому"
    if best.metric == "captured" and _came_home_from_a_tour(w, best, found, lx):
        best = replace(best, metric="deployed", rank=3, cue=f"{best.cue} (a force home from its tour)")  # "бойцы
        # предыдущей смены, 138 человек, вернулись домой": rotated home, no prisoners freed
    if _agents_of(w, b, hi, best, lx):
        return None, f"the agents of '{best.cue}', whose object is the next number"  # "the 12-member gang had abducted
        # four tourists", "12 gunmen killed five villagers": the verb befell the people after it, not these
    if best.metric == "deployed" and best.after and b - a == 1 and w.text[a].isalpha() and _number_at(w, a, lx) == 1 \
            and best.words[0] == b + 1 and w.key[b] in lx.words["set_prepositions"] \
            and not any(m.rank < best.rank for m in found):
        return None, f"one of the '{best.cue}': someone of the personnel, not a deployment"  # "когда один из
        # военнослужащих наступил на мину" (not "один из военнослужащих погиб": what befell him is his measure)
    if best.after and (done := _done_by(w, best, hi, lx)) is not None:
        best = done  # "7명이 총에 맞아 숨졌다" (a connective the analyser reads as a final ending): what the shooting did
    if best.metric == "missing" and best.after and best.words == (b, b + 1) and lx.modifier(w.text[b]) \
            and not (b + 1 < len(w) and lx.people.match(w.key, b + 1)):
        caught = next((m for m in found if m.metric == "captured" and not m.after and m.words[1] <= a), None)
        if caught is not None:  # "задержаны 25 разыскиваемых", "затримали 18 розшукуваних": a participle of seeking
            best = caught  # standing for the people counted names the wanted, whom the verb before them caught
    if best.after and best.words[0] == b and not lx.predicate_form(w.text[b]) and (
            lx.table["morphology"] != "pymorphy3" or any(case == "gent" for case, _, _ in lx.agreement(w.text[b]))):
        # (not "загинула жінка, семеро поранені": a word after the number with no genitive is no noun the number
        # governs but the predicate of its own clause)
        predicate = next((m for m in found if not m.after and m.rank == best.rank and m.metric != best.metric
                     and lx.predicate_form(w.text[m.words[0]]) and not _subject_between(w, m.words[1], a, lx)), None)
        if predicate is not None:  # "Скончались 14 пострадавших", "померли 3 поранених": the predicate before the number
            best = predicate  # says what befell them, the noun after it who they were
    if lx.korean is not None and best.after and best.distance == 0 \
            and w.tag[best.words[1] - 1] not in lx.words["predicate_tags"]:
        own = [m for m in found if not m.after and m.words[1] == a and m.rank == best_rank]
        if own:  # "부상자 20명의 인명피해": the noun counted right before the number, not a noun after it
            best = own[0]
    predicates = [m for m in found if m.after and m.rank == best_rank and m.words[0] >= b
                  and (w.tag[m.words[1] - 1] in lx.words["predicate_tags"] or (
                      m.words[1] < len(w) and w.key[m.words[1]] in lx.words["complement_nouns"]))]
    # (a verb before a complement noun ends its clause too: '39명이 숨진 것으로 집계했다')
    if not best.after and best.words[1] == a and predicates and (lx.people.match(w.key, best.words[0]) or (
            lx.korean is not None and w.tag[best.words[1] - 1] == "ETM")):  # ('병원으로 옮겨진 39명이': a relative
        # clause before the people says what befell them before the predicate did)
        best = min(predicates, key=lambda m: m.distance)  # "난민 70여명이 … 억류됐다", "중상자 4명이 끝내 숨졌다": the
        # people's noun says who they are, the predicate what befell them
    if best.after and best.rank == 1 and _care_cue(w, best, lx):
        noun = next((m for m in found if not m.after and m.words[1] == a and m.rank == 1
                     and m.metric != best.metric and not w.tag[m.words[1] - 1].startswith("E")), None)
        if noun is not None:  # "사상자 38명이 병원으로 이송됐다", "사망자 12명이 병원으로 옮겨졌다": care or a hospital
            best = noun  # says nothing of what befell them beyond the noun of a measure that counts them
    sent = next((m for m in found if m.metric == "deployed" and not m.after and m.distance <= 4 and (
                 w.key[m.words[0]] in lx.words["sending_verbs"] or (w.key[m.words[0]] in lx.words["arrival_verbs"]
                                                                    and w.key[b] in lx.words["personnel_nouns"]))),
                None) if blocked_at == 0 and b < len(w) and lx.not_measured.match(w.key, b) is not None else None
    # (rescuers who set out or arrive are sent too: "до Греції вирушили 50 рятувальників")
    if sent is None and counted and best.metric == "deployed" and best.after \
            and w.key[best.words[0]] in lx.words["sending_verbs"] | lx.words["arrival_verbs"]:
        sent = best  # "구조대원 400명을 파견했다": the verb after the people counted sends them ("구조대원 60명이
        # 출발했다": or they leave for their mission)
    if sent is None and best.metric == "displaced" and not best.after and best.distance <= 4 \
            and w.key[best.words[0]] in lx.words["arrival_verbs"] and b < len(w) and _personnel(w, b, found, lx):
        sent = replace(best, metric="deployed", rank=3)  # "на місце виїхали 40 поліцейських": personnel who set out
        # for their work are sent, not displaced (residents who leave are: "з міста виїхали 300 мешканців")
    if sent is not None:
        return sent, ""  # "направили 400 рятувальників": people of no measure sent somewhere are deployed
    if best.metric == "deployed" and w.key[best.words[0]] in lx.words["arrival_verbs"] and (
            not _personnel_before(w, a, found, lx) if lx.korean is not None else (
                b < len(w) and best.words[0] != b and w.text[b][:1].isalpha() and not _personnel(w, b, found, lx)
                and not _elided_personnel(w, a, b, found, lx) and not _in_a_unit(w, a, lx))):
        # "прибыли более 700 мигрантов": people named after the number who are no deployed personnel (those are:
        # "прибыли 120 миротворцев"; so are the ones of no noun, "еще тысяча прибудет") count arrivals; a measure of
        # their own named beside the verb says who they are ("переселенців, які прибули …, досягла 100 417")
        own = [m for m in found if m.metric != "deployed"]
        if not own:
            return None, "arrivals of people of no measure"
        return min(own, key=lambda m: (m.rank, m.distance)), ""
    if blocked_at is not None and blocked_at <= best.distance and not (
            counted and best.rank == 1 and best.after and not any(
                lx.subsets.match(w.key, k) for k in range(b, best.words[0]))) \
            and not _hurt_before(w, a, best, lx) and not _personnel_aboard(w, a, b, best, lx) \
            and not _partitive_head(w, a, best, lx) and not (
                best.rank == 1 and best.after and b < len(w) and w.key[b] in lx.words["partitive_words"]):
        # (not "Fourteen of those rescued sustained various degrees of injuries": the whole after "of" is in no
        # measure, the part's own predicate says what befell it)
        return None, "people counted in no measure (rescued, aboard, survivors)"
    if being and best.metric == "deployed" and best.after and best.words[0] == b and not any(
            m.metric == "deployed" and m is not best for m in found):
        return None, "people counted in no measure (aboard)"  # "На борту катера перебували дев'ять військовослужбовців"
    if blocked_at is not None and best.metric == "deployed" and best.after and best.words[0] == b \
            and lx.table["morphology"] == "none" and not any(m.metric == "deployed" and m is not best for m in found):
        return None, "people counted in no measure (rescued, aboard, survivors)"  # "19 soldiers who had been cut off
        # were found alive": the noun of the people says who they are, what befell them is no measure
    if best.metric == "deployed" and _deserted(w, a, b, lx):
        return None, "deserters: soldiers who left their service without leave are in no measure"  # "5,000 soldiers
        # who had gone AWOL returned", "військових, які самовільно залишили службу": who they were is no deployment
    if best.metric == "deployed" and _judged(w, a, b, lx):
        return None, "defendants: people a court or a prosecutor acts on are in no measure"  # "charged 11 former army
        # officers and soldiers with war crimes": who they are (soldiers) is no deployment
    if best.metric == "deployed" and w.key[best.words[0]] in lx.words["engaging_verbs"] and _at_work(
            w, b, found, lx, a if lx.korean is not None else None):
        return None, f"'{best.cue}': rescuers or people at large put to work, no deployment"
    if best.metric == "deployed" and best.after and best.words[0] > 0 \
            and w.key[best.words[0] - 1] in lx.words["former_words"]:
        return None, f"'{w.text[best.words[0] - 1]} {best.cue}' serve no longer"  # "2,600 former soldiers returned"
    if best.metric == "deployed" and best.after and b < best.words[0] <= b + 5 \
            and w.key[b] in lx.words["former_words"] and all(
                w.text[k].isalpha() and w.text[k].islower() and not _clause_word(w, k, lx)
                and lx.measures.match(w.key, k) is None for k in range(b, best.words[0])) \
            and any(w.key[k] in lx.words["coordinators"] for k in range(b, best.words[0])):
        return None, f"'{w.text[b]}' before '{' '.join(w.text[b:best.words[1]])}': they serve no longer"  # "charged
        # 11 former army officers and soldiers": the word opens the whole coordinated phrase of people
    if staying is not None and best.rank == staying.rank and best.metric != staying.metric and (
            (staying.after and staying.words[0] > b and not best.after)
            or (lx.korean is not None and not staying.after and staying.words[1] < a and best.after)):
        best = staying  # "повернула на батьківщину 742 громадян, які перебували в таборі": where the people counted
        # stayed (a camp, a jail) says what the return or the handing over that befell them was
    if best.metric == "killed" and not best.after and lx.words["remains_nouns"] & set(w.key[best.words[0]:best.words[1]]):
        unfound = next((m for m in found if m.metric == "missing" and m.after and m.rank <= best.rank), None)
        if unfound is not None:  # "Тіла сімох чоловіків досі не знайдені", "тела двоих так и не найдены": bodies
            best = unfound  # not found are the missing, what the failing search says, not the dead a body counts
    if lx.korean is not None and best.metric == "killed" and not best.after \
            and (unfound := _missing_victims(w, best, found, lx)) is not None:
        best = unfound  # "행방불명된 것으로 신고된 희생자는 3천6백여명", "행방불명 희생자 1천여명": victims whose remains
        # were never found are the missing, what the clause before their noun says
    if best.after and lx.words["identity_words"] & set(w.key[best.words[0]:best.words[1]]):
        noun = next((m for m in found if not m.after and m.words[1] == a and m.metric == best.metric), None)
        if noun is not None:  # "사망자 8명의 신원이 확인됐으며 나머지 3명은": the noun of the dead counted names them,
            best = noun  # as before a verb of no identification (and the rest after it are its rest)
    if best.metric in ("killed", "missing") and (not best.after or best.words[0] == b + 1 or (
            b + 2 < len(w) and w.key[b + 1 + (w.text[b + 1] == ",")] in lx.words["relative_pronouns"]
            and b + 1 < best.words[0])) and lx.korean is None \
            and b < len(w) and w.key[b] in lx.words["household_nouns"]:  # (and "300 родин зниклих безвісти": the
        # families of the missing, the noun of the dead or the missing right after theirs; and families whose kin the
        # relative clause after them counts: "понад 2 300 сімей, чиї рідні … зникли безвісти", "More than 30 families
        # who have reported sons and daughters missing")
        return None, f"families counted ('{w.text[b]}'), not the dead or the missing"  # "Каждое новое захоронение —
        # это сотни семей, которые приходят к нам": the families who seek their dead are no count of them
    if best.metric == "killed" and _identifies_suspects(w, a, b, best, lx):
        return None, f"'{best.cue}' of suspects or perpetrators: the living identified, no dead"  # "police established
        # the identities of three suspects", "встановили особи трьох нападників", "용의자 2명의 신원을 확인했다"
    if best.metric == "missing" and (_coming_back(w, best, lx) or not best.after) \
            and not lx.words["evacuation_words"] & set(w.key) \
            and (held := _held_people_sought(w, a, b, best, found, lx)) is not None:
        return held, ""  # "북한에 납치되어 돌아오지 못한 전후 납북자를 509명", "trying to locate at least 12 residents, …, who
        # were taken away by the gunmen": people held who have not come back or are sought are still held, what the
        # cue on their own phrase says, not missing
    if best.metric == "missing" and _coming_back(w, best, lx) and (
            any(m.metric == "displaced" for m in found) or not lx.words["evacuation_words"].isdisjoint(w.key)):
        return replace(best, metric="displaced"), ""  # "집을 떠난 주민 가운데 아직 돌아오지 못한 사람", "12 тисяч
        # евакуйованих досі не повернулися": people who left their homes and have not come back are still displaced
    if best.rank == 1 and not a <= best.words[0] < b and (pair := _joined_event(w, best, (lo, a, b, hi), lx)) is not None:
        # (not a cue inside the number phrase: "Погибших и пострадавших нет" is none of either, two claims of zero)
        total, (first, last) = pair
        if total is None:
            return None, "two events joined by 'and' or 'or', of no one measure"  # ("погибли или пропали без вести 558")
        return replace(best, metric=total, cue=" ".join(w.text[first:last]), words=(first, last)), ""
    if best.metric == "captured" and lx.words["trapped_words"] and w.key[best.words[0]] in lx.words["trapped_words"] \
            and any(w.key[k] in lx.words["trapped_places"] or w.key[k] in lx.words["trapped_people"]
                    for k in range(len(w))):
        return replace(best, metric="missing", rank=1), ""  # "광부 7명이 아직 갇혀 있다": shut in where a disaster traps
        # people (a mine, a tunnel: the sentence names it, or its workers) is missing; shut in elsewhere ("범죄단지에
        # 갇힌 사람"), held
    if best.metric == "missing" and lx.words["trapped_words"] \
            and not lx.words["trapped_words"].isdisjoint(w.key[best.words[0]:best.words[1]]) \
            and any(_place_noun(w, k, lx.words["custody_places"]) for k in range(len(w))) \
            and not any(w.key[k] in lx.words["trapped_places"] or w.key[k] in lx.words["trapped_people"]
                        for k in range(len(w))):
        return replace(best, metric="captured", rank=2), ""  # "138 Kenyans still trapped in Myanmar scam camps": shut
        # in a place of custody (a jail, a scam compound) is being held, what a disaster's rubble or mine is not
    if best.metric == "displaced" and _evacuated_for_a_while(w, best, a, b, lo, hi, lx):
        return None, f"'{best.cue}' for a while (said so, back home after it, or the scene's surroundings): no displacement"
    return best, ""


EVACUATION_REACH = 8  # words before the number or its cue where a stay of a while or the scene's surroundings are said


def _evacuated_for_a_while(w: Words, cue: Measure, a: int, b: int, lo: int, hi: int, lx: Language) -> bool:
    """Is the displaced cue ``cue`` of the number at words[a:b] an evacuation (the table's ``evacuation_words``) that
    its sentence says lasted a while: a word of ``temporary_words`` in the clause ("з прилеглої вулиці тимчасово
    евакуювали близько 40 мешканців", "на час рятувальних робіт", "временно эвакуированы"), a verb of
    ``returning_verbs`` after the number, not negated ("евакуйовано 36 мешканців, які згодом повернулися додому",
    "most were allowed to return"; not "досі не повернулися"), or a word of ``adjacency_words`` right before a noun of
    ``building_nouns`` (the scene's surroundings: "з прилеглих будинків", "із сусідніх під'їздів", "из прилегающих
    кварталов", "people living in nearby homes")? People evacuated from a town, a community or a flood zone are
    displaced ("з громади евакуювали 340 людей"); people evacuated from the buildings around a fire or a strike are
    back within hours, no displacement, as the read material's annotators have it in every language.
    ``lo``/``hi`` bound the words of the number's neighbours.

    Examples
    --------
    >>> from analysis.extract.words import tokenize
    >>> from analysis.extract.language import language
    >>> lx = language("uk")
    >>> text = "Із сусідніх під'їздів евакуювали 40 людей."
    >>> w = tokenize(text, 0, len(text), lx)
    >>> _evacuated_for_a_while(w, Measure("displaced", "евакуювали", 1, False, 2, (3, 4)), 4, 5, 0, len(w), lx)
    True
    >>> text = "З громади евакуювали 40 людей."
    >>> w = tokenize(text, 0, len(text), lx)
    >>> _evacuated_for_a_while(w, Measure("displaced", "евакуювали", 1, False, 2, (2, 3)), 3, 4, 0, len(w), lx)
    False
    """
    evacuation = lx.words["evacuation_words"]
    if not evacuation or not any(k in evacuation for k in w.key[cue.words[0]:cue.words[1]]):
        return False
    n = len(w)
    start = max(lo, 0, min(a, cue.words[0]) - EVACUATION_REACH)
    end = min(hi, n, max(b, cue.words[1]) + EVACUATION_REACH)
    temporary = lx.words["temporary_words_phrases"]
    longest = max((len(p.split()) for p in temporary), default=0)
    for k in range(start, end):
        if any(" ".join(w.key[k:k + size]) in temporary for size in range(1, longest + 1)):
            return True
        if w.key[k] in lx.words["adjacency_words"] and any(
                w.key[j] in lx.words["building_nouns"] or " ".join(w.key[j:j + 2]) in lx.words["building_nouns_phrases"]
                for j in range(k + 1, min(n, k + 3))):
            return True
    for k in range(b, min(hi, n)):
        if w.key[k] in lx.words["returning_verbs"] and not _negated(w, k, lx):
            return True
    return False


QUOTED_PEOPLE = 4  # words of a quotation's phrase after a number it opens before ('"at least 30 people" had died')


def _deployed_agent(w: Words, m: Measure, a: int, b: int, lx: Language) -> bool:
    """Is the deployment cue ``m`` before the number at words[a:b] the subject of a finite verb that stands between it
    and the number, with a noun of its own after the number ("Военные прокуроры выявили 300 уклонистов", "Військові
    лікарі оглянули 40 призовників")? Then the military did something to the people counted; the word says who acted,
    not who was counted. (pymorphy3: a noun or an adjective, not a verb of deploying, "направили 300 военных".)"""
    if m.after or m.metric != "deployed" or m.words[1] >= a or b >= len(w) or not w.text[b][:1].isalpha():
        return False
    if lx.predicate_form(w.text[m.words[0]]) or lx.preposition(w.text[m.words[0]]):
        return False  # (nor a cue that opens on a preposition, "на фронті перебувають 300 ганців", "в рядах армии
        # служат 500 граждан": a place or a force the people counted are in, no subject of the verb)
    verbs = [x for x in range(m.words[1], a) if w.text[x][:1].isalpha() and lx.predicate_form(w.text[x])]
    level = lx.words["level_verbs"] | {p.split()[0] for p in lx.words["level_verbs_phrases"]}
    if any(w.key[x] in level for x in range(m.words[1], a)):
        return False  # "численность российских войск … может достигнуть 8 тыс. человек": a verb of level gives the
        # number to its subject, the troops
    return bool(verbs) and not any(w.is_punct(x) for x in range(m.words[1], a))


def _quoted_from_before(w: Words, a: int, i: int) -> bool:
    """Does the mark at ``i`` close a quotation whose opening mark stands right before the number at word ``a``, with no
    mark between ('said "at least 30 people" had died')?"""
    return a > 0 and w.text[a - 1] in _OPEN_QUOTES and not any(
        w.text[k] in _OPEN_QUOTES or w.text[k] in _CLOSE_QUOTES for k in range(a, i))


def _quoted_phrase_after(w: Words, b: int, limit: int, lx: Language) -> int | None:
    """The mark that closes a short quotation opened right after the number ending at word ``b`` ('listed 12
    "subversives killed in combat"'), with no clause inside it, else None: the quoted words name the people counted."""
    if b >= limit or w.text[b] not in _OPEN_QUOTES:
        return None
    for k in range(b + 1, min(limit, len(w), b + 2 + AFTER)):
        if w.text[k] in _CLOSE_QUOTES:
            return k if k > b + 1 else None
        if (w.is_punct(k) and w.text[k] != ",") or _clause_word(w, k, lx):
            return None  # (a comma may stand inside: '23 «задержанных, убитых при попытке к бегству»')
    return None


JUDGED_REACH = 4  # words between a verb of a court and the people it acts on ("charged 11", "11 soldiers were charged";
# "к уголовной ответственности за наемничество привлечены 7 граждан": the liability a court holds them to)


DESERTION_REACH = 10  # words after the people counted a word of desertion may stand in ("…, які самовільно залишили")


def _deserted(w: Words, a: int, b: int, lx: Language) -> bool:
    """Does a word or phrase of the table's ``desertion_words`` stand right before the number or within
    ``DESERTION_REACH`` words after it, in its sentence ("600 soldiers who had gone AWOL", "військових, які самовільно
    залишили службу", "탈영병 30명")? The soldiers counted left their service; a noun of troops deploys none of them."""
    words, phrases = lx.words["desertion_words"], lx.words["desertion_words_phrases"]
    if not words and not phrases:
        return False
    for k in list(range(max(0, a - 2), a)) + list(range(b, min(len(w), b + DESERTION_REACH))):
        if w.text[k] in ".;!?":
            if k >= b:
                break
            continue
        if w.key[k] in words or any(" ".join(w.key[k:k + n]) in phrases for n in (2, 3)):
            return True
    return False


def _judged(w: Words, a: int, b: int, lx: Language) -> bool:
    """Do the people counted at words[a:b] stand as the object or the passive subject of a verb of the table's
    ``judicial_verbs`` ("charged 11 former army officers", "11 soldiers were sentenced", "장병 11명을 기소했다"), with
    no mark of a clause between? They are defendants."""
    judicial = lx.words["judicial_verbs"]
    if not judicial:
        return False
    before = range(max(0, a - JUDGED_REACH), a) if lx.korean is None else range(0)
    for k in reversed(before):
        if w.is_punct(k):
            break
        if w.key[k] in judicial:
            return True
    for k in range(b, min(len(w), b + JUDGED_REACH + 2)):
        if w.is_punct(k) or (k > b and w.text[k][:1].isdigit()):
            return False
        if w.key[k] in judicial:
            return True
    return False


STATE_ASIDE = 2  # words of a participle of state set off by commas after the people counted ("одного, пораненого,")


def _state_aside(w: Words, i: int, limit: int, lx: Language) -> int | None:
    """The comma that closes a short aside opened by the comma at ``i`` right after the people counted, when the aside
    is a participle of a measure (a state: "пораненого") and a predicate of a measure follows that comma right away
    ("ще одного, пораненого, захоплено в полон": wounded, and taken prisoner; the verb governs the number), else None.
    Languages with no analyser of verb forms (``may_predicate`` false for all) are left alone."""
    close = next((k for k in range(i + 1, min(limit, i + 2 + STATE_ASIDE)) if w.is_punct(k)), None)
    if close is None or w.text[close] != "," or close == i + 1 or close + 1 >= limit:
        return None
    if not all(w.text[k][:1].isalpha() and not _clause_word(w, k, lx) for k in range(i + 1, close)) \
            or lx.measures.match(w.key, i + 1) is None:
        return None
    verb = lx.measures.match(w.key, close + 1)
    if verb is None or not lx.may_predicate(w.text[close + 1]):
        return None
    return close


SHARED_OBJECT_REACH = 4  # words after a chained verb in which the next verb of the same object stands


def _shared_object(w: Words, b: int, i: int, limit: int, lx: Language) -> bool:
    """Is the number ending at word ``b`` the object (its particle of the table's ``object_particle_tags``) of the verb
    at ``i`` that a connective joins to the next verb, with no subject or object of its own before that verb ("민간인
    143명을 야산으로 끌고 가 집단 살해했다": dragged away and killed, both befell them)? Then the chain's verbs share
    it, and the one that says what befell the people decides (not "2명을 구조하고 주민들이 …": a clause of another
    subject)."""
    if lx.korean is None or b < 1 or w.tag[b - 1] not in lx.words["object_particle_tags"]:
        return False
    marked = lx.words["subject_particle_tags"] | lx.words["object_particle_tags"]
    for x in range(i + 1, min(limit, len(w), i + 1 + SHARED_OBJECT_REACH)):
        if w.is_punct(x) or w.tag[x] in marked or w.text[x][:1].isdigit():
            return False
        if w.tag[x] in lx.words["predicate_tags"] and lx.measures.match(w.key, x) is not None:
            return True
    return False


def _wounded_apart(w: Words, b: int, lx: Language) -> bool:
    """Does a cue of the wounded stand after the number ending at word ``b``, past a comma or a coordinator, before the
    sentence's end ("Ми втратили 40 солдатів, поранених багато", "потеряли 12 человек, еще 30 ранены")? Then a verb of
    losing before the number counts the dead: the hurt are counted apart."""
    apart = False
    x = b
    while x < len(w):
        if w.text[x] in ".;!?":
            return False
        apart = apart or w.text[x] == "," or w.key[x] in lx.words["coordinators"]
        m = lx.measures.match(w.key, x) if apart and w.key[x] in lx.measures.firsts else None
        if m is not None and m[1][0] == "wounded":  # type: ignore[index]
            return True
        x += m[0] if m is not None else 1  # (a phrase read whole: "убитых и раненых" counts both, not the wounded)
    return False


@lru_cache(maxsize=1)
def _totals() -> dict[frozenset[str], str]:
    """The measure two joined events make together, from the harmonisation rules (killed and wounded: killed or
    wounded)."""
    return {frozenset(rule.parts): rule.total for rule in Vocabulary.bundled().rules if len(rule.parts) == 2}


def _joined_event(w: Words, cue: Measure, bounds: tuple[int, int, int, int],
                  lx: Language) -> tuple[str | None, tuple[int, int]] | None:
    """Two event cues joined by a coordinator on one side of the number ("убиты и ранены 40", "загиблих і
    травмованих … сягнула 28", "погибли или пропали без вести 558"): (the measure of the pair, the words of both), or
    None when the cue has no other event joined to it.

    The pair's measure is the total the harmonisation rules add the two up to (killed and wounded: killed_or_wounded),
    or None when there is none: the people counted are of two measures at once. A number between the cues ("вбили
    чотирьох і поранили 10") makes two figures, so the cues must touch the coordinator; and a cue that runs up to the
    next number or starts right after the number before (``bounds``: lo, the number's words a:b, hi) is that number's
    own ("had recovered nine bodies and were still searching for at least six people": two clauses, two figures).
    """
    lo, a, b, hi = bounds
    start, end = cue.words
    coordinators = lx.words["coordinators"]
    other: tuple[str, int, int] | None = None
    if end + 1 < len(w) and w.key[end] in coordinators:
        at = end + 2 if end + 2 < len(w) and w.key[end + 1] in lx.words["auxiliary_verbs"] else end + 1
        m = lx.measures.match_loose(w.key, at)  # ("загинули та були поранені")
        if m is None and cue.metric == "killed_or_wounded" and (later := _later_event(w, end + 1, lx)) is not None:
            at, m = later  # "were shot and are now in the General Hospital", "shot and later died"
        if m and m[1][1] == 1 and (at + m[0] <= a or end >= b) and not (  # type: ignore[index]
                end >= b and hi < len(w) and 0 <= hi - (at + m[0]) <= 1  # type: ignore[index]
                and not any(w.is_punct(x) for x in range(at + m[0], hi))):  # type: ignore[index]
            other = m[1][0], at, at + m[0]  # type: ignore[index]
    joint = start - 1 - (start >= 3 and w.key[start - 1] in lx.words["auxiliary_verbs"])  # ("загинули або були
    if other is None and joint >= 1 and w.key[joint] in coordinators:  # покалічені")
        for k in range(max(0, joint - 8), joint):
            m = lx.measures.match_loose(w.key, k)
            if m and k + m[0] == joint and m[1][1] == 1 and (start <= a or k >= b) and not (  # type: ignore[index]
                    start <= a and 0 < lo <= k <= lo + 1 and not any(w.is_punct(x) for x in range(lo, k))):
                other = m[1][0], k, joint  # type: ignore[index]
                break
    if other is None or other[0] == cue.metric or lx.predicate_form(w.text[start - (other[2] == start - 2)]) \
            != lx.predicate_form(w.text[other[1] - (other[1] == end + 2)]):
        return None  # (a noun and a verb are no pair: "11 тіл і доставили поранених до лікарні" goes on with a clause)
    span = (min(start, other[1]), max(end, other[2]))
    part = _part_of_total(cue.metric, other[0])
    if part is not None:  # "were shot and killed", "총에 맞아 숨졌다": an event that may have killed or wounded (a
        return part, span  # shooting), joined to what it did, is what it did
    return _totals().get(frozenset({cue.metric, other[0]})), span


LATER_REACH = 3  # adverbs and auxiliaries between "and" and the event that says what a shooting did


def _later_event(w: Words, at: int, lx: Language) -> tuple[int, tuple[int, object]] | None:
    """The event of the first rank that the words at ``at`` name after auxiliaries and adverbs of the table's
    ``skip_before_verb`` ("and later died", "and are now in the General Hospital": a stay in a place of care,
    ``care_places``, through a name of up to three words, is being wounded): where it starts and what ``match_loose``
    gives for it, or None."""
    k = at
    while k < min(len(w), at + LATER_REACH) and w.key[k] in lx.words["skip_before_verb"] and not w.is_punct(k):
        k += 1
        m = lx.measures.match_loose(w.key, k) if k < len(w) else None
        if m is not None:
            return (k, m) if m[1][1] == 1 else None  # type: ignore[index]
        if k + 1 < len(w) and w.key[k] in lx.words["place_prepositions"]:
            place = next((x for x in range(k + 1, min(len(w), k + 5)) if w.key[x] in lx.words["care_places"]), None)
            if place is not None and all(w.text[x][:1].isupper() or w.key[x] in lx.words["definite_determiners"]
                                         for x in range(k + 1, place)):
                return k, (place + 1 - k, ("wounded", 1))
    return None


def _coming_back(w: Words, cue: Measure, lx: Language) -> bool:
    """Is the cue a verb of coming back (the table's ``returning_verbs``: "не повернулися", "돌아오지 못했다")?"""
    keys = w.key[cue.words[0]:cue.words[1]]
    return any(k in lx.words["returning_verbs"] for k in keys) or any(
        phrase in " ".join(keys) for phrase in lx.words["returning_verbs_phrases"] if " " in phrase)


def _done_by(w: Words, cue: Measure, limit: int, lx: Language) -> Measure | None:
    """The cue of an event that may have killed or wounded (a shooting: a total of the harmonisation rules) with the
    verb right after it that says which ("총에 맞아 숨졌다", "총에 맞아 다쳤다": the verb's measure, a part of the total,
    over both), or None when no such verb follows (not "총에 맞았으며 부상자 중 …": a noun opens the next clause)."""
    k = cue.words[1]
    after = lx.measures.match(w.key, k) if k < limit else None
    if after is None or w.tag[k + after[0] - 1] not in lx.words["predicate_tags"]:
        return None
    part = _part_of_total(cue.metric, after[1][0])  # type: ignore[index]
    if part is None or part == cue.metric:
        return None
    return Measure(part, " ".join(w.text[cue.words[0]:k + after[0]]), cue.distance, cue.after, cue.rank,
                   (cue.words[0], k + after[0]))


def _part_of_total(one: str, other: str) -> str | None:
    """Of two measures, the one that is a part of the other's total by the harmonisation rules (killed of
    killed_or_wounded), or None when neither is.

    >>> _part_of_total("killed_or_wounded", "killed"), _part_of_total("wounded", "killed_or_wounded")
    ('killed', 'wounded')
    >>> _part_of_total("killed", "wounded") is None
    True
    """
    for rule in Vocabulary.bundled().rules:
        if rule.total == one and other in rule.parts:
            return other
        if rule.total == other and one in rule.parts:
            return one
    return None

_ACTING_BEFORE: dict[int, tuple[Language, frozenset[str]]] = {}


def _acting_before(lx: Language) -> frozenset[str]:
    """The keys ``measure`` acts on before a number: clause words, coordinators, the first words of verbs of saying,
    of measure cues and of people counted in no measure (made once per language). Any other word (a punctuation mark
    aside) is passed over: every branch of the loop tests one of these sets or a mark first."""
    found = _ACTING_BEFORE.get(id(lx))
    if found is None or found[0] is not lx:
        found = _ACTING_BEFORE[id(lx)] = (lx, lx.words["clause_words"] | lx.words["coordinators"] | lx.speech.firsts
                                          | lx.measures.firsts | lx.not_measured.firsts)
    return found[1]


_ACTING_AFTER: dict[int, tuple[Language, frozenset[str] | None]] = {}  # (None: no word passed over)


def _acting_after(lx: Language) -> frozenset[str] | None:
    """The keys ``measure`` acts on after a number: relative pronouns, passive auxiliaries, clause words,
    coordinators, the first words of purposes, of measure cues and of people counted in no measure (made once per
    language). Any other word that opens with a letter or a digit is passed over, but for the ending of a participle
    near the number, or of a clause or of reported speech (Korean's ``clause_endings``, ``quotative_endings``): every
    branch of the loop tests one of these sets, a mark or an ending first.
    """
    found = _ACTING_AFTER.get(id(lx))
    if found is None or found[0] is not lx:
        found = _ACTING_AFTER[id(lx)] = (lx, lx.words["relative_pronouns"] | lx.words["passive_auxiliaries"]
                                         | lx.words["clause_words"] | lx.words["coordinators"] | lx.purposes.firsts
                                         | lx.measures.firsts | lx.not_measured.firsts)
    return found[1]


def participle(w: Words, k: int, lx: Language, serving: bool = False) -> bool:
    """Is word ``k`` a participle of the table's ``participle_endings`` ("speaking", "serving"), not a measure cue
    (``serving``: or a cue of a deployment, which says who the people are: "soldiers serving with the Mission")?"""
    text = w.text[k]
    if not (text[:1].islower() and any(text.endswith(e) and len(text) > len(e) + 2
                                       for e in lx.words["participle_endings"])):
        return False
    m = lx.measures.match(w.key, k)
    return m is None or (serving and m[1][1] >= 3)  # type: ignore[index]


def _past_participle_phrase(w: Words, i: int, lx: Language) -> int | None:
    """Where the verb of the people counted stands past a participle's phrase that describes them ("Two peacekeepers
    serving with the [twelve-word name of a mission] were killed"): the auxiliary before an event's cue, at most
    ``PARTICIPLE_PHRASE`` words on, with no clause break, number or other cue between; else None."""
    for x in range(i + 1, min(len(w), i + PARTICIPLE_PHRASE)):
        if (w.is_punct(x) and w.text[x] not in "()-") or w.text[x][:1].isdigit() or lx.measures.match(w.key, x) \
                or (w.key[x] in lx.words["clause_words"] and not acronym(w.text[x])):
            return None
        if w.key[x] in lx.words["skip_before_verb"] and w.text[x][:1].islower() and x + 1 < len(w):
            y = x + 1
            if w.key[y] in lx.words["among_words"] and y + 2 < len(w) and w.key[y + 1] in lx.words[
                    "definite_determiners"]:
                y += 2  # "two seminarians travelling home for a town fiesta were among the missing"
            m = lx.measures.match(w.key, y)
            if m and m[1][1] == 1:  # type: ignore[index]
                return x
    return None


def _predicate(w: Words, k: int, lx: Language) -> bool:
    """Does an event's cue (rank 1) stand at word ``k`` or after at most two auxiliaries ("survivors were being
    treated", "rescuers were injured")? Then it says what befell the people named before it."""
    for x in range(k, min(len(w), k + 3)):
        if w.is_punct(x):
            return False
        m = lx.measures.match_loose(w.key, x)  # ("доставлены в Северскую центральную районную больницу")
        if m and m[1][1] == 1:  # type: ignore[index]
            return True
        if not (w.key[x] in lx.words["skip_before_verb"] or w.text[x].islower() and x > k):
            return False
    return False


def _inside_number(w: Words, i: int) -> bool:
    """Is the punctuation at ``i`` inside a number written with separators ("8,000": no space around it)?"""
    return 0 < i < len(w) - 1 and w.text[i - 1][-1:].isdigit() and w.text[i + 1][:1].isdigit() \
        and w.end[i - 1] == w.start[i] and w.end[i] == w.start[i + 1]


def _caused(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i`` right after a preposition of cause ("погибших от отравления", "died from injuries"), and no
    verb ("В результате погибли 14 человек": "as a result", then the event)?"""
    return i > 0 and w.key[i - 1] in lx.words["cause_prepositions"] and not lx.predicate_form(w.text[i])


def _scare_quoted(w: Words, i: int, longest: int = 3) -> bool:
    """Is the quotation mark at word ``i`` one of a pair around one to ``longest`` lower-case words ('"звільнили"', a
    word the writer distances himself from; 'had been "hacked and shot dead"', a speaker's own words for what befell
    them), not a quotation or a name?"""
    pairs = []
    if w.text[i] in _OPEN_QUOTES:
        pairs += [(i, k) for k in range(i + 2, min(i + longest + 2, len(w)))]
    if w.text[i] in _CLOSE_QUOTES:
        pairs += [(k, i) for k in range(max(0, i - longest - 1), i - 1)]
    for opener, closer in pairs:
        if w.text[opener] in _OPEN_QUOTES and w.text[closer] in _CLOSE_QUOTES and all(
                w.text[x][:1].isalpha() and w.text[x][:1].islower() for x in range(opener + 1, closer)):
            return True
    return False


def _quoted_name(w: Words, i: int, limit: int) -> int | None:
    """The index of the quotation mark closing a short quoted name opened at word ``i`` (at most three words, the
    first capitalised: «Увальная», "Typhoon Doksuri"), before word ``limit``; None when it is no such name."""
    for k in range(i + 2, min(i + 5, limit)):
        if w.text[k] in _CLOSE_QUOTES:
            inside = range(i + 1, k)
            return k if w.is_capital(i + 1) and all(not w.is_punct(x) or w.text[x] == "-" for x in inside) else None
    return None


def _around(w: Words, a: int, b: int, lo: int, hi: int, lx: Language) -> list[Measure]:
    """A cue of two words or more with the number inside it ("судьба еще девятерых неизвестна", "доля ще трьох
    невідома"): the cue's first words stand right before the number (small words of ``skip_before_verb`` may stand
    between), the rest right after it."""
    skip = lx.words["skip_before_verb"]
    opening = _cue_openings(lx)
    for j in range(max(lo, a - 4), a):
        if (w.key[j],) not in opening or w.is_punct(j):
            continue  # (a word that opens no cue of two words or more opens none around the number)
        head = [w.key[k] for k in range(j, a) if w.key[k] not in skip or k == j]
        if len(head) > 2 or tuple(head) not in opening or any(
                w.is_punct(k) or w.key[k] in lx.words["coordinators"] for k in range(j, a)):
            continue
        part = lx.subsets.match(w.key, b) if b < min(hi, len(w)) else None
        for noun in (0, 1, 2, 3, 4):  # the people counted may stand after the number: "судьба 22 горняков неизвестна",
            # with a word before them ("судьба двоих местных жителей"), or the whole they are part of ("состояние
            # одного из них оценивается как тяжелое"), or three words ("the fate of 3 of its paramedics remained …")
            count = 3 if noun == 4 else noun
            if noun == 3:
                if part is None:
                    continue
                start = b + part[0]
            elif count and not all(k < min(hi, len(w)) and w.text[k][:1].isalpha() and (
                    w.key[k] not in lx.measures.firsts or lx.measures.match(w.key, k) is None
                    or _deployment_word(w, k, lx)) for k in range(b, b + count)):  # (a word that opens a cue here:
                # not "із" of "двох із них" because a cue elsewhere opens on "із домівок")
                continue
            else:
                start = b + count
            bound = min(hi, len(w))
            part_aside = start + 1 < len(w) and w.text[start] == "," and lx.subsets.match(w.key, start + 1) is not None
            if part_aside:  # "Поиски еще четверых, в том числе двух граждан Казахстана, продолжаются": a part of the
                bound = len(w)  # people between commas, its own number included, is passed over to the cue's rest
            if (noun or part_aside) and start < len(w) and w.text[start] == ",":  # "Судьба двоих строителей,
                close = next((k for k in range(start + 1, min(bound, start + 12))  # находившихся …, пока неизвестна":
                              if w.is_punct(k)), None)  # a participle between commas says who the people are
                if close is not None and w.text[close] == "," and close > start + 1:
                    start = close + 1
            at = [k for k in range(start, min(bound, start + 6)) if w.text[k] not in "–—" and (
                w.key[k] not in skip or w.key[k] in lx.words["place_prepositions"] or k == start)][:4]  # "доля 13 шахтарів досі невідома": an adverb inside
            tail = [w.key[k] for k in at]  # "стан двох дорослих – важкий": a dash may stand for the verb
            if tail and tail[0] in lx.words["coordinators"]:
                continue  # "killed 100 people and wounded 500", "killed three and wounded five": two clauses, not one
                # cue around the number
            m = lx.measures.match(head + tail, 0)
            if m and m[0] > len(head):
                metric, rank = m[1]  # type: ignore[misc]
                end = at[m[0] - len(head) - 1] + 1
                return [Measure(metric, " ".join(w.text[j:a]) + " … " + " ".join(w.text[start:end]), 0, True, rank,
                                (start, end) if part_aside else (j, end))]  # (the part's own number, passed over, is
                # no number inside the cue: it takes the measure of the whole)
        far = _far_predicate(w, head, b, min(hi, len(w)), lx)
        if far is not None:  # "доля 27 людей після удару по житловому комплексу … досі залишається невідомою"
            (metric, rank), (start, end) = far
            return [Measure(metric, " ".join(w.text[j:a]) + " … " + " ".join(w.text[start:end]), 0, True, rank,
                            (j, end))]
    return []


FAR_PREDICATE = 18  # words after the number the rest of a cue around it may stand ("судьба N людей … неизвестна")


def _far_predicate(w: Words, head: list[str], b: int, hi: int,
                   lx: Language) -> tuple[tuple[str, int], tuple[int, int]] | None:
    """The rest of a cue whose first words (``head``: "судьба", "местонахождение", "the fate of") stand right before
    the number, found further on in the number's clause, past a long phrase about the people counted ("Местонахождение
    318 жителей приграничных районов …, оказавшихся в зоне боевых действий, до сих пор не установлено"; "доля 27 людей
    після удару по житловому комплексу … досі залишається невідомою"): the head is the clause's subject, the rest its
    predicate. Commas of a participle's phrase do not end the clause; another number, a clause word or another mark
    does. Returns ((metric, rank), (first, last word of the rest)) or None."""
    skip = lx.words["skip_before_verb"]
    phrases = lx.words["skip_before_verb_phrases"]
    following = _cue_continuations(lx).get(tuple(head))
    if not following:
        return None  # no cue goes on past these words
    k = b
    while k < min(hi, b + FAR_PREDICATE):
        if (w.is_punct(k) and w.text[k] != ",") or w.text[k][:1].isdigit() or _clause_word(w, k, lx) \
                or w.key[k] in lx.words["coordinators"] or w.key[k] in lx.words["relative_pronouns"]:
            return None
        if w.text[k] == "," or not w.key[k]:
            k += 1
            continue
        if w.key[k] not in following:  # the rest must open on a word that follows the head in some cue: elsewhere
            k += next((n for n in (3, 2) if " ".join(w.key[k:k + n]) in phrases), 1)  # nothing is read there
            continue
        at, x = [], k
        while x < min(hi, len(w), k + 8) and len(at) < 4:  # the rest, past adverbs ("досі", "до сих пор")
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
                return m[1], (k, at[m[0] - len(head) - 1] + 1)  # type: ignore[return-value]
        n = next((n for n in (3, 2) if " ".join(w.key[k:k + n]) in phrases), 1)
        k += n
    return None


_OPENINGS: dict[int, tuple[object, frozenset[str], frozenset[tuple[str, ...]]]] = {}


def _cue_openings(lx: Language) -> frozenset[tuple[str, ...]]:
    """Every shorter beginning of each measure cue (its first word, its first two words …): what ``_around``'s words
    before the number must be for a cue to go on past them (made once per set of cues)."""
    cues = lx.measures
    found = _OPENINGS.get(id(cues))
    if found is None or found[0] is not cues or found[1] is not cues.firsts:  # (a cue added since: made again)
        phrases = [phrase for bucket in cues._by_first.values() for phrase, _ in bucket]
        found = _OPENINGS[id(cues)] = (cues, cues.firsts, frozenset(
            phrase[:n] for phrase in phrases for n in range(1, len(phrase))))
    return found[2]


_CONTINUATIONS: dict[int, tuple[object, frozenset[str], dict[tuple[str, ...], frozenset[str]]]] = {}


def _cue_continuations(lx: Language) -> dict[tuple[str, ...], frozenset[str]]:
    """Each shorter beginning of a measure cue -> the words that follow it in some cue ("the fate of" -> "remained",
    …): where ``_far_predicate`` may find the rest of a cue (made once per set of cues, again when a cue is added)."""
    cues = lx.measures
    found = _CONTINUATIONS.get(id(cues))
    if found is None or found[0] is not cues or found[1] is not cues.firsts:
        following: dict[tuple[str, ...], set[str]] = {}
        for bucket in cues._by_first.values():
            for phrase, _ in bucket:
                for n in range(1, len(phrase)):
                    following.setdefault(phrase[:n], set()).add(phrase[n])
        found = _CONTINUATIONS[id(cues)] = (cues, cues.firsts, {k: frozenset(v) for k, v in following.items()})
    return found[2]


def _subject_between(w: Words, start: int, a: int, lx: Language) -> bool:
    """Has the verb ending at word ``start`` taken a subject of its own before the number at word ``a``: a noun in the
    nominative, then a comma that opens no aside of attribution ("загинула жінка, ще семеро травмовані": the woman
    died, the seven were hurt; not "Померли, за даними МОЗ, 14 поранених")? (pymorphy3's readings)"""
    k = start
    noun = False
    while k < a:
        if w.text[k] == "," and (close := _aside(w, k, lx)) is not None and close < a:
            k = close + 1
            continue
        if w.text[k] == "," and noun:
            return True
        noun = noun or (w.text[k][:1].isalpha() and any(case == "nomn" for case, *_ in lx.agreement(w.text[k])))
        k += 1
    return False


_NAME_QUOTES = frozenset("\"“”«»„")  # quotation marks around a body's name inside an aside ("по данным «Голоса»")


def _aside(w: Words, i: int, lx: Language) -> int | None:
    """The comma closing an attribution set off by the comma at word ``i`` ("39 людей, за даними МВС, загинули",
    "…, как сообщил мэр, …", "…, officials said, …": "according to" opening it, or a verb of saying inside it, with no
    number nor cue of an event or a status; a name in quotation marks may stand in it, "…, по данным «Голоса», …", but
    no quotation that the comma closes, '"…nobody else will," said X, whose son …'), or None. Such an aside says who
    speaks, not what befell the people."""
    j = i + 1
    if lx.korean is not None or j >= len(w):
        return None
    said = lx.according.match(w.key, j) is not None or (
        j + 2 < len(w) and lx.modifier(w.text[j + 1]) and lx.according.match([w.key[j]] + w.key[j + 2:j + 6], 0)
        is not None)  # (with an adjective inside: "по предварительной информации", "за уточненими даними")
    for k in range(j, min(len(w), j + 16)):
        if w.text[k] == ",":
            return k if said and k > j + 1 and k + 1 < len(w) and not _inside_number(w, k) and not (
                w.key[k + 1] in lx.speech.firsts and lx.speech.match(w.key, k + 1) is not None) else None
            # (not an attribution that goes on in a verb of saying of its own: "11 women and three children, X told
            # reporters, adding that some of the victims had been shot": what the second verb reports is another
            # clause, no predicate of the people counted before the attribution)
        if (w.is_punct(k) and w.text[k] not in "-'’" and not (w.text[k] in _NAME_QUOTES and k > j
                                                               and not w.is_punct(k - 1))) \
                or w.text[k][:1].isdigit() or (
                w.key[k] in lx.measures.firsts and (m := lx.measures.match(w.key, k)) is not None
                and m[1][1] < 3):  # type: ignore[index]
            return None
        said = said or (w.key[k] in lx.speech.firsts and lx.speech.match(w.key, k) is not None)
    return None


REPORTED_REACH = 8  # words a passive verb of saying, its agent and the infinitive's marker may hold


def _reported_infinitive(w: Words, i: int, lx: Language) -> int | None:
    """Where the infinitive of a passive verb of saying opening at word ``i`` ("are said by the group to have been
    killed", "were believed to have drowned") begins: a passive auxiliary, a verb of saying, perhaps its agent, then
    the table's ``infinitive_markers`` and an auxiliary or a word of a cue; else None."""
    markers = lx.words["infinitive_markers"]
    if not markers or w.key[i] not in lx.words["passive_auxiliaries"] or i + 1 >= len(w) \
            or w.key[i + 1] not in lx.speech.firsts or lx.speech.match(w.key, i + 1) is None:
        return None
    for k in range(i + 2, min(len(w) - 1, i + REPORTED_REACH)):
        if w.is_punct(k) or _clause_word(w, k, lx):
            return None
        if w.key[k] in markers and (w.key[k + 1] in lx.words["auxiliary_verbs"] or lx.measures.match(w.key, k + 1)):
            return k + 1
    return None


_NOMINAL_CUES: dict[int, frozenset[str]] = {}


def nominal_cue_nouns(lx: Language) -> frozenset[str]:
    """Korean: the verbal nouns that are no cue alone but whose verb with a light verb (the table's ``light_verbs``) is
    one (제거 of 제거하다): the nouns :func:`_nominal_predicate` may read as a headline's predicate. Empty elsewhere."""
    found = _NOMINAL_CUES.get(id(lx))
    if found is None:
        lights = [str(x) for x in lx.table.get("light_verbs", [])] if lx.korean is not None else []
        written = {str(x) for entry in lx.table.get("measures", {}).values() for x in entry.get("words", [])}
        nouns = set()
        for verb in written:  # (the verbs as the table writes them, not the forms the light verbs add)
            for light in lights:
                if verb.endswith(light) and len(verb) > len(light) and " " not in verb:
                    noun = verb[:-len(light)]
                    if noun not in written and lx.measures.match([noun], 0) is None:
                        nouns.add(noun)
        found = _NOMINAL_CUES[id(lx)] = frozenset(nouns)
    return found


def _nominal_predicate(w: Words, b: int, lx: Language) -> Measure | None:
    """Korean headlines and quoted summaries close on a verbal noun with no light verb ("헤즈볼라 대원 50여 명 제거",
    "하마스 대원 19명 제거…"): the bare noun right after the count of people (its counter written apart passed over),
    ending the clause (the end, or punctuation next), whose verb with a light verb of the table's ``light_verbs`` is a
    cue (제거하다: killed), is that cue. Only there: the noun alone elsewhere names no event ("잔해 제거 작업")."""
    if lx.korean is None or b >= len(w):
        return None
    k = b + 1 if (c := lx.people.match(w.key, b)) is not None and c[0] == 1 and w.text[b][:1].isalpha() else b
    if k >= len(w) or w.tag[k] or w.key[k] not in nominal_cue_nouns(lx) or not (k + 1 == len(w) or w.is_punct(k + 1)):
        return None
    for light in lx.table.get("light_verbs", []):
        m = lx.measures.match([w.key[k] + str(light)], 0)
        if m is not None:
            metric, rank = m[1]  # type: ignore[misc]
            return Measure(metric, w.text[k], 0, True, rank, (k, k + 1))
    return None


def _patients_of_incident(w: Words, b: int, lx: Language) -> bool:
    """Do the patients counted right after a number come from an incident ("admitted three patients from the fire",
    "31 patients of the blast"): a noun of the table's ``sick_nouns``, a preposition of ``incident_prepositions``, and
    within three words a noun of ``incident_nouns``? Then they are the hurt, not people sick with a disease."""
    k = b + 1 if b < len(w) and w.key[b] not in lx.words["sick_nouns"] else b
    if k + 1 >= len(w) or w.key[k] not in lx.words["sick_nouns"] or w.key[k + 1] not in lx.words["incident_prepositions"]:
        return False
    return any(w.key[x] in lx.words["incident_nouns"] for x in range(k + 2, min(len(w), k + 5)) if not w.is_punct(x))


CARE_SUBJECT = 8  # words before a verb of receiving its subject, a place of care, may stand in


def _received_by_care(w: Words, a: int, b: int, lx: Language) -> Measure | None:
    """The hurt a place of care took in: a verb of the table's ``receiving_verbs`` right before the number ("the
    district hospital had received 31 people", "Больница приняла 17 человек") or right after it at the end of its
    clause ("Hospital says 26 admitted"), with a noun of ``care_places`` before it in the clause, its subject; patients
    too, whatever made them ill ("the clinic admitted 300 patients with dengue": people taken into a hospital are the
    hurt, session 20). None when no such frame holds."""
    verbs = lx.words["receiving_verbs"]
    if not verbs or a == 0:
        return None
    if w.key[a - 1] in verbs:
        verb = a - 1
    elif b < len(w) and w.key[b] in verbs and (b + 1 == len(w) or w.is_punct(b + 1)):
        verb = b
    else:
        return None
    place = None
    for k in range(min(verb, a) - 1, max(-1, min(verb, a) - 1 - CARE_SUBJECT), -1):
        if (w.is_punct(k) and not _inside_number(w, k)) or _clause_word(w, k, lx) or (
                verb < b and lx.speech.match(w.key, k)):  # (the place that says it: "Hospital says 26 admitted")
            break
        if w.key[k] in lx.words["care_places"] and (k + 1 >= min(verb, a) or any(
                w.key[k + 1] in lx.words[name] for name in ("auxiliary_verbs", "skip_before_verb", "receiving_verbs"))
                or lx.speech.match(w.key, k + 1) or lx.predicate_form(w.text[k + 1])):
            place = k  # the head of the subject, right before its verb (not "the health minister admitted")
            break
    if place is None and verb < a:
        place = _care_place_saying(w, verb, lx)
    if place is None:
        return None
    return Measure("wounded", f"{w.text[place]} … {w.text[verb]}", 0, verb >= b, 1, (verb, verb + 1))


CARE_NAME = 3  # capitalised words of a place of care's own name after its noun ("больницу Новотроицка")
CARE_MODIFIERS = 3  # adjectives between the preposition and the noun of a place of care ("в областную детскую больницу")


def _brought_to_care(w: Words, a: int, b: int, lx: Language) -> Measure | None:
    """The hurt a clause brings to a place of care named before its verb: a preposition of ``place_prepositions``, up
    to ``CARE_MODIFIERS`` adjectives (and another place joined by a coordinator before them: "в Княжпогостскую ЦРБ и
    Ухтинскую городскую больницу"), a noun of ``care_places``, up to ``CARE_NAME`` capitalised words of its name,
    then a verb of the table's ``care_arrival_verbs`` right before the number, adverbs of ``skip_before_verb`` passed
    over ("В городскую больницу Новотроицка доставлены 15 человек", "в госпитали Севастополя поступили не менее 25",
    "в больницы уже доставили 12"). The order of a Russian clause whose topic is the place; the verb before the place
    is the cue phrases' own ("доставлены в больницу"). Not people of no measure at work there ("в больницу прибыли 20
    спасателей": no verb of the class either); not a place of no care ("в Москву доставлены 15").

    Parameters
    ----------
    w : Words
        The sentence's words.
    a, b : int
        The number's first word and the word after it.
    lx : Language
        The language's tables.

    Returns
    -------
    Measure | None
        Wounded, the cue from the preposition to the verb, or None when no such clause holds.
    """
    verbs = lx.words["care_arrival_verbs"]
    if not verbs or a < 3:
        return None
    verb = a - 1
    while verb > 0 and w.key[verb] in lx.words["skip_before_verb"] and not w.is_punct(verb):
        verb -= 1
    if w.key[verb] not in verbs:
        return None
    coordinators = lx.words["coordinators"]
    place = verb - 1
    while place > 0 and verb - 1 - place < CARE_NAME and not w.is_punct(place) and (
            w.is_capital(place) or (w.key[place] in coordinators and w.is_capital(place - 1))):
        place -= 1  # (the place's own name in the genitive: "больницу Новотроицка", "больницы Бердска и Искитима")
    if not _place_noun(w, place, lx.words["care_places"]):
        return None
    start = place - 1
    while start > 0 and place - 1 - start < CARE_MODIFIERS + CARE_NAME and w.text[start][:1].isalpha() \
            and w.key[start] not in lx.words["place_prepositions"] and (
                lx.modifier(w.text[start]) or w.key[start] in coordinators or w.text[start].isupper()
                or (w.is_capital(start) and lx.adjectival(w.text[start]))):
        start -= 1  # (places joined by "и", an initialism of one among them: "в Княжпогостскую ЦРБ и Ухтинскую
        # городскую больницу")
    if w.key[start] not in lx.words["place_prepositions"] or (b < len(w) and lx.not_measured.match(w.key, b)):
        return None  # (not rescuers or people at work there: "в больницу прибыли 20 спасателей")
    return Measure("wounded", " ".join(w.text[start:verb + 1]), a - verb, False, 1, (start, verb + 1))


SAYING_SUBJECT = 14  # words before a verb of saying its subject, a place of care with an appositive, may stand in


def _care_place_saying(w: Words, verb: int, lx: Language) -> int | None:
    """The place of care that says it took people in, when the verb of receiving has no subject of its own but a
    pronoun of it or none at all, right after the verb of saying ("Santa Maria Hospital, the country's largest, said
    it admitted 212 patients", "Больница сообщила, что приняла 40 человек", "лікарня повідомила, що прийняла"):
    the noun of ``care_places`` that heads the subject of that verb of saying, its appositive passed over. The index
    of that noun, or None (not "the minister said the hospital admitted": a subject of its own, read by the caller;
    not "the ministry said it admitted": no place of care)."""
    k = verb - 1
    passed = lx.words["pronouns"] | lx.words["first_person"] | lx.words["complementizers"] \
        | lx.words["auxiliary_verbs"] | lx.words["skip_before_verb"]
    while k >= 0 and (w.key[k] in passed or w.text[k] == "," or lx.conjunction(w.text[k])) and verb - k <= 4:
        k -= 1
    if k < 0 or lx.speech.match(w.key, k) is None:
        while k >= 1 and lx.speech.match(w.key, k) is None and w.key[k] in lx.words["skip_before_verb"]:
            k -= 1
        if k < 0 or lx.speech.match(w.key, k) is None:
            return None
    for x in range(k - 1, max(-1, k - 1 - SAYING_SUBJECT), -1):
        if _clause_word(w, x, lx) and w.text[x] != ",":
            return None
        if w.key[x] in lx.words["care_places"] and (w.text[x + 1] == "," or all(
                w.key[y] in lx.words["skip_before_verb"] for y in range(x + 1, k))):
            return x  # the head of the subject: right before the verb, or before its appositive ("Hospital, the
            # country's largest, said"); not a word of another head ("the health ministry", "hospital director")
    return None


#: Places where people stay that say what befell them: (the table's nouns of such places, the measure, its rank).
STAYING_PLACES = (("care_places", "wounded", 1), ("custody_places", "captured", 2), ("shelter_places", "displaced", 2),
                  ("trapped_places", "missing", 1), ("grave_places", "killed", 1))  # (people who lie in graves are dead)
STAYING_REACH = 8  # words between a verb of staying and the noun of its place
PLACE_RELATIVE_REACH = 5  # words between a place's noun and the comma before "where" that points back to it
FEW = 10  # the most a vague word of a few stands for ("several", "несколько": 2 to 10); a part of a whole named by it
# states no figure, one named by a vague word of tens or hundreds does ("Сотни из них укрываются в церквях")
TRAPPED_REACH = 4  # ... and a place where people are trapped, the verb's own complement ("remained in the flooded
# shaft", "갱도 안에 아직 광부 9명이 남아"; not "live in the town near the mine")


def _staying_in(w: Words, a: int, b: int, lx: Language) -> Measure | None:
    """The measure of people who stay in a place of care, of custody or of shelter, or under what trapped them (the
    table's ``staying_verbs`` and ``care_places``, ``custody_places``, ``shelter_places``, ``trapped_places``: "под
    завалами, по предварительным данным, могут находиться двое", an aside of attribution passed over): the verb right
    before the number (an adverb of time may
    stand between: "і надалі перебувають") with the place before it in the clause ("у в'язницях під контролем СДС
    перебувають понад 9 000", "в тимчасових укриттях у провінціях … перебувають близько 20 тис."), or the verb right
    after the people counted with the place after it ("12 people remain in the district hospital"). None otherwise
    (not "в Киеве находятся 300 журналистов": a place of no measure)."""
    verbs = lx.words["staying_verbs"]
    if not verbs:
        return None
    verb = a - 1
    while verb >= 0 and w.key[verb] in lx.words["skip_before_verb"] and not w.is_punct(verb):
        verb -= 1
    if lx.korean is not None and not (verb >= 0 and w.key[verb] in verbs) and a >= 2 \
            and w.key[a - 2] in verbs and w.tag[a - 2] == "ETM" and not w.tag[a - 1]:
        verb = a - 2  # "캠프에 머물던 자국민 540명": a clause on the people noun before the number says where they stayed
    if verb >= 2 and w.key[verb] in verbs and w.key[verb - 1] in lx.words["place_relatives"] and w.text[verb - 2] == ",":
        for k in range(verb - 3, max(-1, verb - 3 - PLACE_RELATIVE_REACH), -1):
            if w.is_punct(k) or _clause_word(w, k, lx):
                break  # "посетил центр временного содержания иностранных граждан, где находятся 27": the place the
            for places, metric, rank in STAYING_PLACES[:3]:  # relative of place points back to is where they stay
                if _place_noun(w, k, lx.words[places]):
                    return Measure(metric, " ".join(w.text[k:verb + 1]), a - verb - 1, False, rank, (verb, verb + 1))
    there = _existential(w, a, lx)
    if there is None and not (verb >= 0 and w.key[verb] in verbs) and (
            bare := _place_without_verb(w, a, b, lx) or _place_after_people(w, a, b, lx)):
        return bare
    if there is not None:
        verb = there  # "there are still thousands in Houthi jails", "there were 40 in shelters": the place after them
        span = range(b, min(len(w), b + STAYING_REACH))
    elif verb >= 0 and w.key[verb] in verbs:
        span = range(verb - 1, max(-1, verb - 1 - STAYING_REACH), -1)
    else:
        start = next((close + 1 for k in (b, b + 1) if k + 1 < len(w) and w.text[k] == ","
                      and w.key[k + 1] in lx.words["relative_pronouns"]
                      and (close := _relative_end(w, k + 2, lx)) is not None), b)  # ("около 400 человек, чьи дома
        # разрушены, разместили в палатках": a relative clause about the people counted, then their verb)
        verb = next((k for k in range(start, min(len(w), start + 7)) if w.key[k] in verbs), -1)
        if verb < 0 or any(w.is_punct(k) and not (w.text[k] == "," and k + 1 < len(w) and (
                w.key[k + 1] in lx.words["relative_pronouns"] or k + 1 == verb)) for k in range(start, verb)) \
                or verb - start > 3 + sum(w.text[k] == "," for k in range(b, verb)) \
                + _place_of_origin(w, b, verb, lx) + _of_phrase_length(w, b, verb, lx):
            return None  # (and "742 своїх громадян, які перебували в таборі", "граждан, находившихся в лагере": a
            # relative clause or a participle after the people counted says where they stayed)
        span = range(verb + 1, min(len(w), verb + 1 + STAYING_REACH))
        if lx.korean is not None:  # "교도소에는 아직 어민 180여명이 남아 있다": the place opens the clause, the verb ends it
            span = range(a - 1, max(-1, a - 1 - STAYING_REACH), -1)
    opened = _asides_closed_at(w, span, lx) if span.step < 0 else {}
    skipped, passed = -1, 0  # (the aside being passed over; how many words the asides passed over held)
    for k in span:
        if 0 <= skipped <= k:
            passed += 1
            continue  # (inside an aside of attribution between the place and the verb: "Под завалами, по данным МЧС,
            # могут находиться …")
        if k in opened:
            skipped, passed = opened[k], passed + 1
            continue
        if (w.is_punct(k) and not _inside_number(w, k)) or _clause_word(w, k, lx) or lx.speech.match(w.key, k) \
                or (w.text[k][:1].isdigit() and not (span.step > 0 and k + 2 < len(w) and any(
                    _place_noun(w, x, lx.words[places]) for x in (k + 1, k + 2) for places, _, _ in STAYING_PLACES))):
            return None  # (a number of places between the verb and their noun is no other figure: "were staying in 58
            # accommodation centres")
        if span.step > 0 and k > 0 and w.key[k] in lx.words["dwelling_nouns"] and w.text[k - 1].endswith(
                tuple(str(x) for x in lx.table.get("possessive_suffixes", ()))) and verb < k - 1 \
                and w.key[k - 1] in lx.words["host_nouns"]:
            return Measure("displaced", " ".join(w.text[verb:k + 1]), verb - b, True, 2, (verb, verb + 1))
            # "Twenty of us are sleeping in my cousin's house", "staying in relatives' homes": the home of a host
        for places, metric, rank in STAYING_PLACES:
            if _place_noun(w, k, lx.words[places]) and (places != "grave_places" or _in_grave(w, k, lx)) and (
                    places != "trapped_places" or abs(
                    k - span.start + span.step) - passed <= TRAPPED_REACH):  # (from the verb, or the number a Korean clause opens)
                first, last = sorted((k, verb))  # (the verb's place in the sentence is the cue's: what stands
                return Measure(metric, " ".join(w.text[first:last + 1]), abs(verb - a) if verb < a else verb - b,
                               verb > a, rank, (verb, verb + 1))  # between the place and it is inside the clause)
    return None


def _of_phrase_length(w: Words, b: int, verb: int, lx: Language) -> int:
    """The words of an "of" phrase that names what the people counted at word ``b`` were part or victims of, between
    their noun and the verb at ``verb`` ("more than 100,000 victims of the war still lie in unmarked graves": 3), at most
    three; 0 when the people's noun is not followed by "of" (``partitive_words``)."""
    if b + 2 >= min(verb, len(w)) or not lx.people.match(w.key, b) or w.key[b + 1] not in lx.words["partitive_words"]:
        return 0
    return min(3, sum(1 for k in range(b + 1, verb) if w.text[k][:1].isalpha()) - 1)


STATUS_VERB = 1  # words a verb of status may take between an aside's closing comma and the event after it


def _event_after_aside(w: Words, close: int, lx: Language) -> int | None:
    """The word after an aside's closing comma at ``close`` that opens a cue of an event (rank 1), right after it or
    after at most ``STATUS_VERB`` words of no punctuation ("…, скончался", "…, числятся пропавшими без вести"); None
    when there is none."""
    for k in range(close + 1, min(len(w), close + 2 + STATUS_VERB)):
        if w.is_punct(k):
            return None
        m = lx.measures.match(w.key, k)
        if m is not None and m[1][1] == 1:  # type: ignore[index]
            return k
    return None


def _place_without_verb(w: Words, a: int, b: int, lx: Language) -> Measure | None:
    """The measure of people a clause with no verb puts in a place of care, custody or shelter: a preposition of the
    table's ``place_prepositions`` opens the clause, the place's noun stands right before the number, and the people's
    noun after it ends the clause ("у лікарні 23 дитини - ОВА", "в больнице трое детей": a headline's or a list's
    ellipsis of the verb of staying; up to two adjectives of the place: "у міській лікарні 12 постраждалих"; an adverb
    of time of ``skip_before_verb`` between the place and the number: "в больницах уже 27 человек"). Not
    Korean (its verb ends the clause); not "у лікарні 300 ліжок" (no people), nor personnel at work there ("у лікарні
    40 медиків")."""
    if lx.korean is not None or a < 2:
        return None
    noun = a - 1
    while noun > 1 and a - noun <= 2 and w.key[noun] in lx.words["skip_before_verb"] and not w.is_punct(noun) \
            and w.key[noun] not in lx.words["place_prepositions"]:
        noun -= 1  # (an adverb of time between the place and the number: "в больницах уже 27 человек")
    k = noun - 1
    while k > 0 and noun - 1 - k < 2 and w.text[k][:1].islower() and lx.adjectival(w.text[k]) \
            and w.key[k] not in lx.words["place_prepositions"]:
        k -= 1
    if w.key[k] not in lx.words["place_prepositions"] or (k > 0 and not w.is_punct(k - 1)):
        return None
    people = lx.people.match(w.key, b) if b < len(w) else None
    end = b + people[0] if people else -1
    if people is None or not (end >= len(w) or (w.is_punct(end) and w.text[end] not in "(")) \
            or _personnel(w, b, [], lx):
        return None
    for places, metric, rank in STAYING_PLACES:
        if places != "trapped_places" and _place_noun(w, noun, lx.words[places]):
            return Measure(metric, " ".join(w.text[k:noun + 1]), a - noun, False, rank, (k, noun + 1))
    return None


def _place_of_origin(w: Words, b: int, verb: int, lx: Language) -> int:
    """How many words a phrase of where the people counted come from takes between their noun and a verb of staying
    ("About 200 people from our village are sleeping in the church"): the words from a motion preposition of the
    table's ``motion_prepositions`` ("from") after the people's noun up to the verb, when none of them is a cue of a
    measure, or a partitive with an object pronoun ("Twenty of us are sleeping"); 0 when there is no such phrase."""
    if b + 1 < verb and w.key[b] in lx.words["partitive_words"] and w.key[b + 1] in lx.words["object_pronouns"]:
        return 2  # "Twenty of us are sleeping in …": the people counted are part of the speaker's own
    people = lx.people.match(w.key, b) if b < len(w) else None
    k = b + (people[0] if people else 0)
    if not people or k >= verb or w.key[k] not in lx.words["motion_prepositions"]:
        return 0
    if any(lx.measures.match(w.key, x) for x in range(k, verb)):
        return 0
    return min(3, verb - k)


def _place_phrase_end(w: Words, b: int, lx: Language) -> int | None:
    """English: where the main verb's auxiliary stands after the people counted at ``b`` and a phrase of where they
    live or come from ("residents of the villages on the southern slopes had fled", "workers from the mines in the
    north were"): a preposition of the table's ``partitive_words``, ``motion_prepositions`` or ``place_prepositions``
    right after the people's noun, then up to 12 words with no mark, number, cue, clause word nor verb of saying
    before one of ``auxiliary_verbs``; else None."""
    if lx.table["morphology"] != "none" or lx.korean is not None or b >= len(w):
        return None
    people = lx.people.match(w.key, b)
    k = b + people[0] if people else b
    if not people or k >= len(w) or w.key[k] not in (lx.words["partitive_words"] | lx.words["motion_prepositions"]
                                                     | lx.words["place_prepositions"]):
        return None
    for x in range(k + 1, min(len(w), k + 13)):
        if w.key[x] in lx.words["auxiliary_verbs"]:
            return x if x > k + 1 else None
        if w.is_punct(x) or w.text[x][:1].isdigit() or lx.measures.match(w.key, x) is not None \
                or _clause_word(w, x, lx) or lx.speech.match(w.key, x) is not None:
            return None
    return None


def _place_after_people(w: Words, a: int, b: int, lx: Language) -> Measure | None:
    """The measure of people a clause with no verb puts in a place of care, custody or shelter after them: the number
    opens its clause, the people's noun follows it (their own adjectives and owners may stand before it), then a
    preposition of ``place_prepositions`` and the place's noun (up to two adjectives between), and the clause ends
    there ("Двоє наших журналістів у лікарні, …", "Трое корреспондентов в СИЗО - правозащитники": a post's or a
    headline's ellipsis of the verb of staying); the number may have no noun, its people named in the clause before
    ("погиб один человек, еще трое в больнице"). Not Korean (its verb ends the clause); not "двоє журналістів у лікарні
    отримали допомогу" (a verb of its own after the place), nor a number with a verb before it in its clause.

    Parameters
    ----------
    w : Words
        The sentence's words.
    a, b : int
        The number's first word and the word after it.
    lx : Language
        The language's tables.

    Returns
    -------
    Measure | None
        The place's measure (care: wounded; custody: captured; shelter: displaced), else None.
    """
    if lx.korean is not None or lx.table["morphology"] != "pymorphy3":
        return None  # (English says "are in hospital"; its verb of staying finds the place)
    start = a - 1
    while start >= 0 and w.key[start] in lx.words["skip_before_verb"] and not w.is_punct(start):
        start -= 1
    if start >= 0 and not w.is_punct(start):
        return None
    owners = lx.words["reflexive_possessives"] | lx.words["first_person"] | lx.words["pronouns"]
    k = b
    while k < min(len(w), b + 2) and (w.key[k] in owners or lx.modifier(w.text[k])) and not lx.people.match(w.key, k):
        k += 1
    people = lx.people.match(w.key, k) if k < len(w) else None
    bare = people is None and k == b < len(w) and w.key[b] in lx.words["place_prepositions"]  # ("еще трое в
    # больнице": a number with no noun, the people of the clause before)
    if people is None and not bare and not (k < len(w) and lx.animate(w.text[k])):
        return None
    k += people[0] if people else 0 if bare else 1
    if k >= len(w) or w.key[k] not in lx.words["place_prepositions"] \
            or any(w.key[x] in lx.words["personnel_nouns"] for x in range(b, k)):
        return None  # (not personnel at work there: "40 медиків у лікарні"; journalists or correspondents are patients
        # there, "Пятеро (наших) корреспондентов в больнице")
    place = k + 1
    while place < min(len(w), k + 3) and lx.modifier(w.text[place]):
        place += 1
    if place >= len(w) or not (place + 1 >= len(w) or (w.is_punct(place + 1) and w.text[place + 1] != "(")):
        return None
    for places, metric, rank in STAYING_PLACES:
        if places != "trapped_places" and _place_noun(w, place, lx.words[places]):
            return Measure(metric, " ".join(w.text[k:place + 1]), place - b, True, rank, (k, place + 1))
    return None


def _people_from(w: Words, b: int, i: int, lx: Language) -> bool:
    """Do words[b:i] name the people counted and where they come from, the phrase of origin ending right at word ``i``
    ("six tourists from Sialkot", "40 workers from the same village")? See ``_place_of_origin``."""
    people = lx.people.match(w.key, b) if b < len(w) else None
    origin = _place_of_origin(w, b, i, lx) if people else 0
    return bool(origin) and b + people[0] + origin == i  # type: ignore[index]


def _in_grave(w: Words, k: int, lx: Language) -> bool:
    """Is the noun of a grave at ``k`` governed by a preposition of the table's ``burial_prepositions`` (past at most
    two adjectives: "lie in unmarked graves", "у братських могилах лежать"), so the people are in it, not by it
    ("remained near the mass grave", "біля могили залишалися")? Korean, whose particles say where, needs none."""
    if lx.korean is not None:
        return True
    for j in range(k - 1, max(-1, k - 4), -1):
        if w.key[j] in lx.words["burial_prepositions"]:
            return True
        if w.is_punct(j) or w.key[j] in lx.words["place_prepositions"] or lx.preposition(w.text[j]):
            return False
    return False


def _place_noun(w: Words, k: int, places: frozenset[str]) -> bool:
    """Whether the word at ``k`` ends a noun of a place in ``places``: one noun ("в'язниця") or a noun with the noun
    it governs ("центр утримання", "центр содержания": a detention centre; not "на утриманні держави", a dependant's
    keep, which no head noun of a place governs)."""
    return w.key[k] in places or (k > 0 and f"{w.key[k - 1]} {w.key[k]}" in places)


def _asides_closed_at(w: Words, span: range, lx: Language) -> dict[int, int]:
    """Each comma in ``span`` (read backwards) that closes an aside of attribution ("…, по предварительным данным,
    …", "…, як повідомили в ДСНС, …"), with the comma that opens it: a reader passes over such an aside to find the
    verb's place before it."""
    found = {}
    for k in span:
        if w.text[k] == ",":
            opening = next((i for i in range(k - 2, max(-1, k - 16), -1) if w.text[i] == ","), None)
            if opening is not None and _aside(w, opening, lx) == k:
                found[k] = opening
    return found


def _existential(w: Words, a: int, lx: Language) -> int | None:
    """The copula of an existential clause right before the number at ``a`` ("there are still thousands in …": the
    table's ``existential_words``, an auxiliary, at most two adverbs in small letters), or None."""
    if not lx.words["existential_words"]:
        return None
    v = a - 1
    while v >= 1 and a - v <= 3 and w.key[v] not in lx.words["auxiliary_verbs"] and w.text[v].isalpha() \
            and w.text[v].islower():
        v -= 1
    if v >= 1 and w.key[v] in lx.words["auxiliary_verbs"] and w.key[v - 1] in lx.words["existential_words"]:
        return v
    return None


FRAME_REACH = 8  # words after the number the verb and the preposition of a frame may stand in
#: Frames of a verb, the people counted and a preposition that say what befell them: (metric, the table's verbs, its
#: prepositions, the nouns one of which must follow the preposition within three words, or "" for none, and whether
#: the verb may stand after the people, a passive: "were moved out of their homes"; not "12 residents took their
#: children with them", whose subject the people are), and the rank of the measure (an event outranks a status: "five
#: others were taken by ambulance to the county hospital" are the hurt, not people taken).
FRAMES = (("displaced", "removal_verbs", "removal_prepositions", "dwelling_nouns", True, 2),
          ("captured", "taking_verbs", "companion_words", "", False, 2),
          ("wounded", "removal_verbs", "care_prepositions", "care_places", True, 1),
          ("displaced", "leaving_verbs", "leaving_determiners", "dwelling_nouns", True, 2),
          ("displaced", "driving_verbs", "driving_prepositions", "refuge_nouns", True, 2))  # ("has driven more than
# 50,000 people across the border into Mauritania", "driven 150,000 people into the camps": people driven from where they
# live, over a border or into camps)
FRAME_NOUN = 5  # words after a frame's preposition its noun may stand in ("to St. Thomas More Hospital")


def _framed(w: Words, a: int, b: int, lx: Language) -> tuple[str, tuple[int, int], int] | None:
    """The measure of the people counted at words[a:b] by a frame of ``FRAMES``, and where its preposition's phrase
    stands: a verb right before the number or after it in its clause, then a preposition, and the noun it needs.
    "moved 2,300 residents out of their homes", "took 600 people out of the flooded district", "500 families were
    moved away from the riverbank villages" are displaced (``removal_verbs``, ``removal_prepositions``,
    ``dwelling_nouns``; not "pulled 20 people out of the rubble": a rescue, not a move); "had taken around 15 young
    people with them" are captured (``taking_verbs``, ``companion_words``); "five others were taken by ambulance to St.
    Thomas More Hospital" are wounded (``removal_verbs``, ``care_prepositions``, ``care_places``); "2,000 residents had
    abandoned the area" are displaced (``leaving_verbs``, ``leaving_determiners``, ``dwelling_nouns``). Returns the metric,
    the preposition's phrase and the measure's rank, or None."""
    if lx.korean is not None:
        return None
    before = a - 1 if a > 0 and w.text[a - 1] not in _OPEN_QUOTES else a - 2  # ('had taken "around 15 …')
    verbs_of_frames = _frame_verbs(lx)
    if (before < 0 or w.key[before] not in verbs_of_frames) and verbs_of_frames.isdisjoint(w.key[b:b + FRAME_REACH]):
        return None  # no frame's verb before the number nor in its clause (which ``_frame_clause`` reads within
        # FRAME_REACH words after it): no frame
    abbreviations = lx.words["sentence_abbreviations"]
    clause: list[int] | None = None  # the words after the number a frame's verb and preposition may stand in
    for metric, verbs_key, prepositions_key, nouns_key, passive, rank in FRAMES:
        verbs, prepositions = lx.words[verbs_key], lx.words[prepositions_key + "_phrases"]
        if not verbs:
            continue
        verb = before >= 0 and w.key[before] in verbs
        driving = verbs_key == "driving_verbs"
        if metric == "displaced" and _drives_off_fighters(w, b, lx):
            continue  # "drove 40 militants out of the village": a force's foes driven off lose no home
        if clause is None:
            clause = _frame_clause(w, b, lx)
        for k in clause:
            verb = verb or (passive and w.key[k] in verbs and (not driving or w.key[k].endswith(_PARTICIPLE_ENDS)))
            # (after the people only a passive participle of driving: "were driven across"; not "the security forces")
            if not verb:
                continue
            size = next((n for n in (3, 2, 1) if " ".join(w.key[k:k + n]) in prepositions), 0)
            if size:
                if not nouns_key:
                    return metric, (k, k + size), rank
                nouns = lx.words.get(nouns_key + "_phrases") or lx.words[nouns_key]  # (care_places are phrases)
                noun = next((x for x in range(k + size, min(len(w), k + size + FRAME_NOUN)) if (
                    w.is_punct(x) and not (w.text[x] == "." and w.key[x - 1] in abbreviations))  # ("St. Thomas")
                             or any(x + n <= len(w) and " ".join(w.key[x:x + n]) in nouns for n in (1, 2, 3))), None)
                if noun is not None and not w.is_punct(noun):
                    span = next(n for n in (3, 2, 1) if noun + n <= len(w) and " ".join(w.key[noun:noun + n]) in nouns)
                    return metric, (k, noun + span), rank  # (a noun of two words: "flown to the burn unit")
                break
    return None


_PARTICIPLE_ENDS = ("ed", "en")  # English passive participles of the verbs of driving ("driven", "forced", "chased")


def _drives_off_fighters(w: Words, b: int, lx: Language) -> bool:
    """Are the people counted before word ``b`` fighters: a noun of ``combatant_nouns`` or a cue of a deployment
    within the two words after the number ("drove 40 militants out of the village", "pushed 300 enemy troops across
    the river")? Foes driven off are no displaced people.

    Parameters
    ----------
    w : Words
        The sentence's words.
    b : int
        The index of the first word after the number.
    lx : Language
        The language's tables.

    Returns
    -------
    bool
        True when a noun of fighters names the people counted.
    """
    for k in range(b, min(b + 3, len(w))):
        if w.is_punct(k):
            return False
        cue = lx.measures.match(w.key, k)
        if w.key[k] in lx.words["combatant_nouns"] or (cue is not None and cue[1][0] == "deployed"):  # type: ignore[index]
            return True
        if lx.people.match(w.key, k):
            return False  # ("300 residents": people of no force)
    return False


_FRAME_VERBS: dict[int, tuple[Language, frozenset[str]]] = {}


def _frame_verbs(lx: Language) -> frozenset[str]:
    """The verbs of every frame of ``FRAMES`` (made once per language): a number with none of them right before it
    nor within ``FRAME_REACH`` words after it has no frame."""
    found = _FRAME_VERBS.get(id(lx))
    if found is None or found[0] is not lx:
        found = _FRAME_VERBS[id(lx)] = (lx, frozenset().union(*(lx.words[verbs] for _, verbs, *_ in FRAMES)))
    return found[1]


def _frame_clause(w: Words, b: int, lx: Language) -> list[int]:
    """The words from ``b`` on, within ``FRAME_REACH``, that :func:`_framed` reads for a frame's verb and preposition,
    in order: up to the clause's end (a punctuation mark not inside a number, a clause word, a figure), past quotation
    marks and a short aside about the people ("15 young people, mostly girls,"). The same for every frame."""
    clause = []
    k = b
    reach = min(len(w), b + FRAME_REACH)
    while k < reach:
        if w.text[k] in _OPEN_QUOTES or w.text[k] in _CLOSE_QUOTES:
            k += 1  # 'had taken "around 15 young people, mostly girls" with them': a quotation goes on
            continue
        if w.text[k] == "," and (close := next((x for x in range(k + 1, min(len(w), k + 5))
                                                if w.is_punct(x)), None)) is not None \
                and (w.text[close] == "," or w.text[close] in _CLOSE_QUOTES) \
                and all(w.text[x][:1].isalpha() and w.text[x].islower() for x in range(k + 1, close)):
            k = close + 1  # an aside about the people ("15 young people, mostly girls,")
            continue
        if (w.is_punct(k) and not _inside_number(w, k)) or _clause_word(w, k, lx) or w.text[k][:1].isdigit() \
                or (k > b and whole_number(w.key[k], lx) is not None):
            break  # (a number in words opens the next count's clause: "four were released and two had been flown to")
        clause.append(k)
        k += 1
    return clause


LEAVING_REACH = 4  # words between the people counted and a verb of leaving home
HOME_REACH = 6  # words between a verb of leaving and the home it leaves, either side


def _left_home(w: Words, a: int, b: int, lo: int, hi: int, lx: Language) -> Measure | None:
    """Displaced, when the number at words[a:b] counts people who left their homes: a verb of the table's
    ``leaving_verbs`` (any aspect or form: "покинули", "уйти", "бежавших") within ``LEAVING_REACH`` words of the
    number, and a noun of ``dwelling_nouns`` within ``HOME_REACH`` words of the verb, all in the number's clause, in any
    order ("свои дома в департаменте Колон покинули 740 человек", "вынудили 41 тысячу уйти из своих домов", "1 500
    жителей ушли в соседний город"; not "ушли из жизни": no home; nor a verb of leaving negated; nor people of no
    measure or of a deployment, "выехали 40 спасателей в район"). Else None."""
    verbs, homes = lx.words["leaving_verbs"], lx.words["dwelling_nouns"]
    if not verbs or not homes or lx.korean is not None:
        return None
    if verbs.isdisjoint(w.key[max(0, a - LEAVING_REACH):b + 2 * LEAVING_REACH]):
        return None  # no verb of leaving within reach of the number: none would be read below
    if b < len(w) and (lx.not_measured.match(w.key, b) or ((m := lx.measures.match(w.key, b)) and m[1][1] >= 3)):
        return None  # "в район бедствия выехали 40 спасателей", "300 военных ушли в город": people sent, not displaced
    first = a  # the clause, between the neighbouring numbers ``lo`` and ``hi``
    while first > lo and a - first < LEAVING_REACH + HOME_REACH and not (
            w.is_punct(first - 1) and not _inside_number(w, first - 1)) and not _clause_word(w, first - 1, lx):
        first -= 1
    last = b
    described = -1  # a participle of leaving after a comma that describes the people counted
    while last < min(hi, len(w)) and last - b < LEAVING_REACH + HOME_REACH and not (
            w.is_punct(last) and not _inside_number(w, last)) and not _clause_word(w, last, lx):
        last += 1
    if last + 1 < min(hi, len(w)) and w.text[last] == "," and last - b <= LEAVING_REACH \
            and _describes_people(w, b, last + 1, lx) and w.key[last + 1] in verbs:
        described, last = last + 1, last + 1  # "1,6 тыс. иностранцев из 30 стран, покинувших Иран"
        while last < min(hi, len(w)) and last - described < HOME_REACH + 1 and not w.is_punct(last) \
                and not _clause_word(w, last, lx):
            last += 1
        if last < len(w) and w.text[last] == ",":
            return None  # "30 сотрудников, покинувших Киев, погибли": the verb after the phrase says what befell them
    lo, hi = first, last
    for v in sorted(range(lo, hi), key=lambda x: min(abs(x - a), abs(x - b + 1))):
        if a <= v < b or w.key[v] not in verbs or _negated(w, v, lx):
            continue
        if (a - v if v < a else v - b + 1) > LEAVING_REACH and v != described:
            if described < 0:
                break
            continue
        home = next((d for d in range(max(lo, v - HOME_REACH) if v != described else v + 1, min(hi, v + HOME_REACH + 1))
                     if (w.key[d] in homes or _named_place(w, d, lx)) and not a <= d < b and _place_left(w, d, lx)),
                    None)
        if home is None and v != described:
            home = _forced_to_leave(w, v, lo, lx)  # "были вынуждены уехать около 1 200 человек": people made to leave
            # are displaced whatever place the clause names (or none)
        if home is not None:
            first, last = min(v, home), max(v, home) + 1
            after = v >= b
            return Measure("displaced", " ".join(w.text[first:last]), (v - b) if after else a - v - 1, after, 2,
                           (first, last))
    return None


RESCUE_REACH = 3  # words between a verb of rescue and the number of the people it rescued, or the cue it reads
RESCUE_PLACE_REACH = 8  # more words after the number to the place of custody people were rescued from


def _freed_captives(w: Words, a: int, b: int, lo: int, hi: int, found: list[Measure], lx: Language) -> Measure | None:
    """Captured, when the number at words[a:b], blocked as people rescued (a verb of the table's ``rescue_verbs`` in
    its clause, which alone counts people in no measure), counts people its clause names as held: a cue of
    ``captured`` among the cues ``found`` around it, on the people's own phrase before the number ("감금된 채 일하던
    피해자 38명을 구조했다", "захоплених бойовиками 12 заручників врятували"), after the verb of rescue ("rescued from
    captivity") or in a relative clause on the people ("rescued 38 victims who had been held captive"). People freed
    from captivity are captives freed, as released prisoners are; people rescued from a flood, a fire or a mine are
    still no claim. A cue across a coordinator is another clause's ("rescued 30 and arrested 12 smugglers"), and a
    cue of a worse rank (the dead, the hurt) leaves the decision to the measure. Else None."""
    rescue = lx.words["rescue_verbs"]
    if not rescue or any(m.rank < 2 for m in found):
        return None
    start, end = max(lo, a - RESCUE_REACH), min(hi, len(w), b + AFTER)
    verbs = [k for k in range(start, end) if w.key[k] in rescue and not (a <= k < b)]
    if not verbs:
        return None
    coordinators = lx.words["coordinators"]
    for m in sorted(found, key=lambda m: m.distance):
        if m.metric != "captured":
            continue
        first, last = m.words
        between = range(last, a) if last <= a else range(b, first)
        if any(w.key[x] in coordinators for x in between) or w.key[first] in rescue:
            continue
        return Measure("captured", m.cue, m.distance, m.after, m.rank, m.words)
    return _rescued_from_custody(w, a, b, lo, hi, lx)


def _rescued_from_custody(w: Words, a: int, b: int, lo: int, hi: int, lx: Language) -> Measure | None:
    """Captured, when the number at words[a:b] counts people a verb of the table's ``rescue_verbs`` rescued from a
    place of ``custody_places`` in its clause: before the number in Korean ("범죄단지에서 구출된 우리 국민 11명"), after
    it behind a preposition of origin in English ("rescued by the police from an online scam compound"). People
    rescued from where they were held are captives freed; people rescued from a flood or a school stay out. A
    coordinator or a mark between the place and the number makes it another clause's ("rescued 30 and raided the
    compound"). Else None.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "rescued 47 Indians from cyber scam centres"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _rescued_from_custody(w, 1, 2, 0, len(w), lx).cue
    'centres'
    >>> s = "rescued 47 people from the flooded school"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _rescued_from_custody(w, 1, 2, 0, len(w), lx) is None
    True
    """
    rescue, custody = lx.words["rescue_verbs"], lx.words["custody_places"]
    if not rescue or not custody:
        return None
    before = RESCUE_REACH + (RESCUE_PLACE_REACH if lx.korean is not None else 3)  # (Korean modifiers before the
    # noun chain clauses: "범죄단지에서 구출되어 태국 매솟 소재 이민국 보호시설에 머물러 온 우리 국민 11명")
    first, last = max(lo, a - before), min(hi, len(w), b + AFTER + RESCUE_PLACE_REACH)
    if not any(w.key[k] in rescue for k in range(first, last) if not a <= k < b):
        return None
    coordinators, origin = lx.words["coordinators"], lx.words["origin_prepositions"]
    for k in sorted(range(first, last), key=lambda k: abs(k - a)):
        if a <= k < b or not _place_noun(w, k, custody):
            continue
        between = range(k + 1, a) if k < a else range(b, k)
        if any(w.key[x] in coordinators or w.is_punct(x) for x in between):
            continue
        if k >= b and origin and not any(w.key[x] in origin for x in range(max(b, k - 4), k)):
            continue  # (after the number, the place the people were rescued from, not one they were taken to)
        return Measure("captured", w.text[k], abs(k - a) if k < a else k - b, k >= b, 2, (k, k + 1))
    return None


RETURN_REACH = 4  # words between a verb of coming back and the number of the people who came back


def _returned_in_exchange(w: Words, a: int, lo: int, lx: Language) -> Measure | None:
    """Captured, when the number at word ``a`` counts people who came back (a verb of the table's ``returning_verbs``
    within ``RETURN_REACH`` words before it, in its clause) in an exchange of prisoners (a noun of ``exchange_nouns``
    before the verb in the sentence): "у межах обміну в Україну повернулися 205 військовослужбовців", "в результате
    обмена в Россию вернулись 115 военных" are prisoners freed, not troops deployed nor people displaced (not "після
    ротації повернулися 200 військових": no exchange). Else None."""
    exchange = lx.words["exchange_nouns"]
    if not exchange or lx.korean is not None:
        return None
    for v in range(a - 1, max(lo, a - 1 - RETURN_REACH), -1):
        if w.is_punct(v) or _clause_word(w, v, lx):
            return None
        if w.key[v] in lx.words["returning_verbs"]:
            if exchange.isdisjoint(w.key[:v]) or _negated(w, v, lx):
                return None
            return Measure("captured", w.text[v], a - v - 1, False, 2, (v, v + 1))
    return None


FORCING_REACH = 2  # words between a word of compelling and the verb of leaving it governs ("были вынуждены уехать")


def _forced_to_leave(w: Words, v: int, lo: int, lx: Language) -> int | None:
    """Where a word of compelling (the table's ``forcing_words``: "вынуждены", "змушені", "заставили") governs the verb
    of leaving at ``v`` from at most ``FORCING_REACH`` words before it, not past the clause's start ``lo``: people
    forced to leave ("были вынуждены уехать", "змушені були виїхати") are displaced even when their clause names no
    home. None when no such word stands there, or when it is negated ("не были вынуждены уезжать")."""
    forcing = lx.words["forcing_words"]
    for k in range(v - 1, max(lo, v - 1 - FORCING_REACH) - 1, -1):
        if w.key[k] in forcing:
            return None if _negated(w, k, lx) else k
        if w.is_punct(k):
            return None
    return None


def _place_left(w: Words, d: int, lx: Language) -> bool:
    """May the place at word ``d`` be one a verb of leaving acts on ("громаду залишили", "втекли з міста"), not an
    attribute of a noun of people right before it ("залишили без світла 300 мешканців міста": they stay where they
    live)?"""
    return d == 0 or lx.people.match(w.key, d - 1) is None


def _predicate_after_participle(w: Words, k: int, lx: Language) -> int | None:
    """Where the predicate of the people counted opens past a participle's phrase about them set off by commas ("…,
    выехавших на Украину с 2022 года, числятся пропавшими без вести"): the word after the closing comma, when a cue of
    an event (rank 1) stands within three words of it and the phrase holds no other cue, clause word or number; else
    None. (pymorphy3)"""
    close = next((x for x in range(k + 1, min(len(w), k + 10)) if w.is_punct(x)), None)
    if close is None or w.text[close] != "," or any(
            (w.text[x][:1].isdigit() and not (len(w.text[x]) == 4 and w.text[x].isdigit()))  # (a year may stand in it)
            or _clause_word(w, x, lx) or lx.measures.match(w.key, x) is not None for x in range(k + 1, close)):
        return None
    if any((m := lx.measures.match(w.key, x)) is not None and m[1][1] == 1  # type: ignore[index]
           for x in range(close + 1, min(len(w), close + 4))) and lx.predicate_form(w.text[close + 1]):
        return close + 1
    return None


def _person_noun(w: Words, k: int, lx: Language) -> bool:
    """Is word ``k`` a noun of people: one of the table's, or a common noun pymorphy3 reads as animate ("иностранцев",
    "паломников", "одноклассников")?"""
    return lx.people.match(w.key, k) is not None or (
        w.text[k][:1].islower() and lx.common_noun(w.text[k]) and lx.animate(w.text[k]))


def _describes_people(w: Words, b: int, k: int, lx: Language) -> bool:
    """Is word ``k`` a participle that agrees in case and number with the noun of people right after the number
    ("иностранцев …, покинувших Иран", "жителей, бежавших из села"): a phrase about the people counted? (pymorphy3)"""
    if lx.table["morphology"] != "pymorphy3" or b >= len(w) or not _person_noun(w, b, lx) \
            or not w.text[k][:1].islower() or not lx.adjectival(w.text[k]):
        return False
    return bool({r[:2] for r in lx.agreement(w.text[b])} & {r[:2] for r in lx.agreement(w.text[k])})


def _named_place(w: Words, d: int, lx: Language) -> bool:
    """Is word ``d`` a place named by its own name that people may leave ("Карабах покинули более 100 тысяч", "бежали
    из Судана", "выехали из Мариуполя"): a country, or a capitalised word that is no common word at the sentence's
    start, no acronym and no body or role (Russian and Ukrainian, whose dictionary reads the case: not English, where
    "left 12 dead in Kabul" leaves no one)?"""
    if lx.table["morphology"] != "pymorphy3" or not w.text[d][:1].isupper() or acronym(w.text[d]):
        return False
    if country_at(w, d, lx):
        return True
    return not (d == 0 and lx.common(w.text[d])) and w.key[d] not in lx.roles and not lx.animate(w.text[d]) \
        and lx.people.match(w.key, d) is None


LEVEL_SUBJECT = 6  # words from a clause's start a subject's measure noun may stand in ("The death toll")


def _level_subject(w: Words, a: int, lx: Language) -> Measure | None:
    """The measure of the subject of a verb of level ("rose to", "reached", "stood at": the table's ``level_verbs``)
    right before the number at word ``a``: a measure cue of an event or a status among the first ``LEVEL_SUBJECT``
    words of the clause, which starts after the last mark before the verb ("The death toll from the torrential rains
    that battered the region on Tuesday rose to 11"); else None."""
    phrases = lx.words["level_verbs_phrases"]
    if not phrases:
        return None
    verb = next((a - n for n in (3, 2, 1) if a - n >= 0 and " ".join(w.key[a - n:a]) in phrases), None)
    if verb is None:
        return None
    start = verb
    while start > 0 and (not w.is_punct(start - 1) or _inside_number(w, start - 1)):
        start -= 1  # (past a decimal comma: "снизилось на 1,8% и составило")
    while 0 < start < verb and w.key[start] in lx.words["coordinators"] and any(
            lx.predicate_form(w.text[k]) for k in range(start - 1, max(-1, start - LEVEL_SUBJECT), -1)):
        start -= 1  # "Число погибших … снизилось на 1,8% и составило 14 514": the verb's subject is the one of the
        # predicate before the coordinator, which opens that clause
        while start > 0 and (not w.is_punct(start - 1) or w.text[start - 1] in "%‰" or _inside_number(w, start - 1)):
            start -= 1
    if start > 1 and w.text[start - 1] == ",":  # "Кількість загиблих унаслідок повені, яка накрила північ, зросла до
        opened = next((k for k in range(start - 2, max(-1, start - 2 - RELATIVE_REACH * 2), -1)  # 14": a relative
                       if w.text[k] == "," and k + 1 < start and w.key[k + 1] in lx.words["relative_pronouns"]), None)
        if opened is not None and not any(w.is_punct(x) and w.text[x] != "," for x in range(opened, start)):
            start = opened  # clause about the event ends no subject: it opens before it
            while start > 0 and (not w.is_punct(start - 1) or _inside_number(w, start - 1)):
                start -= 1  # (past a decimal comma: "магнітудою 6,1, який …")
    if lx.korean is None and start >= 2 and w.text[start - 1] == "," and w.key[start] in lx.words["relative_pronouns"] \
            and all(w.key[k] in lx.words["skip_before_verb"] or k == start for k in range(start, verb)):
        antecedent = start - 1  # "the death toll, which stood at 112 on Sunday, …": the relative pronoun stands for
        while antecedent > 0 and start - 1 - antecedent < LEVEL_SUBJECT and not w.is_punct(antecedent - 1):
            antecedent -= 1  # the noun phrase before its comma, the subject of the verb of level
        for k in range(start - 2, antecedent - 1, -1):  # the cue nearest the comma is the antecedent's head
            m = lx.measures.match(w.key, k) if w.key[k] in lx.measures.firsts else None
            if m is not None and m[1][1] <= 2 and k + m[0] <= start - 1 and lx.speech.match(w.key, k) is None \
                    and w.key[k + m[0] - 1] not in lx.words["not_people_after"] \
                    and not any(lx.speech.match(w.key, x) is not None for x in range(k + m[0], start - 1)):  # type: ignore[index]
                metric, rank = m[1]  # type: ignore[misc]
                return Measure(metric, " ".join(w.text[k:k + m[0]]), a - k - m[0], False, rank, (k, k + m[0]))
    for k in range(start, min(verb, start + LEVEL_SUBJECT)):
        m = lx.measures.match(w.key, k) if w.key[k] in lx.measures.firsts else None
        if m is not None and m[1][1] <= 2 and k + m[0] <= verb:  # type: ignore[index]
            if k + m[0] < verb and describes_thing(w, k + m[0], lx, k):
                return None  # "Число пострадавших от паводка районов выросло до 12": the cue describes districts
            metric, rank = m[1]  # type: ignore[misc]
            return Measure(metric, " ".join(w.text[k:k + m[0]]), a - k - m[0], False, rank, (k, k + m[0]))
    return None


RESUMED_REACH = 16  # words between a number opening its clause and a pronoun taking its people up after a comma


def _resumed_clause(w: Words, a: int, b: int, hi: int, lx: Language) -> Measure | None:
    """The measure of the clause a pronoun of the table's ``resuming_pronouns`` opens after a comma (after a
    coordinator, as the table's phrase has it) when the number at words[a:b] opens the clause before, as its subject:
    no verb between the clause's start and the number, no other mark or clause word between the number and that comma
    ("Двоє лижників змогли самостійно вибратися з-під снігу, вони отримали травми": they were hurt). The cue is an
    event or a status within ``AFTER`` words of the pronoun, before the clause's next mark; else None."""
    pronouns = lx.words["resuming_pronouns_phrases"]
    if not pronouns:
        return None
    start = a
    while start > 0 and not w.is_punct(start - 1):
        start -= 1
    if any(lx.predicate_form(w.text[k]) for k in range(start, a)):
        return None  # the number is the object of a verb before it: a pronoun after it may take up its subject
    comma = next((k for k in range(b, min(hi, len(w), b + RESUMED_REACH)) if w.is_punct(k)), None)
    if comma is None or w.text[comma] != "," or any(_clause_word(w, k, lx) for k in range(b, comma)):
        return None
    k = next((comma + 1 + n for n in (1, 2) if " ".join(w.key[comma + 1:comma + 1 + n]) in pronouns), None)
    if k is None:
        return None  # (the table's phrases hold the coordinators that may open the clause: "але вони", "и они")
    for j in range(k, min(len(w), k + AFTER)):
        if w.is_punct(j) or _clause_word(w, j, lx):
            break
        m = lx.measures.match(w.key, j) if w.key[j] in lx.measures.firsts else None
        if m is not None and m[1][1] <= 2 and not _negated(w, j, lx):  # type: ignore[index]
            metric, rank = m[1]  # type: ignore[misc]
            return Measure(metric, " ".join(w.text[j:j + m[0]]), j - b, True, rank, (j, j + m[0]))
    return None


ESTIMATE_OBJECT = 24  # words an estimate's object ("the death toll from … districts") may hold before its "at"


def _estimate_object(w: Words, a: int, lx: Language) -> tuple[int, int] | None:
    """The object of a verb of valuing whose value is the number at word ``a`` ("put the number of people missing at
    12", "puts the death toll from … at 46", "placed its estimate of the displaced at 8,000"): a verb of the table's
    ``valuing_verbs``, a noun of ``estimate_nouns`` within three words after it, then words up to a preposition of
    ``value_prepositions`` right before the number. Returns the words between the verb and the preposition, or None.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "The agency put the number of houses destroyed at 43."
    >>> w = tokenize(s, 0, len(s), language("en"))
    >>> _estimate_object(w, 9, language("en"))
    (3, 8)
    """
    verbs, at = lx.words["valuing_verbs"], lx.words["value_prepositions"]
    if not verbs or a < 3 or w.key[a - 1] not in at:
        return None
    nouns = lx.words["estimate_nouns"]
    start = a - 1
    for k in range(a - 2, max(-1, a - 2 - ESTIMATE_OBJECT), -1):
        if w.text[k] in ".;:!?\"“”" or _clause_word(w, k, lx):
            return None
        if w.key[k] in at and _is_value(w, k + 1) and start == a - 1:
            start = k + 2  # "put the death toll at 33 and the number of houses destroyed at 5": the object of the
            # second value opens after the first
        if w.key[k] in verbs and any(w.key[x] in nouns for x in range(k + 1, min(a - 1, k + 4))):
            return (k + 1 if start == a - 1 else start), a - 1
    return None


def _is_value(w: Words, k: int) -> bool:
    """Does word ``k`` hold digits (a value written as a number)?"""
    return k < len(w) and any(map(str.isdigit, w.text[k]))  # (each letter asked in C)


def _things_noun(w: Words, b: int, i: int, lx: Language) -> bool:
    """Is the cue at word ``i`` the noun of a number after a coordinator that follows the number ending at ``b`` ("900
    families and set up 250 emergency shelters"): a number in digits at most three words before the cue, after the
    coordinator, with only lower-case words between them?"""
    for x in range(i - 1, max(b, i - 4) - 1, -1):
        if w.text[x][:1].isdigit():
            return any(w.key[y] in lx.words["coordinators"] for y in range(b, x)) and all(
                w.text[y][:1].isalpha() and w.text[y].islower() for y in range(x + 1, i))
    return False


def _after_participle(w: Words, k: int, i: int, lx: Language) -> bool:
    """Is the clause word at ``k`` ("as") the complement of a participle inside the aside opened at word ``i`` ("two
    nationals, both employed as domestic workers,", "known as", "described as")? Then it opens no clause. English
    (the table's ``passive_endings``) only, and no punctuation word."""
    endings = tuple(lx.words["passive_endings"])
    return bool(endings) and lx.table["morphology"] == "none" and k > i + 1 and not w.is_punct(k) \
        and w.text[k - 1].islower() and w.text[k - 1].endswith(endings) and len(w.text[k - 1]) > 4


def _describing_aside(w: Words, i: int, lx: Language) -> int | None:
    """The comma closing an aside opened by the comma at word ``i`` right after the people counted, that says who they
    are ("two men, aged 36 and 59, had died", "25 people, most of them women and elderly refugees, were treated",
    "500 Mexicans, many of them women and children, have crossed"), when an auxiliary verb or an event's cue follows
    it: the clause goes on with the people's own verb. The aside holds words, ages and a status noun at most (never a
    clause word, a verb of saying nor an event's cue: those say what befell them or who speaks); else None."""
    auxiliaries = lx.words["auxiliary_verbs"]
    if not auxiliaries or lx.korean is not None:
        return None
    for k in range(i + 1, min(len(w), i + AFTER + 4)):
        if w.text[k] == ",":
            if k == i + 1 or k + 1 >= len(w) or _inside_number(w, k):
                return None
            v = k + 1
            while True:
                nxt = lx.measures.match(w.key, v)
                if w.key[v] in auxiliaries or (nxt is not None and nxt[1][1] == 1):  # type: ignore[index]
                    return k
                if v + 1 >= len(w) or v - k >= 3 or w.key[v] not in lx.words["skip_before_verb"] \
                        or w.key[v] in lx.words["place_prepositions"]:
                    return None
                v += 1  # ("…, військових і цивільних, досі вважаються зниклими": an adverb before the verb)
        if (w.is_punct(k) and w.text[k] not in "-'’") or (_clause_word(w, k, lx) and not _after_participle(w, k, i, lx)) \
                or (w.key[k] in lx.speech.firsts and lx.speech.match(w.key, k) is not None):
            return None
        m = lx.measures.match(w.key, k) if w.key[k] in lx.measures.firsts else None
        if m is not None and m[1][1] == 1:  # type: ignore[index]
            return None
    return None


def _governed(w: Words, found: list[Measure], relative: int | None, lx: Language) -> list[Measure]:
    """The cues of ``found`` that say what the claim counts, when a relative clause about the people counted opens at
    word ``relative`` after the number.

    A verb before the number in its own clause whose object the people are ("затримали 40 громадян, які перетнули
    кордон", "задержаны семеро жителей, которые пытались вскрыть могилу") says what befell them; the relative clause
    after them says who they were (what they did or suffered before), so its cues give way. With no such verb the
    relative clause still says what befell them ("двух рыбаков, которые пропали").
    """
    verbs = [m for m in found if not m.after and lx.predicate_form(w.text[m.words[0]])]
    if relative is None or not verbs:
        return found
    fled = all(m.rank >= 3 for m in verbs)  # "до країни прибули 12 тисяч людей, які тікали від насильства": a verb of
    # arriving says where they came, the clause that they fled (and not "задіяли 300 рятувальників, які шукають …")
    return [m for m in found if not (m.after and m.words[0] > relative) or (fled and m.metric == "displaced")]


def _people_of_before(w: Words, b: int, i: int, lx: Language) -> bool:
    """Whether words[b:i] are the people counted and a short phrase after one of the table's ``partitive_words``,
    and words[i] one of its ``person_relatives``: "two volunteers of the Red Cross who have been missing" (the
    clause is about the people counted, as right after them, not about the body or place after "of").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> en = language("en")
    >>> text = "two nurses of the Kenyan Red Cross who vanished"
    >>> w = tokenize(text, 0, len(text), en)
    >>> _people_of_before(w, 1, 7, en)
    True
    >>> text = "two nurses of the clinic which burned"
    >>> w = tokenize(text, 0, len(text), en)
    >>> _people_of_before(w, 1, 5, en)
    False
    """
    return w.key[i] in lx.words["person_relatives"] and _of_phrase_before(w, b, i, lx)


OWNER_REACH = 4  # words between the people counted and the comma of their relative clause past a singular owner


def _plural_relative_past_owner(w: Words, b: int, i: int, lx: Language) -> bool:
    """Whether the relative pronoun after the comma at ``i`` is plural and the word before the comma a singular
    genitive (an owner after the people counted), with only a few words of no clause between the number's end ``b``
    and the comma ("1 800 цивільних громадян України, яких Росія утримує": the plural pronoun takes up the people
    counted, not the country they belong to). (pymorphy3)"""
    if not 0 < i - b <= OWNER_REACH or i + 1 >= len(w):
        return False
    relative = lx.agreement(w.text[i + 1])
    owner = {number for case, number, _ in lx.agreement(w.text[i - 1]) if case == "gent"}
    return bool(relative) and all(number == "plur" for _, number, _ in relative) and owner == {"sing"} and not any(
        w.is_punct(k) or _clause_word(w, k, lx) or lx.predicate_form(w.text[k]) for k in range(b, i))


def _of_phrase_before(w: Words, b: int, i: int, lx: Language) -> bool:
    """Whether words[b:i] are the people counted and a short phrase after one of the table's ``partitive_words``
    ("crew members of a trawler", "nurses of the Kenyan Red Cross")."""
    if i - b > 7:
        return False
    people = lx.people.match(w.key, b)
    k = b + people[0] if people else b  # type: ignore[index]
    if people and k < i and (more := lx.people.match(w.key, k)):
        k += more[0]  # (a compound of two people nouns: "crew members of a trawler")
    if not people or k + 1 >= i or w.key[k] not in lx.words["partitive_words"]:
        return False
    return all(w.text[j][:1].isalpha() and not _clause_word(w, j, lx) and lx.measures.match(w.key, j) is None
               for j in range(k + 1, i))


RELATIVE_REACH = 8  # words a relative clause about a thing may hold before the main verb after it


def _main_auxiliary(w: Words, i: int, lx: Language, reach: int = RELATIVE_REACH) -> int | None:
    """The auxiliary that opens the main verb after the relative clause opening at word ``i`` ("a trawler that sank off
    Nemuro were confirmed dead": "were"), two words or more after it and fewer than ``reach``, before any mark or
    clause word; else None."""
    auxiliaries = lx.words["auxiliary_verbs"]
    for k in range(i + 1, min(len(w), i + reach)):
        if w.is_punct(k) or (k > i + 1 and _clause_word(w, k, lx)):
            return None
        if k >= i + 2 and w.key[k] in auxiliaries:
            return k
    return None


DESCRIBED = 3  # words the people counted may take before a relative word ("22 Indian fishermen who …")


def _described_people(w: Words, b: int, i: int, lx: Language) -> bool:
    """Whether words[b:i] are a few words that end on a noun of people ("Indian fishermen", "young army conscripts"),
    and words[i] one of the table's ``person_relatives``: the clause is about the people counted ("22 Indian fishermen
    who had served their sentences were released": the verb after it says what befell them)."""
    if w.key[i] not in lx.words["person_relatives"] or not 1 < i - b <= DESCRIBED + 4:
        return False
    noun = next((k + m[0] for k in range(b, i) if (m := lx.people.match(w.key, k))), None)
    if noun is None or noun - b > DESCRIBED:
        return False
    modifier = noun < i and (w.key[noun] in lx.words["place_prepositions"] or w.key[noun] in lx.words[
        "origin_prepositions"] or (lx.table["morphology"] == "none" and w.text[noun].islower() and w.text[noun].endswith(
            tuple(lx.words["passive_endings"])) and noun + 1 < i and w.key[noun + 1] in lx.words["agent_prepositions"]))
    if noun < i and not (modifier and i - noun <= 4 and all(
            w.text[j][:1].isalnum() and not _clause_word(w, j, lx) and lx.measures.match(w.key, j) is None
            for j in range(noun, i))):
        return False  # ("two men in their 70s who went out": a phrase of the people's age or origin after them; "two
        # devotees from Karnataka who …", "two drivers contracted by WFP who were abducted …": where they come from,
        # or a participle and its agent, say who they are, and the clause after is still about them)
    return all(w.text[j][:1].isalpha() and not _clause_word(w, j, lx) and (
        (m := lx.measures.match(w.key, j)) is None or m[1][1] >= 2) for j in range(b, noun))  # type: ignore[index]
    # (a status that describes them, "19 homeless people who died", says who they are; the event of the clause after
    # them, of a better rank, what befell them)


def _relative_end(w: Words, i: int, lx: Language) -> int | None:
    """The comma that closes a relative clause opened at ``i`` ("four divers, who went out on Monday, are
    missing"), when the clause holds no measure cue, no number and no clause word; else None (the clause itself
    says what befell the people: "двух рыбаков, которые пропали")."""
    for k in range(i, min(len(w), i + AFTER)):
        if w.text[k] == ",":
            return k if k > i and k + 1 < len(w) else None
        if w.is_punct(k) or w.text[k][:1].isdigit() or _clause_word(w, k, lx) or lx.measures.match(w.key, k):
            return None
    return None


def _purpose(w: Words, i: int, lx: Language) -> bool:
    """Does a purpose clause open at word ``i`` ("sent 60 volunteers to help move the injured"), not a verb's
    complement ("were forced to evacuate")?"""
    return w.key[i] in lx.purposes.firsts and lx.purposes.match(w.key, i) is not None \
        and not (i > 0 and w.key[i - 1] in lx.words["purpose_not_after"])


def _deployment_word(w: Words, k: int, lx: Language) -> bool:
    """Is word ``k`` a cue of deployment by itself ("військовослужбовців"): people who may stand inside another cue
    ("місцеперебування ще 13 військовослужбовців невідоме")?"""
    m = lx.measures.match(w.key, k)
    return m is not None and m[0] == 1 and m[1][1] >= 3  # type: ignore[index]


def _closes_clause(word: str, lx: Language) -> bool:
    """Does a verb end its clause ("숨지고", "숨지며"; not the quotative "다쳤다고")?"""
    endings = lx.words["clause_endings"]
    return bool(endings) and word.endswith(tuple(endings)) and not word.endswith(tuple(lx.words["quotative_endings"]))


def _circumstance_cue(w: Words, a: int, b: int, best: Measure, found: list[Measure], lx: Language) -> Measure | None:
    """The cue of another measure that governs the number at words[a:b] (its verb right before it, "arrested 812
    others", or its predicate after it, "four were apprehended"), when the cue ``best`` chose stands after it inside a
    phrase of circumstances that a preposition of the table's ``circumstance_prepositions`` opens after that cue, in
    the same clause ("… in injured condition", "… for providing care to the wounded"); else None."""
    prepositions = lx.words["circumstance_prepositions"]
    if not prepositions or best.words[0] <= b or any(w.is_punct(x) for x in range(b, best.words[0])):
        return None
    for m in found:
        if m is best or m.metric == best.metric or m.rank > 2:
            continue
        if m.after and b <= m.words[0]:
            start = m.words[1]  # the predicate after the people counted
        elif not m.after and m.words[1] == a:
            start = b  # the verb right before the number governs it as its object
        else:
            continue
        if start < best.words[0] and any(w.key[x] in prepositions for x in range(start, best.words[0])):
            return m
    return None


def _negated(w: Words, i: int, lx: Language, concord: bool = False) -> bool:
    """Does a word of the table's ``negation_words`` stand right before the cue at ``i`` ("які не потребували
    допомоги", "не пострадал")? Then it says what did not befall the people: no measure. Not when ``concord``: the
    number is a word of none that takes a negated verb (the table's ``concord_none_words``: "никто не погиб", nobody
    died), whose negation only agrees with the none."""
    if concord:
        return False
    if lx.korean is not None and i + 1 < len(w) and w.tag[i] in lx.words["predicate_tags"] \
            and w.key[i + 1] in lx.words["ongoing_auxiliaries"] and w.tag[i + 1] == "ETM" \
            and (m := lx.measures.match(w.key, i)) is not None and m[0] == 1 and m[1][0] == "killed":  # type: ignore[index]
        return True  # "죽어 가는 아이들", "스러져 가는 마을": a death under way (dying, fading), said of what the relative
        # clause describes, has befallen no one yet (not "300명이 죽어 갔다": they died one after another)
    if i > 1 and w.key[i - 1] in lx.words["place_prepositions"] and w.key[i - 2] in lx.words["negation_words"] \
            and not lx.predicate_form(w.text[i - 2]):
        return True  # "п'ятьох підозрюваних у вбивстві": the crime a suspect is held for did not befall him
    if i > 1 and w.key[i - 1] in lx.words["infinitive_markers"] and w.key[i - 2] in lx.words["negation_words"]:
        return True  # "38 conscripts who tried to flee a camp", "refused to leave": an attempt or a refusal, not the act
    return i > 0 and w.key[i - 1] in lx.words["negation_words"] and not (
        lx.common_noun(w.text[i - 1]) and lx.predicate_form(w.text[i]))
    # (a noun of threat governs a noun after it, "загроза евакуації", not a verb: "із зони небезпеки евакуювали 5 тисяч"
    # ends the place's phrase, and the verb after it is what befell the people)


def _outranks_clause(w: Words, head: int, start: int, end: int, lx: Language) -> bool:
    """Is the noun at ``head`` a measure cue of a better rank than every cue of the relative clause about it at
    words[start:end] ("вимушених переселенців, які прибули до Вірменії": the displaced, whose arrival is no
    deployment)? Then the noun says who the people are, and the clause only what they did."""
    own = lx.measures.match(w.key, head) if w.key[head] in lx.measures.firsts else None
    if own is None or own[0] != 1 or w.key[start] not in lx.words["relative_pronouns"] or lx.conjunction(w.text[start]):
        return False
    ranks = [m[1][1] for k in range(start + 1, end)  # type: ignore[index]
             if w.key[k] in lx.measures.firsts and (m := lx.measures.match(w.key, k)) is not None]
    return bool(ranks) and min(ranks) > own[1][1]  # type: ignore[index]


def _relative_clause(w: Words, i: int, a: int, lx: Language) -> int | None:
    """The closing comma of a relative clause that opens at the comma ``i`` after a common noun and closes before the
    number at ``a`` ("районів, що постраждали,", "районов, которые пострадали от паводка,"), or None. A clause opened
    after a verb ("повідомив, що загинули, за даними …") is the clause said, not a relative one."""
    head = i - 1  # the noun the clause is about (before a number of its measure: "землетрусу магнітудою 7,1, який")
    while head > 0 and (w.text[head][:1].isdigit() or (w.text[head] == "," and _inside_number(w, head))):
        head -= 1
    if i == 0 or i + 1 >= a or not lx.common_noun(w.text[head]) or not (
            w.key[i + 1] in lx.words["relative_pronouns"] or w.key[i + 1] in lx.words["clause_words"]):
        return None
    close = next((k for k in range(i + 2, min(a, i + 12)) if w.is_punct(k)), None)
    if close is None or w.text[close] != "," or any(w.text[k][:1].isdigit() for k in range(i + 1, close)) \
            or not (any(lx.measures.match(w.key, k) for k in range(close + 1, a)) or (
                w.key[i + 1] in lx.words["relative_pronouns"] and not lx.conjunction(w.text[i + 1])
                and not any(lx.measures.match(w.key, k) for k in range(i + 2, close))) or _outranks_clause(
                    w, head, i + 1, close, lx)):
        # (or a relative pronoun that declines, "який", "которое", not the conjunction "що", "что": "Кількість загиблих
        # унаслідок землетрусу, який сколихнув південь Перу, зросла до 14": the clause says what the noun before did,
        # and the toll before it goes on; not a clause with a cue of its own: "11 человек, которых удерживали …, в
        # том числе шестерых")
        return None  # (only when the number has a cue of its own after it: not "заявил губернатор области, что
        # погибли, по данным …, 5", where the clause after the comma is the number's own)
    return close


def describes_thing(w: Words, i: int, lx: Language, cue: int = -1) -> bool:
    """Is the word after a measure cue a thing it describes ("пострадавшие районы", "affected areas"), not people?
    A cue (starting at word ``cue``) right after an auxiliary or a people noun is a verb, and the thing after it its
    object ("1,800 people had fled villages"), not a thing it describes."""
    if lx.korean is not None and 0 < i <= len(w) and w.tag[i - 1].startswith("E") and w.tag[i - 1] != "ETM":
        return False  # "52명이 숨졌다고 주 정부가 밝혔다": a verb that ends its clause (not an adnominal form, "숨진")
        # describes nothing after it (주 is no week here)
    if cue >= 0 and i == cue + 1 < len(w) and w.key[cue] in lx.words["action_nouns"] and lx.inanimate(w.text[i]) \
            and lx.people.match(w.key, i) is None and any(case == "gent" for case, *_ in lx.agreement(w.text[i])):
        return True  # "для помощи в ликвидации последствий паводка": a noun of action whose object is a thing
    if cue >= 0 and i == cue + 1 < len(w) and lx.table["morphology"] == "pymorphy3" and lx.people.match(w.key, cue) \
            is not None and not lx.adjectival(w.text[cue]) and not lx.predicate_form(w.text[cue]):
        return False  # "Число жертв столкновений", "Жертвами зіткнень стали": a noun of people affected, then the event
        # they are victims of in the genitive, describes no thing (only a participle does: "пострадавших районов")
    before = w.key[cue - 1] if cue > 0 else ""
    agrees = cue >= 0 and i < len(w) and lx.adjectival(w.text[cue]) and not lx.predicate_form(w.text[cue]) \
        and bool(lx.agreement(w.text[cue]) & lx.agreement(w.text[i]))
    # ("мешканців постраждалих сіл": a participle agreeing with the thing after it describes the thing, even after people)
    if (cue > 0 and before in lx.people and not agrees) or before in lx.words["skip_before_verb"] and not (
            before in lx.words["np_glue"] or before in lx.words["determiners"]
            or before in lx.words["place_prepositions"]):  # (not "in affected areas", "an affected area")
        return False
    if i + 2 < len(w) and w.key[i] in lx.words["cause_prepositions"] and not w.is_punct(i + 1):
        if cue >= 0 and lx.predicate_form(w.text[cue]) and not lx.adjectival(w.text[cue]):
            return False  # "11 беженцев рохинджа погибли при крушении лодки": a finite verb, then its cause, describes
            # no thing (only a participle does: "пострадавших от паводка районов")
        if cue >= 0 and lx.table["morphology"] == "pymorphy3" and not lx.adjectival(w.text[cue]) \
                and lx.people.match(w.key, cue) is None:
            return False  # "двое моряков получили легкие ранения при тушении пожара": a noun of the event, then its
            # circumstance, describes no thing either
        i += 1
        while i + 2 < len(w) and not w.is_punct(i + 1) and lx.adjectival(w.text[i]) \
                and not lx.predicate_form(w.text[i]) and bool(lx.agreement(w.text[i]) & lx.agreement(w.text[i + 1])):
            i += 1  # "погибших при природных пожарах": the cause's own adjectives agree with its noun, which ends it
        i += 1  # "пострадавших от паводка районов": the cause between the participle and the thing it describes
        if cue >= 0 and (own := lx.agreement(w.text[cue])) and (thing := lx.agreement(w.text[i])) and not own & thing:
            return False  # "погибших при взрыве газа": a noun that does not agree with the cue is the cause's own
    return i < len(w) and w.key[i] in lx.words["not_people_after"] and w.key[i] not in lx.words["state_nouns"]


PAIRED_DASH = 12  # words a parenthesis between spaced dashes may hold


def _paired_dash(w: Words, i: int, b: int, limit: int) -> int | None:
    """Index of the spaced hyphen or en dash that closes a parenthesis opened by the same mark, spaced, at word ``i``
    right after the people counted (at most three words after the number ending at ``b``): "three volunteers - a
    Briton, a Canadian and a Georgian - died", "two men – both farmers – were wounded". None when the mark at ``i`` is
    no such opening, or nothing closes it before a mark of a clause (a single dash stands for a verb: "ще 23 –
    поранені")."""
    mark = w.text[i]
    if mark not in ("-", "–") or not b < i <= b + 3 or i + 1 >= len(w) or w.start[i] == w.end[i - 1] \
            or w.start[i + 1] == w.end[i]:
        return None
    for k in range(i + 2, min(limit + PAIRED_DASH, len(w), i + 1 + PAIRED_DASH)):
        if w.text[k] == mark and w.start[k] > w.end[k - 1] and k + 1 < len(w) and w.start[k + 1] > w.end[k]:
            return k
        if w.text[k] in _CLAUSE_PUNCT or w.text[k] in ".!?":
            return None
    return None


def _closing(w: Words, i: int, limit: int) -> int | None:
    """Index of the mark that closes the parenthesis opened at word ``i`` (within ``limit``), or None."""
    opener = w.text[i]
    closer = ")" if opener == "(" else opener
    start = i + (2 if opener == "-" else 1)
    for k in range(start, min(limit + 8, len(w))):
        if w.text[k] == closer and (closer != "-" or (k + 1 < len(w) and w.text[k + 1] == "-")):
            return k + (1 if closer == "-" else 0)
    return None


def elliptical(w: Words, a: int, b: int, lx: Language, previous_end: int = -10) -> bool:
    """Does the number end its clause, stand before a place ("583 died, 300 in Uri alone") or right after
    the number before it ("39명에서 37명으로", "95 на 95")?"""
    if 0 <= a - previous_end <= 1 and not any(w.text[k] in ",;" for k in range(max(0, previous_end), a)):
        return True
    if previous_end >= 0 and any(_purpose(w, k, lx) for k in range(previous_end, a)):
        return False  # "deployed 40 vaccinators to reach 300,000 children": a purpose clause of its own governs the
        # number, the people it sets out to reach
    if previous_end >= 0 and b < len(w) and w.key[b] in lx.words["part_first_words"] and not w.is_punct(b):
        return True  # "중국인 612명, 베트남인 203명, 한국인 52명 등": the last item of a list before the word that closes it
    if previous_end >= 0 and compared(w, a, lx) and not (b < len(w) and lx.people.match(w.key, b)):
        return True  # "rose to 142, up from 136 the year before", "14 514 против 14 780": the count before, at another
        # time
    if previous_end >= 0 and b < len(w) and w.key[b] in lx.words["increment_words"]:
        return True  # "16 died at the scene and three others on the way to hospital", "and 14 more were recovered"
    if previous_end >= 0 and a > 0 and w.key[a - 1] in lx.words["coordinators"] and b < len(w) \
            and not w.is_punct(b) and (w.key[b] in w.key[previous_end:min(a - 1, previous_end + 5)]
                                       or b + 1 >= len(w) or w.is_punct(b + 1)):
        return True  # "18 of the dead were women and six were children": the same verb after both numbers; "17
        # children and two counsellors.": a last item that ends the clause
    if previous_end >= 0:  # a clause with a subject of its own between the two numbers is no ellipsis ("212
        between = 0       # deaths …, and we are treating 1,400 patients in our centres")
        k = previous_end
        while k < a:
            m = lx.measures.match(w.key, k)
            if m:
                k += m[0]
                continue
            if not w.is_punct(k):
                between += 1
            k += 1
            if w.key[k - 1] in lx.words["pronouns"] or w.key[k - 1] in lx.words["first_person"]:
                return False  # a subject of its own
        if between > 12:
            return False
    if previous_end >= 0 and 0 < a - previous_end <= 5 and (w.text[a - 1] == "," or w.key[a - 1] in lx.words[
            "coordinators"]) and not any((m := lx.measures.match(w.key, k)) and m[1][1] < 3  # type: ignore[index]
                                         or lx.speech.match(w.key, k) or w.key[k] in lx.words["clause_words"]
                                         for k in range(previous_end, a)):
        return True  # "52 військові ЗСУ, 19 бійців Національної гвардії та 13 прикордонників": items of one list
    if b >= len(w) or w.is_punct(b) or _closes_clause(w.text[b - 1], lx):
        return True  # "충북 3명이며 실종자는 …": the number's own verb ends its clause
    if w.key[b] in lx.words["place_prepositions"]:
        return True
    m = lx.people.match(w.key, b)
    if m:
        nxt = b + m[0]
        return nxt >= len(w) or w.is_punct(nxt) or w.key[nxt] in lx.words["place_prepositions"]
    return False


def compared(w: Words, a: int, lx: Language) -> bool:
    """Does a phrase of the table's ``comparison_markers`` end right before the number at word ``a`` ("up from 136",
    "compared with 184", "против 14 780")? Such a number is the count before it at another time, of its measure
    (unless it names people of its own: "sent 40 officers against 300 protesters")."""
    phrases = lx.words["comparison_markers_phrases"]
    return bool(phrases) and any(a - n >= 0 and " ".join(w.key[a - n:a]) in phrases for n in (1, 2, 3))


def per_population(w: Words, b: int, lx: Language) -> bool:
    """Does a rate's base follow the number ending at word ``b``, past at most three words of its noun phrase: a
    phrase of two words of the table's ``rate_prepositions`` ("per million", "per capita"), or one word and a number ("33 deaths per million population", "9 погибших на 100 тысяч
    населения"), with a noun of ``population_nouns`` after that number where the table lists them ("на" has many
    uses: "погибли 5 человек на двух дорогах")?"""
    pers = lx.words["rate_prepositions"]
    if not pers or lx.korean is not None:
        return False
    for k in range(b, min(len(w) - 1, b + 4)):
        if w.is_punct(k):
            return False
        if " ".join(w.key[k:k + 2]) in lx.words["rate_prepositions_phrases"]:
            return True  # "per million", "per capita": a base in words
        if w.key[k] not in pers:
            continue
        base = k + 1
        if not (w.text[base][:1].isdigit() or whole_number(w.key[base], lx) is not None):
            return False
        while base < len(w) and (w.text[base][:1].isdigit() or w.text[base] in ",." and _inside_number(w, base)
                                 or whole_number(w.key[base], lx) is not None):
            base += 1
        population = lx.words["population_nouns"]
        return not population or any(w.key[x] in population for x in range(base, min(len(w), base + 2)))
    return False


def rate_base(w: Words, a: int, lx: Language) -> bool:
    """Is the number at word ``a`` the base of a rate: right after a word of the table's ``rate_prepositions`` that
    follows, within its clause, a number with a rate's base after it ("17 на 100 тыс. жителей", "12 per 100,000
    people": 100,000 is how many the 12 are counted among, no count of people)?"""
    pers = lx.words["rate_prepositions"]
    if not pers or lx.korean is not None or a < 2 or w.key[a - 1] not in pers:
        return False
    for k in range(a - 2, max(-1, a - 6), -1):
        if w.is_punct(k) and not _inside_number(w, k):
            return False
        if w.text[k][:1].isdigit() or whole_number(w.key[k], lx) is not None:
            return per_population(w, k + 1, lx)
    return False


def changed(w: Words, a: int, lx: Language) -> bool:
    """Does a phrase of the table's ``change_markers`` end right before the number at word ``a`` ("up 12", "a rise of
    40", "увеличилось на 12")? Such a number is how much a count changed, no count of people."""
    phrases = lx.words["change_markers_phrases"]
    return bool(phrases) and any(a - n >= 0 and " ".join(w.key[a - n:a]) in phrases and not (
        n == 1 and _particle_of_verb(w, a - 1, lx)) for n in (1, 2, 3, 4))


def _particle_of_verb(w: Words, k: int, lx: Language) -> bool:
    """Is the one-word change marker at word ``k`` the particle of a phrasal verb in the past before it ("picked up
    eight bodies", "rounded up 40 men")? A change stands after a comma, a bracket, a number or a copula ("142, up 12",
    "the toll is up 12"); after a past form of a verb (the table's ``passive_endings``) the marker ends that verb. Not
    "down": "shot down three more" counts the drones shot down, no people."""
    if k == 0 or not w.text[k - 1][:1].isalpha() or w.key[k - 1] in lx.words["auxiliary_verbs"] \
            or lx.table["morphology"] != "none" or w.key[k] != "up":
        return False
    return w.text[k - 1].islower() and w.text[k - 1].endswith(tuple(lx.words["passive_endings"]))


def subset(w: Words, a: int, lx: Language, after: bool = False, loose: bool = False) -> bool:
    """Does a subset word end right before the number ("including 10", "в том числе 5", "зокрема шістьох")? With
    ``after``, does one start at word ``a``, right after a number ("2명을 포함해": including 2)? When the table
    lists ``part_first_words``, only those say so ("승객 38명 가운데 12명": 38 is the whole, not a part)."""
    if after:
        part_first = lx.words["part_first_words"]
        if lx.korean is not None and a + 1 < len(w) and (c := lx.people.match(w.key, a)) is not None and c[0] == 1 \
                and w.text[a][:1].isalpha():
            a += 1  # "어린이 60여 명을 포함해": the counter written apart from its number ("60여 명") is the number's
        m = lx.subsets.match(w.key, a) if a < len(w) else None
        if m is not None and any(w.text[a + m[0] - 1].endswith(p) for p in (str(x) for x in lx.table.get("possessive_suffixes", []))):
            return False  # "Two of the victims' cars": the part counts what the whole owns
        return m is not None and (not part_first or w.key[a] in part_first)
    part_first = lx.words["part_first_words"]
    for k in range(max(0, a - (9 if loose else 6)), a):
        m = lx.subsets.match(w.key, k)
        if m and w.key[k] in part_first:
            continue  # "투숙객 등 30여 명", "2명을 포함해 모두 9명": such a word follows the part, the number is the whole
        if m and (k + m[0] == a or (k + m[0] == a - 1 and w.text[a - 1] in "–—")  # "серед них – 16"
                  or (a - k - m[0] <= 2 and all(lx.people.match(w.key, x) for x in range(k + m[0], a)))
                  or (loose and not any((w.is_punct(x) and w.text[x] not in "()/") or any(ch.isdigit() for ch in w.text[x])
                                        or lx.measures.match(w.key, x) for x in range(k + m[0], a)))):
            return True  # "이 가운데 어린이가 19명": the people the part counts may stand between (``loose``: any words
            # naming them, "이 가운데 특수전전단 검문검색대 30여명이")
    return False


PART_DIED_REACH = 7  # words after a part's subset word the verb of its death may stand in ("троє з них, на жаль, загинули")


def part_died(w: Words, cue: Measure, b: int, nxt: tuple[int, int], lx: Language) -> bool:
    """Is the number ending at word ``b``, whose cue is a word of harm that counts the dead too (the table's
    ``harm_words``: "постраждали", "пострадавшие"), the whole of a part that died, named right after it ("постраждали
    восьмеро людей, троє з них загинули", "пострадали 29 человек, восемь из них погибли")? Then it counts the dead
    with the hurt. A whole of victims (a word of harm that is a cue of the dead) whose part died after a word of
    ``partition_words`` is one too ("жертвами мин стали 397 человек, из них 71 погиб"). ``nxt`` is the next number's words; a subset word after it, then a cue of the killed before the
    sentence's next full stop (asides of commas passed over), and no place of care right after it (the table's
    ``care_places``: people who died in hospital were hurt first)."""
    if not cue.words[1] or w.key[cue.words[0]] not in lx.words["harm_words"]:
        return False
    c, d = nxt
    if subset(w, c, lx) and 0 < c - b <= 5 and "," in w.text[b:c]:
        start = d  # "постраждалих 14, з них двоє загинули": the subset word before the part
        word = next((m for x in range(b, c) if (m := lx.subsets.match(w.key, x)) is not None), None)
    elif 0 < c - b <= 3 and all(w.text[x] == "," or lx.people.match(w.key, x) for x in range(b, c)) \
            and (part := lx.subsets.match(w.key, d) if d < len(w) and subset(w, d, lx, after=True) else None):
        start = d + part[0]  # "восьмеро людей, троє з них": the subset word after it
        word = part
    else:
        return False
    if cue.metric == "killed" and (word is None or word[1] != "partition"):
        return False  # "жертвами мин стали 397 человек, из них 71 погиб": if all the victims (a word of harm the table
        # reads as a cue of the dead) had died, no part would be said to have died; the whole is the dead and the hurt
        # (not "17 victims, including 10 children killed in the blast": a word that includes a part, which shares what
        # befell the whole; nor "убили 109 человек, из них 29 погибли при исполнении": a verb of killing's dead)
    for x in range(start, min(len(w), start + PART_DIED_REACH)):
        if w.text[x] in ".;" or (x > start and w.text[x][:1].isdigit()):
            return False
        m = lx.measures.match(w.key, x) if w.key[x] in lx.measures.firsts else None
        if m is not None:
            return m[1][0] == "killed" and not any(  # type: ignore[index]
                _place_noun(w, y, lx.words["care_places"]) for y in range(x + m[0], min(len(w), x + m[0] + 3)))
            # (not "пострадали 27 человек, двое из них скончались в больнице": the hurt, two of whom died later in care)
    return False


def zero_claims(w: Words, lx: Language, text: str) -> list[Range]:
    """Statements of none: a word of ``none_words`` next to a measure noun of an event ("жертв нет", "нет
    погибших", "загиблих немає", "사망자는 없다"), at most one word apart, is a count of zero, as a Range
    [0, 0] spanning both. The normaliser reads the fixed phrases of its own tables ("no deaths", "без втрат");
    these are the ones whose words come apart, so extraction reads them.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "Среди полицейских жертв нет, уточнил министр."
    >>> [(r.text, r.low, r.high) for r in zero_claims(tokenize(s, 0, len(s), language("ru")), language("ru"), s)]
    [('жертв нет', 0.0, 0.0)]
    """
    out: list[Range] = []
    if not lx.none.firsts or lx.none.firsts.isdisjoint(w.key):
        return out  # (no word that opens a phrase of none in the sentence: none is read below)
    n = len(w)
    for i in range(n):
        if w.key[i] not in lx.none.firsts:
            continue
        hit = lx.none.match(w.key, i)
        if hit is None or lx.measures.match(w.key, i) is not None:
            continue  # the word opens a measure phrase of its own
        if any((m := lx.measures.match(w.key, k)) is not None and k + m[0] == i + 1 for k in range(max(0, i - 3), i)):
            continue  # ... or closes one ("의식이 없는 중상자": unconscious, a state of the hurt, not none of them)
        end = i + hit[0]
        span = None
        korean = lx.korean is not None
        for j in (end, end + 1, end + 2) if not korean else ():  # the measure noun after it, at most two words on
            # ("нет среди них погибших"; Korean puts the noun first: after "없으며", "없고", "없이" the next words are
            # another clause's, "사망자는 없으며 부상자는 3명", "흔적도 없이 사라졌다")
            m = lx.measures.match(w.key, j) if j < n and not any(w.is_punct(x) for x in range(end, j + 1)) else None
            if m and m[1][1] == 1:  # type: ignore[index]
                span = (i, j + m[0])
                break
        if span is None:
            for k in range(max(0, i - 4), i):  # the measure noun before it ("жертв нет", "загиблих громадян … немає")
                m = lx.measures.match(w.key, k)
                if m and m[1][1] == 1 and i - 2 <= k + m[0] and k + m[0] <= i \
                        and not any(w.is_punct(x) for x in range(k + m[0], i)) \
                        and not (lx.korean is not None and w.tag[k + m[0] - 1]
                                 and w.tag[k + m[0] - 1] not in lx.words["subject_particle_tags"]) \
                        and not (lx.korean is not None and any(not w.tag[x] and not w.is_punct(x)
                                                               for x in range(k + m[0], i))):  # type: ignore[index]
                    span = (k, end)  # not "사망자보다 적을 수밖에 없다": a noun compared with is no subject of none;
                    # nor "희생자들이 법적 절차 없이": a bare noun right before the none is what is lacking
        evidence = lx.words["evidence_nouns"]
        back = span[0] if span is not None else 0
        while back > 0 and span is not None and span[0] - back < 3 and not w.is_punct(back - 1):
            back -= 1  # (not past a comma: "За даними ДСНС, загиблих немає", "По его словам, погибших нет" say who)
        if span is None or any(w.key[x] in evidence or lx.key(w.text[x].lower()) in evidence
                               for x in range(back, span[1])):
            continue  # "Данных о пострадавших нет": no data, not no people (a capital may change the lemma)
        if " ".join(w.key[x] for x in range(*span) if x != i) in lx.words["damage_nouns_phrases"]:
            continue  # "인명 피해는 없다": none of a damage names no people counted (the table's damage_nouns)
        first = span[0] - 2 if span[0] >= 2 and w.key[span[0] - 1] in lx.words["coordinators"] \
            and lx.measures.match(w.key, span[0] - 2) else span[0]  # "загиблих і постраждалих"
        if 0 < first < i and any((m := lx.subsets.match([w.key[first - 1], p], 0)) is not None and m[0] == 2
                                 for p in lx.words["pronouns"]):
            continue  # "серед загиблих громадян України немає": none of them among the dead ('among' of "among them")
        spans = [span]
        coordinators = lx.words["coordinators"]
        for x in (span[0] - 1, span[1]):  # "Загиблих і травмованих немає", "нет погибших и раненых": none of either
            y = x - 1 if x < span[0] else x + 1
            if 0 <= y < n and w.key[x] in coordinators:
                other = lx.measures.match(w.key, y)
                if other and other[1][1] == 1 and other[0] == 1:  # type: ignore[index]
                    spans.append((y, y + 1))
        whole = text[w.start[min(p for p, _ in spans)]:w.end[max(q for _, q in spans) - 1]]
        for first, last in sorted(spans):
            a, b = w.start[first], w.end[last - 1]
            out.append(Range(0.0, 0.0, best=0.0, kind="point", text=text[a:b], start=a, end=b, lang=lx.lang,
                             rule=f"{whole!r} states none: zero."))
    return out


def ordinal_claims(w: Words, lx: Language, text: str) -> list[Range]:
    """Counts said by an ordinal: an ordinal of the table's ``ordinal_counts`` after an article and before one event's
    noun ("a fourth death was recorded", "the third fatality": 4, 3) or one person's noun and that person's event ("a
    second child has died"): the event befell that many, as a Range [n, n]. Not a fraction ("a fourth of the
    population": "of" follows), nor a noun of many ("the second deaths"), nor a noun of a figure ("the second death
    toll").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "A fourth death was recorded on Sunday."
    >>> [(r.text, r.low) for r in ordinal_claims(tokenize(s, 0, len(s), language("en")), language("en"), s)]
    [('fourth', 4.0)]
    """
    counts = lx.table.get("ordinal_counts") or {}
    out: list[Range] = []
    if not counts or lx.korean is not None or counts.keys().isdisjoint(w.key):
        return out  # (no ordinal of the table in the sentence: none is read below)
    articles = lx.words["definite_determiners"] | lx.words["indefinite_determiners"]
    plural = tuple(lx.words["plural_endings"])
    for i in range(1, len(w) - 1):
        value = counts.get(w.key[i])
        if value is None or w.key[i - 1] not in articles or w.text[i + 1].endswith(plural) \
                or w.key[i + 1] in lx.words["many_event_nouns"]:  # ("the seventh massacre": the seventh event)
            continue
        m = lx.measures.match(w.key, i + 1)
        end = None
        if m is not None and m[0] == 1 and m[1][1] == 1 and not (  # type: ignore[index]
                i + 2 < len(w) and (w.key[i + 2] in lx.words["estimate_nouns"] or lx.measures.match(w.key, i + 2))):
            end = i + 2  # "a fourth death", not "the second death toll"
        elif lx.people.match(w.key, i + 1) is None and w.key[i + 1] not in lx.table.get("one_person_nouns", []):
            continue
        else:
            for k in range(i + 2, min(len(w), i + 5)):  # "a second child has died": the person's own event
                e = lx.measures.match(w.key, k)
                if e is not None and e[1][1] == 1:  # type: ignore[index]
                    end = i + 2
                    break
                if w.key[k] not in lx.words["auxiliary_verbs"] and w.key[k] not in lx.words["skip_before_verb"]:
                    break
        if end is None:
            continue
        a, b = w.start[i], w.end[i]
        out.append(Range(float(value), float(value), best=float(value), kind="point", text=text[a:b], start=a, end=b,
                         lang=lx.lang, rule=f"{text[w.start[i - 1]:w.end[end - 1]]!r} counts by its ordinal: {value}."))
    return out


NONE_AMONG_PEOPLE = 3  # words that may name the people of none ("no South African nationals")


def none_among_claims(w: Words, lx: Language, text: str) -> list[Range]:
    """Statements that none of some people were among the people an event befell ("no South Africans were among the
    casualties", "no Kenyans were among the dead"): a word of the table's ``none_people_words``, at most
    ``NONE_AMONG_PEOPLE`` words naming the people, auxiliaries, a word of ``among_words``, and within two words an
    event's measure noun. Each is a count of zero, as a Range [0, 0] over the none and its people (the measure noun
    after it says what none befell).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "It said no Ruritanians were among the dead."
    >>> [(r.text, r.low) for r in none_among_claims(tokenize(s, 0, len(s), language("en")), language("en"), s)]
    [('no Ruritanians', 0.0)]
    """
    out: list[Range] = []
    nones, among = lx.words["none_people_words"], lx.words["among_words"]
    if not nones or nones.isdisjoint(w.key):
        return out  # (no word of none in the sentence: none is read below)
    n = len(w)
    for i in range(n - 3):
        if w.key[i] not in nones:
            continue
        k = i + 1
        while k < n and k - i <= NONE_AMONG_PEOPLE and w.text[k][:1].isalpha() and w.key[k] not in lx.words[
                "auxiliary_verbs"] and lx.measures.match(w.key, k) is None:
            k += 1
        people = k
        if people == i + 1 or not any(lx.people.match(w.key, x) or w.is_capital(x) or country_at(w, x, lx)
                                      for x in range(i + 1, people)):
            continue  # the people are named ("no Kenyans", "no foreign nationals")
        while k < n and w.key[k] in lx.words["auxiliary_verbs"]:
            k += 1
        if k == people or k >= n:
            continue
        if w.key[k] not in among and (m := lx.measures.match(w.key, k)) is not None \
                and m[1][1] == 1 and lx.people.match(w.key, people - 1) is not None \
                and not any(w.key[x] in lx.words["increment_words"] for x in range(i + 1, people)):  # type: ignore[index]
            a, b = w.start[i], w.end[people - 1]  # "it assessed no civilians were killed", "no soldiers had been
            out.append(Range(0.0, 0.0, best=0.0, kind="point", text=text[a:b], start=a, end=b, lang=lx.lang,
                             rule=f"{text[a:b]!r} of whom the event is denied: zero."))  # wounded": none befell them
            continue  # (not "no more people were killed": none more, of a count said before)
        if w.key[k] not in among:
            continue
        if any((m := lx.measures.match(w.key, x)) is not None and m[1][1] == 1  # type: ignore[index]
               for x in range(k + 1, min(n, k + 4)) if not any(w.is_punct(y) for y in range(k + 1, x + 1))):
            a, b = w.start[i], w.end[people - 1]
            out.append(Range(0.0, 0.0, best=0.0, kind="point", text=text[a:b], start=a, end=b, lang=lx.lang,
                             rule=f"{text[a:b]!r}: none of them were among them, zero."))
    return out


def joined(w: Words, b: int, c: int, lx: Language) -> bool:
    """Is the number ending at word ``b`` joined by "and" to the number starting at word ``c`` ("10 campers and 1",
    "10명과 1명": a Korean joining particle glued to the number)?

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "Ten campers and 1 counsellor are missing"
    >>> joined(tokenize(s, 0, len(s), language("en")), 1, 3, language("en"))
    True
    """
    if not 0 <= c - b <= 4 or any(w.is_punct(k) for k in range(b, c)):
        return False
    if c - b == 4 and not all(w.key[k] in lx.words["coordinators"] or country_at(w, k, lx) or lx.people.match(w.key, k)
                              or (k > b and lx.people.match(w.key, k - 1)) for k in range(b, c)):
        return False  # "three Filipino crew members and one …" (the people counted, then "and"), not "14 miners were
        # trapped and 3 died"
    endings = tuple(lx.words["passive_endings"])
    if lx.table["morphology"] == "none" and endings and any(
            k > b and lx.people.match(w.key, k - 1) and not lx.people.match(w.key, k)
            and w.key[k] not in lx.words["coordinators"] and w.text[k].endswith(endings) for k in range(b, c)):
        return False  # "1.2 million people voted and 3 were injured": a verb after the people counted, of no measure,
        # is their clause's own (not "12 armed men and 3 boys": an adjective before them)
    particles = tuple(lx.words["joining_particles"])
    if particles and b > 0 and w.text[b - 1].endswith(particles):
        return True
    if particles and b < c and w.text[b].endswith(particles) and (m := lx.people.match(w.key, b)) and m[0] == 1:
        return True  # "1천500여 명과 굴착기 80대": the counter after the number carries the particle
    return c > b and any(k in lx.words["coordinators"] for k in w.key[b:c]) and not any(
        lx.speech.match(w.key, k) or lx.predicate_form(w.text[k]) for k in range(b, c))
    # not "estimated the crowd at 5,000 and said 3 were hurt", nor "затронули 230 тысяч жителей и вынудили 41 тысячу
    # уйти": a verb after "and" opens a clause of its own


LISTED_REACH = 3  # words from the end of a number to the next item's number in a list of counts ("1,231 Indonesian, ")


def listed(w: Words, b: int, c: int, lx: Language) -> bool:
    """Is the number ending at word ``b`` an item of a list whose next item's number starts at word ``c``, after a
    comma and no more than a country or a nationality of its own ("1,231 Indonesian, 1,068 Italian and 903 Indian
    peacekeepers", "5 Kenyans, 3 Ugandans and 2 Tanzanians")? Each item takes the measure of the whole the list's last
    item names; a noun of people is no item's own word ("200 people, 30 were hurt": two clauses).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "1231 Indonesian, 1068 Italian and 903 Indian peacekeepers"
    >>> listed(tokenize(s, 0, len(s), language("en")), 1, 3, language("en"))
    True
    >>> s = "1231 people, 1068 were missing"
    >>> listed(tokenize(s, 0, len(s), language("en")), 1, 3, language("en"))
    False
    """
    if lx.korean is not None and _korean_item(w, b, c, lx):  # (stats12 wrote the same rule; ko12's form kept: it
        # also stops at a part word, "승객 30명, 이 가운데 5명이")
        return True
    if not 2 <= c - b <= LISTED_REACH or w.text[c - 1] != "," or any(w.is_punct(k) for k in range(b, c - 1)):
        return False
    k = b
    while k < c - 1:
        place = country_at(w, k, lx) or (
            (1, "") if k == c - 2 == b and w.text[k][:1].isupper() and w.text[k][1:].islower() else None)
        if place is None:  # (a people's own name, one capitalised word: "5 Kenyans, 3 Ugandans and 2 Tanzanians")
            return False
        k += place[0]  # type: ignore[index]
    return k == c - 1


def _korean_item(w: Words, b: int, c: int, lx: Language) -> bool:
    """Is a Korean number ending at word ``b`` a bare item of a list ("건설업에서 71명, 제조업에서 32명이 숨졌다",
    "어린이 5명, 여성 3명이"): the number with its counter and no particle, a comma, then the next item's own
    modifier (one to three words: bare nouns or nouns with an adverbial or genitive particle, no verb and no measure
    word of their own) and its number at word ``c``? A number with a particle ("200명을 구조했고, …") closes a clause
    of its own and is no item.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("ko")
    >>> s = "건설업에서 71명, 제조업에서 32명이 숨졌다"
    >>> _korean_item(tokenize(s, 0, len(s), lx), 2, 4, lx)
    True
    """
    if not 2 <= c - b <= 4 or b >= len(w) or w.text[b] != "," or w.tag[b - 1] or not w.text[b - 1][:1].isdigit() \
            and not lx.people.match(w.key, b - 1):
        return False
    nominal = ("", *lx.words["destination_particle_tags"], "JKG")  # a bare noun, "제조업에서", "서울의"
    parts = lx.subsets.firsts | lx.words["rest_words"] | lx.words["pronouns"]  # "200명, 이 가운데 3명이": a
    # part of the number before, no item beside it
    return all(not w.is_punct(k) and w.tag[k] in nominal and w.key[k] not in parts
               and lx.measures.match(w.key, k) is None for k in range(b + 1, c))


def scope(w: Words, a: int, b: int, lx: Language) -> str:
    """window, rate, planned or share when a cue near the number says so; else cumulative."""
    lo = max(0, a - NEAR)
    hi = min(len(w), b + NEAR)
    firsts = lx.scopes.firsts
    for i in range(lo, hi):
        if a <= i < b or w.key[i] not in firsts:
            continue
        m = lx.scopes.match(w.key, i)
        if m:
            return str(m[1])
    return "cumulative"


def subject(w: Words, a: int, b: int, lx: Language) -> str:
    """The people counted, as written: the nearest people noun after the number (or before it)."""
    for i in range(b, min(len(w), b + 4)):
        m = lx.people.match(w.key, i)
        if m:
            return " ".join(w.text[i:i + m[0]])
        if w.is_punct(i):
            break
    for i in range(a - 1, max(-1, a - 4), -1):
        m = lx.people.match(w.key, i)
        if m:
            return " ".join(w.text[i:i + m[0]])
    return ""


_TALLY_MARKS = ("–", "—", "-", ":")  # what stands between a tally item's label and its number


def tally_label(w: Words, a: int) -> tuple[int, int] | None:
    """The words [first, last) of the label before the number at word ``a`` when it is a tally's item ("танків – 10
    634", "ранены: 7"): up to four words after the list's separator (a comma, a semicolon or a colon, or the sentence's
    start), then a dash or a colon right before the number."""
    if a < 2 or w.text[a - 1] not in _TALLY_MARKS:
        return None
    k = a - 2
    while k >= 0 and (w.text[k] not in (",", ";", ":") or _inside_number(w, k)):
        k -= 1
    first, last = k + 1, a - 1
    if not 0 < last - first <= 4 or any(w.is_punct(x) or w.text[x][:1].isdigit() for x in range(first, last)):
        return None
    return first, last


def tally_things(w: Words, a: int, lx: Language) -> bool:
    """Is the number at word ``a`` a tally's item whose label names things ("танків – 10 634", "БпЛА оперативно-
    тактичного рівня – 30 168", "засобів ППО – 1 133": a noun of things, pymorphy3's animacy), not a place ("Донецька
    область – 12": a country's division; "місто Суми – 3": a name) nor people? A general staff's tally of equipment
    counts no people, whatever the item before it counted."""
    label = tally_label(w, a)
    if label is None:
        return False
    words = range(*label)
    return any(lx.inanimate(w.text[x]) for x in words) and not any(
        (w.text[x][:1].isupper() and w.text[x][1:].islower()) or country_at(w, x, lx) or lx.people.match(w.key, x)
        or lx.measures.match(w.key, x) or lx.subsets.match(w.key, x) or w.key[x] in lx.words["pronouns"]
        or w.key[x] in lx.words["place_prepositions"] for x in words)  # (not "серед них – п'ятеро …": a part)


def tally_item(w: Words, a: int, b: int, lx: Language, lead: Words | None = None) -> Measure | None:
    """The measure of the number at words[a:b] when it is an item of a tally, its label before a dash or a colon: a
    label that is a cue names it ("killed – 12, wounded – 30", "погибли: 3; ранены: 7"); a label of people
    ("особового складу – близько 933 480 (+1 180) осіб", "personnel – about 933,480"; or a noun of people after the
    number) takes the cue of the list's lead before its colon ("Загальні бойові втрати противника … склали:", "Enemy
    losses …:"), an event's or a status's, not a deployment's. An item of things ("танків – 10 634 (+2) од.") has
    none, and so has a number whose label is no cue nor people ("Police: 12 …"). An item on a line of its own takes
    the cue of ``lead``, the line before the list that ends with its colon, when its own sentence has none."""
    label = tally_label(w, a)
    if label is None:
        return None
    first, last = label
    for x in range(first, last):  # (a cue that ends the label: "소방당국에 따르면 사망: 3명")
        m = lx.measures.match_loose(w.key, x) if w.key[x] in lx.measures.firsts else None
        if m and x + m[0] == last and m[1][1] < 3:  # type: ignore[index]
            metric, rank = m[1]  # type: ignore[misc]
            return Measure(metric, " ".join(w.text[x:last]), a - last, False, rank, (x, last))
    k = first - 1
    after = b  # the word after the number, past its day's increment in parentheses ("(+1 180) осіб")
    if b < len(w) and w.text[b] == "(":
        after = next((x + 1 for x in range(b, min(len(w), b + 6)) if w.text[x] == ")"), b)
    if not (any(lx.people.match(w.key, x) for x in range(first, last))
            or (after < len(w) and lx.people.match(w.key, after))):
        return None
    colon = next((x for x in range(k, max(-1, k - 80), -1) if w.text[x] == ":"), None)
    if colon is None:
        if lead is None or not len(lead) or lead.text[len(lead) - 1] != ":":
            return None
        found = _tally_lead(lead, len(lead) - 1, lx, 0)  # "… втрати противника … склали:" / "особового складу – …;"
        return replace(found, distance=9, words=(0, 0), cue=f"{found.cue} (the line before the list)") if found \
            else None
    return _tally_lead(w, colon, lx, a)


def _tally_lead(w: Words, colon: int, lx: Language, a: int) -> Measure | None:
    """The cue of a tally's lead, the clause before its ``colon`` (an event's or a status's, not a deployment's), for
    the number at word ``a``."""
    for x in range(max(0, colon - 25), colon):
        m = lx.measures.match_loose(w.key, x) if w.key[x] in lx.measures.firsts else None
        if m and x + m[0] <= colon and m[1][1] < 3:  # type: ignore[index]
            metric, rank = m[1]  # type: ignore[misc]
            return Measure(metric, f"{' '.join(w.text[x:x + m[0]])} (the tally's lead)", a - x, False, rank,
                           (x, x + m[0]))
    return None
