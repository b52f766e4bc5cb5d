"""Claim extraction: the attributed numeric claims about people in an article's text.

The first pass an analyst would otherwise do by hand: every number the
normaliser finds is kept as a candidate claim only when

- a word near it says what was counted about people (died, injured, casualties,
  captured, sent …: the *metric*), and nothing says it counts something else
  (days, jobs, percent, money, ages);
- someone said it: "X said", "according to X", "X put the number at", "X
  estimates were", "citing X", "X's figure", or a sentence that continues the
  previous one ("It said").

Who said it maps to a canonical organisation and country through
``data/sources.csv``; the cue words are data in the language table
(``extraction:`` in ``analysis/languages/<lang>.yaml``), so adding a language
means adding words, not code. Each row says in ``reason`` which cue decided the
metric and which the attribution, with a ``confidence`` between 0 and 1.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .claims import DEFAULT_SOURCES, read_sources
from .lexicon import lexicon
from .normaliser import find_ranges
from .range import Range
from .schema import COLUMNS

OUTPUT_COLUMNS = list(COLUMNS) + ["low", "high", "low_open", "high_open", "best", "approx", "kind", "rule",
                                  "currency", "confidence", "reason"]


# ---------------------------------------------------------------------------------
# The language's cues, compiled
# ---------------------------------------------------------------------------------

def _trie(words: list[str]) -> str:
    """One regular expression for many words, shaped as a trie so matching branches on each letter.

    Longer continuations are tried first, so the longest phrase wins ("killed or
    wounded" before "killed"); a space matches any run of white space.
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(root)


def _words_pattern(words, flags=re.IGNORECASE) -> re.Pattern[str]:
    items = sorted({str(w) for w in words if str(w)}, key=len, reverse=True)
    if not items:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w-])(?:{_trie(items)})(?![\w-])", flags)


