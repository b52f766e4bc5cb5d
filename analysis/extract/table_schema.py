"""Every key of an extraction table (``analysis/extract/tables/<lang>.yaml``): its type and meaning.

A table is checked when it is loaded by the package's one table checker
(:func:`analysis.normalise.table_schema.check_keys`, which also checks the normaliser's and the scope
tables): a missing key, an unknown key (a typo) or a value of the wrong type is a ``TableSchemaError``
(an ``InputError``) naming the table, the key and what is expected, so a mistake in the data never
passes silently (the idea of dateparser's language validator). What only an extraction table has
(measure ranks, ISO codes, the analyser's name) is checked here after it.

Examples
--------
>>> check_table({"lang": "xx"}, "xx.yaml")
Traceback (most recent call last):
...
analysis.normalise.table_schema.TableSchemaError: extraction table 'xx.yaml': missing required key 'morphology' (which analyser gives the words' dictionary forms: none, pymorphy3 or kiwi); a table must have: ...
"""

from __future__ import annotations

from typing import Any

from ..normalise.table_schema import Key, TableSchemaError, check_keys

#: Measures an extraction table may use (the claims vocabulary).
MEASURE_NAMES = ("killed", "wounded", "killed_or_wounded", "captured", "missing", "deployed", "displaced",
                 "refugees", "excess_deaths", "in_need", "other")
MORPHOLOGIES = ("none", "pymorphy3", "kiwi")
SCOPE_NAMES = ("window", "rate", "planned", "share")

_MEASURE = (Key("rank", "number", "1: an event such as a death; 2: a status such as a prisoner; 3: a deployment", True),
            Key("words", "words", "the measure's cue words and phrases", True))


def _words(name: str, meaning: str, required: bool = True) -> Key:
    return Key(name, "words", meaning, required)


