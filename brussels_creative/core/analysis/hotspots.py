"""Hot spot maths: Getis-Ord Gi* z-scores, false discovery rate and the usual hot/cold spot classes.

Gi* (Getis & Ord 1992, Ord & Getis 1995) for observation i with weights w_ij (self included, w_ii > 0)::

    z_i = (Σ_j w_ij·y_j − ȳ·W_i) / (S · √((n·Σ_j w_ij² − W_i²) / (n − 1)))

with W_i = Σ_j w_ij, ȳ the mean and S = √(mean(y²) − ȳ²) the population standard deviation of all n values.
For binary weights this is exactly PySAL esda ``G_Local(star=True, transform="B")``'s analytic ``Zs``. p-values are
two-sided from the normal approximation, p = 2·(1 − Φ(|z|)); note that esda's ``p_norm`` is the one-sided
``1 − Φ(|z|)``, half of ours. Where z is undefined (all values equal, or an observation whose neighbourhood is the
whole study area) z is 0 and p is 1.

On a regular grid of counts the distance band is a disk of cells, so the neighbour sums are a convolution of the
grid with the disk (``gistar_grid``): cells near the edges simply have fewer neighbours, exactly as the weights
formula counts them. Units: radii in cells for grids, distances in metres for points (EPSG:31370).
"""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse
from scipy.signal import fftconvolve
from scipy.spatial import cKDTree
from scipy.special import ndtr

LEVELS: tuple[tuple[float, str], ...] = ((0.01, "99%"), (0.05, "95%"), (0.10, "90%"))
NOT_SIGNIFICANT = "not significant"


def _two_sided_p(z: np.ndarray) -> np.ndarray:
    p = 2.0 * ndtr(-np.abs(z))
    return np.where(np.isnan(z), np.nan, np.minimum(p, 1.0))


def _gistar_from_sums(
    values: np.ndarray, lag: np.ndarray, w_sum: np.ndarray, w_sq_sum: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray]:
    mean = values.sum() / n
    s = math.sqrt(max(float((values * values).sum() / n - mean * mean), 0.0))
    denom_sq = (n * w_sq_sum - w_sum * w_sum) / (n - 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (lag - mean * w_sum) / (s * np.sqrt(denom_sq))
    undefined = ~np.isfinite(z) | (denom_sq <= 0) | (s <= 0)
    z = np.where(undefined, 0.0, z)
    return z, _two_sided_p(z)


def gistar_from_weights(
    values: np.ndarray, neighbours: sparse.spmatrix, add_self: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Gi* z-scores and two-sided normal p-values for a sparse weights matrix (self set to 1 when add_self)."""
    y = np.asarray(values, dtype=np.float64).ravel()
    n = y.size
    w = sparse.csr_matrix(neighbours, dtype=np.float64)
    if w.shape != (n, n):
        raise ValueError(f"weights are {w.shape[0]}×{w.shape[1]} for {n} values")
    if n < 2:
        raise ValueError("Gi* needs at least two observations")
    if add_self:
        diag = w.diagonal()
        missing = diag == 0
        if missing.any():
            w = (w + sparse.diags(missing.astype(np.float64))).tocsr()
    lag = w @ y
    w_sum = np.asarray(w.sum(axis=1)).ravel()
    w_sq_sum = np.asarray(w.multiply(w).sum(axis=1)).ravel()
    return _gistar_from_sums(y, lag, w_sum, w_sq_sum, n)


def disk_offsets(radius_cells: float) -> np.ndarray:
    """Boolean disk mask of the cells whose centres are within radius_cells of the central cell's centre."""
    if radius_cells < 0:
        raise ValueError("radius must not be negative")
    r = math.floor(radius_cells)
    off = np.arange(-r, r + 1)
    d2 = off[None, :] ** 2 + off[:, None] ** 2
    return d2 <= radius_cells * radius_cells + 1e-9


def max_useful_radius(shape: tuple[int, int]) -> float:
    """A radius (in cells) past every centre of a grid of this shape: any larger band holds the same neighbours."""
    return math.hypot(*shape)


def _disk_sum(a: np.ndarray, disk: np.ndarray, integral: bool) -> np.ndarray:
    out = fftconvolve(a, disk.astype(np.float64), mode="same")
    return np.rint(out) if integral else out


def gistar_grid(
    counts2d: np.ndarray, radius_cells: float, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Gi* over a regular grid with a disk distance band (radius in cells, self included); returns z, p as 2-D.

    Every cell (or every cell where ``mask`` is true) is an observation; a cell's neighbours are the observed cells
    whose centres lie within ``radius_cells`` of its centre. Cells outside the mask get nan.
    """
    y = np.asarray(counts2d, dtype=np.float64)
    if y.ndim != 2:
        raise ValueError("counts2d must be 2-D")
    m = np.ones(y.shape, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    if m.shape != y.shape:
        raise ValueError("mask and counts differ in shape")
    n = int(m.sum())
    if n < 2:
        raise ValueError("Gi* needs at least two observations")
    disk = disk_offsets(min(radius_cells, max_useful_radius(y.shape)))
    ym = np.where(m, y, 0.0)
    integral = bool(np.all(ym == np.rint(ym)))
    lag = _disk_sum(ym, disk, integral)
    w_sum = _disk_sum(m.astype(np.float64), disk, True)  # binary weights: Σw² = Σw
    z, p = _gistar_from_sums(ym[m], lag[m], w_sum[m], w_sum[m], n)
    z_out = np.full(y.shape, np.nan)
    p_out = np.full(y.shape, np.nan)
    z_out[m] = z
    p_out[m] = p
    return z_out, p_out


def grid_neighbours(mask: np.ndarray, radius_cells: float) -> np.ndarray:
    """For each observed cell of a grid (mask true), how many observed cells lie in its disk band, itself included
    (as gistar_grid counts them), in the mask's row-major order."""
    observed = np.asarray(mask, dtype=bool)
    disk = disk_offsets(min(radius_cells, max_useful_radius(observed.shape)))
    return _disk_sum(observed.astype(np.float64), disk, True)[observed]


def distance_band_weights(x: np.ndarray, y: np.ndarray, distance: float) -> sparse.csr_matrix:
    """Binary weights (CSR, self included) linking points at most distance metres apart."""
    xy = np.column_stack([np.asarray(x, dtype=np.float64).ravel(), np.asarray(y, dtype=np.float64).ravel()])
    n = xy.shape[0]
    pairs = cKDTree(xy).query_pairs(distance, output_type="ndarray")
    idx = np.arange(n)
    rows = np.concatenate([pairs[:, 0], pairs[:, 1], idx])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0], idx])
    data = np.ones(rows.size, dtype=np.float64)
    return sparse.csr_matrix((data, (rows, cols)), shape=(n, n))


