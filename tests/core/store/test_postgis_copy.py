"""An ecosystem copied GeoPackage → PostGIS → GeoPackage comes back identical, table by table (values, fids, uuids,
history), on a real PostgreSQL 15 + PostGIS 3; a copy that cannot be complete writes nothing."""

from __future__ import annotations

import re
import sqlite3

import pytest
from postgis_server import require_psycopg2, version_1_schema

from brussels_creative.core.analysis import kpi
from brussels_creative.core.curation import claims, proposals
from brussels_creative.core.curation.portfolios import Portfolio, save_portfolio
from brussels_creative.core.errors import CanceledError, SchemaError, ValidationError
from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store import schema
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.postgis import copy, migrations
from brussels_creative.core.store.postgis.store import connect

psycopg2 = require_psycopg2()


@pytest.fixture
def database(postgis_server, request):
    """A fresh database with PostGIS, named after the test."""
    name = "c_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:50]
    return postgis_server.create_database(name)


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    """A sample ecosystem with every kind of row: history over two years, a vocabulary term added, claims,
    verifications, confirmed relationships, proposals pending, approved and rejected, portfolios and KPI
    snapshots."""
    path = tmp_path_factory.mktemp("copy") / "curated.gpkg"
    with EcosystemStore.create(path) as store:
        generate_sample(store, n=400, seed=7)
        with store.transaction() as connection:
            connection.execute("INSERT INTO sectors (code, label_en, label_fr, label_nl, nace) VALUES "
                               "('food_design', 'Food design', 'Design culinaire', 'Fooddesign', '74.10')")
        uuids = [row[0] for row in store.connection.execute("SELECT uuid FROM entities ORDER BY fid LIMIT 6")]
        claims.claim(store, uuids[0], "Ann Peeters", "ann@studio.brussels", by="ann")
        claims.verify(store, uuids[1:3], curator="curator")
        relationship, end = store.connection.execute(
            "SELECT uuid, from_uuid FROM relationships ORDER BY fid LIMIT 1").fetchone()
        claims.confirm_relationship(store, relationship, end, by="ann")
        pending = proposals.propose(store, uuids[3], "phone", "+32 2 555 01 02", "visitor", "web map")
        approved = proposals.propose(store, uuids[4], "website", "https://atelier.brussels", "owner", "claim")
        rejected = proposals.propose(store, uuids[5], "name", "Nope", "troll", "web map", comment="é ✓ \"quoted\"")
        proposals.approve(store, approved, "curator")
        proposals.reject(store, rejected, "curator", "not the owner")
        proposals.propose_new(store, {"name": "Nouveau lieu", "entity_type": "coworking"}, "visitor", "web map")
        save_portfolio(store, Portfolio("Fablabs", expression="\"entity_type\" = 'fablab'", owner="ann",
                                        shared=True, description="All the labs"))
        save_portfolio(store, Portfolio("Picked", uuids=tuple(uuids[:3])))
        with store.transaction() as connection:
            kpi.take_snapshot(connection, "2025-06-30")
            kpi.take_snapshot(connection, None)
        assert store.count("proposals") == 4 and store.count("kpi_snapshots") > 20
        assert pending
    return path


def _tables(path) -> dict[str, list[tuple]]:
    """Every table of the ecosystem, rows in fid order, as stored (blobs and texts byte for byte)."""
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()
                for table in (*copy.TABLES, "relationship_lines", "bc_change_context")} | {
            "bc_meta": connection.execute("SELECT key, value FROM bc_meta ORDER BY key").fetchall(),
            "columns": [connection.execute(f'PRAGMA table_info("{t}")').fetchall() for t in copy.TABLES]}
    finally:
        connection.close()


