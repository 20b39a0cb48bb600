"""density_grid: entities counted per cell of a square or hexagonal grid aligned on a fixed origin."""

from __future__ import annotations

import math

import numpy as np
import shapely
from qgis.core import QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import density
from . import inputs
from .base import BrusselsCreativeAlgorithm, multi_step
from .messages import check_canceled
from .output_styles import style_output
from .outputs import add_wkb_features
from .parameters import boolean, choice, decimal, layer, sink
from .polygons import read_boundary

SHAPES = (("square", "Squares"), ("hexagon", "Hexagons (flat-topped)"))
MAX_CELLS = 5_000_000
MAX_CELL_NUMBER = 2**31 - 2  # col and row are 32-bit integer fields


class DensityGrid(BrusselsCreativeAlgorithm):
    """Count and density of entities per grid cell."""

    ALG_ID = "density_grid"
    ALG_GROUP = "density"

    INPUT = inputs.point_layer()
    CELL_SIZE = decimal("Cell size (m)", 500.0,
                        "Side of a square, or side (circumradius) of a hexagon, in metres (EPSG:31370)")
    SHAPE = choice("Cell shape", [s[1] for s in SHAPES], "Square cells or flat-topped hexagons")
    BOUNDARY = layer("Boundary", "Optional polygons (any CRS): the grid covers the cells meeting them", "polygon",
                     optional=True)
    KEEP_EMPTY = boolean("Keep empty cells", True, "Write cells without any point too (n_entities 0)")
    ORIGIN_X = decimal("Grid origin X (m, EPSG:31370)", 0.0,
                       "A grid corner (EPSG:31370 metres); the same origin aligns grids of two dates")
    ORIGIN_Y = decimal("Grid origin Y (m, EPSG:31370)", 0.0,
                       "A grid corner (EPSG:31370 metres); the same origin aligns grids of two dates")
    FILTERS = inputs.entity_filters()
    OUTPUT = sink("Density grid", "Grid cells (EPSG:31370) with col, row, n_entities and density_km2", "polygon")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Build the aligned grid, count the points per cell and write the cells."""
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        shape = SHAPES[self.parameterAsEnum(parameters, self.SHAPE, context)][0]
        keep_empty = self.parameterAsBoolean(parameters, self.KEEP_EMPTY, context)
        origin = (
            self.parameterAsDouble(parameters, self.ORIGIN_X, context),
            self.parameterAsDouble(parameters, self.ORIGIN_Y, context),
        )
        boundary_source = self.polygon_source(parameters, self.BOUNDARY, context)
        points_input = self.points_input(parameters, context, self.INPUT)
        if not cell_size > 0:
            raise QgsProcessingException(self.tr("CELL_SIZE must be more than 0 m (got {})").format(cell_size))

        steps = multi_step(3, feedback)
        steps.pushInfo(self.tr("Reading the entities"))
        boundary = read_boundary(boundary_source, self.BOUNDARY, context, steps)
        points = inputs.read_points(points_input, steps, ids=False)
        extent = tuple(boundary.bounds) if boundary is not None else (
            float(points.x.min()), float(points.y.min()), float(points.x.max()), float(points.y.max())
        )
        block = self._grid(extent, cell_size, shape, origin)

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Counting {} points in a {} × {} grid of {} m {}s").format(
            len(points.x), block.ncols, block.nrows, cell_size, shape))
        counted = density.count_in_grid(points.x, points.y, cell_size, shape, origin, extent=extent)
        check_canceled(steps)
        cells = counted.grid.polygons()
        keep = np.ones(cells.size, dtype=bool)
        inside_pct = None
        if boundary is not None:
            inside_pct = density.boundary_shares(cells, boundary, counted.grid.cell_area)
            keep = inside_pct > 0  # cells that only touch the boundary along an edge or a corner are left out
        check_canceled(steps)
        outside = len(points.x) - int(counted.counts[keep].sum())
        if outside:
            steps.pushInfo(self.tr("{} points lie outside the grid's cells and were not counted").format(outside))
        if not keep_empty:
            keep &= counted.counts > 0

        steps.setCurrentStep(2)
        fields = QgsFields()
        for name, kind in (("col", QMetaType.Int), ("row", QMetaType.Int), ("n_entities", QMetaType.Int),
                           ("density_km2", QMetaType.Double), ("cell_area_km2", QMetaType.Double)):
            fields.append(QgsField(name, kind))
        if inside_pct is not None:
            fields.append(QgsField("boundary_pct", QMetaType.Double))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, inputs.WORKING_CRS)
        selected = np.flatnonzero(keep)
        rows = _rows(counted, selected, inside_pct)
        add_wkb_features(sink, fields, shapely.to_wkb(cells[selected]).tolist(), rows, steps)
        style_output(context, dest_id, "density", points_input.ecosystem_file)
        return {self.OUTPUT: dest_id}

    def _grid(self, extent, cell_size: float, shape: str, origin) -> density.Grid:
        """The grid's block over the extent, refused when its cell numbers or its size go past the limits."""
        for key, value, low, high in ((self.ORIGIN_X, origin[0], extent[0], extent[2]),
                                      (self.ORIGIN_Y, origin[1], extent[1], extent[3])):
            # cells are numbered from the origin, in integer fields
            if not math.isfinite(value) or max(abs(low - value), abs(high - value)) / cell_size > MAX_CELL_NUMBER:
                raise QgsProcessingException(
                    self.tr("{}: {} is too far from the entities for cells of {} m (cell numbers past {})")
                    .format(key, value, cell_size, MAX_CELL_NUMBER)
                )
        block = density.grid_block(*extent, cell_size, shape, origin)
        n_cells = block.nrows * block.ncols
        if n_cells > MAX_CELLS:
            raise QgsProcessingException(
                self.tr("CELL_SIZE: {} m makes {} cells over the extent (more than {}); choose a larger cell").format(
                    cell_size, n_cells, MAX_CELLS
                )
            )
        return block


def _rows(counted, selected: np.ndarray, inside_pct: np.ndarray | None):
    """The attribute rows of the selected cells: col, row, n_entities, density_km2, cell_area_km2(, boundary_pct)."""
    cell_km2 = counted.grid.cell_area / density.M2_PER_KM2
    n_selected = counted.counts[selected]
    grid = counted.grid
    columns = [grid.cols[selected].astype(np.int64).tolist(), grid.rows[selected].astype(np.int64).tolist(),
               n_selected.astype(np.int64).tolist(), (n_selected / cell_km2).tolist(), [cell_km2] * selected.size]
    if inside_pct is not None:
        columns.append(inside_pct[selected].astype(float).tolist())
    return map(list, zip(*columns, strict=True))
