"""The source registry: who an organisation is (its canonical name, its kind, its country).

Sources are compared as **organisations**. Each has a *kind* (:data:`SOURCE_KINDS`) and a
country when it has one (ISO 3166 alpha-2; international bodies have none). The package
ships a registry of well-known international bodies, agencies, rights groups, research
groups and news organisations (``analysis/claims/data/sources.csv``, package data read
with :mod:`importlib.resources`); a topic adds its own bodies in a ``sources.csv`` beside
its claims file or in its sidecar, with :meth:`SourceRegistry.extended`.

A registry file has the columns ``organisation``, ``kind``, ``country`` and ``aliases``
(aliases separated by ``|``). The older one-alias-per-row form (``alias``,
``organisation``, ``country``, ``kind``) is read too.

Examples
--------
>>> registry = SourceRegistry.bundled()
>>> registry.lookup("the UNHCR").organisation
'Office of the United Nations High Commissioner for Refugees (UNHCR)'
>>> registry.lookup("유엔난민기구").kind, registry.lookup("Reuters").country
('international', 'GB')
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..limits import MAX_SIDECAR_BYTES, check_size

#: The kinds of body a source can be ("" when unknown).
SOURCE_KINDS = ("government", "military", "intelligence", "legislature", "international", "ngo", "research",
                "media", "armed_group", "individual")
#: Kinds that speak for a state: the only ones a country-level view (``by="country"``) pools.
GOVERNMENT_SIDE = ("government", "military", "intelligence", "legislature")
#: Words a reader uses for each kind (tables, prose).
KIND_WORDS = {"government": "government", "military": "military", "intelligence": "intelligence service",
              "legislature": "legislature", "international": "international body", "ngo": "NGO or rights group",
              "research": "research group", "media": "news organisation", "armed_group": "armed group or de facto authority",
              "individual": "individual", "": "body of unknown kind"}
KIND_PLURALS = {"government": "governments", "military": "military bodies", "intelligence": "intelligence services",
                "legislature": "legislatures", "international": "international bodies", "ngo": "NGOs or rights groups",
                "research": "research groups", "media": "news organisations",
                "armed_group": "armed groups or de facto authorities", "individual": "individuals",
                "": "bodies of unknown kind"}

_COLUMNS = ("organisation", "kind", "country", "aliases")
_LEGACY_COLUMNS = ("alias", "organisation", "country", "kind")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """One organisation: its canonical name, kind, country code ("" for none) and other names.

    Examples
    --------
    >>> Source("World Health Organization (WHO)", "international", "", ("WHO",)).government_side
    False
    """

    organisation: str
    kind: str
    country: str
    aliases: tuple[str, ...] = ()

    @property
    def government_side(self) -> bool:
        """True for governments, militaries, intelligence services and legislatures."""
        return self.kind in GOVERNMENT_SIDE

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.organisation,) + self.aliases


def name_key(name: str) -> str:
    """The form names are matched in: case-folded, whitespace collapsed, no leading "the".

    Examples
    --------
    >>> name_key("  The   World Bank ")
    'world bank'
    """
    text = " ".join(str(name).split()).casefold()
    return _ARTICLE.sub("", text)


class SourceRegistry:
    """Organisations by name and alias; immutable (``extended`` returns a new registry).

    Parameters
    ----------
    sources : iterable of Source
        Later entries win when two give the same name (a topic overrides the bundled entry).
    shared : iterable of str
        Names several bodies bear ("NDMA": Pakistan's and India's disaster authorities; "МЧС": the emergency
        ministries of Russia, Belarus, Kazakhstan, Kyrgyzstan...): ``lookup`` finds no body under them, since the
        name alone does not say which (the extractor chooses by the text, ``extract.registry.RegistryIndex.sharing``).
    """

    def __init__(self, sources: Iterable[Source] = (), shared: Iterable[str] = ()) -> None:
        by_name: dict[str, Source] = {}
        sources = list(sources)
        for source in sources:
            for name in source.names:
                by_name[name_key(name)] = source
        self._shared = frozenset(name_key(name) for name in shared)
        seen: dict[str, Source] = {}
        for source in by_name.values():
            seen[source.organisation] = source
        for source in sources:  # (a body all of whose names a later body of the same file shares is still one)
            if source.organisation not in seen and any(name_key(n) in self._shared for n in source.names):
                seen[source.organisation] = source
        self._sources = tuple(seen.values())
        for key in self._shared:
            by_name.pop(key, None)
        self._by_name = by_name

    @classmethod
    def bundled(cls) -> SourceRegistry:
        """The registry shipped with the package (international bodies, agencies, news organisations).

        Raises
        ------
        InputError
            When the package data file is missing or broken (never an empty registry).
        """
        return _bundled()

    def lookup(self, name: str) -> Source | None:
        """The organisation a name or alias stands for, or None.

        Examples
        --------
        >>> SourceRegistry.bundled().lookup("ВООЗ").organisation
        'World Health Organization (WHO)'
        >>> SourceRegistry.bundled().lookup("someone else") is None
        True
        """
        if not isinstance(name, str) or not name.strip():
            return None
        return self._by_name.get(name_key(name))

    def extended(self, rows_or_path: str | Path | Iterable[Mapping | Source]) -> SourceRegistry:
        """This registry plus a topic's own sources (a ``sources.csv`` path, rows, or Sources).

        Examples
        --------
        >>> topic = SourceRegistry.bundled().extended([
        ...     dict(organisation="Ministry of Health (Ruritania)", kind="government", country="",
        ...          aliases="Ruritanian health ministry")])
        >>> topic.lookup("ruritanian health ministry").kind
        'government'
        """
        if isinstance(rows_or_path, (str, Path)):
            added = read_registry(Path(rows_or_path))
        else:
            added = sources_from_rows(list(rows_or_path), where="sources")
        named = {name_key(name) for source in added for name in source.names}  # (a topic's own name is its body's)
        return SourceRegistry(list(self._sources) + list(added), self._shared - named)

    def __iter__(self) -> Iterator[Source]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __repr__(self) -> str:
        return f"<SourceRegistry: {len(self._sources)} organisations>"


def _check_country(code: str, where: str) -> str:
    from .countries import is_country

    code = code.strip().upper()
    if code and not all(is_country(part) for part in code.split("|")):
        raise InputError(f"{where}: country {code!r} is not an ISO 3166 alpha-2 code (KR, UA, US, ...; a joint "
                         "body as KR|UA|US); leave it empty for an international body")
    return code


def sources_from_rows(rows: list[Mapping | Source], where: str, numbers: list[int] | None = None) -> list[Source]:
    """Sources from registry rows (dicts with organisation, kind, country, aliases), checked.

    Rows of the one-alias-per-row form (an ``alias`` column) are grouped by organisation.

    Raises
    ------
    InputError
        Naming the row and the value: a missing column, an unknown kind, a bad country code.
    """
    grouped: dict[str, dict] = {}
    for number, row in zip(numbers or range(2, len(rows) + 2), rows):
        if isinstance(row, Source):
            grouped[row.organisation] = dict(kind=row.kind, country=row.country, aliases=list(row.aliases))
            continue
        if not isinstance(row, Mapping):
            raise InputError(f"{where}: entry {number - 1} is not a table row (organisation, kind, country, aliases)")
        missing = [c for c in ("organisation", "kind") if c not in row]
        if missing:
            raise InputError(f"{where}: no {' or '.join(repr(m) for m in missing)} column; a sources table has "
                             f"the columns {', '.join(_COLUMNS)}")
        organisation = " ".join(str(row.get("organisation") or "").split())
        if not organisation:
            raise InputError(f"{where}, row {number}: 'organisation' is empty")
        kind = str(row.get("kind") or "").strip()
        if kind not in SOURCE_KINDS and kind != "":
            raise InputError(f"{where}, row {number}: kind {kind!r} is not one of {', '.join(SOURCE_KINDS)} "
                             "(or empty when unknown)")
        country = _check_country(str(row.get("country") or ""), f"{where}, row {number}")
        aliases = row.get("aliases", "")
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|")]
        aliases = [" ".join(str(a).split()) for a in (aliases or [])]
        if "alias" in row:
            aliases.append(" ".join(str(row["alias"]).split()))
        entry = grouped.setdefault(organisation, dict(kind=kind, country=country, aliases=[]))
        if (entry["kind"], entry["country"]) != (kind, country):
            raise InputError(f"{where}, row {number}: {organisation!r} is given as {kind!r}/{country!r} here and "
                             f"{entry['kind']!r}/{entry['country']!r} in an earlier row")
        entry["aliases"] += [a for a in aliases if a and a != organisation and a not in entry["aliases"]]
    return [Source(name, e["kind"], e["country"], tuple(e["aliases"])) for name, e in grouped.items()]


def parse_registry(text: str, where: str) -> list[Source]:
    """Sources from the text of a registry CSV."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as error:
        raise InputError(f"{where}: the header cannot be read as CSV ({error})") from None
    if not header:
        raise InputError(f"{where} is empty: expected a header with {', '.join(_COLUMNS)}")
    if "kind" not in header or "organisation" not in header:
        raise InputError(f"{where}: the header {header} lacks "
                         f"{' and '.join(repr(c) for c in ('organisation', 'kind') if c not in header)}; "
                         f"a sources table has the columns {', '.join(_COLUMNS)}")
    rows, numbers = [], []
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise InputError(f"{where}, row {line}: cannot be read as CSV ({error}); a quote is probably left "
                             "open") from None
        if not "".join(record).strip():
            continue
        if any("\n" in field or "\r" in field for field in record):
            raise InputError(f"{where}, row {line}: a field runs over several lines, so a quote is left open "
                             "(a sources table has one organisation per line); close the quote")
        if len(record) > len(header):
            raise InputError(f"{where}, row {line}: {len(record)} fields but the header has {len(header)}; "
                             "quote a value that holds a comma")
        rows.append(dict(zip(header, record + [""] * (len(header) - len(record)))))
        numbers.append(line)
    return sources_from_rows(rows, where, numbers)


