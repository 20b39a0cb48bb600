"""export_ecosystem round trips: every output read back with fiona (its own GDAL) and compared with the source."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import fiona
import numpy as np
import pytest
import shapely
import shapely.geometry
from helpers import read_only
from osgeo_utils.samples import validate_gpkg
from pyproj import CRS, Transformer
from scipy.spatial import cKDTree

from brussels_creative.core.errors import BrusselsCreativeError, SchemaError, ValidationError
from brussels_creative.core.publish import export
from brussels_creative.core.publish.export import DROP, GENERALISED, KEEP, PERSON, PRIVACY_RULES, export_ecosystem
from brussels_creative.core.publish.generalise import cell_centre, street_only
from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store import schema, taxonomy
from brussels_creative.core.store.ecosystem import EcosystemStore, read_schema_version
from brussels_creative.core.store.selection import EntityFilter

ACCENTS = "Atelier Éloïse, Noël & Çà — ‘Straße’ ë è"
LONG_DESCRIPTION = ("Un lieu où l’on crée, répète et expose: théâtre, ß-Werkstatt, çà et là. " * 6).strip()
LONG_NAME = ("Collectif des Arts Nomades de Saint-Gilles " * 8)[:300]
ALL_SECTORS = [s.code for s in taxonomy.SECTORS][:12]
SPECIAL = {}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A sample ecosystem of 150 entities plus hand-made ones: accents, long texts, 12 sectors, persons."""
    path = tmp_path_factory.mktemp("export") / "source.gpkg"
    with EcosystemStore.create(path) as store:
        generate_sample(store, 150, seed=7)
        common = {"status": "active", "visibility": "public", "municipality": "21013", "postcode": "1060"}
        with store.transaction():
            SPECIAL["accents"] = store.add_entity(
                148_800.123, 169_000.456, name=ACCENTS, entity_type="company", verification="verified",
                description="Café‘s “œuvres” — déjà vu", email="info@eloise.brussels", phone="+32 2 555 01 01",
                claimed_by="Éloïse Dupré", verified_by="amelie.dubois", created_by="jan.peeters", **common)
            SPECIAL["long"] = store.add_entity(
                148_900.0, 169_100.0, name=LONG_NAME, entity_type="collective", verification="claimed",
                description=LONG_DESCRIPTION, **common)
            SPECIAL["twelve"] = store.add_entity(
                149_000.0, 169_200.0, name="Douze Secteurs", entity_type="hub", verification="verified", **common)
            store.set_links("entity_sectors", SPECIAL["twelve"], ALL_SECTORS, primary="music")
            SPECIAL["freelancer"] = store.add_entity(
                149_100.0, 169_300.0, name="Zoë Vermeulen", entity_type="freelancer", verification="verified",
                email="zoe@example.be", phone="+32 470 00 00 00", claimed_by="Zoë Vermeulen",
                address="Rue Haute 45A bte 2",
                verified_by="tom.janssens", **common)
            SPECIAL["solo"] = store.add_entity(
                149_200.0, 169_400.0, name="Studio Solo", entity_type="company", size_class="solo",
                verification="claimed", email="me@solo.be", phone="+32 2 000 00 00", claimed_by="Ann Solo", **common)
            SPECIAL["private"] = store.add_entity(
                149_300.0, 169_500.0, name="Caché SRL", entity_type="company", verification="verified",
                visibility="private", status="active", email="x@cache.be")
            store.add_relationship(SPECIAL["freelancer"], SPECIAL["twelve"], "member_of", note="Membre fondatrice ‘ß’",
                                   from_confirmed_by="Zoë Vermeulen", from_confirmed_at="2026-10-01",
                                   to_confirmed_by="jan.peeters", to_confirmed_at="2026-10-02")
            store.add_relationship(SPECIAL["private"], SPECIAL["twelve"], "member_of")
    return path


@pytest.fixture(scope="module")
def exports(source, tmp_path_factory):
    """Every profile in every format, exported once (labels in French)."""
    folder = tmp_path_factory.mktemp("exports")
    outputs = {}
    for profile in export.PROFILES:
        for fmt, name in (("gpkg", f"{profile}.gpkg"), ("shp_folder", f"{profile}_shp"),
                          ("geojson", f"{profile}.geojson")):
            result = export_ecosystem(source, folder / name, fmt, profile, "fr")
            outputs[profile, fmt] = result
    return outputs


