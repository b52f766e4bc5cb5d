"""Sentences, lines and quotations of an article, found in one pass each (linear in the text's length)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .language import Language

_BOUNDARY = re.compile(r"[.!?…。]+[\"”’')\]»』」]*(?=\s|[A-ZА-ЯІЇЄҐ가-힣\"“«『「])\s*|\n+")
_BOUNDARY_START = re.compile(r"[.!?…。\n]")  # where a boundary may start: the search skips to these
_DOMAIN_WORD = re.compile(r"\w{2,4}(?!\w)")  # a short word right after a glued full stop: a site's domain ("Ру")
_QUOTE_MARKS = re.compile(r"[\"“”«»„『』「」]|\n\n|\n")
_STARTS_SENTENCE = re.compile(r"[\"“‘«『「(\[]?[A-ZА-ЯІЇЄҐЁ0-9가-힣]")
_LAST_WORD = re.compile(r"([\w.]{1,12})[.!?…]+[\"”’')\]»]*\s*$")
#: A person's initials run together ("R.K.", "J.R.R."): capital letters each with its full stop, a name's start.
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_QUOTED_LINE_END = re.compile(r"[\"“«『「][^\n.!?\"“”«»『』「」]*[\"”»』」][ \t]*(?:\n|$)")  # a quotation closing its line
_CLOSED = re.compile(r"[.!?…。:]['\"”’»』」)]*$")  # a line that ends like a sentence is no headline
_OPENING = "“«„『「"
_CLOSING = "”»“』」"
_PAIRS = {"“": "”", "«": "»", "„": "“", "『": "』", "「": "」"}
_NESTING = "«『「"  # opening marks that never close another quotation, so may nest in one of their own
_LONGEST_BLOCK = 25  # lines a block quotation may run over (a statement quoted in full is rarely longer)


@dataclass(frozen=True)
class Sentence:
    """One sentence: [start, end) in the text, its paragraph (line) number, and whether it is a whole line
    with no closing full stop (a headline, a subheading, a byline)."""

    start: int
    end: int
    paragraph: int
    title: bool


def sentences(text: str, lx: Language) -> list[Sentence]:
    """Sentence spans: cut after . ! ? (before a capital or a quotation) and at line breaks.

    A full stop after a known abbreviation ("U.S.", "Feb.") or an initial does not end a
    sentence; "Nations.The" (no space) still does. Linear in the text's length.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> text = "U.S. estimates were lower. The NIS said so on Feb. 7 in Seoul.\\nHeadline here"
    >>> [(text[s.start:s.end], s.title) for s in sentences(text, language("en"))]
    [('U.S. estimates were lower.', False), ('The NIS said so on Feb. 7 in Seoul.', False), ('Headline here', True)]
    """
    abbreviations = lx.words["sentence_abbreviations"]
    domains = frozenset(str(d).casefold() for d in lx.table.get("domain_words", []))
    openers = _union_words(lx, ("determiners", "definite_determiners", "pronouns", "first_person", "clause_words",
                                "place_prepositions"))
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    line_start = 0

    def emit(a: int, b: int, closes_line: bool) -> None:
        piece = text[a:b]
        stripped = piece.strip()
        if not stripped:
            return
        lead = len(piece) - len(piece.lstrip())
        s, e = a + lead, a + lead + len(stripped)
        title = closes_line and s == line_start + (len(text[line_start:s]) - len(text[line_start:s].lstrip())) \
            and not _CLOSED.search(stripped)
        out.append(Sentence(s, e, paragraph, bool(title)))

    for m in _boundaries(text):
        end = m.end()
        newline = "\n" in m.group()
        if not newline:
            if m.group()[0] == "…" and set(m.group()) <= set("…\"“”") and end < len(text) and not text[end].isspace():
                continue  # "X 발표…전날 …": an ellipsis glued to the next word joins a headline's two halves, and so
                # does one glued to a quotation it opens ("X 배후 자처…“정부군 30명 …” 주장")
            if m.group().rstrip() == "…" and _QUOTED_LINE_END.match(text, end):
                continue  # "X 법원, … 종신형… “… 64명 숨져”": an ellipsis, then a quotation that closes the line with
                # no full stop, is a headline's (a sentence ends on its stop, not on a quotation's closing mark)
            word = _LAST_WORD.search(text, max(start, m.start() - 14), m.end())
            before = word.group(1).lower().rstrip(".") if word else ""
            capital = text[m.start() - 1:m.start()].isupper()
            if m.group() == "." and (suffix := _DOMAIN_WORD.match(text, end)) is not None \
                    and suffix.group().casefold() in domains:
                continue  # "рассказала «Бел.Ру», что …", "Газета.Ru": a site's name with its domain, glued to its full stop
            if m.group() == "." and _dotted_name(text, m.start(), end):
                continue  # "«Сибирь.Реалии»", "«Слідство.Інфо»": a registry name with a full stop inside it
            initials = capital and word is not None and _INITIALS.fullmatch(word.group(1).rstrip(".")) is not None \
                and (following := re.match(r"[^\W\d_]+", text[end:end + 30])) is not None \
                and following.group().lower() not in openers  # (not "in Washington, D.C. The city …")
            if (before in abbreviations or initials  # ("Security Adviser …, R.K. Mehta, told reporters")
                    or (len(before) == 1 and before.isalpha() and (capital or before not in "ai")
                                            and not (capital and _letter_ends(text, m.start() - 1, end, openers)))
                    or not _STARTS_SENTENCE.match(text, end)):
                continue
            emit(start, m.start() + len(m.group().rstrip()), False)
        else:
            emit(start, m.start() + len(m.group().rstrip()), True)
            paragraph += 1
            line_start = end
        start = end
    emit(start, len(text), True)
    return out


_GLUED_BEFORE = re.compile(r"(\w+)$")
_GLUED_AFTER = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _dotted_names() -> frozenset[str]:
    """The names of the source registry with a full stop between two words and no space ("Сибирь.Реалии",
    "Slidstvo.Info"), lower-cased: the two words around it."""
    try:
        from .registry import bundled_sources
    except ImportError:  # pragma: no cover
        return frozenset()
    found = set()
    for _, names in bundled_sources():
        for name in names:
            found.update(m.group().casefold() for m in re.finditer(r"\w+\.\w+", str(name)))
    return frozenset(found)


def _dotted_name(text: str, stop: int, end: int) -> bool:
    """Is the full stop at ``stop`` (the break read ends at ``end``) inside a registry name written with one
    ("«Сибирь.Реалии»": the word before it, the stop and the word after it, with no space)?"""
    if end != stop + 1:
        return False
    before = _GLUED_BEFORE.search(text, max(0, stop - 40), stop)
    after = _GLUED_AFTER.match(text, end)
    return before is not None and after is not None and \
        f"{before.group(1)}.{after.group()}".casefold() in _dotted_names()


def _union_words(lx: Language, names: tuple[str, ...]) -> frozenset[str]:
    """The words of several of the table's lists, as one set."""
    return frozenset().union(*(lx.words[name] for name in names))


