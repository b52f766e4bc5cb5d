"""Claims of none and a page's own voice (texts written for this test; values by hand)."""



def _rows(text, lang, document="article"):
    from analysis.extract import extract_claims
    df = extract_claims(text, lang=lang, document=document)
    return [list(r) for r in df[["stated", "metric", "country"]].itertuples(index=False)]


def test_english_none_of_people_an_event_befell():
    text = "Raid on the camp\n\nThe Ruritanian army said no civilians were killed in the raid.\n"
    assert [r[:2] for r in _rows(text, "en")] == [["no civilians", "killed"]]


def test_english_none_of_people_of_no_measure_is_no_claim():
    # evacuated is no measure of the first rank; shops are no people
    text = "Fire in the market\n\nThe mayor said no residents were evacuated and no shops were damaged.\n"
    assert _rows(text, "en") == []


def test_russian_there_is_no_one_of_the_people():
    text = "Заявление МИД\n\nВ МИД Беларуси заявили, что в стране нет ни одного журналиста, находящегося в заключении.\n"
    assert [r[:2] for r in _rows(text, "ru")] == [["ни одного", "captured"]]


def test_ukrainian_there_is_no_one_of_the_people():
    text = "Обстріл\n\nУ Генштабі ЗСУ заявили, що серед загиблих немає жодного військовослужбовця.\n"
    rows = _rows(text, "uk")
    assert [r[:2] for r in rows] == [["жодного", "killed"]] and rows[0][2] == "UA"


def test_russian_none_with_a_verb_of_another_clause_is_no_claim():
    # "никто" agrees with "не знает"; what died belongs to another clause
    assert _rows("Никто не знает, сколько погибло, заявил министр.", "ru") == []


def test_us_is_the_country_not_our_voice_on_a_body_s_own_page():
    # on a monitor's own page ("airwars_…"), "US Africa Command said" is the command's, not the page's "us"
    text = ("Strikes in Somalia\n\n"
            "US Africa Command said on April 4 that the strikes had killed 11 fighters.\n")
    assert _rows(text, "en", document="airwars_2024-06-18_somalia.txt") == [["11", "killed", "US"]]


def test_our_office_on_a_body_s_own_page_is_the_body():
    text = "Strikes in Somalia\n\nOur office has documented 40 civilian deaths since January.\n"
    assert _rows(text, "en", document="airwars_2024-06-18_somalia.txt") == [["40", "killed", "GB"]]


def test_a_speaker_s_words_for_what_befell_them_in_quotation_marks():
    # the cue in quotation marks after the auxiliaries is read as written
    text = ("Bypoll violence\n\n"
            "The district party president said three party workers had been \"hacked and shot dead\" by outsiders.\n")
    assert [r[:2] for r in _rows(text, "en")] == [["three", "killed"]]
    text = "Выборы\n\nЛидер партии заявил, что трое активистов были «зверски убиты».\n"
    assert [r[:2] for r in _rows(text, "ru")] == [["трое", "killed"]]


def test_quoted_words_of_no_measure_give_no_row():
    text = "Protest\n\nPolice said 300 protesters had \"gathered peacefully\" outside the commission.\n"
    assert _rows(text, "en") == []


def test_verbs_of_answering_and_of_complaint_report_what_their_subject_says():
    for verb in ("countered", "retorted", "replied", "conceded", "lamented", "cautioned"):
        text = f"Bypoll violence\n\nThe rival party's district president {verb} that five of its workers had died.\n"
        assert [r[:2] for r in _rows(text, "en")] == [["five", "killed"]], verb
    text = "Выборы\n\nПредставитель оппозиции возразил, что погибли пятеро активистов.\n"
    assert [r[:2] for r in _rows(text, "ru")] == [["пятеро", "killed"]]
    text = "Вибори\n\nПредставник опозиції заперечив, що загинули п'ятеро активістів.\n"
    assert [r[:2] for r in _rows(text, "uk")] == [["п'ятеро", "killed"]]


def test_a_verb_of_answering_with_no_people_counted_gives_no_row():
    text = "Inquiry\n\nThe ministry replied to 40 requests from families and complained of delays.\n"
    assert _rows(text, "en") == []
