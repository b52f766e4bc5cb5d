"""The comparison layer on small hand-built claims files, one per trap (expected values worked out by hand)."""

import pandas as pd
import pytest
from conftest import claim, write_claims

from analysis import load_claims
from analysis.compare import compare, drift, figures, statements
from analysis.errors import ClaimsValidationError, InputError


def load(tmp_path, rows, sidecar=None, sources=None):
    path = write_claims(tmp_path / "topic.csv", rows)
    if sidecar is not None:
        (tmp_path / "topic.yaml").write_text(sidecar, encoding="utf-8")
    if sources is not None:
        (tmp_path / "topic.sources.csv").write_text(sources, encoding="utf-8")
    return load_claims(path)


def test_media_and_international_bodies_keep_their_names_and_country_view_pools_government_only(tmp_path):
    claims = load(tmp_path, [
        claim(claim_id="A", organisation="Reuters", country="GB", stated="500", quote="Reuters counted 500 dead."),
        claim(claim_id="B", organisation="OCHA", country="", stated="800", quote="OCHA said 800 died."),
        claim(claim_id="C", organisation="Ministry of Health", country="ET", stated="300",
              quote="The ministry said 300 died."),
    ], sources="organisation,kind,country,aliases\nMinistry of Health,government,ET,\n")
    table = compare(claims, "killed")
    assert table.index.tolist() == ["UN Office for the Coordination of Humanitarian Affairs (OCHA)", "Reuters",
                                    "Ministry of Health"]
    assert compare(claims, "killed", by="country").index.tolist() == ["ET"]   # Reuters is not "the U.K."


def test_a_month_only_retelling_of_a_dated_statement_is_one_statement(tmp_path):
    claims = load(tmp_path, [
        claim(claim_id="A", claim_date="2025-03-04", outlet="X"),
        claim(claim_id="B", claim_date="2025-03", outlet="Y"),
    ])
    reps = statements(claims)
    assert len(reps) == 1 and reps.iloc[0]["statement_claims"] == "A B"
    assert reps.iloc[0]["date_text"] == "4 March 2025"


def test_month_and_year_dates_are_shown_at_their_precision_and_as_of_is_not_padded(tmp_path):
    claims = load(tmp_path, [claim(claim_id="A", claim_date="2022-03", published="")])
    assert claims.loc[0, "date_text"] == "March 2022"
    assert compare(claims, "killed").iloc[0]["date"] == "March 2022"


def test_a_stale_figure_stays_out_of_the_ratios(tmp_path):
    claims = load(tmp_path, [
        claim(claim_id="OLD", claim_date="2022-03-01", organisation="Ministry A", stated="100", quote="100 died."),
        claim(claim_id="NEW", claim_date="2025-03-01", organisation="Ministry B", stated="23,200",
              quote="23,200 died."),
    ])
    detail = figures(claims, "killed")
    assert detail.set_index("claim_id")["stale"].to_dict() == {"NEW": False, "OLD": True}


def test_metric_drift_never_stands_for_a_statement(tmp_path):
    claims = load(tmp_path, [
        claim(claim_id="A", metric="killed_or_wounded", outlet="X", stated="4,000", quote="4,000 casualties."),
        claim(claim_id="B", metric="killed_or_wounded", outlet="Y", stated="4,000", quote="4,000 casualties."),
        claim(claim_id="C", metric="killed", outlet="Z", stated="4,000", quote="4,000 were killed."),
    ])
    assert drift(claims).query("change == 'metric'")["claim_id"].tolist() == ["C"]
    assert compare(claims, "killed").empty


