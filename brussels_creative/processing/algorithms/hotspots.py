"""hotspots: Getis-Ord Gi* hot and cold spots of entity counts on an aligned grid or on areas, with FDR control."""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import shapely
from qgis.core import QgsField, QgsFields, QgsPointXY, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import density, hotspots
from .base import BrusselsCreativeAlgorithm, multi_step
from .inputs import WORKING_CRS, entity_filters, point_layer, start_reading_points
from .messages import check_canceled
from .output_styles import style_output
from .outputs import add_wkb_features, fields_kept
from .parameters import boolean, choice, distance, integer, layer, number_output, point, sink
from .polygons import read_boundary, read_polygons

MAX_CELLS = 4_000_000
WEIGHTS = ("distance", "knn")
RESULT_FIELDS = ("count", "neighbours", "gi_z", "gi_p", "gi_p_fdr", "gi_bin", "class")


class Hotspots(BrusselsCreativeAlgorithm):
    """Getis-Ord Gi* on grid cells or areas."""

    ALG_ID = "hotspots"
    ALG_GROUP = "density"

    INPUT = point_layer()
    AREAS = layer("Areas (instead of a grid)", "A polygon layer whose areas are the units (e.g. the municipalities); "
                  "leave empty to use a grid", "polygon", optional=True)
    BOUNDARY = layer("Boundary of the grid", "Grid only: cover this boundary and keep only the cells that share area "
                     "with it (default: the points' extent)", "polygon", optional=True)
    CELL_SIZE = distance("Cell size", 500.0, "Grid only: side of the square cells, in metres")
    ORIGIN = point("Grid origin", "Grid only: a corner of the grid (default 0,0 in EPSG:31370); the same origin "
                   "aligns grids of two runs", optional=True)
    WEIGHTS = choice("Neighbourhood", ("Distance band", "K nearest neighbours"), "Distance band: units within "
                     "DISTANCE (centre to centre); K nearest: the K nearest units")
    DISTANCE = distance("Distance band", 1000.0, "Radius of the distance band between cell centres or area "
                        "centroids, in metres")
    K = integer("Number of neighbours (K)", 8, "For K nearest neighbours: how many neighbours each unit has besides "
                "itself", minimum=1)
    FDR = boolean("Control the false discovery rate", True, "Classify on Benjamini–Hochberg adjusted p-values "
                  "(gi_p_fdr) rather than on each unit's p-value")
    OUTPUT = sink("Hot spots", "Cells or areas with count, neighbours, gi_z, gi_p, gi_p_fdr, gi_bin and class "
                  "(EPSG:31370)", "polygon")
    FILTERS = entity_filters()
    OBSERVATIONS = number_output("Number of cells or areas")
    HOT = number_output("Number of hot spots")
    COLD = number_output("Number of cold spots")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Count, compute Gi*, classify and write the units."""
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        weights = WEIGHTS[self.parameterAsEnum(parameters, self.WEIGHTS, context)]
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        k = self.parameterAsInt(parameters, self.K, context)
        use_fdr = self.parameterAsBoolean(parameters, self.FDR, context)
        origin = self._origin(parameters, context)
        areas_source = self.polygon_source(parameters, self.AREAS, context)
        with_boundary = parameters.get(self.BOUNDARY) not in (None, "")
        boundary_source = self.polygon_source(parameters, self.BOUNDARY, context) if areas_source is None else None
        points_input = self.points_input(parameters, context)
        self._check_settings(areas_source is not None, weights, distance, k, cell_size)

        steps = multi_step(4, feedback)
        steps.pushInfo(self.tr("Reading the entities"))
        # An ecosystem file is read in a thread while the units are prepared here.
        pending = start_reading_points(points_input, steps, ids=False)
        if areas_source is not None:
            areas = read_polygons(areas_source, self.AREAS, context, steps)
            if with_boundary:
                steps.pushWarning(self.tr("BOUNDARY is ignored when AREAS is given"))
        else:
            boundary = read_boundary(boundary_source, self.BOUNDARY, context, steps)
            cells = self._cells(boundary, boundary.bounds, cell_size, origin) if boundary is not None else None
        points = pending.result()

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Counting the entities per unit"))
        if areas_source is not None:
            units = _area_units(points, areas)
        else:
            units = self._grid(points, boundary, cells, cell_size, origin, steps)
        n = units.counts.size
        self._check_units(n, weights, k)
        steps.pushInfo(self.tr("{} units, {} entities counted").format(n, int(units.counts.sum())))
        check_canceled(steps)

        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Computing Gi*"))
        z, p, neighbours = _gistar(units, weights, distance, cell_size, k)
        alone = int((neighbours <= 1).sum())
        if alone:
            steps.pushWarning(self.tr("{} units have no neighbour within the band but themselves").format(alone))
        p_fdr = hotspots.fdr_bh(p)
        bins = hotspots.classify_bins(z, p, fdr=use_fdr)
        labels = hotspots.classify(z, p, fdr=use_fdr)
        check_canceled(steps)

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing the units"))
        fields, kept = self._fields(units.fields, steps)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, WORKING_CRS)
        results = [units.counts.tolist(), neighbours.astype(np.int64).tolist(), z.tolist(), p.tolist(),
                   p_fdr.tolist(), bins.tolist(), [str(label) for label in labels]]
        add_wkb_features(sink, fields, units.wkbs, _rows(units.rows, kept, results), steps, multi=True)
        hot, cold = int((bins > 0).sum()), int((bins < 0).sum())
        feedback.pushInfo(self.tr("{} hot spots, {} cold spots among {} units").format(hot, cold, n))
        style_output(context, dest_id, "hotspots", points_input.ecosystem_file)
        return {self.OUTPUT: dest_id, self.OBSERVATIONS: n, self.HOT: hot, self.COLD: cold}

    def _check_settings(self, by_area: bool, weights: str, distance: float, k: int, cell_size: float) -> None:
        """Refuse a neighbourhood or grid that cannot give Gi*."""
        if weights == "distance" and not distance > 0:
            raise QgsProcessingException(self.tr("DISTANCE must be greater than 0 m"))
        if weights == "knn" and k < 1:
            raise QgsProcessingException(self.tr("K must be at least 1"))
        if not by_area:
            if not cell_size > 0:
                raise QgsProcessingException(self.tr("CELL_SIZE must be greater than 0 m"))
            if weights == "distance" and distance < cell_size:
                raise QgsProcessingException(
                    self.tr("DISTANCE ({} m) is smaller than CELL_SIZE ({} m): cells would have no neighbour")
                    .format(distance, cell_size)
                )

    def _check_units(self, n: int, weights: str, k: int) -> None:
        """Refuse too few units for Gi*, or for K neighbours each."""
        if n < 2:
            raise QgsProcessingException(self.tr("Gi* needs at least two cells or areas; there is {}").format(n))
        if weights == "knn" and k >= n:
            raise QgsProcessingException(self.tr("K ({}) must be less than the number of units ({})").format(k, n))

    def _fields(self, unit_fields: QgsFields, feedback) -> tuple[QgsFields, list[int]]:
        """Output fields: the units' own (those not clashing with the results), then the results; and the indices
        of the units' fields kept."""
        fields, kept = fields_kept(unit_fields, set(RESULT_FIELDS),
                                   self.tr("Input field {} is replaced by the result field"), feedback)
        for name, kind in zip(
            RESULT_FIELDS,
            (QMetaType.LongLong, QMetaType.LongLong, QMetaType.Double, QMetaType.Double, QMetaType.Double,
             QMetaType.Int, QMetaType.QString),
            strict=True,
        ):
            fields.append(QgsField(name, kind))
        return fields, kept

    def _origin(self, parameters, context) -> tuple[float, float]:
        if parameters.get(self.ORIGIN) in (None, ""):
            return 0.0, 0.0
        point = self.parameterAsPoint(parameters, self.ORIGIN, context, WORKING_CRS)
        if not isinstance(point, QgsPointXY) or not (math.isfinite(point.x()) and math.isfinite(point.y())):
            raise QgsProcessingException(self.tr("ORIGIN is not a valid point"))
        return point.x(), point.y()

    def _cells(self, boundary, extent, cell_size, origin) -> tuple:
        """The grid over the extent: its block, the mask of the cells sharing area with the boundary (all cells
        without one), the kept cells' centres, ids and WKB."""
        block = density.grid_block(*extent, cell_size, "square", origin)
        if block.nrows * block.ncols > MAX_CELLS:
            raise QgsProcessingException(
                self.tr("CELL_SIZE: {} m makes a grid of {} cells (more than {}); use larger cells")
                .format(cell_size, block.nrows * block.ncols, MAX_CELLS)
            )
        cx, cy = block.centres()
        if boundary is not None:
            # Cells sharing area with the boundary: their interiors (shrunk by a hair) meet it; the boundary is
            # prepared, so this stays fast where GEOS's touches() on a detailed boundary does not.
            h = cell_size * (0.5 - 1e-7)
            inner = shapely.box(cx - h, cy - h, cx + h, cy + h)
            mask = shapely.intersects(boundary, inner).reshape(block.nrows, block.ncols)
        else:
            mask = np.ones((block.nrows, block.ncols), dtype=bool)
        flat = mask.ravel()
        wkbs = shapely.to_wkb(block.polygons()[flat]).tolist()
        return block, mask, cx[flat], cy[flat], (block.cols[flat], block.rows[flat]), wkbs

    def _grid(self, points, boundary, cells, cell_size, origin, feedback) -> Units:
        """Grid cells over the points or the boundary (cells from _cells, made here when None), with their counts."""
        x, y = points.x, points.y
        if boundary is not None:
            inside = shapely.intersects_xy(boundary, x, y)
            if not inside.all():
                feedback.pushInfo(self.tr("{} entities outside the boundary are left out").format(int((~inside).sum())))
            x, y = x[inside], y[inside]
            if x.size == 0:
                raise QgsProcessingException(self.tr("BOUNDARY: no entity lies inside the boundary"))
            extent = boundary.bounds
        else:
            extent = (float(x.min()), float(y.min()), float(x.max()), float(y.max()))
        if cells is None:
            cells = self._cells(boundary, extent, cell_size, origin)
        block, mask, cx, cy, ids, wkbs = cells
        counted = density.count_in_grid(x, y, cell_size, "square", origin, extent=extent)
        fields = QgsFields()
        fields.append(QgsField("col", QMetaType.LongLong))
        fields.append(QgsField("row", QMetaType.LongLong))
        rows = list(map(list, zip(ids[0].tolist(), ids[1].tolist(), strict=True)))
        grid_counts = counted.counts.reshape(block.nrows, block.ncols)
        return Units(counted.counts[mask.ravel()], cx, cy, wkbs, fields, rows, grid_counts, mask)



