"""Fixtures for the Processing tests: the provider registered once in the test QGIS."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication

from brussels_creative.processing.provider import BrusselsCreativeProvider


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
