"""kernel_density: a GeoTIFF of entities per km² by FFT kernel density on a binned grid."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from qgis.core import QgsProcessingException

from ...core.analysis import density, raster
from . import inputs
from .base import BrusselsCreativeAlgorithm, multi_step
from .messages import check_canceled
from .output_styles import style_output
from .outputs import check_writable, writing
from .parameters import choice, decimal, extent, field, help_values, layer, raster_destination
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
NODATA = raster.NODATA


class KernelDensity(BrusselsCreativeAlgorithm):
    """Kernel density raster of entities per km²."""

    ALG_ID = "kernel_density"
    ALG_GROUP = "density"

    INPUT = inputs.point_layer()
    KERNEL = choice("Kernel", [k[1] for k in KERNELS], "Kernel shape; all are normalised to integrate to one point")
    WEIGHT = field("Weight field", INPUT,
                   "Optional numeric field weighting each point (points with a NULL weight are left out)", numeric=True)
    BANDWIDTH = decimal("Bandwidth (m); 0 = by rule", 500.0,
                        "Kernel radius in metres (sigma for the Gaussian); 0 chooses it by the rule", minimum=0.0)
    RULE = choice("Bandwidth rule (when bandwidth is 0)", [r[1] for r in RULES],
                  "How the bandwidth is chosen from the points' spread when BANDWIDTH is 0")
    PIXEL_SIZE = decimal("Pixel size (m)", 20.0, "Side of a square pixel in metres (EPSG:31370)")
    EXTENT = extent("Fixed extent", "Optional extent of the raster (any CRS, transformed to EPSG:31370)",
                    optional=True)
    CLIP = layer("Clip to boundary", "Optional polygons (any CRS): pixels whose centre is outside them are nodata",
                 "polygon", optional=True)
    FILTERS = inputs.entity_filters()
    OUTPUT = help_values(raster_destination("Kernel density",
                                            "GeoTIFF of entities per km² (EPSG:31370, Float32, nodata {})"), NODATA)

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read the points, choose the bandwidth, convolve, clip and write the GeoTIFF."""
        kernel = KERNELS[self.parameterAsEnum(parameters, self.KERNEL, context)][0]
        weight_field = self.parameterAsString(parameters, self.WEIGHT, context) or None
        given_bandwidth = self.parameterAsDouble(parameters, self.BANDWIDTH, context)
        rule = RULES[self.parameterAsEnum(parameters, self.RULE, context)][0]
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        extent_rect = self.parameterAsExtent(parameters, self.EXTENT, context, inputs.WORKING_CRS)
        has_extent = parameters.get(self.EXTENT) not in (None, "") and not extent_rect.isNull()
        clip_source = self.polygon_source(parameters, self.CLIP, context)
        points_input = self.points_input(parameters, context, self.INPUT)
        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        self._check_settings(pixel, given_bandwidth, destination)

        steps = multi_step(3, feedback)
        steps.pushInfo(self.tr("Reading the entities"))
        clip = read_boundary(clip_source, self.CLIP, context, steps)
        points = inputs.read_points(points_input, steps, columns=(weight_field,) if weight_field else (), ids=False)
        x, y, weights = self._weighted(points, weight_field, steps)
        bandwidth = given_bandwidth or self._bandwidth(x, y, rule, steps)
        reach = bandwidth * (density.GAUSSIAN_TRUNCATION if kernel == "gaussian" else 1.0)
        if has_extent:
            extent = (extent_rect.xMinimum(), extent_rect.yMinimum(), extent_rect.xMaximum(), extent_rect.yMaximum())
        else:
            extent = raster.snap_extent(clip.bounds if clip is not None else
                                        (x.min() - reach, y.min() - reach, x.max() + reach, y.max() + reach), pixel)
        nrows, ncols = self._raster_shape(extent, pixel, reach)
        steps.pushInfo(self.tr("{} kernel, bandwidth {:.1f} m, {} × {} pixels of {} m").format(
            kernel, bandwidth, ncols, nrows, pixel))

        steps.setCurrentStep(1)
        values = self._density(x, y, weights, bandwidth, pixel, extent, kernel, steps)
        if clip is not None:
            values[~raster.pixels_inside(clip, extent, pixel, nrows, ncols)] = raster.NODATA
        check_canceled(steps)

        steps.setCurrentStep(2)
        total = float(weights.sum()) if weights is not None else float(x.size)
        with writing(destination, self.OUTPUT):
            raster.write_density_geotiff(destination, values, extent, pixel, {
                "UNITS": "weight per km2" if weight_field else "entities per km2",
                "KERNEL": kernel,
                "BANDWIDTH_M": f"{bandwidth:.3f}",
                "BANDWIDTH_RULE": "given" if given_bandwidth > 0 else rule,
                "PIXEL_SIZE_M": f"{pixel:g}",
                "WEIGHT_FIELD": weight_field or "",
                "N_POINTS": str(int(x.size)),
                "SUM_OF_WEIGHTS": f"{total:g}",
                "CRS": "EPSG:31370",
                "ALGORITHM": "brussels_creative:kernel_density (binned FFT)",
            })
        style_output(context, destination, "kernel_density", points_input.ecosystem_file)
        return {self.OUTPUT: destination}

    def _check_settings(self, pixel: float, given_bandwidth: float, destination: str) -> None:
        """Refuse a pixel size, bandwidth or output the algorithm cannot use, before reading anything."""
        if not pixel > 0:
            raise QgsProcessingException(self.tr("PIXEL_SIZE must be more than 0 m (got {})").format(pixel))
        if given_bandwidth < 0:
            raise QgsProcessingException(
                self.tr("BANDWIDTH must be 0 (by rule) or more (got {})").format(given_bandwidth))
        if Path(destination).suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(self.tr("OUTPUT: the kernel density is written as GeoTIFF (.tif)"))
        check_writable(destination, self.OUTPUT)

    def _weighted(self, points, weight_field: str | None, feedback) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """x, y and the weights of the points with a usable weight (None without a WEIGHT field)."""
        x, y = points.x, points.y
        if not weight_field:
            return x, y, None
        weights = np.asarray([inputs.attribute_number(v) for v in points.columns[weight_field]], dtype=float)
        usable = np.isfinite(weights)
        negative = int((weights[usable] < 0).sum())
        if negative:
            raise QgsProcessingException(
                self.tr("WEIGHT: {} points have a negative {}; a density needs weights of 0 or more")
                .format(negative, weight_field))
        if not usable.all():
            feedback.pushWarning(self.tr("{} points with a NULL or non-numeric weight were left out").format(
                int((~usable).sum())))
        if not usable.any():
            raise QgsProcessingException(self.tr("WEIGHT: no point has a numeric weight"))
        return x[usable], y[usable], weights[usable]

    def _bandwidth(self, x: np.ndarray, y: np.ndarray, rule: str, feedback) -> float:
        """The bandwidth chosen by the rule from the points' spread."""
        try:
            chooser = density.bandwidth_silverman if rule == "silverman" else density.bandwidth_scott
            bandwidth = chooser(x, y)
        except ValueError as error:
            raise QgsProcessingException(self.tr("BANDWIDTH: {}; give a bandwidth").format(error)) from error
        if not bandwidth > MIN_BANDWIDTH:  # all at one place (a spread of rounding errors is no spread)
            raise QgsProcessingException(self.tr("BANDWIDTH: the points do not spread; give a bandwidth"))
        feedback.pushInfo(self.tr("Bandwidth by {} rule: {:.1f} m").format(rule, bandwidth))
        return bandwidth

    def _raster_shape(self, extent, pixel: float, reach: float) -> tuple[int, int]:
        """Rows and columns of the raster, refused past MAX_PIXELS (the convolution's padded grid included)."""
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
        return nrows, ncols

    def _density(self, x, y, weights, bandwidth: float, pixel: float, extent, kernel: str, feedback) -> np.ndarray:
        """The density raster (Float32), with the warnings a surprising one deserves."""
        check_canceled(feedback)
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
        check_canceled(feedback)
        return values
