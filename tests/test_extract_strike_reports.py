"""Morning reports of overnight strikes on cities: whom a bare body speaks for when its sentence names the other side.

Sentences written for these tests (none is copied from an article). A body named without its country (a ministry, a
city's or a region's head, "the department") in a paper of one side of a war speaks for that side, the outlet's home,
when its sentence names the other side as the one that did the harm or lost the people counted:

- the side a hostile act came from, after a side noun ("обстрел Горловки со стороны ВСУ", "обстріл з боку РФ") or as
  the forces acting ("обстрела Вооруженными силами Украины", "shelling by Russian forces");
- the side that lost people ("ВСУ за сутки потеряли", "Russia has lost 900,000 troops") or whose losses a cue names
  ("потери ВСУ", "Russian losses");
- and the gazetteer's country of a city the other side shelled is then no country of the body ("a Russian-installed
  head of a city in occupied Ukraine"). A sentence that points back ("Об этом сообщил глава города") reads the other
  side of the sentence it points to.

Distractors: a body of the other side named with its country keeps it; a side noun with no hostile act before it is
where a speaker stands; the side that lost people in an article that never names the outlet's home says nothing; a
body of a place the other side's sentence does not name keeps its place.

And a body's nationality before its role noun wins over the region after it, which is the territory it runs
("Окупаційна влада Херсонщини": Russia's, not Ukraine|Russia).
"""

from __future__ import annotations

import pytest

from analysis.extract.pipeline import extract_rows


def _rows(text: str, document: str, lang: str) -> list[tuple[str, str, str]]:
    return [(r["stated"], r["metric"], r["country"]) for r in extract_rows(text, lang=lang, document=document)]


OTHER_SIDE = [
    # a Russian paper: the other side lost the people counted (a headline's body, then the lede's)
    ("ria_2025-03-02_losses_lang-ru.txt", "ru",
     "Минобороны: ВСУ за сутки потеряли до 640 военнослужащих\n\nМОСКВА, 2 марта. Российские войска продолжают "
     "наступление.",
     [("до 640", "killed_or_wounded", "RU")]),
    ("ria_2025-03-02_losses_lang-ru.txt", "ru",
     "Российская армия продвинулась.\n\nПотери ВСУ в Запорожской области составили до 120 военнослужащих, сообщили "
     "в ведомстве.",
     [("до 120", "killed_or_wounded", "RU")]),
    # a Russian paper: a city's head of a city the gazetteer puts in Ukraine, shelled by the other side
    ("ria_2025-03-02_horlivka_lang-ru.txt", "ru",
     "Обстрел Горловки\n\nДва человека погибли при обстреле Горловки со стороны ВСУ, сообщил глава города. "
     "Российские военные отразили атаку.",
     [("Два", "killed", "RU")]),
    # ... in a lede whose speaker comes in the next sentence ("Об этом сообщил …")
    ("tass_2025-03-02_shelling_lang-ru.txt", "ru",
     "Обстрел города\n\nПять мирных жителей получили ранения в результате обстрела Вооруженными силами Украины "
     "Каховки в Херсонской области. Об этом сообщил глава администрации города Павел Филипчук. Российские ПВО сбили 12 ракет.",
     [("Пять", "wounded", "RU")]),
    # a Ukrainian paper: the other side lost the people counted
    ("ukrinform_2025-03-02_losses_lang-uk.txt", "uk",
     "Генштаб: Росія за добу втратила 1 130 військових\n\nЗСУ продовжують оборону.",
     [("1 130", "killed_or_wounded", "UA")]),
    # a Ukrainian paper in English (Kyiv Independent): a body counting the other side's losses
    ("kyivindependent_2025-03-02_losses.txt", "en",
     "Russia's war\n\nRussia has lost 880,000 troops since the start of the invasion, the General Staff reported. "
     "Ukraine's forces hold the line.",
     [("880,000", "killed_or_wounded", "UA")]),  # (troops lost over a period: a tally of losses, merc14)
]


@pytest.mark.parametrize("document, lang, text, expected", OTHER_SIDE)
def test_a_bare_body_does_not_count_against_its_own_side(document, lang, text, expected):
    assert _rows(text, document, lang) == expected


