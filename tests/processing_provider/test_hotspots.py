"""hotspots through processing.run and qgis_process, on a generated ecosystem GeoPackage, checked against PySAL."""

from __future__ import annotations

import warnings

import numpy as np
import processing
import pytest
import shapely
from helpers import SAMPLE_ENTITIES, entities, layer_rows, municipalities
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

esda = pytest.importorskip("esda")
libpysal = pytest.importorskip("libpysal")

CELL = 500.0
RESULTS = ["count", "neighbours", "gi_z", "gi_p", "gi_p_fdr", "gi_bin", "class"]


def _run(tmp_path, ecosystem, name="hot", **params) -> tuple[dict, list[dict], QgsVectorLayer]:
    result = processing.run(
        "brussels_creative:hotspots",
        {"INPUT": entities(ecosystem), "OUTPUT": str(tmp_path / f"{name}.gpkg"), **params},
    )
    layer = QgsVectorLayer(result["OUTPUT"], name, "ogr")
    return result, layer_rows(layer), layer


def _esda_z(values: np.ndarray, w) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return esda.G_Local(values, w, transform="B", star=True, permutations=0).Zs


def _entity_xy(path: str) -> np.ndarray:
    layer = QgsVectorLayer(entities(path), "e", "ogr")
    return np.array([[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in layer.getFeatures()])


def test_grid_distance_band_z_equals_esda_on_the_same_counts_and_weights(provider, tmp_path, ecosystem):
    result, rows, layer = _run(tmp_path, ecosystem, CELL_SIZE=CELL, DISTANCE=1000.0)
    assert layer.crs().authid() == "EPSG:31370"
    assert result["OBSERVATIONS"] == len(rows)
    xy = _entity_xy(ecosystem)
    cols = np.array([r["col"] for r in rows])
    grid_rows = np.array([r["row"] for r in rows])
    counts = np.array([r["count"] for r in rows], dtype=float)
    # Counts written out independently: half-open cells on the 0,0 origin, every entity once.
    expected = {}
    for c, r in zip(np.floor(xy[:, 0] / CELL).astype(int), np.floor(xy[:, 1] / CELL).astype(int), strict=True):
        expected[(c, r)] = expected.get((c, r), 0) + 1
    assert {k: v for k, v in zip(zip(cols, grid_rows, strict=True), counts, strict=True) if v} == expected
    centres = np.column_stack([(cols + 0.5) * CELL, (grid_rows + 0.5) * CELL])
    w = libpysal.weights.DistanceBand(centres, threshold=1000.0, binary=True, silence_warnings=True)
    z_ref = _esda_z(counts, w)
    np.testing.assert_allclose([r["gi_z"] for r in rows], z_ref, rtol=0, atol=1e-9)
    # A disk of radius 2 cells holds 13 cells; the neighbours field counts the cell itself.
    assert max(r["neighbours"] for r in rows) == 13


@pytest.mark.parametrize("weights", ["distance", "knn"])
def test_area_gistar_equals_esda_with_centroid_weights(provider, tmp_path, ecosystem, weights):
    params = {"AREAS": municipalities(ecosystem), "DISTANCE": 3000.0, "K": 4, "WEIGHTS": 0 if weights == "distance"
              else 1}
    _, rows, layer = _run(tmp_path, ecosystem, **params)
    assert len(rows) == 19
    own = QgsVectorLayer(municipalities(ecosystem), "m", "ogr").fields().names()
    assert layer.fields().names() == own + RESULTS  # the areas' own fields are kept, then the results
    geometries = shapely.from_wkb([bytes(f.geometry().asWkb()) for f in layer.getFeatures()])
    centroids = shapely.get_coordinates(shapely.centroid(geometries))
    counts = np.array([r["count"] for r in rows], dtype=float)
    assert counts.sum() >= SAMPLE_ENTITIES - 5  # border points may count twice, entities outside the region not at all
    if weights == "distance":
        w = libpysal.weights.DistanceBand(centroids, threshold=3000.0, binary=True, silence_warnings=True)
    else:
        w = libpysal.weights.KNN(centroids, k=4)
    np.testing.assert_allclose([r["gi_z"] for r in rows], _esda_z(counts, w), rtol=0, atol=1e-9)


def _expected_class(z: float, p: float) -> str:
    for alpha, level in ((0.01, "99%"), (0.05, "95%"), (0.10, "90%")):
        if p <= alpha:
            return f"{'hot' if z > 0 else 'cold'} spot {level}"
    return "not significant"


def test_classes_use_fdr_adjusted_p_by_default_and_raw_p_when_off(provider, tmp_path, ecosystem):
    _, with_fdr, _ = _run(tmp_path, ecosystem, "fdr", CELL_SIZE=CELL, DISTANCE=1000.0)
    _, without, _ = _run(tmp_path, ecosystem, "raw", CELL_SIZE=CELL, DISTANCE=1000.0, FDR=False)
    assert [r["class"] for r in with_fdr] == [_expected_class(r["gi_z"], r["gi_p_fdr"]) for r in with_fdr]
    assert [r["class"] for r in without] == [_expected_class(r["gi_z"], r["gi_p"]) for r in without]
    # Benjamini–Hochberg by hand: q_(i) = min over j ≥ i of p_(j)·m/j.
    p = np.array([r["gi_p"] for r in with_fdr])
    order = np.argsort(p)
    ranked = p[order] * p.size / np.arange(1, p.size + 1)
    q = np.minimum(np.minimum.accumulate(ranked[::-1])[::-1], 1.0)
    np.testing.assert_allclose(np.array([r["gi_p_fdr"] for r in with_fdr])[order], q, rtol=1e-12)
    significant = sum(r["class"] != "not significant" for r in with_fdr)
    assert 0 < significant < sum(r["class"] != "not significant" for r in without)
    assert {r["gi_bin"] for r in with_fdr} <= {-3, -2, -1, 0, 1, 2, 3}


def test_boundary_masks_cells_outside_and_counts_only_points_inside(provider, tmp_path, ecosystem):
    result, rows, layer = _run(tmp_path, ecosystem, CELL_SIZE=CELL, DISTANCE=1000.0,
                               BOUNDARY=municipalities(ecosystem))
    areas = QgsVectorLayer(municipalities(ecosystem))
    region = shapely.union_all(shapely.from_wkb([bytes(f.geometry().asWkb()) for f in areas.getFeatures()]))
    cells = shapely.from_wkb([bytes(f.geometry().asWkb()) for f in layer.getFeatures()])
    assert shapely.area(shapely.intersection(cells, region)).min() > 0
    block_cells = (max(r["col"] for r in rows) - min(r["col"] for r in rows) + 1) * (
        max(r["row"] for r in rows) - min(r["row"] for r in rows) + 1
    )
    assert len(rows) < block_cells  # corners of the region's box are masked out
    xy = _entity_xy(ecosystem)
    assert sum(r["count"] for r in rows) == int(shapely.intersects_xy(region, xy[:, 0], xy[:, 1]).sum())


def test_grid_origin_aligns_cells(provider, tmp_path, ecosystem):
    _, rows, layer = _run(tmp_path, ecosystem, CELL_SIZE=CELL, DISTANCE=1000.0, ORIGIN="100,250 [EPSG:31370]")
    box = next(layer.getFeatures()).geometry().boundingBox()
    assert (box.xMinimum() - 100) % CELL == pytest.approx(0) and (box.yMinimum() - 250) % CELL == pytest.approx(0)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"CELL_SIZE": 0.0}, "CELL_SIZE"),
        ({"CELL_SIZE": 500.0, "DISTANCE": 200.0}, "DISTANCE"),
        ({"CELL_SIZE": 0.5, "DISTANCE": 1.0}, "CELL_SIZE"),
        ({"WEIGHTS": 1, "K": 40, "AREAS": "MUNICIPALITIES"}, "K"),
        ({"EXPRESSION": "\"name\" = 'nobody at all'"}, "INPUT: no points left"),
    ],
)
def test_bad_input_is_explained(provider, tmp_path, ecosystem, params, message):
    if params.get("AREAS") == "MUNICIPALITIES":
        params = {**params, "AREAS": municipalities(ecosystem)}
    with pytest.raises(QgsProcessingException, match=message):
        _run(tmp_path, ecosystem, **params)


def test_empty_layer_is_explained(provider, tmp_path):
    empty = QgsVectorLayer("Point?crs=EPSG:31370", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="INPUT"):
        processing.run("brussels_creative:hotspots", {"INPUT": empty, "OUTPUT": "memory:"})


def test_cancelled_run_stops_without_output(provider, tmp_path, ecosystem):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run(
            "brussels_creative:hotspots",
            {"INPUT": entities(ecosystem), "OUTPUT": str(tmp_path / "c.gpkg")},
            feedback=feedback,
        )


def test_hotspots_runs_headless_through_qgis_process(qgis_process_cli, tmp_path, ecosystem):
    output = tmp_path / "qp_hot.gpkg"
    results = qgis_process_cli.run(
        "hotspots", INPUT=entities(ecosystem), CELL_SIZE=500, DISTANCE=1000, OUTPUT=str(output)
    )
    assert results["OBSERVATIONS"] > 10
    layer = QgsVectorLayer(str(output), "qp", "ogr")
    assert layer.isValid() and layer.featureCount() == results["OBSERVATIONS"]
