"""The speaker's country of home bodies, investigators and national sections (our own sentences, no article text).

Each mechanism with sentences that failed before it and distractors where it must not fire:

- a bare home body in Korean (a compound that ends like a state body, "보훈부", is the body, not a person's name) in a
  page that names the home among other countries and leads with none speaks for the home;
- a bare home ministry in home news whose opening names no country but the home speaks for the home, even when the
  story's body names other countries more often (the nations of asylum seekers);
- a country named as the owner of armed forces or a unit of them ("полків РФ", "армии Украины") says whose soldiers
  the sentence tells of, not where it is nor whom bare investigators, prosecutors or courts speak for;
- a national section of an international non-governmental body, named in Korean with its country glued before the
  body's name ("한국월드비전"), is that country's, and so is the body's bare name after it and in the headline over it;
- "the regulator" points back to a board named before (a board is a body noun, like a council);
- a rights group named with its nation's short name in Korean ("아프간", "버마") is that nation's, and a named public
  organisation ("общественная организация «…»") is a charity of the story's country, else of the language's home;
- the authors ("по подсчетам авторов", "the authors said") point back to the research group named before; an author
  of nothing named is a private person;
- a Korean head's title ("감식단장": 감식단 + 장) names the body named before whose name ends so ("유해발굴감식단").
"""

import pytest

from analysis import extract_claims


def rows(text: str, lang: str, url: str = "") -> list[dict]:
    return extract_claims(text, lang=lang, url=url).to_dict("records")


def countries(text: str, lang: str, stated: str, url: str = "") -> set[str]:
    """The countries of every row whose number opens with ``stated`` (a headline and its lede may both hold it)."""
    hits = [r for r in rows(text, lang, url) if r["stated"].startswith(stated)]
    assert hits, rows(text, lang, url)
    return {r["country"] for r in hits}


# -- a bare Korean state body is a body, not a name ----------------------------------------------------------------
KOREAN_BARE_HOME_BODY = [
    # (text, the number's opening, the expected country): the page names Korea and North Korea, none leads
    ("국가보훈부는 장진호 전투 기념식을 연다고 11일 밝혔다.\n\n"
     "보훈부는 이 전투에서 국군 4천여명이 숨졌고 북한군도 큰 피해를 입었다고 설명했다.", "4천여명", "KR"),
    ("행정안전부는 피해 집계를 발표했다.\n\n"
     "행안부에 따르면 국군과 북한군의 교전으로 주민 60여명이 다쳤다.", "60여명", "KR"),
]


@pytest.mark.parametrize("text, stated, country", KOREAN_BARE_HOME_BODY)
def test_a_bare_korean_state_body_is_the_homes(text, stated, country):
    assert countries(text, "ko", stated) == {country}


def test_a_korean_person_named_bare_keeps_no_country():
    # distractor: a person's name with no office is no state body; it takes no home country
    assert countries("국군과 북한군의 교전이 이어졌다.\n\n참전용사 김철수 씨는 \"전우 30명이 숨졌다\"고 말했다.", "ko", "30") == {""}


# -- a bare home ministry in home news whose opening names no country but the home ---------------------------------
HOME_NEWS_MINISTRY = [
    # a Korean paper: the applicants' nations named further down (China twice) do not make the ministry China's
    ("https://www.yna.co.kr/view/AKR20250101000100001",
     "법무부 \"지난해 난민 인정 80명\"\n\n(서울=연합뉴스) 김민수 기자 = 법무부는 지난해 난민으로 인정된 사람이 80명이라고 "
     "2일 밝혔다.\n\n신청자는 중국, 러시아, 카자흐스탄 순으로 많았다.\n\n중국 국적 신청자는 전년보다 늘었다.",
     "ko", "80", "KR"),
    # an English paper of Kenya: the ministry's statistics of refugees from Somalia
    ("https://www.the-star.co.ke/news/2025-01-02-refugees",
     "Ministry says 2,400 asylum seekers registered last year\n\n"
     "The Ministry of Interior said 2,400 asylum seekers were registered last year.\n\n"
     "Most of them came from Somalia, and others from South Sudan and Somalia's border towns. Somalia remains unstable.",
     "en", "2,400", "KE"),
]


