"""Figures (matplotlib): a range plot per source, a timeline, a divergence matrix.

Every figure is titled, has labelled axes with thousands separators, uses one
colour per country throughout the report, and comes with alt text written from
the same table (see :func:`alt_ranges`). :func:`show` displays a figure as a PNG
with that alt text, which the report template writes into the page.
"""

from __future__ import annotations

import io
import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from .commentary import METRIC_WORDS, describe
from .claims.countries import short_name
from .range import format_number

# Okabe-Ito colours (distinguishable with colour-blindness), fixed per country so
# a country keeps its colour in every figure.
_FIXED = {"UA": "#0072B2", "KR": "#D55E00", "US": "#009E73", "GB": "#CC79A7", "RU": "#E69F00", "KP": "#000000",
          "": "#999999"}
_SPARE = ["#56B4E9", "#F0E442", "#882255", "#44AA99", "#117733", "#AA4499", "#DDCC77", "#332288"]
WIDTH = 9.0  # inches at 100 dpi: the width of a report column


def colour(label: str) -> str:
    """The colour of a source (country code or organisation), the same in every figure.

    Examples
    --------
    >>> colour("UA"), colour("UA") == colour("UA")
    ('#0072B2', True)
    """
    if label in _FIXED:
        return _FIXED[label]
    return _SPARE[sum(map(ord, label)) % len(_SPARE)]


def thousands(x: float, _pos: int | None = None) -> str:
    """Tick label with thousands separators."""
    return format_number(x) if x == int(x) else f"{x:,.1f}"


def _label(value: str, by: str) -> str:
    return short_name(value) if by == "country" else value


def range_plot(comparison: pd.DataFrame, title: str, unit: str, by: str = "country",
               ax: plt.Axes | None = None) -> plt.Figure:
    """One row per source: its range, hedge band, stated value, or open bound as an arrow.

    Parameters
    ----------
    comparison : DataFrame
        The output of ``compare`` (one row per source, ``by_value`` naming it).
    title : str
        The figure title.
    unit : str
        What the x axis counts ("North Korean soldiers killed or wounded").
    """
    rows = comparison.reset_index(drop=True)
    height = max(2.4, 0.7 * len(rows) + 1.6)
    if ax is None:
        fig, ax = plt.subplots(figsize=(WIDTH, height), dpi=100)
    else:
        fig = ax.figure
    finite = [v for v in list(rows["low"]) + list(rows["high"]) if math.isfinite(v)]
    right = (max(finite) if finite else 1.0) * 1.25 or 1.0
    for i, row in rows.iterrows():
        y = len(rows) - 1 - i
        c = colour(str(row["by_value"]))
        low, high, kind = float(row["low"]), float(row["high"]), row["kind"]
        if kind == "lower":
            ax.annotate("", xy=(right, y), xytext=(low, y),
                        arrowprops=dict(arrowstyle="-|>", color=c, lw=2.5, mutation_scale=18))
            ax.plot([low], [y], marker="|" if not row["low_open"] else "o", ms=14 if not row["low_open"] else 8,
                    color=c, mfc="white" if row["low_open"] else c, mew=2)
        elif kind == "upper":
            ax.annotate("", xy=(0, y), xytext=(high, y),
                        arrowprops=dict(arrowstyle="-|>", color=c, lw=2.5, mutation_scale=18))
            ax.plot([high], [y], marker="|" if not row["high_open"] else "o", ms=14 if not row["high_open"] else 8,
                    color=c, mfc="white" if row["high_open"] else c, mew=2)
        elif kind == "vague":
            ax.barh(y, high - low, left=low, height=0.45, color=c, alpha=0.25, hatch="//", edgecolor=c)
        elif kind == "point":
            ax.plot([low], [y], marker="o", ms=10, color=c)
        else:
            ax.barh(y, high - low, left=low, height=0.45, color=c, alpha=0.3, edgecolor=c)
            best = row.get("best")
            if best is not None and not (isinstance(best, float) and math.isnan(best)):
                ax.plot([best], [y], marker="D", ms=8, color=c)
        ax.text(right * 1.01, y, describe(row), va="center", ha="left", fontsize=10, color="#333333")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([_label(str(v), by) for v in reversed(list(rows["by_value"]))], fontsize=11)
    ax.set_xlim(0, right)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.xaxis.set_major_formatter(FuncFormatter(thousands))
    ax.set_xlabel(unit, fontsize=11)
    ax.set_title(title, fontsize=13, loc="left")
    ax.grid(axis="x", color="#dddddd")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=_legend_handles(), loc="upper center", bbox_to_anchor=(0.5, -0.22 - 0.3 / height),
              ncol=3, frameon=False, fontsize=9)
    fig.tight_layout()
    return fig


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


