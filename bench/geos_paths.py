"""Could the plugin test points against polygons without shapely? (issue 15: a shapely on another GEOS crashes QGIS)

Run: .venv/bin/python bench/geos_paths.py [--points 100000]

Points drawn uniformly in the box of the Brussels region are tested against the region's boundary (the union of the
19 UrbIS municipalities, about 9 900 vertices), the test the sample generator, the checks and the density
algorithms make. Each way runs in this one process, once as a warm-up then timed (best of three), and must give the
same answer as shapely on every point:

- shapely.contains_xy on a prepared polygon (vectorised, GEOS in C; the reference, ratio 1);
- QGIS's own GEOS engine (QgsGeometryEngine, prepared), one call per point from Python: what an algorithm could do
  without shapely;
- numpy even-odd ray casting over every ring edge (no GEOS at all), on a tenth of the points (scaled up: it is
  linear in the points).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _best(function, repeat: int = 3) -> tuple[float, object]:
    function()
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    """Time the three ways and print their ratios to shapely."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=100_000)
    n = parser.parse_args().points
    from qgis.core import QgsApplication, QgsGeometry, QgsPoint

    app = QgsApplication([], False)
    app.initQgis()
    import shapely

    from brussels_creative.core.store import region

    boundary = region.region_shape()
    minx, miny, maxx, maxy = boundary.bounds
    rng = np.random.default_rng(1)
    x, y = rng.uniform(minx, maxx, n), rng.uniform(miny, maxy, n)
    reference_time, reference = _best(lambda: shapely.contains_xy(boundary, x, y))

    geometry = QgsGeometry.fromWkt(boundary.wkt)
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    pairs = list(zip(x.tolist(), y.tolist(), strict=True))
    qgis_time, qgis_result = _best(lambda: np.fromiter((engine.contains(QgsPoint(a, b)) for a, b in pairs), bool, n), 1)

    rings = [np.asarray(r.coords) for p in shapely.get_parts(boundary) for r in (p.exterior, *p.interiors)]
    m = max(n // 10, 1)

    def even_odd() -> np.ndarray:
        inside = np.zeros(m, bool)
        for ring in rings:
            x1, y1, x2, y2 = ring[:-1, 0], ring[:-1, 1], ring[1:, 0], ring[1:, 1]
            for s in range(0, m, 2000):
                px, py = x[s : s + 2000, None], y[s : s + 2000, None]
                with np.errstate(divide="ignore", invalid="ignore"):
                    cross = ((y1 > py) != (y2 > py)) & (px < (x2 - x1) * (py - y1) / (y2 - y1) + x1)
                inside[s : s + 2000] ^= (cross.sum(axis=1) % 2).astype(bool)
        return inside

    numpy_time, numpy_result = _best(even_odd, 1)
    numpy_time *= n / m
    print(f"{n} points, region boundary of {shapely.get_num_coordinates(boundary)} vertices")
    print(f"{'way':44} {'seconds':>9} {'ratio':>7} {'same answer':>12}")
    print(f"{'shapely.contains_xy (prepared)':44} {reference_time:9.3f} {1:7.1f} {'reference':>12}")
    print(f"{'QGIS GEOS engine, one call per point':44} {qgis_time:9.3f} {qgis_time / reference_time:7.1f} "
          f"{bool((qgis_result == reference).all())!s:>12}")
    print(f"{'numpy even-odd (no GEOS), scaled from n/10':44} {numpy_time:9.3f} {numpy_time / reference_time:7.1f} "
          f"{bool((numpy_result == reference[:m]).all())!s:>12}")
    app.exitQgis()


if __name__ == "__main__":
    main()