#: Every key an extraction table may hold.
SCHEMA: tuple[Key, ...] = (
    Key("lang", "text", "the language code (en, uk, ru, ko)", True),
    Key("morphology", "text", "which analyser gives the words' dictionary forms: none, pymorphy3 or kiwi", True),
    _words("sentence_abbreviations", "words whose full stop does not end a sentence"),
    _words("domain_words", "the domains of sites' names ('ru', 'Ру', 'com'): a full stop glued to a word and to one of "
                           "them is part of a site's name ('«Бел.Ру»', 'Газета.Ru'), no end of a sentence", False),
    Key("measures", "section", "each measure's cue words and rank (1: an event such as a death; 2: a status such as "
                               "a prisoner; 3: a deployment); the best rank near the number decides", True,
        tuple(Key(name, "section", f"the cues of {name}", False, _MEASURE) for name in MEASURE_NAMES)),
    _words("not_people_after", "a word right after the number that says it counts something else"),
    _words("not_people_before", "a word right before the number that says it is an age, a code or a rank"),
    _words("people_nouns", "nouns that count people"),
    _words("not_measured_people", "people counted in no measure (survivors, rescuers, people aboard)"),
    _words("none_words", "words that say none of the people of a measure noun next to them exist ('no deaths', "
                         "'жертв нет', '사망자는 없다'): a claim of zero", False),
    _words("speech_verbs", "verbs (and verb phrases) of saying, reporting and estimating"),
    _words("inverting_verbs", "speech verbs that may come before their subject"),
    _words("skip_before_verb", "words between a subject and its verb that are not part of the subject"),
    _words("according", "'according to': the source is their object"),
    Key("according_object", "text", "where the object of 'according' stands: before or after", True),
    _words("citing", "'citing X': X is the original source"),
    _words("estimate_nouns", "'X's figure', 'X's estimate': the owner of the figure is the speaker"),
    _words("estimate_qualifiers", "words that qualify figures of no named owner ('Initial assessments show', "
                                  "'Preliminary figures suggest'): such figures are the speaker's named before", False),
    _words("addressee_nouns", "people spoken to, after a verb of saying and before its subject (Russian "
                              "'сказал журналистам мэр'): never the speaker", False),
    _words("audience_verbs", "verbs whose object is an audience, never the speaker ('told Reuters')"),
    _words("evidence_nouns", "'X reports the data of Y' (передает данные Y): after a speech verb, the owner of these "
                             "nouns is the source, not the one who passes them on", False),
    _words("relay_verbs", "verbs of relaying ('как передает X'): X relays, it is not the source", False),
    _words("pronouns", "words that stand for an earlier speaker"),
    _words("first_person", "words of a text speaking in its own voice (we, our)"),
    _words("interview_verbs", "verbs of interviewing ('spoke to', 'поговорило з', '인터뷰'): the person after them "
                              "(Korean: before them) is the guest who speaks in an interview's answers", False),
    _words("question_labels", "labels that open a journalist's question in a transcript ('Q', 'Питання', '기자'), "
                              "as written before the colon", False),
    _words("answer_labels", "labels that open the guest's answer in a transcript ('A', 'Відповідь')", False),
    _words("source_labels", "labels that open a line naming the source of the paragraph before it, as written before "
                            "the colon ('Джерело: начальник ОВА в Telegram'): that source speaks for it", False),
    _words("question_marks", "marks that open a journalist's question as a paragraph's first characters, as "
                             "written (Korean '--', 'Q.')", False),
    _words("answer_marks", "marks that open the guest's answer as a paragraph's first characters, as written "
                           "(Korean '▲', 'A.')", False),
    _words("backward_markers", "'this was reported by X': X speaks for the previous sentence"),
    _words("role_nouns", "heads of speaker phrases: roles and kinds of organisation"),
    _words("possessive_suffixes", "endings of a possessive ('Libya's') dropped before lookups", False),
    _words("place_prepositions", "prepositions of place: a country after one is where, not who ('a UN mission in "
                                 "Ukraine')"),
    _words("generic_roles", "role words too common to say two speaker phrases are the same body"),
    _words("source_nouns", "nouns of an unnamed source ('source', 'источник', 'джерело', '소식통'): an outlet's source "
                           "placed in no body speaks for no one the outlet stands for ('источник SHOT': no country)",
           False),
    _words("independent_roles", "roles that speak for no state or local office (researchers, witnesses, doctors): "
                                "such a speaker takes no country from the article", False),
    _words("manner_prepositions", "prepositions of how something was said ('по телефону', 'через перекладача'): the "
                                  "circumstance between a verb of saying and its addressee or subject", False),
    _words("referring_roles", "generic roles of an officeholder that, bare in a language without articles, point back "
                              "to the official named before ('додав посадовець', 'уточнил чиновник'), unlike a source",
           False),
    _words("service_roles", "independent roles whose plural, named bare, is a public service of the place the story "
                            "is about ('повідомили рятувальники': the rescue service), unlike one of them", False),
    _words("relative_pronouns", "'X, which estimated …': the speaker is the phrase before the comma"),
    _words("preposition_hedges", "hedges of a number that are also prepositions ('about'): after one of "
                                 "hedge_governors the word is the preposition and the number is exact", False),
    _words("host_nouns", "nouns of the people whose home takes in people who left theirs ('relatives', 'cousin', "
                         "'host families'): their home, with a verb of staying, is a place of shelter", False),
    _words("former_words", "words that make a noun of serving people one of people who served ('former', "
                           "'retired': '2,600 former soldiers'): no deployment", False),
    _words("uncounted_vague", "vague words of quantity that, standing alone, state no figure the news gives as a "
                              "count ('several', 'a few': 'wounding several others'); with a multiplier they do "
                              "('several dozen')", False),
    _words("age_hedges", "hedges of a number that also bound an age ('under', 'over'): right after a noun of people "
                         "and before no noun of people, the number is an age ('children under five'), no count",
           False),
    _words("hedge_governors", "words of feeling that take a preposition_hedges word as their preposition ('worried "
                              "about two volunteers': two, not about two)", False),
    _words("object_pronouns", "pronouns standing as the object of one of audience_verbs before a preposition_hedges "
                              "word, which is then the verb's preposition ('told us about 1,400 deaths': 1,400)",
           False),
    _words("person_relatives", "relative pronouns of people only ('who'): one after the people counted and a short "
                               "phrase after a partitive word ('two nurses of the Red Cross who vanished') opens a "
                               "clause about the people, not about the body or place after it", False),
    _words("definite_determiners", "'the ministry': a definite role points back to an earlier speaker"),
    _words("subset_words", "'17 killed, including 10 children': a number right after these counts a part of the "
                           "number before it, in the same measure", False),
    _words("joint_country_phrases", "phrases of two countries at once ('both countries', 'обох країн', '양국'): a body "
                                    "so named speaks for the two countries named last before it (a joint claim)",
           False),
    _words("country_words", "'the country's health minister': the speaker's state is the country named before it "
                            "in the sentence", False),
    _words("national_roles", "roles of a state's own bodies (ministry, police, army): with no country in the phrase, "
                             "they take the country the article is about, with less confidence"),
    Key("home_country", "text", "ISO code of the country an article in this language is about when it names no "
                                "country at all (its state bodies speak for it, with less confidence); '' for none",
        False),
    Key("max_unknown_words", "number", "most words of a speaker phrase that are neither names, roles, countries nor "
                                       "small words (beyond them the phrase is a clause, not a speaker)", True),
    _words("np_glue", "small words allowed inside a speaker phrase"),
    _words("determiners", "words that may open a speaker phrase"),
    _words("np_stops", "words that end a speaker phrase"),
    _words("clause_words", "words that start a new clause"),
    _words("coordinators", "'and', 'or': a measure word before one belongs to the clause before it"),
    _words("auxiliary_verbs", "verbs that only carry the tense of the participle after them ('были ранены'): two "
                              "events joined by a coordinator are one pair across them", False),
    _words("headline_separators", "separators of a headline's source ('…: X', '… - X')"),
    _words("losing_verbs", "verbs of losing, cues of the dead when the people counted are their object ('lost 12 soldiers'),"
                           " none after the people counted, who are their subject ('7,200 people have lost everything')",
           False),
    _words("combatant_nouns", "nouns of fighters (soldiers, servicemen, militants): a side's losses of them ('ЗСУ "
                              "втратили 1250 військових') count the dead and the wounded together, as of people at "
                              "large do; a body's loss of other people ('ми втратили 17 колег') is their death", False),
    _words("tour_nouns", "nouns of a force's tour of duty ('rotation', 'contingent', 'mandate', 'смена', 'ротація', "
                         "Korean 교대): people who came home (a verb of ``returning_verbs`` and a ``home_complements`` "
                         "phrase) in a sentence of a tour, with no exchange of prisoners, are a force rotated home, "
                         "deployed, not prisoners freed", False),
    _words("tally_periods", "words that set a count over a period ('since', 'over the past', Korean 동안, 이후): troops "
                            "a side lost over a period, after a verb of losing, are a tally of killed and wounded "
                            "('has lost 846,310 troops since …'), not the dead of one fight ('lost five soldiers')",
           False),
    _words("level_verbs", "verbs of a count's level before its number ('rose to', 'reached', 'stood at'): the "
                          "measure noun that opens their clause, however long the subject's phrase, says what the "
                          "number counts ('The death toll from the rains that … rose to 11')", False),
    _words("capacity_words", "words of a capacity ('enough', 'sufficient'): a number a few words after one, in its "
                             "clause, says how many could be served, not how many were ('enough to treat 150 wounded "
                             "patients')", False),
    _words("ratio_words", "the word between the two numbers of a proportion ('one in four households'): one of so many is "
                          "a share, not a count, and neither number counts people", False),
    _words("removal_verbs", "verbs of moving people ('moved', 'took', 'got'): with a preposition of "
                            "``removal_prepositions`` and a noun of ``dwelling_nouns`` after the people counted they "
                            "move them out of their homes ('moved 2,300 residents out of their homes': displaced)", False),
    _words("body_nouns", "bare kind words of a body ('organisation', 'group', 'charity'): a speaker of one alone "
                         "(with determiners) is the registered body named before it in its sentence or the one "
                         "before", False),
    _words("outlet_nouns", "the kind words of an outlet among ``body_nouns`` ('broadcaster', 'newspaper', 'телеканал', "
                           "'редакція', '방송사'): a speaker of one alone is the outlet named before it rather than "
                           "another body ('Two Al Jazeera journalists were killed, the broadcaster said')", False),
    _words("existential_words", "the word of an existential clause before its copula ('there'): 'there are N in "
                                "jails' counts people in a place of custody, care or shelter", False),
    _words("document_nouns", "nouns of a document made by someone ('study', 'survey', 'analysis', 'report', "
                             "'bulletin'): after 'according to', with a participle and 'by', its agent speaks; named "
                             "with no owner as the object of 'according to' ('Згідно з доповіддю, …', 'Согласно "
                             "отчету, …'), it speaks for its issuer named before", False),
    _words("group_nouns", "nouns of a body of people ('family', 'crew', 'gang', 'militia', 'forces'): the members of "
                          "one are people ('six members of one family', '48 members of a gang')", False),
    _words("bloc_nouns", "nouns of a body whose members are states or bodies ('council', 'union', 'bloc'): its "
                         "members named in capitals count no people ('11 members of the Trade Council')", False),
    _words("seeking_verbs", "cues of the missing that are verbs of seeking ('searching for', 'looked for'): after "
                            "the people counted, who are then their subject, no cue unless a passive ('12 were "
                            "searched for')", False),
    _words("none_people_words", "words of none before people ('no'): with ``among_words`` and an event's noun after "
                                "them, none of those people were among the people it befell ('no Kenyans were among "
                                "the dead': zero)", False),
    _words("among_words", "words of being among ('among'): see ``none_people_words``", False),
    _words("taking_verbs", "verbs of taking people ('took', 'taken', 'carried'): with a phrase of "
                           "``companion_words`` after the people counted they take them captive ('had taken 15 young "
                           "people with them')", False),
    _words("companion_words", "phrases of taking along ('with them', 'along with them'): see ``taking_verbs``", False),
    _words("driving_verbs", "verbs of driving people out ('drove', 'forced', 'pushed'): with a preposition of "
                            "``driving_prepositions`` and a noun of ``refuge_nouns`` after the people counted they are "
                            "displaced ('has driven 50,000 people across the border')", False),
    _words("driving_prepositions", "prepositions of being driven over or into ('across', 'into', 'out of'): see "
                                   "``driving_verbs``", False),
    _words("refuge_nouns", "nouns of where people driven out go or come from ('border', 'camps', 'homes'): see "
                           "``driving_verbs``", False),
    _words("disease_nouns", "nouns of diseases ('cholera', 'measles', 'infection'): people treated for one, after a "
                            "preposition of ``disease_prepositions``, are the sick seen in care, no claim", False),
    _words("care_harms", "nouns of harms that are no disease ('heat', 'hypothermia', 'burns'): patients treated for "
                         "one, after a preposition of ``disease_prepositions``, are the hurt", False),
    _words("victim_nouns", "nouns of the dead and of victims ('victims', 'dead'): a part of them named in the next "
                           "sentence ('two of the victims') is of the dead counted before, not of the last count", False),
    _words("disease_prepositions", "prepositions of what people are treated for ('for', 'with'): see "
                                   "``disease_nouns``", False),
    _words("removal_prepositions", "prepositions of moving out ('out of', 'away from'): see ``removal_verbs``", False),
    _words("leaving_verbs", "verbs of leaving a place ('покинуть', 'уйти', 'бежать', any aspect; 'had abandoned the "
                            "area'): near the people counted, with a noun of ``dwelling_nouns`` in their clause (in "
                            "English after a determiner of ``leaving_determiners``), they say the people were "
                            "displaced", False),
    _words("dwelling_nouns", "nouns of homes and of the places people live in ('homes', 'village', 'district'): "
                             "see ``removal_verbs``", False),
    _words("circumstance_prepositions", "prepositions that open a phrase of the circumstances of what befell the people "
                                        "counted ('were detained in injured condition', 'arrested 812 others for "
                                        "providing care to the wounded'): a cue inside one is no fate of theirs", False),
    _words("set_prepositions", "prepositions after a number that take it from a set ('одного з полків', 'на одному з "
                               "полігонів', '12 из 20 регионов'): a set of things (the dictionary's inanimate noun, no "
                               "people, no measure) makes the number no count of people", False),
    _words("both_words", "words of 'both' that the number reader reads as two ('оба', 'обидва'): they take up two "
                         "people counted before, no count of their own (English 'both' is no number at all)", False),
    _words("difference_prepositions", "prepositions before a number of a difference ('на пять больше'); with "
                                      "``difference_words`` after it, the number is how far two counts are apart, no "
                                      "count", False),
    _words("difference_words", "comparatives after a number of a difference ('больше', 'менше'): see "
                               "``difference_prepositions``", False),
    _words("comparison_words", "words right before a number it is compared with ('up from', 'down from', 'compared "
                               "with'): that number counts what the number before counts, whoever is named between",
           False),
    _words("remains_nouns", "nouns of dead bodies ('тело', 'тіло', 'останки'): a count of bodies is of the killed, "
                            "unless a verb of being found negated after it says they were not found (missing)", False),
    _words("identity_words", "words of a phrase of identifying people ('особа' of 'встановити особу', 'личность', "
                             "'신원', 'identities'): a measure's cue holding one counts the dead it identifies, never "
                             "the living of ``suspect_nouns``", False),
    _words("examination_nouns", "nouns of a forensic or medical examination ('експертиза', 'вскрытие', 'tests'): the "
                                "subject of a verb of confirming that they head is no speaker", False),
    _words("suspect_nouns", "nouns of people sought or charged as doers of a crime ('підозрюваний', 'нападавший', "
                            "'용의자', 'suspects'): people whose identities were established are no dead when so named",
           False),
    _words("rescue_verbs", "verbs of rescue ('rescued', 'врятувати', 'спасти', '구출하다'; lemmas, or keys in "
                           "Korean): people rescued are in no measure, unless the clause names them as held (a cue of "
                           "``captured`` on them, 'held captive', '감금된'): captives freed, captured", False),
    _words("foreign_office_words", "words of a state's foreign affairs ('foreign', 'МИД', 'МЗС', '외교부'; lemmas, or keys in "
                                   "Korean): a foreign ministry named with no state, in an article that names a state's "
                                   "embassy and counts that state's people, speaks for that state", False),
    _words("trapped_words", "verbs of being shut in ('갇히다'): a cue of captured, but missing when the sentence names a "
                            "place of ``trapped_places`` or people of ``trapped_people`` (a mine, its miners)", False),
    _words("trapped_people", "people who work where disasters trap them ('광부', miners): with them a verb of "
                             "``trapped_words`` is missing", False),
    _words("exchange_nouns", "nouns of an exchange of prisoners ('обмен', 'обмін'): people who came back (a verb of "
                             "``returning_verbs`` before them) in a sentence of one are prisoners freed, captured", False),
    _words("forcing_words", "words of compelling (lemmas: 'вынудить', 'змушений', 'заставить'): right before a verb of "
                            "``leaving_verbs`` they say the people counted were made to leave, so displaced, even "
                            "with no home named", False),
    _words("incident_prepositions", "prepositions between patients and the incident they come from ('patients from the "
                                    "fire')", False),
    _words("incident_nouns", "nouns of incidents that hurt people (fire, blast, crash): patients from one are the hurt, "
                             "not people sick with a disease", False),
    _words("clock_before", "prepositions before a time of day ('at 11 at night')", False),
    _words("time_span_heads", "words that make the noun of time after them part of a span of time ('с начала года', "
                              "'в прошлом году'): that noun before a number is no label of it", False),
    _words("span_joiners", "words that join the two ends of a span of days or units ('с 20 по 25 июня', 'з 3 до 9 "
                           "травня'): the first end counts the unit after the second", False),
    _words("people_things", "nouns the dictionary reads as things that count people after a number ('10 жизней', "
                            "'12 тел'): a number before them is not a count of things for their grammar", False),
    _words("clock_after", "words after a number that make it a time of day after ``clock_before`` ('at night', 'in the "
                          "morning')", False),
    _words("related_markers", "a whole line that opens a page's list of other stories ('Related stories', 'Read more'): the "
                              "headlines after it are no claims", False),
    Key("ordinal_counts", "numbers", "ordinals that count the people an event befell after an article ('a fourth death', "
                                     "'a second child has died': 4, 2) -> the count", False),
    _words("age_words", "words of age ('youngest', 'oldest', 'наймолодший'): a number right after one, or after one "
                        "and a dash or a colon, is an age, no count", False),
    _words("many_event_nouns", "nouns of one event that befalls many ('massacre'): an ordinal before one counts events, "
                               "not people ('the seventh massacre')", False),
    _words("one_person_nouns", "nouns of one person that an ordinal may count before that person's event ('a second "
                               "man has died')", False),
    _words("headline_tags", "labels of a page's kind before a headline's colon ('LIVE: …', 'UPDATE: …'): no source",
           False),
    _words("issuer_markers", "words before the issuer in a statement's first lines ('statement by')"),
    _words("statement_words", "words naming an official statement"),
    _words("quoted_document_nouns", "the nouns of a text a body issues that an article may quote whole after an "
                                    "introducing line (a statement, an appeal, an address, a communiqué, a release, a "
                                    "bulletin, its full text: 'The statement reads:', 'Наводимо повідомлення відомства "
                                    "повністю:', '다음은 국방부 발표 전문'): the quotation under that line is the "
                                    "issuer's", False),
    _words("medium_nouns", "nouns of where a body speaks ('channel', 'website', 'account', 'broadcast', 'post') and "
                           "names of platforms ('Telegram', 'X'): 'in its Telegram channel' between a subject and its "
                           "verb of saying is no part of the subject", False),
    _words("modal_words", "modal verbs: none before one ('nobody should die') states a wish or a rule, not a count",
           False),
    _words("partitive_words", "words after 'one' that take it from a set ('one of the …'): a set of things, with no "
                              "people and no measure at its end, makes it no count", False),
    _words("judicial_verbs", "verbs of a court or a prosecutor acting on people (charged, sentenced, convicted, "
                             "acquitted): the people they govern are defendants, in no measure, whatever noun of "
                             "soldiers says who they are ('charged 11 former army officers')", False),
    _words("partition_words", "the ``subset_words`` that split a whole into parts ('of them', 'из них', 'з них'), not "
                              "those that include a part ('including', 'в том числе'): a whole of the dead whose part "
                              "died after such a word counts the hurt too ('397 victims, of them 71 died')", False),
    _words("release_markers", "words opening a line that marks a text as its issuer's own release ('notes to editors', "
                              "'for more information'): one sentence in the first person outside quotations is then "
                              "the issuer's, and the issuer is the body its first lines name", False),
    _words("contact_nouns", "nouns of a body's own line to the public ('hotline', 'гаряча лінія', 'official website'): a "
                            "text in the first person that sends its readers to a body's line there is that body's", False),
    _words("press_office_nouns", "nouns of a body's press office ('press office', 'пресс-служба', '공보실'): a closing "
                                 "line of its own that names one and its body signs the text as the body's own", False),
    _words("copyright_markers", "what opens a page's line claiming its copy ('©', 'copyright'): a body that is no "
                                "outlet named after it is the issuer of numbers nobody else gives", False),
    _words("subject_particle_tags", "morpheme tags of particles that mark a subject or topic (Korean)", False),
    _words("measure_counters", "units of ``not_people_after`` that count people right after a measure noun (Korean 구: "
                               "'시신 3구' three bodies; elsewhere 구 is a city ward)", False),
    _words("cause_prepositions", "prepositions of cause: a measure noun right after one says what the people counted "
                                 "died or suffered from, not the measure ('погибших от отравления': killed)", False),
    _words("object_particle_tags", "morpheme tags of the particles that mark an object (Korean 을/를): 'X를 인용해' cites "
                                   "X", False),
    _words("assessment_verbs", "verbs that state an assessment after a complement noun (Korean '…것으로 보다': "
                               "assesses that …)", False),
    _words("estimate_particles", "particles glued to an estimate noun that make the unmarked phrase before it its owner, "
                                 "the source (Korean 'X 집계로는', 'X 조사에서')", False),
    _words("past_words", "words that set a sentence in another, earlier time ('지난해', '당시'; glued to a year: "
                         "'2019년'): such a sentence is background, and a passive of reporting in it carries no speaker",
           False),
    _words("indefinite_determiners", "determiners of one unnamed person, body or thing ('한 상인은', 'a shopkeeper', "
                                     "'another'): as the topic of a verb of saying, the noun after one speaks whatever "
                                     "it is (no country); a phrase opening with one ('a study of hospital records') "
                                     "names a body not named before", False),
    _words("spelled_counters", "counters of people after a number word set apart that are units after digits (Korean "
                               "분: '두 분이' two people, '30분' thirty minutes)", False),
    _words("passive_reporting_verbs", "passives of reporting, finding or counting after a complement noun (Korean "
                                      "'…것으로 집계됐다', '…것으로 알려졌다'): their subject is what was reported and they "
                                      "have no agent, so the source is the sentence's own 'according' phrase, else no one",
           False),
    _words("honorific_verbs", "verbs that mean another thing with the honorific pre-final ending (Korean 돌아가다: "
                              "'돌아가셨다' passed away, not went back): keyed with it kept ('돌아가시다')", False),
    _words("direction_auxiliaries", "verbs of coming and going glued to a verb as its direction (Korean 오다, 가다: "
                                    "'고향을 떠나온 주민'): dropped from the key of a verb that ends a measure cue "
                                    "(떠나오다 keys as 떠나다)", False),
    _words("ongoing_auxiliaries", "auxiliary verbs of a process under way after a verb's connective ending (Korean "
                                  "가다: '죽어 가는 아이들', dying): a verb of dying so followed is no death", False),
    _words("progressive_auxiliaries", "auxiliary verbs right after a verb's connective ending that keep it in its "
                                      "clause as a progressive (Korean 있다: '싸우고 있는 자국민이', fighting): a measure "
                                      "verb so followed ends no clause", False),
    _words("duplicate_words", "words that call entries of a tally counted twice, standing at most two words after the "
                              "number (Korean 중복, 이중: '사망자 2명은 중복으로 파악됐다'): a correction, no people", False),
    _words("damage_nouns", "measure nouns of damage or loss rather than of the people counted (Korean 인명 피해, 손실): "
                           "none of one ('인명 피해는 없다') is no count of zero", False),
    _words("giving_verbs", "verbs of giving aid whose recipients stand in the dative (Korean '난민 15만 명에게 식량을 "
                           "제공한다'): the recipients are counted in no measure of a status", False),
    _words("calling_verbs", "verbs of calling or reporting to a number (Korean '119에 신고하고'): the number with a "
                            "particle of destination before one is a telephone number", False),
    _words("denial_verbs", "verbs of denying a claim (denied, опровергнуть, спростувати, 부인하다): before a colon they "
                           "say what follows ('В Пентагоне это опровергли: …'); elsewhere a denied figure is not the "
                           "denier's", False),
    _words("sea_nouns", "nouns of open waters that border several countries (sea, gulf, ocean, strait; море, затока, "
                        "залив): a province whose whole name is one ('Red Sea', Sudan's; 'Gulf', Papua New Guinea's) "
                        "names the water in news, no country", False),
    _words("aboard_words", "words of being aboard right after a number (Korean '장병 300여명이 탑승한 구축함'): troops "
                           "named by a deployed noun before the number are the crew of a unit sent, not people aboard",
           False),
    _words("voice_auxiliaries", "auxiliary verbs that make the verb before them passive after its connective ending "
                                  "(Korean 지다: '전해졌다', '알려진다', keyed by kiwipiepy as the active verb of saying)",
           False),
    _words("state_nouns", "bound nouns after a verb's adnominal form that keep what the verb says on the people "
                          "counted (Korean 채: '2명이 숨진 채 발견됐다' two were found dead), not a thing it describes",
           False),
    _words("place_relatives", "relative words of place ('where'): people counted in a clause after a shelter "
                              "('14 shelters, where 400 people stay') are the displaced in it", False),
    _words("wire_agencies", "news agencies the source registry does not know, whose name in a dateline ('CITY, 2 May - "
                            "Agency.', '/Agency/', '(Agency) -') marks agency copy: the agency relays, never speaks, and "
                            "its desk's city says where the copy was written, not where the story is", False),
    _words("citizen_nouns", "nouns of people by their citizenship ('Eritrean nationals', 'citizens'): the nationality "
                            "before one says whose the people are, not where the story is nor who speaks", False),
    _words("care_verbs", "verbs of medical care ('treated', 'treating') that are cues of the wounded in the table's "
                         "measures: before the number they say so only when the people counted are not named by a "
                         "noun of ``sick_nouns`` ('treated 31 people' is wounded; 'treated 700 patients' may be sick)",
           False),
    _words("sick_nouns", "nouns of people under care who may be sick, not hurt ('patients'): see ``care_verbs``", False),
    _words("motion_prepositions", "prepositions of motion ('into', 'from'): a country or place a few words after one "
                                  "says where people went or came from ('crossed into Chad', 'fishermen from the "
                                  "Indian state of Tamil Nadu'), not where the story is nor who speaks", False),
    _words("destination_prepositions", "prepositions that are of motion (see ``motion_prepositions``) only right "
                                       "after a word of ``destination_heads`` ('fled to Chad'; not 'according to')",
           False),
    _words("origin_prepositions", "prepositions of where a person is from ('from', 'з', 'из'): a person's name of one "
                                  "to three capitalised words, then one and a place ('Oksana from Cherkasy', 'Оксана з "
                                  "Черкас') is a private person, who speaks for no state; the place is no surname",
           False),
    _words("destination_heads", "words of going, sending or a way ('fled', 'deported', 'road') that make a "
                                "following ``destination_prepositions`` word one of motion", False),
    _words("border_nouns", "nouns of a state border ('border', 'кордон'): a country named right before one ('the "
                           "Belarus border', '벨라루스 국경'; not before a body: 'Polish border guards') or after one and "
                           "a word of ``border_prepositions`` ('the border with Belarus') is the neighbour across it, "
                           "not where the story is", False),
    _words("border_prepositions", "prepositions that join a border noun to the neighbour ('with', 'с', 'з')", False),
    _words("plural_suffixes", "suffixes of the plural glued to a noun (Korean 들: '인권단체들'): a word is keyed "
                              "without one", False),
    _words("based_suffixes", "endings of a word that places a body in a city or country ('Lagos-based'): the body "
                             "takes that place's country, with less confidence", False),
    _words("controlled_suffixes", "endings of a word that say a group runs the body named after it ('Hamas-run', "
                                  "'Taliban-controlled'): a body so run takes the group's country (the registry's)",
           False),
    _words("reflexive_possessives", "possessives that point back to the clause's subject ('свой', 'свій'): a phrase of "
                                    "place opened by one right before a verb of saying ('«Хезболла» в своем "
                                    "Telegram-канале подтвердила') is where the subject said it, not the subject",
           False),
    _words("side_nouns", "nouns of one side of a border or a front ('side', 'бік', 'сторона', '쪽'): a nationality "
                         "right before one ('On the Colombian side of the border, the Ombudsman's Office said') says on "
                         "whose side the speaker after it stands: a state body named bare there is that country's",
           False),
    _words("side_prepositions", "prepositions that make a side noun a place ('On the Colombian side', 'з "
                                "колумбійського боку', 'по колумбийскую сторону'; Korean: the particle 에서 after 쪽): "
                                "not a party spoken to ('передали украинской стороне')", False),
    _words("stationed_prefixes", "prefixes glued to a host country before a body stationed there (Korean 주/駐: "
                                 "'주한미군사령부', US Forces Korea): the country named after the host is the body's, "
                                 "not the host", False),
    _words("territory_suffixes", "endings glued to a country's name that make it a territory that country holds "
                                 "(Korean 령: '파키스탄령 카슈미르', Pakistan-administered Kashmir): an official of it "
                                 "speaks for that country", False),
    _words("closing_relay_verbs", "verbs of reporting that, closing a sentence whose number an earlier verb of saying "
                                  "already reports ('The group said it had killed 60 soldiers, SITE reported'), pass "
                                  "that speaker's words on: the earlier subject speaks", False),
    _words("private_nouns", "nouns of a private person by what befell them or who they are in private life "
                            "('survivor', 'migrant', 'woman', 'мешканка', '생존자'): a nationality before one says where "
                            "the person is from, not a state he speaks for ('a Venezuelan migrant said': no country)",
           False),
    _words("hostile_nouns", "nouns of a hostile act against people ('aggression', 'invasion', 'агресія', 'обстрел', "
                            "'침공'): a country named as its author ('агресії РФ', 'Russia's invasion', 'российская "
                            "агрессия') is the side that did the harm, not where the story is nor whom a home body "
                            "speaks for", False),
    _words("attack_verbs", "verbs of attacking a place or people with weapons ('struck', 'shelled', 'launched', "
                           "'атакувати', 'обстреливать'): a country as their subject ('Russia struck the city', 'ВСУ "
                           "обстреляли Горловку') is the attacker, not where the sentence is nor whom a bare body in it "
                           "speaks for", False),
    _words("force_nouns", "nouns of armed forces and their units ('army', 'forces', 'regiment', 'збройні сили', "
                          "'полк', 'дивизион'): a country named as their owner ('полків РФ', 'Russian forces') says "
                          "whose soldiers the sentence tells of, not where it is nor whom a bare home body speaks for",
           False),
    _words("control_words", "words of running or controlling a body ('підконтрольний', 'контролировать', '통제하다', "
                            "'run' in 'run by'): a body beside one, with a group of the registry on the other side, "
                            "takes the group's country ('підконтрольне ХАМАС міністерство', '탈레반이 통제하는 보건부')",
           False),
    _words("remit_prepositions", "prepositions (or phrases) that give an office's remit after its role noun ('the US "
                                 "special envoy for Sudan', 'спецпосланник ООН з питань Сирії', 'спецпредставитель по "
                                 "Йемену'): the country after one is what the office deals with, not the state it "
                                 "speaks for", False),
    _words("based_phrases", "phrases that place a body next to a city or country named beside them ('미국에 본부를 둔', "
                            "'based in London'): the body takes that place's country, with less confidence", False),
    _words("local_words", "words that place a speaker where the story happens ('local officials', 'местный "
                          "чиновник'): such a speaker with no country of its own takes the one country other than the "
                          "language's home country that the article names, never the home country", False),
    _words("national_prefixes", "beginnings of a one-word compound that names a state body (Ukrainian держ-: "
                                "'Держпраці'); one the registry does not know speaks for the article's country", False),
    _words("topic_particle_tags", "morpheme tags of the particles that mark a topic (Korean 은/는): in a clause that "
                                  "embeds another ('X는 Y가 … 것으로 추정했다'), the topic is the one who speaks", False),
    _words("complement_nouns", "nouns that close an embedded clause before a verb of saying or estimating (Korean 것: "
                               "'… 달하는 것으로 추정했다')", False),
    _words("according_particle_tags", "morpheme tags of the particle before 'according' (Korean)", False),
    _words("weekday_words", "the days of the week as written in brackets after a date ('11.20.(수)'): a number "
                            "before one is a date, no count", False),
    _words("period_deictics", "words that, between a number and a noun of time, make that noun the sentence's time, "
                              "not the thing counted ('142 last year', '136 the year before', '41 this month')", False),
    _words("comparison_markers", "words right before a number that set it beside the count before it as that count at "
                                 "another time ('up from 136', 'compared with 184', 'против 14 780', 'проти 3 425'): "
                                 "the same measure", False),
    _words("change_markers", "words right before a number that make it a change of a count, not a count ('up 12', "
                             "'a rise of 40', 'увеличилось на 12', 'зросла на 12'): no claim", False),
    _words("rate_prepositions", "prepositions of a rate's base after a count and its noun ('7.9 deaths per 100,000 "
                                "workers', '9 погибших на 100 тысяч населения'): a rate, no count of people", False),
    _words("population_nouns", "nouns of a population a rate's base counts ('населения', 'жителей'): where the table "
                               "lists them, a rate's base needs one after its number (a preposition of many uses)",
           False),
    _words("rate_suffixes", "endings after a number's counter that make it a rate or a rate's base (Korean '10만명당', "
                            "'17명꼴'): no count of people", False),
    _words("time_nouns", "nouns of a span of time ('рік', 'месяц'): after a preposition of place and its adjective "
                         "they open an adverbial of time before a subject ('В прошлом месяце полиция …')", False),
    _words("occasion_nouns", "nouns of an occasion of speaking ('ефір', 'ход', 'слушания'): after a preposition of "
                             "place they open an adverbial before a subject, like time_nouns ('В эфире телеканала "
                             "министр …', 'В ходе слушаний глава …')", False),
    _words("clause_connectives", "connectives that open a clause and link it to the sentence before ('тим часом', "
                                 "'між тим', 'кроме того'): no part of the subject after them", False),
    _words("authoring_verbs", "verbs of making a document ('провести', 'підготувати', 'оприлюднити'): their subject "
                              "in a relative clause on the document of 'according to' is its author, who speaks", False),
    _words("stance_verbs", "Korean verbs that put out or hold a stance or a statement named by an adnominal "
                           "quotation before its noun ('\"…\"는 입장을 내놨다', '…다는 입장을 고수했다': "
                           "내다, 내놓다, 고수하다): the sentence's subject says it (not 부인하다, "
                           "반박하다: denying a claim says the opposite)", False),
    _words("obtaining_verbs", "verbs of receiving a document from someone (Korean 제출받다, 넘겨받다, 입수하다): in a "
                              "relative clause on the document of 'according to', the giver named with a particle of "
                              "``source_particles`` made it and speaks ('의원이 법무부로부터 제출받은 자료에 따르면': the "
                              "ministry), not the one who received it", False),
    _words("source_particles", "particles of the one something comes from (Korean 로부터, 에게서), as written glued "
                               "to the noun", False),
    _words("month_words", "the names of the months (dictionary forms): a day number and a month, and a year after "
                          "them, between a subject and its verb of saying are its date ('МЗС 12 березня повідомило'), "
                          "no part of the subject", False),
    _words("according_endings", "kiwipiepy forms of the ending that makes a one-word verb of 'according' name a "
                                "source (Korean 면: 따르면, 의하면); in another form (따라 'in line with', 의해 'by') it names "
                                "none", False),
    _words("quotative_endings", "word endings that close reported speech (Korean)", False),
    _words("cue_form_endings", "pairs 'ending>other' of a word form and another form of the same verb ('ed>ing': "
                               "'captured' gives 'capturing'); every one-word measure cue with the first ending of "
                               "a stem of four letters or more is a cue in the other form too", False),
    _words("action_noun_endings", "pairs 'verb ending>noun ending' that make a verb's noun of action ('ировать>"
                                  "ация': 'ликвидировать' gives 'ликвидация'; 'ити>ення': 'знищити' gives "
                                  "'знищення'): every one-word measure verb of an event or a status (rank 1 or 2) "
                                  "whose noun so made is a dictionary noun (pymorphy3) has that noun as a cue of its "
                                  "measure too ('сообщила о ликвидации восьми боевиков')", False),
    _words("name_case_endings", "pairs 'ending>other' of a one-word name in the nominative and in another case "
                                "('а>и': 'Вясна' gives 'Вясни'; an empty first ending stands for a name that ends in "
                                "a consonant: '>у' gives 'Кабару'): a registry name the dictionary (pymorphy3) does "
                                "not hold is found in those forms too (``registry.case_forms``)", False),
    _words("light_verbs", "verbs that make a verb of a noun (Korean 하다, 되다): each measure noun with them is a cue "
                          "too (투입 -> 투입하다)", False),
    _words("kin_nouns", "nouns of the relatives of people ('mother', 'parents', 'families'): with ``partitive_words`` "
                        "before a number ('a mother of four') they count a family's children, no people of a measure; "
                        "right after a measure's noun in the people's phrase they name whose relatives are counted "
                        "('실종자 가족 50명'), not what befell the people", False),
    _words("contrast_endings", "endings of a verb that join a contrasting clause (Korean -지만, -으나): a cue before "
                               "the number that ends so belongs to the clause before", False),
    _words("worker_nouns", "nouns of people at work for a business ('employees', 'labourers'): a verb of deploying "
                           "them puts them to a job, no deployment (Korean '직원 12명이 투입됐다')", False),
    _words("clause_endings", "endings of a verb that close its clause (Korean -고, -며): a cue before the number "
                             "that ends so belongs to the clause before", False),
    _words("connective_tags", "morpheme tags of the endings that join a verb to the next clause (Korean EC: "
                              "'급파해', '숨지고'): a measure verb so ending after a number is the number's last cue",
           False),
    _words("modifier_cues", "measure nouns that, right after another measure noun, only say what it came from "
                            "(Russian 'жертв отравления': victims of a poisoning): the noun before decides", False),
    _words("part_first_words", "subset words that follow the part they include (Korean 포함: '2명을 포함해 모두 "
                               "9명'); after a number, other subset words follow the whole ('38명 가운데 12명')", False),
    _words("transition_endings", "verb endings that say the verb's state gave way to the next one (Korean -다가: "
                                 "'병원에 옮겨졌다가 숨졌다', taken to hospital, then died): the later measure cue wins",
           False),
    _words("negation_words", "words of negation: a measure cue right after one says what did not befall the people "
                             "('які не потребували допомоги': no one in need), so it is no cue", False),
    _words("harm_words", "words of harm that count the dead with the hurt ('постраждали', 'пострадавшие'): a number of "
                         "them whose part died, named right after it ('троє з них загинули'), counts the dead or "
                         "wounded", False),
    _words("degree_words", "adverbs of degree ('серйозно', 'тяжело'): a none of a word of concord_none_words whose "
                           "verb one qualifies ('ніхто серйозно не постраждав') is no count of zero", False),
    _words("concord_none_words", "words of none that take a negated verb ('никто не погиб', 'ніхто не постраждав', "
                                 "'ни один человек не пострадал'): the negation agrees with the none, so the cue after "
                                 "it is still what the none is about (a count of zero of that measure)", False),
    _words("care_arrival_verbs", "verbs of being brought to or coming to a place of care ('доставлены', 'поступили'): "
                                 "after a place of care named before them ('в больницу Новотроицка доставлены 15'), "
                                 "the people counted are the hurt", False),
    _words("receiving_verbs", "verbs of a place of care taking people in ('received', 'admitted', 'приняла'): with "
                              "a noun of care_places as their subject, the people counted are the hurt", False),
    _words("staying_verbs", "verbs of staying somewhere ('перебувати', 'находиться', 'remain'): with a place of "
                            "care_places, custody_places or shelter_places in their clause, the people counted are the "
                            "hurt, the held or the displaced", False),
    _words("unfound_verbs", "verbs of being found, reached or coming back ('повернутися', 'зв'язатися', 'trace', "
                            "'돌아오다'): each in each of the table's failing_frames is a cue of the missing ('не "
                            "вдається зв'язатися', 'unable to trace', '돌아오지 않다')", False),
    _words("failing_frames", "how the language says a verb did not happen, with {verb} for a verb's dictionary form "
                             "and {stem} for it without the Korean ending 다 ('не {verb}', 'did not {verb}', "
                             "'{stem}지 않다')", False),
    _words("inability_frames", "how the language says a verb could not happen, written as failing_frames are ('не "
                               "вдатися {verb}', 'unable to {verb}', '{stem}지 못하다'): with a verb of coming back "
                               "and a home after it, the people are displaced ('не змогли повернутися додому'), where "
                               "not coming home at all is being missing ('не повернулися додому')", False),
    _words("name_nouns", "nouns of a person's name ('ім'я', 'прізвище', 'имя', 'фамилия', 'names'): a count of "
                         "them on a list or a memorial of the dead counts the dead", False),
    _words("list_nouns", "nouns of a list of people ('список', 'реєстр', 'перелік', 'list', 'register'): a count of "
                         "names in one is of the list of the dead the article named before", False),
    _words("evacuation_words", "verbs and participles of evacuating ('евакуювати', 'эвакуировать', 'evacuated'): a cue "
                               "of the displaced that a stay of a while takes back (``temporary_words``, a "
                               "``returning_verbs`` after it, or ``adjacency_words`` before a ``building_nouns``)", False),
    _words("temporary_words", "adverbs and phrases of a stay of a while ('тимчасово', 'на час', 'временно', "
                              "'temporarily'): an evacuation so said is no displacement", False),
    _words("adjacency_words", "words that place a thing beside the scene ('прилеглий', 'сусідній', 'соседний', "
                              "'nearby'): before a ``building_nouns`` they name the surroundings evacuated for a while", False),
    _words("building_nouns", "buildings and their parts and streets ('будинок', 'під'їзд', 'вулиця', 'подъезд', "
                             "'building'): the surroundings of an incident, not a settlement that people leave", False),
    _words("returning_verbs", "verbs of coming back ('повернутися', 'return', '돌아오다'): in each of the "
                              "failing_frames a cue of the missing ('не повернулися'), unless the people counted "
                              "left their homes (a cue of the displaced in the clause: '집을 떠난 주민 가운데 아직 "
                              "돌아오지 못한 사람'), who are still displaced", False),
    _words("home_complements", "complements of a verb of coming back that name the home left ('додому', 'home', "
                               "'to their homes'; with {} for the verb's phrase where the complement goes before it, '집으로 {}'): a "
                               "returning verb in an inability frame with one is a cue of the displaced ('не змогли "
                               "повернутися додому'), not of the missing", False),
    _words("grave_places", "nouns of graves ('могила', 'поховання', 'grave', '무덤'): with a verb of staying_verbs "
                           "('лежать', 'lie'), the people counted are the dead buried there", False),
    _words("burial_prepositions", "prepositions that put people inside a grave ('in', 'в', 'під'): a grave of "
                                  "grave_places is where the people counted lie only after one", False),
    _words("trapped_places", "nouns of places where people who remain are trapped ('mine', 'shaft', '갱도'), or of "
                             "what they may be trapped under ('завал', 'уламок'): with a verb of staying_verbs, the "
                             "people counted are missing; a place one may simply be in ('шахта') only for a table "
                             "whose staying_verbs are verbs of remaining, not of being ('находиться')", False),
    _words("custody_places", "nouns of places of custody ('в'язниця', 'тюрьма', 'jails')", False),
    _words("shelter_places", "nouns of places of shelter for people who left their homes ('укриття', 'shelters')",
           False),
    _words("household_nouns", "nouns of households ('сім'я', 'семья', 'families'): a count of them restated beside a "
                              "count of people ('212 семей (1 034 человека)') is no claim of its own", False),
    _words("restating_words", "words after a comma that restate a count in other units ('или', 'або', 'or')", False),
    _words("case_nouns", "nouns of cases recorded ('случай', 'випадок'): with an event's noun right after them in "
                         "the genitive ('148 случаев исчезновения') they count the people it befell", False),
    _words("academic_nouns", "nouns of universities, institutes and academies ('университет', 'школа экономики' keyed "
                             "as школа): such a body that names no place, in a story of the outlet's own country, is "
                             "that country's", False),
    _words("figure_nouns", "nouns of a figure whose value follows after a dash or a colon ('называют другую цифру — "
                           "шесть человек'): the value counts what the count of the sentence before counted", False),
    _words("such_words", "words between a number and a noun of cases that point back to the count before it in the "
                         "sentence ('два таких случая', 'two such cases'): the number counts what that count counted",
           False),
    _words("aimed_words", "a measure cue with the word right after it that make an act aimed at the people, which "
                          "need not have reached them ('were shot at but not hurt'): no cue", False),
    _words("sending_verbs", "verbs of sending people somewhere ('направили 400 рятувальників'): people of no measure "
                            "(rescuers) sent are deployed personnel; not people merely engaged at the scene", False),
    _words("engaging_verbs", "verbs of putting people to a work already under way ('привлечены', 'задействованы', "
                             "'залучено'): rescuers or people at large engaged are rescuers at work, no deployment; "
                             "troops and police engaged are deployed", False),
    _words("people_at_large", "nouns of people of no kind ('человек', 'люди', 'осіб'): engaged in a work under way "
                              "they are rescuers at work (see engaging_verbs)", False),
    _words("rescuer_nouns", "nouns of rescuers ('спасатель', 'рятувальник'), also as the last part of a compound "
                            "after a linking vowel ('горноспасатель', 'гірничорятувальник'): engaged in a work under "
                            "way they are at work (see engaging_verbs)", False),
    _words("personnel_nouns", "nouns of people at work for a service ('полицейские', 'медики', 'волонтеры'): a verb "
                              "of arriving deploys them (see arrival_verbs)", False),
    _words("desertion_words", "words of leaving military service without leave ('deserted', 'AWOL', 'самовільно', "
                              "'самовольно', 'дезертировать', '탈영'): soldiers counted near one serve no longer, so a "
                              "noun of troops counts no deployment ('5,000 soldiers who had gone AWOL returned')", False),
    _words("membership_words", "phrases that make the people of a sentence members of a unit ('у складі', 'в "
                               "составе', 'in the ranks of'): with a noun of ``force_nouns`` right after, the people "
                               "its verb of arriving counts set out as its personnel ('в составе батальона отправились "
                               "312 человек')", False),
    _words("distributive_prepositions", "a preposition of 'each' between a plural noun in the instrumental and a "
                                        "number ('группами по 15 человек'): the size of each, not a count", False),
    _words("arrival_verbs", "verbs of arriving ('прибыли', 'прибули'): a deployment only of people of that measure or "
                            "of no noun ('еще тысяча прибудет'); of other people named ('прибыли 700 мигрантов') they "
                            "count arrivals, no claim", False),
    _words("unit_suffixes", "endings of a unit's own name glued to it (Korean 부대, 대대, 선발대: '동명부대'): the "
                            "people counted right after it are personnel, whom a verb of arriving or leaving deploys",
           False),
    _words("rotation_counters", "counters glued to a number that name a unit's rotation (Korean 진: '31진'): the people "
                                "counted after it are that rotation's personnel (see unit_suffixes)", False),
    _words("participle_endings", "endings of a participle that opens a clause inserted between a subject and its verb "
                                 "('X, speaking on condition of anonymity because …, told'; English -ing)", False),
    _words("increment_words", "words after a number that count more of the people counted before it in the sentence "
                              "('16 died at the scene and three others on the way', '54 bodies …, and 14 more were "
                              "recovered'): it takes that number's measure", False),
    _words("earlier_markers", "words right before a number that make it the earlier figure of a count revised in the "
                              "same sentence ('rose to 11, … up from seven', 'против 7 накануне'): it takes the measure "
                              "of the number before and is a claim of the one who revised it", False),
    _words("personal_pronouns", "pronouns of a person ('he', 'she'): they never point back to a body named by its name "
                                "alone ('Amnesty International said …. He said …')", False),
    _words("passive_auxiliaries", "auxiliaries of the passive before a verb of saying ('were reported', 'was added'): "
                                  "its subject is what was said, and only its agent after the table's "
                                  "agent_prepositions speaks", False),
    _words("passive_complements", "words after a passive verb of saying whose subject does speak ('was quoted as "
                                  "saying')", False),
    _words("increment_before", "words before a number that count more of the people counted before ('another four'): "
                               "with no measure of its own, in the sentence after a count, it takes that count's "
                               "measure", False),
    _words("purpose_words", "words that open a purpose clause after the people counted ('sent 60 volunteers to help move "
                            "the injured'): a cue inside it says why they were sent, not what befell them", False),
    _words("purpose_not_after", "words after which a purpose word opens no purpose clause but the verb's complement "
                                "('forced to evacuate')", False),
    _words("person_titles", "titles after a person's name ('카림 씨는'): the phrase before one names a person, a "
                            "speaker", False),
    _words("plural_endings", "endings that make a noun plural ('sources'): 'the source' points back to 'two security "
                             "sources'", False),
    _words("agent_prepositions", "the preposition of a passive's agent ('reached by telephone'): a participle and "
                                 "its agent between a subject and its verb are no part of the subject", False),
    _words("passive_endings", "endings of a passive participle ('reached', 'contacted')", False),
    _words("institution_roles", "roles of a person who speaks for an institution of the place, neither a state's nor "
                                "no one's (a parish priest, an imam, a village head, a community leader, a founder; "
                                "'священник', 'засновниця', '신부') and the institutions so named (a church, a mosque, a "
                                "collective): such a speaker takes the story's country, a witness or a resident none",
           False),
    _words("heading_verbs", "verbs of heading a body ('who heads the Sumy branch of the Red Cross', 'який очолює', "
                            "'которая возглавляет'): a person named with such a relative clause speaks for the body",
           False),
    _words("denial_markers", "the words after a comma that set a figure aside as the one a correction rejects ('killed "
                             "52, not 43', 'погибли 63 человека, а не девять'): the number after them is no claim",
           False),
    _words("accordance_nouns", "the norms a deed is done in keeping with ('according to Islamic rites', 'according to "
                               "the law'): the object of a phrase of 'according to' that ends on one is no speaker",
           False),
    _words("finding_verbs", "verbs of finding, ruling and establishing ('the inquiry found that …', 'a coroner has "
                            "ruled that …', 'Coroner rules six victims were unlawfully killed'): a body that finds "
                            "states the count of the clause it rules on; one is a verb of saying only before that "
                            "clause (a complementizer, or a number whose clause has a finite verb) or closing its "
                            "clause, never before its object ('found guilty', 'found 12 bodies', 'ruled out')", False),
    _words("complementizers", "the word that opens a reported clause after a verb of saying ('adding that …'): a cue "
                               "before the verb is of another clause than a number after it", False),
    _words("valuing_verbs", "verbs of valuing an estimate ('put the number of people missing at 12'): the object "
                            "between one and the table's value_prepositions names what the value counts", False),
    _words("value_prepositions", "the preposition of an estimate's value ('at 12')", False),
    _words("document_prepositions", "prepositions right after a document's noun that name its author ('according "
                                    "to the latest update from the IOM', 'a report by the agency')", False),
    _words("noun_prepositions", "prepositions after which a verb of saying is its noun ('fled for fear of landslides', "
                                "'amid fears of'): no verb, so it gives no speaker", False),
    _words("leaving_determiners", "the determiners between a verb of leaving and the place left ('the', 'their')", False),
    _words("care_prepositions", "prepositions of carrying people to a place of care ('taken by ambulance to the county "
                                "hospital'): after a verb of removal_verbs, with a noun of care_places, the hurt", False),
    _words("care_places", "nouns of places of care ('hospital', 'clinic'; 'medical' of 'medical centre')", False),
    _words("infinitive_markers", "the word of an infinitive ('to'): a passive verb of saying's agent ends before it and "
                                 "an auxiliary ('are said by the army to have been killed': the army speaks)", False),
    _words("raising_infinitives", "auxiliaries that open an infinitive after a verb of saying in a reduced passive "
                                  "('men believed to be fighters', 'a group said to have'): no one speaks", False),
    _words("saying_governors", "words of wish, regret, pleasure or ability that take a verb of saying in the infinitive "
                               "('wishes to inform', 'regrets to announce', 'is pleased to confirm', 'has the honour to "
                               "report'): no part of the subject, who speaks", False),
    _words("infinitive_speech_verbs", "verbs of saying whose subject speaks before an infinitive too ('the group "
                                      "claimed to have killed 40')", False),
    _words("destination_particle_tags", "morpheme tags of the particles of place ('지역에': to the area): a country so "
                                        "named before a verb of sending is where people are sent", False),
    _words("universal_words", "words of all the people just counted that open the next sentence ('Усі', 'Всі вони', "
                              "'Все они'): what that sentence says befell them is the measure of the last number "
                              "before, when that number has none of its own", False),
    _words("resuming_pronouns", "personal pronouns of the third person plural that open a clause after a comma and "
                                "take up the people a number opening the clause before counted ('Двоє лижників "
                                "вибралися самі, вони отримали травми'): that clause's verb says what befell them",
           False),
    _words("informant_nouns", "nouns of an unnamed informant ('источник', 'собеседник', 'джерело'): one of a news "
                              "outlet named right after it by its name alone ('источник SHOT', 'Местный источник AFP') "
                              "is an unknown source the outlet relays, of no body and no country (not one placed in a "
                              "body: 'источник НГС в силовых структурах')", False),
    _words("stump_prefixes", "the cut first syllables of an adjective that a stump compound glues to a body's noun "
                             "('гос', 'обл', 'опер': 'госкомиссия', 'облпрокуратура', 'оперштаб'): such a word is the "
                             "role its noun is", False),
    _words("rest_words", "words before a number that count the rest of the people a noun before the number before "
                         "named ('사망자 11명의 신원이 확인됐으며 나머지 2명은': the rest of the dead)", False),
    _words("diplomatic_words", "a state's diplomatic offices and their staff ('consul', 'embassy'): one named bare speaks "
                               "for the state the article names beside such a word ('the consulate of Ukraine'), its "
                               "sending state, else for the article's home, not the host country of the story", False),
    _words("mission_words", "words of a contingent a state keeps abroad ('mission', 'contingent', 'peacekeepers', "
                            "'миротворці', '파병'): a state body named bare whose sentence speaks of such people, in an "
                            "article that names its home, speaks for the home, the sending state, not for the host "
                            "country of the story ('two officers serving with the mission in Haiti were killed, the "
                            "National Police Service said' in a Kenyan paper)", False),
    _words("branch_words", "words after a country that make a body's branch there ('굿네이버스 케냐 지부': the Kenya "
                           "branch): that country is where the branch is, not whose the body is", False),
    _words("about_markers", "the word opening a release's closing note on its issuer ('About the IFRC'): that body "
                            "is the release's issuer", False),
    _words("home_words", "words that speak of the home country's own people or state ('우리 국민', '교민', '한국인'): a "
                         "home body named bare in such a sentence is the home country's, even in news of another", False),
    _words("state_offices", "nouns of the offices that speak for a whole state abroad (a ministry, a department, the "
                            "government, an embassy; an ombudsman or a commissioner for its people held or missing "
                            "abroad, a headquarters for its prisoners of war): one named bare in an article whose home (its outlet's country, "
                            "else the language's) is not the story's speaks for the home when its sentence or the "
                            "story's lede speaks of the home's people ('the ministry said 42 Kenyans are held in "
                            "Myanmar'), unless a word of the place makes it local ('the provincial police')", False),
    _words("demonym_endings", "pairs 'ending of a noun of a nation's people>ending of the country's name' that read such "
                              "a noun as its country's people ('ець>а': українець, Україна; 's>': Kenyans, Kenyan): "
                              "a home office speaking of them speaks for the home (see state_offices)", False),
    _words("home_people", "words and phrases of the home's own people, whatever its name ('compatriots', 'our nationals', "
                          "'співвітчизники', 'наши граждане'): a home office speaking of them speaks for the home (see "
                          "state_offices)", False),
    _words("final_ending_tags", "morpheme tags of the endings that close a sentence (Korean EF): a word so read inside "
                                "a speaker's noun phrase is a foreign name misread ('쿠람 지역 경찰', '다와 보루')", False),
    _words("predicate_tags", "morpheme tags of the endings of a clause's verb (Korean EF, EC): a status cue there "
                             "says what befell the people a status noun before the number names ('난민 70명이 "
                             "억류됐다': captured)", False),
    _words("joining_particles", "particles glued to a number that join it to the next (Korean 과, 와: '10명과 1명이 "
                                "실종'): it takes the next number's measure", False),
    _words("head_suffixes", "Korean suffixes that name the head of the body before them (지부장: the head of a 지부): a "
                            "compound of a role and one of them is a role", False),
    _words("office_suffixes", "one-letter endings that make a compound of three letters or more a ministry or central "
                              "office of the state (Korean 부 ministry, 처 office: 법무부, 보훈부), unless its last two "
                              "letters are a role of their own (본부 headquarters, 지부 branch): named bare in home news, "
                              "the home's", False),
    _words("role_suffixes", "one-letter endings that make a compound of three letters or more a state body (Korean "
                            "청 agency, 부 ministry, 도 province: 산림청, 경북도)", False),
    Key("sound_letters", "labels", "letters (Korean: initial jamo, final jamo written '-ㄴ') of the language's script "
                                   "-> a class of sound (K, T, P, S, M, N, R; '' drops the letter): the skeleton by which "
                                   "a place's name in this script is matched to pycountry's Latin names "
                                   "(places.sound_key)", False),
    Key("sound_letters_latin", "labels", "Latin letters and letter groups of a place's name -> its class of sound as "
                                         "this language writes it ('S|K|': any of these, so 'j' of Jawa, Jalisco, "
                                         "Jeju); the longest group first", False),
    Key("sound_words", "labels", "words of a place's name in this script or in Latin that are no sound of it: a "
                                 "compass word -> W, E, N, S, C ('західна', 'barat', '서'); an administrative word -> ''"
                                 " ('oblysy', 'state')", False),
    Key("sound_last_vowel", "text", "'keep' or 'drop': does a name's last vowel count in its sound key (dropped where "
                                    "the language inflects a foreign name's ending: 'Ніїгата', 'Ніїгати')", False),
    _words("administrative_nouns", "nouns of a country's division before its name ('провінції Хайбер-Пахтунхва') or "
                                   "after its adjective ('Самаркандської області'): the name is matched by its sound",
           False),
    Key("administrative_kinds", "labels", "words of a division's kind -> the kinds of pycountry's first-level "
                                          "divisions they name, '|' between kinds ('state': 'State|Land'): a name with "
                                          "such a word is the division of that kind ('Niger State' is Nigeria's, not the "
                                          "country Niger)", False),
    _words("administrative_adjective_endings", "endings of an adjective made from a place's name, in its dictionary "
                                               "form ('ський': 'Самаркандської області' is Samarqand's)", False),
    _words("administrative_suffixes", "endings glued to a division's name (Korean 주, 도, 현, 성: '카치나주'): the name "
                                      "before it is matched by its sound", False),
    Key("nationalities", "labels", "nationality adjectives and short country names -> ISO 3166 alpha-2 code ('' for "
                                   "none)", True),
    Key("shared_offices", "labels", "office words of nationalities that several states have -> those states' codes, "
                                    "'|'-joined ('аким': 'KZ|KG'): the text's country among them decides, else the "
                                    "nationality's", False),
    _words("international_words", "words that make a speaker international (no country)"),
    Key("scope_cues", "section", "window, rate, planned, share: cue words of each scope", True,
        tuple(Key(name, "words", f"cue words of a {name} scope") for name in SCOPE_NAMES)),
)


