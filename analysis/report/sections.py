"""Report sections as data: each function returns a dict a Jinja template renders (never HTML).

Every sentence is written from the comparison tables (:mod:`analysis.compare`) with the
words of :mod:`analysis.report.words`, so the prose cannot drift from the data; nothing
here names a topic.
"""

from __future__ import annotations

import base64
import hashlib
import io
import math
from pathlib import Path

import pandas as pd

from .. import compare as cmp
from ..claims.countries import short_name
from ..claims.dates import PartialDate
from ..claims.sources import KIND_PLURALS, KIND_WORDS
from .words import bounds_text, describe, figure_text, kind_text, listing, number, plural, ratio_text, source_name

#: Sources drawn in one timeline (those with the most dated statements); the rest are named under it.
MAX_TIMELINE_SOURCES = 20
#: Sources in one range plot (the highest and the lowest half each); the rest are named under it.
MAX_PLOT_SOURCES = 40
#: Sources in a divergence matrix; past it the matrix (a text per cell) is unreadable, and the pairs table stands.
MAX_MATRIX_SOURCES = 15

EXCLUDED_SCOPES = {"window": "a figure for a period, not a running total", "rate": "a rate, not a total",
                   "planned": "a plan, not a count", "share": "a share, not a count",
                   "subset": "a part of the whole (a place, a unit, one event), not a total"}


def _vocabulary(claims):
    return claims.attrs["sidecar"].vocabulary


_RANGE = ["low", "high", "low_open", "high_open", "best", "kind", "approx"]
_KIND = ["source_kind", "source_kind_from", "source_kind_cue"]


def _records(claims: pd.DataFrame, columns: list[str]) -> list[dict]:
    """Some columns of every row as dicts (much quicker than ``iterrows`` on thousands of rows)."""
    return claims[[c for c in dict.fromkeys(columns) if c in claims.columns]].to_dict("records")


def words_for(claims: pd.DataFrame, metric: str) -> str:
    """The words prose uses for a measure of this topic."""
    return _vocabulary(claims).words(metric)


def _who(row, by: str) -> str:
    return source_name(str(row["label"]), by)


def figure_rows(detail: pd.DataFrame, by: str) -> list[dict]:
    """Table rows of a comparison: source, kind, country, figure, bounds, compared by, date, stale, claims."""
    rows = []
    for r in detail.to_dict("records"):
        rows.append(dict(source=short_name(r["label"]) if by == "country" else r["label"],
                         kind=kind_text(r),
                         country=short_name(r["source_country"]) or "none (international or unknown)",
                         figure=describe(r), bounds=bounds_text(r), compared_by=r["compared_by"],
                         date=r["date_text"], stale="stale: left out of the ratios" if r["stale"] else "",
                         claims=r["claim_id"], stated=r["stated"], quote=r["quote"], outlet=r["outlet"], url=r["url"]))
    return rows


