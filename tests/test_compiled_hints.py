"""The hints of the modules ``benchmarks/bench_compiled.py`` compiles say what their callers give.

mypyc (issue 12's compiled extractor) checks every hint at run time: an argument, a return value or an attribute whose
value is not of its hinted type (a list where ``tuple[Range, ...]`` is hinted, ``None`` where ``int`` is) stops the
compiled extraction with ``TypeError``, where the interpreter never looks. Here every function, method and attribute
of those modules is watched while the extractor reads sentences of its four languages, and each value is checked as
mypyc checks it: the outer type (``list``, ``tuple``, ``dict``, ``set``, ``frozenset``, ``str``, ``int``, ``float``,
``bool``, a class), the items of a fixed-length tuple, each member of a union; ``Any``, ``object``, ``Callable``, the
abstract collections (``Iterable``, ``Sequence``, ``Container``, …) and type variables are not checked, as mypyc checks
none of them.
"""

from __future__ import annotations

import ast
import collections.abc
import dataclasses
import functools
import importlib
import inspect
import sys
import types
import typing
from pathlib import Path

import pytest

from analysis.extract import extract_rows

ROOT = Path(__file__).resolve().parents[1]
MODULES = ("extract.pipeline", "extract.attribution", "extract.speakers", "extract.measures", "extract.words",
           "extract.places", "extract.registry", "extract.sentences", "extract.gates", "extract.interviews",
           "extract.language", "normalise.tokens", "normalise.lexicon", "normalise.numbers", "normalise.context",
           "normalise.build", "normalise.reader", "normalise.conventions", "normalise.invisible")
# as bench_compiled.MODULES, under ``analysis`` (a test in test_compiled.py reads those)

_ABSENT = object()
_PLAIN = {int: (int,), float: (int, float), str: (str,), bool: (bool,), bytes: (bytes,), type(None): (type(None),),
          list: (list,), dict: (dict,), set: (set,), frozenset: (frozenset,), tuple: (tuple,)}


def conforms(value: object, hint: object) -> bool:
    """Does ``value`` pass the check mypyc compiles for ``hint``?

    Examples
    --------
    >>> conforms([1, 2], tuple[int, ...]), conforms((1, 2), tuple[int, ...]), conforms(None, int | None)
    (False, True, True)
    >>> conforms((1, "a"), tuple[int, str]), conforms((1, (1, 1)), tuple[int, int]), conforms(3, float)
    (True, False, True)
    """
    if hint in (typing.Any, object) or isinstance(hint, (typing.TypeVar, str)):
        return True
    if hint is None:
        hint = type(None)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, member) for member in typing.get_args(hint))
    if origin is typing.Literal:
        return value in typing.get_args(hint)
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis or not args:
            return True
        return len(value) == len(args) and all(conforms(v, a) for v, a in zip(value, args))
    if origin is not None:
        if origin in _PLAIN:
            return isinstance(value, _PLAIN[origin])
        return True  # Callable[...], Iterable[...], Sequence[...], …: unchecked
    if hint in _PLAIN:
        return isinstance(value, _PLAIN[hint])
    if isinstance(hint, type):
        if hint.__module__ in ("collections.abc", "typing") or issubclass(hint, typing.Protocol) \
                or hint.__module__ == "builtins" and hint not in _PLAIN:
            return True
        return isinstance(value, hint)
    return True


def _attribute_hints(cls: type) -> dict[str, str]:
    """``self.name: hint`` annotations in a class's methods (the attributes mypyc gives a typed field)."""
    source = inspect.getsource(cls)
    hints: dict[str, str] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Attribute) \
                and isinstance(node.target.value, ast.Name) and node.target.value.id == "self":
            hints[node.target.attr] = ast.unparse(node.annotation)
    return hints


