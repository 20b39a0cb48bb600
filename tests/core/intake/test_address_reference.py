"""The address reference loader: a valid GeoPackage layer with a correct R-tree, replaced atomically, cancel-safe."""

from __future__ import annotations

import csv
import hashlib
import shutil

import numpy as np
import pytest
from helpers import sql_rows
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsRectangle, QgsVectorLayer

from brussels_creative.core.errors import ValidationError
from brussels_creative.core.intake import address_reference as loader
from brussels_creative.core.intake.geocoding import AddressReference, Geocoder
from brussels_creative.core.store import checks
from brussels_creative.core.store.ecosystem import EcosystemStore


def _write_best(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(loader.BEST_COLUMNS)
        for row in rows:
            values = dict.fromkeys(loader.BEST_COLUMNS, "")
            values.update(row)
            writer.writerow([values[c] for c in loader.BEST_COLUMNS])


SMALL = [
    {"EPSG:31370_x": "150000.5", "EPSG:31370_y": "170000.25", "house_number": "1", "postcode": "1030",
     "municipality_id": "21015", "street_id": "9", "streetname_fr": "Rue Walckiers", "streetname_nl": "Walckiersstraat",
     "status": "current", "address_id": "a1"},
    {"EPSG:31370_x": "150010", "EPSG:31370_y": "170000", "house_number": "3a", "box_number": "", "postcode": "1030",
     "municipality_id": "21015", "street_id": "9", "streetname_fr": "Rue Walckiers", "streetname_nl": "Walckiersstraat",
     "status": "current"},
    {"EPSG:31370_x": "150020", "EPSG:31370_y": "170000", "house_number": "5", "box_number": "2", "postcode": "1030",
     "municipality_id": "21015", "street_id": "9", "streetname_fr": "Rue Walckiers", "streetname_nl": "Walckiersstraat",
     "status": "current"},
    {"EPSG:31370_x": "150030", "EPSG:31370_y": "170000", "house_number": "7", "postcode": "1030",
     "municipality_id": "21015", "street_id": "9", "streetname_fr": "Rue Walckiers", "streetname_nl": "Walckiersstraat",
     "status": "retired"},
    {"EPSG:31370_x": "", "EPSG:31370_y": "", "house_number": "9", "postcode": "1030", "municipality_id": "21015",
     "street_id": "9", "streetname_fr": "Rue Walckiers", "streetname_nl": "Walckiersstraat", "status": "current"},
]


def test_the_loaded_reference_is_a_valid_indexed_layer_holding_every_csv_row(address_reference):
    path = address_reference.gpkg
    assert validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False) == []
    assert sql_rows(path, f"SELECT rtreecheck('{loader.RTREE}')") == [("ok",)]
    assert sql_rows(path, "SELECT count(*) FROM address_points") == [(len(address_reference.rows),)]
    streets = {(r["street_id"], r["postcode"]) for r in address_reference.rows}
    assert sql_rows(path, "SELECT count(*) FROM streets") == [(len(streets),)]
    assert sql_rows(path, "SELECT sum(address_count) FROM streets") == [(len(address_reference.rows),)]
    layer = QgsVectorLayer(f"{path}|layername=address_points", "points", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:31370"
    assert layer.featureCount() == len(address_reference.rows)
    xy = np.array([address_reference.xy(r) for r in address_reference.rows])
    window = QgsRectangle(148_000, 169_000, 150_000, 171_000)
    inside = int(((xy[:, 0] >= 148_000) & (xy[:, 0] <= 150_000) & (xy[:, 1] >= 169_000) & (xy[:, 1] <= 171_000)).sum())
    assert inside > 100
    assert len(list(layer.getFeatures(window))) == inside  # through the R-tree
    assert [f for f in checks.check_file(path) if f.severity == checks.ERROR] == []


def test_points_keep_their_attributes_and_exact_coordinates(address_reference):
    row = address_reference.number("Rue Walckiers", "1030", box=False)
    found = sql_rows(address_reference.gpkg,
                  "SELECT street_fr, street_nl, house_number, box_number, postcode, nis_code, address_id, geom "
                  "FROM address_points WHERE street_fr = ? AND house_number = ?",
                  ("Rue Walckiers", row["house_number"]))
    assert len(found) == 1
    values = found[0]
    assert values[:7] == ("Rue Walckiers", row["streetname_nl"], row["house_number"], None, "1030", "21015",
                          row["address_id"])
    reference = AddressReference.from_gpkg(address_reference.gpkg)
    assert len(reference.x) == len(address_reference.rows)
    point = np.flatnonzero((reference.x == float(row["EPSG:31370_x"])) & (reference.y == float(row["EPSG:31370_y"])))
    assert len(point) >= 1


def test_a_small_csv_skips_retired_and_unlocated_rows_and_reads_letters_and_boxes(tmp_path):
    best = tmp_path / "best.csv"
    _write_best(best, SMALL)
    rows = loader.read_best_csv(best)
    assert rows.house_number == ["1", "3A", "5"]
    assert rows.box_number == [None, None, "2"]
    assert rows.skipped == {"status retired": 1, "no coordinates": 1}
    path = tmp_path / "eco.gpkg"
    EcosystemStore.create(path).close()
    counts = loader.write_reference(path, rows)
    assert counts == {"address_points": 3, "streets": 1, "skipped: status retired": 1, "skipped: no coordinates": 1}
    assert sql_rows(path, "SELECT street_id, postcode, nis_code, street_fr, street_nl, address_count, x, y "
                          "FROM streets") == [
        ("9", "1030", "21015", "Rue Walckiers", "Walckiersstraat", 3, 150010.0, 170000.0)]
    geocoder = Geocoder(AddressReference.from_gpkg(path))
    assert geocoder.geocode_one("Walckiersstraat 3a, 1030")[:3] == (150010.0, 170000.0, "exact")


def test_loading_again_replaces_the_reference(address_reference, tmp_path):
    path = tmp_path / "eco.gpkg"
    shutil.copy(address_reference.gpkg, path)
    best = tmp_path / "best.csv"
    _write_best(best, SMALL)
    loader.write_reference(path, loader.read_best_csv(best))
    assert sql_rows(path, "SELECT count(*) FROM address_points") == [(3,)]
    assert sql_rows(path, "SELECT count(*) FROM streets") == [(1,)]
    assert sql_rows(path, f"SELECT count(*) FROM {loader.RTREE}") == [(3,)]
    assert sql_rows(path, "SELECT count(*) FROM gpkg_contents WHERE table_name IN ('address_points', 'streets')"
                    ) == [(2,)]
    assert validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False) == []
    assert sql_rows(path, f"SELECT rtreecheck('{loader.RTREE}')") == [("ok",)]


