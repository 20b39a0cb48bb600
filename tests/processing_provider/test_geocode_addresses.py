"""load_address_reference and geocode_addresses through processing.run, on real files."""

from __future__ import annotations

import math
import shutil
import sqlite3

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMetaType

from brussels_creative.core.store.ecosystem import EcosystemStore


def _count(path, table):
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def _layer(path):
    layer = QgsVectorLayer(str(path), "output", "ogr")
    assert layer.isValid()
    return layer


def test_load_address_reference_reads_a_best_csv(provider, address_reference, tmp_path):
    path = tmp_path / "eco.gpkg"
    EcosystemStore.create(path).close()
    result = processing.run("brussels_creative:load_address_reference",
                            {"INPUT": str(address_reference.csv), "GEOPACKAGE": str(path)})
    assert result["POINTS"] == len(address_reference.rows) == _count(path, "address_points")
    assert result["STREETS"] == _count(path, "streets")


def test_load_address_reference_reads_any_point_layer_with_chosen_fields(provider, address_reference, tmp_path):
    rows = [r for r in address_reference.rows if r["postcode"] == "1030"]
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"), wgs84, QgsProject.instance())
    memory = QgsVectorLayer("Point?crs=EPSG:4326", "urbis", "memory")
    memory.dataProvider().addAttributes([QgsField("rue", QMetaType.QString), QgsField("straat", QMetaType.QString),
                                         QgsField("num", QMetaType.QString), QgsField("cp", QMetaType.Int)])
    memory.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(memory.fields())
        point = to_wgs84.transform(QgsPointXY(*address_reference.xy(row)))
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        number = row["house_number"] + (f" bte {row['box_number']}" if row["box_number"] else "")
        feature.setAttributes([row["streetname_fr"], row["streetname_nl"], number, int(row["postcode"])])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    source = tmp_path / "urbis.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(source), QgsProject.instance().transformContext(), options)
    path = tmp_path / "eco.gpkg"
    EcosystemStore.create(path).close()
    result = processing.run("brussels_creative:load_address_reference", {
        "INPUT": str(source), "GEOPACKAGE": str(path), "STREET_FR_FIELD": "rue", "STREET_NL_FIELD": "straat",
        "NUMBER_FIELD": "num", "POSTCODE_FIELD": "cp"})
    assert result["POINTS"] == len(rows)
    boxed = next(r for r in rows if r["box_number"])
    found = processing.run("brussels_creative:geocode_addresses", {
        "INPUT": _addresses_csv(tmp_path, [("1", "x", f"{boxed['streetname_nl']} {boxed['house_number']}/"
                                                        f"{boxed['box_number']} 1030 Schaarbeek")]),
        "ADDRESS_FIELD": "address", "GEOPACKAGE": str(path), "OUTPUT": str(tmp_path / "out.gpkg")})
    feature = next(_layer(found["OUTPUT"]).getFeatures())
    point = feature.geometry().asPoint()
    x, y = address_reference.xy(boxed)
    assert feature["match_type"] == "exact" and math.hypot(point.x() - x, point.y() - y) < 0.001


def test_load_address_reference_needs_fields_for_a_point_layer(provider, tmp_path):
    path = tmp_path / "eco.gpkg"
    EcosystemStore.create(path).close()
    with pytest.raises(QgsProcessingException, match="STREET_FR_FIELD or STREET_NL_FIELD, NUMBER_FIELD"):
        processing.run("brussels_creative:load_address_reference", {"INPUT": str(path) + "|layername=entities",
                                                                     "GEOPACKAGE": str(path)})


def _addresses_csv(folder, rows, header=("id", "name", "address")) -> QgsVectorLayer:
    """A semicolon-separated text table, as partners send, opened as QGIS opens delimited text."""
    path = folder / "addresses.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(";".join(header) + "\n")
        for row in rows:
            handle.write(";".join(f'"{value}"' for value in row) + "\n")
    layer = QgsVectorLayer(f"file://{path}?delimiter=;&detectTypes=no&geomType=none", "addresses", "delimitedtext")
    assert layer.isValid()
    return layer