def comparison_sentences(detail: pd.DataFrame, words: str, by: str, when: PartialDate | None) -> list[str]:
    """The headline, spread and consensus sentences of one comparison; they agree by construction."""
    opening = f"As of {when.text}, " if when is not None else ""
    found = cmp.summary(detail)
    sentences = []
    fresh = detail[~detail["stale"]]
    if fresh.empty:
        return [f"{opening}no source had given a figure for {words} recent enough to compare.".capitalize()
                if not opening else f"{opening}no source had given a figure for {words} recent enough to compare."]
    top, bottom = found["highest"], found["lowest"]
    if len(fresh) == 1:
        sentences.append(f"{opening}only one source's figure for {words} is current: {_who(top, by)}, "
                         f"{figure_text(top)} ({top['date_text']}).")
    elif found["consensus"] is not None:
        sentences.append(f"{opening}the {len(fresh)} current figures for {words} overlap: from {figure_text(top)} "
                         f"({_who(top, by)}, {top['date_text']}) to {figure_text(bottom)} ({_who(bottom, by)}, "
                         f"{bottom['date_text']}).")
    elif found["overlap"]:
        sentences.append(f"{opening}the {len(fresh)} current figures for {words} run from {figure_text(top)} "
                         f"({_who(top, by)}, {top['date_text']}) to {figure_text(bottom)} ({_who(bottom, by)}, "
                         f"{bottom['date_text']}); these two overlap, but not every pair of figures does.")
    else:
        sentences.append(f"{opening}the highest figure for {words}, {figure_text(top)} ({_who(top, by)}, "
                         f"{top['date_text']}), is {ratio_text(found['spread'])} the lowest, {figure_text(bottom)} "
                         f"({_who(bottom, by)}, {bottom['date_text']}).")
        bounded = [r for r in (top, bottom) if r["compared_by"] != "stated value"]
        if bounded:
            sentences.append("The ratio is taken between bounds, not midpoints: " + "; ".join(
                f"{_who(r, by)} states no single number and is compared by "
                + ("its bounds" if r["compared_by"] == "its bounds" else f"its {r['compared_by']}") for r in bounded)
                + ".")
    if len(fresh) >= 2:
        consensus = found["consensus"]
        if consensus is None:
            sentences.append("No single number fits every current figure's range.")
        else:
            row = dict(low=consensus.low, high=consensus.high, low_open=consensus.low_open,
                       high_open=consensus.high_open, best=math.nan, kind=consensus.kind, approx=False)
            sentences.append(f"Every current figure's range allows {bounds_text(row)}.")
        if not math.isnan(found["conservative"]):
            name = source_name(found["conservative_source"], by)
            sentences.append(f"The lowest figure a source positively supports is {found['conservative']:,.0f} ({name}).")
    for _, old in found["stale"].iterrows():
        sentences.append(f"{_who(old, by)}'s latest figure, {figure_text(old)}, dates from {old['date_text']}: "
                         f"more than {plural(claims_stale_days(detail), 'day')} older than the newest figure, so it "
                         "is shown but left out of the ratios.")
    return sentences


def claims_stale_days(detail: pd.DataFrame) -> int:
    return int(detail.attrs.get("stale_after_days", 180))


def _figures(claims: pd.DataFrame, metric: str, when: PartialDate | None, by: str) -> pd.DataFrame:
    detail = cmp.figures(claims, metric, when, by)
    detail.attrs["stale_after_days"] = claims.attrs["sidecar"].stale_after_days
    return detail


def measure_sections(claims: pd.DataFrame, when: PartialDate | None, by: str = "organisation") -> list[dict]:
    """One section per measure with a current cumulative figure: sentences, table, plot (two or more sources)."""
    from . import plots

    out = []
    for measure in _vocabulary(claims):
        if not measure.comparable:
            continue
        detail = _figures(claims, measure.name, when, by)
        if detail.empty:
            continue
        section = dict(measure=measure.name, words=measure.words, sentences=comparison_sentences(
            detail, measure.words, by, when), rows=figure_rows(detail, by), figure=None, why_no_figure="",
            band=band_sentence(claims, measure.name, when, by))
        if len(detail) >= 2:
            title = f"{measure.words.capitalize()}" + (f", as of {when.text}" if when else "")
            drawn = detail
            if len(detail) > MAX_PLOT_SOURCES:   # the highest and the lowest, which the sentences name
                half = MAX_PLOT_SOURCES // 2
                drawn = pd.concat([detail.head(half), detail.tail(half)]).reset_index(drop=True)
                between = detail.iloc[half:len(detail) - half]
                section["why_no_figure"] = (
                    f"Drawn: the {half} highest and the {half} lowest figures. Not drawn, to keep the figure "
                    f"readable: the {plural(len(between), 'figure')} between them "
                    f"({listing([str(v) for v in between['label']])}); every figure is in the table.")
            alt = (f"Range plot of {measure.words}" + (f" as of {when.text}" if when else "") + ": "
                   + "; ".join(f"{r['label']}: {describe(r)} ({r['date_text']})" for r in drawn.to_dict("records"))
                   + ".")
            section["figure"] = plots.embed(plots.range_plot(drawn, title, f"people {measure.words}", by), alt)
        else:
            section["why_no_figure"] = "One source only, so there is nothing to plot against it."
        out.append(section)
    return out


