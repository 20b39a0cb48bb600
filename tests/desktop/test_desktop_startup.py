"""The plugin starts in the real QGIS desktop (under Xvfb) with a fresh profile, and QGIS exits cleanly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import desktop_profiles, qgis_subprocess_env, sample_ecosystem

HERE = Path(__file__).resolve().parent


@pytest.mark.desktop
def test_plugin_starts_in_the_qgis_desktop_and_opens_an_ecosystem(tmp_path):
    for tool in ("qgis", "xvfb-run"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed: run `make setup`")
    profiles = desktop_profiles(tmp_path / "profiles")
    report = tmp_path / "report.json"
    ecosystem = tmp_path / "sample.gpkg"
    sample_ecosystem(ecosystem, 400, 3)
    screenshot = Path(os.environ.get("BC_SCREENSHOT_DIR", tmp_path)) / "qgis_desktop.png"
    env = qgis_subprocess_env(
        tmp_path, BC_DESKTOP_REPORT=str(report), BC_DESKTOP_SCREENSHOT=str(screenshot), BC_DESKTOP_OPEN=str(ecosystem)
    )
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb), not offscreen
    completed = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(profiles), "--code", str(HERE / "startup_check.py")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert report.exists(), "the startup script did not run:\n" + completed.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert "brussels_creative" in result["active_plugins"]
    assert "brussels_creative" in result["providers"]
    assert result["menus"] == ["Brussels Creative"]
    assert result["toolbars"] == ["Brussels Creative"]
    assert "brussels_creative:create_geopackage" in result["algorithms"]
    assert result["ecosystem"] == {"opened": True, "layers": 14}
    assert result["network"] == {"engine": "numba", "entities": 400}  # the compiler runs inside QGIS desktop
    assert result["errors"] == []
    assert "Traceback" not in completed.stderr
    assert screenshot.stat().st_size > 10_000
