"""A text file in a corpus folder reads as ``python -m analysis extract`` reads it.

Its ``URL:``/``DATE:`` header lines give the claim rows' url and published date (and the address
names the outlet and an official page's issuer), its name's ``_lang-xx`` gives its language, and
offsets count from the start of the file, header included. These tests run the worker's reading
and row-making directly (no Dask cluster): the cluster itself is tested in ``test_corpus.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.corpus.inputs import partitions, read_partition
from analysis.corpus.rows import claim_rows
from analysis.corpus.worker import choose_language
from analysis.extract.cli import extract_files

HEADED = ("URL: https://www.example-news.org/world/flood-toll\n"
          "DATE: 2025-05-28\n"
          "Floods kill dozens\n"
          "The regional governor said 12 people were killed and 30 injured.\n")
# (the Ukrainian file has no header: its language comes from its name alone, its offsets from its first byte)
NAMED_UK = "Голова ОВА повідомив, що загинули 7 людей.\n"


def _articles(folder: Path) -> dict:
    found = {}
    for part in partitions(str(folder)):
        for item in read_partition(part):
            found[item.id] = item
    return found


def test_header_lines_are_the_articles_address_and_date_not_its_text(tmp_path):
    (tmp_path / "flood.txt").write_text(HEADED, encoding="utf-8")
    article = _articles(tmp_path)["flood"]
    assert article.url == "https://www.example-news.org/world/flood-toll"
    assert article.published == "2025-05-28"
    assert article.text.startswith("Floods kill dozens")
    # the two header lines: "URL: " (5) + the address (45) + a line break, "DATE: " (6) + 10 + a line break
    assert article.offset == len("URL: https://www.example-news.org/world/flood-toll\n") + len("DATE: 2025-05-28\n") == 68


def test_rows_carry_the_headers_url_and_date_and_offsets_into_the_file(tmp_path):
    (tmp_path / "flood.txt").write_text(HEADED, encoding="utf-8")
    article = _articles(tmp_path)["flood"]
    rows = claim_rows(article, choose_language(article, None))
    assert [(r["stated"], r["metric"]) for r in rows] == [("12", "killed"), ("30", "wounded")]
    for row in rows:
        assert row["url"] == "https://www.example-news.org/world/flood-toll"
        assert row["published"] == "2025-05-28"
        assert HEADED[int(row["start"]):int(row["end"])] == row["stated"]


def test_a_files_language_suffix_names_its_language(tmp_path):
    (tmp_path / "oda_lang-uk.txt").write_text(NAMED_UK, encoding="utf-8")
    article = _articles(tmp_path)["oda_lang-uk"]
    assert (article.lang, article.offset, article.url) == ("uk", 0, "")


def test_a_text_without_header_keeps_its_first_line(tmp_path):
    # "Date: unknown." is no header line (its value is no date): the article keeps it
    text = "Date: unknown. Officials said 5 people died.\n"
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    article = _articles(tmp_path)["plain"]
    assert (article.text, article.offset, article.published) == (text, 0, "")


def test_corpus_rows_equal_the_extract_commands_rows_for_a_headed_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "flood.txt").write_text(HEADED, encoding="utf-8")
    out = tmp_path / "candidates.csv"
    assert extract_files([folder / "flood.txt"], out=out, progress=False) == 0
    with open(out, encoding="utf-8", newline="") as f:
        expected = [(r["stated"], r["metric"], r["country"], r["start"], r["end"], r["url"], r["published"])
                    for r in csv.DictReader(f)]
    article = _articles(folder)["flood"]
    rows = claim_rows(article, choose_language(article, None))
    got = [(r["stated"], r["metric"], r["country"], str(r["start"]), str(r["end"]), r["url"], r["published"])
           for r in rows]
    assert got == expected and len(got) == 2
