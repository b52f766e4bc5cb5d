"""Language tables: load ``analysis/languages/<lang>.yaml`` and compile it for the parser.

A table is data (words and what they do); this module turns it into the lookups
the shared parsing code needs (the tokenizer it inherits is in :mod:`.tokens`). Nothing happens at import time:
a table is read the first time its language is asked for, then cached.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from collections.abc import Iterator
from typing import Any

from ..safe_io import read_yaml
from .table_schema import EFFECTS, check_table

from .cldr import merge_cldr
from .inflect import compound_forms, merge_forms
from .tokens import VULGAR_FRACTIONS, Phrase, Token, Tokenizer, _token_pattern

LANGUAGES = ("en", "uk", "ru", "ko")



@dataclass(frozen=True)
class Lexicon(Tokenizer):
    """One language's table, compiled. Built by :func:`lexicon`; read by the normaliser."""

    lang: str
    name: str
    table: dict[str, Any]
    token_re: re.Pattern[str]
    decimal_mark: str
    group_marks: str
    numbers: dict[str, float]
    tens: dict[str, float]
    hundreds: dict[str, float]
    standalone_numbers: frozenset[str]
    needs_counter: frozenset[str]
    spelled_counters: frozenset[str]
    tens_units: frozenset[str]
    fillers: frozenset[str]
    vague_words: dict[str, float]
    plural_direct: bool
    date_suffixes: frozenset[str]
    article_numbers: dict[str, float]
    articles: frozenset[str]
    inner_and: frozenset[str]
    decimal_word: str
    negative_words: frozenset[str]
    multipliers: dict[str, float]
    multiplier_scope: str
    big_scales: dict[str, float]
    bare_scales: bool
    suffix_scales: dict[str, float]
    fractions: dict[str, int]
    fraction_plurals: frozenset[str]
    denominator_markers: frozenset[str]
    pair_words: dict[str, tuple[float, float]]
    fraction_of: dict[str, list[tuple[Phrase, None]]]
    half_word: str
    before: dict[str, list[tuple[Phrase, str]]]
    after: dict[str, list[tuple[Phrase, str]]]
    openers: dict[str, list[tuple[Phrase, frozenset[Phrase]]]]
    joins: frozenset[Phrase]
    closed_joins: dict[Phrase, frozenset[str]]  # a join that needs a closing word after the second number
    composite_joins: frozenset[Phrase]
    vague_plurals: dict[str, float]
    plural_needs_of: frozenset[str]
    plural_of: frozenset[str]
    quantifiers: dict[str, list[tuple[Phrase, None]]]
    quantifiers_alone: frozenset[Phrase]
    vague_low: float
    vague_high: float
    zero_phrases: dict[str, list[tuple[Phrase, None]]]
    indefinite_one: frozenset[str]
    percent_after: dict[str, list[tuple[Phrase, str]]]
    ordinal_suffixes: frozenset[str]
    ordinal_words: frozenset[str]
    months: frozenset[str]
    year_before: frozenset[str]
    year_after: frozenset[str]
    time_after: dict[str, list[tuple[Phrase, None]]]
    time_before: frozenset[str]
    currency_symbols: dict[str, str]
    currency_codes: frozenset[str]
    currency_words: dict[str, list[tuple[Phrase, str]]]
    currency_words_before: dict[str, list[tuple[Phrase, str]]]
    counters: dict[str, list[tuple[Phrase, None]]]
    attach_ok: frozenset[str]
    after_blockers: frozenset[str]
    change_words: frozenset[str]
    morphemes: frozenset[str]
    morpheme_max: int
    segment_scripts: str
    digit_words_need_scale: bool
    starters: frozenset[str] = field(default_factory=frozenset)
    spaced_digits: re.Pattern[str] | None = None
    continuers: frozenset[str] = frozenset()
    sign_words: frozenset[str] = frozenset()
    single_cache: dict[str, tuple[str, str, bool]] = field(default_factory=dict, compare=False, repr=False)
    vocab: frozenset[str] = frozenset()
    before_any: frozenset[str] = frozenset()
    lone_digit_words: frozenset[str] = frozenset()  # digit words that count only with a scale or counter after them
    plain_counters: frozenset[str] = frozenset()  # counters that start nothing else ("명"): skipped on the fast path
    quiet_before: frozenset[str] = frozenset()  # before_any and the comma ("about, 60"): a word before a number that may change it
    group_table: dict[int, None] = field(default_factory=dict, compare=False, repr=False)
    abbreviations: frozenset[str] = frozenset()
    script_letters: frozenset[str] = frozenset()
    script_words: frozenset[str] = frozenset()
    chunk_cache: dict[str, tuple[tuple[Token, ...], bool]] = field(default_factory=dict, compare=False, repr=False)
    indefinite_not: frozenset[str] = frozenset()
    examples: dict[str, str] = field(default_factory=dict)
    plus_half: dict[str, list[tuple[Phrase, None]]] = field(default_factory=dict)
    singular_after_bound: bool = False
    spoken_hundreds: bool = False
    number_counters: frozenset[str] = frozenset()
    scales_need_digits: frozenset[str] = frozenset()
    spaced_hyphen: bool = False
    plus_minus: dict[str, list[tuple[Phrase, None]]] = field(default_factory=dict)
    subunits: dict[str, float] = field(default_factory=dict)
    whole_words: frozenset[str] = frozenset()
    clock_before: frozenset[str] = frozenset()
    after_any: frozenset[str] = frozenset()
    plural_suffixes: frozenset[str] = frozenset()
    plural_units: frozenset[float] = frozenset()
    or_equal: dict[str, list[tuple[Phrase, None]]] = field(default_factory=dict)
    hour_words: frozenset[str] = frozenset()
    age_before: dict[str, list[tuple[Phrase, str]]] = field(default_factory=dict)  # "aged" 45: an age, with its unit
    age_bands: dict[str, float] = field(default_factory=dict)  # "80대 여성": counter -> width of the band of ages
    age_band_unit: str = ""
    age_nouns: frozenset[str] = frozenset()  # the nouns after which a band is an age
    unordered_openers: frozenset[str] = frozenset()
    currency_aliases: dict[str, str] = field(default_factory=dict)
    single_joins: frozenset[str] = frozenset()
    decimal_places: dict[str, float] = field(default_factory=dict)
    glued_morphemes: frozenset[str] = frozenset()  # pieces split off a word only when it is glued to what precedes it
    particle_numbers: frozenset[str] = frozenset()  # number words that are a particle glued after another particle
    particles_before: frozenset[str] = frozenset()  # the particles after which they are (Korean 에 + 만: "only")
    ordinal_prefixes: frozenset[str] = frozenset()  # glued before digits, an ordinal (Korean 제2: the second)
    per_after: frozenset[str] = frozenset()  # words after a number that make it what a rate is per ("1인당")
    per_before: frozenset[str] = frozenset()  # words before a number that make it what a rate is per ("per")
    per_around: dict[str, frozenset[str]] = field(default_factory=dict)  # "на" 1 "особу": per person
    suffix_scale_units: frozenset[str] = frozenset()  # scale letters that are also a unit's symbol ("m")
    unit_context: frozenset[str] = frozenset()  # words of size or distance after which such a letter is the unit
    measure_units: frozenset[str] = frozenset()  # the units of measure ("kilometer"): a number with one is no count
    digit_counters: frozenset[str] = frozenset()  # number words that are counters right after digits (Korean 3구)

    def number_value(self, raw: str) -> int | Decimal:
        """The value of a digit string written in this language's style.

        Examples
        --------
        >>> lexicon("en").number_value("12,000")
        12000
        >>> lexicon("en").number_value("1.5")
        Decimal('1.5')
        """
        if raw.isdigit():
            return int(raw)
        if raw[-1] in VULGAR_FRACTIONS:
            units = int(raw[:-1]) if raw[:-1] else 0  # (own name: ``whole`` below is a str)
            return Decimal(units) + Decimal(str(unicodedata.numeric(raw[-1]))).quantize(Decimal("0.0001"))
        dec = self.decimal_mark
        if dec not in raw and "." not in raw:
            return int(raw.translate(self.group_table))
        digits = raw
        if dec in digits:
            whole, _, frac = digits.rpartition(dec)
            if dec != "." and "." in frac:
                whole, frac = digits, ""
        else:
            whole, frac = digits, ""
        for mark in self.group_marks:
            if mark in whole:
                parts = whole.split(mark)
                if mark == "." and any(len(part) != 3 for part in parts[1:]):
                    # "3.5" in a text that writes decimal commas: a decimal point after all
                    whole, frac = parts[0], "".join(parts[1:])
                    break
                whole = whole.replace(mark, "")
        if frac:
            return Decimal(f"{whole or 0}.{frac}")
        return int(whole)


