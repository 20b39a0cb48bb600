"""Every rule of the GeoPackage's bad-input tests is refused by the PostGIS ecosystem too, under the same name: through
QGIS's PostgreSQL layers (inserts and changes of entities, links and relationships, vocabulary codes in use) and
through psql, on the same three entities the GeoPackage's tests seed (copied to the database). A refused write leaves
every table as it was, and good writes committed before it in the same editing session stay."""

from __future__ import annotations

import hashlib
import re
import subprocess

import pytest
from core.conftest import Ecosystem, build_ecosystem
from postgis_server import BIN, require_psycopg2
from qgis.core import QgsDataSourceUri, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from test_schema_rules import (
    CODES_IN_USE,
    ENTITY_VALUE_CASES,
    MISSING_UUID,
    NEXT_YEAR,
    RELATIONSHIP_CHANGE_CASES,
    ROW_CASES,
    SQLITE_CASES,
    _commit_fails_naming,
    _commit_keeping_session,
    _resolve,
    delete_code,
    refuse_a_bad_entity_change,
    refuse_a_bad_entity_insert,
    refuse_a_relationship_change,
    refuse_edits_of_a_code_in_use,
    rename_code,
)

from brussels_creative.core.store.postgis import copy
from brussels_creative.core.store.postgis.store import connect

psycopg2 = require_psycopg2()
SCHEMA = "brussels"
# What PostgreSQL names where the GeoPackage's message names SQLite's own constraint (table.columns).
POSTGRES_NAMES = {
    "entities.name": 'column "name" of relation "entities"',
    "entities.status": 'column "status" of relation "entities"',
    "entity_services.entity_uuid, entity_services.code": "bc_link_unique_services",
}
PG_TABLES = (*copy.TABLES, "relationship_lines", "bc_meta")


class PostgisEcosystem(Ecosystem):
    """The seeded ecosystem in a PostGIS schema: QGIS layers through the postgres provider, reads through psycopg2."""

    dsn: str = ""

    def layer(self, table: str) -> QgsVectorLayer:
        """A fresh QGIS layer on one table, as a user adds it from the Browser's PostgreSQL connection."""
        uri = QgsDataSourceUri(self.dsn)
        geometry = "geom" if table in ("entities", "municipalities", "relationship_lines") else None
        uri.setDataSource(SCHEMA, table, geometry, "", "fid")
        layer = QgsVectorLayer(uri.uri(False), table, "postgres")
        assert layer.isValid(), f"QGIS cannot open {SCHEMA}.{table}: {layer.error().summary()}"
        self.layers.append(layer)
        return layer

    def rows(self, sql: str, params=()) -> list[tuple]:
        """Rows of a read-only query (the GeoPackage tests' '?' placeholders accepted)."""
        connection = psycopg2.connect(self.dsn)
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"SET search_path TO {SCHEMA}, public")
                cursor.execute(sql.replace("?", "%s"), tuple(params))
                return cursor.fetchall()
        finally:
            connection.close()

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row of every table, in fid order."""
        return {table: self.rows(f"SELECT * FROM {table} ORDER BY fid") for table in PG_TABLES}


@pytest.fixture(scope="module")
def seeded_template(postgis_server, tmp_path_factory) -> tuple[str, dict[str, str]]:
    """A database holding the GeoPackage tests' three entities, copied once; tests work on copies of it."""
    seeded = build_ecosystem(tmp_path_factory.mktemp("rules") / "ecosystem.gpkg")
    dsn = postgis_server.create_database("rules_template")
    connection = connect(dsn)
    copy.copy_geopackage_to_postgis(seeded.path, connection, SCHEMA)
    connection.close()
    return "rules_template", seeded.uuids


@pytest.fixture
def ecosystem(release_qgis_layers, postgis_server, seeded_template, request):
    """A fresh copy of the seeded ecosystem database for one test."""
    template, uuids = seeded_template
    name = "r_" + hashlib.sha1(request.node.nodeid.encode()).hexdigest()[:16]
    ecosystem = PostgisEcosystem(path=None, uuids=dict(uuids))
    ecosystem.dsn = postgis_server.create_database(name, template=template)
    yield ecosystem
    ecosystem.close_layers()
    postgis_server.drop_database(name)


