"""The packaged zip, installed into a fresh profile, meets a shapely built on another GEOS than QGIS's (a user who
ran `pip install shapely`): QGIS starts, says what to install, keeps the algorithms that need no GEOS, and does not
crash. Before the check, generate_sample killed QGIS with signal 11 in GEOSPreparedContainsXY_r."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import REPO, WITHOUT_GEOS, desktop_profiles, qgis_subprocess_env

HERE = Path(__file__).resolve().parent
MISMATCHED_SHAPELY = "shapely==2.2.0"  # its wheels bundle GEOS 3.14; Debian 12's QGIS 3.40 runs GEOS 3.11


@pytest.mark.desktop
def test_packaged_plugin_with_a_shapely_on_another_geos_says_so_instead_of_crashing(tmp_path):
    for tool in ("qgis", "xvfb-run", "make"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed: run `make setup`")
    packaged = subprocess.run(["make", "-s", "package"], cwd=REPO, capture_output=True, text=True, check=False)
    assert packaged.returncode == 0, packaged.stderr
    version = next(
        line.split("=", 1)[1].strip()
        for line in (REPO / "brussels_creative" / "metadata.txt").read_text(encoding="utf-8").splitlines()
        if line.startswith("version=")
    )
    profiles = desktop_profiles(tmp_path / "profiles")
    plugins = profiles / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(REPO / "dist" / f"brussels_creative-{version}.zip") as archive:
        archive.extractall(plugins)  # what Plugins ▸ Install from ZIP does
    site = tmp_path / "site"  # the user's pip target: only the mismatched shapely, QGIS's own numpy and scipy
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-compile", "--only-binary", ":all:",
         "--target", str(site), MISMATCHED_SHAPELY],
        capture_output=True, text=True, check=False,
    )
    assert pip.returncode == 0, pip.stderr
    report = tmp_path / "report.json"
    env = qgis_subprocess_env(
        tmp_path, BC_DESKTOP_REPORT=str(report), BC_DESKTOP_SAMPLE=str(tmp_path / "sample.gpkg")
    )
    env["PYTHONPATH"] = str(site)
    env.pop("QGIS_PLUGINPATH")  # the plugin comes from the profile, as installed from the zip
    env.pop("QT_QPA_PLATFORM", None)
    completed = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(profiles), "--code", str(HERE / "mismatch_check.py")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 0, f"QGIS ended with {completed.returncode}:\n" + completed.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["shapely"][:2] == ["2.2.0", [3, 14, 1]] and result["shapely"][2].startswith(str(site))
    assert result["qgis_geos"].startswith("3.11.")
    assert "brussels_creative" in result["active_plugins"]
    assert result["algorithms"] == [f"brussels_creative:{name}" for name in sorted(WITHOUT_GEOS)]
    assert "generate_sample" not in result
    warnings = [m for m in result["messages"] if "GEOS" in m]
    assert len(warnings) == 1, result["messages"]
    assert "shapely 2.2.0 uses GEOS 3.14.1, QGIS uses GEOS 3.11.1" in warnings[0]
    assert 'python3 -m pip install --user --no-deps --break-system-packages "shapely>=2.0,<2.1"' in warnings[0]
    assert "generate_sample" in warnings[0]
    assert "Traceback" not in completed.stderr