def test_a_cancelled_or_failed_load_leaves_the_file_byte_for_byte_unchanged(address_reference, tmp_path):
    path = tmp_path / "eco.gpkg"
    shutil.copy(address_reference.gpkg, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    best = tmp_path / "best.csv"
    _write_best(best, SMALL)
    rows = loader.read_best_csv(best)
    with pytest.raises(loader.LoadCancelledError):
        loader.write_reference(path, rows, is_canceled=lambda: True)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    rows.street.append(5)  # a point on a street that does not exist: the write fails half-way
    rows.x.append(1.0)
    rows.y.append(1.0)
    rows.house_number.append("1")
    rows.box_number.append(None)
    rows.address_id.append(None)
    with pytest.raises(IndexError):
        loader.write_reference(path, rows)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_csv_without_the_best_columns_is_refused_naming_them(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y,street\n1,2,Rue\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="missing column.*EPSG:31370_x.*house_number"):
        loader.read_best_csv(bad)


def test_rows_from_any_layer_columns_split_boxes_and_clean_postcodes():
    rows = loader.rows_from_columns(
        [150000.0, 150010.0, None, 150020.0], [170000.0, 170000.0, 1.0, 170000.0],
        ["Rue Walckiers", "Rue Walckiers", "Rue Walckiers", None], ["Walckiersstraat", None, None, None],
        ["12 bte 3", 14, "16", "18"], [1030.0, "1030", "1030", "1030"],
    )
    assert rows.house_number == ["12", "14"]
    assert rows.box_number == ["3", None]
    assert rows.skipped == {"no geometry": 1, "no street name": 1}
    assert rows.streets == [[None, "1030", "21015", "Rue Walckiers", "Walckiersstraat", None, "Schaerbeek",
                             "Schaarbeek"], [None, "1030", "21015", "Rue Walckiers", None, None, "Schaerbeek",
                                             "Schaarbeek"]]
