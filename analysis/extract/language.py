"""One language's extraction table, compiled once per process: word keys, phrase sets, countries, names.

Words are compared by a *key*: English lower-cases them; Russian and Ukrainian take the
dictionary form from pymorphy3 (заявили, заявила -> заявить); Korean takes the stem from
kiwipiepy's morphemes with particles and endings dropped (대표가 -> 대표, 밝혔다 -> 밝히다).
Every phrase of the table is keyed the same way, so the table can hold any one form of a word.
"""

from __future__ import annotations

import gettext
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from ..errors import InputError
from ..safe_io import read_yaml
from .table_schema import check_table

TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[A-ZА-ЯІЇЄҐ]\.(?=\s+[A-ZА-ЯІЇЄҐ][^\W\d_])|[^\W_]+(?:[-'’][^\W_]+)*['’]?|[\"“”«»„‘’'()\[\],:;—–\-!?.·…]")
_APOSTROPHES = str.maketrans({"’": "'", "ё": "е", "Ё": "Е"})


@dataclass(frozen=True)
class KoreanWord:
    """What kiwipiepy says of one Korean word: its stem key and its last particle's tag and form."""

    key: str
    particle_tag: str
    particle: str


def _outranks(value: object, other: object) -> bool:
    """Is a measure's (metric, rank) value of a better (lower) rank than another's?"""
    return isinstance(value, tuple) and isinstance(other, tuple) and len(value) == len(other) == 2 \
        and isinstance(value[1], int) and isinstance(other[1], int) and value[1] < other[1]


class PhraseSet:
    """Phrases (tuples of keys) with a value each, matched at a word position, longest first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self._singles: set[str] = set()  # the one-word phrases, for ``in``
        self._long: dict[str, tuple[frozenset[str], int, list[tuple[tuple[str, ...], object]]]] | None = None
        # ``match_loose``'s index (see ``_long_phrases``), made on its first call
        self._trie: dict[str, tuple | dict | list] | None = None  # by first word: ``_entry``'s trie (made at the
        # word's first ``match``): a phrase is found by one look-up per word read, however many phrases it opens
        self._firsts: frozenset[str] | None = None  # ``firsts``, made when first read after an ``add``

    def add(self, keys: tuple[str, ...], value: object) -> None:
        if keys and all(keys):
            bucket = self._by_first.setdefault(keys[0], [])
            if all(k != keys for k, _ in bucket):
                bucket.append((keys, value))
                bucket.sort(key=lambda kv: -len(kv[0]))
                if len(keys) == 1:
                    self._singles.add(keys[0])
                self._long = None
                self._firsts = None  # (``firsts`` is made again when next read)
                if self._trie is not None:  # a phrase added after a match: its first word's trie again
                    self._trie[keys[0]] = _entry(bucket)

    def match(self, keys: list[str], i: int) -> tuple[int, object] | None:
        """(number of words, value) of the longest phrase starting at word ``i``, or None.

        The words are read once, each a look-up in the trie of the phrases that word ``i`` opens (see ``_entry``),
        until no phrase goes on; the last phrase ended on the way is the longest.
        """
        index = self._trie
        if index is None:
            index = self._trie = self._tries()
        node = index.get(keys[i])
        if node is None:
            return None
        if node.__class__ is tuple:  # the word opens one phrase, of itself alone: its match (see ``_entry``)
            return node  # type: ignore[return-value]
        if node.__class__ is list:  # the word's phrases, not yet made a trie: made at its first match
            node = index[keys[i]] = _entry(node)  # type: ignore[arg-type]
            if node.__class__ is tuple:
                return node  # type: ignore[return-value]
        found = node.get(None)  # type: ignore[union-attr]
        for key in keys[i + 1:i + node[_DEPTH]]:  # type: ignore[index]
            node = node.get(key)  # type: ignore[union-attr]
            if node is None:
                break
            ended = node.get(None)
            if ended is not None:
                found = ended
        return found  # type: ignore[return-value]

    def _tries(self) -> dict[str, tuple | dict | list]:
        """``_trie``: each first word's entry (see ``_entry``), made at the word's first match: until then its
        phrases (the bucket itself, a list)."""
        return dict(self._by_first)

    def match_loose(self, keys: list[str], i: int) -> tuple[int, object] | None:
        """Like ``match``, and a phrase of three words or more also with one to three words inside it, after its
        first ("доставлены в одну больницу" for "доставить в больницу", "перевезли до обласної дитячої лікарні",
        "доставлены в областную детскую клиническую больницу"): (words covered, value), or None."""
        found = self.match(keys, i)
        if found is not None and found[0] >= 2:
            return found
        long = self._long
        if long is None:
            long = self._long = self._long_phrases()
        entry = long.get(keys[i])
        if entry is None:
            return found
        lasts, longest, phrases = entry
        if lasts.isdisjoint(keys[i + 3:i + longest + 3]):
            return found  # no phrase's last word where a phrase with words inside would end (at i + 3 at the
            # earliest: a phrase of three words, one word inside)
        size = len(keys)
        for phrase, value in phrases:
            n = len(phrase)
            for extra in (1, 2, 3):
                if i + n + extra > size:
                    break
                if keys[i + n + extra - 1] != phrase[-1]:
                    continue  # the words inside stand before the phrase's last word, which must end the window
                window = keys[i:i + n + extra]
                for gap in range(1, n):
                    if all(k[:1].isalpha() for k in window[gap:gap + extra]) \
                            and tuple(window[:gap] + window[gap + extra:]) == phrase:
                        if found is None or _outranks(value, found[1]):
                            return n + extra, value  # (over a cue of one word at its start only when it names a
                            # stronger event: "евакуювали гелікоптером до шпиталю" is taken to hospital, wounded, not
                            # only evacuated; "killed and dozens wounded" stays killed)
        return found

    def _long_phrases(self) -> dict[str, tuple[frozenset[str], int, list[tuple[tuple[str, ...], object]]]]:
        """``match_loose``'s index: for each first word of a phrase of three words or more, the last words of its
        phrases of three words or more, the longest's length, and those phrases in ``add``'s order (longest first)."""
        long = {}
        for first, bucket in self._by_first.items():
            phrases = [(p, v) for p, v in bucket if len(p) >= 3]
            if phrases:
                long[first] = (frozenset(p[-1] for p, _ in phrases), max(len(p) for p, _ in phrases), phrases)
        return long

    @property
    def firsts(self) -> frozenset[str]:
        """The first words of every phrase (made once and kept until the next ``add``; a property over an attribute,
        not ``functools.cached_property``, which needs an instance ``__dict__`` that a compiled class has not)."""
        found = self._firsts
        if found is None:
            found = self._firsts = frozenset(self._by_first)
        return found

    def __contains__(self, key: str) -> bool:
        """Is ``key`` a phrase of one word?"""
        return key in self._singles


#: A trie's key under which its root keeps the length of its longest phrase (no word is an int).
_DEPTH = 0


def _entry(bucket: list[tuple[tuple[str, ...], object]]) -> tuple | dict:
    """A first word's entry in ``PhraseSet._trie``: its ``match`` result itself, ``(1, value)``, when its only phrase
    is the word alone (no look-up then), else the trie of its phrases (``_phrase_trie``)."""
    if len(bucket) == 1 and len(bucket[0][0]) == 1:
        return 1, bucket[0][1]
    return _phrase_trie(bucket)


def _phrase_trie(bucket: list[tuple[tuple[str, ...], object]]) -> dict:
    """The phrases of one first word as a trie of dicts: each node maps the next word's key to the node after it, and
    ``None`` to the ``match`` result ``(length, value)`` of the phrase that ends there; the root (the first word) also
    maps ``_DEPTH`` to the longest phrase's length, so no more words than that are read. A phrase given twice keeps its
    first value (``add`` keeps no two equal phrases in a bucket).

    Examples
    --------
    >>> trie = _phrase_trie([(("red", "cross"), "ngo"), (("red",), "colour")])
    >>> trie[None], trie["cross"][None], trie[_DEPTH]
    ((1, 'colour'), (2, 'ngo'), 2)
    """
    root: dict = {_DEPTH: max(len(phrase) for phrase, _ in bucket)}
    for phrase, value in bucket:
        node = root
        for key in phrase[1:]:
            node = node.setdefault(key, {})
        node.setdefault(None, (len(phrase), value))
    return root


@dataclass
class Language:
    """A compiled extraction table."""

    lang: str
    table: dict
    key: Callable[[str], str]
    korean: Callable[[str], KoreanWord] | None
    measures: PhraseSet = field(default_factory=PhraseSet)         # value: (metric, rank)
    scopes: PhraseSet = field(default_factory=PhraseSet)           # value: scope
    speech: PhraseSet = field(default_factory=PhraseSet)           # value: "speech"
    according: PhraseSet = field(default_factory=PhraseSet)
    citing: PhraseSet = field(default_factory=PhraseSet)
    evidence: PhraseSet = field(default_factory=PhraseSet)         # "data of", "figures from"
    subsets: PhraseSet = field(default_factory=PhraseSet)          # "including", "among them"
    backward: PhraseSet = field(default_factory=PhraseSet)
    countries: PhraseSet = field(default_factory=PhraseSet)        # value: ISO code or ""
    places: PhraseSet = field(default_factory=PhraseSet)           # a country's provinces and states: ISO code
    roles: PhraseSet = field(default_factory=PhraseSet)
    national: PhraseSet = field(default_factory=PhraseSet)
    people: PhraseSet = field(default_factory=PhraseSet)
    not_measured: PhraseSet = field(default_factory=PhraseSet)
    none: PhraseSet = field(default_factory=PhraseSet)             # "нет", "없다": none of the people named
    purposes: PhraseSet = field(default_factory=PhraseSet)         # "to help": a purpose clause opens
    clock: PhraseSet = field(default_factory=PhraseSet)            # "at night": a time of day after a number
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # single-word sets by table key
    cue_pattern: re.Pattern[str] | None = None
    common: Callable[[str], bool] = staticmethod(lambda word: False)  # a dictionary word that is not a name
    own_voice: Callable[[str], bool] = staticmethod(lambda word: False)  # a verb in the first person ("Нагадаємо")
    our_voice: Callable[[str], bool] = staticmethod(lambda word: False)  # ... in the first person plural ("Просимо")
    common_noun: Callable[[str], bool] = staticmethod(lambda word: False)  # a dictionary noun, not a name ("газу")
    increments: frozenset[str] = frozenset()  # words that count more of the people counted before ("another")
    predicate_form: Callable[[str], bool] = staticmethod(lambda word: False)  # a verb's finite or short form ("ранены")
    may_predicate: Callable[[str], bool] = staticmethod(lambda word: False)  # a verb's form in any reading ("захоплено")
    oblique: Callable[[str], bool] = staticmethod(lambda word: False)  # a noun in no nominative reading ("мешканців")
    nominative: Callable[[str], bool] = staticmethod(lambda word: False)  # nominative, never genitive ("кількість")
    animate: Callable[[str], bool] = staticmethod(lambda word: False)  # a noun of living beings ("працівниць")
    locative: Callable[[str], bool] = staticmethod(lambda word: False)  # a noun in the locative only ("лагерях")
    gender: Callable[[str], str] = staticmethod(lambda word: "")  # the grammatical gender a pronoun or a noun of a
    # thing fixes ("она": femn; "следствие": neut; "" for a noun of persons, whose gender may be either)
    person_nominative: Callable[[str], str] = staticmethod(lambda word: "")  # the gender of a singular noun of a
    # person in the nominative ("жительница": femn, "глава": ms-f), "" for any other word
    inanimate: Callable[[str], bool] = staticmethod(lambda word: False)  # a noun of things only ("батальонов")
    thing_after_number: Callable[[str], bool] = staticmethod(lambda word: False)  # "сел" (villages; also "sat")
    adjectival: Callable[[str], bool] = staticmethod(lambda word: False)  # may be an adjective ("пожарных", "польові")
    impersonal: Callable[[str], bool] = staticmethod(lambda word: False)  # a verb with no subject ("сообщалось")
    agreement: Callable[[str], frozenset[tuple[str, ...]]] = staticmethod(lambda word: frozenset())  # case, number
    modifier: Callable[[str], bool] = staticmethod(lambda word: False)  # an adjective or participle ("уточненою")
    conjunction: Callable[[str], bool] = staticmethod(lambda word: False)  # a word that may join clauses ("що", "что")
    preposition: Callable[[str], bool] = staticmethod(lambda word: False)  # a preposition ("завдяки", "після")
    adverb: Callable[[str], bool] = staticmethod(lambda word: False)  # an adverb and no preposition ("торік")
    transitive: Callable[[str], bool] = staticmethod(lambda word: False)  # a verb that takes an object ("вбила")
    collective: Callable[[str], bool] = staticmethod(lambda word: False)  # a collective numeral ("двое", "пятеро")
    governed: Callable[[str], bool] = staticmethod(lambda word: False)  # in an oblique case only, known or guessed
    noun_forms: Callable[[str], frozenset[str]] = staticmethod(lambda word: frozenset())  # its nouns' dictionary forms
    grammatical_number: Callable[[str, bool], frozenset[str]] = staticmethod(lambda word, verb: frozenset())
    # the numbers ("sing", "plur") a subject (verb False) or a finite verb (verb True) may have; empty when unknown
    #: an office word several states have -> those states ("аким": KZ, KG; the table's ``shared_offices``)
    shared_offices: dict[str, set[str]] = field(default_factory=dict)
    openers: frozenset[str] = frozenset()  # first words of speech verbs, "according to", "citing"  # any surface form of any measure word: a sentence without one has no claim

    def keys_of(self, text: str) -> tuple[str, ...]:
        """The keys of a phrase, word by word (punctuation dropped).

        Examples
        --------
        >>> language("ru").keys_of("заявили в министерстве")
        ('заявить', 'в', 'министерство')
        """
        return tuple(k for k in (self.key(m.group()) for m in TOKEN.finditer(str(text))) if k and k[0].isalnum())

    def has(self, name: str, key: str) -> bool:
        return key in self.words[name]


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "UNKN"})


@lru_cache(maxsize=None)
def _analyser(lang: str):
    """The one pymorphy3 analyser of a language (its dictionary is loaded once per process)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _memoised_reading(lang: str, test: Callable[[object], bool], limit: int) -> Callable[[str], bool]:
    """A predicate on a word: ``test`` on pymorphy3's first reading of it (lower-cased), memoised per word up to
    ``limit`` words. A word the dictionary cannot read at all gives False."""
    return _memoised_readings(lang, lambda parses: test(parses[0]), limit)


def _memoised_readings(lang: str, test: Callable[[list], Any], limit: int, unread: Any = False) -> Callable[[str], Any]:
    """A function of a word: ``test`` on all of pymorphy3's readings of it (lower-cased, a list that is never empty),
    memoised per word up to ``limit`` words: a predicate, or a reading's text (``_memoised_text``). A word the
    dictionary cannot read at all gives ``unread`` (False for a predicate)."""
    analyser = _analyser(lang)
    cache: dict[str, Any] = {}

    def predicate(word: str) -> Any:
        found = cache.get(word)
        if found is None:
            parses = analyser.parse(word.lower().translate(_APOSTROPHES))
            found = test(parses) if parses else unread
            if len(cache) < limit:
                cache[word] = found
        return found

    return predicate


_FUNCTION_WORD = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})  # pymorphy3's parts of speech of function words
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


