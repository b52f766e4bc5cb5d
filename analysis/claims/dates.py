"""Dates with their precision: a day ("2025-02-27"), a month ("2025-02") or a year ("2025").

A month- or year-only date is never padded into a day: it is shown as "February 2025" or
"2025", and it spans a period (:attr:`PartialDate.first_day` to :attr:`PartialDate.last_day`).
Dates outside the range pandas can hold (:data:`FIRST_YEAR` to :data:`LAST_YEAR`) are
refused with a reason, not a crash.

Examples
--------
>>> PartialDate.parse("2022-03").text, PartialDate.parse("2025").text, PartialDate.parse("2025-02-07").text
('March 2022', '2025', '7 February 2025')
>>> PartialDate.parse("2025-02").last_day
datetime.date(2025, 2, 28)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..errors import InputError

#: The years a date may fall in (pandas' nanosecond timestamps reach 1677-09-21 to 2262-04-11).
FIRST_YEAR, LAST_YEAR = 1678, 2261
PRECISIONS = ("day", "month", "year")
ACCEPTED = "YYYY-MM-DD, YYYY-MM or YYYY"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the day, the month or the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (nothing before or after, not even a newline).

        Raises
        ------
        InputError
            Quoting the text and saying what is accepted.

        Examples
        --------
        >>> PartialDate.parse("2025-13-45")
        Traceback (most recent call last):
        ...
        analysis.errors.InputError: '2025-13-45' is not a date on the calendar: use YYYY-MM-DD, YYYY-MM or YYYY
        """
        problem = date_problem(text)
        if problem:
            raise InputError(f"{text!r} {problem}")
        year, month, day = _DATE.fullmatch(text).groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @property
    def precision(self) -> str:
        """"day", "month" or "year"."""
        return "day" if self.day else ("month" if self.month else "year")

    @property
    def first_day(self) -> dt.date:
        """The first day the date allows."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The last day the date allows."""
        if self.day:
            return self.first_day
        if self.month:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    @property
    def iso(self) -> str:
        """The date as written in a claims file, at its precision."""
        return "-".join([f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p])

    @property
    def text(self) -> str:
        """The date in the report's one style, at its precision: "7 February 2025", "February 2025", "2025"."""
        if self.day:
            return f"{self.day} {_MONTHS[self.month - 1]} {self.year}"
        if self.month:
            return f"{_MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def __str__(self) -> str:
        return self.text


def date_problem(text: str) -> str | None:
    """Why ``text`` is not a date a claims file accepts, or None.

    Examples
    --------
    >>> date_problem("2025-02"), date_problem("2025-02-30"), date_problem("2300-01-01")
    (None, 'is not a date on the calendar: use YYYY-MM-DD, YYYY-MM or YYYY', 'is outside the years 1678 to 2261 this package handles')
    >>> date_problem("2025-01-13\\n")
    'is not a date: use YYYY-MM-DD, YYYY-MM or YYYY'
    """
    m = _DATE.fullmatch(text) if isinstance(text, str) else None
    if not m:
        return f"is not a date: use {ACCEPTED}"
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return f"is not a date on the calendar: use {ACCEPTED}"
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        return f"is outside the years {FIRST_YEAR} to {LAST_YEAR} this package handles"
    return None


def parse_as_of(value: object, where: str = "as_of", today: dt.date | None = None) -> PartialDate | None:
    """An ``as_of`` option (command line, sidecar, library call), checked; None when empty.

    A month or a year is accepted and keeps its precision. A date after today is refused.

    Raises
    ------
    InputError
        One line quoting the value and saying what is accepted.

    Examples
    --------
    >>> parse_as_of("2025-02-27").text
    '27 February 2025'
    >>> parse_as_of("yesterday", "--as-of")
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: --as-of 'yesterday' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        value = value.isoformat()
    if hasattr(value, "isoformat") and not isinstance(value, str):   # pandas.Timestamp
        value = value.isoformat()[:10]
    text = str(value)
    problem = date_problem(text)
    if problem:
        raise InputError(f"{where} {text!r} {problem}")
    date = PartialDate.parse(text)
    today = today or dt.date.today()
    if date.first_day > today:
        raise InputError(f"{where} {text!r} is after today ({today.isoformat()}): a comparison can only be as of a "
                         "day that has come")
    return date


__all__ = ["PartialDate", "PRECISIONS", "FIRST_YEAR", "LAST_YEAR", "ACCEPTED", "date_problem", "parse_as_of"]