def test_subsets_are_never_totals_and_scope_is_read_from_the_quote(tmp_path):
    path = write_claims(tmp_path / "topic.csv", [
        claim(claim_id="A", stated="120", quote="At least 120 people were killed in Axum, witnesses said."),
        claim(claim_id="B", stated="40", quote="About 40 people a day died."),
        claim(claim_id="C", stated="9,000", quote="The ministry said 9,000 had died."),
    ], header=["claim_id", "claim_date", "speaker", "organisation", "country", "metric", "subject", "stated",
               "quote", "outlet", "published", "url"])
    claims = load_claims(path).set_index("claim_id")
    assert claims["scope"].to_dict() == {"A": "subset", "B": "rate", "C": "cumulative"}
    assert claims["scope_inferred"].all()


def test_vague_quantities_are_compared_by_bounds_not_midpoints(tmp_path):
    claims = load(tmp_path, [
        claim(claim_id="A", organisation="Group A", stated="hundreds of thousands",
              quote="hundreds of thousands died."),
        claim(claim_id="B", organisation="Group B", stated="10,000", quote="10,000 died."),
    ])
    detail = figures(claims, "killed").set_index("claim_id")
    # "hundreds of thousands": [200,000, 1,000,000) by the vague convention; compared by its bounds
    assert detail.loc["A", "compared_by"] == "its bounds"
    assert (detail.loc["A", "compared_low"], detail.loc["A", "compared_high"]) == (200000.0, 1000000.0)


def test_unknown_measure_and_bad_as_of_are_clear_errors(tmp_path):
    claims = load(tmp_path, [claim()])
    with pytest.raises(InputError, match="unknown measure 'dead'; the measures are killed"):
        compare(claims, "dead")
    with pytest.raises(InputError, match="'yesterday' is not a date: use YYYY-MM-DD"):
        compare(claims, "killed", as_of="yesterday")


def test_displaced_is_a_measure_and_a_sidecar_adds_its_own(tmp_path):
    claims = load(tmp_path, [claim(metric="displaced"), claim(claim_id="C2", metric="deaths_all_cause")],
                  sidecar="measures:\n  deaths_all_cause: {words: deaths from any cause}\n")
    assert set(claims["metric"]) == {"displaced", "deaths_all_cause"}


@pytest.mark.parametrize("header_extra", ["low", "source", "date", "kind"])
def test_a_file_carrying_derived_columns_is_refused(tmp_path, header_extra):
    path = write_claims(tmp_path / "t.csv", [dict(claim(), **{header_extra: "x"})],
                        header=list(claim()) + [header_extra])
    with pytest.raises(ClaimsValidationError, match=header_extra):
        load_claims(path)


def test_a_broken_quote_is_reported_not_swallowed(tmp_path):
    good = write_claims(tmp_path / "t.csv", [claim(claim_id=f"C{i}") for i in range(4)])
    lines = good.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].rstrip(",") + ',"open quote'
    good.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError):
        load_claims(good)


@pytest.mark.parametrize("date", ["2300-01-01", "0001-01-01", "2025-01-13\n"])
def test_dates_out_of_range_or_with_a_newline_are_row_errors(tmp_path, date):
    path = write_claims(tmp_path / "t.csv", [claim(claim_date=date)])
    with pytest.raises(ClaimsValidationError, match="claim_date"):
        load_claims(path)


def test_a_huge_field_is_a_clear_error(tmp_path):
    path = write_claims(tmp_path / "t.csv", [claim(notes="x" * 10_000_000)])
    with pytest.raises(ClaimsValidationError, match="the limit is"):
        load_claims(path)


def test_parquet_from_corpus_extraction_is_read(tmp_path):
    frame = pd.DataFrame([claim()]).assign(document="doc1", start=0, end=3, confidence=0.9, reason="cue")
    frame["stated"] = "about 300"
    folder = tmp_path / "parts"
    folder.mkdir()
    frame.to_parquet(folder / "part-0.parquet")
    claims = load_claims(folder)
    assert claims.loc[0, "low"] == 270.0 and claims.loc[0, "reason"] == "cue"   # 300 is round: 10% each way


