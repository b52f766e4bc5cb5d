"""A topic's metadata sidecar (``<topic>.yaml`` beside its claims file), read safely and checked.

The keys the package uses:

- ``title``: the report's title;
- ``subject``: what was counted, in a sentence or two;
- ``as_of``: the date the headline is anchored on (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``);
- ``stale_after_days``: how much older than the newest figure compared a figure may be before
  it is kept out of the headline ratios (default :data:`STALE_AFTER_DAYS`);
- ``measures``: measures of the topic's own (name -> words, adds_up, description);
- ``harmonisation``: rules of its own (``{total: ..., parts: [...]}``);
- ``sources``: organisations of its own (rows with organisation, kind, country, aliases);
- ``areas``: places the topic covers as a whole ("Puerto Rico"), so "in Puerto Rico" is not a subset.

Keys kept for people to read and used by no code: ``collected_by``, ``method``, ``licence_of_quotes``
(text) and ``columns`` (column name -> what it holds). Any other key is an error (a misspelt key would
otherwise be ignored without a word), and so is a key given twice.

A topic's organisations may also sit in ``<topic>.sources.csv`` beside the claims file.
The YAML is read with :func:`analysis.safe_io.read_yaml` (no aliases, a size cap).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..safe_io import read_yaml
from .dates import PartialDate, parse_as_of
from .measures import Vocabulary
from .sources import SourceRegistry

#: Default staleness window: a figure this many days older than the newest compared is stale.
STALE_AFTER_DAYS = 180

#: The keys a sidecar may hold: those the package reads, then those kept for people to read.
USED_KEYS = ("title", "subject", "as_of", "stale_after_days", "measures", "harmonisation", "sources", "areas")
TEXT_KEYS = ("title", "subject", "collected_by", "method", "licence_of_quotes")
KNOWN_KEYS = USED_KEYS + ("collected_by", "method", "licence_of_quotes", "columns")


@dataclass(frozen=True)
class Sidecar:
    """What a topic says about itself (see the module docstring)."""

    path: Path | None = None
    title: str = ""
    subject: str = ""
    as_of: PartialDate | None = None
    stale_after_days: int = STALE_AFTER_DAYS
    vocabulary: Vocabulary = field(default_factory=Vocabulary.bundled)
    registry: SourceRegistry = field(default_factory=SourceRegistry.bundled)
    areas: tuple[str, ...] = ()
    raw: Mapping = field(default_factory=dict)

    def __deepcopy__(self, memo: dict) -> Sidecar:
        # immutable: pandas copies a frame's attrs on every operation, so copying must cost nothing
        return self


def sidecar_path(claims_path: Path) -> Path:
    """``topic.yaml`` for ``topic.csv`` (or for a Parquet file or folder of parts)."""
    claims_path = Path(claims_path)
    return claims_path.with_suffix(".yaml") if claims_path.suffix else claims_path.with_name(claims_path.name + ".yaml")


def read_sidecar(claims_path: str | Path) -> Sidecar:
    """The sidecar of a claims file, or the defaults when it has none.

    Raises
    ------
    InputError
        A sidecar that is not safe YAML, too large, or whose keys hold the wrong kind of value.
    """
    claims_path = Path(claims_path)
    path = sidecar_path(claims_path)
    data = read_yaml(path, what="sidecar") if path.exists() else {}
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise InputError(f"sidecar {str(path)!r} must be a mapping of keys (title, as_of, ...), not a "
                         f"{type(data).__name__}")
    where = f"sidecar {str(path)!r}"
    _check_keys(data, where)
    title = data.get("title") or ""
    as_of = parse_as_of(str(data["as_of"]) if data.get("as_of") not in (None, "") else None, f"{where}: as_of")
    stale = data.get("stale_after_days", STALE_AFTER_DAYS)
    if isinstance(stale, bool) or not isinstance(stale, int) or stale <= 0:
        raise InputError(f"{where}: stale_after_days must be a whole number of days above 0, not {stale!r}")
    measures = data.get("measures") or {}
    if not isinstance(measures, Mapping):
        raise InputError(f"{where}: measures must map each name to its words and adds_up")
    rules = data.get("harmonisation") or []
    if not isinstance(rules, list):
        raise InputError(f"{where}: harmonisation must be a list of {{total: ..., parts: [...]}}")
    vocabulary = Vocabulary.bundled().extended(measures, rules, where=where)
    registry = SourceRegistry.bundled()
    topic_sources = claims_path.with_name(claims_path.stem + ".sources.csv")
    if topic_sources.exists():
        registry = registry.extended(topic_sources)
    if data.get("sources"):
        if not isinstance(data["sources"], list):
            raise InputError(f"{where}: sources must be a list of rows (organisation, kind, country, aliases)")
        from .sources import sources_from_rows

        registry = registry.extended(sources_from_rows(data["sources"], where=f"{where}: sources"))
    areas = data.get("areas") or []
    if isinstance(areas, str):
        areas = [areas]
    if not isinstance(areas, list) or not all(isinstance(a, str) for a in areas):
        raise InputError(f"{where}: areas must be a list of place names")
    subject = data.get("subject") or ""
    return Sidecar(path if path.exists() else None, title, subject, as_of, stale, vocabulary, registry,
                   tuple(areas), dict(data))


def _check_keys(data: Mapping, where: str) -> None:
    """Refuse a key the sidecar does not know, and a text key or ``columns`` holding the wrong kind of value."""
    for key in data:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(str(key), KNOWN_KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise InputError(f"{where}: unknown key {key!r}{hint}; a sidecar accepts {', '.join(KNOWN_KEYS)}")
    for key in TEXT_KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: {key} must be text (a string), not {_shown(value)}; write it as one line "
                             "or a `>-` block")
    columns = data.get("columns")
    if columns is not None and not (isinstance(columns, Mapping) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items())):
        raise InputError(f"{where}: columns must map each column name to a text saying what it holds, not "
                         f"{_shown(columns)}")


def _shown(value: object, limit: int = 60) -> str:
    """A wrong value as quoted in an error: its kind and its repr, cut short when long."""
    text = repr(value)
    return f"a {type(value).__name__} {text if len(text) <= limit else text[:limit] + '...'}"


__all__ = ["Sidecar", "read_sidecar", "sidecar_path", "STALE_AFTER_DAYS"]
