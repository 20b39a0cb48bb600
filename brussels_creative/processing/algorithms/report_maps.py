"""Maps and the print layout of the ecosystem report, drawn by QGIS itself (no canvas, no iface)."""

from __future__ import annotations

import numpy as np
from osgeo import gdal, osr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsSymbol,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QFont, QImage

from ...core.analysis import density
from ...core.store import gpkg
from ...core.store.region import region_shape

MAP_SIZE = QSize(1400, 1100)


def entity_layers(path: str, language: str) -> tuple[QgsVectorLayer, QgsVectorLayer]:
    """The active entities (styled by type: the file's own style when it keeps one, else a category per type)
    and the municipalities' outlines, from an ecosystem GeoPackage."""
    entities = QgsVectorLayer(f"{path}|layername=entities", "entities", "ogr")
    entities.setSubsetString("\"status\" = 'active'")
    if isinstance(entities.renderer(), QgsSingleSymbolRenderer):
        labels = dict(gpkg_labels(path, "entity_types", language))
        ramp = QgsStyle.defaultStyle().colorRamp("Spectral")
        categories = []
        for index, (code, label) in enumerate(sorted(labels.items())):
            symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.PointGeometry)
            symbol.setColor(ramp.color(index / max(1, len(labels) - 1)) if ramp else QColor("#c0392b"))
            symbol.setSize(1.6)
            categories.append(QgsRendererCategory(code, symbol, label))
        entities.setRenderer(QgsCategorizedSymbolRenderer("entity_type", categories))
    municipalities = QgsVectorLayer(f"{path}|layername=municipalities", "municipalities", "ogr")
    municipalities.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "245,245,245,255", "outline_color": "90,90,90,255", "outline_width": "0.3"})))
    return entities, municipalities


def gpkg_labels(path: str, table: str, language: str) -> list[tuple[str, str]]:
    """(code, label) of a vocabulary table in the language."""
    column = {"en": "label_en", "fr": "label_fr", "nl": "label_nl"}[language]
    connection = gpkg.connect_read_only(path)
    try:
        return connection.execute(f"SELECT code, {column} FROM {table} ORDER BY code").fetchall()
    finally:
        connection.close()


def density_layer(x: np.ndarray, y: np.ndarray, target: str, bandwidth: float = 500.0,
                  pixel: float = 50.0) -> QgsRasterLayer:
    """A quartic kernel density of the points over the region (per km²), written to ``target`` (GeoTIFF) and
    styled with a transparent-to-red ramp."""
    minx, miny, maxx, maxy = (float(v) for v in region_shape().bounds)
    extent = (minx, miny, maxx, maxy)
    values = density.kernel_density(x, y, bandwidth=bandwidth, pixel_size=pixel, extent=extent)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    with gpkg.gdal_exceptions():
        dataset = gdal.GetDriverByName("GTiff").Create(target, values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
        dataset.SetGeoTransform(density.raster_geotransform(extent, pixel))
        dataset.SetProjection(srs.ExportToWkt())
        dataset.GetRasterBand(1).WriteArray(values)
        dataset = None
    layer = QgsRasterLayer(target, "density")
    top = float(values.max()) or 1.0
    ramp = QgsColorRampShader(0.0, top)
    ramp.setColorRampType(QgsColorRampShader.Interpolated)
    ramp.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(0.0, QColor(255, 255, 178, 0), "0"),
        QgsColorRampShader.ColorRampItem(top * 0.25, QColor(254, 204, 92, 200), f"{top * 0.25:.0f}"),
        QgsColorRampShader.ColorRampItem(top * 0.5, QColor(253, 141, 60, 220), f"{top * 0.5:.0f}"),
        QgsColorRampShader.ColorRampItem(top, QColor(189, 0, 38, 240), f"{top:.0f}"),
    ])  # fmt: skip
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
    return layer


def render_png(layers: list, size: QSize = MAP_SIZE) -> bytes:
    """The layers (top first) drawn over their combined extent as PNG bytes."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[-1].crs())
    extent = layers[-1].extent()
    extent.scale(1.03)
    settings.setExtent(extent)
    settings.setOutputSize(size)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image: QImage = job.renderedImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_pdf(path: str, title: str, pages: list[dict], project: QgsProject) -> None:
    """A print layout of A4 landscape pages, exported to PDF. Each page is a dict with a 'heading' and 'items':
    ("map", layers, box), ("table", (headers, rows), box) or ("picture", file, box), a box being (x, y, width,
    height) in mm from the page's top left. Raises RuntimeError when the export fails."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Landscape)
    for index, page in enumerate(pages):
        if index:
            layout.pageCollection().addPage(_a4(layout))
        top = layout.pageCollection().page(index).pos().y()
        _label(layout, page["heading"], 10, top + 8, 16, bold=True)
        for kind, value, (x, y, width, height) in page["items"]:
            where = QgsLayoutPoint(x, top + y, QgsUnitTypes.LayoutMillimeters)
            size = QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters)
            if kind == "map":
                item = QgsLayoutItemMap(layout)
                item.setLayers(value)
                item.attemptMove(where)
                item.attemptResize(size)
                extent = value[-1].extent()
                extent.scale(1.03)
                item.zoomToExtent(extent)
                item.setFrameEnabled(True)
                layout.addLayoutItem(item)
            elif kind == "picture":
                item = QgsLayoutItemPicture(layout)
                item.setPicturePath(value)
                item.attemptMove(where)
                item.attemptResize(size)
                layout.addLayoutItem(item)
            else:
                headers, rows = value
                table = QgsLayoutItemManualTable.create(layout)
                layout.addMultiFrame(table)
                table.setTableContents([[QgsTableCell(h) for h in headers]]
                                       + [[QgsTableCell(_cell(c)) for c in row] for row in rows])  # fmt: skip
                frame = QgsLayoutFrame(layout, table)
                frame.attemptMove(where)
                frame.attemptResize(size)
                table.addFrame(frame)
    exporter = QgsLayoutExporter(layout)
    result = exporter.exportToPdf(path, QgsLayoutExporter.PdfExportSettings())
    if result != QgsLayoutExporter.Success:
        raise RuntimeError(exporter.errorMessage() or f"export error {result}")


def _cell(value) -> str:
    if isinstance(value, str):
        return value
    return f"{int(value):,}".replace(",", " ") if float(value).is_integer() else f"{value:.2f}"


def _a4(layout):
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Landscape)
    return page


def _label(layout, text: str, x: float, y: float, size: int, bold: bool = False) -> None:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("Open Sans")
    font.setBold(bold)
    text_format = QgsTextFormat.fromQFont(font)
    text_format.setSize(size)
    label.setTextFormat(text_format)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(277, 10, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(label)