def test_kinds_of_unknown_organisations_are_read_from_their_names_and_an_explicit_kind_wins(tmp_path):
    header = ["claim_id", "claim_date", "speaker", "organisation", "country", "metric", "scope", "subject", "stated",
              "quote", "outlet", "published", "url", "lang", "notes", "source_kind"]
    path = write_claims(tmp_path / "topic.csv", [
        claim(claim_id="M", organisation="Ruritanian Defence Ministry", country="RU", stated="100", quote="100 died."),
        claim(claim_id="B", organisation="Northern Lantern Broadcasting", country="GB", stated="900",
              quote="900 died."),
        claim(claim_id="U", organisation="Calder University researchers", country="GB", stated="700",
              quote="700 died."),
        claim(claim_id="X", organisation="Kestrel Group", country="GB", stated="500", quote="500 died."),
        claim(claim_id="E", organisation="Kestrel Watch", country="GB", stated="400", quote="400 died.",
              source_kind="research"),
        claim(claim_id="P", organisation="", speaker="Jane Doe", country="", stated="300", quote="300 died."),
    ], header=header)
    claims = load_claims(path).set_index("claim_id")
    assert claims["source_kind"].to_dict() == {"M": "military", "B": "media", "U": "research", "X": "",
                                               "E": "research", "P": "individual"}
    assert claims["source_kind_from"].to_dict() == {"M": "inferred", "B": "inferred", "U": "inferred", "X": "",
                                                    "E": "claims file", "P": "inferred"}
    assert claims.loc["M", "source_kind_cue"] == "defence ministry"
    assert claims.loc["P", "source"] == "Jane Doe" and claims.loc["X", "source"] == "Kestrel Group"
    # by country: only the government-side body speaks for its country; the broadcaster, the university,
    # the watch group and the body of unknown kind are never "the U.K.'s" figure
    assert compare(claims.reset_index(), "killed", by="country").index.tolist() == ["RU"]
    assert compare(claims.reset_index(), "killed").index.tolist()[:2] == ["Northern Lantern Broadcasting",
                                                                         "Calder University researchers"]


def test_an_unknown_source_kind_in_the_file_is_a_row_error(tmp_path):
    header = list(claim()) + ["source_kind"]
    path = write_claims(tmp_path / "t.csv", [claim(source_kind="press")], header=header)
    with pytest.raises(ClaimsValidationError, match="unknown source kind"):
        load_claims(path)


def test_band_robustness_names_the_findings_that_flip_between_bands(tmp_path):
    from analysis.compare import band_findings
    from analysis.report.sections import band_sentence

    claims = load(tmp_path, [
        claim(claim_id="A", organisation="Body A", stated="about 1,000", quote="about 1,000 died."),
        claim(claim_id="B", organisation="Body B", stated="1,080", quote="1,080 died."),
        claim(claim_id="C", organisation="Body C", stated="1,200", quote="1,200 died."),
    ])
    # "about 1,000" is round (one significant digit): hedged by 10% standard -> [900, 1,100];
    # 5% narrow -> [950, 1,050]; 25% wide -> [750, 1,250].  1,080 and 1,200 are bare points.
    found = band_findings(claims, "killed").set_index(["a", "b"])
    c_a, b_a, c_b = found.loc[("Body C", "Body A")], found.loc[("Body B", "Body A")], found.loc[("Body C", "Body B")]
    assert (b_a["overlap_narrow"], b_a["overlap_standard"], b_a["overlap_wide"]) == (False, True, True)
    assert b_a["gap_narrow"] == 30.0                  # 1,080 - 1,050
    assert (c_a["overlap_narrow"], c_a["overlap_standard"], c_a["overlap_wide"]) == (False, False, True)
    assert c_a["gap_standard"] == 100.0 and c_a["gap_narrow"] == 150.0   # 1,200 - 1,100; 1,200 - 1,050
    assert c_b["holds"] and not c_a["holds"] and not b_a["holds"]
    sentence = band_sentence(claims, "killed", None)
    assert "with the narrow band, Body B and Body A no longer overlap (a gap of 30)" in sentence
    assert "with the wide band, Body C and Body A overlap" in sentence
    assert "The other finding holds under every band." in sentence


