"""The ecosystem schema on a real PostgreSQL 15 + PostGIS 3 server: made by versioned migrations in one transaction,
seeded with the vocabularies and municipalities, enforcing the GeoPackage's rules under the same names, writing the
history as the session's user, and keeping readers and editors to their rights."""

from __future__ import annotations

import re

import pytest
from osgeo import ogr
from postgis_server import require_psycopg2, version_1_schema
from test_schema_rules import ENTITY_VALUE_CASES

from brussels_creative.core.errors import SchemaError, ValidationError
from brussels_creative.core.store import region, taxonomy
from brussels_creative.core.store.postgis import migrations
from brussels_creative.core.store.postgis.store import connect, create_ecosystem

psycopg2 = require_psycopg2()
POINT = "ST_SetSRID(ST_MakePoint(149000, 170000), 31370)"


@pytest.fixture
def database(postgis_server, request):
    """A fresh database with PostGIS, named after the test."""
    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:50]
    return postgis_server.create_database(name)


@pytest.fixture
def ecosystem(database):
    """A connection to a database holding an ecosystem in schema 'brussels'."""
    connection = connect(database)
    create_ecosystem(connection, "brussels")
    with connection.cursor() as cursor:
        cursor.execute("SET search_path TO brussels, public")
    connection.commit()
    yield connection
    connection.close()


def _rows(connection, query: str, params=()) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchall()


def test_a_new_ecosystem_has_its_version_vocabularies_and_the_19_municipalities(ecosystem):
    assert migrations.schema_version(ecosystem, "brussels") == migrations.LATEST_VERSION == 2
    for table, terms in taxonomy.VOCABULARIES.items():
        assert _rows(ecosystem, f"SELECT code FROM {table} ORDER BY fid") == [(t.code,) for t in terms]
    municipalities = _rows(ecosystem, "SELECT count(*), sum(ST_Area(geom)) / 1e6, min(ST_SRID(geom)), "
                                      "bool_and(ST_IsValid(geom)) FROM municipalities")[0]
    shipped = sum(ogr.CreateGeometryFromWkb(bytes(wkb)).GetArea() for _, wkb, _ in region.municipality_geometries())
    assert municipalities[0] == 19 and municipalities[1] == pytest.approx(shipped / 1e6, rel=1e-9)  # 162.4 km²
    assert municipalities[2:] == (31370, True)


def test_an_ecosystem_is_made_once_and_a_bad_schema_name_is_refused(ecosystem, database):
    with pytest.raises(ValidationError, match="SCHEMA: brussels holds an ecosystem already"):
        create_ecosystem(ecosystem, "brussels")
    with pytest.raises(ValidationError, match="is not a schema name"):
        create_ecosystem(ecosystem, 'x"; DROP TABLE entities; --')
    assert _rows(ecosystem, "SELECT count(*) FROM entity_types")[0][0] == len(taxonomy.ENTITY_TYPES)


