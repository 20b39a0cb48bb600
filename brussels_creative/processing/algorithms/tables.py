"""A Processing input as rows for the intake core: a file path read by the core's reader (encodings, delimiters,
spreadsheets), or any layer QGIS holds read through its feature source with points in EPSG:31370."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ...core.errors import BrusselsCreativeError
from ...core.intake.reader import Table, read_table, split_uri
from ...layers.translation import error_text
from .messages import watched


def _file_path(value, context) -> str | None:
    """The path when the parameter value names a file (not a layer of the project), else None."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if not isinstance(value, str) or not value:
        return None
    if context.project() is not None and context.project().mapLayer(value) is not None:
        return None
    return value if Path(split_uri(value)[0]).is_file() else None


def _plain(value):
    """A QGIS attribute as a plain Python value: NULL as None, dates and times as ISO text."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDate | QDateTime | QTime):
        return value.toString(Qt.ISODate)
    return value


def input_table(algorithm, parameters: dict, key: str, context, feedback) -> Table:
    """Read the input parameter into a Table; files through the core's reader, layers through QGIS."""
    path = _file_path(parameters.get(key), context)
    if path is not None:
        try:
            return read_table(path)
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
    source = algorithm.parameterAsSource(parameters, key, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, key))
    headers = source.fields().names()
    has_geometry = QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.NullGeometry
    transform = None
    if has_geometry:
        transform = QgsCoordinateTransform(
            source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:31370"), context.transformContext()
        )
    rows, numbers, xs, ys = [], [], [], []
    for index, feature in enumerate(watched(source.getFeatures(), feedback)):
        values = [_plain(value) for value in feature.attributes()]
        rows.append([value.strip() or None if isinstance(value, str) else value for value in values])
        numbers.append(index + 1)
        x = y = np.nan
        geometry = feature.geometry()
        if has_geometry and not geometry.isEmpty():
            point = geometry if geometry.type() == QgsWkbTypes.PointGeometry else geometry.pointOnSurface()
            point = point.asPoint() if not point.isMultipart() else point.asMultiPoint()[0]
            transformed = transform.transform(point)
            x, y = transformed.x(), transformed.y()
        xs.append(x)
        ys.append(y)
    table = Table(source.sourceName(), headers, rows, numbers, notes=[f"read layer {source.sourceName()!r}: "
                                                                      f"{len(rows)} rows"])
    if has_geometry:
        table.x, table.y = np.array(xs, dtype=float), np.array(ys, dtype=float)
    return table
