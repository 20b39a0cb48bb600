"""The monitoring algorithms through processing.run on a sample ecosystem with two years of history: KPI snapshots
and trends, emerging hot spots, centrography and the ecosystem report (HTML and PDF)."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import processing
import pytest
from helpers import sample_ecosystem
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from brussels_creative.core.analysis import kpi
from brussels_creative.core.store.gpkg import blob_point_xy
from brussels_creative.core.store.timeline import active_points_at

SNAPSHOT = "brussels_creative:kpi_snapshot"
TRENDS = "brussels_creative:kpi_trends"
CHANGE_KPIS = ("new_entities", "closed_entities", "deleted_entities", "changed_entities")


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory) -> Path:
    """A sample of 300 entities whose history runs from October 2024 to September 2026."""
    path = tmp_path_factory.mktemp("kpi") / "sample.gpkg"
    sample_ecosystem(path, 300, 5)
    return path


@pytest.fixture
def history_file(sample_file, tmp_path) -> Path:
    """A fresh copy of the sample for one test."""
    return Path(shutil.copy(sample_file, tmp_path / "history_file.gpkg"))


def _snapshots(path: Path) -> dict[str, dict[tuple, float]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT taken_at, kpi, scope_type, scope_code, value FROM kpi_snapshots").fetchall()
    out: dict[str, dict[tuple, float]] = {}
    for taken_at, *key, value in rows:
        out.setdefault(taken_at[:10], {})[tuple(key)] = value
    return out


def test_a_monthly_series_is_replayed_at_once_and_its_last_month_equals_the_tables(provider, history_file):
    result = processing.run(SNAPSHOT, {"GEOPACKAGE": str(history_file), "AS_OF": "2026-09-30",
                                       "MONTHLY_FROM": "2024-10-01", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["SNAPSHOTS"] == 24  # October 2024 to September 2026
    series = _snapshots(history_file)
    assert sorted(series)[0] == "2024-10-31" and sorted(series)[-1] == "2026-09-30"
    assert result["OUTPUT"].featureCount() == sum(len(kpis) for kpis in series.values())
    counts = [series[day][("active_entities", "region", None)] for day in sorted(series)]
    assert counts[0] < counts[-1]  # the sample grows over its two years

    processing.run(SNAPSHOT, {"GEOPACKAGE": str(history_file), "OUTPUT": "TEMPORARY_OUTPUT"})  # now, from the tables
    now = _snapshots(history_file)
    today = next(day for day in now if day not in series)
    replayed, present = series["2026-09-30"], now[today]
    differing = {key for key in replayed.keys() | present.keys()
                 if key[0] not in CHANGE_KPIS and key[0] != "share_reviewed_12_months"
                 and replayed.get(key) != pytest.approx(present.get(key), rel=1e-12)}  # fmt: skip
    assert differing == set()  # the history ends on 2026-09-30: replaying it gives the tables as they are
    with sqlite3.connect(history_file) as connection:
        active = connection.execute("SELECT count(*) FROM entities WHERE status = 'active'").fetchone()[0]
    assert present[("active_entities", "region", None)] == active
    assert present[("new_entities", "region", None)] == 0  # nothing happened after September 2026


def test_the_same_day_twice_keeps_one_snapshot(provider, history_file):
    for _ in range(2):
        processing.run(SNAPSHOT, {"GEOPACKAGE": str(history_file), "AS_OF": "2025-06-30", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert list(_snapshots(history_file)) == ["2025-06-30"]


class CancelAfter(QgsProcessingFeedback):
    """Cancels once the work has reported some progress."""

    def setProgress(self, progress: float) -> None:
        super().setProgress(progress)
        if progress > 20:
            self.cancel()


def test_a_cancelled_series_leaves_the_file_byte_for_byte_unchanged(provider, history_file):
    before = hashlib.sha256(history_file.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(SNAPSHOT, {"GEOPACKAGE": str(history_file), "AS_OF": "2026-09-30", "MONTHLY_FROM": "2024-10-01",
                                  "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=CancelAfter())
    assert hashlib.sha256(history_file.read_bytes()).hexdigest() == before
    assert _snapshots(history_file) == {}


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"AS_OF": "30/09/2026"}, "AS_OF: '30/09/2026' is not a date"),
        ({"AS_OF": "2999-01-01"}, "AS_OF: 2999-01-01 is in the future"),
        ({"AS_OF": "2025-01-01", "MONTHLY_FROM": "2025-06-01"}, "MONTHLY_FROM: 2025-06-01 is after the date as of"),
    ],
)
def test_bad_dates_are_refused_naming_the_parameter(provider, history_file, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        processing.run(SNAPSHOT, {"GEOPACKAGE": str(history_file), "OUTPUT": "TEMPORARY_OUTPUT", **parameters})
    assert _snapshots(history_file) == {}


def test_population_gives_entities_per_1000_inhabitants(provider, history_file, tmp_path):
    table = tmp_path / "population.csv"
    table.write_text("nis,inhabitants\n" + "".join(f"2100{i},{1000 * i}\n" for i in range(1, 10)))
    layer = QgsVectorLayer(f"file://{table}?delimiter=,&detectTypes=yes", "population", "delimitedtext")
    assert layer.isValid()
    processing.run(SNAPSHOT, {"GEOPACKAGE": str(history_file), "POPULATION": layer, "POPULATION_CODE_FIELD": "nis",
                              "POPULATION_FIELD": "inhabitants", "OUTPUT": "TEMPORARY_OUTPUT"})
    (kpis,) = _snapshots(history_file).values()
    assert kpis[("per_1000_inhabitants", "municipality", "21004")] == pytest.approx(
        1000 * kpis[("active_entities", "municipality", "21004")] / 4000)
    assert ("per_1000_inhabitants", "municipality", "21012") not in kpis  # not in the table


def test_trends_table_and_charts(provider, history_file, tmp_path):
    processing.run(SNAPSHOT, {"GEOPACKAGE": str(history_file), "AS_OF": "2026-09-30", "MONTHLY_FROM": "2024-10-01",
                              "OUTPUT": "TEMPORARY_OUTPUT"})
    png, svg = tmp_path / "trends.png", tmp_path / "trends.svg"
    result = processing.run(TRENDS, {"GEOPACKAGE": str(history_file), "KPIS": "active_entities, share_verified",
                                     "OUTPUT": "TEMPORARY_OUTPUT", "CHART": str(png)})
    rows = list(result["OUTPUT"].getFeatures())
    assert len(rows) == 2 * 24
    active = [r for r in rows if r["kpi"] == "active_entities"]
    assert active[1]["change"] == active[1]["value"] - active[0]["value"]
    year = active[12]  # 2025-10-31: a year after 2024-10-31
    assert year["change_year"] == year["value"] - active[0]["value"]
    image = QImage(str(png))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert image.width() == 900 and len(colours) > 10  # drawn, not blank
    processing.run(TRENDS, {"GEOPACKAGE": str(history_file), "KPIS": "active_entities", "SCOPE": 1,
                            "OUTPUT": "TEMPORARY_OUTPUT", "CHART": str(svg)})
    assert svg.read_text().count("<path") > 19  # one line per municipality at least


def test_emerging_hotspots_cover_the_region_with_one_pattern_per_square(provider, sample_file):
    result = processing.run("brussels_creative:emerging_hotspots", {
        "GEOPACKAGE": str(sample_file), "FROM": "2024-10-01", "TO": "2026-09-30", "STEP": 1, "CELL_SIZE": 1000,
        "DISTANCE": 2000, "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    squares = list(layer.getFeatures())
    region_km2 = 161.4  # the 19 municipalities
    assert abs(len(squares) - region_km2) < 25  # 1 km squares whose centre is in the region
    assert layer.crs().authid() == "EPSG:31370"
    assert {f["periods"] for f in squares} == {8}  # quarters from October 2024 to September 2026
    patterns = {f["pattern"] for f in squares}
    assert patterns <= {f"{p} {w} spot" for p in ("new", "consecutive", "intensifying", "persistent",
                                                  "diminishing", "sporadic", "oscillating", "historical")
                        for w in ("hot", "cold")} | {"no pattern"}
    assert any(p.endswith("hot spot") for p in patterns)  # the sample's creative centres
    with sqlite3.connect(sample_file) as connection:
        active = connection.execute("SELECT count(*) FROM entities WHERE status = 'active'").fetchone()[0]
    counted = sum(f["last_count"] for f in squares)
    assert active - 10 <= counted <= active  # a few may lie in squares whose centre is outside the region


def test_centrography_per_quarter_and_the_shifts_between_them(provider, sample_file):
    result = processing.run("brussels_creative:centrography", {
        "GEOPACKAGE": str(sample_file), "FROM": "2024-10-01", "TO": "2026-09-30", "STEP": 1,
        "OUTPUT": "TEMPORARY_OUTPUT", "SHIFTS": "TEMPORARY_OUTPUT"})
    ellipses = list(result["OUTPUT"].getFeatures())
    shifts = list(result["SHIFTS"].getFeatures())
    assert len(ellipses) == 8 and len(shifts) == 7
    last = ellipses[-1]
    with sqlite3.connect(sample_file) as connection:
        xy = np.array([blob_point_xy(b) for (b,) in connection.execute(
            "SELECT geom FROM entities WHERE status = 'active'")])
    assert last["entities"] == len(xy)
    assert (last["mean_x"], last["mean_y"]) == pytest.approx(tuple(xy.mean(axis=0)), abs=1e-6)
    assert last["major_m"] >= last["minor_m"] > 0
    assert shifts[0]["distance_m"] == pytest.approx(
        ((ellipses[1]["mean_x"] - ellipses[0]["mean_x"]) ** 2 + (ellipses[1]["mean_y"] - ellipses[0]["mean_y"]) ** 2)
        ** 0.5)
    area = ellipses[-1].geometry().area()
    assert area == pytest.approx(3.14159265 * last["major_m"] * last["minor_m"], rel=0.01)


def test_the_report_holds_every_section_with_images_and_its_pdf_shows_the_map(provider, history_file, tmp_path):
    processing.run(SNAPSHOT, {"GEOPACKAGE": str(history_file), "AS_OF": "2026-09-30", "MONTHLY_FROM": "2025-09-01",
                              "OUTPUT": "TEMPORARY_OUTPUT"})
    html_path, pdf_path = tmp_path / "rapport.html", tmp_path / "rapport.pdf"
    processing.run("brussels_creative:ecosystem_report", {"GEOPACKAGE": str(history_file), "LANGUAGE": 1,
                                                          "OUTPUT": str(html_path), "PDF": str(pdf_path)})
    page = html.unescape(html_path.read_text(encoding="utf-8"))
    assert "<html lang='fr'>" in page and "L'écosystème créatif de la Région de Bruxelles-Capitale" in page
    for section in ("key-figures", "trends", "maps", "municipalities", "sectors", "hubs", "quality", "method"):
        assert f"<section id='{section}'>" in page, section
    images = re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", page)
    assert len(images) == 3  # the trends, the map of types, the density map
    for data in images:
        image = QImage.fromData(base64.b64decode(data), "PNG")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert image.width() >= 800 and len(colours) > 20, "an empty picture"
    with sqlite3.connect(history_file) as connection:
        active = connection.execute("SELECT count(*) FROM entities WHERE status = 'active'").fetchone()[0]
    assert re.search(rf"<td>Entités actives</td><td>{active:,}</td>".replace(",", " "), page)
    assert "Anderlecht" in page and "Woluwe-Saint-Pierre" in page  # the municipalities' French names

    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", str(pdf_path), str(tmp_path / "page")],
                   check=True)
    first = QImage(str(next(tmp_path.glob("page*.png"))))
    assert first.width() > first.height()  # A4 landscape
    xs = range(int(first.width() * 0.05), int(first.width() * 0.6), 3)  # inside the map's frame
    ys = range(int(first.height() * 0.15), int(first.height() * 0.9), 3)
    drawn = sum(QColor(first.pixel(x, y)).lightness() < 250 for x in xs for y in ys)
    assert drawn / (len(xs) * len(ys)) > 0.3  # the municipalities (light grey) and the entities, not a white frame


def test_the_report_speaks_dutch_without_snapshots(provider, history_file, tmp_path):
    target = tmp_path / "rapport.html"
    processing.run("brussels_creative:ecosystem_report", {"GEOPACKAGE": str(history_file), "LANGUAGE": 2,
                                                          "OUTPUT": str(target)})
    page = html.unescape(target.read_text(encoding="utf-8"))
    assert "Het creatieve ecosysteem" in page and "Sint-Jans-Molenbeek" in page
    assert "Nog geen momentopnamen." in page  # no trend chart without snapshots, said
    assert len(re.findall(r"data:image/png;base64,", page)) == 2


def test_density_change_is_the_difference_of_two_densities_on_one_grid(provider, sample_file, tmp_path):
    targets = {key: str(tmp_path / f"{key}.tif") for key in ("OUTPUT_FROM", "OUTPUT_TO", "OUTPUT")}
    processing.run("brussels_creative:density_change", {"GEOPACKAGE": str(sample_file), "DATE_FROM": "2025-03-31",
                                                        "DATE_TO": "2026-09-30", "PIXEL_SIZE": 100, **targets})
    grids = {key: gdal.Open(path) for key, path in targets.items()}
    transforms = {dataset.GetGeoTransform() for dataset in grids.values()}
    assert len(transforms) == 1 and next(iter(transforms))[0] % 100 == 0  # one grid, on multiples of the pixel
    first, second, change = (grids[k].GetRasterBand(1).ReadAsArray().astype(float)
                             for k in ("OUTPUT_FROM", "OUTPUT_TO", "OUTPUT"))
    np.testing.assert_allclose(change, second - first, atol=1e-3)
    pixel_km2 = 0.1 * 0.1
    with sqlite3.connect(sample_file) as connection:
        (now,) = connection.execute("SELECT count(*) FROM entities WHERE status = 'active'").fetchone()
    moments = kpi.parse_moment("2025-03-31"), None
    with sqlite3.connect(sample_file) as connection:
        counts = [len(x) for _, x, _ in active_points_at(connection, list(moments))]
    assert counts[1] == now and counts[0] < now
    assert first.sum() * pixel_km2 == pytest.approx(counts[0], rel=0.03)  # each integrates to its entities
    assert change.sum() * pixel_km2 == pytest.approx(counts[1] - counts[0], abs=0.03 * counts[1])
