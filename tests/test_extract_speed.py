"""The extractor's shortcuts (for speed) give exactly what the plain way gives.

Speed itself is measured in ``benchmarks/bench_extract.py``, never here.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from analysis.corpus.synthetic import article_text
from analysis.extract import extract_rows
from analysis.extract.language import kiwi_of, language
from analysis.extract.pipeline import _NOT_PLAIN_CASE, _cue_search, _moved
from analysis.extract.sentences import _BOUNDARY, _boundaries
from analysis.normalise import find_ranges


def test_every_character_the_lower_cased_gate_accepts_matches_as_a_case_blind_pattern_would():
    plain = [chr(c) for c in range(0x3000) if not _NOT_PLAIN_CASE.match(chr(c)) and not 0xD800 <= c < 0xE000]
    assert "ſ" not in plain and "İ" not in plain and "µ" not in plain and "я" in plain and "é" in plain
    for letter in (c for c in plain if c == c.lower()):
        blind = re.compile(re.escape(letter), re.IGNORECASE)
        assert [c for c in plain if bool(blind.fullmatch(c)) != (c.lower() == letter)] == [], letter
    assert all(len(c.lower()) == 1 and bool(re.match(r"\w", c)) == bool(re.match(r"\w", c.lower())) for c in plain)


@pytest.mark.parametrize("text", ["Some 40 people were KILLED, the ministry said.",
                                  "Some 40 people were ſlain or KİLLED, the ministry said.",  # not plain: the slow way
                                  "Около 40 человек ПОГИБЛИ, сообщило министерство."])
def test_the_cue_gate_finds_the_same_sentences_either_way(text):
    lang = "ru" if "человек" in text else "en"
    cue = language(lang).cue_pattern
    search, gated = _cue_search(cue, text)
    assert bool(search(gated, 0, len(text))) == bool(cue.search(text, 0, len(text))) is True
    assert (gated is text) == ("ſ" in text)


def test_a_number_moved_into_its_article_is_the_range_with_span_gives():
    for r in find_ranges("about 300 were killed and 2,700 wounded, more than 40 missing"):
        assert _moved(r, 17) == r.with_span(r.text, r.start + 17, r.end + 17)
        assert (_moved(r, 17).start, _moved(r, 17).rule) == (r.start + 17, r.rule)


def test_sentence_boundaries_are_those_of_the_pattern():
    rng = random.Random(4)
    pieces = ["U.S.", " ", "\n", "3.5", "Mr.", "said.", "Nations.The", "…", "?!", "“Yes.”", "a", "B.", "\n\n", "다."]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        assert [m.span() for m in _boundaries(text)] == [m.span() for m in _BOUNDARY.finditer(text)]


def test_generated_articles_extract_the_same_with_the_slow_gate(monkeypatch):
    import analysis.extract.pipeline as pipeline

    texts = [article_text(random.Random(n), lang) for n in range(15) for lang in ("en", "ru", "uk")]
    fast = [extract_rows(t, lang=lang) for t, lang in zip(texts, ["en", "ru", "uk"] * 15)]
    monkeypatch.setattr(pipeline, "_cue_search", lambda cue, text: (cue.search if cue else None, text))
    slow = [extract_rows(t, lang=lang) for t, lang in zip(texts, ["en", "ru", "uk"] * 15)]
    assert fast == slow and sum(map(len, fast)) > 20


@pytest.mark.parametrize("lang", ["en", "ru", "ko"])
def test_an_opening_read_from_its_sentences_words_is_the_opening_read_again(lang):
    from analysis.extract.sentences import sentences
    from analysis.extract.words import joined_words, tokenize

    lx = language(lang)
    rng = random.Random(8)
    pieces = ["Plan B.", " ", "\n", "\n\n", "J. Smith", "U.S.", "said.", "Nations.The", "A.", "Seoul", "…", "(AFAD)은",
              "다.", "“Yes.”", "3.5", "Б. Іваненко", "X.\nYes", " 40 ", "다”는", ")는", "?!", "killed,"]
    joined = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        end = rng.choice([len(text), len(text) // 2])
        parts = []
        for s in sentences(text, lx):
            if s.start >= end:
                break
            stop = min(s.end, end)
            parts.append((tokenize(text, s.start, stop, lx), s.start, stop))
        found = joined_words(parts, text, end)
        if found is not None:
            joined += 1
            assert found == tokenize(text[:end], 0, end, lx), text[:end]
    assert joined > 50


def test_a_number_glued_to_a_korean_word_is_analysed_as_kiwipiepy_reads_it():
    from analysis.extract.language import _korean_analysis

    analyse = language("ko").korean
    rng = random.Random(12)
    rests = ["명이", "명의", "여명이", "천여", "천여명을", "만명", "일간의", "일부터", "세", "도", "곳에서", "개월", "차례",
             "배로", "시간", "km에", "m의", "대를", "번째", "년에도", "명이라고", "조원", "층", "가구가"]
    checked = 0
    for rest in rests:
        for digits in ["0", "1", "07", "2024", "1000000"] + [str(rng.randint(0, 10 ** rng.randint(1, 9))) for _ in range(5)]:
            word = digits + rest
            assert analyse(word) == _korean_analysis(kiwi_of(analyse), word), word
            checked += 1
    assert checked == 240 and analyse("234명이").key.startswith("234")


def test_sentences_read_before_extract_as_sentences_read_afresh():
    from analysis.extract import memo

    rng = random.Random(8)
    texts = [(article_text(random.Random(n), lang), lang) for n in range(6) for lang in ("en", "ru", "ko")]
    memo.clear()
    afresh = [extract_rows(t, lang=lang) for t, lang in texts]
    # the same articles again (every sentence remembered), then their paragraphs shuffled (remembered sentences
    # at other offsets)
    assert [extract_rows(t, lang=lang) for t, lang in texts] == afresh
    for t, lang in texts:
        paragraphs = t.split("\n")
        rng.shuffle(paragraphs)
        shuffled = "\n".join(paragraphs)
        remembered = extract_rows(shuffled, lang=lang)
        memo.clear()
        assert remembered == extract_rows(shuffled, lang=lang)


def test_remembered_words_are_the_words_of_the_sentence_where_it_stands():
    from analysis.extract.memo import sentence_words
    from analysis.extract.words import tokenize

    en = language("en")
    text = "The ministry said 40 died. Then: The ministry said 40 died."
    assert sentence_words(text, 0, 26, en) == tokenize(text, 0, 26, en)
    assert sentence_words(text, 33, 59, en) == tokenize(text, 33, 59, en)
    assert sentence_words(text, 33, 59, en).start[0] == 33


def test_the_cue_gate_keeps_each_pattern_objects_own_reading():
    blind, exact = re.compile(r"\b(?:killed)\b", re.IGNORECASE), re.compile(r"\b(?:killed)\b")
    for _ in range(2):  # the second time from what was remembered
        search, gated = _cue_search(blind, "40 were KILLED")
        assert gated == "40 were killed" and search(gated, 0, len(gated))
        search, gated = _cue_search(exact, "40 were KILLED")
        assert gated == "40 were KILLED" and not search(gated, 0, len(gated))


def test_a_loose_phrase_match_sees_phrases_added_after_the_first_match():
    from analysis.extract.language import PhraseSet

    phrases = PhraseSet()
    phrases.add(("take", "to", "hospital"), "hospitalised")
    phrases.add(("take", "away"), "taken")
    assert phrases.match_loose("take quickly to hospital".split(), 0) == (4, "hospitalised")  # one word inside
    assert phrases.match_loose("take him quickly to hospital".split(), 0) == (5, "hospitalised")  # or two
    assert phrases.match_loose("take him very quickly to hospital".split(), 0) == (6, "hospitalised")  # or three
    assert phrases.match_loose("take him very very quickly to hospital".split(), 0) is None  # not four
    assert phrases.match_loose("take them away".split(), 0) is None  # a phrase of two words takes none inside
    phrases.add(("take", "to", "the", "ward"), "admitted")
    assert phrases.match_loose("take him to the ward".split(), 0) == (5, "admitted")


def test_extraction_and_a_corpus_worker_do_not_import_pandera():
    # pandera validates claims files (most of a second to import); a process that only extracts never needs it
    import subprocess
    import sys

    code = ("import sys; import analysis.corpus.worker; from analysis.extract import extract_claims; "
            "extract_claims('Some 40 people were killed, the Pentagon said.'); "
            "print('pandera' in sys.modules)")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"


def test_pymorphy3_reads_its_dictionaries_with_the_c_extension():
    # dawg2 (a dependency) is pymorphy3's fast reader; without it pymorphy3 falls back to a pure-Python one that gives
    # the same readings several times slower (Russian and Ukrainian tables load and new words read slower)
    import pymorphy3.dawg

    assert pymorphy3.dawg.EXTENSION_AVAILABLE


def test_a_phrase_match_is_the_longest_phrase_and_sees_phrases_added_after_the_first_match():
    from analysis.extract.language import PhraseSet

    phrases = PhraseSet()
    phrases.add(("the", "red", "cross"), "ngo")
    phrases.add(("the", "red", "crescent"), "ngo2")
    phrases.add(("the",), "determiner")
    assert phrases.match("the red crescent said".split(), 0) == (3, "ngo2")
    assert phrases.match("the red sea".split(), 0) == (1, "determiner")  # no phrase of two or three words: the word
    assert phrases.match("a red cross".split(), 0) is None and phrases.match("the red".split(), 0) == (1, "determiner")
    phrases.add(("the", "red"), "colour")  # after the first match: seen at once, and the longer phrases still win
    phrases.add(("the", "red", "cross", "society"), "society")
    assert phrases.match("the red sea".split(), 0) == (2, "colour")
    assert phrases.match("the red cross society".split(), 0) == (4, "society")
    assert phrases.match("the red cross said".split(), 0) == (3, "ngo")
    phrases.add(("the", "red"), "again")  # a phrase added twice keeps its first value
    assert phrases.match("the red sea".split(), 0) == (2, "colour")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Об этом в воскресенье, 8 января, сообщил глава МЧС, а 12 человек погибли, по данным ведомства."),
    ("uk", "Про це в Telegram повідомив очільник ОВА; ще 7 людей поранені, додали в поліції."),
    ("en", "This was reported by the agency on Monday, and 40 people died, officials said, citing the ministry.")])
def test_the_backward_marker_gate_answers_as_the_full_reading_does(lang, text):
    """A span with no word that opens a backward marker is no marker: the gate answers as the full reading does,
    for every span of the sentence (the full reading with the gate disabled)."""
    import analysis.extract.attribution as attribution
    from analysis.extract.words import tokenize

    lx = language(lang)
    w = tokenize(text, 0, len(text), lx)
    gated = {(a, b): attribution._is_backward(w, a, b, lx) for a in range(len(w)) for b in range(a, len(w) + 1)}
    w._backward_marks = list(range(len(w)))  # every word a possible opener: the gate lets everything through
    plain = {(a, b): attribution._is_backward(w, a, b, lx) for a in range(len(w)) for b in range(a, len(w) + 1)}
    assert gated == plain
    assert (lang == "en") or any(plain.values())  # the Slavic sentences open with a marker the full reading finds


def test_a_word_before_a_name_is_found_as_the_pattern_finds_it():
    from analysis.extract.pipeline import _word_before

    rng = random.Random(5)
    atoms = ["Red", "Cross", " ", "  ", "\n", "Kenya", "'s", "2", "-", ".", "_", "x", "Red Cross", "Red Red", "’", ",",
             "é", "Ж", "a1", "\t"]
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 25)))
        name = rng.choice(["Red Cross", "Red Red", "Red  Cross", "x.y", "Kenya Red"])
        plain = re.finditer(rf"([^\W\d_][\w'’.-]*)\s+{re.escape(name)}(?![\w-])", text)
        assert [(m.span(), m.group(1)) for m in _word_before(name, text)] == [(m.span(), m.group(1)) for m in plain]
        found += any(True for _ in _word_before(name, text))
    assert found > 100  # the generated texts do hold such names


def test_a_look_behind_moved_after_a_literal_finds_the_same_matches():
    """The bare name's title search (``Document._titled``) puts the look-behind after the name, so that the regular
    expression engine looks for the name's letters; the matches are those of the look-behind first."""
    rng = random.Random(7)
    atoms = ["Kapoor", "Kap", "Kapoora", " ", "-", "x", "’", "'", "\n", "_", "(", ")", "1", "é", "O’Brien", "al-Sisi",
             "Гриценко", "Гри", "а"]
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 20)))
        name = re.escape(rng.choice(["Kapoor", "O’Brien", "al-Sisi", "Гриценко"]))
        stem = name[:3] if name[:3].isalpha() else name
        for before, after in ((rf"(?<![\w-]){name}(?![\w-])", rf"{name}(?<![\w-]{name})(?![\w-])"),
                              (rf"(?<![\w-]){stem}[\w'’]*(?![\w-])", rf"{stem}(?<![\w-]{stem})[\w'’]*(?![\w-])")):
            assert [m.span() for m in re.finditer(before, text)] == [m.span() for m in re.finditer(after, text)]


