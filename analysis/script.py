"""Choosing a language from the script of a text (``lang="auto"``)."""

from __future__ import annotations

import re

# Letters only one of the two Cyrillic languages writes, and the words that tell them apart,
# come from the language tables (``script_letters`` and ``script_words``).


_NAME_LANG = re.compile(r"(?:_lang-|\.)(en|uk|ru|ko)$")


def named_language(stem: str) -> str:
    """The language a file's name gives (``…_lang-uk``, ``….ru``), else "".

    Examples
    --------
    >>> named_language("suspilne_2025-01-22_fire_lang-uk"), named_language("news.ko"), named_language("report")
    ('uk', 'ko', '')
    """
    named = _NAME_LANG.search(stem)
    return named.group(1) if named else ""


def detect_language(text: str) -> str:
    """``ko`` for Hangul, ``uk`` or ``ru`` for Cyrillic (by letters, then words), else ``en``.

    Examples
    --------
    >>> detect_language("3천여 명"), detect_language("понад 3 тис."), detect_language("более 3 тыс.")
    ('ko', 'uk', 'ru')
    >>> detect_language("about 300")
    'en'
    """
    from .normalise.lexicon import lexicon

    uk_letters, ru_letters = lexicon("uk").script_letters, lexicon("ru").script_letters
    hangul = cyrillic = 0
    uk = ru = 0
    for ch in text:
        if "\uac00" <= ch <= "\ud7a3" or "\u3130" <= ch <= "\u318f":
            hangul += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            if ch in uk_letters:
                uk += 1
            elif ch in ru_letters:
                ru += 1
    if hangul and hangul >= cyrillic:
        return "ko"
    if not cyrillic:
        return "en"
    if uk != ru:
        return "uk" if uk > ru else "ru"
    if re.search(r"[\u0400-\u04ff]['’ʼ‘`][\u0400-\u04ff]", text):  # the apostrophes of lexicon._APOSTROPHES
        return "uk"  # an apostrophe inside a word (п'ять): Ukrainian writes it, Russian does not
    # the words each table knows tell the rest apart
    uk_words, ru_words = lexicon("uk").vocab, lexicon("ru").vocab
    uk_marks, ru_marks = lexicon("uk").script_words, lexicon("ru").script_words
    words = [w.strip(".,;:!?()«»\"") for w in text.lower().split()]
    uk_hits = sum(w in uk_words and w not in ru_words for w in words) + sum(w in uk_marks for w in words)
    ru_hits = sum(w in ru_words and w not in uk_words for w in words) + sum(w in ru_marks for w in words)
    return "uk" if uk_hits > ru_hits else "ru"
