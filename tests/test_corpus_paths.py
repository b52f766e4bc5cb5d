"""A scheduler and workers the user started elsewhere: relative paths on the command line still work.

The workers of the cluster below start in the folder pytest runs in; the corpus command then runs
from another folder with a relative input and output, as a user in their own folder would type it.
"""

from __future__ import annotations

import logging

import pyarrow.parquet as pq
import pytest

from analysis.corpus import extract_corpus
from analysis.corpus.synthetic import articles


@pytest.fixture(scope="module")
def remote_scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("given", ["news", "news/*.txt"])
def test_relative_input_and_output_reach_workers_that_run_in_another_folder(tmp_path, monkeypatch,
                                                                            remote_scheduler, given):
    news = list(articles(4, seed=3, languages=("en",)))
    (tmp_path / "news").mkdir()
    for article in news:
        (tmp_path / "news" / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)   # the client's folder; the workers stay where they started
    summary = extract_corpus(given, "out", scheduler=remote_scheduler, progress=False)
    assert (summary.articles, summary.failed) == (4, 0)
    parts = sorted((tmp_path / "out").glob("part-*.parquet"))
    assert parts, "the parts are written in the client's out/, not in the workers' folder"
    assert sum(pq.read_metadata(p).num_rows for p in parts) == summary.claims > 0
