"""Analysis outputs load styled (found in use: hot and cold cells in one colour, the kernel raster in plain grey,
densities in one fill) and, computed from an ecosystem open in the project, in that ecosystem's group. The outputs
are loaded as the Processing dialog loads them (processing.runAndLoadResults)."""

from __future__ import annotations

import shutil

import processing
import pytest
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
)

from brussels_creative.layers.ecosystem_layers import open_ecosystem


@pytest.fixture
def opened(provider, ecosystem, tmp_path, qgis_iface, release_qgis_layers):
    """A copy of the sample ecosystem opened in an empty project (its group and entities layer)."""
    QgsProject.instance().clear()
    path = tmp_path / "styled.gpkg"
    shutil.copy(ecosystem, path)
    layers = open_ecosystem(path, QgsProject.instance())
    yield layers
    QgsProject.instance().clear()


def _load(alg: str, params: dict):
    """Run an algorithm the way the dialog does and return the loaded output layers by output name."""
    result = processing.runAndLoadResults(f"brussels_creative:{alg}", params)
    layers = QgsProject.instance().mapLayers().values()
    return {key: next(layer for layer in layers if value in (layer.id(), layer.source()))
            for key, value in result.items() if key in ("OUTPUT", "CLUSTERS")}


def _parent_group(layer) -> str:
    return QgsProject.instance().layerTreeRoot().findLayer(layer.id()).parent().name()


def test_densities_by_area_are_graduated_with_their_unit_in_the_ecosystem_group(opened):
    entities = opened.layers["entities"]
    output = _load("density_by_area", {"INPUT": entities, "AREAS": opened.layers["municipalities"],
                                       "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    renderer = output.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "density_km2"
    ranges = renderer.ranges()
    assert len(ranges) == 5 and all(r.label().endswith(" per km²") for r in ranges)
    values = sorted(f["density_km2"] for f in output.getFeatures())
    assert ranges[0].lowerValue() == pytest.approx(values[0]) and ranges[-1].upperValue() == pytest.approx(values[-1])
    colours = [r.symbol().color().lightness() for r in ranges]
    assert colours == sorted(colours, reverse=True)  # light to dark
    assert _parent_group(output) == opened.group.name()


def test_hot_and_cold_spots_are_coloured_by_confidence(opened):
    output = _load("hotspots", {"INPUT": opened.layers["entities"], "CELL_SIZE": 500.0, "DISTANCE": 1000.0,
                                "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    renderer = output.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "gi_bin"
    categories = {c.value(): (c.label(), c.symbol().color().name()) for c in renderer.categories()}
    assert categories[3] == ("Hot spot, 99 % confidence", "#b2182b")
    assert categories[-3] == ("Cold spot, 99 % confidence", "#2166ac")
    assert categories[0][0] == "Not significant"
    assert {f["gi_bin"] for f in output.getFeatures()} <= set(categories)
    assert _parent_group(output) == opened.group.name()


def test_the_kernel_raster_fades_to_transparent_at_zero(opened, tmp_path):
    output = _load("kernel_density", {"INPUT": opened.layers["entities"], "BANDWIDTH": 500.0, "PIXEL_SIZE": 100.0,
                                      "OUTPUT": str(tmp_path / "kd.tif")})["OUTPUT"]
    assert isinstance(output, QgsRasterLayer)
    renderer = output.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == 0 and items[0].color.alpha() == 0
    maximum = output.dataProvider().bandStatistics(1, Qgis.RasterBandStatistic.Max).maximumValue
    assert items[-1].value == pytest.approx(maximum) and items[-1].label.endswith(" per km²")
    assert _parent_group(output) == opened.group.name()


def test_clusters_are_coloured_by_id_with_the_noise_in_grey(opened):
    loaded = _load("clusters", {"INPUT": opened.layers["entities"], "EPS": 300.0, "MIN_POINTS": 5,
                                "OUTPUT": "TEMPORARY_OUTPUT", "CLUSTERS": "TEMPORARY_OUTPUT"})
    points, hulls = loaded["OUTPUT"], loaded["CLUSTERS"]
    clusters = {f["cluster_id"] for f in hulls.getFeatures()}
    point_categories = {c.value(): c for c in points.renderer().categories()}
    assert set(point_categories) - {None} == clusters
    assert point_categories[None].label() == "Noise (no cluster)"
    assert point_categories[None].symbol().color().name() == "#9e9e9e"
    assert {c.value() for c in hulls.renderer().categories()} == clusters
    assert hulls.renderer().categories()[0].symbol().color().alpha() < 255
    assert {_parent_group(points), _parent_group(hulls)} == {opened.group.name()}


def test_an_output_of_a_layer_outside_any_ecosystem_is_styled_where_processing_puts_it(provider, tmp_path,
                                                                                       qgis_iface):
    from helpers import points_layer

    QgsProject.instance().clear()
    try:
        layer = points_layer([(148000.0 + 37 * i % 4000, 168000.0 + 53 * i % 4000) for i in range(300)])
        output = _load("density_grid", {"INPUT": layer, "CELL_SIZE": 1000.0, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        assert isinstance(output.renderer(), QgsGraduatedSymbolRenderer)
        assert QgsProject.instance().layerTreeRoot().findLayer(output.id()) is not None
    finally:
        QgsProject.instance().clear()


def test_a_shapefile_output_is_styled_on_its_short_field_name(opened, tmp_path):
    output = _load("density_by_area", {"INPUT": opened.layers["entities"], "AREAS": opened.layers["municipalities"],
                                       "OUTPUT": str(tmp_path / "density.shp")})["OUTPUT"]
    renderer = output.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "density_km"
    assert len(renderer.ranges()) == 5
