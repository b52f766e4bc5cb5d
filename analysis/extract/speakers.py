"""Speaker phrases: what a span of words says about who is speaking (organisation, country, kind).

A speaker phrase is a person's name, a role with its organisation ("Libya's health minister",
"a UN spokesperson"), or an organisation's name. Its organisation and country come from the
registry of known sources and from the phrase's own words (nationality adjectives, country
names); a country after a preposition of place says where, not who ("an IOM spokesman in
Italy"). Nothing is guessed from a surname.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..claims.kinds import infer_kind  # (at the module's head, as whole_number: a function's own import costs
# about 3 µs a call, and measures needs no speakers: no cycle)
from .language import Language, kiwi_of
from .measures import whole_number
from .places import before_surname, place_at
from .registry import Known, RegistryIndex
from .words import Words, acronym, country_at, tokenize


@dataclass(frozen=True)
class Speaker:
    """Who speaks: the phrase as written, the organisation and country it stands for, and how we know.

    ``how`` is ``registry`` (a known organisation), ``country`` (a nationality or country word in the
    phrase), ``name`` (a name we do not know: its own organisation, no country) or ``role`` (a role
    without a name or a country). ``pronoun`` and ``anaphoric`` ("the ministry") point back to an
    earlier speaker.
    """

    text: str
    organisation: str
    country: str
    kind: str = ""
    how: str = "role"
    pronoun: bool = False
    anaphoric: bool = False
    keys: frozenset[str] = field(default_factory=frozenset)
    names: tuple[str, ...] = ()
    span: tuple[int, int] = (0, 0)
    sequence: tuple[str, ...] = ()
    matched: str = ""  # the registry name as written in the phrase

    @property
    def resolved(self) -> bool:
        return self.how in ("registry", "country")


def affiliation(w: Words, j: int, lx: Language) -> bool:
    """Does the preposition of place at ``j`` open the name of a body the people before it work at, written in
    capitals with a role's noun inside ("researchers at Belgium's Ghent University", "doctors at the Nasser Hospital"),
    not a place ("an IOM spokesman in Italy", "officials in Kano")? English-like tables only."""
    if lx.table["morphology"] != "none" or lx.korean is not None:
        return False
    k = j + 1
    while k < len(w) and w.key[k] in lx.words["definite_determiners"]:
        k += 1
    end = k
    while end < len(w) and end - k < 7 and (w.is_capital(end) or (
            w.key[end] in lx.words["np_glue"] and end > k and end + 1 < len(w) and w.is_capital(end + 1))):
        end += 1
    return end > k and w.is_capital(end - 1) and any(w.key[x] in lx.roles and w.is_capital(x) for x in range(k, end))


def _clean(text: str) -> str:
    return " ".join(text.replace("\n", " ").split()).strip(" ,;:-–—\"“”«»'")


_FUNCTION_WORDS = ("determiners", "np_glue", "pronouns", "first_person", "np_stops", "clause_words", "skip_before_verb",
                   "coordinators", "statement_words", "evidence_nouns")
_FUNCTION_UNION: dict[int, tuple[Language, frozenset[str]]] = {}


def _function_word(key: str, lx: Language) -> bool:
    found = _FUNCTION_UNION.get(id(lx))
    if found is None or found[0] is not lx:  # the union of the ten sets, made once per language
        found = _FUNCTION_UNION[id(lx)] = (lx, frozenset().union(*(lx.words[name] for name in _FUNCTION_WORDS)))
    return key in found[1]


#: ``_korean_role``'s answers, per language and set of heads (by identity), per key: each distinct key is read once.
_KOREAN_ROLES: dict[tuple[int, int], tuple[Language, object, dict[str, bool]]] = {}


def _korean_role(key: str, lx: Language, heads=None) -> bool:
    """A Korean compound that ends in a role noun ("군정청장" ends in "청장") or in a state body's ending
    ("산림청": agency, "경북도": province, "의성군": county); remembered per key (see ``_role_ending``)."""
    if lx.korean is None or len(key) < 3:
        return False
    heads = lx.roles if heads is None else heads
    entry = _KOREAN_ROLES.get((id(lx), id(heads)))
    if entry is None or entry[0] is not lx or entry[1] is not heads:
        entry = _KOREAN_ROLES[(id(lx), id(heads))] = (lx, heads, {})
    known = entry[2]
    found = known.get(key)
    if found is None:
        found = _role_ending(key, lx, heads)
        if len(known) < 200_000:
            known[key] = found
    return found


def _role_ending(key: str, lx: Language, heads) -> bool:
    """``_korean_role`` read afresh: the key's last syllable is a role suffix, or its last two to four syllables are
    a head of ``heads``, or it is such a head and one of the table's ``head_suffixes``."""
    return key[-1] in lx.words["role_suffixes"] or any(key[-n:] in heads for n in range(2, min(5, len(key)))) \
        or any(key.endswith(s) and key[:-len(s)] in heads for s in lx.words["head_suffixes"])  # 지부장: a 지부's head


def _international_compound(key: str, lx: Language) -> bool:
    """A Korean compound that glues an international word to a body's head ("유엔남수단임무단": the UN's mission in
    South Sudan, "국제감시단"): a body of no country, whatever country its middle names.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> lx = language("ko")
    >>> _international_compound("유엔남수단임무단", lx), _international_compound("남수단임무단", lx)
    (True, False)
    """
    if lx.korean is None or not _korean_role(key, lx):
        return False
    return any(key.startswith(word) and len(key) > len(word) + 1 for word in lx.words["international_words"])


def _glued_country(key: str, lx: Language) -> str | None:
    """The country of a Korean compound that glues a country's name to a role ("인도네시아대사관": Indonesia's
    embassy, "일본정부") or to a suffix of the territory it holds ("파키스탄령": Pakistan-administered), or None."""
    for n in range(len(key) - 1, 1, -1):
        rest = key[n:]
        if rest in lx.roles or _korean_role(rest, lx) or rest in lx.words["territory_suffixes"]:
            found = lx.countries.match([key[:n]], 0)
            if found is not None and found[1]:
                return str(found[1])
    return None


def _stationed_country(key: str, lx: Language) -> str | None:
    """The country of a Korean compound of a body stationed abroad: a prefix of the table's ``stationed_prefixes`` (주,
    駐), the host country, then the body's own country glued to a role ("주한미군사령부", US Forces Korea: 한 the host,
    미 the forces' country; "주일미군", "주한러시아대사관"), or None. The host is one syllable or more, and the first
    reading that leaves a country and a role wins.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> _stationed_country("주한미군사령부", language("ko")), _stationed_country("주민센터", language("ko"))
    ('US', None)
    """
    for prefix in lx.words["stationed_prefixes"]:
        if not key.startswith(prefix):
            continue
        body = key[len(prefix):]
        for host in range(1, len(body) - 1):
            rest = body[host:]
            for n in range(len(rest) - 1, 0, -1):
                tail = rest[n:]
                if tail in lx.roles or _korean_role(tail, lx):
                    found = lx.countries.match([rest[:n]], 0)
                    if found is not None and found[1]:
                        return str(found[1])
    return None


#: A capitalised word in Latin letters: in a Cyrillic text, a body's or outlet's own name ("в Basarnas уточнили").
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9]+")


