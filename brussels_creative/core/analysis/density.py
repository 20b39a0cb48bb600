"""Density maths on numpy arrays: counts in polygons, location quotients, aligned grids and kernel density.

Everything here works on planar coordinates in metres (EPSG:31370) and returns densities per km². Nothing imports
QGIS or Qt: the Processing algorithms are thin shells over these functions.

Edge rules (documented once, relied on by the tests):

* ``count_in_polygons``: by default (``predicate="intersects"``) a point counts in every polygon it intersects
  (interior or boundary), so a point on a border shared by two polygons, or on a vertex shared by several, is
  counted in each of them and the counts may add up to more than the number of points. QGIS 3.40's
  ``native:countpointsinpolygon`` does *not* do this: it tests GEOS ``contains``, so a point exactly on a polygon's
  boundary is counted in no polygon at all (checked with ``qgis_process`` on points on shared edges and vertices).
  ``predicate="contains"`` reproduces QGIS's counts exactly.
* ``count_in_grid`` (squares): cells are half-open, ``[x0 + i·s, x0 + (i+1)·s) × [y0 + j·s, y0 + (j+1)·s)``, so a
  point on a vertical grid line goes to the cell to its east, on a horizontal line to the cell to its north; every
  point is counted exactly once.
* ``count_in_grid`` (hexagons): a point goes to its nearest hexagon centre (the hexagon containing it); on a border
  between two hexagons, ties go to the eastern column, then, within a column, to the northern cell.
* ``kernel_density``: points are binned on the pixel grid (half a pixel of position error with ``binning="simple"``,
  less with the default ``"linear"``); points outside the extent but within the kernel's reach still contribute, so
  pixels near the extent's edges are not biased low.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

import numpy as np
import shapely
from scipy.signal import fftconvolve

M2_PER_KM2 = 1_000_000.0
SQRT3 = math.sqrt(3.0)

GridShape = Literal["square", "hexagon"]
KernelName = Literal["quartic", "triangular", "epanechnikov", "uniform", "gaussian"]
KERNELS: tuple[str, ...] = ("quartic", "triangular", "epanechnikov", "uniform", "gaussian")
GAUSSIAN_TRUNCATION = 4.0  # the Gaussian kernel is cut at 4 sigma
SIMPLE_POLYGON_VERTICES = 16  # mean vertex count up to which count_in_polygons indexes the polygons


class PolygonCounts(NamedTuple):
    """Counts of points per polygon, and per polygon and group when groups were given."""

    counts: np.ndarray  # (n_polygons,) int64
    matrix: np.ndarray | None  # (n_polygons, n_groups) int64, or None without groups


def _as_xy(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    xa = np.asarray(x, dtype=np.float64).ravel()
    ya = np.asarray(y, dtype=np.float64).ravel()
    if xa.shape != ya.shape:
        raise ValueError(f"x and y differ in length ({xa.size} and {ya.size})")
    return xa, ya


def _as_groups(groups: np.ndarray, n: int, n_groups: int | None) -> tuple[np.ndarray, int]:
    g = np.asarray(groups).ravel()
    if g.size != n:
        raise ValueError(f"groups has {g.size} values for {n} points")
    if g.size and not np.issubdtype(g.dtype, np.integer):
        raise ValueError("groups must be integer codes 0..n_groups-1")
    g = g.astype(np.int64, copy=False)
    if g.size and g.min() < 0:
        raise ValueError("groups must be integer codes 0..n_groups-1")
    needed = int(g.max()) + 1 if g.size else 0
    if n_groups is None:
        n_groups = needed
    elif n_groups < needed:
        raise ValueError(f"n_groups={n_groups} but groups holds code {needed - 1}")
    return g, n_groups


def count_in_polygons(
    x: np.ndarray,
    y: np.ndarray,
    polygons: Sequence[shapely.Geometry] | np.ndarray,
    groups: np.ndarray | None = None,
    n_groups: int | None = None,
    predicate: Literal["intersects", "contains"] = "intersects",
    index: Literal["auto", "polygons", "points"] = "auto",
) -> PolygonCounts:
    """Count points per polygon (border points in every polygon touched; "contains": in none, as QGIS), by group.

    The pairs come from point_polygon_pairs (the one point-in-polygon engine) under the border rule of the same
    name; ``index`` only changes speed ("auto" picks, see point_polygon_pairs).
    """
    if predicate not in ("intersects", "contains"):
        raise ValueError("predicate must be 'intersects' or 'contains'")
    if index not in ("auto", "polygons", "points"):
        raise ValueError("index must be 'auto', 'polygons' or 'points'")
    xa, ya = _as_xy(x, y)
    n_poly = len(polygons)
    if groups is not None:
        g, n_groups = _as_groups(groups, xa.size, n_groups)
    point_idx, poly_idx = point_polygon_pairs(xa, ya, polygons, rule=predicate, index=index)
    counts = np.bincount(poly_idx, minlength=n_poly).astype(np.int64)
    matrix = None
    if groups is not None:
        flat = poly_idx * n_groups + g[point_idx]
        matrix = np.bincount(flat, minlength=n_poly * n_groups).astype(np.int64).reshape(n_poly, n_groups)
    return PolygonCounts(counts, matrix)


def location_quotients(matrix: np.ndarray) -> np.ndarray:
    """Location quotient of each group in each area: (count_ag / count_a) / (count_g / total); nan for empty areas."""
    m = np.asarray(matrix, dtype=np.float64)
    if m.ndim != 2:
        raise ValueError("matrix must be 2-D (areas × groups)")
    area_totals = m.sum(axis=1, keepdims=True)
    group_totals = m.sum(axis=0, keepdims=True)
    total = m.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        share_in_area = m / area_totals
        share_overall = group_totals / total
        lq = share_in_area / share_overall
    # A zero count is a zero quotient (even for a group absent everywhere); an empty area has no quotient.
    lq = np.where(m == 0, 0.0, lq)
    lq = np.where(area_totals == 0, np.nan, lq)
    return lq


# --------------------------------------------------------------------------------------------------------------
# Grids aligned on a fixed origin
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grid:
    """A rectangular block of grid cells, indexed by integer (col, row) relative to a fixed origin.

    Cells are listed row by row from north to south, west to east within a row, so any per-cell array ``v`` of
    length ``nrows * ncols`` reshapes to a north-up 2-D array with ``v.reshape(grid.nrows, grid.ncols)``.
    ``col`` grows eastwards and ``row`` northwards (``row`` is the mathematical y index, not a raster row), so a
    cell keeps its ids whatever extent is asked: grids of two dates built on the same origin and size align cell
    for cell and can be joined on (col, row).

    Squares: cell (c, r) is ``[x0 + c·s, x0 + (c+1)·s) × [y0 + r·s, y0 + (r+1)·s)``.
    Hexagons (flat-topped, side ``s`` = circumradius, area ``3·√3/2·s²``): centre of (c, r) is
    ``(x0 + 1.5·s·c, y0 + √3·s·(r + (c mod 2)/2))``; odd columns are shifted half a cell north.
    """

    shape: str
    cell_size: float
    origin: tuple[float, float]
    col0: int
    row0: int  # the northernmost row of the block is row0 + nrows - 1
    ncols: int
    nrows: int

    @property
    def cols(self) -> np.ndarray:
        """Column id of every cell (int64, grid order)."""
        return np.tile(np.arange(self.col0, self.col0 + self.ncols, dtype=np.int64), self.nrows)

    @property
    def rows(self) -> np.ndarray:
        """Row id of every cell (int64, grid order: northernmost row first)."""
        north = self.row0 + self.nrows - 1
        return np.repeat(np.arange(north, self.row0 - 1, -1, dtype=np.int64), self.ncols)

    @property
    def cell_area(self) -> float:
        """Area of one cell in m²."""
        s = self.cell_size
        return s * s if self.shape == "square" else 1.5 * SQRT3 * s * s

    def centres(self) -> tuple[np.ndarray, np.ndarray]:
        """Centre coordinates of every cell (grid order)."""
        return cell_centres(self.cols, self.rows, self.cell_size, self.shape, self.origin)

    def polygons(self) -> np.ndarray:
        """Cell polygons as a shapely array (grid order)."""
        cx, cy = self.centres()
        s = self.cell_size
        if self.shape == "square":
            h = s / 2.0
            return shapely.box(cx - h, cy - h, cx + h, cy + h)
        angles = np.deg2rad(np.arange(0, 360, 60))  # flat-topped: vertices at 0°, 60°, …
        vx = cx[:, None] + s * np.cos(angles)[None, :]
        vy = cy[:, None] + s * np.sin(angles)[None, :]
        rings = np.stack([vx, vy], axis=-1)
        return shapely.polygons(np.concatenate([rings, rings[:, :1]], axis=1))

    def index_of(self, cols: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Position in grid order of the cells (cols, rows); -1 for cells outside the block."""
        c = np.asarray(cols, dtype=np.int64) - self.col0
        r = (self.row0 + self.nrows - 1) - np.asarray(rows, dtype=np.int64)
        inside = (c >= 0) & (c < self.ncols) & (r >= 0) & (r < self.nrows)
        return np.where(inside, r * self.ncols + c, -1)


