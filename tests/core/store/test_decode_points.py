"""decode_points (the blob decoder of tests and exports) against GDAL reading the same GeoPackage blobs, for every
header layout a GeoPackage writer may use."""

from __future__ import annotations

import math
import struct

import numpy as np
from osgeo import ogr

from brussels_creative.core.store.selection import decode_points


def _blob(wkb: bytes, flags: int = 0x01, envelope: tuple[float, ...] = (), srs: int = 31370) -> bytes:
    """A GeoPackage blob: 'GP', version 0, flags (bit 0 byte order of the header, bits 1-3 envelope kind)."""
    order = "<" if flags & 0x01 else ">"
    return b"GP" + bytes([0, flags]) + struct.pack(order + "i", srs) + struct.pack(order + f"{len(envelope)}d",
                                                                                  *envelope) + wkb


def _point(x: float, y: float, order: str = "<", z: float | None = None) -> bytes:
    kind = 1001 if z is not None else 1
    coordinates = (x, y) if z is None else (x, y, z)
    return struct.pack(order + "BI", 1 if order == "<" else 0, kind) + struct.pack(order + f"{len(coordinates)}d",
                                                                                  *coordinates)


def _gdal_xy(blob: bytes | None) -> tuple[float, float] | None:
    """The point GDAL reads from the blob's WKB (None for NULL, empty and non-point geometries)."""
    if blob is None or blob[3] & 0x10:
        return None
    envelope_doubles = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}[(blob[3] >> 1) & 0x07]
    geometry = ogr.CreateGeometryFromWkb(bytes(blob[8 + 8 * envelope_doubles:]))
    if geometry is None or ogr.GT_Flatten(geometry.GetGeometryType()) != ogr.wkbPoint or geometry.IsEmpty():
        return None
    x, y = geometry.GetX(), geometry.GetY()
    return None if math.isnan(x) or math.isnan(y) else (x, y)


def test_decode_points_reads_every_layout_as_gdal_does() -> None:
    blobs = [
        _blob(_point(150_000.5, 170_000.25)),  # the usual layout: little endian, no envelope
        _blob(_point(149_000.0, 169_000.0), flags=0x03, envelope=(149_000.0, 149_000.0, 169_000.0, 169_000.0)),
        _blob(_point(148_000.0, 168_000.0, ">"), flags=0x00),  # big-endian header and WKB
        _blob(_point(147_000.0, 167_000.0, z=12.0), flags=0x05, envelope=(147e3, 147e3, 167e3, 167e3, 12.0, 12.0)),
        _blob(_point(146_000.0, 166_000.0, z=3.0)),  # 3-D point without envelope (37 bytes)
        _blob(_point(math.nan, math.nan), flags=0x11),  # empty point, flagged
        _blob(_point(math.nan, math.nan)),  # empty point written as NaN coordinates, not flagged
        None,
        _blob(struct.pack("<BII4d", 1, 2, 2, 0.0, 0.0, 1.0, 1.0)),  # a line is not a point
        _blob(_point(145_000.0, 165_000.0)),
    ]
    x, y, ok = decode_points(blobs)
    expected = [_gdal_xy(blob) for blob in blobs]
    assert ok.tolist() == [point is not None for point in expected]
    assert [(a, b) for a, b, good in zip(x.tolist(), y.tolist(), ok.tolist(), strict=True) if good] == [
        point for point in expected if point is not None
    ]
    assert np.isnan(x[~ok]).all() and np.isnan(y[~ok]).all()
    assert ok.sum() == 6  # every layout but empty, NULL and the line


def test_decode_points_of_nothing_is_empty() -> None:
    x, y, ok = decode_points([])
    assert x.size == y.size == ok.size == 0