# ---- an independent reading of the source: what each profile must contain ----------------------------------------
def _is_person(row) -> bool:
    return row["entity_type"] == "freelancer" or row["size_class"] == "solo"


def _expected_xy(row, profile: str) -> tuple[float, float]:
    """Where an entity stands in a profile's output: persons outside internal at the centre of their 100 m cell."""
    xy = export.gpkg.blob_point_xy(row["geom"])
    return cell_centre(*xy) if profile != "internal" and _is_person(row) else xy


def _kept(row, profile: str) -> bool:
    if profile == "internal":
        return True
    if row["visibility"] == "private":
        return False
    return profile == "partner" or (row["status"] == "active" and row["verification"] in ("claimed", "verified"))


def _expected_entities(source: Path, profile: str) -> dict[str, dict]:
    with read_only(source) as connection:
        rows = connection.execute("SELECT * FROM entities ORDER BY fid").fetchall()
    return {row["uuid"]: dict(row) for row in rows if _kept(row, profile)}


def _cut(text: str | None, limit: int = 254) -> str | None:
    """The longest run of whole characters whose UTF-8 encoding fits `limit` bytes."""
    if text is None:
        return None
    data = text.encode("utf-8")[:limit]
    return data.decode("utf-8", errors="ignore")


def _labels(source: Path, entity_uuid: str, link: str, lookup: str, language: str) -> str | None:
    with read_only(source) as connection:
        primary = "is_primary" if link == "entity_sectors" else "0"
        rows = connection.execute(f"SELECT code, {primary} FROM {link} WHERE entity_uuid = ?", (entity_uuid,))
        rows = rows.fetchall()
    order = [t.code for t in taxonomy.VOCABULARIES[lookup]]
    rows = sorted(rows, key=lambda r: (-r[1], order.index(r[0])))
    labels = [taxonomy.term(lookup, r[0]).label(language) for r in rows]
    return ";".join(labels) or None


def _shp_records(folder: Path, layer: str = "entities") -> list[dict]:
    with fiona.open(folder / f"{layer}.{'shp' if layer in ('entities', 'relations') else 'dbf'}") as collection:
        return [{**dict(f["properties"]), "_geom": f["geometry"]} for f in collection]


def _json_records(path: Path) -> list[dict]:
    with fiona.open(path) as collection:
        return [{**dict(f["properties"]), "_geom": f["geometry"]} for f in collection]


def _gpkg_records(path: Path) -> list[dict]:
    with fiona.open(path, layer="entities") as collection:
        return [{**dict(f["properties"]), "_geom": f["geometry"]} for f in collection]


def _expected_and_exported(source: Path, profile: str, records: list[dict]) -> tuple[dict[str, dict], dict[str, dict]]:
    """The source rows an export for `profile` should hold and the exported records, both by uuid; checks that they
    are the same entities."""
    expected = _expected_entities(source, profile)
    exported = {r["uuid"]: r for r in records}
    assert set(exported) == set(expected)
    return expected, exported


def _mapping(fmt: str) -> dict[str, str]:
    """full name -> name in the output, from the documented mapping."""
    return {f.full: (f.short if fmt == "shp_folder" else f.full) for f in export.ENTITY_FIELDS}


# ---- round trips -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("profile", export.PROFILES)
def test_shapefile_round_trip_matches_the_source_after_the_mapping(source, exports, profile):
    expected, records = _expected_and_exported(source, profile, _shp_records(exports[profile, "shp_folder"].path))
    names = _mapping("shp_folder")
    for entity_uuid, row in expected.items():
        record = records[entity_uuid]
        assert record["_geom"]["coordinates"] == pytest.approx(_expected_xy(row, profile), abs=1e-3)
        generalised = profile != "internal" and _is_person(row)
        assert record[names["address"]] == _cut(street_only(row["address"]) if generalised else row["address"])
        assert record[names["name"]] == _cut(row["name"])
        assert record[names["description"]] == _cut(row["description"])
        assert record[names["entity_type"]] == taxonomy.term("entity_types", row["entity_type"]).label("fr")
        municipality = next((m for m in taxonomy.MUNICIPALITIES if m.nis == row["municipality"]), None)
        assert record[names["municipality"]] == (municipality.name_fr if municipality else None)
        assert record[names["founded_year"]] == row["founded_year"]
        assert record[names["status"]] == row["status"]
        assert record[names["created_at"]] == row["created_at"]
        for link, lookup, full in (("entity_sectors", "sectors", "sectors"), ("entity_services", "services",
                                   "services"), ("entity_audiences", "audiences", "audiences")):
            assert record[names[full]] == _cut(_labels(source, entity_uuid, link, lookup, "fr")), (entity_uuid, full)