@pytest.mark.parametrize("url, text, lang, stated, country", HOME_NEWS_MINISTRY)
def test_a_bare_home_ministry_in_home_news_is_the_homes(url, text, lang, stated, country):
    assert countries(text, lang, stated, url) == {country}


HOME_NEWS_DISTRACTORS = [
    # the opening sets the story abroad: the bare ministry is that country's
    ("https://www.yna.co.kr/view/AKR20250101000100002",
     "튀르키예 지진 사망자 120명\n\n(서울=연합뉴스) 김민수 기자 = 튀르키예 남부에서 지진이 나 120명이 숨졌다고 보건부가 밝혔다.\n\n"
     "튀르키예 정부는 구조대를 보냈다.", "ko", "120", "TR"),
    # a local body (the police) keeps the country the story names, whatever the opening says
    ("https://ria.ru/20250101/x.html",
     "Начальник полиции сообщил, что погибли трое.\n\nПолиция Техаса ищет стрелка. В США такие случаи часты, "
     "в США их считают.", "ru", "трое", "US"),
]


@pytest.mark.parametrize("url, text, lang, stated, country", HOME_NEWS_DISTRACTORS)
def test_a_bare_body_of_a_story_set_abroad_keeps_its_country(url, text, lang, stated, country):
    assert countries(text, lang, stated, url) == {country}


# -- the owner of armed forces is whose soldiers, not where nor whom a bare home body speaks for --------------------
FORCES_OWNER = [
    # Ukrainian court news: the investigators are Ukraine's, the regiments Russia's
    ("uk", "Суд у Чернігові засудив командира за злочини в Україні.\n\nЗа даними слідства, у селі тоді перебували "
           "близько 200 військових двох батальйонів РФ.", "близько 200", "UA"),
    # Russian news: the investigators are Russia's, the regiment Ukraine's
    ("ru", "Суд в России вынес приговор.\n\nПо данным следствия, в селе находились около 120 военнослужащих полка "
           "армии Украины.", "около 120", "RU"),
]


@pytest.mark.parametrize("lang, text, stated, country", FORCES_OWNER)
def test_the_owner_of_armed_forces_is_not_whom_investigators_speak_for(lang, text, stated, country):
    assert countries(text, lang, stated) == {country}


def test_an_english_home_paper_keeps_its_prosecutors_beside_an_adversarys_army():
    text = ("Commander charged over school siege in Ukraine\n\nThe Prosecutor General's Office said about 300 "
            "soldiers of Russia's army were deployed in the village.")
    assert countries(text, "en", "about 300", "https://kyivindependent.com/x") == {"UA"}


FORCES_DISTRACTORS = [
    # a place of the other country (a province of Russia) is where the sentence is
    ("uk", "Суд засудив командира армії РФ за злочини в Україні.\n\nЗа даними слідства, у Бєлгородській області Росії "
           "тоді перебували близько 200 військових.", "близько 200", "RU"),
    ("ru", "Суд в России вынес приговор.\n\nПо данным следствия, в Харьковской области Украины находились около 120 "
           "военнослужащих.", "около 120", "UA"),
    # news of a war abroad that never names the home: the army's country is the story's
    ("uk", "У Судані тривають бої.\n\nЗа даними слідства, у місті перебували близько 300 військових полку армії Судану.",
     "близько 300", "SD"),
]


@pytest.mark.parametrize("lang, text, stated, country", FORCES_DISTRACTORS)
def test_a_place_or_a_story_abroad_keeps_its_country(lang, text, stated, country):
    assert countries(text, lang, stated) == {country}


