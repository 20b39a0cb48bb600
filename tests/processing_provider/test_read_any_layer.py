"""Point layers that are not ecosystem files are read without QGIS's feature loop when that gives exactly what the
loop gives (same points in EPSG:31370 to the bit, same ids, values and skipped features), and by the loop when not;
density_by_area on such layers counts what native:countpointsinpolygon counts."""

from __future__ import annotations

import numpy as np
import processing
import pytest
from helpers import RecordingFeedback, add_ogr_feature
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from brussels_creative.processing.algorithms import inputs

TABLE = 'partner "places", v2'


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs


def _write(path, driver: str, name: str, epsg: int, kind: int, rows, options=()) -> None:
    """A layer with entity_type (text), staff (integer), score (real) and the given (wkt, values) rows."""
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer(name, _srs(epsg), kind, options=list(options))
    for field_name, field_type in (("entity_type", ogr.OFTString), ("staff", ogr.OFTInteger),
                                   ("score", ogr.OFTReal), ("since", ogr.OFTDate)):
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    for wkt, values in rows:
        add_ogr_feature(layer, wkt, values)
    del layer, dataset


def _rows(n: int, lon_lat: bool, seed: int = 3) -> list:
    """n points around Brussels (degrees or Web Mercator metres), with a null geometry and NULL values mixed in."""
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(4.30, 4.42, n), rng.uniform(50.80, 50.89, n)
    x, y = (lon, lat) if lon_lat else (lon * 111_319.490793, np.log(np.tan(np.pi / 4 + np.radians(lat) / 2))
                                       * 6_378_137.0)
    kinds = ("hub", "lab", None, "Hub ")
    rows = []
    for i in range(n):
        wkt = None if i % 17 == 5 else f"POINT Z ({x[i]!r} {y[i]!r} {i})"
        rows.append((wkt, (kinds[i % 4], i if i % 9 else None, i / 7, "2024-05-01")))
    return rows


@pytest.fixture
def algorithm(provider):
    return QgsApplication.processingRegistry().algorithmById("brussels_creative:density_by_area")


def _input(algorithm, value):
    """The INPUT parameter resolved as the algorithms resolve it (layers of the project found by id)."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return algorithm.points_input({"INPUT": value}, context)


def _loop(algorithm, layer, columns):
    """What QGIS's feature loop gives (the general path)."""
    return inputs._read_any_source(_input(algorithm, layer), QgsProcessingFeedback(), columns)


def _plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def _same(fast, loop) -> None:
    assert fast is not None
    assert fast.x.tobytes() == loop.x.tobytes() and fast.y.tobytes() == loop.y.tobytes()
    assert fast.uuids == loop.uuids
    assert fast.columns == loop.columns
    for column, values in loop.columns.items():  # NULL is None here, a null QVariant there; 1 is never 1.0
        assert [type(v) for v in fast.columns[column]] == [type(_plain(v)) for v in values]
    assert fast.skipped == loop.skipped


@pytest.mark.parametrize(("driver", "suffix", "epsg", "kind"), [
    ("GPKG", ".gpkg", 4326, ogr.wkbPoint25D),
    ("GPKG", ".gpkg", 3857, ogr.wkbMultiPoint),
    ("GeoJSON", ".geojson", 4326, ogr.wkbPoint25D),
    ("FlatGeobuf", ".fgb", 3857, ogr.wkbPoint25D),
])
def test_the_direct_read_equals_qgis_loop_in_epsg31370(algorithm, tmp_path, driver, suffix, epsg, kind):
    path = tmp_path / f"partner layer{suffix}"
    rows = _rows(300, epsg == 4326)
    if kind == ogr.wkbMultiPoint:  # multipoints of one, two and three points, a metre apart
        def multi(wkt: str, parts: int) -> str:
            x, y = (float(v) for v in wkt[9:-1].split()[:2])
            return "MULTIPOINT (" + ", ".join(f"{x + k!r} {y + k!r}" for k in range(parts)) + ")"

        rows = [(None if wkt is None else multi(wkt, 1 + i % 3), values) for i, (wkt, values) in enumerate(rows)]
    _write(path, driver, TABLE, epsg, kind, rows)
    uri = f"{path}|layername={TABLE}" if driver == "GPKG" else str(path)
    layer = QgsVectorLayer(uri, "partner", "ogr")
    assert layer.isValid()
    columns = ("entity_type", "staff", "score")
    fast = inputs.read_layer_directly(_input(algorithm, layer), RecordingFeedback(), columns, ids=True)
    loop = _loop(algorithm, layer, columns)
    _same(fast, loop)
    assert loop.skipped == (0 if driver == "FlatGeobuf" else 18)  # FlatGeobuf drops null geometries
    assert len(loop.x) == sum(wkt.count(",") + 1 for wkt, _ in rows if wkt is not None)
    assert 140_000 < loop.x.min() < loop.x.max() < 160_000  # really moved to EPSG:31370


