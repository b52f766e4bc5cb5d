"""The claims table: read a claims CSV, validate it, and add the ranges its number phrases state.

``load_claims(path)`` returns one row per claim with the file's columns (extra
columns kept) and adds:

- ``low``, ``high``, ``low_open``, ``high_open``, ``best``, ``approx``, ``kind``,
  ``rule``, ``currency``: the range ``stated`` reads as (see ``parse_range``);
- ``parsed`` and ``parse_error``: False and the reason when ``stated`` cannot be read;
- ``source`` and ``source_kind``: the canonical organisation and its kind
  (government, military, intelligence, media, legislature) from ``sources.csv``;
- ``row``: the line of the file the claim starts on; ``date`` (the first day the
  claim date allows) and ``known_date`` (the day by which it was public).
"""

from __future__ import annotations

import csv
import io
import math
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from ..errors import AmbiguousQuantityError, ClaimsValidationError, NoQuantityError
from ..normaliser import parse_range
from .schema import COLUMNS, METRICS, OPTIONAL, REQUIRED, claims_schema

RANGE_COLUMNS = ("low", "high", "low_open", "high_open", "best", "approx", "kind", "rule", "currency", "parsed",
                 "parse_error")
DEFAULT_SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources.csv"


# ---------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------

def read_claims_csv(path: str | Path) -> tuple[pd.DataFrame, list[dict]]:
    """Read a claims CSV as text, with the line each record starts on.

    A byte-order mark and Windows line endings are accepted. Returns the frame
    (all cells ``str``, column ``row`` added) and the problems found while reading
    (ragged rows, missing columns), in the shape of :class:`ClaimsValidationError`.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ClaimsValidationError(str(path), [dict(row=0, column="(file)", value=str(path),
                                                      reason=f"cannot be read: {error.strerror or error}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ClaimsValidationError(str(path), [dict(row=0, column="(file)", value=None,
                                                      reason=f"is not UTF-8 text ({error.reason} at byte {error.start})")]) \
            from None
    if not text.strip():
        raise ClaimsValidationError(str(path), [dict(row=1, column="(file)", value=None,
                                                      reason="the file is empty: expected a header row with the "
                                                             "claims columns (" + ", ".join(REQUIRED) + ")")])
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader)]
    problems: list[dict] = []
    for name in REQUIRED:
        if name not in header:
            problems.append(dict(row=1, column=name, value=None, reason="required column is missing from the header"))
    duplicated = sorted({h for h in header if header.count(h) > 1})
    for name in duplicated:
        problems.append(dict(row=1, column=name, value=None, reason="column appears more than once in the header"))
    records, rows = [], []
    line = reader.line_num
    for record in reader:
        start = line + 1
        line = reader.line_num
        if not any(record) or (len(record) == 1 and not record[0].strip()):
            continue  # a blank line is no claim
        if len(record) != len(header):
            problems.append(dict(row=start, column="(row)", value=",".join(record)[:60],
                                 reason=f"has {len(record)} fields but the header has {len(header)}"))
            record = (record + [""] * len(header))[:len(header)]
        records.append(record)
        rows.append(start)
    frame = pd.DataFrame(records, columns=header if not duplicated else _dedupe(header), dtype=object)
    for name, default in OPTIONAL.items():
        if name not in frame.columns:
            frame[name] = default
    for name in REQUIRED:
        if name not in frame.columns:
            frame[name] = ""
    frame = frame.astype({c: str for c in COLUMNS})
    frame.insert(0, "row", pd.Series(rows, dtype="int64"))
    return frame, problems


def _dedupe(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in header:
        seen[h] = seen.get(h, 0) + 1
        out.append(h if seen[h] == 1 else f"{h}.{seen[h] - 1}")
    return out


def validate_claims(frame: pd.DataFrame) -> list[dict]:
    """Every schema problem of a claims frame (``row`` column holds file lines)."""
    problems: list[dict] = []
    if frame.empty:
        return problems
    try:
        claims_schema().validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        for case in cases.itertuples(index=False):
            index = case.index
            row = int(frame["row"].iloc[int(index)]) if index is not None and not _isnan(index) else 1
            column = case.column if isinstance(case.column, str) else "stated"
            check = str(case.check)
            value = case.failure_case
            if check.startswith("field_uniqueness") or "unique" in check:
                reason = "duplicate claim_id: ids must be unique within the file"
            elif column in frame.columns and check != "stated does not occur in quote (it must be copied " \
                    "exactly from the sentence)" and "document and start" not in check:
                reason = check
            else:
                reason = check
                column = "stated" if "stated" in check else "document"
                value = frame[column].iloc[int(index)] if index is not None and not _isnan(index) else value
            problems.append(dict(row=row, column=column, value=None if _isnan(value) else value, reason=reason))
    for position in frame.index[(frame["start"] != "") & (frame["end"] != "")]:
        start, end = frame.at[position, "start"], frame.at[position, "end"]
        if start.isdigit() and end.isdigit() and int(start) >= int(end):
            problems.append(dict(row=int(frame.at[position, "row"]), column="end", value=end,
                                 reason=f"end must be after start ({start})"))
    unique: dict[tuple, dict] = {}
    for p in problems:  # a check across columns reports once per column: keep one
        unique.setdefault((p["row"], p["column"], p["reason"]), p)
    return sorted(unique.values(), key=lambda p: (p["row"], p["column"]))


def _isnan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


# ---------------------------------------------------------------------------------
# Normalising
# ---------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _read_stated(stated: str, lang: str) -> tuple:
    """The range columns for one phrase (cached: outlets repeat the same words)."""
    try:
        r = parse_range(stated, lang=lang)
    except (NoQuantityError, AmbiguousQuantityError) as error:
        return (math.nan, math.nan, False, False, math.nan, False, "", "", None, False, str(error))
    if r.kind == "point" and r.low == r.high and 0 < abs(r.low) < 1 and r.low != int(r.low):
        return (math.nan, math.nan, False, False, math.nan, False, "", r.rule, None, False,
                f"{stated!r} is a fraction ({r.low:.3g}) of a total the phrase does not state, not a count")
    best = math.nan if r.best is None else r.best
    return (r.low, r.high, r.low_open, r.high_open, best, r.approx, r.kind, r.rule, r.currency, True, "")


def add_ranges(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with the range columns read from ``stated`` (in ``lang``)."""
    out = frame.copy()
    langs = out["lang"] if "lang" in out.columns else pd.Series("en", index=out.index)
    values = [_read_stated(str(s), str(lang) or "en") for s, lang in zip(out["stated"], langs)]
    columns = list(zip(*values)) if values else [[] for _ in RANGE_COLUMNS]
    dtypes = dict(low="float64", high="float64", low_open="bool", high_open="bool", best="float64",
                  approx="bool", kind="str", rule="str", currency="object", parsed="bool", parse_error="str")
    for name, column in zip(RANGE_COLUMNS, columns):
        out[name] = pd.Series(list(column), index=out.index, dtype=dtypes[name])
    return out


