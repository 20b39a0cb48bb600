"""Charts written with matplotlib's Agg canvas (no GUI backend is touched): PNG, SVG or PDF by the file's suffix."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import ValidationError, tr_noop

CHART_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def chart_format(path: str | Path) -> str:
    """Return the matplotlib format for a chart file, refusing other suffixes."""
    suffix = Path(path).suffix.lower()
    if suffix not in CHART_FORMATS:
        raise ValidationError(tr_noop("{path}: a chart is written as .png, .svg or .pdf"), path=path)
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
    rows: Sequence[Sequence[tuple[str, list[str], list[list[float]]]]],
    title: str = "",
) -> None:
    """Draw rows of panels, each panel (title, category labels, values per series) as grouped bars with one colour
    per series (series_names, in the first panel's legend); panels of a row share the row's height, each with its
    own scale (so figures of different units sit side by side)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fmt = chart_format(path)
    figure = Figure(figsize=(10, 2.9 * max(1, len(rows)) + 0.6), dpi=100)
    FigureCanvasAgg(figure)
    grid = figure.add_gridspec(max(1, len(rows)), max(len(row) for row in rows) if rows else 1)
    width = 0.8 / max(1, len(series_names))
    first = True
    for r, row in enumerate(rows):
        span = grid.ncols // len(row)
        for c, (panel_title, labels, values) in enumerate(row):
            axes = figure.add_subplot(grid[r, c * span:(c + 1) * span])
            positions = np.arange(len(labels))
            for k, name in enumerate(series_names):
                axes.bar(positions + (k - (len(series_names) - 1) / 2) * width, [v[k] for v in values], width,
                         label=name, color=f"C{k}")
            axes.set_xticks(positions)
            tilted = len(labels) > 5
            axes.set_xticklabels(labels, rotation=30 if tilted else 0, ha="right" if tilted else "center", fontsize=8)
            axes.set_title(panel_title, fontsize=10)
            axes.grid(True, axis="y", alpha=0.3)
            if first:
                handles, names = axes.get_legend_handles_labels()
                figure.legend(handles, names, loc="upper right", fontsize=8, ncol=len(series_names), frameon=False)
                first = False
    if title:
        figure.suptitle(title, x=0.02, ha="left")
    figure.tight_layout(rect=(0, 0, 1, 0.97))
    figure.savefig(path, format=fmt)
