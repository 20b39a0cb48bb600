"""clusters through processing.run and qgis_process: DBSCAN against QGIS's native algorithm, hulls and profiles."""

from __future__ import annotations

import sqlite3
from collections import Counter

import numpy as np
import processing
import pytest
import shapely
from helpers import SAMPLE_ENTITIES, entities, layer_rows, points_layer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)


def _run(tmp_path, source, name="c", **params):
    result = processing.run(
        "brussels_creative:clusters",
        {"INPUT": source, "OUTPUT": str(tmp_path / f"{name}_points.gpkg"),
         "CLUSTERS": str(tmp_path / f"{name}_hulls.gpkg"), **params},
    )
    points = QgsVectorLayer(result["OUTPUT"], "points", "ogr")
    hulls = QgsVectorLayer(result["CLUSTERS"], "hulls", "ogr")
    assert points.isValid() and hulls.isValid()
    return result, points, hulls


def _memory_points(xy, crs="EPSG:31370") -> QgsVectorLayer:
    return points_layer(xy, crs, "&field=name:string", [(f"p{i}",) for i in range(len(xy))])


def test_core_point_clusters_equal_qgis_dbscan_up_to_renumbering(provider, tmp_path, ecosystem):
    result, points, _ = _run(tmp_path, entities(ecosystem), EPS=150.0, MIN_POINTS=8)
    native = processing.run(
        "native:dbscanclustering",
        {"INPUT": entities(ecosystem), "EPS": 150.0, "MIN_SIZE": 8, "OUTPUT": "memory:"},
    )["OUTPUT"]
    theirs = {r["uuid"]: r["CLUSTER_ID"] for r in layer_rows(native)}
    ours = layer_rows(points)
    assert len(ours) == len(theirs) == SAMPLE_ENTITIES
    pairs = {(r["cluster_id"], theirs[r["uuid"]]) for r in ours if r["is_core"]}
    assert len(pairs) > 3  # several clusters
    ours_ids = {a for a, _ in pairs}
    theirs_ids = {b for _, b in pairs}
    # A bijection between the two numberings on core points: the partitions are equal.
    assert len(pairs) == len(ours_ids) == len(theirs_ids) == result["NUM_CLUSTERS"]
    # Every border point is clustered in both (possibly in a different cluster), noise is noise in both.
    assert {r["uuid"] for r in ours if r["cluster_id"] is None} == {u for u, c in theirs.items() if c is None}
    assert result["NOISE"] == sum(c is None for c in theirs.values())


def test_cluster_polygons_hold_their_members_with_size_area_and_density(provider, tmp_path, ecosystem):
    _, points, hulls = _run(tmp_path, entities(ecosystem), EPS=150.0, MIN_POINTS=8)
    rows = layer_rows(hulls)
    members = Counter(r["cluster_id"] for r in layer_rows(points) if r["cluster_id"] is not None)
    assert {r["cluster_id"]: r["size"] for r in rows} == dict(members)
    geometries = {r["cluster_id"]: shapely.from_wkb(bytes(f.geometry().asWkb()))
                  for r, f in zip(rows, hulls.getFeatures(), strict=True)}
    for feature, row in zip(points.getFeatures(), layer_rows(points), strict=True):
        if row["cluster_id"] is not None:
            xy = feature.geometry().asPoint()
            assert geometries[row["cluster_id"]].distance(shapely.Point(xy.x(), xy.y())) < 1e-6
    for r in rows:
        assert r["area_km2"] == pytest.approx(geometries[r["cluster_id"]].area / 1e6)
        assert r["density_km2"] == pytest.approx(r["size"] / r["area_km2"])
        assert r["n_core"] <= r["size"]
    # Concave hulls are tighter than convex ones.
    _, _, concave = _run(tmp_path, entities(ecosystem), "cc", EPS=150.0, MIN_POINTS=8, HULL=1, CONCAVE_RATIO=0.2)
    concave_area = {r["cluster_id"]: r["area_km2"] for r in layer_rows(concave)}
    assert all(concave_area[r["cluster_id"]] <= r["area_km2"] + 1e-12 for r in rows)
    assert sum(concave_area.values()) < sum(r["area_km2"] for r in rows)


def test_dominant_sectors_and_types_come_from_the_ecosystem(provider, tmp_path, ecosystem):
    _, points, hulls = _run(tmp_path, entities(ecosystem), EPS=150.0, MIN_POINTS=8)
    biggest = max(layer_rows(hulls), key=lambda r: r["size"])
    uuids = [r["uuid"] for r in layer_rows(points) if r["cluster_id"] == biggest["cluster_id"]]
    connection = sqlite3.connect(ecosystem)
    sectors = Counter(code for (code,) in connection.execute(
        f"SELECT code FROM entity_sectors WHERE entity_uuid IN ({', '.join('?' for _ in uuids)})", uuids))
    types = Counter(t for (t,) in connection.execute(
        f"SELECT entity_type FROM entities WHERE uuid IN ({', '.join('?' for _ in uuids)})", uuids))
    connection.close()
    top_sector, count = sorted(sectors.items(), key=lambda item: (-item[1], item[0]))[0]
    assert biggest["top_sector"] == top_sector
    assert biggest["dominant_sectors"].startswith(f"{top_sector} {round(100 * count / len(uuids))}%")
    assert biggest["top_type"] == sorted(types.items(), key=lambda item: (-item[1], item[0]))[0][0]
    assert biggest["dominant_types"].count("%") == min(3, len(types))


