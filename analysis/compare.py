"""Comparing sources: statements, reporting drift, harmonised metrics, as-of selection, divergence.

Every function takes a normalised claims frame (``load_claims``) and returns a
tidy DataFrame. Nothing is averaged across sources: ranges are shown side by side,
and when one number is forced (a ratio, a plot position) the frame says which one
and why (``compared_by``).
"""

from __future__ import annotations

import itertools
import math

import pandas as pd

from .range import Range

CUMULATIVE = "cumulative"
_READING = ["low", "high", "low_open", "high_open"]


# ---------------------------------------------------------------------------------
# Ranges from rows
# ---------------------------------------------------------------------------------

def range_of(row: pd.Series | dict) -> Range:
    """The :class:`Range` a normalised claims row states.

    Examples
    --------
    >>> range_of({"low": 250.0, "high": 350.0, "best": 300.0, "approx": True, "kind": "approx"}).midpoint
    300.0
    """
    best = row.get("best")
    best = None if best is None or (isinstance(best, float) and math.isnan(best)) else float(best)
    currency = row.get("currency")
    currency = currency if isinstance(currency, str) and currency else None
    return Range(float(row["low"]), float(row["high"]), bool(row.get("low_open", False)),
                 bool(row.get("high_open", False)), best, bool(row.get("approx", False)), str(row["kind"]),
                 text=str(row.get("stated", "")), lang=str(row.get("lang", "en") or "en"),
                 rule=str(row.get("rule", "")), currency=currency)


def comparison_value(r: Range) -> tuple[float, str]:
    """The one number a range is compared by, and how it was chosen.

    The stated value when there is one; the midpoint of a bounded range; the
    bound itself for "at least"/"more than" (a floor) and "up to"/"fewer than"
    (a ceiling), which the comparison then reports as such.

    Examples
    --------
    >>> comparison_value(Range(3000.0, math.inf, low_open=True, kind="lower"))
    (3000.0, 'lower bound')
    """
    if r.best is not None:
        return r.best, "stated value"
    if r.bounded and r.kind != "upper":
        return r.midpoint, "midpoint"
    if math.isinf(r.high):
        return r.low, "lower bound"
    return r.high, "upper bound"


# ---------------------------------------------------------------------------------
# Statements and drift
# ---------------------------------------------------------------------------------

def _statement_key(frame: pd.DataFrame) -> pd.Series:
    """Rows from different outlets with one source, claim date, metric and scope are one statement.

    Two rows from the same outlet are two statements (a page that gives a total
    and a part of it), so each outlet appears once per statement.
    """
    key = frame["source"].astype(str) + "\x1f" + frame["claim_date"].astype(str) + "\x1f" + \
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


