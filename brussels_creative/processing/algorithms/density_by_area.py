"""density_by_area: entities counted per polygon, per sector and per type, densities per km², shares and location
quotients, optionally per 1 000 inhabitants."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import density
from ...core.errors import BrusselsCreativeError
from ...core.store.postgis import area_counts
from ...core.store.postgis.store import connect, ecosystem_schema
from ...layers.postgres_connection import postgis_table
from ...layers.translation import error_text
from . import inputs
from .base import BrusselsCreativeAlgorithm, multi_step
from .database_errors import database_errors
from .messages import check_canceled, tr
from .output_styles import style_output
from .outputs import add_geometry_features, fields_kept
from .parameters import choice, field, layer, sink
from .polygons import read_polygons

BORDER_RULES = (
    ("first", "Once: in the first polygon (lowest feature order) touching the point"),
    ("contains", "Only strictly inside (as native:countpointsinpolygon: border points counted nowhere)"),
    ("intersects", "In every polygon touching the point"),
)
SECTOR_MODES = (("primary", "Primary sector only"), ("all", "Every sector of the entity"))


class DensityByArea(BrusselsCreativeAlgorithm):
    """Count and density of entities per polygon."""

    ALG_ID = "density_by_area"
    ALG_GROUP = "density"

    INPUT = inputs.point_layer()
    AREAS = layer("Areas (polygons)", "Polygons to count in, in any CRS: municipalities, statistical sectors, …",
                  "polygon")
    POPULATION = field("Population field", AREAS,
                       "Inhabitants of each area; adds per_1000_inh (entities per 1 000 inhabitants)", numeric=True)
    BORDER_RULE = choice("Points on borders", [o[1] for o in BORDER_RULES],
                         "Where a point lying exactly on a polygon boundary is counted")
    SECTOR_MODE = choice("Sectors counted", [o[1] for o in SECTOR_MODES],
                         "Count each entity under its primary sector only, or under every sector it has")
    FILTERS = inputs.entity_filters()
    OUTPUT = sink("Density by area", "The areas (EPSG:31370) with counts, densities per km², shares and quotients",
                  "polygon")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Count the points per polygon and write the polygons with their figures."""
        population_field = self.parameterAsString(parameters, self.POPULATION, context) or None
        rule = BORDER_RULES[self.parameterAsEnum(parameters, self.BORDER_RULE, context)][0]
        primary_only = SECTOR_MODES[self.parameterAsEnum(parameters, self.SECTOR_MODE, context)][0] == "primary"
        points_input = self.points_input(parameters, context, self.INPUT)
        areas_source = self.polygon_source(parameters, self.AREAS, context)

        steps = multi_step(3, feedback)
        steps.pushInfo(self.tr("Reading the entities and the areas"))
        in_database = _same_database(points_input, self.parameterAsVectorLayer(parameters, self.AREAS, context))
        pending = None if in_database else self._start_reading(points_input, primary_only, steps)
        areas = read_polygons(areas_source, self.AREAS, context, steps, keep_empty=True, repair=False, shapes=False)
        if areas.repair_flat(self.AREAS, steps) and in_database:  # repaired here, not in the database: count here
            in_database, pending = None, self._start_reading(points_input, primary_only, steps)
        area_km2 = areas.areas() / density.M2_PER_KM2
        population = _population(areas, population_field)

        steps.setCurrentStep(1)
        counted = self._count_in_database(in_database, points_input, areas, area_km2, population, rule,
                                          primary_only, steps) if in_database else None
        if counted is not None:
            figures, sector_codes, type_codes = counted
        else:
            pending = pending or self._start_reading(points_input, primary_only, steps)
            figures, sector_codes, type_codes = self._count_read_points(
                pending.result(), points_input, areas, area_km2, population, rule, primary_only, steps)
        check_canceled(steps)

        steps.setCurrentStep(2)
        fields, kept = self._fields(areas.fields, sector_codes, type_codes, population is not None, steps)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                  inputs.WORKING_CRS)
        rows = ([row[k] for k in kept] + values for row, values in zip(areas.attributes, _rows(figures, area_km2),
                                                                        strict=True))
        add_geometry_features(sink, fields, areas.qgis_geometries, rows, steps, multi=True)
        style_output(context, dest_id, "density", points_input.ecosystem_file)
        return {self.OUTPUT: dest_id}

    def _start_reading(self, points_input, primary_only: bool, feedback):
        """Start reading the points out (in a thread for an ecosystem file) with the columns counted by."""
        mirrored = points_input.ecosystem is not None and primary_only and \
            "primary_sector" in points_input.field_names
        columns, coded = _point_columns(points_input, mirrored)
        return inputs.start_reading_points(points_input, feedback, columns=columns, ids=not mirrored, coded=coded)

    def _count_read_points(self, points, points_input, areas, area_km2, population, rule, primary_only, feedback):
        """Figures from the points read out: (point, area) pairs under the border rule, then the tabulations."""
        backing = points_input.ecosystem
        # The primary sector is mirrored on each entity (schema 3): read with the points, no join needed.
        mirrored = "primary_sector" in points.coded
        feedback.pushInfo(self.tr("Counting {} points in {} areas").format(len(points.x), len(areas.attributes)))
        point_idx, poly_idx = density.area_pairs(
            points.x, points.y, areas.boxes(), rule,
            lambda point, poly, predicate: areas.test_pairs(points.x, points.y, point, poly, predicate),
            areas.convert,
        )
        check_canceled(feedback)
        sectors = None
        if backing is not None and mirrored:
            groups = points.coded["primary_sector"]
            member_point = np.flatnonzero(groups >= 0)
            sectors = density.Memberships(member_point, groups[member_point], points.vocabularies["primary_sector"])
        elif backing is not None:
            sectors = density.Memberships(*backing.sector_memberships(points.uuids, primary_only))
        types = None
        if "entity_type" in points.coded:  # types present in the data, one field each (n_type_<code>)
            types = density.coded_memberships(points.coded["entity_type"], points.vocabularies["entity_type"])
        elif "entity_type" in points.columns:
            types = density.value_memberships(points.columns["entity_type"])
        figures = density.area_figures(point_idx, poly_idx, area_km2, sectors, types, population)
        self._report_outside(len(points.x) - figures.counted, feedback)
        return figures, sectors.codes if sectors else [], types.codes if types else []

    def _count_in_database(self, tables, points_input, areas, area_km2, population, rule, primary_only, feedback):
        """Figures counted by PostGIS, where the points and the areas are: one query, no point read out (None when
        the database cannot be reached with the layer's connection: the points are read out then)."""
        points_table, areas_table = tables
        feedback.pushInfo(self.tr("Counting in the database {}, where the points and the areas are").format(
            points_table.database[2]))
        try:
            connection = connect(points_table.dsn)
        except BrusselsCreativeError as error:  # e.g. a password QGIS asked for and did not save: read the points
            feedback.pushInfo(self.tr("The database cannot be reached here ({}): the points are read out instead")
                              .format(error_text(error)))
            return None
        with database_errors(points_input.key, f"{points_input.key}: "):
            try:
                point_filter = area_counts.PointFilter(points_input.entity_filter, points_table.subset,
                                                       ecosystem_schema(connection, points_table.relation))
                counted = area_counts.count_in_areas(connection, points_table.relation, areas_table.relation,
                                                     areas.ids, rule, point_filter, primary_only, feedback.isCanceled)
            finally:
                connection.close()
        if counted.points == 0:
            raise QgsProcessingException(self.tr("{}: the layer holds no points to analyse").format(points_input.key)
                                         if points_input.no_criterion else
                                         self.tr("{}: no points left after the filters (sectors, types, statuses, "
                                                 "dates, expression)").format(points_input.key))
        feedback.pushInfo(self.tr("{} points counted in {} areas by the database").format(counted.points,
                                                                                          len(areas.attributes)))
        types, type_codes = None, []
        if counted.type_counts is not None and counted.type_codes:
            type_codes, types = density.merge_groups(counted.type_codes, counted.type_counts)
        figures = density.figures_from_counts(counted.counts, counted.counted, area_km2, counted.sector_counts,
                                              types, population)
        self._report_outside(counted.points - counted.counted, feedback)
        return figures, counted.sector_codes if counted.sector_counts is not None else [], type_codes

    def _report_outside(self, outside: int, feedback) -> None:
        if outside:
            feedback.pushInfo(self.tr("{} points lie outside every area and were not counted").format(outside))

    def _fields(self, area_fields, sector_codes, type_codes, with_population, feedback):
        """Output fields: the areas' own fields (those not clashing with ours), then the computed ones."""
        ours = QgsFields()
        ours.append(QgsField("n_entities", QMetaType.Int))
        ours.append(QgsField("area_km2", QMetaType.Double))
        ours.append(QgsField("density_km2", QMetaType.Double))
        ours.append(QgsField("share_pct", QMetaType.Double))
        for code in sector_codes:
            ours.append(QgsField(f"n_sector_{density.field_suffix(code)}", QMetaType.Int))
        for code in sector_codes:
            ours.append(QgsField(f"lq_{density.field_suffix(code)}", QMetaType.Double))
        for code in type_codes:
            ours.append(QgsField(f"n_type_{density.field_suffix(code)}", QMetaType.Int))
        if with_population:
            ours.append(QgsField("per_1000_inh", QMetaType.Double))
        fields, kept = fields_kept(area_fields, {f.name().lower() for f in ours},
                                   self.tr("AREAS field {} is replaced by the computed one"), feedback)
        for computed in ours:
            if fields.indexOf(computed.name()) < 0:
                fields.append(computed)
        return fields, kept