def test_a_korean_unit_glued_to_a_number_is_the_tables_first_unit_it_opens_with():
    """``not_people`` tries the table's ``not_people_after`` units in the table's order only when one opens the text
    glued to the number (``_units_after``): each unit glued to a number counts it, as the first unit of the table it
    opens with."""
    from analysis.extract.measures import _units_after, not_people
    from analysis.extract.words import tokenize

    lx = language("ko")
    raw, units = _units_after(lx)
    assert units == tuple(str(u) for u in lx.table["not_people_after"]) and _units_after(lx)[1] is units
    checked = 0
    for unit in units:
        if not unit or unit.startswith("명") or not unit[:1].isalpha():
            continue
        text = f"3{unit} 뒤 다시 문을 열었다."
        w = tokenize(text, 0, len(text), lx)
        r = next(iter(find_ranges(text, lang="ko")), None)
        if r is None or r.start != 0 or not r.text.isdigit():
            continue
        first = next(str(u) for u in raw if unit.startswith(str(u)))
        assert not_people(w, 0, 1, r, lx) == f"counts {first}", unit
        checked += 1
    assert checked >= 10


def test_words_read_a_chunk_at_a_time_are_the_token_patterns_matches():
    from analysis.extract.language import TOKEN
    from analysis.extract.words import _spans

    rng = random.Random(12)
    pieces = ["J.", "K.", "Smith", "U.S.", "said", " ", "  ", "\n", "\u00a0", "3,000", "(", ")", "don't", "O’Neil",
              "Ж.", "Иванов", "e.g.", "x.", "A.B", "—", "a_b", "…", ",", ".", "3-4", "서울", "명이", "$", "%", "\t", "Ä."]
    for _ in range(2_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        matches = list(TOKEN.finditer(text, start, end))
        expected = ([m.group() for m in matches], [m.start() for m in matches], [m.end() for m in matches])
        assert _spans(text, start, end) == expected, (text, start, end)
        assert _spans(text, start, end) == expected  # and again, from the chunks remembered


@pytest.mark.parametrize("memo_chars", [0, 1_000])
def test_a_sentence_read_in_place_has_the_ranges_read_alone_then_moved(monkeypatch, memo_chars):
    from analysis.extract import memo
    from analysis.extract.memo import moved, sentence_ranges, sentence_ranges_at

    monkeypatch.setattr(memo, "MAX_SENTENCE_CHARS", memo_chars)
    memo.clear()
    rng = random.Random(5)
    for lang in ("en", "uk", "ko"):
        text = article_text(rng, lang)
        cuts = sorted(rng.sample(range(len(text)), 12))
        for start, end in zip(cuts, cuts[1:]):
            for _ in range(2):  # read, then (with the memo) looked up
                at = sentence_ranges_at(text, start, end, lang)
                alone = [moved(r, start) for r in sentence_ranges(text[start:end], lang)]
                assert list(at) == alone
                assert [(r.start, r.end, r.rule) for r in at] == [(r.start, r.end, r.rule) for r in alone]
    memo.clear()


def test_a_word_that_opens_only_itself_matches_without_a_look_up_and_sees_longer_phrases_added_later():
    from analysis.extract.language import PhraseSet

    phrases = PhraseSet()
    phrases.add(("killed",), ("killed", 1))
    assert phrases.match(["were", "killed", "there"], 1) == (1, ("killed", 1))
    assert phrases.match(["were", "killed"], 0) is None
    phrases.add(("killed", "in", "action"), ("killed", 0))  # after the first match
    assert phrases.match(["killed", "in", "action"], 0) == (3, ("killed", 0))
    assert phrases.match(["killed", "in", "error"], 0) == (1, ("killed", 1))


def test_a_name_found_with_str_find_is_found_where_the_pattern_finds_it():
    """``Document._titled`` finds a bare name's other mentions with ``str.find`` (``_whole_words``, ``_stem_words``)
    instead of a pattern compiled for each new name: the same spans as the patterns, apostrophes, hyphens and
    underscores around them included (before a hyphen the stem's pattern gives back letters to its last apostrophe)."""
    from analysis.extract.pipeline import _stem_words, _whole_words

    rng = random.Random(11)
    atoms = ["Kapoor", "Kap", "Kapoora", " ", "-", "x", "’", "'", "\n", "_", "(", ")", "1", "é", "O’Brien", "al-Sisi",
             "Гриценко", "Гри", "а", "²", "'-"]
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 20)))
        name = rng.choice(["Kapoor", "O’Brien", "al-Sisi", "Гриценко", "Kap", "Гри"])
        whole = re.finditer(rf"{re.escape(name)}(?<![\w-]{re.escape(name)})(?![\w-])", text)
        assert [(m.start(), m.end(), m.group()) for m in _whole_words(name, text)] == [
            (m.start(), m.end(), m.group()) for m in whole]
        stem = re.escape(name[:3])
        words = re.finditer(rf"{stem}(?<![\w-]{stem})[\w'’]*(?![\w-])", text)
        assert [(m.start(), m.end(), m.group()) for m in _stem_words(name[:3], text)] == [
            (m.start(), m.end(), m.group()) for m in words]
        found += any(True for _ in _stem_words(name[:3], text))
    assert found > 1_000  # the generated texts do hold such names


