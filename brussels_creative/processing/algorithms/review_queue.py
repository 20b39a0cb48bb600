"""review_queue: the entries a curator should look at, and why (claimed, never verified, not reviewed)."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.curation import review
from ...core.store.sources import open_store
from .base import BrusselsCreativeAlgorithm, ecosystem
from .outputs import add_wkb_features, make_fields
from .parameters import integer, number_output, sink

QUEUE_FIELDS = (
    ("uuid", QMetaType.QString), ("name", QMetaType.QString), ("entity_type", QMetaType.QString),
    ("municipality", QMetaType.QString), ("reason", QMetaType.QString), ("since", QMetaType.QString),
    ("domain_match", QMetaType.Int),
)


class ReviewQueue(BrusselsCreativeAlgorithm):
    """List the entities waiting for a curator."""

    ALG_ID = "review_queue"
    ALG_GROUP = "quality"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg whose entries are listed (read only)")
    MONTHS = integer("Review period (months)", 12, "Verified entries not reviewed for longer than this are listed",
                     minimum=0)
    OUTPUT = sink("Review queue", "The entries to review, in the order to take them (EPSG:31370)", "point")
    COUNT = number_output("Entries to review")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read the queue, write it."""
        ecosystem = self.ecosystem(parameters, self.GEOPACKAGE, context)
        months = self.parameterAsInt(parameters, self.MONTHS, context)
        with open_store(ecosystem, read_only=True) as store:
            queue = review.review_queue(store, months)
        fields = make_fields(QUEUE_FIELDS)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point,
                                  QgsCoordinateReferenceSystem("EPSG:31370"))
        wkbs = [None if e.x is None else b"\x01\x01\x00\x00\x00" + np.array([e.x, e.y], "<f8").tobytes()
                for e in queue]
        rows = [[e.uuid, e.name, e.entity_type, e.municipality, e.reason, e.since, int(e.domain_match)] for e in queue]
        add_wkb_features(sink, fields, wkbs, rows, feedback)
        for reason in review.REASONS:
            feedback.pushInfo(self.tr("{}: {}").format(reason, sum(e.reason == reason for e in queue)))
        return {self.OUTPUT: dest_id, self.COUNT: len(queue)}
