"""Time import_entities on 100 000 CSV rows with coordinates against `ogr2ogr -append` of the same rows into the
same schema, in one run.

Both start from a copy of the same empty ecosystem GeoPackage and write through the same triggers (uuid, history,
sector links, R-tree). The CSV uses the schema's column names (uuid, name, entity_type, postcode, email, website,
phone, address, sector_codes as {a,b}) plus longitude/latitude in EPSG:4326, so ogr2ogr takes it as it is
(-s_srs EPSG:4326 -t_srs EPSG:31370). import_entities does what ogr2ogr does not: it detects the encoding and
delimiter, maps the headers, matches the sectors to the file's vocabulary, checks postcode, e-mail and website
against the file's rules, tests every point against the region, finds its municipality, looks for duplicates
among the rows and the stored entities, and writes in one transaction. Goal: within 2× of ogr2ogr.

The triggers make both slow (a sector link rewrites the entity's mirrored list, which rewrites the links...), so
each side runs once by default on a fresh copy; pass REPEAT for a best of several.

Run: .venv/bin/python bench/import.py [N [REPEAT]]   (N rows, default 100 000; REPEAT default 1)
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brussels_creative.core.intake.importer import import_entities  # noqa: E402
from brussels_creative.core.intake.reader import read_table  # noqa: E402
from brussels_creative.core.store.ecosystem import EcosystemStore  # noqa: E402

SECTORS = ("design", "music", "fashion", "audiovisual", "crafts", "publishing", "architecture")
TYPES = ("company", "freelancer", "hub", "collective", "cultural_venue")


def write_csv(path: Path, n: int) -> None:
    """n rows inside the region (around the centre of Brussels), valid values, distinct names."""
    rng = random.Random(42)
    lines = ["uuid,name,entity_type,address,postcode,email,website,phone,sector_codes,longitude,latitude"]
    for i in range(n):
        sectors = rng.sample(SECTORS, rng.randint(1, 3))
        lon = 4.3517 + rng.uniform(-0.04, 0.04)
        lat = 50.8466 + rng.uniform(-0.025, 0.025)
        lines.append(
            f"{uuid.UUID(int=rng.getrandbits(128), version=4)},Studio {i},{rng.choice(TYPES)},"
            f"Rue de la Loi {i % 200 + 1},1000,studio{i}@example.be,"
            f"https://studio{i}.example.be,+32 2 555 {i % 10000:04d},\"{{{','.join(sectors)}}}\","
            f"{lon:.7f},{lat:.7f}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Print both times, their ratio and the counts each wrote."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    work = Path(tempfile.mkdtemp(prefix="bench_import_"))
    try:
        empty = work / "empty.gpkg"
        EcosystemStore.create(empty).close()
        rows = work / "rows.csv"
        write_csv(rows, n)

        def fresh(name: str) -> Path:
            target = work / name
            shutil.copyfile(empty, target)
            return target

        def ogr2ogr() -> Path:
            target = fresh("ogr2ogr.gpkg")
            start = time.perf_counter()
            subprocess.run(
                ["ogr2ogr", "-append", str(target), str(rows), "-nln", "entities", "-s_srs", "EPSG:4326",
                 "-t_srs", "EPSG:31370", "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude",
                 "-oo", "KEEP_GEOM_COLUMNS=NO", "-q"],
                check=True, stderr=subprocess.DEVNULL,
            )
            return target, time.perf_counter() - start

        def ours() -> Path:
            target = fresh("ours.gpkg")
            start = time.perf_counter()
            with EcosystemStore.open(target) as store:
                result = import_entities(store, read_table(rows))
            assert result.committed and result.inserted == n, result.problems[:5]
            return target, time.perf_counter() - start

        times = {"ogr2ogr": [], "ours": []}
        for _ in range(repeat):
            for name, run in (("ours", ours), ("ogr2ogr", ogr2ogr)):
                target, seconds = run()
                times[name].append(seconds)
                with sqlite3.connect(target) as connection:
                    counts = connection.execute(
                        "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM entity_sectors), "
                        "(SELECT count(*) FROM history WHERE table_name = 'entities')").fetchone()
                print(f"{name:8s} {seconds:7.2f} s  entities {counts[0]}, sector links {counts[1]}, "
                      f"history {counts[2]}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    t_ogr, t_ours = min(times["ogr2ogr"]), min(times["ours"])
    print(f"rows                                   {n}")
    print(f"ogr2ogr -append (best of {repeat})            {t_ogr:8.2f} s")
    print(f"import_entities (best of {repeat})            {t_ours:8.2f} s")
    print(f"ratio import_entities / ogr2ogr        {t_ours / t_ogr:8.2f}x  (goal <= 2x)")


if __name__ == "__main__":
    main()