@pytest.mark.parametrize("profile", export.PROFILES)
def test_geojson_is_rfc7946_lon_lat_within_a_millimetre(source, exports, profile):
    path = exports[profile, "geojson"].path
    expected, records = _expected_and_exported(source, profile, _json_records(path))
    back = Transformer.from_crs("EPSG:4326", "EPSG:31370", always_xy=True)
    for entity_uuid, record in records.items():
        lon, lat = record["_geom"]["coordinates"]
        assert 4.2 < lon < 4.5 and 50.7 < lat < 50.95
        x, y = back.transform(lon, lat)
        row = expected[entity_uuid]
        sx, sy = _expected_xy(row, profile)
        assert abs(x - sx) < 1e-3 and abs(y - sy) < 1e-3
        assert record["name"] == row["name"]  # never cut in GeoJSON
        assert record["description"] == row["description"]
        assert record["sectors"] == _labels(source, entity_uuid, "entity_sectors", "sectors", "fr")
    text = path.read_text(encoding="utf-8")
    assert '"crs"' not in text  # RFC 7946: no crs member


@pytest.mark.parametrize("profile", export.PROFILES)
def test_geopackage_is_valid_and_holds_the_profile_rows(source, exports, profile):
    path = exports[profile, "gpkg"].path
    assert validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False) == []
    assert read_schema_version(path) == schema.SCHEMA_VERSION
    expected, records = _expected_and_exported(source, profile, _gpkg_records(path))
    for entity_uuid, row in expected.items():
        assert records[entity_uuid]["_geom"]["coordinates"] == pytest.approx(_expected_xy(row, profile), abs=1e-3)
    with read_only(path) as connection:
        copied = {r["uuid"]: dict(r) for r in connection.execute("SELECT * FROM entities")}
    for entity_uuid, row in expected.items():
        generalised = profile != "internal" and _is_person(row)
        for column in ("fid", "geom", "address", "name", "description", "entity_type", "status", "created_at",
                       "updated_at", "sector_codes", "primary_sector", "website", "last_reviewed"):
            if generalised and column in ("geom", "address"):
                continue
            assert copied[entity_uuid][column] == row[column], (entity_uuid, column)
        if generalised:
            assert copied[entity_uuid]["address"] == street_only(row["address"])
    with read_only(path) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert set(schema.expected_trigger_names(connection)) <= names  # every rule reinstalled
        links = connection.execute("SELECT count(*) FROM entity_sectors").fetchone()[0]
    with read_only(source) as connection:
        marks = ", ".join("?" for _ in expected)
        assert links == connection.execute(
            f"SELECT count(*) FROM entity_sectors WHERE entity_uuid IN ({marks})", list(expected)
        ).fetchone()[0]


def test_internal_geopackage_copies_history_verbatim_and_logs_nothing(source, exports):
    path = exports["internal", "gpkg"].path
    with read_only(source) as a, read_only(path) as b:
        query = "SELECT * FROM history ORDER BY fid"
        assert [tuple(r) for r in b.execute(query)] == [tuple(r) for r in a.execute(query)]
        query = "SELECT * FROM relationship_lines ORDER BY fid"
        assert [tuple(r) for r in b.execute(query)] == [tuple(r) for r in a.execute(query)]


def test_exported_geopackage_is_a_working_ecosystem_file(exports, tmp_path):
    copy = tmp_path / "copy.gpkg"
    copy.write_bytes(exports["partner", "gpkg"].path.read_bytes())
    with EcosystemStore.open(copy) as store, store.transaction():
        new = store.add_entity(149_000, 170_000, name="Nouveau", entity_type="hub")
        store.set_links("entity_sectors", new, ["music"], primary="music")
        assert store.connection.execute("SELECT count(*) FROM history WHERE row_uuid = ?", (new,)).fetchone()[0] >= 2
        with pytest.raises(ValidationError, match="bc_entity_type_known"):
            store.add_entity(149_000, 170_000, name="Bad", entity_type="nonsense")


