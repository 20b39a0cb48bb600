"""The store's writes, run on both backends by one parametrised fixture (core/conftest.py `empty_store`): a new
GeoPackage and a new PostGIS schema take the same calls and give back the same values."""

from __future__ import annotations

import json

import pytest

from brussels_creative.core.errors import ValidationError
from brussels_creative.core.store import gpkg


def _who(store) -> str:
    """Who the backend names as the writer: nobody in a GeoPackage written by a script, the login in PostGIS."""
    if store.path is not None:
        return None
    return store.connection.execute("SELECT session_user").fetchone()[0]


def test_an_entity_reads_back_as_written_with_its_links_and_one_history_row(empty_store):
    store = empty_store
    with store.transaction():
        uuid = store.add_entity(149_000.5, 170_000.25, name="Atelier Nord", entity_type="fablab",
                                municipality="21015", founded_year=2015, email="hello@atelier.brussels",
                                claim_domain_match=True, last_reviewed="2026-11-30")
        store.set_links("entity_sectors", uuid, ["design", "crafts", "design"], primary="crafts")
        store.set_links("entity_services", uuid, ["prototyping"])
    row = store.connection.execute(
        "SELECT uuid, name, entity_type, municipality, founded_year, email, claim_domain_match, last_reviewed, geom, "
        "sector_codes, primary_sector, service_codes, created_by, updated_at FROM entities").fetchall()
    assert row == [(uuid, "Atelier Nord", "fablab", "21015", 2015, "hello@atelier.brussels", 1, "2026-11-30",
                    gpkg.point_blob(149_000.5, 170_000.25), "{crafts,design}", "crafts", "{prototyping}",
                    _who(store), None)]
    created_at = store.connection.execute("SELECT created_at FROM entities").fetchone()[0]
    assert len(created_at) == 24 and created_at[10] == "T" and created_at.endswith("Z")
    links = store.connection.execute("SELECT code, is_primary FROM entity_sectors ORDER BY code").fetchall()
    assert links == [("crafts", 1), ("design", 0)]
    history = store.connection.execute(
        "SELECT action, table_name, row_uuid, new_values FROM history WHERE table_name = 'entities'").fetchall()
    assert [(a, t, u) for a, t, u, _ in history] == [("insert", "entities", uuid)]
    assert json.loads(history[0][3])["name"] == "Atelier Nord"


def test_a_failure_inside_a_transaction_leaves_nothing_of_it(empty_store):
    store = empty_store
    with store.transaction():
        kept = store.add_entity(149_000, 170_000, name="Kept", entity_type="hub")
    history = store.count("history")
    with pytest.raises(ValidationError, match="bc_relationship_to_exists") as refused, store.transaction():
        first = store.add_entity(149_100, 170_100, name="Gone", entity_type="company")
        store.set_links("entity_sectors", first, ["music"], primary="music")
        store.add_relationship(first, kept, "member_of")
        store.add_relationship(first, "00000000-0000-4000-8000-000000000000", "member_of")
    assert "relationship" in str(refused.value)
    assert [r[0] for r in store.connection.execute("SELECT name FROM entities").fetchall()] == ["Kept"]
    assert (store.count("relationships"), store.count("entity_sectors"), store.count("history")) == (0, 0, history)


@pytest.mark.parametrize(("values", "rule"), [
    ({"entity_type": "castle"}, "entity_type"),
    ({"entity_type": "hub", "email": "not an address"}, "bc_email_shape"),
    ({"entity_type": "hub", "sector_codes": "{nonsense}"}, "bc_sector_known"),
])
def test_a_bad_entity_is_refused_by_the_rule_named_and_the_store_keeps_working(empty_store, values, rule):
    store = empty_store
    with pytest.raises(ValidationError, match=rule), store.transaction():
        store.add_entity(149_000, 170_000, name="Odd", **values)
    with store.transaction():
        store.add_entity(149_000, 170_000, name="Fine", entity_type="hub")
    assert [r[0] for r in store.connection.execute("SELECT name FROM entities").fetchall()] == ["Fine"]


def test_a_relationship_and_its_line_between_the_two_entities(empty_store):
    store = empty_store
    with store.transaction():
        a = store.add_entity(149_000, 170_000, name="A", entity_type="company")
        b = store.add_entity(150_000, 171_000, name="B", entity_type="hub")
        relationship = store.add_relationship(a, b, "member_of", since="2024-01-01", note="founding member")
    assert store.connection.execute(
        "SELECT uuid, from_uuid, to_uuid, relation_type, since, note FROM relationships").fetchall() == [
        (relationship, a, b, "member_of", "2024-01-01", "founding member")]
    line = store.connection.execute("SELECT geom FROM relationship_lines").fetchone()[0]
    offset = gpkg.blob_wkb_offset(line)
    from osgeo import ogr

    assert ogr.CreateGeometryFromWkb(bytes(line[offset:])).ExportToWkt() == "LINESTRING (149000 170000,150000 171000)"


def test_a_login_without_rights_on_the_schema_is_refused_in_words(postgis_server, postgis_stores_database):
    from brussels_creative.core.errors import DatabaseRefusedError
    from brussels_creative.core.store.postgis.ecosystem import PostgisStore
    from brussels_creative.core.store.postgis.store import connect, create_ecosystem

    connection = connect(postgis_stores_database)
    create_ecosystem(connection, "closed_eco")
    with connection.cursor() as cursor:
        cursor.execute("DROP ROLE IF EXISTS bc_stranger; CREATE ROLE bc_stranger LOGIN")
    connection.commit()
    connection.close()
    stranger = postgis_stores_database.replace(f"user={postgis_server.user}", "user=bc_stranger")
    with pytest.raises(DatabaseRefusedError, match="closed_eco: the database refused: permission denied for schema"):
        PostgisStore.open(stranger, "closed_eco")
