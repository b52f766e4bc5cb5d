"""English: what a number counts (session 26, enm17).

People a force or a calamity drives out of where they live are displaced; people kept alive by a machine or who lost a
sense or a limb are wounded; a force's strength counts the people deployed; people treated for a disease are the sick
seen in care (no claim), people treated for heat or an injury are the hurt; people a campaign sets out to reach are its
targets, no deployment; animals, vehicles, supplies and rooms counted are no people. Every sentence is written for the
test; numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str) -> list[tuple]:
    return extracted(text, "en", "stated", "metric")


@pytest.mark.parametrize("text, expected", [
    # a verb of driving out, the people, then a preposition of going out or over, or into a refuge
    ("The floods have driven more than 80,000 people into camps outside the city, the UN refugee agency said.",
     [("more than 80,000", "displaced")]),
    ("The clashes pushed about 6,500 villagers across the frontier, the provincial governor said.",
     [("about 6,500", "displaced")]),
    ("Gangs chased some 1,200 families out of the valley last month, the ministry said.",
     [("some 1,200", "displaced")]),
    ("According to the agency, 9,000 residents were forced over the border into the neighbouring state.",
     [("9,000", "displaced")]),
    # distractors: foes driven off lose no home; poverty is no refuge
    ("The army said it had driven 40 militants out of the village.", []),
    ("The war has pushed 3 million people into poverty, the bank said.", []),
    ("Firefighters pushed 35 people to safety, the fire service said.", []),
])
def test_driven_out_are_displaced(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # kept alive by a machine, a sense or a limb lost: the hurt
    ("Doctors said 11 of the burned workers were on ventilators and at least four had lost their sight.",
     [("11", "wounded"), ("at least four", "wounded")]),
    ("The hospital said 7 patients remained on life support on Sunday.", [("7", "wounded")]),
    ("The ministry said 5 children were on a ventilator.", [("5", "wounded")]),
    # distractor: lost their lives stays killed
    ("The governor said 16 people lost their lives in the flood.", [("16", "killed")]),
])
def test_care_states_and_lasting_harm_are_wounded(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a force's strength, put at a figure or standing at one
    ("The think tank put the brigade's current strength in the region at about 3,400, its report said.",
     [("about 3,400", "deployed")]),
    ("The mission's strength now stands at 1,150 officers, the UN said.", [("1,150", "deployed")]),
    # distractor: a storm's strength counts no one
    ("The storm gained strength and killed 9 people, officials said.", [("9", "killed")]),
])
def test_a_force_strength_is_deployed(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # treated for a disease: the sick seen in care, no claim
    ("The clinic was treating about 140 children for cholera, the health ministry said.", []),
    ("The ministry said 260 people were treated for suspected measles.", []),
    # treated for heat or an injury: the hurt, whatever noun names them
    ("The county hospital has treated 318 patients for heat illness since June, a spokesperson said.",
     [("318", "wounded")]),
    ("The hospital said 24 people were treated for burns.", [("24", "wounded")]),
])
def test_treated_for_a_disease_or_a_harm(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people a purpose clause sets out to reach are its targets, no deployment
    ("The health ministry said it had deployed 60 vaccinators to reach 250,000 children.", [("60", "deployed")]),
    # animals, vehicles, supplies and rooms counted are no people
    ("The fire service said it had deployed 900 personnel and 120 water tankers to the districts.",
     [("900", "deployed")]),
    ("Herders said 75 cows had been killed by the raiders, the association said.", []),
    ("The army said troops recovered three rifles and two improvised explosive devices.", []),
    ("The agency said it had dispatched 3,000 food packs to the district.", []),
])
def test_targets_animals_and_things_count_no_people(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second group of the subject named by the body it belongs to, however its modifiers are written
    ("The mayor said at least 14 police officers and members of the state-funded volunteer guard were also killed.",
     [("at least 14", "killed")]),
    # an attribution between commas, then the speaker's next clause: the list keeps the cue before it
    ("Among the dead were 8 men and two girls, spokeswoman Ana Ruiz told reporters, adding that some of the victims "
     "had been shot.", [("8", "killed"), ("two", "killed")]),
    # distractor: an aside of attribution between the people and what befell them still reads through
    ("Police said 27 people, according to the ministry, were injured.", [("27", "wounded")]),
])
def test_the_people_phrase_and_asides_of_attribution(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people's "of" phrase between their noun and the verb of lying in a grave
    ("The commission said more than 2,000 victims of the purges lie in mass graves.", [("more than 2,000", "killed")]),
    # distractor: a grave people stand near holds none of them
    ("The ministry said 300 relatives of the victims remained near the mass grave.", []),
])
def test_of_phrase_before_lying_in_graves(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place of care of two words after a verb of carrying people
    ("The hospital said four workers had been airlifted to the burn unit of the regional hospital.",
     [("four", "wounded")]),
    # distractor: people flown to a city arrive, no measure
    ("Officials said 60 migrants were flown to the capital on Monday.", []),
])
def test_carried_to_a_place_of_care_of_two_words(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # every verb of putting people at a post, every state of being at one, and the personnel of public order
    ("The sheriff said his office had fielded 35 deputies at the county fair.", [("35", "deployed")]),
    ("The fire service said it has positioned 90 firefighters near the ridge.", [("90", "deployed")]),
    ("The governor said 1,500 National Guard members were activated ahead of the storm.", [("1,500", "deployed")]),
    ("Police said more than 800 officers were on patrol during the march.", [("more than 800", "deployed")]),
    # distractors: what befell the personnel decides; people with no noun of personnel set to a task are no force
    ("The sheriff said 2 deputies were injured in the crash.", [("2", "wounded")]),
    ("Police said 12 people were assigned to the case.", []),
])
def test_personnel_put_at_a_post_are_deployed(text, expected):
    assert _rows(text) == expected


def test_a_part_of_the_victims_is_of_the_dead_before():
    # the sentence before counts the dead first and the hurt last; "of the victims" points back to the dead
    text = ("Gunmen opened fire at a market on Friday, killing 6 people and wounding 9, the state prosecutor's office "
            "said.\n\nIn a statement, the office said three of the victims were children and that the wounded were in "
            "stable condition.")
    assert _rows(text) == [("6", "killed"), ("9", "wounded"), ("three", "killed")]


@pytest.mark.parametrize("text, expected", [
    # guns and their kinds counted beside personnel are no people
    ("The ministry said 420 personnel and six Archer howitzers from the artillery regiment would deploy.",
     [("420", "deployed")]),
    ("The army said it had deployed 70 soldiers and four mortars to the ridge.", [("70", "deployed")]),
])
def test_guns_are_no_people(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name of two capitals after the number is the people's own ("United Nations peacekeepers"), no thing counted
    ("Three United Nations peacekeepers were killed in the attack, the UN mission said.", [("Three", "killed")]),
    ("The ministry said five United States soldiers were wounded.", [("five", "wounded")]),
    # distractor: a thing after a name stays a thing
    ("Officials said 12 Red Cross ambulances were sent to the town.", []),
])
def test_a_name_after_the_number_is_no_thing(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of the deployed after the first number says who they are; the verb after both groups says what befell them
    ("The army said 14 soldiers and 5 civilians were killed in the ambush.", [("14", "killed"), ("5", "killed")]),
    ("The president said 82 soldiers and six civilians were among those freed.",
     [("82", "captured"), ("six", "captured")]),
    # distractors: deployed both, or a thing after "and"
    ("The army said 300 soldiers and 40 police officers were deployed to the town.",
     [("300", "deployed"), ("40", "deployed")]),
    ("The army said it sent 250 soldiers and 20 trucks to the town.", [("250", "deployed")]),
])
def test_the_verb_after_two_groups_joined_by_and(text, expected):
    assert _rows(text) == expected
