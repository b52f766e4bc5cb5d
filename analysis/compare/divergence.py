"""How far apart the sources are: figures side by side, ratios by bounds, spread, consensus.

A figure is compared by the number it states ("about 1,200" by 1,200, "4,000" by 4,000)
and, when it states none, by its **bounds**, never by a midpoint: "tens of thousands" is
20,000 to under 100,000, "more than 3,000" is 3,000 to no upper bound. A ratio between two
figures is then an interval ("between 2 and 5 times", "at least 1.5 times"), and two
figures whose ranges overlap are said to overlap, not to differ by a factor. Stale figures
are shown but kept out of the ratios, the spread and the consensus.
"""

from __future__ import annotations

import itertools
import math

import pandas as pd

from ..claims.columns import RANGE_COLUMNS, range_of, stated_value
from ..claims.dates import PartialDate
from .figures import latest, mark_stale, stale_after


def compared_bounds(row) -> tuple[float, float, str]:
    """(low, high, how) a figure is compared by.

    Examples
    --------
    >>> compared_bounds({"kind": "approx", "best": 1200.0, "low": 1150.0, "high": 1250.0})
    (1200.0, 1200.0, 'stated value')
    >>> compared_bounds({"kind": "vague", "best": float("nan"), "low": 2e4, "high": 1e5})
    (20000.0, 100000.0, 'its bounds')
    """
    value = stated_value(row)
    if value is not None:
        return value, value, "stated value"
    low, high = float(row["low"]), float(row["high"])
    if math.isinf(high):
        return low, high, "lower bound"
    if row["kind"] == "upper":
        return low, high, "upper bound"
    return low, high, "its bounds"


