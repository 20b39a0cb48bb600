"""The provider's table of algorithms names each one by its own id, and a missing package disables only its users."""

from __future__ import annotations

from helpers import WITHOUT_GEOS

from brussels_creative.processing.provider import ALGORITHMS, algorithm_classes, disabled_algorithms


def test_the_table_names_every_algorithm_by_its_id():
    assert [c.ALG_ID for c in algorithm_classes()] == [name for name, *_ in ALGORITHMS]


def test_an_unusable_shapely_leaves_the_algorithms_without_geos():
    kept = [c.ALG_ID for c in algorithm_classes(frozenset({"shapely"}))]
    assert sorted(kept) == sorted(WITHOUT_GEOS)
    assert disabled_algorithms(frozenset({"numpy", "scipy", "shapely"})) == [
        name for name, *_ in ALGORITHMS if name not in ("create_geopackage", "create_postgis_ecosystem")
    ]
