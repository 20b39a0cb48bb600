"""Two editors on one PostGIS ecosystem at once, each with their own login: QGIS layers opened side by side lose no
edit and the history names both; two sessions adding the same undirected relationship at once store it once; a
reader cannot write; an editor proposes and a curator decides."""

from __future__ import annotations

import threading

import pytest
from core.conftest import build_ecosystem
from postgis_server import require_psycopg2, rows
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from brussels_creative.core.curation import claims, proposals
from brussels_creative.core.errors import DatabaseRefusedError
from brussels_creative.core.store.postgis import copy
from brussels_creative.core.store.postgis.ecosystem import PostgisStore
from brussels_creative.core.store.postgis.store import connect

psycopg2 = require_psycopg2()


@pytest.fixture
def team(postgis_server, tmp_path):
    """The GeoPackage tests' three entities in schema 'brussels', and logins anna and ben (editors), carl (reader);
    returns a function giving a login's connection string."""
    seeded = build_ecosystem(tmp_path / "ecosystem.gpkg")
    dsn = postgis_server.create_database("team_editing")
    connection = connect(dsn)
    copy.copy_geopackage_to_postgis(seeded.path, connection, "brussels")
    with connection.cursor() as cursor:
        for login, role in (("anna", "bc_editor"), ("ben", "bc_editor"), ("carl", "bc_reader")):
            cursor.execute(f"DROP ROLE IF EXISTS {login}")
            cursor.execute(f"CREATE ROLE {login} LOGIN IN ROLE {role}")
    connection.commit()
    connection.close()
    yield lambda login: postgis_server.dsn("team_editing", user=login), seeded.uuids
    postgis_server.drop_database("team_editing")


