"""Writes that would slip past the history or the cascade are refused; exports never touch a user's other files,
filter the same way in every format, and keep curators' own styles and projects at home."""

from __future__ import annotations

import io
import sqlite3
import struct
import zipfile

import fiona
import pytest

from brussels_creative.core.errors import ValidationError
from brussels_creative.core.publish.export import export_ecosystem
from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store import gpkg
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.selection import EntityFilter


@pytest.fixture
def store(tmp_path):
    with EcosystemStore.create(tmp_path / "eco.gpkg") as opened:
        with opened.transaction():
            a = opened.add_entity(149_000, 170_000, name="A", entity_type="hub", sector_codes="{design}")
            b = opened.add_entity(149_500, 170_500, name="B", entity_type="company")
            opened.add_relationship(b, a, "member_of")
        yield opened


def test_insert_or_replace_of_an_existing_entity_is_refused(store):
    history = store.count("history")
    with pytest.raises(sqlite3.IntegrityError, match="bc_no_replace"):
        store.connection.execute(
            "INSERT OR REPLACE INTO entities (fid, geom, uuid, name, entity_type) VALUES (1, ?, 'other', 'X', 'hub')",
            (gpkg.point_blob(149_000, 170_000),),
        )
    assert store.connection.execute("SELECT name FROM entities WHERE fid = 1").fetchone() == ("A",)
    assert store.count("relationships") == 1 and store.count("history") == history


def test_created_at_cannot_be_emptied_so_history_keeps_following_the_row(store):
    with pytest.raises(sqlite3.IntegrityError, match="bc_created_at_kept"):
        store.connection.execute("UPDATE entities SET created_at = NULL WHERE fid = 1")
    before = store.count("history")
    with store.transaction():
        store.connection.execute("UPDATE entities SET name = 'A2' WHERE fid = 1")
    assert store.count("history") == before + 1


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    with EcosystemStore.create(path) as created:
        generate_sample(created, n=300, seed=5)
    return path


