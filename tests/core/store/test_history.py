"""Triggers keep the file's bookkeeping for every client: uuid, created_at and updated_at, one history row per
insert/update/delete (through QGIS, ogr2ogr and sqlite3) with old and new values, the cascade when an entity goes,
and relationship_lines that follow the relationships and the entities' points."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess

import pytest
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QDate

from brussels_creative.core.store import gpkg

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
TIMESTAMP_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def _entity_history(ecosystem, since: int, entity_uuid: str) -> list[tuple]:
    return [row for row in ecosystem.history_since(since) if row[1] == "entities" and row[2] == entity_uuid]


def _point_wkt(xy: tuple[float, float]) -> str:
    return QgsGeometry.fromPointXY(QgsPointXY(*xy)).asWkt()


# ---- uuid, created_at, updated_at --------------------------------------------------------------------------------
@pytest.mark.parametrize("uuid_value", [None, ""], ids=["uuid-null", "uuid-empty-string"])
def test_qgis_insert_without_uuid_gets_a_uuid_and_created_at_from_the_trigger(ecosystem, uuid_value):
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    uuids = []
    for name in ("First new", "Second new"):  # one save each, as a user adding entities one by one
        feature = ecosystem.new_feature(layer, (148_000, 169_000), name=name, entity_type="hub", uuid=uuid_value)
        assert layer.addFeature(feature)
        assert layer.commitChanges(False), layer.commitErrors()
        entity_uuid, created_at = ecosystem.rows("SELECT uuid, created_at FROM entities WHERE name = ?", (name,))[0]
        assert UUID_RE.match(entity_uuid or ""), f"uuid stored as {entity_uuid!r}"
        assert TIMESTAMP_RE.match(created_at or ""), f"created_at stored as {created_at!r}"
        uuids.append(entity_uuid)
    assert layer.commitChanges()
    assert uuids[0] != uuids[1]


def _relate_hub_to_studio_in_qgis(ecosystem, relation_type: str) -> None:
    """Insert a relationship from the hub to the studio through QGIS's relationships layer, committed."""
    layer = ecosystem.layer("relationships")
    assert layer.startEditing()
    new = ecosystem.new_feature(
        layer, from_uuid=ecosystem.uuids["hub"], to_uuid=ecosystem.uuids["studio"], relation_type=relation_type
    )
    assert layer.addFeature(new)
    assert layer.commitChanges(), layer.commitErrors()


def test_qgis_insert_of_a_relationship_without_uuid_gets_one(ecosystem):
    _relate_hub_to_studio_in_qgis(ecosystem, "invested_in_by")
    entity_uuid, created_at = ecosystem.rows(
        "SELECT uuid, created_at FROM relationships WHERE relation_type = 'invested_in_by'"
    )[0]
    assert UUID_RE.match(entity_uuid or ""), entity_uuid
    assert TIMESTAMP_RE.match(created_at or ""), created_at


def test_qgis_update_sets_updated_at_and_keeps_created_at(ecosystem):
    entity_uuid = ecosystem.uuids["lab"]
    created_at, updated_at = ecosystem.rows(
        "SELECT created_at, updated_at FROM entities WHERE uuid = ?", (entity_uuid,)
    )[0]
    assert updated_at is None
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    ecosystem.set_value(layer, ecosystem.fid("entities", "uuid", entity_uuid), "phone", "+32 2 123 45 67")
    assert layer.commitChanges(), layer.commitErrors()

    after_created, after_updated = ecosystem.rows(
        "SELECT created_at, updated_at FROM entities WHERE uuid = ?", (entity_uuid,)
    )[0]
    assert after_created == created_at
    assert TIMESTAMP_RE.match(after_updated or ""), after_updated
    assert after_updated >= created_at


def test_sqlite3_update_sets_updated_at(ecosystem):
    connection = sqlite3.connect(ecosystem.path)
    gpkg.register_functions(connection)
    with connection:
        connection.execute(
            "UPDATE relationships SET note = 'since 2019' WHERE uuid = ?", (ecosystem.uuids["lab_member_of_hub"],)
        )
    connection.close()
    updated_at = ecosystem.value(
        "SELECT updated_at FROM relationships WHERE uuid = ?", (ecosystem.uuids["lab_member_of_hub"],)
    )
    assert TIMESTAMP_RE.match(updated_at or ""), updated_at


