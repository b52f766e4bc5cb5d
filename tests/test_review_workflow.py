"""The reviewer's workflow: articles -> `extract` -> a reviewed candidates file -> `load_claims` and the report.

Every article here is written for the test (invented places, people and bodies).
"""

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HEADER, claim, write_claims

from analysis import load_claims
from analysis.errors import ClaimsValidationError, InputError

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = ("URL: https://www.example.org/news/ruritania-floods\n"
           "DATE: 2025-05-28\n"
           "Floods in Ruritania\n\n"
           "At least 12 people were killed by the floods, the Ruritanian interior ministry said on Tuesday.\n")


def extract(tmp_path, files: dict[str, str]) -> tuple[subprocess.CompletedProcess, list[dict], dict[str, Path]]:
    paths = {}
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    out = tmp_path / "candidates.csv"
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", *map(str, paths.values()), "--out", str(out),
                             "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    rows = list(csv.DictReader(out.open(encoding="utf-8"))) if out.exists() else []
    return result, rows, paths


def test_a_url_and_date_header_fills_the_provenance_and_offsets_count_from_the_file(tmp_path):
    result, rows, paths = extract(tmp_path, {"floods.txt": ARTICLE})
    assert result.returncode == 0, result.stderr
    assert [(r["stated"], r["metric"]) for r in rows] == [("At least 12", "killed")]
    row = rows[0]
    assert row["url"] == "https://www.example.org/news/ruritania-floods"
    assert row["outlet"] == "example.org"          # the site stands for the outlet when none is named
    assert row["published"] == "2025-05-28"
    # the offsets point into the file as written, header included
    text = paths["floods.txt"].read_text(encoding="utf-8")
    assert text[int(row["start"]):int(row["end"])] == "At least 12"


def test_an_outlet_line_names_the_outlet_and_a_bad_url_is_a_note_not_a_guess(tmp_path):
    article = ARTICLE.replace("URL: https://www.example.org/news/ruritania-floods\n",
                              "OUTLET: Ruritania Daily\n")
    result, rows, _ = extract(tmp_path, {"floods.txt": article})
    assert result.returncode == 0, result.stderr
    assert (rows[0]["outlet"], rows[0]["url"], rows[0]["published"]) == ("Ruritania Daily", "", "2025-05-28")


def test_files_of_one_name_in_two_folders_get_distinct_claim_ids(tmp_path):
    result, rows, _ = extract(tmp_path, {"a/floods.txt": ARTICLE, "b/floods.txt": ARTICLE})
    assert result.returncode == 0, result.stderr
    ids = [r["claim_id"] for r in rows]
    assert len(ids) == 2 and len(set(ids)) == 2 and ids[0] == "floods-001"


def test_only_the_rows_a_reviewer_kept_are_read_and_the_others_need_no_provenance(tmp_path):
    rows = [claim(claim_id="E1", keep="x"),
            claim(claim_id="E2", keep="", url="", outlet=""),       # not kept: its empty cells do not matter
            claim(claim_id="E3", keep="No", metric="dead")]
    path = write_claims(tmp_path / "reviewed.csv", rows, header=HEADER + ["keep"])
    claims = load_claims(path)
    assert claims["claim_id"].tolist() == ["E1"]
    assert claims.attrs["left_out_by_review"] == ("E2", "E3")


def test_without_any_yes_the_rows_not_marked_no_are_kept(tmp_path):
    # the reviewer deleted what they did not want and marked one row "no"
    rows = [claim(claim_id="E1", keep=""), claim(claim_id="E2", keep="n"), claim(claim_id="E3", keep="")]
    claims = load_claims(write_claims(tmp_path / "reviewed.csv", rows, header=HEADER + ["keep"]))
    assert claims["claim_id"].tolist() == ["E1", "E3"]
    assert claims.attrs["left_out_by_review"] == ("E2",)


def test_an_unreadable_keep_mark_is_a_row_error(tmp_path):
    rows = [claim(claim_id="E1", keep="yes"), claim(claim_id="E2", keep="maybe")]
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(write_claims(tmp_path / "reviewed.csv", rows, header=HEADER + ["keep"]))
    assert [(p["row"], p["column"], p["value"]) for p in info.value.problems] == [(3, "keep", "maybe")]


def test_a_file_whose_every_row_is_marked_no_is_a_short_error(tmp_path):
    rows = [claim(claim_id="E1", keep="no"), claim(claim_id="E2", keep="0")]
    with pytest.raises(InputError, match="kept none of its 2 candidate rows"):
        load_claims(write_claims(tmp_path / "reviewed.csv", rows, header=HEADER + ["keep"]))


def test_the_report_says_how_many_candidates_the_review_left_out(tmp_path):
    from analysis.report.sections import overview

    rows = [claim(claim_id="E1", keep="yes"), claim(claim_id="E2", keep="")]
    claims = load_claims(write_claims(tmp_path / "reviewed.csv", rows, header=HEADER + ["keep"]))
    sentences = overview(claims, "T", None)["sentences"]
    assert "1 candidate row that the reviewer did not keep (column 'keep') is left out: E2." in sentences


def test_extracted_then_reviewed_articles_make_a_report(tmp_path):
    result, rows, _ = extract(tmp_path, {"floods.txt": ARTICLE,
                                         "quake.txt": ARTICLE.replace("floods", "quake").replace("12", "30")})
    assert result.returncode == 0, result.stderr
    rows[0]["keep"] = "yes"
    with (tmp_path / "reviewed.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    page = tmp_path / "review.html"
    report = subprocess.run([sys.executable, "-m", "analysis", "report", "--claims", str(tmp_path / "reviewed.csv"),
                             "--title", "Floods", "--out", str(page)], capture_output=True, text=True, cwd=ROOT,
                            timeout=300)
    assert report.returncode == 0, report.stderr
    text = page.read_text(encoding="utf-8")
    assert "At least 12" in text and "quake-001" in text   # the kept claim, and the id the review left out


def test_a_folder_argument_reads_every_text_file_under_it_and_an_empty_folder_is_reported(tmp_path):
    folder = tmp_path / "articles"
    (folder / "b").mkdir(parents=True)
    (folder / "floods.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b" / "second.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "notes.md").write_text("Officials said 12 people died.", encoding="utf-8")   # not a .txt: not read
    (folder / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")                         # hidden: not read
    (tmp_path / "empty").mkdir()
    out = tmp_path / "candidates.csv"
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), str(tmp_path / "empty"),
                             "--out", str(out), "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 1, result.stderr                  # the empty folder is a failure, named
    assert "empty: skipped, the folder holds no .txt file" in result.stderr and "Traceback" not in result.stderr
    assert "from 2 file(s)" in result.stderr and "1 of 3 file(s) failed" in result.stderr
    with open(out, encoding="utf-8", newline="") as f:
        documents = {row["document"] for row in csv.DictReader(f)}
    assert documents == {"floods", "second"}