#: Clauses after a number that the loop after it reads (relative clauses, coordinators, passive verbs of saying,
#: purposes, participles, parentheses), written for these tests.
_AFTER_NUMBER = {
    "en": "Officials said 14 people who had gone out fishing on Sunday were still missing. Some 30 workers and their "
          "families were said by the agency to have been evacuated to help clear roads, and 12 soldiers serving with "
          "the mission were killed. Police reported that 7 villagers, most of them farmers, had been abducted but 3 "
          "escaped. About 200 residents (including children) were taken to shelters in order to wait for the water "
          "to fall, and 45 homes were destroyed when the river rose, which left 60 people homeless.",
    "ru": "По данным МЧС, 14 человек, которые вышли в море в воскресенье, до сих пор не найдены, а еще 30 рабочих были "
          "эвакуированы, чтобы помочь расчистить дороги. Полиция сообщила, что 7 жителей села, в основном фермеров, "
          "похитили, но трое сбежали, и 12 военных, служивших в миссии, погибли.",
    "uk": "За даними ДСНС, 14 людей, які вийшли в море в неділю, досі не знайдені, а ще 30 робітників евакуювали, щоб "
          "допомогти розчистити дороги. Поліція повідомила, що 7 мешканців села, переважно фермерів, викрали, але "
          "троє втекли, і 12 військових, які служили в місії, загинули.",
    "ko": "소방당국에 따르면 불이 나자 주민 30명이 대피했고 이 가운데 5명이 연기를 마셔 병원으로 옮겨졌다고 밝혔다. 경찰은 "
          "실종자 12명을 찾고 있으며 구조대원 40명이 투입돼 수색을 이어가고 있다고 전했다. 당국은 사망자가 7명으로 늘었고 "
          "부상자 20여 명은 인근 병원에서 치료를 받고 있다며 피해가 더 커질 수 있다고 말했다. 주민 30명이 마을회관에 "
          "모였고 일부는 다쳤다. 관계자는 주민 200명이 마을에 남아 있다며 일부가 다쳤다고 말했다.",
}


def _measure_calls(langs: tuple[str, ...], seed: int) -> list:
    """The arguments of every call of ``measure`` while 15 generated articles of each language, and
    ``_AFTER_NUMBER``'s sentences, are extracted."""
    from analysis.extract import pipeline

    rng = random.Random(seed)
    calls = []
    real = pipeline.measure

    def recorded(*args, **kwargs):
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    pipeline.measure = recorded
    try:
        for lang in langs:
            for _ in range(15):
                extract_rows(article_text(rng, lang), lang=lang)
            extract_rows(_AFTER_NUMBER.get(lang, ""), lang=lang)
    finally:
        pipeline.measure = real
    assert len(calls) > 50
    return calls


def _measured_with(calls: list, acting: dict, keys, langs: tuple[str, ...]) -> list:
    """The calls' measures again, with the languages' entry in a ``measure`` set cache (``_ACTING_BEFORE``,
    ``_ACTING_AFTER``) made ``keys``; the cache as it was after."""
    from analysis.extract import measures

    saved = dict(acting)
    try:
        for lang in langs:
            lx = language(lang)
            acting[id(lx)] = (lx, keys)
        return [measures.measure(*a, **k) for a, k in calls]
    finally:
        acting.clear()
        acting.update(saved)


def test_measure_passes_over_words_no_branch_acts_on():
    """``measure`` skips a word before the number whose key opens none of the sets its loop tests: the measures of
    generated articles are those read with nothing skipped (the set of acting keys made to hold every key)."""
    from analysis.extract import measures

    calls = _measure_calls(("en", "uk", "ko"), 13)
    skipping = [measures.measure(*a, **k) for a, k in calls]

    class Everything(frozenset):
        def __contains__(self, key):  # every key acts: no word is passed over
            return True

    assert skipping == _measured_with(calls, measures._ACTING_BEFORE, Everything(), ("en", "uk", "ko"))
    assert sum(m is not None for m, _ in skipping) > 50


def test_measure_passes_over_words_after_the_number_that_no_branch_acts_on():
    """``measure`` skips a word after the number whose key is none that its loop tests (``_acting_after``) and
    whose ending closes no clause (Korean): the measures of generated articles are those read with no word skipped
    (no set of acting keys: every word goes through every branch)."""
    from analysis.extract import measures

    langs = ("en", "ru", "uk", "ko")
    calls = _measure_calls(langs, 14)
    skipping = [measures.measure(*a, **k) for a, k in calls]
    assert all(measures._acting_after(language(lang)) for lang in langs)
    assert skipping == _measured_with(calls, measures._ACTING_AFTER, None, langs)
    assert sum(m is not None for m, _ in skipping) > 50


def test_a_quotation_running_across_a_point_is_found_as_a_scan_of_every_quotation_finds_it():
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index
    from analysis.extract.sentences import quotations

    rng = random.Random(9)
    pieces = ['"', "“", "”", "«", "»", "a", " ", ".", "\n", "\n\n", "b c"]
    lx, registry = language("en"), registry_index("en")
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        doc, quoted = Document(text, lx, registry), quotations(text)
        for offset in range(len(text) + 1):
            assert doc.quote_across(offset) == any(q0 < offset < q1 for q0, q1 in quoted), (text, offset)


def test_name_pairs_are_the_matches_of_the_pattern_with_a_word_boundary_first():
    """``surnames`` reads the article's capitalised pairs with ``_NAME_PAIR``, whose boundary before the first capital
    is asked after it (``(?<!\\w.)``, so the engine skips from capital to capital): the same matches, groups and
    offsets as the pattern that opens with ``\\b``, on fuzzed text (letters of both scripts, digits, underscores,
    marks, line breaks, tabs) and on generated articles, searched from the start to an end inside the text."""
    from analysis.extract.pipeline import _NAME_PAIR
    from analysis.extract.words import CAPITAL

    plain = re.compile(rf"\b({CAPITAL}[^\W\d_]+)[ \t]+({CAPITAL}[^\W\d_]+)\b")
    rng = random.Random(12)
    atoms = ["Michael", "French", "A", "Іван", "Ґрунт", "Їжак", "é", "x", "1", "_", " ", "  ", "\t", "\n", "-", "'",
             "́", "²", "Éric", "ЄС", "KI", "Z9", ".", "(", "ß", "Ёлкин", "Łódź", "Ⅻ", "ǅ"]
    texts = ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 25))) for _ in range(20_000)]
    texts += [article_text(random.Random(n), lang) for n in range(5) for lang in ("en", "ru", "uk", "ko")]
    found = 0
    for text in texts:
        end = rng.randint(0, len(text))
        for stop in (len(text), end):
            got = [(m.span(), m.groups()) for m in _NAME_PAIR.finditer(text, 0, stop)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text, 0, stop)], (text, stop)
            found += len(got)
    assert found > 1_000  # the texts do hold such pairs


def test_a_capital_is_what_a_words_capital_test_calls_one():
    """``CAPITAL`` (the name pair's capitals) holds exactly the characters ``Words.is_capital`` takes for a capital."""
    from analysis.extract.words import CAPITAL

    capital = re.compile(CAPITAL)
    plane = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    assert [c for c in plane if bool(capital.fullmatch(c)) != c.isupper()] == []
    assert all(capital.fullmatch(c) for c in "AZÉŁÖЁЯІЇЄҐΩ") and not any(capital.fullmatch(c) for c in "aéёя1_ 가")


def test_a_bare_names_title_asks_the_normaliser_for_a_count_only_when_nothing_else_refuses_it(monkeypatch):
    """``Document._titled`` refuses a phrase holding a count as the title of a surname named elsewhere ("Three Kenyan
    police officers Otieno trained …": no title for "Otieno said"), and asks the normaliser for that count last, after
    the pure tests that refuse most phrases (a phrase with no role, "The big crowd Otieno joined", is refused unread):
    the same title either way, fewer readings."""
    from analysis.extract import pipeline

    asked: list[str] = []
    read = pipeline.sentence_ranges

    def recorded(text: str, lang: str):
        if sys._getframe(1).f_code.co_name == "_titled":
            asked.append(text)
        return read(text, lang)

    monkeypatch.setattr(pipeline, "sentence_ranges", recorded)
    tail = "\n\nOtieno said 40 people died."
    cases = {"Three Kenyan police officers Otieno trained were hurt.": ("", ["Three Kenyan police officers Otieno"]),
             "The big crowd Otieno joined was large.": ("", []),
             "Kenyan police officer Otieno trained recruits.": ("KE", ["Kenyan police officer Otieno"])}
    for opening, (country, readings) in cases.items():
        asked.clear()
        rows = extract_rows("Floods hit the coast.\n\n" + opening + tail)
        assert [(r["speaker"], r["country"]) for r in rows] == [("Otieno", country)], opening
        assert asked == readings, opening


