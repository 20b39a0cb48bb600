"""Write the QML styles of the Network outputs into brussels_creative/resources/styles: network_metrics.qml
(colour by community, size by betweenness) and flow_lines.qml (width by the number of links).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_network_style.py
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#7f7f7f", "#aec7e8", "#ffbb78"]
STYLES = Path(__file__).resolve().parents[1] / "brussels_creative" / "resources" / "styles"
WIDTH = 'coalesce(0.25 + 3.75 * "links" / nullif(maximum("links"), 0), 0.25)'
SIZE = 'coalesce(1.6 + 6.4 * sqrt("betweenness" / nullif(maximum("betweenness"), 0)), 1.6)'


def symbol(color: str) -> QgsMarkerSymbol:
    """A circle of the colour, its size (mm) growing with the square root of betweenness."""
    marker = QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "outline_color": "#ffffff",
                                           "outline_width": "0.2"})
    marker.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertySize, QgsProperty.fromExpression(SIZE))
    return marker


def save(layer: QgsVectorLayer, name: str) -> None:
    """Save the layer's symbology as resources/styles/<name>."""
    message, ok = layer.saveNamedStyle(str(STYLES / name), categories=QgsMapLayer.Symbology)
    print(message)
    if not ok:
        sys.exit(1)


def main() -> None:
    """Build the renderers on memory layers and save their symbology."""
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=community:integer&field=betweenness:double", "m", "memory")
    categories = [QgsRendererCategory(i + 1, symbol(c), str(i + 1)) for i, c in enumerate(PALETTE)]
    categories.append(QgsRendererCategory(None, symbol("#c8c8c8"), "other communities"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("community", categories))
    save(layer, "network_metrics.qml")
    lines = QgsVectorLayer("LineString?crs=EPSG:31370&field=links:integer", "l", "memory")
    line = QgsLineSymbol.createSimple({"line_color": "#3b6fb6", "line_width": "0.5", "capstyle": "round"})
    line.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(WIDTH))
    line.setOpacity(0.7)
    lines.setRenderer(QgsSingleSymbolRenderer(line))
    save(lines, "flow_lines.qml")


if __name__ == "__main__":
    main()
