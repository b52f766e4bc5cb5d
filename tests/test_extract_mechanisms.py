"""Mechanisms of attribution and measure found missing on unseen articles, each as a whole class of wording.

The sentences are our own; each test names what a reader would take from them (metric, number, country).
"""
import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, float, str]]:
    return extracted(text, lang, "metric", "low", "country", ordered=True)


@pytest.mark.parametrize("text, lang, code", [
    ("Министерство здравоохранения ДРК сообщило, что погибли 12 человек.", "ru", "CD"),
    ("Власти КНР сообщили, что погибли 12 человек.", "ru", "CN"),
    ("МВД ЮАР сообщило, что погибли 12 человек.", "ru", "ZA"),
    ("Уряд КНР повідомив, що загинули 12 людей.", "uk", "CN"),
])
def test_country_initials_name_the_country(text, lang, code):
    # initials of a country's name (from pycountry, not a hand list) say whose body speaks
    assert _rows(text, lang) == [("killed", 12.0, code)]


def test_initials_of_a_federal_body_are_no_country():
    from analysis.extract.language import language

    lx = language("ru")
    assert lx.countries.match(["фрс"], 0) is None  # the Federal Reserve, not the Federal Republic of Somalia


@pytest.mark.parametrize("text, lang", [
    ("Общество Красного Креста Кении заявило, что направило 1 200 волонтеров.", "ru"),
    ("Товариство Червоного Хреста Кенії заявило, що направило 1 200 волонтерів.", "uk"),
])
def test_national_society_named_by_its_country_in_the_genitive(text, lang):
    # "Креста Кении" is the Red Cross of Kenya: a dictionary word before a country is no first name + surname
    assert _rows(text, lang) == [("deployed", 1200.0, "KE")]


def test_citing_local_authorities_gives_the_source_not_the_agency():
    text = ("Наводнение в Кении\n\nПо меньшей мере 40 человек погибли при наводнении на западе Кении, "
            "сообщает агентство Франс Пресс со ссылкой на местные власти.")
    df = extract_claims(text, lang="ru")
    assert list(zip(df["metric"], df["low"], df["country"])) == [("killed", 40.0, "KE")]
    assert "власти" in df["organisation"].iloc[0]


@pytest.mark.parametrize("text", [
    "일본 규슈에 폭우가 쏟아졌다. 방위성은 자위대원 300명을 현지에 파견했다고 밝혔다.",
    "일본 규슈에 폭우가 쏟아졌다. 국토교통성 관계자는 자위대원 300명이 현지에 파견됐다고 말했다.",
])
def test_korean_ministry_ending_in_seong_is_a_state_body_of_the_context(text):
    # no Japanese ministry is listed by name: a compound ending in 성 is a state body, Japan comes from the context
    assert _rows(text, "ko") == [("deployed", 300.0, "JP")]


def test_korean_registry_body_under_a_foreign_ministry_is_that_state_s():
    text = ("니가타현에서 강한 지진이 났다. 총무성 소방청은 부상자 17명이 발생했다고 밝혔다. "
            "소방청은 이후 부상자가 21명으로 늘었다고 밝혔다.")
    assert _rows(text, "ko") == [("wounded", 17.0, "JP"), ("wounded", 21.0, "JP")]


def test_korean_bare_fire_agency_stays_korean_in_korean_news():
    assert _rows("경북 의성군에서 산불이 났다. 소방청은 부상자가 9명이라고 밝혔다.", "ko") == [("wounded", 9.0, "KR")]


def test_korean_then_ending_gives_way_to_the_later_verb():
    # 옮겨졌다가 … 숨졌다: taken to hospital, then died — the outcome counts
    text = "해경은 선원 6명을 구조했으나 이 가운데 2명은 병원으로 이송됐다가 숨졌다고 밝혔다."
    assert _rows(text, "ko") == [("killed", 2.0, "KR")]


@pytest.mark.parametrize("text, expected", [
    ("군 당국은 무장대원 15명을 제거했다고 주장했다.", [("killed", 15.0, "KR")]),  # eliminated: killed
    ("소방당국은 무너진 건물 잔해에 주민 6명이 갇혀 있다고 밝혔다.", [("missing", 6.0, "KR")]),  # trapped
    ("경찰은 수재민 800여명이 학교 체육관에서 지내고 있다고 밝혔다.", [("displaced", 800.0, "KR")]),
    ("병원 관계자는 \"환자 가운데 2명은 의식이 없는 상태\"라고 말했다.", [("wounded", 2.0, "KR")]),
    ("한국수자원공사에 따르면 이번 홍수로 7명이 숨졌다.", [("killed", 7.0, "KR")]),  # a public corporation speaks
])
def test_korean_wordings_of_the_measures_and_bodies(text, expected):
    assert _rows(text, "ko") == expected


def test_korean_number_before_among_is_the_whole_not_a_claim():
    # 승객 40명 가운데 9명이 다쳤다: the 40 are passengers; only the 9 are wounded
    assert _rows("경찰은 버스 승객 40명 가운데 9명이 다쳤다고 밝혔다.", "ko") == [("wounded", 9.0, "KR")]
    # but a part named before its whole (포함) still takes the whole's measure
    assert _rows("경찰은 어린이 3명을 포함해 모두 11명이 숨졌다고 밝혔다.", "ko") == [
        ("killed", 3.0, "KR"), ("killed", 11.0, "KR")]


def test_headline_with_two_quotations_each_its_own_source():
    text = '日 "산사태로 12명 실종"…美 "최소 30명 사망 추정"\n\n일본 정부는 12명이 실종됐다고 밝혔다.'
    df = extract_claims(text, lang="ko")
    head = df[df["start"] < text.index("\n")]
    assert sorted(zip(head["metric"], head["low"], head["country"])) == [("killed", 30.0, "US"), ("missing", 12.0, "JP")]


def test_korean_verb_joined_to_the_next_clause_is_the_number_s_last_cue():
    # 급파해 (dispatched, and …): the wounded treated in the next clause are other people
    text = "외교부는 직원 3명을 현지에 급파해 부상자 치료를 돕고 있다고 밝혔다."
    assert _rows(text, "ko") == [("deployed", 3.0, "KR")]


@pytest.mark.parametrize("text, lang", [
    ("Число жертв отравления метанолом в регионе выросло до 9 человек, сообщили в областном минздраве.", "ru"),
    ("Кількість жертв масового отруєння зросла до 9 людей, повідомили в обласному управлінні охорони здоров'я.", "uk"),
])
def test_injury_noun_after_victims_only_says_what_they_died_of(text, lang):
    assert [(m, v) for m, v, _ in _rows(text, lang)] == [("killed", 9.0)]


def test_bare_state_body_in_a_sentence_naming_home_and_another_country_is_the_home_one():
    # Ukrainian news: the Ukrainian army and Russian soldiers in one sentence; the bare General Staff is Ukraine's
    text = "ЗСУ взяли в полон 30 російських військових у Брянській області – Генштаб\n\nІнші подробиці уточнюються."
    assert _rows(text, "uk") == [("captured", 30.0, "UA")]


def test_dateline_capital_is_no_country_of_the_story():
    text = ("МОСКВА, 3 марта. /ТАСС/ — Не менее 20 человек погибли при крушении парома в Кении, "
            "сообщает агентство Рейтер со ссылкой на местные власти.")
    assert _rows(text, "ru") == [("killed", 20.0, "KE")]


def test_members_of_a_body_of_people_are_people():
    df = extract_claims('"Among the dead are three members of our crew," the coast guard said.', lang="en")
    assert list(zip(df["metric"], df["low"])) == [("killed", 3.0)]
    # members alone still count seats or states, not people
    assert extract_claims("The board has 12 members, the ministry said.", lang="en").empty