# -- a national section of an international NGO, glued in Korean ---------------------------------------------------
@pytest.mark.parametrize("text, stated, country, organisation", [
    # a country glued before the body's name: that country's section; its bare name after it is the section
    ("한국월드비전은 남수단에서 아동 40명이 숨졌다고 3일 밝혔다. 월드비전은 이 가운데 9명이 영아라고 덧붙였다.",
     "40", "KR", "World Vision (KR)"),
    ("한국월드비전은 남수단에서 아동 40명이 숨졌다고 3일 밝혔다. 월드비전은 이 가운데 9명이 영아라고 덧붙였다.",
     "9", "KR", "World Vision (KR)"),
    ("일본옥스팜은 홍수로 주민 250명이 숨졌다고 밝혔다.", "250", "JP", "Oxfam (JP)"),
    # a seated body's section in another country is that country's (Save the Children's seat is Britain)
    ("이탈리아세이브더칠드런은 지중해에서 아동 12명이 숨졌다고 밝혔다.", "12", "IT", "Save the Children (IT)"),
])
def test_a_korean_national_section_takes_its_country(text, stated, country, organisation):
    hits = [r for r in rows(text, "ko") if r["stated"].startswith(stated)]
    assert [(r["country"], r["organisation"]) for r in hits] == [(country, organisation)]


def test_a_korean_headline_names_the_section_its_lede_names():
    text = ("월드비전 \"남수단 아동 40명 숨져\"\n\n"
            "[서울=뉴시스] 김민수 기자 = 한국월드비전은 남수단에서 아동 40명이 숨졌다고 3일 밝혔다.")
    assert countries(text, "ko", "40") == {"KR"}


def test_the_international_body_named_alone_keeps_no_country():
    # distractor: no section named, the international body (seatless) keeps none
    assert countries("월드비전은 남수단에서 아동 40명이 숨졌다고 밝혔다.", "ko", "40") == {""}


# -- a state office's kind word points back to a board named before --------------------------------------------------
def test_the_regulator_is_the_board_named_before():
    text = "Twelve workers died in 2023, the Quarry Safety Board said. The regulator said another 30 were hurt."
    hits = [(r["stated"], r["speaker"]) for r in rows(text, "en")]
    assert hits == [("Twelve", "Quarry Safety Board"), ("30", "Quarry Safety Board")]


def test_a_regulator_with_no_body_before_speaks_for_itself():
    hits = [(r["stated"], r["speaker"]) for r in rows("The regulator said 30 workers were hurt.", "en")]
    assert hits == [("30", "regulator")]


# -- a rights group named with its nation's short name; a public organisation of the story's country -----------------
@pytest.mark.parametrize("lang, text, stated, country", [
    # the Korean press's short names of a country (아프간, 버마) are country words like the full ones
    ("ko", "그러나 아프간 인권단체 라호르는 헤라트주에서 어린이 30명이 숨졌다고 주장했다.", "30", "AF"),
    ("ko", "버마 인권단체 '자유의 목소리'는 공습으로 주민 12명이 숨졌다고 밝혔다.", "12", "MM"),
    # a named public organisation (общественная организация: an NGO by its kind words) is of the story's country,
    # else, in news that names none, of the language's home
    ("ru", "Председатель общественной организации «Память шахтёров» Ирина Белова рассказала, что 14 горняков "
           "погибли в шахте.", "14", "RU"),
    ("ru", "Взрыв на шахте в Казахстане.\n\nПредседатель общественной организации «Память шахтёров» Ирина Белова "
           "рассказала, что 14 горняков погибли в шахте в Караганде.", "14", "KZ"),
])
def test_a_named_group_takes_its_nation_or_the_storys_country(lang, text, stated, country):
    assert countries(text, lang, stated) == {country}


def test_an_organisation_named_by_its_kind_alone_keeps_no_country():
    # distractor: no name of its own, so no charity of the story's country
    text = "Представитель общественной организации рассказал, что 14 горняков погибли в шахте."
    assert countries(text, "ru", "14") == {""}