def phrase_has_head(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex, sentence_start: bool) -> bool:
    """Does words[a:b] look like a speaker phrase (a name, a role, a known body, a nationality)?"""
    registry_firsts, role_firsts = registry.names.firsts, lx.roles.firsts  # no phrase opens with another word
    country_firsts = lx.countries.firsts
    for i in range(a, b):
        key = w.key[i]
        if w.is_punct(i):
            continue
        if key in lx.roles or key in lx.words["pronouns"] or _korean_role(key, lx) or key in lx.words["person_titles"]:
            return True
        where = i > a and w.key[i - 1] in lx.words["place_prepositions"] and not (  # "Землетрус у Непалі" names a
            lx.table["morphology"] == "pymorphy3" and (_LATIN_NAME.fullmatch(w.text[i])  # place; "в Basarnas" a body,
                                                       or acronym(w.text[i])))  # and so "У ЦВК повідомили": an acronym
        if key in country_firsts and country_at(w, i, lx) and not where:
            return True
        if key in registry_firsts and registry.match(w.key, w.text, i):
            return True
        if lx.korean is None and w.is_capital(i) and not (_function_word(key, lx) and not acronym(w.text[i])) and not where and not (
                i == 0 and lx.common(w.text[i])):  # a sentence may open with a common noun
            return True
        if key in role_firsts and lx.roles.match(w.key, i):
            return True
        if lx.korean is None and w.text[i].isalpha() and lx.animate(w.text[i]) and not where:
            return True  # "Инструктор рассказал", "по словам фермера": a noun of a person, in the dictionary's animacy
        if lx.korean is not None and _acronym(w.text[i]):  # "NDRRMC에 따르면": a body's Latin acronym
            return True
    return False


def _told_to(word: str, lx: Language) -> bool:
    """Is ``word`` a noun in the dative and in no nominative, the one told after a pronoun that speaks ("рассказала
    она суду", "заявил он журналистам"), no part of the speaker? (pymorphy3: case readings; other languages: no.)"""
    cases = {r[0] for r in lx.agreement(word)}
    return "datv" in cases and "nomn" not in cases and word.isalpha() and word.islower()


def _acronym(word: str) -> bool:
    """A Latin-letter acronym ("NDRRMC", "WHO") in a text of another script."""
    head = re.match(r"[A-Za-z]+", word)  # the Latin letters before a particle glued to them ("NDRRMC에")
    return head is not None and 2 <= head.end() <= 10 and head.group().isupper() and not re.search(
        r"[A-Za-z0-9]", word[head.end():])


_NAME_PARTICLES: dict[str, str] = {}


def name_particle(word: str, lx: Language) -> str:
    """The tag of the particle a Korean word ends with when the rest of it is read as a name ("울라는": 울라 + 는, JX;
    kiwipiepy alone reads 울 + 라는, a verb), or "" when the word is no name and one particle.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> name_particle("울라는", language("ko")), name_particle("다가를", language("ko"))
    ('JX', 'JKO')
    >>> name_particle("울라는", language("en"))
    ''
    """
    if lx.korean is None:
        return ""
    found = _NAME_PARTICLES.get(word)
    if found is None:
        kiwi = kiwi_of(lx.korean)
        found = ""
        if kiwi is not None and len(word) >= 2 and word.isalpha():
            tokens = kiwi.tokenize(word, pretokenized=[(0, len(word) - 1, "NNP")])
            if len(tokens) == 2 and tokens[0].form == word[:-1] and tokens[1].tag.startswith("J"):
                found = tokens[1].tag
        if len(_NAME_PARTICLES) < 100_000:
            _NAME_PARTICLES[word] = found
    return found


#: The kinds of registry body a person belongs to when named after a preposition of place ("researchers at Harvard
#: University", "an editor at Reuters", "an IOM spokesman in Italy"): the body speaks, unlike a state's body, whose
#: name after "in" is where ("a reporter in the Kremlin's press pool" is no Kremlin).
_MEMBERSHIP_KINDS = frozenset({"international", "research", "ngo", "media"})
#: The kinds of body that run another one: a body run by one takes its country (see ``controller``).
_CONTROLLING_KINDS = frozenset({"armed_group", "government", "military"})


def controller(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex) -> Known | None:
    """The group of the registry that runs the body words[a:b] name, by the table's ``controlled_suffixes``
    ("the Hamas-run health ministry") and ``control_words`` beside the phrase with the group on the word's other
    side ("підконтрольне ХАМАС міністерство", "the ministry run by the Taliban", "탈레반이 통제하는 보건부"), or None.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> s = "the Taliban-run health ministry"
    >>> controller(tokenize(s, 0, len(s), language("en")), 1, 4, language("en"), registry_index("en")).country
    'AF'
    """
    for i in range(a, b) if lx.words["controlled_suffixes"] else ():
        word = w.text[i].lower()
        suffix = next((x for x in lx.words["controlled_suffixes"] if word.endswith(x) and len(word) > len(x) + 1),
                      None)
        if suffix is not None:
            head = w.text[i][:-len(suffix)]
            hw = tokenize(head, 0, len(head), lx)
            found = registry.match(hw.key, hw.text, 0) if len(hw) else None
            if found is not None and found[0] == len(hw) and found[1].country \
                    and found[1].kind in _CONTROLLING_KINDS:
                return found[1]
            state = country_at(hw, 0, lx) if len(hw) and found is None and not any(
                w.key[k] in lx.words["bloc_nouns"] for k in range(a, b)) else None  # (not "the Saudi-led
            # coalition": a body of many states)
            if state is not None and state[0] == len(hw) and state[1] and "|" not in str(state[1]):
                return Known(head, "government", str(state[1]))  # "Moscow-installed official", "Russian-appointed
                # head": a state (its name, nationality or capital) that installed the body rules it, and speaks
                # for that state (the occupier), not the place
    control = lx.words["control_words"]
    lo, hi = max(0, a - 2), min(len(w), b + 5)
    for k in range(lo, min(hi, b + 2)) if control else ():
        if w.key[k] not in control:
            continue
        for j in (k + 1, k + 2, k + 3, k - 1, k - 2):  # the group after the word ("run by the Taliban"), or before it
            # (Korean: "탈레반이 통제하는")
            found = registry.match(w.key, w.text, j) if lo <= j < hi and not w.is_punct(j) else None
            if found is not None and found[1].country and found[1].kind in _CONTROLLING_KINDS:
                return found[1]
            state = country_at(w, j, lx) if lo <= j < hi and not w.is_punct(j) and not (a <= j < b) else None
            if state is not None and state[1] and "|" not in str(state[1]):
                return Known(w.text[j], "government", str(state[1]))  # "підконтрольна Росії адміністрація": the
                # state that runs the body
        joint = _international_runners(w, k, lx, registry)
        if joint is not None:
            return joint
    return None


def _international_runners(w: Words, k: int, lx: Language, registry: RegistryIndex) -> Known | None:
    """The international body of the registry that runs, alone or with others of its kind, the body after the
    control word at ``k`` in Korean, its subject before it ("유엔난민기구(UNHCR)와 국제이주기구(IOM)가 공동
    운영하는 … 플랫폼": run by UN agencies, so of no state), else None (also when one of them is of a state)."""
    if lx.korean is None:
        return None
    found: list[Known] = []
    j = k - 1
    while j >= max(0, k - 10) and not (w.is_punct(j) and w.text[j] not in "()") and not (
            w.tag[j] in lx.words["topic_particle_tags"]):
        if country_at(w, j, lx):
            return None  # ("콜롬비아 정부와 유엔난민기구가 공동 운영하는": with a state, of that state)
        match = registry.match(w.key, w.text, j)
        if match is not None and (j == 0 or w.tag[j - 1] or w.is_punct(j - 1) or not w.text[j - 1].isalpha()):
            found.append(match[1])
        j -= 1
    if not found or any(x.country or x.kind != "international" for x in found):
        return None
    return found[-1]


