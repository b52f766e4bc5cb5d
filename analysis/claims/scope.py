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
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..safe_io import read_yaml

_WINDOW_CHARS = 90   # how far from the number a cue may stand


@lru_cache(maxsize=1)
def _tables() -> dict:
    path = resources.files("analysis.claims") / "data" / "scope_cues.yaml"
    table = read_yaml("scope_cues.yaml", what="scope cue table", text=path.read_text(encoding="utf-8"))
    compiled = {}
    for lang, entry in table.items():
        compiled[lang] = {
            scope: re.compile("|".join(f"(?:{p})" for p in entry.get(scope, [])) or r"(?!x)x", re.IGNORECASE)
            for scope in ("rate", "window", "subset")}
        compiled[lang]["place"] = re.compile(entry["place"]) if entry.get("place") else None
    return compiled


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


_MONTHS_AND_DAYS = frozenset("january february march april may june july august september october november december "
                             "monday tuesday wednesday thursday friday saturday sunday".split())


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
    table = tables.get(lang) or tables["en"]
    for name in sorted({n for n in names if isinstance(n, str) and len(n.strip()) > 2}, key=len, reverse=True):
        if name != stated and name not in stated:
            quote = re.sub(re.escape(name.strip()), lambda m: " " * len(m.group(0)), quote, flags=re.IGNORECASE)
    at = quote.find(stated) if stated else -1
    start = max(0, at - _WINDOW_CHARS) if at >= 0 else 0
    end = at + len(stated) + _WINDOW_CHARS if at >= 0 else len(quote)
    near = quote[start:end]
    for scope in ("rate", "window", "subset"):
        m = table[scope].search(near)
        if m:
            return scope, repr(m.group(0).strip())
    place = table.get("place")
    if place is not None:
        covered = {a.casefold() for a in areas}
        for m in place.finditer(near):
            name = m.group(1)
            first = name.split()[0].casefold()
            if name.casefold() in covered or first in covered or first in _MONTHS_AND_DAYS:
                continue
            if name.casefold() in _country_names() or first in _country_names():
                continue
            return "subset", repr(m.group(0).strip())
    return "cumulative", ""


__all__ = ["infer_scope"]
