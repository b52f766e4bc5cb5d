"""Would a learned layer over the rules generalise? An oracle, and a country chooser measured on batches left out.

    .venv/bin/python benchmarks/learn_country.py --root /work/eval --oracle TA TB ...          # headroom per decision
    .venv/bin/python benchmarks/learn_country.py --root /work/eval --groups TA,TB AA,AB ...   # leave each group out

Batch folders hold articles (``*.txt``: a ``URL:`` line, a ``DATE:`` line, then the text; the language from the
name, ``…_lang-uk.txt``, else English) and ``expected.jsonl`` (``article``, ``quote``, ``stated``, ``metric``,
``country``), as the evaluators' batches do. Only this script reads them; nothing of the package does.

``--oracle`` counts, per decision, the claims a perfect chooser among the rules' own candidates would gain:
the country (the row's own, none, the article's, the language's home country, every country the row's sentence
or the one before names), the measure (every measure a cue of the sentence names), and whether a number with a
measure and no speaker is kept (and, for rows on no expected phrase, dropped).

``--groups`` records, for every row, the countries above as candidates with features that name no topic (which
source the candidate comes from, crossed with the attribution's way, the speaker rule's steps, the registry kind,
the language, headline/lede/body), fits a conditional logit (numpy, full-batch Adagrad from zero: deterministic)
on all groups but one, and scores the group left out: rules alone against rules + model.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.extract import pipeline  # noqa: E402

LANGS = ("en", "uk", "ru", "ko")
DROPPED = "<no speaker>"


def lang_of(name: str) -> str:
    """The article's language from its file name."""
    return next((lang for lang in ("uk", "ru", "ko") if name.endswith(f"_lang-{lang}.txt")), "en")


def countries(value) -> frozenset[str]:
    """A ``|``-joined country cell as a set."""
    return frozenset(c.strip() for c in str(value or "").split("|") if c.strip())


def articles(folder: Path):
    """(name, lang, text, [(start, end, metric, countries)]) of each article of an annotated folder."""
    expected: dict[str, list[dict]] = defaultdict(list)
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            expected[record["article"]].append(record)
    for path in sorted(folder.glob("*.txt")):
        text = (path.read_text(encoding="utf-8").split("\n", 2) + ["", ""])[2]
        wanted = []
        for r in expected.get(path.name, []):
            q, at = text.find(r["quote"]), -1
            for _ in range(int(r.get("occurrence", 1))):  # the stated words' occurrence-th place in the quote
                at = r["quote"].find(r["stated"], at + 1)
                if at < 0:
                    break
            if q >= 0 and at >= 0:
                wanted.append((q + at, q + at + len(r["stated"]), r["metric"], countries(r["country"])))
        yield path.name, lang_of(path.name), text, wanted


_DOCUMENT = pipeline.Document


class Recording(_DOCUMENT):
    """A Document that remembers each number's speaker (by the number's offset), and may keep the speakerless."""

    last: Recording | None = None
    expose_dropped = False

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.found: dict[int, tuple[int, pipeline.Found]] = {}
        Recording.last = self

    def speaker_for(self, si: int, offset: int) -> pipeline.Found | None:
        """The rules' speaker of the number at ``offset`` (a placeholder when none and the speakerless are kept)."""
        found = super().speaker_for(si, offset)
        if found is None and self.expose_dropped:
            found = pipeline.Found(pipeline.Speaker(DROPPED, "", ""), "dropped", "dropped")
        if found is not None:
            self.found[offset] = (si, found)
        return found


def extract(text: str, lang: str, name: str, dropped: bool = False) -> tuple[list[dict], Recording]:
    """The extractor's rows, and the Document it read them from."""
    pipeline.Document, Recording.expose_dropped = Recording, dropped
    try:
        rows = pipeline.extract_rows(text, lang=lang, document=name)
    finally:
        pipeline.Document = _DOCUMENT
    return rows, Recording.last


@dataclass(frozen=True)
class Candidate:
    """One country a row could have, and the features of where it comes from."""

    country: str
    features: frozenset[str]


def candidates(doc: Recording, si: int, found: pipeline.Found) -> tuple[Candidate, ...]:
    """The countries the rules expose for a row of sentence ``si`` said by ``found``, sorted by code."""
    speaker = found.speaker
    sources: dict[str, set[str]] = defaultdict(set)

    def sentence_codes(sj: int) -> tuple[list[int], list[str]]:
        doc._sentence_country(sj, speaker)  # fills the sentence's countries
        return doc._sentence_countries[sj][:2]

    sources[speaker.country].add("rule")
    sources[""].add("none")
    if doc.country():
        sources[doc.country()].add("article")
    if doc.lx.table.get("home_country"):
        sources[doc.lx.table["home_country"]].add("home")
    for code in doc._lede_codes:
        sources[code].add("lede")
    for code, n in doc._counts.items():
        if n == max(doc._counts.values()):
            sources[code].add("most")
    starts, codes = sentence_codes(si)
    a, b = speaker.span
    for p, code in zip(starts, codes):
        sources[code].add("span" if a <= p < b else "before" if p < a else "after")
    if len(set(codes)) == 1:
        sources[codes[0]].add("only")
    if si > 0 and doc.sentences[si - 1].paragraph == doc.sentences[si].paragraph:
        for code in sentence_codes(si - 1)[1]:
            sources[code].add("previous")
    sentence = doc.sentences[si]
    context = [f"lang={doc.lx.lang}", f"found={found.how}", f"kind={speaker.kind or 'none'}",
               "headline" if si == 0 or sentence.title else "lede" if sentence.paragraph <= 2 else "body",
               *(f"sp={step}" for step in sorted(set(speaker.how.split("+"))))]
    return tuple(Candidate(code, frozenset({*kinds, *(f"{k}|{c}" for k in kinds for c in context)}))
                 for code, kinds in sorted(sources.items()))


