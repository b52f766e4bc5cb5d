"""Who says it, from the grammar of reporting: speech verbs and their subjects, "according to X",
"citing X", relayed reports, "this was reported by X", headlines that name their source.

Every finding is an ``Attribution``: where its cue stands in the sentence, the speaker phrase
(``None`` when the subject is left out, as in "but said" or Korean "이어 … 밝혔다"), and its kind.
Work per sentence is linear in its number of words: each cue looks at most a few words around it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..normalise import find_ranges
from ..normalise.lexicon import lexicon
from .language import Language, kiwi_of
from .measures import kin_of_one, participle, whole_number
from .memo import sentence_ranges
from .places import place_at
from .registry import RegistryIndex
from .speakers import Speaker, _korean_role, affiliation as _affiliation, affiliation_end, name_particle as _name_particle, \
    phrase_has_head, resolve
from .words import acronym, Words, country_at, destination_case

_BOUNDARY = frozenset(",;:()[]\"“”«»„—–-!?.·")
_OPEN_QUOTES = frozenset("\"“«„")
_CLOSE_QUOTES = frozenset("\"”»“")
MAX_PHRASE = 14
ASIDE = 12  # words an aside between commas after a backward marker ("Про це в суботу, у …, повідомив") may hold
KOREAN_WINDOW = 60  # words looked at before a Korean speech verb for its subject and its quotation
_POSSESSIVE = ("'s", "’s", "s'", "s’")


@dataclass(frozen=True)
class Attribution:
    """A speaker found in a sentence: the cue's offset, the speaker (None: left out), the kind of cue.

    ``kind`` is one of: direct ("X said"), inverted ("said X"), according ("according to X"),
    citing ("citing X"), relay (an outlet passing on a report), backward ("this was reported by
    X": it speaks for the sentence before), elided (a speech verb with its subject left out).
    ``trailing`` marks a frame that closes its sentence ("…, the ministry said.").
    """

    position: int
    speaker: Speaker | None
    kind: str
    trailing: bool = False
    relative: bool = False  # "the militia, which says …": a relative clause, no subject for "It said" after it


def _number_word(word: str, lx: Language) -> bool:
    """Is the word a number ("two")? Read by the normaliser (:func:`measures.whole_number`), only for the rare verb
    of saying after "the" and a word."""
    return whole_number(word, lx) is not None


def _rules_on_clause(w: Words, i: int, lx: Language) -> bool:
    """Is the verb of finding at word i followed by the clause it rules on, or does it close its own clause?

    A body that finds ("the inquiry found", "a coroner has ruled") states the count of the clause it rules on: after
    a complementizer ("found that 23 people died"), a number whose clause has a finite verb of its own within a few
    words ("rules six victims were unlawfully killed"), or nothing at all when the verb closes the clause after its
    count ("…, the inquest found."). Before an object the verb finds things, not facts ("found guilty", "found 12
    bodies in the rubble", "found dead", "ruled out").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> def rules(s):
    ...     w = tokenize(s, 0, len(s), lx)
    ...     return _rules_on_clause(w, w.key.index("found") if "found" in w.key else w.key.index("ruled"), lx)
    >>> rules("The panel found that 40 people died."), rules("The jury ruled nine men were unlawfully killed.")
    (True, True)
    >>> rules("Rescuers found 12 bodies in the rubble."), rules("The court found him guilty.")
    (False, False)
    """
    n = len(w)
    j = i + 1
    if j >= n or (w.is_punct(j) and w.text[j] not in _OPEN_QUOTES):
        return True
    if w.key[j] in lx.words["complementizers"]:
        return True
    number = next((k for k in range(j, min(n, j + 3)) if _is_digit(w, k) or _number_word(w.text[k], lx)), None)
    if number is None:
        return False
    for k in range(number + 1, min(n, number + 6)):
        if w.is_punct(k) or w.key[k] in lx.words["relative_pronouns"]:
            return False
        if w.key[k] in lx.words["auxiliary_verbs"]:
            return True
    return False


def _names_a_body(speaker: Speaker, lx: Language) -> bool:
    """Does a role phrase name a body (a role of one word or more that is not generic, or a state body: "the interior
    ministry", "Цивільну оборону штату", "local authorities"), not just "officials" or "a source"?"""
    if any(k in lx.roles and (k not in lx.words["generic_roles"] or k in lx.national) for k in speaker.keys):
        return True
    sequence = list(speaker.sequence)
    return any((m := lx.roles.match(sequence, j)) is not None and m[0] >= 2 for j in range(len(sequence)))


def _is_digit(w: Words, i: int) -> bool:
    text = w.text[i]
    if text[:1].isdigit() and _dated_name_part(w, i):
        return False  # "5·18기념재단은": a date inside a body's name
    # a letter is never a digit: most words end here; a name that opens with a capital keeps its digits ("G1", "N1"),
    # and so does an ordinal before a capitalised word ("the army's 3rd Division")
    return not text.isalpha() and any(map(str.isdigit, text)) and not (text[0].isupper() and text.isalnum()) \
        and not (text[:1].isdigit() and text[-1:].isalpha() and text.isalnum() and i + 1 < len(w)
                 and w.is_capital(i + 1) and not w.is_punct(i + 1)) \
        and not (_ORDINAL_ENDING.fullmatch(text) and i + 1 < len(w) and w.text[i + 1][:1].isalpha()) \
        and not _prefixed_ordinal(text)
    # (nor an ordinal with its case ending before the noun it numbers: "командующий 1-й пехотной дивизией", "командир
    # 3-го батальйону"; nor a unit numbered by an ordinal prefix glued to its noun: "제6보병사단은", the 6th division)


def _prefixed_ordinal(text: str) -> bool:
    """Is the word a noun numbered by an ordinal prefix glued before its digits (the normaliser tables'
    ``ordinal_prefixes``: Korean 제, "제6보병사단은", "제2군단", "제3경찰서"), a name of a unit rather than a count? The
    prefixes of the four languages are read together: each is a word of its own script.

    Examples
    --------
    >>> _prefixed_ordinal("제6보병사단은"), _prefixed_ordinal("8명이"), _prefixed_ordinal("제2")
    (True, False, False)
    """
    return any(text.startswith(p) and (m := _DIGITS.match(text, len(p))) is not None and text[m.end():][:1].isalpha()
               for p in _ordinal_prefixes())


@lru_cache(maxsize=1)
def _ordinal_prefixes() -> tuple[str, ...]:
    """The ordinal prefixes of the four languages' normaliser tables, read once."""
    return tuple(sorted({p for lang in ("en", "uk", "ru", "ko") for p in lexicon(lang).ordinal_prefixes}))


_DIGITS = re.compile(r"\d+")


_ORDINAL_ENDING = re.compile(r"\d{1,3}-[^\W\d_]{1,3}")


def _dated_name_part(w: Words, i: int) -> bool:
    """Is the word at ``i`` a part of a month and day written inside a name (the month, the middle dot or the day),
    glued to the words around ("제주4·3평화재단", "5·18기념재단")? Korean bodies named after an event carry its date."""
    for dot in (i - 1, i, i + 1):
        if 0 < dot < len(w) - 1 and w.text[dot] in "·ㆍ" and w.end[dot - 1] == w.start[dot] \
                and w.end[dot] == w.start[dot + 1] and w.text[dot - 1][-1:].isdigit() \
                and w.text[dot + 1][:1].isdigit() and any(ch.isalpha() for ch in w.text[dot - 1] + w.text[dot + 1]):
            return True
    return False


def _stops(w: Words, i: int, lx: Language) -> bool:
    key = w.key[i]
    if lx.korean is not None and _dated_name_part(w, i):
        return False  # "제주4·3평화재단은 … 밝혔다": the date inside the body's name ends no phrase
    if w.text[i] == "." and i > 0 and w.key[i - 1] in lx.words["sentence_abbreviations"]:
        return False  # "said Maj. Gen. Ahmed Khan": the full stop of an abbreviation
    if w.text[i] == "." and 0 < i < len(w) - 1 and len(w.text[i - 1]) == 1 and w.text[i - 1].isupper() \
            and w.end[i - 1] == w.start[i] and w.is_capital(i + 1):
        return False  # "полковник Б.Энхтувшин", "глава района А. Петров": the full stop of a name's initial
    if 0 < i < len(w) - 1 and w.text[i][:1].isupper() and w.text[i - 1][:1].islower() and w.is_capital(i + 1) \
            and not acronym(w.text[i]):
        return False  # "regional commissioner Said Mtanda": a capitalised word inside the sentence is a name
    if key in lx.words["np_stops"] and _demonstrative(w, i, lx):
        return False  # "депутат от этого округа": a demonstrative declined with its noun (keyed as это), no stop (not
        # "Об этом глава МЧС сообщил")
    return (w.text[i] in _BOUNDARY or ((key in lx.words["np_stops"] or key in lx.words["clause_words"])
                                       and not acronym(w.text[i]))
            or _finite_verb(w, i, lx)
            or (_is_digit(w, i) and not numbered_body(w, i, lx)) or (key in lx.openers and (  # no phrase of the three starts with another word
                (lx.speech.match(w.key, i) is not None and not _noun_after_determiner(w, i, lx))
                or lx.citing.match(w.key, i) is not None or lx.according.match(w.key, i) is not None)))


def _web_address(w: Words, i: int) -> int:
    """How many words a web address opening at word ``i`` takes ("24.kg", "Tengrinews.kz": a name, a dot and a
    domain of Latin letters all small or all capital, glued: "ZAXID.NET", "LIGA.net"), or 0."""
    if i + 2 < len(w) and w.text[i + 1] == "." and w.end[i] == w.start[i + 1] and w.end[i + 1] == w.start[i + 2] \
            and w.text[i + 2].isascii() and w.text[i + 2].isalpha() \
            and (w.text[i + 2].islower() or w.text[i + 2].isupper()) \
            and 2 <= len(w.text[i + 2]) <= 6 and w.text[i][:1].isalnum():
        return 3
    return 0


REMIT_REACH = 4  # words from a body's head noun or its remit's preposition to the first comma of its list


def _remit_list(w: Words, comma: int, end: int, lx: Language) -> int:
    """How many words a comma at ``comma`` joins to a body's name, when it parts the items of a list of what the body
    deals with: nouns in the genitive after the body's head noun or its remit's preposition (the table's
    ``remit_prepositions``), the list closed by a coordinator before ``end`` ("Министерство труда, социальной защиты
    и миграции", "комиссии по делам военнопленных, заложников и без вести пропавших граждан"); 0 otherwise.
    (pymorphy3)"""
    if lx.table["morphology"] != "pymorphy3" or comma < 2 or w.is_punct(comma - 1) \
            or not any(case[0] == "gent" for case in lx.agreement(w.text[comma - 1])):
        return 0
    head = next((x for x in range(comma - 1, max(-1, comma - 1 - REMIT_REACH), -1) if w.is_punct(x) or w.key[x] in lx.roles
                 or w.key[x] in lx.words["remit_prepositions"]), None)
    if head is None or w.is_punct(head):
        return 0
    joined = next((x for x in range(comma + 1, min(end, comma + 8)) if w.is_punct(x)
                   or w.key[x] in lx.words["coordinators"]), None)
    if joined is None or w.is_punct(joined) or joined == comma + 1 or not all(
            w.text[x][:1].islower() for x in range(comma + 1, joined + 2) if x < end):
        return 0
    return joined - comma + 1


def _finite_verb(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i`` a verb's form in small letters ("держит", "спробували", "привлечены"; pymorphy3's first
    reading, not an adjective or a participle that may describe a noun)? A verb is never part of a speaker's name."""
    return lx.table["morphology"] == "pymorphy3" and w.text[i][:1].islower() and lx.predicate_form(w.text[i]) \
        and not lx.modifier(w.text[i]) and not (i > 0 and w.text[i - 1][:1].islower() and lx.preposition(w.text[i - 1]))
    # (no verb stands right after a preposition: "без вести пропавших", the noun "весть", not "to lead")


def _document_agent_after(w: Words, i: int, lx: Language) -> int | None:
    """Where the agent of a document named at ``i`` opens, when a participle and "by" follow the document's noun
    ("according to a study led by Ghent University", "an analysis carried out by the institute", "a survey
    commissioned by the ministry": the agent made it and speaks; or a preposition of the table's
    ``document_prepositions`` right after the noun: "the latest update from the IOM"); else None. The document's nouns
    are the table's ``statement_words``, ``estimate_nouns`` and ``document_nouns``."""
    documents = lx.words["statement_words"] | lx.words["estimate_nouns"] | lx.words["document_nouns"] \
        | lx.words["medium_nouns"]  # ("according to a Telegram post by the governor": a post is its poster's)
    k = i
    while k < len(w) and k - i < 2 and w.text[k][:1].islower() and w.key[k] not in documents and not w.is_punct(k):
        k += 1  # "a new study", "a peer-reviewed analysis"
    if k >= len(w) or w.key[k] not in documents:
        return None
    while k + 1 < len(w) and w.key[k + 1] in lx.words["medium_nouns"]:
        k += 1  # "a Telegram post", "a video address": the platform, then the kind of post
    if k + 2 < len(w) and w.key[k + 1] in lx.words["document_prepositions"]:
        return k + 2  # "according to the latest update from the IOM", "a report by Human Rights Watch"
    endings = tuple(lx.words["passive_endings"])
    for p in range(k + 1, min(len(w) - 1, k + 4)):
        if w.is_punct(p):
            return None
        if w.key[p] in lx.words["agent_prepositions"]:
            return p + 1 if any(w.text[x].endswith(endings) for x in range(k + 1, p)) else None
    return None


VALUED_REACH = 12  # words from a verb of valuing to its preposition of value, the object between


def _valued_measure(w: Words, i: int, lx: Language) -> bool:
    """Does the verb of valuing at ``i`` value a measure of people at a number ("puts Ukraine's losses at almost a
    million", "put the dead at 300": a measure's word in its object, then a preposition of value before a number)?"""
    for k in range(i + 1, min(len(w) - 1, i + VALUED_REACH)):
        if w.is_punct(k) or w.key[k] in lx.words["clause_words"]:
            return False  # (the object may be long: "placed the storm's overall death toll in the region at 42")
        if w.key[k] in lx.words["value_prepositions"]:
            return k > i + 1 and any(lx.measures.match(w.key, x) for x in (
                *range(i + 1, k), *range(k + 1, min(len(w), k + 9)))) and bool(
                find_ranges(" ".join(w.text[k + 1:k + 5]), lang=lx.lang))  # (the measure's noun may follow the value:
            # "put the force's current strength in the country at between 2,000 and 2,500 personnel")
    return False


def _noun_after_determiner(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i`` a noun after a number or a determiner ("officials in the two states", "both states"), not
    a verb of saying?"""
    if i == 0 or not lx.words["definite_determiners"] or w.is_punct(i - 1):
        return False
    before = w.key[i - 1]
    return before in lx.words["definite_determiners"] or before in lx.words["determiners"] or _is_digit(w, i - 1) \
        or (i > 1 and w.key[i - 2] in lx.words["definite_determiners"] and _number_word(w.text[i - 1], lx)) \
        or _name_and_bare_form(w, i, lx)


def _name_and_bare_form(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i``, a verb of saying in its bare form after a determiner and a name in the singular, that
    name's document ("the WHO report said", "called the LSHTM estimate speculation")? The name and the bare form do
    not agree, so they are no subject and its verb (not "The UN estimates", "the Houthis estimate"). English-like
    tables only (no morphology)."""
    plural = tuple(lx.words["plural_endings"])
    return lx.table["morphology"] == "none" and lx.korean is None and i > 1 \
        and w.key[i - 2] in lx.words["definite_determiners"] and w.is_capital(i - 1) \
        and not w.text[i - 1].endswith(plural) and not w.text[i].endswith(plural)


def numbered_body(w: Words, i: int, lx: Language) -> bool:
    """Is the number at ``i`` the number of a body named before it, with a name after it ("директор лікарні №2
    Андрій Мельник", "больницы № 5 Иван …"), or inside a name of capitalised words right before a verb of saying
    ("ISOC Region 4 reported", "the … Command (ISOC) Region 4 reported")? Then it is part of the speaker phrase.

    Parameters
    ----------
    w : Words
        The sentence's words.
    i : int
        The index of the number.
    lx : Language
        The language's tables.

    Returns
    -------
    bool
        Whether the number belongs to the name of a body.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "Four people died, Police Division 12 said."
    >>> numbered_body(tokenize(s, 0, len(s), language("en")), 6, language("en"))
    True
    >>> s = "Police said 12 died."
    >>> numbered_body(tokenize(s, 0, len(s), language("en")), 2, language("en"))
    False
    """
    if w.text[i].isdigit() and _in_registered_name(w, i, lx):
        return True  # "Utopia 56 said", "Rescue 1122 said": a number of a name the registry knows
    if not (w.text[i].isdigit() and len(w.text[i]) <= 3 and i > 0 and i + 1 < len(w)):
        return False
    if w.key[i - 1] in lx.roles and w.is_capital(i + 1):
        return True
    if lx.korean is None and (i == 1 or w.key[i - 2] in lx.words["definite_determiners"]) and w.is_capital(i - 1) \
            and w.key[i - 1] not in lx.words["np_stops"] and w.key[i - 1] not in lx.words["determiners"] \
            and (_says_at(w, i + 1, lx) or _appositive_at(w, i + 1, lx)) \
            and sentence_ranges(f"{w.text[i - 1]} {w.text[i]}", lx.lang)[0].start > 0:
        return True  # "Harbour 24 said", "Harbour 24, a charity that …, said": one capitalised word and its number
        # open the sentence as a body's name (not "About 56 said": a hedge is the number's own)
    return lx.korean is None and i > 1 and w.is_capital(i - 1) and (
        (not w.is_punct(i - 2) and w.is_capital(i - 2)) or w.text[i - 2] == ")") \
        and w.key[i - 1] not in lx.words["np_stops"] and (_says_at(w, i + 1, lx) or _appositive_at(w, i + 1, lx))
    # "ISOC Region 4 reported": a number inside a body's name


def _says_at(w: Words, i: int, lx: Language) -> bool:
    """Does a verb of saying open at word ``i``?"""
    return w.key[i] in lx.speech.firsts and lx.speech.match(w.key, i) is not None


def _appositive_at(w: Words, i: int, lx: Language) -> bool:
    """Does a comma at word ``i`` open an appositive or a relative clause (", a charity that …", ", which …")?"""
    return w.text[i] == "," and i + 1 < len(w) and (
        w.key[i + 1] in lx.words["determiners"] or w.key[i + 1] in lx.words["relative_pronouns"])


def _in_registered_name(w: Words, i: int, lx: Language) -> bool:
    """Is word ``i`` inside a name of several words the bundled registry knows ("Utopia 56", "Rescue 1122", "444th
    Brigade")?

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "Utopia 56 said two men were missing."
    >>> _in_registered_name(tokenize(s, 0, len(s), language("en")), 1, language("en"))
    True
    >>> s = "Police said 56 men were missing."
    >>> _in_registered_name(tokenize(s, 0, len(s), language("en")), 2, language("en"))
    False
    """
    from .registry import registry_index

    index = registry_index(lx.lang)
    for j in range(max(0, i - 3), i + 1):
        found = index.match(w.key, w.text, j)
        if found is not None and found[0] > 1 and j + found[0] > i:
            return True
    return False


def _has_measure(w: Words, a: int, b: int, lx: Language) -> bool:
    """A phrase with an event word (died, wounded) and no role in it is a clause, not a speaker (nor a person before
    it)."""
    cue: set[int] = set()  # the words of event cues ("доставлены в одну больницу": больница is no role here)
    for i in range(a, b):
        m = lx.measures.match_loose(w.key, i)
        if m and m[1][1] == 1:  # type: ignore[index]
            cue.update(range(i, i + m[0]))
    return bool(cue) and not any(w.key[i] in lx.roles or (i < min(cue) and _person_head(w, i, lx))
                                 or (i > max(cue) and (_korean_role(w.key[i], lx) or w.key[i] in lx.words["kin_nouns"]))
                                 for i in range(a, b) if i not in cue)
    # (a person named by a noun of living beings before the cue is the head: "сосед погибшего", "мать пропавшего"; a
    # Korean compound of a role or a noun of kin after it is the head the cue describes: "희생자 유족회장", the victims'
    # families' head, "실종자 가족", a family of the missing)


APPOSITIVE = 18  # words an appositive between a subject and its verb may hold ("X, 38, a farmer who escaped by
# hiding in a grain store behind the mosque, said")


def _parenthesis_opening(w: Words, k: int) -> int | None:
    """The "(" that opens the parenthesis closed by word ``k`` (a ")"), at most 8 words back, or None.

    A parenthesis may hold a comma ("Группировка X (JNIM, запрещена в РФ) заявила"), never another parenthesis.
    """
    m = k - 1
    while m >= 0 and k - m <= 8 and w.text[m] not in "()":
        m -= 1
    return m if m >= 0 and w.text[m] == "(" else None


def _before_own_place(w: Words, j: int, lx: Language) -> int:
    """The last word of a subject before the place it spoke in, when the words up to ``j`` (right before a verb of
    saying) are one; else ``j``.

    The place is a place preposition, then modifiers and a noun of the tables' ``medium_nouns``, ``statement_words``
    or ``document_nouns`` ("«Хезболла» в своем Telegram-канале подтвердила", "Мэр в своем канале в Telegram сообщил",
    "ХАМАС у своїй заяві повідомив", "в официальном заявлении"), or any noun the subject's own possessive (the tables'
    ``reflexive_possessives``) opens ("в своем обращении к нации"). Several places in a row are all passed ("в своем
    канале в Telegram"). A place after a comma gives the comma, so that the appositive before it is read ("Оператор
    судна, грецька компанія X, у своїй заяві уточнила"); one at the clause's start ("В Telegram-канале МЧС сообщили")
    has no subject before it, and stays.

    Parameters
    ----------
    w : Words
        The sentence's words.
    j : int
        The word right before the verb of saying.
    lx : Language
        The language's tables.

    Returns
    -------
    int
        The word the subject ends at.
    """
    own = lx.words["reflexive_possessives"]
    nouns = lx.words["medium_nouns"] | lx.words["statement_words"] | lx.words["document_nouns"] \
        | lx.words["evidence_nouns"]
    end = j
    while end >= 2:
        p = end - 1
        if w.key[end] in nouns:
            while p > end - 4 and p > 0 and w.text[p][:1].islower() and (lx.modifier(w.text[p]) or lx.oblique(w.text[p])):
                p -= 1
        else:
            p = next((x for x in range(end - 1, max(0, end - 4), -1) if w.key[x] in own), 0)
            if any(w.is_punct(x) for x in range(p + 1, end + 1)):
                break
            p -= 1
        if p < 1 or w.key[p] not in lx.words["place_prepositions"]:
            break
        if w.text[p - 1] == ",":
            return p - 1
        if w.is_punct(p - 1) and w.text[p - 1] not in _CLOSE_QUOTES and w.text[p - 1] != ")":
            break
        end = p - 1
    return end


PARTICIPLE_MIN = 6  # letters of a present participle at least ("living", "fleeing"; not "king", "thing")


def _reports_nothing(w: Words, i: int, length: int, lx: Language) -> bool:
    """English-like tables: is the word of saying at ``i`` (``length`` words) the plural noun of a name before a mark
    ("the Baltic states, well below …", "the Gulf states."): "the", a capitalised word that is no role ("Council",
    "Pentagon" are: "The Council reports."), the word in a plural ending, a mark right after it, and no mark before it
    in the sentence that could close a reported clause (a comma, a colon, a dash, a quotation mark; not a number's
    comma: "Twelve people were killed, the Pentagon says.")? Such a verb would report nothing: the word is a noun."""
    end = i + length
    if any(w.is_punct(k) and w.text[k] not in "()'’" and not _digit_comma(w, k) for k in range(0, i)):
        return False
    return length == 1 and i >= 2 and end < len(w) and w.is_punct(end) and w.text[end] not in _CLOSE_QUOTES \
        and w.key[i - 2] in lx.words["definite_determiners"] and w.is_capital(i - 1) \
        and w.key[i - 1] not in lx.roles and lx.people.match(w.key, i - 1) is None \
        and w.text[i].endswith(tuple(lx.words["plural_endings"]))


def _participle_after_people(w: Words, start: int, end: int, lx: Language) -> int | None:
    """English-like tables: the first present participle in small letters (the table's ``participle_endings``) right
    after a noun of people or a role inside the words [start, end) before a verb of saying ("Mothers searching for the
    missing say", "volunteers helping with the search said"), or None. The participle opens a reduced relative clause
    about the noun before it; one before an object pronoun names the subject ("militias calling themselves X": X is
    the name, which speaks)."""
    endings = tuple(lx.words["participle_endings"])
    if not endings or lx.table["morphology"] != "none" or lx.korean is not None:
        return None
    for x in range(max(start, 1), end):
        if w.is_punct(x):
            return None
        text = w.text[x]
        if text.islower() and len(text) >= PARTICIPLE_MIN and text.endswith(endings) \
                and lx.speech.match(w.key, x) is None and not (x + 1 < end and w.key[x + 1] in lx.words["object_pronouns"]) \
                and (lx.people.match(w.key, x - 1) is not None or w.key[x - 1] in lx.roles or _plural_noun(w, x - 1, lx)):
            return x
    return None


def _plural_noun(w: Words, k: int, lx: Language) -> bool:
    """English-like tables: does word ``k`` read as a plural noun ("mothers", "farmers"): letters ending in a plural
    ending of the table, more than three, no auxiliary, determiner, pronoun or glue word ("was", "its", "this")?"""
    text, key = w.text[k], w.key[k]
    return text.isalpha() and len(text) > 3 and text.endswith(tuple(lx.words["plural_endings"])) and not (
        key in lx.words["auxiliary_verbs"] or key in lx.words["determiners"] or key in lx.words["pronouns"]
        or key in lx.words["np_glue"] or key in lx.words["definite_determiners"] or key in lx.words["clause_words"])


def _chunk_before(w: Words, i: int, lx: Language) -> tuple[int, int]:
    """The words before word ``i`` back to a clause boundary, skipping adverbs and an appositive."""
    verb = _first_verb(w, i, lx)
    if verb is not None:
        return _chunk_before(w, verb, lx)  # "An army spokesman dismissed the claim and said": the subject of the first
        # of two verbs joined by "and"
    j = i - 1
    received = next((x for x in range(j, max(0, j - 3), -1) if w.key[x] in lx.words["receiving_verbs"]), None) \
        if lx.korean is None and lx.table["morphology"] == "none" else None
    if received is not None and not any(w.is_punct(x) or not w.text[x][:1].islower() for x in range(received, i)):
        j = received - 1  # "The Commission has also received credible reports that …": the speech word is the object
        # of a verb of receiving, whose subject (who got the reports) speaks
    skipped = 0
    while j >= 0 and skipped < 4 and (w.key[j] in lx.words["skip_before_verb"] or _adverb_after_auxiliary(w, j, lx)):
        j -= 1
        skipped += 1
    j = _before_governor(w, j, lx)
    j = _before_date(w, j, lx)  # "Міністерство оборони Азербайджану 23 вересня повідомило", "on September 23 said"
    j = _before_own_place(w, j, lx)
    j = _date_before(w, j, lx)  # (a date with its year: "МЗС Польщі 12 березня 2024 року повідомило")
    j = _before_own_place(w, j, lx)  # (a place before a date: "X у своїй заяві 12 березня 2024 року повідомило")
    if j >= 2 and w.key[j] in lx.words["evidence_nouns"] and w.key[j - 1] in lx.words["reflexive_possessives"] \
            and not w.is_punct(j - 2) and w.text[j - 2].islower():
        j -= 3  # "HRANA за своїми підрахунками наводить": its own count, by which the subject before it speaks
    placed = False  # a body spoken in, at the clause's start, before a relative clause about it
    if j >= 0 and w.text[j] == ",":
        k = j - 1
        while k >= 0 and j - k <= APPOSITIVE:
            if w.text[k] in _CLOSE_QUOTES and k > 0:  # "…, близький до «Африканського корпусу», написав"
                quote_open = next((x for x in range(k - 1, max(-1, k - 6), -1) if w.text[x] in _OPEN_QUOTES), -1)
                if quote_open > j - 12 and quote_open > 0 and not w.is_punct(quote_open - 1) and w.is_capital(quote_open + 1) and not any(
                        w.is_punct(x) and w.text[x] != "-" for x in range(quote_open + 1, k)):
                    k = quote_open - 1  # a quoted name inside the appositive
                    continue
            if w.text[k] == ")" and (m := _parenthesis_opening(w, k)) is not None and m > 0 \
                    and not w.is_punct(m - 1):
                k = m - 1  # "X, deputy director of the Fire Service (FSCD) in Y, said": a parenthesis inside it
                continue
            if w.text[k] in ",;:\"“”«»(" and not _digit_comma(w, k):  # (a thousands comma is no mark)
                break
            k -= 1
        named = k > 1 and w.text[k - 1] in _CLOSE_QUOTES and w.text[k - 2][:1].isalnum()  # "канал «Вісник», …,"
        if k > 0 and w.text[k] == "," and (not w.is_punct(k - 1) or named or w.text[k - 1] == ")") and (not any(
                lx.measures.match(w.key, x) for x in range(k + 1, j)) or _role_opens(w, k + 1, j, lx)
                                                                           or _kin_of_counted(w, k + 1, j, lx)):
            # ("Name (ACR), the …, said"; "X, head of the prisoners' affairs committee, told": a role opens it)
            clause = w.key[k + 1] in lx.words["np_stops"] or w.key[k + 1] in lx.words["relative_pronouns"] or any(
                " ".join(w.key[k + 1:k + 1 + len(p.split())]) == p for p in lx.words["based_phrases_phrases"])
            if lx.table["morphology"] == "pymorphy3" and not clause and any(
                    country_at(w, x, lx) for x in range(k + 1, j)):
                return k + 1, j  # "Оператор судна, грецька компанія Aegean Tankers, уточнила": the appositive names
                # the body and its country
            if lx.table["morphology"] == "pymorphy3" and not clause and k >= 1 and w.key[k - 1] in lx.roles \
                    and j - k <= 3 and all(acronym(w.text[x]) or (w.text[x][:1].isupper() and w.text[x].isascii())
                                           for x in range(k + 1, j)):
                return k + 1, j  # "Інша правозахисна група, HRANA, наводить": a body described by its kind, then
                # its name in Latin letters (no person's name in a Cyrillic text), which speaks
            j = k - 1  # "Petrenko, 52, told" / "Pang, the society's head, said" (no clause of a measure: "…, двоє
            # з них у важкому стані, уточнили …")
            age = _age_start(w, j, lx)
            if age is not None and age >= 2 and w.text[age - 1] == "," and not w.is_punct(age - 2):
                j = age - 2  # "Олена Коваль, 52 роки, медсестра лікарні, розповіла": an age before the title
        elif (opened := _inserted_clause(w, j, lx)) is not None:
            j = opened - 1  # "A local official, who asked not to be named because …, told": the subject before it
            placed = _placed_body(w, j, lx) and not participle(w, opened + 1, lx)
        else:
            return i, i
        if j >= 1 and lx.oblique(w.text[j]) and w.key[j - 1] in lx.words["np_glue"] and not placed:
            return i, i  # "… уехали из России, опасаясь преследования, рассказал X": a noun after a preposition before
            # the comma is no subject (the speaker comes after the verb)
        if j >= 2 and _is_digit(w, j) and w.text[j - 1] == "," and not w.is_punct(j - 2) and w.text[j].isdigit():
            j -= 2  # "Gohar Mkrtchyan, 58, who runs a shop in Sotk, said": an age before the appositive
    if j >= 1 and w.key[j] in lx.words["relative_pronouns"] and w.text[j - 1] == ",":
        j -= 2  # "Harvard researchers, which estimated …": the phrase before the comma
    agents = lx.words["agent_prepositions"]
    for p in range(j, max(1, j - 4), -1) if agents else ():  # "A resident reached by telephone said": a reduced
        if w.is_punct(p):  # relative clause (a participle and its agent) between the subject and the verb
            break
        if w.key[p] in agents and p >= 2 and not w.is_punct(p - 2) and w.text[p - 1][:1].islower() and any(
                w.text[p - 1].endswith(e) and len(w.text[p - 1]) > len(e) + 2 for e in lx.words["passive_endings"]) \
                and w.key[p - 2] not in lx.words["skip_before_verb"] and not any(
                    w.key[x] in lx.words["coordinators"] for x in range(p + 1, j + 1)):
            # (not "it was alarmed by the violence and estimated": a passive verb of its own, then another verb)
            j = p - 2
            break
    end = j + 1
    tail = end  # where the phrase ends before a parenthesis right before the verb
    k = j
    joint = -1  # the last comma of a list of countries ("U.S., South Korean … officials")
    listed = 0  # words of a body's list of remits passed over ("Министерство труда, социальной защиты и миграции")
    while k >= 0 and tail - k <= MAX_PHRASE + listed:  # (a parenthesis right before the verb is no part of the phrase's length:
        # "группировка «…» (JNIM, признана в РФ террористической и запрещена) заявила")
        if w.text[k] == ")":  # "the International Organization for Migration (IOM) said"
            m = _parenthesis_opening(w, k)
            if m is not None:
                if k != tail - 1:
                    listed += k - m + 1  # "Представитель Управления … по делам беженцев (УВКБ) в Мавритании Элен
                    # Дюпюи заявила": an acronym in brackets inside the phrase restates the name, no length of its own
                tail = m if k == tail - 1 else tail
                k = m - 1
                continue
        if w.text[k] in _CLOSE_QUOTES and lx.korean is None:
            m = k - 1
            while m >= 0 and k - m <= 8 and w.text[m] not in _OPEN_QUOTES:
                m -= 1
            if m >= 0 and w.text[m] in _OPEN_QUOTES and m < k - 1 and k - m <= 5 and not any(
                    w.is_punct(x) and w.text[x] != "-" for x in range(m + 1, k)) and (
                    k == tail - 1 or (m > 0 and w.key[m - 1] in lx.roles) or (
                        all(w.text[x][:1].islower() for x in range(m + 1, k))
                        and any(w.key[x] in lx.roles for x in range(m + 1, k)))):
                k = m - 1  # a quoted name right before the verb: «Би-би-си» отмечает; or a body's quoted name
                continue  # after its role noun, inside the phrase: 'директор больницы "Мадина" Мохамед Абди'; or a
                # role in scare quotes ("Окупаційна «адміністрація» району", "так называемые «власти»")
        if w.text[k] == "," and k > 0 and country_at(w, k - 1, lx) and k + 1 < len(w) and (country_at(w, k + 1, lx) or (
                k + 2 < len(w) and w.key[k + 1] in lx.words["definite_determiners"] and country_at(w, k + 2, lx))) \
                and not (k >= 2 and (w.key[k - 2] in lx.words["place_prepositions"]
                                     or w.key[k - 2] in lx.words["motion_prepositions"])) \
                and any(w.key[x] in lx.words["coordinators"] for x in range(k + 1, end)):
            # ("… into Chad, X said"; a list has its "and": not "… the border with Colombia, Panama's agency said")
            joint = k if joint < 0 else joint
            k -= 1  # "U.S., South Korean and Ukrainian officials said"
            continue
        if w.text[k] == "," and (length := _remit_list(w, k, end, lx)):
            listed += length
            k -= 1  # "Председатель Государственной комиссии по делам военнопленных, заложников и без вести пропавших
            continue  # граждан Эльнур Гасанов заявил": a list of what the body deals with is part of its name
        if _stops(w, k, lx):
            break
        k -= 1
    relative = next((x for x in range(k, max(0, end - INSERTED), -1) if w.is_punct(x) or _is_digit(w, x)
                     or (w.key[x] in lx.words["person_relatives"] and not acronym(w.text[x]))), None)
    if relative is not None and relative > 0 and w.key[relative] in lx.words["person_relatives"] \
            and not w.is_punct(relative - 1):
        return _chunk_before(w, relative, lx)  # "A fisherman who fled the village with his family told": the relative
        # clause describes the subject before it, which speaks
    relative = _thing_relative(w, k, end, lx)
    if relative is not None:
        return _chunk_before(w, relative, lx)  # "the armed group that controls the area said": the same with "that"
    reduced = _participle_after_people(w, max(k, 1), end, lx)  # (the walk back may stop on the participle)
    if reduced is not None:
        return _chunk_before(w, reduced, lx)  # "A collective of mothers searching for their missing children
        # said", "Residents living near the dam told": a reduced relative clause of the present participle describes
        # the subject before it, which speaks
    if tail - (k + 1) > MAX_PHRASE + listed:
        return i, i
    start = k + 1
    own = next((x for x in range(end - 3, max(-1, end - MAX_PHRASE - 5), -1)
                if w.is_punct(x) or w.key[x] in lx.words["first_person"]), None) if lx.korean is None else None
    if own is not None and own >= 0 and not w.is_punct(own) and w.text[own + 1][:1].islower() \
            and w.key[own + 2] in lx.words["place_prepositions"]:
        return own, own + 1  # "our teams at the Torkham and Spin Boldak border crossings recorded": the first person's
        # own people, wherever they are, speak for it
    limit = lx.table["max_unknown_words"]
    unknown = 0
    for m in range(end - 1, start - 1, -1):
        if _unknown(w, m, lx):
            unknown += 1
            if unknown > limit:
                start = m + 1
                break
    while start < end and _unknown(w, start, lx):
        start += 1  # a phrase does not open with a word we cannot place ("confused even President Trump")
    skip, places = lx.words["skip_before_verb"], lx.words["place_prepositions"]
    while start < end - 1 and lx.table["morphology"] == "pymorphy3" and (w.key[start] in skip and (
            w.key[start] not in places or (
            w.key[start + 1] in skip and w.key[start + 1] not in places))
            or lx.adverb(w.text[start]) and w.key[start + 1] in places):  # ("Отдельно в ведомстве рассказали")
        start += 1  # "Своєю чергою МВС … заявило", "В свою очередь полиция …": an adverb opening the clause is no
        # part of its subject
    start = _past_connective(w, start, end, lx)
    if i < len(w) and w.text[i][:1].islower() and lx.predicate_form(w.text[i]):
        start = _past_adverbial(w, start, end, lx)  # (the subject of a verb; not the title before a name)
    if end - start > 1 and (w.key[end - 1] in lx.words["first_person"] or w.key[end - 1] in lx.words["pronouns"]
                            and w.key[end - 2] not in lx.words["np_glue"]):
        start = end - 1  # "So far we have counted", "Meanwhile it said": a pronoun takes no words before it
    if start < joint and any(_unknown(w, m, lx) for m in range(start, joint)):
        start = joint + 1  # "… as they tried to reach Britain, French authorities said": a clause, then the speaker
    return _person_from(w, start, end, lx), end


def _document_modifier(w: Words, k: int, lx: Language) -> bool:
    """Is the word at ``k`` a word in small letters that says what a document is ("situation", "flash",
    "humanitarian" before "report", "update"): no possessive, role, people noun, determiner, cue of a measure, verb
    of saying nor number?"""
    text, key = w.text[k], w.key[k]
    small = ("np_glue", "noun_prepositions", "auxiliary_verbs", "infinitive_markers", "skip_before_verb",
             "coordinators", "determiners", "pronouns")
    return text[:1].isalpha() and text.islower() and not text.endswith(_POSSESSIVE) and key not in lx.roles \
        and lx.people.match(w.key, k) is None and not any(key in lx.words[x] for x in small) \
        and lx.measures.match(w.key, k) is None and lx.speech.match(w.key, k) is None \
        and not _number_word(text, lx)


def _quoted_subject(w: Words, i: int, lx: Language, registry: RegistryIndex, text: str) -> Speaker | None:
    """The subject of "was quoted … as" before the verb of saying at ``i`` ("…, the police chief was quoted as
    saying"; "…, X was quoted by local media as saying"): a verb of citing after a passive auxiliary, then up to five
    words and a word of the table's ``passive_complements`` right before the verb; the phrase before the auxiliary
    speaks. Else None."""
    if i < 4 or w.key[i - 1] not in lx.words["passive_complements"]:
        return None
    for x in range(i - 2, max(0, i - 8), -1):
        if w.is_punct(x):
            return None
        if lx.citing.match(w.key, x) is not None and w.key[x - 1] in lx.words["passive_auxiliaries"]:
            a, b = _chunk_before(w, x - 1, lx)
            speaker = _speaker(w, a, b, lx, registry, text, a == 0) if a < b else None
            return speaker if speaker is not None and not speaker.pronoun else None
    return None


def _thing_relative(w: Words, k: int, end: int, lx: Language) -> int | None:
    """Where "that" or "which" opens a relative clause without commas between a speaker and its verb of saying ("the
    armed group that controls the mine said", "the agency which runs the camps told"), searched back from the phrase's
    stop ``k`` to at most ``INSERTED`` words before the verb at ``end``; else None. English only (no morphology): the
    word before the pronoun is a role, a people noun or a name, the one after it a verb in small letters (no
    determiner, pronoun, role or people noun: "the toll that officials gave" is a clause of its own subject).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "Two died, the armed group that controls the area said"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _thing_relative(w, 7, len(w) - 1, lx)
    6
    >>> s = "the toll that officials said"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> _thing_relative(w, 2, len(w) - 1, lx) is None
    True
    """
    if lx.table["morphology"] != "none" or lx.korean is not None:
        return None
    relatives = lx.words["relative_pronouns"]
    closed = lx.words["determiners"] | lx.words["pronouns"] | lx.words["first_person"] | lx.words["np_stops"]
    for x in range(min(k, end - 2), max(0, end - INSERTED), -1):
        if w.is_punct(x) or _is_digit(w, x) or _number_word(w.text[x], lx):
            return None
        if w.key[x] not in relatives or w.key[x] in lx.words["person_relatives"] or acronym(w.text[x]):
            continue
        before, after = w.text[x - 1], w.text[x + 1]
        if w.is_punct(x - 1) or not (w.key[x - 1] in lx.roles or w.key[x - 1] in lx.people or before[:1].isupper()):
            return None
        if not (after[:1].isalpha() and after[:1].islower()) or w.key[x + 1] in closed \
                or w.key[x + 1] in lx.roles or w.key[x + 1] in lx.people:
            return None
        return x
    return None


def _before_governor(w: Words, j: int, lx: Language) -> int:
    """Word ``j`` ends what stands before a verb of saying; when it is the infinitive's marker after a word of wish,
    regret, pleasure or ability (the table's ``saying_governors``: "wishes to inform", "is pleased to announce", "would
    like to clarify", "has the honour to report"), or a modal ("can confirm"), where the words before those end, past
    the auxiliaries, adverbs and articles before them (``skip_before_verb``, ``determiners``); else ``j``.

    The subject of the governing word speaks: "The Ministry wishes to further inform that …" is the ministry's."""
    governors, modals = lx.words["saying_governors"], lx.words["modal_words"]
    if not governors:
        return j
    if j >= 0 and w.key[j] in modals:
        j -= 1
    elif j >= 1 and w.key[j] in lx.words["infinitive_markers"] and w.key[j - 1] in governors:
        j -= 2
    else:
        return j
    skipped = 0
    while j >= 0 and skipped < 4 and (w.key[j] in lx.words["skip_before_verb"] or w.key[j] in modals or (
            w.key[j] in lx.words["determiners"] and j + 1 < len(w) and w.key[j + 1] in governors)):
        j -= 1  # "would like to", "has the honour to", "is also pleased to"
        skipped += 1
    return j


def _examination(w: Words, a: int, b: int, lx: Language) -> bool:
    """Is the phrase words[a:b] headed by a noun of a forensic or medical examination (the table's
    ``examination_nouns``: "експертиза", "вскрытие", "tests")? The head is the phrase's first word in a language with
    cases, its last in English."""
    nouns = lx.words["examination_nouns"]
    if not nouns:
        return False
    head = b - 1 if lx.table["morphology"] == "none" else a
    return w.key[head] in nouns


def _adverb_after_auxiliary(w: Words, j: int, lx: Language) -> bool:
    """Is the word at ``j`` an English adverb between an auxiliary and the verb ("have long put", "has repeatedly
    said", "had consistently estimated"): a lowercase word in -ly, or "long", right after a word of the table's
    ``auxiliary_verbs``? It is no part of the subject before the auxiliary ("Local historians have long put …")."""
    if lx.table["morphology"] != "none" or j < 1 or w.key[j - 1] not in lx.words["auxiliary_verbs"]:
        return False
    text = w.text[j]
    return text.isalpha() and text.islower() and (text == "long" or (len(text) > 4 and text.endswith("ly")))


def _past_connective(w: Words, start: int, end: int, lx: Language) -> int:
    """Where a subject opening at ``start`` begins after a connective of the table's ``clause_connectives`` that opens
    its clause ("Тим часом поліція …", "Між тим МВС …", "Кроме того, полиция …", "Со своей стороны МИД …"): the
    connective links the sentence to the one before and is no part of the subject; ``start`` when none opens it."""
    for phrase in lx.words["clause_connectives"]:
        n = phrase.count(" ") + 1
        if start + n < end and " ".join(w.text[start:start + n]).casefold() == phrase:
            return start + n + (w.text[start + n] == "," and start + n + 1 < end)
    return start


def _past_adverbial(w: Words, start: int, end: int, lx: Language) -> int:
    """Where a subject opening at ``start`` begins after adverbials that open its clause: adverbs ("Торік", "Нині") and
    prepositions other than of place with the words they govern ("Завдяки ДНК-експертизам Національна поліція …",
    "Після засідання уряду МВС …", "Під час брифінгу речник …"): the governed words are in an oblique case, or in small
    letters and no role, up to a word that may be the subject; so are oblique words that open it alone ("Минулого
    тижня МОЗ Кенії …"). ``start`` when no adverbial opens the phrase, or
    when no word after it may be a subject. (pymorphy3)"""
    k, places = start, lx.words["place_prepositions"]
    times = lx.words["time_nouns"] | lx.words["occasion_nouns"]  # ("В ходе слушаний глава …", "У ефірі … голова …")
    while k < end - 1 and w.text[k].isalpha() and (w.key[k] not in places or (
            k + 2 < end and w.key[k + 1] in times or w.key[k + 2] in times and lx.adjectival(w.text[k + 1]))) and (
            lx.adverb(w.text[k]) or lx.preposition(w.text[k]) or lx.governed(w.text[k])) \
            and lx.according.match(w.key, k) is None and lx.citing.match(w.key, k) is None:
        # ("за словами речника агентства Ріо Сантосо" names its speaker; a preposition of place opens an adverbial only before a noun of time: "В прошлом месяце полиция …")
        governs = not lx.adverb(w.text[k])  # (an oblique phrase of time opens alone: "Минулого тижня МОЗ …")
        k += 1
        while governs and k < end - 1 and (lx.governed(w.text[k]) or (
                w.text[k].islower() and not lx.preposition(w.text[k]) and not lx.adverb(w.text[k]) and (
                lx.roles.match(w.key, k) is None or ("gent", "sing", "") in lx.agreement(w.text[k])
                or ("gent", "plur", "") in lx.agreement(w.text[k]))) or (
                acronym(w.text[k]) and (w.is_capital(k + 1) or lx.roles.match(w.key, k + 1) is not None)
                and not acronym(w.text[k + 1])
                and not lx.governed(w.text[k + 1]))):
            k += 1  # (a role in the genitive after the governed noun is its attribute: "после заседания правительства
            # МВД"; an acronym before a name that may be a subject is governed too: "завдяки аналізам ДНК Національна
            # поліція"; not one before its own genitive: "після засідання уряду МВС Грузії")
        if governs and k < end - 1 and w.text[k] in _OPEN_QUOTES and (close := next(
                (x for x in range(k + 1, min(end - 1, k + 6)) if w.text[x] in _CLOSE_QUOTES), None)) is not None:
            k = close + 1  # "В эфире телеканала «Хабар 24» министр …": a quoted name the adverbial governs
            while governs and k < end - 1 and lx.governed(w.text[k]):
                k += 1
    if k == start or lx.governed(w.text[k]) or not w.text[k][:1].isalpha():
        return start
    return k


def _date_before(w: Words, j: int, lx: Language) -> int:
    """Where the words before a date that ends at word ``j`` end: a day number and a month of the table's
    ``month_words``, with a year of four digits and its word after them ("МЗС Польщі 12 березня 2024 року повідомило",
    "Минобороны 23 сентября сообщило": the date stands between the subject and its verb). ``j`` when no date ends
    there."""
    k = j
    if k >= 1 and _year(w.text[k - 1]) and w.text[k].isalpha() and len(w.text[k]) <= 5:
        k -= 1  # ("2024 року", "2024 года")
    if k >= 0 and _year(w.text[k]):
        k -= 1
    if k >= 1 and w.key[k] in lx.words["month_words"] and w.text[k - 1].isdigit() and len(w.text[k - 1]) <= 2:
        return k - 2
    return j


def _day_dates(w: Words, a: int, b: int, lx: Language) -> set[int]:
    """The words of ``w[a:b]`` that make dates of a day number and a month of the table's ``month_words``, with a year
    of four digits and its word after them when there is one ("14 серпня", "12 березня 2024 року", "23 сентября").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "Про це 14 серпня 2024 року повідомили"
    >>> sorted(_day_dates(tokenize(s, 0, len(s), language("uk")), 0, 7, language("uk")))
    [2, 3, 4, 5]
    """
    months = lx.words["month_words"]
    out: set[int] = set()
    for k in range(a + 1, b):
        if w.key[k] in months and w.text[k - 1].isdigit() and len(w.text[k - 1]) <= 2:
            out.update((k - 1, k))
            if k + 1 < b and _year(w.text[k + 1]):
                out.add(k + 1)
                if k + 2 < b and w.text[k + 2].isalpha() and len(w.text[k + 2]) <= 5 and w.text[k + 2].islower():
                    out.add(k + 2)  # ("2024 року", "2024 года")
    return out


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit()


def _person_from(w: Words, start: int, end: int, lx: Language) -> int:
    """Where the subject opens when the phrase at [start, end) is only where a person comes from ("a teacher from
    Cusco told", "a resident from the village told": the role and its determiner before the preposition of motion,
    which speak; "Maria Lopez from Valencia told": the name before it); else ``start``."""
    motion = lx.words["motion_prepositions"] | lx.words["origin_prepositions"]
    if start < 2 or w.key[start - 1] not in motion or any(
            w.key[k] in lx.roles for k in range(start, end)) or lx.korean is not None:
        return start
    if w.key[start - 2] not in lx.roles:  # "Maria Lopez from Valencia told": a person's name of one to three words
        if not w.is_capital(start) or w.is_punct(start):
            return start  # (the place is a name: not "Канал Rybar з посиланням на …")
        k = start - 2
        while k >= 0 and start - 2 - k < 3 and w.is_capital(k) and not w.is_punct(k) and w.key[k] not in lx.roles:
            k -= 1
        return k + 1 if k + 1 < start - 1 and (k < 0 or w.is_punct(k) or not w.is_capital(k)) else start
    k = start - 2
    while k > 0 and start - k < 5 and not w.is_punct(k - 1) and (
            w.key[k - 1] in lx.words["determiners"] or w.key[k - 1] in lx.words["definite_determiners"]):
        k -= 1
    return k


def _labelled_quotations(w: Words, lx: Language, registry: RegistryIndex, text: str) -> list[Attribution]:
    """A speaker phrase before a colon that opens a quotation ('Health Minister Fahrettin Koca: "We have sent 400
    medical personnel …"', "Начальник ОВА Олександр Прокудін: «…»", a post quoted after its poster): the quotation
    is the speaker's. Not Korean (its headlines and labels are read elsewhere)."""
    if lx.korean is not None:
        return []
    out = []
    for k in range(1, len(w) - 1):
        if w.text[k] != ":" or w.text[k + 1] not in _OPEN_QUOTES:
            continue
        a, b = _chunk_before(w, k, lx)
        opening = a - 1
        while opening >= 0 and not w.is_punct(opening):
            opening -= 1
        if any(lx.speech.match(w.key, x) is not None for x in range(opening + 1, a)):
            continue  # "The army reported the attack in a post on X late Sunday: "…"": the phrase is the verb's
            # object or a circumstance, the verb's subject speaks
        speaker = _speaker(w, a, b, lx, registry, text, a == 0) if a < b else None
        if speaker is not None and not speaker.pronoun:
            out.append(Attribution(w.start[k], speaker, "direct", False))
    return out


def _common_noun_alone(word: str, lx: Language) -> bool:
    """Does kiwipiepy read ``word`` as one common noun (산사태, 현장), never a person's name (김영수)?"""
    kiwi = kiwi_of(lx.korean)
    if kiwi is None:
        return True
    tokens = kiwi.tokenize(word)
    return len(tokens) == 1 and tokens[0].tag == "NNG"


#: The brackets of a broadcast caption's label, opening -> closing ("[인터뷰]", "<녹취>", "〈인터뷰〉").
_CAPTION_BRACKETS = {"[": "]", "<": ">", "〈": "〉", "【": "】"}


def _captioned_quotations(w: Words, lx: Language, registry: RegistryIndex, text: str) -> list[Attribution]:
    """Korean broadcast captions: a line that opens with the speaker's name and office (a bracketed label before them,
    a slash between them: '[인터뷰] 김민수/국립재난연구원 연구관 : "…"') and a colon before a quotation: the quotation
    is the speaker's. Only at the line's opening, with no verb in the phrase (a clause before a colon is no caption)."""
    k = next((x for x in range(1, min(len(w) - 1, 16)) if w.text[x] == ":"), None)
    if k is None or w.text[k + 1] not in _OPEN_QUOTES:
        return []
    a = 0
    if w.text[0] in _CAPTION_BRACKETS:  # ("[인터뷰]", "〈녹취〉")
        close = next((x for x in range(1, k) if w.text[x] == _CAPTION_BRACKETS[w.text[0]]), None)
        if close is None:
            return []
        a = close + 1  # the caption's label ("[인터뷰]", "[녹취]")
    elif 0 < w.start[0] and text[w.start[0] - 1] in _CAPTION_BRACKETS and 1 < k \
            and text[w.end[0]:w.start[1]].strip() == _CAPTION_BRACKETS[text[w.start[0] - 1]]:
        a = 1  # ("<인터뷰>": the tokenizer keeps no angle bracket as a word)
    if a >= k or any(w.tag[x] in lx.words["predicate_tags"] or w.text[x] in _OPEN_QUOTES for x in range(a, k)):
        return []
    spans = [x for x in range(a, k) if w.text[x] == "/"]
    parts = [(a, spans[0]), (spans[0] + 1, k)] if len(spans) == 1 else [(a, k)]
    for first, last in reversed(parts):  # the office after the slash names the body; the whole phrase the person
        speaker = _speaker(w, a, k, lx, registry, text, True) if first == a or len(parts) == 1 else \
            _speaker(w, first, last, lx, registry, text, False)
        if speaker is not None and not speaker.pronoun:
            return [Attribution(w.start[k], speaker, "direct", False)]
    slash = next((x for x in range(a, min(k - 1, a + 3)) if "/" in text[w.end[x]:w.start[x + 1]]), None)
    if slash is not None and all(re.fullmatch(r"[가-힣]{1,5}", w.text[x]) and not _common_noun_alone(w.text[x], lx)
                                 for x in range(a, slash + 1)):
        # "[인터뷰] 김영수/실종자 가족 : "…"": a person's name (of one to three words, "타피와 모요") before the slash and
        # what the person is after it (a relative of people counted, a resident), which heads no speaker phrase
        # elsewhere: the caption names a speaker
        speaker = resolve(w, a, k, lx, registry, text, True)
        if speaker is not None and not speaker.pronoun:
            return [Attribution(w.start[k], speaker, "direct", False)]
    return []


COORDINATED_VERB = 8  # words back from "and said" the first of two joined verbs may stand in


def _possessor_before(w: Words, i: int, lx: Language) -> tuple[int, int] | None:
    """English: the words of the owner when the word of saying at ``i`` stands right after a possessive ("rejected
    Russia's claim that …", "denied the rebels' claim"): the word is then a noun, and its owner, not the subject of
    the clause, made the claim. The owner's phrase runs back to a determiner, a mark, a clause word, or a verb in small
    letters with a passive ending unknown to the tables ("rejected"); None when no possessive stands before ``i``."""
    if lx.table["morphology"] != "none" or lx.korean is not None or i < 1 or w.is_punct(i - 1) \
            or not w.text[i - 1].endswith(_POSSESSIVE) or w.key[i - 1] in lx.words["pronouns"]:
        return None
    endings = tuple(lx.words["passive_endings"])
    start = i - 1
    for k in range(i - 2, max(-1, i - 7), -1):
        if w.is_punct(k) or w.key[k] in lx.words["clause_words"] or w.key[k] in lx.words["complementizers"] or (
                w.text[k].islower() and w.text[k].endswith(endings) and len(w.text[k]) > 4 and _unknown(w, k, lx)) \
                or lx.speech.match(w.key, k) is not None:
            break
        start = k
        if w.key[k] in lx.words["definite_determiners"] or w.key[k] in lx.words["determiners"]:
            break
    return start, i


def _first_verb(w: Words, i: int, lx: Language) -> int | None:
    """Where the first of two verbs joined by a coordinator right before the verb of saying at ``i`` stands ("An army
    spokesman dismissed the claim and said …": a word in small letters with a passive ending, unknown to the tables,
    after a word of the subject), within ``COORDINATED_VERB`` words and no mark; else None. English only."""
    if lx.table["morphology"] != "none" or lx.korean is not None or i < 3 or w.key[i - 1] not in lx.words[
            "coordinators"]:
        return None
    endings = tuple(lx.words["passive_endings"])
    first = None
    for k in range(i - 2, max(0, i - 1 - COORDINATED_VERB), -1):
        if w.text[k] in _OPEN_QUOTES or w.text[k] in _CLOSE_QUOTES:
            continue  # "called the estimate "speculation" and said": a quoted word of the first verb's object
        if w.is_punct(k) or _is_digit(w, k) or w.key[k] in lx.words["clause_words"]:
            break
        if w.text[k].islower() and w.text[k].endswith(endings) and len(w.text[k]) > 4 and _unknown(w, k, lx) \
                and not w.is_punct(k - 1) and lx.measures.match(w.key, k) is None:
            first = k
    return first


def _role_opens(w: Words, a: int, b: int, lx: Language) -> bool:
    """Does a role noun open the words [a, b) past determiners ("head of the prisoners' affairs committee", "the
    director of the hostages' families forum"): an appositive naming someone's office, whatever measure word its body's
    name holds? In a language of cases, a noun of living beings in the nominative opens it ("Свідок, сусідка
    загиблих, розповіла": who the speaker is, of the people a measure word names), with no number or verb in it."""
    if lx.korean is not None:
        return False
    if lx.table["morphology"] == "pymorphy3":
        return a < b and lx.animate(w.text[a]) and lx.nominative(w.text[a]) and not any(
            w.is_punct(x) or _is_digit(w, x) or _number_word(w.text[x], lx) or lx.predicate_form(w.text[x])
            for x in range(a, b))
    if lx.table["morphology"] != "none":
        return False
    while a < b and (w.key[a] in lx.words["determiners"] or w.key[a] in lx.words["definite_determiners"]):
        a += 1
    for _ in range(2):  # "a medical group that tracks casualties", "a local rights group": modifiers before the role
        if a + 1 < b and not (w.key[a] in lx.roles or lx.roles.match(w.key, a) is not None) and w.text[a][:1].islower() \
                and w.text[a].isalpha() and lx.measures.match(w.key, a) is None and not _number_word(w.text[a], lx):
            a += 1
        else:
            break
    return a < b and (w.key[a] in lx.roles or lx.roles.match(w.key, a) is not None) \
        and lx.measures.match(w.key, a) is None


def _genitive_end(w: Words, a: int, b: int, lx: Language) -> int:
    """Where the owner of "за даними" / "по данным" ends when no comma closes it: before the first word in small
    letters after its first that the dictionary reads as a nominative and never as a genitive, the next clause's
    subject ("за уточненими даними міського голови Нікополя кількість поранених зросла до 15"); ``b`` when there is
    none (not a word of the phrase in another case: "Согласно предварительному заключению прокуратуры"). (pymorphy3)"""
    if lx.table["morphology"] != "pymorphy3":
        return b
    for x in range(a + 1, b):
        if w.key[x] in lx.words["coordinators"]:
            continue  # "Би-би-си и «Медиазоны»": a coordinator joins a second owner (a joint count), no subject
        if w.text[x][:1].isalpha() and w.text[x][:1].islower() and (cases := lx.agreement(w.text[x])) \
                and any(case[0] == "nomn" for case in cases) and not any(case[0] == "gent" for case in cases):
            return x
    return b


def _kin_of_counted(w: Words, a: int, b: int, lx: Language) -> bool:
    """Do the words [a, b) describe a person by the people a measure counts, with no number ("сусідка загиблих",
    "мать погибшего бойца"): a noun of living beings, then the measure's word? Such an appositive names who speaks,
    it counts no one. (pymorphy3)"""
    return lx.table["morphology"] == "pymorphy3" and a < b and lx.animate(w.text[a]) and not any(
        w.text[x][:1].isdigit() or _number_word(w.key[x], lx) for x in range(a, b))


def _age_start(w: Words, end: int, lx: Language) -> int | None:
    """Where an age that ends at word ``end`` starts ("52", "52 роки", "47 лет": a number and at most a unit of
    ``not_people_after``), or None when the words there are no age."""
    start = end - 1 if end >= 1 and w.key[end] in lx.words["not_people_after"] else end
    return start if start >= 0 and _is_digit(w, start) and len(w.text[start]) <= 3 else None
INSERTED = 30  # words an inserted clause between a subject and its verb may hold


def _placed_body(w: Words, j: int, lx: Language) -> bool:
    """Do the words of the clause up to word ``j`` open with a preposition of place at the clause's start ("У Воєводській
    лікарні в Любліні", "В управлінні поліції"): the body the verb after them was spoken in, whatever place ends them
    (not "… виїхали до Польщі": a verb's own phrase)?"""
    k = j
    while k > 0 and not w.is_punct(k - 1):
        k -= 1
    return k < j and w.key[k] in lx.words["place_prepositions"] and (
        lx.common_noun(w.text[k + 1]) or lx.adjectival(w.text[k + 1]))


def _digit_comma(w: Words, k: int) -> bool:
    """Is the comma at word ``k`` a thousands separator inside a number ("12,000": digits glued on both sides)?"""
    return w.text[k] == "," and 0 < k < len(w) - 1 and w.text[k - 1][-1:].isdigit() and w.text[k + 1][:1].isdigit() \
        and w.end[k - 1] == w.start[k] and w.end[k] == w.start[k + 1]


def _inserted_clause(w: Words, j: int, lx: Language) -> int | None:
    """The comma that opens a clause inserted between a subject and its verb, when the comma at ``j`` closes it: a
    relative clause or a participle's ("A district official, who asked not to be named because he was not allowed
    to speak, told …", "An officer, speaking on condition of anonymity, said …"), with no number in it (so it says
    nothing of the count), at most ``INSERTED`` words long; else None.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "A clerk, who would not give her name because she feared her employer, said"
    >>> w = tokenize(s, 0, len(s), language("en"))
    >>> _inserted_clause(w, len(w) - 2, language("en"))
    2
    >>> s = "A clerk, who was among the 20 injured, said"
    >>> w = tokenize(s, 0, len(s), language("en"))
    >>> _inserted_clause(w, len(w) - 2, language("en"))
    2
    """
    k = j - 1
    while k >= 0 and j - k <= INSERTED and (w.text[k] not in ",;:\"“”«»()[]" or _digit_comma(w, k)):
        k -= 1  # (a comma inside a number is no mark: "which has 12,000 peacekeepers")
    if k <= 0 or w.text[k] != "," or (w.is_punct(k - 1) and w.text[k - 1] != ")") or k + 2 >= j:
        return None  # (a parenthesis may close the subject: "The Defence Forces (UDF), which …, said")
    if not (w.key[k + 1] in lx.words["relative_pronouns"] or w.key[k + 1] in lx.words["place_relatives"]
            or participle(w, k + 1, lx)):
        return None  # (a clause of place too: "The hospital, where the injured were taken, said"; "куди доставили")
    if any(_is_digit(w, x) or _number_word(w.text[x], lx) for x in range(k + 1, j)) and (
            lx.korean is not None or lx.table["morphology"] != "none"):
        return None  # ("который был среди 20 раненых": the subject is one of the people counted; in English the
        # clause is the reporter's description of the subject, and its number no claim of the subject's, which the
        # pipeline leaves out: "The UN mission, which has 12,000 peacekeepers in the country, said", "A clerk, who was
        # among the 20 injured, said")
    return k  # (a measure's word with no number says what the subject did or saw: "The hospital, which treated the
    # victims, said", "The charity, which buried the dead, said")


def _place_alone(w: Words, a: int, b: int, lx: Language) -> bool:
    """Are the words [a, b) a place inside a country and nothing else ("Culiacán", "the Chiapas state"): no country, no
    role, no body? English only (its subjects of "recorded" are often the place where it happened)."""
    if lx.table["morphology"] != "none" or lx.korean is not None:
        return False
    k, found = a, False
    while k < b:
        if w.key[k] in lx.words["determiners"] or w.key[k] in lx.words["definite_determiners"]:
            k += 1
            continue
        m = lx.places.match(w.key, k)
        if m is None or lx.countries.match(w.key, k) is not None:
            return False
        k, found = k + m[0], True
    return found


def _verb_of_document(w: Words, j: int, lx: Language) -> int:
    """The verb of saying whose subject is the document ending before word ``j`` ("NEMA's own summary, released on
    Sunday afternoon, put …": past an inserted clause and adverbs), else -1."""
    if j < len(w) and w.text[j] == ",":
        close = next((k for k in range(j + 1, min(len(w), j + INSERTED)) if w.is_punct(k)), None)
        if close is None or w.text[close] != ",":
            return -1
        j = close + 1
    while j < len(w) and w.key[j] in lx.words["skip_before_verb"]:
        j += 1
    return j if j < len(w) and lx.speech.match_loose(w.key, j) is not None else -1


PASSIVE_GAP = 4  # words of time a passive verb of saying and its agent may hold between them ("on Tuesday evening")


def _passive_agent(w: Words, j: int, lx: Language) -> int | None:
    """Where the agent of a passive verb of saying opens, when a preposition of the table's ``agent_prepositions``
    stands at word ``j`` or after a few words of time of ``skip_before_verb`` ("were declared dead on Monday by the
    mining ministry": the word after "by"); else None.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "Nine sailors were declared dead on Monday by the navy."
    >>> w = tokenize(s, 0, len(s), language("en"))
    >>> _passive_agent(w, 5, language("en"))  # "the navy"
    8
    """
    skip = lx.words["skip_before_verb"]
    for k in range(j, min(len(w), j + PASSIVE_GAP + 1)):
        if w.key[k] in lx.words["agent_prepositions"]:
            return k + 1 if k + 1 < len(w) else None
        if w.key[k] not in skip:
            return None
    return None


def _before_infinitive(w: Words, c: int, d: int, lx: Language) -> int:
    """The end of an agent's phrase words[c:d] before an infinitive of the table's ``infinitive_markers`` and an
    auxiliary ("the army to have been killed": "the army"), or ``d``."""
    markers = lx.words["infinitive_markers"]
    return next((k for k in range(c + 1, d) if w.key[k] in markers and k + 1 < len(w)
                 and w.key[k + 1] in lx.words["auxiliary_verbs"]), d)


def _unknown(w: Words, i: int, lx: Language) -> bool:
    """A lower-case word that is neither a role, a country, a small word nor part of a name."""
    key = w.key[i]
    if w.is_punct(i) or w.is_capital(i) or lx.korean is not None or lx.table["morphology"] != "none":
        return False
    if any(part[:1].isupper() for part in w.text[i].split("-")[1:]):
        return False  # "al-Shabaab": a name after a lower-case particle
    small = _KNOWN_SMALL.get(id(lx))
    if small is None or small[0] is not lx:  # the eight sets as one, made once per language
        small = _KNOWN_SMALL[id(lx)] = (lx, frozenset().union(*(lx.words[name] for name in (
            "np_glue", "determiners", "pronouns", "first_person", "skip_before_verb", "place_prepositions",
            "international_words", "country_words"))))  # country words: "the country's disaster institute"
    return not (key in small[1] or key in lx.roles or key in lx.people or country_at(w, i, lx)
                or lx.roles.match(w.key, i))


_KNOWN_SMALL: dict[int, tuple[Language, frozenset[str]]] = {}


def _instrumental(word: str, lx: Language) -> bool:
    """May a word be in the instrumental case ("прокуратурой", "группировкой"): the agent of a passive participle?"""
    return any(case == "ablt" for case, _, _ in lx.agreement(word))


def _past_adverbs(w: Words, k: int, lx: Language) -> int:
    """The first word from ``k`` on that is none of the table's ``skip_before_verb`` ("також", "ещё")."""
    while k < len(w) and w.key[k] in lx.words["skip_before_verb"]:
        k += 1
    return k


def _ownerless_document(w: Words, k: int, lx: Language) -> int:
    """The end of a noun of the table's ``document_nouns`` at word ``k`` (after at most two lower-case words: "оновленою
    доповіддю", "этому отчету") that names no owner after it, the clause going on after it ("Згідно з доповіддю, …", "Согласно
    отчету, …"), else -1.

    Examples
    --------
    >>> from analysis.extract.words import tokenize
    >>> from analysis.extract.language import language
    >>> s = "Згідно з оновленою доповіддю, загинули 12 людей."
    >>> _ownerless_document(tokenize(s, 0, len(s), language("uk")), 2, language("uk"))
    4
    >>> s = "Згідно з доповіддю ООН, загинули 12 людей."
    >>> _ownerless_document(tokenize(s, 0, len(s), language("uk")), 2, language("uk"))
    -1
    """
    documents = lx.words.get("document_nouns", frozenset())
    j = k
    while j < len(w) and j - k < 2 and w.key[j] not in documents and w.text[j][:1].isalpha() \
            and w.text[j][:1].islower():
        j += 1  # ("оновленою доповіддю", "этому отчету")
    if j < len(w) and w.key[j] in documents and (j + 1 == len(w) or w.text[j + 1] in ",:;.!?"):
        return j + 1
    return -1


def _closing_document(w: Words, i: int, j: int, lx: Language) -> bool:
    """Does the phrase of "according to" at words[i:j] end on a noun of the table's ``document_nouns`` with no owner
    and close its clause after a comma or a dash ("…, йдеться в повідомленні.", "…, говорится в заявлении.")?

    Such a document is the one whose issuer the text named before, as "it" is: the newsroom's way to go on quoting a
    communiqué, a statement or a report sentence after sentence.

    Examples
    --------
    >>> from analysis.extract.words import tokenize
    >>> from analysis.extract.language import language
    >>> s = "Загинули четверо бойовиків, йдеться в повідомленні."
    >>> _closing_document(tokenize(s, 0, len(s), language("uk")), 4, 7, language("uk"))
    True
    >>> s = "Загинули четверо бойовиків, йдеться в повідомленні ООН."
    >>> _closing_document(tokenize(s, 0, len(s), language("uk")), 4, 7, language("uk"))
    False
    """
    return 0 < i and j <= len(w) and w.text[i - 1] in ",-–—" and (j == len(w) or w.text[j] in ".!?;") \
        and w.key[j - 1] in lx.words.get("document_nouns", frozenset())


DOCUMENT_MODIFIERS = 2  # adjectives that may stand before the document noun inside a phrase of "according to"


def _document_modified(w: Words, i: int, lx: Language) -> tuple[int, object] | None:
    """A phrase of "according to" opening at word ``i`` whose document noun has words of its own before it, past its
    second word: adjectives ("йдеться в новому щорічному звіті", "говорится в ежемесячном докладе") or a hyphenated
    prefix glued to the noun ("в експрес-дослідженні", "в онлайн-опросе"). The phrase is the table's, read with those
    words left out (up to ``DOCUMENT_MODIFIERS``), or with the prefix cut off. Returns (its length in the text, its
    label) as ``PhraseSet.match`` does, or None. (An adjective after the phrase's first word is read by the caller.)

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("uk")
    >>> text = "йдеться в щорічному повідомленні"
    >>> _document_modified(tokenize(text, 0, len(text), lx), 0, lx)[0]
    4
    """
    if w.key[i] not in lx.according.firsts:
        return None  # (every phrase tried below opens with word ``i``: a word that opens none matches none; most of
        # the words asked open only a verb of saying)
    return _document_modified_plain(w, i, lx)


def _document_modified_plain(w: Words, i: int, lx: Language) -> tuple[int, object] | None:
    """``_document_modified`` without its first-word gate (every word read)."""
    keys = w.key
    n = len(w)
    for s in range(i + 1, min(n - 1, i + 4)):
        if w.is_punct(s):
            return None
        if "-" in w.text[s].strip("-"):
            last = w.text[s].rsplit("-", 1)[1]
            inner = lx.according.match(list(keys[i:s]) + [lx.key(last)] + list(keys[s + 1:s + 4]), 0)
            if inner is not None and inner[0] > s - i:
                return inner  # "в експрес-дослідженні": the document noun under its prefix
        if s == i + 1 or not lx.modifier(w.text[s]):
            continue
        end = s
        while end + 1 < n and end - s + 1 < DOCUMENT_MODIFIERS and lx.modifier(w.text[end + 1]):
            end += 1
        inner = lx.according.match(list(keys[i:s]) + list(keys[end + 1:end + 5]), 0)
        if inner is not None and inner[0] > s - i:
            return inner[0] + end - s + 1, inner[1]
        return None
    return None


def _document_agent(w: Words, i: int, according: tuple[int, object] | None,
                    lx: Language) -> tuple[int, int, int] | None:
    """The agent of a participle that made a document public, around a phrase of "according to" that names the
    document at word ``i``: "В распространенном прокуратурой документе" (the participle and its agent inside the
    phrase) or "В заявлении, опубликованном группировкой в соцсетях," (after it, between commas). Returns (the agent's
    first word, its end, the word after the whole phrase), or None. (pymorphy3 tables: the agent's case is read.)"""
    n = len(w)
    if lx.table["morphology"] != "pymorphy3" or w.key[i] not in lx.words["place_prepositions"] or i + 3 >= n:
        return None
    if according is None:
        if not lx.modifier(w.text[i + 1]) or not _instrumental(w.text[i + 2], lx):
            return None
        for j in range(i + 3, min(n, i + 9)):
            if w.is_punct(j):
                return None
            found = lx.according.match([w.key[i], w.key[j]], 0)
            if found is not None and found[0] == 2:
                return i + 2, j, j + 1
        return None
    c = i + according[0]
    if c + 2 < n and w.text[c] == "," and w.key[c + 1] in lx.words["relative_pronouns"]:
        return _relative_author(w, c + 1, lx)
    if c + 2 >= n or w.text[c] != "," or not lx.modifier(w.text[c + 1]) or not _instrumental(w.text[c + 2], lx):
        return None
    close = next((k for k in range(c + 2, min(n, c + 14)) if w.is_punct(k)), None)
    if close is None or w.text[close] != ",":
        return None
    a, b = _chunk_after(w, c + 2, lx)
    return (a, b, close + 1) if a < b <= close else None


def _relative_author(w: Words, r: int, lx: Language) -> tuple[int, int, int] | None:
    """The subject of a relative clause opened at word ``r`` whose verb made the document before it ("в дослідженні,
    яке на замовлення ВООЗ провели X та Y", "в докладе, который подготовила миссия ООН,": a verb of the table's
    ``authoring_verbs`` within five words, its subject after it), as (its first word, its end, the word after the
    clause); None when no such verb opens it (not "у звіті, який отримала газета": one who received it)."""
    n = len(w)
    verb = next((k for k in range(r + 1, min(n, r + 6)) if w.key[k] in lx.words["authoring_verbs"]), None)
    if verb is None or any(w.is_punct(k) for k in range(r + 1, verb)):
        return None
    a, b = _chunk_after(w, verb + 1, lx)
    close = next((k for k in range(b, min(n, b + 3)) if w.is_punct(k)), None)
    if a >= b or close is None or w.text[close] not in ",.;":
        return None
    return a, b, close + 1


def _listed(w: Words, j: int, lx: Language) -> bool:
    """Does a list of countries go on from word ``j`` to its coordinator ("South Korean and Ukrainian"), with only
    countries, their adjectives and commas between, within a few words?"""
    for k in range(j, min(len(w), j + 8)):
        if w.key[k] in lx.words["coordinators"]:
            return k > j
        if not (w.text[k] == "," or country_at(w, k, lx) or w.is_capital(k)):
            return False
    return False


def _relative_owner(w: Words, i: int, j: int, lx: Language, registry: RegistryIndex, text: str) -> Speaker | None:
    """The speaker a relative pronoun stands for when it is the owner of a phrase of "according to" (word ``i`` to
    ``j``) that opens a relative clause right after a comma ("Организация «Репортеры без границ», по данным которой в
    тюрьмах находятся 48 журналистов", "правозахисна група, за даними якої …", "the monitor, according to which …"):
    the noun phrase before the comma, when it names a speaker; else None."""
    if i < 2 or w.text[i - 1] != "," or j >= len(w) or w.key[j] not in lx.words["relative_pronouns"] \
            or lx.conjunction(w.text[j]):
        return None
    a, b = _chunk_before(w, i - 1, lx)
    return _speaker(w, a, b, lx, registry, text, a == 0) if a < b else None


def _chunk_after(w: Words, i: int, lx: Language, owner: bool = False) -> tuple[int, int]:
    """The words after word ``i`` up to a clause boundary or a preposition of place; when they are the ``owner`` of a
    phrase of "according to" in a language of cases (a genitive: "за даними міського голови"), also up to a word in
    small letters that is nominative and never genitive, the subject of the clause that follows with no comma ("…
    кількість поранених зросла до 15"), or an adverb or a phrase of cause or motion of that clause."""
    j = i
    n = len(w)
    while j < n and (w.key[j] in lx.words["skip_before_verb"] and w.key[j] not in lx.words["place_prepositions"]
                     or (j + 1 < n and w.key[j] in lx.words["place_prepositions"] and w.key[j + 1][:1].isalpha()
                         and w.key[j + 1] in lx.words["np_stops"])):
        j += 2 if w.key[j] in lx.words["place_prepositions"] else 1  # "сообщила в среду пожарная служба": a day
    start = j
    while j < n and j - start < MAX_PHRASE:
        if w.text[j] == "," and j > start and country_at(w, j - 1, lx) and j + 1 < n and country_at(w, j + 1, lx) \
                and _listed(w, j + 1, lx):
            j += 1  # "according to U.S., South Korean and Ukraine intelligence officials": one joint source (not "По
            continue  # оценке разведки Эстонии, Россия держит …": a list has its coordinator, a clause opens after it)
        if w.text[j] in _OPEN_QUOTES and j > start and (w.key[j - 1] in lx.roles or (
                j == start + 1 and w.key[start] in lx.words["place_prepositions"]) or (
                j - start <= 5 and any(w.key[x] in lx.roles for x in range(start, j))
                and not any(w.is_punct(x) for x in range(start, j)))) and j + 1 < n and w.is_capital(j + 1):
            close = next((k for k in range(j + 2, min(n, j + 6)) if w.text[k] in _CLOSE_QUOTES), None)
            if close is not None:  # "информагентство «Ховар»": a role and the quoted name of its body
                j = close + 1  # (and "повідомили у «Вясні»": the quoted name of the body they speak in; "служба
                # екстреної медичної допомоги «Маген Давид Адом»": a role and the words of its kind, then the name)
                continue
        if w.text[j] == "(" and j > start and not w.is_punct(j - 1):
            close = next((k for k in range(j + 1, min(n, j + 5)) if w.is_punct(k)), None)
            if close is not None and w.text[close] == ")" and close > j + 1 and close + 1 < n \
                    and not any(w.text[k][:1].isdigit() for k in range(j + 1, close)) \
                    and country_at(w, close + 1, lx) is not None:
                j = close + 1  # "Народного защитника (омбудсмена) Боливии": a gloss in brackets inside the name, whose
                continue  # country follows it
        if _stops(w, j, lx) and not (j == start and w.text[j] in _OPEN_QUOTES):
            break
        if owner and j > start and w.key[j] in lx.words["coordinators"] and j + 1 < n and (
                w.is_capital(j + 1) or w.text[j + 1] in _OPEN_QUOTES):
            close = next((k for k in range(j + 2, min(n, j + 8)) if w.text[k] in _CLOSE_QUOTES), None) \
                if w.text[j + 1] in _OPEN_QUOTES else None
            j = close + 1 if close is not None else j + 1  # "По подсчетам Би-би-си и «Медиазоны»": a second body
            continue  # joined to the owner, a joint count (its quoted name whole)
        if owner and j > start and w.text[j][:1].islower() and (lx.nominative(w.text[j]) and not lx.preposition(
                w.text[j - 1]) or lx.adverb(w.text[j]) and not (j + 1 < n and lx.adjectival(w.text[j + 1]))
                or j + 1 < n and w.text[j + 1][:1].islower() and (
                    w.key[j] in lx.words.get("cause_prepositions", ())
                    or w.key[j] in lx.words.get("motion_prepositions", ()))):
            break  # (or an adverb of the clause: "… додому повернулися"; not one of a participle inside the owner's
            # name: "тимчасово окупованих територій"; or a phrase of cause or motion: "внаслідок обстрілу", "до
            # полону"; not "при РНБО")
        if w.key[j] in lx.words["place_prepositions"] and j > start and _has_head(w, start, j, lx) and not all(
                w.key[k] in lx.words["generic_roles"] for k in range(start, j)) and not _affiliation(w, j, lx) \
                and not affiliation_end(w, j, n, lx):
            break  # "an IOM spokesman in Italy"; but "the centre located in Van" goes on to its head, and so does a
            # bare generic role to the body it is in ("источник в экстренных службах региона"), and people to the
            # body they work at ("researchers at Belgium's Ghent University")
        j += 1
    return start, j


def _inverted_start(w: Words, j: int, lx: Language, registry: RegistryIndex) -> int:
    """Where the subject after a verb of saying starts, in a language that puts it there freely (Russian,
    Ukrainian): past the addressee ("сказал журналистам мэр"), a circumstance of one word ("заявил на брифинге глава
    администрации") and an inserted clause with no speaker or measure in it ("заявил, выступая по телевидению,
    губернатор")."""
    if lx.table["morphology"] != "pymorphy3":
        return j
    n = len(w)
    for _ in range(4):
        if j + 1 < n and w.key[j] in lx.words["addressee_nouns"]:
            j += 1
            continue
        outlet = _outlet_at(w, j, lx, registry)
        if not outlet and j + 1 < n and w.key[j] in lx.roles and w.text[j][:1].islower():
            outlet = _outlet_at(w, j + 1, lx, registry)  # "рассказал агентству Reuters директор": the outlet's kind
        if outlet and outlet < n and phrase_has_head(w, outlet, min(n, outlet + 4), lx, registry, False) \
                and not w.is_punct(outlet):
            j = outlet  # "рассказал РИА Новости источник", "сообщил в беседе с ТАСС глава МЧС": an outlet spoken to
            continue
        if j + 2 < n and w.key[j] in lx.words["place_prepositions"] and w.key[j + 1] in lx.words["np_stops"]:
            j += 2  # "в понедельник"
            continue
        if j + 3 < n and w.key[j] in lx.words["manner_prepositions"] and w.text[j + 1][:1].islower() \
                and w.key[j + 1] not in lx.roles and not country_at(w, j + 1, lx) and (
                    _outlet_at(w, j + 2, lx, registry) or (not w.is_punct(j + 2) and phrase_has_head(
                        w, j + 2, min(n, j + 6), lx, registry, False))):
            j += 2  # "рассказал по телефону агентству AFP один из жителей": how it was said, then whom to
            continue
        spoken_to = _dative_addressee(w, j, lx, True)
        if spoken_to:
            j = spoken_to  # "рассказал государственному агентству Andina мэр", "рассказал «Фонтанке» пассажир": an
            continue  # addressee in the dative (with the name of an outlet no registry knows), then the subject
        if j + 2 < n and (w.key[j] in lx.words["place_prepositions"] or (
                w.key[j] in lx.words["np_glue"] and w.key[j] not in lx.words["coordinators"])) \
                and w.text[j + 1][:1].islower() and w.key[j + 1] not in lx.roles and not lx.roles.match(w.key, j + 1) \
                and (w.key[j + 2] in lx.roles or lx.roles.match(w.key, j + 2) is not None):
            j += 2
            continue
        if j + 3 < n and w.key[j] in lx.words["place_prepositions"]:
            # "написав у своєму Telegram-каналі голова ОВА", "сказав в ефірі телемарафону речник": a circumstance of
            # two or three words with no role, country or name of a body in it, then the subject
            m = next((m for m in (2, 3) if j + m + 1 < n and all(
                not w.is_punct(k) and w.key[k] not in lx.roles and not lx.roles.match(w.key, k)
                and not country_at(w, k, lx) and registry.match(w.key, w.text, k) is None
                and (w.text[k][:1].islower() or "-" in w.text[k]) for k in range(j + 1, j + m + 1))
                      and (w.key[j + m + 1] in lx.roles or lx.roles.match(w.key, j + m + 1) is not None)), None)
            if m is not None:
                j += m + 1
                continue
        if j + 1 < n and w.text[j] == "," and w.key[j + 1] not in lx.words["clause_words"] \
                and w.key[j + 1] not in lx.words["np_stops"]:
            close = next((k for k in range(j + 1, min(n, j + 10)) if w.text[k] == ","), None)
            if close is not None and close + 1 < n and not any(
                    lx.measures.match(w.key, k) for k in range(j + 1, close)) \
                    and not phrase_has_head(w, j + 1, close, lx, registry, False):
                j = close + 1
                continue
        break
    return j


def _dative_addressee(w: Words, j: int, lx: Language, genitive: bool = False) -> int:
    """The word after an addressee in the dative at ``j`` (up to three words in the dative: "государственному
    агентству", then a name that no dictionary declines: "Andina"; or a name in quotation marks that is no nominative:
    "«Фонтанке»"), when a word that may be a subject follows it; else 0. With ``genitive``, a form the genitive
    shares counts as a dative too (right after a verb of saying: "розповів суду свідок", "повідомив парламенту
    міністр")."""
    n = len(w)

    bare = j == 0 or w.key[j - 1] not in lx.words["place_prepositions"]  # (Ukrainian "агентству": dative or, after
    # a preposition only, locative)

    def dative(k: int) -> bool:
        cases = lx.agreement(w.text[k]) if k < n and w.text[k][:1].isalpha() else frozenset()
        return bool(cases) and all(case[0] == "datv" or (bare and case[0] == "loct") or (genitive and case[0] == "gent")
                                   for case in cases) and any(case[0] == "datv" for case in cases)

    k = j
    while k < n and k - j < 3 and dative(k):
        k += 1
    if k < n and w.text[k] in _OPEN_QUOTES:
        close = next((x for x in range(k + 1, min(n, k + 5)) if w.text[x] in _CLOSE_QUOTES), None)
        if close is None or not (k > j or (close > k + 1 and lx.oblique(w.text[k + 1]))):
            return 0
        k = close + 1
    elif k > j and k + 1 < n and w.is_capital(k) and not lx.agreement(w.text[k]):
        k += 1  # the outlet's name after its kind ("агентству Andina")
    if k == j or k >= n or w.is_punct(k) or lx.oblique(w.text[k]):
        return 0
    return k


def _before_addressee(w: Words, c: int, d: int, lx: Language, registry: RegistryIndex) -> int:
    """Where a subject after its verb of saying (words ``c`` to ``d``) ends before an outlet it speaks to, in a language
    that puts the subject there freely: after a pronoun or a capitalised word ("сказал он агентству Reuters", "сказав
    мер Ірпеня виданню «Українська правда»"), an outlet of the registry is spoken to, not part of the subject."""
    if lx.table["morphology"] != "pymorphy3":
        return d
    for k in range(c + 1, d):
        if (w.key[k - 1] in lx.words["pronouns"] or w.is_capital(k - 1)) and not w.is_punct(k - 1) \
                and _outlet_at(w, k, lx, registry):
            return k
    return d


def _before_interview(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex) -> int:
    """Where a subject before its verb of saying (words ``a`` to ``b``) ends before the circumstance that names the
    outlet it spoke to ("Губернатор провинции в интервью Reuters сказал", "Представник громади в коментарі AFP
    заявив"): a preposition, its noun and a registry outlet, closing the phrase, are not part of the subject."""
    if lx.table["morphology"] != "pymorphy3":
        return b
    for k in range(a + 1, b - 2):
        if w.key[k] in lx.words["place_prepositions"] and not w.is_punct(k - 1) \
                and _outlet_at(w, k, lx, registry) == b:
            return k
    return b


def _outlet_at(w: Words, j: int, lx: Language, registry: RegistryIndex) -> int:
    """The word after a registry outlet at ``j`` (its quoted name too), after a circumstance before it ("в беседе с
    ТАСС", "в эфире телеканала «Россия 24»"), or 0 when no outlet stands there."""
    k = j
    if k + 1 < len(w) and w.key[k] in lx.words["place_prepositions"] and w.text[k + 1][:1].islower() \
            and w.key[k + 1] not in lx.roles:
        k += 2  # "в беседе", "в эфире"
        while k < len(w) and w.key[k] in lx.words["np_glue"]:
            k += 1  # "с"
        if k < len(w) and w.key[k] in lx.roles and k + 1 < len(w) and w.text[k + 1] in _OPEN_QUOTES:
            close = next((x for x in range(k + 2, min(len(w), k + 7)) if w.text[x] in _CLOSE_QUOTES), None)
            if close is not None:
                return close + 1  # "в эфире телеканала «Россия 24»"
    if k >= len(w):
        return 0
    start = k + 1 if k < len(w) and w.text[k] in _OPEN_QUOTES else k
    if start + 1 < len(w) and w.key[start] in lx.roles and registry.match(w.key, w.text, start) is None:
        start += 1  # "рассказал агентству Reuters директор больницы": the outlet's kind before its name
        if w.text[start] in _OPEN_QUOTES:
            start += 1
    found = registry.match(w.key, w.text, start) if start < len(w) else None
    if found is None or found[1].kind != "media":
        return 0
    end = start + found[0]
    if start > k and end < len(w) and w.text[end] in _CLOSE_QUOTES:
        end += 1
    return end


_CUE_TAILS: dict[int, tuple[Language, dict[str, list[tuple[tuple[str, ...], int]]]]] = {}


def _cue_tails(lx: Language) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each word that stands inside a measure phrase after its first word: the phrases and its place in them (made
    once per table)."""
    found = _CUE_TAILS.get(id(lx))
    if found is None or found[0] is not lx:
        tails: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for bucket in lx.measures._by_first.values():  # noqa: SLF001 - the phrases themselves, read once
            for phrase, _ in bucket:
                for place, key in enumerate(phrase[1:], 1):
                    tails.setdefault(key, []).append((phrase, place))
        found = _CUE_TAILS[id(lx)] = (lx, tails)
    return found[1]


def _opens_gapped_cue(w: Words, i: int, lx: Language) -> bool:
    """Does word ``i`` open a measure phrase of two words or more whose other words follow a number right after it
    ("the fire claimed two lives": "claimed lives", a cue of the dead around its number)? Such a verb says what befell
    the people counted, not who speaks."""
    if i + 2 >= len(w) or not _is_digit(w, i + 1) and whole_number(w.key[i + 1], lx) is None:
        return False
    for phrase, _ in lx.measures._by_first.get(w.key[i], ()):  # noqa: SLF001 - the phrases themselves
        rest = phrase[1:]
        if rest and tuple(w.key[i + 2:i + 2 + len(rest)]) == rest:
            return True
    return False


def _inside_cue(w: Words, i: int, lx: Language) -> bool:
    """Is word ``i`` inside a measure phrase whose words before it stand, in order, in the few words before it, and
    whose words after it follow it ("стан двох із них лікарі оцінюють як важкий": "стан оцінювати як важкий" is an
    assessment of a condition, no verb of saying)?"""
    for phrase, place in _cue_tails(lx).get(w.key[i], ()):
        if tuple(w.key[i:i + len(phrase) - place]) != phrase[place:]:
            continue
        k = i
        for key in reversed(phrase[:place]):  # the words before, in order, within eight words
            k = next((x for x in range(k - 1, max(-1, i - 9), -1) if w.key[x] == key), -1)
            if k < 0:
                break
        else:
            return True
    return False


def _disagrees(w: Words, a: int, b: int, verb: int, lx: Language) -> bool:
    """Does the phrase words[a:b], opening with its head, differ in grammatical number from the finite verb at
    ``verb`` ("судьба …, сообщили": a singular noun, a plural verb), so that it cannot be the verb's subject? A phrase
    of two joined nouns ("полиция и МЧС сообщили") is plural whatever its first word."""
    if any(w.key[k] in lx.words["coordinators"] for k in range(a, b)):
        return False
    subject, predicate = lx.grammatical_number(w.text[a], False), lx.grammatical_number(w.text[verb], True)
    return bool(subject) and bool(predicate) and not subject & predicate


def _country_locative(w: Words, a: int, b: int, verb: int, lx: Language) -> bool:
    """Are words[a:b] a place's preposition and a country's name and nothing else, right before a verb of saying in
    the plural of no subject ("У Швеції заявили", "В Польше сообщили", "У Кремлі" is a body of its own)? Then the
    country's authorities speak, as "в МЧС сообщили" is the ministry's voice. (pymorphy3)"""
    if lx.table["morphology"] != "pymorphy3" or b - a < 2 or w.key[a] not in lx.words["place_prepositions"]:
        return False
    m = country_at(w, a + 1, lx)
    if (not m or not m[1] or a + 1 + m[0] != b) and w.is_capital(a + 1):
        m = place_at(w, a + 1, lx, lx.places.match(w.key, a + 1))  # "в Астраханской области подтвердили": a
        # province's authorities, as a country's
    if not m or not m[1] or "|" in str(m[1]) or a + 1 + m[0] != b:
        return False
    return lx.grammatical_number(w.text[verb], True) == frozenset({"plur"})


def _locative_before_singular(w: Words, a: int, b: int, verb: int, lx: Language) -> bool:
    """Does the phrase words[a:b] open on a place's preposition, hold no word that may be a subject in the singular
    nominative (nor an acronym), and stand before a finite verb of saying in the singular that is not impersonal ("в
    Южной Корее, …, сообщило министерство")? Such a phrase is where something happened: the body a locative names
    speaks only through the impersonal plural ("в МЧС сообщили", "у поліції повідомили"), and a subject after the place
    speaks ("В Бенгази директор больницы сообщил"). (pymorphy3)"""
    if lx.table["morphology"] != "pymorphy3" or w.key[a] not in lx.words["place_prepositions"] or lx.impersonal(
            w.text[verb]) or w.text[verb].endswith(("ся", "сь")):
        return False
    if any("sing" in lx.grammatical_number(w.text[k], False) or acronym(w.text[k]) for k in range(a + 1, b)):
        return False
    return lx.grammatical_number(w.text[verb], True) == frozenset({"sing"})


def _names_the_counted(w: Words, a: int, lx: Language) -> bool:
    """Does the phrase at word ``a`` open right after a dash that follows the people counted, in at most three words
    with no other punctuation ("Погибли два человека - пожилые супруги из села, …, сообщили в ГУ МЧС", "погибли
    трое — рабочие цеха"), or on a subset word and a number ("в том числе двое граждан Казахстана")? Such a phrase
    says who the people were, an appositive or a part of the count, never who spoke."""
    for x in range(max(0, a - 3), a + 1):  # "Пропали четверо, в том числе двое граждан Казахстана, сообщили в МЧС":
        m = lx.subsets.match(w.key, x) if w.key[x] in lx.subsets.firsts else None  # a part of the people counted
        if m is not None and x + m[0] >= a and any(
                _is_digit(w, k) or _number_word(w.text[k], lx) for k in range(x + m[0], min(len(w), x + m[0] + 3))):
            return True
    if a < 2 or w.text[a - 1] not in "-–—":
        return False
    for x in range(a - 2, max(-1, a - 5), -1):
        if w.is_punct(x):
            return False
        if _is_digit(w, x) or (w.text[x].isalpha() and w.text[x].islower() and _number_word(w.text[x], lx)):
            return True
    return False


def _has_head(w: Words, a: int, b: int, lx: Language) -> bool:
    """Is there a role, a capitalised word or a country among words[a:b]?"""
    return any(w.key[k] in lx.roles or (lx.korean is None and w.is_capital(k)) or country_at(w, k, lx)
               for k in range(a, b))


def _person_head(w: Words, a: int, lx: Language) -> bool:
    """Does the phrase at word ``a`` open on a person named by a noun of living beings that counts no one ("Мать
    пропавшего солдата", "по словам соседа погибшего"), its head, whatever people its genitive names after it?"""
    return lx.animate(w.text[a]) and lx.people.match(w.key, a) is None


def _speaker(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex, text: str,
             sentence_start: bool) -> Speaker | None:
    if a >= b or _has_measure(w, a, b, lx) or not phrase_has_head(w, a, b, lx, registry, sentence_start):
        return None
    one = next((k for k in range(a + 1, b) if w.text[k][:1].isalpha() and _number_word(w.text[k], lx)
                and kin_of_one(w, k, lx)), None)
    if one is not None:
        b = one  # "Вдова одного из погибших", "мати одного з військових": the kin is the speaker; the people after
        # "one of" are counted, no body she speaks for (not "військових", the military)
    firsts = lx.measures.firsts
    if any(w.key[k] in firsts and lx.measures.match_loose(w.key, k) for k in range(a, b)) and any(
            w.text[k][:1].isalpha() and not w.is_capital(k) and _number_word(w.text[k], lx)
            and not kin_of_one(w, k, lx) for k in range(a, b)):
        return None  # "В больнице находятся двое пострадавших, …, сообщил министр": people counted, not a speaker
        # (not "Вдова одного из погибших рассказала": one of them, whose widow speaks)
    last = max((k for k in range(a, b) if not w.is_punct(k)), default=a)
    if w.key[last] in lx.people and not any(
            w.key[k] in lx.roles or country_at(w, k, lx) or registry.match(w.key, w.text, k) for k in range(a, b)) \
            and not _person_head(w, a, lx):
        return None  # "Seven others admitted to hospital": people counted, not a speaker
    owner = _press_office_owner(w, a, b, lx)
    if owner > a:  # "the group's media office", "the ministry's press service": the office speaks for its owner
        return resolve(w, a, owner, lx, registry, text, sentence_start)
    return resolve(w, a, b, lx, registry, text, sentence_start)


def _press_office_owner(w: Words, a: int, b: int, lx: Language) -> int:
    """The end of the owner of a press office that closes the phrase words[a:b] after a possessive ("the group's media
    office", "the army's press service": the word after "group's"), else -1. The office is how its body speaks: the
    body is the speaker, and a bare owner ("the group") points back to the body named before.

    Examples
    --------
    >>> from analysis.extract.words import tokenize
    >>> from analysis.extract.language import language
    >>> s = "the group's media office"
    >>> _press_office_owner(tokenize(s, 0, len(s), language("en")), 0, 4, language("en"))
    2
    >>> s = "the media office"
    >>> _press_office_owner(tokenize(s, 0, len(s), language("en")), 0, 3, language("en"))
    -1
    """
    offices = lx.words.get("press_office_nouns_phrases", frozenset())
    for k in range(a + 1, b - 1):
        if w.text[k].endswith(_POSSESSIVE) and " ".join(w.key[k + 1:b]) in offices:
            return k + 1
    return -1


def _appositive(w: Words, start: int, lx: Language, registry: RegistryIndex, text: str,
                named: Speaker) -> Speaker:
    """A name followed by its title between commas ("Marta Quispe, a spokeswoman for the Chilean fire
    service,") speaks for the organisation and country of the title."""
    for after in (start, start + 1):  # "Олена Коваль, 52 роки, медсестра …,": the title after the age
        if after + 2 < len(w) and w.text[after + 1] == "," and _age_start(w, after, lx) == start:
            start = after + 2
            break
    start = _headed_body(w, start, lx)
    end = start
    while end < len(w) and end - start < MAX_PHRASE and w.text[end] not in ",;:.\"“”«»()—–" \
            and lx.speech.match(w.key, end) is None and w.key[end] not in lx.words["clause_words"]:
        end += 1
    title = _speaker(w, start, end, lx, registry, text, False)
    if title is None or title.pronoun:
        return named
    if not title.resolved:  # "Chanda Mwale, director of mine safety at the ministry,": the role's words come along
        # the title names the office it speaks for ("Ram Thapa, the chief district officer,")
        office = title.organisation if title.how == "role" else named.organisation
        return replace(named, organisation=office, keys=named.keys | title.keys, sequence=named.sequence + title.sequence)
    return Speaker(named.text, title.organisation, title.country, title.kind, title.how,
                   keys=named.keys | title.keys, names=named.names, span=named.span)


def _headed_body(w: Words, start: int, lx: Language) -> int:
    """Where the body a person heads opens, when a relative clause of heading opens at word ``start`` ("who heads the
    Sumy branch of the Red Cross", "який очолює …", "которая возглавляет …", "who is the president of …": the table's
    ``heading_verbs`` and auxiliaries): the person speaks for that body, as for a title between commas. Else
    ``start``."""
    relative = start + 2 < len(w) and w.key[start] in lx.words["relative_pronouns"]
    if not (relative or start + 2 < len(w) and w.key[start] in lx.words["clause_words"]):
        return start  # (a relative pronoun the dictionary keys as another word: "яка" as "як")
    k = start + 1
    while k < len(w) and k - start <= 2 and w.key[k] in lx.words["skip_before_verb"] \
            and w.key[k] not in lx.words["auxiliary_verbs"]:
        k += 1  # "who also heads", "яка нині очолює"
    if k < len(w) and (w.key[k] in lx.words["heading_verbs"] or relative and w.key[k] in lx.words["auxiliary_verbs"]
                       and not _passive_after(w, k + 1, lx)):
        return k + 1
    if relative and k < len(w) and w.key[k] not in lx.words["auxiliary_verbs"]:
        for j in range(k + 1, min(len(w), k + 10)):  # "who studies extreme heat at Arizona State University": a clause
            # of the person's own work that places him at a body of a name of its own (``affiliation``) says whom he
            # speaks for; not a passive, "who was treated at the Nasser Hospital", which befell him there
            if w.is_punct(j) or w.key[j] in lx.words["clause_words"] or lx.speech.match(w.key, j) is not None:
                break
            if w.key[j] in lx.words["place_prepositions"] and _affiliation(w, j, lx):
                return j + 1
    return start


def _passive_after(w: Words, k: int, lx: Language) -> bool:
    """Is the word at ``k``, right after an auxiliary, a participle of what befell someone ("who was treated at …",
    "who had been wounded"): no determiner, role, capitalised word or number, but a word ending like a participle
    (the tables' ``participle_endings`` and ``passive_endings``)? English-like tables only."""
    if k >= len(w) or lx.table["morphology"] != "none" or lx.korean is not None or w.is_punct(k) or w.is_capital(k):
        return False
    key = w.key[k]
    if key in lx.words["determiners"] or key in lx.words["definite_determiners"] or key in lx.roles:
        return False
    endings = tuple(str(e) for e in lx.words["participle_endings"] | lx.words["passive_endings"])
    return key.endswith(endings) or key in lx.words["auxiliary_verbs"]


def _name_after_description(w: Words, i: int, lx: Language, registry: RegistryIndex, text: str) -> Speaker | None:
    """The name between commas right before the verb at ``i``, after the description of what it is ("A local
    collective of searching mothers, Sabuesas Guerreras, said"; "The Greek operator of the tanker, Aegean Star
    Shipping, said"): the named body speaks, with the country its description gives when its name gives none."""
    if i < 4 or w.text[i - 1] != ",":
        return None
    k = i - 2
    while k >= 0 and i - k <= 7 and not w.is_punct(k):
        k -= 1
    if k < 1 or w.text[k] != "," or k + 1 > i - 2 or w.is_punct(k - 1):
        return None
    if not all(w.is_capital(x) or w.key[x] in lx.words["np_glue"] for x in range(k + 1, i - 1)) \
            or not w.is_capital(k + 1):
        return None  # ("Pang, the society's head, said": a description after a name is the usual appositive)
    start = k - 1
    while start > 0 and k - start < MAX_PHRASE and not w.is_punct(start - 1) \
            and w.key[start - 1] not in lx.words["clause_words"] and lx.speech.match(w.key, start - 1) is None:
        start -= 1
    if not any(w.text[x][:1].islower() and w.key[x] in lx.roles for x in range(start, k)) \
            and not any(lx.roles.match(w.key, x) and w.text[x][:1].islower() for x in range(start, k)):
        return None  # the phrase before the comma must describe a body by a role noun ("collective", "operator")
    named = _speaker(w, k + 1, i - 1, lx, registry, text, False)
    if named is None or named.pronoun:
        return None
    if not named.country and named.how not in ("registry",):
        described = _speaker(w, start, k, lx, registry, text, start == 0)
        if described is not None and described.country:
            return replace(named, country=described.country, how=described.how + "+description")
    return named


def _evidence_subject(w: Words, i: int, lx: Language, registry: RegistryIndex, text: str) -> Speaker | None:
    """The owner named in an evidence phrase that is the subject of the verb at ``i`` ("Figures released by the
    ministry show", "Data from the UN agency suggested"): the figures speak for whoever released them, or None."""
    for k in range(max(0, i - MAX_PHRASE - 4), i - 1):
        m = lx.evidence.match(w.key, k)
        if m is None or not (k == 0 or w.is_punct(k - 1) or w.key[k - 1] in lx.words["determiners"]):
            continue
        if any(w.is_punct(x) and w.text[x] != "," for x in range(k, i)):
            return None
        c, d = _chunk_after(w, k + m[0], lx)
        if c >= d or d > i:
            return None
        owner = _speaker(w, c, d, lx, registry, text, False)
        if owner is None or owner.pronoun:
            return None
        return replace(owner, span=(w.start[k], owner.span[1]))  # ("released" of the phrase is no measure cue)
    return None


def _document_subject(w: Words, i: int, lx: Language) -> int | None:
    """Where a definite document noun that is the subject of the verb at ``i`` starts, if one is.

    "The statement added", "The final report said", "This assessment showed": a document named with a definite
    article and no owner stands for whoever issued it, the speaker named before (as "it" does). Not "the ministry's
    statement" (its owner is named) nor "a report" (a new one).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "The final assessment also said"
    >>> _document_subject(tokenize(s, 0, len(s), language("en")), 4, language("en"))
    0
    >>> s = "The ministry said"
    >>> _document_subject(tokenize(s, 0, len(s), language("en")), 2, language("en")) is None
    True
    >>> s = "Initial assessments show"
    >>> _document_subject(tokenize(s, 0, len(s), language("en")), 2, language("en"))
    0
    """
    definite = lx.words["definite_determiners"]
    documents = lx.words["statement_words"] | lx.words["estimate_nouns"]
    if not definite:
        return None
    j = i - 1
    if j > 1 and w.text[j] == "," and (opened := _inserted_clause(w, j, lx)) is not None:
        j = opened - 1  # "The database, which is run by a research group in London, said": the clause inserted
        i = opened  # between the document and its verb
    while j >= 0 and i - j <= 3 and w.key[j] in lx.words["skip_before_verb"] and w.key[j] not in documents \
            and w.key[j][:1].isalpha():
        j -= 1
    if j < 0 or w.key[j] not in documents:
        return None
    qualifiers = lx.words["estimate_qualifiers"]
    q = j
    while q > 0 and j - q < 3 and w.key[q - 1] in qualifiers:
        q -= 1
    if qualifiers and w.key[j] in lx.words["estimate_nouns"] and (q == 0 or w.text[q - 1] in _BOUNDARY):
        return q  # "Initial assessments show", "Preliminary figures suggest": figures of no owner, the speaker's before
    k = j - 1
    while k >= 0 and j - k <= 3 and w.key[k] not in definite and w.key[k][:1].isalpha() and not w.is_capital(k) \
            and w.key[k] not in lx.roles and not lx.measures.match(w.key, k) and w.key[k] not in lx.words["np_stops"]:
        k -= 1  # "the final report", "the joint statement"
    if k < 0 or w.key[k] not in definite or not (k == 0 or w.text[k - 1] in _BOUNDARY):
        return None
    return k


_BACKWARD_FIRSTS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _backward_marks(w: Words, lx: Language) -> list[int]:
    """The words of the sentence that could open a backward marker (their key's first word opens one of the table's
    ``backward_markers``), in order; computed once per sentence. A span with none of them is no marker."""
    cached = getattr(w, "_backward_marks", None)
    if cached is None:
        phrases = lx.words["backward_markers_phrases"]
        found = _BACKWARD_FIRSTS.get(id(phrases))
        if found is None or found[0] is not phrases:
            found = _BACKWARD_FIRSTS[id(phrases)] = (phrases, frozenset(p.partition(" ")[0] for p in phrases))
        firsts = found[1]
        cached = [k for k, key in enumerate(w.key) if key.partition(" ")[0] in firsts]
        w._backward_marks = cached
    return cached


def _demonstrative(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i`` a demonstrative of a backward marker ("это", "це") declined with the noun after it
    ("этого округа", "цієї громади"): a determiner, not the pronoun that points back ("Об этом глава МЧС сообщил")?"""
    key = w.key[i]
    return w.text[i].lower() != key and i + 1 < len(w) and not w.is_punct(i + 1) \
        and any(key in p.split() for p in lx.words["backward_markers_phrases"]) \
        and lx.common_noun(w.text[i + 1]) and bool(lx.agreement(w.text[i]) & lx.agreement(w.text[i + 1]))
    # (a noun of the dictionary: "в" reads in every case, as an abbreviation)


BACKWARD_CIRCUMSTANCE = 10  # words of a circumstance opening on its preposition between a backward marker and its verb


def _is_backward(w: Words, a: int, b: int, lx: Language) -> bool:
    """Is ``w[a:b]`` a marker pointing back ("об этом"), or one followed by a few words before its verb ("об этом в
    воскресенье", "Про це в Telegram", "Про це Суспільному", "Об этом глава МЧС"), with no number or punctuation?"""
    marks = _backward_marks(w, lx)  # the marker's first word is one of the span's words: none, no marker
    m = bisect.bisect_left(marks, a)
    if m == len(marks) or marks[m] >= b:
        return False
    date = set()  # "Про це в четвер, 8 січня, повідомило …": a date between commas is a circumstance too
    for k in range(a, b - 1):
        if _is_digit(w, k) and w.key[k + 1] in lx.words["np_stops"] and k > a and w.text[k - 1] == "," \
                and (k + 2 == b or w.text[k + 2] == ","):
            date.update((k - 1, k, k + 1, k + 2))
    date.update(_day_dates(w, a, b, lx))  # "Про це 14 серпня повідомили …": a date with no commas is a circumstance too
    if b - a > 3 and w.text[b - 1] == "," and not date:
        opened = next((k for k in range(b - 2, max(a, b - ASIDE - 2), -1) if w.text[k] == ","), None)
        if opened is not None and opened > a + 1:  # "Про це в суботу, у п'яту річницю виборів 2020 року, повідомив
            date.update(range(opened, b))  # …": an aside between commas right before the verb is a circumstance
    kept = [k for k in range(a, b) if k not in date]
    words = [w.key[k] for k in kept if w.key[k][:1].isalnum()]
    keys = " ".join(words)
    if not keys:
        return False
    first = next(k for k in kept if w.key[k][:1].isalnum())
    if words[0] in lx.words["backward_markers_phrases"] and first + 1 < b and _demonstrative(w, first, lx):
        return False  # "Депутат от этого округа заявил", "Голова цього району": a determiner of the noun after it, not
        # the pronoun that points back ("Об этом глава МЧС сообщил", "Це підтвердили …")
    if keys in lx.words["backward_markers_phrases"]:
        return True
    for n in range(1, min(4, len(words))):
        rest = [k for k in kept if w.key[k][:1].isalnum()][n:]
        if " ".join(words[:n]) in lx.words["backward_markers_phrases"] and (len(words) - n <= 6 or (
                len(words) - n <= BACKWARD_CIRCUMSTANCE and w.text[rest[0]][:1].islower()
                and lx.preposition(w.text[rest[0]]))):
            # ("Об этом на заседании комитета Жогорку Кенеша по международным делам сообщил …": a circumstance that
            # opens on its preposition may be longer; the subject stands after the verb)
            return not any(w.key[k][:1].isdigit() for k in rest) and not any(
                w.is_punct(k) and w.text[k] != "-" and w.text[k] not in "\"“”«»„" for k in kept)
            # ('Об этом "Интерфаксу" сообщили в …': an outlet spoken to, in quotation marks)
    return False


def _marker_opening(w: Words, a: int, b: int, lx: Language) -> int:
    """How many words of a backward marker of two words or more open ``w[a:b]`` ("такі дані центр", "ці цифри
    міністерство") with words after it; 0 when none does."""
    phrases = lx.words["backward_markers_phrases"]
    return next((n for n in range(min(3, b - a - 1), 1, -1) if " ".join(w.key[a:a + n]) in phrases), 0)


def _last_digit(w: Words) -> int:
    """Index of the sentence's last word with a digit (-1 when none), computed once per sentence."""
    cached = getattr(w, "_last_digit", None)
    if cached is None:
        cached = next((k for k in range(len(w) - 1, -1, -1) if _is_digit(w, k)), -1)
        w._last_digit = cached
    return cached


def _trailing(w: Words, end: int, lx: Language | None = None) -> bool:
    """Does the frame ending at word ``end`` close its sentence: no number after it (with ``lx``, no number word
    either: "Armenia says two soldiers killed, Azerbaijan reports three wounded" has a second frame of its own)?"""
    if end <= _last_digit(w):
        return False
    return lx is None or not any(w.text[k].isalpha() and w.text[k].islower() and _number_word(w.text[k], lx)
                                 for k in range(end, len(w)))


def _source_label(w: Words, lx: Language, registry: RegistryIndex, text: str) -> Attribution | None:
    """A line that opens with a label of the table's ``source_labels`` and a colon ("Джерело: начальник ОВА Андрій
    Коваленко в Telegram", a news site's furniture under its lede): the source it names, up to the first comma and
    less the place it spoke in, speaks for the paragraph before it, as "Про це повідомив …" does. None for any other
    line.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> from analysis.extract.words import tokenize
    >>> s = "Джерело: голова громади Іван Бойко у Facebook"
    >>> found = _source_label(tokenize(s, 0, len(s), language("uk")), language("uk"), registry_index("uk"), s)
    >>> found.kind, found.speaker.text
    ('backward', 'голова громади Іван Бойко')
    """
    if len(w) < 3 or w.text[0].casefold() not in lx.words["source_labels"] or w.text[1] != ":":
        return None
    end = next((k for k in range(2, len(w)) if w.text[k] in ",;."), len(w))
    if end <= 2:
        return None
    speaker = _speaker(w, 2, _before_own_place(w, end - 1, lx) + 1, lx, registry, text, False)
    return Attribution(w.start[0], speaker, "backward", True) if speaker is not None else None


def attributions(w: Words, lx: Language, registry: RegistryIndex, text: str) -> list[Attribution]:
    """Every attribution in one sentence's words, in order.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> from analysis.extract.words import tokenize
    >>> s = "About 300 died, a Ruritanian health official told Reuters."
    >>> found = attributions(tokenize(s, 0, len(s), language("en")), language("en"), registry_index("en"), s)
    >>> [(a.kind, a.speaker.text, a.trailing) for a in found]
    [('direct', 'Ruritanian health official', True)]
    """
    if lx.korean is not None:
        return _korean(w, lx, registry, text)
    labelled = _source_label(w, lx, registry, text)
    if labelled is not None:
        return [labelled]
    out: list[Attribution] = []
    n = len(w)
    i = 0
    after_object = lx.table["according_object"] == "after"
    openers = lx.openers
    unnamed = (-1, -1)  # a citing phrase whose object names no body ("со ссылкой на собственные источники")
    owned_verb = -1  # the verb of saying whose subject is a document already credited to its owner
    keys = w.key
    while i < n:
        if keys[i] not in openers:
            i += 1
            continue
        according = lx.according.match(w.key, i)
        if according is not None and lx.modifier(w.text[i]) and not lx.predicate_form(w.text[i]):
            according = None  # "автобус, следовавший из Хургады": a participle of the verb of "следует из" (it
            # follows from) describes a thing; no phrase of "according to" opens with one
        if according is None and i + 2 < n and (lx.modifier(w.text[i + 1]) or keys[i + 1] in lx.words["pronouns"]
                                                 or keys[i + 1] in lx.words["first_person"]
                                                 or (w.text[i + 1].islower() and lx.adjectival(w.text[i + 1]))) \
                and (inner := lx.according.match([keys[i]] + keys[i + 2:i + 6], 0)) is not None and inner[0] >= 2:
            according = inner[0] + 1, inner[1]  # "за уточненою інформацією", "по официальной информации": an
            # adjective inside a phrase of "according to" (also one that is a noun in another reading: "у
            # квартальному звіті", of "квартальний"; the document noun after it decides); or a possessive ("по его
            # информации", "по ее версии": the pronoun is the speaker, found below)
        if according is None and i + 4 < n and lx.modifier(w.text[i + 1]) and len(w.text[i + 2]) <= 2 \
                and w.text[i + 2].isalpha() and w.text[i + 2].islower() \
                and (keys[i + 3] in lx.words["pronouns"] or keys[i + 3] in lx.words["first_person"]) \
                and (inner := lx.according.match([keys[i]] + keys[i + 4:i + 8], 0)) is not None and inner[0] >= 2:
            according = inner[0] + 3, inner[1]  # "за наявною в нас інформацією", "по имеющимся у нас данным": the
            # holder of the data, a pronoun after a participle of having, is the speaker (found below)
        if according is None and i + 2 < n:
            according = _document_modified(w, i, lx)
        skipped = 0
        if according is None and after_object and keys[i] in lx.speech.firsts and i + 2 < n:
            # "were reported killed by X", "were confirmed dead by X": the passive's agent after a measure word
            cue = lx.measures.match(w.key, i + 1)
            if cue is not None and lx.speech.match(w.key, i) is not None:
                tail = lx.according.match([keys[i]] + list(keys[i + 1 + cue[0]:i + 4 + cue[0]]), 0)
                if tail is not None and tail[0] >= 2:
                    according, skipped = tail, cue[0]
                elif i > 0 and keys[i - 1] in lx.words["passive_auxiliaries"]:
                    agent = _passive_agent(w, i + 1 + cue[0], lx)  # "were declared dead on Monday by the ministry":
                    if agent is not None:  # any passive verb of saying, a circumstance of time, then its agent
                        according, skipped = (agent - i - cue[0], None), cue[0]
        published = _document_agent(w, i, according, lx) if after_object else None
        if published is not None:  # "В распространенном прокуратурой документе указывается", "В заявлении,
            speaker = _speaker(w, published[0], published[1], lx, registry, text, False)  # опубликованном группировкой,
            if speaker is not None and not speaker.pronoun:  # утверждается": the agent of the participle that made the
                out.append(Attribution(w.start[i], speaker, "according", _trailing(w, published[2])))  # document public
                i = published[2]
                continue
        spoken = False  # a verb of saying that opens a phrase of "according" whose agent is no speaker
        if according is not None:
            length = according[0] + skipped
            pronoun = next((k for k in range(i, min(n, i + length + 1)) if w.key[k] in lx.words["pronouns"]
                            or w.key[k] in lx.words["first_person"]
                            or (k == i + length and w.key[k] in lx.words["object_pronouns"]
                                and (k + 1 == n or w.is_punct(k + 1)))), None)  # ("за нашими даними": the
            # issuer's; "According to him, …", "according to them.": the object pronoun points back)
            if pronoun is not None and pronoun + 1 < n and (w.key[pronoun + 1] in lx.roles or lx.roles.match(
                    w.key, pronoun + 1) or (w.is_capital(pronoun + 1) and not w.is_punct(pronoun + 1))):
                pronoun = None  # "according to its Interior Ministry": a possessive before the phrase, no pronoun
            antecedent = _relative_owner(w, i, i + length, lx, registry, text) if after_object else None
            if antecedent is not None:  # "Организация «X», по данным которой …": the body the relative points to
                out.append(Attribution(w.start[i], antecedent, "according", True))
            elif pronoun is not None:
                out.append(Attribution(w.start[i], Speaker(w.text[pronoun], "", "", pronoun=True), "according"))
            elif after_object:
                start = i + length
                while start < n and w.key[start] in lx.words["determiners"]:
                    start += 1
                evidence = lx.evidence.match(w.key, start) if start < n else None
                # "according to figures compiled by the AP": the owner of the figures
                agent = _document_agent_after(w, start, lx) if evidence is None else None
                a, b = _chunk_after(w, start + evidence[0] if evidence else agent or i + length, lx,
                                    lx.table["morphology"] == "pymorphy3")
                b = _before_infinitive(w, a, b, lx)  # ("are said by the group to have been killed")
                b = _genitive_end(w, a, b, lx)
                speaker = _speaker(w, a, b, lx, registry, text, False)
                if speaker is not None and speaker.how == "name" and not skipped and b + 1 < n and w.text[b] == "," \
                        and lx.table["morphology"] == "none" and lx.korean is None and (
                            w.key[b + 1] in lx.words["determiners"] or lx.roles.match(w.key, b + 1) is not None) \
                        and not any(_is_digit(w, x) or lx.measures.match(w.key, x) or lx.predicate_form(w.text[x])
                                    for x in range(b + 1, next((y for y in range(b + 1, n) if w.is_punct(y)), n))):
                    speaker = _appositive(w, b + 1, lx, registry, text, speaker)  # "according to Dr. X, Medical
                    # Superintendent of the Y Institute, …": the title between commas after the name says whom he
                    # speaks for, as after a subject's name (a title: a determiner or a role opens it, no number,
                    # measure or verb in it; not the main clause after a fronted "according to X, 58 villagers …")
                if speaker is not None and not skipped and a < b <= n and keys[b - 1] in lx.words["accordance_nouns"]:
                    i = b  # "We buried 26 people on Monday according to Islamic rites": in keeping with a norm, which
                    continue  # says nothing (the verb of saying of the sentence speaks)
                if speaker is not None and skipped and not (
                        speaker.how == "registry" or speaker.names or _names_a_body(speaker, lx)):
                    speaker = None  # "reported killed by Russian shelling": the agent of the deed, no body speaking
                if speaker is not None:
                    out.append(Attribution(w.start[i], speaker, "according", _trailing(w, b)))
                elif not skipped and lx.speech.match(w.key, i) is not None and lx.table["morphology"] == "none" \
                        and not (i > 0 and keys[i - 1] in lx.words["passive_auxiliaries"]):
                    spoken = True  # "Viliami Fonua said by satellite phone that …": how it was said, no agent; the
                    # verb speaks for its subject
                elif not skipped and (w.key[i] in lx.words["place_prepositions"] and (
                        (adverbs_end := _past_adverbs(w, i + length, lx)) + 1 < n and (
                            w.text[adverbs_end + 1] == "," or (w.key[adverbs_end + 1] in lx.words["about_markers"]
                                                               and lx.impersonal(w.text[adverbs_end])))
                        and w.text[adverbs_end][:1].isalpha() and w.text[adverbs_end][:1].islower() and w.key[adverbs_end] not in lx.roles
                        or i > 0 and lx.impersonal(w.text[i - 1]) and (i + length == n or w.is_punct(i + length)))
                        or _ownerless_document(w, i + length, lx) > 0
                        or _closing_document(w, i, i + length, lx)):
                    # (or closing its clause after an impersonal verb: "…, говорится в докладе.", "Как отмечается в
                    # сводке, …"; "У доповіді також зазначається, що …": adverbs before the verb)
                    # "У заяві додається, що …", "В докладе говорится, что …", "у комюніке йдеться про …", "в
                    # сообщении говорится о …" (what the impersonal verb is about): a document with no owner stands for
                    # the issuer named before, as "it" does; so does a document noun of no owner as the object of
                    # "according to" ("Згідно з доповіддю, …", "Согласно отчету, …")
                    last = max(i + length, _ownerless_document(w, i + length, lx)) - 1
                    out.append(Attribution(w.start[i], Speaker(text[w.start[i]:w.end[last]], "", "",
                                                               "document", pronoun=True), "according"))
            if not spoken:
                i += length
                continue
        cited = lx.citing.match(w.key, i)
        if cited is not None and i > 0 and w.key[i - 1] in lx.words["passive_auxiliaries"]:
            # "X was quoted in media reports as saying …": the passive's subject speaks; the words up to "as" are the
            # relay (its "reports" no verb)
            i = next((k for k in range(i + cited[0], min(n, i + cited[0] + 8))
                      if w.key[k] in lx.words["passive_complements"]), i + cited[0])
            continue
        if cited is not None:
            length = cited[0]
            a, b = _chunk_after(w, i + length, lx)
            outlet = _outlet_at(w, i + length, lx, registry) if a == i + length else 0
            if outlet and outlet < b:  # "цитирует ТАСС представителя ВОЗ": the outlet that quotes, then the one quoted
                a = outlet
            speaker = _speaker(w, a, b, lx, registry, text, False)
            if speaker is not None and (speaker.how != "role" or _names_a_body(speaker, lx)):
                # "citing the interior ministry" (a body, named here as the source: not one pointed back to), "citing
                # local authorities" (the state's, as a bare state body is), not "citing a source"
                out.append(Attribution(w.start[i], replace(speaker, anaphoric=False), "citing", _trailing(w, b)))
            else:
                unnamed = (i, b)
            i += length
            continue
        owner_end = i
        while owner_end > 1 and keys[i] in lx.words["estimate_nouns"] and (
                keys[owner_end - 1] in lx.words["estimate_qualifiers"] or (
                    i - owner_end < 2 and lx.table["morphology"] == "none"
                    and _document_modifier(w, owner_end - 1, lx))):
            owner_end -= 1  # "NEMA's own summary", "the ministry's latest figures": the owner before the qualifiers
            # (and before one or two nouns that say what the document is: "OCHA's latest flash update", "the
            # ministry's daily situation report")
        if keys[i] in lx.words["estimate_nouns"] and owner_end > 0 and w.text[owner_end - 1].endswith(_POSSESSIVE):
            a, b = _chunk_before(w, owner_end, lx)  # "the Pentagon's figure": the owner of the figure speaks
            owner = _speaker(w, a, b, lx, registry, text, a == 0)
            if owner is not None and not owner.pronoun:
                out.append(Attribution(w.start[i], owner, "according", _trailing(w, i + 1)))
                owned_verb = _verb_of_document(w, i + 1, lx)  # "NEMA's own summary, released on Sunday, put …": the
                i += 1  # document's verb speaks for its owner, not for the document's words
                continue
        if i == owned_verb:
            i += lx.speech.match_loose(w.key, i)[0]  # type: ignore[index]
            continue
        speech = lx.speech.match_loose(w.key, i)  # "put the final toll", "gives a far higher figure": words inside
        if speech is None and keys[i] in lx.words["denial_verbs"] and any(
                w.text[k] == ":" and not any(w.is_punct(x) for x in range(i + 1, k)) for k in range(i + 1, min(n, i + 5))):
            speech = (1, "speech_verbs")  # "В командовании ВМС США это опровергли: …", "The navy denied it: …": what
            # a denial states after its colon is the denier's own account (not "denied that 40 were killed")
        definite = lx.words["definite_determiners"]
        if speech is not None and i > 0 and definite and (w.key[i - 1] in definite or (
                _is_digit(w, i - 1) and not numbered_body(w, i - 1, lx) and _before_date(w, i - 1, lx) == i - 1) or (
                i > 1 and w.key[i - 2] in definite and w.key[i - 1] in lx.words["determiners"]
                and _number_word(w.text[i - 1], lx))):
            speech = None  # "in the two states", "the reports": after a determiner or a number the word is a noun
        if speech is not None and (role := lx.roles.match(w.key, i)) is not None and role[0] > speech[0]:
            speech = None  # "…, think tank estimates": a word that opens a longer role's name is part of that noun
        if speech is not None and i > 0 and keys[i - 1] in lx.words["noun_prepositions"]:
            speech = None  # "fled for fear of landslides", "amid fears": after a preposition the word is a noun
        if speech is not None and i > 0 and lx.table["morphology"] == "none" and lx.korean is None \
                and keys[i - 1] in lx.words["np_glue"] and w.text[i - 1].isalpha() and keys[i - 1] not in (
                    lx.words["coordinators"] | lx.words["destination_prepositions"]):
            speech = None  # "had fled for fear of further landslides", "in fear": after a preposition the word is a
            # noun (not "to say", "and said")
        if speech is not None and i > 0 and keys[i] in lx.words["estimate_nouns"] | lx.words["statement_words"]:
            owners = lx.words["determiners"] | lx.words["pronouns"]
            if keys[i - 1] in owners or (i > 1 and w.text[i - 1][:1].islower() and w.text[i - 1][:1].isalpha() and (
                    keys[i - 2] in owners and keys[i - 1] not in lx.roles
                    or keys[i - 2] in lx.words["place_prepositions"])):
                speech = None  # "released its annual report", "a new estimate": a document, no verb (nor "was
                # quoted in media reports … as saying": a place's preposition before the noun's modifier)
            elif _name_and_bare_form(w, i, lx):
                speech = None  # "called the LSHTM estimate speculation": the name's document
            elif lx.table["morphology"] == "none" and (x := next((x for x in range(i - 1, max(-1, i - 4), -1) if not (
                    keys[x] in lx.words["estimate_qualifiers"] or _document_modifier(w, x, lx))), -1)) >= 0 \
                    and x < i - 1 and (keys[x] in owners or keys[x] in lx.words["noun_prepositions"]):
                speech = None  # "In its latest situation report, the ministry said": a document after its owner's
                # pronoun and the words that say what it is
        if speech is not None and speech[0] == 1 and keys[i] in lx.words["valuing_verbs"] and not any(
                keys[k] in lx.words["estimate_nouns"] or keys[k] in lx.words["pronouns"] for k in range(i + 1, min(n, i + 4))) \
                and not _valued_measure(w, i, lx):
            speech = None  # "Rescuers placed 30 bodies in the morgue": a verb of valuing speaks only of an estimate
            # ("placed the number of those arrested at 64", "put it at 30")
        if speech is not None and speech[0] == 1 and keys[i] in lx.words["finding_verbs"] \
                and not _rules_on_clause(w, i, lx):
            speech = None  # "found guilty", "found 12 bodies": a verb of finding before its object finds things; it
            # states a count only before the clause it rules on ("the inquiry found that 23 died")
        if speech is not None and lx.korean is None and (_inside_cue(w, i, lx) or _opens_gapped_cue(w, i, lx)):
            speech = None  # "стан двох із них лікарі оцінюють як важкий": a verb inside a measure's phrase says no one
        if speech is not None and lx.table["morphology"] == "none" and lx.korean is None \
                and _reports_nothing(w, i, speech[0], lx):
            speech = None  # "keeps 19,000 troops in the district facing the Baltic states.": a word of saying that
            # ends the sentence with nothing reported before it (no comma, colon, dash nor quotation) is a noun
        if speech is not None and lx.table["morphology"] == "pymorphy3" and i > 0 and w.text[i - 1] == "," \
                and lx.modifier(w.text[i]) and lx.oblique(w.text[i]) and not lx.predicate_form(w.text[i]) \
                and not (i + speech[0] < n and _instrumental(w.text[i + speech[0]], lx)):
            speech = None  # "В заявлении, распространенном через ее агентство, боевики утверждают", "в заяві,
            # поширеній через агентство, угруповання стверджує": a participle in an oblique case opening a clause
            # after its document describes it; it is no verb with a subject of its own (only an agent in the instrumental after it speaks:
            # "По информации, распространенной Пограничными войсками, …")
        if speech is None:
            i += 1
            continue
        length = speech[0]
        verb = w.key[i]
        if length == 1 and i + 2 < n and w.key[i + 1] in lx.words["infinitive_markers"] \
                and w.key[i + 2] in lx.words["raising_infinitives"] \
                and verb not in lx.words["infinitive_speech_verbs"]:
            i += length  # "armed men believed to be foreign fighters killed 500": a reduced passive, no one speaks
            continue
        if _order(w, i, length, lx):
            i += length  # "before an officer told me to go home": an order, no report
            continue
        if i > 0 and length == 1 and w.key[i - 1] in lx.words["passive_auxiliaries"] \
                and not (i + 1 < n and w.key[i + 1] in lx.words["passive_complements"]) \
                and not participle(w, i, lx):  # ("is reporting", "have been saying": a progressive, its subject speaks)
            # "Four more were added on Tuesday", "12 people are reported to be missing": a passive's subject is what
            # was said, not who said it; its agent ("were reported by the ministry") speaks (not "was quoted as
            # saying": that subject does)
            if i + 1 < n and w.key[i + 1] in lx.words["agent_prepositions"]:
                c, d = _chunk_after(w, i + 2, lx)
                d = _before_infinitive(w, c, d, lx)  # "are said by the army to have been killed": the agent ends
                # where the infinitive of what was said opens
                agent_speaker = _speaker(w, c, d, lx, registry, text, False)
                if agent_speaker is not None and not agent_speaker.pronoun:
                    out.append(Attribution(w.start[i], agent_speaker, "according", _trailing(w, d)))
                    i = max(i + length, d)
                    continue
            i += length
            continue
        if lx.own_voice(w.text[i]):  # "Нагадаємо, …", "Напомним, …": the text's own voice, no one named speaks
            i += length
            continue
        evidence = lx.evidence.match(w.key, i + length) if i + length < n else None
        if evidence is not None:  # "Reuters передает данные центра": the centre is the source, not Reuters
            c, d = _chunk_after(w, i + length + evidence[0], lx)
            owner = _speaker(w, c, d, lx, registry, text, False)
            if owner is not None and not owner.pronoun:
                out.append(Attribution(w.start[i], owner, "citing", _trailing(w, d)))
                i = max(i + length, d)
                continue
        if out and out[-1].speaker is not None and out[-1].kind in ("direct", "inverted") and w.text[i - 1] == "," \
                and participle(w, i, lx):  # "X claimed the attack, saying …": the participle's subject is the clause's
            out.append(Attribution(w.start[i], out[-1].speaker, out[-1].kind, False, out[-1].relative))
            i += length
            continue
        owned = _evidence_subject(w, i, lx, registry, text)
        if owned is not None:  # "Figures released by the ministry show that …": the owner of the figures speaks
            out.append(Attribution(w.start[i], owned, "according", False))
            i += length
            continue
        document = _document_subject(w, i, lx)
        if document is not None:  # "The statement added", "The final report said": the issuer named before speaks
            last = i - 1
            if w.text[last] == "," and (opened := _inserted_clause(w, last, lx)) is not None and opened > document:
                last = opened - 1  # (the clause inserted after the document is no part of its name)
            out.append(Attribution(w.start[i], Speaker(text[w.start[document]:w.end[last]].strip(), "", "",
                                                       "document", pronoun=True), "direct"))
            i += length
            continue
        possessor = _possessor_before(w, i, lx)
        a, b = possessor if possessor is not None else _chunk_before(w, i, lx)
        if i >= 2 and w.text[i - 1] in _CLOSE_QUOTES and w.text[i - 2] == ",":
            a = b = i  # '"I saw at least five bodies in the pool," said X': the quotation's words are what was said,
            # never the subject of the verb after them (its speaker stands after it)
        if unnamed[0] <= a < unnamed[1] or (a == b and unnamed[0] < i <= unnamed[1] + 3):
            # "Telegram-канал X со ссылкой на собственные источники пишет": the one citing unnamed sources speaks
            a, b = _chunk_before(w, unnamed[0], lx)
        b = _before_interview(w, a, b, lx, registry)
        backward = _is_backward(w, a, b, lx) or any(_is_backward(w, k, i, lx)
                                                     for k in range(max(0, i - BACKWARD_CIRCUMSTANCE - 2 - ASIDE * (w.text[i - 1] == ",")), i))
        first_person = b - a == 1 and w.key[a] in lx.words["first_person"]
        subject = Speaker(w.text[a], "", "", pronoun=True) if first_person else _speaker(w, a, b, lx, registry, text,
                                                                                        a == 0)
        agent = subject is not None and a == 0 and b - a <= 2 and lx.table["morphology"] == "pymorphy3" \
            and w.text[i].islower() and w.text[i].endswith(("но", "то")) and _instrumental(w.text[b - 1], lx) \
            and i + 1 < n and w.text[i + 1] == ","  # "Судом установлено, что …", "Слідством встановлено, що …": the
        # instrumental agent of an impersonal passive of a verb of finding, opening the sentence, found it
        if subject is not None and not backward and not agent and (
                a == 0 or w.key[a - 1] not in lx.words["place_prepositions"]) \
                and (lx.oblique(w.text[a]) or _disagrees(w, a, b, i, lx) or (
                    w.key[a] not in lx.words["place_prepositions"] and any(
                        w.start[k] == subject.span[0] and _disagrees(w, k, b, i, lx) for k in range(a + 1, b)))):
            subject = None  # "евакуювали 312 мешканців, …, повідомив голова ОВА": a noun in no nominative is the
            # object of a verb before it, never the subject of the verb of saying (the subject stands after it); nor is
            # a noun whose number the verb does not share ("…, судьба еще четверых неизвестна, сообщили в КЧС"), nor
            # the phrase's own head after its modifiers ("15-річний підліток, якого змило …, повідомили в поліції")
        if subject is not None and not backward and lx.korean is None and w.text[i - 1] == "," \
                and _names_the_counted(w, a, lx):
            subject = None  # "Погибли два человека - пожилые супруги, которые …, сообщили в МЧС": the people counted,
            # named after a dash, are the victims, never the subject of the verb of saying that closes the sentence
            # after a comma (the body after it speaks; not "61 people rescued – survivors report nine missing")
        if subject is not None and not backward and destination_case(
                w, a + (a + 1 < b and w.key[a] in lx.words["place_prepositions"]), lx):
            subject = None  # "Франция направит в Новую Каледонию тысячу полицейских …, заявил министр": a destination
            # in the accusative after its preposition is where people go, never the one who speaks (the locative is:
            # "в МЧС сообщили")
        if subject is not None and not backward and _locative_before_singular(w, a, b, i, lx):
            subject = None  # "… на ярмарке для желающих работать в Южной Корее, которая проходила …, сообщило
            # министерство": a place's phrase is the subject of no verb in the singular (the impersonal "в МЧС
            # сообщили" is plural); the subject stands after the verb
        if subject is not None and lx.table["morphology"] == "pymorphy3" and a < b and w.text[a][:1].islower() \
                and lx.predicate_form(w.text[a]) and not lx.modifier(w.text[a]):
            subject = None  # "погибли и более 30 получили ранения в ходе столкновений со сторонниками президента X,
            # блокирующими дороги, заявил министр": words that open with a finite verb are a clause, never its subject
        if subject is not None and not backward and lx.korean is None and i > 0 and w.text[i - 1] == "," and any(
                w.text[k] in ("—", "–") for k in range(a + 1, b)):
            subject = None  # "…погибли, большинство — в результате ударов ВСУ, заявил секретарь СЖР": a noun, a dash
            # and its predicate are an elliptical clause, never the subject of the verb after the comma (the subject
            # stands after the verb)
        if subject is not None and a < b and _examination(w, a, b, lx):
            subject = None  # "Експертизи ДНК підтвердили особи 24 загиблих", "DNA tests confirmed …": a test that
            # establishes a fact speaks for no one; who reported it is the speaker, if anyone is named
        if subject is not None and subject.how == "country" and _place_alone(w, a, b, lx):
            subject = None  # "Culiacán recorded 32 murders": a city or a province alone is where it happened, no speaker
        if subject is None and not backward and b <= i and all(w.key[k] in lx.words["skip_before_verb"] for k in range(
                b, i)) and _country_locative(w, a, b, i, lx):
            subject = resolve(w, a + 1, b, lx, registry, text, False)  # "У Швеції заявили, що …", "В Польше
            # сообщили": a country in the locative before the impersonal plural speaks as a body does ("в МЧС
            # сообщили"): its authorities, unnamed
        if lx.korean is None and subject is None and i > 0 and w.text[i - 1] == ",":
            named = _name_after_description(w, i, lx, registry, text)
            if named is not None:
                subject = named  # "The Greek operator of the tanker, Aegean Star Shipping, said": the name speaks
        if subject is not None and not backward and lx.table["morphology"] == "none" and lx.korean is None and i > 0 \
                and w.key[i - 1] in lx.words["coordinators"] and any(
                    x.speaker is not None and x.kind in ("direct", "inverted") for x in out):
            out.append(Attribution(w.start[i], None, "elided", False))  # "X said the reduction reflected the arrival
            i += length  # of an Estonian brigade and insisted the UK could send …": a verb of saying right after "and"
            continue  # has the left-out subject of the verb of saying before it, not the last noun of what it reported
        before = None
        if backward and subject is not None and (skip := _marker_opening(w, a, b, lx)):
            subject = _speaker(w, a + skip, b, lx, registry, text, False)  # "– такі дані центр навів": the marker
            # that opens the words before the verb is no part of the speaker after it
        if backward:  # "Об этом глава МЧС сообщил": the subject before the verb speaks, when none stands after it
            before = subject if subject is not None and not subject.pronoun and not (
                w.key[a] in lx.words["place_prepositions"] and subject.how == "name") else None
            subject = None
        if subject is not None and subject.how == "name" and b < len(w) and w.text[b] == ",":
            subject = _appositive(w, b + 1, lx, registry, text, subject)
        relay = verb in lx.words["relay_verbs"] and (a == b or (a > 0 and w.key[a - 1] in lx.words["np_stops"]))
        kind = "relay" if relay else "direct"
        if relay and subject is None:
            c, d = _chunk_after(w, i + length, lx)
            relayer = _speaker(w, c, d, lx, registry, text, False)
            if relayer is not None:
                out.append(Attribution(w.start[i], relayer, "relay"))
            i += length
            continue
        trailing = a > 0 and w.text[a - 1] in _BOUNDARY and _trailing(w, i + length, lx)
        if subject is None and verb in lx.words["audience_verbs"] and i > 0 and w.text[i - 1] in _BOUNDARY \
                and (outlet := _outlet_at(w, i + length, lx, registry)):
            c, d = _chunk_after(w, outlet, lx)  # '"…," told Reuters a police officer': the outlet spoken to, then
            told = _speaker(w, c, d, lx, registry, text, False)  # the one who spoke
            if told is not None and not told.pronoun and told.kind != "media":
                out.append(Attribution(w.start[i], told, "inverted", _trailing(w, d)))
                i = max(i + length, d)
                continue
        if subject is None and verb not in lx.words["audience_verbs"] and (
                verb in lx.words["inverting_verbs"] or backward):
            start = _inverted_start(w, i + length, lx, registry)
            c, d = _chunk_after(w, start + _web_address(w, start), lx)  # ("рассказал 24.kg представитель МЧС": an
            # outlet named by its web address is spoken to; the subject follows it)
            if lx.table["morphology"] == "none" and (agent := _document_agent_after(
                    w, i + length + (i + length < n and w.key[i + length] in lx.words["determiners"]), lx)):
                c, d = _chunk_after(w, agent, lx)  # '…, said a statement released by the Kenyan police': the
                # document's maker speaks
            if c < d and lx.oblique(w.text[c]) and (outlet_end := _outlet_at(w, c, lx, registry)):
                c, d = _chunk_after(w, outlet_end, lx)  # "Об этом сообщил агентству Reuters глава МЧС": the outlet in the
                # dative is spoken to; the subject follows it
            d = _before_addressee(w, c, d, lx, registry)
            inverted = _speaker(w, c, d, lx, registry, text, False)
            if inverted is not None and c < d and (cases := lx.agreement(w.text[c])) and all(
                    case[0] == "datv" for case in cases):
                inverted = None  # "заявил агентству Франс Пресс, что …": the one spoken to, in the dative, never speaks
            if inverted is not None and inverted.how == "name" and d < len(w) and w.text[d] == ",":
                inverted = _appositive(w, d + 1, lx, registry, text, inverted)
            if inverted is not None and lx.table["morphology"] == "none" and d > c and (
                    w.key[d - 1] in lx.words["skip_before_verb"] or (d < n and lx.speech.match(w.key, d) is not None)):
                inverted = None  # "X, said its members had registered 31": the subject of the clause said, not of
                # "said" (a verb follows it); the subject before the comma speaks
            if inverted is not None:
                # English puts the subject after the verb only after a quotation or a comma ("…," said X);
                # Russian and Ukrainian do it freely ("повідомив голова ОВА")
                preceded = i == 0 or w.text[i - 1] in _BOUNDARY or backward or lx.table["morphology"] != "none"
                if preceded:
                    out.append(Attribution(w.start[i], inverted, "backward" if backward else "inverted",
                                           _trailing(w, d) and i > 0 and w.text[i - 1] in _BOUNDARY))
                    i = max(i + length, d)
                    continue
        if before is not None:
            out.append(Attribution(w.start[i], before, "backward", False))
            i += length
            continue
        if subject is not None:
            relative = b + 1 < n and w.text[b] == "," and w.key[b + 1] in lx.words["relative_pronouns"] and all(
                w.key[x] in lx.words["skip_before_verb"] for x in range(b + 2, i))  # (", which says"; not "X, who
            # asked not to be named because …, told": the relative clause is inserted, the verb is the main clause's)
            out.append(Attribution(w.start[i], subject, kind, trailing, relative))
        elif (quoted := _quoted_subject(w, i, lx, registry, text)) is not None:
            out.append(Attribution(w.start[i], quoted, "direct", _trailing(w, i + length)))  # "…, the police chief
            # was quoted by local media as saying": the passive's subject said it
        elif (a == b or not phrase_has_head(w, a, b, lx, registry, a == 0)) and (
                lx.table["morphology"] != "none" or (i > 0 and (w.key[i - 1] in lx.words["coordinators"]
                                                                or w.key[i - 1] in lx.words["clause_words"]))
                or (not out and i > 1 and w.text[i - 1] == "," and participle(w, i, lx))):
            # "but said", "Он добавил" (no: "reports of"); "X appealed for calm, saying …": a participle of saying
            # after the main clause has that clause's subject
            out.append(Attribution(w.start[i], None, "elided", False))
        i += length
    out = _reported_subjects(out, w, lx)
    labels = _labelled_quotations(w, lx, registry, text)
    if labels:  # 'Health Minister Fahrettin Koca: "We have sent 400 medical personnel …"'
        out = sorted(out + labels, key=lambda x: x.position)
    if any(x.speaker is not None and x.speaker.kind == "media" for x in out) and any(
            x.speaker is not None and x.speaker.kind != "media" for x in out):  # the relaying outlet is not the source
        out = [x for x in out if x.speaker is None or x.speaker.kind != "media" or x.kind == "citing"]
        if any(x.kind != "citing" and x.speaker is not None for x in out):
            # "Про це повідомила місія ООН, передає Укрінформ з посиланням на Reuters": the outlet cited relays too
            out = [x for x in out if x.kind != "citing" or x.speaker is None or x.speaker.kind != "media"]
    people = [x for x in out if x.kind in ("citing", "according") and x.speaker is not None
              and x.speaker.how == "role" and not x.speaker.country and x.speaker.sequence
              and x.speaker.sequence[-1] in lx.words["independent_roles"]]  # (and "MSF said that, according to
    # witnesses, …": a body that passes on what people told it speaks)
    if people and any(x.kind in ("direct", "inverted") and x.speaker is not None and x.speaker.kind != "media"
                      and x.speaker.how in ("registry", "country", "name") for x in out):
        out = [x for x in out if x not in people]  # "The League, citing relatives, put the toll at 21": a body that
        # makes its own count from what people told it speaks (an outlet relays, and the people it cites speak)
    citing = [x.position for x in out if x.kind == "citing"]
    if citing:  # "Yonhap, citing the NIS, said": the one cited speaks, not the one citing
        def near(position: int) -> bool:
            k = bisect.bisect_left(citing, position)
            return any(0 <= j < len(citing) and abs(citing[j] - position) <= 120 for j in (k - 1, k))
        def relayed(position: int) -> bool:  # "боевики утверждают, что …, передает AFP со ссылкой на SITE": a verb
            # of relaying after a comma stands between the subject's own verb and the citing phrase, which relays
            k = bisect.bisect_right(citing, position)
            if k == len(citing):
                return False
            a, b = w.at(position), w.at(citing[k])
            return any(w.text[x - 1] == "," and w.key[x] in lx.words["relay_verbs"] for x in range(a + 1, b))
        out = [x for x in out if x.kind in ("citing", "according") or x.speaker is None or not near(x.position)
               or relayed(x.position)]
    if any(x.kind == "backward" for x in out) or ((citing or any(x.kind == "according" for x in out)) and any(
            _is_backward(w, k, k + 4, lx) or _is_backward(w, k, k + 3, lx) or _is_backward(w, k, k + 2, lx)
            for k in range(0, min(3, len(w))))):
        # "Об этом говорится в сообщении МЧС", "Про це йдеться у заяві ДСНС": "according" pointing back (and a
        # passive's agent: "This was announced by the cantonal police")
        out = [x if x.kind == "relay" else Attribution(x.position, x.speaker, "backward", x.trailing) for x in out]
        # (not the outlet that passes it on: "Про це повідомило міністерство, пише агенція INA")
    return out


REPORTED_GAP = MAX_PHRASE + 4  # words between a verb of saying and the verb of the clause it reports


def _frame_end(x: Attribution, w: Words, lx: Language) -> int:
    """The index of the word after an attribution's frame: after its verb (and its subject when that follows it, "…,
    said X"), or after the source of "according to X"."""
    v = w.at(x.position)
    said = lx.speech.match_loose(w.key, v) if v < len(w) else None
    end = v + (said[0] if said is not None else 1)
    if x.speaker is not None and x.speaker.span[0] >= x.position:
        end = max(end, w.at(x.speaker.span[1] - 1) + 1)
    return end


def _opens_report(w: Words, end: int, a: int, lx: Language) -> bool:
    """Do the words [end, a) between a frame of saying and a subject only open the clause the frame reports: at most a
    comma right after the frame ("заявив, що", "According to X, …"), a complementizer, an addressee and the first
    words of the subject ("said forensic teams in the town of …"), with no other mark, number, coordinator or clause
    word (which would open a clause of its own)?"""
    if not end <= a <= end + REPORTED_GAP:
        return False
    k = end + 1 if end < a and w.text[end] == "," else end
    return not any(w.is_punct(x) or _is_digit(w, x) or _number_word(w.text[x], lx)
                   or w.key[x] in lx.words["coordinators"] or (
                       w.key[x] in lx.words["clause_words"] and w.key[x] not in lx.words["complementizers"])
                   for x in range(k, a))


def _reported_subjects(out: list[Attribution], w: Words, lx: Language) -> list[Attribution]:
    """Drop the subject of a verb of saying, counting, finding or recording that stands inside the clause another
    frame of saying reports: "X, president of the district's civil society, said volunteers had counted 34 bodies",
    "The ministry said forensic teams had identified seven", "Голова громади заявив, що волонтери нарахували 34 тіла",
    "По данным губернатора, спасатели насчитали …": the outer frame's speaker is the source, the inner subject (a body
    of no name or country of its own: "volunteers", "its investigators") is part of what was said. An outlet that
    relays ("Reuters reported that police had counted …") gives way to the inner subject as before, and so does an
    outer frame when the inner subject is a body of its own (a known body or one with a country: "the WHO said Moldova's
    health ministry had recorded …"; not people placed somewhere: "she said families in Senegal had told the group").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> from analysis.extract.words import tokenize
    >>> s = "The governor said volunteers had counted 34 bodies."
    >>> found = attributions(tokenize(s, 0, len(s), language("en")), language("en"), registry_index("en"), s)
    >>> [a.speaker.text for a in found]
    ['governor']
    """
    if len(out) < 2:
        return out
    kept: list[Attribution] = []
    for x in out:
        outer = kept[-1] if kept else None
        inner = x.speaker
        if outer is not None and x.kind == "direct" and inner is not None and (
                not inner.resolved or _people_only(inner, lx)) \
                and inner.kind != "media" and outer.kind in ("direct", "inverted", "elided", "according") \
                and (outer.speaker is None or outer.speaker.kind != "media") \
                and outer.position < inner.span[0] <= x.position \
                and _opens_report(w, _frame_end(outer, w, lx), w.at(inner.span[0]), lx):
            continue
        kept.append(x)
    return kept


def _people_only(speaker: Speaker, lx: Language) -> bool:
    """Does the speaker phrase open with a noun of people and hold no role ("families in Senegal and Gambia", not
    "Senegalese officials")? Such people are no body, whatever place the phrase names."""
    keys = [k for k in speaker.sequence if k not in lx.words["determiners"]
            and k not in lx.words["definite_determiners"]]
    return bool(keys) and keys[0] in lx.people and not any(k in lx.roles for k in keys)


def _korean_reported(x: Attribution, later: list[Attribution], w: Words, endings: tuple[str, ...]) -> bool:
    """Is ``x`` a Korean verb of saying, counting or recording inside the clause a later verb of saying reports ("주
    정부는 자원봉사자들이 시신 34구를 확인했다고 밝혔다": 확인했다고 closes the reported clause, 밝혔다 reports it)
    whose subject, standing after the later verb's own subject or with that subject left out, is no body of its own?
    Then the later verb's subject speaks (as :func:`_reported_subjects` does for the other languages)."""
    inner = x.speaker
    if x.kind != "direct" or inner is None or inner.resolved or inner.kind == "media" \
            or not w.text[w.at(x.position)].endswith(endings):
        return False
    outer = next((y for y in later if y.kind in ("direct", "elided")), None)
    return outer is not None and (outer.speaker is None or (
        outer.speaker.kind != "media" and outer.speaker.span[0] < inner.span[0]))


_KOREAN_OPENERS: dict[int, tuple[Language, frozenset[str]]] = {}
_KOREAN_FORMS: dict[int, tuple[Language, tuple[str, ...], frozenset[str]]] = {}


def _korean_forms(lx: Language) -> tuple[tuple[str, ...], frozenset[str]]:
    """The table's quotative endings, longest first, and the last words of its frames of not doing ("{stem}지 않다":
    않다), which ``_korean`` reads in every sentence: made once per language, not at each sentence."""
    found = _KOREAN_FORMS.get(id(lx))
    if found is None or found[0] is not lx:
        endings = tuple(sorted(lx.words["quotative_endings"], key=len, reverse=True))
        negators = frozenset(frame.split()[-1] for frame in lx.table.get("failing_frames", [])
                             + lx.table.get("inability_frames", []) if frame.startswith("{stem}지 "))
        found = _KOREAN_FORMS[id(lx)] = (lx, endings, negators)
    return found[1], found[2]


def _passive_voice(word: str, lx: Language) -> bool:
    """Is the Korean ``word`` a verb made passive by an auxiliary of the table's ``voice_auxiliaries`` after its
    connective ending ("전해졌다": 전하 + 어 + 지다; "알려진다")? kiwipiepy keys it as the active verb (전하다)."""
    auxiliaries = lx.words["voice_auxiliaries"]
    kiwi = kiwi_of(lx.korean)
    if not auxiliaries or kiwi is None:
        return False
    found = _PASSIVE_VOICE.get(word)
    if found is None:
        tokens = kiwi.tokenize(word)
        found = any(t.tag.startswith("VX") and t.lemma in auxiliaries and k > 0 and tokens[k - 1].tag == "EC"
                    for k, t in enumerate(tokens))
        if len(_PASSIVE_VOICE) < 100_000:
            _PASSIVE_VOICE[word] = found
    return found


_PASSIVE_VOICE: dict[str, bool] = {}


def _korean_openers(lx: Language) -> frozenset[str]:
    """The keys ``_korean`` acts on (one-word "according", citing and speech phrases, assessment verbs), once per
    language."""
    found = _KOREAN_OPENERS.get(id(lx))
    if found is None or found[0] is not lx:
        found = _KOREAN_OPENERS[id(lx)] = (lx, frozenset(k for k in lx.according.firsts | lx.citing.firsts
                                                         | lx.speech.firsts if k in lx.according or k in lx.citing
                                                         or k in lx.speech) | lx.words["assessment_verbs"]
                                           | lx.according.firsts | lx.words["estimate_nouns"]
                                           | lx.words["passive_reporting_verbs"])
    return found[1]


def _stance_verb(w: Words, k: int, stance: frozenset[str], lx: Language) -> int | None:
    """Korean: the verb that puts out or holds the statement whose noun follows the adnominal quotation at word ``k``
    ('"…"는 입장을 내놨다', '사망자가 없다는 입장을 고수했다'): the word after the noun, a final ending of one of
    ``stance``, the table's ``stance_verbs``; else None. A statement noun is one of the table's ``estimate_nouns``, ``statement_words`` or
    ``quoted_document_nouns``."""
    if k + 1 >= len(w):
        return None
    text = w.text[k]
    if not ((w.tag[k] == "ETM" and text.endswith(("다는", "라는")))
            or (text in ("는", "라는", "이라는") and k > 0 and w.text[k - 1] in _CLOSE_QUOTES)):
        return None  # (the adnominal quotative: "…다는", "…라는", '"…"는', which kiwipiepy may read as the topic's 는;
        # not a plain relative clause, "숨진")
    nouns = lx.words["estimate_nouns"] | lx.words["statement_words"] | lx.words["quoted_document_nouns"]
    if w.key[k + 1] not in nouns:
        return None
    j = k + 2
    if j < len(w) and w.tag[j] == "EF" and w.key[j] in stance:
        return j
    return None


def _korean(w: Words, lx: Language, registry: RegistryIndex, text: str) -> list[Attribution]:
    """Korean: the subject (이/가, 은/는) between the reported clause (…다고) and the verb, or the
    sentence's topic; "X에 따르면"; a verb with no subject is elided (carried over)."""
    subject_tags = lx.words["subject_particle_tags"]
    according_tags = lx.words["according_particle_tags"]
    endings, negators = _korean_forms(lx)
    topics = lx.words["topic_particle_tags"]
    objects = lx.words["object_particle_tags"]
    assessing = lx.words["assessment_verbs"]
    passives = lx.words["passive_reporting_verbs"]
    estimate_particles = tuple(lx.words["estimate_particles"])
    source_particles = tuple(lx.words["source_particles"])
    complements = lx.words["complement_nouns"]
    connectives = lx.words["connective_tags"]
    finals = lx.words["final_ending_tags"]
    independent = lx.words["independent_roles"]
    indefinite = lx.words["indefinite_determiners"]
    heading = lx.words["heading_verbs"]
    out: list[Attribution] = []
    n = len(w)

    def np_ending_at(k: int) -> tuple[int, int]:
        if k >= 2 and w.text[k - 1] == ")" and w.tag[k]:  # "대변인(41)은": an age in brackets before the particle
            m = next((x for x in range(k - 2, max(-1, k - 6), -1) if w.text[x] == "("), None)
            if m is not None and m > 0 and all(_is_digit(w, x) or w.is_punct(x) for x in range(m + 1, k - 1)):
                k = m - 1
        a = k
        slot = name_slot(k, subject_tags | objects) if w.tag[k] not in subject_tags or k and w.tag[k - 1] else None
        if slot is not None:
            a = slot  # "행정책임자 다와 보루는": the name's words, whatever kiwipiepy reads in them
        quoted = 0  # words of quoted names passed over (a quoted name counts as one word of the phrase)
        if any(ch in w.text[k] for ch in "'’”」》"):  # "'열린 손'은": a quoted name, whatever its words are
            opening = opening_quote(k)
            if opening is not None:
                a, quoted = opening, k - opening
        while a - 1 >= 0 and k - a - quoted < 8:
            prev = a - 1
            if "=" in text[w.end[prev]:w.start[a]]:
                break  # a byline ("[서울=뉴시스] 홍길동 기자 = 경찰은"): the reporter and the outlet are no part of it
            if w.key[prev] in lx.words["np_stops"] or (prev > 0 and w.text[prev - 1] in _CLOSE_QUOTES
                                                        and w.start[prev] == w.end[prev - 1]):
                break  # "반면 정부 대변인은", "이날 경찰은": a sentence adverb or a time word opens no speaker phrase,
                # nor does the quotative ending glued to a closing mark ('…"고 경찰 관계자는')
            if len(w.text[prev]) > 1 and w.text[prev][-1] in "'’”」》" and w.text[k] != w.text[prev] and (
                    opening := opening_quote(prev)) is not None:
                a, quoted = opening, quoted + prev - opening  # "무장단체 '이슬람과 무슬림 지지그룹'(JNIM)은": the
                # quoted name before its acronym, whatever
                continue  # its words are (과 inside it is no end of the phrase)
            if w.text[prev] in "()" or (not w.is_punct(prev) and not w.tag[prev] and not _is_digit(w, prev)) \
                    or _dated_name_part(w, prev):
                a = prev  # (and "제주4·3평화재단은": the date inside a body's name)
                continue
            if w.text[prev] in ("'", "‘", "“", "\"", "「", "《") and any(
                    ch in text[w.end[prev]:w.end[k]] for ch in "'’”\"」》"):
                a = prev  # "구호단체 '희망의 집'은": a quoted name is one phrase with the noun it names
                continue
            if w.tag[prev] == "JKG":  # 의
                a = prev
                if any(ch in w.text[prev][1:] for ch in "'’”」》"):  # "갱단 '붉은 늑대'의 두목은": the whole quoted name
                    a = opening_quote(prev) or prev
                continue
            if w.tag[prev] in finals and w.text[prev].isalpha() and not w.text[prev].endswith(endings) \
                    and lx.measures.match(w.key, prev) is None:
                a = prev  # "쿠람 지역 경찰 간부": a sentence's final ending inside a noun phrase is a foreign name
                continue  # kiwipiepy misreads (쿠람 as 쿠하다 + ㅁ)
            if role_copula(prev):
                a = prev  # "현지 경찰서장인 아마드 칸은": a role joined by the copula (인) names the person after it
                continue
            if w.tag[prev] == "ETM" and w.key[prev] in heading and prev > 0 and w.tag[prev - 1] in objects:
                a = prev - 1  # "적십자사 지부를 이끄는 마리아 로페스는": the body a person heads (the table's heading_verbs)
                continue  # names the one who speaks for it
            break
        while a < k and w.text[a] in "()":
            a += 1
        return a, k + 1

    def opening_quote(k: int) -> int | None:  # the mark opening the quoted name that closes in word k
        return next((x for x in range(k - 1, max(-1, k - 12), -1) if w.text[x] in ("'", "‘", "“", "\"", "「", "《")),
                    None)

    def open_quotation(i: int) -> int | None:  # the mark opening a quotation word i stands in, else None
        opened = None
        for x in range(i):
            if w.text[x] == "\"":
                opened = None if opened is not None else x
            elif w.text[x] in _OPEN_QUOTES:
                opened = x
            elif w.text[x] in _CLOSE_QUOTES:
                opened = None
        return opened

    def role_copula(k: int) -> bool:  # "경찰서장인", "위원장인": a role and the copula's 인 (read as ETM)
        return w.tag[k] == "ETM" and not w.key[k].endswith("다") and (w.key[k] in lx.roles or _korean_role(w.key[k], lx))

    def subject_word(k: int) -> bool:
        return (w.tag[k] in subject_tags and not _is_digit(w, k) and lx.measures.match(w.key, k) is None
                and (w.key[k] not in lx.people or witness(k)) and w.key[k] not in ("이날", "오늘", "현재")
                and not (w.key[k] in estimates and w.text[k].endswith(estimate_particles))) \
            or name_slot(k) is not None  # ("정부 집계로는": the owner of an estimate, no subject)

    def witness(k: int) -> bool:  # "현지 주민은 "…"고 말했다": people of no office who speak, uncounted, as a topic
        return w.tag[k] in topics and w.key[k] in independent and w.key[k] in lx.people and not (
            k > 0 and (_is_digit(w, k - 1) or _number_word(w.text[k - 1], lx)))

    def plain(x: int) -> bool:  # a word of a name: letters only, no role, people or measure word of the table
        return w.text[x].isalpha() and not w.is_punct(x) and w.key[x] not in lx.roles and w.key[x] not in lx.people \
            and lx.measures.match(w.key, x) is None and not _korean_role(w.key[x], lx)

    def name_slot(k: int, tags: frozenset[str] = subject_tags) -> int | None:
        """'경찰 간부 자비드 울라는', '행정책임자 다와 보루는': a person's name of one to three words right after a role
        noun, its last word ending in a subject or topic particle (with ``tags``, one of those: an object's too,
        '대변인 바나 다가를 인용해'), whatever kiwipiepy reads in the name's words (a foreign name is often read as a
        verb or an ending): the index of the name's first word, else None."""
        if not plain(k) or w.tag[k] in tags and all(not w.tag[x] for x in range(max(0, k - 3), k)):
            return None  # (a word read as a noun and its particle, after plain words, is a subject as it is)
        for r in range(k - 1, max(-1, k - 4), -1):
            if (not w.tag[r] and not w.is_punct(r) and (w.key[r] in lx.roles or _korean_role(w.key[r], lx))) \
                    or role_copula(r):  # ("위원장인 조지프 가보는": a role joined to the name by the copula 인)
                return r + 1 if _name_particle(w.text[k], lx) in tags else None
            if not plain(r) or w.tag[r] in subject_tags or w.tag[r] in objects or w.tag[r] == "JKG":
                return None
        return None

    def authored(a: int) -> int | None:  # the subject (이/가) of a relative clause that ends right before word a
        verb = a - 1  # with a verb of making a document ("X가 올린 게시물", "X가 펴낸 보고서"), else None
        if verb < 1 or w.tag[verb] != "ETM" or w.key[verb] not in lx.words["authoring_verbs"]:
            return None
        k, seen = verb - 1, 0
        while k >= 0 and seen < 5:
            if w.text[k] == ")" and (opening := next((x for x in range(k - 1, max(-1, k - 10), -1)
                                                      if w.text[x] == "("), None)) is not None:
                k = opening - 1  # "X가 16일 엑스(X·옛 트위터)에 올린 게시물": a gloss in brackets is no word of the
                continue  # clause
            if w.tag[k] in subject_tags and w.tag[k] not in topics and not _is_digit(w, k):
                return k
            k, seen = k - 1, seen + 1
        return None

    def given_by(a: int) -> int | None:  # the giver (로부터, 에게서) in a relative clause that ends right before word a
        verb = a - 1  # with a verb of receiving a document ("의원이 국방부로부터 제출받은 자료"), else None: the document is
        # the giver's, whoever received it
        if verb < 1 or w.tag[verb] != "ETM" or w.key[verb] not in lx.words["obtaining_verbs"]:
            return None
        for k in range(verb - 1, max(-1, verb - 6), -1):
            if w.is_punct(k) or (w.tag[k] in subject_tags and w.tag[k] not in topics):
                return None  # (the clause's subject is the receiver: the giver stands after it)
            if w.tag[k] == "JKB" and not _is_digit(w, k) and w.text[k].endswith(source_particles):
                return k
        return None

    def _new_subject(p: int) -> bool:  # a subject after word p, before any clause of reported speech ends
        for k in range(p + 1, n):
            if w.text[k].endswith(endings) or w.tag[k] == "JKQ" or w.is_punct(k) and w.text[k] not in ",()":
                return False
            if subject_word(k):
                return True
        return False

    opens = _korean_openers(lx)
    estimates = lx.words["estimate_nouns"]
    stance = lx.words["stance_verbs"]
    said = set()  # "X는 …라며 대응을 비판했다", "…라고 썼다": the verb closing a clause of reported speech says it
    for k in range(n - 1):
        if w.text[k].endswith(endings) or w.tag[k] == "JKQ" or (
                w.text[k] in ("고", "며") and k > 0 and w.text[k - 1] in _CLOSE_QUOTES):  # ('"…"고 했다', '"…"며')
            j = next((j for j in range(k + 1, n) if w.tag[j] == "EF" or w.is_punct(j)), None)  # (not in a quotation)
            if j is not None and w.tag[j] == "EF" and w.key[j] not in opens:
                said.add(j)
        elif stance and (j := _stance_verb(w, k, stance, lx)) is not None and w.key[j] not in opens:
            said.add(j)  # '"…"는 입장을 내놨다', '…다는 입장을 고수했다': a stance named by an
            # adnominal quotation, put out or held by the sentence's subject
    for i in sorted(set(i for i, key in enumerate(w.key) if key in opens) | said):  # a word no branch below reads
        key = w.key[i]  # is passed over
        if i + 1 < n and w.text[i].endswith("지") and (w.key[i + 1] in negators or w.text[i + 1] in negators):
            continue  # "사례가 적지 않다" (not few, not 적다 'to write'), "사망자 수를 밝히지 않았다": a verb of saying
            # in a frame of not doing (the table's failing_frames, inability_frames) says nothing
        owned = key in estimates and i > 0 and (w.tag[i - 1] == "JKG" or (
            not w.tag[i - 1] and w.text[i].endswith(estimate_particles)) or (
            not w.tag[i - 1] and not w.tag[i] and i + 1 < n and lx.measures.match(w.key, i + 1) is not None)) and not (
            i + 1 < n and w.key[i + 1] in lx.according)  # ("X 집계로는", "X 조사에서": the owner left unmarked; "유엔
        # 집계 사망자 52명", "정부 추산 이재민은": an estimate noun that modifies the measure's noun after it)
        phrase = lx.according.match(w.key, i) if key in lx.according.firsts else None
        if (owned or (phrase is not None and phrase[0] >= 2 and i > 0 and w.tag[i - 1] in ("", "JKG"))) and not (
                (w.is_punct(i - 1) and w.text[i - 1] != ")") or _is_digit(w, i - 1)):
            # "X의 말이다", "X의 발표는 …": the owner of a statement (the table's estimate nouns) speaks; "X 집계 결과",
            # "X 자료를 보면": an "according" phrase of several words after its unmarked owner
            speaker = _speaker(w, *np_ending_at(i - 1), lx, registry, text, False)
            if speaker is not None and not speaker.pronoun:
                out.append(Attribution(w.start[i], speaker, "according", _trailing(w, i)))
                continue
        if key in lx.according and i > 0 and w.tag[i - 1] in according_tags:
            if lx.korean is not None and lx.words["according_endings"] \
                    and lx.korean(w.text[i]).particle not in lx.words["according_endings"]:
                continue  # "정부 요청에 따라", "공습에 의해": in line with, by; no source
            a, b = np_ending_at(i - 1)
            speaker = _speaker(w, a, b, lx, registry, text, False)
            if speaker is None and (cue := next((x for x in range(a + 1, b) if (m := lx.measures.match_loose(w.key, x))
                                                 and m[1][1] == 1), None)) is not None:  # type: ignore[index]
                body = _speaker(w, a, cue, lx, registry, text, False)  # "질병관리청 온열질환 응급실 감시체계에
                # 따르면": the body that opens the owner's phrase runs the system named after it, whose noun of an
                # event (온열질환) says what the system watches, no clause
                speaker = body if body is not None and not body.pronoun and (body.how == "registry" or body.country) \
                    else None
            author = authored(a) if speaker is None else None
            if author is None and speaker is None:
                author = given_by(a)
            if author is not None:  # "WHO 남수단 사무소가 엑스에 올린 게시물에 따르면": the subject of the relative
                speaker = _speaker(w, *np_ending_at(author), lx, registry, text, False)  # clause whose verb made the
                # document (the table's authoring_verbs) speaks through it
            if speaker is None and author is None and a < b and w.key[b - 1] in lx.words["document_nouns"] and all(
                    w.key[x] in lx.words["document_nouns"] or w.is_punct(x) for x in range(a, b)):
                out.append(Attribution(w.start[i], Speaker(text[w.start[a]:w.end[b - 1]], "", "", "document",
                                                           pronoun=True), "according"))
                continue  # "통계에 따르면", "보고서에 따르면": a document with no owner stands for the issuer named
                # before, as "Згідно з доповіддю" does
            if speaker is not None:
                out.append(Attribution(w.start[i], speaker, "according", _trailing(w, i)))
                if speaker.kind == "media":  # "AP통신에 따르면 현지 경찰은 …": the outlet relays, the subject is the source
                    subject_at = next((k for k in range(i + 1, min(n, i + 10)) if subject_word(k)), None)
                    source = _speaker(w, *np_ending_at(subject_at), lx, registry, text, False) if subject_at is not None else None
                    if source is not None and not source.pronoun and source.kind != "media" and any(
                            w.key[x] in lx.roles or _korean_role(w.key[x], lx) for x in range(*np_ending_at(subject_at))):
                        out.append(Attribution(w.start[subject_at], source, "direct", _trailing(w, subject_at)))
            continue
        if key in lx.citing and i > 0 and w.tag[i - 1] in objects:
            # "AP통신은 세부섬 경찰 관계자를 인용해 …": the one cited (the object) is the source
            a, b = np_ending_at(i - 1)
            speaker = _speaker(w, a, b, lx, registry, text, False)
            if speaker is not None and not speaker.pronoun:
                out.append(Attribution(w.start[i], speaker, "citing", _trailing(w, i)))
                continue
        if ((key in passives and i > 0 and w.key[i - 1] in complements) or (
                key in lx.speech and _passive_voice(w.text[i], lx))) \
                and not (w.text[i].endswith(endings) or w.tag[i] == "JKQ"):
            # "…것으로 집계됐다", "…것으로 알려졌다", "…것으로 전해졌다", "…상태로 전해졌다" (a verb of saying made passive,
            # whatever its clause): the subject of a passive of reporting is what was reported, and it has no agent:
            # its source is the sentence's own "according" phrase, else no one (the reporter's hearsay; carry-over is
            # strict, no speaker of the sentences before says it, "이란 당국은 … 체포한 것으로 전해졌다" names who acted,
            # not who said it); said inside reported speech ("…것으로 파악됐다고 밝혔다") the verb of saying after it
            # speaks
            continue
        if i not in said and key not in lx.speech and not (key in assessing and i > 0 and w.key[i - 1] in complements):
            continue  # "…것으로 보고 있다": an assessment is a statement too
        floor = max(0, i - KOREAN_WINDOW)  # a subject stands within a few dozen words of its verb
        boundary = floor
        quoted = False
        aged = None
        for k in range(i - 1, floor - 1, -1):
            if w.text[k].endswith(endings) or w.text[k] in _CLOSE_QUOTES or w.tag[k] == "JKQ" or \
                    (w.text[k] == "고" and k > 0 and w.text[k - 1] in _CLOSE_QUOTES):
                boundary = k + 1
                quoted = True
                break
        candidates = [k for k in range(i - 1, boundary - 1, -1) if subject_word(k)]
        if complements and any(w.key[k] in complements for k in range(boundary, i)):
            # "국정원은 … 북한군이 1만4천명 … 달하는 것으로 추정하고 있다": the subject of the clause the verb
            # embeds (이/가 before "것으로") is what was estimated; the topic (은/는) is the one who estimates
            candidates = [k for k in candidates if w.tag[k] in topics] + [k for k in candidates
                                                                         if w.tag[k] not in topics]
            comp = max(k for k in range(boundary, i) if w.key[k] in complements)
            nearest = max((k for k in candidates if k < comp), default=None)
            if nearest is not None and w.tag[nearest] not in topics \
                    and any(w.tag[x] == "ETM" for x in range(nearest + 1, comp)) \
                    and not any(w.tag[x] in subject_tags and (w.tag[x] not in topics or w.text[x].endswith(("은", "는")))
                                for x in range(nearest + 1, comp)):  # (a topic's 은/는; not "현재까지": 까지)
                candidates = [k for k in candidates if k != nearest]  # '"북한이 … 1만5천여명을 보낸 것으로 보고
                # 있다"며', "정부가 북한이 1만명을 보낸 것으로 본다": the subject (이/가) nearest the clause the complement
                # embeds, none after it, is that clause's subject, what was estimated; the one who estimates stands
                # before it or is left out (not "정부가 10명이 숨진 것으로 보고 있다": a subject after it is the clause's)
        if quoted:
            before_quote = []
            # "A는 …고 밝혔고, B는 …고 전했다": a verb of saying that joins its clause to the next (its connective
            # ending) closes the first speaker's sentence part; the subject of this verb stands after it
            opening = next((p + 1 for p in range(boundary - 2, -1, -1) if w.tag[p] in connectives and (
                w.key[p] in lx.speech or p in said) and not w.text[p].endswith(endings) and _new_subject(p)), 0)
            inner = open_quotation(i)  # '관계자는 "풀려난 남성이 '…'고 말했다"고 전했다': a verb of saying inside a
            if inner is not None:  # quotation has its subject inside it (the original source, the one quoted)
                opening = max(opening, inner + 1)
            for k in range(opening, min(boundary, KOREAN_WINDOW)):
                if w.text[k] in _OPEN_QUOTES:
                    break
                if subject_word(k):
                    before_quote.append(k)
            if inner is not None and not before_quote:  # (a person of no office, named by a noun of people)
                person_at = next((k for k in range(inner + 1, boundary) if w.tag[k] in subject_tags and w.key[k] in lx.people
                          and not (_is_digit(w, k - 1) or _number_word(w.text[k - 1], lx))), None)
                aged = resolve(w, *np_ending_at(person_at), lx, registry, text, False) if person_at is not None else None
                if aged is not None and aged.how == "country" and w.key[person_at] not in lx.roles:
                    aged = replace(aged, organisation=aged.text, country="", how="role")  # "에리트레아 출신 남성":
                    # a private person's origin is no state he speaks for
            before_quote = [k for j, k in enumerate(before_quote) if not (
                j + 1 < len(before_quote) and w.tag[k] not in topics
                and (x := np_ending_at(before_quote[j + 1])[0] - 1) > k and w.tag[x] == "ETM"
                and w.key[x].endswith("다") and not any(w.tag[y].startswith("J") for y in range(k + 1, x)))]
            # ("하마스가 운영하는 가자지구 보건부는": the subject (이/가, never the topic 은/는) of a relative clause
            # that describes the speaker after it)
            before_quote = [k for j, k in enumerate(before_quote) if j + 1 == len(before_quote) or not witness(k)]
            # ("주민들은 몸을 피했고, 경찰은 "…"": people of no office speak only as the last subject before it)
            candidates += before_quote
        # (a headline's "…39명 사망…X 발표": the phrase after its last ellipsis, when the noun ends the headline)
        a0 = next((k + 1 for k in range(i - 1, 0, -1) if w.text[k] == "…"), 0) if i + 1 >= n else 0
        if not candidates and 0 < i - a0 <= 8 and not w.tag[i] and w.text[i] == key and (
                i + 1 >= n or w.is_punct(i + 1) or text[w.end[i]:w.end[i] + 1] in ("…", ":", " ")) \
                and all((not w.tag[k] or w.tag[k] == "JKG") and (not w.is_punct(k) or w.text[k] in "()")
                        and not _is_digit(w, k) for k in range(a0, i)):
            # a headline's "X 발표…": a bare speech noun after an unmarked noun phrase that opens the sentence
            speaker = _speaker(w, a0, i, lx, registry, text, a0 == 0) if text[w.end[i]:w.end[i] + 1] != " " \
                or i + 1 >= n else None
            if speaker is not None:
                out.append(Attribution(w.start[i], speaker, "direct", a0 > 0))
                continue
        chosen = None
        for k in candidates:
            a, b = np_ending_at(k)
            speaker = _speaker(w, a, b, lx, registry, text, False)
            if speaker is None and b - a == 1 and a >= 2 and w.text[a - 1] == "," and not w.tag[a - 2]:
                full = np_ending_at(a - 2)[0]  # "과테말라 국가재난관리청, 콘레드는": a short name after the full one
                named = _speaker(w, full, a - 1, lx, registry, text, False)  # and a comma (broadcast style) is the
                if named is not None and not named.pronoun:  # body the full name names
                    speaker, a = replace(named, text=text[w.start[full]:w.end[b - 1]].removesuffix(
                        lx.korean(w.text[b - 1]).particle), span=(w.start[full], w.end[b - 1])), full
            if speaker is None and aged is None and b + 2 < n and w.text[b] == "(" and w.text[b + 2] == ")" \
                    and w.text[b + 1].isdigit():
                aged = resolve(w, a, b, lx, registry, text, False)  # "키로스(38)는": a name with an age is a person
            if speaker is None and aged is None and b - a == 2 and w.key[a] in indefinite and plain(a + 1) \
                    and w.tag[a + 1] in topics:
                aged = resolve(w, a, b, lx, registry, text, False)  # "한 상인은 "…"고 말했다": one person of no
                # office, whatever noun names them
            if speaker is not None:
                back = _is_backward(w, a, b, lx) or (not quoted and any(
                    i - size >= b and " ".join(w.key[i - size:i]) in lx.words["backward_markers_phrases"]
                    for size in (1, 2)))  # "경찰청장은 기자회견에서 이같이 밝혔다": a marker pointing back right
                # before the verb, with no reported clause (not "이 자리에서 계획을 밝혔다": a determiner)
                chosen = Attribution(w.start[i], speaker, "backward" if back else "direct",
                                     _trailing(w, i) or w.tag[i] in connectives)
                break  # (a verb of saying that joins its clause to the next ('…고 밝혔고, B는 …') closes its own frame)
        if chosen is None and aged is not None:
            chosen = Attribution(w.start[i], aged, "direct", _trailing(w, i))
        if chosen is not None or i not in said:  # (a verb read as saying only after the reported clause needs a
            out.append(chosen or Attribution(w.start[i], None, "elided"))  # subject: "…다고 한다" is hearsay)
    out = [x for j, x in enumerate(out) if not _korean_reported(x, out[j + 1:], w, endings)]
    if any(x.speaker is not None and x.speaker.kind == "media" for x in out) and any(
            x.speaker is not None and x.speaker.kind != "media" for x in out):
        out = [x for x in out if x.speaker is None or x.speaker.kind != "media"]
    cited = [x for x in out if x.kind == "citing"]
    if cited:  # "AP통신은 경찰 관계자를 인용해 … 전했다": the verb of the one citing speaks for the one cited
        out = [x if x.kind == "citing" or x.position < cited[0].position else
               Attribution(x.position, cited[-1].speaker, "citing", x.trailing) for x in out]
    if not any(x.speaker is not None for x in out):
        out = sorted(out + _captioned_quotations(w, lx, registry, text), key=lambda x: x.position)
    return out


def _before_date(w: Words, j: int, lx: Language) -> int:
    """The last word before a date of a day and a month that ends at word ``j`` between a subject and its verb ("23
    вересня", "23 сентября", "on September 23"; the month is one of the table's ``np_stops``, which end a speaker
    phrase), with a preposition of its own before it; ``j`` when no date ends there.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "the ministry on September 23 said"
    >>> _before_date(tokenize(s, 0, len(s), language("en")), 4, language("en"))
    1
    """
    stops = lx.words["np_stops"]
    if j >= 2 and _is_digit(w, j) and w.text[j].isdigit() and w.key[j - 1] in stops and w.text[j - 1][:1].isupper():
        k = j - 2  # "September 23"
    elif j >= 2 and w.key[j] in stops and w.text[j][:1].isalpha() and _is_digit(w, j - 1) and w.text[j - 1].isdigit():
        k = j - 2  # "23 вересня"
    else:
        return j
    if k >= 1 and w.key[k] in lx.words["np_glue"] and w.text[k][:1].islower() and not w.is_punct(k - 1):
        k -= 1  # "on September 23"
    return k if k >= 0 and not w.is_punct(k) else j


def _order(w: Words, i: int, length: int, lx: Language) -> bool:
    """Is the verb of telling at ``i`` (``length`` words; the table's ``audience_verbs``) an order: one word for the
    person told, then the table's ``infinitive_markers`` and a verb ("an officer told me to go home", "police told
    residents to leave")? It reports nothing said. Tables with infinitive markers only (English).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "an officer told me to go home"
    >>> _order(tokenize(s, 0, len(s), language("en")), 2, 1, language("en"))
    True
    """
    j = i + length
    if length != 1 or w.key[i] not in lx.words["audience_verbs"] or j + 2 >= len(w):
        return False
    verb = j + 2
    return not w.is_punct(j) and w.key[j + 1] in lx.words["infinitive_markers"] and not w.is_punct(verb) \
        and w.text[verb][:1].islower() and w.key[verb] not in lx.words["determiners"] \
        and w.key[verb] not in lx.words["definite_determiners"] and not _is_digit(w, verb)
