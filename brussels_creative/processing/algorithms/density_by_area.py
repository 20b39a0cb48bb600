"""density_by_area: entities counted per polygon, per sector and per type, densities per km², shares and location
quotients, optionally per 1 000 inhabitants."""

from __future__ import annotations

import re

import numpy as np
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import density
from . import inputs
from .base import BrusselsCreativeAlgorithm
from .outputs import add_geometry_features
from .polygons import read_polygons

BORDER_RULES = (
    ("first", "Once: in the first polygon (lowest feature order) touching the point"),
    ("contains", "Only strictly inside (as native:countpointsinpolygon: border points counted nowhere)"),
    ("intersects", "In every polygon touching the point"),
)
FLAT_SHARE = 1e-4  # a polygon covering less of its bounding box is flagged as (almost) flat
SECTOR_MODES = (("primary", "Primary sector only"), ("all", "Every sector of the entity"))


def field_suffix(code) -> str:
    """A field-name-safe version of a vocabulary code (lowercase letters, digits and underscores)."""
    text = re.sub(r"[^0-9a-z_]+", "_", str(code).strip().lower()).strip("_")
    return text or "none"


class DensityByArea(BrusselsCreativeAlgorithm):
    """Count and density of entities per polygon."""

    INPUT = "INPUT"
    AREAS = "AREAS"
    POPULATION = "POPULATION"
    BORDER_RULE = "BORDER_RULE"
    SECTOR_MODE = "SECTOR_MODE"
    OUTPUT = "OUTPUT"

    ALG_ID = "density_by_area"
    ALG_NAME = "Density by area"
    ALG_GROUP = "density"
    ALG_TAGS = ("density", "count", "points in polygon", "location quotient", "municipality", "per capita")
    ALG_HELP = (
        "Counts the entities (or any points) in each polygon of AREAS — municipalities, statistical sectors, "
        "neighbourhoods — and writes the polygons, in EPSG:31370, with:\n"
        "- n_entities: number of points counted in the polygon;\n"
        "- area_km2: the polygon's planar area in EPSG:31370 (km²); density_km2: n_entities per km²;\n"
        "- share_pct: the polygon's share (%) of the points counted in any polygon;\n"
        "- n_sector_<code> and lq_<code> per sector (ecosystem entities only): count and location quotient "
        "(share of the sector in the polygon ÷ its share over all polygons; 1 = as in the region, empty for an empty "
        "polygon). SECTOR_MODE 'primary' (default) counts each entity once, under its primary sector, so the sector "
        "counts add up to n_entities; 'all' counts it under every sector it has;\n"
        "- n_type_<code> per entity type, when the points have an entity_type field;\n"
        "- per_1000_inh: n_entities per 1 000 inhabitants when a POPULATION field is given (empty where the "
        "population is missing or zero).\n\n"
        "Points on borders (BORDER_RULE): by default every point is counted once — a point inside a polygon in that "
        "polygon, a point on a border shared by several polygons in the first of them in the layer's feature order "
        "— so counts add up to the points inside the areas and shares to 100 %. Off borders the counts equal QGIS's "
        "native:countpointsinpolygon; that algorithm counts a point lying exactly on a boundary nowhere, which the "
        "'contains' rule reproduces. 'intersects' counts a border point in every polygon it touches.\n\n"
        "Points outside every polygon are not counted (their number is reported). Polygons in any CRS are "
        "transformed to EPSG:31370 with the project's transformation settings; points too. Features without "
        "geometry are kept with zero counts and empty areas. The filters select entities by sector, type, status, "
        "visibility, creation date or expression."
    )

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters."""
        self.add_points_input()
        areas = QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (polygons)"), [QgsProcessing.TypeVectorPolygon]
        )
        areas.setHelp(self.tr("Polygons to count in, in any CRS: municipalities, statistical sectors, …"))
        self.addParameter(areas)
        population = QgsProcessingParameterField(
            self.POPULATION,
            self.tr("Population field"),
            parentLayerParameterName=self.AREAS,
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        )
        population.setHelp(self.tr("Inhabitants of each area; adds per_1000_inh (entities per 1 000 inhabitants)"))
        self.addParameter(population)
        border = QgsProcessingParameterEnum(
            self.BORDER_RULE, self.tr("Points on borders"), options=[self.tr(o[1]) for o in BORDER_RULES],
            defaultValue=0,
        )
        border.setHelp(self.tr("Where a point lying exactly on a polygon boundary is counted"))
        self.addParameter(border)
        mode = QgsProcessingParameterEnum(
            self.SECTOR_MODE, self.tr("Sectors counted"), options=[self.tr(o[1]) for o in SECTOR_MODES],
            defaultValue=0,
        )
        mode.setHelp(self.tr("Count each entity under its primary sector only, or under every sector it has"))
        self.addParameter(mode)
        inputs.add_filter_parameters(self, self.INPUT)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Density by area"), QgsProcessing.TypeVectorPolygon
        )
        output.setHelp(self.tr("The areas (EPSG:31370) with counts, densities per km², shares and quotients"))
        self.addParameter(output)

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Count the points per polygon and write the polygons with their figures."""
        population_field = self.parameterAsString(parameters, self.POPULATION, context) or None
        rule = BORDER_RULES[self.parameterAsEnum(parameters, self.BORDER_RULE, context)][0]
        primary_only = SECTOR_MODES[self.parameterAsEnum(parameters, self.SECTOR_MODE, context)][0] == "primary"
        layer = inputs.input_layer(self, parameters, self.INPUT, context)

        field_names = layer.fields().names() if layer is not None else []
        type_column = ("entity_type",) if "entity_type" in field_names else ()
        backing = inputs.ecosystem_file(layer)
        # The primary sector is mirrored on each entity (schema 3): read it with the points, no join needed.
        mirrored = backing is not None and primary_only and "primary_sector" in field_names
        # Vocabulary columns of an ecosystem come as positions in their vocabulary, computed by SQLite.
        coded = {}
        if backing is not None and type_column:
            coded["entity_type"] = "entity_types"
        if mirrored:
            coded["primary_sector"] = "sectors"
        columns = tuple(c for c in type_column if c not in coded)

        # An ecosystem file is read in a thread while QGIS reads the polygons.
        pending = inputs.start_reading_points(
            self, parameters, context, feedback, self.INPUT, columns=columns, ids=not mirrored, coded=coded
        )
        areas = read_polygons(
            self, parameters, self.AREAS, context, feedback, keep_empty=True, repair=False, shapes=False
        )
        rows, area_fields = areas.attributes, areas.fields
        boxes, area_km2 = areas.boxes(), areas.areas() / density.M2_PER_KM2
        self._warn_flat(boxes, area_km2, feedback)
        points = pending.result()
        n_areas = len(rows)
        feedback.pushInfo(self.tr("Counting {} points in {} areas").format(len(points.x), n_areas))
        present = np.flatnonzero(np.isfinite(boxes).all(axis=1))
        if len(points.x) <= density.PREPARE_FROM * max(present.size, 1):
            # Few points per polygon (e.g. entities in detailed statistical sectors): each point is tested only
            # against the polygons whose box holds it, by GEOS through QGIS; no polygon is converted to shapely.
            point_idx, poly_idx = density.box_pairs(points.x, points.y, boxes)
            passed = areas.test_pairs(
                points.x, points.y, point_idx, poly_idx, "contains" if rule == "contains" else "intersects"
            )
            point_idx, poly_idx = point_idx[passed], poly_idx[passed]
            if rule == "first" and point_idx.size:  # sorted by point then polygon: keep each point's first
                first = np.ones(point_idx.size, dtype=bool)
                first[1:] = point_idx[1:] != point_idx[:-1]
                point_idx, poly_idx = point_idx[first], poly_idx[first]
        else:
            point_idx, local_idx = density.point_polygon_pairs(
                points.x, points.y, areas.convert(present), rule=rule
            )
            poly_idx = present[local_idx]
        inputs.check_canceled(feedback)
        feedback.setProgress(70)
        counts = np.bincount(poly_idx, minlength=n_areas).astype(np.int64)
        counted_points = np.unique(point_idx).size
        outside = len(points.x) - counted_points
        if outside:
            feedback.pushInfo(self.tr("{} points lie outside every area and were not counted").format(outside))

        sector_codes: list[str] = []
        sector_matrix = None
        if backing is not None:
            if mirrored:
                sector_codes = points.vocabularies["primary_sector"]
                groups = points.coded["primary_sector"]
                member_point = np.flatnonzero(groups >= 0)
                member_group = groups[member_point]
            else:
                member_point, member_group, sector_codes = inputs.sector_memberships(
                    backing, points.uuids, primary_only
                )
            sector_matrix = density.tabulate_pairs(
                point_idx, poly_idx, n_areas, member_point, member_group, len(sector_codes)
            )
        type_codes: list[str] = []
        type_matrix = None
        if "entity_type" in points.coded:
            # Types present in the data, one field each (n_type_<code>).
            positions = points.coded["entity_type"]
            vocabulary = points.vocabularies["entity_type"]
            present_types = np.unique(positions[positions >= 0])
            type_codes = sorted({field_suffix(vocabulary[p]) for p in present_types})
            code_index = {c: i for i, c in enumerate(type_codes)}
            table = np.full(len(vocabulary) + 1, -1, dtype=np.int64)
            for p in present_types:
                table[p] = code_index[field_suffix(vocabulary[p])]
            members = table[positions]  # position -1 reads the table's last cell: -1
            typed = np.flatnonzero(members >= 0)
            type_matrix = density.tabulate_pairs(
                point_idx, poly_idx, n_areas, typed, members[typed], len(type_codes)
            )
        elif type_column:
            # Types are grouped by their field name, so "Hub" and "hub" share n_type_hub; NULL types are not counted.
            raw = [v if isinstance(v, str) else "" for v in points.columns["entity_type"]]
            suffixes = {v: field_suffix(v) if v not in ("", "NULL") else "" for v in set(raw)}
            type_codes = sorted(set(suffixes.values()) - {""})
            code_index = {c: i for i, c in enumerate(type_codes)}
            value_index = {v: code_index.get(suffix, -1) for v, suffix in suffixes.items()}
            members = np.fromiter((value_index[v] for v in raw), dtype=np.int64, count=len(raw))
            typed = np.flatnonzero(members >= 0)
            type_matrix = density.tabulate_pairs(
                point_idx, poly_idx, n_areas, typed, members[typed], len(type_codes)
            )
        inputs.check_canceled(feedback)

        with np.errstate(divide="ignore", invalid="ignore"):
            density_km2 = np.where(area_km2 > 0, counts / area_km2, np.nan)
        share = 100.0 * counts / counted_points if counted_points else np.zeros(n_areas)
        lq = density.location_quotients(sector_matrix) if sector_matrix is not None else None
        population = None
        if population_field:
            index = area_fields.indexOf(population_field)
            if index < 0:
                raise QgsProcessingException(
                    self.tr("POPULATION: AREAS has no field {} (fields: {})").format(
                        population_field, ", ".join(area_fields.names()))
                )
            population = np.asarray([_number(row[index]) for row in rows], dtype=float)

        fields, kept = self._fields(area_fields, sector_codes, type_codes, population is not None, feedback)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, inputs.WORKING_CRS
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        # The computed values, column by column as Python numbers (None for NULL), then row by row.
        computed = [counts.tolist(), _or_none(area_km2), _or_none(density_km2), share.astype(float).tolist()]
        if sector_matrix is not None:
            computed += sector_matrix.T.tolist()
            computed += [_or_none(column) for column in lq.T]
        if type_matrix is not None:
            computed += type_matrix.T.tolist()
        if population is not None:
            with np.errstate(divide="ignore", invalid="ignore"):
                per_1000 = np.where(np.isfinite(population) & (population > 0), 1000.0 * counts / population, np.nan)
            computed.append(_or_none(per_1000))
        rows_out = ([row[k] for k in kept] + list(values) for row, values in zip(rows, zip(*computed, strict=True),
                                                                                  strict=True))
        add_geometry_features(sink, fields, areas.qgis_geometries, rows_out, feedback, progress=(80, 20), multi=True)
        inputs.check_canceled(feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _warn_flat(self, boxes, area_km2, feedback) -> None:
        """Warn about polygons with (almost) no area for their size: self-intersecting ones (a bow tie's halves
        cancel out) give absurd densities. Cheap, where checking every polygon's validity is not."""
        with np.errstate(invalid="ignore"):
            box_km2 = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]) / density.M2_PER_KM2
            flat = np.flatnonzero((box_km2 > 0) & (area_km2 < FLAT_SHARE * box_km2))
        if flat.size:
            feedback.pushWarning(
                self.tr("AREAS: {} polygons have almost no area for their extent (invalid, self-intersecting?): "
                        "their densities are meaningless (at positions {} in the layer)").format(
                    flat.size, ", ".join(str(i + 1) for i in flat[:10].tolist()) + (" …" if flat.size > 10 else ""))
            )

    def _fields(self, area_fields, sector_codes, type_codes, with_population, feedback):
        """Output fields: the areas' own fields (those not clashing with ours), then the computed ones."""
        ours = QgsFields()
        ours.append(QgsField("n_entities", QMetaType.Int))
        ours.append(QgsField("area_km2", QMetaType.Double))
        ours.append(QgsField("density_km2", QMetaType.Double))
        ours.append(QgsField("share_pct", QMetaType.Double))
        for code in sector_codes:
            ours.append(QgsField(f"n_sector_{field_suffix(code)}", QMetaType.Int))
        for code in sector_codes:
            ours.append(QgsField(f"lq_{field_suffix(code)}", QMetaType.Double))
        for code in type_codes:
            ours.append(QgsField(f"n_type_{field_suffix(code)}", QMetaType.Int))
        if with_population:
            ours.append(QgsField("per_1000_inh", QMetaType.Double))
        taken = {f.name().lower() for f in ours}
        fields = QgsFields()
        kept = []
        for index, field in enumerate(area_fields):
            if field.name().lower() in taken:
                feedback.pushWarning(self.tr("AREAS field {} is replaced by the computed one").format(field.name()))
                continue
            fields.append(field)
            kept.append(index)
        for field in ours:
            if fields.indexOf(field.name()) < 0:
                fields.append(field)
        return fields, kept


def _number(value) -> float:
    """A float from an attribute value; nan for NULL or non-numbers."""
    try:
        return float(value) if value is not None else float("nan")
    except (TypeError, ValueError):
        return float("nan")


def _or_none(values: np.ndarray) -> list:
    """Python floats, None for nan."""
    values = np.asarray(values, dtype=float)
    return np.where(np.isnan(values), None, values).tolist()
