"""Shared inputs of the analyses: the entity filter parameters and a point reader that returns numpy arrays in
EPSG:31370, with a fast path for ecosystem GeoPackages and a correct general path for any point source."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ...core import taxonomy
from ...core.selection import EntityFilter, EntityPoints, read_entity_points
from ...core.store import read_schema_version
from .base import tr

WORKING_CRS = QgsCoordinateReferenceSystem("EPSG:31370")

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
        return tuple(algorithm.parameterAsEnumStrings(parameters, key, context))

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
    return entity_filter, algorithm.parameterAsExpression(parameters, EXPRESSION, context) or ""


def ecosystem_path(layer) -> str | None:
    """Return the GeoPackage path when the layer is the whole entities layer of an ecosystem file, else None."""
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or parts.get("layerName") != "entities" or not Path(path).exists():
        return None
    return path if read_schema_version(path) is not None else None


def _expression_for(entity_filter: EntityFilter, free: str, field_names: list[str]) -> str:
    """Translate an EntityFilter into a QGIS expression for a generic layer (values quoted by QGIS)."""
    if entity_filter.sectors:
        raise QgsProcessingException(
            tr("SECTORS: filtering by sector needs the entities layer of an ecosystem GeoPackage")
        )
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


def read_points(
    algorithm, parameters, context, feedback, input_key: str = "INPUT", columns: tuple[str, ...] = ()
) -> EntityPoints:
    """Read the input points (filtered) as numpy arrays in EPSG:31370, whatever the source's CRS."""
    entity_filter, free = read_filter(algorithm, parameters, context)
    layer = algorithm.parameterAsVectorLayer(parameters, input_key, context)
    definition = parameters.get(input_key)
    selected_only = isinstance(definition, QgsProcessingFeatureSourceDefinition) and definition.selectedFeaturesOnly
    path = None if selected_only or free else ecosystem_path(layer)
    if path is not None:
        feedback.pushInfo(tr("Reading the entities of {} directly").format(path))
        points = read_entity_points(path, entity_filter, columns)
    else:
        points = _read_any_source(algorithm, parameters, context, feedback, input_key, entity_filter, free, columns)
    if points.skipped:
        feedback.pushWarning(tr("{} features without a usable point were left out").format(points.skipped))
    if len(points.x) == 0:
        raise QgsProcessingException(tr("{}: no points to analyse (the layer is empty or the filters select nothing)")
                                     .format(input_key))
    return points


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
    if expression:
        request.setFilterExpression(expression)
        request.setExpressionContext(algorithm.createExpressionContext(parameters, context, source))
    wanted = list(columns) + (["uuid"] if "uuid" in field_names else [])
    request.setSubsetOfAttributes(wanted, source.fields())
    total = source.featureCount() or 0
    xs, ys, ids = [], [], []
    values: dict[str, list] = {c: [] for c in columns}
    skipped = 0
    for index, feature in enumerate(source.getFeatures(request)):
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        parts = [geometry.asPoint()] if not geometry.isMultipart() else geometry.asMultiPoint()
        for point in parts:
            xs.append(point.x())
            ys.append(point.y())
            ids.append(str(feature["uuid"]) if "uuid" in field_names else str(feature.id()))
            for column in columns:
                values[column].append(feature[column])
        if total and index % 1000 == 0:
            feedback.setProgress(50 * index / total)
    return EntityPoints(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), ids, values, skipped)
