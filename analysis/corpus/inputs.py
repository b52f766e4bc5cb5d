"""A corpus on disk, cut into partitions the workers read by themselves.

The client only lists the input and cuts it: a folder (or a glob) of text files into groups of
files, a JSON Lines file into byte ranges that start and end on line breaks, a Parquet file into
row groups (or slices of a large one). A ``Partition`` is a small value that says where its
articles are; the worker that runs it opens the file and reads them one at a time, so no text
passes through the client.

An article that cannot be read (not UTF-8, empty, no ``text``, past the size limit, a line that
is not JSON) is a ``Failure`` naming it and why, and the reading goes on.
"""

from __future__ import annotations

import datetime as dt
import glob as globbing
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..claims.provenance import article_header
from ..errors import InputError
from ..limits import MAX_ARTICLE_CHARS
from ..script import named_language

#: Column (or JSON field) holding an article's text; ``id``, ``url``, ``published``, ``outlet``
#: and ``lang`` are read when present.
TEXT = "text"
OPTIONAL_FIELDS = ("id", "url", "published", "outlet", "lang")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
#: Roughly how much text one partition holds (about half a second of one worker's time: a short tail).
PARTITION_BYTES = 500_000
#: At most this many articles in one partition.
PARTITION_ARTICLES = 500
#: The last partitions of the input are cut smaller, so that the workers finish at about the same time: each
#: of the last ``TAIL_PARTITIONS`` into up to ``TAIL_PIECES`` pieces of at least ``TAIL_PIECE_BYTES`` of text.
TAIL_PARTITIONS = 4
TAIL_PIECES = 4
TAIL_PIECE_BYTES = 100_000
#: A line or a file this large (in bytes) is refused before it is read.
MAX_ARTICLE_BYTES = 4 * MAX_ARTICLE_CHARS
_BOM = "\ufeff".encode("utf-8")


@dataclass(frozen=True)
class Partition:
    """Where one partition's articles are.

    ``kind`` is ``"files"`` (``paths`` lists text files, ``names`` their article ids),
    ``"jsonl"`` (``paths[0]`` from byte ``start`` to ``stop``, its first line numbered
    ``first``) or ``"parquet"`` (``paths[0]``, row group ``group``, rows ``start`` to ``stop``
    of it, the group's first row numbered ``first`` in the file).

    Examples
    --------
    >>> Partition("part-00000", "jsonl", ("news.jsonl",), start=0, stop=100, first=1).describe()
    'news.jsonl, bytes 0 to 100'
    """

    name: str
    kind: str
    paths: tuple[str, ...]
    names: tuple[str, ...] = ()
    start: int = 0
    stop: int = 0
    first: int = 1
    group: int = 0
    size: int = 0

    def describe(self) -> str:
        if self.kind == "files":
            more = f" and {len(self.paths) - 1} more" if len(self.paths) > 1 else ""
            return f"{self.paths[0]}{more}"
        if self.kind == "jsonl":
            return f"{self.paths[0]}, bytes {self.start} to {self.stop}"
        return f"{self.paths[0]}, row group {self.group}, rows {self.start} to {self.stop}"

    def key(self) -> list:
        """What identifies the partition when a run is resumed."""
        return [self.name, self.kind, list(self.paths), list(self.names), self.start, self.stop, self.group,
                self.size]


@dataclass(frozen=True)
class Article:
    """One article as read: its id, text and the optional metadata (empty when absent)."""

    id: str
    text: str
    url: str = ""
    published: str = ""
    outlet: str = ""
    lang: str = ""
    offset: int = 0  # characters before ``text`` in its file (a text file's URL:/DATE: header lines)


@dataclass(frozen=True)
class Failure:
    """An article (or a part of the input) that could not be read or extracted, and why."""

    article: str
    reason: str
    where: str = field(default="")

    def as_dict(self) -> dict[str, str]:
        return {"article": self.article, "reason": self.reason, "where": self.where}


# ---------------------------------------------------------------------------------
# Cutting the input (on the client)
# ---------------------------------------------------------------------------------

