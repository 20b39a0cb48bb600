"""The figures density_by_area writes, computed by core from (point, area) pairs, and the grid neighbour counts of
hotspots: checked against values worked out by hand and against the weights-matrix path."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from brussels_creative.core.analysis import density, hotspots


def test_area_figures_of_three_areas_worked_out_by_hand() -> None:
    # points 0-2 in area 0, point 3 on the border counted in areas 0 and 1 (intersects), point 4 in area 1,
    # point 5 counted nowhere; area 2 is empty
    point_idx = np.array([0, 1, 2, 3, 3, 4])
    area_idx = np.array([0, 0, 0, 0, 1, 1])
    sectors = density.Memberships(np.array([0, 1, 2, 3, 4]), np.array([0, 0, 1, 1, 1]), ["design", "music"])
    figures = density.area_figures(point_idx, area_idx, np.array([0.5, 2.0, 0.0]), sectors=sectors,
                                   population=np.array([2000.0, 0.0, np.nan]))
    assert figures.counts.tolist() == [4, 2, 0]
    assert figures.counted == 5  # point 3 once, point 5 never
    assert figures.density_km2[:2].tolist() == [8.0, 1.0] and np.isnan(figures.density_km2[2])
    assert figures.share_pct.tolist() == pytest.approx([80.0, 40.0, 0.0])
    assert figures.sector_counts.tolist() == [[2, 2], [0, 2], [0, 0]]
    # design: 2 of 4 in area 0 against 2 of 6 overall
    assert figures.location_quotients[0].tolist() == pytest.approx([(2 / 4) / (2 / 6), (2 / 4) / (4 / 6)])
    assert np.isnan(figures.location_quotients[2]).all()
    assert figures.per_1000_inh[0] == pytest.approx(2.0) and np.isnan(figures.per_1000_inh[1:]).all()
    assert figures.type_counts is None


def test_memberships_group_codes_by_their_field_name() -> None:
    by_value = density.value_memberships(["Hub", "hub", None, "NULL", "fab lab", ""])
    assert by_value.codes == ["fab_lab", "hub"]
    assert by_value.point.tolist() == [0, 1, 4] and by_value.group.tolist() == [1, 1, 0]
    coded = density.coded_memberships(np.array([2, -1, 0, 2]), ["Hub", "lab", "hub"])
    assert coded.codes == ["hub"]  # "lab" is in no point; "Hub" and "hub" share a field
    assert coded.point.tolist() == [0, 2, 3] and coded.group.tolist() == [0, 0, 0]


@pytest.mark.parametrize("rule", ["first", "contains", "intersects"])
def test_area_pairs_by_boxes_equal_the_shapely_engine(rule) -> None:
    squares = np.array([shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10), None], dtype=object)
    x = np.array([5.0, 10.0, 15.0, 25.0, 10.0])
    y = np.array([5.0, 5.0, 5.0, 5.0, 10.0])
    boxes = np.array([shapely.bounds(s) if s is not None else [np.nan] * 4 for s in squares])

    def test_pairs(point_idx, poly_idx, predicate):
        test = shapely.contains_xy if predicate == "contains" else shapely.intersects_xy
        return np.array([test(squares[q], x[p], y[p]) for p, q in zip(point_idx, poly_idx, strict=True)], dtype=bool)

    by_boxes = density.area_pairs(x, y, boxes, rule, test_pairs, lambda present: squares[present])
    by_shapes = density.point_polygon_pairs(x, y, squares, rule=rule)
    assert [a.tolist() for a in by_boxes] == [a.tolist() for a in by_shapes]


def test_grid_neighbours_equal_the_distance_band_weights_of_the_cell_centres() -> None:
    mask = np.ones((6, 7), dtype=bool)
    mask[0, :3] = mask[4, 5] = False
    rows, cols = np.nonzero(mask)
    weights = hotspots.distance_band_weights(cols.astype(float), -rows.astype(float), 2.0)
    assert hotspots.grid_neighbours(mask, 2.0).tolist() == np.diff(weights.indptr).tolist()
