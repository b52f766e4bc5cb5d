"""The ``df.claims`` accessor: the claims functions as methods of a DataFrame.

It holds no state (pandas builds a new accessor on every attribute access): each
method checks its frame and calls the functions of :mod:`analysis.claims` and
:mod:`analysis.compare`.
"""

from __future__ import annotations

import pandas as pd

from . import compare as _compare
from .claims import RANGE_COLUMNS, normalise_frame
from .schema import REQUIRED


@pd.api.extensions.register_dataframe_accessor("claims")
class ClaimsAccessor:
    """Claims methods on a DataFrame: ``df.claims.normalise()``, ``df.claims.compare("killed")``.

    Examples
    --------
    >>> from analysis import load_claims
    >>> from analysis.claims import DEFAULT_SOURCES
    >>> df = load_claims(DEFAULT_SOURCES.parent / "claims" / "north-korean-troops.csv")
    >>> df.claims.compare("killed_or_wounded", as_of="2025-02-27")["by_value"].tolist()
    ['UA', 'KR', 'US']
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        missing = [c for c in REQUIRED if c not in frame.columns]
        if missing:
            raise AttributeError(f"not a claims table: missing column(s) {', '.join(missing)}; "
                                 "read one with analysis.load_claims(path)")
        self._frame = frame

    def _normalised(self) -> pd.DataFrame:
        frame = self._frame
        needed = set(RANGE_COLUMNS) | {"source", "date", "known_date", "row"}
        return frame if needed.issubset(frame.columns) else normalise_frame(frame)

    def normalise(self) -> pd.DataFrame:
        """Validate the rows and add the range, date and source columns (see ``load_claims``)."""
        return normalise_frame(self._frame)

    def as_of(self, date: str) -> pd.DataFrame:
        """The claims that were public on ``date``."""
        return _compare.as_of(self._normalised(), date)

    def latest(self, by: str = "country", as_of: str | None = None, metric: str | None = None) -> pd.DataFrame:
        """The latest cumulative statement of each source per metric."""
        return _compare.latest(self._normalised(), by=by, as_of_date=as_of, metric=metric)

    def compare(self, metric: str, as_of: str | None = None, by: str = "country") -> pd.DataFrame:
        """Each source's latest figure for ``metric``, highest first, with ``value`` and ``compared_by``."""
        return _compare.compare(self._normalised(), metric, as_of_date=as_of, by=by)

    def statements(self) -> pd.DataFrame:
        """One row per statement, however many outlets reported it."""
        return _compare.statements(self._normalised())

    def drift(self) -> pd.DataFrame:
        """Where outlets changed the hedge, the number or the metric of a statement."""
        return _compare.drift(self._normalised())

    def harmonise(self) -> pd.DataFrame:
        """Statements plus killed_or_wounded totals derived from killed + wounded."""
        return _compare.harmonise(self._normalised())
