"""Benchmark the network metrics (core.analysis.network: shortest paths compiled by numba, the rest python-igraph)
against networkx on the same graphs.

Run: .venv/bin/python bench/network.py                     # 1 000, 10 000 and 50 000 entities
     .venv/bin/python bench/network.py --sizes 1000,10000

Graphs: n entities and 5·n undirected links drawn uniformly at random (seed 1; duplicates and self-links dropped,
so slightly fewer), the shape of the issue's goal (10 000 entities / 50 000 relationships).

Cases, each in a fresh Python process (time of the work alone, graph building excluded; peak memory = the process's
maximum resident set, ru_maxrss, which includes the interpreter and libraries: the "base" row is that floor):
- ours all: node_metrics as network_metrics runs it: degrees, betweenness (exact up to the budget, else seeded
  pivots), closeness, PageRank, eigenvector, k-core, clustering, Louvain, the shortest paths compiled (numba) on two
  threads; numba's compilation (or its load from the cache beside the module, once per process) is done before the
  clock starts and printed in the row;
- ours igraph: the same with python-igraph's shortest paths (what runs without numba), up to --igraph-max;
- algorithm: the whole `network_metrics` algorithm through processing.run in QGIS (reading an ecosystem GeoPackage
  holding the graph's entities and relationships, measuring, writing and styling its output GeoPackage), up to
  --algorithm-max; the file is built before the clock starts;
- nx all: the same metrics with networkx (betweenness_centrality exact, closeness_centrality, pagerank,
  eigenvector_centrality, core_number, clustering, louvain_communities seeded): only up to --nx-all-max entities,
  since exact betweenness is O(n·m) in pure Python (15 s at 2 000 / 10 000 on this machine): above, the row
  prints the time extrapolated from the largest size run (× n·m ratio) and is marked "est.";
- ours light / nx light: PageRank, eigenvector, k-core, clustering and Louvain only (no shortest paths), at every
  size, so the ratio of the work networkx can finish is measured, not estimated.
The machine's load average is printed with each row, and the CPU time of the process (all threads): on a shared
machine the wall times of both sides suffer alike; ours uses two threads, so its CPU time may exceed its wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

LINKS_PER_ENTITY = 5


def _graph(n: int):
    import numpy as np

    from brussels_creative.core.analysis import network

    rng = np.random.default_rng(1)
    m = LINKS_PER_ENTITY * n
    return network.build_graph(n, rng.integers(0, n, m), rng.integers(0, n, m), False)


def _networkx(graph):
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(graph.n))
    g.add_edges_from(zip(graph.source.tolist(), graph.target.tolist(), strict=True))
    return g


def _algorithm(graph) -> dict:
    """Time network_metrics on an ecosystem GeoPackage of the graph (entities on a grid, links as collaborations)."""
    import tempfile

    from density import QgisSession

    from brussels_creative.core.store.ecosystem import EcosystemStore

    folder = Path(tempfile.mkdtemp(prefix="bench_network_"))
    path = folder / "ecosystem.gpkg"
    side = int(graph.n ** 0.5) + 1
    with EcosystemStore.create(path) as store, store.transaction():
        uuids = [store.add_entity(145_000.0 + 10 * (i % side), 165_000.0 + 10 * (i // side), name=f"e{i}",
                                  entity_type="company") for i in range(graph.n)]
        for a, b in zip(graph.source.tolist(), graph.target.tolist(), strict=True):
            store.add_relationship(uuids[a], uuids[b], "collaborates_with")
    session = QgisSession()
    start, cpu = time.perf_counter(), time.process_time()
    output = session.run("brussels_creative:network_metrics",
                         {"INPUT": f"{path}|layername=entities", "OUTPUT": str(folder / "metrics.gpkg")})
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    from qgis.core import QgsVectorLayer

    written = QgsVectorLayer(output["OUTPUT"], "m", "ogr").featureCount()
    if written != graph.n:
        raise SystemExit(f"network_metrics wrote {written} entities of {graph.n}")
    return {"seconds": seconds, "cpu_seconds": cpu_seconds,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _case(case: str, n: int) -> dict:
    """Run one case in this process; return seconds, peak memory (MB) and a few values for the checks."""
    graph = _graph(n)
    import igraph  # noqa: F401 (imported before the clock starts, as networkx is: 1-4 s on a loaded machine)
    import networkx  # noqa: F401

    from brussels_creative.core.analysis import network

    result: dict = {"links": graph.links}
    start, cpu = time.perf_counter(), time.process_time()
    if case == "base":
        pass
    elif case in ("ours-all", "ours-igraph"):
        engine = "numba" if case == "ours-all" else "igraph"
        if engine == "numba":
            from brussels_creative.core.analysis import shortest_paths

            shortest_paths.prepare()
            result["prepare_seconds"] = time.perf_counter() - start
            start, cpu = time.perf_counter(), time.process_time()
        metrics = network.node_metrics(graph, pivots=network.default_pivots(graph), engine=engine)
        result["pivots"] = metrics.pivots
        result["betweenness_head"] = metrics.betweenness[:50].tolist()
    elif case == "algorithm":
        result.update(_algorithm(graph))
        return result
    elif case == "ours-light":
        g = network._igraph(graph)
        network._pagerank(g, False)
        network._eigenvector(g)
        g.coreness()
        g.transitivity_local_undirected(mode="zero")
        network.communities(g, 1)
    elif case in ("nx-all", "nx-light"):
        import networkx as nx

        g = _networkx(graph)
        start, cpu = time.perf_counter(), time.process_time()
        if case == "nx-all":
            between = nx.betweenness_centrality(g)
            result["betweenness_head"] = [between[i] for i in range(50)]
            nx.closeness_centrality(g)
        nx.pagerank(g)
        nx.eigenvector_centrality(g, max_iter=1000)
        nx.core_number(g)
        nx.clustering(g)
        nx.community.louvain_communities(g, seed=1)
    else:
        raise SystemExit(f"unknown case {case}")
    result["seconds"] = time.perf_counter() - start
    result["cpu_seconds"] = time.process_time() - cpu
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _run(case: str, n: int) -> dict:
    completed = subprocess.run([sys.executable, __file__, "--case", case, "--n", str(n)], capture_output=True,
                               text=True, check=False, env=dict(os.environ, PYTHONWARNINGS="ignore"))
    if completed.returncode != 0:
        raise SystemExit(f"{case} at {n}: {completed.stderr[-2000:]}")
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    result["load"] = os.getloadavg()[0]
    return result


def main() -> None:
    """Run every case at every size and print the table with ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--nx-all-max", type=int, default=1000, help="largest size for networkx's exact paths")
    parser.add_argument("--igraph-max", type=int, default=10000, help="largest size for igraph's shortest paths")
    parser.add_argument("--algorithm-max", type=int, default=10000, help="largest size for the whole algorithm")
    parser.add_argument("--case")
    parser.add_argument("--n", type=int)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(_case(args.case, args.n)))
        return
    print(f"cores {os.cpu_count()}, load average at start {os.getloadavg()}")
    print(f"{'entities':>8} {'links':>7} {'case':<11} {'time s':>9} {'cpu s':>8} {'peak MB':>8} {'load':>5}  "
          "ratio other/ours (time)")
    measured_all: tuple[int, int, float] | None = None
    for n in [int(s) for s in args.sizes.split(",")]:
        base = _run("base", n)
        ours_all = _run("ours-all", n)
        links = ours_all["links"]
        rows = [("base", base), ("ours all", ours_all)]
        if n <= args.igraph_max:
            ours_igraph = _run("ours-igraph", n)
            rows.append(("ours igraph", ours_igraph))
            diff = max(abs(a - b) for a, b in zip(ours_igraph["betweenness_head"], ours_all["betweenness_head"],
                                                  strict=True))
            print(f"  check at {n}: betweenness of the first 50 entities, numba - igraph: max {diff:.2e}")
        if n <= args.nx_all_max:
            nx_all = _run("nx-all", n)
            measured_all = (n, links, nx_all["seconds"])
            diff = max(abs(a - b) for a, b in zip(nx_all["betweenness_head"], ours_all["betweenness_head"],
                                                  strict=True))
            rows.append(("nx all", nx_all))
            print(f"  check at {n}: betweenness of the first 50 entities, ours - networkx: max {diff:.2e}")
        if n <= args.algorithm_max:
            rows.append(("algorithm", _run("algorithm", n)))
        ours_light = _run("ours-light", n)
        nx_light = _run("nx-light", n)
        rows += [("ours light", ours_light), ("nx light", nx_light)]
        for label, row in rows:
            ratio = ""
            if label in ("nx all", "ours igraph"):
                ratio = f"{row['seconds'] / ours_all['seconds']:.1f}x"
            elif label == "nx light":
                ratio = f"{row['seconds'] / ours_light['seconds']:.1f}x"
            extra = f" (betweenness from {row['pivots']} pivots)" if row.get("pivots") else ""
            if "prepare_seconds" in row:
                extra += f" (numba compile or cache load before: {row['prepare_seconds']:.2f} s)"
            print(f"{n:>8} {links:>7} {label:<11} {row['seconds']:>9.2f} {row['cpu_seconds']:>8.2f} "
                  f"{row['maxrss_mb']:>8.0f} "
                  f"{row['load']:>5.1f}  {ratio}{extra}")
        if n > args.nx_all_max and measured_all is not None:
            n0, links0, seconds0 = measured_all
            estimate = seconds0 * (n * links) / (n0 * links0)
            print(f"{n:>8} {links:>7} {'nx all':<11} {estimate:>9.0f} {'':>8} {'':>8} {'':>5}  "
                  f"{estimate / ours_all['seconds']:.0f}x est. (skipped: exact betweenness and closeness in pure "
                  f"Python, O(n·m), scaled from {n0})")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