def _same_database(points_input, areas_layer):
    """The two PostGIS tables when the points and the areas are tables of one database that can count them as the
    plugin would (whole point layer, no QGIS expression, EPSG:31370 on both sides); None otherwise."""
    if not points_input.whole or points_input.expression:
        return None
    points = postgis_table(points_input.layer, QgsWkbTypes.PointGeometry)
    areas = postgis_table(areas_layer, QgsWkbTypes.PolygonGeometry)
    if points is None or areas is None or points.database != areas.database:
        return None
    if QgsWkbTypes.isMultiType(points_input.layer.wkbType()):  # read out, each part of a multipoint counts
        return None
    return points, areas


def _point_columns(points_input, mirrored: bool) -> tuple[tuple[str, ...], dict[str, str]]:
    """The columns read with the points: the entity type when there is one; those of an ecosystem file's vocabularies
    come as positions in their vocabulary, computed by SQLite (`coded`)."""
    type_column = ("entity_type",) if "entity_type" in points_input.field_names else ()
    coded = {}
    if points_input.ecosystem is not None and type_column:
        coded["entity_type"] = "entity_types"
    if mirrored:
        coded["primary_sector"] = "sectors"
    return tuple(c for c in type_column if c not in coded), coded


def _population(areas, population_field: str | None) -> np.ndarray | None:
    """The areas' inhabitants (nan where missing), None without a POPULATION field."""
    if not population_field:
        return None
    index = areas.fields.indexOf(population_field)
    if index < 0:
        raise QgsProcessingException(
            tr("POPULATION: AREAS has no field {} (fields: {})").format(
                population_field, ", ".join(areas.fields.names()))
        )
    return np.asarray([inputs.attribute_number(row[index]) for row in areas.attributes], dtype=float)


def _rows(figures: density.AreaFigures, area_km2: np.ndarray):
    """The computed values of each area, in the order of the output fields (None for NULL)."""
    computed = [figures.counts.tolist(), _or_none(area_km2), _or_none(figures.density_km2), figures.share_pct.tolist()]
    if figures.sector_counts is not None:
        computed += figures.sector_counts.T.tolist()
        computed += [_or_none(column) for column in figures.location_quotients.T]
    if figures.type_counts is not None:
        computed += figures.type_counts.T.tolist()
    if figures.per_1000_inh is not None:
        computed.append(_or_none(figures.per_1000_inh))
    return (list(values) for values in zip(*computed, strict=True))


def _or_none(values: np.ndarray) -> list:
    """Python floats, None for nan."""
    values = np.asarray(values, dtype=float)
    return np.where(np.isnan(values), None, values).tolist()
