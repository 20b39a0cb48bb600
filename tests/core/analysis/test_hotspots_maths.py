"""Gi* maths checked against PySAL esda (analytic Zs) and against loops written here."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy import sparse, stats

from brussels_creative.core.analysis import hotspots

esda = pytest.importorskip("esda")
libpysal = pytest.importorskip("libpysal")


def _esda_gistar(values: np.ndarray, w) -> tuple[np.ndarray, np.ndarray]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = esda.G_Local(values, w, transform="B", star=True, permutations=0)
    return g.Zs, g.p_norm


def _points(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return 150_000 + rng.uniform(0, 3_000, n), 170_000 + rng.uniform(0, 3_000, n)


def test_gistar_equals_esda_distance_band_maths() -> None:
    x, y = _points(400, 1)
    values = np.random.default_rng(2).poisson(3, 400).astype(float)
    w_esda = libpysal.weights.DistanceBand(np.column_stack([x, y]), threshold=400, binary=True, silence_warnings=True)
    z_ref, p_ref = _esda_gistar(values, w_esda)
    z, p = hotspots.gistar_from_weights(values, hotspots.distance_band_weights(x, y, 400))
    np.testing.assert_allclose(z, z_ref, rtol=0, atol=1e-9)
    np.testing.assert_allclose(p, 2 * p_ref, rtol=0, atol=1e-12)  # esda's p_norm is one-sided


def test_gistar_equals_esda_knn_maths() -> None:
    x, y = _points(300, 3)
    values = np.random.default_rng(4).gamma(2.0, 3.0, 300)
    w_esda = libpysal.weights.KNN(np.column_stack([x, y]), k=6)
    z_ref, _ = _esda_gistar(values, w_esda)
    w = hotspots.knn_weights(x, y, 6)
    z, _ = hotspots.gistar_from_weights(values, w)
    np.testing.assert_allclose(z, z_ref, rtol=0, atol=1e-9)


def test_gistar_general_formula_loop_maths() -> None:
    # Non-binary weights against the Getis-Ord formula written out per observation.
    rng = np.random.default_rng(5)
    n = 60
    values = rng.normal(10, 3, n)
    dense = np.where(rng.random((n, n)) < 0.1, rng.uniform(0.2, 2.0, (n, n)), 0.0)
    np.fill_diagonal(dense, 1.0)
    z, p = hotspots.gistar_from_weights(values, sparse.csr_matrix(dense))
    mean = values.mean()
    s = np.sqrt((values**2).mean() - mean**2)
    for i in range(n):
        wi = dense[i]
        num = (wi * values).sum() - mean * wi.sum()
        den = s * np.sqrt((n * (wi**2).sum() - wi.sum() ** 2) / (n - 1))
        assert z[i] == pytest.approx(num / den, rel=1e-12)
        assert p[i] == pytest.approx(2 * stats.norm.sf(abs(num / den)), rel=1e-9)


def test_gistar_adds_missing_self_weight_maths() -> None:
    x, y = _points(100, 6)
    values = np.random.default_rng(7).random(100)
    w = hotspots.distance_band_weights(x, y, 500)
    no_self = w - w.multiply(np.eye(100))
    z_added, _ = hotspots.gistar_from_weights(values, no_self)
    z_given, _ = hotspots.gistar_from_weights(values, w)
    np.testing.assert_allclose(z_added, z_given)


@pytest.mark.parametrize("radius", [1.0, 1.5, 2.5, 4.0])
def test_gistar_grid_equals_weights_on_same_grid_maths(radius: float) -> None:
    rng = np.random.default_rng(8)
    counts = rng.poisson(2.0, (23, 31)).astype(float)
    counts[5:9, 10:14] += 7
    z_grid, p_grid = hotspots.gistar_grid(counts, radius)
    cell = 200.0
    rows, cols = np.indices(counts.shape)
    x = cols.ravel() * cell
    y = -rows.ravel() * cell
    w = hotspots.distance_band_weights(x, y, radius * cell)
    z_w, p_w = hotspots.gistar_from_weights(counts.ravel(), w)
    np.testing.assert_allclose(z_grid.ravel(), z_w, rtol=0, atol=1e-9)
    np.testing.assert_allclose(p_grid.ravel(), p_w, rtol=0, atol=1e-9)
    w_esda = libpysal.weights.DistanceBand(
        np.column_stack([x, y]), threshold=radius * cell, binary=True, silence_warnings=True
    )
    z_ref, _ = _esda_gistar(counts.ravel(), w_esda)
    np.testing.assert_allclose(z_grid.ravel(), z_ref, rtol=0, atol=1e-9)


def test_gistar_grid_band_wider_than_the_grid_is_every_cell_maths() -> None:
    """A distance band of 10⁹ cells (it asked for terabytes before) gives what a band reaching the farthest cell
    gives, which a weights loop confirms."""
    rng = np.random.default_rng(4)
    counts = rng.poisson(2.0, (9, 13)).astype(float)
    mask = np.ones(counts.shape, dtype=bool)
    mask[0, :4] = False
    farthest = float(np.hypot(8, 12))
    z_huge, p_huge = hotspots.gistar_grid(counts, 1e9, mask)
    z_far, p_far = hotspots.gistar_grid(counts, farthest, mask)
    np.testing.assert_array_equal(z_huge, z_far)
    np.testing.assert_array_equal(p_huge, p_far)
    rows, cols = np.indices(counts.shape)
    w = hotspots.distance_band_weights(cols[mask] * 1.0, -rows[mask] * 1.0, farthest + 1e-6)
    assert w.nnz == mask.sum() ** 2  # every observed cell is everyone's neighbour
    z_w, _ = hotspots.gistar_from_weights(counts[mask], w)
    np.testing.assert_allclose(z_huge[mask], z_w, rtol=0, atol=1e-9)


def test_gistar_grid_with_mask_maths() -> None:
    rng = np.random.default_rng(9)
    counts = rng.poisson(1.5, (20, 20)).astype(float)
    rr, cc = np.indices(counts.shape)
    mask = (rr - 9.5) ** 2 + (cc - 9.5) ** 2 <= 81
    z_grid, _ = hotspots.gistar_grid(counts, 2.0, mask=mask)
    assert np.isnan(z_grid[~mask]).all()
    x = cc[mask] * 100.0
    y = -rr[mask] * 100.0
    z_w, _ = hotspots.gistar_from_weights(counts[mask], hotspots.distance_band_weights(x, y, 200.0))
    np.testing.assert_allclose(z_grid[mask], z_w, rtol=0, atol=1e-9)


def test_gistar_constant_values_maths() -> None:
    z, p = hotspots.gistar_grid(np.full((5, 5), 3.0), 1.0)
    assert (z == 0).all()
    assert (p == 1).all()


def test_knn_weights_maths() -> None:
    x, y = _points(80, 10)
    x[1], y[1] = x[0], y[0]  # a duplicate point
    w = hotspots.knn_weights(x, y, 4).toarray()
    assert (np.diag(w) == 1).all()
    assert (w.sum(axis=1) == 5).all()
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    for i in range(80):
        others = np.delete(np.arange(80), i)
        kth = np.sort(d[i, others])[3]
        chosen = np.flatnonzero(w[i])
        chosen = chosen[chosen != i]
        assert (d[i, chosen] <= kth + 1e-9).all()


def test_distance_band_weights_maths() -> None:
    x, y = _points(120, 11)
    w = hotspots.distance_band_weights(x, y, 350).toarray()
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    np.testing.assert_array_equal(w, (d <= 350).astype(float))


def test_fdr_bh_maths() -> None:
    rng = np.random.default_rng(12)
    p = np.concatenate([rng.uniform(0, 0.02, 30), rng.uniform(0, 1, 170), [np.nan]])
    q = hotspots.fdr_bh(p)
    ok = ~np.isnan(p)
    m = ok.sum()
    pv = p[ok]
    order = np.argsort(pv)
    expected = np.empty(m)
    for rank, idx in enumerate(order, start=1):
        expected[idx] = min(1.0, min(pv[order[j - 1]] * m / j for j in range(rank, m + 1)))
    np.testing.assert_allclose(q[ok], expected, rtol=1e-12)
    assert np.isnan(q[-1])
    # BH at level alpha rejects exactly the p_(i) <= alpha * i / m for i up to the largest such i.
    alpha = 0.05
    sorted_p = np.sort(pv)
    passing = np.flatnonzero(sorted_p <= alpha * np.arange(1, m + 1) / m)
    n_reject = passing[-1] + 1 if passing.size else 0
    assert (q[ok] <= alpha).sum() == n_reject


def test_classify_maths() -> None:
    z = np.array([3.0, 2.2, 1.7, 0.5, -1.7, -2.2, -3.0, np.nan])
    p = 2 * stats.norm.sf(np.abs(z))
    labels = hotspots.classify(z, p, fdr=False)
    assert labels.tolist() == [
        "hot spot 99%",
        "hot spot 95%",
        "hot spot 90%",
        "not significant",
        "cold spot 90%",
        "cold spot 95%",
        "cold spot 99%",
        "not significant",
    ]
    assert hotspots.classify_bins(z, p, fdr=False).tolist() == [3, 2, 1, 0, -1, -2, -3, 0]
    # With FDR the thresholds tighten: nothing is more significant than without.
    bins_fdr = hotspots.classify_bins(z, p, fdr=True)
    assert (np.abs(bins_fdr) <= np.abs(hotspots.classify_bins(z, p, fdr=False))).all()
