"""The ecosystem GeoPackage enforces its own rules for every client: bad writes through QGIS layers and plain sqlite3
are refused with a message naming the rule, the file keeps its previous committed state, and good writes committed
earlier in the same editing session stay. The file is a valid GeoPackage that QGIS opens layer by layer."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsWkbTypes
from qgis.PyQt.QtCore import QDate

from brussels_creative.core.store import gpkg, schema, taxonomy

NEXT_YEAR = dt.date.today().year + 1
MISSING_UUID = "00000000-0000-4000-8000-000000000000"


def _commit_fails_naming(layer, rule: str) -> str:
    """Commit the layer's edit buffer, expect QGIS to report failure with the rule in its errors, then roll back."""
    committed = layer.commitChanges()
    errors = "\n".join(layer.commitErrors())
    assert not committed, f"{layer.name()}: the write was accepted, expected {rule}"
    assert rule in errors, errors
    assert layer.rollBack()
    assert not layer.isEditable()
    return errors


def _commit_keeping_session(layer) -> None:
    """Commit the edit buffer and stay in the editing session, as a user clicking 'Save edits' does."""
    assert layer.commitChanges(False), layer.commitErrors()
    assert layer.isEditable()


# ---- entities through QGIS ---------------------------------------------------------------------------------------
# field, a good value (committed first in the same session), a bad value, the rule (or table.field) named.
ENTITY_VALUE_CASES = [
    pytest.param("entity_type", "coworking", "spaceship", "bc_entity_type_known", id="unknown-entity-type"),
    pytest.param("size_class", "micro", "huge", "bc_size_class_known", id="unknown-size-class"),
    pytest.param("municipality", "21015", "99999", "bc_municipality_known", id="unknown-municipality"),
    pytest.param("name", "Atelier", "", "bc_name_required", id="empty-name"),
    pytest.param("name", "Atelier", "   ", "bc_name_required", id="blank-name"),
    pytest.param("name", "Atelier", None, "entities.name", id="null-name"),
    pytest.param("founded_year", 1800, 1700, "bc_founded_year_range", id="founded-1700"),
    pytest.param("founded_year", NEXT_YEAR, NEXT_YEAR + 1, "bc_founded_year_range", id="founded-next-year-plus-2"),
    pytest.param("postcode", "1210", "999", "bc_postcode_shape", id="postcode-999"),
    pytest.param("postcode", "1000", "abcd", "bc_postcode_shape", id="postcode-abcd"),
    pytest.param("postcode", "1000", "10000", "bc_postcode_shape", id="postcode-five-digits"),
    pytest.param("email", "info@lab.brussels", "info@lab", "bc_email_shape", id="email-without-dot"),
    pytest.param("email", "info@lab.brussels", "info lab@x.be", "bc_email_shape", id="email-with-space"),
    pytest.param("email", "info@lab.brussels", "a@b@c.be", "bc_email_shape", id="email-two-ats"),
    pytest.param("email", "info@lab.brussels", "@lab.brussels", "bc_email_shape", id="email-no-local-part"),
    pytest.param("email", "info@lab.brussels", "a@x.be;b@y.be", "bc_email_shape", id="email-list"),
    pytest.param("email", "info@lab.brussels", "info.lab.brussels", "bc_email_shape", id="email-no-at"),
    pytest.param("website", "https://lab.brussels/en", "www.lab.brussels", "bc_website_shape", id="url-no-scheme"),
    pytest.param("website", "http://lab.brussels", "http://lab", "bc_website_shape", id="url-no-dot"),
    pytest.param("website", "https://lab.brussels", "https://lab .brussels", "bc_website_shape", id="url-space"),
    pytest.param("website", "https://lab.brussels", "ftp://lab.brussels", "bc_website_shape", id="url-ftp"),
    pytest.param("status", "closed", "open", "bc_status_value", id="unknown-status"),
    pytest.param("status", "inactive", None, "entities.status", id="null-status"),
    pytest.param("visibility", "private", "secret", "bc_visibility_value", id="unknown-visibility"),
    pytest.param("verification", "claimed", "maybe", "bc_verification_value", id="unknown-verification"),
]


