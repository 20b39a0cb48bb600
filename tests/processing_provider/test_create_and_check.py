"""create_geopackage and check_geopackage through processing.run, on real files."""

from __future__ import annotations

import sqlite3

import processing
import pytest
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsProcessingException, QgsVectorLayer

from brussels_creative.core.store import gpkg


def _create(path, **extra):
    return processing.run("brussels_creative:create_geopackage", {"OUTPUT": str(path), **extra})


def test_create_geopackage_makes_a_valid_file_that_qgis_opens(provider, tmp_path):
    path = tmp_path / "eco.gpkg"
    result = _create(path)
    assert result["OUTPUT"] == str(path)
    assert validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False) == []
    for layer_name, feature_count in (("entities", 0), ("municipalities", 19), ("sectors", None)):
        layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
        assert layer.isValid(), layer_name
        if feature_count is not None:
            assert layer.featureCount() == feature_count
    entities = QgsVectorLayer(f"{path}|layername=entities", "entities", "ogr")
    assert entities.crs().authid() == "EPSG:31370"


def test_create_geopackage_refuses_to_overwrite_by_default(provider, tmp_path):
    path = tmp_path / "eco.gpkg"
    path.write_bytes(b"precious")
    with pytest.raises(QgsProcessingException, match="already exists"):
        _create(path)
    assert path.read_bytes() == b"precious"
    _create(path, OVERWRITE=True)
    assert validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False) == []


def _findings(path, tmp_path):
    result = processing.run(
        "brussels_creative:check_geopackage", {"INPUT": str(path), "OUTPUT": str(tmp_path / "findings.csv")}
    )
    layer = QgsVectorLayer(result["OUTPUT"], "findings", "ogr")
    rows = [dict(zip(layer.fields().names(), f.attributes(), strict=True)) for f in layer.getFeatures()]
    return result, rows


def test_check_geopackage_finds_nothing_in_a_fresh_file(provider, tmp_path):
    path = tmp_path / "eco.gpkg"
    _create(path)
    result, rows = _findings(path, tmp_path)
    assert rows == []
    assert result["ERRORS"] == 0 and result["WARNINGS"] == 0


def test_check_geopackage_reports_each_kind_of_problem(provider, tmp_path):
    path = tmp_path / "eco.gpkg"
    _create(path)
    before = path.read_bytes()
    connection = sqlite3.connect(path)
    gpkg.register_functions(connection)
    inside, outside = gpkg.point_blob(149_000, 170_000), gpkg.point_blob(100_000, 100_000)
    connection.execute("INSERT INTO entities (geom, uuid, name, entity_type) VALUES (?, 'in', 'Inside', 'hub')",
                       (inside,))
    connection.execute("INSERT INTO entities (geom, uuid, name, entity_type) VALUES (?, 'out', 'Far away', 'hub')",
                       (outside,))
    connection.execute("INSERT INTO entities (geom, uuid, name, entity_type) VALUES (NULL, 'nowhere', 'No point', "
                       "'hub')")
    # A careless client drops a trigger, then writes a dangling link the trigger would have refused.
    connection.execute("DROP TRIGGER bc_link_entity_exists_entity_sectors_insert")
    connection.execute("INSERT INTO entity_sectors (entity_uuid, code, is_primary) VALUES ('ghost', 'design', 1)")
    connection.commit()
    connection.close()
    after_edit = path.read_bytes()
    result, rows = _findings(path, tmp_path)
    found = {(r["check"], r["row"]) for r in rows}
    assert ("outside_region", "out") in found
    assert ("outside_region", "in") not in found
    assert ("empty_geometry", "nowhere") in found
    assert ("missing_trigger", "bc_link_entity_exists_entity_sectors_insert") in found
    assert any(check == "link_entity_missing" for check, _ in found)
    assert {("no_sector", "in"), ("no_sector", "out")} <= found
    assert result["ERRORS"] == sum(r["severity"] == "error" for r in rows) >= 3
    assert path.read_bytes() == after_edit != before  # the check itself changed nothing


def test_check_geopackage_refuses_a_file_that_is_not_an_ecosystem(provider, tmp_path):
    plain = tmp_path / "plain.gpkg"
    layer = QgsVectorLayer("Point?crs=EPSG:31370", "p", "memory")
    from qgis.core import QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    from qgis.core import QgsCoordinateTransformContext

    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(plain), QgsCoordinateTransformContext(), options)
    with pytest.raises(QgsProcessingException, match="not a Brussels Creative ecosystem"):
        _findings(plain, tmp_path)
