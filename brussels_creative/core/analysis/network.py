"""Relationship network maths: per-entity centralities, communities and the network's summary figures.

Two engines. Shortest paths (betweenness, closeness, the summary's diameter and mean path length) are searched by
`shortest_paths` when numba is installed: one compiled search per source gives betweenness and closeness together
and releases the GIL, so two threads use both cores (4.5 s for every source at 10 000 entities / 50 000 links).
Without numba, python-igraph (C core) does them: its Brandes betweenness is about three times faster per source
than networkit's here (rustworkx's parallel one is slower still on two cores), but python-igraph 1.0 holds the GIL
during each call, so the two threads running its chunks do not use both cores (measured: two threads 3.16 s, one
3.23 s for 2 000 sources), and closeness is a second pass (18 s + 8 s at the same size). Either way the sources
are split in chunks so that a cancel stops the work between chunks. python-igraph computes everything else.
Every metric is defined as networkx defines it (the tests compare them on random graphs):

- links: relationships between the same two entities are one link whose weight is their number; self-links are
  dropped. A graph is directed when any of its relationships is of a directed type; an undirected relationship
  then counts as two arcs, one each way.
- betweenness: normalised Brandes betweenness, hop counts (weights are strengths, not lengths); 1 for the centre
  of a star. Above `EXACT_BUDGET` it is estimated from k seeded pivot sources, scaled by n/k (as networkx's k).
- closeness: Wasserman–Faust closeness, (r-1)/(n-1) · (r-1)/Σd over the r entities that reach the entity
  (incoming distances in a directed graph), 0 for an isolated entity.
- PageRank (damping 0.85, weighted, dangling entities spread evenly), weighted degree (sum of link weights).
- on the undirected view (directions dropped, reciprocal arcs one edge): eigenvector centrality (unit length,
  unweighted), clustering coefficient (unweighted), communities (Louvain, weighted, seeded); k-core number counts
  in- plus out-degree in a directed graph.
"""

from __future__ import annotations

import math
import random
import threading
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from . import shortest_paths

# Exact betweenness costs one breadth-first search per source, each ~(nodes + arcs): above this many
# node × (nodes + arcs) steps (the goal size, 10 000 entities / 50 000 undirected links, is 1.1e9) it is
# sampled by default.
EXACT_BUDGET = 1.2e9
# Work handed to a thread at a time: ~0.2 s here with python-igraph (~0.1 s compiled), so a cancel is seen within a
# second.
CHUNK_STEPS = 4.0e6
ENGINES = ("numba", "igraph")
THREADS = 2


class Cancelled(Exception):  # noqa: N818 (the cancel is not an error)
    """The caller's cancel callback returned True while the network was measured."""


@dataclass
class Graph:
    """A simple graph on nodes 0..n-1: unique arcs (or edges, source < target, when undirected) with weights."""

    n: int
    source: np.ndarray
    target: np.ndarray
    weight: np.ndarray
    directed: bool

    @property
    def links(self) -> int:
        """Number of links (arcs of a directed graph, edges of an undirected one)."""
        return int(self.source.size)


@dataclass
class NodeMetrics:
    """Per-node metrics (arrays of length n) and how betweenness was computed."""

    degree_in: np.ndarray
    degree_out: np.ndarray
    degree: np.ndarray
    weighted_degree: np.ndarray
    betweenness: np.ndarray
    closeness: np.ndarray | None
    pagerank: np.ndarray
    eigenvector: np.ndarray
    k_core: np.ndarray
    clustering: np.ndarray
    community: np.ndarray  # 1 = the largest community
    community_size: np.ndarray
    pivots: int | None = None  # None: exact betweenness; else the number of sampled sources
    modularity: float = math.nan


@dataclass
class Summary:
    """The network's figures (nan where undefined, e.g. assortativity of a star's degree-regular parts)."""

    nodes: int
    links: int
    directed: bool
    density: float
    reciprocity: float
    mean_degree: float
    components: int
    largest_component_share: float
    diameter: int
    mean_path_length: float
    communities: int
    modularity: float
    assortativity: float
    engagement: float
    vitality: float
    linking: float
    embeddedness: float
    pivots: int | None = None


