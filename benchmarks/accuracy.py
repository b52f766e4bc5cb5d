"""Accuracy batteries, run by `make bench`: hand-checked cases of the kinds public number-parser suites
hold (Duckling numerals, word2number, Recognizers-Text ranges), and the extractor on the curated quotes.

Every expected value here was worked out by hand; the script prints how many the package gets right.
Hedged figures follow the README's hedge bands (standard band: 10% of a round n, 5% of a semi-round n, 2%
otherwise, at least 1 for a whole number); negative numbers stay misses on purpose (a count is never negative).
The held-out score (the peers' own test cases, never read while the tables were written) comes first:
see ``benchmarks/heldout.py``.
"""

from __future__ import annotations

import math
from pathlib import Path

from analysis import extract_claims, find_ranges, load_claims, parse_range

ROOT = Path(__file__).resolve().parents[1]
I = math.inf

NUMERALS = {
 "en": [("0",0),("naught",0),("nought",0),("zero",0),("1",1),("one",1),("a pair",2),("a couple",2),("a couple of",2),
  ("33",33),("thirty three",33),("0033",33),("thirty-three",33),("14",14),("fourteen",14),("1.1",1.1),("1.10",1.1),("01.10",1.1),
  ("one point one",1.1),(".77",0.77),("0.77",0.77),("point 77",0.77),("100,000",100000),("100,000.0",100000),("100000",100000),
  ("100K",100000),("100k",100000),("one hundred thousand",100000),("3M",3e6),("3000K",3e6),("3000000",3e6),("3,000,000",3e6),
  ("3 million",3e6),("three million",3e6),("1,200,000",1.2e6),("1.2M",1.2e6),("1200k",1.2e6),(".0012G",1.2e6),
  ("-1,200,000",-1.2e6),("minus 1,200,000",-1.2e6),("negative 1200000",-1.2e6),("-1.2M",-1.2e6),("-1200K",-1.2e6),
  ("5 thousand",5000),("five thousand",5000),("two hundred thousand",200000),("twenty-one thousand eleven",21011),
  ("twenty one thousand eleven",21011),("721,012",721012),("seven hundred twenty one thousand twelve",721012),
  ("seven hundred twenty-one thousand twelve",721012),("31256721",31256721),
  ("thirty-one million two hundred fifty-six thousand seven hundred twenty-one",31256721),("2400",2400),
  ("two hundred dozens",2400),("two hundred dozen",2400),("2200000",2.2e6),("two point two million",2.2e6),("three billion",3e9),
  ("a dozen",12),("half a dozen",6),("three dozen",36),("one trillion",1e12),("1 234 567",1234567),("-192",-192),
  ("one hundred and ninety-two",192),("nine hundred and ninety nine",999),("twenty two",22),("1e10",1e10),("2.5K",2500),
  ("one and a half",1.5),("1/2",0.5),("3/4",0.75),("two thousand and nineteen",2019),("eleven hundred",1100),
  ("two million three thousand nine hundred and eighty four",2003984),("nine point five",9.5),("one hundred thirty-five",135),
  ("fifty-one million five hundred seventy-eight thousand three hundred two",51578302),("a hundred",100),("a thousand",1000),
  ("a million",1e6),("1.5 billion",1.5e9),("15,000",15000),("twelve",12),("hundred",100),("thousand",1000),("1,000,000",1e6),
  ("three quarters",0.75),("two thirds",2/3),("one third",1/3),("a quarter",0.25),("1/5",0.2),("20/100",0.2),
  ("the population is 3,000",3000),("twenty-five",25),("one-hundred",100),("fifteen hundred",1500),("nineteen eighty four",None),
 ],
 "ru": [("двадцать пять",25),("тысяча",1000),("сто",100),("миллион",1e6),("одна тысяча двести тридцать четыре",1234),
  ("два миллиона",2e6),("пятьсот",500),("девятьсот девяносто девять",999),("1,5 млн",1.5e6),("3 тыс.",3000),("десять",10),
  ("сорок два",42),("триста тысяч",300000),("двадцати пяти",25),("122 883",122883),("0,5",0.5),("сто двадцать три",123)],
 "uk": [("двадцять п'ять",25),("тисяча",1000),("сто",100),("мільйон",1e6),("одна тисяча двісті тридцять чотири",1234),
  ("два мільйони",2e6),("п'ятсот",500),("дев'ятсот дев'яносто дев'ять",999),("1,5 млн",1.5e6),("3 тис.",3000),("десять",10),
  ("сорок два",42),("триста тисяч",300000),("двадцяти п’яти",25),("122 883",122883),("сто двадцять три тисячі",123000)],
 "ko": [("이십",20),("이백",200),("삼천",3000),("만",10000),("십만",100000),("백만",1e6),("천만",1e7),("일억",1e8),("5만",50000),
  ("1만 2천",12000),("1.5억",1.5e8),("두 개",2),("한 개",1),("서른 다섯",35),("백이십삼",123),("스물다섯",25),("열",10),("하나",1),
  ("구백구십구",999),("삼만 오천",35000),("이천이십사",2024),("12만 3천",123000),("3백만",3e6)],
}

