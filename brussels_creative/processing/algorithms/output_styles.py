"""Outputs that load ready to read: when Processing loads an analysis output, its style is applied and, for an
analysis of an ecosystem file open in the project, the layer goes into that ecosystem's group."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsExpressionContextUtils, QgsLayerTreeGroup, QgsProcessingLayerPostProcessorInterface, QgsProject

from ...layers.analysis_styles import ANALYSIS_STYLES
from ...layers.ecosystem_layers import layer_table
from ...layers.forms import NETWORK_METRICS_VARIABLE


def ecosystem_group(project: QgsProject, path: str) -> QgsLayerTreeGroup | None:
    """The layer tree group holding the entities layer of an ecosystem file (None when it is not open)."""
    wanted = (str(Path(path).resolve()), "entities")
    for node in project.layerTreeRoot().findLayers():
        if layer_table(node.layer()) == wanted and isinstance(node.parent(), QgsLayerTreeGroup):
            return node.parent()
    return None


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a style of layers/analysis_styles to an output layer once loaded, and places it in the group of the
    ecosystem it was computed from."""

    def __init__(self, style: str, ecosystem: str | Path | None) -> None:
        super().__init__()
        self.style, self.ecosystem = style, ecosystem

    def postProcessLayer(self, layer, context, feedback) -> None:
        """Style the freshly loaded layer and move it to the top of its ecosystem's group."""
        ANALYSIS_STYLES[self.style](layer)
        layer.triggerRepaint()
        project = context.project() or QgsProject.instance()
        if self.style == "network_metrics":  # the entity forms show the entity's row of the latest metrics
            QgsExpressionContextUtils.setProjectVariable(project, NETWORK_METRICS_VARIABLE, layer.id())
        group = ecosystem_group(project, self.ecosystem) if self.ecosystem else None
        node = project.layerTreeRoot().findLayer(layer.id())
        if group is None or node is None or node.parent() is group:
            return
        group.insertChildNode(0, node.clone())
        node.parent().removeChildNode(node)


_KEPT: dict[tuple[str, str | None], StyleOnLoad] = {}


def style_output(context, dest_id: str, style: str, ecosystem: str | Path | None = None) -> None:
    """Style the output `dest_id` when Processing loads it (nothing when it is not loaded). Processing keeps only a
    pointer to the post-processor and runs a copy of the algorithm that is gone by then, so they live here."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    ecosystem = str(ecosystem) if ecosystem else None
    processor = _KEPT.setdefault((style, ecosystem), StyleOnLoad(style, ecosystem))
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