def _letter_ends(text: str, letter: int, after: int, openers: frozenset[str]) -> bool:
    """Does a capital letter and its full stop at ``letter`` end the sentence, though shaped like an initial? Yes when
    the word before it is in small letters (no first name) and the word after it opens sentences (a determiner, a
    pronoun, a clause word: "… posted on X. One man drowned", "… on Plan b. The"; not "said J. Smith", "заявил В.
    Путин", where a surname follows)."""
    previous = text[max(0, letter - 30):letter].split()
    following = re.match(r"[^\W\d_]+", text[after:after + 30])
    return bool(previous) and previous[-1][:1].islower() and following is not None \
        and following.group().lower() in openers


def _boundaries(text: str):
    """``_BOUNDARY.finditer(text)``, faster: the pattern is tried only where one of its first characters stands."""
    search = _BOUNDARY_START.search
    match = _BOUNDARY.match
    position = 0
    while True:
        candidate = search(text, position)
        if candidate is None:
            return
        m = match(text, candidate.start())
        if m is None:
            position = candidate.start() + 1
            continue
        yield m
        position = m.end()


def quotations(text: str) -> list[tuple[int, int]]:
    """[start, end) of every quoted passage (the marks included), in one pass.

    Curly and guillemet quotes pair with their closing mark; straight double quotes pair in
    turn. A quotation left open runs to the end of its paragraph.

    Examples
    --------
    >>> quotations('He said: "It is 300. We know." Then «да».')
    [(9, 30), (36, 40)]
    """
    out: list[tuple[int, int]] = []
    opened: int | None = None
    closing = ""
    inner = 0  # quotations of the same guillemets open inside this one ("«Компанія «Схід» заявила»")
    for m in _QUOTE_MARKS.finditer(text):
        ch = m.group()
        if ch.startswith("\n"):
            if opened is not None and ch == "\n\n":
                out.append((opened, m.start()))
                opened = None
            elif opened is not None and ch == "\n" and closing != '"':
                out.append((opened, m.start()))
                opened = None
            continue
        if opened is None:
            if ch in _OPENING or ch == '"':
                opened, closing = m.start(), _PAIRS.get(ch, '"' if ch == '"' else "”")
                inner = 0
        elif ch in _NESTING and ch == text[opened]:
            inner += 1
        elif ch == closing and inner:
            inner -= 1
        elif ch == closing or (closing == "”" and ch == '"') or (closing == '"' and ch == "”"):
            out.append((opened, m.end()))
            opened = None
    if opened is not None:
        end = text.find("\n", opened)
        out.append((opened, len(text) if end < 0 else end))
    return _with_dialogue(text, _blocks(text, out))


