"""publish_web_map: what the folder holds, read back and compared with an independent reading of the source."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import jsonschema
import pytest
from helpers import read_only, sample_ecosystem
from pyproj import Transformer

from brussels_creative.core.errors import ValidationError
from brussels_creative.core.publish import export, webmap
from brussels_creative.core.store import gpkg

DATA_KEYS = {
    "format", "generated", "count", "vocab", "id", "name", "x", "y", "type", "muni", "sectors", "services",
    "audiences", "address", "postcode", "website", "email", "phone", "rel", "title", "contact", "language", "tiles",
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """A sample ecosystem of 500 entities (private, unverified, closed entries and persons among them)."""
    path = tmp_path_factory.mktemp("webmap") / "sample.gpkg"
    sample_ecosystem(path, 500, 11)
    return path


@pytest.fixture(scope="module")
def published(sample, tmp_path_factory) -> tuple[Path, dict, webmap.WebMapResult]:
    """The sample's web map, published once into a folder."""
    folder = tmp_path_factory.mktemp("published") / "map"
    result = webmap.publish_web_map(sample, folder, title="Carte <test>", contact_email="map@example.org")
    return folder, webmap.read_data_js(folder / "data.js"), result


def _public_rows(sample: Path) -> dict[str, sqlite3.Row]:
    with read_only(sample) as connection:
        rows = connection.execute(
            "SELECT * FROM entities WHERE visibility = 'public' AND status = 'active' "
            "AND verification IN ('claimed', 'verified')"
        ).fetchall()
    return {row["uuid"]: row for row in rows}


def test_the_map_holds_exactly_the_public_entries(sample, published):
    _, data, result = published
    assert set(webmap.entry_uuids(data)) == set(_public_rows(sample))
    assert result.counts["entities"] == data["count"] == len(data["id"]) > 50
    for column in DATA_KEYS - {"format", "generated", "count", "vocab", "rel", "title", "contact", "language",
                               "tiles"}:
        assert len(data[column]) == data["count"], column


def test_privacy_no_person_contact_no_private_or_unverified_entry_no_history_no_claimant(sample, published):
    folder, data, _ = published
    text = "\n".join(p.read_text(encoding="utf-8") for p in (folder / "data.js", folder / "municipalities.js"))
    assert set(data) == DATA_KEYS
    with read_only(sample) as connection:
        persons = connection.execute(
            "SELECT email, phone, claimed_by FROM entities WHERE entity_type = 'freelancer' OR size_class = 'solo'"
        ).fetchall()
        hidden = connection.execute(
            "SELECT uuid, name FROM entities WHERE visibility = 'private' OR status <> 'active' "
            "OR verification = 'unverified'"
        ).fetchall()
        curators = {v for (v,) in connection.execute(
            "SELECT verified_by FROM entities UNION SELECT created_by FROM entities "
            "UNION SELECT updated_by FROM entities UNION SELECT changed_by FROM history") if v}
        history = connection.execute("SELECT count(*) FROM history").fetchone()[0]
    assert len(persons) > 20 and len(hidden) > 100 and len(curators) > 3 and history > 500
    for email, phone, claimed_by in persons:
        for value in (email, phone, claimed_by):
            assert not value or value not in text, value
    for entity_uuid, _ in hidden:
        assert entity_uuid not in text and webmap.compact_uuid(entity_uuid) not in text
    for curator in curators:
        assert curator not in text
    for word in ("claimed_by", "verified_by", "history", "created_by", "updated_by", "visibility", "verification"):
        assert word not in text
    public = _public_rows(sample)
    people = {u for u, row in public.items() if _is_person(row)}
    assert people
    for index, entity_uuid in enumerate(webmap.entry_uuids(data)):
        if entity_uuid in people:
            assert data["email"][index] == "" and data["phone"][index] == ""


@pytest.fixture(scope="module")
def public_export(sample, tmp_path_factory) -> dict[str, dict]:
    """The public profile's own GeoJSON export of the sample, by uuid: what the map must show of each entry."""
    path = tmp_path_factory.mktemp("public_export") / "public.geojson"
    export.export_ecosystem(sample, path, "geojson", "public", "en")
    return {f["properties"]["uuid"]: f for f in json.loads(path.read_text(encoding="utf-8"))["features"]}


def _is_person(row) -> bool:
    return row["entity_type"] == "freelancer" or row["size_class"] == "solo"


