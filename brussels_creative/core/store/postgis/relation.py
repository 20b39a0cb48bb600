"""A table of a PostgreSQL database as the plugin names it in SQL."""

from __future__ import annotations

from dataclasses import dataclass


def quoted(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Relation:
    """A table of the database: schema, table, its geometry column and its integer key."""

    schema: str
    table: str
    geometry: str
    key: str

    def sql(self) -> str:
        """The table's quoted name."""
        return f"{quoted(self.schema)}.{quoted(self.table)}"


DATETIME_SQL = """to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""


def table_columns(cursor, table_sql: str) -> dict[str, str]:
    """A table's columns and their types, in order (table_sql: its quoted, schema-qualified name)."""
    cursor.execute(
        "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = %s::regclass "
        "AND attnum > 0 AND NOT attisdropped ORDER BY attnum", (table_sql,))
    return dict(cursor.fetchall())


def as_geopackage_sql(column: str, pg_type: str, alias: str = "") -> str:
    """SQL reading a column (of the table aliased `alias`) as the GeoPackage stores it: geometries as WKB, dates as
    ISO text (UTC, milliseconds), booleans as 0/1, uuids and JSON as text."""
    name = f"{alias}.{quoted(column)}" if alias else quoted(column)
    if pg_type.startswith("geometry"):
        return f"ST_AsBinary({name})"
    if pg_type == "timestamp with time zone":
        return DATETIME_SQL.format(name)
    if pg_type == "date":
        return f"to_char({name}, 'YYYY-MM-DD')"
    if pg_type == "boolean":
        return f"{name}::integer"
    if pg_type in ("uuid", "json", "jsonb"):
        return f"{name}::text"
    return name