def _named(rule: str) -> str:
    return POSTGRES_NAMES.get(rule, rule)


def _typed(layer: QgsVectorLayer, values: dict) -> dict:
    """The GeoPackage tests' 0/1 for a boolean field as the true/false a QGIS checkbox gives a PostgreSQL layer."""
    fields = layer.fields()
    return {key: bool(value) if fields.field(key).type() == QVariant.Bool else value for key, value in values.items()}


# ---- through QGIS ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "good", "bad", "rule"), ENTITY_VALUE_CASES)
def test_qgis_insert_of_a_bad_entity_is_refused_as_in_the_geopackage(ecosystem, field, good, bad, rule):
    refuse_a_bad_entity_insert(ecosystem, field, good, bad, _named(rule))


@pytest.mark.parametrize(("field", "good", "bad", "rule"), ENTITY_VALUE_CASES)
def test_qgis_change_of_an_entity_to_a_bad_value_is_refused_as_in_the_geopackage(ecosystem, field, good, bad, rule):
    refuse_a_bad_entity_change(ecosystem, field, good, bad, _named(rule))


@pytest.mark.parametrize(("table", "good", "bad", "rule"), ROW_CASES)
def test_qgis_insert_of_a_bad_link_or_relationship_is_refused_as_in_the_geopackage(ecosystem, table, good, bad, rule):
    layer = ecosystem.layer(table)
    assert layer.startEditing()
    assert layer.addFeature(ecosystem.new_feature(layer, **_typed(layer, _resolve(ecosystem, good))))
    _commit_keeping_session(layer)
    committed = ecosystem.snapshot()

    assert layer.addFeature(ecosystem.new_feature(layer, **_typed(layer, _resolve(ecosystem, bad))))
    _commit_fails_naming(layer, _named(rule))

    assert ecosystem.snapshot() == committed
    good_row = {key: value for key, value in _resolve(ecosystem, good).items() if isinstance(value, str)}
    where = " AND ".join(f"{column}::text = ?" for column in good_row)
    assert ecosystem.value(f"SELECT count(*) FROM {table} WHERE {where}", list(good_row.values())) == 1


@pytest.mark.parametrize(("field", "bad", "rule"), RELATIONSHIP_CHANGE_CASES)
def test_qgis_change_of_a_relationship_to_a_bad_value_is_refused_as_in_the_geopackage(ecosystem, field, bad, rule):
    refuse_a_relationship_change(ecosystem, field, bad, rule)


@pytest.mark.parametrize(("lookup", "code"), CODES_IN_USE)
def test_qgis_delete_or_rename_of_a_code_in_use_is_refused_as_in_the_geopackage(ecosystem, lookup, code):
    refuse_edits_of_a_code_in_use(ecosystem, lookup, code, delete_code, rename_code)


# ---- through psql ------------------------------------------------------------------------------------------------
def _psql_literal(value) -> str:
    return str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"


@pytest.mark.parametrize(("sql", "rule"), SQLITE_CASES)
def test_psql_is_held_to_the_geopackage_rules(ecosystem, sql, rule):
    committed = ecosystem.snapshot()
    values = {**{k: ecosystem.uuids[k] for k in ("hub", "lab", "studio")}, "year": NEXT_YEAR - 1}
    statement = re.sub(r":(\w+)", lambda m: _psql_literal(values[m.group(1)]), sql)
    # a uuid column takes uuids only: the GeoPackage tests' stand-ins for "no such entity" become a real uuid
    statement = statement.replace("'nobody'", f"'{MISSING_UUID}'").replace("uuid = 'x'", f"uuid = '{MISSING_UUID}'")
    statement = statement.replace("is_primary = 1", "is_primary = true")  # a boolean column
    run = subprocess.run([str(BIN / "psql"), ecosystem.dsn, "-X", "-q", "-v", "ON_ERROR_STOP=1",
                          "-c", f"SET search_path TO {SCHEMA}, public", "-c", statement],
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode != 0, f"psql accepted: {statement}"
    assert rule in run.stderr, run.stderr
    assert ecosystem.snapshot() == committed
