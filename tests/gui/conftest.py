"""Fixtures for the GUI tests: a small sample ecosystem GeoPackage and an empty project."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import sample_ecosystem
from qgis.core import QgsProject, QgsSettings

from brussels_creative.layers.user import CURATOR_SETTING


@pytest.fixture
def sample_gpkg(tmp_path: Path) -> Path:
    """A sample ecosystem of 120 entities in tmp_path."""
    path = tmp_path / "sample.gpkg"
    sample_ecosystem(path, 120, 7)
    return path


@pytest.fixture
def project(qgis_new_project) -> QgsProject:
    """The (emptied) project instance."""
    return QgsProject.instance()


@pytest.fixture
def curator():
    """The curator's name set in the plugin's settings for the test (curator.anna)."""
    settings = QgsSettings()
    settings.setValue(CURATOR_SETTING, "curator.anna")
    yield "curator.anna"
    settings.remove(CURATOR_SETTING)
