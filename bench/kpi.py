"""kpi_snapshot on a large register: 100 000 entities with two years of history (about 300 000 history rows).

Builds the file once (entities, sectors and updates written through the file's own triggers, with a simulated clock
so the history spans October 2024 to September 2026), then times one snapshot from the tables (now), one replayed
from the history (a past date), and a monthly series of 24 replayed snapshots, with the peak memory of each
(tracemalloc, in a second run: tracing slows Python down several times). Goal: one snapshot under 5 s.

    .venv/bin/python bench/kpi.py [--entities 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brussels_creative.core.analysis import kpi
from brussels_creative.core.store import gpkg, taxonomy
from brussels_creative.core.store.clock import SimulatedClock
from brussels_creative.core.store.ecosystem import EcosystemStore

START = dt.datetime(2024, 10, 1, tzinfo=dt.UTC)
MONTHS = 24


def build(path: Path, n: int, seed: int = 7) -> None:
    """Entities arriving month by month, each with one or two sectors, then one update in two of them a month."""
    rng = np.random.default_rng(seed)
    types = [t.code for t in taxonomy.ENTITY_TYPES]
    sectors = [s.code for s in taxonomy.SECTORS]
    nis = [f"210{i:02d}" for i in range(1, 20)]
    with EcosystemStore.create(path) as store:
        clock = SimulatedClock(START.strftime("%Y-%m-%dT%H:%M:%S.000")).install(store.connection)
        per_month = np.diff(np.linspace(0, n, MONTHS + 1).astype(int))
        uuids: list[str] = []
        with store.transaction() as connection:
            for month in range(MONTHS):
                day = START + dt.timedelta(days=30.4 * month + 3)
                clock.iso = day.strftime("%Y-%m-%dT%H:%M:%S.000")
                first = len(uuids)
                rows = []
                for i in range(first, first + int(per_month[month])):
                    uuid = f"00000000-0000-4000-8000-{i:012d}"
                    uuids.append(uuid)
                    x, y = 140_000 + rng.random() * 20_000, 162_000 + rng.random() * 18_000
                    rows.append((gpkg.point_blob(x, y), uuid, f"Entity {i}", types[i % len(types)], nis[i % 19],
                                 "verified" if i % 3 == 0 else "unverified"))
                connection.executemany(
                    "INSERT INTO entities (geom, uuid, name, entity_type, municipality, verification) "
                    "VALUES (?, ?, ?, ?, ?, ?)", rows)  # fmt: skip
                links = []
                for i in range(first, len(uuids)):
                    picked = rng.choice(len(sectors), size=1 + (i % 2), replace=False)
                    links += [(uuids[i], sectors[k], int(j == 0)) for j, k in enumerate(picked)]
                connection.executemany(
                    "INSERT INTO entity_sectors (entity_uuid, code, is_primary) VALUES (?, ?, ?)", links)
                clock.iso = (day + dt.timedelta(days=12)).strftime("%Y-%m-%dT%H:%M:%S.000")
                touched = rng.choice(len(uuids), size=len(uuids) // 20 + 1, replace=False)
                connection.executemany(
                    "UPDATE entities SET name = name || '.', status = ? WHERE uuid = ?",
                    [("closed" if k % 17 == 0 else "active", uuids[k]) for k in touched.tolist()])


def measure(label: str, work, memory: bool = True) -> float:
    """Time the work (no tracing), then run it again under tracemalloc for its peak memory (Python allocations)."""
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    peak = ""
    if memory:
        tracemalloc.start()
        work()
        peak = f"  peak {tracemalloc.get_traced_memory()[1] / 2**20:7.1f} MiB"
        tracemalloc.stop()
    print(f"{label:<52} {seconds:7.2f} s{peak}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the file in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_kpi_"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"kpi_{args.entities}.gpkg"
    if not path.exists():
        start = time.perf_counter()
        build(path, args.entities)
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
    with sqlite3.connect(path) as connection:
        history = connection.execute("SELECT count(*) FROM history").fetchone()[0]
        entities = connection.execute("SELECT count(*) FROM entities").fetchone()[0]
    print(f"{entities} entities, {history} history rows")
    store = EcosystemStore.open(path)
    try:
        for label, moment in (("snapshot now (from the tables)", None),
                              ("snapshot as of 2026-03-31 (replayed from history)", "2026-03-31")):
            def one(moment=moment):
                with store.transaction() as connection:
                    kpi.take_snapshot(connection, moment)
            seconds = measure(label, one)
            print(f"{'':<52} goal < 5 s: {'PASS' if seconds < 5 else 'MISS'}")
        moments = kpi.monthly_moments("2024-10-01", "2026-09-30")

        def series():
            with store.transaction() as connection:
                kpi.take_snapshots(connection, moments)
        measure(f"monthly series, {len(moments)} replayed snapshots", series, memory=False)
    finally:
        store.close()


if __name__ == "__main__":
    main()
