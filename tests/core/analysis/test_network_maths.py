"""Network maths: graphs with known answers read from real ecosystem GeoPackages, and every metric against
networkx on random graphs (directed, undirected and mixed relation types), with each engine of shortest paths
(the compiled search when numba is installed, python-igraph without it)."""

from __future__ import annotations

import math
import time
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from brussels_creative.core.analysis import network
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.relations import read_relationships


@pytest.fixture(autouse=True, params=network.ENGINES)
def engine(request, monkeypatch) -> str:
    """Each test once with each engine of shortest paths (the default one is what the algorithms use)."""
    monkeypatch.setattr(network, "default_engine", lambda: request.param)
    return request.param


def _ecosystem(path: Path, n: int, links: list[tuple[int, int, str]], **relation_values) -> list[str]:
    """An ecosystem GeoPackage with n entities on a line and the relationships (index, index, type)."""
    with EcosystemStore.create(path) as store, store.transaction():
        uuids = [store.add_entity(148_000.0 + 100 * i, 170_000.0, name=f"e{i}", entity_type="company")
                 for i in range(n)]
        for a, b, kind in links:
            store.add_relationship(uuids[a], uuids[b], kind, **relation_values)
    return uuids


def _graph_from_file(path: Path, uuids: list[str], types: tuple[str, ...] = ()) -> network.Graph:
    """The graph of a file's relationships, as network_metrics builds it."""
    relations = read_relationships(path, types)
    position = {u: i for i, u in enumerate(uuids)}
    return network.build_graph(
        len(uuids),
        [position[u] for u in relations.from_uuids],
        [position[u] for u in relations.to_uuids],
        [relations.directed[t] for t in relations.types],
    )


def test_star_centre_has_betweenness_one(tmp_path):
    """A star of collaborations: the centre lies on every path (betweenness 1, closeness 1), the leaves on none."""
    path = tmp_path / "star.gpkg"
    uuids = _ecosystem(path, 6, [(0, i, "collaborates_with") for i in range(1, 6)])
    graph = _graph_from_file(path, uuids)
    assert not graph.directed
    metrics = network.node_metrics(graph)
    assert metrics.betweenness.tolist() == [1.0, 0, 0, 0, 0, 0]
    assert metrics.closeness[0] == 1.0
    assert metrics.closeness[1] == pytest.approx(5 / 9)  # 5 / (1 + 2·4)
    assert metrics.degree.tolist() == [5, 1, 1, 1, 1, 1]
    assert metrics.k_core.tolist() == [1] * 6
    assert metrics.clustering.tolist() == [0.0] * 6
    summary = network.summary(graph, metrics)
    assert (summary.nodes, summary.links, summary.diameter, summary.components) == (6, 5, 2, 1)
    assert summary.density == pytest.approx(5 / 15)
    assert summary.assortativity == pytest.approx(-1.0)
    assert summary.linking == pytest.approx(1 / 6)


def test_path_betweenness_and_closeness(tmp_path):
    """A path of five: betweenness 0, 1/2, 2/3, 1/2, 0 (normalised pairs through each), diameter 4."""
    path = tmp_path / "path.gpkg"
    uuids = _ecosystem(path, 5, [(i, i + 1, "collaborates_with") for i in range(4)])
    metrics = network.node_metrics(_graph_from_file(path, uuids))
    assert metrics.betweenness == pytest.approx([0, 0.5, 2 / 3, 0.5, 0])
    assert metrics.closeness == pytest.approx([4 / 10, 4 / 7, 4 / 6, 4 / 7, 4 / 10])
    summary = network.summary(_graph_from_file(path, uuids), metrics)
    assert summary.diameter == 4
    assert summary.mean_path_length == pytest.approx(20 / 10)


