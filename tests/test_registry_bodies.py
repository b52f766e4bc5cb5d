"""The registry's national bodies, armed groups and national societies, and the mechanisms that give a body the
country the article means (our own sentences, no article text).

- the whole table, in every language's keys: no name of two bodies, no name that is an ordinary word of its
  language matched as one;
- bodies named by their own name with no country word (armed forces, police, emergency agencies, armed groups);
- every country's Red Cross or Red Crescent society, made from the country's names;
- a short name after the long one in the same article ("Uganda Red Cross Society ... the Red Cross");
- a body run by a group ("the Taliban-run health ministry", "탈레반이 통제하는 보건부");
- a province named in Ukrainian or Russian after its class noun, under a name pycountry's catalogue lacks.
"""

import re

import pytest

from analysis import extract_claims
from analysis.claims.sources import SourceRegistry, national_societies, society_table
from analysis.extract.language import kiwi_of, language
from analysis.extract.places import _rules, province_spellings
from analysis.extract.registry import bundled_sources, registry_index, society_adjectives

LANGS = ("en", "uk", "ru", "ko")


def only(text: str, lang: str) -> dict:
    found = extract_claims(text, lang=lang).to_dict("records")
    assert len(found) == 1, found
    return found[0]


def _names(lang: str):
    """(body, name, keys) of every name of the registry as the extractor keys it in ``lang``."""
    lx = language(lang)
    for known, names in list(bundled_sources()) + society_adjectives(lx):
        for name in names:
            name = str(name)
            if name.lower().startswith("the "):
                name = name[4:]
            keys = lx.keys_of(name)
            if keys:
                yield known, name, keys


# -- the whole table ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_no_name_stands_for_two_bodies_in_any_language(lang):
    # but a name several states' bodies bear, given in each state's row ("NDMA", "МЧС"): the text chooses among them
    # (session 26, kinds17), so each of its bodies is of another country
    from analysis.claims.sources import name_key
    from analysis.extract.registry import shared_name_keys

    shared = shared_name_keys()
    owner: dict[tuple[str, ...], str] = {}
    clashes = []
    for known, name, keys in _names(lang):
        if name_key(name) in shared:
            continue
        if owner.setdefault(keys, known.organisation) != known.organisation:
            clashes.append((name, known.organisation, owner[keys]))
    assert not clashes
    for known in registry_index(lang).sharing.values():
        assert len({body.country for body in known.shared}) == len(known.shared) >= 2, known


@pytest.mark.parametrize("lang", ("uk", "ru"))
def test_a_one_word_name_that_is_a_dictionary_word_is_matched_only_capitalised(lang):
    lx, index = language(lang), registry_index(lang)
    lower = {keys for _, name, keys in _names(lang) if len(keys) == 1 and not name[:1].isupper()}
    for _, name, keys in _names(lang):
        if len(keys) != 1 or name.isupper() or " " in name or keys in lower or not lx.common(name):
            continue
        assert index.match([keys[0]], [name.lower()], 0) is None, name  # "медуза" is a jellyfish
        assert index.match([keys[0]], [name], 0) is not None, name  # "Медуза" the outlet


def test_the_russian_word_for_an_economist_is_no_weekly():
    row = only("Как заявил экономист Иван Петров, при пожаре погибли 12 человек.", "ru")
    assert row["organisation"] != "The Economist"


def test_no_english_name_of_one_word_is_an_ordinary_word_of_the_tables_or_of_the_gazetteers_stop_list():
    lx = language("en")
    words = {str(w).lower() for w in _rules()["en"]["stop_words"]} | set().union(*(
        lx.words[name] for name in ("determiners", "np_glue", "pronouns", "clause_words", "statement_words",
                                    "generic_roles", "evidence_nouns", "estimate_nouns")))
    ordinary = [name for _, name, keys in _names("en") if len(keys) == 1 and not name.isupper()
                and re.fullmatch(r"[A-Za-z'-]+", name) and name.lower() in words]
    assert not ordinary


def test_no_korean_name_of_two_syllables_or_fewer_is_a_common_noun_but_the_abbreviations_news_uses():
    kiwi = kiwi_of(language("ko").korean)
    abbreviations = {"합참"}  # 합동참모본부, written so in every report of the Joint Chiefs
    common = []
    for _, name, _ in _names("ko"):
        if re.fullmatch(r"[가-힣]{1,2}", name) and name not in abbreviations:
            tokens = kiwi.tokenize(name)
            if len(tokens) == 1 and tokens[0].tag == "NNG":
                common.append(name)
    assert not common