def test_people_crossing_a_border_are_displaced():
    df = extract_claims("Aid agency: 5,000 villagers have crossed into Chad in two weeks", lang="en")
    assert list(zip(df["metric"], df["low"])) == [("displaced", 5000.0)]


@pytest.mark.parametrize("text, lang, code", [
    ("Паром затонул у берегов Индонезии. Позднее в Damkar уточнили, что погибли 7 человек.", "ru", "ID"),
    ("A riot broke out in a prison in Ecuador. SNEP said three inmates were still unaccounted for.", "en", "EC"),
])
def test_body_s_short_name_speaks_for_the_article_s_country(text, lang, code):
    # an acronym, or a Latin-letter name in a Cyrillic text, names a body (not a person): most likely a local one
    df = extract_claims(text, lang=lang)
    assert list(df["country"]) == [code]
    assert df["confidence"].iloc[0] < 0.8  # less sure than a body named with its country


@pytest.mark.parametrize("text, lang", [
    ("Автобус упал в реку в Перу. Полиция сообщила, что среди погибших – водитель и трое туристов.", "ru"),
    ("Автобус впав у річку в Перу. Поліція повідомила, що серед загиблих – водій та троє туристів.", "uk"),
])
def test_people_listed_after_among_the_dead_share_the_measure(text, lang):
    assert [(m, v) for m, v, _ in _rows(text, lang)] == [("killed", 3.0)]


def test_rescued_before_the_people_does_not_block_what_befell_them():
    text = "Police said four of the rescued climbers were being treated for frostbite."
    assert [(m, v) for m, v, _ in _rows(text, "en")] == [("wounded", 4.0)]
    assert _rows("Police said four climbers were rescued.", "en") == []


@pytest.mark.parametrize("text, lang", [
    ("Peru's jails are crowded. More than 90 inmates have died since 2020, according to the Inter-American "
     "Commission on Human Rights.", "en"),
    ("По данным Межамериканской комиссии по правам человека, в тюрьмах Перу погибли более 90 заключенных.", "ru"),
])
def test_inter_state_commission_has_no_country(text, lang):
    assert list(extract_claims(text, lang=lang)["country"].fillna("")) == [""]


def test_verb_of_saying_after_a_determiner_or_number_is_a_noun():
    # "states" in "in the two states" is a noun: no speaker phrase swallows the cue before it
    text = "The aid group said more than 300 people spent the night in its shelters in the two states."
    assert [(m, v) for m, v, _ in _rows(text, "en")] == [("displaced", 300.0)]


def test_citing_a_state_body_of_several_words():
    text = ("Повінь у Бразилії\n\nЯк повідомляє портал R7 з посиланням на Цивільну оборону штату, "
            "у Бразилії загинули щонайменше 9 людей.")
    assert _rows(text, "uk") == [("killed", 9.0, "BR")]


def test_people_counted_with_a_modifier_before_them():
    # "11 gang members": members are people (not "15 fire tenders")
    assert [(m, v) for m, v, _ in _rows("Police said officers had killed 11 gang members.", "en")] == [("killed", 11.0)]
    assert _rows("Police said 15 fire tenders were sent.", "en") == []


def test_people_counted_in_a_clause_before_an_inserted_one_are_no_speaker():
    # the minister speaks after an inserted clause; "в больнице находятся двое пострадавших" is what he said
    text = ("В городской больнице находятся трое пострадавших, их состояние оценивается как тяжелое, "
            "сообщил министр здравоохранения республики.")
    df = extract_claims(text, lang="ru")
    assert list(zip(df["metric"], df["low"])) == [("wounded", 3.0)]
    assert "министр" in df["organisation"].iloc[0]


@pytest.mark.parametrize("text, lang, low", [
    ("Поліція повідомила, що двох дітей перевезли до обласної дитячої лікарні.", "uk", 2.0),
    ("Полиция сообщила, что двоих детей перевезли в областную детскую больницу.", "ru", 2.0),
    ("Поліція повідомила, що стан трьох дітей оцінюють як важкий.", "uk", 3.0),
    ("Полиция сообщила, что состояние трех детей оценивается как тяжелое.", "ru", 3.0),
])
def test_moved_to_hospital_or_in_serious_condition_is_wounded(text, lang, low):
    assert [(m, v) for m, v, _ in _rows(text, lang)] == [("wounded", low)]


@pytest.mark.parametrize("text, lang, speaker", [
    ("Как заявил, выступая по телевидению, губернатор края, погибли 4 человека.", "ru", "губернатор края"),
    ("Погибли 6 человек, заявил во вторник на брифинге глава администрации.", "ru", "глава администрации"),
    ("«Под завалами остаются трое», — сказал журналистам, побывав на месте, мэр города.", "ru", "мэр города"),
    ("«Під завалами залишаються троє», – сказав журналістам, побувавши на місці, мер міста.", "uk", "мер міста"),
])
def test_russian_ukrainian_subject_after_an_addressee_or_an_inserted_clause(text, lang, speaker):
    df = extract_claims(text, lang=lang)
    assert len(df) == 1 and df["speaker"].iloc[0] == speaker


def test_speaker_with_an_abbreviated_rank():
    df = extract_claims('"We have found 9 bodies," said Lt. Col. Maria Ortiz, who leads the search.', lang="en")
    assert list(df["speaker"]) == ["Lt. Col. Maria Ortiz"]


def test_people_still_trapped_are_missing():
    df = extract_claims("Fourteen workers remain trapped in the tunnel, the company said.", lang="en")
    assert list(zip(df["metric"], df["low"])) == [("missing", 14.0)]


def test_named_state_office_in_a_sentence_naming_home_and_another_country():
    text = "В результате атаки ВСУ на Курск погибли два человека, сообщил губернатор Иван Петров."
    assert _rows(text, "ru") == [("killed", 2.0, "RU")]


def test_number_joined_by_and_across_a_verb_of_saying_is_not_joined():
    # "the crowd at 5,000 and said 3 …": two clauses, the crowd is no count of the hurt
    df = extract_claims("Police estimated the crowd at 5,000 and said 3 people were hurt.", lang="en")
    assert list(zip(df["metric"], df["low"])) == [("wounded", 3.0)]


@pytest.mark.parametrize("text", [
    "Gunmen are holding 30 passengers of the seized bus, the bus company said.",
    "Of the 30 villagers abducted last month, 12 are still held, the governor said.",
    "Thirty workers held by the militia since June were freed on Sunday, the ministry said.",
])
def test_people_held_are_captured(text):
    # held / holding / still held, said of people, are captivity whatever the verb form around them
    assert "captured" in set(extract_claims(text, lang="en")["metric"])


def test_people_holding_a_meeting_or_warehouses_holding_goods_are_not_captured():
    text = "Police said 300 people held a rally, and two depots holding 900 tonnes of grain burned."
    assert "captured" not in set(extract_claims(text, lang="en")["metric"])


def test_a_bracketed_credit_of_the_home_desk_does_not_name_the_story_country():
    # "(서울=…)" says where the copy was written: local police of the story's place speak for that place
    text = ("(서울=한빛통신) 칠레 남부의 한 광산에서 붕괴 사고가 발생해 최소 9명이 숨졌다고 외신이 현지 경찰을 인용해 "
            "보도했다.")
    assert _rows(text, "ko") == [("killed", 9.0, "CL")]


def test_a_dateline_crediting_a_body_makes_the_copy_its_release():
    # "Place (Body) – …": the body's own release; a figure nobody else gives is the body's
    text = ("Kampala (UNHCR) – Our teams on Monday helped 300 refugees reach the transit centre.\n\n"
            "They were given food and water on arrival.")
    df = extract_claims(text, lang="en")
    assert list(zip(df["metric"], df["low"], df["organisation"].str.contains("Refugees"))) == [
        ("displaced", 300.0, True)]


