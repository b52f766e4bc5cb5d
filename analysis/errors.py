"""Every error type of the package, and the ``Problem`` record a validation error lists.

A user's mistake (a malformed file, a bad option, an input past a limit) raises an
``InputError``: its message is one or two lines that quote the value and say what is
accepted, and the command line prints it without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class InputError(ValueError):
    """A user's mistake: the message says what was wrong, with the value, and what is accepted.

    Examples
    --------
    >>> str(InputError("--as-of 'yesterday' is not a date: use YYYY-MM-DD"))
    "--as-of 'yesterday' is not a date: use YYYY-MM-DD"
    """


class LimitExceededError(InputError):
    """An input is larger than a documented limit (see ``analysis.limits``)."""


class NoQuantityError(InputError):
    """The phrase states no quantity (``parse_range("several outlets said")``)."""


class AmbiguousQuantityError(InputError):
    """The phrase states more than one quantity, so no single range can stand for it."""


@dataclass(frozen=True)
class Problem:
    """One bad cell of an input table.

    ``row`` is the line number in the file (the header being line 1), ``column`` the
    column's name, ``value`` the cell as read and ``reason`` what is wrong with it.

    Examples
    --------
    >>> Problem(row=3, column="metric", value="dead", reason="unknown metric").describe()
    "row 3, column 'metric': 'dead' - unknown metric"
    """

    row: int | None
    column: str
    value: Any
    reason: str

    def describe(self) -> str:
        shown = "" if self.value is None else repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "...'"
        where = "file" if self.row is None else f"row {self.row}"
        return f"{where}, column {self.column!r}: {shown} - {self.reason}"

    def __getitem__(self, key: str) -> Any:  # dict-style access, as older callers used
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)


#: Problems a ClaimsValidationError's message lists (its ``problems`` attribute holds every one).
SHOWN_PROBLEMS = 200


class ClaimsValidationError(InputError):
    """A claims file breaks the schema; ``problems`` lists every bad cell.

    Parameters
    ----------
    path : str
        The file that was read.
    problems : list of Problem (or dict with the same keys)
        One record per problem: ``row`` (the line number in the file, the header
        being line 1), ``column``, ``value`` and ``reason``.
    """

    def __init__(self, path: str, problems: list):
        self.path = path
        self.problems = [p if isinstance(p, Problem) else Problem(p.get("row"), p["column"], p.get("value"),
                                                                  p["reason"]) for p in problems]
        lines = [f"{path}: {len(self.problems)} problem(s) in the claims file"]
        lines += [f"  {p.describe()}" for p in self.problems[:SHOWN_PROBLEMS]]
        if len(self.problems) > SHOWN_PROBLEMS:   # a message of 100,000 lines helps no one; .problems has all
            lines.append(f"  ... and {len(self.problems) - SHOWN_PROBLEMS:,} more (every one is in the "
                         "error's .problems)")
        super().__init__("\n".join(lines))
