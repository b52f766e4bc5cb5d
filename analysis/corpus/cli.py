"""``python -m analysis extract-corpus INPUT --out DIR [--workers N] [--scheduler ADDRESS] [--lang L] [--overwrite]``."""

from __future__ import annotations

import argparse
import sys


def run_corpus_command(args: argparse.Namespace) -> int:
    """Run a corpus extraction from parsed arguments; print the summary. Returns the exit code.

    0 when every article was read and extracted, 1 when an article or a partition failed (the
    others are written all the same). A user's mistake raises ``InputError`` (exit code 2).
    """
    from .run import extract_corpus

    if args.scheduler and args.workers:
        print(f"note: --workers {args.workers} is for the local cluster; the scheduler at {args.scheduler} "
              f"uses its own workers", file=sys.stderr)
    summary = extract_corpus(args.input, args.out, workers=None if args.scheduler else args.workers,
                             scheduler=args.scheduler, lang=None if args.lang == "auto" else args.lang,
                             overwrite=args.overwrite,
                             progress=not getattr(args, "no_progress", False))
    print(summary.describe())
    return 0 if summary.ok else 1
