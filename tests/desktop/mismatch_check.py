"""Run inside the real QGIS desktop (qgis --code) with a shapely on another GEOS: record what the user sees, then try
the algorithm that crashed QGIS (generate_sample) the way a script would, and quit."""

import json
import os

import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QLabel

REPORT = os.environ["BC_DESKTOP_REPORT"]


def _check():
    import shapely

    bar = qgis.utils.iface.messageBar()
    messages = [" ".join(label.text() for label in item.findChildren(QLabel)) + " " + item.text()
                for item in bar.items()]
    provider = QgsApplication.processingRegistry().providerById("brussels_creative")
    algorithms = sorted(a.id() for a in provider.algorithms()) if provider is not None else None
    result = {
        "active_plugins": list(qgis.utils.active_plugins),
        "plugin_file": qgis.utils.plugins["brussels_creative"].__class__.__module__,
        "shapely": [shapely.__version__, list(shapely.geos_version), shapely.__file__],
        "qgis_geos": Qgis.geosVersion(),
        "messages": messages,
        "algorithms": algorithms,
    }
    if "brussels_creative:generate_sample" in (algorithms or []):  # what crashed QGIS before the check
        import processing

        processing.run("brussels_creative:generate_sample", {"OUTPUT": os.environ["BC_DESKTOP_SAMPLE"], "COUNT": 200})
        result["generate_sample"] = "ran"
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    QgsProject.instance().setDirty(False)
    qgis.utils.iface.mainWindow().close()
    QgsApplication.exit(0)


QTimer.singleShot(2500, _check)