def _phrases(lex_tokenize, items) -> list[Phrase]:
    out = []
    for item in items or []:
        toks = lex_tokenize(str(item))
        if toks:
            out.append(tuple(t[1] for t in toks))
    return out


def _index_last(entries: list[tuple[Phrase, Any]]) -> dict[str, list[tuple[Phrase, Any]]]:
    index: dict[str, list[tuple[Phrase, Any]]] = {}
    for phrase, value in entries:
        index.setdefault(phrase[-1], []).append((phrase, value))
    for bucket in index.values():
        bucket.sort(key=lambda pv: -len(pv[0]))
    return index


def _index_first(entries: list[tuple[Phrase, Any]]) -> dict[str, list[tuple[Phrase, Any]]]:
    index: dict[str, list[tuple[Phrase, Any]]] = {}
    for phrase, value in entries:
        index.setdefault(phrase[0], []).append((phrase, value))
    for bucket in index.values():
        bucket.sort(key=lambda pv: -len(pv[0]))
    return index


def _index_plain(phrases: list[Phrase], first: bool = True) -> dict[str, list[tuple[Phrase, None]]]:
    """Phrases by their first (or last) token, longest first, in the shape the matchers read."""
    entries = [(phrase, None) for phrase in phrases]
    return _index_first(entries) if first else _index_last(entries)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The compiled table of a language (``en``, ``uk``, ``ru``, ``ko``), cached.

    Raises
    ------
    InputError
        When there is no table for ``lang``.

    Examples
    --------
    >>> lexicon("en").big_scales["million"]
    1000000.0
    """
    if lang not in LANGUAGES:
        from ..errors import InputError

        raise InputError(f"no language table for {lang!r}; use one of: {', '.join(LANGUAGES)}, auto")
    return compile_table(load_table(lang))



def table_strings(node: object) -> Iterator[str]:
    """Every string of a table (keys and values, nested), depth first.

    Examples
    --------
    >>> list(table_strings({"hedges": ["about", "around"], "numbers": {"one": 1}}))
    ['hedges', 'about', 'around', 'numbers', 'one']
    """
    if isinstance(node, dict):
        for key, value in node.items():
            yield from table_strings(key)
            yield from table_strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from table_strings(item)
    elif isinstance(node, str):
        yield node


def load_table(lang: str) -> dict[str, Any]:
    """Read the table of ``lang`` (with :func:`analysis.safe_io.read_yaml`) and check it against the schema.

    Raises
    ------
    TableSchemaError
        When the table has an unknown key, lacks a required one, or holds a value of the wrong type.

    Examples
    --------
    >>> load_table("uk")["decimal_mark"]
    ','
    """
    source = resources.files("analysis.normalise").joinpath("tables", f"{lang}.yaml").read_text(encoding="utf-8")
    # with every inflected form of its number words, and the units and currencies of CLDR
    return merge_cldr(merge_forms(
        check_table(read_yaml(f"analysis/normalise/tables/{lang}.yaml", what="language table", text=source), lang)))


def compile_table(table: dict[str, Any]) -> Lexicon:
    """Compile a parsed language table into a :class:`Lexicon`."""
    token_re = _token_pattern(table)
    seg = table.get("segment_from", "")
    # a noun an age band may qualify is a known piece of an agglutinated word ("여성이": 여성, 이)
    morphemes = frozenset(str(m) for m in table.get("morphemes", [])) | (
        frozenset(str(w) for w in table.get("age_nouns") or []) if table.get("segment_from") else frozenset())

    base = Lexicon.__new__(Lexicon)
    object.__setattr__(base, "token_re", token_re)
    object.__setattr__(base, "segment_scripts", seg)
    object.__setattr__(base, "morphemes", morphemes)
    object.__setattr__(base, "morpheme_max", max((len(m) for m in morphemes), default=1))
    object.__setattr__(base, "glued_morphemes", frozenset(str(m) for m in table.get("glued_morphemes") or []))
    object.__setattr__(base, "particle_numbers", frozenset(str(m) for m in table.get("particle_numbers") or []))
    object.__setattr__(base, "particles_before", frozenset(str(m) for m in table.get("particles_before") or []))
    object.__setattr__(base, "spaced_digits", None)
    object.__setattr__(base, "chunk_cache", {})
    object.__setattr__(base, "single_cache", {})
    object.__setattr__(base, "vocab", frozenset())  # (the field's default, set: a compiled class has no class-level one)
    tok = base.tokenize  # the tokenizer is all that phrase splitting needs

    def floats(d):
        return {str(k).lower(): float(v) for k, v in (d or {}).items()}

    modifiers_before, modifiers_after = [], []
    for effect, where in (table.get("modifiers") or {}).items():
        if effect not in EFFECTS:
            raise ValueError(f"unknown modifier effect {effect!r} in the {table.get('lang')} table")
        where = where or {}
        for phrase in _phrases(tok, where.get("before")):
            modifiers_before.append((phrase, effect))
        for phrase in _phrases(tok, where.get("after")):
            modifiers_after.append((phrase, effect))
    openers = []
    for opener, joins in (table.get("range_openers") or {}).items():
        for phrase in _phrases(tok, [opener]):
            openers.append((phrase, frozenset(_phrases(tok, joins))))
    vague = table.get("vague") or {}
    not_cldr = {str(w).lower() for w in table.get("cldr_words_not") or []}
    currency_words = [(p, code) for word, code in (table.get("currency_words") or {}).items()
                      if str(word).lower() not in not_cldr for p in _phrases(tok, [word])]
    # units of measure after a number ("20 км", "40 miles"): read like a share's unit, never a count
    units_after = [(p, str(u)) for w, u in (table.get("unit_after") or {}).items()
                   if str(w).lower() not in not_cldr for p in _phrases(tok, [w])]
    currency_before = [(p, code) for word, code in (table.get("currency_words_before") or {}).items()
                       for p in _phrases(tok, [word])]
    numbers = floats(table.get("numbers"))
    tens = floats(table.get("tens"))
    hundreds = floats(table.get("hundreds"))
    compounds = compound_forms(table)  # "двохста", "дев'яностами": case forms built by the table's rule
    for section, built in ((numbers, compounds["numbers"]), (tens, compounds["tens"]), (hundreds, compounds["hundreds"])):
        section.update(built)
    vague_words = floats(vague.get("words"))
    multipliers = floats(table.get("multipliers"))
    big_scales = floats(table.get("big_scales"))
    article_numbers = floats(table.get("article_numbers"))
    vague_plurals = floats(vague.get("plurals"))
    quantifier_phrases = _phrases(tok, vague.get("quantifiers"))
    zero = _phrases(tok, table.get("zero_phrases"))
    fractions = {str(k).lower(): int(v) for k, v in (table.get("fractions") or {}).items()}
    articles = frozenset(str(a).lower() for a in table.get("articles", []))
    negative_words = frozenset(str(a).lower() for a in table.get("negative_words", []))
    suffix_scales = {str(k): float(v) for k, v in (table.get("suffix_scales") or {}).items()}
    counters = _phrases(tok, table.get("counters"))
    # ages: words after a number ("years old", "세"), hyphenated adjectives in every form ("45-летний"),
    # and words before it ("aged", "в возрасте"), each with its unit; read like a share's unit
    ages_after = [(p, str(u)) for w, u in (table.get("age_after") or {}).items() for p in _phrases(tok, [w])]
    ages_after += [(p, str(u)) for w, u in (table.get("age_words") or {}).items()
                   for p in _phrases(tok, ["-" + str(w)])]
    ages_before = [(p, str(u)) for w, u in (table.get("age_before") or {}).items() for p in _phrases(tok, [w])]
    # a measure named before its number ("magnitude 7.8", "규모 7.8", "категории 5"): read like "aged 45"
    units_before = [(p, str(u)) for w, u in (table.get("unit_before") or {}).items() for p in _phrases(tok, [w])]
    ages_before += units_before
    starters = set(numbers) | set(tens) | set(hundreds) | set(vague_words) | set(table.get("pair_words") or {}) | set(articles) | set(vague_plurals) | set(negative_words)
    starters |= {p[0] for p in quantifier_phrases} | {p[0] for p in zero} | set(fractions)
    starters |= set(multipliers) | set(big_scales) | {str(w).lower() for w in table.get("indefinite_one", [])}
    starters |= set(str(w).lower() for w in table.get("starters", []))
    if table.get("decimal_word"):
        starters.add(str(table["decimal_word"]).lower())

    def words(key):
        return frozenset(str(w).lower() for w in table.get(key, []) or [])

    vocab = {t[1] for text in table_strings({k: v for k, v in table.items() if k not in ("lang", "name", "examples")})
             for t in tok(text)} | {w for built in compounds.values() for w in built}
    spaces = "".join(m for m in table.get("group_marks", []) if m.isspace())
    spaced_digits = re.compile(rf"\d(?:[{re.escape(spaces)}]\d{{3}})+") if spaces else None

    after_words = (frozenset(p[0] for p, _ in modifiers_after + currency_words)
                   | {p[0] for p in _phrases(tok, table.get("range_joins"))}
                   | {p[0] for p in _phrases(tok, list(table.get("closed_joins") or {}))}
                   | {p[0] for w in (table.get("percent_after") or {}) for p in _phrases(tok, [w])}
                   | {p[0] for p, _ in ages_after} | set(floats(table.get("age_bands")))
                   | {p[0] for p, _ in units_after}
                   | {p[0] for p in _phrases(tok, table.get("plus_minus"))}
                   | {p[0] for p in _phrases(tok, table.get("composite_joins"))}
                   | {p[0] for p in _phrases(tok, table.get("or_equal"))})
    fields = dict(
        lang=table["lang"], name=table.get("name", table["lang"]), table=table, token_re=token_re,
        decimal_mark=table.get("decimal_mark", "."), group_marks="".join(table.get("group_marks", [","])),
        numbers=numbers, tens=tens, hundreds=hundreds, standalone_numbers=words("standalone_numbers"),
        needs_counter=words("needs_counter"), spelled_counters=words("spelled_counters"),
        tens_units=words("tens_units"), fillers=words("fillers"), vague_words=vague_words,
        plural_direct=bool(vague.get("plural_direct", False)), date_suffixes=words("date_suffixes"), article_numbers=article_numbers, articles=articles,
        inner_and=words("inner_and"), decimal_word=str(table.get("decimal_word", "")).lower(),
        negative_words=negative_words, multipliers=multipliers,
        multiplier_scope=table.get("multiplier_scope", "group"), big_scales=big_scales,
        bare_scales=bool(table.get("bare_scales", False)), suffix_scales=suffix_scales,
        fractions=fractions, fraction_plurals=words("fraction_plurals"),
        denominator_markers=words("denominator_markers"),
        pair_words={str(k): (float(v[0]), float(v[1])) for k, v in (table.get("pair_words") or {}).items()}, fraction_of=_index_plain(_phrases(tok, table.get("fraction_of"))),
        half_word=str(table.get("half_word", "")).lower(),
        before=_index_last(modifiers_before), after=_index_first(modifiers_after),
        openers=_index_last(openers), joins=frozenset(_phrases(tok, table.get("range_joins"))),
        closed_joins={p: frozenset(str(c).lower() for c in closers) for join, closers in
                      (table.get("closed_joins") or {}).items() for p in _phrases(tok, [join])},
        composite_joins=frozenset(_phrases(tok, table.get("composite_joins"))),
        vague_plurals=vague_plurals, plural_needs_of=frozenset(vague.get("plural_needs_of", [])),
        plural_suffixes=frozenset(str(w).lower() for w in vague.get("plural_suffixes") or []),
        plural_units=frozenset(v for v in vague_plurals.values() if v >= 100),
        plus_half=_index_plain(_phrases(tok, table.get("plus_half"))),
        singular_after_bound=bool(vague.get("singular_after_bound", False)),
        spoken_hundreds=bool(table.get("spoken_hundreds", False)),
        number_counters=words("number_counters"),
        scales_need_digits=words("scales_need_digits"),
        spaced_hyphen=bool(table.get("spaced_hyphen", False)),
        plus_minus=_index_plain(_phrases(tok, table.get("plus_minus"))),
        subunits=floats(table.get("currency_subunits")),
        or_equal=_index_plain(_phrases(tok, table.get("or_equal"))),
        hour_words=words("hour_words"), unordered_openers=frozenset(" ".join(p) for p in _phrases(tok, table.get("unordered_openers"))),
        currency_aliases={str(k).lower(): str(v) for k, v in (table.get("currency_code_aliases") or {}).items()},
        # the one-word joins of a range, alone or after an opener ("to", "and", "-")
        single_joins=frozenset(p[0] for p in _phrases(tok, table.get("range_joins")) if len(p) == 1)
        | frozenset(p[0] for joins in (table.get("range_openers") or {}).values() for p in _phrases(tok, joins)
                    if len(p) == 1),
        whole_words=words("whole_words"), clock_before=words("clock_before"), decimal_places=floats(table.get("decimal_places")),
        glued_morphemes=frozenset(str(m) for m in table.get("glued_morphemes") or []),
        particle_numbers=frozenset(str(m) for m in table.get("particle_numbers") or []),
        particles_before=frozenset(str(m) for m in table.get("particles_before") or []),
        digit_counters=words("digit_counters"),
        plural_of=frozenset(p[0] for p in _phrases(tok, vague.get("plural_of"))),
        quantifiers=_index_plain(quantifier_phrases),
        quantifiers_alone=frozenset(_phrases(tok, vague.get("alone"))),
        vague_low=float(vague.get("low_multiplier", 2)), vague_high=float(vague.get("high_multiplier", 10)),
        zero_phrases=_index_plain(zero), indefinite_one=words("indefinite_one"),
        percent_after=_index_first([(p, str(u)) for w, u in (table.get("percent_after") or {}).items()
                                    for p in _phrases(tok, [w])] + ages_after + units_after),
        measure_units=frozenset(u for _, u in units_after + units_before),
        suffix_scale_units=frozenset(str(w) for w in table.get("suffix_scale_units") or []),
        unit_context=words("unit_context"), per_after=words("per_after"), per_before=words("per_before"), ordinal_prefixes=words("ordinal_prefixes"),
        per_around={str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in (table.get("per_around") or {}).items()},
        age_before=_index_last(ages_before), age_bands=floats(table.get("age_bands")),
        age_band_unit=str(table.get("age_band_unit", "")), age_nouns=words("age_nouns"),
        # an anniversary ("80-летие") is an ordinal, not a count
        ordinal_suffixes=frozenset(table.get("ordinal_suffixes", []) or []) | words("anniversary_words"), ordinal_words=words("ordinal_words"),
        months=words("months"), year_before=words("year_before"), year_after=words("year_after"),
        time_after=_index_plain(_phrases(tok, table.get("time_after"))), time_before=words("time_before"),
        currency_symbols={str(k).lower(): v for k, v in (table.get("currency_symbols") or {}).items()},
        currency_codes=frozenset(str(c).lower() for c in table.get("currency_codes", []) or []),
        currency_words=_index_first(currency_words), currency_words_before=_index_last(currency_before),
        counters=_index_plain(counters), attach_ok=frozenset(table.get("attach_ok", []) or []),
        after_blockers=words("after_blockers"), change_words=words("change_words"),
        morphemes=morphemes, morpheme_max=max((len(m) for m in morphemes), default=1), segment_scripts=seg,
        digit_words_need_scale=bool(table.get("digit_words_need_scale", False)),
        starters=frozenset(starters), spaced_digits=spaced_digits,
        continuers=frozenset(set(multipliers) | set(big_scales) | set(numbers) | set(tens) | set(hundreds)
                             | words("inner_and") | set(fractions) | {"-", "‐", "‑"}
                             | {str(table.get("decimal_word", "")).lower()} | words("date_suffixes")
                             | words("denominator_markers") | words("whole_words")
                             | {p[0] for p in _phrases(tok, table.get("plus_half"))}) - {""},
        indefinite_not=words("indefinite_not"), examples={str(k): str(v) for k, v in (table.get("examples") or {}).items()},
        abbreviations=words("abbreviations"), vocab=frozenset(vocab),
        script_letters=frozenset(str(table.get("script_letters", ""))), script_words=words("script_words"),
        group_table={ord(m): None for m in "".join(table.get("group_marks", [","]))},
        before_any=frozenset(p[-1] for p, _ in modifiers_before + openers) | words("fillers"),
        quiet_before=frozenset(p[-1] for p, _ in modifiers_before + openers + ages_before) | words("fillers") | {","},
        # the first word of anything that can follow a number and change what it states
        after_any=after_words | {p[0] for p in counters},
        plain_counters=frozenset(p[0] for p in counters if len(p) == 1) - after_words,
        lone_digit_words=frozenset(numbers) - words("standalone_numbers")
        if table.get("digit_words_need_scale") else frozenset(),
        sign_words=words("negative_words") | {"-", "−", "–"},
    )
    return Lexicon(**fields)
