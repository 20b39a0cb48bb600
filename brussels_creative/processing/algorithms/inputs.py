"""Shared inputs of the analyses: the entity filter parameters and a point reader that returns numpy arrays in
EPSG:31370, with fast paths for ecosystem GeoPackages and for whole OGR point layers (read_layer_directly), and
QGIS's feature loop for any other point source."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import BrusselsCreativeError
from ...core.store import layer_reader, taxonomy
from ...core.store.ecosystem import read_schema_version
from ...core.store.gpkg import connect_read_only
from ...core.store.schema import LOOKUP_TABLES
from ...core.store.selection import EntityFilter, EntityPoints, code_positions, read_entity_points
from .base import tr

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


def add_filter_parameters(algorithm, input_key: str = "INPUT") -> None:
    """Add the optional entity filters (advanced parameters) to an algorithm."""
    from qgis.core import QgsProcessingParameterDefinition

    advanced = QgsProcessingParameterDefinition.FlagAdvanced
    for key, description, codes in _ENUMS:
        parameter = QgsProcessingParameterEnum(
            key, tr(description), options=codes(), allowMultiple=True, optional=True, usesStaticStrings=True
        )
        parameter.setHelp(tr("Vocabulary codes; none selected means all (sectors need an ecosystem GeoPackage)"))
        parameter.setFlags(parameter.flags() | advanced)
        algorithm.addParameter(parameter)
    for key, description in ((CREATED_FROM, "Created on or after"), (CREATED_TO, "Created on or before")):
        parameter = QgsProcessingParameterDateTime(
            key, tr(description), QgsProcessingParameterDateTime.Date, optional=True
        )
        parameter.setHelp(tr("Date filter on the entities' created_at (inclusive)"))
        parameter.setFlags(parameter.flags() | advanced)
        algorithm.addParameter(parameter)
    expression = QgsProcessingParameterExpression(
        EXPRESSION, tr("Filter expression"), parentLayerParameterName=input_key, optional=True
    )
    expression.setHelp(tr("A QGIS expression selecting the features to use"))
    expression.setFlags(expression.flags() | advanced)
    algorithm.addParameter(expression)


def read_filter(algorithm, parameters, context) -> tuple[EntityFilter, str]:
    """Read the filter parameters into an EntityFilter and the free expression."""

    def codes(key: str) -> tuple[str, ...]:
        # An unset static-string enum reads back as [""]: no criterion, not "the empty code".
        return tuple(c for c in algorithm.parameterAsEnumStrings(parameters, key, context) if c)

    def date(key: str) -> str | None:
        value = algorithm.parameterAsDateTime(parameters, key, context)
        return value.date().toString("yyyy-MM-dd") if value is not None and value.isValid() else None

    entity_filter = EntityFilter(
        sectors=codes(SECTORS),
        entity_types=codes(ENTITY_TYPES),
        statuses=codes(STATUSES),
        visibilities=codes(VISIBILITIES),
        created_from=date(CREATED_FROM),
        created_to=date(CREATED_TO),
    )
    start, end = entity_filter.created_from, entity_filter.created_to
    if start and end and start > end:
        raise QgsProcessingException(tr("CREATED_FROM ({}) is after CREATED_TO ({})").format(start, end))
    free = algorithm.parameterAsExpression(parameters, EXPRESSION, context) or ""
    if not free and str(parameters.get(EXPRESSION) or "").strip():
        # QGIS gives back an empty expression when the one typed does not parse: never drop a filter silently
        free = str(parameters[EXPRESSION])
    if free:
        parsed = QgsExpression(free)
        if parsed.hasParserError():
            raise QgsProcessingException(tr("EXPRESSION: {}").format(parsed.parserErrorString()))
    return entity_filter, free


def input_layer(algorithm, parameters, key: str, context):
    """The vector layer behind a source parameter, also when it is given as a feature source definition (selected
    features only, a feature limit), which parameterAsVectorLayer does not resolve; None for other sources."""
    value = parameters.get(key)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        parameters = {**parameters, key: value.source.valueAsString(context.expressionContext())[0]}
    return algorithm.parameterAsVectorLayer(parameters, key, context)


def ecosystem_file(layer) -> str | None:
    """Return the GeoPackage path when the layer shows the entities of an ecosystem file (subset or not), else None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or parts.get("layerName") != "entities" or not Path(path).exists():
        return None
    try:
        return path if read_schema_version(path) is not None else None
    except BrusselsCreativeError:
        return None


