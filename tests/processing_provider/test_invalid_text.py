"""Text another tool wrote into the ecosystem file as invalid UTF-8 (found with the bad-input corpus: Python's sqlite3
raised "Could not decode to UTF-8" and the analyses stopped with a traceback). It now reads as U+FFFD (�), and the
analyses, the KPIs and the web map run."""

from __future__ import annotations

import shutil

import processing
from helpers import entities, layer_rows

from brussels_creative.core.store.ecosystem import EcosystemStore


def test_invalid_utf8_in_the_file_reads_as_replacement_characters(provider, ecosystem, tmp_path):
    path = tmp_path / "broken.gpkg"
    shutil.copy(ecosystem, path)
    with EcosystemStore.open(path) as store, store.transaction() as connection:
        (uuid,) = connection.execute(  # published on the web map
            "SELECT uuid FROM entities WHERE visibility = 'public' AND status = 'active' "
            "AND verification IN ('verified', 'claimed') ORDER BY fid LIMIT 1").fetchone()
        connection.execute("UPDATE entities SET name = CAST(X'4361666520C3' AS TEXT), "
                           "description = CAST(X'FFFE41' AS TEXT) WHERE uuid = ?", (uuid,))
    clustered = processing.run("brussels_creative:clusters", {
        "INPUT": entities(path), "EPS": 300.0, "MIN_POINTS": 3, "OUTPUT": "memory:", "CLUSTERS": "memory:"})
    names = {row["uuid"]: row["name"] for row in layer_rows(clustered["OUTPUT"])}
    assert names[uuid] == "Cafe \ufffd"
    snapshot = processing.run("brussels_creative:kpi_snapshot", {"GEOPACKAGE": str(path), "OUTPUT": "memory:"})
    assert snapshot["OUTPUT"].featureCount() > 0
    published = processing.run("brussels_creative:publish_web_map", {"INPUT": str(path),
                                                                      "OUTPUT": str(tmp_path / "web")})
    assert "Cafe \ufffd" in (tmp_path / "web" / "data.js").read_text(encoding="utf-8")
    assert published["OUTPUT"]
