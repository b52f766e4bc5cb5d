"""Known organisations, looked up inside a speaker phrase: the comparison layer's source registry.

The registry (``analysis.claims.sources.SourceRegistry``, package data) gives an organisation's
canonical name, kind and country; here every name and alias is keyed like the words of a
language (lemmas, stems), so "Моніторингової місії ООН" finds "Моніторингова місія ООН".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from .language import Language, PhraseSet, language


#: The definite article of Arabic and of English written before a name, with the separator after it ("al-", "al ",
#: "el-", "the "; in Cyrillic "аль-", "аш-", and pymorphy3's keys of them, "аля-"): a name is the same name with or
#: without it ("Al Shabaab", "al-Shabaab", "Shabaab"; "Аль-Шабаб", "Шабаб").
_ARTICLE = re.compile(r"^(?:the|al|el|ad|ash|as|at|az|ал|аль|аля|эль|ель|ад|аш|ас|аз)"
                      r"(?:[\s\-\u2010\u2011'\u2019\u02bc`]+)(?=\w)", re.IGNORECASE)
_HANGUL = re.compile(r"[가-힣]")
_LATIN_LOOKALIKES = "aceiopxykmhtbABCEHIKMOPTXY"
_CYRILLIC_LOOKALIKES = "асеіорхукмнтвАВСЕНІКМОРТХУ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """One key for the ways a name is written: case, hyphens, spaces, apostrophes, dots and quotation marks, accents
    and diacritics, a leading article (al-, el-, the; аль-), and letters of the other alphabet that look alike in a
    word of Cyrillic or Latin letters ("Мinistry" with a Cyrillic М) do not tell names apart. Korean syllables are kept
    whole (accents are dropped from the other letters only).

    Parameters
    ----------
    name : str
        A name as written (a registry name, or words of a text).

    Returns
    -------
    str
        The key: lower-case letters and digits run together, "" when nothing is left.

    Examples
    --------
    >>> name_key("Al Shabaab") == name_key("al-Shabaab") == name_key("Shabaab") == "shabaab"
    True
    >>> name_key("Médecins Sans Frontières"), name_key("U.N.H.C.R."), name_key("Аль-Шабаб")
    ('medecinssansfrontieres', 'unhcr', 'шабаб')
    >>> name_key("알 샤바브") == name_key("알샤바브")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c))).casefold()
    text = _ARTICLE.sub("", text.strip(" \t\"'«»„“”‘’"))
    words = []
    for word in re.findall(r"\w+", text):
        cyrillic = sum("\u0400" <= c <= "\u04ff" for c in word)
        latin = sum("a" <= c <= "z" for c in word)
        if cyrillic and latin:  # a word of one alphabet with a look-alike of the other inside it
            word = word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)
        words.append(word)
    return "".join(words).replace("_", "")


def spellings_of(name: str, article: bool = True) -> set[str]:
    """The other ways news writes a name, each with the same ``name_key``: hyphens as spaces ("Al Shabaab"), without
    its leading article (al-, el-, аль-: "Shabaab", "Шабаб"; ``article`` False keeps it, as an outlet's title keeps
    "El"), without accents and diacritics ("Medecins Sans Frontieres") and without apostrophes ("Hayat Tahrir al-Sham").

    Examples
    --------
    >>> sorted(spellings_of("Al-Shabaab"))
    ['Al Shabaab', 'Shabaab']
    >>> sorted(spellings_of("Médecins Sans Frontières"))
    ['Medecins Sans Frontieres']
    """
    forms = {name}
    forms |= {f.replace("-", " ") for f in forms if re.search(r"\w-\w", f)}
    if article:
        forms |= {_ARTICLE.sub("", f, count=1) for f in forms if _ARTICLE.match(f.lower()) and
                  not f.lower().startswith("the ")}
    plain = {unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", f)
                                                 if not unicodedata.combining(c))) for f in forms}
    forms |= {f for f in plain if re.fullmatch(r"[\x00-\x7f]+", f)}  # (Latin names only: Cyrillic й and ї keep their marks)
    forms |= {re.sub(r"(?<=\w)['\u2019\u02bc](?=\w)", "", f) for f in forms}
    forms.discard(name)
    return {f for f in forms if f.strip()}


