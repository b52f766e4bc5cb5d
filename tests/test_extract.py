"""extract_claims: attributed numbers about people, with the cue that decided; distractors left out."""

import subprocess
import sys
from pathlib import Path

import pytest

from analysis import extract_claims
from analysis.extract import sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "data" / "raw" / "voa-2025-02-28-north-korea-more-troops.txt").read_text(encoding="utf-8")


def found(text):
    rows = extract_claims(text)
    return [(r.stated, r.metric, r.country) for r in rows.itertuples()]


def test_the_seed_article_six_claims_and_no_distractor():
    rows = extract_claims(SEED)
    assert [(r.stated, r.metric, r.country) for r in rows.itertuples()] == [
        ("10,000 to 12,000", "deployed", "KR|UA|US"),
        ("about 300", "killed", "KR"),
        ("2,700", "wounded", "KR"),
        ("4,000", "killed_or_wounded", "UA"),
        ("around 1,200", "killed_or_wounded", "US"),
        ("1,000 to 3,000", "deployed", "KR"),
    ]
    for r in rows.itertuples():
        assert SEED[r.start:r.end] == r.stated and r.stated in r.quote
        assert "metric:" in r.reason and "attribution:" in r.reason and 0 < r.confidence < 1
    # the aggregator's headlines: 5,400 jobs, US$40 billion, a 15-member squad, Group of 20
    assert not set(rows["stated"]) & {"5,400", "nearly US$40 billion", "15", "20", "four"}
    assert rows.set_index("stated").loc["1,000 to 3,000", "scope"] == "window"   # "an additional", Jan-Feb


@pytest.mark.parametrize("text, expected", [
    ("The NIS said 300 soldiers died.", [("300", "killed", "KR")]),
    ("According to the NIS, 300 soldiers were killed.", [("300", "killed", "KR")]),
    ("Zelensky put the number of North Korean casualties at 3,800.", [("3,800", "killed_or_wounded", "UA")]),
    ("U.S. estimates were that 1,200 North Korean troops were killed or wounded.",
     [("1,200", "killed_or_wounded", "US")]),
    ("Kyiv Independent reported that 50 North Korean soldiers were wounded.", [("50", "wounded", "UA")]),
    ("Yonhap, citing the NIS, said about 100 soldiers died.", [("about 100", "killed", "KR")]),
    ("Two North Korean soldiers were taken prisoner, Zelenskyy told reporters.", [("Two", "captured", "UA")]),
    ("The Pentagon's figure is that 10,000 troops were sent.", [("10,000", "deployed", "US")]),
    ("The NIS briefed lawmakers on the war. It said 1,500 more troops arrived.", [("1,500", "deployed", "KR")]),
    ("About 300 soldiers died and 2,700 were injured, the NIS said.", [("About 300", "killed", "KR"),
                                                                       ("2,700", "wounded", "KR")]),
    ("Some 200 soldiers went missing, HUR said.", [("Some 200", "missing", "UA")]),
    ("North Korea dispatched 11,000 troops, according to U.S., South Korean and Ukrainian officials.",
     [("11,000", "deployed", "KR|UA|US")]),
    ("Ukraine's military intelligence said North Korean losses exceeded 200.", [("exceeded 200", "other", "UA")]),
    # a casualty word beats a deployment word in the same clause
    ("At least 300 soldiers dispatched to Russia have been killed, Yonhap reported.", [("At least 300", "killed", "KR")]),
    # a known surname, an auxiliary before the verb, a briefing as the source
    ("Budanov has confirmed that 4,000 North Korean soldiers were killed or wounded.",
     [("4,000", "killed_or_wounded", "UA")]),
    ('"About 300 died," Lee said, after a briefing from the National Intelligence Service.',
     [("About 300", "killed", "KR")]),
    ("The British defense ministry reports over 5,000 casualties among North Korean troops.",
     [("over 5,000", "killed_or_wounded", "GB")]),
    # a nationality and a role, no name
    ("About 300 soldiers have been killed and 2,700 wounded, a South Korean lawmaker said on Monday.",
     [("About 300", "killed", "KR"), ("2,700", "wounded", "KR")]),
    ("U.S. officials said about 1,200 North Korean troops were killed or wounded.",
     [("about 1,200", "killed_or_wounded", "US")]),
    # the name after "say" starts the reported clause: it is not the speaker
    ("South Korean intelligence authorities say North Korea has decided to send some 12-thousand troops.",
     [("some 12-thousand", "deployed", "KR")]),
    ("We believe the DPRK has sent around 10,000 soldiers, the Pentagon said.", [("around 10,000", "deployed", "US")]),
    # a joint attribution with an abbreviation inside it
    ("North Korea sent about 11,000 troops, according to Ukrainian, U.S. and South Korean officials.",
     [("about 11,000", "deployed", "KR|UA|US")]),
])
def test_each_cue(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The war has lasted 979 days, the ambassador said.",                         # a duration
    "A 25-year-old soldier was captured, officials said.",                       # an age (and no source)
    "The soldier, aged 25, died, the NIS said.",                                 # an age
    "The NIS said 25% of the troops were wounded.",                              # a percentage
    "The NIS said the war cost US$40 billion and killed troops.",                # money
    "Lawmakers voted 180 to 12 to send troops, the NIS said.",                   # a vote count
    "On February 7, 2025, the NIS said troops were wounded.",                    # a date
    "The 3rd battalion lost troops, the NIS said.",                              # an ordinal
    "The Pentagon said it will cut 5,400 jobs.",                                 # another subject
    "North Korea has sent 10,000 troops to Russia.",                             # nobody said it
])
def test_distractors_give_nothing(text):
    assert found(text) == []


