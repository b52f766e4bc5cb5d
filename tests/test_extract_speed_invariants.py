"""What the compiled build (``benchmarks/bench_compiled.py``, issue 12) needs of the sources, checked without a build.

mypyc stops on source that CPython runs: a function or method defined twice in one scope ("Duplicate definition …
not supported by mypyc"), a local annotated after it was first assigned in the same function (an internal error in
mypyc's IR builder), and an attribute whose C field, its name with one more underscore, is a GCC keyword
(``self._signed`` -> ``__signed``: the C does not compile). Each test reads the compiled modules' sources (their
syntax trees) and carries a distractor of its own, so a rule that fires on everything fails too.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: GCC's reserved spellings that an attribute ``_x`` (C field ``__x``) could take: the alternate keywords.
GCC_KEYWORDS = frozenset({
    "__signed", "__signed__", "__const", "__const__", "__inline", "__inline__", "__volatile", "__volatile__", "__asm",
    "__asm__", "__attribute", "__attribute__", "__extension__", "__typeof", "__typeof__", "__restrict",
    "__restrict__", "__complex", "__complex__", "__real", "__real__", "__imag", "__imag__", "__label__", "__thread",
    "__alignof", "__alignof__", "__auto_type", "__int128", "__builtin_va_arg", "__builtin_offsetof"})


def _compiled_sources() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("bench_compiled", ROOT / "benchmarks" / "bench_compiled.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return {m: (ROOT / "analysis" / f"{m.replace('.', '/')}.py").read_text(encoding="utf-8") for m in bench.MODULES}


def duplicate_definitions(source: str) -> list[str]:
    """Functions, methods and classes defined twice in one scope (module or class body), as ``scope.name``; a
    property's setter (``@x.setter``) and ``typing.overload`` are not duplicates.

    Examples
    --------
    >>> duplicate_definitions("def f(): pass\\ndef f(x): pass\\nclass C:\\n    def g(self): pass\\n")
    ['module.f']
    """
    found: list[str] = []

    def scan(body: list[ast.stmt], scope: str) -> None:
        seen: set[str] = set()
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                decorators = [ast.unparse(d) for d in getattr(node, "decorator_list", [])]
                if node.name in seen and not any(d.endswith((".setter", ".deleter", "overload")) for d in decorators):
                    found.append(f"{scope}.{node.name}")
                seen.add(node.name)
                if isinstance(node, ast.ClassDef):
                    scan(node.body, node.name)

    scan(ast.parse(source).body, "module")
    return found


def annotated_after_assignment(source: str) -> list[str]:
    """Locals of a function annotated (``x: T = …``) after a plain assignment to them earlier in that function, as
    ``function.name``.

    Examples
    --------
    >>> annotated_after_assignment("def f():\\n    x = 1\\n    x: int = 2\\n    y: int = 1\\n    y = 3\\n")
    ['f.x']
    """
    found: list[str] = []
    for func in ast.walk(ast.parse(source)):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        assigned: set[str] = set()
        for node in sorted((n for n in ast.walk(func) if isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign))
                            and n is not func), key=lambda n: (n.lineno, n.col_offset)):
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                if node.target.id in assigned:
                    found.append(f"{func.name}.{node.target.id}")
                assigned.add(node.target.id)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    assigned.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return found


def keyword_fields(source: str) -> list[str]:
    """Attributes set or read on ``self`` whose C field (one more leading underscore) is a GCC keyword.

    Examples
    --------
    >>> keyword_fields("self._signed = None\\nself._signer(x)\\nself._signedness = 1\\n")
    ['_signed']
    """
    return sorted({n.attr for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Attribute)
                   and isinstance(n.value, ast.Name) and n.value.id == "self" and f"_{n.attr}" in GCC_KEYWORDS})


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return _compiled_sources()


def test_the_compiled_modules_include_the_normaliser_and_the_tables(sources):
    assert {"extract.pipeline", "extract.language", "normalise.tokens", "normalise.lexicon", "normalise.numbers"} \
        <= set(sources)


def test_no_compiled_module_defines_a_name_twice_in_one_scope(sources):
    """``measures.participle`` and ``Document._points_back`` were each defined twice (the later one ran; mypyc
    refuses the module)."""
    assert {m: d for m, s in sources.items() if (d := duplicate_definitions(s))} == {}


def test_a_setter_and_an_overload_are_no_duplicates():  # distractors
    source = ("class C:\n    @property\n    def x(self): return 1\n    @x.setter\n    def x(self, v): pass\n"
              "@overload\ndef f(a: int) -> int: ...\n@overload\ndef f(a: str) -> str: ...\n")
    assert duplicate_definitions(source) == []


def test_no_compiled_function_annotates_a_local_it_assigned_before(sources):
    """``Builder.quantity`` assigned ``low`` in its branch for vague numbers and annotated ``low: Number | float``
    below: mypyc's IR builder stopped on it."""
    assert {m: d for m, s in sources.items() if (d := annotated_after_assignment(s))} == {}


