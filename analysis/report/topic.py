"""One topic's report, as the notebook builds it: the claims, the as-of date, and every section.

``topic_sections(claims_path, title, as_of)`` returns the section contexts in reading order,
so the notebook only shows them and the same contexts feed the CSV download.
"""

from __future__ import annotations

from pathlib import Path

from ..claims.dates import parse_as_of
from ..claims.load import load_claims
from ..compare import default_as_of
from ..errors import InputError
from ..limits import MAX_REPORT_CLAIMS
from . import sections


def topic_sections(claims_path: str | Path, title: str = "", as_of: str = "", by: str = "organisation") -> dict:
    """Every section context of a topic's report (see :mod:`analysis.report.sections`)."""
    claims_path = Path(claims_path)
    claims = load_claims(claims_path, max_rows=MAX_REPORT_CLAIMS)
    if claims.empty:
        raise InputError(f"{claims_path} holds no claims (only a header): add one row per claim")
    sidecar = claims.attrs["sidecar"]
    when = parse_as_of(as_of, "--as-of") or sidecar.as_of or default_as_of(claims)
    title = title or sidecar.title or claims_path.stem.replace("-", " ").capitalize()
    measures = sections.measure_sections(claims, when, by)
    metric = sections.headline_measure(measures)
    headline = next((m for m in measures if m["measure"] == metric), None)
    out = dict(
        claims=claims, when=when, metric=metric, by=by,
        overview=sections.overview(claims, title, when),
        headline=headline,
        measures=[m for m in measures if m["measure"] != metric],
        timelines=sections.timeline_sections(claims, by),
        harmonised=sections.harmonised(claims),
        kept_out=sections.kept_out(claims),
        drift=sections.drift_section(claims),
        divergence=sections.divergence(claims, metric, when, by) if metric else
        dict(sentence="No measure has two current figures to compare.", rows=[], figure=None),
        claims_table=sections.claims_table(claims),
    )
    tables = {f"figures: {m['words']}": [{k: v for k, v in r.items() if k != "quote"} for r in m["rows"]]
              for m in measures}
    tables["pairs"] = out["divergence"]["rows"]
    tables["kept out"] = out["kept_out"]["rows"]
    out["footer"] = sections.footer(claims_path, claims, tables)
    return out


__all__ = ["topic_sections"]
