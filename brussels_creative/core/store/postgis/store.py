"""Create an ecosystem in a PostgreSQL/PostGIS schema: its tables and rules (migrations) and its vocabularies and
the 19 municipalities, in one transaction. psycopg2 (shipped with QGIS) is the driver."""

from __future__ import annotations

from collections.abc import Callable

from ... import errors
from .. import region, taxonomy
from .migrations import check_schema_name, migrate, schema_version
from .relation import Relation


def connect(dsn: str):
    """A psycopg2 connection to the database of a libpq connection string (transactions explicit)."""
    import psycopg2

    try:
        return psycopg2.connect(dsn)
    except psycopg2.OperationalError as error:
        raise errors.ValidationError(errors.tr_noop("cannot connect to the database: {error}"),
                                     error=str(error).strip()) from error


def ecosystem_schema(connection, relation: Relation) -> str | None:
    """The schema when the table is the entities table of an ecosystem (its sectors are beside it), else None."""
    try:
        version = schema_version(connection, relation.schema) if relation.table == "entities" else 0
    except errors.ValidationError:  # a schema name the plugin would not make: not an ecosystem of its own
        version = 0
    connection.rollback()
    return relation.schema if version > 0 else None


def create_ecosystem(connection, schema: str, seed: Callable | None = None) -> int:
    """A new ecosystem in the schema (made if missing); refused when the schema holds one already. Returns its
    version. seed(cursor) fills it in the same transaction (default: the vocabularies and the municipalities)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
        has_postgis = cursor.fetchone() is not None
    if not has_postgis:
        connection.rollback()
        raise errors.ValidationError(errors.tr_noop("the database has no PostGIS: its owner runs CREATE EXTENSION "
                                                    "postgis; first"))
    if schema_version(connection, check_schema_name(schema)) > 0:
        connection.rollback()
        raise errors.ValidationError(errors.tr_noop("SCHEMA: {schema} holds an ecosystem already"), schema=schema)
    return migrate(connection, schema, seed=seed or _seed)


def _seed(cursor) -> None:
    """The vocabularies in English, French and Dutch, and the municipalities with their outlines."""
    for table, row in taxonomy.vocabulary_rows():
        cursor.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(['%s'] * len(row))})",
                       list(row.values()))
    for nis, wkb, _envelope in region.municipality_geometries():
        cursor.execute(
            "INSERT INTO municipalities (geom, code, label_en, label_fr, label_nl, postcodes) "
            "VALUES (ST_Multi(ST_GeomFromWKB(%s, 31370)), %s, %s, %s, %s, %s)",
            (bytes(wkb), *taxonomy.municipality_row(nis)))
