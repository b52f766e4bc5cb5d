"""``python -m analysis extract FILE... [--lang auto] [--out candidates.csv]``: candidate claims from text files.

The output is a claims file for a reviewer: the claims columns (``claim_id`` … ``end``) plus
``confidence``, ``reason`` and an empty ``keep`` column. A file may open with ``URL:``, ``DATE:``
and ``OUTLET:`` lines (:func:`analysis.claims.provenance.article_header`): they fill ``url``,
``published`` and ``outlet`` (the site of the URL when no outlet is named), and the article is the
text after them (offsets still count from the file's start). Mark the rows to keep (``keep`` =
yes/x/1; rows marked no, or left empty once any row is marked yes, are left out), fill what is
missing, and the file goes straight to ``python -m analysis report --claims``. Cells that a spreadsheet would run as a formula are
written with a leading apostrophe (``analysis.safe_io.write_csv_for_people``).
"""

from __future__ import annotations

import re
import stat
import sys
from pathlib import Path

from ..errors import InputError
from ..limits import MAX_ARTICLE_CHARS
from .pipeline import CLAIM_COLUMNS

CANDIDATE_COLUMNS = list(CLAIM_COLUMNS) + ["confidence", "reason", "keep"]
LANGUAGES = ("en", "uk", "ru", "ko")


def language_of(path: Path, text: str, lang: str) -> str:
    """The language of one file: ``--lang`` unless it is ``auto``; then the file name
    (``…_lang-uk.txt``, ``….ru.txt``); then the text's script and letters.

    Examples
    --------
    >>> language_of(Path("a_lang-uk.txt"), "", "auto"), language_of(Path("b.txt"), "사망자 3명", "auto")
    ('uk', 'ko')
    """
    if lang != "auto":
        return lang
    from ..script import detect_language, named_language

    return named_language(Path(path).stem) or detect_language(text[:20_000])


def article_files(paths: list[Path], failed: list[tuple[Path, str]]) -> list[Path]:
    """The files to read: each path as given, a folder replaced by the ``.txt`` files under it (sorted,
    hidden ones and those starting with ``_`` left out). A folder with none is put in ``failed``.

    Examples
    --------
    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> (root / "b.txt").write_text("B"); (root / "a.txt").write_text("A"); (root / "notes.md").write_text("-")
    1
    1
    1
    >>> (root / "empty").mkdir()
    >>> failed = []
    >>> [p.name for p in article_files([root, root / "empty"], failed)]
    ['a.txt', 'b.txt']
    >>> failed[0][1]
    'the folder holds no .txt file'
    """
    out: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            out.append(path)
            continue
        found = sorted(p for p in path.rglob("*.txt") if p.is_file()
                       and not any(part.startswith((".", "_")) for part in p.relative_to(path).parts))
        if not found:
            failed.append((path, "the folder holds no .txt file"))
            print(f"{path}: skipped, the folder holds no .txt file", file=sys.stderr)
        out.extend(found)
    return out


def extract_files(files: list[Path], lang: str = "auto", out: Path | None = None, progress: bool = True) -> int:
    """Extract candidates from every file; report a file that fails and go on. Returns an exit code
    (0, or 1 when some file failed).

    ``document`` is the file name without its extension and ``start``/``end`` are character offsets
    in it.
    """
    import pandas as pd

    from ..safe_io import write_csv_for_people
    from .pipeline import extract_rows

    if lang not in LANGUAGES + ("auto",):
        raise InputError(f"--lang {lang!r} is not a language of the extractor; use one of "
                         f"{', '.join(LANGUAGES)} or auto (by file name, then by script)")
    if out is not None and out.exists() and out.is_dir():
        raise InputError(f"--out {str(out)!r} is a folder; give the path of the CSV file to write")
    from ..claims.provenance import article_header, published_date, site_of, web_address

    rows: list[dict] = []
    failed: list[tuple[Path, str]] = []
    files = article_files(files, failed)
    empty_folders = len(failed)
    used_ids: set[str] = set()
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        tqdm = None
    bar = tqdm(total=len(files), unit="file", desc="extract", file=sys.stderr, disable=not progress or tqdm is None,
               leave=True) if tqdm is not None else None
    for path in files:
        path = Path(path)
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):   # a named pipe blocks on open, a device never ends
                raise InputError("it is not a regular file (a device or a named pipe)")
            size = info.st_size
            if size > 4 * MAX_ARTICLE_CHARS:
                raise InputError(f"it is {size:,} bytes; an article may have at most {MAX_ARTICLE_CHARS:,} characters")
            text = path.read_bytes().decode("utf-8")
            header, skip = article_header(text)
            article = text[skip:]
            language = language_of(path, article, lang)
            url, url_note = web_address(header.get("url", ""))
            found = extract_rows(article, lang=language, document=path.stem, url=url)  # (its address, else its file
            # name, names the outlet, whose country is the article's home)
            published, date_note = published_date(header.get("published", ""))
            provenance = dict(url=url, published=published, outlet=header.get("outlet") or site_of(url))
            stem = path.stem
            while stem in used_ids:   # two files of one name in different folders: ids stay unique
                stem = f"{stem}-{len(used_ids)}"
            used_ids.add(stem)
            for number, row in enumerate(found, 1):
                row["claim_id"] = f"{stem}-{number:03d}"
                row["start"], row["end"] = int(row["start"]) + skip, int(row["end"]) + skip
                row.update(provenance)
                if url_note or date_note:
                    row["notes"] = "; ".join(n for n in (row.get("notes"), url_note, date_note) if n)
            rows.extend(found)
        except UnicodeDecodeError as exc:
            failed.append((path, f"not UTF-8 text (byte {exc.start})"))
        except OSError as exc:
            failed.append((path, exc.strerror or str(exc)))
        except InputError as exc:
            failed.append((path, str(exc)))
        except Exception as exc:  # one bad file never stops the batch: report it and go on
            failed.append((path, f"{type(exc).__name__}: {exc}"))
        if failed and failed[-1][0] == path:
            message = f"{path}: skipped, {failed[-1][1]}"
            if bar is not None and not bar.disable:
                bar.write(message, file=sys.stderr)
            else:
                print(message, file=sys.stderr)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    frame = pd.DataFrame({c: [r.get(c, "") for r in rows] for c in CANDIDATE_COLUMNS}, columns=CANDIDATE_COLUMNS,
                         dtype=object)  # object cells, so that every text cell is made spreadsheet-safe
    if out is None:
        write_csv_for_people(frame, sys.stdout)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_csv_for_people(frame, out)
        print(f"wrote {len(frame)} candidate claims from {len(files) - len(failed) + empty_folders} file(s) to {out}", file=sys.stderr)
    if failed:
        print(f"{len(failed)} of {len(files) + empty_folders} file(s) failed: " + "; ".join(f"{p} ({why})" for p, why in failed),
              file=sys.stderr)
        return 1
    return 0
