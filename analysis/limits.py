"""The documented limits on inputs, in one place (the README's "Limits" table lists them).

Past a limit the package raises ``LimitExceededError`` with a one-line message (for one
number, the phrase is kept with ``parsed = False`` and the reason); it never crashes or hangs.
"""

from __future__ import annotations

#: Largest claims file (CSV or Parquet) read by ``load_claims``, in bytes.
MAX_CLAIMS_FILE_BYTES = 256 * 1024 * 1024
#: Most claims one report reads (``python -m analysis report``, ``build``): a report lists every claim and
#: compares each measure three times (one per hedge band). Measured with 70 sources per measure, on a loaded
#: machine: 5,000 claims about 9 s of processor time, 10,000 about 11.5 s and 670 MB; 20,000 took 1 GB.
#: ``load_claims`` itself reads any file up to MAX_CLAIMS_FILE_BYTES.
MAX_REPORT_CLAIMS = 10_000
#: Largest single field of a claims file, in characters (a quote is one sentence).
MAX_FIELD_CHARS = 100_000
#: Largest metadata sidecar (YAML) or ``sources.csv``, in bytes.
MAX_SIDECAR_BYTES = 1024 * 1024
#: Deepest nesting of lists and mappings in a sidecar or table YAML (a sidecar needs a few levels).
MAX_YAML_DEPTH = 100
#: Largest article given to the extractor, in characters: a long report, 50 to 100 times a news article.
#: Extraction is linear, about 4 s per million characters of the densest text (a casualty list with no
#: full stop, 2 MB: 8.4 s and 600 MB), so an article at this limit stays within 10 s and 1 GB.
MAX_ARTICLE_CHARS = 1_000_000
#: Most digits in one number; a longer run of digits is not read as a quantity.
MAX_NUMBER_DIGITS = 30
#: Largest figure a claims row is compared by: a thousand trillion, past any count of people or sum of
#: money in the news. "1e308" or 25 nines stay listed, with ``parsed = False`` and the reason (they made
#: a figure's axis infinite).
MAX_CLAIM_VALUE = 10 ** 15
#: Most numbers ``find_ranges`` reads from one text: digits, number words and the words that may open
#: a quantity ("a", "several"). Every quantity it returns takes at least one, so it also returns at most
#: this many (a list of them costs about 350 bytes each), and a text made of numbers costs at most the
#: time of reading this many. ``analysis.normalise.iter_ranges`` reads any number, one at a time.
MAX_NUMBERS_PER_CALL = 100_000


def check_size(size: int, limit: int, what: str, unit: str = "bytes") -> None:
    """Raise ``LimitExceededError`` when ``size`` is past ``limit``.

    Examples
    --------
    >>> check_size(10, 100, "sidecar")
    >>> check_size(200, 100, "sidecar 'x.yaml'")
    Traceback (most recent call last):
    ...
    analysis.errors.LimitExceededError: sidecar 'x.yaml' is 200 bytes; the limit is 100 bytes
    """
    if size > limit:
        from .errors import LimitExceededError

        raise LimitExceededError(f"{what} is {size:,} {unit}; the limit is {limit:,} {unit}")
