"""Time exporting 100 000 entities to shapefiles: our exporter against ogr2ogr on the same data, in one run.

The sample (core.sample, seed 42) is generated once into bench/results/ (git-ignored) and reused. ogr2ogr runs the
same SQL our exporter sends to GDAL for the entities layer (the same columns, labels and ';'-joined lists), so the
ratio shows what our extra work costs: the long-text scan, field widths, the relation lines, the three flattened
tables, fields.csv and long_texts.csv. Goal: within 1.5× of ogr2ogr.

Run: .venv/bin/python bench/export.py [N]   (N entities, default 100 000)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brussels_creative.core.publish import export  # noqa: E402
from brussels_creative.core.sample.generator import generate_sample  # noqa: E402
from brussels_creative.core.store.ecosystem import EcosystemStore, read_schema_version  # noqa: E402
from brussels_creative.core.store.schema import SCHEMA_VERSION  # noqa: E402
from brussels_creative.core.store.selection import EntityFilter  # noqa: E402

PROFILE = "internal"  # every entity
LANGUAGE = "fr"


def sample(n: int) -> Path:
    """The cached sample of n entities, generated on first use."""
    path = ROOT / "bench" / "results" / f"sample_{n}_seed42.gpkg"
    if path.exists() and read_schema_version(path) == SCHEMA_VERSION:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.stem + ".generating.gpkg")
    print(f"generating {n} entities into {path} (once) ...", flush=True)
    with EcosystemStore.create(temporary, overwrite=True) as store:
        generate_sample(store, n, seed=42)
    temporary.replace(path)
    return path


def best_of(repeat: int, function) -> float:
    """The best wall time of a few runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print both times and their ratio."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    source = sample(n)
    sql = export.entities_sql(EntityFilter(), PROFILE, LANGUAGE)
    work = Path(tempfile.mkdtemp(prefix="bench_export_"))
    try:
        def ours() -> None:
            target = work / "ours"
            shutil.rmtree(target, ignore_errors=True)
            export.export_ecosystem(source, target, "shp_folder", PROFILE, LANGUAGE)

        def ogr2ogr() -> None:
            target = work / "ogr2ogr"
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            subprocess.run(
                ["ogr2ogr", "-f", "ESRI Shapefile", str(target / "entities.shp"), str(source), "-sql", sql,
                 "-nln", "entities", "-lco", "ENCODING=UTF-8", "--config", "CPL_LOG", "/dev/null", "-q"],
                check=True, stderr=subprocess.DEVNULL,
            )

        ogr2ogr()  # warm the page cache for both
        t_ogr = best_of(3, ogr2ogr)
        t_ours = best_of(3, ours)
        count = export.export_ecosystem(source, work / "count", "shp_folder", PROFILE, LANGUAGE).counts
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"entities exported: {count['entities']} (relations {count['relations']}, sector rows {count['sectors']})")
    print(f"ogr2ogr, entities.shp only, same SQL  {t_ogr:8.3f} s")
    print(f"export_ecosystem, whole shapefile set {t_ours:8.3f} s")
    print(f"ratio ours / ogr2ogr                  {t_ours / t_ogr:8.2f}x  (goal <= 1.5x)")


if __name__ == "__main__":
    main()
