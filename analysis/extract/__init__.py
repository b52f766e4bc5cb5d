"""Claim extraction: article text -> candidate claims (sentences, speakers, cues, measures).

``extract_claims(text, lang)`` returns a DataFrame, ``extract_rows(text, lang)`` the same rows as
plain records (for the corpus mode). Language knowledge is in ``tables/<lang>.yaml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .pipeline import OUTPUT_COLUMNS, extract_rows

__all__ = ["extract_claims", "extract_rows", "OUTPUT_COLUMNS"]


def extract_claims(text: str, lang: str = "en", sources: Any = None, document: str = "article", url: str = ""):
    """Candidate claims in an article: attributed numbers about people, one row each, in text order.

    Parameters
    ----------
    text : str
        The article text.
    lang : str, default "en"
        en, uk, ru or ko (each has a table in ``analysis/extract/tables/``).
    sources : str, Path or sequence, optional
        A topic's own organisations beside the bundled registry: a ``sources.csv`` path, or
        ``(Known, names)`` pairs (see ``analysis.extract.registry``).
    document : str, default "article"
        The name the ``document`` column gives the text (the offsets point into it). A file name
        ``<outlet>_<date>_<topic>.txt`` or a web address also names the outlet, whose country is the article's home:
        a bare state body of no country of its own is its (``analysis.extract.outlets``).
    url : str, default ""
        The article's web address when known; it names the outlet before ``document`` does.

    Returns
    -------
    pandas.DataFrame
        The claims columns (``speaker``, ``organisation``, ``country``, ``metric``, ``scope``,
        ``subject``, ``stated``, ``quote``, ``start``/``end`` offsets of the number phrase in
        ``text`` …), the range columns, ``confidence`` and ``reason`` (the cues that decided).

    Examples
    --------
    >>> rows = extract_claims("Some 40 people were killed, the Ruritanian interior ministry said on Sunday.")
    >>> rows[["stated", "metric", "organisation", "country"]].values.tolist()
    [['Some 40', 'killed', 'Ruritanian interior ministry', '']]
    """
    import pandas as pd

    if isinstance(sources, (str, Path)):
        from .registry import topic_sources

        sources = topic_sources(sources)  # a topic's own organisations, beside the bundled registry
    rows = extract_rows(text, lang=lang, document=document, sources=sources, url=url)
    return pd.DataFrame({c: [row[c] for row in rows] for c in OUTPUT_COLUMNS}, columns=list(OUTPUT_COLUMNS))
