"""Statements and reporting drift.

Rows with the same organisation, claim date, measure and scope from different outlets are
one **statement**. Its reading is the one most outlets gave (ties: the first in the file);
the others are **drift** (a changed hedge, number or measure) and never stand for the
statement. A month- or year-only claim that repeats a dated statement of the same
organisation, measure and number within that period is the same statement, retold.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter

import pandas as pd

from ..claims.columns import stated_value
from .cache import per_frame

_READING = ["low", "high", "low_open", "high_open"]
DRIFT_COLUMNS = ["change", "source", "claim_date", "metric", "claim_id", "outlet", "stated", "reference_claim_id",
                 "reference_outlet", "reference_stated", "reference_metric", "description", "url", "reference_url"]


def anchor(row) -> float:
    """The number a phrase is built on: 300 in "about 300", "at least 300", "up to 300", "300"."""
    value = stated_value(row)
    if value is not None:
        return value
    if row["kind"] == "upper":
        return float(row["high"])
    if row["kind"] == "lower":
        return float(row["low"])
    return float(row["low"])


def anchors(frame: pd.DataFrame) -> list[float]:
    """:func:`anchor` of every row of a frame, read from its columns at once (no row objects).

    Examples
    --------
    >>> frame = pd.DataFrame({"kind": ["approx", "lower", "upper"], "best": [300.0, float("nan"), float("nan")],
    ...                       "low": [250.0, 10.0, 0.0], "high": [350.0, float("inf"), 99.0]})
    >>> anchors(frame)
    [300.0, 10.0, 99.0]
    """
    out = []
    for kind, best, low, high in zip(frame["kind"].tolist(), frame["best"].tolist(), frame["low"].tolist(),
                                     frame["high"].tolist()):
        if kind == "point":
            out.append(float(low))
        elif best is not None and not (isinstance(best, float) and math.isnan(best)):
            out.append(float(best))
        else:
            out.append(float(high) if kind == "upper" else float(low))
    return out


def _retellings(parsed: pd.DataFrame) -> dict[str, str]:
    """claim_date a month- or year-only row takes from the dated statement it retells (by claim id)."""
    out: dict[str, str] = {}
    rows = zip(parsed["claim_id"].tolist(), parsed["claim_date"].tolist(), parsed["date_precision"].tolist(),
               parsed["source"].tolist(), parsed["metric"].tolist(), parsed["scope"].tolist(), anchors(parsed))
    dated: dict[tuple, list[tuple[float, str]]] = {}   # (source, metric, scope, month or year) -> dated statements
    partial = []
    for claim_id, claim_date, precision, source, metric, scope, value in rows:
        if precision == "day":
            for period in (claim_date[:7], claim_date[:4]):
                dated.setdefault((source, metric, scope, period), []).append((value, claim_date))
        elif precision in ("month", "year") and claim_date:
            partial.append((claim_id, (source, metric, scope, claim_date), value))
    for claim_id, key, value in partial:
        same = [date for v, date in dated.get(key, ()) if math.isclose(v, value, rel_tol=1e-9)]
        if same:
            out[claim_id] = same[0]
    return out


def _keys(frame: pd.DataFrame) -> pd.Series:
    """Statement keys; each outlet appears once per statement (one page can give two figures)."""
    key = frame["source"].astype(str) + "\x1f" + frame["statement_date"].astype(str) + "\x1f" + \
        frame["metric"].astype(str) + "\x1f" + frame["scope"].astype(str)
    taken: dict[str, list[set[str]]] = {}
    out = []
    for k, outlet in zip(key, frame["outlet"].astype(str)):
        groups = taken.setdefault(k, [])
        for number, outlets in enumerate(groups):
            if outlet not in outlets:
                outlets.add(outlet)
                break
        else:
            groups.append({outlet})
            number = len(groups) - 1
        out.append(f"{k}\x1f{number}")
    return pd.Series(out, index=frame.index)


def _metric_drift(parsed: pd.DataFrame) -> list[dict]:
    """The same organisation and number under another measure within a month: the minority measure drifted.

    Claims of one organisation and scope are compared by their anchor number (within 0.1 %) and
    date (within 31 days). Claims alike in number, date and measure are counted together, so
    thousands of copies of one claim cost no more than one.
    """
    rows = []
    counted = parsed[parsed["metric"] != "other"].dropna(subset=["date"])
    if counted.empty:
        return rows
    names = ["source", "scope", "date", "row", "metric", "claim_date", "claim_id", "outlet", "stated", "url"]
    columns = [counted[c].tolist() for c in names] + [anchors(counted)]
    groups: dict[tuple, list[tuple]] = {}
    for record in zip(*columns):
        if not (pd.isna(record[0]) or pd.isna(record[1])):   # as groupby: no group for a missing key
            groups.setdefault((record[0], record[1]), []).append(record)
    _, _, DATE, ROW, METRIC, CLAIM_DATE, CLAIM_ID, OUTLET, STATED, URL, VALUE = range(11)
    for records in groups.values():
        records.sort(key=lambda r: (r[DATE], r[ROW]))
        first: dict[tuple, tuple] = {}     # each (number, date, measure) and its first record, in date order
        weight: Counter = Counter()
        for r in records:
            key = (r[VALUE], r[DATE], r[METRIC])
            first.setdefault(key, r)
            weight[key] += 1
        keys = list(first)
        order = {key: n for n, key in enumerate(keys)}
        by_value = sorted(keys, key=lambda k: k[0])
        values = [k[0] for k in by_value]
        verdicts: dict[tuple, tuple | None] = {}
        for key in keys:
            value, date, metric = key
            # the same number (within 0.1 %): a window of the keys sorted by value, kept in date order
            near = by_value[bisect.bisect_left(values, value * (1 - 1e-3)):
                            bisect.bisect_right(values, value * (1 + 1e-3))]
            peers = sorted((k for k in near if math.isclose(k[0], value, rel_tol=1e-3)
                            and abs((k[1] - date).days) <= 31), key=order.__getitem__)
            counts: Counter = Counter()
            for k in peers:
                counts[k[2]] += weight[k]
            verdict = None
            if len(counts) >= 2:
                top = max(counts.values())
                majority = next(k[2] for k in peers if counts[k[2]] == top)
                if metric != majority:
                    verdict = first[next(k for k in peers if k[2] == majority)]
            verdicts[key] = verdict
        for x in records:
            ref = verdicts[(x[VALUE], x[DATE], x[METRIC])]
            if ref is None:
                continue
            rows.append(dict(change="metric", source=x[0], claim_date=x[CLAIM_DATE], metric=x[METRIC],
                             claim_id=x[CLAIM_ID], outlet=x[OUTLET], stated=x[STATED],
                             reference_claim_id=ref[CLAIM_ID], reference_outlet=ref[OUTLET],
                             reference_stated=ref[STATED], reference_metric=ref[METRIC],
                             description=f"{x[OUTLET]} reported {x[STATED]!r} as {x[METRIC].replace('_', ' ')} where "
                                         f"{ref[OUTLET]} had it as {ref[METRIC].replace('_', ' ')}",
                             url=x[URL], reference_url=ref[URL]))
    return rows


@per_frame
def _prepare(claims: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    # a file's own extra columns play no part in a comparison; 5,000 of them made every row step slow
    extra = [c for c in claims.attrs.get("extra_columns", ()) if c in claims.columns]
    parsed = claims.loc[claims["parsed"], [c for c in claims.columns if c not in set(extra)]].sort_values("row").copy()
    retold = _retellings(parsed)
    parsed["statement_date"] = [retold.get(cid, d) for cid, d in zip(parsed["claim_id"], parsed["claim_date"])]
    parsed["retelling"] = parsed["claim_id"].isin(list(retold))
    metric_drift = _metric_drift(parsed)
    parsed = parsed[~parsed["claim_id"].isin([d["claim_id"] for d in metric_drift])]
    parsed["_key"] = _keys(parsed) if not parsed.empty else pd.Series(dtype=str)
    return parsed, metric_drift


def retold_claims(claims: pd.DataFrame) -> set[str]:
    """Ids of the month- or year-only claims that retell a dated statement (and take its date).

    Examples
    --------
    >>> from analysis import load_claims
    >>> from analysis.claims.load import EXAMPLE
    >>> sorted(retold_claims(load_claims(EXAMPLE)))
    ['NK070', 'NK071']
    """
    parsed, _ = _prepare(claims)
    return set(parsed.loc[parsed["retelling"], "claim_id"]) if "retelling" in parsed.columns else set()


@per_frame
def statements(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per statement: the same organisation, claim date, measure and scope, however many outlets.

    The row shown is the reading most outlets gave (ties: the first in the file);
    ``statement_claims`` lists every claim id of the statement, ``reports`` counts them,
    ``readings_agree`` says whether all outlets gave the same range. Unparsed claims, and
    claims whose measure an outlet changed (metric drift), are left out.
    """
    parsed, _ = _prepare(claims)
    parsed = parsed.copy()
    extra = dict(statement_claims=pd.Series(dtype=str), reports=pd.Series(dtype="int64"),
                 readings_agree=pd.Series(dtype=bool))
    if parsed.empty:
        return parsed.drop(columns=["_key"]).assign(**extra)
    parsed = parsed.sort_values("row", kind="stable")
    readings = list(zip(*(parsed[c].tolist() for c in _READING)))
    groups: dict[str, list[int]] = {}   # statement key -> positions of its claims, in file order
    for position, key in enumerate(parsed["_key"].tolist()):
        groups.setdefault(key, []).append(position)
    ids, precisions = parsed["claim_id"].tolist(), parsed["date_precision"].tolist()
    chosen, claims_of, reports, agree, dated_of = [], [], [], [], []
    for positions in groups.values():
        counts = Counter(readings[i] for i in positions)
        top = max(counts.values())
        chosen.append(next(i for i in positions if counts[readings[i]] == top))   # first in the file
        claims_of.append(" ".join(ids[i] for i in positions))
        reports.append(len(positions))
        agree.append(len(counts) == 1)
        dated_of.append(next((i for i in positions if precisions[i] == "day"), None))
    out = parsed.iloc[chosen].copy()
    dates = ["claim_date", "date", "date_precision", "date_text"]
    for n, (pick, dated) in enumerate(zip(chosen, dated_of)):
        if dated is not None and precisions[pick] != "day":   # a retelling: the dated report's date
            out.iloc[n, [out.columns.get_loc(c) for c in dates]] = parsed.iloc[dated][dates].tolist()
    out["statement_claims"] = claims_of
    out["reports"] = pd.Series(reports, index=out.index, dtype="int64")
    out["readings_agree"] = pd.Series(agree, index=out.index, dtype=bool)
    out = out.drop(columns=["_key"])
    return out.sort_values("row", kind="stable").reset_index(drop=True)


