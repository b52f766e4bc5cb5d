"""What a worker does: warm up once, then read, extract and write one partition at a time.

A partition's rows go to ``DIR/part-NNNNN.parquet`` through a temporary file and an atomic
rename; then a small marker ``DIR/_partitions/part-NNNNN.json`` records its summary. A
partition counts as written only when its marker exists, so a run stopped at any point resumes
where it was. The worker returns the summary (counts and failures), never the rows.
"""

from __future__ import annotations

import json
import os
import resource
import socket
import time
import uuid
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from .inputs import Article, Failure, Partition, read_partition
from .rows import arrow_schema, claim_rows, extract_article

MARKERS = "_partitions"


def parquet_path(out: Path, name: str) -> Path:
    return out / f"{name}.parquet"


def marker_path(out: Path, name: str) -> Path:
    return out / MARKERS / f"{name}.json"


def _atomic_write(path: Path, write) -> None:
    """Write through a hidden temporary file in the same folder, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def choose_language(article: Article, default: str | None) -> str:
    """The article's ``lang``, else the run's ``--lang``, else detected from the text.

    Examples
    --------
    >>> choose_language(Article("a", "понад 3 тис."), None), choose_language(Article("a", "x", lang="uk"), "en")
    ('uk', 'uk')
    """
    if article.lang:
        return article.lang
    if default:
        return default
    from ..script import detect_language

    return detect_language(article.text)


def process_partition(part: Partition, out: str, default_lang: str | None = None) -> dict:
    """Read, extract and write one partition; return its summary (no rows).

    The summary has ``name``, ``articles`` (read and extracted; ``languages`` counts them by
    language), ``failed`` and ``failures``
    (``article``, ``reason``, ``where``), ``claims``, ``bytes`` (of text, UTF-8), ``seconds`` and
    ``cpu_seconds`` (the worker's processor time for it), ``write_seconds`` (of it, writing the Parquet file),
    ``started`` and ``finished`` (the clock's time, ``time.time()``, for a run's timeline), ``warm_up_seconds``
    (the worker's ``warm_up`` when it started, 0 without), ``peak_rss`` (the worker process's peak resident memory so far, in bytes) and ``worker``.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a1.txt").write_text("The Pentagon said 40 soldiers were killed.")
    >>> from .inputs import partitions
    >>> summary = process_partition(partitions(str(folder / "a1.txt"))[0], str(folder / "out"))
    >>> summary["articles"], summary["claims"], sorted(p.name for p in (folder / "out").rglob("part-*"))
    (1, 1, ['part-00000.json', 'part-00000.parquet'])
    """
    from ..lexicon import LANGUAGES

    started, cpu, wall = time.perf_counter(), time.process_time(), time.time()
    rows: list[dict] = []
    failures: list[dict] = []
    articles = size = 0
    seen: dict[str, str] = {}
    languages: dict[str, int] = {}  # articles extracted, by language
    for item in read_partition(part):
        if isinstance(item, Failure):
            failures.append(item.as_dict())
            continue
        if item.id in seen:
            failures.append(Failure(item.id, f"the id is used twice (first at {seen[item.id]})", part.name).as_dict())
            continue
        seen[item.id] = part.name
        lang = choose_language(item, default_lang)
        if lang not in LANGUAGES:
            failures.append(Failure(item.id, f"no language table for {lang!r} (there are: {', '.join(LANGUAGES)})",
                                    part.name).as_dict())
            continue
        try:
            rows.extend(claim_rows(item, lang))
        except Exception as error:  # one article's failure must not stop the partition
            message = f"extraction failed: {type(error).__name__}: {error}"
            failures.append(Failure(item.id, message[:300], part.name).as_dict())
            continue
        articles += 1
        languages[lang] = languages.get(lang, 0) + 1
        size += len(item.text.encode("utf-8"))
    out_dir = Path(out)
    writing = time.perf_counter()
    _write_parquet(parquet_path(out_dir, part.name), rows)
    finished = time.perf_counter()
    summary = dict(name=part.name, source=part.describe(), articles=articles, languages=languages,
                   failed=len(failures),
                   failures=failures, claims=len(rows), bytes=size, seconds=round(finished - started, 3),
                   cpu_seconds=round(time.process_time() - cpu, 3), write_seconds=round(finished - writing, 3),
                   started=round(wall, 3), finished=round(wall + finished - started, 3),
                   warm_up_seconds=round(_WARMED_UP, 3),
                   peak_rss=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                   worker=f"{socket.gethostname()}:{os.getpid()}")
    marker = marker_path(out_dir, part.name)
    marker.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(marker, lambda tmp: tmp.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8"))
    return summary


def _write_parquet(path: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, lambda tmp: pq.write_table(table, tmp))


def warm_up(languages: tuple[str, ...] = ()) -> list[str]:
    """Import the extractor and load every table of ``languages``; return those that are ready.

    For each language this runs the whole extractor once on a synthetic article of that
    language (``analysis.corpus.synthetic``, when its templates have one), so the
    normaliser's lexicon, the extraction table, the registry and the morphology (pymorphy3,
    kiwipiepy) are all loaded before the first partition. Any other language's tables load
    at its first article, once per worker process (they are cached for the life of the
    process): Korean's analyser (about 500 MB) only on a worker that meets a Korean article,
    unless it is named here. A language the extractor does not know is left out.

    Examples
    --------
    >>> warm_up(("en", "xx"))
    ['en']
    """
    import random

    from .. import extract  # noqa: F401  (the imports are most of a worker's start)
    from ..normalise import find_ranges
    from .synthetic import article_text, template_languages

    ready = []
    for lang in languages:
        try:
            sample = article_text(random.Random(0), lang) if lang in template_languages() else "1"
            find_ranges(sample, lang=lang)
            extract_article(sample, lang, "")
        except (ValueError, LookupError):  # an unknown language: its articles will say so
            continue
        ready.append(lang)
    return ready


#: Seconds this process spent in the ``WarmUp`` plugin (0 when it did not run).
_WARMED_UP = 0.0


class WarmUp(WorkerPlugin):
    """Runs ``warm_up`` once on each worker when it starts (or joins the cluster), before any partition.

    After it, the objects loaded so far (modules, tables, caches) are moved out of the garbage
    collector's reach (``gc.freeze``): they live as long as the worker, and a full collection
    would otherwise walk them again and again while partitions run.
    """

    name = "analysis-corpus-warm-up"

    def __init__(self, languages: tuple[str, ...] = ()):
        self.languages = tuple(languages)

    def setup(self, worker) -> None:
        import gc

        global _WARMED_UP
        started = time.perf_counter()
        warm_up(self.languages)
        gc.collect()
        gc.freeze()
        _WARMED_UP = time.perf_counter() - started
