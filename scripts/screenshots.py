"""Render the README's pictures into docs/: the styled map of a sample ecosystem and the entity form (fr)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    """Build a sample ecosystem, open it the plugin's way, and save the pictures."""
    from qgis.core import QgsApplication, QgsProject
    from qgis.gui import QgsGui

    app = QgsApplication([], True)
    app.initQgis()
    QgsGui.editorWidgetRegistry().initEditors()
    from brussels_creative.core.sample.generator import generate_sample
    from brussels_creative.core.store.ecosystem import EcosystemStore
    from brussels_creative.gui.ecosystem_layers import open_ecosystem
    from brussels_creative.gui.snapshots import render_entity_form, render_map

    docs = REPO / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.gpkg"
        with EcosystemStore.create(path) as store:
            generate_sample(store, n=1500, seed=42)
        ecosystem = open_ecosystem(path, QgsProject.instance(), "en")
        print(render_map(ecosystem, docs / "map_region.png"))
        QgsProject.instance().clear()
        ecosystem = open_ecosystem(path, QgsProject.instance(), "fr")
        for tab, name in ((0, "identity"), (1, "activity"), (4, "status")):
            print(render_entity_form(ecosystem, docs / f"entity_form_fr_{name}.png", tab=tab))
        QgsProject.instance().clear()
    app.exitQgis()


if __name__ == "__main__":
    main()
