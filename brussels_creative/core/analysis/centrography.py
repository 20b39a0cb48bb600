"""Centrography: where a set of points is centred and how it spreads, for comparing periods.

Mean centre (weighted), standard distance (the root mean square distance to the mean centre) and the standard
deviational ellipse. The ellipse's semi-axes are √2 times the standard deviations along its principal axes, as in
ArcGIS's Directional Distribution (one standard deviation), so that about 63 % of a Gaussian cloud falls inside it;
equivalently, its squared semi-axes are twice the eigenvalues of the points' (population) covariance matrix.
Planar units: metres of the input's projected CRS.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np


class Centrography(NamedTuple):
    """The centre and spread of one set of points (metres; rotation in degrees clockwise from north, 0–180)."""

    count: int
    mean_x: float
    mean_y: float
    standard_distance: float
    major: float  # semi-axis
    minor: float  # semi-axis
    rotation: float


def centrography(x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None) -> Centrography:
    """Weighted mean centre, standard distance and standard deviational ellipse of the points."""
    xs = np.asarray(x, dtype=np.float64)
    ys = np.asarray(y, dtype=np.float64)
    w = np.ones_like(xs) if weights is None else np.asarray(weights, dtype=np.float64)
    if xs.size == 0 or w.sum() <= 0:
        return Centrography(int(xs.size), math.nan, math.nan, math.nan, math.nan, math.nan, math.nan)
    total = w.sum()
    mx, my = float((w * xs).sum() / total), float((w * ys).sum() / total)
    dx, dy = xs - mx, ys - my
    sxx, syy, sxy = (w * dx * dx).sum() / total, (w * dy * dy).sum() / total, (w * dx * dy).sum() / total
    values, vectors = np.linalg.eigh(np.array([[sxx, sxy], [sxy, syy]]))
    minor_var, major_var = max(values[0], 0.0), max(values[1], 0.0)
    vx, vy = vectors[:, 1]
    rotation = math.degrees(math.atan2(vx, vy)) % 180.0  # the major axis's bearing from north
    return Centrography(
        int(xs.size), mx, my, math.sqrt(sxx + syy), math.sqrt(2 * major_var), math.sqrt(2 * minor_var), rotation
    )


def ellipse_ring(c: Centrography, segments: int = 72) -> np.ndarray:
    """The ellipse as a closed ring of (x, y) vertices."""
    t = np.linspace(0.0, 2 * math.pi, segments + 1)
    a, b = c.major * np.cos(t), c.minor * np.sin(t)
    theta = math.radians(c.rotation)  # bearing: the major axis points to (sin θ, cos θ)
    x = c.mean_x + a * math.sin(theta) + b * math.cos(theta)
    y = c.mean_y + a * math.cos(theta) - b * math.sin(theta)
    ring = np.column_stack([x, y])
    ring[-1] = ring[0]
    return ring


def shift(a: Centrography, b: Centrography) -> tuple[float, float]:
    """Distance (m) and bearing (degrees clockwise from north) from a's mean centre to b's."""
    dx, dy = b.mean_x - a.mean_x, b.mean_y - a.mean_y
    return math.hypot(dx, dy), math.degrees(math.atan2(dx, dy)) % 360.0


class Spread(NamedTuple):
    """How far a group reaches around its centre point: convex hull (shapely, buffered by a metre when the group is
    on one point or line), its area in km² (0 for such a group), the mean distance to the centre point (m) and the
    group's centrography (None below three members)."""

    hull: object
    area_km2: float
    mean_distance: float | None
    ellipse: Centrography | None


def spread(centre_x: float, centre_y: float, x: np.ndarray, y: np.ndarray, degenerate_buffer: float = 1.0) -> Spread:
    """The spread of the members (x, y) around a centre point (a hub): hull of all of them with the centre, mean
    distance to the centre, and the members' standard deviational ellipse."""
    import shapely

    xs = np.concatenate([[centre_x], np.asarray(x, dtype=float)])
    ys = np.concatenate([[centre_y], np.asarray(y, dtype=float)])
    hull = shapely.convex_hull(shapely.multipoints(np.column_stack([xs, ys])))
    area = float(shapely.area(hull)) / 1e6
    if area <= 0:
        hull, area = shapely.buffer(hull, degenerate_buffer), 0.0
    distance = np.hypot(xs[1:] - centre_x, ys[1:] - centre_y)
    ellipse = centrography(xs[1:], ys[1:]) if xs.size > 3 else None
    return Spread(hull, area, float(distance.mean()) if distance.size else None, ellipse)
