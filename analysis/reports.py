"""Executing notebooks and rendering them as self-contained HTML reports.

- :func:`build_reports` (``make report``): every numbered notebook, plus an index;
- :func:`render_claims_report` (``python -m analysis report``): the comparison
  notebook run on any claims file, so a new topic needs no new code;
- :func:`execute_in_place`: re-run the committed notebooks top to bottom and save
  them without per-cell timing, for nbval.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
import time
from pathlib import Path

from .errors import ClaimsValidationError, InputError
from .limits import MAX_SIDECAR_BYTES

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
COMPARISON_NOTEBOOK = "02-north-korean-losses.ipynb"
BUNDLED_CLAIMS = ROOT / "data" / "claims" / "north-korean-troops.csv"
TOPICS = ROOT / "data" / "claims"
INDEX_HEAD_BYTES = 65_536   # what write_index reads of each page to find its title
MANIFEST = ".reports.json"   # which topic each report file in an output folder belongs to


def slug(title: str) -> str:
    """A file name from a title.

    Examples
    --------
    A name Windows keeps for a device (``con``, ``nul``, ``com1``...) gets ``-report`` after it,
    so the folder of reports can be copied to any system.

    >>> slug("North Korean troops: who says what?")
    'north-korean-troops-who-says-what'
    >>> slug("../../etc/passwd"), slug(".."), slug("NUL")
    ('etc-passwd', 'report', 'nul-report')
    """
    text = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80].strip("-") or "report"
    return f"{text}-report" if text in _DEVICE_NAMES else text


_DEVICE_NAMES = {"con", "prn", "aux", "nul", *(f"{p}{n}" for p in ("com", "lpt") for n in range(10))}


def sidecar(claims_path: Path) -> dict:
    """The metadata sidecar of a claims file (``<name>.yaml`` beside it) as written, or {} (read safely)."""
    from .claims.sidecar import read_sidecar

    return dict(read_sidecar(claims_path).raw)


def check_title(title: str) -> str:
    """A title as text: one that is not valid UTF-8 (undecodable bytes on the command line) is an error."""
    try:
        title.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"--title {title.encode('utf-8', 'backslashreplace').decode('ascii')!r} is not valid "
                         "UTF-8 text; give the title in UTF-8") from None
    import unicodedata

    control = next((c for c in title if unicodedata.category(c) == "Cc"), None)
    if control is not None:   # a terminal escape, a bell, a line break: a title is one line of text
        raise InputError(f"--title {title!r} holds the control character U+{ord(control):04X}; a title is one line "
                         "of plain text")
    return title


def check_out(out: Path) -> Path:
    """An output folder: a path naming an existing file, or inside one, or in a folder that cannot be written, is an error.

    Examples
    --------
    >>> check_out(Path("/dev/null/reports"))
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: --out '/dev/null/reports' is inside '/dev/null', which is a file; give a folder to write the reports into
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {str(out)!r} is a file; give a folder to write the reports into")
    existing = next((p for p in [out, *out.parents] if p.exists()), None)
    if existing is not None and existing != out and not existing.is_dir():
        raise InputError(f"--out {str(out)!r} is inside {str(existing)!r}, which is a file; give a folder to write "
                         "the reports into")
    if existing is not None and existing.is_dir() and not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(f"--out {str(out)!r}: {str(existing)!r} cannot be written to; give a folder you can write in")
    return out


PAGE_SUFFIXES = (".html", ".htm")
GENERATOR_MARK = b'<meta name="generator" content="analysis report">'


def page_target(out: Path) -> Path | None:
    """The page ``--out`` names when it names one (``reports/maria.html``), or None for a folder.

    A path ending in ``.html`` that is not an existing folder names the page itself. An existing
    file is replaced only when it is a report this package wrote; anything else is an error, so a
    user's own page is never overwritten.

    Examples
    --------
    >>> page_target(Path("reports")) is None
    True
    >>> page_target(Path("reports/maria.html"))
    PosixPath('reports/maria.html')
    >>> page_target(Path("/dev/null/maria.html"))
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: --out '/dev/null' is a file; give a folder to write the reports into (the folder of the page '/dev/null/maria.html')
    """
    out = Path(out)
    if out.suffix.lower() not in PAGE_SUFFIXES or out.is_dir():
        return None
    try:
        check_out(out.parent)
    except InputError as error:
        raise InputError(f"{error} (the folder of the page {str(out)!r})") from None
    if out.exists() or out.is_symlink():
        try:
            ours = out.is_file() and not out.is_symlink() and GENERATOR_MARK in out.open("rb").read(INDEX_HEAD_BYTES)
        except OSError:
            ours = False
        if not ours:
            raise InputError(f"--out {str(out)!r} is a file this package did not write; give a new .html path or a "
                             "folder to write the reports into")
    return out


