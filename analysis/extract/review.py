"""Showing candidates to a reviewer: the article with each candidate marked, and the candidates beside
what a reviewer kept. Every piece of article text is escaped (it is untrusted input)."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from ..report.html import esc


def highlight_html(text: str, rows: Iterable[dict], start: int = 0, end: int | None = None) -> str:
    """The article as escaped HTML, each candidate's number phrase in a ``<mark>`` whose title gives its
    measure, speaker and confidence; paragraphs kept. ``start``/``end`` cut the text shown.

    Examples
    --------
    >>> highlight_html("<b>300</b> died, the army said.", [dict(start=3, end=6, metric="killed",
    ...                organisation="army", country="", confidence=0.9, claim_id="E001")])
    '<div class="article"><p>&lt;b&gt;<mark class="claim" title="E001: killed, army (country unknown), confidence 0.9">300</mark><sup>E001</sup>&lt;/b&gt; died, the army said.</p></div>'
    """
    end = len(text) if end is None else end
    marks = sorted((r for r in rows if start <= int(r["start"]) and int(r["end"]) <= end), key=lambda r: int(r["start"]))
    out: list[str] = []
    at = start
    for r in marks:
        s, e = int(r["start"]), int(r["end"])
        if s < at:
            continue
        out.append(esc(text[at:s]))
        who = f"{r['organisation']} ({r['country'] or 'country unknown'})"
        title = f"{r['claim_id']}: {r['metric']}, {who}, confidence {r['confidence']}"
        out.append(f'<mark class="claim" title="{esc(title)}">{esc(text[s:e])}</mark><sup>{esc(r["claim_id"])}</sup>')
        at = e
    out.append(esc(text[at:end]))
    body = "".join(out)
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    return '<div class="article">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


def beside_kept(candidates: pd.DataFrame, kept: pd.DataFrame) -> pd.DataFrame:
    """Each candidate with the claim a reviewer kept at the same place of the document (by offsets), and the
    kept claims no candidate found, as one table for reading.

    Examples
    --------
    >>> c = pd.DataFrame([dict(claim_id="E001", stated="300", metric="killed", organisation="army",
    ...                        country="", confidence=0.9, reason="r", start=0, end=3)])
    >>> k = pd.DataFrame([dict(claim_id="K1", stated="300", metric="killed", country="XX", start="0", end="3")])
    >>> beside_kept(c, k)[["candidate", "reviewer kept", "verdict"]].values.tolist()
    [['E001', 'K1', 'kept, country differs (reviewer: XX)']]
    """
    rows = []
    used: set[str] = set()
    spans = [(int(k["start"]), int(k["end"]), k) for _, k in kept.iterrows() if str(k.get("start", "")).strip()]
    for _, c in candidates.iterrows():
        match = next((k for s, e, k in spans if s < int(c["end"]) and int(c["start"]) < e), None)
        if match is None:
            verdict, kept_id = "not kept", ""
        else:
            used.add(match["claim_id"])
            kept_id = match["claim_id"]
            differs = [f"{what} differs (reviewer: {match[what] or 'none'})" for what in ("metric", "country")
                       if str(match[what]) != str(c[what])]
            verdict = "kept" + (", " + "; ".join(differs) if differs else " as proposed")
        rows.append({"candidate": c["claim_id"], "stated": c["stated"], "measure": c["metric"],
                     "speaker": f"{c['organisation']} ({c['country'] or 'country unknown'})",
                     "cue": c["reason"], "confidence": c["confidence"], "reviewer kept": kept_id, "verdict": verdict})
    for s, e, k in spans:
        if k["claim_id"] not in used:
            rows.append({"candidate": "", "stated": k["stated"], "measure": k["metric"], "speaker": "",
                         "cue": "", "confidence": "", "reviewer kept": k["claim_id"],
                         "verdict": "kept by the reviewer, not proposed"})
    return pd.DataFrame(rows, columns=["candidate", "stated", "measure", "speaker", "cue", "confidence",
                                       "reviewer kept", "verdict"])