def test_a_pronoun_speaker_takes_the_source_named_just_before():
    text = ("Ukraine's president Volodymyr Zelensky spoke to reporters on Sunday. "
            "\"So far 3,800 North Korean soldiers have been killed or wounded,\" he said.")
    assert found(text) == [("3,800", "killed_or_wounded", "UA")]
    assert "carried over" in extract_claims(text)["reason"].iloc[0]


def test_a_statement_in_the_first_person_speaks_for_its_issuer():
    text = ("Deputy Pentagon Press Secretary Sabrina Singh Holds a Press Briefing\nOct. 28, 2024\n"
            "We believe that the DPRK has sent around 10,000 soldiers in total to train in eastern Russia.")
    assert found(text) == [("around 10,000", "deployed", "US")]
    # in a news article, a quoted "we" is not the outlet speaking
    assert found("SEOUL - North Korea has sent 10,000 troops to Russia, we believe.") == []


def test_a_name_introduced_with_a_nationality_keeps_its_country():
    text = ("Estonian defence chief Martin Herem spoke on Monday about the front.\n"
            "\"We think 2,000 North Korean soldiers were wounded,\" Herem said.")
    rows = extract_claims(text)
    assert [(r.stated, r.metric, r.country) for r in rows.itertuples()] == [("2,000", "wounded", "EE")]
    assert found("Estonian defence chief Martin Herem said 300 soldiers died.") == [("300", "killed", "EE")]


def test_a_statement_headed_by_its_issuer():
    text = ("Ministry of Defence of Ukraine\nStatement, 12 March 2025\n"
            "Our forces destroyed 35 tanks.\nTwo North Korean soldiers were taken prisoner near Sudzha.")
    assert found(text) == [("Two", "captured", "UA")]
    # a headline is not an issuer
    assert found("North Korea sends more troops\nTwo North Korean soldiers were taken prisoner.") == []


def test_scope_stays_in_the_number_s_clause_and_the_agency_speaks_again():
    text = ("The NIS said 2,000 soldiers were killed. In April, the spy agency had estimated that about 600 had "
            "died. North Korea has sent around 1,000 combat engineers, the NIS said, and is preparing to "
            "dispatch another 6,000 troops.")
    rows = extract_claims(text)
    assert [(r.stated, r.metric, r.scope, r.country) for r in rows.itertuples()] == [
        ("2,000", "killed", "cumulative", "KR"), ("about 600", "killed", "cumulative", "KR"),
        ("around 1,000", "deployed", "cumulative", "KR"), ("6,000", "deployed", "planned", "KR")]


