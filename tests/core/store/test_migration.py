"""Schema migrations: an older ecosystem file is upgraded in place with its data intact after a backup of the whole file
is written beside it; a newer file, or a GeoPackage that is not an ecosystem file, is refused and left untouched."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from helpers import sql_rows
from osgeo import ogr
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from brussels_creative.core.errors import SchemaError
from brussels_creative.core.store import gpkg, schema
from brussels_creative.core.store.ecosystem import EcosystemStore, read_schema_version

V1_TABLES = schema.MIGRATIONS[1][1]
V2_TABLES = schema.MIGRATIONS[2][1]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(path: Path) -> set[str]:
    return {row[0] for row in sql_rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _dump(path: Path, tables) -> dict[str, list[tuple]]:
    return {table: sql_rows(path, f"SELECT * FROM {table} ORDER BY fid") for table in tables}


@pytest.fixture
def version_1_file(tmp_path: Path) -> dict:
    """A schema-version-1 ecosystem file with entities, links, relationships and their history."""
    path = tmp_path / "old" / "ecosystem.gpkg"
    EcosystemStore.create(path, schema_version=1).close()
    connection = sqlite3.connect(path, isolation_level=None)
    gpkg.register_functions(connection)
    with EcosystemStore(path, connection) as store, store.transaction():
        hub = store.add_entity(
            149_000, 170_000, name="Old Hub", entity_type="hub", municipality="21004", postcode="1000"
        )
        lab = store.add_entity(150_500, 168_500, name="Old Lab", entity_type="fablab", founded_year=2015)
        store.set_links("entity_sectors", hub, ["music", "design"], primary="music")
        store.set_links("entity_audiences", lab, ["makers"])
        member = store.add_relationship(lab, hub, "member_of", since="2016-01-01")
        connection.execute("UPDATE entities SET email = 'lab@old.be' WHERE uuid = ?", (lab,))
    return {"path": path, "hub": hub, "lab": lab, "member": member}


def test_create_makes_a_file_of_an_older_schema_version(tmp_path):
    path = tmp_path / "v1.gpkg"
    store = EcosystemStore.create(path, schema_version=1)
    try:
        assert store.schema_version() == 1
    finally:
        store.close()
    assert read_schema_version(path) == 1
    assert not set(V2_TABLES) & _tables(path)


V4_APPENDED = {
    "relationships": (None, None, None, None),
    "relationship_lines": ("none",),
    "history": (None, None),
}


def test_version_1_file_has_the_version_1_schema(version_1_file):
    path = version_1_file["path"]
    assert read_schema_version(path) == 1
    assert set(V1_TABLES) <= _tables(path)
    assert not set(V2_TABLES) & _tables(path)
    assert "last_reviewed" not in {row[1] for row in sql_rows(path, "PRAGMA table_info(entities)")}


def test_opening_a_version_1_file_upgrades_it_with_its_data_intact(version_1_file):
    path = version_1_file["path"]
    before = _dump(path, V1_TABLES)
    assert before["entities"] and before["relationships"] and before["entity_sectors"] and before["history"]

    with EcosystemStore.open(path) as store:
        assert store.schema_version() == schema.SCHEMA_VERSION == 4

    after = _dump(path, V1_TABLES)
    sectors: dict[str, list[tuple[str, int]]] = {}
    for _fid, entity_uuid, code, is_primary in before["entity_sectors"]:
        sectors.setdefault(entity_uuid, []).append((code, is_primary))
    for table in V1_TABLES:
        if table == "entities":
            # the upgrade appends last_reviewed (v2, empty) and the link mirrors (v3, filled from the link tables)
            width = len(before[table][0])
            assert [row[:width] for row in after[table]] == before[table]
            for row in after[table]:
                last_reviewed, sector_codes, primary_sector = row[width : width + 3]
                assert row[width + 5 :] == (None, None)  # v4: claimed_at, claim_domain_match
                linked = sorted(sectors.get(row[2], []))
                assert last_reviewed is None
                assert sector_codes == ("{" + ",".join(code for code, _ in linked) + "}" if linked else None)
                assert primary_sector == next((code for code, primary in linked if primary), None)
        elif table == "bc_meta":
            meta_before, meta_after = dict(row[1:] for row in before[table]), dict(row[1:] for row in after[table])
            assert meta_after == {**meta_before, "schema_version": "4"}
        elif table in V4_APPENDED:
            # v4 appends curation columns, empty but for relationship_lines.confirmation ('none')
            width = len(before[table][0])
            assert [row[:width] for row in after[table]] == before[table], table
            assert {row[width:] for row in after[table]} == {V4_APPENDED[table]}, table
        else:
            assert after[table] == before[table], table
    assert read_schema_version(path) == 4


def test_upgrade_adds_the_version_2_tables_and_column(version_1_file):
    path = version_1_file["path"]
    EcosystemStore.open(path).close()

    assert set(V2_TABLES) <= _tables(path)
    registered = {row[0] for row in sql_rows(path, "SELECT table_name FROM gpkg_contents")}
    assert registered == set(schema.TABLE_DESCRIPTIONS)
    assert "last_reviewed" in {row[1] for row in sql_rows(path, "PRAGMA table_info(entities)")}
    assert validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False) == []


def _full_dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_upgrade_writes_a_backup_of_the_whole_file_beside_it(version_1_file):
    path = version_1_file["path"]
    digest = _sha256(path)
    before = _full_dump(path)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]

    EcosystemStore.open(path).close()

    others = [p for p in path.parent.iterdir() if p != path]
    assert len(others) == 1, others
    backup = others[0]
    assert backup.name.startswith("ecosystem.schema1-backup-") and backup.suffix == ".gpkg"
    assert _full_dump(backup) == before  # every table, row, index and trigger of the old file
    assert read_schema_version(backup) == 1
    assert _sha256(path) != digest


def test_the_backup_holds_changes_still_in_the_write_ahead_log(version_1_file):
    path = version_1_file["path"]
    writer = sqlite3.connect(path)
    gpkg.register_functions(writer)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("UPDATE entities SET name = 'Renamed in the WAL' WHERE fid = 1")
    writer.commit()  # committed, not yet checkpointed into the main file: the writer stays open
    try:
        EcosystemStore.open(path).close()
    finally:
        writer.close()
    backup = next(p for p in path.parent.iterdir() if "backup" in p.name)
    assert sql_rows(backup, "SELECT name FROM entities WHERE fid = 1") == [("Renamed in the WAL",)]


def test_triggers_work_after_the_upgrade(version_1_file, release_qgis_layers):
    path, lab = version_1_file["path"], version_1_file["lab"]
    EcosystemStore.open(path).close()
    layer = QgsVectorLayer(f"{path}|layername=entities", "entities", "ogr")
    assert layer.isValid()
    fid = sql_rows(path, "SELECT fid FROM entities WHERE uuid = ?", (lab,))[0][0]
    since = sql_rows(path, "SELECT max(fid) FROM history")[0][0]

    assert layer.startEditing()
    assert layer.changeAttributeValue(fid, layer.fields().indexOf("last_reviewed"), QDate(2025, 6, 30))
    assert layer.commitChanges(False), layer.commitErrors()
    assert layer.changeAttributeValue(fid, layer.fields().indexOf("postcode"), "999")
    assert not layer.commitChanges()
    assert "bc_postcode_shape" in "\n".join(layer.commitErrors())
    assert layer.rollBack()

    history = sql_rows(path, "SELECT action, row_uuid, old_values, new_values FROM history WHERE fid > ?", (since,))
    assert [row[:2] for row in history] == [("update", lab)]
    assert json.loads(history[0][2])["last_reviewed"] is None
    assert json.loads(history[0][3])["last_reviewed"] == "2025-06-30"
    postcode, updated_at = sql_rows(path, "SELECT postcode, updated_at FROM entities WHERE uuid = ?", (lab,))[0]
    assert postcode is None
    assert updated_at is not None

    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="bc_no_self_relation"):
            connection.execute(
                "INSERT INTO relationships (from_uuid, to_uuid, relation_type) VALUES (?, ?, 'member_of')", (lab, lab)
            )
        with pytest.raises(sqlite3.IntegrityError, match="bc_history_append_only"):
            connection.execute("DELETE FROM history")
        connection.execute(
            "INSERT INTO portfolios (name, entity_uuids) VALUES ('Makers', ?)", (json.dumps([lab]),)
        )  # a version-2 table takes rows
        connection.commit()
    finally:
        connection.close()
    assert sql_rows(path, "SELECT name FROM portfolios") == [("Makers",)]


def test_open_without_upgrade_refuses_an_older_file_and_leaves_it_untouched(version_1_file):
    path = version_1_file["path"]
    digest = _sha256(path)
    with pytest.raises(SchemaError, match="schema version 1; it needs an upgrade"):
        EcosystemStore.open(path, upgrade=False)
    assert _sha256(path) == digest
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_a_file_from_a_newer_schema_is_refused_and_left_byte_identical(tmp_path):
    path = tmp_path / "future.gpkg"
    EcosystemStore.create(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE bc_meta SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    digest = _sha256(path)

    with pytest.raises(SchemaError) as refused:
        EcosystemStore.open(path)

    message = str(refused.value)
    assert "schema version 99" in message and "newer" in message and "not changed" in message
    assert _sha256(path) == digest
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_plain_geopackage_is_refused_as_not_an_ecosystem_file(tmp_path):
    path = tmp_path / "plain.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    dataset.CreateLayer("places", geom_type=ogr.wkbPoint)
    dataset = None
    digest = _sha256(path)

    assert read_schema_version(path) is None
    with pytest.raises(SchemaError, match="is not a Brussels Creative ecosystem GeoPackage"):
        EcosystemStore.open(path)
    assert _sha256(path) == digest


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(None, "no such file", id="missing"),
        pytest.param(
            b"not a database at all" * 100, "is not a Brussels Creative ecosystem GeoPackage", id="not-sqlite"
        ),
    ],
)
def test_a_missing_or_non_sqlite_file_is_refused_clearly(tmp_path, content, expected):
    path = tmp_path / "thing.gpkg"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SchemaError, match=expected):
        EcosystemStore.open(path)
    if content is not None:
        assert path.read_bytes() == content
