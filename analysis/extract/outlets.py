"""The article's home country: the country of the outlet that published it, read from its name or address.

A paper writes its own country's bodies bare ("the Department of Migrant Workers said", "the health ministry said")
even in a story set abroad: a Philippine paper's department is the Philippines', a Kenyan paper's ministry Kenya's.
Ukrainian, Russian and Korean news have a home country in their language's table (``home_country``); English news is
written in every country, so its home is the outlet's. What the extractor knows of the outlet is the article's
``document``: a file name ``<outlet>_<date>_<topic>.txt`` whose first part is the outlet's slug, or a web address.

The outlets are a registry of the world's news outlets (``analysis/claims/data/outlets.csv``: ``outlet``, ``country``,
``frame``, ``domains``). ``frame`` is ``home`` for an outlet of one country, which writes its own country's bodies
bare, and ``world`` for a wire or broadcaster that writes for every country (Reuters, AFP, Al Jazeera): it has no home,
whatever its seat. ``domains`` are its sites and slugs (``|``-joined; a slug has no dot). A site's own slug is read
from it: its first label that is not ``www``, ``en`` or the like ("dawn.com": dawn), and for a site under a
country-code domain also that label with the country's code ("interfax.com.ua": interfaxua, interfax-ua).

An address of an outlet the registry lacks is placed by its country-code domain (".ph", ".ke", ".lk"; not a code sites
of any country use: ".tv", ".io", ".me" …).

Examples
--------
>>> outlet_home("gmanetwork_2025-04-17_somalia_seafarers.txt"), outlet_home("https://www.dawn.com/news/1")
('PH', 'PK')
>>> outlet_home("reuters_2025-01-01_floods.txt"), outlet_home("https://news.example.ng/a/1"), outlet_home("x.txt")
('', 'NG', None)
>>> outlet_home("news_2025-01-01_floods.txt"), outlet_home("dawn_notes.txt")  # a generic word; no date: no outlet
(None, None)
>>> outlet_home("rbc_2025-05-14_clashes_lang-ru.txt", "RU"), outlet_home("rbc_2025-05-14_clashes_lang-uk.txt", "UA")
('RU', 'UA')
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from pathlib import PurePosixPath

from ..claims.countries import is_country
from ..claims.provenance import site_of

#: Country-code domains sites of every country use (a stream's ".tv", a start-up's ".io"): they place no outlet.
GENERIC_CODES = frozenset({"tv", "io", "me", "fm", "ai", "co", "cc", "ws", "to", "ly", "gg", "am", "la", "is", "it",
                           "in", "so", "st", "nu", "vc", "ag", "sh", "ac"})
#: Country-code domains that are not the country's ISO code.
CODE_OF_DOMAIN = {"uk": "GB"}
#: Words a site's name label may be that name no outlet in a file name ("news.am", "report.az", "today.…"): such a slug
#: is read only when the registry writes it out.
GENERIC_SLUGS = frozenset({"news", "today", "report", "citizen", "stuff", "post", "times", "star", "daily", "herald",
                           "mail", "standard", "tribune", "guardian", "independent", "express", "observer", "sun", "globe",
                           "journal", "telegraph", "mirror", "reporter", "world", "info", "online", "media", "press",
                           "live", "radio", "tv", "app", "point", "edition", "semana", "agenda", "trend", "monitor"})
#: A file name as the corpus names articles: the outlet's slug, then the date ("dawn_2025-05-29_karachi_heat.txt").
_FILE_NAME = re.compile(r"^([^_\s]+)_\d{4}(?:-\d{2}){0,2}(?:_|\.|$)")
#: Labels before a site's name that are not it ("www.", "en.", "english.").
_PREFIX_LABELS = frozenset({"www", "m", "en", "english", "eng", "edition", "mobile", "amp"})
#: Second-level labels under a country code ("co.uk", "com.ua", "gov.lk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "go", "or", "ac", "edu", "info", "news", "mil", "ne"})
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _registry() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(site -> home, slug -> the homes of the outlets it may stand for) of the bundled outlets; a home is a country
    code, or "" for a world outlet."""
    text = resources.files("analysis.claims").joinpath("data", "outlets.csv").read_text(encoding="utf-8")
    sites: dict[str, str] = {}
    slugs: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        home = row["country"].strip() if row["frame"].strip() == "home" else ""
        for name in filter(None, (d.strip().lower() for d in row["domains"].split("|"))):
            if "." in name:
                sites[name] = home
            for slug in site_slugs(name) if "." in name else (name,):
                if "." in name and slug in GENERIC_SLUGS:
                    continue  # ("news.am", "report.az": a file named so names no outlet)
                slugs.setdefault(slug, set()).add(home)
    return sites, {slug: frozenset(homes) for slug, homes in slugs.items()}


def site_slugs(site: str) -> tuple[str, ...]:
    """The slugs a file of a site's article is named by: the site's name label, and under a country-code domain that
    label with the code.

    Examples
    --------
    >>> site_slugs("www.dawn.com"), site_slugs("interfax.com.ua"), site_slugs("en.yna.co.kr")
    (('dawn',), ('interfax', 'interfaxua', 'interfax-ua'), ('yna', 'ynakr', 'yna-kr'))
    """
    labels = site.lower().split(".")
    while len(labels) > 2 and labels[0] in _PREFIX_LABELS:
        labels = labels[1:]
    if len(labels) < 2:
        return ()
    tld = labels[-1]
    core = labels[:-1]
    if len(tld) == 2 and len(core) >= 2 and core[-1] in _SECOND_LEVEL:
        core = core[:-1]  # "interfax.com.ua": interfax
    name = core[0]
    if len(tld) == 2 and tld not in GENERIC_CODES:
        return (name, name + tld, f"{name}-{tld}")
    return (name,)


