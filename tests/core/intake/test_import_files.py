"""import_entities' core on nasty partner files the tests write: encodings, delimiters, decimals, swapped and missing
coordinates, unknown vocabulary, duplicates, spreadsheets, 10 000 rows; atomicity checked on the file's bytes."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

from brussels_creative.core.intake import importer
from brussels_creative.core.intake.geocoding import AddressReference, Geocoder
from brussels_creative.core.intake.importer import ImportOptions, import_entities
from brussels_creative.core.intake.reader import read_table
from brussels_creative.core.store.ecosystem import EcosystemStore

HEADER = "Nom;Type;Secteur;Code postal;Courriel;Site web;Longitude;Latitude"
# Flagey (Ixelles), Bozar (Bruxelles), Tour & Taxis (Bruxelles): inside the region
FLAGEY = (4.3722, 50.8275)
BOZAR = (4.3597, 50.8433)
TOUR_TAXIS = (4.3475, 50.8653)


def _lambert(lon: float, lat: float) -> tuple[float, float]:
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:31370"), QgsProject.instance())
    point = transform.transform(QgsPointXY(lon, lat))
    return point.x(), point.y()


def _comma(value: float) -> str:
    return f"{value}".replace(".", ",")


@pytest.fixture
def store(qgis_app, tmp_path: Path):
    """A new, empty ecosystem GeoPackage, open."""
    with EcosystemStore.create(tmp_path / "eco.gpkg") as opened:
        yield opened


def _hashes(path: Path) -> dict[str, str | None]:
    """SHA-256 of the file and of its -wal, -shm and -journal companions (None when absent)."""
    result = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = Path(str(path) + suffix)
        result[suffix] = hashlib.sha256(companion.read_bytes()).hexdigest() if companion.exists() else None
    return result


def _entities(store) -> dict[str, dict]:
    rows = store.connection.execute(
        "SELECT name, entity_type, postcode, municipality, email, website, sector_codes, primary_sector, geom "
        "FROM entities").fetchall()
    from brussels_creative.core.store.gpkg import blob_point_xy

    return {r[0]: {"type": r[1], "postcode": r[2], "municipality": r[3], "email": r[4], "website": r[5],
                   "sectors": r[6], "primary": r[7], "xy": blob_point_xy(r[8])} for r in rows}


def test_utf8_bom_semicolons_comma_decimals_blank_lines_and_quoted_newlines(empty_store, tmp_path):
    store = empty_store
    text = (
        f"{HEADER}\r\n"
        f"Atelier Ça Va;entreprise;Musique, Design;1050;info@cava.be;www.cava.be;{_comma(FLAGEY[0])};"
        f"{_comma(FLAGEY[1])}\r\n"
        "\r\n"
        f'"Hub ""Deux""\r\nsecond line";Hub créatif;MODE;1000;;;{_comma(BOZAR[0])};{_comma(BOZAR[1])}\r\n'
        "  \r\n"
        f"Zinneke;collectif / asbl;arts de la scene|muziek;1000;;https://zinneke.org;{_comma(TOUR_TAXIS[0])};"
        f"{_comma(TOUR_TAXIS[1])}\r\n"
    )
    path = tmp_path / "partners.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    table = read_table(path)
    assert table.headers[0] == "Nom"  # the BOM is not part of the first header
    assert table.row_numbers == [2, 4, 7]  # line of the file where each row starts
    assert list(map(str, table.notes)) == ["read as UTF-8 with BOM, delimiter semicolon, 3 rows"]
    result = import_entities(store, table)
    assert result.committed and result.problems == [] and result.inserted == 3
    entities = _entities(store)
    assert set(entities) == {"Atelier Ça Va", 'Hub "Deux"\r\nsecond line', "Zinneke"}
    cava = entities["Atelier Ça Va"]
    assert cava["type"] == "company" and cava["sectors"] == "{design,music}" and cava["primary"] == "music"
    assert cava["website"] == "https://www.cava.be" and cava["municipality"] == "21009"
    assert cava["xy"] == pytest.approx(_lambert(*FLAGEY), abs=0.01)
    assert entities["Zinneke"]["sectors"] == "{music,performing_arts}"
    assert entities["Zinneke"]["primary"] == "performing_arts"
    assert entities['Hub "Deux"\r\nsecond line']["sectors"] == "{fashion}"
    links = store.connection.execute("SELECT count(*) FROM entity_sectors").fetchone()[0]
    assert links == 5


def test_latin1_file_is_read_as_windows_1252(empty_store, tmp_path):
    store = empty_store
    path = tmp_path / "latin1.csv"
    path.write_bytes(("naam,type,sector,x,y\nThéâtre Poème 2,cultural_venue,Podiumkunsten,149500.5,169800.25\n")
                     .encode("cp1252"))
    table = read_table(path)
    assert str(table.notes[0]).startswith("read as Windows-1252 (Latin-1), delimiter comma")
    result = import_entities(store, table)
    assert result.inserted == 1
    assert _entities(store)["Théâtre Poème 2"]["xy"] == (149500.5, 169800.25)


def test_swapped_latitude_longitude_is_corrected_and_said(empty_store, tmp_path):
    store = empty_store
    path = tmp_path / "swapped.csv"
    path.write_text(f"name;type;lat;lon\nFlagey;cultural_venue;{_comma(FLAGEY[0])};{_comma(FLAGEY[1])}\n",
                    encoding="utf-8")
    result = import_entities(store, read_table(path))
    assert result.inserted == 1
    assert _entities(store)["Flagey"]["xy"] == pytest.approx(_lambert(*FLAGEY), abs=0.01)
    assert [(n.row, n.column) for n in result.notes] == [(2, "lon/lat")]
    assert "swapped" in result.notes[0].reason


def test_missing_coordinates_outside_points_unknown_sectors_and_duplicates_are_refused(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "name,type,sectors,address,longitude,latitude\n"
        "Good,company,design,,4.3722,50.8275\n"                       # 2: imported
        "No Place,company,design,,,\n"                               # 3: no location at all
        "Only Address,company,design,Rue Haute 5 1000 Bruxelles,,\n"  # 4: needs geocoding
        "Leuven Lab,company,design,,4.7005,50.8798\n"                 # 5: Leuven, outside
        "Pottery,company,pottery;design,,4.36,50.84\n"                # 6: unknown sector
        "GOOD asbl,company,design,,4.3723,50.8276\n"                 # 7: duplicate of row 2 (13 m)
        "Half,company,design,,4.36,\n"                                # 8: no latitude
        "Typo,company,design,,4.3x6,50.84\n",                         # 9: not a number
        encoding="utf-8")
    before = _hashes(store.path)
    result = import_entities(store, read_table(path))
    assert not result.committed and result.inserted == 0
    assert _hashes(store.path) == before
    reasons = {p.row: (p.column, p.reason) for p in result.problems}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9]
    assert reasons[3][1] == "no location: no geometry, no coordinates and no address"
    assert reasons[4] == ("address", importer.NO_LOCATION)
    assert "outside the Brussels Capital Region" in reasons[5][1]
    assert reasons[6][0] == "sectors" and reasons[6][1].startswith("unknown sector 'pottery'")
    assert reasons[7][0] == "name" and reasons[7][1].startswith("duplicate of row 2 in the file (same name, 13 m")
    assert reasons[8] == ("latitude", "latitude missing")
    assert reasons[9] == ("longitude", "not a number")

    result = import_entities(store, read_table(path), ImportOptions(mode=importer.VALID_ROWS))
    assert result.committed and result.inserted == 1 and sorted(set(result.rejected_rows)) == [3, 4, 5, 6, 7, 8, 9]
    assert list(_entities(store)) == ["Good"]


def test_ten_thousand_rows(store, tmp_path):
    lines = ["name|type|sector|x|y"]
    for i in range(10_000):
        # sectors on one row in 20: each link fires the file's mirror triggers, the slow part of an import
        lines.append(f"Studio {i}|company|{'' if i % 20 else 'design;music'}|{145_000 + i % 100 * 80}|"
                     f"{168_000 + i // 100 * 50}")
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = import_entities(store, read_table(path))
    assert result.inserted == 10_000 and result.problems == []
    assert store.count("entities") == 10_000
    assert store.count("entity_sectors") == 1_000
    assert store.connection.execute("SELECT count(*) FROM history WHERE table_name = 'entities'").fetchone()[0] \
        == 10_000
    extent = store.connection.execute(
        "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'entities'").fetchone()
    assert extent == (145_000.0, 168_000.0, 145_000.0 + 99 * 80, 168_000.0 + 99 * 50)


@pytest.mark.parametrize("driver, suffix", [("XLSX", ".xlsx"), ("ODS", ".ods")])
def test_spreadsheets_written_by_gdal(empty_store, tmp_path, driver, suffix):
    store = empty_store
    path = tmp_path / f"partners{suffix}"
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer("Feuil1", geom_type=ogr.wkbNone)
    for name in ("Naam", "Soort", "Sector", "Postcode", "Lengtegraad", "Breedtegraad"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for values in (("Bozar", "Culturele locatie", "podiumkunsten", "1000", "4,3597", "50,8433"),
                   ("Flagey", "cultural_venue", "Audiovisueel (film, televisie, radio)", "1050", "4.3722", "50.8275")):
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(values):
            feature.SetField(index, value)
        layer.CreateFeature(feature)
    dataset = None
    table = read_table(path)
    assert table.row_numbers == [2, 3]
    result = import_entities(store, table)
    assert result.problems == [] and result.inserted == 2
    entities = _entities(store)
    assert entities["Bozar"]["type"] == "cultural_venue" and entities["Bozar"]["sectors"] == "{performing_arts}"
    assert entities["Flagey"]["sectors"] == "{audiovisual}"
    assert entities["Flagey"]["xy"] == pytest.approx(_lambert(*FLAGEY), abs=0.01)


def test_geojson_geometry_in_another_crs_and_a_mapping(empty_store, tmp_path):
    store = empty_store
    path = tmp_path / "points.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(BOZAR)},
         "properties": {"Organisation": "Bozar", "kind": "venue", "URL": "https://www.bozar.be"}}]}))
    table = read_table(path)
    result = import_entities(store, table, ImportOptions(
        mapping={"name": "Organisation", "website": "URL", "entity_type": ""}, default_type="Lieu culturel"))
    assert result.problems == [], result.problems
    assert result.columns == {"name": "Organisation", "website": "URL"}  # "kind" left out by "entity_type="
    bozar = _entities(store)["Bozar"]
    assert bozar["type"] == "cultural_venue" and bozar["website"] == "https://www.bozar.be"
    assert bozar["xy"] == pytest.approx(_lambert(*BOZAR), abs=0.01)


def test_rules_of_the_file_are_checked_before_writing(empty_store, tmp_path):
    store = empty_store
    path = tmp_path / "rules.csv"
    path.write_text(
        "name,type,postcode,email,website,founded,x,y\n"
        "A,company,1300,a@b.be,,,150000,170000\n"
        "B,company,1000,not an email,,,150100,170000\n"
        "C,company,1000,,ftp://x,,150200,170000\n"
        "D,company,1000,,,1750,150300,170000\n"
        "E,unicorn,1000,,,,150400,170000\n", encoding="utf-8")
    result = import_entities(store, read_table(path), ImportOptions(mode=importer.VALID_ROWS))
    assert result.inserted == 0
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "postcode"), (3, "email"), (4, "website"), (5, "founded"), (6, "type")]
    assert "bc_postcode_shape" in result.problems[0].reason


def test_importing_the_same_file_twice_in_upsert_mode_updates_and_logs(store, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("uuid,name,type,sector,email,x,y\n"
                    "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b,Hub A,hub,music,a@hub.be,150000,170000\n"
                    ",Lab B vzw,fablab,design,,151000,170500\n", encoding="utf-8")
    first = import_entities(store, read_table(path), ImportOptions(imported_at="2026-01-01T10:00:00.000Z"))
    assert first.inserted == 2
    history_before = store.connection.execute("SELECT max(fid) FROM history").fetchone()[0]
    second = import_entities(store, read_table(path), ImportOptions(
        duplicates=importer.UPDATE, imported_at="2026-02-01T10:00:00.000Z"))
    assert (second.inserted, second.updated, second.skipped) == (0, 2, 0)
    assert store.count("entities") == 2
    logged = store.connection.execute(
        "SELECT changed_by, action, json_extract(old_values, '$.source'), json_extract(new_values, '$.source') "
        "FROM history WHERE fid > ? AND table_name = 'entities' ORDER BY fid", (history_before,)).fetchall()
    assert logged == [("import_entities: members.csv", "update", "members.csv (import 2026-01-01T10:00:00.000Z)",
                       "members.csv (import 2026-02-01T10:00:00.000Z)")] * 2
    third = import_entities(store, read_table(path))  # skip is the default
    assert (third.inserted, third.updated, third.skipped) == (0, 0, 2)


def test_a_refusal_by_the_files_own_triggers_rolls_back_everything(store, tmp_path):
    # A trigger the plugin's checks do not mirror: the team forbids a sector in their file.
    store.connection.execute(
        "CREATE TRIGGER team_no_fashion BEFORE INSERT ON entity_sectors WHEN NEW.code = 'fashion' "
        "BEGIN SELECT RAISE(ABORT, 'team_rule: no fashion'); END")
    path = tmp_path / "t.csv"
    path.write_text("name,type,sector,x,y\nA,company,design,150000,170000\nB,company,fashion,151000,170000\n",
                    encoding="utf-8")
    before = _hashes(store.path)
    result = import_entities(store, read_table(path))
    assert not result.committed and result.inserted == 0
    assert [(p.row, p.reason) for p in result.problems] == [(3, "refused by eco.gpkg: team_rule: no fashion")]
    assert _hashes(store.path) == before
    result = import_entities(store, read_table(path), ImportOptions(mode=importer.VALID_ROWS))
    assert result.inserted == 1 and result.rejected_rows == [3]
    assert list(_entities(store)) == ["A"]


def test_a_cancel_while_writing_leaves_the_file_byte_for_byte(store, tmp_path):
    lines = ["name,type,x,y"] + [f"S{i},company,{145_000 + i},{170_000}" for i in range(5000)]
    path = tmp_path / "c.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    before = _hashes(store.path)
    calls = []

    def is_canceled() -> bool:
        calls.append(1)
        return store.connection.in_transaction and store.connection.execute(
            "SELECT count(*) FROM entities").fetchone()[0] > 0
    with pytest.raises(importer.ImportCanceledError):
        import_entities(store, read_table(path), is_canceled=is_canceled)
    assert _hashes(store.path) == before
    assert store.count("entities") == 0
    with sqlite3.connect(store.path) as other:
        assert other.execute("SELECT count(*) FROM history").fetchone()[0] == 0


def test_osr_and_qgis_agree_on_lambert_72():
    source = osr.SpatialReference()
    source.ImportFromEPSG(4326)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = osr.SpatialReference()
    target.ImportFromEPSG(31370)
    x, y, _ = osr.CoordinateTransformation(source, target).TransformPoint(*FLAGEY)
    assert (x, y) == pytest.approx(_lambert(*FLAGEY), abs=0.01)


def test_address_only_rows_are_placed_by_the_real_geocoder(address_reference, tmp_path):
    """Rows with an address and no point are geocoded on the file's own reference (the real street list with house
    points); an address the reference does not hold, or one found only by its postcode, is refused, never guessed."""
    path = Path(shutil.copy(address_reference.gpkg, tmp_path / "eco.gpkg"))
    known = address_reference.number("Rue Haute", "1000")
    other = address_reference.number("Rue Haute", "1000", index=1)
    table = tmp_path / "addresses.csv"
    table.write_text("name;type;adresse;code postal;commune\n"
                     f"Known;company;Rue Haute {known['house_number']};1000;Bruxelles\n"
                     "Unknown;company;Rue Imaginaire 1;1000;Bruxelles\n"
                     f"Placed;company;Hoogstraat {other['house_number']};1000;Brussel\n", encoding="utf-8")
    with EcosystemStore.open(path) as store:
        geocode = importer.geocode_with(Geocoder(AddressReference.from_gpkg(path)))
        result = import_entities(store, read_table(table), ImportOptions(mode=importer.VALID_ROWS), geocode=geocode)
        entities = _entities(store)
    assert result.inserted == 2
    assert [(p.row, p.column) for p in result.problems] == [(3, "adresse")]
    assert result.problems[0].reason.startswith("address not found: only the postcode was found")
    assert entities["Known"]["xy"] == pytest.approx(address_reference.xy(known))
    assert entities["Placed"]["xy"] == pytest.approx(address_reference.xy(other))  # the Dutch name, the same street
    assert entities["Known"]["municipality"] == "21004"


def test_tab_delimiter_and_a_mapping_naming_a_missing_column(empty_store, tmp_path):
    store = empty_store
    from brussels_creative.core.errors import ValidationError
    from brussels_creative.core.intake.mapping import parse_mapping

    path = tmp_path / "tabs.tsv"
    path.write_text("Titel\tKind\tX\tY\nLa Tab\tcompany\t150000\t170000\n", encoding="utf-8")
    table = read_table(path)
    assert list(map(str, table.notes)) == ["read as UTF-8, delimiter tab, 1 rows"]
    with pytest.raises(ValidationError, match="MAPPING: website='URL' but the input has no such column"):
        import_entities(store, table, ImportOptions(mapping=parse_mapping("name=Titel;website=URL")))
    with pytest.raises(ValidationError, match="MAPPING: unknown field 'naam'"):
        parse_mapping("naam=Organisation")
    with pytest.raises(ValidationError, match="INPUT: no column for the name"):
        import_entities(store, table)
    result = import_entities(store, table, ImportOptions(mapping=parse_mapping("name=titel")))
    assert result.inserted == 1


def test_an_import_into_postgis_writes_links_and_history_and_a_refusal_there_rolls_back_everything(
        empty_store, tmp_path):
    store = empty_store
    lines = ["name|type|sector|x|y"] + [f"Studio {i}|company|{'' if i % 20 else 'design;music'}|"
                                        f"{145_000 + i % 50 * 80}|{168_000 + i // 50 * 50}" for i in range(1000)]
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = import_entities(store, read_table(path))
    assert result.inserted == 1000 and result.problems == []
    assert (store.count("entities"), store.count("entity_sectors")) == (1000, 100)
    assert store.connection.execute("SELECT count(*) FROM history WHERE table_name = 'entities'").fetchone()[0] \
        == 1000
    bad = tmp_path / "bad.csv"
    bad.write_text("name,type,email,x,y\nA,company,,150000,170000\nB,company,b@x.be,151000,170000\n",
                   encoding="utf-8")
    with store.transaction() as connection:  # a rule of the team's, after the plugin's own checks
        connection.execute("UPDATE entities SET email = 'b@x.be' WHERE name = 'Studio 0'")
    store.connection.execute("CREATE UNIQUE INDEX team_one_email ON entities (email)")
    history = store.count("history")
    result = import_entities(store, read_table(bad))
    assert not result.committed and result.inserted == 0
    assert [p.row for p in result.problems] == [3]
    assert result.problems[0].reason.startswith(f"refused by {store.name}: ")
    assert ("team_one_email" if store.path is None else "UNIQUE constraint failed: entities.email") \
        in result.problems[0].reason
    assert (store.count("entities"), store.count("history")) == (1000, history)
    result = import_entities(store, read_table(bad), ImportOptions(mode=importer.VALID_ROWS))
    assert result.inserted == 1 and result.rejected_rows == [3]


def test_a_cancel_while_writing_leaves_nothing_in_either_backend(empty_store, tmp_path):
    store = empty_store
    lines = ["name,type,x,y"] + [f"S{i},company,{145_000 + i},{170_000}" for i in range(3000)]
    path = tmp_path / "c.csv"
    path.write_text("\n".join(lines), encoding="utf-8")

    def is_canceled() -> bool:
        return store.connection.in_transaction and store.connection.execute(
            "SELECT count(*) FROM entities").fetchone()[0] > 0
    with pytest.raises(importer.ImportCanceledError):
        import_entities(store, read_table(path), is_canceled=is_canceled)
    assert (store.count("entities"), store.count("history")) == (0, 0)