def resolve(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex, text: str,
            sentence_start: bool = False) -> Speaker | None:
    """The speaker that words[a:b] name, or None when they name nobody; a body run by a group of the registry
    (``controller``) takes the group's country.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> s = "the health ministry run by the Taliban"
    >>> resolve(tokenize(s, 0, len(s), language("en")), 0, 3, language("en"), registry_index("en"), s).country
    'AF'
    """
    speaker = _resolve(w, a, b, lx, registry, text, sentence_start)
    if speaker is None or speaker.pronoun:
        return speaker
    joint = _joint_bodies(w, a, b, lx, registry, text, speaker)
    if joint is not None:
        return joint
    group = controller(w, a, b, lx, registry)
    if group is None or (speaker.country == group.country and (group.country or speaker.how == "registry")):
        return speaker  # (a body run by international bodies is of none: no country from the article either)
    return replace(speaker, organisation=speaker.text, country=group.country, kind=group.kind, how="registry",
                   matched="")  # the group's authority: a body it runs is of its kind, in its country


def _joint_bodies(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex, text: str,
                  speaker: Speaker) -> Speaker | None:
    """The joint speaker of a phrase that names two bodies or more joined by a coordinator, each of a country of its
    own ("the BBC and Novaya Gazeta Europe", "Би-би-си и «Медиазона»", "BBC와 AP통신"): a joint count or statement,
    its countries pipe-joined and sorted; None when the phrase is one body, when a part names no body (a person, a
    bare role: "police and rescuers"), or when the parts name fewer than two countries.

    Parameters
    ----------
    w, a, b
        The sentence's words and the speaker phrase's bounds.
    lx, registry, text
        The language, the source registry and the article's text.
    speaker
        The phrase as one speaker (the first body's), kept but for its country and organisation.

    Returns
    -------
    Speaker or None
        The speaker with every part's country, or None.
    """
    coordinators = lx.words["coordinators"]
    depth = 0
    cuts: list[int] = []
    for k in range(a, b):
        if w.text[k] in "«“\"(":
            depth += 1 if w.text[k] != '"' or depth == 0 else -1
        elif w.text[k] in "»”)":
            depth = max(0, depth - 1)
        elif depth == 0 and a < k < b - 1 and (w.key[k] in coordinators or (
                lx.korean is not None and _korean_joined(w.text[k], lx))):
            cuts.append(k + 1 if lx.korean is not None and w.key[k] not in coordinators else k)
    if not cuts:
        return None
    bounds = [a] + cuts + [b]
    countries: set[str] = set()
    organisations: list[str] = []
    for n in range(len(bounds) - 1):
        s, e = bounds[n] + (1 if n and w.key[bounds[n]] in coordinators else 0), bounds[n + 1]
        part = _resolve(w, s, e, lx, registry, text) if s < e else None
        if part is None or part.pronoun or part.anaphoric or part.how not in ("registry", "country") or not (
                part.how == "registry" or any(k in lx.roles for k in part.keys)):
            return None  # (every part a body: a registered one, or a role with its country, "Ukraine's army")
        countries.update(c for c in part.country.split("|") if c)
        organisations.append(part.organisation or part.text)
    if len(countries) < 2 or set(speaker.country.split("|")) == countries:
        return None
    return replace(speaker, organisation="; ".join(organisations), country="|".join(sorted(countries)),
                   how="registry" if speaker.how == "registry" else speaker.how)


def _outlets_source(w: Words, a: int, b: int, known_span: tuple[int, int], lx: Language) -> bool:
    """Is words[a:b] an outlet's unnamed source: a noun of the table's ``source_nouns`` right before or after the
    outlet's name (``known_span``), no other word of a body or a role in the phrase, and no place of it after the
    phrase ("источник SHOT в минздраве": a source in a body is the body's)?"""
    nouns = lx.words["source_nouns"]
    if not nouns:
        return False
    words = [k for k in range(a, b) if not w.is_punct(k) and not known_span[0] <= k < known_span[1]
             and w.key[k] not in lx.words["determiners"] and w.key[k] not in lx.words["np_glue"]]
    sources = [k for k in words if w.key[k] in nouns or (lx.korean is not None and w.text[k].startswith(
        tuple(nouns)))]
    if not sources or any(k not in sources and (w.key[k] in lx.roles or lx.roles.match(w.key, k) is not None
                                                or (w.is_capital(k) and not lx.common(w.text[k]))) for k in words):
        return False  # ("Reuters' Moscow bureau chief", "источник SHOT Иван Петров")
    if not any(k == known_span[0] - 1 or k == known_span[1] for k in sources):
        return False
    after = b
    while after < len(w) and w.is_punct(after) and w.text[after] not in ",.;:!?—–":
        after += 1
    return not (after < len(w) and w.key[after] in lx.words["place_prepositions"])


def _korean_joined(word: str, lx: Language) -> bool:
    """Does a Korean word end on a particle that joins it to the next noun ("BBC와", "국방부와", "경찰과")?"""
    return any(word.endswith(p) and len(word) > len(p) for p in lx.words.get("joining_particles", ()))


#: Kinds of body that have a seat rather than a state: a country word before one's role is the role's field.
_SEATED_KINDS = frozenset({"ngo", "research", "media"})


