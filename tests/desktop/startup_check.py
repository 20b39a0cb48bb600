"""Run inside the real QGIS desktop (qgis --code): check the plugin, take a screenshot, write a report, quit."""

import json
import os

import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QMenu, QToolBar

REPORT = os.environ["BC_DESKTOP_REPORT"]
SCREENSHOT = os.environ["BC_DESKTOP_SCREENSHOT"]
errors = []


def _collect(message, tag, level):
    if level >= Qgis.Warning and ("python" in tag.lower() or "brussels" in tag.lower()):
        errors.append(f"{tag}: {message}")


QgsApplication.messageLog().messageReceived.connect(_collect)


def _open_ecosystem():
    """Open the ecosystem given in BC_DESKTOP_OPEN the way a user does (the plugin's own action)."""
    path = os.environ.get("BC_DESKTOP_OPEN")
    if not path:
        return None
    plugin = qgis.utils.plugins["brussels_creative"]
    opened = plugin.open_ecosystem(path)
    qgis.utils.iface.mapCanvas().setExtent(plugin.ecosystems[path].layers["municipalities"].extent())
    qgis.utils.iface.mapCanvas().refreshAllLayers()
    return {"opened": opened, "layers": len(QgsProject.instance().mapLayers())}


def _measure_network():
    """Run network_metrics on the opened ecosystem: numba's compiler and python-igraph load inside QGIS itself."""
    path = os.environ.get("BC_DESKTOP_OPEN")
    if not path:
        return None
    import processing

    from brussels_creative.core.analysis import network

    output = os.path.join(os.path.dirname(REPORT), "network_metrics.gpkg")
    processing.run("brussels_creative:network_metrics", {"INPUT": f"{path}|layername=entities", "OUTPUT": output})
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(output, "metrics", "ogr")
    return {"engine": network.default_engine(), "entities": layer.featureCount()}


def _check():
    window = qgis.utils.iface.mainWindow()
    window.resize(1280, 800)
    ecosystem = _open_ecosystem()
    if ecosystem is not None:
        qgis.utils.iface.mapCanvas().waitWhileRendering()
    measured = _measure_network()
    providers = [p.id() for p in QgsApplication.processingRegistry().providers()]
    menus = [m.title() for m in window.menuBar().findChildren(QMenu, "BrusselsCreativeMenu")]
    menus += [
        a.menu().title()
        for a in window.menuBar().actions()
        if a.menu() is not None and a.menu().objectName() == "BrusselsCreativeMenu"
    ]
    toolbars = [t.windowTitle() for t in window.findChildren(QToolBar, "BrusselsCreativeToolbar")]
    algorithms = []
    provider = QgsApplication.processingRegistry().providerById("brussels_creative")
    if provider is not None:
        algorithms = sorted(a.id() for a in provider.algorithms())
    window.grab().save(SCREENSHOT)
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(
            {
                "active_plugins": list(qgis.utils.active_plugins),
                "providers": providers,
                "menus": sorted(set(menus)),
                "toolbars": toolbars,
                "algorithms": algorithms,
                "errors": errors,
                "qgis_version": Qgis.version(),
                "ecosystem": ecosystem,
                "network": measured,
            },
            handle,
        )
    QgsProject.instance().clear()  # no "save the project?" question on closing
    QgsProject.instance().setDirty(False)
    window.close()
    QgsApplication.exit(0)


QTimer.singleShot(2500, _check)

