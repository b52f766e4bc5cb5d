"""The words of one sentence, with their offsets and keys (lemmas, stems), as parallel lists."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field

from .language import TOKEN, Language
from .places import names_a_sea, typed_division

_PUNCT_BREAK = frozenset(",;:—–-()[]\"“”«»„!?.·")


def _capitals() -> str:
    """A regular expression's character set of every capital letter of the Basic Multilingual Plane (``str.isupper``,
    as ``Words.is_capital`` asks: "É", "Ł", "Ё" as well as "A" and "Я"), as ranges of code points."""
    runs: list[tuple[int, int]] = []
    for c in range(0x10000):
        if chr(c).isupper():
            if runs and runs[-1][1] == c - 1:
                runs[-1] = (runs[-1][0], c)
            else:
                runs.append((c, c))
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs) + "]"


#: Any capital letter, as a pattern's character set (see ``_capitals``).
CAPITAL = _capitals()


@dataclass
class Words:
    """Parallel lists: each word's text, start and end offsets in the article, key and particle tag."""

    text: list[str]
    start: list[int]
    end: list[int]
    key: list[str]
    tag: list[str]
    sentence_start: int
    #: What ``country_at`` found at each word asked about, for one language (the words never change once made).
    #: (The memos are arguments of ``__init__`` that no caller gives: a compiled class sets no attribute that its
    #: ``__init__`` does not, and takes none that it does not declare.)
    countries: tuple[Language, dict[int, tuple[int, str] | None]] | None = field(
        default=None, compare=False, repr=False)
    #: ``attribution``'s memos of the sentence (``_backward_marks``, ``_last_digit``).
    _backward_marks: list[int] | None = field(default=None, compare=False, repr=False)
    _last_digit: int | None = field(default=None, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.text)

    def at(self, offset: int) -> int:
        """Index of the first word that ends after ``offset``."""
        return bisect.bisect_right(self.end, offset)

    def is_punct(self, i: int) -> bool:
        return not self.text[i][:1].isalnum()

    def is_break(self, i: int) -> bool:
        return self.text[i] in _PUNCT_BREAK

    def is_capital(self, i: int) -> bool:
        first = self.text[i][:1]
        return first.isupper()


def acronym(text: str) -> bool:
    """Is ``text`` a word in capitals of two letters or more, a body's initials ("WHO"), never a function word?

    Examples
    --------
    >>> acronym("WHO"), acronym("who"), acronym("A"), acronym("G7")
    (True, False, False, False)
    """
    return len(text) > 1 and text.isalpha() and text.isupper()


def destination_case(w: Words, i: int, lx: Language) -> bool:
    """Is the word at ``i`` (a country's or place's first word) the object of a place preposition of the table's
    ``place_prepositions`` in the accusative, where people go, not where they are ("в Новую Каледонию", "на Украину",
    "у Ліван")? Such a preposition takes the locative of a place and the accusative of a destination; a word with an
    accusative reading and no locative one ("Ливан": the nominative's form, which no preposition takes) is the
    destination. A word pymorphy3 does not know, or that does not decline ("в США"), is none. (Languages without
    pymorphy3: never.)

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> lx = language("ru")
    >>> s = "Франция направит в Новую Каледонию тысячу полицейских, а в Ливане остаются 700."
    >>> w = tokenize(s, 0, len(s), lx)
    >>> [w.text[i] for i in range(len(w)) if destination_case(w, i, lx)]
    ['Новую']
    """
    if i < 1 or w.key[i - 1] not in lx.words["place_prepositions"]:
        return False
    cases = {case for case, _, _ in lx.agreement(w.text[i])}
    return "accs" in cases and "loct" not in cases


def country_at(w: Words, i: int, lx: Language) -> tuple[int, str] | None:
    """(words, ISO code) of a country or nationality word at word ``i``; a word of three letters or fewer
    counts only in capitals ("US", "UAE", not "us").

    The answer at a word that opens a country's name is remembered on the words (``Words.countries``): the article's
    country, the sentence's, the countries named anywhere and the speaker and measure rules ask about the same words.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> w = tokenize("US officials told us", 0, 20, language("en"))
    >>> country_at(w, 0, language("en")), country_at(w, 3, language("en"))
    ((1, 'US'), None)
    """
    if w.key[i] not in lx.countries.firsts:
        return None  # (no country opens with the word: the commonest answer, asked in one set look-up)
    memo = w.countries
    if memo is None or memo[0] is not lx:
        memo = w.countries = (lx, {})
    known = memo[1]
    if i in known:
        return known[i]
    found = known[i] = country_at_plain(w, i, lx)
    return found