# -- bodies named by their own name ---------------------------------------------------------------------------------
@pytest.mark.parametrize("alias, kind, country", [
    ("Bundeswehr", "military", "DE"), ("Бундесвер", "military", "DE"), ("Tatmadaw", "military", "MM"),
    ("Guardia Civil", "military", "ES"), ("Гражданская гвардия", "military", "ES"), ("Carabinieri", "military", "IT"),
    ("Protezione Civile", "government", "IT"), ("THW", "government", "DE"), ("Gardaí", "government", "IE"),
    ("ЦАХАЛ", "military", "IL"), ("Tsahal", "military", "IL"), ("이스라엘방위군", "military", "IL"),
    ("НОАК", "military", "CN"), ("인민해방군", "military", "CN"), ("조선인민군", "military", "KP"),
    ("자위대", "military", "JP"), ("КСИР", "military", "IR"), ("혁명수비대", "military", "IR"),
    ("AFAD", "government", "TR"), ("BNPB", "government", "ID"), ("NDRRMC", "government", "PH"),
    ("Basarnas", "government", "ID"), ("PHIVOLCS", "government", "PH"), ("Росстат", "government", "RU"),
    ("Держстат", "government", "UA"), ("Kremlin", "government", "RU"), ("백악관", "government", "US"),
    ("Моссад", "intelligence", "IL"), ("ГРУ", "intelligence", "RU"),
    ("СДС", "armed_group", "SY"), ("Syrian Democratic Forces", "armed_group", "SY"), ("시리아민주군", "armed_group", "SY"),
    ("하마스", "armed_group", "PS"), ("Houthis", "armed_group", "YE"), ("PKK", "armed_group", "TR"),
    ("Peshmerga", "military", "IQ"), ("Popular Mobilization Forces", "armed_group", "IQ"),
    ("ISWAP", "armed_group", "NG"), ("TPLF", "armed_group", "ET"), ("Polisario", "armed_group", "EH"),
    ("ELN", "armed_group", "CO"), ("ФАРК", "armed_group", "CO"),
    ("Jiji Press", "media", "JP"), ("지지통신", "media", "JP"), ("Bernama", "media", "MY"), ("Antara", "media", "ID"),
    ("노동신문", "media", "KP"), ("Rudaw", "media", "IQ"),
    ("FARDC", "military", "CD"), ("UPDF", "military", "UG"), ("TNI", "military", "ID"), ("Quds Force", "military", "IR"),
    ("Asaib Ahl al-Haq", "armed_group", "IQ"), ("AQAP", "armed_group", "YE"), ("Tamil Tigers", "armed_group", "LK"),
    ("Tren de Aragua", "armed_group", "VE"), ("Mara Salvatrucha", "armed_group", "SV"), ("Сияющий путь", "armed_group", "PE"),
])
def test_bodies_named_without_a_country_word_have_their_country(alias, kind, country):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and (source.kind, source.country) == (kind, country)


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Floods in Germany\nThe Bundeswehr said 40 soldiers were deployed to the flooded towns.", "DE"),
    ("en", "Storms\nThe Guardia Civil said 12 people were missing after the flash flood.", "ES"),
    ("uk", "Повінь\nУ Бундесвері повідомили, що до району направили 40 військових.", "DE"),
    ("ru", "Бои\nСДС заявили, что в боях погибли 14 бойцов.", "SY"),
    ("ko", "교전\n시리아민주군은 14명이 숨졌다고 밝혔다.", "SY"),
])
def test_the_extractor_gives_such_a_body_its_country(lang, text, country):
    assert only(text, lang)["country"] == country


# -- national societies ---------------------------------------------------------------------------------------------
def test_every_country_has_its_national_society_but_those_the_file_names_itself():
    import pycountry

    table = society_table()
    made = {s.country: s for s in national_societies()}
    assert set(made) == {c.alpha_2 for c in pycountry.countries} - set(table["skip"])
    for code, society in made.items():
        sort = "Red Crescent" if code in table["crescent_countries"] else "Red Cross"
        assert society.kind == "ngo" and society.organisation.endswith(f"{sort} Society"), society
    registry = SourceRegistry.bundled()
    assert registry.lookup("Palestine Red Crescent").organisation == "Palestine Red Crescent Society (PRCS)"


@pytest.mark.parametrize("alias, country", [
    ("Uganda Red Cross Society", "UG"), ("Red Cross Society of Uganda", "UG"), ("Червоний Хрест Уганда", "UG"),
    ("우간다 적십자사", "UG"), ("Kenya Red Cross", "KE"), ("Красный Крест Кения", "KE"),
    ("Sudan Red Crescent", "SD"), ("Товариство Червоного Півмісяця Туреччина", "TR"), ("튀르키예 적신월사", "TR"),
    ("Kızılay", "TR"), ("대한적십자사", "KR"),
])
def test_a_national_society_is_found_under_its_names_in_each_language(alias, country):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and (source.kind, source.country) == ("ngo", country)


def test_the_extractor_reads_a_society_named_with_a_nationality_word():
    names = {n: k.country for k, found in society_adjectives(language("ru")) for n in found}
    assert names["Кенийский Красный Крест"] == "KE" and names["Турецкий Красный Полумесяц"] == "TR"


# -- a short name after the long one ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, organisation, country", [
    ("en", "Floods in Uganda\nThe Uganda Red Cross Society sent volunteers to the district. On Friday the Red Cross "
           "said 40 people had died.", "Uganda Red Cross Society", "UG"),
    ("en", "Floods in Kenya\nThe Kenyan Red Cross sent boats. Later the Red Cross said 25 people had drowned.",
     "Kenya Red Cross Society", "KE"),
    ("uk", "Повінь в Уганді\nТовариство Червоного Хреста Уганди надіслало волонтерів. Згодом Червоний Хрест повідомив, "
           "що загинули 40 людей.", "Uganda Red Cross Society", "UG"),
    ("ru", "Наводнение в Уганде\nОбщество Красного Креста Уганды направило волонтеров. Позже Красный Крест сообщил, что "
           "погибли 40 человек.", "Uganda Red Cross Society", "UG"),
    ("ru", "Землетрясение\nТурецкий Красный Полумесяц направил палатки. Красный Полумесяц сообщил, что погибли 30 "
           "человек.", "Türkiye Red Crescent Society", "TR"),
    ("ko", "우간다 홍수\n우간다 적십자사는 자원봉사자를 보냈다. 적십자는 40명이 숨졌다고 밝혔다.", "Uganda Red Cross Society", "UG"),
    ("en", "Earthquake in Japan\nThe Self-Defense Forces sent troops to the coast. The SDF said 1,000 troops were "
           "deployed on Tuesday.", "Japan Self-Defense Forces (JSDF)", "JP"),
])
def test_a_short_name_is_the_body_the_article_named_in_full_before(lang, text, organisation, country):
    row = only(text, lang)
    assert (row["organisation"], row["country"]) == (organisation, country)