def test_a_news_agency_in_the_dateline_issues_nothing():
    text = "Kampala (AP) – Our teams on Monday helped 300 refugees reach the transit centre."
    assert extract_claims(text, lang="en").empty


def test_a_paragraph_opening_on_among_them_counts_a_part_of_the_paragraph_before():
    text = ("Forty workers held by the militia were freed on Sunday, the ministry said.\n\n"
            "Among them were 12 nurses.")
    df = extract_claims(text, lang="en")
    assert list(zip(df["metric"], df["low"])) == [("captured", 40.0), ("captured", 12.0)]


@pytest.mark.parametrize("text, metric", [
    ('"We lost seven patients overnight," the hospital director said.', "killed"),
    ("About 900 families lost their homes in the fire, the mayor said.", "displaced"),
    ("The coach said the club lost 3 games in a row.", None),
])
def test_people_lost_are_dead_but_homes_lost_are_displacement(text, metric):
    assert set(extract_claims(text, lang="en")["metric"]) == ({metric} if metric else set())


@pytest.mark.parametrize("text, metric", [
    ("칠레 내무부는 당시 현장에 경찰 300여명이 배치돼 있었다고 해명했다.", "deployed"),
    ("칠레 반군은 성명을 내고 \"정부군 20명 이상을 처단했다\"고 주장했다.", "killed"),
])
def test_korean_explaining_is_saying_and_executing_is_killing(text, metric):
    assert set(extract_claims(text, lang="ko")["metric"]) == {metric}


# --- wire credits, short names, places of bodies, numbers that are no counts (session of 26 November) -----------

@pytest.mark.parametrize("text, lang", [
    ("TBILISI, May 3 /Interfax/ - Eleven miners died when a shaft flooded in Chiatura, Georgia's interior ministry "
     "said.", "en"),
    ("(Busan=Newsis) Eleven miners died when a shaft flooded in Chiatura, Georgia's interior ministry said.", "en"),
])
def test_a_wire_credit_names_no_speaker_and_its_desk_no_place(text, lang):
    from analysis.extract.credits import wire_credit
    from analysis.extract.language import language
    from analysis.extract.registry import registry_index

    end = wire_credit(text, 0, len(text), language(lang), registry_index(lang))
    assert text[end:].lstrip().startswith("Eleven")
    assert _rows(text, lang) == [("killed", 11.0, "GE")]


def test_a_dateline_without_an_agency_is_no_credit():
    from analysis.extract.credits import wire_credit
    from analysis.extract.language import language
    from analysis.extract.registry import registry_index

    text = "TBILISI, May 3 - Eleven miners died."
    assert wire_credit(text, 0, len(text), language("en"), registry_index("en")) == 0


def test_the_desk_of_an_agency_dateline_lends_no_country_to_a_body_named_bare():
    # the agency's bureau (a capital abroad) is where the copy was written; the story is in the city named after it
    text = ("Storm kills 14 in Kerala\n\n"
            "NEW DELHI, 4 Aug /Reuters/ - Fourteen people were killed in Thiruvananthapuram, the police said on Sunday.")
    rows = _rows(text, "en")
    assert rows and all(code == "IN" for _, _, code in rows)
    text = ("MOSCOW, 4 Aug /Interfax/ - Fourteen people were killed in Almaty when a bus overturned, "
            "the police said on Sunday.")
    assert _rows(text, "en") == [("killed", 14.0, "KZ")]


def test_a_short_name_given_in_brackets_names_the_country_later():
    text = ("(서울=연합뉴스) 중앙아프리카공화국(중아공) 북부에서 교전이 이어졌다.\n\n"
            "중아공 정부 대변인은 \"민간인 40명이 숨졌다\"고 말했다.")
    assert ("killed", 40.0, "CF") in _rows(text, "ko")


@pytest.mark.parametrize("credit", ["(부산=뉴스통신)", "[부산=뉴스통신]", "【부산=뉴스통신】", "（부산＝뉴스통신）"])
def test_a_credit_in_any_bracket_names_no_country_of_the_story(credit):
    # the city of a credit (full-width and lenticular brackets too) is where the copy was written; the local
    # authorities are the story's
    text = f"{credit} 박민수 기자 = 칠레 북부에서 지진이 일어나 27명이 숨졌다고 현지 당국이 밝혔다."
    assert _rows(text, "ko") == [("killed", 27.0, "CL")]


def test_a_korean_country_name_written_together_is_the_country():
    assert _rows("중앙아프리카공화국 보건부는 12명이 숨졌다고 밝혔다.", "ko") == [("killed", 12.0, "CF")]


@pytest.mark.parametrize("text, lang, code", [
    ("Nairobi-based monitoring group Sentinel Watch said 210 people were abducted last year.", "en", "KE"),
    ("The ship's owner, Oslo-based Fjord Tankers, said two sailors were missing.", "en", "NO"),
    ("The charity Open Hands, headquartered in Manila, said 45 people were missing.", "en", "PH"),
    ("영국에 본부를 둔 인권단체 '열린 손'은 45명이 실종됐다고 밝혔다.", "ko", "GB"),
])
def test_a_body_placed_by_a_city_or_country_takes_its_country(text, lang, code):
    assert {c for _, _, c in _rows(text, lang)} == {code}


@pytest.mark.parametrize("text, lang", [
    ("The UN office in Yemen said 60 civilians were killed.", "en"),
    ("유엔 예멘 사무소는 민간인 60명이 숨졌다고 밝혔다.", "ko"),
])
def test_an_international_body_s_office_in_a_country_stays_international(text, lang):
    assert _rows(text, lang) == [("killed", 60.0, "")]


@pytest.mark.parametrize("text, lang, kept", [
    ("유엔은 올해 예산의 약 40%만 확보됐으며 난민 5천명이 지원을 기다린다고 밝혔다.", "ko", [5000.0]),
    ("반군 단체 K77은 병사 12명을 생포했다고 밝혔다.", "ko", [12.0]),
    ("연구팀은 사망자가 공식 통계보다 많다는 분석을 내놨다.", "ko", []),
    ("The rebel group M18 said it had captured 12 soldiers.", "en", [12.0]),
])
def test_a_number_inside_a_word_or_a_particle_is_no_count(text, lang, kept):
    assert sorted(extract_claims(text, lang=lang)["low"]) == kept


def test_a_count_read_from_inside_a_word_keeps_the_number_of_the_next_word():
    text = "보건당국은 \"지난 주에만 120명이 숨졌다\"고 밝혔다."
    assert sorted(extract_claims(text, lang="ko")["low"]) == [120.0]


def test_a_noun_compared_with_is_no_subject_of_none():
    text = "질병청 관계자는 \"집계는 실제 부상자보다 적을 수밖에 없다\"고 말했다."
    assert extract_claims(text, lang="ko").empty


@pytest.mark.parametrize("text, metric", [
    ("경찰은 주민 300여 명이 인근 학교로 피신했다고 밝혔다.", "displaced"),
    ("마을 주민 12명이 무장 괴한들에게 끌려갔다고 경찰은 밝혔다.", "captured"),
    ("국방부는 자국군 약 2천명이 국경 지대에 주둔하고 있다고 밝혔다.", "deployed"),
])
def test_korean_taking_refuge_being_taken_away_and_being_stationed(text, metric):
    assert set(extract_claims(text, lang="ko")["metric"]) == {metric}


@pytest.mark.parametrize("text, metric", [
    ("Troops killed nine gunmen and arrested three others, the army said.", ["captured", "killed"]),
    ("Police said they were detaining 14 protesters.", ["captured"]),
    ("Rescuers said they were relocating 300 residents.", ["displaced"]),
])
def test_another_form_of_a_measure_verb_is_the_same_cue(text, metric):
    assert sorted(extract_claims(text, lang="en")["metric"]) == metric


