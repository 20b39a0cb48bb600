"""Charts written with matplotlib's Agg canvas (no GUI backend is touched): PNG, SVG or PDF by the file's suffix."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import ValidationError

CHART_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def chart_format(path: str | Path) -> str:
    """Return the matplotlib format for a chart file, refusing other suffixes."""
    suffix = Path(path).suffix.lower()
    if suffix not in CHART_FORMATS:
        raise ValidationError(f"{path}: a chart is written as .png, .svg or .pdf")
    return CHART_FORMATS[suffix]


def line_panels(
    path: str | Path,
    panels: Sequence[tuple[str, str, dict[str, tuple[list, list]]]],
    title: str = "",
) -> None:
    """Draw one panel per (title, y label, {series label: (dates, values)}) in a column, and save it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fmt = chart_format(path)
    count = max(1, len(panels))
    figure = Figure(figsize=(9, 2.6 * count + 0.6), dpi=100)
    FigureCanvasAgg(figure)
    for index, (panel_title, ylabel, series) in enumerate(panels):
        axes = figure.add_subplot(count, 1, index + 1)
        for label, (xs, ys) in series.items():
            axes.plot(xs, ys, marker="o", markersize=3, linewidth=1.6, label=label)
        axes.set_title(panel_title, fontsize=10)
        axes.set_ylabel(ylabel)
        axes.grid(True, alpha=0.3)
        if 1 < len(series) <= 20:
            axes.legend(loc="upper left", fontsize=7, ncol=2 if len(series) > 6 else 1)
    if title:
        figure.suptitle(title)
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, format=fmt)


def grouped_bars(
    path: str | Path,
    series_names: Sequence[str],
    panels: Sequence[tuple[str, list[str], list[list[float]]]],
    title: str = "",
) -> None:
    """Draw one panel per (title, category labels, values per series) as grouped bars, one colour per series
    (series_names, in the legend), in a column, and save it."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fmt = chart_format(path)
    count = max(1, len(panels))
    figure = Figure(figsize=(9, 2.8 * count + 0.6), dpi=100)
    FigureCanvasAgg(figure)
    width = 0.8 / max(1, len(series_names))
    for index, (panel_title, labels, values) in enumerate(panels):
        axes = figure.add_subplot(count, 1, index + 1)
        positions = np.arange(len(labels))
        for k, name in enumerate(series_names):
            axes.bar(positions + (k - (len(series_names) - 1) / 2) * width, [row[k] for row in values], width,
                     label=name)
        axes.set_xticks(positions)
        axes.set_xticklabels(labels, rotation=30 if len(labels) > 5 else 0, ha="right" if len(labels) > 5 else "center",
                             fontsize=8)
        axes.set_title(panel_title, fontsize=10)
        axes.grid(True, axis="y", alpha=0.3)
        if index == 0:
            axes.legend(fontsize=8)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    figure.savefig(path, format=fmt)
