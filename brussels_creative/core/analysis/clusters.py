"""Density-based clustering (DBSCAN) of points on numpy arrays, and a per-cluster summary.

Definitions, chosen to match QGIS's ``native:dbscanclustering`` (its "minimum cluster size" counts the point itself;
distances are compared with ``<=``):

* a *core* point has at least ``min_points`` points, itself included, within ``eps`` metres;
* clusters are the connected components of the graph linking core points at most ``eps`` apart; these core-point
  clusters are the same as QGIS's, up to the numbering;
* a *border* point (not core, within ``eps`` of a core point) joins the cluster of its nearest core point (ties:
  the lower point index). QGIS gives such a point to whichever cluster reaches it first in its feature order, so
  border points between two clusters may differ from QGIS; with ``border_as_noise`` (QGIS's DBSCAN*) they are
  noise, as in QGIS;
* everything else is noise, labelled -1. Clusters are numbered 0, 1, … in the order of their first core point.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import shapely
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from scipy.spatial import ConvexHull, QhullError, cKDTree


class Clusters(NamedTuple):
    """DBSCAN result: a label per point (-1 noise), whether each point is core, and the number of clusters."""

    labels: np.ndarray  # int64
    core: np.ndarray  # bool
    n_clusters: int


def dbscan(x: np.ndarray, y: np.ndarray, eps: float, min_points: int, border_as_noise: bool = False) -> Clusters:
    """DBSCAN with eps in metres and min_points counting the point itself; border points go to the nearest core."""
    xy = np.column_stack([np.asarray(x, dtype=np.float64).ravel(), np.asarray(y, dtype=np.float64).ravel()])
    n = xy.shape[0]
    if eps < 0:
        raise ValueError("eps must not be negative")
    if min_points < 1:
        raise ValueError("min_points must be at least 1")
    labels = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return Clusters(labels, np.zeros(0, dtype=bool), 0)
    pairs = cKDTree(xy).query_pairs(eps, output_type="ndarray")
    i, j = pairs[:, 0], pairs[:, 1]
    neighbours = 1 + np.bincount(pairs.ravel(), minlength=n)  # the point itself counts
    core = neighbours >= min_points
    core_idx = np.flatnonzero(core)
    if core_idx.size == 0:
        return Clusters(labels, core, 0)

    # Connected components of the core-core graph.
    position = np.full(n, -1, dtype=np.int64)
    position[core_idx] = np.arange(core_idx.size)
    both = core[i] & core[j]
    graph = sparse.coo_matrix(
        (np.ones(int(both.sum()), dtype=np.int8), (position[i[both]], position[j[both]])),
        shape=(core_idx.size, core_idx.size),
    )
    n_clusters, component = connected_components(graph, directed=False)
    # Renumber by first core point (core_idx is sorted, so np.unique's first index is the first core point).
    _, first = np.unique(component, return_index=True)
    rank = np.empty(n_clusters, dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(n_clusters)
    labels[core_idx] = rank[component]

    if not border_as_noise:
        one = core[i] ^ core[j]  # pairs linking a core point and a non-core point
        if one.any():
            bi, bj = i[one], j[one]
            border = np.where(core[bi], bj, bi)
            anchor = np.where(core[bi], bi, bj)
            dist2 = ((xy[border] - xy[anchor]) ** 2).sum(axis=1)
            order = np.lexsort((anchor, dist2, border))  # by border point, then distance, then core index
            border_sorted = border[order]
            keep = np.ones(order.size, dtype=bool)
            keep[1:] = border_sorted[1:] != border_sorted[:-1]
            chosen = order[keep]
            labels[border[chosen]] = labels[anchor[chosen]]
    return Clusters(labels, core, int(n_clusters))


def neighbour_pairs_bound(x: np.ndarray, y: np.ndarray, eps: float) -> int:
    """An upper bound on the number of point pairs at most eps apart, from a grid of eps cells (two such points lie
    in one cell or in two touching cells): cheap, where counting the pairs themselves is not."""
    xa = np.asarray(x, dtype=np.float64).ravel()
    ya = np.asarray(y, dtype=np.float64).ravel()
    if xa.size < 2:
        return 0
    if not eps > 0:
        return int(xa.size * (xa.size - 1) // 2)  # points on one place may still all pair up
    cx = np.floor((xa - xa.min()) / eps).astype(np.int64)
    cy = np.floor((ya - ya.min()) / eps).astype(np.int64)
    width = int(cx.max()) + 3
    keys, counts = np.unique(cy * width + cx, return_counts=True)
    bound = int((counts * (counts - 1) // 2).sum())
    for offset in (1, width - 1, width, width + 1):  # the right, upper-left, upper and upper-right cells
        at = np.searchsorted(keys, keys + offset)
        found = at < keys.size
        found[found] = keys[at[found]] == keys[found] + offset
        bound += int((counts[found] * counts[at[found]]).sum())
    return bound


def neighbour_pairs(x: np.ndarray, y: np.ndarray, eps: float) -> int:
    """The number of point pairs at most eps apart, counted by a dual tree (no pair is listed)."""
    xy = np.column_stack([np.asarray(x, dtype=np.float64).ravel(), np.asarray(y, dtype=np.float64).ravel()])
    tree = cKDTree(xy)
    return int((tree.count_neighbors(tree, eps) - xy.shape[0]) // 2)


class ClusterSummary(NamedTuple):
    """Per-cluster figures, one row per cluster id 0..k-1."""

    cluster: np.ndarray  # int64 ids
    size: np.ndarray  # int64 number of points
    centroid_x: np.ndarray  # mean x (m)
    centroid_y: np.ndarray  # mean y (m)
    hulls: np.ndarray  # shapely convex hulls (a point or a line for degenerate clusters)
    area_km2: np.ndarray  # hull area in km²
    density_km2: np.ndarray  # points per km² of hull (nan when the hull has no area)


def cluster_summary(x: np.ndarray, y: np.ndarray, labels: np.ndarray) -> ClusterSummary:
    """Size, mean centre, convex hull, hull area (km²) and density (per km²) of each cluster; noise is left out."""
    xa = np.asarray(x, dtype=np.float64).ravel()
    ya = np.asarray(y, dtype=np.float64).ravel()
    lab = np.asarray(labels, dtype=np.int64).ravel()
    keep = lab >= 0
    k = int(lab[keep].max()) + 1 if keep.any() else 0
    lk = lab[keep]
    size = np.bincount(lk, minlength=k).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        cx = np.bincount(lk, weights=xa[keep], minlength=k) / size
        cy = np.bincount(lk, weights=ya[keep], minlength=k) / size
    hulls = convex_hulls(xa[keep], ya[keep], lk, k)
    area = np.where(size > 0, shapely.area(hulls), 0.0) / 1e6 if k else np.zeros(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        density = np.where(area > 0, size / area, np.nan)
    return ClusterSummary(np.arange(k, dtype=np.int64), size, cx, cy, hulls, area, density)


def convex_hulls(x: np.ndarray, y: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """The convex hull (shapely) of the points of each label 0..k-1; None for a label without points.

    Qhull finds each hull from the coordinates directly (no point geometry is built, which costs more than the hulls
    for 100 000 points); a group all at one place or on one line, which Qhull refuses, gets GEOS's hull: that point
    or line."""
    hulls = np.full(k, None, dtype=object)
    if k == 0 or labels.size == 0:
        return hulls
    order = np.argsort(labels, kind="stable")
    xy = np.column_stack([x[order], y[order]])
    bounds = np.searchsorted(labels[order], np.arange(k + 1))
    for label in range(k):
        points = xy[bounds[label]:bounds[label + 1]]
        if points.shape[0] == 0:
            continue
        if points.shape[0] >= 3:
            try:
                ring = points[ConvexHull(points).vertices]  # counter-clockwise in 2-D
            except QhullError:
                pass  # coincident or collinear points
            else:
                hulls[label] = shapely.polygons(ring)
                continue
        hulls[label] = shapely.convex_hull(shapely.multipoints(points))
    return hulls
