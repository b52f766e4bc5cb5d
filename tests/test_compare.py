"""The comparison engine on small frames worked out by hand, and on the dataset."""

import math

import pandas as pd
import pytest
from conftest import CLAIMS, claim

import analysis.accessor  # noqa: F401
from analysis import load_claims
from analysis.claims import normalise_frame
from analysis.commentary import agreement, headline
from analysis.compare import compare, drift, harmonise, latest, pairwise, ratio_matrix, statements, summary


def frame(*rows):
    return normalise_frame(pd.DataFrame(list(rows)))


def test_statement_takes_the_majority_reading_and_drift_names_the_other():
    claims = frame(
        claim(claim_id="A", outlet="AFP", stated="approximately 300", quote="approximately 300 died"),
        claim(claim_id="B", outlet="Yonhap", stated="at least 300", quote="at least 300 died"),
        claim(claim_id="C", outlet="KBS", stated="some 300", quote="some 300 died"),
    )
    reps = statements(claims)
    assert len(reps) == 1
    assert reps.iloc[0]["claim_id"] == "A" and reps.iloc[0]["reports"] == 3 and not reps.iloc[0]["readings_agree"]
    changes = drift(claims)
    assert changes[["change", "claim_id", "reference_claim_id"]].values.tolist() == [["hedge", "B", "A"]]


def test_magnitude_and_metric_drift():
    claims = frame(
        claim(claim_id="A", outlet="X", metric="killed_or_wounded", stated="1,200", quote="1,200 casualties"),
        claim(claim_id="B", outlet="Y", metric="killed_or_wounded", stated="12,000", quote="12,000 casualties"),
        claim(claim_id="C", outlet="Z", claim_date="2025-01-20", metric="killed", stated="1,200",
              quote="1,200 were killed"),
    )
    changes = drift(claims).set_index("claim_id")
    assert changes.loc["B", "change"] == "magnitude"
    assert changes.loc["C", "change"] == "metric" and changes.loc["C", "reference_claim_id"] == "A"


def test_same_outlet_twice_is_two_statements():
    claims = frame(claim(claim_id="A", metric="deployed", stated="some 10,000", quote="some 10,000 in Russia"),
                   claim(claim_id="B", metric="deployed", stated="as many as 8,000", quote="as many as 8,000 in Kursk"))
    assert len(statements(claims)) == 2 and drift(claims).empty


def test_killed_plus_wounded_is_an_interval_sum():
    # about 300 -> [270, 330] (10% of a round number); 2,700 -> [2,700, 2,700]; sum [2,970, 3,030], best 3,000
    claims = frame(claim(claim_id="K"), claim(claim_id="W", metric="wounded", stated="2,700",
                                              quote="and 2,700 had been injured"))
    derived = harmonise(claims).query("derived")
    assert len(derived) == 1
    row = derived.iloc[0]
    assert (row["claim_id"], row["metric"], row["low"], row["high"], row["best"]) == \
        ("K+W", "killed_or_wounded", 2970.0, 3030.0, 3000.0)


def test_windows_and_plans_are_not_compared_with_totals():
    claims = frame(
        claim(claim_id="T", metric="killed_or_wounded", stated="4,000", quote="4,000 in all", country="UA",
              organisation="Office of the President of Ukraine"),
        claim(claim_id="W", metric="killed_or_wounded", scope="window", stated="more than 1,000",
              quote="more than 1,000 last week", country="US", organisation="White House"),
    )
    table = compare(claims, "killed_or_wounded")
    assert table["claim_id"].tolist() == ["T"]


def test_as_of_takes_the_latest_statement_known_then():
    claims = frame(
        claim(claim_id="E", claim_date="2025-01-09", published="2025-01-09", stated="4,000", quote="4,000 died",
              country="UA", organisation="Zelensky"),
        claim(claim_id="L", claim_date="2025-03-01", published="2025-03-01", stated="5,000", quote="5,000 died",
              country="UA", organisation="Zelensky"),
    )
    assert latest(claims, as_of_date="2025-02-27")["claim_id"].tolist() == ["E"]
    assert latest(claims)["claim_id"].tolist() == ["L"]


