"""The twenty-sixth session's speed shortcuts (speed17) answer exactly as the plain way does.

Each test compares the shortcut with the plain reading it replaces, on inputs written for it, and checks that the
rule still fires where it should and not on the distractors. Speed itself is measured in
``benchmarks/bench_extract.py`` and ``benchmarks/bench_ab.py``, never here.
"""

from __future__ import annotations

import pytest

from analysis.extract import outlets


# --- outlets: the news outlet of a file name or address, looked up in an index built once --------------------------

def _news_rows_plain(key: str) -> set[tuple[str, str]]:
    """The rows of kind ``news`` a slug or a host answers to, read row by row as ``news_outlet`` did before."""
    return {(row["outlet"].strip(), row["country"].strip()) for row in outlets._rows()
            if (row.get("kind") or "news").strip() == "news" and any(
                key == d or ("." in d and key in outlets.site_slugs(d) and key not in outlets.GENERIC_SLUGS)
                for d in (x.strip().lower() for x in row["domains"].split("|")) if d)}


def test_news_names_index_answers_as_the_rows_do():
    keys = {"xyz", "nosuchpaper", "news", "times", "interfax", "interfaxru", "interfax-ru", "mfa-gov-ua"}
    for row in outlets._rows():
        for d in filter(None, (x.strip().lower() for x in row["domains"].split("|"))):
            keys.add(d)
            keys.update(outlets.site_slugs(d) if "." in d else ())
    keys |= outlets.GENERIC_SLUGS
    index = outlets._news_names()
    assert all(index.get(key, frozenset()) == _news_rows_plain(key) for key in keys)


@pytest.mark.parametrize("name, url, expected", [
    ("hromadske_2023-09-12_cemetery_lang-uk.txt", "", ("Hromadske", "UA")),  # a slug the registry writes
    ("interfax-ru_2025-03-01_strike_lang-ru.txt", "", ("Interfax", "RU")),  # a site's slug with its country code
    ("notes.txt", "https://www.reuters.com/world/x", ("Reuters", "GB")),  # an address's host
    ("", "https://edition.reuters.com/a", ("Reuters", "GB")),  # the host's parent domain
    # distractors: a slug two outlets answer to, a body's page, a generic word, a file of no outlet
    ("interfax_2025-03-01_strike_lang-ru.txt", "", None),
    ("mfa-gov-ua_2025-03-01_statement_lang-uk.txt", "", None),
    ("news_2025-01-01_floods.txt", "", None),
    ("notes.txt", "", None),
])
def test_news_outlet_of_names(name, url, expected):
    assert outlets.news_outlet(name, url) == expected
