"""Synthetic news-like articles, for the corpus tests and benchmarks (no copyrighted text).

Each article is a headline and a few paragraphs drawn from templates written for this
package: some report casualty figures attributed to an organisation, the rest are
ordinary news (prices, roads, schools, weather) with numbers that count no one. The
numbers, places, sources and order vary, so no two articles are alike.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

# The templates are test data, one block per language: {org} the source, {n} and {m} counts,
# {q} a hedged count ("about 300", "more than 1,200"), {place}, {day}, {p} a percentage, {d} days;
# {org_gen} is the source in the form the template needs (genitive; in Korean, with its topic particle).
_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "org": ["Ukraine's General Staff", "the Pentagon", "South Korea's spy agency", "the Kremlin", "Reuters",
                "Yonhap", "the British Defence Ministry", "the health ministry", "the regional governor",
                "local officials", "the emergency service", "the Institute for the Study of War"],
        "place": ["the northern province", "the port city", "Kharkiv", "Odesa", "Kursk", "the border region",
                  "the capital", "a village near the front line", "the eastern district", "Busan"],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "hedge": ["about {n}", "at least {n}", "more than {n}", "nearly {n}", "some {n}", "{n}", "up to {n}",
                  "between {n} and {m}", "{n} to {m}", "roughly {n}", "fewer than {n}"],
        "headline": ["Fighting continues in {place}", "Officials update casualty figures",
                     "Residents of {place} count the cost", "New figures released on {day}",
                     "Week of strikes leaves {place} in the dark"],
        "claim": [
            "{org_cap} said at least {n} people were killed and {m} wounded in the strike on {place} on {day}.",
            "According to {org}, {q} soldiers have died since the fighting began, and another {m} are missing.",
            "{org_cap} put the number of wounded at {q}, up from {m} a week earlier.",
            "{org_cap} estimates that {q} troops have been sent to {place} since the spring.",
            "The toll rose to {q} dead on {day}, {org} said, as rescue teams searched the rubble in {place}.",
            "{org_cap} said {q} fighters had been captured near {place} and {m} had surrendered.",
            "In a statement on {day}, {org} said {q} civilians had been injured in {place} over the week.",
            "{org_cap} reported {q} killed or wounded in the latest assault on {place}.",
        ],
        "filler": [
            "Prices for bread rose {p} percent in the past month, the statistics office said.",
            "The {d}-kilometre road between {place} and the coast reopened after {d2} days of repairs.",
            "Residents of {place} said the power had been off for most of the week.",
            "Schools in {place} reopened on {day} after a break of {d} days.",
            "The council will meet again on {day} to discuss a budget of {p} million.",
            "Heavy rain is expected across {place} later in the week, with temperatures near {d} degrees.",
            "Trains to {place} are running again, although some services are {d} minutes late.",
            "Volunteers in {place} have handed out food parcels every {day} since the winter.",
        ],
    },
    "ru": {
        "org": [("губернатор области", "губернатора области"), ("Минобороны России", "Минобороны России"),
                ("Кремль", "Кремля"), ("Генштаб ВСУ", "Генштаба ВСУ"), ("Зеленский", "Зеленского"),
                ("Пентагон", "Пентагона"), ("мэр города", "мэра города")],
        "place": ["Харькове", "Одессе", "Курской области", "приграничном районе", "портовом городе",
                  "пригороде столицы"],
        "day": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"],
        "hedge": ["около {n}", "не менее {n}", "более {n}", "почти {n}", "{n}", "свыше {n}", "от {n} до {m}"],
        "headline": ["Обстрелы в {place} продолжаются", "Новые данные о потерях", "Итоги недели в {place}"],
        "claim": [
            "Как сообщает {org}, в результате обстрела в {place} погибли {q} человек, ещё {m} ранены.",
            "По данным {org_gen}, {day} в плен попали {q} военных.",
            "{org_cap} сообщает, что {day} в {place} ранено {q} человек.",
            "По данным {org_gen}, с начала недели погибли {q} мирных жителей.",
        ],
        "filler": [
            "Цены на хлеб за месяц выросли на {p} процента, сообщила статистическая служба.",
            "Дорога между городами была закрыта {d} дней, но {day} движение возобновилось.",
            "Жители в {place} говорят, что электричества не было большую часть недели.",
            "Школы в {place} снова открылись {day} после перерыва в {d} дней.",
            "Синоптики обещают дожди в {place} до конца недели, температура около {d} градусов.",
        ],
    },
    "uk": {
        "org": [("голова області", "голови області"), ("Міноборони", "Міноборони"), ("Генштаб ЗСУ", "Генштабу ЗСУ"),
                ("Зеленський", "Зеленського"), ("Офіс президента", "Офісу президента"), ("Пентагон", "Пентагону"),
                ("мер міста", "мера міста")],
        "place": ["Харкові", "Одесі", "Сумській області", "прикордонному районі", "портовому місті",
                  "передмісті столиці"],
        "day": ["у понеділок", "у вівторок", "у середу", "у четвер", "у п'ятницю", "у суботу", "у неділю"],
        "hedge": ["близько {n}", "щонайменше {n}", "понад {n}", "майже {n}", "{n}", "від {n} до {m}"],
        "headline": ["Обстріли в {place} тривають", "Нові дані про втрати", "Підсумки тижня в {place}"],
        "claim": [
            "Як повідомляє {org}, внаслідок обстрілу в {place} загинули {q} людей, ще {m} поранені.",
            "За даними {org_gen}, {day} в полон потрапили {q} військових.",
            "{org_cap} повідомляє, що {day} в {place} поранено {q} осіб.",
            "За даними {org_gen}, від початку тижня загинули {q} цивільних.",
        ],
        "filler": [
            "Ціни на хліб за місяць зросли на {p} відсотка, повідомила статистична служба.",
            "Дорога між містами була закрита {d} днів, але {day} рух відновився.",
            "Мешканці в {place} кажуть, що світла не було більшу частину тижня.",
            "Школи в {place} знову відкрилися {day} після перерви в {d} днів.",
            "Синоптики обіцяють дощі в {place} до кінця тижня, температура близько {d} градусів.",
        ],
    },
    "ko": {
        # (the name, the name with its topic particle)
        "org": [("국방부", "국방부는"), ("국정원", "국정원은"), ("합참", "합참은"), ("소방당국", "소방당국은"),
                ("보건당국", "보건당국은")],
        "place": ["부산", "국경 지역", "항구 도시", "수도 외곽", "북부 지방"],
        "day": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
        "hedge": ["약 {n}", "{n}", "{n}여", "최소 {n}"],
        "headline": ["{place}에서 교전 계속", "사상자 집계 발표", "{place} 주민들 피해 호소"],
        "claim": [
            "{org_gen} {day} {place}에서 {q}명이 사망하고 {m}명이 부상했다고 밝혔다.",
            "{org}에 따르면 북한군 {q}명이 전사했다.",
            "{org_gen} {q}명의 병력이 {place}에 파견됐다고 말했다.",
        ],
        "filler": [
            "지난달 빵 가격은 {p}% 올랐다고 통계청이 밝혔다.",
            "{place}의 학교들은 {d}일간의 휴교 끝에 {day} 다시 문을 열었다.",
            "{place} 주민들은 일주일 내내 전기가 끊겼다고 말했다.",
            "{place}에는 이번 주 내내 비가 내릴 것으로 보이며 기온은 {d}도 안팎이다.",
        ],
    },
}

LANGUAGES = tuple(_TEMPLATES)


def _number(rng: random.Random, lang: str) -> str:
    value = rng.choice((rng.randint(2, 99), rng.randint(100, 999), rng.randint(1_000, 30_000)))
    return f"{value:,}" if lang == "en" else str(value)


def _paragraph(template: str, words: dict[str, list[str]], rng: random.Random, lang: str) -> str:
    n, m = _number(rng, lang), _number(rng, lang)
    low, high = sorted((rng.randint(10, 900), rng.randint(10, 900)))
    hedge = rng.choice(words["hedge"])
    q = hedge.format(n=n, m=high + 5) if "{m}" not in hedge else hedge.format(n=low, m=high + 5)
    org = rng.choice(words["org"])
    org, org_gen = org if isinstance(org, tuple) else (org, org)
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
    words = _TEMPLATES[lang]
    claims = rng.randint(1, 3)
    paragraphs = [_paragraph(t, words, rng, lang) for t in rng.sample(words["claim"], min(claims, len(words["claim"])))]
    paragraphs += [_paragraph(rng.choice(words["filler"]), words, rng, lang) for _ in range(rng.randint(4, 8))]
    rng.shuffle(paragraphs)
    return "\n".join([_paragraph(rng.choice(words["headline"]), words, rng, lang)] + paragraphs)


def articles(count: int, seed: int = 0, languages: tuple[str, ...] = ("en", "ru", "uk", "ko"),
             weights: tuple[float, ...] | None = None) -> Iterator[dict[str, str]]:
    """``count`` articles as records with ``id``, ``text``, ``url``, ``published`` and ``lang``.

    Parameters
    ----------
    count : int
        How many articles.
    seed : int, default 0
        The same seed gives the same articles.
    languages : tuple of str
        The languages to draw from.
    weights : tuple of float, optional
        How often each language is drawn (default: equally).

    Examples
    --------
    >>> first = next(articles(1, seed=3, languages=("uk",)))
    >>> sorted(first), first["lang"], first["id"]
    (['id', 'lang', 'published', 'text', 'url'], 'uk', 'a0000000')
    """
    rng = random.Random(seed)
    for index in range(count):
        lang = rng.choices(languages, weights=weights)[0] if len(languages) > 1 else languages[0]
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        yield dict(id=f"a{index:07d}", text=article_text(rng, lang), url=f"https://news.example.org/{index}",
                   published=f"2025-{month:02d}-{day:02d}", lang=lang)
