"""kernel_density through processing.run: rasters read back with GDAL integrate to n, match a direct kernel sum,
share geotransforms on a fixed extent, clip to nodata, carry their units and refuse bad input; cancel writes nothing."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import processing
import pytest
from helpers import SAMPLE_ENTITIES, cancel_writes_nothing, entities, municipalities, points_layer, refuse_bad_input
from osgeo import gdal
from qgis.core import QgsVectorLayer

from brussels_creative.core.store.selection import read_entity_points

ALG = "brussels_creative:kernel_density"
NODATA = -9999.0


def _run(tmp_path: Path, name: str = "kde", **params) -> tuple[np.ndarray, gdal.Dataset]:
    result = processing.run(ALG, {"OUTPUT": str(tmp_path / f"{name}.tif"), **params})
    dataset = gdal.Open(result["OUTPUT"])
    assert dataset is not None
    return dataset.GetRasterBand(1).ReadAsArray().astype(np.float64), dataset


def _points_layer(xy, weights=None, crs="EPSG:31370") -> QgsVectorLayer:
    values = [(None if weights is None else weights[i],) for i in range(len(xy))]
    return points_layer(xy, crs, "&field=w:double", values)


@pytest.mark.parametrize(
    "kernel", [0, 1, 2, 3, 4], ids=["quartic", "triangular", "epanechnikov", "uniform", "gaussian"]
)
def test_raster_integrates_to_the_number_of_points(provider, ecosystem, tmp_path, kernel):
    values, dataset = _run(tmp_path, INPUT=entities(ecosystem), KERNEL=kernel, BANDWIDTH=300,
                           PIXEL_SIZE=25)
    pixel_km2 = 0.025 * 0.025
    assert values.min() >= 0
    assert values.sum() * pixel_km2 == pytest.approx(SAMPLE_ENTITIES, rel=0.01)
    assert dataset.GetRasterBand(1).GetNoDataValue() == NODATA


def test_weighted_raster_integrates_to_the_sum_of_weights_and_null_weights_are_left_out(provider, tmp_path):
    rng = np.random.default_rng(1)
    xy = rng.uniform(150_000, 152_000, size=(400, 2))
    weights = rng.uniform(0.5, 3.0, size=400).tolist()
    weights[0] = None
    values, dataset = _run(tmp_path, INPUT=_points_layer(xy, weights), WEIGHT="w", BANDWIDTH=200, PIXEL_SIZE=20)
    assert values.sum() * 0.02 * 0.02 == pytest.approx(sum(weights[1:]), rel=0.01)
    assert dataset.GetMetadataItem("WEIGHT_FIELD") == "w"
    assert dataset.GetMetadataItem("N_POINTS") == "399"


def test_pixels_match_a_direct_kernel_sum(provider, ecosystem, tmp_path):
    points = read_entity_points(ecosystem)
    h, pixel = 400.0, 10.0
    values, dataset = _run(tmp_path, INPUT=entities(ecosystem), BANDWIDTH=h, PIXEL_SIZE=pixel)
    left, _, _, top, _, _ = dataset.GetGeoTransform()
    # The quartic kernel (3 / πh²)(1 − d²/h²)² per m², summed directly over all points at a few pixel centres.
    rows, cols = np.unravel_index(np.argsort(values, axis=None)[-200::40], values.shape)
    for r, c in zip(rows, cols, strict=True):
        cx, cy = left + (c + 0.5) * pixel, top - (r + 0.5) * pixel
        d2 = (points.x - cx) ** 2 + (points.y - cy) ** 2
        direct = np.sum(np.where(d2 < h * h, (1 - d2 / (h * h)) ** 2, 0.0)) * 3 / (math.pi * h * h) * 1e6
        assert values[r, c] == pytest.approx(direct, rel=0.01)


def test_a_fixed_extent_gives_identical_geotransforms_for_two_dates(provider, ecosystem, tmp_path):
    extent = "140000,160000,160000,180000 [EPSG:31370]"
    early, early_ds = _run(tmp_path, "early", INPUT=entities(ecosystem), EXTENT=extent, PIXEL_SIZE=50,
                           EXPRESSION="x($geometry) < 149000")
    later, later_ds = _run(tmp_path, "later", INPUT=entities(ecosystem), EXTENT=extent, PIXEL_SIZE=50)
    assert early_ds.GetGeoTransform() == later_ds.GetGeoTransform() == (140000.0, 50.0, 0.0, 180000.0, 0.0, -50.0)
    assert early.shape == later.shape == (400, 400)
    assert (later - early).min() >= -1e-3  # the later raster holds the early points and more


def test_clip_sets_pixels_outside_the_boundary_to_nodata(provider, ecosystem, tmp_path):
    import shapely

    areas = municipalities(ecosystem)
    values, dataset = _run(tmp_path, INPUT=entities(ecosystem), CLIP=areas, PIXEL_SIZE=100,
                           BANDWIDTH=500)
    layer = QgsVectorLayer(areas, "m", "ogr")
    region = shapely.union_all([shapely.from_wkb(bytes(f.geometry().asWkb())) for f in layer.getFeatures()])
    shapely.prepare(region)
    left, pixel, _, top, _, _ = dataset.GetGeoTransform()
    rows, cols = np.indices(values.shape)
    inside = shapely.contains_xy(region, left + (cols + 0.5) * pixel, top - (rows + 0.5) * pixel)
    nodata = values == NODATA
    assert 0 < nodata.sum() < values.size
    assert (nodata == ~inside).mean() > 0.999  # pixel centres outside the region are nodata (GDAL's rasterizer)
    assert values[~nodata].min() >= 0


def test_band_describes_units_and_parameters_and_rules_choose_a_bandwidth(provider, ecosystem, tmp_path):
    _, dataset = _run(tmp_path, INPUT=entities(ecosystem), BANDWIDTH=0, RULE=1, PIXEL_SIZE=100, KERNEL=4)
    band = dataset.GetRasterBand(1)
    assert band.GetDescription().startswith("entities per km2 (kernel gaussian, bandwidth ")
    assert "pixel 100 m" in band.GetDescription()
    assert dataset.GetMetadataItem("BANDWIDTH_RULE") == "scott"
    points = read_entity_points(ecosystem)
    sigma = math.sqrt((points.x.var(ddof=1) + points.y.var(ddof=1)) / 2)
    assert float(dataset.GetMetadataItem("BANDWIDTH_M")) == pytest.approx(sigma * SAMPLE_ENTITIES ** (-1 / 6), rel=1e-6)
    assert "31370" in dataset.GetProjection()


# parameters (INPUT, where given, the points of a layer made for the case; else the sample's entities), the message
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"PIXEL_SIZE": 0}, "PIXEL_SIZE must be more than 0"),
        ({"PIXEL_SIZE": -1}, "PIXEL_SIZE must be more than 0"),
        ({"PIXEL_SIZE": 1, "BANDWIDTH": 100}, "PIXEL_SIZE: .* choose a larger pixel size"),
        ({"INPUT": [(150_000, 170_000)], "BANDWIDTH": 0}, "BANDWIDTH"),
        ({"INPUT": []}, "INPUT: the layer holds no points"),
    ],
    ids=["pixel-0", "pixel-negative", "pixel-too-small", "one-point-no-bandwidth", "no-points"],
)
def test_bad_inputs_are_explained_with_the_parameter_name(provider, ecosystem, tmp_path, params, message):
    points = _points_layer(params["INPUT"]) if "INPUT" in params else entities(ecosystem)
    refuse_bad_input(tmp_path / "kde.tif", message, _run, tmp_path, **{**params, "INPUT": points})


def test_cancel_stops_before_writing_any_output(provider, ecosystem, tmp_path):
    # Cancelled while running at the first progress report after the points are read (the convolution stage).
    cancel_writes_nothing(ALG, tmp_path / "cancelled.tif", {"INPUT": entities(ecosystem)}, cancel_from=33)
    assert not list(tmp_path.glob("*.tif"))
