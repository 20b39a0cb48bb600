"""Ready styles of the analysis outputs, applied when QGIS loads them: densities graduated with their unit in the
legend, hot and cold spots by confidence, the kernel density raster on a colour ramp fading to transparent, clusters
by id with the noise in grey. Built from the layer's own values (classes follow the data), qgis.core only."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsClassificationJenks,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core.publish.shapefile_names import short_names
from ..resources import style_path
from .styles import PALETTE

DENSITY_CLASSES = 5
DENSITY_RAMP = "Reds"  # a QGIS default ramp: light to dark, readable on the municipality outlines
# gi_bin of hotspots: +3 … −3 (hot, cold at 99 / 95 / 90 % confidence), 0 not significant.
HOTSPOT_CLASSES = (
    (3, "#b2182b", "Hot spot, 99 % confidence"),
    (2, "#ef8a62", "Hot spot, 95 % confidence"),
    (1, "#fddbc7", "Hot spot, 90 % confidence"),
    (0, "#f2f2f2", "Not significant"),
    (-1, "#d1e5f0", "Cold spot, 90 % confidence"),
    (-2, "#67a9cf", "Cold spot, 95 % confidence"),
    (-3, "#2166ac", "Cold spot, 99 % confidence"),
)
NOISE_COLOUR = "#9e9e9e"


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


def field_named(layer: QgsVectorLayer, name: str) -> str:
    """The layer's field for `name`: itself, or its short name in a shapefile output (density_km2 → density_km)."""
    if layer.fields().indexOf(name) >= 0:
        return name
    return short_names([name])[0]


def style_density(layer: QgsVectorLayer, field: str = "density_km2") -> None:
    """Densities in natural breaks (Jenks) classes, light to dark, the legend in entities per km²."""
    renderer = QgsGraduatedSymbolRenderer(field_named(layer, field))
    method = QgsClassificationJenks()
    method.setLabelFormat(tr("%1 – %2 per km²"))
    method.setLabelPrecision(1)
    method.setLabelTrimTrailingZeroes(True)
    renderer.setClassificationMethod(method)
    symbol = QgsFillSymbol.createSimple({"outline_color": "#6e6e6e", "outline_width": "0.15"})
    renderer.setSourceSymbol(symbol)
    renderer.updateClasses(layer, DENSITY_CLASSES)
    ramp = QgsStyle.defaultStyle().colorRamp(DENSITY_RAMP) or QgsGradientColorRamp(QColor("#fee5d9"),
                                                                                 QColor("#a50f15"))
    renderer.updateColorRamp(ramp)
    layer.setRenderer(renderer)


def style_hotspots(layer: QgsVectorLayer) -> None:
    """Hot spots in reds and cold spots in blues, darker with confidence; not significant in light grey."""
    categories = []
    for value, colour, label in HOTSPOT_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#8c8c8c", "outline_width": "0.1"})
        categories.append(QgsRendererCategory(value, symbol, tr(label)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("gi_bin", categories))


def _cluster_categories(layer: QgsVectorLayer, make: Callable[[QColor], object], noise) -> list:
    index = layer.fields().indexOf("cluster_id")
    ids = sorted(v for v in layer.uniqueValues(index) if v is not None and v == v and str(v) != "NULL")
    categories = [QgsRendererCategory(value, make(QColor(PALETTE[i % len(PALETTE)])), str(value))
                  for i, value in enumerate(ids)]
    if noise is not None:
        categories.append(QgsRendererCategory(None, noise, tr("Noise (no cluster)")))
    return categories


def style_cluster_points(layer: QgsVectorLayer) -> None:
    """Entities coloured by cluster; noise small and grey."""
    def marker(colour: QColor):
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour.name(), "size": "2.2",
                                             "outline_color": "#ffffff", "outline_width": "0.2"})
    noise = QgsMarkerSymbol.createSimple({"name": "circle", "color": NOISE_COLOUR, "size": "1.2",
                                          "outline_style": "no"})
    layer.setRenderer(QgsCategorizedSymbolRenderer("cluster_id", _cluster_categories(layer, marker, noise)))


def style_cluster_hulls(layer: QgsVectorLayer) -> None:
    """Cluster hulls in the colours of their entities, see-through."""
    def fill(colour: QColor):
        tinted = QColor(colour)
        tinted.setAlpha(70)
        return QgsFillSymbol.createSimple({"color": f"{tinted.red()},{tinted.green()},{tinted.blue()},70",
                                           "outline_color": colour.name(), "outline_width": "0.4"})
    layer.setRenderer(QgsCategorizedSymbolRenderer("cluster_id", _cluster_categories(layer, fill, None)))


def style_kernel_density(layer: QgsRasterLayer) -> None:
    """The density raster on a light-to-dark ramp from 0 (transparent) to its maximum, in entities per km²."""
    provider = layer.dataProvider()
    stats = provider.bandStatistics(1, Qgis.RasterBandStatistic.Max | Qgis.RasterBandStatistic.Min)
    top = stats.maximumValue if stats.maximumValue > 0 else 1.0
    ramp = QgsStyle.defaultStyle().colorRamp("Magma") or QgsGradientColorRamp(QColor("#fcfdbf"), QColor("#000004"))
    items = [QgsColorRampShader.ColorRampItem(0.0, QColor(0, 0, 0, 0), "0")]
    steps = 5
    for step in range(1, steps + 1):
        value = top * step / steps
        colour = ramp.color(1.0 - step / (steps + 1))  # Magma: dark is dense
        items.append(QgsColorRampShader.ColorRampItem(value, colour, tr("{:.1f} per km²").format(value)))
    shader_function = QgsColorRampShader(0.0, top)
    shader_function.setColorRampType(QgsColorRampShader.Interpolated)
    shader_function.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(top)
    renderer.setOpacity(0.85)
    layer.setRenderer(renderer)


def style_from_qml(name: str) -> Callable[[QgsMapLayer], None]:
    """A style shipped as resources/styles/<name>."""
    def apply(layer: QgsMapLayer) -> None:
        layer.loadNamedStyle(style_path(name))
    return apply


# The styles by name, as the algorithms ask for them.
ANALYSIS_STYLES: dict[str, Callable[[QgsMapLayer], None]] = {
    "density": style_density,
    "hotspots": style_hotspots,
    "cluster_points": style_cluster_points,
    "cluster_hulls": style_cluster_hulls,
    "kernel_density": style_kernel_density,
    "network_metrics": style_from_qml("network_metrics.qml"),
    "flow_lines": style_from_qml("flow_lines.qml"),
}
