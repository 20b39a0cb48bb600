"""The reads the GUI makes go through the store, on a read-only connection: vocabularies, relation types, project."""

from __future__ import annotations

import sqlite3

import pytest

from brussels_creative.core.errors import SchemaError
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.taxonomy import RELATION_TYPES


@pytest.fixture
def ecosystem_path(tmp_path):
    path = tmp_path / "eco.gpkg"
    EcosystemStore.create(path).close()
    return path


def test_labels_in_the_language_with_english_where_a_team_left_it_empty(empty_store):
    store = empty_store
    with store.transaction() as connection:
        connection.execute(
            "INSERT INTO entity_types (code, label_en, label_fr, label_nl) VALUES ('guild', 'Guild', '', '')"
        )
    french = dict(store.labels("entity_types", "fr_BE"))
    dutch = dict(store.labels("entity_types", "nl"))
    assert french["fablab"] == "Fablab" and french["guild"] == "Guild"
    assert dutch["guild"] == "Guild"
    assert dict(store.labels("sectors", "en"))["design"] == "Design"
    with pytest.raises(ValueError, match="unknown lookup table entities"):
        store.labels("entities", "en")


def test_relation_types_codes_and_meta_are_the_ecosystems_own_in_table_order(empty_store):
    assert empty_store.relation_types() == list(RELATION_TYPES)
    assert empty_store.codes("relation_types") == [t.code for t in RELATION_TYPES]
    assert empty_store.schema_version() >= 1 and empty_store.meta("created_at")
    assert empty_store.meta("no such key") is None
    assert empty_store.count("municipalities") == 19 and empty_store.count("entities") == 0
    assert empty_store.has_project("Brussels Creative") is False


def test_a_read_only_store_cannot_write_and_refuses_a_foreign_file(ecosystem_path, tmp_path):
    with EcosystemStore.open_read_only(ecosystem_path) as store:
        assert store.has_project("Brussels Creative") is False
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.connection.execute("DELETE FROM entity_types")
    foreign = tmp_path / "foreign.gpkg"
    sqlite3.connect(foreign).execute("CREATE TABLE t (a)").connection.close()
    with pytest.raises(SchemaError, match="not a Brussels Creative ecosystem"):
        EcosystemStore.open_read_only(foreign)
