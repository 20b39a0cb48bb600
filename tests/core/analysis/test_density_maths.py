"""Density maths checked against plain shapely/numpy loops written here, and against known cases."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import Point, Polygon, box

from brussels_creative.core.analysis import density

X0, Y0 = 148_000.0, 168_000.0  # somewhere in Brussels, EPSG:31370


def _polygons() -> list[shapely.Geometry]:
    """Six 100 m squares sharing edges and vertices, a triangle overlapping two of them, a square with a hole."""
    squares = [
        box(X0 + i * 100, Y0 + j * 100, X0 + (i + 1) * 100, Y0 + (j + 1) * 100) for j in range(2) for i in range(3)
    ]
    triangle = Polygon([(X0 + 50, Y0 + 50), (X0 + 250, Y0 + 50), (X0 + 150, Y0 + 150)])
    holed = Polygon(
        [(X0 + 400, Y0), (X0 + 600, Y0), (X0 + 600, Y0 + 200), (X0 + 400, Y0 + 200)],
        holes=[[(X0 + 450, Y0 + 50), (X0 + 550, Y0 + 50), (X0 + 550, Y0 + 150), (X0 + 450, Y0 + 150)]],
    )
    return [*squares, triangle, holed]


def _points(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Random points plus points exactly on shared edges, shared vertices, outer corners and a hole's edge."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(X0 - 20, X0 + 620, 400)
    y = rng.uniform(Y0 - 20, Y0 + 220, 400)
    special = [
        (X0 + 100, Y0 + 30),  # shared vertical edge
        (X0 + 30, Y0 + 100),  # shared horizontal edge
        (X0 + 100, Y0 + 100),  # vertex shared by four squares
        (X0 + 200, Y0 + 200),  # vertex shared by two squares (top edge)
        (X0, Y0),  # outer corner
        (X0 + 150, Y0 + 150),  # triangle apex on the shared horizontal edge
        (X0 + 450, Y0 + 100),  # on the hole's edge
        (X0 + 500, Y0 + 100),  # inside the hole
        (X0 + 400, Y0 + 100),  # on the holed square's outer edge
        (X0 + 700, Y0 + 700),  # outside everything
    ]
    sx, sy = np.array(special).T
    return np.concatenate([x, sx]), np.concatenate([y, sy])


@pytest.mark.parametrize("index", ["auto", "polygons", "points"])
def test_count_in_polygons_matches_intersects_loop_maths(index: str) -> None:
    polys = _polygons()
    x, y = _points()
    groups = np.arange(x.size) % 3
    result = density.count_in_polygons(x, y, polys, groups, index=index)
    expected = np.zeros(len(polys), dtype=np.int64)
    expected_matrix = np.zeros((len(polys), 3), dtype=np.int64)
    for k, poly in enumerate(polys):
        for i in range(x.size):
            if poly.intersects(Point(x[i], y[i])):
                expected[k] += 1
                expected_matrix[k, groups[i]] += 1
    assert result.counts.dtype == np.int64
    np.testing.assert_array_equal(result.counts, expected)
    np.testing.assert_array_equal(result.matrix, expected_matrix)


def test_border_points_count_in_every_polygon_touched_maths() -> None:
    polys = _polygons()[:6]
    on_edge = density.count_in_polygons([X0 + 100], [Y0 + 30], polys).counts
    on_vertex = density.count_in_polygons([X0 + 100], [Y0 + 100], polys).counts
    assert on_edge.sum() == 2
    assert on_vertex.sum() == 4
    assert density.count_in_polygons([X0 + 100], [Y0 + 30], polys, predicate="contains").counts.sum() == 0


@pytest.mark.parametrize("index", ["auto", "polygons", "points"])
def test_count_in_polygons_contains_matches_qgis_rule_maths(index: str) -> None:
    polys = _polygons()
    x, y = _points(1)
    result = density.count_in_polygons(x, y, polys, predicate="contains", index=index)
    expected = [sum(poly.contains(Point(a, b)) for a, b in zip(x, y, strict=True)) for poly in polys]
    np.testing.assert_array_equal(result.counts, expected)
    assert result.matrix is None


def test_count_in_polygons_detailed_polygons_maths() -> None:
    # Detailed polygons (auto picks the point index): wiggly sectors of a disc sharing their radial edges.
    t = np.linspace(0, 2 * np.pi, 721)
    rad = 300 + 20 * np.sin(17 * t)
    ring = np.column_stack([X0 + rad * np.cos(t), Y0 + rad * np.sin(t)])
    sectors = [Polygon(np.vstack([[(X0, Y0)], ring[k * 180 : (k + 1) * 180 + 1]])) for k in range(4)]
    rng = np.random.default_rng(2)
    x = np.concatenate([rng.uniform(X0 - 330, X0 + 330, 500), ring[::45, 0], [X0, X0 + 100, X0]])
    y = np.concatenate([rng.uniform(Y0 - 330, Y0 + 330, 500), ring[::45, 1], [Y0, Y0, Y0 - 100]])
    for predicate in ("intersects", "contains"):
        result = density.count_in_polygons(x, y, sectors, predicate=predicate)
        test = Polygon.intersects if predicate == "intersects" else Polygon.contains
        expected = [sum(test(poly, Point(a, b)) for a, b in zip(x, y, strict=True)) for poly in sectors]
        np.testing.assert_array_equal(result.counts, expected)
    assert density.count_in_polygons([X0], [Y0], sectors).counts.tolist() == [1, 1, 1, 1]  # the shared centre


def test_count_in_polygons_empty_inputs_maths() -> None:
    assert density.count_in_polygons([], [], _polygons()).counts.tolist() == [0] * 8
    res = density.count_in_polygons([X0 + 1], [Y0 + 1], [], groups=[0])
    assert res.counts.shape == (0,)
    assert res.matrix.shape == (0, 1)


def test_location_quotients_maths() -> None:
    m = np.array([[10, 0, 5], [2, 8, 0], [0, 0, 0], [4, 4, 4]])
    lq = density.location_quotients(m)
    total = m.sum()
    for a in range(m.shape[0]):
        for g in range(m.shape[1]):
            if m[a].sum() == 0:
                assert math.isnan(lq[a, g])
            elif m[a, g] == 0:
                assert lq[a, g] == 0.0
            else:
                assert lq[a, g] == pytest.approx((m[a, g] / m[a].sum()) / (m[:, g].sum() / total), rel=1e-12)
    # A group absent everywhere has quotient 0 in non-empty areas, not nan.
    lq2 = density.location_quotients(np.array([[1, 0], [3, 0]]))
    assert lq2[:, 1].tolist() == [0.0, 0.0]
    assert lq2[:, 0].tolist() == [1.0, 1.0]


@pytest.mark.parametrize("shape", ["square", "hexagon"])
def test_grids_of_two_extents_align_cell_for_cell_maths(shape: str) -> None:
    origin = (X0, Y0)
    p1, c1, r1 = density.grid_cells(X0 + 130, Y0 + 70, X0 + 2_000, Y0 + 1_500, 250, shape, origin)
    p2, c2, r2 = density.grid_cells(X0 - 900, Y0 + 400, X0 + 1_200, Y0 + 2_700, 250, shape, origin)
    ids1 = {(c, r): g for c, r, g in zip(c1.tolist(), r1.tolist(), p1, strict=True)}
    ids2 = {(c, r): g for c, r, g in zip(c2.tolist(), r2.tolist(), p2, strict=True)}
    common = set(ids1) & set(ids2)
    assert len(common) > 10
    for key in common:
        assert shapely.equals_exact(ids1[key], ids2[key], tolerance=1e-6)
    # Cells tile the plane: no overlaps and the expected area.
    cells = p1
    area = 250 * 250 if shape == "square" else 1.5 * math.sqrt(3) * 250**2
    np.testing.assert_allclose(shapely.area(cells), area, rtol=1e-9)
    assert shapely.union_all(cells).area == pytest.approx(area * cells.size, rel=1e-9)
    # The block covers the extent.
    assert shapely.union_all(cells).contains(box(X0 + 130, Y0 + 70, X0 + 2_000, Y0 + 1_500))


def test_count_in_grid_squares_matches_half_open_loop_maths() -> None:
    rng = np.random.default_rng(3)
    x = np.concatenate([rng.uniform(X0, X0 + 1_000, 500), [X0 + 200.0, X0 + 333.0, X0 + 1_000.0]])
    y = np.concatenate([rng.uniform(Y0, Y0 + 800, 500), [Y0 + 51.0, Y0 + 400.0, Y0 + 800.0]])
    res = density.count_in_grid(x, y, 200, "square", origin=(X0, Y0))
    grid = res.grid
    assert res.counts.sum() == x.size
    assert res.outside == 0
    polys = grid.polygons()
    for k, cell in enumerate(polys):
        xmin, ymin, xmax, ymax = cell.bounds
        expected = int(np.sum((x >= xmin) & (x < xmax) & (y >= ymin) & (y < ymax)))
        assert res.counts[k] == expected
    # Half-open rule: (X0+200, Y0+51) is on a vertical line, so it is in column 1 (east); (X0+333, Y0+400) in row 2.
    cols, rows = density.assign_to_grid([X0 + 200.0, X0 + 333.0], [Y0 + 51.0, Y0 + 400.0], 200, origin=(X0, Y0))
    assert cols.tolist() == [1, 1]
    assert rows.tolist() == [0, 2]
    # North-up order: the first cell is the north-west one.
    assert polys[0].bounds[0] == grid.polygons()[0].bounds[0] == X0
    assert polys[0].bounds[3] == max(p.bounds[3] for p in polys)


def test_count_in_grid_hexagons_nearest_centre_maths() -> None:
    rng = np.random.default_rng(4)
    origin = (X0 + 17.0, Y0 - 5.0)
    x = rng.uniform(X0, X0 + 1_500, 800)
    y = rng.uniform(Y0, Y0 + 1_200, 800)
    res = density.count_in_grid(x, y, 120, "hexagon", origin=origin)
    grid = res.grid
    assert res.counts.sum() == x.size
    cx, cy = grid.centres()
    nearest = np.argmin((x[:, None] - cx[None, :]) ** 2 + (y[:, None] - cy[None, :]) ** 2, axis=1)
    np.testing.assert_array_equal(res.counts, np.bincount(nearest, minlength=cx.size))
    polys = grid.polygons()
    for k, cell in enumerate(polys):
        inside = sum(cell.contains(Point(a, b)) for a, b in zip(x, y, strict=True))
        assert res.counts[k] == inside
    # Groups matrix adds up to the counts.
    g = np.arange(x.size) % 4
    res_g = density.count_in_grid(x, y, 120, "hexagon", origin=origin, groups=g)
    np.testing.assert_array_equal(res_g.matrix.sum(axis=1), res.counts)


def test_hexagon_border_points_go_to_one_touching_cell_maths() -> None:
    grid = density.grid_block(X0, Y0, X0 + 1_000, Y0 + 1_000, 100, "hexagon", (X0, Y0))
    polys = grid.polygons()
    # Vertices and edge midpoints of a few hexagons: each point is counted once, in a hexagon it touches.
    middle = (grid.nrows // 2) * grid.ncols
    rings = [shapely.get_coordinates(cell.exterior) for cell in polys[middle + 1 : middle + grid.ncols - 1]]
    pts = np.concatenate([np.concatenate([r, (r[:-1] + r[1:]) / 2]) for r in rings])
    cols, rows = density.assign_to_grid(pts[:, 0], pts[:, 1], 100, "hexagon", (X0, Y0))
    idx = grid.index_of(cols, rows)
    assert (idx >= 0).all()
    for (a, b), k in zip(pts, idx, strict=True):
        assert polys[k].distance(Point(a, b)) < 1e-6


def test_count_in_grid_with_extent_counts_outside_maths() -> None:
    res = density.count_in_grid([X0 + 10, X0 + 5_000], [Y0 + 10, Y0 + 10], 100, extent=(X0, Y0, X0 + 500, Y0 + 500))
    assert res.counts.sum() == 1
    assert res.outside == 1


@pytest.mark.parametrize("kernel", density.KERNELS)
def test_kernel_density_integrates_to_n_maths(kernel: str) -> None:
    rng = np.random.default_rng(5)
    n = 3_000
    x = rng.normal(X0 + 5_000, 800, n)
    y = rng.normal(Y0 + 5_000, 800, n)
    weights = rng.uniform(0.5, 2.0, n)
    extent = (X0, Y0, X0 + 10_000, Y0 + 10_000)  # points (sd 800 m) lie far from the edges
    for w, total in ((None, n), (weights, weights.sum())):
        dens = density.kernel_density(x, y, w, bandwidth=300, pixel_size=25, extent=extent, kernel=kernel)
        assert dens.shape == (400, 400)
        assert dens.dtype == np.float64
        pixel_km2 = 25 * 25 / 1e6
        assert dens.sum() * pixel_km2 == pytest.approx(total, rel=1e-6)
        assert dens.min() >= 0


@pytest.mark.parametrize("kernel", density.KERNELS)
def test_kernel_density_equals_direct_sum_maths(kernel: str) -> None:
    # Points on pixel centres with simple binning: the FFT result must equal the direct kernel sum.
    p = 10.0
    rng = np.random.default_rng(6)
    extent = (X0, Y0, X0 + 400, Y0 + 300)
    cols = rng.integers(-5, 45, 60)
    rows = rng.integers(-5, 35, 60)  # some points outside the extent, within the kernel's reach
    x = X0 + (cols + 0.5) * p
    y = Y0 + 300 - (rows + 0.5) * p
    h = 47.0
    dens = density.kernel_density(x, y, bandwidth=h, pixel_size=p, extent=extent, kernel=kernel, binning="simple")
    reach = h * (4.0 if kernel == "gaussian" else 1.0)

    def k(d: np.ndarray) -> np.ndarray:
        t = d / h
        shapes = {
            "quartic": (1 - t**2) ** 2,
            "triangular": 1 - t,
            "epanechnikov": 1 - t**2,
            "uniform": np.ones_like(t),
            "gaussian": np.exp(-(t**2) / 2),
        }
        return np.where(d <= reach, shapes[kernel], 0.0)

    r = math.ceil(reach / p)
    off = np.arange(-r, r + 1) * p
    norm = k(np.hypot(off[None, :], off[:, None])).sum()
    px = X0 + (np.arange(40) + 0.5) * p
    py = Y0 + 300 - (np.arange(30) + 0.5) * p
    expected = np.zeros((30, 40))
    for i in range(30):
        for j in range(40):
            expected[i, j] = k(np.hypot(x - px[j], y - py[i])).sum() / norm
    np.testing.assert_allclose(dens * (p * p / 1e6), expected, atol=1e-12)


def test_kernel_density_north_up_and_linear_binning_maths() -> None:
    extent = (X0, Y0, X0 + 1_000, Y0 + 1_000)
    dens = density.kernel_density([X0 + 105.0], [Y0 + 895.0], bandwidth=60, pixel_size=10, extent=extent)
    r, c = np.unravel_index(np.argmax(dens), dens.shape)
    assert (r, c) in {(10, 10), (10, 11), (9, 10), (9, 11)}  # north-west corner of the raster is row 0, column 0
    # Linear binning keeps the centre of mass of the raster on the point.
    py = Y0 + 1_000 - (np.arange(100) + 0.5) * 10
    px = X0 + (np.arange(100) + 0.5) * 10
    assert (dens.sum(axis=0) * px).sum() / dens.sum() == pytest.approx(X0 + 105.0, abs=1e-6)
    assert (dens.sum(axis=1) * py).sum() / dens.sum() == pytest.approx(Y0 + 895.0, abs=1e-6)
    assert density.raster_geotransform(extent, 10) == (X0, 10.0, 0.0, Y0 + 1_000, 0.0, -10.0)


def test_bandwidth_rules_maths() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(0, 1_000, 5_000)
    y = rng.normal(0, 500, 5_000)
    sx2 = np.sum((x - x.mean()) ** 2) / (x.size - 1)
    sy2 = np.sum((y - y.mean()) ** 2) / (y.size - 1)
    assert density.bandwidth_scott(x, y) == pytest.approx(math.sqrt((sx2 + sy2) / 2) * 5_000 ** (-1 / 6))
    dm = np.median(np.sqrt((x - x.mean()) ** 2 + (y - y.mean()) ** 2))
    expected = 0.9 * min(math.sqrt(sx2 + sy2), math.sqrt(1 / math.log(2)) * dm) * 5_000**-0.2
    assert density.bandwidth_silverman(x, y) == pytest.approx(expected)


@pytest.mark.parametrize("rule", ["first", "contains", "intersects"])
@pytest.mark.parametrize("index", ["xy", "polygons", "points"])
def test_point_polygon_pairs_methods_agree_with_a_shapely_loop_maths(rule: str, index: str) -> None:
    polys = _polygons()
    x, y = _points()
    point_idx, poly_idx = density.point_polygon_pairs(x, y, polys, rule=rule, index=index)
    expected = []
    for i in range(x.size):
        point = shapely.Point(x[i], y[i])
        hits = [k for k, poly in enumerate(polys) if (poly.contains(point) if rule == "contains"
                                                      else poly.intersects(point))]
        if rule == "first":
            hits = hits[:1]
        expected += [(i, k) for k in hits]
    assert list(zip(point_idx.tolist(), poly_idx.tolist(), strict=True)) == expected


def _expected_pairs(x, y, polys, rule):
    expected = []
    for i in range(x.size):
        point = shapely.Point(x[i], y[i])
        hits = [k for k, poly in enumerate(polys) if (poly.contains(point) if rule == "contains"
                                                      else poly.intersects(point))]
        expected += [(i, k) for k in (hits[:1] if rule == "first" else hits)]
    return expected


@pytest.mark.parametrize("rule", ["first", "contains", "intersects"])
@pytest.mark.parametrize("cell", [100.0, 0.1 * 3])  # 0.3 m: the squares' corners carry rounding errors
def test_lattice_pairs_equal_a_shapely_loop_on_grid_squares_maths(rule: str, cell: float) -> None:
    rng = np.random.default_rng(3)
    # A 7 × 5 lattice with two squares missing, listed in a shuffled order.
    cells = [(i, j) for j in range(5) for i in range(7) if (i, j) not in {(2, 2), (6, 0)}]
    order = rng.permutation(len(cells))
    polys = [box(X0 + cells[k][0] * cell, Y0 + cells[k][1] * cell,
                 X0 + (cells[k][0] + 1) * cell, Y0 + (cells[k][1] + 1) * cell) for k in order]
    x = rng.uniform(X0 - cell, X0 + 8 * cell, 3000)
    y = rng.uniform(Y0 - cell, Y0 + 6 * cell, 3000)
    # Points on shared edges and vertices, and a hair on either side of an edge.
    edge_x = X0 + 3 * cell
    special = [(edge_x, Y0 + 0.5 * cell), (X0 + cell, Y0 + cell), (X0, Y0),
               (np.nextafter(edge_x, -np.inf), Y0 + 1.5 * cell), (np.nextafter(edge_x, np.inf), Y0 + 1.5 * cell),
               (X0 + 2.5 * cell, Y0 + 2 * cell)]  # on the edge of the missing square
    x = np.concatenate([x, [p[0] for p in special]])
    y = np.concatenate([y, [p[1] for p in special]])
    point_idx, poly_idx = density.point_polygon_pairs(x, y, polys, rule=rule, index="lattice")
    assert list(zip(point_idx.tolist(), poly_idx.tolist(), strict=True)) == _expected_pairs(x, y, polys, rule)
    auto = density.point_polygon_pairs(x, y, polys, rule=rule)
    assert np.array_equal(auto[0], point_idx) and np.array_equal(auto[1], poly_idx)


def test_lattice_is_refused_for_squares_that_are_no_lattice_maths() -> None:
    squares = [box(X0, Y0, X0 + 100, Y0 + 100), box(X0 + 100, Y0, X0 + 200, Y0 + 100)]
    overlapping = [*squares, box(X0, Y0, X0 + 100, Y0 + 100)]  # the same square twice
    shifted = [*squares, box(X0 + 50, Y0 + 100, X0 + 150, Y0 + 200)]  # half a step off the lattice
    mixed = [*squares, box(X0, Y0 + 100, X0 + 200, Y0 + 300)]  # another size
    x = np.array([X0 + 50.0, X0 + 120.0, X0 + 100.0])
    y = np.array([Y0 + 50.0, Y0 + 150.0, Y0 + 50.0])
    for polys in (overlapping, shifted, mixed, [*squares, Polygon()]):
        with pytest.raises(ValueError, match="lattice"):
            density.point_polygon_pairs(x, y, polys, index="lattice")
        for rule in ("first", "contains", "intersects"):
            point_idx, poly_idx = density.point_polygon_pairs(x, y, polys, rule=rule)
            assert list(zip(point_idx.tolist(), poly_idx.tolist(), strict=True)) == _expected_pairs(x, y, polys, rule)


def test_box_pairs_equal_a_loop_maths() -> None:
    rng = np.random.default_rng(8)
    corners = rng.uniform(0, 1_000, (300, 2))
    boxes = np.column_stack([corners, corners + rng.uniform(1, 60, (300, 2))])
    boxes[[4, 9]] = np.nan  # missing polygons
    x, y = rng.uniform(0, 1_000, 500), rng.uniform(0, 1_000, 500)
    x[0], y[0] = boxes[7, 2], boxes[7, 1]  # exactly on a box corner: the box counts
    point_idx, box_idx = density.box_pairs(x, y, boxes)
    expected = [(i, k) for i in range(x.size) for k in range(300) if np.isfinite(boxes[k]).all()
                and boxes[k, 0] <= x[i] <= boxes[k, 2] and boxes[k, 1] <= y[i] <= boxes[k, 3]]
    assert list(zip(point_idx.tolist(), box_idx.tolist(), strict=True)) == expected
    assert (0, 7) in expected and len(expected) > 50