def _oblique(lang: str) -> Callable[[str], bool]:
    """Is a word a dictionary word whose every reading is a noun, adjective or pronoun in a case other than the
    nominative ("мешканців", "жителям")? Such a word opens no subject of a verb. (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: all(
        p.is_known and _CASES & p.tag.grammemes and "nomn" not in p.tag.grammemes and "Fixd" not in p.tag.grammemes
        for p in parses), 100_000)


def _nominative(lang: str) -> Callable[[str], bool]:
    """Is a word, in every reading, a dictionary noun or adjective whose case is the nominative (or the accusative
    of the same form) and never the genitive ("кількість", "число", "загальна", "количество")? After the genitive
    owner of "за даними X", "по данным X" such a word opens the clause's subject, not more of the owner. (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: any("nomn" in p.tag.grammemes for p in parses) and all(
        p.is_known and _SUBJECT_POS & p.tag.grammemes and _CASES & p.tag.grammemes
        and not {"gent", "gen2", "Fixd"} & p.tag.grammemes for p in parses), 100_000)


def _common(lang: str) -> Callable[[str], bool]:
    """Is a word (capitalised at a sentence's start) a dictionary word rather than a name? (pymorphy3)"""
    return _memoised_reading(lang, lambda p: p.is_known and not (_PROPER & p.tag.grammemes), 200_000)


def _common_noun(lang: str) -> Callable[[str], bool]:
    """Is a word a dictionary noun that is no name ("газу", gas, keyed like Gaza)? Written in lower case, such a word is
    no country even when its key is one. (pymorphy3)"""
    return _memoised_reading(lang, lambda p: p.is_known and "NOUN" in p.tag.grammemes
                             and not (_PROPER & p.tag.grammemes), 100_000)


_PREDICATE_FORMS = frozenset({"VERB", "PRTS", "INFN", "GRND"})


def _predicate_form(lang: str) -> Callable[[str], bool]:
    """Is a word a form that makes a predicate (a finite verb, a short participle, an infinitive or a gerund:
    "загинули", "ранены") rather than a noun or an adjective ("загиблих", "раненых")? (pymorphy3)"""
    return _memoised_reading(lang, lambda p: bool(_PREDICATE_FORMS & p.tag.grammemes), 100_000)


def _animate(lang: str) -> Callable[[str], bool]:
    """Is a word, in every reading, a dictionary noun of living beings ("працівниць", "медсестер"), not of things
    ("машин", "відділення"), nor an adjective that may describe a thing after it ("пожарных машин")? (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: all(p.is_known and {"NOUN", "anim"} <= p.tag.grammemes
                                                       for p in parses), 100_000)


def _inanimate(lang: str) -> Callable[[str], bool]:
    """Is a word a dictionary noun of things in its first reading, with no reading of living beings, nor any reading
    of an adjective or participle ("батальонов", "наметів", "вагони", "вызовов"; not "раненых", "людей", nor "сел",
    a verb's form first)? A number before such a noun counts things, never people. (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: parses[0].is_known and {"NOUN", "inan"} <= parses[0].tag.grammemes
                              and not any("anim" in p.tag.grammemes or {"ADJF", "PRTF"} & p.tag.grammemes
                                          for p in parses),
                              100_000)


def _thing_after_number(lang: str) -> Callable[[str], bool]:
    """Is a word, right after a number, a dictionary noun of things whose only other readings are a verb's masculine or
    feminine singular ("сел", villages, also "sat"), which no number of two or more takes as its verb ("трех сел", "пяти
    сел")? A number before such a noun counts things, never people. (pymorphy3)"""
    def test(parses: list) -> bool:
        nouns = [p for p in parses if "NOUN" in p.tag.grammemes]
        others = [p for p in parses if "NOUN" not in p.tag.grammemes]
        return bool(nouns) and all(p.is_known and "inan" in p.tag.grammemes for p in nouns) and bool(others) and all(
            "VERB" in p.tag.grammemes and "sing" in p.tag.grammemes and "neut" not in p.tag.grammemes for p in others)
    return _memoised_readings(lang, test, 100_000)


