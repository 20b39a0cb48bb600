"""Mann–Kendall against textbook values and a plain loop; emerging hot spot classes on series whose answer is
known; centrography against the covariance's eigen-decomposition."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import ndtr

from brussels_creative.core.analysis import centrography as cg
from brussels_creative.core.analysis.emerging import NO_PATTERN, classify_emerging, mann_kendall


def mann_kendall_loop(x: list[float]) -> tuple[float, float]:
    """The test written out pair by pair (S, Z), ties corrected."""
    n = len(x)
    s = sum((x[j] > x[i]) - (x[j] < x[i]) for i in range(n) for j in range(i + 1, n))
    var = n * (n - 1) * (2 * n + 5)
    for value in set(x):
        t = x.count(value)
        var -= t * (t - 1) * (2 * t + 5)
    var /= 18
    z = (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var) if s < 0 else 0.0
    return s, z


def test_mann_kendall_matches_the_textbook_and_a_loop():
    s, z, p = mann_kendall(np.array([[1, 2, 3, 4, 5], [1, 1, 2, 3, 3], [5, 4, 3, 2, 1], [2, 2, 2, 2, 2]]))
    assert s.tolist() == [10, 8, -10, 0]
    assert z[0] == pytest.approx(9 / math.sqrt(50 / 3))  # var = 5·4·15/18
    assert p[0] == pytest.approx(2 * ndtr(-9 / math.sqrt(50 / 3)))
    assert z[2] == pytest.approx(-z[0]) and z[3] == 0 and p[3] == 1
    rng = np.random.default_rng(4)
    series = rng.integers(0, 6, size=(200, 9)).astype(float)
    s, z, _ = mann_kendall(series)
    expected = np.array([mann_kendall_loop(row.tolist()) for row in series])
    np.testing.assert_allclose(s, expected[:, 0])
    np.testing.assert_allclose(z, expected[:, 1], rtol=1e-12, atol=1e-12)


H, C, N = 2, -2, 0  # a significant hot bin, a cold bin, nothing
CASES = {  # bins over 10 periods -> class (z-scores follow the bins plus the trend given)
    "new hot spot": ([N] * 9 + [H], 0),
    "consecutive hot spot": ([N] * 7 + [H] * 3, 0),
    "intensifying hot spot": ([H] * 10, +1),
    "persistent hot spot": ([H] * 10, 0),
    "diminishing hot spot": ([H] * 10, -1),
    "sporadic hot spot": ([H, N, H, N, N, H, N, N, N, H], 0),
    "oscillating hot spot": ([C, N, N, H, N, N, C, N, N, H], 0),
    "historical hot spot": ([H] * 9 + [N], 0),
    "new cold spot": ([N] * 9 + [C], 0),
    "intensifying cold spot": ([C] * 10, -1),
    "historical cold spot": ([C] * 9 + [N], 0),
    NO_PATTERN: ([N, H, N, N, C, N, N, N, N, N], 0),
}


def test_emerging_classes_on_known_series():
    bins = np.array([bins for bins, _ in CASES.values()])
    rng = np.random.default_rng(1)
    z = bins * 1.5 + rng.normal(0, 0.05, bins.shape)  # no trend: noise around the level
    for row, (_, trend) in enumerate(CASES.values()):
        if trend:
            z[row] = np.sign(bins[row].sum()) * 3 + trend * np.arange(10) * 0.5  # a steady rise or fall
        elif np.all(bins[row] == bins[row][0]):
            z[row] = bins[row] * 1.5 + np.array([0.1, -0.1] * 5)  # level, alternating: no trend
    assert classify_emerging(bins, z).tolist() == list(CASES)


def test_the_standard_deviational_ellipse_is_twice_the_covariance_eigenvalues():
    rng = np.random.default_rng(3)
    angle = math.radians(30)  # the major axis 30° clockwise from north
    u, v = rng.normal(0, 400, 20_000), rng.normal(0, 100, 20_000)
    x = 150_000 + u * math.sin(angle) + v * math.cos(angle)
    y = 170_000 + u * math.cos(angle) - v * math.sin(angle)
    c = cg.centrography(x, y)
    eig = np.linalg.eigvalsh(np.cov(np.vstack([x, y]), bias=True))
    assert (c.major, c.minor) == pytest.approx((math.sqrt(2 * eig[1]), math.sqrt(2 * eig[0])), rel=1e-9)
    assert c.rotation == pytest.approx(30, abs=0.5)
    assert c.standard_distance == pytest.approx(math.sqrt(np.mean((x - x.mean()) ** 2 + (y - y.mean()) ** 2)))
    inside = ((u / (c.major)) ** 2 + (v / c.minor) ** 2) <= 1
    assert inside.mean() == pytest.approx(1 - math.exp(-1), abs=0.01)  # about 63 % of a Gaussian cloud
    ring = cg.ellipse_ring(c)
    assert np.allclose(ring[0], ring[-1])
    far = np.hypot(ring[:, 0] - c.mean_x, ring[:, 1] - c.mean_y)
    assert far.max() == pytest.approx(c.major, rel=1e-3) and far.min() == pytest.approx(c.minor, rel=1e-2)


def test_weights_move_the_mean_centre_and_shift_gives_distance_and_bearing():
    c = cg.centrography(np.array([0.0, 10.0]), np.array([0.0, 0.0]), np.array([1.0, 3.0]))
    assert (c.mean_x, c.mean_y) == (7.5, 0.0)
    a = cg.Centrography(1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    b = cg.Centrography(1, 300.0, -400.0, 0.0, 0.0, 0.0, 0.0)
    distance, bearing = cg.shift(a, b)
    assert distance == 500 and bearing == pytest.approx(math.degrees(math.atan2(300, -400)))
    assert math.isnan(cg.centrography(np.array([]), np.array([])).mean_x)
