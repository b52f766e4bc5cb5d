"""ISO 3166-1 alpha-2 country codes, and how commentary names the countries it mentions most."""

from __future__ import annotations

ISO_3166_ALPHA2 = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

# code: (name, possessive, adjective) as a sentence uses them
_NAMES = {
    "KR": ("South Korea", "South Korea's", "South Korean"),
    "KP": ("North Korea", "North Korea's", "North Korean"),
    "UA": ("Ukraine", "Ukraine's", "Ukrainian"),
    "US": ("the United States", "the U.S.", "U.S."),
    "GB": ("the United Kingdom", "the U.K.'s", "British"),
    "RU": ("Russia", "Russia's", "Russian"),
    "CN": ("China", "China's", "Chinese"),
    "JP": ("Japan", "Japan's", "Japanese"),
    "FR": ("France", "France's", "French"),
    "DE": ("Germany", "Germany's", "German"),
    "IL": ("Israel", "Israel's", "Israeli"),
    "PS": ("Palestine", "Palestinian", "Palestinian"),
    "IR": ("Iran", "Iran's", "Iranian"),
    "TR": ("Turkey", "Turkey's", "Turkish"),
    "PL": ("Poland", "Poland's", "Polish"),
    "BY": ("Belarus", "Belarus's", "Belarusian"),
    "SY": ("Syria", "Syria's", "Syrian"),
    "SD": ("Sudan", "Sudan's", "Sudanese"),
    "IN": ("India", "India's", "Indian"),
    "PK": ("Pakistan", "Pakistan's", "Pakistani"),
    "EE": ("Estonia", "Estonia's", "Estonian"),
    "LT": ("Lithuania", "Lithuania's", "Lithuanian"),
    "LV": ("Latvia", "Latvia's", "Latvian"),
    "FI": ("Finland", "Finland's", "Finnish"),
}


def country_name(code: str) -> str:
    """The name a sentence uses for a country code ("KR" -> "South Korea"); joint codes are listed.

    Examples
    --------
    >>> country_name("KR"), country_name("KR|UA|US")
    ('South Korea', 'South Korea, Ukraine and the United States')
    """
    if not code:
        return "an unnamed source"
    parts = [(_NAMES.get(c, (c, c, c))[0]) for c in code.split("|")]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def short_name(code: str) -> str:
    """The name on an axis or in a table: no leading "the" ("United States").

    Examples
    --------
    >>> short_name("US"), short_name("KR|UA|US")
    ('United States', 'South Korea, Ukraine, United States')
    """
    if not code:
        return "unnamed"
    names = [_NAMES.get(c, (c, c, c))[0] for c in code.split("|")]
    return ", ".join(n[4:] if n.startswith("the ") else n for n in names)


def possessive(code: str) -> str:
    """ "Ukraine's", "the U.S.", "South Korea's" (the form before "estimate" or a number)."""
    return _NAMES.get(code, (code, f"{code}'s", code))[1] if code else "an unnamed source's"


def adjective(code: str) -> str:
    """ "U.S.", "South Korean", "Ukrainian"."""
    return _NAMES.get(code, (code, code, code))[2] if code else "unnamed"