@dataclass(frozen=True)
class Known:
    """An organisation of the registry: canonical name, kind, ISO country ("" for international bodies).

    A name several states' bodies bear ("NDMA", "МЧС") is a Known of no country whose ``shared`` holds those bodies:
    the phrase's own country word, else the text (``pipeline.Document._shared_body``), says which one speaks.
    """

    organisation: str
    kind: str
    country: str
    shared: tuple[Known, ...] = ()

    def sharer(self, country: str) -> Known | None:
        """The body of ``country`` among the bodies a shared name stands for, or None.

        Examples
        --------
        >>> pk, india = Known("NDMA (Pakistan)", "government", "PK"), Known("NDMA (India)", "government", "IN")
        >>> Known("NDMA", "government", "", (pk, india)).sharer("IN") == india
        True
        """
        return next((known for known in self.shared if known.country == country), None) if country else None


def shared_name_keys() -> frozenset[str]:
    """The names of the bundled registry that several bodies bear (``claims.sources.shared_names``), as the claims
    layer keys them (``claims.sources.name_key``)."""
    try:
        from ..claims.sources import SourceRegistry
    except ImportError:  # pragma: no cover - before the comparison layer's registry exists
        return frozenset()
    return SourceRegistry.bundled()._shared


def bundled_sources() -> list[tuple[Known, tuple[str, ...]]]:
    """Every organisation of the bundled registry (the comparison layer's package data)."""
    try:
        from ..claims.sources import SourceRegistry  # the comparison layer's registry
    except ImportError:  # pragma: no cover - before the comparison layer's registry exists
        return _legacy_sources()
    out = []
    for source in SourceRegistry.bundled():
        out.append((Known(source.organisation, source.kind or "", source.country or ""), source.names))
    return out


