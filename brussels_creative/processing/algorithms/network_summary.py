"""network_summary: the relationship network's figures (size, density, cohesion, communities) and the ecosystem
KPIs, as a one-row table and in the log."""

from __future__ import annotations

import math

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import network
from . import network_common as common
from .inputs import entity_filters
from .parameters import group, number_output, sink

# field, type, log label
FIGURES = (
    ("nodes", QMetaType.Int, "Entities (nodes)"),
    ("links", QMetaType.Int, "Links"),
    ("density", QMetaType.Double, "Density"),
    ("reciprocity", QMetaType.Double, "Reciprocity"),
    ("mean_degree", QMetaType.Double, "Mean degree"),
    ("components", QMetaType.Int, "Connected components"),
    ("largest_component_share", QMetaType.Double, "Share in the largest component"),
    ("diameter", QMetaType.Int, "Diameter of the largest component"),
    ("mean_path_length", QMetaType.Double, "Mean path length in the largest component"),
    ("communities", QMetaType.Int, "Communities"),
    ("modularity", QMetaType.Double, "Modularity"),
    ("assortativity", QMetaType.Double, "Degree assortativity"),
    ("engagement", QMetaType.Double, "Engagement (links per actor)"),
    ("vitality", QMetaType.Double, "Vitality (density)"),
    ("linking", QMetaType.Double, "Linking (mean betweenness)"),
    ("embeddedness", QMetaType.Double, "Embeddedness (share in the main component)"),
)


class NetworkSummary(common.NetworkMeasure):
    """The network's summary figures and KPIs."""

    ALG_ID = "network_summary"
    ALG_GROUP = "network"

    OUTPUT = sink("Network summary", "One row per network with its figures and KPIs", optional=True)
    FILTERS = entity_filters(common.INPUT)
    FIGURE_OUTPUTS = group(*(number_output(label, key=name.upper()) for name, _, label in FIGURES))

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read, measure, log and write one row per network."""
        common.check_file_outputs(self, parameters, context, (self.OUTPUT,))
        feedback.pushInfo(self.tr("Reading the entities and their relationships"))
        _, _, networks = common.read_networks(self, parameters, context, feedback)
        rows = []
        for i, item in enumerate(networks):
            span = (5 + 90 * i / len(networks), 5 + 90 * (i + 0.8) / len(networks))
            metrics = common.measure(self, parameters, context, feedback, item, span, with_closeness=False)
            try:
                figures = network.summary(item.graph, metrics, cancel=feedback.isCanceled,
                                          seed=self.parameterAsInt(parameters, common.SEED, context))
            except network.Cancelled:
                raise QgsProcessingException(self.tr("Cancelled: no output was written")) from None
            feedback.pushInfo(self.tr("Network {} ({}):").format(
                item.name, self.tr("directed") if figures.directed else self.tr("undirected")))
            for name, _, label in FIGURES:
                feedback.pushInfo(f"  {self.tr(label)}: {_show(getattr(figures, name))}")
            if figures.pivots is not None:
                feedback.pushWarning(self.tr("Linking uses betweenness sampled from {} pivots").format(figures.pivots))
            rows.append((item.name, figures))
        fields = QgsFields()
        fields.append(QgsField("network", QMetaType.QString))
        for name, kind, _ in FIGURES:
            fields.append(QgsField(name, kind))
        fields.append(QgsField("directed", QMetaType.Bool))
        fields.append(QgsField("betweenness_pivots", QMetaType.Int))
        results = {}
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is not None:
            feature = QgsFeature(fields)
            for name, figures in rows:
                feature.setAttributes([name] + [_value(getattr(figures, f)) for f, _, _ in FIGURES]
                                      + [figures.directed, figures.pivots])
                if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                    raise QgsProcessingException(self.tr("OUTPUT: cannot write the row of network {}").format(name))
            results[self.OUTPUT] = dest_id
        first = rows[0][1]
        for name, _, _ in FIGURES:
            results[name.upper()] = _value(getattr(first, name))
        return results


def _value(value):
    """NULL for nan, the value otherwise."""
    return None if isinstance(value, float) and math.isnan(value) else value


def _show(value) -> str:
    if isinstance(value, float):
        return "—" if math.isnan(value) else f"{value:.4g}"
    return str(value)
