"""import_entities through processing.run: modes, REJECTS, the exception naming the rows, cancel, layers as input."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.gpkg import blob_point_xy

PARTNERS = (
    "Organisation;Type;Secteurs;Adresse;Code postal;Courriel;X;Y\n"
    "Studio Nord;entreprise;design|mode;Rue du Nord 1;1000;studio@nord.be;149000;171000\n"   # line 2: imported
    "Atelier Sud;collectif;céramique;;1060;;148000;168000\n"                               # line 3: unknown sector
    "Lab Est;fablab;design;;1040;lab@est;152000;169000\n"                                  # line 4: bad e-mail
    "Maison Ouest;hub;music;Chaussée de Gand 100, 1080 Molenbeek;;;;\n"                    # line 5: address only
)


def _hashes(path: Path) -> tuple:
    return tuple(hashlib.sha256(Path(str(path) + s).read_bytes()).hexdigest() if Path(str(path) + s).exists()
                 else None for s in ("", "-wal", "-shm", "-journal"))


@pytest.fixture
def files(qgis_app, tmp_path):
    """An empty ecosystem and the partner list (Latin-1)."""
    gpkg = tmp_path / "eco.gpkg"
    EcosystemStore.create(gpkg).close()
    csv = tmp_path / "partenaires.csv"
    csv.write_bytes(PARTNERS.encode("cp1252"))
    return gpkg, csv


def _run(gpkg, source, tmp_path, feedback=None, **extra):
    parameters = {"INPUT": source, "GEOPACKAGE": str(gpkg), "REJECTS": str(tmp_path / "rejects.csv"), **extra}
    return processing.run("brussels_creative:import_entities", parameters, feedback=feedback)


def test_all_or_nothing_refuses_and_names_every_bad_row(provider, files, tmp_path):
    gpkg, csv = files
    before = _hashes(gpkg)
    with pytest.raises(QgsProcessingException) as raised:
        _run(gpkg, str(csv), tmp_path)
    message = str(raised.value)
    assert message.startswith("3 rows refused; nothing was imported (all-or-nothing mode):")
    assert "Row 3, Secteurs 'céramique': unknown sector 'céramique'" in message
    assert "Row 4, Courriel 'lab@est': not an e-mail address" in message
    assert "Row 5, Adresse 'Chaussée de Gand 100, 1080 Molenbeek': no location: load an address reference" in message
    assert _hashes(gpkg) == before


def test_valid_rows_writes_the_good_rows_and_rejects_the_others(provider, files, tmp_path):
    gpkg, csv = files
    result = _run(gpkg, str(csv), tmp_path, MODE=1)
    assert (result["INSERTED"], result["UPDATED"], result["SKIPPED"], result["REJECTED"]) == (1, 0, 0, 3)
    rejects = QgsVectorLayer(result["REJECTS"], "rejects", "ogr")
    rows = [dict(zip(rejects.fields().names(), f.attributes(), strict=True)) for f in rejects.getFeatures()]
    assert [(int(r["row"]), r["column"], r["Organisation"]) for r in rows] == [
        (3, "Secteurs", "Atelier Sud"), (4, "Courriel", "Lab Est"), (5, "Adresse", "Maison Ouest")]
    with sqlite3.connect(gpkg) as connection:
        assert connection.execute("SELECT name, address, municipality, sector_codes, source LIKE 'partenaires.csv "
                                  "(import %' FROM entities").fetchall() == [
            ("Studio Nord", "Rue du Nord 1", "21004", "{design,fashion}", 1)]


class CancelWhileWriting(QgsProcessingFeedback):
    """Cancels as soon as the import reports progress past reading (the write has started)."""

    def setProgress(self, progress: float) -> None:
        super().setProgress(progress)
        if progress > 40:
            self.cancel()


def test_a_canceled_import_leaves_the_geopackage_byte_for_byte(provider, files, tmp_path):
    gpkg, _ = files
    big = tmp_path / "big.csv"
    big.write_text("name,type,x,y\n" + "\n".join(f"E{i},company,{145000 + i},170000" for i in range(6000)),
                   encoding="utf-8")
    before = _hashes(gpkg)
    with pytest.raises(QgsProcessingException, match="Cancelled: nothing was written"):
        _run(gpkg, str(big), tmp_path, feedback=CancelWhileWriting())
    assert _hashes(gpkg) == before


def test_a_layer_of_the_project_in_another_crs(provider, files, tmp_path):
    gpkg, _ = files
    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=naam:string&field=soort:string&field=sector:string"
                           "&field=opgericht:date", "partners", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Bozar", "Culturele locatie", "Podiumkunsten", QDate(1928, 5, 4)])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(485_350.0, 6_593_750.0)))  # Brussels centre
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        result = processing.run("brussels_creative:import_entities",
                                {"INPUT": layer.id(), "GEOPACKAGE": str(gpkg), "REJECTS": "TEMPORARY_OUTPUT"},
                                context=context)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert result["INSERTED"] == 1
    with sqlite3.connect(gpkg) as connection:
        assert connection.execute(
            "SELECT entity_type, sector_codes, municipality, founded_year FROM entities").fetchall() == [
            ("cultural_venue", "{performing_arts}", "21004", 1928)]


def test_with_an_address_reference_in_the_file_address_only_rows_are_geocoded(provider, address_reference, tmp_path):
    gpkg = Path(shutil.copy(address_reference.gpkg, tmp_path / "eco.gpkg"))
    row = address_reference.number("Rue Haute", "1000")
    source = tmp_path / "members.csv"
    source.write_text(f"name;type;address\nHaute;hub;Rue Haute {row['house_number']}, 1000 Bruxelles\n",
                      encoding="utf-8")
    result = _run(gpkg, str(source), tmp_path)
    assert result["INSERTED"] == 1
    with sqlite3.connect(gpkg) as connection:
        (blob,) = connection.execute("SELECT geom FROM entities WHERE name = 'Haute'").fetchone()
    assert blob_point_xy(blob) == pytest.approx(address_reference.xy(row))


def test_as_proposals_writes_no_entity_but_proposals_a_curator_can_approve(provider, files, tmp_path):
    from brussels_creative.core.curation import proposals

    gpkg, csv = files
    first = _run(gpkg, str(csv), tmp_path, MODE=1)  # Studio Nord is in the file now
    assert first["INSERTED"] == 1
    update = tmp_path / "update.csv"
    update.write_text("Organisation;Type;Secteurs;Courriel;X;Y\n"
                      "Studio Nord;entreprise;design|mode;contact@nord.be;149000;171000\n"  # one changed value
                      "Nouveau Lab;fablab;design;;150000;170000\n", encoding="utf-8")       # a new entity
    before = sqlite3.connect(gpkg).execute("SELECT * FROM entities").fetchall()
    result = _run(gpkg, str(update), tmp_path, AS_PROPOSALS=True)
    assert (result["INSERTED"], result["UPDATED"], result["PROPOSED"]) == (0, 0, 2)
    assert sqlite3.connect(gpkg).execute("SELECT * FROM entities").fetchall() == before
    with EcosystemStore.open(gpkg) as store:
        pending = proposals.list_proposals(store)
        assert [(p.kind, p.field, p.value if p.kind == "change" else p.value["name"]) for p in pending] == [
            ("change", "email", "contact@nord.be"), ("new", "new_entity", "Nouveau Lab")]
        assert {p.source.split(" (import")[0] for p in pending} == {"update.csv"}
        for p in pending:
            proposals.approve(store, p.fid, "curator.anna")
    with sqlite3.connect(gpkg) as connection:
        assert connection.execute("SELECT name, email FROM entities ORDER BY name").fetchall() == [
            ("Nouveau Lab", None), ("Studio Nord", "contact@nord.be")]
