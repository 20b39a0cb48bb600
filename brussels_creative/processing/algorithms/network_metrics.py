"""network_metrics: each entity's place in the relationship network (degrees, centralities, k-core, clustering,
community), as a styled point layer."""

from __future__ import annotations

from qgis.core import QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from . import network_common as common
from .inputs import WORKING_CRS, entity_filters
from .output_styles import style_output
from .outputs import add_point_features
from .parameters import number_output, sink

FIELDS = (
    ("uuid", QMetaType.QString), ("name", QMetaType.QString), ("entity_type", QMetaType.QString),
    ("network", QMetaType.QString), ("degree_in", QMetaType.Int), ("degree_out", QMetaType.Int),
    ("degree", QMetaType.Int), ("weighted_degree", QMetaType.Double), ("betweenness", QMetaType.Double),
    ("closeness", QMetaType.Double), ("pagerank", QMetaType.Double), ("eigenvector", QMetaType.Double),
    ("k_core", QMetaType.Int), ("clustering", QMetaType.Double), ("community", QMetaType.Int),
    ("community_size", QMetaType.Int), ("betweenness_pivots", QMetaType.Int),
)


class NetworkMetrics(common.NetworkMeasure):
    """Per-entity network metrics."""

    ALG_ID = "network_metrics"
    ALG_GROUP = "network"

    OUTPUT = sink("Network metrics", "The entities with their network metrics (EPSG:31370)", "point")
    FILTERS = entity_filters(common.INPUT)
    NETWORKS = number_output("Networks analysed")
    ENTITIES = number_output("Entities written")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read, measure each network, write the entities."""
        common.check_file_outputs(self, parameters, context, (self.OUTPUT,))
        feedback.pushInfo(self.tr("Reading the entities and their relationships"))
        points, ids, networks = common.read_networks(self, parameters, context, feedback, ("name", "entity_type"))
        results = []
        for i, item in enumerate(networks):
            span = (5 + 85 * i / len(networks), 5 + 85 * (i + 1) / len(networks))
            results.append(common.measure(self, parameters, context, feedback, item, span))
            metrics = results[-1]
            feedback.pushInfo(self.tr("Network {}: {} communities, modularity {:.3f}").format(
                item.name, int(metrics.community.max()) if item.graph.n else 0, metrics.modularity))
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, WORKING_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        names = points.columns.get("name")
        types = points.columns.get("entity_type")
        written = 0
        for i, (item, m) in enumerate(zip(networks, results, strict=True)):
            nodes = item.nodes.tolist()
            columns = [
                [ids[k] for k in nodes],
                [names[k] for k in nodes] if names is not None else [None] * len(nodes),
                [types[k] for k in nodes] if types is not None else [None] * len(nodes),
                [item.name] * len(nodes),
                m.degree_in.tolist(), m.degree_out.tolist(), m.degree.tolist(), m.weighted_degree.tolist(),
                m.betweenness.tolist(), m.closeness.tolist(), m.pagerank.tolist(), m.eigenvector.tolist(),
                m.k_core.tolist(), m.clustering.tolist(), m.community.tolist(), m.community_size.tolist(),
                [m.pivots] * len(nodes),
            ]
            span = 90 + 10 * i / len(networks), 10 / len(networks)
            add_point_features(sink, fields, points.x[item.nodes], points.y[item.nodes],
                               map(list, zip(*columns, strict=True)), feedback, span)
            written += len(nodes)
        style_output(context, dest_id, "network_metrics")
        return {self.OUTPUT: dest_id, self.NETWORKS: len(networks), self.ENTITIES: written}