def country_at_plain(w: Words, i: int, lx: Language) -> tuple[int, str] | None:
    """``country_at`` read afresh (nothing remembered)."""
    found = lx.countries.match(w.key, i)
    if found is None:
        return None
    n, code = found
    if names_a_sea(w, i, n, lx):
        return None  # "the South China Sea", "the Gulf of Guinea": the water, not the country
    text = w.text[i]
    typed = typed_division(w, i, lx)
    if typed is not None and typed[1] != code:
        return None  # "Niger State", "штату Нігер": a division of that name (Nigeria's), not the country
    if n == 1 and len(text.strip(".")) <= 3 and text.lower() != text.upper() and not text.isupper() \
            and w.key[i] not in lx.words.get("lower_countries", ()):
        return None
    if n == 1 and w.key[i] in lx.words.get("verb_read_countries", ()) and not text.startswith(
            tuple(lx.words["verb_read_names"])):
        return None  # Korean "갔다" (went) keys as 가다, as "가나" (Ghana) does: a verb's form, not the country's name
    if n == 1 and text.islower() and w.key[i] in lx.words.get("capital_keys", ()):
        return None  # a city's name is written with a capital: "досі" (still) is not Doha's locative "Досі"
    if n == 1 and text.islower() and lx.common_noun(text) and w.key[i] not in lx.words.get("lower_countries", ()):
        return None  # "вибух газу" (gas) is not Gaza, though both key as газа; the table's own lower-case words are
        # countries in lower case ("армія росії", "Міноборони рф": Ukrainian news writes the aggressor so)
    if not code and n == 1 and text[:1].isupper() and i + 1 < len(w) and w.is_capital(i + 1) and not w.is_punct(i + 1) \
            and w.key[i + 1] not in lx.roles and lx.people.match(w.key, i + 1) is None \
            and lx.countries.match(w.key, i + 1) is None and lx.korean is None:
        return None  # "Western Regional Police": a word of no country inside a name (a region's), not "Western envoys"
    return n, str(code)


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_KEY, _TAG, _ANALYSIS = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)
_TOKEN_KEYS: dict[int, tuple[Language, dict]] = {}


def _token_keys(lx: Language) -> dict:
    """A language's keys of tokens met so far, a word's as ``lx.key`` gives it, a punctuation mark's itself (Korean:
    each token's key, particle tag and ``lx.korean`` analysis, None for a punctuation mark)."""
    entry = _TOKEN_KEYS.get(id(lx))
    if entry is None or entry[0] is not lx:
        entry = _TOKEN_KEYS[id(lx)] = (lx, {})
    return entry[1]


#: The tokens of each space-delimited chunk met so far (the chunk itself when it is one token, else its tokens' texts,
#: starts and ends within it); bounded, emptied when full.
_CHUNKS: dict[str, str | tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]] = {}
MAX_CHUNKS = 200_000
_CACHED_CHUNK = 64  # a longer chunk (a run with no space) is read, not kept
_INITIAL_AT = re.compile(r"[A-ZА-ЯІЇЄҐ]\.")  # TOKEN's initial, which looks past its chunk for a name


def _spans(text: str, start: int, end: int) -> tuple[list[str], list[int], list[int]]:
    """The texts, starts and ends of ``TOKEN.finditer(text, start, end)``'s matches, read a chunk between plain spaces
    at a time, each distinct chunk once per process (words repeat: most chunks cost a look-up).

    No match holds white space or starts on it, and only TOKEN's initial ("J." before "Smith") looks past its own
    chunk, so a chunk's tokens are those of the chunk read alone, but for a chunk that ends in a capital and a full
    stop: that one is read in place. A stretch with white space other than the plain space (a line break, a
    no-break space) is read whole, as before (its chunks' offsets are not their lengths).

    Examples
    --------
    >>> _spans("Dr. J. Smith said: 3,000 (U.S.) died", 0, 36)[0]
    ['Dr', '.', 'J.', 'Smith', 'said', ':', '3', ',', '000', '(', 'U.S.', ')', 'died']
    >>> _spans("Dr. J. Smith said: 3,000 (U.S.) died", 0, 36) == tuple(list(f(m) for m in TOKEN.finditer(
    ...     "Dr. J. Smith said: 3,000 (U.S.) died", 0, 36)) for f in (_GROUP, _START, _END))
    True
    """
    piece = text[start:end]
    if not piece.isprintable():
        matches = list(TOKEN.finditer(text, start, end))  # one pass in C; the lists below are maps, in C too
        return list(map(_GROUP, matches)), list(map(_START, matches)), list(map(_END, matches))
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cache = _CHUNKS
    pos = start
    for chunk in piece.split(" "):
        n = len(chunk)
        if not n:
            pos += 1
            continue
        entry = cache.get(chunk)
        if entry is None:
            if n >= 2 and chunk[-1] == "." and _INITIAL_AT.match(chunk, n - 2):
                for m in TOKEN.finditer(text, pos, end):  # "J. Smith": an initial closing the chunk, read in place
                    if m.start() >= pos + n:
                        break
                    texts.append(m.group())
                    starts.append(m.start())
                    ends.append(m.end())
                pos += n + 1
                continue
            matches = list(TOKEN.finditer(chunk))
            entry = (tuple(map(_GROUP, matches)), tuple(map(_START, matches)), tuple(map(_END, matches)))
            if len(matches) == 1 and entry[1][0] == 0 and entry[2][0] == n:
                entry = chunk  # the whole chunk is one token (the commonest)
            if n <= _CACHED_CHUNK:
                if len(cache) >= MAX_CHUNKS:
                    cache.clear()
                cache[chunk] = entry
        if entry.__class__ is str:
            texts.append(chunk)
            starts.append(pos)
            ends.append(pos + n)
        else:
            found, lo, hi = entry  # type: ignore[misc]
            texts.extend(found)
            starts.extend([x + pos for x in lo])
            ends.extend([x + pos for x in hi])
        pos += n + 1
    return texts, starts, ends