def test_band_robustness_says_when_every_finding_holds(tmp_path):
    from analysis.report.sections import band_sentence

    claims = load(tmp_path, [
        claim(claim_id="A", organisation="Body A", stated="about 1,000", quote="about 1,000 died."),
        claim(claim_id="B", organisation="Body B", stated="5,000", quote="5,000 died."),
    ])
    # [750, 1,250] at the widest is still far below 5,000
    assert band_sentence(claims, "killed", None).startswith("Every overlap and gap found here holds with the narrow "
                                                            "and wide hedge bands")


def test_exports_for_people_neutralise_formulas_in_the_report_csv_and_the_accessor(tmp_path):
    import base64

    from analysis.report.topic import topic_sections

    hostile = '=HYPERLINK("http://evil.example","x") about 300 soldiers died.'
    path = write_claims(tmp_path / "topic.csv", [
        claim(claim_id="A", organisation="@Body", quote=hostile),
        claim(claim_id="B", organisation="Body B", stated="500", quote="500 died."),
    ])
    footer = topic_sections(path)["footer"]
    text = base64.b64decode(footer["csv"]).decode("utf-8")
    assert "'@Body" in text and "\n@Body" not in text and ",@Body" not in text
    claims = load_claims(path)
    claims.claims.export(tmp_path / "claims.csv")
    exported = pd.read_csv(tmp_path / "claims.csv", dtype=str, keep_default_na=False)
    assert exported.loc[0, "quote"] == "'" + hostile and exported.loc[0, "organisation"] == "'@Body"
    claims.claims.export(tmp_path / "compare.csv", compare(claims, "killed"))
    assert pd.read_csv(tmp_path / "compare.csv", dtype=str).iloc[:, 0].tolist() == ["Body B", "'@Body"]


def test_headline_and_consensus_agree_when_only_the_extremes_overlap(tmp_path):
    from analysis.report.sections import comparison_sentences

    claims = load(tmp_path, [
        claim(claim_id="A", organisation="Body A", stated="800", quote="800 died."),
        claim(claim_id="B", organisation="Body B", stated="nearly 700", quote="nearly 700 died."),
        claim(claim_id="C", organisation="Body C", stated="more than 600", quote="more than 600 died."),
    ])
    # 800 and (600, ∞) overlap; "nearly 700" is [630, 700) (700 is round: 10% below), which 800 is not in
    sentences = " ".join(comparison_sentences(figures(claims, "killed"), "killed", "organisation", None))
    assert "these two overlap, but not every pair of figures does" in sentences
    assert "No single number fits every current figure's range." in sentences
    assert "figures for killed overlap:" not in sentences


def test_a_year_only_claim_of_this_year_is_compared_and_a_name_is_no_scope_cue(tmp_path):
    import datetime as dt

    year = str(dt.date.today().year)
    claims = load(tmp_path, [
        claim(claim_id="Y", claim_date=year, published="", organisation="Body Y", stated="5,000", quote="5,000 fled."),
        claim(claim_id="D", claim_date=f"{year}-01-02", published="", organisation="Daily Current", scope="",
              stated="Tens of thousands", quote="Tens of thousands died, the Daily Current reported."),
    ])
    # a claim dated only by this year is public by today, so it is compared as of this year
    assert set(compare(claims, "killed").index) == {"Body Y", "Daily Current"}
    assert claims.set_index("claim_id").loc["D", "scope"] == "cumulative"   # 'Daily' is part of a name


SCOPE_HEADER = ["claim_id", "claim_date", "speaker", "organisation", "country", "metric", "subject", "stated",
                "quote", "outlet", "published", "url"]