class Watch:
    """Every function and class of ``MODULES`` wrapped to record values that their hints would refuse compiled."""

    def __init__(self) -> None:
        self.refused: dict[str, str] = {}  # where -> one example
        self._undo: list[tuple[object, str, object]] = []

    def _refuse(self, where: str, value: object, hint: object) -> None:
        self.refused.setdefault(where, f"{type(value).__name__} {value!r:.80} for {hint}")

    def _wrap(self, func, hints: dict[str, object], name: str):
        signature = inspect.signature(func)

        @functools.wraps(func)
        def checked(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            for arg, value in bound.arguments.items():
                kind = signature.parameters[arg].kind
                if arg in hints and kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD) \
                        and not conforms(value, hints[arg]):
                    self._refuse(f"{name}({arg})", value, hints[arg])
            out = func(*args, **kwargs)
            if "return" in hints and not inspect.isgeneratorfunction(func) and not conforms(out, hints["return"]):
                self._refuse(f"{name} -> ", out, hints["return"])
            return out

        return checked

    def _set(self, owner: object, attr: str, value: object) -> None:
        self._undo.append((owner, attr, vars(owner).get(attr, _ABSENT)))
        setattr(owner, attr, value)

    def _hints(self, func, module) -> dict[str, object] | None:
        try:
            return typing.get_type_hints(func, vars(module))
        except Exception:  # a hint named only under TYPE_CHECKING: not checkable here
            return None

    def start(self) -> Watch:
        wrapped: dict[object, object] = {}
        for short in MODULES:
            module = importlib.import_module(f"analysis.{short}")
            for name, value in list(vars(module).items()):
                if inspect.isfunction(value) and value.__module__ == module.__name__:
                    hints = self._hints(value, module)
                    if hints:
                        wrapped[value] = self._wrap(value, hints, f"{short}.{name}")
                elif isinstance(value, type) and value.__module__ == module.__name__:
                    self._watch_class(value, module, f"{short}.{name}")
        for module in [m for n, m in sys.modules.items() if n.startswith("analysis") and m is not None]:
            for name, value in list(vars(module).items()):  # (and where another module imported it by name)
                if inspect.isfunction(value) and value in wrapped:
                    self._set(module, name, wrapped[value])
        return self

    def _watch_class(self, cls: type, module, name: str) -> None:
        for attr, member in list(cls.__dict__.items()):
            if inspect.isfunction(member) and attr not in ("__setattr__", "__repr__", "__eq__", "__hash__"):
                hints = self._hints(member, module)
                if hints:
                    self._set(cls, attr, self._wrap(member, hints, f"{name}.{attr}"))
        fields: dict[str, object] = {}
        if dataclasses.is_dataclass(cls):
            fields.update(typing.get_type_hints(cls, vars(module)))
        for attr, text in _attribute_hints(cls).items():
            try:
                fields[attr] = eval(text, vars(module))  # noqa: S307 - the module's own hint
            except Exception:
                pass
        if not fields:
            return
        watch = self
        original = cls.__dict__.get("__setattr__")
        base = original or object.__setattr__

        def __setattr__(obj, attr, value):  # noqa: N807
            if attr in fields and not conforms(value, fields[attr]):
                watch._refuse(f"{name}.{attr} =", value, fields[attr])
            base(obj, attr, value)

        init = cls.__dict__.get("__init__")
        if dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen and init is not None:
            @functools.wraps(init)
            def __init__(obj, *args, **kwargs):  # noqa: N807
                init(obj, *args, **kwargs)
                for field in dataclasses.fields(cls):
                    value = obj.__dict__.get(field.name) if hasattr(obj, "__dict__") else getattr(obj, field.name)
                    if field.name in fields and not conforms(value, fields[field.name]):
                        watch._refuse(f"{name}.{field.name} =", value, fields[field.name])
            self._set(cls, "__init__", __init__)
        else:
            self._set(cls, "__setattr__", __setattr__)

    def stop(self) -> None:
        for owner, attr, value in reversed(self._undo):
            if value is _ABSENT:
                delattr(owner, attr)
            else:
                setattr(owner, attr, value)
        self._undo.clear()


