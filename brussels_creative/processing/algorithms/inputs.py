"""Shared inputs of the analyses: the entity filter parameters and a point reader that returns numpy arrays in
EPSG:31370, with fast paths for ecosystem GeoPackages and for whole OGR point layers (read_layer_directly), and
QGIS's feature loop for any other point source.

The algorithm resolves its point input once (BrusselsCreativeAlgorithm.points_input gives a PointsInput of plain
values); nothing here sees the parameters or the algorithm."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsExpression,
    QgsExpressionContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.store import layer_reader, taxonomy
from ...core.store.selection import EntityFilter, EntityPoints, code_positions
from ...core.store.sources import EcosystemSource
from ...layers.ecosystem_layers import layer_ecosystem
from .crs_check import crs_advice, outside_region_warning
from .messages import check_canceled, tr, watched
from .parameters import Declared, Group, codes, date, expression, group, layer
from .portfolio_input import portfolio_parameter

WORKING_CRS = QgsCoordinateReferenceSystem("EPSG:31370")
# One thread reads ecosystem files for the analyses (SQLite releases the GIL while it works).
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="brussels_creative_reader")

SECTORS = "SECTORS"
ENTITY_TYPES = "ENTITY_TYPES"
STATUSES = "STATUSES"
VISIBILITIES = "VISIBILITIES"
CREATED_FROM = "CREATED_FROM"
CREATED_TO = "CREATED_TO"
EXPRESSION = "EXPRESSION"

_ENUMS = (
    (SECTORS, "Only entities of these sectors", lambda: [t.code for t in taxonomy.SECTORS]),
    (ENTITY_TYPES, "Only these entity types", lambda: [t.code for t in taxonomy.ENTITY_TYPES]),
    (STATUSES, "Only these statuses", lambda: list(taxonomy.STATUSES)),
    (VISIBILITIES, "Only these visibilities", lambda: list(taxonomy.VISIBILITIES)),
)


def point_layer() -> Declared:
    """The entities (or any point layer) input the analyses share."""
    return layer("Entities (or any point layer)",
                 "The entities layer of an ecosystem GeoPackage, or any point layer in any CRS", "point")


def entity_filters(input_key: str = "INPUT") -> Group:
    """The optional entity filters on the points of input_key (advanced parameters), read by
    BrusselsCreativeAlgorithm.points_input."""
    return group(
        *(codes(description, options, "Vocabulary codes; none selected means all (sectors need an ecosystem "
                "GeoPackage)", multiple=True, optional=True, advanced=True, key=key)
          for key, description, options in _ENUMS),
        date("Created on or after", "Date filter on the entities' created_at (inclusive)", advanced=True,
             key=CREATED_FROM),
        date("Created on or before", "Date filter on the entities' created_at (inclusive)", advanced=True,
             key=CREATED_TO),
        expression("Filter expression", "A QGIS expression selecting the features to use", parent=input_key,
                   advanced=True, key=EXPRESSION),
        portfolio_parameter(advanced=True),
    )


def ecosystem_source(layer) -> EcosystemSource | None:
    """The ecosystem behind a layer showing its entities, with or without a subset string: an ecosystem GeoPackage's
    entities table, or the entities table of an ecosystem's PostGIS schema; else None."""
    return layer_ecosystem(layer) if layer is not None and layer.isValid() else None


def attribute_number(value) -> float:
    """A float from an attribute value; nan for NULL or non-numbers."""
    try:
        return float(value) if value is not None else float("nan")
    except (TypeError, ValueError):
        return float("nan")


