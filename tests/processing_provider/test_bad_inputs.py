"""Bad and odd inputs to the density analyses, found by trying them as a careless user would: each is either used
correctly or refused with a message naming the parameter, never a traceback, a crash or a silent wrong answer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import processing
import pytest
from helpers import memory_layer, points_layer
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

# a bow tie (self-intersecting) around the centre of the region, in EPSG:31370
BOW_TIE = "POLYGON((146000 168000, 154000 174000, 154000 168000, 146000 174000, 146000 168000))"


def _layer(kind: str, wkts: list[str | None], fields: str = "", values=None):
    """A memory layer of the geometries written as WKT (None: no geometry)."""
    return memory_layer(kind, [QgsGeometry.fromWkt(w) if w is not None else None for w in wkts], fields=fields,
                        values=values)


def _points(xy, fields: str = "", values=None):
    return points_layer(xy, fields=fields, values=values)


def _aborting_context() -> QgsProcessingContext:
    """The Processing setting "stop the algorithm when a geometry is invalid"."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    return context


def _run(alg: str, params: dict, context=None, feedback=None) -> dict:
    return processing.run(f"brussels_creative:{alg}", params, feedback=feedback or QgsProcessingFeedback(),
                          context=context or _aborting_context())


@pytest.mark.parametrize(
    ("alg", "params"),
    [
        ("hotspots", {"BOUNDARY": "bow", "CELL_SIZE": 500.0, "DISTANCE": 1000.0, "OUTPUT": "memory:"}),
        ("hotspots", {"AREAS": "bow", "WEIGHTS": 1, "K": 1, "OUTPUT": "memory:"}),
        ("density_grid", {"BOUNDARY": "bow", "CELL_SIZE": 1000.0, "OUTPUT": "memory:"}),
        ("point_pattern", {"BOUNDARY": "bow", "NSIM": 0, "R_MIN": 100.0, "R_MAX": 500.0, "R_STEPS": 3,
                           "OUTPUT": "memory:", "CHART": "chart.png"}),
        ("kernel_density", {"CLIP": "bow", "BANDWIDTH": 500.0, "PIXEL_SIZE": 100.0, "OUTPUT": "kd.tif"}),
    ],
)
def test_invalid_polygons_are_repaired_even_when_processing_stops_on_invalid_geometries(
    provider, ecosystem, tmp_path, alg, params
):
    """Before, QGIS's validity check raised inside the reading loop; with "stop on invalid" that could crash QGIS."""
    beside = "POLYGON((154000 168000, 158000 168000, 158000 174000, 154000 174000, 154000 168000))"
    bow = _layer("Polygon", [BOW_TIE] + [beside] * ("AREAS" in params))  # Gi* by area needs two areas
    params = {k: (bow if v == "bow" else str(tmp_path / v) if isinstance(v, str) and "." in v and v != "memory:"
                  else v) for k, v in params.items()}
    warnings = []
    feedback = QgsProcessingFeedback()
    feedback.pushWarning = warnings.append
    _run(alg, {"INPUT": f"{ecosystem}|layername=entities", **params}, feedback=feedback)
    assert any("repaired" in w for w in warnings)


def test_a_population_field_the_areas_lack_is_refused(provider, ecosystem):
    areas = _layer("Polygon", ["POLYGON((146000 168000, 154000 168000, 154000 174000, 146000 174000, 146000 168000))"],
                   "&field=code:integer&field=pop:double", [(7, 1000.0)])
    with pytest.raises(QgsProcessingException, match="POPULATION: AREAS has no field POP"):
        _run("density_by_area", {"INPUT": f"{ecosystem}|layername=entities", "AREAS": areas, "POPULATION": "POP",
                                 "OUTPUT": "memory:"})


@pytest.mark.parametrize("alg", ["density_grid", "clusters"])
def test_a_filter_expression_that_does_not_parse_is_refused_not_ignored(provider, ecosystem, alg):
    params = {"INPUT": f"{ecosystem}|layername=entities", "EXPRESSION": "status = = 'active'", "OUTPUT": "memory:",
              "CLUSTERS": "memory:", "CELL_SIZE": 1000.0}
    if alg == "density_grid":
        del params["CLUSTERS"]
    else:
        del params["CELL_SIZE"]
    with pytest.raises(QgsProcessingException, match="EXPRESSION"):
        _run(alg, params)


def test_a_date_range_ending_before_it_starts_is_refused(provider, ecosystem):
    with pytest.raises(QgsProcessingException, match="CREATED_FROM .* is after CREATED_TO"):
        _run("density_grid", {"INPUT": f"{ecosystem}|layername=entities", "CELL_SIZE": 1000.0, "OUTPUT": "memory:",
                              "CREATED_FROM": "2025-06-01", "CREATED_TO": "2024-01-01"})


