"""The plugin runs headless through qgis_process, from the checkout and from the packaged zip."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import zipfile

from helpers import REPO, QgisProcess
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsEditFormConfig, QgsProject, QgsVectorLayer

ALGORITHMS = ("create_geopackage", "create_postgis_ecosystem", "copy_ecosystem", "check_geopackage", "generate_sample",
              "load_address_reference", "geocode_addresses", "import_entities", "quality_report", "import_corrections",
              "review_queue", "compare_portfolios", "save_portfolio")


def _metadata_version() -> str:
    text = (REPO / "brussels_creative" / "metadata.txt").read_text(encoding="utf-8")
    return re.search(r"^version=(.+)$", text, re.MULTILINE).group(1).strip()


def test_qgis_process_lists_the_provider_and_its_algorithms(qgis_process_cli):
    listing = qgis_process_cli.call("list")
    assert listing.returncode == 0, listing.stderr
    assert "Brussels Creative" in listing.stdout
    for algorithm in ALGORITHMS:
        assert f"brussels_creative:{algorithm}" in listing.stdout


def test_create_and_check_run_headless(qgis_process_cli, tmp_path):
    path = tmp_path / "eco.gpkg"
    created = qgis_process_cli.run("create_geopackage", OUTPUT=str(path), LANGUAGE=2)  # forms in French
    assert created["OUTPUT"] == str(path)
    assert validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False) == []
    _opens_with_its_forms_in_plain_qgis(path, tmp_path / "colleague")
    checked = qgis_process_cli.run("check_geopackage", INPUT=str(path), OUTPUT=str(tmp_path / "findings.csv"))
    assert checked["ERRORS"] == 0
    refused = qgis_process_cli.call("run", "brussels_creative:create_geopackage", f"--OUTPUT={path}")
    assert refused.returncode != 0
    assert "already exists" in refused.stdout + refused.stderr


def test_address_reference_and_geocoding_run_headless(qgis_process_cli, address_reference, tmp_path):
    import csv

    from brussels_creative.core.store.ecosystem import EcosystemStore

    best = tmp_path / "best_1030.csv"
    rows = [r for r in address_reference.rows if r["postcode"] == "1030"]
    with best.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    path = tmp_path / "eco.gpkg"
    EcosystemStore.create(path).close()
    loaded = qgis_process_cli.run("load_address_reference", INPUT=str(best), GEOPACKAGE=str(path))
    assert loaded["POINTS"] == len(rows)
    target = rows[0]
    addresses = tmp_path / "partners.csv"
    addresses.write_text(
        "name,address\n"
        f"Hub,\"{target['streetname_nl']} {target['house_number']}, 1030 Schaarbeek\"\n"
        "Nowhere,Rue Imaginaire 5\n",
        encoding="utf-8",
    )
    output = tmp_path / "geocoded.gpkg"
    result = qgis_process_cli.run("geocode_addresses", INPUT=str(addresses), ADDRESS_FIELD="address",
                                  GEOPACKAGE=str(path), OUTPUT=str(output))
    assert (result["MATCHED"], result["UNMATCHED"]) == (1, 1)
    connection = sqlite3.connect(f"file:{output}?mode=ro", uri=True)
    try:
        found = connection.execute(
            "SELECT name, match_type, matched_fr, nis_code, match_reason FROM geocoded ORDER BY fid").fetchall()
    finally:
        connection.close()
    assert found == [
        ("Hub", "exact", f"{target['streetname_fr']} {target['house_number']}, 1030 Schaerbeek", "21015", None),
        ("Nowhere", "none", None, None, "street 'rue imaginaire' not found and no postcode"),
    ]
def test_import_and_quality_report_run_headless(qgis_process_cli, tmp_path):
    path = tmp_path / "eco.gpkg"
    qgis_process_cli.run("create_geopackage", OUTPUT=str(path))
    partners = tmp_path / "partenaires.csv"
    partners.write_bytes("Nom;Type;Secteur;Téléphone;Longitude;Latitude\n"
                         "Atelier Nord;entreprise;design;123;4,3601;50,8601\n"
                         "Atelier du Nord;entreprise;design;;4,3602;50,8602\n"
                         "Studio Sud;collectif;céramique;;4,33;50,82\n".encode("cp1252"))
    refused = qgis_process_cli.call("run", "brussels_creative:import_entities", f"--INPUT={partners}",
                                    f"--GEOPACKAGE={path}")
    assert refused.returncode != 0
    assert "Row 4, Secteur 'céramique': unknown sector 'céramique'" in refused.stdout + refused.stderr
    imported = qgis_process_cli.run("import_entities", INPUT=str(partners), GEOPACKAGE=str(path), MODE=1,
                                    REJECTS=str(tmp_path / "rejects.csv"))
    assert (imported["INSERTED"], imported["REJECTED"]) == (2, 1)
    report = tmp_path / "report.html"
    checked = qgis_process_cli.run("quality_report", INPUT=str(path), OUTPUT=str(tmp_path / "findings.csv"),
                                   REPORT=str(report))
    assert (checked["ERRORS"], checked["WARNINGS"]) == (0, 3)  # a bad phone, two probable duplicates
    assert "data:image/png;base64," in report.read_text(encoding="utf-8")


def test_curation_algorithms_run_headless(qgis_process_cli, tmp_path):
    import json

    from brussels_creative.core.store.ecosystem import EcosystemStore

    path = tmp_path / "eco.gpkg"
    qgis_process_cli.run("create_geopackage", OUTPUT=str(path))
    with EcosystemStore.open(path) as store, store.transaction():
        hub = store.add_entity(149_000, 170_000, name="Hub", entity_type="hub", website="https://hub.brussels")
        store.add_entity(150_000, 169_000, name="Lab", entity_type="fablab")
    saved = qgis_process_cli.run("save_portfolio", GEOPACKAGE=str(path), NAME="hub",
                                 ENTITIES=f"{path}|layername=entities|subset=\"entity_type\" = 'hub'")
    assert saved["MEMBERS"] == 1
    saved = qgis_process_cli.run("save_portfolio", GEOPACKAGE=str(path), NAME="labs",
                                 EXPRESSION="\"entity_type\" = 'fablab'")
    assert saved["MEMBERS"] == 1
    correction = tmp_path / "claim.json"
    correction.write_text(json.dumps({
        "format": "brussels-creative-correction", "version": 1, "kind": "correction", "entity_uuid": hub,
        "entity_name": "Hub", "published_checksum": "sha256:" + "2" * 64, "published_at": "2026-11-30T08:00:00Z",
        "claim": True, "proposed": {}, "comment": None, "submitter": {"name": "Jan", "email": "jan@hub.brussels"},
        "created_at": "2026-12-01T10:00:00Z", "language": "fr"}), encoding="utf-8")
    imported = qgis_process_cli.run("import_corrections", GEOPACKAGE=str(path), FILES=[str(correction)],
                                    REJECTED=str(tmp_path / "rejected.csv"))
    assert (imported["PROPOSALS"], imported["REJECTED_FILES"]) == (1, 0)
    queue = qgis_process_cli.run("review_queue", GEOPACKAGE=str(path), OUTPUT=str(tmp_path / "queue.gpkg"))
    assert queue["COUNT"] == 2
    compared = qgis_process_cli.run("compare_portfolios", GEOPACKAGE=str(path), PORTFOLIOS="hub;labs",
                                    OUTPUT=str(tmp_path / "compare.csv"), CHART=str(tmp_path / "compare.png"))
    table = (tmp_path / "compare.csv").read_text(encoding="utf-8").splitlines()
    assert table[0] == "measure,category,hub,labs" and table[1] == "entities,,1,1"
    assert (tmp_path / "compare.png").read_bytes()[:4] == b"\x89PNG" and compared["CHART"].endswith("compare.png")


def test_packaged_zip_holds_exactly_the_plugin_and_loads_in_qgis_process(tmp_path):
    version = _metadata_version()
    built = subprocess.run(["make", "package"], cwd=REPO, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stdout + built.stderr
    archive = REPO / "dist" / f"brussels_creative-{version}.zip"
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
        assert all(name.startswith("brussels_creative/") for name in names)
        assert "brussels_creative/metadata.txt" in names
        assert "brussels_creative/__init__.py" in names
        assert "brussels_creative/data/brussels_municipalities_urbis.geojson" in names
        assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts")) or "/tests/" in n]
        plugins = tmp_path / "plugins"
        package.extractall(plugins)
    home = tmp_path / "home"
    home.mkdir()
    runner = QgisProcess(home, plugins)
    listing = runner.call("list")
    assert "brussels_creative:create_geopackage" in listing.stdout
    help_text = runner.call("help", "brussels_creative:create_geopackage")
    assert help_text.returncode == 0
    assert str(plugins) in runner.env["QGIS_PLUGINPATH"]


def _opens_with_its_forms_in_plain_qgis(path, elsewhere):
    """A colleague copies the file into another folder and opens it in QGIS without the plugin (only qgis.core
    here): the layers get the default styles with forms, and the stored project finds every layer.

    The stored project names its layers relative to the GeoPackage's folder (QGIS's rule for projects in a
    GeoPackage): a copy in another folder opens; a renamed copy does not find its layers."""
    elsewhere.mkdir()
    copy = elsewhere / path.name
    shutil.copy(path, copy)
    with sqlite3.connect(copy) as connection:
        styled = {row[0] for row in connection.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
        projects = connection.execute("SELECT name FROM qgis_projects").fetchall()
    assert {"entities", "relationships", "entity_sectors", "municipalities", "sectors"} <= styled
    assert projects == [("Brussels Creative",)]
    entities = QgsVectorLayer(f"{copy}|layername=entities", "entities", "ogr")  # Layer ▸ Add layer, by hand
    assert entities.editFormConfig().layout() == QgsEditFormConfig.TabLayout
    assert entities.editFormConfig().tabs()[0].name() == "Identité"
    assert entities.renderer().classAttribute() == "entity_type"
    project = QgsProject()  # Project ▸ Open from ▸ GeoPackage
    assert project.read(f"geopackage:{copy}?projectName=Brussels%20Creative")
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert len(layers) == 14 and all(layer.isValid() for layer in layers.values())
    assert layers["Entités"].source().startswith(str(copy))
    assert len(project.relationManager().relations()) == 6
    project.clear()


def test_the_text_log_keeps_each_message_on_a_line_of_its_own(qgis_process_cli, tmp_path):
    """qgis_process draws progress dots without ending their line: a message pushed at 30 % used to follow them
    ("0...10...20...30.Counting 3000 points…")."""
    path = tmp_path / "eco.gpkg"
    qgis_process_cli.run("generate_sample", OUTPUT=str(path))
    completed = qgis_process_cli.call(
        "run", "brussels_creative:density_grid", f"--INPUT={path}|layername=entities", "--CELL_SIZE=200",
        "--EXTENT=148000,150000,168000,172000 [EPSG:31370]", f"--OUTPUT={tmp_path / 'grid.gpkg'}")
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    lines = completed.stdout.splitlines()
    assert any(line.startswith("Counting 3000 points in a ") for line in lines), completed.stdout
    ticks = [line for line in lines if re.match(r"[0-9]*\.\.", line)]
    assert ticks and all(re.fullmatch(r"[0-9.]+( - done\.)?", line) for line in ticks), ticks