@pytest.mark.parametrize("lang, text, organisation, country", [
    ("en", "Floods\nAt least 12 people died, the Red Cross said.", "International Committee of the Red Cross (ICRC)", ""),
    ("ru", "Наводнение\nКрасный Крест сообщил, что погибли 12 человек.",
     "International Committee of the Red Cross (ICRC)", ""),
    ("en", "Fighting in Syria\nThe SDF said 14 fighters were killed.", "Syrian Democratic Forces (SDF)", "SY"),
])
def test_without_the_long_name_the_short_one_is_the_registrys(lang, text, organisation, country):
    row = only(text, lang)
    assert (row["organisation"], row["country"]) == (organisation, country)


# -- a body run by a group ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Quake near Pakistan\nPakistan's army sent troops to the border. The Taliban-led government's health "
           "ministry said 30 people were killed."),
    ("en", "Quake near Pakistan\nPakistan's army sent troops to the border. A spokesman for the health ministry run by "
           "the Taliban said 30 people were killed."),
    ("uk", "Землетрус біля кордону з Пакистаном\nПакистанська армія направила війська. За даними підконтрольного "
           "талібам міністерства охорони здоров'я, загинули 30 людей."),
    ("ru", "Землетрясение у границы с Пакистаном\nПакистанская армия направила войска. Министерство здравоохранения, "
           "контролируемое талибами, сообщило, что погибли 30 человек."),
    ("ko", "파키스탄 지진\n파키스탄 군은 국경에 병력을 보냈다. 탈레반이 통제하는 보건부는 30명이 숨졌다고 밝혔다."),
])
def test_a_body_run_by_a_group_takes_the_groups_country(lang, text):
    assert only(text, lang)["country"] == "AF"


# -- provinces pycountry's catalogue lacks ----------------------------------------------------------------------------
def test_a_russian_province_name_is_the_ukrainian_one_respelled_and_a_dictionary_word_is_not_made():
    assert province_spellings("ru")["JP-17"] == frozenset({"Исикава"})
    assert "Анталія" in province_spellings("uk")["TR-07"]
    assert all(" " not in name for names in province_spellings("ru").values() for name in names)


@pytest.mark.parametrize("lang, text, country", [
    ("uk", "Пожежі\nГубернатор провінції Анталія Мехмет Ялчин повідомив, що відселили 300 людей.", "TR"),
    ("uk", "Пожежі\nЯк повідомив губернатор провінції Анталія, відселили 300 людей.", "TR"),
    ("ru", "Землетрясение\nГубернатор префектуры Исикава сообщил, что погибли 12 человек.", "JP"),
    ("ru", "Наводнение\nГубернатор провинции Хатай сообщил, что погибли 12 человек.", "TR"),
    ("ru", "Удар\nПо словам губернатора провинции Идлиб, погибли 12 человек.", "SY"),
])
def test_a_province_after_its_class_noun_gives_its_country(lang, text, country):
    assert only(text, lang)["country"] == country


# -- a bare armed-group noun after the group's name ----------------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Blast in Quetta\nA blast killed 26 people in Pakistan. The Baloch Liberation Army claimed the attack. The "
           "rebels said more than 40 soldiers were killed."),
    ("uk", "Вибух у Кветті\nУ Пакистані внаслідок вибуху загинули 26 людей. Відповідальність взяло на себе угруповання "
           "\"Армія визволення Белуджистану\". У заяві бойовики стверджують, що загинули понад 40 військових."),
    ("ru", "Взрыв\nВ Пакистане при взрыве погибли 26 человек. Ответственность взяла на себя группировка \"Армия "
           "освобождения Белуджистана\". Боевики заявили, что погибли более 40 военных."),
])
def test_a_bare_armed_group_noun_is_the_group_the_article_just_named(lang, text):
    rows = extract_claims(text, lang=lang).to_dict("records")
    assert [r["country"] for r in rows if r["low"] == 40] == ["PK"]


@pytest.mark.parametrize("lang", LANGS)
def test_only_a_name_held_whole_by_a_national_bodys_name_points_to_it(lang):
    # "UN" is no part of "ABC News (United States)" glued ("abcnewsunitedstates"): Latin and Cyrillic names are
    # matched word by word in Korean text too; 적십자 is part of 우간다 적십자사
    index = registry_index(lang)
    for short in ("UN", "EU", "NATO", "WHO", "ООН"):
        assert index.national(language(lang).keys_of(short)) == (), short
    assert any(k.country == "UG" for k in index.national(language(lang).keys_of(
        {"en": "Red Cross", "uk": "Червоний Хрест", "ru": "Красный Крест", "ko": "적십자"}[lang])))


# -- research groups and rights groups with their country; "a study" is a new body, "the rights group" the one before --
@pytest.mark.parametrize("alias, kind, country", [
    ("Harvard University", "research", "US"), ("하버드대", "research", "US"), ("Johns Hopkins University", "research", "US"),
    ("SIPRI", "research", "SE"), ("Kiel Institute", "research", "DE"), ("Київська школа економіки", "research", "UA"),
    ("B'Tselem", "ngo", "IL"), ("Al Mezan", "ngo", "PS"), ("ОВД-Инфо", "ngo", "RU"), ("Airwars", "ngo", "GB"),
])
def test_research_and_rights_groups_have_their_country(alias, kind, country):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and (source.kind, source.country) == (kind, country)


