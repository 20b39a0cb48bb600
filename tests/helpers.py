"""Shared test helpers: repository paths and a headless qgis_process runner with a temporary HOME."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sysconfig
from pathlib import Path

import pytest
from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# The algorithms that run without shapely (no GEOS of its own): what stays when shapely is unusable.
WITHOUT_GEOS = ("create_geopackage", "create_postgis_ecosystem", "copy_ecosystem", "export_ecosystem", "kpi_trends",
                "centrography", "publish_web_map", "load_address_reference", "geocode_addresses", "import_corrections",
                "review_queue", "save_portfolio")
MUNICIPALITIES_GEOJSON = REPO / "brussels_creative" / "data" / "brussels_municipalities_urbis.geojson"


def qgis_subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment for a QGIS child process: private HOME, the plugin on QGIS_PLUGINPATH, and this venv's
    packages (shapely 2) on PYTHONPATH, as a user who pip-installed them has."""
    site = sysconfig.get_paths()["purelib"]
    pythonpath = os.pathsep.join(p for p in (site, os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, HOME=str(home), QGIS_PLUGINPATH=str(REPO), PYTHONPATH=pythonpath, **extra)
    # pytest-qgis points the test QGIS at its own settings folder: a child QGIS keeps to its private HOME.
    for name in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):
        env.pop(name, None)
    return env


