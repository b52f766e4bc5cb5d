"""Kept for older imports: the normaliser now lives in :mod:`analysis.normalise`."""

from __future__ import annotations

from .normalise import BANDS, find_ranges, parse_range

__all__ = ["BANDS", "find_ranges", "parse_range"]