def headline_measure(sections: list[dict]) -> str | None:
    """The measure most sources gave a current figure for (the vocabulary's order breaks ties)."""
    if not sections:
        return None
    return max(sections, key=lambda s: (len(s["rows"]), -sections.index(s)))["measure"]


def timeline_sections(claims: pd.DataFrame, by: str = "organisation") -> dict:
    """Timelines of every measure with dated cumulative statements from two or more sources."""
    from ..claims.sources import GOVERNMENT_SIDE
    from . import plots

    reps = cmp.harmonise(claims)
    reps = reps[(reps["scope"] == "cumulative") & reps["date"].notna()].copy()
    if by == "country":
        reps = reps[reps["source_kind"].isin(GOVERNMENT_SIDE) & (reps["source_country"] != "")]
        reps["label"] = reps["source_country"].str.split("|")
        reps = reps.explode("label")
    else:
        reps["label"] = reps["source"]
    out, skipped = [], []
    for measure in _vocabulary(claims):
        rows = reps[reps["metric"] == measure.name]
        if not measure.comparable or rows.empty:
            continue
        if rows["label"].nunique() < 2:
            skipped.append(measure.words)
            continue
        title = f"{measure.words.capitalize()}: each source over time"
        counts = rows["label"].value_counts()
        drawn = sorted(counts.index, key=lambda label: (-counts[label], label))[:MAX_TIMELINE_SOURCES]
        left_out = sorted(set(counts.index) - set(drawn))
        shown = rows[rows["label"].isin(drawn)]
        ordered = shown.sort_values("date", kind="stable")
        alt = (f"Timeline of {plural(len(shown), 'dated cumulative statement')} of {measure.words} from "
               f"{plural(len(drawn), 'source')}, one line each, from {ordered.iloc[0]['date_text']} "
               f"to {ordered.iloc[-1]['date_text']}.")
        caption = "; ".join(f"{label}: " + ", ".join(f"{c} ({d}, {st})" for c, d, st in zip(
            group["claim_id"], group["date_text"], group["stated"]))
            for label, group in ordered.groupby("label", sort=True))
        not_drawn = (f"Not drawn, to keep the figure readable: {plural(len(left_out), 'source')} with fewer dated "
                     f"statements ({listing(left_out)}); every claim is in the table of claims below."
                     if left_out else "")
        out.append(dict(words=measure.words, figure=plots.embed(plots.timeline_plot(shown, title,
                   f"people {measure.words}", by), alt), caption=caption, not_drawn=not_drawn))
    why = ""
    if not out:
        why = ("No measure has dated cumulative statements from two or more sources, so there is no timeline to "
               "draw.")
    elif skipped:
        why = f"Not drawn, because one source only gave dated figures: {listing(skipped)}."
    return dict(timelines=out, why=why)


