"""Writing the analyses' features into Processing sinks: one reused QgsFeature, geometry and attributes prepared
in bulk, progress and cancel checks every few thousand features."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsGeometry, QgsPointXY, QgsProcessingException

from .base import check_canceled, tr

CHECK_EVERY = 2000


def check_writable(path: str, key: str) -> None:
    """Refuse, before any work, a file output that cannot be written: a folder, or a place the user may not write."""
    target = Path(path)
    try:
        if target.is_dir():
            raise IsADirectoryError(tr("it is a folder"))
        target.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
            raise PermissionError(tr("permission denied"))
    except OSError as error:
        raise QgsProcessingException(tr("{}: cannot write {} ({})").format(key, path, error)) from error


@contextmanager
def writing(path: str, key: str):
    """Turn a failure while writing a file output (disk full, permission, GDAL) into a message naming the output."""
    try:
        yield
    except (OSError, RuntimeError) as error:
        raise QgsProcessingException(tr("{}: cannot write {} ({})").format(key, path, error)) from error


def add_point_features(sink, fields: QgsFields, x: np.ndarray, y: np.ndarray, rows: Iterable[list],
                       feedback=None, progress: tuple[float, float] = (0.0, 100.0)) -> None:
    """Add a point feature per (x, y, attribute row) to the sink."""
    make, point = QgsGeometry.fromPointXY, QgsPointXY
    geometries = (make(point(a, b)) for a, b in zip(np.asarray(x).tolist(), np.asarray(y).tolist(), strict=True))
    _add(sink, fields, geometries, rows, len(x), feedback, progress)


def add_wkb_features(sink, fields: QgsFields, wkbs: Sequence[bytes | None], rows: Iterable[list], feedback=None,
                     progress: tuple[float, float] = (0.0, 100.0), multi: bool = False) -> None:
    """Add a feature per (WKB, attribute row) to the sink; None gives a feature without geometry, `multi` turns
    each geometry into its multi type."""
    _add(sink, fields, (_from_wkb(wkb, multi) for wkb in wkbs), rows, len(wkbs), feedback, progress)


def add_geometry_features(sink, fields: QgsFields, geometries: Sequence[QgsGeometry | None], rows: Iterable[list],
                          feedback=None, progress: tuple[float, float] = (0.0, 100.0), multi: bool = False) -> None:
    """Add a feature per (QgsGeometry, attribute row) to the sink, each geometry copied (its multi type with
    `multi`); None gives a feature without geometry."""
    _add(sink, fields, (_copy(geometry, multi) for geometry in geometries), rows, len(geometries), feedback, progress)


def _copy(geometry: QgsGeometry | None, multi: bool) -> QgsGeometry:
    if geometry is None:
        return QgsGeometry()
    copied = QgsGeometry(geometry)
    if multi:
        copied.convertToMultiType()
    return copied


def _from_wkb(wkb: bytes | None, multi: bool) -> QgsGeometry:
    geometry = QgsGeometry()
    if wkb is not None:
        geometry.fromWkb(wkb)
        if multi:
            geometry.convertToMultiType()
    return geometry


def _add(sink, fields: QgsFields, geometries: Iterable[QgsGeometry], rows: Iterable[list], n: int, feedback,
         progress: tuple[float, float]) -> None:
    """The loop: one QgsFeature given new geometry and attributes each time (the sink keeps a copy), which measured
    0.20 s for 100 000 points against 0.29 s with a new feature each time and 0.33–0.54 s with lists handed to
    addFeatures."""
    feature = QgsFeature(fields)
    add, set_geometry, set_attributes = sink.addFeature, feature.setGeometry, feature.setAttributes
    fast = QgsFeatureSink.FastInsert
    start, span = progress
    for i, (geometry, row) in enumerate(zip(geometries, rows, strict=True)):
        if i % CHECK_EVERY == 0:
            check_canceled(feedback)
            if feedback is not None and n:
                feedback.setProgress(start + span * i / n)
        set_geometry(geometry)
        set_attributes(row)
        add(feature, fast)
    check_canceled(feedback)
