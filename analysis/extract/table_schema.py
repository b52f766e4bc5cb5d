"""Every key of an extraction table (``analysis/extract/tables/<lang>.yaml``): its type and meaning.

A table is checked when it is loaded: a missing key, an unknown key (a typo) or a value of the
wrong type is an ``InputError`` naming the table, the key and what is expected, so a mistake in
the data never passes silently (the idea of dateparser's language validator).

Examples
--------
>>> check_table({"lang": "xx"}, "xx.yaml")
Traceback (most recent call last):
...
analysis.errors.InputError: extraction table xx.yaml: missing key 'morphology' (which analyser gives the words' dictionary forms: none, pymorphy3 or kiwi)
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError

WORDS = "words"          # a list of words or phrases (strings)
TEXT = "text"            # one string
MAPPING = "mapping"      # word -> ISO 3166 alpha-2 code ("" for none)
MEASURES = "measures"    # measure -> {rank: int, words: [...]}
SCOPES = "scopes"        # scope -> [words]
INTEGER = "integer"      # a whole number

#: key -> (kind, required, meaning)
SCHEMA: dict[str, tuple[str, bool, str]] = {
    "lang": (TEXT, True, "the language code (en, uk, ru, ko)"),
    "morphology": (TEXT, True, "which analyser gives the words' dictionary forms: none, pymorphy3 or kiwi"),
    "sentence_abbreviations": (WORDS, True, "words whose full stop does not end a sentence"),
    "measures": (MEASURES, True, "each measure's cue words and rank (1: an event such as a death; 2: a status "
                                 "such as a prisoner; 3: a deployment); the best rank near the number decides"),
    "not_people_after": (WORDS, True, "a word right after the number that says it counts something else"),
    "not_people_before": (WORDS, True, "a word right before the number that says it is an age, a code or a rank"),
    "people_nouns": (WORDS, True, "nouns that count people"),
    "not_measured_people": (WORDS, True, "people counted in no measure (survivors, rescuers, people aboard)"),
    "speech_verbs": (WORDS, True, "verbs (and verb phrases) of saying, reporting and estimating"),
    "inverting_verbs": (WORDS, True, "speech verbs that may come before their subject"),
    "skip_before_verb": (WORDS, True, "words between a subject and its verb that are not part of the subject"),
    "according": (WORDS, True, "'according to': the source is their object"),
    "according_object": (TEXT, True, "where the object of 'according' stands: before or after"),
    "citing": (WORDS, True, "'citing X': X is the original source"),
    "estimate_nouns": (WORDS, True, "'X's figure', 'X's estimate': the owner of the figure is the speaker"),
    "audience_verbs": (WORDS, True, "verbs whose object is an audience, never the speaker ('told Reuters')"),
    "evidence_nouns": (WORDS, False, "'X reports the data of Y' (передает данные Y): after a speech verb, the owner of "
                                     "these nouns is the source, not the one who passes them on"),
    "relay_verbs": (WORDS, False, "verbs of relaying ('как передает X'): X relays, it is not the source"),
    "pronouns": (WORDS, True, "words that stand for an earlier speaker"),
    "first_person": (WORDS, True, "words of a text speaking in its own voice (we, our)"),
    "backward_markers": (WORDS, True, "'this was reported by X': X speaks for the previous sentence"),
    "role_nouns": (WORDS, True, "heads of speaker phrases: roles and kinds of organisation"),
    "possessive_suffixes": (WORDS, False, "endings of a possessive ('Libya's') dropped before lookups"),
    "place_prepositions": (WORDS, True, "prepositions of place: a country after one is where, not who ('a UN "
                                         "mission in Ukraine')"),
    "generic_roles": (WORDS, True, "role words too common to say two speaker phrases are the same body"),
    "relative_pronouns": (WORDS, True, "'X, which estimated …': the speaker is the phrase before the comma"),
    "definite_determiners": (WORDS, True, "'the ministry': a definite role points back to an earlier speaker"),
    "subset_words": (WORDS, False, "'17 killed, including 10 children': a number right after these counts a part of "
                                   "the number before it, in the same measure"),
    "country_words": (WORDS, False, "'the country's health minister': the speaker's state is the country named "
                                    "before it in the sentence"),
    "national_roles": (WORDS, True, "roles of a state's own bodies (ministry, police, army): with no country in "
                                     "the phrase, they take the country the article is about, with less confidence"),
    "max_unknown_words": (INTEGER, True, "most words of a speaker phrase that are neither names, roles, countries "
                                         "nor small words (beyond them the phrase is a clause, not a speaker)"),
    "np_glue": (WORDS, True, "small words allowed inside a speaker phrase"),
    "determiners": (WORDS, True, "words that may open a speaker phrase"),
    "np_stops": (WORDS, True, "words that end a speaker phrase"),
    "clause_words": (WORDS, True, "words that start a new clause"),
    "coordinators": (WORDS, True, "'and', 'or': a measure word before one belongs to the clause before it"),
    "headline_separators": (WORDS, True, "separators of a headline's source ('…: X', '… - X')"),
    "issuer_markers": (WORDS, True, "words before the issuer in a statement's first lines ('statement by')"),
    "statement_words": (WORDS, True, "words naming an official statement"),
    "subject_particle_tags": (WORDS, False, "morpheme tags of particles that mark a subject or topic (Korean)"),
    "according_particle_tags": (WORDS, False, "morpheme tags of the particle before 'according' (Korean)"),
    "quotative_endings": (WORDS, False, "word endings that close reported speech (Korean)"),
    "nationalities": (MAPPING, True, "nationality adjectives and short country names -> ISO code"),
    "international_words": (WORDS, True, "words that make a speaker international (no country)"),
    "scope_cues": (SCOPES, True, "window, rate, planned, share: cue words of each scope"),
}
MORPHOLOGIES = ("none", "pymorphy3", "kiwi")
SCOPE_NAMES = ("window", "rate", "planned", "share")


def _is_words(value: Any) -> bool:
    # a bare yes/no/on/off in YAML is a boolean, almost always a word meant as text: quote it
    return isinstance(value, list) and all(isinstance(w, (str, int, float)) and not isinstance(w, bool)
                                           and str(w).strip() for w in value)


def check_table(table: Any, name: str, metrics: tuple[str, ...] | None = None) -> dict:
    """Check an extraction table against ``SCHEMA``; return it, or raise ``InputError`` for the first problem.

    Examples
    --------
    >>> check_table(["not", "a", "table"], "xx.yaml")
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: extraction table xx.yaml: expected a mapping of keys, got list
    """
    where = f"extraction table {name}"
    if not isinstance(table, dict):
        raise InputError(f"{where}: expected a mapping of keys, got {type(table).__name__}")
    for key in table:
        if key not in SCHEMA:
            raise InputError(f"{where}: unknown key {key!r}; known keys: {', '.join(sorted(SCHEMA))}")
    for key, (kind, required, meaning) in SCHEMA.items():
        if key not in table:
            if required:
                raise InputError(f"{where}: missing key {key!r} ({meaning})")
            continue
        value = table[key]
        if kind == INTEGER and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise InputError(f"{where}: {key!r} must be a whole number >= 0 ({meaning}), got {value!r}")
        if kind == TEXT and not isinstance(value, str):
            raise InputError(f"{where}: {key!r} must be a string ({meaning}), got {value!r}")
        if kind == WORDS and not (value == [] or _is_words(value)):
            raise InputError(f"{where}: {key!r} must be a list of words ({meaning})")
        if kind == MAPPING and not (isinstance(value, dict) and all(isinstance(k, str) for k in value) and all(
                isinstance(v, str) and (v == "" or (len(v) == 2 and v.isupper())) for v in value.values())):
            raise InputError(f"{where}: {key!r} must map words to ISO 3166 alpha-2 codes or '' ({meaning})")
        if kind == MEASURES:
            if not isinstance(value, dict) or not value:
                raise InputError(f"{where}: {key!r} must map each measure to its rank and words")
            for metric, entry in value.items():
                if metrics is not None and metric not in metrics:
                    raise InputError(f"{where}: measure {metric!r} is not in the vocabulary: {', '.join(metrics)}")
                if not (isinstance(entry, dict) and set(entry) == {"rank", "words"}
                        and isinstance(entry["rank"], int) and _is_words(entry["words"])):
                    raise InputError(f"{where}: measure {metric!r} must be {{rank: 1|2|3, words: [...]}}")
        if kind == SCOPES:
            if not isinstance(value, dict) or any(k not in SCOPE_NAMES or not _is_words(v) for k, v in value.items()):
                raise InputError(f"{where}: {key!r} must map {', '.join(SCOPE_NAMES)} to lists of words")
    if table["morphology"] not in MORPHOLOGIES:
        raise InputError(f"{where}: morphology {table['morphology']!r} is not one of {', '.join(MORPHOLOGIES)}")
    if table["according_object"] not in ("before", "after"):
        raise InputError(f"{where}: according_object must be 'before' or 'after', got {table['according_object']!r}")
    return table
