"""The kind of an organisation no registry knows, read from the words of its own name.

The words are data: one table per language in ``data/kind_words.yaml`` (heads such as
"ministry" or "news agency" that name a body, modifiers such as "international" that
describe one, and the link words that join a name's body to its complement). This module
holds no word of any language. When several entries match, the one chosen is, in order:
a match among the words that name the body (before the first link word) over one in the
complement; a head over a modifier; the match that starts first; the longer one.

A name with no kind word, given as the speaker with no organisation, that is shaped like
a person's name (two to four capitalised words) is an ``individual``. Anything else stays
of unknown kind (""), under its own name.

Examples
--------
>>> infer_kind("Ruritanian Defence Ministry")
('military', 'defence ministry')
>>> infer_kind("Main Intelligence Directorate of the Ministry of Defence")
('intelligence', 'intelligence')
>>> infer_kind("UN Human Rights Office"), infer_kind("Institute for the Study of War")
(('international', 'un'), ('research', 'institute'))
>>> infer_kind("Kyiv Lantern"), infer_person("Jane Doe")
(('', ''), True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import InputError
from ..safe_io import read_yaml

_MATCH_MODES = ("word", "prefix", "substring")
_TIERS = ("heads", "modifiers")
_TOKEN = re.compile(r"[\w'’.-]+")


@dataclass(frozen=True)
class Entry:
    """One table entry: its words, the kind it says, its tier and its language's match mode."""

    words: tuple[str, ...]
    kind: str
    head: bool
    mode: str
    text: str


def _tokens(text: str) -> list[str]:
    return [t.strip(".-'’") for t in _TOKEN.findall(text.casefold()) if t.strip(".-'’")]


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[tuple[Entry, ...], frozenset[str], str, dict[str, list[int]]], ...]:
    """Every language's entries, link words, match mode and entries by first word, checked against SOURCE_KINDS."""
    from .sources import SOURCE_KINDS

    where = "analysis/claims/data/kind_words.yaml"
    text = (resources.files("analysis.claims") / "data" / "kind_words.yaml").read_text(encoding="utf-8")
    data = read_yaml(where, what="kind word table", text=text)
    out = []
    for lang, table in data.items():
        unknown = set(table) - {"match", "links", *_TIERS}
        if unknown:
            raise InputError(f"{where}: {lang}: unknown keys {sorted(unknown)}")
        mode = table.get("match")
        if mode not in _MATCH_MODES:
            raise InputError(f"{where}: {lang}: match must be one of {', '.join(_MATCH_MODES)}, not {mode!r}")
        entries = []
        for tier in _TIERS:
            for kind, words in (table.get(tier) or {}).items():
                if kind not in SOURCE_KINDS:
                    raise InputError(f"{where}: {lang}: {tier}: {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
                for phrase in words:
                    phrase = str(phrase)
                    words_of = (phrase.casefold().replace(" ", ""),) if mode == "substring" else tuple(_tokens(phrase))
                    entries.append(Entry(words_of, kind, tier == "heads", mode, phrase))
        index: dict[str, list[int]] = {}   # an entry's first word (or its string) -> the entries, in table order
        for n, entry in enumerate(entries):
            index.setdefault(entry.words[0], []).append(n)
        out.append((tuple(entries), frozenset(_tokens(" ".join(map(str, table.get("links") or [])))), mode, index))
    return tuple(out)


def _candidates(entries: tuple[Entry, ...], index: dict[str, list[int]], mode: str, tokens: list[str],
                squeezed: str) -> list[Entry]:
    """The entries that can match (their first word is there), in table order: a look-up per word, not a scan."""
    found: set[int] = set()
    if mode == "substring":
        for first, numbers in index.items():
            if first in squeezed:
                found.update(numbers)
    else:
        longest = max(map(len, index), default=0)
        for token in set(tokens):
            if mode == "word":
                found.update(index.get(token, ()))
            else:   # prefix: an entry's first word begins the token
                for end in range(1, min(len(token), longest) + 1):
                    found.update(index.get(token[:end], ()))
    return [entries[n] for n in sorted(found)]


def _matches(entry: Entry, tokens: list[str], squeezed: str) -> list[int]:
    """Start positions (token index, or character index for substring mode) where the entry matches."""
    if entry.mode == "substring":
        return [m.start() for m in re.finditer(re.escape(entry.words[0]), squeezed)]
    n = len(entry.words)
    same = (lambda t, w: t == w) if entry.mode == "word" else (lambda t, w: t.startswith(w))
    return [i for i in range(len(tokens) - n + 1) if all(same(tokens[i + k], w) for k, w in enumerate(entry.words))]


@lru_cache(maxsize=4096)
def infer_kind(name: str) -> tuple[str, str]:
    """(kind, the words that decided it) for an organisation's name; ("", "") when no word says.

    Examples
    --------
    >>> infer_kind("Reuters news agency"), infer_kind("Army of the Free South")
    (('media', 'news agency'), ('armed_group', 'army of'))
    """
    if not isinstance(name, str) or not name.strip():
        return "", ""
    tokens = _tokens(name)
    squeezed = "".join(name.casefold().split())
    best: tuple | None = None
    for entries, links, mode, index in _tables():
        first_link = next((i for i, t in enumerate(tokens) if t in links), len(tokens))
        for entry in _candidates(entries, index, mode, tokens, squeezed):
            for start in _matches(entry, tokens, squeezed):
                in_body = True if mode == "substring" else start < first_link
                key = (not in_body, not entry.head, start, -len(entry.words[0] if mode == "substring" else entry.words))
                if best is None or key < best[0]:
                    best = (key, entry)
    if best is None:
        return "", ""
    return best[1].kind, best[1].text


_PERSON = re.compile(r"^(?:[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?)$")


def infer_person(name: str) -> bool:
    """True for a name shaped like a person's: two to four words, each capitalised, no kind word.

    Examples
    --------
    >>> infer_person("Oleksandr Syrskyi"), infer_person("spokesman"), infer_person("Health Ministry")
    (True, False, False)
    """
    words = str(name).split()
    if not 2 <= len(words) <= 4 or infer_kind(name)[0]:
        return False
    return all(_PERSON.match(w) and w[0].isupper() and not w.isupper() for w in words)


__all__ = ["infer_kind", "infer_person"]