def kept_out(claims: pd.DataFrame) -> dict:
    """Every claim kept out of the comparisons, and why; and the scopes read from quotes."""
    drifted = set(cmp.drift(claims).query("change == 'metric'")["claim_id"])
    reasons = []
    for r in _records(claims, ["parsed", "parse_error", "metric", "scope", "scope_cue", "scope_inferred", "date",
                               "claim_id", "source", "stated", "subject", "outlet", "url"]):
        if not r["parsed"]:
            why = f"its number phrase is not read as a count: {r['parse_error']}"
        elif r["metric"] == "other":
            why = "its measure is 'other': unlike things are listed, never compared"
        elif r["scope"] != "cumulative":
            why = EXCLUDED_SCOPES.get(r["scope"], r["scope"]) + (f" (read from the quote: {r['scope_cue']})"
                                                                  if r["scope_inferred"] else "")
        elif pd.isna(r["date"]):
            why = "undated: it cannot be placed in time"
        elif r["claim_id"] in drifted:
            why = "an outlet's reading with the measure changed (see the drift section)"
        else:
            continue
        reasons.append(dict(claim_id=r["claim_id"], source=r["source"], measure=words_for(claims, r["metric"]),
                            stated=r["stated"], subject=r["subject"], why=why, outlet=r["outlet"], url=r["url"]))
    inferred = claims[claims["scope_inferred"]]
    return dict(
        sentence=(f"{plural(len(reasons), 'claim is', 'claims are')} kept out of the comparisons." if reasons else
                  "Every claim takes part in the comparisons."),
        rows=reasons,
        inferred_sentence=(f"The file gives no scope for {plural(len(inferred), 'claim')}; it was read from the "
                           f"quote, and {plural(int((inferred['scope'] != 'cumulative').sum()), 'of them was', 'of them were')} "
                           "found to cover less than the whole." if len(inferred) else ""),
        inferred=[dict(claim_id=r["claim_id"], scope=r["scope"], cue=r["scope_cue"] or "no cue: taken as cumulative",
                       quote=r["quote"]) for _, r in inferred.iterrows()])


def harmonised(claims: pd.DataFrame) -> dict:
    """The totals formed by adding parts of one statement (the vocabulary's rules)."""
    derived = cmp.harmonise(claims).query("derived")
    rules = _vocabulary(claims).rules
    rule_words = listing([" + ".join(words_for(claims, p) for p in r.parts) + " = " + words_for(claims, r.total)
                          for r in rules])
    if derived.empty:
        return dict(sentence=f"No source gave all the parts of a total on one day ({rule_words}), so no totals were "
                             "formed.", rows=[])
    return dict(sentence=f"{plural(len(derived), 'total was', 'totals were')} formed by adding one statement's parts "
                         f"as intervals ({rule_words}).",
                rows=[dict(source=r["source"], date=r["date_text"], claims=r["claim_id"], stated=r["stated"],
                           sum=describe(r), bounds=bounds_text(r), rule=r["rule"]) for _, r in derived.iterrows()])


def drift_section(claims: pd.DataFrame) -> dict:
    """How outlets changed what a source said."""
    changes = cmp.drift(claims)
    if changes.empty:
        return dict(sentence="No outlet changed the wording, number or measure of a statement it reported.", rows=[])
    names = {"hedge": "the hedge", "number": "the number", "magnitude": "the magnitude", "metric": "the measure"}
    counts = changes["change"].value_counts()
    listed = listing([f"{n} changed {names[k]}" for k, n in counts.items()])
    return dict(sentence=f"{plural(len(changes), 'report')} departed from the statement reported: {listed}. The "
                         "reading most outlets gave stands for each statement; these never do.",
                rows=changes.to_dict("records"))