def make_out(out: Path) -> Path:
    """Create the output folder; a failure (a read-only disk, a race with a file of that name) is one line."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"--out {str(out)!r} cannot be created: {error.strerror or error}") from None
    return out


def report_name(out: Path, title: str, key: str) -> str:
    """A file name for a report that collides with no other topic's report nor with the index.

    ``key`` says which topic the report is (its claims file); a report of the same topic
    keeps its name when rebuilt. The choice is recorded in ``out/.reports.json``.
    """
    manifest_path = out / MANIFEST
    try:   # a pipe or a huge file in its place is no manifest (reading it would block or fill memory)
        usable = manifest_path.is_file() and manifest_path.stat().st_size <= MAX_SIDECAR_BYTES
        manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if usable else {}
    except (OSError, ValueError):
        manifest = {}
    if not isinstance(manifest, dict):   # damaged by hand: start again (existing files still keep their names)
        manifest = {}
    base = slug(title)
    if base == "index":
        base = "index-report"
    name, number = base, 1
    while True:
        owner = manifest.get(name)
        if owner == key or (owner is None and not (out / f"{name}.html").exists()):
            break
        number += 1
        name = f"{base}-{number}"
    manifest[name] = key
    if manifest_path.exists() and not manifest_path.is_file():
        raise InputError(f"--out {str(out)!r} holds {MANIFEST} that is not a file (a folder or a pipe); remove it")
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    return name


def _client(nb, cwd: Path):
    from nbclient import NotebookClient

    return NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                          resources={"metadata": {"path": str(cwd)}})


def execute(path: Path, parameters: dict | None = None):
    """Execute a notebook in this process (with papermill parameters, if any) and return it; the file is not changed.

    See :mod:`analysis.report.notebook`: no kernel is started, so a report takes seconds.
    """
    from .report.notebook import load, run

    nb = load(path)
    if parameters:
        inject_parameters(nb, parameters)
    run(nb, path.parent)
    return nb


def _run(nb, cwd: Path) -> None:
    """Execute in a fresh kernel; the kernel's own log lines (transport notices) are not shown."""
    import subprocess

    _client(nb, cwd).execute(stderr=subprocess.DEVNULL)


def inject_parameters(nb, parameters: dict) -> None:
    """Papermill's convention: a cell tagged ``injected-parameters`` after the one tagged ``parameters``.

    Values are written with ``repr``, so a title from the command line is a string
    literal in the notebook, never code.
    """
    from .report.notebook import code_cell

    lines = ["# Parameters"] + [f"{name} = {value!r}" for name, value in parameters.items()]
    cell = code_cell("\n".join(lines), ["injected-parameters"])
    index = next((i for i, c in enumerate(nb["cells"]) if "parameters" in c["metadata"].get("tags", [])), -1)
    nb["cells"].insert(index + 1, cell)


def to_html(nb, title: str) -> str:
    """One self-contained HTML page: inline images, no code, nothing fetched from the network."""
    from .report.notebook import page

    return page(nb, title)


def _title_of(nb, fallback: str) -> str:
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            for line in cell["source"].splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _progress(message: str) -> None:
    print(message, flush=True)


def render_claims_report(claims: Path, title: str, out: Path, as_of: str | None = None,
                         name: str | None = None) -> int:
    """Render the comparison report for a claims file. Returns an exit code.

    The claims are read once, by the notebook: a file with bad rows gets no report (nothing
    is written, not even the folder), and the bad rows are listed on standard error.
    """
    from .claims.dates import parse_as_of

    claims = Path(claims)
    title = check_title(title)
    page_path = page_target(Path(out))
    if page_path is None:
        check_out(Path(out))
    parse_as_of(as_of or None, "--as-of")
    started = time.perf_counter()
    _progress(f"  executing {COMPARISON_NOTEBOOK} for {claims.name} ...")
    try:
        nb = execute(NOTEBOOKS / COMPARISON_NOTEBOOK,
                     dict(claims_path=str(claims.resolve()), title=title, as_of=as_of or ""))
    except ClaimsValidationError as error:   # every bad row (the message caps how many it prints)
        print(f"No report written: {error}", file=sys.stderr)
        return 2
    except InputError as error:   # a sidecar, a sources file, an empty file: one line
        print(f"No report written: {error}".splitlines()[0], file=sys.stderr)
        return 2
    except Exception as error:   # the comparison failed on this file: one line, not a traceback
        print(f"No report written: the comparison failed on {claims.name}: {type(error).__name__}: {error}"[:400],
              file=sys.stderr)
        return 1
    page = to_html(nb, title)
    make_out(out if page_path is None else page_path.parent)
    try:
        if page_path is None:   # a folder of reports: a name of its own and a line in the index
            target = out / f"{report_name(out, name or title, str(claims.resolve()))}.html"
            target.write_text(page, encoding="utf-8")
            write_index(out)
        else:   # the page the user named; the folder around it is theirs (no index, no manifest)
            target = page_path
            target.write_text(page, encoding="utf-8")
    except OSError as error:   # a full disk, a folder made read-only meanwhile
        raise InputError(f"--out {str(out)!r}: the report cannot be written: {error.strerror or error}") from None
    _progress(f"  wrote {target} ({time.perf_counter() - started:.1f} s)")
    return 0


