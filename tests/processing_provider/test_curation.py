"""The curation algorithms through processing.run on real files: import_corrections, review_queue,
compare_portfolios, and the PORTFOLIO filter of the analyses."""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
from pathlib import Path

import processing
import pytest
from helpers import municipalities, sql_rows
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt import sip

from brussels_creative.core.curation import claims
from brussels_creative.core.curation.portfolios import Portfolio, save_portfolio
from brussels_creative.core.store.ecosystem import EcosystemStore


@pytest.fixture
def copy(ecosystem, tmp_path) -> Path:
    """A writable copy of the session's sample ecosystem."""
    path = tmp_path / "copy.gpkg"
    shutil.copy(ecosystem, path)
    return path


def _features(output) -> list[dict]:
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output)
    return [f.attributes() and dict(zip(layer.fields().names(), f.attributes(), strict=True))
            for f in layer.getFeatures()]


def _correction(uuid: str, **changes) -> dict:
    document = {"format": "brussels-creative-correction", "version": 1, "kind": "correction", "entity_uuid": uuid,
                "entity_name": None, "published_checksum": "sha256:" + "1" * 64,
                "published_at": "2026-11-30T08:00:00Z", "claim": False, "proposed": {"phone": "+32 2 000 11 22"},
                "comment": None, "submitter": {"name": "Ann", "email": "ann@example.org"},
                "created_at": "2026-12-01T10:00:00Z", "language": "nl"}
    document.update(changes)
    return document


def test_import_corrections_stores_the_good_files_and_lists_why_the_others_were_refused(provider, copy, tmp_path):
    (uuid,) = sql_rows(copy, "SELECT uuid FROM entities ORDER BY fid LIMIT 1")[0]
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(_correction(uuid)), encoding="utf-8")
    bad.write_text(json.dumps(_correction(uuid, proposed={"website": "javascript:alert(1)", "colour": "red"})),
                   encoding="utf-8")
    result = processing.run("brussels_creative:import_corrections",
                            {"GEOPACKAGE": str(copy), "FILES": [str(good), str(bad)], "REJECTED": "memory:"})
    assert (result["PROPOSALS"], result["REJECTED_FILES"]) == (1, 1)
    assert sorted((r["file"], r["field"]) for r in _features(result["REJECTED"])) == [
        ("bad.json", "proposed.colour"), ("bad.json", "proposed.website"), ("bad.json", "proposed.website")]
    assert sql_rows(copy, "SELECT entity_uuid, field, value, status FROM proposals") == [
        (uuid, "phone", '"+32 2 000 11 22"', "pending")]


def test_import_corrections_names_a_file_that_is_not_an_ecosystem(provider, tmp_path):
    other = tmp_path / "other.gpkg"
    sqlite3.connect(other).close()
    with pytest.raises(QgsProcessingException, match="GEOPACKAGE: .*other.gpkg"):
        processing.run("brussels_creative:import_corrections",
                       {"GEOPACKAGE": str(other), "FILES": [str(other)], "REJECTED": "memory:"})


def test_review_queue_lists_each_entry_once_with_its_reason(provider, copy):
    expected = sql_rows(copy, "SELECT count(*) FROM entities WHERE status <> 'closed' AND verification <> 'verified'")
    result = processing.run("brussels_creative:review_queue",
                            {"GEOPACKAGE": str(copy), "MONTHS": 1200, "OUTPUT": "memory:"})
    rows = _features(result["OUTPUT"])
    assert result["COUNT"] == len(rows) == expected[0][0] > 0
    assert {r["reason"] for r in rows} == {"claimed_not_verified", "never_verified"}
    assert len({r["uuid"] for r in rows}) == len(rows)
    assert result["OUTPUT"].crs().authid() == "EPSG:31370"


def test_compare_portfolios_puts_a_list_and_an_expression_side_by_side(provider, copy, tmp_path):
    uuids = [u for (u,) in sql_rows(copy, "SELECT uuid FROM entities WHERE entity_type = 'fablab' ORDER BY fid")][:5]
    with EcosystemStore.open(copy) as store:
        save_portfolio(store, Portfolio("five labs", uuids=tuple(uuids)))
        save_portfolio(store, Portfolio("hubs", expression="\"entity_type\" = 'hub'"))
        claims.verify(store, uuids[:2], "curator.anna")
    hubs = sql_rows(copy, "SELECT count(*) FROM entities WHERE entity_type = 'hub'")[0][0]
    verified = sql_rows(copy, f"SELECT count(*) FROM entities WHERE verification = 'verified' AND uuid IN "
                           f"({', '.join('?' for _ in uuids)})", uuids)[0][0]
    assert 2 <= verified < 5
    chart = tmp_path / "compare.svg"
    result = processing.run("brussels_creative:compare_portfolios",
                            {"GEOPACKAGE": str(copy), "PORTFOLIOS": "five labs; hubs", "OUTPUT": "memory:",
                             "CHART": str(chart)})
    table = {(r["measure"], r["category"] or None): (r["five labs"], r["hubs"]) for r in _features(result["OUTPUT"])}
    assert table["entities", None] == (5, hubs)
    assert table["verified_pct", None][0] == pytest.approx(100.0 * verified / 5)
    assert table["entity_type", "fablab"] == (5, 0)
    assert table["entity_type", "hub"] == (0, hubs)
    assert table["per_km2", None][0] == pytest.approx(5 / 161.4, rel=0.01)
    assert chart.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "five labs" in chart.read_text()
    with pytest.raises(QgsProcessingException, match="no portfolio named 'nope'"):
        processing.run("brussels_creative:compare_portfolios",
                       {"GEOPACKAGE": str(copy), "PORTFOLIOS": "hubs;nope", "OUTPUT": "memory:"})


