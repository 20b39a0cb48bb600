"""Render the README's pictures into docs/: QGIS desktop with a sample ecosystem opened by the plugin (under Xvfb),
the styled map, the entity form (fr), the KPI trends and the first page of the report (fr). The sample file has a
plain name (brussels_ecosystem.gpkg)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SAMPLE_NAME = "brussels_ecosystem.gpkg"


def render_desktop(path: Path, screenshot: Path, folder: Path) -> None:
    """Start the real QGIS desktop under Xvfb with a fresh profile, open the file with the plugin, grab the window."""
    settings = folder / "profiles" / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text(
        "[PythonPlugins]\nbrussels_creative=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n"
        "allowVersionCheck=false\n\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n",
        encoding="utf-8",
    )
    report = folder / "report.json"
    env = dict(
        os.environ, HOME=str(folder), QGIS_PLUGINPATH=str(REPO), PYTHONPATH=sysconfig.get_paths()["purelib"],
        BC_DESKTOP_REPORT=str(report), BC_DESKTOP_SCREENSHOT=str(screenshot), BC_DESKTOP_OPEN=str(path),
    )
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb)
    subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(folder / "profiles"), "--code", str(REPO / "tests" / "desktop" / "startup_check.py")],
        env=env, check=True, timeout=180,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    if not (result["ecosystem"] or {}).get("opened") or result["errors"]:
        raise SystemExit(f"the desktop picture is not right: {result}")
    print(screenshot)


def render_network(path: Path, docs: Path, folder: Path) -> None:
    """The network's communities (entities coloured by community, sized by betweenness) and the reach of the
    best-connected hub within two relationships (its hull), over the municipalities, as the plugin styles them."""
    import processing
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtGui import QColor

    from brussels_creative.gui.snapshots import render_layers
    from brussels_creative.layers.analysis_styles import ANALYSIS_STYLES

    metrics = processing.run("brussels_creative:network_metrics", {
        "INPUT": f"{path}|layername=entities", "OUTPUT": str(folder / "metrics.gpkg")})["OUTPUT"]
    metrics_layer = QgsVectorLayer(metrics, "metrics", "ogr")
    ANALYSIS_STYLES["network_metrics"](metrics_layer)
    hub = max((f for f in metrics_layer.getFeatures() if f["entity_type"] == "hub"), key=lambda f: f["degree"])
    reach = processing.run("brussels_creative:hub_reach", {
        "INPUT": f"{path}|layername=entities", "HUB_IDS": hub["uuid"], "HOPS": 2,
        "OUTPUT": str(folder / "reach.gpkg")})["OUTPUT"]
    reach_layer = QgsVectorLayer(reach, "reach", "ogr")
    reach_layer.renderer().symbol().setColor(QColor(0, 0, 0, 0))
    reach_layer.renderer().symbol().symbolLayer(0).setStrokeColor(QColor("#d62728"))
    reach_layer.renderer().symbol().symbolLayer(0).setStrokeWidth(0.8)
    municipalities = QgsVectorLayer(f"{path}|layername=municipalities", "municipalities", "ogr")
    municipalities.renderer().symbol().setColor(QColor("#f2f2ee"))
    for layer in (metrics_layer, reach_layer, municipalities):
        QgsProject.instance().addMapLayer(layer, False)
    print(render_layers([reach_layer, metrics_layer, municipalities], docs / "network_communities.png"))
    QgsProject.instance().removeAllMapLayers()


def render_monitoring(path: Path, docs: Path, folder: Path) -> None:
    """Monthly KPI snapshots of the sample's two years, the trend chart and the first page of the French report."""
    from qgis.core import QgsApplication

    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))  # QGIS's Processing plugin
    import processing
    from processing.core.Processing import Processing

    from brussels_creative.processing.provider import BrusselsCreativeProvider

    Processing.initialize()
    provider = BrusselsCreativeProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    render_network(path, docs, folder)
    processing.run("brussels_creative:kpi_snapshot", {"GEOPACKAGE": str(path), "AS_OF": "2026-09-30",
                                                      "MONTHLY_FROM": "2024-10-01", "OUTPUT": "TEMPORARY_OUTPUT"})
    processing.run("brussels_creative:kpi_trends", {"GEOPACKAGE": str(path), "OUTPUT": "TEMPORARY_OUTPUT",
                                                    "KPIS": "active_entities, share_verified, relationships_per_entity",
                                                    "CHART": str(docs / "kpi_trends.png")})
    print(docs / "kpi_trends.png")
    pdf = folder / "report.pdf"
    processing.run("brussels_creative:ecosystem_report", {"GEOPACKAGE": str(path), "LANGUAGE": 1,
                                                          "OUTPUT": str(folder / "report.html"), "PDF": str(pdf)})
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
                    str(docs / "report_page_fr")], check=True)
    print(docs / "report_page_fr.png")
    QgsApplication.processingRegistry().removeProvider(provider)