def test_degenerate_clusters_are_buffered_and_noise_is_null(provider, tmp_path):
    x0, y0 = 150_000.0, 170_000.0
    xy = ([(x0, y0)] * 5 + [(x0 + 1000 + 10 * i, y0) for i in range(5)] + [(x0 + 5000, y0 + 5000)]
          + [(x0 + 3000 + 10 * i, y0 + 0.01 * (i % 2)) for i in range(5)])  # nearly on a line: 1 cm off
    _, points, hulls = _run(tmp_path, _memory_points(xy), EPS=50.0, MIN_POINTS=3)
    rows = layer_rows(hulls)
    assert len(rows) == 3
    for r, feature in zip(rows, hulls.getFeatures(), strict=True):
        assert r["area_km2"] == 0 and r["density_km2"] is None
        assert feature.geometry().area() > 0  # a 1 m buffer of the point or the line, for display
    labels = [r["cluster_id"] for r in layer_rows(points)]
    assert labels[10] is None and labels[:5] == [labels[0]] * 5 and labels[0] != labels[5]


def test_input_in_another_crs_is_transformed(provider, tmp_path, ecosystem):
    rng = np.random.default_rng(1)
    xy = np.vstack([rng.normal((150_000, 170_000), 40, (60, 2)), rng.uniform(145_000, 155_000, (40, 2))])
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    lonlat = [(p.x(), p.y()) for p in (transform.transform(QgsPointXY(*map(float, v))) for v in xy)]
    a, _, _ = _run(tmp_path, _memory_points(xy), "a", EPS=60.0, MIN_POINTS=5)
    b, points, _ = _run(tmp_path, _memory_points(lonlat, "EPSG:4326"), "b", EPS=60.0, MIN_POINTS=5)
    assert a["NUM_CLUSTERS"] == b["NUM_CLUSTERS"] >= 1 and a["NOISE"] == b["NOISE"]
    assert points.crs().authid() == "EPSG:31370"


@pytest.mark.parametrize(("params", "message"), [({"EPS": 0.0}, "EPS"), ({"SECTORS": ["design"]}, "SECTORS")])
def test_bad_input_is_explained(provider, tmp_path, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        _run(tmp_path, _memory_points([(150_000, 170_000), (150_010, 170_000)]), **params)


def test_empty_layer_is_explained(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="INPUT"):
        _run(tmp_path, _memory_points([]))


def test_cancelled_run_stops_without_output(provider, tmp_path, ecosystem):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run("brussels_creative:clusters",
                       {"INPUT": entities(ecosystem), "OUTPUT": "memory:", "CLUSTERS": "memory:"}, feedback=feedback)


def test_progress_only_moves_forward_and_ends_at_100(provider, ecosystem):
    feedback = QgsProcessingFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    processing.run("brussels_creative:clusters", {"INPUT": entities(ecosystem), "EPS": 300.0, "MIN_POINTS": 5,
                                                  "OUTPUT": "memory:", "CLUSTERS": "memory:"}, feedback=feedback)
    assert seen and seen == sorted(seen) and seen[-1] == pytest.approx(100.0)


def test_clusters_runs_headless_through_qgis_process(qgis_process_cli, tmp_path, ecosystem):
    results = qgis_process_cli.run(
        "clusters", INPUT=entities(ecosystem), EPS=150, MIN_POINTS=8,
        OUTPUT=str(tmp_path / "qp_points.gpkg"), CLUSTERS=str(tmp_path / "qp_hulls.gpkg"),
    )
    assert results["NUM_CLUSTERS"] > 0
    assert QgsVectorLayer(results["CLUSTERS"], "h", "ogr").featureCount() == results["NUM_CLUSTERS"]


def test_the_entities_of_an_ecosystem_keep_the_fields_that_name_them_not_their_contacts(provider, tmp_path,
                                                                                     ecosystem):
    _, points, _ = _run(tmp_path, entities(ecosystem), EPS=400.0, MIN_POINTS=5)
    assert points.fields().names()[1:] == ["uuid", "name", "entity_type", "municipality", "cluster_id", "is_core"]
    source = QgsVectorLayer(entities(ecosystem), "entities", "ogr")
    theirs = {r["uuid"]: r for r in layer_rows(source)}
    ours = layer_rows(points)
    assert len(ours) == len(theirs)
    for row in ours:
        original = theirs[row["uuid"]]
        assert (row["name"], row["entity_type"], row["municipality"]) == (
            original["name"], original["entity_type"], original["municipality"])


def test_any_other_layer_keeps_all_its_fields(provider, tmp_path):
    xy = [(150000.0 + 10 * i, 170000.0) for i in range(6)]
    layer = points_layer(xy, "EPSG:31370", "&field=uuid:string&field=name:string&field=size:integer",
                         [(f"u{i}", f"p{i}", i * 10) for i in range(6)])
    _, points, _ = _run(tmp_path, layer, EPS=50.0, MIN_POINTS=3)
    assert points.fields().names()[1:] == ["uuid", "name", "size", "cluster_id", "is_core"]
    assert [(r["uuid"], r["name"], r["size"], r["cluster_id"]) for r in layer_rows(points)] == [
        (f"u{i}", f"p{i}", i * 10, 0) for i in range(6)]


def test_a_layer_without_uuid_gets_the_source_fid_by_that_name(provider, tmp_path):
    xy = [(150000.0 + 10 * i, 170000.0) for i in range(6)] + [(160000.0, 160000.0)]
    layer = _memory_points(xy)
    _, points, _ = _run(tmp_path, layer, EPS=50.0, MIN_POINTS=3)
    rows = layer_rows(points)
    assert points.fields().names()[1:] == ["name", "cluster_id", "is_core", "source_fid"]
    ids = {f["name"]: f.id() for f in layer.getFeatures()}
    assert [(r["name"], r["source_fid"]) for r in rows] == [(name, fid) for name, fid in ids.items()]
    assert [r["cluster_id"] for r in rows] == [0] * 6 + [None]