def test_an_unknown_name_is_kept_with_its_country_unknown():
    rows = extract_claims("Smith said 40 soldiers were wounded.")
    assert rows[["stated", "metric", "organisation", "country"]].values.tolist() == [["40", "wounded", "Smith", ""]]
    assert rows["confidence"].iloc[0] < extract_claims("The NIS said 40 soldiers were wounded.")["confidence"].iloc[0]


def test_scope_cues():
    rows = extract_claims("The JCS said about 1,100 North Korean troops were killed or wounded in the past week. "
                          "The NIS said Pyongyang plans to send 3,000 more troops. "
                          "HUR said 100 soldiers are killed per day.")
    assert rows["scope"].tolist() == ["window", "planned", "rate"]


def test_subject_and_offsets():
    text = "Intro line.\nIn January, the NIS said about 300 North Korean soldiers had died."
    row = extract_claims(text).iloc[0]
    assert row["subject"] == "North Korean soldiers"
    assert text[row["start"]:row["end"]] == "about 300"
    assert row["quote"] == "In January, the NIS said about 300 North Korean soldiers had died."


def test_sentences_do_not_break_at_abbreviations():
    text = "U.S. estimates were lower. The NIS said so on Feb. 7 at 10 a.m. in Seoul.\nNew paragraph."
    assert [text[s:e] for s, e, _ in sentences(text)] == [
        "U.S. estimates were lower.", "The NIS said so on Feb. 7 at 10 a.m. in Seoul.", "New paragraph."]


def test_rows_drop_into_a_claims_file(tmp_path):
    from analysis import load_claims

    rows = extract_claims(SEED)
    rows["url"] = "https://example.org/voa"
    rows["outlet"] = "VOA"
    path = tmp_path / "kept.csv"
    rows.drop(columns=["confidence", "reason", "low", "high", "low_open", "high_open", "best", "approx", "kind",
                       "rule", "currency"]).to_csv(path, index=False)
    kept = load_claims(path)
    assert len(kept) == 6 and kept["parsed"].all()


@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Зараз, за попередніми даними, кількість убитих та поранених північнокорейських військових на Курщині "
           "перевищує вже 3 тис. осіб, заявив Зеленський.",
     [("перевищує вже 3 тис.", "killed_or_wounded", "UA")]),
    ("uk", "За даними ГУР, близько 4 тисяч північнокорейських військових загинули або були поранені.",
     [("близько 4 тисяч", "killed_or_wounded", "UA")]),
    ("ru", "По данным Пентагона, около 10 тыс. северокорейских военных прибыли в Россию.",
     [("около 10 тыс.", "deployed", "US")]),
    ("ru", "Песков заявил, что 300 военных погибли за 5 дней.", [("300", "killed", "RU")]),
])
def test_ukrainian_and_russian_cues_are_data(lang, text, expected):
    rows = extract_claims(text, lang=lang)
    assert [(r.stated, r.metric, r.country) for r in rows.itertuples()] == expected


def test_other_language_without_cues_is_a_clear_error():
    with pytest.raises(ValueError, match="no extraction cues for 'ko'"):
        extract_claims("3천여 명", lang="ko")
    with pytest.raises(TypeError):
        extract_claims(None)


def test_command_line_reports_unreadable_files_and_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The NIS said 300 soldiers died.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    out = tmp_path / "candidates.csv"
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", str(good), str(bad),
                             str(tmp_path / "missing.txt"), "--out", str(out)], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert "[1/3]" in result.stderr and "bad.txt: could not read it" in result.stderr
    assert "missing.txt" in result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith("good-001,") and ",good,13,16," in lines[1]