def test_a_folder_with_other_files_is_never_replaced_by_a_shapefile_export(sample, tmp_path):
    folder = tmp_path / "thesis"
    folder.mkdir()
    (folder / "fields.csv").write_text("not ours")
    (folder / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(ValidationError, match="other files"):
        export_ecosystem(sample, folder, "shp_folder", "partner")
    assert (folder / "thesis.docx").read_bytes() == b"years of work"
    export_ecosystem(sample, tmp_path / "shapes", "shp_folder", "partner")
    again = export_ecosystem(sample, tmp_path / "shapes", "shp_folder", "partner")  # a previous export is replaced
    assert again.counts["entities"] > 0


def test_a_sector_filter_selects_the_same_entities_in_every_format(sample, tmp_path):
    only_design = EntityFilter(sectors=("design",))
    with sqlite3.connect(sample) as connection:
        expected = {row[0] for row in connection.execute(
            "SELECT DISTINCT entity_uuid FROM entity_sectors WHERE code = 'design'")}
    assert expected
    export_ecosystem(sample, tmp_path / "design.gpkg", "gpkg", "internal", entity_filter=only_design)
    export_ecosystem(sample, tmp_path / "design.geojson", "geojson", "internal", entity_filter=only_design)
    with fiona.open(tmp_path / "design.gpkg", layer="entities") as layer:
        in_gpkg = {feature["properties"]["uuid"] for feature in layer}
    with fiona.open(tmp_path / "design.geojson") as layer:
        in_geojson = {feature["properties"]["uuid"] for feature in layer}
    assert in_gpkg == in_geojson == expected


def test_partner_geopackages_carry_only_the_default_styles_without_owner_or_projects(sample, tmp_path):
    with sqlite3.connect(sample) as connection:
        connection.execute(
            "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT, "
            "f_table_schema TEXT, f_table_name TEXT, f_geometry_column TEXT, styleName TEXT, styleQML TEXT, "
            "styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT, ui TEXT, update_time DATETIME)"
        )
        connection.executemany(
            "INSERT INTO layer_styles (f_table_name, styleName, styleQML, useAsDefault, owner) VALUES (?, ?, ?, ?, ?)",
            [("entities", "entities", "<qgis/>", 1, "curator.name"),
             ("entities", "my private view", "<qgis/>", 0, "curator.name"),
             ("notes_of_a_curator", "x", "<qgis/>", 1, "curator.name")],
        )
        connection.execute("CREATE TABLE qgis_projects (name TEXT PRIMARY KEY, metadata BLOB, content BLOB)")
        for name in ("Curator project", "Brussels Creative"):
            project = io.BytesIO()
            with zipfile.ZipFile(project, "w") as archive:
                archive.writestr("p.qgs", f"<qgis projectname='{name}'><author>curator.name</author></qgis>")
            connection.execute("INSERT INTO qgis_projects VALUES (?, '{\"last_modified_user\": \"curator.name\"}', ?)",
                               (name, project.getvalue()))
    export_ecosystem(sample, tmp_path / "partner.gpkg", "gpkg", "partner")
    export_ecosystem(sample, tmp_path / "internal.gpkg", "gpkg", "internal")
    with sqlite3.connect(tmp_path / "partner.gpkg") as connection:
        styles = connection.execute("SELECT f_table_name, styleName, owner FROM layer_styles").fetchall()
        projects = connection.execute("SELECT name, metadata, content FROM qgis_projects").fetchall()
    assert styles == [("entities", "entities", "")]
    assert [(name, metadata) for name, metadata, _ in projects] == [("Brussels Creative", "{}")]
    with zipfile.ZipFile(io.BytesIO(projects[0][2])) as archive:
        assert "curator.name" not in archive.read("p.qgs").decode()
    with sqlite3.connect(tmp_path / "internal.gpkg") as connection:
        assert connection.execute("SELECT count(*) FROM layer_styles").fetchone() == (3,)
        assert len(connection.execute("SELECT name FROM qgis_projects").fetchall()) == 2


def test_the_fast_reader_keeps_values_aligned_whatever_characters_they_hold(store):
    """Columns travel as JSON arrays: every value comes back as stored (NUL, control characters, quotes,
    backslashes, accents, emoji, empty text), NULL as None, and integers as integers, each with its own point."""
    import sqlite3

    from brussels_creative.core.store.selection import read_entity_points

    odd = ["a\x1eb\x1f", "nul\x00inside", 'quote " and \\ backslash', "été à Bruxelles \U0001F3A8", "", None]
    with store.transaction():
        store.connection.execute("UPDATE entities SET description = ?, founded_year = 1999 WHERE fid = 1", (odd[0],))
        for i, text in enumerate(odd[1:]):
            store.add_entity(150_000 + i, 171_000, name=f"N{i}", entity_type="hub", description=text)
    for wanted in (EntityFilter(), EntityFilter(entity_types=("hub",))):  # parallel read, then an indexed filter
        points = read_entity_points(store.path, wanted, columns=("description", "name", "founded_year"))
        with sqlite3.connect(store.path) as connection:
            condition, params = wanted.where("e")
            rows = connection.execute(
                f"SELECT x, description, name, founded_year FROM (SELECT fid, description, name, founded_year, "
                f"entity_type, CAST(substr(geom, 14, 8) AS BLOB) AS x FROM entities) e WHERE {condition} ORDER BY fid",
                params,
            ).fetchall()
        assert points.columns["description"] == [r[1] for r in rows]
        assert points.columns["name"] == [r[2] for r in rows]
        assert points.columns["founded_year"] == [r[3] for r in rows]
        assert points.x.tolist() == [struct.unpack("<d", r[0])[0] for r in rows]
    assert odd[1] in points.columns["description"]  # a NUL character does not cut the value short


