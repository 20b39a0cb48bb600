"""generate_sample stores the forms and the ready project in the file it makes, in the language asked for."""

from __future__ import annotations

import sqlite3

import processing
from qgis.core import QgsVectorLayer


def test_generate_sample_stores_dutch_forms_and_the_project(provider, tmp_path):
    path = tmp_path / "sample.gpkg"
    processing.run("brussels_creative:generate_sample", {"OUTPUT": str(path), "COUNT": 30, "LANGUAGE": 3})
    entities = QgsVectorLayer(f"{path}|layername=entities", "entities", "ogr")
    assert entities.featureCount() == 30
    assert entities.editFormConfig().tabs()[0].name() == "Identiteit"
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM qgis_projects").fetchall() == [("Brussels Creative",)]
        assert connection.execute("SELECT count(*) FROM layer_styles WHERE useAsDefault").fetchone() == (14,)