def refuse_a_bad_entity_insert(ecosystem, field: str, good, bad, rule: str) -> None:
    """Through QGIS, an entity with a good `field` committed, then one with a bad one in the same session: the commit
    fails naming `rule`, and the tables, what QGIS shows and the good entity stay."""
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    base = {"name": "Atelier", "entity_type": "makerspace"}
    assert layer.addFeature(ecosystem.new_feature(layer, (148_000, 169_000), **{**base, field: good}))
    _commit_keeping_session(layer)
    committed = ecosystem.snapshot()
    in_qgis = ecosystem.qgis_rows("entities")

    assert layer.addFeature(ecosystem.new_feature(layer, (148_100, 169_100), **{**base, "name": "Bad", field: bad}))
    _commit_fails_naming(layer, rule)

    assert ecosystem.snapshot() == committed
    assert ecosystem.qgis_rows("entities") == in_qgis
    stored = ecosystem.value(f"SELECT {field} FROM entities WHERE fid = (SELECT max(fid) FROM entities)")
    assert stored == good


@pytest.mark.parametrize(("field", "good", "bad", "rule"), ENTITY_VALUE_CASES)
def test_qgis_insert_with_bad_value_is_refused_and_earlier_good_insert_kept(ecosystem, field, good, bad, rule):
    refuse_a_bad_entity_insert(ecosystem, field, good, bad, rule)


def refuse_a_bad_entity_change(ecosystem, field: str, good, bad, rule: str) -> None:
    """Through QGIS, a good change of an entity's `field` committed, then a bad one in the same session: the commit
    fails naming `rule`, and the tables, what QGIS shows and the good change stay."""
    layer = ecosystem.layer("entities")
    fid = ecosystem.fid("entities", "uuid", ecosystem.uuids["lab"])
    assert layer.startEditing()
    ecosystem.set_value(layer, fid, field, good)
    _commit_keeping_session(layer)
    committed = ecosystem.snapshot()
    in_qgis = ecosystem.qgis_rows("entities")

    ecosystem.set_value(layer, fid, field, bad)
    _commit_fails_naming(layer, rule)

    assert ecosystem.snapshot() == committed
    assert ecosystem.qgis_rows("entities") == in_qgis
    assert ecosystem.value(f"SELECT {field} FROM entities WHERE fid = ?", (fid,)) == good


@pytest.mark.parametrize(("field", "good", "bad", "rule"), ENTITY_VALUE_CASES)
def test_qgis_change_to_bad_value_is_refused_and_earlier_good_change_kept(ecosystem, field, good, bad, rule):
    refuse_a_bad_entity_change(ecosystem, field, good, bad, rule)


def test_qgis_insert_reusing_an_entity_uuid_is_refused_by_bc_uuid_unique(ecosystem):
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    fresh = "0b5a2f1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
    assert layer.addFeature(ecosystem.new_feature(layer, (148_000, 169_000), uuid=fresh, name="New", entity_type="hub"))
    _commit_keeping_session(layer)
    committed = ecosystem.snapshot()

    twin = ecosystem.new_feature(layer, (148_100, 169_100), uuid=ecosystem.uuids["hub"], name="Twin", entity_type="hub")
    assert layer.addFeature(twin)
    _commit_fails_naming(layer, "bc_uuid_unique")

    assert ecosystem.snapshot() == committed
    assert ecosystem.value("SELECT name FROM entities WHERE uuid = ?", (fresh,)) == "New"


@pytest.mark.parametrize("new_uuid", ["0b5a2f1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b", None, ""], ids=["other", "null", "empty"])
def test_qgis_change_of_an_entity_uuid_is_refused_by_bc_uuid_immutable(ecosystem, new_uuid):
    layer = ecosystem.layer("entities")
    fid = ecosystem.fid("entities", "uuid", ecosystem.uuids["hub"])
    assert layer.startEditing()
    ecosystem.set_value(layer, fid, "description", "Edited first")
    _commit_keeping_session(layer)
    committed = ecosystem.snapshot()

    ecosystem.set_value(layer, fid, "uuid", new_uuid)
    _commit_fails_naming(layer, "bc_uuid_immutable")

    assert ecosystem.snapshot() == committed
    assert ecosystem.value("SELECT uuid FROM entities WHERE fid = ?", (fid,)) == ecosystem.uuids["hub"]