def test_sector_filter_and_sector_fields_work_on_selected_entities(provider, ecosystem):
    layer = QgsVectorLayer(f"{ecosystem}|layername=entities", "entities", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByExpression("fid <= 200")
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        grid = _run("density_grid", {"INPUT": selected, "SECTORS": ["music"], "CELL_SIZE": 50_000.0,
                                     "OUTPUT": "memory:"})["OUTPUT"]
        with sqlite3.connect(ecosystem) as connection:
            expected = connection.execute(
                "SELECT count(*) FROM entities e WHERE fid <= 200 AND geom IS NOT NULL AND EXISTS (SELECT 1 FROM "
                "entity_sectors s WHERE s.entity_uuid = e.uuid AND s.code = 'music')").fetchone()[0]
        assert 0 < sum(f["n_entities"] for f in grid.getFeatures()) == expected
        areas = _run("density_by_area", {"INPUT": selected, "AREAS": f"{ecosystem}|layername=municipalities",
                                         "OUTPUT": "memory:"})["OUTPUT"]
        assert "n_sector_music" in areas.fields().names()
        assert sum(f["n_entities"] for f in areas.getFeatures()) <= 200
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_an_eps_linking_every_entity_is_refused_before_it_runs_for_minutes(provider, ecosystem):
    rng = np.random.default_rng(2)
    points = _points(rng.uniform((146_000, 168_000), (154_000, 174_000), (12_000, 2)).tolist())
    with pytest.raises(QgsProcessingException, match="EPS: .* pairs of neighbouring entities"):
        _run("clusters", {"INPUT": points, "EPS": 1e9, "MIN_POINTS": 5, "OUTPUT": "memory:", "CLUSTERS": "memory:"})


def test_a_distance_band_wider_than_the_grid_runs(provider, ecosystem):
    """It asked numpy for 116 TiB before; every cell is then every cell's neighbour."""
    result = _run("hotspots", {"INPUT": f"{ecosystem}|layername=entities", "CELL_SIZE": 1000.0, "DISTANCE": 1e9,
                               "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert {f["neighbours"] for f in layer.getFeatures()} == {layer.featureCount()}


@pytest.mark.parametrize("origin", [1e15, 1e300])
def test_an_origin_too_far_for_the_cell_numbers_is_refused(provider, ecosystem, origin):
    """1e15 wrote no cell at all (numbers too large for the fields), 1e300 raised a TypeError."""
    with pytest.raises(QgsProcessingException, match="ORIGIN_X: .* too far from the entities"):
        _run("density_grid", {"INPUT": f"{ecosystem}|layername=entities", "CELL_SIZE": 1000.0, "ORIGIN_X": origin,
                              "OUTPUT": "memory:"})


def test_an_origin_far_but_within_the_cell_numbers_still_aligns(provider, ecosystem):
    near = _run("density_grid", {"INPUT": f"{ecosystem}|layername=entities", "CELL_SIZE": 1000.0,
                                 "OUTPUT": "memory:"})["OUTPUT"]
    far = _run("density_grid", {"INPUT": f"{ecosystem}|layername=entities", "CELL_SIZE": 1000.0,
                                "ORIGIN_X": 1e9, "OUTPUT": "memory:"})["OUTPUT"]
    assert [f["n_entities"] for f in far.getFeatures()] == [f["n_entities"] for f in near.getFeatures()]


def _weighted(values):
    rng = np.random.default_rng(6)
    xy = rng.uniform((148_000, 169_000), (152_000, 173_000), (len(values), 2)).tolist()
    return _points(xy, "&field=w:double", [(v,) for v in values])


@pytest.mark.parametrize(("weights", "message"), [
    ([1.0, -1.0, 2.0, 1.0], "WEIGHT: 1 points have a negative w"),
    ([1e308, 1e308, 1.0, 1.0], "WEIGHT: the weights are too large"),
])
def test_kernel_weights_that_make_no_density_are_refused(provider, tmp_path, weights, message):
    """Negative weights were clipped to 0 without a word; huge ones filled the raster with NaN."""
    with pytest.raises(QgsProcessingException, match=message):
        _run("kernel_density", {"INPUT": _weighted(weights), "WEIGHT": "w", "BANDWIDTH": 500.0, "PIXEL_SIZE": 50.0,
                                "OUTPUT": str(tmp_path / "kd.tif")})
    assert not (tmp_path / "kd.tif").exists()


def test_a_rule_bandwidth_over_points_at_one_place_is_refused(provider, tmp_path):
    """Rounding errors gave a bandwidth of 1.5e-11 m and a 1-pixel raster integrating to 11.4 of 20 points."""
    points = _points([(150_000.1, 170_000.7)] * 20)
    with pytest.raises(QgsProcessingException, match="BANDWIDTH: the points do not spread"):
        _run("kernel_density", {"INPUT": points, "BANDWIDTH": 0.0, "PIXEL_SIZE": 20.0,
                                "OUTPUT": str(tmp_path / "kd.tif")})


@pytest.mark.parametrize("where", ["folder", "proc"])
def test_outputs_that_cannot_be_written_are_named_before_any_work(provider, ecosystem, tmp_path, where):
    target = tmp_path / "a_folder.tif" if where == "folder" else Path("/proc/no_such_place/out.tif")
    if where == "folder":
        target.mkdir()
    with pytest.raises(QgsProcessingException, match="OUTPUT: cannot write"):
        _run("kernel_density", {"INPUT": f"{ecosystem}|layername=entities", "BANDWIDTH": 500.0, "PIXEL_SIZE": 50.0,
                                "OUTPUT": str(target)})
    table = tmp_path / "table.csv"
    chart = target.with_suffix(".png")
    if where == "folder":
        chart.mkdir()
    with pytest.raises(QgsProcessingException, match="CHART: cannot write"):
        _run("point_pattern", {"INPUT": f"{ecosystem}|layername=entities", "NSIM": 0, "R_MIN": 100.0,
                               "R_MAX": 500.0, "R_STEPS": 3, "OUTPUT": str(table), "CHART": str(chart)})
    assert not table.exists()


@pytest.mark.parametrize("suffix", [".svg", ".pdf", ".png"])
def test_the_chart_is_written_in_the_format_its_name_says(provider, ecosystem, tmp_path, suffix):
    chart = tmp_path / f"chart{suffix}"
    _run("point_pattern", {"INPUT": f"{ecosystem}|layername=entities", "NSIM": 0, "R_MIN": 100.0, "R_MAX": 500.0,
                           "R_STEPS": 3, "OUTPUT": "memory:", "CHART": str(chart)})
    head = chart.read_bytes()[:8]
    assert head.startswith({".svg": b"<?xml", ".pdf": b"%PDF", ".png": b"\x89PNG"}[suffix])


def test_a_self_intersecting_area_is_repaired_like_in_every_algorithm(provider, ecosystem):
    """A bow tie's two halves cancel out, so its area is almost 0 and its density absurd (7.4e-9 km², 5.1e9 per km²
    in use): density_by_area repairs it with make_valid and says so, with the words kernel_density uses."""
    square = "POLYGON((154000 168000, 158000 168000, 158000 174000, 154000 174000, 154000 168000))"
    areas = _layer("Polygon", [square, BOW_TIE], "&field=name:string", [("square",), ("bow",)])
    warnings = []
    feedback = QgsProcessingFeedback()
    feedback.pushWarning = warnings.append
    result = _run("density_by_area", {"INPUT": f"{ecosystem}|layername=entities", "AREAS": areas,
                                      "OUTPUT": "memory:"}, feedback=feedback)
    assert "AREAS: 1 invalid polygons were repaired (make_valid)" in warnings
    rows = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows["bow"]["area_km2"] == pytest.approx(24.0)  # two triangles of 8 km × 3 km / 2
    assert rows["square"]["area_km2"] == pytest.approx(24.0)
    assert rows["bow"]["density_km2"] == pytest.approx(rows["bow"]["n_entities"] / 24.0)
    assert rows["bow"].geometry().isGeosValid()


def test_both_clusters_outputs_in_one_file_are_refused(provider, ecosystem, tmp_path):
    """The cluster polygons replaced the clustered entities without a word."""
    same = str(tmp_path / "both.gpkg")
    with pytest.raises(QgsProcessingException, match="CLUSTERS: the same destination as OUTPUT"):
        _run("clusters", {"INPUT": f"{ecosystem}|layername=entities", "OUTPUT": same, "CLUSTERS": same})
    result = _run("clusters", {"INPUT": f"{ecosystem}|layername=entities", "OUTPUT": "memory:",
                               "CLUSTERS": "memory:"})  # two memory layers are two layers
    assert result["OUTPUT"] != result["CLUSTERS"]


def test_an_r_max_beyond_the_study_area_names_r_max(provider, ecosystem, tmp_path):
    """It said "PIXEL_SIZE: the window covers no pixel centre" though PIXEL_SIZE was left automatic."""
    with pytest.raises(QgsProcessingException, match="R_MAX: .* more than the study area's extent"):
        _run("point_pattern", {"INPUT": f"{ecosystem}|layername=entities", "NSIM": 0, "R_MIN": 100.0,
                               "R_MAX": 1e9, "R_STEPS": 3, "OUTPUT": "memory:", "CHART": str(tmp_path / "c.png")})


def test_kernel_density_says_when_its_raster_is_empty_or_its_bandwidth_below_a_pixel(provider, tmp_path):
    points = _points([(150_000.0, 170_000.0), (150_400.0, 170_300.0)])
    warnings = []
    feedback = QgsProcessingFeedback()
    feedback.pushWarning = warnings.append
    _run("kernel_density", {"INPUT": points, "BANDWIDTH": 30.0, "PIXEL_SIZE": 50.0,
                            "EXTENT": "160000,161000,180000,181000 [EPSG:31370]", "OUTPUT": str(tmp_path / "kd.tif")},
         feedback=feedback)
    assert any("0 everywhere" in w for w in warnings) and any("below PIXEL_SIZE" in w for w in warnings)
    warnings.clear()
    _run("kernel_density", {"INPUT": points, "BANDWIDTH": 300.0, "PIXEL_SIZE": 50.0,
                            "OUTPUT": str(tmp_path / "kd2.tif")}, feedback=feedback)
    assert not any("0 everywhere" in w or "below PIXEL_SIZE" in w for w in warnings)
