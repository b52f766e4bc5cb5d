"""Harmonised measures: parts of one statement that add up to a total, by the vocabulary's rules.

The rules are data (``analysis/claims/data/harmonisation.csv``, and a sidecar's own):
killed + wounded of one organisation's statement (same claim date, cumulative) add, as
intervals, into a derived killed_or_wounded row.
"""

from __future__ import annotations

import math

import pandas as pd

from ..claims.columns import range_of
from ..claims.measures import Vocabulary
from .cache import per_frame
from .statements import statements

CUMULATIVE = "cumulative"


def _vocabulary(claims: pd.DataFrame) -> Vocabulary:
    sidecar = claims.attrs.get("sidecar")
    return sidecar.vocabulary if sidecar is not None else Vocabulary.bundled()


@per_frame
def harmonise(claims: pd.DataFrame) -> pd.DataFrame:
    """Statements plus the totals their parts add up to (``derived`` True, ``claim_id`` "K1+W1")."""
    reps = statements(claims)
    reps["derived"] = False
    cumulative = reps[reps["scope"] == CUMULATIVE]
    derived = []
    # the first row of each measure in each statement (organisation and claim date), in file order
    first: dict[tuple, dict[str, int]] = {}
    for position, (source, date, metric) in enumerate(zip(cumulative["source"], cumulative["claim_date"],
                                                          cumulative["metric"])):
        if not (pd.isna(source) or pd.isna(date)):   # as groupby: no statement for a missing key
            first.setdefault((source, date), {}).setdefault(metric, position)
    for rule in _vocabulary(claims).rules:
        for measures in first.values():
            if any(name not in measures for name in rule.parts):
                continue
            rows = [cumulative.iloc[measures[name]] for name in rule.parts]
            if len({(r["currency"] or None) for r in rows}) > 1:
                continue
            total = range_of(rows[0])
            for r in rows[1:]:
                total = total + range_of(r)
            row = rows[0].copy()
            row["claim_id"] = "+".join(r["claim_id"] for r in rows)
            row["statement_claims"] = " ".join(r["statement_claims"] for r in rows)
            row["metric"] = rule.total
            row["stated"] = " + ".join(f"{r['stated']} {r['metric'].replace('_', ' ')}" for r in rows)
            row["subject"] = f"{rows[0]['subject']} ({' plus '.join(p.replace('_', ' ') for p in rule.parts)})"
            quotes = list(dict.fromkeys(r["quote"] for r in rows))
            row["quote"] = " … ".join(quotes)
            row["low"], row["high"] = total.low, total.high
            row["low_open"], row["high_open"] = total.low_open, total.high_open
            row["best"] = math.nan if total.best is None else total.best
            row["approx"], row["kind"] = total.approx, total.kind
            row["rule"] = " plus ".join(f"{r['metric'].replace('_', ' ')} {r['stated']!r} [{range_of(r)}]"
                                        for r in rows).capitalize() + f" add up to {total}."
            row["derived"] = True
            derived.append(row)
    if derived:
        reps = pd.concat([reps, pd.DataFrame(derived)], ignore_index=True)
    reps["derived"] = reps["derived"].astype(bool)
    return reps


__all__ = ["harmonise", "CUMULATIVE"]