def test_geocode_addresses_keeps_every_row_and_field_and_says_why_a_row_has_no_point(provider, address_reference,
                                                                                      tmp_path):
    walckiers = address_reference.number("Rue Walckiers", "1030")
    loi = address_reference.number("Rue de la Loi", "1000")
    rows = [
        ("1", "Hub", f"Rue Walckiers - Walckiersstraat {walckiers['house_number']}, 1030 Schaerbeek"),
        ("2", "Lab", f"Wetstr. {loi['house_number']} 1000 Brussel"),
        ("3", "Nowhere", "Rue Imaginaire 5"),
        ("4", "Street only", "Rue de la Loie, 1000 Bruxelles"),
    ]
    layer = _addresses_csv(tmp_path, rows)
    assert layer.featureCount() == 4
    result = processing.run("brussels_creative:geocode_addresses", {
        "INPUT": layer, "ADDRESS_FIELD": "address", "GEOPACKAGE": str(address_reference.gpkg),
        "OUTPUT": str(tmp_path / "geocoded.gpkg")})
    assert (result["MATCHED"], result["UNMATCHED"]) == (3, 1)
    output = _layer(result["OUTPUT"])
    assert output.crs().authid() == "EPSG:31370"
    assert output.fields().names()[-10:] == ["id", "name", "address", "match_type", "match_score", "matched_fr",
                                             "matched_nl", "matched_postcode", "nis_code", "match_reason"]
    features = sorted(output.getFeatures(), key=lambda f: f["id"])
    assert [f["id"] for f in features] == ["1", "2", "3", "4"]
    assert [f["name"] for f in features] == ["Hub", "Lab", "Nowhere", "Street only"]
    assert [f["address"] for f in features] == [r[2] for r in rows]
    assert [f["match_type"] for f in features] == ["exact", "exact", "none", "street"]
    hub = features[0]
    point = hub.geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx(address_reference.xy(walckiers), abs=0.01)
    assert hub["matched_fr"] == f"Rue Walckiers {walckiers['house_number']}, 1030 Schaerbeek"
    assert hub["matched_nl"] == f"Walckiersstraat {walckiers['house_number']}, 1030 Schaarbeek"
    assert (hub["nis_code"], hub["matched_postcode"], hub["match_score"]) == ("21015", "1030", 1.0)
    nowhere = features[2]
    assert nowhere.geometry().isEmpty()  # QGIS's GeoPackage writer stores a missing point as POINT EMPTY
    assert nowhere["match_reason"] == "street 'rue imaginaire' not found and no postcode"
    assert features[3]["match_reason"] == ("spelling corrected from 'rue de la loie'; no house number: the street's "
                                           "middle")


def test_geocode_addresses_reads_separate_fields(provider, address_reference, tmp_path):
    row = address_reference.number("Avenue de Tervueren", "1040")
    uri = _addresses_csv(tmp_path, [("1", "Tervurenlaan", row["house_number"], "1040", "Etterbeek")],
                         header=("id", "street", "number", "postcode", "municipality"))
    result = processing.run("brussels_creative:geocode_addresses", {
        "INPUT": uri, "STREET_FIELD": "street", "NUMBER_FIELD": "number", "POSTCODE_FIELD": "postcode",
        "MUNICIPALITY_FIELD": "municipality", "GEOPACKAGE": str(address_reference.gpkg), "OUTPUT": "memory:"})
    feature = next(result["OUTPUT"].getFeatures())
    assert feature["match_type"] == "exact"
    assert (feature.geometry().asPoint().x(), feature.geometry().asPoint().y()) == pytest.approx(
        address_reference.xy(row), abs=0.01)


def test_geocode_addresses_refuses_missing_fields_and_a_file_without_reference(provider, address_reference, tmp_path):
    uri = _addresses_csv(tmp_path, [("1", "Hub", "Rue Haute 1, 1000")])
    with pytest.raises(QgsProcessingException, match="ADDRESS_FIELD or STREET_FIELD"):
        processing.run("brussels_creative:geocode_addresses", {
            "INPUT": uri, "GEOPACKAGE": str(address_reference.gpkg), "OUTPUT": "memory:"})
    empty = tmp_path / "empty.gpkg"
    EcosystemStore.create(empty).close()
    with pytest.raises(QgsProcessingException, match="holds no address reference: run 'Load address reference'"):
        processing.run("brussels_creative:geocode_addresses", {
            "INPUT": uri, "ADDRESS_FIELD": "address", "GEOPACKAGE": str(empty), "OUTPUT": "memory:"})


def test_result_field_names_already_in_the_input_are_not_overwritten(provider, address_reference, tmp_path):
    copy = tmp_path / "eco.gpkg"
    shutil.copy(address_reference.gpkg, copy)
    uri = _addresses_csv(tmp_path, [("1", "mine", "Rue Haute 1, 1000")], header=("id", "match_type", "address"))
    result = processing.run("brussels_creative:geocode_addresses", {
        "INPUT": uri, "ADDRESS_FIELD": "address", "GEOPACKAGE": str(copy), "OUTPUT": "memory:"})
    feature = next(result["OUTPUT"].getFeatures())
    assert feature["match_type"] == "mine"
    assert feature["match_type_2"] in ("exact", "interpolated")
