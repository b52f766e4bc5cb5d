"""The source registry and the measure vocabulary: package data, aliases, topic extensions, errors."""

import csv

import pytest

from analysis.claims.measures import Vocabulary
from analysis.claims.schema import METRICS
from analysis.claims.sources import SOURCE_KINDS, Source, SourceRegistry, name_key, read_registry
from analysis.errors import InputError


def test_bundled_registry_is_package_data_and_never_empty():
    registry = SourceRegistry.bundled()
    assert len(registry) >= 50
    assert all(s.kind in SOURCE_KINDS for s in registry)
    assert SourceRegistry.bundled() is registry   # read once


@pytest.mark.parametrize("alias, kind, country", [
    ("OCHA", "international", ""), ("the UN refugee agency", "international", ""), ("ООН", "international", ""),
    ("ВООЗ", "international", ""), ("ВОЗ", "international", ""), ("유엔", "international", ""),
    ("세계보건기구", "international", ""), ("유엔난민기구", "international", ""), ("  the   African Union ", "international", ""),
    ("Doctors Without Borders", "ngo", ""), ("Reuters", "media", "GB"), ("ACLED", "research", "US"),
    ("Amnesty International", "ngo", ""), ("Human Rights Watch", "ngo", ""), ("Save the Children", "ngo", "GB"),
])
def test_lookup_by_alias_in_any_case_spacing_and_with_the(alias, kind, country):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and (source.kind, source.country) == (kind, country)
    assert SourceRegistry.bundled().lookup(alias.upper()) == source


def test_no_alias_names_two_organisations_in_the_bundled_file():
    from importlib import resources

    text = (resources.files("analysis.claims") / "data" / "sources.csv").read_text(encoding="utf-8")
    owner = {}
    shared = SourceRegistry.bundled()._shared  # a name several states' bodies bear names none of them (session 26)
    for row in csv.DictReader(text.splitlines()):
        for name in [row["organisation"]] + row["aliases"].split("|"):
            assert name_key(name) in shared or owner.setdefault(name_key(name), row["organisation"]) == \
                row["organisation"], name
    for name in shared:
        assert SourceRegistry.bundled().lookup(name) is None, name


def test_a_topic_extends_and_overrides_the_registry(tmp_path):
    path = tmp_path / "topic.sources.csv"
    path.write_text("organisation,kind,country,aliases\nMinistry of Health (Ruritania),government,,"
                    "health ministry|the ministry\nReuters,media,US,\n", encoding="utf-8")
    topic = SourceRegistry.bundled().extended(path)
    assert topic.lookup("The Health Ministry").organisation == "Ministry of Health (Ruritania)"
    assert topic.lookup("Reuters").country == "US"          # the topic's entry wins
    assert SourceRegistry.bundled().lookup("Reuters").country == "GB"   # the bundled one is unchanged


def test_the_one_alias_per_row_form_is_read(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text("alias,organisation,country,kind\nNIS,National Intelligence Service,KR,intelligence\n"
                    "South Korea's spy agency,National Intelligence Service,KR,intelligence\n", encoding="utf-8")
    (source,) = read_registry(path)
    assert source == Source("National Intelligence Service", "intelligence", "KR", ("NIS", "South Korea's spy agency"))


@pytest.mark.parametrize("content, message", [
    ("organisation,country\nX,KR\n", "lacks 'kind'"),
    ("organisation,kind,country\nX,spy,KR\n", "kind 'spy' is not one of"),
    ("organisation,kind,country\nX,media,XX\n", "country 'XX' is not an ISO 3166"),
    ("", "is empty"),
])
def test_a_broken_sources_file_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "sources.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_registry(path)


def test_a_sources_file_that_is_not_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_bytes("organisation,kind,country\nMinistère,government,FR\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_registry(path)


def test_the_vocabulary_is_the_schema_metrics_and_a_sidecar_extends_it():
    vocabulary = Vocabulary.bundled()
    assert vocabulary.names == METRICS
    assert {"displaced", "refugees", "excess_deaths", "in_need", "captured"} <= set(METRICS)
    assert not vocabulary["other"].comparable and vocabulary["killed"].comparable
    assert [(r.total, r.parts) for r in vocabulary.rules] == [("killed_or_wounded", ("killed", "wounded"))]
    topic = vocabulary.extended({"deaths_all_cause": {"words": "deaths from any cause", "adds_up": True}})
    assert topic["deaths_all_cause"].words == "deaths from any cause"
    with pytest.raises(InputError, match="unknown measure 'dead'.*killed, wounded"):
        topic["dead"]
    with pytest.raises(InputError, match="lower-case"):
        vocabulary.extended({"Bad Name": {}})


@pytest.mark.parametrize("alias, kind, country", [
    ("ДПСУ", "government", "UA"), ("Госпогранслужба Украины", "government", "UA"), ("Коордштаб", "government", "UA"),
    ("Укрзалізниця", "government", "UA"), ("Верховна Рада України", "legislature", "UA"),
    ("Росгвардия", "military", "RU"), ("Росгвардія", "military", "RU"), ("ФСИН", "government", "RU"),
    ("Госдума", "legislature", "RU"), ("Держдума", "legislature", "RU"),
])
def test_national_bodies_are_organisations_with_a_kind_and_a_country(alias, kind, country):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None and (source.kind, source.country) == (kind, country)


@pytest.mark.parametrize("lang, sentence, organisation, country", [
    # inflected forms find the body (lemmas and stems), in either language, whatever the article's home country
    ("uk", "За даними Коордштабу, з полону повернулися 84 захисники.",
     "Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)", "UA"),
    ("uk", "У Росгвардії заявили, що під час пожежі на полігоні загинули двоє військових.",
     "National Guard of Russia (Rosgvardiya)", "RU"),
    ("ru", "Как сообщили в Росгвардии, в результате нападения пострадали четыре сотрудника.",
     "National Guard of Russia (Rosgvardiya)", "RU"),
    ("ru", "В ДПСУ сообщили, что при обстреле погибли двое пограничников.",
     "State Border Guard Service of Ukraine (DPSU)", "UA"),
    ("ru", "Во ФСИН сообщили, что при пожаре в колонии погибли трое заключённых.",
     "Federal Penitentiary Service (FSIN)", "RU"),
])
def test_the_extractor_names_a_registered_national_body_and_its_country(lang, sentence, organisation, country):
    from analysis import extract_claims

    (row,) = extract_claims(sentence, lang=lang).to_dict("records")
    assert (row["organisation"], row["country"]) == (organisation, country)