def divergence(claims: pd.DataFrame, metric: str, when: PartialDate | None, by: str = "organisation") -> dict:
    """Pairwise ratios (by bounds), overlaps and gaps for one measure."""
    from . import plots

    detail = _figures(claims, metric, when, by)
    fresh = detail[~detail["stale"]]
    words = words_for(claims, metric)
    if len(fresh) < 2:
        return dict(sentence=f"Fewer than two current figures for {words}: there is no pair to compare.", rows=[],
                    figure=None)
    only = cmp.extremes(detail)
    pairs = cmp.pairwise(detail, only)
    findings = cmp.band_findings(claims, metric, when, by)
    bands = {frozenset((a, b)): across_bands(r, cmp.band_of(claims))
             for a, b, r in zip(findings["a"], findings["b"], findings.to_dict("records"))}
    rows = [dict(a=source_name(p["a"], by), b=source_name(p["b"], by),
                 ratio="ranges overlap" if p["overlap"] else ratio_text((p["ratio_low"], p["ratio_high"])),
                 gap="" if p["overlap"] else number(p["gap"]), bands=bands.get(frozenset((p["a"], p["b"])), ""),
                 claims_a=p["claims_a"], claims_b=p["claims_b"], note=p["note"]) for p in pairs.to_dict("records")]
    overlapping = int(pairs["overlap"].sum())
    if only is None:
        sentence = (f"Of {plural(len(pairs), 'pair')} of current figures, {overlapping} overlap and "
                    f"{len(pairs) - overlapping} do not.")
    else:
        total = len(fresh) * (len(fresh) - 1) // 2
        sentence = (f"{len(fresh):,} current figures make {total:,} pairs, too many to list; the table pairs the "
                    f"highest and the lowest figure with every other ({plural(len(pairs), 'pair')}): {overlapping:,} "
                    f"overlap and {len(pairs) - overlapping:,} do not.")
    figure = None
    if len(fresh) > MAX_MATRIX_SOURCES:
        sentence += (f" With {len(fresh):,} sources a matrix of ratios would not be readable, so none is drawn; the "
                     "table lists the pairs.")
    elif (matrix := cmp.ratio_matrix(detail)).notna().sum().sum() > len(matrix):
        alt = "Divergence matrix of the pairwise ratios of figures that state a number: " + "; ".join(
            f"{a} is {matrix.loc[a, b]:.1f} times {b}" for i, a in enumerate(matrix.index) for b in matrix.columns[i + 1:]
            if math.isfinite(matrix.loc[a, b])) + "."
        figure = plots.embed(plots.divergence_plot(matrix, f"{words.capitalize()}: one source's figure over another's",
                                                   by), alt)
    return dict(sentence=sentence, rows=rows, figure=figure)


def band_sentence(claims: pd.DataFrame, metric: str, when: PartialDate | None, by: str = "organisation",
                  findings: pd.DataFrame | None = None) -> str:
    """Whether a measure's overlap and gap findings hold with the other hedge bands, and which change if not."""
    findings = cmp.band_findings(claims, metric, when, by) if findings is None else findings
    if findings.empty:
        return ""
    base = cmp.band_of(claims)
    others = [b for b in cmp.bands.BANDS if b != base]
    if findings["holds"].all():
        return (f"Every overlap and gap found here holds with the {listing(others)} hedge bands too (how far "
                f"'about' is taken to reach), not only with the {base} one used above.")
    changes = []
    for band in others:
        flips = findings[findings[f"overlap_{band}"] != findings[f"overlap_{base}"]]
        items = [f"{source_name(r['a'], by)} and {source_name(r['b'], by)} "
                 + (f"no longer overlap (a gap of {number(r[f'gap_{band}'])})" if r[f"overlap_{base}"] else "overlap")
                 for _, r in flips.iterrows()]
        if items:
            changes.append(f"with the {band} band, {listing(items)}")
    held = int(findings["holds"].sum())
    rest = ("" if not held else " The other finding holds under every band." if held == 1 else
            f" The other {held:,} findings hold under every band.")
    return (f"Some findings depend on how far 'about' is taken to reach (the {base} hedge band is used above): "
            + "; ".join(changes) + "." + rest)


def across_bands(row, base: str) -> str:
    """One pair's verdict under the other bands, when it changes ("" when it holds)."""
    if row["holds"]:
        return "holds under every band"
    parts = []
    for band in cmp.bands.BANDS:
        if band == base:
            continue
        overlap = row[f"overlap_{band}"]
        parts.append(f"{band} band: " + ("overlap" if overlap else f"apart by {number(row[f'gap_{band}'])}"))
    return "; ".join(parts)