def _layer(dsn: str) -> QgsVectorLayer:
    uri = QgsDataSourceUri(dsn)
    uri.setDataSource("brussels", "entities", "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "entities", "postgres")
    assert layer.isValid(), layer.error().summary()
    return layer



def test_two_editors_in_qgis_at_once_lose_no_edit_and_history_names_both(team):
    login, uuids = team
    anna, ben = _layer(login("anna")), _layer(login("ben"))
    hub = rows(login("anna"), "SELECT fid FROM brussels.entities WHERE uuid = %s", (uuids["hub"],))[0][0]
    assert anna.startEditing() and ben.startEditing()  # both opened the hub before either saved
    assert anna.changeAttributeValue(hub, anna.fields().indexOf("phone"), "+32 2 111 11 11")
    assert ben.changeAttributeValue(hub, ben.fields().indexOf("description"), "Music and design hub")
    assert ben.changeAttributeValue(hub + 1, ben.fields().indexOf("phone"), "+32 2 222 22 22")
    assert anna.commitChanges(), anna.commitErrors()
    assert ben.commitChanges(), ben.commitErrors()

    admin = login("bc_admin")
    assert rows(admin, "SELECT fid, phone, description, updated_by FROM brussels.entities WHERE fid IN (%s, %s) "
                        "ORDER BY fid", (hub, hub + 1)) == [
        (hub, "+32 2 111 11 11", "Music and design hub", "ben"),
        (hub + 1, "+32 2 222 22 22", None, "ben")]
    history = rows(admin, "SELECT changed_by, row_uuid, old_values->>'phone', new_values->>'phone', "
                           "new_values->>'description' FROM brussels.history WHERE action = 'update' ORDER BY fid")
    assert history == [("anna", uuids["hub"], None, "+32 2 111 11 11", None),
                       ("ben", uuids["hub"], "+32 2 111 11 11", "+32 2 111 11 11", "Music and design hub"),
                       ("ben", uuids["lab"], None, "+32 2 222 22 22", None)]


def test_the_same_undirected_relationship_added_by_two_sessions_at_once_is_stored_once(team):
    login, uuids = team
    sessions = [psycopg2.connect(login(name)) for name in ("anna", "ben")]
    insert = ("INSERT INTO brussels.relationships (from_uuid, to_uuid, relation_type) "
              "VALUES (%s, %s, 'collaborates_with')")
    with sessions[0].cursor() as cursor:  # anna writes hub–studio and has not committed yet
        cursor.execute(insert, (uuids["hub"], uuids["studio"]))
    outcome = {}

    def ben_writes_the_other_way() -> None:
        try:
            with sessions[1].cursor() as cursor:
                cursor.execute(insert, (uuids["studio"], uuids["hub"]))
            sessions[1].commit()
            outcome["ben"] = "stored"
        except psycopg2.Error as error:
            sessions[1].rollback()
            outcome["ben"] = str(error)

    ben = threading.Thread(target=ben_writes_the_other_way)
    ben.start()
    ben.join(timeout=1.0)
    assert ben.is_alive(), "ben's insert should wait for anna's transaction"
    sessions[0].commit()
    ben.join(timeout=30)
    assert "bc_relationship_unique" in outcome["ben"]
    assert rows(login("bc_admin"), "SELECT count(*), min(created_by) FROM brussels.relationships "
                                    "WHERE relation_type = 'collaborates_with' AND %s IN (from_uuid, to_uuid) "
                                    "AND %s IN (from_uuid, to_uuid)", (uuids["hub"], uuids["studio"])) == [(1, "anna")]
    for session in sessions:
        session.close()


@pytest.mark.parametrize("statement", [
    "UPDATE brussels.entities SET name = 'Mine'",
    "DELETE FROM brussels.relationships",
    "INSERT INTO brussels.proposals (entity_uuid, field, value) VALUES (gen_random_uuid(), 'name', 'x')",
    "INSERT INTO brussels.history (action, table_name) VALUES ('insert', 'entities')",
    "UPDATE brussels.public_entities SET name = 'Mine'",
])
def test_a_reader_cannot_write_anything(team, statement):
    login, _ = team
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        rows(login("carl"), statement)
    assert rows(login("carl"), "SELECT count(*) FROM brussels.public_entities") == [(3,)]


def test_an_editor_reads_the_ecosystem_through_the_plugin_and_a_reader_sees_its_version(team):
    from brussels_creative.layers.postgres_connection import postgis_ecosystem

    login, uuids = team
    source = postgis_ecosystem(_layer(login("anna")))  # the plugin checks the schema's version as anna
    assert source is not None and source.schema == "brussels"
    assert source.uuids_in_sectors(("music",)) == {uuids["hub"]}
    assert rows(login("carl"), "SELECT value FROM brussels.bc_meta WHERE key = 'schema_version'") == [("2",)]


def test_an_editor_proposes_and_claims_a_curator_decides_and_history_names_each_login(team, postgis_server):
    login_dsn, uuids = team
    hub = uuids["hub"]
    owner = connect(postgis_server.dsn("team_editing"))
    with owner, owner.cursor() as cursor:
        cursor.execute("DROP ROLE IF EXISTS dora; CREATE ROLE dora LOGIN IN ROLE bc_curator")
    owner.close()
    with PostgisStore.open(login_dsn("anna"), "brussels") as store:
        fid = proposals.propose(store, hub, "phone", "+32 2 555 01 01", "anna", "phone call")
        claims.claim(store, uuids["lab"], "Lab staff", "info@lab.be", "anna")
        with pytest.raises(DatabaseRefusedError, match="permission denied for table proposals"):
            proposals.approve(store, fid, "anna")  # an editor proposes; deciding is a curator's
    assert rows(login_dsn("dora"), "SELECT status FROM brussels.proposals WHERE fid = %s", (fid,)) == [("pending",)]
    with PostgisStore.open(login_dsn("dora"), "brussels") as store:
        proposals.approve(store, fid, "dora")
    assert rows(login_dsn("dora"), "SELECT row_uuid, changed_by, source, proposal_fid FROM brussels.history "
                                   "WHERE table_name = 'entities' AND action = 'update' ORDER BY fid") == [
        (uuids["lab"], "anna", "claim", None), (hub, "dora", "phone call", fid)]
    assert rows(login_dsn("carl"), "SELECT count(*) FROM brussels.public_entities") == [(3,)]
    with pytest.raises(DatabaseRefusedError, match="permission denied"), \
            PostgisStore.open(login_dsn("carl"), "brussels") as store:
        proposals.propose(store, hub, "phone", "0", "carl", "reader")
