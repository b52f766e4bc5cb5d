"""Every grammatical form of the number words of a table, generated once from a morphological dictionary.

Russian and Ukrainian numerals change with case ("триста", "трёхсот", "трёмстам", "тремястами",
"трёхстах"); listing each form by hand misses some. The language table lists one or more forms of
each numeral (``numbers``, ``tens``, ``hundreds``, ``multipliers``, ``big_scales``); this module asks
``pymorphy3`` for the whole paradigm of each and writes the forms the table does not list yet to
``tables/<lang>.forms.json``, committed next to the table. Reading that file costs about a
millisecond (0.1 to 1 ms, measured on 25 November 2026 on a shared 2-core machine); loading the
dictionary and asking it for every paradigm costs 0.25 to 0.3 s per language, as much again as the
rest of loading a table (its YAML, read with the pure-Python loader that refuses aliases, takes most
of the 0.1 to 0.3 s ``lexicon()`` spends once per language and process). So the dictionary is used
only here, when the generated file is rebuilt (the extractor loads it for its own lemmas)::

    python -m analysis.normalise.inflect          # rewrite tables/ru.forms.json and uk.forms.json

``tests/test_normaliser_forms.py`` checks that the committed files are what this module generates.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

# the sections of a table whose words are inflected, and the part of speech of their entries
SECTIONS = {"numbers": "NUMR", "tens": "NUMR", "hundreds": "NUMR", "multipliers": "NOUN", "big_scales": "NOUN"}
INFLECTED = ("ru", "uk")  # the languages pymorphy3 has dictionaries for, among ours


def forms_path(lang: str) -> Path:
    """Where the generated forms of a language are kept."""
    return Path(str(resources.files("analysis.normalise").joinpath("tables", f"{lang}.forms.json")))


def generate(table: dict[str, Any]) -> dict[str, Any]:
    """The inflected forms of a table's number words that the table does not list, by section.

    A form takes the value of the listed word it is a form of; a form already listed in any
    section is left to the table (the hand-written entry wins), and a form two different values
    claim is left out. A form spelled with "ё" is also given with "е", as most texts write it.
    """
    import pymorphy3  # only needed to rebuild the generated file

    morph = pymorphy3.MorphAnalyzer(lang=table["lang"])
    listed = {str(w).lower() for section in SECTIONS for w in (table.get(section) or {})}
    found: dict[str, tuple[str, float]] = {}
    clash: set[str] = set()
    # an abbreviation's dictionary entry is another word ("тис" is a yew tree): it has no forms of its own
    abbreviations = {str(w).lower() for w in table.get("abbreviations") or []}
    for section, pos in SECTIONS.items():
        for word, value in (table.get(section) or {}).items():
            if str(word).lower() in abbreviations:
                continue
            parses = morph.parse(str(word).lower())
            # the part of speech of the section; for a word the dictionary never calls that ("нуль" is
            # a noun, Russian "один" an adjective), the word's own lexeme
            own = not any(p.tag.POS == pos for p in parses)
            # a word that is the dictionary form of a declining lexeme of that part of speech is read
            # in that lexeme only: "пара" (a pair) is not also the genitive of "пар" (steam, "паром");
            # a word that is only an inflected form ("півмільйона") keeps the lexemes it is a form of
            lemma = [p for p in parses if p.tag.POS == pos and p.normal_form == str(word).lower()
                     and len({f.word for f in p.lexeme}) > 1]
            if lemma:
                parses = lemma
            for parse in parses:
                if parse.tag.POS != pos and not (own and parse.normal_form == str(word).lower()
                                                 and parse.tag.POS in ("NOUN", "ADJF")):
                    continue
                for form in parse.lexeme:
                    if parse.tag.POS != pos and "plur" in form.tag:
                        continue  # a noun or adjective counts in the singular: "одни", "нулей", "пары" are not 1, 0, 2
                    if pos == "NOUN" and "plur" in form.tag and any(
                            p.normal_form == form.word != parse.normal_form for p in morph.parse(form.word)):
                        continue  # a plural that is also another word's dictionary form: "пар" is steam, not pairs
                    if section == "multipliers" and "plur" in form.tag and {"datv", "ablt", "loct"} & form.tag.grammemes:
                        continue  # "парами", "сотнями": in pairs, by the hundreds, or another noun ("парами", vapours)
                    for spelling in {form.word, form.word.replace("ё", "е")}:
                        if spelling in listed:
                            continue
                        if spelling in found and found[spelling] != (section, float(value)):
                            clash.add(spelling)
                        found.setdefault(spelling, (section, float(value)))
    out: dict[str, Any] = {section: {} for section in SECTIONS}
    for form, (section, value) in sorted(found.items()):
        if form not in clash:
            out[section][form] = value
    # ordinal words in every case and gender ("двадцать первого" is an ordinal, not 20 and 1)
    ordinals = {str(w).lower() for w in table.get("ordinal_words") or []}
    forms: set[str] = set()
    for word in sorted(ordinals):
        for parse in morph.parse(word):
            if parse.tag.POS == "ADJF":
                forms |= {f.word for f in parse.lexeme} | {f.word.replace("ё", "е") for f in parse.lexeme}
    out["ordinal_words"] = sorted(forms - ordinals - set(found) - listed)
    # verbs of change in every form ("зросла", "зросли", "зростає" from "зрости")
    verbs = {str(w).lower() for w in table.get("change_words") or []}
    changes: set[str] = set()
    for word in sorted(verbs):
        for parse in morph.parse(word):
            if (parse.tag.POS == "INFN" or "infn" in str(parse.tag)) and parse.normal_form == word:
                changes |= {f.word for f in parse.lexeme} | {f.word.replace("ё", "е") for f in parse.lexeme}
    out["change_words"] = sorted(changes - verbs)
    # age adjectives in every case, gender and number ("45-летнего", "14-річна" from "летний", "річний")
    ages: dict[str, str] = {}
    for word, unit in sorted((str(w).lower(), str(u)) for w, u in (table.get("age_words") or {}).items()):
        for parse in morph.parse(word):
            if parse.tag.POS == "ADJF" and parse.normal_form == word:
                for f in parse.lexeme:
                    for spelling in (f.word, f.word.replace("ё", "е")):
                        ages.setdefault(spelling, unit)
    out["age_words"] = {w: u for w, u in sorted(ages.items())
                        if w not in {str(k).lower() for k in table.get("age_words") or {}}}
    # anniversary nouns in every case ("80-летию", "80-річчям")
    nouns = {str(w).lower() for w in table.get("anniversary_words") or []}
    anniversaries: set[str] = set()
    for word in sorted(nouns):
        for parse in morph.parse(word):
            if parse.tag.POS == "NOUN" and parse.normal_form == word:
                anniversaries |= {f.word for f in parse.lexeme} | {f.word.replace("ё", "е") for f in parse.lexeme}
    out["anniversary_words"] = sorted(anniversaries - nouns)
    return out


def compound_forms(table: dict[str, Any]) -> dict[str, dict[str, float]]:
    """The case forms of numerals built on a declining base word, by the table's ``compound_bases`` rule.

    A compound numeral declines in both its parts ("двісті", "двохсот", "двомстам", "двомастами",
    "двохстах"), and writers join any case form of the unit with any case form of the base
    ("двохста", "дев'ятиста" beside the standard "двохсот"); a numeral that ends in the base word
    ("дев'яносто") takes the base's endings too ("дев'яностами"). ``compound_bases`` maps each base
    word to its case forms; this builds, without a dictionary, (1) every case form of each listed
    numeral that ends in the base, with its value, and (2) every case form of a unit from 2 to 9
    (the table's and its generated forms) joined to every case form of the base, with the unit
    times the base's value. Forms the table already lists keep the table's entry.

    Examples
    --------
    >>> t = {"numbers": {"два": 2, "двох": 2}, "tens": {"дев'яносто": 90}, "hundreds": {"сто": 100},
    ...      "compound_bases": {"сто": ["ста", "стами"]}}
    >>> out = compound_forms(t)
    >>> out["hundreds"]["двохста"], out["hundreds"]["стами"], out["tens"]["дев'яностами"]
    (200.0, 100.0, 90.0)
    """
    rules = table.get("compound_bases") or {}
    sections = ("numbers", "tens", "hundreds")
    listed = {str(w).lower(): float(v) for s in sections for w, v in (table.get(s) or {}).items()}
    out: dict[str, dict[str, float]] = {s: {} for s in sections}
    for base, endings in rules.items():
        base = str(base).lower()
        value = listed.get(base)
        if value is None:
            continue
        for section in sections:
            for word, v in (table.get(section) or {}).items():
                word = str(word).lower()
                if word.endswith(base):
                    for ending in endings:
                        out[section].setdefault(word[: -len(base)] + str(ending).lower(), float(v))
        for unit, v in listed.items():
            if float(v).is_integer() and 2 <= v <= 9 and unit in {str(w).lower() for w in table.get("numbers") or {}}:
                for ending in endings:
                    out["hundreds"].setdefault(unit + str(ending).lower(), float(v) * value)
    return {s: {w: v for w, v in forms.items() if w not in listed} for s, forms in out.items()}


def merge_forms(table: dict[str, Any]) -> dict[str, Any]:
    """The table with its generated forms added (listed words keep their entries).

    Examples
    --------
    >>> t = merge_forms({"lang": "ru", "hundreds": {"триста": 300}})
    >>> t["hundreds"]["тремястами"], t["hundreds"]["трехстах"]
    (300.0, 300.0)
    """
    path = forms_path(str(table.get("lang")))
    if not path.is_file():
        return table
    generated = json.loads(path.read_text(encoding="utf-8"))
    for section, forms in generated.items():
        own = table.get(section) or {}
        if isinstance(forms, list):
            table[section] = list(own) + forms
        else:
            table[section] = {**forms, **own}
    return table


def write(lang: str) -> Path:
    """Regenerate ``tables/<lang>.forms.json`` from ``tables/<lang>.yaml``."""
    import yaml

    source = resources.files("analysis.normalise").joinpath("tables", f"{lang}.yaml").read_text(encoding="utf-8")
    path = forms_path(lang)
    text = json.dumps(generate(yaml.safe_load(source)), ensure_ascii=False, indent=0, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    for code in INFLECTED:
        print(write(code))