def build_graph(n: int, source, target, directed, weight=None) -> Graph:
    """Merge relationships (node indices, a directed flag each, optional weights) into a simple graph."""
    source = np.asarray(source, dtype=np.int64)
    target = np.asarray(target, dtype=np.int64)
    flags = np.broadcast_to(np.asarray(directed, dtype=bool), source.shape)
    weight = np.ones(source.size) if weight is None else np.asarray(weight, dtype=float)
    if source.size and (min(source.min(), target.min()) < 0 or max(source.max(), target.max()) >= n):
        raise ValueError("a relationship names a node outside 0..n-1")
    keep = source != target
    source, target, flags, weight = source[keep], target[keep], flags[keep], weight[keep]
    is_directed = bool(flags.any())
    if is_directed:
        both = ~flags
        source, target, weight = (
            np.concatenate([source, target[both]]),
            np.concatenate([target, source[both]]),
            np.concatenate([weight, weight[both]]),
        )
    else:
        source, target = np.minimum(source, target), np.maximum(source, target)
    key = source * n + target
    unique, inverse = np.unique(key, return_inverse=True)
    summed = np.bincount(inverse, weights=weight, minlength=unique.size) if unique.size else np.zeros(0)
    return Graph(n, unique // n, unique % n, summed, is_directed)


def _igraph(graph: Graph):
    import igraph

    g = igraph.Graph(n=graph.n, edges=np.column_stack([graph.source, graph.target]).tolist(),
                     directed=graph.directed)
    g.es["weight"] = graph.weight.tolist()
    return g


def _undirected_view(g):
    """The graph without directions, reciprocal arcs merged into one edge (weights summed)."""
    if not g.is_directed():
        return g
    u = g.copy()
    u.to_undirected(mode="collapse", combine_edges={"weight": "sum"})
    return u


def exact_cost(graph: Graph) -> float:
    """Steps of exact betweenness: one search (nodes + arcs) from each node."""
    arcs = graph.links * (1 if graph.directed else 2)
    return float(graph.n) * (graph.n + arcs)


def default_pivots(graph: Graph) -> int | None:
    """None when exact betweenness fits EXACT_BUDGET, else the number of pivots that does."""
    if exact_cost(graph) <= EXACT_BUDGET:
        return None
    arcs = graph.links * (1 if graph.directed else 2)
    return max(1, min(graph.n, int(EXACT_BUDGET / (graph.n + arcs))))


def _chunks(items: list[int], steps_each: float) -> list[list[int]]:
    size = max(1, int(CHUNK_STEPS / max(steps_each, 1.0)))
    return [items[i:i + size] for i in range(0, len(items), size)]


class _Runner:
    """Runs chunks of igraph work on two threads; checks cancel between chunks and reports progress."""

    def __init__(self, cancel: Callable[[], bool] | None, progress: Callable[[float], None] | None) -> None:
        self.cancel = cancel or (lambda: False)
        self.progress = progress or (lambda _: None)
        self.stop = threading.Event()

    def run(self, jobs: list[Callable[[], object]], span: tuple[float, float],
            fold: Callable[[object], None] | None = None) -> list:
        """Run the jobs (each a chunk), two at a time, in order of the result list; raise Cancelled on cancel.

        With `fold`, each result is handed to it as soon as the results before it are, then dropped (the list
        returned holds None): memory stays that of a few chunks, not of all (500 MB at 50 000 entities)."""
        results: list = [None] * len(jobs)
        if not jobs:
            return results

        def work(i: int) -> None:
            if not self.stop.is_set():
                results[i] = jobs[i]()

        pool = ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="brussels_creative_network")
        futures = [pool.submit(work, i) for i in range(len(jobs))]
        done = 0
        try:
            for future in futures:
                while True:
                    try:
                        future.result(timeout=0.1)
                        break
                    except TimeoutError:
                        if self.cancel():
                            raise Cancelled() from None
                if fold is not None:
                    fold(results[done])
                    results[done] = None
                done += 1
                self.progress(span[0] + (span[1] - span[0]) * done / len(jobs))
                if self.cancel():
                    raise Cancelled()
        except BaseException:
            # return at once: the chunks running finish on their own (their results are dropped), none starts
            self.stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return results