def test_a_clause_before_a_list_of_countries_is_no_part_of_the_speaker():
    text = "Nine migrants drowned as they tried to reach Spain, Moroccan officials said."
    df = extract_claims(text, lang="en")
    assert list(zip(df["speaker"], df["country"])) == [("Moroccan officials", "MA")]


def test_according_to_its_body_names_the_country_of_its_sentence():
    text = "Chad, which sends the largest contingent, has 1,400 soldiers on the ground, according to its defence ministry."
    assert _rows(text, "en") == [("deployed", 1400.0, "TD")]


def test_a_nationality_of_the_people_counted_is_not_where_the_story_is():
    text = ("A boat sank off Lampedusa.\n\nThe Agrigento prosecutor's office said that four of the dead had been "
            "identified as Sudanese nationals.")
    assert {c for _, _, c in _rows(text, "en")} != {"SD"}


def test_a_count_of_things_does_not_end_the_clause_of_the_people_before_it():
    text = "At least 12,000 people had been moved to some 1,500 school shelters, the governor said."
    assert [(m, low) for m, low, _ in _rows(text, "en")] == [("displaced", 12000.0)]


def test_the_number_of_speakers_is_no_claim():
    text = "Militants killed at least 30 soldiers, three security sources said."
    assert [(m, low) for m, low, _ in _rows(text, "en")] == [("killed", 30.0)]


@pytest.mark.parametrize("text, metric", [
    ("One fisherman remains missing, the coast guard said.", "missing"),
    ("The remains of 14 victims were recovered, the coroner said.", "killed"),
])
def test_remains_is_a_body_only_as_a_noun(text, metric):
    assert set(extract_claims(text, lang="en")["metric"]) == {metric}


def test_volunteers_are_counted_in_no_measure():
    text = "The Red Cross said it had 400 volunteers on the ground."
    assert extract_claims(text, lang="en").empty


def test_a_frame_followed_by_a_number_word_is_no_closing_frame():
    text = "Peru says two soldiers killed, Ecuador reports three wounded"
    assert _rows(text, "en") == [("killed", 2.0, "PE"), ("wounded", 3.0, "EC")]


def test_the_cue_after_the_number_before_is_that_number_s():
    text = "칠레 당국 \"산불로 5명 사망·2천명 피난\""
    assert _rows(text, "ko") == [("displaced", 2000.0, "CL"), ("killed", 5.0, "CL")]


def test_a_list_shares_the_cue_after_its_first_number_when_the_items_have_none():
    text = "Rescuers said they had found eleven bodies, including seven women and two girls."
    assert sorted(m for m, _, _ in _rows(text, "en")) == ["killed", "killed", "killed"]


def test_a_part_may_name_its_people_between_the_subset_word_and_the_number():
    text = "보건부는 부상자가 30명이며, 이 가운데 어린이가 8명이라고 밝혔다."
    assert [(m, low) for m, low, _ in _rows(text, "ko")] == [("wounded", 8.0), ("wounded", 30.0)]


def test_a_korean_verb_joined_to_the_next_clause_ends_the_number_s_clause():
    text = "경찰은 \"사망자 중 3명은 학생이고 부상자는 20명이 넘는다\"고 밝혔다."
    assert sorted(m for m, _, _ in _rows(text, "ko")) == ["killed", "wounded"]


def test_a_spelled_korean_number_before_a_thing_counts_no_one():
    assert extract_claims("경찰은 주민들이 한 대피소에서 밤을 보냈다고 밝혔다.", lang="ko").empty


def test_a_korean_plural_is_keyed_as_its_noun():
    from analysis.extract.language import language

    assert language("ko").key("당국자들은") == language("ko").key("당국자는")
    assert [m for m, _, _ in _rows("인권단체들에 따르면 최소 20명이 숨졌다.", "ko")] == ["killed"]


def test_an_item_of_a_list_of_the_dead_is_dead_whatever_its_people_noun():
    text = "The dead included 11 civilians, two soldiers and four police officers, the governor said."
    assert [m for m, _, _ in _rows(text, "en")] == ["killed", "killed", "killed"]


@pytest.mark.parametrize("text, metric", [
    ('The army said its troops had killed "more than 30 militants" in the raid.', "killed"),
    ("Fifteen fishermen remained in Indian custody, the ministry said.", "captured"),
    ("About 70 residents had left the village overnight, the mayor said.", "displaced"),
])
def test_partial_quotations_custody_and_leaving_a_place(text, metric):
    assert set(extract_claims(text, lang="en")["metric"]) == {metric}


@pytest.mark.parametrize("text, lang, expected", [
    ("Rights groups said 30 protesters were detained.", "en", ""),
    ("Amnesty and other rights groups said 30 protesters were detained.", "en", ""),  # the one body named: its (no) country
    ("인권단체들에 따르면 시위대 30명이 숨졌다.", "ko", ""),
])
def test_rights_groups_speak_for_no_country(text, lang, expected):
    rows = _rows(text, lang)
    assert rows and all(code == expected for _, _, code in rows)


@pytest.mark.parametrize("text, metric", [
    ("The ambulance service said 23 people had sought medical help after the march.", "wounded"),
    ("Observers said they had counted at least 70 arrests during the rally.", "captured"),
])
def test_seeking_medical_help_and_counted_arrests(text, metric):
    assert set(extract_claims(text, lang="en")["metric"]) == {metric}


def test_money_in_a_currency_word_is_no_count():
    assert extract_claims("Customs officers seized 3 million rupees in cash, police said.", lang="en").empty


def test_a_name_after_a_lower_case_particle_is_a_speaker():
    text = "In a statement, al-Nasr Brigade said its fighters had killed 12 soldiers."
    df = extract_claims(text, lang="en")
    assert list(df["speaker"]) == ["al-Nasr Brigade"]


def test_a_korean_contingent_s_number_is_no_count():
    text = "합참에 따르면 동명부대 25진 장병 약 300명이 출국했다."
    assert [m for m, _, _ in _rows(text, "ko")] == ["deployed"]


@pytest.mark.parametrize("text, expected", [
    # a definite document as the subject stands for its issuer named before, as "it" would
    ("Ghana's interior ministry said 9 people had died in the storm. The statement added that 31 others were "
     "still missing.", [("killed", 9.0, "GH"), ("missing", 31.0, "GH")]),
    ("Fiji's disaster office said 6 people had died. The final assessment also said 140 people were injured.",
     [("killed", 6.0, "FJ"), ("wounded", 140.0, "FJ")]),
    # a document with no issuer named before is nobody's
    ("The statement said 40 people had been injured.", []),
])
def test_a_definite_document_speaks_for_its_issuer(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # an age in brackets after a name is neither a count nor the end of the speaker phrase
    ("칠레 내무부의 곤살레스 대변인(38)은 주민 14명이 숨졌다고 말했다.", [("killed", 14.0, "CL")]),
    ("주민 14명이 숨졌다고 칠레 내무부의 곤살레스 대변인(38)이 말했다.", [("killed", 14.0, "CL")]),
])
def test_an_age_in_brackets_after_a_korean_speaker(text, expected):
    assert _rows(text, "ko") == expected


@pytest.mark.parametrize("text, metric", [
    # ways of saying people left their homes, and prisoner swaps, as Korean stems
    ("케냐 정부는 홍수로 주민 2천여명이 집을 떠났다고 밝혔다.", "displaced"),
    ("케냐 정부는 홍수로 주민 2천여명이 삶의 터전을 잃었다고 밝혔다.", "displaced"),
    ("케냐 정부는 주민 2천여명이 구호 캠프에 머물고 있다고 밝혔다.", "displaced"),
    ("케냐 정부는 반군과 억류자 2천여명을 맞교환했다고 밝혔다.", "captured"),
])
def test_korean_leaving_home_and_swaps(text, metric):
    assert _rows(text, "ko") == [(metric, 2000.0, "KE")]