def test_a_study_named_by_an_indefinite_article_is_not_the_research_group_named_before():
    text = ("Storm deaths\nA Harvard University study estimated that 400 people died. A study of hospital records, "
            "published later, reported 120 deaths.")
    found = {r["low"]: r["country"] for r in extract_claims(text, lang="en").to_dict("records")}
    assert found == {400.0: "US", 120.0: ""}


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Storm deaths\nResearchers at Harvard University estimated that 400 people died.", "US"),
    ("en", "Strikes in Gaza\nDoctors at Al Mezan said 40 people were killed.", "PS"),
    ("ru", "Шторм\nИсследователи из Гарвардского университета подсчитали, что погибли 400 человек.", "US"),
    ("en", "Boat sinks\nAn IOM spokesman in Italy said 40 people were missing.", ""),
])
def test_a_person_at_a_research_group_rights_group_or_outlet_speaks_for_it(lang, text, country):
    assert only(text, lang)["country"] == country


# -- registry8: the registry built out by kind and region --------------------------------------------------------------
def _rows_of_the_file() -> list[dict]:
    import csv
    from importlib import resources

    text = resources.files("analysis.claims").joinpath("data/sources.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_the_registry_file_is_well_formed():
    from analysis.claims.countries import is_country
    from analysis.claims.sources import SOURCE_KINDS, name_key

    rows = _rows_of_the_file()
    assert [r["organisation"] for r in rows] == list(dict.fromkeys(r["organisation"] for r in rows))  # each body once
    country_of: dict[str, set[str]] = {}
    bodies_of: dict[str, list[dict]] = {}
    for row in rows:
        assert row["kind"] in SOURCE_KINDS, row["organisation"]
        assert all(is_country(code) for code in row["country"].split("|")) if row["country"] else True, row
        assert row["kind"] != "international" or not row["country"], row["organisation"]  # an international body
        # has no country
        aliases = [a for a in row["aliases"].split("|") if a.strip()]
        assert aliases == [a.strip() for a in aliases], row["organisation"]  # no stray spaces around a name
        for name in [row["organisation"]] + aliases:
            country_of.setdefault(name_key(name), set()).add(row["country"])
            bodies_of.setdefault(name_key(name), []).append(row)
    # a name of two countries is one several states' bodies bear, each of its rows one state's (session 26, kinds17):
    # never two bodies of one country, nor a body of none, under one name
    assert not {name: codes for name, codes in country_of.items()
                if len(codes) > 1 and (len(codes) != len({r["organisation"] for r in bodies_of[name]}) or "" in codes
                                       or name == name_key(bodies_of[name][0]["organisation"]))}
    assert not {name for name, codes in country_of.items()
                if len(codes) == 1 and len({r["organisation"] for r in bodies_of[name]}) > 1}


@pytest.mark.parametrize("alias, kind, country", [
    # armed groups, with the country they fight in: the Sahel and West Africa, the Great Lakes, the Horn, Sudan
    ("Ansarul Islam", "armed_group", "BF"), ("Katiba Macina", "armed_group", "ML"), ("GSIM", "armed_group", "ML"),
    ("Allied Democratic Forces", "armed_group", "CD"), ("Альянс демократичних сил", "armed_group", "CD"),
    ("FDLR", "armed_group", "CD"), ("Imbonerakure", "armed_group", "BI"), ("anti-balaka", "armed_group", "CF"),
    ("Fano", "armed_group", "ET"), ("Sudan Liberation Army", "armed_group", "SD"), ("IPOB", "armed_group", "NG"),
    ("Sudanese Armed Forces", "military", "SD"), ("SSPDF", "military", "SS"), ("Ansar al-Sunna", "armed_group", "MZ"),
    # Libya, Yemen, Syria, Iraq, Lebanon, Gaza
    ("Radaa", "armed_group", "LY"), ("Сили спеціального стримування", "armed_group", "LY"),
    ("Giants Brigades", "armed_group", "YE"), ("Syrian National Army", "armed_group", "SY"),
    ("Saraya al-Salam", "armed_group", "IQ"), ("Radwan Force", "armed_group", "LB"), ("Saraya al-Quds", "armed_group", "PS"),
    ("НФВП", "armed_group", "PS"), ("COGAT", "military", "IL"), ("팔레스타인자치정부", "government", "PS"),
    # Afghanistan, Pakistan, India, Myanmar, the Philippines
    ("Haqqani network", "armed_group", "AF"), ("Lashkar-e-Jhangvi", "armed_group", "PK"),
    ("Hizbul Mujahideen", "armed_group", "IN"), ("NSCN", "armed_group", "IN"), ("ARSA", "armed_group", "MM"),
    ("Kachin Independence Organisation", "armed_group", "MM"), ("Dawlah Islamiyah", "armed_group", "PH"),
    # the Americas and Haiti
    ("Estado Mayor Central", "armed_group", "CO"), ("Gulf Cartel", "armed_group", "MX"), ("Картель Залива", "armed_group", "MX"),
    ("Los Chapitos", "armed_group", "MX"), ("400 Mawozo", "armed_group", "HT"), ("G9 an Fanmi", "armed_group", "HT"),
    # rights groups, monitors, rescuers and counters of their countries (international NGOs at their headquarters)
    ("Viasna", "ngo", "BY"), ("Вясна", "ngo", "BY"), ("Foro Penal", "ngo", "VE"), ("Форо Пенал", "ngo", "VE"),
    ("HRANA", "ngo", "US"), ("Hengaw", "ngo", "NO"), ("Iran Human Rights", "ngo", "NO"), ("NKDB", "ngo", "KR"),
    ("북한인권정보센터", "ngo", "KR"), ("Human Rights Watch", "ngo", ""), ("Хьюман Райтс Вотч", "ngo", ""),
    ("Amnesty International", "ngo", ""), ("Mwatana", "ngo", "YE"), ("Indepaz", "ngo", "CO"), ("RNDDH", "ngo", "HT"),
    ("Utopia 56", "ngo", "FR"), ("Edhi Foundation", "ngo", "PK"), ("Sudan Doctors Network", "ngo", "SD"),
    ("Мережа суданських лікарів", "ngo", "SD"), ("Центр гражданских свобод", "ngo", "UA"), ("HRCP", "ngo", "PK"),
    # state bodies known by an acronym or a name of their own
    ("SENAFRONT", "military", "PA"), ("AFM", "military", "MT"), ("Rescue 1122", "government", "PK"),
    ("CBP", "government", "US"), ("Госдепартамент", "government", "US"), ("국무부", "government", "US"),
    ("통일부", "government", "KR"), ("해양경찰청", "government", "KR"), ("해상보안청", "government", "JP"),
    ("국방성", "military", "KP"), ("SEBIN", "intelligence", "VE"), ("ANAMA", "government", "AZ"),
    # research centres and universities that publish tolls
    ("Ghent University", "research", "BE"), ("Mekelle University", "research", "ET"), ("Левада-центр", "research", "RU"),
    ("КМІС", "research", "UA"), ("통일연구원", "research", "KR"), ("Imperial College London", "research", "GB"),
    # outlets, so that a relay is told from a speaker
    ("Iran International", "media", "GB"), ("Radio Dabanga", "media", "NL"), ("TOLOnews", "media", "AF"),
])
def test_registry8_bodies_of_every_region_and_kind_have_their_country(alias, kind, country):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and (source.kind, source.country) == (kind, country)


@pytest.mark.parametrize("alias", [
    # names several countries' bodies bear: no country from the name alone (the article's or the phrase's decides)
    "Defensoría del Pueblo", "Ombudsman", "NDMA", "National Disaster Management Authority", "NEMA",
    "Guardia Nacional", "SAF", "SNA", "ADF", "CPC", "UPC", "CJTF", "Fiscalía General de la República", "Pasteur Institute",
    "Border Patrol", "Medicina Legal", "Peace Brigades", "Resistance Front", "기상청", "Генштаб",
])
def test_registry8_a_name_many_countries_bodies_bear_names_no_body(alias):
    assert SourceRegistry.bundled().lookup(alias) is None


def test_registry8_a_korean_name_ending_in_a_syllable_that_reads_as_a_particle_is_found_in_a_sentence():
    index, lx = registry_index("ko"), language("ko")
    from analysis.extract.words import tokenize

    s = "비아스나는 7월에만 120명이 체포됐다고 밝혔다."
    w = tokenize(s, 0, len(s), lx)
    found = index.match(w.key, w.text, 0)
    assert found is not None and found[1].country == "BY"


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Floods in Punjab\nRescue 1122 said 12 people were killed.", "PK"),
    ("en", "Channel crossing\nUtopia 56 said one man was still missing.", "FR"),
    ("en", "Channel crossing\nTwo people died, according to Utopia 56.", "FR"),
    ("en", "Clashes in Tripoli\nThe 444th Brigade said 12 of its fighters were killed.", "LY"),
])
def test_registry8_a_number_inside_a_registered_name_is_the_speakers_not_a_claim(lang, text, country):
    row = only(text, lang)
    assert row["country"] == country and row["stated"] not in ("56", "1122", "444")


