"""Corpus mode on a real Dask cluster: the output equals a plain loop, failures are reported, runs resume.

The corpus is generated here (``analysis.corpus.synthetic``), with one file that is not UTF-8
and one that is empty. One local cluster of two worker processes serves every test of the
module, reached by its address as a user's ``--scheduler`` would be.
"""

from __future__ import annotations

import json
import logging
import random

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis import extract_claims, load_claims
from analysis.__main__ import main
from analysis.corpus import extract_corpus
from analysis.corpus.inputs import partitions, read_partition
from analysis.corpus.rows import OUTPUT_COLUMNS
from analysis.corpus.synthetic import articles
from analysis.errors import InputError
from analysis.claims.schema import COLUMNS

COMPARED = ("document", "start", "end", "stated", "metric", "scope", "organisation", "country", "speaker",
            "subject", "quote", "confidence", "reason")


@pytest.fixture(scope="module", autouse=True)
def _collect_the_clusters_garbage():
    """Dask's clients and clusters leave finalizers behind; run them here, not inside a later test."""
    yield
    import gc

    gc.collect()


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def news():
    """Thirty-two articles in English, Russian and Ukrainian (Korean's tables take seconds to load, too long here)."""
    return list(articles(32, seed=11, languages=("en", "ru", "uk")))


