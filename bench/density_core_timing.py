"""Time the core density maths at 100 000 clustered points (12 centres, σ 1.5 km over 20 × 20 km, EPSG:31370).

Run: .venv/bin/python bench/density_core_timing.py   (prints one line per function, seconds)
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brussels_creative.core.analysis import clusters, density, hotspots, pattern


def clustered(n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """n points around 12 centres (σ 1.5 km) clipped to a 20 × 20 km square at (140 000, 160 000)."""
    rng = np.random.default_rng(seed)
    x0, y0 = 140_000.0, 160_000.0
    centres = rng.uniform(3_000, 17_000, (12, 2))
    pick = rng.integers(0, 12, n)
    xy = centres[pick] + rng.normal(0, 1_500, (n, 2))
    xy = np.clip(xy, 0, 20_000 - 1e-6)
    return x0 + xy[:, 0], y0 + xy[:, 1]


def timed(label: str, fn, *args, repeat: int = 3, **kwargs):
    """Run fn a few times and print the best time."""
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn(*args, **kwargs)
        best = min(best, time.perf_counter() - t)
    print(f"{label:<60s} {best:8.3f} s")
    return out


def main() -> None:
    """Print the timings."""
    n = 100_000
    x, y = clustered(n)
    x0, y0 = 140_000.0, 160_000.0
    extent = (x0, y0, x0 + 20_000, y0 + 20_000)
    polys, _, _ = density.grid_cells(*extent, 800, origin=(x0, y0))
    groups = np.random.default_rng(2).integers(0, 8, n)
    print(f"{n} clustered points, 20 × 20 km")
    timed(f"count_in_polygons, {polys.size} squares of 800 m, 8 groups", density.count_in_polygons, x, y, polys, groups)
    # A window with a complex boundary: a disc of radius 9.5 km with 4 000 wiggly vertices.
    t = np.linspace(0, 2 * np.pi, 4000, endpoint=False)
    rad = 9_500 + 150 * np.sin(37 * t) + 80 * np.sin(113 * t)
    window = shapely.Polygon(np.column_stack([x0 + 10_000 + rad * np.cos(t), y0 + 10_000 + rad * np.sin(t)]))
    sectors = shapely.voronoi_polygons(shapely.multipoints(np.column_stack(clustered(750, seed=5))), extend_to=window)
    sectors = shapely.intersection(shapely.get_parts(sectors), window)
    timed(
        f"count_in_polygons, {sectors.size} Voronoi sectors clipped to a 4000-vertex window",
        density.count_in_polygons,
        x,
        y,
        sectors,
    )
    timed("count_in_grid squares 800 m", density.count_in_grid, x, y, 800, "square", (x0, y0), extent, groups)
    timed("count_in_grid hexagons 500 m", density.count_in_grid, x, y, 500, "hexagon", (x0, y0), extent, groups)
    for kernel in density.KERNELS:
        timed(
            f"kernel_density {kernel}, h 500 m, 20 m pixels (1000 × 1000)",
            density.kernel_density,
            x,
            y,
            bandwidth=500,
            pixel_size=20,
            extent=extent,
            kernel=kernel,
        )
    timed(
        "bandwidth_silverman + bandwidth_scott",
        lambda: (density.bandwidth_silverman(x, y), density.bandwidth_scott(x, y)),
    )
    grid = density.count_in_grid(x, y, 200, "square", (x0, y0), extent)
    counts2d = grid.counts.reshape(grid.grid.nrows, grid.grid.ncols)
    timed(
        f"gistar_grid {counts2d.shape[0]}×{counts2d.shape[1]} cells of 200 m, radius 500 m",
        hotspots.gistar_grid,
        counts2d,
        2.5,
    )
    cx, cy = grid.grid.centres()
    w = timed(f"distance_band_weights on {cx.size} cell centres, 500 m", hotspots.distance_band_weights, cx, cy, 500)
    timed(f"gistar_from_weights on {cx.size} cells", hotspots.gistar_from_weights, grid.counts, w)
    wk = timed("knn_weights k=8 on 100 000 points", hotspots.knn_weights, x, y, 8, repeat=1)
    vals = np.random.default_rng(3).random(n)
    z, p = timed("gistar_from_weights on 100 000 points (knn 8)", hotspots.gistar_from_weights, vals, wk)
    timed("classify (with FDR) on 100 000 values", hotspots.classify, z, p)
    res = timed("dbscan eps 100 m, min 5", clusters.dbscan, x, y, 100, 5)
    timed("cluster_summary", clusters.cluster_summary, x, y, res.labels)
    timed("clark_evans (Donnelly)", pattern.clark_evans, x, y, window)
    radii = np.linspace(0, 3000, 31)
    kg = timed("KGrid over the window, 20 m pixels, radii to 3 km (once)", pattern.KGrid, window, radii, 20.0, repeat=1)
    inside = shapely.contains_xy(window, x, y)
    timed("ripley_k_fft of one pattern (reusing KGrid)", pattern.ripley_k_fft, x[inside], y[inside], kg, radii)
    timed("one CSR pattern of 100 000 points in the window", kg.random_points, n, np.random.default_rng(0))
    t = time.perf_counter()
    env = pattern.csr_envelope(window, n, radii, nsim=99, seed=1, pixel_size=20.0)
    print(f"{'csr_envelope 99 simulations × 100 000 points, 31 radii to 3 km':<60s} {time.perf_counter() - t:8.3f} s")
    print(f"   envelope width at 3 km: {env.hi[-1] - env.lo[-1]:.2f} m")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
