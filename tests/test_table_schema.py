"""The language tables follow their schema, and every key of the schema is read."""

from __future__ import annotations

import copy

import pytest

from analysis.errors import InputError
from analysis.normalise.lexicon import LANGUAGES, compile_table, load_table
from analysis.normalise.table_schema import SCHEMA, TableSchemaError, check_table
from analysis.normalise import cldr
from analysis.safe_io import read_yaml

TABLES = {lang: load_table(lang) for lang in LANGUAGES}


def en() -> dict:
    table = copy.deepcopy(TABLES["en"])
    return table


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shipped_tables_pass(lang):
    table = dict(TABLES[lang])
    assert check_table(table, lang) is table


def test_typo_key_is_named_with_a_suggestion():
    table = en()
    table["numbrs"] = table.pop("numbers")
    with pytest.raises(TableSchemaError) as info:
        check_table(table, "en")
    message = str(info.value)
    assert "'en'" in message and "unknown key 'numbrs'" in message and "did you mean 'numbers'" in message
    assert isinstance(info.value, InputError)


def test_typo_in_a_section_key():
    table = en()
    table["vague"]["quantifers"] = table["vague"].pop("quantifiers")
    with pytest.raises(TableSchemaError, match=r"unknown key 'vague\.quantifers'; did you mean 'quantifiers'"):
        check_table(table, "en")


def test_unknown_modifier_effect():
    table = en()
    table["modifiers"]["lower_clossed"] = {"before": ["at least"]}
    with pytest.raises(TableSchemaError, match="lower_clossed.*did you mean 'lower_closed'"):
        check_table(table, "en")


def test_missing_required_key():
    table = en()
    del table["range_joins"]
    with pytest.raises(TableSchemaError, match=r"'en': missing required key 'range_joins' \(words or marks"):
        check_table(table, "en")


@pytest.mark.parametrize("key, value, found", [
    ("numbers", ["one", "two"], "must be a mapping of word -> number"),
    ("numbers", {"one": "1"}, "the value of 'one' is '1'"),
    ("decimal_mark", 1, "must be a string"),
    ("bare_scales", "yes", "must be true or false"),
    ("pair_words", {"두세": [2]}, "must be a mapping of word -> \\[low, high\\]"),
])
def test_wrong_type(key, value, found):
    table = en()
    table[key] = value
    with pytest.raises(TableSchemaError, match=f"'en': key '{key}' .*{found}"):
        check_table(table, "en")


def test_a_word_yaml_reads_as_a_boolean_is_refused():
    # unquoted `on` in a YAML list is the boolean true, not the word "on"
    table = en()
    table["year_before"] = read_yaml("inline", text="[in, on, at]")
    with pytest.raises(TableSchemaError, match="'year_before'.*item True is not a string"):
        check_table(table, "en")


def test_lang_must_match_the_file():
    table = en()
    with pytest.raises(TableSchemaError, match="'lang' must be the file's language code 'uk'"):
        check_table(table, "uk")


class Recording(dict):
    """A dict that notes which keys are read (by ``[]``, ``get`` or ``in``), with a path prefix."""

    def __init__(self, data, seen, prefix=""):
        super().__init__(data)
        self.seen, self.prefix = seen, prefix

    def _note(self, key):
        self.seen.add(self.prefix + str(key))

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)


def recorded(table, seen):
    out = dict(table)
    for name, key in SCHEMA.items():
        if name not in out:
            continue
        if key.kind == "section":
            out[name] = Recording(out[name], seen, name + ".")
        elif key.kind == "effects":
            out[name] = {effect: Recording(sides, seen, name + ".*.") for effect, sides in out[name].items()}
    return Recording(out, seen)


def test_every_schema_key_is_read_by_the_lexicon():
    seen: set[str] = set()
    for lang in LANGUAGES:
        compile_table(recorded(TABLES[lang], seen))
        cldr.generate(recorded(TABLES[lang], seen))  # the keys read when tables/<lang>.cldr.json is generated
    expected = set()
    for name, key in SCHEMA.items():
        expected.add(name)
        prefix = name + (".*." if key.kind == "effects" else ".")
        expected |= {prefix + sub.name for sub in key.fields}
    assert expected - seen == set(), "schema keys that nothing reads"