@pytest.fixture
def folder(tmp_path, news):
    root = tmp_path / "corpus"
    (root / "wire").mkdir(parents=True)
    (root / "agency").mkdir()
    for number, article in enumerate(news):
        folder = "agency" if number % 4 == 0 else "wire"
        (root / folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    (root / "wire" / "broken.txt").write_bytes(b"Officials said \xff\xfe 40 people died.")
    (root / "wire" / "blank.txt").write_text("  \n", encoding="utf-8")
    return root


def plain_loop(news) -> tuple[list[tuple], dict[str, str]]:
    """What a loop over the articles in one process gives: the claims, and the articles that raise."""
    rows, failed = [], {}
    for article in news:
        try:
            frame = extract_claims(article["text"], lang=article["lang"], document=article["id"])
        except ValueError as error:
            failed[article["id"]] = str(error)
            continue
        rows += [tuple(_cell(r[c]) for c in COMPARED) for r in frame.to_dict("records")]
    return sorted(rows), failed


def _cell(value):
    return value if isinstance(value, float) else str(value)


def output(out) -> list[tuple]:
    """The output's rows, with the article ids without their folder (``wire/a0000001`` -> ``a0000001``)."""
    table = pa.concat_tables(pq.read_table(p) for p in sorted(out.glob("part-*.parquet")))
    assert table.schema.names == list(OUTPUT_COLUMNS)
    records = table.to_pylist()
    return sorted(tuple(_cell(r[c]) if c != "document" else r[c].split("/")[-1] for c in COMPARED)
                  for r in records)


def test_a_folder_gives_the_plain_loops_claims_and_reports_the_failures(folder, tmp_path, news, scheduler):
    out = tmp_path / "out"
    summary = extract_corpus(str(folder), out, scheduler=scheduler, progress=False, partition_bytes=4_000)
    expected, raising = plain_loop(news)
    assert summary.partitions >= 4 and summary.written == summary.partitions
    assert output(out) == expected
    failed = {f["article"]: f["reason"] for f in summary.failures}
    assert set(failed) == {"wire/broken", "wire/blank"} and not raising
    assert "not UTF-8" in failed["wire/broken"] and "empty" in failed["wire/blank"]
    assert not summary.ok
    assert summary.articles == len(news) and summary.failed == 2
    assert summary.languages == {lang: sum(a["lang"] == lang for a in news) for lang in ("en", "ru", "uk")}
    assert summary.claims == len(expected) > 30
    assert len(pd.read_parquet(out)) == len(expected)  # the folder reads as one table; the _files are skipped
    written = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert written["claims"] == len(expected) and written["failed"] == summary.failed
    ids = [(r["document"], r["claim_id"]) for r in pq.read_table(out / "part-00000.parquet").to_pylist()]
    assert ids and all(claim.startswith(f"{document}-") for document, claim in ids)
    assert len({claim for _, claim in ids}) == len(ids)


def test_a_second_run_writes_nothing_and_overwrite_starts_again(folder, tmp_path, scheduler):
    out = tmp_path / "out"
    first = extract_corpus(str(folder), out, scheduler=scheduler, progress=False, partition_bytes=4_000)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet")}
    again = extract_corpus(str(folder), out, scheduler=scheduler, progress=False, partition_bytes=4_000)
    assert (again.written, again.skipped) == (0, first.partitions)
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet")} == stamps
    assert (again.articles, again.failed, again.claims) == (first.articles, first.failed, first.claims)
    # a run stopped before its last partition: only that one is written again
    (out / "_partitions" / "part-00001.json").unlink()
    resumed = extract_corpus(str(folder), out, scheduler=scheduler, progress=False, partition_bytes=4_000)
    assert (resumed.written, resumed.skipped) == (1, first.partitions - 1)
    assert resumed.claims == first.claims
    fresh = extract_corpus(str(folder), out, scheduler=scheduler, progress=False, partition_bytes=4_000,
                           overwrite=True)
    assert (fresh.written, fresh.skipped) == (first.partitions, 0)
    assert all(p.stat().st_mtime_ns != stamps[p.name] for p in out.glob("part-*.parquet"))


def test_an_output_folder_inside_the_input_folder_is_not_read_as_input(folder, scheduler):
    out = folder / "claims"
    first = extract_corpus(str(folder), out, scheduler=scheduler, progress=False, partition_bytes=4_000)
    again = extract_corpus(str(folder), out, scheduler=scheduler, progress=False, partition_bytes=4_000)
    assert (again.written, again.skipped, again.articles) == (0, first.partitions, first.articles)


def test_another_input_into_the_same_folder_is_refused(folder, tmp_path, news, scheduler):
    out = tmp_path / "out"
    extract_corpus(str(folder), out, scheduler=scheduler, progress=False, partition_bytes=4_000)
    other = tmp_path / "other"
    other.mkdir()
    (other / "one.txt").write_text(news[0]["text"], encoding="utf-8")
    with pytest.raises(InputError, match="holds the output of another input"):
        extract_corpus(str(other), out, scheduler=scheduler, progress=False)
    with pytest.raises(InputError, match="a run of this input cut into [0-9]+ partitions, now 1 "):
        extract_corpus(str(folder), out, scheduler=scheduler, progress=False)  # the default size: one partition


def test_json_lines_with_metadata_a_bad_line_and_a_missing_language(tmp_path, news, scheduler):
    path = tmp_path / "news.jsonl"
    lines = []
    for number, article in enumerate(news[:12]):
        record = dict(article, published=f"{article['published']}T08:30:00Z")
        if number == 3:
            del record["lang"]  # detected from the text
        lines.append(json.dumps(record, ensure_ascii=False))
    lines.insert(5, '{"id": "cut", "text": "The ministry said')  # line 6: cut off
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = extract_corpus(str(path), out, scheduler=scheduler, progress=False, partition_bytes=3_000)
    expected, raising = plain_loop(news[:12])
    assert summary.partitions >= 3 and output(out) == expected
    assert [(f["article"], f["where"]) for f in summary.failures] == [("news:6", f"{path}, line 6")]
    rows = pa.concat_tables(pq.read_table(p) for p in sorted(out.glob("part-*.parquet"))).to_pylist()
    first = next(r for r in rows if r["document"] == news[0]["id"])
    assert (first["published"], first["url"], first["lang"]) == (news[0]["published"], news[0]["url"],
                                                                 news[0]["lang"])
    assert first["claim_id"] == f"{news[0]['id']}-001" and first["outlet"] == "news.example.org"
    loaded = load_claims(out)  # the review workflow and the reports read the output as a claims file
    assert len(loaded) == len(expected) and loaded["low"].notna().all()


def test_parquet_with_small_row_groups_and_a_missing_text(tmp_path, news, scheduler):
    records = [dict(a) for a in news[:20]]
    records[7]["text"] = None
    path = tmp_path / "news.parquet"
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=8)
    out = tmp_path / "out"
    summary = extract_corpus(str(path), out, scheduler=scheduler, progress=False, partition_articles=3)
    expected, raising = plain_loop(records[:7] + records[8:])
    assert summary.partitions == 3 + 3 + 2  # row groups of 8, 8 and 4 rows, cut in threes
    assert output(out) == expected
    assert [(f["article"], f["reason"]) for f in summary.failures] == [(records[7]["id"], "no 'text'")]


