"""publish_web_map through processing.run: a folder and a .zip, the parameters reaching the page's data."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import processing
import pytest
from helpers import sample_ecosystem
from qgis.core import QgsProcessingException

from brussels_creative.core.publish import webmap

ALG = "brussels_creative:publish_web_map"


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A sample ecosystem of 150 entities."""
    path = tmp_path_factory.mktemp("publish_alg") / "source.gpkg"
    sample_ecosystem(path, 150, 5)
    return path


def _public_count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute(
            "SELECT count(*) FROM entities WHERE visibility = 'public' AND status = 'active' "
            "AND verification IN ('claimed', 'verified')"
        ).fetchone()[0]


def test_folder_output_carries_the_parameters_into_the_page(provider, source, tmp_path):
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    target = tmp_path / "map"
    result = processing.run(ALG, {
        "INPUT": str(source), "TITLE": "Kaart van de creatieve sector", "CONTACT_EMAIL": "kaart@example.org",
        "LANGUAGE": "nl", "TILE_URL": "", "OUTPUT": str(target),
    })
    assert result["OUTPUT"] == str(target)
    data = webmap.read_data_js(target / "data.js")
    assert data["count"] == _public_count(source) > 10
    assert (data["title"], data["contact"], data["language"], data["tiles"]) == (
        "Kaart van de creatieve sector", "kaart@example.org", "nl", None)
    page = (target / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in page and "<title>Kaart van de creatieve sector</title>" in page
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before


def test_zip_output_with_the_default_tiles(provider, source, tmp_path):
    target = tmp_path / "map.zip"
    processing.run(ALG, {"INPUT": str(source), "OUTPUT": str(target)})
    with zipfile.ZipFile(target) as archive:
        assert {"index.html", "data.js", "municipalities.js", "vendor/leaflet/leaflet.js",
                "vendor/leaflet/LICENSE"} <= set(archive.namelist())
        text = archive.read("data.js").decode("utf-8")
    assert webmap.DEFAULT_TILE_URL.replace("/", "\\/") in text or webmap.DEFAULT_TILE_URL in text


def test_bad_contact_is_refused_naming_the_parameter(provider, source, tmp_path):
    with pytest.raises(QgsProcessingException, match="CONTACT_EMAIL"):
        processing.run(ALG, {"INPUT": str(source), "CONTACT_EMAIL": "nobody", "OUTPUT": str(tmp_path / "map")})
    assert list(tmp_path.iterdir()) == []
