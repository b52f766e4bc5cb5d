"""The words of one sentence, with their offsets and keys (lemmas, stems), as parallel lists."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .language import TOKEN, KoreanWord, Language

_PUNCT_BREAK = frozenset(",;:—–-()[]\"“”«»„!?.·")


@dataclass
class Words:
    """Parallel lists: each word's text, start and end offsets in the article, key and particle tag."""

    text: list[str]
    start: list[int]
    end: list[int]
    key: list[str]
    tag: list[str]
    sentence_start: int

    def __len__(self) -> int:
        return len(self.text)

    def at(self, offset: int) -> int:
        """Index of the first word that ends after ``offset``."""
        return bisect.bisect_right(self.end, offset)

    def is_punct(self, i: int) -> bool:
        return not self.text[i][:1].isalnum()

    def is_break(self, i: int) -> bool:
        return self.text[i] in _PUNCT_BREAK

    def is_capital(self, i: int) -> bool:
        first = self.text[i][:1]
        return first.isupper()


def country_at(w: Words, i: int, lx: Language) -> tuple[int, str] | None:
    """(words, ISO code) of a country or nationality word at word ``i``; a word of three letters or fewer
    counts only in capitals ("US", "UAE", not "us").

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> w = tokenize("US officials told us", 0, 20, language("en"))
    >>> country_at(w, 0, language("en")), country_at(w, 3, language("en"))
    ((1, 'US'), None)
    """
    found = lx.countries.match(w.key, i)
    if found is None:
        return None
    n, code = found
    text = w.text[i]
    if n == 1 and len(text.strip(".")) <= 3 and text.lower() != text.upper() and not text.isupper():
        return None
    return n, str(code)


def tokenize(text: str, start: int, end: int, lx: Language) -> Words:
    """The words of ``text[start:end]``.

    Examples
    --------
    >>> from analysis.extract.language import language
    >>> w = tokenize("Pang says 300 died.", 0, 19, language("en"))
    >>> w.text, w.key[:2]
    (['Pang', 'says', '300', 'died', '.'], ['pang', 'says'])
    """
    texts, starts, ends, keys, tags = [], [], [], [], []
    korean = lx.korean
    key = lx.key
    for m in TOKEN.finditer(text, start, end):
        word = m.group()
        texts.append(word)
        starts.append(m.start())
        ends.append(m.end())
        if korean is not None:
            if word[0].isalnum():
                analysed = korean(word)
                if len(word) <= 3 and texts[:-1] and texts[-2] in ")]”\"»'’" and starts[-1] == ends[-2]:
                    # a particle glued to a closing bracket ("(AFAD)은", "(UNHCR)는"): read it after a noun
                    for noun in ("것", "나라"):  # after a consonant (은, 이) or a vowel (는, 가)
                        glued = korean(noun + word)
                        if glued.key == noun and glued.particle_tag.startswith("J"):
                            analysed = KoreanWord(word, glued.particle_tag, glued.particle)
                            break
                keys.append(analysed.key)
                tags.append(analysed.particle_tag)
            else:
                keys.append(word)
                tags.append("")
        else:
            keys.append(key(word) if word[0].isalnum() else word)
    if korean is None:
        tags = [""] * len(texts)
    return Words(texts, starts, ends, keys, tags, start)