def knn_weights(x: np.ndarray, y: np.ndarray, k: int) -> sparse.csr_matrix:
    """Binary weights (CSR, self included) linking each point to its k nearest other points (ties: arbitrary)."""
    xy = np.column_stack([np.asarray(x, dtype=np.float64).ravel(), np.asarray(y, dtype=np.float64).ravel()])
    n = xy.shape[0]
    if not 1 <= k < n:
        raise ValueError(f"k must be between 1 and n-1 ({n - 1})")
    _, nb = cKDTree(xy).query(xy, k=k + 1)
    own = np.arange(n)
    has_self = (nb == own[:, None]).any(axis=1)
    nb[~has_self, -1] = own[~has_self]  # duplicates can push a point out of its own list: put it back
    rows = np.repeat(own, k + 1)
    data = np.ones(rows.size, dtype=np.float64)
    return sparse.csr_matrix((data, (rows, nb.ravel())), shape=(n, n))


def fdr_bh(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (q-values); nan stays nan and is not counted in the tests."""
    pa = np.asarray(p, dtype=np.float64)
    flat = pa.ravel()
    out = np.full(flat.shape, np.nan)
    ok = ~np.isnan(flat)
    m = int(ok.sum())
    if m == 0:
        return out.reshape(pa.shape)
    vals = flat[ok]
    order = np.argsort(vals, kind="mergesort")
    ranked = vals[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(adjusted, 1.0)
    out[ok] = q
    return out.reshape(pa.shape)


def classify_bins(z: np.ndarray, p: np.ndarray, fdr: bool = True) -> np.ndarray:
    """Gi_Bin-style classes: +3/+2/+1 hot spot at 99/95/90 %, −3/−2/−1 cold spot, 0 not significant (int8)."""
    za = np.asarray(z, dtype=np.float64)
    pa = fdr_bh(p) if fdr else np.asarray(p, dtype=np.float64)
    level = np.zeros(za.shape, dtype=np.int8)
    for code, (alpha, _) in zip((3, 2, 1), LEVELS, strict=True):
        level = np.where((level == 0) & (pa <= alpha), code, level).astype(np.int8)
    return (level * np.sign(np.nan_to_num(za))).astype(np.int8)


def classify(z: np.ndarray, p: np.ndarray, fdr: bool = True) -> np.ndarray:
    """Labels "hot spot 99%" … "cold spot 90%" / "not significant" from z and two-sided p (BH-adjusted if fdr)."""
    labels = np.array(
        [
            f"cold spot {LEVELS[0][1]}",
            f"cold spot {LEVELS[1][1]}",
            f"cold spot {LEVELS[2][1]}",
            NOT_SIGNIFICANT,
            f"hot spot {LEVELS[2][1]}",
            f"hot spot {LEVELS[1][1]}",
            f"hot spot {LEVELS[0][1]}",
        ],
        dtype=object,
    )
    return labels[classify_bins(z, p, fdr).astype(np.int64) + 3]
