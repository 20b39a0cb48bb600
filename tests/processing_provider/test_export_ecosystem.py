"""export_ecosystem through processing.run and qgis_process: outputs QGIS opens with the right CRS and encoding."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import processing
import pytest
from helpers import sample_ecosystem
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.layers.ecosystem_layers import project_uri, store_in_geopackage

ALG = "brussels_creative:export_ecosystem"


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A sample ecosystem of 120 entities with an accented private freelancer."""
    path = tmp_path_factory.mktemp("export_alg") / "source.gpkg"
    with EcosystemStore.create(path) as store:
        generate_sample(store, 120, seed=3)
        with store.transaction():
            store.add_entity(149_000, 170_000, name="Léa Müller‘s Straße", entity_type="freelancer",
                             status="active", visibility="public", verification="verified", email="lea@example.be",
                             address="Rue Blaes 7 bte 3", claimed_by="lea.muller@gmail.com", verified_by="tom.janssens")
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _layer(uri: str, name: str = "entities") -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "ogr")
    assert layer.isValid(), uri
    return layer


def test_geopackage_export_opens_in_qgis_and_validates(provider, source, tmp_path):
    before = _digest(source)
    target = tmp_path / "internal.gpkg"
    result = processing.run(ALG, {"INPUT": str(source), "FORMAT": 0, "PROFILE": "internal", "OUTPUT": str(target)})
    assert result["OUTPUT"] == str(target)
    assert validate_gpkg.check(str(target), abort_at_first_error=False, warning_msg=False) == []
    for table in ("entities", "relationship_lines", "municipalities", "sectors", "history"):
        _layer(f"{target}|layername={table}", table)
    entities = _layer(f"{target}|layername=entities")
    assert entities.crs().authid() == "EPSG:31370"
    assert entities.featureCount() == _layer(f"{source}|layername=entities").featureCount()
    assert _digest(source) == before


def test_geopackage_export_keeps_styles_forms_and_a_project_pointing_at_itself(provider, tmp_path):
    source = tmp_path / "styled.gpkg"
    sample_ecosystem(source, 40, 5)
    store_in_geopackage(source)
    before = _digest(source)
    target = tmp_path / "out" / "styled_partner.gpkg"
    target.parent.mkdir()
    processing.run(ALG, {"INPUT": str(source), "FORMAT": 0, "PROFILE": "partner", "OUTPUT": str(target)})
    assert validate_gpkg.check(str(target), abort_at_first_error=False, warning_msg=False) == []
    queries = ("SELECT f_table_name, styleName, useAsDefault FROM layer_styles ORDER BY id",
               "SELECT name FROM qgis_projects")
    for query in queries:
        rows = [sqlite3.connect(path).execute(query).fetchall() for path in (source, target)]
        assert rows[0] and rows[0] == rows[1]
    entities = _layer(f"{target}|layername=entities")
    widget = entities.editorWidgetSetup(entities.fields().indexOf("entity_type")).type()
    assert widget == "ValueRelation"  # the form came with the default style, without the plugin
    project = QgsProject()
    assert project.read(project_uri(target))
    layers = list(project.mapLayers().values())
    assert layers and all(layer.isValid() for layer in layers)
    assert all(Path(layer.source().split("|")[0]).resolve() == target.resolve() for layer in layers)
    project.clear()
    assert _digest(source) == before


@pytest.mark.parametrize("fmt", [1, 2])
def test_partner_shapefiles_open_in_qgis_with_crs_and_utf8(provider, source, tmp_path, fmt):
    target = tmp_path / ("partner" if fmt == 1 else "partner.zip")
    processing.run(ALG, {"INPUT": str(source), "FORMAT": fmt, "PROFILE": "partner", "LANGUAGE": "fr",
                         "OUTPUT": str(target)})
    base = f"{target}/" if fmt == 1 else f"/vsizip/{target}/"
    entities = _layer(base + "entities.shp")
    assert entities.crs().authid() == "EPSG:31370"
    assert entities.dataProvider().encoding() == "UTF-8"
    names = [f["name"] for f in entities.getFeatures()]
    assert "Léa Müller‘s Straße" in names
    lea = next(f for f in entities.getFeatures() if f["name"] == "Léa Müller‘s Straße")
    assert lea["type"] == "Indépendant / freelance" and not lea["email"]  # a person's email is not shared
    for name in ("claimed_by", "verif_by", "created_by", "updated_by"):  # no claimant or staff account leaves
        assert entities.fields().indexOf(name) < 0, name
    assert (lea["claimed"], lea["verified"]) == (1, 1)  # whether it was claimed and verified, not by whom
    # a person stays on the map without their home: the street, and the centre of the 100 m cell
    assert lea["address"] == "Rue Blaes"
    assert lea.geometry().asPoint().x() == 149_050 and lea.geometry().asPoint().y() == 170_050
    assert _layer(base + "relations.shp", "relations").crs().authid() == "EPSG:31370"
    assert _layer(base + "sectors.dbf", "sectors").featureCount() > 0


def test_public_geojson_with_filters(provider, source, tmp_path):
    target = tmp_path / "public.geojson"
    processing.run(ALG, {"INPUT": str(source), "FORMAT": 3, "PROFILE": "public", "ENTITY_TYPES": ["freelancer"],
                         "MUNICIPALITIES": [], "CREATED_FROM": "2024-01-01", "OUTPUT": str(target)})
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["features"]
    for feature in data["features"]:
        properties = feature["properties"]
        assert properties["entity_type"] == "Freelancer"
        assert properties["visibility"] == "public" and properties["status"] == "active"
        assert properties["verification"] in ("claimed", "verified")
        assert properties.get("email") is None and "created_by" not in properties
        lon, lat = feature["geometry"]["coordinates"]
        assert 4.2 < lon < 4.5 and 50.7 < lat < 50.95


@pytest.mark.parametrize(
    ("params", "match"),
    [
        ({"FORMAT": 0, "OUTPUT": "out.zip"}, "OUTPUT"),
        ({"FORMAT": 3, "OUTPUT": "out.gpkg"}, "OUTPUT"),
        ({"FORMAT": 0, "OUTPUT": "out.gpkg", "INPUT": "missing.gpkg"}, "INPUT"),
    ],
)
def test_bad_parameters_are_refused_by_name(provider, source, tmp_path, params, match):
    params = {"INPUT": str(source), "PROFILE": "public", **params}
    params["OUTPUT"] = str(tmp_path / params["OUTPUT"])
    if params["INPUT"] == "missing.gpkg":
        params["INPUT"] = str(tmp_path / "missing.gpkg")
    with pytest.raises(QgsProcessingException, match=match):
        processing.run(ALG, params)
    assert list(tmp_path.iterdir()) == []


def test_export_runs_through_qgis_process(qgis_process_cli, source, tmp_path):
    target = tmp_path / "public.geojson"
    results = qgis_process_cli.run("export_ecosystem", INPUT=str(source), FORMAT=3, PROFILE="public",
                                   LANGUAGE="nl", OUTPUT=str(target))
    assert results["OUTPUT"] == str(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]
