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


#: Lines of problems a ClaimsValidationError's message prints (its ``problems`` attribute holds every one).
SHOWN_PROBLEMS = 200
#: The same value with the same reason in more rows than this of one column is printed as one line.
GROUPED_FROM = 4


def row_spans(rows: list[int], most: int = 6) -> str:
    """Row numbers as short spans: ``2-5, 9, 12-14``; past ``most`` spans, how many more rows.

    Examples
    --------
    >>> row_spans([2, 3, 4, 5, 9, 12, 13, 14])
    '2-5, 9, 12-14'
    >>> row_spans([1, 3, 5, 7, 9], most=2)
    '1, 3 and 3 more'
    """
    spans: list[list[int]] = []
    for row in sorted(set(rows)):
        if spans and row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    text = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans[:most])
    left = sum(b - a + 1 for a, b in spans[most:])
    return f"{text} and {left:,} more" if left else text


def describe_problems(problems: list[Problem]) -> list[str]:
    """One line per problem, except that one value failing for one reason in many rows of a
    column is one line naming the rows (the file's first problem keeps its place).

    Examples
    --------
    >>> bad = [Problem(r, "outlet", "", "must not be empty") for r in range(2, 8)]
    >>> describe_problems(bad + [Problem(9, "metric", "dead", "unknown metric")])
    ["rows 2-7 (6 rows), column 'outlet': '' - must not be empty", "row 9, column 'metric': 'dead' - unknown metric"]
    """
    def key(problem: Problem) -> tuple:
        try:
            return (problem.row is None, problem.column, repr(problem.value), problem.reason)
        except Exception:   # a value whose repr fails is described on its own
            return (id(problem),)

    groups: dict[tuple, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(key(problem), []).append(problem)
    lines, done = [], set()
    for problem in problems:   # in the file's order; a large group at its first row
        k = key(problem)
        group = groups[k]
        if len(group) < GROUPED_FROM or problem.row is None:
            lines.append(problem.describe())
        elif k not in done:
            done.add(k)
            first = problem.describe().split(", ", 1)[1]
            lines.append(f"rows {row_spans([p.row for p in group])} ({len(group):,} rows), {first}")
    return lines


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
        described = describe_problems(self.problems)
        lines += [f"  {line}" for line in described[:SHOWN_PROBLEMS]]
        if len(described) > SHOWN_PROBLEMS:   # a message of 100,000 lines helps no one; .problems has all
            lines.append(f"  ... and {len(described) - SHOWN_PROBLEMS:,} more lines (every problem is in the "
                         "error's .problems)")
        super().__init__("\n".join(lines))
