"""The ``df.claims`` accessor: the claims functions as methods of a DataFrame.

``import analysis`` registers it. It holds no state (pandas builds a new accessor on every
attribute access): each method checks its frame and calls :mod:`analysis.claims` and
:mod:`analysis.compare`.
"""

from __future__ import annotations

import pandas as pd

_REQUIRED = ("claim_id", "organisation", "metric", "stated", "quote")
_DERIVED = ("low", "high", "parsed", "source", "date", "known_date", "row", "scope_inferred")


@pd.api.extensions.register_dataframe_accessor("claims")
class ClaimsAccessor:
    """Claims methods on a DataFrame: ``df.claims.normalise()``, ``df.claims.compare("killed")``.

    Examples
    --------
    >>> from analysis import load_claims
    >>> from analysis.claims.load import EXAMPLE
    >>> df = load_claims(EXAMPLE)
    >>> df.claims.compare("killed_or_wounded", as_of="2025-02-27", by="country").index.tolist()
    ['UA', 'KR', 'US']
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        missing = [c for c in _REQUIRED if c not in frame.columns]
        if missing:
            raise AttributeError(f"not a claims table: missing column(s) {', '.join(missing)}; "
                                 "read one with analysis.load_claims(path)")
        self._frame = frame

    def _normalised(self) -> pd.DataFrame:
        frame = self._frame
        return frame if set(_DERIVED).issubset(frame.columns) else self.normalise()

    def normalise(self) -> pd.DataFrame:
        """Validate the rows and add the range, date, source and scope columns (see ``load_claims``)."""
        from .claims.load import normalise_frame

        return normalise_frame(self._frame)

    def as_of(self, date: str) -> pd.DataFrame:
        """The claims that were public on ``date``."""
        from .compare import as_of

        return as_of(self._normalised(), date)

    def latest(self, metric: str | None = None, as_of: str | None = None, by: str = "organisation") -> pd.DataFrame:
        """The latest cumulative statement of each source per measure."""
        from .compare import latest

        return latest(self._normalised(), metric=metric, as_of_date=as_of, by=by)

    def compare(self, metric: str, as_of: str | None = None, by: str = "organisation") -> pd.DataFrame:
        """Each source's latest figure for ``metric``, highest first (a compact table)."""
        from .compare import compare

        return compare(self._normalised(), metric, as_of=as_of, by=by)

    def figures(self, metric: str, as_of: str | None = None, by: str = "organisation") -> pd.DataFrame:
        """Like :meth:`compare`, with every column (bounds compared by, staleness, claims, quotes)."""
        from .compare import figures
        from .claims.dates import parse_as_of

        return figures(self._normalised(), metric, parse_as_of(as_of, "as_of"), by)

    def statements(self) -> pd.DataFrame:
        """One row per statement, however many outlets reported it."""
        from .compare import statements

        return statements(self._normalised())

    def drift(self) -> pd.DataFrame:
        """Where outlets changed the hedge, the number or the measure of a statement."""
        from .compare import drift

        return drift(self._normalised())

    def harmonise(self) -> pd.DataFrame:
        """Statements plus the totals their parts add up to (killed + wounded)."""
        from .compare import harmonise

        return harmonise(self._normalised())

    def export(self, path, table: pd.DataFrame | None = None) -> None:
        """Write the claims (or a table made from them, such as ``compare()``) as CSV for people.

        Through :func:`analysis.safe_io.write_csv_for_people`: a cell that begins with ``=``,
        ``+``, ``-`` or ``@`` gets a leading apostrophe, so a spreadsheet shows it instead of
        running it (OWASP, "CSV Injection"). A table's named index is written as its first column.
        """
        from .safe_io import write_csv_for_people

        frame = self._frame if table is None else table
        if frame.index.name is not None:
            frame = frame.reset_index()
        write_csv_for_people(frame, path)