def ratio_bounds(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The interval a / b can take when a and b lie within their bounds.

    Examples
    --------
    >>> ratio_bounds((4000, 4000), (1200, 1200))
    (3.3333333333333335, 3.3333333333333335)
    >>> ratio_bounds((3000, math.inf), (1000, 1000))
    (3.0, inf)
    """
    lo = a[0] / b[1] if b[1] and not math.isinf(b[1]) else 0.0
    hi = a[1] / b[0] if b[0] else math.inf
    return lo, hi


def figures(claims: pd.DataFrame, metric: str, as_of: str | PartialDate | None = None,
            by: str = "organisation") -> pd.DataFrame:
    """Each source's latest figure for one measure, highest first, with everything the report shows.

    Adds ``compared_low``, ``compared_high`` and ``compared_by`` (:func:`compared_bounds`) and
    ``stale`` (see :mod:`analysis.compare.figures`).
    """
    frame = latest(claims, metric=metric, as_of_date=as_of, by=by)
    frame = mark_stale(frame, stale_after(claims))
    if frame.empty:
        return frame.assign(compared_low=pd.Series(dtype=float), compared_high=pd.Series(dtype=float),
                            compared_by=pd.Series(dtype=str))
    bounds = [compared_bounds(r) for r in frame[["kind", "best", "low", "high"]].to_dict("records")]
    frame["compared_low"] = [b[0] for b in bounds]
    frame["compared_high"] = [b[1] for b in bounds]
    frame["compared_by"] = [b[2] for b in bounds]
    return frame.sort_values(["compared_low", "compared_high", "label"],
                             ascending=[False, False, True]).reset_index(drop=True)


class Comparison(pd.DataFrame):
    """The frame :func:`compare` returns: a DataFrame whose repr is the whole table, never elided.

    Its index is named after the measure and the as-of date, so the first line of the repr
    reads as the comparison's one-line summary ("killed or wounded, as of 27 February 2025").
    """

    @property
    def _constructor(self):
        return Comparison

    def __repr__(self) -> str:
        return self.to_string()


def compare(claims: pd.DataFrame, metric: str, as_of: str | PartialDate | None = None,
            by: str = "organisation") -> pd.DataFrame:
    """The sources' latest figures for one measure, as a compact table (highest first).

    One row per source: ``figure`` in words, its ``low`` and ``high`` bounds, its ``date``
    at its precision and whether it is ``stale``. :func:`figures` gives every column (the
    source's kind and country, the claims, the quote).

    Raises
    ------
    InputError
        An unknown measure (listing the measures), a bad ``as_of``, or a bad ``by``.

    Examples
    --------
    >>> from analysis import load_claims
    >>> from analysis.claims.load import EXAMPLE
    >>> compare(load_claims(EXAMPLE), "killed_or_wounded", as_of="2025-02-27", by="country")
                                                    figure     low     high              date  stale
    killed or wounded, as of 27 February 2025
    UA                                               4,000  4000.0   4000.0  27 February 2025  False
    KR                                         about 3,000  2970.0   3030.0   13 January 2025  False
    US                                         about 1,200  1140.0   1260.0  27 February 2025  False
    """
    from ..claims.dates import parse_as_of
    from ..report.words import describe

    when = as_of if isinstance(as_of, PartialDate) or as_of is None else parse_as_of(as_of, "as_of")
    detail = figures(claims, metric, when, by)
    sidecar = claims.attrs.get("sidecar")
    words = sidecar.vocabulary.words(metric) if sidecar is not None else metric.replace("_", " ")
    name = words + (f", as of {when.text}" if when is not None else "")
    out = Comparison({
        "figure": [describe(r) for _, r in detail.iterrows()],
        "low": detail["low"].astype(float).to_numpy(),
        "high": detail["high"].astype(float).to_numpy(),
        "date": detail["date_text"].to_numpy(),
        "stale": detail["stale"].astype(bool).to_numpy(),
    }, index=pd.Index(detail["label"].tolist(), name=name))
    return out


#: Current figures past which :func:`pairwise` pairs only the highest and the lowest with every other
#: (2n - 3 pairs): 1,000 sources have half a million pairs, which no reader reads and which took minutes.
MAX_ALL_PAIRS = 40


def extremes(detail: pd.DataFrame) -> set | None:
    """The labels :func:`pairwise` keeps when there are too many figures for every pair (None: every pair)."""
    fresh = detail[~detail["stale"]] if "stale" in detail else detail
    if len(fresh) <= MAX_ALL_PAIRS:
        return None
    return {fresh["label"].iloc[0], fresh["label"].iloc[-1]}


def _pairs(records: list, only: set | None):
    """Pairs (i < j) of the records, in the order of ``itertools.combinations``; with ``only``, those with one in it."""
    if only is None:
        yield from itertools.combinations(records, 2)
        return
    keep = [n for n, r in enumerate(records) if r["label"] in only]
    for i, a in enumerate(records):
        later = range(i + 1, len(records)) if a["label"] in only else (j for j in keep if j > i)
        for j in later:
            yield a, records[j]


def pairwise(detail: pd.DataFrame, only: set | None = None) -> pd.DataFrame:
    """Every pair of fresh figures: the ratio interval (higher / lower), overlap or gap.

    ``only`` (labels) keeps the pairs with one of those sources (see :func:`extremes`).
    """
    rows = []
    fresh = detail[~detail["stale"]] if "stale" in detail else detail
    used = [c for c in ("label", "claim_id", "compared_low", "compared_high", "compared_by", "stated", "lang",
                        *RANGE_COLUMNS) if c in fresh.columns]   # only what is read: rows of 60 columns were slow
    for a, b in _pairs(fresh[used].to_dict("records"), only):
        ra, rb = range_of(a), range_of(b)
        overlap = ra.overlaps(rb)
        gap = 0.0 if overlap else (rb.low - ra.high if rb.low > ra.high else ra.low - rb.high)
        lo, hi = ratio_bounds((a["compared_low"], a["compared_high"]), (b["compared_low"], b["compared_high"]))
        notes = [f"{x['label']} is compared by " + (x["compared_by"] if x["compared_by"].startswith("its ")
                                                     else f"its {x['compared_by']}") for x in (a, b)
                 if x["compared_by"] != "stated value"]
        rows.append(dict(a=a["label"], b=b["label"], ratio_low=lo, ratio_high=hi, overlap=overlap, gap=gap,
                         claims_a=a["claim_id"], claims_b=b["claim_id"], note="; ".join(notes)))
    return pd.DataFrame(rows, columns=["a", "b", "ratio_low", "ratio_high", "overlap", "gap", "claims_a",
                                       "claims_b", "note"])


def ratio_matrix(detail: pd.DataFrame) -> pd.DataFrame:
    """Square table of fresh figures: row source / column source, where both state a number (else NaN)."""
    fresh = detail[~detail["stale"]] if "stale" in detail else detail
    labels = list(fresh["label"])
    bounds = {l: (lo, hi) for l, lo, hi in zip(labels, fresh["compared_low"], fresh["compared_high"])}
    data = []
    for r in labels:
        line = []
        for c in labels:
            lo, hi = ratio_bounds(bounds[r], bounds[c])
            line.append(lo if lo == hi else math.nan)
        data.append(line)
    return pd.DataFrame(data, index=pd.Index(labels, name="source"), columns=pd.Index(labels, name="compared with"))


def summary(detail: pd.DataFrame) -> dict:
    """Spread, consensus, envelope and the conservative figure, over the fresh figures.

    - ``spread``: (low, high) of the highest figure over the lowest, by their bounds;
    - ``overlap``: whether the highest and the lowest ranges overlap;
    - ``consensus``: the numbers every fresh range allows (None when they do not all overlap);
    - ``envelope``: the smallest range holding every fresh range;
    - ``conservative``: the lowest floor any source positively supports (a bare ceiling supports none).
    """
    fresh = detail[~detail["stale"]] if "stale" in detail else detail
    stale = detail[detail["stale"]] if "stale" in detail else detail.head(0)
    empty = dict(sources=len(fresh), stale=stale, spread=None, overlap=None, consensus=None, envelope=None,
                 conservative=math.nan, conservative_source=None, highest=None, lowest=None)
    if fresh.empty:
        return empty
    ranges = [range_of(r) for _, r in fresh.iterrows()]
    consensus = ranges[0]
    envelope = ranges[0]
    for r in ranges[1:]:
        consensus = consensus.intersection(r) if consensus is not None else None
        envelope = envelope.union_hull(r)
    floors = [(r.low, label) for r, label in zip(ranges, fresh["label"]) if r.kind != "upper" and r.low > 0]
    conservative, conservative_source = min(floors) if floors else (math.nan, None)
    highest, lowest = fresh.iloc[0], fresh.iloc[-1]
    spread = ratio_bounds((highest["compared_low"], highest["compared_high"]),
                          (lowest["compared_low"], lowest["compared_high"]))
    return dict(sources=len(fresh), stale=stale, spread=spread, overlap=ranges[0].overlaps(ranges[-1]),
                consensus=consensus, envelope=envelope, conservative=float(conservative),
                conservative_source=conservative_source, highest=highest, lowest=lowest)


__all__ = ["Comparison", "compare", "figures", "pairwise", "extremes", "MAX_ALL_PAIRS", "ratio_matrix", "summary", "compared_bounds", "ratio_bounds"]