def _adjectival(lang: str) -> Callable[[str], bool]:
    """Has a word a dictionary reading as a full adjective or participle ("польові", "пожарных", which is also a noun
    of people)? Before a noun of things it describes that noun. (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: any(p.is_known and {"ADJF", "PRTF"} & p.tag.grammemes
                                                       for p in parses), 100_000)


def _impersonal(lang: str) -> Callable[[str], bool]:
    """Is a word, in its first reading, a reflexive verb in the neuter past or the third person singular present
    ("повідомлялося", "сообщалось", "зазначалося", "сообщается"): a form that takes no person as its subject ("as was
    reported")? A verb of saying in it points to earlier reports, not to a speaker named before. (pymorphy3)"""
    return _memoised_reading(lang, lambda p: p.is_known and "VERB" in p.tag.grammemes
                             and p.word.endswith(("ся", "сь"))
                             and ({"neut", "past"} <= p.tag.grammemes or {"3per", "sing", "pres"} <= p.tag.grammemes),
                             100_000)


def _locative(lang: str) -> Callable[[str], bool]:
    """Is a word, in every reading, a noun in the locative ("лагерях", "школах", "селах")? A number before it counts
    places ("у двох тимчасових таборах"), never people, who are not counted in that case. (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: all(
        p.is_known and "NOUN" in p.tag.grammemes and {"loct", "loc2"} & p.tag.grammemes for p in parses), 100_000)


_PRONOUN_GENDERS = ("masc", "femn", "neut", "ms-f")


def _memoised_text(lang: str, read: Callable[[list], str], limit: int) -> Callable[[str], str]:
    """A function of a word: ``read`` on all of pymorphy3's readings of it (lower-cased), memoised per word up to
    ``limit`` words; "" for a word the dictionary cannot read."""
    return _memoised_readings(lang, read, limit, "")


def _gender(lang: str) -> Callable[[str], str]:
    """The grammatical gender a word fixes for a pronoun that points back to it: a third-person pronoun's own ("она",
    "вона": femn), or a noun of things' in its first reading ("следствие": neut, "полиция": femn); "" for a noun of
    persons (a woman minister is "она"), an unknown word or any other. (pymorphy3)"""
    def read(parses: list) -> str:
        pronoun = next((p for p in parses if "NPRO" in p.tag.grammemes), None)
        if pronoun is not None and parses[0].word in (pronoun.normal_form, pronoun.word) and not (
                {"NOUN"} & parses[0].tag.grammemes and "Surn" not in parses[0].tag.grammemes):
            return next((g for g in _PRONOUN_GENDERS if g in pronoun.tag.grammemes), "")
        first = parses[0]
        if first.is_known and {"NOUN", "inan"} <= first.tag.grammemes and "Abbr" not in first.tag.grammemes:
            return next((g for g in _PRONOUN_GENDERS if g in first.tag.grammemes), "")
        return ""
    return _memoised_text(lang, read, 100_000)


def _person_nominative(lang: str) -> Callable[[str], str]:
    """The gender of a word read as a singular noun of a person in the nominative ("жительница": femn, "мешканка":
    femn, "владелец": masc, "глава": ms-f); "" for any other reading. (pymorphy3)"""
    def read(parses: list) -> str:
        for p in parses[:2]:
            if p.is_known and {"NOUN", "anim", "nomn"} <= p.tag.grammemes and "plur" not in p.tag.grammemes and not (
                    {"Name", "Surn", "Patr"} & p.tag.grammemes):
                return next((g for g in _PRONOUN_GENDERS if g in p.tag.grammemes), "")
        return ""
    return _memoised_text(lang, read, 100_000)


_SUBJECT_POS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})


def _modifier(lang: str) -> Callable[[str], bool]:
    """Is a word, in every reading, a full adjective or participle ("уточненою", "официальной")? (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: all(p.is_known and {"ADJF", "PRTF"} & p.tag.grammemes
                                                       for p in parses), 100_000)


def _conjunction(lang: str) -> Callable[[str], bool]:
    """May a word be a conjunction ("що", "что": a clause said, or a relative one), unlike a relative pronoun that
    declines ("який", "которое": a relative clause only)? (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: any("CONJ" in p.tag.grammemes for p in parses), 10_000)


def _preposition(lang: str) -> Callable[[str], bool]:
    """Is a word a dictionary preposition in any reading ("завдяки", "після", "під", "благодаря")? (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: any(p.is_known and "PREP" in p.tag.grammemes for p in parses),
                              10_000)


def _adverb(lang: str) -> Callable[[str], bool]:
    """Is a word a dictionary adverb in its first reading and a preposition in none ("торік", "нині", "вчора")?
    (pymorphy3)"""
    return _memoised_readings(lang, lambda parses: parses[0].is_known and "ADVB" in parses[0].tag.grammemes
                              and not any("PREP" in p.tag.grammemes for p in parses), 10_000)


def _collective(lang: str) -> Callable[[str], bool]:
    """Is a word, in its first reading, a collective numeral ("двое", "пятеро", "двоих")? It counts people (or things
    of no singular), so the word after it is not an adjective of a thing ("двое рабочих завода": two workers, not two
    working plants). (pymorphy3, where its dictionary marks them: Russian)"""
    return _memoised_reading(lang, lambda p: p.is_known and {"NUMR", "Coll"} <= p.tag.grammemes, 10_000)


def _transitive(lang: str) -> Callable[[str], bool]:
    """Is a word, in its first reading, a finite verb that takes a direct object ("вбила", "утримує", "депортировала"),
    not one that takes none ("загинули", "погибли")? Its subject did something to the people counted. (pymorphy3)"""
    return _memoised_reading(lang, lambda p: p.is_known and {"VERB", "tran"} <= p.tag.grammemes, 100_000)


def _governed(lang: str) -> Callable[[str], bool]:
    """Is a word, in every reading, known or guessed, a form of an oblique case and of no fixed form ("експертизам",
    "уряду"; a compound by its last part: "ДНК-експертизам")? After a preposition it is governed by it, and no subject
    opens with it. (pymorphy3)"""
    oblique = _memoised_readings(lang, lambda parses: all(
        _CASES & p.tag.grammemes and "nomn" not in p.tag.grammemes and "Fixd" not in p.tag.grammemes
        for p in parses), 100_000)
    return lambda word: oblique(word.rsplit("-", 1)[-1] or word)


_CASE_ORDER = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _noun_forms(lang: str) -> Callable[[str], frozenset[str]]:
    """The dictionary forms of a word's readings as a common noun, whatever reading comes first ("сел": село, though
    pymorphy3 reads the past of сесть first). After a number in an oblique case ("трех сел") only a noun or an adjective
    may stand, so such a reading is the word's there. (pymorphy3)"""
    analyser = _analyser(lang)
    cache: dict[str, frozenset[str]] = {}

    def forms(word: str) -> frozenset[str]:
        found = cache.get(word)
        if found is None:
            found = frozenset(p.normal_form.translate(_APOSTROPHES)
                              for p in analyser.parse(word.lower().translate(_APOSTROPHES))
                              if p.is_known and "NOUN" in p.tag.grammemes and not _PROPER & p.tag.grammemes)
            if len(cache) < 100_000:
                cache[word] = found
        return found

    return forms


def _agreement(lang: str) -> Callable[[str], frozenset[tuple[str, ...]]]:
    """The case and number a word may take, from every reading pymorphy3 knows ("погибших": genitive, locative or
    animate accusative plural; "газа": genitive singular), for whether an adjective or participle agrees with a noun
    after it; the accusative keeps its animacy (inanimate accusatives are the nominative's form). Empty for a word the
    dictionary does not know."""
    analyser = _analyser(lang)
    cache: dict[str, frozenset[tuple[str, ...]]] = {}

    def readings(word: str) -> frozenset[tuple[str, ...]]:
        found = cache.get(word)
        if found is None:
            out = set()
            for p in analyser.parse(word.lower().translate(_APOSTROPHES)):
                grammemes = p.tag.grammemes
                if not p.is_known or not {"NOUN", "ADJF", "PRTF", "NPRO"} & grammemes:
                    continue
                case = next((c for c in _CASE_ORDER if c in grammemes), "")
                number = "plur" if "plur" in grammemes else "sing"
                animacy = ("anim" if "anim" in grammemes else "inan") if case == "accs" else ""
                out.add((case, number, animacy))
            found = frozenset(out)
            if len(cache) < 100_000:
                cache[word] = found
        return found

    return readings


_GENDERS = frozenset({"masc", "femn", "neut"})


def _grammatical_number(lang: str) -> Callable[[str, bool], frozenset[str]]:
    """The grammatical numbers a word may have as a subject (a noun, adjective or pronoun in the nominative) or, with
    ``verb``, as a finite verb ("сообщили": plural, "судьба": singular), from every reading pymorphy3 knows; empty when
    the word has no such reading, or is an abbreviation or a word that does not decline ("МЧС", "Минобороны"), whose
    number the verb alone shows. (pymorphy3)"""
    analyser = _analyser(lang)
    cache: dict[tuple[str, bool], frozenset[str]] = {}

    def numbers(word: str, verb: bool) -> frozenset[str]:
        found = cache.get((word, verb))
        if found is None:
            parses = [p for p in analyser.parse(word.lower().translate(_APOSTROPHES)) if p.is_known]
            if any({"Fixd", "Abbr"} & p.tag.grammemes for p in parses):
                found = frozenset()
            elif verb:
                found = frozenset(n for p in parses if "VERB" in p.tag.grammemes for n in ("sing", "plur")
                                  if n in p.tag.grammemes)
            else:  # (the Ukrainian dictionary marks a singular noun by its gender alone: "управління" is "neut,nomn"
                # or "plur,nomn"; and some a nominative by no case at all: "підліток" is "NOUN,anim masc")
                found = frozenset(n for p in parses if _SUBJECT_POS & p.tag.grammemes
                                  and ("nomn" in p.tag.grammemes or not _CASES & p.tag.grammemes)
                                  for n in ("sing", "plur") if n in p.tag.grammemes or (
                                      n == "sing" and "plur" not in p.tag.grammemes
                                      and _GENDERS & p.tag.grammemes))
            if len(cache) < 100_000:
                cache[(word, verb)] = found
        return found

    return numbers


def _first_person(lang: str) -> Callable[[str], bool]:
    """Is a word a verb in the first person ("Нагадаємо", "Напомним", "Нагадую")? Such a verb of saying is the text's
    own voice (the outlet's reminder, or a statement's author), never an attribution to someone named. (pymorphy3)"""
    return _memoised_reading(lang, lambda p: {"VERB", "1per"} <= p.tag.grammemes, 100_000)


_GERUND_ENDINGS = (("вши", "в"), ("ши", ""), ("учи", "уть"), ("ючи", "ють"), ("ачи", "ать"), ("ячи", "ять"))


def _gerund_verb(analyser, gerund: str) -> str:
    """The infinitive of a verb's adverbial participle that the dictionary keeps as a word of its own (Ukrainian's
    "заявивши", "повідомляючи", "посилаючись"), or "" when none is found.

    Russian's dictionary reads "заявив" as a form of "заявить"; Ukrainian's keeps "заявивши" apart, so a rule keyed on
    the verb ("заявити": a verb of saying) would not see it. The participle is built on the past (perfective "-вши",
    "-ши") or on the third person plural (imperfective "-учи", "-ючи", "-ачи", "-ячи"): that form, which the dictionary
    reads as the verb, gives the infinitive; a reflexive "-сь" is the verb's "-ся".

    Examples
    --------
    >>> analyser = _analyser("uk")
    >>> _gerund_verb(analyser, "заявивши"), _gerund_verb(analyser, "стверджуючи"), _gerund_verb(analyser, "посилаючись")
    ('заявити', 'стверджувати', 'посилатися')
    """
    stem, reflexive = (gerund[:-2], "ся") if gerund.endswith("сь") else (gerund, "")
    for ending, form in _GERUND_ENDINGS:
        if stem.endswith(ending) and len(stem) > len(ending) + 1:
            verb = stem[:-len(ending)] + form + reflexive
            found = next((p.normal_form for p in analyser.parse(verb) if "VERB" in p.tag.grammemes), "") \
                if analyser.word_is_known(verb) else ""  # (a form the dictionary knows, no guess of its predictor)
            if found:
                return found
    return ""