def _legacy_sources() -> list:  # pragma: no cover - removed once the registry is on main
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "sources.csv"
    if not path.exists():
        return []
    by_org: dict[str, tuple[Known, list[str]]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            known, names = by_org.setdefault(row["organisation"], (
                Known(row["organisation"], row.get("kind", ""), row.get("country", "")), [row["organisation"]]))
            names.append(row["alias"])
    return list(by_org.values())


def topic_sources(path) -> tuple:
    """A topic's own organisations from a ``sources.csv`` (``organisation, kind, country, aliases`` with
    aliases separated by ``|``, or the older ``alias, organisation, country, kind``), as (Known, names)."""
    import csv
    from pathlib import Path

    from ..errors import InputError
    from ..limits import MAX_SIDECAR_BYTES, check_size

    path = Path(path)
    try:
        check_size(path.stat().st_size, MAX_SIDECAR_BYTES, f"sources file {str(path)!r}")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read sources file {str(path)!r}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"sources file {str(path)!r} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    by_org: dict[str, tuple[Known, list[str]]] = {}
    for row in csv.DictReader(text.splitlines()):
        organisation = (row.get("organisation") or "").strip()
        if not organisation:
            continue
        known, names = by_org.setdefault(organisation, (
            Known(organisation, (row.get("kind") or "").strip(), (row.get("country") or "").strip()), [organisation]))
        names.extend(a for a in (row.get("aliases") or "").split("|") if a.strip())
        if row.get("alias"):
            names.append(row["alias"])
    return tuple((known, tuple(names)) for known, names in by_org.values())


def society_adjectives(lx: Language) -> list[tuple[Known, tuple[str, ...]]]:
    """The national Red Cross and Red Crescent societies (``claims.sources.national_societies``) under the names
    a nationality word of the language's table makes ("Kenyan Red Cross", "Турецкий Красный Полумесяц"): the
    patterns with ``{adjective}`` of ``claims/data/national_societies.yaml``. Korean has none (it writes the
    country's name: "우간다 적십자사").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> dict((n, k.country) for k, names in society_adjectives(language("en")) for n in names)["Kenyan Red Cross"]
    'KE'
    """
    from ..claims.sources import national_societies, society_table

    table = society_table()
    crescent = set(table["crescent_countries"])
    by_country: dict[str, list[str]] = {}
    for word, code in lx.table["nationalities"].items():
        word = str(word)
        if " " not in word and code and "|" not in str(code):
            by_country.setdefault(str(code), []).append(word[:1].upper() + word[1:])
    out = []
    for society in national_societies():
        sort = "crescent" if society.country in crescent else "cross"
        patterns = [p for p in table["patterns"][sort].get(lx.lang, []) if "{adjective}" in p]
        names = tuple(p.format(adjective=word) for p in patterns for word in by_country.get(society.country, []))
        if names:
            out.append((Known(society.organisation, society.kind, society.country), names))
    return out


_CYRILLIC_NAME = re.compile(r"[А-ЯІЇЄҐЁ][а-яіїєґё'’]+")
_VOWELS = frozenset("аеєиіїоуюяэыёьй")


def case_forms(lx: Language, name: str) -> list[tuple[str, ...]]:
    """The keys of a one-word Cyrillic name in the other cases, made by the table's ``name_case_endings``, where the
    name is no word of pymorphy3's dictionary and the keys differ from the name's own: the analyser guesses each form
    of an unknown word apart ("Вясна" is keyed вясна, "Вясни" вясон), so a name registered in the nominative is found
    in another case only so ("За даними «Вясни»"). A form that is a word of the dictionary is left out (it is that
    word); a known name's forms all key to its lemma already. [] for other names and languages.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> lx = language("uk")
    >>> lx.keys_of("Вясни") in case_forms(lx, "Вясна")
    True
    >>> case_forms(lx, "Меморіал"), case_forms(language("en"), "Viasna")
    ([], [])
    """
    endings = [str(p).split(">", 1) for p in lx.table.get("name_case_endings", []) if ">" in str(p)]
    if not endings or not _CYRILLIC_NAME.fullmatch(name):
        return []
    from .language import _analyser

    known = _analyser(lx.lang).word_is_known
    if known(name.lower()):
        return []
    own = lx.keys_of(name)
    out: list[tuple[str, ...]] = []
    for ending, other in endings:
        if ending and not name.endswith(ending) or not ending and name[-1].lower() in _VOWELS:
            continue
        form = name[:len(name) - len(ending)] + other
        keys = () if known(form.lower()) else lx.keys_of(form)
        if keys and keys != own and keys not in out:
            out.append(keys)
    return out


def _oblique_form(lx: Language, name: str) -> bool:
    """Is a one-word Cyrillic name a form of a common word in no nominative ("Телам": тело, dative plural), so that
    the word's other forms ("Тела", "тело") are no mention of it? Not a name that is the word itself ("Известия",
    "Медуза": nominatives, found in every case). False for other languages and for words the analyser does not know."""
    if lx.table.get("morphology") != "pymorphy3" or not _CYRILLIC_NAME.fullmatch(name):
        return False
    from .language import _analyser

    analyser = _analyser(lx.lang)
    if not analyser.word_is_known(name.lower()):
        return False
    return not any("nomn" in parse.tag for parse in analyser.parse(name.lower()))


class RegistryIndex:
    """Registry names keyed in one language, matched at a word position (longest name first).

    A name of one word written capitalised that is also a dictionary word of the language ("Медуза", a
    jellyfish; "Экономист", an economist) is matched only capitalised, as an acronym only in capitals.
    """

    def __init__(self, lx: Language, sources: Iterable[tuple[Known, Iterable[str]]]):
        self.names = PhraseSet()
        self.acronyms: set[tuple[str, ...]] = set()
        self.capitalised: set[tuple[str, ...]] = set()
        lower: set[tuple[str, ...]] = set()  # one-word names also written in lower case ("таліби")
        spelled: set[tuple[str, ...]] = set()  # one-word names also written other than in capitals
        self.lx = lx
        self._known_names: list[tuple[Known, tuple[str, ...], str]] = []  # (body, keys, name) of every name
        self._national: dict[tuple[str, ...], tuple[Known, ...]] = {}
        self._spelled: dict[str, list[Known]] | None = None  # strict spelling -> bodies (``spelled``), when asked
        self._loose_labels: dict[str, frozenset[Known]] = {}  # label -> bodies it spells (``spelled_loosely``)
        self._by_initial: dict[str, list[tuple[Known, str]]] | None = None  # first Latin letter -> (body, name)
        self._written: dict[tuple[str, ...], set[str]] = {}  # keys of a Korean name the analyser cut (see ``_cut``):
        # the name's first written word, which the text's word must open with
        faithful: set[tuple[str, ...]] = set()  # keys some name gives as written
        sources = list(sources) + society_adjectives(lx)
        #: keys of a name several states' bodies bear -> the name's Known of no country, holding those bodies
        self.sharing: dict[tuple[str, ...], Known] = self._shared_names(sources)
        #: the same Knowns by their name (a speaker's organisation before the text chose among the bodies)
        self.shared: dict[str, Known] = {known.organisation: known for known in self.sharing.values()}
        for known, names in sources:
            for name in names:
                name = str(name)
                if name.lower().startswith("the "):
                    name = name[4:]
                keys = lx.keys_of(name)
                known = self.sharing.get(keys, known) if self.sharing else known
                if not keys or (lx.korean is not None and len(keys) == 1
                                and not name.replace(" ", "").lower().startswith(keys[0][:1].lower())):
                    continue  # (a Korean name the analyser cuts into another word, "아말" keyed as 말, "end" or "word":
                    # keyed so it would be found in every sentence that says 말, and the name itself never)
                glued = self._before_particle(name)
                if glued and glued != keys:
                    self.names.add(glued, known)  # "비아스나": keyed as a sentence writes it ("비아스나는"), not 비아스+나
                    (self._written.setdefault(glued, set()).add(_bare(name.split()[0])) if self._cut(name, glued)
                     else faithful.add(glued))
                if self._cut(name, keys):
                    self._written.setdefault(keys, set()).add(_bare(name.split()[0]))
                else:
                    faithful.add(keys)
                self.names.add(keys, known)
                self._known_names.append((known, keys, name))
                if "." in name and re.search(r"\w\.\w", name):  # "Сибирь.Реалии": the text's words keep the stop
                    from .language import TOKEN

                    dotted = tuple(lx.key(t) for t in TOKEN.findall(name) if t[:1].isalnum() or t == ".")
                    if dotted != keys and all(dotted):
                        self.names.add(dotted, known)
                if len(keys) == 1 and name.isupper() and len(name) <= 6:
                    self.acronyms.add(keys)
                elif len(keys) == 1 and name[:1].isupper() and " " not in name and lx.common(name):
                    self.capitalised.add(keys)
                    spelled.add(keys)
                elif len(keys) == 1:
                    spelled.add(keys)
                    if not name[:1].isupper():
                        lower.add(keys)
        for keys in faithful:
            self._written.pop(keys, None)
        self.capitalised -= lower
        self.acronyms -= spelled  # "ХАМАС" and "Хамас": the name is also written as a word
        self.spellings: dict[tuple[str, ...], set[str]] = {}  # how each capitalised common-word name is written
        for known, keys, name in self._known_names:
            if keys in self.capitalised:
                self.spellings.setdefault(keys, set()).add(name.lower())
        #: one-word names that are an oblique form of a common word ("Телам", the agency Télam, is the dative plural
        #: of тело): matched only as written, never by the word's other forms ("Тела мужчины обнаружили" names no
        #: agency); keys -> the written forms, lower-cased
        self.literal: dict[tuple[str, ...], set[str]] = {}
        for known, keys, name in self._known_names:
            if len(keys) == 1 and " " not in name and keys in self.capitalised and _oblique_form(lx, name):
                self.literal.setdefault(keys, set()).add(name.lower())
        for known, keys, name in list(self._known_names):
            for form in case_forms(lx, name):
                self.names.add(form, known)  # after every name: a name of its own always wins over a case form
        self._add_spellings()
        self._glued_sections()

    def _shared_names(self, sources: list[tuple[Known, Iterable[str]]]) -> dict[tuple[str, ...], Known]:
        """The keys of each name two bodies or more of the registry give (``shared_name_keys``: "NDMA", "МЧС"), with
        the Known that stands for the name: no country, the bodies' kind when they agree, and the bodies."""
        from ..claims.sources import name_key as claims_key

        shared = shared_name_keys()
        if not shared:
            return {}
        bodies: dict[tuple[str, ...], dict[str, Known]] = {}
        written: dict[tuple[str, ...], str] = {}
        for known, names in sources:
            for name in names:
                name = str(name)
                if claims_key(name) not in shared:
                    continue
                keys = self.lx.keys_of(name[4:] if name.lower().startswith("the ") else name)
                if keys:
                    bodies.setdefault(keys, {}).setdefault(known.organisation, known)
                    written.setdefault(keys, name)
        out = {}
        for keys, by_name in bodies.items():
            if len(by_name) >= 2:
                kinds = {known.kind for known in by_name.values()}
                out[keys] = Known(written[keys], kinds.pop() if len(kinds) == 1 else "", "", tuple(by_name.values()))
        return out

    def _add_spellings(self) -> None:
        """Every registry name also under the other ways news writes it, made by ``spellings_of`` ("Al Shabaab" and
        "Shabaab" for "Al-Shabaab", "Medecins Sans Frontieres" for "Médecins Sans Frontières"), after every name of
        the registry: a spelling that is another body's name, or that two bodies' names give, is left out, and an
        acronym, a common word's name and a Korean name the analyser cut keep their own spelling alone."""
        taken = {keys for _, keys, _ in self._known_names}
        made: dict[tuple[str, ...], set[Known]] = {}
        for known, keys, name in self._known_names:
            bare = name.replace(" ", "").replace(".", "")
            if bare.isupper() and len(bare) <= 6 or keys in self.capitalised or keys in self.literal \
                    or keys in self._written:
                continue
            spellings = spellings_of(name, article=known.kind != "media")
            if self.lx.korean is not None and known.kind != "media" and _ARTICLE.match(known.organisation) \
                    and re.match(r"[알엘] ?[가-힣]{2}", name):
                spellings |= {name[1:].strip(), f"{name[0]} {name[1:].strip()}"}  # "샤바브", "알 샤바브" for "알샤바브":
                # Korean glues the article the Latin name has, and writes it apart too
            for spelling in spellings:
                form = self.lx.keys_of(spelling)
                if form and form not in taken and len(name_key(spelling)) >= (3 if _HANGUL.match(spelling) else 4) and not (
                        len(form) == 1 and (self.lx.common(spelling) or self.lx.common(form[0]))):
                    made.setdefault(form, set()).add(known)
        for form, bodies in made.items():
            if len({known.organisation for known in bodies}) == 1:
                known = next(iter(bodies))
                self.names.add(form, known)
                self._known_names.append((known, form, " ".join(form)))

    def spelled(self, label: str) -> tuple[Known, ...]:
        """The bodies of the registry, no outlets among them, one of whose names a page's label spells strictly
        (``outlets.spellings``: the name run together, its initials, the acronym it gives in brackets): "ngu" for the
        National Guard of Ukraine (NGU), "mchs" for "МЧС России"'s МЧС... Computed once per index."""
        table = self._spelled
        if table is None:
            from .outlets import spellings

            table = {}
            for known, _, name in self._known_names:
                if known.kind == "media":
                    continue
                for form in spellings(name) | spellings(known.organisation):
                    if known not in table.setdefault(form, []):
                        table[form].append(known)
            for form, bodies in table.items():  # "mchs": the name several states' bodies bear, whose bodies
                shared = [known for known in bodies if known.shared]  # ("МЧС России", "МЧС Беларуси") it spells too
                if len(shared) == 1 and all(known in shared[0].shared for known in bodies if not known.shared):
                    table[form] = shared
                    continue
                home = [known for known in bodies if known.country == self.lx.table.get("home_country", "")]
                if len(bodies) > 1 and len(home) == 1 and all(known.kind == home[0].kind for known in bodies):
                    table[form] = home  # "mchs": the emergency ministries of several states, the language's home's
            self._spelled = table
        return tuple(table.get(label.lower(), ()))

    def spelled_loosely(self, label: str) -> frozenset[Known]:
        """The bodies of the registry, no outlets among them, one of whose names a page's label spells
        (``outlets.spells``: "minre" for "Мінреінтеграції", "npu" for "National Police of Ukraine"): the bodies a page
        named so may be shown to be by naming them. Computed once per label."""
        found = self._loose_labels.get(label)
        if found is None:
            from .outlets import latin_initial, spells

            by_initial = self._by_initial
            if by_initial is None:  # (each name under its first Latin letter, once: a label is tried on those alone)
                by_initial = {}
                for known, _, name in self._known_names:
                    if known.kind != "media":
                        by_initial.setdefault(latin_initial(name), []).append((known, name))
                self._by_initial = by_initial
            found = self._loose_labels[label] = frozenset(known for known, name in by_initial.get(label[:1], ())
                                                   if spells(label, name))
        return found

    def _glued_sections(self) -> None:
        """Korean names of the national sections of non-governmental bodies: a country's name glued before the body's
        Korean name of one word ("한국월드비전", World Vision Korea; "이탈리아세이브더칠드런") is that country's section,
        not the international body (seatless, or seated elsewhere). The country's names are the table's
        (``nationalities``, which Korean writes as the country's name: the countries its news names most); the keys
        are made by gluing,
        not by the analyser (one word as a sentence writes it, before its particle). Each section also joins
        ``national``'s bodies under the two words (country, body), so the body's bare name after it ("월드비전은
        덧붙였다") is the section the article named. Other languages write a section with spaces ("World Vision
        Korea", "Червоний Хрест України"), which the phrase's country word already gives."""
        if self.lx.korean is None:
            return
        countries: dict[str, set[str]] = {}
        for word, code in self.lx.table.get("nationalities", {}).items():
            if code and "|" not in str(code) and " " not in str(word):
                countries.setdefault(str(code), set()).add(str(word))
        from ..claims.sources import national_societies

        societies = {society.organisation for society in national_societies()}  # each a country's own already
        prefixes = tuple(n for names in countries.values() for n in names)
        bodies = [(known, keys, name) for known, keys, name in self._known_names
                  if known.kind == "ngo" and len(keys) == 1 and " " not in name and len(keys[0]) >= 3
                  and known.organisation not in societies
                  and re.fullmatch(r"[가-힣]+", keys[0]) and not keys[0].startswith(prefixes)]
        # (not a body whose name opens with a country already: "케냐변호사협회" is Kenya's own)
        firsts = set(self.names.firsts)
        for known, keys, name in bodies:
            for code, names in countries.items():
                if code == known.country:
                    continue  # "노르웨이난민위원회" is the body itself
                section = Known(f"{known.organisation} ({code})", "ngo", code)
                for country in names:
                    glued = (country + keys[0],)
                    if glued[0] not in firsts:  # (a name of its own wins)
                        self.names.add(glued, section)
                        self._known_names.append((section, (country, keys[0]), country + " " + name))

    def _cut(self, name: str, keys: tuple[str, ...]) -> bool:
        """Did the Korean analyser drop the start of a name's first word, so that its key is another, common word
        ("아말" keyed 말, speech; "차이신" keyed 차, a car)? Then a text's word of that key is the name only when it is
        written so. False in the other languages and for a key that opens the name's first word.

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> index = RegistryIndex(language("ko"), [])
        >>> index._cut("아말", ("말",)), index._cut("헤즈볼라", ("헤즈볼라",))
        (True, False)
        """
        first = _bare(name.split()[0]) if name.split() else ""
        return self.lx.korean is not None and bool(re.match(r"[가-힣]", first)) and first != _bare(keys[0])

    def _before_particle(self, name: str) -> tuple[str, ...]:
        """The keys of a Korean name as a sentence writes it, with a topic particle after it ("비아스나는": 비아스나):
        a bare name whose last syllable reads as a particle (나, 와, 도) keeps it; () in the other languages.

        Examples
        --------
        >>> from analysis.extract.language import language
        >>> RegistryIndex(language("ko"), [])._before_particle("비아스나")
        ('비아스나',)
        """
        if self.lx.korean is None or not re.search(r"[가-힣]$", name):
            return ()
        particle = "은" if (ord(name[-1]) - 0xAC00) % 28 else "는"  # after a final consonant, after a vowel
        return self.lx.keys_of(name + particle)

    def national(self, keys: tuple[str, ...]) -> tuple[Known, ...]:
        """The bodies of one country (a national Red Cross society) one of whose names holds ``keys``, the words of
        an international body's name ("Red Cross" in "Uganda Red Cross Society"; in Korean, glued: 적십자 in
        적십자사), or an acronym of them ("SDF" of "Self-Defense Forces"; never of an outlet's name: "EU" is no "El
        Universo"), found on first use and kept.

        Examples
        --------
        >>> index = registry_index("en")
        >>> any(k.country == "UG" for k in index.national(("red", "cross")))
        True
        """
        found = self._national.get(keys)
        if found is None:
            glue = "" if self.lx.korean is not None and re.fullmatch(r"[가-힣 ]+", " ".join(keys)) else " "
            short = f"{glue}{glue.join(keys)}{glue}"
            initials = keys[0].upper() if len(keys) == 1 and 2 <= len(keys[0]) <= 6 and keys[0].isalpha() else ""
            bodies: dict[str, Known] = {}
            for known, names, name in self._known_names:
                if not known.country or known.organisation in bodies:
                    continue
                if len(names) > len(keys) and short in f"{glue}{glue.join(names)}{glue}" or (
                        initials and known.kind != "media"  # an outlet goes by its name: "EU" is no "El Universo"
                        and "".join(word[:1] for word in re.split(r"[\s-]+", name)).upper() == initials):
                    bodies[known.organisation] = known
            found = self._national[keys] = tuple(bodies.values())
        return found

    def match(self, keys: list[str], texts: list[str], i: int) -> tuple[int, Known] | None:
        """(number of words, body) of the longest registry name at word ``i``, or None. A name whose last words
        the text sets in quotation marks ("Легіон «Свобода Росії»", "движение «Голос»") is matched across them
        (the count then takes in the closing mark)."""
        found = self.names.match(keys, i)
        if found is None:
            found = self._quoted(keys, i)
        if found is None:
            return None
        n, known = found
        written = self._written.get(tuple(keys[i:i + n])) if self._written else None
        if written is not None and not any(_bare(texts[i]).startswith(first) for first in written):
            return None  # "말까지는" is no 아말: the analyser keyed the name by a common word it holds
        if n == 1 and (keys[i],) in self.acronyms and not texts[i][:len(keys[i])].isupper():
            return None  # "us" is not "US", "who" is not "WHO"; the letters the key keeps ("NRC's": "NRC") decide
        if n == 1 and (keys[i],) in self.capitalised and not texts[i][:1].isupper():
            return None  # "экономист" is no weekly
        if n == 1 and i == 0 and self.lx.korean is None and (keys[i],) in self.capitalised \
                and texts[i].lower() not in self.spellings.get((keys[i],), ()):
            return None  # "Тела мужчины обнаружили …": a sentence's first word is capitalised whatever it is, so a
            # common word there is a name only as the name is written ("Телам" is keyed as тело, and so is "Тела")
        if n == 1 and (keys[i],) in self.literal and texts[i].lower() not in self.literal[(keys[i],)]:
            return None  # "Тела" is no "Телам": a name that is a common word's oblique form only as written
        return n, known  # type: ignore[return-value]


    def _quoted(self, keys: list[str], i: int) -> tuple[int, Known] | None:
        """``match`` of a name with quotation marks among its words: the marks are skipped (a name opens with a
        word of its own, and a mark stands within its next two words), else None."""
        if keys[i] in _QUOTES or keys[i] not in self.names.firsts or not any(
                k in _QUOTES for k in keys[i + 1:i + 3]):
            return None
        kept = [j for j in range(i, min(len(keys), i + 12)) if keys[j] not in _QUOTES]
        found = self.names.match([keys[j] for j in kept], 0)
        if found is None or found[0] < 2:
            return None
        end = kept[found[0] - 1] + 1
        if end < len(keys) and keys[end] in _QUOTES and any(keys[j] in _QUOTES for j in range(i, end)):
            end += 1  # the closing mark of the quoted part
        return end - i, found[1]  # type: ignore[return-value]


_QUOTES = frozenset("«»\"„“”‘’'")


def _bare(word: str) -> str:
    """A word without the spaces, hyphens and middle dots a name is written with or without ("콩고-킨샤사")."""
    return re.sub(r"[\s\-·‧]", "", word)


@lru_cache(maxsize=8)
def registry_index(lang: str, extra: Any = None) -> RegistryIndex:
    """The bundled registry keyed for a language (built once per process and language)."""
    sources = bundled_sources()
    if extra:
        sources = list(sources) + list(extra)
    return RegistryIndex(language(lang), sources)
