"""Wire credits: the dateline of agency copy says where it was written and who relayed it, not who speaks.

News-agency copy opens with a credit: "(Seoul=Agency)", "CITY, Oct 15 /Agency/ -", "CITY, 23 Sep - Agency.",
"CITY, Country (Agency) -". The agency is the outlet that relays the story (never the speaker of a figure nobody
else is said to give), and the dateline's city is the agency's desk (a bureau covering a whole region), not the
place of the event: neither lends its country to a speaker. The shapes are punctuation only (the same in every
language); an agency is an outlet of the source registry (kind ``media``) or a name of the table's optional
``wire_agencies`` list (agencies the registry does not know).
"""

from __future__ import annotations

import re

from .language import Language
from .registry import RegistryIndex

#: "(Seoul=Agency)", "[Seoul=Agency]" or in the full-width and lenticular brackets of East Asian copy
#: ("（서울=Agency）", "【서울=Agency】"): a bracketed credit whose agency follows an equals sign.
CREDIT_BRACKETS = {"(": ")", "[": "]", "（": "）", "［": "］", "【": "】", "〔": "〕"}
_OPEN, _CLOSE = (re.escape("".join(marks)) for marks in (CREDIT_BRACKETS, CREDIT_BRACKETS.values()))
_BRACKETED = re.compile(rf"\s*[{_OPEN}][^{_OPEN}{_CLOSE}=＝\n]{{1,40}}[=＝]\s*[^{_OPEN}{_CLOSE}\n]{{1,40}}[{_CLOSE}]")
#: The agency of a dateline: between slashes ("/Agency/ -"), in brackets before a dash ("(Agency) -"), or after a dash
#: and closing the sentence or its first part ("- Agency.").
_AGENCY = re.compile(r"/\s*(?P<slashed>[^/\n]{2,40}?)\s*/\s*[-–—.]?"
                     r"|[(\[](?P<bracketed>[^()\[\]\n]{2,40})[)\]]\s*[-–—]"
                     r"|[-–—]\s+(?P<dashed>[^\W\d_][^.\n]{1,40}?)\s*(?:\.|$)")
#: An agency's web address: its name and a top-level domain ("INTERFAX.RU").
_SITE = re.compile(r"([^\W\d_][\w-]+)\.[^\W\d_]{2,3}", re.IGNORECASE)
#: What may stand before the agency: a place, a comma, a date, a country (no sentence of its own).
_DATELINE = re.compile(r"\s*[^\W\d_][^\n.!?=\"“«]{0,60}")
#: The agency that opens the story after its dateline, the dash after it ("Київ. 20 травня. AGENCY - …", "Город. 3
#: марта. AGENCY - …"): the dateline's place and date end in full stops, so the copy's first sentences are split there.
_LEADING = re.compile(r"(?:(?P<dateline>[^\W\d_][^\n!?=\"“«]{0,40}?[.,])\s+)?"
                      r"(?P<leading>[^\W\d_][^\s.,!?]*(?:\.[^\W\d_]+)?(?:[ \t][^\W\d_][^\s.,!?]*){0,2})\s+[-–—]\s")

#: What each shape of ``_AGENCY`` holds: a slash, an opening bracket, or a dash before white space.
_AGENCY_MARK = re.compile(r"[/(\[]|[-–—]\s")
#: A dash between white space, which every ``_LEADING`` credit has ("AGENCY - …").
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _is_agency(name: str, lx: Language, registry: RegistryIndex) -> bool:
    """Is the whole of ``name`` an outlet (the registry's kind ``media``, or the table's ``wire_agencies``)?"""
    keys = list(lx.keys_of(name))
    if not keys:
        return False
    site = _SITE.fullmatch(name)
    if site is not None and _is_agency(site[1], lx, registry):
        return True  # "INTERFAX.RU": an agency's web address names it
    texts = name.split()
    if len(texts) != len(keys):
        texts = keys
    found = registry.match(keys, texts, 0)
    if found is not None and found[0] == len(keys) and found[1].kind == "media":
        return True
    return " ".join(keys) in lx.words.get("wire_agencies_phrases", frozenset())


def wire_credit(text: str, start: int, end: int, lx: Language, registry: RegistryIndex) -> int:
    """The offset just after a wire credit that opens ``text[start:end]`` (a sentence), else ``start``.

    Examples
    --------
    >>> from analysis.extract.registry import registry_index
    >>> from analysis.extract.language import language
    >>> lx = language("en")
    >>> registry = registry_index("en")
    >>> text = "OSLO, May 2 /Interfax/ - Nine people died, police said."
    >>> text[wire_credit(text, 0, len(text), lx, registry):]
    ' Nine people died, police said.'
    >>> text = "OSLO, May 2 - Nine people died, police said."
    >>> wire_credit(text, 0, len(text), lx, registry)
    0
    >>> text = "Oslo. 2 May. INTERFAX - Nine people died, police said."
    >>> text[wire_credit(text, 0, len(text), lx, registry):]
    ' Nine people died, police said.'
    >>> text = "(Bergen=Reuters) Nine people died."
    >>> text[wire_credit(text, 0, len(text), lx, registry):]
    ' Nine people died.'
    """
    head = text[start:min(end, start + 160)]
    m = _BRACKETED.match(head)
    if m is not None:
        return start + m.end()
    for m in _AGENCY.finditer(head, 0, 110) if _AGENCY_MARK.search(head, 0, 110) else ():  # (no slash, bracket or
        # dash before a space: none of its three shapes can match)
        if _DATELINE.fullmatch(head, 0, m.start()) is None:
            continue
        agency = m.group("slashed") or m.group("bracketed") or m.group("dashed")
        if _is_agency(agency.strip(), lx, registry):
            return start + m.end()
    m = _LEADING.match(head) if _SPACED_DASH.search(head) else None  # (no dash between spaces: no such credit,
    # and the pattern's backtracking is the costly part of reading a sentence that has none)
    if m is not None and _is_agency(m.group("leading"), lx, registry):
        return start + m.end() - 1
    return start