# -- registry9: the registry at world scale, second pass ---------------------------------------------------------------
@pytest.mark.parametrize("alias, kind, country", [
    # rights groups, lawyers' bodies, monitors and families' collectives, region by region
    ("Ain o Salish Kendra", "ngo", "BD"), ("Odhikar", "ngo", "BD"), ("INSEC", "ngo", "NP"), ("PUCL", "ngo", "IN"),
    ("Rawadari", "ngo", "AF"), ("Voice for Baloch Missing Persons", "ngo", "PK"), ("KontraS", "ngo", "ID"),
    ("콘트라스", "ngo", "ID"), ("Komnas HAM", "government", "ID"), ("AAPP", "ngo", "MM"),
    ("정치범지원협회", "ngo", "MM"), ("Ассоциация помощи политическим заключенным", "ngo", "MM"),
    ("Thai Lawyers for Human Rights", "ngo", "TH"), ("LICADHO", "ngo", "KH"), ("GYLA", "ngo", "GE"),
    ("ISFED", "ngo", "GE"), ("Кылым Шамы", "ngo", "KG"), ("Promo-LEX", "ngo", "MD"), ("CRTA", "ngo", "RS"),
    ("Українська Гельсінська спілка з прав людини", "ngo", "UA"), ("Law Society of Kenya", "ngo", "KE"),
    ("LSK", "ngo", "KE"), ("KNCHR", "government", "KE"), ("IMLU", "ngo", "KE"), ("Amnesty International Kenya", "ngo", "KE"),
    ("Legal and Human Rights Centre", "ngo", "TZ"), ("Ligue Iteka", "ngo", "BI"), ("SERAP", "ngo", "NG"),
    ("Yiaga Africa", "ngo", "NG"), ("FNDC", "ngo", "GN"), ("CHRDA", "ngo", "CM"), ("Plataforma Decide", "ngo", "MZ"),
    ("ZLHR", "ngo", "ZW"), ("LUCHA", "ngo", "CD"), ("FTDES", "ngo", "TN"), ("AMDH", "ngo", "MA"), ("Frayba", "ngo", "MX"),
    ("Madres Buscadoras de Sonora", "ngo", "MX"), ("COFADEH", "ngo", "HN"), ("Cristosal", "ngo", "SV"),
    ("Temblores ONG", "ngo", "CO"), ("CELS", "ngo", "AR"), ("INDH", "government", "CL"), ("LizaAlert", "ngo", "RU"),
    # police, border guards, rescuers and disaster agencies of small countries under their own names
    ("Police and Border Guard Board", "government", "EE"), ("Департамент полиции и погранохраны", "government", "EE"),
    ("Спасательный департамент", "government", "EE"), ("VUGD", "government", "LV"), ("VSAT", "government", "LT"),
    ("Державна служба охорони кордону Литви", "government", "LT"), ("Kenya Police Service", "government", "KE"),
    ("DMMU", "government", "ZM"), ("ANEPC", "government", "PT"), ("DDPM", "government", "TH"),
    ("Fire Service and Civil Defence", "government", "BD"), ("RPNGC", "government", "PG"), ("RSIPF", "government", "SB"),
    ("Bureau of Fire Protection", "government", "PH"), ("MMEA", "government", "MY"), ("SEMAR", "military", "MX"),
    ("ГУВД Мингорисполкома", "government", "BY"), ("Queensland Health", "government", "AU"), ("ISOC", "military", "TH"),
    ("Dirco", "government", "ZA"), ("Jubaland", "government", "SO"), ("Kenyatta National Hospital", "government", "KE"),
    # outlets of small and middle countries, in the four languages' spellings
    ("Interpressnews", "media", "GE"), ("Інтерпресньюз", "media", "GE"), ("Интерпресньюс", "media", "GE"),
    ("Imedi", "media", "GE"), ("Монцамэ", "media", "MN"), ("몬차메", "media", "MN"), ("Montsame", "media", "MN"),
    ("АКИpress", "media", "KG"), ("Азия-Плюс", "media", "TJ"), ("Tengrinews", "media", "KZ"), ("Kun.uz", "media", "UZ"),
    ("ERR", "media", "EE"), ("LRT", "media", "LT"), ("БТА", "media", "BG"), ("HINA", "media", "HR"),
    ("Daily Nation", "media", "KE"), ("Radio Okapi", "media", "CD"), ("News Agency of Nigeria", "media", "NG"),
    ("Algérie Presse Service", "media", "DZ"), ("NNA", "media", "LB"), ("WAM", "media", "AE"), ("APP", "media", "PK"),
    ("BSS", "media", "BD"), ("Khmer Times", "media", "KH"), ("Philippine News Agency", "media", "PH"),
    ("Fiji Times", "media", "FJ"), ("Post-Courier", "media", "PG"), ("RPP", "media", "PE"), ("El Universo", "media", "EC"),
    ("Página/12", "media", "AR"), ("Телесур", "media", "VE"), ("Granma", "media", "CU"), ("Le Nouvelliste", "media", "HT"),
    ("Радио Азаттык", "media", "US"), ("Азаттык", "media", "US"), ("Idel.Realii", "media", "US"),
    # armed groups and fronts registry8 did not reach
    ("FLA", "armed_group", "ML"), ("Фронт освобождения Азавада", "armed_group", "ML"), ("Lakurawa", "armed_group", "NG"),
    ("Sudan Shield Forces", "armed_group", "SD"), ("Mobondo", "armed_group", "CD"), ("GATIA", "armed_group", "ML"),
    ("Los Tiguerones", "armed_group", "EC"), ("Ejército del Pueblo Paraguayo", "armed_group", "PY"),
    ("Hurras al-Din", "armed_group", "SY"), ("Autodefensas Gaitanistas de Colombia", "armed_group", "CO"),
    ("Freedom of Russia Legion", "military", "UA"), ("РДК", "military", "UA"),
    ("Группа поддержки ислама и мусульман", "armed_group", "ML"), ("Техрік-і-Талібан Пакистан", "armed_group", "PK"),
    # prisoners' and families' associations, election monitors
    ("Palestinian Prisoners' Society", "ngo", "PS"), ("Клуб палестинских заключенных", "ngo", "PS"),
    ("Комитет солдатских матерей", "ngo", "RU"), ("북한인권시민연합", "ngo", "KR"), ("납북자가족모임", "ngo", "KR"),
    ("Madres de Plaza de Mayo", "ngo", "AR"), ("Асоціація родин захисників Азовсталі", "ngo", "UA"),
    ("APDP", "ngo", "IN"), ("CODEO", "ngo", "GH"), ("ZESN", "ngo", "ZW"), ("Bersih", "ngo", "MY"),
    ("Правозащитный центр «Весна»", "ngo", "BY"),
])
def test_registry9_bodies_of_every_region_and_kind_have_their_country(alias, kind, country):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and (source.kind, source.country) == (kind, country)


