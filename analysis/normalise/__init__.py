"""The normaliser: number phrases in text become :class:`~analysis.range.Range` values.

The code here is shared by every language; what the words mean is read from the
language tables in ``analysis/normalise/tables/`` (checked against
``table_schema.py``). Public entry points: :func:`parse_range`, :func:`find_ranges`,
:func:`iter_ranges` (the same, one at a time, for texts of any length) and :data:`BANDS`,
the hedge bands a caller may choose.
"""

from __future__ import annotations

from .conventions import BANDS
from .reader import find_ranges, iter_ranges, parse_range

__all__ = ["BANDS", "find_ranges", "iter_ranges", "parse_range"]
