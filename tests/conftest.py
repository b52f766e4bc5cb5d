"""Shared helpers: small claims files written by the tests themselves."""

import csv
import io
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "data" / "claims" / "north-korean-troops.csv"
HEADER = ["claim_id", "claim_date", "speaker", "organisation", "country", "metric", "scope", "subject", "stated",
          "quote", "outlet", "published", "url", "lang", "notes"]


def claim(**values) -> dict:
    """One valid claims row; keyword arguments override its cells."""
    row = dict(claim_id="C1", claim_date="2025-01-13", speaker="spokesman", organisation="National Intelligence Service",
               country="KR", metric="killed", scope="cumulative", subject="soldiers", stated="about 300",
               quote="The agency said about 300 soldiers had died.", outlet="Outlet A", published="2025-01-13",
               url="https://example.org/a", lang="en", notes="")
    row.update(values)
    return row


def write_claims(path: Path, rows: list[dict], header: list[str] | None = None, bom: bool = False,
                 newline: str = "\n") -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header or HEADER, lineterminator=newline, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    path.write_bytes((("\ufeff" if bom else "") + out.getvalue()).encode("utf-8"))
    return path


def extracted(text: str, lang: str, *columns: str, ordered: bool = False) -> list[tuple]:
    """The named columns of every row ``extract_claims`` finds in ``text``, one tuple a row.

    In the text's order, or sorted when ``ordered``; text columns with no value read as "".
    """
    from analysis import extract_claims
    found = extract_claims(text, lang=lang)
    cells = [found[c].fillna("") if found[c].dtype == object else found[c] for c in columns]
    rows = list(zip(*cells))
    return sorted(rows) if ordered else rows


@pytest.fixture
def claims_file(tmp_path):
    def make(rows, **kw):
        return write_claims(tmp_path / "claims.csv", rows, **kw)
    return make