@pytest.mark.parametrize("alias", [
    # outlets' names several countries' papers bear (La República of Peru and of Uruguay, The Nation of Kenya, Pakistan,
    # Nigeria and Thailand, ...): no country from the name alone; the article's decides
    "La República", "El Nacional", "El Universal", "The Nation", "The Star", "The Standard", "The Citizen", "La Nación",
    "La Prensa", "El Comercio", "Daily Star", "The Herald", "Delfi", "라레푸블리카",
    # state bodies' generic names and acronyms several countries use
    "National Police Service", "State Border Guard Service", "PPA", "APA", "National Disaster Management Office",
    "Disaster Management Centre", "NDMO", "Civil Protection", "Policía Nacional", "MIA", "IPN",
])
def test_registry9_a_name_several_countries_bodies_bear_names_no_body(alias):
    assert SourceRegistry.bundled().lookup(alias) is None


@pytest.mark.parametrize("lang", ("uk", "ru"))
def test_registry9_no_case_form_of_a_name_is_keyed_as_another_bodys_name(lang):
    from analysis.extract.registry import case_forms

    lx = language(lang)
    owner = {keys: known.organisation for known, _, keys in _names(lang)}
    clashes = [(name, form, owner[form]) for known, name, _ in _names(lang) for form in case_forms(lx, name)
               if owner.get(form, known.organisation) != known.organisation]
    assert not clashes


