"""entities' sector/service/audience list columns and the link tables stay equal, whichever side is written."""

from __future__ import annotations

import pytest
from helpers import commit_between_reads
from qgis.core import QgsVectorLayer

from brussels_creative.core.store import gpkg, schema
from brussels_creative.core.store.ecosystem import EcosystemStore


@pytest.fixture
def store(tmp_path):
    """A new GeoPackage (the tests of what only a file does)."""
    with EcosystemStore.create(tmp_path / "eco.gpkg") as opened:
        yield opened


def _links(store, table="entity_sectors"):
    columns = "code, is_primary" if table == "entity_sectors" else "code"
    return sorted(store.connection.execute(f"SELECT {columns} FROM {table}").fetchall())


def _mirror(store):
    return store.connection.execute(
        "SELECT sector_codes, primary_sector, service_codes, audience_codes FROM entities"
    ).fetchone()


def test_inserting_an_entity_with_lists_writes_its_link_rows(empty_store):
    store = empty_store
    with store.transaction():
        store.connection.execute(
            "INSERT INTO entities (geom, name, entity_type, sector_codes, primary_sector, service_codes, "
            "audience_codes) VALUES (?, 'Atelier', 'fablab', '{design,crafts}', 'crafts', '{\"workspace\"}', "
            "'{makers,students}')",
            (store.point(149_000, 170_000),),
        )
    assert _links(store) == [("crafts", 1), ("design", 0)]
    assert _links(store, "entity_services") == [("workspace",)]
    assert _links(store, "entity_audiences") == [("makers",), ("students",)]
    assert _mirror(store) == ("{crafts,design}", "crafts", "{workspace}", "{makers,students}")


def test_editing_the_lists_adds_removes_and_moves_the_primary(empty_store):
    store = empty_store
    with store.transaction():
        uuid = store.add_entity(149_000, 170_000, name="Studio", entity_type="company")
        store.set_links("entity_sectors", uuid, ["design", "fashion"], primary="design")
    with store.transaction():
        store.connection.execute("UPDATE entities SET sector_codes = '{fashion,music}', primary_sector = 'music'")
    assert _links(store) == [("fashion", 0), ("music", 1)]
    assert _mirror(store)[:2] == ("{fashion,music}", "music")
    with store.transaction():
        store.connection.execute("UPDATE entities SET sector_codes = NULL, primary_sector = NULL")
    assert _links(store) == []


def test_a_primary_sector_missing_from_the_list_is_added_to_it(empty_store):
    store = empty_store
    with store.transaction():
        store.add_entity(149_000, 170_000, name="Label", entity_type="company", sector_codes="{design}",
                         primary_sector="music")
    assert _links(store) == [("design", 0), ("music", 1)]
    assert _mirror(store)[:2] == ("{design,music}", "music")


def test_writing_the_link_tables_rewrites_the_lists(empty_store):
    store = empty_store
    with store.transaction():
        uuid = store.add_entity(149_000, 170_000, name="Hub", entity_type="hub")
        store.set_links("entity_sectors", uuid, ["music", "audiovisual"], primary="audiovisual")
        store.set_links("entity_services", uuid, ["coaching"])
    assert _mirror(store)[:3] == ("{audiovisual,music}", "audiovisual", "{coaching}")
    with store.transaction():
        store.connection.execute("DELETE FROM entity_sectors WHERE code = 'audiovisual'")
    assert _mirror(store)[:2] == ("{music}", None)


def test_an_unknown_code_in_a_list_is_refused_and_nothing_is_written(empty_store):
    store = empty_store
    with pytest.raises(Exception, match="bc_sector_known"), store.transaction():
        store.add_entity(149_000, 170_000, name="Odd", entity_type="hub", sector_codes="{design,nonsense}")
    assert store.count("entities") == 0
    assert _links(store) == []


def test_a_qgis_edit_of_the_list_field_updates_the_link_table(store):
    with store.transaction():
        store.add_entity(149_000, 170_000, name="Collectif", entity_type="collective", sector_codes="{crafts}")
    layer = QgsVectorLayer(f"{store.path}|layername=entities", "entities", "ogr")
    assert layer.isValid()
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("sector_codes"), "{crafts,design}")
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("primary_sector"), "design")
    assert layer.commitChanges(), layer.commitErrors()
    assert _links(store) == [("crafts", 0), ("design", 1)]
    history = store.connection.execute(
        "SELECT action FROM history WHERE table_name = 'entity_sectors' ORDER BY fid"
    ).fetchall()
    assert ("insert",) in history and ("update",) in history
    del layer


def test_an_undirected_relationship_cannot_be_stored_twice_the_other_way_round(empty_store):
    store = empty_store
    with store.transaction():
        a = store.add_entity(149_000, 170_000, name="A", entity_type="company")
        b = store.add_entity(149_500, 170_500, name="B", entity_type="company")
        store.add_relationship(a, b, "collaborates_with")
        store.add_relationship(a, b, "member_of")
        store.add_relationship(b, a, "member_of")  # directed: the other way round is another relation
    with pytest.raises(Exception, match="bc_relationship_unique"), store.transaction():
        store.add_relationship(b, a, "collaborates_with")
    with pytest.raises(Exception, match="bc_relationship_unique"), store.transaction():
        store.add_relationship(a, b, "member_of")
    assert store.count("relationships") == 3