RANGE_SENTENCES = [
 ("en","This number is larger than 20 and less than or equal to 35.",[(20,35,True,False)]),
 ("en","The number is between 20 and 30",[(20,30,False,False)]),
 ("en","He ranks between 10 and 15",[(10,15,False,False)]),
 ("en","He scored more than 10 and less than 20",[(10,20,True,True)]),
 ("en","more than 30",[(30,I,True,True)]),
 ("en","less than 30",[(0,30,False,True)]),
 ("en","30 or more",[(30,I,False,True)]),
 ("en","from 20 to 30",[(20,30,False,False)]),
 ("en","at most 30",[(0,30,False,False)]),
 ("en","at least 30",[(30,I,False,True)]),
 ("en","greater than or equal to 30",[(30,I,False,True)]),
 ("en","30 or greater",[(30,I,False,True)]),
 ("en","less than or equal to 30",[(0,30,False,False)]),
 ("en","bigger than 30 and smaller than 40",[(30,40,True,True)]),
 ("en","It costs between $10 and $20",[(10,20,False,False)]),
 ("en","over 1,000 people died and under 50 were rescued",[(1000,I,True,True),(0,50,False,True)]),
 ("en","The number is >= 30",[(30,I,False,True)]),
 ("en","The number is =< 30",[(0,30,False,False)]),
 ("en","The number is < 30",[(0,30,False,True)]),
 ("en","The number is > 30",[(30,I,True,True)]),
 ("en","between twenty and thirty",[(20,30,False,False)]),
 ("en","twenty to thirty",[(20,30,False,False)]),
 ("en","no more than 100 and no less than 20",[(20,100,False,False)]),
 ("en","The number is 20 or less",[(0,20,False,False)]),
 ("en","up to 15 thousand",[(0,15000,False,False)]),
 ("en","10,000-12,000 troops",[(10000,12000,False,False)]),
 ("en","some 10,000 to 12,000 troops",[(9000,12600,False,False)]),
 ("en","at least 1.5 million",[(1.5e6,I,False,True)]),
 ("en","Fifteen people died on 3 March and 1,200 on Tuesday.",[(15,15,False,False),(1200,1200,False,False)]),
 ("en","the 2022 invasion killed 300",[(300,300,False,False)]),
 ("en","10 killed, 20 wounded",[(10,10,False,False),(20,20,False,False)]),
 ("en","Between 2020 and 2022, 1,500 died.",[(1500,1500,False,False)]),
 ("en","Version 2.0 was released with 3 updates",[(2,2,False,False),(3,3,False,False)]),
 ("en","at least 12 people, including 3 children",[(12,I,False,True),(3,3,False,False)]),
 ("en","one of the soldiers",[(1,1,False,False)]),
]

PHRASES = [("1,000,000.00",1e6,1e6),("$1,000",1000,1000),("a hundred and fifty",150,150),("0.5",0.5,0.5),("½",0.5,0.5),
("1½",1.5,1.5),("one million and one",1000001,1000001),("nine hundred ninety-nine thousand nine hundred ninety-nine",999999,999999),
("twelve hundred",1200,1200),("3 dozen",36,36),("five and a half",5.5,5.5),("a couple hundred",200,200),
("several hundred thousand",200000,1e6),("tens of millions",2e7,1e8),("hundreds of millions",2e8,1e9),("a few dozen",24,120),
("over a hundred",100,I),("more than a dozen",12,I),("nearly two dozen",None,24),("at least a hundred",100,I),
("two to three thousand",2000,3000),("between two and three thousand",2000,3000),("5-10k",5000,10000),
("$5-10 million",5e6,1e7),("3 million-4 million",3e6,4e6),("3 to 4 million",3e6,4e6),("1.5-2 billion",1.5e9,2e9),
("fewer than a thousand",0,1000),("up to a million",0,1e6),("around a dozen",None,None),("some two hundred",180,220),
("roughly 1.5 million",1.35e6,1.65e6),("almost half a million",None,5e5),("about 10 thousand",9000,11000),
("10 thousand",1e4,1e4),("more than 2.5 million",2.5e6,I),("1,5 million","error","error"),("twenty one",21,21),
("a hundred thousand",1e5,1e5),("one hundred thousand and five",100005,100005),("zero",0,0),("no one",0,0),
("seventy-five",75,75),("ninety nine",99,99),("one thousand two hundred and thirty-four",1234,1234),
("1 million",1e6,1e6),("2 billion",2e9,2e9),("€3.5bn",3.5e9,3.5e9),("£2.4m",2.4e6,2.4e6),("$100k",1e5,1e5),
("approximately 2,000",1800,2200),("in excess of 400",400,I),("upwards of 10,000",10000,I),("no fewer than 12",12,I),
("as few as 5",5,I),("a maximum of 20",0,20),("not more than 30",0,30),("under 5",0,5),("below 100",0,100),
("30+",30,I),("1000+",1000,I),("10,000+",10000,I),("~5",4,6),("≈ 12,000",11400,12600),
("between 5,000 and 7,000",5000,7000),("from 1 to 3",1,3),("1-3",1,3),("one or two",1,2),("two or three hundred",200,300),
("thousands of",2000,1e4),("dozens of",24,120),("scores of",40,200),("a handful",2,10),
]


