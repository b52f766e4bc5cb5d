"""Each source's latest figure per measure, as of a date, with its staleness.

- **As of** a date: the claims public by then (``known_date``); the default is the newest
  claim's own date at its precision, never a day after today.
- **Latest**: the newest cumulative statement of each source per measure (sums of parts
  preferred to a total said the same day). A source is an organisation; ``by="country"``
  pools the government-side bodies (government, military, intelligence, legislature) of
  each country, and nothing else.
- **Stale**: a figure whose date ends more than ``stale_after_days`` (the sidecar's, default
  180) before the newest figure compared starts; it is shown with its date and kept out of
  the headline ratios.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..claims.dates import PartialDate, parse_as_of
from ..claims.sidecar import STALE_AFTER_DAYS
from ..claims.sources import GOVERNMENT_SIDE
from ..errors import InputError
from .cache import per_frame
from .harmonise import CUMULATIVE, _vocabulary, harmonise

BY = ("organisation", "country")


def cutoff(as_of: PartialDate | None) -> pd.Timestamp | None:
    """The last day an as-of date allows, never after today."""
    if as_of is None:
        return None
    return pd.Timestamp(min(as_of.last_day, dt.date.today()))


def default_as_of(claims: pd.DataFrame) -> PartialDate | None:
    """The newest claim's own date, at its precision (its claim date, else its published date).

    Examples
    --------
    >>> frame = pd.DataFrame({"claim_date": ["2024-05-02", "2025"], "published": ["", ""],
    ...                       "known_date": pd.to_datetime(["2024-05-02", "2025-12-31"])})
    >>> default_as_of(frame).text
    '2025'
    """
    dated = claims[claims["known_date"].notna()]
    if {"parsed", "row", "source", "scope", "date_precision"} <= set(claims.columns):
        from .statements import retold_claims

        # a month-only retelling of a dated statement is that statement: its month is not a newer date
        dated = dated[~dated["claim_id"].isin(retold_claims(claims))]
    if dated.empty:
        return None
    newest = dated.loc[dated["known_date"].idxmax()]
    text = newest["claim_date"] or newest["published"]
    date = PartialDate.parse(text)
    today = dt.date.today()
    while date.first_day > today:   # never a day after today: fall back to a coarser precision
        date = PartialDate(date.year, date.month) if date.day else PartialDate(date.year)
        if date.precision == "year":
            break
    return date


def as_of(claims: pd.DataFrame, date: str | PartialDate | None) -> pd.DataFrame:
    """The claims that were public on ``date`` (their ``known_date`` is on or before its last day)."""
    when = date if isinstance(date, PartialDate) or date is None else parse_as_of(date, "as_of")
    return _public_by(claims, cutoff(when))


@per_frame(nocopy=True)
def _public_by(claims: pd.DataFrame, limit: pd.Timestamp | None) -> pd.DataFrame:
    if limit is None:
        return claims[claims["known_date"].notna()]
    return claims[claims["known_date"].notna() & (claims["known_date"] <= limit)]


def check_measure(claims: pd.DataFrame, metric: str) -> None:
    """Raise ``InputError`` listing the measures when ``metric`` is not one of them."""
    _vocabulary(claims)[metric]


def check_by(by: str) -> None:
    if by not in BY:
        raise InputError(f"by={by!r} is not accepted: use 'organisation' (each organisation on its own) or "
                         "'country' (the government-side bodies of each country pooled)")


def stale_after(claims: pd.DataFrame) -> int:
    sidecar = claims.attrs.get("sidecar")
    return sidecar.stale_after_days if sidecar is not None else STALE_AFTER_DAYS


def latest(claims: pd.DataFrame, metric: str | None = None, as_of_date: str | PartialDate | None = None,
           by: str = "organisation") -> pd.DataFrame:
    """The latest cumulative statement of each source per measure, with ``label`` naming the source.

    Parameters
    ----------
    claims : DataFrame
        Normalised claims (``load_claims``).
    metric : str, optional
        Only this measure (``InputError`` listing the measures when it is unknown).
    as_of_date : str or PartialDate, optional
        Only what was public by then (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).
    by : {"organisation", "country"}
        Each organisation, or the government-side bodies of each country pooled (a joint
        claim ``KR|UA|US`` counts for each country).
    """
    check_by(by)
    if metric is not None:
        check_measure(claims, metric)
    frame = as_of(claims, as_of_date)
    every = _latest_every_measure(frame, by)   # once per frame, cutoff and view: a report asks per measure
    if metric is not None:
        every = every[every["metric"] == metric].reset_index(drop=True)
    return every.copy()


@per_frame(nocopy=True)
def _latest_every_measure(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    reps = harmonise(frame)
    reps = reps[(reps["scope"] == CUMULATIVE) & reps["date"].notna() & (reps["metric"] != "other")].copy()
    if by == "country":
        reps = reps[reps["source_kind"].isin(GOVERNMENT_SIDE) & (reps["source_country"] != "")]
        reps["label"] = reps["source_country"].astype(str).str.split("|")
        reps = reps.explode("label")
    else:
        reps["label"] = reps["source"]
    columns = list(reps.columns) + ["also_stated"]
    if reps.empty:
        return pd.DataFrame(columns=columns)
    # sorted so that the last row of a source's newest day is the one that stands: a sum of parts
    # (derived) before a total said the same day, then the later row of the file
    reps = reps.sort_values(["date", "derived", "row"])
    keys = ["label", "metric"]
    same_day = reps[reps["date"] == reps.groupby(keys, sort=False)["date"].transform("max")]
    picks = same_day.groupby(keys, sort=True).tail(1).sort_values(keys, kind="stable")
    said: dict[tuple, list[tuple]] = {}   # the other claims of the same source on that day
    for label, metric, claim_id, stated, source in zip(same_day["label"], same_day["metric"], same_day["claim_id"],
                                                       same_day["stated"], same_day["source"]):
        said.setdefault((label, metric), []).append((claim_id, stated, source))
    picks = picks.copy()
    picks["also_stated"] = ["; ".join(f"{c}: {st}" for c, st, src in said[(label, metric)]
                                      if c != claim_id and src == source)
                            for label, metric, claim_id, source in zip(picks["label"], picks["metric"],
                                                                       picks["claim_id"], picks["source"])]
    return picks.reset_index(drop=True)


def mark_stale(frame: pd.DataFrame, days: int) -> pd.DataFrame:
    """Add ``stale``: the figure's period ends more than ``days`` before the newest figure's starts."""
    out = frame.copy()
    if out.empty:
        out["stale"] = pd.Series(dtype=bool)
        return out
    ends = [pd.Timestamp(PartialDate.parse(d).last_day) if d else t
            for d, t in zip(out["claim_date"], out["known_date"])]
    newest = out["date"].max()
    out["stale"] = [(newest - end).days > days for end in ends]
    return out


__all__ = ["latest", "as_of", "default_as_of", "cutoff", "mark_stale", "check_measure", "check_by", "stale_after",
           "BY"]