class Units(NamedTuple):
    """The units of observation: counts, centres, polygons (WKB) and their own fields and rows; for a grid, also
    the 2-D counts and the mask of the observed cells."""

    counts: np.ndarray
    cx: np.ndarray
    cy: np.ndarray
    wkbs: list
    fields: QgsFields
    rows: list
    grid_counts: np.ndarray | None = None
    mask: np.ndarray | None = None


def _rows(unit_rows: list, kept: list[int], results: list[list]):
    """Each unit's kept attributes followed by its results (columns of values, one per result field)."""
    computed = zip(*results, strict=True)
    return ([row[j] for j in kept] + list(values) for row, values in zip(unit_rows, computed, strict=True))


def _area_units(points, areas) -> Units:
    """The areas as units: points counted in every area they touch, centroids as centres."""
    geometries = areas.geometries
    counts = density.count_in_polygons(points.x, points.y, geometries).counts
    cx, cy = shapely.get_coordinates(shapely.centroid(geometries)).T
    wkbs = shapely.to_wkb(shapely.force_2d(geometries)).tolist()
    return Units(counts, cx, cy, wkbs, areas.fields, areas.attributes)


def _gistar(units: Units, weights: str, distance: float, cell_size: float, k: int):
    """Gi* z, p and the number of units in each unit's neighbourhood (itself included)."""
    if weights == "distance" and units.mask is not None:
        # a band wider than the grid holds the same neighbours as one just across it (and keeps the disk small)
        radius_cells = min(distance / cell_size, hotspots.max_useful_radius(units.grid_counts.shape))
        z_grid, p_grid = hotspots.gistar_grid(units.grid_counts, radius_cells, units.mask)
        return z_grid[units.mask], p_grid[units.mask], hotspots.grid_neighbours(units.mask, radius_cells)
    if weights == "distance":
        unit_weights = hotspots.distance_band_weights(units.cx, units.cy, distance)
    else:
        unit_weights = hotspots.knn_weights(units.cx, units.cy, k)
    z, p = hotspots.gistar_from_weights(units.counts.astype(np.float64), unit_weights)
    return z, p, np.diff(unit_weights.indptr).astype(np.float64)
