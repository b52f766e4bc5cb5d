"""English constructions that recur across the read material (session 25, en16).

Each test writes its own sentences and names what a reader takes from them; the distractors beside them are
sentences where the same mechanism must not fire. Numbers are worked out by hand.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str = "en") -> list[tuple]:
    return extracted(text, lang, "stated", "metric")


# -- the number's own clause: a verb after "and", or "and that", opens the next one ---------------------------------
@pytest.mark.parametrize("text, expected", [
    # "seized nine aid workers": the number is the object of the cue before it; "and killed a driver" is the next clause
    ("Rebels had seized nine aid workers and killed a driver, the ministry said.", [("nine", "captured")]),
    # "and that their boats were missing": the next reported clause says nothing of the fishermen
    ("The agency said 14 fishermen had been abducted and that their boats were missing.", [("14", "captured")]),
])
def test_a_later_clause_gives_no_measure_to_the_number(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no cue governs the number before it: both verbs after it say what befell the twelve, and the worse one counts
    ("Police said 12 people were abducted and killed.", [("12", "killed")]),
    # the next number keeps its own cue, this one its own
    ("Gunmen killed 12 villagers and wounded 30 others, police said.", [("12", "killed"), ("30", "wounded")]),
])
def test_one_clause_keeps_its_verbs(text, expected):
    assert _rows(text) == expected


# -- the numbers of a name of several words, and the numbers listed after it ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    # "Central Prison 4" names a prison: 18 detainees, not 4
    ("Officials said 18 detainees were moved to Central Prison 4 near the capital.", [("18", "captured")]),
    # "Zones 3 and 5": both numbers name zones
    ("The ministry said 900 troops stayed in Zones 3 and 5 after the withdrawal.", [("900", "deployed")]),
])
def test_numbers_of_names_count_no_one(text, expected):
    assert _rows(text) == expected


def test_a_count_after_a_place_name_is_still_a_count():
    assert _rows("In Kharkiv 300 troops were deployed, the army said.") == [("300", "deployed")]


# -- the titles of those who speak for an office: advisers, aides, the learned professions --------------------------
@pytest.mark.parametrize("text, speaker", [
    ("The economic adviser, Joan Pike, said 40 workers were injured.", "economic adviser"),
    ("A presidential aide told reporters that 15 soldiers were killed.", "presidential aide"),
    ("The demographer, Ana Serra, said 300 people had died in the heatwave.", "demographer"),
])
def test_titles_of_advisers_and_scholars_speak(text, speaker):
    assert extracted(text, "en", "speaker") == [(speaker,)]


def test_advisers_counted_do_not_speak():
    assert extracted("Seven advisers were killed in the blast, police said.", "en", "stated", "speaker") == [
        ("Seven", "police")]


# -- a person's initials run together do not end the sentence -------------------------------------------------------
def test_initials_before_a_surname_keep_the_sentence_whole():
    assert extracted("The district collector, P.K. Nair, said 23 people had drowned.", "en",
                     "stated", "metric", "speaker") == [("23", "killed", "district collector")]


def test_initials_before_a_word_that_opens_sentences_end_it():
    # "D.C." closes the first sentence: "The city" opens the next, which has its own speaker
    assert extracted("The storm hit Washington, D.C. The city said 4 people died.", "en",
                     "stated", "speaker") == [("4", "city")]


# -- spaced dashes around a parenthesis after the people counted ----------------------------------------------------
@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_parenthesis_between_spaced_dashes_is_passed_over(dash):
    text = f"The battalion said three villagers {dash} a farmer, his wife and their son {dash} were wounded on Friday."
    assert _rows(text) == [("three", "wounded")]


def test_a_single_dash_after_the_verb_opens_no_parenthesis():
    # the dash comes after what befell the two, and nothing closes it: the rest of the sentence is not theirs
    assert _rows("The battalion said two villagers were wounded - the third was unhurt.") == [("two", "wounded")]


@pytest.mark.parametrize("text, lang, expected", [
    # the same parenthesis in Ukrainian and Russian news: the verb after the closing dash says what befell the three
    ("Троє військових – офіцер, сержант і водій – загинули, повідомили в штабі.", "uk", [("Троє", "killed")]),
    ("Трое военных – офицер, сержант и водитель – погибли, сообщили в штабе.", "ru", [("Трое", "killed")]),
    # a single dash standing for the verb is no parenthesis
    ("Ще 23 – поранені, повідомили в штабі.", "uk", [("23", "wounded")]),
])
def test_a_parenthesis_between_dashes_in_other_languages(text, lang, expected):
    assert _rows(text, lang) == expected


# -- "N of them": a part of the people the sentence before counted or named --------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the lede counts the dead by their remains; the next paragraph's "six of them" are six of the dead
    ("The remains of 14 people were recovered from the pit on Monday, the prosecutor said.\n\n"
     "Forensic experts have identified six of them, the prosecutor's office said.", [("14", "killed"), ("six", "killed")]),
    # a quotation names people who fled and counts none; the quotation after the frame counts a part of them
    ('"These are families who fled the shelling," the mayor said. "Thirty of them are children."',
     [("Thirty", "displaced")]),
])
def test_a_part_of_them_shares_the_measure_of_the_people_before(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # the sentence before counts things: "them" are drones
    "Rebels shot down 12 drones, the army said. Four of them were carrying explosives, it said.",
    # the sentence before names no measure
    '"We visited the villages," the mayor said. "Thirty of them are empty."',
    # a paragraph away from people it names but does not count, the pronoun is read as no one's
    '"These are families who fled the shelling," the mayor said.\n\n"Thirty of them are children," she said.',
])
def test_a_part_of_them_with_no_people_before_counts_no_one(text):
    assert _rows(text) == []


# -- the present of the verbs of taking, holding and killing people, as headlines write it --------------------------
@pytest.mark.parametrize("text, expected", [
    ("Police arrest 18 protesters after clashes, ministry says", [("18", "captured")]),
    ("Iran executes 4 prisoners, rights group says", [("4", "killed")]),
    ("Italy deports 40 migrants, officials say", [("40", "displaced")]),
])
def test_headline_present_of_the_verbs_of_a_measure(text, expected):
    assert _rows(text) == expected


def test_the_noun_of_a_jail_takes_no_one():
    # "jail" is the place, not the verb: a jail's size counts no one
    assert _rows("The jail was built for 300 people, the sheriff said.") == []


# -- "N of the victims": a part of the people counted a few sentences before ---------------------------------------
def test_a_part_of_the_victims_shares_the_measure_of_the_people_counted_before():
    text = ('Rescuers pulled 25 bodies from the rubble, the governor said.\n\nThe building had four floors.\n\n'
            '"We have identified seven of the victims," the governor said.')
    assert _rows(text) == [("25", "killed"), ("seven", "killed")]


@pytest.mark.parametrize("text", [
    # no people counted before: the victims are no one's count
    "Seven of the victims were women, the charity said.",
    # only things counted before
    "Police seized 40 rifles in the raid. Ten of the victims were children, police said.",
])
def test_a_part_of_the_victims_with_no_count_before_is_no_claim(text):
    assert _rows(text) == []


# -- a verb of saying right after "and" has the left-out subject of the verb of saying before it ------------------
@pytest.mark.parametrize("text, speaker", [
    # the nationality in the reported clause makes its last noun look like a body; it is no subject of "insisted"
    ("The minister said the cut reflected the arrival of a permanent Estonian brigade and insisted the UK could send "
     "300 troops.", "minister"),
    ("A police report described a clash with Maoist rebels and listed 9 insurgents killed in combat.", "police"),
])
def test_a_verb_of_saying_after_and_continues_the_subject_before(text, speaker):
    assert extracted(text, "en", "speaker") == [(speaker,)]


def test_a_first_verb_that_is_no_verb_of_saying_keeps_its_subject():
    # no verb of saying before "and said": the subject of "dismissed" speaks (as before)
    assert extracted("An army spokesman dismissed the claim and said 12 soldiers died.", "en", "speaker") == [
        ("army spokesman",)]


# -- a person named by the surname alone is the one the article named in full before ------------------------------
@pytest.mark.parametrize("text, expected", [
    # the full name after "said", with the office its relative clause says the person heads
    ('Ferry capsizes off Sulawesi\n\nThe ferry was struck by waves, said Budi Santoso, who heads the Makassar Search '
     'and Rescue Office.\n\n"So far 9 bodies have been recovered," Santoso told reporters by phone.',
     [("9", "Makassar Search and Rescue Office", "ID")]),
    # the full name in the appositive of a title whose body is named in the sentence
    ('Boat sinks off Crete\n\nA coast guard spokeswoman, Lt. Cmdr. Maria Kosta, told reporters that the boat sank at '
     'night, the Greek coast guard said.\n\n"We fear that 12 people are still missing," Kosta added.',
     [("12", "coast guard spokeswoman", "GR")]),
])
def test_a_surname_alone_takes_the_body_of_the_full_name_before(text, expected):
    assert extracted(text, "en", "stated", "organisation", "country") == expected


@pytest.mark.parametrize("text, expected", [
    # nobody named in full before: the surname stays a private person's
    ('Boat sinks\n\n"We fear that 12 people are still missing," Kosta added.', [("12", "Kosta", "")]),
    # a full name alone, with no body beside it, says nothing of the Greek coast guard named before
    ('Boat sinks off Crete\n\nThe Greek coast guard said the boat sank at night.\n\n'
     '"We fear that 12 people are still missing," Maria Kosta said.', [("12", "Maria Kosta", "")]),
])
def test_a_name_with_no_body_named_before_stays_a_persons(text, expected):
    assert extracted(text, "en", "stated", "organisation", "country") == expected


# -- the phrases of losing contact with people, and the nouns of people by their bond ---------------------------
@pytest.mark.parametrize("text, expected", [
    # "lost track of" people is losing contact with them (not "lost", the verb of losing the dead)
    ('"We have lost track of five colleagues," the union said.', [("five", "missing")]),
    # the whole phrase "lost contact with" is the cue of the number after it, no cue of the one before
    ('"Of those held, 70 have been freed, 130 are still inside the camps and we have lost contact with 15," the '
     'minister said.', [("70", "captured"), ("130", "captured"), ("15", "missing")]),
])
def test_losing_contact_with_people(text, expected):
    assert _rows(text) == expected


def test_friends_at_a_funeral_are_no_claim():
    assert _rows("The union said five friends of the victims attended the funeral.") == []
