"""Independent counts by name (session 24, count15).

Media outlets, investigative groups, research labs and volunteers count the dead from obituaries, graves, posts and
satellite images, alone or jointly, and set their count against official figures. Each test writes its own sentences
in the styles such counts take (an investigative group's own page, a wire, a Telegram digest, a think tank's note) and
names what a reader takes from them; the distractors beside them are sentences where the same mechanism must not fire.
Numbers are worked out by hand.
"""
import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country")


# -- A capitalised initialism is no first person ------------------------------------------------------------------------
_OWN_PAGE = """Bellingcat identifies 12 civilians killed in drone strike

Our investigators reviewed footage and funeral notices. We have identified by name 12 civilians who were killed.

US Central Command said in a statement that the strike killed 7 militants.

US officials later told reporters that 3 soldiers were wounded.
"""


def test_on_a_groups_own_page_us_of_the_united_states_is_no_first_person():
    found = extract_claims(_OWN_PAGE, lang="en", document="bellingcat_2024-05-02_drone_strike.txt")
    rows = list(zip(found["stated"], found["metric"], found["country"]))
    # the headline and "we" are the group's (Bellingcat, seated in the Netherlands); "US Central Command" and "US
    # officials" speak for the United States, not for the page's "us"
    assert rows == [("12", "killed", "NL"), ("12", "killed", "NL"), ("7", "killed", "US"), ("3", "wounded", "US")]


# -- Research bodies are roles: "the lab", "the think tank" point back ----------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The Humanitarian Research Lab at Yale University said satellite images showed new graves.\n\n"
     "The disturbances match the burial of about 120 people, the lab said.", "en", [("about 120", "killed", "US")]),
    ("The Institute for the Study of War said 900 soldiers were killed near the town.\n\n"
     "The think tank said another 2,000 were wounded.", "en",
     [("900", "killed", "US"), ("2,000", "wounded", "US")]),
])
def test_a_research_body_named_by_its_kind_points_back(text, lang, expected):
    assert _rows(text, lang) == expected


def test_a_lab_named_with_nothing_before_it_has_no_country():
    # a bare "the lab" with no body of its kind named before it is a body nobody knows: no country guessed
    assert _rows("About 40 people were buried in the field, the lab said.", "en") == [("About 40", "killed", "")]


# -- Joint counts: two bodies of different countries joined as one speaker -------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The BBC and the Associated Press counted 61 soldiers killed in the shelling.", "en",
     [("61", "killed", "GB|US")]),
    ("According to a joint count by the BBC and Mediazona, at least 310 volunteers were killed in the region.", "en",
     [("at least 310", "killed", "GB|RU")]),
    ("Би-би-си и «Медиазона» установили имена 215 военных, погибших в боях за село.", "ru",
     [("215", "killed", "GB|RU")]),
    ("По подсчетам Би-би-си и «Медиазоны», в боях погибли 1 420 заключенных.", "ru",
     [("1 420", "killed", "GB|RU")]),
    ("За підрахунками Бі-бі-сі та «Медіазони», загинули 86 мобілізованих.", "uk", [("86", "killed", "GB|RU")]),
    ("Би-би-си и «Новая газета Европа» опубликовали имена 58 погибших добровольцев.", "ru",
     [("58", "killed", "GB|LV")]),
])
def test_two_bodies_of_two_countries_count_jointly(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # people and a body, or bodies of one country, or a body of none: no joint country
    ("Police and rescuers said 12 people were killed in the collapse.", "en", []),
    ("The health ministry of Sudan and the UN said 12 people were killed.", "en", [("12", "killed", "SD")]),
    ("По данным полиции и Минздрава России, погибли 12 человек.", "ru", [("12", "killed", "RU")]),
    ("«Новая газета» сообщила, что погибли 74 военных.", "ru", [("74", "killed", "RU")]),
])
def test_a_joint_phrase_of_one_country_or_none_stays_as_it_is(text, lang, expected):
    assert _rows(text, lang) == expected