def _morph(lang: str, roles: frozenset[str] = frozenset()):
    """The key of a word: pymorphy3's dictionary form of its first reading; of a reading as a name when the word is
    capitalised; and of a reading as a person of ``roles`` (the dictionary forms of the table's role nouns) when the
    first reading is no person ("голови" is read first as a plural-only noun, "голові" as "гол": both are forms of the
    role "голова"; "суда" stays a ship's)."""
    analyser = _analyser(lang)
    cache: dict[str, str] = {}

    def key(word: str) -> str:
        found = cache.get(word)
        if found is None:
            lower = word.translate(_APOSTROPHES).lower()
            if not lower[:1].isalpha() or not re.search(r"[а-яіїєґ]", lower):
                found = lower
            else:
                parses = analyser.parse(lower)
                chosen = parses[0]
                if _PROPER & chosen.tag.grammemes:  # "вона" is the personal pronoun before it is the surname Вон's
                    chosen = next((p for p in parses if "NPRO" in p.tag.grammemes  # genitive
                                   and {"pers", "3per"} & p.tag.grammemes), chosen)
                if roles and chosen.normal_form not in roles and "anim" not in chosen.tag.grammemes \
                        and not _FUNCTION_WORD & chosen.tag.grammemes:  # ("после" is a preposition, not the
                    # locative of "посол", an ambassador)
                    chosen = next((p for p in parses if p.normal_form in roles
                                   and {"NOUN", "anim"} <= p.tag.grammemes), chosen)  # a person, not a thing
                if word[:1].isupper() and not any("NPRO" in p.tag.grammemes for p in parses):  # "Газы" is Gaza,
                    # "газы" gases: a capital prefers a name's reading (not a pronoun's: "Вона" opening a sentence)
                    chosen = next((p for p in parses if _PROPER & p.tag.grammemes and "UNKN" not in p.tag.grammemes),
                                  chosen)
                found = chosen.normal_form.translate(_APOSTROPHES)
                if "GRND" in chosen.tag.grammemes and chosen.normal_form == lower and word[:1].islower():
                    # (not a name with a capital that reads as one: "Карачі", "Хітачі")
                    found = _gerund_verb(analyser, lower) or found
            if len(cache) < 500_000:
                cache[word] = found
        return found

    return key


def _measure_persons(analyser, table: dict) -> frozenset[str]:
    """The dictionary forms of a table's one-word cues of a measure that are nouns of persons ("в'язень", "заручник"):
    a plural read first as another word ("в'язні" as the adjective "в'язний") is keyed as the person. (pymorphy3)"""
    out = set()
    for entry in table["measures"].values():
        for word in entry["words"]:
            if " " not in str(word):
                parse = analyser.parse(str(word).lower())[0]
                if {"NOUN", "anim"} <= parse.tag.grammemes:
                    out.add(parse.normal_form)
    return frozenset(out)


_KOREAN_CONTENT = ("NN", "NP", "NR", "VV", "VA", "XR", "XSN", "XSV", "XSA", "SL", "SH", "SN", "MM", "VCN")


#: A word that opens with ASCII digits and goes on with none ("234명이", "3천여"): kiwipiepy reads any run of digits as
#: one number (SN), so such a word is analysed like the same word with other digits of the same count.
_LEADING_DIGITS = re.compile(r"([0-9]+)([^0-9]*[가-힣][^0-9]*)")


def _korean_analysis(kiwi, word: str) -> KoreanWord:
    """What kiwipiepy says of one word: its stem key, and its last particle's tag and form."""
    if not re.search(r"[가-힣]", word):
        return KoreanWord(word.lower(), "", "")
    parts, tag, particle = [], "", ""
    auxiliary = ""  # an auxiliary verb standing alone ("않고" -> 않다: '연락이 닿지 않고')
    verbal = False
    for token in kiwi.tokenize(word):
        if token.tag.startswith("VX") and not parts:
            auxiliary = token.lemma if token.lemma.endswith("다") else token.form + "다"
        if token.tag.startswith(("VV", "VA", "VCP", "XSV", "XSA")):
            verbal = True
        if token.tag.startswith(("J", "E")):
            tag, particle = token.tag, token.form
            if token.tag.startswith("E") and parts and not parts[-1].endswith("다"):
                continue
            continue
        if token.tag.startswith(_KOREAN_CONTENT):
            if token.tag.startswith(("VV", "VA", "XSV", "XSA")):
                parts.append(token.lemma if token.lemma.endswith("다") else token.form + "다")
            else:
                parts.append(token.form)
            tag, particle = "", ""
    if not parts and auxiliary:
        parts, verbal = [auxiliary], True
    if tag.startswith("E") and not verbal:
        tag, particle = "", ""  # an ending on a word with no verb in it: a foreign name (흘라잉)
    key = "".join(p[:-1] if p.endswith("다") and i < len(parts) - 1 else p for i, p in enumerate(parts))
    key = key.lower() if key.isascii() else key  # "NDRRMC에" keys as "NDRRMC" does: ndrrmc
    return KoreanWord(key or word, tag, particle)


#: The kiwipiepy ``Kiwi`` behind each Korean word analyser (``kiwi_of``): kept here, not as an attribute of the
#: analyser, since a function compiled by mypyc takes no attribute of its own.
_KIWI_OF: dict[object, Any] = {}


def kiwi_of(analyse: object) -> Any:
    """The kiwipiepy ``Kiwi`` a Korean word analyser of this module reads with (``Language.korean``), or None for an
    analyser made otherwise (a test's).

    Examples
    --------
    >>> kiwi_of(lambda word: KoreanWord(word, "", "")) is None
    True
    """
    return _KIWI_OF.get(analyse)


def _kiwi():
    from kiwipiepy import Kiwi

    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kiwi = Kiwi(num_workers=-1)  # no thread pool: a short word is analysed in about 60 µs
    cache: dict[str, KoreanWord] = {}

    def analyse(word: str) -> KoreanWord:
        found = cache.get(word)
        if found is None:
            lead = _LEADING_DIGITS.fullmatch(word)
            if lead is not None:  # a number glued to its word: each new number would cost kiwipiepy a call
                digits = lead.group(1)
                shape = "5" * len(digits)
                same = cache.get(shape + lead.group(2))
                if same is None:
                    same = _korean_analysis(kiwi, shape + lead.group(2))
                    if len(cache) < 500_000:
                        cache[shape + lead.group(2)] = same
                key = digits + same.key[len(shape):] if same.key.startswith(shape) else same.key
                found = KoreanWord(key, same.particle_tag, same.particle)
            else:
                found = _korean_analysis(kiwi, word)
            if len(cache) < 500_000:
                cache[word] = found
        return found

    _KIWI_OF[analyse] = kiwi  # (for the test that the shortcut reads as kiwipiepy does)
    return analyse


def _with_honorific(analyse: Callable[[str], KoreanWord], verbs: frozenset[str]) -> Callable[[str], KoreanWord]:
    """The analyser with the honorific pre-final ending 시 kept in the key of ``verbs`` (the table's
    ``honorific_verbs``): "돌아가셨다" (passed away) keys as 돌아가시다, "돌아갔다" (went back) as 돌아가다."""
    kiwi = kiwi_of(analyse)
    cache: dict[str, KoreanWord] = {}

    def honoured(word: str) -> KoreanWord:
        found = analyse(word)
        if found.key not in verbs or kiwi is None:
            return found
        kept = cache.get(word)
        if kept is None:
            kept = found
            if any(t.tag == "EP" and t.form in ("시", "으시") for t in kiwi.tokenize(word)):
                kept = KoreanWord(found.key[:-1] + "시다", found.particle_tag, found.particle)
            if len(cache) < 100_000:
                cache[word] = kept
        return kept

    if kiwi is not None:
        _KIWI_OF[honoured] = kiwi
    return honoured


def _rekeyed(analyse: Callable[[str], KoreanWord], rule: Callable[[str, KoreanWord], KoreanWord],
             limit: int = 500_000) -> Callable[[str], KoreanWord]:
    """The analyser with ``rule(word, found)`` applied to what it finds for each word, memoised per word (up to
    ``limit`` words) and keeping the analyser's ``kiwi``: the shared shape of the Korean table's re-keying wrappers.

    Examples
    --------
    >>> upper = _rekeyed(lambda word: KoreanWord(word, "", ""), lambda word, found: KoreanWord(found.key + "!", "", ""))
    >>> upper("말").key
    '말!'
    """
    cache: dict[str, KoreanWord] = {}

    def rekeyed(word: str) -> KoreanWord:
        found = cache.get(word)
        if found is None:
            found = rule(word, analyse(word))
            if len(cache) < limit:
                cache[word] = found
        return found

    if kiwi_of(analyse) is not None:
        _KIWI_OF[rekeyed] = kiwi_of(analyse)
    return rekeyed


def _without_plural(analyse: Callable[[str], KoreanWord], plural: tuple[str, ...]) -> Callable[[str], KoreanWord]:
    """The analyser with a plural suffix dropped from each key ("인권단체들에" keys as "인권단체"), memoised per word."""

    def rule(word: str, found: KoreanWord) -> KoreanWord:
        for suffix in plural:
            if found.key.endswith(suffix) and len(found.key) > len(suffix) + 1:
                return KoreanWord(found.key[: -len(suffix)], found.particle_tag, found.particle)
        return found

    return _rekeyed(analyse, rule)


def _with_compound_measures(analyse: Callable[[str], KoreanWord],
                            nouns: frozenset[str]) -> Callable[[str], KoreanWord]:
    """The analyser with a compound noun keyed as its last noun when that noun is a measure's (``nouns``, the table's
    measure nouns of two letters or more) and the whole is none: "사고사망자는" (accident deaths) keys as 사망자,
    "교통사망자" as 사망자; kiwipiepy reads the compound as two nouns, and the last one names what was counted.
    "초과사망" stays itself (a measure of its own). Memoised per word."""
    kiwi = kiwi_of(analyse)

    def rule(word: str, found: KoreanWord) -> KoreanWord:
        key = found.key
        if kiwi is not None and key not in nouns and len(key) >= 3 and re.fullmatch(r"[가-힣]+", key):
            for n in (3, 2):
                if len(key) > n and key[-n:] in nouns:
                    content = [t for t in kiwi.tokenize(word) if not t.tag.startswith(("J", "E", "S"))]
                    if len(content) >= 2 and content[-1].form == key[-n:] and content[-1].tag.startswith("NN") \
                            and all(t.tag.startswith("NN") for t in content):
                        return KoreanWord(key[-n:], found.particle_tag, found.particle)
                    break
        return found

    return _rekeyed(analyse, rule, 200_000)


