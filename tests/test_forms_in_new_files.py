"""A file made headless by qgis_process carries its forms and a ready project: plain QGIS (no plugin code involved
here: only qgis.core reading the file) opens it, after a colleague copied it into another folder.

The stored project names its layers relative to the GeoPackage's folder (QGIS's rule for projects in a GeoPackage):
a copy in another folder opens; a renamed copy does not find its layers (the layer_styles forms still apply)."""

from __future__ import annotations

import shutil
import sqlite3

from qgis.core import QgsEditFormConfig, QgsProject, QgsVectorLayer

PROJECT = "Brussels Creative"


def _tabs(layer: QgsVectorLayer) -> list[str]:
    return [element.name() for element in layer.editFormConfig().tabs()]


def test_a_file_from_qgis_process_opens_with_its_forms_and_project_in_plain_qgis(qgis_process_cli, tmp_path):
    made = tmp_path / "made.gpkg"
    qgis_process_cli.run("generate_sample", OUTPUT=str(made), COUNT=50, LANGUAGE=2)  # Français
    colleague = tmp_path / "elsewhere" / "made.gpkg"
    colleague.parent.mkdir()
    shutil.copy(made, colleague)
    made.unlink()

    with sqlite3.connect(colleague) as connection:
        styled = {row[0] for row in connection.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
        projects = [row[0] for row in connection.execute("SELECT name FROM qgis_projects")]
    assert {"entities", "relationships", "entity_sectors", "municipalities", "sectors"} <= styled
    assert projects == [PROJECT]

    # a layer added by hand (Layer ▸ Add layer) gets the default style: the French form with its tabs
    entities = QgsVectorLayer(f"{colleague}|layername=entities", "entities", "ogr")
    assert entities.isValid()
    assert entities.editFormConfig().layout() == QgsEditFormConfig.TabLayout
    assert _tabs(entities)[0] == "Identité"
    assert entities.renderer().classAttribute() == "entity_type"

    # Project ▸ Open from ▸ GeoPackage: every layer found in the copied file, with the relations of the forms
    project = QgsProject()
    assert project.read(f"geopackage:{colleague}?projectName=Brussels%20Creative")
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert len(layers) == 14 and all(layer.isValid() for layer in layers.values())
    assert layers["Entités"].source().startswith(str(colleague))
    assert len(project.relationManager().relations()) == 6
    project.clear()
