"""Figures (matplotlib): a range plot per measure, a timeline, a divergence matrix.

Every figure is titled, has labelled axes with thousands separators, gives each source
(organisation, or country) one colour throughout the report, switches to a log scale when
the figures span more than :data:`LOG_SPREAD` times, and comes with alt text written from
the same table. :func:`svg` writes a vector image, sharp on any screen, its text kept as
text (selectable, found by the browser's search; shown in DejaVu Sans or the reader's sans-serif
font): about three times quicker to write than a PNG at twice the screen's resolution, and a
fifth of its size.
"""

from __future__ import annotations

import io
import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from ..claims.countries import short_name
from ..range import format_number
from .words import describe

# Okabe-Ito colours (distinguishable with colour-blindness), fixed per country so
# a country keeps its colour in every figure.
_FIXED = {"UA": "#0072B2", "KR": "#D55E00", "US": "#009E73", "GB": "#CC79A7", "RU": "#E69F00", "KP": "#000000",
          "": "#999999"}
_SPARE = ["#56B4E9", "#F0E442", "#882255", "#44AA99", "#117733", "#AA4499", "#DDCC77", "#332288"]
WIDTH = 9.0  # inches at 100 dpi: the width of a report column
DPI = 100     # displayed pixels per inch
LOG_SPREAD = 10.0  # a log scale when the largest finite bound is more than this many times the smallest


def colour(label: str) -> str:
    """The colour of a source (country code or organisation), the same in every figure.

    Examples
    --------
    >>> colour("UA"), colour("UA") == colour("UA")
    ('#0072B2', True)
    """
    if label in _FIXED:
        return _FIXED[label]
    import zlib

    return _SPARE[zlib.crc32(label.encode("utf-8")) % len(_SPARE)]


def plain(text: str) -> str:
    """Text from the data as matplotlib shows it literally: a ``$`` pair would start a formula.

    Examples
    --------
    >>> print(plain("US$5 and $6"))
    US\\$5 and \\$6
    """
    return str(text).replace("$", r"\$")


def thousands(x: float, _pos: int | None = None) -> str:
    """Tick label with thousands separators."""
    return format_number(x) if x == int(x) else f"{x:,.1f}"


def _label(value: str, by: str) -> str:
    return short_name(value) if by == "country" else value


def use_log(values) -> bool:
    """Whether figures spanning ``values`` need a log scale (more than LOG_SPREAD times apart).

    Examples
    --------
    >>> use_log([200, 4000]), use_log([1000, 4000])
    (True, False)
    """
    finite = [float(v) for v in values if math.isfinite(v) and v > 0]
    return bool(finite) and max(finite) / min(finite) > LOG_SPREAD


def range_plot(detail: pd.DataFrame, title: str, unit: str, by: str = "organisation") -> plt.Figure:
    """One row per source: its range, hedge band, stated value, or open bound as an arrow.

    ``detail`` is :func:`analysis.compare.figures` (``label`` names each source); a stale
    figure is drawn faded and labelled with its date.
    """
    rows = detail.reset_index(drop=True)
    height = max(2.4, 0.7 * len(rows) + 1.6)
    fig, ax = plt.subplots(figsize=(WIDTH, height), dpi=DPI)
    finite = [v for v in list(rows["low"]) + list(rows["high"]) if math.isfinite(v) and v > 0]
    log = use_log(finite)
    right = (max(finite) if finite else 1.0) * (2.0 if log else 1.25)
    left = (min(finite) / 2.0) if log else 0.0
    for i, row in rows.iterrows():
        y = len(rows) - 1 - i
        c = colour(str(row["label"]))
        alpha = 0.35 if bool(row.get("stale", False)) else 1.0
        low, high, kind = float(row["low"]), float(row["high"]), row["kind"]
        low = max(low, left) if log else low
        if kind == "lower":
            ax.annotate("", xy=(right, y), xytext=(low, y),
                        arrowprops=dict(arrowstyle="-|>", color=c, lw=2.5, mutation_scale=18, alpha=alpha))
            ax.plot([low], [y], marker="o" if row["low_open"] else "|", ms=8 if row["low_open"] else 14,
                    color=c, mfc="white" if row["low_open"] else c, mew=2, alpha=alpha)
        elif kind == "upper":
            ax.annotate("", xy=(left if log else 0, y), xytext=(high, y),
                        arrowprops=dict(arrowstyle="-|>", color=c, lw=2.5, mutation_scale=18, alpha=alpha))
            ax.plot([high], [y], marker="o" if row["high_open"] else "|", ms=8 if row["high_open"] else 14,
                    color=c, mfc="white" if row["high_open"] else c, mew=2, alpha=alpha)
        elif kind == "vague":
            ax.barh(y, high - low, left=low, height=0.45, color=c, alpha=0.25 * alpha, hatch="//", edgecolor=c)
        elif kind == "point":
            ax.plot([low], [y], marker="o", ms=10, color=c, alpha=alpha)
        else:
            ax.barh(y, high - low, left=low, height=0.45, color=c, alpha=0.3 * alpha, edgecolor=c)
            best = row.get("best")
            if best is not None and not (isinstance(best, float) and math.isnan(best)):
                ax.plot([best], [y], marker="D", ms=8, color=c, alpha=alpha)
        note = describe(row) + f", {row['date_text']}" + (" (stale)" if bool(row.get("stale", False)) else "")
        ax.text(1.01, y, plain(note), va="center", ha="left", fontsize=9.5, color="#333333",
                transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([plain(_wrap(_label(str(v), by))) for v in reversed(list(rows["label"]))], fontsize=10)
    if log:
        ax.set_xscale("log")
    ax.set_xlim(left, right)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    if not log:   # labels such as "120,000" need room: at most six ticks
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
    ax.xaxis.set_major_formatter(FuncFormatter(thousands))
    ax.set_xlabel(plain(unit) + (" (log scale)" if log else ""), fontsize=11)
    ax.set_title(plain(title), fontsize=13, loc="left")
    ax.grid(axis="x", color="#dddddd")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=_legend_handles(), loc="upper center", bbox_to_anchor=(0.5, -0.22 - 0.3 / height),
              ncol=3, frameon=False, fontsize=9)
    fig.tight_layout()
    return fig


