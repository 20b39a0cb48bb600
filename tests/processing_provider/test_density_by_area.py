"""density_by_area through processing.run and qgis_process, on real GeoPackages and memory layers, checked against
independent shapely loops, hand computations and QGIS's native:countpointsinpolygon."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import processing
import pytest
import shapely
from helpers import SAMPLE_ENTITIES, entities, layer_rows, memory_layer, municipalities, points_layer, sql_rows
from qgis.core import QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

from brussels_creative.core.store.ecosystem import EcosystemStore

ALG = "brussels_creative:density_by_area"


def _features(output) -> list[dict]:
    """The output's rows (NULL as None) with each feature's geometry under "_geom"."""
    layer = QgsVectorLayer(str(output), "out", "ogr") if isinstance(output, str) else output
    geometries = [f.geometry() for f in layer.getFeatures()]
    return [row | {"_geom": geometry} for row, geometry in zip(layer_rows(layer), geometries, strict=True)]


def _run(tmp_path: Path, name: str = "out", **params) -> list[dict]:
    return _features(processing.run(ALG, {"OUTPUT": str(tmp_path / f"{name}.gpkg"), **params})["OUTPUT"])


def _points_layer(xy, crs="EPSG:31370") -> QgsVectorLayer:
    return points_layer(xy, crs, "&field=id:integer", [(i,) for i in range(len(xy))])


def _squares_layer(boxes, population=None) -> QgsVectorLayer:
    fields = "&field=name:string" + ("&field=pop:double" if population is not None else "")
    rows = [(f"sq{i}",) + ((population[i],) if population is not None else ()) for i in range(len(boxes))]
    return memory_layer("Polygon", [QgsGeometry.fromWkt(shapely.box(*b).wkt) for b in boxes], fields=fields,
                        values=rows)


def _entity_xy(path: Path, where: str = "1", params=()) -> np.ndarray:
    from brussels_creative.core.store.selection import decode_points

    rows = sql_rows(path, f"SELECT geom FROM entities e WHERE {where} ORDER BY fid", params)
    x, y, ok = decode_points([r[0] for r in rows])
    return np.column_stack([x[ok], y[ok]])


def test_counts_by_municipality_equal_a_shapely_loop_and_native_countpointsinpolygon(provider, ecosystem, tmp_path):
    areas = municipalities(ecosystem)
    ours = _run(tmp_path, INPUT=entities(ecosystem), AREAS=areas)
    assert len(ours) == 19
    # Independent: each point tested against each municipality (WKB read by shapely), first municipality wins.
    shapes = [shapely.from_wkb(bytes(f["_geom"].asWkb())) for f in ours]
    expected = np.zeros(len(shapes), dtype=int)
    for x, y in _entity_xy(ecosystem):
        point = shapely.Point(x, y)
        for i, shape in enumerate(shapes):
            if shape.intersects(point):
                expected[i] += 1
                break
    assert [f["n_entities"] for f in ours] == expected.tolist()
    assert sum(f["n_entities"] for f in ours) == len(_entity_xy(ecosystem))  # the ecosystem lies inside the region
    native = processing.run("native:countpointsinpolygon", {
        "POINTS": entities(ecosystem), "POLYGONS": areas, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"
    })["OUTPUT"]
    by_code = {f["code"]: f["NUMPOINTS"] for f in native.getFeatures()}
    # No ecosystem point lies exactly on a municipal border, so the border rules agree and so do the counts.
    assert {f["code"]: f["n_entities"] for f in ours} == by_code
    for f in ours:
        assert f["area_km2"] == pytest.approx(shapely.from_wkb(bytes(f["_geom"].asWkb())).area / 1e6)
        assert f["density_km2"] == pytest.approx(f["n_entities"] / f["area_km2"])
    assert sum(f["share_pct"] for f in ours) == pytest.approx(100.0)


def test_points_on_shared_borders_are_counted_once_in_the_first_polygon(provider, tmp_path):
    # Four 100 m squares meeting at (100, 100); points inside, on a shared edge, on the shared corner, outside.
    squares = _squares_layer([(0, 0, 100, 100), (100, 0, 200, 100), (0, 100, 100, 200), (100, 100, 200, 200)])
    xy = [(50, 50), (150, 50), (150, 150), (150, 160), (100, 50), (100, 100), (50, 100), (300, 300), (0, 50)]
    points = _points_layer(xy)
    counts = {rule: [f["n_entities"] for f in _run(tmp_path, f"r{rule}", INPUT=points, AREAS=squares,
                                                  BORDER_RULE=rule)] for rule in (0, 1, 2)}
    # Default ("first"): (100, 50) → sq0 (left of the shared edge, listed first); the corner → sq0; (50, 100) → sq0;
    # (0, 50) on sq0's outer edge → sq0. Every point inside or on the areas is counted exactly once.
    assert counts[0] == [5, 1, 0, 2]
    assert sum(counts[0]) == len(xy) - 1  # (300, 300) lies outside every square
    # "contains": boundary points nowhere — exactly native:countpointsinpolygon, on borders too.
    native = processing.run("native:countpointsinpolygon", {
        "POINTS": points, "POLYGONS": squares, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"
    })["OUTPUT"]
    assert counts[1] == [f["NUMPOINTS"] for f in native.getFeatures()] == [1, 1, 0, 2]
    # "intersects": in every square touched: the corner point counts four times.
    assert counts[2] == [5, 3, 2, 3]


def _hand_ecosystem(path: Path) -> Path:
    """Two 1 km squares' worth of entities with known sectors: left (design 3, music 1), right (design 1, music 3)."""
    with EcosystemStore.create(path) as store, store.transaction():
        placed = [((149_100, 170_100), "design", ["music"]), ((149_200, 170_200), "design", []),
                  ((149_300, 170_300), "design", []), ((149_400, 170_400), "music", ["design"]),
                  ((150_100, 170_100), "design", []), ((150_200, 170_200), "music", []),
                  ((150_300, 170_300), "music", []), ((150_400, 170_400), "music", ["heritage"])]
        for i, ((x, y), primary, others) in enumerate(placed):
            uuid = store.add_entity(x, y, name=f"e{i}", entity_type="company" if i % 2 else "hub")
            store.set_links("entity_sectors", uuid, [primary, *others], primary=primary)
    return path


