"""Interview transcripts and question-and-answer pages: which paragraphs are the journalist's questions and which
are the answers of the person interviewed, and by which label.

A page is read as turns only when it alternates at least twice between a question and an answer right after it, in
one of the formats news sites use: answers opened by a dash after a question ("— Скільки людей …?" / "— Від початку
…"), a question label from the language's table ("Q:", "Питання:", "Вопрос:", "기자:") or a question mark at the end
of the journalist's line, and answers opened by a label ("Okoro: …", "MARY OKORO: …", "Governor: …"). One line
"Name: headline" or a lone question is no transcript. The words of the labels are data (``question_labels`` and
``answer_labels`` of each language's table); who speaks in an answer is decided by the caller (the guest introduced
as interviewed, or the label's name resolved against the people named before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_DASHES = "—–―-"
_LABEL = re.compile(r"([^\W\d_][^:\n]{0,40}?)\s*:\s+\S")
_QUESTION, _ANSWER = "question", "answer"


@dataclass(frozen=True)
class Turns:
    """The turns of a page: the paragraphs of the journalist's questions, and each answer paragraph with the label
    that opens it ("" for a dash answer or an answer label such as "A:": the person interviewed)."""

    questions: frozenset[int]
    answers: dict[int, str]


def label(line: str) -> str:
    """The label that opens a line ("Okoro: …" -> "Okoro"), else "": one to four words, none in lower case (a name,
    a role written as a heading, or a word of a script with no case), before a colon and a space.

    Examples
    --------
    >>> label("MARY OKORO: We found 11 bodies."), label("Governor: Yes."), label("the toll rose: 12 dead"), label("12: x")
    ('MARY OKORO', 'Governor', '', '')
    """
    m = _LABEL.match(line)
    if m is None:
        return ""
    words = m.group(1).split()
    if not 1 <= len(words) <= 4 or any(w[:1].islower() for w in words):
        return ""
    return m.group(1)


def _kind(line: str, questions: frozenset[str], answers: frozenset[str],
          marks: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()), bare: bool = False) -> tuple[str, str]:
    """What a paragraph is, as (kind, label): a question, an answer (dash, mark or label, or any line that asks
    nothing when ``bare``) or nothing. ``marks`` are the language's marks that open a question and an answer ("--",
    "▲")."""
    core = line.strip().strip("*").strip()
    if marks[1] and core.startswith(marks[1]):
        return _ANSWER, ""
    if marks[0] and core.startswith(marks[0]):
        return _QUESTION, ""
    name = label(core)
    asks = core.rstrip("*\"”»' ").endswith("?")
    if bare and not asks and not name and core[:1] not in _DASHES:
        return _ANSWER, ""
    if name and name.casefold() in questions:
        return _QUESTION, ""
    if name and name.casefold() in answers:
        return _ANSWER, ""
    if core[:1] in _DASHES and core[1:2].isspace():
        return (_QUESTION, "") if asks else (_ANSWER, "")
    if name:
        return (_QUESTION, name) if asks else (_ANSWER, name)
    return (_QUESTION, "") if asks else ("", "")


def _continued(lines: Sequence[tuple[int, str]], kinds: Sequence[tuple[str, str]],
               answered: dict[int, str]) -> dict[int, str]:
    """The paragraphs with no mark that go on an answer up to the next question ("— Погибли семь человек." / "Еще 20
    жителей получили травмы." / "— Как идет эвакуация?"), with the answer's label; not those after the last answer,
    where the journalist's story may go on."""
    out: dict[int, str] = {}
    pending: list[int] = []
    current: str | None = None
    for (p, _), (kind, _name) in zip(lines, kinds):
        if p in answered:
            current, pending = answered[p], []
        elif kind == "" and current is not None:
            pending.append(p)
        else:
            if kind == _QUESTION and current is not None:
                out.update({q: current for q in pending})
            current, pending = None, []
    return out


def turns(lines: Sequence[tuple[int, str]], questions: frozenset[str], answers: frozenset[str],
          marks: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()), bare: bool = False) -> Turns:
    """The turns of a page from its paragraphs ``(number, text)`` in order; no turns unless at least two questions
    are each answered in the paragraph right after them.

    Parameters
    ----------
    lines : sequence of (int, str)
        The paragraphs: number and text.
    questions, answers : frozenset of str
        The language's question and answer labels, case-folded.
    marks : (tuple of str, tuple of str)
        The language's marks that open a question and an answer as the paragraph's first characters (Korean "--"
        and "▲": "--몇 명이 숨졌나." / "▲12명입니다."), none by default.
    bare : bool, default False
        Read a paragraph that asks nothing and has no label as an answer (the caller found the interview introduced
        right before the lines: "X spoke to the Guardian by phone. …" / "What did you find?" / "Families told us …").
        Such an answer is the one paragraph after its question (the journalist's story may go on after the last).

    A paragraph opened by a label that opens an answer is that speaker's anywhere on the page (an opening
    statement before the first question, a second turn after another speaker's remark).

    Examples
    --------
    >>> page = [(0, "We spoke to Ann Lee."), (1, "Q: How many died?"), (2, "A: Twelve."), (3, "Q: And now?"),
    ...         (4, "A: We found 3 more."), (5, "She left at 5.")]
    >>> found = turns(page, frozenset({"q"}), frozenset({"a"}))
    >>> sorted(found.questions), found.answers
    ([1, 3], {2: '', 4: ''})
    >>> turns([(0, "Okoro: Floods kill 12"), (1, "The toll rose.")], frozenset({"q"}), frozenset()).answers
    {}
    >>> page = [(0, "Lee: We found 9."), (1, "Q: Where?"), (2, "Lee: North."), (3, "Q: When?"), (4, "Lee: Today.")]
    >>> turns(page, frozenset({"q"}), frozenset()).answers  # the opening statement under the answers' label
    {2: 'Lee', 4: 'Lee', 0: 'Lee'}
    >>> page = [(0, "--몇 명인가."), (1, "▲12명입니다."), (2, "--지금은."), (3, "▲3명 더.")]
    >>> turns(page, frozenset(), frozenset(), (("--",), ("▲",))).answers
    {1: '', 3: ''}
    >>> bare = [(0, "Why?"), (1, "We had no fuel."), (2, "And now?"), (3, "We found 3."), (4, "Then 4 more.")]
    >>> turns(bare, frozenset(), frozenset(), bare=True).answers
    {1: '', 3: ''}
    """
    kinds = [_kind(text, questions, answers, marks, bare) for _, text in lines]
    asked: set[int] = set()
    answered: dict[int, str] = {}
    pairs = 0
    k = 0
    while k < len(lines):
        if kinds[k][0] == _QUESTION and k + 1 < len(kinds) and kinds[k + 1][0] == _ANSWER:
            asked.add(lines[k][0])
            pairs += 1
            first = kinds[k + 1][1]
            k += 1
            while k < len(kinds) and kinds[k] == (_ANSWER, first):  # an answer of several paragraphs
                answered[lines[k][0]] = first
                k += 1
                if bare:
                    break  # (a bare answer is the one paragraph after its question: the story may go on after)
            continue
        k += 1
    if pairs < 2:
        return Turns(frozenset(), {})
    asked |= {p for (p, text), (kind, name) in zip(lines, kinds)  # a labelled question, answered or not
              if kind == _QUESTION and label(text.strip().strip("*").strip()).casefold() in questions}
    if not bare:
        answered.update(_continued(lines, kinds, answered))
    speakers = {name for name in answered.values() if name}
    answered.update({p: name for (p, _), (kind, name) in zip(lines, kinds)  # the same label anywhere on the page:
                     if kind == _ANSWER and name in speakers and p not in answered})  # the same speaker (an opening
    # statement before the first question, "Чобану: …", a second paragraph after another speaker's remark)
    return Turns(frozenset(asked), answered)