def pivot_sources(n: int, pivots: int, seed: int) -> list[int]:
    """The seeded sample of pivot nodes (sorted) used by sampled betweenness and closeness."""
    return sorted(np.random.default_rng(seed).choice(n, size=pivots, replace=False).tolist())


def default_engine() -> str:
    """The engine of shortest paths: "numba" when it is installed, else "igraph"."""
    return "numba" if shortest_paths.available() else "igraph"


def _sources(n: int, pivots: int | None, seed: int) -> tuple[list[int], float]:
    """Every node (scale 1) or the seeded pivots (scale n/pivots)."""
    if pivots is None or pivots >= n:
        return list(range(n)), 1.0
    return pivot_sources(n, pivots, seed), n / pivots


def _steps(graph: Graph) -> float:
    return graph.n + graph.links * (1 if graph.directed else 2)


def searched(offsets: np.ndarray, heads: np.ndarray, sources: list[int], runner: _Runner,
             span: tuple[float, float] = (0.0, 1.0)) -> shortest_paths.PathSums:
    """The compiled searches from every source, in chunks on two threads (see shortest_paths), added up."""
    n = offsets.size - 1
    shortest_paths.prepare()
    sums = shortest_paths.PathSums(np.zeros(n), np.zeros(n), np.zeros(n, dtype=np.int64), np.zeros(0, np.int64),
                                   np.zeros(0))
    per_source: list[tuple[np.ndarray, np.ndarray]] = []

    def add(part: shortest_paths.PathSums) -> None:
        sums.dependency += part.dependency
        sums.distance_sum += part.distance_sum
        sums.reached += part.reached
        per_source.append((part.eccentricity, part.distance_from))

    jobs = [lambda chunk=chunk: shortest_paths.search(offsets, heads, chunk)
            for chunk in _chunks(sources, n + heads.size)]
    runner.run(jobs, span, fold=add)
    if per_source:
        sums.eccentricity = np.concatenate([eccentricity for eccentricity, _ in per_source])
        sums.distance_from = np.concatenate([distances for _, distances in per_source])
    return sums


def betweenness(g, graph: Graph, pivots: int | None, seed: int, runner: _Runner,
                span: tuple[float, float] = (0.0, 1.0)) -> np.ndarray:
    """Normalised betweenness by python-igraph, exact (pivots None) or estimated from `pivots` seeded sources scaled
    by n/pivots."""
    n = graph.n
    if n < 3:
        return np.zeros(n)
    sources, scale = _sources(n, pivots, seed)
    jobs = [lambda chunk=chunk: g.betweenness(sources=chunk) for chunk in _chunks(sources, _steps(graph))]
    total = np.zeros(n)

    def add(part) -> None:
        total[:] += np.asarray(part, dtype=float)

    runner.run(jobs, span, fold=add)
    # igraph counts each unordered pair once for undirected graphs, each ordered pair for directed ones
    norm = (1.0 if graph.directed else 2.0) / ((n - 1) * (n - 2))
    return total * scale * norm


def compiled_paths(graph: Graph, pivots: int | None, seed: int, runner: _Runner,
                   span: tuple[float, float] = (0.0, 1.0)) -> tuple[np.ndarray, np.ndarray]:
    """Normalised betweenness and closeness from one compiled search per source (every node, or seeded pivots:
    betweenness scaled by n/pivots, closeness estimated as `closeness_from_sums` says)."""
    n = graph.n
    sources, scale = _sources(n, pivots, seed)
    offsets, heads = shortest_paths.arcs(n, graph.source, graph.target, both_ways=not graph.directed)
    sums = searched(offsets, heads, sources, runner, span)
    # the search counts ordered pairs, an undirected pair from both ends: networkx's scale for both kinds
    between = sums.dependency * scale / ((n - 1) * (n - 2)) if n >= 3 else np.zeros(n)
    return between, closeness_from_sums(graph, sums.distance_sum, sums.reached, sources)


