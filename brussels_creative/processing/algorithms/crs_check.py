"""Points declared in the wrong CRS: lon/lat declared as Belgian Lambert, Lambert declared as lon/lat. Most of the
points then fall far from the region, or cannot be transformed at all; the CRS in which the layer's extent would fall
on the region is named, so the user can set it (Layer Properties ▸ Source)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsPointXY,
    QgsRectangle,
)

from ...core.store import region
from .messages import tr

# The CRSs coordinates of Brussels usually come in: Belgian Lambert 72 and 2008, WGS 84 lon/lat, Web Mercator,
# UTM 31N (ETRS89 and WGS 84).
CANDIDATES = ("EPSG:31370", "EPSG:4326", "EPSG:3812", "EPSG:3857", "EPSG:25831", "EPSG:32631")
MOSTLY_OUTSIDE = 0.5  # warn when less than this share of the points lies near the region
WORKING = QgsCoordinateReferenceSystem("EPSG:31370")


def _near_region(point: QgsPointXY) -> bool:
    minx, miny, maxx, maxy = region.region_envelope(5000.0)
    return minx <= point.x() <= maxx and miny <= point.y() <= maxy


def crs_on_region(declared: QgsCoordinateReferenceSystem, extent: QgsRectangle,
                  context: QgsCoordinateTransformContext) -> QgsCoordinateReferenceSystem | None:
    """The first usual CRS other than the declared one in which the centre of the layer's extent (in the layer's
    own coordinates) falls on the region; None when there is none or the extent is empty."""
    if extent is None or extent.isNull():
        return None
    centre = extent.center()
    for authid in CANDIDATES:
        candidate = QgsCoordinateReferenceSystem(authid)
        if candidate == declared:
            continue
        try:
            point = QgsCoordinateTransform(candidate, WORKING, context).transform(centre)
        except QgsCsException:
            continue
        if _near_region(point):
            return candidate
    return None


def crs_advice(key: str, declared: QgsCoordinateReferenceSystem, extent: QgsRectangle,
               context: QgsCoordinateTransformContext) -> str | None:
    """A sentence naming the CRS the layer's coordinates look like; None when no usual CRS puts them on the
    region."""
    candidate = crs_on_region(declared, extent, context)
    if candidate is None:
        return None
    return tr("{}: the layer says its CRS is {}, but its coordinates fall on the region in {} ({}): set the "
              "layer's CRS to it (Layer Properties ▸ Source) and run again").format(
        key, declared.authid(), candidate.authid(), candidate.description())


def outside_region_warning(key: str, x, y, declared: QgsCoordinateReferenceSystem, extent: QgsRectangle,
                           context: QgsCoordinateTransformContext) -> str | None:
    """A warning when most points (EPSG:31370) lie far from the region, with the CRS they would fall in; else
    None."""
    share = region.share_near_region(x, y)
    if share >= MOSTLY_OUTSIDE:
        return None
    advice = crs_advice(key, declared, extent, context) or tr(
        "{}: check the layer's CRS ({}): its points are not in the Brussels-Capital Region").format(
        key, declared.authid())
    return tr("{} of {} points lie far from the Brussels-Capital Region.").format(
        round((1 - share) * len(x)), len(x)) + "\n" + advice