# ---- history of QGIS edits ---------------------------------------------------------------------------------------
def test_qgis_insert_leaves_one_history_row_with_the_new_values(ecosystem):
    since = ecosystem.last_history_fid()
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    new = ecosystem.new_feature(
        layer, (148_200, 169_300), name="Fresh Studio", entity_type="company", postcode="1060", municipality="21013"
    )
    assert layer.addFeature(new)
    assert layer.commitChanges(), layer.commitErrors()

    entity_uuid = ecosystem.value("SELECT uuid FROM entities WHERE name = 'Fresh Studio'")
    history = ecosystem.history_since(since)
    assert [(action, table, row, old) for action, table, row, old, _ in history] == [
        ("insert", "entities", entity_uuid, None)
    ]
    values = json.loads(history[0][4])
    assert values["uuid"] == entity_uuid
    assert (values["name"], values["entity_type"], values["postcode"], values["municipality"]) == (
        "Fresh Studio",
        "company",
        "1060",
        "21013",
    )
    assert values["status"] == "active"
    assert values["created_at"] == ecosystem.value("SELECT created_at FROM entities WHERE uuid = ?", (entity_uuid,))
    assert gpkg.blob_point_xy(bytes.fromhex(values["geom"])) == (148_200, 169_300)


# field, old value in the seeded hub, new value written through QGIS
HUB_CHANGES = [
    pytest.param("name", "Hub Centrale", "Hub Central", id="name"),
    pytest.param("postcode", "1000", "1020", id="postcode"),
    pytest.param("email", "hello@hub.brussels", "info@hub.brussels", id="email"),
    pytest.param("founded_year", 2010, 2012, id="founded-year"),
    pytest.param("size_class", "small", "medium", id="size-class"),
    pytest.param("description", None, "A music and design hub", id="description"),
    pytest.param("verification", "unverified", "verified", id="verification"),
]


@pytest.mark.parametrize(("field", "old", "new"), HUB_CHANGES)
def test_qgis_update_leaves_one_history_row_with_old_and_new_value(ecosystem, field, old, new):
    entity_uuid = ecosystem.uuids["hub"]
    since = ecosystem.last_history_fid()
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    ecosystem.set_value(layer, ecosystem.fid("entities", "uuid", entity_uuid), field, new)
    assert layer.commitChanges(), layer.commitErrors()

    history = ecosystem.history_since(since)
    assert [(action, table, row) for action, table, row, _, _ in history] == [("update", "entities", entity_uuid)]
    old_values, new_values = json.loads(history[0][3]), json.loads(history[0][4])
    assert old_values[field] == old
    assert new_values[field] == new
    unchanged = {k for k in old_values if k not in (field, "updated_at", "updated_by")}
    assert {k: old_values[k] for k in unchanged} == {k: new_values[k] for k in unchanged}


def test_qgis_geometry_move_leaves_one_history_row_with_old_and_new_point(ecosystem):
    entity_uuid = ecosystem.uuids["studio"]
    since = ecosystem.last_history_fid()
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    moved = (147_650.0, 171_120.0)
    assert layer.changeGeometry(
        ecosystem.fid("entities", "uuid", entity_uuid), QgsGeometry.fromPointXY(QgsPointXY(*moved))
    )
    assert layer.commitChanges(), layer.commitErrors()

    history = _entity_history(ecosystem, since, entity_uuid)
    assert [row[0] for row in history] == ["update"]
    old_values, new_values = json.loads(history[0][3]), json.loads(history[0][4])
    assert gpkg.blob_point_xy(bytes.fromhex(old_values["geom"])) == ecosystem.xy["studio"]
    assert gpkg.blob_point_xy(bytes.fromhex(new_values["geom"])) == moved


def test_qgis_delete_of_an_entity_without_links_leaves_one_history_row_with_the_old_values(ecosystem):
    # a lone entity: nothing cascades, so the delete is the only row
    with sqlite3.connect(ecosystem.path) as connection:
        gpkg.register_functions(connection)
        connection.execute(
            "INSERT INTO entities (geom, name, entity_type, email) VALUES (?, 'Lonely', 'freelancer', 'me@lonely.be')",
            (gpkg.point_blob(148_800, 170_400),),
        )
    connection.close()
    entity_uuid = ecosystem.value("SELECT uuid FROM entities WHERE name = 'Lonely'")
    since = ecosystem.last_history_fid()
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    assert layer.deleteFeature(ecosystem.fid("entities", "uuid", entity_uuid))
    assert layer.commitChanges(), layer.commitErrors()

    history = ecosystem.history_since(since)
    assert [(action, table, row, new) for action, table, row, _, new in history] == [
        ("delete", "entities", entity_uuid, None)
    ]
    old_values = json.loads(history[0][3])
    assert (old_values["uuid"], old_values["name"], old_values["email"]) == (entity_uuid, "Lonely", "me@lonely.be")


