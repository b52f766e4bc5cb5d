"""Reading a claims file: validate it, and add the ranges, dates and sources it states.

``load_claims(path)`` reads a claims CSV (or the Parquet that corpus extraction writes: a
file, or a folder of part files) and returns one row per claim with the file's columns
(extra columns kept) plus:

- ``low``, ``high``, ``low_open``, ``high_open``, ``best``, ``approx``, ``kind``, ``rule``,
  ``currency``: the range ``stated`` reads as (:mod:`analysis.claims.columns`);
- ``parsed`` and ``parse_error``: False and the reason when ``stated`` is not read as a count;
- ``source``, ``source_kind``, ``source_country``: the organisation as the registry knows it
  (:mod:`analysis.claims.sources`), its kind, and its country; ``source_kind_from`` says
  where the kind came from (the file's optional ``source_kind`` column, the registry, or
  "inferred" from the name's own words, :mod:`analysis.claims.kinds`) and
  ``source_kind_cue`` the words that decided an inferred kind;
- ``row``: the line of the file the claim starts on;
- ``date`` (the first day the claim date allows, else the published date's),
  ``date_precision`` (day, month, year), ``date_text`` (shown at its precision) and
  ``known_date`` (the last day by which the claim was certainly public);
- ``scope_inferred`` and ``scope_cue``: True and the words that decided, when the file gave
  no scope and it was read from the quote (:mod:`analysis.claims.scope`).

A reviewed candidates file (``python -m analysis extract`` writes a ``keep`` column) is read as
the reviewer left it: rows marked ``no`` are left out, and once any row is marked ``yes`` the
unmarked rows are left out too; their ids are in ``frame.attrs["left_out_by_review"]`` and the
report says how many. A row left out is not validated (an unkept candidate needs no URL).

Nothing is dropped silently: a file that breaks the schema raises one
:class:`~analysis.errors.ClaimsValidationError` listing every bad row.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
import io
import math
import stat
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..errors import ClaimsValidationError, InputError, LimitExceededError
from ..limits import MAX_CLAIM_VALUE, MAX_CLAIMS_FILE_BYTES, MAX_FIELD_CHARS
from .columns import RANGE_COLUMNS, RANGE_DTYPES, range_columns, unread_columns
from .dates import PartialDate
from .schema import COLUMNS, DERIVED, KIND_COLUMN, METRICS, OPTIONAL, REQUIRED, claims_schema
from .scope import infer_scope
from .sidecar import Sidecar, read_sidecar
from .sources import SourceRegistry

#: The project's older alias table (kept for the extractor until it reads the registry).
DEFAULT_SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources.csv"


# ---------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------

#: The ``keep`` column of a reviewed candidates file: what marks a row kept, and what marks it left out.
KEEP_YES = frozenset({"yes", "y", "x", "1", "true", "keep", "kept", "ok", "\u2713", "\u2714"})
KEEP_NO = frozenset({"no", "n", "0", "false", "drop", "-"})


def reviewed_rows(frame: pd.DataFrame, problems: list) -> tuple[pd.DataFrame, list, tuple[str, ...]]:
    """The rows a reviewer kept, the problems of those rows, and the ids of the rows left out.

    Without a ``keep`` column every row is kept. A row marked ``no`` (n, 0, false, drop) is left
    out; when any row is marked ``yes`` (y, x, 1, true, keep, ok, a tick), rows left empty are
    left out as well (otherwise the reviewer deleted what they did not keep). Any other mark is
    a problem of that row, so a typo never decides.

    Examples
    --------
    >>> frame = pd.DataFrame({"claim_id": ["E1", "E2", "E3"], "keep": ["x", "", "No"], "row": [2, 3, 4]})
    >>> kept, problems, left_out = reviewed_rows(frame, [dict(row=3, column="url", value="", reason="empty")])
    >>> kept["claim_id"].tolist(), problems, left_out
    (['E1'], [], ('E2', 'E3'))
    """
    if "keep" not in frame.columns or frame.empty:
        return frame, problems, ()
    marks = frame["keep"].astype(str).str.strip().str.lstrip("'").str.strip().str.casefold()
    yes, no = marks.isin(KEEP_YES), marks.isin(KEEP_NO)
    unknown = ~(yes | no | (marks == ""))
    problems = problems + [dict(row=int(r), column="keep", value=v,
                                reason="mark a row kept with yes, y, x or 1, or left out with no, n or 0 "
                                       "(or leave it empty)")
                           for r, v in zip(frame.loc[unknown, "row"], frame.loc[unknown, "keep"])]
    drop = no | ((marks == "") & bool(yes.any()))
    if not drop.any():
        return frame, problems, ()
    dropped_rows = set(frame.loc[drop, "row"].astype(int))
    left_out = tuple(str(c) for c in frame.loc[drop, "claim_id"]) if "claim_id" in frame.columns else ()
    return (frame[~drop].reset_index(drop=True), [p for p in problems if p["row"] not in dropped_rows], left_out)

def _file_problem(path: Path, reason: str, row: int | None = None, column: str = "(file)", value=None):
    return ClaimsValidationError(str(path), [dict(row=row, column=column, value=value, reason=reason)])


def read_claims_csv(path: str | Path, max_rows: int | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """Read a claims CSV as text, with the line each record starts on.

    A byte-order mark and Windows line endings are accepted. Returns the frame (all
    cells ``str``, column ``row`` added) and the problems found while reading: ragged
    rows, a field past :data:`~analysis.limits.MAX_FIELD_CHARS`, a quote left open that
    swallows the rows after it, missing or derived columns.
    """
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):   # a device or a pipe reports size 0 and can be read forever
            raise _file_problem(path, "is not a regular file (a device or a pipe); give a claims file")
        if info.st_size > MAX_CLAIMS_FILE_BYTES:
            raise _file_problem(path, f"is {info.st_size:,} bytes; the limit is {MAX_CLAIMS_FILE_BYTES:,} bytes")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_CLAIMS_FILE_BYTES + 1)
    except OSError as error:
        raise _file_problem(path, f"cannot be read: {error.strerror or error}", value=str(path)) from None
    if len(raw) > MAX_CLAIMS_FILE_BYTES:
        raise _file_problem(path, f"grew past {MAX_CLAIMS_FILE_BYTES:,} bytes (the limit) while being read")
    if raw[:4] == b"PK\x03\x04":   # a zip: what a spreadsheet program saves (.xlsx, .ods)
        raise _file_problem(path, "is a zip file (a spreadsheet saved as .xlsx or .ods?), not CSV text; export it as "
                            "CSV UTF-8 with commas")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _file_problem(path, f"is not UTF-8 text ({error.reason} at byte {error.start}); save it as UTF-8") \
            from None
    if not text.strip():
        raise _file_problem(path, "the file is empty: expected a header row with the claims columns ("
                            + ", ".join(REQUIRED) + ")", row=1)
    csv.field_size_limit(max(MAX_CLAIMS_FILE_BYTES, MAX_FIELD_CHARS) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[dict] = []
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as error:
        raise _file_problem(path, f"the header row cannot be read as CSV: {error}", row=1) from None
    if len(header) == 1 and (separator := next((c for c in ";\t|" if c in header[0]), None)):
        shown = {"\t": "tabs"}.get(separator, repr(separator))
        raise _file_problem(path, f"its header is one column: the fields are separated by {shown}, not commas; save "
                            "it as CSV with commas (CSV UTF-8)", row=1)
    if "\x00" in "".join(header):   # UTF-16 without a byte-order mark decodes as UTF-8 with a NUL after each letter
        raise _file_problem(path, "is not UTF-8 text (its header holds NUL characters: UTF-16, or a binary file); "
                            "save it as UTF-8", row=1)
    problems += header_problems(header)
    records, rows = [], []
    line = reader.line_num
    while True:
        start = line + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(dict(row=start, column="(row)", value=None,
                                 reason=f"cannot be read as CSV ({error}); a quote is probably left open"))
            break
        line = reader.line_num
        joined = "".join(record)
        if not joined.strip():
            continue  # a blank line (or a row of empty cells) is no claim
        if max_rows is not None and len(records) > max_rows:
            break     # one row past the limit is enough to refuse the file
        if len(record) != len(header):
            problems.append(dict(row=start, column="(row)", value=",".join(record)[:60],
                                 reason=f"has {len(record)} fields but the header has {len(header)}"))
            record = (record + [""] * len(header))[:len(header)]
        if len(joined) <= MAX_FIELD_CHARS and "\n" not in joined and "\x00" not in joined:
            records.append(record)
            rows.append(start)
            continue
        for name, value in zip(header, record):
            if len(value) > MAX_FIELD_CHARS:
                problems.append(dict(row=start, column=name, value=value[:40],
                                     reason=f"is {len(value):,} characters long; the limit is {MAX_FIELD_CHARS:,}"))
            elif "\x00" in value:
                problems.append(dict(row=start, column=name, value=value.replace("\x00", "\\0")[:60],
                                     reason="holds a NUL character (U+0000): the file is probably binary or saved "
                                            "in another encoding; save it as UTF-8 text"))
            elif "\n" in value and _swallows_rows(value, len(header)):
                problems.append(dict(row=start, column=name, value=value.split("\n", 1)[0][:60],
                                     reason="opens a quote that is never closed on its line: it swallows "
                                            f"{value.count(chr(10))} following line(s) that look like rows of "
                                            "their own; close the quote (or double a quote inside it: \"\")"))
        records.append(record)
        rows.append(start)
    names = _dedupe(header)
    frame = pd.DataFrame(records, columns=names, dtype=object) if records else pd.DataFrame(columns=names, dtype=object)
    frame.insert(0, "row", pd.Series(rows, dtype="int64"))
    return frame, problems


def _swallows_rows(value: str, fields: int) -> bool:
    """A field holding lines that read as complete rows of the file: a quote left open."""
    for line in value.split("\n")[1:]:
        try:
            parsed = next(csv.reader([line]))
        except (csv.Error, StopIteration):
            continue
        if len(parsed) >= max(3, fields - 2):
            return True
    return False


def header_problems(header: list[str]) -> list[dict]:
    """Missing required columns, repeated columns, and columns the loader derives."""
    problems = [dict(row=1, column=name, value=None, reason="required column is missing from the header")
                for name in REQUIRED if name not in header]
    counts = Counter(header)   # not header.count(h) for each h: a header of 100,000 names would take hours
    problems += [dict(row=1, column=name, value=None, reason="column appears more than once in the header")
                 for name in sorted(h for h, n in counts.items() if n > 1)]
    derived = [h for h in header if h in DERIVED]
    if derived:
        problems.append(dict(row=1, column=", ".join(derived), value=None,
                             reason="the loader derives these columns and would overwrite them; rename them "
                                    "(for example 'my_" + derived[0] + "') or drop them"))
    return problems


def _dedupe(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in header:
        seen[h] = seen.get(h, 0) + 1
        out.append(h if seen[h] == 1 else f"{h}.{seen[h] - 1}")
    return out


def read_claims_parquet(path: str | Path) -> tuple[pd.DataFrame, list[dict]]:
    """Read the Parquet corpus extraction writes (a file or a folder of part files) as text cells.

    Its columns are the claims columns plus the extractor's (document or article id,
    start, end, confidence, reason). ``row`` numbers the claims from 2, as a CSV's lines would.
    """
    path = Path(path)
    parts = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    if not parts:
        raise _file_problem(path, "is a folder with no .parquet files in it")
    total = sum(p.stat().st_size for p in parts)
    if total > MAX_CLAIMS_FILE_BYTES:
        raise _file_problem(path, f"is {total:,} bytes; the limit is {MAX_CLAIMS_FILE_BYTES:,} bytes")
    try:
        frames = [pd.read_parquet(p) for p in parts]
    except Exception as error:  # pyarrow raises several types for a damaged file
        raise _file_problem(path, f"cannot be read as Parquet: {str(error).splitlines()[0][:200]}") from None
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if "document" not in frame.columns:
        for alias in ("article_id", "article", "doc_id"):
            if alias in frame.columns:
                frame["document"] = frame[alias]
                break
    problems = header_problems([str(c) for c in frame.columns])
    for column in frame.columns:
        frame[column] = [_text_cell(v) for v in frame[column]]
    frame.insert(0, "row", pd.Series(range(2, len(frame) + 2), dtype="int64"))
    return frame, problems


def _text_cell(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def validate_claims(frame: pd.DataFrame, measures: tuple[str, ...] = METRICS) -> list[dict]:
    """Every schema problem of a claims frame (its ``row`` column holds file lines)."""
    problems: list[dict] = []
    if frame.empty:
        return problems
    import pandera.pandas as pa  # here, not at the top: extraction imports this package and never validates

    try:
        claims_schema(measures).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        for case in errors.failure_cases.itertuples(index=False):
            index = case.index
            known = index is not None and not _isnan(index)
            row = int(frame["row"].iloc[int(index)]) if known else 1
            column = case.column if isinstance(case.column, str) else "stated"
            check = str(case.check)
            value = case.failure_case
            if "unique" in check:
                reason = "duplicate claim_id: ids must be unique within the file"
            elif column in frame.columns and "does not occur in quote" not in check and "go together" not in check:
                reason = check
            else:
                reason = check
                column = "stated" if "stated" in check else "document"
                value = frame[column].iloc[int(index)] if known else value
            problems.append(dict(row=row, column=column, value=None if _isnan(value) else value, reason=reason))
    for row, claim_id in zip(frame["row"], frame["claim_id"]):
        if isinstance(claim_id, str) and claim_id != claim_id.strip() and claim_id.strip():
            problems.append(dict(row=int(row), column="claim_id", value=claim_id,
                                 reason="has spaces before or after it: 'C1 ' and 'C1' would be two claims that look "
                                        "alike; remove the spaces"))
    starts, ends = frame["start"], frame["end"]
    for position in frame.index[(starts != "") & (ends != "")]:
        start, end = starts[position], ends[position]
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
def _read_stated(stated: str, lang: str, band: str | None = None) -> tuple:
    """The range columns for one phrase, as a tuple in RANGE_COLUMNS order (cached)."""
    from ..lexicon import LANGUAGES
    from ..normaliser import parse_range

    if lang not in LANGUAGES:
        values = unread_columns(f"no language table for {lang!r} (the normaliser reads {', '.join(LANGUAGES)}); "
                                "the claim is listed, not compared")
        return tuple(values[c] for c in RANGE_COLUMNS)
    try:
        r = parse_range(stated, lang=lang, **({"band": band} if band else {}))
    except InputError as error:
        values = unread_columns(str(error).splitlines()[0])
    except (OverflowError, ValueError, RecursionError) as error:   # a number past what can be read
        values = unread_columns(f"{stated[:40]!r} cannot be read as a count: {type(error).__name__}")
    else:
        if r.kind == "point" and r.low == r.high and 0 < abs(r.low) < 1 and r.low != int(r.low):
            values = unread_columns(f"{stated!r} is a fraction ({r.low:.3g}) of a total the phrase does not state, "
                                    "not a count", r.rule)
        elif getattr(r, "unit", None) == "%":
            values = unread_columns(f"{stated!r} is a share (%), not a count", r.rule)
        elif max((abs(v) for v in (r.low, r.high, r.best or 0.0) if math.isfinite(v)), default=0.0) >= MAX_CLAIM_VALUE:
            values = unread_columns(f"{stated[:40]!r} is {MAX_CLAIM_VALUE:.0e} or more, past any count the package "
                                    "compares (MAX_CLAIM_VALUE)", r.rule)
        else:
            values = range_columns(r)
    return tuple(values[c] for c in RANGE_COLUMNS)


def add_ranges(frame: pd.DataFrame, band: str | None = None) -> pd.DataFrame:
    """A copy of ``frame`` with the range columns read from ``stated`` (in ``lang``)."""
    out = frame.copy()
    langs = out["lang"].tolist() if "lang" in out.columns else ["en"] * len(out)
    read = {key: _read_stated(str(key[0]), str(key[1]) or "en", band)
            for key in dict.fromkeys(zip(out["stated"].tolist(), langs))}
    values = [read[key] for key in zip(out["stated"].tolist(), langs)]
    columns = list(zip(*values)) if values else [[] for _ in RANGE_COLUMNS]
    for name, column in zip(RANGE_COLUMNS, columns):
        out[name] = pd.Series(list(column), index=out.index, dtype=RANGE_DTYPES[name])
    return out


def add_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """Add ``date``, ``date_precision``, ``date_text`` and ``known_date`` (see the module docstring).

    A month- or year-only date keeps its precision: ``date`` is the first day it allows
    (for ordering), ``date_text`` shows it as written ("March 2022"), and ``known_date``
    is the earlier of its last day and the published date.
    """
    out = frame.copy()
    pairs = list(zip(out["claim_date"].tolist(), out["published"].tolist()))
    today = dt.date.today()
    read = {}
    for claim_date, published in dict.fromkeys(pairs):   # claims files repeat their dates: read each pair once
        c = PartialDate.parse(claim_date) if claim_date else None
        p = PartialDate.parse(published) if published else None
        shown = c or p
        ends = [d.last_day for d in (c, p) if d is not None]
        if ends:   # a file written today holds nothing said after today ("2026" is public by now)
            ends.append(today)
        read[(claim_date, published)] = (shown.first_day if shown else None, shown.precision if shown else "",
                                         shown.text if shown else "undated", min(ends) if ends else None)
    values = [read[pair] for pair in pairs]
    columns = list(zip(*values)) if values else [(), (), (), ()]
    out["date"] = pd.Series(pd.to_datetime(list(columns[0])), index=out.index, dtype="datetime64[ns]")
    out["date_precision"] = pd.Series(list(columns[1]), index=out.index, dtype=str)
    out["date_text"] = pd.Series(list(columns[2]), index=out.index, dtype=str)
    out["known_date"] = pd.Series(pd.to_datetime(list(columns[3])), index=out.index, dtype="datetime64[ns]")
    return out


def add_sources(frame: pd.DataFrame, registry: SourceRegistry) -> pd.DataFrame:
    """Add ``source``, ``source_kind``, ``source_kind_from``, ``source_kind_cue`` and ``source_country``.

    The organisation is looked up in the registry, then the speaker; a name the registry
    does not know stays as written. Its kind is, in order: the file's own ``source_kind``
    cell when it gives one; the registry's; the kind its name's words say
    (:func:`~analysis.claims.kinds.infer_kind`, shown as inferred); ``individual`` for a
    speaker with no organisation whose name is shaped like a person's; else unknown ("").
    ``source_kind_from`` says which ("claims file", "registry", "inferred" or "").
    The country is the file's when it gives one.
    """
    out = frame.copy()
    given = out[KIND_COLUMN].tolist() if KIND_COLUMN in out.columns else [""] * len(out)
    keys = list(zip(out["organisation"].tolist(), out["speaker"].tolist(), given, out["country"].tolist()))
    read = {key: _source(registry, *key) for key in dict.fromkeys(keys)}   # each distinct name read once
    values = [read[key] for key in keys]
    columns = list(zip(*values)) if values else [()] * 5
    for name, column in zip(("source", "source_kind", "source_kind_from", "source_kind_cue", "source_country"),
                            columns):
        out[name] = list(column)
    return out


def _source(registry: SourceRegistry, organisation: str, speaker: str, explicit: str, country: str) -> tuple:
    """(source, kind, where the kind came from, the words that decided it, country) for one name."""
    from .kinds import infer_kind, infer_person

    source = registry.lookup(organisation) or registry.lookup(speaker)
    organisation, speaker = " ".join(str(organisation).split()), " ".join(str(speaker).split())
    alone = not organisation or organisation == speaker
    if source is not None:
        name = source.organisation
    elif organisation:
        name = organisation
    elif speaker and infer_person(speaker):
        name = speaker
    else:
        name = _unnamed(speaker)
    explicit = str(explicit or "").strip()
    if explicit:
        kind, how, cue = explicit, "claims file", ""
    elif source is not None and source.kind:
        kind, how, cue = source.kind, "registry", ""
    else:
        kind, cue = infer_kind(organisation or speaker)
        how = "inferred" if kind else ""
        if not kind and alone and speaker and infer_person(speaker):
            kind, how, cue = "individual", "inferred", "a person's name, no organisation"
    return name, kind, how, cue, country if country else (source.country if source else "")


def _unnamed(speaker: str) -> str:
    speaker = " ".join(str(speaker).split())
    return f"no organisation given ({speaker})" if speaker else "no organisation given"


def add_scopes(frame: pd.DataFrame, areas: tuple[str, ...] = ()) -> pd.DataFrame:
    """Fill empty ``scope`` cells from the quote (:func:`~analysis.claims.scope.infer_scope`), marking them."""
    out = frame.copy()
    empty = out["scope"] == ""
    names = zip(out["organisation"].tolist(), out["speaker"].tolist(), out["outlet"].tolist())
    inferred = [infer_scope(q, s, lang or "en", tuple(areas), names=tuple(n)) if e else (scope, "")
                for q, s, lang, scope, e, n in zip(out["quote"].tolist(), out["stated"].tolist(), out["lang"].tolist(),
                                                   out["scope"].tolist(), empty.tolist(), names)]
    out["scope"] = [s for s, _ in inferred]
    out["scope_inferred"] = empty.to_numpy(dtype=bool)
    out["scope_cue"] = [cue for _, cue in inferred]
    return out


class ExtraColumns(tuple):
    """The names of a file's columns beyond the claims schema (kept in ``frame.attrs``).

    pandas deep-copies ``attrs`` after every operation; these names never change, so a copy is the
    same object (5,000 extra columns once cost seconds per filter).
    """

    __slots__ = ()

    def __deepcopy__(self, memo: dict) -> "ExtraColumns":
        return self


# ---------------------------------------------------------------------------------
# Public
# ---------------------------------------------------------------------------------

def normalise_frame(frame: pd.DataFrame, sidecar: Sidecar | None = None, path: str = "<frame>",
                    band: str | None = None, *, validated: bool = False) -> pd.DataFrame:
    """Validate a frame of claims (text cells) and add the derived columns.

    Raises
    ------
    ClaimsValidationError
        Listing every bad cell, when the frame breaks the schema.
    """
    sidecar = sidecar or Sidecar()
    frame = frame.copy()
    if "row" not in frame.columns:
        frame.insert(0, "row", range(2, len(frame) + 2))
    problems = [p for p in header_problems([c for c in frame.columns if c != "row"])]
    if problems:
        raise ClaimsValidationError(path, problems)
    for name, default in OPTIONAL.items():
        if name not in frame.columns:
            frame[name] = default
    frame[list(COLUMNS)] = frame[list(COLUMNS)].fillna("").astype(str)
    if KIND_COLUMN in frame.columns:
        frame[KIND_COLUMN] = frame[KIND_COLUMN].fillna("").astype(str).str.strip()
    frame["lang"] = frame["lang"].where(frame["lang"] != "", "en")
    problems = [] if validated else validate_claims(frame, sidecar.vocabulary.names)
    if problems:
        raise ClaimsValidationError(path, problems)
    out = add_ranges(frame, band)
    out = add_dates(out)
    out = add_sources(out, sidecar.registry)
    out = add_scopes(out, sidecar.areas)
    out.attrs["sidecar"] = sidecar
    out.attrs["band"] = band or "standard"
    # the file's own columns beyond the claims schema: kept for the reader, never compared
    out.attrs["extra_columns"] = ExtraColumns(tuple(c for c in frame.columns
                                                    if c not in COLUMNS and c not in (KIND_COLUMN, "row")))
    return out


def load_claims(path: str | Path, *, band: str | None = None, max_rows: int | None = None) -> pd.DataFrame:
    """A claims file, validated and normalised.

    Parameters
    ----------
    path : str or Path
        A claims CSV (UTF-8, the columns of the README's data dictionary), or the Parquet
        corpus extraction writes (a ``.parquet`` file or a folder of them). Its sidecar
        (``<name>.yaml``) and its own sources (``<name>.sources.csv``) are read when present.
    band : str, optional
        The hedge band the number phrases are read with (``analysis.normalise.BANDS``), when
        the normaliser offers a choice; its default otherwise.
    max_rows : int, optional
        Refuse a file of more claims than this (``LimitExceededError``), reading no further
        than the first row past it (the report command's :data:`~analysis.limits.MAX_REPORT_CLAIMS`).

    Returns
    -------
    pandas.DataFrame
        One row per claim, every column of the file kept, plus the derived columns listed
        in this module's docstring. The sidecar is in ``frame.attrs["sidecar"]``.

    Raises
    ------
    ClaimsValidationError
        Listing every bad row (line in the file, column, value, reason).
    InputError
        A sidecar or sources file that cannot be used.

    Examples
    --------
    >>> claims = load_claims(EXAMPLE)
    >>> claims.loc[claims["claim_id"] == "NK034", ["stated", "low", "high", "source"]].values.tolist()
    [['approximately 300', 270.0, 330.0, 'National Intelligence Service (NIS)']]
    """
    path = Path(path)
    if path.is_dir() or path.suffix.lower() == ".parquet":
        frame, problems = read_claims_parquet(path)
    else:
        frame, problems = read_claims_csv(path, max_rows)
    if max_rows is not None and len(frame) > max_rows:
        raise LimitExceededError(f"{path} holds more than {max_rows:,} claims, the most one report reads; split it "
                                 "(by period or by measure), or read it with load_claims in a notebook")
    if any(p["row"] == 1 or p["column"] == "(file)" for p in problems):
        raise ClaimsValidationError(str(path), problems)
    frame, problems, left_out = reviewed_rows(frame, problems)
    if frame.empty and left_out:
        raise InputError(f"{path}: the reviewer kept none of its {len(left_out):,} candidate rows (column 'keep'); "
                         "mark the rows to keep with yes, y, x or 1")
    sidecar = with_file_measures(read_sidecar(path), frame)
    for name, default in OPTIONAL.items():
        if name not in frame.columns:
            frame[name] = default
    frame[list(COLUMNS)] = frame[list(COLUMNS)].astype(str)   # the readers give text cells, never missing ones
    frame["lang"] = frame["lang"].where(frame["lang"] != "", "en")
    bad_rows = {p["row"] for p in problems}
    checked = frame[~frame["row"].isin(bad_rows)]
    problems += validate_claims(checked, sidecar.vocabulary.names)
    if problems:
        raise ClaimsValidationError(str(path), sorted(problems, key=lambda p: (p["row"] or 0, p["column"])))
    out = normalise_frame(frame, sidecar, str(path), band, validated=True)   # every row was checked above
    out.attrs["left_out_by_review"] = left_out
    return out


def with_file_measures(sidecar: Sidecar, frame: pd.DataFrame) -> Sidecar:
    """The sidecar's vocabulary plus the compound measures a claims file names that no vocabulary defines.

    A file is accepted as written: a compound measure name (two or more lower-case words joined by
    underscores, like ``deaths_all_cause``) that is not in the vocabulary and is not a near miss of a
    measure in it becomes a measure of its own, compared only with itself and never added up. A single
    word (``dead``) stays an error: single words are usually another name for a measure of the
    vocabulary, and a sidecar can define one under ``measures:``. A near miss (``killed_or_wonded``)
    stays an error too, so a typo is never taken for a new measure.

    Examples
    --------
    >>> frame = pd.DataFrame({"metric": ["killed", "deaths_all_cause", "dead", "killed_or_wonded"]})
    >>> vocabulary = with_file_measures(Sidecar(), frame).vocabulary
    >>> [name in vocabulary for name in ("deaths_all_cause", "dead", "killed_or_wonded")]
    [True, False, False]
    >>> vocabulary["deaths_all_cause"].words, vocabulary["deaths_all_cause"].adds_up
    ('deaths all cause', False)
    """
    import dataclasses
    import difflib
    import re

    if "metric" not in frame.columns:
        return sidecar
    known = sidecar.vocabulary.names
    added = {}
    for name in sorted({str(v) for v in frame["metric"].dropna()} - set(known)):
        if not re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", name) or len(name) > 40:
            continue
        if difflib.get_close_matches(name, known, n=1, cutoff=0.85):
            continue
        added[name] = {"words": name.replace("_", " "), "adds_up": False,
                       "description": "named in the claims file; not in the vocabulary or the sidecar"}
    if not added:
        return sidecar
    return dataclasses.replace(sidecar, vocabulary=sidecar.vocabulary.extended(added, where="claims file"))


EXAMPLE = Path(__file__).resolve().parents[2] / "data" / "claims" / "north-korean-troops.csv"


def read_sources(path: str | Path | None = None) -> pd.DataFrame:
    """The older alias table (alias, organisation, country, kind), for the extractor.

    Examples
    --------
    >>> read_sources().set_index("alias").loc["Zelensky", "organisation"]
    'Office of the President of Ukraine'
    """
    path = Path(path) if path is not None else DEFAULT_SOURCES
    if not path.exists():
        raise InputError(f"sources file {str(path)!r} does not exist")
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


__all__ = ["load_claims", "normalise_frame", "read_claims_csv", "read_claims_parquet", "validate_claims",
           "add_ranges", "add_dates", "add_sources", "add_scopes", "read_sources", "DEFAULT_SOURCES", "RANGE_COLUMNS"]
