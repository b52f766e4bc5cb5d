"""Cheap tests that answer "no" for most words before the exact test is asked (speed only: every gate lets through all
that the exact test could accept, so what the rules find is the same)."""

from __future__ import annotations

_FIRSTS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def phrase_firsts(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of a set of phrases written with single spaces (a table's ``*_phrases``), made once per set.

    A phrase ``" ".join(keys[i:i + n])`` can be in ``phrases`` only when ``keys[i]`` is one of them, or holds a space
    itself (see ``may_open``).

    Examples
    --------
    >>> sorted(phrase_firsts(frozenset({"press release", "notes to editors", "media"})))
    ['media', 'notes', 'press']
    """
    entry = _FIRSTS.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        entry = _FIRSTS[id(phrases)] = (phrases, frozenset(p.split(" ")[0] for p in phrases))
    return entry[1]


def may_open(key: str, firsts: frozenset[str]) -> bool:
    """Can a phrase of words joined by spaces, whose first words are ``firsts``, start at a word keyed ``key``?

    Examples
    --------
    >>> firsts = phrase_firsts(frozenset({"press release"}))
    >>> may_open("press", firsts), may_open("the", firsts), may_open("press release", firsts)
    (True, False, True)
    """
    return key in firsts or " " in key