def test_location_quotients_and_sector_counts_match_a_hand_computation(provider, tmp_path):
    path = _hand_ecosystem(tmp_path / "hand.gpkg")
    squares = _squares_layer([(149_000, 170_000, 150_000, 171_000), (150_000, 170_000, 151_000, 171_000)])
    left, right = _run(tmp_path, INPUT=entities(path), AREAS=squares)
    assert (left["n_sector_design"], left["n_sector_music"]) == (3, 1)
    assert (right["n_sector_design"], right["n_sector_music"]) == (1, 3)
    # LQ = (area's sector count / area's total) / (region's sector count / region's total) = (3/4) / (4/8) = 1.5
    assert left["lq_design"] == pytest.approx(1.5) and left["lq_music"] == pytest.approx(0.5)
    assert right["lq_design"] == pytest.approx(0.5) and right["lq_music"] == pytest.approx(1.5)
    assert left["lq_heritage"] == 0.0
    assert (left["n_type_hub"], left["n_type_company"]) == (2, 2)
    # Every sector: left has design 4 (3 primary + 1), music 2 of 6 links; right design 1, music 3, heritage 1 of 5.
    left_all, right_all = _run(tmp_path, "all", INPUT=entities(path), AREAS=squares, SECTOR_MODE=1)
    assert (left_all["n_sector_design"], left_all["n_sector_music"], left_all["n_sector_heritage"]) == (4, 2, 0)
    assert (right_all["n_sector_design"], right_all["n_sector_music"], right_all["n_sector_heritage"]) == (1, 3, 1)
    assert left_all["lq_design"] == pytest.approx((4 / 6) / (5 / 11))
    assert right_all["lq_heritage"] == pytest.approx((1 / 5) / (1 / 11))


