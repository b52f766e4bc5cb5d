"""Report sections: the tables and generated sentences each notebook section shows, as escaped HTML.

A notebook cell calls one of these and displays the result, so the notebook
narrates and this module does the work. Every number in the prose comes from
the claims table; every value from the data is escaped (:mod:`analysis.render`).
"""

from __future__ import annotations

import math

import pandas as pd

from . import compare as cmp
from .commentary import METRIC_WORDS, agreement, describe, drift_sentence, headline, number, spread_sentence
from .claims.countries import short_name
from .render import esc, heading, paragraph, table

CLAIM_COLUMNS = ["claim_id", "claim_date", "who", "metric", "stated", "reads_as", "quote", "outlet"]
CLAIM_HEADERS = ["id", "date", "source", "metric", "stated", "reads as", "quote (verbatim)", "read at"]


def bounds_text(row: pd.Series | dict) -> str:
    """ "2,950 – 3,050", "3,000 – ∞": the bounds of a row, for a table."""
    return f"{number(row['low'])} – {'∞' if math.isinf(row['high']) else number(row['high'])}"


def readings_table(rows: pd.DataFrame) -> str:
    """Reports of one statement side by side: what each outlet wrote and how it reads."""
    return table(rows, ["claim_id", "outlet", "lang", "stated", "reads_as", "quote"],
                 ["id", "read at", "language", "stated", "reads as", "quote (verbatim)"],
                 links={"outlet": "url"}, quote_columns=["quote"])


