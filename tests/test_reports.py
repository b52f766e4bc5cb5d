"""Reports: rendered for any claims file, self-contained, escaped, refused for bad input."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import claim, write_claims

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_QUOTE = ('They said <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
                 'about 300 soldiers died.')
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def run_report(claims: Path, out: Path, title: str = "Test topic") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "report", "--claims", str(claims), "--title", title,
                           "--out", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    claims = write_claims(folder / "other-topic.csv", [
        claim(claim_id="H1", quote=HOSTILE_QUOTE, organisation='Ministry "<b>X</b>"', country="UA"),
        claim(claim_id="H2", country="US", organisation="U.S. officials", stated="around 1,200",
              quote="U.S. estimates were around 1,200.", url="https://example.org/b?x=1&y=2"),
        claim(claim_id="H3", country="KR", metric="wounded", stated="2,700", quote="2,700 had been injured."),
    ])
    result = run_report(claims, folder / "out", title="Another topic <script>alert(1)</script>")
    assert result.returncode == 0, result.stderr
    return folder / "out"


def test_report_for_another_topic_is_written_with_an_index(hostile_report):
    pages = sorted(p.name for p in hostile_report.glob("*.html"))
    assert "index.html" in pages and len(pages) == 2
    page = next(p for p in hostile_report.glob("*.html") if p.name != "index.html")
    text = page.read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned" in text          # the quote is shown, as text
    assert "<script>window.__pwned" not in text
    assert not re.search(r"<[a-zA-Z][^>]*\sonerror\s*=", text)   # no tag carries the attribute
    assert "Another topic &lt;script&gt;" in text
    assert "<script" not in text.lower()                    # no script at all, from data or template
    assert 'src="http' not in text and "require.js" not in text
    assert "mathjax" not in text.lower().replace("mathjax_ignore", "")   # no MathJax; data is marked for it to skip
    assert "data:image/svg+xml;base64," in text and re.search(r" alt=[\"']Range plot of", text)
    assert "sha256" in text and "data:text/csv;charset=utf-8;base64," in text
    assert "H1" in text and "H2" in text and "https://example.org/b?x=1&amp;y=2" in text


def test_invalid_claims_get_no_report(tmp_path):
    claims = write_claims(tmp_path / "bad.csv", [claim(metric="dead"), claim(claim_id="C2", country="XX")])
    result = run_report(claims, tmp_path / "out")
    assert result.returncode != 0
    assert "row 2, column 'metric': 'dead'" in result.stderr and "row 3, column 'country'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list((tmp_path / "out").glob("*.html")) if (tmp_path / "out").exists() else True


def test_a_topic_with_nothing_comparable_still_renders(tmp_path):
    claims = write_claims(tmp_path / "undated.csv", [
        claim(claim_date="", published=""),
        claim(claim_id="C2", claim_date="", published="", country="US", organisation="Pentagon", scope="window")])
    result = run_report(claims, tmp_path / "out", title="Undated topic")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / "undated-topic.html").read_text(encoding="utf-8")
    assert "No source gave a dated cumulative figure that can be compared." in text
    assert "undated: it cannot be placed in time" in text and "C2" in text


def test_empty_claims_file_gets_a_clear_message(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    result = run_report(empty, tmp_path / "out")
    assert result.returncode != 0 and "empty" in result.stderr and "Traceback" not in result.stderr
    header_only = write_claims(tmp_path / "header.csv", [])
    result = run_report(header_only, tmp_path / "out")
    assert result.returncode != 0 and "holds no claims" in result.stderr


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium; .ci/run does)")
def test_report_in_a_real_browser(hostile_report, tmp_path):
    from playwright.sync_api import sync_playwright

    page_file = next(p for p in hostile_report.glob("*.html") if p.name != "index.html")
    requests, dialogs, errors = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        page.wait_for_load_state("load")
        images = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.alt])")
        pwned = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
        body = page.inner_text("body")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        page.set_viewport_size({"width": 640, "height": 900})   # a narrow window: wide tables scroll in place
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        wrapped = page.evaluate("Array.from(document.querySelectorAll('table.claims')).map(t => "
                                "getComputedStyle(t.parentElement).overflowX)")
        browser.close()
    assert widths[0] <= widths[1], f"the page is {widths[0]}px wide in a {widths[1]}px window"
    assert wrapped and set(wrapped) == {"auto"}
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert images and all(complete and width > 0 for complete, width, _ in images)
    assert all(alt for _, _, alt in images)
    assert pwned is None and dialogs == []
    assert "<script>window.__pwned = 1</script>" in body     # shown as text
    assert "H1" in body and "Ukraine" in body


def test_committed_notebooks_are_saved_executed_without_timing():
    import nbformat

    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
        assert all(n is not None for n in counts) and counts == sorted(counts), path.name
        for cell in nb.cells:
            assert "execution" not in cell.metadata, path.name
            for output in cell.get("outputs", []):
                assert output.get("name") != "stderr" and output.get("output_type") != "error", path.name
        assert str(ROOT) not in path.read_text(encoding="utf-8"), f"{path.name} holds an absolute path"


def test_notebook_prose_types_no_numbers():
    """Every number a reader sees in a notebook comes from a code cell (the data), none from markdown."""
    import re

    import nbformat

    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown":
                assert not re.search(r"\d", cell.source), f"{path.name}: {cell.source[:80]!r}"