def test_points_are_the_public_exports_rounded_to_1e5_degree(sample, published, public_export):
    _, data, _ = published
    to_wgs84 = Transformer.from_crs(31370, 4326, always_xy=True)
    public = _public_rows(sample)
    for index, entity_uuid in enumerate(webmap.entry_uuids(data)):
        lon, lat = public_export[entity_uuid]["geometry"]["coordinates"]
        assert (data["x"][index], data["y"][index]) == (round(lon * 1e5), round(lat * 1e5))
        if not _is_person(public[entity_uuid]):  # the profile may generalise persons' points; others are exact
            x, y = gpkg.blob_point_xy(public[entity_uuid]["geom"])
            lon, lat = to_wgs84.transform(x, y)
            assert abs(data["x"][index] / webmap.COORDINATE_SCALE - lon) <= 0.5e-5 + 1e-9
            assert abs(data["y"][index] / webmap.COORDINATE_SCALE - lat) <= 0.5e-5 + 1e-9


def test_fields_are_the_public_exports_and_codes_match_the_source(sample, published, public_export):
    _, data, _ = published
    public = _public_rows(sample)
    vocab = data["vocab"]
    with read_only(sample) as connection:
        for index, entity_uuid in enumerate(webmap.entry_uuids(data)):
            row = public[entity_uuid]
            exported = public_export[entity_uuid]["properties"]
            record = webmap.entry_record(data, index)
            for name in ("uuid", "name", "address", "postcode", "website", "email", "phone"):
                assert record[name] == (exported[name] or None), (entity_uuid, name)
            assert record["municipality"] == exported["municipality_nis"] == row["municipality"]
            assert record["entity_type"] == row["entity_type"]
            if not _is_person(row):
                assert (record["email"], record["phone"]) == (row["email"], row["phone"])
            sectors = [c for (c,) in connection.execute(
                "SELECT k.code FROM entity_sectors k JOIN sectors l ON l.code = k.code WHERE k.entity_uuid = ? "
                "ORDER BY k.is_primary DESC, l.fid", (entity_uuid,))]
            assert [vocab["sector"][p][0] for p in data["sectors"][index]] == sectors
            services = {c for (c,) in connection.execute(
                "SELECT code FROM entity_services WHERE entity_uuid = ?", (entity_uuid,))}
            assert {vocab["service"][p][0] for p in data["services"][index]} == services


def test_entries_are_sorted_by_folded_name(published):
    _, data, _ = published
    keys = [webmap.fold(name) for name in data["name"]]
    assert keys == sorted(keys)
    assert webmap.fold("  Écoute  ÇA Œuvre ") == "ecoute ca œuvre"


def test_relationships_link_two_published_entries_and_have_not_ended(sample, published):
    _, data, result = published
    public = set(_public_rows(sample))
    with read_only(sample) as connection:
        expected = {
            (r["from_uuid"], r["to_uuid"], r["relation_type"])
            for r in connection.execute("SELECT * FROM relationships WHERE until IS NULL OR until >= date('now')")
            if r["from_uuid"] in public and r["to_uuid"] in public
        }
    rel = data["rel"]
    uuids = webmap.entry_uuids(data)
    got = {(uuids[rel[k]], uuids[rel[k + 1]], data["vocab"]["relation"][rel[k + 2]][0])
           for k in range(0, len(rel), 3)}
    assert got == expected and len(expected) > 5
    assert result.counts["relationships"] == len(rel) // 3


def test_vocabularies_in_three_languages(sample, published):
    _, data, _ = published
    with read_only(sample) as connection:
        for key, (table, _) in webmap.VOCABULARIES.items():
            rows = connection.execute(f"SELECT code, label_en, label_fr, label_nl FROM {table} ORDER BY fid")
            assert data["vocab"][key] == [list(r) for r in rows]
    assert data["vocab"]["sector"][0][1:] != [data["vocab"]["sector"][0][1]] * 3
    assert len(data["vocab"]["municipality"]) == 19


