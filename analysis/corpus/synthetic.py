"""Synthetic news-like articles, for the corpus tests and benchmarks (no copyrighted text).

Each article is a headline and a few paragraphs drawn from templates written for this
package (``news_templates.yaml``): some report casualty figures attributed to an organisation, the rest are
ordinary news (prices, roads, schools, weather) with numbers that count no one. The
numbers, places, sources and order vary, so no two articles are alike.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

@lru_cache(maxsize=1)
def _templates() -> dict[str, dict[str, list]]:
    from ..safe_io import read_yaml

    return read_yaml(Path(__file__).with_name("news_templates.yaml"), what="news templates")


def template_languages() -> tuple[str, ...]:
    """The languages the templates are written in.

    Examples
    --------
    >>> template_languages()
    ('en', 'ru', 'uk', 'ko')
    """
    return tuple(_templates())


def _number(rng: random.Random, thousands: str) -> str:
    value = rng.choice((rng.randint(2, 99), rng.randint(100, 999), rng.randint(1_000, 30_000)))
    return f"{value:,}".replace(",", thousands)


def _paragraph(template: str, words: dict[str, list[str]], rng: random.Random) -> str:
    n, m = _number(rng, words.get("thousands", "")), _number(rng, words.get("thousands", ""))
    low, high = sorted((rng.randint(10, 900), rng.randint(10, 900)))
    hedge = rng.choice(words["hedge"])
    q = hedge.format(n=n, m=high + 5) if "{m}" not in hedge else hedge.format(n=low, m=high + 5)
    org = rng.choice(words["org"])
    org, org_gen = org if isinstance(org, list) else (org, org)
    return template.format(org=org, org_cap=org[:1].upper() + org[1:], org_gen=org_gen, n=n, m=m, q=q,
                           place=rng.choice(words["place"]), day=rng.choice(words["day"]),
                           p=rng.randint(2, 40), d=rng.randint(2, 60), d2=rng.randint(2, 30))


def article_text(rng: random.Random, lang: str = "en") -> str:
    """One article: a headline, then four to nine paragraphs, one to three of them with claims.

    Examples
    --------
    >>> text = article_text(random.Random(1), "en")
    >>> text == article_text(random.Random(1), "en"), text.count("\\n") >= 4
    (True, True)
    """
    words = _templates()[lang]
    claims = rng.randint(1, 3)
    paragraphs = [_paragraph(t, words, rng) for t in rng.sample(words["claim"], min(claims, len(words["claim"])))]
    paragraphs += [_paragraph(rng.choice(words["filler"]), words, rng) for _ in range(rng.randint(4, 8))]
    rng.shuffle(paragraphs)
    return "\n".join([_paragraph(rng.choice(words["headline"]), words, rng)] + paragraphs)


def articles(count: int, seed: int = 0, languages: tuple[str, ...] | None = None,
             weights: tuple[float, ...] | None = None) -> Iterator[dict[str, str]]:
    """``count`` articles as records with ``id``, ``text``, ``url``, ``published`` and ``lang``.

    Parameters
    ----------
    count : int
        How many articles.
    seed : int, default 0
        The same seed gives the same articles.
    languages : tuple of str, optional
        The languages to draw from (default: every language of the templates).
    weights : tuple of float, optional
        How often each language is drawn (default: equally).

    Examples
    --------
    >>> first = next(articles(1, seed=3, languages=("uk",)))
    >>> sorted(first), first["lang"], first["id"]
    (['id', 'lang', 'published', 'text', 'url'], 'uk', 'a0000000')
    """
    rng = random.Random(seed)
    languages = languages or template_languages()
    for index in range(count):
        lang = rng.choices(languages, weights=weights)[0] if len(languages) > 1 else languages[0]
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        yield dict(id=f"a{index:07d}", text=article_text(rng, lang), url=f"https://news.example.org/{index}",
                   published=f"2025-{month:02d}-{day:02d}", lang=lang)