def _code_domain(site: str) -> str:
    """The country of a site's country-code domain ("news.example.ng": NG), or ""."""
    tld = site.rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in GENERIC_CODES:
        return ""
    code = CODE_OF_DOMAIN.get(tld, tld.upper())
    return code if is_country(code) else ""


#: Labels of a host that only a state's or an intergovernmental body's sites bear ("mchs.gov.ru", "police.go.ke",
#: "interieur.gouv.fr", "www.gob.mx", "army.mil", "who.int", "health.govt.nz", "canada.gc.ca"): the structure of the
#: address, no list of sites.
OFFICIAL_LABELS = frozenset({"gov", "go", "gouv", "gob", "govt", "mil", "int", "gc", "admin", "gv"})


def official_site(url: str) -> bool:
    """Is ``url`` an address on an official site, a state's or an intergovernmental body's (``OFFICIAL_LABELS``: "gov"
    as its last or second-level label, "go.ke", "gouv.fr", ".int")? A page there is the body's own: its unattributed
    sentences are the body's, not a news outlet's narration.

    Examples
    --------
    >>> official_site("https://mchs.gov.ru/deyatelnost/press-centr/novosti/5298741"), official_site("https://who.int/news/1")
    (True, True)
    >>> official_site("https://www.nationalpolice.go.ke/media-centre/1"), official_site("https://www.gov.uk/news/1")
    (True, True)
    >>> official_site("https://www.govtech.com/a"), official_site("https://abc.go.com/news/1"), official_site("")
    (False, False, False)
    """
    host = site_of(url) if _ADDRESS.match(url or "") else ""
    labels = host.lower().split(".")
    if len(labels) < 2:
        return False
    return labels[-1] in ("gov", "mil", "int") or (len(labels) >= 3 and labels[-2] in OFFICIAL_LABELS
                                                    and len(labels[-1]) == 2) or (  # (under a country's code only:
        len(labels) == 2 and labels[0] in ("gov", "gob", "gouv", "govt"))  # not "abc.go.com"; "gov.uk" itself)


def _file_slug(document: str) -> str | None:
    """The first part of a file named as the corpus names articles ("<slug>_<date>…"), lower-cased; else None."""
    named = _FILE_NAME.match(PurePosixPath(document.replace("\\", "/")).name.lower())
    return named.group(1) if named is not None else None


def document_site(document: str) -> str:
    """The web address a ``document`` names: itself when it is one, else ``https://`` and the slug of a file named by
    its site as the corpus names articles ("moz.gov.ua_2025-10-04_dnipro.txt"), else "".

    Examples
    --------
    >>> document_site("moz.gov.ua_2025-10-04_dnipro_lang-uk.txt"), document_site("https://who.int/news/1")
    ('https://moz.gov.ua', 'https://who.int/news/1')
    >>> document_site("reuters_2025-01-01_floods.txt"), document_site("moz.gov.ua notes.txt")
    ('', '')
    """
    if not isinstance(document, str) or not document.strip():
        return ""
    document = document.strip()
    if _ADDRESS.match(document):
        return document
    slug = _file_slug(document)
    return "https://" + slug if slug and "." in slug else ""


def outlet_home(document: str, language_home: str = "") -> str | None:
    """The home country of the outlet that published an article, from its ``document`` (a file name
    ``<slug>_<date>…`` whose first part is the outlet's slug, or a web address).

    A slug several outlets share ("rbc": rbc.ru and rbc.ua; "mk": mk.ru and mk.co.kr) is the one of the language's own
    home (``language_home``), else none; an unknown slug with a suffix ("icrc-ru", "bbc-ukrainian") is read as the slug
    before its hyphen.

    Returns
    -------
    str or None
        An ISO 3166 alpha-2 code; "" for an outlet known to write for every country (a world wire or broadcaster);
        None when the outlet is unknown (the language's own home then stands).
    """
    if not isinstance(document, str) or not document.strip():
        return None
    sites, slugs = _registry()
    document = document.strip()
    if _ADDRESS.match(document):
        site = site_of(document if "://" in document else "https://" + document).lower()
        labels = site.split(".")
        for k in range(len(labels) - 1):  # "edition.cnn.com", then "cnn.com"
            if ".".join(labels[k:]) in sites:
                return sites[".".join(labels[k:])]
        return _code_domain(site) or None
    slug = _file_slug(document)
    if slug is None:
        return None  # a file not named "<outlet>_<date>…": its name says nothing of an outlet
    if "." in slug:  # a file named by its site ("dawn.com_2025-…")
        return outlet_home("https://" + slug)
    homes = slugs.get(slug) or slugs.get(slug.split("-", 1)[0], frozenset())
    if len(homes) == 1:
        return next(iter(homes))
    return language_home if language_home in homes else None


__all__ = ["document_site", "outlet_home", "site_slugs", "GENERIC_CODES", "GENERIC_SLUGS"]