def test_a_round_trip_through_postgis_gives_back_every_table_identical(curated, database, tmp_path):
    connection = connect(database)
    report = copy.copy_geopackage_to_postgis(curated, connection, "team")
    back = tmp_path / "back.gpkg"
    out = copy.copy_postgis_to_geopackage(connection, "team", back)

    before, after = _tables(curated), _tables(back)
    assert report.rows == out.rows
    assert report.rows["history"] > 1000 and report.rows["entities"] == 400 and report.rows["proposals"] == 4
    for table in before:
        assert after[table] == before[table], table
    with EcosystemStore.open(back) as store:  # a complete ecosystem file: its rules are back and hold
        installed = {row[0] for row in store.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'bc\\_%' ESCAPE '\\'")}
        assert installed == set(schema.expected_trigger_names(store.connection))
        with pytest.raises(sqlite3.IntegrityError, match="bc_history_append_only"):
            store.connection.execute("DELETE FROM history")
    connection.close()


def test_in_postgis_the_copy_is_typed_and_its_rules_hold_again(curated, database):
    connection = connect(database)
    copy.copy_geopackage_to_postgis(curated, connection, "team")
    with connection.cursor() as cursor:
        cursor.execute("SET search_path TO team, public")
        cursor.execute("SELECT count(*), count(DISTINCT uuid), min(ST_SRID(geom)) FROM entities")
        assert cursor.fetchone() == (400, 400, 31370)
        cursor.execute("SELECT count(*) FROM history WHERE new_values->>'name' IS NOT NULL")
        assert cursor.fetchone()[0] > 400
        cursor.execute("SELECT status, decided_by FROM proposals ORDER BY fid")
        assert cursor.fetchall() == [("pending", None), ("approved", "curator"), ("rejected", "curator"),
                                     ("pending", None)]
        cursor.execute("SELECT count(*) FROM relationship_lines WHERE geom IS NOT NULL")
        lines = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM relationships")
        assert lines == cursor.fetchone()[0] > 0
        cursor.execute("SELECT max(fid) FROM history")
        last = cursor.fetchone()[0]
        cursor.execute("UPDATE entities SET name = name || ' (copy)' WHERE fid = 1")
        cursor.execute("SELECT fid, action FROM history WHERE fid > %s", (last,))
        assert cursor.fetchall() == [(last + 1, "update")]  # the triggers are back, the sequences follow the copy
    connection.rollback()
    with pytest.raises(psycopg2.IntegrityError, match="bc_email_shape"), connection.cursor() as cursor:
        cursor.execute("UPDATE team.entities SET email = 'not an address' WHERE fid = 1")
    connection.close()


def test_a_column_the_target_has_no_place_for_is_refused_and_nothing_is_written(curated, database, tmp_path):
    extended = tmp_path / "extended.gpkg"
    extended.write_bytes(curated.read_bytes())
    with sqlite3.connect(extended) as raw:
        raw.execute("ALTER TABLE entities ADD COLUMN instagram TEXT")
    connection = connect(database)
    with pytest.raises(ValidationError, match="entities: the columns instagram have no place in the target"):
        copy.copy_geopackage_to_postgis(extended, connection, "team")
    assert migrations.schema_version(connection, "team") == 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'team'")
        assert cursor.fetchone() == (0,)
    connection.close()


def test_a_canceled_copy_leaves_no_schema_and_no_file(curated, database, tmp_path):
    connection = connect(database)
    with pytest.raises(CanceledError):
        copy.copy_geopackage_to_postgis(curated, connection, "team", progress=lambda table, rows: table != "history")
    assert migrations.schema_version(connection, "team") == 0
    copy.copy_geopackage_to_postgis(curated, connection, "team")
    target = tmp_path / "out.gpkg"
    with pytest.raises(CanceledError):
        copy.copy_postgis_to_geopackage(connection, "team", target, progress=lambda table, rows: table != "entities")
    assert list(tmp_path.iterdir()) == []
    connection.close()


def test_a_copy_out_of_an_older_schema_is_refused_and_leaves_it_as_it_was(database, monkeypatch, tmp_path):
    version_1_schema(database, "old", monkeypatch, tmp_path)
    connection = connect(database)
    with pytest.raises(SchemaError, match="SCHEMA: old is at version 1, this plugin copies version 2"):
        copy.copy_postgis_to_geopackage(connection, "old", tmp_path / "old.gpkg")
    assert migrations.schema_version(connection, "old") == 1 and not (tmp_path / "old.gpkg").exists()
    connection.close()
