"""density_by_area counts in PostGIS when its points and its areas are tables of one database (one query, no point read
out), and its output is the one the plugin computes from the same ecosystem read out of a GeoPackage: every field of
every area, under each border rule, sector mode and filter."""

from __future__ import annotations

import processing
import pytest
from helpers import RecordingFeedback
from postgis_server import require_psycopg2
from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)

from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.postgis import copy
from brussels_creative.core.store.postgis.store import connect

psycopg2 = require_psycopg2()
SQUARES = ("POLYGON((149000 170000, 150000 170000, 150000 171000, 149000 171000, 149000 170000))",
           "POLYGON((150000 170000, 151000 170000, 151000 171000, 150000 171000, 150000 170000))")
# On the shared edge, on a shared corner, on an outer edge, inside each square, outside both
BORDER_POINTS = ((150000, 170500), (150000, 171000), (149000, 170200), (149500, 170500), (150500, 170500),
                 (152000, 170500))


@pytest.fixture(scope="module")
def ecosystems(postgis_server, tmp_path_factory):
    """The same ecosystem as a GeoPackage and in PostGIS schema 'brussels', with two squares sharing an edge as a
    table 'squares' beside it, and entities lying on their borders."""
    path = tmp_path_factory.mktemp("density") / "sample.gpkg"
    with EcosystemStore.create(path) as store:
        generate_sample(store, n=1500, seed=11)
        with store.transaction():
            for index, (x, y) in enumerate(BORDER_POINTS):
                uuid = store.add_entity(x, y, name=f"On the border {index}", entity_type="fablab")
                store.set_links("entity_sectors", uuid, ["design"], primary="design")
    dsn = postgis_server.create_database("density_pushdown")
    connection = connect(dsn)
    copy.copy_geopackage_to_postgis(path, connection, "brussels")
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE public.squares (id serial PRIMARY KEY, name text, "
                       "geom geometry(Polygon, 31370))")
        for number, wkt in enumerate(SQUARES):
            cursor.execute("INSERT INTO public.squares (name, geom) VALUES (%s, ST_GeomFromText(%s, 31370))",
                           (f"square {number}", wkt))
        cursor.execute("CREATE INDEX ON public.squares USING gist (geom)")
    connection.commit()
    connection.close()
    yield path, dsn
    postgis_server.drop_database("density_pushdown")


def _pg_layer(dsn: str, schema: str, table: str, key: str, subset: str = "") -> QgsVectorLayer:
    uri = QgsDataSourceUri(dsn)
    uri.setDataSource(schema, table, "geom", subset, key)
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    assert layer.isValid(), layer.error().summary()
    return layer


def _memory_squares() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=id:integer&field=name:string", "squares", "memory")
    features = []
    for number, wkt in enumerate(SQUARES):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([number + 1, f"square {number}"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def _run(points, areas, **parameters) -> tuple[list[dict], list[str]]:
    log = RecordingFeedback()
    result = processing.run("brussels_creative:density_by_area",
                            {"INPUT": points, "AREAS": areas, "OUTPUT": "memory:", **parameters},
                            context=QgsProcessingContext(), feedback=log)
    output = result["OUTPUT"]
    rows = [{name: feature[name] for name in output.fields().names()} for feature in output.getFeatures()]
    return rows, log.infos


def _same(pushed: list[dict], read: list[dict]) -> None:
    assert [row.keys() for row in pushed] == [row.keys() for row in read]
    for a, b in zip(pushed, read, strict=True):
        for name, value in b.items():
            assert a[name] == (pytest.approx(value) if isinstance(value, float) else value), name


CASES = [
    pytest.param({}, id="defaults"),
    pytest.param({"BORDER_RULE": 1}, id="contains"),
    pytest.param({"BORDER_RULE": 2, "SECTOR_MODE": 1}, id="intersects-every-sector"),
    pytest.param({"ENTITY_TYPES": ["fablab", "coworking"], "STATUSES": ["active"]}, id="types-and-status"),
    pytest.param({"SECTORS": ["design", "music"], "CREATED_FROM": "2024-01-01", "SECTOR_MODE": 1}, id="sectors-dates"),
]


@pytest.mark.parametrize("parameters", CASES)
def test_counted_by_postgis_as_the_plugin_counts_the_geopackage(provider, ecosystems, parameters):
    path, dsn = ecosystems
    entities = QgsVectorLayer(f"{path}|layername=entities", "entities", "ogr")
    municipalities = QgsVectorLayer(f"{path}|layername=municipalities", "municipalities", "ogr")
    pg_entities = _pg_layer(dsn, "brussels", "entities", "fid")
    pg_municipalities = _pg_layer(dsn, "brussels", "municipalities", "fid")

    read, read_log = _run(entities, municipalities, **parameters)
    pushed, pushed_log = _run(pg_entities, pg_municipalities, **parameters)
    assert any("by the database" in line for line in pushed_log), pushed_log
    assert not any("by the database" in line for line in read_log)
    _same(pushed, read)
    assert sum(row["n_entities"] for row in pushed) > 20

    for rule in range(3):  # the border rules on points lying exactly on the squares' edges and corners
        on_squares, _ = _run(entities, _memory_squares(), **{**parameters, "BORDER_RULE": rule})
        in_database, log = _run(pg_entities, _pg_layer(dsn, "public", "squares", "id"),
                                **{**parameters, "BORDER_RULE": rule})
        assert any("by the database" in line for line in log)
        _same(in_database, on_squares)


@pytest.mark.parametrize("subset", [pytest.param("\"entity_type\" = 'fablab'", id="type"),
                                    pytest.param("\"name\" LIKE '%a%'", id="percent-sign")])
def test_a_subset_on_the_layer_is_counted_in_the_database_and_an_expression_reads_the_points_out(provider,
                                                                                                ecosystems, subset):
    path, dsn = ecosystems
    read, _ = _run(QgsVectorLayer(f"{path}|layername=entities", "entities", "ogr"),
                   QgsVectorLayer(f"{path}|layername=municipalities", "m", "ogr"), EXPRESSION=subset)
    pushed, log = _run(_pg_layer(dsn, "brussels", "entities", "fid", subset),
                       _pg_layer(dsn, "brussels", "municipalities", "fid"))
    assert any("by the database" in line for line in log)
    _same(pushed, read)
    expressed, log = _run(_pg_layer(dsn, "brussels", "entities", "fid"),
                          _pg_layer(dsn, "brussels", "municipalities", "fid"), EXPRESSION=subset)
    assert not any("by the database" in line for line in log)  # a QGIS expression: read out, counted here
    _same(expressed, read)
    assert 0 < sum(row["n_entities"] for row in read) < 1500


def test_a_filter_leaving_no_point_is_an_error_naming_the_input(provider, ecosystems):
    _, dsn = ecosystems
    with pytest.raises(QgsProcessingException, match="INPUT: no points left after the filters"):
        _run(_pg_layer(dsn, "brussels", "entities", "fid"), _pg_layer(dsn, "brussels", "municipalities", "fid"),
             CREATED_FROM="2099-01-01")

