"""Measures carried by a verb phrase: medical care, shooting, return from captivity and handing over, registers and
cases, deployment (session 15, "measure6").

Every sentence is our own; each names its speaker plainly so that only the measure is under test. The numbers are
worked out by hand: (metric, low) of each row, sorted.
"""
import pytest

from conftest import extracted


def _rows(text: str, lang: str) -> list[tuple[str, float]]:
    return extracted(text, lang, "metric", "low", ordered=True)


CASES = [
    # --- medical care: people treated, received, admitted, taken to a place of care are wounded ---
    ("en", "The district hospital had received 31 patients from Kaloma since Monday, its director said.",
     [("wounded", 31.0)]),
    ("en", "Medics treated 18 people for burns and smoke inhalation, the fire brigade said.", [("wounded", 18.0)]),
    ("en", "Ruritania hospital says 26 admitted", [("wounded", 26.0)]),
    ("en", "The clinic has admitted 14 people since the blast, a spokeswoman said.", [("wounded", 14.0)]),
    ("uk", "До обласної дитячої клінічної лікарні доставили трьох дітей, повідомив головний лікар.",
     [("wounded", 3.0)]),
    ("ru", "В областную детскую клиническую больницу доставлены трое детей, сообщил главный врач.",
     [("wounded", 3.0)]),
    ("ru", "Больница приняла 17 человек после взрыва, сообщил главный врач.", [("wounded", 17.0)]),
    ("ko", "병원으로 이송된 12명 가운데 3명은 위독하다고 소방당국은 밝혔다.", [("wounded", 3.0), ("wounded", 12.0)]),
    # (care for a disease is no injury; but people admitted to a hospital are the hurt, whatever made them ill: session
    # 20's rule)
    ("en", "Doctors treated 230 cases of cholera last week, the ministry said.", []),
    ("ru", "Больница приняла 170 пациентов с гриппом, сообщил главный врач.", [("wounded", 170.0)]),
    # --- shooting: an event of its own (killed or wounded) unless death or wounds are said ---
    ("en", "In all, 14 people were shot, the police chief said.", [("killed_or_wounded", 14.0)]),
    ("en", "Police said a gunman shot nine people at the market.", [("killed_or_wounded", 9.0)]),
    ("en", "Police said four people were shot and killed.", [("killed", 4.0)]),
    ("en", "Police said six people were shot and wounded.", [("wounded", 6.0)]),
    ("en", "Police said two men were shot dead.", [("killed", 2.0)]),
    ("en", "Police said 13 people were shot, three of them fatally.", [("killed", 3.0), ("killed_or_wounded", 13.0)]),
    ("en", "Police said three people were shot at but not hurt.", []),
    ("ko", "경찰은 \"모두 9명이 총에 맞았다\"고 밝혔다.", [("killed_or_wounded", 9.0)]),
    ("ko", "경찰은 모두 7명이 총에 맞아 숨졌다고 밝혔다.", [("killed", 7.0)]),
    ("ru", "По данным полиции, огнестрельные ранения получили 11 человек.", [("wounded", 11.0)]),
    ("uk", "Поліція повідомила, що нападник застрелив трьох людей.", [("killed", 3.0)]),
    # --- return from captivity and handing over: captured ---
    ("ru", "Армянская сторона передала Азербайджану троих военнослужащих, сообщили в госкомиссии.",
     [("captured", 3.0)]),
    ("uk", "Сирійські курди передали Іраку 140 бойовиків, повідомили в СДС.", [("captured", 140.0)]),
    ("ko", "아르메니아 정부는 아제르바이잔 군인 3명을 아제르바이잔 측에 넘겼다고 발표했다.", [("captured", 3.0)]),
    ("ru", "МККК содействовал освобождению 17 военнослужащих, сообщили в организации.", [("captured", 17.0)]),
    ("ko", "무장단체는 학생 가운데 8명은 이미 풀어줬다고 주장했다.", [("captured", 8.0)]),
    ("en", "The army said it had freed 12 soldiers held by the rebels.", [("captured", 12.0)]),
    ("uk", "Внаслідок обміну додому повертаються 95 українців, повідомив Координаційний штаб.", [("captured", 95.0)]),
    # (bodies handed over are the dead)
    ("uk", "Україні передали тіла 640 загиблих, повідомили в МВС.", [("killed", 640.0)]),
    # (aid handed over is no one)
    ("ru", "Россия передала Сирии 40 тонн муки, сообщили в МЧС.", []),
    # --- registers and cases: what is recorded is the event's measure ---
    ("ru", "В 2023 году мы зарегистрировали 148 новых случаев исчезновения людей, сообщили в МККК.",
     [("missing", 148.0)]),
    ("ru", "По данным ведомства, в прошлом году было зарегистрировано более 2 тысяч умышленных убийств.",
     [("killed", 2000.0)]),
    ("ru", "Сотрудники комиссии задокументировали 93 случая задержания, сообщили в комиссии.", [("captured", 93.0)]),
    ("uk", "Поліція зареєструвала 75 випадків зникнення людей, повідомили в МВС.", [("missing", 75.0)]),
    ("en", "The bureau said it had recorded 41 deaths and 17 people missing since June.",
     [("killed", 41.0), ("missing", 17.0)]),
    # --- deployment: people of a force or a service sent, arriving, stationed ---
    ("ru", "Греция прислала 45 пожарных, сообщил министр.", [("deployed", 45.0)]),
    ("uk", "Польща надіслала 45 рятувальників, повідомив міністр.", [("deployed", 45.0)]),
    # --- staying in a place of custody, of shelter or of care: held, displaced, hurt ---
    ("uk", "Речник заявив, що у в'язницях під контролем угруповання і надалі перебувають понад 4 000 бойовиків.",
     [("captured", 4000.0)]),
    ("uk", "Міністерство повідомило, що в тимчасових укриттях у двох провінціях перебувають 12 тис. людей.",
     [("displaced", 12000.0)]),
    ("ru", "По данным губернатора, в палатках на окраине города живут 900 человек.", [("displaced", 900.0)]),
    ("ru", "Омбудсмен заявил, что в колониях на востоке страны содержатся еще 350 граждан.", [("captured", 350.0)]),
    ("en", "The mayor said 12 people remain in the district hospital.", [("wounded", 12.0)]),
    ("en", "The charity said 640 families were staying in tents near the river.", [("displaced", 640.0)]),
    ("ko", "외교부 대변인은 \"상대국 교도소에는 아직 우리 어민 70여명이 남아 있다\"고 말했다.", [("captured", 70.0)]),
    ("ko", "군청은 현재 대피소에 주민 320명이 머물고 있다고 밝혔다.", [("displaced", 320.0)]),
    # (a place of no measure says nothing)
    ("uk", "У Києві перебувають 300 іноземних журналістів, повідомив мер.", []),
    ("ru", "В городе живут около 900 человек, сообщил губернатор.", []),
    ("ru", "В общежитии проживали 412 студентов, сообщил ректор.", []),  # (a dormitory is a home, no shelter)
    # personnel whose noun says they serve where they are: monitors, observers, instructors (deployed)
    ("en", "The mission said 200 monitors are active in the country.", [("deployed", 200.0)]),
    ("uk", "Місія повідомила, що в країні працюють 150 спостерігачів.", [("deployed", 150.0)]),
    ("ko", "EUMM은 이어 현재 150명의 감시 요원이 현지에서 활동하고 있다고 설명했다.", [("deployed", 150.0)]),
    # (an event that befell them outranks who they are)
    ("en", "The mission said two monitors were killed.", [("killed", 2.0)]),
    # (equipment sent is no one)
    ("en", "Bulgaria sent 12 fire engines, the commission said.", []),
    ("ru", "Израиль прислал четыре самолета, сообщил министр.", []),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_measure_from_the_verb(lang, text, expected):
    assert _rows(text, lang) == expected


# --- session 16, "measure7": the measure read from a verb's family in every language ---------------------------------
MEASURE7_CASES = [
    # --- not found, not reached, not come back: each verb of being found, reached or coming back in each frame of
    # failing ("unable to", "не вдається", "не удалось", "-지 못하다") counts the missing ---
    ("en", "The mine operator said it had so far been unable to trace four workers from the morning shift.",
     [("missing", 4.0)]),
    ("en", "Police said they could not locate 11 hikers.", [("missing", 11.0)]),
    ("en", "Police said they were unable to find 11 hikers.", [("missing", 11.0)]),
    ("en", "The navy said five sailors had failed to return to base.", [("missing", 5.0)]),
    ("uk", "За словами голови громади, п'ятеро рибалок, які вийшли в море в суботу, досі не повернулися.",
     [("missing", 5.0)]),
    ("uk", "Поліція повідомила, що з шістьма туристами не вдається зв'язатися.", [("missing", 6.0)]),
    ("uk", "Прикордонники повідомили, що двоє військових не повернулися з патрулювання.", [("missing", 2.0)]),
    ("ru", "Как сообщили в полиции, шестеро туристов так и не вернулись в лагерь.", [("missing", 6.0)]),
    ("ru", "В МЧС сообщили, что с 12 альпинистами не удается связаться.", [("missing", 12.0)]),
    ("ru", "Полиция сообщила, что не может разыскать 11 сотрудников.", [("missing", 11.0)]),
    ("ko", "경찰은 등산객 2명이 아직 돌아오지 않았다고 밝혔다.", [("missing", 2.0)]),
    ("ko", "해경은 어선 선원 3명이 아직 돌아오지 않았다고 밝혔다.", [("missing", 3.0)]),
    # (unable to go home, or not come back after leaving home: still displaced, not lost; not come home at all: lost)
    ("uk", "За даними ОВА, 12 тисяч переселенців досі не повернулися додому.", [("displaced", 12000.0)]),
    ("uk", "Староста розповів, що двоє рибалок, які в неділю вийшли в лагуну, досі не повернулися додому.",
     [("missing", 2.0)]),
    ("ru", "Полиция сообщила, что двое рыбаков не вернулись домой.", [("missing", 2.0)]),
    ("ru", "Мэр сообщил, что 300 жителей до сих пор не могут вернуться домой.", [("displaced", 300.0)]),
    ("en", "Police said two fishermen did not return home on Sunday.", [("missing", 2.0)]),
    ("en", "The mayor said 300 residents could not return home.", [("displaced", 300.0)]),
    ("ko", "경찰은 등산객 2명이 아직 집에 돌아오지 않았다고 밝혔다.", [("missing", 2.0)]),
    ("uk", "За даними ОВА, 12 тисяч переселенців досі не повернулися.", [("displaced", 12000.0)]),
    ("ru", "По данным администрации, 12 тысяч переселенцев до сих пор не вернулись домой.",
     [("displaced", 12000.0)]),
    ("uk", "Мер повідомив, що 300 мешканців не змогли повернутися до своїх домівок.", [("displaced", 300.0)]),
    ("ko", "위원회 관계자는 \"전쟁으로 집을 떠난 주민 가운데 아직 돌아오지 못한 사람이 8만여명에 이른다\"고 말했다.",
     [("displaced", 80000.0)]),
    # (people out of reach of aid are not lost; contact restored with places is no one)
    ("en", "The agency said aid workers could not reach 40,000 people in the besieged town.", []),
    ("en", "The company said it could trace all 40 workers from the shift.", []),
    ("ru", "Губернатор сообщил, что связь с 15 поселками восстановлена.", []),
    # --- maiming is wounding; killed or maimed, before or after the number, is killed or wounded ---
    ("uk", "ЮНІСЕФ повідомив, що торік загинули або були покалічені понад 9 тисяч дітей.",
     [("killed_or_wounded", 9000.0)]),
    ("uk", "ЮНІСЕФ повідомив, що торік понад 9 тисяч дітей були вбиті або скалічені.", [("killed_or_wounded", 9000.0)]),
    ("uk", "ЮНІСЕФ повідомив, що внаслідок вибухів мін покалічено 300 дітей.", [("wounded", 300.0)]),
    ("ru", "ЮНИСЕФ сообщил, что в прошлом году погибли или были искалечены более 9 тысяч детей.",
     [("killed_or_wounded", 9000.0)]),
    ("ru", "ЮНИСЕФ сообщил, что в прошлом году более 9 тысяч детей были убиты или покалечены.",
     [("killed_or_wounded", 9000.0)]),
    ("en", "UNICEF said more than 9,000 children were killed or maimed last year.", [("killed_or_wounded", 9000.0)]),
    ("ko", "유니세프는 지난해 어린이 9천명이 사망하거나 부상했다고 밝혔다.", [("killed_or_wounded", 9000.0)]),
    ("uk", "ЮНІСЕФ повідомив, що 4 тисячі дітей загинули, ще 5 тисяч дітей отримали каліцтва.",
     [("killed", 4000.0), ("wounded", 5000.0)]),
    # --- the wanted caught, and members of a body of any kind arrested, are captured ---
    ("ru", "Полиция сообщила, что задержаны 18 разыскиваемых.", [("captured", 18.0)]),
    ("uk", "Поліція повідомила, що затримали 18 розшукуваних.", [("captured", 18.0)]),
    ("ru", "Полиция сообщила, что разыскивает 18 человек.", [("missing", 18.0)]),
    ("en", "Police said they had arrested 37 members of the gang.", [("captured", 37.0)]),
    ("en", "The spokesman said security forces had arrested 37 members of the cell.", [("captured", 37.0)]),
    ("uk", "Поліція повідомила, що затримала 12 членів банди.", [("captured", 12.0)]),
    ("en", "The council said 15 members voted for the resolution.", []),
    ("en", "The ministry said 12 members of the Security Council had signed.", []),
    # --- personnel keeping order or helping others through an event are deployed ---
    ("ru", "В полиции уточнили, что порядок обеспечивали более 1,2 тыс. сотрудников.", [("deployed", 1200.0)]),
    ("uk", "У поліції повідомили, що порядок забезпечували понад 800 правоохоронців.", [("deployed", 800.0)]),
    ("uk", "У ДСНС повідомили, що понад 900 військовослужбовців допомагають евакуйовувати людей.", [("deployed", 900.0)]),
    ("ru", "В МЧС сообщили, что более 600 военнослужащих помогают эвакуировать жителей.", [("deployed", 600.0)]),
    ("en", "Police said 1,500 officers were on duty at the stadium.", [("deployed", 1500.0)]),
    ("ko", "군 당국은 장병 1200명이 주민 피난을 돕고 있다고 밝혔다.", [("deployed", 1200.0)]),
    ("ko", "경찰은 경기장에 경비 인력 1500명을 배치했다고 밝혔다.", [("deployed", 1500.0)]),
    # (the people helped out are the evacuated; guards of prisoners count the prisoners)
    ("uk", "У ДСНС повідомили, що рятувальники допомогли відселити 300 людей.", [("displaced", 300.0)]),
    ("ru", "Полиция сообщила, что охраняла 300 задержанных.", [("captured", 300.0)]),
    # --- where the people counted stayed says what their return was: from a camp displaced, from a jail captured ---
    ("uk", "Міністерство повідомило, що країна повернула на батьківщину ще 540 своїх громадян, які перебували в таборі.",
     [("displaced", 540.0)]),
    ("ru", "Министерство сообщило, что страна вернула на родину 540 своих граждан, находившихся в лагере.",
     [("displaced", 540.0)]),
    ("ru", "Министерство сообщило, что страна вернула на родину 120 граждан, которые находились в тюрьмах.",
     [("captured", 120.0)]),
    ("uk", "Міністерство повідомило, що 40 людей, які перебували в укритті, загинули.", [("killed", 40.0)]),
    ("ko", "외교부는 캠프에 머물던 자국민 540명을 본국으로 송환했다고 밝혔다.", [("displaced", 540.0)]),
    ("ko", "외교부는 교도소에 수용돼 있던 자국민 30명을 본국으로 송환했다고 밝혔다.", [("captured", 30.0)]),
    # --- arriving, passing through: a relative clause of fleeing says who the people counted are ---
    ("uk", "За даними ООН, до країни прибули 12 тисяч людей, які тікали від насильства.", [("displaced", 12000.0)]),
    ("ru", "По данным ООН, в страну прибыли 15 тысяч человек, которые спасались от насилия.", [("displaced", 15000.0)]),
    ("uk", "Прем'єр-міністр заявив, що з початку війни через країну пройшли понад 800 тисяч людей, які рятувалися від "
           "бойових дій.", [("displaced", 800000.0)]),
    ("uk", "Міністр повідомив, що до міста прибули 300 військових.", [("deployed", 300.0)]),
    # (people who cannot get out of a zone of fighting are not lost)
    ("ru", "Мэр рассказал, что сотни жителей отрезанных деревень по-прежнему не могут выбраться из зоны боев.", []),
    ("ko", "해경은 선원 4명과 연락이 없는 상태라고 밝혔다.", [("missing", 4.0)]),
    ("ko", "해경은 선원 4명의 소식이 없다고 밝혔다.", [("missing", 4.0)]),
    # --- people remaining where they are trapped (a mine, a shaft) are missing; in the hands of a side, captured ---
    ("ko", "검찰은 갱도 안에 아직 광부 9명이 남아 있으며 이들의 생사는 확인되지 않았다고 했다.", [("missing", 9.0)]),
    ("en", "The company said 12 miners remained in the flooded shaft.", [("missing", 12.0)]),
    ("en", "The company said 200 miners live in the town near the mine.", []),
    ("ru", "По утверждению движения, в его руках остаются еще около 40 солдат правительственных войск.",
     [("captured", 36.0)]),
    ("uk", "За словами речника руху, у його руках залишаються ще близько 40 солдатів.", [("captured", 36.0)]),
    ("en", "The rebels said about 40 government soldiers remain in their hands.", [("captured", 36.0)]),
    # --- the noun of taking prisoner, in every language ---
    ("uk", "Повстанці заявили про полонення понад 80 військових хунти.", [("captured", 80.0)]),
    ("ru", "Повстанцы заявили о пленении более 80 военных хунты.", [("captured", 80.0)]),
    # --- a state of the hurt is no statement of none: the noun counted decides ---
    ("ko", "경찰은 \"의식이 없는 중상자도 2명 있어 사망자가 늘어날 수 있다\"고 말했다.", [("wounded", 2.0)]),
]


@pytest.mark.parametrize("lang, text, expected", MEASURE7_CASES)
def test_measure_from_the_verb_family(lang, text, expected):
    assert _rows(text, lang) == expected


# --- session 17, "measure8": the measure from the event's semantic class, every member of the family ------------------
MEASURE8_CASES = [
    # --- a noun of action names the event its verb names: each measure verb's noun, made by the table's
    # action_noun_endings and checked in pymorphy3's dictionary ("ликвидировать" -> "ликвидация") ---
    ("ru", "Армия сообщила о ликвидации восьми боевиков.", [("killed", 8.0)]),
    ("ru", "В ФСБ заявили об уничтожении 12 диверсантов.", [("killed", 12.0)]),
    ("ru", "Штаб сообщил о нейтрализации трех террористов.", [("killed", 3.0)]),
    ("ru", "Губернатор сообщил о выселении 300 жителей.", [("displaced", 300.0)]),
    ("ru", "Министерство сообщило о переселении 300 семей.", [("displaced", 300.0)]),
    ("uk", "Армія повідомила про ліквідацію восьми бойовиків.", [("killed", 8.0)]),
    ("uk", "У штабі заявили про знищення 40 окупантів.", [("killed", 40.0)]),
    ("uk", "Військові повідомили про нейтралізацію трьох терористів.", [("killed", 3.0)]),
    ("uk", "Голова ОВА повідомив про виселення 300 мешканців.", [("displaced", 300.0)]),
    ("uk", "Поліція повідомила про захоплення 14 заручників.", [("captured", 14.0)]),
    ("uk", "Міністерство повідомило про переселення 300 родин.", [("displaced", 300.0)]),
    ("en", "The army said eight gunmen were eliminated in the raid.", [("killed", 8.0)]),
    ("en", "The army said it had eliminated eight fighters.", [("killed", 8.0)]),
    ("en", "The army announced the elimination of eight militants.", [("killed", 8.0)]),
    # (things destroyed are no one; graves found are places, not the dead)
    ("ru", "Штаб сообщил об уничтожении 12 танков.", []),
    ("uk", "Поліція повідомила, що знайшли 12 масових поховань.", []),
    ("ru", "Полиция сообщила, что обнаружены 12 массовых захоронений.", []),
    # --- a finite verb after the people counted says what befell them, whatever word stands between ---
    ("ru", "Не менее 11 беженцев рохинджа погибли при крушении лодки у Суматры, сообщила полиция.", [("killed", 11.0)]),
    ("ru", "Полиция сообщила, что 14 мигрантов из Сомали утонули при крушении лодки.", [("killed", 14.0)]),
    # --- two adjectives of one noun joined by "and" end no clause: the losses before them count the number ---
    ("ru", "По данным штаба, потери противника на северном и южном направлениях составили до 240 военнослужащих.",
     [("killed_or_wounded", 0.0)]),
    ("uk", "За даними штабу, втрати ворога на північному та південному напрямках склали 240 військовослужбовців.",
     [("killed_or_wounded", 240.0)]),
    # --- a noun of people who suffered an event keeps its measure over a relative clause about what they did ---
    ("uk", "Кількість вимушених переселенців, які прибули до країни, становить 12 тисяч, повідомив міністр.",
     [("displaced", 12000.0)]),
    ("ru", "Число беженцев, которые прибыли в страну, составило 12 тысяч, сообщил министр.", [("displaced", 12000.0)]),
    # (a noun of action after a noun of things describes that thing: the people stay in the zone, no one moved)
    ("uk", "Він додав, що в зоні евакуації досі залишаються близько 600 людей.", []),
    ("ru", "Он добавил, что в зоне эвакуации остаются около 600 человек.", []),
    ("uk", "Поліція зареєструвала 75 випадків викрадення людей, повідомили в МВС.", [("captured", 75.0)]),
    ("ru", "Министерство обороны сообщило, что для помощи в ликвидации последствий паводка направлены 150 "
           "военнослужащих.", [("deployed", 150.0)]),
    # (a verb whose object is a thing is no event of the people before it)
    ("uk", "Рятувальники деблокували з-під завалів трьох людей та ліквідували пожежу, повідомили в ДСНС.", []),
    # --- the agent of a passive, in the instrumental, is not the people counted; taking away is capture ---
    ("ru", "«Двое пассажиров были уведены боевиками в лес», — сообщил начальник полиции округа.", [("captured", 2.0)]),
    ("ru", "По словам начальника полиции, боевики увели в лес двух пассажиров.", [("captured", 2.0)]),
    ("ru", "Полиция сообщила, что боевики угнали в неизвестном направлении 12 жителей села.", [("captured", 12.0)]),
    ("uk", "Поліція повідомила, що бойовики забрали з собою 12 жителів села.", [("captured", 12.0)]),
    ("uk", "Губернатор повідомив, що 40 мешканців були відселені військовими.", [("displaced", 40.0)]),
    ("ru", "Губернатор сообщил, что 40 жителей были выселены военными.", [("displaced", 40.0)]),
    ("ru", "Губернатор сообщил, что в город прибыли 300 военнослужащих.", [("deployed", 300.0)]),
    ("ru", "Полиция сообщила, что злоумышленники угнали 12 автомобилей.", []),
    # --- the rest of a cue around the number ("судьба N … неизвестна") stands past a long phrase about the people ---
    ("ru", "Местонахождение 318 жителей приграничных районов области, оказавшихся в зоне боевых действий, до сих пор не "
           "установлено, сообщил губернатор.", [("missing", 318.0)]),
    ("uk", "Червоний Хрест повідомив, що доля 27 людей після удару по житловому комплексу на півночі міста досі "
           "залишається невідомою.", [("missing", 27.0)]),
    ("ru", "Красный Крест сообщил, что судьба 27 человек после удара по жилому комплексу на севере города остается "
           "неизвестной.", [("missing", 27.0)]),
    ("uk", "Поліція повідомила, що місцезнаходження 12 рибалок з села на березі озера досі не встановлено.",
     [("missing", 12.0)]),
    ("en", "The Red Cross said the fate of 27 people from the flooded villages near the river remains unknown.",
     [("missing", 27.0)]),
    # --- none of the bodies: a word of none before a noun of the dead ("никаких", "жодних", "no bodies") is zero ---
    ("ru", "Министр обороны сообщил, что никаких тел в районе поиска обнаружено не было.", [("killed", 0.0)]),
    ("uk", "«Жодних тіл у районі пошуку не виявлено», — повідомив міністр оборони.", [("killed", 0.0)]),
    ("ru", "Никаких погибших в районе поиска нет, сообщил министр обороны.", [("killed", 0.0)]),
    ("en", "The coast guard said no bodies had been found so far.", [("killed", 0.0)]),
    ("en", "Police said no bodies were found and 12 people remain missing.", [("killed", 0.0), ("missing", 12.0)]),
    ("ru", "В МЧС сообщили, что никаких данных о погибших пока нет.", []),
    ("uk", "У ДСНС повідомили, що жодних даних про загиблих поки немає.", []),
    ("en", "The coast guard said there was no body count yet.", []),
    ("en", "Gunmen attacked a camp overnight, burning hundreds of shelters, the army said.", []),
    # --- asylum and protection granted: the displaced, in any order of the verb and its object ---
    ("uk", "За даними департаменту, притулок або тимчасовий захист у країні отримали понад 2 тисячі громадян.",
     [("displaced", 2000.0)]),
    ("ru", "По данным департамента, убежище или дополнительную защиту в стране получили более 2 тысяч граждан.",
     [("displaced", 2000.0)]),
    ("ru", "По данным департамента, статус беженца в прошлом году получили 2 тысячи человек.", [("displaced", 2000.0)]),
    ("en", "The department said more than 2,000 Belarusians were granted asylum last year.", [("displaced", 2000.0)]),
    ("en", "The department said it had granted asylum to 2,000 people last year.", [("displaced", 2000.0)]),
    ("en", "The ministry said 4,500 people received temporary protection in March.", [("displaced", 4500.0)]),
    ("ko", "이민국은 지난해 벨라루스인 2천명이 망명을 허가받았다고 밝혔다.", [("displaced", 2000.0)]),
    ("ko", "법무부는 지난해 1천200명이 난민 지위를 인정받았다고 밝혔다.", [("displaced", 1200.0)]),
    ("en", "The ministry said 300 asylum applications were rejected last year.", []),
    # --- two events joined by "and" are a pair only when no number of their own stands between them ---
    ("en", "The border service said its units had recovered seven bodies and were still searching for at least four "
           "people.", [("killed", 7.0), ("missing", 4.0)]),
    ("ru", "Спасатели сообщили, что извлекли 7 тел и продолжают искать еще 4 человек.", [("killed", 7.0), ("missing", 4.0)]),
    ("en", "Police said 12 people were killed and wounded in the blast.", [("killed_or_wounded", 12.0)]),
    ("ru", "По данным управления, за двое суток 40 человек погибли или получили травмы, 12 из них скончались.",
     [("killed", 12.0), ("killed_or_wounded", 40.0)]),
    # --- a range of days beside a month is a date, no count ("19-20 вересня", "4–11 March") ---
    ("uk", "За даними уряду, після операції 19-20 вересня до країни прибули 100 тисяч біженців.", [("displaced", 100000.0)]),
    ("ru", "По данным прокуратуры, в ходе событий 4-11 января погибли 227 человек.", [("killed", 227.0)]),
    ("en", "The ministry said 227 people were killed between March 4-11.", [("killed", 227.0)]),
    ("en", "The ministry said 227 people were killed on 4–11 March.", [("killed", 227.0)]),
    ("ru", "По данным МЧС, погибли 5-7 человек.", [("killed", 5.0)]),
    ("en", "Police said four people were killed and 12 injured in the blast.", [("killed", 4.0), ("wounded", 12.0)]),
    # --- martyrdom is death in every language ---
    ("en", "\"Twelve brave sons of the soil embraced martyrdom in the fighting,\" the army said in a statement.",
     [("killed", 12.0)]),
    ("ru", "По данным штаба, в бою пали смертью храбрых 14 военнослужащих.", [("killed", 14.0)]),
    ("uk", "За даними штабу, у бою полягли 14 військових.", [("killed", 14.0)]),
    ("ko", "군은 성명에서 \"교전 중 장병 12명이 순교했다\"고 밝혔다.", [("killed", 12.0)]),
    # --- losses of people in Korean ---
    ("ko", "국방부는 적군의 손실이 240명에 달했다고 밝혔다.", [("killed_or_wounded", 240.0)]),
    ("ko", "국방부는 적군이 240명의 병력 손실을 입었다고 밝혔다.", [("killed_or_wounded", 240.0)]),
    ("ko", "기재부는 경제적 손실이 3조원에 달했다고 밝혔다.", []),
]


@pytest.mark.parametrize("lang, text, expected", MEASURE8_CASES)
def test_measure_from_the_event_class(lang, text, expected):
    assert _rows(text, lang) == expected


# --- session 19, "measure10": zeros, people in care, the people counted before a place's noun -------------------------
MEASURE10_CASES = [
    # --- a word of none that takes a negated verb: the negation agrees with the none, the verb is the zero's measure ---
    ("ru", "Никто не погиб, сообщили в МЧС области.", [("killed", 0.0)]),
    ("ru", "При пожаре не пострадал никто, сообщили в МЧС.", [("wounded", 0.0)]),
    ("ru", "Ни один человек не был госпитализирован, сообщили в минздраве.", [("wounded", 0.0)]),
    ("uk", "Ніхто не загинув, повідомили в ДСНС.", [("killed", 0.0)]),
    ("uk", "Жоден із пасажирів не постраждав, повідомили в поліції.", [("wounded", 0.0)]),
    ("uk", "Внаслідок удару ніхто не травмований, повідомили в ОВА.", [("wounded", 0.0)]),
    ("uk", "Ніхто не зник безвісти, повідомили в поліції.", [("missing", 0.0)]),
    # (none of another verb's clause; people who were not hurt)
    ("ru", "Никто не знает, сколько человек погибло, сообщили в МЧС.", []),
    ("ru", "Двое рабочих не пострадали, сообщили в МЧС.", []),
    ("uk", "Двоє людей не постраждали, повідомили в ДСНС.", []),
    ("uk", "\"Робимо все, щоб ніхто не постраждав\", - сказав речник поліції.", []),
    ("ru", "\"Мы делаем все, чтобы никто не погиб\", - заявил глава МЧС.", []),
    # (a none whose verb an adverb of degree qualifies leaves others hurt)
    ("uk", "У мікроавтобусі їхали семеро дітей, ніхто з них серйозно не постраждав, повідомили в поліції.", []),
    ("ru", "Никто из пассажиров не пострадал серьезно, сообщили в полиции.", []),
    # --- none of fatal cases, none recorded, no harm done ---
    ("uk", "Летальних випадків немає, повідомили в департаменті охорони здоров'я.", [("killed", 0.0)]),
    ("uk", "Смертельних випадків не зафіксовано, повідомили в обласній адміністрації.", [("killed", 0.0)]),
    ("uk", "Обійшлося без жертв, повідомили в ДСНС.", [("killed", 0.0)]),
    ("uk", "Минулося без постраждалих, повідомили в ДСНС.", [("wounded", 0.0)]),
    ("ru", "Летальных случаев не зарегистрировано, сообщили в минздраве.", [("killed", 0.0)]),
    ("ru", "Смертельных случаев нет, сообщили в минздраве.", [("killed", 0.0)]),
    ("ru", "Обошлось без пострадавших, сообщили в МЧС.", [("wounded", 0.0)]),
    ("ru", "По данным санитарной службы, в области зарегистрировано 14 летальных случаев.", [("killed", 14.0)]),
    # (none of something that is no one)
    ("ru", "Новых случаев заболевания не зафиксировано, сообщили в минздраве.", []),
    ("ru", "Нарушений не зафиксировано, сообщили в полиции.", []),
    ("ru", "Эвакуация прошла без происшествий, сообщили в МЧС.", []),
    # --- a place of care, custody or shelter right before the people, with no verb: a headline's or a list's
    # ellipsis of staying there ---
    ("uk", "Отруєння на базі відпочинку: у лікарні 17 дітей - ОВА", [("wounded", 17.0)]),
    ("ru", "Пожар в общежитии: в больнице трое студентов - МЧС", [("wounded", 3.0)]),
    # (things in the place, a place of no measure, a verb of another event after the people)
    ("uk", "У лікарні 240 ліжок, повідомили в ОВА.", []),
    ("ru", "В Казани 300 журналистов, сообщили в МИД.", []),
    ("uk", "У лікарні 15 немовлят народилися за добу, повідомили в ОВА.", []),
    # --- a participle that is also a noun of people ("учащиеся") before the school they belong to: the dictionary's
    # animate accusative agrees with no noun of a thing, so the pupils are counted ---
    ("ru", "С признаками отравления госпитализированы 31 учащийся лицея, сообщили в минздраве.", [("wounded", 31.0)]),
    ("ru", "Госпитализированы 19 учащихся колледжа, сообщили в минздраве.", [("wounded", 19.0)]),
    # (a noun of people as an adjective of a thing still counts the thing)
    ("ru", "На место направлены 14 пожарных расчетов, сообщили в МЧС.", []),
    # --- people harmed, a part of whom died: the whole counts the dead with the hurt ---
    ("ru", "По данным МЧС, пострадали 12 человек, трое из них погибли.", [("killed", 3.0), ("killed_or_wounded", 12.0)]),
    ("uk", "За даними ОВА, постраждали дев'ятеро людей, двоє з них, на жаль, загинули.",
     [("killed", 2.0), ("killed_or_wounded", 9.0)]),
    ("uk", "За даними ОВА, постраждалих 14, з них четверо загинули.", [("killed", 4.0), ("killed_or_wounded", 14.0)]),
    # (a part that is in hospital or a part named by who they are; the wounded, a part of whom died later)
    ("ru", "По данным МЧС, пострадали 12 человек, трое из них госпитализированы.", [("wounded", 3.0), ("wounded", 12.0)]),
    ("uk", "За даними ОВА, постраждали 14 людей, серед них двоє дітей.", [("wounded", 2.0), ("wounded", 14.0)]),
    ("ru", "По данным МЧС, ранены 12 человек, трое из них скончались в больнице.", [("killed", 3.0), ("wounded", 12.0)]),
    ("ru", "По данным минздрава, пострадали 16 человек, двое из них скончались в больнице.",
     [("killed", 2.0), ("wounded", 16.0)]),
]


@pytest.mark.parametrize("lang, text, expected", MEASURE10_CASES)
def test_measure10_zeros_care_and_people_before_places(lang, text, expected):
    assert _rows(text, lang) == expected


# (session 19, "measure10", continued): heat illness and severe states; a word of many people that states no figure
# still bounds the clause of the number before it
MEASURE10_MORE_CASES = [
    # --- a none of a part of the people, with no degree: a count of zero ---
    ("ru", "Никто из пассажиров не пострадал, сообщили в полиции.", [("wounded", 0.0)]),
    # --- heat illness is an injury of the weather: its patients (Korean: a noun of them), counted by any body, are the
    # hurt ---
    ("ko", "질병관리청은 올여름 누적 온열질환자는 1천37명이라고 밝혔다.", [("wounded", 1037.0)]),
    ("ko", "전남소방본부는 온열질환 의심 환자 28명을 병원으로 이송했다고 밝혔다.", [("wounded", 28.0)]),
    ("ko", "소방당국은 열사병 증세를 보인 등산객 6명이 병원으로 옮겨졌다고 밝혔다.", [("wounded", 6.0)]),
    ("en", "Hospitals admitted 52 people with heat exhaustion, the health department said.", [("wounded", 52.0)]),
    ("ru", "С солнечным ударом госпитализированы девять человек, сообщили в минздраве.", [("wounded", 9.0)]),
    # (cases of heat illness are cases, no people counted)
    ("en", "The health ministry said clinics had treated 1,940 cases of heat exhaustion.", []),
    ("ru", "По данным минздрава, медики зарегистрировали 1,9 тыс. случаев теплового удара.", []),
    # --- a part of the people taken to hospital in a severe state or with consciousness lowered: hurt ---
    ("ko", "소방본부는 \"이송 환자 가운데 5명은 의식 저하 등 중증 상태였다\"고 밝혔다.", [("wounded", 5.0)]),
    ("ko", "소방본부는 부상자 가운데 4명이 중증 상태라고 밝혔다.", [("wounded", 4.0)]),
    # (a disease's cases and its suspected patients stay no claim, in a severe state too; a warning of heat counts no
    # one)
    ("ko", "보건부는 확진자 가운데 30명이 중증 상태라고 밝혔다.", []),
    ("ko", "보건당국은 콜레라 확진자가 310명이라고 밝혔다.", []),
    ("ko", "보건부는 대피소에서 장티푸스 의심 환자 27명이 보고됐다고 밝혔다.", []),
    ("en", "The weather service warned of heatstroke risk for the next 3 days.", []),
    # --- "several people" in the next clause bounds this number's clause: its cue is not this number's ---
    ("en", "Firefighters said 2,300 villagers had left their homes and several people were treated for burns.",
     [("displaced", 2300.0)]),
    ("en", "Police said 14 people fled their homes and several others were treated for smoke inhalation.",
     [("displaced", 14.0)]),
    ("en", "Officials said 600,000 people were moved to several cyclone shelters.", [("displaced", 600000.0)]),
]


@pytest.mark.parametrize("lang, text, expected", MEASURE10_MORE_CASES)
def test_measure10_degree_heat_and_vague_bounds(lang, text, expected):
    assert _rows(text, lang) == expected


# (session 19, "measure10", continued): a word after a collective number with no genitive is its own clause's
# predicate; an aside about the people counted, with a cue of its own, before the event that befell them
MEASURE10_CLAUSE_CASES = [
    # --- "загинула жінка, семеро поранені": the word after the number is in the nominative, so it is no noun the number
    # governs (that one would be genitive: "померли троє поранених") but the verb of its own clause ---
    ("uk", "Під час обстрілу загинула жінка, ще шестеро поранені - ОВА", [("wounded", 6.0)]),
    ("uk", "Загинув чоловік, четверо травмовані, повідомили в ДСНС.", [("wounded", 4.0)]),
    ("ru", "Погиб мужчина, еще пятеро ранены, сообщили в МЧС.", [("wounded", 5.0)]),
    # (a genitive noun after the number: the verb before says what befell them)
    ("uk", "Померли троє поранених, повідомили в ОВА.", [("killed", 3.0)]),
    ("ru", "Скончались 14 пострадавших, сообщили в минздраве.", [("killed", 14.0)]),
    # --- an aside about where the people were, then a verb of status and the event: the event is theirs ---
    ("ru", "По данным МИД, 35 граждан, находившихся в лагере, числятся пропавшими без вести.", [("missing", 35.0)]),
    ("uk", "За даними МЗС, 26 громадян, які перебували в таборі, вважаються зниклими безвісти.", [("missing", 26.0)]),
    # (the event before the number and another clause after the aside keep their own numbers)
    ("ru", "По данным МЧС, погибли 40 человек, находившихся в здании, ранены еще 12.",
     [("killed", 40.0), ("wounded", 12.0)]),
]


@pytest.mark.parametrize("lang, text, expected", MEASURE10_CLAUSE_CASES)
def test_measure10_predicates_and_asides(lang, text, expected):
    assert _rows(text, lang) == expected


MEASURE10_KO_CLAUSE_CASES = [
    # --- a verb ending in -지만 (but) closes its clause: its cue is not the next number's ---
    ("ko", "경찰은 \"경력을 배치했지만 2천명이 한꺼번에 몰렸다\"고 밝혔다.", []),
    ("ko", "군은 병력 300명을 배치했지만 피해는 없었다고 밝혔다.", [("deployed", 300.0)]),
    ("ko", "소방당국은 2명이 병원으로 옮겨졌지만 숨졌다고 밝혔다.", [("killed", 2.0)]),
]


@pytest.mark.parametrize("lang, text, expected", MEASURE10_KO_CLAUSE_CASES)
def test_measure10_korean_but_closes_a_clause(lang, text, expected):
    assert _rows(text, lang) == expected


# (session 20, "measure11"): displacement, placing people in shelters, and rescue bulletins in every language
MEASURE11_CASES = [
    # --- a number word in an oblique case is followed by a noun only: "трех сел" counts villages (pymorphy3 reads "сел"
    # first as a past form of сесть), and the people before it keep the verb ---
    ("ru", "Более 700 жителей трех сел покинули свои дома из-за паводка, сообщили в МЧС.", [("displaced", 700.0)]),
    ("ru", "Свыше 250 жителей двух сел покинули свои дома, сообщили в администрации района.", [("displaced", 250.0)]),
    ("ru", "Из пяти сел вывезли 1 200 человек, сообщили в МЧС.", [("displaced", 1200.0)]),
    ("uk", "Понад 900 мешканців трьох сіл відселили, повідомили в ОВА.", [("displaced", 900.0)]),
    # --- verbs of putting people up (as English "housed", "accommodated") with a place of shelter are displacement, also
    # after a relative clause about the people counted ---
    ("ru", "Более 350 человек разместили в палатках, сообщили в МЧС.", [("displaced", 350.0)]),
    ("ru", "Более 350 человек, чьи дома затоплены, разместили в палатках, сообщили в МЧС.", [("displaced", 350.0)]),
    ("ru", "В палатках расселили 120 погорельцев, сообщили в администрации.", [("displaced", 120.0)]),
    ("uk", "Понад 500 людей, чиї будинки зруйновано, розмістили в укриттях, повідомили в ОВА.", [("displaced", 500.0)]),
    ("uk", "У наметах розселили 80 мешканців, повідомили в ДСНС.", [("displaced", 80.0)]),
    ("ru", "Более 90 человек, которые лишились жилья, живут в палатках, сообщили в МЧС.", [("displaced", 90.0)]),
    ("ko", "구호단체는 이재민 170명이 임시대피소에서 생활하고 있다고 밝혔다.", [("displaced", 170.0)]),
    # (people put up somewhere that is no shelter, or soldiers stationed, are no displaced)
    ("ru", "В гостинице разместили 40 журналистов, сообщили в администрации.", []),
    ("ru", "На базе разместили 400 военнослужащих, сообщили в минобороны.", [("deployed", 400.0)]),
    ("ko", "학교는 학생 400명이 기숙사에서 생활하고 있다고 밝혔다.", []),
    ("ru", "Более 60 человек, которые работают на заводе, живут в общежитии, сообщили в МЧС.", []),
    # --- a bare number driven from homes: "from" opens the place left, no phrase of things after the number ---
    ("en", "Officials say the blaze forced 2,400 from their homes.", [("displaced", 2400.0)]),
    ("en", "The governor said the floods drove 800 from their homes.", [("displaced", 800.0)]),
    ("en", "The army said it destroyed 12 from their bases.", []),
    # --- "for fear of", "in fear of": the verb of fear after a preposition is a noun, no verb of saying whose subject
    # would swallow the people counted ---
    ("en", "The UN refugee agency said 4,000 villagers had fled for fear of new attacks.", [("displaced", 4000.0)]),
    ("en", "Aid groups said 900 residents fled in fear of the rising river.", [("displaced", 900.0)]),
    ("en", "Police fear 20 people were killed.", [("killed", 20.0)]),
    # --- frostbite, an injury of cold as a burn is of heat, is the hurt (signs of hypothermia in people rescued, with
    # no care, are not: they are the rescued) ---
    ("uk", "Трьох туристів з обмороженнями рятувальники в ніч на неділю доправили до лікарні, повідомили в ДСНС.",
     [("wounded", 3.0)]),
    ("uk", "Четверо лижників отримали обмороження, повідомили в ДСНС.", [("wounded", 4.0)]),
    ("ru", "Пятерых рыбаков с обморожениями доставили в больницу, сообщили в МЧС.", [("wounded", 5.0)]),
    ("en", "Police said three climbers suffered frostbite.", [("wounded", 3.0)]),
    ("ko", "소방당국은 등산객 3명이 동상을 입었다고 밝혔다.", [("wounded", 3.0)]),
    ("ko", "해경은 구조된 선원 2명이 저체온증 증세를 보였지만 생명에는 지장이 없다고 밝혔다.", []),
    ("en", "Rescuers pulled 12 people from the water, some suffering from hypothermia, police said.", []),
    # --- Korean: a state on the way to hospital gives way, with the transfer, to the event that ended it ---
    ("ko", "해경은 선원 4명이 의식이 없는 상태로 병원에 옮겨졌다가 끝내 숨졌다고 밝혔다.", [("killed", 4.0)]),
    ("ko", "소방당국은 2명이 의식불명 상태로 병원에 이송됐다가 숨졌다고 밝혔다.", [("killed", 2.0)]),
    ("ko", "소방당국은 작업자 3명이 중상을 입은 채 병원으로 이송됐다가 숨졌다고 밝혔다.", [("killed", 3.0)]),
    # (with no later event the state and the transfer stay the hurt)
    ("ko", "해경은 선원 3명이 의식이 없는 상태로 병원에 옮겨졌다고 밝혔다.", [("wounded", 3.0)]),
    # --- the plural pronoun opening the next clause stands for the people counted: its verb says what befell them ---
    ("uk", "Троє альпіністів самі спустилися до табору, вони отримали травми, повідомили в ДСНС.", [("wounded", 3.0)]),
    ("ru", "Четверо рыбаков добрались до берега сами, они получили обморожения, сообщили в МЧС.", [("wounded", 4.0)]),
    ("ru", "Пятеро горняков поднялись на поверхность, они не пострадали, сообщили в МЧС.", []),
    # --- patients (session 20's rule): people taken into a hospital, on admission or hospitalised, are the hurt whatever
    # made them ill; cases, people who fell ill and patients seen or treated for a disease are no claim ---
    ("en", "The commissioner said 64 patients were on admission in the treatment centres.", [("wounded", 64.0)]),
    ("en", "The hospital said 146 patients were admitted.", [("wounded", 146.0)]),
    ("ko", "보건부는 현재 입원한 콜레라 환자는 900명이라고 밝혔다.", [("wounded", 900.0)]),
    ("ru", "По данным минздрава, госпитализированы 40 человек с кишечной инфекцией.", [("wounded", 40.0)]),
    ("en", "The charity said its mobile teams had seen 2,800 patients, most for skin infections.", []),
    ("en", "The hospital said it treated 300 patients, most for diarrhoea.", []),
    ("ko", "보건부는 뎅기열 의심 환자가 4만명 발생했다고 밝혔다.", []),
    ("ru", "По данным минздрава, с начала года корью заболели 300 детей.", []),
    ("uk", "За даними МОЗ, зареєстровано 120 випадків захворювання.", []),
    # --- a need to be moved is a displacement foreseen, not a need of aid ---
    ("en", "The IOM said 7,000 people could need to be relocated if the river keeps rising.", [("displaced", 7000.0)]),
    ("en", "The WFP said 7,000 people need food aid.", [("in_need", 7000.0)]),
]


@pytest.mark.parametrize("lang, text, expected", MEASURE11_CASES)
def test_measure11_displacement_shelter_and_bulletins(lang, text, expected):
    assert _rows(text, lang) == expected