#: A line of direct speech in the dialogue style: a dash opens the line.
_DIALOGUE_LINE = re.compile(r"^[ \t]*[-–—][ \t]+(?=\S)", re.M)
#: Where its speech closes: a comma, stop, "!", "?" or ellipsis, a dash, then the attribution in lower case
#: ("…, – рассказала она суду.", "…. – сказал он").
_DIALOGUE_CLOSE = re.compile(r"[,.!?…][ \t]+[-–—][ \t]+(?=[^\W\d_])")


def _with_dialogue(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations with each passage of direct speech in the dialogue style added: a line that opens on a dash and
    whose speech closes before its attribution with a dash ("- За два дня … похоронили семерых. Я сама … пролежала в
    больнице, - рассказала она суду.") is quoted from its opening dash to its closing one, over every sentence between.
    A line with a quotation of its own marks, and one with no attribution after its speech (an interview's turn),
    keeps what it has.

    Examples
    --------
    >>> _with_dialogue("– Це 300. Ми знаємо, – сказав він.", [])
    [(0, 22)]
    """
    added = []
    for m in _DIALOGUE_LINE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        close = _DIALOGUE_CLOSE.search(text, m.end(), line_end)
        if close is None or not text[close.end():close.end() + 1].islower():
            continue
        start, end = m.end() - len(m.group().lstrip(" \t")), close.end() - len(close.group()) + close.group().index(
            next(ch for ch in close.group()[1:] if ch in "-–—")) + 1
        if any(a < end and start < b for a, b in quoted):
            continue
        added.append((start, end))
    return sorted(quoted + added) if added else quoted


def _blocks(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations with every block quotation made whole: a quotation that opens a line and is still open at its
    end runs on over the lines after it up to its closing mark (a statement, an appeal quoted in full: '«Вранці …
    .\nУ результаті бою … .\nДані уточнюються.»'), when each line between closes what it opens of the pair (a
    repeated opening mark at a line's start aside: the English style of quoting several paragraphs). Quotations
    inside a block are part of it. A quotation never closed stays one line long."""
    out: list[tuple[int, int]] = []
    skip_to = -1
    for start, end in quoted:
        if start < skip_to:
            continue  # (a quotation inside the block before)
        ch = text[start]
        closing = _PAIRS.get(ch, '"' if ch == '"' else None)  # (straight marks open and close alike)
        line_start = text.rfind("\n", 0, start) + 1
        if closing is None or end >= len(text) or text[end] != "\n" or text[end - 1] == closing \
                or text[line_start:start].strip():
            out.append((start, end))
            continue
        block = _block_end(text, end, ch, closing)
        if block is None:
            out.append((start, end))
            continue
        out.append((start, block))
        skip_to = block
    return out


def _block_end(text: str, position: int, opening: str, closing: str) -> int | None:
    """Where a block quotation opened by ``opening`` and open at the line break at ``position`` ends: just after the
    first closing mark of the pair that closes no quotation opened on its own line, within the next
    ``_LONGEST_BLOCK`` lines; None when a line between leaves a quotation of the pair open, or none closes the block."""
    for _ in range(_LONGEST_BLOCK):
        if position >= len(text):
            return None
        following = text.find("\n", position + 1)
        following = len(text) if following < 0 else following
        offset = position + 1 + (len(text[position + 1:following]) - len(text[position + 1:following].lstrip()))
        if text.startswith(opening, offset):
            offset += 1  # (each paragraph reopened: “… / “… / …”)
        depth = 0
        for k in range(offset, following):
            ch = text[k]
            if ch == opening == closing:  # a straight mark: it opens after a space, else it closes
                if k == offset or text[k - 1].isspace() or text[k - 1] in "([":
                    depth += 1
                elif depth:
                    depth -= 1
                else:
                    return k + 1
            elif ch == opening:
                depth += 1
            elif ch == closing and depth:
                depth -= 1  # (a quotation inside the block, closed: "… «Сибирь» …")
            elif ch == closing:
                return k + 1  # (the block's own closing mark; an attribution may follow it: "…», – сказав він")
        if depth:
            return None
        position = following
    return None