def timeline_plot(claims: pd.DataFrame, metric: str, title: str, unit: str, by: str = "country") -> plt.Figure:
    """Each source's cumulative estimates of one metric over time; ranges as bars, open bounds as arrows."""
    rows = claims[(claims["metric"] == metric) & claims["date"].notna() & (claims["scope"] == "cumulative")
                  & claims["parsed"]].copy()
    fig, ax = plt.subplots(figsize=(WIDTH, 4.6), dpi=100)
    if by == "country":
        rows["by_value"] = rows["country"].fillna("").astype(str).str.split("|")
        rows = rows.explode("by_value")
    else:
        rows["by_value"] = rows[by]
    finite = [v for v in list(rows["low"]) + list(rows["high"]) if math.isfinite(v)]
    top = (max(finite) if finite else 1.0) * 1.15 or 1.0
    labels = sorted(rows["by_value"].unique())
    offsets = {label: (i - (len(labels) - 1) / 2) * 1.2 for i, label in enumerate(labels)}
    for label in labels:
        group = rows[rows["by_value"] == label].sort_values("date")
        c = colour(label)
        dates = group["date"] + pd.to_timedelta([offsets[label]] * len(group), unit="D")
        values = [_middle(r, top) for _, r in group.iterrows()]
        ax.plot(dates, values, color=c, lw=1, alpha=0.5)
        for when, (_, r), value in zip(dates, group.iterrows(), values):
            low, high = float(r["low"]), float(r["high"])
            if r["kind"] == "lower":
                ax.annotate("", xy=(when, min(top, low * 1.25)), xytext=(when, low),
                            arrowprops=dict(arrowstyle="-|>", color=c, lw=1.8))
            elif r["kind"] == "upper":
                ax.annotate("", xy=(when, 0), xytext=(when, high), arrowprops=dict(arrowstyle="-|>", color=c, lw=1.8))
            elif high > low:
                ax.plot([when, when], [low, high], color=c, lw=5, alpha=0.35, solid_capstyle="butt")
            ax.plot([when], [value], marker="o", ms=5, color=c)
        ax.plot([], [], color=c, marker="o", label=_label(label, by))
    ax.set_ylim(0, top)
    ax.yaxis.set_major_formatter(FuncFormatter(thousands))
    ax.set_ylabel(unit, fontsize=11)
    ax.set_xlabel("date of the claim", fontsize=11)
    ax.set_title(title, fontsize=13, loc="left")
    ax.grid(axis="y", color="#dddddd")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(frameon=False, fontsize=9, loc="upper left")
    from matplotlib.dates import DateFormatter

    ax.xaxis.set_major_formatter(DateFormatter("%b %Y"))
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def _middle(row: pd.Series, top: float) -> float:
    best = row.get("best")
    if best is not None and not (isinstance(best, float) and math.isnan(best)):
        return float(best)
    if math.isinf(row["high"]):
        return float(row["low"])
    if row["kind"] == "upper":
        return float(row["high"])
    return (float(row["low"]) + float(row["high"])) / 2


def divergence_plot(matrix: pd.DataFrame, title: str, by: str = "country") -> plt.Figure:
    """Pairwise ratios as a labelled heatmap (log colour scale: 2× and ½× look equally far)."""
    labels = [_label(str(v), by) for v in matrix.index]
    size = max(3.6, 1.1 * len(labels) + 2.2)
    fig, ax = plt.subplots(figsize=(min(WIDTH, size + 1.5), size), dpi=100)
    data = matrix.to_numpy(dtype=float)
    logs = np.log2(np.where(data > 0, data, np.nan))
    limit = max(1.0, float(np.nanmax(np.abs(logs))) if np.isfinite(logs).any() else 1.0)
    image = ax.imshow(logs, cmap="RdBu_r", vmin=-limit, vmax=limit)
    for i in range(len(labels)):
        for j in range(len(labels)):
            value = data[i, j]
            text = "—" if i == j else (f"{value:.1f}×" if math.isfinite(value) else "n/a")
            ax.text(j, i, text, ha="center", va="center", fontsize=11,
                    color="white" if math.isfinite(logs[i, j]) and abs(logs[i, j]) > limit * 0.6 else "#222222")
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, rotation=20, ha="right")
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels(labels)
    ax.set_xlabel("compared with (column)")
    ax.set_ylabel("source (row)")
    ax.set_title(title, fontsize=13, loc="left")
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    bar.set_label("row ÷ column (log scale)")
    ticks = [t for t in range(-int(limit), int(limit) + 1)]
    bar.set_ticks(ticks)
    bar.set_ticklabels([f"{2.0 ** t:g}×" for t in ticks])
    fig.tight_layout()
    return fig


def alt_ranges(comparison: pd.DataFrame, metric: str, when: str | None = None, by: str = "country") -> str:
    """Alt text for a range plot, from the same rows."""
    words = METRIC_WORDS.get(metric, metric)
    parts = [f"{_label(str(r['by_value']), by)}: {describe(r)}" for _, r in comparison.iterrows()]
    head = f"Range plot of {words}" + (f" as of {when}" if when else "")
    return f"{head}. " + ("; ".join(parts) if parts else "no figures") + "."


def alt_matrix(matrix: pd.DataFrame, by: str = "country") -> str:
    """Alt text for a divergence matrix."""
    parts = []
    labels = list(matrix.index)
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            value = matrix.loc[a, b]
            if math.isfinite(value):
                parts.append(f"{_label(str(a), by)} is {value:.1f} times {_label(str(b), by)}")
    return "Divergence matrix of pairwise ratios: " + ("; ".join(parts) if parts else "one source only") + "."


def alt_timeline(claims: pd.DataFrame, metric: str) -> str:
    """Alt text for a timeline."""
    rows = claims[(claims["metric"] == metric) & claims["date"].notna() & (claims["scope"] == "cumulative")
                  & claims["parsed"]]
    if rows.empty:
        return f"Timeline of {METRIC_WORDS.get(metric, metric)}: no dated cumulative claims."
    first, last = rows["date"].min(), rows["date"].max()
    return (f"Timeline of {len(rows)} cumulative claims of {METRIC_WORDS.get(metric, metric)} from "
            f"{first:%d %B %Y} to {last:%d %B %Y}, one colour per country.")


def png(fig: plt.Figure) -> bytes:
    """The figure as PNG bytes, without the software stamp, so two runs give the same bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None}, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def show(fig: plt.Figure, alt: str) -> None:
    """Display a figure in a notebook as a PNG carrying its alt text."""
    from IPython.display import Image, display

    display(Image(data=png(fig), format="png", metadata={"alt": alt}))
