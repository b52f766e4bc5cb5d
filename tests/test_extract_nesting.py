"""Which verb's subject is the speaker, and where a speaker's span ends (sentences written for these tests, expected
values worked out by hand from the annotation guide: the source is the outer sayer; a relaying outlet gives way to the
one it relays; a speaker span ends at a clause boundary)."""

import pytest

from analysis import extract_claims
from conftest import extracted


def _rows(text: str, lang: str) -> list[list[str]]:
    return [list(row) for row in extracted(text, lang, "stated", "metric", "speaker", "country")]


def _speaker_of(text: str, lang: str, stated: str) -> tuple[str, str]:
    rows = extract_claims(text, lang)
    found = rows[rows["stated"] == stated]
    assert len(found) == 1, rows[["stated", "metric", "speaker", "country"]].values.tolist()
    return found["speaker"].iloc[0], found["country"].iloc[0]


# --- nested verbs: a verb of counting, finding, identifying or recording inside what an outer verb of saying reports;
# the outer sayer speaks, the inner subject (no body of its own) is part of what was said
NESTED = [
    ("en", "Marek Dvořák, the mayor of the Ruritanian town of Vel, said volunteers had counted 34 bodies by Thursday.",
     "34", "Marek Dvořák"),
    ("en", "The Ruritanian interior ministry said forensic teams in the village of Oska had identified seven of the dead.",
     "seven", "Ruritanian interior ministry"),
    ("en", "A Ruritanian rights group said its investigators had documented 52 killings in the district.",
     "52", "Ruritanian rights group"),
    ("en", "The Ruritanian army told reporters on Monday that field medics had registered 19 wounded soldiers.",
     "19", "Ruritanian army"),
    ("en", "According to the Ruritanian health ministry, hospital staff have recorded 41 deaths since Sunday.",
     "41", "Ruritanian health ministry"),
    ("uk", "Голова громади Петро Коваль заявив, що волонтери нарахували 34 тіла.", "34", "Голова громади Петро Коваль"),
    ("uk", "Речник поліції Молдови повідомив, що слідчі зафіксували сім загиблих.", "сім", "Речник поліції Молдови"),
    ("uk", "За словами губернатора, рятувальники зареєстрували 12 постраждалих.", "12", "губернатора"),
    ("ru", "Глава района Петр Ковалев заявил, что волонтеры насчитали 34 тела.", "34", "Глава района Петр Ковалев"),
    ("ru", "Представитель полиции Молдавии сообщил, что следователи зафиксировали семь погибших.", "семь",
     "Представитель полиции Молдавии"),
    ("ru", "По словам губернатора, спасатели зарегистрировали 12 пострадавших.", "12", "губернатора"),
]


@pytest.mark.parametrize(("lang", "sentence", "stated", "speaker"), [c for c in NESTED if c[2]])
def test_the_outer_sayer_speaks_for_an_inner_count(lang, sentence, stated, speaker):
    assert _speaker_of("Заголовок\n\n" + sentence + "\n" if lang != "en" else "A headline\n\n" + sentence + "\n",
                       lang, stated)[0] == speaker


def test_a_pronoun_sayer_is_carried_over_past_an_inner_count():
    text = ("Floods in Ruritania\n\n"
            "The Ruritanian disaster agency gave a first update on Monday. "
            "It said local volunteers counted 12 bodies on the riverbank.\n")
    assert _speaker_of(text, "en", "12")[0] == "Ruritanian disaster agency"


# distractors: an outlet relays (the inner subject speaks); an inner subject that is a body of its own; a clause of its
# own after a coordinator
def test_an_outlet_gives_way_to_the_inner_counter():
    text = "A headline\n\nReuters reported that Ruritanian police had counted 30 bodies.\n"
    assert _speaker_of(text, "en", "30")[0] == "Ruritanian police"


def test_an_inner_body_with_its_own_country_keeps_its_count():
    text = "A headline\n\nThe United Nations said the Moldovan health ministry had recorded 30 deaths.\n"
    assert _speaker_of(text, "en", "30") == ("Moldovan health ministry", "MD")


def test_a_coordinated_clause_has_its_own_sayer():
    text = "A headline\n\nThe Moldovan army said the border was calm, and Ruritanian police counted 30 bodies.\n"
    assert _speaker_of(text, "en", "30")[0] == "Ruritanian police"


# --- span ends: a speaker's span ends at a clause boundary; a list of countries needs its coordinator, and a verb is
# never part of a speaker's name
SPANS = [
    ("ru", "По оценке разведки Латвии, Россия держит у границы около 40 000 военнослужащих.", "около 40 000",
     "разведки Латвии", "LV"),
    ("ru", "По данным МИД Польши, Литва приняла 3000 беженцев.", "3000", "МИД Польши", "PL"),
    ("uk", "За оцінкою розвідки Литви, Білорусь тримає біля кордону близько 5 000 військових.", "близько 5 000",
     "розвідки Литви", "LT"),
    ("uk", "За даними МЗС Польщі, Литва прийняла 3000 біженців.", "3000", "МЗС Польщі", "PL"),
    ("en", "According to Poland's foreign ministry, Lithuania took in 3,000 refugees.", "3,000",
     "Poland's foreign ministry", "PL"),
]


@pytest.mark.parametrize(("lang", "sentence", "stated", "speaker", "country"), SPANS)
def test_a_speaker_span_ends_at_the_clause(lang, sentence, stated, speaker, country):
    assert _speaker_of("Заголовок\n\n" + sentence + "\n" if lang != "en" else "A headline\n\n" + sentence + "\n",
                       lang, stated) == (speaker, country)


