"""Where a claim was read: an article's address, its site (the outlet when none is named) and its date.

Shared by the two ways candidates are made (``python -m analysis extract`` on text files with a
``URL:``/``DATE:`` header, and corpus extraction from an input's columns), so both fill the
claims file's ``url``, ``outlet`` and ``published`` the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from .schema import is_partial_date

_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
#: An address whose host is lower-case letters, digits, dots and hyphens, right after the scheme and before the path,
#: query, fragment or the end: no user, port, brackets or white space for urlsplit to deal with.
_PLAIN_HOST = re.compile(r"(?i:https?)://([a-z0-9.-]+)(?=[/?#]|$)")
#: A header line at the top of an article file ("URL: https://...", "Date: 2025-05-28", "Outlet: ...").
_HEADER_LINE = re.compile(r"(?i)(url|date|published|outlet)[ \t]*:[ \t]*(\S[^\r\n]*)?\r?\n")


def site_of(url: str) -> str:
    """The site of an address, which stands for the outlet when none is named.

    Examples
    --------
    >>> site_of("https://www.example.org/news/1"), site_of(""), site_of("HTTP://User@Example.ORG:80/?q")
    ('example.org', '', 'example.org')
    """
    plain = _PLAIN_HOST.match(url)  # the common address, its host read without urlsplit (the same host)
    if plain is not None:
        return plain.group(1).removeprefix("www.")
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def published_date(value: str) -> tuple[str, str]:
    """A date the claims file accepts (YYYY-MM-DD, YYYY-MM, YYYY) from a date or a timestamp, and a note
    when the value is none.

    Examples
    --------
    >>> published_date("2025-03-01T08:00:00Z"), published_date("2025-03"), published_date("last week")
    (('2025-03-01', ''), ('2025-03', ''), ('', "published 'last week' is not a date"))
    """
    value = value.strip()
    if not value or is_partial_date(value):
        return value, ""
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat(), ""
    except ValueError:
        return "", f"published {value[:40]!r} is not a date"


def web_address(value: str) -> tuple[str, str]:
    """An http(s) address as the claims file accepts it, and a note when the value is none.

    Examples
    --------
    >>> web_address(" https://example.org/a "), web_address("javascript:alert(1)")
    (('https://example.org/a', ''), ('', "url 'javascript:alert(1)' is not an http(s) address"))
    """
    value = value.strip()
    if not value or _URL.match(value):
        return value, ""
    return "", f"url {value[:60]!r} is not an http(s) address"


def article_header(text: str) -> tuple[dict[str, str], int]:
    """The ``URL:``, ``DATE:`` (or ``PUBLISHED:``) and ``OUTLET:`` lines at the very top of an article
    file, and how many characters they take (the article starts after them).

    Only those keys, only at the top, one per line, each with a value of its kind (an http(s)
    address, a date, a name of at most 120 characters); the first other line ends the header, so
    an article that opens with "Date: unknown." keeps its first line.

    Examples
    --------
    >>> article_header("URL: https://example.org/a\\nDATE: 2025-05-28\\nFloods kill 12\\n")
    ({'url': 'https://example.org/a', 'published': '2025-05-28'}, 44)
    >>> article_header("Date: unknown. Twelve people died.\\n"), article_header("Floods kill 12")
    (({}, 0), ({}, 0))
    """
    fields: dict[str, str] = {}
    at = 0
    while True:
        line = _HEADER_LINE.match(text, at)
        if line is None:
            break
        key = {"date": "published"}.get(line.group(1).lower(), line.group(1).lower())
        value = (line.group(2) or "").strip()
        usable = {"url": lambda v: bool(v) and not web_address(v)[1],
                  "published": lambda v: bool(v) and not published_date(v)[1],
                  "outlet": lambda v: 0 < len(v) <= 120}[key](value)
        if key in fields or not usable:
            break
        fields[key] = value
        at = line.end()
    return fields, at