def _resolve(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex, text: str,
             sentence_start: bool = False) -> Speaker | None:
    """The speaker that words[a:b] name, or None when they name nobody.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> from analysis.extract.words import tokenize
    >>> s = "an IOM spokesman in Italy"
    >>> w = tokenize(s, 0, len(s), language("en"))
    >>> r = resolve(w, 0, len(w), language("en"), registry_index("en"), s)
    >>> r.organisation, r.country, r.how
    ('International Organization for Migration (IOM)', '', 'registry')
    """
    a0 = a
    while a < b and (w.is_punct(a) or w.key[a] in lx.words["np_glue"]) and w.text[a] not in "«\"“" and not (
            w.is_capital(a) and a + 1 < b and w.is_capital(a + 1) and not w.is_punct(a + 1)
            and w.key[a] not in lx.words["determiners"] and w.key[a] not in lx.words["definite_determiners"]
            and w.key[a] not in lx.words["place_prepositions"] and len(w.text[a]) > 1):
        a += 1  # (not "Al Jazeera", "De Beers": a particle that opens a name is the name's)
    while b > a and (w.is_punct(b - 1) or w.key[b - 1] in lx.words["np_glue"]) and w.text[b - 1] not in "»\"”":
        b -= 1
    if a >= b:
        return None
    a, b = medium_stripped(w, a, b, lx, registry)
    if lx.korean is None and all(w.is_punct(k) or whole_number(w.text[k], lx) is not None for k in range(a, b)):
        return None  # "Four confirmed dead, dozens hurt": the people counted before a verb of saying, no speaker
    span = (w.start[a], w.end[b - 1])
    phrase = _clean(text[w.start[a]:w.end[b - 1]])
    for suffix in _longest_first(tuple(lx.table.get("possessive_suffixes", []))) \
            if b - a > 1 and lx.korean is None else ():
        if phrase.endswith(suffix) and len(phrase) > len(suffix) + 1 and phrase[-len(suffix) - 1].isalpha():
            phrase = phrase[: -len(suffix)]  # "by the regional health bureau's count": the bureau
            break
    if lx.korean is not None and w.tag[b - 1]:
        particle = w.text[b - 1] if w.key[b - 1] == w.text[b - 1] else lx.korean(w.text[b - 1]).particle
        if w.tag[b - 1].startswith("E") and name_particle(w.text[b - 1], lx):
            particle = w.text[b - 1][-1]  # a name read as a verb and its ending ("자비드 울라는"): the particle only
        if particle and phrase.endswith(particle) and len(phrase) > len(particle):
            phrase = phrase[: -len(particle)]
    keys = frozenset(w.key[a:b])
    sequence = tuple(w.key[a:b])
    if w.key[a] in lx.words["pronouns"] and (b - a == 1 or lx.korean is not None or w.key[a + 1] in
                                              lx.words["place_prepositions"] | lx.words["np_glue"]
                                              or _told_to(w.text[a + 1], lx)):
        return Speaker(phrase, "", "", pronoun=True, keys=keys, span=span, sequence=sequence)
    origin = _origin_of_person(w, a, b, lx, registry)
    if origin:
        b = origin  # "Оксана з Черкас", "Oksana from Cherkasy": a person and where she is from, no state she speaks for
    known: Known | None = None
    known_span = (0, 0)
    international_end = b  # where the first body of the registry with no country ends ("유엔" in "유엔 민주콩고
    # 안정화임무단(MONUSCO)"): a country after it, inside the body's name, is where its mission or office works
    countries: set[str] = set()
    provinces: set[str] = set()  # a province or state of one country named in the phrase
    where: set[str] = set()      # countries and provinces after a preposition of place
    international = False
    names: list[str] = []
    i = a
    after_place = False
    after_remit = False  # right after a remit's preposition ("envoy for", "спецпредставитель по")
    fields: set[str] = set()  # countries named right before a role noun ("Myanmar researcher")
    in_name: set[str] = set()  # countries whose word opens a body's own name after its kind noun
    name_starts: set[int] = set()  # where the rest of each such name begins
    first_country = b  # where the phrase's first country word stands
    placed: dict[str, int] = {}  # each country of the phrase -> where its first word stands
    country_end = a  # and where its last one ends
    registry_firsts = registry.names.firsts  # no name opens with another word
    # Korean names a person after the role ("경찰 대변인 바나 다가"): a word after the last role noun is a name, never a
    # place (바나 is no Ghanaian town here)
    named_from = next((k + 1 for k in range(b - 1, a - 1, -1) if not w.is_punct(k) and (
        w.key[k] in lx.roles or _korean_role(w.key[k], lx))), b) if lx.korean is not None else b
    field = False  # inside the field a body's name gives after its role noun ("Ministry of Health", "Minister of
    # Foreign Affairs"): those capitalised words name no person
    partitive = lx.words["partitive_words"]
    titled = False  # a capitalised field makes the phrase a body's own name, which points back to no one
    while i < b:
        key = w.key[i]
        field = (key in partitive and i > a and (w.key[i - 1] in lx.roles or field)) or (
            field and (key in lx.words["np_glue"] or w.is_capital(i)) and not w.is_punct(i))
        titled = titled or (field and w.is_capital(i))
        if i >= named_from and not w.is_punct(i) and (key not in registry_firsts or registry.match(w.key, w.text, i)
                                                        is None):
            names.append(w.text[i])
            i += 1
            continue
        remit = remit_at(w, i, a, lx)
        if remit:  # "the US special envoy for Sudan", "спецпосланник ООН з питань Сирії": the office's remit
            after_remit = True
            i += remit
            continue
        if key in lx.words["place_prepositions"] and affiliation_end(w, i, b, lx):
            i += 1  # "researchers at Ghent University": the body's own place names its country, not where it works
            continue
        if key in lx.words["place_prepositions"] and not after_place and _body_name_before(w, a, i, lx):
            i += 1  # "Ghent University in Belgium": where a body of its own name is, is its country
            continue
        if (key in lx.words["place_prepositions"] and not affiliation(w, i, lx)) or (
                key in lx.words["destination_prepositions"] and key not in lx.words["place_prepositions"] and i > a):
            after_place = True  # ("the Embassy of Canada to Ukraine": where a mission is sent is no country of its own)
            i += 1
            continue
        found = registry.match(w.key, w.text, i) if key in registry_firsts else None
        if found is None and lx.korean is not None:
            found = _initials_in_brackets(w, i, b, lx, registry)  # "중국중앙(CC)TV": the name with its initials inside
        if found and found[1].kind == "international" and not found[1].country and not after_place:
            international_end = min(international_end, i + found[0])
        if found and (known is None or found[0] > known_span[1] - known_span[0]):
            n, hit = found
            if not (after_place and hit.kind not in _MEMBERSHIP_KINDS):
                known, known_span = hit, (i, i + n)
            i += n
            after_place = False
            continue
        country = country_at(w, i, lx) if key in lx.countries.firsts else None
        if country and country[0] == 1 and i + 2 == b and w.is_capital(i) and text[w.end[i]:w.start[i + 1]] == " " \
                and whole_number(w.text[i + 1], lx) is None and before_surname(w, i, lx):
            country = None  # "Jordan Whitfield", "Chad Miller": a country's name right before a surname that closes
            # the phrase is a given name, as a city's is ("Mary Wambui"), not a state that speaks
        if country and ((after_remit and _remit_object(w, i, country[0], b, lx)) or (
                lx.korean is not None and i + country[0] < b and w.key[i + country[0]] in lx.words["remit_prepositions"])):
            i += country[0]  # the country an office is for is none of its own (Korean: "미얀마 담당 특사")
            continue
        if country:
            n, code = country
            if code and i + n < b and (w.key[i + n] in lx.roles or lx.roles.match(w.key, i + n) is not None):
                fields.add(str(code))  # "PHR's Myanmar researcher": a country before a role noun, the role's field
            if not after_place:
                if code and _opens_name(w, i, n, a, b, lx):
                    in_name.add(str(code))  # "норвезька правозахисна організація Iran Human Rights": a name's word
                    name_starts.add(i + n)
                if code:
                    countries.add(str(code))
                    placed.setdefault(str(code), i)
                    first_country = min(first_country, i)
                    country_end = i + n
                elif not (lx.korean is None and i + n < b and w.is_capital(i + n) and not w.is_punct(i + n)
                          and w.key[i + n] not in lx.roles and not country_at(w, i + n, lx)):
                    international = True  # "Western diplomats"; but "Western Regional Police": a name's first word
            elif code:
                where.add(str(code))
            i += n
            after_place = False
            continue
        glued = (_stationed_country(key, lx) or _glued_country(key, lx)) if lx.korean is not None \
            and not after_place else None  # ("주한미군사령부": the forces' own country, not the host's)
        if glued:  # "인도네시아대사관": a country glued to the body it names
            countries.add(glued)
            i += 1
            continue
        place = lx.places.match(w.key, i) if lx.korean is not None or w.is_capital(i) else None
        if place is not None and place[0] == 1 and i + 2 == b and before_surname(w, i, lx):
            place = None  # "Mary Wambui said": a given name, not Turkmenistan's Mary
        place = place_at(w, i, lx, place)  # not "Dr. Ade Bello": a surname, not Colombia's Bello; "카치나주 경찰",
        # "провінції Хайбер-Пахтунхва": a division by its sound
        if place is None and i + 1 < b and (not w.is_capital(i) or (i > a and lx.modifier(w.text[i]))) and (
                w.key[i + 1] in lx.roles or lx.roles.match(w.key, i + 1) is not None):
            place = city_adjective(key, lx)  # "в кабульской больнице": the city an adjective is made from (and
            # capitalised inside a body's own name, not opening the phrase: "эксперт Кёльнского университета")
        if place and after_remit:
            i += place[0]
            continue
        if place:  # "the governor of Florida", "губернатор Белгородской области"
            (where if after_place else provinces).add(str(place[1]))
            i += place[0]
            after_place = False
            continue
        if key in lx.words["international_words"] or _international_compound(key, lx):
            international = True
        if lx.korean is None and not field and w.is_capital(i) and key not in lx.roles \
                and not (_function_word(key, lx) and not acronym(w.text[i])) \
                and not w.is_punct(i) and len(w.text[i]) > 1 and not lx.people.match(w.key, i) \
                and not (sentence_start and i == 0 and i + 1 < b and not acronym(w.text[i]) and lx.common(w.text[i])) \
                and not _title_adjective(w, i, b, lx):
            # (a dictionary word capitalised only because it opens the sentence is no name: "Региональный
            # департамент здравоохранения сообщил"; nor an adjective of an office's own title: "в Офісі Генерального
            # прокурора")
            names.append(w.text[i])
        if lx.korean is not None and not w.is_punct(i) and key not in lx.roles and not lx.roles.match(w.key, i) \
                and not (_function_word(key, lx) and not acronym(w.text[i])):  # "현지 경찰" (the local police): 현지 is no name
            names.append(w.text[i])
        after_place = False if key not in lx.words["np_glue"] else after_place
        after_remit = after_remit and key in lx.words["np_glue"]
        i += 1
    if len(countries) >= 2 and known is None and lx.korean is None:
        role = next((k for k in range(a, b) if w.key[k] in lx.roles), b)
        before = {code for code, k in placed.items() if k < role}
        if before and countries - before and role < b:
            countries = before  # "Окупаційна влада Херсонщини", "российский глава Запорожской области": the nationality
            # before the role noun is whose the body is; a region after it is the territory it runs
    if in_name and (countries - in_name or (len(provinces) == 1 and not provinces & countries)
                    or (known is not None and known.country and known_span[0] not in name_starts)):
        countries -= in_name  # the nationality the phrase gives the body, or the place of the body it is at ("the
        # Sudan Research Group at the London School of …"), wins over a country inside its own name (not over the
        # nationality of a registered body's name: "the Japanese National Fire Agency")
    if known is not None and known.country and not countries and lx.korean is not None and any(
            w.key[k][-1:] in lx.words["role_suffixes"] and _korean_role(w.key[k], lx)
            and registry.match(w.key, w.text, k) is None for k in range(a, known_span[0])):
        # "총무성 소방청": a body of that name under a ministry the registry does not know (Japan's, not the Korean
        # 소방청): a state body of the country its context names
        return Speaker(phrase, phrase, "", "", "role", keys=keys, span=span, sequence=sequence, names=tuple(names))
    if known is not None and known.kind == "media" and not countries and not provinces \
            and _outlets_source(w, a, b, known_span, lx):
        # "— источник SHOT", "a Reuters source said", "Местный источник AFP": an outlet's unnamed source, placed in
        # no body, speaks for no one the outlet stands for (not "источник SHOT в минздраве региона": the ministry's)
        return Speaker(phrase, phrase, "", "", "registry", keys=keys, span=span, sequence=sequence,
                       names=tuple(names))
    if known is not None and known.shared:
        # a name several states' bodies bear ("NDMA", "МЧС"): the phrase's own country word, else its one province's
        # country, says which ("МЧС Беларуси", "NDMA Pakistan"); with neither, the text decides (``_shared_body``)
        named = countries or (provinces if len(provinces) == 1 else set())
        chosen = next((body for c in sorted(named) if (body := known.sharer(c)) is not None), None)
        if chosen is not None:
            known = chosen
        elif not countries:
            matched = text[w.start[known_span[0]]:w.end[known_span[1] - 1]]
            return Speaker(phrase, known.organisation, "", known.kind, "registry", keys=keys, span=span,
                           sequence=sequence, names=tuple(names), matched=matched)
    if known is not None:
        if known.kind == "international" and not known.country and countries \
                and first_country >= min(known_span[1], international_end) \
                and any(not w.is_punct(k) for k in range(country_end, b)):
            countries = set()  # "유엔 아이티 통합사무소", "the UN Haiti office": the body's own office in a country (not
            # "Товариство Червоного Хреста Кенії": a national society, its country last); also when the mission's own
            # name follows ("유엔 민주콩고 안정화임무단(MONUSCO)": the UN's mission in the DR Congo, not a Congolese body)
        if known.kind == "international" and countries and not international:
            # a national body named after an international one ("Philippine Red Cross"), or a
            # country's envoy to one ("UK Permanent Representative to the UN")
            return Speaker(phrase, phrase, "|".join(sorted(countries)), "", "country", keys=keys, span=span, sequence=sequence,
                           names=tuple(names))
        body_country = known.country
        if countries and not known.country and known.kind in _SEATED_KINDS and countries <= fields \
                and not any(w.key[k] in lx.words["branch_words"] for k in range(a, b)):
            pass  # "Human Rights Watch's Ukraine researcher": an international NGO's field, no country of its own
        elif countries and not known.country and known.kind not in ("international", ""):
            body_country = "|".join(sorted(countries))
        elif len(countries) >= 2 and countries - {known.country} and known.country:
            # a joint source: "U.S., South Korean and … officials"
            return Speaker(phrase, phrase, "|".join(sorted(countries | {known.country})), "", "country", keys=keys,
                           span=span, sequence=sequence, names=tuple(names))
        elif not countries and len(provinces) == 1 and known.country and known.country not in provinces \
                and known.kind == "government":
            # "퀸즐랜드주 경찰청", "Ontario's Ministry of Health": a province or city of another country before a
            # state body of a name the registry knows for one country names that place's body
            return Speaker(phrase, phrase, next(iter(provinces)), "", "country", keys=keys, span=span,
                           sequence=sequence, names=tuple(names))
        elif (section := _korean_section(w, known, known_span, countries, placed, b, lx)):
            # "국제앰네스티 나이지리아 지부", "세이브더칠드런 코리아 사무총장": a registered charity's branch in a country, or
            # its home section (the press's home after the body's name, before a head's title), is that country's
            return Speaker(phrase, f"{known.organisation} ({section})", section, known.kind, "country+branch", keys=keys,
                           span=span, sequence=sequence, names=tuple(names))
        elif countries and known.country and known.kind in _SEATED_KINDS and countries <= fields:
            pass  # "PHR's Myanmar researcher", "a Ukraine director at Human Rights Watch": the country a role of a
            # non-governmental body, a research group or an outlet works on is its field, not the body's seat
        elif countries and known.country and known.country not in countries:
            # the phrase's own nationality names another state's body of that name ("Japan's National Police
            # Agency" is not South Korea's)
            return Speaker(phrase, phrase, "|".join(sorted(countries)), "", "country", keys=keys, span=span,
                           sequence=sequence, names=tuple(names))
        matched = text[w.start[known_span[0]]:w.end[known_span[1] - 1]]
        return Speaker(phrase, known.organisation, body_country, known.kind, "registry", keys=keys, span=span,
                       sequence=sequence, names=tuple(names), matched=matched)
    if not countries and not international:
        listed = list(sequence)
        national = any(k in lx.national for k in keys) or any(lx.national.match(listed, j)
                                                               for j in range(len(listed)))
        person = private_person(keys, lx)
        if len(provinces) == 1 and not person:  # "a resident of Djibo" lives there; he speaks for no state
            countries = provinces
        elif national and len(where) == 1:  # "police in Kenya", "a civil defence official in Gaza"
            countries = where
    if countries and private_origin(w, a0, b, lx):
        countries = set()  # "a Venezuelan migrant", "колумбійський очевидець": whence a person is, no state he speaks for
    if countries:
        return Speaker(phrase, phrase, "|".join(sorted(countries)), "", "country", keys=keys, span=span, sequence=sequence, names=tuple(names))
    if international:
        return Speaker(phrase, phrase, "", "international", "registry", keys=keys, span=span, sequence=sequence, names=tuple(names))
    definite = lx.words["definite_determiners"]
    if definite:  # "the ministry" points back; "a judicial official" does not
        anaphoric = not names and not titled and w.key[a0] in definite and any(k in lx.roles for k in keys)
    else:  # languages without articles: a bare role ("ведомство", "в министерстве") points back
        content = [i for i in range(a, b) if w.key[i][:1].isalnum() and w.key[i] not in lx.words["np_glue"]
                   and w.key[i] not in lx.words["statement_words"] and w.key[i] not in lx.words["evidence_nouns"]]
        specific = [i for i in content if w.key[i] not in lx.words["generic_roles"]]
        content = specific or content  # "представитель ведомства", "пресс-служба ведомства": the body is ведомство
        anaphoric = (not names and len(content) == 1 and w.key[content[0]] in lx.roles
                     and w.key[content[0]] not in lx.words["independent_roles"]  # "очевидців" points back to no body
                     and (w.key[content[0]] not in lx.words["generic_roles"] or content[0] > a  # "источник" is new,
                          or w.key[content[0]] in lx.words["referring_roles"])  # "уточнил чиновник": the one named
                     and (not w.is_capital(content[0]) or (  # "ведомство", not "Минобороны"; but a sentence may open
                         sentence_start and content[0] == 0 and not w.text[0].isupper())))  # with one: "Агентство …"
    return Speaker(phrase, phrase, "", "", "name" if names else "role", anaphoric=anaphoric, keys=keys, span=span, sequence=sequence,
                   names=tuple(names))


