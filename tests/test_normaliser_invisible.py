"""Invisible characters (Unicode format characters, combining marks on digits) never change a number."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from analysis import NoQuantityError, find_ranges, parse_range
from analysis.normalise.invisible import _SUSPECT, Visible

# zero-width space, non-joiner, joiner, word joiner, soft hyphen, byte-order mark, left-to-right mark
FORMAT_CHARACTERS = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e"]


def test_every_format_character_of_unicode_is_known():
    missing = [hex(c) for c in range(sys.maxunicode + 1)
               if unicodedata.category(chr(c)) == "Cf" and not _SUSPECT.fullmatch(chr(c))]
    assert missing == []


@pytest.mark.parametrize("cf", FORMAT_CHARACTERS)
def test_a_format_character_inside_a_number_is_ignored(cf):
    text = f"3{cf}000 people were killed"
    [r] = find_ranges(text)
    assert (r.low, r.high, r.best) == (3000, 3000, 3000)   # 3 thousands, not 3 and 000
    assert (r.start, r.end, r.text) == (0, 5, f"3{cf}000")


def test_spans_point_into_the_original_text():
    text = "\ufeffabout 2,\u200b700 and 1\u200d2 died"
    found = find_ranges(text)
    assert [(r.best, r.text) for r in found] == [(2700, "about 2,\u200b700"), (12, "1\u200d2")]
    for r in found:
        assert text[r.start:r.end] == r.text
    assert found[0].start == 1   # after the byte-order mark


def test_spans_are_right_in_a_long_text_read_in_windows():
    head = "no figure here. " * 4000   # 64,000 characters: past the 32 KB window
    text = head + "then 4\u200b500 died"
    [r] = find_ranges(text)
    assert r.best == 4500
    assert r.start == len(head) + 5 and text[r.start:r.end] == "4\u200b500"


def test_a_keycap_digit_reads_as_its_digit():
    text = "3\ufe0f\u20e3 people were killed"
    [r] = find_ranges(text)
    assert r.best == 3
    assert (r.start, r.end, r.text) == (0, 3, "3\ufe0f\u20e3")   # the keycap belongs to the digit


def test_a_combining_mark_on_a_digit_leaves_the_digit():
    [r] = find_ranges("7\u0301 soldiers")
    assert (r.best, r.text) == (7, "7\u0301")
    assert parse_range("12\u0308\u200b000").best == 12000


def test_a_keycap_with_no_digit_is_no_number():
    assert find_ranges("\u20e3 \ufe0f\u20e3 people") == []
    with pytest.raises(NoQuantityError):
        parse_range("\u200b\u20e3")


def test_parse_range_reads_through_format_characters():
    r = parse_range("about 3\u200b000")
    assert (r.low, r.high, r.best, r.text) == (2700, 3300, 3000, "about 3\u200b000")


def test_other_languages_read_through_format_characters():
    [r] = find_ranges("загинули понад 2\u200b500 людей", lang="uk")
    assert (r.low, r.low_open, r.text) == (2500, True, "понад 2\u200b500")


def test_plain_text_is_left_alone():
    assert Visible.of("about 300 died") is None
    assert Visible.of("близько 300 людей, 5 € ") is None