def cell_centres(cols: np.ndarray, rows: np.ndarray, cell_size: float, shape: GridShape = "square",
                 origin: tuple[float, float] = (0.0, 0.0)) -> tuple[np.ndarray, np.ndarray]:
    """Centre coordinates (m) of the cells with the given integer ids."""
    c = np.asarray(cols, dtype=np.float64)
    r = np.asarray(rows, dtype=np.float64)
    x0, y0 = origin
    s = float(cell_size)
    if shape == "square":
        return x0 + (c + 0.5) * s, y0 + (r + 0.5) * s
    if shape == "hexagon":
        parity = np.mod(np.asarray(cols, dtype=np.int64), 2)
        return x0 + 1.5 * s * c, y0 + SQRT3 * s * (r + 0.5 * parity)
    raise ValueError(f"unknown grid shape {shape!r}")


def _check_grid_args(cell_size: float, shape: str) -> None:
    if not cell_size > 0:
        raise ValueError("cell_size must be positive")
    if shape not in ("square", "hexagon"):
        raise ValueError(f"unknown grid shape {shape!r}")


def grid_block(xmin: float, ymin: float, xmax: float, ymax: float, cell_size: float, shape: GridShape = "square",
               origin: tuple[float, float] = (0.0, 0.0)) -> Grid:
    """The block of cells (ids only, no geometry yet) that covers the closed extent, aligned on origin."""
    _check_grid_args(cell_size, shape)
    if xmax < xmin or ymax < ymin:
        raise ValueError("empty extent")
    x0, y0 = origin
    s = float(cell_size)
    if shape == "square":
        c0 = math.floor((xmin - x0) / s)
        c1 = math.floor((xmax - x0) / s)
        r0 = math.floor((ymin - y0) / s)
        r1 = math.floor((ymax - y0) / s)
    else:
        # Columns whose hexagons (x span centre ± s) meet [xmin, xmax]; rows whose hexagons (y span centre ± √3/2·s)
        # meet [ymin, ymax] in either column parity. A corner cell or two may lie just outside the extent.
        dx = 1.5 * s
        dy = SQRT3 * s
        c0 = math.ceil((xmin - x0 - s) / dx)
        c1 = math.floor((xmax - x0 + s) / dx)
        r0 = math.ceil((ymin - y0) / dy - 1.0)  # parity 0 needs r ≥ (ymin-y0)/dy - 0.5; parity 1 one half lower
        r1 = math.floor((ymax - y0) / dy + 0.5)
    return Grid(shape, s, (float(x0), float(y0)), c0, r0, c1 - c0 + 1, r1 - r0 + 1)