def test_qgis_delete_of_an_entity_cascades_to_its_relationships_links_and_lines_and_logs_each(ecosystem):
    lab, hub, studio = ecosystem.uuids["lab"], ecosystem.uuids["hub"], ecosystem.uuids["studio"]
    relationships = {ecosystem.uuids["lab_member_of_hub"], ecosystem.uuids["studio_with_lab"]}
    link_rows = ecosystem.rows(
        "SELECT 'entity_sectors', code FROM entity_sectors WHERE entity_uuid = :u UNION ALL "
        "SELECT 'entity_services', code FROM entity_services WHERE entity_uuid = :u UNION ALL "
        "SELECT 'entity_audiences', code FROM entity_audiences WHERE entity_uuid = :u",
        {"u": lab},
    )
    assert sorted(link_rows) == [("entity_sectors", "design"), ("entity_services", "prototyping")]
    hub_links_before = ecosystem.rows("SELECT * FROM entity_sectors WHERE entity_uuid = ? ORDER BY fid", (hub,))
    since = ecosystem.last_history_fid()

    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    assert layer.deleteFeature(ecosystem.fid("entities", "uuid", lab))
    assert layer.commitChanges(), layer.commitErrors()

    assert ecosystem.rows("SELECT uuid FROM entities ORDER BY fid") == [(hub,), (studio,)]
    assert ecosystem.rows("SELECT * FROM relationships") == []
    assert ecosystem.rows("SELECT * FROM relationship_lines") == []
    assert ecosystem.layer("relationship_lines").featureCount() == 0
    for table in ("entity_sectors", "entity_services", "entity_audiences"):
        assert ecosystem.rows(f"SELECT * FROM {table} WHERE entity_uuid = ?", (lab,)) == []
    assert ecosystem.rows("SELECT * FROM entity_sectors WHERE entity_uuid = ? ORDER BY fid", (hub,)) == hub_links_before

    history = ecosystem.history_since(since)
    assert all(action == "delete" and new is None for action, _, _, _, new in history)
    assert [row[:3] for row in history if row[1] == "entities"] == [("delete", "entities", lab)]
    logged_relationships = {row[2]: json.loads(row[3]) for row in history if row[1] == "relationships"}
    assert set(logged_relationships) == relationships
    assert logged_relationships[ecosystem.uuids["lab_member_of_hub"]]["relation_type"] == "member_of"
    assert logged_relationships[ecosystem.uuids["studio_with_lab"]]["from_uuid"] == studio
    logged_links = sorted((row[1], json.loads(row[3])["code"]) for row in history if row[1].startswith("entity_"))
    assert logged_links == sorted(link_rows)
    assert all(json.loads(row[3])["entity_uuid"] == lab for row in history if row[1].startswith("entity_"))
    assert len(history) == 1 + len(relationships) + len(link_rows)


def test_qgis_relationship_insert_update_delete_each_leave_one_history_row(ecosystem):
    hub, studio = ecosystem.uuids["hub"], ecosystem.uuids["studio"]
    layer = ecosystem.layer("relationships")

    since = ecosystem.last_history_fid()
    assert layer.startEditing()
    new = ecosystem.new_feature(
        layer, from_uuid=studio, to_uuid=hub, relation_type="hosted_by", since=QDate(2021, 3, 1)
    )
    assert layer.addFeature(new)
    assert layer.commitChanges(), layer.commitErrors()
    relationship_uuid = ecosystem.value("SELECT uuid FROM relationships WHERE relation_type = 'hosted_by'")
    inserted = ecosystem.history_since(since)
    assert [row[:3] for row in inserted] == [("insert", "relationships", relationship_uuid)]
    assert json.loads(inserted[0][4])["since"] == "2021-03-01"

    since = ecosystem.last_history_fid()
    assert layer.startEditing()
    ecosystem.set_value(
        layer, ecosystem.fid("relationships", "uuid", relationship_uuid), "relation_type", "supported_by"
    )
    assert layer.commitChanges(), layer.commitErrors()
    updated = ecosystem.history_since(since)
    assert [row[:3] for row in updated] == [("update", "relationships", relationship_uuid)]
    assert json.loads(updated[0][3])["relation_type"] == "hosted_by"
    assert json.loads(updated[0][4])["relation_type"] == "supported_by"

    since = ecosystem.last_history_fid()
    assert layer.startEditing()
    assert layer.deleteFeature(ecosystem.fid("relationships", "uuid", relationship_uuid))
    assert layer.commitChanges(), layer.commitErrors()
    deleted = ecosystem.history_since(since)
    assert [row[:3] for row in deleted] == [("delete", "relationships", relationship_uuid)]
    assert json.loads(deleted[0][3])["relation_type"] == "supported_by"