def _wrap(text: str, width: int = 34) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def _legend_handles() -> list:
    from matplotlib.lines import Line2D

    grey = "#555555"
    return [
        Line2D([], [], marker="o", ls="", color=grey, ms=8, label="stated figure"),
        Line2D([], [], marker="D", ls="", color=grey, ms=7, label="hedged figure (about, nearly)"),
        Patch(facecolor=grey, alpha=0.3, edgecolor=grey, label="its band, or a stated range"),
        Patch(facecolor="white", hatch="//", edgecolor=grey, label="vague (hundreds, several)"),
        Line2D([], [], marker=r"$\rightarrow$", ls="", color=grey, ms=14, label="at least / more than"),
        Line2D([], [], marker=r"$\leftarrow$", ls="", color=grey, ms=14, label="up to / fewer than"),
    ]


def timeline_plot(statements: pd.DataFrame, title: str, unit: str, by: str = "organisation") -> plt.Figure:
    """One line per source: its dated cumulative figures of one measure over time.

    ``statements`` are the statements of one measure (``label`` naming the source); bars are
    ranges or hedge bands, arrows open bounds; a log scale when they span more than 10 times.
    """
    rows = statements.copy()
    fig, ax = plt.subplots(figsize=(WIDTH, 4.8), dpi=DPI)
    finite = [v for v in list(rows["low"]) + list(rows["high"]) if math.isfinite(v) and v > 0]
    log = use_log(finite)
    top = (max(finite) if finite else 1.0) * (2.0 if log else 1.15)
    bottom = (min(finite) / 2.0) if log else 0.0
    labels = sorted(rows["label"].unique())
    for label in labels:
        group = rows[rows["label"] == label].sort_values("date")
        c = colour(label)
        kinds, lows, highs, bests = (group[k].tolist() for k in ("kind", "low", "high", "best"))
        values = [_middle(dict(kind=k, low=lo, high=hi, best=b)) for k, lo, hi, b in zip(kinds, lows, highs, bests)]
        dates = group["date"].tolist()
        ax.plot(dates, values, color=c, lw=1.5, alpha=0.8, marker="o", ms=5, label=plain(_wrap(_label(label, by), 40)))
        bars = [(when, max(float(lo), bottom), float(hi)) for when, k, lo, hi in zip(dates, kinds, lows, highs)
                if k not in ("lower", "upper") and float(hi) > max(float(lo), bottom)]
        if bars:   # ranges and hedge bands, drawn at once
            ax.vlines([b[0] for b in bars], [b[1] for b in bars], [b[2] for b in bars], colors=c, lw=5, alpha=0.35,
                      capstyle="butt")
        # open bounds: a shaft and an arrowhead, up from a floor or down from a ceiling, drawn at once
        # (one annotation per bound took seconds for a few hundred)
        for kind, head in (("lower", "^"), ("upper", "v")):
            arrows = [(when, max(float(lo), bottom), float(hi)) for when, k, lo, hi in zip(dates, kinds, lows, highs)
                      if k == kind]
            if not arrows:
                continue
            starts = [a[1] if kind == "lower" else a[2] for a in arrows]
            tips = [min(top, a[1] * 1.6) if kind == "lower" else bottom for a in arrows]
            xs = [a[0] for a in arrows]
            ax.vlines(xs, starts, tips, colors=c, lw=1.8)
            ax.plot(xs, tips, ls="", marker=head, ms=7, color=c, clip_on=False)
    if log:
        ax.set_yscale("log")
    ax.set_ylim(bottom, top)
    ax.yaxis.set_major_formatter(FuncFormatter(thousands))
    ax.set_ylabel(plain(unit) + (" (log scale)" if log else ""), fontsize=11)
    ax.set_xlabel("date of the claim (a month- or year-only date is drawn at its first day)", fontsize=10)
    ax.set_title(plain(title), fontsize=13, loc="left")
    ax.grid(axis="y", color="#dddddd")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(frameon=False, fontsize=8.5, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.xaxis.set_major_locator(locator := date_locator(rows["date"]))
    if rows["date"].notna().any():
        ax.set_xlim(*date_limits(rows["date"]))
    from matplotlib.dates import ConciseDateFormatter

    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    fig.tight_layout()
    return fig


def date_limits(dates: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The x range of a timeline: its dates with a margin, at least a day each side (one date has a width too).

    Examples
    --------
    >>> date_limits(pd.Series(pd.to_datetime(["2025-03-04"])))
    (Timestamp('2025-03-03 00:00:00'), Timestamp('2025-03-05 00:00:00'))
    """
    first, last = pd.Timestamp(dates.min()), pd.Timestamp(dates.max())
    margin = max(pd.Timedelta(days=1), (last - first) * 0.04)
    return first - margin, last + margin


def date_locator(dates: pd.Series):
    """Ticks for a timeline: whole days when its dates are under two months apart, else matplotlib's choice.

    matplotlib's ``AutoDateLocator`` cannot place ticks on a few days (it warns and guesses),
    so a short timeline gets a tick every day, or every few days, up to about eight ticks.

    Examples
    --------
    >>> type(date_locator(pd.Series(pd.to_datetime(["2025-03-04", "2025-03-08"])))).__name__
    'DayLocator'
    >>> type(date_locator(pd.Series(pd.to_datetime(["2024-03-04", "2025-03-08"])))).__name__
    'AutoDateLocator'
    """
    from matplotlib.dates import AutoDateLocator, DayLocator

    if dates.notna().sum() == 0:
        return AutoDateLocator(maxticks=8)
    first, last = date_limits(dates)
    days = (last - first).days
    if days <= 62:
        return DayLocator(interval=max(1, math.ceil(days / 8)))
    return AutoDateLocator(maxticks=8)


def _middle(row) -> float:
    """Where a figure's marker sits: its stated value, else its bound (a floor, a ceiling, a range's low end)."""
    best = row.get("best")
    if best is not None and not (isinstance(best, float) and math.isnan(best)):
        return float(best)
    if row["kind"] == "upper":
        return float(row["high"])
    return float(row["low"])


def divergence_plot(matrix: pd.DataFrame, title: str, by: str = "organisation") -> plt.Figure:
    """Pairwise ratios as a labelled heatmap (log colour scale: 2× and ½× look equally far)."""
    labels = [_wrap(_label(str(v), by), 24) for v in matrix.index]
    size = max(3.6, 1.1 * len(labels) + 2.6)
    fig, ax = plt.subplots(figsize=(min(WIDTH, size + 1.5), size), dpi=DPI)
    data = matrix.to_numpy(dtype=float)
    logs = np.log2(np.where(data > 0, data, np.nan))
    limit = max(1.0, float(np.nanmax(np.abs(logs))) if np.isfinite(logs).any() else 1.0)
    image = ax.imshow(logs, cmap="RdBu_r", vmin=-limit, vmax=limit)
    for i in range(len(labels)):
        for j in range(len(labels)):
            value = data[i, j]
            text = "—" if i == j else (f"{value:.1f}×" if math.isfinite(value) else "bounds")
            ax.text(j, i, text, ha="center", va="center", fontsize=10,
                    color="white" if math.isfinite(logs[i, j]) and abs(logs[i, j]) > limit * 0.6 else "#222222")
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels([plain(v) for v in labels], rotation=30, ha="right", fontsize=8.5)
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels([plain(v) for v in labels], fontsize=8.5)
    ax.set_xlabel("compared with (column)")
    ax.set_ylabel("source (row)")
    ax.set_title(plain(title), fontsize=12, loc="left")
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    bar.set_label("row ÷ column (log scale)")
    step = max(1, int(math.ceil(2 * limit / 6)))
    ticks = list(range(-int(limit), int(limit) + 1, step))
    bar.set_ticks(ticks)
    bar.set_ticklabels([f"{2.0 ** t:g}×" if t >= 0 else f"1/{2.0 ** -t:g}" for t in ticks])
    fig.tight_layout()
    return fig


def svg(fig: plt.Figure) -> bytes:
    """The figure as SVG bytes, reproducible: no date, fixed element ids; text kept as text.

    Examples
    --------
    >>> fig, ax = plt.subplots(figsize=(2, 1), dpi=DPI)
    >>> _ = ax.plot([1, 2])
    >>> first = svg(fig)
    >>> fig, ax = plt.subplots(figsize=(2, 1), dpi=DPI)
    >>> _ = ax.plot([1, 2])
    >>> first == svg(fig) and first.startswith(b"<?xml")
    True
    """
    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "analysis", "svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def embed(fig: plt.Figure, alt: str) -> dict:
    """A figure for a template: base64 SVG data, its displayed width in pixels, and its alt text."""
    import base64
    import re

    data = svg(fig)
    points = re.search(rb'<svg[^>]*?\swidth="([0-9.]+)pt"', data[:2000])
    width = round(float(points.group(1)) / 72 * DPI) if points else round(WIDTH * DPI)   # as wide as the PNG was
    return dict(data=base64.b64encode(data).decode("ascii"), mime="image/svg+xml", width=width, alt=alt)
