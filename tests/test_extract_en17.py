"""English constructions of the twenty-sixth session (en17): the classes the read batches' misses showed.

Each test writes its own sentences (none copied from the batches) and names what a reader takes from them; the
distractors beside them are sentences where the same mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str = "en") -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


def _sourced(text: str, lang: str = "en") -> list[tuple]:
    return extracted(text, lang, "stated", "metric", "country")


# -- a phrasal verb's particle is no change of a count -------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # "picked up": the particle of the verb; the eleven bodies are counted
    ("The coast guard said its crews picked up 11 bodies off the beach on Sunday.", [("11", "killed")]),
    ("Police said officers rounded up 40 men after the riot and detained them overnight.", [("40", "captured")]),
])
def test_a_particle_of_a_past_verb_opens_the_object(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change after a comma or a copula stays a change: only the toll is counted
    ("The death toll rose to 142, up 12 from the day before, the ministry said.", [("142", "killed")]),
    ("Deaths were up 7 on the week, the ministry said; 63 people have died in all.", [("63", "killed")]),
    # "shot down three": the drones, no people
    ("The governor said air defences shot down three over the airport after five drones hit the city.", []),
])
def test_a_change_stays_a_change(text, expected):
    assert _rows(text) == expected


# -- a relative clause after "N more <people>" says what befell them -----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The minister said officials were checking reports of three more pupils who may have drowned.",
     [("three", "killed")]),
    ("Police said two more hikers who went missing on Friday had been found alive.", [("two", "missing")]),
])
def test_more_people_and_their_relative_clause(text, expected):
    assert _rows(text) == expected


def test_a_relative_clause_about_a_thing_after_more_things_says_nothing_of_people():
    # "four more trucks that were burned": things, no count of people
    assert _rows("The army said four more trucks that were burned had been towed away.") == []


# -- a verb of valuing with a long object -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The disaster agency placed the typhoon's overall death toll in the northern provinces at 57 on Monday.",
     [("57", "killed")]),
    ("The regional office put the final number of people displaced by the floods in the valley at about 8,000.",
     [("about 8,000", "displaced")]),
])
def test_a_verb_of_valuing_speaks_across_a_long_object(text, expected):
    assert _rows(text) == expected


def test_a_verb_of_placing_things_speaks_of_no_estimate():
    # "placed … bodies in the morgue": no estimate, so no one speaks (no speaker: no row)
    assert _rows("Rescuers placed the bodies of 30 victims in the morgue at the district hospital.") == []


# -- an attribution that goes on in "adding that" is no aside of the people counted -----------------------------------
@pytest.mark.parametrize("text, expected", [
    # the children are among the dead; "shot" belongs to the clause "adding that" opens
    ("Among the dead were seven men and four children, a UN spokesman told reporters, adding that some of the "
     "victims had been shot while fleeing.", [("seven", "killed"), ("four", "killed")]),
])
def test_adding_that_opens_another_clause(text, expected):
    assert _rows(text) == expected


def test_an_aside_of_attribution_still_steps_to_the_verb():
    # the distractor: an attribution set off by commas with nothing after it but the people's own verb
    assert _rows("Twelve people, police said, were wounded in the blast.") == [("Twelve", "wounded")]


# -- a place of care of two words at the end of a verb of carrying ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The hospital treated six workers, a spokesman said, adding that four were in stable condition and two had been "
     "flown to the burn unit at the university hospital.", [("six", "wounded"), ("four", "wounded"), ("two", "wounded")]),
    ("Officials said three climbers were airlifted to the trauma centre in the capital.", [("three", "wounded")]),
])
def test_a_care_place_of_two_words(text, expected):
    assert _rows(text) == expected


def test_people_flown_to_a_city_are_no_patients():
    assert _rows("The ministry said 40 tourists were flown to the capital on Sunday.") == []


# -- ranks and abbreviated offices before a name ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the surname alone later takes the title the full name had, and the story's country
    ("Flooding swept through northern Kenya on Monday.\n\nMaj. Daniel Otieno, who commands the relief detachment, "
     "flew over the area.\n\n\"We have recovered nine bodies so far,\" Otieno said.", [("nine", "killed", "KE")]),
    ("A mine collapsed in Bolivia's Potosí department on Friday.\n\nGov. Ana Quispe visited the site at dawn.\n\n"
     "\"Four miners died here,\" Quispe said.", [("Four", "killed", "BO")]),
])
def test_a_rank_or_an_abbreviated_office_titles_the_surname(text, expected):
    assert _sourced(text) == expected


def test_major_as_an_adjective_is_no_title():
    # "major damage": no rank, the police speak
    assert _sourced("The storm caused major damage in Kenya, and 12 people were hurt, police said.") == [
        ("12", "wounded", "KE")]


# -- excess deaths are deaths --------------------------------------------------------------------------------------------
def test_excess_deaths_are_killed_and_the_subject_says_so():
    found = extracted("The institute's model suggests the heatwave caused between 1,200 and 1,500 excess deaths, "
                      "a researcher said.", "en", "stated", "metric", "subject")
    assert found == [("between 1,200 and 1,500", "killed", "excess deaths")]


def test_excess_mortality_as_a_share_is_no_claim():
    assert _rows("Excess mortality rose by 9% in the region, the statistics office said.") == []


# -- a description of the speaker between commas is background --------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the two sons belong to the speaker's description; the 30 students are her claim
    ("Halima Bello, a mother whose two sons were taken, told reporters that 30 students were still missing.",
     [("30", "missing")]),
    # the body's size is its description; the casualties are its claim
    ("Peace Watch, a network of more than 60 monitoring groups, said it had recorded 14 deaths.", [("14", "killed")]),
    # a relative clause after the body's initialism
    ("The National Commission for Refugees (NCR), which runs camps for some 20,000 displaced people in the north, "
     "said it would open two more camps.", []),
])
def test_numbers_in_the_speakers_description_are_not_claims(text, expected):
    assert _rows(text) == expected


def test_an_appositive_of_the_definite_article_keeps_its_claim():
    # "the group's spokesman" is a title, no description that holds a number: the claim after the verb stays
    assert _rows("Ali Musa, the group's spokesman, said 25 fighters had been killed.") == [("25", "killed")]


# -- a second noun of people and the body its members belong to -------------------------------------------------------
def test_a_coordinated_body_of_members_keeps_the_verb_in_reach():
    assert _rows("The governor said at least eleven police officers and members of the state-backed "
                 "neighbourhood watch were also killed.") == [("at least eleven", "killed")]


# -- the next item of a list of things counts things -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The agency said it had dispatched 3,000 tents, 6,200 food packs, 900 hygiene kits and 15 water pumps.",
    "Police said officers recovered four assault rifles, three improvised explosive devices and a radio at the camp.",
])
def test_items_after_things_are_things(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # people after things keep their own noun
    ("Soldiers seized 12 rifles and 40 fighters in the raid, the army said.", [("40", "captured")]),
    # a verb of its own after the things
    ("The army said troops destroyed 30 homes, 12 trucks and killed 15 fighters.", [("15", "killed")]),
])
def test_people_after_things_are_still_counted(text, expected):
    assert _rows(text) == expected


def test_a_year_before_a_count_is_no_item_of_things():
    assert _rows("The county's health department recorded 425 heat deaths in 2022 and 339 in 2021, it said.") == [
        ("425", "killed"), ("339", "killed")]


# -- "according to" a norm of conduct is no attribution -----------------------------------------------------------------
def test_according_to_a_rite_leaves_the_verb_of_saying_its_speaker():
    text = ("The chairman of the district council, Musa Bello, told reporters the toll was higher.\n\n"
            "\"We buried 31 people yesterday according to Islamic rites,\" he said.")
    assert extracted(text, "en", "stated", "metric", "speaker") == [("31", "killed", "chairman of the district council")]


def test_according_to_a_body_still_attributes():
    assert extracted("According to the health ministry, 40 people died in the floods.", "en", "stated", "speaker") == [
        ("40", "health ministry")]


# -- a reduced relative clause of the present participle after the speaker ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("A network of families searching for their missing relatives said it had found the remains of 23 people.",
     [("23", "killed", "network of families")]),
    ("Farmers living near the dam told reporters that nine people had drowned.", [("nine", "killed", "Farmers")]),
])
def test_a_participle_after_the_subject_keeps_the_subject(text, expected):
    assert extracted(text, "en", "stated", "metric", "speaker") == expected


def test_a_participle_of_a_thing_opens_no_speaker():
    # "housing" after "building" describes a thing; the officials at the end speak
    assert extracted("The building housing the clinic collapsed and 14 people died, officials said.", "en",
                     "stated", "speaker") == [("14", "officials")]


# -- the toll an event left, in a private person's sentence, is the reporter's background -----------------------------
@pytest.mark.parametrize("text", [
    "Maria Lopes, 58, said she had looked for her son since the landslide buried the village, leaving at least 31 dead.",
    "John Okello, 45, whose shop burned, said police fired into the crowd in riots that have left 12 people dead.",
])
def test_a_toll_in_a_private_persons_sentence_is_background(text):
    assert _rows(text) == []


def test_an_official_who_gives_the_toll_an_event_left_states_it():
    assert _rows("Army spokesman Ali Musa said the fighting left at least 40 dead.") == [("at least 40", "killed")]


# -- a word of saying that reports nothing is a noun ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Analysts said the army keeps about 12,000 troops in the region facing the Gulf states, far fewer than before.",
     [("about 12,000", "deployed", "Analysts")]),
    ("Analysts said the army keeps about 12,000 troops along the border with the Baltic states.",
     [("about 12,000", "deployed", "Analysts")]),
])
def test_a_plural_noun_of_saying_after_a_name_speaks_for_no_one(text, expected):
    assert extracted(text, "en", "stated", "metric", "speaker") == expected


@pytest.mark.parametrize("text", [
    "Twelve people were killed, the Pentagon says, citing field reports.",
    "Twelve people were killed, the Pentagon says.",
])
def test_an_inverted_verb_of_saying_after_a_clause_still_speaks(text):
    assert extracted(text, "en", "stated", "speaker") == [("Twelve", "Pentagon")]


def test_a_bulletins_own_line_still_names_its_issuer():
    # "The Council reports." ends its line: a body (a role noun) and its verb, the bulletin's issuer
    text = ("Flood bulletin, 5 March\n\nThe National Disaster Risk Reduction and Management Council reports.\n\n"
            "The floods have left 14 people dead.")
    assert _sourced(text) == [("14", "killed", "PH")]


# -- people driven over a border or into camps are displaced ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The fighting has driven more than 30,000 people across the border into Niger since March, the UN refugee "
     "agency said.", [("more than 30,000", "displaced")]),
    ("The drought drove some 80,000 herders into camps around the town this year, officials said.",
     [("some 80,000", "displaced")]),
    ("About 2,000 villagers were forced from their homes by the shelling, the governor said.",
     [("About 2,000", "displaced")]),
])
def test_people_driven_out_are_displaced(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    "Police said the gang forced 40 migrants into labour on the farms.",
    "Officials said the crisis pushed 300,000 families into poverty.",
])
def test_people_driven_into_no_refuge_are_not_displaced(text):
    assert _rows(text) == []


# -- counts joined by "and" share the predicate after the last -----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Twelve soldiers and three civilians were killed in the ambush, the army said.",
     [("Twelve", "killed"), ("three", "killed")]),
    ("The president said 80 soldiers and five civilians were among those freed in the exchange.",
     [("80", "captured"), ("five", "captured")]),
])
def test_joined_counts_share_the_predicate(text, expected):
    assert _rows(text) == expected


def test_joined_counts_with_no_predicate_keep_their_nouns():
    assert _rows("The ministry sent 500 troops and 20 police officers to the region, officials said.") == [
        ("500", "deployed"), ("20", "deployed")]


# -- the people in care named as the whole a part is taken from --------------------------------------------------------
def test_those_in_hospital_are_the_whole_of_the_part():
    assert _rows("Of those in hospital, nine were on ventilators, according to the district health officer.") == [
        ("nine", "wounded")]


# -- a name of two capitalised words before the people's noun ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Three United Nations peacekeepers were killed in the ambush, the mission said.", [("Three", "killed")]),
    ("Two Red Cross volunteers were wounded, the society said.", [("Two", "wounded")]),
])
def test_a_name_before_the_peoples_noun_is_no_thing(text, expected):
    assert _rows(text) == expected


def test_a_noun_of_things_after_two_words_still_counts_things():
    assert _rows("Police said 15 fire tenders were sent to the scene.") == []


# -- a verb of valuing whose measure's noun follows the value ----------------------------------------------------------
def test_a_valued_strength_names_its_measure_after_the_value():
    text = "The think tank put the force's current strength in the country at about 1,500 personnel."
    assert _rows(text) == [("about 1,500", "deployed")]


# -- a bare state body after another speaker in its sentence is a body of its own ---------------------------------------
def test_the_police_after_a_rights_group_are_the_police():
    text = ("At least 30 people were killed when gunmen stormed the town in Haiti's Artibonite department, a rights "
            "group said, while the police put the toll at 17.")
    assert _sourced(text) == [("At least 30", "killed", ""), ("17", "killed", "HT")]


def test_the_ministry_after_the_ministry_is_the_same_body():
    assert extracted("Twelve people died, the ministry said, and the ministry added that 40 were hurt.", "en",
                     "stated", "speaker") == [("Twelve", "ministry"), ("40", "ministry")]


# -- "according to" a name and its title between commas ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Nine people died in Kenya's Rift Valley, according to Ruth Wanjiru, the county's health officer.",
     [("Nine", "killed", "KE")]),
    ("Nine people died in Kenya's Rift Valley, according to Ruth Wanjiru, a farmer who saw the flood.",
     [("Nine", "killed", "")]),
])
def test_according_to_a_name_takes_its_title(text, expected):
    assert _sourced(text) == expected


# -- both sides speak jointly for the two countries joined by "and" ------------------------------------------------------
def test_both_sides_are_the_two_countries_joined_before_them():
    text = ("Armenia and Azerbaijan each released 12 prisoners of war on Monday in an exchange brokered by Qatar, "
            "both sides said.")
    assert _sourced(text) == [("12", "captured", "AM|AZ")]


def test_both_countries_with_no_pair_take_the_last_two_named():
    text = "Floods hit Kenya and Uganda this week. The disaster agencies of both countries said 40 people died."
    assert _sourced(text) == [("40", "killed", "KE|UG")]
