"""Shared fixtures: a headless qgis_process runner with a temporary HOME."""

from __future__ import annotations

import gc
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import REPO, QgisProcess

pytest_plugins = ["postgis_server"]  # the postgis_server fixture: a real PostgreSQL 15 + PostGIS 3 per session


@pytest.fixture
def qgis_process_cli(tmp_path: Path) -> QgisProcess:
    """A qgis_process runner that loads the plugin from this checkout."""
    if shutil.which("qgis_process") is None:
        pytest.fail("qgis_process is not installed: run `make setup`")
    home = tmp_path / "home"
    home.mkdir()
    return QgisProcess(home, REPO)


@pytest.fixture(autouse=True)
def release_qgis_layers(qgis_app) -> Iterator[None]:
    """Free the QGIS layers a failed test's traceback keeps alive while QGIS still runs.

    pytest keeps the last failure in sys.last_traceback, whose frames hold the test's layers; freed only after the
    session's qgis_app fixture has called exitQgis(), they crash the interpreter and the test summary is lost.
    """
    yield
    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            delattr(sys, name)
    gc.collect()


@pytest.fixture(scope="session")
def address_reference(tmp_path_factory):
    """The real street list of the region with synthetic house points, loaded into an ecosystem GeoPackage once per
    session (see address_fixtures.py); tests copy the GeoPackage before writing to it."""
    from address_fixtures import build_reference

    return build_reference(tmp_path_factory.mktemp("address_reference"))
