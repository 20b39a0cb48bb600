"""DBSCAN checked against a brute-force O(n²) implementation written here."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from brussels_creative.core.analysis import clusters


def _brute_dbscan(x: np.ndarray, y: np.ndarray, eps: float, min_points: int, border_as_noise: bool) -> np.ndarray:
    """Textbook DBSCAN on a full distance matrix; clusters numbered by first core point, borders to nearest core."""
    n = x.size
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    near = d <= eps
    core = near.sum(axis=1) >= min_points  # the point itself is in its own neighbourhood
    labels = np.full(n, -1)
    current = 0
    for start in range(n):
        if not core[start] or labels[start] != -1:
            continue
        stack = [start]
        labels[start] = current
        while stack:
            i = stack.pop()
            for j in np.flatnonzero(near[i] & core):
                if labels[j] == -1:
                    labels[j] = current
                    stack.append(j)
        current += 1
    if not border_as_noise:
        for i in np.flatnonzero(~core):
            cands = np.flatnonzero(near[i] & core)
            if cands.size:
                best = cands[np.lexsort((cands, d[i, cands]))[0]]
                labels[i] = labels[best]
    return labels


def _data(seed: int, n: int = 600) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 2_000, (5, 2))
    pick = rng.integers(0, 5, n)
    xy = centres[pick] + rng.normal(0, 80, (n, 2))
    xy = np.vstack([xy, rng.uniform(-200, 2_200, (n // 5, 2))])
    xy = np.round(xy, 1)  # rounding makes exact-eps distances and duplicates possible
    return 150_000 + xy[:, 0], 170_000 + xy[:, 1]


@pytest.mark.parametrize(("seed", "eps", "min_points"), [(1, 30.0, 5), (2, 50.0, 4), (3, 20.0, 3), (4, 80.0, 12)])
@pytest.mark.parametrize("border_as_noise", [False, True])
def test_dbscan_equals_brute_force_maths(seed: int, eps: float, min_points: int, border_as_noise: bool) -> None:
    x, y = _data(seed)
    res = clusters.dbscan(x, y, eps, min_points, border_as_noise=border_as_noise)
    expected = _brute_dbscan(x, y, eps, min_points, border_as_noise)
    np.testing.assert_array_equal(res.labels, expected)
    assert res.n_clusters == expected.max() + 1
    assert res.n_clusters > 1


def test_dbscan_distance_equal_to_eps_is_a_neighbour_maths() -> None:
    # Three points 10 m apart on a line: with eps = 10 and min 3 the middle one is core, the ends are border points.
    x = np.array([0.0, 10.0, 20.0, 100.0])
    y = np.zeros(4)
    res = clusters.dbscan(x, y, 10.0, 3)
    assert res.labels.tolist() == [0, 0, 0, -1]
    assert res.core.tolist() == [False, True, False, False]
    assert clusters.dbscan(x, y, 10.0, 3, border_as_noise=True).labels.tolist() == [-1, 0, -1, -1]


def test_dbscan_min_points_one_and_duplicates_maths() -> None:
    x = np.array([0.0, 0.0, 0.0, 500.0])
    y = np.array([0.0, 0.0, 0.0, 0.0])
    assert clusters.dbscan(x, y, 1.0, 1).labels.tolist() == [0, 0, 0, 1]
    assert clusters.dbscan(x, y, 1.0, 3).labels.tolist() == [0, 0, 0, -1]
    assert clusters.dbscan(x, y, 1.0, 4).labels.tolist() == [-1, -1, -1, -1]
    assert clusters.dbscan([], [], 1.0, 2).n_clusters == 0


def test_dbscan_border_point_nearest_core_maths() -> None:
    # A border point between two clusters joins the cluster of its nearest core point. Two rows of six points 1 m
    # apart (all core with min 6, eps 10); the point at x = 9.5 sees one left point (9.5 m) and two right ones
    # (8.5 m, 9.5 m), so it is not core itself, and its nearest core point is on the right.
    left = np.column_stack([-np.arange(6.0), np.zeros(6)])
    right = np.column_stack([18.0 + np.arange(6.0), np.zeros(6)])
    xy = np.vstack([left, right, [[9.5, 0.0]]])
    res = clusters.dbscan(xy[:, 0], xy[:, 1], 10.0, 6)
    assert res.core.tolist() == [True] * 12 + [False]
    assert res.labels.tolist() == [0] * 6 + [1] * 6 + [1]


def test_cluster_summary_maths() -> None:
    x, y = _data(5)
    res = clusters.dbscan(x, y, 40.0, 5)
    summary = clusters.cluster_summary(x, y, res.labels)
    assert summary.cluster.tolist() == list(range(res.n_clusters))
    for c in range(res.n_clusters):
        sel = res.labels == c
        assert summary.size[c] == sel.sum()
        assert summary.centroid_x[c] == pytest.approx(x[sel].mean())
        assert summary.centroid_y[c] == pytest.approx(y[sel].mean())
        hull = shapely.MultiPoint(np.column_stack([x[sel], y[sel]])).convex_hull
        assert summary.hulls[c].equals(hull)
        assert summary.area_km2[c] == pytest.approx(hull.area / 1e6)
        if hull.area > 0:
            assert summary.density_km2[c] == pytest.approx(sel.sum() / (hull.area / 1e6))


def test_convex_hulls_equal_geos_for_every_kind_of_group_maths() -> None:
    rng = np.random.default_rng(11)
    groups = [
        rng.normal(0, 50, (500, 2)),  # a cloud
        np.array([[0.0, 0.0]] * 4),  # one place
        np.column_stack([np.linspace(0, 100, 7), np.linspace(0, 50, 7)]),  # one line
        np.array([[5.0, 5.0], [9.0, 1.0]]),  # two points
        np.array([[1.0, 1.0]]),  # one point
        np.array([[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [5.0, 0.0], [5.0, 5.0]]),  # collinear edge
    ]
    labels = np.concatenate([np.full(len(g), i) for i, g in enumerate(groups)])
    xy = np.concatenate(groups) + 150_000.0
    shuffle = rng.permutation(labels.size)
    k = len(groups) + 1  # the last label has no point
    hulls = clusters.convex_hulls(xy[shuffle, 0], xy[shuffle, 1], labels[shuffle], k)
    for label, group in enumerate(groups):
        expected = shapely.MultiPoint(group + 150_000.0).convex_hull
        assert hulls[label].equals(expected), label
        assert hulls[label].area == pytest.approx(expected.area, rel=1e-12)
    assert hulls[-1] is None


def test_neighbour_pairs_bound_never_undercounts_and_the_count_is_exact_maths() -> None:
    rng = np.random.default_rng(12)
    for _ in range(150):
        m = int(rng.integers(0, 60))
        x = rng.uniform(0, 100, m).round(0)  # rounded: many points exactly eps apart, on cell edges
        y = rng.uniform(0, 100, m).round(0)
        eps = float(rng.choice([0.0, 1.0, 5.0, 10.0, rng.uniform(0.5, 150.0)]))
        exact = sum(
            1 for i in range(m) for j in range(i + 1, m) if (x[i] - x[j]) ** 2 + (y[i] - y[j]) ** 2 <= eps * eps
        )
        assert clusters.neighbour_pairs(x, y, eps) == exact
        assert clusters.neighbour_pairs_bound(x, y, eps) >= exact
