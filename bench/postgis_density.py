"""density_by_area on an ecosystem in PostGIS (issue 22): counted by the database in one query, versus the points read
out and counted by the plugin, versus QGIS's native:countpointsinpolygon on the same PostGIS layers; in one QGIS
process, on a real PostgreSQL 15 + PostGIS 3 server started for the run.

Run: .venv/bin/python bench/postgis_density.py                    (1 000 000 entities)
     .venv/bin/python bench/postgis_density.py --sizes 100000,1000000

Data: density.py's clustered points (12 centres, σ 1.5 km, 20 × 20 km around Brussels) as the cached ecosystem
GeoPackage it builds, copied into a PostGIS schema by copy_ecosystem's engine (timed: the copy is a row of its own),
then ANALYZEd. Border rule 'contains' (as native; no point lies on a border here, so the default rule 'first', timed as
a row of its own, counts the same). Areas: the ecosystem's 19 municipalities and density.py's 702 squares of 800 m, each
as a PostGIS table of the same database (the count is pushed down) and as a memory layer with the same polygons (not in
the database: the plugin reads the points out, through the storage interface's PostGIS reader, and counts them itself).

Timing: warm-up, then best of 3 (density.timed). Each row checks that its per-area counts equal the pushed-down ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import density  # noqa: E402 (bench/density.py: data, timing, QGIS session)
import shapely  # noqa: E402


def _pg_layer(dsn: str, schema: str, table: str, key: str):
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    uri = QgsDataSourceUri(dsn)
    uri.setDataSource(schema, table, "geom", "", key)
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    if not layer.isValid():
        raise RuntimeError(f"invalid layer {schema}.{table}: {layer.error().summary()}")
    return layer


def _memory_copy(layer, name: str):
    """The polygons of a layer in a memory layer (same geometries and order): not in the database."""
    from qgis.core import QgsFeature, QgsVectorLayer

    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:31370&field=key:integer", name, "memory")
    features = []
    for source in layer.getFeatures():
        feature = QgsFeature(memory.fields())
        feature.setAttributes([source.id()])
        feature.setGeometry(source.geometry())
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    return memory


def _squares_table(connection, squares: list[shapely.Geometry]) -> None:
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE public.squares (id serial PRIMARY KEY, geom geometry(Polygon, 31370))")
        cursor.executemany("INSERT INTO public.squares (geom) VALUES (ST_GeomFromWKB(%s, 31370))",
                           [(shapely.to_wkb(s),) for s in squares])
        cursor.execute("CREATE INDEX squares_geom ON public.squares USING gist (geom)")
        cursor.execute("ANALYZE public.squares")
    connection.commit()


def _counts(output, field: str) -> list[int]:
    return [int(f[field]) for f in output.getFeatures()]


def bench(sizes: list[int], log) -> list[str]:
    from postgis_server import start_server

    from brussels_creative.core.store.postgis import copy
    from brussels_creative.core.store.postgis.store import connect

    session = density.QgisSession()
    server, stop = start_server(Path(tempfile.mkdtemp(prefix="bc-postgres-bench-")))
    lines = ["| entities | areas | step | seconds | ratio to pushed down | check |",
             "| --- | --- | --- | --- | --- | --- |"]
    try:
        for n in sizes:
            path = density.ecosystem_file(n, log)
            dsn = server.create_database(f"bench_{n}")
            connection = connect(dsn)
            t = time.perf_counter()
            report = copy.copy_geopackage_to_postgis(path, connection, "eco")
            copy_seconds = time.perf_counter() - t
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            connection.autocommit = False
            squares = [shapely.box(density.X0 - 400 + i * density.SQUARE, density.Y0 - 400 + j * density.SQUARE,
                                   density.X0 - 400 + (i + 1) * density.SQUARE,
                                   density.Y0 - 400 + (j + 1) * density.SQUARE)
                       for j in range(density.SQUARES_Y) for i in range(density.SQUARES_X)]
            _squares_table(connection, squares)
            connection.close()
            log(f"{n}: copied {report.total} rows into PostGIS in {copy_seconds:.1f} s")
            lines.append(f"| {n:,} | – | copy_ecosystem GeoPackage → PostGIS ({report.total:,} rows) | "
                         f"{copy_seconds:.1f} | – | – |")
            entities = _pg_layer(dsn, "eco", "entities", "fid")
            for label, areas in (("19 municipalities", _pg_layer(dsn, "eco", "municipalities", "fid")),
                                 ("702 squares", _pg_layer(dsn, "public", "squares", "id"))):
                outside = _memory_copy(areas, "areas")

                def pushed(areas=areas, entities=entities):
                    return session.run("brussels_creative:density_by_area",
                                       {"INPUT": entities, "AREAS": areas, "BORDER_RULE": 1, "OUTPUT": "memory:"})

                def pushed_first(areas=areas, entities=entities):  # the default rule: its own query
                    return session.run("brussels_creative:density_by_area",
                                       {"INPUT": entities, "AREAS": areas, "OUTPUT": "memory:"})

                def read_out(outside=outside, entities=entities):
                    return session.run("brussels_creative:density_by_area",
                                       {"INPUT": entities, "AREAS": outside, "BORDER_RULE": 1, "OUTPUT": "memory:"})

                def native(areas=areas, entities=entities):
                    return session.run("native:countpointsinpolygon",
                                       {"POLYGONS": areas, "POINTS": entities, "FIELD": "NUMPOINTS",
                                        "OUTPUT": "memory:"})

                reference = None
                for step, run, field in (("density_by_area, counted by PostGIS", pushed, "n_entities"),
                                         ("density_by_area, counted by PostGIS, default rule 'first'",
                                          pushed_first, "n_entities"),
                                         ("density_by_area, read out and counted by the plugin", read_out,
                                          "n_entities"),
                                         ("native:countpointsinpolygon on the PostGIS layers", native, "NUMPOINTS")):
                    timing = density.timed(run)
                    counts = _counts(timing.result["OUTPUT"], field)
                    if reference is None:
                        reference, base = counts, timing.seconds
                    check = "same counts" if counts == reference else "DIFFERENT COUNTS"
                    log(f"{n} {label}: {step}: {timing.seconds:.3f} s ({check})")
                    lines.append(f"| {n:,} | {label} | {step} | {timing.seconds:.3f} | "
                                 f"×{timing.seconds / base:.1f} | {check} (total {sum(counts):,}) |")
            server.drop_database(f"bench_{n}")
    finally:
        stop()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000", help="comma-separated numbers of entities")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    lines = bench(sizes, lambda text: print(text, flush=True))
    out = density.RESULTS / f"postgis-density-{dt.date.today().isoformat()}.md"
    out.write_text("# density_by_area on PostGIS\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    print(f"written {out}")


if __name__ == "__main__":
    main()
