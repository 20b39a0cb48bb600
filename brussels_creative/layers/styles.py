"""Map styles of the ecosystem layers: entities by type with distinct SVG markers, relationship lines by type."""

from __future__ import annotations

import base64
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..core.store.sources import EcosystemSource, as_source
from ..core.store.taxonomy import normalize_language

# A colour-blind-friendly palette (Okabe–Ito and Tol's muted), cycled over the types.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#332288", "#117733",
    "#882255", "#44AA99", "#999933", "#AA4499", "#6699CC", "#DDCC77", "#661100", "#888888",
)

# Marker outlines on a 24 × 24 canvas: each entity type gets a shape and a colour.
SHAPES = {
    "circle": '<circle cx="12" cy="12" r="9"/>',
    "square": '<rect x="3.5" y="3.5" width="17" height="17" rx="2"/>',
    "diamond": '<polygon points="12,1.5 22.5,12 12,22.5 1.5,12"/>',
    "triangle": '<polygon points="12,2 22.5,21 1.5,21"/>',
    "hexagon": '<polygon points="6.5,2.5 17.5,2.5 23,12 17.5,21.5 6.5,21.5 1,12"/>',
    "star": '<polygon points="12,1 14.9,8.6 23,9.2 16.8,14.4 18.8,22.3 12,18 5.2,22.3 7.2,14.4 1,9.2 9.1,8.6"/>',
    "pentagon": '<polygon points="12,1.5 22.5,9.2 18.5,21.5 5.5,21.5 1.5,9.2"/>',
    "triangle_down": '<polygon points="1.5,3 22.5,3 12,22"/>',
}

ENTITY_MARKERS = {
    "hub": ("star", 0),
    "cluster": ("hexagon", 7),
    "network": ("hexagon", 10),
    "fablab": ("square", 1),
    "makerspace": ("square", 4),
    "living_lab": ("square", 8),
    "coworking": ("diamond", 5),
    "incubator": ("triangle", 2),
    "company": ("circle", 0),
    "freelancer": ("circle", 6),
    "collective": ("pentagon", 3),
    "research": ("triangle_down", 9),
    "school": ("triangle_down", 11),
    "cultural_venue": ("pentagon", 12),
    "public_body": ("diamond", 13),
    "funder": ("star", 14),
    "event": ("triangle", 15),
}

RELATION_COLOURS = {
    "member_of": "#0072B2",
    "part_of_cluster": "#332288",
    "spin_off_of": "#D55E00",
    "incubated_by": "#009E73",
    "invested_in_by": "#E69F00",
    "founded_by": "#882255",
    "subsidiary_of": "#661100",
    "hosted_by": "#56B4E9",
    "supported_by": "#44AA99",
    "collaborates_with": "#888888",
}


def marker_svg(shape: str, colour: str) -> str:
    """Return the SVG text of a marker: a coloured shape with a white outline."""
    body = SHAPES.get(shape, SHAPES["circle"])
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
        f'<g fill="{colour}" stroke="#ffffff" stroke-width="1.6" stroke-linejoin="round">{body}</g></svg>'
    )


def _embedded(svg: str) -> str:
    # Embedded SVGs travel with the style (layer_styles, the stored project, a .qml): no plugin file needed.
    return "base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def entity_symbol(code: str, index: int = 0) -> QgsMarkerSymbol:
    """Return the marker symbol of an entity type (unknown types get a shape and colour from their position)."""
    shape, colour_index = ENTITY_MARKERS.get(code, (list(SHAPES)[index % len(SHAPES)], index))
    layer = QgsSvgMarkerSymbolLayer(_embedded(marker_svg(shape, PALETTE[colour_index % len(PALETTE)])), 4.2)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, layer)
    return symbol


def _source(ecosystem: EcosystemSource | str | Path) -> EcosystemSource:
    return as_source(ecosystem)


def entity_renderer(ecosystem: EcosystemSource | str, language: str) -> QgsCategorizedSymbolRenderer:
    """Entities categorised by entity type, labelled in the language, one distinct marker per type."""
    types = _source(ecosystem).labels("entity_types", language)
    categories = [
        QgsRendererCategory(code, entity_symbol(code, index), label) for index, (code, label) in enumerate(types)
    ]
    renderer = QgsCategorizedSymbolRenderer("entity_type", categories)
    fallback = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#bbbbbb", "size": "2.4"})
    renderer.addCategory(QgsRendererCategory(None, fallback, "—"))
    return renderer


def relationship_renderer(ecosystem: EcosystemSource | str, language: str) -> QgsCategorizedSymbolRenderer:
    """Relationship lines categorised by relation type; directed types end with an arrow head at the target."""
    relation_types = _source(ecosystem).relation_types()
    categories = []
    for index, relation_type in enumerate(relation_types):
        code, label, directed = relation_type.code, relation_type.label(language), relation_type.directed
        colour = RELATION_COLOURS.get(code, PALETTE[index % len(PALETTE)])
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.3", "capstyle": "round"})
        symbol.setOpacity(0.45)
        _show_confirmation(symbol)
        if directed:
            arrow = QgsMarkerSymbol.createSimple(
                {"name": "filled_arrowhead", "color": colour, "size": "2.6", "outline_style": "no"}
            )
            from qgis.core import Qgis, QgsMarkerLineSymbolLayer

            head = QgsMarkerLineSymbolLayer(True)
            head.setPlacements(Qgis.MarkerLinePlacement.LastVertex)
            head.setSubSymbol(arrow)
            symbol.appendSymbolLayer(head)
        categories.append(QgsRendererCategory(code, symbol, label))
    return QgsCategorizedSymbolRenderer("relation_type", categories)


# Schema 4: relationship_lines.confirmation is 'mutual' (confirmed by both ends), 'from', 'to' or 'none'.
MUTUAL_WIDTH = "CASE WHEN \"confirmation\" = 'mutual' THEN 0.8 ELSE 0.3 END"
UNCONFIRMED_DASH = "CASE WHEN coalesce(\"confirmation\", 'none') = 'none' THEN 'dash' ELSE 'solid' END"


def _show_confirmation(symbol: QgsLineSymbol) -> None:
    """Mutual relationships (confirmed by both ends) drawn wider; unconfirmed ones dashed."""
    from qgis.core import QgsProperty, QgsSymbolLayer

    line = symbol.symbolLayer(0)
    line.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(MUTUAL_WIDTH))
    line.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeStyle, QgsProperty.fromExpression(UNCONFIRMED_DASH))


def municipality_style(layer, language: str) -> None:
    """Municipalities: a light outline, no fill, labelled with their name in the language."""
    symbol = QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": "#5b6770", "outline_width": "0.35", "outline_style": "dash"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = f"label_{normalize_language(language)}"
    text = QgsTextFormat()
    text.setSize(8.5)
    text.setColor(QColor("#3c4650"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