KEPT = [
    # the other side's body named with its country keeps it
    ("ria_2025-03-02_losses_lang-ru.txt", "ru",
     "Российская армия продвинулась.\n\nПотери российских войск составили 300 человек, сообщил Генштаб ВСУ.",
     [("300", "killed_or_wounded", "UA")]),
    # a side noun with no hostile act before it: where the speaker stands, not who did harm
    ("ria_2025-03-02_border_lang-ru.txt", "ru",
     "На границе\n\nСо стороны Казахстана пограничная служба сообщила, что задержаны 14 человек. Россия усилила "
     "охрану.",
     [("14", "captured", "KZ")]),
    # a Russian paper: a governor of a Russian region attacked by the other side keeps his region's country
    ("ria_2025-03-02_belgorod_lang-ru.txt", "ru",
     "Атака на Белгород\n\nПри обстреле Белгорода со стороны ВСУ ранены четыре человека, сообщил губернатор. "
     "Российские ПВО работали всю ночь.",
     [("четыре", "wounded", "RU")]),
    # a Ukrainian paper: the head of a Ukrainian region struck by Russia keeps Ukraine
    ("suspilne_2025-03-02_kharkiv_lang-uk.txt", "uk",
     "Удар по Харкову\n\nВнаслідок обстрілу Харкова з боку РФ загинули троє людей, повідомив голова ОВА. "
     "Українська ППО збила 20 дронів.",
     [("троє", "killed", "UA")]),
    # a world wire (no home): the side that lost people says nothing of the body, whose country is the story's
    ("reuters_2025-03-02_losses.txt", "en",
     "Front line\n\nUkraine has lost 40 soldiers near Pokrovsk this week, the regional governor said.",
     [("40", "killed_or_wounded", "UA")]),  # (a week's tally of troops lost, merc14's tally_periods)
]


@pytest.mark.parametrize("document, lang, text, expected", KEPT)
def test_distractors_keep_their_country(document, lang, text, expected):
    assert _rows(text, document, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Окупаційна влада Херсонщини заявила про загибель чотирьох людей.", [("чотирьох", "killed", "RU")]),
    ("uk", "Окупаційна адміністрація Запорізької області заявила, що загинули шестеро людей.",
     [("шестеро", "killed", "RU")]),
    ("ru", "Российский глава Херсонской области сообщил, что погибли семь человек.", [("семь", "killed", "RU")]),
    # distractors: one country only, before or after the role noun
    ("uk", "Голова Харківської ОВА повідомив, що загинули двоє людей.", [("двоє", "killed", "UA")]),
    ("en", "Russian and Ukrainian officials said 12 prisoners were exchanged.", [("12", "captured", "RU|UA")]),
])
def test_a_body_nationality_before_its_role_wins_over_the_region_it_runs(lang, text, expected):
    assert _rows(text, "", lang) == expected


ATTACKER = [
    # a world wire: the attacker as the subject of a verb of attack says nothing of a local body's country
    ("reuters_2025-03-03_kharkiv.txt", "en",
     "Overnight attack on Kharkiv\n\nRegional governor Oleh Syniehubov said Russia struck the city with glide bombs, "
     "killing two people.",
     [("two", "killed", "UA")]),
    ("reuters_2025-03-03_kharkiv.txt", "en",
     "Overnight attack on Kharkiv\n\nRussia launched 140 drones and six missiles overnight, killing at least five "
     "people in the city, the mayor said.",
     [("at least five", "killed", "UA")]),
    # a broadcaster's Ukrainian service: the other way round
    ("bbcukrainian_2025-03-03_belgorod_lang-uk.txt", "uk",
     "Атака на Бєлгород\n\nУкраїна вночі атакувала Бєлгородську область дронами, поранено шістьох людей, повідомив "
     "губернатор.",
     [("шістьох", "wounded", "RU")]),
    # a Russian paper: the attacker is the other side, so the gazetteer's country of the city shelled is not the body's
    ("ria_2025-03-03_horlivka_lang-ru.txt", "ru",
     "Обстрел Горловки\n\nВСУ ночью обстреляли Горловку, погибли три человека, сообщил глава города. Российские "
     "военные ответили.",
     [("три", "killed", "RU")]),
    ("ria_2025-03-03_horlivka_lang-ru.txt", "ru",
     "Обстрел Горловки\n\nВСУ нанесли удар по Горловке, ранены восемь человек, сообщил глава города. Российские "
     "военные ответили.",
     [("восемь", "wounded", "RU")]),
]