def test_qgis_commit_with_one_bad_row_applies_none_of_its_batch_and_keeps_the_batch_in_the_edit_buffer(ecosystem):
    """What QGIS does with a mixed batch: the OGR provider writes one commit in one transaction, all or nothing."""
    layer = ecosystem.layer("entities")
    before = ecosystem.snapshot()
    assert layer.startEditing()
    for name, entity_type in (("Good one", "hub"), ("Bad", "spaceship"), ("Good two", "fablab")):
        assert layer.addFeature(ecosystem.new_feature(layer, (148_000, 169_000), name=name, entity_type=entity_type))

    assert not layer.commitChanges()
    assert "bc_entity_type_known" in "\n".join(layer.commitErrors())
    assert ecosystem.snapshot() == before
    assert layer.isEditable()
    assert sorted(f["name"] for f in layer.editBuffer().addedFeatures().values()) == ["Bad", "Good one", "Good two"]
    assert layer.rollBack()
    assert ecosystem.snapshot() == before


# ---- link tables and relationships through QGIS ------------------------------------------------------------------
def _sector(entity: str, code: str, is_primary: int) -> dict:
    """A row of entity_sectors."""
    return {"entity_uuid": entity, "code": code, "is_primary": is_primary}


def _link(entity: str, code: str) -> dict:
    """A row of entity_services or entity_audiences."""
    return {"entity_uuid": entity, "code": code}


def _relation(from_uuid: str, to_uuid: str, relation_type: str, **period) -> dict:
    """A row of relationships (`period`: since and until)."""
    return {"from_uuid": from_uuid, "to_uuid": to_uuid, "relation_type": relation_type, **period}


SUPPORTED = _relation("studio", "hub", "supported_by")  # the good relationship most relationship cases commit first

# table, good row (committed first), bad row, rule (or table.field); "hub", "lab", "studio" stand for their uuids.
ROW_CASES = [
    pytest.param("entity_sectors", _sector("studio", "fashion", 1), _sector("studio", "cinema", 0), "bc_sector_known",
                 id="unknown-sector"),
    pytest.param("entity_services", _link("studio", "coaching"), _link("studio", "catering"), "bc_service_known",
                 id="unknown-service"),
    pytest.param("entity_audiences", _link("studio", "youth"), _link("studio", "pets"), "bc_audience_known",
                 id="unknown-audience"),
    pytest.param("entity_sectors", _sector("studio", "fashion", 0), _sector(MISSING_UUID, "fashion", 0),
                 "bc_link_entity_exists", id="sector-of-missing-entity"),
    pytest.param("entity_services", _link("studio", "coaching"), _link(MISSING_UUID, "coaching"),
                 "bc_link_entity_exists", id="service-of-missing-entity"),
    pytest.param("entity_audiences", _link("studio", "youth"), _link(MISSING_UUID, "youth"),
                 "bc_link_entity_exists", id="audience-of-missing-entity"),
    pytest.param("entity_sectors", _sector("hub", "fashion", 0), _sector("hub", "crafts", 1), "bc_one_primary_sector",
                 id="second-primary-sector"),
    pytest.param("entity_services", _link("hub", "coaching"), _link("hub", "training"),
                 "entity_services.entity_uuid, entity_services.code", id="duplicate-service"),
    pytest.param("relationships", SUPPORTED, _relation("studio", "hub", "likes"), "bc_relation_type_known",
                 id="unknown-relation-type"),
    pytest.param("relationships", SUPPORTED, _relation(MISSING_UUID, "hub", "member_of"),
                 "bc_relationship_from_exists", id="dangling-from"),
    pytest.param("relationships", SUPPORTED, _relation("studio", MISSING_UUID, "member_of"),
                 "bc_relationship_to_exists", id="dangling-to"),
    pytest.param("relationships", SUPPORTED, _relation("studio", "studio", "member_of"), "bc_no_self_relation",
                 id="self-relation"),
    pytest.param("relationships", SUPPORTED, _relation("lab", "hub", "member_of"), "bc_relationship_unique",
                 id="duplicate-relationship"),
    pytest.param("relationships", _relation("studio", "hub", "supported_by", since=QDate(2020, 1, 1)),
                 _relation("hub", "studio", "invested_in_by", since=QDate(2021, 5, 1), until=QDate(2020, 1, 1)),
                 "bc_relationship_period", id="ends-before-it-starts"),
]

