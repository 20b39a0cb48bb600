"""network_metrics and network_summary through processing.run and qgis_process, on real GeoPackages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import networkx as nx
import processing
import pytest
from qgis.core import (
    NULL,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsSymbolLayer,
    QgsVectorLayer,
)

from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store.ecosystem import EcosystemStore


def _value(value):
    return None if value is None or value == NULL else value


def _rows(path_or_layer) -> list[dict]:
    layer = path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else QgsVectorLayer(path_or_layer, "o", "ogr")
    assert layer.isValid()
    return [{k: _value(v) for k, v in zip(layer.fields().names(), f.attributes(), strict=True)}
            for f in layer.getFeatures()]


@pytest.fixture
def cliques(tmp_path) -> tuple[str, list[str]]:
    """Two cliques of five companies (collaborations) joined by a bridge 4–5, plus a fablab 10 'member_of' 0 (a
    directed type) and a freelancer 11 without relationships."""
    path = tmp_path / "cliques.gpkg"
    with EcosystemStore.create(path) as store, store.transaction():
        uuids = [store.add_entity(148_000.0 + 100 * i, 170_000.0 + 50 * (i % 3), name=f"e{i}",
                                  entity_type="company") for i in range(10)]
        uuids.append(store.add_entity(147_000.0, 169_000.0, name="lab", entity_type="fablab"))
        uuids.append(store.add_entity(147_500.0, 169_000.0, name="solo", entity_type="freelancer"))
        for group in (range(5), range(5, 10)):
            for a in group:
                for b in group:
                    if a < b:
                        store.add_relationship(uuids[a], uuids[b], "collaborates_with")
        store.add_relationship(uuids[4], uuids[5], "collaborates_with")
        store.add_relationship(uuids[10], uuids[0], "member_of")
    return str(path), uuids


def _metrics(tmp_path, source, name="m", **params) -> list[dict]:
    result = processing.run("brussels_creative:network_metrics",
                            {"INPUT": source, "OUTPUT": str(tmp_path / f"{name}.gpkg"), **params})
    return _rows(result["OUTPUT"])


def test_metrics_of_two_cliques_from_an_ecosystem_file(provider, tmp_path, cliques):
    """Collaborations only (undirected): two communities of five, the bridge ends most between, the isolated
    freelancer in a community of its own with every centrality 0; names, types and points come along."""
    path, uuids = cliques
    rows = _metrics(tmp_path, f"{path}|layername=entities", RELATION_TYPES=["collaborates_with"])
    by_uuid = {row["uuid"]: row for row in rows}
    assert len(rows) == 12 and set(by_uuid) == set(uuids)
    # each bridge end is on the 4 × 5 paths across, of the 11 · 10 / 2 pairs of the 12 entities (two isolated)
    assert [by_uuid[u]["betweenness"] for u in uuids[:10]] == pytest.approx([0] * 4 + [20 / 55] * 2 + [0] * 4)
    assert {by_uuid[u]["community"] for u in uuids[:5]} != {by_uuid[u]["community"] for u in uuids[5:10]}
    assert [by_uuid[u]["community_size"] for u in uuids[:10]] == [5] * 10
    solo = by_uuid[uuids[11]]
    assert (solo["degree"], solo["betweenness"], solo["closeness"], solo["community_size"]) == (0, 0.0, 0.0, 1)
    assert solo["name"] == "solo" and solo["entity_type"] == "freelancer" and solo["network"] == "all"
    assert by_uuid[uuids[4]]["degree"] == 5 and by_uuid[uuids[4]]["k_core"] == 4
    assert by_uuid[uuids[4]]["betweenness_pivots"] is None
    layer = QgsVectorLayer(str(tmp_path / "m.gpkg"), "m", "ogr")
    assert layer.crs().authid() == "EPSG:31370"
    first = next(f for f in layer.getFeatures() if f["uuid"] == uuids[0])
    assert (first.geometry().asPoint().x(), first.geometry().asPoint().y()) == (148_000.0, 170_000.0)


def test_directed_type_by_type_and_together(provider, tmp_path, cliques):
    """BY_TYPE: one network per type, each holding the entities it links; member_of is directed (in/out split),
    collaborates_with undirected. All together the network is directed: collaborations count both ways."""
    path, uuids = cliques
    rows = _metrics(tmp_path, f"{path}|layername=entities", BY_TYPE=True)
    member = {r["uuid"]: r for r in rows if r["network"] == "member_of"}
    collaboration = [r for r in rows if r["network"] == "collaborates_with"]
    assert set(member) == {uuids[0], uuids[10]} and len(collaboration) == 10
    assert (member[uuids[10]]["degree_out"], member[uuids[10]]["degree_in"]) == (1, 0)
    assert (member[uuids[0]]["degree_out"], member[uuids[0]]["degree_in"]) == (0, 1)
    assert all(r["degree_in"] == r["degree_out"] == r["degree"] for r in collaboration)
    together = {r["uuid"]: r for r in _metrics(tmp_path, f"{path}|layername=entities", name="t")}
    assert together[uuids[0]]["degree_in"] == 5 and together[uuids[0]]["degree_out"] == 4
    assert together[uuids[4]]["degree"] == 10  # five collaborations, each an arc both ways


def test_filters_choose_the_entities(provider, tmp_path, cliques):
    """An entity type filter keeps the companies: the fablab and its member_of link are gone."""
    path, uuids = cliques
    rows = _metrics(tmp_path, f"{path}|layername=entities", ENTITY_TYPES=["company"])
    assert {r["uuid"] for r in rows} == set(uuids[:10])
    assert {r["uuid"]: r for r in rows}[uuids[0]]["degree"] == 4  # undirected now: member_of went with the lab
    expression = _metrics(tmp_path, f"{path}|layername=entities", name="e", EXPRESSION="\"name\" IN ('e0', 'e1')")
    assert sorted(r["degree"] for r in expression) == [1, 1]


def test_any_point_layer_with_any_table(provider, tmp_path):
    """A plain point layer with a code field and a table of (from, to) codes: a directed star 1→0, 2→0, 3→0."""
    points = QgsVectorLayer("Point?crs=EPSG:4326&field=code:string", "points", "memory")
    table = QgsVectorLayer("None?field=a:string&field=b:string", "links", "memory")
    for i in range(4):
        feature = QgsFeature(points.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(4.35 + 0.01 * i, 50.85)))
        feature.setAttributes([f"c{i}"])
        points.dataProvider().addFeature(feature)
    for i in (1, 2, 3):
        feature = QgsFeature(table.fields())
        feature.setAttributes([f"c{i}", "c0"])
        table.dataProvider().addFeature(feature)
    params = {"ID_FIELD": "code", "RELATIONSHIPS": table, "SOURCE_FIELD": "a", "TARGET_FIELD": "b"}
    rows = {r["uuid"]: r for r in _metrics(tmp_path, points, **params)}
    assert rows["c0"]["degree_in"] == 3 and rows["c0"]["closeness"] == pytest.approx(1.0)
    assert rows["c1"]["closeness"] == 0.0 and rows["c0"]["betweenness"] == 0.0  # directed: no path through c0
    undirected = {r["uuid"]: r for r in _metrics(tmp_path, points, name="u", DIRECTED=False, **params)}
    assert undirected["c0"]["betweenness"] == 1.0
    assert QgsVectorLayer(str(tmp_path / "u.gpkg"), "u", "ogr").crs().authid() == "EPSG:31370"
    with pytest.raises(QgsProcessingException, match="RELATIONSHIPS"):
        processing.run("brussels_creative:network_metrics", {"INPUT": points, "ID_FIELD": "code",
                                                             "OUTPUT": str(tmp_path / "x.gpkg")})
    with pytest.raises(QgsProcessingException, match="SOURCE_FIELD: RELATIONSHIPS has no field"):
        _metrics(tmp_path, points, name="y", **{**params, "SOURCE_FIELD": "nope"})


def test_output_is_styled_when_loaded(provider, tmp_path, cliques):
    """Loaded into the project, the layer gets the plugin's style: colour by community, size by betweenness."""
    path, _ = cliques
    result = processing.runAndLoadResults("brussels_creative:network_metrics",
                                          {"INPUT": f"{path}|layername=entities", "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        renderer = layer.renderer()
        assert isinstance(renderer, QgsCategorizedSymbolRenderer)
        assert renderer.classAttribute() == "community"
        categories = renderer.categories()  # held: a symbol lives as long as its category
        symbol = categories[0].symbol()
        size = symbol.symbolLayer(0).dataDefinedProperties().property(QgsSymbolLayer.PropertySize)
        assert "betweenness" in size.expressionString()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> str:
    """The sample generator's ecosystem of 600 entities."""
    path = tmp_path_factory.mktemp("network") / "sample.gpkg"
    with EcosystemStore.create(path) as store:
        generate_sample(store, n=600, seed=11)
    return str(path)


def test_summary_of_the_sample_equals_networkx(provider, tmp_path, sample):
    """The summary of the sample's current relationships, all types together, equals networkx's figures."""
    result = processing.run("brussels_creative:network_summary",
                            {"INPUT": f"{sample}|layername=entities", "OUTPUT": str(tmp_path / "s.gpkg")})
    (row,) = _rows(result["OUTPUT"])
    connection = sqlite3.connect(f"file:{sample}?mode=ro", uri=True)
    try:
        nodes = [r[0] for r in connection.execute("SELECT uuid FROM entities")]
        directed = dict(connection.execute("SELECT code, directed FROM relation_types"))
        links = connection.execute(
            "SELECT from_uuid, to_uuid, relation_type FROM relationships WHERE (since IS NULL OR since <= date('now'))"
            " AND (until IS NULL OR until >= date('now'))").fetchall()
    finally:
        connection.close()
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for a, b, kind in links:
        g.add_edge(a, b)
        if not directed[kind]:
            g.add_edge(b, a)
    u = g.to_undirected()
    giant = u.subgraph(max(nx.connected_components(u), key=len))
    assert row["network"] == "all" and row["directed"]
    assert (row["nodes"], row["links"]) == (g.number_of_nodes(), g.number_of_edges())
    assert row["density"] == pytest.approx(nx.density(g))
    assert row["reciprocity"] == pytest.approx(nx.reciprocity(g))
    assert row["components"] == nx.number_connected_components(u)
    assert row["largest_component_share"] == pytest.approx(giant.number_of_nodes() / g.number_of_nodes())
    assert row["diameter"] == nx.diameter(giant)
    assert row["mean_path_length"] == pytest.approx(nx.average_shortest_path_length(giant))
    assert row["assortativity"] == pytest.approx(nx.degree_assortativity_coefficient(g))
    assert row["engagement"] == pytest.approx(g.number_of_edges() / g.number_of_nodes())
    assert row["linking"] == pytest.approx(sum(nx.betweenness_centrality(g).values()) / g.number_of_nodes())
    assert result["MODULARITY"] == row["modularity"] > 0.3  # a realistic network has clear communities
    assert result["EMBEDDEDNESS"] == row["embeddedness"] == row["largest_component_share"]


def test_network_metrics_runs_headless(qgis_process_cli, tmp_path, cliques):
    """qgis_process runs network_metrics on an ecosystem file (one QGIS start: 30 s on a loaded machine; the other
    Network algorithms share its input code)."""
    path, _ = cliques
    out = str(tmp_path / "headless.gpkg")
    results = qgis_process_cli.run("network_metrics", INPUT=f"{path}|layername=entities", OUTPUT=out)
    assert results["ENTITIES"] == 12 and Path(out).exists()


def test_summary_reach_and_flows_run_headless(qgis_process_cli, tmp_path, cliques):
    """qgis_process runs the other Network algorithms too (the issue asks each one headless)."""
    path, uuids = cliques
    entities = f"{path}|layername=entities"
    summary = qgis_process_cli.run("network_summary", INPUT=entities, OUTPUT=str(tmp_path / "summary.csv"))
    assert Path(summary["OUTPUT"]).read_text(encoding="utf-8").count("\n") == 2  # header and the one row
    reach = qgis_process_cli.run("hub_reach", INPUT=entities, HUB_IDS=uuids[0], OUTPUT=str(tmp_path / "reach.gpkg"))
    assert [(r["uuid"], r["reached"]) for r in _rows(reach["OUTPUT"])] == [(uuids[0], 6)]  # clique, bridge, lab
    flows = qgis_process_cli.run("flow_lines", INPUT=entities, OUTPUT=str(tmp_path / "flows.gpkg"))
    assert len(_rows(flows["OUTPUT"])) == 2 * 10 + 1 + 1  # the relationships, one line each


def test_without_numba_the_same_metrics_and_the_log_says_what_to_install(provider, tmp_path, cliques, monkeypatch):
    """A QGIS whose Python cannot load numba measures with python-igraph: the same values, and the log names the
    package that would make it faster."""
    from helpers import RecordingFeedback

    from brussels_creative.core.analysis import shortest_paths

    path, _ = cliques
    feedback = RecordingFeedback()
    compiled = _rows(processing.run("brussels_creative:network_metrics", {
        "INPUT": f"{path}|layername=entities", "OUTPUT": str(tmp_path / "compiled.gpkg")}, feedback=feedback)["OUTPUT"])
    assert not any("package numba" in info for info in feedback.infos), feedback.infos
    monkeypatch.setattr(shortest_paths, "_usable", False)
    feedback = RecordingFeedback()
    fallback = _rows(processing.run("brussels_creative:network_metrics", {
        "INPUT": f"{path}|layername=entities", "OUTPUT": str(tmp_path / "igraph.gpkg")}, feedback=feedback)["OUTPUT"])
    assert any("package numba" in info for info in feedback.infos)
    assert len(fallback) == len(compiled) == 12
    for ours, theirs in zip(sorted(compiled, key=lambda r: r["uuid"]), sorted(fallback, key=lambda r: r["uuid"]),
                            strict=True):
        ours.pop("fid"), theirs.pop("fid")
        assert ours == pytest.approx(theirs, abs=1e-12)


def test_without_igraph_only_the_network_algorithms_are_left_out(qgis_processing, monkeypatch):
    """An igraph too old (or missing) leaves the Network algorithms out of the provider, with advice naming what to
    install; the other algorithms stay."""
    from brussels_creative.core import dependencies
    from brussels_creative.processing.provider import BrusselsCreativeProvider

    monkeypatch.setattr(dependencies, "OPTIONAL", (("igraph", "999", "igraph>=999", "the Network algorithms", True),))
    assert dependencies.missing_optional() == [
        dependencies.MissingOptional("igraph", "igraph>=999", "the Network algorithms", True)]
    provider = BrusselsCreativeProvider()
    provider.loadAlgorithms()
    names = {algorithm.name() for algorithm in provider.algorithms()}
    assert "density_grid" in names
    assert not names & {"network_metrics", "network_summary", "hub_reach"}
    assert "flow_lines" in names  # draws relationships, no graph maths


@pytest.fixture
def hub_file(tmp_path) -> tuple[str, dict[str, str]]:
    """A hub with three members (two companies east and west, a fablab north) and a freelancer collaborating with
    the eastern company, 800 m north of it; an isolated company far away."""
    path = tmp_path / "hub.gpkg"
    x, y = 150_000.0, 170_000.0
    with EcosystemStore.create(path) as store, store.transaction():
        uuids = {
            "hub": store.add_entity(x, y, name="hub", entity_type="hub"),
            "east": store.add_entity(x + 300, y, name="east", entity_type="company"),
            "west": store.add_entity(x - 300, y, name="west", entity_type="company"),
            "north": store.add_entity(x, y + 400, name="north", entity_type="fablab"),
            "far": store.add_entity(x + 300, y + 800, name="far", entity_type="freelancer"),
            "alone": store.add_entity(x + 5000, y, name="alone", entity_type="company"),
        }
        for member in ("east", "west", "north"):
            store.add_relationship(uuids[member], uuids["hub"], "member_of")
        store.add_relationship(uuids["far"], uuids["east"], "collaborates_with")
    return str(path), uuids


def test_hub_reach_within_one_and_two_hops(provider, tmp_path, hub_file):
    """One hop: the three members (directions ignored), their hull (the triangle east–west–north, 0.12 km²), mean
    distance 1000/3 m and ellipse (σ 244.9 m east–west, 188.6 m north–south); two hops add the freelancer."""
    path, uuids = hub_file
    entities = f"{path}|layername=entities"
    one = processing.run("brussels_creative:hub_reach", {
        "INPUT": entities, "HOPS": 1, "OUTPUT": str(tmp_path / "one.gpkg"), "ELLIPSES": str(tmp_path / "e.gpkg")})
    (row,) = _rows(one["OUTPUT"])
    assert (row["uuid"], row["entity_type"], row["reached"]) == (uuids["hub"], "hub", 3)
    assert row["by_type"] == "company 2, fablab 1"
    assert row["mean_distance_m"] == pytest.approx(1000 / 3)
    assert row["hull_area_km2"] == pytest.approx(0.12)
    assert row["sde_major_m"] == pytest.approx((2 * 60_000) ** 0.5)  # √2 σ, as centrography and ArcGIS draw it
    assert row["sde_minor_m"] == pytest.approx((2 * 320_000 / 9) ** 0.5)
    assert row["sde_azimuth"] == pytest.approx(90.0)
    ellipse = next(QgsVectorLayer(one["ELLIPSES"], "e", "ogr").getFeatures()).geometry()
    assert ellipse.area() == pytest.approx(3.14159 * row["sde_major_m"] * row["sde_minor_m"], rel=0.01)
    assert ellipse.centroid().asPoint().y() == pytest.approx(170_000 + 400 / 3)
    two = processing.run("brussels_creative:hub_reach", {"INPUT": entities, "OUTPUT": str(tmp_path / "two.gpkg")})
    (row,) = _rows(two["OUTPUT"])
    assert row["reached"] == 4 and row["hops"] == 2
    assert row["by_type"] == "company 2, fablab 1, freelancer 1"
    assert row["mean_distance_m"] == pytest.approx((1000 + (300**2 + 800**2) ** 0.5) / 4)
    chosen = processing.run("brussels_creative:hub_reach", {"INPUT": entities, "HUB_IDS": uuids["alone"],
                                                            "OUTPUT": str(tmp_path / "alone.gpkg")})
    (row,) = _rows(chosen["OUTPUT"])
    assert (row["reached"], row["hull_area_km2"], row["mean_distance_m"]) == (0, 0.0, None)


def test_flow_lines_between_entities(provider, tmp_path, hub_file):
    """One line per relationship from its source to its target; curved lines bend to the right of travel."""
    path, uuids = hub_file
    entities = f"{path}|layername=entities"
    straight = processing.run("brussels_creative:flow_lines", {"INPUT": entities,
                                                               "OUTPUT": str(tmp_path / "lines.gpkg")})
    layer = QgsVectorLayer(straight["OUTPUT"], "l", "ogr")
    lines = {(f["from_uuid"], f["to_uuid"]): f for f in layer.getFeatures()}
    assert set(lines) == {(uuids[m], uuids["hub"]) for m in ("east", "west", "north")} | {(uuids["far"],
                                                                                            uuids["east"])}
    far = lines[(uuids["far"], uuids["east"])]
    assert far["relation_type"] == "collaborates_with" and not far["directed"] and far["links"] == 1
    assert [(p.x(), p.y()) for p in far.geometry().asPolyline()] == [(150_300.0, 170_800.0), (150_300.0, 170_000.0)]
    curved = processing.run("brussels_creative:flow_lines", {"INPUT": entities, "CURVED": True,
                                                             "OUTPUT": str(tmp_path / "curved.gpkg")})
    arc = next(f for f in QgsVectorLayer(curved["OUTPUT"], "c", "ogr").getFeatures()
               if f["from_uuid"] == uuids["far"]).geometry().asPolyline()
    assert len(arc) == 17 and (arc[0].x(), arc[0].y(), arc[-1].x(), arc[-1].y()) == (150_300, 170_800, 150_300,
                                                                                      170_000)
    # going south, the right is the west: the middle stands 0.2 × 800 m = 160 m west of the straight line
    assert arc[8].x() == pytest.approx(150_300 - 160) and arc[8].y() == pytest.approx(170_400)


def test_flow_lines_between_areas_and_od_table(provider, tmp_path, hub_file):
    """Two areas: west (hub, west, north) and east (east, far). One flow line west–east with the one relationship
    across; the OD table counts each relationship from its source's area to its target's."""
    path, _ = hub_file
    areas = QgsVectorLayer("Polygon?crs=EPSG:31370&field=name:string", "areas", "memory")
    for name, wkt in (("W", "POLYGON((149500 169500, 150100 169500, 150100 170500, 149500 170500, 149500 169500))"),
                      ("E", "POLYGON((150100 169500, 150500 169500, 150500 171000, 150100 171000, 150100 169500))")):
        feature = QgsFeature(areas.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([name])
        areas.dataProvider().addFeature(feature)
    result = processing.run("brussels_creative:flow_lines", {
        "INPUT": f"{path}|layername=entities", "MODE": 1, "AREAS": areas, "AREA_FIELD": "name",
        "OUTPUT": str(tmp_path / "flows.gpkg"), "OD_TABLE": str(tmp_path / "od.gpkg")})
    (flow,) = _rows(result["OUTPUT"])
    assert flow == {"fid": 1, "area_a": "W", "area_b": "E", "links": 1, "types": "member_of 1"}
    od = {(r["origin"], r["destination"]): (r["links"], r["types"]) for r in _rows(result["OD_TABLE"])}
    assert od == {("W", "W"): (2, "member_of 2"), ("E", "W"): (1, "member_of 1"),
                  ("E", "E"): (1, "collaborates_with 1")}
    municipalities = processing.run("brussels_creative:flow_lines", {
        "INPUT": f"{path}|layername=entities", "MODE": 1, "OUTPUT": str(tmp_path / "m.gpkg"),
        "OD_TABLE": str(tmp_path / "m_od.gpkg")})
    assert sum(r["links"] for r in _rows(municipalities["OD_TABLE"])) == 4  # every entity in a municipality


def test_an_output_that_cannot_be_written_is_named_before_any_work(provider, tmp_path, cliques):
    """A folder given as the output file is refused before the network is read or measured."""
    path, _ = cliques
    folder = tmp_path / "a_folder.gpkg"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match="OUTPUT: cannot write"):
        processing.run("brussels_creative:network_metrics", {"INPUT": f"{path}|layername=entities",
                                                             "OUTPUT": str(folder)})