# ---- privacy: one test per rule of the table -------------------------------------------------------------------
@pytest.mark.parametrize("rule", PRIVACY_RULES, ids=lambda r: f"{r.kind}:{r.target}")
@pytest.mark.parametrize("profile", export.PROFILES)
def test_each_privacy_rule_holds_in_every_format(source, exports, rule, profile):
    action = rule.action(profile)
    expected = _expected_entities(source, "internal")
    outputs = {
        "shp_folder": {r["uuid"]: r for r in _shp_records(exports[profile, "shp_folder"].path)},
        "geojson": {r["uuid"]: r for r in _json_records(exports[profile, "geojson"].path)},
        "gpkg": {r["uuid"]: r for r in _gpkg_records(exports[profile, "gpkg"].path)},
    }
    if rule.kind == "field":
        table, column = rule.target.split(".")
        if column == "geom":
            for fmt, records in outputs.items():
                for entity_uuid, record in records.items():
                    xy = record["_geom"]["coordinates"]
                    if fmt == "geojson":
                        xy = Transformer.from_crs("EPSG:4326", "EPSG:31370", always_xy=True).transform(*xy)
                    wanted = export.gpkg.blob_point_xy(expected[entity_uuid]["geom"])
                    if action == GENERALISED and _is_person(expected[entity_uuid]):
                        wanted = cell_centre(*wanted)
                    assert xy == pytest.approx(wanted, abs=1e-3), (fmt, entity_uuid)
            assert action == KEEP or any(_is_person(expected[u]) for u in outputs["gpkg"]), "rule not exercised"
            return
        if table == "relationships":
            with read_only(exports[profile, "gpkg"].path) as connection:
                values = [r[0] for r in connection.execute(f"SELECT {column} FROM relationships")]
            with read_only(source) as connection:
                assert any(r[0] for r in connection.execute(f"SELECT {column} FROM relationships"))
            assert (all(v is None for v in values) if action == DROP else any(values))
            return
        for fmt, records in outputs.items():
            name = _mapping(fmt)[column]
            present = [r for r in records.values()]
            if action == DROP and fmt != "gpkg":
                assert all(name not in r for r in present), (fmt, name)
                continue
            for entity_uuid, record in records.items():
                row = expected[entity_uuid]
                value = record.get(name)
                if action == KEEP or (action in (PERSON, GENERALISED) and not _is_person(row)):
                    assert value == (_cut(row[column]) if fmt == "shp_folder" else row[column]), (fmt, entity_uuid)
                elif action == GENERALISED:
                    assert value == street_only(row[column]), (fmt, name, entity_uuid)
                else:
                    assert value is None, (fmt, name, entity_uuid)
            if action in (PERSON, GENERALISED):
                assert any(_is_person(expected[u]) and expected[u][column] for u in records), "rule not exercised"
    elif rule.kind == "rows":
        for fmt, records in outputs.items():
            matching = [u for u, row in expected.items() if _matches(rule, row)]
            assert matching, "rule not exercised"
            if action == DROP:
                assert not set(matching) & set(records), fmt
            elif profile == "internal":
                assert set(matching) <= set(records), fmt
    else:
        with read_only(exports[profile, "gpkg"].path) as out, read_only(source) as src:
            count = out.execute(f"SELECT count(*) FROM {rule.target}").fetchone()[0]
            original = src.execute(f"SELECT count(*) FROM {rule.target}").fetchone()[0]
        assert count == (original if action == KEEP else 0)


def _matches(rule, row) -> bool:
    condition = rule.condition.format(a="e")
    connection = sqlite3.connect(":memory:")
    try:
        return bool(connection.execute(
            f"SELECT {condition} FROM (SELECT ? AS visibility, ? AS status, ? AS verification) e",
            (row["visibility"], row["status"], row["verification"]),
        ).fetchone()[0])
    finally:
        connection.close()


# ---- privacy: a scan of every value of every output ------------------------------------------------------------
PRIVATE_KINDS = ("person e-mails", "person phones", "claimants", "staff accounts", "person addresses",
                 "person points")