def test_a_name_looked_up_by_its_sound_again_gives_what_it_gave_the_first_time():
    from analysis.extract import places

    names = [("카치나", "ko"), ("펀자브", "ko"), ("north kivu", "en"), ("хайбер-пахтунхва", "uk"), ("cebu", "en"), ("", "ru")]
    first = [places.province_by_sound(name, lang) for name, lang in names]
    assert first[0] == "NG" and first[1] is None
    assert [places.province_by_sound(name, lang) for name, lang in names] == first  # remembered
    places._BY_SOUND.clear()
    assert [places.province_by_sound(name, lang) for name, lang in names] == first  # read afresh


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_the_words_asked_for_a_division_name_are_all_that_name_one(lang):
    from analysis.extract.places import _named_division, sound_candidates
    from analysis.extract.words import tokenize

    lx = language(lang)
    rng = random.Random(5)
    nouns = sorted(lx.words["administrative_nouns"])[:6]
    compass = [k for k, v in (lx.table.get("sound_words") or {}).items() if v][:4]
    pieces = nouns + [c.title() for c in compass] + ["of", "the", "Kivu", "Java", "Сурін", "Пахтунхва", "said", ",",
                                                     "North", "Kivu", "40", "people", "губернатор", "Самаркандської"]
    found = 0
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        w = tokenize(text, 0, len(text), lx)
        plain = [i for i in range(len(w.key)) if _named_division(w, i, lx)]
        assert sound_candidates(w, lx) == plain, text
        found += len(plain)
    assert found > 200


def _plain_framed(w, a, b, lx):
    """``measures._framed`` as it read each frame's clause anew (the plain way its shortcut must equal)."""
    from analysis.extract.measures import (_CLOSE_QUOTES, _OPEN_QUOTES, FRAME_NOUN, FRAME_REACH, FRAMES, _clause_word,
                                           _inside_number)

    for metric, verbs_key, prepositions_key, nouns_key, passive, rank in FRAMES:
        verbs, prepositions = lx.words[verbs_key], lx.words[prepositions_key + "_phrases"]
        before = a - 1 if a > 0 and w.text[a - 1] not in _OPEN_QUOTES else a - 2
        verb, k = bool(verbs) and before >= 0 and w.key[before] in verbs, b
        while verbs and k < min(len(w), b + FRAME_REACH):
            text = w.text[k]
            if text in _OPEN_QUOTES or text in _CLOSE_QUOTES:
                k += 1
                continue
            close = next((x for x in range(k + 1, min(len(w), k + 5)) if w.is_punct(x)), None)
            if text == "," and close is not None and (w.text[close] == "," or w.text[close] in _CLOSE_QUOTES) and all(
                    w.text[x][:1].isalpha() and w.text[x].islower() for x in range(k + 1, close)):
                k = close + 1
                continue
            if (w.is_punct(k) and not _inside_number(w, k)) or _clause_word(w, k, lx) or text[:1].isdigit():
                break
            verb = verb or (passive and w.key[k] in verbs)
            size = max((n for n in (1, 2, 3) if " ".join(w.key[k:k + n]) in prepositions), default=0)
            if size and verb:
                if not nouns_key:
                    return metric, (k, k + size), rank
                ends = [x for x in range(k + size, min(len(w), k + size + FRAME_NOUN)) if (w.is_punct(x) and not (
                    w.text[x] == "." and w.key[x - 1] in lx.words["sentence_abbreviations"])) or w.key[x] in lx.words[nouns_key]]
                if ends and not w.is_punct(ends[0]):
                    return metric, (k, ends[0] + 1), rank
                break
            k += 1
    return None


def test_a_frame_reads_the_clause_after_the_number_once_for_all_frames_as_each_frame_did():
    from analysis.extract.measures import _framed
    from analysis.extract.words import tokenize

    lx = language("en")
    rng = random.Random(21)
    verbs = ["moved", "took", "taken", "abandoned", "had", "fled", "were", "carried", "brought"]
    places = ["out of", "away from", "with them", "to", "into", "their", "the", "homes", "village", "hospital", "St.",
              "Thomas", "area", "by ambulance", ", mostly girls ,", "“", "”", "who", "and", ".", "12", "1,200"]
    framed = 0
    for _ in range(3000):
        words = [rng.choice(verbs) for _ in range(rng.randint(0, 2))] + [rng.choice(["12", "“around 1,200", "300"])] \
            + [rng.choice(["people", "residents", "young people", ""])] + [rng.choice(verbs + places) for _ in range(
                rng.randint(0, 3))] + [rng.choice(places) for _ in range(rng.randint(0, 6))]
        text = " ".join(words)
        w = tokenize(text, 0, len(text), lx)
        for a in range(len(w)):
            if w.text[a][:1].isdigit():
                assert _framed(w, a, a + 1, lx) == _plain_framed(w, a, a + 1, lx), (text, a)
                framed += _framed(w, a, a + 1, lx) is not None
    assert framed > 100


class _NeverDisjoint(frozenset):
    """A set whose ``isdisjoint`` always says no: a shortcut that asks it takes the plain way."""

    def isdisjoint(self, other) -> bool:
        return False


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_number_with_no_verb_of_leaving_near_it_is_read_as_the_plain_way_reads_it(lang, monkeypatch):
    from analysis.extract.measures import _left_home
    from analysis.extract.words import tokenize

    lx = language(lang)
    pieces = {"en": ["fled", "left", "abandoned", "their", "homes", "the", "village", "area", "people", "residents",
                     "had", "to", "and", "not", "never", ",", "after", "floods", "the", "city", "of", "camp"],
              "ru": ["покинули", "бежали", "свои", "дома", "город", "деревню", "жителей", "человек", "не", "и", ",",
                     "из", "в", "после", "наводнения", "оставили", "квартиры"]}[lang]
    rng = random.Random(3)
    texts = []
    for _ in range(1500):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 9))] + ["740"] + [
            rng.choice(pieces) for _ in range(rng.randint(0, 9))]
        texts.append(" ".join(words))
    ws = [tokenize(t, 0, len(t), lx) for t in texts]
    spans = [next(k for k in range(len(w)) if w.text[k] == "740") for w in ws]
    fast = [_left_home(w, a, a + 1, 0, len(w), lx) for w, a in zip(ws, spans)]
    monkeypatch.setitem(lx.words, "leaving_verbs", _NeverDisjoint(lx.words["leaving_verbs"]))
    assert [_left_home(w, a, a + 1, 0, len(w), lx) for w, a in zip(ws, spans)] == fast
    assert sum(m is not None for m in fast) > 100


@pytest.mark.parametrize("lang", ["en", "uk", "ko"])
def test_a_place_is_read_where_the_sound_may_name_one_as_everywhere(lang):
    from analysis.extract.places import after_given_name, place_at, place_by_sound, sound_candidates
    from analysis.extract.words import tokenize

    def plain(w, i, lx, place):
        if place is not None and after_given_name(w, i, lx):
            place = None
        if place is None and not after_given_name(w, i, lx):
            place = place_by_sound(w, i, lx)
        return place

    lx = language(lang)
    pieces = {"en": ["the", "governor", "of", "North", "Kivu", "Cebu", "province", "Dr.", "Ade", "Bello", "in", "Lima",
                     "Mayor", "Ana", "said", ",", "Paris", "Texas", "state", "East", "Java", "police"],
              "uk": ["губернатор", "провінції", "Сурін", "Хайбер-Пахтунхва", "Самаркандської", "області", "у", "Києві",
                     "Олена", "Лима", "заявив", ",", "штату", "Кацина", "Західна", "Ява"],
              "ko": ["카치나주", "경찰은", "카치나", "주", "니가타현의", "서울", "투르카나", "카운티", "에서", "지난주", "말했다"]}[lang]
    rng = random.Random(9)
    named = 0
    for _ in range(500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        w = tokenize(text, 0, len(text), lx)
        sounded = set(sound_candidates(w, lx))
        for i in range(len(w)):
            place = lx.places.match(w.key, i)
            assert place_at(w, i, lx, place, sounded) == place_at(w, i, lx, place) == plain(w, i, lx, place), (
                text, i)
            named += plain(w, i, lx, place) is not None
    assert named > 50


class _NeverDisjointCounts(dict):
    """A table of ordinals whose keys are never disjoint from anything (see ``_NeverDisjoint``)."""

    def keys(self):
        return _NeverDisjoint(super().keys())


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_sentences_with_no_ordinal_and_no_word_of_none_give_the_zeros_and_ordinals_of_the_plain_way(lang, monkeypatch):
    from analysis.extract.measures import none_among_claims, ordinal_claims, zero_claims
    from analysis.extract.words import tokenize

    lx = language(lang)
    pieces = {"en": ["a fourth death", "a second child has died", "no Kenyans were among the dead", "the third",
                     "fatality", "no", "among", "a fourth of the population", "the second death toll", "people", ",",
                     "said", "."],
              "ru": ["жертв нет", "нет погибших", "среди них", "не было", "россиян", "раненых", "уточнил министр",
                     ",", "второй погибший", "."]}[lang]
    rng = random.Random(6)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(1500)]
    ws = [tokenize(t, 0, len(t), lx) for t in texts]
    read = (zero_claims, ordinal_claims, none_among_claims)
    fast = [[f(w, lx, t) for f in read] for w, t in zip(ws, texts)]
    monkeypatch.setitem(lx.table, "ordinal_counts", _NeverDisjointCounts(lx.table.get("ordinal_counts") or {}))
    monkeypatch.setitem(lx.words, "none_people_words", _NeverDisjoint(lx.words["none_people_words"]))
    monkeypatch.setattr(lx.none, "_firsts", _NeverDisjoint(lx.none.firsts))  # (the memo behind the property)
    assert [[f(w, lx, t) for f in read] for w, t in zip(ws, texts)] == fast
    assert sum(bool(r) for found in fast for r in found) > 300


