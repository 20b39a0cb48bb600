#!/usr/bin/env python3
"""Count the private values each privacy profile × format export of a sample ecosystem holds.

Generates a sample (default 3 000 entities, seed 42, as `generate_sample` does), exports it in every profile to a
GeoPackage, shapefiles and GeoJSON, and scans every value of every output with the test suite's scanner
(tests/core/publish/test_export.py: persons' e-mails, phones, addresses with their number and exact points,
claimants, staff accounts). internal must hold them all; partner and public none.

    .venv/bin/python scripts/privacy_scan.py [COUNT] [SEED]
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from brussels_creative.core.publish import export  # noqa: E402
from brussels_creative.core.sample.generator import generate_sample  # noqa: E402
from brussels_creative.core.store.ecosystem import EcosystemStore  # noqa: E402


def _scanner():
    spec = importlib.util.spec_from_file_location("export_tests", REPO / "tests/core/publish/test_export.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(count: int = 3000, seed: int = 42) -> int:
    """Print the private values found per profile and format; non-zero exit when partner or public hold any."""
    scanner = _scanner()
    leaks = 0
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "sample.gpkg"
        with EcosystemStore.create(source) as store:
            generate_sample(store, count, seed=seed)
        for profile in export.PROFILES:
            for fmt, name in (("gpkg", "out.gpkg"), ("shp_folder", "out_shp"), ("geojson", "out.geojson")):
                start = time.perf_counter()
                result = export.export_ecosystem(source, Path(folder) / f"{profile}_{name}", fmt, profile)
                took = time.perf_counter() - start
                found = scanner.private_values_found(source, result.path, fmt)
                leaks += sum(found.values()) if profile != "internal" else 0
                shown = ", ".join(f"{kind} {n}" for kind, n in found.items())
                print(f"{profile:8} {fmt:10} {result.counts['entities']:6} entities {took:6.2f} s  {shown}")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
