"""Rendering section contexts with Jinja (autoescape on), and showing them in a notebook.

Templates live in ``analysis/report/templates/`` (package data). Section functions return
data (:mod:`analysis.report.sections`); a macro of ``sections.html.j2`` turns it into HTML,
escaping every value, so quotes, names and URLs from the web never become markup.

Examples
--------
>>> html = render("overview", dict(title="<b>x</b>", subject="", sentences=["One claim."]))
>>> "&lt;b&gt;x&lt;/b&gt;" in html and "<b>" not in html
True
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("analysis.report", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render(section: str, *args) -> str:
    """HTML of one section: the macro ``section`` of ``sections.html.j2`` called with ``args``."""
    module = environment().get_template("sections.html.j2").module
    return str(getattr(module, section)(*args))


def show(section: str, *args) -> None:
    """Display a section in a notebook.

    The section is wrapped in a ``div`` JupyterLab's MathJax skips (``tex2jax_ignore``): a quote
    with two dollar signs in it would otherwise be typeset as a formula.
    """
    from IPython.display import HTML, display

    display(HTML(f'<div class="tex2jax_ignore mathjax_ignore">{render(section, *args)}</div>'))


__all__ = ["render", "show", "environment"]
