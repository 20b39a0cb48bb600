"""Inputs whose features carry JSON objects and lists (as Opendatasoft's GeoJSON exports carry geo_point_2d): every
algorithm writes one output feature per input feature, the JSON values as JSON text, and a sink that refuses a
feature stops the run naming the feature and the field."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import processing
import pytest
from qgis.core import QgsField, QgsFields, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QMetaType

from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store import gpkg
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.processing.algorithms import outputs

MUNICIPALITIES = Path(__file__).parents[2] / "brussels_creative" / "data" / "brussels_municipalities_urbis.geojson"
LAMBERT_72 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::31370"}}


def _point_2d(i: int) -> dict:
    return {"lon": round(4.35 + i / 1000, 3), "lat": 50.85}


def _tags(i: int) -> list:
    return ["culture", f"zone {i}", i]


@pytest.fixture(scope="module")
def areas(tmp_path_factory) -> Path:
    """The 19 municipalities as GeoJSON, each with an object (geo_point_2d) and a list (tags) field."""
    data = json.loads(MUNICIPALITIES.read_text(encoding="utf-8"))
    for i, feature in enumerate(data["features"]):
        feature["properties"]["geo_point_2d"] = _point_2d(i)
        feature["properties"]["tags"] = _tags(i)
    path = tmp_path_factory.mktemp("json") / "areas.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def points(tmp_path_factory) -> tuple[Path, int]:
    """400 sample entities as GeoJSON (EPSG:31370), each with an object and a list field."""
    folder = tmp_path_factory.mktemp("json_points")
    with EcosystemStore.create(folder / "sample.gpkg") as store:
        generate_sample(store, 400, 5)
    connection = sqlite3.connect(folder / "sample.gpkg")
    try:
        rows = connection.execute("SELECT uuid, entity_type, geom FROM entities ORDER BY fid").fetchall()
    finally:
        connection.close()
    features = []
    for i, (entity_uuid, entity_type, blob) in enumerate(rows):
        x, y = gpkg.blob_point_xy(blob)
        features.append({
            "type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]},
            "properties": {"uuid": entity_uuid, "entity_type": entity_type, "geo_point_2d": _point_2d(i),
                           "tags": _tags(i)},
        })
    path = folder / "points.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "crs": LAMBERT_72, "features": features}))
    return path, len(features)


def _layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    return layer


def _by_name(layer: QgsVectorLayer) -> dict[str, dict]:
    return {f["name_fr"]: dict(zip(layer.fields().names(), f.attributes(), strict=True)) for f in layer.getFeatures()}


def _expected_texts(areas: Path) -> dict[str, tuple[str, str]]:
    data = json.loads(areas.read_text(encoding="utf-8"))
    return {f["properties"]["name_fr"]: (f["properties"]["geo_point_2d"], f["properties"]["tags"])
            for f in data["features"]}


def test_the_areas_file_really_has_json_fields(areas):
    layer = _layer(areas)
    assert layer.featureCount() == 19
    kinds = {f.name(): f.type() for f in layer.fields()}
    assert kinds["geo_point_2d"] == QMetaType.QVariantMap
    assert kinds["tags"] in (QMetaType.QVariantMap, QMetaType.QVariantList)


@pytest.mark.parametrize("suffix", ["gpkg", "shp"])
def test_density_by_area_writes_every_polygon_with_json_text(provider, areas, points, tmp_path, suffix):
    path, n_points = points
    result = processing.run("brussels_creative:density_by_area",
                            {"INPUT": str(path), "AREAS": str(areas), "OUTPUT": str(tmp_path / f"d.{suffix}")})
    layer = _layer(result["OUTPUT"])
    assert layer.featureCount() == 19
    names = {"gpkg": ("geo_point_2d", "tags"), "shp": ("geo_pnt2d", "tags")}[suffix]  # see d_fields.csv
    assert layer.fields().field(names[0]).type() == QMetaType.QString
    rows = _by_name(layer)
    for name, (point_2d, tags) in _expected_texts(areas).items():
        assert json.loads(rows[name][names[0]]) == point_2d
        assert json.loads(rows[name][names[1]]) == tags
    assert rows["Ixelles"][names[0]] == '{"lat": 50.85, "lon": 4.357}'  # 8th feature; a map's keys come sorted
    assert sum(r["n_entities"] for r in rows.values()) <= n_points


def test_hotspots_on_areas_write_every_polygon_with_json_text(provider, areas, points, tmp_path):
    path, _ = points
    result = processing.run("brussels_creative:hotspots", {
        "INPUT": str(path), "AREAS": str(areas), "WEIGHTS": 1, "K": 4, "OUTPUT": str(tmp_path / "h.gpkg")})
    layer = _layer(result["OUTPUT"])
    assert layer.featureCount() == 19 and result["OBSERVATIONS"] == 19
    rows = _by_name(layer)
    for name, (point_2d, tags) in _expected_texts(areas).items():
        assert json.loads(rows[name]["geo_point_2d"]) == point_2d and json.loads(rows[name]["tags"]) == tags


def test_density_grid_counts_every_point_of_a_json_file(provider, areas, points, tmp_path):
    path, n_points = points
    result = processing.run("brussels_creative:density_grid", {
        "INPUT": str(path), "CELL_SIZE": 500, "OUTPUT": str(tmp_path / "g.gpkg")})
    layer = _layer(result["OUTPUT"])
    assert sum(f["n_entities"] for f in layer.getFeatures()) == n_points
    bounded = processing.run("brussels_creative:density_grid", {
        "INPUT": str(path), "CELL_SIZE": 500, "BOUNDARY": str(areas), "OUTPUT": str(tmp_path / "b.gpkg")})
    assert _layer(bounded["OUTPUT"]).featureCount() > 0


def test_clusters_write_every_point_of_a_json_file(provider, points, tmp_path):
    path, n_points = points
    result = processing.run("brussels_creative:clusters", {
        "INPUT": str(path), "EPS": 300, "MIN_POINTS": 4, "OUTPUT": str(tmp_path / "c.gpkg"),
        "CLUSTERS": str(tmp_path / "k.gpkg")})
    layer = _layer(result["OUTPUT"])
    assert layer.featureCount() == n_points
    clusters = _layer(result["CLUSTERS"])
    assert clusters.featureCount() == result["NUM_CLUSTERS"] > 0


def test_storable_fields_turn_json_fields_into_text():
    fields = QgsFields()
    fields.append(QgsField("name", QMetaType.QString))
    fields.append(QgsField("geo_point_2d", QMetaType.QVariantMap, "JSON"))
    fields.append(QgsField("codes", QMetaType.QStringList))
    fields.append(QgsField("n", QMetaType.Int))
    out, turned = outputs.storable_fields(fields)
    assert turned == [1, 2]
    assert [out.at(i).type() for i in range(4)] == [QMetaType.QString, QMetaType.QString, QMetaType.QString,
                                                    QMetaType.Int]
    rows = outputs.storable_rows([["a", {"lon": 4.3, "lat": 50.8}, ["x", "é"], 1], ["b", None, None, 2]], turned)
    assert rows == [["a", '{"lon": 4.3, "lat": 50.8}', '["x", "é"]', 1], ["b", None, None, 2]]


def test_a_refused_feature_stops_the_run_naming_the_feature_and_the_field():
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=name:string&field=n:integer", "sink", "memory")
    fields = layer.fields()
    rows = [["a", 1], ["b", "not a number"], ["c", 3]]
    with pytest.raises(QgsProcessingException, match=r"feature 2 of 3: its field n .*not a number"):
        outputs.add_point_features(layer.dataProvider(), fields, [1.0, 2.0, 3.0], [1.0, 2.0, 3.0], rows)
    assert layer.featureCount() == 1  # the first feature went in; the run stopped at the second


def test_clusters_count_and_write_a_json_entity_type_as_its_text(provider, points, tmp_path):
    path, n_points = points
    data = json.loads(path.read_text())
    for feature in data["features"]:
        feature["properties"]["entity_type"] = {"code": feature["properties"]["entity_type"], "v": 1}
    typed = tmp_path / "typed.geojson"
    typed.write_text(json.dumps(data))
    result = processing.run("brussels_creative:clusters", {
        "INPUT": str(typed), "EPS": 300, "MIN_POINTS": 4, "OUTPUT": str(tmp_path / "c.gpkg"),
        "CLUSTERS": str(tmp_path / "k.gpkg")})
    layer = _layer(result["OUTPUT"])
    assert layer.featureCount() == n_points
    written = {f["uuid"]: f["entity_type"] for f in layer.getFeatures()}
    first = data["features"][0]["properties"]
    assert written[first["uuid"]] == json.dumps(first["entity_type"], sort_keys=True)
    tops = [f["top_type"] for f in _layer(result["CLUSTERS"]).getFeatures()]
    assert tops and all(json.loads(t)["v"] == 1 for t in tops)