def tokenize(text: str, start: int, end: int, lx: Language) -> Words:
    """The words of ``text[start:end]``.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> w = tokenize("Pang says 300 died.", 0, 19, language("en"))
    >>> w.text, w.key[:2]
    (['Pang', 'says', '300', 'died', '.'], ['pang', 'says'])
    """
    texts, starts, ends = _spans(text, start, end)
    korean = lx.korean
    if korean is None:
        known = _token_keys(lx)
        keys = list(map(known.get, texts))  # every token's key, punctuation as itself, once per process
        if None in keys:
            key = lx.key
            for k, word in enumerate(texts):
                if keys[k] is None:
                    keys[k] = found = key(word) if word[0].isalnum() else word
                    if len(known) < 1_000_000:
                        known[word] = found
        tags = [""] * len(texts)
    else:
        known_words = _token_keys(lx)  # Korean: each token's (key, particle tag, analysis), once per process
        entries = list(map(known_words.get, texts))
        if None in entries:
            for k, word in enumerate(texts):
                if entries[k] is None:
                    a = korean(word) if word[0].isalnum() else None
                    entries[k] = entry = (word, "", None) if a is None else (a.key, a.particle_tag, a)
                    if len(known_words) < 200_000:  # bounded: glued numbers ("234명이") make new tokens
                        known_words[word] = entry
        keys = list(map(_KEY, entries))
        tags = list(map(_TAG, entries))
        analysed = list(map(_ANALYSIS, entries))
        for k in [k for k, before in enumerate(texts[:-1], 1) if before in ")]”\"»'’"]:  # after a closing mark
            if analysed[k] is not None and len(texts[k]) <= 3 and starts[k] == ends[k - 1]:
                # a particle glued to a closing bracket ("(AFAD)은", "(UNHCR)는"): read it after a noun
                for noun in ("것", "나라"):  # after a consonant (은, 이) or a vowel (는, 가)
                    glued = korean(noun + texts[k])
                    if glued.key == noun and glued.particle_tag.startswith("J"):
                        keys[k], tags[k] = texts[k], glued.particle_tag
                        break
    return Words(texts, starts, ends, keys, tags, start)



_INITIAL = re.compile(r"[A-ZА-ЯІЇЄҐ]\.")  # TOKEN's initial, without its look ahead
_BEFORE_NAME = re.compile(r"\s+[A-ZА-ЯІЇЄҐ][^\W\d_]")  # what TOKEN's initial looks ahead for


def joined_words(parts: list[tuple[Words, int, int]], text: str, end: int) -> Words | None:
    """The words of ``text[:end]`` from the words of its sentences, when they are the very words
    ``tokenize(text, 0, end, lx)`` gives (so the article is read once); else None.

    ``parts`` are each sentence's words, start and end, in order, up to ``end``. The words are the
    same when nothing but white space stands outside the sentences, and some between any two (no
    word holds a space, so a word never reaches across), and no sentence ends in a capital and a
    full stop that the whole text would read as an initial before a name (``TOKEN`` looks ahead
    for one, past the sentence's end). A word's key does not depend on the words around it across
    a space.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> en = language("en")
    >>> text = "Pang says 300 died.  In Seoul, 4 more."
    >>> parts = [(tokenize(text, 0, 19, en), 0, 19), (tokenize(text, 21, 38, en), 21, 38)]
    >>> joined_words(parts, text, 38) == tokenize(text, 0, 38, en)
    True
    >>> text = "Plan B.\\nSeoul said 4."
    >>> joined_words([(tokenize(text, 0, 7, en), 0, 7), (tokenize(text, 8, 21, en), 8, 21)], text, 21) is None
    True
    """
    previous = 0
    for w, start, stop in parts:
        if start < previous or stop > end or (start > previous and not text[previous:start].isspace()) or (
                previous and start == previous):
            return None
        if stop >= 2 and _INITIAL.fullmatch(text, stop - 2, stop) and (
                len(w.text) >= 2 and w.text[-1] == "." and w.start[-1] == stop - 1 and w.start[-2] == stop - 2) \
                and _BEFORE_NAME.match(text, stop, end):
            return None
        previous = stop
    if previous < end and not text[previous:end].isspace():
        return None
    chain = itertools.chain.from_iterable
    return Words(list(chain(w.text for w, _, _ in parts)), list(chain(w.start for w, _, _ in parts)),
                 list(chain(w.end for w, _, _ in parts)), list(chain(w.key for w, _, _ in parts)),
                 list(chain(w.tag for w, _, _ in parts)), 0)