@per_frame
def drift(claims: pd.DataFrame) -> pd.DataFrame:
    """Where outlets reporting one statement changed it.

    - ``hedge``: the same number, other wording ("about 300" became "at least 300");
    - ``magnitude``: the number changed by a factor of 5 or more (1,200 became 12,000);
    - ``number``: the number changed less than that;
    - ``metric``: the same organisation and number under another measure within a month
      ("killed or wounded" became "killed"); the measure most outlets gave is the reference.
    """
    parsed, rows = _prepare(claims)
    parsed, rows = parsed.copy(), list(rows)
    if parsed.empty:
        return pd.DataFrame(rows, columns=DRIFT_COLUMNS)
    parsed["anchor_value"] = anchors(parsed)
    reps = set(" ".join(statements(claims)["claim_id"]).split())
    used = ["_key", "claim_id", "outlet", "stated", "source", "claim_date", "metric", "url", "anchor_value"] + _READING
    groups: dict[str, list[dict]] = {}   # statement key -> its claims, in file order (plain dicts: quick)
    for record in parsed[used].to_dict("records"):
        groups.setdefault(record["_key"], []).append(record)
    out = []
    for group in groups.values():
        if len(group) < 2:
            continue
        rep_id = next(r["claim_id"] for r in group if r["claim_id"] in reps)
        ref = next(r for r in group if r["claim_id"] == rep_id)
        for other in group:
            if other["claim_id"] == rep_id or all(other[c] == ref[c] for c in _READING):
                continue
            a, b = ref["anchor_value"], other["anchor_value"]
            ratio = max(a, b) / min(a, b) if min(a, b) > 0 else math.inf
            if math.isclose(a, b, rel_tol=0.01):
                change = "hedge"
                text = f"{other['outlet']} wrote {other['stated']!r} where {ref['outlet']} wrote {ref['stated']!r}"
            elif ratio >= 5:
                change = "magnitude"
                text = f"{other['outlet']}'s {other['stated']!r} is {ratio:.0f} times {ref['outlet']}'s {ref['stated']!r}"
            else:
                change = "number"
                text = f"{other['outlet']} gave {other['stated']!r}, {ref['outlet']} {ref['stated']!r}"
            out.append(dict(change=change, source=ref["source"], claim_date=ref["claim_date"], metric=ref["metric"],
                            claim_id=other["claim_id"], outlet=other["outlet"], stated=other["stated"],
                            reference_claim_id=ref["claim_id"], reference_outlet=ref["outlet"],
                            reference_stated=ref["stated"], reference_metric=ref["metric"], description=text,
                            url=other["url"], reference_url=ref["url"]))
    return pd.DataFrame(out + rows, columns=DRIFT_COLUMNS)


__all__ = ["statements", "drift", "anchor", "anchors", "retold_claims", "DRIFT_COLUMNS"]