def test_two_cliques_and_a_bridge(tmp_path):
    """Two cliques of five joined by one bridge: two communities of five, the bridge's ends the most between."""
    path = tmp_path / "cliques.gpkg"
    links = [(a, b, "collaborates_with") for group in (range(5), range(5, 10)) for a in group for b in group
             if a < b]
    uuids = _ecosystem(path, 10, [*links, (4, 5, "collaborates_with")])
    metrics = network.node_metrics(_graph_from_file(path, uuids))
    assert metrics.community.tolist() == [1] * 5 + [2] * 5
    assert metrics.community_size.tolist() == [5] * 10
    top_two = set(np.argsort(-metrics.betweenness)[:2].tolist())
    assert top_two == {4, 5}
    # each end of the bridge is on the paths from its 4 clique mates to the 5 entities across: 20 of 36 pairs
    assert metrics.betweenness == pytest.approx([0] * 4 + [20 / 36] * 2 + [0] * 4)
    assert metrics.k_core.tolist() == [4] * 10
    assert metrics.modularity == pytest.approx(
        nx.community.modularity(nx.barbell_graph(5, 0), [set(range(5)), set(range(5, 10))]))


def test_directed_and_undirected_types_differ(tmp_path):
    """The same chain recorded as directed 'member_of' links and as undirected 'collaborates_with' links.

    Directed a→b→c: only the middle entity is between a and c (a pair in one direction of the 3·2 ordered pairs:
    1/2 normalised with networkx's directed scale); in-degree and out-degree split; closeness counts incoming
    distances, so the source of the chain, reached by nobody, has closeness 0. Undirected: betweenness 1 for the
    middle, every closeness positive, in = out = degree."""
    path = tmp_path / "chain.gpkg"
    uuids = _ecosystem(path, 3, [(0, 1, "member_of"), (1, 2, "member_of"),
                                 (0, 1, "collaborates_with"), (1, 2, "collaborates_with")])
    directed = _graph_from_file(path, uuids, ("member_of",))
    undirected = _graph_from_file(path, uuids, ("collaborates_with",))
    assert directed.directed and not undirected.directed
    d = network.node_metrics(directed)
    u = network.node_metrics(undirected)
    assert d.betweenness.tolist() == [0.0, 0.5, 0.0]
    assert u.betweenness.tolist() == [0.0, 1.0, 0.0]
    assert d.degree_in.tolist() == [0, 1, 1] and d.degree_out.tolist() == [1, 1, 0]
    assert u.degree_in.tolist() == u.degree_out.tolist() == u.degree.tolist() == [1, 2, 1]
    assert d.closeness == pytest.approx([0.0, 0.5, (2 / 2) * (2 / 3)])
    assert u.closeness == pytest.approx([2 / 3, 1.0, 2 / 3])
    # all together: the network is directed, each collaboration counted both ways (a link both ways each)
    both = _graph_from_file(path, uuids)
    assert both.directed and both.links == 4
    assert both.weight.tolist() == [2.0, 1.0, 2.0, 1.0]  # 0→1 member + collaboration, 1→0 collaboration, …
    assert network.summary(both, network.node_metrics(both)).reciprocity == 1.0


def test_ended_relationships_are_left_out_on_request(tmp_path):
    """With a date, a relationship that ended before it is not read; without, it is."""
    path = tmp_path / "ended.gpkg"
    with EcosystemStore.create(path) as store, store.transaction():
        a = store.add_entity(148_000.0, 170_000.0, name="a", entity_type="company")
        b = store.add_entity(148_100.0, 170_000.0, name="b", entity_type="company")
        c = store.add_entity(148_200.0, 170_000.0, name="c", entity_type="company")
        store.add_relationship(a, b, "collaborates_with", since="2020-01-01", until="2021-06-30")
        store.add_relationship(b, c, "collaborates_with", since="2020-01-01")
    assert len(read_relationships(path, on_date="2024-01-01").types) == 1
    assert len(read_relationships(path).types) == 2


def _random_graph(rng, n: int, m: int, directed_share: float) -> network.Graph:
    source, target = rng.integers(0, n, m), rng.integers(0, n, m)
    return network.build_graph(n, source, target, rng.random(m) < directed_share)


def _networkx(graph: network.Graph) -> tuple[nx.Graph, nx.Graph]:
    """The graph and its undirected view (weights of reciprocal arcs summed) in networkx."""
    g = (nx.DiGraph if graph.directed else nx.Graph)()
    g.add_nodes_from(range(graph.n))
    u = nx.Graph()
    u.add_nodes_from(range(graph.n))
    for a, b, w in zip(graph.source.tolist(), graph.target.tolist(), graph.weight.tolist(), strict=True):
        g.add_edge(a, b, weight=w)
        u.add_edge(a, b, weight=u[a][b]["weight"] + w if u.has_edge(a, b) else w)
    return g, u