def test_layers_the_direct_read_cannot_follow_are_left_to_qgis(algorithm, tmp_path):
    path = tmp_path / "plain.gpkg"
    _write(path, "GPKG", "places", 31370, ogr.wkbPoint, _rows(40, False))
    layer = QgsVectorLayer(f"{path}|layername=places", "places", "ogr")
    QgsProject.instance().addMapLayer(layer, False)

    def direct(source, definition=None, columns=("staff",)):
        return inputs.read_layer_directly(_input(algorithm, definition or source), RecordingFeedback(), columns,
                                          ids=True)

    assert direct(layer) is not None
    # a date column (QGIS gives QDate), selected features only, a memory layer
    assert direct(layer, columns=("since",)) is None
    layer.selectByIds([1, 2])
    assert direct(layer, QgsProcessingFeatureSourceDefinition(layer.id(), True)) is None
    memory = QgsVectorLayer("Point?crs=EPSG:31370&field=staff:integer", "memory", "memory")
    feature = QgsFeature(memory.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(150_000, 170_000)))
    feature.setAttributes([1])
    memory.dataProvider().addFeatures([feature])
    assert direct(memory) is None
    # a subset SQLite alone cannot run (a GDAL function) goes to QGIS; one it can run is followed
    assert layer.setSubsetString("ST_IsEmpty(geom) = 0 AND staff > 10")
    assert direct(layer) is None
    assert layer.setSubsetString("staff > 10 AND entity_type = 'hub'")
    _same(direct(layer), _loop(algorithm, layer, ("staff",)))
    assert direct(layer).uuids == ["13", "17", "21", "25", "29", "33"]  # hubs (i % 4 = 0) with staff = i > 10
    QgsProject.instance().removeMapLayer(layer.id())


def _counts(output, field: str) -> dict:
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "out", "ogr")
    return {f["sq"]: int(f[field]) for f in layer.getFeatures()}


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson"])
def test_density_by_area_on_a_partner_layer_reads_it_directly_and_counts_as_native(provider, tmp_path, suffix):
    path = tmp_path / f"partner{suffix}"
    _write(path, "GPKG" if suffix == ".gpkg" else "GeoJSON", TABLE, 3857, ogr.wkbPoint25D, _rows(500, False))
    points = QgsVectorLayer(f"{path}|layername={TABLE}" if suffix == ".gpkg" else str(path), "partner", "ogr")
    squares = QgsVectorLayer("Polygon?crs=EPSG:31370&field=sq:integer", "squares", "memory")
    features = []
    for i in range(8):
        for j in range(8):
            feature = QgsFeature(squares.fields())
            x0, y0 = 138_000 + 2_000 * i, 160_000 + 2_000 * j
            feature.setGeometry(QgsGeometry.fromWkt(
                f"POLYGON (({x0} {y0}, {x0 + 2000} {y0}, {x0 + 2000} {y0 + 2000}, {x0} {y0 + 2000}, {x0} {y0}))"))
            feature.setAttributes([i * 8 + j])
            features.append(feature)
    squares.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    ours = processing.run("brussels_creative:density_by_area",
                          {"INPUT": points, "AREAS": squares, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    native = processing.run("native:countpointsinpolygon",
                            {"POLYGONS": squares, "POINTS": points, "FIELD": "NUMPOINTS", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert any(info.startswith("Reading ") and "directly" in info for info in feedback.infos)
    counted = _counts(ours["OUTPUT"], "n_entities")
    assert counted == _counts(native["OUTPUT"], "NUMPOINTS")
    assert sum(counted.values()) == 500 - 30  # 30 null geometries; every other point lies in a square
