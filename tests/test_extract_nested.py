"""Nested attribution, bylines and clause breaks (texts written for this test, expected values by hand)."""

from conftest import extracted


def _rows(text, lang):
    return [list(row) for row in extracted(text, lang, "stated", "metric", "speaker", "country")]


def test_korean_topic_estimates_the_clause_it_embeds():
    # The lawmaker relays; the topic (은/는) of the quoted clause estimates; 반군이 is what was estimated.
    text = ("내전 사상자 증가\n\n"
            "국회 국방위원인 김도윤 의원은 \"국방부는 반군이 2천명 규모로, 이 중 사망자가 150여명에 달하는 것으로 "
            "추정하고 있다\"고 전했다.\n")
    assert _rows(text, "ko") == [["150여명", "killed", "국방부", "KR"]]


def test_korean_byline_is_never_the_speaker():
    text = "산불 피해\n\n[부산=가상통신] 이민호 기자 = 소방청은 산불로 주민 4명이 숨졌다고 밝혔다.\n"
    assert _rows(text, "ko") == [["4", "killed", "소방청", "KR"]]


def test_korean_headline_ellipsis_ends_the_clause():
    # "3명 구조…2명 사망": the 3 rescued are not the dead after the ellipsis
    text = "광산 붕괴…광부 5명 고립…1명 사망 확인 - 소방청\n\n본문은 없다.\n"
    rows = _rows(text, "ko")
    assert ["1", "killed", "소방청", "KR"] in rows
    assert not any(r[0] == "5" and r[1] == "killed" for r in rows)


def test_korean_amount_per_person_is_no_count():
    text = "파병 대가\n\n국방부는 파병 병력이 1인당 월 2천달러를 받는다고 밝혔다.\n"
    assert _rows(text, "ko") == []


def test_english_parallel_clause_after_and_keeps_the_measure():
    text = ("Bus plunges into gorge in Ruritania\n\n"
            "Ruritanian police said 12 of the dead were pilgrims and three were drivers.\n")
    assert _rows(text, "en") == [["12", "killed", "Ruritanian police", ""], ["three", "killed", "Ruritanian police", ""]]


def test_pronoun_continues_the_subject_not_a_relative_clause_speaker():
    text = ("Clashes in Ruritania\n\n"
            "Gunmen killed 14 villagers in Ruritania, the United Nations said on Monday.\n\n"
            "The mission blamed the Red Hand militia, which says it protects herders. "
            "It said its medics had treated 9 wounded people.\n")
    rows = _rows(text, "en")
    assert ["9", "wounded", "United Nations", ""] in rows


def test_indefinite_office_role_takes_the_article_country():
    text = ("Train derails in Kenya\n\n"
            "Four passengers died when a train left the rails near Nairobi, Kenya, on Sunday, "
            "a railway spokesperson said.\n")
    assert _rows(text, "en") == [["Four", "killed", "railway spokesperson", "KE"]]


