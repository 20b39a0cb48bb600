"""The storage interface the analyses read through (EcosystemSource), run against both backends by one parametrised
fixture: the GeoPackage's tests' three entities, in the file and copied to a PostGIS schema, read the same."""

from __future__ import annotations

import numpy as np
import pytest
from core.conftest import HUB_XY, LAB_XY, STUDIO_XY, build_ecosystem
from postgis_server import require_psycopg2

from brussels_creative.core.curation.portfolios import Portfolio, save_portfolio
from brussels_creative.core.store import taxonomy
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.postgis import copy
from brussels_creative.core.store.postgis.source import PostgisSource
from brussels_creative.core.store.postgis.store import connect
from brussels_creative.core.store.selection import EntityFilter
from brussels_creative.core.store.sources import GeoPackageSource

psycopg2 = require_psycopg2()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The seeded GeoPackage, with a list portfolio and a closed entity."""
    ecosystem = build_ecosystem(tmp_path_factory.mktemp("sources") / "ecosystem.gpkg")
    with EcosystemStore.open(ecosystem.path) as store:
        save_portfolio(store, Portfolio("Pair", uuids=(ecosystem.uuids["lab"], ecosystem.uuids["hub"])))
        with store.transaction() as connection:
            connection.execute("UPDATE entities SET status = 'closed' WHERE uuid = ?", (ecosystem.uuids["studio"],))
    return ecosystem


@pytest.fixture(scope="module", params=["geopackage", "postgis"])
def source(request, seeded, postgis_server):
    """The same ecosystem through each backend."""
    if request.param == "geopackage":
        yield GeoPackageSource(seeded.path)
        return
    dsn = postgis_server.create_database("sources_parity")
    connection = connect(dsn)
    copy.copy_geopackage_to_postgis(seeded.path, connection, "eco")
    connection.close()
    yield PostgisSource(dsn, "eco", "sources_parity")
    postgis_server.drop_database("sources_parity")


def test_vocabularies_come_in_their_order(source):
    assert source.vocabulary("sectors") == [t.code for t in taxonomy.SECTORS]
    assert source.vocabulary("relation_types") == [t.code for t in taxonomy.RELATION_TYPES]
    with pytest.raises(ValueError, match="unknown lookup table"):
        source.vocabulary("entities")


def test_entity_points_in_fid_order_with_columns_filters_and_codes(source, seeded):
    points = source.entity_points(EntityFilter(), ("name", "founded_year", "created_at"),
                                  coded={"primary_sector": "sectors"})
    assert np.column_stack([points.x, points.y]).tolist() == [list(HUB_XY), list(LAB_XY), list(STUDIO_XY)]
    assert points.uuids == [seeded.uuids[k] for k in ("hub", "lab", "studio")]
    assert points.columns["name"] == ["Hub Centrale", "Lab Ixelles", "Studio Molenbeek"]
    assert points.columns["founded_year"] == [2010, None, None]
    assert all(len(v) == 24 and v.endswith("Z") for v in points.columns["created_at"])  # ISO, milliseconds, UTC
    codes = points.vocabularies["primary_sector"]
    assert [codes[i] if i >= 0 else None for i in points.coded["primary_sector"]] == ["music", "design", None]

    open_ones = source.entity_points(EntityFilter(statuses=("active",), sectors=("design",)), with_uuids=False)
    assert open_ones.x.tolist() == [HUB_XY[0], LAB_XY[0]] and open_ones.uuids == ["", ""]
    picked = source.entity_points(EntityFilter(uuids=(seeded.uuids["studio"],)))
    assert picked.uuids == [seeded.uuids["studio"]]
    with pytest.raises(ValueError, match="entities has no field colour"):
        source.entity_points(EntityFilter(), ("colour",))


def test_sectors_relationships_municipalities_and_portfolios(source, seeded):
    uuids = [seeded.uuids[k] for k in ("studio", "lab", "hub")]
    point, sector, codes = source.sector_memberships(uuids, primary_only=False)
    assert sorted((uuids[p], codes[s]) for p, s in zip(point, sector, strict=True)) == sorted([
        (seeded.uuids["hub"], "music"), (seeded.uuids["hub"], "design"), (seeded.uuids["lab"], "design")])
    point, sector, codes = source.sector_memberships(uuids, primary_only=True)
    assert sorted((uuids[p], codes[s]) for p, s in zip(point, sector, strict=True)) == sorted([
        (seeded.uuids["hub"], "music"), (seeded.uuids["lab"], "design")])
    assert source.uuids_in_sectors(("music",)) == {seeded.uuids["hub"]}

    relations = source.relationships()
    assert list(zip(relations.from_uuids, relations.to_uuids, relations.types, strict=True)) == [
        (seeded.uuids["lab"], seeded.uuids["hub"], "member_of"),
        (seeded.uuids["studio"], seeded.uuids["lab"], "collaborates_with")]
    assert relations.directed == {t.code: t.directed for t in taxonomy.RELATION_TYPES}
    assert source.relationships(("member_of",), "2020-01-01").types == ["member_of"]

    codes, labels, wkbs = source.municipalities()
    assert codes == [m.nis for m in taxonomy.MUNICIPALITIES] and len(wkbs) == 19 and labels[0]
    rows = source.portfolio_rows()
    assert [row[0] for row in rows] == ["Pair"] and rows[0][5] == 0 and rows[0][6].endswith("Z")
    assert source.existing_uuids((seeded.uuids["hub"], "00000000-0000-4000-8000-000000000000")) == {
        seeded.uuids["hub"]}
