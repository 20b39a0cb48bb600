"""The analyses on an ecosystem in PostGIS read it through the storage interface and give what they give on the same
ecosystem in a GeoPackage: the whole entities read directly (density_grid), sector and portfolio filters, the
relationships (network_metrics) and the municipalities (flow_lines by area)."""

from __future__ import annotations

import processing
import pytest
from postgis_server import require_psycopg2
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from brussels_creative.core.curation.portfolios import Portfolio, save_portfolio
from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.postgis import copy
from brussels_creative.core.store.postgis.store import connect

psycopg2 = require_psycopg2()


@pytest.fixture(scope="module")
def both(postgis_server, tmp_path_factory):
    """A sample ecosystem with portfolios, as a GeoPackage entities layer and as a PostGIS one."""
    path = tmp_path_factory.mktemp("analyses") / "sample.gpkg"
    with EcosystemStore.create(path) as store:
        generate_sample(store, n=800, seed=5)
        picked = tuple(row[0] for row in store.connection.execute("SELECT uuid FROM entities WHERE fid % 7 = 0"))
        save_portfolio(store, Portfolio("Every seventh", uuids=picked))
        save_portfolio(store, Portfolio("Labs", expression="\"entity_type\" = 'fablab'"))
    dsn = postgis_server.create_database("analyses_on_postgis")
    connection = connect(dsn)
    copy.copy_geopackage_to_postgis(path, connection, "eco")
    connection.close()
    uri = QgsDataSourceUri(dsn)
    uri.setDataSource("eco", "entities", "geom", "", "fid")
    yield f"{path}|layername=entities", QgsVectorLayer(uri.uri(False), "entities", "postgres")
    postgis_server.drop_database("analyses_on_postgis")


def _rows(output: str) -> list[dict]:
    layer = QgsVectorLayer(output, "out", "ogr")
    names = layer.fields().names()
    return [dict(zip(names, feature.attributes(), strict=True)) | {"geometry": feature.geometry().asWkt(3)}
            for feature in layer.getFeatures()]


def _run(algorithm: str, tmp_path, name: str, **parameters) -> list[dict]:
    result = processing.run(f"brussels_creative:{algorithm}", {**parameters, "OUTPUT": str(tmp_path / f"{name}.gpkg")})
    return _rows(result["OUTPUT"])


@pytest.mark.parametrize("parameters", [
    pytest.param({}, id="whole"),
    pytest.param({"SECTORS": ["design", "music"]}, id="sectors"),
    pytest.param({"PORTFOLIO": "Every seventh"}, id="list-portfolio"),
    pytest.param({"PORTFOLIO": "Labs", "STATUSES": ["active"]}, id="expression-portfolio"),
])
def test_density_grid_reads_postgis_as_it_reads_the_geopackage(provider, both, tmp_path, parameters):
    geopackage, postgis = both
    in_file = _run("density_grid", tmp_path, "file", INPUT=geopackage, CELL_SIZE=1000, **parameters)
    in_database = _run("density_grid", tmp_path, "database", INPUT=postgis, CELL_SIZE=1000, **parameters)
    assert in_database == in_file
    assert 0 < sum(row["n_entities"] for row in in_file) <= 800


def test_network_metrics_and_flows_by_municipality_read_postgis_as_the_geopackage(provider, both, tmp_path):
    geopackage, postgis = both
    in_file = _run("network_metrics", tmp_path, "nf", INPUT=geopackage)
    in_database = _run("network_metrics", tmp_path, "nd", INPUT=postgis)
    # the same graph, its iterative measures equal to the last bits (summation order)
    assert in_database == [{k: pytest.approx(v, rel=1e-12) if isinstance(v, float) else v for k, v in row.items()}
                           for row in in_file]
    assert sum(row["degree"] for row in in_file) > 100
    in_file = _run("flow_lines", tmp_path, "ff", INPUT=geopackage, MODE=1)
    assert in_file and _run("flow_lines", tmp_path, "fd", INPUT=postgis, MODE=1) == in_file