def _without_direction(analyse: Callable[[str], KoreanWord], auxiliaries: tuple[str, ...],
                       verbs: frozenset[str]) -> Callable[[str], KoreanWord]:
    """The analyser with a verb of coming or going glued to a measure verb as its direction (``auxiliaries``, the
    table's ``direction_auxiliaries``: 오다, 가다) dropped from the key: kiwipiepy reads "고향을 떠나온 주민" (who came
    away from home) as one verb 떠나오다, which keys as 떠나다 when that verb ends a measure cue (``verbs``); other
    compounds keep their key (돌아오다, 끌려가다). Memoised per word.

    Examples
    --------
    >>> keyed = _without_direction(lambda word: KoreanWord(word, "", ""), ("오다", "가다"), frozenset({"떠나다"}))
    >>> keyed("떠나오다").key, keyed("돌아오다").key
    ('떠나다', '돌아오다')
    """

    def rule(word: str, found: KoreanWord) -> KoreanWord:
        for auxiliary in auxiliaries:
            stem = found.key[: -len(auxiliary)]
            if found.key.endswith(auxiliary) and len(stem) >= 2 and stem + "다" in verbs:
                return KoreanWord(stem + "다", found.particle_tag, found.particle)
        return found

    return _rekeyed(analyse, rule)


def _measure_verbs(table: dict) -> frozenset[str]:
    """The verbs (dictionary forms, ending in 다) that end a Korean table's measure cues: '고향을 떠나다' gives 떠나다."""
    return frozenset(str(phrase).split()[-1] for entry in table["measures"].values() for phrase in entry["words"]
                     if str(phrase).endswith("다"))


_ENGLISH_KEYS: dict[str, str] = {}


def _english_key(word: str) -> str:
    found = _ENGLISH_KEYS.get(word)
    if found is None:
        found = word.translate(_APOSTROPHES).lower()
        if len(_ENGLISH_KEYS) < 500_000:
            _ENGLISH_KEYS[word] = found
    return found


def _trie(words: list[str]) -> str:
    """One regular expression for many words, shaped as a trie (matching branches on each letter)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(root)


def action_nouns(table: dict, lang: str) -> list[tuple[str, str]]:
    """The nouns of action of a table's one-word measure verbs of rank 1 or 2, made by its ``action_noun_endings``
    and kept when pymorphy3 reads the noun so made as a dictionary noun of that form: (metric, noun) pairs, for the
    nouns the table does not list itself. A verb names the event its noun of action names ("ликвидировать" and
    "ликвидация", "знищити" and "знищення"), so a table lists the verb only.

    >>> action_nouns({"action_noun_endings": ["ировать>ация", "ить>ение"],
    ...               "measures": {"killed": {"rank": 1, "words": ["ликвидировать", "уничтожить", "погибший"]}}}, "ru")
    [('killed', 'ликвидация'), ('killed', 'уничтожение')]
    """
    pairs = [tuple(str(p).split(">", 1)) for p in table.get("action_noun_endings", []) if ">" in str(p)]
    if not pairs:
        return []
    analyser = _analyser(lang)
    listed = {str(word) for entry in table["measures"].values() for word in entry["words"]}
    found: list[tuple[str, str]] = []
    for metric, entry in table["measures"].items():
        if int(entry["rank"]) > 2:
            continue  # (a deployment's verbs make nouns of other senses: "направить", "направление")
        for word in map(str, entry["words"]):
            if " " in word or not any(p.is_known and {"INFN", "infn"} & p.tag.grammemes and p.normal_form == word
                                      for p in analyser.parse(word)):
                continue
            for ending, other in pairs:
                noun = word[: -len(ending)] + other
                if word.endswith(ending) and noun not in listed and (metric, noun) not in found and any(
                        p.is_known and "NOUN" in p.tag.grammemes and p.normal_form == noun
                        for p in analyser.parse(noun)):
                    found.append((metric, noun))
    return found


def _cue_pattern(table: dict, morphology: str, lang: str, korean) -> re.Pattern[str]:
    """Every written form of every measure word, as one pattern (pymorphy3 gives the inflections)."""
    forms: set[str] = set()
    analyser = None
    if morphology == "pymorphy3":
        analyser = _analyser(lang)
    phrases = [phrase for entry in table["measures"].values() for phrase in entry["words"]] + failing_phrases(table)
    if analyser is not None:
        phrases += [noun for _, noun in action_nouns(table, lang)]  # ("о ликвидации восьми боевиков")
    staying = [place for places in ("care_places", "custody_places", "shelter_places", "trapped_places",
                                               "grave_places")
               for place in table.get(places, [])] if table.get("staying_verbs") else []
    for phrase in phrases + list(table.get("leaving_verbs", [])) + staying:  # (a verb of leaving home is a measure's
        # word too; and so is a place of care, custody, shelter or of being trapped, with a verb of staying: "в палате
        # лежат пятеро")
        # a sentence with the phrase has its longest word: that word alone opens the gate ("in need" -> "need")
        for word in sorted(str(phrase).lower().split(), key=len)[-1:]:
            if morphology == "kiwi":
                forms.add(korean(word).key.rstrip("다") or word)
                continue
            forms.add(word)
            for ending, other in (str(p).split(">", 1) for p in table.get("cue_form_endings", []) if ">" in str(p)):
                if " " not in str(phrase) and word.endswith(ending) and len(word) - len(ending) >= 4:
                    forms.add(word[: -len(ending)] + other)  # the other form of the verb gates too
            if analyser is not None:
                participles = passive_participles(word, lang) if " " not in str(phrase) else ()
                for parse in [p for w in (word, *participles) for p in analyser.parse(w)[:2]]:
                    forms.update(f.word for f in parse.lexeme)  # (and the participle's: "задіяні" for "задіяти")
    forms = {f.replace("ё", "е") for f in forms if f} | {f for f in forms if f}
    body = _trie(sorted(forms))
    if morphology == "kiwi":
        return re.compile(f"(?:{body})", re.IGNORECASE)  # stems inside words with particles glued on
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


def _translator(domain: str, lang: str):
    """pycountry's gettext translation of an ISO domain ("iso3166-1", "iso3166-2") into a language; English
    (or a language pycountry has no catalogue for) leaves names as they are."""
    import pycountry

    if lang != "en":
        try:
            return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]).gettext
        except OSError:
            pass
    return lambda s: s


def _pycountry_names(lang: str, attributes: tuple[str, ...] = ("name", "common_name", "official_name")
                     ) -> list[tuple[str, str]]:
    """(name, ISO code) of every country in pycountry, in the language (its gettext locale) and in English."""
    import pycountry

    translate = _translator("iso3166-1", lang)
    out = []
    for country in pycountry.countries:
        for attribute in attributes:
            name = getattr(country, attribute, None)
            if not name:
                continue
            local = translate(name)
            head, _, rest = local.partition(",")
            out.append((head.strip(), country.alpha_2))
            if rest.strip():  # "Congo, The Democratic Republic of the" is also "The Democratic Republic of the Congo"
                out.append((f"{rest.strip()} {head.strip()}", country.alpha_2))
    codes: dict[str, set[str]] = {}
    for name, code in out:
        codes.setdefault(name, set()).add(code)
    return [(name, code) for name, code in out if len(codes[name]) == 1]  # "Korea" alone is two states


def _plural_name_forms(lang: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(form, ISO code): every case form of a one-word country name that is plural ("Филиппины": Филиппин,
    Филиппинам, …), which pymorphy3 keys apart from the name in the nominative (its lemma of "Филиппины" is the
    singular филиппина, of "Филиппин" the plural)."""
    parse = _analyser(lang).parse
    out = []
    for name, code in names:
        if " " in name or "-" in name:
            continue
        reading = next((p for p in parse(name.lower()) if {"nomn", "plur"} <= p.tag.grammemes), None)
        if reading is None:
            continue
        out.extend((form.word.capitalize(), code) for form in reading.lexeme if "plur" in form.tag.grammemes)
    return out


def _roles_of(table: dict) -> list:
    """A table's role nouns: its ``role_nouns`` and the roles of a person who speaks for an institution of the place
    (``institution_roles``: "засновниця", "священник"), which open a speaker phrase as any role does ("Засновниця
    колективу «…» Марія Окон заявила")."""
    roles = list(table.get("role_nouns", [])) + [w for w in table.get("institution_roles", [])
                                                 if w not in table.get("role_nouns", [])]
    prefixes = table.get("stump_prefixes", [])  # "госкомиссия", "оперштаб", "облпрокуратура": a body's noun after the
    # cut first syllables of its adjective, one word, is the body's role as the two words are
    return roles + [f"{p}{w}" for p in prefixes for w in roles
                    if " " not in str(w) and "-" not in str(w) and str(w).isalpha() and not str(w).startswith(str(p))
                    and len(str(w)) >= 4]


