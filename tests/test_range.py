"""The value type: interval arithmetic worked out by hand."""

import math

import pytest

from analysis import Range


def point(n):
    return Range(float(n), float(n), best=float(n), kind="point")


def test_sum_of_killed_and_wounded_widens_by_both_hedges():
    # NIS, January 2025: about 300 killed [250, 350] + 2,700 wounded [2700, 2700]
    killed = Range(250.0, 350.0, best=300.0, approx=True, kind="approx")
    total = killed + point(2700)
    assert (total.low, total.high) == (2950.0, 3050.0)
    assert total.best == 3000.0
    assert total.approx and total.kind == "approx"


def test_sum_keeps_open_bounds_and_infinity():
    more_than = Range(200.0, math.inf, low_open=True, kind="lower")
    total = more_than + point(50)
    assert total.low == 250.0 and total.low_open
    assert total.high == math.inf and total.kind == "lower"


def test_sum_refuses_money_plus_count():
    with pytest.raises(ValueError, match="USD"):
        Range(1.0, 1.0, best=1.0, currency="USD") + point(1)


def test_overlap_respects_open_bounds():
    below_1000 = Range(0.0, 1000.0, high_open=True, kind="upper")
    assert not below_1000.overlaps(point(1000))
    assert below_1000.overlaps(point(999))
    assert Range(0.0, 1000.0, kind="upper").overlaps(point(1000))


def test_contains_and_measures():
    r = Range(250.0, 350.0, best=300.0, approx=True, kind="approx")
    assert r.contains(250) and r.contains(350) and not r.contains(351)
    assert r.width == 100.0 and r.midpoint == 300.0
    lower = Range(100.0, math.inf, kind="lower")
    assert lower.width == math.inf and lower.midpoint == math.inf


def test_intersection_and_hull():
    a = Range(1000.0, 3000.0, kind="range")
    b = Range(2500.0, 4000.0, kind="range")
    both = a.intersection(b)
    assert (both.low, both.high) == (2500.0, 3000.0)
    hull = a.union_hull(b)
    assert (hull.low, hull.high) == (1000.0, 4000.0)
    assert a.intersection(Range(3001.0, 3002.0, kind="range")) is None
    # touching at an excluded end is no overlap
    assert Range(0.0, 10.0, high_open=True, kind="upper").intersection(Range(10.0, 20.0, kind="range")) is None


def test_invalid_ranges_are_refused():
    with pytest.raises(ValueError, match="above"):
        Range(5.0, 1.0)
    with pytest.raises(ValueError, match="outside"):
        Range(1.0, 2.0, best=3.0, kind="range")
    with pytest.raises(ValueError, match="kind"):
        Range(1.0, 2.0, kind="guess")
    with pytest.raises(ValueError, match="empty"):
        Range(1.0, 1.0, low_open=True)


def test_frozen_and_hashable():
    r = point(3)
    with pytest.raises(AttributeError):
        r.low = 4.0  # type: ignore[misc]
    assert len({r, point(3)}) == 1


@pytest.mark.parametrize("r, text", [
    (Range(250.0, 350.0, best=300.0, approx=True, kind="approx"), "≈300 (250–350)"),
    (Range(10000.0, 12000.0, kind="range"), "10,000–12,000"),
    (Range(3000.0, math.inf, low_open=True, kind="lower"), ">3,000"),
    (Range(100.0, math.inf, kind="lower"), "≥100"),
    (Range(0.0, 8000.0, kind="upper"), "≤8,000"),
    (Range(0.0, 1000.0, high_open=True, kind="upper"), "<1,000"),
    (Range(2700.0, 2700.0, best=2700.0), "2,700"),
    (Range(200.0, 1000.0, high_open=True, approx=True, kind="vague"), "~ vague (200–<1,000)"),
])
def test_str(r, text):
    assert str(r) == text


def test_a_rule_written_when_read_behaves_as_the_sentence():
    import pickle

    from analysis.normalise.conventions import lazy_rule, rule_for

    def lazy():
        return Range(1200.0, math.inf, low_open=True, kind="lower", rule=lazy_rule("lower_open", word="over", value=1200))

    sentence = rule_for("lower_open", word="over", value="1,200")
    plain = Range(1200.0, math.inf, low_open=True, kind="lower", rule=sentence)
    assert lazy().rule == sentence and lazy() == plain and hash(lazy()) == hash(plain)
    assert pickle.loads(pickle.dumps(lazy())).rule == sentence  # pickled as the sentence, not the recipe
    assert lazy().with_span("over 1,200", 0, 10).rule == sentence and repr(lazy()) == repr(plain)