def test_an_annotation_first_or_in_another_function_is_fine():  # distractors
    source = "def f():\n    low: float = 1\n    low = 2\n\ndef g():\n    low = 3\n\ndef h():\n    low: int = 4\n"
    assert annotated_after_assignment(source) == []


def test_no_attribute_of_a_compiled_class_has_a_gcc_keyword_for_its_c_field(sources):
    """``Document._signed`` (C field ``__signed``) is ``_signatory`` in the source itself, no longer renamed only
    in the benchmark's copy."""
    assert {m: f for m, s in sources.items() if (f := keyword_fields(s))} == {}


def test_the_benchmark_copy_only_silences_type_errors():
    spec = importlib.util.spec_from_file_location("bench_compiled", ROOT / "benchmarks" / "bench_compiled.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    source = "self._signatory = None\nif self._signer(x):\n    pass\n"
    assert bench.for_mypyc(source) == "# mypy: ignore-errors\n" + source


def test_a_phrase_sets_first_words_are_made_again_after_each_add():
    """``PhraseSet.firsts`` is kept (a memo) until the next ``add``: a property over an attribute, since a compiled
    class has no instance ``__dict__`` for ``functools.cached_property``."""
    from analysis.extract.language import PhraseSet

    phrases = PhraseSet()
    phrases.add(("killed",), ("killed", 1))
    assert phrases.firsts == frozenset({"killed"})
    assert phrases.firsts is phrases.firsts  # kept, not made at each read
    phrases.add(("were", "wounded"), ("wounded", 1))
    assert phrases.firsts == frozenset({"killed", "were"})
    assert phrases.match(["they", "were", "wounded"], 1) == (2, ("wounded", 1))
    assert "firsts" not in vars(phrases)  # no instance-dictionary memo


def test_a_phrase_of_an_empty_word_changes_no_first_words():  # distractor: ``add`` refuses it, the memo stays
    from analysis.extract.language import PhraseSet

    phrases = PhraseSet()
    phrases.add(("dead",), ("killed", 1))
    kept = phrases.firsts
    phrases.add(("", "dead"), ("killed", 1))
    phrases.add((), ("killed", 1))
    assert phrases.firsts is kept and phrases.match(["dead"], 0) == (1, ("killed", 1))


def test_the_korean_analyser_and_its_wrappers_name_their_kiwi():
    """A compiled function takes no attribute: the ``Kiwi`` behind the Korean analyser is found by ``kiwi_of``
    through every wrapper (plural, honorific, direction, compound measures), and the readers that need it
    (honorific "돌아가셨다", 2 syllables a name or not) get it."""
    from analysis.extract.language import KoreanWord, kiwi_of, language

    ko = language("ko")
    kiwi = kiwi_of(ko.korean)
    assert kiwi is not None and kiwi.tokenize("숨졌다")
    assert ko.key("돌아가셨다") == "돌아가시다" and ko.key("돌아갔다") == "돌아가다"  # the honorific kept by its Kiwi
    assert kiwi_of(lambda word: KoreanWord(word, "", "")) is None  # distractors: an analyser of a test's own
    assert kiwi_of(language("en").korean) is None


def none_attributes(source: str) -> list[str]:
    """Attributes a class's ``__init__`` sets to None, unannotated, and to nothing else there, as ``Class.attr``:
    mypy infers their type as None, and a compiled class then refuses any other value set later.

    Examples
    --------
    >>> none_attributes("class R:\\n    def __init__(self):\\n        self.a, self.text = 1, None\\n")
    ['R.text']
    >>> none_attributes("class R:\\n    def __init__(self):\\n        self.text: str | None = None\\n")
    []
    """
    found: list[str] = []
    for cls in ast.walk(ast.parse(source)):
        if not isinstance(cls, ast.ClassDef):
            continue
        for init in (f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"):
            nones: set[str] = set()
            others: set[str] = set()
            for node in ast.walk(init):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        pairs = zip(target.elts, node.value.elts) if isinstance(target, ast.Tuple) and isinstance(
                            node.value, ast.Tuple) else [(target, node.value)]
                        for t, value in pairs:
                            if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                                none = isinstance(value, ast.Constant) and value.value is None
                                (nones if none else others).add(t.attr)
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Attribute):
                    others.add(node.target.attr)
            found += [f"{cls.name}.{attr}" for attr in sorted(nones - others)]
    return found


def test_no_compiled_class_starts_an_attribute_as_an_unannotated_none(sources):
    """``LazyRule.text`` (the rule sentence written when first read) was set to None in ``__init__`` with no hint."""
    assert {m: f for m, s in sources.items() if (f := none_attributes(s))} == {}


def test_an_attribute_set_to_none_and_to_a_value_in_init_is_fine():  # distractor
    source = "class R:\n    def __init__(self, x):\n        self.best = None\n        if x:\n            self.best = x\n"
    assert none_attributes(source) == []