def normalised_betweenness(graph: Graph, pivots: int | None = None, seed: int = 1,
                           cancel: Callable[[], bool] | None = None, engine: str | None = None) -> np.ndarray:
    """Normalised betweenness alone (exact, or from seeded pivots), for figures that need nothing else."""
    runner = _Runner(cancel, None)
    if (engine or default_engine()) == "numba":
        return compiled_paths(graph, pivots, seed, runner)[0]
    return betweenness(_igraph(graph), graph, pivots, seed, runner)


def closeness(g, graph: Graph, runner: _Runner, span: tuple[float, float] = (0.0, 1.0)) -> np.ndarray:
    """Wasserman–Faust closeness on incoming distances (networkx's closeness_centrality), by python-igraph."""
    n = graph.n
    if n < 2:
        return np.zeros(n)
    mode = "in" if graph.directed else "all"
    chunks = _chunks(list(range(n)), _steps(graph))
    jobs: list[Callable[[], object]] = [lambda c=c: g.closeness(vertices=c, mode=mode, normalized=True)
                                        for c in chunks]
    if graph.directed:
        jobs += [lambda c=c: g.neighborhood_size(vertices=c, order=n, mode="in") for c in chunks]
    results = runner.run(jobs, span)
    close = np.concatenate([np.asarray(r, dtype=float) for r in results[:len(chunks)]])
    if graph.directed:
        reach = np.concatenate([np.asarray(r, dtype=float) for r in results[len(chunks):]])
    else:
        reach = np.asarray(g.connected_components().sizes(), dtype=float)[g.connected_components().membership]
    close = np.nan_to_num(close, nan=0.0)
    return close * (reach - 1) / (n - 1)


def sampled_closeness(g, graph: Graph, sources: list[int], runner: _Runner,
                      span: tuple[float, float] = (0.0, 1.0)) -> np.ndarray:
    """Closeness estimated from the distances of pivot sources to every node, by python-igraph (see
    `closeness_from_sums`)."""
    n = graph.n
    if n < 2:
        return np.zeros(n)

    def job(chunk: list[int]) -> tuple[np.ndarray, np.ndarray]:
        d = np.asarray(g.distances(source=chunk, mode="out"), dtype=float)
        finite = np.isfinite(d) & (d > 0)
        return np.where(finite, d, 0.0).sum(axis=0), finite.sum(axis=0)

    total, reached = np.zeros(n), np.zeros(n)

    def add(part) -> None:
        total[:] += part[0]
        reached[:] += part[1]

    runner.run([lambda c=c: job(c) for c in _chunks(sources, _steps(graph))], span, fold=add)
    return closeness_from_sums(graph, total, reached, sources)


