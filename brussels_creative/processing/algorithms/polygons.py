"""Polygon inputs of the density analyses (boundaries, areas) read as shapely geometries in EPSG:31370."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import shapely
from qgis.core import QgsFeatureRequest, QgsFields, QgsProcessingException, QgsWkbTypes

from .base import tr
from .inputs import WORKING_CRS


class Polygons(NamedTuple):
    """Polygons of a layer in EPSG:31370 metres, with the fields and attribute values of their features."""

    geometries: np.ndarray  # shapely (Multi)Polygons
    fields: QgsFields
    attributes: list[list]


def read_polygons(algorithm, parameters, key: str, context, feedback) -> Polygons | None:
    """Read a polygon layer parameter transformed to EPSG:31370 (None when the optional parameter is unset)."""
    source = algorithm.parameterAsSource(parameters, key, context)
    if source is None:
        if parameters.get(key) in (None, ""):
            return None
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, key))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise QgsProcessingException(tr("{}: the layer must hold polygons").format(key))
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr("{}: the layer has no valid CRS; set one first").format(key))
    request = QgsFeatureRequest().setDestinationCrs(WORKING_CRS, context.transformContext())
    wkbs: list[bytes] = []
    attributes: list[list] = []
    skipped = 0
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled while reading {}").format(key))
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        wkbs.append(bytes(geometry.asWkb()))
        attributes.append(feature.attributes())
    if skipped:
        feedback.pushWarning(tr("{}: {} features without geometry were left out").format(key, skipped))
    if not wkbs:
        raise QgsProcessingException(tr("{}: the layer holds no polygon").format(key))
    geometries = shapely.from_wkb(wkbs)
    invalid = ~shapely.is_valid(geometries)
    if invalid.any():
        feedback.pushWarning(tr("{}: {} invalid polygons were repaired (make_valid)").format(key, int(invalid.sum())))
        geometries[invalid] = shapely.make_valid(geometries[invalid])
    return Polygons(geometries, source.fields(), attributes)


def read_boundary(algorithm, parameters, key: str, context, feedback) -> shapely.Geometry | None:
    """The union of a polygon layer in EPSG:31370, prepared (None when the optional parameter is unset)."""
    polygons = read_polygons(algorithm, parameters, key, context, feedback)
    if polygons is None:
        return None
    boundary = shapely.union_all(polygons.geometries)
    if boundary.is_empty or boundary.area <= 0:
        raise QgsProcessingException(tr("{}: the boundary has no area").format(key))
    shapely.prepare(boundary)
    return boundary