@dataclass(frozen=True)
class Cues:
    """One language's extraction cues, compiled to regular expressions."""

    metric: list[tuple[re.Pattern[str], str]]
    metric_any: re.Pattern[str]
    people: re.Pattern[str]
    weak_deployed: re.Pattern[str]
    not_people_after: frozenset[str]
    age_before: frozenset[str]
    not_people_before: frozenset[str]
    speech: re.Pattern[str]
    according: re.Pattern[str]
    estimate_nouns: re.Pattern[str]
    pronoun_subject: re.Pattern[str]
    nationality: re.Pattern[str]
    nationalities: dict[str, str]
    metric_of_cue: dict[str, str]
    scope_near: re.Pattern[str]
    scope_anywhere: re.Pattern[str]
    scope_of_cue: dict[str, str]
    abbreviations: frozenset[str]
    place_prepositions: frozenset[str]
    other_verbs: re.Pattern[str]
    auxiliaries: frozenset[str]
    casualty_metrics: frozenset[str]
    pronoun_speaker: re.Pattern[str]
    first_person: re.Pattern[str]
    role_speaker: re.Pattern[str]
    issuer_suffix: re.Pattern[str]


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    """The compiled cues of a language; raises ``ValueError`` when its table has none."""
    table = lexicon(lang).table.get("extraction")
    if not table:
        raise ValueError(f"no extraction cues for {lang!r}: add an 'extraction:' section to its language table")
    metric = []
    every = []
    for name, words in table["metric_cues"].items():
        for word in words:
            metric.append((str(word), name))
            every.append(str(word))
    metric.sort(key=lambda pair: -len(pair[0]))
    scope_near, scope_anywhere, scope_of_cue = [], [], {}
    for name, words in (table.get("scope_cues") or {}).items():
        for word in words:
            (scope_near if " " not in str(word) else scope_anywhere).append(str(word))
            scope_of_cue.setdefault(_key(str(word)), name)
    nationalities = {str(k).lower(): str(v) for k, v in (table.get("nationalities") or {}).items()}
    return Cues(
        metric=[(_words_pattern([w]), m) for w, m in metric], metric_any=_words_pattern(every),
        people=_words_pattern(table.get("people_nouns", [])), weak_deployed=_words_pattern(table.get("weak_deployed", [])),
        not_people_after=frozenset(str(w).lower() for w in table.get("not_people_after", [])),
        age_before=frozenset(str(w).lower() for w in table.get("age_before", [])),
        not_people_before=frozenset(str(w).lower() for w in table.get("not_people_before", [])),
        speech=_words_pattern(table.get("speech_verbs", [])), according=_words_pattern(table.get("according", [])),
        estimate_nouns=_words_pattern(table.get("estimate_nouns", [])),
        pronoun_subject=re.compile(r"^\W*(?:" + "|".join(re.escape(str(w)) for w in sorted(
            table.get("pronoun_subjects", []), key=len, reverse=True)) + r")\b", re.IGNORECASE),
        nationality=_words_pattern(nationalities, flags=re.IGNORECASE), nationalities=nationalities,
        metric_of_cue={_key(w): m for w, m in reversed(metric)},
        scope_near=_words_pattern(scope_near), scope_anywhere=_words_pattern(scope_anywhere), scope_of_cue=scope_of_cue,
        abbreviations=frozenset(str(w).lower() for w in table.get("sentence_abbreviations", [])),
        place_prepositions=frozenset(str(w).lower() for w in table.get("place_prepositions", [])),
        other_verbs=_words_pattern(table.get("other_verbs", [])),
        auxiliaries=frozenset(str(w).lower() for w in table.get("auxiliaries", [])),
        casualty_metrics=frozenset(table.get("casualty_metrics", [])),
        first_person=_words_pattern(table.get("first_person", [])),
        issuer_suffix=re.compile(r"\s*[-–—:,|]?\s*(?:" + _trie(sorted(str(w) for w in table.get("issuer_words", [])))
                                 + r")\s*$", re.IGNORECASE) if table.get("issuer_words") else re.compile(r"(?!x)x"),
        role_speaker=re.compile(
            r"(?<![\w-])(?P<who>(?:(?:a|an|the|one|two|several|senior|top|unnamed|other)\s+)*"
            r"(?P<nation>" + _trie(sorted(nationalities)) + r")\s+(?:[a-z][\w-]*\s+){0,2}?"
            r"(?:" + _trie(sorted(str(w) for w in table.get("role_nouns", []))) + r"))"
            r"(?:\s*,[^,]{0,60},)?\s+(?:(?:also|then|later|earlier|had|has|have|would|on\s+\w+)\s+)?"
            r"(?:" + _trie(sorted(str(w) for w in table.get("speech_verbs", []))) + r")(?![\w-])",
            re.IGNORECASE) if table.get("role_nouns") else re.compile(r"(?!x)x"),
        pronoun_speaker=re.compile(r"(?<![\w-])(?:" + _trie(sorted(str(w) for w in table.get("pronoun_subjects", [])))
                                   + r")\s+(?:(?:also|then|later|earlier|further|now|still|do|would|had|has|have)\s+)?(?:" +
                                   _trie(sorted(str(w) for w in table.get("speech_verbs", []))) + r")(?![\w-])",
                                   re.IGNORECASE),
    )


