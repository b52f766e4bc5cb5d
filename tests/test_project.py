"""The project keeps its promises to itself: README, environment.yml and the code agree."""

import re
from pathlib import Path

import pytest
import yaml

from analysis import parse_range
from analysis.conventions_table import conventions_markdown, conventions_rows, example_for
from analysis.lexicon import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\s\[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_the_pyproject_dependencies():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = [d for d in env["dependencies"] if isinstance(d, str) and not d.startswith(("python", "pip"))]
    pip_entries = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_entries
    assert sorted(map(str.lower, map(str.strip, conda))) == sorted(w.lower().replace(" ", "") for w in wanted)
    assert {_name(c) for c in conda} == {_name(w) for w in wanted}


def test_readme_conventions_table_is_the_generated_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert conventions_markdown() in readme, "run: .venv/bin/python -m analysis conventions"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_reads_as_its_convention_says(lang):
    checked = 0
    for convention in conventions_rows():
        example = example_for(convention.key, lang)
        if example is None:
            continue
        r = parse_range(example, lang=lang)
        expected_kind = {"approx_range": "range"}.get(convention.key, convention.kind)
        assert r.kind == expected_kind, (lang, example, r)
        checked += 1
    assert checked >= 10


def test_readme_names_the_two_commands_and_ci_runs_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make report" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_language_tables_are_read_safely():
    # tables are data: read with safe_io.read_yaml (no objects, no aliases, a size cap), then checked
    for path in (ROOT / "analysis" / "normalise" / "tables").glob("*.yaml"):
        assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict)
    source = (ROOT / "analysis" / "normalise" / "lexicon.py").read_text(encoding="utf-8")
    assert "read_yaml(" in source and "check_table(" in source and "yaml." not in source


def test_every_data_file_of_the_package_is_package_data():
    """A file the code reads at run time ships in a normal (not editable) install, e.g. on a Dask worker."""
    import fnmatch
    import tomllib

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["analysis"]
    package = ROOT / "analysis"
    data = [p.relative_to(package).as_posix() for p in package.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert data, "the package has data files (tables, registry, templates)"
    missing = [f for f in data if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert missing == []
    # and no pattern names a folder that no longer exists
    stale = [pat for pat in patterns if not any(fnmatch.fnmatch(f, pat) for f in data)]
    assert stale == []