def test_an_analysis_with_a_portfolio_uses_its_members_only_and_follows_deletions(provider, copy):
    uuids = [u for (u,) in sql_rows(copy, "SELECT uuid FROM entities WHERE status = 'active' ORDER BY fid")][:40]
    with EcosystemStore.open(copy) as store:
        save_portfolio(store, Portfolio("forty", uuids=tuple(uuids)))
        save_portfolio(store, Portfolio("coworkings", expression="\"entity_type\" = 'coworking'"))
    entities = f"{copy}|layername=entities"

    def counted(portfolio: str) -> int:
        result = processing.run("brussels_creative:density_by_area",
                                {"INPUT": entities, "AREAS": municipalities(copy), "PORTFOLIO": portfolio,
                                 "OUTPUT": "memory:"})
        return int(sum(f["n_entities"] for f in result["OUTPUT"].getFeatures()))

    assert counted("forty") == 40
    coworkings = sql_rows(copy, "SELECT count(*) FROM entities WHERE entity_type = 'coworking'")[0][0]
    assert counted("coworkings") == coworkings
    with EcosystemStore.open(copy) as store, store.transaction() as connection:
        connection.execute("DELETE FROM entities WHERE uuid IN (?, ?)", uuids[:2])
        store.add_entity(149_000, 170_000, name="Nouveau cowork", entity_type="coworking")
    assert counted("forty") == 38
    assert counted("coworkings") == coworkings + 1


@pytest.mark.parametrize(("expression", "message"), [
    ("\"entity_type\" = ", "PORTFOLIO: the expression of portfolio broken does not parse: "),
    ("to_int(\"name\") > 3", "PORTFOLIO: the expression of portfolio broken fails: "),
])
def test_a_portfolio_whose_expression_does_not_work_is_named(provider, copy, expression, message):
    with EcosystemStore.open(copy) as store:
        store.connection.execute("INSERT INTO portfolios (name, expression) VALUES ('broken', ?)", (expression,))
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("brussels_creative:density_by_area", {
            "INPUT": f"{copy}|layername=entities", "AREAS": municipalities(copy), "PORTFOLIO": "broken",
            "OUTPUT": "memory:"})
    assert str(raised.value).startswith(message) and len(str(raised.value)) > len(message)
    del raised
    gc.collect()  # QGIS keeps the error; a layer its traceback held past exitQgis() crashed the test session at exit
    assert not [kept for kept in gc.get_objects()
                if isinstance(kept, QgsVectorLayer) and not sip.isdeleted(kept) and str(copy) in kept.source()]


def test_save_portfolio_keeps_a_selection_or_an_expression(provider, copy):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(f"{copy}|layername=entities", "entities", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByExpression("\"entity_type\" = 'hub'")
        hubs = layer.selectedFeatureCount()
        assert hubs > 0
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
        result = processing.run("brussels_creative:save_portfolio",
                                {"GEOPACKAGE": str(copy), "NAME": "hubs", "ENTITIES": selected,
                                 "DESCRIPTION": "the hubs"})
        assert result["MEMBERS"] == hubs
        result = processing.run("brussels_creative:save_portfolio",
                                {"GEOPACKAGE": str(copy), "NAME": "labs", "EXPRESSION": "\"entity_type\" = 'fablab'"})
        labs = sql_rows(copy, "SELECT count(*) FROM entities WHERE entity_type = 'fablab'")[0][0]
        assert result["MEMBERS"] == labs
        with pytest.raises(QgsProcessingException, match="UNIQUE"):
            processing.run("brussels_creative:save_portfolio",
                           {"GEOPACKAGE": str(copy), "NAME": "labs", "EXPRESSION": "true"})
        with pytest.raises(QgsProcessingException, match="EXPRESSION or ENTITIES: give one of the two"):
            processing.run("brussels_creative:save_portfolio", {"GEOPACKAGE": str(copy), "NAME": "none"})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    stored = sql_rows(copy, "SELECT name, expression IS NULL, json_array_length(entity_uuids), description "
                         "FROM portfolios ORDER BY name")
    assert stored == [("hubs", 1, hubs, "the hubs"), ("labs", 0, None, None)]