@pytest.mark.parametrize("directed_share", [0.0, 0.5, 1.0])
@pytest.mark.parametrize("seed", [1, 2])
def test_every_metric_equals_networkx(directed_share, seed):
    """Random graphs with isolated entities, several components, multi-links: every metric is networkx's."""
    rng = np.random.default_rng(seed)
    graph = _random_graph(rng, 80, 150, directed_share)
    metrics = network.node_metrics(graph)
    g, u = _networkx(graph)

    def same(ours, reference: dict, tolerance: float = 1e-9) -> None:
        assert np.asarray(ours, dtype=float) == pytest.approx([reference[i] for i in range(graph.n)],
                                                               abs=tolerance)

    same(metrics.betweenness, nx.betweenness_centrality(g))
    same(metrics.closeness, nx.closeness_centrality(g))
    same(metrics.pagerank, nx.pagerank(g, tol=1e-12, max_iter=10_000), 1e-9)
    same(metrics.k_core, nx.core_number(g))
    same(metrics.clustering, nx.clustering(u))
    same(metrics.degree, dict(g.degree()))
    same(metrics.weighted_degree, dict(g.degree(weight="weight")))
    if graph.directed:
        same(metrics.degree_in, dict(g.in_degree()))
        same(metrics.degree_out, dict(g.out_degree()))
    # eigenvector centrality is defined on a connected graph: compare on the largest component, alone
    giant = max(nx.connected_components(u), key=len)
    alone = network.build_graph(graph.n, graph.source, graph.target, graph.directed)
    keep = np.isin(alone.source, list(giant)) & np.isin(alone.target, list(giant))
    order = sorted(giant)
    index = {v: i for i, v in enumerate(order)}
    sub = network.build_graph(len(order), [index[v] for v in alone.source[keep].tolist()],
                              [index[v] for v in alone.target[keep].tolist()], graph.directed)
    reference = nx.eigenvector_centrality(u.subgraph(order), max_iter=10_000, tol=1e-12)
    assert network.node_metrics(sub).eigenvector == pytest.approx([reference[v] for v in order], abs=1e-7)
    # communities: a partition of every node, its modularity as networkx computes it, the same on a rerun
    parts = [set(np.flatnonzero(metrics.community == c).tolist()) for c in range(1, metrics.community.max() + 1)]
    assert sum(len(p) for p in parts) == graph.n
    assert metrics.modularity == pytest.approx(nx.community.modularity(u, parts, weight="weight"), abs=1e-12)
    assert np.array_equal(network.node_metrics(graph).community, metrics.community)
    assert metrics.community_size.tolist() == [len(parts[c - 1]) for c in metrics.community.tolist()]
    # the summary figures
    summary = network.summary(graph, metrics)
    assert summary.density == pytest.approx(nx.density(g))
    assert summary.assortativity == pytest.approx(nx.degree_assortativity_coefficient(g), abs=1e-9)
    assert summary.components == nx.number_connected_components(u)
    lcc = u.subgraph(giant)
    assert summary.largest_component_share == len(giant) / graph.n
    assert summary.diameter == nx.diameter(lcc)
    assert summary.mean_path_length == pytest.approx(nx.average_shortest_path_length(lcc))
    if graph.directed:
        assert summary.reciprocity == pytest.approx(nx.reciprocity(g))
    assert summary.engagement == graph.links / graph.n
    assert summary.linking == pytest.approx(metrics.betweenness.mean())


def test_sampled_betweenness_is_networkx_estimator_and_seeded():
    """With k pivots the estimate is the exact sum over those sources scaled by n/k (networkx's k estimator), the
    same for the same seed, and correlated with the exact values."""
    rng = np.random.default_rng(5)
    graph = _random_graph(rng, 300, 1200, 0.0)
    exact = network.node_metrics(graph, with_closeness=False).betweenness
    sampled = network.node_metrics(graph, pivots=100, seed=3, with_closeness=False)
    again = network.node_metrics(graph, pivots=100, seed=3, with_closeness=False)
    assert sampled.pivots == 100
    assert np.array_equal(sampled.betweenness, again.betweenness)
    g, _ = _networkx(graph)
    sources = sorted(np.random.default_rng(3).choice(300, size=100, replace=False).tolist())
    partial = nx.betweenness_centrality_subset(g, sources, list(range(300)), normalized=False)
    expected = np.array([partial[i] for i in range(300)]) * 2 * (300 / 100) / (299 * 298)
    assert sampled.betweenness == pytest.approx(expected, abs=1e-12)
    assert np.corrcoef(sampled.betweenness, exact)[0, 1] > 0.9  # 0.92 with this seed


