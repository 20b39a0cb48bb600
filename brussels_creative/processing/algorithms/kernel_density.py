"""kernel_density: a GeoTIFF of entities per km² by FFT kernel density on a binned grid."""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import shapely
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ...core.analysis import density
from ...core.store import gpkg
from . import inputs
from .base import BrusselsCreativeAlgorithm
from .outputs import check_writable, writing
from .polygons import read_boundary

KERNELS = (
    ("quartic", "Quartic (biweight)"),
    ("triangular", "Triangular"),
    ("epanechnikov", "Epanechnikov"),
    ("uniform", "Uniform (disk)"),
    ("gaussian", "Gaussian (bandwidth = sigma, cut at 4 sigma)"),
)
RULES = (("silverman", "Silverman (spatial, robust)"), ("scott", "Scott"))
MAX_PIXELS = 50_000_000
MIN_BANDWIDTH = 1e-3  # m: below, a rule's bandwidth measures rounding errors, not a spread
NODATA = -9999.0


class KernelDensity(BrusselsCreativeAlgorithm):
    """Kernel density raster of entities per km²."""

    INPUT = "INPUT"
    KERNEL = "KERNEL"
    WEIGHT = "WEIGHT"
    BANDWIDTH = "BANDWIDTH"
    RULE = "RULE"
    PIXEL_SIZE = "PIXEL_SIZE"
    EXTENT = "EXTENT"
    CLIP = "CLIP"
    OUTPUT = "OUTPUT"

    ALG_ID = "kernel_density"
    ALG_NAME = "Kernel density"
    ALG_GROUP = "density"
    ALG_TAGS = ("density", "kernel", "heatmap", "kde", "raster", "quartic", "gaussian")
    ALG_HELP = (
        "Writes a GeoTIFF (EPSG:31370, Float32) of the density of entities (or any points) in entities per km², "
        "optionally weighted by a WEIGHT field (then in weight units per km²).\n\n"
        "Kernels: quartic, triangular, Epanechnikov, uniform and Gaussian, each normalised so that the raster "
        "integrates to the (weighted) number of points: the sum of pixel values × pixel area in km² equals n away from "
        "the edges (within 1 %; QGIS's Heatmap 'scaled' quartic integrates to 7.25 n instead). BANDWIDTH is the "
        "kernel's radius in metres (the Gaussian's sigma, cut at 4 sigma); 0 chooses it by RULE from the points' "
        "spread: Silverman's robust spatial rule 0.9·min(SD, √(1/ln 2)·Dm)·n^-1/5 (as ArcGIS's default search radius) "
        "or Scott's σ·n^-1/6.\n\n"
        "Computed by binning the points on the pixel grid (linear binning: well under half a pixel of position "
        "error) and one FFT convolution, so time grows with pixels, not points × pixels.\n\n"
        "Extent and edges: the raster covers EXTENT when given (transformed to EPSG:31370; rasters of two dates with "
        "the same EXTENT and PIXEL_SIZE share their geotransform and subtract cleanly); else the CLIP layer's extent; "
        "else the points' extent grown by the kernel's reach. Default extents are snapped outwards to multiples of "
        "the pixel size. Points outside the extent but within the kernel's reach still contribute, so edge pixels are "
        "not biased low; mass spread beyond the extent is not in the raster. With CLIP, pixels whose centre lies "
        "outside the polygons are nodata (-9999). Refused above 50 million pixels: choose a larger PIXEL_SIZE."
    )

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters."""
        from qgis.core import QgsProcessing

        self.add_points_input()
        kernel = QgsProcessingParameterEnum(
            self.KERNEL, self.tr("Kernel"), options=[self.tr(k[1]) for k in KERNELS], defaultValue=0
        )
        kernel.setHelp(self.tr("Kernel shape; all are normalised to integrate to one point"))
        self.addParameter(kernel)
        weight = QgsProcessingParameterField(
            self.WEIGHT, self.tr("Weight field"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric, optional=True,
        )
        weight.setHelp(self.tr("Optional numeric field weighting each point (points with a NULL weight are left out)"))
        self.addParameter(weight)
        bandwidth = QgsProcessingParameterNumber(
            self.BANDWIDTH, self.tr("Bandwidth (m); 0 = by rule"), QgsProcessingParameterNumber.Double,
            defaultValue=500.0, minValue=0.0,
        )
        bandwidth.setHelp(self.tr("Kernel radius in metres (sigma for the Gaussian); 0 chooses it by the rule"))
        self.addParameter(bandwidth)
        rule = QgsProcessingParameterEnum(
            self.RULE, self.tr("Bandwidth rule (when bandwidth is 0)"), options=[self.tr(r[1]) for r in RULES],
            defaultValue=0,
        )
        rule.setHelp(self.tr("How the bandwidth is chosen from the points' spread when BANDWIDTH is 0"))
        self.addParameter(rule)
        pixel = QgsProcessingParameterNumber(
            self.PIXEL_SIZE, self.tr("Pixel size (m)"), QgsProcessingParameterNumber.Double, defaultValue=20.0
        )
        pixel.setHelp(self.tr("Side of a square pixel in metres (EPSG:31370)"))
        self.addParameter(pixel)
        extent = QgsProcessingParameterExtent(self.EXTENT, self.tr("Fixed extent"), optional=True)
        extent.setHelp(self.tr("Optional extent of the raster (any CRS, transformed to EPSG:31370)"))
        self.addParameter(extent)
        clip = QgsProcessingParameterFeatureSource(
            self.CLIP, self.tr("Clip to boundary"), [QgsProcessing.TypeVectorPolygon], optional=True
        )
        clip.setHelp(self.tr("Optional polygons (any CRS): pixels whose centre is outside them are nodata"))
        self.addParameter(clip)
        inputs.add_filter_parameters(self, self.INPUT)
        output = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Kernel density"))
        output.setHelp(self.tr("GeoTIFF of entities per km² (EPSG:31370, Float32, nodata {})").format(NODATA))
        self.addParameter(output)

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read the points, choose the bandwidth, convolve, clip and write the GeoTIFF."""
        kernel = KERNELS[self.parameterAsEnum(parameters, self.KERNEL, context)][0]
        weight_field = self.parameterAsString(parameters, self.WEIGHT, context) or None
        bandwidth = self.parameterAsDouble(parameters, self.BANDWIDTH, context)
        rule = RULES[self.parameterAsEnum(parameters, self.RULE, context)][0]
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        extent_rect = self.parameterAsExtent(parameters, self.EXTENT, context, inputs.WORKING_CRS)
        has_extent = parameters.get(self.EXTENT) not in (None, "") and not extent_rect.isNull()
        has_clip = self.parameterAsSource(parameters, self.CLIP, context) is not None
        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if not pixel > 0:
            raise QgsProcessingException(self.tr("PIXEL_SIZE must be more than 0 m (got {})").format(pixel))
        if bandwidth < 0:
            raise QgsProcessingException(self.tr("BANDWIDTH must be 0 (by rule) or more (got {})").format(bandwidth))
        if Path(destination).suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(self.tr("OUTPUT: the kernel density is written as GeoTIFF (.tif)"))
        check_writable(destination, self.OUTPUT)

        clip = None
        if has_clip:
            clip = read_boundary(self, parameters, self.CLIP, context, feedback)
        points = inputs.read_points(
            self, parameters, context, feedback, self.INPUT, columns=(weight_field,) if weight_field else (), ids=False
        )
        x, y, weights = points.x, points.y, None
        if weight_field:
            weights = np.asarray([_number(v) for v in points.columns[weight_field]], dtype=float)
            usable = np.isfinite(weights)
            negative = int((weights[usable] < 0).sum())
            if negative:
                raise QgsProcessingException(
                    self.tr("WEIGHT: {} points have a negative {}; a density needs weights of 0 or more")
                    .format(negative, weight_field))
            if not usable.all():
                feedback.pushWarning(self.tr("{} points with a NULL or non-numeric weight were left out").format(
                    int((~usable).sum())))
            x, y, weights = x[usable], y[usable], weights[usable]
            if x.size == 0:
                raise QgsProcessingException(self.tr("WEIGHT: no point has a numeric weight"))
        if bandwidth == 0:
            try:
                chooser = density.bandwidth_silverman if rule == "silverman" else density.bandwidth_scott
                bandwidth = chooser(x, y)
            except ValueError as error:
                raise QgsProcessingException(self.tr("BANDWIDTH: {}; give a bandwidth").format(error)) from error
            if not bandwidth > MIN_BANDWIDTH:  # all at one place (a spread of rounding errors is no spread)
                raise QgsProcessingException(self.tr("BANDWIDTH: the points do not spread; give a bandwidth"))
            feedback.pushInfo(self.tr("Bandwidth by {} rule: {:.1f} m").format(rule, bandwidth))
        reach = bandwidth * (density.GAUSSIAN_TRUNCATION if kernel == "gaussian" else 1.0)

        if has_extent:
            extent = (extent_rect.xMinimum(), extent_rect.yMinimum(), extent_rect.xMaximum(), extent_rect.yMaximum())
        elif clip is not None:
            extent = _snap(clip.bounds, pixel)
        else:
            extent = _snap((x.min() - reach, y.min() - reach, x.max() + reach, y.max() + reach), pixel)
        try:
            nrows, ncols = density.raster_shape(extent, pixel)
        except ValueError as error:
            raise QgsProcessingException(self.tr("EXTENT: {}").format(error)) from error
        kernel_side = 2 * max(1, math.ceil(reach / pixel)) + 1
        if nrows * ncols > MAX_PIXELS or (nrows + kernel_side) * (ncols + kernel_side) > 2 * MAX_PIXELS:
            raise QgsProcessingException(
                self.tr("PIXEL_SIZE: {} m gives a {} × {} raster (kernel {} px wide); more than {} million pixels is "
                        "refused: choose a larger pixel size or a smaller extent or bandwidth").format(
                    pixel, ncols, nrows, kernel_side, MAX_PIXELS // 1_000_000)
            )
        feedback.pushInfo(self.tr("{} kernel, bandwidth {:.1f} m, {} × {} pixels of {} m").format(
            kernel, bandwidth, ncols, nrows, pixel))
        inputs.check_canceled(feedback)
        feedback.setProgress(55)
        with np.errstate(over="ignore", invalid="ignore"):  # overflowing weights are refused just below
            values = density.kernel_density(
                x, y, weights, bandwidth=bandwidth, pixel_size=pixel, extent=extent, kernel=kernel
            ).astype(np.float32)
        if not np.isfinite(values).all():
            raise QgsProcessingException(self.tr("WEIGHT: the weights are too large: densities overflow the raster"))
        if not (values > 0).any():
            feedback.pushWarning(self.tr("The raster is 0 everywhere: no point (or no weight) lies within the "
                                         "bandwidth of its extent"))
        if bandwidth < pixel:
            feedback.pushWarning(self.tr("BANDWIDTH ({:.1f} m) is below PIXEL_SIZE ({} m): each point stays in its "
                                         "pixel; use smaller pixels for a smooth surface").format(bandwidth, pixel))
        inputs.check_canceled(feedback)
        feedback.setProgress(85)
        if clip is not None:
            inside = _rasterize(clip, extent, pixel, nrows, ncols)
            values[~inside] = NODATA
        inputs.check_canceled(feedback)
        total = float(weights.sum()) if weights is not None else float(x.size)
        with writing(destination, self.OUTPUT):
            _write(destination, values, extent, pixel, {
                "UNITS": "weight per km2" if weight_field else "entities per km2",
                "KERNEL": kernel,
                "BANDWIDTH_M": f"{bandwidth:.3f}",
                "BANDWIDTH_RULE": "given" if self.parameterAsDouble(parameters, self.BANDWIDTH, context) > 0 else rule,
                "PIXEL_SIZE_M": f"{pixel:g}",
                "WEIGHT_FIELD": weight_field or "",
                "N_POINTS": str(int(x.size)),
                "SUM_OF_WEIGHTS": f"{total:g}",
                "CRS": "EPSG:31370",
                "ALGORITHM": "brussels_creative:kernel_density (binned FFT)",
            })
        feedback.setProgress(100)
        return {self.OUTPUT: destination}


def _number(value) -> float:
    """A float from an attribute value; nan for NULL or non-numbers."""
    try:
        return float(value) if value is not None else float("nan")
    except (TypeError, ValueError):
        return float("nan")


def _snap(bounds, pixel: float) -> tuple[float, float, float, float]:
    """Grow an extent outwards to multiples of the pixel size (so default rasters share a pixel lattice)."""
    xmin, ymin, xmax, ymax = (float(v) for v in bounds)
    xmin, ymin = math.floor(xmin / pixel) * pixel, math.floor(ymin / pixel) * pixel
    xmax, ymax = math.ceil(xmax / pixel) * pixel, math.ceil(ymax / pixel) * pixel
    return xmin, ymin, max(xmax, xmin + pixel), max(ymax, ymin + pixel)


def _rasterize(geometry, extent, pixel: float, nrows: int, ncols: int) -> np.ndarray:
    """Boolean mask of the pixels whose centre lies in the geometry (GDAL's rasterizer)."""
    from osgeo import gdal, ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    memory = gdal.GetDriverByName("MEM").Create("", ncols, nrows, 1, gdal.GDT_Byte)
    memory.SetGeoTransform(density.raster_geotransform(extent, pixel))
    memory.SetProjection(srs.ExportToWkt())
    vectors = ogr.GetDriverByName("Memory").CreateDataSource("clip")
    layer = vectors.CreateLayer("clip", srs, ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(memory, [1], layer, burn_values=[1])
    return memory.GetRasterBand(1).ReadAsArray().astype(bool)


def _write(path: str, values: np.ndarray, extent, pixel: float, metadata: dict[str, str]) -> None:
    """Write the raster as a compressed GeoTIFF through a temporary file, so a failure leaves no partial output."""
    from osgeo import gdal, osr

    nrows, ncols = values.shape
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    temporary = f"{path}.writing.tif"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    options = ["COMPRESS=DEFLATE", "PREDICTOR=3", "ZLEVEL=3", "TILED=YES", "NUM_THREADS=ALL_CPUS"]
    try:
        with gpkg.gdal_exceptions():
            dataset = gdal.GetDriverByName("GTiff").Create(temporary, ncols, nrows, 1, gdal.GDT_Float32, options)
            dataset.SetGeoTransform(density.raster_geotransform(extent, pixel))
            dataset.SetProjection(srs.ExportToWkt())
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