def grid_cells(xmin: float, ymin: float, xmax: float, ymax: float, cell_size: float, shape: GridShape = "square",
               origin: tuple[float, float] = (0.0, 0.0)) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cell polygons covering the extent, aligned on origin, with their integer (col, row) ids (see ``Grid``)."""
    grid = grid_block(xmin, ymin, xmax, ymax, cell_size, shape, origin)
    return grid.polygons(), grid.cols, grid.rows


def assign_to_grid(x: np.ndarray, y: np.ndarray, cell_size: float, shape: GridShape = "square",
                   origin: tuple[float, float] = (0.0, 0.0)) -> tuple[np.ndarray, np.ndarray]:
    """The (col, row) id of the cell holding each point: integer floor for squares, nearest centre for hexagons."""
    _check_grid_args(cell_size, shape)
    xa, ya = _as_xy(x, y)
    x0, y0 = origin
    s = float(cell_size)
    if shape == "square":
        return (np.floor((xa - x0) / s).astype(np.int64), np.floor((ya - y0) / s).astype(np.int64))
    # Hexagons: the nearest centre lies in column floor(u) or floor(u)+1 (u in column spacings); within a column the
    # nearest centre is found by rounding. The nearest centre of a regular hexagonal lattice is the hexagon that
    # contains the point, so this is exact. Ties: east column wins (<=), north row wins (floor(v + 0.5)).
    dx = 1.5 * s
    dy = SQRT3 * s
    u = (xa - x0) / dx
    c_west = np.floor(u).astype(np.int64)
    best = []
    for c in (c_west, c_west + 1):
        parity = np.mod(c, 2)
        r = np.floor((ya - y0) / dy - 0.5 * parity + 0.5).astype(np.int64)
        cx = x0 + dx * c
        cy = y0 + dy * (r + 0.5 * parity)
        best.append((c, r, (xa - cx) ** 2 + (ya - cy) ** 2))
    (cw, rw, dw), (ce, re, de) = best
    east = de <= dw
    return np.where(east, ce, cw), np.where(east, re, rw)


class GridCounts(NamedTuple):
    """Counts of points per grid cell, in the grid's order (north to south, west to east)."""

    grid: Grid
    counts: np.ndarray  # (n_cells,) int64
    matrix: np.ndarray | None  # (n_cells, n_groups) int64 when groups were given
    outside: int  # points that fell outside the grid's block (only when an extent was given)


def count_in_grid(x: np.ndarray, y: np.ndarray, cell_size: float, shape: GridShape = "square",
                  origin: tuple[float, float] = (0.0, 0.0), extent: tuple[float, float, float, float] | None = None,
                  groups: np.ndarray | None = None, n_groups: int | None = None) -> GridCounts:
    """Count points per cell of an aligned grid by integer arithmetic (each point in exactly one cell)."""
    xa, ya = _as_xy(x, y)
    if extent is None:
        if xa.size == 0:
            raise ValueError("no points and no extent: the grid is undefined")
        extent = (float(xa.min()), float(ya.min()), float(xa.max()), float(ya.max()))
    grid = grid_block(*extent, cell_size, shape, origin)
    cols, rows = assign_to_grid(xa, ya, cell_size, shape, origin)
    idx = grid.index_of(cols, rows)
    inside = idx >= 0
    n_cells = grid.nrows * grid.ncols
    counts = np.bincount(idx[inside], minlength=n_cells).astype(np.int64)
    matrix = None
    if groups is not None:
        g, n_groups = _as_groups(groups, xa.size, n_groups)
        flat = idx[inside] * n_groups + g[inside]
        matrix = np.bincount(flat, minlength=n_cells * n_groups).astype(np.int64).reshape(n_cells, n_groups)
    return GridCounts(grid, counts, matrix, int((~inside).sum()))


# --------------------------------------------------------------------------------------------------------------
# Kernel density
# --------------------------------------------------------------------------------------------------------------


def raster_shape(extent: tuple[float, float, float, float], pixel_size: float) -> tuple[int, int]:
    """(nrows, ncols) of the raster covering extent from its north-west corner; partial pixels are added east/south."""
    xmin, ymin, xmax, ymax = extent
    if not pixel_size > 0:
        raise ValueError("pixel_size must be positive")
    if xmax <= xmin or ymax <= ymin:
        raise ValueError("empty extent")
    ncols = max(1, math.ceil((xmax - xmin) / pixel_size - 1e-9))
    nrows = max(1, math.ceil((ymax - ymin) / pixel_size - 1e-9))
    return nrows, ncols


def raster_geotransform(
    extent: tuple[float, float, float, float], pixel_size: float
) -> tuple[float, float, float, float, float, float]:
    """GDAL geotransform of ``kernel_density``'s output: origin at (xmin, ymax), north up."""
    xmin, _, _, ymax = extent
    return (float(xmin), float(pixel_size), 0.0, float(ymax), 0.0, -float(pixel_size))