def test_a_failing_migration_leaves_the_database_as_it_was(database, monkeypatch, tmp_path):
    broken = tmp_path / "sql"
    broken.mkdir()
    source = migrations.SQL_FOLDER / "0001_schema.sql"
    (broken / "0001_schema.sql").write_text(source.read_text(encoding="utf-8") + "\nSELECT no_such_function();\n",
                                            encoding="utf-8")
    monkeypatch.setattr(migrations, "SQL_FOLDER", broken)
    connection = connect(database)
    with pytest.raises(psycopg2.errors.UndefinedFunction):
        create_ecosystem(connection, "brussels")
    assert _rows(connection, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'brussels'") \
        == [(0,)]
    connection.close()


def test_a_version_1_schema_is_brought_to_the_latest_keeping_its_rows_and_history(database, monkeypatch, tmp_path):
    version_1_schema(database, "brussels", monkeypatch, tmp_path)
    connection = connect(database)
    assert migrations.schema_version(connection, "brussels") == 1
    with connection.cursor() as cursor:
        cursor.execute("SET search_path TO brussels, public")
        cursor.execute(f"INSERT INTO entities (geom, name, entity_type) VALUES ({POINT}, 'Hub', 'hub') RETURNING uuid")
        hub = cursor.fetchone()[0]
        cursor.executemany("INSERT INTO entity_sectors (entity_uuid, code, is_primary) VALUES (%s, %s, %s)",
                           [(hub, "music", True), (hub, "design", False)])
        cursor.execute("INSERT INTO entity_services (entity_uuid, code) VALUES (%s, 'training')", (hub,))
    connection.commit()
    history = _rows(connection, "SELECT fid, action, table_name, old_values::text, new_values::text FROM history")

    assert migrations.migrate(connection, "brussels") == migrations.LATEST_VERSION == 2
    assert _rows(connection, "SELECT sector_codes, primary_sector, service_codes, audience_codes, updated_at "
                             "FROM brussels.entities") == [("{design,music}", "music", "{training}", None, None)]
    assert _rows(connection, "SELECT fid, action, table_name, old_values::text, new_values::text "
                             "FROM brussels.history") == history
    with connection.cursor() as cursor:
        cursor.execute("UPDATE brussels.entities SET sector_codes = '{crafts}', primary_sector = 'crafts'")
    assert _rows(connection, "SELECT code, is_primary FROM brussels.entity_sectors ORDER BY code") == [
        ("crafts", True)]
    assert _rows(connection, "SELECT action, new_values->>'code', new_values->>'is_primary' FROM brussels.history "
                             "WHERE table_name = 'entity_sectors' AND fid > %s ORDER BY fid", (history[-1][0],)) == [
        ("delete", None, None), ("delete", None, None), ("insert", "crafts", "true")]
    connection.close()


def test_a_schema_from_a_newer_plugin_is_refused_untouched(ecosystem):
    with ecosystem.cursor() as cursor:
        cursor.execute("UPDATE bc_meta SET value = '99' WHERE key = 'schema_version'")
    ecosystem.commit()
    with pytest.raises(SchemaError, match="version 99, newer than this plugin's 2"):
        migrations.migrate(ecosystem, "brussels")
    assert migrations.schema_version(ecosystem, "brussels") == 99


def _expected(rule: str) -> str:
    """What PostgreSQL's message says for a rule of the GeoPackage's table: its name, or the NOT NULL column."""
    column = re.fullmatch(r"(\w+)\.(\w+)", rule)
    return f'column "{column.group(2)}" of relation "{column.group(1)}"' if column else rule


@pytest.mark.parametrize(("field", "good", "bad", "rule"), ENTITY_VALUE_CASES)
def test_every_entity_rule_of_the_geopackage_is_refused_by_postgis_too(ecosystem, field, good, bad, rule):
    base = {"name": "Atelier", "entity_type": "makerspace"}

    def insert(values: dict) -> None:
        columns = ", ".join(values)
        with ecosystem.cursor() as cursor:
            cursor.execute(f"INSERT INTO entities (geom, {columns}) VALUES ({POINT}, "
                           f"{', '.join(['%s'] * len(values))})", list(values.values()))

    insert({**base, field: good})
    ecosystem.commit()
    with pytest.raises(psycopg2.IntegrityError) as refused:
        insert({**base, "name": "Bad", field: bad})
    ecosystem.rollback()
    assert _expected(rule) in str(refused.value), str(refused.value)
    assert _rows(ecosystem, "SELECT name FROM entities") == [("Atelier",)]


def test_history_names_the_session_user_and_cannot_be_rewritten(ecosystem):
    with ecosystem.cursor() as cursor:
        cursor.execute(f"INSERT INTO entities (geom, name, entity_type, created_by) "
                       f"VALUES ({POINT}, 'Hub', 'hub', 'someone else') RETURNING uuid")
        uuid = cursor.fetchone()[0]
        cursor.execute("INSERT INTO entity_sectors (entity_uuid, code, is_primary) VALUES (%s, 'design', true)",
                       (uuid,))
        cursor.execute("UPDATE entities SET name = 'Hub Nord' WHERE uuid = %s", (uuid,))
    ecosystem.commit()
    user = _rows(ecosystem, "SELECT session_user")[0][0]
    assert _rows(ecosystem, "SELECT created_by, updated_by FROM entities") == [(user, user)]
    history = _rows(ecosystem, "SELECT action, table_name, row_uuid, changed_by, old_values->>'name', "
                               "new_values->>'name' FROM history ORDER BY fid")
    assert history == [("insert", "entities", uuid, user, None, "Hub"),
                       ("insert", "entity_sectors", uuid, user, None, None),
                       ("update", "entities", uuid, user, "Hub", "Hub Nord")]
    with pytest.raises(psycopg2.Error, match="bc_history_append_only"), ecosystem.cursor() as cursor:
        cursor.execute("DELETE FROM history")
    ecosystem.rollback()
    with pytest.raises(psycopg2.IntegrityError, match="bc_uuid_immutable"), ecosystem.cursor() as cursor:
        cursor.execute("UPDATE entities SET uuid = gen_random_uuid()")
    ecosystem.rollback()
    assert len(_rows(ecosystem, "SELECT fid FROM history")) == 3


def test_a_reader_sees_the_public_view_only_and_an_editor_cannot_touch_the_vocabularies(ecosystem, postgis_server,
                                                                                       database):
    with ecosystem.cursor() as cursor:
        cursor.execute(f"INSERT INTO entities (geom, name, entity_type, visibility, email) VALUES "
                       f"({POINT}, 'Open Lab', 'fablab', 'public', 'lab@open.brussels'), "
                       f"({POINT}, 'Quiet Studio', 'company', 'private', 'me@quiet.brussels')")
        cursor.execute("DROP ROLE IF EXISTS anna; DROP ROLE IF EXISTS ben; "
                       "CREATE ROLE anna LOGIN IN ROLE bc_reader; CREATE ROLE ben LOGIN IN ROLE bc_editor")
    ecosystem.commit()
    dbname = database.split("dbname=")[1].split()[0]
    reader = psycopg2.connect(postgis_server.dsn(dbname, user="anna"))
    assert _rows(reader, "SELECT name FROM brussels.public_entities") == [("Open Lab",)]
    for statement in ("SELECT email FROM brussels.entities",
                      "UPDATE brussels.public_entities SET name = 'Mine'",
                      f"INSERT INTO brussels.entities (geom, name, entity_type) VALUES ({POINT}, 'Mine', 'hub')"):
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            _rows(reader, statement)
        reader.rollback()
    reader.close()
    editor = psycopg2.connect(postgis_server.dsn(dbname, user="ben"))
    with editor.cursor() as cursor:
        cursor.execute("UPDATE brussels.entities SET phone = '+32 2 000 00 00' WHERE name = 'Open Lab'")
    editor.commit()
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        _rows(editor, "DELETE FROM brussels.entity_types WHERE code = 'hub'")
    editor.rollback()
    editor.close()
    assert _rows(ecosystem, "SELECT changed_by FROM history WHERE action = 'update'") == [("ben",)]


def test_an_entity_sent_without_uuid_gets_one_as_in_the_geopackage(ecosystem):
    with ecosystem.cursor() as cursor:
        cursor.execute(f"INSERT INTO entities (geom, uuid, name, entity_type) VALUES ({POINT}, NULL, 'Lab', 'fablab') "
                       "RETURNING uuid::text")
        made = cursor.fetchone()[0]
    ecosystem.commit()
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", made)


def test_every_table_has_the_geopackage_columns(ecosystem, tmp_path):
    """The two dialects' schemas are written apart (schema.py and the SQL migrations): they hold the same tables with
    the same columns, so neither drifts from the other (the order may differ: the GeoPackage's migrations add columns
    at the end)."""
    import sqlite3

    from brussels_creative.core.store.ecosystem import EcosystemStore
    from brussels_creative.core.store.postgis import copy

    path = tmp_path / "ecosystem.gpkg"
    EcosystemStore.create(path).close()
    gpkg = sqlite3.connect(path)
    try:
        for table in copy.TABLES:
            in_gpkg = [row[1] for row in gpkg.execute(f'PRAGMA table_info("{table}")')]
            in_postgis = [name for (name,) in _rows(
                ecosystem, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'brussels' "
                           "AND table_name = %s ORDER BY ordinal_position", (table,))]
            assert in_gpkg and sorted(in_postgis) == sorted(in_gpkg), table
    finally:
        gpkg.close()