def _resolve(ecosystem, values: dict) -> dict:
    """Replace the names "hub", "lab", "studio" by the seeded entities' uuids."""
    return {
        key: ecosystem.uuids.get(value, value) if isinstance(value, str) else value for key, value in values.items()
    }


@pytest.mark.parametrize(("table", "good", "bad", "rule"), ROW_CASES)
def test_qgis_insert_of_bad_link_or_relationship_is_refused_and_earlier_good_row_kept(
    ecosystem, table, good, bad, rule
):
    layer = ecosystem.layer(table)
    assert layer.startEditing()
    assert layer.addFeature(ecosystem.new_feature(layer, **_resolve(ecosystem, good)))
    _commit_keeping_session(layer)
    committed = ecosystem.snapshot()
    in_qgis = ecosystem.qgis_rows(table)

    assert layer.addFeature(ecosystem.new_feature(layer, **_resolve(ecosystem, bad)))
    _commit_fails_naming(layer, rule)

    assert ecosystem.snapshot() == committed
    assert ecosystem.qgis_rows(table) == in_qgis
    good_row = {key: value for key, value in _resolve(ecosystem, good).items() if isinstance(value, str)}
    where = " AND ".join(f"{column} = ?" for column in good_row)
    assert ecosystem.value(f"SELECT count(*) FROM {table} WHERE {where}", list(good_row.values())) == 1


# relationship "lab member_of hub" changed: field, bad value, rule
RELATIONSHIP_CHANGE_CASES = [
    pytest.param("relation_type", "likes", "bc_relation_type_known", id="unknown-relation-type"),
    pytest.param("to_uuid", MISSING_UUID, "bc_relationship_to_exists", id="dangling-to"),
    pytest.param("from_uuid", MISSING_UUID, "bc_relationship_from_exists", id="dangling-from"),
    pytest.param("to_uuid", "lab", "bc_no_self_relation", id="self-relation"),
    pytest.param("uuid", MISSING_UUID, "bc_uuid_immutable", id="uuid-change"),
]


def refuse_a_relationship_change(ecosystem, field: str, bad: str, rule: str) -> None:
    """Through QGIS, a good change of a relationship (its note) committed, then `field` set to `bad` in the same
    session: the commit fails naming `rule`, and the tables and the good change stay."""
    layer = ecosystem.layer("relationships")
    fid = ecosystem.fid("relationships", "uuid", ecosystem.uuids["lab_member_of_hub"])
    assert layer.startEditing()
    ecosystem.set_value(layer, fid, "note", "Member since the opening")
    _commit_keeping_session(layer)
    committed = ecosystem.snapshot()

    ecosystem.set_value(layer, fid, field, ecosystem.uuids.get(bad, bad))
    _commit_fails_naming(layer, rule)

    assert ecosystem.snapshot() == committed
    assert ecosystem.value("SELECT note FROM relationships WHERE fid = ?", (fid,)) == "Member since the opening"


@pytest.mark.parametrize(("field", "bad", "rule"), RELATIONSHIP_CHANGE_CASES)
def test_qgis_change_of_relationship_to_bad_value_is_refused_and_earlier_good_change_kept(ecosystem, field, bad, rule):
    refuse_a_relationship_change(ecosystem, field, bad, rule)


def test_qgis_setting_a_second_primary_sector_on_an_existing_row_is_refused(ecosystem):
    layer = ecosystem.layer("entity_sectors")
    hub = ecosystem.uuids["hub"]
    design = ecosystem.value("SELECT fid FROM entity_sectors WHERE entity_uuid = ? AND code = 'design'", (hub,))
    committed = ecosystem.snapshot()
    assert layer.startEditing()
    ecosystem.set_value(layer, design, "is_primary", 1)
    _commit_fails_naming(layer, "bc_one_primary_sector")
    assert ecosystem.snapshot() == committed


# ---- vocabularies through QGIS -----------------------------------------------------------------------------------
# lookup table and a code the seeded entities use
CODES_IN_USE = [
    pytest.param("entity_types", "hub", id="entity-type"),
    pytest.param("size_classes", "small", id="size-class"),
    pytest.param("municipalities", "21004", id="municipality"),
    pytest.param("sectors", "music", id="sector"),
    pytest.param("services", "training", id="service"),
    pytest.param("audiences", "artists", id="audience"),
    pytest.param("relation_types", "member_of", id="relation-type"),
]


