"""Points declared in the wrong CRS (found in use): lon/lat declared as Belgian Lambert 72 gave a raster near (4, 50) m
without a word, Lambert declared as lon/lat ended with "no points to analyse". Now the analyses say the points lie far
from the region and in which CRS they would fall on it."""

from __future__ import annotations

import processing
import pytest
from helpers import RecordingFeedback, points_layer
from qgis.core import QgsProcessingException

# Entities around the centre of Brussels, in Belgian Lambert 72 and in WGS 84 lon/lat.
LAMBERT = [(148000.0 + 400 * i, 169000.0 + 300 * (i % 7)) for i in range(40)]
LONLAT = [(4.33 + 0.004 * i, 50.83 + 0.003 * (i % 7)) for i in range(40)]


def _run(alg: str, params: dict) -> list[str]:
    feedback = RecordingFeedback()
    processing.run(f"brussels_creative:{alg}", params, feedback=feedback)
    return feedback.warnings


def test_lon_lat_declared_as_lambert_is_warned_with_the_crs_it_fits(provider, tmp_path):
    layer = points_layer(LONLAT, crs="EPSG:31370")
    warnings = _run("kernel_density", {"INPUT": layer, "BANDWIDTH": 500.0, "PIXEL_SIZE": 100.0,
                                       "OUTPUT": str(tmp_path / "kd.tif")})
    assert (
        "40 of 40 points lie far from the Brussels-Capital Region.\nINPUT: the layer says its CRS is EPSG:31370, but "
        "its coordinates fall on the region in EPSG:4326 (WGS 84): set the layer's CRS to it (Layer Properties ▸ "
        "Source) and run again") in warnings


def test_density_by_area_warns_too_instead_of_counting_zeros_silently(provider, ecosystem):
    layer = points_layer(LONLAT, crs="EPSG:31370")
    warnings = _run("density_by_area", {"INPUT": layer, "AREAS": f"{ecosystem}|layername=municipalities",
                                        "OUTPUT": "memory:"})
    assert any("fall on the region in EPSG:4326" in w for w in warnings)


def test_lambert_declared_as_lon_lat_is_refused_with_the_crs_it_fits(provider, tmp_path):
    layer = points_layer(LAMBERT, crs="EPSG:4326")
    with pytest.raises(QgsProcessingException) as raised:
        _run("kernel_density", {"INPUT": layer, "BANDWIDTH": 500.0, "PIXEL_SIZE": 100.0,
                                "OUTPUT": str(tmp_path / "kd.tif")})
    assert "INPUT: the layer says its CRS is EPSG:4326, but its coordinates fall on the region in EPSG:31370" in str(
        raised.value)


def test_points_in_the_right_crs_give_no_warning(provider, tmp_path):
    for xy, crs in ((LAMBERT, "EPSG:31370"), (LONLAT, "EPSG:4326")):
        warnings = _run("kernel_density", {"INPUT": points_layer(xy, crs=crs), "BANDWIDTH": 500.0,
                                           "PIXEL_SIZE": 100.0, "OUTPUT": str(tmp_path / f"kd{crs[5:]}.tif")})
        assert not [w for w in warnings if "far from the Brussels-Capital Region" in w]


def test_points_far_away_in_no_usual_crs_say_to_check_the_crs(provider, tmp_path):
    layer = points_layer([(500000.0 + 10 * i, 6000000.0 + 7 * i) for i in range(30)], crs="EPSG:31370")
    warnings = _run("kernel_density", {"INPUT": layer, "BANDWIDTH": 500.0, "PIXEL_SIZE": 100.0,
                                       "OUTPUT": str(tmp_path / "kd.tif")})
    assert ("30 of 30 points lie far from the Brussels-Capital Region.\nINPUT: check the layer's CRS (EPSG:31370): "
            "its points are not in the Brussels-Capital Region") in warnings


def test_a_filter_expression_failing_on_the_features_is_named(provider, ecosystem):
    with pytest.raises(QgsProcessingException) as raised:
        _run("density_by_area", {"INPUT": f"{ecosystem}|layername=entities",
                                 "AREAS": f"{ecosystem}|layername=municipalities",
                                 "EXPRESSION": "to_int(\"name\") > 3", "OUTPUT": "memory:"})
    message = str(raised.value)
    assert message.startswith("INPUT: no points left after the filters")
    assert "EXPRESSION: to_int(\"name\") > 3 fails on the features: " in message
