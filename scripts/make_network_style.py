"""Write the style of network_metrics' output (colour by community, size by betweenness) as a QML file.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_network_style.py \
    brussels_creative/resources/styles/network_metrics.qml
"""

import sys

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSymbolLayer,
    QgsVectorLayer,
)

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#7f7f7f", "#aec7e8", "#ffbb78"]
SIZE = 'coalesce(1.6 + 6.4 * sqrt("betweenness" / nullif(maximum("betweenness"), 0)), 1.6)'


def symbol(color: str) -> QgsMarkerSymbol:
    """A circle of the colour, its size (mm) growing with the square root of betweenness."""
    marker = QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "outline_color": "#ffffff",
                                           "outline_width": "0.2"})
    marker.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertySize, QgsProperty.fromExpression(SIZE))
    return marker


def main(path: str) -> None:
    """Build the renderer on a memory layer and save its symbology."""
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=community:integer&field=betweenness:double", "m", "memory")
    categories = [QgsRendererCategory(i + 1, symbol(c), str(i + 1)) for i, c in enumerate(PALETTE)]
    categories.append(QgsRendererCategory(None, symbol("#c8c8c8"), "other communities"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("community", categories))
    message, ok = layer.saveNamedStyle(path, categories=QgsMapLayer.Symbology)
    print(message)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1])
