"""The speaker's country, class by class, in the four languages (our own sentences, no article text).

Each case is one mechanism: international bodies of the registry have no country, whatever place they work in; a
country the ISO list leaves to its users (Kosovo, XK) is still a country; ...
"""

import pytest

from analysis import extract_claims
from analysis.claims.countries import country_name, is_country
from analysis.claims.sources import SourceRegistry


def rows(text: str, lang: str) -> list[dict]:
    return extract_claims(text, lang=lang).to_dict("records")


def only(text: str, lang: str) -> dict:
    found = rows(text, lang)
    assert len(found) == 1, found
    return found[0]


# -- international bodies: whole families in the registry, with no country -----------------------------------------
@pytest.mark.parametrize("alias", [
    # the UN's agencies, funds and offices
    "UN Women", "UNAIDS", "UNEP", "UNODC", "IFAD", "ICAO", "UNMAS", "UNDRR", "ЮНЕЙДС", "유엔여성기구",
    # WHO's regional offices
    "PAHO", "Панамериканская организация здравоохранения", "범미보건기구", "WHO Europe",
    # UN missions
    "MINUSMA", "МИНУСКА", "UNISFA", "UNMIK", "Миссия ООН в Ливии", "BINUH", "UNAMID",
    # NATO's, the EU's and the African Union's missions and agencies
    "KFOR", "КФОР", "EUMA", "EULEX", "Frontex", "Фронтекс", "AMISOM", "ATMIS", "AUSSOM", "MNJTF",
    # regional organisations
    "ECOWAS", "ЭКОВАС", "서아프리카경제공동체", "SADC", "IGAD", "ОДКБ", "ШОС", "СНД", "OIC",
    # inter-governmental monitors
    "International Maritime Bureau", "ICMP",
])
def test_international_bodies_of_every_family_have_no_country(alias):
    source = SourceRegistry.bundled().lookup(alias)
    assert source is not None, alias
    assert (source.kind, source.country) == ("international", ""), alias


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The Kosovo Force said 14 of its soldiers were wounded in the clashes near the bridge."),
    ("en", "ECOWAS said at least 40 people were killed in the raid on the market town."),
    ("en", "Frontex said 61 migrants were missing after the dinghy sank off the island."),
    ("uk", "У КФОР повідомили, що під час сутичок поранено 12 миротворців."),
    ("ru", "Как сообщили в МИНУСМА, в результате нападения погибли семь миротворцев."),
    ("ru", "Панамериканская организация здравоохранения сообщила, что от лихорадки умерли 320 человек."),
    ("ko", "범미보건기구는 올해 뎅기열 사망자가 1천200명이라고 밝혔다."),
])
def test_an_international_body_speaks_with_no_country_wherever_it_works(lang, sentence):
    row = only(sentence, lang)
    assert row["country"] == ""


# -- Kosovo: XK, a user-assigned code the ISO list (and pycountry) lacks ---------------------------------------------
def test_kosovo_is_a_country_of_the_comparison_layer():
    assert is_country("XK") and country_name("XK") == "Kosovo"
    assert SourceRegistry.bundled().extended([dict(organisation="Kosovo Police", kind="government", country="XK",
                                                  aliases="")]).lookup("Kosovo Police").country == "XK"


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kosovo police said 23 people were detained after the protest in the northern town."),
    ("uk", "Поліція Косова повідомила, що затримала 23 особи після протесту."),
    ("ru", "Полиция Косово сообщила, что задержаны 23 человека."),
    ("ko", "코소보 경찰은 시위 참가자 23명을 체포했다고 밝혔다."),
])
def test_a_kosovo_body_speaks_for_kosovo(lang, sentence):
    assert only(sentence, lang)["country"] == "XK"