def closeness_from_sums(graph: Graph, total: np.ndarray, reached: np.ndarray, sources: list[int]) -> np.ndarray:
    """Wasserman–Faust closeness from the distances of some sources to every node (Eppstein–Wang estimate).

    For node v, the sources s ≠ v that reach it give R (their number, `reached`) and S (the sum of d(s, v),
    `total`); the mean distance S/R stands for the mean over all entities that reach v. Undirected: closeness =
    R/S · (r-1)/(n-1) with r the exact size of v's component; directed: the share reached, (r-1)/(n-1), is
    estimated by R/k_v (k_v sources other than v). With every node a source both are the exact values."""
    n = graph.n
    if n < 2:
        return np.zeros(n)
    reached = np.asarray(reached, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_inverse = np.where(total > 0, reached / total, 0.0)
    if graph.directed:
        others = len(sources) - np.isin(np.arange(n), sources)
        share = np.where(others > 0, reached / np.maximum(others, 1), 0.0)
    else:
        share = (_component_sizes(graph) - 1) / (n - 1)
    return mean_inverse * share


def _component_sizes(graph: Graph) -> np.ndarray:
    """The size of each node's connected component, directions dropped."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    matrix = coo_matrix((np.ones(graph.links), (graph.source, graph.target)), shape=(graph.n, graph.n))
    _, labels = connected_components(matrix, directed=False)
    return np.bincount(labels)[labels].astype(float)


def communities(u, seed: int) -> tuple[np.ndarray, float]:
    """Louvain communities of the undirected view, seeded; numbered 1.. by size (largest first, ties by first node).

    Returns the community of each node and the partition's modularity."""
    import igraph

    n = u.vcount()
    if n == 0:
        return np.zeros(0, dtype=np.int64), math.nan
    if u.ecount() == 0:
        membership = np.arange(n)
    else:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            membership = np.asarray(u.community_multilevel(weights="weight").membership)
        finally:
            igraph.set_random_number_generator(random)
    sizes = np.bincount(membership)
    first = np.full(sizes.size, n)
    np.minimum.at(first, membership, np.arange(n))
    order = np.lexsort((first, -sizes))
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    community = rank[membership] + 1
    modularity = u.modularity(community - 1, weights="weight") if u.ecount() else math.nan
    return community, float(modularity)


def node_metrics(graph: Graph, pivots: int | None = None, seed: int = 1, with_closeness: bool = True,
                 cancel: Callable[[], bool] | None = None,
                 progress: Callable[[float], None] | None = None, engine: str | None = None) -> NodeMetrics:
    """Every per-node metric (see the module's docstring); pivots None means exact betweenness.

    progress gets fractions 0..1; cancel is polled at least every ~0.2 s and raises Cancelled. engine: "numba" or
    "igraph" for the shortest paths (None: `default_engine()`)."""
    runner = _Runner(cancel, progress)
    g = _igraph(graph)
    u = _undirected_view(g)
    n = graph.n
    if graph.directed:
        degree_in = np.asarray(g.indegree(), dtype=np.int64)
        degree_out = np.asarray(g.outdegree(), dtype=np.int64)
        degree = degree_in + degree_out
    else:
        degree = np.asarray(g.degree(), dtype=np.int64)
        degree_in = degree_out = degree
    weighted = np.asarray(g.strength(weights="weight", mode="all"), dtype=float)
    if (engine or default_engine()) == "numba":
        between, close = compiled_paths(graph, pivots, seed, runner, (0.0, 0.9))
        close = close if with_closeness else None
    elif not with_closeness:
        between, close = betweenness(g, graph, pivots, seed, runner, (0.0, 0.9)), None
    else:
        between = betweenness(g, graph, pivots, seed, runner, (0.0, 0.6))
        if pivots is None or pivots >= n:
            close = closeness(g, graph, runner, (0.6, 0.9))
        else:
            close = sampled_closeness(g, graph, pivot_sources(n, pivots, seed), runner, (0.6, 0.9))
    if runner.cancel():
        raise Cancelled()
    pagerank = _pagerank(g, graph.directed)
    eigen = _eigenvector(u)
    k_core = np.asarray(g.coreness(mode="all"), dtype=np.int64)
    clustering = np.nan_to_num(np.asarray(u.transitivity_local_undirected(mode="zero"), dtype=float))
    community, modularity = communities(u, seed)
    community_size = np.bincount(community)[community] if n else np.zeros(0, dtype=np.int64)
    runner.progress(1.0)
    return NodeMetrics(degree_in, degree_out, degree, weighted, between, close, pagerank, eigen, k_core,
                       clustering, community, community_size,
                       None if pivots is None or pivots >= n else pivots, modularity)


def _pagerank(g, directed: bool) -> np.ndarray:
    """Weighted PageRank by ARPACK: igraph's default solver, PRPACK, runs OpenMP threads that spin-wait for cores
    and took 0.6–3.4 s instead of 2 ms for 1 000 entities on this shared machine."""
    if g.vcount() == 0:
        return np.zeros(0)
    return np.asarray(g.pagerank(weights="weight", directed=directed, implementation="arpack"), dtype=float)


def _eigenvector(u) -> np.ndarray:
    """Unit-length eigenvector centrality of the undirected view (0 on a graph without links)."""
    n = u.vcount()
    if n == 0 or u.ecount() == 0:
        return np.zeros(n)
    with warnings.catch_warnings():
        # igraph warns on graphs of several components: their vector lives on the dominant one, as networkx's
        warnings.simplefilter("ignore", RuntimeWarning)
        values = np.asarray(u.eigenvector_centrality(), dtype=float)
    norm = np.linalg.norm(values)
    return values / norm if norm > 0 else values


def summary(graph: Graph, metrics: NodeMetrics, cancel: Callable[[], bool] | None = None, seed: int = 1,
            progress: Callable[[float], None] | None = None, engine: str | None = None) -> Summary:
    """The network's figures, from the graph and its node metrics (betweenness and communities reused).

    Diameter and mean path length of the largest component come from a search from each of its nodes, in
    cancellable chunks on two threads; when the metrics were sampled (metrics.pivots), from that many seeded pivots
    of the component only: the mean path length is then an estimate and the diameter the longest distance from a
    pivot (a lower bound). engine as for `node_metrics`."""
    g = _igraph(graph)
    u = _undirected_view(g)
    n, links = graph.n, graph.links
    pairs = n * (n - 1) if graph.directed else n * (n - 1) / 2
    density = links / pairs if pairs else math.nan
    if graph.directed:
        reciprocity = g.reciprocity(ignore_loops=True, mode="default") if links else math.nan
    else:
        reciprocity = 1.0 if links else math.nan
    components = u.connected_components()
    sizes = components.sizes()
    largest = max(sizes) if sizes else 0
    runner = _Runner(cancel, progress)
    diameter, mean_path = 0, math.nan
    if largest >= 2:
        members = np.flatnonzero(np.asarray(components.membership) == sizes.index(largest))
        if metrics.pivots is None or metrics.pivots >= largest:
            sources = list(range(largest))
        else:
            sources = pivot_sources(largest, metrics.pivots, seed)
        eccentricity, distance_sums = _giant_paths(graph, u, members, sources, runner, engine)
        diameter = int(eccentricity.max())
        mean_path = float(np.mean(distance_sums) / (largest - 1))
    assortativity = g.assortativity_degree(directed=graph.directed) if links else math.nan
    communities_count = int(metrics.community.max()) if n else 0
    share = largest / n if n else math.nan
    return Summary(
        nodes=n,
        links=links,
        directed=graph.directed,
        density=density,
        reciprocity=float(reciprocity),
        mean_degree=float(metrics.degree.mean()) if n else math.nan,
        components=len(sizes),
        largest_component_share=share,
        diameter=int(diameter),
        mean_path_length=float(mean_path),
        communities=communities_count,
        modularity=metrics.modularity,
        assortativity=float(assortativity) if assortativity is not None else math.nan,
        engagement=links / n if n else math.nan,
        vitality=density,
        linking=float(metrics.betweenness.mean()) if n else math.nan,
        embeddedness=share,
        pivots=metrics.pivots,
    )


def _giant_paths(graph: Graph, u, members: np.ndarray, sources: list[int], runner: _Runner,
                 engine: str | None) -> tuple[np.ndarray, np.ndarray]:
    """Eccentricity and sum of distances of each source (indices into members) in the undirected view."""
    if (engine or default_engine()) == "numba":
        offsets, heads = shortest_paths.arcs(graph.n, graph.source, graph.target, both_ways=True)
        sums = searched(offsets, heads, members[sources].tolist(), runner)
        return sums.eccentricity.astype(float), sums.distance_from
    giant = u.induced_subgraph(members.tolist())
    chunks = _chunks(sources, 2.0 * (members.size + 2 * giant.ecount()))
    jobs = [lambda c=c: (giant.eccentricity(vertices=c), giant.closeness(vertices=c, normalized=False))
            for c in chunks]
    parts = runner.run(jobs, (0.0, 1.0))
    eccentricity = np.concatenate([np.asarray(e, dtype=float) for e, _ in parts])
    inverse_sums = np.concatenate([np.asarray(c, dtype=float) for _, c in parts])
    return eccentricity, 1.0 / inverse_sums


def reach(graph: Graph, hubs, hops: int) -> list[np.ndarray]:
    """For each hub (node index), the nodes reachable within `hops` links whatever their direction, hub excluded."""
    g = _igraph(graph)
    hubs = [int(h) for h in hubs]
    if not hubs:
        return []
    lists = g.neighborhood(vertices=hubs, order=hops, mode="all", mindist=1)
    return [np.asarray(sorted(nodes), dtype=np.int64) for nodes in lists]