def kernel_weights(bandwidth: float, pixel_size: float, kernel: KernelName = "quartic") -> np.ndarray:
    """The discrete kernel on pixel offsets, normalised to sum 1 (support: bandwidth, or 4 sigma for gaussian)."""
    if kernel not in KERNELS:
        raise ValueError(f"unknown kernel {kernel!r}; expected one of {', '.join(KERNELS)}")
    if not bandwidth > 0 or not pixel_size > 0:
        raise ValueError("bandwidth and pixel_size must be positive")
    reach = bandwidth * (GAUSSIAN_TRUNCATION if kernel == "gaussian" else 1.0)
    radius = max(1, math.ceil(reach / pixel_size))
    off = np.arange(-radius, radius + 1, dtype=np.float64) * pixel_size
    d = np.hypot(off[None, :], off[:, None])
    t = d / bandwidth
    inside = d <= reach
    if kernel == "quartic":
        w = (1.0 - t * t) ** 2
    elif kernel == "triangular":
        w = 1.0 - t
    elif kernel == "epanechnikov":
        w = 1.0 - t * t
    elif kernel == "uniform":
        w = np.ones_like(t)
    else:
        w = np.exp(-0.5 * t * t)
    w = np.where(inside, np.clip(w, 0.0, None), 0.0)
    total = w.sum()
    if total <= 0:  # bandwidth far below the pixel size: all mass on the pixel itself
        w = np.zeros_like(w)
        w[radius, radius] = 1.0
        total = 1.0
    return w / total


def _bin_points(
    xa: np.ndarray,
    ya: np.ndarray,
    wa: np.ndarray,
    left: float,
    top: float,
    pixel_size: float,
    nrows: int,
    ncols: int,
    binning: str,
) -> np.ndarray:
    """Sum point weights on a north-up pixel grid whose north-west corner is (left, top)."""
    u = (xa - left) / pixel_size  # column coordinate, pixel centres at k + 0.5
    v = (top - ya) / pixel_size  # row coordinate, pixel centres at k + 0.5
    out = np.zeros(nrows * ncols, dtype=np.float64)
    if binning == "simple":
        c = np.floor(u).astype(np.int64)
        r = np.floor(v).astype(np.int64)
        ok = (c >= 0) & (c < ncols) & (r >= 0) & (r < nrows)
        out += np.bincount(r[ok] * ncols + c[ok], weights=wa[ok], minlength=nrows * ncols)
        return out.reshape(nrows, ncols)
    if binning != "linear":
        raise ValueError("binning must be 'linear' or 'simple'")
    # Linear binning: each point's weight is shared bilinearly among the four nearest pixel centres.
    uc = u - 0.5
    vc = v - 0.5
    c0 = np.floor(uc).astype(np.int64)
    r0 = np.floor(vc).astype(np.int64)
    fu = uc - c0
    fv = vc - r0
    for dr, dc, share in (
        (0, 0, (1 - fv) * (1 - fu)),
        (0, 1, (1 - fv) * fu),
        (1, 0, fv * (1 - fu)),
        (1, 1, fv * fu),
    ):
        r = r0 + dr
        c = c0 + dc
        ok = (c >= 0) & (c < ncols) & (r >= 0) & (r < nrows)
        out += np.bincount(r[ok] * ncols + c[ok], weights=(wa * share)[ok], minlength=nrows * ncols)
    return out.reshape(nrows, ncols)


def kernel_density(
    x: np.ndarray,
    y: np.ndarray,
    weights: np.ndarray | None = None,
    *,
    bandwidth: float,
    pixel_size: float,
    extent: tuple[float, float, float, float],
    kernel: KernelName = "quartic",
    binning: Literal["linear", "simple"] = "linear",
) -> np.ndarray:
    """Kernel density in points per km² on a north-up raster (rows north to south) over extent; integrates to n."""
    xa, ya = _as_xy(x, y)
    wa = np.ones_like(xa) if weights is None else np.asarray(weights, dtype=np.float64).ravel()
    if wa.size != xa.size:
        raise ValueError("weights must have one value per point")
    nrows, ncols = raster_shape(extent, pixel_size)
    kern = kernel_weights(bandwidth, pixel_size, kernel)
    pad = kern.shape[0] // 2
    xmin, _, _, ymax = extent
    # Bin on a grid padded by the kernel radius so that points just outside the extent still contribute.
    left = xmin - pad * pixel_size
    top = ymax + pad * pixel_size
    binned = _bin_points(xa, ya, wa, left, top, pixel_size, nrows + 2 * pad, ncols + 2 * pad, binning)
    if not binned.any():
        return np.zeros((nrows, ncols), dtype=np.float64)
    dens = fftconvolve(binned, kern, mode="valid")
    np.clip(dens, 0.0, None, out=dens)  # FFT round-off leaves tiny negative values far from the points
    dens[dens < 1e-12 * dens.max()] = 0.0
    pixel_area_km2 = pixel_size * pixel_size / M2_PER_KM2
    return dens / pixel_area_km2


def _spread(x: np.ndarray, y: np.ndarray) -> tuple[float, int]:
    xa, ya = _as_xy(x, y)
    n = xa.size
    if n < 2:
        raise ValueError("at least two points are needed to choose a bandwidth")
    sigma = math.sqrt((xa.var(ddof=1) + ya.var(ddof=1)) / 2.0)
    return sigma, n


def bandwidth_scott(x: np.ndarray, y: np.ndarray) -> float:
    """Scott's rule in 2-D: h = σ · n^(-1/6), σ = √((s_x² + s_y²)/2) (a Gaussian sigma, in metres)."""
    sigma, n = _spread(x, y)
    return sigma * n ** (-1.0 / 6.0)