def test_articles_whose_country_is_read_only_when_needed_extract_as_when_it_is_read_first(monkeypatch):
    import analysis.extract.pipeline as pipeline

    texts = [(article_text(random.Random(n), lang), lang) for n in range(6) for lang in ("en", "ru", "ko")] + [
        ("The Ruritanian health ministry said 40 people died in the Kivu floods, the UN agency said.", "en"),
        ("국방부는 브라질 남부 산사태로 12명이 숨졌다고 밝혔다.", "ko")]
    lazy = [extract_rows(t, lang=lang) for t, lang in texts]
    made = pipeline.Document.__init__

    def eager(self, *args, **kwargs):  # the article's country read as each article is opened, as before
        made(self, *args, **kwargs)
        self.country()

    monkeypatch.setattr(pipeline.Document, "__init__", eager)
    assert [extract_rows(t, lang=lang) for t, lang in texts] == lazy and sum(map(len, lazy)) > 20


@pytest.mark.parametrize("lang, text", [
    ("uk", "Понад 380 тисяч українських біженців і 12 польських волонтерів прибули, за даними 3 литовських джерел"),
    ("ru", "Около 2 млн сирийских беженцев и 40 турецких врачей, сообщили 5 немецких журналистов"),
    ("en", "About 300 more Russian troops and 12 Ukrainian medics, 2 million Syrian refugees and 7 Kenyan nurses")])
def test_a_nationality_words_number_before_it_is_read_as_the_phrase_read_again_gives(lang, text):
    from analysis.extract.memo import sentence_ranges
    from analysis.extract.pipeline import _of_counted
    from analysis.extract.words import tokenize

    w = tokenize(text, 0, len(text), language(lang))
    for _ in range(2):  # asked again: the remembered answer
        for i in range(2, len(w)):
            phrase = f"{w.text[i - 2]} {w.text[i - 1]}"
            plain = any(ch.isdigit() for ch in w.text[i - 1]) or (
                any(ch.isdigit() for ch in w.text[i - 2]) and w.text[i - 1].isalpha()
                and any(r.start == 0 and r.end == len(phrase) for r in sentence_ranges(phrase, lang)))
            assert _of_counted(w, i, lang) == plain, (lang, w.text[i])
    assert sum(_of_counted(w, i, lang) for i in range(len(w))) >= 4


def test_a_korean_words_reading_and_a_division_of_a_kind_are_remembered_as_they_are_read():
    from analysis.extract.places import (_division_of_kind, _foreign_name, _read_division_of_kind, _reads_as_name,
                                         division_kinds, typed_divisions)

    ko = language("ko")
    for word in ("카치나", "이번", "지난", "니가타", "가능성", "투르카나", "헤라트", "이번", "카치나"):
        assert _foreign_name(word, ko) == _reads_as_name(word, kiwi_of(ko.korean)), word
    asked = [("Niger", ("niger",), "state", "en"), ("Plateau", ("plateau",), "state", "en"),
             ("Kano", ("kano",), "state", "en"), ("Нігер", ("нігер",), "штат", "uk"), ("Niger", ("niger",), "state", "en")]
    codes = []
    for name, keys, kind, lang in asked:
        kinds = division_kinds(lang)[kind]
        code = _division_of_kind(name, keys, kinds, lang)
        assert code == _read_division_of_kind(name, keys, kinds, lang, typed_divisions(lang)), name
        codes.append(code)
    assert codes[0] == codes[1] == "NG"


def test_korean_places_by_sound_and_the_words_asked_for_them_are_those_of_the_plain_reading():
    from analysis.extract import places
    from analysis.extract.words import tokenize

    ko = language("ko")
    texts = ["카치나주 경찰은 12명이 숨졌다고 밝혔다.", "투르카나 카운티 당국은 헤라트주의 피해를 전했다.",
             "니가타현 관계자는 이번주와 지난주 카치나 주 정부를 인용했다.", "홋카이도 당국은 “3명이 다쳤다”고 했다."]
    suffixes, nouns = tuple(ko.words["administrative_suffixes"]), ko.words["administrative_nouns"]
    found = []
    for _ in range(2):  # asked again: the remembered answers
        for text in texts:
            w = tokenize(text, 0, len(text), ko)
            assert places.sound_candidates(w, ko) == [
                i for i in range(len(w)) if places._korean_may_sound(w.key, i, suffixes, nouns)]
            found = [places.place_by_sound(w, i, ko) for i in range(len(w))]
            assert found == [None if w.is_punct(i) else places._korean_place(w, i, ko) for i in range(len(w))]
    assert (1, "NG") in [places.place_by_sound(w, 0, ko) for w in [tokenize(texts[0], 0, len(texts[0]), ko)]]


def _loose_plainly(phrases, keys: list[str], i: int):
    """``PhraseSet.match_loose`` the plain way: every phrase of three words or more of the word's, every window."""
    from analysis.extract.language import _outranks

    found = phrases.match(keys, i)
    if found is not None and found[0] >= 2:
        return found
    for phrase, value in phrases._by_first.get(keys[i], ()):
        n = len(phrase)
        if n < 3:
            continue
        for extra in (1, 2, 3):
            if i + n + extra > len(keys):
                break
            window = keys[i:i + n + extra]
            for gap in range(1, n):
                if all(k[:1].isalpha() for k in window[gap:gap + extra]) \
                        and tuple(window[:gap] + window[gap + extra:]) == phrase:
                    if found is None or _outranks(value, found[1]):
                        return n + extra, value
    return found


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_loose_match_looked_up_by_its_phrases_last_words_is_the_plain_scan_of_every_phrase(lang):
    phrase_set = language(lang).measures
    long = [p for bucket in phrase_set._by_first.values() for p, _ in bucket if len(p) >= 3]
    assert long
    rng = random.Random(12)
    filler = ["the", "very", "many", "і", "в", "of", ",", "3", "quickly", "швидко", "быстро"]
    for _ in range(3000):
        phrase = list(rng.choice(long))
        for _ in range(rng.randint(0, 3)):  # words put inside, before or after it, or a word of it dropped
            where = rng.randint(0, len(phrase))
            if rng.random() < 0.2 and len(phrase) > 1:
                del phrase[min(where, len(phrase) - 1)]
            else:
                phrase.insert(where, rng.choice(filler + list(rng.choice(long))))
        keys = [rng.choice(filler) for _ in range(rng.randint(0, 2))] + phrase + [rng.choice(filler)
                                                                                  for _ in range(rng.randint(0, 3))]
        for i in range(len(keys)):
            assert phrase_set.match_loose(keys, i) == _loose_plainly(phrase_set, keys, i), (keys, i)


def test_the_first_words_of_a_phrase_set_are_read_again_after_a_phrase_is_added():
    from analysis.extract.language import PhraseSet

    phrases = PhraseSet()
    phrases.add(("take", "to", "hospital"), "hospitalised")
    assert phrases.firsts == {"take"}
    phrases.add(("bring", "to", "hospital"), "hospitalised")
    assert phrases.firsts == {"take", "bring"}
    assert phrases.match_loose("bring him to hospital".split(), 0) == (4, "hospitalised")


def test_a_number_with_no_frames_verb_near_it_is_framed_as_the_plain_way_frames_it():
    from analysis.extract.measures import FRAME_REACH, _frame_verbs, _framed
    from analysis.extract.words import tokenize

    lx = language("en")  # (Russian and Ukrainian frame only leaving, which the table's leaving verbs gate too)
    pieces = ["moved", "taken", "took", "abandoned", "fled", "out", "of", "their", "homes", "to", "hospital", "with",
              "them", "by", "ambulance", "the", "area", "people", "were", "and", "quickly", "later", "on", "Monday", "in",
              "district", ","]
    rng = random.Random(8)
    framed = far = 0
    for _ in range(2500):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 3))] + ["740"] + [
            rng.choice(pieces) for _ in range(rng.randint(0, FRAME_REACH + 4))]
        text = " ".join(words)
        w = tokenize(text, 0, len(text), lx)
        a = w.text.index("740")
        assert _framed(w, a, a + 1, lx) == _plain_framed(w, a, a + 1, lx), text
        framed += _framed(w, a, a + 1, lx) is not None
        far += _frame_verbs(lx).isdisjoint(w.key[a + 1:a + 1 + FRAME_REACH]) and not _frame_verbs(lx).isdisjoint(
            w.key[a + 1:])  # a verb past the reach: the shortcut's answer
    assert framed > 30 and far > 30


