"""Hostile and malformed inputs to the loader, the sidecar and sources readers, and the report command.

Each input is built here. Every one must end in a clear error (an ``InputError`` or a
``ClaimsValidationError``; on the command line one or two lines, exit code 2, no traceback)
or in a correct result with no row lost. The command is run in-process (``main([...])``)
to keep the suite quick; ``test_cli.py`` runs it as a user does.
"""

import os
import sys
import time

import pytest
from conftest import HEADER, claim, write_claims

from analysis import load_claims
from analysis.__main__ import main
from analysis.errors import ClaimsValidationError, InputError


def run(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def assert_clear_error(code, err, *words):
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert 1 <= len(lines) <= 3, err       # "No report written: <file>: 1 problem(s)" + the problem
    for word in words:
        assert word in err, err


def report(capsys, claims, tmp_path, *extra):
    return run(capsys, "report", "--claims", str(claims), "--title", "T", "--out", str(tmp_path / "out"), *extra)


# -- the claims file --------------------------------------------------------------------------------

def test_a_file_with_a_bom_and_mixed_line_endings_loses_no_row(tmp_path):
    text = write_claims(tmp_path / "a.csv", [claim(claim_id="A")], newline="\r\n").read_text(encoding="utf-8")
    text += "B" + text.splitlines()[1][1:] + "\n"          # a second row, ended by a bare \n
    (tmp_path / "b.csv").write_bytes(("\ufeff" + text).encode("utf-8"))
    assert load_claims(tmp_path / "b.csv")["claim_id"].tolist() == ["A", "B"]


@pytest.mark.parametrize("encoding, word", [("latin-1", "ministère"), ("utf-16", "ministère"),
                                            ("cp1251", "Міністерство")])
def test_a_file_in_another_encoding_is_an_error_saying_utf8(tmp_path, encoding, word):
    path = write_claims(tmp_path / "c.csv", [claim(quote=f"The {word} said about 300 soldiers had died.")])
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    with pytest.raises(ClaimsValidationError, match="not UTF-8"):
        load_claims(path)


def test_a_file_of_blank_lines_is_empty(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_bytes(b"  \r\n\n \n")
    with pytest.raises(ClaimsValidationError, match="the file is empty"):
        load_claims(path)


def test_a_nul_character_is_a_row_error_naming_the_column(tmp_path):
    path = write_claims(tmp_path / "nul.csv", [claim(notes="a\x00b")])
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(path)
    assert info.value.problems[0]["column"] == "notes" and "NUL" in info.value.problems[0]["reason"]


def test_a_4000_column_header_is_read_and_every_column_kept(tmp_path):
    header = HEADER + [f"extra_{i}" for i in range(4000)]
    claims = load_claims(write_claims(tmp_path / "wide.csv", [claim()], header=header))
    assert len(claims) == 1 and "extra_3999" in claims.columns


@pytest.mark.parametrize("digits", [400, 5000])
def test_a_number_of_hundreds_of_digits_is_kept_unread_with_the_reason(tmp_path, digits):
    number = "7" * digits
    claims = load_claims(write_claims(tmp_path / "d.csv", [
        claim(claim_id="BIG", stated=number, quote=f"They said {number} died."), claim(claim_id="OK")]))
    big = claims.set_index("claim_id").loc["BIG"]
    assert len(claims) == 2 and not big["parsed"] and big["parse_error"]


@pytest.mark.parametrize("value", [" 2025-03 ", "2025-03-01\n", "2025-3", "2025-00", "1677-12", "2262", "+2025"])
def test_partial_and_padded_dates_are_row_errors(tmp_path, value):
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(write_claims(tmp_path / "dates.csv", [claim(claim_date=value)]))
    assert [(p["row"], p["column"], p["value"]) for p in info.value.problems] == [(2, "claim_date", value)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe.csv")
    started = time.monotonic()
    with pytest.raises(ClaimsValidationError, match="not a regular file"):
        load_claims(tmp_path / "pipe.csv")
    assert time.monotonic() - started < 5


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_not_read(capsys, tmp_path):
    code, err = report(capsys, "/dev/zero", tmp_path)
    assert_clear_error(code, err, "not a regular file")


# -- sidecars and sources files ---------------------------------------------------------------------

def topic(tmp_path, sidecar=None, sources=None):
    path = write_claims(tmp_path / "topic.csv", [claim()])
    if sidecar is not None:
        (tmp_path / "topic.yaml").write_bytes(sidecar if isinstance(sidecar, bytes) else sidecar.encode("utf-8"))
    if sources is not None:
        (tmp_path / "topic.sources.csv").write_bytes(sources if isinstance(sources, bytes) else sources.encode())
    return path


def test_a_deeply_nested_sidecar_is_an_error_not_a_recursion_crash(capsys, tmp_path):
    path = topic(tmp_path, sidecar="title: x\nareas: " + "[" * 20_000 + "]" * 20_000 + "\n")
    code, err = report(capsys, path, tmp_path)
    assert_clear_error(code, err, "nest", "topic.yaml")


def test_a_sidecar_of_nested_aliases_is_refused_quickly(tmp_path):
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))
    started = time.monotonic()
    with pytest.raises(InputError, match="aliases are not accepted"):
        load_claims(topic(tmp_path, sidecar=laughs))
    assert time.monotonic() - started < 5


def test_a_sidecar_past_the_size_limit_is_refused(tmp_path):
    from analysis.limits import MAX_SIDECAR_BYTES

    with pytest.raises(InputError, match="the limit is"):
        load_claims(topic(tmp_path, sidecar="method: '" + "y" * (MAX_SIDECAR_BYTES + 1) + "'\n"))


def test_a_sidecar_with_a_python_tag_runs_nothing(tmp_path):
    marker = tmp_path / "ran"
    with pytest.raises(InputError, match="not valid YAML"):
        load_claims(topic(tmp_path, sidecar=f"title: !!python/object/apply:os.system ['touch {marker}']\n"))
    assert not marker.exists()


def test_a_sources_file_with_a_quote_left_open_is_an_error_not_a_swallowed_row(capsys, tmp_path):
    path = topic(tmp_path, sources='organisation,kind,country,aliases\n"Ministry A,government,FR,\n'
                                   "Ministry B,government,DE,\n")
    code, err = report(capsys, path, tmp_path)
    assert_clear_error(code, err, "topic.sources.csv", "row 2", "quote")


def test_a_sources_row_with_more_fields_than_the_header_is_an_error(tmp_path):
    path = topic(tmp_path, sources="organisation,kind,country,aliases\nMinistry A,government,FR,,surplus\n")
    with pytest.raises(InputError, match=r"row 2: 5 fields but the header has 4"):
        load_claims(path)


def test_a_sources_file_in_latin1_is_an_error_saying_utf8(capsys, tmp_path):
    path = topic(tmp_path, sources="organisation,kind,country,aliases\nMinistère,government,FR,\n".encode("latin-1"))
    code, err = report(capsys, path, tmp_path)
    assert_clear_error(code, err, "not UTF-8")


# -- the report command -----------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Deaths\x1b[31m in red", "Bell\x07", "Line\nbreak"])
def test_a_title_with_control_characters_is_a_clear_error(capsys, tmp_path, title):
    code, err = run(capsys, "report", "--claims", str(topic(tmp_path)), "--title", title,
                    "--out", str(tmp_path / "out"))
    assert_clear_error(code, err, "control character")
    assert not (tmp_path / "out").exists()


def test_titles_with_one_slug_an_index_title_and_a_broken_manifest_never_collide(tmp_path):
    from analysis.reports import MANIFEST, report_name, write_index

    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text("[1, 2]", encoding="utf-8")        # not the mapping it should be
    (out / "junk.html").write_bytes(b"<!DOCTYPE html><title>\xff\xfe</title>")   # not UTF-8
    names = [report_name(out, title, key) for title, key in
             [("Topic A/B", "a.csv"), ("Topic A-B", "b.csv"), ("index", "c.csv"), ("Topic A/B", "a.csv")]]
    assert names == ["topic-a-b", "topic-a-b-2", "index-report", "topic-a-b"]
    for name in set(names):
        (out / f"{name}.html").write_text(f"<!DOCTYPE html><title>{name}</title>", encoding="utf-8")
    index = write_index(out).read_text(encoding="utf-8")
    assert all(f'href="{name}.html"' in index for name in set(names)) and 'href="junk.html"' in index


def test_formula_cells_are_neutralised_in_the_report_download(tmp_path):
    import base64

    from analysis.report.sections import footer

    path = write_claims(tmp_path / "f.csv", [claim()])
    rows = [dict(source='=HYPERLINK("http://evil.example")', figure="+300", note="@SUM(A1)", other="-2+3")]
    csv_text = base64.b64decode(footer(path, load_claims(path), {"compared": rows})["csv"]).decode("utf-8")
    data = csv_text.splitlines()[1]
    assert "'=HYPERLINK" in data and "'+300" in data and "'@SUM" in data and "'-2+3" in data


def test_the_command_line_prints_no_traceback_for_a_hostile_file():
    import subprocess

    result = subprocess.run([sys.executable, "-m", "analysis", "report", "--claims", "/dev/zero", "--title", "T",
                             "--out", "/nonexistent-folder/x"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_header_of_50000_columns_with_repeats_is_checked_in_linear_time(tmp_path):
    header = HEADER + [f"extra_{i % 25_000}" for i in range(50_000)]      # each extra name twice
    path = tmp_path / "wide.csv"
    path.write_text(",".join(header) + "\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(path)
    assert time.monotonic() - started < 10
    repeated = [p for p in info.value.problems if "more than once" in p["reason"]]
    assert len(repeated) == 25_000 and repeated[0]["column"] == "extra_0"


def test_a_file_of_many_bad_rows_lists_every_one_but_prints_a_readable_message(tmp_path):
    from analysis.errors import SHOWN_PROBLEMS

    # every row's metric is a different unknown word: one line each, up to the cap
    rows = [claim(claim_id=f"C{i}", metric=f"dead{i}") for i in range(SHOWN_PROBLEMS + 50)]
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(write_claims(tmp_path / "bad.csv", rows))
    assert len(info.value.problems) == SHOWN_PROBLEMS + 50
    lines = str(info.value).splitlines()
    assert len(lines) == SHOWN_PROBLEMS + 2 and lines[-1].strip().startswith("... and 50 more")


def test_one_mistake_repeated_down_a_column_is_one_line_naming_its_rows(tmp_path):
    # 300 candidates without an outlet, and one bad metric in the middle (file line 52)
    rows = [claim(claim_id=f"C{i}", outlet="") for i in range(300)]
    rows[50] = claim(claim_id="C50", outlet="", metric="dead")
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(write_claims(tmp_path / "bad.csv", rows))
    assert len(info.value.problems) == 301   # every problem is still listed one by one
    lines = [line.strip() for line in str(info.value).splitlines()[1:]]
    # data rows are file lines 2..301; the header is line 1
    assert lines == ["rows 2-301 (300 rows), column 'outlet': '' - must not be empty",
                     lines[1]]
    assert lines[1].startswith("row 52, column 'metric': 'dead'")


def test_a_sidecar_at_the_size_limit_is_read_in_seconds(tmp_path):
    from analysis.limits import MAX_SIDECAR_BYTES
    from analysis.safe_io import read_yaml

    row = "  - {organisation: Org %d, kind: ngo, country: FR, aliases: O%d}\n"
    lines, size = ["sources:\n"], 9
    while size + len(row) + 12 < MAX_SIDECAR_BYTES:
        lines.append(row % (len(lines), len(lines)))
        size += len(lines[-1].encode())
    started = time.process_time()
    assert len(read_yaml("big.yaml", text="".join(lines))["sources"]) == len(lines) - 1
    assert time.process_time() - started < 8     # the pure-Python parser took over 10 s on this machine


def test_a_files_own_extra_columns_are_kept_but_never_compared(tmp_path):
    from analysis.compare.statements import statements

    extra = [f"x{i}" for i in range(300)]
    rows = [claim(claim_id="A", **{name: "1" for name in extra}),
            claim(claim_id="B", organisation="Ministry of Defence", country="UA", **{name: "2" for name in extra})]
    claims = load_claims(write_claims(tmp_path / "wide.csv", rows, header=HEADER + extra))
    assert claims["x299"].tolist() == ["1", "2"]                     # kept for the reader
    assert list(claims.attrs["extra_columns"]) == extra
    assert claims[claims["claim_id"] == "A"].attrs["extra_columns"] is claims.attrs["extra_columns"]  # never copied
    table = statements(claims)
    assert sorted(table["claim_id"]) == ["A", "B"]
    assert not set(extra) & set(table.columns)


# -- a fresh battery (the report helper's): each case failed before its fix ---------------------------

def test_a_utf16_file_without_a_byte_order_mark_is_one_error_saying_utf8(tmp_path):
    path = write_claims(tmp_path / "u16.csv", [claim()])
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16-le"))    # no BOM: every letter then a NUL
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(path)
    assert len(info.value.problems) == 1 and "not UTF-8" in info.value.problems[0]["reason"]   # was 45 problems


@pytest.mark.parametrize("stated", ["1e308", "9" * 25])
def test_a_figure_past_any_count_is_kept_unread_and_the_report_is_written(capsys, tmp_path, stated):
    from analysis.limits import MAX_CLAIM_VALUE

    path = write_claims(tmp_path / "big.csv", [
        claim(claim_id="BIG", stated=stated, quote=f"They said {stated} soldiers had died."),
        claim(claim_id="OK", organisation="Ministry of Defence", country="UA", stated="4,000",
              quote="The ministry said 4,000 were killed.")])
    claims = load_claims(path).set_index("claim_id")
    assert len(claims) == 2 and not claims.loc["BIG", "parsed"] and "MAX_CLAIM_VALUE" in claims.loc["BIG", "parse_error"]
    assert MAX_CLAIM_VALUE == 10 ** 15
    code, err = report(capsys, path, tmp_path)      # "1e308" made an axis infinite: exit 1, no report
    assert code == 0, err
    assert "(2 rows)" in next((tmp_path / "out").glob("t.html")).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["$\\frac$", "A$B$ \\undefined{", "US$5 and $6"])
def test_dollar_signs_in_names_are_text_in_figures_not_formulas(capsys, tmp_path, name):
    path = write_claims(tmp_path / "d.csv", [
        claim(organisation=name, quote="They said $x$ and about 300 soldiers had died."),
        claim(claim_id="C2", organisation=name + " 2", country="UA", stated="4,000", quote="4,000 were killed.")])
    code, err = report(capsys, path, tmp_path)      # matplotlib read "$\frac$" as a formula and failed
    assert code == 0, err
    page = (tmp_path / "out" / "t.html").read_text(encoding="utf-8")
    assert 'class="tex2jax_ignore mathjax_ignore"' in page          # JupyterLab's MathJax skips the data
    assert "They said $x$ and about 300" in page


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_extract_skips_a_named_pipe_instead_of_waiting_for_a_writer(capsys, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text("The ministry said 300 soldiers were killed.", encoding="utf-8")
    code = main(["extract", str(tmp_path / "pipe.txt"), str(tmp_path / "ok.txt"), "--quiet",
                 "--out", str(tmp_path / "c.csv")])             # opening the pipe blocked for ever
    err = capsys.readouterr().err
    assert code == 1 and "pipe.txt: skipped, it is not a regular file" in err
    assert "300" in (tmp_path / "c.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("title, name", [("CON", "con-report"), ("nul", "nul-report"), ("COM1", "com1-report"),
                                         ("../../etc/passwd", "etc-passwd"), ("..", "report"), ("🔥🔥", "report"),
                                         ("x" * 79 + "-y", "x" * 79)])
def test_report_file_names_are_portable(title, name):
    from analysis.reports import slug

    assert slug(title) == name       # "CON" gave con.html, a device on Windows


def test_thousands_of_copies_of_one_claim_are_one_statement_read_in_linear_time(tmp_path):
    from analysis.compare import drift, statements

    rows = [claim(claim_id=f"C{i}", outlet=f"Outlet {i}") for i in range(3000)]
    rows += [claim(claim_id=f"K{i}", outlet=f"Other {i}", metric="killed_or_wounded") for i in range(5)]
    claims = load_claims(write_claims(tmp_path / "copies.csv", rows))
    started = time.process_time()
    table, changes = statements(claims), drift(claims)
    assert time.process_time() - started < 20       # every copy against every copy: 3,000² comparisons
    assert table["reports"].tolist() == [3000]      # the five 'killed or wounded' readings drifted
    assert sorted(changes.loc[changes["change"] == "metric", "claim_id"]) == [f"K{i}" for i in range(5)]


def test_many_sources_are_compared_by_their_extremes_and_drawn_in_part(tmp_path):
    from analysis.compare import default_as_of
    from analysis.compare.divergence import MAX_ALL_PAIRS
    from analysis.report import sections

    n = MAX_ALL_PAIRS + 5
    rows = [claim(claim_id=f"C{i}", organisation=f"Organisation {i:02d}", country="", stated=str(100 + 10 * i),
                  quote=f"They said {100 + 10 * i} soldiers had died.") for i in range(n)]
    claims = load_claims(write_claims(tmp_path / "many.csv", rows))
    when = default_as_of(claims)
    found = sections.divergence(claims, "killed", when)
    assert len(found["rows"]) == 2 * n - 3               # the highest and the lowest with every other
    assert f"{n} current figures make {n * (n - 1) // 2:,} pairs" in found["sentence"] and found["figure"] is None
    measure = sections.measure_sections(claims, when)[0]
    assert len(measure["rows"]) == n and measure["figure"] is not None       # every figure stays in the table
    assert f"the {plural_of(n - sections.MAX_PLOT_SOURCES)} between them" in measure["why_no_figure"]


def plural_of(n: int) -> str:
    return f"{n} figure" + ("" if n == 1 else "s")


def test_a_timeline_draws_the_sources_with_most_statements_and_names_the_rest(tmp_path):
    from analysis.report import sections

    n = sections.MAX_TIMELINE_SOURCES + 3
    rows = [claim(claim_id=f"C{i}-{k}", organisation=f"Org {i:02d}", claim_date=f"2025-0{k + 1}-10",
                  published=f"2025-0{k + 1}-10", stated=str(100 + i + k), quote=f"They said {100 + i + k} died.")
            for i in range(n) for k in range(1 if i >= sections.MAX_TIMELINE_SOURCES else 2)]
    found = sections.timeline_sections(load_claims(write_claims(tmp_path / "t.csv", rows)))["timelines"][0]
    assert "Not drawn, to keep the figure readable: 3 sources" in found["not_drawn"]
    assert all(f"Org {i:02d}" in found["not_drawn"] for i in range(sections.MAX_TIMELINE_SOURCES, n))


def test_every_kind_word_is_found_by_the_look_up(tmp_path):
    from analysis.claims.kinds import _tables, infer_kind

    for entries, _, mode, _ in _tables():
        for entry in entries:
            assert infer_kind(entry.text)[0], entry.text              # an index that misses a word says ""
            assert infer_kind(f"The {entry.text} of Ruritania")[0], entry.text


def test_out_inside_a_file_is_one_line_not_a_traceback(capsys, tmp_path):
    (tmp_path / "afile").write_text("keep", encoding="utf-8")
    code, err = run(capsys, "report", "--claims", str(topic(tmp_path)), "--title", "T",
                    "--out", str(tmp_path / "afile" / "reports"))     # NotADirectoryError from mkdir
    assert_clear_error(code, err, "which is a file")
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "keep"


def test_a_url_with_a_quote_says_how_to_write_it(tmp_path):
    path = write_claims(tmp_path / "u.csv", [claim(url="https://example.org/O'Brien")])
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(path)
    assert "%27" in info.value.problems[0]["reason"]     # it said only "must start with http://"


def test_a_report_refuses_more_claims_than_it_reads_after_one_row_past_the_limit(capsys, tmp_path, monkeypatch):
    import analysis.report.topic as topic_module

    monkeypatch.setattr(topic_module, "MAX_REPORT_CLAIMS", 3)       # the real limit is 10,000
    rows = [claim(claim_id=f"C{i}", outlet=f"O{i}") for i in range(5)]
    path = write_claims(tmp_path / "many.csv", rows)
    code, err = report(capsys, path, tmp_path)           # 20,000 claims took 1 GB
    assert_clear_error(code, err, "more than 3 claims", "split it")
    assert len(load_claims(path)) == 5                     # the library still reads it
    from analysis.errors import LimitExceededError

    with pytest.raises(LimitExceededError):
        load_claims(path, max_rows=4)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_the_index_reads_only_the_head_of_each_page_and_skips_pipes_and_folders(tmp_path):
    from analysis.reports import write_index

    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "pipe.html")                      # read_text blocked on it for ever
    (out / "folder.html").mkdir()                      # IsADirectoryError
    (out / "big.html").write_text("<!DOCTYPE html><title>Big</title>" + "x" * 5_000_000, encoding="utf-8")
    (out / "a.html").write_text("<!DOCTYPE html><title>A &amp; B</title>", encoding="utf-8")
    index = write_index(out).read_text(encoding="utf-8")
    assert 'href="a.html">A &amp; B</a>' in index and 'href="big.html">Big</a>' in index
    assert "pipe.html" not in index and "folder.html" not in index


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_place_of_the_manifest_is_an_error_not_a_hang(tmp_path):
    from analysis.reports import MANIFEST, report_name

    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / MANIFEST)                          # reading it blocked for ever
    with pytest.raises(InputError, match="not a file"):
        report_name(out, "Topic", "a.csv")


@pytest.mark.parametrize("separator, shown", [(";", "';'"), ("\t", "tabs")])
def test_a_file_separated_by_semicolons_or_tabs_is_one_error_naming_the_separator(tmp_path, separator, shown):
    from conftest import claim as row

    path = tmp_path / "semi.csv"
    path.write_text(separator.join(HEADER) + "\n" + separator.join(row().values()) + "\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(path)                              # was twelve 'required column is missing'
    assert len(info.value.problems) == 1 and f"separated by {shown}" in info.value.problems[0]["reason"]


def test_a_spreadsheet_saved_as_xlsx_is_named_as_such(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_bytes(b"PK\x03\x04" + bytes(200))       # the start of every .xlsx
    with pytest.raises(ClaimsValidationError, match="zip file"):
        load_claims(path)


def test_an_id_with_spaces_around_it_is_a_row_error(tmp_path):
    path = write_claims(tmp_path / "ids.csv", [claim(), claim(claim_id="C1 ", outlet="B")])
    with pytest.raises(ClaimsValidationError) as info:
        load_claims(path)                              # 'C1' and 'C1 ' were two claims
    assert [(p["row"], p["column"]) for p in info.value.problems] == [(3, "claim_id")]


# -- sidecar keys: given twice, unknown, or of the wrong kind ------------------------------------------

@pytest.mark.parametrize("sidecar, line", [
    ("title: First\nsubject: x\ntitle: Second\n", "lines 1 and 3"),
    ("measures:\n  killed_x:\n    words: [a]\n    words: [b]\n", "lines 3 and 4"),
    ("columns: {a: one, a: two}\n", "lines 1 and 1"),
])
def test_a_key_given_twice_in_a_sidecar_is_an_error_naming_it(tmp_path, sidecar, line):
    with pytest.raises(InputError) as error:
        load_claims(topic(tmp_path, sidecar=sidecar))
    message = str(error.value)
    assert "topic.yaml" in message and "twice" in message and line in message
    assert len(message.splitlines()) <= 2


def test_a_key_given_twice_is_refused_by_the_pure_python_loader_too(monkeypatch):
    from analysis import safe_io

    monkeypatch.setattr(safe_io, "_FastLoader", None)
    with pytest.raises(InputError, match="'a' is given twice"):
        safe_io.read_yaml("x.yaml", text="a: 1\nb: 2\na: 3\n")
    with pytest.raises(InputError, match="aliases are not accepted"):
        safe_io.read_yaml("x.yaml", text="a: &x 1\nb: *x\n")
    assert safe_io.read_yaml("x.yaml", text="a: 1\nb: {a: 2}\n") == {"a": 1, "b": {"a": 2}}   # two mappings


def test_an_unknown_sidecar_key_is_an_error_with_the_accepted_keys(tmp_path):
    with pytest.raises(InputError) as error:
        load_claims(topic(tmp_path, sidecar="title: A topic\nstale_after_day: 30\n"))
    message = str(error.value)
    assert "topic.yaml" in message and "'stale_after_day'" in message
    assert "did you mean 'stale_after_days'" in message and "as_of" in message
    assert len(message.splitlines()) <= 2


@pytest.mark.parametrize("sidecar, key", [
    ("subject: {a: b}\n", "subject"),
    ("title: [A, B]\n", "title"),
    ("method: 12\n", "method"),
    ("columns: [a, b]\n", "columns"),
    ("columns: {a: {b: c}}\n", "columns"),
])
def test_a_mapping_or_list_where_text_is_expected_is_an_error_not_shown_as_text(capsys, tmp_path, sidecar, key):
    path = topic(tmp_path, sidecar=sidecar)
    with pytest.raises(InputError) as error:
        load_claims(path)
    message = str(error.value)
    assert "topic.yaml" in message and key in message and "must" in message
    code, err = report(capsys, path, tmp_path)
    assert_clear_error(code, err, key, "topic.yaml")


def test_the_bundled_sidecars_load_with_their_documented_keys():
    from pathlib import Path

    from analysis.claims.sidecar import read_sidecar

    bundled = sorted(p for p in (Path(__file__).parents[1] / "data" / "claims").glob("*.csv")
                     if not p.name.endswith(".sources.csv"))
    assert len(bundled) == 3
    for path in bundled:
        sidecar = read_sidecar(path)
        assert sidecar.path is not None and sidecar.title and isinstance(sidecar.subject, str)
