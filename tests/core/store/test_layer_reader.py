"""The readers of any point layer give what QGIS's own feature loop gives (fids, coordinates in the layer's SRS,
attribute values and types, null geometries skipped and counted), on layers built to be awkward: quoted and spaced
table, geometry and fid names, EPSG:4326 and 3857, Z points, multipoints, blobs with envelopes and big-endian WKB,
GeoJSON with mixed properties; what they cannot read exactly they refuse."""

from __future__ import annotations

import json
import sqlite3
import struct

import pytest
from helpers import add_ogr_feature
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from brussels_creative.core.store import gpkg
from brussels_creative.core.store.layer_reader import (
    NotFastReadableError,
    read_geojson_points,
    read_geopackage_points,
    read_ogr_points,
)

TABLE = 'odd "table" \'name\' with spaces'
GEOMETRY = 'the "geom"'
FID = "my id"
COLUMNS = ('label "quoted"', "n", "small", "score", "flag")


def _plain(value):
    """A QGIS attribute as a plain value: None for NULL."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def qgis_read(uri: str, columns: tuple[str, ...]) -> tuple[list, int]:
    """(fid, x, y, values) per point as QGIS's loop gives them (multipoints as their points), and the skipped."""
    layer = QgsVectorLayer(uri, "reference", "ogr")
    assert layer.isValid(), uri
    rows, skipped = [], 0
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        parts = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        values = tuple(_plain(feature[c]) for c in columns)
        rows += [(feature.id(), p.x(), p.y(), values) for p in parts]
    return rows, skipped


def fast_rows(read, columns: tuple[str, ...]) -> list:
    values = list(zip(*(read.columns[c] for c in columns), strict=True)) if columns else [()] * read.x.size
    return list(zip(read.fids.tolist(), read.x.tolist(), read.y.tolist(), values, strict=True))


def typed(rows: list) -> list:
    """Rows with each value's type beside it: 1 and 1.0 and True must not pass for each other."""
    return [(fid, x, y, tuple((type(v).__name__, v) for v in values)) for fid, x, y, values in rows]


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs


def _layer(path, driver: str, name: str, epsg: int, kind: int, options=()):
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer(name, _srs(epsg), kind, options=list(options))
    fields = (
        (COLUMNS[0], ogr.OFTString, None), ("n", ogr.OFTInteger64, None), ("small", ogr.OFTInteger, None),
        ("score", ogr.OFTReal, None), ("flag", ogr.OFTInteger, ogr.OFSTBoolean),
    )
    for field_name, field_type, subtype in fields:
        definition = ogr.FieldDefn(field_name, field_type)
        if subtype is not None:
            definition.SetSubType(subtype)
        layer.CreateField(definition)
    return dataset, layer


ROWS = (
    ("POINT (4.35 50.85)", ('say "hi", it\'s', 2**40 + 3, -7, 1 / 3, True)),
    (None, ("no geometry", 1, 1, 1.0, False)),
    ("POINT (4.36 50.86)", (None, None, None, None, None)),
    ("POINT EMPTY", ("empty", 3, 3, 3.0, True)),
    ("POINT (4.37 50.87)", ("été, 日本", -5, 2**20, 0.1, False)),
)


def test_a_geopackage_with_quoted_names_nulls_and_empty_points_reads_as_qgis_reads_it(qgis_app, tmp_path):
    path = tmp_path / "odd names.gpkg"
    dataset, layer = _layer(path, "GPKG", TABLE, 4326, ogr.wkbPoint, [f"GEOMETRY_NAME={GEOMETRY}", f"FID={FID}"])
    for wkt, values in ROWS:
        add_ogr_feature(layer, wkt, values)
    del layer, dataset
    read = read_geopackage_points(path, TABLE, COLUMNS)
    expected, skipped = qgis_read(f"{path}|layername={TABLE}", COLUMNS)
    assert typed(fast_rows(read, COLUMNS)) == typed(expected)
    assert read.skipped == skipped == 2
    assert read.srs.authid() == "EPSG:4326"


