"""Errors raised by the normaliser and the claims loader."""

from __future__ import annotations


class NoQuantityError(ValueError):
    """The phrase states no quantity (``parse_range("several outlets said")``)."""


class AmbiguousQuantityError(ValueError):
    """The phrase states more than one quantity, so no single range can stand for it."""


class ClaimsValidationError(ValueError):
    """A claims file breaks the schema; ``problems`` lists every bad cell.

    Parameters
    ----------
    path : str
        The file that was read.
    problems : list of dict
        One dict per problem with the keys ``row`` (the line number in the file,
        the header being line 1), ``column``, ``value`` and ``reason``.
    """

    def __init__(self, path: str, problems: list[dict]):
        self.path = path
        self.problems = problems
        lines = [f"{path}: {len(problems)} problem(s) in the claims file"]
        for p in problems:
            value = p.get("value")
            shown = "" if value is None else repr(value)
            if len(shown) > 80:
                shown = shown[:77] + "...'"
            lines.append(f"  row {p['row']}, column {p['column']!r}: {shown} - {p['reason']}")
        super().__init__("\n".join(lines))