def test_per_1000_inhabitants_divides_by_the_population_field(provider, tmp_path):
    squares = _squares_layer([(0, 0, 100, 100), (100, 0, 200, 100), (200, 0, 300, 100)], population=[2000, 0, None])
    points = _points_layer([(10, 10), (20, 20), (30, 30), (150, 50), (250, 50)])
    rows = _run(tmp_path, INPUT=points, AREAS=squares, POPULATION="pop")
    assert rows[0]["per_1000_inh"] == pytest.approx(1000 * 3 / 2000)
    assert rows[1]["per_1000_inh"] is None  # zero population: NULL
    assert rows[2]["per_1000_inh"] is None  # missing population: NULL
    assert [r["density_km2"] for r in rows] == pytest.approx([3 / 0.01, 1 / 0.01, 1 / 0.01])
    assert "n_sector_design" not in rows[0]  # a plain point layer has no sectors


@pytest.mark.parametrize(
    ("params", "where", "sql_params"),
    [
        ({"SECTORS": ["music"]}, "EXISTS (SELECT 1 FROM entity_sectors s WHERE s.entity_uuid = e.uuid "
                                 "AND s.code = 'music')", ()),
        ({"ENTITY_TYPES": ["company", "freelancer"]}, "e.entity_type IN ('company', 'freelancer')", ()),
        ({"CREATED_FROM": "2025-03-01", "CREATED_TO": "2025-12-31"},
         "substr(e.created_at, 1, 10) BETWEEN '2025-03-01' AND '2025-12-31'", ()),
        ({"EXPRESSION": "\"status\" = 'active' AND \"founded_year\" >= 2015"},
         "e.status = 'active' AND e.founded_year >= 2015", ()),
        ({"EXPRESSION": "\"visibility\" = 'public'", "SECTORS": ["design"]},
         "e.visibility = 'public' AND EXISTS (SELECT 1 FROM entity_sectors s WHERE s.entity_uuid = e.uuid "
         "AND s.code = 'design')", ()),
    ],
    ids=["sector", "types", "created_range", "expression", "expression_and_sector"],
)
def test_filters_select_the_right_entities(provider, ecosystem, tmp_path, params, where, sql_params):
    rows = _run(tmp_path, INPUT=entities(ecosystem), AREAS=municipalities(ecosystem), **params)
    expected = _entity_xy(ecosystem, where, sql_params)
    assert 0 < len(expected) < SAMPLE_ENTITIES
    assert sum(r["n_entities"] for r in rows) == len(expected)


def test_inputs_in_epsg4326_give_the_same_counts_as_in_31370(provider, ecosystem, tmp_path):
    def to_4326(uri: str, name: str) -> str:
        target = str(tmp_path / f"{name}_4326.gpkg")
        processing.run("native:reprojectlayer", {"INPUT": uri, "TARGET_CRS": "EPSG:4326", "OUTPUT": target})
        return target

    points = to_4326(entities(ecosystem), "entities")
    areas = to_4326(municipalities(ecosystem), "municipalities")
    assert QgsVectorLayer(points, "p", "ogr").crs().authid() == "EPSG:4326"
    in_4326 = _run(tmp_path, "a", INPUT=points, AREAS=areas)
    in_31370 = _run(tmp_path, "b", INPUT=entities(ecosystem), AREAS=municipalities(ecosystem))
    assert [r["n_entities"] for r in in_4326] == [r["n_entities"] for r in in_31370]
    assert [r["area_km2"] for r in in_4326] == pytest.approx([r["area_km2"] for r in in_31370], rel=1e-6)
    assert QgsVectorLayer(str(tmp_path / "a.gpkg"), "a", "ogr").crs().authid() == "EPSG:31370"


def test_bad_inputs_are_explained_with_the_parameter_name(provider, ecosystem, tmp_path):
    squares = _squares_layer([(0, 0, 100, 100)])
    with pytest.raises(QgsProcessingException, match="INPUT: the layer holds no points"):
        _run(tmp_path, INPUT=_points_layer([]), AREAS=squares)
    with pytest.raises(QgsProcessingException, match="INPUT: no points left after the filters"):
        _run(tmp_path, INPUT=entities(ecosystem), AREAS=squares, EXPRESSION="\"name\" = 'nobody'")
    with pytest.raises(QgsProcessingException, match="AREAS: the layer holds no polygons"):
        _run(tmp_path, INPUT=_points_layer([(1, 1)]), AREAS=memory_layer("Polygon", []))
    with pytest.raises(QgsProcessingException, match="SECTORS"):
        _run(tmp_path, INPUT=_points_layer([(1, 1)]), AREAS=squares, SECTORS=["music"])
    assert not (tmp_path / "out.gpkg").exists()


