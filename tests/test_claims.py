"""load_claims: validation that reports every bad row, and the columns it adds."""

import hashlib
import math

import pandas as pd
import pytest
from conftest import CLAIMS, ROOT, claim

from analysis import ClaimsValidationError, load_claims


def test_the_dataset_loads_with_every_row():
    claims = load_claims(CLAIMS)
    assert len(claims) == 72
    assert claims["claim_id"].is_unique
    assert set(claims["scope"]) <= {"cumulative", "window", "rate", "planned", "share"}
    # the only phrase that is not a count: a share of an unstated total
    assert claims.loc[~claims["parsed"], "claim_id"].tolist() == ["NK054"]
    assert "fraction" in claims.set_index("claim_id").loc["NK054", "parse_error"]


def test_added_columns_worked_out_by_hand():
    claims = load_claims(CLAIMS).set_index("claim_id")
    # "approximately 300": a round number, hedged by 10% each way (standard band), so 270 to 330
    assert claims.loc["NK034", ["low", "high", "best", "kind"]].tolist() == [270.0, 330.0, 300.0, "approx"]
    # "перевищує вже 3 тис." (uk): more than 3,000
    row = claims.loc["NK023"]
    assert (row["low"], row["high"], row["low_open"], row["kind"]) == (3000.0, math.inf, True, "lower")
    # "as many as 8,000": 0 to 8,000
    assert claims.loc["NK009", ["low", "high", "kind"]].tolist() == [0.0, 8000.0, "upper"]
    assert claims.loc["NK072", "source"] == "Office of the President of Ukraine"
    assert claims.loc["NK048", "source_kind"] == "intelligence"
    # partial claim date: known by the end of the month or the publication, whichever is first
    assert claims.loc["NK070", "known_date"] == pd.Timestamp("2025-01-31")
    assert claims.loc["NK047", "date"] == pd.Timestamp("2025-02-27")


def test_seed_claims_point_at_their_number_in_the_raw_document():
    claims = load_claims(CLAIMS)
    seeded = claims[claims["document"] != ""]
    assert sorted(seeded["claim_id"]) == ["NK047", "NK048", "NK049", "NK070", "NK071", "NK072"]
    for _, row in seeded.iterrows():
        text = (ROOT / "data" / "raw" / f"{row['document']}.txt").read_text(encoding="utf-8")
        assert text[int(row["start"]):int(row["end"])] == row["stated"]
        assert row["quote"] in text


def test_seed_article_claims_have_the_right_metric():
    claims = load_claims(CLAIMS).set_index("claim_id")
    expected = {"NK070": ("about 300", "killed"), "NK071": ("2,700", "wounded"),
                "NK072": ("4,000", "killed_or_wounded"), "NK047": ("around 1,200", "killed_or_wounded"),
                "NK048": ("10,000 to 12,000", "deployed"), "NK049": ("an additional 1,000 to 3,000", "deployed")}
    for claim_id, (stated, metric) in expected.items():
        assert (claims.loc[claim_id, "stated"], claims.loc[claim_id, "metric"]) == (stated, metric)
    assert claims.loc["NK048", "country"] == "KR|UA|US"


