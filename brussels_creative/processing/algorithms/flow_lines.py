"""flow_lines: the relationships as lines between entities, or aggregated into flows between areas with an
origin–destination table."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import QgsFeature, QgsFeatureSink, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import flows
from . import network_common as common
from .base import BrusselsCreativeAlgorithm
from .inputs import WORKING_CRS, entity_filters, point_layer
from .messages import check_canceled
from .output_styles import style_output
from .outputs import add_wkb_features, make_fields
from .parameters import boolean, choice, field, layer, number_output, sink
from .polygons import read_polygons

CURVE_BEND = 0.2  # the curve's middle stands this share of the line's length to the right of the straight line
CURVE_SEGMENTS = 16
MODES = (("entities", "Lines between entities"), ("areas", "Flows between areas"))
LINE_FIELDS = make_fields((("from_uuid", QMetaType.QString), ("to_uuid", QMetaType.QString),
                           ("relation_type", QMetaType.QString), ("directed", QMetaType.Bool),
                           ("links", QMetaType.Int)))
FLOW_FIELDS = make_fields((("area_a", QMetaType.QString), ("area_b", QMetaType.QString), ("links", QMetaType.Int),
                           ("types", QMetaType.QString)))
OD_FIELDS = make_fields((("origin", QMetaType.QString), ("destination", QMetaType.QString), ("links", QMetaType.Int),
                         ("types", QMetaType.QString)))


def curve(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """A quadratic Bézier from (x0, y0) to (x1, y1) bending to the right of the direction of travel, so the two
    directions between the same places are two distinct arcs."""
    dx, dy = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2 + 2 * CURVE_BEND * dy, (y0 + y1) / 2 - 2 * CURVE_BEND * dx
    t = np.linspace(0.0, 1.0, CURVE_SEGMENTS + 1)[:, None]
    return (1 - t) ** 2 * np.array([x0, y0]) + 2 * (1 - t) * t * np.array([cx, cy]) + t**2 * np.array([x1, y1])


class FlowLines(BrusselsCreativeAlgorithm):
    """Relationship lines or flows between areas."""

    ALG_ID = "flow_lines"
    ALG_GROUP = "network"

    INPUT = point_layer()
    MODE = choice("Lines", [m[1] for m in MODES], "One line per relationship, or one per pair of areas with the number "
                  "of links")
    CURVED = boolean("Curved lines", False, "Arcs bending to the right of their direction instead of straight lines")
    AREAS = layer("Areas", "Polygons to aggregate by, any CRS (default: the ecosystem file's municipalities)",
                  "polygon", optional=True)
    AREA_FIELD = field("Area name field", AREAS, "Field naming the areas (default: the feature id)")
    RELATIONS = common.relationship_parameters()
    OUTPUT = sink("Flow lines", "The lines (EPSG:31370)", "line")
    OD_TABLE = sink("Origin–destination table", "For flows between areas: links from each area to each area",
                    optional=True, create_by_default=False)
    FILTERS = entity_filters(common.INPUT)
    LINES = number_output("Lines written")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read, build the lines (or flows), write them."""
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)][0]
        curved = self.parameterAsBoolean(parameters, self.CURVED, context)
        common.check_file_outputs(self, parameters, context, (self.OUTPUT, self.OD_TABLE))
        feedback.pushInfo(self.tr("Reading the entities and their relationships"))
        links = common.read_links(self, parameters, context, feedback)
        if mode == "entities":
            return self._entity_lines(parameters, context, feedback, links, curved)
        return self._area_flows(parameters, context, feedback, links, curved)

    def _entity_lines(self, parameters, context, feedback, links, curved: bool) -> dict:
        """One line per relationship."""
        x, y = links.points.x, links.points.y
        wkbs = [self._line(x[a], y[a], x[b], y[b], curved)
                for a, b in zip(links.start.tolist(), links.end.tolist(), strict=True)]
        rows = ([links.ids[a], links.ids[b], str(kind), bool(flag), 1] for a, b, kind, flag in
                zip(links.start.tolist(), links.end.tolist(), links.types.tolist(), links.directed.tolist(),
                    strict=True))
        dest_id = self._write(parameters, context, feedback, LINE_FIELDS, wkbs, rows)
        return {self.OUTPUT: dest_id, self.LINES: len(wkbs)}

    def _area_flows(self, parameters, context, feedback, links, curved: bool) -> dict:
        """One line per pair of areas the relationships link, and the origin–destination table."""
        names, polygons = self._areas(parameters, context, feedback)
        area = self._area_of_points(links.points.x, links.points.y, polygons)
        aggregated = flows.area_flows(area[links.start], area[links.end], links.types)
        if aggregated.unplaced:
            feedback.pushWarning(self.tr("{} relationships have an end outside every area: left out").format(
                aggregated.unplaced))
        check_canceled(feedback)
        anchors = shapely.point_on_surface(polygons)
        ax, ay = shapely.get_x(anchors), shapely.get_y(anchors)
        pairs = aggregated.pairs
        ordered = flows.largest_first(pairs)
        wkbs = [self._line(ax[i], ay[i], ax[j], ay[j], curved) for i, j in ordered]
        rows = ([names[i], names[j], sum(pairs[(i, j)].values()), flows.type_counts(pairs[(i, j)])]
                for i, j in ordered)
        results = {self.OUTPUT: self._write(parameters, context, feedback, FLOW_FIELDS, wkbs, rows),
                   self.LINES: len(wkbs)}
        table, table_id = self.parameterAsSink(parameters, self.OD_TABLE, context, OD_FIELDS, QgsWkbTypes.NoGeometry)
        if table is not None:
            feature = QgsFeature(OD_FIELDS)
            od = aggregated.od
            for i, j in flows.largest_first(od):
                feature.setAttributes([names[i], names[j], sum(od[(i, j)].values()), flows.type_counts(od[(i, j)])])
                if not table.addFeature(feature, QgsFeatureSink.FastInsert):
                    raise QgsProcessingException(self.tr("OD_TABLE: cannot write the row {} → {}").format(
                        names[i], names[j]))
            results[self.OD_TABLE] = table_id
        return results

    @staticmethod
    def _line(x0: float, y0: float, x1: float, y1: float, curved: bool) -> bytes:
        coordinates = curve(x0, y0, x1, y1) if curved else np.array([[x0, y0], [x1, y1]])
        return shapely.to_wkb(shapely.linestrings(coordinates))

    def _write(self, parameters, context, feedback, fields, wkbs, rows) -> str:
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.LineString,
                                             WORKING_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        add_wkb_features(sink, fields, wkbs, rows, feedback, progress=(60.0, 40.0))
        style_output(context, dest_id, "flow_lines")
        return dest_id

    def _areas(self, parameters, context, feedback) -> tuple[list[str], np.ndarray]:
        """Names and shapely polygons (EPSG:31370) of AREAS, or of the ecosystem file's municipalities."""
        source = self.polygon_source(parameters, self.AREAS, context)
        polygons = read_polygons(source, self.AREAS, context, feedback)
        if polygons is None:
            ecosystem = self.points_input(parameters, context, common.INPUT).ecosystem
            if ecosystem is None:
                raise QgsProcessingException(self.tr("AREAS: give polygons (the default, the municipalities, needs "
                                                     "the entities layer of an ecosystem)"))
            codes, labels, wkbs = ecosystem.municipalities()
            return labels, shapely.from_wkb(wkbs)
        field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        index = polygons.fields.indexOf(field) if field else -1
        names = [str(row[index]) if index >= 0 else str(i + 1) for i, row in enumerate(polygons.attributes)]
        return names, polygons.geometries

    @staticmethod
    def _area_of_points(x: np.ndarray, y: np.ndarray, polygons: np.ndarray) -> np.ndarray:
        """The index of the first area holding each point (inside or on its edge), -1 for none."""
        area = np.full(x.size, -1, dtype=np.int64)
        tree = shapely.STRtree(polygons)
        point_index, polygon_index = tree.query(shapely.points(x, y), predicate="intersects")
        order = np.lexsort((polygon_index, point_index))
        point_index, polygon_index = point_index[order], polygon_index[order]
        first = np.unique(point_index, return_index=True)[1]
        area[point_index[first]] = polygon_index[first]
        return area
