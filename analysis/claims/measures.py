"""The measure vocabulary: what a claim counts, the words prose uses for it, whether it adds up.

The vocabulary is data (``analysis/claims/data/measures.csv``), as are the harmonisation
rules (``harmonisation.csv``: parts of one statement that add up to a total, such as
killed + wounded = killed_or_wounded). A topic's sidecar may define more measures::

    measures:
      deaths_all_cause: {words: deaths from any cause, adds_up: true}

``other`` is listed, never compared with itself: it holds unlike things.

Examples
--------
>>> vocabulary = Vocabulary.bundled()
>>> vocabulary.words("killed_or_wounded"), vocabulary["displaced"].adds_up
('killed or wounded', True)
>>> vocabulary.extended({"deaths_all_cause": {"words": "deaths from any cause"}}).words("deaths_all_cause")
'deaths from any cause'
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import InputError

OTHER = "other"
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class Measure:
    """One measure: its name in a claims file, the words prose uses, whether figures of it add up.

    Examples
    --------
    >>> Measure("displaced", "displaced", True).comparable
    True
    >>> Measure("other", "other measures", False).comparable
    False
    """

    name: str
    words: str
    adds_up: bool
    description: str = ""

    @property
    def comparable(self) -> bool:
        """Whether figures of this measure are compared with each other (not so for ``other``)."""
        return self.name != OTHER


@dataclass(frozen=True)
class Harmonisation:
    """Parts of one statement that add up (as intervals) to a total: killed + wounded = killed_or_wounded."""

    total: str
    parts: tuple[str, ...]
    rule: str = ""


class Vocabulary:
    """The measures a topic may use, and its harmonisation rules (immutable)."""

    def __init__(self, measures: tuple[Measure, ...], rules: tuple[Harmonisation, ...]) -> None:
        self._measures = {m.name: m for m in measures}
        self.rules = rules

    @classmethod
    def bundled(cls) -> Vocabulary:
        """The package's vocabulary (``analysis/claims/data/measures.csv`` and ``harmonisation.csv``)."""
        return _bundled()

    def __getitem__(self, name: str) -> Measure:
        try:
            return self._measures[name]
        except KeyError:
            raise InputError(f"unknown measure {name!r}; the measures are {', '.join(self._measures)} "
                             "(a topic's sidecar may define more under 'measures:')") from None

    def __contains__(self, name: object) -> bool:
        return name in self._measures

    def __iter__(self) -> Iterator[Measure]:
        return iter(self._measures.values())

    @property
    def names(self) -> tuple[str, ...]:
        """Every measure's name, the bundled ones first."""
        return tuple(self._measures)

    def words(self, name: str) -> str:
        """The words prose uses for a measure ("killed or wounded")."""
        return self[name].words

    def extended(self, measures: Mapping | None = None, rules: list | None = None,
                 where: str = "sidecar") -> Vocabulary:
        """This vocabulary plus a topic's measures (name -> {words, adds_up, description}) and rules.

        Raises
        ------
        InputError
            A name that is not lower-case letters, digits and underscores, or an entry that is not a mapping.
        """
        added = []
        for name, spec in (measures or {}).items():
            name = str(name)
            if not _NAME.match(name):
                raise InputError(f"{where}: measure name {name!r} must be lower-case letters, digits and "
                                 "underscores (like excess_deaths)")
            spec = spec if spec is not None else {}
            if isinstance(spec, str):
                spec = {"words": spec}
            if not isinstance(spec, Mapping):
                raise InputError(f"{where}: measure {name!r} must map to its words and adds_up "
                                 f"(e.g. {{words: deaths from any cause, adds_up: true}}), not {spec!r}")
            unknown = set(spec) - {"words", "adds_up", "description"}
            if unknown:
                raise InputError(f"{where}: measure {name!r} has unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
                                 "accepted: words, adds_up, description")
            adds_up = spec.get("adds_up", True)
            if not isinstance(adds_up, bool):
                raise InputError(f"{where}: measure {name!r}: adds_up must be true or false, not {adds_up!r}")
            added.append(Measure(name, str(spec.get("words") or name.replace("_", " ")), adds_up,
                                 str(spec.get("description") or "")))
        new_rules = []
        for rule in rules or []:
            if not isinstance(rule, Mapping) or "total" not in rule or "parts" not in rule:
                raise InputError(f"{where}: a harmonisation rule needs 'total' and 'parts' "
                                 f"(e.g. {{total: killed_or_wounded, parts: [killed, wounded]}}), not {rule!r}")
            parts = rule["parts"]
            parts = tuple(parts.split("|")) if isinstance(parts, str) else tuple(str(p) for p in parts)
            new_rules.append(Harmonisation(str(rule["total"]), parts, str(rule.get("rule", ""))))
        result = Vocabulary(tuple(self) + tuple(added), self.rules + tuple(new_rules))
        for rule in result.rules:
            for name in (rule.total,) + rule.parts:
                if name not in result:
                    raise InputError(f"{where}: harmonisation rule names unknown measure {name!r}")
        return result


def _read(name: str) -> list[dict]:
    resource = resources.files("analysis.claims") / "data" / name
    try:
        text = resource.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise InputError(f"the package's {name} (analysis/claims/data/) is missing: {exc}; reinstall the package") \
            from None
    return list(csv.DictReader(io.StringIO(text, newline="")))


@lru_cache(maxsize=1)
def _bundled() -> Vocabulary:
    measures = tuple(Measure(r["name"], r["words"], r["adds_up"] == "true", r["description"])
                     for r in _read("measures.csv"))
    rules = tuple(Harmonisation(r["total"], tuple(r["parts"].split("|")), r["rule"]) for r in _read("harmonisation.csv"))
    return Vocabulary(measures, rules)


__all__ = ["Measure", "Harmonisation", "Vocabulary", "OTHER"]
