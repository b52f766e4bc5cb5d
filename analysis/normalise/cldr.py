"""Units of measure and currencies of every language, generated once from CLDR (through Babel).

A number with a unit ("20 км", "300 тонн", "40 miles", "20m 높이") or a currency ("20만 루피", "5 млн
юаней") is no count of people. Listing every unit and currency name of four languages by hand misses
most of them, so this module takes them from the Unicode Common Locale Data Repository, which Babel
ships inside its wheel (nothing is fetched): for each language, the long, short and narrow names of
the units of :data:`UNIT_TYPES` in every plural form CLDR has ("{0} километр", "{0} километра",
"{0} километров", "{0} км"), every currency's display name in its plural forms ("индийских рупий",
"Indian rupees", "인도 루피") and the noun those names are built on ("рупий", "rupees", "루피"),
and the currency symbols ("₹", "zł" is left out: see :func:`generate`). Russian and Ukrainian nouns
also get every case form from pymorphy3's dictionary ("километрах", "гривнями"), as
:mod:`analysis.normalise.inflect` does for the number words. The result is written to
``tables/<lang>.cldr.json``, committed beside the table and merged into it when the table is loaded
(:func:`merge_cldr`): a word the hand-written table already gives a meaning keeps the table's meaning
(English "pound" stays a currency, "second" an ordinal, "years" a year word)::

    python -m analysis.normalise.cldr          # rewrite tables/<lang>.cldr.json for every language

Babel and pymorphy3 are used only here; loading a table reads the JSON file.
``tests/test_normaliser_units.py`` checks that the committed files are what this module generates.
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

#: The CLDR unit types read (a unit id is "<type>-<name>", "length-kilometer").
UNIT_TYPES = ("length", "mass", "area", "volume", "temperature", "speed", "duration", "angle", "energy",
              "power", "pressure")
#: Units of those types left out: words a news text uses otherwise ("point", "drop", "quarter",
#: "night", "pinch"), units of units ("person-years") and units no news figure is given in.
UNIT_EXCLUDED = ("length-point", "length-earth-radius", "length-solar-radius", "length-parsec",
                 "length-astronomical-unit", "length-light-year", "length-picometer", "length-nanometer",
                 "length-micrometer", "length-mile-scandinavian", "length-furlong", "length-fathom",
                 "mass-grain", "mass-dalton", "mass-earth-mass", "mass-solar-mass", "mass-carat",
                 "mass-microgram", "mass-ounce-troy", "mass-stone", "angle-revolution", "angle-radian",
                 "angle-arc-minute", "angle-arc-second", "duration-quarter", "duration-night",
                 "duration-millisecond", "duration-microsecond", "duration-nanosecond",
                 "duration-year-person", "duration-month-person", "duration-week-person",
                 "duration-day-person", "energy-electronvolt", "energy-therm-us",
                 "energy-british-thermal-unit", "speed-light-speed", "speed-beaufort", "volume-drop",
                 "volume-pinch", "volume-jigger", "volume-dram", "volume-dessert-spoon",
                 "volume-dessert-spoon-imperial", "volume-teaspoon", "volume-tablespoon", "volume-cup",
                 "volume-cup-metric", "volume-pint-metric", "volume-fluid-ounce-imperial",
                 "volume-quart-imperial", "pressure-gasoline-energy-density", "pressure-millimeter-ofhg",
                 "pressure-inch-ofhg", "pressure-pound-force-per-square-inch")
#: Sections of a table whose words are only skipped or split, not given a meaning: a generated word
#: may be in them and still be generated.
SKIP_SECTIONS = ("counters", "attach_ok", "morphemes", "examples", "name", "lang")
INFLECTED = ("ru", "uk")


def cldr_path(lang: str) -> Path:
    """Where the generated units and currencies of a language are kept."""
    return Path(str(resources.files("analysis.normalise").joinpath("tables", f"{lang}.cldr.json")))


def unit_label(unit_id: str) -> str:
    """The unit a range carries: the CLDR unit id without its type.

    Examples
    --------
    >>> unit_label("length-kilometer"), unit_label("area-square-kilometer"), unit_label("temperature-generic")
    ('kilometer', 'square-kilometer', 'degree')
    """
    name = unit_id.split("-", 1)[1]
    return "degree" if name == "generic" else name


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0]


def _own_letter(word: str, own: str, pieces: frozenset[str] = frozenset(), split_from: str = "") -> bool:
    """A one-letter abbreviation in the language's own script ("м", "т", "m"): too often something else
    (a year's "г.", an initial, English "m" for million); a foreign letter ("m" in Korean) is kept. In a
    script whose words are split (``own`` empty), a one-syllable name ("동", "줄") is another word unless
    the table lists it among the pieces of words (도, degrees)."""
    if len(word) != 1 or not word.isalpha():
        return False
    return _script(word) == own if own else word >= split_from and word not in pieces


def _table_words(table: dict[str, Any]) -> set[str]:
    """The words a table gives a meaning: every string of its sections, but the labels of a mapping
    ("meter" in ``unit_after: {m: meter}``, "years of age") and the sections that only skip or split words."""
    from .lexicon import table_strings

    out: set[str] = set()
    for key, value in table.items():
        if key in SKIP_SECTIONS:
            continue
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            value = list(value)
        out |= {s.lower() for s in table_strings(value)}
    return out


def _unit_names(locale: Any, unit_id: str) -> tuple[set[str], set[str]]:
    """The names written after a number for one unit: (long names, short and narrow names)."""
    long: set[str] = set()
    short: set[str] = set()
    patterns = locale._data["unit_patterns"].get(unit_id) or {}
    for width, forms in patterns.items():
        for plural, pattern in forms.items():
            if plural == "per" or not pattern.startswith("{0}"):
                continue  # "на метр", "섭씨 {0}도": a rate, or a name before the number
            word = pattern[3:].strip().lower()
            if word:
                (long if width == "long" else short).add(word)
    return long, short


def _case_forms(morph: Any, phrase: str) -> set[str]:
    """Every case and number of a one-noun name, or of an adjective and a noun, from the dictionary."""
    words = phrase.split(" ")
    if not all(morph.word_is_known(w) for w in words):
        return set()  # a word the dictionary does not know gets no guessed forms
    if len(words) == 1:
        parses = [p for p in morph.parse(words[0]) if p.tag.POS == "NOUN"]
        if not parses:
            return set()
        return {f.word for f in parses[0].lexeme} | {f.word.replace("ё", "е") for f in parses[0].lexeme}
    if len(words) == 2:
        adj = [p for p in morph.parse(words[0]) if p.tag.POS == "ADJF"]
        noun = [p for p in morph.parse(words[1]) if p.tag.POS == "NOUN"]
        if not adj or not noun:
            return set()
        out = set()
        for form in noun[0].lexeme:
            grammemes = {form.tag.case, form.tag.number} - {None}
            if form.tag.number == "sing" and noun[0].tag.gender:
                grammemes.add(noun[0].tag.gender)
            a = adj[0].inflect(grammemes)
            if a is not None:
                out.add(f"{a.word} {form.word}".replace("ё", "е"))
                out.add(f"{a.word} {form.word}")
        return out
    return set()


def _head(name: str, lang: str, morph: Any) -> str | None:
    """The noun a currency's name is built on: the first noun of a Russian or Ukrainian name ("доллар
    США", "индийская рупия"), the last word in English and Korean ("US dollar", "인도 루피")."""
    words = name.split(" ")
    if len(words) == 1:
        return None
    if morph is None:
        return words[-1]
    for w in words:
        parses = morph.parse(w.lower())
        if w[:1].isupper() or any(p.tag.POS in ("ADJF", "ADJS") for p in parses):
            continue  # a proper name ("доллар Сьерра-Леоне") or an adjective ("индийская") is no head
        if parses[0].tag.POS == "NOUN" and "nomn" in parses[0].tag and morph.word_is_known(w.lower()):
            return w.lower()
    if len(words) == 2 and words[1].isalpha() and words[1].islower() and _adjective(morph, words[0]) \
            and not morph.word_is_known(words[1]):
        return words[1]  # an adjective and a noun the dictionary does not know: "казахский тенге", "гамбійський даласі"
        # (a known word read otherwise, "армянский драм", a drama's genitive, stays out)
    return None


def _adjective(morph: Any, word: str) -> bool:
    """Is ``word`` a known adjective in the dictionary's first reading (a currency name's "казахский")?"""
    parses = morph.parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "ADJF" and morph.word_is_known(word.lower())


def _head_forms(name: str, morph: Any) -> set[str]:
    """The head's form in one written form of a Russian or Ukrainian name of an adjective and a noun the dictionary
    does not know (the plural "гамбійських даласі" gives "даласі"): a noun the dictionary cannot inflect is still
    met after a number in the forms CLDR writes."""
    words = name.split(" ")
    if len(words) == 2 and words[1].isalpha() and _adjective(morph, words[0]) and not morph.word_is_known(words[1]):
        return {words[1]}
    return set()


def _territories() -> dict[str, int]:
    """How many territories use each currency today (CLDR's territory data)."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    count: dict[str, int] = {}
    for territory in Locale("en").territories:
        if len(territory) != 2 or not territory.isalpha():
            continue
        for code in get_territory_currencies(territory, tender=True):
            count[code] = count.get(code, 0) + 1
    return count


def generate(table: dict[str, Any]) -> dict[str, Any]:
    """The units and currencies of a table's language from CLDR, minus the words the table gives a meaning.

    ``unit_after`` maps a name written after a number to its unit (:func:`unit_label`);
    ``currency_words`` a currency's name, or the noun it is built on, to its ISO code: a noun several
    currencies are built on ("рупия": Indian, Pakistani, Nepalese … rupees) goes to the one used in
    the most territories when one is (the US dollar, the Indian rupee), else to none; ``currency_symbols``
    the symbols with a currency sign in them ("₹", "US$") that name one currency in the language;
    ``attach_ok`` the short names that may be glued to digits ("20km"); ``morphemes`` (for a language
    whose words are split, Korean) the names as pieces of a word ("루피를": 루피, 를).
    """
    from babel import Locale

    lang = str(table["lang"])
    locales = [Locale.parse(str(code)) for code in table.get("cldr_locales") or [lang]]
    locale = locales[0]
    morph = None
    if lang in INFLECTED:
        import pymorphy3

        morph = pymorphy3.MorphAnalyzer(lang=lang)
    taken = _table_words(table) | {str(w).lower() for w in table.get("cldr_words_not") or []}
    # the script whose one-letter abbreviations are left out; a syllable of a script whose words are
    # split (Korean "도", degrees) is a whole word
    own = "" if table.get("segment_from") else _script(next(iter(str(w) for w in table.get("numbers") or {"a": 1}))[0])

    pieces = frozenset(str(m) for m in table.get("morphemes") or [])
    split_from = str(table.get("segment_from") or "")
    units: dict[str, str] = {}
    glued: set[str] = set()
    for rank, each in enumerate(locales):  # "meters" (en), then "metres" (en_GB)
        found: dict[str, str] = {}
        for unit_id in sorted(each._data["unit_patterns"]):
            if unit_id.split("-")[0] not in UNIT_TYPES or unit_id in UNIT_EXCLUDED:
                continue
            label = unit_label(unit_id)
            long, short = _unit_names(each, unit_id)
            names = set(long) | set(short)
            if morph is not None:
                for word in sorted(long):
                    names |= _case_forms(morph, word)
            for word in sorted(names):
                if word in taken or _own_letter(word, own, pieces, split_from) or any(ch.isdecimal() for ch in word):
                    continue
                if found.get(word, label) != label:
                    found[word] = ""  # two units of one locale share this name ("m" of minutes and metres): neither
                    continue
                found[word] = label
                if word in short and " " not in word:
                    glued.add(word)
        for word, label in found.items():
            units.setdefault(word, label)  # a name the first locale gives keeps its unit ("gallon": the US one)
    units = {w: u for w, u in units.items() if u}

    # the table's own grade and scale words, in every case ("3 ступеня", "магнитудой 7")
    extra: dict[str, dict[str, str]] = {"unit_after": {}, "unit_before": {}}
    for key, target in (("unit_words", "unit_after"), ("unit_before", "unit_before")):
        listed = {str(w).lower() for w in table.get(key) or {}}
        for word, label in sorted((str(w).lower(), str(u)) for w, u in (table.get(key) or {}).items()):
            forms = _case_forms(morph, word) if morph is not None else set()
            for form in sorted(forms | {word}):
                if form not in taken - listed:
                    extra[target].setdefault(form, label)
    units.update(extra["unit_after"])  # the table's own words win

    territories = _territories()
    names: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    plurals = locale._data.get("currency_names_plural") or {}
    for code, display in sorted(locale.currencies.items()):
        if not territories.get(code):
            continue  # a currency no territory uses today, a precious metal, a testing or accounting code
        forms = {display.lower()} | {str(v).lower() for v in (plurals.get(code) or {}).values()}
        head = _head(display if morph is not None else display.lower(), lang, morph)
        if head in taken:
            head = None  # a noun the table says is no currency ("mark": "the 1,000 mark")
        for form in forms:
            names.setdefault(form, set()).add(code)
        if head:
            head_forms = {head}
            if morph is not None:
                head_forms |= _case_forms(morph, head)
                for form in forms:
                    head_forms |= _head_forms(form, morph)
            elif lang == "en":
                head_forms |= {str(v).lower().split(" ")[-1] for v in (plurals.get(code) or {}).values()}
            for form in head_forms:
                heads.setdefault(form, set()).add(code)
    currencies: dict[str, str] = {}
    for table_of in (names, heads):
        for word, codes in sorted(table_of.items()):
            if word in taken or word in currencies or word in units or _own_letter(word, own, pieces, split_from) \
                    or not all(ch.isalpha() or ch in " -'’." for ch in word):
                continue  # a name with a date or a note in brackets ("(1993–2006)") is a former currency
            if len(codes) > 1:
                ranked = sorted(codes, key=lambda c: -territories.get(c, 0))
                if territories.get(ranked[0], 0) <= territories.get(ranked[1], 0):
                    continue  # no currency is the plain reading of this noun
                codes = {ranked[0]}
            currencies[word] = next(iter(codes))
    symbols: dict[str, set[str]] = {}
    for code, symbol in locale.currency_symbols.items():
        if len(code) == 3 and any(unicodedata.category(ch) == "Sc" for ch in symbol) and symbol != code:
            symbols.setdefault(symbol.lower(), set()).add(code)
    own_symbols = {str(s).lower() for s in table.get("currency_symbols") or {}}
    currency_symbols = {s: next(iter(c)) for s, c in sorted(symbols.items()) if len(c) == 1 and s not in own_symbols}

    out: dict[str, Any] = {
        "unit_after": dict(sorted(units.items())),
        "unit_before": dict(sorted(extra["unit_before"].items())),
        "currency_words": dict(sorted(currencies.items())),
        "currency_symbols": currency_symbols,
        "attach_ok": sorted(glued - {str(w) for w in table.get("attach_ok") or []}),
    }
    if table.get("segment_from"):
        seg = str(table["segment_from"])
        listed = {str(m) for m in table.get("morphemes") or []}
        pieces = {w for w in list(units) + list(currencies) if " " not in w and w[0] >= seg and len(w) > 1}
        out["morphemes"] = sorted(pieces - listed)
    return out


def merge_cldr(table: dict[str, Any]) -> dict[str, Any]:
    """The table with its generated units and currencies added (the table's own entries win).

    Examples
    --------
    >>> t = merge_cldr({"lang": "ru", "currency_words": {"рупий": "INR"}})
    >>> t["unit_after"]["километров"], t["currency_words"]["юаней"], t["currency_words"]["рупий"]
    ('kilometer', 'CNY', 'INR')
    """
    path = cldr_path(str(table.get("lang")))
    if not path.is_file():
        return table
    generated = json.loads(path.read_text(encoding="utf-8"))
    for section, entries in generated.items():
        own = table.get(section) or ([] if isinstance(entries, list) else {})
        if isinstance(entries, list):
            table[section] = list(own) + [e for e in entries if e not in set(own)]
        else:
            table[section] = {**entries, **own}
    return table


def generated(lang: str) -> dict[str, Any]:
    """What :func:`generate` makes for the table of ``lang`` (with its generated number forms)."""
    import yaml

    from .inflect import merge_forms

    source = resources.files("analysis.normalise").joinpath("tables", f"{lang}.yaml").read_text(encoding="utf-8")
    return generate(merge_forms(yaml.safe_load(source)))


def write(lang: str) -> Path:
    """Regenerate ``tables/<lang>.cldr.json`` from ``tables/<lang>.yaml`` and CLDR."""
    path = cldr_path(lang)
    text = json.dumps(generated(lang), ensure_ascii=False, indent=0, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    from .lexicon import LANGUAGES

    for code in LANGUAGES:
        print(write(code))