def numerals() -> tuple[int, int]:
    right = total = 0
    for lang, items in NUMERALS.items():
        for text, want in items:
            total += 1
            try:
                r = parse_range(text, lang=lang)
                got = r.low if r.low == r.high else None
            except ValueError:
                got = None
            right += (want is None and got is None) or (got is not None and want is not None
                                                        and abs(got - want) < 1e-9 * max(1, abs(want)))
    return right, total


def range_sentences() -> tuple[int, int]:
    right = 0
    for lang, text, want in RANGE_SENTENCES:
        got = [(r.low, r.high, r.low_open, r.high_open) for r in find_ranges(text, lang=lang)]
        right += got == [tuple(float(x) if not isinstance(x, bool) else x for x in w) for w in want]
    return right, len(RANGE_SENTENCES)


def phrases() -> tuple[int, int]:
    right = 0
    for text, lo, hi in PHRASES:
        try:
            r = parse_range(text)
        except ValueError:
            right += lo == "error"  # a phrase that must be refused, not guessed
            continue
        right += lo != "error" and (lo is None or r.low == lo) and (hi is None or r.high == hi)
    return right, len(PHRASES)


def extraction_on_curated_quotes() -> tuple[int, int, int, int]:
    """Each English curated quote alone: found with the curated metric and country, found otherwise, missed."""
    claims = load_claims(ROOT / "data" / "claims" / "north-korean-troops.csv")
    right = other = missed = 0
    english = claims[claims["lang"] == "en"]
    for _, row in english.iterrows():
        rows = extract_claims(row["quote"])
        start = row["quote"].find(row["stated"])
        end = start + len(row["stated"])
        hit = rows[(rows["start"] < end) & (rows["end"] > start)]
        if hit.empty:
            missed += 1
        elif (hit.iloc[0]["metric"], hit.iloc[0]["country"]) == (row["metric"], row["country"]):
            right += 1
        else:
            other += 1
    return right, other, missed, len(english)


def specs() -> dict[str, tuple[int, int]]:
    """The hand-checked cases of tests/specs/<lang>.yaml: how many read exactly as written there, per language."""
    import yaml

    scores: dict[str, tuple[int, int]] = {}
    for path in sorted((ROOT / "tests" / "specs").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        right = 0
        for case in spec["cases"]:
            bound = {"inf": math.inf, "-inf": -math.inf}
            try:
                r = parse_range(case["phrase"], lang=spec["lang"])
            except ValueError:
                continue
            right += ((r.low, r.high, r.low_open, r.high_open, r.kind)
                      == (bound.get(case["low"], case["low"]), bound.get(case["high"], case["high"]),
                          case["low_open"], case["high_open"], case["kind"])
                      and ("best" not in case or r.best == case["best"]))
        scores[spec["lang"]] = (right, len(spec["cases"]))
    return scores


def main() -> None:
    import heldout  # the peers' own test cases, fetched from PyPI: the held-out score

    heldout.main([])
    for lang, (right, total) in specs().items():
        print(f"accuracy, tests/specs/{lang}.yaml: {right}/{total} ({right / total:.0%})")
    for name, (right, total) in (("numerals (en, uk, ru, ko)", numerals()), ("range sentences", range_sentences()),
                                 ("bounds, hedges, currency", phrases())):
        print(f"accuracy, {name}: {right}/{total}")
    right, other, missed, total = extraction_on_curated_quotes()
    print(f"extraction on the {total} English curated quotes, each alone: {right} with the curated metric and "
          f"country, {other} otherwise, {missed} missed")


if __name__ == "__main__":
    main()
