"""point_pattern through processing.run and qgis_process: Clark–Evans on known patterns and against QGIS,
Ripley's L against its CSR envelope, the chart, cancel and bad input."""

from __future__ import annotations

import math

import numpy as np
import processing
import pytest
from helpers import entities, points_layer
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage

X0, Y0 = 148_000.0, 168_000.0
SPACING = 50.0


def _box(xmin, ymin, xmax, ymax) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", "box", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(xmin, ymin, xmax, ymax)))
    layer.dataProvider().addFeatures([feature])
    return layer


def _run(tmp_path, source, name="pp", feedback=None, **params) -> tuple[dict, list[dict]]:
    params = {"INPUT": source, "OUTPUT": str(tmp_path / f"{name}.csv"), "CHART": str(tmp_path / f"{name}.png"),
              "R_MIN": 50.0, "R_MAX": 600.0, "R_STEPS": 12, "NSIM": 39, "SEED": 1, **params}
    result = processing.run("brussels_creative:point_pattern", params, feedback=feedback)
    table = QgsVectorLayer(result["OUTPUT"], "table", "ogr")
    rows = [{k: float(v) if v not in (None, "") else None
             for k, v in zip(table.fields().names(), f.attributes(), strict=True)} for f in table.getFeatures()]
    return result, rows


def test_square_lattice_gives_r_two_and_triangular_lattice_gives_r_2149(provider, tmp_path):
    i, j = (a.ravel() for a in np.meshgrid(np.arange(30), np.arange(30)))
    square = np.column_stack([X0 + i * SPACING, Y0 + j * SPACING])
    # Each lattice point owns one cell of the boundary, so A/n is exactly the lattice's cell area.
    boundary = _box(X0 - SPACING / 2, Y0 - SPACING / 2, X0 + 29.5 * SPACING, Y0 + 29.5 * SPACING)
    result, _ = _run(tmp_path, points_layer(square), BOUNDARY=boundary, EDGE_CORRECTION=False, NSIM=0)
    assert result["R"] == pytest.approx(2.0)
    assert result["P"] < 1e-10 and result["Z"] > 0
    h = SPACING * math.sqrt(3) / 2
    tri = np.column_stack([X0 + (i + 0.5 * (j % 2)) * SPACING, Y0 + j * h])
    boundary = _box(X0 - SPACING / 4, Y0 - h / 2, X0 + 29.75 * SPACING, Y0 + 29.5 * h)
    result, _ = _run(tmp_path, points_layer(tri), BOUNDARY=boundary, EDGE_CORRECTION=False, NSIM=0)
    assert result["R"] == pytest.approx(2.1491, abs=1e-4)
    # On the lattice's own hull with Donnelly's correction R stays near its lattice value.
    result, _ = _run(tmp_path, points_layer(tri), NSIM=0)
    assert result["R"] == pytest.approx(2.149, abs=0.1)


def test_csr_gives_r_near_one_and_l_inside_the_envelope(provider, tmp_path):
    rng = np.random.default_rng(4)
    xy = np.column_stack([rng.uniform(X0, X0 + 4000, 1500), rng.uniform(Y0, Y0 + 4000, 1500)])
    result, rows = _run(tmp_path, points_layer(xy), BOUNDARY=_box(X0, Y0, X0 + 4000, Y0 + 4000))
    assert result["R"] == pytest.approx(1.0, abs=0.06)
    assert result["P"] > 0.01
    assert [r["radius_m"] for r in rows] == pytest.approx(list(np.linspace(50, 600, 12)))
    inside = [r["env_lo"] <= r["L_minus_r"] <= r["env_hi"] for r in rows]
    assert sum(inside) >= 0.8 * len(rows)
    for r in rows:
        assert r["L"] == pytest.approx(math.sqrt(r["K"] / math.pi))
        assert r["L_minus_r"] == pytest.approx(r["L"] - r["radius_m"])


def test_clustered_pattern_is_above_the_envelope(provider, tmp_path):
    rng = np.random.default_rng(5)
    centres = rng.uniform((X0 + 500, Y0 + 500), (X0 + 3500, Y0 + 3500), (12, 2))
    xy = centres[rng.integers(0, 12, 1500)] + rng.normal(0, 80, (1500, 2))
    result, rows = _run(tmp_path, points_layer(xy), BOUNDARY=_box(X0, Y0, X0 + 4000, Y0 + 4000))
    assert result["R"] < 0.7 and result["Z"] < 0 and result["P"] < 1e-6
    assert sum(r["L_minus_r"] > r["env_hi"] for r in rows) >= 0.9 * len(rows)


def test_nn_index_agrees_with_qgis_nearest_neighbour_analysis(provider, tmp_path, ecosystem):
    entities = f"{ecosystem}|layername=entities"
    native = processing.run("native:nearestneighbouranalysis", {"INPUT": entities, "OUTPUT_HTML_FILE": None})
    extent = QgsVectorLayer(entities, "e", "ogr").extent()
    # QGIS: the layer's bounding box as the area and no edge correction; the same here gives the same numbers.
    same, _ = _run(tmp_path, entities, "same", NSIM=0, EDGE_CORRECTION=False,
                   BOUNDARY=_box(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))
    assert same["N"] == native["POINT_COUNT"]
    assert same["MEAN_NN_M"] == pytest.approx(native["OBSERVED_MD"], rel=1e-9)
    assert same["R"] == pytest.approx(native["NN_INDEX"], rel=1e-9)
    assert same["Z"] == pytest.approx(native["Z_SCORE"], rel=1e-9)
    # The default (convex hull, Donnelly's correction) has a smaller area and a larger expectation near the edge:
    # R differs, but only by the hull/box area ratio and the edge term, and both call the pattern clustered.
    default, _ = _run(tmp_path, entities, "default", NSIM=0)
    assert default["MEAN_NN_M"] == pytest.approx(native["OBSERVED_MD"], rel=1e-9)
    assert default["R"] == pytest.approx(native["NN_INDEX"], rel=0.3)
    assert default["R"] < 1 and native["NN_INDEX"] < 1