def _medium_word(w: Words, k: int, lx: Language) -> bool:
    """Is word ``k`` part of a phrase naming where a body spoke: a platform or a medium noun (the tables'
    ``medium_nouns``), its owner's reflexive possessive ("своем"), a determiner, a preposition of place, or a
    lower-case modifier ("официальном")?"""
    key = w.key[k]
    return not w.is_punct(k) and (key in lx.words["medium_nouns"] or key in lx.words["reflexive_possessives"]
                                  or key in lx.words["determiners"] or key in lx.words["definite_determiners"]
                                  or key in lx.words["place_prepositions"]
                                  or (w.text[k][:1].islower() and lx.modifier(w.text[k])))


def medium_stripped(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex) -> tuple[int, int]:
    """The words of a speaker phrase without the medium it spoke through: the channel, page or platform is where
    it said it, never who ("Telegram-канале акимата области" is the akimat, "Telegram начальник ОВА" the head of the
    oblast, "the Telegram channel of the city council" the council, "the governor's Telegram channel" the governor).

    A medium phrase (see ``_medium_word``, with at least one medium noun) opening the phrase is passed, and so is the
    preposition that joins it to its owner ("of"); a medium noun closing an English phrase after its owner's
    possessive ("the governor's Telegram channel") is dropped. Nothing is dropped when what is left names nobody
    ("Telegram said", a platform speaking of itself).

    Parameters
    ----------
    w : Words
        The sentence's words.
    a, b : int
        The phrase is words[a:b].
    lx : Language
        The language's tables.
    registry : RegistryIndex
        The known sources.

    Returns
    -------
    tuple of int
        The phrase's new bounds (``(a, b)`` unchanged when there is no medium to drop).

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> s = "the Telegram channel of the city council"
    >>> en = language("en")
    >>> w = tokenize(s, 0, len(s), en)
    >>> a, b = medium_stripped(w, 0, len(w), en, registry_index("en"))
    >>> " ".join(w.text[a:b])
    'city council'
    """
    media = lx.words["medium_nouns"]
    if not media:
        return a, b
    k, seen = a, False
    while k < b and _medium_word(w, k, lx) and (not seen or w.key[k] in media or (
            w.key[k] in lx.words["place_prepositions"] and k + 1 < b and w.key[k + 1] in media)):
        seen = seen or w.key[k] in media  # (past the medium noun only another one goes on with it, "каналі в
        k += 1  # Telegram"; a modifier after it is its owner's: "телеграм-каналі обласної адміністрації")
    if seen:
        joined = k
        while k < b and (w.key[k] in lx.words["np_glue"] or w.key[k] in lx.words["definite_determiners"]) \
                and not w.is_punct(k):
            k += 1  # "the Telegram channel of the city council"
        owner = k > joined or (k < b and (any(
            w.key[x] in lx.roles or lx.roles.match(w.key, x) is not None for x in range(k, min(b, k + 4))) or (
            lx.table["morphology"] == "pymorphy3" and any(r[0] == "gent" for r in lx.agreement(w.text[k])))))
        # (an owner: after "of", a role in its first words, "міський голова", "Київська міська військова
        # адміністрація", or a word in the genitive; not the channel's own name, "Телеграм-канал Mash", which is the
        # medium speaking as an outlet)
        if owner and a < k < b and not w.is_punct(k) and phrase_has_head(w, k, b, lx, registry, False):
            a = k
    end, last = b, b
    while end - 1 > a and not w.is_punct(end - 1) and (w.key[end - 1] in media or (
            last < b and (_medium_word(w, end - 1, lx) or w.key[end - 1] in lx.words["np_glue"]))):
        if w.key[end - 1] in media:
            last = end - 1  # (the run's first medium noun: what stands before it owns the medium)
        end -= 1
    end = last
    if a < end < b and _possessive(w, end - 1, lx) and phrase_has_head(w, a, end, lx, registry, False):
        b = end  # "the governor's Telegram channel", "the police chief's post on Facebook", "도지사의 SNS 게시물": the
        # owner before the possessive speaks
    return a, b