def test_cancel_stops_before_writing_any_output(provider, ecosystem, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(ALG, {"INPUT": entities(ecosystem), "AREAS": municipalities(ecosystem),
                             "OUTPUT": str(target)}, feedback=feedback)
    assert not target.exists()
    # Cancelled while reading a plain point layer (the first progress report triggers the cancel).
    points = _points_layer([(float(i), float(i)) for i in range(3000)])
    running = QgsProcessingFeedback()
    running.progressChanged.connect(lambda _: running.cancel())
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(ALG, {"INPUT": points, "AREAS": _squares_layer([(0, 0, 5000, 5000)]), "OUTPUT": str(target)},
                       feedback=running)
    assert not target.exists()


def test_density_algorithms_run_headless_through_qgis_process(provider, ecosystem, tmp_path, qgis_process_cli):
    points, areas = entities(ecosystem), municipalities(ecosystem)
    by_area = qgis_process_cli.run("density_by_area", INPUT=points, AREAS=areas,
                                   OUTPUT=str(tmp_path / "by_area.gpkg"))
    in_process = _run(tmp_path, "in_process", INPUT=points, AREAS=areas)
    assert [r["n_entities"] for r in _features(by_area["OUTPUT"])] == [r["n_entities"] for r in in_process]
    grid = qgis_process_cli.run("density_grid", INPUT=points, CELL_SIZE=1000, OUTPUT=str(tmp_path / "grid.gpkg"))
    assert sum(r["n_entities"] for r in _features(grid["OUTPUT"])) == SAMPLE_ENTITIES
    kde = qgis_process_cli.run("kernel_density", INPUT=points, PIXEL_SIZE=50, BANDWIDTH=400,
                               OUTPUT=str(tmp_path / "kde.tif"))
    from osgeo import gdal

    values = gdal.Open(kde["OUTPUT"]).ReadAsArray()
    assert values.sum() * 0.05 * 0.05 == pytest.approx(SAMPLE_ENTITIES, rel=0.01)


def test_few_points_in_many_detailed_polygons_match_a_shapely_loop_and_native(provider, tmp_path):
    """The path for few points per polygon (only polygons whose box holds a point are converted and tested) gives
    the counts of an independent loop, including points on shared vertices and a feature without geometry."""
    rng = np.random.default_rng(5)
    seeds = shapely.multipoints(rng.uniform((149_000, 169_000), (151_000, 171_000), (60, 2)))
    frame = shapely.box(149_000, 169_000, 151_000, 171_000)
    cells = shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=frame))
    cells = [shapely.segmentize(shapely.intersection(c, frame), 2.0) for c in cells]
    cells = [c for c in cells if not c.is_empty]
    assert np.mean(shapely.get_num_coordinates(cells)) > 300
    geometries = [QgsGeometry.fromWkt(c.wkt) for c in cells] + [QgsGeometry()]  # the last feature has no geometry
    layer = memory_layer("Polygon", geometries, fields="&field=name:string",
                         values=[(f"c{i}",) for i in range(len(geometries))])
    xy = rng.uniform((149_000, 169_000), (151_000, 171_000), (40, 2)).tolist()
    xy += [list(shapely.get_coordinates(cells[3])[k]) for k in (0, 7)]  # on the boundary of cell 3
    xy.append([152_000.0, 170_000.0])  # outside every cell
    points = _points_layer([tuple(p) for p in xy])
    first = [f["n_entities"] for f in _run(tmp_path, "first", INPUT=points, AREAS=layer)]
    expected = [0] * len(geometries)
    for x, y in xy:
        hit = next((i for i, c in enumerate(cells) if c.intersects(shapely.Point(x, y))), None)
        if hit is not None:
            expected[hit] += 1
    assert first == expected and first[-1] == 0
    every = [f["n_entities"] for f in _run(tmp_path, "every", INPUT=points, AREAS=layer, BORDER_RULE=2)]
    expected_every = [sum(c.intersects(shapely.Point(x, y)) for x, y in xy) for c in cells] + [0]
    assert every == expected_every and sum(every) > sum(first)  # a shared vertex counts in every cell touching it
    contains = [f["n_entities"] for f in _run(tmp_path, "contains", INPUT=points, AREAS=layer, BORDER_RULE=1)]
    native = processing.run("native:countpointsinpolygon", {
        "POINTS": points, "POLYGONS": layer, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"
    })["OUTPUT"]
    assert contains == [f["NUMPOINTS"] for f in native.getFeatures()]
    assert sum(contains) < sum(first)  # the boundary points count under "first", not under "contains"


