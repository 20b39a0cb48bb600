"""The compiled shortest-path search (numba): arcs, and what each source's search adds up, against networkx."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from brussels_creative.core.analysis import network, shortest_paths


def test_arcs_are_compressed_rows_both_ways_when_asked():
    """A path 0–1–2 plus a repeated link: out-arcs by node, sorted, duplicates merged."""
    offsets, heads = shortest_paths.arcs(4, [0, 1, 1], [1, 2, 2], both_ways=True)
    assert offsets.tolist() == [0, 1, 3, 4, 4]
    assert heads.tolist() == [1, 0, 2, 1]
    assert offsets.dtype == heads.dtype == np.int32
    offsets, heads = shortest_paths.arcs(4, [0, 1], [1, 2], both_ways=False)
    assert offsets.tolist() == [0, 1, 2, 2, 2] and heads.tolist() == [1, 2]


@pytest.mark.parametrize("directed", [False, True])
def test_each_search_gives_the_distances_networkx_gives(directed):
    """From each source: its eccentricity (longest distance reached), the sum of its distances; at each node the
    sum of the distances from the sources reaching it and their number; dependencies summing to networkx's
    betweenness (ordered pairs)."""
    rng = np.random.default_rng(11)
    n = 120
    graph = network.build_graph(n, rng.integers(0, n, 200), rng.integers(0, n, 200), directed)
    g = (nx.DiGraph if directed else nx.Graph)()
    g.add_nodes_from(range(n))
    g.add_edges_from(zip(graph.source.tolist(), graph.target.tolist(), strict=True))
    offsets, heads = shortest_paths.arcs(n, graph.source, graph.target, both_ways=not directed)
    sources = [3, 17, 60, 61, 119]
    sums = shortest_paths.search(offsets, heads, sources)
    into_sum, into_count = np.zeros(n), np.zeros(n)
    for i, s in enumerate(sources):
        lengths = nx.single_source_shortest_path_length(g, s)
        assert sums.eccentricity[i] == max(lengths.values())
        assert sums.distance_from[i] == sum(lengths.values())
        for v, d in lengths.items():
            if v != s:
                into_sum[v] += d
                into_count[v] += 1
    assert sums.distance_sum.tolist() == into_sum.tolist()
    assert sums.reached.tolist() == into_count.tolist()
    every = shortest_paths.search(offsets, heads, list(range(n)))
    reference = nx.betweenness_centrality(g, normalized=False)
    pairs = 1 if directed else 2  # networkx counts an undirected pair once, the search from both ends
    assert every.dependency == pytest.approx([pairs * reference[v] for v in range(n)], abs=1e-9)


def test_searches_add_up_over_chunks_of_sources():
    """Sources searched in two halves sum to all of them at once (what the two threads do)."""
    rng = np.random.default_rng(12)
    n = 300
    graph = network.build_graph(n, rng.integers(0, n, 900), rng.integers(0, n, 900), False)
    offsets, heads = shortest_paths.arcs(n, graph.source, graph.target, both_ways=True)
    whole = shortest_paths.search(offsets, heads, range(n))
    first, second = shortest_paths.search(offsets, heads, range(150)), shortest_paths.search(offsets, heads,
                                                                                             range(150, n))
    assert first.dependency + second.dependency == pytest.approx(whole.dependency, abs=1e-9)
    assert (first.reached + second.reached).tolist() == whole.reached.tolist()
    assert np.concatenate([first.eccentricity, second.eccentricity]).tolist() == whole.eccentricity.tolist()


def test_no_links_and_no_sources():
    """Isolated nodes reach nobody; no sources, nothing added."""
    offsets, heads = shortest_paths.arcs(3, [], [], both_ways=True)
    sums = shortest_paths.search(offsets, heads, [0, 1, 2])
    assert sums.eccentricity.tolist() == [0, 0, 0] and sums.reached.tolist() == [0, 0, 0]
    assert shortest_paths.search(offsets, heads, []).dependency.tolist() == [0.0] * 3


def test_a_numba_that_cannot_compile_the_search_means_igraph(monkeypatch):
    """numba imports but fails to compile (a broken LLVM, an unsupported platform): the search is not offered, the
    network measures run on python-igraph, with the same results."""
    import numba

    def refuse(*_args, **_kwargs):
        raise RuntimeError("no LLVM here")

    monkeypatch.setattr(shortest_paths, "_usable", None)
    monkeypatch.setattr(shortest_paths, "_compiled", None)
    monkeypatch.setattr(numba, "njit", refuse)
    assert shortest_paths.available() is False
    assert network.default_engine() == "igraph"
    graph = network.build_graph(4, np.array([0, 1, 2]), np.array([1, 2, 3]), False)
    metrics = network.node_metrics(graph, seed=1)
    expected = nx.betweenness_centrality(nx.path_graph(4))
    assert np.allclose(metrics.betweenness, [expected[i] for i in range(4)])