def statements(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per statement: the same source, claim date, metric and scope, however many outlets.

    The row shown is the reading most outlets gave (ties: the first in the file);
    ``statement_claims`` lists every claim id of the statement, ``reports`` counts
    them and ``readings_agree`` says whether all outlets gave the same range.
    Unparsed claims are left out (they have no range to compare).
    """
    parsed = claims[claims["parsed"]].sort_values("row").copy()
    if parsed.empty:
        return parsed.assign(statement_claims=pd.Series(dtype=str), reports=pd.Series(dtype="int64"),
                             readings_agree=pd.Series(dtype=bool))
    parsed["_key"] = _statement_key(parsed)
    parsed["_reading"] = list(zip(*(parsed[c] for c in _READING)))
    chosen = []
    for _, group in parsed.groupby("_key", sort=False):
        counts = group["_reading"].value_counts(sort=False)
        top = counts.max()
        majority = [reading for reading, n in counts.items() if n == top]
        representative = group[group["_reading"].isin(majority)].sort_values("row").iloc[0].copy()
        representative["statement_claims"] = " ".join(group["claim_id"])
        representative["reports"] = len(group)
        representative["readings_agree"] = len(counts) == 1
        chosen.append(representative)
    out = pd.DataFrame(chosen).drop(columns=["_key", "_reading"])
    out["reports"] = out["reports"].astype("int64")
    out["readings_agree"] = out["readings_agree"].astype(bool)
    return out.sort_values("row").reset_index(drop=True)


def _anchor(row: pd.Series) -> float:
    """The number a phrase is built on: 300 in "about 300", "at least 300", "300"."""
    if not math.isnan(row["best"]):
        return float(row["best"])
    if row["kind"] == "upper":
        return float(row["high"])
    if row["kind"] == "lower":
        return float(row["low"])
    return (float(row["low"]) + float(row["high"])) / 2


def drift(claims: pd.DataFrame) -> pd.DataFrame:
    """Where outlets reporting one statement changed it.

    - ``hedge``: the same number, other wording ("about 300" became "at least 300");
    - ``magnitude``: the number changed by a factor of 5 or more (1,200 became 12,000);
    - ``number``: the number changed less than that;
    - ``metric``: the same source and number under another metric within a month
      ("killed or wounded" became "killed").

    Returns one row per changed report, with the reading it departs from.
    """
    parsed = claims[claims["parsed"]].sort_values("row").copy()
    columns = ["change", "source", "claim_date", "metric", "claim_id", "outlet", "stated", "reference_claim_id",
               "reference_outlet", "reference_stated", "reference_metric", "description", "url", "reference_url"]
    if parsed.empty:
        return pd.DataFrame(columns=columns)
    parsed["_key"] = _statement_key(parsed)
    parsed["anchor_value"] = [_anchor(r) for _, r in parsed.iterrows()]
    reps = statements(claims).set_index("claim_id")
    rows = []
    for _, group in parsed.groupby("_key", sort=False):
        if len(group) < 2:
            continue
        rep_id = next(cid for cid in group["claim_id"] if cid in reps.index)
        ref = group[group["claim_id"] == rep_id].iloc[0]
        for _, other in group.iterrows():
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
            rows.append(dict(change=change, source=ref["source"], claim_date=ref["claim_date"], metric=ref["metric"],
                             claim_id=other["claim_id"], outlet=other["outlet"], stated=other["stated"],
                             reference_claim_id=ref["claim_id"], reference_outlet=ref["outlet"],
                             reference_stated=ref["stated"], reference_metric=ref["metric"], description=text,
                             url=other["url"], reference_url=ref["url"]))
    # the same number under another metric, from the same source, within a month
    counted = parsed[parsed["metric"] != "other"].dropna(subset=["date"]).sort_values(["date", "row"])
    seen: set[tuple[str, str]] = set()
    for _, group in counted.groupby("source", sort=False):
        records = list(group.itertuples(index=False))
        for x, y in itertools.combinations(records, 2):
            if x.metric == y.metric or not math.isclose(x.anchor_value, y.anchor_value, rel_tol=0.001):
                continue
            if abs((y.date - x.date).days) > 31 or x.scope != y.scope:
                continue
            if (x.claim_id, y.claim_id) in seen:
                continue
            seen.add((x.claim_id, y.claim_id))
            rows.append(dict(change="metric", source=x.source, claim_date=y.claim_date, metric=y.metric,
                             claim_id=y.claim_id, outlet=y.outlet, stated=y.stated, reference_claim_id=x.claim_id,
                             reference_outlet=x.outlet, reference_stated=x.stated, reference_metric=x.metric,
                             description=f"{y.outlet} reported {y.stated!r} as {y.metric.replace('_', ' ')} "
                                         f"where {x.outlet} had it as {x.metric.replace('_', ' ')}",
                             url=y.url, reference_url=x.url))
    return pd.DataFrame(rows, columns=columns)


# ---------------------------------------------------------------------------------
# Harmonised metrics
# ---------------------------------------------------------------------------------

def harmonise(claims: pd.DataFrame) -> pd.DataFrame:
    """Statements plus the killed_or_wounded totals their killed and wounded figures add up to.

    Killed and wounded of one statement (same source and claim date, cumulative)
    add as intervals into a derived killed_or_wounded row (``derived`` True,
    ``claim_id`` "NK034+NK035"). Windows, rates, plans and shares are left as they
    are: they are never added to or compared with cumulative totals.
    """
    reps = statements(claims)
    reps["derived"] = False
    cumulative = reps[reps["scope"] == CUMULATIVE]
    derived = []
    for (source, claim_date), group in cumulative.groupby(["source", "claim_date"], sort=False):
        killed = group[group["metric"] == "killed"]
        wounded = group[group["metric"] == "wounded"]
        if killed.empty or wounded.empty:
            continue
        k, w = killed.iloc[0], wounded.iloc[0]
        if (k["currency"] or None) != (w["currency"] or None):
            continue
        total = range_of(k) + range_of(w)
        row = k.copy()
        row["claim_id"] = f"{k['claim_id']}+{w['claim_id']}"
        row["statement_claims"] = f"{k['statement_claims']} {w['statement_claims']}"
        row["metric"] = "killed_or_wounded"
        row["stated"] = f"{k['stated']} killed + {w['stated']} wounded"
        row["subject"] = f"{k['subject']} (killed plus wounded)"
        if w["quote"] != k["quote"]:
            row["quote"] = f"{k['quote']} … {w['quote']}"
        row["low"], row["high"] = total.low, total.high
        row["low_open"], row["high_open"] = total.low_open, total.high_open
        row["best"] = math.nan if total.best is None else total.best
        row["approx"], row["kind"] = total.approx, total.kind
        row["rule"] = (f"Killed {k['stated']!r} [{range_of(k)}] plus wounded {w['stated']!r} [{range_of(w)}] "
                       f"add up to {total}.")
        row["derived"] = True
        derived.append(row)
    if derived:
        reps = pd.concat([reps, pd.DataFrame(derived)], ignore_index=True)
    reps["derived"] = reps["derived"].astype(bool)
    return reps


# ---------------------------------------------------------------------------------
# As of a date, latest per source
# ---------------------------------------------------------------------------------

def as_of(claims: pd.DataFrame, date: str | pd.Timestamp) -> pd.DataFrame:
    """The claims that were public on ``date`` (their ``known_date`` is on or before it).

    Undated claims (no claim date and no published date) are left out: they
    cannot be placed in time.
    """
    when = pd.Timestamp(date)
    return claims[claims["known_date"].notna() & (claims["known_date"] <= when)]


def _label_column(by: str) -> str:
    if by not in ("country", "source", "organisation"):
        raise ValueError(f"by must be 'country', 'source' or 'organisation', not {by!r}")
    return by


def latest(claims: pd.DataFrame, by: str = "country", as_of_date: str | None = None,
           metric: str | None = None) -> pd.DataFrame:
    """The latest cumulative statement of each source per metric.

    Parameters
    ----------
    claims : DataFrame
        Normalised claims.
    by : {"country", "source", "organisation"}
        What counts as one source. Joint claims (``KR|UA|US``) count for each
        country when ``by="country"``.
    as_of_date : str, optional
        Only what was public on this date.
    metric : str, optional
        Only this metric.

    Returns
    -------
    DataFrame
        One row per source and metric, with ``by_value`` naming the source. When a
        source gave killed and wounded figures, their sum is preferred to a
        killed_or_wounded total it stated the same day (the total is kept in
        ``also_stated``).
    """
    column = _label_column(by)
    frame = claims if as_of_date is None else as_of(claims, as_of_date)
    reps = harmonise(frame)
    reps = reps[(reps["scope"] == CUMULATIVE) & reps["date"].notna()]
    if metric is not None:
        reps = reps[reps["metric"] == metric]
    reps = reps.copy()
    if column == "country":
        reps["by_value"] = reps["country"].fillna("").astype(str).str.split("|")
        reps = reps.explode("by_value")
    else:
        reps["by_value"] = reps[column]
    reps = reps.sort_values(["date", "derived", "row"], ascending=[True, True, True])
    out = []
    for (_, _), group in reps.groupby(["by_value", "metric"], sort=True):
        best_date = group["date"].max()
        same_day = group[group["date"] == best_date]
        pick = same_day[same_day["derived"]] if same_day["derived"].any() else same_day
        row = pick.iloc[-1].copy()
        others = same_day[(same_day["claim_id"] != row["claim_id"]) & (same_day["source"] == row["source"])]
        row["also_stated"] = "; ".join(f"{o['claim_id']}: {o['stated']}" for _, o in others.iterrows())
        out.append(row)
    result = pd.DataFrame(out)
    if result.empty:
        return reps.head(0).assign(also_stated=pd.Series(dtype=str))
    return result.reset_index(drop=True)


# ---------------------------------------------------------------------------------
# Divergence
# ---------------------------------------------------------------------------------

def compare(claims: pd.DataFrame, metric: str, as_of_date: str | None = None, by: str = "country") -> pd.DataFrame:
    """Each source's latest cumulative figure for one metric, side by side.

    Adds ``value`` and ``compared_by`` (see :func:`comparison_value`) and sorts
    the sources from the highest figure to the lowest.
    """
    frame = latest(claims, by=by, as_of_date=as_of_date, metric=metric)
    if frame.empty:
        return frame.assign(value=pd.Series(dtype=float), compared_by=pd.Series(dtype=str))
    values = [comparison_value(range_of(r)) for _, r in frame.iterrows()]
    frame["value"] = [v for v, _ in values]
    frame["compared_by"] = [how for _, how in values]
    return frame.sort_values(["value", "by_value"], ascending=[False, True]).reset_index(drop=True)


def pairwise(comparison: pd.DataFrame) -> pd.DataFrame:
    """Every pair of sources: ratio of their compared values, overlap or gap.

    ``ratio`` is ``value_a / value_b`` with ``a`` the higher figure; ``gap`` is the
    distance between the two ranges (0 when they overlap); ``note`` says when a
    floor or a ceiling stands in for a figure.
    """
    rows = []
    records = list(comparison.to_dict("records"))
    for a, b in itertools.combinations(records, 2):
        if b["value"] > a["value"]:
            a, b = b, a
        ra, rb = range_of(a), range_of(b)
        overlap = ra.overlaps(rb)
        gap = 0.0 if overlap else (rb.low - ra.high if rb.low > ra.high else ra.low - rb.high)
        notes = [f"{x['by_value']} is compared by its {x['compared_by']}" for x in (a, b)
                 if x["compared_by"] in ("lower bound", "upper bound")]
        rows.append(dict(a=a["by_value"], b=b["by_value"], value_a=a["value"], value_b=b["value"],
                         ratio=(a["value"] / b["value"]) if b["value"] else math.inf, overlap=overlap, gap=gap,
                         claims_a=a["claim_id"], claims_b=b["claim_id"], note="; ".join(notes)))
    return pd.DataFrame(rows, columns=["a", "b", "value_a", "value_b", "ratio", "overlap", "gap", "claims_a",
                                       "claims_b", "note"])


def ratio_matrix(comparison: pd.DataFrame) -> pd.DataFrame:
    """Square table: row source's value divided by column source's value."""
    labels = list(comparison["by_value"])
    values = dict(zip(labels, comparison["value"]))
    data = [[(values[r] / values[c]) if values[c] else math.nan for c in labels] for r in labels]
    return pd.DataFrame(data, index=pd.Index(labels, name="source"), columns=pd.Index(labels, name="compared with"))


def summary(comparison: pd.DataFrame) -> dict:
    """Spread, consensus, envelope and the conservative value of a comparison.

    - ``spread``: the highest compared value over the lowest;
    - ``consensus``: the numbers every source's range allows (None if they do not all overlap);
    - ``envelope``: the smallest range holding every source's range;
    - ``conservative``: the lowest figure any source positively supports (the
      lowest floor among sources that give one; a bare ceiling supports nothing).
    """
    if comparison.empty:
        return dict(sources=0, spread=math.nan, consensus=None, envelope=None, conservative=math.nan,
                    conservative_source=None, highest=None, lowest=None)
    ranges = [range_of(r) for _, r in comparison.iterrows()]
    consensus: Range | None = ranges[0]
    envelope = ranges[0]
    for r in ranges[1:]:
        consensus = consensus.intersection(r) if consensus is not None else None
        envelope = envelope.union_hull(r)
    floors = [(r.low, label) for r, label in zip(ranges, comparison["by_value"]) if r.kind != "upper" and r.low > 0]
    conservative, conservative_source = min(floors) if floors else (math.nan, None)
    conservative = float(conservative)
    values = comparison["value"]
    lowest = values.min()
    return dict(sources=len(comparison), spread=float(values.max() / lowest) if lowest else math.inf,
                consensus=consensus, envelope=envelope, conservative=conservative,
                conservative_source=conservative_source, highest=comparison.iloc[0]["by_value"],
                lowest=comparison.iloc[-1]["by_value"])


__all__ = ["range_of", "comparison_value", "statements", "drift", "harmonise", "as_of", "latest", "compare",
           "pairwise", "ratio_matrix", "summary"]