def test_curved_polygons_are_counted_as_their_straight_segment_approximation(provider, tmp_path):
    """Areas with arcs (CurvePolygon, as GML or PostGIS can hold) are counted and written back, as QGIS's own
    straight-segment approximation of each arc: a point just inside the arc but outside its chord counts."""
    discs = [QgsGeometry.fromWkt(f"CurvePolygon(CircularString({x - 100} 170000, {x} 170100, {x + 100} 170000, "
                                 f"{x} 169900, {x - 100} 170000))") for x in (150_000, 150_300)]
    assert all(QgsWkbTypes.isCurvedType(d.wkbType()) for d in discs)
    layer = memory_layer("CurvePolygon", discs, fields="&field=name:string", values=[("west",), ("east",)])
    xy = [(150_000, 170_000), (150_070, 170_070), (150_000, 170_099), (150_300, 170_000), (150_200, 170_200)]
    # (150_070, 170_070) is 99 m from the centre: inside the circle, outside the square of its four arc points
    result = _run(tmp_path, INPUT=_points_layer(xy), AREAS=layer)
    assert [f["n_entities"] for f in result] == [3, 1]
    assert [f["name"] for f in result] == ["west", "east"]
    assert all(QgsWkbTypes.flatType(f["_geom"].wkbType()) == QgsWkbTypes.MultiPolygon for f in result)
    assert [round(f["area_km2"], 4) for f in result] == [round(np.pi * 0.1**2, 4)] * 2  # a disc of 100 m
    hot = processing.run("brussels_creative:hotspots", {
        "INPUT": _points_layer(xy), "AREAS": layer, "WEIGHTS": 0, "DISTANCE": 1000.0, "OUTPUT": "memory:"
    })["OUTPUT"]
    assert [f["count"] for f in hot.getFeatures()] == [3, 1]


def test_a_shapefile_output_gets_unique_readable_short_names_and_their_table(provider, ecosystem, tmp_path):
    import csv

    params = {"INPUT": f"{ecosystem}|layername=entities", "AREAS": f"{ecosystem}|layername=municipalities"}
    result = processing.run("brussels_creative:density_by_area", {**params, "OUTPUT": str(tmp_path / "density.shp")})
    layer = QgsVectorLayer(result["OUTPUT"], "density", "ogr")
    names = layer.fields().names()
    assert all(len(n) <= 10 for n in names) and len({n.lower() for n in names}) == len(names)
    with (tmp_path / "density_fields.csv").open(encoding="utf-8") as handle:
        mapping = {row["short_name"]: row["full_name"] for row in csv.DictReader(handle)}
    assert list(mapping) == names
    assert (mapping["n_sctrvsla"], mapping["n_entities"], mapping["density_km"]) == (
        "n_sector_visual_arts", "n_entities", "density_km2")
    full = {f["code"]: f for f in processing.run("brussels_creative:density_by_area",
                                                 {**params, "OUTPUT": "memory:"})["OUTPUT"].getFeatures()}
    assert len(full) == layer.featureCount() == 19
    for feature in layer.getFeatures():  # the same values under the short names
        for short, long in mapping.items():
            assert feature[short] == full[feature["code"]][long] or (
                isinstance(feature[short], float) and feature[short] == pytest.approx(full[feature["code"]][long]))