class QgisProcess:
    """Runs `qgis_process` with a private HOME and the plugin enabled from a given plugins folder."""

    def __init__(self, home: Path, plugin_path: Path) -> None:
        self.home = home
        self.env = qgis_subprocess_env(home, QT_QPA_PLATFORM="offscreen")
        self.env["QGIS_PLUGINPATH"] = str(plugin_path)
        enabled = self.call("plugins", "enable", "brussels_creative")
        assert enabled.returncode == 0, enabled.stderr

    def call(self, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
        """Run qgis_process with the given arguments and return the completed process."""
        return subprocess.run(
            ["qgis_process", *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def run(self, algorithm: str, **params) -> dict:
        """Run `brussels_creative:<algorithm>` with JSON parameters; return its results or fail with its log."""
        completed = subprocess.run(
            ["qgis_process", "--json", "run", f"brussels_creative:{algorithm}", "-"],
            input=json.dumps({"inputs": params}),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
        return json.loads(completed.stdout)["results"]


def desktop_profiles(profiles: Path) -> Path:
    """A QGIS profiles folder for the desktop tests: its default profile with the plugin enabled and the tips, version
    check and news feed off; `profiles` itself is returned, for --profiles-path."""
    settings = profiles / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text(
        "[PythonPlugins]\nbrussels_creative=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n"
        "allowVersionCheck=false\n\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n",
        encoding="utf-8",
    )
    return profiles


def commit_between_reads(monkeypatch, write) -> list[str]:
    """Make the fast entity reader's two reads straddle a commit: once the points are read, write() runs (another
    connection's commit) before the columns are read. Returns the list of the queries run, in order ("points",
    "columns"), for the test to check that both were read again."""
    import threading

    from brussels_creative.core.store import selection

    points_read = threading.Event()
    original_fetch, original_own = selection._fetch, selection._fetch_on_own_connection
    queries: list[str] = []

    def fetch(connection, query, params, raw=False):
        row = original_fetch(connection, query, params, raw)
        queries.append("points" if raw else "columns")
        points_read.set()
        return row

    def write_then_read(path, query, params):
        assert points_read.wait(10)
        write()
        return original_own(path, query, params)

    monkeypatch.setattr(selection, "_fetch", fetch)
    monkeypatch.setattr(selection, "_fetch_on_own_connection", write_then_read)
    monkeypatch.setattr(selection.os, "cpu_count", lambda: 2)
    return queries


# ---- Processing tests --------------------------------------------------------------------------------------------
SAMPLE_ENTITIES = 1500  # entities of the session's sample ecosystem (tests/processing_provider/conftest.py)
SAMPLE_SEED = 11


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the info messages and the warnings an algorithm reports."""

    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info: str) -> None:
        """Keep an info message."""
        self.infos.append(info)

    def pushWarning(self, warning: str) -> None:
        """Keep a warning."""
        self.warnings.append(warning)


def refuse_bad_input(output: Path, message: str, run, *args, **params) -> None:
    """run(*args, **params) raises a QgsProcessingException matching `message`, and `output` is not written."""
    with pytest.raises(QgsProcessingException, match=message):
        run(*args, **params)
    assert not output.exists()


def cancel_writes_nothing(algorithm: str, target: Path, params: dict, running_params: dict | None = None,
                          cancel_from: float = 0) -> None:
    """A run of `algorithm` writing `target` stops with "Cancelled" when its feedback is cancelled before it starts
    (`params`) and when it is cancelled at its first progress report of `cancel_from` % or more (`running_params`,
    by default `params`); `target` is never written."""
    import processing

    cancelled = QgsProcessingFeedback()
    cancelled.cancel()
    running = QgsProcessingFeedback()
    running.progressChanged.connect(lambda progress: running.cancel() if progress >= cancel_from else None)
    for feedback, inputs in ((cancelled, params), (running, params if running_params is None else running_params)):
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            processing.run(algorithm, {**inputs, "OUTPUT": str(target)}, feedback=feedback)
    assert not target.exists()


def layer_rows(layer) -> list[dict]:
    """The attributes of every feature of a layer (or of the layer at a path), NULL as None, in feature order."""
    from qgis.core import QgsVectorLayer

    if not isinstance(layer, QgsVectorLayer):
        layer = QgsVectorLayer(str(layer), "rows", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    return [
        {name: None if value is None or value == NULL else value
         for name, value in zip(names, feature.attributes(), strict=True)}
        for feature in layer.getFeatures()
    ]


def memory_layer(kind: str, geometries, crs: str = "EPSG:31370", fields: str = "", values=None):
    """A memory layer of QgsGeometry features (None: no geometry); `fields` in the provider's URI form
    ("&field=name:string"), `values` one attribute row per feature."""
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer(f"{kind}?crs={crs}{fields}", kind, "memory")
    assert layer.isValid()
    features = []
    for i, geometry in enumerate(geometries):
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(geometry)
        if values is not None:
            feature.setAttributes(list(values[i]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def points_layer(xy, crs: str = "EPSG:31370", fields: str = "", values=None):
    """A memory point layer with a point per (x, y)."""
    from qgis.core import QgsGeometry, QgsPointXY

    return memory_layer("Point", [QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))) for x, y in xy], crs,
                        fields, values)


def add_ogr_feature(layer, wkt: str | None, values: tuple) -> None:
    """Add a feature to an OGR layer: its fields in order (None left unset) and its geometry as WKT (None: none)."""
    from osgeo import ogr

    feature = ogr.Feature(layer.GetLayerDefn())
    for i, value in enumerate(values):
        if value is not None:
            feature.SetField(i, value)
    if wkt is not None:
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    assert layer.CreateFeature(feature) == 0


def sample_ecosystem(path: Path, n: int, seed: int) -> Path:
    """A new ecosystem GeoPackage at `path` holding a generated sample of `n` entities (seeded)."""
    from brussels_creative.core.sample.generator import generate_sample
    from brussels_creative.core.store.ecosystem import EcosystemStore

    with EcosystemStore.create(path) as store:
        generate_sample(store, n, seed)
    return path


def entities(path) -> str:
    """The OGR source of the entities layer of an ecosystem GeoPackage."""
    return f"{path}|layername=entities"


def municipalities(path) -> str:
    """The OGR source of the municipalities layer of an ecosystem GeoPackage."""
    return f"{path}|layername=municipalities"


def read_only(path) -> sqlite3.Connection:
    """A read-only sqlite3 connection to a GeoPackage, its rows readable by column name (sqlite3.Row)."""
    connection = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    return connection


def sql_rows(path, sql: str, params=()) -> list[tuple]:
    """The rows of a query on a GeoPackage, read through a read-only connection of its own (closed after)."""
    connection = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()
