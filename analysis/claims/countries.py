"""Country names from ISO 3166 codes (pycountry), in the forms a sentence or a table needs.

pycountry knows every ISO 3166-1 code. Its short common name is used when it has one
("KR" -> "South Korea"); otherwise its name, with a qualifier after a comma dropped
("PS", "Palestine, State of" -> "Palestine"), unless another country shares what is left
("CD", "Congo, The Democratic Republic of the" -> "the Democratic Republic of the Congo").
Names that English writes with "the" get it in prose ("the United States").
"""

from __future__ import annotations

from functools import lru_cache

_THE_WORDS = ("United", "Republic", "Federation", "Kingdom", "Islands", "Emirates", "Netherlands", "Philippines",
              "Bahamas", "Gambia", "States", "Union")


#: Codes in common use that ISO 3166-1 leaves to its users ("user-assigned"), so pycountry lacks them: Kosovo
#: is XK for the European Commission, SWIFT and most news annotation.
_USER_ASSIGNED = {"XK": "Kosovo"}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    import pycountry

    names = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None)
        names[country.alpha_2] = common or country.name
    names.update(_USER_ASSIGNED)
    heads = {}
    for code, name in names.items():
        heads.setdefault(name.split(",")[0], []).append(code)
    out = {}
    for code, name in names.items():
        if "," in name:
            head, tail = (part.strip() for part in name.split(",", 1))
            if len(heads[head]) == 1:
                name = head
            else:
                tail = tail[0].lower() + tail[1:] if tail.lower().startswith("the ") else tail
                name = f"{tail} {head}" if tail.startswith("the ") else f"the {tail} {head}"
        out[code] = name
    return out


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code (and XK, Kosovo, a user-assigned code in common use).

    Examples
    --------
    >>> is_country("KR"), is_country("XX"), is_country("PR"), is_country("XK")
    (True, False, True, True)
    """
    return code in _table()


def country_name(code: str) -> str:
    """The name a sentence uses ("the United States", "South Korea"); joint codes are listed.

    Examples
    --------
    >>> country_name("KR"), country_name("KR|UA|US")
    ('South Korea', 'South Korea, Ukraine and the United States')
    >>> country_name("CD"), country_name("PS")
    ('the Democratic Republic of the Congo', 'Palestine')
    """
    parts = [_with_article(_table().get(c, c)) for c in code.split("|") if c]
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def short_name(code: str) -> str:
    """The name in a table or on an axis: no leading "the" ("United States").

    Examples
    --------
    >>> short_name("US"), short_name("KR|UA|US"), short_name("")
    ('United States', 'South Korea, Ukraine, United States', '')
    """
    names = [_table().get(c, c) for c in code.split("|") if c]
    return ", ".join(n[4:] if n.startswith("the ") else n for n in names)


def _with_article(name: str) -> str:
    if name.startswith("the "):
        return name
    return f"the {name}" if any(word in name.split() for word in _THE_WORDS) else name


def possessive(name: str) -> str:
    """The possessive of a name: "Ukraine's", "the United States'".

    Examples
    --------
    >>> possessive("the United States"), possessive("Ukraine")
    ("the United States'", "Ukraine's")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


__all__ = ["is_country", "country_name", "short_name", "possessive"]
