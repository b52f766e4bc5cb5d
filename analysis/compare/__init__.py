"""Comparing sources: statements, drift, harmonised measures, as-of, staleness, divergence.

Every function takes a normalised claims frame (``load_claims``) and returns a tidy
DataFrame (or a dict of findings). Disagreeing sources are never averaged; a figure is
compared by the number it states or, failing one, by its bounds.
"""

from __future__ import annotations

from ..claims.columns import range_of
from .bands import band_findings, band_of, with_band
from .divergence import compare, compared_bounds, extremes, figures, pairwise, ratio_bounds, ratio_matrix, summary
from .figures import as_of, default_as_of, latest
from .harmonise import harmonise
from .statements import drift, statements

__all__ = ["range_of", "statements", "drift", "harmonise", "as_of", "default_as_of", "latest", "compare", "figures",
           "pairwise", "extremes", "ratio_matrix", "summary", "compared_bounds", "ratio_bounds",
           "band_findings", "band_of", "with_band"]
