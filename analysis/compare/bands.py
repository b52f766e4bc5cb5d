"""Whether overlap and gap findings hold across the hedge bands.

How far "about n" reaches is a convention (``analysis.normalise.BANDS``: narrow, standard,
wide). A finding that two sources' ranges overlap, or that a gap lies between them, may
depend on it. :func:`band_findings` re-reads every number phrase with each band and lists,
for each pair of current figures of a measure, whether it overlaps under each band.
Stated values, bounds, dates and staleness do not depend on the band; only hedged ranges do.
"""

from __future__ import annotations

import pandas as pd

from ..claims.load import add_ranges
from ..normalise import BANDS
from .cache import per_frame
from .divergence import extremes, figures, pairwise

STANDARD = "standard"


def band_of(claims: pd.DataFrame) -> str:
    """The band a claims frame was read with (``load_claims(band=...)``; standard by default)."""
    return str(claims.attrs.get("band") or STANDARD)


def with_band(claims: pd.DataFrame, band: str) -> pd.DataFrame:
    """The same claims with their number phrases re-read with another hedge band (computed once per frame).

    Examples
    --------
    >>> from analysis import load_claims
    >>> from analysis.claims.load import EXAMPLE
    >>> wide = with_band(load_claims(EXAMPLE), "wide")
    >>> wide.loc[wide["claim_id"] == "NK034", ["stated", "low", "high"]].values.tolist()
    [['approximately 300', 225.0, 375.0]]
    """
    if band == band_of(claims):
        return claims
    return _reread(claims, band)


@per_frame(nocopy=True)
def _reread(claims: pd.DataFrame, band: str) -> pd.DataFrame:
    out = add_ranges(claims, band)
    out.attrs.update(claims.attrs)
    out.attrs["band"] = band
    return out


def band_findings(claims: pd.DataFrame, metric: str, as_of=None, by: str = "organisation") -> pd.DataFrame:
    """For each pair of current figures: does it overlap under each band, and the gap when not.

    Returns one row per pair of the frame's own band (columns ``a``, ``b``, then
    ``overlap_<band>`` and ``gap_<band>`` for every band, and ``holds``: the same verdict
    under every band). Pairs are matched by their two source labels. Computed once per
    frame, measure, date and view (a report asks twice for its headline measure).
    """
    return _band_findings(claims, metric, as_of, by)


@per_frame
def _band_findings(claims: pd.DataFrame, metric: str, as_of, by: str) -> pd.DataFrame:
    found: dict[str, dict[frozenset, tuple[bool, float]]] = {}
    order: list[tuple[str, str]] = []
    only = extremes(figures(claims, metric, as_of, by))   # the same pairs as the report's table
    for band in BANDS:
        pairs = pairwise(figures(with_band(claims, band), metric, as_of, by), only)
        found[band] = {frozenset((a, b)): (bool(o), float(g))
                       for a, b, o, g in zip(pairs["a"], pairs["b"], pairs["overlap"], pairs["gap"])}
        if band == band_of(claims):
            order = list(zip(pairs["a"], pairs["b"]))
    rows = []
    for a, b in order:
        key = frozenset((a, b))
        row = dict(a=a, b=b)
        for band in BANDS:
            overlap, gap = found[band].get(key, (None, float("nan")))
            row[f"overlap_{band}"] = overlap
            row[f"gap_{band}"] = gap
        row["holds"] = len({row[f"overlap_{band}"] for band in BANDS}) == 1
        rows.append(row)
    columns = ["a", "b"] + [f"{c}_{band}" for band in BANDS for c in ("overlap", "gap")] + ["holds"]
    return pd.DataFrame(rows, columns=columns)


__all__ = ["BANDS", "band_of", "with_band", "band_findings"]