SENTENCES = {
    "en": ["Flooding in the river valley has killed at least 14 people and left 3 missing, the provincial disaster "
           "agency said on Sunday.",
           "Police said two hundred (200) residents were evacuated overnight, according to a statement.",
           "The Red Cross said 41 volunteers had been deployed; the ministry put the number of injured at 9."],
    "uk": ["Унаслідок обстрілу загинули 5 людей, ще 12 отримали поранення, повідомила обласна військова адміністрація.",
           "За даними ДСНС, з-під завалів врятували 7 осіб."],
    "ru": ["В результате пожара погибли 4 человека, еще 10 пострадали, сообщили в МЧС России.",
           "По словам губернатора, эвакуированы более 300 жителей."],
    "ko": ["소방당국에 따르면 이번 화재로 3명이 숨지고 8명이 다쳤다.",
           "경찰은 실종자 2명을 찾고 있다고 밝혔다."],
}


@pytest.fixture(scope="module")
def watched():
    watch = Watch().start()
    try:
        rows = {lang: extract_rows(" ".join(texts), lang=lang) for lang, texts in SENTENCES.items()}
    finally:
        watch.stop()
    return watch, rows


def test_every_hint_of_the_compiled_modules_accepts_what_the_extractor_gives_in_four_languages(watched):
    watch, rows = watched
    assert watch.refused == {}


def test_the_watched_extraction_read_claims_in_each_language(watched):
    """The watch saw real work: the sentences give rows (so the check is not vacuous)."""
    _, rows = watched
    assert all(rows[lang] for lang in SENTENCES), {lang: len(r) for lang, r in rows.items()}


@pytest.mark.parametrize("value, hint, expected", [
    ([1, 2], tuple, False),  # the case that stopped the compiled build: a list for a tuple
    ((1, (1, 1)), tuple[int, int], False),  # number_words' old (a, (a, a)) past the last word
    (None, int, False),
    (None, typing.Optional[int], True),
    (True, int, True),  # a bool is an int to mypyc too
    (3, float, True),
    ({1}, frozenset, False),
    ([1], collections.abc.Sequence, True),  # abstract collections are not checked
    ("x", typing.Any, True),
])
def test_the_check_is_mypycs(value, hint, expected):
    assert conforms(value, hint) is expected


def test_a_list_given_where_a_tuple_is_hinted_is_refused():
    """Distractor for the watch itself: a function of the watched kind given what its hint refuses is reported."""
    watch = Watch()

    def restated(ranges: tuple[int, ...], k: int) -> bool:
        return k < len(ranges)

    checked = watch._wrap(restated, typing.get_type_hints(restated), "restated")
    assert checked((1, 2), 1) and watch.refused == {}
    assert checked([1, 2], 1)
    assert list(watch.refused) == ["restated(ranges)"]


def test_number_words_past_the_last_word_is_a_pair_of_indexes():
    """``number_words`` returned ``(a, (a, a))`` for a number past the last word (the conditional bound only the second
    item), which a compiled ``tuple[int, int]`` refuses; inside the words it is unchanged."""
    from dataclasses import replace

    from analysis.extract.language import language
    from analysis.extract.measures import number_words
    from analysis.extract.words import tokenize
    from analysis.normalise import find_ranges

    text = "Pang says 300 died."
    w = tokenize(text, 0, len(text), language("en"))
    (r,) = find_ranges(text, lang="en")
    assert (r.start, r.end) == (10, 13)
    assert number_words(w, r) == (2, 3)  # "300", the third word
    assert number_words(w, replace(r, start=19, end=22)) == (5, 5)  # past the full stop, the fifth and last word


def test_the_watched_modules_are_the_compiled_ones():
    import importlib.util as util

    spec = util.spec_from_file_location("bench_compiled", ROOT / "benchmarks" / "bench_compiled.py")
    bench = util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert tuple(bench.MODULES) == MODULES