@pytest.mark.parametrize(("lookup", "code"), CODES_IN_USE)
def test_qgis_delete_of_a_code_in_use_is_refused_and_earlier_label_rename_kept(ecosystem, lookup, code):
    layer = ecosystem.layer(lookup)
    fid = ecosystem.fid(lookup, "code", code)
    assert layer.startEditing()
    ecosystem.set_value(layer, fid, "label_en", "Renamed label")
    _commit_keeping_session(layer)
    committed = ecosystem.snapshot()

    assert layer.deleteFeature(fid)
    _commit_fails_naming(layer, "bc_code_in_use")

    assert ecosystem.snapshot() == committed
    assert ecosystem.rows(f"SELECT code, label_en FROM {lookup} WHERE fid = ?", (fid,)) == [(code, "Renamed label")]


def delete_code(ecosystem, layer, fid: int) -> None:
    """Delete the vocabulary row in the layer's edit buffer."""
    assert layer.deleteFeature(fid)


def rename_code(ecosystem, layer, fid: int) -> None:
    """Rename the vocabulary row's code in the layer's edit buffer."""
    ecosystem.set_value(layer, fid, "code", "renamed")


def refuse_edits_of_a_code_in_use(ecosystem, lookup: str, code: str, *edits) -> None:
    """Through QGIS, each edit (delete_code, rename_code) of the `lookup` row holding `code`, in an editing session of
    its own: the commit fails naming bc_code_in_use, and the tables stay as they were."""
    layer = ecosystem.layer(lookup)
    fid = ecosystem.fid(lookup, "code", code)
    committed = ecosystem.snapshot()
    for edit in edits:
        assert layer.startEditing()
        edit(ecosystem, layer, fid)
        _commit_fails_naming(layer, "bc_code_in_use")
    assert ecosystem.snapshot() == committed


@pytest.mark.parametrize(("lookup", "code"), CODES_IN_USE)
def test_qgis_rename_of_a_code_in_use_is_refused(ecosystem, lookup, code):
    refuse_edits_of_a_code_in_use(ecosystem, lookup, code, rename_code)


def test_qgis_label_rename_keeps_stored_codes_and_unused_code_can_be_deleted_or_renamed(ecosystem):
    sectors = ecosystem.layer("sectors")
    music = ecosystem.fid("sectors", "code", "music")
    crafts = ecosystem.fid("sectors", "code", "crafts")
    fashion = ecosystem.fid("sectors", "code", "fashion")
    links_before = ecosystem.rows("SELECT * FROM entity_sectors ORDER BY fid")
    assert ecosystem.value("SELECT count(*) FROM entity_sectors WHERE code IN ('crafts', 'fashion')") == 0

    assert sectors.startEditing()
    ecosystem.set_value(sectors, music, "label_fr", "Musique et son")
    assert sectors.deleteFeature(crafts)
    ecosystem.set_value(sectors, fashion, "code", "fashion_design")
    assert sectors.commitChanges(), sectors.commitErrors()

    assert ecosystem.rows("SELECT code, label_fr FROM sectors WHERE fid = ?", (music,)) == [("music", "Musique et son")]
    assert ecosystem.rows("SELECT code FROM sectors WHERE code = 'crafts'") == []
    assert ecosystem.rows("SELECT code FROM sectors WHERE fid = ?", (fashion,)) == [("fashion_design",)]
    assert ecosystem.rows("SELECT * FROM entity_sectors ORDER BY fid") == links_before


def test_qgis_can_extend_a_vocabulary_and_use_the_new_code(ecosystem):
    sectors = ecosystem.layer("sectors")
    assert sectors.startEditing()
    new = ecosystem.new_feature(
        sectors, code="food_design", label_en="Food design", label_fr="Design culinaire", label_nl="Fooddesign"
    )
    assert sectors.addFeature(new)
    assert sectors.commitChanges(), sectors.commitErrors()

    links = ecosystem.layer("entity_sectors")
    assert links.startEditing()
    row = ecosystem.new_feature(links, entity_uuid=ecosystem.uuids["studio"], code="food_design", is_primary=1)
    assert links.addFeature(row)
    assert links.commitChanges(), links.commitErrors()
    assert ecosystem.rows("SELECT code FROM entity_sectors WHERE entity_uuid = ?", (ecosystem.uuids["studio"],)) == [
        ("food_design",)
    ]