def test_a_partition_that_fails_is_reported_the_others_written_and_a_rerun_tries_it_again(tmp_path, news,
                                                                                         scheduler):
    path = tmp_path / "damaged.parquet"
    pq.write_table(pa.Table.from_pylist([dict(a) for a in news[:8]]), path, row_group_size=4)
    text = pq.ParquetFile(path).metadata.row_group(1).column(1)  # the second row group's text column
    data = bytearray(path.read_bytes())
    data[text.data_page_offset:text.data_page_offset + 16] = b"\xff" * 16  # its page header, destroyed
    path.write_bytes(bytes(data))
    out = tmp_path / "out"
    summary = extract_corpus(str(path), out, scheduler=scheduler, progress=False, partition_articles=4)
    assert [p["name"] for p in summary.failed_partitions] == ["part-00001"] and not summary.ok
    assert "\n" not in summary.failed_partitions[0]["reason"] and "part-00001 failed" in summary.describe()
    assert summary.written == 1 and summary.articles == 4 and output(out) == plain_loop(news[:4])[0]
    again = extract_corpus(str(path), out, scheduler=scheduler, progress=False, partition_articles=4)
    assert (again.skipped, again.written, len(again.failed_partitions)) == (1, 0, 1)


def test_json_lines_partitions_cover_every_line_once(tmp_path):
    path = tmp_path / "lines.jsonl"
    lengths = [random.Random(n).randint(1, 60) for n in range(40)]
    path.write_text("".join(json.dumps({"text": "x" * k}) + "\n" for k in lengths), encoding="utf-8")
    parts = partitions(str(path), partition_bytes=100)
    read = [a for p in parts for a in read_partition(p)]
    assert len(parts) > 5
    assert [a.id for a in read] == [f"lines:{n}" for n in range(1, 41)]
    assert [len(a.text) for a in read] == lengths


def test_json_lines_with_a_byte_order_mark_and_a_json_suffix(tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + '{"id": "x1", "text": "Officials said 40 people died."}\n'.encode()
                     + b'{"id": "x2", "text": "\xff"}\n')
    read = [a for p in partitions(str(path)) for a in read_partition(p)]
    assert [a.id for a in read if hasattr(a, "text")] == ["x1"]
    assert [(f.article, f.where) for f in read if not hasattr(f, "text")] == [("export:2", f"{path}, line 2")]