@pytest.mark.parametrize("lang, name, form", [
    ("uk", "Вясна", "Вясни"), ("uk", "Вясна", "Вясні"), ("uk", "Вясна", "Вясною"), ("ru", "Вясна", "Вясны"),
    ("ru", "Вясна", "Вясне"), ("uk", "Кабар", "Кабару"), ("ru", "Кабар", "Кабара"),
])
def test_registry9_a_name_the_dictionary_lacks_is_found_in_other_cases(lang, name, form):
    index, lx = registry_index(lang), language(lang)
    found = index.match(list(lx.keys_of(form)), [form], 0)
    assert found is not None and found[1].organisation == SourceRegistry.bundled().lookup(name).organisation


def test_registry9_a_dictionary_word_gets_no_made_case_forms():
    from analysis.extract.registry import case_forms

    assert case_forms(language("ru"), "Медуза") == [] and case_forms(language("uk"), "Весна") == []
    assert case_forms(language("en"), "Viasna") == [] and case_forms(language("ko"), "비아스나") == []


def test_registry9_an_outlets_name_gives_no_short_name_by_its_initials():
    # "EU" is no acronym of "El Universo": initials point only to bodies that are not outlets
    for lang in LANGS:
        assert all(k.kind != "media" for k in registry_index(lang).national(language(lang).keys_of("EU")))


# -- bodies10: speakers of rare kinds (a kind noun with its place), and the place a local body's name gives ---------

@pytest.mark.parametrize("alias, kind, country", [
    # the Holy See and its outlets: a Vatican body named by its description speaks for the Vatican
    ("Vatican", "government", "VA"), ("Ватикан", "government", "VA"), ("Святой Престол", "government", "VA"),
    ("교황청", "government", "VA"), ("Agenzia Fides", "media", "VA"), ("Vatican News", "media", "VA"),
    # national churches and muftiates, named with no country word
    ("CBCP", "ngo", "PH"), ("УГКЦ", "ngo", "UA"), ("ПЦУ", "ngo", "UA"), ("РПЦ", "ngo", "RU"),
    ("Духовное управление мусульман Дагестана", "ngo", "RU"), ("Духовне управління мусульман Дагестану", "ngo", "RU"),
    ("Caucasus Muslims Board", "ngo", "AZ"), ("Lembaga Tabung Haji", "government", "MY"), ("타붕하지", "government", "MY"),
    # units named for a people that fight in another state's forces: the forces' state, not the people's
    ("Georgian Legion", "military", "UA"), ("Грузинський національний легіон", "military", "UA"),
    ("Грузинский легион", "military", "UA"), ("Полк Калиновського", "military", "UA"),
    ("Sheikh Mansur Battalion", "military", "UA"), ("Сибирский батальон", "military", "UA"),
    ("Polish Volunteer Corps", "military", "UA"), ("Міжнародний легіон", "military", "UA"),
])
def test_bodies10_national_bodies_of_rare_kinds_have_their_country(alias, kind, country):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and (source.kind, source.country) == (kind, country)


