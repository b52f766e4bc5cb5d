"""HTML fragments for the normalising notebook, with every value from the data escaped.

The topic reports use Jinja templates (:mod:`analysis.report.render`); these small helpers
serve notebook 01's cells.

Quotes, names and URLs come from the web. Nothing here puts a data value into a
page without ``html.escape``; links accept only http(s) addresses and open
without passing on who referred the reader.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable

import pandas as pd

_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)


def esc(value: object) -> str:
    """Text from the data, safe inside HTML (``&``, ``<``, ``>`` and both quotes escaped).

    Examples
    --------
    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def link(url: object, text: object | None = None) -> str:
    """An escaped link to an http(s) address; anything else is shown as plain text.

    Examples
    --------
    >>> link("javascript:alert(1)")
    'javascript:alert(1)'
    >>> link("https://example.org/?a=1&b=2", "source")
    '<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer nofollow">source</a>'
    """
    url = "" if url is None else str(url)
    label = esc(text if text is not None else url)
    if not _SAFE_URL.match(url):
        return label
    return f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{label}</a>'


def paragraph(text: str, css_class: str = "") -> str:
    """A paragraph of generated prose (escaped)."""
    attribute = f' class="{esc(css_class)}"' if css_class else ""
    return f"<p{attribute}>{esc(text)}</p>"


def heading(text: str, level: int = 1) -> str:
    """An escaped heading."""
    return f"<h{level}>{esc(text)}</h{level}>"


def table(frame: pd.DataFrame, columns: Iterable[str], headers: Iterable[str] | None = None,
          links: dict[str, str] | None = None, css_class: str = "claims", quote_columns: Iterable[str] = ()) -> str:
    """An HTML table of some columns of a frame, every cell escaped.

    ``links`` maps a column shown as link text to the column holding its URL.
    """
    columns = list(columns)
    headers = list(headers) if headers is not None else columns
    links = links or {}
    quoted = set(quote_columns)
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for _, row in frame.iterrows():
        cells = []
        for column in columns:
            value = row.get(column)
            if column in links:
                content = link(row.get(links[column]), value)
            else:
                content = esc(value)
            css = ' class="quote"' if column in quoted else ""
            cells.append(f"<td{css}>{content}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="{esc(css_class)}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def show_html(fragment: str) -> None:
    """Display a fragment in a notebook."""
    from IPython.display import HTML, display

    display(HTML(fragment))