def private_values(source: Path) -> tuple[dict[str, set[str]], np.ndarray]:
    """The source's private values: persons' e-mails, phones and addresses with their house number, claimants,
    staff accounts (verifiers, creators, last editors, who confirmed a relationship), and persons' exact points
    ((n, 2) EPSG:31370).

    A value found in what every profile publishes is not counted: an organisation's own e-mail or address (a
    claimant writing from the organisation's address, a freelancer in a company's building), an entry's name (a
    freelancer claiming their own entry) or source (the "web form" account is named in "self-registration (web
    form)")."""
    with read_only(source) as connection:
        rows = [dict(r) for r in connection.execute("SELECT * FROM entities")]
        staff = {v for r in connection.execute(
            "SELECT created_by, updated_by, from_confirmed_by, to_confirmed_by FROM relationships") for v in r if v}
    persons = [r for r in rows if _is_person(r)]
    public = {r[k] for r in rows if not _is_person(r) for k in ("email", "address") if r[k]}
    public_text = "\n".join(public | {r[k] for r in rows for k in ("name", "source") if r[k]})
    values = {
        "person e-mails": {r["email"] for r in persons if r["email"]},
        "person phones": {r["phone"] for r in persons if r["phone"]},
        "claimants": {r["claimed_by"] for r in rows if r["claimed_by"]},
        "staff accounts": staff | {r[k] for r in rows for k in ("verified_by", "created_by", "updated_by") if r[k]},
        "person addresses": {r["address"] for r in persons if r["address"] and any(c.isdigit() for c in r["address"])},
    }
    values = {kind: {v for v in vals if v not in public_text} for kind, vals in values.items()}
    points = np.array([export.gpkg.blob_point_xy(r["geom"]) for r in persons], dtype=float).reshape(-1, 2)
    return values, points


def _geometry_xy(blob: bytes) -> np.ndarray:
    geometry = shapely.from_wkb(bytes(blob[export.gpkg.blob_wkb_offset(blob):]))
    return shapely.get_coordinates(geometry)