def read_registry(path: Path) -> list[Source]:
    """Sources from a registry CSV file (UTF-8, at most ``limits.MAX_SIDECAR_BYTES``).

    Raises
    ------
    InputError
        When the file cannot be read, is too large, is not UTF-8 or breaks the format.
    """
    from ..safe_io import read_limited

    raw = read_limited(path, MAX_SIDECAR_BYTES, "sources file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"sources file {str(path)!r} is not UTF-8 text (byte {exc.start}); save it as UTF-8") \
            from None
    return parse_registry(text, str(path))


@lru_cache(maxsize=1)
def society_table() -> dict:
    """The patterns of the national Red Cross and Red Crescent societies' names (``data/national_societies.yaml``).

    Examples
    --------
    >>> society_table()["patterns"]["cross"]["en"][0], "TR" in society_table()["crescent_countries"]
    ('{country} Red Cross', True)
    """
    from ..safe_io import read_yaml

    where = "analysis/claims/data/national_societies.yaml"
    text = resources.files("analysis.claims").joinpath("data", "national_societies.yaml").read_text(encoding="utf-8")
    return read_yaml(where, what="national societies table", text=text)


def _unique_country_names(lang: str) -> dict[str, list[str]]:
    """Each country's names in a language (pycountry's, translated by its gettext catalogue, and CLDR's through
    babel), by ISO code, leaving out a name two countries share ("Korea", "Congo")."""
    import gettext

    import pycountry
    from babel import Locale

    translate = (lambda s: s) if lang == "en" else gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext
    territories = Locale.parse(lang).territories
    found: dict[str, list[str]] = {}
    for country in pycountry.countries:
        names = []
        for attribute in ("common_name", "name"):
            name = getattr(country, attribute, None)
            if name:
                head, _, rest = translate(name).partition(",")
                names.append(f"{rest.strip()} {head.strip()}" if rest.strip() else head.strip())
        cldr = territories.get(country.alpha_2, "")
        if cldr and " - " not in cldr and "(" not in cldr:  # "Congo - Kinshasa", "Macao (SAR)": CLDR's labels
            names.append(cldr)
        found[country.alpha_2] = list(dict.fromkeys(n for n in names if len(n) >= 3 and not (
            lang != "en" and n.isascii())))  # a name the catalogue left in English is no name of the language
    codes: dict[str, set[str]] = {}
    for code, names in found.items():
        for name in names:
            codes.setdefault(name.casefold(), set()).add(code)
    return {code: [n for n in names if len(codes[n.casefold()]) == 1] for code, names in found.items()}


@lru_cache(maxsize=1)
def national_societies() -> tuple[Source, ...]:
    """Every country's national Red Cross or Red Crescent society (kind ``ngo``, the country's code), named in
    English, Ukrainian, Russian and Korean from the country's names (``data/national_societies.yaml``), so that
    "the Uganda Red Cross Society", "Товариства Червоного Хреста Уганди" and "우간다 적십자사" are Uganda's.

    Examples
    --------
    >>> uganda = next(s for s in national_societies() if s.country == "UG")
    >>> uganda.organisation, "Червоний Хрест Уганда" in uganda.aliases, "우간다 적십자사" in uganda.aliases
    ('Uganda Red Cross Society', True, True)
    >>> next(s for s in national_societies() if s.country == "TR").organisation
    'Türkiye Red Crescent Society'
    """
    table = society_table()
    patterns = table["patterns"]
    names = {lang: _unique_country_names(lang) for lang in patterns["cross"]}
    crescent, skip = set(table["crescent_countries"]), set(table["skip"])
    out = []
    for code, english in names["en"].items():
        if code in skip or not english:
            continue
        sort = "crescent" if code in crescent else "cross"
        aliases = [pattern.format(country=name) for lang, forms in patterns[sort].items()
                   for name in names[lang].get(code, []) for pattern in forms if "{adjective}" not in pattern]
        aliases += [str(name) for name in (table.get("own_names") or {}).get(code, [])]
        organisation = table["organisation"][sort].format(country=english[0])
        out.append(Source(organisation, "ngo", code, tuple(a for a in dict.fromkeys(aliases) if a != organisation)))
    return tuple(out)


@lru_cache(maxsize=1)
def _bundled() -> SourceRegistry:
    resource = resources.files("analysis.claims").joinpath("data", "sources.csv")
    try:
        text = resource.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise InputError(f"the package's source registry (analysis/claims/data/sources.csv) is missing: {exc}; "
                         "reinstall the package") from None
    sources = parse_registry(text, "analysis/claims/data/sources.csv")
    if not sources:
        raise InputError("the package's source registry (analysis/claims/data/sources.csv) holds no organisation")
    return SourceRegistry(list(national_societies()) + sources, shared_names(sources))  # the file's own entries win


def shared_names(sources: Iterable[Source]) -> frozenset[str]:
    """The names (as ``name_key`` keys them) that two bodies or more of a registry file give: a name several states'
    bodies bear, each row the body of one state ("NDMA" of Pakistan, of India and of Kenya's drought authority).

    Examples
    --------
    >>> sorted(shared_names([Source("A (PK)", "government", "PK", ("NDMA",)),
    ...                      Source("A (IN)", "government", "IN", ("NDMA",))]))
    ['ndma']
    """
    owners: dict[str, set[str]] = {}
    for source in sources:
        for name in source.names:
            owners.setdefault(name_key(name), set()).add(source.organisation)
    return frozenset(key for key, bodies in owners.items() if len(bodies) >= 2)


__all__ = ["SOURCE_KINDS", "national_societies", "shared_names", "society_table", "GOVERNMENT_SIDE", "KIND_WORDS", "KIND_PLURALS", "Source", "SourceRegistry", "name_key",
           "read_registry", "parse_registry", "sources_from_rows"]
