"""A small map picture rendered by QGIS: the municipalities, every entity in grey and the given points in red."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor


def _points_layer(points: list[tuple[float, float]], color: str, size: float) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:31370", "points", "memory")
    features = []
    for x, y in points:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "outline_style": "no", "size": str(size)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def render_png(gpkg_path: str, all_points: list[tuple[float, float]], marked: list[tuple[float, float]],
               width: int = 800, height: int = 600) -> bytes:
    """Render the municipalities of the file with all points (grey) and the marked ones (red) as PNG bytes."""
    municipalities = QgsVectorLayer(f"{gpkg_path}|layername=municipalities", "municipalities", "ogr")
    if not municipalities.isValid():
        raise RuntimeError(f"cannot read the municipalities of {gpkg_path}")
    municipalities.renderer().symbol().setColor(QColor("#f4f1ea"))
    municipalities.renderer().symbol().symbolLayer(0).setStrokeColor(QColor("#8c8c8c"))
    grey = _points_layer(all_points, "160,160,160,180", 1.2)
    red = _points_layer(marked, "215,25,28,230", 2.0)
    extent = QgsRectangle(municipalities.extent())
    for x, y in marked:
        extent.combineExtentWith(x, y)
    extent.scale(1.05)
    settings = QgsMapSettings()
    settings.setLayers([red, grey, municipalities])
    settings.setDestinationCrs(municipalities.crs())
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
