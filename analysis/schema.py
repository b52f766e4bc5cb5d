"""Kept for older imports: the claims schema lives in :mod:`analysis.claims.schema`."""

from .claims.schema import COLUMNS, METRICS, OPTIONAL, REQUIRED, SCOPES, claims_schema  # noqa: F401