# ---- history through QGIS ----------------------------------------------------------------------------------------
def test_qgis_cannot_change_or_delete_history_rows(ecosystem):
    layer = ecosystem.layer("history")
    first = ecosystem.value("SELECT min(fid) FROM history")
    committed = ecosystem.snapshot()
    assert committed["history"], "the seeded file should have history"

    assert layer.startEditing()
    ecosystem.set_value(layer, first, "action", "delete")
    _commit_fails_naming(layer, "bc_history_append_only")
    assert layer.startEditing()
    assert layer.deleteFeature(first)
    _commit_fails_naming(layer, "bc_history_append_only")

    assert ecosystem.snapshot() == committed


# ---- any client: plain sqlite3 -----------------------------------------------------------------------------------
# SQL with :hub, :lab, :studio, :year placeholders, and the rule its error message names.
SQLITE_CASES = [
    pytest.param(
        "INSERT INTO entities (name, entity_type) VALUES ('Raw', 'spaceship')", "bc_entity_type_known", id="type"
    ),
    pytest.param("UPDATE entities SET municipality = '12345' WHERE uuid = :lab", "bc_municipality_known", id="nis"),
    pytest.param("UPDATE entities SET postcode = '999' WHERE uuid = :lab", "bc_postcode_shape", id="postcode"),
    pytest.param("UPDATE entities SET email = 'x@y' WHERE uuid = :lab", "bc_email_shape", id="email"),
    pytest.param("UPDATE entities SET website = 'lab.be' WHERE uuid = :lab", "bc_website_shape", id="website"),
    pytest.param("UPDATE entities SET founded_year = :year + 2 WHERE uuid = :lab", "bc_founded_year_range", id="year"),
    pytest.param("UPDATE entities SET status = 'gone' WHERE uuid = :lab", "bc_status_value", id="status"),
    pytest.param("UPDATE entities SET name = '' WHERE uuid = :lab", "bc_name_required", id="name"),
    pytest.param("UPDATE entities SET uuid = 'x' WHERE uuid = :lab", "bc_uuid_immutable", id="uuid-change"),
    pytest.param(
        "INSERT INTO entities (uuid, name, entity_type) VALUES (:hub, 'Twin', 'hub')", "bc_uuid_unique", id="uuid-twin"
    ),
    pytest.param(
        "INSERT INTO entity_audiences (entity_uuid, code) VALUES (:lab, 'aliens')", "bc_audience_known", id="audience"
    ),
    pytest.param(
        "INSERT INTO entity_services (entity_uuid, code) VALUES ('nobody', 'training')",
        "bc_link_entity_exists",
        id="link-dangling",
    ),
    pytest.param(
        "UPDATE entity_sectors SET is_primary = 1 WHERE entity_uuid = :hub AND code = 'design'",
        "bc_one_primary_sector",
        id="two-primary",
    ),
    pytest.param(
        "INSERT INTO relationships (from_uuid, to_uuid, relation_type) VALUES (:hub, :hub, 'member_of')",
        "bc_no_self_relation",
        id="self-relation",
    ),
    pytest.param(
        "INSERT INTO relationships (from_uuid, to_uuid, relation_type) VALUES (:hub, 'nobody', 'member_of')",
        "bc_relationship_to_exists",
        id="dangling-to",
    ),
    pytest.param(
        "INSERT INTO relationships (from_uuid, to_uuid, relation_type) VALUES (:hub, :lab, 'enemy_of')",
        "bc_relation_type_known",
        id="relation-type",
    ),
    pytest.param("DELETE FROM sectors WHERE code = 'music'", "bc_code_in_use", id="delete-code"),
    pytest.param("UPDATE entity_types SET code = 'lab' WHERE code = 'fablab'", "bc_code_in_use", id="rename-code"),
    pytest.param("UPDATE history SET action = 'insert'", "bc_history_append_only", id="history-update"),
    pytest.param("DELETE FROM history", "bc_history_append_only", id="history-delete"),
]