def test_divergence_by_hand():
    claims = frame(
        claim(claim_id="UA1", country="UA", organisation="Zelensky", metric="killed_or_wounded", stated="4,000",
              quote="4,000 killed or wounded"),
        claim(claim_id="US1", country="US", organisation="U.S. officials", metric="killed_or_wounded",
              stated="around 1,200", quote="around 1,200"),
        claim(claim_id="GB1", country="GB", organisation="UK Defence Intelligence", metric="killed_or_wounded",
              stated="more than 3,000", quote="more than 3,000"),
    )
    table = compare(claims, "killed_or_wounded")
    assert table["by_value"].tolist() == ["UA", "GB", "US"]
    assert table.set_index("by_value").loc["GB", "compared_by"] == "lower bound"
    pairs = pairwise(table).set_index(["a", "b"])
    assert pairs.loc[("UA", "US"), "ratio"] == pytest.approx(4000 / 1200)
    assert bool(pairs.loc[("UA", "GB"), "overlap"])          # 4,000 is more than 3,000
    assert pairs.loc[("GB", "US"), "gap"] == 3000 - 1260     # (3,000, inf) vs [1,140, 1,260]: 5% of 1,200
    assert "GB is compared by its lower bound" in pairs.loc[("GB", "US"), "note"]
    facts = summary(table)
    assert facts["spread"] == pytest.approx(4000 / 1200)
    assert facts["consensus"] is None
    assert (facts["envelope"].low, facts["envelope"].high) == (1140.0, math.inf)
    assert (facts["conservative"], facts["conservative_source"]) == (1140.0, "US")
    matrix = ratio_matrix(table)
    assert matrix.loc["UA", "US"] == pytest.approx(10 / 3) and matrix.loc["US", "US"] == 1.0


def test_the_27_february_2025_comparison():
    claims = load_claims(CLAIMS)
    table = claims.claims.compare("killed_or_wounded", as_of="2025-02-27").set_index("by_value")
    assert table.index.tolist() == ["UA", "KR", "US"]
    assert table.loc["UA", "value"] == 4000.0
    assert (table.loc["KR", "low"], table.loc["KR", "high"]) == (2970.0, 3030.0)   # NIS, January: ≈300 + 2,700
    assert table.loc["KR", "claim_id"] == "NK034+NK035"
    assert (table.loc["US", "low"], table.loc["US", "high"]) == (1140.0, 1260.0)
    text = headline(claims.claims.compare("killed_or_wounded", as_of="2025-02-27"), "killed_or_wounded", "2025-02-27")
    assert text == ("As of 27 February 2025, Ukraine's 4,000 killed or wounded is 3.3 times the United States' estimate of "
                    "about 1,200; South Korea's figures add up to about 3,000.")
    deployed = claims.claims.compare("deployed", as_of="2025-02-27")
    assert set(deployed.query("claim_id == 'NK048'")["by_value"]) == {"KR", "UA", "US"}
    assert "agree on 10,000 to 12,000 deployed" in agreement(deployed, "deployed")


def test_drift_in_the_dataset():
    changes = drift(load_claims(CLAIMS))
    pairs = {(c, r) for c, r in zip(changes["claim_id"], changes["reference_claim_id"])}
    assert ("NK037", "NK034") in pairs     # "At least 300" for "approximately 300"
    assert ("NK024", "NK022") in pairs     # "nearly 3,000" for "over 3,000" (translation)
    assert ("NK041", "NK032") in pairs     # 4,000 killed for 4,000 killed or wounded
    assert ("NK023", "NK022") not in pairs  # the Ukrainian original agrees with "over 3,000"
