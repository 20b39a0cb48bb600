"""The Brussels Capital Region as the plugin ships it: the 19 UrbIS municipalities in EPSG:31370."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import gpkg

MUNICIPALITIES_FILE = Path(__file__).resolve().parents[2] / "data" / "brussels_municipalities_urbis.geojson"


@lru_cache(maxsize=1)
def municipality_geometries() -> tuple[tuple[str, bytes, tuple[float, float, float, float]], ...]:
    """Return (NIS code, MultiPolygon WKB in EPSG:31370, envelope (minx, maxx, miny, maxy)) per municipality."""
    from osgeo import ogr, osr

    source = osr.SpatialReference()
    source.ImportFromEPSG(4326)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = osr.SpatialReference()
    target.ImportFromEPSG(31370)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    result = []
    with gpkg.gdal_exceptions():
        dataset = ogr.Open(str(MUNICIPALITIES_FILE))
        layer = dataset.GetLayer(0)
        for feature in layer:
            geometry = ogr.ForceToMultiPolygon(feature.GetGeometryRef().Clone())
            geometry.Transform(transform)
            result.append(
                (
                    str(feature.GetField("national_code")),
                    bytes(geometry.ExportToWkb(ogr.wkbNDR)),
                    geometry.GetEnvelope(),
                )
            )
    return tuple(sorted(result))


@lru_cache(maxsize=1)
def municipality_shapes() -> tuple[tuple[str, ...], tuple]:
    """Return (NIS codes, shapely MultiPolygons in EPSG:31370), in the same order."""
    import shapely

    rows = municipality_geometries()
    return tuple(r[0] for r in rows), tuple(shapely.from_wkb([r[1] for r in rows]))


@lru_cache(maxsize=1)
def region_shape():
    """Return the region's boundary polygon (the union of the 19 municipalities), prepared for fast tests."""
    import shapely

    boundary = shapely.union_all(municipality_shapes()[1])
    shapely.prepare(boundary)
    return boundary


def municipality_of(x, y) -> list[str | None]:
    """Return the NIS code of the municipality holding each point (None outside the region).

    A point on a border between two municipalities gets the one with the lower NIS code."""
    import numpy as np
    import shapely

    codes, shapes = municipality_shapes()
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    result: list[str | None] = [None] * len(x)
    unassigned = np.ones(len(x), dtype=bool)
    for code, shape in zip(codes, shapes, strict=True):  # codes are sorted: lower NIS codes win on borders
        shapely.prepare(shape)
        hits = np.flatnonzero(unassigned)[shapely.intersects_xy(shape, x[unassigned], y[unassigned])]
        for index in hits.tolist():
            result[index] = code
        unassigned[hits] = False
    return result


def region_envelope(margin: float = 0.0) -> tuple[float, float, float, float]:
    """The region's bounding box in EPSG:31370 (minx, miny, maxx, maxy), widened by `margin` metres."""
    envelopes = [row[2] for row in municipality_geometries()]
    return (min(e[0] for e in envelopes) - margin, min(e[2] for e in envelopes) - margin,
            max(e[1] for e in envelopes) + margin, max(e[3] for e in envelopes) + margin)


def share_near_region(x, y, margin: float = 5000.0) -> float:
    """The share of points (EPSG:31370) within `margin` metres of the region's bounding box (1.0 for no points)."""
    import numpy as np

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(x) == 0:
        return 1.0
    minx, miny, maxx, maxy = region_envelope(margin)
    return float(np.count_nonzero((x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy)) / len(x))