def input_files(spec: str, exclude: Path | None = None) -> list[Path]:
    """The files an INPUT names: a file, every file under a folder, or a glob's matches (sorted).

    Files under ``exclude`` (the output folder, when it lies inside the input) are left out;
    so are hidden files and those whose name starts with ``_``. Raises ``InputError`` when
    nothing matches.

    Examples
    --------
    >>> input_files("/no/such/corpus")
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: input '/no/such/corpus' does not exist: give a folder of text files, a glob, a JSON Lines or a Parquet file
    """
    path = Path(spec)
    outside = (lambda p: not p.resolve().is_relative_to(exclude.resolve())) if exclude else (lambda p: True)
    if path.is_file():
        return [path]
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path))
                       and outside(p))
        if not files:
            raise InputError(f"input folder '{spec}' holds no files")
        return files
    if globbing.has_magic(spec):
        files = sorted(Path(p) for p in globbing.glob(spec, recursive=True) if Path(p).is_file() and outside(Path(p)))
        if not files:
            raise InputError(f"input glob '{spec}' matches no file")
        return files
    raise InputError(f"input '{spec}' does not exist: give a folder of text files, a glob, a JSON Lines "
                     f"or a Parquet file")


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "_")) for part in relative.parts)


def partitions(spec: str, partition_bytes: int = PARTITION_BYTES, partition_articles: int = PARTITION_ARTICLES,
               exclude: Path | None = None) -> list[Partition]:
    """Cut the input into partitions, without reading any article.

    Text files are grouped in order; each JSON Lines file is cut into byte ranges of about
    ``partition_bytes`` on line breaks; each Parquet file by row groups of at most
    ``partition_articles`` rows. Partitions are named ``part-00000``, ``part-00001`` … Files under
    ``exclude`` are not read. The last ``TAIL_PARTITIONS`` partitions are cut in up to ``TAIL_PIECES``
    (pieces of at least ``TAIL_PIECE_BYTES``): a worker that takes the last one then leaves the others idle for a
    quarter of a partition's time at most, instead of a whole one.

    Raises
    ------
    InputError
        Nothing to read, or a JSON Lines / Parquet file without a ``text`` field.

    Examples
    --------
    >>> import json, tempfile
    >>> path = Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> _ = path.write_text("".join(json.dumps({"text": "x" * 50}) + "\\n" for _ in range(10)))
    >>> [(p.name, p.start, p.stop, p.first) for p in partitions(str(path), partition_bytes=150)]
    [('part-00000', 0, 189, 1), ('part-00001', 189, 378, 4), ('part-00002', 378, 567, 7), ('part-00003', 567, 630, 10)]
    """
    files = input_files(spec, exclude)
    text_files = [p for p in files if p.suffix.lower() not in JSONL_SUFFIXES + PARQUET_SUFFIXES]
    out: list[tuple] = []
    if text_files:
        root = Path(os.path.commonpath([p.parent.resolve() for p in text_files]))
        group: list[Path] = []
        size = 0
        for path in text_files:
            group.append(path)
            size += _size(path)
            if size >= partition_bytes or len(group) >= partition_articles:
                out.append(_files_partition(group, root, size))
                group, size = [], 0
        if group:
            out.append(_files_partition(group, root, size))
    for path in files:
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            out.extend(_jsonl_partitions(path, partition_bytes))
        elif suffix in PARQUET_SUFFIXES:
            out.extend(_parquet_partitions(path, partition_articles))
    tail = [piece for fields in out[-TAIL_PARTITIONS:] for piece in _pieces(fields)]
    out = out[:-TAIL_PARTITIONS] + tail
    return [Partition(f"part-{number:05d}", *fields) for number, fields in enumerate(out)]