def _possessive(w: Words, k: int, lx: Language) -> bool:
    """Does word ``k`` end in a possessive: English "'s" (the table's ``possessive_suffixes``), Korean 의?"""
    if lx.korean is not None:
        return w.text[k] != w.key[k] and lx.korean(w.text[k]).particle == "의"
    return lx.table["morphology"] == "none" and any(
        w.text[k].endswith(suffix) or w.key[k] == suffix for suffix in lx.table.get("possessive_suffixes", []))


def _initials_in_brackets(w: Words, i: int, b: int, lx: Language, registry: RegistryIndex) -> tuple[int, Known] | None:
    """A name the registry knows, written as Korean news writes a foreign body's name with its initials in brackets
    inside it, every part glued ("중국중앙(CC)TV": China Central (CC) TV): the five words from ``i`` read as the name
    without the brackets ("중국중앙TV") or as the initials with the rest ("CCTV"); (5, the body), else None."""
    if i + 4 >= b or w.text[i + 1] != "(" or w.text[i + 3] != ")" or not w.text[i + 2].isascii() \
            or not w.text[i + 2].isalpha() or any(w.start[k + 1] != w.end[k] for k in range(i, i + 4)):
        return None
    tail = w.text[i + 4]
    for name in (w.text[i] + tail, w.text[i + 2] + tail):
        keys = list(lx.keys_of(name))
        found = registry.match(keys, [name], 0) if keys else None
        if found is not None and found[0] == len(keys):
            return 5, found[1]
    return None