@dataclass(frozen=True)
class Row:
    """One extracted row: its span, measure and country candidates (the rules' country first when unrecorded)."""

    start: int
    end: int
    metric: str
    candidates: tuple[Candidate, ...]


def read_batch(folder: Path) -> list[tuple[str, list, list[Row]]]:
    """(lang, expected claims, rows) of each article of a folder."""
    out = []
    for name, lang, text, wanted in articles(folder):
        rows, doc = extract(text, lang, name)
        recorded = []
        for r in rows:
            at = doc.found.get(int(r["start"]))
            cands = candidates(doc, *at) if at else (Candidate(r["country"], frozenset({"rule"})),)
            recorded.append(Row(int(r["start"]), int(r["end"]), r["metric"], cands))
        out.append((lang, wanted, recorded))
    return out


def overlaps(row: dict, a: int, b: int) -> bool:
    """Does an extracted row overlap [a, b)?"""
    return int(row["start"]) < b and a < int(row["end"])


def oracle(folders: list[Path]) -> dict[str, Counter]:
    """Per language, the claims found, missed, and gained by a perfect chooser for each decision."""
    tally = {lang: Counter() for lang in LANGS}
    for folder in folders:
        for name, lang, text, wanted in articles(folder):
            kept, doc = extract(text, lang, name)
            exposed, shown = extract(text, lang, name, dropped=True)
            dropped = [r for r in exposed if r["speaker"] == DROPPED]
            t = tally[lang]
            t["expected"] += len(wanted)
            t["rows"] += len(kept)
            t["rows on no expected phrase (keep: drop them)"] += sum(
                not any(overlaps(r, a, b) for a, b, _, _ in wanted) for r in kept)
            t["speakerless rows on no expected phrase"] += sum(
                not any(overlaps(r, a, b) for a, b, _, _ in wanted) for r in dropped)

            def among(found_in: Recording, rows: list[dict], want: frozenset[str]) -> bool:
                return any(want in {countries(c.country) for c in candidates(found_in, *found_in.found[int(
                    r["start"])])} for r in rows if int(r["start"]) in found_in.found)

            for a, b, metric, want in wanted:
                hits = [r for r in kept if overlaps(r, a, b)]
                if any(r["metric"] == metric and countries(r["country"]) == want for r in hits):
                    t["found"] += 1
                elif not hits:
                    t["missed: no row"] += 1
                    back = [r for r in dropped if overlaps(r, a, b) and r["metric"] == metric]
                    t["  keep: a speakerless row of its measure"] += bool(back)
                    t["  keep: ... and its country among candidates"] += among(shown, back, want)
                elif any(r["metric"] == metric for r in hits):
                    t["missed: wrong country"] += 1
                    t["  country: right one among candidates"] += among(doc, hits, want)
                else:
                    t["missed: wrong measure"] += 1
                    w = doc.words(doc.sentence_of(a))
                    cues = {m[1][0] for i in range(len(w)) if (m := doc.lx.measures.match(w.key, i))}
                    t["  measure: right one named by a cue of the sentence"] += metric in cues
    return tally


def label(wanted, row: Row) -> set[int]:
    """The candidates whose country is that of an expected claim of the row's measure the row overlaps."""
    want = [c for a, b, metric, c in wanted if row.start < b and a < row.end and metric == row.metric]
    return {i for i, cand in enumerate(row.candidates) if countries(cand.country) in want}


def fit(data, l2: float, steps: int = 600, rate: float = 0.5) -> dict[str, float]:
    """A conditional logit's weights on the rows with a right candidate (and a wrong one)."""
    examples = [(row, right) for _, wanted, rows in data for row in rows
                if 0 < len(right := label(wanted, row)) < len(row.candidates)]
    names = sorted({f for row, _ in examples for c in row.candidates for f in c.features})
    index = {f: i for i, f in enumerate(names)}
    blocks, targets = [], []
    for row, right in examples:
        m = np.zeros((len(row.candidates), len(names)))
        for k, c in enumerate(row.candidates):
            m[k, [index[f] for f in c.features]] = 1.0
        blocks.append(m)
        targets.append([1.0 / len(right) if k in right else 0.0 for k in range(len(row.candidates))])
    x, y = np.concatenate(blocks), np.concatenate(targets)
    bounds = np.cumsum([0] + [len(m) for m in blocks])
    owner = np.repeat(np.arange(len(blocks)), np.diff(bounds))
    w, g2 = np.zeros(len(names)), np.zeros(len(names))
    for _ in range(steps):  # Adagrad on the mean negative log-likelihood plus the L2 penalty
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, bounds[:-1])[owner])
        p = e / np.add.reduceat(e, bounds[:-1])[owner]
        grad = (x.T @ (p - y) + l2 * w) / len(blocks)
        g2 += grad * grad
        w -= rate * grad / (np.sqrt(g2) + 1e-8)
    return dict(zip(names, w.tolist()))


