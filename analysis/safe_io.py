"""Reading and writing untrusted files safely: YAML without aliases, CSV without formulas.

- ``read_yaml``: ``yaml.safe_load`` constructs no objects, but a document of nested aliases
  (a "billion laughs") still takes gigabytes; this loader refuses aliases and anything past
  ``limits.MAX_SIDECAR_BYTES``.
- ``spreadsheet_safe`` / ``write_csv_for_people``: a cell that begins with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return is run as a formula by a spreadsheet; as OWASP recommends
  ("CSV Injection"), such a cell is written with a leading apostrophe.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .limits import MAX_SIDECAR_BYTES, MAX_YAML_DEPTH, check_size

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class _UniqueKeys:
    """A mapping that names a key twice is refused: YAML keeps the last silently, losing the first."""

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)  # type: ignore[attr-defined]
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)  # type: ignore[attr-defined]
                line = key_node.start_mark.line + 1
                try:
                    first = seen.get(key)
                except TypeError:   # an unhashable key: the constructor says so below
                    continue
                if first is not None:
                    raise InputError(f"key {key!r} is given twice in one mapping (lines {first} and {line}); "
                                     "keep one")
                seen[key] = line
        return super().construct_mapping(node, deep)  # type: ignore[misc]


class _SafeLoader(_UniqueKeys, yaml.SafeLoader):
    """``SafeLoader`` that refuses a key given twice."""


_FastLoader = (type("_FastLoader", (_UniqueKeys, yaml.CSafeLoader), {}) if hasattr(yaml, "CSafeLoader")
               else None)


class _NoAliasLoader(_SafeLoader):
    """``SafeLoader`` that refuses anchors and aliases instead of expanding them, and a key given twice."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise InputError(f"YAML aliases are not accepted (alias *{event.anchor} at line "
                             f"{event.start_mark.line + 1}); write the value out")
        return super().compose_node(parent, index)


def read_limited(path: str | Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never more is read.

    A folder, a device (``/dev/zero``) or a named pipe is refused before it is opened: such a
    path reports a size of 0 and can be read forever.

    Raises
    ------
    InputError
        One line naming the file: missing, unreadable, not a regular file, or past ``limit``.

    Examples
    --------
    >>> read_limited("/dev/zero", 10, "claims file")
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: claims file '/dev/zero' is not a regular file (a folder, a device or a pipe); give a file
    """
    name = str(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{what} {name!r} is not a regular file (a folder, a device or a pipe); give a file")
        check_size(info.st_size, limit, f"{what} {name!r}")
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {what} {name!r}: {exc.strerror or exc}") from None
    check_size(len(data), limit, f"{what} {name!r}")   # it grew while being read
    return data


def _check_events(events) -> None:
    """Refuse aliases and nesting past :data:`MAX_YAML_DEPTH`, reading the parser's events (no recursion)."""
    depth = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise InputError(f"YAML aliases are not accepted (alias *{event.anchor} at line "
                             f"{event.start_mark.line + 1}); write the value out")
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise RecursionError
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


def read_yaml(source: str | Path, *, what: str = "YAML file", text: str | None = None) -> Any:
    """Read a small YAML document safely (no objects, no aliases, a size cap).

    Examples
    --------
    >>> read_yaml("inline", text="a: 1\\nb: [x, y]")
    {'a': 1, 'b': ['x', 'y']}
    >>> read_yaml("inline", text="a: &x [1]\\nb: *x")
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: inline: YAML aliases are not accepted (alias *x at line 2); write the value out
    """
    name = str(source)
    if text is None:
        raw = read_limited(source, MAX_SIDECAR_BYTES, what)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{what} {name!r} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    else:
        check_size(len(text.encode("utf-8")), MAX_SIDECAR_BYTES, f"{what} {name!r}")
    try:
        if _FastLoader is None:   # libyaml: a 1 MB sidecar in well under a second
            return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
        _check_events(yaml.parse(text, Loader=yaml.CSafeLoader))
        return yaml.load(text, Loader=_FastLoader)  # noqa: S506 - libyaml's SafeLoader, its events checked above
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{what} {name!r} is not valid YAML{where}: {problem}") from None
    except RecursionError:   # "[[[[..." thousands deep: the parser recurses once per level
        raise InputError(f"{what} {name!r} is nested too deeply to be read (lists or mappings inside one another "
                         "thousands of levels deep); a sidecar needs a few levels") from None
    except (ValueError, OverflowError) as exc:   # a scalar YAML reads as a date or number but is none ("2025-13-45")
        raise InputError(f"{what} {name!r} holds a value YAML takes for a date or a number but cannot read "
                         f"({exc}); quote it, or correct it") from None


def spreadsheet_safe(value: Any) -> Any:
    """The cell as a spreadsheet should receive it: formula-leading text gets a leading ``'``.

    Examples
    --------
    >>> spreadsheet_safe('=HYPERLINK("http://x")'), spreadsheet_safe("about 300"), spreadsheet_safe(12)
    ('\\'=HYPERLINK("http://x")', 'about 300', 12)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv_for_people(frame, path: str | Path) -> None:
    """Write a DataFrame as UTF-8 CSV for spreadsheets, every text cell made ``spreadsheet_safe``."""
    from pandas.api.types import is_datetime64_any_dtype, is_numeric_dtype

    safe = frame.copy()
    for column in safe.columns:
        if not (is_numeric_dtype(safe[column]) or is_datetime64_any_dtype(safe[column])):   # text: object, str, string
            safe[column] = safe[column].map(spreadsheet_safe)
    safe.columns = [spreadsheet_safe(str(c)) for c in safe.columns]
    safe.to_csv(path, index=False, encoding="utf-8")
