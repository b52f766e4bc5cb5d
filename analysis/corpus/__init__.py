"""A whole news archive: candidate claims from a corpus of articles, on Dask.

``extract_corpus(input, out)`` cuts a corpus (a folder or a glob of text files, JSON Lines or
Parquet with a ``text`` column) into partitions, runs the extractor on them on a Dask cluster (a
local one, one worker process per core, or an existing scheduler) and writes one Parquet file of
candidate claims per partition, in the claims-file columns plus ``confidence`` and ``reason``.
The command line is ``python -m analysis extract-corpus``.
"""

from .run import CorpusSummary, extract_corpus

__all__ = ["CorpusSummary", "extract_corpus"]