@pytest.mark.parametrize("text, expected", [
    # a passive report names its source after "by", past the measure word
    ("Fourteen sailors were reported missing by Peru's navy after the storm.", [("missing", 14.0, "PE")]),
    ("Six guards were reported killed by the Malian army in the ambush.", [("killed", 6.0, "ML")]),
    # the agent of the deed is no source
    ("Six guards were reported killed by Russian shelling near the port.", []),
])
def test_a_passive_report_names_its_source_after_by(text, expected):
    assert _rows(text, "en") == expected


def test_a_document_noun_after_an_owner_is_no_verb():
    # "its yearly report" is a document, not a verb of saying; "The report said" in the next sentence stands for
    # the body that released it (the subject of the sentence before), whose country no word gives
    text = ("The Ruritanian health office released its yearly report on Tuesday. The report said 40 people had "
            "been injured.")
    df = extract_claims(text, lang="en")
    assert _rows(text, "en") == [("wounded", 40.0, "")]
    assert list(df["speaker"]) == ["Ruritanian health office"]


def test_whereabouts_of_people_unknown():
    assert _rows("The whereabouts of 17 hikers remain unknown, Nepal's police said.", "en") == [("missing", 17.0, "NP")]


# --- 26 November, third session: classes from the misses of M, N, P (our own sentences) -------------------------------

@pytest.mark.parametrize("text, expected", [
    # a relative clause inserted between the subject and its verb
    ("A Kenyan provincial official, who asked not to be named because he had no leave to talk to the press, told "
     "AFP that 41 bodies had been found.", [("killed", 41.0, "KE")]),
    # a participle's clause, with "saying" after the verb
    ("Peru's health ministry, which has little access to the valley since the bridge fell, reported a lower "
     "figure, saying that 64 deaths had been recorded.", [("killed", 64.0, "PE")]),
    ("An officer of the Ghanaian police, speaking on condition of anonymity because he could not brief the press, "
     "said 12 people had died.", [("killed", 12.0, "GH")]),
    # an age, then a clause about the person
    ("Ana Lindqvist, 61, who sells bread in the port of Gavle, said 12 residents had left the town overnight.",
     [("displaced", 12.0, "")]),
])
def test_a_clause_inserted_between_the_subject_and_its_verb(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Six of the survivors were being treated for burns at the clinic, a Ghanaian health official said.",
     [("wounded", 6.0, "GH")]),
    ("The Ghana Red Cross said it was caring for the survivors, nine of whom had been taken to hospital.",
     [("wounded", 9.0, "GH")]),
    # survivors with no predicate of an event are still no claim
    ("Divers pulled 30 survivors from the lake, the Ghanaian navy said.", []),
])
def test_people_of_no_measure_take_the_predicate_that_befell_them(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the Ghanaian fire service said 11 people died in the blaze and two others on the way to the "
     "clinic.", [("killed", 2.0, "GH"), ("killed", 11.0, "GH")]),
    ('"We recovered 20 bodies from the river on Monday, and 6 more were pulled out today," the Peruvian police '
     "chief said.", [("killed", 6.0, "PE"), ("killed", 20.0, "PE")]),
])
def test_more_and_others_count_more_of_the_people_before(text, expected):
    assert _rows(text, "en") == expected


def test_a_participle_phrase_between_the_people_and_their_verb():
    text = ("Three Nepalese soldiers serving with the United Nations Interim Force in a southern district of "
            "Lebanon were wounded on Friday, the Nepalese army said.")
    assert _rows(text, "en") == [("wounded", 3.0, "NP")]


@pytest.mark.parametrize("text, metric", [
    ("Gunmen kidnap 14 farm workers in Guerrero, Mexican prosecutors say", "captured"),
    ("Armed men stopped a minibus and took away 9 passengers, the Mexican army said.", "captured"),
    ("Militants beheaded five of the hostages, the Nigerian army said.", "killed"),
    ("The Mexican interior ministry said it had registered 52 disappearances since January.", "missing"),
    ('"We have no contact with 8 of our miners," the Chilean mining minister said.', "missing"),
    ("The Japanese fire agency said one woman in her 70s remained unconscious.", "wounded"),
    ('"We are still searching for four hikers who have not been found," the Nepalese police said.', "missing"),
])
def test_verbs_and_nouns_of_each_measure(text, metric):
    assert [r[0] for r in _rows(text, "en")] == [metric]


def test_an_ordinal_inside_a_body_s_name_is_part_of_it():
    text = '"Twenty of our soldiers are being held in the hills," the Colombian army\'s 4th Brigade said.'
    df = extract_claims(text, lang="en")
    assert list(zip(df["metric"], df["low"], df["country"])) == [("captured", 20.0, "CO")]
    assert "4th Brigade" in df["speaker"].iloc[0]


@pytest.mark.parametrize("text, expected", [
    # each item of a list closed by 등 takes the measure of the whole after it
    ("필리핀 경찰은 무장괴한들이 관광객 4명과 현지인 통역사 1명 등 5명을 납치했다고 밝혔다.",
     [("captured", 1.0, "PH"), ("captured", 4.0, "PH"), ("captured", 5.0, "PH")]),
    ("캄보디아 경찰 대변인은 \"체포된 인원은 태국인 40명, 라오스인 30명, 한국인 12명 등 10여개국 국적자\"라고 말했다.",
     [("captured", 12.0, "KH"), ("captured", 30.0, "KH"), ("captured", 40.0, "KH")]),
])
def test_korean_items_of_a_list_closed_by_deung(text, expected):
    assert _rows(text, "ko") == expected


@pytest.mark.parametrize("text, expected", [
    # a person named with 씨, or with an age in brackets, or a witness, speaks (no country)
    ("현지 주민 카림 씨는 AP통신과의 인터뷰에서 \"우리 동네에서만 주민 8명이 숨졌다\"고 말했다.", [("killed", 8.0, "")]),
    ("구조 현장에서 일하는 자원봉사자 안나 키로스(38)는 \"오늘만 시신 9구가 수습됐다\"고 말했다.", [("killed", 9.0, "")]),
    ("한 목격자는 \"트럭에서 30명 넘게 끌려갔다\"고 말했다.", [("captured", 30.0, "")]),
])
def test_korean_people_who_speak_for_no_body(text, expected):
    assert _rows(text, "ko") == expected


@pytest.mark.parametrize("text, expected", [
    # rescuers counted, then what befell them: the event decides
    ("네팔 경찰은 구조대원 세 명이 산사태에 휩쓸려 숨졌다고 밝혔다.", [("killed", 3.0, "NP")]),
    # survivors rescued are no claim
    ("필리핀 해경은 생존자 40명을 구조했다고 밝혔다.", []),
    # sent: deployed
    ("일본 방위성은 구호 인력 120명을 현지에 보냈다고 밝혔다.", [("deployed", 120.0, "JP")]),
])
def test_korean_people_of_no_measure_and_sending(text, expected):
    assert _rows(text, "ko") == expected


def test_korean_part_of_the_sentence_before_with_words_between():
    text = ("일본 방위성은 자위대원 500여명을 현지에 파견했다고 밝혔다. 방위성은 이 가운데 특수부대(SBU) 의료반 20여명이 "
            "포함됐다고 덧붙였다.")
    assert _rows(text, "ko") == [("deployed", 20.0, "JP"), ("deployed", 500.0, "JP")]


@pytest.mark.parametrize("text, expected", [
    ("The Ghanaian disaster agency said 5,100 people were sheltering in 87 evacuation centres.",
     [("displaced", 5100.0, "GH")]),
    ("The camp, one of about 150 displacement sites in the province, was hit, the Sudanese army said.", []),
    ("More than 300 migrants drowned last year, making 2023 the deadliest year, the Italian coast guard said.",
     [("killed", 300.0, "IT")]),
    ("At least 20 soldiers were killed when hundreds of gunmen stormed the base, the Malian army said.",
     [("killed", 20.0, "ML")]),
    ('"Every one of these deaths could have been avoided," the Greek coast guard said.', []),
])
def test_counts_of_places_years_and_attackers_are_no_claim_of_their_own(text, expected):
    # only the people of the measure are counted: not the shelters, a part of a count of sites, a year, the attackers
    assert _rows(text, "en") == expected