def ecosystem_path(layer) -> str | None:
    """Return the GeoPackage path when the layer is the whole entities layer of an ecosystem file, else None."""
    if layer is None or layer.subsetString():
        return None
    return ecosystem_file(layer)


def check_canceled(feedback) -> None:
    """Stop the algorithm when the user cancelled (raised before any output is written)."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled: no output was written"))


def lookup_codes(path: str, table: str) -> list[str]:
    """The codes of one vocabulary of an ecosystem file, in its order."""
    if table not in LOOKUP_TABLES:
        raise ValueError(f"unknown vocabulary {table}")
    connection = connect_read_only(path)
    try:
        return [row[0] for row in connection.execute(f'SELECT code FROM "{table}" ORDER BY fid')]
    finally:
        connection.close()


def sector_vocabulary(path: str) -> list[str]:
    """The sector codes of an ecosystem file, in its vocabulary's order."""
    return lookup_codes(path, "sectors")


def sector_memberships(path: str, uuids: list[str], primary_only: bool) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(point index, sector index) pairs of the points' sectors from entity_sectors, and the sector codes.

    The codes are the file's sector vocabulary (in its order), so outputs keep the same fields whatever is selected.
    """
    codes = sector_vocabulary(path)
    connection = connect_read_only(path)
    try:
        links = connection.execute(
            "SELECT entity_uuid, code FROM entity_sectors" + (" WHERE is_primary = 1" if primary_only else "")
        ).fetchall()
    finally:
        connection.close()
    position = {u: i for i, u in enumerate(uuids)}
    for _, code in links:
        if code not in codes:
            codes.append(code)
    code_index = {c: i for i, c in enumerate(codes)}
    pairs = [(position[u], code_index[c]) for u, c in links if u in position]
    if not pairs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), codes
    array = np.asarray(pairs, dtype=np.int64)
    return array[:, 0], array[:, 1], codes


def _uuids_in_sectors(path: str, sectors: tuple[str, ...]) -> set[str]:
    connection = connect_read_only(path)
    try:
        rows = connection.execute(
            f"SELECT DISTINCT entity_uuid FROM entity_sectors WHERE code IN ({', '.join('?' for _ in sectors)})",
            sectors,
        ).fetchall()
    finally:
        connection.close()
    return {row[0] for row in rows}


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


def _whole_source(definition) -> bool:
    """True unless the parameter asks for selected features only, a feature limit or a filter of its own."""
    if not isinstance(definition, QgsProcessingFeatureSourceDefinition):
        return True
    return not (
        definition.selectedFeaturesOnly
        or definition.featureLimit != -1
        or (hasattr(definition, "filterExpression") and definition.filterExpression)
    )


def read_points(
    algorithm,
    parameters,
    context,
    feedback,
    input_key: str = "INPUT",
    columns: tuple[str, ...] = (),
    ids: bool = True,
    coded: dict[str, str] | None = None,
) -> EntityPoints:
    """Read the input points (filtered) as numpy arrays in EPSG:31370, whatever the source's CRS.

    Ecosystem entities layers (whole, unfiltered by QGIS) are read straight from SQLite; any other source goes
    through a QGIS feature request transformed to EPSG:31370 with the context's transform settings. Raises a
    QgsProcessingException naming input_key when nothing is left to analyse, and on cancel. Without `ids` the fast
    path skips the uuids (empty strings), for analyses that only need coordinates. `coded` (column -> lookup table,
    for the entities of an ecosystem file) gives those columns as positions in their vocabulary (points.coded).
    """
    return start_reading_points(algorithm, parameters, context, feedback, input_key, columns, ids, coded).result()


class PendingPoints:
    """Points being read: result() gives them (checked), once the read started by start_reading_points ends."""

    def __init__(self, feedback, input_key: str, no_criterion: bool, future: Future | None = None,
                 points: EntityPoints | None = None) -> None:
        self._feedback = feedback
        self._input_key = input_key
        self._no_criterion = no_criterion
        self._future = future
        self._points = points

    def result(self) -> EntityPoints:
        """The points, after the same checks as read_points (cancel, nothing left, features skipped)."""
        points = self._future.result() if self._future is not None else self._points
        feedback = self._feedback
        check_canceled(feedback)
        if points.skipped:
            feedback.pushWarning(tr("{} features without a usable point were left out").format(points.skipped))
        if len(points.x) == 0:
            if self._no_criterion:
                raise QgsProcessingException(tr("{}: the layer holds no points to analyse").format(self._input_key))
            raise QgsProcessingException(
                tr("{}: no points left after the filters (sectors, types, statuses, dates, expression)").format(
                    self._input_key
                )
            )
        feedback.pushInfo(tr("{} points read").format(len(points.x)))
        return points


def start_reading_points(
    algorithm,
    parameters,
    context,
    feedback,
    input_key: str = "INPUT",
    columns: tuple[str, ...] = (),
    ids: bool = True,
    coded: dict[str, str] | None = None,
) -> PendingPoints:
    """Start read_points: the fast path (an ecosystem file read by SQLite, which needs no QGIS object) runs in a
    thread of its own while the caller goes on, e.g. reading its polygons; any other source is read at once."""
    coded = coded or {}
    entity_filter, free = read_filter(algorithm, parameters, context)
    no_criterion = entity_filter.is_empty() and not free
    layer = input_layer(algorithm, parameters, input_key, context)
    path = ecosystem_path(layer) if _whole_source(parameters.get(input_key)) and not free else None
    if path is not None:
        feedback.pushInfo(tr("Reading the entities of {} directly").format(path))
        future = _READER.submit(read_entity_points, path, entity_filter, columns, with_uuids=ids, coded=coded)
        return PendingPoints(feedback, input_key, no_criterion, future=future)
    backing = ecosystem_file(layer)
    if entity_filter.sectors and backing is None:
        raise QgsProcessingException(
            tr("SECTORS: filtering by sector needs the entities layer of an ecosystem GeoPackage")
        )
    wanted = columns + tuple(c for c in coded if c not in columns)
    points = read_layer_directly(layer, parameters.get(input_key), context, feedback, wanted, ids) if no_criterion \
        else None
    if points is None:
        points = _read_any_source(algorithm, parameters, context, feedback, input_key, entity_filter, free, wanted)
    if entity_filter.sectors:
        points = _keep(points, _uuids_in_sectors(backing, entity_filter.sectors))
    for column, table in coded.items():
        codes = lookup_codes(backing, table) if backing is not None else []
        points.coded[column] = code_positions(points.columns[column], codes)
        points.vocabularies[column] = codes
    return PendingPoints(feedback, input_key, no_criterion, points=points)


def read_layer_directly(
    layer, definition, context, feedback, columns: tuple[str, ...], ids: bool
) -> EntityPoints | None:
    """The whole of an OGR point layer read without QGIS's feature loop, in EPSG:31370: a GeoPackage table by SQLite,
    any other OGR source by GDAL's Arrow stream (core/store/layer_reader). None when QGIS must read it itself: not
    an OGR layer (memory, services, virtual layers), selected features only or a feature limit, a subset SQL cannot
    be trusted with, a geometry type filter, columns of other types (dates, lists, maps, binaries), geometries that
    are not points, a transform that fails; the QGIS loop then gives the same points, or the error to report."""
    if (layer is None or layer.providerType() != "ogr" or not _whole_source(definition)
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
            transform = QgsCoordinateTransform(layer.crs(), WORKING_CRS, context.transformContext())
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


def _read_any_source(algorithm, parameters, context, feedback, input_key, entity_filter, free, columns):
    source = algorithm.parameterAsSource(parameters, input_key, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, input_key))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
        raise QgsProcessingException(tr("{}: the layer must hold points").format(input_key))
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr("{}: the layer has no valid CRS; set one first").format(input_key))
    field_names = source.fields().names()
    missing = [c for c in columns if c not in field_names]
    if missing:
        raise QgsProcessingException(tr("{}: no field {}").format(input_key, ", ".join(missing)))
    request = QgsFeatureRequest().setDestinationCrs(WORKING_CRS, context.transformContext())
    expression = _expression_for(entity_filter, free, field_names)
    wanted = list(columns) + (["uuid"] if "uuid" in field_names else [])
    if expression:
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise QgsProcessingException(tr("EXPRESSION: {}").format(parsed.parserErrorString()))
        request.setFilterExpression(expression)
        request.setExpressionContext(algorithm.createExpressionContext(parameters, context, source))
        wanted += [c for c in parsed.referencedColumns() if c in field_names]
    request.setSubsetOfAttributes(sorted(set(wanted)), source.fields())
    total = source.featureCount() or 0
    xs, ys, ids = [], [], []
    values: dict[str, list] = {c: [] for c in columns}
    skipped = 0
    has_uuid = "uuid" in field_names
    for index, feature in enumerate(source.getFeatures(request)):
        if index % 1000 == 0:
            check_canceled(feedback)
            if total:
                feedback.setProgress(min(50.0, 50 * index / total))
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
