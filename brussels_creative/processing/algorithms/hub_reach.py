"""hub_reach: for each hub, cluster or network entity, who it reaches within K relationships and where they are."""

from __future__ import annotations

from collections import Counter

import numpy as np
import shapely
from qgis.core import QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import centrography as cg
from ...core.analysis import network
from ...core.store import taxonomy
from . import network_common as common
from .base import BrusselsCreativeAlgorithm
from .inputs import WORKING_CRS, entity_filters, point_layer
from .messages import check_canceled
from .outputs import add_wkb_features, make_fields
from .parameters import codes, integer, number_output, sink, text

DEGENERATE_BUFFER_M = 1.0
TOP = 5
DEFAULT_HUB_TYPES = ["hub", "cluster", "network"]


class HubReach(BrusselsCreativeAlgorithm):
    """Reach of hubs through the relationship network."""

    ALG_ID = "hub_reach"
    ALG_GROUP = "network"

    INPUT = point_layer()
    HOPS = integer("Hops (K)", 2, "Relationships to follow from each hub: 1 its direct contacts, 2 theirs too, …",
                   minimum=1, maximum=10)
    HUB_TYPES = codes("Hub entity types", lambda: [t.code for t in taxonomy.ENTITY_TYPES], "Entity types whose "
                      "entities are analysed as hubs (needs an entity_type field)", default=DEFAULT_HUB_TYPES,
                      multiple=True, optional=True)
    HUB_IDS = text("Hub ids", "Ids (uuids, or ID_FIELD values) of the hubs, separated by commas; they replace "
                   "HUB_TYPES", optional=True)
    RELATIONS = common.relationship_parameters()
    OUTPUT = sink("Hub reach", "One hull per hub with the reached entities' counts, distance and ellipse "
                  "(EPSG:31370)", "polygon")
    ELLIPSES = sink("Standard deviational ellipses", "The ellipse of each hub's reached entities (EPSG:31370)",
                    "polygon", optional=True, create_by_default=False)
    FILTERS = entity_filters(common.INPUT)
    HUBS = number_output("Hubs analysed")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read, find each hub's reach, describe it and write the polygons."""
        hops = self.parameterAsInt(parameters, self.HOPS, context)
        hub_ids = [s.strip() for s in (self.parameterAsString(parameters, self.HUB_IDS, context) or "").split(",")
                   if s.strip()]
        hub_types = [c for c in self.parameterAsEnumStrings(parameters, self.HUB_TYPES, context) if c]
        common.check_file_outputs(self, parameters, context, (self.OUTPUT, self.ELLIPSES))
        feedback.pushInfo(self.tr("Reading the entities and their relationships"))
        points, ids, networks = common.read_networks(self, parameters, context, feedback,
                                                     ("name", "entity_type", "primary_sector"))
        hubs = self._hubs(ids, points.columns.get("entity_type"), hub_ids, hub_types)
        feedback.pushInfo(self.tr("{} hubs, {} hops").format(hubs.size, hops))
        hull_wkbs, rows, ellipse_wkbs, ellipse_rows = [], [], [], []
        for index, item in enumerate(networks):
            for row, hull, ellipse in _reaches(points, ids, item, hubs, hops, feedback):
                hull_wkbs.append(shapely.to_wkb(hull))
                rows.append(row)
                if ellipse is not None:
                    ellipse_wkbs.append(shapely.to_wkb(shapely.polygons(cg.ellipse_ring(ellipse))))
                    ellipse_rows.append(row)
            feedback.setProgress(10 + 70 * (index + 1) / len(networks))

        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, FIELDS, QgsWkbTypes.MultiPolygon,
                                             WORKING_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        add_wkb_features(sink, FIELDS, hull_wkbs, rows, feedback, progress=(80.0, 10.0), multi=True)
        results = {self.OUTPUT: dest_id, self.HUBS: len(rows)}
        ellipses, ellipses_id = self.parameterAsSink(parameters, self.ELLIPSES, context, FIELDS,
                                                     QgsWkbTypes.MultiPolygon, WORKING_CRS)
        if ellipses is not None:
            add_wkb_features(ellipses, FIELDS, ellipse_wkbs, ellipse_rows, feedback, progress=(90.0, 10.0),
                             multi=True)
            results[self.ELLIPSES] = ellipses_id
        return results

    def _hubs(self, ids: list[str], types, hub_ids: list[str], hub_types: list[str]) -> np.ndarray:
        """The hubs' positions among the entities: those named by HUB_IDS, else those of the HUB_TYPES."""
        if hub_ids:
            position = {key: i for i, key in enumerate(ids)}
            unknown = [h for h in hub_ids if h not in position]
            if unknown:
                raise QgsProcessingException(self.tr("HUB_IDS: no chosen entity has the id {}").format(unknown[0]))
            hubs = np.asarray([position[h] for h in hub_ids], dtype=np.int64)
        else:
            if types is None:
                raise QgsProcessingException(self.tr("HUB_TYPES: the input has no entity_type field; use HUB_IDS"))
            hubs = np.flatnonzero(np.isin(np.asarray(types, dtype=object), hub_types))
        if hubs.size == 0:
            raise QgsProcessingException(self.tr("HUB_TYPES: no chosen entity is of the types {}").format(
                ", ".join(hub_types)))
        return hubs


FIELDS = make_fields((
    ("uuid", QMetaType.QString), ("name", QMetaType.QString), ("entity_type", QMetaType.QString),
    ("network", QMetaType.QString), ("hops", QMetaType.Int), ("reached", QMetaType.Int),
    ("by_type", QMetaType.QString), ("by_sector", QMetaType.QString), ("mean_distance_m", QMetaType.Double),
    ("hull_area_km2", QMetaType.Double), ("sde_major_m", QMetaType.Double), ("sde_minor_m", QMetaType.Double),
    ("sde_azimuth", QMetaType.Double),
))


def _reaches(points, ids: list[str], item: common.Network, hubs: np.ndarray, hops: int, feedback):
    """For each hub in this network: its row, the hull of what it reaches and its ellipse (None when flat)."""
    types, sectors, names = (points.columns.get(key) for key in ("entity_type", "primary_sector", "name"))
    local = {int(node): i for i, node in enumerate(item.nodes.tolist())}
    present = [h for h in hubs.tolist() if h in local]
    reached = network.reach(item.graph, [local[h] for h in present], hops)
    for hub, members_local in zip(present, reached, strict=True):
        check_canceled(feedback)
        members = item.nodes[members_local]
        reach = cg.spread(points.x[hub], points.y[hub], points.x[members], points.y[members], DEGENERATE_BUFFER_M)
        ellipse = reach.ellipse if reach.ellipse is not None and reach.ellipse.minor > 0 else None
        row = [ids[hub], names[hub] if names else None, types[hub] if types else None, item.name, hops,
               int(members.size), _counts(types, members), _counts(sectors, members), reach.mean_distance,
               reach.area_km2, ellipse.major if ellipse else None, ellipse.minor if ellipse else None,
               ellipse.rotation if ellipse else None]
        yield row, reach.hull, ellipse


def _counts(values, members: np.ndarray) -> str | None:
    """'company 12, fablab 3': the largest counts of the members' values (empty values left out)."""
    if values is None or members.size == 0:
        return None
    counter = Counter(values[i] for i in members.tolist() if values[i] not in (None, ""))
    top = sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))[:TOP]
    return ", ".join(f"{value} {count}" for value, count in top) or None
