"""``python -m analysis extract FILE... [--lang en] [--out candidates.csv]``: candidate claims from text files."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd

from .extract import extract_claims
from .schema import COLUMNS

CANDIDATE_COLUMNS = list(COLUMNS) + ["confidence", "reason"]


def extract_files(files: list[Path], lang: str = "en", out: Path | None = None) -> int:
    """Extract candidates from every file; report unreadable ones and go on. Returns an exit code.

    The output is a claims file (the columns of ``data/claims/*.csv``) plus
    ``confidence`` and ``reason``; ``document`` is the file name without its
    extension and ``start``/``end`` are character offsets in it. Rows keep
    ``outlet``, ``published`` and ``url`` empty for the reviewer to fill.
    """
    frames, failed = [], []
    total = len(files)
    for number, path in enumerate(files, 1):
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            failed.append((path, error))
            print(f"[{number}/{total}] {path}: could not read it ({error}); going on", file=sys.stderr, flush=True)
            continue
        rows = extract_claims(text, lang=lang, document=Path(path).stem)
        rows["claim_id"] = [f"{Path(path).stem[:24]}-{i:03d}" for i in range(1, len(rows) + 1)]
        frames.append(rows)
        print(f"[{number}/{total}] {path}: {len(rows)} candidate claims", file=sys.stderr, flush=True)
    result = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=CANDIDATE_COLUMNS)
    result = result[CANDIDATE_COLUMNS]
    if out is None:
        result.to_csv(sys.stdout, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        result.to_csv(out, index=False, lineterminator="\n", encoding="utf-8")
        print(f"wrote {len(result)} candidate claims from {total - len(failed)} file(s) to {out}", file=sys.stderr)
    if failed:
        print(f"{len(failed)} file(s) could not be read: " + ", ".join(str(p) for p, _ in failed), file=sys.stderr)
        return 1
    return 0
