"""Polygon inputs of the density analyses (boundaries, areas) read as shapely geometries in EPSG:31370."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import shapely
from qgis.core import (
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from .inputs import WORKING_CRS
from .messages import check_canceled, tr, watched
from .outputs import storable_fields, storable_rows

FLAT_SHARE = 1e-4  # a polygon covering less of its bounding box is checked for a self-intersection


class Polygons(NamedTuple):
    """Polygons of a layer in EPSG:31370 metres, with the fields and attribute values of their features."""

    geometries: np.ndarray  # shapely (Multi)Polygons (None where missing, or where not converted: see `shapes`)
    fields: QgsFields
    attributes: list[list]
    qgis_geometries: list  # the same polygons as QgsGeometry (None where missing), for writing them back unchanged
    ids: list | None = None  # the features' ids, in the same order

    def boxes(self) -> np.ndarray:
        """(n, 4) xmin, ymin, xmax, ymax of each polygon (NaN where missing), from QGIS: no conversion needed."""
        out = np.full((len(self.qgis_geometries), 4), np.nan)
        for i, geometry in enumerate(self.qgis_geometries):
            if geometry is not None:
                box = geometry.boundingBox()
                out[i] = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
        return out

    def areas(self) -> np.ndarray:
        """Planar area of each polygon in m² (NaN where missing), computed by QGIS."""
        return np.array([np.nan if g is None else g.area() for g in self.qgis_geometries], dtype=float)

    def test_pairs(
        self, x: np.ndarray, y: np.ndarray, point_idx: np.ndarray, poly_idx: np.ndarray, predicate: str
    ) -> np.ndarray:
        """Which (point, polygon) pairs pass the predicate ("contains": strictly inside; "intersects": inside or on
        the boundary), tested by GEOS through QGIS: each polygon goes to GEOS once, with no WKB round trip."""
        keep = np.zeros(point_idx.size, dtype=bool)
        engines: dict[int, object] = {}
        xs, ys, polys = x[point_idx].tolist(), y[point_idx].tolist(), poly_idx.tolist()
        for k, polygon in enumerate(polys):
            engine = engines.get(polygon)
            if engine is None:
                engine = engines[polygon] = QgsGeometry.createGeometryEngine(self.qgis_geometries[polygon].constGet())
            point = QgsPoint(xs[k], ys[k])
            keep[k] = engine.contains(point) if predicate == "contains" else engine.intersects(point)
        return keep

    def repair_flat(self, key: str, feedback) -> int:
        """Repair (make_valid) the polygons that lost (almost) all their area to a self-intersection: a bow tie's
        halves cancel out, so its area is near 0 and its density absurd. Only polygons covering less than FLAT_SHARE
        of their bounding box are checked (cheap, where checking every polygon is not); the warning is the one
        read_polygons gives when it repairs. Returns how many were repaired."""
        boxes = self.boxes()
        with np.errstate(invalid="ignore"):
            box_m2 = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
            flat = np.flatnonzero((box_m2 > 0) & (self.areas() < FLAT_SHARE * box_m2))
        repaired = 0
        for index in flat.tolist():
            geometry = self.qgis_geometries[index]
            if geometry.isGeosValid():
                continue
            valid = geometry.makeValid()
            if QgsWkbTypes.flatType(valid.wkbType()) == QgsWkbTypes.GeometryCollection:
                valid.convertGeometryCollectionToSubclass(QgsWkbTypes.PolygonGeometry)  # lines of the repair dropped
            self.qgis_geometries[index] = valid
            self.geometries[index] = None  # converted again when needed
            repaired += 1
        if repaired:
            feedback.pushWarning(tr("{}: {} invalid polygons were repaired (make_valid)").format(key, repaired))
        return repaired

    def convert(self, indices: np.ndarray) -> np.ndarray:
        """The shapely polygons at these indices, converted from QGIS where not done yet."""
        todo = [int(i) for i in indices if self.geometries[i] is None and self.qgis_geometries[i] is not None]
        if todo:
            self.geometries[todo] = shapely.from_wkb([bytes(self.qgis_geometries[i].asWkb()) for i in todo])
        return self.geometries[indices]


def read_polygons(
    source: QgsProcessingFeatureSource | None,
    key: str,
    context,
    feedback,
    keep_empty: bool = False,
    attributes: bool = True,
    repair: bool = True,
    shapes: bool = True,
) -> Polygons | None:
    """Read a polygon source (of the parameter `key`, named in messages) transformed to EPSG:31370; None for none
    (an optional parameter left unset: BrusselsCreativeAlgorithm.polygon_source).

    Features without geometry are left out with a warning, or kept as None entries with `keep_empty` (so outputs
    keep one row per input feature). With `repair`, invalid polygons are repaired with make_valid (a warning says
    how many); without it they are used as given, as QGIS's own algorithms do (counting points needs no repair).
    Without `shapes` (and without `repair`), no polygon is converted to shapely yet: Polygons.convert does it for
    those that are needed (converting thousands of detailed polygons costs more than reading them). Curved
    polygons are replaced by QGIS's straight-segment approximation (arcs cut into segments of at most 1°). Fields
    an output cannot hold (JSON objects and lists) come as text fields holding JSON text (outputs.storable_fields)."""
    if repair and not shapes:
        raise ValueError("repairing polygons needs their shapes")
    if source is None:
        return None
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise QgsProcessingException(tr("{}: the layer must hold polygons").format(key))
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr("{}: the layer has no valid CRS; set one first").format(key))
    request = QgsFeatureRequest().setDestinationCrs(WORKING_CRS, context.transformContext())
    if not attributes:
        request.setNoAttributes()
    total = source.featureCount() or 0
    wkbs: list[bytes | None] = []
    rows: list[list] = []
    kept: list = []
    ids: list[int] = []
    # Never the context's validity check: with "stop on invalid" its C++ exception, raised inside the Python loop,
    # can crash QGIS (measured: an invalid polygon corrupted the interpreter). Polygons are repaired below, or, without
    # repair, used as given like QGIS's own counting (the check ran GEOS on every polygon: 3/4 of the reading time
    # for detailed polygons).
    flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    for feature in watched(source.getFeatures(request, flags), feedback, total, every=100):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            if keep_empty:
                wkbs.append(None)
                rows.append(feature.attributes())
                kept.append(None)
                ids.append(feature.id())
            continue
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            # arcs (GML, PostGIS) become QGIS's straight-segment approximation: shapely and GeoPackage polygon
            # outputs take no curves
            geometry = QgsGeometry(geometry.constGet().segmentize())
        wkbs.append(bytes(geometry.asWkb()) if shapes else b"")
        rows.append(feature.attributes())
        kept.append(geometry)
        ids.append(feature.id())
    check_canceled(feedback)
    present = [i for i, wkb in enumerate(wkbs) if wkb is not None]
    if len(present) < (source.featureCount() or 0):
        feedback.pushWarning(tr("{}: {} features without geometry").format(key, source.featureCount() - len(present)))
    if not present:
        raise QgsProcessingException(tr("{}: the layer holds no polygons").format(key))
    geometries = np.full(len(wkbs), None, dtype=object)
    if shapes:
        geometries[present] = shapely.from_wkb([wkbs[i] for i in present])
    if repair:
        valid = geometries[present]
        invalid = ~shapely.is_valid(valid)
        if invalid.any():
            feedback.pushWarning(
                tr("{}: {} invalid polygons were repaired (make_valid)").format(key, int(invalid.sum()))
            )
            valid[invalid] = shapely.make_valid(valid[invalid])
            geometries[present] = valid
            for index in np.asarray(present)[invalid]:
                kept[index] = None  # written back from the repaired shapely geometry
    # fields an output cannot hold (JSON objects and lists) are carried as JSON text, so no polygon is refused
    fields, turned = storable_fields(source.fields())
    return Polygons(geometries, fields, storable_rows(rows, turned), kept, ids)


def read_boundary(source: QgsProcessingFeatureSource | None, key: str, context, feedback) -> shapely.Geometry | None:
    """The union of a polygon source in EPSG:31370, prepared (None for no source)."""
    polygons = read_polygons(source, key, context, feedback)
    if polygons is None:
        return None
    boundary = shapely.union_all(polygons.geometries[polygons.geometries != None])  # noqa: E711 (elementwise)
    if boundary.is_empty or boundary.area <= 0:
        raise QgsProcessingException(tr("{}: the boundary has no area").format(key))
    shapely.prepare(boundary)
    return boundary