def bandwidth_silverman(x: np.ndarray, y: np.ndarray) -> float:
    """Silverman's robust spatial rule: h = 0.9 · min(SD, √(1/ln 2) · Dm) · n^(-1/5) (metres).

    SD is the standard distance √(s_x² + s_y²) and Dm the median distance to the mean centre, as in the default
    search radius of ArcGIS's Kernel Density; it suits the finite kernels (quartic…) whose bandwidth is a radius.
    (Silverman's normal-reference rule for a 2-D Gaussian, σ·(4/((d+2)n))^(1/(d+4)), equals Scott's when d = 2.)
    """
    xa, ya = _as_xy(x, y)
    n = xa.size
    if n < 2:
        raise ValueError("at least two points are needed to choose a bandwidth")
    sd = math.sqrt(xa.var(ddof=1) + ya.var(ddof=1))
    dm = float(np.median(np.hypot(xa - xa.mean(), ya - ya.mean())))
    spread = min(sd, math.sqrt(1.0 / math.log(2.0)) * dm)
    if spread <= 0:
        spread = sd
    return 0.9 * spread * n ** (-0.2)


# --------------------------------------------------------------------------------------------------------------
# Points to polygons, each point counted once (additions for density_by_area)
# --------------------------------------------------------------------------------------------------------------

BorderRule = Literal["first", "contains", "intersects"]
BORDER_RULES: tuple[str, ...] = ("first", "contains", "intersects")


XY_POLYGONS_MAX = 3000  # up to this many polygons, point_polygon_pairs tests coordinates polygon by polygon
PREPARE_FROM = 32  # candidate points from which a polygon is prepared (indexed) before testing


def _xy_pairs(xa: np.ndarray, ya: np.ndarray, polys: np.ndarray, predicate: str) -> tuple[np.ndarray, np.ndarray]:
    """Pairs by testing coordinates against each prepared polygon: no point geometries are built.

    Points are sorted by x once; each polygon takes the slice of its x range, keeps those in its y range, and tests
    them with GEOS's prepared contains_xy / intersects_xy."""
    order = np.argsort(xa, kind="stable")
    xs, ys = xa[order], ya[order]
    bounds = shapely.bounds(polys)
    test = shapely.contains_xy if predicate == "contains" else shapely.intersects_xy
    # Axis-aligned rectangles (grid squares) are their own bounding box: the box test is exact for them.
    box_area = (bounds[:, 2] - bounds[:, 0]) * (bounds[:, 3] - bounds[:, 1])
    rectangles = (shapely.get_num_coordinates(polys) == 5) & (shapely.get_type_id(polys) == 3)
    rectangles &= np.isclose(shapely.area(polys), box_area, rtol=1e-12, atol=0.0) & (box_area > 0)
    point_parts, poly_parts = [], []
    for k, polygon in enumerate(polys):
        if polygon is None or shapely.is_empty(polygon):
            continue
        xmin, ymin, xmax, ymax = bounds[k]
        lo, hi = np.searchsorted(xs, xmin, side="left"), np.searchsorted(xs, xmax, side="right")
        if lo >= hi:
            continue
        band_y = ys[lo:hi]
        if rectangles[k]:
            if predicate == "contains":  # strictly inside: not on the edges
                band_x = xs[lo:hi]
                inside = np.flatnonzero((band_y > ymin) & (band_y < ymax) & (band_x > xmin) & (band_x < xmax))
            else:
                inside = np.flatnonzero((band_y >= ymin) & (band_y <= ymax))
            point_parts.append(order[lo + inside])
            poly_parts.append(np.full(inside.size, k, dtype=np.int64))
            continue
        candidates = np.flatnonzero((band_y >= ymin) & (band_y <= ymax))
        if candidates.size == 0:
            continue
        if candidates.size > PREPARE_FROM:
            shapely.prepare(polygon)  # worth its cost only when many points are tested
        inside = candidates[test(polygon, xs[lo:hi][candidates], band_y[candidates])]
        point_parts.append(order[lo + inside])
        poly_parts.append(np.full(inside.size, k, dtype=np.int64))
    if not point_parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    return np.concatenate(point_parts).astype(np.int64), np.concatenate(poly_parts)


LATTICE_FILL = 16  # a lattice table may hold this many cells per rectangle (beyond 1 024) before it is not used


def _lattice(polys: np.ndarray) -> tuple[np.ndarray, float, float, float, float, float] | None:
    """The lattice formed by axis-aligned rectangles of one size at distinct steps of that size, or None.

    Returns (table, x0, y0, width, height, margin): table[row, col] is the rectangle's index (-1 where none), and
    margin the largest misalignment of a rectangle edge from its lattice line, doubled. A point farther than the
    margin inside its rectangle's edges can lie in no other rectangle, whatever the rounding of the grid."""
    if polys.size == 0 or any(p is None for p in polys):
        return None
    if not ((shapely.get_type_id(polys) == 3) & (shapely.get_num_coordinates(polys) == 5)).all():
        return None
    bounds = shapely.bounds(polys)
    width, height = bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1]
    if not ((width > 0) & (height > 0)).all():
        return None
    if not np.allclose(shapely.area(polys), width * height, rtol=1e-12, atol=0.0):
        return None  # four corners but not an axis-aligned rectangle
    w, h = float(np.median(width)), float(np.median(height))
    x0, y0 = float(bounds[:, 0].min()), float(bounds[:, 1].min())
    col = np.rint((bounds[:, 0] - x0) / w).astype(np.int64)
    row = np.rint((bounds[:, 1] - y0) / h).astype(np.int64)
    misalignment = max(
        float(np.abs(bounds[:, 0] - (x0 + col * w)).max()), float(np.abs(bounds[:, 2] - (x0 + (col + 1) * w)).max()),
        float(np.abs(bounds[:, 1] - (y0 + row * h)).max()), float(np.abs(bounds[:, 3] - (y0 + (row + 1) * h)).max()),
    )
    if misalignment > 1e-6 * min(w, h):
        return None
    nrows, ncols = int(row.max()) + 1, int(col.max()) + 1
    if nrows * ncols > LATTICE_FILL * polys.size + 1024:
        return None
    table = np.full((nrows, ncols), -1, dtype=np.int64)
    table[row, col] = np.arange(polys.size)
    if (table >= 0).sum() != polys.size:
        return None  # two rectangles at one place overlap: not a lattice
    return table, x0, y0, w, h, 2.0 * misalignment


