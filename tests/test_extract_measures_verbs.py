"""Measures carried by a verb phrase: medical care, shooting, return from captivity and handing over, registers and
cases, deployment (session 15, "measure6").

Every sentence is our own; each names its speaker plainly so that only the measure is under test. The numbers are
worked out by hand: (metric, low) of each row, sorted.
"""
import pytest

from analysis import extract_claims


def _rows(text: str, lang: str) -> list[tuple[str, float]]:
    df = extract_claims(text, lang=lang)
    return sorted(zip(df["metric"], df["low"]))


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
    # (care for a disease is no injury)
    ("en", "Doctors treated 230 cases of cholera last week, the ministry said.", []),
    ("ru", "Больница приняла 170 пациентов с гриппом, сообщил главный врач.", []),
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
    # (equipment sent is no one)
    ("en", "Bulgaria sent 12 fire engines, the commission said.", []),
    ("ru", "Израиль прислал четыре самолета, сообщил министр.", []),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_measure_from_the_verb(lang, text, expected):
    assert _rows(text, lang) == expected
