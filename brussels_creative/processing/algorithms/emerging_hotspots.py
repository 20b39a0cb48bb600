"""emerging_hotspots: Gi* per period on a fixed grid, a Mann–Kendall trend per cell, and its space–time pattern."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsProcessingException, QgsRectangle, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis.emerging import emerging_hotspots
from ...core.store import region
from ...core.store.gpkg import connect_read_only
from ...core.store.timeline import active_points_at
from .base import WholeEcosystemAlgorithm, ecosystem
from .inputs import WORKING_CRS
from .messages import check_canceled
from .outputs import make_fields
from .parameters import boolean, distance, sink
from .periods import period_parameters, read_periods

FIELDS = (
    ("pattern", QMetaType.QString), ("trend_z", QMetaType.Double), ("trend_p", QMetaType.Double),
    ("hot_periods", QMetaType.Int), ("cold_periods", QMetaType.Int), ("periods", QMetaType.Int),
    ("first_count", QMetaType.Int), ("last_count", QMetaType.Int), ("last_gi_z", QMetaType.Double),
    ("last_gi_bin", QMetaType.Int), ("cell_size_m", QMetaType.Double), ("distance_m", QMetaType.Double),
)  # fmt: skip


class EmergingHotspots(WholeEcosystemAlgorithm):
    """Where hot and cold spots of entities appear, grow, last or fade over time."""

    ALG_ID = "emerging_hotspots"
    ALG_GROUP = "monitoring"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg whose history is replayed (opened read-only)")
    PERIODS = period_parameters(default_step=1)
    CELL_SIZE = distance("Cell size", 500.0, "Side of the squares, in metres", minimum=10.0)
    DISTANCE = distance("Neighbourhood distance", 1000.0, "Squares whose centres lie within this distance (metres) "
                        "are neighbours in Gi*", minimum=1.0)
    FDR = boolean("Correct for multiple testing (FDR)", True, "Benjamini–Hochberg correction of each period's Gi* "
                  "p-values")
    OUTPUT = sink("Emerging hot spots", "One square per cell of the region with its pattern", "polygon")

    def process_file(self, path: str, parameters, context, feedback) -> dict:
        """The algorithm on the ecosystem's GeoPackage."""
        size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        fdr = self.parameterAsBoolean(parameters, self.FDR, context)
        connection = connect_read_only(path)
        try:
            moments = read_periods(self, parameters, context, connection)
            if len(moments) < 3:
                raise QgsProcessingException(self.tr("STEP: {} periods; a trend needs at least 3").format(len(moments)))
            feedback.pushInfo(self.tr("{} periods, from {} to {}").format(len(moments), moments[0][:10],
                                                                         moments[-1][:10]))
            points = [(x, y) for _, x, y in active_points_at(connection, moments)]
        finally:
            connection.close()
        feedback.setProgress(40)
        result = emerging_hotspots(points, region.region_shape(), size, distance, fdr, feedback.isCanceled)
        check_canceled(feedback)
        fields = make_fields(FIELDS)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, WORKING_CRS)
        feature = QgsFeature(fields)
        hot, cold = (result.bins > 0).sum(axis=1), (result.bins < 0).sum(axis=1)
        for i, (col, row) in enumerate(zip(result.cols.tolist(), result.rows.tolist(), strict=True)):
            x, y = result.x0 + col * size, result.y0 + row * size
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + size, y + size)))
            last_z = result.z[i, -1]
            feature.setAttributes([
                result.labels[i], _number(result.trend_z[i]), _number(result.trend_p[i]), int(hot[i]), int(cold[i]),
                len(moments), int(result.counts[i, 0]), int(result.counts[i, -1]), _number(last_z),
                int(result.bins[i, -1]), size, distance,
            ])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("OUTPUT refused square {} ({}): {}").format(
                    i, result.labels[i], sink.lastError()))
        summary = {label: int((result.labels == label).sum()) for label in sorted(set(result.labels.tolist()))}
        for label, count in summary.items():
            feedback.pushInfo(self.tr("{}: {} squares").format(label, count))
        return {self.OUTPUT: dest_id}


def _number(value: float) -> float | None:
    """A float for a field, None for nan."""
    return None if value != value else float(value)
