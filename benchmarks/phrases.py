"""Generated news phrases for the benchmarks: unique, in each language, of the kind the normaliser reads."""

from __future__ import annotations

import random

EN_SUBJECTS = ["North Korean soldiers", "troops", "civilians", "people", "fighters", "residents", "workers",
               "prisoners", "refugees", "soldiers"]
EN_VERBS = ["were killed", "were wounded", "had died", "were deployed", "arrived", "were captured",
            "were evacuated", "were sent", "went missing", "were injured"]
EN_SOURCES = ["officials said", "the ministry said", "according to the NIS", "a spokesman said",
              "the agency reported", "Ukraine's president said", "U.S. estimates say", "sources told Reuters"]
EN_FORMS = ["{n}", "about {n}", "around {n}", "at least {n}", "more than {n}", "nearly {n}", "up to {n}",
            "{n} to {m}", "between {n} and {m}", "some {n}", "fewer than {n}", "{n} or more",
            "an estimated {n}", "roughly {n}", "as many as {n}", "just over {n}", "{w} thousand",
            "several hundred", "hundreds of", "{k} million", "dozens of", "almost {n}"]
WORDS = ["two", "three", "five", "ten", "twelve", "twenty", "forty", "fifty"]

UK_FORMS = ["{n}", "близько {n}", "понад {n}", "щонайменше {n}", "майже {n}", "до {n}", "від {n} до {m}",
            "приблизно {n}", "{s} тис.", "кілька тисяч", "більше ніж {n}", "сотні"]
RU_FORMS = ["{n}", "около {n}", "более {n}", "не менее {n}", "почти {n}", "до {n}", "от {n} до {m}",
            "примерно {n}", "{s} тыс.", "несколько тысяч", "свыше {n}", "сотни"]
KO_FORMS = ["{n}명", "약 {n}명", "{n}명 이상", "{n}명 미만", "{t}천여 명", "{t}만 명", "최대 {n}명", "수천 명",
            "{n}~{m}명", "거의 {n}명", "{n}명이 넘는"]
UK_TAIL = ["військових загинули", "солдатів поранено", "осіб евакуйовано", "бійців відправлено"]
RU_TAIL = ["военных погибли", "солдат ранены", "человек эвакуированы", "бойцов отправлено"]
KO_TAIL = ["의 병력이 파병됐다", "이 사망했다", "이 부상했다", "이 포로로 잡혔다"]


def _number(rng: random.Random, sep: str = ",") -> tuple[str, str]:
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 999) // 10 * 10, rng.randint(1, 99) * 100,
                    rng.randint(1, 60) * 1000, rng.randint(1000, 99999)])
    m = n + rng.choice([10, 100, 500, 1000, 2000])
    return f"{n:,}".replace(",", sep), f"{m:,}".replace(",", sep)


def phrases(lang: str = "en", count: int = 20_000, seed: int = 7) -> list[str]:
    """``count`` unique phrases in ``lang``, the same every run."""
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < count:
        if lang == "en":
            n, m = _number(rng)
            q = rng.choice(EN_FORMS).format(n=n, m=m, w=rng.choice(WORDS), k=rng.choice(["1.5", "2", "3.2"]))
            text = f"{q} {rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)}, {rng.choice(EN_SOURCES)}"
        elif lang in ("uk", "ru"):
            n, m = _number(rng, " ")
            forms, tail = (UK_FORMS, UK_TAIL) if lang == "uk" else (RU_FORMS, RU_TAIL)
            q = rng.choice(forms).format(n=n, m=m, s=rng.choice(["3", "1,5", "12", "10"]))
            text = f"{q} {rng.choice(tail)}"
        else:
            n, m = _number(rng)
            q = rng.choice(KO_FORMS).format(n=n, m=m, t=rng.randint(1, 9))
            text = f"북한군 {q}{rng.choice(KO_TAIL)}"
        out.add(text)
    return sorted(out)
