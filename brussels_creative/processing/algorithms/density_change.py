"""density_change: kernel density of the active entities at two dates on one fixed grid, and their difference."""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ...core.analysis import density, kpi, raster
from ...core.store import region
from ...core.store.gpkg import connect_read_only
from ...core.store.timeline import active_points_at
from .base import WholeEcosystemAlgorithm, ecosystem, multi_step
from .messages import check_canceled
from .outputs import check_writable, writing
from .parameters import distance, raster_destination, text
from .periods import parameter_moment

MAX_PIXELS = 16_000_000


class DensityChange(WholeEcosystemAlgorithm):
    """Where the ecosystem grew or shrank between two dates."""

    ALG_ID = "density_change"
    ALG_GROUP = "monitoring"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg whose history is replayed (opened read-only)")
    DATE_FROM = text("First date", "The earlier date (YYYY-MM-DD)")
    DATE_TO = text("Second date", "The later date (YYYY-MM-DD); empty: now", optional=True)
    BANDWIDTH = distance("Bandwidth", 500.0, "Radius of the quartic kernel, in metres", minimum=1.0)
    PIXEL_SIZE = distance("Pixel size", 50.0, "Side of a pixel, in metres", minimum=1.0)
    OUTPUT_FROM = raster_destination("Density at the first date", "Entities per km² at the first date (GeoTIFF)",
                                     optional=True, create_by_default=False)
    OUTPUT_TO = raster_destination("Density at the second date", "Entities per km² at the second date (GeoTIFF)",
                                   optional=True, create_by_default=False)
    OUTPUT = raster_destination("Density change", "The second density minus the first, entities per km² (GeoTIFF)")

    def process_file(self, path: str, parameters, context, feedback) -> dict:
        """The algorithm on the ecosystem's GeoPackage."""
        moments = [parameter_moment(self.parameterAsString(parameters, key, context), key)
                   for key in (self.DATE_FROM, self.DATE_TO)]
        if moments[1] is not None and moments[0] > moments[1]:
            raise QgsProcessingException(self.tr("DATE_FROM: {} is after DATE_TO").format(moments[0][:10]))
        bandwidth = self.parameterAsDouble(parameters, self.BANDWIDTH, context)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        extent = raster.snap_extent(region.region_shape().bounds, pixel)
        nrows, ncols = density.raster_shape(extent, pixel)
        if nrows * ncols > MAX_PIXELS:
            raise QgsProcessingException(self.tr("PIXEL_SIZE: {} m gives {} × {} pixels; choose larger pixels")
                                         .format(pixel, ncols, nrows))
        targets = {key: self.parameterAsOutputLayer(parameters, key, context)
                   for key in (self.OUTPUT_FROM, self.OUTPUT_TO, self.OUTPUT)}
        for key, target in targets.items():
            if target:
                check_writable(target, key)
        steps = multi_step(3, feedback)
        connection = connect_read_only(path)
        try:
            periods = active_points_at(connection, moments)
        finally:
            connection.close()
        check_canceled(steps)
        steps.setCurrentStep(1)
        values = []
        for (_, x, y), moment in zip(periods, moments, strict=True):
            values.append(density.kernel_density(x, y, bandwidth=bandwidth, pixel_size=pixel, extent=extent))
            steps.pushInfo(self.tr("{}: {} active entities").format((moment or kpi.now_moment())[:10], x.size))
        check_canceled(steps)
        steps.setCurrentStep(2)
        results = {}
        labels = [(moment or kpi.now_moment())[:10] for moment in moments]
        for key, data, what in ((self.OUTPUT_FROM, values[0], labels[0]), (self.OUTPUT_TO, values[1], labels[1]),
                                (self.OUTPUT, values[1] - values[0], f"{labels[1]} minus {labels[0]}")):
            if targets[key]:
                with writing(targets[key], key):
                    raster.write_density_geotiff(targets[key], data, extent, pixel, {
                        "UNITS": "entities per km2", "KERNEL": "quartic", "BANDWIDTH_M": f"{bandwidth:.3f}",
                        "PIXEL_SIZE_M": f"{pixel:g}", "DATES": what, "CRS": "EPSG:31370",
                        "ALGORITHM": "brussels_creative:density_change (binned FFT)"})
                results[key] = targets[key]
        return results
