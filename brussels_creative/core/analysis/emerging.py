"""Emerging hot spots: Gi* classes per period on a fixed grid, a Mann–Kendall trend per cell, and the classes users
know from space–time pattern mining (new, consecutive, intensifying, persistent, diminishing, sporadic,
oscillating, historical hot or cold spots).

The rules, for hot spots (cold spots mirror them), with "hot" meaning a significant Gi* hot spot (90 % or more)
in a period and the trend the Mann–Kendall test of the cell's Gi* z-scores over the periods (two-sided, ``alpha``):
- the final period is hot and at least 90 % of the periods are hot: intensifying (significant upward trend),
  diminishing (significant downward trend) or persistent (no significant trend);
- the final period is hot, less than 90 % are hot:
  new (hot only in the final period), consecutive (one uninterrupted run of two or more hot periods at the end and
  never hot before it), oscillating (cold in some earlier period), else sporadic (hot on and off, never cold);
- the final period is not hot but at least 90 % are: historical;
- anything else: no pattern.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
from scipy.special import ndtr

NO_PATTERN = "no pattern"
PATTERNS = ("new", "consecutive", "intensifying", "persistent", "diminishing", "sporadic", "oscillating",
            "historical")  # fmt: skip
SHARE = 0.9


def mann_kendall(series: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mann–Kendall trend test along the last axis of a (cells, periods) array: S, Z and two-sided p per cell.

    The variance is corrected for ties; Z carries the continuity correction (S − 1 or S + 1). Cells with a nan in
    their series, or fewer than three periods, get nan.
    """
    x = np.asarray(series, dtype=np.float64)
    if x.ndim == 1:
        x = x[None, :]
    cells, n = x.shape
    s = np.zeros(cells)
    for i in range(n - 1):
        s += np.sign(x[:, i + 1 :] - x[:, i : i + 1]).sum(axis=1)
    var = np.full(cells, n * (n - 1) * (2 * n + 5) / 18.0)
    ordered = np.sort(x, axis=1)
    # ties: for each run of equal values of length t, subtract t(t-1)(2t+5)/18
    starts = np.ones((cells, n), dtype=bool)
    starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    run_id = np.cumsum(starts, axis=1) - 1
    for row in np.flatnonzero(~starts.all(axis=1)):
        t = np.bincount(run_id[row])
        t = t[t > 1]
        var[row] -= float(np.sum(t * (t - 1) * (2 * t + 5))) / 18.0
    z = np.where(s > 0, (s - 1) / np.sqrt(np.where(var > 0, var, np.nan)), 0.0)
    z = np.where(s < 0, (s + 1) / np.sqrt(np.where(var > 0, var, np.nan)), z)
    z = np.where(var > 0, z, 0.0)
    p = 2.0 * ndtr(-np.abs(z))
    bad = np.isnan(x).any(axis=1) | (n < 3)
    s[bad], z[bad], p[bad] = np.nan, np.nan, np.nan
    return s, z, p


def classify_emerging(
    bins: np.ndarray, z: np.ndarray, alpha: float = 0.05, trend: tuple[np.ndarray, np.ndarray] | None = None
) -> np.ndarray:
    """Class labels ("new hot spot", …, "no pattern") per cell from its Gi* bins (cells, periods: +1..+3 hot,
    −1..−3 cold, 0 not significant) and its Gi* z-scores over the periods (for the trend, unless ``trend`` gives
    the Mann–Kendall Z and p already)."""
    b = np.sign(np.asarray(bins, dtype=np.int64))
    cells, n = b.shape
    trend_z, trend_p = trend if trend is not None else mann_kendall(z)[1:]
    labels = np.full(cells, NO_PATTERN, dtype=object)
    for sign, word in ((1, "hot"), (-1, "cold")):
        hot = b == sign
        opposite = b == -sign
        final = hot[:, -1]
        share = hot.mean(axis=1)
        mostly = share >= SHARE - 1e-12
        earlier = hot[:, :-1].any(axis=1)
        # length of the run of hot periods that ends in the final period
        run = np.zeros(cells, dtype=np.int64)
        still = np.ones(cells, dtype=bool)
        for k in range(n - 1, -1, -1):
            still &= hot[:, k]
            run += still
        before_run = np.array([hot[c, : n - run[c]].any() for c in range(cells)]) if cells else np.zeros(0, bool)
        rising = (trend_p <= alpha) & (trend_z * sign > 0)
        falling = (trend_p <= alpha) & (trend_z * sign < 0)
        rules = [
            (final & mostly & rising, "intensifying"),
            (final & mostly & falling, "diminishing"),
            (final & mostly, "persistent"),
            (final & ~mostly & ~earlier, "new"),
            (final & ~mostly & (run >= 2) & ~before_run, "consecutive"),
            (final & ~mostly & opposite[:, :-1].any(axis=1), "oscillating"),
            (final & ~mostly, "sporadic"),
            (~final & mostly, "historical"),
        ]
        free = labels == NO_PATTERN
        for mask, pattern in rules:
            chosen = free & mask
            labels[chosen] = f"{pattern} {word} spot"
            free &= ~chosen
    return labels