# ---- history of other clients ------------------------------------------------------------------------------------
GEOJSON_31370 = {
    "type": "FeatureCollection",
    "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::31370"}},
    "features": [
        {
            "type": "Feature",
            "properties": {
                "name": "Imported Lab",
                "entity_type": "living_lab",
                "municipality": "21015",
                "postcode": "1030",
            },
            "geometry": {"type": "Point", "coordinates": [151_200.0, 172_300.0]},
        },
        {
            "type": "Feature",
            "properties": {
                "name": "Imported Press",
                "entity_type": "company",
                "municipality": "21013",
                "postcode": "1060",
            },
            "geometry": {"type": "Point", "coordinates": [148_100.0, 168_900.0]},
        },
    ],
}


def _ogr2ogr(*args: str) -> subprocess.CompletedProcess:
    executable = shutil.which("ogr2ogr")
    assert executable, "ogr2ogr (GDAL) is not installed"
    return subprocess.run([executable, *args], capture_output=True, text=True, timeout=120, check=False)


def test_ogr2ogr_append_is_captured_in_history_and_the_file_stays_valid(ecosystem, tmp_path):
    source = tmp_path / "partners.geojson"
    source.write_text(json.dumps(GEOJSON_31370), encoding="utf-8")
    since = ecosystem.last_history_fid()

    completed = _ogr2ogr("-append", "-nln", "entities", str(ecosystem.path), str(source))
    assert completed.returncode == 0, completed.stderr

    imported = ecosystem.rows(
        "SELECT uuid, name, status, created_at, geom FROM entities WHERE name LIKE 'Imported %' ORDER BY name"
    )
    assert [row[1] for row in imported] == ["Imported Lab", "Imported Press"]
    history = ecosystem.history_since(since)
    assert [row[:3] for row in history] == [
        ("insert", "entities", imported[0][0]),
        ("insert", "entities", imported[1][0]),
    ]
    for (entity_uuid, name, _status, created_at, _geom), row in zip(imported, history, strict=True):
        assert UUID_RE.match(entity_uuid), entity_uuid
        assert TIMESTAMP_RE.match(created_at), created_at
        values = json.loads(row[4])
        assert (values["uuid"], values["name"], values["status"]) == (entity_uuid, name, "active")
    assert gpkg.blob_point_xy(imported[0][4]) == (151_200.0, 172_300.0)
    assert validate_gpkg.check(str(ecosystem.path), abort_at_first_error=False, warning_msg=False) == []


def test_ogr2ogr_append_with_an_unknown_code_is_refused_and_changes_nothing(ecosystem, tmp_path):
    bad = json.loads(json.dumps(GEOJSON_31370))
    bad["features"][1]["properties"]["entity_type"] = "spaceship"
    source = tmp_path / "bad.geojson"
    source.write_text(json.dumps(bad), encoding="utf-8")
    before = ecosystem.snapshot()

    completed = _ogr2ogr("-append", "-nln", "entities", str(ecosystem.path), str(source))

    assert completed.returncode != 0
    assert "bc_entity_type_known" in completed.stderr
    assert ecosystem.snapshot() == before


