"""point_pattern: Clark–Evans nearest-neighbour index and Ripley's K/L with a CSR Monte Carlo envelope."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import shapely
from qgis.core import QgsFeature, QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import pattern
from ...core.errors import BrusselsCreativeError
from ...layers.translation import error_text
from .base import BrusselsCreativeAlgorithm, multi_step
from .inputs import entity_filters, point_layer, read_points
from .messages import check_canceled
from .outputs import add_feature, check_writable, writing
from .parameters import boolean, distance, file_destination, integer, layer, number_output, sink
from .polygons import read_boundary

MAX_PIXELS = 16_000_000
CHART_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
TABLE_FIELDS = ("radius_m", "K", "L", "L_minus_r", "env_lo", "env_hi")


class PointPattern(BrusselsCreativeAlgorithm):
    """Clark–Evans and Ripley's L with a Monte Carlo envelope."""

    ALG_ID = "point_pattern"
    ALG_GROUP = "density"

    INPUT = point_layer()
    BOUNDARY = layer("Study area", "Polygons whose union is the study area (default: the convex hull of the entities)",
                     "polygon", optional=True)
    EDGE_CORRECTION = boolean("Donnelly edge correction", True,
                              "Correct the Clark–Evans expectation for the study area's edge (Donnelly 1978)")
    R_MIN = distance("Smallest distance", 100.0, "Smallest distance r for Ripley's K/L, in metres (> 0)")
    R_MAX = distance("Largest distance", 3000.0, "Largest distance r for Ripley's K/L, in metres (> R_MIN; at most "
                     "about a quarter of the area's width is advisable)")
    R_STEPS = integer("Number of distances", 30, "How many distances, evenly spaced from R_MIN to R_MAX", minimum=2,
                      maximum=1000)
    NSIM = integer("Simulations for the envelope", 99, "Number of CSR simulations for the envelope (0: no envelope)",
                   minimum=0, maximum=9999)
    SEED = integer("Random seed", 42, "The same seed gives the same envelope", minimum=0)
    PIXEL_SIZE = distance("Pixel size for K (0: automatic)", 0.0, "Pixel size in metres of the grid Ripley's K is "
                          "computed on; 0 picks R_MAX/150 or finer", advanced=True)
    OUTPUT = sink("Ripley's L table", "One row per distance: radius_m, K (m²), L (m), L_minus_r (m), env_lo and "
                  "env_hi (m)")
    CHART = file_destination("Chart", "PNG images (*.png);;SVG images (*.svg);;PDF files (*.pdf)",
                             "Chart of L(r) − r with the CSR envelope (.png, .svg or .pdf)")
    FILTERS = entity_filters()
    R = number_output("Clark–Evans R")
    Z = number_output("Clark–Evans z-score")
    P = number_output("Clark–Evans p-value (two-sided)")
    N = number_output("Number of entities analysed")
    AREA_KM2 = number_output("Study area (km²)")
    MEAN_NN_M = number_output("Mean nearest-neighbour distance (m)")
    EXPECTED_NN_M = number_output("Expected mean nearest-neighbour distance under CSR (m)")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read, compute both statistics, write the table and the chart."""
        donnelly = self.parameterAsBoolean(parameters, self.EDGE_CORRECTION, context)
        r_min = self.parameterAsDouble(parameters, self.R_MIN, context)
        r_max = self.parameterAsDouble(parameters, self.R_MAX, context)
        r_steps = self.parameterAsInt(parameters, self.R_STEPS, context)
        nsim = self.parameterAsInt(parameters, self.NSIM, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        pixel_size = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        points_input = self.points_input(parameters, context)
        boundary_source = self.polygon_source(parameters, self.BOUNDARY, context)
        self._check_settings(r_min, r_max, r_steps, nsim, pixel_size, chart)
        radii = np.linspace(r_min, r_max, r_steps)

        steps = multi_step(5, feedback)
        steps.pushInfo(self.tr("Reading the entities and the study area"))
        points = read_points(points_input, steps, ids=False)
        x, y, window = self._study_area(points, read_boundary(boundary_source, self.BOUNDARY, context, steps), steps)
        n, area = x.size, float(window.area)
        check_canceled(steps)

        steps.setCurrentStep(1)
        ce = pattern.clark_evans(x, y, window, edge_correction="donnelly" if donnelly else None)
        steps.pushInfo(
            self.tr("Clark–Evans R = {:.4f}, z = {:.3f}, p = {:.3g} (mean NN {:.1f} m, expected {:.1f} m)")
            .format(ce.r, ce.z, ce.p, ce.observed_mean, ce.expected_mean)
        )
        check_canceled(steps)

        steps.setCurrentStep(2)
        grid = self._k_grid(window, radii, r_max, pixel_size, steps)
        k = grid.k(x, y)
        lmr = pattern.l_function(k, radii)
        check_canceled(steps)

        steps.setCurrentStep(3)
        lo, hi = self._envelope(grid, n, radii, lmr, nsim, seed, steps)

        steps.setCurrentStep(4)
        with writing(chart, self.CHART):  # the chart first: should it fail, no table is left behind
            self._chart(chart, radii, lmr, lo, hi, nsim, n, ce)
        dest_id = self._write_table(parameters, context, radii, k, lmr, lo, hi)
        return {
            self.OUTPUT: dest_id, self.CHART: chart, self.R: ce.r, self.Z: ce.z, self.P: ce.p, self.N: n,
            self.AREA_KM2: area / 1e6, self.MEAN_NN_M: ce.observed_mean, self.EXPECTED_NN_M: ce.expected_mean,
        }

    def _check_settings(self, r_min: float, r_max: float, r_steps: int, nsim: int, pixel_size: float,
                        chart: str) -> None:
        """Refuse distances, simulations, pixels or a chart file that cannot work, before any work."""
        if not r_min > 0:
            raise QgsProcessingException(self.tr("R_MIN must be greater than 0 m"))
        if not r_max > r_min:
            raise QgsProcessingException(self.tr("R_MAX ({} m) must be greater than R_MIN ({} m)").format(r_max, r_min))
        if r_steps < 2:
            raise QgsProcessingException(self.tr("R_STEPS must be at least 2"))
        if nsim < 0:
            raise QgsProcessingException(self.tr("NSIM must not be negative"))
        if pixel_size < 0:
            raise QgsProcessingException(self.tr("PIXEL_SIZE must not be negative"))
        if Path(chart).suffix.lower() not in CHART_FORMATS:
            raise QgsProcessingException(self.tr("CHART: a .png, .svg or .pdf file"))
        check_writable(chart, self.CHART)

    def _study_area(self, points, window, feedback) -> tuple[np.ndarray, np.ndarray, shapely.Geometry]:
        """The points in the study area and the area: the boundary's union, or the points' convex hull."""
        x, y = points.x, points.y
        if window is not None:
            inside = shapely.intersects_xy(window, x, y)
            if not inside.all():
                feedback.pushInfo(
                    self.tr("{} entities outside the study area are left out").format(int((~inside).sum())))
            x, y = x[inside], y[inside]
        if x.size < 3:
            raise QgsProcessingException(
                self.tr("INPUT: point pattern statistics need at least 3 entities (in the study area); there are {}")
                .format(x.size)
            )
        if window is None:
            window = shapely.convex_hull(shapely.multipoints(np.column_stack([x, y])))
            if window.area <= 0:
                raise QgsProcessingException(
                    self.tr("INPUT: the entities lie on one line or point, their hull has no area; give a BOUNDARY")
                )
            shapely.prepare(window)
        feedback.pushInfo(self.tr("{} entities in a study area of {:.3f} km²").format(x.size, window.area / 1e6))
        return x, y, window

    def _k_grid(self, window, radii: np.ndarray, r_max: float, pixel_size: float, feedback) -> pattern.KGrid:
        """The pixel grid Ripley's K is computed on, refused when R_MAX or the pixels do not fit the study area."""
        xmin, ymin, xmax, ymax = window.bounds
        across = math.hypot(xmax - xmin, ymax - ymin)
        if r_max > across:  # no two points of the window are farther apart: K is flat past it
            raise QgsProcessingException(
                self.tr("R_MAX: {} m is more than the study area's extent ({:.0f} m across)").format(r_max, across)
            )
        if pixel_size == 0:
            pixel_size = pattern.default_pixel_size(window, radii)
        pixels = math.ceil((xmax - xmin) / pixel_size) * math.ceil((ymax - ymin) / pixel_size)
        if pixels > MAX_PIXELS:
            raise QgsProcessingException(
                self.tr("PIXEL_SIZE: {} m makes {} pixels over the study area (more than {}); use larger pixels")
                .format(pixel_size, pixels, MAX_PIXELS)
            )
        diagonal = pixel_size * math.sqrt(2.0)  # how far off a pair's distance can be on the grid
        if diagonal > radii[0]:
            feedback.pushWarning(
                self.tr("PIXEL_SIZE: {:g} m pixels are coarse for R_MIN ({:g} m): each distance may be off by up to "
                        "{:.0f} m (a pixel's diagonal), so L(r) is unreliable below about {:.0f} m; use pixels of at "
                        "most {:.0f} m").format(pixel_size, radii[0], diagonal, 10 * diagonal,
                                                radii[0] / math.sqrt(2.0)))
        if r_max > 0.5 * math.sqrt(window.area):
            feedback.pushWarning(self.tr("R_MAX is large for the study area: K is unreliable at the largest distances"))
        feedback.pushInfo(self.tr("Ripley's K on {:.1f} m pixels").format(pixel_size))
        try:
            return pattern.KGrid(window, radii, pixel_size)
        except ValueError as error:
            raise QgsProcessingException(self.tr("PIXEL_SIZE: {}").format(error)) from error

    def _envelope(self, grid, n: int, radii, lmr, nsim: int, seed: int, feedback):
        """The CSR envelope's low and high L(r) − r (None, None without simulations)."""
        if nsim <= 0:
            return None, None
        feedback.pushInfo(self.tr("{} CSR simulations of {} points").format(nsim, n))
        try:
            envelope = pattern.csr_envelope(
                grid, n, radii, nsim=nsim, seed=seed, progress=feedback.setProgress, is_canceled=feedback.isCanceled
            )
        except BrusselsCreativeError as error:
            check_canceled(feedback)
            raise QgsProcessingException(error_text(error)) from error
        above = int((lmr > envelope.hi).sum())
        below = int((lmr < envelope.lo).sum())
        feedback.pushInfo(self.tr("L(r) − r above the envelope at {} distances, below at {}, of {}")
                          .format(above, below, radii.size))
        return envelope.lo, envelope.hi

    def _write_table(self, parameters, context, radii, k, lmr, lo, hi) -> str:
        fields = QgsFields()
        for name in TABLE_FIELDS:
            fields.append(QgsField(name, QMetaType.Double))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        for i, r in enumerate(radii.tolist()):
            feature = QgsFeature(fields)
            feature.setAttributes([
                r, float(k[i]), float(lmr[i] + r), float(lmr[i]),
                None if lo is None else float(lo[i]), None if hi is None else float(hi[i]),
            ])
            add_feature(sink, feature, i, len(radii))
        return dest_id

    def _chart(self, path, radii, lmr, lo, hi, nsim, n, ce) -> None:
        """Draw L(r) − r with the envelope into a PNG, SVG or PDF with matplotlib's Agg canvas (no GUI backend is
        touched)."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(8, 5), dpi=100)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot(1, 1, 1)
        if lo is not None:
            axes.fill_between(radii, lo, hi, color="0.8", label=self.tr("CSR envelope ({} simulations)").format(nsim))
        axes.axhline(0.0, color="0.4", linewidth=0.8, linestyle="--")
        axes.plot(radii, lmr, color="#c0392b", linewidth=2, label=self.tr("observed L(r) − r"))
        axes.set_title(self.tr("Ripley's L(r) − r of {} entities (Clark–Evans R = {:.3f}, p = {:.2g})")
                       .format(n, ce.r, ce.p))
        axes.set_xlabel(self.tr("distance r (m)"))
        axes.set_ylabel(self.tr("L(r) − r (m)"))
        axes.legend(loc="best")
        axes.grid(True, alpha=0.3)
        figure.tight_layout()
        figure.savefig(path, format=CHART_FORMATS[Path(path).suffix.lower()])