def output_values(path: Path, fmt: str) -> tuple[str, np.ndarray, np.ndarray]:
    """Every text an output holds (joined), every coordinate pair (EPSG:31370) of its geometries and R-trees, and
    its layers' extents (min x, min y, max x, max y): GeoPackage tables, shapefiles' attribute tables, their CSV
    files, GeoJSON text and geometries."""
    texts: list[str] = []
    xy: list[np.ndarray] = []
    extents: list[tuple] = []
    if fmt == "gpkg":
        with read_only(path) as connection:
            tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            rtrees = {r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%rtree%'")}
            for table in tables:
                for row in connection.execute(f'SELECT * FROM "{table}"'):
                    texts += [v for v in row if isinstance(v, str)]
                    xy += [_geometry_xy(v) for v in row if isinstance(v, bytes) and v[:2] == b"GP"]
                    if table in rtrees:  # id, minx, maxx, miny, maxy (float32: within 2 cm)
                        xy.append(np.array([[row[1], row[3]], [row[2], row[4]]], dtype=float))
            extents += connection.execute(
                "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE min_x IS NOT NULL").fetchall()
    else:
        files = [path] if fmt == "geojson" else sorted(path.iterdir())
        back = Transformer.from_crs("EPSG:4326", "EPSG:31370", always_xy=True)
        for file in files:
            if file.suffix in (".csv", ".geojson", ".prj", ".cpg"):
                texts.append(file.read_text(encoding="utf-8"))
            if file.suffix in (".shp", ".geojson") or (file.suffix == ".dbf" and not file.with_suffix(".shp").exists()):
                with fiona.open(file) as collection:
                    if file.suffix == ".shp":
                        extents.append(collection.bounds)
                    for feature in collection:
                        texts += [v for v in dict(feature["properties"]).values() if isinstance(v, str)]
                        if feature["geometry"] is not None:
                            coordinates = shapely.get_coordinates(shapely.geometry.shape(feature["geometry"]))
                            xy.append(np.column_stack(back.transform(*coordinates.T)) if fmt == "geojson"
                                      else coordinates)
    return "\n".join(texts), (np.vstack(xy) if xy else np.zeros((0, 2))), np.array(extents, dtype=float).reshape(-1, 4)


def private_values_found(source: Path, path: Path, fmt: str) -> dict[str, int]:
    """How many of the source's private values (per kind) an output holds: texts anywhere in a text, a person's
    point within 2 cm of a coordinate pair, or its x or y as a layer's extent."""
    values, points = private_values(source)
    text, xy, extents = output_values(path, fmt)
    found = {kind: sum(1 for v in vals if v in text) for kind, vals in values.items()}
    hit = np.zeros(len(points), dtype=bool)
    if len(xy) and len(points):
        hit |= np.isfinite(cKDTree(xy).query(points, distance_upper_bound=0.02)[0])
    for min_x, min_y, max_x, max_y in extents:
        hit |= np.isclose(points[:, 0], min_x, rtol=0, atol=1e-6) | np.isclose(points[:, 0], max_x, rtol=0, atol=1e-6)
        hit |= np.isclose(points[:, 1], min_y, rtol=0, atol=1e-6) | np.isclose(points[:, 1], max_y, rtol=0, atol=1e-6)
    found["person points"] = int(hit.sum())
    return found


@pytest.mark.parametrize("fmt", ["gpkg", "shp_folder", "geojson"])
@pytest.mark.parametrize("profile", export.PROFILES)
def test_no_output_holds_a_private_value_its_profile_forbids(source, exports, profile, fmt):
    found = private_values_found(source, exports[profile, fmt].path, fmt)
    assert set(found) == set(PRIVATE_KINDS)
    if profile == "internal":  # the scan finds what is there: internal keeps every kind
        assert all(found[kind] > 0 for kind in PRIVATE_KINDS), found
    else:
        assert found == dict.fromkeys(PRIVATE_KINDS, 0)


def test_relationships_are_kept_only_when_both_ends_are(source, exports):
    for profile in ("partner", "public"):
        lines = _shp_records(exports[profile, "shp_folder"].path, "relations")
        uuids = {r["uuid"] for r in _shp_records(exports[profile, "shp_folder"].path)}
        assert lines and all(r["from_uuid"] in uuids and r["to_uuid"] in uuids for r in lines)
        assert not any(SPECIAL["private"] in (r["from_uuid"], r["to_uuid"]) for r in lines)
    lines = {r["from_uuid"]: r for r in _shp_records(exports["public", "shp_folder"].path, "relations")}
    line = lines[SPECIAL["freelancer"]]
    assert line["note"] == "Membre fondatrice ‘ß’" and line["type"] == "membre de"
    # the freelancer's end at the centre of its 100 m cell, not at home (149 100, 169 300)
    assert line["_geom"]["coordinates"] == [(149_150.0, 169_350.0), (149_000.0, 169_200.0)]
    internal = {r["from_uuid"]: r for r in _shp_records(exports["internal", "shp_folder"].path, "relations")}
    assert internal[SPECIAL["freelancer"]]["_geom"]["coordinates"] == [(149_100.0, 169_300.0), (149_000.0, 169_200.0)]


# ---- shapefile specifics -----------------------------------------------------------------------------------------
def test_accents_survive_every_format(exports):
    folder = exports["public", "shp_folder"].path
    for records, name in (
        (_shp_records(folder), "name"),
        (_json_records(exports["public", "geojson"].path), "name"),
        (_gpkg_records(exports["public", "gpkg"].path), "name"),
    ):
        record = next(r for r in records if r["uuid"] == SPECIAL["accents"])
        assert record[name] == ACCENTS
    assert (folder / "entities.cpg").read_text() == "UTF-8"
    assert CRS.from_wkt((folder / "entities.prj").read_text()).to_epsg() == 31370
    assert CRS.from_wkt((folder / "relations.prj").read_text()).to_epsg() == 31370


def test_long_texts_are_cut_warned_and_kept_whole_in_a_csv(source, exports):
    result = exports["partner", "shp_folder"]
    folder = result.path
    records = {r["uuid"]: r for r in _shp_records(folder)}
    twelve = _labels(source, SPECIAL["twelve"], "entity_sectors", "sectors", "fr")
    assert len(twelve.split(";")) == 12 and len(twelve.encode()) > 254
    cases = [(SPECIAL["long"], "name", "name", LONG_NAME), (SPECIAL["long"], "descr", "description",
             LONG_DESCRIPTION), (SPECIAL["twelve"], "sectors", "sectors", twelve)]
    with (folder / "long_texts.csv").open(encoding="utf-8", newline="") as handle:
        full = {(r["uuid"], r["field"]): r["full_text"] for r in csv.DictReader(handle)}
    for entity_uuid, short, name, text in cases:
        cut = records[entity_uuid][short]
        assert cut == _cut(text) and len(cut.encode()) <= 254 and text.startswith(cut)
        assert full[entity_uuid, name] == text
        assert any(name in w and entity_uuid in w for w in result.warnings)
    assert len(LONG_NAME) == 300
    sectors = [r for r in _shp_records(folder, "sectors") if r["uuid"] == SPECIAL["twelve"]]
    assert len(sectors) == 12 and [r["primary"] for r in sectors].count(1) == 1
    assert sectors[0]["code"] == "music" and sectors[0]["label"] == "Musique"


def test_fields_csv_documents_every_short_name(exports):
    folder = exports["internal", "shp_folder"].path
    with (folder / "fields.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert set(rows[0]) == {"layer", "short_name", "full_name", "description"}
    for layer in ("entities", "relations", "sectors", "services", "audiences"):
        documented = [r["short_name"] for r in rows if r["layer"] == layer]
        assert all(len(name) <= 10 for name in documented) and len(set(documented)) == len(documented)
        suffix = "shp" if layer in ("entities", "relations") else "dbf"
        with fiona.open(folder / f"{layer}.{suffix}") as collection:
            assert list(collection.schema["properties"]) == documented
        assert all(r["description"] for r in rows if r["layer"] == layer)


def test_zip_holds_the_same_files_as_the_folder(source, exports, tmp_path):
    result = export_ecosystem(source, tmp_path / "partner.zip", "shp_zip", "partner", "nl")
    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
    assert names == {p.name for p in exports["partner", "shp_folder"].path.iterdir()}
    with fiona.open(f"zip://{result.path}!entities.shp") as collection:
        record = next(f for f in collection if f["properties"]["uuid"] == SPECIAL["twelve"])
        assert record["properties"]["type"] == "Creatieve hub"
        assert record["properties"]["sector_1"] == "Muziek"


# ---- filters ----------------------------------------------------------------------------------------------------
FILTERS = [
    (EntityFilter(statuses=("inactive",)), lambda r, s: r["status"] == "inactive"),
    (EntityFilter(visibilities=("public",)), lambda r, s: r["visibility"] == "public"),
    (EntityFilter(verifications=("claimed",)), lambda r, s: r["verification"] == "claimed"),
    (EntityFilter(entity_types=("freelancer", "hub")), lambda r, s: r["entity_type"] in ("freelancer", "hub")),
    (EntityFilter(municipalities=("21013",)), lambda r, s: r["municipality"] == "21013"),
    (EntityFilter(sectors=("music",)), lambda r, s: "music" in s),
    (EntityFilter(created_from="2025-06-01", created_to="2025-12-31"),
     lambda r, s: "2025-06-01" <= r["created_at"][:10] <= "2025-12-31"),
]


@pytest.mark.parametrize(("entity_filter", "keep"), FILTERS, ids=lambda v: repr(v)[:60])
def test_filters_select_the_matching_entities(source, tmp_path, entity_filter, keep):
    result = export_ecosystem(source, tmp_path / "f.geojson", "geojson", "internal", "en", entity_filter)
    with read_only(source) as connection:
        sectors = {}
        for entity_uuid, code in connection.execute("SELECT entity_uuid, code FROM entity_sectors"):
            sectors.setdefault(entity_uuid, set()).add(code)
    expected = {u for u, r in _expected_entities(source, "internal").items() if keep(r, sectors.get(u, set()))}
    assert expected and {r["uuid"] for r in _json_records(result.path)} == expected
    assert result.counts["entities"] == len(expected)


# ---- atomic output, cancel, failure, bad input ---------------------------------------------------------------------
@pytest.mark.parametrize("fmt", export.FORMATS)
def test_cancel_leaves_no_output_and_the_source_untouched(source, tmp_path, fmt):
    before = _sha256(source)
    target = tmp_path / {"gpkg": "o.gpkg", "shp_folder": "o", "shp_zip": "o.zip", "geojson": "o.geojson"}[fmt]
    calls = []

    def cancel_on_third_check():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(export.ExportCancelledError):
        export_ecosystem(source, target, fmt, "internal", is_canceled=cancel_on_third_check)
    assert list(tmp_path.iterdir()) == []
    assert _sha256(source) == before
    assert [p.name for p in source.parent.iterdir()] == ["source.gpkg"]  # no journal or sidecar left either


def test_a_failure_keeps_the_previous_export_and_leaves_nothing_else(source, tmp_path, monkeypatch):
    before = _sha256(source)
    target = tmp_path / "shp"
    export_ecosystem(source, target, "shp_folder", "partner")
    previous = {p.name: _sha256(p) for p in target.iterdir()}

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(export, "_write_fields_csv", broken)
    with pytest.raises(OSError, match="disk full"):
        export_ecosystem(source, target, "shp_folder", "internal")
    assert [p.name for p in tmp_path.iterdir()] == ["shp"]
    assert {p.name: _sha256(p) for p in target.iterdir()} == previous
    assert _sha256(source) == before


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"fmt": "gpkg", "profile": "everyone"}, ValidationError, "PROFILE"),
        ({"fmt": "pdf", "profile": "public"}, ValidationError, "FORMAT"),
        ({"fmt": "geojson", "profile": "public", "language": "de"}, ValidationError, "LANGUAGE"),
        ({"fmt": "gpkg", "profile": "public", "name": "out.zip"}, ValidationError, "OUTPUT"),
        ({"fmt": "geojson", "profile": "public", "entity_filter": EntityFilter(created_from="yesterday")},
         ValidationError, "created_from"),
    ],
)
def test_bad_input_is_refused_naming_the_parameter(source, tmp_path, kwargs, error, match):
    name = kwargs.pop("name", "out.gpkg" if kwargs["fmt"] == "gpkg" else "out.geojson")
    with pytest.raises(error, match=match):
        export_ecosystem(source, tmp_path / name, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_an_older_schema_is_refused_without_touching_it(tmp_path):
    old = tmp_path / "old.gpkg"
    EcosystemStore.create(old, schema_version=schema.SCHEMA_VERSION - 1).close()
    before = _sha256(old)
    with pytest.raises(SchemaError, match="INPUT: .* older schema version"):
        export_ecosystem(old, tmp_path / "out.geojson", "geojson", "public")
    assert _sha256(old) == before and [p.name for p in tmp_path.iterdir()] == ["old.gpkg"]


def test_a_file_that_is_not_an_ecosystem_or_the_source_itself_is_refused(source, tmp_path):
    other = tmp_path / "other.gpkg"
    other.write_bytes(b"not a geopackage")
    with pytest.raises(SchemaError, match="INPUT"):
        export_ecosystem(other, tmp_path / "out.geojson", "geojson", "public")
    before = _sha256(source)
    with pytest.raises(BrusselsCreativeError, match="OUTPUT"):
        export_ecosystem(source, source, "gpkg", "public")
    assert _sha256(source) == before


def test_the_generalised_staging_copy_is_removed_even_on_cancel(source, tmp_path, monkeypatch):
    staging = tmp_path / "system_tmp"
    staging.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(staging))
    export_ecosystem(source, tmp_path / "p.geojson", "geojson", "partner")
    with pytest.raises(export.ExportCancelledError):
        export_ecosystem(source, tmp_path / "q.geojson", "geojson", "public", is_canceled=lambda: True)
    assert list(staging.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.geojson", "system_tmp"]


@pytest.mark.parametrize("profile", ["partner", "public"])
def test_no_writer_reads_a_source_whose_persons_are_not_generalised(source, tmp_path, profile):
    result = export.ExportResult(tmp_path / "x", "geojson", profile)
    report = export._Reporter(None, None)
    with pytest.raises(BrusselsCreativeError, match="not generalised"):
        export._write_geojson(source, tmp_path / "x.geojson", EntityFilter(), profile, "en", result, report)
    with pytest.raises(BrusselsCreativeError, match="not generalised"):
        export._write_gpkg(source, tmp_path / "x.gpkg", tmp_path / "x.gpkg", EntityFilter(), profile, result, report)
    assert list(tmp_path.iterdir()) == []