def test_a_better_cue_inside_a_cue_wins():
    text = "Three of the freed hostages were taken to a hospital with gunshot wounds, the Mexican police said."
    assert _rows(text, "en") == [("wounded", 3.0, "MX")]


@pytest.mark.parametrize("text, expected", [
    # "it" continues the subject of the sentence before, which has no verb of saying
    ("Fighting spread in the north of Mozambique.\n\nThe Malawian army issued a statement on Sunday. In it, it said "
     "30 soldiers had been killed.", [("killed", 30.0, "MW")]),
    # a body named through its owner, "the agency", that points back
    ("The International Organization for Migration said 61 people were missing. The agency's Missing Migrants "
     "Project recorded at least 900 deaths on the route this year.", [("killed", 900.0, ""), ("missing", 61.0, "")]),
    # a partitive of a plural role named before with its country
    ("Gunmen killed at least 40 soldiers near Gao, two Malian security sources said.\n\n\"We lost 22 soldiers,\" one "
     "of the sources said.", [("killed", 22.0, "ML"), ("killed", 40.0, "ML")]),
])
def test_pointing_back_to_a_subject_an_owner_or_a_plural(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Islamic State Sahel Province (ISSP), the jihadist group in the region, claimed the raid on its channels, "
     "saying its fighters had killed 41 Nigerien soldiers.", [("killed", 41.0, "")]),
    ("A resident of Gao reached by telephone said 12 people had been wounded.", [("wounded", 12.0, "")]),
])
def test_an_appositive_after_an_acronym_and_a_participle_of_saying(text, expected):
    assert [(m, low) for m, low, _ in _rows(text, "en")] == [(m, low) for m, low, _ in expected]


@pytest.mark.parametrize("text, expected", [
    # a purpose clause says why the troops were sent, not that they fled
    ("칠레 국방부는 구조와 피난 지원을 위해 군 병력 900명을 현장에 투입했다고 밝혔다.", [("deployed", 900.0, "CL")]),
    # a range of months is no count
    ("국제해사국(IMB)은 올해 1∼6월 해적에게 납치된 선원이 41명이라고 집계했다.", [("captured", 41.0, "")]),
    # nouns kiwipiepy reads alone as other words (유해, 포로), and the fate of the people, not their status
    ("페루 검찰은 실종 주민 30명 가운데 네 명의 유해를 확인했다고 밝혔다.", [("killed", 4.0, "PE"), ("missing", 30.0, "PE")]),
    ("칠레 당국은 \"주민 5명을 아직 찾지 못했다\"고 밝혔다.", [("missing", 5.0, "CL")]),
    ("칠레 병원 관계자는 \"30대 여성 1명이 수술을 받았다\"고 전했다.", [("wounded", 1.0, "CL")]),
    ("칠레 경찰은 외국인 근로자 12명이 감금된 채 발견됐다고 밝혔다.", [("captured", 12.0, "CL")]),
    ("인도 비하르주 정부는 사망자와 부상자를 합쳐 600여명에 이른다고 전했다.", [("killed_or_wounded", 600.0, "IN")]),
])
def test_korean_purpose_ranges_and_measure_words(text, expected):
    assert _rows(text, "ko") == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's topic before its quotation is no source; the story says who
    ('칠레 산불 대형 화재…"3천명 집 잃어"\n\n칠레 당국은 산불로 3천명이 집을 잃었다고 밝혔다.', [("displaced", 3000.0, "CL")]),
    # "this group" continues the subject of the sentence before, which has no verb of saying
    ('칠레 적십자사는 성명을 냈다. 이 단체는 "주민 40명이 숨졌다"고 밝혔다.', [("killed", 40.0, "CL")]),
])
def test_korean_headline_topics_and_a_subject_before(text, expected):
    assert _rows(text, "ko") == expected


def test_the_number_names_the_count_of_the_sentence_before():
    text = ("Chile's army said 1,200 soldiers had been sent to the burning hills. The army added that the number "
            "would rise to 3,000 by Friday.")
    assert _rows(text, "en") == [("deployed", 1200.0, "CL"), ("deployed", 3000.0, "CL")]


def test_told_an_outlet_then_the_speaker():
    # the outlet spoken to is skipped; the one who spoke comes after it
    text = '"We pulled 30 bodies from the river," told Reuters a Peruvian police officer.'
    assert _rows(text, "en") == [("killed", 30.0, "PE")]


@pytest.mark.parametrize("text, expected", [
    # burying the dead is a count of the dead
    ("Relatives had buried 23 people by nightfall, Chad's health ministry said.", [("killed", 23.0, "TD")]),
    # surgery and treatment say the people were hurt
    ("Five were undergoing surgery and three were in critical condition, Bolivia's health ministry said.",
     [("wounded", 3.0, "BO"), ("wounded", 5.0, "BO")]),
    # people under the rubble, or not found, are missing; losing contact with people too (not "had lost": killed)
    ("At least four people may still lie under the rubble, Peru's civil defence said.", [("missing", 4.0, "PE")]),
    ("Seven fishermen are still not found, the Chilean navy said.", [("missing", 7.0, "CL")]),
    ("The Chilean navy said it had lost contact with three of its divers.", [("missing", 3.0, "CL")]),
    # people moved to tents or churches are displaced
    ("In all, 900 residents had been moved to tents and churches, the Peruvian army said.", [("displaced", 900.0, "PE")]),
])
def test_measure_families_burying_treating_rubble_contact_and_shelter(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # "N of them" after a number counts a part of it, in its measure
    ('"We counted 14 dead, and the government lists only nine of them," a Chilean mayor told reporters.',
     [("killed", 9.0, "CL"), ("killed", 14.0, "CL")]),
    # an appositive that says what befell the people counted, then a part of them sent on
    ("Chile's health ministry said the clinic had taken in 30 patients, most with fractures, and had sent 12 of them to "
     "the capital.", [("wounded", 12.0, "CL"), ("wounded", 30.0, "CL")]),
    # a figure given in the next sentence names the count of the sentence before
    ("The Chilean navy said 40 migrants had drowned. A Peruvian rights group gives a much higher figure: more than 300 "
     "since January.", [("killed", 40.0, "CL"), ("killed", 300.0, "PE")]),
    # a cue right after the cue of the number before goes on with it ("died under the rubble"), it is no cue of this one
    ("Peru's civil defence said 61 people had died under the rubble, up from an earlier estimate of 45.",
     [("killed", 45.0, "PE"), ("killed", 61.0, "PE")]),
])
def test_a_part_a_figure_and_a_cue_that_go_back_to_the_number_before(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a purpose clause says why the people were sent, not what befell them
    ("The Chilean army said it had sent 80 medics to help treat the wounded.", [("deployed", 80.0, "CL")]),
    ("Chile's army said it had deployed 300 soldiers and a dozen boats to evacuate stranded families.",
     [("deployed", 300.0, "CL")]),
    # ... but a verb's complement is no purpose clause
    ("In all, 2,000 residents were forced to flee, Chilean officials said.", [("displaced", 2000.0, "CL")]),
])
def test_a_purpose_clause_after_the_people_sent(text, expected):
    assert _rows(text, "en") == expected


def test_a_capitalised_speech_verb_inside_a_name():
    # "Said" between a role and a surname is a name, not a verb of saying
    text = "Algeria's regional governor Said Benali gave a higher figure. He said 19 people had died in his province."
    assert _rows(text, "en") == [("killed", 19.0, "DZ")]