class EmergingGrid(NamedTuple):
    """Square cells of the region (lower-left corners x0 + col·size, y0 + row·size) with their per-period counts,
    Gi* z-scores and classes, their trend and their pattern."""

    x0: float
    y0: float
    cell_size: float
    cols: np.ndarray
    rows: np.ndarray
    counts: np.ndarray  # (cells, periods)
    z: np.ndarray  # (cells, periods)
    bins: np.ndarray  # (cells, periods): +3..-3
    trend_z: np.ndarray
    trend_p: np.ndarray
    labels: np.ndarray


def emerging_hotspots(
    points: list[tuple[np.ndarray, np.ndarray]],
    region,
    cell_size: float,
    distance: float,
    fdr: bool = True,
    is_canceled: Callable[[], bool] = lambda: False,
) -> EmergingGrid:
    """Gi* per period on one fixed grid of squares (aligned on the origin, cells whose centre lies in ``region``,
    a shapely geometry), a Mann–Kendall trend per cell and its pattern. ``points``: (x, y) arrays per period."""
    import shapely

    from .hotspots import classify_bins, gistar_grid

    if cell_size <= 0 or distance <= 0:
        raise ValueError("cell size and distance must be positive")
    minx, miny, maxx, maxy = shapely.bounds(region)
    x0, y0 = math.floor(minx / cell_size) * cell_size, math.floor(miny / cell_size) * cell_size
    ncols, nrows = math.ceil((maxx - x0) / cell_size), math.ceil((maxy - y0) / cell_size)
    rows2d, cols2d = np.mgrid[0:nrows, 0:ncols]
    mask = shapely.contains_xy(region, x0 + (cols2d + 0.5) * cell_size, y0 + (rows2d + 0.5) * cell_size)
    periods = len(points)
    counts = np.zeros((int(mask.sum()), periods))
    z = np.full(counts.shape, np.nan)
    bins = np.zeros(counts.shape, dtype=np.int8)
    for k, (x, y) in enumerate(points):
        if is_canceled():
            break
        col = np.floor((np.asarray(x) - x0) / cell_size).astype(np.int64)
        row = np.floor((np.asarray(y) - y0) / cell_size).astype(np.int64)
        inside = (col >= 0) & (col < ncols) & (row >= 0) & (row < nrows)
        grid = np.bincount(row[inside] * ncols + col[inside], minlength=nrows * ncols).reshape(nrows, ncols)
        counts[:, k] = grid[mask]
        if counts[:, k].std() > 0:
            z2, p2 = gistar_grid(grid, distance / cell_size, mask)
            z[:, k] = z2[mask]
            bins[:, k] = classify_bins(z2[mask], p2[mask], fdr)
    trend_z, trend_p = mann_kendall(np.nan_to_num(z))[1:]
    labels = classify_emerging(bins, z, trend=(trend_z, trend_p))
    return EmergingGrid(x0, y0, float(cell_size), cols2d[mask], rows2d[mask], counts, z, bins, trend_z, trend_p,
                        labels)