def test_russian_cue_with_the_number_inside():
    text = ("Авария на шахте\n\n"
            "Три горняка погибли при обрушении, судьба еще шестерых неизвестна, сообщило МЧС.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["Три", "killed"], ["шестерых", "missing"]]


def test_russian_quoted_name_does_not_cut_the_clause():
    text = ("Шторм\n\n"
            "Число жертв шторма «Белла», прошедшего над побережьем, достигло 17, сообщило ведомство.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["17", "killed"]]


def test_russian_company_spokeswoman_in_a_compound_takes_the_home_country():
    text = ("Пожар на заводе\n\n"
            "Как сообщила пресс-секретарь компании-оператора Ирина Лебедева, среди погибших — трое рабочих.\n")
    assert [r[1:] for r in _rows(text, "ru")] == [["killed", "пресс-секретарь компании-оператора Ирина Лебедева", "RU"]]


def test_ukrainian_freed_people_are_captured():
    text = ("Обмін полоненими\n\n"
            "Серед звільнених – 30 військових і 5 цивільних, повідомив Координаційний штаб.\n")
    assert [r[:2] for r in _rows(text, "uk")] == [["30", "captured"], ["5", "captured"]]


def test_korean_citing_an_official_makes_the_official_the_source():
    text = ("인도네시아 홍수\n\n"
            "AFP통신은 현지 경찰 관계자를 인용해 홍수로 주민 7명이 숨졌다고 전했다.\n")
    assert _rows(text, "ko") == [["7", "killed", "현지 경찰 관계자", "ID"]]


def test_korean_bodies_counted_with_gu_but_not_a_ward():
    text = ("일본 산사태\n\n"
            "일본 경찰은 시신 4구를 수습했다고 밝혔다.\n\n"
            "일본 경찰은 오사카 12구에서 주민이 숨졌다고 밝혔다.\n")
    assert [r[:2] for r in _rows(text, "ko")] == [["4", "killed"]]


def test_korean_assessment_and_unreachable_worker_is_missing():
    text = ("공장 화재\n\n"
            "소방당국은 연락이 닿지 않는 직원 2명이 여전히 공장 안에 있는 것으로 보고 있다.\n")
    assert _rows(text, "ko") == [["2", "missing", "소방당국", "KR"]]


def test_korean_part_among_the_dead_in_a_quotation_with_an_appeal():
    text = ("폭염 사망\n\n"
            "질병청은 \"사망자 가운데 5명은 80세 이상\"이라며 외출 자제를 당부했다.\n")
    assert _rows(text, "ko") == [["5", "killed", "질병청", "KR"]]


def test_korean_headline_source_after_an_ellipsis_with_joined_figures():
    text = "공장 폭발…소방당국 \"2명 사망·7명 부상\"\n\n본문.\n"
    assert [r[:2] for r in _rows(text, "ko")] == [["2", "killed"], ["7", "wounded"]]


def test_russian_nationality_of_drones_is_not_the_speakers_country():
    text = ("Атака на город\n\n"
            "Четыре человека пострадали при атаке украинских беспилотников, сообщил губернатор области.\n")
    assert _rows(text, "ru") == [["Четыре", "wounded", "губернатор области", "RU"]]


def test_russian_cause_of_death_is_not_the_measure():
    text = ("Отравление\n\n"
            "Число погибших от отравления метанолом достигло 12, сообщили в ведомстве.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["12", "killed"]]


def test_ukrainian_poisoning_is_wounded():
    text = ("Витік хлору\n\n"
            "Отруєння отримали 9 працівників, повідомили в ДСНС.\n")
    assert [r[:2] for r in _rows(text, "uk")] == [["9", "wounded"]]


def test_english_feared_dead_alone_is_killed_and_missing_feared_dead_stays_missing():
    text = ("Flash flood in Ruritania\n\n"
            "Forty people are feared dead after the flood, Ruritanian police said. "
            "Another 12 are missing, feared dead, the police added.\n")
    assert [r[:2] for r in _rows(text, "en")] == [["Forty", "killed"], ["12", "missing"]]


def test_english_country_word_as_a_surname_is_a_name():
    text = ("Landslide in Peru\n\n"
            "A landslide hit a village in Peru on Monday. Only four bodies were recovered, "
            "district administrator Carlos Chile said.\n")
    assert _rows(text, "en") == [["four", "killed", "administrator Carlos Chile", "PE"]]


def test_english_police_do_not_continue_an_aid_group():
    text = ("Clan clash in Kenya\n\n"
            "Fighting displaced 900 people in Kenya, the charity Oxfam said.\n\n"
            "Five people were killed in the clash, the police said.\n")
    assert ["Five", "killed", "police", "KE"] in _rows(text, "en")


def test_a_capital_speaks_for_its_government():
    text = "Столкновения на границе: Душанбе сообщил о 9 погибших\n\nТекст.\n"
    assert _rows(text, "ru") == [["9", "killed", "Душанбе", "TJ"]]


def test_the_republics_body_takes_the_country_of_the_last_speaker():
    text = ("Паводок\n\n"
            "Четыре человека погибли, заявил министр здравоохранения Казахстана.\n\n"
            "По данным МЧС республики, остались без крова 900 человек.\n")
    assert [r[1:] for r in _rows(text, "ru")][1] == ["displaced", "МЧС республики", "KZ"]


def test_a_state_compound_nobody_registered_takes_the_article_country():
    text = ("Аварія на шахті\n\n"
            "Торік на шахтах України загинули 14 гірників, за даними Держгірнагляду.\n")
    assert _rows(text, "uk") == [["14", "killed", "Держгірнагляду", "UA"]]


def test_a_bare_body_opening_a_sentence_continues_the_body_before():
    text = ("Біженці\n\n"
            "Понад 300 людей загинули в морі, повідомило УВКБ ООН. "
            "Агентство також оцінює, що в Лівії перебувають понад 40 тисяч біженців.\n")
    assert [r[3] for r in _rows(text, "uk")] == ["", ""]


def test_a_substance_after_a_number_word_is_no_count_and_the_last_item_keeps_the_measure():
    text = ("Витік аміаку\n\n"
            "Отруєння парами аміаку отримали 6 робітників та двоє охоронців. Про це повідомили в ДСНС.\n")
    assert [r[:2] for r in _rows(text, "uk")] == [["6", "wounded"], ["двоє", "wounded"]]


def test_items_of_one_list_share_the_measure():
    text = ("Обмін\n\n"
            "Серед звільнених – 40 військових ЗСУ, 7 прикордонників та 3 цивільних, повідомив штаб.\n")
    assert [r[:2] for r in _rows(text, "uk")] == [["40", "captured"], ["7", "captured"], ["3", "captured"]]


def test_korean_number_that_ends_its_clause_takes_no_measure_after_it():
    text = ("호우 피해\n\n"
            "중대본에 따르면 사망자는 전남 5명, 경남 2명이며 실종자는 모두 전남에서 나왔다.\n")
    assert [r[:2] for r in _rows(text, "ko")] == [["5", "killed"], ["2", "killed"]]


def test_a_participle_between_commas_then_the_event():
    text = ("Похищение\n\n"
            "Как сообщила полиция Нигерии, один охранник, похищенный вместе с учениками, скончался.\n")
    assert [r[:3] for r in _rows(text, "ru")] == [["один", "killed", "полиция Нигерии"]]


def test_vehicles_named_in_two_words_are_no_count_of_people():
    text = ("Factory fire in India\n\n"
            "District collector Ravi Kumar said 12 fire tenders and three rescue teams had been sent.\n")
    assert _rows(text, "en") == []


def test_the_predicate_decides_over_an_adjective_of_the_people():
    text = ("Bus crash in Peru\n\n"
            "The toll rose after three injured passengers died in hospital, Peru's health ministry said.\n")
    assert [r[:2] for r in _rows(text, "en")] == [["three", "killed"]]


def test_a_clause_opened_by_as_is_not_the_measure_of_its_number():
    text = ("Crush at a stadium in Ruritania\n\n"
            "Nine people died and dozens were hurt as thousands of fans pushed at the gates, Ruritanian police said.\n")
    assert [r[:2] for r in _rows(text, "en")] == [["Nine", "killed"], ["dozens", "wounded"]]


def test_the_police_do_not_continue_a_bare_name():
    text = ("Crash in Peru\n\n"
            "Twenty people died in the crash, Peru's national police said.\n\n"
            "The regulator Vialsur said the bus had a licence.\n\n"
            "Road accidents killed 3,000 people in Peru last year, according to the national police.\n")
    assert [r[3] for r in _rows(text, "en")] == ["PE", "PE"]


def test_a_day_after_the_verb_is_not_the_speaker():
    text = ("Пожары\n\n"
            "Число жертв пожаров выросло до шести, сообщила в среду пожарная служба Греции.\n")
    assert _rows(text, "ru") == [["шести", "killed", "пожарная служба Греции", "GR"]]


def test_a_whole_with_its_part_between_commas():
    text = ("Атака\n\n"
            "Шесть человек, в том числе двое детей, получили ранения, сообщил губернатор области.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["Шесть", "wounded"], ["двое", "wounded"]]


def test_an_acronym_before_a_country_is_no_first_name():
    text = ("Граница\n\n"
            "Пограничная служба ГКНБ Киргизии заявила, что задержала пятерых граждан Таджикистана.\n")
    assert [r[1:] for r in _rows(text, "ru")] == [["captured", "Пограничная служба ГКНБ Киргизии", "KG"]]


def test_a_province_that_names_another_country_once_gives_way_to_the_article():
    text = ("Building collapse in Nigeria\n\n"
            "A building collapsed in Lagos, Nigeria, on Sunday. Nigeria's emergency agency said rescuers were at work.\n\n"
            "The agency's South-West zonal coordinator put the number of people still missing at about 10.\n")
    rows = _rows(text, "en")
    assert [r[1] for r in rows] == ["missing"] and rows[0][3] == "NG"


def test_general_news_wording_of_measures():
    text = ("Ferry fire in Ruritania\n\n"
            "Four passengers later succumbed to their injuries, Ruritanian police said.\n")
    assert [r[:2] for r in _rows(text, "en")] == [["Four", "killed"]]
    text = ("Шторм\n\n"
            "Еще трое рыбаков не выходят на связь, сообщили в МЧС.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["трое", "missing"]]
    text = "화재\n\n소방당국은 주민 2명이 중태라고 밝혔다.\n"
    assert [r[:2] for r in _rows(text, "ko")] == [["2", "wounded"]]


def test_citing_a_body_after_the_outlet_makes_the_body_the_source():
    text = ("Flood in Kenya\n\n"
            "At least 40 people died in the flood in Kenya, AP reported, citing the interior ministry.\n")
    assert _rows(text, "en") == [["At least 40", "killed", "interior ministry", "KE"]]


def test_claimed_lives_is_killed():
    text = ("Взрыв на шахте\n\n"
            "Взрыв на шахте унес жизни 13 горняков, сообщили в МЧС.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["13", "killed"]]


def test_people_where_the_shelters_are_are_displaced():
    text = ("Повінь\n\n"
            "Для евакуйованих розгорнули 9 пунктів тимчасового розміщення, де перебувають близько 300 осіб, "
            "повідомили в ОВА.\n")
    assert [r[:2] for r in _rows(text, "uk")] == [["близько 300", "displaced"]]
    text = ("Floods in Kenya\n\n"
            "Kenyan officials opened 12 shelters, where about 800 people are staying, police said.\n")
    assert [r[:2] for r in _rows(text, "en")] == [["about 800", "displaced"]]


def test_people_under_the_rubble_hospital_visits_and_smoke_inhalation():
    text = ("Обрушение\n\n"
            "Под завалами могут находиться еще пять человек, сообщили в МЧС.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["пять", "missing"]]
    text = ("Отравление\n\n"
            "В больницы обратились 37 человек, сообщил минздрав региона.\n")
    assert [r[:2] for r in _rows(text, "ru")] == [["37", "wounded"]]
    text = ("Fire in Kenya\n\n"
            "Hospitals in Nairobi treated 45 people for smoke inhalation, a Kenyan health official said.\n")
    assert [r[:2] for r in _rows(text, "en")] == [["45", "wounded"]]


def test_an_office_with_an_adjective_before_it_takes_the_article_country():
    text = ("Quake in Peru\n\n"
            "Rescuers pulled 14 bodies from the rubble in Peru, the provincial disaster chief said.\n")
    assert _rows(text, "en") == [["14", "killed", "provincial disaster chief", "PE"]]
