"""centrography: the mean centre, standard distance and deviational ellipse of the active entities per period, and
how the centre moved between periods."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPolygon,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import centrography as cg
from ...core.store.gpkg import connect_read_only
from ...core.store.timeline import active_points_at
from .base import WholeEcosystemAlgorithm, ecosystem
from .inputs import WORKING_CRS
from .messages import check_canceled
from .outputs import make_fields
from .parameters import sink
from .periods import period_parameters, read_periods

ELLIPSE_FIELDS = (
    ("period_end", QMetaType.QString), ("entities", QMetaType.Int), ("mean_x", QMetaType.Double),
    ("mean_y", QMetaType.Double), ("standard_distance_m", QMetaType.Double), ("major_m", QMetaType.Double),
    ("minor_m", QMetaType.Double), ("rotation_deg", QMetaType.Double),
)  # fmt: skip
SHIFT_FIELDS = (
    ("from_period", QMetaType.QString), ("to_period", QMetaType.QString), ("distance_m", QMetaType.Double),
    ("bearing_deg", QMetaType.Double),
)  # fmt: skip


class Centrography(WholeEcosystemAlgorithm):
    """Centre and spread of the ecosystem per period."""

    ALG_ID = "centrography"
    ALG_GROUP = "monitoring"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg whose history is replayed (opened read-only)")
    PERIODS = period_parameters(default_step=1)
    OUTPUT = sink("Ellipses", "One standard deviational ellipse per period, with its centre and standard distance",
                  "polygon")
    SHIFTS = sink("Shifts of the centre", "One line per pair of successive periods, from one mean centre to the next",
                  "line")

    def process_file(self, path: str, parameters, context, feedback) -> dict:
        """The algorithm on the ecosystem's GeoPackage."""
        connection = connect_read_only(path)
        try:
            moments = read_periods(self, parameters, context, connection)
            periods = active_points_at(connection, moments)
        finally:
            connection.close()
        ellipses, ellipses_id = self.sink(parameters, self.OUTPUT, context, make_fields(ELLIPSE_FIELDS),
                                          QgsWkbTypes.Polygon, WORKING_CRS)
        shifts, shifts_id = self.sink(parameters, self.SHIFTS, context, make_fields(SHIFT_FIELDS),
                                      QgsWkbTypes.LineString, WORKING_CRS)
        measured = [cg.centrography(x, y) for _, x, y in periods]
        previous = None
        for index, (moment, c) in enumerate(zip(moments, measured, strict=True)):
            check_canceled(feedback)
            if c.count < 3:
                feedback.pushWarning(self.tr("{}: {} entities, too few for an ellipse").format(moment[:10], c.count))
                continue
            ring = QgsLineString([QgsPoint(float(px), float(py)) for px, py in cg.ellipse_ring(c)])
            self._add_feature(ellipses, QgsGeometry(QgsPolygon(ring)), [
                moment[:10], c.count, c.mean_x, c.mean_y, c.standard_distance, c.major, c.minor, c.rotation])
            if previous is not None:
                distance, bearing = cg.shift(previous[1], c)
                line = QgsGeometry(QgsLineString([QgsPoint(previous[1].mean_x, previous[1].mean_y),
                                                  QgsPoint(c.mean_x, c.mean_y)]))
                self._add_feature(shifts, line, [previous[0][:10], moment[:10], distance, bearing])
            previous = (moment, c)
            feedback.setProgress(100 * (index + 1) / len(moments))
        return {self.OUTPUT: ellipses_id, self.SHIFTS: shifts_id}

    def _add_feature(self, sink, geometry, values) -> None:
        feature = QgsFeature()
        feature.setGeometry(geometry)
        feature.setAttributes(values)
        if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.tr("A sink refused the feature of {}: {}").format(values[0],
                                                                                               sink.lastError()))
