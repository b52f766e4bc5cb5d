"""The schema of a language table: every key it may hold, its type and what it means.

A table (``analysis/normalise/tables/<lang>.yaml``) is checked against
:data:`SCHEMA` before it is compiled, as dateparser checks its language data
(``languages/validation.py``): an unknown key (a typo such as ``numbrs``), a
missing required key or a value of the wrong type raises a
:class:`TableSchemaError` naming the table, the key and what is accepted.
Every key of the schema is read by :func:`analysis.normalise.lexicon.compile_table`
(``tests/test_table_schema.py`` records the reads), so a key nobody reads cannot
stay in the schema.

Examples
--------
>>> SCHEMA["numbers"].accepts
'a mapping of word -> number'
>>> check_table({"lang": "xx"}, "xx")
Traceback (most recent call last):
...
analysis.normalise.table_schema.TableSchemaError: language table 'xx': missing required key 'name' (the language's name, as shown in tables of results); a table must have: ...
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

#: What a value may be, by kind: the check and the words an error message uses.
KINDS = {
    "text": "a string",
    "flag": "true or false",
    "number": "a number",
    "words": "a list of strings (quote words YAML reads otherwise, such as \"on\", \"no\", \"yes\")",
    "numbers": "a mapping of word -> number",
    "integers": "a mapping of word -> whole number",
    "labels": "a mapping of word -> string",
    "word_lists": "a mapping of word -> list of strings",
    "pairs": "a mapping of word -> [low, high]",
    "section": "a mapping with the keys listed below",
    "effects": "a mapping of effect -> {before: [...], after: [...]}",
}

#: The effects a modifier may have (the keys of ``modifiers``).
EFFECTS = ("lower_closed", "lower_open", "upper_closed", "upper_open", "approx", "below", "above", "above_unit")


class TableSchemaError(InputError):
    """A language table does not follow :data:`SCHEMA`."""


@dataclass(frozen=True, slots=True)
class Key:
    """One key of a language table: its name, kind (see :data:`KINDS`), meaning, and whether it is required."""

    name: str
    kind: str
    meaning: str
    required: bool = False
    fields: tuple["Key", ...] = ()

    @property
    def accepts(self) -> str:
        """What a value of this key may be, in words."""
        return KINDS[self.kind]


def _k(name: str, kind: str, meaning: str, required: bool = False, fields: tuple[Key, ...] = ()) -> Key:
    return Key(name, kind, meaning, required, fields)


_SIDES = (
    _k("before", "words", "phrases before a number that give it this effect (\"at least\" 5)"),
    _k("after", "words", "phrases after a number that give it this effect (5 \"or more\")"),
)

_VAGUE = (
    _k("words", "numbers", "words that stand for an unstated count of about this size (Korean 수 'several')"),
    _k("plurals", "numbers", "plural scale words: \"hundreds\" means a few times this value"),
    _k("plural_direct", "flag", "a plural scale word applies to the number right before it"),
    _k("singular_after_bound", "flag", "after a bound, a plural-looking scale form is one of it (\"более тысяч\")"),
    _k("plural_needs_of", "words", "plurals that count only when followed by 'of' (\"tens of\")"),
    _k("plural_of", "words", "the word 'of' after a plural (\"thousands of\")"),
    _k("plural_suffixes", "words", "endings glued to digits that make a plural of that scale (\"1,000s\": thousands)"),
    _k("quantifiers", "words", "phrases that state a vague small count (\"several\", \"a few\")"),
    _k("alone", "words", "quantifiers that are a quantity even with no number after them"),
    _k("low_multiplier", "number", "a vague plural's range starts at this many times its value"),
    _k("high_multiplier", "number", "a vague plural's range ends just below this many times its value"),
)

_KEYS = (
    _k("lang", "text", "the language code; must equal the file's name", True),
    _k("name", "text", "the language's name, as shown in tables of results", True),
    _k("decimal_mark", "text", "the character that separates the decimals (\".\" or \",\")", True),
    _k("group_marks", "words", "characters that group thousands (\",\", a space, a thin space)", True),
    _k("numbers", "numbers", "number words that stand alone (units, teens)", True),
    _k("tens", "numbers", "number words for tens, which may take a unit (\"twenty five\")", True),
    _k("hundreds", "numbers", "number words for whole hundreds (\"триста\")"),
    _k("compound_bases", "word_lists", "a base word of compound numerals and its case forms: any case form of a unit joined to any of them is a compound (\"двохста\", \"двомастами\"), and a numeral ending in the base takes them too (\"дев'яностами\")"),
    _k("article_numbers", "numbers", "number words that need an article in front (\"a couple\")"),
    _k("articles", "words", "the indefinite articles (\"a\", \"an\")", True),
    _k("inner_and", "words", "words joining the parts of one spelled-out number (\"hundred and twelve\")", True),
    _k("decimal_word", "text", "the word read as a decimal point (\"point\")"),
    _k("whole_words", "words", "words after a whole number before a count of decimal places (\"целых\")"),
    _k("decimal_places", "numbers", "words naming a decimal place, and its size (\"десятых\" 10, \"сотых\" 100)"),
    _k("negative_words", "words", "words that make the next number negative (\"minus\")", True),
    _k("multipliers", "numbers", "words that multiply the number before them (\"hundred\", \"dozen\")", True),
    _k("multiplier_scope", "text", "what a multiplier applies to: 'group' (the group so far) or 'digit'", True),
    _k("big_scales", "numbers", "large scales that close a group (\"thousand\", \"million\")", True),
    _k("bare_scales", "flag", "a scale word alone is a number (\"тысяча\" = 1,000)"),
    _k("suffix_scales", "numbers", "scale letters written after digits (\"3k\", \"7М\")", True),
    _k("abbreviations", "words", "abbreviations that end with a full stop (\"тыс.\") which is not a sentence end"),
    _k("fractions", "integers", "fraction words and their denominators (\"half\" 2, \"third\" 3)", True),
    _k("fraction_plurals", "words", "plural fraction words (\"thirds\")"),
    _k("fraction_of", "words", "phrases between a fraction and its whole (\"of a\")", True),
    _k("plus_half", "words", "phrases after a number or scale adding half its last unit (\"and a half\")"),
    _k("spoken_hundreds", "flag", "a units word then a tens or teens word is said hundreds (\"one thirty five\")"),
    _k("clock_before", "words", "words before an hour and minutes said in words that make them a clock time (\"at\")"),
    _k("spaced_hyphen", "flag", "tens, a spaced hyphen and a units word are one number (\"sixty - one\")"),
    _k("plus_minus", "words", "marks between a number and its margin (\"±\"): [n − d, n + d]"),
    _k("currency_subunits", "numbers", "a currency's fractional unit and how many make one (\"cents\" 100)"),
    _k("half_word", "text", "the word for one half after a number (\"and a half\")", True),
    _k("fillers", "words", "words that may sit between a modifier and its number and mean nothing"),
    _k("modifiers", "effects", "phrases that make a number a bound or an approximation, by effect", True,
       _SIDES),
    _k("after_blockers", "words", "words after which a following 'after' modifier does not apply", True),
    _k("range_openers", "word_lists", "a word opening a range and the joins it accepts (\"between\" … \"and\")",
       True),
    _k("or_equal", "words", "words after a strict bound that take its number in when it is said again (\"or equal to\")"),
    _k("unordered_openers", "words", "range openers whose two ends may come in either order (\"between 20 and 10\")"),
    _k("range_joins", "words", "words or marks joining the two ends of a range (\"to\", \"-\")", True),
    _k("closed_joins", "word_lists", "a word joining two numbers into a range only when one of its closing words follows the second (Korean \"10과 20 사이\": between 10 and 20)"),
    _k("composite_joins", "words", "words joining a lower and an upper bound (\"and\")", True),
    _k("vague", "section", "vague quantities (\"hundreds\", \"several\")", True, _VAGUE),
    _k("zero_phrases", "words", "phrases that state a count of zero (\"no casualties\")", True),
    _k("indefinite_one", "words", "words that count one of something (\"a\", \"one\", \"single\")", True),
    _k("indefinite_not", "words", "words after an article that make it count nothing (\"a lot\")"),
    _k("percent_after", "labels", "words after a number that make it a share, and the share's unit", True),
    _k("age_after", "labels", "words after a number (or a range's second number) that make it an age, not a count, and the age's unit (\"years old\": \"years of age\")"),
    _k("age_words", "labels", "adjectives joined to a number by a hyphen that make it an age (or a length of time), in their dictionary form for a language whose forms are generated, and the unit (\"летний\": \"years of age\", so \"45-летнего\")"),
    _k("age_before", "labels", "words before a number, its hedges or its range opener, that make it an age, and the unit (\"aged\" over 60)"),
    _k("age_bands", "numbers", "counters after a number that make it a band of ages this wide when an age noun follows (Korean 80대 여성: 80 to 89)"),
    _k("age_band_unit", "text", "the unit of an age band"),
    _k("age_nouns", "words", "nouns for people after which a band counter is an age (Korean 여성)"),
    _k("anniversary_words", "words", "nouns joined to a number by a hyphen that name an anniversary, an ordinal, not a count (\"80-летие\"; the dictionary form for a language whose forms are generated)"),
    _k("ordinal_suffixes", "words", "suffixes that make a number an ordinal (\"st\", \"th\")", True),
    _k("ordinal_words", "words", "ordinal words, which are not counts (\"first\")", True),
    _k("change_words", "words", "verbs of change (the dictionary form for a language whose forms are generated, else every form): \"from X to Y\" right after one (or Y followed by one, \"X에서 Y로 늘었다\") is a change, two figures, not a range; a ceiling word that is also a range's \"to\" right after one says what a count changed to (\"зросла до 40\" is 40)", True),
    _k("months", "words", "month names: a number next to one is a date", True),
    _k("year_before", "words", "words before a four-digit number that make it a year", True),
    _k("year_after", "words", "words after a four-digit number that make it a year", True),
    _k("time_after", "words", "words after a number that make it a clock time (\"GMT\")", True),
    _k("hour_words", "words", "clock words after a number that make it a time only with four digits (\"1400 hours\")"),
    _k("time_before", "words", "words before a number that make it a clock time", True),
    _k("currency_symbols", "labels", "currency symbols and their ISO codes (\"$\" USD)", True),
    _k("currency_code_aliases", "labels", "currency codes written otherwise, and their ISO code (\"RMB\" CNY)"),
    _k("currency_codes", "words", "currency codes written as words (\"usd\")", True),
    _k("currency_words", "labels", "currency words after a number and their ISO codes (\"dollars\" USD)", True),
    _k("cldr_words_not", "words", "words CLDR names a unit or a currency by that a text uses otherwise after a number (\"mark\": \"the 1,000 mark\"): left out of tables/<lang>.cldr.json, with their generated forms"),
    _k("unit_words", "labels", "nouns after a number that make it a grade or level, not a count, in their dictionary form (every case generated into tables/<lang>.cldr.json for a language whose forms are generated), and the unit (\"степень\": \"grade\", so \"3 степени\")"),
    _k("unit_before", "labels", "words before a number that make it a measure, not a count, and the unit (\"magnitude\" 7.8, \"규모\" 7.8); the dictionary form for a language whose forms are generated"),
    _k("ordinal_prefixes", "words", "words glued before digits that make the number an ordinal, not a count (Korean 제: \"제2 도시\", the second city)"),
    _k("per_after", "words", "words after a number that make it what a rate is counted per, not a count (Korean \"1인당\": per person)"),
    _k("per_before", "words", "words before a number that make it what a rate is counted per, not a count (\"per 100,000 people\")"),
    _k("per_around", "word_lists", "a word before a number and the nouns after it that make the number what a rate is counted per, not a count (\"на\" … \"особу\": \"на одну особу\", per person); a noun that also follows a change (\"выросло на 12 человек\") is left out"),
    _k("suffix_scale_units", "words", "scale letters written after digits that are also a unit's symbol (\"m\": million and metres): the unit after an article (\"a 20m wall\"), before a hyphen (\"20m-high\") or before a word of unit_context, never with money (\"£20m\"); the scale otherwise (\"20m people\"); the unit itself is in unit_after"),
    _k("unit_context", "words", "words of size or distance after a number that make a suffix_scale_units letter the unit (\"high\", \"from\")"),
    _k("cldr_locales", "words", "the CLDR locales whose unit and currency names tables/<lang>.cldr.json is generated from, the first for currencies (default: the language's code; English adds British spellings, \"metres\")"),
    _k("unit_after", "labels", "units of measure after a number and the unit a range carries (\"km\": \"kilometer\"); generated from CLDR into tables/<lang>.cldr.json, a table may add its own"),
    _k("currency_words_before", "labels", "currency words before a number and their ISO codes"),
    _k("script_letters", "text", "letters found only in this language's script (tells uk from ru)"),
    _k("script_words", "words", "common words of this language only (tells uk from ru)"),
    _k("segment_from", "text", "words from this code point on are split into known pieces (Korean)"),
    _k("morphemes", "words", "the known pieces an agglutinated word is split into"),
    _k("glued_morphemes", "words", "pieces split off only inside a word glued to what precedes it: a word set apart by a space that opens with one is not split there (Korean 여 in \"3천여\" is more than, \"여전히\" is still)"),
    _k("particle_numbers", "words", "number words that, glued inside a word right after one of `particles_before`, are a particle and no number (Korean 만 in \"사이에만\" is only, not ten thousand)"),
    _k("particles_before", "words", "the particles after which a word of `particle_numbers` is a particle (Korean 에, 에서, 도 ...)"),
    _k("digit_counters", "words", "number words that are counters when glued right after digits (Korean 구: nine, and the counter for bodies in \"시신 3구\")"),
    _k("pair_words", "pairs", "words for a pair of numbers (Korean 두세 'two or three')"),
    _k("digit_words_need_scale", "flag", "single-digit words count only before a scale or counter"),
    _k("standalone_numbers", "words", "number words that stand alone even when digit words need a scale"),
    _k("scales_need_digits", "words", "scale words that count only after digits (Korean 조 in 9조; 구조 is a word)"),
    _k("number_counters", "words", "counters that make a lone digit word a number after it (Korean 칠 명)"),
    _k("needs_counter", "words", "number words that count only before a counter word"),
    _k("spelled_counters", "words", "counters of people after a number word set apart that are units after digits "
                                    "(Korean 분: '두 분' two people, '30분' thirty minutes)"),
    _k("tens_units", "words", "the only units words that may follow a tens word in one number (Korean native units "
                              "after native tens, 스물다섯; not the Sino-Korean 구 of '스무 구', a counter); none: any"),
    _k("denominator_markers", "words", "words marking a denominator (Korean 분의)"),
    _k("counters", "words", "counter words after a number (Korean 명, 마리)"),
    _k("attach_ok", "words", "suffixes that may stick to a number (Korean 여 'over')"),
    _k("date_suffixes", "words", "suffixes that make a number part of a date (Korean 일, 월)"),
    _k("starters", "words", "more words that may start a number phrase"),
    _k("examples", "labels", "one example phrase per convention, shown in the README and tested", True),
)

#: Every key a language table may hold, by name.
SCHEMA: dict[str, Key] = {key.name: key for key in _KEYS}


def _fail(table: str, message: str) -> None:
    # ``table`` is a table's name ("en"), or a label already saying what the table is ("scope table 'en'")
    label = table if " " in table else f"language table {table!r}"
    raise TableSchemaError(f"{label}: {message}")


def _unknown(table: str, where: str, key: object, allowed: list[str]) -> None:
    close = difflib.get_close_matches(str(key), allowed, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    home = "its schema" if " " in table else "analysis/normalise/table_schema.py"
    _fail(table, f"unknown key {where + str(key)!r}{hint}; accepted keys (a new key goes in "
                 f"{home}): {', '.join(allowed)}")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_value(table: str, key: Key, value: Any, path: str) -> None:
    kind = key.kind

    def wrong(detail: str = "") -> None:
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        _fail(table, f"key {path!r} ({key.meaning}) must be {key.accepts}{detail}; found {shown}")

    if kind == "text":
        if not isinstance(value, str):
            wrong()
    elif kind == "flag":
        if not isinstance(value, bool):
            wrong()
    elif kind == "number":
        if not _is_number(value):
            wrong()
    elif kind == "words":
        if not isinstance(value, list):
            wrong()
        for item in value:
            if not isinstance(item, str):
                wrong(f" (item {item!r} is not a string)")
    elif kind == "section":
        if not isinstance(value, dict):
            wrong()
        _check_mapping(table, value, {f.name: f for f in key.fields}, f"{path}.")
    elif kind == "effects":
        if not isinstance(value, dict):
            wrong()
        for effect, sides in value.items():
            if effect not in EFFECTS:
                _unknown(table, f"{path}.", effect, list(EFFECTS))
            if not isinstance(sides, dict):
                wrong(f" ({effect!r} is not a mapping)")
            _check_mapping(table, sides, {f.name: f for f in key.fields}, f"{path}.{effect}.")
    else:  # a mapping of word -> something
        if not isinstance(value, dict):
            wrong()
        for word, item in value.items():
            if not isinstance(word, str):
                wrong(f" (key {word!r} is not a string)")
            ok = {
                "numbers": _is_number(item),
                "integers": isinstance(item, int) and not isinstance(item, bool),
                "labels": isinstance(item, str),
                "word_lists": isinstance(item, list) and all(isinstance(w, str) for w in item),
                "pairs": isinstance(item, list) and len(item) == 2 and all(_is_number(v) for v in item),
            }[kind]
            if not ok:
                wrong(f" (the value of {word!r} is {item!r})")


def _check_mapping(table: str, data: dict, schema: dict[str, Key], where: str) -> None:
    for name in data:
        if name not in schema:
            _unknown(table, where, name, list(schema))
    for key in schema.values():
        if key.name not in data:
            if key.required:
                needed = ", ".join(k.name for k in schema.values() if k.required)
                _fail(table, f"missing required key {where + key.name!r} ({key.meaning}); "
                             f"a table must have: {needed}")
            continue
        _check_value(table, key, data[key.name], where + key.name)


def check_keys(data: Any, keys: tuple[Key, ...], label: str) -> dict[str, Any]:
    """Check any table of data against a tuple of :class:`Key`; return it unchanged.

    The one checker for every per-language table of the package (the normaliser's, and the
    tables of other layers, such as the scope cues of :mod:`analysis.claims.scope`): an unknown
    key, a missing required key or a value of the wrong kind raises :class:`TableSchemaError`
    starting with ``label``.

    Examples
    --------
    >>> keys = (Key("months", "words", "month names", True),)
    >>> check_keys({"months": ["may"]}, keys, "scope table 'en'")
    {'months': ['may']}
    >>> check_keys({"monts": []}, keys, "scope table 'en'")
    Traceback (most recent call last):
    ...
    analysis.normalise.table_schema.TableSchemaError: scope table 'en': unknown key 'monts'; did you mean 'months'?; accepted keys (a new key goes in its schema): months
    """
    if " " not in label:
        raise ValueError(f"label {label!r} must say what the table is, e.g. \"scope table 'en'\"")
    if not isinstance(data, dict):
        _fail(label, f"must be a mapping of keys to values; found {type(data).__name__}")
    _check_mapping(label, data, {key.name: key for key in keys}, "")
    return data


def check_table(data: Any, table: str) -> dict[str, Any]:
    """Check a parsed language table against :data:`SCHEMA`; return it unchanged.

    Parameters
    ----------
    data
        The table as read from YAML.
    table
        The table's name (its language code), used in error messages.

    Raises
    ------
    TableSchemaError
        For an unknown key, a missing required key, or a value of the wrong type.

    Examples
    --------
    >>> from analysis.safe_io import read_yaml
    >>> from importlib import resources
    >>> text = resources.files("analysis.normalise").joinpath("tables", "en.yaml").read_text("utf-8")
    >>> check_table(read_yaml("en.yaml", text=text), "en")["lang"]
    'en'
    """
    if not isinstance(data, dict):
        _fail(table, f"must be a mapping of keys to values; found {type(data).__name__}")
    _check_mapping(table, data, SCHEMA, "")
    if data["lang"] != table:
        _fail(table, f"key 'lang' must be the file's language code {table!r}; found {data['lang']!r}")
    return data


def describe() -> str:
    """The schema as Markdown lines: one per key, with its type and meaning.

    Examples
    --------
    >>> print(describe().splitlines()[0])
    - `lang` (required, a string): the language code; must equal the file's name
    """
    lines = []
    for key in _KEYS:
        need = "required, " if key.required else ""
        lines.append(f"- `{key.name}` ({need}{key.accepts}): {key.meaning}")
        for sub in key.fields:
            lines.append(f"  - `{sub.name}` ({sub.accepts}): {sub.meaning}")
    return "\n".join(lines)