@pytest.mark.parametrize("text, expected", [
    # a bare kind noun continues the subject of the sentence before, which has no verb of saying, not the last body
    # named with a verb of saying
    ("Fuel prices rose after the state-run Peruvian oil company reported losses.\n\nHuman Rights Watch called for an "
     "inquiry. \"The use of force was unlawful,\" the group said, adding that at least four of the dead were children.",
     [("killed", 4.0, "")]),
    # a name between commas after the description of what it is speaks, with the description's country
    ("The Norwegian owner of the trawler, Nordhav Fishing, said in a statement that five of its crew were unaccounted "
     "for.", [("missing", 5.0, "NO")]),
    # a passive verb and its agent before "and estimated" are the clause's own, not a participle inside a subject
    ("The UN refugee agency's office in Juba said it was shocked by the attacks and estimated that 3,000 people had "
     "fled.", [("displaced", 3000.0, "")]),
    # a left-out subject after "but" is the subject of the sentence's first verb, not the speaker before
    ("Ukraine's general staff said 12 soldiers had died.\n\nRussia's defence ministry did not comment on the report, but "
     "said its forces had killed 40 fighters.", [("killed", 12.0, "UA"), ("killed", 40.0, "RU")]),
    # "the prime minister's office" is not the resident coordinator's office named before
    ("Fighting spread across Enga province in Papua New Guinea.\n\nThe UN resident coordinator's office said 1,300 people "
     "had fled.\n\n\"We have approved the deployment of 150 more soldiers,\" the prime minister's office said.",
     [("deployed", 150.0, "PG"), ("displaced", 1300.0, "")]),
    # a nationality of a thing ("a Russian drone") says whose the drone is, not where the story is
    ("A Russian drone hit a bus in the Ukrainian town of Sumy, killing 9 people, regional governor Ivan Petrenko said.",
     [("killed", 9.0, "UA")]),
])
def test_speakers_of_a_kind_a_name_after_its_description_and_a_subject_left_out(text, expected):
    assert _rows(text, "en") == expected


def test_a_relative_clause_inside_the_subject_does_not_hide_it_from_he():
    text = ("Jihadist group JNIM claimed the attack, saying its fighters had killed 30 soldiers.\n\nA police officer in "
            "Gao, who asked not to be named because he was not allowed to talk to reporters, told AFP that 20 bodies had "
            "been found.\n\n\"We also took in 15 wounded,\" he said.")
    df = extract_claims(text, lang="en")
    speakers = dict(zip(df["low"], df["speaker"]))
    assert "police officer" in speakers[15.0] and "police officer" in speakers[20.0]


@pytest.mark.parametrize("text, expected", [
    # a word of no country opening a region's name ("Western Regional Police") is the region's, not "no country"
    ("A fuel tanker exploded in Ghana on Monday.\n\nWestern Regional Police Commander Kofi Mensah said 12 bodies had "
     "been recovered.", [("killed", 12.0, "GH")]),
    # people taken into the forest by their captors are captured
    ("\"They stopped the truck and took 11 others into the forest,\" a Nigerian police officer told reporters.",
     [("captured", 11.0, "NG")]),
    # commandos and peacekeepers sent are deployed
    ("Kenya's navy said it had dispatched a patrol ship with a team of 30 commandos.", [("deployed", 30.0, "KE")]),
])
def test_a_region_named_with_a_compass_word_captors_and_commandos(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, speaker", [
    # a particle that opens a name is the name's; a possessive ending is no part of the speaker
    ("Al Arabiya reported that 14 people were killed in the strikes.", "Al Arabiya"),
    ("By the Amhara regional health bureau's count, 800 people have died.", "Amhara regional health bureau"),
])
def test_speaker_spans_keep_a_name_particle_and_drop_a_possessive(text, speaker):
    assert list(extract_claims(text, lang="en")["speaker"]) == [speaker]


@pytest.mark.parametrize("text", [
    "Floods swept across Kerala and Karnataka overnight, killing at least 23 people, officials in both states said.",
    "Floods swept across Kerala and Karnataka overnight, killing at least 23 people, officials in the two states said.",
])
def test_a_verb_of_saying_after_a_determiner_is_a_noun(text):
    # "states" after "both" or "the two" is a noun inside the speaker phrase, not "states" the verb
    assert _rows(text, "en") == [("killed", 23.0, "IN")]


@pytest.mark.parametrize("text, expected", [
    # "its spokesman" speaks for the body "its" points back to
    ("A ferry sank off Indonesia.\n\nIndonesia's search agency said 19 passengers were still missing. Its spokesman, "
     "Adi Nugroho, said 7 had died.", [("killed", 7.0, "ID"), ("missing", 19.0, "ID")]),
    # a clinic or a health centre is a hospital
    ("Fourteen passengers were rushed to a nearby clinic, Bolivian police said.", [("wounded", 14.0, "BO")]),
    # a district magistrate is an office of the state the article is about
    ("A stampede struck a temple in India.\n\n\"Eighteen people died on the spot,\" the district magistrate of Sitapur "
     "told reporters.", [("killed", 18.0, "IN")]),
])
def test_its_spokesman_clinics_and_district_offices(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Floods hit Niger. The disaster has cost 61 lives, Niger's interior ministry said.", [("killed", 61.0, "NE")]),
    ("Floods hit Niger. Niger's interior ministry said 9,000 people were left without shelter.",
     [("displaced", 9000.0, "NE")]),
    # the people counted may stand in three words inside the cue ("the fate of 3 of its medics remained unknown")
    ("Shelling hit Gaza. The Palestinian Red Crescent said the fate of 4 of its medics remained unknown.",
     [("missing", 4.0, "PS")]),
])
def test_lives_lost_shelter_lost_and_a_fate_unknown(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # "bringing the total to" names the count of the number before it
    ("Syria's health ministry said air strikes had killed 14 people over the past 24 hours, bringing the total since "
     "March to 410.", [("killed", 14.0, "SY"), ("killed", 410.0, "SY")]),
    # ... not when people of no measure were counted between ("new cases")
    ("Syria's health ministry said 9 people had died of cholera, while 700 new cases were recorded, bringing this year's "
     "total to 5,100.", [("killed", 9.0, "SY")]),
    # a name before a count of things ("120 Hezbollah targets") counts no people
    ("The Israeli military said it had struck 120 Hezbollah targets and killed 45 fighters.", [("killed", 45.0, "IL")]),
])
def test_a_total_and_a_count_of_named_things(text, expected):
    assert _rows(text, "en") == expected


def test_a_bare_surname_takes_the_title_given_after_the_name_elsewhere():
    # the title stands after the full name, as an appositive ("said X Y, a senior district official.")
    text = ("Gunmen stopped two buses near Zhob, said Abdul Wahid Mandokhel, a senior district administration "
            "official.\n\n\"They took 12 passengers away,\" Mandokhel told AFP. Pakistan's army said it was searching.")
    assert _rows(text, "en") == [("captured", 12.0, "PK")]


@pytest.mark.parametrize("text, expected", [
    # people of no measure sent somewhere are deployed ("sending_verbs"); pulled out alive they are no claim
    ("Japan's foreign ministry said it had dispatched 60 rescuers to the quake zone.", [("deployed", 60.0, "JP")]),
    ("Rescuers pulled 14 people alive from the rubble, Nepal's police said.", []),
])
def test_rescuers_sent_are_deployed(text, expected):
    assert _rows(text, "en") == expected


def test_a_passive_auxiliary_is_no_part_of_the_speaker():
    # "it had been told that …": "been" stands between the subject and its verb, "it" points back
    text = ("The Spanish charity Puerta Sur, which tracks boats from calls by relatives, said it had been told that 25 "
            "people could be missing.")
    assert _rows(text, "en") == [("missing", 25.0, "ES")]