@pytest.mark.parametrize(("sql", "rule"), SQLITE_CASES)
def test_plain_sqlite3_client_is_held_to_the_same_rules(ecosystem, sql, rule):
    committed = ecosystem.snapshot()
    connection = sqlite3.connect(ecosystem.path)
    if re.search(r"\b(entities|entity_sectors|entity_services|entity_audiences)\b", sql):
        # Writing to entities (or to a link table, whose triggers update entities' mirrored lists) runs GDAL's R-tree
        # triggers, which call ST_ functions a GeoPackage client provides (the plugin's helper does). Other tables
        # take a bare sqlite3 connection.
        gpkg.register_functions(connection)
    params = {**{k: ecosystem.uuids[k] for k in ("hub", "lab", "studio")}, "year": NEXT_YEAR - 1}
    try:
        with pytest.raises(sqlite3.IntegrityError, match=rule):
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()
    assert ecosystem.snapshot() == committed


# ---- the file as a GeoPackage ------------------------------------------------------------------------------------
SPATIAL_LAYERS = {
    "entities": QgsWkbTypes.Point,
    "municipalities": QgsWkbTypes.MultiPolygon,
    "relationship_lines": QgsWkbTypes.LineString,
}


def test_created_file_passes_gdal_geopackage_validator(ecosystem):
    assert validate_gpkg.check(str(ecosystem.path), abort_at_first_error=False, warning_msg=False) == []


def test_file_edited_through_qgis_still_passes_gdal_geopackage_validator(ecosystem):
    entities = ecosystem.layer("entities")
    assert entities.startEditing()
    assert entities.addFeature(ecosystem.new_feature(entities, (148_000, 169_000), name="New", entity_type="hub"))
    lab = ecosystem.fid("entities", "uuid", ecosystem.uuids["lab"])
    ecosystem.set_value(entities, lab, "postcode", "1050")
    ecosystem.set_value(entities, lab, "email", "lab@ixelles.be")
    assert entities.changeGeometry(lab, QgsGeometry.fromPointXY(QgsPointXY(150_700, 168_400)))
    assert entities.deleteFeature(ecosystem.fid("entities", "uuid", ecosystem.uuids["studio"]))
    assert entities.commitChanges(), entities.commitErrors()
    relationships = ecosystem.layer("relationships")
    assert relationships.startEditing()
    new = ecosystem.new_feature(
        relationships, from_uuid=ecosystem.uuids["hub"], to_uuid=ecosystem.uuids["lab"], relation_type="supported_by"
    )
    assert relationships.addFeature(new)
    assert relationships.commitChanges(), relationships.commitErrors()

    assert validate_gpkg.check(str(ecosystem.path), abort_at_first_error=False, warning_msg=False) == []


def test_every_table_is_registered_and_opens_as_a_valid_qgis_layer(ecosystem, qgis_new_project):
    registered = {row[0]: row[1] for row in ecosystem.rows("SELECT table_name, data_type FROM gpkg_contents")}
    assert set(registered) == set(schema.TABLE_DESCRIPTIONS)
    for table, data_type in registered.items():
        layer = ecosystem.layer(table)
        assert QgsProject.instance().addMapLayer(layer) is not None
        assert layer.isValid(), table
        if table in SPATIAL_LAYERS:
            assert data_type == "features"
            assert layer.crs().authid() == "EPSG:31370", table
            assert QgsWkbTypes.flatType(layer.wkbType()) == SPATIAL_LAYERS[table], table
        else:
            assert data_type == "attributes"
            assert not layer.isSpatial(), table
    assert len(QgsProject.instance().mapLayers()) == len(registered)


def test_lookup_layers_hold_the_seeded_vocabularies(ecosystem):
    for table, terms in taxonomy.VOCABULARIES.items():
        layer = ecosystem.layer(table)
        assert sorted(f["code"] for f in layer.getFeatures()) == sorted(t.code for t in terms), table
    municipalities = ecosystem.layer("municipalities")
    assert sorted(f["code"] for f in municipalities.getFeatures()) == sorted(m.nis for m in taxonomy.MUNICIPALITIES)
    assert all(not f.geometry().isEmpty() for f in municipalities.getFeatures())