def test_sqlite3_update_and_delete_are_captured_in_history(ecosystem):
    hub, studio = ecosystem.uuids["hub"], ecosystem.uuids["studio"]
    collaboration = ecosystem.uuids["studio_with_lab"]
    since = ecosystem.last_history_fid()
    connection = sqlite3.connect(ecosystem.path)
    gpkg.register_functions(connection)
    with connection:
        connection.execute(
            "UPDATE entities SET website = 'https://hub.example.be', updated_by = 'curator' WHERE uuid = ?", (hub,)
        )
    with connection:
        connection.execute("DELETE FROM entities WHERE uuid = ?", (studio,))
    connection.close()

    history = ecosystem.history_since(since)
    update = history[0]
    assert update[:3] == ("update", "entities", hub)
    assert json.loads(update[3])["website"] == "https://hub.brussels"
    assert json.loads(update[4])["website"] == "https://hub.example.be"
    assert ecosystem.value("SELECT changed_by FROM history WHERE fid = ?", (since + 1,)) == "curator"
    deletes = history[1:]
    assert [row[:3] for row in deletes] == [("delete", "entities", studio), ("delete", "relationships", collaboration)]
    assert json.loads(deletes[0][3])["name"] == "Studio Molenbeek"
    assert json.loads(deletes[1][3])["to_uuid"] == ecosystem.uuids["lab"]


# ---- relationship_lines ------------------------------------------------------------------------------------------
def _lines(ecosystem) -> dict[str, str]:
    """relationship uuid -> line WKT, as QGIS reads relationship_lines."""
    layer = ecosystem.layer("relationship_lines")
    return {feature["uuid"]: feature.geometry().asWkt() for feature in layer.getFeatures()}


def _line_wkt(start: tuple[float, float], end: tuple[float, float]) -> str:
    return QgsGeometry.fromPolylineXY([QgsPointXY(*start), QgsPointXY(*end)]).asWkt()


def test_relationship_inserted_in_qgis_gets_one_line_from_source_to_target(ecosystem):
    _relate_hub_to_studio_in_qgis(ecosystem, "supported_by")
    relationship_uuid = ecosystem.value("SELECT uuid FROM relationships WHERE relation_type = 'supported_by'")

    lines = _lines(ecosystem)
    assert lines == {
        ecosystem.uuids["lab_member_of_hub"]: _line_wkt(ecosystem.xy["lab"], ecosystem.xy["hub"]),
        ecosystem.uuids["studio_with_lab"]: _line_wkt(ecosystem.xy["studio"], ecosystem.xy["lab"]),
        relationship_uuid: _line_wkt(ecosystem.xy["hub"], ecosystem.xy["studio"]),
    }
    line = next(f for f in ecosystem.layer("relationship_lines").getFeatures() if f["uuid"] == relationship_uuid)
    assert (line["from_uuid"], line["to_uuid"], line["relation_type"]) == (
        ecosystem.uuids["hub"],
        ecosystem.uuids["studio"],
        "supported_by",
    )


def test_moving_an_entity_in_qgis_moves_the_ends_of_its_lines(ecosystem):
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    moved = (150_900.0, 168_100.0)
    assert layer.changeGeometry(
        ecosystem.fid("entities", "uuid", ecosystem.uuids["lab"]), QgsGeometry.fromPointXY(QgsPointXY(*moved))
    )
    assert layer.commitChanges(), layer.commitErrors()

    assert _lines(ecosystem) == {
        ecosystem.uuids["lab_member_of_hub"]: _line_wkt(moved, ecosystem.xy["hub"]),
        ecosystem.uuids["studio_with_lab"]: _line_wkt(ecosystem.xy["studio"], moved),
    }
    assert ecosystem.layer("entities").getFeature(
        ecosystem.fid("entities", "uuid", ecosystem.uuids["lab"])
    ).geometry().asWkt() == _point_wkt(moved)


def test_redirecting_a_relationship_in_qgis_redraws_its_line(ecosystem):
    layer = ecosystem.layer("relationships")
    member = ecosystem.uuids["lab_member_of_hub"]
    assert layer.startEditing()
    ecosystem.set_value(layer, ecosystem.fid("relationships", "uuid", member), "to_uuid", ecosystem.uuids["studio"])
    assert layer.commitChanges(), layer.commitErrors()
    assert _lines(ecosystem)[member] == _line_wkt(ecosystem.xy["lab"], ecosystem.xy["studio"])


def test_deleting_a_relationship_in_qgis_removes_its_line(ecosystem):
    layer = ecosystem.layer("relationships")
    assert layer.startEditing()
    assert layer.deleteFeature(ecosystem.fid("relationships", "uuid", ecosystem.uuids["lab_member_of_hub"]))
    assert layer.commitChanges(), layer.commitErrors()
    assert _lines(ecosystem) == {
        ecosystem.uuids["studio_with_lab"]: _line_wkt(ecosystem.xy["studio"], ecosystem.xy["lab"])
    }
