"""create_postgis_ecosystem and copy_ecosystem through processing.run on a real PostgreSQL + PostGIS server and a
connection saved in QGIS; the schema's rules then hold for QGIS's own postgres provider too, and a copy there and back
gives the GeoPackage back table by table."""

from __future__ import annotations

import io
import sqlite3
import zipfile

import processing
import pytest
from core.conftest import build_ecosystem
from helpers import RecordingFeedback
from postgis_server import require_psycopg2
from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)

from brussels_creative.core.store.postgis import copy, migrations
from brussels_creative.layers.ecosystem_layers import LAYER_NAMES, postgis_project_uri, store_in_geopackage
from brussels_creative.layers.postgres_connection import saved_connection_source

psycopg2 = require_psycopg2()
CONNECTION = "bc_tests"


@pytest.fixture
def saved_connection(postgis_server, request):
    """A fresh database with PostGIS, saved in QGIS as the PostgreSQL connection 'bc_tests'."""
    database = postgis_server.create_database("p_" + request.node.name.lower()[:40].replace("[", "_").strip("]"))
    uri = QgsDataSourceUri()
    uri.setConnection(postgis_server.host, str(postgis_server.port), database.split("dbname=")[1].split()[0],
                      postgis_server.user, "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True}), CONNECTION)
    yield uri
    metadata.deleteConnection(CONNECTION)


def _entities(uri: QgsDataSourceUri, schema: str) -> QgsVectorLayer:
    source = QgsDataSourceUri(uri)
    source.setDataSource(schema, "entities", "geom", "", "fid")
    layer = QgsVectorLayer(source.uri(False), "entities", "postgres")
    assert layer.isValid(), layer.error().summary()
    return layer


def _feature(layer: QgsVectorLayer, **values) -> QgsFeature:
    """A new feature as QGIS's form makes it: the database's defaults for the fields not given."""
    return QgsVectorLayerUtils.createFeature(
        layer, QgsGeometry.fromPointXY(QgsPointXY(149_000, 170_000)),
        {layer.fields().indexOf(name): value for name, value in values.items()})


def test_the_new_schema_takes_qgis_edits_holding_them_to_the_rules(provider, saved_connection):
    result = processing.run("brussels_creative:create_postgis_ecosystem",
                            {"CONNECTION": CONNECTION, "SCHEMA": "team_eco"})
    assert result == {"SCHEMA": "team_eco", "VERSION": migrations.LATEST_VERSION}
    layer = _entities(saved_connection, "team_eco")
    assert layer.crs().authid() == "EPSG:31370" and layer.featureCount() == 0
    assert layer.startEditing()
    assert layer.addFeature(_feature(layer, name="Bad mail", entity_type="hub", email="info@lab"))
    assert not layer.commitChanges()
    assert "bc_email_shape" in "\n".join(layer.commitErrors())
    assert layer.rollBack()
    assert layer.startEditing()
    assert layer.addFeature(_feature(layer, name="Atelier", entity_type="spaceship"))
    assert not layer.commitChanges()
    assert "bc_entity_type_known" in "\n".join(layer.commitErrors())
    assert layer.rollBack()
    assert layer.startEditing()
    assert layer.addFeature(_feature(layer, name="Open Lab", entity_type="fablab", email="lab@open.brussels"))
    assert layer.commitChanges(), layer.commitErrors()
    layer.reload()
    assert [f["name"] for f in layer.getFeatures()] == ["Open Lab"]
    connection = psycopg2.connect(saved_connection.connectionInfo(True))
    with connection.cursor() as cursor:
        cursor.execute("SELECT action, new_values->>'name', changed_by FROM team_eco.history")
        assert cursor.fetchall() == [("insert", "Open Lab", "bc_admin")]
    connection.close()


def test_a_schema_holding_an_ecosystem_and_an_unknown_connection_are_refused_by_name(provider, saved_connection):
    processing.run("brussels_creative:create_postgis_ecosystem", {"CONNECTION": CONNECTION, "SCHEMA": "team_eco"})
    with pytest.raises(QgsProcessingException, match="SCHEMA: team_eco holds an ecosystem already"):
        processing.run("brussels_creative:create_postgis_ecosystem", {"CONNECTION": CONNECTION, "SCHEMA": "team_eco"})
    with pytest.raises(QgsProcessingException, match="CONNECTION: no PostgreSQL connection named 'nowhere'"):
        processing.run("brussels_creative:create_postgis_ecosystem", {"CONNECTION": "nowhere", "SCHEMA": "other"})
    with pytest.raises(QgsProcessingException, match="is not a schema name"):
        processing.run("brussels_creative:create_postgis_ecosystem", {"CONNECTION": CONNECTION, "SCHEMA": "Team Eco"})


def test_a_database_without_postgis_is_refused_with_the_fix(provider, saved_connection):
    connection = psycopg2.connect(saved_connection.connectionInfo(True))
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("DROP EXTENSION postgis")
    connection.close()
    with pytest.raises(QgsProcessingException, match="CREATE EXTENSION postgis"):
        processing.run("brussels_creative:create_postgis_ecosystem", {"CONNECTION": CONNECTION, "SCHEMA": "team_eco"})


def _table_rows(path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()
                for table in (*copy.TABLES, "relationship_lines")}
    finally:
        connection.close()


def test_copy_ecosystem_takes_a_geopackage_to_postgis_and_back_identical(provider, saved_connection, tmp_path):
    source = build_ecosystem(tmp_path / "office.gpkg").path
    there = processing.run("brussels_creative:copy_ecosystem", {"DIRECTION": 0, "GEOPACKAGE": str(source),
                                                                "CONNECTION": CONNECTION, "SCHEMA": "team_eco"})
    back = tmp_path / "home.gpkg"
    home = processing.run("brussels_creative:copy_ecosystem", {"DIRECTION": 1, "GEOPACKAGE": str(back),
                                                               "CONNECTION": CONNECTION, "SCHEMA": "team_eco"})
    assert there["ROWS"] == home["ROWS"] > 100  # vocabularies, municipalities, 3 entities, links, history
    assert _table_rows(back) == _table_rows(source)
    layer = _entities(saved_connection, "team_eco")
    assert sorted(f["name"] for f in layer.getFeatures()) == ["Hub Centrale", "Lab Ixelles", "Studio Molenbeek"]


def test_copy_ecosystem_refuses_an_occupied_schema_or_file_leaving_them_as_they_were(provider, saved_connection,
                                                                                     tmp_path):
    source = build_ecosystem(tmp_path / "office.gpkg").path
    run = {"DIRECTION": 0, "GEOPACKAGE": str(source), "CONNECTION": CONNECTION, "SCHEMA": "team_eco"}
    processing.run("brussels_creative:copy_ecosystem", run)
    with pytest.raises(QgsProcessingException, match="SCHEMA: team_eco holds an ecosystem already"):
        processing.run("brussels_creative:copy_ecosystem", run)
    before = source.read_bytes()
    with pytest.raises(QgsProcessingException, match="already exists; choose another name or allow overwriting"):
        processing.run("brussels_creative:copy_ecosystem", {**run, "DIRECTION": 1})
    assert source.read_bytes() == before
    with pytest.raises(QgsProcessingException, match="SCHEMA: elsewhere holds no ecosystem"):
        processing.run("brussels_creative:copy_ecosystem", {**run, "DIRECTION": 1, "SCHEMA": "elsewhere",
                                                            "GEOPACKAGE": str(tmp_path / "new.gpkg")})
    assert not (tmp_path / "new.gpkg").exists()
    replaced = processing.run("brussels_creative:copy_ecosystem", {**run, "DIRECTION": 1, "OVERWRITE": True})
    assert replaced["GEOPACKAGE"] == str(source)


def test_what_the_database_refuses_is_said_in_its_words_and_nothing_is_left(provider, saved_connection, tmp_path):
    connection = psycopg2.connect(saved_connection.connectionInfo(True))
    with connection.cursor() as cursor:  # a schema someone made by hand, with a table of the ecosystem's names
        cursor.execute("CREATE SCHEMA shared; CREATE TABLE shared.sectors (id integer)")
    connection.commit()
    source = build_ecosystem(tmp_path / "office.gpkg").path
    with pytest.raises(QgsProcessingException,
                       match='CONNECTION bc_tests: the database refused: relation "sectors" already exists'):
        processing.run("brussels_creative:copy_ecosystem", {"DIRECTION": 0, "GEOPACKAGE": str(source),
                                                            "CONNECTION": CONNECTION, "SCHEMA": "shared"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'shared'")
        assert cursor.fetchall() == [("sectors",)]
    connection.close()


def test_a_new_postgis_ecosystem_stores_its_forms_and_a_project_the_team_opens_without_the_plugin(provider,
                                                                                                saved_connection):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    with_password = QgsDataSourceUri(saved_connection)
    with_password.setPassword("secret-pw")  # the server trusts the loopback; a saved password must not travel
    metadata.saveConnection(metadata.createConnection(with_password.uri(False),
                                                      {"saveUsername": True, "savePassword": True}), CONNECTION)
    processing.run("brussels_creative:create_postgis_ecosystem",
                   {"CONNECTION": CONNECTION, "SCHEMA": "team_eco", "LANGUAGE": 2})
    connection = psycopg2.connect(saved_connection.connectionInfo(True))
    with connection.cursor() as cursor:
        cursor.execute("SELECT f_table_name, useasdefault, styleqml::text FROM public.layer_styles "
                       "WHERE f_table_schema = 'team_eco' ORDER BY f_table_name")
        styles = cursor.fetchall()
        cursor.execute("SELECT name, content FROM team_eco.qgis_projects")
        (name, content), = cursor.fetchall()
    connection.close()
    assert [row[0] for row in styles] == sorted(LAYER_NAMES) and all(row[1] for row in styles)
    assert name == "Brussels Creative"
    with zipfile.ZipFile(io.BytesIO(bytes(content))) as archive:
        project_text = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    assert "secret-pw" not in project_text and not any("secret-pw" in row[2] for row in styles)

    project = QgsProject()
    assert project.read(postgis_project_uri(saved_connection_source(CONNECTION, "team_eco")))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert set(layers) == {names[1] for names in LAYER_NAMES.values()}  # in French, as asked
    entities = layers["Entités"]
    assert entities.isValid() and entities.providerType() == "postgres"
    assert entities.editorWidgetSetup(entities.fields().indexOf("sector_codes")).type() == "ValueRelation"
    project.clear()


def test_a_curator_who_may_not_write_qgis_styles_still_gets_a_complete_ecosystem_and_a_warning(provider,
                                                                                               saved_connection):
    # a first ecosystem made by the database's owner: the roles exist (once per cluster), and QGIS's layer_styles
    processing.run("brussels_creative:create_postgis_ecosystem", {"CONNECTION": CONNECTION, "SCHEMA": "first"})
    admin = psycopg2.connect(saved_connection.connectionInfo(True))
    with admin.cursor() as cursor:
        cursor.execute("DROP OWNED BY carla" if _role_exists(cursor, "carla") else "SELECT 1")
        cursor.execute("DROP ROLE IF EXISTS carla")
        cursor.execute("CREATE ROLE carla LOGIN IN ROLE bc_curator")  # may make schemas, not write in public
        cursor.execute(f"GRANT CREATE ON DATABASE {saved_connection.database()} TO carla")
    admin.commit()
    as_carla = QgsDataSourceUri(saved_connection)
    as_carla.setUsername("carla")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(as_carla.uri(False), {"saveUsername": True}), CONNECTION)

    feedback = RecordingFeedback()
    result = processing.run("brussels_creative:create_postgis_ecosystem",
                            {"CONNECTION": CONNECTION, "SCHEMA": "carlas"}, feedback=feedback)
    assert result["VERSION"] == migrations.LATEST_VERSION
    assert any("could not be stored in the database" in w for w in feedback.warnings), feedback.warnings
    with admin.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM carlas.entity_types")
        assert cursor.fetchone()[0] > 0
        cursor.execute("SELECT count(*) FROM public.layer_styles WHERE f_table_schema = 'carlas'")
        assert cursor.fetchone() == (0,)
    admin.close()


def _role_exists(cursor, name: str) -> bool:
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
    return cursor.fetchone() is not None


def test_the_teams_own_styles_travel_with_the_copy_both_ways_and_stay_the_default(provider, saved_connection,
                                                                                  tmp_path):
    source = build_ecosystem(tmp_path / "office.gpkg").path
    store_in_geopackage(source)
    layer = QgsVectorLayer(f"{source}|layername=entities", "entities", "ogr")
    layer.setCustomProperty("team", "our colours")
    assert layer.saveStyleToDatabase("Team colours", "the office's map", True, "") == ""
    del layer
    processing.run("brussels_creative:copy_ecosystem", {"DIRECTION": 0, "GEOPACKAGE": str(source),
                                                        "CONNECTION": CONNECTION, "SCHEMA": "team_eco"})
    connection = psycopg2.connect(saved_connection.connectionInfo(True))
    with connection.cursor() as cursor:
        cursor.execute("SELECT stylename, useasdefault, description FROM public.layer_styles "
                       "WHERE f_table_schema = 'team_eco' AND f_table_name = 'entities' ORDER BY id")
        assert cursor.fetchall() == [("entities", False, "Brussels Creative default style"),
                                     ("Team colours", True, "the office's map")]
    connection.close()
    there = _entities(saved_connection, "team_eco")
    assert there.customProperty("team") == "our colours"  # QGIS loads the team's style as the layer's default
    back = tmp_path / "home.gpkg"
    processing.run("brussels_creative:copy_ecosystem", {"DIRECTION": 1, "GEOPACKAGE": str(back),
                                                        "CONNECTION": CONNECTION, "SCHEMA": "team_eco"})
    with sqlite3.connect(back) as home:
        assert home.execute("SELECT styleName, useAsDefault FROM layer_styles WHERE f_table_name = 'entities' "
                            "ORDER BY id").fetchall() == [("entities", 0), ("Team colours", 1)]
    assert QgsVectorLayer(f"{back}|layername=entities", "entities", "ogr").customProperty("team") == "our colours"


def test_a_sample_generated_into_a_schema_is_the_seeds_sample(provider, saved_connection, tmp_path):
    result = processing.run("brussels_creative:generate_sample", {"COUNT": 60, "SEED": 7, "CONNECTION": CONNECTION,
                                                                  "SCHEMA": "demo"})
    assert result["OUTPUT"] is None and result["ENTITIES"] == 60
    in_file = tmp_path / "demo.gpkg"
    processing.run("brussels_creative:generate_sample", {"COUNT": 60, "SEED": 7, "OUTPUT": str(in_file)})
    back = tmp_path / "back.gpkg"
    processing.run("brussels_creative:copy_ecosystem", {"DIRECTION": 1, "GEOPACKAGE": str(back),
                                                        "CONNECTION": CONNECTION, "SCHEMA": "demo"})
    assert _table_rows(back) == _table_rows(in_file)
    with pytest.raises(QgsProcessingException, match="SCHEMA: demo holds an ecosystem already"):
        processing.run("brussels_creative:generate_sample", {"COUNT": 5, "CONNECTION": CONNECTION, "SCHEMA": "demo"})
    with pytest.raises(QgsProcessingException, match="OUTPUT or CONNECTION: give where to write the sample"):
        processing.run("brussels_creative:generate_sample", {"COUNT": 5})
