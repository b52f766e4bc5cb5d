"""Article text -> candidate claims: sentences, numbers, measures, speakers, in one pass.

For each number the normaliser finds: is it a count of people, in which measure (a cue near it),
and who said it (an attribution in its sentence, or carried over from the sentences around it
by a pronoun, a quotation, "this was reported by X", the headline's source or the statement's
issuer). The speaker's organisation and country come from the registry and from the speaker
phrase's own words; a name nobody knows keeps its own name and no country.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
import math
from itertools import compress, count
import re
import unicodedata
from dataclasses import dataclass, replace

from ..claims.kinds import infer_kind  # (at the module's head: a function's own import costs about 3 µs a call)
from ..errors import InputError
from ..limits import MAX_ARTICLE_CHARS, check_size
from ..range import Range
from .attribution import Attribution, _chunk_before, _dative_addressee, attributions, numbered_body
from .attribution import _headed_body as _heads_at
from .credits import CREDIT_BRACKETS, wire_credit
from .interviews import Turns, turns
from .language import TOKEN, Language, language
from .measures import (Measure, describes_thing, elliptical, households_restated, joined, measure, not_people,
                       number_words, part_died, scope, subject, none_among_claims, ordinal_claims, subset, tally_item, tally_label, tally_things,
                       whole_number, zero_claims, listed, mixed_group, aid_recipients, nominal_cue_nouns)
from .outlets import (Page, document_site, latin_initial, latin_words, official_site, news_outlet, outlet_home, page_of,
                      spellings, spells)
from .memo import moved as _moved, sentence_ranges, sentence_ranges_at, sentence_words
from .places import before_surname, place_at, place_nouns, sound_candidates
from .registry import Known, RegistryIndex, registry_index
from .sentences import Sentence, quotations, sentences
from .speakers import (Speaker, _acronym, _function_word, _glued_country, _korean_role, phrase_has_head, private_person,
                       private_speaker, resolve)
from .gates import may_ask, may_open, phrase_firsts
from .words import CAPITAL, Words, acronym, country_at, destination_case, joined_words, tokenize

CLAIM_COLUMNS = ("claim_id", "claim_date", "speaker", "organisation", "country", "metric", "scope", "subject",
                 "stated", "quote", "outlet", "published", "url", "lang", "notes", "document", "start", "end")
RANGE_COLUMNS = ("low", "high", "low_open", "high_open", "best", "approx", "kind", "rule", "currency")
OUTPUT_COLUMNS = CLAIM_COLUMNS + RANGE_COLUMNS + ("confidence", "reason")
MAX_QUOTE_CHARS = 2_000  # a longer sentence (a list with no full stop) is quoted around the number
QUOTE_WINDOW = 300
MAX_TITLE = 24  # words of a title that opens its clause before a name, commas and all (``_opening_title``)

_ADDRESS_AFTER = re.compile(r"\.[a-z]{2,6}(?![^\W\d_])")  # a dot and a domain glued after a number
_WHITE_SPACE = re.compile(r"\s")  # (where a sentence's first run of letters and marks ends)
_NEXT_WORD = re.compile(r"\s+(\w+)")
#: Two capitalised words of letters, a space apart ("Michael French", "Émile French": any capital, ``CAPITAL``): the
#: matches of ``\b(C[^\W\d_]+)[ \t]+(C[^\W\d_]+)\b`` (C a capital), with the word boundary before the first capital
#: asked after it (no word character before the capital, ``(?<!\w.)``), so the pattern opens with a character set and
#: the regular expression engine skips to the next capital instead of testing a boundary at every character (twice as
#: fast over an article; ``tests/test_extract_speed.py`` checks the matches are the same).
_DIALLED = re.compile(r"(?:\+\d[\d \-().]*|\+)$")  # what precedes a number of a telephone number: "+676 ", "+"
_END_MARKS = frozenset({"###", "-30-"})  # a press release's closing line, the same in every language
_CLOSING_WORD = re.compile(r"[-–—\s]*(?:END|ENDS)[-–—\s.]*")  # a release's closing word in capitals ("END", "-ENDS-")
_REPLY_CLOSES = re.compile(r"[,!?…]\s*[-–—]\s+\w[^-–—]*$")  # "…, - рассказала она": the dash that closes a reply
_BULLETS = frozenset("•‣◦⁃∙*")  # bullets that are punctuation, not symbols (a symbol of any kind is a bullet)


def _bulleted(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open with a bullet: symbols (emoji, "▪", "🔹", "•") and nothing else before its first word?

    Examples
    --------
    >>> _bulleted("▪️МЧС: утонули 1 143 человека.", 0, 30)
    True
    >>> _bulleted("— Мы потеряли пятерых, — сказал он.", 0, 35)
    False
    >>> _bulleted("«Лікарі без кордонів»", 0, 21), _bulleted("+32 градуси: спека", 0, 18)
    (False, False)
    """
    seen = False
    for ch in text[start:end]:
        if ch.isspace():
            continue
        category = unicodedata.category(ch)
        if category == "So" or ch in _BULLETS:
            seen = True
        elif category not in ("Mn", "Cf") and not (seen and category == "Sk"):  # (an emoji's variation selector,
            return seen  # joiner or skin tone; not "+32" nor "> quoted mail": a sign of mathematics is no bullet)
    return False


_DIGIT_GROUPS = re.compile(r"\d+(?:[ \u00a0]\d+)+")  # digits in groups parted by single spaces


def _telephone_run(text: str, start: int, end: int) -> bool:
    """Is the number at text[start:end] part of a telephone number written in groups: four groups or more in one run
    of digits and single spaces, one group after the first not of three digits or the first a lone zero ("гаряча
    лінія 0 800 50 17 20", "0 800 300 529"), which no count of thousands is ("12 345 678")?

    Examples
    --------
    >>> _telephone_run("лінію 0 800 50 17 20.", 12, 14)
    True
    >>> _telephone_run("понад 1 234 567 осіб", 6, 15)
    False
    """
    while start > 1 and text[start - 1] in " \u00a0" and text[start - 2].isdigit():
        start -= 2
        while start > 0 and text[start - 1].isdigit():
            start -= 1
    run = _DIGIT_GROUPS.match(text, start)
    if run is None or run.end() < end:
        return False
    groups = run.group().split()
    return len(groups) >= 4 and (groups[0] == "0" or any(len(group) != 3 for group in groups[1:]))


_NAME_PAIR = re.compile(rf"({CAPITAL}(?<!\w.)[^\W\d_]+)[ \t]+({CAPITAL}[^\W\d_]+)\b")

#: Kinds of a state's own bodies: a registry body of one of these names its country in an article's opening (an NGO's
#: or an outlet's seat does not say where the story is).
_STATE_KINDS = frozenset({"government", "military", "intelligence", "legislature", "armed_group"})

#: Confidence of each way of finding the speaker, before the adjustments in ``_confidence``.
BASE_CONFIDENCE = {"direct": 0.86, "according": 0.88, "inverted": 0.86, "citing": 0.86, "relay": 0.6,
                   "backward": 0.8, "headline": 0.8, "quotation": 0.8, "carried": 0.78, "elided": 0.72,
                   "issuer": 0.65, "interview": 0.8}


#: Kinds of body a bare kind noun points back to (an independent body: never a state's, which _national finds).
_KIND_POINTERS = ("ngo", "research", "media")
_FIRSTS: dict[tuple[int, int], tuple[Language, RegistryIndex, frozenset[str]]] = {}
_SPLIT: dict[int, tuple[frozenset[str], tuple[tuple[str, ...], ...]]] = {}


def _split_phrases(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase of a table's phrase set split into its keys, in the set's own order (split once, not per word)."""
    found = _SPLIT.get(id(phrases))
    if found is None or found[0] is not phrases:
        found = _SPLIT[id(phrases)] = (phrases, tuple(tuple(phrase.split()) for phrase in phrases))
    return found[1]
_UNIONS: dict[tuple[int, tuple[str, ...]], tuple[Language, frozenset[str]]] = {}


def _union(lx: Language, names: tuple[str, ...]) -> frozenset[str]:
    """The union of some of a language's word sets, made once per language (not per speaker)."""
    found = _UNIONS.get((id(lx), names))
    if found is None or found[0] is not lx:
        found = (lx, frozenset().union(*(lx.words[name] for name in names)))
        _UNIONS[(id(lx), names)] = found
    return found[1]


#: Words that end a noun phrase after its noun ("a Chinese national *and* a child", "… *who* …").
_NP_ENDS = ("coordinators", "clause_words", "relative_pronouns", "place_prepositions", "np_glue")
#: Quotation marks, opening or closing (a headline's quotations are read in pairs).
_QUOTE_MARKS = frozenset('"“”«»„')
_HASHTAG = re.compile(r"#(\w+)")  # a hashtag of a post's closing line ("#КоординаційнийШтаб")
_HEADING_MARKS = frozenset("-–—:]")  # after an interview's noun in a heading, the guest's name and title follow


@dataclass(frozen=True)
class Found:
    """A speaker found for a number: the speaker, how it was found, and the cue's words."""

    speaker: Speaker
    how: str
    cue: str


#: Paragraphs a document given whole with no quotation marks may run over (``Document.unquoted_document``).
_LONGEST_DOCUMENT = 12
#: Paragraphs in the third person a document given whole with no quotation marks may hold between two in the first.
_THIRD_PERSON_RUN = 2

#: Marks that open a roundup's marker line ("◇ 볼리비아 산악도로서 버스 추락", "■ Kenya: floods"): see ``Document.sections``.
SECTION_MARKS = frozenset("◇◆■□▲△▶►●○•※★☆▣◈")


@dataclass(frozen=True)
class Section:
    """One part of a roundup that has a country of its own: its first sentence, and either the country its subheading
    opens with ("Estonia: two fishermen missing") or the sentence whose countries say it (a story's credited lede,
    "(하노이=연합뉴스) … 라오스 …": read only when asked, as every sentence's countries are)."""

    start: int
    country: str = ""
    lede: int | None = None


class Document:
    """One article being read: its sentences, and each sentence's words and speakers, computed once."""

    def __init__(self, text: str, lx: Language, registry: RegistryIndex, home: str | None = None,
                 official: bool = False, page: Page | None = None):
        self.text = text
        #: Is the text a page of an official site (``outlets.official_site`` of the address a user gave)? Its
        #: unattributed sentences are then the body's whose page it is (``_official_issuer``).
        self.official = official
        #: What the page's address or file name says of its publisher when it is no news outlet's
        #: (``outlets.page_of``): a body it names is the page's own issuer (``page_issuer``).
        self.page = page
        #: The news outlet that published the text, as (outlet, country) (``outlets.news_outlet``), or None: its
        #: newsroom's "we" outside quotations is the outlet's own voice (``newsroom``).
        self.outlet: tuple[str, str] | None = None
        self._outlet_named: bool | None = None  # does the text name its outlet (``newsroom``)? Read once
        self._page_owner: Found | None | bool = False
        self.lx = lx
        self.registry = registry
        #: The article's home country: its outlet's (``outlets.outlet_home``), else the language's (``home_country``);
        #: a bare state body, a bare local body or a home word ("our nationals") of no country of its own is its.
        self.home: str = lx.table.get("home_country", "") if home is None else home
        self.sentences = sentences(text, lx)
        self.starts = [s.start for s in self.sentences]
        self._quotes: list[tuple[int, int]] | None = None  # read when a number's speaker needs them
        self._quote_starts: list[int] = []
        self._words: dict[int, Words] = {}
        self._ranges: dict[int, tuple[Range, ...]] = {}
        self._attributions: dict[int, list[Attribution]] = {}
        self._resolved: dict[int, list[tuple[Attribution, Found]]] = {}
        self.known: list[Speaker] = []
        self._known_by_key: dict[str, list[int]] = {}  # key -> places in ``known`` of speakers with a country
        self._issuer: Found | None | bool = False
        self._signatory: Speaker | None | bool = False  # the body signing the text at its end, when asked
        self._releases: list[int] | None = None  # the lines of a release's furniture, when asked
        self._sending: str | None = None
        self._country: str | None = None
        self._named_any = False  # does the article's opening name any country at all?
        self._named_codes: frozenset[str] = frozenset()  # ... and which
        self._lede_codes: frozenset[str] = frozenset()  # the countries the headline and the lede name
        self._counts: dict[str, int] = {}  # ... and how often
        self._surnames: frozenset[str] | None = None
        self._sentence_countries: dict[int, tuple[list[int], list[str], str]] = {}
        self._other_sides: dict[int, frozenset[str]] = {}  # sentence -> the countries it names as the other side
        self._worded: frozenset[str] | None = None  # the countries the article names by a country word, when asked
        self._worded_so_far: set[str] = set()  # ... those of its first ``_worded_read`` sentences (``_worded_named``)
        self._worded_read = 0
        self._titles: dict[str, Speaker | None] = {}
        self._spans: dict[int, tuple[list[int], list[int]]] = {}
        self._branches: dict[str, str | None] = {}
        self._frames: dict[int, tuple[list[int], list[Found], list[int], list[Found]]] = {}
        self._credits: dict[int, int] = {}
        self._leads: dict[int, int | None] = {}  # a list item's lead line (``list_lead``)
        self._aliases: dict[tuple[str, ...], str] | None = None
        self._mentions: list[tuple[int, Known]] | None = None  # (offset, body) of the registry's names, when asked
        self._turns: tuple[Turns, Found | None] | None = None  # an interview's turns and its guest, when asked
        self._paragraph_starts: dict[int, int] = {}  # paragraph -> its first sentence, when asked
        self._sections: list[Section] | None = None  # a roundup's parts of their own country (``sections``), when asked
        self._paragraphs: dict[int, list[int]] | None = None  # paragraph -> its sentences, when asked
        self._unattributed: dict[int, bool] = {}  # paragraph -> has it no speaker of its own, when asked
        self._embedded: dict[int, tuple[int, int, int]] | None = None  # documents given whole unquoted, when asked

    def credit_end(self, si: int) -> int:
        """Where a wire credit opening the sentence ends ("(Seoul=Agency)", "CITY, 23 Sep - Agency."; see
        ``credits.py``), else the sentence's start. Only the first sentence of one of the article's first paragraphs
        (a dateline) is read: the credit says where the copy was written and who relayed it, so its words name no
        speaker and its place no country of the story."""
        if si not in self._credits:
            s = self.sentences[si]
            if s.title or s.paragraph > 3:
                self._credits[si] = s.start  # (no credit is read there: the walk back below would find none)
                return s.start
            first = si
            while first > 0 and self.sentences[first - 1].paragraph == s.paragraph and len(
                    self.text[self.sentences[first - 1].start:self.sentences[first - 1].end].split()) <= 3:
                first -= 1  # "Київ. 20 травня. AGENCY - …": the dateline's place and date, split at their full stops
            opens = first == 0 or self.sentences[first - 1].paragraph != s.paragraph
            credit = wire_credit(self.text, self.sentences[first].start, s.end, self.lx, self.registry) \
                if opens else s.start
            self._credits[si] = credit if credit > s.start else s.start
        return self._credits[si]

    # -- per sentence, computed once -----------------------------------------------------------
    def words(self, si: int) -> Words:
        if si not in self._words:
            s = self.sentences[si]
            self._words[si] = sentence_words(self.text, s.start, s.end, self.lx)
        return self._words[si]

    def ranges(self, si: int) -> tuple[Range, ...]:
        """The counts the sentence states (``sentence_ranges``), offsets in the article: read once per article."""
        found = self._ranges.get(si)
        if found is None:
            s = self.sentences[si]
            found = sentence_ranges_at(self.text, s.start, s.end, self.lx.lang)
            found = self._ranges[si] = tuple(x for r in found if not _ADDRESS_AFTER.match(self.text, r.end)
                                             for x in self._governed_hedge(r))
            # (a number glued to a dot and a domain's letters is a web address, "рассказал 24.kg", no count)
        return found

    def _governed_hedge(self, r: Range) -> tuple[Range, ...]:
        """``r``, or ``r`` read again without its first word when that word is one of the table's
        ``preposition_hedges`` governed by the word before it (one of ``hedge_governors``): "worried about two
        volunteers" counts two, not about two."""
        hedges = self.lx.words["preposition_hedges"]
        first = r.text.split(maxsplit=1)
        if len(first) < 2 or first[0].lower() not in hedges:
            return (r,)
        before = re.search(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$", self.text[max(0, r.start - 40):r.start])
        # (right before, no stop; or before an object pronoun: "told us about 1,400 deaths")
        if before is None or not (before[2] is None and before[1].lower() in self.lx.words["hedge_governors"] or (
                before[2] is not None and before[2].lower() in self.lx.words["hedge_governors"]) or (
                before[2] is not None and before[2].lower() in self.lx.words["object_pronouns"]
                and before[1].lower() in self.lx.words["audience_verbs"])):
            return (r,)
        start = r.start + r.text.index(first[1])
        return sentence_ranges_at(self.text, start, r.end, self.lx.lang) or (r,)

    def attributions(self, si: int) -> list[Attribution]:
        if si not in self._attributions:
            found = attributions(self.words(si), self.lx, self.registry, self.text)
            credit = self.credit_end(si)
            if credit > self.sentences[si].start:  # the agency of a wire credit relays; it never speaks
                found = [a for a in found if a.speaker is None or a.speaker.span[0] >= credit]
            found = self._past_means_opening(si, found)
            headline = self._headline(si) if all(a.speaker is None for a in found) or (
                self.sentences[si].title and self.lx.korean is None) else None
            if headline is not None and any(a.speaker is not None for a in found) and not (
                    headline.trailing and self.text[headline.position] in "-–—"
                    and all(a.speaker is None or (a.position < headline.position and a.kind != "backward")
                            for a in found)):
                headline = None  # "Вбив 17 людей …: командиру … повідомили про підозру – ОГП": a headline's source
                # after its closing dash speaks the whole headline, whatever verb of saying stands inside it
            if headline is None and (line := self._headline_line(si, found)) is not None:
                headline = line
            self._attributions[si] = [headline] + self._headline_more(si, headline) if headline else found
        return self._attributions[si]

    def _headline_line(self, si: int, found: list[Attribution]) -> Attribution | None:
        """The source after the closing dash of a headline line that holds two sentences or more, for each sentence of
        that line ("Из колл-центров освободили 14 кыргызстанцев. Еще 9 остаются там — МИД", "Загинули двоє людей. Ще
        п'ятеро поранені – ОВА"): a line of at most three sentences whose last ends on no mark of a sentence's end is
        one headline, and its source speaks every sentence of it. None when the sentence names a speaker of its own,
        or the line's last sentence has no source after a dash."""
        if any(a.speaker is not None for a in found) or self.sentences[si].title:
            return None
        paragraph = self.sentences[si].paragraph
        first = si
        while first > 0 and self.sentences[first - 1].paragraph == paragraph:
            first -= 1
        last = si
        while last + 1 < len(self.sentences) and self.sentences[last + 1].paragraph == paragraph:
            last += 1
        if last == first or last - first > 2 or not self.sentences[first].start == self._line_start(first):
            return None
        tail = self.text[self.sentences[last].start:self.sentences[last].end].rstrip()
        if not tail or tail[-1] in ".!?…\"”»'’)":
            return None  # (a body paragraph: its last sentence ends as sentences do)
        closing = self._headline(last, line=True)
        if closing is None or not closing.trailing or self.text[closing.position] not in "-–—":
            return None
        return closing

    def _line_start(self, si: int) -> int:
        """Where the line of sentence ``si`` starts, after its leading white space."""
        start = self.text.rfind("\n", 0, self.sentences[si].start) + 1
        return start + len(self.text[start:self.sentences[si].start]) - len(self.text[start:self.sentences[si].start].lstrip())


    def _past_means_opening(self, si: int, found: list[Attribution]) -> list[Attribution]:
        """The attributions of sentence ``si`` less those inside an opening phrase of means ("Drawing on funeral
        notices, radio reports and interviews with relatives, we have identified …", "Using satellite images and
        local reports, the group counted …"): a sentence that opens on a participle and its preposition runs to the
        last comma before its subject, and a verb of saying inside it is a noun of a list of sources ("reports"), no
        speaker's. Languages that mark participles by an ending (English-like tables) only."""
        if not found or self.lx.korean is not None or self.lx.table["morphology"] != "none":
            return found
        w = self.words(si)
        endings = tuple(self.lx.words["participle_endings"])
        if len(w) < 4 or not endings or not w.text[0][:1].isupper() or not w.key[0].endswith(endings) \
                or w.key[1] not in self.lx.words["np_glue"] or self.lx.speech.match(w.key, 0) is not None:
            return found  # (not "Speaking to reporters, the minister said": a verb of saying opens it)
        subject = next((k + 1 for k in range(len(w) - 2, 1, -1) if w.text[k] == "," and (
            w.key[k + 1] in self.lx.words["first_person"] or w.key[k + 1] in self.lx.words["pronouns"]
            or w.key[k + 1] in self.lx.words["definite_determiners"])), None)
        if subject is None:
            return found
        inside = [a for a in found if a.position < w.start[subject] and a.kind in ("direct", "elided")]
        if not inside or (len(inside) == len(found) and w.key[subject] not in self.lx.words["first_person"]):
            return found  # (no attribution of the main clause after it: the phrase's verb may be the only one, unless
            # the clause speaks in the first person: "…, we have identified", the issuer's own)
        return [a for a in found if a not in inside]

    def speaker_spans(self, si: int) -> tuple[list[int], list[int]]:
        """Where the sentence's speaker phrases stand, sorted (their words are not measure cues)."""
        if si not in self._spans:
            spans = sorted({a.speaker.span for a in self.attributions(si) if a.speaker is not None})
            merged: list[tuple[int, int]] = []
            for s, e in spans:
                if merged and s < merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
                else:
                    merged.append((s, e))
            self._spans[si] = ([s for s, _ in merged], [e for _, e in merged])
        return self._spans[si]

    def resolved(self, si: int, depth: int = 0) -> list[tuple[Attribution, Found]]:
        """The sentence's attributions with pronouns, descriptions and left-out subjects resolved."""
        if si in self._resolved:
            return self._resolved[si]
        out: list[tuple[Attribution, Found]] = []
        for att in self.attributions(si):
            found = self._resolve(si, att, out, depth)
            if found is not None:
                out.append((att, self._outlet_informant(found)))
        self._resolved[si] = out
        return out

    def _outlet_informant(self, found: Found) -> Found:
        """An unnamed informant of a news outlet named by its name alone after a noun of the table's
        ``informant_nouns`` ("— источник SHOT", "Местный источник AFP: …"): the outlet relays an unknown source, who
        speaks for no body and no country (not the outlet's, nor the story's). One placed in a body ("источник НГС в
        силовых структурах", "источник в минздраве") or of a body ("источник Минобороны") keeps that body's."""
        speaker = found.speaker
        informants = self.lx.words["informant_nouns"]
        if not informants or speaker.pronoun or not speaker.text or not speaker.keys & informants:
            return found
        w = tokenize(speaker.text, 0, len(speaker.text), self.lx)
        at = next((k for k in range(len(w)) if w.key[k] in informants), None)
        if at is None or any(not self.lx.modifier(w.text[k]) or w.text[k][:1].isupper() and k > 0
                             for k in range(at)):
            return found  # (only words that describe the informant before it: "Местный", "Анонимный")
        rest = [k for k in range(at + 1, len(w)) if w.text[k] not in _QUOTE_MARKS]
        if not rest:
            return found
        if speaker.span[1] > speaker.span[0]:
            following = self.text[speaker.span[1]:speaker.span[1] + 40].lstrip(" »\"”")
            words = tokenize(following, 0, len(following), self.lx)
            if len(words) and (words.key[0] in self.lx.words["place_prepositions"]
                               or words.key[0] in self.lx.words["np_glue"]):
                return found  # "по словам источника НГС в силовых структурах": the informant placed in a body
        known = self.registry.match(w.key, w.text, rest[0])
        if known is not None:
            if known[1].kind != "media" or rest[0] + known[0] <= rest[-1]:
                return found  # (a body of another kind, or more words after the outlet's name)
        elif not all(w.text[k][:1].isupper() and w.key[k] not in self.lx.roles and not self.lx.roles.match(w.key, k)
                     and not country_at(w, k, self.lx) for k in rest):
            return found  # (a common noun after it, "источник агентства", says whose informant, not an outlet's name)
        unknown = replace(speaker, organisation=speaker.text, country="", kind="", how="role", anaphoric=False)
        return replace(found, speaker=unknown, cue=f"{found.cue}; an unnamed informant the outlet relays")

    def newsroom(self, si: int) -> Found | None:
        """The news outlet whose page the text is, as the speaker of sentence ``si`` in its own first person outside
        quotations ("We have identified by name 19 civilians", "Нам вдалося встановити імена 57 цивільних", "저희
        취재진이 확인한 결과"): an outlet's own count is its claim. None when the outlet is unknown or the text never
        names it (a page that reprints a body's statement in its "we"), when the text has an issuer or an interviewed
        guest of its own, or inside an answer of an interview."""
        if self.outlet is None or self.answer(si) is not None or self.issuer() is not None:
            return None
        name, country = self.outlet
        known = next((k for k, _, alias in self.registry._known_names if k.organisation == name or alias == name),
                     None)
        if self._outlet_named is None:
            names = {name} | {alias for k, _, alias in self.registry._known_names if known is not None and k == known}
            lowered = self.text.lower()
            self._outlet_named = any(
                len(alias) >= 3 and re.search(r"(?<!\w)" + re.escape(alias.lower()) + r"(?!\w)", lowered)
                for alias in names) or (known is not None and any(
                    found == known for _, found in self._registry_mentions()))  # (in any case: "«Української правди»")
        if not self._outlet_named:
            return None  # (an outlet that counts names itself: "журналісти hromadske", "Airwars names 19"; a "we" on
            # a page that never names its outlet may be a statement the outlet reprints, as a wire carries a ministry's)
        speaker = Speaker(name, known.organisation if known else name, known.country if known else country,
                          kind="media", how="registry")
        return Found(speaker, "issuer", f"the newsroom of {name!r}, in its own first person")

    def _first_person_owner(self, speaker: Speaker) -> bool:
        """Does the speaker phrase open on a possessive of the first person ("our Office", "наш фонд")? Not on a
        capitalised initialism that spells one ("US Africa Command": the United States, not "us")."""
        if not speaker.sequence or speaker.sequence[0] not in self.lx.words["first_person"]:
            return False
        first = speaker.text.split()[0] if speaker.text.split() else ""
        return not (len(first) > 1 and first.isupper())

    def _resolve(self, si: int, att: Attribution, earlier: list[tuple[Attribution, Found]],
                 depth: int) -> Found | None:
        speaker = att.speaker
        kind = att.kind
        if speaker is not None and speaker.anaphoric:
            based = self._based(si, speaker)  # "the tanker's manager, Athens-based X,": placed, so no pointing back
            if based is not speaker:
                speaker = replace(based, anaphoric=False)
        if speaker is not None and self._in_quote(att.position) and (
                (speaker.pronoun and self.lx.key(speaker.text) in self.lx.words["first_person"])
                or self._first_person_owner(speaker)):
            return None  # "I am glad to report …", "Our staff have recorded …" inside a quotation: the quotation's
            # speaker says it
        if speaker is not None and not speaker.pronoun and self._first_person_owner(speaker) \
                and not self._in_quote(att.position) and (owner := self.page_issuer() or self.issuer()) is not None:
            return owner  # "our Office has documented …" outside quotations on a body's own page: the body's; "Our
            # observers were present …" in a statement whose issuer its first lines name: the issuer's
        if speaker is not None and not speaker.pronoun and self._first_person_owner(speaker) \
                and not self._in_quote(att.position) and (newsroom := self.newsroom(si)) is not None:
            return newsroom  # "our count", "наш підрахунок" on a news outlet's page: the outlet's own
        if speaker is not None and speaker.pronoun and self.lx.key(speaker.text) in self.lx.words["first_person"] \
                and self.lx.korean is not None and speaker.span and self._in_quote(speaker.span[0]) \
                and not self._in_quote(att.position):
            speaker = None  # '이어 "우리 측 대원 9명도 순교했다"며 …고 덧붙였다': the "we" inside the quotation is
            # its speaker's, and the verb of saying outside it has its subject left out (the speaker before)
        if speaker is not None and speaker.pronoun and self.lx.key(speaker.text) in self.lx.words["first_person"]:
            return self.answer(si) or self.issuer() or self.newsroom(si)  # "we have registered …" outside
            # quotations: the interviewed person's in an answer, else the text's issuer, else a news outlet's own
            # newsroom (an outlet's own count), or no one
        if speaker is None and not earlier and not self._in_quote(att.position) and self._we_speak(si) \
                and (newsroom := self.newsroom(si)) is not None:
            return newsroom  # "Нам вдалося встановити імена 57 цивільних": the newsroom's own count, its subject
            # left out
        if speaker is None and self._impersonal(si, att.position):
            return None  # "Як повідомлялося, у липні 2024 року …", "Как сообщалось ранее, …": a verb of saying with no
            # person as its subject points to earlier reports, not to the speaker of the sentences before
        if speaker is None and not earlier and (opener := self._before_quote(si, att.position)) is not None:
            return opener  # '경찰 관계자는 "… 12명이다. … 이른다"고 말했다': the subject before the quotation
        if speaker is None and not earlier and self.lx.korean is None:
            subject = self._opening_subject(si) or self._opening_body(si)  # "Russia's defence ministry did not
            # comment …, but said …": the subject of the sentence's first verb (or the body the sentence opens with
            # before a document it issued: "Угруповання «X» в заяві, поширеній через агентство, стверджує …")
            if subject is not None and subject.span[1] <= att.position:
                if subject.sequence and subject.sequence[0] in self.lx.words["first_person"] \
                        and not self._in_quote(subject.span[0]) \
                        and (owner := self.page_issuer() or self.issuer()) is not None:
                    return owner  # "Our observers were present …, and reported that …": the issuer's own people
                self._remember(subject)
                return Found(subject, "elided", f"a left-out subject continues {subject.text!r}, the sentence's "
                                                f"subject")
        if speaker is not None and speaker.pronoun and kind == "according" and not earlier and self.lx.korean is None \
                and self.lx.key(speaker.text) not in self.lx.words["first_person"] and not self._in_quote(att.position):
            subject = self._opening_subject(si) or self._opening_body(si)  # "Минобороны эти данные опровергло: по
            # его информации, …": the
            if subject is not None and subject.span[1] <= att.position and not self._in_quote(subject.span[0]):
                # (a possessive of "according to" points to its sentence's subject)
                self._remember(subject)
                return Found(subject, "carried", f"{speaker.text!r} continues {subject.text!r}, the sentence's subject")
        if (speaker is None or speaker.pronoun) and not earlier and not self._in_quote(att.position) \
                and (guest := self.answer(si)) is not None:
            return guest  # "▲…탈북민이 2천명 안팎에 이를 것으로 봅니다": a left-out subject in an interview's answer is
            # the guest, not the last speaker before the interview
        if speaker is not None and speaker.anaphoric and not speaker.pronoun and earlier and (
                earlier[-1][0].speaker is None or earlier[-1][0].speaker.kind == "document") \
                and (own_kind := self._same_kind(speaker)) is not None \
                and own_kind.organisation != earlier[-1][1].speaker.organisation:
            # "В заявлении, распространенном через ее агентство, боевики утверждают …": a document of no owner opening
            # the sentence is its subject's, a bare noun of a kind (the group's fighters), not the last speaker's
            self._remember(own_kind)
            return Found(own_kind, kind, f"{speaker.text!r} is {own_kind.organisation!r}, of its kind ({kind})")
        if speaker is None or speaker.pronoun or speaker.anaphoric:
            if earlier and (speaker is None or speaker.pronoun or (self.lx.korean is None and not self._other_state_body(
                    speaker, earlier[-1][1].speaker)) or speaker.keys & earlier[-1][1].speaker.keys
                            - self.lx.words["generic_roles"]):
                # (Korean: a bare body after another source of its sentence is a body of its own, "경찰에 따르면 …,
                # 소방당국은 …", unless it names the same one)
                previous = earlier[-1][1]
                return Found(previous.speaker, "elided" if speaker is None else "carried",
                             f"{'a left-out subject' if speaker is None else repr(speaker.text)} "
                             f"continues {previous.speaker.text!r}")
            signer = self._signer(speaker) if speaker is not None and speaker.anaphoric else None
            if signer is not None:  # "The Ministry wishes to further inform …" in a release the ministry signs
                return Found(signer, kind, f"{speaker.text!r} is the release's signatory {signer.organisation!r}")
            carried = self._carry(si, speaker, depth)
            if carried is None and speaker is not None and speaker.anaphoric and (
                    only := self._only_of_kind(speaker)) is not None:
                self._remember(only)  # "연구진", "правозахисники" with no one to carry: the one body of the kind
                return Found(only, kind, f"{speaker.text!r} is {only.organisation!r}, the one body of its kind")
            if speaker is not None and speaker.anaphoric and (carried is None or not (
                    speaker.keys & carried.speaker.keys - self.lx.words["generic_roles"])):
                mentioned = self._mentioned(si, speaker)  # "Посольство Японии … обратилось …. – сообщили в посольстве"
                if mentioned is not None:
                    return Found(mentioned, "carried", f"{speaker.text!r} is {mentioned.text!r}, named just before")
                own_kind = self._same_kind(speaker) if carried is not None else None
                if own_kind is not None and own_kind.organisation != carried.speaker.organisation:
                    # "… — отмечается в документе [of the army]. … боевики утверждают": a bare noun of a kind (armed
                    # group, rights group) is the body of its kind named before, not the last speaker of another kind
                    self._remember(own_kind)
                    return Found(own_kind, kind, f"{speaker.text!r} is {own_kind.organisation!r}, of its kind ({kind})")
            if carried is not None and speaker is None and self._verb_disagrees(si, att.position, carried.speaker):
                return None  # "Мешканка села … розповіла …. Тоді евакуювали понад 5 тисяч людей": a plural verb with no
                # subject says "they", no one in particular, never the one person named before
            if carried is not None:
                return carried
            if speaker is not None and speaker.pronoun and self.lx.korean is not None and not self._in_quote(
                    att.position) and self.lx.key(speaker.text) in self.lx.words["generic_roles"] \
                    and self._state_office(speaker):
                bare = self._national(replace(speaker, pronoun=False, organisation=speaker.text, how="role"), si)
                self._remember(bare)  # "당국은 …" with no body before it to point back to: the authorities of the
                return Found(bare, kind, f"{speaker.text!r}: the authorities where the story is ({kind})")  # story
            if speaker is None or speaker.pronoun:
                return None
            if kind == "headline" and depth <= 2 and (lede := self._lede_source(si, speaker, depth)) is not None \
                    and speaker.keys & lede.speaker.keys - self.lx.words["generic_roles"]:
                return lede  # "Минобороны: …" over "…, сообщили в Минобороны России": a headline's body named bare
                # is the one its lede names in full, not a body of the country its claim speaks of
            if carried is None and (owned := self._possessor(si, speaker, depth, earlier, carry=False)) is not None:
                return Found(owned, kind, f"{speaker.text!r} is of {owned.organisation!r}, its owner named before")
                # ("In a televised address, the group's military spokesman said …": the group named before)
            return Found(self._corefer(speaker, si), kind, f"{speaker.text!r} ({kind})")
        if earlier and len(speaker.sequence) >= 2 and speaker.sequence[0] in self.lx.words["pronouns"] \
                and not earlier[-1][1].speaker.pronoun and earlier[-1][0].position < att.position \
                and earlier[-1][1].speaker.span[1] <= speaker.span[0]:
            speaking = earlier[-1][1].speaker  # "Омбудсман зазначив, що, за оцінками його Офісу, …": the possessive's
            return Found(speaking, kind, f"{speaker.text!r} is of {speaking.text!r}, who speaks in the sentence")  # owner
            # is the one whose verb of saying the sentence reports
        if not speaker.country and speaker.sequence and speaker.sequence[0] in self.lx.words["pronouns"] and any(
                k in self.lx.roles or self.lx.roles.match(list(speaker.sequence), x)
                for x, k in enumerate(speaker.sequence[1:], 1)):  # a possessive before a body, not "it was"
            owner_country = self._sentence_country(si, speaker, before=True)  # "Kenya, which leads …, according to its
            if owner_country:  # Interior Ministry": the possessive's owner is the country its sentence named before it
                speaker = replace(speaker, country=owner_country, how="country+owner")
        owned = self._possessor(si, speaker, depth, earlier)
        speaker = owned if owned is not None else self._corefer(self._based(si, speaker), si)
        speaker = (self._only_of_kind(speaker) if owned is None else None) or speaker
        if depth <= 2 and (short := self._abbreviated(si, speaker, depth, ahead=kind == "headline")) is not None:
            return Found(short, kind, f"{speaker.text!r} ({kind}) is {short.text!r}, named in full")
        if kind == "headline" and depth <= 2:
            lede = self._headline_kind(si, speaker, depth) if self.lx.korean is not None else None
            lede = lede or self._lede_source(si, speaker, depth) or self._headline_name(si, speaker, depth)
            # ("알카에다 연계 무장단체 …"정부군 30명 사살" 주장": the
            if lede is not None:  # body of that kind the story names, before the lede's first source, 정부)
                return lede
        elif self.sentences[si].title and depth <= 2:
            body = self._headline_kind(si, speaker, depth)
            if body is not None:
                return body
        self._remember(speaker)
        return Found(speaker, kind, f"{speaker.text!r} ({kind})")

    def _before_quote(self, si: int, position: int) -> Found | None:
        """A verb of saying with no subject right after a quotation that opened in an earlier sentence ('경찰 관계자는
        "사망자는 12명이다. 실종자도 … 이른다"고 말했다'): its speaker is the subject right before the opening mark
        (a word with a subject or topic particle, and the words before it with none)."""
        tags = self.lx.words["subject_particle_tags"]
        if not tags:
            return None
        start = self.sentences[si].start
        self._in_quote(start)  # (reads the quotations once)
        k = bisect.bisect_left(self._quote_starts, start) - 1
        if k < 0 or not (start <= self._quotes[k][1] <= position):
            return None
        opening = self.sentence_of(self._quotes[k][0])
        if opening >= si or self.sentences[opening].paragraph != self.sentences[si].paragraph:
            return None
        w = self.words(opening)
        q = w.at(self._quotes[k][0])
        if q >= len(w):
            return None
        stops = self.lx.words["final_ending_tags"]  # (a clause that ends there; '출연해', joined to the next, goes on)
        mark = q
        while q > 0 and mark - q < 8 and w.tag[q - 1] not in tags and not w.is_punct(q - 1) \
                and w.tag[q - 1] not in stops and not w.text[q - 1][:1].isdigit():
            q -= 1  # '주민 카림(45)은 현지 언론과의 인터뷰에서 "…': the words of where and to whom it was said
        if q <= 0 or w.tag[q - 1] not in tags:
            return None
        b = q
        if q >= 4 and w.text[q - 1] == w.key[q - 1] and w.text[q - 2] == ")":  # "샤피(45)는": an age in brackets
            b = next((x for x in range(q - 3, max(-1, q - 7), -1) if w.text[x] == "("), 0)
        a = b - 1
        while a > 0 and b - a < 8 and not w.tag[a - 1] and not w.is_punct(a - 1):
            a -= 1
        found = resolve(w, a, b, self.lx, self.registry, self.text, False) if a >= 0 and (
            b < q or phrase_has_head(w, a, b, self.lx, self.registry, False)) else None  # (a name with an age is a
        # person)
        if found is None or found.pronoun:
            return None
        speaker = self._corefer(found, opening)
        self._remember(speaker)
        return Found(speaker, "direct", f"{speaker.text!r} before the quotation")

    def _heads_back(self, si: int, heads: set[str], across: bool = False) -> Iterator[tuple[Words, int]]:
        """Each word of ``heads`` in the sentence or two before sentence ``si`` (same paragraph, or any with
        ``across``), nearest first, then in the title lines that open the page (a report's issuer: "Report of the UN
        Mission in …" / "The Mission recorded …"): the sentence's words and the word's index."""
        near = []
        for back in range(si - 1, max(-1, si - 3), -1):
            if self.sentences[back].paragraph != self.sentences[si].paragraph and not across:
                break
            near.append(back)
        titles = [x for x in itertools.takewhile(lambda x: self.sentences[x].title, range(si)) if x not in near]
        for back in near + titles:
            w = self.words(back)
            for k in range(len(w) - 1, -1, -1):
                if w.key[k] in heads:
                    yield w, k

    def _mentioned(self, si: int, speaker: Speaker) -> Speaker | None:
        """A bare body pointing back ("в посольстве", "the embassy", "в организации") to a body of that name the
        sentence or two before it named without speaking ("Посольство Японии в Москве обратилось …"): that body, when
        its own words give it a country or the registry knows it."""
        heads = {k for k in speaker.keys if k in self.lx.roles and k not in self.lx.words["generic_roles"]}
        if not heads:
            return None
        for w, k in self._heads_back(si, heads):
            a = k
            while a > 0 and k - a < 3 and not w.is_punct(a - 1):
                a -= 1
            known = next(((j, j + m[0]) for j in range(a, k + 1) if (m := self.registry.match(w.key, w.text, j))
                          and j + m[0] > k), None)
            if known is not None:  # "Панамериканская организация здравоохранения": the registry's name
                a, b = known
            else:  # the body's own words after its noun: "Посольство Японии в Москве" (not "обратилось")
                b = k + 1
                while b < len(w) and b - k < 5 and not w.is_punct(b) and (
                        w.is_capital(b) or w.key[b] in self.lx.words["np_glue"]
                        or w.key[b] in self.lx.words["place_prepositions"] or country_at(w, b, self.lx)):
                    b += 1
            found = resolve(w, a, b, self.lx, self.registry, self.text)
            if found is not None and not found.pronoun and (found.how in ("registry", "country")) \
                    and "|" not in found.country and not (found.kind == "international"
                                                          and self._state_office(speaker)):
                return found
        return None

    def _possessor(self, si: int, speaker: Speaker, depth: int,
                   earlier: list[tuple[Attribution, Found]] = (),  # type: ignore[assignment]
                   carry: bool = True) -> Speaker | None:
        """A body named through a definite owner that points back ("the agency's Missing Migrants Project", "the
        ministry's press office") is the owner's: the organisation and country of the body "the agency" is (None when
        the phrase opens otherwise, or nothing is found). With ``carry`` False the owner is only a speaker of the
        sentence or a body of the registry named just before (``_owner_named_before``), never the last speaker."""
        if speaker.how in ("registry", "country") or speaker.pronoun or self.lx.korean is not None:
            return None
        w = self.words(si)
        a = w.at(speaker.span[0])
        titled = self.text.find(speaker.organisation, speaker.span[1], self.sentences[si].end) \
            if speaker.names and speaker.organisation and speaker.organisation != speaker.text else -1
        if titled >= 0 and (w.key[w.at(titled)] in self.lx.words["body_nouns"] or (
                w.key[w.at(titled)] in self.lx.words["pronouns"] and w.at(titled) > a)):
            a = w.at(titled)  # "said Dr. Mathilde Roux, the group's medical coordinator in Haiti": her title's owner
            # ("Rina Maharani, its director for the protection of citizens abroad, said": the body "its" points back to)
        elif titled >= 0 and (owner := self._titled_owner(si, w, titled, speaker)) is not None:
            return owner  # "said Faisal Rehman, a spokesman for the charity": the charity named before
        if a > 0 and w.key[a - 1] in self.lx.words["definite_determiners"]:
            a -= 1  # the phrase may start after its article
        if a + 1 < len(w) and w.key[a] in self.lx.words["pronouns"] and any(
                w.key[k] in self.lx.roles and not w.is_capital(k) and not any(w.is_punct(x) for x in range(a + 1, k))
                for k in range(a + 1, min(len(w), a + (4 if self.lx.table["morphology"] == "none" else 2)))):
            # "Its spokesman, Yusuf Latif, said", "Its country director in Sudan, Anna Berg, said" (English: a role
            # after words that describe it): the body "its" points back to
            pointer = Speaker(w.text[a], "", "", pronoun=True, keys=frozenset({w.key[a]}), span=(w.start[a], w.end[a]))
            bodies = [f for _, f in earlier if f.speaker.how == "registry" or f.speaker.country]
            found = bodies[-1] if bodies else self._carry(si, pointer, depth)
            if found is None or found.speaker.names and not (found.speaker.country or found.speaker.how == "registry") \
                    or not (found.speaker.country or found.speaker.how == "registry"):
                return None
            return replace(speaker, organisation=found.speaker.organisation, country=found.speaker.country,
                           kind=found.speaker.kind, how=found.speaker.how + "+owner")
        suffixes = tuple(str(x) for x in self.lx.table.get("possessive_suffixes", []))
        if not suffixes or a + 2 >= len(w) or w.key[a] not in self.lx.words["definite_determiners"] \
                or not w.text[a + 1].endswith(suffixes) or (w.key[a + 1] not in self.lx.roles and not (
                    titled >= 0 and w.key[a + 1] in self.lx.words["body_nouns"])) \
                or w.key[a + 1] in self.lx.words["generic_roles"]:
            return None
        owner = Speaker(w.text[a + 1], "", "", anaphoric=True, keys=frozenset({w.key[a + 1]}),
                        sequence=(w.key[a], w.key[a + 1]), span=(w.start[a], w.end[a + 1]))
        same = [f for _, f in earlier if f.speaker.how == "registry" or (f.speaker.country and not f.speaker.names)]
        found = same[-1] if same else (self._carry(si, owner, depth) if carry else None)  # "according to IOM figures,
        # and the agency's …"
        if found is None or not (found.speaker.country or found.speaker.how == "registry"):
            named = self._owner_named_before(si, w.key[a + 1], speaker.span[0])
            if named is None:
                return None
            return replace(speaker, organisation=named.organisation, country=named.country, kind=named.kind,
                           how="registry+owner")
        return replace(speaker, organisation=found.speaker.organisation, country=found.speaker.country,
                       kind=found.speaker.kind, how=found.speaker.how)

    def _owner_named_before(self, si: int, noun: str, before: int) -> Speaker | None:
        """The body a definite possessive of its kind noun points back to when no speaker before carries it ("Yemen's
        Houthi movement claimed the attack. In a televised address, the group's military spokesman said …"): the last
        body of the registry named in sentence ``si`` (before offset ``before``) or the two before it, of the noun's
        own kind (``infer_kind``: "the movement's", "the navy's", "the ministry's"), or, for a noun of no kind
        ("group", "organisation"), of a kind that is no state's (an armed group, an NGO, a research group); else None."""
        kind = infer_kind(noun)[0]
        kinds = {kind} if kind else {"armed_group", "ngo", "research"}
        since = self.sentences[max(0, si - 2)].start
        return next((known for start, known in reversed(self._registry_mentions())
                     if since <= start < before and known.kind in kinds and known.country), None)

    def _titled_owner(self, si: int, w: Words, titled: int, speaker: Speaker) -> Speaker | None:
        """The body a person's title names by its kind word alone at its end ("a spokesman for the charity", "director of
        the organisation": the table's ``body_nouns`` after a definite article and a preposition): the registered body
        named just before (``_body_named_before``), the person speaking for it; else None."""
        end = w.at(max(titled, titled + len(speaker.organisation) - 1))
        if end < 2 or w.key[end] not in self.lx.words["body_nouns"] \
                or w.key[end - 1] not in self.lx.words["definite_determiners"] \
                or w.key[end - 2] not in self.lx.words["np_glue"]:
            return None
        kind = Speaker(w.text[end], "", "", anaphoric=True, keys=frozenset({w.key[end]}),
                       sequence=(w.key[end - 1], w.key[end]), span=(w.start[end], w.end[end]))
        body = self._body_named_before(si, kind)
        if body is None:
            return None
        return replace(speaker, organisation=body.organisation, country=body.country, kind=body.kind,
                       how=body.how + "+title")

    def _lede_source(self, si: int, speaker: Speaker, depth: int = 0) -> Found | None:
        """A headline's source named by a bare role ("Правозащитники: …", "… — правозащитники") is the source the lede
        names: the first speaker of the story's first sentences with a country or a registry name."""
        if (speaker.country and "home" not in speaker.how) or speaker.how == "registry" or speaker.names \
                or not self.sentences[si].title:
            return None  # (a country only guessed from the language's home country gives way to the lede's source)
        lede = None
        for sj in range(si + 1, min(len(self.sentences), si + 5)):
            w = self.words(sj)
            if lede is None and len(w) <= 10 and any(x[:1].isdigit() for x in w.text) \
                    and not any(self.lx.predicate_form(x) for x in w.text):
                continue  # a dateline between the headline and the lede ("Середа, 12 березня 2025, 16:20"): no verb
            if self.sentences[sj].title or (lede is not None and self.sentences[sj].paragraph != lede):
                break  # the lede: the first paragraph under the headline ("ЕРЕВАН, 6 мая. /ТАСС/. …" is one)
            lede = self.sentences[sj].paragraph
            for _, found in self.resolved(sj, depth + 1):
                if found.speaker.country or found.speaker.how == "registry":
                    return Found(found.speaker, "headline", f"{speaker.text!r} (headline) is "
                                                            f"{found.speaker.text!r} of the lede")
        return None

    def _headline_name(self, si: int, speaker: Speaker, depth: int) -> Found | None:
        """A headline's source named only by a person's name ("… – Мирошниченко") is the person the story names in full
        below it, with an office of a country ("начальник Харківської ОВА Олег Мирошниченко"): the first speaker of the
        next sentences whose words hold the name's and more, and who has a country."""
        if speaker.country or not speaker.names or speaker.how != "name" or not self.sentences[si].title:
            return None
        name = {k for k in speaker.keys if k[:1].isalnum()}
        for sj in range(si + 1, min(len(self.sentences), si + 10)):
            if self.sentences[sj].title:
                continue  # (a byline)
            for _, found in self.resolved(sj, depth + 1):
                named = found.speaker
                if name and named.country and name < named.keys:
                    return Found(named, "headline", f"{speaker.text!r} (headline) is {named.text!r} of the story")
        return None

    def _abbreviated(self, si: int, speaker: Speaker, depth: int, ahead: bool) -> Speaker | None:
        """The body a one-word name nobody registered abbreviates, as a compound does ("Госкомиссия", "Генштаб",
        "Нацгвардія": ``_spells``), when the story names it in full with a country or in the registry: in its sentences
        before, or (for a headline's source, ``ahead``) in its next ones ("… четырех задержанных - Госкомиссия" over
        "… в сообщении Государственной комиссии Азербайджанской Республики …"). Else None."""
        if len(speaker.names) != 1 or (speaker.country or speaker.how != "name") and speaker.how != "article+home":
            return None  # (a name whose country is only the article's home, "과거사위" in Korean news, may clip too)
        if self.lx.korean is not None:
            if not ahead:
                return None
            for sj in range(si + 1, min(len(self.sentences), si + 12)):
                for _, found in self.resolved(sj, depth + 1):
                    named = found.speaker
                    if named.names != speaker.names and not named.pronoun and _korean_abbreviates(
                            speaker.names[0], self.text[max(0, named.span[0] - 12):named.span[1]]):
                        # (from a little before the phrase: its words joined by "·" may have been cut at the mark)
                        return named
            return None
        word = speaker.names[0].lower()
        if len(word) < 6 or not word.isalpha():
            return None
        around = [*range(si + 1, min(len(self.sentences), si + 8))] if ahead else []
        around += range(si - 1, max(-1, si - 12), -1)
        for named in (f.speaker for sj in around for _, f in self.resolved(sj, depth + 1)):
            if not (named.country or named.how == "registry") or named.names == speaker.names:
                continue
            w = tokenize(named.text, 0, len(named.text), self.lx)
            parts = [(w.text[k].lower(), w.key[k]) for k in range(len(w))]
            if any(_spells(word, parts[j:j + n]) for j in range(len(parts) - 1) for n in (2, 3, 4)
                   if j + n <= len(parts)):
                return named
        return None

    def _headline_kind(self, si: int, speaker: Speaker, depth: int) -> Found | None:
        """A headline's speaker named only by its kind ("…, aid group says", "Officials say …") is the body of that kind
        the story names below it ("Spanish migrant rights group X said"): the first speaker of the next sentences with
        a country or a registry name whose phrase holds every content word of the kind."""
        if "registry" in speaker.how or (speaker.names and self.lx.korean is None) or (
                "country" in speaker.how and "article" not in speaker.how):
            return None  # (a body of the registry, also one its short name points to, is no kind; Korean has no capitals: a word nobody listed, '알카에다 연계 무장단체', may be of the kind)
        kind = {k for k in speaker.keys if k[:1].isalnum()} - self._small_words() - self.lx.words["generic_roles"]
        if not kind:
            return None
        for sj in range(si + 1, min(len(self.sentences), si + 10)):
            if self.sentences[sj].title:
                continue  # (a byline)
            for _, found in self.resolved(sj, depth + 1):
                named = found.speaker
                if (named.country or named.how == "registry") and kind <= named.keys and named.keys - kind:
                    return Found(named, "direct", f"{speaker.text!r} (headline) is {named.text!r} of the story")
        return None

    def _remember(self, speaker: Speaker) -> None:
        """Add a speaker to ``known``; one with a country or from the registry is indexed by its keys."""
        if speaker.country or speaker.how == "registry":
            for k in speaker.keys:
                self._known_by_key.setdefault(k, []).append(len(self.known))
        self.known.append(speaker)

    def _owner_line(self, si: int, closing: int) -> bool:
        """Is the sentence at ``si`` a Korean line of its own that names the owner of the quotation closing the
        paragraph before ("“…” ⏎ 김 대변인의 설명이다.": a possessor, one of the table's estimate nouns and the copula
        that ends the sentence, in at most eight words)?"""
        if self.lx.korean is None or self.sentences[si].paragraph - self.sentences[closing].paragraph != 1:
            return False
        w = self.words(si)
        words = [k for k in range(len(w)) if not w.is_punct(k)]
        return 2 <= len(words) <= 8 and w.key[words[-1]] in self.lx.words["estimate_nouns"] \
            and w.tag[words[-1]] in self.lx.words["final_ending_tags"] and w.tag[words[-2]] == "JKG"

    def _same_further_back(self, si: int, back: int, speaker: Speaker, depth: int) -> Found | None:
        """The nearest speaker, in the sentences before ``back`` (at most eight before ``si``, within six paragraph
        breaks: the kind word must be a word of the earlier phrase, so it may reach further), whose phrase holds the
        content word of an anaphoric kind word ("the county" and "the county's Department of Public Health"), when the
        sentence at ``back`` named only speakers of other words; else None."""
        content = speaker.keys - self.lx.words["generic_roles"] - self._small_words()
        if not content:
            return None
        paragraph = self.sentences[si].paragraph
        for earlier in range(back - 1, max(-1, si - 9), -1):
            if paragraph - self.sentences[earlier].paragraph > 6:
                break
            same = [f for a, f in self.resolved(earlier, depth + 1) if a.kind != "relay" and not a.relative
                    and content <= f.speaker.keys]
            if same:
                return same[-1]
        return None

    def _carry(self, si: int, speaker: Speaker | None, depth: int) -> Found | None:
        """The speaker of the last sentences (at most three back, within one paragraph break)."""
        if depth > 3:
            return None
        paragraph = self.sentences[si].paragraph
        for back in range(si - 1, max(-1, si - 6), -1):
            if paragraph - self.sentences[back].paragraph > 3:
                break
            if speaker is not None and speaker.kind == "document" and self._in_quote(self.sentences[back].start):
                continue  # "Initial assessments show …" after a quotation: the figures are the quoted speaker's, not
                # those of a body the quotation names
            resolved = self.resolved(back, depth + 1)
            candidates = [f for a, f in resolved if a.kind not in ("relay",)
                          and not (a.relative and speaker is not None and speaker.pronoun)]
            if speaker is not None and speaker.pronoun and self._personal(speaker):  # "He said" after "Amnesty
                # International said": a person, no body by its
                gendered = bool(self.lx.gender(speaker.text.split()[0]))
                agreeing = [f for f in candidates if (self._agrees(speaker, f.speaker) if gendered  # name alone
                                                      else not self._body_alone(f.speaker))]
                # (a language whose pronouns have a grammatical gender: "она" is "полиция", never "следствие", a
                # neuter thing)
                if candidates and not agreeing and (person := self._person_before(back, speaker)) is not None:
                    self._remember(person)  # "Свідчила 67-річна мешканка села. Вона розповіла …" after "За даними
                    return Found(person, "carried", f"{speaker.text!r} is {person.text!r}, the person of its "  # слідства"
                                                    f"gender named in the sentence before")
                candidates = agreeing
                named = [f for f in candidates if f.speaker.names and self.lx.korean is not None]
                candidates = named or candidates  # "김 요원에 따르면 부르키나파소 정부가 집계한 … 그는": a person
                # named before, not the body her sentence also named
            elif speaker is not None and speaker.pronoun and self._state_office(speaker):  # "당국은" (the authorities)
                candidates = [f for f in candidates if f.speaker.kind not in ("international", "ngo", "media",
                                                                              "research")]  # points back to a state
            # "It said" continues the sentence's own speaker, not one named in a relative clause ("…, which says")
            if speaker is not None and speaker.anaphoric:  # "the ministry" is the ministry named before
                same = [f for f in candidates if speaker.keys & f.speaker.keys - self.lx.words["generic_roles"]]
                content = {k for k in speaker.keys if k[:1].isalnum()} - self._small_words()
                if len(content) >= 2:  # "the prime minister's office" is no "resident coordinator's office": every
                    same = [f for f in same if content <= f.speaker.keys]  # word of a longer description must fit
                national = self.lx.national
                if self._state_office(speaker):
                    same = [f for f in same if f.speaker.kind != "international"]  # "the prime minister's office"
                    # after "the UN resident coordinator's office": a state's office is no international body's
                bare = len(speaker.keys - self._small_words()) <= 1  # "the ministry", not "the civil defence agency"
                if bare and speaker.keys & self.lx.words["generic_roles"] and any(
                        k[:1].isalnum() and k not in self.lx.roles for k in speaker.keys - self._small_words()):
                    bare = False  # "The village head said" after "a community leader said": the head or the chief
                    # of a place or a thing that is no body ("village", "regional") is a person of his own, who points
                    # back only to a speaker of the same words ("the agency's spokesman" still points back)
                if not same and bare and (earlier := self._same_further_back(si, back, speaker, depth)) is not None:
                    return Found(earlier.speaker, "carried", f"{speaker.text!r} continues {earlier.speaker.text!r} "
                                                              "from an earlier sentence")  # "The county recorded 425"
                    # after "…, the county's health department said. …, officials said.": the body the kind word
                    # names, not the bare speaker of the sentence between
                other_body = [f for f in candidates if ("registry" not in f.speaker.how or self.lx.korean is not None)
                              and any(k in national for k in speaker.keys)
                              and any(k in national for k in f.speaker.keys - speaker.keys)]
                candidates = same or ([f for f in candidates if f not in other_body] if si - back <= 2 and bare
                                      and not speaker.keys & self.lx.words["diplomatic_words"] else [])
                # ("сообщили в консульстве" after a sentence that named a city: a mission continues a mission, never
                # the host place; named bare, it is its sending state's, ``_national``)
                if not same and any(k in national for k in speaker.keys):  # "the police said" after "aid group CARE"
                    candidates = [f for f in candidates if f.speaker.kind not in ("ngo", "media", "international",
                                                                                  "research")
                                  and not self._independent(f.speaker)
                                  and ("registry" in f.speaker.how or any(k in self.lx.roles for k in f.speaker.keys))]
                    # nor a bare name ("Sutran"): the police are a body, and a name with no role names none
                # "the police statement" after "a local lawmaker" is no lawmaker: a state body of another kind is new
            if candidates:
                chosen = candidates[-1]
                what = "a left-out subject" if speaker is None else repr(speaker.text)
                return Found(chosen.speaker, "elided" if speaker is None else "carried",
                             f"{what} continues {chosen.speaker.text!r} from an earlier sentence")
            if self._bridged(si, back) and not resolved and speaker is not None and speaker.anaphoric and not speaker.pronoun \
                    and len(speaker.keys - self._small_words()) <= 1:  # "Amnesty International called for an inquiry.
                subject = self._opening_subject(back)  # "…," the group said": a bare kind noun continues the subject
                national = self.lx.national  # of the sentence before, which has no verb of saying, when it names
                if subject is not None and (speaker.keys & subject.keys - self._small_words() or not any(
                        k in national for k in speaker.keys)):  # no state body of another kind ("the ministry")
                    return Found(subject, "carried", f"{speaker.text!r} continues {subject.text!r}, the subject of "
                                                     f"the sentence before")
            if self._bridged(si, back) and not resolved and speaker is not None and speaker.pronoun \
                    and self.lx.key(speaker.text) not in self.lx.words["first_person"]:
                subject = self._opening_subject(back) or self._opening_kind(back) or (  # "The Malian army issued a
                    self._opening_person(back) if self._personal(speaker)
                    else None)  # statement. It said …": the subject (or "Fatima Adam, 34, reached the camp on Monday.
                # …, she said": the person; or "The rebel alliance rejected it. Its spokesman said": the group)
                if subject is not None and self.lx.korean is not None and self._state_office(speaker) \
                        and not any(k in self.lx.roles or _korean_role(k, self.lx) for k in subject.keys):
                    subject = None  # "산사태가 발생했다. 당국은 …": the authorities are no event the sentence before
                    # opens with; only a body is
                if subject is not None:  # subject of the sentence before, which has no verb of saying
                    return Found(subject, "carried", f"{speaker.text!r} continues {subject.text!r}, the subject of "
                                                     f"the sentence before")
                person = self._person_before(back, speaker)
                if person is not None:  # "На заседании выступила 44-летняя жительница города. … – рассказала она
                    self._remember(person)  # суду": the person of the pronoun's gender the sentence before names
                    return Found(person, "carried", f"{speaker.text!r} is {person.text!r}, the person of its gender "
                                                    f"named in the sentence before")
            if self._bridged(si, back) and not resolved and speaker is not None and speaker.anaphoric:
                subject = self._opening_subject(back)  # "Amnesty International called for …. The group said": the
                if subject is not None and self._same_body(speaker, subject):  # body the sentence before opens with
                    return Found(subject, "carried", f"{speaker.text!r} is {subject.text!r}, the subject of the "
                                                     f"sentence before")
        if speaker is not None and speaker.pronoun and self.lx.gender(speaker.text.split()[0]) \
                and self._personal(speaker):
            for back in range(si - 1, max(-1, si - 4), -1):  # "Свідчила місцева мешканка.\n\n– … . …, – розповіла
                if paragraph - self.sentences[back].paragraph > 1:  # вона суду": no speaker before, but a person of
                    break  # the pronoun's gender named in the sentences before
                person = self._person_before(back, speaker)
                if person is not None:
                    self._remember(person)
                    return Found(person, "carried", f"{speaker.text!r} is {person.text!r}, the person of its gender "
                                                    f"named before")
        return None

    def _personal(self, speaker: Speaker) -> bool:
        """Is the speaker phrase a personal pronoun of the table's ``personal_pronouns`` ("he", "она журналистам": the
        pronoun, then whom it told)? In a language whose pronouns decline, only in the nominative, the form that
        speaks ("він", not "в ньому", which points to a document)."""
        first = speaker.text.split()[0] if speaker.text.split() else ""
        return self.lx.key(first) in self.lx.words["personal_pronouns"] and (
            not self.lx.gender(first) or first.lower() in {str(x) for x in self.lx.table["personal_pronouns"]})

    def _agrees(self, pronoun: Speaker, earlier: Speaker) -> bool:
        """May a personal pronoun of a gender ("он", "она", "вона") point back to ``earlier``? Not when the head noun of
        ``earlier`` (its first noun) is a noun of things of another grammatical gender ("по версии следствия": neuter,
        so neither "он" nor "она"); a noun of persons agrees with either (a woman minister is "она"), and so does any
        phrase in a language with no such reading."""
        wanted = self.lx.gender(pronoun.text.split()[0])
        if not wanted:
            return True
        for word in earlier.text.split():
            if not word.isalpha() or self.lx.adjectival(word) or self.lx.preposition(word):
                continue
            found = self.lx.gender(word) or (self.lx.person_nominative(word) == "femn" and "femn")  # ("жительница" is
            return not found or found == wanted  # never "он"; "министр" may be "она")
        return True

    PERSON_REACH = 12  # words of a sentence before in which a pronoun's person is looked for, from its start

    def _person_before(self, back: int, pronoun: Speaker) -> Speaker | None:
        """The person sentence ``back`` names by a singular noun of persons in the nominative whose gender is the
        pronoun's ("выступила 44-летняя жительница Димитровграда", "свідчила 67-річна мешканка села": "она", "вона"),
        with the adjectives before it and the genitive nouns and names after it, within the sentence's first
        ``PERSON_REACH`` words and outside quotations; else None. A noun of a measure ("погибший") is no such person.
        (pymorphy3: the dictionary's animacy, case, number and gender.)"""
        wanted = self.lx.gender(pronoun.text.split()[0])
        if wanted not in ("masc", "femn") or self.sentences[back].title:
            return None
        w = self.words(back)
        for k in range(min(len(w), self.PERSON_REACH)):
            gender = self.lx.person_nominative(w.text[k]) if w.text[k].isalpha() and w.text[k].islower() else ""
            if gender not in (wanted, "ms-f") or self.lx.measures.match(w.key, k) is not None \
                    or self._in_quote(w.start[k]) is not None:
                continue
            a = k
            while a > 0 and not w.is_punct(a - 1) and w.text[a - 1].isalpha() and self.lx.adjectival(w.text[a - 1]):
                a -= 1  # "местная жительница" (not her age, "44-летняя", which names no one)
            b = k + 1
            while b < len(w) and b - k <= 8 and (w.text[b] in _QUOTE_MARKS or not w.is_punct(b) and (
                    w.is_capital(b) or (w.text[b].isalpha() and ("gent", "sing") in {
                        r[:2] for r in self.lx.agreement(w.text[b])}))):
                b += 1  # "жительница Димитровграда", "владелец склада Рустам", "голова громадської організації
                # "Безпечні дороги" Максим Коваленко"
            found = self._phrase(w, a, b)
            if found is not None and not found.pronoun:
                return self._corefer(self._based(back, found), back)
        return None

    def _first_person(self, si: int) -> bool:
        """Does sentence ``si`` speak in the first person ("we", "our", "мы", a verb in the first person)?"""
        w = self.words(si)
        return any(k in self.lx.words["first_person"] for k in w.key) or any(self.lx.own_voice(t) for t in w.text)

    def _we_speak(self, si: int) -> bool:
        """Does sentence ``si`` speak as "we": a word of the table's ``first_person`` ("we", "our", "ми"), or a verb in
        the first person plural ("Просимо не поширювати …", "рекомендуємо здати …"; pymorphy3) that is not a
        parenthetical formula opening the sentence before a comma or colon ("Нагадаємо, …", "Напомним: …", as an outlet
        reminds its readers)?"""
        w = self.words(si)
        if any(key in self.lx.words["first_person"] and not self._in_quote(w.start[k]) for k, key in enumerate(w.key)):
            return True  # (a "we" inside a quotation is its speaker's: '이어 "우리 측 대원 9명도 …"며 …고 덧붙였다')
        if self.lx.table["morphology"] != "pymorphy3":
            return False  # (a language with no reading of the first person plural: no word is one; read from the table,
            # not by comparing with ``Language.our_voice``, a compiled class's field mypyc cannot read through the class)
        return any(self.lx.our_voice(w.text[k]) and not (k == next((j for j in range(len(w)) if not w.is_punct(j)), -1)
                                                        and k + 1 < len(w) and w.text[k + 1] in (",", ":"))
                   for k in range(len(w)))

    def _impersonal(self, si: int, position: int) -> bool:
        """Is the verb of saying at ``position`` in sentence ``si`` an impersonal form ("повідомлялося", "сообщалось"),
        which has no subject to leave out?"""
        w = self.words(si)
        i = w.at(position)
        return i < len(w) and self.lx.impersonal(w.text[i])

    def _verb_disagrees(self, si: int, position: int, speaker: Speaker) -> bool:
        """Does the verb at ``position`` in sentence ``si``, whose subject is left out, differ in grammatical number from
        the head word of ``speaker`` (a plural "фіксували" after one resident named; never a word that does not
        decline, "МЧС")?"""
        w = self.words(si)
        i = w.at(position)
        head = next((m.group() for m in TOKEN.finditer(speaker.text)), "")
        if i >= len(w) or not head:
            return False
        subject = self.lx.grammatical_number(head, False)
        if not subject and speaker.how == "name" and speaker.names \
                and not set(speaker.sequence) & self.lx.words["coordinators"]:
            subject = frozenset({"sing"})  # a person named, whatever the dictionary knows of the word before the name
        verb = self.lx.grammatical_number(w.text[i], True)
        return bool(subject) and bool(verb) and not subject & verb

    def _body_alone(self, speaker: Speaker) -> bool:
        """Is the speaker a registered body named by its name alone ("Amnesty International", "the UN"), no person
        speaking for it ("a UN spokesman", "UNICEF's Ana Costa")? "He" or "she" never points back to one."""
        return speaker.how == "registry" and not speaker.names and bool(speaker.matched) \
            and set(speaker.sequence) - _union(self.lx, ("determiners", "np_glue", "definite_determiners")) \
            <= set(self.lx.keys_of(speaker.matched))

    def _bridged(self, si: int, back: int) -> bool:
        """Is sentence ``back`` the one right before ``si``, or the one before that with a sentence between them that
        names no one ("X released figures. The rain stopped. …, the officials said"), in one paragraph?"""
        if back == si - 1:
            return True
        return back == si - 2 and self.sentences[back].paragraph == self.sentences[si].paragraph \
            and not self.resolved(si - 1) and self._opening_subject(si - 1) is None

    def _same_body(self, speaker: Speaker, earlier: Speaker) -> bool:
        """Can a bare body ("the group", "the ministry") be an earlier body? When they share a word of their own, or
        when the bare phrase names no state office and the earlier body is of an independent kind (a rights group,
        an international body, researchers, an outlet, an armed group: "the group" is not a state company)."""
        if (speaker.keys - self._small_words()) & earlier.keys:
            return True
        if self._state_office(speaker) or earlier.kind in _STATE_KINDS:
            return False
        return (earlier.kind or infer_kind(earlier.organisation)[0]) in ("ngo", "international", "research", "media",
                                                                         "armed_group")

    def _opening_person(self, si: int) -> Speaker | None:
        """The person sentence ``si`` opens with by a name alone as its subject (two to four capitalised words, perhaps
        an age between commas, then a verb in lower case: "Fatima Adam, 34, reached the camp on Monday"), whom "she"
        or "he" in the sentence after points back to; None for any other opening, or one that names a body, a place
        or a country. (Cased languages.)"""
        w = self.words(si)
        if self.lx.korean is not None or self.sentences[si].title:
            return None
        first = k = _credit_end(w)
        if k + 2 < len(w) and w.key[k] in self.lx.words["independent_roles"] and w.is_capital(k + 1):
            first = k = k + 1  # "Survivor Rose Kalo, 34, broke down …": a witness's description before the name
        while k < len(w) and k - first < 4 and w.is_capital(k) and not w.is_punct(k):
            k += 1
        end = k
        barred = _union(self.lx, ("incident_nouns", "body_nouns"))
        if end - first < 2 or self.lx.common(w.text[first]) or any(
                w.key[x] in barred or w.key[x] in self.lx.roles or w.key[x] in place_nouns(self.lx.lang)
                for x in range(first, end)):
            return None  # ("Hurricane Maria struck …", "Maria Lopez Hospital admitted …": no person's name)
        if k + 3 < len(w) and w.text[k] == "," and w.text[k + 1].isdigit() and w.text[k + 2] == ",":
            k += 3  # "Fatima Adam, 34,": her age
        if k >= len(w) or not w.text[k][:1].isalpha() or not w.text[k][:1].islower() \
                or w.key[k] in self.lx.words["np_glue"] or w.key[k] in self.lx.words["coordinators"]:
            return None  # a verb follows the name ("Kufra Road and …", "Ana Costa of …": no subject yet)
        found = self._phrase(w, first, end)
        if found is None or found.how != "name" or found.country or found.pronoun or found.anaphoric \
                or self.lx.places.match(w.key, first) or any(country_at(w, x, self.lx) for x in range(first, end)):
            return None  # (a place's name after the given name is a surname: "Ade Bello")
        return found

    def _opening_kind(self, si: int) -> Speaker | None:
        """The body a bare noun of an armed group opening sentence ``si`` as its subject points back to ("The rebel
        alliance rejected the accusation", "The militants denied it"): the armed group of the registry the article
        named before it, when all it named are of one country; else None."""
        found = self._opening_subject(si, anaphoric=True)
        if found is None or not found.anaphoric or found.pronoun or found.names:
            return None
        same = self._same_kind(found)
        if same is not None:
            return same
        if infer_kind(found.text)[0] != "armed_group":
            return None
        groups = {known.country: known for start, known in self._registry_mentions()
                  if start < found.span[0] and known.kind == "armed_group" and known.country}
        if len(groups) != 1:
            return None
        group = next(iter(groups.values()))
        return replace(found, organisation=group.organisation, country=group.country, kind=group.kind,
                       how="registry+kind")

    def _opening_subject(self, si: int, anaphoric: bool = False) -> Speaker | None:
        """The speaker phrase that opens sentence ``si`` as its subject (a body, a role or a name, then a verb in lower
        case: "Mozambique's defence ministry gave a different account"), or None (or a bare noun pointing back, "the
        group", itself, as it stands, when ``anaphoric``)."""
        w = self.words(si)
        lx = self.lx
        if self.sentences[si].title:
            return None
        if lx.korean is not None:  # "국제앰네스티 한국지부는 성명을 냈다.": the phrase marked as subject or topic
            first = max(_credit_end(w), w.at(self.credit_end(si) - 1) if self.credit_end(si) > self.sentences[si].start
                        else 0)
            k, last = first, first + 6
            while k < min(len(w), last) and not (w.tag[k] in lx.words["subject_particle_tags"] or w.is_punct(k)):
                k += 1
                if k < len(w) and w.text[k] == "(" and k > first:  # "국제이주기구(IOM)는": an acronym in brackets
                    close = next((x for x in range(k + 1, min(len(w), k + 4)) if w.text[x] == ")"), None)
                    if close is not None:
                        last += close - k + 1
                        k = close + 1
            if k >= min(len(w), last) or w.is_punct(k) or k + 1 >= len(w):
                return None
            found = self._phrase(w, first, k + 1)
            if found is None or found.anaphoric or not (found.how in ("registry", "country") or any(
                    w.key[x] in lx.roles or _korean_role(w.key[x], lx) for x in range(first, k + 1))):
                return None
            return self._corefer(self._based(si, found), si)
        k = _credit_end(w) or _dateline_end(w)
        first = k
        small = _union(lx, ("determiners", "np_glue", "definite_determiners"))
        limit = lx.table["max_unknown_words"]

        def head_at(x: int):
            return self.registry.match(w.key, w.text, x) or lx.roles.match(w.key, x) or country_at(w, x, lx)

        headed = False  # has the noun phrase now read reached its head (a role), so a lower-case word is a verb?
        glue = lx.words["np_glue"]
        while k < len(w) and k - first < 16:  # (16 words: "The International Organization for Migration (IOM) and the UN
            # Refugee Agency (UNHCR) are alarmed")
            m = head_at(k)
            if m:
                headed = headed or lx.roles.match(w.key, k) is not None or self.registry.match(w.key, w.text, k) is not None
                k += m[0]
                continue
            if (w.is_capital(k) and not w.is_punct(k)) or w.key[k] in small or (
                    w.text[k] == "." and k > first and w.is_capital(k - 1) and k + 1 < len(w) and w.is_capital(k + 1)):
                headed = headed and w.key[k] not in glue  # "the governor of Borno state": a new phrase after "of"
                k += 1  # (the full stop of "Dr. Omar Haddad")
                continue
            if w.text[k] == "(" and (headed or (k > first and w.is_capital(k - 1) and any(
                    lx.roles.match(w.key, x) for x in range(first, k)))) and (close := next((x for x in range(k + 2, min(len(w), k + 5))
                                                               if w.text[x] == ")"), None)) is not None \
                    and all(w.text[x].isupper() for x in range(k + 1, close)):
                k = close + 1  # "The Refugee Council (NRC) is appalled": the body's acronym in brackets
                continue
            if k > first and not headed and w.text[k][:1].isalpha() and w.text[k][:1].islower() and (ahead := next(
                    (x for x in range(k + 1, min(len(w), k + 2 + limit)) if lx.roles.match(w.key, x)
                     or not (w.text[x][:1].isalpha() and w.text[x][:1].islower()) or lx.speech.match(w.key, x)
                     or w.key[x] in lx.words["np_stops"]), None)) is not None and lx.roles.match(w.key, ahead) \
                    and not any(lx.speech.match(w.key, x) or w.key[x] in lx.words["np_stops"] or w.key[x] in small
                                or lx.measures.match(w.key, x) for x in range(k, ahead)):
                k = ahead  # "Mexico's civil protection agency", "a senior Iraqi security official": modifiers of
                continue  # the head noun that no table lists
            break
        subject_end = None
        if k < len(w) - 2 and w.text[k] == "," and k > first and w.key[k + 1] in lx.words["relative_pronouns"]:
            from .attribution import _inserted_clause  # "The Libyan Red Crescent, whose volunteers …, was quoted …":
            close = next((x for x in range(k + 2, min(len(w), k + 32)) if w.text[x] == ","), None)  # a relative
            if close is not None and _inserted_clause(w, close, lx) == k:  # clause between the subject and its verb
                subject_end, k = k, close + 1
                while k < len(w) and w.key[k] in lx.words["skip_before_verb"] and w.text[k][:1].islower() \
                        and k - close <= 3:
                    k += 1
                k = k if k < len(w) and w.text[k][:1].islower() else subject_end
        if subject_end is None and k < len(w) - 2 and w.text[k] == "," and k > first and w.text[k - 1] == ")" \
                and w.key[k + 1] in lx.words["circumstance_prepositions"] | {"through", "via"} \
                and w.text[k + 1][:1].islower():
            close = next((x for x in range(k + 2, min(len(w), k + 14)) if w.is_punct(x)), None)
            if close is not None and w.text[close] == "," and close + 1 < len(w) and w.text[close + 1][:1].islower() \
                    and w.text[close + 1].isalpha() and w.key[close + 1] not in lx.words["relative_pronouns"] \
                    and not any(lx.speech.match(w.key, x) or lx.measures.match(w.key, x) for x in range(k + 1, close + 2)):
                subject_end, k = k, close + 1  # "The Department of Foreign Affairs (DFA), through the Philippine
                # Embassy in Phnom Penh, facilitated …": a circumstance between the subject and its verb
        appositive = title_end = None
        if k < len(w) - 2 and w.text[k] == "," and k > first and w.is_capital(k + 1) and any(
                lx.roles.match(w.key, x) for x in range(first, k)):
            close = next((x for x in range(k + 1, min(len(w), k + 6)) if w.is_punct(x) and w.text[x] != "."), None)
            if close is not None and w.text[close] == "," and close + 1 < len(w) and w.text[close + 1][:1].islower() \
                    and all(w.is_capital(x) or w.text[x] == "." for x in range(k + 1, close)):
                title_end, k = k, close + 1  # "Mozambique's health minister, Ana Costa, visited …": a title, then
                # the name
        if k < len(w) - 2 and w.text[k] == "," and k > first and all(w.is_capital(x) or w.text[x] == "."
                                                                      for x in range(first, k)):
            close = next((x for x in range(k + 1, min(len(w), k + 14)) if w.is_punct(x)), None)
            # "Carlos Mendes, the governor of Pará state, visited …": a name, its title between commas, a verb
            if close is not None and w.text[close] == "," and close + 1 < len(w) and w.text[close + 1][:1].islower() \
                    and any(lx.roles.match(w.key, x) for x in range(k + 1, close)) \
                    and not any(lx.speech.match(w.key, x) or (lx.measures.match(w.key, x) and not w.is_capital(x))
                                for x in range(k + 1, close)):  # (a measure's word in a name: "the UN Refugee Agency")
                appositive, k = k + 1, close + 1
        if k <= first or k >= len(w) or w.is_punct(k) or not w.text[k][:1].islower() \
                or not any(w.key[x] in lx.roles or lx.roles.match(w.key, x) or self.registry.match(w.key, w.text, x)
                           for x in range(first, k)):
            return None  # a body or a role, then a verb ("The boat capsized" names no speaker)
        if appositive is not None:
            from .attribution import _appositive

            found = self._phrase(w, first, appositive - 1)
            if found is None or found.anaphoric:
                return None
            found = _appositive(w, appositive, lx, self.registry, self.text, found)
        else:
            found = self._phrase(w, first, title_end if title_end is not None else (
                subject_end if subject_end is not None else k))
            if found is not None and found.anaphoric and title_end is not None and not found.pronoun:
                found = replace(found, anaphoric=False)  # "The state governor, Caleb Mutfwang, condemned …": the
                # name after the title makes it someone new, not the governor named before
        if found is not None and found.anaphoric and anaphoric:
            return found
        if found is None or found.anaphoric:
            return None
        return self._corefer(self._based(si, found), si)

    def _opening_body(self, si: int) -> Speaker | None:
        """The body of the registry that opens sentence ``si`` (within its first five words, after at most a kind noun
        and its adjective, "Міжнародна організація «Репортери без кордонів» (RSF) зі штаб-квартирою в Парижі веде
        власний підрахунок: за її даними, …"), the subject a possessive of "according to" later in the sentence points
        to when the sentence's opening is read no further by ``_opening_subject``; else None."""
        if self.sentences[si].title or self.lx.korean is not None:
            return None
        w = self.words(si)
        first = _credit_end(w) or _dateline_end(w)
        for x in range(first, min(len(w), first + 5)):
            if w.is_punct(x) and w.text[x] not in _QUOTE_MARKS:
                return None
            known = self.registry.match(w.key, w.text, x)
            if known is not None:
                end = x + known[0]
                while end < len(w) and w.text[end] in _QUOTE_MARKS:
                    end += 1
                found = self._phrase(w, first, end)
                return self._corefer(found, si) if found is not None and not found.anaphoric else None


    def _spelled_out(self, speaker: Speaker) -> Speaker | None:
        """The body named last in the article, with a country, whose name's initials spell the speaker's bare
        acronym: "МЧС" after "Министерство по чрезвычайным ситуациям Казахстана" is that ministry (М-Ч-С, the
        function word "по" and the country after the name left out). None for a speaker that is no acronym alone, or
        when the last body with a country that spells it or is named by it ("МЧС России") is not one that spells it
        (the shared word decides then, below)."""
        letters = speaker.text.strip("«»\"()")
        if self.lx.korean is not None or not acronym(letters) or not 2 <= len(letters) <= 6 or " " in letters:
            return None
        small = _union(self.lx, ("np_glue", "determiners", "place_prepositions"))
        own = self.lx.key(letters)
        for earlier in reversed(self.known):
            if not earlier.country or "|" in earlier.country or earlier is speaker:
                continue
            if own in earlier.keys:
                return None  # "МЧС России" named last: the bare "МЧС" shares its word
            words = [t for t in re.findall(r"[^\W\d_]+", earlier.text) if self.lx.key(t) not in small]
            if len(words) > len(letters) and "".join(t[0] for t in words).upper().startswith(letters.upper()) \
                    and not any(t[:1].isupper() for t in words[1:len(letters)]):
                # (the words it spells are common words of a body's name, not a person's names: "Марина Черненко
                # Сидоренко" spells no "МЧС")
                if earlier.span[1] > speaker.span[0] or re.search(
                        rf"(?<!\w){re.escape(letters)}(?!\w)", self.text[earlier.span[1]:speaker.span[0]]):
                    return None  # named after it, or the acronym written in between ("сообщили в МЧС России", a
                    # sentence with no count): the body the text names by it last is meant
                return replace(speaker, organisation=earlier.organisation, country=earlier.country,
                               kind=earlier.kind, how=earlier.how + "+coreference")
        return None

    def _state_office(self, speaker: Speaker) -> bool:
        """Does the phrase name a state's office ("the prime minister's office", "the police"): a role of the table's
        ``national_roles``? Such a body is never an international body named before it."""
        return any(k in self.lx.national for k in speaker.keys) or any(
            self.lx.national.match(list(speaker.sequence), x) for x in range(len(speaker.sequence)))

    def _bare_role(self, speaker: Speaker) -> bool:
        """A role that names no body of its own ("a spokeswoman", "an official"), not resolved to one."""
        return not speaker.resolved and not speaker.names and not (
            {k for k in speaker.keys if k[:1].isalnum()} - self._small_words())

    def _body_of_its_own(self, speaker: Speaker) -> bool:
        """Does the speaker phrase name a body (by its name, the registry, a country, or a bare noun resolved to one
        named before), not a role or people of no body ("a spokeswoman", "residents")?"""
        return not self._bare_role(speaker) and (speaker.resolved or bool(speaker.country)
                                                 or speaker.how in ("registry", "name"))

    def _independent(self, speaker: Speaker) -> bool:
        """Does the speaker phrase name an independent body or person (a charity, an aid group, researchers)?"""
        if speaker.keys & self.lx.words["independent_roles"]:
            return True
        joined = f" {' '.join(speaker.sequence or sorted(speaker.keys))} "
        return any(f" {phrase} " in joined for phrase in self.lx.words["independent_roles_phrases"])

    def _small_words(self) -> frozenset[str]:
        return _union(self.lx, ("determiners", "np_glue", "definite_determiners", "generic_roles", "statement_words",
                                "evidence_nouns"))

    def country(self) -> str:
        """The country the article is about: the one its opening (headline, lede) names most, by a clear margin.

        Country names and nationality words count, and so do a country's provinces and states ("California")
        and the registry's bodies of one state ("the FBI"); a nationality word that is a person's surname
        ("Michael French") does not. A country named alone (no other) counts even once."""
        if self._country is None:
            counts: dict[str, int] = {}
            bodies: set[str] = set()
            head = self.text[:3000]
            w = self._head_words(len(head))
            lede_line = next((s.paragraph for s in self.sentences if s.paragraph >= 1 and sum(
                1 for word in self.text[s.start:s.end].split() if sum(ch.isalpha() for ch in word) >= 2) >= 4), 1)
            # (the lede is the first line after the headline with words in it: not a line of furniture between them,
            # a date and time "9 апреля 2025 20:15" or a byline)
            lede = next((s.start for s in self.sentences if s.paragraph > lede_line), len(head))
            in_lede: set[str] = set()  # countries the headline and the lede name
            cased = self.lx.korean is None
            countries = self.lx.countries
            country_firsts, registry_firsts = countries.firsts, self.registry.names.firsts
            place_firsts = self.lx.places.firsts
            firsts = self._country_firsts()  # a word that opens no country, body or place matches nothing
            texts = w.text
            following = 0  # the first word not yet read (a match reads its whole phrase)
            keys = w.key
            credits = [(s.start, self.credit_end(si)) for si, s in enumerate(self.sentences[:12])
                       if s.start < len(head) and self.credit_end(si) > s.start]  # a wire credit's desk is no place
            credited: set[int] = set()  # the words that start inside a credit (the words' starts are sorted)
            for a, b in credits:
                credited.update(range(bisect.bisect_left(w.start, a), bisect.bisect_left(w.start, b)))
            sounded = set(sound_candidates(w, self.lx))
            for i in sorted({*compress(count(), map(firsts.__contains__, keys)), *sounded}):
                # (the others open nothing; a division named by its sound, "카치나주", opens where its word is)
                key = keys[i]
                if i in credited:
                    continue
                if i < following or (cased and not texts[i][:1].isupper() and key not in countries):
                    continue
                m = country_at(w, i, self.lx) if key in country_firsts else None  # (a word that opens no country
                # name is none)
                if m:
                    aged = i + 2 < len(w) and w.text[i + 1] == "," and w.text[i + 2].isdigit()
                    if m[1] and not aged and not self._surname_at(w, i, m[0]) and not _of_counted(w, i, self.lx.lang) \
                            and not (m[0] == 1 and key in self.lx.shared_offices) \
                            and not _across_border(w, i, m[0], self.lx) \
                            and not self._whose(w, i + m[0]) \
                            and not self._citizens(w, i, m[0]) and not self._adversary(w, i, m[0]) \
                            and not self._attacker(w, i, m[0]) \
                            and not self._owns_body(w, i + m[0], str(m[1]), bodies):  # the headline and lede count
                        # twice; "Sudanese nationals", "громадянина Китаю" say whose the people are (people of a
                        # nationality of other nouns are often where the story is: "Peruvian soldiers got 90 villagers
                        # out")
                        counts[str(m[1])] = counts.get(str(m[1]), 0) + (2 if w.start[i] < lede else 1)
                        if w.start[i] < lede:
                            in_lede.add(str(m[1]))
                    following = i + m[0]
                    continue
                known = self.registry.match(w.key, w.text, i) if key in registry_firsts else None
                if known is not None:
                    if known[1].country and known[1].kind in _STATE_KINDS and known[1].organisation not in bodies:
                        bodies.add(known[1].organisation)  # each body once: "the USGS (USGS)"
                        counts[known[1].country] = counts.get(known[1].country, 0) + 1
                    following = i + known[0]
                    continue
                place = place_at(w, i, self.lx, self.lx.places.match(w.key, i) if key in place_firsts else None,
                                 sounded)  # (a place first, then is
                # it a surname: the cheaper test first)
                if place is not None:
                    counts[str(place[1])] = counts.get(str(place[1]), 0) + (2 if w.start[i] < lede else 1)
                    if w.start[i] < lede:
                        in_lede.add(str(place[1]))
                    following = i + place[0]
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            self._named_any = bool(counts)
            self._named_codes = frozenset(counts)
            self._lede_codes = frozenset(in_lede)
            self._counts = dict(counts)
            self._country = ""
            if ranked and (ranked[0][1] >= 2 or len(ranked) == 1) and (
                    len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
                self._country = ranked[0][0]
            elif len(in_lede) == 1:  # none leads clearly: the one country the headline and lede name, if one
                self._country = next(iter(in_lede))
        return self._country

    def _owns_body(self, w: Words, k: int, code: str, bodies: set[str]) -> bool:
        """Does a country's name or possessive end right before the registry's name of a state body of that country
        at word ``k`` ("Yemen's Houthi movement", "Russia's Black Sea Fleet")? The body counts once for the article's
        country; its country's word before it is the same naming, not a second one."""
        if k >= len(w) or w.key[k] not in self.registry.names.firsts:
            return False
        known = self.registry.match(w.key, w.text, k)
        return known is not None and known[1].country == code and known[1].kind in _STATE_KINDS \
            and known[1].organisation not in bodies

    def aliases(self) -> dict[tuple[str, ...], str]:
        """Short names the article gives a country in brackets after its full name ("the Democratic Republic of
        Ruritania (DRR)"): the short name's keys -> the country's code. A later "DRR officials" speaks for it."""
        if self._aliases is None:
            found: dict[tuple[str, ...], str] = {}
            for si, s in enumerate(self.sentences):
                if s.start > 50_000:
                    break
                if "(" not in self.text[s.start:s.end]:
                    continue
                w = self.words(si)
                for k in range(1, len(w) - 2):
                    if w.text[k] != "(":
                        continue
                    close = next((c for c in range(k + 1, min(len(w), k + 5)) if w.text[c] == ")"), None)
                    if close is None or close == k + 1 or any(w.is_punct(c) for c in range(k + 1, close)):
                        continue
                    code = next((m[1] for j in range(max(0, k - 6), k) if (m := country_at(w, j, self.lx))
                                 and j + m[0] == k and m[1] and "|" not in m[1]), "")
                    if not code and close == k + 2 and acronym(w.text[k + 1]):
                        code = self._named_body_country(w, k)  # "the Jamaica Defence Force (JDF)"
                    inner = tuple(w.key[k + 1:close])
                    if code and self.lx.countries.match(list(inner), 0) is None:
                        found.setdefault(inner, code)
            self._aliases = found
        return self._aliases

    def _named_body_country(self, w: Words, k: int) -> str:
        """The one country named inside the capitalised name of a body that ends before word ``k`` (at most six
        words back, glue words inside it: "the Jamaica Defence Force", "Ministry of Foreign Affairs of Türkiye"), or
        ''."""
        a = k
        while a > 0 and k - a < 6 and not w.is_punct(a - 1) and (w.is_capital(a - 1) or (
                w.key[a - 1] in self.lx.words["np_glue"] and a - 1 > 0 and w.is_capital(a - 2))):
            a -= 1
        codes = {str(m[1]) for j in range(a, k) if (m := country_at(w, j, self.lx)) and m[1]}
        return next(iter(codes)) if len(codes) == 1 and "|" not in next(iter(codes)) and k - a >= 2 else ""

    def _place_code(self, w: Words, j: int) -> tuple[int, str] | None:
        """(words, ISO code) of a country or a city/province at word ``j``, or None."""
        if not 0 <= j < len(w):
            return None
        m = country_at(w, j, self.lx)
        if m and m[1] and "|" not in m[1]:
            return m[0], str(m[1])
        place = self.lx.places.match(w.key, j) if self.lx.korean is not None or w.is_capital(j) else None
        return (place[0], str(place[1])) if place else None

    def _based(self, si: int, speaker: Speaker) -> Speaker:
        """A body placed by a city or a country ("Lagos-based SBM Intelligence", "미국에 본부를 둔 구호단체 X", the
        table's ``based_suffixes`` and ``based_phrases``) takes that place's country, with less confidence (a
        registered body keeps the registry's)."""
        suffixes = self.lx.words["based_suffixes"]
        phrases = self.lx.words["based_phrases_phrases"]
        if (not suffixes and not phrases) or speaker.how == "registry" or speaker.pronoun:
            return speaker
        w = self.words(si)
        a = w.at(speaker.span[0])
        b = w.at(max(speaker.span[0], speaker.span[1] - 1)) + 1
        code = ""
        end = b
        if b < len(w) and w.text[b] == ",":  # "The tanker's manager, Athens-based X, said": its appositive too
            end = next((k for k in range(b + 1, min(len(w), b + 10)) if w.is_break(k)), b)
        for i in range(a, min(end, len(w))):  # "Lagos-based": the word's own beginning is the place
            text = w.text[i]
            suffix = next((x for x in suffixes if text.lower().endswith(x) and len(text) > len(x) + 1), None)
            if suffix is not None:
                for before in (0, 1, 2):  # "Lagos-based", "Hong Kong-based", "Rio de Janeiro-based": a place of words
                    if i - before < 0 or (before and w.is_punct(i - before)):
                        break
                    head = self.text[w.start[i - before]:w.end[i] - len(suffix)]
                    hw = tokenize(head, 0, len(head), self.lx)
                    found = self._place_code(hw, 0) if len(hw) else None
                    if found is not None and found[0] == len(hw):
                        code = found[1]
                        seated = self._seated_body_before(si, speaker, w, a, b, range(i - before, i + 1))
                        if seated is not None:
                            return seated  # "the New York-based group" after "Human Rights Watch": that body
                        break
                if code:
                    break
        lo = a
        while lo > 0 and a - lo < 6 and not w.is_break(lo - 1):
            lo -= 1  # the words just before the phrase, in its clause: "미국에 본부를 둔 구호단체 'X'"
        split = _split_phrases(phrases)
        for k in range(lo, min(end, len(w))) if not code and phrases else ():
            for keys in split:
                if (keys and keys[0] != w.key[k]) or tuple(w.key[k:k + len(keys)]) != keys:
                    continue
                for j in (k - 1, k - 2, k - 3):  # the place before the phrase ("미국에 본부를 둔") ...
                    found = self._place_code(w, j)
                    if found is not None and j + found[0] == k:
                        code = found[1]
                        break
                for j in (k + len(keys), k + len(keys) + 1) if not code else ():  # ... or after it ("based in X")
                    found = self._place_code(w, j)
                    if found is not None:
                        code = found[1]
                        break
                if code:
                    break
            if code:
                break
        if not code or code == speaker.country:
            return speaker
        return replace(speaker, country=code, how="country+based")

    def _seated_body_before(self, si: int, speaker: Speaker, w: Words, a: int, b: int, based: range) -> Speaker | None:
        """The registered non-governmental, research or international body a definite kind noun placed by its seat
        points back to ("the New York-based group", "the London-based watchdog": a determiner, the seat's words and
        nouns of the table's ``body_nouns`` only) when the article named one in the speaker's sentence or the three
        before it: that body, with the registry's country (none for an international NGO), not its seat's; else None."""
        kinds = self.lx.words["body_nouns"]
        definite = self.lx.words["definite_determiners"]
        rest = [k for k in range(a, b) if k not in based and not w.is_punct(k)]
        opened = bool(rest) and (w.key[rest[0]] in definite or (a > 0 and w.key[a - 1] in definite))
        if not kinds or not definite or not opened or not any(
                w.key[k] in kinds for k in rest) or not all(w.key[k] in kinds or w.key[k] in definite for k in rest):
            return None
        start = self.sentences[max(0, si - 3)].start
        named = [known for offset, known in self._registry_mentions() if start <= offset < speaker.span[0]
                 and known.kind in ("ngo", "research", "international")]
        if not named:
            return None
        known = named[-1]
        return replace(speaker, organisation=known.organisation, country=known.country, kind=known.kind,
                       how="registry+mention")

    def _aliased(self, speaker: Speaker) -> Speaker:
        """A speaker naming a country by the short name the article gave it ("DRR officials") speaks for it."""
        aliases = self.aliases()
        if not aliases:
            return speaker
        keys = list(speaker.sequence or ())
        for i in range(len(keys)):
            for n in (3, 2, 1):
                code = aliases.get(tuple(keys[i:i + n])) if i + n <= len(keys) else None
                if code:
                    return replace(speaker, country=code, how="country+alias")
        return speaker

    def _initials_of_known(self, speaker: Speaker) -> Speaker:
        """A body named by its initials alone ("МЗС", "МЧС", "the NDMA") that the article named before in full with its
        country ("Міністерство закордонних справ України", "Ministry of Foreign Affairs of Türkiye"): the initials
        are those of the earlier speaker's consecutive words, leaving out the words of no initial (the table's
        ``np_glue``, ``place_prepositions``) and the country's own words; that speaker's organisation and country.
        The speaker unchanged when none was so named."""
        text = speaker.text.strip()
        if speaker.country or not acronym(text) or not 2 <= len(text) <= 6:
            return speaker
        skipped = _union(self.lx, ("np_glue", "place_prepositions", "determiners", "definite_determiners"))
        for earlier in reversed(self.known):
            if not earlier.country or "|" in earlier.country or earlier.pronoun or earlier.text == speaker.text:
                continue
            w = tokenize(earlier.text, 0, len(earlier.text), self.lx)
            firsts, x = [], 0
            while x < len(w):
                m = country_at(w, x, self.lx)
                if m:
                    firsts.append("")  # a country's words give no initial, and part the run
                    x += m[0]
                    continue
                if not w.is_punct(x) and w.key[x] not in skipped:
                    firsts.append(w.text[x][:1].upper())
                x += 1
            if any("".join(firsts[a:b]) == text.upper() and "" not in firsts[a:b]
                   for a in range(len(firsts)) for b in range(a + 2, min(len(firsts), a + len(text)) + 1)):
                return replace(speaker, organisation=earlier.organisation, country=earlier.country,
                               kind=earlier.kind, how="initials")
        return speaker

    def _compound_named(self, speaker: Speaker) -> Speaker:
        """A body named by a compound of its full name's shortened words ("Госкомиссия": государственная комиссия;
        "Минобороны", "Генштаб", "Міноборони") that the article names in full with one country beside it
        ("Государственной комиссии Азербайджанской Республики по делам военнопленных", "азербайджанской
        Госкомиссии"), before or after the short name (a headline names it first): that country, when every such
        full name the article gives has the same. Each part opens a word of the full name in turn (three letters or
        more; the last may also be the word itself, "комиссия" of "комиссии"). Languages whose table reads words with
        pymorphy3 only; the speaker unchanged otherwise."""
        text = speaker.text.strip()
        if speaker.country or " " in text or len(text) < 6 or not text[:1].isupper() or acronym(text) \
                or self.lx.table["morphology"] != "pymorphy3":
            return speaker
        whole = text.lower()

        def parts(w: Words, k: int, rest: str, n: int) -> int:  # the word after the full name read, or -1
            if not rest:
                return k if n >= 2 else -1
            if k >= len(w) or w.is_punct(k):
                return -1
            word = w.text[k].lower()
            if n >= 1 and (self.lx.key(rest) == w.key[k] or (len(rest) >= 3 and word.startswith(rest))):
                return k + 1 if n + 1 >= 2 else -1
            for size in range(min(len(rest) - 3, len(word)), 2, -1):
                if word.startswith(rest[:size]):
                    end = parts(w, k + 1, rest[size:], n + 1)
                    if end >= 0:
                        return end
            return -1
        codes = set()
        for si in range(len(self.sentences)):
            if self.sentences[si].start > 50_000:
                break
            if whole[:3] not in self.text[self.sentences[si].start:self.sentences[si].end].lower():
                continue
            w = self.words(si)
            for j in range(len(w)):
                if not w.text[j].lower().startswith(whole[:3]):
                    continue
                end = j + 1 if w.key[j] == self.lx.key(text) else parts(w, j, whole, 0)  # ("азербайджанской
                if end < 0:  # Госкомиссии": the short name itself, with its country)
                    continue
                around = [x for x in (j - 1, end, end + 1) if 0 <= x < len(w)
                          and not any(w.is_punct(y) for y in range(min(x, j), max(x, end - 1) + 1))]
                # (not across a mark: "Минобороны: ВСУ потеряли …" names the other side after the colon)
                found = next((str(m[1]) for x in around if (m := country_at(w, x, self.lx)) and m[1]), "")
                if found and "|" not in found:
                    codes.add(found)
        if len(codes) != 1:
            return speaker
        return replace(speaker, country=next(iter(codes)), how="compound")

    def _head_words(self, end: int) -> Words:
        """The words of ``text[:end]``: its sentences' words, joined when that reads them the same (see
        ``words.joined_words``), else the text read again."""
        parts = []
        for si, s in enumerate(self.sentences):
            if s.start >= end:
                break
            parts.append((self.words(si), s.start, s.end) if s.end <= end else
                         (tokenize(self.text, s.start, end, self.lx), s.start, end))
        found = joined_words(parts, self.text, end)
        return found if found is not None else tokenize(self.text[:end], 0, end, self.lx)

    def _country_firsts(self) -> frozenset[str]:
        """The first words of every country, registry body and place (made once per language and registry)."""
        key = (id(self.lx), id(self.registry))
        found = _FIRSTS.get(key)
        if found is None or found[0] is not self.lx or found[1] is not self.registry:
            found = _FIRSTS[key] = (self.lx, self.registry, self.lx.countries.firsts | self.registry.names.firsts
                                    | self.lx.places.firsts)
        return found[2]

    def surnames(self) -> frozenset[str]:
        """Nationality words used as a person's surname in the article ("Michael French"): keys. A dictionary word
        or an acronym before the country is no first name ("Креста Кении": the Red Cross of Kenya; "ГКНБ Киргизии"), nor is
        a compass word (the table's ``sound_words``: "the University Hospital of North Norway")."""
        if self._surnames is None:
            found = set()
            if self.lx.korean is None:
                for m in _NAME_PAIR.finditer(self.text, 0, min(len(self.text), 50_000)):
                    first, second = m.group(1), m.group(2)
                    key = self.lx.key(second)
                    if key not in self.lx.countries:  # (the commonest: the first word's key is not needed)
                        continue
                    first_key = self.lx.key(first)
                    after = _NEXT_WORD.match(self.text, m.end())
                    if after is not None and self.lx.key(after.group(1)) in place_nouns(self.lx.lang):
                        continue  # "Климово Брянской области": a village (too small for the gazetteer) of a province
                    if self.lx.countries.match([key], 0) is not None \
                            and first_key not in self.lx.countries and first_key not in self.lx.roles \
                            and not (self.lx.table.get("sound_words") or {}).get(first_key) \
                            and not self.lx.common(first) and not acronym(first) \
                            and not _function_word(first_key, self.lx) and self.lx.places.match([first_key], 0) is None \
                            and self.registry.match([first_key], [first], 0) is None \
                            and not self._inside_country_name(m.start(1), m.end(2)):
                        found.add(key)
            self._surnames = frozenset(found)
        return self._surnames

    def _inside_country_name(self, start: int, end: int) -> bool:
        """Do the two capitalised words at [start, end) lie inside a longer country name ("Papua New Guinea", "the
        Central African Republic")? Then the second is no surname after a first name ("New Guinea")."""
        w = tokenize(self.text, max(self.text.rfind("\n", 0, start) + 1, start - 60), end, self.lx)
        first = w.at(start)
        for x in range(max(0, first - 3), first + 1):
            found = self.lx.countries.match(w.key, x)
            if found is not None and x + found[0] > first + 1:
                return True
        return False

    def _surname_at(self, w: Words, i: int, n: int) -> bool:
        """Is the nationality word at ``i`` a surname here ("French said", "Michael French"), or a country's name a
        given name before a surname that ends the name ("Jordan Whitfield", "Chad Miller": ``places.before_surname``)?"""
        if n == 1 and i + 1 < len(w) and w.text[i + 1][:1].isupper() and w.is_capital(i) \
                and self.text[w.end[i]:w.start[i + 1]] == " " \
                and not acronym(w.text[i]) and whole_number(w.text[i + 1], self.lx) is None \
                and before_surname(w, i, self.lx) and (  # (a ship's prefix in capitals, "HMS Lancaster", no name)
                i + 2 >= len(w) or w.is_punct(i + 2) or not w.is_capital(i + 2)):
            return True  # (one space apart: not a headline's last word before the lede's first, "Chile\n\nNine";
            # the next word's capital, which ``before_surname`` needs, asked first: most nationality words come before a
            # word in lower case, and a word new to ``whole_number`` is read by the normaliser)
        if n != 1 or w.key[i] not in self.surnames():
            return False
        nxt = i + 1
        return not (nxt < len(w) and (w.key[nxt] in self.lx.roles or w.key[nxt] in self.lx.people))

    def _whose(self, w: Words, j: int) -> bool:
        """Does the noun at ``j``, right after a nationality word, make it say whose a thing is ("a Russian missile",
        "російських дронів": the attacker's), not where the story is? A thing the table's ``not_people_after`` lists
        (English also in the singular, by its ``plural_endings``), but not a settlement or an area ("the Ukrainian
        city of", "українського міста": the gazetteer's ``place_nouns``)."""
        if j >= len(w) or w.key[j] in place_nouns(self.lx.lang):
            return False
        if describes_thing(w, j, self.lx):
            return True
        things = self.lx.words["not_people_after"]
        return any(w.key[j] + str(e) in things for e in self.lx.table.get("plural_endings", []))

    def _adversary(self, w: Words, i: int, n: int) -> bool:
        """Is the country word at ``i`` (``n`` words) the side that did the harm its sentence tells, and not the
        article's home (``home``), in an article that names its home somewhere? Then it says neither where the story is
        nor whom a home body speaks for ("Через збройну агресію РФ загинула 621 дитина – Офіс генпрокурора": the
        prosecutors are Ukraine's). The side that did it is named

        - as the author of a hostile act (the table's ``hostile_nouns``): an adjective before the act or its captivity
          ("російської агресії", "у російському полоні", "Russian shelling"), or its owner after it ("агресії РФ",
          "вторгнення Росії", "the invasion by Russia"), or a possessive before it ("Russia's invasion");
        - as the subject of a verb of killing, wounding or taking people (a measure cue of the table, a finite verb
          where the morphology tells; in Russian one that takes an object), itself or through the people it sent
          ("Росія вбила 109 медійників", "російські військові вбили", "Russian troops killed 12 civilians").

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> from analysis.extract.words import tokenize
        >>> lx = language("uk")
        >>> doc = Document("Війна в Україні.", lx, registry_index("uk"))
        >>> w = tokenize("Росія вбила 12 людей", 0, 20, lx)
        >>> doc._adversary(w, 0, 1)
        True
        >>> w = tokenize("В Росії загинули 12 людей", 0, 25, lx)
        >>> doc._adversary(w, 1, 1)
        False
        """
        home = self.home
        m = country_at(w, i, self.lx)
        if not home or m is None or not m[1] or m[1] == home or "|" in str(m[1]) or not self._worded_named(home):
            return False
        lx = self.lx
        hostile = lx.words["hostile_nouns"]
        if not hostile:
            return False
        j = i + n
        if j < len(w) and (w.key[j] in hostile or w.key[j] in lx.words["custody_places"]):
            return True  # "російської агресії", "у російському полоні"
        if j + 1 < len(w) and w.text[j] in ("'s", "’s") and w.key[j + 1] in hostile:
            return True  # "Russia's invasion"
        k = i - 1
        if k > 0 and lx.korean is None and w.key[k] in ("by", "of"):
            k -= 1  # "the invasion by Russia"
        if k >= 0 and w.key[k] in hostile:
            return True  # "агресії РФ", "вторгнення Росії"
        if self._authoring_side(w, i, n) or self._forces_acting(w, i, n) or self._losses_owner(w, i, n) \
                or self._attacker(w, i, n):
            return True  # "обстрел Горловки со стороны ВСУ", "обстрела Вооруженными силами Украины", "потери ВСУ", "ВСУ
            # обстреляли Горловку"
        if lx.korean is not None or (i > 0 and (w.key[i - 1] in lx.words["np_glue"] or lx.preposition(w.text[i - 1]))):
            return False  # "в Україні загинули": a place, not a subject
        x = j
        while x < len(w) and x < j + 4 and not w.is_punct(x) and lx.measures.match(w.key, x) is None:
            if w.key[x] in lx.words["losing_verbs"]:
                break  # "Russia has lost 900,000 troops": the verb of losing, read below
            if lx.preposition(w.text[x]) and x + 1 < len(w) and not w.is_punct(x + 1) \
                    and w.key[x + 1] in lx.words["time_nouns"] | lx.words["period_deictics"]:
                x += 2  # "ВСУ за сутки потеряли", "ЗСУ за добу": a span of time between the subject and its verb
                continue
            if not (self._people_word(w, x) or w.key[x] in lx.words["skip_before_verb"] or lx.adverb(w.text[x])):
                return False
            x += 1
        if x < len(w) and w.key[x] in lx.words["losing_verbs"] and (
                lx.table["morphology"] != "pymorphy3" or lx.predicate_form(w.text[x])):
            return True  # "ВСУ потеряли до 800 военных", "Russia has lost 900,000 troops": the side whose losses a home
            # body counts is the other side, not whom it speaks for
        while x < len(w) and x < j + 4 and (cue := lx.measures.match(w.key, x)) is not None \
                and cue[1][1] == 3:  # type: ignore[index]
            x += cue[0]  # "російські військові вбили": the people it sent (a word of deployment), then the verb
        cue = lx.measures.match(w.key, x) if x < len(w) else None
        if cue is None or (cue[1][0] not in ("killed", "wounded", "killed_or_wounded", "captured")  # type: ignore[index]
                           and not self._hostile_verb(w.key[x])):
            return False  # (not "Польща прийняла 1 млн біженців": a host, but "Росія депортувала": a hostile act)
        verb = w.text[x]
        if lx.table["morphology"] == "pymorphy3":
            if not lx.predicate_form(verb):
                return False
            return lx.lang != "ru" or lx.transitive(verb)
        after = x + cue[0]
        return after < len(w) and not w.is_punct(after) and w.key[after] not in lx.words["np_glue"] \
            and w.key[after] not in lx.words["place_prepositions"]  # "Russian troops killed 12", not "… killed in"

    def _other_side(self, si: int) -> frozenset[str]:
        """The countries sentence ``si`` names as the side that did the harm it tells or lost the people it counts
        (``_adversary``: never the article's home), read once."""
        found = self._other_sides.get(si)
        if found is None:
            w = self.words(si)
            firsts = self.lx.countries.firsts
            codes = set()
            for i in compress(count(), map(firsts.__contains__, w.key)):
                m = country_at(w, i, self.lx)
                if m and m[1] and self._adversary(w, i, m[0]):
                    codes.add(str(m[1]))
            found = self._other_sides[si] = frozenset(codes)
        return found

    def _attacker(self, w: Words, i: int, n: int) -> bool:
        """Is the country word at ``i`` (``n`` words) the subject of a verb of attack (the table's ``attack_verbs``:
        "Russia struck the city overnight", "ВСУ обстреляли Горловку", "Росія атакувала Харків"), itself or through
        its forces ("Russian forces shelled", "ВСУ нанесли удар")? As a nationality before the act's noun ("Russian strikes killed three, the governor
        said") does, it names the attacker, not where the sentence is nor whom a bare body of the sentence speaks for,
        in whatever outlet. Not a place ("в Росії", "in Russia"), nor the subject of a passive ("Ukraine was struck").

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> from analysis.extract.words import tokenize
        >>> lx = language("en")
        >>> doc = Document("", lx, registry_index("en"))
        >>> text = "the governor said Russia struck the city overnight"
        >>> doc._attacker(tokenize(text, 0, len(text), lx), 3, 1)
        True
        >>> text = "Ukraine was struck by 90 drones"
        >>> doc._attacker(tokenize(text, 0, len(text), lx), 0, 1)
        False
        """
        lx = self.lx
        verbs = lx.words["attack_verbs"]
        if not verbs or lx.korean is not None:
            return False
        if verbs.isdisjoint(w.key[i + n:i + n + 11]):
            return False  # (the verb is read at most ten words after the country: "'s", a force noun, then four
            # steps of two words at most; with none there, the commonest case, nothing below is asked)
        if i > 0 and (w.key[i - 1] in lx.words["np_glue"] or lx.preposition(w.text[i - 1])):
            return False  # "в Росії атакували", "in Russia": a place, not a subject
        x = i + n
        if x + 1 < len(w) and w.text[x] in ("'s", "’s"):
            x += 1
        if x < len(w) and w.key[x] in lx.words["force_nouns"]:
            x += 1  # "Russian forces shelled", "Russia's army struck"
        passive = lx.words["passive_auxiliaries"]
        for _ in range(4):
            if x >= len(w) or w.is_punct(x) or w.key[x] in verbs:
                break
            if w.key[x] in passive:
                return False  # "Ukraine was struck by 90 drones": the struck, not the attacker
            if not (w.key[x] in lx.words["skip_before_verb"] or lx.adverb(w.text[x]) or w.key[x] in lx.words[
                    "time_nouns"] or (lx.preposition(w.text[x]) and x + 1 < len(w) and w.key[x + 1] in lx.words[
                    "time_nouns"])):
                break
            x += 2 if lx.preposition(w.text[x]) else 1  # "ВСУ ночью атаковали", "Russia overnight struck", "за ніч"
        if x >= len(w) or w.is_punct(x):
            return False
        pymorphy = lx.table["morphology"] == "pymorphy3"
        if pymorphy and not lx.predicate_form(w.text[x]):
            return False
        after = x + 1
        return w.key[x] in verbs and not (after < len(w) and w.key[after] in lx.words["agent_prepositions"])
        # (not "hit by": a participle's agent follows)

    def _hostile_before(self, w: Words, k: int, reach: int = 5) -> bool:
        """Is there a noun of a hostile act (the table's ``hostile_nouns``) among the ``reach`` words that end at word
        ``k``, with no punctuation between ("обстрел Горловки со стороны", "attacks on the city from the")?"""
        hostile = self.lx.words["hostile_nouns"]
        for x in range(k, max(-1, k - reach), -1):
            if w.is_punct(x):
                return False
            if w.key[x] in hostile:
                return True
        return False

    def _authoring_side(self, w: Words, i: int, n: int) -> bool:
        """Is the country word at ``i`` (``n`` words) the side a hostile act came from, named by a side noun after the
        act (the table's ``side_prepositions`` and ``side_nouns``): the country after the side noun ("обстрел Горловки со
        стороны ВСУ", "обстріл з боку РФ") or a nationality before it ("удар с украинской стороны", "shelling from the
        Russian side")? Without a hostile act before it the side is where a speaker stands ("С колумбийской стороны
        министерство сообщило", ``_side_country``), which this does not read.

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> from analysis.extract.words import tokenize
        >>> lx = language("ru")
        >>> doc = Document("", lx, registry_index("ru"))
        >>> text = "при обстреле Горловки со стороны ВСУ"
        >>> doc._authoring_side(tokenize(text, 0, len(text), lx), 5, 1)
        True
        >>> text = "со стороны ВСУ министерство сообщило"
        >>> doc._authoring_side(tokenize(text, 0, len(text), lx), 2, 1)
        False
        """
        lx = self.lx
        sides, prepositions = lx.words["side_nouns"], lx.words["side_prepositions"]
        if not sides or lx.korean is not None:
            return False
        if i >= 2 and w.key[i - 1] in sides and w.key[i - 2] in prepositions:
            return self._hostile_before(w, i - 3)  # "со стороны ВСУ"
        j = i + n
        if j < len(w) and w.key[j] in sides:
            k = i - 1
            if k >= 0 and w.key[k] in lx.words["definite_determiners"]:
                k -= 1  # "from the Russian side"
            if k >= 0 and w.key[k] in prepositions:
                return self._hostile_before(w, k - 1)  # "с украинской стороны"
        return False

    def _forces_acting(self, w: Words, i: int, n: int) -> bool:
        """Is the country word at ``i`` (``n`` words) the owner of armed forces (the table's ``force_nouns``) named as
        the agent of a hostile act right before them ("обстрела Вооруженными силами Украины", "обстрелом российскими
        войсками", "shelling by Russian forces")?"""
        lx = self.lx
        forces = lx.words["force_nouns"]
        if not forces:
            return False
        j = i + n
        if j < len(w) and w.key[j] in forces:
            k = i - 1
            if k >= 0 and w.key[k] in lx.words["agent_prepositions"]:
                k -= 1  # "by Russian forces"
            return k >= 0 and w.key[k] in lx.words["hostile_nouns"]  # "обстрелом российскими войсками"
        if lx.table["morphology"] != "pymorphy3" or i == 0 or w.key[i - 1] not in forces:
            return False
        k = i - 2
        if k >= 0 and not w.is_punct(k) and w.key[k] not in lx.words["hostile_nouns"] and not lx.measures.match(w.key, k):
            k -= 1  # "Вооруженными силами Украины": an adjective of the forces
        return k >= 0 and w.key[k] in lx.words["hostile_nouns"]

    def _losses_owner(self, w: Words, i: int, n: int) -> bool:
        """Is the country word at ``i`` (``n`` words) whose losses a cue of the killed or wounded together names: the
        country right after the cue ("потери ВСУ", "втрати ЗСУ") or a nationality right before it ("российские потери",
        "Russian losses", "Russia's losses")? The side counted is not whom a home body counting it speaks for."""
        lx = self.lx
        for x in range(max(0, i - 3), i):
            cue = lx.measures.match(w.key, x)
            if cue is not None and x + cue[0] == i and cue[1][0] == "killed_or_wounded":  # type: ignore[index]
                return lx.korean is None
        j = i + n
        if j + 1 < len(w) and w.text[j] in ("'s", "’s"):
            j += 1
        cue = lx.measures.match(w.key, j) if j < len(w) else None
        return cue is not None and cue[1][0] == "killed_or_wounded" and lx.korean is None  # type: ignore[index]

    def _forces_owner(self, w: Words, i: int, n: int) -> bool:
        """Is the country word at ``i`` (``n`` words) the owner of armed forces or a unit of them (the table's
        ``force_nouns``), in an article that names its home (``home``) and not the home itself: a nationality before
        the noun ("російського полку", "Russian forces", "Russia's army") or the country after it in the genitive
        ("військових одного з полків РФ", "командира роти збройних сил РФ")? It says whose soldiers the sentence tells
        of, so it is not where the sentence is nor whom a bare home body speaks for ("За даними слідства, у селі
        перебували 150 військових полків РФ": the investigators are the home's). (Only the sentence's country: an
        army named in the opening is as often the army of the place the story is set in, "колонну армии Нигера".)
        Korean glues the country to its
        army ("러시아군"), a role of its own, so has none.

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> from analysis.extract.words import tokenize
        >>> lx = language("uk")
        >>> doc = Document("Суд в Україні.", lx, registry_index("uk"))
        >>> text = "у селі були 150 військових полків РФ"
        >>> doc._forces_owner(tokenize(text, 0, len(text), lx), 6, 1)
        True
        >>> text = "у селі Курської області Росії"
        >>> doc._forces_owner(tokenize(text, 0, len(text), lx), 4, 1)
        False
        """
        forces = self.lx.words["force_nouns"]
        home = self.home
        if not forces or not home:
            return False
        m = country_at(w, i, self.lx)
        if m is None or not m[1] or m[1] == home or "|" in str(m[1]) or not self._worded_named(home):
            return False
        j = i + n
        if j < len(w) and w.key[j] in forces:
            return True  # "російського полку", "Russian forces"
        if j + 1 < len(w) and w.text[j] in ("'s", "’s") and w.key[j + 1] in forces:
            return True  # "Russia's army"
        if self.lx.table["morphology"] != "pymorphy3":
            return False  # (English "forces of Russia" is rare, and "the army of" names a body's own country)
        return i > 0 and w.key[i - 1] in forces  # "полків РФ", "збройних сил Росії"

    def _hostile_verb(self, key: str) -> bool:
        """Is the verb ``key`` the verb of a hostile act of the table's ``hostile_nouns``, by the table's
        ``action_noun_endings`` ("депортувати": депортація)?"""
        for pair in self.lx.table.get("action_noun_endings", []):
            ending, noun = str(pair).split(">", 1)
            if key.endswith(ending) and key[: len(key) - len(ending)] + noun in self.lx.words["hostile_nouns"]:
                return True
        return False

    def _whose_people(self, w: Words, j: int) -> bool:
        """Does the word at ``j``, right after a nationality word, make it say whose people are: a citizen noun
        ("Eritrean nationals") or a noun of people ("Indian fishermen held in …", "Russian troops shelled …",
        "російських військових"): the people counted or their attackers, not where the story is nor who speaks?"""
        if j >= len(w):
            return False
        if self._people_word(w, j):
            return True
        ends = j + 1 >= len(w) or w.is_punct(j + 1) or w.key[j + 1] in _union(self.lx, _NP_ENDS)
        return ends and any(self._people_noun([w.key[j] + str(e)]) for e in self.lx.words["plural_endings"])
        # "a Chinese national.", "an Indian pilgrim and …": one of them, named by the singular of a noun of people

    def _in_counted_aside(self, si: int, w: Words, i: int) -> bool:
        """Is the country word at ``i`` inside an aside set off by commas right after the people a number counts ("Two
        other hikers, a French couple in their sixties, have been missing", "three workers, all Nepali,")? It says who
        the people are, not where the story is nor who speaks."""
        opening = next((k for k in range(i - 1, max(-1, i - 5), -1) if w.is_punct(k)), None)
        if opening is None or w.text[opening] != "," or opening < 2:
            return False
        closing = next((k for k in range(i + 1, min(len(w), i + 9)) if w.is_punct(k)), None)
        if closing is None or w.text[closing] != ",":
            return False
        since = w.start[max(0, opening - 4)]
        return any(since <= r.start < w.start[opening] for r in self.ranges(si))

    def _citizens(self, w: Words, i: int, n: int) -> bool:
        """Does the country word at ``i`` (``n`` words) name people by their citizenship: before a citizen noun, in the
        plural or (English) the singular ("Sudanese nationals", "a Chinese national"), or after one ("громадянина
        Китаю")?"""
        j = i + n
        if j < len(w) and (w.key[j] in self.lx.words["citizen_nouns"] or any(
                w.key[j] + str(e) in self.lx.words["citizen_nouns"] for e in self.lx.words["plural_endings"])):
            return True
        k = i - 1
        return k >= 0 and w.key[k] in self.lx.words["citizen_nouns"]

    def _predicate_nationality(self, w: Words, i: int, n: int) -> bool:
        """Is the country word at ``i`` (``n`` words) a nationality said of a subject by a copula right before it, and
        closing its phrase ("410 of them were Chinese.", "most are Vietnamese and Indonesian")? It says whose the
        people are, not where the events are nor who speaks."""
        if i == 0 or w.key[i - 1] not in self.lx.words["passive_auxiliaries"] or self.lx.table["morphology"] != "none":
            return False
        j = i + n
        return j >= len(w) or w.is_punct(j) or w.key[j] in self.lx.words["coordinators"]

    def _citizens_listed(self, w: Words, i: int, n: int) -> bool:
        """Is the country word at ``i`` (``n`` words) one of a list of countries joined by commas and coordinators
        whose last one names people by citizenship ("베트남, 인도네시아, 한국 국적자", "Vietnamese, Indonesian and
        Korean nationals")? Each country of the list says whose the people are, none where the events are."""
        j, joined = i + n, self.lx.words["coordinators"]
        while True:
            k = j
            while k < len(w) and (w.text[k] == "," or w.key[k] in joined):
                k += 1
            if k == j or k >= len(w) or w.key[k] not in self.lx.countries.firsts:
                return False
            m = country_at(w, k, self.lx)
            if not m:
                return False
            if self._citizens(w, k, m[0]):
                return True
            j = k + m[0]

    def _people_noun(self, keys: list[str]) -> bool:
        """Is the word a citizen noun or a noun of people?"""
        return keys[0] in self.lx.words["citizen_nouns"] or self.lx.people.match(keys, 0) is not None

    def _people_word(self, w: Words, j: int) -> bool:
        """Is word ``j`` a noun of people: a citizen noun, a noun of the table's people, or (by its morphology) a noun of
        living beings that names no role ("робітники", "уроженец": people counted, not an office)?"""
        return self._people_noun(w.key[j:j + 1]) or (
            w.key[j] not in self.lx.roles and w.text[j].isalpha() and self.lx.animate(w.text[j]))

    def _of_people(self, w: Words, i: int) -> bool:
        """Is the country word at ``i`` the complement of a noun of people or of citizenship right before it
        ("громадянина Китаю", "уроженец Таджикистана", "citizens of China")? It says whose the people are."""
        k = i - 1
        if k > 0 and w.key[k] in self.lx.words["np_glue"] and w.key[k] not in self.lx.words["place_prepositions"] \
                and self.lx.korean is None:
            k -= 1  # "citizens of China" (not "refugees in Chad": where they are)
        return k >= 0 and not w.is_punct(k) and self._people_word(w, k) and w.key[k] not in self.lx.roles

    def _sentence_country(self, si: int, speaker: Speaker, before: bool = False) -> str:
        """The country the speaker's own sentence names: the last one before the speaker phrase (``before``:
        "the Congo, the country's health minister said"), or the only one it names. The sentence's countries
        are read once (a speaker phrase with no country adds none to them)."""
        if si not in self._sentence_countries:
            w = self.words(si)
            starts: list[int] = []
            codes: list[str] = []
            country_firsts, place_firsts = self.lx.countries.firsts, self.lx.places.firsts
            motion = self.lx.words["motion_prepositions"]
            places = self.lx.words["place_prepositions"]  # ("направило в Новую Каледонию": the accusative)
            towards, heads = self.lx.words["destination_prepositions"], self.lx.words["destination_heads"]
            stops = self.lx.words["coordinators"] | self.lx.words["clause_words"] | self.lx.words["relative_pronouns"]
            sounded = set(sound_candidates(w, self.lx))
            opening = sorted({*(k for k, key in enumerate(w.key) if key in country_firsts or key in place_firsts),
                              *sounded})
            # "(서울=연합뉴스)", "[City=Agency]": a bracketed credit opening the sentence says where the copy was
            # written, not where the story is, so its place names no country of the sentence
            credit = self.credit_end(si)  # and so does an agency's dateline ("CITY, 23 Sep - Agency.")
            following = max(_credit_end(w), w.at(credit - 1) if credit > self.sentences[si].start else 0)
            # following: the first word not yet read (a match reads its whole phrase)
            joined = self.lx.words["coordinators"]
            destination_end = -1  # the first word after a destination just passed over
            citizens_end = -2  # the first word after a country that names people by citizenship
            for i in opening:  # a word that opens no country and no place names none
                if i < following:
                    continue
                if destination_end >= 0 and destination_end < i and all(
                        w.key[y] in joined or w.text[y] == "," for y in range(destination_end, i)):
                    m = country_at(w, i, self.lx) if w.key[i] in country_firsts else None
                    if m:
                        destination_end = following = i + m[0]
                    continue  # "намагалися потрапити до Румунії та Угорщини", "fled into Chad and Sudan": a
                    # country joined to a destination is one more destination, not where the events are
                if (motion or towards) and any((w.key[x] in motion or (
                        w.key[x] in towards and x > 0 and w.key[x - 1] in heads and (
                            w.key[x] not in places or destination_case(w, x + 1, self.lx)))) and not any(
                        w.is_punct(y) or w.key[y] in stops or self.lx.speech.match(w.key, y) for y in range(x + 1, i))
                                  for x in range(max(0, i - 8), i)):
                    m = country_at(w, i, self.lx) if w.key[i] in country_firsts else None
                    if m:
                        destination_end = following = i + m[0]
                    continue  # "crossed into Chad", "from the Indian state of Tamil Nadu": where people went or
                    # came from
                m = country_at(w, i, self.lx) if w.key[i] in country_firsts else None
                if m and (citizens_end < i and all(w.text[y] == "," or w.key[y] in joined
                                                   for y in range(citizens_end, i)) or self._citizens_listed(w, i, m[0])):
                    citizens_end = following = i + m[0]  # "граждан Вьетнама, Индонезии и Кореи", "베트남, 인도네시아,
                    continue  # 한국 국적자": every country of a list that names people by citizenship says whose they are
                if m:
                    if m[1] and (self._citizens(w, i, m[0]) or self._of_people(w, i)):
                        citizens_end = i + m[0]
                    if m[1] and self._predicate_nationality(w, i, m[0]):
                        citizens_end = following = i + m[0]  # "410 of those arrested were Chinese", "Most of the
                        continue  # people we released are Chinese": a nationality said of the people, whose they are
                    if m[1] and not self._surname_at(w, i, m[0]) and not self._whose(w, i + m[0]) \
                            and not _of_counted(w, i, self.lx.lang) and not _across_border(w, i, m[0], self.lx) \
                            and not self._whose_people(w, i + m[0]) and not self._of_people(w, i) \
                            and not self._in_counted_aside(si, w, i) and not self._adversary(w, i, m[0]) \
                            and not self._forces_owner(w, i, m[0]) and not self._attacker(w, i, m[0]):
                        # not "identified as Eritrean nationals": whose the people are, not where
                        starts.append(w.start[i])  # not "російських дронів": a nationality of a thing says no where
                        codes.append(str(m[1]))
                    following = i + m[0]
                    continue
                place = self.lx.places.match(w.key, i) if w.key[i] in place_firsts and (
                    self.lx.korean is not None or w.is_capital(i)) else None
                place = place_at(w, i, self.lx, place, sounded)  # "카치나주에서", "у провінції Хайбер-Пахтунхва"
                if place is not None:  # a province names its country too ("Запорізької області")
                    starts.append(w.start[i])
                    codes.append(str(place[1]))
                    following = i + place[0]
            only = codes[0] if codes and all(c == codes[0] for c in codes) else ""
            self._sentence_countries[si] = (starts, codes, only)
        starts, codes, only = self._sentence_countries[si]
        if before:
            k = bisect.bisect_left(starts, speaker.span[0])
            return codes[k - 1] if k > 0 else ""
        if only and self.lx.korean is not None:  # "미국 지질조사국에 따르면 …, 현지 경찰은 …": a country inside another
            others = [a.speaker.span for a in self.attributions(si)  # source's phrase is that source's, not the
                      if a.speaker is not None and a.speaker.span != speaker.span]  # sentence's
            if any(x <= p < y for p in starts for x, y in others):
                kept = [c for p, c in zip(starts, codes) if not any(x <= p < y for x, y in others)]
                return kept[0] if kept and all(c == kept[0] for c in kept) else ""
        return only

    def _worded_codes(self) -> frozenset[str]:
        """The countries the article names by a country or nationality word anywhere (not by a city or province
        alone), read once when asked."""
        if self._worded is None:
            self._worded_named(None)  # (no code: every sentence is read)
            self._worded = frozenset(self._worded_so_far)
        return self._worded

    def _worded_named(self, code: str | None) -> bool:
        """Is ``code`` one of ``_worded_codes()``? The sentences are read in order only until a country word names it
        (the rest when asked of a code not named yet): the code asked is mostly named early, in the speaker's own
        sentence or before it."""
        found = self._worded_so_far
        firsts = self.lx.countries.firsts
        while code not in found and self._worded_read < len(self.sentences):
            w = self.words(self._worded_read)
            self._worded_read += 1
            for i in compress(count(), map(firsts.__contains__, w.key)):  # (the words that open a country, found in C)
                m = country_at(w, i, self.lx)
                if m and m[1]:
                    found.update(str(m[1]).split("|"))
        return code in found

    def sections(self) -> list[Section]:
        """The parts of a roundup of several countries' news, each with a country of its own, in text order; [] for an
        article of one story. A part opens with

        - a subheading that opens with a country (a line of its own with no closing full stop, not the headline, a
          country's name then a colon, a dash or a closing bracket: "Estonia: two fishermen missing", "Латвія — пожежа
          в Даугавпілсі", "[에스토니아] …"), when the article has such subheadings of at least two countries: its country
          is the heading's; the opening before the first is no part;
        - a paragraph opened by a wire credit of its own ("(하노이=연합뉴스) … 라오스 …", then "◇ …" and
          "(요하네스버그=연합뉴스) … 마다가스카르 …"), when at least two are: its country is the one country its credited
          lede names ("" when it names none or several); the lines before the first credit are the first story's;
        - a marker line (a line of its own that opens with a mark of the ``SECTION_MARKS``, not the headline, and names
          one country: "◇ 볼리비아 산악도로서 버스 추락", "■ Kenya: floods"): its country is the line's; a marked line of
          no country (an interview's "■ 진행 : …", a timeline's "■ 오후 6시 …") opens no part.

        A body named bare in a part speaks for that part's country, not for the roundup's leading one: after its own
        sentence and the ones just before, before the article's country and its home (``_national``)."""
        if self._sections is None:
            headed: list[Section] = []
            for hi, sentence in enumerate(self.sentences):
                if not sentence.title or sentence.paragraph == self.sentences[0].paragraph:
                    continue
                w = self.words(hi)
                x = next((k for k in range(min(2, len(w))) if not w.is_punct(k)), len(w))  # ("[에스토니아]", "■ Estonia:")
                found = country_at(w, x, self.lx) if x < len(w) and w.key[x] in self.lx.countries.firsts else None
                if found and found[1] and "|" not in str(found[1]) and x + found[0] < len(w) \
                        and w.text[x + found[0]] in (":", "—", "–", "-", "]", "|"):
                    headed.append(Section(hi, str(found[1])))
            if len({section.country for section in headed}) < 2:
                headed = []
            leads = [k for k, s in enumerate(self.sentences) if not s.title and s.start < len(self.text)
                     and self.text[s.start:s.start + 1] in CREDIT_BRACKETS  # (a bracketed credit, read cheaply)
                     and (k == 0 or self.sentences[k - 1].paragraph != s.paragraph)
                     and wire_credit(self.text, s.start, s.end, self.lx, self.registry) > s.start]
            credited = [Section(0 if n == 0 else k, lede=k) for n, k in enumerate(leads)] if len(leads) >= 2 else []
            marked = []
            for hi, sentence in enumerate(self.sentences):
                if sentence.title and sentence.paragraph != self.sentences[0].paragraph \
                        and self.text[sentence.start:sentence.start + 1] in SECTION_MARKS \
                        and hi not in {section.start for section in headed}:
                    country = self._sentence_country(hi, Speaker("", "", ""))
                    if country and "|" not in country:
                        marked.append(Section(hi, country))
            self._sections = sorted(headed + credited + marked, key=lambda section: section.start)
        return self._sections

    def _section_country(self, si: int) -> str:
        """The country of the part of a roundup (``sections``) sentence ``si`` stands in: the last part opened at or
        before it; "" outside every part, or in a credited story whose lede names no one country."""
        sections = self.sections()
        k = bisect.bisect_right([section.start for section in sections], si)
        if not k:
            return ""
        section = sections[k - 1]
        if section.lede is None:
            return section.country
        self._sentence_country(section.lede, Speaker("", "", ""))
        codes = set(self._sentence_countries[section.lede][1])
        return next(iter(codes)) if len(codes) == 1 and "|" not in next(iter(codes)) else ""

    def _sender(self, si: int, speaker: Speaker) -> str:
        """The country that its sentence, before the speaker phrase, makes the subject of a verb of sending ("New
        Zealand is deploying 60 personnel to Tonga, the defence minister said", "Kazakhstan's emergencies ministry sent
        45 rescuers to Kyrgyzstan, the ministry said", "Франция направит в Новую Каледонию тысячу жандармов, заявил
        министр"): a state's office speaks of what its own state sends, not of the country the people are sent to.

        The subject is the words before one of the table's ``sending_verbs`` back to punctuation or a word of its
        ``clause_words`` (at most six words), not a passive's ("were sent": the people sent are its subject; "is
        deploying" is no passive); it names
        one country, not after a preposition ("refugees from Syria"), and another country follows a preposition of
        destination after the verb (``_sent_abroad``). Else ''."""
        sending = self.lx.words["sending_verbs"]
        if not sending or self.lx.korean is not None:
            return ""
        w = self.words(si)
        stops = self.lx.words["clause_words"] | self.lx.words["coordinators"]
        prepositions = self.lx.words["motion_prepositions"] | self.lx.words["place_prepositions"] \
            | self.lx.words["destination_prepositions"]
        end = w.at(speaker.span[0])
        for k in range(1, end):
            if w.key[k] not in sending or (w.key[k - 1] in self.lx.words["passive_auxiliaries"] and not w.text[
                    k].endswith(tuple(self.lx.words["participle_endings"]))):
                continue  # ("were sent"; not "is deploying")
            codes = set()
            for x in range(k - 1, max(-1, k - 7), -1):
                if w.is_punct(x) or w.key[x] in stops:
                    break
                m = country_at(w, x, self.lx) if w.key[x] in self.lx.countries.firsts else None
                if m and m[1] and x + m[0] <= k and not (x > 0 and w.key[x - 1] in prepositions):
                    codes.update(str(m[1]).split("|"))
            if len(codes) == 1 and self._sent_abroad(w, k + 1, end, next(iter(codes))):
                return next(iter(codes))
        return ""

    def _sent_abroad(self, w: Words, start: int, end: int, sender: str) -> bool:
        """Does another country follow a preposition of destination (the table's ``destination_prepositions``; a
        place preposition only with a destination's accusative: ``destination_case``) between ``start`` and ``end``,
        within the clause ("… personnel to Tonga", "направит в Новую Каледонию")?"""
        towards = self.lx.words["destination_prepositions"]
        places = self.lx.words["place_prepositions"]
        for x in range(start, end):
            if (w.is_punct(x) and not (0 < x < len(w) - 1 and w.end[x - 1] == w.start[x] and w.end[x] == w.start[
                    x + 1] and w.text[x - 1].isdigit())) or w.key[x] in self.lx.words["clause_words"]:
                return False  # (not the comma inside "1,000")
            if w.key[x] in towards and x + 1 < end and (w.key[x] not in places or destination_case(w, x + 1, self.lx)):
                y = x + 1 + (w.key[x + 1] in self.lx.words["definite_determiners"])
                m = country_at(w, y, self.lx) if y < end else None
                if m and m[1] and str(m[1]) != sender:
                    return True
        return False

    def _destinations(self, si: int) -> set[str]:
        """Countries sentence ``si`` names as where people are sent: a country, the nouns after it, a word with a
        particle of place (the table's ``destination_particle_tags``: '필리핀 지진 피해 지역에'), then within a few
        words a verb of sending ('긴급구호대 48명 파견')."""
        tags = self.lx.words["destination_particle_tags"]
        sending = self.lx.words["sending_verbs"]
        if not tags or not sending:
            return set()
        w = self.words(si)
        found = set()
        for i in range(len(w)):
            m = country_at(w, i, self.lx)
            if not m or not m[1] or "|" in str(m[1]):
                continue
            place = next((j for j in range(i + m[0] - 1, min(len(w), i + m[0] + 4))
                          if w.tag[j] or w.is_punct(j)), None)
            if place is None or w.tag[place] not in tags:
                continue
            if any(w.key[k] in sending or (w.key[k].endswith("되다") and w.key[k][:-2] in sending)
                   for k in range(place + 1, min(len(w), place + 7))
                   if not any(w.is_punct(x) for x in range(place + 1, k + 1))):
                # (a Korean passive of a noun of sending, "러시아에 파병된 북한군": sent to Russia, as 파병하다 is)
                found.add(str(m[1]))
        return found

    def _sending_state(self) -> str:
        """The state the article first names beside a diplomatic word ("консульства України", "the Ukrainian consul",
        "the embassy of Ruritania in Oslo"): the state a bare consul or embassy of the article speaks for, or ""."""
        if self._sending is None:
            self._sending = ""
            diplomatic = self.lx.words["diplomatic_words"]
            stops = self.lx.words["place_prepositions"]
            for si in range(len(self.sentences)):
                if self.sentences[si].start > 50_000 or self._sending:
                    break
                w = self.words(si)
                for i in (i for i in range(len(w)) if w.key[i] in diplomatic):
                    before = country_at(w, i - 1, self.lx) if i else None
                    if before and before[0] == 1 and before[1] and "|" not in str(before[1]):
                        self._sending = str(before[1])  # "the Ukrainian consul"
                        break
                    for j in range(i + 1, min(len(w), i + 5)):
                        if w.is_punct(j) or w.key[j] in stops:
                            break  # "the embassy in Oslo": where it is, not whose
                        m = country_at(w, j, self.lx)
                        if m and m[1] and "|" not in str(m[1]):
                            self._sending = str(m[1])
                            break
                    if self._sending:
                        break
        return self._sending

    def _named_with_country(self, si: int, speaker: Speaker) -> str:
        """The country of a state's body named bare ("сообщили в береговой охране", "the navy said", "해군은") that the
        article named before, in one of the eight sentences before, with its country right beside the same words: in
        the genitive after them ("Береговая охрана Индии", "ВМС Нигерии", "the Navy of Peru") or as a nationality or a
        country's possessive before them ("the Indian Coast Guard", "Ukraine's navy", "필리핀 해안경비대"), the nearest
        such naming; else ''. The words compared are the speaker's from its first word that is no determiner to the
        end of its first role of a state's body (``national_roles``), so "the Health Ministry" is not the "Defence
        Ministry" named before, and a spokesman of the navy is the navy's. Only when the speaker phrase names no
        country and no person."""
        lx = self.lx
        words = [k for k in (speaker.sequence or ()) if k]
        if not words or speaker.country or self._person_named(speaker):
            return ""
        skip = lx.words["determiners"] | lx.words["definite_determiners"]
        start = 0
        while start < len(words) and words[start] in skip:
            start += 1
        role: tuple[str, ...] = ()
        for i in range(start, len(words)):
            m = lx.national.match(words, i)
            if m is not None:
                role = tuple(words[start:i + m[0]])
                break
        if not role or len(role) > 4:
            return ""
        glue = lx.words["np_glue"]
        n = len(role)
        first = role[0]
        for back in range(si - 1, max(-1, si - 9), -1):
            w = self.words(back)
            keys = w.key
            for k in range(len(keys) - n, -1, -1):
                if keys[k] != first and not (w.text[k][:1].isupper() and lx.key(w.text[k].lower()) == first):
                    continue  # (the role's first word is not here: the test below, made cheap for the commonest case)
                if tuple(keys[k:k + n]) != role and not all(
                        keys[k + x] == role[x] or (w.text[k + x][:1].isupper() and lx.key(w.text[k + x].lower()) == role[x])
                        for x in range(n)):
                    continue  # (a capitalised first word is keyed as a name: "Берегова охорона" as берегова)
                after = k + n + (1 if k + n < len(w) and keys[k + n] in glue and lx.korean is None else 0)
                found = country_at(w, after, lx) if after < len(w) and not w.is_punct(after) else None
                if found is not None and found[1] and "|" not in str(found[1]):
                    return str(found[1])
                for j in range(max(0, k - 3), k):
                    found = country_at(w, j, lx)
                    if found is not None and found[1] and "|" not in str(found[1]) and j + found[0] == k \
                            and not any(w.is_punct(x) for x in range(j, k)):
                        return str(found[1])
        return ""

    def _nearby_country(self, si: int) -> str:
        """The one country the sentences just before (at most two, in the same paragraph) name."""
        for back in range(si - 1, max(-1, si - 3), -1):
            if self.sentences[back].paragraph != self.sentences[si].paragraph:
                break
            self._sentence_country(back, Speaker("", "", ""))
            starts, codes, _ = self._sentence_countries[back]
            spoken = list(zip(*self.speaker_spans(back)))  # a speaker's own country says who, not where
            codes = [c for p, c in zip(starts, codes) if not any(a <= p < b for a, b in spoken)]
            if codes:
                return codes[-1] if all(c == codes[-1] for c in codes) else ""
        return ""

    def _contents_released(self, si: int) -> list[tuple[Attribution, Found]]:
        """Korean: the speakers of sentence ``si`` when it releases a document holding what was said before ("경찰청은
        이런 내용을 담은 '교통사고 통계 분석' 결과를 발표했다", the police released a report containing this): a marker
        of the table's ``backward_markers`` stands anywhere before its verb of saying, whose subject speaks for the
        sentence before, as "Про це повідомив …" does. Else []."""
        if self.lx.korean is None:
            return []
        w = self.words(si)
        phrases = self.lx.words["backward_markers_phrases"]
        marker = next((k for k in range(len(w)) for n in (3, 2) if " ".join(w.key[k:k + n]) in phrases), None)
        if marker is None:
            return []  # (a marker of one word, "이같이", is read by the attribution itself, right before its verb)
        return [(a, f) for a, f in self.resolved(si) if a.kind == "direct" and a.position > w.start[marker]
                and f.speaker.span[1] <= w.start[marker] and not f.speaker.pronoun]

    def _relayed_source(self, si: int, frames: list[tuple[Attribution, Found]]) -> Found:
        """The source among the frames of sentence ``si`` that point back to an earlier number ("Про це повідомило МВС
        Грузії, передає Укрінформ з посиланням на «Інтерпресньюз»"): the last one ("Про це пише Укрінформ з посиланням
        на МВС": the one cited), unless a verb of relaying (the table's ``relay_verbs`` or ``closing_relay_verbs``)
        stands after the first frame's words: then the outlets after it pass on the first one's words, and it speaks."""
        if len(frames) >= 2:
            w = self.words(si)
            relays = self.lx.words["relay_verbs"] | self.lx.words["closing_relay_verbs"]
            first, last = w.at(frames[0][0].position), w.at(frames[-1][0].position)
            if any(w.key[k] in relays for k in range(first + 1, last)):
                return frames[0][1]
        return frames[-1][1]

    def _relaying(self, si: int, position: int) -> bool:
        """Is the frame of saying at ``position`` in sentence ``si`` a verb of the table's ``closing_relay_verbs``
        ("…, SITE reported", "…, сообщает SITE")? Closing a sentence whose number an earlier verb of saying reports, it
        passes that speaker's words on."""
        w = self.words(si)
        i = w.at(position)
        return i < len(w) and w.key[i] in self.lx.words["closing_relay_verbs"]

    def _side_country(self, si: int, speaker: Speaker) -> str:
        """The country of the side of a border or front that the speaker's sentence puts him on before his phrase: a
        nationality or country right before a noun of the table's ``side_nouns`` ("On the Colombian side of the
        border", "З колумбійського боку", "콜롬비아 쪽에서는"), or ""."""
        sides, prepositions = self.lx.words["side_nouns"], self.lx.words["side_prepositions"]
        w = self.words(si)
        end = w.at(speaker.span[0])
        for i in range(1, end) if sides else ():
            if w.key[i] not in sides:
                continue
            if self.lx.korean is not None and not w.text[i][len(w.key[i]):].startswith(tuple(prepositions)):
                continue  # "콜롬비아 쪽에서는": a side as a place, with its particle of place
            for k in (i - 1, i - 2):  # (Korean: "콜롬비아 쪽"; with a word between: "the Colombian side")
                found = country_at(w, k, self.lx) if k >= 0 else None
                if not (found and found[1] and k + found[0] == i and "|" not in str(found[1])):
                    continue
                p = k - 1 - (k >= 2 and w.key[k - 1] in self.lx.words["definite_determiners"])
                if self.lx.korean is not None or (p >= 0 and w.key[p] in prepositions):
                    return str(found[1])  # "On the Colombian side", "з колумбійського боку"; not "передали
                    # украинской стороне", a party spoken to
        return ""

    def _joint_countries(self, si: int, speaker: Speaker) -> str:
        """The two countries a body of both speaks for ("the disaster agencies of both countries", "урядів обох
        країн", "양국 정부": the table's ``joint_country_phrases``), pipe-joined and sorted: the last two countries
        named before it, in its sentence or the two before it in its paragraph (a border between them names both:
        "на кордоні Киргизстану і Таджикистану"; not inside another speaker's phrase); "" when the phrase names no
        two countries or fewer than two are named."""
        phrases = self.lx.words["joint_country_phrases_phrases"]
        joined = f" {' '.join(speaker.sequence)} "
        if not phrases or not any(f" {phrase} " in joined for phrase in phrases):
            return ""
        found: list[str] = []
        firsts = self.lx.countries.firsts
        for back in range(si, max(-1, si - 3), -1):
            if self.sentences[back].paragraph != self.sentences[si].paragraph:
                break
            w = self.words(back)
            spoken = list(zip(*self.speaker_spans(back))) if back != si else []  # (its own sentence's are being read)
            named = [(w.start[i], str(m[1])) for i in range(len(w)) if w.key[i] in firsts
                     and (m := country_at(w, i, self.lx)) and m[1] and "|" not in str(m[1])]
            pair = self._joined_pair(w, back == si and speaker.span[0], spoken)
            if not found and pair is not None:
                return "|".join(sorted(pair))  # "Ukraine and Russia each returned 103 prisoners …, both sides said":
                # the two countries joined by "and" are the sides, not a mediator named after them
            for p, c in reversed(named):
                if (back != si or p < speaker.span[0]) and not any(a <= p < b for a, b in spoken) and c not in found:
                    found.append(c)
            if len(found) >= 2:
                return "|".join(sorted(found[:2]))
        return ""

    def _joined_pair(self, w: Words, before: int | bool, spoken: list) -> tuple[str, str] | None:
        """The last two different countries of ``w`` joined by a coordinator alone ("Ukraine and Russia", "Росія та
        Україна"), before the offset ``before`` when it is one (False: anywhere), outside other speakers' phrases;
        else None."""
        coordinators = self.lx.words["coordinators"]
        last = None
        for i in range(len(w)):
            if before is not False and w.start[i] >= before:
                break
            first = country_at(w, i, self.lx) if w.key[i] in self.lx.countries.firsts else None
            if not first or not first[1] or "|" in str(first[1]) or any(a <= w.start[i] < b for a, b in spoken):
                continue
            j = i + first[0]
            if j + 1 < len(w) and w.key[j] in coordinators and w.key[j + 1] in self.lx.countries.firsts \
                    and (second := country_at(w, j + 1, self.lx)) and second[1] and "|" not in str(second[1]) \
                    and str(second[1]) != str(first[1]):
                last = (str(first[1]), str(second[1]))
        return last

    def _national(self, speaker: Speaker, si: int | None = None) -> Speaker:
        """A state body named without its country ("the Health Ministry") speaks for the article's country, or
        for the one country its own sentence names; "the country's health minister" for the country named
        before it.

        The chain, first that answers: a home word ("현지 공관") the home; a diplomatic office its sending state; the side
        or the two countries it stands for; the home side named beside the other (the language's home at war); then
        the country of sending, of its own sentence, of the one or two before it, of its part of a roundup
        (``sections``), a sound-alike abroad aside, else the article's country; over these, a home office
        (``state_offices``) speaking of the home's people is the home's (``_home_office``: "a ministry of X speaks for
        X even when the story is set in Y"), and so is a state sending people to the country named; a local body of an
        article of no country the one other country of its lede; a body of an article that names none, the home
        (``home``: the outlet's country, else the language's)."""
        if speaker.country or speaker.kind in ("international", "media", "ngo", "research") or speaker.how == "registry":
            return speaker
        aliased = self._aliased(speaker)  # "the JDF's chief of staff" after "the Jamaica Defence Force (JDF)"
        if aliased is not speaker:
            return aliased
        home = self.home
        if home and speaker.keys & self.lx.words["home_words"]:
            return replace(speaker, country=home, how="home")  # "주LA 총영사관", "현지 공관": the home state's mission
        if speaker.keys & self.lx.words["diplomatic_words"]:
            sending = self._sending_state() or home  # "– консул" in a headline over "консул Генерального консульства
            if sending:  # України у Вроцлаві": a diplomatic office is its sending state's, not the host country's of the
                # story; named with no state, it is the article's home's ("Генеральний консул у Любліні" in Ukrainian
                # news of a crash in Poland)
                return replace(speaker, country=sending, how="sending")
        if (issuing := self._issuing_state(speaker)):
            return replace(speaker, country=issuing, how="issuer-state")  # "□ 정부는 … 납북자를 509명으로 파악하고
            # 있다" on the Ministry of Unification's release: the issuer's own government, whatever country the
            # sentence names (the North, where the people are held)
        if speaker.names and private_person(speaker.keys, self.lx) and not self._named_charity(speaker) \
                and not self._institution(speaker):
            return speaker  # "목격자 라메시 타파", "주민 카림 씨": a person of no office speaks for no state, whatever
            # the last syllable of the name ('라메시': 시 closes a city's name too)
        if private_speaker(speaker.keys, self.lx) and not _independent_kind(speaker.text):
            return speaker  # "a Haitian mother of three", "a migrant": a private person speaks for no state
        side = self._side_country(si, speaker) if si is not None else ""
        if side:  # "On the Colombian side of the border, the Ombudsman's Office said": the side it stands on
            return replace(speaker, country=side, how="article")
        if si is not None and (joint := self._joint_countries(si, speaker)):
            return replace(speaker, country=joint, how="article")  # "the disaster agencies of both countries"
        if si is not None and not self._sentence_country(si, speaker) and (
                named := self._named_with_country(si, speaker)):
            return replace(speaker, country=named, how="article")  # "Ещё один моряк пропал, сообщили в береговой
            # охране" after "Береговая охрана Индии спасла …": the body the article named with its country before
        if si is not None and any(k in self.lx.words["country_words"] for k in speaker.keys):
            self._sentence_country(si, speaker)
            starts, codes, _ = self._sentence_countries[si]
            before = {c for p, c in zip(starts, codes) if p < speaker.span[0]}
            code = (self.country() if self.country() in before else "") or self._sentence_country(
                si, speaker, before=True) or self._nearby_country(si) or next(
                (s.country for s in reversed(self.known) if s.country and "|" not in s.country), "")
            if code:  # "МЧС республики": the country named before it (in its sentence, else in the one or two just
                # before it: "… Казахстана … . Об этом сообщило МЧС республики"), else the last speaker's country
                return replace(speaker, country=code, how="article")
        words = list(speaker.sequence or speaker.keys)
        how = "article"
        if not any(k in self.lx.national or _korean_role(k, self.lx, self.lx.national) for k in speaker.keys) \
                and not self._state_compound(speaker) and not any(
                self.lx.national.match(words, i) for i in range(len(words))):
            # a role nobody registered ("the chief district officer", "a factory spokeswoman"): most likely a
            # local or national speaker of the place the article is about, so the same fallback at lower confidence
            if self._body_name(speaker):
                how = "article+name"  # "SNAI said", "в Basarnas уточнили": a body's own short name, most likely local
            elif self._named_charity(speaker):
                how = "article+name"  # "the Edhi Foundation", "благодійний фонд «Рідні»": a charity the registry does
                # not know (it holds the international ones) works where the story is, like a national Red Cross
            elif self._service(speaker):
                how = "article+role"  # "повідомили рятувальники": the rescuers of the place, its rescue service
            elif self._local_body(speaker):
                how = "article+role"  # "현지 저항위원회", "a local committee": a body the text places where the story is
            elif self._institution(speaker):
                how = "article+role"  # "the parish priest", "лідер громади", "who founded the collective …": a person
                # speaks for an institution of the place, which is where the story is
            elif speaker.keys & self.lx.words["academic_nouns"] and self.home and self.country() == self.home:
                how = "article+role"  # "демограф Высшей школы экономики" in Russian news of Russia: a university or
                # an institute that names no place of its own, in a story of the outlet's own country, is that
                # country's (a university's estimate is its own, with its country)
            elif not self._office_role(speaker, words):
                return speaker
            else:
                how = "article+role"
        home = self.home
        if si is not None and home and (not speaker.names or how == "article"):  # a state office, named or not
            self._sentence_country(si, speaker)
            starts, codes, _ = self._sentence_countries[si]
            w = self.words(si)
            dateline = w.start[0] if len(w) > 1 and w.text[0].isupper() and w.text[1] in ",—–-" else -1
            named = {c for p, c in zip(starts, codes) if p != dateline}  # "МОСКВА, 21 февраля": where it was written
            if home == self.lx.table.get("home_country", "") and home in named and len(named) >= 2:
                # "ЗСУ взяли в полон 46 російських військових на Курщині – Генштаб" (the language's home at war; an
                # English paper's home named beside the story's country says no side: "LSHTM" beside Sudan)
                return replace(speaker, country=home, how=how + "+home")  # the home side named with the other
        country = (self._sender(si, speaker) or self._sentence_country(si, speaker) or self._nearby_country(si)
                   or self._section_country(si)) if si is not None else ""
        if country and self.country() and country != self.country() and not self._worded_named(country):
            country = ""  # "현지 방송 카라콜" (Caracol, a broadcaster) in news of Colombia is no Karakol of Kyrgyzstan: a
            # place abroad whose country the article never names is a sound-alike, and the story's country speaks
        if not country and self._home_opening(speaker):
            country = home  # "법무부 \"작년 난민 인정 96명\"" in a Seoul paper whose opening names no country: the
            # home's ministry, even when the body of the story names other countries (the applicants' nations)
        country = country or self.country()  # then the article's country; then (below) its home
        if country and home and country != home and si is not None and (country in self._other_side(si) or (
                self._points_back(si) and self.sentences[si - 1].paragraph == self.sentences[si].paragraph
                and country in self._other_side(si - 1))):
            return replace(speaker, country=home, how=how + "+home")  # "Два человека погибли при обстреле Горловки со
            # стороны ВСУ, сообщил глава города" in Russian news: a bare body does not count against its own side, so
            # the city's head is the home's, whatever country the gazetteer puts the city in
        if country and si is not None and (sending := self._foreign_office_state(si, speaker)) and country != sending:
            return replace(speaker, country=sending, how=how + "+sending")  # "The Department of Foreign Affairs,
            # through the Philippine Embassy in Phnom Penh, facilitated the repatriation of 57 Filipinos": a foreign
            # ministry counting its citizens abroad speaks for the state its embassies serve, not where they are held
        if country and country != home and self._home_office(si, speaker):
            return replace(speaker, country=home, how=how + "+home")  # "the Department of Migrant Workers said 17
            # Filipino seafarers are held off Somalia" in a Philippine paper: the home's office speaks of its people
        if country and country != home and how == "article+name" and si is not None and home \
                and not self._sentence_countries.get(si, ((), (), ""))[1] and self._home_story(people=True):
            return replace(speaker, country=home, how=how + "+home")  # "ГКНБ сообщил, что задержаны четыре человека"
            # in a Kyrgyz site whose lede counts Kyrgyz citizens abroad: a body's short name the registry lacks, in a
            # sentence that names no country, is most likely the home's own, as a bare home office is
        if country and country != home and self._home_mission(si, speaker):
            return replace(speaker, country=home, how=how + "+home")  # "Two police officers serving with the … mission
            # in Haiti were killed, the National Police Service said" in a Kenyan paper: the sending state's force
        if home and si is not None and country and country != home and country in self._destinations(si):
            return replace(speaker, country=home, how=how + "+home")  # "정부, 필리핀 지진 피해 지역에 구호대 48명
            # 파견": a state sends people to the country its sentence names, so it is not that country's state
        if country:
            organisation = speaker.organisation
            if how == "article+role" and speaker.names:  # "Ram Thapa, the chief district officer": the office
                office = organisation
                for name in speaker.names:  # a person's full name, not a capitalised word of the office
                    if len(name.split()) >= 2:
                        office = office.replace(name, " ")
                office = re.sub(r"\s+", " ", office).strip(" ,;:-–—")
                organisation = office if self._office_role(speaker, list(self.lx.keys_of(office))) else organisation
            return replace(speaker, country=country, how=how, organisation=organisation)
        if self._service(speaker):
            return speaker  # rescuers of a text that names no place: whose service, the text does not say
        home = self.home
        others = self._lede_codes - {home}  # the countries the headline and the lede name
        if home and len(others) == 1 and any(k in self.lx.words["local_words"] for k in speaker.keys):
            # "со ссылкой на местного чиновника" in Russian news of Mali that names Russia too: local is where the
            # story is, the one other country the article names, not the language's home country
            return replace(speaker, country=next(iter(others)), how=how + "+local")
        if home and (not self._named_any or (home in self._named_codes and not self._country
                                             and not self._person_named(speaker))):
            # no country at all, or the home country among others with none leading (Ukrainian news of a Russian
            # strike names Russia too): a state body named bare is the home country's
            # an article that names no country at all is about the language's home country ("губернатор
            # региона" in Russian news names no Russia); an article about a foreign country names it
            return replace(speaker, country=home, how=how + "+home")  # "article+role+home": an office, less sure
        return speaker

    def _home_opening(self, speaker: Speaker) -> bool:
        """Does a state office named bare (``state_offices``: a ministry, a government; Korean compounds ending in
        ``office_suffixes``, "법무부") speak for the article's home because the story is home news: the outlet's
        home is known (``home``), the article's opening (headline and lede) names no country but the home, and the
        country the whole article names most (``country``) is another or none? A home paper names a foreign state's body
        with its country and sets a foreign story's place in its opening; countries named only further down (the
        applicants' nations of a home ministry's statistics) say nothing of whose the bare body is. Not a local body
        ("현지 경찰", "the provincial police": ``local_words``), which the place of the events keeps, nor a person
        named with no office."""
        home = self.home
        article = self.country()
        if not home or article == home or self._lede_codes - {home}:
            return False
        lx = self.lx
        if speaker.keys & (lx.words["local_words"] | lx.words["administrative_nouns"]):
            return False
        suffixes = lx.words["office_suffixes"]
        office = bool(speaker.keys & lx.words["state_offices"]) or any(
            len(k) >= 3 and k[-1] in suffixes and k[-2:] not in lx.roles for k in speaker.keys)
        return office and not self._person_named(speaker)

    def _person_named(self, speaker: Speaker) -> bool:
        """Does the speaker phrase hold a person's name ("Ram Thapa, the chief district officer")? In Korean, whose
        phrase keeps every word that is no role as a name, a compound that ends like a state body ("보훈부",
        ``_korean_role``) is the body itself, not a name.

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> doc = Document("", language("ko"), registry_index("ko"))
        >>> doc._person_named(Speaker("보훈부", "보훈부", "", keys=frozenset({"보훈부"}), names=("보훈부",)))
        False
        >>> doc._person_named(Speaker("김민수 대변인", "", "", keys=frozenset({"김민수", "대변인"}), names=("김민수",)))
        True
        """
        if not speaker.names:
            return False
        if self.lx.korean is None:
            return True
        lx = self.lx
        return any(k[:1].isalnum() and k not in lx.roles and not _korean_role(k, lx, lx.national)
                   and not _korean_role(k, lx) for k in speaker.keys)

    def _issuing_state(self, speaker: Speaker) -> str:
        """The country of the state whose body issued the page, for a state office named bare in it (the table's
        ``state_offices``: "정부", "the Government", "уряд", "министерство"; not one a word of place makes local, "현지
        당국", "the provincial government"): the page's own body (``page_issuer``), else the release's or statement's
        issuer (``issuer``), when it is a state's body placed in one country. A state's release calls its own state's
        offices bare; another state's it names with its country. Else ""."""
        offices = self.lx.words["state_offices"]
        if not speaker.keys & offices or speaker.names or speaker.keys & (
                (self.lx.words["local_words"] | self.lx.words["administrative_nouns"]) - offices):
            return ""
        owner = self.page_issuer() or self.issuer()
        if owner is None:
            return ""
        body = owner.speaker
        if not body.country or "|" in body.country or body.kind in ("international", "media", "ngo", "research") \
                or body.pronoun or not (body.kind in _STATE_KINDS or body.keys & offices
                                        or any(k in self.lx.national for k in body.keys)):
            return ""
        return body.country

    def _home_office(self, si: int | None, speaker: Speaker) -> bool:
        """Does a state office named bare (the table's ``state_offices``: "the Department of Migrant Workers", "the
        Ministry of Foreign Affairs", "МЗС") speak for the article's home (``home``: its outlet's country, else the
        language's) rather than for the place of the events? So when its own sentence speaks of the home's people or
        names the home ("said 42 Kenyans are held in Myanmar", "19 Filipino crew"), or names no country and the story's
        headline and lede do: a ministry of X speaks for X even when the story is set in Y. Not a body a word of place
        makes the place's ("the provincial police", "the Borno State Ministry of Health", "local officials": the
        table's ``local_words`` and ``administrative_nouns``), which the story's place keeps. A body read outside a
        sentence (``si`` None: a short name spelt out, "the Department of Migrant Workers (DMW)") by the lede alone."""
        offices = self.lx.words["state_offices"]
        if not self.home or not speaker.keys & offices:
            return False
        if speaker.keys & ((self.lx.words["local_words"] | self.lx.words["administrative_nouns"]
                            | self.lx.words["service_roles"]) - offices):
            return False
        named = any(x[:1].isupper() and self.lx.key(x) in offices for x in TOKEN.findall(speaker.text))
        if si is None:  # (by the lede, only an office named by its own name: "the Department of Migrant Workers",
            return named and self._home_story(people=True)  # not "the director of the department" of a body before)
        self._sentence_country(si, speaker)
        return self._speaks_of_home(si, speaker.span, people=True) or (
            (named or self._points_back(si)) and not self._sentence_countries[si][1]
            and self._home_story(people=True))

    def _foreign_office_state(self, si: int, speaker: Speaker) -> str:
        """The state a foreign ministry named with no state speaks for (a word of the table's ``foreign_office_words``
        in the speaker's phrase: "the Department of Foreign Affairs", "МИД", "외교부"): the state the article names
        beside a diplomatic mission (``_sending_state``: "the Philippine Embassy in Phnom Penh", "посольство
        Казахстана"), when its sentence or the article's opening counts that state's people ("57 Filipinos",
        "граждан Казахстана"): the ministry counts its own citizens abroad. Else ""."""
        offices = self.lx.words["foreign_office_words"]
        if not offices or not speaker.keys & offices:
            return ""
        sending = self._sending_state()
        if not sending:
            return ""
        first = next((s.paragraph for s in self.sentences if not s.title), 0)
        lede = [x for x, s in enumerate(self.sentences[:8]) if s.paragraph <= first or s.title]
        if any(self._speaks_of_home(x, self._credit_span(x) if x != si else speaker.span, people=True, nation=sending)
               for x in {si, *lede}):
            return sending
        return ""

    def _points_back(self, si: int) -> bool:
        """Does sentence ``si`` name the source of the sentence before it ("Об этом сообщил на заседании …
        заместитель министра", "Про це повідомив речник …": an attribution of the kind ``backward``)? Its speaker
        speaks of what that sentence says, so a story of the home's people told there and in the lede is its story
        too, whether or not the office is written with a capital."""
        return any(a.kind == "backward" and a.speaker is not None for a in self.attributions(si))

    def _home_mission(self, si: int | None, speaker: Speaker) -> bool:
        """Does a state body named bare speak of its state's contingent abroad: its sentence, outside the speaker's
        phrase, names a word of the table's ``mission_words`` ("mission", "contingent", "peacekeepers", "миротворці"),
        and the article names its home (``home``) too? Then the body is the sending state's, the home's, not the host
        country's of the story. Not a body a word of place makes the place's ("local police", "the provincial
        police": ``local_words``, ``administrative_nouns``). A body read outside a sentence (``si`` None: a short name
        spelt out, "the National Police Service (NPS)") by the story's opening (headline and lede)."""
        missions = self.lx.words["mission_words"]
        if not self.home or not missions or self.home not in self._named_codes:
            return False
        if speaker.keys & (self.lx.words["local_words"] | self.lx.words["administrative_nouns"]):
            return False
        phrases = self.lx.words["mission_words_phrases"]
        if si is None:
            first = next((s.paragraph for s in self.sentences if not s.title), 0)
            return any(self._names_mission(x, (0, 0), missions, phrases)
                       for x, s in enumerate(self.sentences[:8]) if s.paragraph <= first or s.title)
        return self._names_mission(si, speaker.span, missions, phrases)

    def _names_mission(self, si: int, span: tuple[int, int], missions: frozenset[str], phrases: frozenset[str]) -> bool:
        """Does sentence ``si`` name a word or phrase of ``missions`` / ``phrases`` outside ``span``?"""
        w = self.words(si)
        return any(not (span[0] <= w.start[i] < span[1]) and (
            w.key[i] in missions or (i + 1 < len(w) and f"{w.key[i]} {w.key[i + 1]}" in phrases))
            for i in range(len(w)))

    def _demonym(self, key: str) -> str:
        """The country whose people the noun ``key`` names, read by the table's ``demonym_endings`` ("українець":
        Україна, "россиянин": Россия, "kenyans": Kenyan), or "".

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> doc = Document("", language("ru"), registry_index("ru"))
        >>> doc._demonym("россиянин"), doc._demonym("кыргызстанец"), doc._demonym("спасатель")
        ('RU', 'KG', '')
        """
        for pair in self.lx.words["demonym_endings"]:
            old, new = str(pair).split(">", 1)
            if key.endswith(old) and len(key) > len(old) + 2:
                found = self.lx.countries.match([key[:len(key) - len(old)] + new], 0)
                if found is not None and found[1] and "|" not in str(found[1]):
                    return str(found[1])
        return ""

    def _service(self, speaker: Speaker) -> bool:
        """Does the speaker name the people of a public service as a body: a role of the table's ``service_roles`` in
        the plural, with no name and no other role ("повідомили рятувальники", "по данным спасателей": the rescue
        service of the place)? One of them ("сказав рятувальник") speaks for no one, as any independent role.

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> doc = Document("", language("uk"), registry_index("uk"))
        >>> doc._service(Speaker("рятувальників", "", "", keys=frozenset({"рятувальник"})))
        True
        >>> doc._service(Speaker("рятувальник", "", "", keys=frozenset({"рятувальник"})))
        False
        """
        service = self.lx.words["service_roles"]
        if not service or speaker.names or not speaker.keys & service:
            return False
        if any(k in self.lx.roles and k not in service for k in speaker.keys):
            return False  # "рятувальники ДСНС", "начальник рятувальників": another role names the body
        words = [m.group() for m in TOKEN.finditer(speaker.text)]
        return any(self.lx.key(x) in service and (readings := self.lx.agreement(x))
                   and all(number == "plur" for _, number, _ in readings) for x in words)

    def _local_body(self, speaker: Speaker) -> bool:
        """Is the speaker a body the text places where the story is by a word of the table's ``local_words`` ("현지
        저항위원회", "a local committee", "местный комитет"), not a private person ("현지 주민", "a local resident":
        ``private_nouns``) nor independent people ("local aid groups": ``independent_roles``, whose country the text
        does not give)?

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> doc = Document("", language("ko"), registry_index("ko"))
        >>> doc._local_body(Speaker("현지 저항위원회", "", "", keys=frozenset({"현지", "저항위원회"})))
        True
        >>> doc._local_body(Speaker("현지 주민", "", "", keys=frozenset({"현지", "주민"})))
        False
        """
        lx = self.lx
        return bool(speaker.keys & lx.words["local_words"]) and not speaker.keys & lx.words["private_nouns"] \
            and not self._independent(speaker) and any(
            k[:1].isalnum() and k not in lx.words["local_words"] and k not in self._small_words() for k in speaker.keys)

    def _institution(self, speaker: Speaker) -> bool:
        """Does the speaker speak for an institution of the place, neither a state's office nor no one: a role or a body
        of the table's ``institution_roles`` in its phrase or in the body it heads ("Father Ede, the parish priest",
        "Imam Musa, who leads the central mosque", "лідер громади", "основательница коллектива", "성당의 신부")? A
        private person's noun beside it ("a resident of the parish") makes it no such speaker.

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> from analysis.extract.registry import registry_index
        >>> doc = Document("", language("en"), registry_index("en"))
        >>> doc._institution(Speaker("parish priest", "parish priest", "", keys=frozenset({"parish", "priest"})))
        True
        >>> doc._institution(Speaker("resident", "resident", "", keys=frozenset({"resident"})))
        False
        """
        institution = self.lx.words["institution_roles"]
        if not institution or speaker.keys & self.lx.words["private_nouns"]:
            return False
        keys = set(speaker.keys) | set(self.lx.keys_of(speaker.organisation))
        if keys & institution:
            return True
        joined = f" {' '.join(self.lx.keys_of(max(speaker.text, speaker.organisation, key=len)))} "
        return any(f" {phrase} " in joined for phrase in self.lx.words["institution_roles_phrases"] if " " in phrase)

    def _named_charity(self, speaker: Speaker) -> bool:
        """Is the speaker a charity or aid group with a name of its own ("the Edhi Foundation", "благодійний фонд
        «Рідні»"; the comparison layer's kind words say ngo), not one named by its kind alone ("local aid groups")?
        In Korean, where a named aid group in foreign news is as often a Korean one, only a group the text places
        where the story is ("현지 인권단체 …", "현지 구호단체 관계자": the table's ``local_words``)."""
        if speaker.kind:
            return False
        if infer_kind(speaker.text)[0] != "ngo":
            return False
        if self.lx.korean is not None:
            return bool(speaker.keys & self.lx.words["local_words"])
        quoted = any(mark in speaker.text for mark in _QUOTE_MARKS)
        return quoted or any(not self.lx.common(name) and self.lx.key(name) not in self.lx.words["independent_roles"]
                             and self.lx.key(name) not in self._small_words() for name in speaker.names)

    def _body_name(self, speaker: Speaker) -> bool:
        """Is the speaker one word that names a body, not a person: an acronym ("SNAI"), or a name in Latin letters in
        a text of another alphabet ("Basarnas")?"""
        text = speaker.text.strip()
        if " " in text or len(text) < 3 or not text[:1].isupper() or speaker.kind:
            return False
        if text.isupper() and text.isalpha():
            return True
        return self.lx.table["morphology"] == "pymorphy3" and text.isascii() and text.isalpha()

    def _state_compound(self, speaker: Speaker) -> bool:
        """Is the speaker one capitalised compound that opens like a state body's name ("Держпраці": the state labour
        service), as the table's ``national_prefixes`` say?"""
        prefixes = tuple(self.lx.words["national_prefixes"])
        text = speaker.text.strip()
        return bool(prefixes) and " " not in text and text[:1].isupper() and not text.isupper() \
            and text.lower().startswith(prefixes) and len(text) >= 7

    def _placed_person(self, speaker: Speaker) -> bool:
        """Is the phrase a noun of no role placed by a preposition of place in common nouns only ("a grocer in the
        town center", "продавець на ринку в центрі міста")? A role noun there says where the person is ("center"),
        not an office; a capitalised name there may be a body's ("an ordinance published in the Official Gazette")."""
        phrase = max(speaker.text, speaker.organisation, key=len)  # (a titled person's title is the longer)
        w = tokenize(phrase, 0, len(phrase), self.lx)
        where = next((x for x in range(1, len(w)) if w.key[x] in self.lx.words["place_prepositions"]), len(w))
        if where >= len(w) or any(w.is_capital(x) for x in range(where, len(w))):
            return False
        independent = self.lx.words["independent_roles"]
        state = any(w.key[x] in self.lx.national or self.lx.national.match(w.key, x) for x in range(where, len(w)))
        return not any((w.key[x] in self.lx.roles or self.lx.roles.match(w.key, x)) and (
            state or w.key[x] not in independent) for x in range(where))  # (a person of a trade at a place of no
        # state office is placed there too, "a teacher at the school"; "a doctor at the hospital" works for one)

    def _office_role(self, speaker: Speaker, words: list[str]) -> bool:
        """Does the phrase name a role in some office ("the chief district officer", "a factory's spokeswoman")?

        Not a bare generic role ("officials"), not an indefinite one ("one rescue worker"), not an
        independent role (researchers, witnesses) nor a document ("a study")."""
        if self._placed_person(speaker):
            return False  # "a grocer in the town center": a person of no role, placed (a role after "in" is where)
        if not words or not (any(k in self.lx.roles or _korean_role(k, self.lx, self.lx.roles) for k in speaker.keys)
                             or any(self.lx.roles.match(words, i) for i in range(len(words)))
                             or any(p in self.lx.roles for k in speaker.keys if "-" in k for p in k.split("-"))):
            # a compound names its office too ("компании-владельца": the owner company)
            return False
        barred = _union(self.lx, ("independent_roles", "evidence_nouns", "statement_words", "estimate_nouns"))
        hits = {k for k in speaker.keys if k in barred}
        if hits and not (hits <= self.lx.words["independent_roles"] and not _independent_kind(speaker.text) and any(
                k in self.lx.roles and k not in barred and k not in self.lx.words["generic_roles"]
                and not self.lx.has("independent_roles_phrases", k) for k in speaker.keys)):
            return False  # but the body of independent people is a body: "the Mine Workers' Union", "Федерация жителей"
            # (a union, a residents' federation: local, so of the article's country)
        joined = f" {' '.join(words)} "
        if any(f" {phrase} " in joined for phrase in self.lx.words["independent_roles_phrases"] if " " in phrase):
            return False  # "local aid groups": an independent body of several words (one word: ``hits`` above)
        if words[0] in self.lx.words["determiners"] and words[0] not in self.lx.words["definite_determiners"] \
                and not any(k in self.lx.roles and k not in self.lx.words["generic_roles"] for k in words[1:]) \
                and not any(k[:1].isalnum() and k not in _union(self.lx, ("np_glue", "determiners", "generic_roles",
                                                                          "definite_determiners")) for k in words[1:-1]):
            return False  # "one rescue worker", "some officials"; but "a local civil society leader" holds an office
        small = _union(self.lx, ("np_glue", "determiners", "generic_roles", "definite_determiners"))
        return any(k[:1].isalnum() and k not in small for k in words)

    def _keep_title(self, surname: str, titled: Speaker | None) -> bool:
        """Keep a title found beside a surname's other mention when it names a body with a country or one the
        registry knows (a pronoun or an outlet titles no one); True when kept."""
        if titled is None or titled.pronoun or titled.kind == "media":
            return False
        if not titled.country and titled.how != "registry":
            titled = self._national(replace(titled, names=()))
        if titled.country or titled.how == "registry":
            self._titles[surname] = titled
            return True
        return False

    def _other_state_body(self, speaker: Speaker, earlier: Speaker) -> bool:
        """English-like tables: is the bare description ``speaker`` a state's own body (a role of the table's
        ``national_roles``: "the police", "the army") that shares no word but generic ones with the speaker named
        before it in its sentence ("…, a local human rights group said, while the police put the toll at 19")? Then it
        is a body of its own, not that speaker again."""
        if self.lx.table["morphology"] != "none" or not speaker.keys or speaker.keys & earlier.keys - self.lx.words[
                "generic_roles"]:
            return False
        return any(k in self.lx.national for k in speaker.keys) and not any(k in self.lx.national for k in earlier.keys)

    def _surname_title(self, speaker: Speaker) -> Speaker:
        """Korean news names a person in full once, with a body and a title ("대한적십자사 김지연(38) 구호요원은"), and
        then by the surname and the title alone ("김 요원은", "박 대변인은"): the organisation and country of that full
        mention, the nearest one before a title that ends with the speaker's role."""
        if self.lx.korean is None or len(speaker.names) != 1 or len(surname := speaker.names[0]) != 1 \
                or not "가" <= surname <= "힣":
            return speaker
        roles = [k for k in speaker.keys if k in self.lx.roles]
        if not roles:
            return speaker
        for m in re.finditer(rf"(?<![가-힣]){surname}[가-힣]{{1,2}}(?:\(\d+\))?\s+([가-힣]+)", self.text[:50_000]):
            title = self.lx.key(m.group(1))
            if title == self.lx.key(m.group(0).split()[0]) or not any(title.endswith(r) for r in roles):
                continue
            w = tokenize(self.text, max(self.text.rfind("\n", 0, m.start()) + 1, m.start() - 60), m.start(), self.lx)
            a = len(w)
            while a > 0 and len(w) - a < 4 and not w.tag[a - 1] and not w.is_punct(a - 1):
                a -= 1  # the body's words before the name ("대한적십자사"), none with a particle
            phrase = " ".join(w.text[a:] + [m.group(1)])
            words = tokenize(phrase, 0, len(phrase), self.lx)
            found = resolve(words, 0, len(words), self.lx, self.registry, phrase, False) if len(words) else None
            if found is not None and not found.pronoun and (found.country or found.how == "registry"):
                return replace(speaker, organisation=found.organisation, country=found.country, kind=found.kind,
                               how=found.how + "+title")
        return speaker

    def _named_in_full_before(self, speaker: Speaker, si: int) -> Speaker:
        """A person named by the surname alone ("…," Arif told The Associated Press by phone; "…," Vasilaki added) is
        the one the article named in full before ("said Muhammad Arif, who heads the Makassar Search and Rescue
        Office", "A coast guard spokeswoman, Lt. Cmdr. Eleni Vasilaki, told"), in the twelve sentences before: the
        organisation and country of the speaker of that sentence whose phrase holds or adjoins the full name. The
        speaker itself when no such mention has a country. Languages that write names in Latin capitals (not Korean,
        whose surnames ``_surname_title`` reads)."""
        if self.lx.korean is not None or len(speaker.names) != 1 or speaker.country or not speaker.names[0][:1].isupper():
            return speaker
        full = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,4}" + re.escape(speaker.names[0]) + r"(?!\w)")
        for back in range(si - 1, max(-1, si - 13), -1):
            sentence = self.sentences[back]
            for m in full.finditer(self.text, sentence.start, sentence.end):
                for _, found in self.resolved(back):
                    earlier = found.speaker
                    if earlier is speaker or not (earlier.country or earlier.how == "registry") \
                            or earlier.how == "name" or not (earlier.span[0] - 40 <= m.start() <= earlier.span[1] + 40):
                        continue  # (the full name inside or right beside the speaker phrase: its appositive)
                    return replace(speaker, organisation=earlier.organisation, country=earlier.country,
                                   kind=earlier.kind, how=earlier.how + "+surname")
        return speaker

    def _opening_title(self, w: Words, last: int) -> Speaker | None:
        """The title that opens the clause of a name ending at word ``last`` and runs up to it, across commas and lists
        of its own ("Уповноважений з питань осіб, зниклих безвісти за особливих обставин, Олег Петренко", "Председатель
        Государственной комиссии … по делам военнопленных, заложников и пропавших граждан Рустам Алиев"): a role
        noun opens the clause (after adjectives of its title), and no verb, number or measure stands before the name;
        the whole phrase read as one speaker, else None."""
        first = last
        while first > 0 and w.is_capital(first - 1) and not w.is_punct(first - 1) and w.key[first - 1] not in self.lx.roles:
            first -= 1  # the name's words ("Олег Петренко")
        opening = first - 1
        while opening > 0 and first - opening <= MAX_TITLE and not (
                w.is_punct(opening - 1) and w.text[opening - 1] not in ",-"):
            opening -= 1
        before = self.text[:w.start[opening]].rstrip(" \t") if opening >= 0 else ""
        if opening < 0 or first - opening > MAX_TITLE or (before and before[-1] not in ".!?:;\n"):
            return None  # (a sentence's or a clause's opening, not a quotation's nor the middle of a window)
        head = opening
        while head < first - 1 and w.key[head] in self.lx.words["determiners"]:
            head += 1
        while head < first - 1 and self.lx.modifier(w.text[head]) and self.lx.common(w.text[head]):
            head += 1  # ("Державний секретар", "Генеральный прокурор")
        if not (w.key[head] in self.lx.roles or self.lx.roles.match(w.key, head) is not None):
            return None
        if w.text[first - 1] == ",":
            first -= 1  # "…, Олег Петренко": the comma closing the title
        if first - opening < 3 or not any(w.text[x] == "," for x in range(opening, first)) and first - opening < 6:
            return None  # a short title with no comma of its own: the title before the name as usual
        for x in range(opening, first):
            if w.text[x][:1].isdigit() or w.text[x] in "\"“”«»()" or (
                    w.text[x][:1].islower() and self.lx.predicate_form(w.text[x]) and w.key[x] != w.text[x].lower()):
                return None  # a clause or a count, not a title (a remit's words of a measure are its own: "з питань
                # осіб, зниклих безвісти", "по делам … без вести пропавших": a word in its dictionary form, 'вести',
                # makes no clause of a finite verb)
        found = resolve(w, opening, last + 1, self.lx, self.registry, self.text)
        return None if found is None or found.pronoun or found.kind == "media" else found

    def _title_body(self, titled: Speaker, offset: int) -> Speaker:
        """The body of a person's title found at ``offset``: the title's office, not the person ("Pakistan's Interior
        Minister"); else the body named before that the title's words point back to ("речника агентства Ріо Сантосо"
        after "Національне агентство Індонезії …": that agency's spokesman; not the words of "according to")."""
        if titled.country or titled.how == "registry":
            return titled
        office = self._national(replace(titled, names=()))
        if office.country or office.how == "registry":
            return office
        return self._corefer(replace(titled, how="title", keys=titled.keys - self.lx.words["evidence_nouns"]),
                             self.sentence_of(offset))

    def _titled(self, speaker: Speaker) -> Speaker:
        """A bare name ("Sherpao said") takes the title it has elsewhere in the article ("Pakistan's Interior
        Minister Aftab Sherpao"): the organisation and country of that longer phrase."""
        surname = speaker.names[-1]
        if surname not in self._titles:
            self._titles[surname] = None
            if self.lx.table["morphology"] == "pymorphy3" and len(surname) >= 4:
                # an inflected language names the person in other cases elsewhere ("За словами Гриценка" after
                # "начальник ОВА Олег Гриценко"): any word of the surname's stem whose key is the surname's
                key = self.lx.key(surname)

                def same(other: str) -> bool:  # "Синєгубова" (a genitive read as a feminine) and "Синєгубов"
                    return other == key or (min(len(other), len(key)) >= 5 and abs(len(other) - len(key)) <= 2
                                            and (other.startswith(key) or key.startswith(other)))
                found = [m for m in _stem_words(surname[:3], self.text[:50_000]) if same(self.lx.key(m.group()))]
            else:
                found = list(_whole_words(surname, self.text[:50_000]))
            for m in found if self.lx.korean is None else ():  # "said Najeebullah Kakar, a senior local
                after = re.match(r",\s+([^,.;:\"“”()]{3,100})[,.;]", self.text[m.end():m.end() + 110])  # official."
                if after is None:
                    continue
                w = tokenize(self.text, m.end() + after.start(1), m.end() + after.end(1), self.lx)
                headed = _heads_at(w, 0, self.lx) if len(w) >= 3 else 0
                if headed and not any(self.lx.measures.match(w.key, k) for k in range(len(w))) \
                        and not any(self.lx.speech.match(w.key, k) for k in range(len(w))):
                    if self._keep_title(surname, resolve(w, headed, len(w), self.lx, self.registry, self.text)):
                        break  # "said Muhammad Arif, who heads the Makassar Search and Rescue Office.": the body he
                        # heads titles him ("… Arif told reporters" later), as a title between commas does
                    continue
                if not len(w) or not any(self.lx.roles.match(w.key, k) for k in range(len(w))) or any(
                        self.lx.measures.match(w.key, k) for k in range(len(w))) or w.is_capital(0) \
                        or w.key[0] in self.lx.words["clause_words"] or w.key[0] in self.lx.words["np_stops"] \
                        or w.key[0] in self.lx.words["coordinators"] \
                        or any(self.lx.speech.match(w.key, k) for k in range(len(w))):
                    continue  # an appositive title after the name: a role, no clause ("who coordinates …"), not
                    # another name
                if self._keep_title(surname, resolve(w, 0, len(w), self.lx, self.registry, self.text)):
                    break
            for m in found if self.lx.korean is not None else ():  # Korean puts the title after the name:
                w = tokenize(self.text, m.end(), min(len(self.text), m.end() + 60), self.lx)  # "젤렌스키 우크라이나
                end = next((k for k in range(min(len(w), 5)) if w.tag[k] or w.is_punct(k)), None)  # 대통령은"
                if not end or w.is_punct(end) or w.tag[end] not in self.lx.words["subject_particle_tags"]:
                    continue
                if not any(k in self.lx.roles or _korean_role(k, self.lx) for k in w.key[:end + 1]):
                    continue
                if self._keep_title(surname, resolve(w, 0, end + 1, self.lx, self.registry, self.text)):
                    break
            for m in found if self._titles[surname] is None else ():
                if self.lx.korean is None and len(speaker.names) >= 2 \
                        and (nxt := _NEXT_WORD.match(self.text, m.end())) is not None \
                        and nxt.group(1)[:1].isupper() and self.lx.key(nxt.group(1)) not in self.lx.roles \
                        and "\n" not in self.text[m.end():nxt.start(1)]:
                    continue  # "spokesman Sani Danjuma": a first name there, the title of another man than
                    # "Abdullahi Sani"
                if self.lx.korean is None and len(speaker.names) == 1 \
                        and (nxt := _NEXT_WORD.match(self.text, m.end())) is not None \
                        and nxt.group(1)[:1].isupper() and self.lx.key(nxt.group(1)) in self.lx.roles \
                        and "\n" not in self.text[m.end():nxt.start(1)]:
                    continue  # "Health" of "the World Health Organization": a word read as a name ("a Health Ministry
                    # spokeswoman") before a body's noun is inside a longer name there, and titles no one (not "Xi
                    # Jinping": a given name after it)
                start = max(self.text.rfind("\n", 0, m.start()) + 1, m.start() - 160)
                own = self.sentence_of(m.start())
                start = max(start, self.credit_end(own))  # a wire credit ("(Seoul=Agency) reporter =") titles no one
                if m.start() < start:
                    continue
                end = m.end()
                if self.text[m.start() - 1:m.start()] == "(" and self.text[m.end():m.end() + 1] == ")":
                    end = m.start() - 1  # "the Arakkha Army (AA)": the name before the acronym
                w = tokenize(self.text, start, end, self.lx)
                if len(w) < 2:
                    continue
                last = len(w) - 1 if end == m.end() else len(w)
                if last >= 1 and (w.key[last - 1] in self.lx.words["place_prepositions"]
                                  or w.key[last - 1] in self.lx.words["motion_prepositions"]):
                    continue  # "the African Union mission in Jubaland": a name after a preposition of place is a
                    # place, and the words before it title no one
                a, _ = _chunk_before(w, last, self.lx)
                if a >= last or (a > 0 and self.lx.speech.match(w.key, a - 1) is not None
                                 and _dative_addressee(w, a, self.lx) == last):
                    continue  # ("розповіла агентству Оксана": the one spoken to, in the dative, titles no one)
                opening = self._opening_title(w, last) if end == m.end() else None
                if opening is not None and self._keep_title(surname, opening):
                    break  # "Уповноважений з питань осіб, зниклих безвісти …, Олег Петренко повідомив": a title with
                    # commas of its own, from its clause's opening to the name
                lead = a
                while lead >= 4 and w.text[lead - 1] == "." and w.is_capital(lead - 2) and len(w.text[lead - 2]) <= 5 \
                        and w.text[lead - 2].isalpha() and not w.is_punct(lead - 3):
                    lead -= 2  # "A coast guard spokeswoman, Lt. Cmdr. Eleni Vasilaki,": ranks abbreviated before the
                    # name are the name's (the title is before the comma)
                if lead >= 2 and w.text[lead - 1] == "," \
                        and all(w.is_capital(x) or w.text[x] == "." for x in range(lead, len(w))) \
                        and self.text[m.end():m.end() + 1] in (",", ")", ".") and not w.is_punct(lead - 2):
                    b, _ = _chunk_before(w, lead - 1, self.lx)  # "Mozambique's health minister, Ana Costa,": the title
                    title = resolve(w, b, lead - 1, self.lx, self.registry, self.text) if b < lead - 1 else None  # before
                    if title is not None and not title.pronoun and title.kind != "media" and (
                            not title.names or any((r := self.lx.roles.match(w.key, x)) and x + r[0] == lead - 1
                                                   for x in range(b, lead - 1))) \
                            and any(self.lx.roles.match(w.key, x) for x in range(b, lead - 1)) \
                            and not any(self.lx.measures.match(w.key, x) for x in range(b, lead - 1)):  # the name
                        if not title.country and title.how != "registry":
                            title = self._national(title)
                        if title.country or title.how == "registry":
                            self._titles[surname] = title
                            break
                if any((cue := self.lx.measures.match(w.key, k)) and cue[1][1] < 3  # type: ignore[index]
                       for k in range(a, len(w))):
                    continue  # "Dozens killed in air strikes on AA camps": a clause, not a title (but a word of
                    # deployment names offices too: "обласної військової адміністрації")
                if any(w.tag[k] for k in range(a, last)):
                    continue  # "AP통신은 세부섬 …": a word with its particle is a clause's subject, not a title
                titled = resolve(w, a, len(w), self.lx, self.registry, self.text)
                if titled is not None and "registry" not in titled.how and not any(
                        k in self.lx.roles for k in titled.keys):
                    continue  # "украинских беспилотников над территориями Белгородской": no role, no title
                if titled is None or titled.pronoun or not (titled.keys - speaker.keys) or titled.kind == "media" or (
                        titled.how == "country" and titled.keys & self.surnames()):
                    continue
                if titled.kind == "media" and any(k in self.lx.roles for k in speaker.keys):
                    continue  # "рассказал агентству Reuters директор больницы X": the outlet spoken to titles no one
                    # who has a role of his own
                if sentence_ranges(self.text[w.start[a]:w.end[len(w) - 1]], self.lx.lang):
                    continue  # "Ще четверо українців перебувають у лікарнях Бріндізі": a count, not a title (asked
                    # last of these tests, all of them pure: the normaliser's reading costs the most and seldom refuses)
                titled = self._title_body(titled, m.start())
                if titled.country or titled.how == "registry":
                    self._titles[surname] = titled
                    break
        titled = self._titles[surname]
        if titled is None:
            return speaker
        return replace(speaker, organisation=titled.organisation, country=titled.country, kind=titled.kind,
                       how=("registry" if titled.how == "registry" else titled.how) + "+title")

    def _branch(self, speaker: Speaker) -> Speaker:
        """An international body's name that the article also gives with a nationality ("the Philippine Red
        Cross") is that country's national society or branch."""
        name = speaker.matched
        if len(name.split()) < 2:
            return speaker
        if name not in self._branches:
            self._branches[name] = None
            for m in _word_before(name, self.text[:50_000]):
                w = tokenize(m.group(1), 0, len(m.group(1)), self.lx)
                code = country_at(w, 0, self.lx) if len(w) else None
                if not (code and code[1]):  # a name of two or three words ends there: "Sierra Leone Red Cross"
                    before = self.text[max(0, m.start(1) - 40):m.end(1)].split()[-3:]
                    for n in (3, 2):
                        phrase = " ".join(before[-n:])
                        w = tokenize(phrase, 0, len(phrase), self.lx)
                        code = country_at(w, 0, self.lx) if len(before) >= n and len(w) else None
                        if code and code[1] and code[0] == len(w):
                            break
                        code = None
                if code and code[1]:
                    self._branches[name] = code[1]
                    break
        branch = self._branches[name]
        if not branch:
            return speaker
        return replace(speaker, organisation=f"{name} ({branch})", country=branch, kind="", how="country+branch")

    def _registry_mentions(self) -> list[tuple[int, Known]]:
        """(offset, body) of every name of the registry in the article's first 50,000 characters, found once when
        first asked (a short name or a bare kind word needs the bodies the article named, speakers or not)."""
        if self._mentions is None:
            self._mentions = []
            firsts = self.registry.names.firsts
            for si in range(len(self.sentences)):
                if self.sentences[si].start > 50_000:
                    break
                w = self.words(si)
                for i in compress(count(), map(firsts.__contains__, w.key)):  # (the words that open a name, found in C)
                    found = self.registry.match(w.key, w.text, i)
                    if found is not None:
                        self._mentions.append((w.start[i], found[1]))
        return self._mentions

    def _shared_body(self, speaker: Speaker, si: int | None) -> Speaker:
        """The body a name several states' bodies bear ("NDMA", "МЧС": ``RegistryIndex.shared``) stands for here, when
        its phrase named no country: the first of these countries that one of the bodies is of: the page's (its
        address, ".gov.by"), its sentence's, the one or two sentences' before it, the article's, the outlet's home,
        the language's home (bare "МЧС" in Russian news). None of them: the name as written, as a role that
        ``_corefer`` places as any bare state body ("NDMA" in a story of Chad is Chad's), else with no country.

        Examples
        --------
        >>> from analysis.extract.registry import registry_index
        >>> doc = Document("Floods hit Khyber Pakhtunkhwa in Pakistan.", language("en"), registry_index("en"))
        >>> shared = Speaker("NDMA", "NDMA", "", "government", "registry", matched="NDMA")
        >>> doc._shared_body(shared, None).country
        'PK'
        """
        known = self.registry.shared[speaker.organisation]
        body = known.sharer(self._chosen_country(si, speaker, {body.country for body in known.shared}))
        if body is not None:
            return replace(speaker, organisation=body.organisation, country=body.country, kind=body.kind,
                           how="registry+article")
        return replace(speaker, how="role")  # (a generic name: "NDMA" in a story of Chad is Chad's authority, as a
        # bare state body is the story's: ``_corefer`` goes on with it)

    def _chosen_country(self, si: int | None, speaker: Speaker, candidates: set[str]) -> str:
        """The first of the text's countries that is one of ``candidates`` (the states a shared name or office
        word may be of): the page's address's, the speaker's sentence's, the one or two sentences' before it, the
        article's, the outlet's home, the language's home; "" when none is."""
        for country in (lambda: self.page.country if self.page is not None else "",
                        lambda: self._outside_country(si, speaker) if si is not None else "",
                        lambda: self._nearby_country(si) if si is not None else "",
                        self.country, lambda: self.home, lambda: self.lx.table.get("home_country", "")):
            code = country()
            if code in candidates:
                return code
        return ""

    def _outside_country(self, si: int, speaker: Speaker) -> str:
        """The one country the speaker's sentence names outside the speaker's own phrase ("" for none or several)."""
        self._sentence_country(si, speaker)
        starts, codes, _ = self._sentence_countries[si]
        found = {c for p, c in zip(starts, codes) if not speaker.span[0] <= p < speaker.span[1]}
        return found.pop() if len(found) == 1 else ""

    def _shared_office(self, speaker: Speaker) -> set[str]:
        """The states an office word of the phrase may be of, when it is the phrase's only country word (the table's
        ``shared_offices``: "аким", a head of a Kazakh or a Kyrgyz district); else an empty set."""
        offices = self.lx.shared_offices
        if not offices or not speaker.keys & offices.keys():
            return set()
        words = tokenize(speaker.text, 0, len(speaker.text), self.lx)
        states: set[str] = set()
        k = 0
        while k < len(words):
            found = country_at(words, k, self.lx)
            if found is not None and found[1] and words.key[k] not in offices:
                return set()  # ("казахстанский аким": the phrase names the state)
            states |= offices.get(words.key[k], set())
            k += found[0] if found else 1
        return states if speaker.country in states else set()

    def _longer_name(self, speaker: Speaker) -> Speaker | None:
        """A short name that the article gave earlier in full to a body of one country (``RegistryIndex.national``):
        "the Red Cross" after "the Uganda Red Cross Society" (not the ICRC), "Червоний Хрест" after "Товариство
        Червоного Хреста Уганди", "the SDF" after "the Self-Defense Forces" (Japan's, not Syria's); in the headline, the body its lede names in full
        ('월드비전 "…"' over "한국월드비전은 …"). Else None."""
        matched = speaker.matched
        if not matched or (speaker.country and not (matched.isupper() and " " not in matched)):
            return None  # only an international body's name, or an acronym, stands for another body
        candidates = {known.organisation: known for known in self.registry.national(self.lx.keys_of(matched))
                      if known.country != speaker.country}  # (a topic's own entry for the same body is no other)
        if not candidates:
            return None
        limit = speaker.span[0]
        si = self.sentence_of(limit)
        if self.sentences[si].title and si == next((x for x, s in enumerate(self.sentences) if s.title), -1):
            # the headline's bare name is the body its lede names in full ('월드비전 "…"' over "한국월드비전은 …"):
            # the lede is the first paragraph after the headline's lines
            lede = next((s.paragraph for s in self.sentences if not s.title), None)
            limit = max((s.end for s in self.sentences if s.paragraph == lede), default=limit)
        earlier = [known for start, known in self._registry_mentions() if start < limit
                   and known.organisation in candidates]
        if not earlier:
            return None
        known = earlier[-1]
        return replace(speaker, organisation=known.organisation, country=known.country, kind=known.kind,
                       how="registry+coreference")

    def _branch_abroad(self, speaker: Speaker) -> Speaker:
        """A body's branch named by the country it works in ("굿네이버스 케냐 지부": its Kenya branch): the country is
        the branch's place, not the body's, so a body the registry does not know (a registry's body is matched
        before) is the home country's (a Korean text names a Korean body so), else of no country."""
        words = tokenize(speaker.text, 0, len(speaker.text), self.lx)
        for k in range(len(words)):
            m = country_at(words, k, self.lx)
            if m and m[1] and k + m[0] < len(words) and words.key[k + m[0]] in self.lx.words["branch_words"]:
                home = self.home
                return replace(speaker, country=home, how="home" if home else "name")
        return speaker

    def _headed_body(self, speaker: Speaker, keys: set[str]) -> int:
        """The place in ``known`` of the body a Korean head's title names by its short name ("감식단장": the head, 장, of
        the 감식단 named before as "국방부 유해발굴감식단"): a key of ``keys`` that is a body's last syllables (two or
        more) and one of the table's ``head_suffixes``, and the last earlier speaker with a country, of no international
        body, one of whose words ends with them; else -1."""
        for key in keys:
            for suffix in self.lx.words["head_suffixes"]:
                body = key[:-len(suffix)] if key.endswith(suffix) else ""
                if len(body) < 2:
                    continue
                for place in range(len(self.known) - 1, max(-1, len(self.known) - 40), -1):
                    earlier = self.known[place]
                    if earlier is not speaker and earlier.country and earlier.kind != "international" \
                            and any(k.endswith(body) for k in earlier.keys):
                        return place
        return -1

    def _corefer(self, speaker: Speaker, si: int | None = None) -> Speaker:
        """A speaker with no country takes that of an earlier speaker sharing a name or a distinctive word."""
        signed = self._signer(speaker)
        if signed is not None:
            return signed
        if speaker.how == "country" and self.lx.words["branch_words"]:
            speaker = self._branch_abroad(speaker)
        if speaker.how == "country" and speaker.span[1] - speaker.span[0] == len(speaker.text) \
                and " " not in speaker.text and self.lx.key(speaker.text) in self.surnames():
            speaker = replace(speaker, organisation=speaker.text, country="", how="name", names=(speaker.text,))
        elif speaker.how == "country" and len(parts := speaker.text.split()) >= 3 and parts[-2][:1].isupper() \
                and parts[-2][1:].islower() and self.lx.people.match([self.lx.key(parts[-2])], 0) is None \
                and self.lx.key(parts[-1]) in self.surnames() and not country_at(
                    tokenize(parts[-2], 0, len(parts[-2]), self.lx), 0, self.lx):
            # "provincial administrator William Tonga": the country word is the surname of a named person (not after
            # a noun of people in a body's own name: "Save the Children Kenya" is the charity's section in Kenya)
            speaker = replace(speaker, organisation=speaker.text, country="", how="name", names=tuple(parts[-2:]))
        if speaker.how == "country" and "|" not in speaker.country and self.country() \
                and speaker.country != self.country() and (self._counts.get(speaker.country, 0) <= 1
                                                            or not self._worded_named(speaker.country)):
            said = speaker.text if speaker.organisation in speaker.text else f"{speaker.text}, {speaker.organisation}"
            words = tokenize(said, 0, len(said), self.lx)  # (with an appositive: "X, the US special envoy for Sudan")
            if not any(country_at(words, k, self.lx) or (self.lx.korean is not None and _glued_country(words.key[k], self.lx))
                       for k in range(len(words))):  # "한국대사관": a country glued to its body names it too
                # only a province gave the country ("NEMA South-West zonal coordinator" in a story about Lagos: a
                # zone of Nigeria, not Cameroon's region), and the article names that place once at most or never
                # names its country by a word ("администрация территории Бени" in news of Congo: Congo's Beni, not
                # Bolivia's department the gazetteer holds)
                return replace(speaker, country=self.country(), how="article")
        if speaker.how == "registry" and not speaker.country and speaker.organisation in self.registry.shared:
            speaker = self._shared_body(speaker, si)
            if speaker.country:
                return speaker
        if speaker.how == "country" and (states := self._shared_office(speaker)):
            chosen = self._chosen_country(si, speaker, states)  # "аким Баткенского района" in a Kyrgyz story
            if chosen and chosen != speaker.country:
                return replace(speaker, country=chosen)
        longer = self._longer_name(speaker) if speaker.how == "registry" else None
        if longer is not None:
            return longer
        if speaker.how == "registry" and speaker.kind == "international":
            return self._branch(speaker)
        if speaker.how == "registry" and speaker.country:
            renamed = self._renamed(speaker)
            return self._abroad(speaker, si) if renamed is speaker else renamed
        if speaker.country or speaker.how == "registry":
            return speaker
        spelled = self._spelled_out(speaker)
        if spelled is not None:
            return spelled
        if speaker.how == "name" and speaker.names:
            titled = self._surname_title(speaker)
            if titled is speaker:
                titled = self._titled(speaker)
            if titled is speaker and si is not None:
                titled = self._named_in_full_before(speaker, si)
            if titled is not speaker:
                return titled
        generic = _union(self.lx, ("generic_roles", "determiners", "np_glue", "place_prepositions", "country_words",
                                   "local_words"))  # ("местный житель" is no one of "священник местного прихода":
        # a word that says a body is of the place says where, not which)
        distinctive = {k for k in speaker.keys if len(k) >= 3 and k[:1].isalnum() and k not in generic
                       and k not in self.lx.places.firsts and k not in self.lx.countries.firsts}
        def of_body(key: str) -> bool:  # a capitalised word of a body's name named before ("Foro Penal"), no person's
            return any("name" not in self.known[p].how for p in self._known_by_key.get(key, ()))
        acronymed = _acronym_named(speaker.text) and self.lx.korean is None  # "State Border Guard Service (VSAT)": a
        # body with its acronym in brackets names no person, all its capitalised words its own
        if self.lx.table["morphology"] == "pymorphy3" and len(speaker.names) >= 2 and not acronymed:
            distinctive -= {k for n in speaker.names[:-1] if not of_body(k := self.lx.key(n))}
            # "Володимир Зеленський" is no other Володимир; "віцепрезидент Foro Penal Ернесто Камачо" is of Foro Penal
        elif len(speaker.names) >= 2 and not acronymed and (any(k in self.lx.roles for k in speaker.keys) or speaker.text.endswith(
                f"{speaker.names[-2]} {speaker.names[-1]}")):
            distinctive.discard(self.lx.key(speaker.names[-2]))  # "Sloviansk mayor Vadym Liakh" is no other Vadym
        national = self._state_office(speaker)
        # a place ("губернатор Белгородской области") is shared by many bodies: it says no two are the same
        personal = {k for n in speaker.names if not of_body(k := self.lx.key(n))}  # a person's name says who speaks,
        # not for which body: "речника поліції Ріо Сантосо" after "поліція Індонезії" is that police's spokesman
        latest = -1  # the last speaker with a country sharing a distinctive word (an index: a long list stays linear)
        own_name = {k for n in speaker.text.split() if n[:1].isupper() and (k := self.lx.key(n.strip("()\"'«»,")))
                    not in personal and k in distinctive} if self.lx.korean is None else set()
        if acronymed:
            own_name |= {k for n in speaker.text.split() if (k := self.lx.key(n.strip("()\"'«»,"))) in distinctive
                         and n.strip("()\"'«»,")[:1].isupper()}
        indefinite = self._indefinite(speaker)
        if indefinite:
            distinctive = set()  # "A study of hospital records" after "a Harvard University study": another study
        common = {self.lx.key(t) for t in speaker.text.split() if t[:1].islower() and self.lx.modifier(t)}
        for k in distinctive - common:  # (a common adjective alone, "генерального прокурора" and "Генерального
            # секретаря", says no two bodies are the same)
            for place in reversed(self._known_by_key.get(k, ())):
                if place <= latest:
                    break
                if national and self.known[place].kind == "international":
                    continue
                if self.known[place].kind == "media" and self.known[place].matched \
                        and k not in self.lx.keys_of(self.known[place].matched):
                    continue  # "Foro Penal у мережі X, Reuters": the outlet Reuters, which "Foro" does not name  # "the prime minister's office" is not "the UN coordinator's office" named before
                if self._first_name_there(speaker, self.known[place]):
                    continue  # "Abdullahi Sani" is not "spokesman Sani Danjuma"
                if k in self.lx.roles and self._other_person(speaker, self.known[place]):
                    continue  # "Governor Serhii Tkachuk" is not "Donetsk Oblast Governor Vadym Ostapenko": a role noun
                    # two people named in full share says nothing of their bodies
                if len(own_name - self.known[place].keys) >= 2:
                    continue  # "the Department of Disaster Prevention and Mitigation" is not "Malaysia's National
                    # Disaster Management Agency": a body's own name of other words is another body, one word shared
                if self.known[place] is not speaker and (k not in self.lx.roles or not any(
                        x not in self.lx.roles and x not in self.known[place].keys and x not in personal
                        for x in distinctive)):
                    latest = place  # (a shared role noun alone says no two bodies are the same: "the prime
                    break  # minister's office" is not "the resident coordinator's office")
        if latest < 0 and self.lx.korean is not None:
            latest = self._headed_body(speaker, {k for k in speaker.keys if k[:1].isalnum()})  # (all its words:
            # Korean keeps a title among the names, "감식단장 박성진 대령", which ``distinctive`` drops as a first name)
        if latest < 0 and not distinctive and not indefinite:
            latest = self._same_role(speaker)
        if latest >= 0 and si is not None and self.known[latest].country and (self._framed_country(
                si, speaker) not in ("", self.known[latest].country) or self._section_country(si) not in (
                "", self.known[latest].country)):
            latest = -1  # "In southern Thailand, the Department of Disaster Prevention reports …" after "Malaysia's
            # disaster agency": a clause set in another country is another country's body, whatever word they share;
            # and so is a body of a roundup's part of another country ("■ Landslide in eastern Uganda … police said")
        if latest >= 0:
            earlier = self.known[latest]
            return replace(speaker, organisation=earlier.organisation, country=earlier.country,
                           kind=earlier.kind, how=earlier.how + "+coreference")
        kind_only = self._body_named_before(si, speaker) if si is not None else None
        if kind_only is not None:
            return kind_only  # "MSF teams received 162 wounded patients, the organisation said"
        heads = distinctive - common | {k for k in speaker.keys if k in self.lx.roles and k not in generic}  # "Mission": a role
        named = self._named_body(si, speaker, heads) if si is not None and heads else None  # and a place's first word
        if named is not None:
            return named
        aliased = self._aliased(speaker)
        if aliased is not speaker:
            return aliased
        short = self._initials_of_known(speaker)
        if short is speaker:
            short = self._compound_named(speaker)
        if short is not speaker:
            return short
        same_kind = self._same_kind(speaker)
        if same_kind is not None:
            return same_kind
        return self._national(speaker, si)

    def _framed_country(self, si: int, speaker: Speaker) -> str:
        """The country of a place phrase that opens the speaker's sentence and sets its scene, the speaker's clause
        following after a comma ("In southern Thailand, the department reports …", "В Таиланде, по данным …"): the
        last country the sentence names before the speaker; else ""."""
        w = self.words(si)
        s = w.at(speaker.span[0])
        comma = next((k for k in range(s - 1, -1, -1) if w.is_punct(k)), None)  # (the scene's comma, however many
        comma = comma if comma is not None and w.text[comma] == "," else None  # words of the clause before the
        # speaker: "In Tunis, the state news agency quoted a ministry official as saying …")
        if comma is None or comma < 2 or not any(w.key[k] in self.lx.words["place_prepositions"]
                                                 for k in range(0, min(2, comma))) \
                or any(w.is_punct(k) for k in range(0, comma)) or comma > 8:
            return ""
        return self._sentence_country(si, speaker, before=True)

    def _body_named_before(self, si: int, speaker: Speaker) -> Speaker | None:
        """The registered body the speaker's bare kind word points back to ("the organisation", "the group", "the
        charity": the table's ``body_nouns``, and nothing else but determiners): the nearest body of the registry named
        before the speaker, in its sentence or the one before in its paragraph, that is no outlet ("Médecins Sans
        Frontières (MSF) teams received 162 wounded patients, the organisation said"); else None."""
        kinds = self.lx.words["body_nouns"]
        content = {k for k in speaker.keys if k not in self.lx.words["determiners"]
                   and k not in self.lx.words["definite_determiners"] and k not in self.lx.words["place_prepositions"]}
        # (a preposition of the place a body speaks in is no word of its kind: "повідомили в організації")
        if not kinds or not content or not content <= kinds:
            return None
        first = si - 1 if si > 0 and self.sentences[si - 1].paragraph == self.sentences[si].paragraph else si
        start = self.sentences[first].start
        named = [known for offset, known in self._registry_mentions() if start <= offset < speaker.span[0]]
        outlets = [known for known in named if known.kind == "media"]
        before = [known for known in named if known.kind != "media"]
        if content <= self.lx.words["outlet_nouns"] or not before:
            before = outlets  # "Two Al Jazeera journalists were killed, the broadcaster said": an outlet's kind word
            # points back to an outlet; a body word that may name one ("the network") does when no other body was named
        if not before:
            return None
        known = before[-1]
        return replace(speaker, organisation=known.organisation, country=known.country, kind=known.kind,
                       how="registry+mention")

    def _other_person(self, speaker: Speaker, earlier: Speaker) -> bool:
        """Are two speakers people named in full (a given name and a surname each) with no name in common ("Governor
        Serhii Tkachuk", "Governor Vadym Ostapenko")? Then they are two people, whatever title they share."""
        if len(speaker.names) < 2 or len(earlier.names) < 2:
            return False
        return not {self.lx.key(n) for n in speaker.names} & {self.lx.key(n) for n in earlier.names}

    def _first_name_there(self, speaker: Speaker, earlier: Speaker) -> bool:
        """Is the surname of a person named in full ("Abdullahi Sani") a given name of another person named before,
        with another name after it ("spokesman Sani Danjuma")? Then the two are not the same. A name alone ("Xi said")
        may be anyone's, and keeps its title ("President Xi Jinping")."""
        if len(speaker.names) < 2 or len(earlier.names) < 2:
            return False
        keys = [self.lx.key(n) for n in earlier.names]
        surname, given = self.lx.key(speaker.names[-1]), self.lx.key(speaker.names[-2])
        return surname in keys[:-1] and surname != keys[-1] and given not in keys

    def _named_body(self, si: int, speaker: Speaker, heads: set[str]) -> Speaker | None:
        """A body's own noun in a speaker phrase ("Mission spokeswoman X", "в командуванні місії") that names a
        registered body the sentence or two before named with that noun and did not quote ("The EU Mission in Armenia
        (EUMA) said it had sent patrols", "військовослужбовців місії НАТО KFOR"): that body. The noun is the registry
        name's own word, or stands right before the name ("місії НАТО KFOR")."""
        for across in (False, True):  # (a registered body's own word: across a paragraph's end too, "добровольцем
            # Інтернаціонального легіону …" closing the lede, "у пресслужбі легіону" opening the next; not an outlet's
            # kind noun there, "співрозмовник агентства" is someone who spoke to the agency named a paragraph before)
            for w, k in self._heads_back(si, heads, across=across):
                for j in range(max(0, k - 4), min(len(w), k + 3)):
                    m = self.registry.match(w.key, w.text, j) if w.key[j] in self.registry.names.firsts else None
                    if m is None or not (j <= k < j + m[0] or (k < j and all(
                            not w.is_punct(x) for x in range(k + 1, j)))):
                        continue
                    known = m[1]
                    if (known.kind in _STATE_KINDS and not known.country) or (
                            known.kind == "international" and self._state_office(speaker)) or (
                            across and known.kind == "media"):
                        continue
                    return replace(speaker, organisation=known.organisation, country=known.country, kind=known.kind,
                                   how="registry+mention")
        return None

    def _same_role(self, speaker: Speaker) -> int:
        """Where in ``known`` the speaker that a definite bare role points back to stands ("one of the sources", "the
        source" after "two Malian security sources"; a singular finds its plural by the table's ``plural_endings``):
        the last speaker with a country whose phrase holds that role word; -1 when none."""
        definite = self.lx.words["definite_determiners"]
        generic = self.lx.words["generic_roles"]
        sequence = speaker.sequence
        bare = not definite and self.lx.table["morphology"] == "pymorphy3" and len(sequence) == 1
        # (a language with no articles: a role noun alone, "За словами речника", is definite when a speaker of that
        # role was named before)
        if not bare and (not definite or not any(k in definite for k in sequence)):
            return -1
        roles = [k for k in sequence if k in generic and k in self.lx.roles]
        if not roles or any(k[:1].isalnum() and k not in generic and k not in self._small_words() for k in sequence):
            return -1
        endings = tuple(str(x) for x in self.lx.table.get("plural_endings", []))
        forms = {roles[-1]} | {roles[-1] + e for e in endings} | {roles[-1][:-len(e)] for e in endings
                                                                     if roles[-1].endswith(e)}
        for place in range(len(self.known) - 1, max(-1, len(self.known) - 12), -1):
            earlier = self.known[place]
            if earlier is not speaker and earlier.country and "coreference" not in earlier.how \
                    and forms & set(earlier.sequence or earlier.keys):
                return place
        return -1

    def _indefinite(self, speaker: Speaker) -> bool:
        """Does the phrase open with an indefinite article (the table's ``indefinite_determiners``: "a study of
        administrative data", "another rights group")? Such a phrase names a new body, never one named before."""
        indefinite = self.lx.words["indefinite_determiners"]
        if not indefinite:
            return False
        w = self.words(self.sentence_of(speaker.span[0]))
        a = w.at(speaker.span[0])
        if not any(w.key[k] in indefinite for k in (a - 1, a) if 0 <= k < len(w)):
            return False
        return not self._member_of_body(speaker)

    def _member_of_body(self, speaker: Speaker) -> bool:
        """Does the phrase name one person of a body by a generic role after the body's own words ("a coast guard
        official", "an army spokesman")? Its article makes the person indefinite, not the body, which may be one
        named before ("the Hellenic Coast Guard")."""
        generic = self.lx.words["generic_roles"]
        keys = [k for k in speaker.sequence if k[:1].isalnum() and k not in self.lx.words["determiners"]]
        return len(keys) >= 2 and keys[-1] in generic and any(
            k in self.lx.roles and k not in generic and k not in self.lx.words["independent_roles"] for k in keys[:-1])

    def _same_kind(self, speaker: Speaker) -> Speaker | None:
        """A bare independent body named by its kind alone ("правозащитники", "the rights group", "researchers") is
        the body of that kind the last speakers named ("the Syrian Observatory …; according to the rights group"):
        a rights group, a research group, an outlet (the comparison layer's kind words, ``claims.kinds``)."""
        if speaker.names or speaker.how != "role" or speaker.pronoun:
            return None
        kind = infer_kind(speaker.text)[0]
        if kind not in _KIND_POINTERS and kind != "armed_group":
            return None
        if self._indefinite(speaker):
            return None
        si = self.sentence_of(speaker.span[0])
        for earlier in reversed(self.known[-3:]):
            if earlier is speaker or not earlier.country:
                continue
            if (earlier.kind or infer_kind(earlier.organisation)[0]) == kind:
                return replace(speaker, organisation=earlier.organisation, country=earlier.country, kind=earlier.kind,
                               how=earlier.how + "+kind")
        if kind != "armed_group":
            return None
        # "бойовики", "the militants": the armed group of the registry the article named in this sentence or the two
        # before ("the Baloch Liberation Army claimed the attack. The militants said …"), speaker or not
        since = self.sentences[max(0, si - 2)].start
        group = next((known for start, known in reversed(self._registry_mentions())
                      if since <= start < speaker.span[0] and known.kind == "armed_group"), None)
        # (a transnational group too, whose entry has no country: "the Islamic State … . The militants said")
        if group is None:
            return None
        return replace(speaker, organisation=group.organisation, country=group.country, kind=group.kind,
                       how="registry+kind")

    def _only_of_kind(self, speaker: Speaker) -> Speaker | None:
        """A bare noun of an independent kind with no name and no country of its own ("…: monitor", "researchers say",
        "правозахисники", "연구진") is the one body of that kind the article names: a body of the registry (anywhere in
        it for a headline or a lede, before it elsewhere), or a speaker named before with a country ("the Syrian Observatory for Human Rights"; "researchers at
        Belgium's Ghent University"). When the article names two bodies of the kind, it stays as it is (no guess).
        The kinds are the comparison layer's (``claims.kinds``): rights and monitoring groups, research, media."""
        if speaker.names or speaker.pronoun or not (speaker.how == "role" or speaker.how.startswith("article")):
            return None
        kind = infer_kind(speaker.text)[0]
        if kind not in _KIND_POINTERS or self._indefinite(speaker):
            return None
        si = self.sentence_of(speaker.span[0])
        lede = next((s.paragraph for s in self.sentences if not s.title), -1)
        ahead = self.sentences[si].title or self.sentences[si].paragraph == lede  # a headline or a lede names ahead;
        # the story's later sentences point back only
        bodies = {known.organisation: known.country for start, known in self._registry_mentions()
                  if known.kind == kind and (ahead or start < speaker.span[0])}
        for earlier in self.known:
            if earlier is not speaker and earlier.country and not earlier.how.startswith("article") and (
                    earlier.kind or infer_kind(earlier.organisation)[0]) == kind and earlier.organisation not in bodies:
                bodies[earlier.organisation] = earlier.country
        if len(bodies) != 1 or len(set(bodies.values())) != 1:
            return None
        organisation, country = next(iter(bodies.items()))
        return replace(speaker, organisation=organisation, country=country, kind=kind, how="registry+kind")

    def _renamed(self, speaker: Speaker) -> Speaker:
        """A registry body of one state named bare ("소방청", "the National Police Agency") after the article named
        a body of that name with another nationality ("일본 총무성 소방청") or under another state's ministry ("총무성
        소방청" in news of Japan) is that other state's body."""
        own = {k for k in speaker.keys if k[:1].isalnum()} - self._small_words()
        if not own:
            return speaker
        body = set(self.lx.keys_of(speaker.matched)) if self.lx.korean is not None and speaker.matched else set()
        if body and body <= own and len(own - body) <= 3:  # "주드하 누그라하 외교부 재외국민보호국장": a person or an
            own = body  # office of the body the registry matched, after "인도네시아 외교부" is that state's
        for place in reversed(self._known_by_key.get(next(iter(own)), ())):
            earlier = self.known[place]
            if earlier.how.startswith(("country", "article")) and earlier.country \
                    and speaker.country not in earlier.country.split("|") \
                    and own <= earlier.keys:
                return replace(speaker, organisation=earlier.organisation, country=earlier.country, kind=earlier.kind,
                               how=earlier.how + "+coreference")
        return speaker

    def _abroad(self, speaker: Speaker, si: int | None) -> Speaker:
        """A body of the home country the registry knows by a name every state's body has ("국방부": the table's
        ``national_roles``), named bare in news of another country: when its sentence names no country, neither it nor
        the sentences just before speak of the home country (the table's ``home_words``: its people, "우리"; its other
        bodies), and the story's headline and lede speak of no home people either ("한국인 선원 2명이 …": then the
        home ministry speaks), it is the story country's body of that name ("브라질 남부 산사태 …. 국방부는 …")."""
        home = self.home
        if si is None or not home or not self.lx.words["home_words"] or speaker.country != home or not speaker.matched:
            return speaker  # (asked before the article's country, which is read only when needed)
        story = self.country()
        if not story or story == home or "|" in story:
            return speaker
        own = {k for k in speaker.sequence if k[:1].isalnum()} - self._small_words()
        if not own or not own <= set(self.lx.keys_of(speaker.matched)) or not all(
                k in self.lx.national for k in own):
            return speaker  # "한국 국방부", "국방부 대변인 김철수": more than the bare body; "국정원": one state's own
        owner = self.page_issuer()
        if owner is not None and owner.speaker.country == home and own <= owner.speaker.keys:
            return speaker  # "국방부는 …" on the ministry's own page (mnd_…): the page's body, not the story's namesake
        self._sentence_country(si, speaker)
        if self._sentence_countries[si][1] or self._speaks_of_home(si, speaker.span):
            return speaker
        before = [sj for sj in range(si - 1, max(-1, si - 3), -1)
                  if self.sentences[sj].paragraph == self.sentences[si].paragraph]
        if any(self._speaks_of_home(sj, (0, 0)) for sj in before) or self._home_story():
            return speaker
        return replace(speaker, organisation=speaker.text, country=story, how="article+abroad")

    def _home_story(self, people: bool = False) -> bool:
        """Does the article's opening (headline and lede) speak of the home country's people or name it (the
        table's ``home_words``, "한국인 선원 2명"), so that a bare body of the home country there is the home
        country's own ("외교부는 …"), whatever country the story happens in? With ``people``, of its people only
        (``_speaks_of_home``)."""
        first = next((s.paragraph for s in self.sentences if not s.title), 0)
        lede = [si for si, s in enumerate(self.sentences[:8]) if s.paragraph <= first or s.title]
        if people:
            return any(self._speaks_of_home(si, self._credit_span(si), people=True) for si in lede)
        return any(self._speaks_of_home(si, self._credit_span(si), bodies=False) for si in lede)

    def _credit_span(self, si: int) -> tuple[int, int]:
        """The span of the wire credit opening sentence ``si`` ("(서울=연합뉴스) 홍길동 기자 ="): where the copy was
        written, not what the story speaks of."""
        return self.sentences[si].start, self.credit_end(si)

    def _speaks_of_home(self, si: int, span: tuple[int, int], bodies: bool = True, people: bool = False,
                        nation: str = "") -> bool:
        """Does sentence ``si`` name the home country, its people (``home_words``) or (with ``bodies``) a body of it the
        registry knows, outside ``span``?

        With ``people``, only the home's people: a home word ("교민") or a word of the home's people (the table's
        ``home_people``: "compatriots", "our nationals", "співвітчизників"), the home's nationality or name before or after a
        noun of people ("Filipino seafarers", "громадян України"), a nationality noun of people, or (English) the
        plural of the home's nationality ("Kenyans", "Nepalis"); not the home named as a place or a side ("accused
        Thailand"), nor its bodies. With ``nation``, that country stands for the home (its words of home aside)."""
        home = nation or self.home
        w = self.words(si)
        homes, phrases = self.lx.words["home_words"], self.lx.words["home_words_phrases"]
        if people:  # ("compatriots", "our nationals", "співвітчизників", "наших граждан")
            homes, phrases = homes | self.lx.words["home_people"], phrases | self.lx.words["home_people_phrases"]
        cased = self.lx.korean is None and self.lx.table["morphology"] == "none"  # (English writes "Kenyans")
        for i in range(len(w)):
            if span[0] <= w.start[i] < span[1]:
                continue
            if not nation and (w.key[i] in homes or (i + 1 < len(w) and f"{w.key[i]} {w.key[i + 1]}" in phrases)):
                return True
            m = country_at(w, i, self.lx)
            if m and m[1] == home and (not people or self._whose_people(w, i + m[0]) or self._of_people(w, i)
                                       or self._citizens(w, i, m[0]) or (m[0] == 1 and self._people_word(w, i))):
                return True
            if people and m is None and (w.is_capital(i) or not cased) and self._demonym(w.key[i]) == home:
                return True  # "Kenyans", "українців": the home's people by a noun of its nation
            known = self.registry.match(w.key, w.text, i) if bodies and not people else None
            if known is not None and known[1].country == home and not (span[0] <= w.start[i] < span[1]):
                return True
        return False

    # -- headlines and issuers ------------------------------------------------------------------
    def digest_item(self, si: int) -> bool:
        """Does sentence ``si`` open an item of a digest: the first sentence of a line that opens with a bullet, a
        symbol before its first word ("▪️МЧС: …", "🔹 … — Мінсоцполітики.", "• Police: …", "🔴 … — МВА")? A digest's
        item is a headline of its own, its source given by the layout as a headline's is (before a colon, after a
        dash); a line opening on a letter, a digit, a quotation mark or a dash (a reply in a dialogue) is none."""
        s = self.sentences[si]
        if si > 0 and self.sentences[si - 1].paragraph == s.paragraph:
            if si > 1 and self.sentences[si - 2].paragraph == s.paragraph:
                return False
            label = self.words(si - 1)  # "▪️Эфиопия. Власти Тыграя: …": a label of its place or topic, a few words
            # and no verb, may open the item before its own first sentence
            content = [k for k in range(len(label)) if not label.is_punct(k)]
            return 0 < len(content) <= 3 and not any(self.lx.predicate_form(label.text[k]) for k in content) \
                and _bulleted(self.text, self.sentences[si - 1].start, self.sentences[si - 1].end)
        return _bulleted(self.text, s.start, s.end)

    def _headline(self, si: int, line: bool = False) -> Attribution | None:
        """A headline's source after a dash or a colon, or before a colon or a quotation; a digest's item
        (``digest_item``) reads as a headline, and so does (``line``) the last sentence of a headline line of several
        (``_headline_line``)."""
        s = self.sentences[si]
        w = self.words(si)
        n = len(w)
        lead = s.title or line or self.digest_item(si)  # (a headline, or a digest's item: a line's own headline)
        if lead and not s.title and n > 1 and w.text[n - 1] in (".", "!"):
            n -= 1  # ("🔹 … осіб, — Мінсоцполітики.": an item is a sentence, with its full stop)
        if not lead:
            if self.lx.korean is not None or n < 4 or w.text[n - 1] not in (".", "!"):
                return None
            n -= 1  # "Загинули семеро людей – поліція округу.": a body sentence may end on its source after a dash, as
            # a headline does (the dash-and-source branch only; a colon in a body sentence opens a list, not a claim)
        separators = set(str(x).strip() for x in self.lx.table["headline_separators"])
        if not lead:
            separators -= {":"}
        for i in range(n - 1, max(-1, n - 14), -1):  # "... - голова Донецької ОДА", "...: ethnic army"
            closed = i > 1 and (w.text[i - 1] in _QUOTE_MARKS or w.text[i - 1][-1:] in "'’")
            # ("“…”…국제이주기구": after a closing quotation an ellipsis leads to the headline's source)
            if (w.text[i] in separators or (w.text[i] == "…" and closed)) and i > 0 and n - i - 1 <= 12:
                quotes = [k for k in range(i + 1, n) if w.text[k] in _QUOTE_MARKS]
                quoted_name = quotes == [i + 1, n - 1] and n - i > 3 and w.text[i + 1] in "\"“«„"
                # ("… померли 38 дітей – «Лікарі без кордонів»": a name set in quotation marks, the whole source)
                named_inside = len(quotes) == 2 and quotes[0] > i + 1 and w.text[quotes[0]] in "«“„\"" \
                    and 1 < quotes[1] - quotes[0] <= 7 and w.text[quotes[0] + 1][:1].isupper() and not any(
                        w.text[k][:1].isdigit() for k in range(quotes[0], quotes[1]))
                # ("… – голова ГО «Родини полонених» Петро Гнатюк": a body's quoted name inside the source's phrase)
                if quotes and not quoted_name and not named_inside:
                    break  # "X “39명 사망”…Y “확인 중”": a second speaker with a quotation of its own, not the source
                found = self._phrase(w, i + 2, n - 1) if quoted_name else self._phrase(w, i + 1, n)
                if found is None and s.title and n - i == 2 and w.key[i + 1] in self.lx.words["document_nouns"]:
                    found = Speaker(w.text[i + 1], "", "", "document", span=(w.start[i + 1], w.end[i + 1]),
                                    keys=frozenset({w.key[i + 1]}), sequence=(w.key[i + 1],))  # "… - дослідження",
                    # "… - исследование": a study, a survey or a report, named by its noun alone, is the source
                last = next((k for k in range(n - 1, i, -1) if not w.is_punct(k) or w.text[k] == ")"), i)
                if found is not None and self.lx.korean is not None and not self._korean_head(w, last) and not (
                        w.text[last] == ")" and last >= 3 and self._korean_head(w, last - 3)):
                    found = None  # "“…”…갱단 폭력 격화": a topic (an escalation) after the quotation; Korean puts a
                    # speaker phrase's head (a role, a body, a country) last
                if found is not None and not lead and (_function_word(w.key[i + 1], self.lx) or self._copula_dash(w, i) or any(
                        self.lx.predicate_form(w.text[k]) for k in range(i + 1, n)) or not any(
                        w.key[k] in self.lx.roles or self.lx.roles.match(w.key, k)
                        or self.registry.match(w.key, w.text, k) for k in range(i + 1, n))):
                    found = None  # "… – найбільше в регіоні X.", "… – це найбільший інцидент в історії служби.": in a
                    # body sentence only a phrase of a role or a known body after the dash is its source, not a name
                    # the resolver does not know nor a clause
                if found is not None and lead and any(
                        self.lx.predicate_form(w.text[k]) and self.lx.speech.match(w.key, k) is None
                        and not w.is_capital(k) for k in range(i + 1, n)):
                    found = None  # "Нове кладовище за околицею: що сталося з жителями …", "Graves in the field: what
                    # happened to …": a clause with a verb of its own after the separator is the headline's
                    # second half, not its source (a source may hold only a verb of saying: "– повідомили в ОВА")
                if found is not None:
                    return Attribution(w.start[i], found, "headline", True)
                break
        body_colon = not lead and self._body_colon_source(w, n)
        if not lead and not body_colon:
            return None
        tag = 0  # "[속보] X “…”", "[Update] X: …": a bracketed tag opening the headline is no part of its source
        if n > 2 and w.text[0] in "[【":
            tag = next((k + 1 for k in range(1, min(n, 4)) if w.text[k] in "]】"), 0)
        marks = "\"“«'‘" if self.lx.korean is not None else "\"“«"  # (Korean headlines quote in single marks too)
        passed = tag  # words of a quoted name passed over ("日 '10년 만의 폭설'에 …": its closing mark opens nothing)
        for i in range(tag, min(n, 12 + tag)):  # "Зеленський: ...", "이스라엘 “인질 20명 ...”"
            if i < passed:
                continue
            colon = w.text[i] == ":" or (self.lx.korean is not None and w.text[i] == "," and tag < i <= tag + 4
                                         and (not any(w.text[k] in marks for k in range(i + 1, n))
                                              or self._clause_then_quotation(w, i, marks))
                                         and not self._act_then_toll(w, i, n, marks))
            # ("정부, 피해 지역에 구호대 48명 파견": a Korean headline names its actor before a comma as before a colon)
            if w.text[i] in "\"'" and i > tag and self.lx.korean is not None \
                    and sum(w.text[k] == w.text[i] for k in range(tag, i)) % 2:
                continue  # '"…숨져"…정부는 "310명 체포"': the mark that closes a quotation opening the headline opens
                # none; the source stands before the next one
            if body_colon and not colon:
                continue  # (in a body sentence only the colon names a source before it, as a headline's does)
            if colon or (w.text[i] in marks and i > tag):
                if w.text[i] in "'‘":  # "태풍 '파가사' …": single marks around a name; a headline's claim holds a number
                    close = next((k for k in range(i + 1, n) if "'" in w.text[k] or "’" in w.text[k]), n - 1)
                    # (the closing mark may be glued to a particle: "폭설'에")
                    if not self._holds_count(w, i + 1, close + 1, people=True):
                        passed = close + 1
                        continue  # ("日 '10년 만의 폭설'에 12명 사망": a quoted phrase of no count of people is a name)
                a = tag  # "산사태…국제이주기구 “…”": the source is what follows the headline's ellipsis
                for k in range(tag + 1, i):
                    if "…" in self.text[w.end[k - 1]:w.start[k]] or w.text[k - 1] in (".", "…"):
                        a = k
                if i - a > 6:
                    break
                b = i - 1 if i - 1 > a and w.text[i - 1] == "," else i  # "X, “…”": a comma may close the source
                found = self._phrase(w, a, b)
                if found is None and b - a == 1 and w.text[i] == ":" and self._full_name(w.text[a], w.end[a]):
                    found = resolve(w, a, b, self.lx, self.registry, self.text, False)  # "Богомаз: …" (a surname that
                    # is also a dictionary word), the person the story names in full ("губернатор Александр Богомаз")
                if found is None and i - a == 1 and w.key[a] in self.lx.roles and w.key[a] in self.lx.words["pronouns"]:
                    role = resolve(w, a, i, self.lx, self.registry, self.text, a == 0)  # "…당국 “9명 사망”": a bare
                    found = replace(role, pronoun=False) if role is not None else None  # role, the lede's source
                if found is not None and found.how == "name" and any(
                        w.key[k] in self.lx.words["place_prepositions"] for k in range(a, i)):
                    found = None  # "Building collapse in Lagos: …" names a topic and its place, not a source
                if found is not None and colon and self.lx.korean is None and (
                        all(w.key[k] in self.lx.words["headline_tags"] for k in range(a, b)) or (
                        found.how == "name" and w.text[b - 1][:1].islower() and w.key[b - 1] not in self.lx.roles)):
                    found = None  # "LIVE: …", "UPDATE: …" label the page; "Budalang'i floods: …", "Maluku ferry fire: …"
                    # name an event (a name whose last word, its head, is a common word and no role), not a source
                if found is not None and colon and self._names_event(w, a, b):
                    found = None  # "Floods: death toll climbs to 46", "Cyclone Tamsin: …", "Border war: …": a headline
                    # that opens on an incident names its topic, not a source (not "Fire service: …": a role after it)
                if found is not None and colon and w.key[a] in self.lx.words["place_prepositions"] \
                        and not found.how.startswith("registry"):
                    found = None  # "У Малі бойовики атакували колону: …": a clause that opens on its place is the topic
                if found is not None and found.how in ("name", "role") and self.lx.common(w.text[a]) and not any(
                        w.key[k] in self.lx.roles and not self._where_it_happened(w, a, k) for k in range(a, i)) and not (
                        b - a == 1 and self._full_name(w.text[a], w.end[a])):
                    found = None  # "Ракетний удар по порту Одеси: …": a headline opening with a common word is a topic
                head = b - 1  # "국제이주기구(IOM) “…”": the name before its bracketed acronym ends the phrase
                if w.text[head] == ")" and head >= 3 and w.text[head - 2] == "(":
                    head -= 3
                titled = False
                if found is None and self.lx.korean is not None and b - a == 1:
                    named = resolve(w, a, b, self.lx, self.registry, self.text, a == 0)
                    if named is not None and named.how == "name" and named.names and self._titled(named) is not named:
                        found, titled = named, True  # "젤렌스키 “…”": a bare name the story gives a title elsewhere
                        # ("볼로디미르 젤렌스키 우크라이나 대통령은")
                if found is None and self.lx.korean is not None and b - a == 1 and w.text[i] in marks \
                        and self._korean_short_name(w.text[a], w.end[a]):
                    found, titled = Speaker(w.text[a], w.text[a], "", "", "name", keys=frozenset({w.key[a]}),
                                            names=(w.text[a],), span=(w.start[a], w.end[a]),
                                            sequence=(w.key[a],)), True  # "진실화해위 “…”": a short name of a body
                    # the story names in full ("진실·화해를위한과거사정리위원회"), resolved to it (``_abbreviated``)
                if found is not None and self.lx.korean is not None and not titled and not self._korean_head(w, head) \
                        and not (i - a == 2 and country_at(w, a, self.lx)):  # (a country and one noun: "기니 야권")
                    found = None  # "난민촌 대형 화재…“…”": a topic (a fire) before the quotation; Korean puts a speaker
                    # phrase's head (a role, a body, a country) last
                if found is None and self.lx.korean is not None and self._claimed(w, i):
                    head_at = next((k for k in range(a, b - 1) if self._korean_head(w, k)), None)
                    while head_at is not None and head_at + 2 < b and self._korean_head(w, head_at + 1):
                        head_at += 1  # ("미얀마 반군": the whole phrase of heads)
                    found = self._phrase(w, a, head_at + 1) if head_at is not None else None  # "X 배후 자처…“…” 주장": the actor
                    # that opens the headline claims what its closing statement noun says
                if found is not None and colon and found.how == "country" and not any(
                        w.key[k] in self.lx.roles or _korean_role(w.key[k], self.lx) or self.lx.roles.match(w.key, k)
                        or self.registry.match(w.key, w.text, k) for k in range(a, i)):  # ("Kenya Red Cross: …")
                    found = None  # "Burkina Faso: dozens killed …": a country alone is the topic (not so before a
                    # quotation: "이스라엘 “인질 20명 …”" is the government speaking)
                if found is not None:
                    return Attribution(w.start[i], found, "headline", False)
                if w.text[i] == ",":
                    continue  # (a topic before a comma: "산사태, …")
                break
        return None

    def source_label(self, si: int, w: Words, a: int) -> bool:
        """Is the label before the colon or dash right before the number at word ``a`` of sentence ``si`` the
        source a headline's layout names ("ООН: 60 человек погибли", "ВОЗ: 12 …"), not a tally's item of things
        ("танків – 10 634")? A body's acronym reads as an inanimate noun."""
        label = tally_label(w, a)
        att = self._headline(si) if label is not None else None
        return att is not None and att.speaker is not None and att.speaker.span[0] <= w.start[label[0]] \
            and w.end[label[1] - 1] <= att.speaker.span[1]

    def _body_colon_source(self, w: Words, n: int) -> bool:
        """Does a sentence of the body open as a headline does on its source before a colon ("ООН: более 60 тысяч
        человек бежали …" after the item's first sentence, "Минздрав области: в больницу доставлены четыре человека"
        under a live blog's time stamp): a colon within the first words, the phrase before it a body the registry knows
        or a role of a body (not of people, nor a name, a country, an incident or a place alone), with no verb, no
        quotation mark and no
        other mark, and a count after it with no quotation opening the claim (a speaker's quotation after a colon is
        ``_opened_after_colon``'s)? A colon after a clause ("Причина проста: …", "Напомним: …") is no source."""
        if self.lx.korean is not None:
            return False
        colon = next((k for k in range(min(n, BODY_COLON_REACH + 1)) if w.text[k] == ":"), None)
        if colon is None or colon == 0 or any(w.is_punct(k) and w.text[k] not in "-()" for k in range(colon)):
            return False
        if any(self.lx.predicate_form(w.text[k]) for k in range(colon)):
            return False
        if any(w.text[k] in _QUOTE_MARKS for k in range(colon + 1, min(n, colon + 3))):
            return False
        if not any(self.registry.match(w.key, w.text, k) for k in range(colon)) and (
                not self.lx.inanimate(w.text[0]) or not any(w.key[k] in self.lx.roles or self.lx.roles.match(w.key, k)
                                                      for k in range(colon))):
            return False  # (a role of people, "Спасатели: …", "Соседи: …", in the body is the narrator's summary of
            # what they did or said, not a source given by the layout; a body is: "Минздрав области: …")
        return self._holds_count(w, colon + 1, n)

    def _copula_dash(self, w: Words, i: int) -> bool:
        """Does the dash at word ``i`` stand for "is" after a part of the people just counted ("більшість із них –
        військові", "серед загиблих – діти"): a pronoun or a word of a part in the clause before it?"""
        k = i - 1
        while k >= 0 and w.text[k] != ",":
            if w.key[k] in self.lx.words["pronouns"] or self.lx.subsets.match(w.key, k) is not None:
                return True
            k -= 1
        return False

    def _names_event(self, w: Words, a: int, b: int) -> bool:
        """Do words[a:b] name an incident (a word of the table's ``incident_nouns``) with no role, body nor registry
        name after it ("Floods", "Cyclone Tamsin", "Sinaloa cartel war"; not "Fire service", "Earthquake Commission")?"""
        events = self.lx.words["incident_nouns"]
        last = next((k for k in range(b - 1, a - 1, -1) if w.key[k] in events), None)
        return last is not None and not any(
            (w.key[k] in self.lx.roles or self.lx.roles.match(w.key, k) or self.registry.match(w.key, w.text, k))
            and not self._where_it_happened(w, last, k) for k in range(last + 1, b))

    def _where_it_happened(self, w: Words, event: int, k: int) -> bool:
        """Does the body at word ``k``, after the incident's or the topic's first word at ``event``, stand in the place
        phrase that says where it happened, a place's preposition and at most two modifiers before it ("Взрыв на
        деревообрабатывающем предприятии в Речице", "Пожар в больнице Тбилиси")? It is then no source."""
        places = self.lx.words["place_prepositions"]
        return any(w.key[p] in places and all(self.lx.modifier(w.text[x]) for x in range(p + 1, k))
                   for p in range(max(event + 1, k - 3), k))

    def _full_name(self, word: str, after: int) -> bool:
        """Does the text after ``after`` name a person whose surname is ``word``, a capitalised given name before it
        ("Александр Богомаз")?"""
        if self.lx.korean is not None or not word[:1].isupper() or not word.isalpha():
            return False
        pattern = re.compile(rf"\b([^\W\d_]{{2,}})\s+{re.escape(word)}\b")  # a capital in any script, no letter list
        return any(m.group(1)[0].isupper() and not self.lx.common(m.group(1))
                   for m in pattern.finditer(self.text, after, after + 5000))

    def _korean_short_name(self, word: str, after: int) -> bool:
        """Does the text after ``after`` name in full a body the Korean ``word`` abbreviates (``_korean_abbreviates``)?"""
        if len(word) < 3:
            return False
        ahead = self.text[after:after + 3000]
        return f"({word})" in ahead or any(_korean_abbreviates(word, m.group())
                                           for m in _HANGUL_RUN.finditer(ahead) if m.group()[0] == word[0])

    def _clause_then_quotation(self, w: Words, comma: int, marks: str) -> bool:
        """Korean: after the comma at word ``comma`` of a headline, a clause ending on an ellipsis, then the headline's
        one quotation ("방글라데시 법원, 봉제공장 화재 공장주에 종신형… “비상구 잠가 64명 숨져”"): the actor before the
        comma says what the quotation holds, as before a colon."""
        opening = next((k for k in range(comma + 1, len(w)) if w.text[k] in marks), None)
        return opening is not None and opening > comma + 1 and "…" in (w.text[opening - 1] + self.text[
            w.end[opening - 1]:w.start[opening]]) and sum(w.text[k] in marks for k in range(opening, len(w))) == 2

    def _act_then_toll(self, w: Words, comma: int, n: int, marks: str) -> bool:
        """Korean: after the comma at word ``comma`` of a headline, the actor's own act ends on an ellipsis before any
        count, and the count stands after it with no quotation ("콜롬비아 반군, 경찰서에 드론 공격…경찰관 4명 사망",
        "군부, 마을 학교 공습…어린이 등 수십명 사상"): the actor is the subject of the act (an attack), not the
        source of the toll that follows it, which is the outlet's. Not "정부, 피해 지역에 구호대 48명 파견": the
        actor's act governs its count. With a quotation after the ellipsis, only an act of the table's
        ``hostile_nouns`` makes the actor no source ('군부, 마을 공습…"어린이 포함 30여 명 사망"'; not "법원, 공장주에
        종신형… "비상구 잠가 64명 숨져"": ``_clause_then_quotation``)."""
        quoted = any(w.text[k] in marks for k in range(comma + 1, n))
        for k in range(comma + 1, n):
            if "…" in w.text[k] or "…" in self.text[w.end[k - 1]:w.start[k]]:
                cut = k if "…" in self.text[w.end[k - 1]:w.start[k]] or w.text[k] == "…" else k + 1
                if cut <= comma + 1 or self._holds_count(w, comma + 1, cut) or cut >= n:
                    return False
                if quoted:  # '군부, 마을 공습…"어린이 포함 30여 명 사망"': an actor whose act is a hostile one (the
                    # table's hostile_nouns) did the harm the quotation counts, and is not the one quoted (not "법원,
                    # 공장주에 종신형… "…64명 숨져"": a court that sentences says what the quotation holds)
                    hostile = self.lx.words["hostile_nouns"]
                    return any(w.key[x] in hostile or w.key[x].removesuffix("하다") in hostile
                               for x in range(comma + 1, cut))  # (the noun or its verb: 공습, 공습하다)
                return self._holds_count(w, cut, n, people=True)
            if w.text[k] in marks:
                return False
        return False

    def _claimed(self, w: Words, i: int) -> bool:
        """Does the Korean headline's quotation opening at word ``i`` close the headline before a statement noun alone
        ("…“30명 이상 처단” 주장", "… 발표": the table's ``estimate_nouns``), one the headline's actor makes?"""
        n = len(w)
        return i + 2 < n and w.text[n - 2] in _QUOTE_MARKS and w.key[n - 1] in self.lx.words["estimate_nouns"] \
            and not any(w.text[k] in _QUOTE_MARKS for k in range(i + 1, n - 2))

    def _korean_head(self, w: Words, k: int) -> bool:
        """Does word ``k`` end a Korean speaker phrase: a role, a state body's compound, a country, a registry name or
        a Latin acronym?"""
        key = w.key[k]
        if key in self.lx.roles or _korean_role(key, self.lx) or country_at(w, k, self.lx) or _acronym(w.text[k]):
            return True
        return any((m := self.registry.match(w.key, w.text, j)) is not None and j + m[0] == k + 1
                   for j in range(max(0, k - 4), k + 1))

    def _headline_more(self, si: int, first: Attribution) -> list[Attribution]:
        """The sources of a headline's later quotations, each named right before its own ("北 "… 대피"…국정원 "… 사망
        추정"": the second quotation is the spy agency's), after the first source found before a quotation."""
        if first.trailing:
            return []
        w = self.words(si)
        marks = [k for k in range(len(w)) if w.text[k] in _QUOTE_MARKS and w.start[k] >= first.position]
        out = []
        for m in range(2, len(marks) - 1, 2):  # marks pair up: open, close, open, close …
            a, b = marks[m - 1] + 1, marks[m]
            while a < b and w.is_punct(a):
                a += 1  # "…", ",": what joins the quotations
            if 0 < b - a <= 6:
                found = self._phrase(w, a, b)
                if found is not None and not found.pronoun:
                    out.append(Attribution(w.start[b], found, "headline", False))
        return out

    def _holds_count(self, w: Words, a: int, b: int, people: bool = False) -> bool:
        """Do words[a:b] of a headline hold a count in words ("погибли трое граждан"): a claim, not its source? With
        ``people``, only a number that may count people does ("'10년 만의 폭설'": 만 with a particle is none)."""
        start, end = w.start[a], w.end[b - 1]
        k = bisect.bisect_right(self.starts, start) - 1
        if k < 0:
            return False
        return any(start <= r.start < end and not (people and (j := w.at(r.start)) < len(w) and not_people(
            w, j, w.at(r.end - 1) + 1, r, self.lx)) for r in self.ranges(k))

    def _phrase(self, w: Words, a: int, b: int) -> Speaker | None:
        if a >= b or not phrase_has_head(w, a, b, self.lx, self.registry, a == 0) or self._holds_count(w, a, b):
            return None  # "Хинштейн: при атаке БПЛА погибли два человека": what follows the colon is the claim
        found = resolve(w, a, b, self.lx, self.registry, self.text, a == 0)
        if found is None or found.pronoun or any(any(ch.isdigit() for ch in w.text[k]) and not (
                "registry" in found.how and w.text[k] in found.matched) for k in range(a, b)):
            return None  # (a number in the words is a count, unless the registry's name holds it: "M23 seized …")
        return found

    def issuer(self) -> Found | None:
        """The author of a statement written in the first person: named in its first lines."""
        if self._issuer is not False:
            return self._issuer  # type: ignore[return-value]
        self._issuer = None
        owner = self.page_issuer()
        if owner is not None:  # a body's own page (its slug or address names it): its unattributed sentences and
            self._issuer = owner  # its "we" are the body's, whoever its furniture names
            return owner
        credited = self._credited_issuer() or self._announcing_issuer() or self._press_office_issuer()
        if credited is not None:
            self._issuer = credited
            return credited
        voiced = 0
        embedded = self._embedded_documents()  # (a document given whole inside the article is its issuer's, not the
        # page's: "Армія повідомила … .\nЗаява ДПСУ\nНаші прикордонники …")
        for si in range(len(self.sentences)):
            s = self.sentences[si]
            if self._in_quote(s.start) or s.paragraph in embedded:
                continue
            if self._we_speak(si):
                voiced += 1
            if voiced >= 2:
                break
        release = self._release_lines()
        about = self._about_issuer()
        signed = self._signature() if release else None
        if signed is not None and not voiced:  # a release in the third person ("Press Release" … "The Ministry
            self._issuer = Found(signed, "issuer", f"the release's signature {signed.text!r}")  # wishes to inform
            return self._issuer  # …" … "Ministry of Foreign Affairs / Colombo"): the body that signs it speaks
        if release and not voiced and about is None and any(self.sentences[r].title or self._closing_word(r)
                                                              for r in release):
            opener = self._release_issuer(release)  # "보도자료" over "청주시는 … 밝혔다. … 주민 2명이 숨지고 …": a
            if opener is not None:  # release in the third person is the body's that opens it, as one in the first
                self._issuer = opener
                return opener
        if self.official and voiced < 2 and about is None and not release:
            self._issuer = self._official_issuer()  # a page of an official site the user named, in the third person:
            return self._issuer  # its body's own news
        if voiced < (1 if release or about or (voiced and self._signature_issuer()) else 2):  # two sentences in the
            return None  # first person outside quotations (one in a release whose furniture says so, or one signed on
            # the last line: "Упродовж доби ми евакуювали …" over "Головне управління ДСНС …"), and an issuer named below
        if about is not None:
            self._issuer = about
            return about
        if release:
            opener = self._release_issuer(release)
            if opener is not None:
                self._issuer = opener
                return opener
        markers = self.lx.words["issuer_markers_phrases"]
        marker_firsts = phrase_firsts(markers)
        statement = self.lx.words["statement_words"]
        for si in range(min(6, len(self.sentences))):
            w = self.words(si)
            for i in range(len(w)):
                for length in (3, 2, 1) if may_open(w.key[i], marker_firsts) else ():
                    if " ".join(w.key[i:i + length]) in markers and i + length < len(w) and (
                            length > 1 or i == 0 or w.is_punct(i - 1)):  # (a marker of one word, "by", opens its
                        # line: "By the Ministry of Health", not "IOM and UNHCR alarmed by sharp rise in …")
                        a = i + length
                        b = a
                        while b < len(w) and b - a < 10 and w.text[b] not in (".", ";", "("):
                            b += 1
                        found = self._phrase(w, a, b)
                        if found is not None and not found.anaphoric:
                            self._issuer = Found(self._corefer(found), "issuer",
                                                 f"the statement's issuer {found.text!r}")
                            return self._issuer
                if w.key[i] in statement and i > 0:
                    a = i
                    while a > 0 and i - a < 4 and not w.is_punct(a - 1):
                        a -= 1
                    end = next((k for k in range(a, i) if self.lx.speech.match(w.key, k)), i)  # "The ethnic armed
                    # group posted a statement": the verb ends the phrase of who made it
                    found = self._phrase(w, a, end)
                    if found is not None and end < i and (kind := self._opening_kind(si)) is not None:
                        found = replace(kind, anaphoric=False)  # the body a bare kind noun opening the sentence is
                    if found is not None and not found.anaphoric and (found.how in ("registry", "country") or any(
                            k in self.lx.roles for k in found.keys)):  # (a body: not "PRESS STATEMENT", a name alone)
                        self._issuer = Found(found, "issuer", f"the statement's issuer {found.text!r}")
                        return self._issuer
        signer = self._signature_issuer() if not release else None
        if signer is not None:
            self._issuer = signer
            return signer
        heading = self._labelled_issuer() or self._heading_issuer() or self._headline_issuer() or self._hashtag_issuer() \
            or self._contact_issuer() or (self._official_issuer() if self.official else None)
        if heading is not None:
            self._issuer = heading
        return heading

    def page_issuer(self) -> Found | None:
        """The body whose own page the text is, by what its address or file name says (``page``, none for a news
        outlet's page): the body of the outlets registry that publishes it; else a body the page names whose name a
        label of its slug or host spells (``outlets.spells``: "ngu" and "Національної гвардії України", "nordviktankers"
        and "Nordvik Tankers AS", "moz" and "міністра охорони здоров'я"); else the one body of the registry a label
        spells strictly (``RegistryIndex.spelled``: "ohchr", "wfp", "npu"). A body of no country of its own takes the
        country of the page's address (".no"), a body of a country's state the page's home. None when the labels spell
        no body. Computed once."""
        if self._page_owner is not False:
            return self._page_owner  # type: ignore[return-value]
        self._page_owner = None
        page = self.page
        if page is None:
            return None
        if page.owner is not None:
            organisation, country = page.owner
            kind = next((k.kind for k, _, name in self.registry._known_names if k.organisation == organisation
                         or name == organisation), "")
            speaker = Speaker(organisation, organisation, country, kind=kind, how="registry")
            self._page_owner = Found(speaker, "issuer", f"the page of {organisation!r}, by its address")
            return self._page_owner
        labels = [label for label in page.labels if re.search(r"[a-z]", label) and len(label) >= 3]  # (two letters,
        # "kp", "sc", spell too many a body's initials to tell a page's own)
        if page.official and self.official and (named := self._official_issuer()) is not None:
            if any(spells(label, named.speaker.text, whole=True) for label in labels):
                named = self._owner(named.speaker, "its address spells the body its first lines name")  # (its state's)
            self._page_owner = named  # (an official site's page names its body in its first lines, as it writes it)
            return named
        if not labels:
            self._page_owner = self._furniture_owner() if page.official else None
            return self._page_owner
        spelled = frozenset().union(*(self.registry.spelled_loosely(label) | frozenset(self.registry.spelled(label))
                                      for label in labels))
        for offset, known in self._registry_mentions() if spelled else ():  # (a body of the registry the page names)
            if known in spelled:
                speaker = Speaker(known.organisation, known.organisation, known.country, kind=known.kind,
                                  how="registry")
                si = bisect.bisect_right(self.starts, offset) - 1
                w = self.words(si)
                k = w.at(offset)
                m = self.registry.match(w.key, w.text, k) if k < len(w) else None
                if m is not None and m[1] == known:  # (the phrase as the page writes it: "МЧС России")
                    speaker = resolve(w, k, k + m[0], self.lx, self.registry, self.text, k == 0) or speaker
                if (elsewhere := self._other_states_namesake(known)):
                    speaker = replace(speaker, organisation=speaker.text, country=elsewhere)
                self._page_owner = self._owner(speaker, "a body the page names")
                return self._page_owner
        named = self._named_owner(labels)
        if named is not None:
            self._page_owner = named
            return named
        for label in labels:
            bodies = self.registry.spelled(label)
            if len(bodies) > 1 and page.official and page.country:
                bodies = tuple(known for known in bodies if known.country == page.country)  # "mofagokr": of the
                # foreign ministries "mofa" spells, the one of the state whose official site the page is
            if len(bodies) > 1:
                own = tuple(known for known in bodies if label in spellings(known.organisation) and known.country
                            and known.country in (self.home, self.lx.table.get("home_country", ""), page.country))
                bodies = own if len(own) == 1 else bodies  # "zsu": the body of the page's home whose own name it
                # spells ("Armed Forces of Ukraine (ZSU)"), not one that has it inside another of its names ("Повітряні
                # сили ЗСУ"); not a body abroad an acronym happens to spell ("abc.go.com" is no US NGO's "ABC")
            if len(bodies) == 1:
                known = bodies[0]
                name, country = known.organisation, known.country
                if page.official and page.country and known.country and known.country != page.country:
                    name = self._spelled_alias(known, label)  # "mchsgovby": Belarus's МЧС, which the registry
                    # knows only as Russia's; the page's state's body of that name, not the other state's
                elif (elsewhere := self._other_states_namesake(known)):
                    name, country = self._spelled_alias(known, label), elsewhere
                self._page_owner = self._owner(Speaker(name, name, country, kind=known.kind, how="registry"),
                                               "the registry's body")
                return self._page_owner
        return None

    def _other_states_namesake(self, known: Known) -> str:
        """The article's country when the state body ``known`` its page's label spells is another state's namesake:
        a body of a state the article never names by a country word, while it is about another country ("ndma" and
        "NDMA", which the registry knows as Indonesia's, on a page of floods in Chitral, Pakistan: Pakistan's
        authority of that name). Else ""."""
        if known.kind not in _STATE_KINDS or not known.country or "|" in known.country or known.country in (
                self.home, self.lx.table.get("home_country", "")):
            return ""  # (a page of the language's or the outlet's home names its own state bare: "국방부" on mnd.go.kr)
        country = self.country()
        if not country or "|" in country or country == known.country or self._worded_named(known.country):
            return ""
        return country

    def _spelled_alias(self, known: Known, label: str) -> str:
        """The acronym opening a name the registry gives ``known`` that the page's ``label`` spells ("МЧС" of "МЧС
        России" for "mchs"), else the label in capitals ("NDMA"): a body another state's registry entry shares its
        name with, named as its page names it, not by the other state's body's full name."""
        names = [name for body, _, name in self.registry._known_names if body == known and label in spellings(name)]
        acronyms = [name.split()[0] for name in names if "".join(latin_words(name.split()[0])) == label]
        if acronyms:
            return acronyms[0]  # ("МЧС России": its acronym without the other state's name)
        return label.upper()  # (not another of its names: "National Disaster Mitigation Agency" is Indonesia's own)

    def _country_alone(self, speaker: Speaker) -> bool:
        """Does the phrase name a country and nothing else: no role, no body's noun, no name ("Ukraine", "України")?
        A page's address that spells it ("ukraine.un.org") says where the page's body works, not which body it is."""
        return speaker.how == "country" and not speaker.names and not speaker.kind and not any(
            k in self.lx.roles or self.lx.roles.match([k], 0) for k in speaker.keys)

    def _release_place(self) -> str:
        """The country of the first place a release's furniture line names ("Press release | Oslo, 22 May 2024": NO),
        or ""."""
        for si in self._release_lines():
            w = self.words(si)
            for k in range(len(w)):
                place = self._place_code(w, k)
                if place is not None:
                    return place[1]
        return ""

    def _furniture_owner(self) -> Found | None:
        """On an official site's page whose address names no body ("www.gov.uk/…"), the body a line of its heading
        names and nothing else ("From:" / "Ministry of Defence", under the headline and the summary): a line among its
        first twelve with no verb and no number, of a body of a kind or a role's body placed in a country."""
        for si in range(min(12, len(self.sentences))):
            s = self.sentences[si]
            w = self.words(si)
            words = [k for k in range(len(w)) if not w.is_punct(k)]
            if not s.title or not 1 <= len(words) <= 8 or self.ranges(si) or any(
                    self.lx.speech.match(w.key, k) or self.lx.predicate_form(w.text[k]) for k in words):
                continue
            end = next((k for k in words if k and w.key[k] in self.lx.words["coordinators"]), len(w))
            start = next((k + 1 for k in range(min(3, len(w))) if w.text[k] == ":"), 0)  # ("From: Ministry of
            # Defence": the label before its colon is no part of the body's name)
            found = self._phrase(w, start, end) if start < end else None  # (the first of the bodies a line names:
            # "Ministry of Defence and …")
            if found is None or found.anaphoric or found.pronoun or found.names or found.kind == "media" or not (
                    found.country or found.kind == "international" or self.page is not None and self.page.country) \
                    or not (found.how == "registry" or found.kind or any(k in self.lx.roles for k in found.keys)):
                continue
            if self.page is not None and self.page.official and self.page.country and (
                    found.kind == "international" or (found.country and self.page.country not in found.country.split("|"))):
                continue  # ("Troops to Latvia as NATO exercise begins" on gov.uk: the news's subject, not "From:" its
                # issuer, the Ministry of Defence)
            return self._owner(found, "its heading names it")
        return None

    def _owner(self, speaker: Speaker, how: str) -> Found:
        """The page's owner ``speaker`` as its issuer, placed in the page's country when it has none of its own."""
        if speaker.how == "registry" and not speaker.country and speaker.organisation in self.registry.shared:
            speaker = self._shared_body(speaker, None)  # ("NDMA" on ndma.gov.pk: Pakistan's, not India's)
        if speaker.kind != "international" and self.page is not None and self.page.country and (
                not speaker.country or self.page.official):
            speaker = replace(speaker, country=self.page.country)  # (a state's official site is its own body's: "МОН"
            # on mon.gov.ua is Ukraine's, whatever else the acronym may read as)
        return Found(replace(speaker, anaphoric=False, pronoun=False), "issuer",
                     f"the page's own body {speaker.organisation!r} ({how}), by its address")

    def _named_owner(self, labels: list[str]) -> Found | None:  # noqa: C901
        """A body the page names, not of the registry, whose words a label spells: the phrase of up to six words
        opening on the label's first letter that resolves to a body (a role of a body, a name with a body's noun:
        "Nordvik Tankers AS", "міністра охорони здоров'я"), in the page's first 60 sentences."""
        for si in range(min(60, len(self.sentences))):
            w = self.words(si)
            for i in range(len(w)):
                if w.is_punct(i):
                    continue
                latin = latin_initial(w.text[i])
                for label in labels:
                    if not latin or latin != label[0]:
                        continue
                    for j in range(i + 1, min(len(w), i + 6) + 1):  # (the shortest phrase: the body, not a name
                        # after it, "міністра охорони здоров'я Ірина Коваль")
                        if any(w.is_punct(k) for k in range(i, j)) or not spells(label, " ".join(w.text[i:j]), whole=True):
                            continue
                        found = self._phrase(w, i, j)
                        if found is not None and found.kind == "media":
                            return None  # "© НГС", "LatAm Wire": the page names its outlet, a news outlet's page
                        if found is None or found.pronoun or (not self.page.official and self._country_alone(found)):
                            continue  # (a country's name alone is where the page's body works, not the body:
                            # "ukraine.un.org" is the UN's office for Ukraine, no page of Ukraine's; on a state's
                            # official site it is that state)
                        released = not (found.how == "registry" or found.kind or any(
                            k in self.lx.roles for k in found.keys))
                        if released and (self.lx.korean is not None or not (
                                self.page.official or self._release_lines()) or not all(
                                w.is_capital(k) for k in range(i, j) if not w.is_punct(k))):
                            continue  # (a body of a kind, or a role's body: not an unknown outlet's name, "CBTV"; a
                            # name alone only on a page whose furniture says it is a release, "Press release | Oslo",
                            # or on a state's official site, "Пресслужба МОН" on mon.gov.ua)
                        if released and not found.country and not self.page.country:
                            found = replace(found, country=self._release_place())
                        if not (found.country or found.kind == "international" or self.page.country):
                            continue  # (a body of no country the page could place: its furniture may)
                        organisation = found.organisation or found.text
                        return self._owner(replace(found, organisation=organisation), "a body the page names")
        return None

    def _official_issuer(self) -> Found | None:
        """The body whose official page the text is (the user gave its address: ``official``), named in its first
        lines: the first body of the registry that is no outlet, else the first speaker of those lines that is a body
        (a role of a country: "The National Police Service regrets to announce …"). A page of a ministry's site in the
        third person ("Самолет МЧС России доставил …", then "В Нигер направлены 12 специалистов МЧС России") speaks
        for that body as its release does. None when its first lines name no body."""
        first = [si for si in range(len(self.sentences)) if self.sentences[si].paragraph <= 4][:6]
        state = self.page.country if self.page is not None and self.page.official else ""

        def foreign(country: str, kind: str) -> bool:  # a state's site ("gov.uk", "mil.ru") is none of another
            # state's bodies nor an international one's, whichever its first lines name first ("NATO exercise",
            # "бригад ВСУ": the news's subject, not its issuer)
            return bool(state) and (kind == "international" or (bool(country) and state not in country.split("|")))
        for si in first:
            w = self.words(si)
            for k in range(len(w)):
                m = self.registry.match(w.key, w.text, k)
                if m is not None and m[1].kind != "media" and not foreign(m[1].country, m[1].kind):
                    found = resolve(w, k, k + m[0], self.lx, self.registry, self.text, k == 0)
                    if found is not None and not found.pronoun and found.kind != "media" \
                            and not foreign(found.country, found.kind):
                        return Found(self._corefer(found), "issuer", f"the official page of {found.text!r}")
        for si in first:
            for _, issued in self.resolved(si):
                speaker = issued.speaker
                if not speaker.pronoun and speaker.kind != "media" and speaker.country and any(
                        k in self.lx.roles for k in speaker.keys) and not foreign(speaker.country, speaker.kind):
                    return Found(replace(speaker, anaphoric=False), "issuer", f"the official page of {speaker.text!r}")
        return self._state_body_named(first, state) if state else None

    def _state_body_named(self, first: list[int], state: str) -> Found | None:
        """The first body of the state ``state`` the sentences ``first`` name, as a phrase of a role placed in it by its
        own words ("Сводка Министерства обороны Российской Федерации о ходе …", "Report of the Ministry of Health of
        Kenya"), none of whose words verb: on a state's official site, the body that issues the page when the
        registry knows it by none of its names."""
        for si in first:
            w = self.words(si)
            for k in range(len(w)):
                if w.is_punct(k) or not (w.key[k] in self.lx.roles or self.lx.roles.match(w.key, k)) \
                        or w.key[k] not in self.lx.national:
                    continue
                end = next((x for x in range(k + 1, min(len(w), k + 7)) if w.is_punct(x) or (
                    self.lx.preposition(w.text[x]) and w.key[x] not in self.lx.words["np_glue"])), min(len(w), k + 7))
                for j in range(end, k, -1):  # (the longest phrase from the role on, up to a preposition of no name:
                    # "… Российской Федерации о ходе …")
                    if any(self.lx.predicate_form(w.text[x]) for x in range(k, j)):
                        continue
                    found = self._phrase(w, k, j)
                    if found is not None and not found.pronoun and not found.anaphoric and found.kind != "media" \
                            and found.country == state:
                        return Found(replace(found, anaphoric=False), "issuer", f"the official page of {found.text!r}")
        return None

    def _signature_issuer(self) -> Found | None:
        """The body or person who signs the statement on its last line, with no verb ("Вадим Філашкін, начальник
        Донецької ОВА", "Головне управління ДСНС України у Закарпатській області"); None when the last line is no
        signature."""
        last = len(self.sentences) - 1
        if last > 0 and not self._in_quote(self.sentences[last].start) and not self._we_speak(last):
            # (a closing line as "we", "We would like to thank residents.", is the statement's, no signature)
            w = self.words(last)
            words = [k for k in range(len(w)) if not w.is_punct(k)]
            if 0 < len(words) <= 14 and not any(self.lx.speech.match(w.key, k) for k in words) \
                    and any(w.key[k] in self.lx.roles for k in words) \
                    and not any(self.lx.predicate_form(w.text[k]) or any(
                        " ".join(w.key[k:k + n]) in self.lx.words["contact_nouns_phrases"] for n in (1, 2, 3))
                                for k in words) \
                    and w.tag[words[-1]] not in self.lx.words["predicate_tags"]:  # (a clause, '…할 방침이다', signs nothing;
                # nor one with a verb, "Звертайтеся на гарячу лінію …", nor where to read or call, "… – на
                # телеграм-каналі X", "Families can call the hotline of X")
                comma = next((k for k in range(len(w)) if w.text[k] == ","), None)
                found = (self._phrase(w, comma + 1, len(w)) if comma is not None else None) or self._phrase(w, 0, len(w))
                salutation = comma is not None and not any(w.key[k] in self.lx.roles for k in range(comma)) and any(
                    not w.is_punct(k) and not w.is_capital(k) for k in range(comma))  # "Thank you, Mr Chairperson."
                if found is not None and not found.anaphoric and not salutation and not self._addressed(found):
                    return Found(self._corefer(found), "issuer", f"the statement's signature {found.text!r}")
        return None

    def _hashtag_issuer(self) -> Found | None:
        """The body a closing line of hashtags names ("#Обмін #КоординаційнийШтаб", as a state body's post ends): a
        tag that, split where a small letter meets a capital, is a body of the registry or a phrase headed by a role
        signs the post (not a topic, "#Обмін", nor a country alone, "#Україна")."""
        last = len(self.sentences) - 1
        if last <= 0:
            return None
        s = self.sentences[last]
        line = self.text[s.start:s.end]
        if not _HASHTAG.search(line) or _HASHTAG.sub("", line).strip(" \t\n.,;|·"):
            return None  # (a line of tags and nothing else)
        for m in _HASHTAG.finditer(line):
            tag = m.group(1)
            phrase = "".join(" " + ch if k and ch.isupper() and tag[k - 1].islower() else ch for k, ch in enumerate(tag))
            w = tokenize(phrase, 0, len(phrase), self.lx)
            found = resolve(w, 0, len(w), self.lx, self.registry, phrase, True) if len(w) else None
            if found is None or found.pronoun or found.anaphoric or found.kind == "media" or not (
                    found.how == "registry" or any(k in self.lx.roles for k in found.keys)):
                continue
            found = replace(found, span=(s.start + m.start(1), s.start + m.end(1)))
            return Found(self._corefer(found), "issuer", f"the post's hashtag {m.group(0)!r}")
        return None

    def _addressed(self, speaker: Speaker) -> bool:
        """Is the speaker phrase one the text addresses: a line of its own that ends in a comma ("Mr Chairperson,",
        "Dear colleagues,"), the vocative of a statement read out? The one addressed is not the one who speaks."""
        words = {k for k in speaker.keys if k[:1].isalnum()}
        for si in range(len(self.sentences)):
            s = self.sentences[si]
            line = self.text[s.start:s.end].strip()
            if not line.endswith(",") or "\n" in line:
                continue
            w = self.words(si)
            if len(w) <= 6 and words and words <= {k for k in w.key if k[:1].isalnum()}:
                return True
        return False

    def _heading_issuer(self) -> Found | None:
        """A line of the heading, before the text's first sentence, that names a body and nothing else ("Delegation of
        Ruritania", "Ministry of Foreign Affairs of Ruritania"): the author of a statement in the first person."""
        for si in range(min(12, len(self.sentences))):
            w = self.words(si)
            if not self.sentences[si].title and len(w) > 6:
                break  # (the text's first sentence: a short line without a full stop may still be the heading's)
            if not len(w) or len(w) > 10 or any(self.lx.speech.match(w.key, k) for k in range(len(w))):
                continue
            first = next((k for k in range(len(w)) if not w.is_punct(k)
                          and w.key[k] not in self.lx.words["definite_determiners"]), len(w))
            reach = first + 2
            if len(w) <= 6 and (not any(self.lx.predicate_form(t) for t in w.text) if self.lx.table[
                    "morphology"] == "pymorphy3" else self.lx.korean is None and all(
                    w.is_capital(k) or w.key[k] in self.lx.words["np_glue"] for k in range(first, len(w)))):
                reach = len(w)  # "Сумська обласна військова адміністрація", "Waikato District Police": a line of no
                # verb (in English, a name's capitalised words and its glue) puts its head last
            if not any(self.lx.roles.match(w.key, k) or self.registry.match(w.key, w.text, k)
                       for k in range(first, min(len(w), reach))):
                continue  # a body's name opens on its head or one word before it ("Delegation of Ruritania",
                # "Permanent Mission of …"), not a headline's clause ("Chile sends firefighters to Bolivia")
            found = self._phrase(w, 0, len(w))
            if found is not None and not found.country and found.how != "registry" and si + 1 < len(self.sentences) \
                    and self.sentences[si + 1].title:  # "MINISTRY OF HEALTH / REPUBLIC OF UGANDA": the body's
                below = self.words(si + 1)  # country on the heading's next line, a line of its name alone
                m = country_at(below, 0, self.lx) if len(below) else None
                if m and m[1] and "|" not in str(m[1]) and m[0] == len(below):
                    found = replace(found, country=str(m[1]), how="country")
            if found is None or found.anaphoric or found.kind == "media" \
                    or not (found.how == "registry" or (found.country and any(k in self.lx.roles for k in found.keys))) \
                    or self._addressed(found):  # (a body of a kind: not "ENGLISH only", a nationality alone)
                continue
            return Found(self._corefer(found), "issuer", f"the statement's heading {found.text!r}")
        return None

    def _contact_issuer(self) -> Found | None:
        """The body whose own line to the public (the table's ``contact_nouns``: a hotline, a chat bot, an official
        site) the closing paragraphs of a text in the first person send its readers to ("зверніться на гарячу лінію
        Координаційного штабу", "call the hotline of the Missing Persons Centre"): the text's issuer, as a release's
        contact line tells whose it is. The body is named after the noun (its genitive, or after "of")."""
        nouns = self.lx.words["contact_nouns_phrases"]
        if not nouns or not self.sentences or self.lx.korean is not None:
            return None
        longest = max(len(n.split()) for n in nouns)
        firsts = phrase_firsts(nouns)
        last = self.sentences[-1].paragraph
        glue = self.lx.words["np_glue"] | self.lx.words["definite_determiners"]
        for si in range(len(self.sentences) - 1, -1, -1):
            s = self.sentences[si]
            if last - s.paragraph > 2:
                break  # (the closing paragraphs)
            if self._in_quote(s.start):
                continue
            w = self.words(si)
            for i in range(len(w)):
                length = next((n for n in range(longest, 0, -1) if " ".join(w.key[i:i + n]) in nouns), 0) \
                    if may_open(w.key[i], firsts) else 0
                if not length:
                    continue
                a = i + length
                while a < len(w) and w.key[a] in glue and not w.is_capital(a):
                    a += 1  # ("the hotline of the Centre")
                stop = next((k for k in range(a, min(len(w), a + 10)) if w.is_punct(k) or w.text[k][:1].isdigit() or (
                    k > a and not w.is_capital(k) and w.key[k] not in glue and (
                        self.lx.preposition(w.text[k]) or self.lx.predicate_form(w.text[k])))), min(len(w), a + 10))
                # (the body's words, up to a preposition or a verb: not "… штабу за номером 0 800 …")
                body = None
                for b in range(stop, a, -1):  # (the longest body phrase from the noun on, not the words after it:
                    found = self._phrase(w, a, b)  # "… Координаційного штабу за номером …")
                    if found is not None and not found.anaphoric and found.kind != "media" and (
                            found.how == "registry" or found.kind or any(k in self.lx.roles for k in found.keys)):
                        body = found
                        break
                if body is not None:
                    return Found(self._corefer(body), "issuer", f"the text sends its readers to the line of "
                                                                f"{body.text!r}")
        return None

    def _labelled_issuer(self) -> Found | None:
        """A line of the heading, before the text's first sentence, that gives a role for a body as a label and a
        person's name after its colon ("Spokesperson for the UN High Commissioner for Human Rights: Jane Doe", "Речник
        МЗС України: Іван Петренко"): the body whose voice the text in the first person is."""
        for si in range(min(12, len(self.sentences))):
            w = self.words(si)
            if not self.sentences[si].title:
                if len(w) > 6:
                    break  # (the text's first sentence)
                continue
            colon = next((k for k in range(len(w)) if w.text[k] == ":"), None)
            if colon is None or not 1 <= colon <= 10 or not self.lx.roles.match(w.key, 0):
                continue  # (the label opens on the role: not "Location: Geneva", nor a headline's "Ecuador: …")
            after = [k for k in range(colon + 1, len(w)) if not w.is_punct(k)]
            if not 2 <= len(after) <= 5 or not all(w.is_capital(k) for k in after):
                continue  # (a person's name after the colon, not a headline's clause)
            found = self._phrase(w, 0, colon)
            if found is None or found.anaphoric or found.kind == "media" or not (
                    found.how == "registry" or found.kind or found.country):
                continue  # (a role of a body: not a bare "Spokesperson")
            return Found(self._corefer(found), "issuer", f"the heading's label {found.text!r}")
        return None

    def _headline_issuer(self) -> Found | None:
        """The body a text in the first person names as its headline's source before the colon ("Координаційний штаб:
        …"). Only a body or an office speaks so, not a person named, nor an outlet. (Korean releases name their
        ministry otherwise, in their furniture: not read here.)"""
        if self.lx.korean is not None:
            return None
        for si in range(min(6, len(self.sentences))):
            s = self.sentences[si]
            if not s.title or self._in_quote(s.start):
                continue
            headline = self._headline(si)
            found = headline.speaker if headline is not None and not headline.trailing else None
            if found is not None and not found.pronoun and not found.anaphoric and found.kind != "media" \
                    and found.how in ("registry", "country", "role") and not found.names:
                return Found(self._corefer(found), "issuer", f"the headline's source {found.text!r}")
        return None

    def _signer(self, speaker: Speaker) -> Speaker | None:
        """The body signing a release (``_signature``) when the speaker names it by its own words or fewer ("The
        Ministry of Foreign Affairs wishes to inform …", "The Ministry" over "Ministry of Foreign Affairs / Colombo"):
        that body, with the signature's country; else None."""
        if speaker.names or speaker.pronoun or speaker.how == "registry" or not self._release_lines():
            return None
        signed = self._signature()
        if signed is None or not signed.country or signed is speaker:
            return None
        own = {k for k in speaker.keys if k[:1].isalnum() and k not in self.lx.words["determiners"]
               and k not in self.lx.words["definite_determiners"]}
        if not own or not own <= signed.keys:
            return None
        return replace(speaker, organisation=signed.organisation, country=signed.country, kind=signed.kind,
                       how="signature")

    def _signature(self) -> Speaker | None:
        """The body that signs a text at its end: a line of its own among the last four that names a body and nothing
        else (no verb, no number: "Ministry of Foreign Affairs"), taking the country of a place alone on a line right
        under it ("Colombo") when its own name gives none; else None. Computed once."""
        if self._signatory is not False:
            return self._signatory  # type: ignore[return-value]
        self._signatory = None
        n = len(self.sentences)
        for si in range(n - 1, max(0, n - 5), -1):
            s = self.sentences[si]
            w = self.words(si)
            words = [k for k in range(len(w)) if not w.is_punct(k)]
            if not s.title or not 1 <= len(words) <= 8 or self.ranges(si) or any(
                    self.lx.speech.match(w.key, k) or self.lx.predicate_form(w.text[k]) for k in words):
                continue
            found = self._phrase(w, 0, len(w))
            if found is None or found.anaphoric or found.pronoun or found.names or found.kind == "media" or not (
                    found.how == "registry" or found.kind or any(k in self.lx.roles for k in found.keys)):
                continue
            if not found.country and si + 1 < n and self.sentences[si + 1].title:
                below = self.words(si + 1)
                place = self._place_code(below, 0)
                if place is not None and place[0] == len([k for k in range(len(below)) if not below.is_punct(k)]):
                    found = replace(found, country=place[1], how=found.how + "+signed")  # "Colombo" under the body
            self._signatory = found
            break
        return self._signatory

    def _release_lines(self) -> list[int]:
        """The sentences that open with a line of a release's furniture ("Press release", "Notes to editors:", "For
        more information, please contact …"): they mark the text as its issuer's own release. Computed once."""
        if self._releases is None:
            self._releases = self._furniture_lines()
        return self._releases

    def _furniture_lines(self) -> list[int]:
        """The sentences ``_release_lines`` reads, found."""
        markers = self.lx.words["release_markers_phrases"]
        if not markers:
            return []
        longest = max(len(m.split()) for m in markers)
        firsts = phrase_firsts(markers)
        out = []
        for si in range(len(self.sentences)):
            if self._closing_word(si):
                out.append(si)  # "… official Facebook page. END": a release's closing word in capitals, alone after
                continue  # its last full stop even on the last paragraph's line
            if si not in self._words and not may_open(self._first_key(si), firsts):
                continue  # (its first word opens no marker: the sentence need not be read whole for it)
            key = self.words(si).key
            if key and may_open(key[0], firsts) and any(" ".join(key[:n]) in markers for n in range(1, min(longest, len(key)) + 1)):
                out.append(si)
            elif self.sentences[si].title and "".join(self.text[self.sentences[si].start:self.sentences[si].end].split()) \
                    in _END_MARKS:
                out.append(si)  # ("# # #", "-30-": the typographic end of a release, in every language)
        return out

    def _closing_word(self, si: int) -> bool:
        """Is sentence ``si`` the text's last and a release's closing word in capitals alone ("END", "-ENDS-"), even
        on the line of the last paragraph ("… official Facebook page. END")?"""
        return si == len(self.sentences) - 1 and _CLOSING_WORD.fullmatch(
            self.text[self.sentences[si].start:self.sentences[si].end].strip()) is not None

    def _first_key(self, si: int) -> str:
        """The key of sentence ``si``'s first word, as ``words(si).key[0]`` gives it ("" for no word), read from its
        first run of letters and marks before white space alone: a word never holds white space, and its key does not
        depend on the words after it. Such a run ending in a full stop, or holding no word, is read with the whole
        sentence (an initial looks ahead past it for a name: "J. Smith")."""
        s = self.sentences[si]
        space = _WHITE_SPACE.search(self.text, s.start, s.end)
        stop = s.end if space is None else space.start()
        if stop < s.end and self.text[stop - 1] != ".":
            first = tokenize(self.text, s.start, stop, self.lx)
            if len(first):
                return first.key[0]
        whole = self.words(si)
        return whole.key[0] if len(whole) else ""

    def _about_issuer(self) -> Found | None:
        """The body a release's closing note is about, on a line of its own ("About the IFRC", "Про МКЧХ"): the
        release's issuer, whoever its first lines cite or thank. Else None."""
        markers = self.lx.words["about_markers"]
        for si in range(len(self.sentences)):
            if not self.sentences[si].title:
                continue
            w = self.words(si)
            if not 2 <= len(w) <= 8 or w.key[0] not in markers:
                continue
            found = self._phrase(w, 1, len(w))
            if found is not None and found.how == "name" and not found.kind:
                found = self._defined(si, found)
            if found is not None and not found.anaphoric and not found.pronoun and found.kind != "media" and (
                    found.how == "registry" or found.kind or found.how == "country+based"):
                return Found(self._corefer(found), "issuer", f"the release's note about {found.text!r}")
        return None

    def _defined(self, si: int, found: Speaker) -> Speaker:
        """A body nobody registered, named on the line ``si`` of a release's closing note ("About SOS Humanity"), placed
        by the sentence under it that opens on its name and says where it is based ("SOS Humanity is a non-governmental
        organisation based in Berlin": the table's ``based_phrases``): the body with that place's country."""
        if si + 1 >= len(self.sentences):
            return found
        below = self.sentences[si + 1]
        w = self.words(si + 1)
        if len(w) < len(found.sequence) or tuple(w.key[:len(found.sequence)]) != found.sequence:
            return found
        placed = self._based(si + 1, replace(found, span=(below.start, below.end)))
        return replace(found, country=placed.country, how=placed.how) if placed.country else found

    def _release_issuer(self, release: list[int]) -> Found | None:
        """The body a release's first lines name as the one that speaks or acts ("The Refugee Council is appalled
        by …", "…, the Refugee Council warned today"): the issuer of its sentences in the first person."""
        first_person = self.lx.words["first_person"]
        home = self.home
        ours = bool(home) and any(  # "우리 정부는 …", "우리 국민": the release speaks as the home state
            not first_person.isdisjoint(self.words(si).key) and self._speaks_of_home(si, (0, 0), bodies=False)
            for si in range(len(self.sentences)) if not self._in_quote(self.sentences[si].start))
        body = [si for si in range(len(self.sentences)) if not self.sentences[si].title][:8]  # (after the heading's
        for si in body:  # lines, however many a page's furniture makes them)
            if si in release or not first_person.isdisjoint(self.words(si).key) or self._in_quote(
                    self.sentences[si].start):
                continue  # (a sentence in the first person is the issuer's own, not where it is named; one in a
                # quotation is someone else's)
            named = [f.speaker for _, f in self.resolved(si)]
            subject = self._opening_subject(si)
            for speaker in ([subject] if subject is not None else []) + named:
                if speaker.anaphoric and si == body[0] and speaker.country and len(speaker.keys) > 1 and any(
                        k in self.lx.roles for k in speaker.keys):
                    speaker = replace(speaker, anaphoric=False)  # "The National Police Service regrets to announce
                    # …" opening a release: a body's full name with its article, the release's own, points back to none
                if speaker.pronoun or speaker.anaphoric or speaker.kind == "media":
                    continue
                if ours and not speaker.kind and speaker.how.startswith("article") and any(
                        k in self.lx.national for k in speaker.keys):
                    # "정부는 … 파견하기로 했습니다" in a release that says "우리 정부": the home state's own body
                    speaker = replace(speaker, country=home, how="home")
                if speaker.how in ("registry", "country", "home") or speaker.kind or (speaker.country and (any(
                        k in self.lx.roles for k in speaker.keys) or "home" in speaker.how.split("+"))):  # (or a
                    # state's office: "the ministers"; or a local body of the home, "영덕군은 … 밝혔다")
                    return Found(speaker, "issuer", f"the release's issuer {speaker.text!r}")
        return None

    def _credited_issuer(self) -> Found | None:
        """A dateline crediting a body that is no news outlet ("Geneva (Agency of Ruritania) – …"): the copy is
        that body's own release, so a number nobody else is said to give is the body's."""
        for si in range(min(6, len(self.sentences))):
            w = self.words(si)
            opening = next((i for i in range(min(len(w), 8)) if w.text[i] == "("), None)
            if opening is None:
                continue
            closing = next((i for i in range(opening + 1, min(len(w), opening + 10)) if w.text[i] == ")"), None)
            if closing is None or closing + 1 >= len(w) or w.text[closing + 1] not in ("-", "–", "—"):
                continue
            found = self._phrase(w, opening + 1, closing)
            if found is not None and not found.anaphoric and found.kind not in ("media", ""):
                return Found(self._corefer(found), "issuer", f"the dateline credits {found.text!r}")
        return self._copyright_issuer()

    def _announcing_issuer(self) -> Found | None:
        """A line of its own among the text's first lines in which a body speaks and says nothing else ("Сумська
        обласна військова адміністрація інформує.", "The Ministry of Health informs:", "МЧС России сообщает:"): the
        body announces the text under it as its own bulletin, so a number nobody else is said to give is the body's,
        as under a dateline that credits it. A person (no body), an outlet, or a verb with an object is no such line.
        """
        body = [si for si, s in enumerate(self.sentences[:12]) if not s.title][:2]
        for si in body:
            s = self.sentences[si]
            if self._in_quote(s.start) or any(
                    sj != si and self.sentences[sj].paragraph == s.paragraph
                    for sj in range(max(0, si - 1), min(len(self.sentences), si + 2))):
                continue  # (a paragraph of its own)
            own = self.resolved(si)
            if len(own) != 1 or own[0][0].kind not in ("direct", "inverted"):
                continue
            att, found = own[0]
            speaker = found.speaker
            w = self.words(si)
            verb = w.at(att.position)
            if any(not w.is_punct(k) and k != verb and not speaker.span[0] <= w.start[k] < speaker.span[1]
                   and w.key[k] not in self.lx.words["definite_determiners"] for k in range(len(w))):
                continue  # (nothing but the body and its verb: "…інформує." / "…сообщает:")
            if speaker.pronoun or speaker.anaphoric or speaker.kind == "media" or not (
                    speaker.how == "registry" or speaker.kind or any(k in self.lx.roles for k in speaker.keys)):
                continue  # (a body, not a person named nor an outlet)
            return Found(self._corefer(speaker), "issuer", f"the text opens with {speaker.text!r} announcing it")
        return None

    def _press_office_issuer(self) -> Found | None:
        """A line of its own in the text's second half that names a press office (the table's ``press_office_nouns``)
        and its body and nothing else ("Пресс-служба Министерства обороны Республики Казахстан", "Press Office,
        Ministry of Health", "외교부 대변인실"): the office signs the text as its body's own, so a number nobody else is
        said to give is the body's, with or without a first person. The last such line counts."""
        nouns = self.lx.words["press_office_nouns_phrases"]
        if not nouns or len(self.sentences) < 3:
            return None
        longest = max(len(n.split()) for n in nouns)
        glue = self.lx.words["np_glue"] | self.lx.words["definite_determiners"]
        for si in range(len(self.sentences) - 1, len(self.sentences) // 2, -1):
            s = self.sentences[si]
            if any(self.sentences[sj].paragraph == s.paragraph for sj in (si - 1, si + 1)
                   if 0 <= sj < len(self.sentences)):
                continue  # (a paragraph of its own: asked first, the cheapest of these tests)
            w = self.words(si)
            words = [k for k in range(len(w)) if not w.is_punct(k)]
            if not 2 <= len(words) <= 14 or self._in_quote(s.start):
                continue  # (a short line)
            if any(self.lx.predicate_form(w.text[k]) or self.lx.speech.match(w.key, k) for k in words):
                continue  # (a signature, no clause: not "Пресс-служба МЧС сообщила …")
            first, last = words[0], words[-1]
            found = None
            opening = next((n for n in range(longest, 0, -1) if " ".join(w.key[first:first + n]) in nouns), 0)
            if opening and self.lx.korean is None:  # "Пресслужба Сумської ОВА", "Press Office, Ministry of …"
                a = first + opening
                while a < len(w) and (w.is_punct(a) or w.key[a] in glue) and not w.is_capital(a):
                    a += 1
                found = self._phrase(w, a, last + 1) if a <= last else None
            else:  # "외교부 대변인실", "Ministry of Health Press Office": the body, then its office
                closing = next((n for n in range(longest, 0, -1) if last + 1 - n >= first
                                and " ".join(w.key[last + 1 - n:last + 1]) in nouns), 0)
                found = self._phrase(w, first, last + 1 - closing) if closing and last + 1 - closing > first else None
            if found is None or found.anaphoric or found.pronoun or found.kind == "media":
                continue  # (whatever has a press office is a body: "산림청 공보실")
            return Found(self._corefer(found), "issuer", f"the text's press office signs for {found.text!r}")
        return None

    def list_lead(self, si: int) -> int | None:
        """The sentence that leads the list sentence ``si`` is an item of: the line before a run of short lines of
        their own (at most 12 words each, none with a full stop) that ends with a colon ("… втрати противника …
        склали:" over "особового складу – близько 900 000 осіб;", "танків – 10 000;"). None when ``si`` is no such
        item."""
        if si in self._leads:
            return self._leads[si]
        lead = None
        s = self.sentences[si]
        if s.title and len(self.words(si)) <= 12 and not self.text[s.start:s.end].rstrip().endswith(":"):
            j = si - 1
            while j >= 0 and si - j <= 20:
                line = self.text[self.sentences[j].start:self.sentences[j].end].rstrip()
                if line.endswith(":"):
                    lead = j if not self.sentences[j].title or len(self.words(j)) > 2 else None
                    break
                if not self.sentences[j].title or len(self.words(j)) > 12:
                    break
                j -= 1
        self._leads[si] = lead
        return lead

    def _copyright_issuer(self) -> Found | None:
        """A line of the page's furniture claiming the copy for a body that is no news outlet ("© 2025 Ministry of
        Defence of Ruritania. All rights reserved."): the page is that body's own, so a number nobody else is said
        to give is the body's, as under a dateline that credits it."""
        markers = tuple(str(m).lower() for m in self.lx.table.get("copyright_markers", []))
        if not markers:
            return None
        for si, s in enumerate(self.sentences):
            if not self.text[s.start:s.end].lstrip().lower().startswith(markers):
                continue
            w = self.words(si)
            a = 0
            while a < len(w) and (w.key[a] in markers or w.is_punct(a) or w.text[a].isdigit()):
                a += 1  # the marker's own word ("Copyright"), the year
            b = next((k for k in range(a, len(w)) if w.text[k] in (".", ",", ";", "|")), len(w))
            found = self._phrase(w, a, b) if b - a <= 10 else None
            if found is not None and not found.anaphoric and found.kind != "media" and (found.kind or (
                    found.how in ("registry", "country") and any(w.key[k] in self.lx.roles for k in range(a, b)))):
                # (a body of a kind, or one whose name says what it is: not "© 2025 The Ruritania Star")
                return Found(self._corefer(found), "issuer", f"the page's copyright credits {found.text!r}")
        return None

    def _in_quote(self, offset: int) -> tuple[int, int] | None:
        if self._quotes is None:
            self._quotes = quotations(self.text)
            self._quote_starts = [q[0] for q in self._quotes]
        k = bisect.bisect_right(self._quote_starts, offset) - 1
        if k >= 0 and self._quotes[k][0] <= offset < self._quotes[k][1]:
            return self._quotes[k]
        return None

    def _own_clause(self, si: int, offset: int, closing: Found) -> bool:
        """Korean: does the number at ``offset`` stand in a clause of its own, before the closing frame's speaker and
        outside the clause that speaker reports (no quotative ending, no quotation between them)?"""
        if self.lx.korean is None or closing.speaker.span[0] <= offset:
            return False
        w = self.words(si)
        endings = tuple(self.lx.words["quotative_endings"])
        a, b = w.at(offset), w.at(closing.speaker.span[0])
        return 0 <= a < b and not any(w.text[x].endswith(endings) or w.text[x] in _QUOTE_MARKS or
                                      w.tag[x] == "JKQ" for x in range(a, b)) \
            and any(w.text[x] == "," or w.tag[x] in self.lx.words["connective_tags"] for x in range(a, b))

    def _clause_between(self, si: int, position: int, subject: int, offset: int) -> bool:
        """Korean: does a clause end (a comma, a connective ending) between an earlier source at ``position`` and a
        subject at ``subject`` that stands before the number at ``offset`` ("X에 따르면 …였으며, 현지 경찰은 사망자가
        12명으로 …고 전했다")? Then the subject's verb reports the number, on its own."""
        if self.lx.korean is None or not position < subject <= offset:
            return False
        w = self.words(si)
        return any(w.text[x] == "," or w.tag[x] in self.lx.words["connective_tags"]
                   for x in range(w.at(position), w.at(subject)))

    def _subordinate_speaker(self, si: int, offset: int, position: int) -> bool:
        """Does a clause word of the table's ``clause_words`` ("where", "when", "but") open a clause between the number
        at ``offset`` and the verb of saying at ``position`` after it (English, whose verbs of saying stand after their
        subject)? Then the speaker in that clause is no source of the number before it."""
        if self.lx.table["morphology"] != "none" or self.lx.korean is not None:
            return False
        w = self.words(si)
        start, end = w.at(offset), w.at(position)
        if any(w.text[x] in _QUOTE_MARKS for x in range(start + 1, end)):
            return False  # '"… 1,300 have disappeared …, because they are afraid," said X': the quotation is X's
        opened = [x for x in range(start + 1, end) if w.key[x] in self.lx.words["clause_words"] and not w.is_capital(x)]
        # "…, where doctors said most of them …" (the speaker inside the clause), not "… left four dead as it swept
        # across the island, the centre said" (a comma closes the clause: the speaker says the whole sentence)
        return bool(opened) and not any(w.text[x] == "," for x in range(opened[-1] + 1, end))

    def _opened_after_colon(self, si: int, opening: int) -> Found | None:
        """The speaker named before a colon that opens a quotation at ``opening`` in sentence ``si`` ('The army reported
        the attack late Sunday: "Our troops were attacked. We report 16 casualties …"'), for a number in a later
        sentence of the same quotation: the last attribution of the sentence before the colon; else None."""
        if self.text[:opening].rstrip()[-1:] != ":":
            return None
        before = [f for a, f in self.resolved(si) if a.position < opening and not f.speaker.pronoun]
        if not before:
            return None
        return Found(before[-1].speaker, "quotation", f"a quotation opened after {before[-1].speaker.text!r} named it")

    def quoted_document(self, opening: int) -> Found | None:
        """The issuer of a document quoted whole in a block quotation that opens a line at ``opening``, named by the
        line before it that introduces it: a line that ends with a colon or names one of the table's
        ``quoted_document_nouns`` ("The statement, translated by the outlet, reads in full:", "Наводимо повідомлення
        відомства повністю:", "Ниже мы приводим полностью заявление регионального директора ЮНИСЕФ …", "다음은
        국방부 발표 전문."). Every sentence of the quotation with no speaker of its own is the issuer's, in the first
        person or not; the narration after the closing mark is not. The issuer is the document's owner named beside
        its noun, else the speaker the introducing line names, else its subject, else the speaker of the sentences
        before it (a noun pointing back, "відомства", "the statement", continues the body named before).

        Parameters
        ----------
        opening : int
            The offset of the quotation's opening mark.

        Returns
        -------
        Found or None
            The issuer, ``how`` "document"; None when the line introduces nothing or names no one, or the quotation
            opens no line.
        """
        quote = self._in_quote(opening)
        line_start = self.text.rfind("\n", 0, opening) + 1
        if self.text[line_start:opening].strip():  # 'The statement reads: "We evacuated 300 residents. …"': the
            intro = self.sentence_of(opening)  # introducing words stand before the quotation in its own sentence
            if intro < 0 or self.text[self.sentences[intro].start:opening].rstrip()[-1:] != ":" or any(
                    a.position < opening for a in self.attributions(intro)):
                return None  # (a speaker named before the colon is the quotation's: ``_opened_after_colon``)
            limit = opening
        else:
            if line_start == 0:
                return None
            intro = self.sentence_of(line_start - 1)
            limit = self.sentences[intro].end if intro >= 0 else 0
        if intro < 0 or self._in_quote(self.sentences[intro].start) is not None:
            return None
        block = (self.sentence_of(opening), self.sentence_of(max(opening, quote[1] - 1)) if quote else intro + 1)
        return self._document_issuer(intro, block, limit)

    def unquoted_document(self, si: int) -> Found | None:
        """The issuer of a document given whole with no quotation marks, for sentence ``si`` inside it (see
        ``_embedded_documents``): the owner or speaker its introducing line names, as for a quoted one.

        Parameters
        ----------
        si : int
            The sentence's index.

        Returns
        -------
        Found or None
            The issuer, ``how`` "document"; None when ``si`` stands in no such document.
        """
        s = self.sentences[si]
        if s.title:
            return None
        span = self._embedded_documents().get(s.paragraph)
        if span is None:
            return None
        intro, first, last = span
        paragraphs = self._paragraph_sentences()
        return self._document_issuer(intro, (paragraphs[first][0], paragraphs[last][-1]))

    def _embedded_documents(self) -> dict[int, tuple[int, int, int]]:
        """Documents given whole with no quotation marks, by paragraph: (introducing sentence, first paragraph, last
        paragraph). Under a line that introduces one (``_introduces``: "In a statement, the army said:", a heading
        "Заява ДПСУ"), paragraphs in the issuer's first person ("наші прикордонники", "we", "우리 군은") with no speaker
        of their own (``_unattributed_paragraph``). A document runs from the paragraph under the introducing line,
        which must speak in the first person, to the last paragraph that does, before any paragraph with a speaker of
        its own, a title or a quotation: a paragraph in the third person after it is the article's narration again.
        Read without resolving any speaker, so that ``issuer`` may ask it. Computed once."""
        if self._embedded is not None:
            return self._embedded
        self._embedded = {}
        paragraphs = self._paragraph_sentences()
        told = next((s.paragraph for s in self.sentences if not s.title), None)  # the article's first sentence of its
        # own: a document it gives stands after it (a page that is the statement, "Press release: the Red Cross on the
        # floods" over "Our teams …", is its issuer's, ``issuer``)
        introducing = [p for p in sorted(paragraphs) if told is not None and p >= told and p + 1 in paragraphs
                       and self._introduces(paragraphs[p][-1])]
        if not introducing:
            return self._embedded  # (most articles: no line introduces a document, so no paragraph's attributions
            # need be read for it; every test here is pure, so asking the cheap one first changes no answer)
        own = self._unattributed_paragraph
        voiced: dict[int, bool] = {}

        def speaks_as_we(p: int) -> bool:  # a paragraph of the document's own voice (asked once each)
            if p not in voiced:
                voiced[p] = p in paragraphs and own(p) and any(self._we_speak(sj) for sj in paragraphs[p])
            return voiced[p]

        for p in introducing:
            if not speaks_as_we(p + 1) or p in self._embedded:
                continue
            last = first = p + 1
            q = first
            while q + 1 in paragraphs and own(q + 1) and q + 1 - first < _LONGEST_DOCUMENT \
                    and q - last <= _THIRD_PERSON_RUN:
                q += 1
                if speaks_as_we(q):
                    last = q  # (no longer run in the third person between two in the first: the article's own
                    # narration, then its "раніше ми повідомляли", is no part of the document)
            for member in range(first, last + 1):
                self._embedded[member] = (paragraphs[p][-1], first, last)
        return self._embedded

    def _paragraph_sentences(self) -> dict[int, list[int]]:
        """The sentences of each paragraph (line), by paragraph number. Computed once."""
        if self._paragraphs is None:
            self._paragraphs = {}
            for sj, sentence in enumerate(self.sentences):
                self._paragraphs.setdefault(sentence.paragraph, []).append(sj)
        return self._paragraphs

    def _unattributed_paragraph(self, paragraph: int) -> bool:
        """Does no sentence of ``paragraph`` name a speaker of its own (a speaker in the first person aside: "наші
        прикордонники повідомили" is the document's own voice), none stand as a title, none in a quotation? Read from
        the attributions as found, unresolved. Asked per paragraph and remembered: only the paragraphs under a line
        introducing a document are asked, so the attributions of the others are not read for it."""
        found = self._unattributed.get(paragraph)
        if found is None:
            first_person = self.lx.words["first_person"]
            found = self._unattributed[paragraph] = not any(
                self.sentences[sj].title or self._in_quote(self.sentences[sj].start) is not None or any(
                    a.kind != "backward" and not (a.speaker is not None and (
                        (a.speaker.pronoun and self.lx.key(a.speaker.text) in first_person)
                        or self._first_person_owner(a.speaker)))
                    for a in self.attributions(sj)) for sj in self._paragraph_sentences()[paragraph])
        return found

    def _introduces(self, si: int) -> bool:
        """Does sentence ``si``, the last of its paragraph, introduce a document given under it: it ends with a colon,
        or names a noun of the table's ``quoted_document_nouns`` (a heading, "Заява ДПСУ"; "Ниже приводим заявление
        …")? Not in a quotation."""
        s = self.sentences[si]
        if self._in_quote(s.start) is not None:
            return False
        if self.text[s.start:s.end].rstrip()[-1:] == ":":
            return True
        return not self.lx.words["quoted_document_nouns"].isdisjoint(self.words(si).key)

    def _document_issuer(self, intro: int, block: tuple[int, int], limit: int | None = None) -> Found | None:
        """The issuer of the document sentence ``intro`` introduces (its words before ``limit``, the quotation's
        opening mark when the document opens inside it), its sentences ``block`` (first, last): see
        ``quoted_document``."""
        w = self.words(intro)
        end = self.sentences[intro].end if limit is None else limit
        nouns = self.lx.words["quoted_document_nouns"]
        colon = self.text[self.sentences[intro].start:end].rstrip()[-1:] == ":"
        named = [i for i in range(len(w)) if w.key[i] in nouns and w.start[i] < end]
        if not colon and not named:
            return None
        for i in named:  # the document's owner: "повідомлення відомства", "заявление … директора ЮНИСЕФ", "국방부 발표"
            owner = self._document_owner(intro, w, i, block)
            if owner is not None:
                return Found(owner, "document", f"a document of {owner.text!r} given whole")
        framed = [f for a, f in self.resolved(intro) if not f.speaker.pronoun and f.speaker.kind != "media"
                  and a.kind != "headline" and a.position < end]
        if framed:  # "In a press release, the ISPR said:"
            return Found(framed[-1].speaker, "document", f"a document {framed[-1].speaker.text!r} introduces, given "
                                                         f"whole")
        subject = self._opening_subject(intro) or self._subject_after_setting(intro)
        if subject is not None and not subject.anaphoric and subject.kind != "media":
            return Found(self._corefer(subject, intro), "document", f"a document introduced by its issuer "
                                                                    f"{subject.text!r}, given whole")
        carried = self._carry(intro, subject if subject is not None and subject.anaphoric else None, 0)
        if carried is not None and carried.speaker.kind != "media" and not carried.speaker.pronoun:
            return Found(carried.speaker, "document", f"a document of {carried.speaker.text!r}, named before, given "
                                                      f"whole")
        before = (self._opening_subject(intro - 1) or self._subject_before_verb(intro - 1)) \
            if intro > 0 and not self.sentences[intro - 1].title else None
        if before is not None and before.kind != "media":  # "The Sudanese army issued a statement on Monday.\nFull
            # text of the statement:": the subject of the sentence before, which issued it with no verb of saying
            return Found(before, "document", f"a document of {before.text!r}, the subject of the sentence before, "
                                             f"given whole")
        return None

    def _subject_before_verb(self, si: int) -> Speaker | None:
        """Ukrainian and Russian: the body named by the words that open sentence ``si`` up to its first verb
        ("Министерство обороны Армении выступило с заявлением", "Генштаб ЗСУ оприлюднив дані"), when they name one
        (the registry's, a role's, a country's); else None."""
        if self.lx.table["morphology"] != "pymorphy3":
            return None
        w = self.words(si)
        k = next((x for x in range(min(len(w), 12)) if self.lx.predicate_form(w.text[x])), None)
        if not k or any(w.is_punct(x) and w.text[x] not in "()" for x in range(k)):
            return None
        found = self._phrase(w, 0, k)
        if found is None or found.pronoun or found.anaphoric or found.kind == "media" or not (
                found.how in ("registry", "country") or found.kind or any(key in self.lx.roles for key in found.keys)):
            return None
        return self._corefer(found, si)

    def _subject_after_setting(self, si: int) -> Speaker | None:
        """English: the body that is the subject of sentence ``si`` after a phrase that sets it and its comma ("In a
        detailed press release, the Inter-Services Public Relations (ISPR) gave the following account …"): the
        capitalised words (and their glue, an acronym in brackets) from the comma up to the verb; None when there is
        no such phrase or it names no body."""
        if self.lx.korean is not None or self.lx.table["morphology"] != "none":
            return None
        w = self.words(si)
        comma = next((k for k in range(min(len(w), 8)) if w.text[k] == ","), None)
        if comma is None or not w.key[0] in self.lx.words["place_prepositions"] | self.lx.words["manner_prepositions"]:
            return None
        glue = self.lx.words["np_glue"] | self.lx.words["definite_determiners"]
        k = comma + 1
        while k < len(w) and k - comma < 14 and (w.is_capital(k) or w.key[k] in glue or w.text[k] in "()"):
            k += 1
        if k >= len(w) or k - comma < 2 or not w.text[k][:1].islower():
            return None
        found = self._phrase(w, comma + 1, k)
        if found is None or found.pronoun or not (found.how == "registry" or found.kind or any(
                key in self.lx.roles for key in found.keys)):
            return None
        return found

    def _document_owner(self, si: int, w: Words, noun: int, block: tuple[int, int]) -> Speaker | None:
        """The owner named beside the document noun at word ``noun`` of sentence ``si``: the phrase after it (a
        genitive, "повідомлення Генштабу"; or after a preposition of the table's ``document_prepositions``, "statement
        by the ministry"), else the one right before it ("국방부 발표", "the ministry's statement"). A phrase pointing
        back ("відомства", "the agency's") is the body named before it; a person or an outlet owns no document here
        unless named as a body's role."""
        lx = self.lx
        nouns = lx.words["quoted_document_nouns"]

        def outside(k: int) -> bool:  # a word no owner's name holds: a verb, an adverb, a preposition ("обращение к
            # жителям": to whom), another document's noun, a Korean word with a particle other than the genitive
            # ("다음은 국방부 발표": "다음은" is the frame's)
            return w.is_punct(k) or w.key[k] in nouns or lx.predicate_form(w.text[k]) or lx.adverb(w.text[k]) \
                or (lx.preposition(w.text[k]) and w.key[k] not in lx.words["document_prepositions"]) \
                or lx.speech.match(w.key, k) is not None or (lx.korean is not None and bool(w.tag[k])
                                                             and w.tag[k] != "JKG")

        a = noun + 1
        while a < len(w) and w.key[a] in lx.words["document_prepositions"]:
            a += 1
        b = a
        while b < len(w) and b - a < 12 and (not outside(b) or w.text[b] in "()"):
            b += 1  # ("… директора ЮНИСЕФ по странам Латинской Америки …", "Агентства (ДСНС)")
        candidates = [(a, e) for e in range(b, a, -1)] if lx.korean is None else []
        c = noun
        while c > 0 and noun - c < 4 and not outside(c - 1) and w.key[c - 1] not in lx.words["np_stops"]:
            c -= 1
        if lx.korean is not None and noun > 0 and w.tag[noun - 1] == "JKG":
            c = noun - 1  # ("국방부의 발표")
        candidates += [(x, noun) for x in range(c, noun)]
        for x, y in candidates:
            found = self._phrase(w, x, y)
            if found is None or found.pronoun or found.kind == "media":
                continue
            if found.anaphoric:
                carried = self._carry(si, found, 0)
                return carried.speaker if carried is not None and not carried.speaker.pronoun else None
            if found.how in ("registry", "country") or found.kind or any(k in self.lx.roles for k in found.keys):
                resolved = self._corefer(found, si)
                if found.how == "registry" and found.country and found.country == self.home \
                        and resolved.country != found.country and self._document_of_home(block):
                    return found  # "다음은 국방부 발표 전문" over "『… 우리 장병 2명이 …』": a home body's document that
                    # speaks of the home's people is the home body's, wherever the story is set
                return resolved
        return None

    def _document_of_home(self, block: tuple[int, int]) -> bool:
        """Does the document of sentences ``block`` (first, last) speak of the home country (its people, "우리 군"; the
        table's ``home_words``) in any of its sentences?"""
        return any(self._speaks_of_home(sj, (0, 0)) for sj in range(block[0], block[1] + 1))

    def quote_across(self, offset: int) -> bool:
        """Does a quotation open before ``offset`` and run on past it (so that words on both sides may stand in it)?
        Quotations do not overlap, so only the last one opened before ``offset`` can."""
        if self._quotes is None:
            self._in_quote(offset)
        k = bisect.bisect_left(self._quote_starts, offset) - 1
        return k >= 0 and self._quotes[k][1] > offset  # type: ignore[index]

    def sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    # -- the speaker of one number --------------------------------------------------------------
    def speaker_for(self, si: int, offset: int) -> Found | None:
        if self.sentences[si].paragraph in self.interview()[0].questions:
            return None  # a figure in the journalist's question is nobody's claim
        own = self.resolved(si)
        if own:
            if si not in self._frames:
                ordered = sorted(own, key=lambda af: af[0].position)
                trailing = [(a.position, f) for a, f in ordered if a.trailing]
                self._frames[si] = ([p for p, _ in trailing], [f for _, f in trailing],
                                    [a.position for a, _ in ordered], [f for _, f in ordered])
            t_pos, t_found, positions, founds = self._frames[si]
            k = bisect.bisect_right(t_pos, offset)
            if k < len(t_pos):
                closing = t_found[k]  # "…, the ministry said.": the frame that closes the sentence
                before = bisect.bisect_right(positions, offset)
                if before and self._own_clause(si, offset, closing):
                    return founds[before - 1]  # "정부 집계로는 12명이 숨졌지만, 유엔은 …고 추산했다": the number's own
                    # clause, before the closing speaker and outside what it reports, has its own source
                relaying = closing.how == "citing" or closing.speaker.kind == "media" or self._relaying(si, t_pos[k])
                if relaying or self.lx.korean is None:
                    governing = [f for f, p in zip(founds, positions) if p < offset and f is not closing
                                 and f.how in ("direct", "inverted", "according", "carried")
                                 and f.speaker.kind != "media" and not f.speaker.pronoun
                                 and (relaying or self._body_of_its_own(f.speaker))]
                    if governing:  # "боевики утверждают, что убили 50 военных, передает AFP со ссылкой на SITE": the
                        return governing[-1]  # subject whose verb of saying reports the number speaks; the outlet
                        # that passes it on, and the one it cites, relay it; and so does any speaker closing the
                        # sentence after a body that reports the number itself ("The group said it had killed 60
                        # soldiers, SITE reported": the group speaks, SITE passes on what it said)
                if self._bare_role(closing.speaker):  # "The ministry has recorded 3,000 …, a spokeswoman said"
                    named = [f for f, p in zip(founds, positions) if f is not closing
                             and not self._bare_role(f.speaker) and (f.speaker.country or f.speaker.how == "registry")
                             and not self._clause_between(si, p, closing.speaker.span[0], offset)]
                    if named:
                        return named[-1]
                return closing
            k = bisect.bisect_right(positions, offset)
            if k > 0 and founds[k - 1].how == "headline" and self.sentences[si].title and self.lx.korean is not None \
                    and self._in_quote(offset) is None and "…" in (between := self.text[positions[k - 1]:offset]) \
                    and any(m in between for m in _QUOTE_MARKS):
                return None  # 'X “…78명 사망”…Y서도 3명 숨져': the headline's own words after its source's quotation
                # and an ellipsis are no one's (the story tells whose)
            if k == 0 and founds[0].how == "headline" and self.sentences[si].title:
                return None  # "산사태 사망 150명 넘어…주정부 “200여명 실종”": a headline's source named before its
                # quotation says only what follows it
            if k == 0 and self._subordinate_speaker(si, offset, positions[0]):
                return None  # "Eight injured people were airlifted to Pokhara, where doctors said most of them were out
                # of danger": a speaker inside a clause after the number says only what that clause reports
            return founds[k - 1] if k > 0 else founds[0]
        quote = self._in_quote(offset)
        if quote is not None:
            closing_si = self.sentence_of(max(quote[0], quote[1] - 1))
            for sj in range(closing_si, min(len(self.sentences), closing_si + 2)):
                if sj != closing_si and (self.sentences[closing_si].title
                                      or self.sentences[sj].paragraph != self.sentences[closing_si].paragraph
                                      and not self._owner_line(sj, closing_si)):
                    break  # a headline's quotation is not attributed by the story under it
                after = [f for a, f in self.resolved(sj) if a.position >= quote[1] - 1]
                if after:
                    return Found(after[0].speaker, "quotation", f"the quotation is attributed to "
                                                                f"{after[0].speaker.text!r}")
                if self.resolved(sj) or sj != closing_si:
                    break
            if self.sentences[si].start >= quote[0] and si > 0 and not self.sentences[si].title:
                document = self.quoted_document(quote[0])
                if document is not None:
                    return document  # "Наводимо повідомлення відомства повністю:\n«… . … .»": the issuer's
                start_sentence = self.sentence_of(quote[0])
                introduced = self._opened_after_colon(start_sentence, quote[0])
                if introduced is not None:
                    return introduced
                carried = next((f for a, f in self.resolved(start_sentence) if a.position < quote[0]
                                and a.kind != "headline" and f.speaker.kind != "media"), None) \
                    if start_sentence < si else None  # 'The army reported in a post on X: "Our troops … . We report
                # 16 casualties …"': a quotation of several sentences is the speaker's whose frame opens it
                carried = carried or self._carry(start_sentence, None, 0)
                before = start_sentence - 1
                if carried is None and before >= 0 and not self.resolved(before) \
                        and self.sentences[before].paragraph == self.sentences[start_sentence].paragraph:
                    subject = self._opening_subject(before)  # 'The Red Cross appealed for help. "We have counted …"'
                    carried = Found(subject, "carried", "") if subject is not None else None
                if carried is not None:
                    return Found(carried.speaker, "quotation", f"a quotation after {carried.speaker.text!r} "
                                                               f"was named")
        reply = self._dialogue_speaker(si)
        if reply is not None:
            return reply  # "- За два дня похоронили семерых. Я сама …, - рассказала она суду."
        for sj in range(si + 1, min(len(self.sentences), si + 3)):  # "… 55 людей. Загиблих десятеро. Про це …"
            if self.sentences[sj].paragraph - self.sentences[si].paragraph > 1 or (
                    self.sentences[si].title and self.sentences[sj].paragraph != self.sentences[si].paragraph):
                break
            backward = [(a, f) for a, f in self.resolved(sj) if a.kind == "backward"] or self._contents_released(sj)
            if backward:
                return Found(self._relayed_source(sj, backward).speaker, "backward",
                             f"a later sentence names {self._relayed_source(sj, backward).speaker.text!r} as its "
                             f"source")
            if self.attributions(sj):
                break
        answer = self.answer(si)
        if answer is not None:
            return answer
        document = self.unquoted_document(si)
        if document is not None:
            return document  # "In a statement, the army said:\nOur units repelled …. We lost three soldiers."
        issuer = self.issuer()
        if issuer is not None and issuer.speaker.kind == "media" and not self._first_person(si):
            return None  # "In 2016, fighting … left more than a dozen dead" on an outlet's own page: a news outlet
            # speaks for itself only in the first person ("we have counted"); its narration is no one's claim
        if issuer is not None and (not self._another_time(si, offset) or self._we_speak(si)):
            return issuer  # (a sentence in the issuer's own first person is its news whatever time it names: "Our
            # provisional figures show that 174 people lost their lives last year, compared with 184 in 2023")
        return None

    def _dialogue_speaker(self, si: int) -> Found | None:
        """The speaker of a reply set as a dialogue's line, for its sentence ``si`` with no speaker of its own: a
        paragraph that opens with a dash and a space is one person's words up to the dash after which a later sentence
        of it names who spoke ("- За два дня похоронили семерых. Я сама …, - рассказала она суду."; "– Загинули
        троє. Ще двоє зникли, – сказав він."), as a quotation of several sentences is its speaker's. None outside
        such a paragraph, or when no later sentence of it closes the reply with a speaker."""
        s = self.sentences[si]
        first = si
        while first > 0 and self.sentences[first - 1].paragraph == s.paragraph:
            first -= 1
        opening = self.sentences[first].start
        if self.text[opening:opening + 1] not in ("-", "–", "—") or not self.text[opening + 1:opening + 2].isspace():
            return None
        for sj in range(si + 1, min(len(self.sentences), si + 6)):
            if self.sentences[sj].paragraph != s.paragraph:
                return None
            frames = self.resolved(sj)
            if not frames:
                continue
            att, found = frames[0]
            if att.trailing and _REPLY_CLOSES.search(self.text, self.sentences[sj].start, att.position + 1):
                return Found(found.speaker, "quotation", f"a reply in a dialogue closed by {found.speaker.text!r}")
            return None
        return None

    def side_of(self, si: int, a: int, found: Found) -> Found:
        """The speaker of the number at word ``a`` when its sentence's speaker is two sides together ("Обе стороны
        заявили о потерях: JNIM — 23 убитых, армия — 15", "both sides reported losses: the army — 12, the rebels —
        30"): the side named in the label before the number's dash, when it names a speaker; else ``found``."""
        sides = self.lx.words["side_nouns"]
        if not sides or not found.speaker.keys & sides or any(
                k[:1].isalpha() and k not in sides and whole_number(k, self.lx) is None for k in found.speaker.keys):
            return found
        w = self.words(si)
        label = tally_label(w, a)
        if label is None or label[0] == 0:
            return found
        side = self._phrase(w, *label)
        if side is None or side.keys & sides:
            return found
        side = self._corefer(side, si)
        return Found(side, found.how, f"{side.text!r}, one of the sides {found.speaker.text!r}, before the number")

    def gapped_subject(self, si: int, a: int, found: Found, cue: Measure) -> Found:
        """The speaker of the number at word ``a`` in a clause that leaves out the verb of the one before ("Jordan said
        41 of its pilgrims had died, Egypt 31 and Tunisia 23"): a country or a body named right before the number,
        after a comma or a coordinator, speaks for it, when it is another than the sentence's speaker; else
        ``found``. Only a number whose measure is the one before's or a cue before the subject comes here."""
        if self.lx.table["morphology"] != "none":
            return found  # (English so far: Ukrainian and Russian gap with a dash, "Єгипет – 31", read by side_of)
        w = self.words(si)
        start = next((k for k in range(a - 1, max(-1, a - 6), -1) if w.is_punct(k)
                      or w.key[k] in self.lx.words["coordinators"]), None)
        if start is None or start + 1 >= a or w.text[start] not in (",", ";") and w.key[start] not in self.lx.words[
                "coordinators"] or (cue.words != (0, 0) and not cue.after and cue.words[1] > start):
            return found
        if not (country_at(w, start + 1, self.lx) or self.registry.match(w.key, w.text, start + 1)) or any(
                self.lx.people.match(w.key, k) for k in range(start + 1, a)):
            return found  # (a country or a registered body opens the words, not "… and three others"; no people:
            # "killed 12 people, Somali militants 3" counts militants, it names no speaker)
        gapped = self._phrase(w, start + 1, a)
        if gapped is None or gapped.pronoun or not gapped.country or gapped.country == found.speaker.country:
            return found
        return Found(self._corefer(gapped, si), found.how, f"{gapped.text!r}, the subject of a clause that leaves "
                                                           f"out the verb before the number")

    # -- interviews -----------------------------------------------------------------------------
    def interview(self) -> tuple[Turns, Found | None]:
        """The page's turns (``interviews.turns``) and its guest: the person named after a verb of interviewing
        ("spoke to Mary Okoro", "поговорило з головою ОВА", "김 장관과 인터뷰했다") before the first turn."""
        if self._turns is None:
            ends: dict[int, int] = {}
            for si, s in enumerate(self.sentences):
                self._paragraph_starts.setdefault(s.paragraph, si)
                ends[s.paragraph] = s.end
            if not may_ask(self.text, self.lx.words["question_labels"], tuple(self.lx.words["question_marks"])):
                self._turns = (Turns(frozenset(), {}), None)  # no line can be a question: no turns, and no guest
                return self._turns
            firsts = self._paragraph_starts
            lines = [(p, self.text[self.sentences[si].start:ends[p]]) for p, si in firsts.items()]
            found = turns(lines, self.lx.words["question_labels"], self.lx.words["answer_labels"],
                          (tuple(self.lx.words["question_marks"]), tuple(self.lx.words["answer_marks"])))
            guest = None
            if not found.answers:  # "X spoke to the Guardian by phone." then "What did you find?" / "Families told
                asked = next((k for k, (p, line) in enumerate(lines)  # us …": answers with no mark, after an
                              if k >= 1 and line.rstrip("*\"”»' ").endswith("?")  # interview introduced in the
                              and self._introduced(firsts[lines[k - 1][0]], firsts[p])), None)  # paragraph before
                if asked is not None:  # the first question
                    found = turns(lines[asked:], self.lx.words["question_labels"], self.lx.words["answer_labels"],
                                  (tuple(self.lx.words["question_marks"]), tuple(self.lx.words["answer_marks"])),
                                  bare=True)
            if found.answers:
                first = min(found.questions | set(found.answers))
                for si in range(firsts[first] - 1, -1, -1):
                    guest = self._interviewed(si)
                    if guest is not None:
                        break
                if guest is None and "" in found.answers.values():  # (a labelled answer names its own speaker)
                    self._turns = (found, None)  # (the introduction's speakers are resolved with no guest yet)
                    guest = self._introducer(firsts[first])
            self._turns = (found, guest)
        return self._turns

    def _introducer(self, first: int) -> Found | None:
        """The guest of an interview introduced with no verb of interviewing: the speaker of the last verb of saying in
        the paragraph before sentence ``first``, the first turn ("… корреспонденту 24.kg рассказал министр …", "X
        told the Post about …", "X gave evidence …"), not an outlet nor a headline."""
        if first == 0:
            return None
        paragraph = self.sentences[first - 1].paragraph
        for si in range(first - 1, -1, -1):
            if self.sentences[si].paragraph != paragraph or self.sentences[si].title:
                break
            for att, found in reversed(self.resolved(si)):
                if att.kind != "headline" and found.speaker.kind != "media" and not found.speaker.pronoun \
                        and not self._in_quote(att.position):
                    return Found(found.speaker, "interview", f"an answer of {found.speaker.text!r}, who introduces "
                                                             f"the interview")
        return None

    def _introduced(self, first: int, end: int) -> bool:
        """Does a sentence from ``first`` up to (not including) ``end`` introduce an interview (``_interviewed``)?"""
        return any(self._interviewed(si) is not None for si in range(first, end))

    def _interviewed(self, si: int) -> Found | None:
        """The person sentence ``si`` introduces as interviewed: the phrase after the table's ``interview_verbs``
        (Korean: before them, up to the sentence's subject)."""
        w = self.words(si)
        phrases = self.lx.words["interview_verbs_phrases"]
        for k in range(len(w)):
            n = next((n for n in (3, 2, 1) if " ".join(w.key[k:k + n]) in phrases), 0)
            if not n:
                continue
            if self.lx.korean is not None and k + n < len(w) and w.text[k + n] in _HEADING_MARKS:
                a, b = k + n + 1, len(w)  # "■ 인터뷰 - 김수진 …센터 선임연구원", "[인터뷰] …": a heading naming the guest
                while a < b and w.is_punct(a):
                    a += 1
                while b > a and w.is_punct(b - 1) and w.text[b - 1] != ")":
                    b -= 1
            elif self.lx.korean is not None:
                a = k
                while a > 0 and k - a < 4 and not w.is_punct(a - 1) and not (
                        w.tag[a - 1] in self.lx.words["topic_particle_tags"]
                        or w.tag[a - 1] in self.lx.words["subject_particle_tags"]):
                    a -= 1
                a, b = a, k
            else:
                a = b = k + n  # the phrase runs on over an appositive title ("Mary Okoro, head of …")
                while b < len(w) and w.text[b] not in ".;:!?()" and b - a < 16:
                    b += 1
            speaker = resolve(w, a, b, self.lx, self.registry, self.text) if a < b else None
            if speaker is not None and (speaker.kind == "media" or w.key[a] in self.lx.words["addressee_nouns"]) \
                    and self.lx.korean is None and k > 0:  # ("Quintero spoke to reporters at the ministry")
                from .attribution import _chunk_before  # "X, an epidemiologist at Y, spoke to the Guardian": the
                a, b = _chunk_before(w, k, self.lx)  # outlet spoken to interviews; its subject is the guest
                speaker = resolve(w, a, b, self.lx, self.registry, self.text) if a < b else None
            comma = next((x for x in range(a + 1, b) if w.text[x] == ","), None) if self.lx.korean is None else None
            named = resolve(w, a, comma, self.lx, self.registry, self.text) if comma is not None else None
            if named is not None and named.names and not named.pronoun:
                from .attribution import _appositive  # "spoke to X, who coordinates the response of Y in Z, where
                speaker = _appositive(w, comma + 1, self.lx, self.registry, self.text, named)  # …": the name, with
                # the title or the body headed its appositive gives, not the clauses after it
            if speaker is not None and not speaker.pronoun:
                speaker = self._corefer(speaker, si)
                self._remember(speaker)
                return Found(speaker, "interview", f"an answer of {speaker.text!r}, interviewed")
        return None

    def answer(self, si: int) -> Found | None:
        """Who speaks in sentence ``si`` when it stands in an answer of an interview: the guest, or the person the
        answer's label names (a name or role of the guest, else someone named before), else no one."""
        found, guest = self.interview()
        paragraph = self.sentences[si].paragraph
        if paragraph not in found.answers:
            return None
        name = found.answers[paragraph]
        if not name:
            return guest
        first = self._paragraph_starts[paragraph]  # the label opens the paragraph's first sentence
        w = self.words(first)
        end = next((k for k in range(len(w)) if w.text[k] == ":"), 0)
        start = next((k for k in range(end) if not w.is_punct(k)), end)
        labelled = resolve(w, start, end, self.lx, self.registry, self.text, True) if start < end else None
        if labelled is None or labelled.pronoun:
            return guest
        if guest is not None and labelled.keys & guest.speaker.keys - self.lx.words["generic_roles"]:
            return guest
        labelled = self._corefer(labelled, first)
        return Found(labelled, "interview", f"an answer labelled {labelled.text!r}")

    def _another_time(self, si: int, offset: int) -> bool:
        """Is sentence ``si`` set in an earlier time by a phrase of the table's ``past_words`` before the number at
        ``offset`` ("In February last year, more than 60 …", "Two years ago, 40 …")? A number there with no source of
        its own is background, not the issuer's news (not "families searching for loved ones who went missing years
        ago": a time after the number is of a clause about the people)."""
        phrases = self.lx.words["past_words_phrases"]
        if not phrases or self.lx.korean is not None:
            return False
        w = self.words(si)
        end = w.at(offset)
        return any(" ".join(w.key[k:k + n]) in phrases for n in (1, 2, 3) for k in range(max(0, end - n + 1)))



_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3][\uac00-\ud7a3·ㆍ・]+")


def _korean_abbreviates(short: str, name: str) -> bool:
    """Does the Korean ``short`` (three syllables or more) abbreviate ``name`` as Korean clips a body's name: the name
    set in brackets after it ("…위원회(진실화해위)"), or the name's first syllable, then the rest of its syllables
    in order, the last of them in the name's last three (four with a particle) ("진실화해위" for "진실·화해를위한과거사정리위원회",
    "중대본" for "중앙재난안전대책본부")?

    Examples
    --------
    >>> _korean_abbreviates("진실화해위", "진실·화해를위한과거사정리위원회")
    True
    >>> _korean_abbreviates("중대본", "중앙재난안전대책본부는")
    True
    >>> _korean_abbreviates("진실화해위", "진실화해 위원장 김모씨")
    False
    """
    if len(short) < 3 or not all("\uac00" <= ch <= "\ud7a3" for ch in short):
        return False
    if f"({short})" in name:
        return True
    for run in _HANGUL_RUN.finditer(name):
        long = "".join(ch for ch in run.group() if "\uac00" <= ch <= "\ud7a3")
        if len(long) <= len(short) + 1 or long[0] != short[0] or short[-1] not in long[-4:]:
            continue
        k = 1
        for ch in short[1:-1]:
            k = long.find(ch, k) + 1
            if k == 0:
                break
        if k and long.rfind(short[-1]) >= max(k, len(long) - 4):
            return True
    return False


def _spells(word: str, parts: list[tuple[str, str]]) -> bool:
    """Does ``word`` (in lower case) abbreviate the words ``parts`` ((as written, key) pairs, in lower case) as a
    compound word does: two letters or more of each word but the last, then the last whole, as written or in its
    dictionary form ("госкомиссия": государственной комиссии; "генштаб": генеральний штаб; "минобороны": министерства
    обороны; "держприкордонслужба": державної прикордонної служби)?"""
    (text, key), rest = parts[0], parts[1:]
    if not rest:
        return word in (text, key)
    return any(word.startswith(form[:n]) and _spells(word[n:], rest)
               for form in {text, key} for n in range(min(len(form), len(word) - 2), 1, -1))


def _related_start(doc: Document, lx: Language) -> int:
    """The index of the line that opens a page's list of other stories (a whole line of the table's
    ``related_markers``: "Related stories", "Read more"), or the number of sentences when there is none."""
    markers = lx.words["related_markers_phrases"]
    if markers:
        for si, s in enumerate(doc.sentences):
            if s.title and " ".join(k for k, t in zip(doc.words(si).key, doc.words(si).text)
                                    if t[:1].isalnum()) in markers:
                return si
    return len(doc.sentences)


_WORD_CHARS = frozenset("_'’.-")  # with the letters and digits: the characters of ``[\w'’.-]``


class _Hit:
    """A match found without a pattern: ``start()``, ``end()`` and ``group()`` as a ``re.Match`` gives them."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


def _joins(ch: str) -> bool:
    r"""Is ``ch`` a character of ``[\w-]`` (``\w``: what ``str.isalnum`` accepts, and the underscore)?"""
    return ch.isalnum() or ch == "_" or ch == "-"


def _whole_words(name: str, text: str):
    r"""``re.finditer(rf"{re.escape(name)}(?<![\w-]{re.escape(name)})(?![\w-])", text)``: the same matches, found
    with ``str.find`` (a pattern made for each new name cost its compilation, about 60 µs, once per name and article).

    Examples
    --------
    >>> [(m.start(), m.group()) for m in _whole_words("Lee", "Lee, Leeds, O-Lee, Lee_ and Lee.")]
    [(0, 'Lee'), (28, 'Lee')]
    """
    if not name:  # (an empty name matches everywhere; never asked, read by the pattern)
        yield from re.finditer(r"(?<![\w-])(?![\w-])", text)
        return
    n, size = len(name), len(text)
    pos = text.find(name)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not _joins(text[pos - 1])) and (end >= size or not _joins(text[end])):
            yield _Hit(text, pos, end)
            pos = text.find(name, end)
        else:
            pos = text.find(name, pos + 1)


def _stem_words(stem: str, text: str):
    r"""``re.finditer(rf"{re.escape(stem)}(?<![\w-]{re.escape(stem)})[\w'’]*(?![\w-])", text)``: the same
    matches, found with ``str.find``: a word that opens with ``stem`` (not after a letter, digit, underscore or
    hyphen), as far as its letters, digits, underscores and apostrophes go, and not right before a letter, digit,
    underscore or hyphen; before a hyphen it ends at its last apostrophe, as the pattern gives back what it took.

    Examples
    --------
    >>> [m.group() for m in _stem_words("Гри", "Гриценко, Гриценка; аГри, Гри'-x, Грин'ов-")]
    ['Гриценко', 'Гриценка', 'Гри', 'Грин']
    """
    n, size = len(stem), len(text)
    if not n:
        yield from re.finditer(r"(?<![\w-])[\w'’]*(?![\w-])", text)
        return
    pos = text.find(stem)
    while pos >= 0:
        if pos and _joins(text[pos - 1]):
            pos = text.find(stem, pos + 1)
            continue
        end = pos + n
        while end < size and (text[end].isalnum() or text[end] in "_'’"):
            end += 1
        while end < size and _joins(text[end]) and end > pos + n:
            end -= 1  # the pattern gives back a letter at a time until the next is no word character
        if end < size and _joins(text[end]):
            pos = text.find(stem, pos + 1)  # (back at the stem itself, still before a word character: no match)
            continue
        yield _Hit(text, pos, end)
        pos = text.find(stem, end)


def _word_before(name: str, text: str):
    r"""``re.finditer(rf"([^\W\d_][\w'’.-]*)\s+{re.escape(name)}(?![\w-])", text)``: the same matches, found from
    the places where ``name`` (which opens with no white space) follows white space, instead of trying a word at every
    letter of the text. A match ends its word where the white space before ``name`` starts, so none starts before
    the word that ends there; the pattern is searched from that word's start.

    Examples
    --------
    >>> [m.group(1) for m in _word_before("Red Cross", "the Philippine Red Cross and 2 Red Cross, Kenya's  Red Cross")]
    ['Philippine', "Kenya's"]
    """
    pattern = re.compile(rf"([^\W\d_][\w'’.-]*)\s+{re.escape(name)}(?![\w-])")
    spaced = re.compile(rf"\s+{re.escape(name)}(?![\w-])")
    pos = look = 0
    while True:
        candidate = spaced.search(text, look)
        if candidate is None:
            return
        start = candidate.start()
        while start > pos and text[start - 1].isspace():
            start -= 1
        space = start
        while start > pos and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS):
            start -= 1
        if start == space:  # no word before this white space (from ``pos`` on): no match ends here
            look = candidate.start() + 1
            continue
        m = pattern.search(text, start)
        if m is None:
            return
        yield m
        pos = look = m.end()


def _background_toll(w: Words, a: int, speaker: Speaker, lx: Language) -> bool:
    """English-like tables: is the number at word ``a`` the toll an event left ("…, leaving at least 76 dead", "in
    unrest that has now left at least nine people dead": a verb of the table's ``leaving_verbs`` right before it) in a
    sentence whose speaker is a person known by name alone, with no office, body nor country (a relative, a
    witness)? Such a person tells what befell them; the toll of the whole event is the reporter's background. A body or
    an official who gives it states it ("They left at least 260 dead", an army spokesman)."""
    return lx.table["morphology"] == "none" and lx.korean is None and a > 0 and w.key[a - 1] in lx.words[
        "leaving_verbs"] and not speaker.country and not speaker.pronoun and speaker.how == "name" and bool(
        speaker.names) and not any(k in lx.roles for k in speaker.keys)


LIST_ITEM = 5  # words of a listed item's noun phrase between the number before and the next one


def _next_item_of_things(w: Words, previous_end: int, a: int, b: int, lx: Language) -> bool:
    """English-like tables: is the number at words[a:b] the next item of a list whose item before (ending at
    ``previous_end``) counts things: the words between are that item's noun (a year has none: "425 in 2022 and 339 in
    2021") and a comma or a coordinator right before
    the number, and the number's own noun phrase (up to the next mark or coordinator) names no people and no measure
    ("dispatched 2,000 tents, 4,500 food packs, 1,500 hygiene kits and 20 dewatering pumps"; not "seized 12 rifles
    and 40 fighters": people; nor "destroyed 300 homes and killed 12": a verb of its own)."""
    if lx.table["morphology"] != "none" or lx.korean is not None or not 1 < a - previous_end <= LIST_ITEM \
            or not (w.text[a - 1] == "," or w.key[a - 1] in lx.words["coordinators"]):
        return False
    if any(w.is_punct(x) and w.text[x] not in ",-" for x in range(previous_end, a)) \
            or any(lx.measures.match(w.key, x) or lx.people.match(w.key, x) for x in range(previous_end, a)):
        return False
    end = b
    while end < len(w) and end - b < LIST_ITEM and not w.is_punct(end) and w.key[end] not in lx.words["coordinators"]:
        end += 1
    if end == b or (end < len(w) and not w.is_punct(end) and w.key[end] not in lx.words["coordinators"]):
        return False  # (no noun of its own, or a phrase too long to be an item's)
    return not any(lx.people.match(w.key, x) or lx.measures.match(w.key, x) or w.key[x] in lx.roles
                   or lx.predicate_form(w.text[x]) for x in range(b, end))


def _in_subject_aside(text: str, w: Words, found: Found, r: Range, lx: Language) -> bool:
    """English: does the number ``r`` stand in a relative clause set off by commas right after the one who speaks
    ("The UN mission, which has 12,000 peacekeepers in the country, said 40 civilians …"; after an age: "…," said Amina
    Yusuf, 34, whose brother was among the 23 killed.")? That clause describes the speaker for the reader; the verb of
    saying reports what the speaker said, not the clause. Before the verb the clause closes with a comma; after the
    verb ("said X, who …") it may close the sentence. A clause with a verb of saying or valuing of its own is the
    speaker's claim ("The ministry, which said 60 people had died, …", "The survey, which put the toll at 3,100, …";
    the verb may open the number's phrase: "which estimated over 4,000")."""
    if lx.table["morphology"] != "none" or lx.korean is not None or found.how not in ("direct", "inverted"):
        return False
    span = found.speaker.span
    if not span or span[1] > r.start or r.start - span[1] > 120:
        return False
    between = text[span[1]:r.start]
    opened = re.match(r"\s*\)?\s*(?:\([^()]{1,24}\)\s*)?,\s*(?:\d{1,3}\s*,\s*)?(\w+)\b", between)  # (an age before it:
    # "Amina Yusuf, 34, whose"; the body's initialism: "The International Commission on Missing Persons (ICMP), which")
    if opened is None or re.search(r"[;:.!?]", between) or re.search(r",(?!\d)", between[opened.end():]):
        return False
    if opened.group(1).lower() not in lx.words["relative_pronouns"] and not (
            opened.group(1).lower() in lx.words["indefinite_determiners"] and found.how == "direct"):
        return False  # (an appositive of the indefinite article describes the speaker as a relative clause does: "Musa
        # Garba, a parent whose two daughters were taken, told", "Situation Room, a coalition of more than 70 groups
        # that monitors elections, said")
    if any(span[1] <= w.start[k] < r.end and (lx.speech.match_loose(w.key, k) is not None
                                                  or w.key[k] in lx.words["valuing_verbs"]) for k in range(len(w))):
        return False
    rest = text[r.end:r.end + 120]
    close = re.search(r",(?!\d)|[;:.!?]", rest)
    return close is not None and (rest[close.start()] == "," or found.how == "inverted")


def _is_figure(w: Words, k: int, lx: Language) -> bool:
    """Is word ``k`` a figure: digits, or a number word of the table?"""
    return w.text[k][:1].isdigit() or whole_number(w.key[k], lx) is not None


def _from_earlier(w: Words, a: int, b: int, before: tuple[int, int], lx: Language) -> bool:
    """English: is the number at words[a:b] the figure a count rose or was raised from, after "from" ("The number of
    dead rose to 12 on Tuesday from nine a day earlier", "raised the toll to 12 on Monday from nine")? The number before
    (``before``: its words) follows a verb of level or "to"; only words of time may stand between the two, and the
    number names no people or things of its own."""
    if lx.table["morphology"] != "none" or lx.korean is not None or a < 1:
        return False
    if w.key[a - 1] not in lx.words["origin_prepositions"] or not 0 < a - 1 - before[1] <= 4:
        return False
    p = before[0]
    if not (p >= 1 and (w.key[p - 1] in lx.words["destination_prepositions"] or any(
            p - n >= 0 and " ".join(w.key[p - n:p]) in lx.words["level_verbs_phrases"] for n in (1, 2, 3)))):
        return False
    if any(w.is_punct(x) or _is_figure(w, x, lx) or lx.measures.match(w.key, x) is not None
           or lx.people.match(w.key, x) is not None for x in range(before[1], a - 1)):
        return False
    return b >= len(w) or w.is_punct(b) or not (lx.people.match(w.key, b) or lx.measures.match(w.key, b)
                                                 or w.key[b] in lx.words["not_people_after"])


def _restates_before(r: Range, before: list[Range] | tuple, speaker: object) -> bool:
    """Does the number ``r``, in a sentence with no speaker of its own (``speaker`` None), restate a figure of the
    sentence before ("… recorded 62 casualties, 43 of them fatal. The figure of 43 has been carved on the memorial")?
    The same value and kind again is the reporter's back-reference to that claim, no claim of its own (the guide's
    carry-over is strict: a sentence with no speaker and no word pointing back to one is no claim)."""
    return speaker is None and any(q.low == r.low and q.high == r.high and q.kind == r.kind for q in before)


def _names_the_count(w: Words, a: int, lx: Language) -> bool:
    """Does a definite count noun stand before the number in its clause ("the number would rise to 7,000", "the figure
    could reach 90"), or a noun of the table's ``figure_nouns`` right before it, past a dash or a colon ("называют
    другую цифру — шесть человек")? It names the count of the sentence before."""
    if a >= 2 and w.text[a - 1] in ":—–" and w.key[a - 2] in lx.words["figure_nouns"]:
        return True  # "называют другую цифру — шесть человек", "наводять іншу цифру: шість": a noun of a figure, a dash
        # or a colon, then its value (languages with no articles, whose tables list these nouns apart)
    definite = lx.words["definite_determiners"] | lx.words["determiners"]
    for k in range(a - 1, max(0, a - 8), -1):  # back from the number to the clause's start
        if (w.is_punct(k) and not (k == a - 1 and w.text[k] == ":")) or (
                w.key[k] in lx.words["clause_words"] and not acronym(w.text[k])) \
                or w.key[k] in lx.words["complementizers"] or _is_figure(w, k, lx):
            return False  # (a colon may stand between the noun and its number: "gives a far higher figure: 6,800"; a
            # figure between is the noun's own value, and "that" opens another clause: "revised the toll down to 12
            # after discovering that three people had been counted twice")
        if w.key[k] in lx.words["estimate_nouns"] and any(w.key[x] in definite for x in range(max(0, k - 3), k)):
            return True  # "the figure", "a far higher figure", "its own count"
    return False


def _independent_kind(name: str) -> bool:
    """Do a body's own words make it independent of any state (a university, a charity, an outlet: the comparison
    layer's kind words)?"""
    return infer_kind(name)[0] in _KIND_POINTERS


def _headline_topic(w: Words, a: int, lx: Language) -> Measure | None:
    """The measure a headline's topic names before the colon that stands before the number at word ``a`` ("Migrant
    deaths on Spain's Atlantic route: NGO counts 3,912"): the first cue of the first or second rank before the colon,
    when a verb of saying or counting stands right before the number; None when no colon stands before the number,
    no such verb before it or no such cue before the colon. (Languages read without morphology only: no case
    ending says there what the number counts.) (The caller asks only for a headline's first
    number with no measure of its own.)"""
    colon = next((x for x in range(a - 1, -1, -1) if w.text[x] == ":"), None)
    if colon is None or lx.table["morphology"] != "none" or not any(
            (m := lx.speech.match(w.key, x)) is not None and x + m[0] == a for x in range(colon + 1, a)):
        return None  # (the number is the object of the headline's verb of saying or counting: "NGO counts 3,912";
        # not "Spain to hire 500 border guards")
    for x in range(colon):
        m = lx.measures.match(w.key, x) if w.key[x] in lx.measures.firsts else None
        if m is not None and m[1][1] <= 2:  # type: ignore[index]
            metric, rank = m[1]  # type: ignore[misc]
            return Measure(metric, " ".join(w.text[x:x + m[0]]) + " (the headline's topic)", a - x, False, rank,
                           (x, x + m[0]))
    return None


def _compared(w: Words, a: int, lx: Language) -> bool:
    """Do words of the table's ``comparison_words`` stand right before the number at word ``a`` ("up from seven",
    "compared with 184")?"""
    phrases = lx.words["comparison_words_phrases"]
    return bool(phrases) and any(" ".join(w.key[a - n:a]) in phrases for n in (1, 2, 3) if a - n >= 0)


def _reported_alone(doc: Document, si: int, a: int, b: int) -> bool:
    """Korean: is the number at words [a, b) all a second speaker's reported clause says, right after that speaker and
    before a verb of saying, after a clause of contrast ("하마스는 사망자가 50명이라고 주장했지만 이스라엘군은 20명이라고
    반박했다")? Then it counts what the number before counted: a rival figure of the same measure. Not a number with a
    noun of its own before it ("참가자는 5천명이라고"), nor after a clause joined by "and" ("…밝혔고, 주최 측은 5천명이라고").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> s = "하마스는 사망자가 50명이라고 주장했지만 이스라엘군은 20명이라고 반박했다."
    >>> doc = Document(s, language("ko"), registry_index("ko"))
    >>> _reported_alone(doc, 0, 5, 6)
    True
    """
    lx = doc.lx
    w = doc.words(si)
    if lx.korean is None or a == 0 or b >= len(w):
        return False
    if not w.text[b - 1].endswith(tuple(lx.words["quotative_endings"])) or lx.speech.match(w.key, b) is None:
        return False
    contrast = tuple(lx.words["contrast_endings"])
    if not contrast or not any(w.text[x].endswith(contrast) for x in range(max(0, a - 6), a - 1)):
        return False  # (the first speaker's clause ends in a contrast, "주장했지만", "밝혔으나": a rival figure)
    starts, ends = doc.speaker_spans(si)
    k = bisect.bisect_right(starts, w.start[a - 1]) - 1
    return k >= 0 and w.start[a - 1] < ends[k] and w.tag[a - 1] in lx.words["subject_particle_tags"]


def _speaker_between(doc: Document, si: int, b: int, a: int) -> bool:
    """Does a speaker after its verb of saying stand between words ``b`` and ``a`` ('"… I counted nine bodies," said
    Wilner Joseph, a farmer who came with his wife and three grandchildren': the words after the speaker describe him,
    no part of the count before; not "although U.S. estimates were lower at 1,200", a source of the number after it)?
    English only: a Slavic or Korean speaker inside a list of figures is usual."""
    if doc.lx.table["morphology"] != "none" or doc.lx.korean is not None or b >= a:
        return False
    w = doc.words(si)
    return any(x.kind == "inverted" and x.speaker is not None and w.start[b] <= x.position < w.start[a]
               for x in doc.attributions(si))


def _verb_after_and(w: Words, b: int, c: int, lx: Language) -> bool:
    """Between the number ending at word ``b`` and the one starting at ``c``, does a coordinator stand with a word in
    small letters after it that is no determiner ("3,000 households and built 40 shelters": a clause of its own;
    not "300 firefighters and 40 engines", "… and another 40")?"""
    joins = [k for k in range(b, c) if w.key[k] in lx.words["coordinators"]]
    return bool(joins) and any(w.text[k][:1].isalpha() and w.text[k].islower() and w.key[k] not in lx.words[
        "determiners"] and w.key[k] not in lx.increments for k in range(joins[-1] + 1, c))


def _past_verb_after_and(w: Words, b: int, c: int, lx: Language) -> bool:
    """Between the number ending at word ``b`` and the one starting at ``c``, does a coordinator stand right before a
    verb of its own in the past (English: a word in small letters with the table's ``passive_endings``, "detained
    14,000 people and turned back 250,000 others")? Not "and we have referred four of them" (a subject first)."""
    endings = tuple(lx.words["passive_endings"])
    if lx.table["morphology"] != "none" or not endings:
        return False
    joins = [k for k in range(b, c) if w.key[k] in lx.words["coordinators"]]
    if not joins or joins[-1] + 1 >= c:
        return False
    k = joins[-1] + 1
    return w.text[k].islower() and w.text[k].endswith(endings) and len(w.text[k]) > 4


def _among_before(w: Words, a: int, cue: Measure, lx: Language) -> bool:
    """Does a word of the table's ``among_words`` stand between the cue before the number at word ``a`` and the number,
    with at most a determiner after it ("the highest toll among the 221,000 pilgrims")? The people after it are those
    the cue's people were among, not counted by it."""
    among = lx.words["among_words"]
    small = lx.words["definite_determiners"] | lx.words["pronouns"] | lx.words["first_person"]
    k = a - 1
    while k >= 0 and a - k <= 3 and w.key[k] in small:
        k -= 1
    return bool(among) and k >= 0 and w.key[k] in among and cue.words[1] <= k


def _among_after(w: Words, b: int, c: int, lx: Language) -> bool:
    """Are the people counted by the number ending at word ``b`` said to be among those of the number at ``c`` ("Seven
    Nepali workers were among 11 people killed"): an auxiliary, then a word of the table's ``among_words`` and at most
    a determiner before the second number, within six words and no mark?"""
    among = lx.words["among_words"]
    small = lx.words["definite_determiners"] | lx.words["pronouns"] | lx.words["first_person"]
    k = c - 1
    while k > b and c - k <= 3 and w.key[k] in small:
        k -= 1
    return bool(among) and b < k and k - b <= 6 and w.key[k] in among and w.key[k - 1] in lx.words[
        "auxiliary_verbs"] and not any(w.is_punct(x) for x in range(b, k))


def _restated(w: Words, spans: list[tuple[int, int]], ranges: list[Range], k: int) -> bool:
    """Is the number ``k`` of a sentence the one before it restated in brackets right after it ("one hundred and fifty
    (150) troops", "five (5) temporary shelters": a style of legal and official writing)?"""
    return k > 0 and spans[k][0] >= 1 and spans[k - 1][1] == spans[k][0] - 1 and w.text[spans[k][0] - 1] == "(" \
        and spans[k][1] < len(w) and w.text[spans[k][1]] == ")" \
        and (ranges[k].low, ranges[k].high) == (ranges[k - 1].low, ranges[k - 1].high)


def _whole_before_partition(w: Words, b: int, lx: Language) -> bool:
    """Korean, whose wholes come first: is the number ending at word ``b`` a whole that a partition word right after it
    (its counter of people between, "60여 명 가운데") splits into parts ("승객 38명 가운데 12명이 숨졌다": the table's
    ``partition_words``)? The cue after the partition word is the part's, not the whole's. (English "twelve of them"
    names the part first: never so read.)"""
    if lx.korean is None or b >= len(w):
        return False
    k = b + 1 if (m := lx.people.match(w.key, b)) is not None and m[0] == 1 and b + 1 < len(w) else b
    return w.key[k] in lx.words["partition_words"]


def _partitive(w: Words, b: int, c: int, lx: Language) -> bool:
    """Do the words[b:c] between two numbers make the first a part of the second ("three of its 31,600 pilgrims", "12
    out of the 300 miners"): a word of the table's ``partitive_words`` (after "out"), then at most a determiner or a
    possessive?"""
    partitive = lx.words["partitive_words"]
    if not partitive or not 0 < c - b <= 3:
        return False
    k = b + 1 if w.key[b] == "out" and lx.table["morphology"] == "none" else b  # ("out of": English)
    if k >= c or w.key[k] not in partitive:
        return False
    small = lx.words["definite_determiners"] | lx.words["pronouns"] | lx.words["first_person"]
    return all(w.key[x] in small for x in range(k + 1, c))


def _whole_of_part(w: Words, a: int, lx: Language, previous: Measure | None) -> Measure | None:
    """The measure of the whole a number right after a subset word is part of ("사망자 가운데 12명", "숨진 이들 중
    12명"): the measure phrase that ends right before the subset word, with a people noun or a pronoun after it,
    else the number before (``previous``, "52명이 숨졌고 그중 12명"); None when the number is no part."""
    for k in range(max(0, a - 3), a):
        m = lx.subsets.match(w.key, k)
        if not m or k + m[0] != a or w.key[k] in lx.words["part_first_words"]:
            continue
        for j in (k - 1, k - 2):
            if j < 0 or (j == k - 2 and not (lx.people.match(w.key, k - 1) or w.key[k - 1] in lx.words["pronouns"])):
                continue
            found = lx.measures.match(w.key, j)
            if found is not None and j + found[0] == (k if j == k - 1 else k - 1):
                metric, rank = found[1]  # type: ignore[misc]
                return Measure(metric, " ".join(w.text[j:k]), 9, False, rank, (j, k))
        if lx.korean is not None and k > 0 and w.text[k - 1][:1].isalpha() and not w.tag[k - 1] \
                and not any(c.isdigit() for c in w.text[k - 1]) and w.key[k - 1] not in lx.words["pronouns"] \
                and lx.measures.match(w.key, k - 1) is None:
            return None  # "구조된 광부 가운데 5명이 중상을 입고": a whole named by a noun of its own, in no measure, is not
            # the number before ("시신 9구를 수습했고, 구조된 광부 가운데 …")
        return previous
    return None


def _sick_whole(w: Words, a: int, lx: Language, before: tuple[int, int] | None) -> bool:
    """Is the number at ``a`` a part (after a subset word) of people sick with a disease (the table's ``sick_nouns``):
    named right before the subset word ("확진자 가운데"), or, after a pronoun ("이 가운데"), right before the number
    before (``before``: its words' span)?"""
    sick = lx.words["sick_nouns"]
    for k in range(max(0, a - 3), a):
        m = lx.subsets.match(w.key, k)
        if not m or k + m[0] != a or not sick:
            continue
        if any(w.key[j] in sick for j in range(max(0, k - 2), k)):
            return True
        return k > 0 and w.key[k - 1] in lx.words["pronouns"] and before is not None and any(
            w.key[j] in sick for j in range(max(0, before[0] - 2), before[0]))
    return False


def _earlier_figure(w: Words, a: int, lx: Language) -> bool:
    """Does a word of the tables' ``earlier_markers`` end right before the number at word ``a`` ("up from seven",
    "против 7 накануне"), making it the earlier figure of the count revised before it in the sentence?

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.words import tokenize
    >>> s = "The toll rose to 11, up from seven."
    >>> en = language("en")
    >>> _earlier_figure(tokenize(s, 0, len(s), en), 8, en)
    True
    """
    return any(a >= len(p) and tuple(w.key[a - len(p):a]) == p
               for p in (tuple(x.split()) for x in lx.words["earlier_markers_phrases"]))


def _increment(w: Words, a: int, b: int, lx: Language) -> bool:
    """Does the number at words[a:b] count more of the people counted before it ("another four", "four more",
    "four others": the tables' ``increment_before`` and ``increment_words``)? With no measure of its own, it takes the
    measure of the last number of the sentence before."""
    if not ((a > 0 and w.key[a - 1] in lx.words["increment_before"]) or (
            b < len(w) and w.key[b] in lx.words["increment_words"])):
        return False
    k = b + 1 if b < len(w) and w.key[b] in lx.words["increment_words"] else b
    return k >= len(w) or w.is_punct(k) or any(w.key[k] in lx.words[name] for name in (
        "determiners", "definite_determiners", "np_glue", "place_prepositions", "passive_auxiliaries"))
    # (not "another 40 passengers", "questioned another 30 witnesses": people of a noun of their own)


def _opens_with_subset(w: Words, a: int, lx: Language) -> bool:
    """Does the sentence open with the subset word before the number at ``a`` ("Among them were 11 …")? Then it
    counts a part of the last number of the paragraph before, even across the paragraph break."""
    m = lx.subsets.match(w.key, 0) if a > 0 else None
    return bool(m) and m[0] <= a <= m[0] + 2 and not any(w.is_punct(k) for k in range(m[0], a))


def _credit_end(w: Words, longest: int = 6) -> int:
    """The index just after a short bracketed credit that opens a sentence ("[Seoul=Agency]"), else 0.

    >>> from analysis.extract.language import language
    >>> from analysis.extract.memo import sentence_words
    >>> lx = language("en")
    >>> text = "(Lagos=Wire) Ten people died, police said."
    >>> _credit_end(sentence_words(text, 0, len(text), lx))
    4
    >>> text = "Ten people died (police said)."
    >>> _credit_end(sentence_words(text, 0, len(text), lx))
    0
    """
    if not len(w) or w.text[0] not in CREDIT_BRACKETS:
        return 0
    closing = CREDIT_BRACKETS[w.text[0]]
    for i in range(1, min(len(w), longest + 2)):
        if w.text[i] == closing:
            return i + 1
    return 0


def _dateline_end(w: Words, longest: int = 10) -> int:
    """The index just after a dateline that opens a sentence, a place and a date before a dash ("Geneva/Kabul, 7
    October 2025 – The …", "ADDIS ABABA, Ethiopia — …": capitalised words, digits, commas and slashes), else 0.

    >>> from analysis.extract.language import language
    >>> from analysis.extract.memo import sentence_words
    >>> texts = ("Geneva/Kabul, 7 October 2025 – The agency is alarmed.", "Ten people died – police said.",
    ...          "22 May 2025 – The ministry facilitated it.")
    >>> [_dateline_end(sentence_words(t, 0, len(t), language("en"))) for t in texts]
    [7, 0, 4]
    """
    for d in range(1, min(len(w), longest + 1)):
        if w.text[d] in ("–", "—", "-") and d + 1 < len(w) and w.start[d] > w.end[d - 1]:
            if all(w.text[x].isupper() and len(w.text[x]) > 2 for x in range(d)) and d <= 3 and w.is_capital(d + 1):
                return d + 1  # "GENEVA/N’DJAMENA – UNHCR, …": a place in capitals alone, over a capital
            if d == 3 and w.text[0].isdigit() and w.is_capital(1) and len(w.text[2]) == 4 and w.text[2].isdigit() \
                    and w.is_capital(d + 1):
                return d + 1  # "22 May 2025 – The Department of Foreign Affairs …": a release's date alone
            return d + 1 if "," in w.text[:d] and all(
                w.is_capital(x) or w.text[x].isdigit() or w.text[x] in ",/" for x in range(d)) else 0
        if not (w.is_capital(d) or w.text[d].isdigit() or w.text[d] in ",/"):
            return 0
    return 0


def _part_of_them(w: Words, b: int, lx: Language) -> int:
    """Does a part word follow the number ending at word ``b``, a part of people named before its sentence? 1 for an
    object pronoun ("eleven of them", "48 of them"), 2 for a whole the table's ``subset_words`` name with a determiner
    ("19 of the victims"), else 0. Languages of no cases only (the others say "з них" before it)."""
    if lx.table["morphology"] != "none" or lx.korean is not None or b + 1 >= len(w) \
            or w.key[b] not in lx.words["partitive_words"]:
        return 0
    if w.key[b + 1] in lx.words["object_pronouns"] and w.key[b + 1] not in lx.words["first_person"]:
        return 1
    named = lx.subsets.match(w.key, b) if w.key[b] in lx.subsets.firsts else None
    if named is None or named[0] < 3 or w.key[b + 1] not in lx.words["definite_determiners"]:
        return 0
    possessive = tuple(str(x) for x in lx.table.get("possessive_suffixes", ()))
    return 0 if possessive and w.text[b + named[0] - 1].endswith(possessive) else 2  # (not "Nine of the victims'
    # trucks": what they own is counted)


def _of_the_dead(w: Words, b: int, lx: Language) -> bool:
    """Is the whole a part word names after the number ending at word ``b`` the dead: a noun of the table's
    ``victim_nouns`` within its three words ("two of the victims", "nine of the dead")? A sentence before that counted
    the dead and the hurt gave the victims' count first; the part is of the dead.

    Parameters
    ----------
    w : Words
        The sentence's words.
    b : int
        The index of the part word ("of") after the number.
    lx : Language
        The language's tables.

    Returns
    -------
    bool
        True when the whole is named by a noun of the dead.
    """
    return any(w.key[k] in lx.words["victim_nouns"] for k in range(b + 1, min(len(w), b + 4)))


def _names_them(doc: Document, si: int, lx: Language) -> bool:
    """Does sentence ``si`` (after another) hold a part word and an object pronoun after a word ("Thirty of them are
    children"), a part of people the sentence before may name? Then it is read though it names no measure."""
    w = doc.words(si)
    return si > 0 and any(_part_of_them(w, k, lx) for k in range(1, len(w) - 1))


def _whole_before(doc: Document, si: int, last_measure: dict[int, Measure], lx: Language) -> Measure | None:
    """The measure of the people a part's pronoun points back to in the sentence before ``si``: its last count's when
    it counted people (in its paragraph or at the end of the one before), else, in the same paragraph, the first
    measure it names of people it does not count ("These are people who died in apartments …"); None when the sentence
    before counts things or names no measure."""
    gap = doc.sentences[si].paragraph - doc.sentences[si - 1].paragraph
    if si - 1 in last_measure:
        return last_measure[si - 1] if gap <= 1 else None
    w = doc.words(si)
    if any(_part_of_them(w, k, lx) == 2 for k in range(1, len(w) - 2)):
        for back in range(si - 2, max(-1, si - 4), -1):  # "… recovered 31 bodies … . The remains were found in 14
            if doc.sentences[si].paragraph - doc.sentences[back].paragraph > 2:  # pits … . "… identified nine of
                break  # the victims": a whole named with its noun is the people counted a few sentences before
            if back in last_measure:
                return last_measure[back]
    if gap or doc.ranges(si - 1):
        return None  # (a sentence of numbers that count no one: the pronoun's people are not there)
    before = doc.words(si - 1)
    if not len(before) or any(lx.none.match(before.key, k) for k in range(len(before))):
        return None
    return _named_measure(before, lx)


def _quoted_cue(doc: Document, si: int, lx: Language) -> Measure | None:
    """The measure the sentence before names (a cue of the first or second rank, and no number of its own), when both
    sentences stand in one quotation ("«Наші вдома. 157 українців – воїни ЗСУ …»"), or None."""
    if si == 0 or not doc.quote_across(doc.sentences[si].start) or doc.ranges(si - 1):
        return None  # (no quotation runs on from the sentence before: nothing to read, not even its numbers)
    here, before = doc.words(si), doc.words(si - 1)
    if not len(here) or not len(before) or any(lx.none.match(before.key, k) for k in range(len(before))):
        return None  # ("Поранених немає.": a claim of none, no measure for the next sentence)
    quoted = doc._in_quote(here.start[0])
    if quoted is None or doc._in_quote(before.start[0]) != quoted:
        return None
    return _named_measure(before, lx)


def _named_measure(before: Words, lx: Language) -> Measure | None:
    """The first measure a sentence names (a cue of the first or second rank, not negated), for a number with none of
    its own in the sentence after, or None."""
    firsts = lx.measures.firsts
    for i in range(len(before)):
        m = lx.measures.match(before.key, i) if before.key[i] in firsts else None
        if m and m[1][1] <= 2 and not _negated_at(before, i, lx):  # type: ignore[index]
            return Measure(m[1][0], " ".join(before.text[i:i + m[0]]), 9, False, m[1][1], (0, 0))  # type: ignore[index]
    return None


def _asked_cue(doc: Document, si: int, lx: Language) -> Measure | None:
    """The measure an interview's question names, for the first sentence of the answer right after it ("QUESTION: How
    many soldiers were wounded?" / "QUINTERO: Nine."; "— Сколько человек погибло? — Девять."), or None."""
    found = doc.interview()[0]
    paragraph = doc.sentences[si].paragraph
    if paragraph not in found.answers or paragraph - 1 not in found.questions \
            or si == 0 or doc.sentences[si - 1].paragraph == paragraph:
        return None
    for q in range(si - 1, -1, -1):
        if doc.sentences[q].paragraph != paragraph - 1:
            break
        asked = _named_measure(doc.words(q), lx)
        if asked is not None:
            return asked
    return None


ALL_OF_THEM_REACH = 6  # words after "Усі"/"Всі вони" in which the sentence after names what befell them


def _all_of_them_after(doc: Document, si: int, lx: Language) -> Measure | None:
    """The measure the next sentence names when it opens on a word of all the people just counted (the table's
    ``universal_words``: "Усі", "Всі вони", "Все они"), stands in the same paragraph and counts nothing itself: a cue
    of the first or second rank within its first clause ("Ще троє людей звернулися по допомогу самостійно. Усі мають
    осколкові поранення": all three are hurt); else None."""
    phrases = lx.words["universal_words_phrases"]
    if not phrases or si + 1 >= len(doc.sentences) or doc.sentences[si + 1].paragraph != doc.sentences[si].paragraph:
        return None
    after = doc.words(si + 1)
    start = 0
    while start < len(after) and after.is_punct(start):
        start += 1  # (an opening quotation mark)
    opening = next((start + n for n in (2, 1) if " ".join(after.key[start:start + n]) in phrases), None)
    if opening is None:
        resuming = lx.words["resuming_pronouns"]  # "Двое наших товарищей остались под землей. Официально они до сих
        opening = next((x + 1 for x in range(start, min(len(after), start + 3)) if after.key[x] in resuming  # пор
                        and after.text[x].lower() == after.key[x]  # (the subject's own case: not "Для них открыт
                        # пункт временного размещения", whose people are no subject of what the clause says)
                        and not any(after.is_punct(y) for y in range(start, x))), None)  # числятся пропавшими": "they",
        # the people just counted, within the first words (after an adverb), opens what befell them
    if opening is None or doc.ranges(si + 1):
        return None
    firsts = lx.measures.firsts
    for i in range(opening, min(len(after), opening + ALL_OF_THEM_REACH)):
        if after.is_punct(i):
            break
        m = lx.measures.match(after.key, i) if after.key[i] in firsts else None
        if m and m[1][1] <= 2 and not _negated_at(after, i, lx):  # type: ignore[index]
            return Measure(m[1][0], " ".join(after.text[i:i + m[0]]), 9, False, m[1][1], (0, 0))  # type: ignore[index]
    return None


BODY_COLON_REACH = 6  # words a source before a colon opening a body sentence may hold ("Минздрав Саратовской области:")
LIST_REACH = 30  # sentences back in which the list a count of names stands in is looked for


def _list_of_the_dead(doc: Document, si: int, w: Words, b: int, lx: Language) -> Measure | None:
    """The measure of a count of names (the number at a word of the table's ``name_nouns`` at ``b``: "10 імен", "1 847
    прізвищ", "39 имен", "83 фамилии"), when the names are of the dead or the missing: the first measure its own
    sentence names, when it is of the dead or the missing ("веде поіменний облік загиблих цивільних, уже внесла до
    свого реєстру 10 імен", "меморіал жертвам розстрілу: … викарбували 1 847 прізвищ", "23 names were on the missing
    list"); else killed, when the sentence before names the dead first ("…повідомляли про 22 загиблих … / «Двадцять
    сім імен на цій стіні»"), or, when its own sentence names a list (``list_nouns``: "в нашому списку було 163
    прізвища"), the last list of the dead the article named before ("поіменний список загиблих земляків"). Names
    after a sentence of the missing are no count ("The list of people unaccounted for was up to 1,276 … / authorities
    released more than 600 names": no claim, as annotated). Else None, and the number is read as any other."""
    def killed(words: Words) -> Measure | None:
        found = _named_measure(words, lx)
        return found if found is not None and found.metric == "killed" else None

    own = _named_measure(w, lx)
    if own is not None:
        return own if own.metric in ("killed", "missing") else None
    if si > 0 and (before := killed(doc.words(si - 1))) is not None:
        return replace(before, cue=f"{before.cue} (the sentence before)")
    lists = lx.words["list_nouns"]
    if not any(k in lists for k in w.key):
        return None
    for q in range(si - 1, max(-1, si - 1 - LIST_REACH), -1):
        words = doc.words(q)
        for x in range(len(words)):
            if words.key[x] in lists:
                cue = next((m for y in range(x + 1, min(len(words), x + 4))
                            if (m := lx.measures.match(words.key, y)) is not None), None)
                if cue is not None and cue[1][0] == "killed":  # type: ignore[index]
                    return Measure("killed", f"{words.text[x]} (the list named before)", 9, False, 1, (0, 0))
    return None


def _negated_at(w: Words, i: int, lx: Language) -> bool:
    return i > 0 and w.key[i - 1] in lx.words["negation_words"]


def _acronym_named(text: str) -> bool:
    """Does a speaker's text give its own acronym in brackets ("State Border Guard Service (VSAT)", "Служба (ДСНС")?
    Such a phrase is a body's own name: none of its capitalised words is a person's.

    Examples
    --------
    >>> _acronym_named("State Border Guard Service (VSAT"), _acronym_named("spokesman Ivan Petrov")
    (True, False)
    """
    opening = text.find("(")
    return opening > 0 and acronym(text[opening + 1:].strip(" )").split(" ")[0])


def _across_border(w: Words, i: int, n: int, lx: Language) -> bool:
    """Is the country at words ``i`` to ``i + n`` the neighbour across a border: right before a border noun that ends
    the phrase ("to the Belarus border", "벨라루스 국경에"; not "Polish border guards", a body), or right after one, with
    or without a preposition of the table's ``border_prepositions`` ("the border with Belarus", "границе Белоруссии")?
    The story is on this side of it."""
    nouns = lx.words["border_nouns"]
    if not nouns:
        return False
    j = i + n
    if j < len(w) and w.key[j] in nouns:
        k = j + 1
        if k >= len(w) or w.is_punct(k) or (w.key[k] not in lx.roles and lx.national.match(w.key, k) is None):
            return True
    b = i - 1 - (i > 0 and w.key[i - 1] in lx.words["border_prepositions"])
    return b >= 0 and w.key[b] in nouns


def _of_counted(w: Words, i: int, lang: str = "") -> bool:
    """Is the nationality word at ``i`` right after a number ("46 російських військових", "12 Ukrainian soldiers"; with
    ``lang``, also after a number's word of thousands: "380 тисяч українських біженців", as the normaliser reads it)? It
    says whose the people counted are, not where the story is nor who speaks."""
    if i > 0 and any(map(str.isdigit, w.text[i - 1])):  # (each letter asked in C: asked at every country word)
        return True
    if not lang or i < 2 or not any(map(str.isdigit, w.text[i - 2])) or not w.text[i - 1].isalpha():
        return False
    return whole_number(f"{w.text[i - 2]} {w.text[i - 1]}", language(lang)) is not None  # (remembered per phrase)


def _confidence(found: Found, distance: int, rank: int) -> float:
    """How sure the row is, from how its speaker and its measure were found.

    The base is the way of attribution (``BASE_CONFIDENCE``); a speaker whose organisation or
    country is known (registry, nationality) keeps it, a name or role nobody knows loses 0.12 (0.16 when it takes
    the article's country: an office, or a body's short name);
    a measure cue next to the number (within two words) adds 0.04, a far one (over five words)
    takes 0.1 away, and a deployment read only from a word like "troops" takes 0.08 away.
    """
    value = BASE_CONFIDENCE.get(found.how, 0.7)
    if found.speaker.how.endswith("+home"):
        value -= 0.18
    elif "article+role" in found.speaker.how or "article+name" in found.speaker.how:
        value -= 0.16
    elif found.speaker.how.startswith("article") or found.speaker.how.endswith("article+title"):
        value -= 0.1
    elif found.speaker.how.endswith("+title"):
        value -= 0.04
    elif not found.speaker.resolved and "coreference" not in found.speaker.how:
        value -= 0.12
    if "coreference" in found.speaker.how:
        value -= 0.04
    if distance <= 2:
        value += 0.04
    elif distance > 5:
        value -= 0.1
    if rank >= 3:
        value -= 0.08
    return round(max(0.05, min(0.99, value)), 2)


def _quote(text: str, sentence: Sentence, r: Range) -> str:
    """The sentence, or for a sentence past ``MAX_QUOTE_CHARS`` the ``QUOTE_WINDOW`` characters on each side of
    the number (so a megabyte-long list gives short quotes, and memory stays proportional to the text)."""
    if sentence.end - sentence.start <= MAX_QUOTE_CHARS:
        return text[sentence.start:sentence.end]
    a = max(sentence.start, r.start - QUOTE_WINDOW)
    b = min(sentence.end, r.end + QUOTE_WINDOW)
    return text[a:b]


#: Characters whose lower case is one character that a case-blind pattern matches exactly as it matches the
#: lower case (ASCII, Latin-1 but the micro sign, Latin Extended-A but the dotted and dotless i and the long s,
#: basic Cyrillic, general punctuation); checked against ``re.IGNORECASE`` for every pair of them.
_NOT_PLAIN_CASE = re.compile(r"[^\x00-\x7f\xa0-\xb4\xb6-\xff\u0100-\u012f\u0132-\u017e\u0400-\u04ff\u2000-\u206f]")
_CASED_PATTERNS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _cue_search(cue: re.Pattern[str] | None, text: str):
    """The cue pattern's ``search`` and the text to give it: a case-blind pattern of lower-case words runs about
    twice as fast as a case-sensitive pattern on the lower-cased text, which finds the same words wherever
    every character of the text and of the pattern lower-cases plainly (``_NOT_PLAIN_CASE``)."""
    if cue is None:
        return None, text
    entry = _CASED_PATTERNS.get(id(cue))  # by identity: hashing a pattern hashes its whole compiled code
    if entry is None or entry[0] is not cue:
        plain = cue.flags & re.IGNORECASE and cue.pattern == cue.pattern.lower() and not _NOT_PLAIN_CASE.search(
            cue.pattern)
        entry = _CASED_PATTERNS[id(cue)] = (cue, re.compile(cue.pattern, cue.flags & ~re.IGNORECASE) if plain
                                            else None)
    cased = entry[1]
    if cased is not None and not _NOT_PLAIN_CASE.search(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            return cased.search, lowered
    return cue.search, text


_KOREAN_PEOPLE_COUNT = re.compile(r"\d\s*명")  # a Korean number counted in people (the counter 명)


def _rescued_from_custody_named(keys: list[str], lx: Language) -> bool:
    """Does a sentence of no measure word hold a verb of rescue and a place of custody ("범죄단지에서 구출된 우리 국민
    11명": people rescued from where they were held, captured; see ``measures._rescued_from_custody``)?"""
    rescue, custody = lx.words["rescue_verbs"], lx.words["custody_places"]
    return bool(rescue) and not rescue.isdisjoint(keys) and not custody.isdisjoint(keys)


def extract_rows(text: str, lang: str = "en", document: str = "", sources=None, url: str = "") -> list[dict]:
    """Candidate claims in an article as plain records (one dict per claim, ``OUTPUT_COLUMNS`` keys).

    The corpus mode calls this per article: no DataFrame is built, and the language tables and
    the registry are compiled once per process.

    Parameters
    ----------
    text : str
        The article text (at most ``analysis.limits.MAX_ARTICLE_CHARS`` characters).
    lang : str, default "en"
        en, uk, ru or ko.
    document : str, default ""
        The name the ``document`` column gives the text (the offsets point into it).
    sources : iterable of (Known, names), optional
        Extra organisations for this topic, beside the bundled registry.
    url : str, default ""
        The article's web address when known (a file's ``URL:`` line). It, else ``document`` (a file name
        ``<outlet>_<date>_<topic>.txt`` or an address), names the outlet, whose country is the article's home
        (``analysis.extract.outlets``).

    Examples
    --------
    >>> rows = extract_rows("About 300 civilians were killed, the Ruritanian health ministry said.")
    >>> [(r["stated"], r["metric"], r["speaker"], r["country"]) for r in rows]
    [('About 300', 'killed', 'Ruritanian health ministry', '')]
    """
    if not isinstance(text, str):
        raise InputError(f"extract expects article text (a str), not {type(text).__name__}")
    check_size(len(text), MAX_ARTICLE_CHARS, f"article {document!r}" if document else "the article", "characters")
    lx = language(lang)
    registry = registry_index(lang, tuple(sources) if sources else None)  # cached per (language, topic)
    language_home = lx.table.get("home_country", "")
    home = outlet_home(url, language_home) if url else None
    page = page_of(document, url)
    if home is None:
        home = outlet_home(document, language_home)
    if home is None and page is not None and page.official and page.country:
        home = page.country  # "govuk_…", "mfa-gov-ua_…": an official site's page is at home in its state's country
    doc = Document(text, lx, registry, home, official=official_site(url or document_site(document)) or (
        page is not None and page.official), page=page)
    doc.outlet = news_outlet(document, url) if page is None else None  # (a file named by its site, "moz.gov.ua_2025-…", or by
    # an official site's slug, "govuk_…", is a page of that site as its address would be)
    rows: list[dict] = []
    by_sentence: dict[int, list[Range]] = {}
    cue, gated = _cue_search(lx.cue_pattern, text)
    firsts = lx.measures.firsts
    nominal = nominal_cue_nouns(lx)  # (Korean: "19명 제거", a headline's verbal noun, is a cue there)
    related = _related_start(doc, lx)
    for si, s in enumerate(doc.sentences):
        if si > related and s.title:
            continue  # a page's list of related stories after its marker ("Related stories"): their headlines
        if (cue is not None and not cue(gated, s.start, s.end)) or (
                cue is None and firsts.isdisjoint(doc.words(si).key) and nominal.isdisjoint(doc.words(si).key)
                and not _rescued_from_custody_named(doc.words(si).key, lx)):
            # no measure word: no number in it can be a claim, so the normaliser need not read it (Korean: the same
            # gate on the words' keys), unless it counts a part of the sentence before ("Серед них дев'ятеро дітей")
            if (si - 1 not in by_sentence or (lx.subsets.firsts.isdisjoint(doc.words(si).key)
                                              and lx.words["estimate_nouns"].isdisjoint(doc.words(si).key)
                                              and lx.increments.isdisjoint(doc.words(si).key))) \
                    and _quoted_cue(doc, si, lx) is None and doc.list_lead(si) is None and _asked_cue(doc, si, lx) is None \
                    and _all_of_them_after(doc, si, lx) is None and not _names_them(doc, si, lx) \
                    and lx.words["name_nouns"].isdisjoint(doc.words(si).key):
                continue  # (or counts names: "Двадцять сім імен на цій стіні"; or names the count of the sentence before: "the number would rise to 7,000"; or stands
                # in a quotation whose sentence before names the measure: "«Наші вдома. 157 українців – …»"; or is an
                # item of a list under a lead line: "втрати … склали:" / "особового складу – …;"; or is followed by
                # a sentence of all of them: "… 23 людини. Усі загинули.")
        counts = list(doc.ranges(si))  # counts, not shares
        zeros = [z for z in zero_claims(doc.words(si), lx, text) + ordinal_claims(doc.words(si), lx, text)
                 + none_among_claims(doc.words(si), lx, text)
                 if not any(r.start < z.end and z.start < r.end for r in counts)]  # "жертв нет": none, as [0, 0]; "a
        # fourth death": four
        if zeros:
            counts = sorted(counts + zeros, key=lambda r: r.start)
        if counts:
            by_sentence[si] = counts
    last_measure: dict[int, Measure] = {}  # the last measure of each sentence, for "among them" in the next
    killed_measure: dict[int, Measure] = {}  # the last measure of the dead of each sentence, for "N of the victims"
    last_found: dict[int, Found] = {}  # and the speaker of its last claim
    for si in sorted(by_sentence):
        ranges = by_sentence[si]
        w = doc.words(si)
        spans = [number_words(w, r) for r in ranges]
        restated = {k for k in range(1, len(ranges)) if _restated(w, spans, ranges, k)}
        for k in restated:  # "one hundred and fifty (150) troops": the figure restated in digits is the same claim,
            spans[k - 1] = (spans[k - 1][0], spans[k][1] + 1)  # its brackets part of the number's own words
            close = w.end[spans[k][1]]  # ("Three (3) officers": the phrase as written, digits and brackets with it)
            ranges[k - 1] = replace(ranges[k - 1], text=text[ranges[k - 1].start:close], end=close)
        why_not: dict[int, str] = {}  # number -> ``not_people`` of it as read (asked of the next numbers too, which
        # bound a number's clause: read once)

        def not_people_at(j: int) -> str:
            found = why_not.get(j)
            if found is None:
                found = why_not[j] = not_people(w, *spans[j], ranges[j], lx)
            return found
        previous = None
        previous_end = 0
        things_since = False
        part_of = -1  # the sentence before, when a number here counts a part of its last one
        things = -1  # the last number that counts no people
        unmeasured = -1  # the last number of people in no measure ("врятували 23 людини, зокрема чотирьох дітей": its
        # part is in none either, not a part of the sentence before)
        for k, r in enumerate(ranges):
            a, b = spans[k]
            if a + 1 < b and w.start[a] < r.start and w.text[a][r.start - w.start[a] - 1].isalpha():
                # "주에만 310명": the number read from inside a word ('만', a particle) goes on in the next word:
                # the count is what the next word starts
                again = sentence_ranges(text[w.start[a + 1]:r.end], lang)
                if len(again) == 1:
                    r = _moved(again[0], w.start[a + 1])
                    a, b = number_words(w, r)
            increment = previous is not None and a - previous_end == 1 and w.text[a - 1] == "(" \
                and text[w.end[a - 1]:w.start[a]].strip() == "+"  # "близько 933 480 (+1 180) осіб": what the total
            # grew by, in parentheses after it (a claim of its own, of the same measure; no telephone number)
            credited = 0 < a and w.start[a - 1] < doc.credit_end(si)  # "AGENCY - 14 people died": a wire credit
            # before the dash, no tally's label
            if k in restated:
                continue
            such = previous is not None and previous.rank == 1 and b + 1 < len(w) \
                and w.key[b] in lx.words["such_words"] and w.key[b + 1] in lx.words["case_nouns"]
            names = _list_of_the_dead(doc, si, w, b, lx) if b < len(w) and w.key[b] in lx.words["name_nouns"] \
                else None  # "внесла до свого реєстру 10 імен", "было 39 имен": names of the dead count the dead
            # ("подтвердили два таких случая": cases like those counted before count people, below)
            if a >= len(w) or (
                    not such and names is None and not_people_at(k) if r is ranges[k] and (a, b) == spans[k]
                    else not_people(w, a, b, r, lx)) or (tally_things(w, a, lx) and not credited
                                                         and not doc.source_label(si, w, a)) or (
                    not increment and (_DIALLED.search(text, max(0, r.start - 24), r.start)
                                       or _telephone_run(text, r.start, r.end))):
                things = k  # a count of things: a part of it counts things too (or a telephone number written with
                # its country's dialling code: "call +676 23 122")
                things_since = things_since or any(lx.not_measured.match(w.key, x) for x in range(b, min(len(w), b + 3)))
                # (people of no measure counted after the number before, "1,876 new cases": a total may be theirs)
                continue
            if things == k - 1 >= 0 and subset(w, a, lx) and a - spans[k - 1][1] <= 8 and not any(
                    w.text[x] in "\"“”«»„" for x in range(spans[k - 1][1], a)) and not (
                    (lx.korean is not None and _KOREAN_PEOPLE_COUNT.search(w.text[b - 1]))
                    or (b < len(w) and lx.people.match(w.key, b) is not None)):
                continue  # "уничтожили 96 беспилотников, из них 17 над областью": a part of a count of things (not a
                # Korean count of people, "신고는 87건 접수됐으며, 이 가운데 19명은 여전히 감금 상태": the reports name people;
                # not a count of people named in it: "12 захоронений, из которых эксгумированы останки 132 человек")
            if things == k - 1 >= 0 and _next_item_of_things(w, spans[k - 1][1], a, b, lx):
                things = k
                continue  # "dispatched 2,000 tents, 4,500 food packs and 20 pumps", "recovered five firearms, two
                # improvised explosive devices": the next item of a list of things, whose noun names no people
            if k + 1 < len(ranges) and 0 < spans[k + 1][0] - b <= 2 and w.key[b] in lx.words["np_glue"] and \
                    spans[k + 1][0] < len(w) and not_people_at(k + 1):
                continue  # "one of about 200 displacement sites": a part of a count of things is a count of things
            starts, ends = doc.speaker_spans(si)
            inside = bisect.bisect_right(starts, r.start) - 1
            if inside >= 0 and r.end <= ends[inside] and (all(
                    w.is_punct(x) or w.key[x] in lx.words["determiners"] for x in range(w.at(starts[inside]), a))
                    or (b == a + 1 and numbered_body(w, a, lx))):
                continue  # "two Burkinabe security sources said": the speakers are counted, not the claim; "ISOC Region 4
                # reported": a number of the speaker's name
            if previous is not None and previous.words[0] <= a < previous.words[1]:
                continue  # a number inside the cue of the number before ("доставлены в одну больницу")
            lo = previous_end
            if previous is not None and previous.after and previous_end <= previous.words[0] and previous.words[1] <= a:
                lo = previous.words[1]  # "3명 사망·1만2천명 대피": the cue after the number before is that number's,
                # when this one has a cue of its own
                while lo < a and (more := lx.measures.match(w.key, lo)) is not None:
                    lo += more[0]  # "318 had died under the rubble, up from … 100": a cue right after that cue goes
                    # on with it ("under the rubble" says where they died), it is no cue of this number
            after = k + 1  # the next number that may count people bounds this one's clause ("800,000 people were
            while after < len(ranges) and spans[after][0] < len(w) and ranges[after].kind != "vague" \
                    and (not_people_at(after) or after in restated):
                after += 1  # moved to some 8,000 cyclone shelters": a count of things does not; a word of many people
                # that states no figure does: "1,500 residents had left their homes and several people were treated")
            hi = spans[after][0] if after < len(ranges) else len(w)
            if _whole_before_partition(w, b, lx):
                hi = b  # "파병된 북한군 1만1천여명 가운데 사상자가 약 4천명", "훈련병 20명 가운데 1명이 숨지고": what the words
                # after the partition word say befell the part; the whole keeps the cue before it, or none
            found_measure, why = measure(w, a, b, lo, hi, lx, doc.speaker_spans(si))
            if found_measure is None and names is not None:
                found_measure = names  # "Двадцять сім імен на цій стіні": the names a memorial or a list of the dead
                # bears count its dead
            if found_measure is None and lo > previous_end:  # no cue of its own: the list shares the one before
                found_measure, why = measure(w, a, b, previous_end, hi, lx, doc.speaker_spans(si))  # ("nine bodies,
                # made up of six adult males")
            if found_measure is None or (found_measure.rank >= 3 and found_measure.words[1] <= a):
                lead = doc.list_lead(si)
                found_measure = (None if credited else tally_item(
                    w, a, b, lx, doc.words(lead) if lead is not None else None)) or found_measure  # "втрати … склали:
                # особового складу – 933 480", in one sentence or on lines of their own under the lead's
            if found_measure is None and increment:
                found_measure = replace(previous, distance=9, words=(0, 0), cue=f"{previous.cue} (the increment)")
            if found_measure is not None and found_measure.rank >= 3 and found_measure.after \
                    and found_measure.words[0] == b and k + 1 < len(ranges) and spans[k + 1][0] < len(w) \
                    and lx.korean is None and joined(w, b, spans[k + 1][0], lx) and not not_people_at(k + 1):
                c, d = spans[k + 1]  # "Ten soldiers and two civilians were killed", "96 soldiers and seven civilians
                shared, _ = measure(w, c, d, b, spans[k + 2][0] if k + 2 < len(ranges) else len(w), lx,  # were
                                    doc.speaker_spans(si))  # among those freed": counts joined by "and" share the
                if shared is not None and shared.after and shared.rank < 3:  # predicate after the last, which says
                    found_measure = replace(shared, distance=9, words=(0, 0),  # what befell them all; the noun of
                                            cue=f"{shared.cue} (the predicate they share)")  # soldiers says who they are
            if found_measure is not None and k > 0 and _partitive(w, spans[k - 1][1], a, lx) and not (
                    found_measure.after and found_measure.words[0] - b <= 2 and not any(
                        w.key[x] in lx.words["auxiliary_verbs"] for x in range(b, found_measure.words[0]))):
                found_measure, why = None, "the whole a part named before it is of"  # "three of its 31,600
                # pilgrims had died": what befell the part, not the whole (but "two of the 12 injured", "of the 200
                # people evacuated": a cue of the whole's own phrase, with no auxiliary before it)
            if found_measure is not None and not found_measure.after and _among_before(w, a, found_measure, lx):
                found_measure, why = None, "the people the cue before 'among' is counted among"  # "the highest toll
                # among the roughly 221,000 Indonesians who travelled": the travellers are no toll
            if found_measure is None and k + 1 < len(ranges) and (_partitive(w, b, spans[k + 1][0], lx)
                                                                  or _among_after(w, b, spans[k + 1][0], lx)):
                c, d = spans[k + 1]  # "three of its 31,600 pilgrims had died", "Seven Nepali workers were among 11
                # people killed": the part takes what follows the whole
                whole, _ = measure(w, c, d, b, spans[k + 2][0] if k + 2 < len(ranges) else len(w), lx,
                                   doc.speaker_spans(si))
                if whole is not None and whole.after:
                    found_measure = replace(whole, distance=9, cue=f"{whole.cue} (the whole after)")
            if found_measure is not None and lx.korean is not None and not found_measure.after \
                    and found_measure.rank > 1 and found_measure.words[1] == a and k + 1 < len(ranges) \
                    and joined(w, b, spans[k + 1][0], lx):
                c, d = spans[k + 1]  # "인질 한 명과 경찰관 두 명이 가벼운 상처를 입었으며": a status noun before the number
                # says who they are; the verb after the number joined to it says what befell both
                verb_after, _ = measure(w, c, d, b, spans[k + 2][0] if k + 2 < len(ranges) else len(w), lx,
                                   doc.speaker_spans(si))
                if verb_after is not None and verb_after.after and verb_after.rank == 1 \
                        and w.tag[verb_after.words[1] - 1] in lx.words["predicate_tags"]:
                    found_measure = replace(verb_after, distance=9, words=(0, 0), cue=f"{verb_after.cue} (the verb after both)")
            if found_measure is not None and lx.korean is None and found_measure.rank >= 3 \
                    and found_measure.words[0] >= b and found_measure.words[1] <= b + 2 and k + 1 < len(ranges) \
                    and joined(w, b, spans[k + 1][0], lx):
                c, d = spans[k + 1]  # "12 soldiers and 3 civilians were killed", "96 soldiers and seven civilians were
                # among those freed": a noun of the deployed right after the number says who they are; the verb after
                # both groups joined by "and" says what befell them
                verb_after, _ = measure(w, c, d, b, spans[k + 2][0] if k + 2 < len(ranges) else len(w), lx,
                                        doc.speaker_spans(si))
                if verb_after is not None and verb_after.after and verb_after.rank < found_measure.rank \
                        and verb_after.words[0] > d:
                    found_measure = replace(verb_after, distance=9, words=(0, 0),
                                            cue=f"{verb_after.cue} (the verb after both)")
            if found_measure is not None and mixed_group(w, found_measure, a, lx):
                found_measure, why = None, "a count of two groups, one of no measure"  # "난민과 현지 주민 약 15만 명에게":
                # refugees and local residents together
            if found_measure is not None and aid_recipients(w, found_measure, b, lx):
                found_measure, why = None, "the recipients of aid"  # "난민 50만 명에게 식량을 배급했다"
            own_measure = found_measure
            if found_measure is not None and previous is not None and not found_measure.after \
                    and 0 <= found_measure.words[0] - previous_end <= 1 and found_measure.metric != previous.metric \
                    and found_measure.rank >= previous.rank and subset(w, a, lx):
                # "стратили 18 заручників, зокрема трьох іноземців": the noun of the whole before the subset word says
                # who they were; the part shares what befell the whole
                found_measure = replace(previous, distance=9, cue=f"{previous.cue} (the whole before)")
            if found_measure is None and why == "no measure named near it" and previous is not None \
                    and not previous.after and a > previous_end and w.key[a - 1] in lx.words["rest_words"]:
                # "사망자 11명의 신원이 확인됐으며 나머지 2명은 …": the rest of the people a noun named before the number
                # before (not "2명은 숨졌고 나머지 9명은": the rest of those who did not die)
                found_measure = replace(previous, distance=9, cue=f"{previous.cue} (the rest of the people before)")
            if found_measure is None and such and a > previous_end:
                # "сообщал о четырех погибших от теплового удара, в Астраханской области подтвердили два таких
                # случая", "confirmed two such cases": cases like those of the count before are of its measure
                found_measure = replace(previous, distance=9, cue=f"{previous.cue} (such cases as before)")
            if found_measure is None and why == "no measure named near it" and previous is not None \
                    and _earlier_figure(w, a, lx):
                # "rose to 11, Governor X wrote on Telegram, up from seven reported earlier": the figure a revision
                # replaced counts what the revised one counts, and is a claim of the reviser too
                found_measure = replace(previous, distance=9, words=(0, 0), cue=f"{previous.cue} (the earlier figure)")
            if found_measure is None and why == "no measure named near it" and previous is not None and k > 0 \
                    and _from_earlier(w, a, b, spans[k - 1], lx):
                # "The number of dead rose to 12 on Tuesday from nine a day earlier": the figure the count rose from
                found_measure = replace(previous, distance=9, words=(0, 0), cue=f"{previous.cue} (the earlier figure)")
            if found_measure is None and why == "no measure named near it" and k == 0 and doc.sentences[si].title \
                    and (topic := _headline_topic(w, a, lx)) is not None:
                found_measure = topic  # "Migrant deaths on Spain's Atlantic route: NGO counts 3,912 in five months":
                # the figure of a headline with no measure of its own counts what its topic before the colon names
            if found_measure is None and why == "no measure named near it" and previous is not None \
                    and a > previous_end and _compared(w, a, lx):
                found_measure = replace(previous, distance=9, cue=f"{previous.cue} (the figure compared)")  # "rose to
                # 11, Governor X wrote on Telegram, up from seven he had reported": whoever is named between
            if found_measure is None and why == "no measure named near it":
                if previous is not None and not _speaker_between(doc, si, previous_end, a) \
                        and not _past_verb_after_and(w, previous_end, a, lx) and (
                        elliptical(w, a, b, lx, previous_end) or _reported_alone(doc, si, a, b) or subset(w, a, lx)
                                             or (_names_the_count(w, a, lx) and not things_since) or (
                        subset(w, b, lx, after=True) and not lx.words["part_first_words"])):  # "… and had transferred
                    # 11 of them to …", "the ministry counts only eight of them": a part of the people counted before
                    # an elliptical clause takes the measure of the number before it ("583 died, 300 in Uri"); not
                    # after "and" and a verb of its own ("detained 14,000 people and turned back 250,000 others")
                    found_measure = replace(previous, distance=9, cue=f"{previous.cue} (the number before)")
                elif k + 1 < len(ranges) and (subset(w, b, lx, after=True) or joined(w, b, spans[k + 1][0], lx)
                                              or listed(w, b, spans[k + 1][0], lx)):
                    # "관광객 2명을 포함해 모두 9명이 숨졌다": a part named before its whole takes the whole's measure, and
                    # so does a number joined to the next ("10 campers and 1 counsellor are missing", "10명과 1명이")
                    whole, nxt = None, k + 1
                    while whole is None and nxt < len(ranges) and nxt - k <= 3:
                        c, d = spans[nxt]
                        if c < len(w) and not_people_at(nxt) and _verb_after_and(
                                w, spans[nxt - 1][1], c, lx):
                            break  # "gave food to 3,000 households and built 40 shelters": a count of things
                            # after "and" and a verb of its own is no whole the people before are part of
                        whole, _ = measure(w, c, d, spans[nxt - 1][1], spans[nxt + 1][0] if nxt + 1 < len(ranges)
                                           else len(w), lx, doc.speaker_spans(si))
                        if whole is None and not (nxt + 1 < len(ranges) and (
                                subset(w, d, lx, after=True) or joined(w, d, spans[nxt + 1][0], lx)
                                or d < len(w) and w.text[d] == "," and 0 < spans[nxt + 1][0] - d <= 3 and not any(
                                    w.is_punct(x) for x in range(d + 1, spans[nxt + 1][0])))):
                            # ("인력 39명과 차량 12대, 헬기 2대를 투입했다": a list's items go on after a comma)
                            break  # "관광객 3명과 운전기사 2명 등 5명을 납치": each item of the list takes the whole's
                        nxt += 1
                    if whole is not None:
                        found_measure = replace(whole, distance=9, words=(0, 0), cue=f"{whole.cue} (the whole after)")
                if found_measure is None and previous is None and (k == 0 or unmeasured != k - 1) \
                        and si - 1 in last_measure and (  # (also when no whole follows: "Вісьмох із них, …, від 5 до
                        # 12 тисяч доларів": the number after is money)
                        (subset(w, a, lx, loose=True) or _names_the_count(w, a, lx) or subset(w, b, lx, after=True)
                         or _increment(w, a, b, lx))  # ("… 12 died," he said. "Another four this morning.")
                        and doc.sentences[si - 1].paragraph == doc.sentences[si].paragraph
                        or _opens_with_subset(w, a, lx)
                        and doc.sentences[si].paragraph - doc.sentences[si - 1].paragraph <= 1) \
                        and not _restates_before(r, by_sentence.get(si - 1, ()), doc.speaker_for(si, r.start)):
                    # "Among them were 11 civilians": a sentence that opens on the subset word counts a part of the
                    # last number before it, in its paragraph or at the end of the one before
                    earlier = last_measure[si - 1]  # "Загинули 37 людей. … серед них дев'ятеро дітей"
                    found_measure = replace(earlier, distance=9, words=(0, 0),
                                            cue=f"{earlier.cue} (the number of the sentence before)")
                    part_of = si - 1
                if found_measure is None and why == "no measure named near it" and previous is None and k == 0 \
                        and si > 0 and _part_of_them(w, b, lx) \
                        and (earlier := _whole_before(doc, si, last_measure, lx)) is not None:
                    # "The remains of 19 people were handed over. … have identified eleven of them", "These are people
                    # who died in apartments," X said. "Forty-one of them were homeless": the pronoun of a part points
                    # back to the people the sentence before counted or named, whose measure the part shares
                    if earlier.metric != "killed" and _part_of_them(w, b, lx) == 2 and si - 1 in killed_measure \
                            and _of_the_dead(w, b, lx):
                        earlier = killed_measure[si - 1]  # "killing eight people and wounding five. … two of the
                        # victims were women": the victims are the dead of the sentence before, not its last count
                    found_measure = replace(earlier, distance=9, words=(0, 0),
                                            cue=f"{earlier.cue} (the whole the part points back to)")
                    part_of = si - 1 if si - 1 in last_measure else part_of
            if k == 0 and r.low >= 2 and (found_measure is None and why == "no measure named near it" or (
                    found_measure is not None and found_measure.rank >= 3 and found_measure.after
                    and lx.people.match(w.key, found_measure.words[0])
                    and any(w.text[x] in "–—-" for x in range(b, found_measure.words[0])))) \
                    and (quoted := _quoted_cue(doc, si, lx)) is not None:
                # "«Наші вдома. 157 українців – воїни ЗСУ …»": the first number (two or more: not "Одна бабуся") of a
                # quoted sentence with no measure of its own (or only a noun of soldiers after a dash, saying who they
                # are) counts what the quotation's sentence before named
                found_measure = replace(quoted, distance=9, words=(0, 0),
                                        cue=f"{quoted.cue} (the sentence before, in the same quotation)")
            if k == 0 and found_measure is None and why == "no measure named near it" \
                    and (asked := _asked_cue(doc, si, lx)) is not None:
                # "QUESTION: How many soldiers were wounded?" / "QUINTERO: Nine.": the first number of an answer with
                # no measure of its own counts what the question asked
                found_measure = replace(asked, distance=9, words=(0, 0), cue=f"{asked.cue} (the question before)")
            if found_measure is None and why == "no measure named near it" and k == len(ranges) - 1 \
                    and r.low >= 2 and (whole := _all_of_them_after(doc, si, lx)) is not None:
                found_measure = replace(whole, cue=f"{whole.cue} (all of them, in the sentence after)")  # "Ще троє
                # людей звернулися по допомогу самостійно. Усі мають осколкові поранення"
            if found_measure is not None and found_measure.rank >= 3 and previous is not None and previous.rank < 3 \
                    and (subset(w, a, lx) and 0 < a - previous_end <= 8 or subset(w, b, lx, after=True)
                         and not lx.words["part_first_words"]):  # ("had sent 12 of them to the capital": the patients)
                # "12 раненых военнослужащих, в том числе двоих иностранцев": a part takes its whole's measure
                found_measure = replace(previous, distance=9, words=(0, 0), cue=f"{previous.cue} (the whole before)")
            if found_measure is not None and found_measure.rank >= 3 and previous is not None and previous.rank < 3 \
                    and 0 < a - previous_end <= 4 and all(w.text[x] == "," or w.key[x] in lx.words["coordinators"]
                                                          or lx.people.match(w.key, x) or (x > previous_end and
                                                                                           lx.people.match(w.key, x - 1))
                                                          or country_at(w, x, lx) is not None
                                                          for x in range(previous_end, a)):
                # "the dead included 17 civilians, three soldiers and three police officers": an item of a list takes
                # the list's measure, not the deployment its people noun could say
                found_measure = replace(previous, distance=9, words=(0, 0), cue=f"{previous.cue} (the list before)")
            if found_measure is not None and previous is not None and previous.metric == "captured" \
                    and found_measure.metric == "wounded" and found_measure.after and found_measure.distance == 0 \
                    and (subset(w, a, lx) and 0 < a - previous_end <= 8
                         or 0 < a - previous_end <= 3 and w.key[a - 1] in lx.words["coordinators"]):
                # "повернулися 146 військовослужбовців, серед яких 38 важкопоранених": a part of the people freed or
                # held, named by their wounds, is counted among the freed (what befell them is their captivity)
                found_measure = replace(previous, distance=9, words=(0, 0), cue=f"{previous.cue} (the whole before)")
            if found_measure is not None and found_measure.after and found_measure.metric not in ("killed", "captured") \
                    and any(w.tag[x] in lx.words["predicate_tags"] for x in range(
                        found_measure.words[1] - 1, min(len(w), found_measure.words[1] + 1))):
                # (the part's own cue is its clause's verb, or the noun of one: '총상을 입었다')
                whole = _whole_of_part(w, a, lx, previous if previous is not None and 0 < a - previous_end <= 8
                                       else None)
                if whole is not None and whole.metric not in (found_measure.metric, "captured") \
                        and whole.rank <= found_measure.rank:
                    # "사망자 가운데 12명은 총상을 입었다", "52명이 숨졌고 그중 12명은 화상을 입었다": what the part's own
                    # clause says (shot, burnt) describes people of the whole (the dead); a death is news of its own,
                    # and so is a capture ("생사 확인을 요청한 네팔인은 2백여명이며, 이 가운데 5명은 포로로 잡혀 있다")
                    found_measure = replace(whole, distance=9, words=(0, 0), cue=f"{whole.cue} (the whole of the part)")
            if found_measure is not None and found_measure.metric == "wounded" and previous is None and any(
                    w.key[x] in lx.words["care_verbs"] for x in range(*found_measure.words)) and _sick_whole(
                    w, a, lx, spans[k - 1] if k else None):
                found_measure = None  # "확진자는 8만1천여명이며, 이 가운데 2천100여명이 병원에서 치료를 받고 있다":
                # a part of the people sick with a disease, in care (the table's care_verbs), are sick, not hurt (not
                # a part of people counted as hurt: "치료를 받고 있는 환자 9명 중 2명은 위중하다"; nor one in a state of
                # injury: "2명은 의식이 없는 상태")
            if found_measure is not None and r.high == 0 and (found_measure is not own_measure or (
                    not found_measure.after and found_measure.distance > 1)):
                found_measure = None  # "None of them has yet been identified": none of the people before, with no
                # event of its own, is no count of zero (a zero is a claim only with its own measure: "none of them died")
                # (nor with a cue far before it: "the released people were checked, and none of them required care")
            if found_measure is not None and found_measure.metric in ("wounded", "killed") and k + 1 < len(ranges) \
                    and part_died(w, found_measure, b, spans[k + 1], lx):
                found_measure = replace(found_measure, metric="killed_or_wounded", cue=f"{found_measure.cue} (a part "
                                        "of them died)")  # "постраждали восьмеро людей, троє з них загинули", "жертвами мин
                # стали 397 человек, из них 71 погиб"
            if found_measure is not None:
                last_measure[si] = found_measure
                if found_measure.metric == "killed":
                    killed_measure[si] = found_measure
            else:
                unmeasured = k
            previous = found_measure
            previous_end = b
            things_since = False
            if found_measure is None or households_restated(w, a, b, lx):
                continue  # ("отселены 212 семей (1 034 человека)": the households restate the people counted beside
                # them, who take their measure)
            found = doc.speaker_for(si, r.start)
            if found is not None:
                found = doc.side_of(si, a, found)
            if found is not None and (found_measure is not own_measure or not found_measure.after):
                found = doc.gapped_subject(si, a, found, found_measure)  # "Jordan said 41 had died, Egypt 31 and
                # Tunisia 23"
            if found is not None and _in_subject_aside(text, w, found, r, lx):
                continue  # "The UN mission, which has 12,000 peacekeepers in the country, said …": the reporter's
                # description of the speaker, between commas before its verb, is background, not its claim
            if found is not None and _background_toll(w, a, found.speaker, lx):
                continue  # 'French, 62, said he had searched for his sister since the wildfire swept through the town,
                # leaving at least 76 dead': a toll the event left, in a private person's sentence, is the reporter's
            if found is None and part_of in last_found:
                found = last_found[part_of]  # a part of the number before, said by whoever said that number
            if found is None and (lead := doc.list_lead(si)) is not None:
                found = doc.speaker_for(lead, doc.sentences[lead].end - 1)  # an item of a list on a line of its own:
                # whoever gives the list in its lead line ("За даними Генштабу, … втрати … склали:")
            if found is None:
                continue
            last_found[si] = found
            speaker = found.speaker
            rows.append(dict(
                claim_id=f"E{len(rows) + 1:03d}", claim_date="", speaker=speaker.text,
                organisation=speaker.organisation or speaker.text, country=speaker.country,
                metric=found_measure.metric, scope=scope(w, a, b, lx),
                subject=subject(w, a, b, lx) or (found_measure.cue if found_measure.after and found_measure.distance == 0
                                                 and found_measure.words[0] == b else ""),  # ("3,100 excess deaths":
                # killed, as the rules read excess deaths, and the subject says which deaths)
                stated=r.text, quote=_quote(text, doc.sentences[si], r), outlet="", published="", url="",
                lang=lang, notes="", document=document, start=r.start, end=r.end,
                low=r.low, high=r.high, low_open=r.low_open, high_open=r.high_open,
                best=math.nan if r.best is None else r.best, approx=r.approx, kind=r.kind, rule=r.rule,
                currency=r.currency, confidence=_confidence(found, found_measure.distance, found_measure.rank),
                reason=f"measure: {found_measure.cue!r} {'after' if found_measure.after else 'before'} the number; "
                       f"speaker: {found.cue}"))
    return rows
