"""The algorithms that write an ecosystem, on an ecosystem in PostGIS (CONNECTION and SCHEMA instead of GEOPACKAGE),
through processing.run on a real server: the same sample in a GeoPackage and in a schema gives the same import, review
queue, portfolio comparison and proposals from correction files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import processing
import pytest
from postgis_server import copied_ecosystem, require_psycopg2, rows
from qgis.core import QgsApplication, QgsDataSourceUri, QgsProcessingException, QgsProviderRegistry, QgsVectorLayer

from brussels_creative.core.curation import claims
from brussels_creative.core.curation.portfolios import Portfolio, save_portfolio
from brussels_creative.core.publish import webmap
from brussels_creative.core.store import gpkg
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.postgis.ecosystem import PostgisStore

require_psycopg2()
CONNECTION = "bc_curation"


@pytest.fixture
def both(postgis_server, ecosystem, tmp_path, request):
    """The session's sample, with two portfolios and two verified entities, as a GeoPackage copy and in schema
    'eco' of a database saved in QGIS as 'bc_curation': (GeoPackage parameters, PostGIS parameters, dsn)."""
    path = tmp_path / "copy.gpkg"
    shutil.copy(ecosystem, path)
    with EcosystemStore.open(path) as store:
        labs = [u for (u,) in store.connection.execute(
            "SELECT uuid FROM entities WHERE entity_type = 'fablab' ORDER BY fid LIMIT 5")]
        save_portfolio(store, Portfolio("five labs", uuids=tuple(labs)))
        save_portfolio(store, Portfolio("hubs", expression="\"entity_type\" = 'hub'"))
        claims.verify(store, labs[:2], "curator.anna")
    database = f"curation_{request.node.name.split('_', 1)[-1][:40].lower()}"
    dsn = copied_ecosystem(postgis_server, database, path, "eco")
    uri = QgsDataSourceUri()
    uri.setConnection(postgis_server.host, str(postgis_server.port), database, postgis_server.user, "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True}), CONNECTION)
    yield {"GEOPACKAGE": str(path)}, {"CONNECTION": CONNECTION, "SCHEMA": "eco"}, dsn
    metadata.deleteConnection(CONNECTION)
    postgis_server.drop_database(database)


def _rows(output) -> list[tuple]:
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output)
    return [(*f.attributes(), f.geometry().asWkt(2)) for f in layer.getFeatures()]


def test_the_review_queue_of_the_schema_is_the_geopackages(provider, both):
    geopackage, postgis, _dsn = both
    runs = [processing.run("brussels_creative:review_queue", {**where, "MONTHS": 12, "OUTPUT": "memory:"})
            for where in (geopackage, postgis)]
    assert runs[0]["COUNT"] == runs[1]["COUNT"] > 0
    assert _rows(runs[1]["OUTPUT"]) == _rows(runs[0]["OUTPUT"])


def test_portfolios_saved_and_compared_in_the_schema_as_in_the_geopackage(provider, both, tmp_path):
    geopackage, postgis, dsn = both
    for where in (geopackage, postgis):
        result = processing.run("brussels_creative:save_portfolio",
                                {**where, "NAME": "coworkings", "EXPRESSION": "\"entity_type\" = 'coworking'"})
        assert result["MEMBERS"] > 0
    assert rows(dsn, "SELECT name, expression, shared FROM eco.portfolios WHERE name = 'coworkings'") == [
        ("coworkings", "\"entity_type\" = 'coworking'", True)]
    tables = [_rows(processing.run("brussels_creative:compare_portfolios",
                                   {**where, "PORTFOLIOS": "five labs; hubs; coworkings",
                                    "OUTPUT": "memory:"})["OUTPUT"]) for where in (geopackage, postgis)]
    assert tables[1] == tables[0]
    assert ("entity_type", "fablab", 5.0, 0.0, 0.0, "") in tables[1]


def test_correction_files_become_the_same_proposals_in_the_schema(provider, both, tmp_path):
    geopackage, postgis, dsn = both
    (uuid,) = rows(dsn, "SELECT uuid::text FROM eco.entities ORDER BY fid LIMIT 1")[0]
    document = {"format": "brussels-creative-correction", "version": 1, "kind": "correction", "entity_uuid": uuid,
                "entity_name": None, "published_checksum": "sha256:" + "1" * 64,
                "published_at": "2026-11-30T08:00:00Z", "claim": False, "proposed": {"phone": "+32 2 000 11 22"},
                "comment": None, "submitter": {"name": "Ann", "email": "ann@example.org"},
                "created_at": "2026-12-01T10:00:00Z", "language": "nl"}
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(document), encoding="utf-8")
    bad.write_text(json.dumps({**document, "proposed": {"colour": "red"}}), encoding="utf-8")
    results = [processing.run("brussels_creative:import_corrections",
                              {**where, "FILES": [str(good), str(bad)], "REJECTED": "memory:"})
               for where in (geopackage, postgis)]
    assert [(r["PROPOSALS"], r["REJECTED_FILES"]) for r in results] == [(1, 1), (1, 1)]
    assert _rows(results[1]["REJECTED"]) == _rows(results[0]["REJECTED"])
    assert rows(dsn, "SELECT entity_uuid::text, field, value, status FROM eco.proposals") == [
        (uuid, "phone", '"+32 2 000 11 22"', "pending")]


def test_a_partner_list_imports_into_the_schema_as_into_the_geopackage(provider, both, tmp_path):
    geopackage, postgis, dsn = both
    partners = tmp_path / "partners.csv"
    partners.write_text("Nom;Type;Secteurs;Code postal;X;Y\n"
                        "Atelier Ça Va;entreprise;Musique, Design;1050;150100.5;169200.25\n"
                        "Zinneke;collectif / asbl;arts de la scene;1000;148900;170900\n"
                        "Nowhere;company;design;1000;;\n", encoding="utf-8")
    results = [processing.run("brussels_creative:import_entities",
                              {**where, "INPUT": str(partners), "MODE": 1, "REJECTS": "memory:"})
               for where in (geopackage, postgis)]
    assert [(r["INSERTED"], r["REJECTED"]) for r in results] == [(2, 1), (2, 1)]
    assert _rows(results[1]["REJECTS"]) == _rows(results[0]["REJECTS"])
    query = ("SELECT name, entity_type, sector_codes, primary_sector, postcode, municipality, "
             "substr(source, 1, 21), geom FROM entities WHERE name IN ('Atelier Ça Va', 'Zinneke') ORDER BY name")
    with EcosystemStore.open(geopackage["GEOPACKAGE"]) as store:
        in_file = store.connection.execute(query).fetchall()
    with PostgisStore.open(dsn, "eco") as store:
        assert store.connection.execute(query).fetchall() == in_file
    assert in_file[0][:7] == ("Atelier Ça Va", "company", "{design,music}", "music", "1050", "21009",
                              "partners.csv (import ")
    assert gpkg.blob_point_xy(in_file[0][7]) == (150100.5, 169200.25)


def test_the_web_map_and_the_export_of_the_schema_are_the_geopackages(provider, both, tmp_path):
    geopackage, postgis, _dsn = both
    pages = []
    for name, where in (("file", geopackage), ("schema", postgis)):
        target = tmp_path / f"map_{name}"
        processing.run("brussels_creative:publish_web_map", {"INPUT": where.get("GEOPACKAGE"), **where,
                                                            "TILE_URL": "", "OUTPUT": str(target)})
        pages.append(webmap.read_data_js(target / "data.js"))
    assert pages[0]["count"] > 10
    assert {k: v for k, v in pages[1].items() if k != "generated"} == \
        {k: v for k, v in pages[0].items() if k != "generated"}
    exports = []
    for name, where in (("file", geopackage), ("schema", postgis)):
        result = processing.run("brussels_creative:export_ecosystem",
                                {"INPUT": where.get("GEOPACKAGE"), **where, "FORMAT": 3, "PROFILE": "public",
                                 "OUTPUT": str(tmp_path / f"export_{name}.geojson")})
        exports.append(json.loads(Path(result["OUTPUT"]).read_text(encoding="utf-8"))["features"])
    assert len(exports[0]) > 10 and exports[1] == exports[0]


def test_kpi_snapshots_of_the_schema_are_the_geopackages_and_a_second_one_the_same_day_replaces_it(provider, both):
    geopackage, postgis, dsn = both
    kpis = [processing.run("brussels_creative:kpi_snapshot", {**where, "OUTPUT": "memory:"})["OUTPUT"]
            for where in (geopackage, postgis)]
    values = [sorted((f["kpi"], f["scope_type"], f["scope_code"] or "", round(f["value"], 9))
                     for f in layer.getFeatures()) for layer in kpis]
    assert len(values[0]) > 50 and values[1] == values[0]
    stored = rows(dsn, "SELECT kpi, scope_type, coalesce(scope_code, ''), value FROM eco.kpi_snapshots")
    assert sorted((k, t, c, round(v, 9)) for k, t, c, v in stored) == values[0]
    processing.run("brussels_creative:kpi_snapshot", {**postgis, "OUTPUT": "memory:"})
    assert rows(dsn, "SELECT count(*) FROM eco.kpi_snapshots") == [(len(stored),)]


def test_reports_and_trends_read_the_schema(provider, both, tmp_path):
    geopackage, postgis, dsn = both
    with PostgisStore.open(dsn, "eco") as store, store.transaction() as connection:
        connection.execute("INSERT INTO kpi_snapshots (kpi, scope_type, value, unit, taken_at) "
                           "VALUES ('active_entities', 'region', 118, 'entities', '2026-01-31T23:59:59.999Z'), "
                           "('active_entities', 'region', 120, 'entities', '2026-02-28T23:59:59.999Z')")
    trends = processing.run("brussels_creative:kpi_trends", {**postgis, "KPIS": "active_entities",
                                                             "OUTPUT": "memory:"})
    assert [(f["kpi"], f["value"]) for f in trends["OUTPUT"].getFeatures()][:2] == [
        ("active_entities", 118.0), ("active_entities", 120.0)]
    quality = [processing.run("brussels_creative:quality_report",
                              {"INPUT": where.get("GEOPACKAGE"), **where, "OUTPUT": "memory:",
                               "REPORT": str(tmp_path / f"quality_{i}.html")})
               for i, where in enumerate((geopackage, postgis))]
    assert _rows(quality[1]["OUTPUT"]) == _rows(quality[0]["OUTPUT"])
    report = tmp_path / "report.html"
    processing.run("brussels_creative:ecosystem_report", {**postgis, "OUTPUT": str(report)})
    assert "<html" in report.read_text(encoding="utf-8")


def test_address_only_rows_are_placed_in_the_schema_by_an_address_reference_given(provider, both, tmp_path,
                                                                                  address_reference):
    geopackage, postgis, dsn = both
    known = address_reference.number("Rue Haute", "1000")
    table = tmp_path / "addresses.csv"
    table.write_text("name;type;adresse;code postal\n"
                     f"Known;company;Rue Haute {known['house_number']};1000\n"
                     "Unknown;company;Rue Imaginaire 1;1000\n", encoding="utf-8")
    run = {**postgis, "INPUT": str(table), "MODE": 1, "REJECTS": "memory:"}
    with pytest.raises(QgsProcessingException, match="ADDRESS_REFERENCE: .*copy.gpkg holds no address reference"):
        processing.run("brussels_creative:import_entities", {**run, "ADDRESS_REFERENCE": geopackage["GEOPACKAGE"]})
    result = processing.run("brussels_creative:import_entities",
                            {**run, "ADDRESS_REFERENCE": str(address_reference.gpkg)})
    assert (result["INSERTED"], result["REJECTED"]) == (1, 1)
    with PostgisStore.open(dsn, "eco") as store:
        (blob,) = store.connection.execute("SELECT geom FROM entities WHERE name = 'Known'").fetchone()
    assert gpkg.blob_point_xy(blob) == pytest.approx(address_reference.xy(known))


@pytest.mark.parametrize(("parameters", "message"), [
    ({}, "GEOPACKAGE or CONNECTION: give the ecosystem, a GeoPackage or a PostgreSQL connection and its schema"),
    ({"CONNECTION": CONNECTION}, "SCHEMA: choose the schema of the ecosystem"),
    ({"CONNECTION": CONNECTION, "SCHEMA": "public"}, "CONNECTION: bc_curation/public holds no ecosystem"),
    ({"CONNECTION": "nobody saved this", "SCHEMA": "eco"}, "no PostgreSQL connection named 'nobody saved this'"),
    ({"CONNECTION": CONNECTION, "SCHEMA": "eco", "GEOPACKAGE": "x.gpkg"}, "GEOPACKAGE or CONNECTION: give one"),
])
def test_a_wrong_ecosystem_is_refused_naming_the_parameter(provider, both, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("brussels_creative:review_queue", {**parameters, "OUTPUT": "memory:"})


def test_the_help_of_an_algorithm_taking_an_ecosystem_says_how_to_give_a_schema(provider):
    registry = QgsApplication.processingRegistry()
    for algorithm in ("import_entities", "review_queue", "kpi_snapshot", "publish_web_map"):
        help_text = registry.algorithmById(f"brussels_creative:{algorithm}").shortHelpString()
        assert "give CONNECTION (a connection saved in QGIS) and SCHEMA instead of the GeoPackage" in help_text
    assert "CONNECTION" not in registry.algorithmById("brussels_creative:density_grid").shortHelpString()