def test_pivots_chosen_above_the_budget():
    """Exact up to the budget (the 10 000 / 50 000 goal fits), pivots above it."""
    small = network.Graph(10_000, np.zeros(50_000, dtype=np.int64), np.zeros(50_000, dtype=np.int64),
                          np.ones(50_000), False)
    assert network.default_pivots(small) is None
    large = network.Graph(50_000, np.zeros(250_000, dtype=np.int64), np.zeros(250_000, dtype=np.int64),
                          np.ones(250_000), False)
    assert network.default_pivots(large) == int(network.EXACT_BUDGET / 550_000)


def test_cancel_stops_within_a_second():
    """A cancel during betweenness raises Cancelled well within a second of being asked."""
    rng = np.random.default_rng(9)
    graph = _random_graph(rng, 6000, 30_000, 0.0)
    start = time.perf_counter()
    asked: list[float] = []

    def cancel() -> bool:
        if time.perf_counter() - start > 0.5:
            asked.append(time.perf_counter())
            return True
        return False

    with pytest.raises(network.Cancelled):
        network.node_metrics(graph, cancel=cancel)
    assert time.perf_counter() - asked[0] < 1.0


def test_empty_and_tiny_graphs():
    """No links: every centrality 0, each entity its own community; nan where a figure is undefined."""
    graph = network.build_graph(3, [], [], [])
    metrics = network.node_metrics(graph)
    assert metrics.betweenness.tolist() == [0.0] * 3 and metrics.closeness.tolist() == [0.0] * 3
    assert metrics.community.tolist() == [1, 2, 3] and metrics.eigenvector.tolist() == [0.0] * 3
    summary = network.summary(graph, metrics)
    assert summary.links == 0 and summary.components == 3 and math.isnan(summary.assortativity)


@pytest.mark.parametrize("directed_share", [0.0, 1.0])
def test_sampled_closeness_is_exact_with_every_node_a_pivot_and_close_with_some(directed_share):
    """Closeness from pivots equals networkx's with all nodes as pivots, and estimates it with a third of them."""
    rng = np.random.default_rng(4)
    graph = _random_graph(rng, 300, 900, directed_share)
    g, _ = _networkx(graph)
    reference = nx.closeness_centrality(g)
    exact = np.array([reference[i] for i in range(graph.n)])
    runner = network._Runner(None, None)
    ig = network._igraph(graph)
    every = network.sampled_closeness(ig, graph, list(range(graph.n)), runner)
    assert every == pytest.approx(exact, abs=1e-12)
    third = network.node_metrics(graph, pivots=100, seed=2).closeness
    assert np.abs(third - exact).max() < 0.1 * exact.max()
    assert np.corrcoef(third, exact)[0, 1] > 0.9


def test_summary_paths_from_pivots_estimate_the_exact_figures():
    """With sampled metrics the path figures come from the pivots: the diameter a lower bound, the mean path length
    near networkx's; exact metrics give networkx's figures."""
    rng = np.random.default_rng(8)
    graph = _random_graph(rng, 400, 800, 0.0)
    _, u = _networkx(graph)
    giant = u.subgraph(max(nx.connected_components(u), key=len))
    exact_diameter, exact_mean = nx.diameter(giant), nx.average_shortest_path_length(giant)
    exact = network.summary(graph, network.node_metrics(graph, with_closeness=False))
    assert (exact.diameter, exact.mean_path_length) == (exact_diameter, pytest.approx(exact_mean))
    sampled = network.summary(graph, network.node_metrics(graph, pivots=100, with_closeness=False), seed=1)
    assert exact_diameter - 2 <= sampled.diameter <= exact_diameter
    assert sampled.mean_path_length == pytest.approx(exact_mean, rel=0.05)
    assert sampled.pivots == 100
