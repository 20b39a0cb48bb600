"""Pictures of the product for documentation and tests: the styled map and the entity form, as PNG files."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsMapRendererParallelJob, QgsMapSettings, QgsProject, QgsRectangle
from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from ..layers.ecosystem_layers import EcosystemLayers


def render_map(ecosystem: EcosystemLayers, output: str | Path, size: tuple[int, int] = (1400, 1000),
               extent: QgsRectangle | None = None) -> Path:
    """Render the ecosystem's styled layers (entities, relationship lines, municipalities) to a PNG."""
    layers = [ecosystem.layers[name] for name in ("entities", "relationship_lines", "municipalities")]
    return render_layers(layers, output, size, extent or ecosystem.layers["municipalities"].extent().buffered(300))


def render_layers(layers: list, output: str | Path, size: tuple[int, int] = (1400, 1000),
                  extent: QgsRectangle | None = None) -> Path:
    """Render layers (top first) with their styles to a PNG, on the extent of the last one by default."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(110)
    settings.setBackgroundColor(QColor("#f7f7f4"))
    settings.setExtent(extent or layers[-1].extent().buffered(300))
    settings.setTransformContext(QgsProject.instance().transformContext())
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    output = Path(output)
    job.renderedImage().save(str(output), "PNG")
    return output


def render_entity_form(ecosystem: EcosystemLayers, output: str | Path, tab: int = 0,
                       size: tuple[int, int] = (980, 640)) -> Path:
    """Open the attribute form of the first entity, on the given tab, and save a picture of it."""
    from qgis.PyQt.QtWidgets import QApplication, QTabWidget

    layer = ecosystem.layers["entities"]
    feature = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)))
    context = QgsAttributeEditorContext()
    dialog = QgsAttributeDialog(layer, feature, False, None, True, context)
    editing = layer.isEditable() or layer.startEditing()
    dialog.show()
    dialog.resize(*size)
    tabs = dialog.findChild(QTabWidget)
    if tabs is not None:
        tabs.setCurrentIndex(tab)
    for _ in range(5):
        QApplication.processEvents()
    output = Path(output)
    dialog.grab().save(str(output), "PNG")
    dialog.close()
    if editing:
        layer.rollBack()
    return output


def render_curation_dock(ecosystem: EcosystemLayers, output: str | Path, tab: int = 0,
                         size: tuple[int, int] = (1280, 440)) -> Path:
    """Show the curation dock on the ecosystem, on the given tab, and save a picture of it."""
    from qgis.PyQt.QtWidgets import QApplication

    from .curation_dock import CurationDock

    dock = CurationDock(lambda _text, _level: None)
    dock.set_ecosystem(ecosystem.path, ecosystem.layers["entities"])
    dock.tabs.setCurrentIndex(tab)
    dock.resize(*size)
    dock.show()
    for _ in range(5):
        QApplication.processEvents()
    output = Path(output)
    dock.grab().save(str(output), "PNG")
    dock.close()
    dock.deleteLater()
    return output