def _pieces(fields: tuple) -> list[tuple]:
    """One partition's fields cut into up to ``TAIL_PIECES`` smaller ones (itself when it is small)."""
    kind, paths, names, start, stop, first, group, size = fields
    count = min(TAIL_PIECES, size // TAIL_PIECE_BYTES)
    if kind == "files":
        count = min(count, len(paths))
    elif kind == "parquet":
        count = min(count, stop - start)
    if count < 2:
        return [fields]
    if kind == "files":
        cut = [round(k * len(paths) / count) for k in range(count + 1)]
        return [("files", paths[a:b], names[a:b], 0, 0, 1, 0, sum(_size(Path(p)) for p in paths[a:b]))
                for a, b in zip(cut, cut[1:])]
    if kind == "parquet":
        cut = [start + round(k * (stop - start) / count) for k in range(count + 1)]
        return [("parquet", paths, names, a, b, first, group, size * (b - a) // (stop - start))
                for a, b in zip(cut, cut[1:])]
    # a piece ends with the line that holds its last byte (not the line after, when it ends on a line's end)
    return _jsonl_ranges(Path(paths[0]), start, stop, first, max(1, -(-(stop - start) // count) - 1))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _files_partition(group: list[Path], root: Path, size: int) -> tuple:
    names = tuple(p.resolve().relative_to(root).with_suffix("").as_posix() for p in group)
    return ("files", tuple(str(p) for p in group), names, 0, 0, 1, 0, size)


def _jsonl_partitions(path: Path, partition_bytes: int) -> list[tuple]:
    """Byte ranges ending on line breaks, with the number of each range's first line."""
    _check_first_line(path)
    return _jsonl_ranges(path, 0, path.stat().st_size, 1, partition_bytes)


def _jsonl_ranges(path: Path, start: int, size: int, line: int, partition_bytes: int) -> list[tuple]:
    """Bytes ``start`` (line number ``line``) to ``size`` of a JSON Lines file, cut on line breaks."""
    out = []
    with open(path, "rb") as f:
        while start < size:
            f.seek(min(size, start + partition_bytes))
            while f.tell() < size:  # on to the end of the line the range would otherwise cut
                chunk = f.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            stop = f.tell()
            out.append(("jsonl", (str(path),), (), start, stop, line, 0, stop - start))
            f.seek(start)
            remaining = stop - start
            while remaining:  # count the range's lines, a block at a time
                block = f.read(min(remaining, 1 << 24))
                line += block.count(b"\n")
                remaining -= len(block)
            start = stop
    return out


def _check_first_line(path: Path) -> None:
    with open(path, "rb") as f:
        for raw in f:
            if raw.strip():
                try:
                    first = json.loads(raw.removeprefix(_BOM))
                except ValueError:
                    raise InputError(f"'{path}' is not JSON Lines: its first line is not JSON "
                                     f"(one JSON object per line, with a '{TEXT}' field)") from None
                if not isinstance(first, dict) or TEXT not in first:
                    raise InputError(f"'{path}': the first line has no '{TEXT}' field "
                                     f"(one JSON object per line, with a '{TEXT}' field)")
                return
    raise InputError(f"'{path}' is empty")


def _parquet_partitions(path: Path, partition_articles: int) -> list[tuple]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as error:  # pyarrow raises several kinds for a file that is not Parquet
        raise InputError(f"'{path}' is not a Parquet file ({error})") from None
    columns = meta.schema.names
    if TEXT not in columns:
        raise InputError(f"'{path}' has no '{TEXT}' column (it has {', '.join(columns)})")
    out, first = [], 1
    for group in range(meta.num_row_groups):
        rows = meta.row_group(group).num_rows
        size = meta.row_group(group).total_byte_size
        for start in range(0, rows, partition_articles):
            stop = min(rows, start + partition_articles)
            out.append(("parquet", (str(path),), (), start, stop, first, group, size * (stop - start) // max(rows, 1)))
        first += rows
    return out


# ---------------------------------------------------------------------------------
# Reading a partition (on a worker)
# ---------------------------------------------------------------------------------

def read_partition(part: Partition) -> Iterator[Article | Failure]:
    """The partition's articles, one at a time, with a ``Failure`` for each one that cannot be read.

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> _ = path.write_text('{"id": "a1", "text": "Officials said 40 people died.", "lang": "en"}\\n'
    ...                     '{"id": "a2", "text": ""}\\n{"id": "a3", "text": "The ministry\\n')
    >>> for item in read_partition(partitions(str(path))[0]):
    ...     print(item.id, item.lang) if isinstance(item, Article) else print(item.article, "-", item.reason.split(" (")[0])
    a1 en
    a2 - the article is empty
    news:3 - not a JSON object
    """
    if part.kind == "files":
        yield from _read_files(part)
    elif part.kind == "jsonl":
        yield from _read_jsonl(part)
    else:
        yield from _read_parquet(part)


def _read_files(part: Partition) -> Iterator[Article | Failure]:
    for path, name in zip(part.paths, part.names):
        try:
            size = os.stat(path).st_size
            if size > MAX_ARTICLE_BYTES:
                yield Failure(name, f"the file is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,}", path)
                continue
            with open(path, "rb") as f:
                raw = f.read()
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Failure(name, f"not UTF-8 text (byte {error.start} is {raw[error.start:error.start + 1]!r})",
                          path)
            continue
        except OSError as error:
            yield Failure(name, f"could not read it ({error.strerror or error})", path)
            continue
        # a text file reads as ``python -m analysis extract`` reads it: its URL:/DATE:/OUTLET: header lines are
        # its address, date and outlet (the address names the outlet and the page's issuer), and its name's
        # ``_lang-uk`` its language; offsets stay the file's
        header, skip = article_header(text)
        record = {"id": name, TEXT: text[skip:], "url": header.get("url", ""),
                  "published": header.get("published", ""), "outlet": header.get("outlet", ""),
                  "lang": named_language(Path(name).stem)}
        yield _article_or_failure(record, name, path, skip)


def _read_jsonl(part: Partition) -> Iterator[Article | Failure]:
    path = part.paths[0]
    stem = Path(path).stem
    with open(path, "rb") as f:
        f.seek(part.start)
        position, line = part.start, part.first
        while position < part.stop:
            raw = f.readline(MAX_ARTICLE_BYTES + 1)
            if not raw:
                break
            position += len(raw)
            where = f"{path}, line {line}"
            if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                    raw = f.readline(1 << 24)
                    position += len(raw)
                yield Failure(f"{stem}:{line}", f"the line is longer than {MAX_ARTICLE_BYTES:,} bytes", where)
                line += 1
                continue
            line += 1
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.removeprefix(_BOM) if line == 2 else raw)
            except ValueError as error:
                yield Failure(f"{stem}:{line - 1}", f"not a JSON object ({error})", where)
                continue
            if not isinstance(record, dict):
                yield Failure(f"{stem}:{line - 1}", f"not a JSON object but {type(record).__name__}", where)
                continue
            yield _article_or_failure(record, f"{stem}:{line - 1}", where)


#: The row group a worker read last (the file's identity, the group, its columns and the Arrow table): the
#: partitions of one row group (a slice each) that come to the same worker read it once, not once each.
_LAST_GROUP: list[tuple[tuple, list[str], object]] = []


def _row_group(path: str, group: int) -> tuple[list[str], object]:
    """The columns read and the Arrow table of one row group, kept for the next partition of the same group."""
    import pyarrow.parquet as pq

    stat = os.stat(path)
    key = (path, stat.st_mtime_ns, stat.st_size, stat.st_ino, group)
    if _LAST_GROUP and _LAST_GROUP[0][0] == key:
        return _LAST_GROUP[0][1], _LAST_GROUP[0][2]
    _LAST_GROUP.clear()  # the table before is let go before the next is read: memory holds one row group
    file = pq.ParquetFile(path)
    columns = [c for c in (TEXT,) + OPTIONAL_FIELDS if c in file.schema_arrow.names]
    table = file.read_row_group(group, columns=columns)
    _LAST_GROUP.append((key, columns, table))
    return columns, table


def _read_parquet(part: Partition) -> Iterator[Article | Failure]:
    path = part.paths[0]
    stem = Path(path).stem
    # One conversion to Python objects for the partition's slice, instead of one per small batch and a
    # dictionary per row (the slice is at most PARTITION_ARTICLES rows of one row group).
    columns, table = _row_group(path, part.group)
    data = table.slice(part.start, part.stop - part.start).to_pydict()
    for offset, values in enumerate(zip(*(data[c] for c in columns))):
        number = part.first + part.start + offset
        yield _article_or_failure(dict(zip(columns, values)), f"{stem}:{number}", f"{path}, row {number}")


def _article_or_failure(record: dict, default_id: str, where: str, offset: int = 0) -> Article | Failure:
    ident = _text(record.get("id")) or default_id
    text = record.get(TEXT)
    if text is None:
        return Failure(ident, f"no '{TEXT}'", where)
    if not isinstance(text, str):
        return Failure(ident, f"'{TEXT}' is {type(text).__name__}, not text", where)
    if not text.strip():
        return Failure(ident, "the article is empty", where)
    if len(text) > MAX_ARTICLE_CHARS:
        return Failure(ident, f"the article is {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}", where)
    return Article(ident, text, url=_text(record.get("url")), published=_text(record.get("published")),
                   outlet=_text(record.get("outlet")), lang=_text(record.get("lang")).strip().lower(), offset=offset)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