def test_chart_is_a_real_png_image(provider, tmp_path, ecosystem):
    result, _ = _run(tmp_path, f"{ecosystem}|layername=entities", "chart", R_MAX=1500.0, NSIM=9)
    with open(result["CHART"], "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
    image = QImage(result["CHART"])
    assert not image.isNull() and (image.width(), image.height()) == (800, 500)


def test_cancelling_during_the_simulations_stops_promptly(provider, tmp_path, ecosystem):
    feedback = QgsProcessingFeedback()
    simulated = []  # one progress report per simulation done
    # Step 4 of 5 (the simulations) runs from 60 to 80 %: cancel as soon as the first simulation reports.
    feedback.progressChanged.connect(
        lambda progress: (simulated.append(progress), feedback.cancel()) if 60.001 < progress < 80 else None
    )
    with pytest.raises(QgsProcessingException, match="Cancelled: nothing was written"):
        _run(tmp_path, entities(ecosystem), feedback=feedback, NSIM=2000)
    assert len(simulated) == 1  # the second of the 2 000 simulations never started
    assert not (tmp_path / "pp.csv").exists() and not (tmp_path / "pp.png").exists()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"R_MIN": 0.0}, "R_MIN"),
        ({"R_MIN": 500.0, "R_MAX": 400.0}, "R_MAX"),
        ({"PIXEL_SIZE": 0.01}, "PIXEL_SIZE"),
    ],
)
def test_bad_radii_are_explained(provider, tmp_path, params, message):
    xy = np.random.default_rng(1).uniform(0, 1000, (50, 2)) + np.array([X0, Y0])
    with pytest.raises(QgsProcessingException, match=message):
        _run(tmp_path, points_layer(xy), **params)


def test_fewer_than_three_points_or_a_line_are_explained(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least 3"):
        _run(tmp_path, points_layer([(X0, Y0), (X0 + 10, Y0)]))
    with pytest.raises(QgsProcessingException, match="BOUNDARY"):
        _run(tmp_path, points_layer([(X0 + 10 * k, Y0) for k in range(5)]))
    with pytest.raises(QgsProcessingException, match="INPUT"):
        _run(tmp_path, points_layer([]))


def test_point_pattern_runs_headless_through_qgis_process(qgis_process_cli, tmp_path, ecosystem):
    results = qgis_process_cli.run(
        "point_pattern", INPUT=f"{ecosystem}|layername=entities", R_MIN=100, R_MAX=1500, R_STEPS=10, NSIM=9,
        OUTPUT=str(tmp_path / "qp.csv"), CHART=str(tmp_path / "qp.png"),
    )
    assert 0 < results["R"] < 1
    assert (tmp_path / "qp.png").stat().st_size > 1000
    assert QgsVectorLayer(results["OUTPUT"], "t", "ogr").featureCount() == 10


def test_pixels_coarse_for_r_min_are_warned_and_fine_ones_are_not(provider, tmp_path):
    rng = np.random.default_rng(5)
    xy = np.column_stack([rng.uniform(X0, X0 + 4000, 400), rng.uniform(Y0, Y0 + 4000, 400)])
    warned = {}
    for pixel in (200.0, 20.0):
        feedback = QgsProcessingFeedback()
        warnings = []
        feedback.pushWarning = warnings.append
        _run(tmp_path, points_layer(xy), name=f"px{int(pixel)}", feedback=feedback, NSIM=0, PIXEL_SIZE=pixel)
        warned[pixel] = [w for w in warnings if w.startswith("PIXEL_SIZE")]
    assert warned[200.0] == [
        "PIXEL_SIZE: 200 m pixels are coarse for R_MIN (50 m): each distance may be off by up to 283 m (a pixel's "
        "diagonal), so L(r) is unreliable below about 2828 m; use pixels of at most 35 m"]
    assert warned[20.0] == []


def test_a_table_asked_as_shapefile_is_written_as_the_dbf_it_is(provider, tmp_path, ecosystem):
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    result = processing.run("brussels_creative:point_pattern", {
        "INPUT": f"{ecosystem}|layername=entities", "NSIM": 0, "R_MIN": 100.0, "R_MAX": 500.0, "R_STEPS": 3,
        "OUTPUT": str(tmp_path / "ripley.shp"), "CHART": str(tmp_path / "ripley.png")}, feedback=feedback)
    assert result["OUTPUT"] == str(tmp_path / "ripley.dbf")
    assert {p.name for p in tmp_path.glob("ripley.*")} - {"ripley.cpg"} == {"ripley.dbf", "ripley.png"}
    assert (f"OUTPUT: a table has no geometry, so it is written as {tmp_path / 'ripley.dbf'} (a shapefile without "
            "geometry is only its .dbf file)") in warnings
    table = QgsVectorLayer(result["OUTPUT"], "table", "ogr")
    assert table.isValid() and table.featureCount() == 3
