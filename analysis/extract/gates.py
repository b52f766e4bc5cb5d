"""Cheap tests that answer "no" for most words before the exact test is asked (speed only: every gate lets through all
that the exact test could accept, so what the rules find is the same)."""

from __future__ import annotations

import re

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


_ASKING: dict[int, tuple[frozenset[str], re.Pattern[str] | None]] = {}


def may_ask(text: str, questions: frozenset[str], marks: tuple[str, ...]) -> bool:
    """Can a paragraph of ``text`` be an interview's question (``interviews._kind``): a line that ends in a question
    mark, opens with one of the ``marks`` that open a question, or opens with one of the question labels ``questions``
    (case-folded) before a colon? When none can, the page has no turns (``interviews.turns`` needs two questions) and
    no question a bare answer follows.

    A cheap test in C over the whole text, a superset of the exact one: a question mark anywhere, a mark anywhere, a
    label at a line's start in the case-folded text (the case-folding of a piece of a text is a piece of the
    case-folded text, and no line break folds into or out of another character).

    Examples
    --------
    >>> may_ask("Floods killed 12.\\nThe toll rose.", frozenset({"q"}), ())
    False
    >>> [may_ask(t, frozenset({"q"}), ("--",)) for t in ("Why?\\nNo fuel.", "  Q : How many?", "Q: 12", "--몇 명인가")]
    [True, True, True, True]
    """
    if "?" in text or any(mark in text for mark in marks):
        return True
    entry = _ASKING.get(id(questions))
    if entry is None or entry[0] is not questions:
        labels = sorted(questions, key=len, reverse=True)
        pattern = re.compile(r"^\s*\**\s*(?:" + "|".join(map(re.escape, labels)) + r")\s*:", re.MULTILINE) \
            if labels else None
        entry = _ASKING[id(questions)] = (questions, pattern)
    return entry[1] is not None and entry[1].search(text.casefold()) is not None