@pytest.mark.parametrize("lang, text, country", [
    # a unit named for another people in Ukraine's forces speaks for Ukraine, whatever the case of its name
    ("uk", "Грузинський легіон повідомив, що троє бійців загинули.", "UA"),
    ("uk", "Троє бійців загинули, повідомили в Грузинському національному легіоні.", "UA"),
    ("uk", "Як повідомили в Білоруському полку імені Кастуся Калиновського, четверо бійців отримали поранення.", "UA"),
    ("ru", "В Грузинском легионе сообщили, что пятеро бойцов погибли.", "UA"),
    ("en", "The Georgian Legion said five of its fighters were killed.", "UA"),
    # a Vatican service named by what it is, not by its name
    ("ru", "Информационная служба Ватикана сообщила, что боевики похитили около 30 человек.", "VA"),
    ("uk", "За даними інформаційної служби Ватикану, бойовики викрали близько 30 людей.", "VA"),
    ("en", "The Vatican said 30 people had been abducted.", "VA"),
])
def test_bodies10_a_registered_body_of_a_rare_kind_gives_its_country(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [
    # religious jurisdictions and their heads, with a place the gazetteer does not know: the story's country
    ("en", "Floods hit southern Peru on Monday, and Peru declared an emergency. The Prelature of Chuquibambilla said "
           "40 families had lost their homes.", "PE"),
    ("en", "Floods hit southern Peru on Monday, and Peru declared an emergency. The territorial prelature said 40 "
           "families had lost their homes.", "PE"),
    ("en", "A ferry sank off Ukraine, and Ukrainian rescuers searched the sea. The eparchy of Izmail said two priests "
           "were missing.", "UA"),
    ("ru", "В Нигерии похищены ученики, нигерийские власти ищут их. Епископ Кафанчана сообщил, что 20 человек "
           "похищены.", "NG"),
    ("uk", "На Філіппінах затонув пором, філіппінські рятувальники шукають людей. Архієпархія Лінгаєна повідомила, "
           "що двоє людей зникли безвісти.", "PH"),
    ("ru", "В Перу прошли ливни, перуанские власти объявили режим ЧС. Территориальная прелатура Уамачуко сообщила, "
           "что около 600 жителей покинули свои дома.", "PE"),
    # local administrations of every country's kind
    ("en", "Heavy snow hit Kazakhstan this week, and Kazakh officials closed roads. The akimat of Zhambyl region said "
           "300 people had been displaced.", "KZ"),
    ("en", "Fighting flared in Uzbekistan's east, and Uzbek police sealed the area. The district hokimiyat said 45 "
           "families had fled.", "UZ"),
    ("uk", "У Казахстані сталася повінь, казахські рятувальники евакуюють людей. В акіматі Таразу повідомили, що 300 "
           "людей відселили.", "KZ"),
    ("ru", "В Польше ураган, польские спасатели работают всю ночь. Люблинский воевода сообщил, что 12 человек "
           "пострадали.", "PL"),
    # companies named by their legal form or the word that closes a company's name
    ("en", "A mine collapsed in Zambia, and Zambian officials visited the site. Konkola Copper Mines said 11 miners "
           "were killed.", "ZM"),
    ("en", "A mine collapsed in Zambia, and Zambian officials visited the site. Konkola Holdings said 11 miners were "
           "killed.", "ZM"),
    ("ru", "На шахте в Кузбассе произошел взрыв, в России объявлен траур. АО «Угольщик» сообщило, что 11 горняков "
           "погибли.", "RU"),
    ("uk", "На шахті стався вибух, в Україні оголосили жалобу. У ТОВ «Вуглевидобуток» повідомили, що 11 гірників "
           "загинули.", "UA"),
])
def test_bodies10_a_body_named_by_a_kind_of_one_place_is_of_the_storys_country(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, country", [
    # a place the gazetteer holds for a country the article never names by a word is the story's own place of that
    # name: Congo's Beni, not Bolivia's department
    ("ru", "Боевики напали на церковь на востоке ДР Конго. Армия ДР Конго преследует нападавших, сообщили военные "
           "ДР Конго.\n\nПо данным администрации территории Бени, из окрестных деревень бежали более 4 тыс. человек.",
     "CD"),
    ("uk", "Бойовики напали на церкву на сході ДР Конго. Армія ДР Конго переслідує нападників, повідомили військові "
           "ДР Конго.\n\nЗа даними адміністрації території Бені, з довколишніх сіл втекли понад 4 тисячі людей.",
     "CD"),
])
def test_bodies10_a_local_bodys_place_abroad_whose_country_the_article_never_names_is_the_storys(lang, text, country):
    rows = extract_claims(text, lang=lang).to_dict("records")
    assert [r["country"] for r in rows if "4" in r["stated"]] == [country]


@pytest.mark.parametrize("lang, text, country", [
    # distractors: a place of a country the article names keeps that country; a people's own army keeps its state
    ("uk", "Росія знову обстріляла Україну. Губернатор Бєлгородської області заявив, що двоє людей загинули.", "RU"),
    ("en", "Russia struck Ukraine again, and Ukraine hit back. Russia's 155th brigade said 12 of its soldiers were "
           "killed.", "RU"),
    ("ru", "Россия и Украина обменялись ударами. Российская 155-я бригада сообщила, что 12 бойцов погибли.", "RU"),
])
def test_bodies10_a_place_or_people_the_article_names_keeps_its_country(lang, text, country):
    assert only(text, lang)["country"] == country


@pytest.mark.parametrize("lang, text, stated, metric", [
    # a clause of place between a body and its verb of saying ("where the injured were taken"): the body speaks
    ("en", "The military hospital, where the wounded were brought, said three of them had died.", "three", "killed"),
    ("en", "The district hospital, where most of the injured were taken, said 12 people were wounded.", "12", "wounded"),
    ("uk", "Лікарня, куди доставили постраждалих, повідомила, що двоє людей загинули.", "двоє", "killed"),
    ("uk", "Обласна лікарня, де лікуються постраждалі, повідомила, що четверо людей загинули.", "четверо", "killed"),
    ("ru", "Больница, куда доставили пострадавших, сообщила, что двое людей погибли.", "двое", "killed"),
    ("ru", "Районная больница, куда привезли раненых, сообщила, что трое из них скончались.", "трое", "killed"),
])
def test_bodies10_a_clause_of_place_after_the_speaker_is_skipped(lang, text, stated, metric):
    row = only(text, lang)
    assert (row["stated"], row["metric"]) == (stated, metric)
    assert row["speaker"].split()[-1].lower().startswith(("clinic", "hospital", "лікарн", "больниц"))


def test_bodies10_a_clause_of_place_with_a_number_is_no_aside():
    # "where 20 people died" counts: the clause is no aside, and the mayor after it speaks for its own number
    rows = extract_claims("In the village, where 20 people died last year, the mayor said five people were missing.",
                          lang="en").to_dict("records")
    assert [(r["stated"], r["speaker"]) for r in rows if r["stated"] == "five"] == [("five", "mayor")]