def _lattice_pairs(
    xa: np.ndarray, ya: np.ndarray, lattice: tuple, bounds: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of the points well inside a lattice rectangle, found by arithmetic; and the indices of the others.

    A point counts here only when it lies farther than the lattice margin inside its rectangle's own bounds (so
    strictly inside it and in no other rectangle): it belongs to that rectangle under every border rule. Points on
    or near an edge, and points outside the lattice, are left for the exact polygon-by-polygon test."""
    table, x0, y0, w, h, margin = lattice
    nrows, ncols = table.shape
    col = np.floor((xa - x0) / w)
    row = np.floor((ya - y0) / h)
    on_lattice = (col >= 0) & (col < ncols) & (row >= 0) & (row < nrows)
    candidate = np.full(xa.size, -1, dtype=np.int64)
    candidate[on_lattice] = table[row[on_lattice].astype(np.int64), col[on_lattice].astype(np.int64)]
    found = candidate >= 0
    b = bounds[np.where(found, candidate, 0)]
    found &= (xa > b[:, 0] + margin) & (xa < b[:, 2] - margin) & (ya > b[:, 1] + margin) & (ya < b[:, 3] - margin)
    point_idx = np.flatnonzero(found)
    return point_idx, candidate[point_idx], np.flatnonzero(~found)


def box_pairs(x: np.ndarray, y: np.ndarray, boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(point index, box index) of every point inside or on the edge of a box (rows xmin, ymin, xmax, ymax; NaN rows
    are missing polygons), sorted by point then box: the only pairs a polygon test has to look at."""
    xa, ya = _as_xy(x, y)
    b = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    present = np.flatnonzero(np.isfinite(b).all(axis=1))
    empty = np.zeros(0, dtype=np.int64)
    if present.size == 0 or xa.size == 0:
        return empty, empty
    order = np.argsort(xa, kind="stable")
    xs, ys = xa[order], ya[order]
    lo = np.searchsorted(xs, b[present, 0], side="left")
    hi = np.searchsorted(xs, b[present, 2], side="right")
    point_parts, box_parts = [], []
    for k in np.flatnonzero(hi > lo).tolist():
        band = ys[lo[k]:hi[k]]
        inside = np.flatnonzero((band >= b[present[k], 1]) & (band <= b[present[k], 3]))
        if inside.size:
            point_parts.append(order[lo[k] + inside])
            box_parts.append(np.full(inside.size, present[k], dtype=np.int64))
    if not point_parts:
        return empty, empty
    point_idx, box_idx = np.concatenate(point_parts).astype(np.int64), np.concatenate(box_parts)
    ordered = np.lexsort((box_idx, point_idx))
    return point_idx[ordered], box_idx[ordered]

def point_polygon_pairs(
    x: np.ndarray,
    y: np.ndarray,
    polygons: Sequence[shapely.Geometry] | np.ndarray,
    rule: BorderRule = "first",
    index: Literal["auto", "lattice", "polygons", "points", "xy"] = "auto",
) -> tuple[np.ndarray, np.ndarray]:
    """(point index, polygon index) of every point counted in a polygon, under a border rule.

    "first": a point inside or on the boundary of polygons is counted once, in the lowest-indexed polygon it
    touches (a point on a shared border goes to the polygon listed first); "contains": only points strictly inside
    count (QGIS native:countpointsinpolygon); "intersects": a border point counts in every polygon it touches.
    Missing (None) or empty polygons hold no points. Pairs are sorted by point index. The method ("auto" picks):
    "lattice" places the points in grid squares (axis-aligned rectangles of one size on a lattice) by arithmetic
    and tests only those near an edge exactly; "xy" tests coordinates against each prepared polygon (up to
    XY_POLYGONS_MAX polygons), "polygons" / "points" query an STRtree of the polygons (simple ones) or of the
    points (detailed ones).
    """
    if rule not in BORDER_RULES:
        raise ValueError(f"rule must be one of {', '.join(BORDER_RULES)}")
    if index not in ("auto", "polygons", "points", "xy", "lattice"):
        raise ValueError("index must be 'auto', 'polygons', 'points', 'xy' or 'lattice'")
    xa, ya = _as_xy(x, y)
    polys = np.asarray(polygons, dtype=object)
    empty = np.zeros(0, dtype=np.int64)
    if polys.size == 0 or xa.size == 0:
        return empty, empty
    predicate = "contains" if rule == "contains" else "intersects"
    lattice = _lattice(polys) if index in ("auto", "lattice") else None
    if index == "lattice" and lattice is None:
        raise ValueError("index 'lattice' needs axis-aligned rectangles of one size on a lattice")
    if index == "auto" and lattice is not None:
        index = "lattice"
    elif index == "auto" and xa.size <= PREPARE_FROM * polys.size:
        # Few points per polygon: no polygon is worth preparing; each point is tested against the polygons whose
        # box holds it (measured: 262 points in 749 polygons of 2 000 vertices, 9 ms against 44 ms for "xy").
        index = "polygons"
    elif index == "auto":
        index = "xy" if polys.size <= XY_POLYGONS_MAX else None
    if index is None:
        vertices = shapely.get_num_coordinates(polys)
        index = "polygons" if vertices.mean() <= SIMPLE_POLYGON_VERTICES else "points"
    if lattice is not None:
        # Grid squares: points well inside a square by arithmetic, the few near an edge by the exact test.
        point_idx, poly_idx, rest = _lattice_pairs(xa, ya, lattice, shapely.bounds(polys))
        if rest.size:
            rest_points, rest_polys = _xy_pairs(xa[rest], ya[rest], polys, predicate)
            point_idx = np.concatenate([point_idx, rest[rest_points]])
            poly_idx = np.concatenate([poly_idx, rest_polys])
        else:
            return point_idx, poly_idx  # one pair per point, already in point order
    elif index == "xy":
        point_idx, poly_idx = _xy_pairs(xa, ya, polys, predicate)
    else:
        points = shapely.points(xa, ya)
        if index == "polygons":
            point_idx, poly_idx = shapely.STRtree(polys).query(
                points, predicate="intersects" if predicate == "intersects" else "within"
            )
        else:
            poly_idx, point_idx = shapely.STRtree(points).query(polys, predicate=predicate)
        point_idx = point_idx.astype(np.int64)
        poly_idx = poly_idx.astype(np.int64)
    order = np.lexsort((poly_idx, point_idx))
    return _apply_rule(point_idx[order], poly_idx[order], rule)


