"""The claims schema: the columns of a claims file and what each may hold, checked with pandera."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pandera.pandas as pa

from .countries import is_country
from ..lexicon import LANGUAGES

#: The bundled measure vocabulary (see :mod:`analysis.claims.measures`; a sidecar may add more).
METRICS = ("killed", "wounded", "killed_or_wounded", "captured", "missing", "deployed", "displaced", "refugees",
           "excess_deaths", "in_need", "other")
#: What a figure covers: a running total, a period, a rate, a plan, a share, or a part (a town, a unit).
SCOPES = ("cumulative", "window", "rate", "planned", "share", "subset")
REQUIRED = ("claim_id", "claim_date", "speaker", "organisation", "country", "metric", "subject", "stated",
            "quote", "outlet", "published", "url")
OPTIONAL = {"scope": "cumulative", "lang": "en", "notes": "", "document": "", "start": "", "end": ""}
COLUMNS = REQUIRED[:6] + ("scope",) + REQUIRED[6:] + ("lang", "notes", "document", "start", "end")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def is_partial_date(text: str) -> bool:
    """An ISO date, or YYYY-MM, or YYYY, that exists on the calendar.

    Examples
    --------
    >>> is_partial_date("2025-02-27"), is_partial_date("2025-02"), is_partial_date("2025-02-30")
    (True, True, False)
    """
    m = _DATE.match(text)
    if not m:
        return False
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _date_or_empty(value: str) -> bool:
    return value == "" or is_partial_date(value)


def _country(value: str) -> bool:
    return value == "" or all(is_country(part) for part in value.split("|"))


def _int_or_empty(value: str) -> bool:
    return value == "" or value.isdigit()


def _check(fn, message: str) -> pa.Check:
    """A check of each cell, run once per distinct value (claims files repeat their values)."""
    def on_series(series: pd.Series) -> pd.Series:
        verdicts = {value: bool(fn(value)) for value in series.unique()}
        return series.map(verdicts).astype(bool)

    return pa.Check(on_series, error=message)


def claims_schema() -> pa.DataFrameSchema:
    """The pandera schema every claims file must meet (all cells read as text)."""
    text = dict(dtype=str, nullable=False, coerce=False)
    non_empty = _check(lambda v: v.strip() != "", "must not be empty")
    return pa.DataFrameSchema(
        {
            "claim_id": pa.Column(unique=True, checks=[non_empty], **text),
            "claim_date": pa.Column(checks=[_check(_date_or_empty,
                                    "not a date: use YYYY-MM-DD, YYYY-MM or YYYY (or leave it empty)")], **text),
            "speaker": pa.Column(**text),
            "organisation": pa.Column(checks=[non_empty], **text),
            "country": pa.Column(checks=[_check(_country, "not an ISO 3166 alpha-2 country code "
                                                "(KR, UA, US, …; joint claims as KR|UA|US; empty when unknown)")],
                                 **text),
            "metric": pa.Column(checks=[_check(lambda v: v in METRICS,
                                               f"unknown metric; use one of {', '.join(METRICS)}")], **text),
            "scope": pa.Column(checks=[_check(lambda v: v in SCOPES,
                                              f"unknown scope; use one of {', '.join(SCOPES)}")], **text),
            "subject": pa.Column(checks=[non_empty], **text),
            "stated": pa.Column(checks=[non_empty], **text),
            "quote": pa.Column(checks=[non_empty], **text),
            "outlet": pa.Column(checks=[non_empty], **text),
            "published": pa.Column(checks=[_check(_date_or_empty,
                                   "not a date: use YYYY-MM-DD, YYYY-MM or YYYY (or leave it empty)")], **text),
            "url": pa.Column(checks=[_check(lambda v: bool(_URL.match(v)),
                                            "not a web address: must start with http:// or https://")], **text),
            "lang": pa.Column(checks=[_check(lambda v: v in LANGUAGES,
                                             f"unknown language; use one of {', '.join(LANGUAGES)}")], **text),
            "notes": pa.Column(**text),
            "document": pa.Column(**text),
            "start": pa.Column(checks=[_check(_int_or_empty, "not a character offset (a whole number)")], **text),
            "end": pa.Column(checks=[_check(_int_or_empty, "not a character offset (a whole number)")], **text),
        },
        checks=[
            pa.Check(lambda df: pd.Series([s in q for s, q in zip(df["stated"], df["quote"])], index=df.index),
                     error="stated does not occur in quote (it must be copied exactly from the sentence)"),
            pa.Check(lambda df: (df["document"] == "") == (df["start"] == ""),
                     error="document and start/end go together: give all three or none"),
        ],
        strict=False,
        name="claims",
    )
