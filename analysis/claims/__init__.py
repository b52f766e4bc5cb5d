"""The claims layer: a claims file -> a validated, normalised frame.

- :mod:`.schema`: the columns, the measure vocabulary, the pandera schema;
- :mod:`.columns`: where a Range becomes columns and columns become a Range;
- :mod:`.dates`: dates with their precision (day, month, year);
- :mod:`.sources`: the source registry (organisation, kind, country), shipped as package data;
- :mod:`.countries`: country names from ISO codes (pycountry);
- :mod:`.load`: reading and validating a claims file (``load_claims``).
"""

from __future__ import annotations

from .load import DEFAULT_SOURCES, RANGE_COLUMNS, load_claims, normalise_frame, read_sources

__all__ = ["load_claims", "normalise_frame", "read_sources", "DEFAULT_SOURCES", "RANGE_COLUMNS"]