def _apply_rule(point_idx: np.ndarray, poly_idx: np.ndarray, rule: BorderRule) -> tuple[np.ndarray, np.ndarray]:
    """Pairs sorted by point then polygon, under the border rule: "first" keeps each point's first polygon (its
    lowest-indexed one), the other rules keep every pair (their predicate already chose them)."""
    if rule == "first" and point_idx.size:
        first = np.ones(point_idx.size, dtype=bool)
        first[1:] = point_idx[1:] != point_idx[:-1]
        return point_idx[first], poly_idx[first]
    return point_idx, poly_idx


def area_pairs(
    x: np.ndarray,
    y: np.ndarray,
    boxes: np.ndarray,
    rule: BorderRule,
    test_pairs: Callable[[np.ndarray, np.ndarray, str], np.ndarray],
    shapes: Callable[[np.ndarray], np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """(point index, polygon index) of every point counted in an area under the border rule, for areas given by
    their boxes (rows xmin, ymin, xmax, ymax; NaN for a missing polygon) and two callables of the caller's.

    Few points per polygon (e.g. entities in detailed statistical sectors): each point is tested only against the
    polygons whose box holds it, by ``test_pairs(point_idx, poly_idx, predicate)`` (a boolean per pair; the caller
    tests its own geometries, no conversion needed). Otherwise ``shapes(indices)`` gives the shapely polygons of
    the present areas and point_polygon_pairs does the work. Pairs are sorted by point index."""
    if rule not in BORDER_RULES:
        raise ValueError(f"rule must be one of {', '.join(BORDER_RULES)}")
    xa, ya = _as_xy(x, y)
    b = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    present = np.flatnonzero(np.isfinite(b).all(axis=1))
    if xa.size <= PREPARE_FROM * max(present.size, 1):
        point_idx, poly_idx = box_pairs(xa, ya, b)
        passed = np.asarray(test_pairs(point_idx, poly_idx, "contains" if rule == "contains" else "intersects"))
        return _apply_rule(point_idx[passed], poly_idx[passed], rule)
    point_idx, local_idx = point_polygon_pairs(xa, ya, shapes(present), rule=rule)
    return point_idx, present[local_idx]


def tabulate_pairs(
    point_idx: np.ndarray,
    poly_idx: np.ndarray,
    n_polygons: int,
    member_point: np.ndarray,
    member_group: np.ndarray,
    n_groups: int,
) -> np.ndarray:
    """Count per polygon and group from (point, polygon) pairs and (point, group) memberships (many per point allowed).

    Returns an (n_polygons, n_groups) int64 matrix: for every pair and every group the point belongs to, one count.
    """
    from scipy import sparse

    pi = np.asarray(point_idx, dtype=np.int64)
    qi = np.asarray(poly_idx, dtype=np.int64)
    mp = np.asarray(member_point, dtype=np.int64)
    mg = np.asarray(member_group, dtype=np.int64)
    if mp.shape != mg.shape:
        raise ValueError("member_point and member_group differ in length")
    if n_polygons == 0 or n_groups == 0 or pi.size == 0 or mp.size == 0:
        return np.zeros((n_polygons, n_groups), dtype=np.int64)
    n_points = int(max(pi.max(), mp.max())) + 1
    in_poly = sparse.csr_matrix((np.ones(pi.size, dtype=np.int64), (qi, pi)), shape=(n_polygons, n_points))
    member = sparse.csr_matrix((np.ones(mp.size, dtype=np.int64), (mp, mg)), shape=(n_points, n_groups))
    return np.asarray((in_poly @ member).toarray(), dtype=np.int64)


def field_suffix(code) -> str:
    """A field-name-safe version of a vocabulary code or value (lowercase letters, digits and underscores)."""
    text = re.sub(r"[^0-9a-z_]+", "_", str(code).strip().lower()).strip("_")
    return text or "none"


class Memberships(NamedTuple):
    """Which point belongs to which group (many per point allowed), the groups' codes."""

    point: np.ndarray  # int64 point indices
    group: np.ndarray  # int64 group indices into codes
    codes: list[str]


def coded_memberships(positions: np.ndarray, vocabulary: list[str]) -> Memberships:
    """Groups of points by a coded column (positions in the vocabulary, -1 for none): the codes present in the data,
    named by field_suffix and sorted, so codes differing only in case or punctuation share a group."""
    positions = np.asarray(positions, dtype=np.int64)
    present = np.unique(positions[positions >= 0])
    codes = sorted({field_suffix(vocabulary[p]) for p in present})
    code_index = {c: i for i, c in enumerate(codes)}
    table = np.full(len(vocabulary) + 1, -1, dtype=np.int64)
    for p in present.tolist():
        table[p] = code_index[field_suffix(vocabulary[p])]
    members = table[positions]  # position -1 reads the table's last cell: -1
    point = np.flatnonzero(members >= 0)
    return Memberships(point, members[point], codes)


def value_memberships(values: Sequence) -> Memberships:
    """Groups of points by a text column's values, named by field_suffix and sorted ("Hub" and "hub" share "hub");
    NULL, empty and non-text values are in no group."""
    raw = [v if isinstance(v, str) else "" for v in values]
    suffixes = {v: field_suffix(v) if v not in ("", "NULL") else "" for v in set(raw)}
    codes = sorted(set(suffixes.values()) - {""})
    code_index = {c: i for i, c in enumerate(codes)}
    value_index = {v: code_index.get(suffix, -1) for v, suffix in suffixes.items()}
    members = np.fromiter((value_index[v] for v in raw), dtype=np.int64, count=len(raw))
    point = np.flatnonzero(members >= 0)
    return Memberships(point, members[point], codes)


class AreaFigures(NamedTuple):
    """density_by_area's figures per area (arrays of one value per area; NaN where undefined)."""

    counts: np.ndarray  # int64 points counted in the area
    counted: int  # points counted in any area
    density_km2: np.ndarray
    share_pct: np.ndarray  # share of the points counted in any area
    sector_counts: np.ndarray | None  # (areas, sectors) int64
    location_quotients: np.ndarray | None  # (areas, sectors)
    type_counts: np.ndarray | None  # (areas, types) int64
    per_1000_inh: np.ndarray | None  # NaN where the population is missing or not above 0


def area_figures(
    point_idx: np.ndarray,
    poly_idx: np.ndarray,
    area_km2: np.ndarray,
    sectors: Memberships | None = None,
    types: Memberships | None = None,
    population: np.ndarray | None = None,
) -> AreaFigures:
    """Counts, densities per km², shares, sector counts and location quotients, type counts and rates per 1 000
    inhabitants of areas, from the (point, area) pairs counted (area_pairs) and the areas' planar areas in km²."""
    n_areas = np.asarray(area_km2).size
    counts = np.bincount(poly_idx, minlength=n_areas).astype(np.int64)
    counted = int(np.unique(point_idx).size)

    def tabulate(groups: Memberships | None) -> np.ndarray | None:
        if groups is None:
            return None
        return tabulate_pairs(point_idx, poly_idx, n_areas, groups.point, groups.group, len(groups.codes))

    return figures_from_counts(counts, counted, area_km2, tabulate(sectors), tabulate(types), population)


def figures_from_counts(
    counts: np.ndarray,
    counted: int,
    area_km2: np.ndarray,
    sector_counts: np.ndarray | None = None,
    type_counts: np.ndarray | None = None,
    population: np.ndarray | None = None,
) -> AreaFigures:
    """area_figures from counts already made (per area; per area and sector or type; the points counted in any
    area), e.g. by the database the points are in."""
    area_km2 = np.asarray(area_km2, dtype=float)
    counts = np.asarray(counts, dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        density_km2 = np.where(area_km2 > 0, counts / area_km2, np.nan)
    share = 100.0 * counts / counted if counted else np.zeros(area_km2.size)
    per_1000 = None
    if population is not None:
        population = np.asarray(population, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            per_1000 = np.where(np.isfinite(population) & (population > 0), 1000.0 * counts / population, np.nan)
    return AreaFigures(
        counts, counted, density_km2, share.astype(float), sector_counts,
        location_quotients(sector_counts) if sector_counts is not None else None, type_counts, per_1000,
    )


def merge_groups(codes: Sequence[str], matrix: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Columns of an (areas, groups) count matrix merged under their field names (field_suffix, sorted), as
    value_memberships groups points: "Hub" and "hub" count together."""
    names = sorted({field_suffix(code) for code in codes})
    index = {name: i for i, name in enumerate(names)}
    merged = np.zeros((np.asarray(matrix).shape[0], len(names)), dtype=np.int64)
    for column, code in enumerate(codes):
        merged[:, index[field_suffix(code)]] += matrix[:, column]
    return names, merged


def boundary_shares(cells: np.ndarray, boundary: shapely.Geometry, cell_area: float) -> np.ndarray:
    """Percentage of each cell's area inside the boundary (0 for cells meeting it only along an edge or a corner)."""
    shapely.prepare(boundary)
    meets = shapely.intersects(boundary, cells)
    inside_pct = np.zeros(len(cells))
    whole = meets & shapely.contains(boundary, cells)
    inside_pct[whole] = 100.0
    partial = np.flatnonzero(meets & ~whole)
    inside_pct[partial] = 100.0 * shapely.area(shapely.intersection(cells[partial], boundary)) / cell_area
    return inside_pct
