"""Known organisations, looked up inside a speaker phrase: the comparison layer's source registry.

The registry (``analysis.claims.sources.SourceRegistry``, package data) gives an organisation's
canonical name, kind and country; here every name and alias is keyed like the words of a
language (lemmas, stems), so "Моніторингової місії ООН" finds "Моніторингова місія ООН".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from .language import Language, PhraseSet, language


@dataclass(frozen=True)
class Known:
    """An organisation of the registry: canonical name, kind, ISO country ("" for international bodies)."""

    organisation: str
    kind: str
    country: str


def bundled_sources() -> list[Known]:
    """Every organisation of the bundled registry (the comparison layer's package data)."""
    try:
        from ..claims.sources import SourceRegistry  # the comparison layer's registry
    except ImportError:  # pragma: no cover - before the comparison layer's registry exists
        return _legacy_sources()
    out = []
    for source in SourceRegistry.bundled():
        out.append((Known(source.organisation, source.kind or "", source.country or ""), source.names))
    return out


def _legacy_sources() -> list:  # pragma: no cover - removed once the registry is on main
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "sources.csv"
    if not path.exists():
        return []
    by_org: dict[str, tuple[Known, list[str]]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            known, names = by_org.setdefault(row["organisation"], (
                Known(row["organisation"], row.get("kind", ""), row.get("country", "")), [row["organisation"]]))
            names.append(row["alias"])
    return list(by_org.values())


def topic_sources(path) -> tuple:
    """A topic's own organisations from a ``sources.csv`` (``organisation, kind, country, aliases`` with
    aliases separated by ``|``, or the older ``alias, organisation, country, kind``), as (Known, names)."""
    import csv
    from pathlib import Path

    from ..errors import InputError
    from ..limits import MAX_SIDECAR_BYTES, check_size

    path = Path(path)
    try:
        check_size(path.stat().st_size, MAX_SIDECAR_BYTES, f"sources file {str(path)!r}")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read sources file {str(path)!r}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"sources file {str(path)!r} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    by_org: dict[str, tuple[Known, list[str]]] = {}
    for row in csv.DictReader(text.splitlines()):
        organisation = (row.get("organisation") or "").strip()
        if not organisation:
            continue
        known, names = by_org.setdefault(organisation, (
            Known(organisation, (row.get("kind") or "").strip(), (row.get("country") or "").strip()), [organisation]))
        names.extend(a for a in (row.get("aliases") or "").split("|") if a.strip())
        if row.get("alias"):
            names.append(row["alias"])
    return tuple((known, tuple(names)) for known, names in by_org.values())


class RegistryIndex:
    """Registry names keyed in one language, matched at a word position (longest name first)."""

    def __init__(self, lx: Language, sources: Iterable[tuple[Known, Iterable[str]]]):
        self.names = PhraseSet()
        self.acronyms: set[tuple[str, ...]] = set()
        for known, names in sources:
            for name in names:
                name = str(name)
                if name.lower().startswith("the "):
                    name = name[4:]
                keys = lx.keys_of(name)
                if not keys:
                    continue
                self.names.add(keys, known)
                if len(keys) == 1 and name.isupper() and len(name) <= 6:
                    self.acronyms.add(keys)

    def match(self, keys: list[str], texts: list[str], i: int) -> tuple[int, Known] | None:
        found = self.names.match(keys, i)
        if found is None:
            return None
        n, known = found
        if n == 1 and (keys[i],) in self.acronyms and not texts[i].isupper():
            return None  # "us" is not "US", "who" is not "WHO"
        return n, known  # type: ignore[return-value]


@lru_cache(maxsize=8)
def registry_index(lang: str, extra: Any = None) -> RegistryIndex:
    """The bundled registry keyed for a language (built once per process and language)."""
    sources = bundled_sources()
    if extra:
        sources = list(sources) + list(extra)
    return RegistryIndex(language(lang), sources)
