"""Running a notebook in this process and writing it as one lean, self-contained HTML page.

A report used to start a Jupyter kernel and convert the notebook with nbconvert's JupyterLab
template: about 10 of the 12 seconds a report took went to the kernel's start, its imports
and the converter (its 260 KB of JupyterLab CSS, pygments and a markdown parser with math).
:func:`run` executes the cells in an IPython shell inside this process instead (magics such
as ``%matplotlib inline`` work; what a cell displays is recorded as the notebook's output,
as a kernel would), and :func:`page` writes the executed notebook with our own template
(``templates/page.html.j2``, autoescape on): markdown cells and HTML outputs as they are,
text outputs escaped, figures inline, code hidden, a content security policy that allows no
script and no request.

The notebooks run here are the package's own (``notebooks/``): their markdown and the HTML
their cells display are trusted, because every value from the data is escaped by the section
templates before it is displayed. Parameters are written as literals (``repr``), never as code.
``python -m analysis execute`` still uses a real kernel, as nbval does, for the committed notebooks.

Notebooks are read as plain JSON (:func:`load`): importing ``nbformat`` alone takes seconds
(its schema validator compiles grammars on import).

Examples
--------
>>> nb = {"cells": [
...     {"cell_type": "markdown", "metadata": {}, "source": "## Hello"},
...     {"cell_type": "code", "metadata": {"tags": ["remove_input"]}, "outputs": [], "source":
...      "from IPython.display import HTML, display\\ndisplay(HTML('<p>shown</p>'))\\nprint('<b>')"}]}
>>> run(nb)
>>> html = page(nb, "A <title>")
>>> "<h2>Hello</h2>" in html and "<p>shown</p>" in html and "&lt;b&gt;" in html
True
>>> "<title>A &lt;title&gt;</title>" in html and "display(HTML" not in html
True
"""

from __future__ import annotations

import contextlib
import json
import os
from functools import lru_cache
from pathlib import Path

#: Cells whose input is not shown, and cells not shown at all (papermill's parameter cells).
HIDDEN_INPUT = {"remove_input"}
REMOVED_CELLS = {"remove_cell", "parameters", "injected-parameters"}
_MIME_ORDER = ("text/html", "image/png", "text/markdown", "text/plain")


def load(path: Path) -> dict:
    """A notebook file as a dict (nbformat 4 JSON), its cells' sources joined into strings."""
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        cell["source"] = _text(cell.get("source", ""))
        cell.setdefault("metadata", {})
    return nb


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def code_cell(source: str, tags: list[str]) -> dict:
    """A new code cell (nbformat 4) with tags."""
    return {"cell_type": "code", "execution_count": None, "metadata": {"tags": list(tags)}, "outputs": [],
            "source": source}


@lru_cache(maxsize=1)
def _shell():
    """One IPython shell for this process: no history database, no GUI event loop."""
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    class ReportShell(InteractiveShell):
        def enable_gui(self, gui=None):   # "%matplotlib inline" asks for none; a plain shell refuses any
            return None

    config = Config()
    config.HistoryManager.enabled = False
    return ReportShell.instance(config=config)


@contextlib.contextmanager
def _working_directory(path: Path | None):
    if path is None:
        yield
        return
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def run(nb, cwd: Path | None = None) -> None:
    """Execute every code cell of ``nb`` in order, in a fresh namespace, and store its outputs.

    Like a kernel started in ``cwd``: relative paths in the cells are read from there.
    An exception in a cell is raised as it is (an ``InputError`` stays one), after the
    cells before it have their outputs.
    """
    from IPython.core.displayhook import CapturingDisplayHook
    from IPython.utils.capture import capture_output

    shell = _shell()
    shell.reset(new_session=False)
    count = 0
    with _working_directory(cwd):
        for cell in nb["cells"]:
            if cell["cell_type"] != "code":
                continue
            count += 1
            with capture_output(stdout=True, stderr=True, display=True) as captured:
                hook = CapturingDisplayHook(shell, shell.display_pub.outputs)   # a cell's value, as a kernel shows it
                saved = shell.display_trap.hook
                shell.display_trap.hook = hook
                try:
                    result = shell.run_cell(_text(cell["source"]), store_history=False, silent=False)
                finally:
                    shell.display_trap.hook = saved
            cell["execution_count"] = count
            if result.error_before_exec is not None:
                raise result.error_before_exec
            if result.error_in_exec is not None:
                raise result.error_in_exec
            outputs = []
            if captured.stdout:
                outputs.append({"output_type": "stream", "name": "stdout", "text": captured.stdout})
            for shown in captured.outputs:
                outputs.append({"output_type": "display_data", "data": shown.data, "metadata": shown.metadata or {}})
            cell["outputs"] = outputs


def _markdown(text: str) -> str:
    return _markdown_renderer()(text)


@lru_cache(maxsize=1)
def _markdown_renderer():
    import mistune

    return mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])


def _output_items(output) -> list[dict]:
    """What one output shows: trusted HTML, a figure, or text (escaped by the template)."""
    from markupsafe import Markup

    kind = output.get("output_type")
    if kind == "stream":
        return [] if output.get("name") == "stderr" else [dict(kind="text", text=_text(output.get("text", "")))]
    if kind == "error":
        return [dict(kind="text", text=f"{output.get('ename')}: {output.get('evalue')}")]
    data = output.get("data", {})
    for mime in _MIME_ORDER:
        if mime not in data:
            continue
        value = _text(data[mime])
        if mime == "text/html":
            return [dict(kind="html", html=Markup(value))]
        if mime == "image/png":
            alt = output.get("metadata", {}).get("image/png", {}).get("alt")
            return [dict(kind="png", data=value.replace("\n", ""), alt=alt)]
        if mime == "text/markdown":
            return [dict(kind="html", html=Markup(_markdown(value)))]
        return [dict(kind="text", text=value)]
    return []


def page(nb, title: str) -> str:
    """The executed notebook as one self-contained HTML page (see the module's description)."""
    from markupsafe import Markup

    from .render import environment

    cells = []
    for cell in nb["cells"]:
        tags = set(cell.get("metadata", {}).get("tags", []))
        if tags & REMOVED_CELLS:
            continue
        if cell["cell_type"] == "markdown":
            cells.append(dict(kind="markdown", items=[dict(kind="html", html=Markup(_markdown(_text(cell["source"]))))]))
        elif cell["cell_type"] == "code":
            items = [] if tags & HIDDEN_INPUT else [dict(kind="code", text=_text(cell["source"]))]
            for output in cell.get("outputs", []):
                items.extend(_output_items(output))
            if items:
                cells.append(dict(kind="code", items=items))
    return environment().get_template("page.html.j2").render(title=title, cells=cells)


__all__ = ["load", "code_cell", "run", "page", "HIDDEN_INPUT", "REMOVED_CELLS"]
