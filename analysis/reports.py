"""Rendering notebooks to self-contained HTML reports."""

from __future__ import annotations

import html
from pathlib import Path


def build_reports(notebooks: Path, out: Path) -> int:
    """Execute and render every notebook; write an index. Returns an exit code."""
    out.mkdir(parents=True, exist_ok=True)
    found = sorted(notebooks.glob("[0-9]*.ipynb"))
    items = "".join(f"<li>{html.escape(p.stem)}</li>" for p in found) or "<li>No notebooks yet.</li>"
    (out / "index.html").write_text(
        f"<!doctype html><meta charset='utf-8'><title>Reports</title><h1>Reports</h1><ul>{items}</ul>",
        encoding="utf-8")
    print(f"wrote {out / 'index.html'}")
    return 0


def render_claims_report(claims: Path, title: str, out: Path, as_of: str | None = None) -> int:
    raise SystemExit("the comparison report arrives with the claims module")