def test_raw_documents_match_their_provenance():
    documents = pd.read_csv(ROOT / "data" / "raw" / "documents.csv", dtype=str, keep_default_na=False)
    assert len(documents) >= 1
    for _, doc in documents.iterrows():
        data = (ROOT / "data" / "raw" / doc["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == doc["sha256"]
        assert doc["licence"] and doc["url"].startswith("https://")


def test_every_bad_row_is_reported_at_once(claims_file):
    path = claims_file([
        claim(claim_id="A1"),
        claim(claim_id="A2", metric="dead"),
        claim(claim_id="A3", country="XX"),
        claim(claim_id="A3", stated="some 16-hundred"),
        claim(claim_id="A5", claim_date="2025-02-30", url="javascript:alert(1)"),
    ])
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(path)
    problems = {(p["row"], p["column"]) for p in info.value.problems}
    assert problems == {(3, "metric"), (4, "country"), (4, "claim_id"), (5, "claim_id"), (5, "stated"),
                        (6, "claim_date"), (6, "url")}
    message = str(info.value)
    assert "row 3, column 'metric': 'dead'" in message
    assert "unknown measure" in message and "duplicate claim_id" in message


def test_missing_column_and_empty_file(tmp_path, claims_file):
    header = [h for h in claim() if h != "quote"]
    with pytest.raises(ClaimsValidationError, match="'quote'.*missing"):
        load_claims(claims_file([claim()], header=header))
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ClaimsValidationError, match="empty"):
        load_claims(empty)


def test_header_only_file_is_an_empty_table(claims_file):
    claims = load_claims(claims_file([]))
    assert len(claims) == 0 and "low" in claims.columns


def test_bom_and_windows_line_endings(claims_file):
    claims = load_claims(claims_file([claim(), claim(claim_id="C2", quote="Line one\r\nand about 300 more.")],
                                     bom=True, newline="\r\n"))
    assert claims["claim_id"].tolist() == ["C1", "C2"]
    assert claims["row"].tolist() == [2, 3]


def test_row_numbers_follow_lines_when_a_quote_spans_two(claims_file):
    path = claims_file([claim(quote="First line\nsecond line with about 300."), claim(claim_id="C2", metric="dead")])
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(path)
    assert [(p["row"], p["column"]) for p in info.value.problems] == [(4, "metric")]


def test_unreadable_phrase_is_kept_with_the_reason(claims_file):
    claims = load_claims(claims_file([claim(stated="several outlets", quote="several outlets reported it."),
                                      claim(claim_id="C2", stated="casualties", quote="heavy casualties.")]))
    row = claims.set_index("claim_id").loc["C2"]
    assert not row["parsed"] and "no quantity in 'casualties'" in row["parse_error"]
    assert math.isnan(row["low"])
    assert len(claims) == 2


def test_extra_columns_are_kept(claims_file):
    rows = [dict(claim(), reviewer="ana")]
    claims = load_claims(claims_file(rows, header=list(claim()) + ["reviewer"]))
    assert claims["reviewer"].tolist() == ["ana"]


def test_quote_with_html_is_data_not_markup(claims_file):
    quote = '<script>alert(1)</script><img src=x onerror="alert(2)"> about 300 died.'
    claims = load_claims(claims_file([claim(quote=quote)]))
    assert claims["quote"].iloc[0] == quote


def test_accessor_refuses_a_table_that_is_not_claims():
    with pytest.raises(AttributeError, match="not a claims table"):
        pd.DataFrame({"x": [1]}).claims.latest()


def test_accessor_normalise_on_a_hand_built_frame():
    import analysis.accessor  # noqa: F401

    frame = pd.DataFrame([claim(), claim(claim_id="C2", metric="wounded", stated="2,700",
                                         quote="and 2,700 had been injured.")])
    out = frame.claims.normalise()
    assert out["high"].tolist() == [330.0, 2700.0]
    with pytest.raises(ClaimsValidationError, match="unknown measure"):
        pd.DataFrame([claim(metric="dead")]).claims.normalise()


def test_a_compound_measure_the_vocabulary_lacks_is_accepted_as_its_own(claims_file):
    # deaths_all_cause is no vocabulary measure and no sidecar defines it: the file is accepted as
    # written and the measure stands alone; a single word or a near miss stays an error
    path = claims_file([claim(metric="deaths_all_cause")])
    assert list(load_claims(path)["metric"]) == ["deaths_all_cause"]
    for bad in ("dead", "killed_or_wonded"):
        with pytest.raises(ClaimsValidationError, match="unknown measure"):
            load_claims(claims_file([claim(metric=bad)]))