@pytest.mark.parametrize("lang", ["en", "uk", "ko"])
def test_a_word_that_opens_no_name_of_a_set_is_no_country_body_or_place_there(lang):
    """What the callers' guards (``key in ….firsts``) rely on: a word that opens no phrase of the countries, the
    registry's names or the places matches none of them, and ``country_at`` finds no country at it."""
    from analysis.extract.registry import registry_index
    from analysis.extract.words import country_at, tokenize

    lx, registry = language(lang), registry_index(lang)
    texts = [article_text(random.Random(n), lang) for n in range(12)]
    asked = 0
    for text in texts:
        w = tokenize(text, 0, len(text), lx)
        for i, key in enumerate(w.key):
            if key not in lx.countries.firsts:
                assert lx.countries.match(w.key, i) is None and country_at(w, i, lx) is None
                asked += 1
            if key not in registry.names.firsts:
                assert registry.match(w.key, w.text, i) is None
            if key not in lx.places.firsts:
                assert lx.places.match(w.key, i) is None
    assert asked > 500


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_phrase_found_through_its_trie_is_the_longest_phrase_a_scan_of_every_phrase_finds(lang):
    """``PhraseSet.match`` reads a trie a word at a time; the plain way tries every phrase its first word opens,
    longest first. Word sequences are made of the phrases' own words, cut and joined at random, so that most start
    a phrase, many end inside one and some run on past one."""
    lx = language(lang)
    rng = random.Random(12)
    for phrases in (lx.measures, lx.speech, lx.countries, lx.roles, lx.people, lx.according, lx.not_measured):
        buckets = phrases._by_first
        vocabulary = sorted({k for bucket in buckets.values() for p, _ in bucket for k in p})
        firsts = sorted(buckets)
        for _ in range(400):
            first = rng.choice(firsts)
            phrase, _ = rng.choice(buckets[first])
            keys = list(phrase[:rng.randint(1, len(phrase))]) + [rng.choice(vocabulary)
                                                                 for _ in range(rng.randint(0, 3))]
            plain = next(((len(p), v) for p, v in buckets[first] if tuple(keys[:len(p)]) == p), None)
            assert phrases.match(keys, 0) == plain, keys
            assert phrases.match(["x"] + keys, 1) == plain


def test_a_korean_role_remembered_per_key_is_the_role_read_afresh():
    """``_korean_role`` answers each key once per set of heads; the answers are those of ``_role_ending``, for the
    table's roles and for another set of heads, asked twice."""
    from analysis.extract.speakers import _korean_role, _role_ending

    lx = language("ko")
    keys = ["군정청장", "산림청", "경북도", "의성군", "지부장", "대변인", "주민", "사과나무", "보건부", "서울", "청장"]
    for heads in (None, lx.national):
        for _ in range(2):
            assert [_korean_role(k, lx, heads) for k in keys] == [
                len(k) >= 3 and _role_ending(k, lx, lx.roles if heads is None else heads) for k in keys]
    assert _korean_role("군정청장", lx) and not _korean_role("사과나무", lx)
    assert not _korean_role("군정청장", language("en"))


# -- speed10: a country's reading remembered on the words; the issuer's tests gated by first words -------------------

_SPEED10_SENTENCES = {
    "en": ["US officials told us that 40 people died in Niger State, not in Niger.",
           "The Ruritanian and Syldavian health ministries said we had counted 12 dead in Western Province.",
           "Press release: We have registered 300 displaced families, the Ministry of Health of Ruritania said."],
    "ru": ["По данным МЧС России, в Казахстане погибли 12 человек, сообщили мы.",
           "Просим не распространять слухи: в Ливане остаются 700 граждан Украины."],
    "uk": ["Нагадаємо, у Польщі та Україні загинули 5 людей, повідомили в ДСНС України.",
           "Просимо звертатися на гарячу лінію Координаційного штабу: 40 українців повернулися з Росії."],
    "ko": ["우리 정부는 필리핀 지진으로 12명이 숨졌다고 밝혔다.", "외교부 대변인실은 한국인 3명이 다쳤다고 전했다."],
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "ko"])
def test_a_country_remembered_on_the_words_is_the_country_read_afresh(lang):
    """``country_at`` remembers its answer per word on the words; asked twice at every word of generated news and of
    sentences written for this test, it answers as ``country_at_plain``, which reads the word afresh."""
    from analysis.extract.words import country_at, country_at_plain, tokenize

    lx = language(lang)
    rng = random.Random(10)
    texts = _SPEED10_SENTENCES[lang] + [article_text(rng, lang=lang) for _ in range(15)]
    found = 0
    for text in texts:
        w = tokenize(text, 0, len(text), lx)
        for _ in range(2):
            for i in range(len(w)):
                plain = country_at_plain(w, i, lx)
                assert country_at(w, i, lx) == plain, (text, w.text[i])
                found += plain is not None
    assert found >= 2  # (the generated Korean news names few countries)


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "ko"])
def test_a_phrase_of_the_issuer_tables_opens_only_on_a_word_the_first_word_gate_lets_through(lang):
    """``may_open`` (the gate before the issuer's joined-key look-ups) lets through every phrase's first word, and a
    word it refuses opens no phrase: the look-up ``" ".join(keys[i:i + n]) in phrases`` finds nothing there."""
    from analysis.extract.gates import may_open, phrase_firsts

    lx = language(lang)
    rng = random.Random(11)
    for name in ("issuer_markers_phrases", "contact_nouns_phrases", "release_markers_phrases",
                 "press_office_nouns_phrases"):
        phrases = lx.words[name]
        firsts = phrase_firsts(phrases)
        assert phrase_firsts(phrases) is firsts
        vocabulary = sorted({k for p in phrases for k in p.split(" ")} | {"the", "ми", "및", "said"})
        for p in phrases:
            assert may_open(p.split(" ")[0], firsts)
        for _ in range(300):
            keys = [rng.choice(vocabulary) for _ in range(rng.randint(1, 4))]
            if not may_open(keys[0], firsts):
                assert not any(" ".join(keys[:n]) in phrases for n in range(1, len(keys) + 1)), keys


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "ko"])
def test_we_speak_with_its_shortcuts_answers_as_the_plain_test(lang):
    """``Document._we_speak`` asks a set test for the first-person words and skips the verb reading in a language
    that has none; its answers are the plain test's (any first-person key, or a first-person plural verb that opens
    no parenthetical formula)."""
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx = language(lang)
    text = "\n\n".join(_SPEED10_SENTENCES[lang] + [article_text(random.Random(3), lang=lang)])
    doc = Document(text, lx, registry_index(lang))
    for si in range(len(doc.sentences)):
        w = doc.words(si)
        first = next((j for j in range(len(w)) if not w.is_punct(j)), -1)
        plain = any(k in lx.words["first_person"] for k in w.key) or any(
            lx.our_voice(w.text[k]) and not (k == first and k + 1 < len(w) and w.text[k + 1] in (",", ":"))
            for k in range(len(w)))
        assert doc._we_speak(si) == plain, w.text


# -- speed11: the article's passes over every word (issue 12) ------------------------------------------------------------

_SPEED11_SENTENCES = {
    "en": ["The Ruritanian Red Cross and the WHO said 40 people died near the Syldavian border, the UN reported.",
           "Officials in Kenya and Uganda told the ICRC that 12 were missing; the French embassy said nothing."],
    "ru": ["По данным МЧС России и ВОЗ, в Казахстане и Киргизии погибли 12 человек.",
           "Красный Крест сообщил, что 30 граждан Франции остаются в Ливане."],
    "uk": ["За даними ДСНС України та ВООЗ, у Польщі загинули 5 людей.", "Червоний Хрест повідомив про 7 поранених у Молдові."],
    "ko": ["세계보건기구(WHO)는 필리핀과 베트남에서 12명이 숨졌다고 밝혔다.", "대한적십자사는 일본에서 3명이 다쳤다고 전했다."],
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "ko"])
def test_the_article_passes_over_every_word_find_what_the_plain_loops_find(lang):
    """``Document._worded_codes`` and ``Document._registry_mentions`` read only the words whose key opens a country or a
    registry name (picked in C); the countries and the bodies they find, and in that order, are those of a loop that
    asks every word."""
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index
    from analysis.extract.words import country_at

    lx = language(lang)
    rng = random.Random(12)
    texts = ["\n".join(_SPEED11_SENTENCES[lang])] + [article_text(rng, lang=lang) for _ in range(10)]
    found = 0
    for text in texts:
        doc = Document(text, lx, registry_index(lang))
        codes, mentions = set(), []
        for si in range(len(doc.sentences)):
            w = doc.words(si)
            for i in range(len(w)):
                m = country_at(w, i, lx) if w.key[i] in lx.countries.firsts else None
                if m and m[1]:
                    codes.update(str(m[1]).split("|"))
                known = doc.registry.match(w.key, w.text, i) if w.key[i] in doc.registry.names.firsts else None
                if known is not None:
                    mentions.append((w.start[i], known[1]))
        assert doc._worded_codes() == frozenset(codes), text
        assert doc._registry_mentions() == mentions, text
        found += len(codes) + len(mentions)
    assert found >= 4


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "ko"])
def test_a_country_named_early_is_found_without_reading_the_rest(lang):
    """``Document._worded_named`` reads the sentences only until a country word names the code asked; on a fresh
    article, whatever the order of the codes asked (named early, late, never, or none at all), it answers as membership
    of ``_worded_codes()``, which reads every sentence, and ``_worded_codes()`` asked after it is the same set."""
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx = language(lang)
    rng = random.Random(14)
    texts = ["\n".join(_SPEED11_SENTENCES[lang])] + [article_text(rng, lang=lang) for _ in range(8)]
    named = 0
    for text in texts:
        whole = Document(text, lx, registry_index(lang))._worded_codes()
        asked = sorted(whole) + ["ZZ", "", "A|B"]
        for order in (asked, asked[::-1], rng.sample(asked, len(asked))):
            doc = Document(text, lx, registry_index(lang))
            assert [doc._worded_named(code) for code in order] == [code in whole for code in order], (text, order)
            assert doc._worded_codes() == whole
        named += len(whole)
    assert named >= 3


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "ko"])
def test_a_page_with_no_possible_question_has_the_turns_read_the_plain_way(lang, monkeypatch):
    """``gates.may_ask`` (a question mark, a question mark of the table or a question label at a line's start, anywhere
    in the text) lets ``Document.interview`` skip reading the paragraphs; on pages pieced together from lines written
    for this test (questions, answers, labels, plain news) and on generated news, the turns and the guest are those read
    with the gate always open, and a page the gate refuses has no line ``interviews._kind`` calls a question."""
    import analysis.extract.pipeline as pipeline
    from analysis.extract.gates import may_ask
    from analysis.extract.interviews import _kind
    from analysis.extract.registry import registry_index

    lx = language(lang)
    questions, marks = lx.words["question_labels"], tuple(lx.words["question_marks"])
    pieces = {"en": ["Q: How many died?", "A: Twelve, we think.", "  question : And now", "Okoro: We found 3 more.",
                     "We spoke to Ann Lee, a nurse.", "Floods killed 12 people, police said.", "— Why?", "— No fuel.",
                     "The QUESTION of aid: open.", "Quake toll rises to 40"],
              "ru": ["Вопрос: Сколько погибших?", "— Двенадцать.", "Мы поговорили с врачом Анной Ли.",
                     "Погибли 12 человек, сообщила полиция.", "* Журналист: А сейчас", "Вопросов нет: 40 раненых."],
              "uk": ["Питання: Скільки загиблих?", "— Дванадцять.", "Ми поговорили з лікаркою Анною Лі.",
                     "Загинули 12 людей, повідомила поліція.", "Кореспондент: А зараз", "Питань немає: 40 поранених."],
              "ko": ["--몇 명이 숨졌나.", "▲12명입니다.", "기자: 지금은", "경찰은 12명이 숨졌다고 밝혔다.", "문) 왜", "답) 연료가 없다."]}[lang]
    rng = random.Random(15)
    pages = ["\n".join(rng.sample(pieces, rng.randint(1, len(pieces)))) for _ in range(40)]
    pages += [article_text(rng, lang=lang) for _ in range(10)]
    refused = 0
    for page in pages:
        gated = pipeline.Document(page, lx, registry_index(lang)).interview()
        with monkeypatch.context() as m:
            m.setattr(pipeline, "may_ask", lambda *args: True)
            plain = pipeline.Document(page, lx, registry_index(lang)).interview()
        assert gated == plain, page
        if not may_ask(page, questions, marks):
            refused += 1
            assert not any(_kind(line, questions, lx.words["answer_labels"], (marks, ()))[0] == "question"
                           for line in page.split("\n")), page
    assert refused >= 5