def _origin_of_person(w: Words, a: int, b: int, lx: Language, registry: RegistryIndex) -> int:
    """Where the place a person is from opens, when words[a:b] are a person's name of one to three capitalised words
    (no role, country or body of the registry), a preposition of the table's ``origin_prepositions`` and a capitalised
    place ("Оксана з Черкас", "Oksana from Cherkasy"): the preposition's index, else 0. Such a person is a private one,
    who speaks for no state, and the place is no surname of hers.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> from analysis.extract.registry import registry_index
    >>> from analysis.extract.words import tokenize
    >>> lx = language("en")
    >>> s = "Oksana from Cherkasy"
    >>> _origin_of_person(tokenize(s, 0, len(s), lx), 0, 3, lx, registry_index("en"))
    1
    """
    origin = lx.words["origin_prepositions"]
    k = next((x for x in range(a + 1, min(b - 1, a + 4)) if w.key[x] in origin), 0)
    if not k or not w.is_capital(k + 1) or w.is_punct(k + 1):
        return 0
    if any((not w.is_capital(x) and not (x == a and _age_word(w.text[x]))) or w.is_punct(x) or w.key[x] in lx.roles
           or country_at(w, x, lx) or registry.match(w.key, w.text, x) is not None for x in range(a, k)):
        return 0  # (an age before the name is hers too: "29-летняя Ольга из Ставропольского края")
    return k


def _age_word(word: str) -> bool:
    """Is ``word`` an age glued to its noun or adjective ("29-летняя", "34-річна", "52-year-old")?"""
    return bool(re.match(r"\d{1,3}-\w", word))


def _title_adjective(w: Words, i: int, b: int, lx: Language) -> bool:
    """Is word ``i`` a capitalised adjective of an office's own title, right before its role noun ("Офісі
    Генерального прокурора", "Головна військова прокуратура", "Генеральной прокуратуры"): a dictionary adjective
    (the language's morphology), which names no person?"""
    k = i + 1
    while k < b - 1 and lx.modifier(w.text[k]) and lx.common(w.text[k]) and not w.is_punct(k):
        k += 1  # ("Головна військова прокуратура": another adjective between)
    return k < b and (w.key[k] in lx.roles or lx.roles.match(w.key, k) is not None) \
        and lx.modifier(w.text[i]) and lx.common(w.text[i])


def _opens_name(w: Words, i: int, n: int, a: int, b: int, lx: Language) -> bool:
    """Does the country word at ``i`` (``n`` words) open a body's proper name, at the phrase's start or after a common
    noun of its kind ("організація Iran Human Rights", "the Sudan Research Group at …"): no capitalised word before it,
    and after it a capitalised word that is no role and no country?"""
    if lx.korean is not None or i + n >= b or (i > a and not (
            w.text[i - 1].isalpha() and w.text[i - 1].islower())):
        return False
    if i > a and n == 1 and _genitive(w.text[i], lx):
        return False  # "речник Національної поліції Камбоджі Сок Віреак": a country in the genitive after a common
        # noun is the noun's owner (the police of Cambodia), and the capitalised words after it a person's name
    after = i + n
    return w.is_capital(after) and not w.is_punct(after) and w.key[after] not in lx.roles \
        and country_at(w, after, lx) is None


def _korean_section(w: Words, known: Known, known_span: tuple[int, int], countries: set[str], placed: dict[str, int],
                    b: int, lx: Language) -> str:
    """The country of a registered non-governmental body's national section a Korean phrase names: the one country
    right after the body's name, followed by a branch word (the table's ``branch_words``: "국제앰네스티 나이지리아
    지부") or, when it is the language's home, by anything ("세이브더칠드런 코리아 사무총장": the Korean section's head;
    another country before a role is the role's field, "HRW 미얀마 연구원"). "" otherwise and in other languages."""
    if lx.korean is None or known.kind != "ngo" or len(countries) != 1:
        return ""
    code = next(iter(countries))
    at = placed.get(code, -1)
    if code == known.country or at != known_span[1]:
        return ""
    found = country_at(w, at, lx)
    after = at + (found[0] if found else 1)
    if after < b and w.key[after] in lx.words["branch_words"]:
        return code
    return code if code == lx.table.get("home_country") else ""


def _genitive(word: str, lx: Language) -> bool:
    """Can a word of an inflected language (pymorphy3's) be read in the genitive ("Камбоджі", "Камбоджи")? False for
    the other languages and for words of Latin letters."""
    if lx.table.get("morphology") != "pymorphy3" or not re.search(r"[а-яіїєґё]", word.lower()):
        return False
    from .language import _analyser

    return any("gent" in parse.tag for parse in _analyser(lx.lang).parse(word.lower()))


def _remit_object(w: Words, i: int, n: int, b: int, lx: Language) -> bool:
    """Is the country word at ``i`` (``n`` words) the whole object of a remit's preposition ("envoy for Sudan", "envoy
    for Sudan Tom Perriello"), not the owner of a body it governs ("a spokesman for Nepal's home ministry", "for the
    Nepali army": the body he speaks for)? It is when no possessive ending and no common word follow it."""
    if w.text[i + n - 1].endswith(tuple(lx.table.get("possessive_suffixes", []))):
        return False
    after = i + n
    return after >= b or w.is_punct(after) or w.key[after] in lx.words["coordinators"] or (
        w.is_capital(after) and w.key[after] not in lx.roles)


def remit_at(w: Words, i: int, a: int, lx: Language) -> int:
    """How many words of a remit's preposition (the table's ``remit_prepositions``: "for", "on", "з питань", "по
    делам") stand at word ``i`` of a speaker phrase that opens at ``a``, after one of its role nouns ("the US special
    envoy for Sudan", "спецпредставитель ООН по Йемену"); else 0. The country after one is the subject of an office,
    not the state it speaks for.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> s = "the US special envoy for Sudan"
    >>> w = tokenize(s, 0, len(s), language("en"))
    >>> remit_at(w, 4, 0, language("en")), remit_at(w, 1, 0, language("en"))
    (1, 0)
    """
    key = w.key[i]
    if i <= a or (key not in lx.words["remit_prepositions"] and key not in lx.words["remit_firsts"]):
        return 0
    if not any(w.key[k] in lx.roles or _korean_role(w.key[k], lx) for k in range(a, i)):
        return 0
    for keys in _remit_phrases(lx.words["remit_prepositions_phrases"]):
        if tuple(w.key[i:i + len(keys)]) == keys:
            return len(keys)
    return 0