def claims_table(claims: pd.DataFrame) -> dict:
    """Every claim with its reading, date at its precision, source and quote."""
    rows = [dict(claim_id=r["claim_id"], date=r["date_text"], source=r["source"],
                 kind=kind_text(r), measure=words_for(claims, r["metric"]),
                 scope=r["scope"] + (" (read from the quote)" if r["scope_inferred"] else ""), stated=r["stated"],
                 reads_as=(f"{describe(r)} {bounds_text(r)}" if r["parsed"] else f"not read: {r['parse_error']}"),
                 quote=r["quote"], outlet=r["outlet"], url=r["url"])
            for r in _records(claims, ["claim_id", "date_text", "source", "metric", "scope", "scope_inferred", "stated",
                                       "parsed", "parse_error", "quote", "outlet", "url"] + _RANGE + _KIND)]
    return dict(rows=rows)


def overview(claims: pd.DataFrame, title: str, when: PartialDate | None) -> dict:
    """Title, subject, and what the file holds."""
    sidecar = claims.attrs["sidecar"]
    dated = claims[claims["date"].notna()].sort_values("date")
    kinds = claims.drop_duplicates("source")["source_kind"].value_counts()
    span = (f"dated from {dated.iloc[0]['date_text']} to {dated.iloc[-1]['date_text']}" if not dated.empty
            else "none of them dated")
    unread = int((~claims["parsed"]).sum())
    sentences = [f"The file holds {plural(len(claims), 'claim')} from {plural(claims['source'].nunique(), 'organisation')} "
                 f"({listing([plural(n, KIND_WORDS[k], KIND_PLURALS[k]) for k, n in kinds.items()])}), {span}."]
    left_out = claims.attrs.get("left_out_by_review") or ()
    if left_out:   # a reviewed candidates file: say what the review took out, with the ids
        shown = ", ".join(left_out[:5]) + (f" and {len(left_out) - 5:,} more" if len(left_out) > 5 else "")
        sentences.append(f"{plural(len(left_out), 'candidate row')} that the reviewer did not keep (column 'keep') "
                         f"{'is' if len(left_out) == 1 else 'are'} left out: {shown}.")
    if unread:
        sentences.append(f"{plural(unread, 'number phrase')} could not be read as a count; "
                         f"{'it is' if unread == 1 else 'they are'} listed, not compared.")
    sentences.append(f"Figures are compared as of {when.text}." if when is not None else
                     "No claim is dated, so nothing can be placed in time.")
    sentences.append(f"Hedged numbers ('about', 'nearly', 'just over') are read with the {cmp.band_of(claims)} hedge "
                     "band; each comparison says whether its overlaps and gaps hold with the other bands too.")
    sentences.append(f"A figure more than {plural(sidecar.stale_after_days, 'day')} older than the newest one it is "
                     "compared with is stale: it is shown with its date but left out of the ratios.")
    return dict(title=title, subject=sidecar.subject, sentences=sentences)


def footer(claims_path: Path, claims: pd.DataFrame, tables: dict[str, list[dict]]) -> dict:
    """The claims file's name, sha256 and row count, the package version, and the tables as a CSV download."""
    from importlib.metadata import PackageNotFoundError, version

    from ..safe_io import write_csv_for_people

    path = Path(claims_path)
    digest = hashlib.sha256()
    files = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    for f in files:
        digest.update(f.read_bytes())
    try:
        package = version("analysis")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout without install
        package = "unknown"
    frames = []
    for name, rows in tables.items():
        if rows:
            frame = pd.DataFrame(rows)
            frame.insert(0, "table", name)
            frames.append(frame)
    csv_text = ""
    if frames:
        buffer = io.StringIO()
        write_csv_for_people(pd.concat(frames, ignore_index=True), buffer)   # formula-leading cells neutralised
        csv_text = buffer.getvalue()
    return dict(name=path.name, sha256=digest.hexdigest(), rows=len(claims), version=package,
                csv=base64.b64encode(csv_text.encode("utf-8")).decode("ascii") if csv_text else "",
                csv_name=f"{path.stem}-comparison.csv")


__all__ = ["overview", "measure_sections", "headline_measure", "timeline_sections", "kept_out", "harmonised",
           "drift_section", "divergence", "band_sentence", "across_bands", "claims_table", "footer", "figure_rows",
           "comparison_sentences"]