def build_reports(notebooks: Path, out: Path) -> int:
    """Execute every numbered notebook, render it, and write the index. Returns an exit code."""
    check_out(Path(out))
    make_out(Path(out))
    found = sorted(Path(notebooks).glob("[0-9][0-9]-*.ipynb"))
    if not found:
        print(f"no numbered notebooks in {notebooks}", file=sys.stderr)
        return 1
    failed = []
    for number, path in enumerate(found, 1):
        _progress(f"[{number}/{len(found)}] {path.name}")
        try:
            if path.name == COMPARISON_NOTEBOOK:   # the comparison report, once per bundled topic
                for claims in sorted(TOPICS.glob("*.csv")):
                    if claims.name.endswith(".sources.csv"):
                        continue
                    from .claims.sidecar import read_sidecar

                    meta = read_sidecar(claims)
                    status = render_claims_report(claims, meta.title or claims.stem, out, name=claims.stem)
                    if status:
                        failed.append(claims.name)
                continue
            started = time.perf_counter()
            nb = execute(path)
            title = _title_of(nb, path.stem)
            (out / f"{path.stem}.html").write_text(to_html(nb, title), encoding="utf-8")
            _progress(f"  wrote {out / (path.stem + '.html')} ({time.perf_counter() - started:.1f} s)")
        except InputError:
            raise
        except Exception as error:  # a failing notebook: say which, go on with the others
            first = str(error).strip().splitlines()
            print(f"  failed: {path.name}: {type(error).__name__}: {first[-1] if first else ''}"[:400], file=sys.stderr)
            failed.append(path.name)
    write_index(out)
    _progress(f"wrote {out / 'index.html'}")
    if failed:
        print(f"{len(failed)} report(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def write_index(out: Path) -> Path:
    """``index.html``: one line per report in ``out``, in file-name order.

    Only the head of each page is read (a title sits in its first lines): a folder of other
    pages, a gigabyte-sized one, a folder or a named pipe called ``x.html`` costs nothing.
    """
    import stat

    items = []
    for page in sorted(out.glob("*.html")):
        if page.name == "index.html":
            continue
        try:
            if not stat.S_ISREG(page.stat().st_mode):   # a folder or a pipe named like a page
                continue
            with open(page, "rb") as handle:
                text = handle.read(INDEX_HEAD_BYTES).decode("utf-8", errors="replace")
        except OSError:   # a dangling link, a page that cannot be read: not listed
            continue
        if not text.lstrip().lower().startswith("<!doctype html"):
            continue
        m = re.search(r"<title>(.*?)</title>", text, re.S)
        title = html.unescape(m.group(1).strip()) if m else page.stem
        items.append(f'<li><a href="{html.escape(page.name)}">{html.escape(title)}</a> '
                     f'<span class="file">{html.escape(page.name)}</span></li>')
    index = out / "index.html"
    index.write_text(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        "<title>Reports</title><style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;"
        "line-height:1.5}li{margin:.4rem 0}.file{color:#777;font-size:.85rem;margin-left:.5rem}</style></head>"
        "<body><h1>Reports</h1><p>Each report is one self-contained page: figures inline, code hidden, "
        "every claim listed with its quote and source link.</p><ol>" + "".join(items) + "</ol></body></html>\n",
        encoding="utf-8")
    return index


def execute_in_place(paths: list[Path]) -> int:
    """Re-execute notebooks top to bottom and save them with outputs, without timing metadata."""
    import nbformat

    for path in paths:
        _progress(f"executing {path} ...")
        try:
            nb = nbformat.read(path, as_version=4)
        except (OSError, ValueError) as error:   # missing, a folder, not JSON, not a notebook
            raise InputError(f"{str(path)!r} cannot be read as a notebook: {str(error).splitlines()[0][:120]}") from None
        _run(nb, path.parent)
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
        nb.metadata.pop("widgets", None)
        nbformat.write(nb, path)
    return 0
