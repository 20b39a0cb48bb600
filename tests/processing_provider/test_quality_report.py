"""quality_report through processing.run: the findings table, the counts and the HTML page with its map."""

from __future__ import annotations

import base64
import re

import processing
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.processing.algorithms.map_picture import render_png


def test_quality_report_writes_findings_and_a_page_with_a_map(provider, tmp_path):
    path = tmp_path / "eco.gpkg"
    with EcosystemStore.create(path) as store, store.transaction():
        for i in range(5):
            store.add_entity(148_000.0 + 300 * i, 170_000.0, name=f"Clean {i}", entity_type="company",
                             verification="verified", verified_at="2026-01-01", last_reviewed="2026-11-01")
        store.add_entity(150_000.0, 170_000.0, name="Atelier Nord", entity_type="company", phone="123",
                         verification="verified", verified_at="2026-01-01", last_reviewed="2026-11-01")
        store.add_entity(150_020.0, 170_010.0, name="Atelier du Nord", entity_type="company",
                         verification="verified", verified_at="2026-01-01", last_reviewed="2026-11-01")
    before = path.read_bytes()
    report = tmp_path / "report.html"
    result = processing.run("brussels_creative:quality_report", {
        "INPUT": str(path), "MONTHS": 12, "DISTANCE": 250, "OUTPUT": str(tmp_path / "findings.csv"),
        "REPORT": str(report)})
    assert path.read_bytes() == before  # read-only
    assert (result["ERRORS"], result["WARNINGS"]) == (0, 3)
    layer = QgsVectorLayer(result["OUTPUT"], "findings", "ogr")
    rows = sorted((f["check"], f["name"]) for f in layer.getFeatures())
    assert rows == [("invalid_phone", "Atelier Nord"), ("probable_duplicate", "Atelier Nord"),
                    ("probable_duplicate", "Atelier du Nord")]
    page = report.read_text(encoding="utf-8")
    assert "Rows to fix (3)" in page
    png = base64.b64decode(re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)", page).group(1))
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (800, 600)
    assert _red_pixels(image) > 0
    # Without findings nothing is red: the red comes from the marked entities, not from the map's background.
    clean = QImage.fromData(render_png(str(path), [(148_000.0, 170_000.0)], []), "PNG")
    assert _red_pixels(clean) == 0


def _red_pixels(image: QImage) -> int:
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if (c := image.pixelColor(x, y)).red() > 180 and c.green() < 90 and c.blue() < 90)