def whole_source(value) -> bool:
    """True unless a source parameter's value asks for selected features only, a feature limit or a filter of its
    own."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return True
    return not (
        value.selectedFeaturesOnly
        or value.featureLimit != -1
        or (hasattr(value, "filterExpression") and value.filterExpression)
    )


@dataclass(frozen=True)
class PointsInput:
    """A point input parameter resolved once: its source, the ecosystem file behind it and the filters."""

    key: str
    source: QgsProcessingFeatureSource
    field_names: list[str]
    ecosystem: EcosystemSource | None  # the ecosystem behind the layer, whatever subset, selection or filter
    ecosystem_whole: EcosystemSource | None  # the same when all its entities are read unfiltered by QGIS (fast path)
    entity_filter: EntityFilter
    expression: str  # the free filter expression ("" for none)
    expression_context: QgsExpressionContext
    transform_context: QgsCoordinateTransformContext
    layer: object = None  # the QgsVectorLayer behind the source (None for a feature source alone)
    whole: bool = True  # False for selected features only, a feature limit or a filter of the parameter's own

    @classmethod
    def resolve(cls, key, source, layer, whole: bool, entity_filter: EntityFilter, expression: str,
                expression_context, transform_context) -> PointsInput:
        """Resolve what the input is backed by (the schema version is read once, here)."""
        ecosystem = ecosystem_source(layer)
        whole_file = ecosystem if ecosystem and whole and not expression and not layer.subsetString() else None
        return cls(key, source, source.fields().names(), ecosystem, whole_file, entity_filter, expression,
                   expression_context, transform_context, layer, whole)

    @property
    def ecosystem_file(self) -> Path | None:
        """The ecosystem GeoPackage behind the points (None in a database or for any other source): outputs join
        its layer group."""
        return self.ecosystem.file if self.ecosystem is not None else None

    @property
    def no_criterion(self) -> bool:
        """True when no filter is set."""
        return self.entity_filter.is_empty() and not self.expression


def read_points(points_input: PointsInput, feedback, columns: tuple[str, ...] = (), ids: bool = True,
                coded: dict[str, str] | None = None) -> EntityPoints:
    """Read the input points (filtered) as numpy arrays in EPSG:31370, whatever the source's CRS.

    Ecosystem entities layers (whole, unfiltered by QGIS) are read straight from SQLite; any other source goes
    through a QGIS feature request transformed to EPSG:31370 with the context's transform settings. Raises a
    QgsProcessingException naming the input when nothing is left to analyse, and on cancel. Without `ids` the fast
    path skips the uuids (empty strings), for analyses that only need coordinates. `coded` (column -> lookup table,
    for the entities of an ecosystem file) gives those columns as positions in their vocabulary (points.coded).
    """
    return start_reading_points(points_input, feedback, columns, ids, coded).result()


class PendingPoints:
    """Points being read: result() gives them (checked), once the read started by start_reading_points ends."""

    def __init__(self, feedback, points_input: PointsInput, future: Future | None = None,
                 points: EntityPoints | None = None) -> None:
        self._feedback = feedback
        self._input = points_input
        self._future = future
        self._points = points

    def result(self) -> EntityPoints:
        """The points, after the same checks as read_points (cancel, nothing left, features skipped)."""
        points = self._future.result() if self._future is not None else self._points
        feedback = self._feedback
        check_canceled(feedback)
        if points.skipped:
            feedback.pushWarning(tr("{} features without a usable point were left out").format(points.skipped))
        source, key = self._input.source, self._input.key
        if len(points.x) == 0:
            advice = crs_advice(key, source.sourceCrs(), source.sourceExtent(), self._input.transform_context) \
                if points.skipped else None
            if advice:  # no point could be transformed: coordinates in another CRS than the declared one
                raise QgsProcessingException(advice)
            if self._input.no_criterion:
                raise QgsProcessingException(tr("{}: the layer holds no points to analyse").format(key))
            raise QgsProcessingException(
                tr("{}: no points left after the filters (sectors, types, statuses, dates, expression)").format(key)
                + expression_failure(self._input))
        feedback.pushInfo(tr("{} points read").format(len(points.x)))
        warning = outside_region_warning(key, points.x, points.y, source.sourceCrs(), source.sourceExtent(),
                                         self._input.transform_context)
        if warning:
            feedback.pushWarning(warning)
        return points


def expression_failure(points_input: PointsInput) -> str:
    """Why the filter expression kept nothing when it fails on the features (an unknown function's argument, a
    wrong type): its error on the first feature, as a sentence to append; "" when it evaluates."""
    if not points_input.expression:
        return ""
    expression = QgsExpression(points_input.expression)
    context = QgsExpressionContext(points_input.expression_context)
    expression.prepare(context)
    for feature in points_input.source.getFeatures(QgsFeatureRequest().setLimit(1)):
        context.setFeature(feature)
        expression.evaluate(context)
        if expression.hasEvalError():
            return "\n" + tr("EXPRESSION: {} fails on the features: {}").format(
                points_input.expression, expression.evalErrorString())
    return ""


def start_reading_points(points_input: PointsInput, feedback, columns: tuple[str, ...] = (), ids: bool = True,
                         coded: dict[str, str] | None = None) -> PendingPoints:
    """Start read_points: the fast path (an ecosystem file read by SQLite, which needs no QGIS object) runs in a
    thread of its own while the caller goes on, e.g. reading its polygons; any other source is read at once.

    The reader is chosen here, and only here: the whole entities layer of an ecosystem file goes to SQLite, a whole
    OGR point layer without filters to read_layer_directly, every other source to QGIS."""
    coded = coded or {}
    entity_filter = points_input.entity_filter
    whole = points_input.ecosystem_whole
    if whole is not None:
        feedback.pushInfo(tr("Reading the entities of {} directly").format(whole.label))
        future = _READER.submit(whole.entity_points, entity_filter, columns, with_uuids=ids, coded=coded)
        return PendingPoints(feedback, points_input, future=future)
    backing = points_input.ecosystem
    if entity_filter.sectors and backing is None:
        raise QgsProcessingException(
            tr("SECTORS: filtering by sector needs the entities layer of an ecosystem")
        )
    wanted = columns + tuple(c for c in coded if c not in columns)
    points = read_layer_directly(points_input, feedback, wanted, ids) if points_input.no_criterion else None
    if points is None:
        points = _read_any_source(points_input, feedback, wanted)
    if entity_filter.sectors:
        points = _keep(points, backing.uuids_in_sectors(entity_filter.sectors))
    if entity_filter.uuids is not None:
        points = _keep(points, set(entity_filter.uuids))
    for column, table in coded.items():
        codes = backing.vocabulary(table) if backing is not None else []
        points.coded[column] = code_positions(points.columns[column], codes)
        points.vocabularies[column] = codes
    return PendingPoints(feedback, points_input, points=points)


def read_layer_directly(
    points_input: PointsInput, feedback, columns: tuple[str, ...], ids: bool
) -> EntityPoints | None:
    """The whole of an OGR point layer read without QGIS's feature loop, in EPSG:31370: a GeoPackage table by SQLite,
    any other OGR source by GDAL's Arrow stream (core/store/layer_reader). None when QGIS must read it itself: not
    an OGR layer (memory, services, virtual layers), selected features only or a feature limit, a subset SQL cannot
    be trusted with, a geometry type filter, columns of other types (dates, lists, maps, binaries), geometries that
    are not points, a transform that fails; the QGIS loop then gives the same points, or the error to report."""
    layer = points_input.layer
    if (layer is None or layer.providerType() != "ogr" or not points_input.whole
            or QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.PointGeometry or not layer.crs().isValid()):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, subset = parts.get("path") or "", layer.subsetString() or None
    field_names = layer.fields().names()
    if (not Path(path).is_file() or parts.get("geometryType") or parts.get("uniqueGeometryType")
            or any(c not in field_names for c in columns)
            or (subset is not None and subset.lstrip()[:6].upper() == "SELECT")):
        return None
    id_column = ("uuid",) if ids and "uuid" in field_names and "uuid" not in columns else ()
    try:
        driver = layer.dataProvider().storageType()
        if driver == "GPKG" and parts.get("layerName"):
            read = layer_reader.read_geopackage_points(path, parts["layerName"], columns + id_column, subset)
        elif driver == "GeoJSON" and subset is None:
            # GDAL parses GeoJSON twice (schema, then features); the fields' types say what each property must be
            kinds = {QVariant.Int: "int", QVariant.LongLong: "int", QVariant.Double: "real", QVariant.String: "text",
                     QVariant.Bool: "bool"}
            fields = layer.fields()
            wanted = {c: kinds.get(fields.field(c).type()) for c in columns + id_column}
            if None in wanted.values():
                return None
            read = layer_reader.read_geojson_points(path, wanted)
        else:
            read = layer_reader.read_ogr_points(
                path, parts.get("layerName"), parts.get("layerId"), columns + id_column, subset,
                tuple(parts.get("openOptions") or ()),
            )
        x, y = read.x, read.y
        if layer.crs() != WORKING_CRS and x.size:
            # One line string transformed at once: the same PROJ operation, point by point, as QGIS's loop
            line = QgsGeometry()
            line.fromWkb(b"\x01" + np.array([2, x.size], dtype="<u4").tobytes() + np.column_stack([x, y]).tobytes())
            transform = QgsCoordinateTransform(layer.crs(), WORKING_CRS, points_input.transform_context)
            if line.transform(transform) != Qgis.GeometryOperationResult.Success:
                return None
            xy = np.frombuffer(bytes(line.asWkb()), dtype=np.uint8)[9:].copy().view("<f8").reshape(-1, 2)
            x, y = xy[:, 0].copy(), xy[:, 1].copy()
    except (layer_reader.NotFastReadableError, QgsCsException):
        return None
    check_canceled(feedback)
    if not ids:
        uuids = [""] * x.size
    elif "uuid" in field_names:  # as str(feature["uuid"]) gives them
        uuids = ["NULL" if v is None else str(v) for v in read.columns["uuid"]]
    else:
        uuids = [str(fid) for fid in read.fids.tolist()]
    feedback.pushInfo(tr("Reading {} directly").format(path))
    return EntityPoints(x, y, uuids, {c: read.columns[c] for c in columns}, read.skipped)


def _keep(points: EntityPoints, uuids: set[str]) -> EntityPoints:
    """The points whose uuid is in the set."""
    keep = np.fromiter((u in uuids for u in points.uuids), dtype=bool, count=len(points.uuids))
    index = np.flatnonzero(keep)
    return EntityPoints(
        points.x[index],
        points.y[index],
        [points.uuids[i] for i in index],
        {k: [v[i] for i in index] for k, v in points.columns.items()},
        points.skipped,
    )


def _expression_for(entity_filter: EntityFilter, free: str, field_names: list[str]) -> str:
    """Translate an EntityFilter (without its sectors) into a QGIS expression for a generic layer."""
    parts = []
    for column, values in (
        ("entity_type", entity_filter.entity_types),
        ("status", entity_filter.statuses),
        ("visibility", entity_filter.visibilities),
    ):
        if values:
            if column not in field_names:
                raise QgsProcessingException(tr("The input layer has no field {} to filter on").format(column))
            quoted = ", ".join(QgsExpression.quotedValue(v) for v in values)
            parts.append(f"{QgsExpression.quotedColumnRef(column)} IN ({quoted})")
    for bound, operator in ((entity_filter.created_from, ">="), (entity_filter.created_to, "<=")):
        if bound:
            if "created_at" not in field_names:
                raise QgsProcessingException(tr("The input layer has no field created_at to filter on"))
            parts.append(f"left(to_string({QgsExpression.quotedColumnRef('created_at')}), 10) {operator} "
                         f"{QgsExpression.quotedValue(bound)}")
    if free:
        parts.append(f"({free})")
    return " AND ".join(parts)


def _read_any_source(points_input: PointsInput, feedback, columns: tuple[str, ...]) -> EntityPoints:
    """Read the points of any point source through a QGIS feature request (filters as a QGIS expression)."""
    source, input_key = points_input.source, points_input.key
    entity_filter, free = points_input.entity_filter, points_input.expression
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
        raise QgsProcessingException(tr("{}: the layer must hold points").format(input_key))
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr("{}: the layer has no valid CRS; set one first").format(input_key))
    field_names = source.fields().names()
    missing = [c for c in columns if c not in field_names]
    if missing:
        raise QgsProcessingException(tr("{}: no field {}").format(input_key, ", ".join(missing)))
    request = QgsFeatureRequest().setDestinationCrs(WORKING_CRS, points_input.transform_context)
    expression = _expression_for(entity_filter, free, field_names)
    wanted = list(columns) + (["uuid"] if "uuid" in field_names else [])
    if expression:
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise QgsProcessingException(tr("EXPRESSION: {}").format(parsed.parserErrorString()))
        request.setFilterExpression(expression)
        request.setExpressionContext(points_input.expression_context)
        wanted += [c for c in parsed.referencedColumns() if c in field_names]
    request.setSubsetOfAttributes(sorted(set(wanted)), source.fields())
    total = source.featureCount() or 0
    xs, ys, ids = [], [], []
    values: dict[str, list] = {c: [] for c in columns}
    skipped = 0
    has_uuid = "uuid" in field_names
    for feature in watched(source.getFeatures(request), feedback, total):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        parts = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        for point in parts:
            xs.append(point.x())
            ys.append(point.y())
            ids.append(str(feature["uuid"]) if has_uuid else str(feature.id()))
            for column in columns:
                values[column].append(feature[column])
    check_canceled(feedback)
    return EntityPoints(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), ids, values, skipped)