def test_folder_holds_the_page_the_libraries_and_their_licences(published):
    folder, _, result = published
    for name in ("index.html", "app.js", "app.css", "data.js", "municipalities.js", "correction.schema.json",
                 "vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "vendor/leaflet/LICENSE"):
        assert (folder / name).is_file(), name
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "<title>Carte &lt;test&gt;</title>" in page and "{{" not in page
    assert "http://" not in page and "https://" not in page  # no CDN: every script and style is local
    areas = json.loads((folder / "municipalities.js").read_text(encoding="utf-8")[len("window.BC_MUNICIPALITIES = "):]
                       .rstrip().rstrip(";"))
    assert len(areas["features"]) == 19 == result.counts["municipalities"]
    assert result.data_bytes == (folder / "data.js").stat().st_size + (folder / "municipalities.js").stat().st_size


def test_zip_holds_the_same_files_as_the_folder(sample, published, tmp_path):
    folder, _, _ = published
    result = webmap.publish_web_map(sample, tmp_path / "map.zip", title="Carte <test>",
                                    contact_email="map@example.org")
    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
        expected = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        assert names == expected
        assert archive.read("vendor/leaflet/leaflet.js") == (folder / "vendor/leaflet/leaflet.js").read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["map.zip"]


def test_compact_uuids_round_trip():
    for value in ("0b7c3a52-1e0f-4a5b-9c1d-2f3e4a5b6c7d", "ffffffff-ffff-ffff-ffff-ffffffffffff"):
        compact = webmap.compact_uuid(value)
        assert len(compact) == 22 and webmap.full_uuid(compact) == value
    for odd in ("0B7C3A52-1E0F-4A5B-9C1D-2F3E4A5B6C7D", "legacy-id-42", "abcdefghijklmnopqrstuv"):
        assert webmap.compact_uuid(odd) == "!" + odd and webmap.full_uuid("!" + odd) == odd


def test_checksum_is_sha256_of_the_canonical_json_array():
    record = {
        "uuid": "0b7c3a52-1e0f-4a5b-9c1d-2f3e4a5b6c7d", "name": "Atelier Éloïse “ß”", "entity_type": "company",
        "municipality": "21013", "address": "Rue de l'Église 1", "postcode": "1060",
        "website": "https://eloise.brussels", "email": None, "phone": "+32 2 555 01 01",
        "sectors": ["music", "design"], "services": [], "audiences": ["youth"], "lon": 434512, "lat": 5082345,
    }
    text = ('["0b7c3a52-1e0f-4a5b-9c1d-2f3e4a5b6c7d","Atelier Éloïse “ß”","company","21013","Rue de l\'Église 1",'
            '"1060","https://eloise.brussels",null,"+32 2 555 01 01",["music","design"],[],["youth"],434512,5082345]')
    assert webmap.canonical_text(record) == text
    assert webmap.entry_checksum(record) == "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_correction_schema_is_a_valid_draft_2020_12_schema():
    schema = json.loads(webmap.CORRECTION_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    good = {
        "format": "brussels-creative-correction", "version": 1, "kind": "new", "entity_uuid": None,
        "entity_name": None, "published_checksum": None, "published_at": "2026-01-01T00:00:00Z", "claim": False,
        "proposed": {"name": "Nouvel Atelier"}, "comment": None,
        "submitter": {"name": "Ann", "email": "ann@example.org"}, "created_at": "2026-01-02T10:00:00.123Z",
        "language": "fr",
    }
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    validator.validate(good)
    for change in ({"entity_uuid": "0b7c3a52-1e0f-4a5b-9c1d-2f3e4a5b6c7d"}, {"proposed": {}},
                   {"submitter": {"name": "Ann", "email": "not an address"}}, {"kind": "correction"},
                   {"extra": 1}):
        assert not validator.is_valid({**good, **change}), change


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"contact_email": "not an address"}, "CONTACT_EMAIL"),
        ({"tile_url": "http://tiles.example/{z}/{x}/{y}.png"}, "TILE_URL"),
        ({"language": "de"}, "LANGUAGE"),
    ],
)
def test_bad_parameters_are_refused_by_name(sample, tmp_path, kwargs, match):
    with pytest.raises(ValidationError, match=match):
        webmap.publish_web_map(sample, tmp_path / "map", **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_with_other_files_is_refused_and_a_previous_map_replaced(sample, published, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(ValidationError, match="OUTPUT"):
        webmap.publish_web_map(sample, other)
    assert [p.name for p in other.iterdir()] == ["notes.txt"]
    target = tmp_path / "map"
    webmap.publish_web_map(sample, target, tile_url="")
    (target / "data.js").write_text("window.BC_DATA = {};")
    webmap.publish_web_map(sample, target, tile_url="")
    data = webmap.read_data_js(target / "data.js")
    assert data["count"] == published[1]["count"] and data["tiles"] is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map", "other"]


def test_cancel_at_the_first_or_the_last_check_leaves_nothing(sample, tmp_path):
    checks = []
    webmap.publish_web_map(sample, tmp_path / "full", is_canceled=lambda: bool(checks.append(1)))
    assert len(checks) > 3

    def cancel_at(stop: int):
        calls = []
        return lambda: bool(calls.append(1)) or len(calls) >= stop

    for stop in (1, len(checks)):
        target = tmp_path / f"cancelled_{stop}"
        with pytest.raises(webmap.WebMapCancelledError):
            webmap.publish_web_map(sample, target, is_canceled=cancel_at(stop))
        assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full"]


def test_data_js_round_trips_quotes_backslashes_and_line_separators(tmp_path):
    data = {"name": ["l'Atelier \\ “ß” \u2028 \u2029 \n \x01 </script>"], "count": 1}
    path = tmp_path / "data.js"
    path.write_text(webmap.data_js_text(data), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("window.BC_DATA = {") and "\n" not in text[:-1]
    assert webmap.read_data_js(path) == data