def test_a_month_named_as_the_statements_date_is_no_window_and_the_retelling_is_one_statement(tmp_path):
    path = write_claims(tmp_path / "topic.csv", [
        claim(claim_id="A", claim_date="2025-04-09", organisation="Office of the President", stated="300",
              quote="The president said on Wednesday that 300 soldiers had died.", outlet="X"),
        claim(claim_id="B", claim_date="2025-04", organisation="Office of the President", stated="300",
              quote="In April the president put the toll at 300.", outlet="Y"),
    ], header=SCOPE_HEADER)
    claims = load_claims(path)
    assert claims.set_index("claim_id")["scope"].to_dict() == {"A": "cumulative", "B": "cumulative"}
    reps = statements(claims)
    assert len(reps) == 1 and reps.iloc[0]["statement_claims"] == "A B"


@pytest.mark.parametrize("quote, lang, scope", [
    ("In April the president put the toll at 300.", "en", "cumulative"),
    ("The ministry said in April that 300 people had died.", "en", "cumulative"),
    ("300 people have died, the ministry said in April.", "en", "cumulative"),
    ("The army told reporters on Monday that 300 soldiers were killed.", "en", "cumulative"),
    ("In April, 300 people died.", "en", "window"),
    ("300 people were killed in April, the ministry said.", "en", "window"),
    ("300 people were killed on Monday.", "en", "window"),
    ("So far in 2025, the ministry said, 300 people have died.", "en", "window"),
    ("In the last 60 days officials said 300 people died.", "en", "window"),
    ("В апреле погибли 300 человек.", "ru", "window"),
    ("В апреле министерство заявило, что погибли 300 человек.", "ru", "cumulative"),
])
def test_a_date_is_a_window_unless_it_dates_the_statement(quote, lang, scope):
    from analysis.claims.scope import infer_scope

    assert infer_scope(quote, "300", lang)[0] == scope


def test_the_scope_cue_tables_are_checked_by_the_shared_table_checker():
    from analysis.claims.scope import SCHEMA, _tables, compile_cues
    from analysis.normalise.table_schema import TableSchemaError

    assert set(_tables()) == {"en", "uk", "ru", "ko"}
    good = {key.name: ([] if key.kind == "words" else "") for key in SCHEMA}
    with pytest.raises(TableSchemaError, match=r"scope table 'xx': unknown key 'month'; did you mean 'months'"):
        compile_cues({**good, "month": []}, "xx")
    with pytest.raises(TableSchemaError, match=r"missing required key 'dated'"):
        compile_cues({k: v for k, v in good.items() if k != "dated"}, "xx")
    with pytest.raises(TableSchemaError, match=r"'window' holds a pattern that is not a regular expression"):
        compile_cues({**good, "window": ["(unclosed"]}, "xx")


@pytest.mark.parametrize("days", [0, 1, 4, 9, 30, 61, 63, 200, 800])
def test_a_timeline_of_dates_days_apart_draws_without_a_warning(days):
    import warnings

    from analysis.report.plots import svg, timeline_plot

    first = pd.Timestamp("2025-01-01")
    rows = pd.DataFrame({"label": ["A", "B"], "date": [first, first + pd.Timedelta(days=days)],
                         "low": [100.0, 200.0], "high": [100.0, 300.0], "kind": ["point", "range"],
                         "best": [100.0, float("nan")]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert b"<svg" in svg(timeline_plot(rows, "Killed", "people"))[:1000]


def test_a_month_only_retelling_does_not_make_the_default_as_of_a_month(tmp_path):
    from analysis.compare.figures import default_as_of

    claims = load(tmp_path, [
        claim(claim_id="A", claim_date="2025-04-09", published="2025-04-09", organisation="Ministry A",
              stated="312", quote="The ministry said 312 people had died."),
        claim(claim_id="B", claim_date="2025-04", published="2025-05-02", organisation="Ministry A", outlet="Y",
              stated="312", quote="In April the ministry put the toll at 312."),
        claim(claim_id="C", claim_date="2025-04-25", published="2025-04-25", organisation="Ministry B",
              stated="340", quote="The other ministry counted 340 dead."),
    ])
    assert default_as_of(claims).text == "25 April 2025"     # not "April 2025", B's month