@pytest.mark.parametrize("document, lang, text, expected", ATTACKER)
def test_the_attacker_is_not_the_country_of_a_bare_body(document, lang, text, expected):
    assert _rows(text, document, lang) == expected


ATTACKED = [
    # the subject of a passive is the one struck
    ("reuters_2025-03-03_ukraine.txt", "en",
     "Ukraine war\n\nUkraine was struck by 90 drones overnight, and three people were killed, the air force said.",
     [("three", "killed", "UA")]),
    # a place, not a subject
    ("ria_2025-03-03_kursk_lang-ru.txt", "ru",
     "Ночная атака\n\nВ России ночью атаковали несколько регионов, пострадали шесть человек, сообщили в МЧС.",
     [("шесть", "wounded", "RU")]),
    # a Ukrainian paper: a Ukrainian body keeps Ukraine when Russia is the attacker
    ("ukrinform_2025-03-03_kharkiv_lang-uk.txt", "uk",
     "Удар по Харкову\n\nРосія вночі атакувала Харків дронами, загинули четверо людей, повідомив голова ОВА.",
     [("четверо", "killed", "UA")]),
]


@pytest.mark.parametrize("document, lang, text, expected", ATTACKED)
def test_the_attacked_and_places_keep_their_country(document, lang, text, expected):
    assert _rows(text, document, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a body stationed abroad (Korean 주 + the host + its own country): its own country, not the host's
    ("주한미군사령부는 훈련 중 장병 3명이 다쳤다고 밝혔다.", [("3", "wounded", "US")]),
    ("주일미군사령부는 사고로 병사 2명이 숨졌다고 발표했다.", [("2", "killed", "US")]),
    ("주한러시아대사관은 자국민 4명이 숨졌다고 밝혔다.", [("4", "killed", "RU")]),
    # distractors: 주 of a state's government, 주민 (residents)
    ("미국 플로리다 주정부는 주민 120명이 피난했다고 밝혔다.", [("120", "displaced", "US")]),
    ("주민센터 관계자는 주민 15명이 피난했다고 말했다.", [("15", "displaced", "KR")]),
])
def test_forces_stationed_abroad_belong_to_their_own_country(text, expected):
    assert _rows(text, "yonhap_2025-03-04_drill_lang-ko.txt", "ko") == expected


@pytest.mark.parametrize("text, expected", [
    # "one of" a set of weapons or strikes is no person: what the thing did follows its noun
    ("The military said one of the strikes killed a senior commander.", []),
    ("The army said one of the rockets hit a school in the town, the mayor said.", []),
    # distractors: a set of people, and a set whose noun of things is followed by more of its phrase
    ("Doctors said one of the wounded died in hospital.", [("one", "killed")]),
    ("Doctors said one of the drone strike victims died overnight.", [("one", "killed")]),
])
def test_one_of_a_set_of_things_counts_no_one(text, expected):
    assert [(r["stated"], r["metric"]) for r in extract_rows(text, lang="en")] == expected


@pytest.mark.parametrize("text, expected", [
    # a collective numeral counts people: the word after it is their noun, not an adjective of the thing after
    ("Источник в экстренных службах сообщил, что пропавшими числятся трое рабочих утренней смены.",
     [("трое", "missing")]),
    ("Губернатор сообщил, что погибли двое рабочих предприятия.", [("двое", "killed")]),
    # distractors: a cardinal before an adjective and a noun of things counts the things
    ("В МЧС сообщили, что на место прибыли два пожарных расчета.", []),
    ("В МЧС сообщили, что спасатели работали трое суток.", []),
])
def test_a_collective_numeral_counts_people(text, expected):
    assert [(r["stated"], r["metric"]) for r in extract_rows(text, lang="ru")] == expected
