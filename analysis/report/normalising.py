"""The sections of the normalising notebook (01): a raw document read by the normaliser, readings side by side.

Each function returns escaped HTML (:mod:`analysis.report.html`) that a notebook cell shows;
the notebook narrates and this module does the work. Every value from the data is escaped.
"""

from __future__ import annotations

import pandas as pd

from .. import compare as cmp
from ..claims.countries import short_name
from ..claims.measures import Vocabulary
from ..errors import InputError
from .html import esc, paragraph, table
from .words import bounds_text, describe


def _words(metric: str) -> str:
    """The words prose uses for a measure of the bundled vocabulary."""
    try:
        return Vocabulary.bundled().words(metric)
    except InputError:   # a measure of a topic's own: its name, spaced
        return metric.replace("_", " ")


def readings_table(rows: pd.DataFrame) -> str:
    """Reports of one statement side by side: what each outlet wrote and how it reads."""
    return table(rows, ["claim_id", "outlet", "lang", "stated", "reads_as", "quote"],
                 ["id", "read at", "language", "stated", "reads as", "quote (verbatim)"],
                 links={"outlet": "url"}, quote_columns=["quote"])


def statement_readings(claims: pd.DataFrame) -> str:
    """Statements that outlets reported differently, every reading side by side."""
    reps = cmp.statements(claims)
    mixed = reps[~reps["readings_agree"]]
    if mixed.empty:
        return paragraph("Every statement reads the same in every outlet that reported it.")
    parts = []
    for _, statement in mixed.iterrows():
        ids = statement["statement_claims"].split()
        rows = claims[claims["claim_id"].isin(ids)].copy()
        rows["reads_as"] = [f"{describe(r)}  {bounds_text(r)}" for _, r in rows.iterrows()]
        parts.append(paragraph(f"{statement['source']}, {statement['claim_date'] or 'undated'}, "
                               f"{_words(statement['metric'])}: "
                               f"{len(rows)} reports, {rows['reads_as'].nunique()} readings."))
        parts.append(readings_table(rows))
    return "".join(parts)


def highlighted_document(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """A document with marked spans: (start, end, css class, title). Everything escaped."""
    out, position = [], 0
    for start, end, css, title in sorted(spans):
        if start < position:
            continue
        out.append(esc(text[position:start]))
        out.append(f'<mark class="{esc(css)}" title="{esc(title)}">{esc(text[start:end])}</mark>')
        position = end
    out.append(esc(text[position:]))
    return ('<div class="document" style="white-space:pre-wrap;font-family:Georgia,serif;line-height:1.6;'
            'border:1px solid #ddd;padding:1rem;max-height:40rem;overflow:auto">' + "".join(out) + "</div>")


def quantities_in_document(text: str, claims: pd.DataFrame, document: str, text_end: int) -> pd.DataFrame:
    """Every quantity the normaliser finds in a raw document, and whether the claims file holds it."""
    from ..normalise import find_ranges

    held = claims[claims["document"] == document]
    rows = []
    for r in find_ranges(text):
        match = held[(held["start"].astype(int) < r.end) & (held["end"].astype(int) > r.start)]
        if not match.empty:
            status, css = f"claim {', '.join(match['claim_id'])}", "claim"
        elif r.start >= text_end:
            status, css = "not a claim: the aggregator's unrelated headlines after the article", "furniture"
        else:
            status, css = "not a claim about the topic", "other"
        rows.append(dict(text=r.text, start=r.start, end=r.end, reads_as=str(r), rule=r.rule, status=status, css=css,
                         currency=r.currency or ""))
    return pd.DataFrame(rows, columns=["text", "start", "end", "reads_as", "rule", "status", "css", "currency"])


def originals_beside_reports(claims: pd.DataFrame) -> str:
    """Claims quoted in their original language, beside the English reports of the same statement."""
    originals = claims[claims["lang"] != "en"]
    if originals.empty:
        return paragraph("Every claim in the file is quoted in English.")
    parts = []
    for _, original in originals.iterrows():
        same = claims[(claims["source"] == original["source"]) & (claims["claim_date"] == original["claim_date"])
                      & (claims["metric"] == original["metric"])].copy()
        same["reads_as"] = [describe(r) if r["parsed"] else "not read" for _, r in same.iterrows()]
        agree = same[same["reads_as"] == describe(original)]
        parts.append(paragraph(
            f"{original['source']}, {original['claim_date']}: the original ({original['lang']}) reads as "
            f"{describe(original)}; {len(agree) - 1} of {len(same) - 1} reports in other words agree."))
        parts.append(readings_table(same))
    return "".join(parts)


def language_examples() -> str:
    """The example phrase of every convention in every language, read by the normaliser."""
    from ..conventions_table import conventions_rows, example_for
    from ..lexicon import LANGUAGES, lexicon
    from ..normalise import parse_range

    rows = []
    for lang in LANGUAGES:
        for convention in conventions_rows():
            example = example_for(convention.key, lang)
            if example:
                r = parse_range(example, lang=lang)
                rows.append(dict(language=lexicon(lang).name, phrase=example, reads_as=str(r), rule=r.rule))
    return table(pd.DataFrame(rows), ["language", "phrase", "reads_as", "rule"],
                 ["language", "phrase", "reads as", "why"])


def extraction_against_curated(text: str, claims: pd.DataFrame, document: str) -> str:
    """What extract_claims proposes for a raw document, checked against the curated claims read in it."""
    from ..extract import extract_claims

    proposed = extract_claims(text, document=document)
    curated = claims[claims["document"] == document].copy()
    curated["start_i"] = curated["start"].astype(int)
    curated["end_i"] = curated["end"].astype(int)
    verdicts, matched = [], set()
    for _, row in proposed.iterrows():
        hit = curated[(curated["start_i"] < row["end"]) & (curated["end_i"] > row["start"])]
        if hit.empty:
            verdicts.append("not in the curated file")
            continue
        ref = hit.iloc[0]
        matched.add(ref["claim_id"])
        same = (ref["metric"] == row["metric"], ref["country"] == row["country"])
        verdicts.append(f"{ref['claim_id']}: " + ("same metric and country" if all(same) else
                        "differs in " + " and ".join(w for w, ok in zip(("metric", "country"), same) if not ok)))
    proposed["verdict"] = verdicts
    agree = sum(v.endswith("same metric and country") for v in verdicts)
    missed = curated[~curated["claim_id"].isin(matched)]
    sentence = (f"The extractor proposes {len(proposed)} candidate claims in this document; {agree} match a curated "
                f"claim with the same metric and country, and {len(missed)} of the {len(curated)} curated claims "
                f"read in it were not found.")
    proposed["who"] = [f"{o} ({short_name(c) if c else 'unknown'})" for o, c in
                       zip(proposed["organisation"], proposed["country"])]
    proposed["metric"] = proposed["metric"].map(lambda m: _words(m))
    return paragraph(sentence) + table(proposed, ["stated", "metric", "scope", "who", "reason", "confidence", "verdict"],
                                       ["stated", "metric", "scope", "attributed to", "cues", "confidence",
                                        "against the curated file"])


__all__ = ["readings_table", "statement_readings", "highlighted_document", "quantities_in_document",
           "originals_beside_reports", "language_examples", "extraction_against_curated"]
