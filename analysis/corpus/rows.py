"""One article's candidate claims as output rows, and the columns of the corpus's Parquet files.

The output has the columns of a claims file (``analysis.schema.COLUMNS``, every cell text,
as a claims CSV is read) then ``confidence`` (a float) and ``reason``. ``document`` is the
article's id and ``start``/``end`` are character offsets of the number in the article's text;
``claim_id`` is ``<article id>-001``, ``-002`` … so it is unique across the corpus when the
article ids are. ``url``, ``published``, ``outlet`` and ``lang`` come from the input; without an
``outlet``, the site of the ``url`` stands for it (a claims file needs one).
"""

from __future__ import annotations

from ..claims.provenance import published_date as _published
from ..claims.provenance import site_of as _host
from ..claims.provenance import web_address as _url
from ..claims.schema import COLUMNS
from .inputs import Article

EXTRA_COLUMNS = ("confidence", "reason")
OUTPUT_COLUMNS = tuple(COLUMNS) + EXTRA_COLUMNS
_EMPTY = ("",) * len(COLUMNS)


def arrow_schema():
    """The Arrow schema of every output file: the claims columns as text, ``confidence`` a float.

    Examples
    --------
    >>> schema = arrow_schema()
    >>> schema.field("stated").type, schema.field("confidence").type, schema.names[-2:]
    (DataType(string), DataType(double), ['confidence', 'reason'])
    """
    import pyarrow as pa

    return pa.schema([pa.field(c, pa.string()) for c in COLUMNS] + [pa.field("confidence", pa.float64()),
                                                                     pa.field("reason", pa.string())])


def extract_article(text: str, lang: str, document: str, url: str = "") -> list[dict]:
    """The extractor's rows for one article, as plain records (the one call into extraction).

    Examples
    --------
    >>> rows = extract_article("The Pentagon said 40 soldiers were killed.", "en", "a1")
    >>> [(r["stated"], r["metric"], r["document"]) for r in rows]
    [('40', 'killed', 'a1')]
    """
    from ..extract import extract_rows

    return extract_rows(text, lang=lang, document=document, url=url)


def claim_rows(article: Article, lang: str) -> list[dict]:
    """The output rows of one article: its claims in the claims-file columns, plus confidence and reason.

    Examples
    --------
    >>> article = Article("wire-7", "The Pentagon said 40 soldiers were killed.", url="https://example.org/7",
    ...                   published="2025-03-01T08:00:00Z")
    >>> row = claim_rows(article, "en")[0]
    >>> row["claim_id"], row["document"], row["start"], row["end"], row["published"], row["outlet"]
    ('wire-7-001', 'wire-7', '18', '20', '2025-03-01', 'example.org')
    """
    published, published_note = _published(article.published)
    url, url_note = _url(article.url)
    outlet = article.outlet.strip() or _host(url)
    notes = "; ".join(n for n in (published_note, url_note) if n)
    out = []
    # the address names the outlet (its home country) and an official page's issuer, as in ``analysis extract``
    for number, row in enumerate(extract_article(article.text, lang, article.id, url), 1):
        if article.offset:
            row["start"], row["end"] = int(row["start"]) + article.offset, int(row["end"]) + article.offset
        # most cells are text already: only the others go through _cell
        record = {c: v if type(v) is str else _cell(v) for c, v in zip(COLUMNS, map(row.get, COLUMNS, _EMPTY))}
        record.update(claim_id=f"{article.id}-{number:03d}", document=article.id, lang=lang, url=url,
                      published=published, outlet=outlet, notes=notes)
        record["confidence"] = float(row["confidence"])
        record["reason"] = str(row["reason"])
        out.append(record)
    return out


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