def check_table(table: Any, name: str) -> dict:
    """Check an extraction table against ``SCHEMA``; return it, or raise ``TableSchemaError`` for the first problem.

    Examples
    --------
    >>> check_table(["not", "a", "table"], "xx.yaml")
    Traceback (most recent call last):
    ...
    analysis.normalise.table_schema.TableSchemaError: extraction table 'xx.yaml': must be a mapping of keys to values; found list
    """
    where = f"extraction table {name!r}"
    check_keys(table, SCHEMA, where)
    if table["morphology"] not in MORPHOLOGIES:
        raise TableSchemaError(f"{where}: morphology {table['morphology']!r} is not one of {', '.join(MORPHOLOGIES)}")
    if table["according_object"] not in ("before", "after"):
        raise TableSchemaError(f"{where}: according_object must be 'before' or 'after', got {table['according_object']!r}")
    limit = table["max_unknown_words"]
    if not isinstance(limit, int) or limit < 0:
        raise TableSchemaError(f"{where}: 'max_unknown_words' must be a whole number >= 0, got {limit!r}")
    for metric, entry in table["measures"].items():
        if entry["rank"] not in (1, 2, 3):
            raise TableSchemaError(f"{where}: the rank of measure {metric!r} must be 1, 2 or 3, got {entry['rank']!r}")
    home = table.get("home_country", "")
    if home and not (len(home) == 2 and home.isalpha() and home.isupper()):
        raise TableSchemaError(f"{where}: 'home_country' must be an ISO 3166 alpha-2 code or '', got {home!r}")
    for word, code in table["nationalities"].items():
        if code and not (len(code) == 2 and code.isalpha() and code.isupper()):
            raise TableSchemaError(f"{where}: nationality {word!r} must map to an ISO 3166 alpha-2 code or '', "
                                   f"got {code!r}")
    return table
