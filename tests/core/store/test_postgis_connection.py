"""The PostGIS connection that speaks as sqlite3's: placeholders, and values read back as a GeoPackage gives them,
on a real server."""

from __future__ import annotations

import pytest
from osgeo import ogr
from postgis_server import require_psycopg2

from brussels_creative.core.errors import DatabaseRefusedError
from brussels_creative.core.store import gpkg
from brussels_creative.core.store.postgis.connection import PostgisConnection, to_pyformat
from brussels_creative.core.store.postgis.store import connect

require_psycopg2()


@pytest.mark.parametrize(("sql", "expected"), [
    ("SELECT ? , ?", "SELECT %s , %s"),
    ("SELECT '?' || ?", "SELECT '?' || %s"),
    ('SELECT "odd?name" FROM t WHERE a = ?', 'SELECT "odd?name" FROM t WHERE a = %s'),
    ("SELECT 'it''s ?', ? LIKE 'a%'", "SELECT 'it''s ?', %s LIKE 'a%%'"),
    ("SELECT 100 % 7", "SELECT 100 %% 7"),
])
def test_placeholders_outside_quotes_become_pyformat_and_percent_signs_are_doubled(sql, expected):
    assert to_pyformat(sql) == expected


@pytest.fixture(scope="module")
def connection(postgis_stores_database):
    opened = PostgisConnection(connect(postgis_stores_database), "public")
    yield opened
    opened.close()


def _blob_wkt(blob: bytes) -> str:
    return ogr.CreateGeometryFromWkb(bytes(blob[gpkg.blob_wkb_offset(blob):])).ExportToIsoWkt()


@pytest.mark.parametrize("wkt", [
    "POINT (149000.5 170000.25)",
    "LINESTRING (149000 170000,150000 171000)",
    "MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0)),((20 20,30 20,30 30,20 20)))",
    "POINT Z (1 2 3)",
    "POINT M (1 2 4)",
])
def test_geometries_come_back_as_geopackage_blobs_with_their_srid(connection, wkt):
    blob = connection.execute("SELECT ST_GeomFromText(?, 31370)", (wkt,)).fetchone()[0]
    assert blob[:2] == b"GP" and int.from_bytes(blob[4:8], "little") == 31370
    assert _blob_wkt(blob) == wkt
    if wkt.startswith("POINT ("):
        assert blob == gpkg.point_blob(149000.5, 170000.25)


def test_dates_booleans_json_and_uuids_come_back_as_the_geopackage_gives_them(connection):
    row = connection.execute(
        "SELECT timestamptz '2026-12-04 09:10:11.5+01', timestamptz '2026-12-04 09:10:11+00', date '2026-02-28', "
        "true, false, NULL::boolean, '{\"b\": 1,  \"a\": [1]}'::json, '{\"a\": 1}'::jsonb, "
        "'1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b'::uuid").fetchone()
    assert row == ("2026-12-04T08:10:11.500Z", "2026-12-04T09:10:11.000Z", "2026-02-28", 1, 0, None,
                   '{"b": 1,  "a": [1]}', '{"a": 1}', "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")


def test_a_refused_statement_is_said_in_the_databases_words(connection):
    with pytest.raises(DatabaseRefusedError, match='public: the database refused: relation "nowhere" does not exist'):
        connection.execute("SELECT * FROM nowhere")
    assert connection.execute("SELECT ?::integer + 1", (41,)).fetchone() == (42,)  # still usable (autocommit)
