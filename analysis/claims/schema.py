"""The claims schema: the columns of a claims file and what each may hold, checked with pandera."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from .countries import is_country
from .dates import ACCEPTED, date_problem
from .sources import SOURCE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    import pandera.pandas as pa

#: The bundled measure vocabulary (see :mod:`analysis.claims.measures`; a sidecar may add more).
METRICS = ("killed", "wounded", "killed_or_wounded", "captured", "missing", "deployed", "displaced", "refugees",
           "excess_deaths", "in_need", "other")
#: An optional column of a claims file: the source's kind, which wins over the registry and inference.
KIND_COLUMN = "source_kind"
#: What a figure covers: a running total, a period, a rate, a plan, a share, or a part (a town, a unit).
SCOPES = ("cumulative", "window", "rate", "planned", "share", "subset")
REQUIRED = ("claim_id", "claim_date", "speaker", "organisation", "country", "metric", "subject", "stated",
            "quote", "outlet", "published", "url")
OPTIONAL = {"scope": "", "lang": "en", "notes": "", "document": "", "start": "", "end": ""}
COLUMNS = REQUIRED[:6] + ("scope",) + REQUIRED[6:] + ("lang", "notes", "document", "start", "end")

_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
#: Columns ``load_claims`` derives: a file that carries one of them is refused (they would be overwritten).
DERIVED = ("low", "high", "low_open", "high_open", "best", "approx", "kind", "rule", "currency", "parsed",
           "parse_error", "source", "source_kind_from", "source_kind_cue", "source_country", "row", "date", "date_precision", "date_text",
           "known_date", "scope_inferred", "scope_cue")


def is_partial_date(text: str) -> bool:
    """An ISO date, or YYYY-MM, or YYYY, that exists on the calendar (and that pandas can hold).

    Examples
    --------
    >>> is_partial_date("2025-02-27"), is_partial_date("2025-02"), is_partial_date("2025-02-30")
    (True, True, False)
    """
    return date_problem(text) is None


def _date_or_empty(value: str) -> bool:
    return value == "" or is_partial_date(value)


def _country(value: str) -> bool:
    return value == "" or all(is_country(part) for part in value.split("|"))


def _int_or_empty(value: str) -> bool:
    return value == "" or value.isdigit()


def _check(fn, message: str) -> pa.Check:
    """A check of each cell, run once per distinct value (claims files repeat their values)."""
    import pandera.pandas as pa  # imported here: extraction reads this module (through ``provenance``) and never
    # validates, so a corpus worker need not pay pandera's import (most of a second)

    def on_series(series: pd.Series) -> pd.Series:
        values = series.tolist()   # plain strings: iterating an Arrow-backed column cell by cell is slow
        verdicts = {value: bool(fn(value)) for value in set(values)}
        return pd.Series([verdicts[value] for value in values], index=series.index, dtype=bool)

    return pa.Check(on_series, error=message)


def _language(value: str) -> bool:
    import pycountry

    return len(value) == 2 and pycountry.languages.get(alpha_2=value) is not None


def claims_schema(measures: tuple[str, ...] = METRICS) -> pa.DataFrameSchema:
    """The pandera schema every claims file must meet (all cells read as text).

    ``measures`` is the topic's vocabulary (the bundled one plus its sidecar's).
    """
    import pandera.pandas as pa

    text = dict(dtype=str, nullable=False, coerce=False)
    non_empty = _check(lambda v: v.strip() != "", "must not be empty")
    return pa.DataFrameSchema(
        {
            "claim_id": pa.Column(unique=True, checks=[non_empty], **text),
            "claim_date": pa.Column(checks=[_check(_date_or_empty,
                                    f"not a date (or outside the years the package handles): use {ACCEPTED}, or leave it empty")], **text),
            "speaker": pa.Column(**text),
            "organisation": pa.Column(**text),
            "country": pa.Column(checks=[_check(_country, "not an ISO 3166 alpha-2 country code "
                                                "(KR, UA, US, …; joint claims as KR|UA|US; empty when unknown)")],
                                 **text),
            "metric": pa.Column(checks=[_check(lambda v: v in measures,
                                               f"unknown measure; use one of {', '.join(measures)} (a topic's "
                                               "sidecar may define more under 'measures:')")], **text),
            "scope": pa.Column(checks=[_check(lambda v: v in SCOPES or v == "",
                                              f"unknown scope; use one of {', '.join(SCOPES)} (or leave it empty "
                                              "to have it read from the quote)")], **text),
            "subject": pa.Column(**text),
            "stated": pa.Column(checks=[non_empty], **text),
            "quote": pa.Column(checks=[non_empty], **text),
            "outlet": pa.Column(checks=[non_empty], **text),
            "published": pa.Column(checks=[_check(_date_or_empty,
                                   f"not a date (or outside the years the package handles): use {ACCEPTED}, or leave it empty")], **text),
            "url": pa.Column(checks=[_check(lambda v: bool(_URL.match(v)),
                                            "not a web address: it must start with http:// or https:// and hold no space, quote or "
                                            "angle bracket (write them percent-encoded: %20, %22, %27, %3C, %3E)")], **text),
            "lang": pa.Column(checks=[_check(_language, "not an ISO 639-1 language code (en, uk, ru, ko, "
                                             "it, ...); a language without a table is kept unread")], **text),
            "notes": pa.Column(**text),
            "document": pa.Column(**text),
            "start": pa.Column(checks=[_check(_int_or_empty, "not a character offset (a whole number)")], **text),
            "end": pa.Column(checks=[_check(_int_or_empty, "not a character offset (a whole number)")], **text),
            KIND_COLUMN: pa.Column(required=False, checks=[_check(lambda v: v.strip() in SOURCE_KINDS or v.strip() == "",
                                   f"unknown source kind; use one of {', '.join(SOURCE_KINDS)} (or leave it empty to "
                                   "have it looked up or read from the organisation's name)")], **text),
        },
        checks=[
            pa.Check(lambda df: pd.Series([s in q for s, q in zip(df["stated"].tolist(), df["quote"].tolist())],
                                          index=df.index),
                     error="stated does not occur in quote (it must be copied exactly from the sentence)"),
            pa.Check(lambda df: (df["document"] == "") == (df["start"] == ""),
                     error="document and start/end go together: give all three or none"),
        ],
        strict=False,
        name="claims",
    )