def test_z_points_multipoints_envelopes_and_big_endian_blobs_read_as_qgis_reads_them(qgis_app, tmp_path):
    path = tmp_path / "parts.gpkg"
    dataset, layer = _layer(path, "GPKG", "multi", 3857, ogr.wkbMultiPoint25D)
    for i, wkt in enumerate(("MULTIPOINT Z ((1 2 3), (4 5 6))", "MULTIPOINT Z ((7 8 9))", "MULTIPOINT EMPTY", None,
                             "MULTIPOINT Z ((10 11 12), (13 14 15), (16 17 18))")):
        add_ogr_feature(layer, wkt, (f"m{i}", i, i, i / 7, bool(i % 2)))
    del layer
    layer = dataset.CreateLayer("z points", _srs(3857), ogr.wkbPoint25D)
    layer.CreateField(ogr.FieldDefn("n", ogr.OFTInteger64))
    for i in range(3):
        add_ogr_feature(layer, f"POINT Z ({i * 1000.5} {-i * 333.25} {i})", (i,))
    del layer, dataset
    # Blobs GDAL does not write but reads: an envelope (flags 0x03) and big-endian WKB (flags 0x02, byte order 0)
    connection = sqlite3.connect(path)
    gpkg.register_functions(connection)
    envelope = gpkg.wkb_blob(struct.pack("<BIdd", 1, 1, 500.5, 600.5), (500.5, 500.5, 600.5, 600.5), 3857)
    big_endian = struct.pack(">2sBBi", b"GP", 0, 0x00, 3857) + struct.pack(">BIdd", 0, 1, -1.5, 2.5)
    connection.executemany('INSERT INTO "z points" (geom, n) VALUES (?, ?)', ((envelope, 10), (big_endian, 11)))
    connection.commit()
    connection.close()

    for table, columns in (("multi", COLUMNS), ("z points", ("n",))):
        read = read_geopackage_points(path, table, columns)
        expected, skipped = qgis_read(f"{path}|layername={table}", columns)
        assert typed(fast_rows(read, columns)) == typed(expected)
        assert read.skipped == skipped
    assert read_geopackage_points(path, "multi").skipped == 2
    assert len(expected) == 5 and read.srs.authid() == "EPSG:3857"


def test_a_provider_subset_is_applied_as_gdal_applies_it(qgis_app, tmp_path):
    path = tmp_path / "subset.gpkg"
    dataset, layer = _layer(path, "GPKG", "places", 31370, ogr.wkbPoint)
    for i in range(40):
        add_ogr_feature(layer, f"POINT ({150000 + i} {170000 - i})", (f"Place {i}", i, i % 4, i / 3, i % 2 == 0))
    del layer, dataset
    subset = "\"small\" IN (1, 3) AND \"label \"\"quoted\"\"\" LIKE 'place 1%'"
    read = read_geopackage_points(path, "places", COLUMNS, where=subset)
    reference = QgsVectorLayer(f"{path}|layername=places", "reference", "ogr")
    assert reference.setSubsetString(subset)
    expected = [(f.id(), f.geometry().asPoint().x(), f.geometry().asPoint().y(),
                 tuple(_plain(f[c]) for c in COLUMNS)) for f in reference.getFeatures()]
    assert typed(fast_rows(read, COLUMNS)) == typed(expected)
    assert read.fids.tolist() == [2, 12, 14, 16, 18, 20]  # fids start at 1: Place 1, 11, 13, 15, 17, 19
    # SQL this connection cannot run (a GDAL function) is refused, never ignored
    with pytest.raises(NotFastReadableError):
        read_geopackage_points(path, "places", where="ST_IsEmpty(geom) = 0")


def test_columns_qgis_turns_into_dates_or_maps_and_non_point_tables_are_refused(qgis_app, tmp_path):
    path = tmp_path / "other.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("dated", _srs(31370), ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("day", ogr.OFTDate))
    add_ogr_feature(layer, "POINT (1 2)", ("2024-01-02",))
    lines = dataset.CreateLayer("lines", _srs(31370), ogr.wkbLineString)
    add_ogr_feature(lines, "LINESTRING (0 0, 1 1)", ())
    del layer, lines, dataset
    assert read_geopackage_points(path, "dated").x.tolist() == [1.0]
    with pytest.raises(NotFastReadableError):
        read_geopackage_points(path, "dated", ("day",))
    with pytest.raises(NotFastReadableError):
        read_geopackage_points(path, "lines")


GEOJSON = """{"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"name": "a \\"quoted\\" one", "mixed": 1, "ratio": 1, "ok": true,
  "nested": {"lat": 50.8}}, "geometry": {"type": "Point", "coordinates": [4.351, 50.851]}},
 {"type": "Feature", "properties": {"name": null, "mixed": 2.5, "ratio": 0.1, "ok": false, "nested": null},
  "geometry": null},
 {"type": "Feature", "properties": {"mixed": 3, "ratio": 2.5e-9, "nested": [1]},
  "geometry": {"type": "Point", "coordinates": [4.36, 50.86, 12.5]}},
 {"type": "Feature", "properties": {"name": "z", "mixed": null, "ratio": -1, "ok": true},
  "geometry": {"type": "Point", "coordinates": []}},
 {"type": "Feature", "properties": {"name": "été", "mixed": 7, "ratio": 1e300, "ok": null},
  "geometry": {"type": "Point", "coordinates": [4.38, 50.88]}}
]}"""