def affiliation_end(w: Words, j: int, b: int, lx: Language) -> int:
    """Where the name of a body ends that the preposition of place at word ``j`` joins to a person ("researchers at
    Ghent University", "a professor at Belgium's Ghent University", "scientists at the University of Oxford"): the
    capitalised words after it (with the glue inside a name, a determiner and a country before it) whose words name a
    kind of body (``claims.kinds``); 0 when no such name follows before word ``b``. Such a phrase says whose the
    person is, not where.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> s = "researchers at Ghent University said"
    >>> w = tokenize(s, 0, len(s), language("en"))
    >>> affiliation_end(w, 1, len(w), language("en")), affiliation_end(w, 0, len(w), language("en"))
    (4, 0)
    """
    if lx.korean is not None or j + 1 >= b or w.key[j] not in lx.words["place_prepositions"]:
        return 0
    k = j + 1 + (w.key[j + 1] in lx.words["definite_determiners"])
    end = k
    while end < b and end - k < 8 and not w.is_punct(end) and (w.is_capital(end) or (
            w.key[end] in lx.words["np_glue"] and end + 1 < b and w.is_capital(end + 1))):
        end += 1
    if end - k < 2 or not w.is_capital(end - 1):
        return 0
    kind, word = infer_kind(" ".join(w.text[k:end]))
    return end if kind and kind != "individual" and word else 0


@lru_cache(maxsize=8)
def _remit_phrases(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The remit prepositions' keys, longest first (split once per language)."""
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


@lru_cache(maxsize=None)
def _longest_first(suffixes: tuple[object, ...]) -> tuple[str, ...]:
    """A table's endings as text, the longest first (the order they are cut in), sorted once per table."""
    return tuple(sorted((str(x) for x in suffixes), key=len, reverse=True))


def private_person(keys: frozenset[str] | set[str], lx: Language) -> bool:
    """Does a speaker phrase of these keys name someone of no office: a role of the table's ``independent_roles``
    (a resident, a witness, a doctor, an aid group) and no other role but a generic one ("a resident of Djibo", "목격자
    라메시 타파")?"""
    independent = lx.words["independent_roles"]
    return any(k in independent for k in keys) and not any(
        k in lx.roles and k not in independent and k not in lx.words["generic_roles"] for k in keys)


def private_origin(w: Words, a: int, b: int, lx: Language) -> bool:
    """Does the speaker phrase words[a:b] name a private person by a nationality and a noun of private life (the
    table's ``private_nouns``: "a Venezuelan migrant", "two Cuban survivors", "колумбійський очевидець", "베네수엘라
    출신 이주민"), or, in English, by a nationality alone after an indefinite article ("a 34-year-old Venezuelan
    travelling with his wife")? Such a person speaks for no state: the nationality says where he is from. A role of
    some office ("a Venezuelan official") or a body of a kind ("a British charity") makes it no private person.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> s = "a Venezuelan migrant and a Venezuelan official"
    >>> w = tokenize(s, 0, len(s), language("en"))
    >>> private_origin(w, 0, 3, language("en")), private_origin(w, 4, 7, language("en"))
    (True, False)
    """
    content = [k for k in range(a, b) if not w.is_punct(k)]
    keys = {w.key[k] for k in content}
    if not lx.words["private_nouns"] or _office(keys, lx) or infer_kind(
            " ".join(w.text[k] for k in content))[0] not in ("", "individual"):
        return False  # an office ("official", "군 대변인") speaks for its state; a body of a kind ("a British
        # charity", "Belgian researchers") for its own
    if keys & lx.words["private_nouns"]:
        return True
    indefinite = lx.words["indefinite_determiners"]
    if lx.korean is not None or lx.table["morphology"] != "none" or not content:
        return False
    if w.key[content[0]] in indefinite:
        content = content[1:]
    elif not (a > 0 and w.key[a - 1] in indefinite):  # ("said a Venezuelan who …": the article before the phrase)
        return False
    for k in content:  # "a 34-year-old Venezuelan travelling …": the nationality is the head noun
        found = country_at(w, k, lx)
        if found:
            after = k + found[0]
            return after >= b or w.is_punct(after) or w.key[after] in lx.words["relative_pronouns"] or (
                w.key[after].endswith(tuple(lx.words["participle_endings"]))
                or w.key[after] in lx.words["place_prepositions"] or w.key[after] in lx.words["motion_prepositions"])
    return False


def _office(keys: frozenset[str] | set[str], lx: Language) -> bool:
    """Do the keys hold a role of some office: a role noun that is neither a noun of private life (``private_nouns``)
    nor an independent role ("official", "군 대변인"; not "survivor", "mother", "witness")?"""
    private, independent = lx.words["private_nouns"], lx.words["independent_roles"]
    return any((k in lx.roles or _korean_role(k, lx)) and k not in private and k not in independent for k in keys)


def private_speaker(keys: frozenset[str] | set[str], lx: Language) -> bool:
    """Does a speaker phrase of these keys name a private person by a noun of private life (the table's
    ``private_nouns``: "a Haitian mother of three", "двоє вцілілих") and no office? Such a person speaks for no state,
    neither the one his nationality names nor the one the story is about.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> private_speaker({"haitian", "mother", "of", "three"}, language("en")), private_speaker({"official"}, language("en"))
    (True, False)
    """
    return bool(set(keys) & lx.words["private_nouns"]) and not _office(keys, lx)


#: The kinds of body whose own name, followed by a place, is placed there ("Ghent University in Belgium").
_PLACED_KINDS = frozenset({"research", "ngo", "media"})


def _body_name_before(w: Words, a: int, i: int, lx: Language) -> bool:
    """Do the words right before the preposition of place at ``i`` (from ``a`` on) end in a body's own name, two
    capitalised words or more (with the glue inside a name) of a kind that is no state's (a university, a charity, an
    outlet: "Ghent University", "the University of Nairobi")? The place after it is then the body's own, its country.
    English-like tables only (capitals mark a name)."""
    if lx.korean is not None or lx.table["morphology"] != "none":
        return False
    k = i
    while k > a and not w.is_punct(k - 1) and (w.is_capital(k - 1) or (
            w.key[k - 1] in lx.words["np_glue"] and k - 1 > a and w.is_capital(k - 2))):
        k -= 1
    return i - k >= 2 and w.is_capital(k) and infer_kind(" ".join(w.text[k:i]))[0] in _PLACED_KINDS


def city_adjective(key: str, lx: Language) -> tuple[int, str] | None:
    """(1, ISO code) of the city or capital a lower-case adjective's key is made from, by the table's
    ``administrative_adjective_endings`` ("кабульский": Кабул, "курский": Курск, "одеський": Одеса, "донецкий":
    Донецк), or None. The stem is tried with the "ск" an ending swallowed ("минский": Минск, before Мин), as it is,
    without a soft sign, with the "а" of a feminine name, and with the ending's "цк". Languages whose tables have such
    endings (Ukrainian, Russian). Read only before a role noun of a speaker phrase.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> city_adjective("кабульский", language("ru")), city_adjective("военный", language("ru"))
    ((1, 'AF'), None)
    """
    for ending in lx.words["administrative_adjective_endings"]:
        if not key.endswith(ending) or len(key) - len(ending) < 3:
            continue
        stem = key[: -len(ending)]
        soft = stem[:-1] if stem.endswith("ь") else stem
        kept = key[: -len(ending) + 1]  # the ending's first consonant is the name's ("одеський": Одеса)
        for name in dict.fromkeys((stem + "ск", stem, soft, soft + "а", kept + "а", soft + ending[:-2])):
            found = lx.countries.match([name], 0) or lx.places.match([name], 0)
            if found is not None and found[1] and "|" not in str(found[1]):
                return 1, str(found[1])
    return None
