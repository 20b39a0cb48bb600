"""Fixtures for the Processing tests: the provider registered in the test QGIS, and one sample ecosystem GeoPackage
built once per session (the analyses only read it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SAMPLE_ENTITIES, SAMPLE_SEED, sample_ecosystem
from qgis.core import QgsApplication

from brussels_creative.processing.provider import BrusselsCreativeProvider


@pytest.fixture(scope="session")
def ecosystem(tmp_path_factory) -> Path:
    """A real sample ecosystem GeoPackage of SAMPLE_ENTITIES entities (seeded), shared by the analyses' tests:
    none of them writes to it."""
    path = tmp_path_factory.mktemp("ecosystem") / "sample.gpkg"
    sample_ecosystem(path, SAMPLE_ENTITIES, SAMPLE_SEED)
    return path


@pytest.fixture
def provider(qgis_processing):
    """The Brussels Creative provider, registered in the test QGIS for the duration of a test."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("brussels_creative")
    if existing is not None:
        yield existing
        return
    instance = BrusselsCreativeProvider()
    assert registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)
