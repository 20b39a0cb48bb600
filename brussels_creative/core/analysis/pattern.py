"""Point pattern statistics: Clark–Evans ratio, Ripley's K by FFT, Besag's L and CSR simulation envelopes.

Coordinates are planar metres (EPSG:31370); areas in m². Formulas:

* Clark & Evans (1954): R = r̄_obs / r̄_exp with r̄_obs the mean nearest-neighbour distance, r̄_exp = 0.5·√(A/n) and
  standard error 0.26136·√A / n; z = (r̄_obs − r̄_exp) / SE, p two-sided. R < 1 clustered, R ≈ 1 random, R > 1
  regular (≈ 2.149 for a triangular lattice, 2 for a square one). Donnelly's (1978) edge correction, for a window
  of area A and perimeter P: r̄_exp = 0.5·√(A/n) + (0.0514 + 0.041/√n)·P/n and
  Var = 0.0703·A/n² + 0.037·P·√(A/n⁵).
* Ripley's K with translation edge correction (Ohser & Stoyan), computed as spatstat's ``Kest.fft``: the points are
  binned on a pixel grid covering the window, the pair counts at every lag h come from the FFT autocorrelation of
  that grid and the edge weight |W ∩ (W + h)| from the autocorrelation of the window's own pixel mask:
  K(r) = |W|² / (n(n−1)) · Σ_{h ≠ self, |h| ≤ r} pairs(h) / |W ∩ (W + h)|.
  Positions are rounded to pixel centres, so each pair distance is off by at most one pixel diagonal: use pixels
  well below the smallest radius of interest. The window's FFT is computed once and reused (``KGrid``).
* L(r) = √(K(r)/π); under complete spatial randomness L(r) − r ≈ 0. ``csr_envelope`` returns the pointwise
  minimum and maximum of L(r) − r over ``nsim`` patterns of n uniform points in the window (a pointwise test at
  α = 2/(nsim+1), e.g. 2 % for 99 simulations).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import shapely
from scipy import fft as sfft
from scipy.spatial import cKDTree
from scipy.special import ndtr

from ..errors import BrusselsCreativeError

CE_SE_FACTOR = 0.26136


class ClarkEvans(NamedTuple):
    """Clark–Evans aggregation index R with its z-score and two-sided p-value."""

    r: float
    z: float
    p: float
    observed_mean: float  # mean nearest-neighbour distance (m)
    expected_mean: float  # expected under CSR (m), edge-corrected when asked


def clark_evans(
    x: np.ndarray,
    y: np.ndarray,
    area: float | shapely.Geometry,
    perimeter: float | None = None,
    edge_correction: str | None = "donnelly",
) -> ClarkEvans:
    """Clark–Evans R, z and two-sided p; area in m² or a window polygon (whose perimeter Donnelly's correction uses)."""
    xy = np.column_stack([np.asarray(x, dtype=np.float64).ravel(), np.asarray(y, dtype=np.float64).ravel()])
    n = xy.shape[0]
    if n < 2:
        raise ValueError("Clark–Evans needs at least two points")
    if isinstance(area, shapely.Geometry):
        perimeter = float(area.length) if perimeter is None else perimeter
        a = float(area.area)
    else:
        a = float(area)
    if not a > 0:
        raise ValueError("area must be positive")
    dist, _ = cKDTree(xy).query(xy, k=2)
    observed = float(dist[:, 1].mean())
    if edge_correction is None:
        expected = 0.5 * math.sqrt(a / n)
        se = CE_SE_FACTOR * math.sqrt(a) / n
    elif edge_correction == "donnelly":
        if perimeter is None:
            raise ValueError("Donnelly's correction needs the window's perimeter")
        expected = 0.5 * math.sqrt(a / n) + (0.0514 + 0.041 / math.sqrt(n)) * perimeter / n
        se = math.sqrt(0.0703 * a / n**2 + 0.037 * perimeter * math.sqrt(a / n**5))
    else:
        raise ValueError("edge_correction must be 'donnelly' or None")
    z = (observed - expected) / se
    return ClarkEvans(observed / expected, z, float(2.0 * ndtr(-abs(z))), observed, expected)


class WindowMask(NamedTuple):
    """A window given as a north-up boolean pixel mask whose north-west corner is (left, top)."""

    mask: np.ndarray
    left: float
    top: float
    pixel_size: float


class KGrid:
    """A pixel grid over a window, with the window's FFT autocorrelation, to compute K(r) for many patterns."""

    def __init__(self, window: shapely.Geometry | WindowMask, radii: np.ndarray, pixel_size: float) -> None:
        """Rasterise the window (pixel centres inside), and prepare the lag weights up to the largest radius."""
        self.radii = np.asarray(radii, dtype=np.float64).ravel()
        if self.radii.size == 0 or np.any(np.diff(self.radii) <= 0) or self.radii[0] < 0:
            raise ValueError("radii must be non-negative and strictly increasing")
        p = float(pixel_size)
        if not p > 0:
            raise ValueError("pixel_size must be positive")
        self.pixel_size = p
        self.polygon: shapely.Geometry | None = None
        if isinstance(window, WindowMask):
            if not math.isclose(window.pixel_size, p):
                raise ValueError("the window mask's pixel size differs from pixel_size")
            mask = np.asarray(window.mask, dtype=bool)
            self.left, self.top = float(window.left), float(window.top)
        else:
            if window.is_empty or window.area <= 0:
                raise ValueError("the window has no area")
            self.polygon = window
            shapely.prepare(window)
            xmin, ymin, xmax, ymax = window.bounds
            ncols = max(1, math.ceil((xmax - xmin) / p))
            nrows = max(1, math.ceil((ymax - ymin) / p))
            self.left, self.top = float(xmin), float(ymax)
            cx = self.left + (np.arange(ncols) + 0.5) * p
            cy = self.top - (np.arange(nrows) + 0.5) * p
            mask = shapely.contains_xy(window, cx[None, :], cy[:, None])
        if not mask.any():
            raise ValueError("the window covers no pixel centre: use smaller pixels")
        self.mask = mask
        self.nrows, self.ncols = mask.shape
        self.area = float(mask.sum()) * p * p  # |W| as the mask sees it, consistent with the edge weights
        lag = math.ceil(self.radii[-1] / p)
        self.shape_fft = (
            sfft.next_fast_len(self.nrows + lag, real=True),
            sfft.next_fast_len(self.ncols + lag, real=True),
        )
        # Lags (di, dj) within the largest radius, their distances and flat positions in the circular correlation.
        off = np.arange(-lag, lag + 1)
        di, dj = np.meshgrid(off, off, indexing="ij")
        dist = p * np.hypot(di, dj).ravel()
        keep = dist <= self.radii[-1]
        di, dj, dist = di.ravel()[keep], dj.ravel()[keep], dist[keep]
        ny, nx = self.shape_fft
        flat = (di % ny) * nx + (dj % nx)
        overlap = np.rint(self._autocorrelation(mask.astype(np.float64)).ravel()[flat]) * p * p  # |W ∩ (W+h)|, m²
        usable = overlap > 0.5 * p * p
        self._flat = flat[usable]
        self._inv_overlap = 1.0 / overlap[usable]
        self._bin = np.searchsorted(self.radii, dist[usable], side="left")  # lag counts for every r ≥ its distance
        self._zero = int(np.flatnonzero((di[usable] == 0) & (dj[usable] == 0))[0])

    def _autocorrelation(self, grid: np.ndarray) -> np.ndarray:
        f = sfft.rfft2(grid, s=self.shape_fft, workers=-1)
        return sfft.irfft2(f.real**2 + f.imag**2, s=self.shape_fft, workers=-1)

    def bin_points(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Point counts per pixel of the grid (points outside the grid's bounding box are left out)."""
        xa = np.asarray(x, dtype=np.float64).ravel()
        ya = np.asarray(y, dtype=np.float64).ravel()
        c = np.floor((xa - self.left) / self.pixel_size).astype(np.int64)
        r = np.floor((self.top - ya) / self.pixel_size).astype(np.int64)
        ok = (c >= 0) & (c < self.ncols) & (r >= 0) & (r < self.nrows)
        counts = np.bincount(r[ok] * self.ncols + c[ok], minlength=self.nrows * self.ncols)
        return counts.reshape(self.nrows, self.ncols).astype(np.float64)

    def k_from_counts(self, counts: np.ndarray) -> np.ndarray:
        """K(r) (m²) at the grid's radii from a per-pixel count grid."""
        n = float(counts.sum())
        if n < 2:
            return np.full(self.radii.size, np.nan)
        pairs = np.rint(self._autocorrelation(counts).ravel()[self._flat])  # ordered pairs per lag (integers)
        pairs[self._zero] -= n  # a point is not its own pair
        per_bin = np.bincount(self._bin, weights=pairs * self._inv_overlap, minlength=self.radii.size + 1)
        return self.area**2 / (n * (n - 1.0)) * np.cumsum(per_bin[: self.radii.size])

    def k(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """K(r) (m²) of a point pattern at the grid's radii."""
        return self.k_from_counts(self.bin_points(x, y))

    def random_points(self, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        """n uniform random points in the window (rejection on the bounding box for a polygon, exact)."""
        if self.polygon is None:
            cells = np.flatnonzero(self.mask.ravel())
            pick = cells[rng.integers(0, cells.size, n)]
            r, c = np.divmod(pick, self.ncols)
            x = self.left + (c + rng.random(n)) * self.pixel_size
            y = self.top - (r + rng.random(n)) * self.pixel_size
            return x, y
        xmin, ymin, xmax, ymax = self.polygon.bounds
        accept = self.polygon.area / ((xmax - xmin) * (ymax - ymin))
        xs: list[np.ndarray] = []
        ys: list[np.ndarray] = []
        have = 0
        while have < n:
            m = int((n - have) / accept * 1.05) + 64
            x = rng.uniform(xmin, xmax, m)
            y = rng.uniform(ymin, ymax, m)
            inside = shapely.contains_xy(self.polygon, x, y)
            xs.append(x[inside])
            ys.append(y[inside])
            have += int(inside.sum())
        return np.concatenate(xs)[:n], np.concatenate(ys)[:n]


def default_pixel_size(window: shapely.Geometry, radii: np.ndarray) -> float:
    """A pixel size fine enough for the radii (≤ r_max/150) yet keeping the grid to about four million pixels."""
    xmin, ymin, xmax, ymax = window.bounds
    return max(float(np.max(radii)) / 150.0, math.sqrt((xmax - xmin) * (ymax - ymin) / 4e6))


def ripley_k_fft(
    x: np.ndarray,
    y: np.ndarray,
    window: shapely.Geometry | WindowMask | KGrid,
    radii: np.ndarray,
    pixel_size: float | None = None,
) -> np.ndarray:
    """Ripley's K(r) in m², translation-corrected, by FFT autocorrelation of the binned points (see module doc)."""
    grid = _as_kgrid(window, radii, pixel_size)
    return grid.k(x, y)


def l_function(k: np.ndarray, radii: np.ndarray, centred: bool = True) -> np.ndarray:
    """Besag's L(r) = √(K(r)/π) in metres, minus r when centred (0 under complete spatial randomness)."""
    lr = np.sqrt(np.clip(np.asarray(k, dtype=np.float64), 0.0, None) / math.pi)
    return lr - np.asarray(radii, dtype=np.float64) if centred else lr


class Envelope(NamedTuple):
    """Pointwise CSR envelope of L(r) − r (m) at the radii, with the simulations' mean."""

    radii: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    mean: np.ndarray


def _as_kgrid(window: shapely.Geometry | WindowMask | KGrid, radii: np.ndarray, pixel_size: float | None) -> KGrid:
    if isinstance(window, KGrid):
        if not np.array_equal(window.radii, np.asarray(radii, dtype=np.float64).ravel()):
            raise ValueError("the KGrid was prepared for other radii")
        return window
    if pixel_size is None:
        pixel_size = window.pixel_size if isinstance(window, WindowMask) else default_pixel_size(window, radii)
    return KGrid(window, radii, pixel_size)


def csr_envelope(
    window: shapely.Geometry | WindowMask | KGrid,
    n: int,
    radii: np.ndarray,
    nsim: int = 99,
    seed: int | None = None,
    pixel_size: float | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> Envelope:
    """Min/max of L(r) − r over nsim patterns of n uniform points in the window (the window's FFT is reused).

    ``progress`` receives the percentage done after each simulation; when ``is_canceled()`` turns true the loop
    stops before the next simulation and a BrusselsCreativeError is raised.
    """
    if n < 2:
        raise ValueError("n must be at least 2")
    if nsim < 1:
        raise ValueError("nsim must be at least 1")
    grid = _as_kgrid(window, radii, pixel_size)
    rng = np.random.default_rng(seed)
    sims = np.empty((nsim, grid.radii.size))
    for s in range(nsim):
        if is_canceled is not None and is_canceled():
            raise BrusselsCreativeError(f"CSR envelope cancelled after {s} of {nsim} simulations")
        sx, sy = grid.random_points(n, rng)
        sims[s] = l_function(grid.k(sx, sy), grid.radii)
        if progress is not None:
            progress(100.0 * (s + 1) / nsim)
    return Envelope(grid.radii, sims.min(axis=0), sims.max(axis=0), sims.mean(axis=0))