def test_a_list_of_countries_with_its_coordinator_is_one_joint_source():
    text = "Заголовок\n\nПо данным США, Южной Кореи и Украины, в Курской области погибли 300 военных.\n"
    assert _speaker_of(text, "ru", "300")[1] == "KR|UA|US"
    text = "A headline\n\nAccording to U.S., South Korean and Ukrainian officials, 300 soldiers died.\n"
    assert _speaker_of(text, "en", "300")[1] == "KR|UA|US"



# --- a person who heads a body, in a relative clause between commas, speaks for that body
HEADS = [
    ("en", "Olga Brun, who heads the Chisinau branch of the Moldovan Red Cross Society, told Reuters that about 400 "
           "evacuees were staying at a school.", "about 400", "MD"),
    ("en", "Ana Costa, who is the director of Mozambique's disaster agency, said 30 people had died.", "30", "MZ"),
    ("en", "Ivan Rusu, who leads Moldova's border police, said 12 migrants had been detained.", "12", "MD"),
    ("uk", "Ольга Брун, яка очолює Кишинівське відділення Товариства Червоного Хреста Молдови, повідомила, що в школі "
           "перебувають близько 400 переселенців.", "близько 400", "MD"),
    ("uk", "Петро Коваль, який керує ДСНС Молдови, повідомив, що загинули 30 людей.", "30", "MD"),
    ("ru", "Ольга Брун, которая возглавляет кишиневское отделение Общества Красного Креста Молдавии, сообщила, что в "
           "школе находятся около 400 переселенцев.", "около 400", "MD"),
    ("ru", "Иван Петров, который руководит МЧС Киргизии, сообщил, что погибли 30 человек.", "30", "KG"),
]


@pytest.mark.parametrize(("lang", "sentence", "stated", "country"), HEADS)
def test_a_person_who_heads_a_body_speaks_for_it(lang, sentence, stated, country):
    assert _speaker_of("Заголовок\n\n" + sentence + "\n" if lang != "en" else "A headline\n\n" + sentence + "\n",
                       lang, stated)[1] == country


def test_a_person_who_runs_no_body_keeps_no_country():
    # distractor: a relative clause of heading whose object is no body ("a shop") gives the person no title
    text = "A headline\n\nGohar Mkrtchyan, 58, who runs a shop in the village, said 30 people had died.\n"
    assert _speaker_of(text, "en", "30") == ("Gohar Mkrtchyan", "")


# --- Korean: the verb closing a reported clause (…했다고) is inside what the next verb of saying reports; a role joined
# to a name by the copula (위원장인) or a body the person heads (지부를 이끄는) names who speaks; an outlet relays
KOREAN = [
    ("몰도바 정부는 자원봉사자들이 시신 34구를 확인했다고 밝혔다.", "34", "몰도바 정부", "MD"),
    ("몰도바 경찰은 현장 조사팀이 실종자 12명을 기록했다고 설명했다.", "12", "몰도바 경찰", "MD"),
    ("몰도바 적십자사 지부장인 마리아 로페스는 \"이재민이 400명에 달한다\"고 말했다.", "400",
     "몰도바 적십자사 지부장인 마리아 로페스", "MD"),
    ("로이터통신에 따르면 몰도바 적십자사 지부장인 마리아 로페스는 \"이재민이 400명에 달한다\"고 말했다.", "400",
     "몰도바 적십자사 지부장인 마리아 로페스", "MD"),
    ("몰도바 적십자사 지부를 이끄는 마리아 로페스는 \"이재민이 400명에 달한다\"고 말했다.", "400",
     "몰도바 적십자사 지부를 이끄는 마리아 로페스", "MD"),
    ("AP통신에 따르면 몰도바 재난청 위원장인 이반 루수는 \"사망자는 30명에 이른다\"고 말했다.", "30",
     "몰도바 재난청 위원장인 이반 루수", "MD"),
]


@pytest.mark.parametrize(("sentence", "stated", "speaker", "country"), KOREAN)
def test_korean_outer_sayer_and_titled_names(sentence, stated, speaker, country):
    assert _speaker_of("제목\n\n" + sentence + "\n", "ko", stated) == (speaker, country)


def test_korean_inner_body_with_its_own_country_keeps_its_count():
    text = "제목\n\n유엔은 몰도바 보건부가 사망자 30명을 집계했다고 밝혔다.\n"
    assert _speaker_of(text, "ko", "30") == ("몰도바 보건부", "MD")


# --- a role in an oblique case is the role: pymorphy3 reads "голови" first as a plural-only noun and "голові" as "гол";
# the key prefers a reading as a person of the table's role nouns
def test_a_role_in_the_genitive_is_a_speaker():
    text = "Повінь у Молдові\n\nЗа словами голови громади, внаслідок повені загинули 30 людей.\n"
    assert _speaker_of(text, "uk", "30")[0] == "голови громади"


def test_a_thing_keeps_its_own_reading():
    from analysis.extract.language import language
    assert language("uk").key("голові") == "голова" and language("ru").key("судов") == "судно"


def test_an_interviewed_guest_ends_at_the_comma_and_speaks_for_the_body_headed():
    # the guest phrase stops at its appositive, whose clause of heading names the body (not "…, where most of …")
    text = ("Flood survivors wait for aid in the valley\n\n"
            "Radio Lakeside spoke to Mary Okoro, who heads the Kenyan Red Cross in the region, where most of the "
            "displaced are arriving.\n\n"
            "Radio Lakeside: How many people are missing?\n\n"
            "Okoro: We have found 11 bodies and 64 people are still missing.\n\n"
            "Radio Lakeside: Where are the survivors now?\n\n"
            "Okoro: About 2,500 people sleep in two schools.\n")
    assert _speaker_of(text, "en", "64") == ("Mary Okoro", "KE")