# -- the authors of a study are the research group that published it ---------------------------------------------
@pytest.mark.parametrize("lang, text, stated, country", [
    ("ru", "Группа социологов Томского университета опубликовала доклад о наводнении. По подсчетам авторов, погибли "
           "48 человек.", "48", "RU"),
    ("uk", "Група істориків Львівського університету оприлюднила дослідження про вибух. За підрахунками авторів, "
           "загинули 48 людей.", "48", "UA"),
    ("en", "Historians at the University of Leeds published a study of the disaster. The authors said 48 miners "
           "died.", "48", "GB"),
])
def test_the_authors_are_the_group_that_published_the_study(lang, text, stated, country):
    assert countries(text, lang, stated) == {country}


@pytest.mark.parametrize("lang, text, stated", [
    # an author of no body named before (a book's author, authors of nothing named) speaks for no state
    ("ru", "Автор книги Иван Петров рассказал, что погибли 48 человек.", "48"),
    ("ru", "Шахтеры вспоминают взрыв. По подсчетам авторов, погибли 48 человек.", "48"),
    ("en", "The authors said 48 miners died in the blast.", "48"),
])
def test_an_author_of_nothing_named_keeps_no_country(lang, text, stated):
    assert countries(text, lang, stated) == {""}


# -- a Korean head's title names the body named before by its last syllables -----------------------------------------
@pytest.mark.parametrize("text, country", [
    # 감식단장: the head (장) of the 감식단 named before in full, the ministry's unit (the article names the home and
    # North Korea, with none leading)
    ("국방부 유해발굴감식단은 올해 상반기 국군 전사자 유해 50구를 발굴했다고 밝혔다.\n\n발굴 현장에서는 북한군 유해도 "
     "나왔다.\n\n감식단장 김철수 대령은 \"아직 수습하지 못한 전사자 유해가 3만여구에 이른다\"고 말했다.", "KR"),
    # a foreign body's head stays that body's
    ("미국 국방부 전쟁포로실종자확인국은 유해 50구를 발굴했다고 밝혔다.\n\n발굴 현장에서는 북한군 유해도 나왔다.\n\n"
     "확인국장 존 스미스 대령은 \"아직 수습하지 못한 전사자 유해가 3만여구에 이른다\"고 말했다.", "US"),
    # distractor: the head of a body named nowhere before speaks for no known body
    ("국방부 유해발굴감식단은 올해 상반기 국군 전사자 유해 50구를 발굴했다고 밝혔다.\n\n발굴 현장에서는 북한군 유해도 "
     "나왔다.\n\n연구소장 김철수 박사는 \"아직 수습하지 못한 전사자 유해가 3만여구에 이른다\"고 말했다.", ""),
])
def test_a_korean_heads_title_names_the_body_before(text, country):
    assert countries(text, "ko", "3만여") == {country}


# -- a country's name whose first two words news joins with a hyphen ----------------------------------------------
# The catalogue writes "Папуа — Новая Гвинея" (ru) and "Папуа Нова Гвінея" (uk); news writes "Папуа-Новой Гвинее",
# "Папуа-Нової Гвінеї". Its last word alone is another country (Guinea), which must not stand for it.

@pytest.mark.parametrize("lang, text, stated, country", [
    ("ru", "В горах Папуа-Новой Гвинеи погибли по меньшей мере 14 человек, сообщил начальник провинциальной полиции.",
     "по меньшей мере 14", "PG"),
    ("uk", "У горах Папуа-Нової Гвінеї загинули щонайменше 14 людей, повідомив начальник провінційної поліції.",
     "щонайменше 14", "PG"),
    # distractors: Guinea and Guinea-Bissau keep their own codes
    ("ru", "В Гвинее погибли по меньшей мере 14 человек, сообщил начальник местной полиции.", "по меньшей мере 14", "GN"),
    ("ru", "В Гвинее-Бисау погибли по меньшей мере 14 человек, сообщил начальник местной полиции.",
     "по меньшей мере 14", "GW"),
])
def test_a_hyphenated_country_name_is_not_its_last_word(lang, text, stated, country):
    assert countries(text, lang, stated) == {country}