def _embedded_the_plain_way(doc) -> dict[int, tuple[int, int, int]]:
    """``Document._embedded_documents`` as it was written before its shortcut: every paragraph's attributions read
    first, then every paragraph tried as an introducing line."""
    from analysis.extract.pipeline import _LONGEST_DOCUMENT, _THIRD_PERSON_RUN

    first_person = doc.lx.words["first_person"]
    paragraphs = doc._paragraph_sentences()
    own = {p for p, members in paragraphs.items() if not any(
        doc.sentences[sj].title or doc._in_quote(doc.sentences[sj].start) is not None or any(
            a.kind != "backward" and not (a.speaker is not None and (
                (a.speaker.pronoun and doc.lx.key(a.speaker.text) in first_person)
                or (a.speaker.sequence and a.speaker.sequence[0] in first_person)))
            for a in doc.attributions(sj)) for sj in members)}
    voiced = {p for p in own if any(doc._we_speak(sj) for sj in paragraphs[p])}
    told = next((s.paragraph for s in doc.sentences if not s.title), None)
    out: dict[int, tuple[int, int, int]] = {}
    for p in sorted(paragraphs):
        if told is None or p < told or p + 1 not in voiced or p in out or not doc._introduces(paragraphs[p][-1]):
            continue
        last = first = q = p + 1
        while q + 1 in own and q + 1 - first < _LONGEST_DOCUMENT and q - last <= _THIRD_PERSON_RUN:
            q += 1
            if q in voiced:
                last = q
        for member in range(first, last + 1):
            out[member] = (paragraphs[p][-1], first, last)
    return out


_DOCUMENTS = {  # an introducing line, the document in the first person under it, then the article's narration
    "en": ("Floods hit the northern valley\nIn a statement on Monday, the army said:\n"
           "Our units relocated 300 residents from the valley overnight.\nWe also found 12 people dead in Osk.\n"
           "The governor said 40 people were missing."),
    "uk": ("Повені в долині\nУ заяві Державної прикордонної служби йдеться:\n"
           "Наші прикордонники відселили 300 жителів з долини.\nМи також знайшли 12 загиблих у селі.\n"
           "Губернатор сказав, що 40 людей вважаються зниклими."),
    "ko": ("북부 계곡 홍수\n국방부는 월요일 다음과 같이 발표했다:\n우리 군은 밤사이 계곡 주민 300명을 피난시켰다.\n"
           "우리는 또 마을에서 12명의 시신을 발견했다.\n주지사는 40명이 실종됐다고 말했다."),
}
_ISSUERS = {"en": "army", "uk": "Державної прикордонної служби", "ko": "국방부"}


@pytest.mark.parametrize("lang", ["en", "uk", "ko"])
def test_a_document_given_whole_is_found_as_the_plain_way_finds_it_reading_only_the_paragraphs_under_its_line(lang):
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx, registry = language(lang), registry_index(lang, None)
    text = _DOCUMENTS[lang]
    rows = [(r["stated"], r["metric"], r["speaker"]) for r in extract_rows(text, lang=lang)]
    assert rows[:2] == [("300", "displaced", _ISSUERS[lang]), ("12", "killed", _ISSUERS[lang])]
    assert [r[:2] for r in rows[2:]] == [("40", "missing")] and rows[2][2] != _ISSUERS[lang]
    doc = Document(text, lx, registry)
    assert doc._embedded_documents() == _embedded_the_plain_way(Document(text, lx, registry)) == {
        2: (1, 2, 3), 3: (1, 2, 3)}
    # the same text twice in one process, and the paragraphs in other orders: each time the plain way's answer
    rng = random.Random(3)
    lines = text.split("\n")
    for _ in range(12):
        body = lines[1:]
        rng.shuffle(body)
        shuffled = "\n".join([lines[0]] + body)
        assert Document(shuffled, lx, registry)._embedded_documents() == _embedded_the_plain_way(
            Document(shuffled, lx, registry))


@pytest.mark.parametrize("lang", ["en", "uk", "ko"])
def test_with_no_line_introducing_a_document_no_paragraphs_attributions_are_read_for_one(lang):
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx, registry = language(lang), registry_index(lang, None)
    lines = _DOCUMENTS[lang].split("\n")
    text = "\n".join([lines[0], lines[4], lines[2], lines[3]])  # (the first-person lines under the narration's)
    doc = Document(text, lx, registry)
    assert doc._embedded_documents() == {} == _embedded_the_plain_way(Document(text, lx, registry))
    assert doc._attributions == {}  # the distractor: nothing introduces, so no attribution was read to decide it
    for n in range(10):  # generated articles (two languages' tables in one process, read in turns)
        for other in (lang, "ru"):
            generated = article_text(random.Random(n), other)
            lxo, ro = language(other), registry_index(other, None)
            assert Document(generated, lxo, ro)._embedded_documents() == _embedded_the_plain_way(
                Document(generated, lxo, ro))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The ministry said 12 people were killed, 30 were injured and 400 houses were damaged.",
     [("12", "killed", "ministry"), ("30", "wounded", "ministry")]),
    ("ru", "Паводок унес жизни 12 человек, 30 ранены, повреждены 400 домов, сообщило МЧС.",
     [("12", "killed", "МЧС"), ("30", "wounded", "МЧС")]),
    ("uk", "Пожежа знищила 400 будинків і 30 шкіл, загинули 12 людей, повідомила ДСНС.", [("12", "killed", "ДСНС")]),
    ("ko", "홍수로 12명이 숨지고 30명이 다쳤으며 주택 400채가 파손됐다고 행정안전부가 밝혔다.",
     [("12", "killed", "행정안전부"), ("30", "wounded", "행정안전부")]),
])
def test_whether_a_number_counts_people_is_asked_once_per_number_however_many_numbers_bound_by_it(
        lang, text, expected, monkeypatch):
    import analysis.extract.pipeline as pipeline

    asked: list[tuple[int, int, int, str]] = []
    plain = pipeline.not_people

    def counted(w, a, b, r, lx):
        asked.append((id(w), a, b, r.text))
        return plain(w, a, b, r, lx)

    monkeypatch.setattr(pipeline, "not_people", counted)
    for _ in range(2):  # the same text twice: the second reading asks again (nothing kept across articles)
        asked.clear()
        assert [(r["stated"], r["metric"], r["speaker"]) for r in extract_rows(text, lang=lang)] == expected
        assert len(asked) == len(set(asked)) == 3  # each of the three numbers once (the house count: things)
    monkeypatch.setattr(pipeline, "not_people", plain)
    assert [(r["stated"], r["metric"], r["speaker"]) for r in extract_rows(text, lang=lang)] == expected