def _case_name_forms(lang: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(form, ISO code): every case form of a country's name of several words that opens with an adjective agreeing
    with its noun ("Південний Судан": Південного Судану, Південному Судані; "Східний Тимор"), which pymorphy3 may key
    apart from the nominative (Ukrainian "Південному" reads first as the neuter південне, so "у Південному Судані"
    would be Sudan's last word alone)."""
    parse = _analyser(lang).parse
    cases = ("gent", "datv", "accs", "ablt", "loct")
    out = []
    for name, code in names:
        words = name.split()
        if len(words) < 2 or "-" in name:
            continue
        readings = [next((p for p in parse(x.lower()) if "nomn" in p.tag.grammemes
                          and ("ADJF" in p.tag.grammemes or k == len(words) - 1)), None) for k, x in enumerate(words)]
        if any(r is None for r in readings) or "ADJF" not in readings[0].tag.grammemes:
            continue
        head = readings[-1]
        number = "plur" if "plur" in head.tag.grammemes else str(head.tag.gender)  # the adjective agrees with its noun
        for case in cases:
            options = [sorted({f.word for f in r.lexeme if case in f.tag.grammemes and number in f.tag.grammemes})
                       for r in readings[:-1]]
            options.append(sorted({f.word for f in head.lexeme if case in f.tag.grammemes
                                   and ("plur" in f.tag.grammemes) == (number == "plur")}))
            for combination in itertools.product(*options):  # (Ukrainian has two locatives: південнім, південному)
                out.append((" ".join(x.capitalize() for x in combination), code))
    return out


def _pycountry_places(lang: str) -> list[tuple[str, str]]:
    """(name, ISO country code) of each country's first-level subdivisions (states, provinces, regions) in
    pycountry, in the language and in English; a name two countries share is left out."""
    import pycountry

    from .places import province_spellings

    translate = _translator("iso3166-2", lang)
    respelled = province_spellings(lang)  # names pycountry's catalogue lacks ("Исикава", "Анталія")
    codes: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is not None:
            continue
        for name in {division.name, translate(division.name)} | respelled.get(division.code, frozenset()):
            name = name.split("(")[0].split(",")[0].strip()
            if len(name) >= 4:
                codes.setdefault(name, set()).add(division.country_code)
    return [(name, next(iter(found))) for name, found in codes.items() if len(found) == 1]


def _country_initials(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(initials, ISO code) of the countries whose name is three or more capitalised words ("Демократическая
    Республика Конго" is ДРК, "Объединённые Арабские Эмираты" ОАЭ): the way news writes them short. Initials two
    countries share are left out ("ФРН" is both Germany and Nigeria in Ukrainian).

    >>> _country_initials([("Китайская Народная Республика", "CN"), ("Папуа — Новая Гвинея", "PG")])
    [('КНР', 'CN'), ('ПНГ', 'PG')]
    """
    codes: dict[str, set[str]] = {}
    for name, code in names:
        parts = [p for p in re.split(r"[\s\-—]+", name) if p[:1].isalpha()]
        capitalised = [p for p in parts if p[:1].isupper()]
        if len(capitalised) >= 3 and all(p[:1].isupper() for p in parts if len(p) > 3):
            codes.setdefault("".join(p[0] for p in capitalised), set()).add(code)
    return [(initials, next(iter(found))) for initials, found in codes.items() if len(found) == 1]


_CONTENT = frozenset({"NOUN", "ADJF", "ADVB", "NPRO", "PRTF", "NUMR", "PRED"})  # words that make a complement
_MUTATIONS = (("ст", "щ"), ("зд", "ждж"), ("д", "дж"), ("т", "ч"), ("з", "ж"), ("с", "ш"))  # before -ений
_LABIALS = tuple("бпвмф")


def passive_participles(verb: str, lang: str) -> tuple[str, ...]:
    """The passive participles of an infinitive that the dictionary knows, for a language whose dictionary gives a
    participle its own dictionary form (Ukrainian "задіяний" is no form of "задіяти" for pymorphy3, while Russian
    "задействованы" is read as "задействовать"): the regular endings are tried (-аний/-яний, -тий, -ений with the
    consonant changes before it, -ований/-йований for -увати/-ювати) and a candidate is kept only when pymorphy3 knows
    it as a passive participle, so no form is invented.

    Examples
    --------
    >>> passive_participles("задіяти", "uk"), passive_participles("направити", "uk")
    (('задіяний',), ('направлений',))
    """
    if not verb.endswith("ти"):
        return ()
    base = verb[:-2]
    stem = base[:-1]
    candidates = []
    if base.endswith(("а", "я")):  # зібрати: зібраний, задіяти: задіяний, евакуювати: евакуйований
        candidates.append(base + "ний")
        candidates += [base[: -len(old)] + new + "ний" for old, new in (("юва", "йова"), ("ува", "ова"))
                       if base.endswith(old)]
    elif base.endswith("у"):  # перекинути: перекинутий
        candidates.append(base + "тий")
    elif base.endswith(("и", "і", "ї")):  # вбити: вбитий; залучити: залучений, направити: направлений, відсадити: -джений
        candidates += [base + "тий", stem + "ений"]
        if stem.endswith(_LABIALS):
            candidates.append(stem + "лений")
        candidates += [stem[: -len(old)] + new + "ений" for old, new in _MUTATIONS if stem.endswith(old)]
    else:  # вивезти: вивезений
        candidates.append(base + "ений")
    analyser = _analyser(lang)
    found = []
    for form in dict.fromkeys(candidates):
        if any(p.is_known and "pssv" in p.tag.grammemes and p.word == form for p in analyser.parse(form)) \
                and form not in found:
            found.append(form)
    return tuple(found)


def _reordered_cues(lx: Language, table: dict) -> None:
    """Each measure phrase of a verb and its complement in the other order too: Russian and Ukrainian put a verb's
    object or circumstance before or after it as the sentence needs ("пересечь границу" and "границу пересекли",
    "находиться под стражей" and "под стражей находятся"), so a table lists one order. A phrase that opens or closes
    with a verb (pymorphy3 reads its dictionary form as an infinitive or a finite verb) and has no other verb gets the
    verb moved to the other end, unless the table gives that order a measure of its own."""
    analyser = _analyser(lx.lang)
    for metric, entry in table["measures"].items():
        for word in entry["words"]:
            keys = lx.keys_of(word)
            if not 2 <= len(keys) <= 4:
                continue
            verbs = [lx.predicate_form(k) for k in keys]
            if sum(verbs) != 1 or not (verbs[0] or verbs[-1]) or not any(
                    _CONTENT & analyser.parse(k)[0].tag.grammemes for k, verb in zip(keys, verbs) if not verb):
                continue  # (not "без вести": a preposition alone is no complement, "вести" no verb there)
            other = keys[1:] + keys[:1] if verbs[0] else keys[-1:] + keys[:-1]
            if lx.measures.match(list(other), 0) is None or lx.measures.match(list(other), 0)[0] < len(other):
                lx.measures.add(other, (metric, int(entry["rank"])))


def _participle_cues(lx: Language, table: dict) -> None:
    """Each measure word or phrase that opens with a verb also with the verb's passive participle, when the
    dictionary reads the participle as a word of its own ("задіяти": "задіяні 1200 прикордонників"; "взяти в полон":
    "взяті в полон"), in whichever order the phrase allows."""
    for metric, entry in table["measures"].items():
        for word in entry["words"]:
            keys = lx.keys_of(word)
            if not keys or not lx.predicate_form(keys[0]):
                continue
            for form in passive_participles(keys[0], lx.lang):
                key = lx.key(form)
                if key != keys[0]:
                    for phrase in ((key,) + keys[1:], keys[1:] + (key,)) if len(keys) > 1 else ((key,),):
                        if lx.measures.match(list(phrase), 0) is None:
                            lx.measures.add(phrase, (metric, int(entry["rank"])))


def failing_phrases(table: dict, verbs: tuple[str, ...] = ("unfound_verbs", "returning_verbs"),
                    frames: tuple[str, ...] = ("failing_frames", "inability_frames")) -> list[str]:
    """Each verb of the table's ``unfound_verbs`` (being found or reached) and ``returning_verbs`` (coming back) in
    each of its ``failing_frames`` (did not) and ``inability_frames`` (could not): the phrases that say people were
    not found, not reached, did not come back, so they are missing. ``{verb}`` in a frame stands for the verb as
    listed, ``{stem}`` for it without the Korean dictionary ending 다.

    >>> failing_phrases({"unfound_verbs": ["trace"], "inability_frames": ["unable to {verb}", "could not {verb}"]})
    ['unable to trace', 'could not trace']
    >>> failing_phrases({"returning_verbs": ["돌아오다"], "failing_frames": ["{stem}지 않다"]})
    ['돌아오지 않다']
    """
    return [str(frame).replace("{verb}", str(verb)).replace("{stem}", str(verb).removesuffix("다"))
            for name in verbs for verb in table.get(name, []) for kind in frames for frame in table.get(kind, [])]


def _failing_cues(lx: Language, table: dict) -> None:
    """The phrases of :func:`failing_phrases` as cues of the missing, unless the table gives one a measure of its
    own; and those of a verb of coming back in an inability frame with one of the table's ``home_complements`` ("{}"
    where the phrase goes, else after it) as cues of the displaced ("не змогли повернутися додому", "could not return
    home", "집으로 돌아가지 못했다": people who cannot go home are away from it, not lost; those who did not come home
    at all, "не повернулися додому", are missing)."""
    measures = table["measures"]
    homes = [(str(home) if "{}" in str(home) else "{} " + str(home))
             for home in table.get("home_complements", [])]
    for metric, phrases in (("missing", failing_phrases(table)), ("displaced", [
            home.replace("{}", phrase) for phrase in failing_phrases(table, ("returning_verbs",), ("inability_frames",))
            for home in homes])):
        if metric not in measures:
            continue
        for phrase in phrases:
            keys = lx.keys_of(phrase)
            found = lx.measures.match(list(keys), 0)
            if found is None or found[0] < len(keys):
                lx.measures.add(keys, (metric, int(measures[metric]["rank"])))


@lru_cache(maxsize=None)
def language(lang: str) -> Language:
    """The compiled extraction table of a language (compiled once per process).

    Raises
    ------
    InputError
        When the language has no extraction table, or its table breaks the schema.

    Examples
    --------
    >>> en = language("en")
    >>> en.measures.match(["killed", "or", "wounded"], 0)
    (3, ('killed_or_wounded', 1))
    """
    if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
        raise InputError(f"language {lang!r} is not a language code; use one of en, uk, ru, ko")
    try:
        text = resources.files("analysis.extract").joinpath("tables", f"{lang}.yaml").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        raise InputError(f"no extraction table for language {lang!r}: add analysis/extract/tables/{lang}.yaml "
                         f"(the tables there are en, uk, ru, ko)") from None
    table = check_table(read_yaml(f"{lang}.yaml", what="extraction table", text=text), f"{lang}.yaml")
    morphology = table["morphology"]
    korean = None
    if morphology == "pymorphy3":
        analyser = _analyser(lang)
        key = _morph(lang, frozenset(analyser.parse(str(w).lower())[0].normal_form
                                     for w in _roles_of(table) if " " not in str(w)) | _measure_persons(
            analyser, table))
    elif morphology == "kiwi":
        korean = _kiwi()
        plural = tuple(str(x) for x in table.get("plural_suffixes", []))
        if plural:
            korean = _without_plural(korean, plural)

        honorific = frozenset(str(v) for v in table.get("honorific_verbs", []))
        if honorific:
            korean = _with_honorific(korean, honorific)
        directions = tuple(str(v) for v in table.get("direction_auxiliaries", []))
        if directions:
            korean = _without_direction(korean, directions, _measure_verbs(table))

        def key(word: str) -> str:
            return korean(word).key
    else:
        key = _english_key
    possessive = tuple(sorted((str(s) for s in table.get("possessive_suffixes", [])), key=len, reverse=True))
    if possessive:
        plain = key

        def key(word: str) -> str:  # noqa: F811 - "Libya's" is looked up as "libya"
            lowered = plain(word)
            for suffix in possessive:
                if lowered.endswith(suffix) and len(lowered) > len(suffix) + 1:
                    return lowered[: -len(suffix)]
            return lowered

    uncached = key
    cache: dict[str, str] = {}

    def key(word: str) -> str:  # noqa: F811 - every word is keyed once per process
        found = cache.get(word)
        if found is None:
            found = uncached(word)
            if len(cache) < 1_000_000:
                cache[word] = found
        return found

    lx = Language(lang=lang, table=table, key=key, korean=korean,  # Korean verbs change their stem when
                  cue_pattern=None if korean else _cue_pattern(table, morphology, lang, korean))  # inflected: no gate
    if morphology == "pymorphy3":
        lx.common = _common(lang)
        lx.own_voice = _first_person(lang)
        lx.our_voice = _memoised_reading(lang, lambda p: {"VERB", "1per", "plur"} <= p.tag.grammemes, 100_000)
        lx.common_noun = _common_noun(lang)
        lx.predicate_form = _predicate_form(lang)
        lx.may_predicate = _memoised_readings(lang, lambda parses: any(
            p.is_known and _PREDICATE_FORMS & p.tag.grammemes for p in parses), 100_000)  # ("захоплено": an adverb
        # first for pymorphy3, and the impersonal form of "захопити")
        lx.oblique = _oblique(lang)
        lx.nominative = _nominative(lang)
        lx.animate = _animate(lang)
        lx.locative = _locative(lang)
        lx.gender = _gender(lang)
        lx.person_nominative = _person_nominative(lang)
        lx.inanimate = _inanimate(lang)
        lx.thing_after_number = _thing_after_number(lang)
        lx.adjectival = _adjectival(lang)
        lx.impersonal = _impersonal(lang)
        lx.grammatical_number = _grammatical_number(lang)
        lx.modifier = _modifier(lang)
        lx.conjunction = _conjunction(lang)
        lx.preposition = _preposition(lang)
        lx.adverb = _adverb(lang)
        lx.transitive = _transitive(lang)
        lx.collective = _collective(lang)
        lx.governed = _governed(lang)
        lx.agreement = _agreement(lang)
        lx.noun_forms = _noun_forms(lang)
    light = [str(v) for v in table.get("light_verbs", [])]
    endings = [tuple(str(p).split(">", 1)) for p in table.get("cue_form_endings", []) if ">" in str(p)]
    def own_key(word: object) -> tuple[str, ...] | None:
        """A Korean noun of the table that kiwipiepy reads alone as another word ("유해" as 유하다, "포로" as 포): the
        word itself is its key too (in a text it carries a particle and is read right: "유해를" -> 유해)."""
        text = str(word)
        if korean is None or " " in text or text.endswith("다") or not re.fullmatch(r"[가-힣]{2,}", text):
            return None
        return (text,) if lx.keys_of(text) != (text,) else None

    for metric, entry in table["measures"].items():
        for word in entry["words"]:
            lx.measures.add(lx.keys_of(word), (metric, int(entry["rank"])))
            if (own := own_key(word)) is not None and lx.measures.match(list(own), 0) is None:
                lx.measures.add(own, (metric, int(entry["rank"])))
            for ending, other in endings:  # "captured" -> "capturing", "kidnapped" -> "kidnapping"
                stem = str(word)[: -len(ending)]
                if " " not in str(word) and str(word).endswith(ending) and len(stem) >= 4:
                    form = lx.keys_of(stem + other)
                    if lx.measures.match(list(form), 0) is None:
                        lx.measures.add(form, (metric, int(entry["rank"])))
            if light and " " not in str(word) and not str(word).endswith("다"):  # 투입 -> 투입하다, 투입되다
                for verb in light:
                    lx.measures.add(lx.keys_of(f"{word}{verb}"), (metric, int(entry["rank"])))
    if korean is not None:  # "사고사망자", "교통사망자": a compound whose last noun is a measure's noun is that measure
        nouns = frozenset(k[0] for entry in table["measures"].values() for word in entry["words"]
                          if len(k := lx.keys_of(word)) == 1 and re.fullmatch(r"[가-힣]{2,}", k[0])
                          and not k[0].endswith("다"))
        lx.korean = _with_compound_measures(lx.korean, nouns)
    made = action_nouns(table, lang) if morphology == "pymorphy3" else []
    lx.words["action_nouns"] = frozenset(k for _, noun in made for k in lx.keys_of(noun))
    if morphology == "pymorphy3":
        for metric, noun in made:  # "ликвидация" of "ликвидировать", "знищення" of "знищити"
            lx.measures.add(lx.keys_of(noun), (metric, int(table["measures"][metric]["rank"])))
        _reordered_cues(lx, table)
        _participle_cues(lx, table)
    _failing_cues(lx, table)
    for scope, words in table["scope_cues"].items():
        for word in words:
            lx.scopes.add(lx.keys_of(word), scope)
    for name, target in (("speech_verbs", lx.speech), ("according", lx.according), ("citing", lx.citing),
                         ("backward_markers", lx.backward), ("role_nouns", lx.roles), ("people_nouns", lx.people), ("national_roles", lx.national),
                         ("not_measured_people", lx.not_measured)):
        for word in (_roles_of(table) if name == "role_nouns" else table[name]):
            target.add(lx.keys_of(word), name)
            if (own := own_key(word)) is not None and target.match(list(own), 0) is None:
                target.add(own, name)
            opening = lx.keys_of(str(word)[:1].upper() + str(word)[1:]) if name in ("role_nouns", "national_roles") \
                else ()
            if opening and target.match(list(opening), 0) is None:
                target.add(opening, name)  # a role that opens a sentence, capitalised, which the dictionary reads as a
                # name ("Аким області …": the first name Аким, not the акім; "Влада")
    for word in table.get("relay_verbs", []):  # a relaying verb is a verb of saying too
        lx.speech.add(lx.keys_of(word), "speech_verbs")
    said_participles: dict[str, str] = {}  # a speech verb's passive participle the dictionary keys apart -> the verb
    if morphology == "pymorphy3":
        for word in table["speech_verbs"]:
            keys = lx.keys_of(word)
            if len(keys) == 1:
                for participle_form in passive_participles(keys[0], lx.lang):  # (form: a tuple above)
                    if (key := lx.key(participle_form)) != keys[0] and lx.speech.match([key], 0) is None:
                        lx.speech.add((key,), "speech_verbs")  # "за інформацією, поширеною ДСНС": Ukrainian
                        said_participles[key] = keys[0]  # "поширений" is no form of "поширити" for pymorphy3
    partitions = {str(word) for word in table.get("partition_words", [])}
    for word in table.get("subset_words", []):  # (a partition splits its whole: "of them", "з них"; not "including")
        lx.subsets.add(lx.keys_of(word), "partition" if word in partitions else "subset")
    for word in table.get("none_words", []):
        lx.none.add(lx.keys_of(word), "none")
    for word in table.get("purpose_words", []):
        lx.purposes.add(lx.keys_of(word), "purpose")
    for word in table.get("clock_after", []):
        lx.clock.add(lx.keys_of(word), "clock")
    for word in table.get("evidence_nouns", []):
        lx.evidence.add(lx.keys_of(word), "evidence")
    lower = set()  # a table word written in lower case is a country in lower case too ("росії", "рф" in Ukrainian news)
    for word, code in table["nationalities"].items():  # the table first: it decides over pycountry's names
        lx.countries.add(lx.keys_of(word), code)
        word = str(word)
        if code and word.islower() and " " not in word and (len(word) > 3 or (
                morphology == "pymorphy3" and "Abbr" in _analyser(lang).parse(word)[0].tag.grammemes)):
            lower.update(lx.keys_of(word))  # a short word only when the dictionary reads it as an abbreviation
    lx.words["lower_countries"] = frozenset(lower)  # not "ода" (an ode, no ОДА)
    for word, codes in (table.get("shared_offices") or {}).items():
        keys = lx.keys_of(str(word))
        if len(keys) == 1:
            lx.shared_offices[keys[0]] = set(str(codes).split("|"))
    verb_read: dict[str, set[str]] = {}  # Korean: a country's key that is a verb's ("가나", Ghana, keyed as 가다, to go)
    for name, code in _pycountry_names(lang) + (_pycountry_names("en") if lang != "en" else []):
        keys = lx.keys_of(name)
        lx.countries.add(keys, code)
        if korean is not None and len(keys) == 1 and keys[0] != name and keys[0].endswith("다") \
                and not name.endswith("다"):
            verb_read.setdefault(keys[0], set()).add(name)
        if korean is not None and " " in name:  # Korean writes a name's parts together too: 콩고민주공화국
            glued = lx.keys_of(name.replace(" ", ""))
            if len(glued) == 1 and lx.countries.match(list(glued), 0) is None:
                lx.countries.add(glued, code)
    lx.words["verb_read_countries"] = frozenset(verb_read)  # such keys count only where the word is written as the
    lx.words["verb_read_names"] = frozenset(n for names in verb_read.values() for n in names)  # name ("가나 정부"),
    # not in the verb's own forms ("끌고 갔다": took away)
    if morphology == "pymorphy3":  # a name whose first two words news joins with a hyphen ("Папуа — Новая Гвинея",
        # "Папуа Нова Гвінея" written "Папуа-Новой Гвинее", "Папуа-Нової Гвінеї"): keyed as the hyphenated spelling is
        # (its first part kept, its second lemmatised), so the name's last word alone ("Гвинея", Guinea) does not stand
        for name, code in _pycountry_names(lang):
            parts = name.replace(" — ", " ").replace(" – ", " ").split()
            if len(parts) >= 2 and "-" not in parts[0] and "-" not in parts[1]:
                keys = lx.keys_of(" ".join([f"{parts[0]}-{parts[1]}", *parts[2:]]))
                if lx.countries.match(list(keys), 0) is None:
                    lx.countries.add(keys, code)
        for name, code in _plural_name_forms(lang, _pycountry_names(lang)) + _case_name_forms(
                lang, _pycountry_names(lang)):
            keys = lx.keys_of(name)
            if lx.countries.match(list(keys), 0) is None:
                lx.countries.add(keys, code)
    if morphology == "pymorphy3":  # initials ("ДРК", "КНР") where no dictionary word is spelled so: of a country's
        # name, or of its official name when that says it is a republic (a country word): "Federal Republic of Somalia"
        # gives no ФРС (the Federal Reserve), the long official names of monarchies and federations no initials at all
        country_words = {k for w in table.get("country_words", []) for k in lx.keys_of(str(w))}
        names = _pycountry_names(lang, ("name", "common_name"))
        names += [(name, code) for name, code in _pycountry_names(lang, ("official_name",))
                  if country_words & set(lx.keys_of(name)) and not name.split()[0].lower().startswith(
                      tuple(k[:5] for k in country_words))]
        parse = _analyser(lang).parse
        for initials, code in _country_initials(names):
            keys = lx.keys_of(initials)
            reading = parse(initials.lower())[0]  # the dictionary knows ФРС as a body (the Federal Reserve), ИРА as a word
            if reading.is_known and ("Orgn" in reading.tag.grammemes or not {"Abbr", "Fixd"} & reading.tag.grammemes):
                continue
            if lx.countries.match(list(keys), 0) is None:
                lx.countries.add(keys, code)
    from .places import capitals

    named_only = set()  # a capital's keys that name nothing else: written in lower case, they are another word
    for keys, code in capitals(lang):  # capitals (GeoNames, see places.py) speak for their country: "Kyiv said"
        if lx.countries.match(list(keys), 0) is None:
            named_only.add(keys)
        lx.countries.add(keys, code)
    lx.words["capital_keys"] = frozenset(k[0] for k in named_only if len(k) == 1)  # ("досі": still, not Doha's "Досі")
    from .places import not_places

    ordinary = not_places(lang)  # the gazetteer's stop words: "Male" (a province of the Maldives), "Nelson"
    seas = {k for word in table.get("sea_nouns", []) for k in lx.keys_of(str(word))}
    for name, code in _pycountry_places(lang):
        keys = lx.keys_of(name)
        if keys in ordinary or (keys and {keys[0], keys[-1]} & seas):
            continue  # (a province named after a sea, "Red Sea" or "Gulf", is the sea in news: no country)
        if len(keys) == 1 and keys[0] != name.translate(_APOSTROPHES).lower() and lx.common(keys[0]):
            continue  # a name keyed as another, ordinary word: "Меру" (Kenya) as мер (a mayor), "Сіла" as сісти
        if keys and lx.countries.match(list(keys), 0) is None:  # "Georgia" the state is not Georgia the country
            lx.places.add(keys, code)
    from .places import load as gazetteer, plain_spellings

    cities = gazetteer(lang)
    for keys, code in cities + tuple(plain_spellings(cities)):  # cities (GeoNames, see places.py): a province's name
        # keeps its country; a name with accents also as the news writes it without them
        if lx.countries.match(list(keys), 0) is None:
            lx.places.add(keys, code)
    for name in ("not_people_after", "not_people_before", "inverting_verbs", "skip_before_verb", "audience_verbs",
                 "relay_verbs", "pronouns", "first_person", "np_glue", "determiners", "np_stops", "clause_words",
                 "international_words", "sentence_abbreviations", "subject_particle_tags",
                 "according_particle_tags", "according_endings", "weekday_words", "month_words", "time_nouns", "occasion_nouns", "clause_connectives", "authoring_verbs", "stance_verbs", "obtaining_verbs", "source_particles", "quotative_endings", "statement_words", "quoted_document_nouns", "document_nouns", "medium_nouns", "issuer_markers", "release_markers", "partitive_words", "set_prepositions", "partition_words", "judicial_verbs", "modal_words",
                 "place_prepositions", "remit_prepositions", "generic_roles", "independent_roles", "service_roles", "referring_roles", "manner_prepositions", "backward_markers", "coordinators", "relative_pronouns", "person_relatives", "preposition_hedges", "age_hedges", "uncounted_vague", "former_words", "host_nouns", "hedge_governors", "object_pronouns", "source_nouns",
                 "definite_determiners", "estimate_nouns", "evidence_nouns", "country_words", "role_suffixes", "office_suffixes",
                 "clause_endings", "joining_particles", "topic_particle_tags", "complement_nouns", "measure_counters",
                 "transition_endings", "part_first_words", "connective_tags", "addressee_nouns",
                 "modifier_cues",
                 "kin_nouns", "contrast_endings", "worker_nouns",
                 "cause_prepositions", "object_particle_tags", "assessment_verbs", "passive_reporting_verbs", "estimate_particles",
                 "national_prefixes", "voice_auxiliaries", "honorific_verbs", "direction_auxiliaries", "ongoing_auxiliaries", "progressive_auxiliaries", "duplicate_words", "damage_nouns", "giving_verbs", "aboard_words", "sea_nouns", "denial_verbs", "calling_verbs",
                 "place_relatives", "state_nouns", "wire_agencies", "based_suffixes", "based_phrases",
                 "controlled_suffixes", "control_words", "indefinite_determiners", "private_nouns", "closing_relay_verbs", "territory_suffixes", "stationed_prefixes", "side_nouns", "side_prepositions", "reflexive_possessives", "origin_prepositions",
                 "citizen_nouns", "motion_prepositions", "destination_prepositions",
                 "destination_heads", "border_nouns", "border_prepositions", "care_verbs", "sick_nouns", "disease_nouns", "disease_prepositions", "care_harms", "victim_nouns", "plural_suffixes", "participle_endings",
                 "increment_words", "increment_before", "earlier_markers", "personal_pronouns", "passive_auxiliaries", "passive_complements", "person_titles", "plural_endings",
                 "agent_prepositions", "passive_endings", "predicate_tags", "final_ending_tags", "home_words", "state_offices", "demonym_endings", "home_people", "rest_words", "such_words", "figure_nouns", "academic_nouns", "resuming_pronouns", "universal_words", "destination_particle_tags",
                 "local_words", "infinitive_markers", "saying_governors", "raising_infinitives", "infinitive_speech_verbs", "valuing_verbs", "value_prepositions", "noun_prepositions", "document_prepositions", "complementizers", "finding_verbs", "accordance_nouns", "denial_markers", "heading_verbs", "institution_roles", "stump_prefixes", "informant_nouns",
                 "care_prepositions", "care_places", "leaving_verbs", "leaving_determiners",
                 "people_things", "span_joiners",
                 "purpose_not_after",
                 "negation_words", "concord_none_words", "degree_words", "harm_words", "aimed_words", "case_nouns", "receiving_verbs", "care_arrival_verbs", "staying_verbs", "custody_places", "shelter_places", "trapped_places", "household_nouns", "restating_words", "sending_verbs", "engaging_verbs", "people_at_large", "rescuer_nouns", "arrival_verbs", "personnel_nouns", "distributive_prepositions", "returning_verbs", "rescue_verbs", "foreign_office_words", "trapped_words", "trapped_people", "auxiliary_verbs", "estimate_qualifiers", "spelled_counters", "indefinite_determiners", "past_words",
                 "headline_tags", "losing_verbs", "combatant_nouns", "incident_prepositions", "incident_nouns", "clock_before", "related_markers", "tally_periods", "tour_nouns", "membership_words", "grave_places", "burial_prepositions", "desertion_words", 
                 "interview_verbs", "question_labels", "answer_labels", "question_marks", "answer_marks", "source_labels",
                 "diplomatic_words", "mission_words", "branch_words", "about_markers", "contact_nouns", "press_office_nouns", "many_event_nouns", "age_words",
                 "name_nouns", "list_nouns", "evacuation_words", "temporary_words", "adjacency_words", "building_nouns", "time_span_heads", "removal_verbs", "removal_prepositions", "driving_verbs", "driving_prepositions", "refuge_nouns", "dwelling_nouns", "leaving_verbs", "forcing_words", "remains_nouns", "identity_words", "suspect_nouns", "examination_nouns", "exchange_nouns",
                 "capacity_words", "ratio_words", "level_verbs", "taking_verbs", "companion_words",
                 "none_people_words", "among_words", "seeking_verbs",
                 "body_nouns", "outlet_nouns", "document_nouns", "existential_words", "group_nouns", "bloc_nouns", "administrative_nouns", "administrative_suffixes",
                 "administrative_adjective_endings", "joint_country_phrases", "head_suffixes", "unit_suffixes",
                 "rotation_counters", "hostile_nouns", "attack_verbs", "force_nouns", "period_deictics", "comparison_markers", "change_markers", "rate_prepositions", "population_nouns", "rate_suffixes", "circumstance_prepositions", "comparison_words", "set_prepositions", "both_words", "difference_prepositions", "difference_words"):
        raw = [str(w) for w in table.get(name, [])]
        if name in ("subject_particle_tags", "according_particle_tags", "according_endings", "weekday_words", "quotative_endings", "sentence_abbreviations",
                    "role_suffixes", "office_suffixes", "head_suffixes", "clause_endings", "joining_particles", "topic_particle_tags", "measure_counters",
                    "transition_endings", "connective_tags",
                    "contrast_endings",
                    "object_particle_tags", "national_prefixes", "based_suffixes", "controlled_suffixes",
                    "participle_endings", "source_particles",
                    "passive_endings", "predicate_tags", "final_ending_tags", "destination_particle_tags",
                    "passive_reporting_verbs", "voice_auxiliaries", "honorific_verbs", "direction_auxiliaries", "ongoing_auxiliaries", "estimate_particles", "administrative_suffixes",
                    "administrative_adjective_endings", "unit_suffixes", "rotation_counters", "demonym_endings"):  # (passives as kiwipiepy keys them in a sentence: read alone,
            # '알려지다' is keyed as the active 알리다)
            lx.words[name] = frozenset(w.lower() if name == "sentence_abbreviations" else w for w in raw)
        elif name in ("question_labels", "answer_labels", "clause_connectives", "source_labels"):  # compared with the words as
            # written, in any case (a fixed phrase: "Тем временем" keys as тема, "Со своей" as со)
            lx.words[name] = frozenset(w.casefold() for w in raw)
        elif name in ("question_marks", "answer_marks"):  # compared with a paragraph's first characters
            lx.words[name] = frozenset(str(w) for w in raw)
        elif name in ("care_places", "custody_places", "shelter_places", "trapped_places", "grave_places"):
            lx.words[name] = frozenset(" ".join(lx.keys_of(w)) for w in raw if lx.keys_of(w))  # (a place of two words,
            # a noun and the noun it governs, "центр утримання": their keys joined by a space)
        else:
            lx.words[name] = frozenset(k for w in raw for k in lx.keys_of(w)[:1] if len(lx.keys_of(w)) == 1)
            lx.words[name + "_phrases"] = frozenset(" ".join(lx.keys_of(w)) for w in raw)
    lx.words["inverting_verbs"] = lx.words["inverting_verbs"] | {
        key for key, verb in said_participles.items() if verb in lx.words["inverting_verbs"]}  # (as their verbs)
    lx.words["remit_firsts"] = frozenset(p.split()[0] for p in lx.words["remit_prepositions_phrases"])
    lx.increments = lx.words["increment_words"] | lx.words["increment_before"]
    lx.openers = lx.speech.firsts | lx.according.firsts | lx.citing.firsts | lx.words["estimate_nouns"] | lx.words["denial_verbs"]
    return lx
