"""Command line: ``python -m analysis {build,report,extract} ...``.

- ``build --out DIR``: execute every notebook in ``notebooks/`` and render
  ``DIR/<notebook>.html`` and ``DIR/index.html``.
- ``report --claims FILE --title TEXT --out DIR|PAGE.html``: the comparison report for any claims file,
  into a folder of reports (with an index) or as the one page named.
- ``extract FILE... [--lang auto] [--out candidates.csv]``: candidate claims from article text.
- ``extract-corpus INPUT --out DIR [--workers N] [--scheduler ADDRESS]``: the same on a corpus, on Dask.

A user's mistake (``InputError``) is printed in one or two lines, without a traceback, and the
exit code is 2; a batch command whose inputs partly failed exits with 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from .errors import InputError

    try:
        return _run(argv)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:   # a path given on the command line that cannot be read or written
        where = f": {exc.filename!r}" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _run(argv: list[str] | None) -> int:
    from .errors import InputError

    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="execute the notebooks and render every report")
    build.add_argument("--out", default="reports", type=Path, help="folder for the pages and their index (default: reports)")
    build.add_argument("--notebooks", default="notebooks", type=Path, help="folder of numbered notebooks (default: notebooks)")

    report = sub.add_parser("report", help="render the comparison report for a claims file")
    report.add_argument("--claims", required=True, type=Path,
                        help="a claims file (CSV, or the Parquet output of extract-corpus), with its sidecar beside it")
    report.add_argument("--title", required=True, help="the report's title, one line of text")
    report.add_argument("--out", required=True, type=Path,
                        help="a folder (the page gets a name from the title and a line in the folder's index) "
                             "or a path ending in .html (that page only)")
    report.add_argument("--as-of", default=None, help="compare the sources as of this date (YYYY-MM-DD)")

    run = sub.add_parser("execute", help="re-execute notebooks in place (outputs saved, no timing metadata)")
    run.add_argument("paths", nargs="*", type=Path)

    docs = sub.add_parser("conventions", help="rewrite the conventions table in the README from the tables")
    docs.add_argument("--readme", default="README.md")

    extract = sub.add_parser("extract", help="candidate claims from article text files")
    extract.add_argument("files", nargs="+", type=Path, help="article text files (UTF-8), or folders of them (every .txt file under a folder)")
    extract.add_argument("--lang", default="auto",
                         help="en, uk, ru or ko; auto (default): from the file name (…_lang-uk.txt), else the script")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    extract.add_argument("--out", default=None, type=Path,
                         help="candidates CSV for the reviewer, with a keep column (default: printed to standard output)")

    corpus = sub.add_parser("extract-corpus", help="candidate claims from a corpus of articles, on Dask")
    corpus.add_argument("input", help="a folder of text files, a glob, a JSON Lines or a Parquet file")
    corpus.add_argument("--out", required=True, type=Path, help="folder for the Parquet parts and the summary")
    corpus.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    corpus.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler")
    corpus.add_argument("--lang", default="auto",
                        help="language of the articles without a lang column (default: auto, detected from the text)")
    corpus.add_argument("--overwrite", action="store_true", help="start again instead of resuming")
    corpus.add_argument("--no-progress", action="store_true", help="no progress bar")

    args = parser.parse_args(argv)
    if args.command == "extract-corpus":
        from .corpus.cli import run_corpus_command

        return run_corpus_command(args)
    if args.command == "build":
        from .reports import build_reports

        return build_reports(args.notebooks, args.out)
    if args.command == "conventions":
        from .conventions_table import write_readme

        try:
            changed = write_readme(args.readme)
        except ValueError:   # no conventions markers in that file
            raise InputError(f"--readme {args.readme!r} has no conventions table markers (<!-- conventions:start "
                             "... --> and <!-- conventions:end -->); give the project's README.md") from None
        print("README table updated" if changed else "README table already up to date")
        return 0
    if args.command == "execute":
        from .reports import NOTEBOOKS, execute_in_place

        return execute_in_place(args.paths or sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")))
    if args.command == "report":
        from .reports import render_claims_report

        return render_claims_report(args.claims, args.title, args.out, as_of=args.as_of)
    from .extract.cli import extract_files

    return extract_files(args.files, lang=args.lang, out=args.out, progress=not args.quiet)


if __name__ == "__main__":
    sys.exit(main())
