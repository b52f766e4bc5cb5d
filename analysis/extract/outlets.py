"""The article's home country: the country of the outlet that published it, read from its name or address.

A paper writes its own country's bodies bare ("the Department of Migrant Workers said", "the health ministry said")
even in a story set abroad: a Philippine paper's department is the Philippines', a Kenyan paper's ministry Kenya's.
Ukrainian, Russian and Korean news have a home country in their language's table (``home_country``); English news is
written in every country, so its home is the outlet's. What the extractor knows of the outlet is the article's
``document``: a file name ``<outlet>_<date>_<topic>.txt`` whose first part is the outlet's slug, or a web address.

The outlets are a registry of the world's news outlets (``analysis/claims/data/outlets.csv``: ``outlet``, ``country``,
``frame``, ``domains``, ``kind``). ``frame`` is ``home`` for an outlet of one country, which writes its own country's bodies
bare, and ``world`` for a wire or broadcaster that writes for every country (Reuters, AFP, Al Jazeera): it has no home,
whatever its seat. ``domains`` are its sites and slugs (``|``-joined; a slug has no dot). A site's own slug is read
from it: its first label that is not ``www``, ``en`` or the like ("dawn.com": dawn), and for a site under a
country-code domain also that label with the country's code ("interfax.com.ua": interfaxua, interfax-ua). ``kind`` is
``news`` for a news outlet and ``body`` for a body that publishes its own pages (a ministry, a UN agency, an NGO): its page
is the body's own, not an outlet's narration (``page_of``).

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
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import PurePosixPath

from anyascii import anyascii

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
def _rows() -> tuple[dict[str, str], ...]:
    """The bundled outlets' rows, as read."""
    text = resources.files("analysis.claims").joinpath("data", "outlets.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def _registry() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(site -> home, slug -> the homes of the outlets it may stand for) of the bundled outlets; a home is a country
    code, or "" for a world outlet."""
    sites: dict[str, str] = {}
    slugs: dict[str, set[str]] = {}
    for row in _rows():
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


@lru_cache(maxsize=1)
def _news_names() -> dict[str, frozenset[tuple[str, str]]]:
    """Each name a news outlet's row answers to -> the (outlet, country) of the rows that answer to it: a domain as
    written ("dawn.com", a slug "hromadske"), and the slugs of each site (``site_slugs``) but the generic ones. Built
    once: ``news_outlet`` then looks a file's slug or an address's host up instead of reading every row per article
    (a tenth of the extractor's time on short articles)."""
    names: dict[str, set[tuple[str, str]]] = {}
    for row in _rows():
        if (row.get("kind") or "news").strip() != "news":
            continue
        entry = (row["outlet"].strip(), row["country"].strip())
        for d in (x.strip().lower() for x in row["domains"].split("|")):
            if not d:
                continue
            names.setdefault(d, set()).add(entry)
            if "." in d:
                for slug in site_slugs(d):
                    if slug not in GENERIC_SLUGS:
                        names.setdefault(slug, set()).add(entry)
    return {name: frozenset(entries) for name, entries in names.items()}


def news_outlet(document: str, url: str = "") -> tuple[str, str] | None:
    """The news outlet that published an article, as (outlet, country), from its ``url`` or its ``document`` (a file
    named ``<slug>_<date>…`` or a web address): the bundled outlets' row of kind ``news`` its site or slug names, with
    the outlet's own country (its seat, whether it writes for its home or the world); None when no row or several
    rows of different outlets fit.

    Examples
    --------
    >>> news_outlet("hromadske_2023-09-12_cemetery_lang-uk.txt")
    ('Hromadske', 'UA')
    >>> news_outlet("notes.txt") is None
    True
    """
    for name in (url, document):
        if not isinstance(name, str) or not name.strip():
            continue
        name = name.strip()
        if _ADDRESS.match(name):
            labels = site_of(name if "://" in name else "https://" + name).lower().split(".")
            keys = [".".join(labels[k:]) for k in range(len(labels) - 1)]
        else:
            slug = _file_slug(name)
            if slug is None:
                continue
            keys = [slug] if "." not in slug else [slug]
            if "-" in slug and "." not in slug:
                keys.append(slug.split("-", 1)[0])
        for key in keys:
            rows = _news_names().get(key, frozenset())
            if len(rows) == 1:
                return next(iter(rows))
            if rows:
                return None
    return None


# -- a page that is a body's own ------------------------------------------------------------------------------------
#: Top-level domains only news outlets bear.
NEWS_DOMAINS = frozenset({"news", "media", "press", "tv", "radio"})


@dataclass(frozen=True)
class Page:
    """What a page's address or file name says of who publishes it, when it is no news outlet's.

    ``labels`` are the words of its slug or host that may name its owner ("npu-dp": npu, dp; "zt.npu.gov.ua": zt,
    npu; "nordviktankers.no": nordviktankers), ``country`` the country its country-code domain or its slug's code part
    says ("nationalpolice-ke": KE), ``official`` whether its address is an official site's (``official_site``), and
    ``owner`` the body of the outlets registry that publishes it (a row of kind ``body``: organisation, country).
    """

    labels: tuple[str, ...]
    country: str = ""
    official: bool = False
    owner: tuple[str, str] | None = None


@lru_cache(maxsize=1)
def _kinds() -> tuple[dict[str, tuple[str, str, str]], dict[str, tuple[tuple[str, str, str], ...]]]:
    """(site -> row, slug -> rows) of the bundled outlets, a row being (kind, organisation, home) with home "" for a
    world outlet or body."""
    sites: dict[str, tuple[str, str, str]] = {}
    slugs: dict[str, list[tuple[str, str, str]]] = {}
    for row in _rows():
        entry = ((row.get("kind") or "news").strip(), row["outlet"].strip(),
                 row["country"].strip() if row["frame"].strip() == "home" else "")
        for name in filter(None, (d.strip().lower() for d in row["domains"].split("|"))):
            if "." in name:
                sites[name] = entry
            for slug in site_slugs(name) if "." in name else (name,):
                if "." in name and slug in GENERIC_SLUGS:
                    continue
                if entry not in slugs.setdefault(slug, []):
                    slugs[slug].append(entry)
    return sites, {slug: tuple(rows) for slug, rows in slugs.items()}


#: A slug that runs a state site's host together: the body's label, an official label, the country's code
#: ("mchsgovby" for mchs.gov.by; not "go", "mil" or "int" glued, which end too many words).
_GLUED_OFFICIAL = re.compile(r"([a-z]{2,}?)(gov|gouv|gob|govt)([a-z]{2})")


def _official_label(label: str) -> bool:
    """Is a slug's part an official label alone or with a country's code glued to it ("gov", "govuk", "gouvfr")?"""
    if label in OFFICIAL_LABELS:
        return True
    return any(label.startswith(o) and _code_domain("x." + label[len(o):]) != "" for o in OFFICIAL_LABELS
               if len(label) == len(o) + 2)


#: Country codes under which "go" is the second-level label of a state's sites ("mofa.go.kr", "police.go.ke",
#: "mhlw.go.jp"): elsewhere a slug ending in "go" and two letters is a word ("durangomx"), not "go" glued to a code.
GO_CODES = frozenset({"kr", "jp", "th", "id", "ke", "tz", "ug", "cr", "ci"})
#: An official site's host written as one word in a file's slug, its dots dropped ("mchsgovby" for mchs.gov.by,
#: "milgovua" for mil.gov.ua, "mofagokr" for mofa.go.kr): the body's label, the official labels, the country's code.
_GLUED_HOST = re.compile(r"^([a-z0-9]{2,}?)((?:mil|gov|govt|gouv|gob)+|go)([a-z]{2})$")


def glued_official(part: str) -> tuple[str, str] | None:
    """The body's label and the country of a slug's part that is an official site's host with its dots dropped
    (``_GLUED_HOST``): ("mchs", "BY") for "mchsgovby", ("", "UA") for "milgovua" (the army's "mil" is an official label
    itself); None for any other part ("govtech", "durangomx", "chicago").

    Examples
    --------
    >>> glued_official("mchsgovby"), glued_official("milgovua"), glued_official("mofagokr")
    (('mchs', 'BY'), ('', 'UA'), ('mofa', 'KR'))
    >>> glued_official("durangomx"), glued_official("govtech"), glued_official("dawn"), glued_official("armygovxx")
    (None, None, None, None)
    """
    m = _GLUED_HOST.match(part)
    if m is None:
        return None
    name, labels, code = m.groups()
    if labels == "go" and code not in GO_CODES:
        return None
    country = _code_domain("x." + code)
    if not country:
        return None
    return ("" if name in OFFICIAL_LABELS else name), country


def page_of(document: str, url: str = "") -> Page | None:
    """What the address (``url``, else ``document`` when it is one, or a file named by its site) or the file name's
    slug says of the page's publisher: None for a news outlet's page (the outlets registry's ``news`` rows, which
    narrate in their own voice and speak for no one) or a document named by neither.

    Examples
    --------
    >>> page_of("npu-dp_2025-01-16_gang_lang-uk.txt")
    Page(labels=('npu', 'dp'), country='', official=False, owner=None)
    >>> page_of("x.txt", "https://zt.npu.gov.ua/news/1")
    Page(labels=('zt', 'npu'), country='UA', official=True, owner=None)
    >>> page_of("govuk_2025-05-06_update.txt"), page_of("unicef_2025-06-05_car.txt").owner
    (Page(labels=(), country='GB', official=True, owner=None), ('UNICEF', ''))
    >>> page_of("reuters_2025-01-01_floods.txt"), page_of("https://www.dawn.com/news/1"), page_of("notes.txt")
    (None, None, None)
    """
    sites, slugs = _kinds()
    address = url if isinstance(url, str) and _ADDRESS.match(url.strip()) else document_site(document)
    if address:
        site = site_of(address if "://" in address else "https://" + address).lower()
        labels = site.split(".")
        if labels[-1] in NEWS_DOMAINS:
            return None  # ("ura.news", "detector.media": a news outlet's by its very address)
        for k in range(len(labels) - 1):  # "edition.cnn.com", then "cnn.com"
            row = sites.get(".".join(labels[k:]))
            if row is not None:
                return None if row[0] != "body" else Page(_host_labels(site), _code_domain(site), official_site(
                    address), (row[1], row[2]))
        return Page(_host_labels(site), _code_domain(site), official_site(address))
    slug = _file_slug(document) if isinstance(document, str) else None
    if not slug:
        return None
    rows = slugs.get(slug) or slugs.get(slug.split("-", 1)[0], ())
    if any(row[0] != "body" for row in rows):
        return None  # (a news outlet's slug, or one an outlet shares)
    parts = [p for p in slug.split("-") if p]
    country = ""  # (a slug's part of two letters may be a country's code, "mofa-kr", or no code, "rtvi-tg": Telegram)
    official = False
    labels = []
    for k, part in enumerate(parts):
        glued = _GLUED_OFFICIAL.fullmatch(part)
        if glued is not None and _code_domain("x." + glued.group(3)):
            official = True  # "mchsgovby", "milgovua": a site's host run together (mchs.gov.by), the body's label,
            country = country or _code_domain("x." + glued.group(3))  # the official label and the country's code
            labels.append(glued.group(1))
        elif _official_label(part):
            official = True  # "govuk", "mfa-gov-ua": an official site's slug, and the code after "gov" its country's
            code = part[-2:] if part not in OFFICIAL_LABELS else (parts[k + 1] if k + 1 < len(parts) else "")
            # ("govuk": the code glued to the label; "mil-ru", "mfa-gov-ua": the part after it, not "il" of "mil")
            country = country or _code_domain("x." + code)
        elif not official and (glued := glued_official(part)) is not None:
            official = True  # "mchsgovby", "milgovua": the host mchs.gov.by written as one word
            country = country or glued[1]
            if glued[0]:
                labels.append(glued[0])
        elif not (k and official):
            labels.append(part)
    owner = (rows[0][1], rows[0][2]) if len(rows) == 1 else None
    return Page(tuple(labels), country, official, owner)


def _host_labels(site: str) -> tuple[str, ...]:
    """The labels of a host that may name its owner: not "www", a prefix label, the top-level domain, a second-level
    label ("com", "org") nor an official one ("gov")."""
    labels = site.lower().split(".")
    while len(labels) > 2 and labels[0] in _PREFIX_LABELS:
        labels = labels[1:]
    core = labels[:-1]
    while core and (core[-1] in _SECOND_LEVEL or core[-1] in OFFICIAL_LABELS):
        core = core[:-1]
    return tuple(core)


def latin_words(name: str) -> list[str]:
    """A name's words in Latin letters, lower-cased (``anyascii``'s transliteration of Cyrillic and Hangul: "Національна
    гвардія України": natsionalna, gvardiya, ukraini), apostrophes dropped."""
    return re.findall(r"[a-z0-9]+", anyascii(name).lower().replace("'", ""))


def latin_initial(word: str) -> str:
    """The first Latin letter of a word's transliteration, lower-cased ("Національна": n), or ""."""
    return next((ch for ch in anyascii(word[:2]).lower() if "a" <= ch <= "z"), "")


def spells(label: str, name: str, whole: bool = False) -> bool:
    """Does a page's ``label`` spell a body's ``name``: its words' first letters or first parts, in order, from its
    first word on (a short word of three letters or fewer, "of", "і", may be passed over: "ngu" for "National Guard of
    Ukraine", "mofa" for "Ministry of Foreign Affairs", "kharkivoda" for "Харківська ОДА", "nordviktankers" for
    "Nordvik Tankers AS")? A label of one part spells only a whole word or five letters of one. With ``whole``, every
    word of the name but its short ones has a part in the label ("Nordvik Tankers AS", not "НГС военный комиссар").

    Examples
    --------
    >>> spells("ngu", "Національна гвардія України"), spells("npu", "National Police of Ukraine")
    (True, True)
    >>> spells("nordviktankers", "Nordvik Tankers AS"), spells("ncic", "North Cumbria Integrated Care NHS Trust")
    (True, True)
    >>> spells("ngs", "National Guard of Ukraine"), spells("nord", "Nordvik Tankers AS"), spells("", "UN")
    (False, False, False)
    >>> spells("ngs", "НГС военный комиссар", whole=True), spells("nordviktankers", "Nordvik Tankers AS", whole=True)
    (False, True)
    """
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    words = latin_words(name)
    if len(label) < 2 or not words or words[0][:1] != label[:1]:
        return False
    letters = iter("".join(words))
    if not all(ch in letters for ch in label):
        return False  # (the label's letters are no subsequence of the name's: no need to try its parts)

    @lru_cache(maxsize=None)
    def rest(i: int, j: int, pieces: int) -> bool:
        if i == len(label):
            if whole and any(len(word) > 3 for word in words[j:]):
                return False
            return pieces >= 2 or (pieces == 1 and (j >= 1 and (len(words[j - 1]) == i or i >= 5)))
        if j >= len(words):
            return False
        word = words[j]
        if j > 0 and len(word) <= 3 and rest(i, j + 1, pieces):
            return True  # ("of", "і", "and")
        k = 0
        while k < len(word) and i + k < len(label) and label[i + k] == word[k]:
            k += 1
            if rest(i + k, j + 1, pieces + 1):
                return True
        return False

    return rest(0, 0, 0)


@lru_cache(maxsize=None)
def spellings(name: str) -> frozenset[str]:
    """The strict spellings of a body's name a page's label may be: its words run together, its initials (with and
    without its short words), and an acronym it gives in brackets ("National Guard of Ukraine (NGU)": ngu).

    Examples
    --------
    >>> sorted(spellings("National Guard of Ukraine (NGU)"))
    ['nationalguardofukraine', 'ngou', 'ngu']
    >>> sorted(spellings("UN refugee agency")), sorted(spellings("МОЗ")), sorted(spellings("UN"))
    (['unrefugeeagency'], ['moz'], [])
    """
    out: set[str] = set()
    bracket = re.search(r"\(([^()]+)\)\s*$", name)
    if bracket is not None:
        inner = "".join(latin_words(bracket.group(1)))
        if " " not in bracket.group(1).strip() and bracket.group(1).isupper():  # (an acronym: not "(Kenya)")
            out.add(inner)
        name = name[:bracket.start()]
    words = latin_words(name)
    proper = not name.isascii() or all(w[:1].isupper() for w in re.findall(r"\w+", name) if len(w) > 3)
    if words:
        out.add("".join(words))
        if len(words) > 1 and proper:  # (the initials of a proper name, not of a description: "UN refugee agency")
            out.add("".join(w[0] for k, w in enumerate(words) if k == 0 or len(w) > 3))
            initials = "".join(w[0] for w in words)  # (with its short words: "mofa"; four letters at least, as three
            if len(initials) >= 4:  # a short word's letter among them could spell many another name's)
                out.add(initials)
    out.update("".join(latin_words(w)) for w in name.split()[1:] if w.isupper() and w.isalpha())
    if len(name.split()) > 1 and name.split()[0].isupper() and name.split()[0].isalpha():
        out.add("".join(latin_words(name.split()[0])))  # "МЧС России", "ГУР МО": the acronym the name opens with
    return frozenset(x for x in out if len(x) >= 3 and not x.isdigit())


__all__ = ["Page", "page_of", "glued_official", "spells", "spellings", "latin_words", "latin_initial", "document_site", "outlet_home", "site_slugs", "GENERIC_CODES", "GENERIC_SLUGS"]