def _date_start(text: str) -> pd.Timestamp:
    if not text:
        return pd.NaT
    parts = text.split("-")
    return pd.Timestamp(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def _date_end(text: str) -> pd.Timestamp:
    if not text:
        return pd.NaT
    start = _date_start(text)
    parts = text.split("-")
    if len(parts) == 3:
        return start
    if len(parts) == 2:
        return start + pd.offsets.MonthEnd(0)
    return pd.Timestamp(start.year, 12, 31)


def add_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """Add ``date`` (first day the claim date allows; else the published date) and ``known_date``.

    ``known_date`` is the day by which the claim was certainly public: the claim
    date when it is exact, else the earlier of the published date and the last
    day the partial claim date allows.
    """
    out = frame.copy()
    starts = {d: _date_start(d) for d in out["claim_date"].unique()}
    ends = {d: _date_end(d) for d in set(out["claim_date"].unique()) | set(out["published"].unique())}
    claim_start = [starts[d] for d in out["claim_date"]]
    claim_end = [ends[d] for d in out["claim_date"]]
    published = [ends[d] for d in out["published"]]
    out["date"] = pd.Series([c if c is not pd.NaT else p for c, p in zip(claim_start, published)],
                            index=out.index, dtype="datetime64[ns]")
    known = []
    for c, p in zip(claim_end, published):
        candidates = [d for d in (c, p) if d is not pd.NaT]
        known.append(min(candidates) if candidates else pd.NaT)
    out["known_date"] = pd.Series(known, index=out.index, dtype="datetime64[ns]")
    return out


# ---------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------

def read_sources(path: str | Path | None = None) -> pd.DataFrame:
    """The alias table: alias -> canonical organisation, country, kind.

    Examples
    --------
    >>> read_sources().set_index("alias").loc["Zelensky", "organisation"]
    'Office of the President of Ukraine'
    """
    path = Path(path) if path is not None else DEFAULT_SOURCES
    if not path.exists():
        return pd.DataFrame(columns=["alias", "organisation", "country", "kind"], dtype=str)
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def add_sources(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Add ``source`` (canonical organisation) and ``source_kind`` by alias; unknown names stay as written."""
    out = frame.copy()
    table = {a.casefold(): (o, k) for a, o, k in zip(sources["alias"], sources["organisation"], sources["kind"])}
    found = [table.get(str(org).casefold()) or table.get(str(spk).casefold()) or (org, "")
             for org, spk in zip(out["organisation"], out["speaker"])]
    out["source"] = [f[0] for f in found]
    out["source_kind"] = [f[1] for f in found]
    return out


# ---------------------------------------------------------------------------------
# Public
# ---------------------------------------------------------------------------------

def normalise_frame(frame: pd.DataFrame, sources: pd.DataFrame | None = None, path: str = "<frame>") -> pd.DataFrame:
    """Validate a frame of claims (text cells) and add the derived columns.

    Raises
    ------
    ClaimsValidationError
        Listing every bad cell, when the frame breaks the schema.
    """
    frame = frame.copy()
    if "row" not in frame.columns:
        frame.insert(0, "row", range(2, len(frame) + 2))
    problems = []
    for name in REQUIRED:
        if name not in frame.columns:
            problems.append(dict(row=1, column=name, value=None, reason="required column is missing"))
    if problems:
        raise ClaimsValidationError(path, problems)
    for name, default in OPTIONAL.items():
        if name not in frame.columns:
            frame[name] = default
    frame[list(COLUMNS)] = frame[list(COLUMNS)].fillna("").astype(str)
    problems = validate_claims(frame)
    if problems:
        raise ClaimsValidationError(path, problems)
    out = add_ranges(frame)
    out = add_dates(out)
    out = add_sources(out, read_sources() if sources is None else sources)
    return out


def load_claims(path: str | Path, sources: str | Path | None = None) -> pd.DataFrame:
    """A claims CSV, validated and normalised.

    Parameters
    ----------
    path : str or Path
        The claims file (UTF-8 CSV with the columns of the README's data dictionary).
    sources : str or Path, optional
        The alias table; by default ``sources.csv`` beside the claims file's folder
        (``data/sources.csv`` for ``data/claims/*.csv``), else the project's.

    Returns
    -------
    pandas.DataFrame
        One row per claim, every column of the file kept, plus the derived
        columns listed in this module's docstring. An unreadable number phrase
        is not an error: its row has ``parsed = False`` and the reason.

    Raises
    ------
    ClaimsValidationError
        When rows break the schema: one error listing every bad row (row number
        in the file, column, value, reason). Nothing is dropped silently.

    Examples
    --------
    >>> claims = load_claims(DEFAULT_SOURCES.parent / "claims" / "north-korean-troops.csv")
    >>> row = claims.set_index("claim_id").loc["NK034"]
    >>> (row["stated"], float(row["low"]), float(row["high"]), row["kind"])
    ('approximately 300', 270.0, 330.0, 'approx')
    """
    path = Path(path)
    frame, problems = read_claims_csv(path)
    problems += validate_claims(frame) if not any(p["row"] == 1 for p in problems) else []
    if problems:
        raise ClaimsValidationError(str(path), sorted(problems, key=lambda p: (p["row"], p["column"])))
    if sources is None:
        for candidate in (path.parent / "sources.csv", path.parent.parent / "sources.csv"):
            if candidate.exists():
                sources = candidate
                break
    table = read_sources(sources)
    out = add_ranges(frame)
    out = add_dates(out)
    out = add_sources(out, table)
    out.attrs["path"] = str(path)
    return out


__all__ = ["load_claims", "normalise_frame", "read_sources", "METRICS"]