def choose(row: Row, weights: dict[str, float], margin: float) -> frozenset[str]:
    """The row's country: the rules' unless a candidate scores more than ``margin`` above it."""
    def score(c: Candidate) -> float:
        return sum(weights.get(f, 0.0) for f in c.features)
    rule = next(c for c in row.candidates if "rule" in c.features)
    best = max(row.candidates, key=lambda c: (score(c), "rule" in c.features, c.country))
    return countries(best.country if weights and score(best) > score(rule) + margin else rule.country)


def score(data, weights: dict[str, float], margin: float) -> dict[str, Counter]:
    """Per language: expected, found, rows, rows on an expected phrase."""
    out = {lang: Counter() for lang in LANGS}
    for lang, wanted, rows in data:
        chosen = [(row, choose(row, weights, margin)) for row in rows]
        t = out[lang]
        t["expected"] += len(wanted)
        t["rows"] += len(rows)
        t["real"] += sum(any(row.start < b and a < row.end for a, b, _, _ in wanted) for row in rows)
        t["found"] += sum(any(r.start < b and a < r.end and r.metric == m and c == want for r, c in chosen)
                          for a, b, m, want in wanted)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path("."))
    ap.add_argument("--oracle", nargs="*", default=[], metavar="BATCH")
    ap.add_argument("--groups", nargs="*", default=[], metavar="A,B,…")
    ap.add_argument("--cache", type=Path, nargs="*", default=[],
                    help="pickles of read batches: each read when present; the first written")
    ap.add_argument("--test", nargs="*", type=Path, default=[], metavar="DIR",
                    help="more folders to score, with the model fitted on every group")
    ap.add_argument("--l2", default="1,10", help="penalties to try, comma-separated")
    ap.add_argument("--margin", default="0,1", help="margins to try, comma-separated")
    a = ap.parse_args(argv)
    if a.oracle:
        tally = oracle([a.root / b for b in a.oracle])
        print(f"{'':52s}" + "".join(f"{lang:>6s}" for lang in LANGS) + "   all")
        for key in sorted({k for t in tally.values() for k in t}, key=lambda k: (k.startswith(" "), k)):
            values = [tally[lang][key] for lang in LANGS]
            print(f"{key:52s}" + "".join(f"{v:6d}" for v in values) + f"{sum(values):6d}")
    if not a.groups:
        return 0
    groups = [g.split(",") for g in a.groups]
    read = {}
    for cache in (c for c in a.cache if c.exists()):
        read.update(pickle.loads(cache.read_bytes()))
    for b in (b for g in groups for b in g if b not in read):
        print(f"reading {b}", file=sys.stderr)
        read[b] = read_batch(a.root / b)
    if a.cache:
        a.cache[0].write_bytes(pickle.dumps(read))
    tests = [x for f in a.test for x in read_batch(f)]
    for l2 in map(float, a.l2.split(",")):
        if a.test:  # the folders given apart, scored by the model fitted on every group
            pairs = [(tests, fit([x for g in groups for b in g for x in read[b]], l2))]
        else:
            pairs = [([x for b in g for x in read[b]], fit([x for h in groups if h is not g for b in h for x in read[b]],
                                                           l2)) for g in groups]
        for margin in map(float, a.margin.split(",")):
            before, after = {lang: Counter() for lang in LANGS}, {lang: Counter() for lang in LANGS}
            for test, w in pairs:
                for total, got in ((before, score(test, {}, 0.0)), (after, score(test, w, margin))):
                    for lang in LANGS:
                        total[lang] += got[lang]
            print(f"\nl2 {l2}, margin {margin}: " + (f"{', '.join(map(str, a.test))}, fitted on every group"
                                                        if a.test else "each group held out in turn"))
            print(f"{'lang':5s} {'expected':>8s} {'rules':>14s} {'rules+model':>14s} {'rows':>5s} {'real':>6s}")
            for lang in (*LANGS, "all"):
                b = sum(before.values(), Counter()) if lang == "all" else before[lang]
                f = (sum(after.values(), Counter()) if lang == "all" else after[lang])["found"]
                print(f"{lang:5s} {b['expected']:8d} {b['found']:5d} {100 * b['found'] / b['expected']:6.1f}% "
                      f"{f:5d} {100 * f / b['expected']:6.1f}% {b['rows']:5d} {100 * b['real'] / b['rows']:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