def test_a_line_past_the_size_limit_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    import analysis.corpus.inputs as inputs

    monkeypatch.setattr(inputs, "MAX_ARTICLE_BYTES", 100)
    path = tmp_path / "news.jsonl"
    lines = [{"id": "a", "text": "short"}, {"id": "b", "text": "long " * 500}, {"id": "c", "text": "after"}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    read = [a for p in partitions(str(path)) for a in read_partition(p)]
    assert [(a.id, a.text) for a in read if hasattr(a, "text")] == [("a", "short"), ("c", "after")]
    assert [(f.article, f.reason) for f in read if not hasattr(f, "text")] == [
        ("news:2", "the line is longer than 100 bytes")]


def test_a_large_parquet_row_group_is_read_in_slices(tmp_path):
    path = tmp_path / "one-group.parquet"
    import datetime as dt

    published = [dt.datetime(2025, 3, n, 9, 30) for n in range(1, 11)]
    pq.write_table(pa.table({"text": [f"article {n}" for n in range(1, 11)], "id": list(range(101, 111)),
                             "published": published}), path)
    parts = partitions(str(path), partition_articles=3)
    assert [(p.start, p.stop) for p in parts] == [(0, 3), (3, 6), (6, 9), (9, 10)]
    read = [a for p in parts for a in read_partition(p)]
    assert [a.text for a in read] == [f"article {n}" for n in range(1, 11)]
    assert (read[0].id, read[0].published, read[-1].id, read[-1].published) == ("101", "2025-03-01", "110",
                                                                                 "2025-03-10")


def test_the_command_runs_a_local_cluster_and_exits_1_when_an_article_failed(tmp_path, news, capsys):
    root = tmp_path / "few"
    root.mkdir()
    (root / "one.txt").write_text(news[0]["text"], encoding="utf-8")
    (root / "empty.txt").write_text("", encoding="utf-8")
    code = main(["extract-corpus", str(root), "--out", str(tmp_path / "out"), "--workers", "1"])
    printed = capsys.readouterr().out
    assert code == 1
    assert "1 articles read, 1 failed" in printed and "empty: the article is empty" in printed
    assert len(pq.read_table(tmp_path / "out" / "part-00000.parquet").schema.names) == len(COLUMNS) + 2


@pytest.mark.parametrize("arguments, message", [
    (["{tmp}/nowhere", "--out", "{tmp}/out"], "does not exist"),
    (["{tmp}/a.txt", "--out", "{tmp}/a.txt"], "is a file"),
    (["{tmp}/a.txt", "--out", "{tmp}/out", "--lang", "xx"], "no language table"),
    (["{tmp}/a.txt", "--out", "{tmp}/out", "--workers", "0"], "at least 1"),
    (["{tmp}/lines.jsonl", "--out", "{tmp}/out"], "no 'text' field"),
    (["{tmp}/a.txt", "--out", "{tmp}/out", "--scheduler", "nowhere"], "could not reach the Dask scheduler"),
])
def test_command_line_mistakes_are_one_or_two_lines(tmp_path, capsys, arguments, message):
    (tmp_path / "a.txt").write_text("The ministry said 40 people died.", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('{"body": "The ministry said 40 people died."}\n', encoding="utf-8")
    code = main(["extract-corpus", *[a.format(tmp=tmp_path) for a in arguments]])
    error = capsys.readouterr().err
    assert code == 2
    assert message in error and 1 <= len(error.strip().splitlines()) <= 2 and "Traceback" not in error


@pytest.mark.parametrize("kind", ["files", "jsonl", "parquet"])
def test_the_last_partitions_are_cut_smaller_and_still_cover_every_article_once(tmp_path, monkeypatch, kind):
    import analysis.corpus.inputs as inputs

    monkeypatch.setattr(inputs, "TAIL_PIECE_BYTES", 250)  # pieces of at least 250 bytes, at most four a partition
    texts = [f"{n:03d} " + "x" * 96 for n in range(40)]  # 100 characters each
    if kind == "files":
        (tmp_path / "in").mkdir()
        for n, text in enumerate(texts):
            (tmp_path / "in" / f"{n:03d}.txt").write_text(text, encoding="utf-8")
        parts = partitions(str(tmp_path / "in"), partition_bytes=1_000)
        # four groups of ten files (1,000 bytes: four pieces each), files 0-1, 2-4, 5-7, 8-9 of each
        expected = [2, 3, 3, 2] * 4
    elif kind == "jsonl":
        (tmp_path / "in.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        parts = partitions(str(tmp_path / "in.jsonl"), partition_bytes=1_000)
        # lines of 113 bytes: ranges of nine lines (1,017 bytes) and a last one of four; a range of nine is cut
        # a quarter in (254 bytes on), at the end of that line: three lines; the last one (452 bytes) stays whole
        expected = [9] + [3, 3, 3] * 3 + [4]
    else:
        pq.write_table(pa.table({"text": texts}), tmp_path / "in.parquet", row_group_size=20)
        parts = partitions(str(tmp_path / "in.parquet"), partition_articles=10)
        expected = None  # four slices of ten rows; their size in bytes is pyarrow's estimate
    read = [a for p in parts for a in read_partition(p)]
    assert [a.text for a in read] == texts
    sizes = [len(list(read_partition(p))) for p in parts]
    if expected is not None:
        assert sizes == expected
    else:
        assert len(sizes) >= 12 and max(sizes) <= 4
    assert [p.name for p in parts] == [f"part-{n:05d}" for n in range(len(parts))]


def test_the_slices_of_a_row_group_read_it_once_and_a_changed_file_again(tmp_path, monkeypatch):
    import pyarrow.parquet as parquet

    import analysis.corpus.inputs as inputs

    path = tmp_path / "one-group.parquet"
    pq.write_table(pa.table({"text": [f"article {n}" for n in range(1, 11)]}), path)
    reads = []
    original = parquet.ParquetFile.read_row_group
    monkeypatch.setattr(parquet.ParquetFile, "read_row_group",
                        lambda self, *args, **kwargs: reads.append(args) or original(self, *args, **kwargs))
    parts = partitions(str(path), partition_articles=3)
    assert [a.text for p in parts for a in read_partition(p)] == [f"article {n}" for n in range(1, 11)]
    assert len(parts) == 4 and len(reads) == 1
    pq.write_table(pa.table({"text": [f"changed {n}" for n in range(1, 11)]}), path)
    assert [a.text for a in read_partition(parts[0])] == ["changed 1", "changed 2", "changed 3"]
    assert len(reads) == 2