def propose_changes(path: Path) -> None:
    """Proposals as they arrive: a partner list, the public web map, a form; one field changed since."""
    from brussels_creative.core.curation import proposals
    from brussels_creative.core.store.ecosystem import EcosystemStore

    with EcosystemStore.open(path) as store:
        rows = store.connection.execute(
            "SELECT uuid, name, website FROM entities WHERE status = 'active' ORDER BY fid LIMIT 6").fetchall()
        (a, _, _), (b, _, _), (c, name_c, _), (d, _, _), (e, _, _), (f, _, site_f) = rows
        proposals.propose(store, a, "phone", "+32 2 512 40 10", "hub.brussels", "partner list 2026")
        proposals.propose(store, b, "entity_sectors", ["design", "architecture"], "visitor", "web map")
        proposals.propose(store, c, "name", name_c + " Lab", "visitor", "web map")
        proposals.propose(store, d, "entity_audiences", ["startups", "students"], "hub.brussels", "partner list 2026")
        proposals.propose(store, e, "claim", {"name": "Sofie Claes", "email": "sofie@example.be"}, "Sofie Claes",
                          "web map")
        proposals.propose(store, f, "website", (site_f or "https://example.be") + "/nl", "curator.bert", "form")
        proposals.propose_new(store, {"name": "Atelier Midi", "entity_type": "makerspace",
                                      "location": [148900.0, 169600.0]}, "visitor", "web map")
        store.connection.execute("UPDATE entities SET name = ? WHERE uuid = ?", (name_c + " Studio", c))
        store.connection.commit()


def main() -> None:
    """Build a sample ecosystem, open it the plugin's way, and save the pictures."""
    from qgis.core import QgsApplication, QgsProject
    from qgis.gui import QgsGui

    app = QgsApplication([], True)
    app.initQgis()
    QgsGui.editorWidgetRegistry().initEditors()
    from brussels_creative.core.sample.generator import generate_sample
    from brussels_creative.core.store.ecosystem import EcosystemStore
    from brussels_creative.gui.snapshots import render_curation_dock, render_entity_form, render_map
    from brussels_creative.layers.ecosystem_layers import open_ecosystem

    docs = REPO / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / SAMPLE_NAME
        with EcosystemStore.create(path) as store:
            generate_sample(store, n=1500, seed=42)
        render_desktop(path, docs / "qgis_desktop.png", Path(folder))
        ecosystem = open_ecosystem(path, QgsProject.instance(), "en")
        print(render_map(ecosystem, docs / "map_region.png"))
        QgsProject.instance().clear()
        ecosystem = open_ecosystem(path, QgsProject.instance(), "fr")
        for tab, name in ((0, "identity"), (1, "activity"), (4, "status")):
            print(render_entity_form(ecosystem, docs / f"entity_form_fr_{name}.png", tab=tab))
        QgsProject.instance().clear()
        propose_changes(path)
        ecosystem = open_ecosystem(path, QgsProject.instance(), "en")
        print(render_curation_dock(ecosystem, docs / "curation_dock.png"))
        QgsProject.instance().clear()
        render_monitoring(path, docs, Path(folder))
    app.exitQgis()


if __name__ == "__main__":
    main()
