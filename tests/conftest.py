"""Shared fixtures: a headless qgis_process runner with a temporary HOME."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import REPO, QgisProcess


@pytest.fixture
def qgis_process_cli(tmp_path: Path) -> QgisProcess:
    """A qgis_process runner that loads the plugin from this checkout."""
    if shutil.which("qgis_process") is None:
        pytest.fail("qgis_process is not installed: run `make setup`")
    home = tmp_path / "home"
    home.mkdir()
    return QgisProcess(home, REPO)
