"""What part of a total a claim covers, read from its quote when the claims file does not say.

A claims file may leave out the ``scope`` column (or a cell of it). Then each quote is read
around its number with the cue table of its language (``data/scope_cues.yaml``): "per day"
is a rate, "so far in 2025" or "in the last 60 days" a window, "in the town of X" or "in
Axum" (a place that is not a country, nor one the topic covers as a whole) a subset. What
no cue marks is taken as cumulative. Every inferred scope is listed in the report.

Examples
--------
>>> infer_scope("At least 120 people were killed in Axum, witnesses said.", "At least 120")
('subset', "'in Axum'")
>>> infer_scope("About 40 people a day died in the camp.", "About 40")
('rate', "'a day'")
>>> infer_scope("The ministry said 3,000 people had died in Ruritania.", "3,000", areas=("Ruritania",))
('cumulative', '')

A date names the period counted ("in April, 300 people died": a window), unless it dates the
statement itself:

>>> infer_scope("In April the president put the toll at 300.", "300")
('cumulative', '')
>>> infer_scope("In April, 300 people died.", "300")
('window', "'In April'")
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..normalise.table_schema import Key, TableSchemaError, check_keys
from ..safe_io import read_yaml

_WINDOW_CHARS = 90   # how far from the number a cue may stand
_NEAR_WORDS = 2      # words that may stand between a verb of saying and the date it is said on

#: The keys of a scope cue table (``data/scope_cues.yaml``), checked by the package's one table checker.
SCHEMA = (
    Key("months", "words", "month names as they follow the language's 'in' (a date, never a place)", True),
    Key("weekdays", "words", "weekday names as they follow the language's 'on'", True),
    Key("statement_words", "words", "verbs of saying and estimating: a date next to one dates the statement", True),
    Key("rate", "words", "patterns of a figure per unit of time ('per day')", True),
    Key("window", "words", "patterns of a period that is not the whole event ('so far in 2025')", True),
    Key("dated", "words", "patterns of a period named by its date ('in April'): a window unless it dates "
                          "the statement", True),
    Key("subset", "words", "patterns of a part of the whole (a town, a region, one attack)", True),
    Key("place", "text", "a pattern 'in <Name>' with one group for the name ('' for none)", True),
)


@dataclass(frozen=True)
class _Cues:
    rate: re.Pattern
    window: re.Pattern
    dated: re.Pattern
    subset: re.Pattern
    place: re.Pattern | None
    statement: re.Pattern | None
    dates: frozenset[str]


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")" if words else r"(?!x)x"


def compile_cues(table: dict, lang: str) -> _Cues:
    """A checked scope cue table of one language, compiled into patterns.

    Examples
    --------
    >>> cues = compile_cues({"months": ["april"], "weekdays": [], "statement_words": ["said"], "rate": [],
    ...                      "window": [], "dated": [r"\\bin {month}\\b"], "subset": [], "place": ""}, "xx")
    >>> bool(cues.dated.search("In April")), cues.place
    (True, None)
    >>> compile_cues({"months": []}, "xx")
    Traceback (most recent call last):
    ...
    analysis.normalise.table_schema.TableSchemaError: scope table 'xx': missing required key 'weekdays' (weekday names as they follow the language's 'on'); a table must have: months, weekdays, statement_words, rate, window, dated, subset, place
    """
    check_keys(table, SCHEMA, f"scope table {lang!r}")
    names = {"month": _alternation(table["months"]), "weekday": _alternation(table["weekdays"])}

    def pattern(key: str) -> re.Pattern:
        parts = [p.replace("{month}", names["month"]).replace("{weekday}", names["weekday"]) for p in table[key]]
        try:
            return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!x)x", re.IGNORECASE)
        except re.error as error:
            raise TableSchemaError(f"scope table {lang!r}: key {key!r} holds a pattern that is not a regular "
                                   f"expression ({error})") from None

    words = table["statement_words"]
    return _Cues(
        rate=pattern("rate"), window=pattern("window"), dated=pattern("dated"), subset=pattern("subset"),
        place=re.compile(table["place"]) if table["place"] else None,
        statement=re.compile(rf"(?<!\w){_alternation(words)}(?!\w)", re.IGNORECASE) if words else None,
        dates=frozenset(w.casefold() for w in table["months"] + table["weekdays"]))


@lru_cache(maxsize=1)
def _tables() -> dict[str, _Cues]:
    path = resources.files("analysis.claims") / "data" / "scope_cues.yaml"
    table = read_yaml("scope_cues.yaml", what="scope cue table", text=path.read_text(encoding="utf-8"))
    if not isinstance(table, dict):
        raise TableSchemaError("scope cue table: must map language codes to tables")
    return {lang: compile_cues(entry, lang) for lang, entry in table.items()}


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import pycountry

    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value.split(",")[0].casefold())
    return frozenset(names)


def _dates_the_statement(cues: _Cues, text: str, cue: re.Match, number: int) -> bool:
    """A date cue that says when the statement was made, not what period was counted.

    It does when a verb of saying stands right before it ("said in April", "told reporters on
    Monday"), or when it opens the sentence before the number and a verb of saying stands
    between it and the number ("In April the president put the toll at 300").
    """
    if cues.statement is None:
        return False
    before = text[:cue.start()]
    verbs = list(cues.statement.finditer(before))
    if verbs:
        gap = before[verbs[-1].end():]
        if not re.search(r"[.,;:!?]", gap) and len(gap.split()) <= _NEAR_WORDS:
            return True
    if cue.end() <= number:
        between = text[cue.end():number]
        if not re.search(r"[.;!?]", between) and cues.statement.search(between):
            return True
    return False


@lru_cache(maxsize=65536)
def infer_scope(quote: str, stated: str, lang: str = "en", areas: tuple[str, ...] = (),
                names: tuple[str, ...] = ()) -> tuple[str, str]:
    """(scope, the words that decided it) for one claim; ("cumulative", "") when no cue is found.

    ``names`` (the organisation, speaker and outlet) are masked first, so a cue word inside a
    name ("the Daily Current reported") is not read as a cue.

    Examples
    --------
    >>> infer_scope("Tens of thousands fled, the Daily Current reported.", "Tens of thousands",
    ...             names=("Daily Current",))
    ('cumulative', '')
    """
    tables = _tables()
    cues = tables.get(lang) or tables["en"]
    for name in sorted({n for n in names if isinstance(n, str) and len(n.strip()) > 2}, key=len, reverse=True):
        if name != stated and name not in stated:
            quote = re.sub(re.escape(name.strip()), lambda m: " " * len(m.group(0)), quote, flags=re.IGNORECASE)
    at = quote.find(stated) if stated else -1
    start = max(0, at - _WINDOW_CHARS) if at >= 0 else 0
    end = at + len(stated) + _WINDOW_CHARS if at >= 0 else len(quote)
    near = quote[start:end]
    number = at - start if at >= 0 else len(near)
    for scope, pattern in (("rate", cues.rate), ("window", cues.window)):
        m = pattern.search(near)
        if m:
            return scope, repr(m.group(0).strip())
    for m in cues.dated.finditer(near):
        if not _dates_the_statement(cues, near, m, number):
            return "window", repr(m.group(0).strip())
    m = cues.subset.search(near)
    if m:
        return "subset", repr(m.group(0).strip())
    if cues.place is not None:
        covered = {a.casefold() for a in areas}
        for m in cues.place.finditer(near):
            name = m.group(1)
            first = name.split()[0].casefold()
            if name.casefold() in covered or first in covered or first in cues.dates:
                continue
            if name.casefold() in _country_names() or first in _country_names():
                continue
            return "subset", repr(m.group(0).strip())
    return "cumulative", ""


__all__ = ["infer_scope", "compile_cues", "SCHEMA"]
