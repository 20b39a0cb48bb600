"""Point pattern maths checked against brute-force pair loops written here and against known cases."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely import affinity
from shapely.geometry import Polygon, box

from brussels_creative.core.analysis import pattern

X0, Y0 = 145_000.0, 165_000.0


def _irregular_window() -> Polygon:
    """A wiggly disc of radius about 1.5 km with 400 vertices."""
    t = np.linspace(0, 2 * np.pi, 400, endpoint=False)
    rad = 1_500 + 60 * np.sin(7 * t) + 25 * np.sin(23 * t)
    return Polygon(np.column_stack([X0 + 1_600 + rad * np.cos(t), Y0 + 1_600 + rad * np.sin(t)]))


def _brute_k_translation(x: np.ndarray, y: np.ndarray, window: Polygon, radii: np.ndarray) -> np.ndarray:
    """K(r) = |W|²/(n(n-1)) Σ_{i≠j, d_ij ≤ r} 1/|W ∩ (W + (x_j - x_i))| with exact shapely overlaps."""
    n = x.size
    area = window.area
    k = np.zeros(radii.size)
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            dx, dy = x[j] - x[i], y[j] - y[i]
            d = math.hypot(dx, dy)
            if d > radii[-1]:
                continue
            overlap = window.intersection(affinity.translate(window, dx, dy)).area
            k[radii >= d] += 1.0 / overlap
    return area**2 / (n * (n - 1)) * k


def test_clark_evans_lattices_maths() -> None:
    s = 50.0
    i, j = np.meshgrid(np.arange(40), np.arange(40))
    # Triangular lattice: every point has six neighbours at distance s; each point owns s²·√3/2.
    x = X0 + (i + 0.5 * (j % 2)).ravel() * s
    y = Y0 + (j * math.sqrt(3) / 2).ravel() * s
    tri = pattern.clark_evans(x, y, x.size * s * s * math.sqrt(3) / 2, edge_correction=None)
    assert tri.r == pytest.approx(2.1491, abs=1e-4)
    assert tri.observed_mean == pytest.approx(s)
    assert tri.p < 1e-10
    sq = pattern.clark_evans(X0 + i.ravel() * s, Y0 + j.ravel() * s, 1_600 * s * s, edge_correction=None)
    assert sq.r == pytest.approx(2.0)


def test_clark_evans_formulas_maths() -> None:
    rng = np.random.default_rng(1)
    window = _irregular_window()
    x, y = pattern.KGrid(window, np.array([10.0]), 10.0).random_points(300, rng)
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    np.fill_diagonal(d, np.inf)
    observed = d.min(axis=1).mean()
    n, a, perim = x.size, window.area, window.length
    res = pattern.clark_evans(x, y, window)
    expected = 0.5 * math.sqrt(a / n) + (0.0514 + 0.041 / math.sqrt(n)) * perim / n
    se = math.sqrt(0.0703 * a / n**2 + 0.037 * perim * math.sqrt(a / n**5))
    assert res.observed_mean == pytest.approx(observed)
    assert res.r == pytest.approx(observed / expected)
    assert res.z == pytest.approx((observed - expected) / se)
    plain = pattern.clark_evans(x, y, a, edge_correction=None)
    assert plain.z == pytest.approx((observed - 0.5 * math.sqrt(a / n)) / (0.26136 * math.sqrt(a) / n))
    with pytest.raises(ValueError, match="perimeter"):
        pattern.clark_evans(x, y, a)


def test_clark_evans_csr_is_about_one_maths() -> None:
    rng = np.random.default_rng(2)
    window = _irregular_window()
    x, y = pattern.KGrid(window, np.array([10.0]), 10.0).random_points(3_000, rng)
    res = pattern.clark_evans(x, y, window)
    assert res.r == pytest.approx(1.0, abs=0.04)
    assert abs(res.z) < 3.5


def test_ripley_k_fft_equals_brute_force_rectangle_maths() -> None:
    # Points on pixel centres in a pixel-aligned rectangle: the binned estimator is then exact.
    p = 10.0
    window = box(X0, Y0, X0 + 400, Y0 + 300)
    rng = np.random.default_rng(3)
    cells = rng.choice(40 * 30, 120, replace=False)
    r, c = np.divmod(cells, 40)
    x = X0 + (c + 0.5) * p
    y = Y0 + 300 - (r + 0.5) * p
    x = np.concatenate([x, x[:5]])  # duplicates are distinct points at distance 0
    y = np.concatenate([y, y[:5]])
    radii = np.array([0.0, 15.5, 30.2, 55.0, 80.0, 121.0])
    k_fft = pattern.ripley_k_fft(x, y, window, radii, pixel_size=p)
    # Rectangle overlaps have a closed form; use it for a fast brute force.
    dx = x[None, :] - x[:, None]
    dy = y[None, :] - y[:, None]
    d = np.hypot(dx, dy)
    overlap = (400 - np.abs(dx)) * (300 - np.abs(dy))
    off = ~np.eye(x.size, dtype=bool)
    n = x.size
    expected = [(400 * 300) ** 2 / (n * (n - 1)) * np.sum((1 / overlap)[off & (d <= rr)]) for rr in radii]
    np.testing.assert_allclose(k_fft, expected, rtol=1e-9)


def test_ripley_k_fft_equals_brute_force_polygon_and_mask_maths() -> None:
    p = 20.0
    # A pixel-aligned L-shaped window, so the pixel mask is the polygon exactly.
    window = Polygon(
        [(X0, Y0), (X0 + 600, Y0), (X0 + 600, Y0 + 200), (X0 + 200, Y0 + 200), (X0 + 200, Y0 + 500), (X0, Y0 + 500)]
    )
    grid = pattern.KGrid(window, np.array([10.0]), p)
    centres_r, centres_c = np.nonzero(grid.mask)
    rng = np.random.default_rng(4)
    pick = rng.choice(centres_r.size, 70, replace=False)
    x = grid.left + (centres_c[pick] + 0.5) * p
    y = grid.top - (centres_r[pick] + 0.5) * p
    radii = np.array([25.0, 61.0, 100.0, 150.0])
    k_fft = pattern.ripley_k_fft(x, y, window, radii, pixel_size=p)
    np.testing.assert_allclose(k_fft, _brute_k_translation(x, y, window, radii), rtol=1e-9)
    mask_window = pattern.WindowMask(grid.mask, grid.left, grid.top, p)
    np.testing.assert_allclose(pattern.ripley_k_fft(x, y, mask_window, radii), k_fft, rtol=1e-12)


def test_ripley_k_fft_close_to_exact_off_pixel_centres_maths() -> None:
    # Arbitrary positions: the binned K is within the resolution error of the exact translation estimator.
    window = box(X0, Y0, X0 + 1_000, Y0 + 800)
    rng = np.random.default_rng(5)
    x = rng.uniform(X0, X0 + 1_000, 400)
    y = rng.uniform(Y0, Y0 + 800, 400)
    radii = np.array([50.0, 100.0, 200.0])
    k_fft = pattern.ripley_k_fft(x, y, window, radii, pixel_size=2.0)
    dx = x[None, :] - x[:, None]
    dy = y[None, :] - y[:, None]
    d = np.hypot(dx, dy)
    w = 1 / ((1_000 - np.abs(dx)) * (800 - np.abs(dy)))
    np.fill_diagonal(w, 0)
    exact = [(1_000 * 800) ** 2 / (400 * 399) * w[d <= r].sum() for r in radii]
    np.testing.assert_allclose(k_fft, exact, rtol=0.03)


def test_l_function_maths() -> None:
    radii = np.array([0.0, 10.0, 20.0])
    k = math.pi * radii**2
    np.testing.assert_allclose(pattern.l_function(k, radii), 0.0, atol=1e-12)
    np.testing.assert_allclose(pattern.l_function(k, radii, centred=False), radii)


def test_csr_inside_envelope_and_clustered_above_maths() -> None:
    window = _irregular_window()
    radii = np.arange(0.0, 601.0, 50.0)
    grid = pattern.KGrid(window, radii, 10.0)
    env = pattern.csr_envelope(grid, 800, radii, nsim=39, seed=11)
    assert (env.lo <= env.mean).all()
    assert (env.mean <= env.hi).all()
    assert np.abs(env.mean[1:]).max() < 10.0  # L(r) - r of CSR averages about 0 (m)
    x, y = grid.random_points(800, np.random.default_rng(12))
    lr = pattern.l_function(grid.k(x, y), radii)
    inside = (lr >= env.lo - 1e-9) & (lr <= env.hi + 1e-9)
    assert inside[1:].mean() >= 0.85
    # A clustered pattern: points around 10 centres, sd 60 m.
    rng = np.random.default_rng(13)
    centres_x, centres_y = grid.random_points(10, rng)
    pick = rng.integers(0, 10, 800)
    cx = centres_x[pick] + rng.normal(0, 60, 800)
    cy = centres_y[pick] + rng.normal(0, 60, 800)
    keep = shapely.contains_xy(window, cx, cy)
    env_c = pattern.csr_envelope(grid, int(keep.sum()), radii, nsim=39, seed=14)
    lc = pattern.l_function(pattern.ripley_k_fft(cx[keep], cy[keep], grid, radii), radii)
    assert (lc[1:7] > env_c.hi[1:7]).all()


def test_random_points_are_uniform_in_window_maths() -> None:
    window = _irregular_window()
    grid = pattern.KGrid(window, np.array([10.0]), 10.0)
    x, y = grid.random_points(20_000, np.random.default_rng(15))
    assert x.size == 20_000
    assert shapely.contains_xy(window, x, y).all()
    # Half the points fall in the western half of the window's area (a uniform sample), within 3 standard errors.
    west = shapely.intersection(window, box(*window.bounds[:2], window.centroid.x, window.bounds[3]))
    share = west.area / window.area
    observed = (x < window.centroid.x).mean()
    assert abs(observed - share) < 3 * math.sqrt(share * (1 - share) / 20_000)
    mask_grid = pattern.KGrid(pattern.WindowMask(grid.mask, grid.left, grid.top, 10.0), np.array([10.0]), 10.0)
    mx, my = mask_grid.random_points(1_000, np.random.default_rng(16))
    c = np.floor((mx - grid.left) / 10.0).astype(int)
    r = np.floor((grid.top - my) / 10.0).astype(int)
    assert grid.mask[r, c].all()