def _with_display_columns(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["who"] = [f"{s} ({short_name(c) if c else 'country unknown'})"
                  for s, c in zip(out["source"], out["country"].fillna(""))]
    out["reads_as"] = [describe(r) if r["parsed"] else f"not read: {r['parse_error']}" for _, r in out.iterrows()]
    out["metric"] = out["metric"].map(lambda m: METRIC_WORDS.get(m, m))
    return out


def claims_table(frame: pd.DataFrame) -> str:
    """Claims with their quotes and source links."""
    return table(_with_display_columns(frame), CLAIM_COLUMNS, CLAIM_HEADERS, links={"outlet": "url"},
                 quote_columns=["quote"])


def headline_metric(claims: pd.DataFrame, as_of: str | None) -> str | None:
    """The metric most sources gave a cumulative figure for by ``as_of`` (killed_or_wounded first on ties)."""
    preference = ["killed_or_wounded", "killed", "wounded", "deployed", "captured", "missing", "other"]
    counts = {m: len(cmp.compare(claims, m, as_of)) for m in preference}
    counts = {m: n for m, n in counts.items() if n}
    if not counts:
        return None
    losses = {m: n for m, n in counts.items() if m != "deployed"}
    pool = losses or counts
    return max(pool, key=lambda m: (pool[m], -preference.index(m)))


def overview(claims: pd.DataFrame, meta: dict, title: str) -> str:
    """Title, what was counted, and how much the file holds."""
    dated = claims["date"].dropna()
    sources = claims["source"].nunique()
    countries = sorted({c for value in claims["country"].fillna("") for c in value.split("|") if c})
    parts = [heading(title, 1)]
    if meta.get("subject"):
        parts.append(paragraph(str(meta["subject"])))
    span = f"from {dated.min():%d %B %Y} to {dated.max():%d %B %Y}" if not dated.empty else "undated"
    parts.append(paragraph(
        f"The file holds {len(claims)} claims from {sources} organisations in {len(countries)} countries "
        f"({', '.join(short_name(c) for c in countries) or 'none named'}), dated {span}; "
        f"{int((~claims['parsed']).sum())} number phrases could not be read as a count and are listed, not compared."))
    return "".join(parts)


def headline_section(claims: pd.DataFrame, as_of: str | None) -> tuple[str, str | None]:
    """The headline sentences as of a date (or over every dated claim); returns (html, the metric it is about)."""
    metric = headline_metric(claims, as_of)
    if metric is None:
        when = f"As of {pd.Timestamp(as_of):%d %B %Y}, no" if as_of else "No"
        return paragraph(f"{when} source had given a dated cumulative figure that can be compared."), None
    parts = [paragraph(headline(cmp.compare(claims, metric, as_of), metric, as_of), "headline")]
    deployed = cmp.compare(claims, "deployed", as_of)
    if metric != "deployed" and not deployed.empty:
        parts.append(paragraph("Deployment: " + agreement(deployed, "deployed")))
    return "".join(parts), metric


def comparison_table(comparison: pd.DataFrame) -> str:
    """One row per source: the figure, how it is compared, and where it comes from."""
    frame = comparison.copy()
    frame["who"] = [short_name(v) if len(str(v)) == 2 or "|" in str(v) else v for v in frame["by_value"]]
    frame["figure"] = [describe(r) for _, r in frame.iterrows()]
    frame["range"] = [bounds_text(r) for _, r in frame.iterrows()]
    frame["compared"] = [f"{number(v)} ({how})" for v, how in zip(frame["value"], frame["compared_by"])]
    frame["when"] = [f"{d:%d %b %Y}" for d in frame["date"]]
    frame["who"] = [f"{w} ({o})" for w, o in zip(frame["who"], frame["organisation"])]
    return table(frame, ["who", "figure", "range", "compared", "when", "claim_id", "stated", "quote", "outlet"],
                 ["source", "figure", "range", "compared by", "date", "claim(s)", "stated", "quote (verbatim)",
                  "read at"], links={"outlet": "url"}, quote_columns=["quote"])


def metrics_as_of(claims: pd.DataFrame, as_of: str | None) -> list[tuple[str, pd.DataFrame, str]]:
    """For every metric with a cumulative figure by ``as_of``: (metric, comparison, sentence)."""
    out = []
    for metric in ["deployed", "killed", "wounded", "killed_or_wounded", "captured", "missing", "other"]:
        comparison = cmp.compare(claims, metric, as_of)
        if comparison.empty:
            continue
        joint = comparison["claim_id"].duplicated(keep=False).any()
        sentence = agreement(comparison, metric) if joint or len(comparison) == 1 else \
            headline(comparison, metric, as_of)
        out.append((metric, comparison, sentence))
    return out


def harmonised_section(claims: pd.DataFrame) -> str:
    """The killed + wounded sums formed, and every claim kept out of comparisons and why."""
    derived = cmp.harmonise(claims).query("derived")
    parts = []
    if derived.empty:
        parts.append(paragraph("No source gave killed and wounded figures for the same day, so no totals "
                               "were formed."))
    else:
        parts.append(paragraph(f"{len(derived)} killed or wounded total(s) were formed by adding a source's killed "
                               f"and wounded figures of the same day as intervals:"))
        frame = derived.copy()
        frame["sum"] = [describe(r) for _, r in frame.iterrows()]
        frame["bounds"] = [bounds_text(r) for _, r in frame.iterrows()]
        parts.append(table(frame, ["source", "claim_date", "claim_id", "stated", "sum", "bounds", "rule"],
                           ["source", "date", "claims", "stated", "sum", "bounds", "why"]))
    kept_out = claims[(claims["scope"] != "cumulative") | ~claims["parsed"] | claims["date"].isna()].copy()
    if not kept_out.empty:
        kept_out["why"] = [
            (f"a {r['scope']} figure, not a cumulative total" if r["scope"] != "cumulative"
             else ("its number phrase could not be read" if not r["parsed"] else "undated: it cannot be placed"))
            for _, r in kept_out.iterrows()]
        counts = kept_out["why"].value_counts()
        parts.append(paragraph(f"{len(kept_out)} claims are kept out of the comparisons: "
                               + "; ".join(f"{n} as {why}" for why, n in counts.items()) + "."))
        kept_out = _with_display_columns(kept_out)
        parts.append(table(kept_out, ["claim_id", "who", "metric", "stated", "subject", "why", "outlet"],
                           ["id", "source", "metric", "stated", "what was counted", "why it is kept out", "read at"],
                           links={"outlet": "url"}))
    return "".join(parts)


def drift_section(claims: pd.DataFrame) -> str:
    """How outlets changed what a source said."""
    changes = cmp.drift(claims)
    parts = [paragraph(drift_sentence(changes))]
    if not changes.empty:
        parts.append(table(changes, ["change", "source", "claim_date", "reference_claim_id", "reference_stated",
                                     "claim_id", "stated", "description", "outlet"],
                           ["change", "source", "date", "first report", "it said", "later report", "it said",
                            "what changed", "read at"], links={"outlet": "url"}))
    return "".join(parts)


def divergence_section(comparison: pd.DataFrame, metric: str) -> str:
    """Pairwise ratios, overlaps and gaps, with the spread in words."""
    if len(comparison) < 2:
        return paragraph(f"Only one source gave a figure for {METRIC_WORDS.get(metric, metric)}; there is nothing "
                         f"to compare it with.")
    pairs = cmp.pairwise(comparison)
    pairs["ratio_text"] = [f"{r:.1f}×" for r in pairs["ratio"]]
    pairs["overlap_text"] = ["ranges overlap" if o else f"gap of {number(g)}" for o, g in
                             zip(pairs["overlap"], pairs["gap"])]
    pairs["a_name"] = [short_name(a) if len(str(a)) == 2 or "|" in str(a) else a for a in pairs["a"]]
    pairs["b_name"] = [short_name(b) if len(str(b)) == 2 or "|" in str(b) else b for b in pairs["b"]]
    return paragraph(spread_sentence(cmp.summary(comparison), metric)) + table(
        pairs, ["a_name", "b_name", "ratio_text", "overlap_text", "claims_a", "claims_b", "note"],
        ["higher", "lower", "ratio", "overlap", "claims (higher)", "claims (lower)", "note"])


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
        rows["reads_as"] = [f"{describe(r)}  [{bounds_text(r)}]" for _, r in rows.iterrows()]
        parts.append(paragraph(f"{statement['source']}, {statement['claim_date'] or 'undated'}, "
                               f"{METRIC_WORDS.get(statement['metric'], statement['metric'])}: "
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
    from .normaliser import find_ranges

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
    from .conventions_table import conventions_rows, example_for
    from .lexicon import LANGUAGES, lexicon
    from .normaliser import parse_range

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
    from .extract import extract_claims

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
    proposed["metric"] = proposed["metric"].map(lambda m: METRIC_WORDS.get(m, m))
    return paragraph(sentence) + table(proposed, ["stated", "metric", "scope", "who", "reason", "confidence", "verdict"],
                                       ["stated", "metric", "scope", "attributed to", "cues", "confidence",
                                        "against the curated file"])


def timeline_caption(statements: pd.DataFrame, metric: str) -> str:
    """The claims a timeline draws, by country, so every point can be traced to its claim and quote."""
    rows = statements[(statements["metric"] == metric) & statements["date"].notna()
                      & (statements["scope"] == "cumulative") & statements["parsed"]]
    parts = []
    for country, group in rows.assign(country=rows["country"].fillna("")).groupby("country", sort=True):
        listed = ", ".join(f"{r['claim_id']} ({r['date']:%d %b %Y}: {r['stated']})" for _, r in group.iterrows())
        parts.append(f"{short_name(country) if country else 'country unknown'}: {listed}")
    return paragraph("Claims drawn: " + "; ".join(parts) + ".", "caption")
