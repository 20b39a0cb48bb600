"""Rasters of the analyses: extents snapped to the pixel lattice, polygon masks and GeoTIFF writing (GDAL)."""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import shapely

from ..store import gpkg
from .density import raster_geotransform

NODATA = -9999.0


def snap_extent(bounds, pixel: float) -> tuple[float, float, float, float]:
    """Grow an extent outwards to multiples of the pixel size (so default rasters share a pixel lattice)."""
    xmin, ymin, xmax, ymax = (float(v) for v in bounds)
    xmin, ymin = math.floor(xmin / pixel) * pixel, math.floor(ymin / pixel) * pixel
    xmax, ymax = math.ceil(xmax / pixel) * pixel, math.ceil(ymax / pixel) * pixel
    return xmin, ymin, max(xmax, xmin + pixel), max(ymax, ymin + pixel)


def _srs():
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    return srs


def pixels_inside(geometry: shapely.Geometry, extent, pixel: float, nrows: int, ncols: int) -> np.ndarray:
    """Boolean mask of the pixels whose centre lies in the geometry (GDAL's rasterizer), EPSG:31370."""
    from osgeo import gdal, ogr

    srs = _srs()
    memory = gdal.GetDriverByName("MEM").Create("", ncols, nrows, 1, gdal.GDT_Byte)
    memory.SetGeoTransform(raster_geotransform(extent, pixel))
    memory.SetProjection(srs.ExportToWkt())
    vectors = ogr.GetDriverByName("Memory").CreateDataSource("clip")
    layer = vectors.CreateLayer("clip", srs, ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(memory, [1], layer, burn_values=[1])
    return memory.GetRasterBand(1).ReadAsArray().astype(bool)


def write_density_geotiff(path: str, values: np.ndarray, extent, pixel: float, metadata: dict[str, str]) -> None:
    """Write a density raster (Float32, EPSG:31370, nodata NODATA) as a compressed GeoTIFF with its metadata
    (UNITS, KERNEL, BANDWIDTH_M and PIXEL_SIZE_M describe the band), through a temporary file, so a failure leaves
    no partial output."""
    from osgeo import gdal

    nrows, ncols = values.shape
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    temporary = f"{path}.writing.tif"
    options = ["COMPRESS=DEFLATE", "PREDICTOR=3", "ZLEVEL=3", "TILED=YES", "NUM_THREADS=ALL_CPUS"]
    try:
        with gpkg.gdal_exceptions():
            dataset = gdal.GetDriverByName("GTiff").Create(temporary, ncols, nrows, 1, gdal.GDT_Float32, options)
            dataset.SetGeoTransform(raster_geotransform(extent, pixel))
            dataset.SetProjection(_srs().ExportToWkt())
            dataset.SetMetadata(metadata)
            band = dataset.GetRasterBand(1)
            band.SetNoDataValue(NODATA)
            band.SetDescription(
                f"{metadata['UNITS']} (kernel {metadata['KERNEL']}, bandwidth "
                f"{float(metadata['BANDWIDTH_M']):.1f} m, pixel {metadata['PIXEL_SIZE_M']} m)"
            )
            band.SetUnitType("km-2")
            band.SetMetadata(metadata)
            band.WriteArray(values)
            band.FlushCache()
            band = None
            dataset = None
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