def test_the_fast_reader_decodes_every_point_layout_and_keeps_fid_order(store):
    import struct

    from brussels_creative.core.store.selection import EntityFilter, read_entity_points

    with store.transaction():
        first = store.add_entity(149_000.5, 170_000.25, name="Plain", entity_type="hub", founded_year=2001)
        store.add_entity(149_100, 170_100, name="No point", entity_type="hub")
        store.connection.execute("UPDATE entities SET geom = NULL WHERE name = 'No point'")
        # the same point written with an xy envelope, as some clients do
        enveloped = gpkg.wkb_blob(struct.pack("<BIdd", 1, 1, 150_000.0, 171_000.0), (150_000.0, 150_000.0,
                                                                                    171_000.0, 171_000.0))
        store.connection.execute(
            "INSERT INTO entities (geom, name, entity_type, primary_sector) VALUES (?, 'Envelope', 'fablab', 'design')",
            (enveloped,),
        )
    points = read_entity_points(store.path, columns=("name", "founded_year", "primary_sector"))
    assert points.x.tolist() == [149_000.5, 150_000.0]
    assert points.y.tolist() == [170_000.25, 171_000.0]
    assert points.uuids[0] == first
    assert points.columns == {"name": ["Plain", "Envelope"], "founded_year": [2001, None],
                              "primary_sector": [None, "design"]}
    assert points.skipped == 1
    assert read_entity_points(store.path, EntityFilter(entity_types=("fablab",))).x.tolist() == [150_000.0]
    assert read_entity_points(store.path, EntityFilter(sectors=("music",))).x.size == 0


def test_files_whose_path_holds_uri_characters_open_read_only(tmp_path):
    from brussels_creative.core.store.checks import check_file
    from brussels_creative.core.store.ecosystem import read_schema_version
    from brussels_creative.core.store.selection import read_entity_points

    folder = tmp_path / "50% off #1 ?"
    path = folder / "éco système.gpkg"
    with EcosystemStore.create(path) as created, created.transaction():
        created.add_entity(149_000, 170_000, name="A", entity_type="hub")
    assert read_schema_version(path) == schema.SCHEMA_VERSION
    assert read_entity_points(path).x.tolist() == [149_000.0]
    assert [f.check for f in check_file(path)] == ["no_sector"]


def test_coded_columns_read_beside_the_points_match_them_even_when_the_file_changes_between(store, monkeypatch):
    """The coded columns are read on a second connection at the same time as the points; an entity added between
    the two reads must not shift the columns against the points: both are read again on one connection."""
    from brussels_creative.core.store import selection

    with store.transaction():
        for i, kind in enumerate(("hub", "fablab", "coworking")):
            store.add_entity(149_000 + i, 170_000, name=f"E{i}", entity_type=kind, primary_sector="design")
    coded = {"entity_type": "entity_types", "primary_sector": "sectors"}
    before = selection.read_entity_points(store.path, coded=coded)
    types = before.vocabularies["entity_type"]
    assert [types[p] for p in before.coded["entity_type"]] == ["hub", "fablab", "coworking"]

    def add_an_entity():
        with EcosystemStore.open(store.path) as other, other.transaction():
            other.add_entity(148_000, 169_000, name="Late", entity_type="makerspace", primary_sector="music")

    queries = commit_between_reads(monkeypatch, add_an_entity)
    after = selection.read_entity_points(store.path, coded=coded, with_uuids=False)  # no text column
    assert queries == ["points", "points", "columns"]  # the mismatch was seen: both read again, in one transaction
    assert after.x.tolist() == [149_000.0, 149_001.0, 149_002.0, 148_000.0]
    assert [types[p] for p in after.coded["entity_type"]] == ["hub", "fablab", "coworking", "makerspace"]
    sectors = after.vocabularies["primary_sector"]
    assert [sectors[p] for p in after.coded["primary_sector"]] == ["design"] * 3 + ["music"]


def test_points_and_columns_read_apart_stay_aligned_under_an_indexed_filter(store, monkeypatch):
    """The type filter could be answered from the entity_type index (rows in type order); the points and the
    columns are read by two queries, so both must scan in fid order for each point to keep its own values."""
    from brussels_creative.core.store import selection

    kinds = ["hub", "fablab", "coworking", "fablab", "hub", "makerspace", "fablab"]
    with store.transaction():
        for i, kind in enumerate(kinds):
            store.add_entity(149_000 + i, 170_000 + 10 * i, name=f"E{i}", entity_type=kind)
    wanted = selection.EntityFilter(entity_types=("hub", "fablab"))
    coded = {"entity_type": "entity_types"}
    for cores in (1, 2):  # sequential, and the parallel read of coded columns
        monkeypatch.setattr(selection.os, "cpu_count", lambda cores=cores: cores)
        both = selection.read_entity_points(store.path, wanted, coded=coded, with_uuids=False)
        types = both.vocabularies["entity_type"]
        assert both.x.tolist() == [149_000.0 + i for i, k in enumerate(kinds) if k in ("hub", "fablab")]
        assert [types[p] for p in both.coded["entity_type"]] == [k for k in kinds if k in ("hub", "fablab")]
        named = selection.read_entity_points(store.path, wanted, columns=("name",))
        assert named.columns["name"] == [f"E{i}" for i, k in enumerate(kinds) if k in ("hub", "fablab")]
        assert named.y.tolist() == [170_000.0 + 10 * i for i, k in enumerate(kinds) if k in ("hub", "fablab")]
