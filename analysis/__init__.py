"""Source-disagreement analysis: numeric claims as ranges, compared across sources.

The public API::

    from analysis import Range, parse_range, find_ranges, NoQuantityError, AmbiguousQuantityError
    from analysis import extract_claims, load_claims

Importing the package registers the ``df.claims`` accessor on pandas DataFrames; language
tables, data and plotting libraries are loaded the first time they are needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import accessor  # noqa: F401  (registers df.claims)
from .errors import AmbiguousQuantityError, ClaimsValidationError, NoQuantityError
from .normalise import find_ranges, parse_range
from .range import Range

__all__ = [
    "Range",
    "parse_range",
    "find_ranges",
    "NoQuantityError",
    "AmbiguousQuantityError",
    "ClaimsValidationError",
    "extract_claims",
    "load_claims",
]

if TYPE_CHECKING:  # pragma: no cover
    from .claims import load_claims
    from .extract import extract_claims


def __getattr__(name: str) -> Any:
    # pandas-backed parts load on first use, so `import analysis` stays light
    if name == "load_claims":
        from .claims import load_claims

        return load_claims
    if name == "extract_claims":
        from .extract import extract_claims

        return extract_claims
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
