"""density_grid through processing.run on real GeoPackages and memory layers: counts against shapely loops and
native:countpointsinpolygon, edge rules, alignment of two runs on the same origin, boundary, bad input and cancel."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import processing
import pytest
import shapely
from helpers import SAMPLE_ENTITIES, cancel_writes_nothing, entities, municipalities, points_layer, refuse_bad_input
from qgis.core import QgsVectorLayer

from brussels_creative.core.store.selection import read_entity_points

ALG = "brussels_creative:density_grid"


def _cells(output: str) -> list[dict]:
    layer = QgsVectorLayer(output, "cells", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:31370"
    names = layer.fields().names()
    return [
        dict(zip(names, f.attributes(), strict=True)) | {"_shape": shapely.from_wkb(bytes(f.geometry().asWkb()))}
        for f in layer.getFeatures()
    ]


def _run(tmp_path: Path, name: str = "grid", **params) -> list[dict]:
    result = processing.run(ALG, {"OUTPUT": str(tmp_path / f"{name}.gpkg"), **params})
    return _cells(result["OUTPUT"])


def _xy(ecosystem: Path) -> np.ndarray:
    points = read_entity_points(ecosystem)
    return np.column_stack([points.x, points.y])


@pytest.mark.parametrize("shape", [0, 1], ids=["square", "hexagon"])
def test_cell_counts_equal_a_shapely_loop_and_native_countpointsinpolygon(provider, ecosystem, tmp_path, shape):
    cells = _run(tmp_path, INPUT=entities(ecosystem), CELL_SIZE=700, SHAPE=shape)
    xy = _xy(ecosystem)
    assert sum(c["n_entities"] for c in cells) == len(xy)
    points = shapely.points(xy)
    expected = [int(shapely.contains(c["_shape"], points).sum()) for c in cells]
    assert [c["n_entities"] for c in cells] == expected  # no ecosystem point lies exactly on a grid line
    native = processing.run("native:countpointsinpolygon", {
        "POINTS": entities(ecosystem), "POLYGONS": str(tmp_path / "grid.gpkg"), "FIELD": "NUMPOINTS",
        "OUTPUT": "memory:",
    })["OUTPUT"]
    assert [f["NUMPOINTS"] for f in native.getFeatures()] == expected
    area = 700 * 700 if shape == 0 else 1.5 * math.sqrt(3) * 700 * 700
    for c in cells:
        assert c["_shape"].area == pytest.approx(area)
        assert c["cell_area_km2"] == pytest.approx(area / 1e6)
        assert c["density_km2"] == pytest.approx(c["n_entities"] / (area / 1e6))


def test_points_on_grid_lines_go_to_the_cell_east_and_north(provider, tmp_path):
    # 100 m squares on the origin (0, 0): (100, 50) is on a vertical line, (50, 100) on a horizontal one,
    # (100, 100) on a corner; each goes to exactly one cell, the eastern / northern one.
    cells = _run(tmp_path, INPUT=points_layer([(100, 50), (50, 100), (100, 100), (10, 10)]), CELL_SIZE=100,
                 KEEP_EMPTY=False)
    assert {(c["col"], c["row"]): c["n_entities"] for c in cells} == {(1, 0): 1, (0, 1): 1, (1, 1): 1, (0, 0): 1}


def test_grids_of_two_extents_align_cell_for_cell_on_the_same_origin(provider, ecosystem, tmp_path):
    origin = {"ORIGIN_X": 137.0, "ORIGIN_Y": -42.0, "CELL_SIZE": 400}
    west = _run(tmp_path, "west", INPUT=entities(ecosystem), EXPRESSION="x($geometry) < 149000", **origin)
    everything = _run(tmp_path, "everything", INPUT=entities(ecosystem), **origin)
    west_ids = {(c["col"], c["row"]): c for c in west}
    all_ids = {(c["col"], c["row"]): c for c in everything}
    assert len(west_ids) < len(all_ids)  # the western entities cover a smaller extent
    assert set(west_ids) <= set(all_ids)
    for key, cell in west_ids.items():
        assert shapely.equals_exact(cell["_shape"].normalize(), all_ids[key]["_shape"].normalize(), tolerance=1e-6)
        assert cell["n_entities"] <= all_ids[key]["n_entities"]
    # Cells sit on the origin's lattice: corners at origin + k × 400 m.
    xmin, ymin, _, _ = next(iter(all_ids.values()))["_shape"].bounds
    assert ((xmin - 137.0) / 400) == pytest.approx(round((xmin - 137.0) / 400))
    assert ((ymin + 42.0) / 400) == pytest.approx(round((ymin + 42.0) / 400))


def test_boundary_keeps_whole_cells_meeting_it_and_reports_their_inside_share(provider, ecosystem, tmp_path):
    areas = municipalities(ecosystem)
    all_cells = _run(tmp_path, "all", INPUT=entities(ecosystem), CELL_SIZE=1000, BOUNDARY=areas)
    layer = QgsVectorLayer(areas, "m", "ogr")
    region = shapely.union_all([shapely.from_wkb(bytes(f.geometry().asWkb())) for f in layer.getFeatures()])
    for c in all_cells:
        inside = c["_shape"].intersection(region).area / c["_shape"].area * 100
        assert inside > 0
        assert c["boundary_pct"] == pytest.approx(inside, abs=1e-6)
        assert c["_shape"].area == pytest.approx(1e6)  # kept whole, never clipped
    assert sum(c["n_entities"] for c in all_cells) == SAMPLE_ENTITIES
    assert sum(c["boundary_pct"] for c in all_cells) / 100 == pytest.approx(region.area / 1e6, rel=1e-6)
    non_empty = _run(tmp_path, "non_empty", INPUT=entities(ecosystem), CELL_SIZE=1000,
                     BOUNDARY=areas, KEEP_EMPTY=False)
    assert all(c["n_entities"] > 0 for c in non_empty)
    assert len(non_empty) == sum(c["n_entities"] > 0 for c in all_cells) < len(all_cells)


def test_points_in_epsg4326_give_the_same_grid(provider, ecosystem, tmp_path):
    target = str(tmp_path / "entities_4326.gpkg")
    processing.run("native:reprojectlayer", {
        "INPUT": entities(ecosystem), "TARGET_CRS": "EPSG:4326", "OUTPUT": target
    })
    in_4326 = _run(tmp_path, "a", INPUT=target, CELL_SIZE=600, KEEP_EMPTY=False)
    in_31370 = _run(tmp_path, "b", INPUT=entities(ecosystem), CELL_SIZE=600, KEEP_EMPTY=False)
    assert [(c["col"], c["row"], c["n_entities"]) for c in in_4326] == [
        (c["col"], c["row"], c["n_entities"]) for c in in_31370
    ]


# parameters (INPUT, where given, the points of a layer made for the case; else the sample's entities), the message
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"CELL_SIZE": 0}, "CELL_SIZE must be more than 0"),
        ({"CELL_SIZE": -5}, "CELL_SIZE must be more than 0"),
        ({"CELL_SIZE": 1}, "CELL_SIZE: .* choose a larger cell"),
        ({"INPUT": [], "CELL_SIZE": 100}, "INPUT: the layer holds no points"),
        ({"CELL_SIZE": 100, "ENTITY_TYPES": ["funder"], "CREATED_TO": "2000-01-01"},
         "INPUT: no points left after the filters"),
    ],
    ids=["cell-size-0", "cell-size-negative", "cell-size-too-small", "no-points", "nothing-left-after-filters"],
)
def test_bad_inputs_are_explained_with_the_parameter_name(provider, ecosystem, tmp_path, params, message):
    points = points_layer(params["INPUT"]) if "INPUT" in params else entities(ecosystem)
    refuse_bad_input(tmp_path / "grid.gpkg", message, _run, tmp_path, **{**params, "INPUT": points})


def test_cancel_stops_before_writing_any_output(provider, ecosystem, tmp_path):
    cancel_writes_nothing(ALG, tmp_path / "cancelled.gpkg", {"INPUT": entities(ecosystem), "CELL_SIZE": 100},
                          {"INPUT": points_layer([(i, i) for i in range(3000)]), "CELL_SIZE": 100})