@lru_cache(maxsize=8)
def _alias_index(path: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    sources = read_sources(path)
    table = {a.casefold(): (a, o, c) for a, o, c in zip(sources["alias"], sources["organisation"], sources["country"])}
    return _words_pattern(sources["alias"]), table


@lru_cache(maxsize=8)
def _surnames(path: str) -> dict[str, tuple[str, str]]:
    """Last word of each person-like alias (two or more capitalised words) -> (organisation, country)."""
    sources = read_sources(path)
    out: dict[str, tuple[str, str]] = {}
    for alias, organisation, country in zip(sources["alias"], sources["organisation"], sources["country"]):
        words = alias.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.setdefault(words[-1].casefold(), (organisation, country))
            if "-" in words[-1]:  # Korean names put the family name first: Lee Seong-kweun is "Lee"
                out.setdefault(words[0].casefold(), (organisation, country))
    return out


_NAME = re.compile(r"(?<![\w-])((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+)")
_NOT_NAMES = frozenset("the this that it he she they we there in on at but and as a an officials sources if "
                       "when while although however meanwhile earlier later also its their his her our".split())


# ---------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+|\n+")
_STARTS_SENTENCE = re.compile(r"[\"“‘(\[]?[A-ZА-ЯІЇЄҐ0-9가-힣]")


def sentences(text: str, lang: str = "en") -> list[tuple[int, int, int]]:
    """Sentence spans ``(start, end, paragraph)``: cut after . ! ? and at line breaks.

    A full stop after a known abbreviation ("U.S.", "Feb.") or an initial, or
    before a lower-case word, does not end a sentence.

    Examples
    --------
    >>> text = "U.S. estimates were lower. The NIS said so on Feb. 7 in Seoul."
    >>> [text[s:e] for s, e, _ in sentences(text)]
    ['U.S. estimates were lower.', 'The NIS said so on Feb. 7 in Seoul.']
    """
    abbreviations = cues(lang).abbreviations if lexicon(lang).table.get("extraction") else frozenset()
    out = []
    start = 0
    paragraph = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if "\n" not in m.group():
            word = re.search(r"([\w.]+)[.!?…]+[\"”’')\]]*\s+$", text[max(start, end - 40):end])
            before = word.group(1).lower().rstrip(".") if word else ""
            if (before in abbreviations or (len(before) == 1 and before.isalpha())
                    or not _STARTS_SENTENCE.match(text, end)):
                continue
        stripped_end = m.start() + len(m.group().rstrip())
        if text[start:stripped_end].strip():
            lead = len(text[start:stripped_end]) - len(text[start:stripped_end].lstrip())
            out.append((start + lead, stripped_end, paragraph))
        if "\n" in m.group():
            paragraph += 1
        start = end
    if text[start:].strip():
        lead = len(text[start:]) - len(text[start:].lstrip())
        out.append((start + lead, len(text.rstrip()), paragraph))
    return out


# ---------------------------------------------------------------------------------
# One quantity
# ---------------------------------------------------------------------------------

@dataclass
class _Attribution:
    speaker: str
    organisation: str
    country: str
    cue: str
    position: int
    carried: bool = False


def _next_words(text: str, position: int, count: int = 3) -> list[str]:
    return [w.lower().rstrip(".") for w in re.findall(r"[\w'’.-]+", text[position:position + 80])[:count]]


def _previous_words(text: str, position: int, count: int = 2) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'’.-]+", text[max(0, position - 60):position])[-count:]]


def _metric(sentence: str, start: int, end: int, next_start: int, c: Cues) -> tuple[str | None, str, bool]:
    """The metric of the quantity at [start, end) of a sentence: (metric, cue, found after it).

    The clause after the number decides first, and a casualty word there (killed,
    wounded, captured …) beats a deployment word ("300 soldiers dispatched to
    Russia have been killed"); then the words before the number; then a bare
    "troops" after it (deployed).
    """
    forward = sentence[end:next_start]
    clause = re.split(r"[;:”\"—]|\s(?:while|whereas|although|but)\s", forward, maxsplit=1)[0]
    found = list(c.metric_any.finditer(clause))
    if found:
        chosen = next((m for m in found if _metric_of(m.group(), c) in c.casualty_metrics), found[0])
        return _metric_of(chosen.group(), c), chosen.group(), True
    backward = sentence[:start]
    hits = list(c.metric_any.finditer(backward))
    if hits:
        last = hits[-1]
        return _metric_of(last.group(), c), last.group(), False
    weak = c.weak_deployed.search(forward[:60])
    if weak:
        return "deployed", weak.group(), True
    return None, "", False


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _metric_of(cue_text: str, c: Cues) -> str:
    return c.metric_of_cue.get(_key(cue_text), "other")


def _is_about_people(sentence: str, start: int, end: int, r: Range, c: Cues,
                     people_before: bool = False) -> tuple[bool, str]:
    if r.currency:
        return False, "money"
    after = _next_words(sentence, end, 3)
    if after and (after[0] in c.not_people_after or "-".join(after[:2]) in c.not_people_after):
        return False, f"counts {after[0]}"
    if len(after) >= 2 and after[0].startswith("year") and after[1] in ("old", "olds"):
        return False, "an age"
    if sentence[end:end + 9].lower().startswith(("-year", "-day", "-week", "-month", "-hour", "-member")):
        return False, "part of a compound adjective"
    before = _previous_words(sentence, start, 1)
    if before and before[0] in c.age_before:
        return False, "an age"
    if before and before[0] in c.not_people_before:
        return False, f"a count of {before[0]}"
    if not c.people.search(sentence) and not (people_before and re.search(r"\b(?:them|they|those)\b", sentence)):
        verb = c.metric_any.search(" ".join(sentence[end:end + 60].split()[:3]))  # "300 had died"
        if not (verb and _metric_of(verb.group(), c) in c.casualty_metrics):
            return False, "no people counted in the sentence"  # "300 died" counts people all the same
    return True, ""


def _attributions(sentence: str, offset: int, sources_path: str, c: Cues) -> list[_Attribution]:
    """Who speaks in a sentence, and where."""
    pattern, table = _alias_index(sources_path)
    out: list[_Attribution] = []
    for m in c.according.finditer(sentence):
        tail = sentence[m.end():m.end() + 120]
        head = re.split(r";|\.$|\s(?:and\s+)?(?:said|says|that)\s", tail, maxsplit=1)[0].strip(" ,")
        alias = pattern.match(head) or pattern.search(head[:40])
        countries = sorted({c.nationalities[n.group().lower()] for n in c.nationality.finditer(head[:80])} - {""})
        full = table.get(head.casefold())
        if full:
            out.append(_Attribution(head, full[1], full[2], f"'{m.group()} {head}'", m.start()))
        elif len(countries) > 1:
            out.append(_Attribution(head, head, "|".join(countries), f"'{m.group()} {head}' (joint)", m.start()))
        elif alias:
            _, organisation, country = table[alias.group().casefold()]
            out.append(_Attribution(alias.group(), organisation, country, f"'{m.group()} {alias.group()}'", m.start()))
        elif countries:
            out.append(_Attribution(head, head, countries[0], f"'{m.group()} {head}'", m.start()))
    for m in pattern.finditer(sentence):
        _, organisation, country = table[m.group().casefold()]
        after = sentence[m.end():m.end() + 90]
        before = sentence[max(0, m.start() - 40):m.start()]
        previous = re.findall(r"[\w']+", before)
        if previous and previous[-1].lower() in c.place_prepositions and not re.search(r"according\s+to\s*$", before):
            continue  # "to Russia", "in Kyiv": a place, not a speaker
        verb = c.speech.search(after)
        words_between = len(re.findall(r"\w+", after[:verb.start()])) if verb else 99
        if verb:
            between = re.findall(r"[\w']+", after[:verb.start()])
            while between and between[-1].lower() in c.auxiliaries:
                between.pop()  # "has claimed", "said on Monday"
            if c.other_verbs.search(" ".join(between)):
                words_between = 99  # another verb comes first: this name is not the one speaking
        estimate = re.match(r"\s*(?:'s|’s)?\s*(?:\w+\s+){0,2}?", after) and c.estimate_nouns.match(
            after.lstrip(" '’s").split(" ", 1)[0] if after.strip() else "")
        spoken = list(c.speech.finditer(before))  # "…, said the NIS", "…, заявив Зеленський"
        inverted = spoken[-1] if spoken and len(re.findall(r"\w+", before[spoken[-1].end():])) <= 1 else None
        if inverted and not re.match(r"\s*(?:[,.;:!?”\"'’)]|$|(?:on|in|at|during|late|early|last|this)\b)", after):
            inverted = None  # "say North Korea has sent …": the name starts the reported clause
        if m.group().casefold().endswith(("estimates", "estimate", "officials")) or estimate:
            cue = f"'{sentence[m.start():m.end() + 12].strip()}'"
        elif verb and words_between <= 6:
            cue = f"'{m.group()} … {verb.group()}'"
        elif inverted:
            cue = f"'{inverted.group().strip()} {m.group()}'"
        else:
            continue
        out.append(_Attribution(m.group(), organisation, country, cue, m.start()))
    if not out and c.speech.search(sentence):
        for m in c.role_speaker.finditer(sentence):  # "a South Korean lawmaker said", "U.S. officials told"
            country = c.nationalities.get(m.group("nation").lower(), "")
            who = re.sub(r"^(?:a|an|the|one)\s+", "", m.group("who").strip(), flags=re.IGNORECASE)
            out.append(_Attribution(who, who, country, f"'{m.group().strip()}' (a role)", m.start()))
    out.sort(key=lambda a: a.position)
    return out


def _title_country(text: str, position: int, c: Cues) -> str:
    """The nationality in the title before a name ("Estonian defence chief Martin Herem"), or ""."""
    before = re.split(r"[,.;:\"“”()—]", text[max(0, position - 60):position])[-1]
    if len(before.split()) > 5:
        return ""
    found = list(c.nationality.finditer(before))
    return c.nationalities[found[-1].group().lower()] if found else ""


def _named_speakers(sentence: str, sources_path: str, c: Cues,
                    known: dict[str, tuple[str, str]] | None = None, earlier: str = "") -> list[_Attribution]:
    """Capitalised names the alias table does not know, used as the subject of a speech verb ("Lee said").

    The name's country comes from, in order: the alias table, when it knows the
    surname from a full name ("Budanov"); a nationality just before the name
    ("South Korean lawmaker Lee Seong-kweun"), here or where the document
    (``earlier``: its text before this sentence) first named the person; names
    already resolved in the document (``known``, filled here). Otherwise the name
    stands as its own organisation, country unknown.
    """
    surnames = _surnames(sources_path)
    known = {} if known is None else known
    out = []
    for m in _NAME.finditer(sentence):
        name = m.group(1)
        words = name.split()
        while words and words[0].casefold() in _NOT_NAMES:
            words.pop(0)
        if not words:
            continue
        after = sentence[m.end():m.end() + 40]
        tail = re.match(r"\s+((?:\w+\s+){0,2}?)(\w+)", after)
        if not tail or not c.speech.fullmatch(tail.group(2)):
            continue
        if any(w.lower() not in c.auxiliaries for w in tail.group(1).split()):
            continue
        name = " ".join(words)
        found = surnames.get(words[-1].casefold()) or known.get(words[-1].casefold()) \
            or known.get(words[0].casefold())
        if found is None:
            country = _title_country(sentence, m.start(), c)
            if not country and earlier:
                for mention in reversed(list(re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", earlier))):
                    first = re.search(r"(?:[A-Z][\w'’-]*\s+){0,2}$", earlier[:mention.start()])
                    country = _title_country(earlier, first.start() if first else mention.start(), c)
                    if country:
                        break
            found = (name, country)
            if country:
                for word in (words[0], words[-1]):
                    known.setdefault(word.casefold(), found)
        organisation, country = found
        cue = f"'{name} {tail.group(2)}' (a name{', ' + country if country else ''})"
        out.append(_Attribution(name, organisation, country, cue, m.start()))
    return out


def _opening_speakers(text: str, sources_path: str) -> list[_Attribution]:
    """Organisations named in a document's first line (the title or letterhead of a statement), in order."""
    pattern, table = _alias_index(sources_path)
    out = []
    head = text.lstrip()[:200]
    if "\n" not in head:
        return out  # no title line: a single paragraph has no letterhead
    first_line = head.split("\n", 1)[0]
    offset = len(text) - len(text.lstrip())
    dateline = re.match(r"^[A-Z][A-Z .,'’-]+(?:—|–|-|:)\s*", first_line)  # "SEOUL, SOUTH KOREA —"
    if dateline:
        return out
    for m in pattern.finditer(first_line):
        _, organisation, country = table[m.group().casefold()]
        out.append(_Attribution(m.group(), organisation, country, f"'{m.group()}' opens the document",
                                offset + m.start()))
    return out


def _issuer(text: str, sources_path: str, c: Cues) -> _Attribution | None:
    """The organisation a statement speaks for: a first line that is only its name ("Ministry of Defence of Ukraine").

    News articles open with a headline or a dateline, not a bare name, so a text
    whose first line is an organisation's name (with at most a word such as
    "Statement") is taken to be that organisation's own statement.
    """
    pattern, table = _alias_index(sources_path)
    head = text.lstrip()
    first = head.split("\n", 1)[0].strip(" .:-–—")
    if not first or len(first) > 120 or "\n" not in head:
        return None
    m = pattern.fullmatch(c.issuer_suffix.sub("", first))
    if not m:
        return None
    _, organisation, country = table[m.group().casefold()]
    return _Attribution(m.group(), organisation, country, f"'{m.group()}' issued the statement", 0, True)


def _choose(attributions: list[_Attribution], position: int) -> _Attribution | None:
    if not attributions:
        return None
    before = [a for a in attributions if a.position <= position]
    if before:
        return before[-1]
    return attributions[0]


_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\s(?:while|whereas)\s|\s—\s")


def _scope(sentence: str, start: int, end: int, c: Cues) -> str:
    """window, rate, planned or share when a cue in the number's clause says so (short cues only next to it)."""
    left = max((m.end() for m in _CLAUSE.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE.finditer(sentence, end)), len(sentence))
    found = c.scope_anywhere.search(sentence[left:start] + " " + sentence[end:right])
    if found:
        return c.scope_of_cue[_key(found.group())]
    found = c.scope_near.search(sentence[max(left, start - 30):start] + " " + sentence[end:min(right, end + 30)])
    if found:
        return c.scope_of_cue[_key(found.group())]
    return "cumulative"


def _subject(sentence: str, end: int, c: Cues) -> str:
    after = sentence[end:end + 80]
    m = c.people.search(after)
    if m and len(re.findall(r"\w+", after[:m.start()])) <= 3:
        lead = re.search(r"((?:[A-Z][\w.-]*\s+){0,3})$", after[:m.start()])
        return ((lead.group(1) if lead else "") + m.group()).strip()
    found = list(c.people.finditer(sentence))
    return found[-1].group() if found else ""


# ---------------------------------------------------------------------------------
# Public
# ---------------------------------------------------------------------------------

def extract_claims(text: str, lang: str = "en", sources: str | Path | None = None,
                   document: str = "article") -> pd.DataFrame:
    """Candidate claims in an article: attributed numbers about people, one row each, in text order.

    Parameters
    ----------
    text : str
        The article text.
    lang : str, default "en"
        The language (its table must have an ``extraction:`` section).
    sources : str or Path, optional
        The alias table (default ``data/sources.csv``).
    document : str, default "article"
        The name the ``document`` column gives the text (the offsets point into it).

    Returns
    -------
    pandas.DataFrame
        The claims columns (``claim_id`` E001…, ``speaker``, ``organisation``,
        ``country``, ``metric``, ``scope``, ``subject``, ``stated``, ``quote`` the
        whole sentence, ``start``/``end`` offsets of the number phrase in ``text``),
        the range columns, ``confidence`` and ``reason`` (the cues that decided).

    Examples
    --------
    >>> rows = extract_claims("In January, the NIS said about 300 North Korean soldiers had died "
    ...                       "and 2,700 had been injured.")
    >>> rows[["stated", "metric", "organisation", "country"]].values.tolist()
    [['about 300', 'killed', 'National Intelligence Service (NIS)', 'KR'], ['2,700', 'wounded', 'National Intelligence Service (NIS)', 'KR']]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_claims expects a str, not {type(text).__name__}")
    c = cues(lang)
    sources_path = str(sources if sources is not None else DEFAULT_SOURCES)
    spans = sentences(text, lang)
    starts = [s for s, _, _ in spans]
    found = [r for r in find_ranges(text, lang=lang) if r.unit is None]  # shares are not counts
    by_sentence: dict[int, list[Range]] = {}
    for r in found:
        index = bisect.bisect_right(starts, r.start) - 1
        if index >= 0 and r.end <= spans[index][1]:
            by_sentence.setdefault(index, []).append(r)
    rows = []
    attribution_cache: dict[int, list[_Attribution]] = {}
    named: dict[str, tuple[str, str]] = {}  # names met in this document, with their country
    issuer = _issuer(text, sources_path, c)

    def attributions_of(index: int) -> list[_Attribution]:
        if index not in attribution_cache:
            s, e, _ = spans[index]
            attribution_cache[index] = _attributions(text[s:e], s, sources_path, c)
        return attribution_cache[index]

    for index in sorted(by_sentence):
        s, e, paragraph = spans[index]
        sentence = text[s:e]
        quantities = by_sentence[index]
        speakers = attributions_of(index)
        people_before = index > 0 and spans[index - 1][2] == paragraph and bool(
            c.people.search(text[spans[index - 1][0]:spans[index - 1][1]]))
        pronoun = c.pronoun_speaker.search(sentence)
        if not speakers and (pronoun or (c.pronoun_subject.match(sentence) and c.speech.search(sentence))):
            first_person = bool(pronoun and c.first_person.fullmatch(pronoun.group().split()[0]))
            # "It said": a source named in the last few sentences; "We believe": the document's own voice,
            # named anywhere before, or in its opening lines
            reach = index if first_person else 3
            for back in range(index - 1, max(-1, index - 1 - reach), -1):
                if not first_person and paragraph - spans[back][2] > 1:
                    break
                previous = attributions_of(back)
                if not previous and back == 0 and first_person:
                    previous = _opening_speakers(text, sources_path)[:1]
                if previous:
                    carried = previous[-1]
                    speakers = [_Attribution(carried.speaker, carried.organisation, carried.country,
                                             f"carried over from an earlier sentence ({carried.cue})", 0, True)]
                    break
            if not speakers and first_person and index == 0:
                opening = _opening_speakers(text, sources_path)
                if opening:
                    speakers = [_Attribution(opening[0].speaker, opening[0].organisation, opening[0].country,
                                             f"the document's own voice ({opening[0].cue})", 0, True)]
        if not speakers:
            speakers = _named_speakers(sentence, sources_path, c, named, text[max(0, s - 20_000):s])
        if not speakers and issuer is not None:
            speakers = [issuer]
        excluded_end = -1
        for number, r in enumerate(quantities):
            start, end = r.start - s, r.end - s
            next_start = quantities[number + 1].start - s if number + 1 < len(quantities) else len(sentence)
            people, why_not = _is_about_people(sentence, start, end, r, c, people_before)
            if people and excluded_end >= 0 and re.fullmatch(r"\s*(?:to|-|–|against|versus|vs\.?)\s*",
                                                             sentence[excluded_end:start]):
                people = False  # the other side of a tally ("voted 180 to 12")
            if not people:
                excluded_end = end
                continue
            excluded_end = -1
            metric, metric_cue, after = _metric(sentence, start, end, next_start, c)
            if metric is None:
                continue
            speaker = _choose(speakers, start)
            if speaker is None:
                continue
            confidence = 0.45 + (0.25 if after else 0.15) + (0.1 if speaker.carried or not speaker.country else 0.25)
            if metric == "deployed" and c.weak_deployed.fullmatch(metric_cue or ""):
                confidence -= 0.15
            scope = _scope(sentence, start, end, c)
            rows.append(dict(
                claim_id="", claim_date="", speaker=speaker.speaker, organisation=speaker.organisation,
                country=speaker.country, metric=metric, scope=scope, subject=_subject(sentence, end, c),
                stated=r.text, quote=sentence, outlet="", published="", url="", lang=lang, notes="", document=document,
                start=r.start, end=r.end, low=r.low, high=r.high, low_open=r.low_open, high_open=r.high_open,
                best=math.nan if r.best is None else r.best, approx=r.approx, kind=r.kind, rule=r.rule,
                currency=r.currency, confidence=round(min(confidence, 0.99), 2),
                reason=f"metric: '{metric_cue}' {'after' if after else 'before'} the number; "
                       f"attribution: {speaker.cue}"))
    for number, row in enumerate(rows, 1):
        row["claim_id"] = f"E{number:03d}"
    return pd.DataFrame({column: [row[column] for row in rows] for column in OUTPUT_COLUMNS}, columns=OUTPUT_COLUMNS)