def test_a_geojson_with_mixed_properties_reads_as_qgis_reads_it(qgis_app, tmp_path):
    path = tmp_path / "mixed.geojson"
    path.write_text(GEOJSON, encoding="utf-8")
    columns = ("name", "mixed", "ratio", "ok")
    read = read_ogr_points(str(path), columns=columns)
    expected, skipped = qgis_read(str(path), columns)
    assert typed(fast_rows(read, columns)) == typed(expected)
    assert read.skipped == skipped == 2
    assert read.srs.authid() == "EPSG:4979"  # GDAL's CRS of GeoJSON with heights (WGS 84 3-D)
    with pytest.raises(NotFastReadableError):  # QGIS gives the object as a map
        read_ogr_points(str(path), columns=("nested",))
    # an attribute filter as QGIS applies a subset to an OGR layer
    filtered = read_ogr_points(str(path), columns=columns, where="mixed > 2")
    assert filtered.fids.tolist() == [2, 4]


@pytest.mark.parametrize(("driver", "name"), [("ESRI Shapefile", "points.shp"), ("FlatGeobuf", "points.fgb")])
def test_shapefiles_and_flatgeobuf_read_as_qgis_reads_them(qgis_app, tmp_path, driver, name):
    path = tmp_path / name
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer("points", _srs(3857), ogr.wkbPoint)
    for field_name, field_type in (("label", ogr.OFTString), ("n", ogr.OFTInteger), ("score", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    for i in range(7):
        wkt = None if i == 3 else f"POINT ({i * 1234.5} {-i * 99.125})"
        add_ogr_feature(layer, wkt, (f"é {i}" if i != 5 else None, i * 10, i / 8))
    del layer, dataset
    columns = ("label", "n", "score") if driver != "ESRI Shapefile" else ("n", "score")
    read = read_ogr_points(str(path), columns=columns)
    expected, skipped = qgis_read(str(path), columns)
    assert typed(fast_rows(read, columns)) == typed(expected)
    assert read.skipped == skipped == (1 if driver == "ESRI Shapefile" else 0)  # FlatGeobuf drops null geometries
    if driver == "ESRI Shapefile":  # QGIS decodes its text with the layer's encoding setting: left to QGIS
        with pytest.raises(NotFastReadableError):
            read_ogr_points(str(path), columns=("label",))


def test_geojson_parsed_in_one_go_reads_as_qgis_reads_it_or_refuses(qgis_app, tmp_path):
    path = tmp_path / "mixed.geojson"
    path.write_text(GEOJSON, encoding="utf-8")
    kinds = {"name": "text", "mixed": "real", "ratio": "real", "ok": "bool"}
    reference = QgsVectorLayer(str(path), "reference", "ogr")
    assert [reference.fields().field(c).typeName() for c in kinds] == ["String", "Real", "Real", "Boolean"]
    read = read_geojson_points(path, kinds)
    expected, skipped = qgis_read(str(path), tuple(kinds))
    assert typed(fast_rows(read, tuple(kinds))) == typed(expected)
    assert read.skipped == skipped == 2
    # where OGR would turn a value into another (a number in a text field) or number features by their own id
    mixed = tmp_path / "number in text.geojson"
    mixed.write_text(GEOJSON.replace('"name": "z"', '"name": 5'), encoding="utf-8")
    assert QgsVectorLayer(str(mixed), "m", "ogr").fields().field("name").typeName() == "String"
    with pytest.raises(NotFastReadableError):
        read_geojson_points(mixed, {"name": "text"})
    with_ids = tmp_path / "ids.geojson"
    with_ids.write_text(GEOJSON.replace('{"type": "Feature", ', '{"type": "Feature", "id": 7, ', 1), encoding="utf-8")
    with pytest.raises(NotFastReadableError):
        read_geojson_points(with_ids, {})


def test_a_geojson_of_points_only_reads_as_qgis_reads_it(qgis_app, tmp_path):
    """Every feature a Point: the coordinates are taken in one go."""
    features = [
        {"type": "Feature", "properties": {"n": i, "name": f"p{i}"},
         "geometry": {"type": "Point", "coordinates": [4.3 + i / 7, 50 + i if i % 2 else 50.8 + i / 9]
                      + ([12] if i % 3 == 0 else [])}}
        for i in range(9)
    ]
    path = tmp_path / "points.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    read = read_geojson_points(path, {"n": "int", "name": "text"})
    expected, skipped = qgis_read(str(path), ("n", "name"))
    assert typed(fast_rows(read, ("n", "name"))) == typed(expected)
    assert len(expected) == 9 and skipped == read.skipped == 0