@pytest.mark.parametrize("text, expected", [
    # a participle of saying after a main clause whose verb says nothing: the clause's subject speaks
    ("Peru's interior ministry asked residents to stay indoors, saying 14 people had drowned.",
     [("killed", 14.0, "PE")]),
    ("The Chilean navy suspended the search at dusk, adding that six fishermen were unaccounted for.",
     [("missing", 6.0, "CL")]),
])
def test_participle_of_saying_after_a_clause_that_says_nothing(text, expected):
    assert _rows(text, "en") == expected


def test_adding_a_number_to_a_total_is_no_speech():
    # "adding" is a verb of saying only as a participle after a clause; no one speaks here
    assert _rows("Floods swept the valley, adding 40 houses to the damage list.", "en") == []


@pytest.mark.parametrize("text, expected", [
    # missing said in a register's words; needing care is the injured's family
    ("Ecuador's interior ministry said 23 people were registered as missing.", [("missing", 23.0, "EC")]),
    ("The coast guard said contact was lost with 11 crew members overnight.", [("missing", 11.0, "")]),
    ("The Nepalese police said 17 climbers required medical attention.", [("wounded", 17.0, "NP")]),
])
def test_register_and_care_wordings(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence whose subject does something other than speak, then "It/She/He said": the pronoun is that subject,
    # whatever modifiers its head noun has and whatever title stands between commas beside a name
    ("Chile's forest fire management agency held a briefing. It said 17 firefighters were hurt.",
     [("wounded", 17.0, "CL")]),
    ("A senior Libyan coast guard official toured the port. The official said 26 migrants were unaccounted for.",
     [("missing", 26.0, "LY")]),
    ("Rosa Quintero, the governor of Ecuador's Manabí province, visited the site. She said 12 houses collapsed "
     "and nine people died.", [("killed", 9.0, "EC")]),
    ("Kenya's interior minister, Peter Otieno, visited the camp on Friday. He said 2,400 people had fled.",
     [("displaced", 2400.0, "KE")]),
    ("Prof. Anil Sharma, head of the Indian disaster response force, arrived on Sunday. He said 150 soldiers had "
     "been deployed.", [("deployed", 150.0, "IN")]),
])
def test_carry_over_after_a_subject_that_does_not_speak(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the figures speak for whoever released them; "released" of the phrase is no release of prisoners
    ("Figures released by the Ghanaian police show that 31 people were arrested.", [("captured", 31.0, "GH")]),
    ("Data compiled by Peru's health ministry showed that 48 people had died.", [("killed", 48.0, "PE")]),
    ("Figures released by the Nepalese army show that 300 soldiers were sent to the district.",
     [("deployed", 300.0, "NP")]),
])
def test_figures_released_by_a_body_speak_for_it(text, expected):
    assert _rows(text, "en") == expected


def test_a_pronoun_takes_no_adverb_before_it():
    # "So far we have counted": the speaker is "we" (the quotation's speaker, named after it), not "So far we"
    text = '"So far we have counted 52 dead," the Bolivian civil defence agency said.'
    assert _rows(text, "en") == [("killed", 52.0, "BO")]


@pytest.mark.parametrize("text, expected", [
    # a quotation with no verb of its own, after a sentence whose subject does not speak: that subject speaks
    ('The Bolivian civil defence agency asked for more boats on Monday. "We have recovered 17 bodies."',
     [("killed", 17.0, "BO")]),
    # across a sentence that names no one, a description points back to the subject before it
    ("Tunisian officials released a new toll on Sunday. The sea was calm. Eleven migrants drowned, the officials "
     "said.", [("killed", 11.0, "TN")]),
])
def test_pointing_back_past_a_sentence_that_says_nothing(text, expected):
    assert _rows(text, "en") == expected


def test_surname_takes_the_title_before_the_name():
    # "Chile's interior minister, Rosa Vidal," then "Vidal said": the surname speaks for the title's office
    text = ("Chile's interior minister, Rosa Vidal, toured the burnt hills on Monday. Vidal said 23 people had been "
            "relocated.")
    assert _rows(text, "en") == [("displaced", 23.0, "CL")]


@pytest.mark.parametrize("text, expected", [
    # a country after a preposition of motion says where people went or came from, not who speaks: the police named
    # before are the Karachi police
    ("Police in Lahore held a briefing. Police said 40 refugees had crossed into Iran.", [("displaced", 40.0, "PK")]),
    ("Police in Lahore held a briefing. Police said 40 men from the Iranian province of Sistan were "
     "arrested.",
     [("captured", 40.0, "PK")]),
    # "to" is of motion right after a word of going, sending or a way: the destination is no speaker's country
    ("Police in Lahore held a briefing. Police said 40 refugees had been deported to Afghanistan.",
     [("displaced", 40.0, "PK")]),
    ("Police in Lahore held a briefing. Police said they arrested 12 men on the highway to the Iranian border.",
     [("captured", 12.0, "PK")]),
    # elsewhere "to" is not: "according to" keeps the body's country
    ("Police in Lahore held a briefing. 12 men were arrested, according to Iran's interior ministry.",
     [("captured", 12.0, "IR")]),
])
def test_a_place_of_motion_is_no_speakers_country(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # care given before the number: the hurt when the people counted are people; patients may be sick
    ("Guatemala's health ministry said doctors were treating 64 people after the blast.", [("wounded", 64.0, "GT")]),
    ("Guatemala's health ministry said its clinics had treated 640 patients this month.", []),
])
def test_care_verbs_before_the_number(text, expected):
    assert _rows(text, "en") == expected


def test_headline_source_named_with_its_country():
    # "Kenya Red Cross: …" is a body, not a country alone as the topic ("Kenya: …")
    text = "Uganda Red Cross: 18 injured in bus crash\n\nThe bus left the road near Mbale."
    assert _rows(text, "en") == [("wounded", 18.0, "UG")]


def test_a_cue_before_the_speaker_and_its_verb_is_of_another_clause():
    # "Asked about the toll,": the toll is what the speaker was asked about, not what befell the people counted
    text = "Asked about the death toll, Ghana's interior ministry said gunmen had seized 14 travellers."
    assert _rows(text, "en") == [("captured", 14.0, "GH")]


def test_a_place_after_a_preposition_is_no_item_of_a_list_of_countries():
    # "crossed into Chad, Sudan's ...": Chad is where they went; the list "U.S., South Korean ..." is of speakers
    text = "300 refugees had crossed into Chad, Sudan's foreign ministry said."
    assert _rows(text, "en") == [("displaced", 300.0, "SD")]


# A verb of accusing is a verb of saying: its subject says what the accused did to the people counted, in a noun of
# the event or in a clause, in English, Russian and Ukrainian (Korean's 비난하다 already ends a quoted clause).
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Peru accused Ecuador's navy of detaining 14 fishermen near the border.", [("captured", 14.0, "PE")]),
    ("en", "The Peruvian government is accusing the rebels of abducting eleven villagers.", [("captured", 11.0, "PE")]),
    ("ru", "Перу обвинило ВМС Эквадора в задержании 14 рыбаков.", [("captured", 14.0, "PE")]),
    ("ru", "Власти Перу обвиняют повстанцев в том, что они похитили одиннадцать жителей.", [("captured", 11.0, "PE")]),
    ("uk", "Перу звинуватило ВМС Еквадору у затриманні 14 рибалок.", [("captured", 14.0, "PE")]),
    ("uk", "Уряд Перу звинувачує повстанців у тому, що вони викрали одинадцять мешканців.", [("captured", 11.0, "PE")]),
])
def test_a_verb_of_accusing_names_its_subject_as_the_source(lang, text, expected):
    df = extract_claims(text, lang=lang)
    assert sorted(zip(df["metric"], df["low"], df["country"].fillna(""))) == expected
