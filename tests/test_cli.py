"""The command line on broken input and on colliding names: one or two lines, no traceback, nothing lost.

Every input is built here; each command runs as a user runs it (``python -m analysis ...``).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import claim, write_claims

ROOT = Path(__file__).resolve().parents[1]


def run(*args, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *map(os.fsencode, args)], capture_output=True,
                          cwd=cwd, timeout=300)


def stderr_of(result) -> str:
    return result.stderr.decode("utf-8", "replace")


def assert_short_error(result, *words):
    text = stderr_of(result)
    assert result.returncode == 2, text
    assert "Traceback" not in text
    assert 1 <= len(text.strip().splitlines()) <= 2, text
    for word in words:
        assert word in text, text


@pytest.fixture
def topic(tmp_path):
    return write_claims(tmp_path / "topic.csv", [claim()])


def test_out_naming_a_file_is_a_short_error(topic, tmp_path):
    target = tmp_path / "not-a-folder.html"
    target.write_text("keep me", encoding="utf-8")
    assert_short_error(run("report", "--claims", str(topic), "--title", "T", "--out", str(target)),
                       "is a file", str(target))
    assert target.read_text(encoding="utf-8") == "keep me"
    assert_short_error(run("build", "--out", str(target)), "is a file")


def test_out_naming_a_page_writes_that_page_only_and_rebuilds_it(topic, tmp_path):
    page = tmp_path / "pages" / "My Topic.html"
    result = run("report", "--claims", str(topic), "--title", "First title", "--out", str(page))
    assert result.returncode == 0, stderr_of(result)
    assert page.is_file() and "First title" in page.read_text(encoding="utf-8")
    # the folder around the page is the user's: no index, no record of names, no second page
    assert sorted(p.name for p in page.parent.iterdir()) == ["My Topic.html"]
    # a report this package wrote is replaced when rebuilt
    result = run("report", "--claims", str(topic), "--title", "Second title", "--out", str(page))
    assert result.returncode == 0, stderr_of(result)
    text = page.read_text(encoding="utf-8")
    assert "Second title" in text and "First title" not in text


def test_out_naming_an_existing_folder_ending_in_html_keeps_the_folder_meaning(topic, tmp_path):
    folder = tmp_path / "site.html"
    folder.mkdir()
    result = run("report", "--claims", str(topic), "--title", "T", "--out", str(folder))
    assert result.returncode == 0, stderr_of(result)
    assert sorted(p.name for p in folder.glob("*.html")) == ["index.html", "t.html"]


def test_a_title_that_is_not_utf8_is_a_short_error(topic, tmp_path):
    title = b"Caf\xe9 report"          # Latin-1 bytes on the command line
    assert_short_error(run("report", "--claims", str(topic), "--title", title, "--out", str(tmp_path / "out")),
                       "not valid UTF-8")


@pytest.mark.parametrize("as_of", ["2025-13-45", "yesterday"])
def test_a_bad_as_of_on_the_command_line_is_a_short_error(topic, tmp_path, as_of):
    assert_short_error(run("report", "--claims", str(topic), "--title", "T", "--out", str(tmp_path / "out"),
                           "--as-of", as_of), as_of)


@pytest.mark.parametrize("as_of", ["2025-13-45", "yesterday", "'2025-02-30'"])
def test_a_bad_as_of_in_a_sidecar_is_a_short_error(topic, tmp_path, as_of):
    (tmp_path / "topic.yaml").write_text(f"title: A topic\nas_of: {as_of}\n", encoding="utf-8")
    assert_short_error(run("report", "--claims", str(topic), "--title", "T", "--out", str(tmp_path / "out")),
                       "topic.yaml")


def test_a_sidecar_with_yaml_aliases_is_refused(topic, tmp_path):
    (tmp_path / "topic.yaml").write_text("title: &t A topic\nsubject: *t\n", encoding="utf-8")
    assert_short_error(run("report", "--claims", str(topic), "--title", "T", "--out", str(tmp_path / "out")),
                       "aliases are not accepted")


def test_a_sources_file_without_a_kind_column_is_a_short_error(topic, tmp_path):
    (tmp_path / "topic.sources.csv").write_text("organisation,country,aliases\nRuritanian Army,RU,\n",
                                               encoding="utf-8")
    assert_short_error(run("report", "--claims", str(topic), "--title", "T", "--out", str(tmp_path / "out")),
                       "lacks 'kind'", "topic.sources.csv")


def test_a_sources_file_that_is_not_utf8_is_a_short_error(topic, tmp_path):
    (tmp_path / "topic.sources.csv").write_bytes("organisation,kind,country,aliases\nMinistère,government,FR,\n"
                                                .encode("latin-1"))
    assert_short_error(run("report", "--claims", str(topic), "--title", "T", "--out", str(tmp_path / "out")),
                       "not UTF-8", "topic.sources.csv")


def test_report_files_never_collide_and_the_index_lists_both(tmp_path):
    out = tmp_path / "out"
    first = write_claims(tmp_path / "first.csv", [claim(organisation="Body A")])
    second = write_claims(tmp_path / "second.csv", [claim(organisation="Body B")])
    third = write_claims(tmp_path / "third.csv", [claim(organisation="Body C")])
    for claims, title in ((first, "Topic A/B"), (second, "Topic A-B"), (third, "index")):
        result = run("report", "--claims", str(claims), "--title", title, "--out", str(out))
        assert result.returncode == 0, stderr_of(result)
    pages = sorted(p.name for p in out.glob("*.html"))
    # "Topic A/B" and "Topic A-B" share the slug topic-a-b: the second gets its own name; "index" never
    # takes the index's name
    assert pages == ["index-report.html", "index.html", "topic-a-b-2.html", "topic-a-b.html"]
    assert "Body A" in (out / "topic-a-b.html").read_text(encoding="utf-8")
    assert "Body B" in (out / "topic-a-b-2.html").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Topic A/B" in index and "Topic A-B" in index and 'href="index-report.html"' in index
    # rebuilding a topic keeps its own name (the record of which topic owns which name)
    from analysis.reports import report_name

    assert report_name(out, "Topic A/B", str(first.resolve())) == "topic-a-b"
    assert report_name(out, "Topic A-B", str(second.resolve())) == "topic-a-b-2"
    assert json.loads((out / ".reports.json").read_text(encoding="utf-8"))["topic-a-b"] == str(first.resolve())


def _notebook(path: Path, source: str, title: str) -> None:
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    nbformat.write(new_notebook(cells=[new_markdown_cell(f"# {title}"), new_code_cell(source)]), path)


def test_build_goes_on_after_a_failing_notebook_and_exits_with_1(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    _notebook(notebooks / "01-broken.ipynb", "raise RuntimeError('this notebook is broken')", "Broken")
    _notebook(notebooks / "03-fine.ipynb", "print(6 * 7)", "Fine")
    result = run("build", "--notebooks", str(notebooks), "--out", str(tmp_path / "out"))
    text = stderr_of(result)
    assert result.returncode == 1, text
    assert "01-broken.ipynb" in text and "Traceback" not in text
    assert (tmp_path / "out" / "03-fine.html").exists() and not (tmp_path / "out" / "01-broken.html").exists()
    assert "03-fine.html" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["text", "missing", "folder"])
def test_execute_on_something_that_is_no_notebook_is_a_short_error(tmp_path, kind):
    path = tmp_path / "x.ipynb"
    if kind == "text":
        path.write_text("root:x:0:0", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    result = run("execute", str(path))                # NotJSONError, FileNotFoundError, IsADirectoryError
    assert result.returncode == 2 and "Traceback" not in stderr_of(result)
    assert "cannot be read as a notebook" in stderr_of(result)


def test_conventions_on_a_file_without_the_table_is_a_short_error_and_writes_nothing(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("no table here\n", encoding="utf-8")
    assert_short_error(run("conventions", "--readme", str(readme)), "no conventions table markers")
    assert readme.read_text(encoding="utf-8") == "no table here\n"
    assert_short_error(run("conventions", "--readme", str(tmp_path / "none" / "README.md")), "No such file")