def test_the_korean_forms_read_once_per_language_are_those_of_its_table():
    from analysis.extract.attribution import _korean_forms

    ko, en = language("ko"), language("en")
    endings, negators = _korean_forms(ko)
    assert sorted(endings) == sorted(ko.words["quotative_endings"]) and endings
    assert [len(e) for e in endings] == sorted((len(e) for e in endings), reverse=True)  # longest first
    assert negators == {f.split()[-1] for f in ko.table.get("failing_frames", []) + ko.table.get("inability_frames", [])
                        if f.startswith("{stem}지 ")} and "않" in "".join(negators)
    assert _korean_forms(ko)[0] is endings  # remembered
    assert _korean_forms(en) == (tuple(sorted(en.words["quotative_endings"], key=len, reverse=True)), frozenset())
    # a verb of saying in a frame of not doing says nothing; the same verb alone does
    said = extract_rows("경찰은 12명이 숨졌다고 밝혔다.", lang="ko")
    assert [(r["stated"], r["metric"], r["speaker"]) for r in said] == [("12", "killed", "경찰")]
    assert extract_rows("경찰은 사망자 수를 밝히지 않았다.", lang="ko") == []


def _wire_credit_the_plain_way(text, start, end, lx, registry):
    """``credits.wire_credit`` without its gates: each pattern tried on every sentence."""
    from analysis.extract.credits import _AGENCY, _BRACKETED, _DATELINE, _LEADING, _is_agency

    head = text[start:min(end, start + 160)]
    m = _BRACKETED.match(head)
    if m is not None:
        return start + m.end()
    for m in _AGENCY.finditer(head, 0, 110):
        agency = m.group("slashed") or m.group("bracketed") or m.group("dashed")
        if _DATELINE.fullmatch(head, 0, m.start()) is not None and _is_agency(agency.strip(), lx, registry):
            return start + m.end()
    m = _LEADING.match(head)
    if m is not None and _is_agency(m.group("leading"), lx, registry):
        return start + m.end() - 1
    return start


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "ko"])
def test_a_wire_credit_gated_by_its_marks_is_the_credit_every_pattern_finds(lang):
    from analysis.extract.credits import wire_credit
    from analysis.extract.registry import registry_index

    lx, registry = language(lang), registry_index(lang, None)
    rng = random.Random(21)
    pieces = ["OSLO", ", ", "May 2", " /Interfax/ ", "- ", " - ", "—", " – ", "Reuters", "Інтерфакс-Україна", "AFP",
              "(Seoul=Yonhap) ", "(Reuters)", "[", "]", "Київ. ", "20 травня. ", "ТАСС", " ", "Nine people died",
              ", police said.", "non-stop", "ИНТЕРФАКС.RU", "/", "연합뉴스", "(서울=연합뉴스) ", "двое погибли", "."]
    credited = 0
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        found = wire_credit(text, 0, len(text), lx, registry)
        assert found == _wire_credit_the_plain_way(text, 0, len(text), lx, registry), text
        credited += found > 0
    assert credited > 20
    # by hand: a credit before the dash, one in slashes, a bracketed one; a hyphen in a word is none (the distractor)
    for text, cut in (("Київ. 20 травня. Інтерфакс-Україна - Двоє загинули.", 35), ("OSLO, May 2 /Interfax/ - Nine "
                      "people died.", 24), ("(Seoul=Yonhap) Nine people died.", 14), ("A non-stop flight - crashed.", 0)):
        assert wire_credit(text, 0, len(text), lx, registry) == _wire_credit_the_plain_way(
            text, 0, len(text), lx, registry)
    assert wire_credit("(Seoul=Yonhap) Nine people died.", 0, 32, lx, registry) == 14
    assert wire_credit("Nine people died in a non-stop flight.", 0, 38, lx, registry) == 0


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_a_sentence_past_the_third_paragraph_or_a_title_has_no_credit_as_the_walk_back_found(lang):
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx, registry = language(lang), registry_index(lang, None)
    text = ("Floods in the valley\nOSLO, May 2 /Interfax/ - Nine people died, police said.\nMore rain.\nMore.\n"
            "OSLO. May 3. Interfax - Two more people died, police said.\nLONDON (Reuters) - Five people died.")
    doc = Document(text, lx, registry)
    credits = [doc.credit_end(si) - s.start for si, s in enumerate(doc.sentences)]
    assert credits[1] == 24 and credits[0] == 0 and all(c == 0 for c in credits[2:])  # (only paragraphs 1-3 are read)


@pytest.mark.parametrize("module, functions", [
    ("speakers", ("_resolve", "private_origin", "affiliation_end", "_body_name_before")),
    ("measures", ("whole_number",)),
    ("pipeline", ("_titled", "_named_charity", "_same_kind", "_only_of_kind", "_independent_kind")),
])
def test_the_functions_asked_per_phrase_import_nothing_at_each_call(module, functions):
    # a function's own ``from .x import y`` costs about 3 µs a call (the import system is asked each time): the
    # functions asked thousands of times a megabyte take their names from the module's head
    import ast
    import importlib

    mod = importlib.import_module(f"analysis.extract.{module}")
    tree = ast.parse(open(mod.__file__, encoding="utf-8").read())
    found = {node.name: node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for name in functions:
        assert not [n for n in ast.walk(found[name]) if isinstance(n, (ast.Import, ast.ImportFrom))], name


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Four confirmed dead, dozens hurt, police said on Monday.",
     [("Four", "killed", "police", ""), ("dozens", "wounded", "police", "")]),
    ("en", "Four confirmed dead, dozens hurt.", []),  # the people counted are no speaker (a distractor)
    ("en", "A Venezuelan migrant said 40 people had drowned.", [("40", "killed", "Venezuelan migrant", "")]),  # a
    # private person of a country speaks for none
    ("en", "A Venezuelan official said 40 people had drowned.", [("40", "killed", "Venezuelan official", "VE")]),
    ("ru", "Четверо погибших, сообщила полиция Киргизии.", [("Четверо", "killed", "полиция Киргизии", "KG")]),
])
def test_phrases_read_with_the_names_from_the_modules_head_resolve_as_before(lang, text, expected):
    for _ in range(2):  # the same text twice
        rows = extract_rows(text, lang=lang)
        assert [(r["stated"], r["metric"], r["speaker"], r["country"]) for r in rows] == expected


def _furniture_the_plain_way(doc) -> list[int]:
    """``Document._furniture_lines`` before its shortcut: every sentence read whole."""
    from analysis.extract.gates import may_open, phrase_firsts

    markers = doc.lx.words["release_markers_phrases"]
    if not markers:
        return []
    longest, firsts = max(len(m.split()) for m in markers), phrase_firsts(markers)
    return [si for si in range(len(doc.sentences)) if (key := doc.words(si).key) and may_open(key[0], firsts) and any(
        " ".join(key[:n]) in markers for n in range(1, min(longest, len(key)) + 1))]


_RELEASES = {
    "en": ("Floods in the valley\nPress release\nThe army said 12 people were killed.\nFor more information, contact "
           "the press office."),
    "uk": "Повені в долині\nПрес-реліз\nАрмія повідомила, що загинули 12 людей.\nКонтакт для ЗМІ: прес-служба.",
    "ru": "Паводки в долине\nПресс-релиз\nАрмия сообщила, что погибли 12 человек.\nКонтакт для СМИ: пресс-служба.",
    "ko": "계곡 홍수\n보도자료\n군은 12명이 숨졌다고 밝혔다.\n문의처: 공보실",
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "ko"])
def test_a_sentences_first_key_read_alone_is_the_first_key_of_its_words(lang):
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx, registry = language(lang), registry_index(lang, None)
    rng = random.Random(5)
    pieces = ["Press", " release", "J. Smith", "U.S.", " ", "\u00a0", "*", "** ", "(AFAD)은", "보도자료", "다.", "“Yes.”",
              "Прес-реліз", "Пресс-релиз", "For", " more information", "Б. Іваненко", "40", "killed,", "\n", "— ", "…",
              "contact", "A.", "Seoul", "\t", "пресс релиз"]
    checked = 0
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        doc, plain = Document(text, lx, registry), Document(text, lx, registry)
        for si in range(len(doc.sentences)):
            words = plain.words(si)
            assert doc._first_key(si) == (words.key[0] if len(words) else ""), (text, si)
            checked += 1
        assert Document(text, lx, registry)._furniture_lines() == _furniture_the_plain_way(plain), text
    assert checked > 500


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "ko"])
def test_a_release_line_is_found_reading_whole_only_the_sentences_whose_first_word_may_open_one(lang):
    from analysis.extract.pipeline import Document
    from analysis.extract.registry import registry_index

    lx, registry = language(lang), registry_index(lang, None)
    text = _RELEASES[lang]
    doc = Document(text, lx, registry)
    assert doc._furniture_lines() == _furniture_the_plain_way(Document(text, lx, registry)) == [1, 3]
    assert 2 not in doc._words and 0 not in doc._words  # the distractors (a headline, a sentence of a claim): their
    # first words open no marker, so they were not read whole for it
    assert Document(text, lx, registry)._furniture_lines() == [1, 3]  # the same text again
