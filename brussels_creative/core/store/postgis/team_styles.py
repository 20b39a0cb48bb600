"""The team's own layer styles (those a curator saved in QGIS beside the plugin's defaults), copied verbatim between a
GeoPackage's layer_styles and the database's (QGIS keeps it in public.layer_styles). The plugin's default styles and
the stored project are not copied: they name their layers' sources, so each copy writes its own for the target."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .. import schema

DEFAULT_DESCRIPTION = "Brussels Creative default style"  # what the plugin's own default styles say
# (GeoPackage column, PostgreSQL column): QGIS names them in both
COLUMNS = (("f_table_name", "f_table_name"), ("f_geometry_column", "f_geometry_column"), ("styleName", "stylename"),
           ("styleQML", "styleqml"), ("styleSLD", "stylesld"), ("useAsDefault", "useasdefault"),
           ("description", "description"), ("owner", "owner"), ("ui", "ui"))


def _ecosystem_tables() -> list[str]:
    return [*schema.TABLE_DESCRIPTIONS]


def styles_of_geopackage(path: str | Path) -> list[tuple]:
    """The team's styles of the ecosystem's tables in a GeoPackage (COLUMNS' order; none when it has no
    layer_styles)."""
    connection = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            return []
        tables = _ecosystem_tables()
        return connection.execute(
            f"SELECT {', '.join(g for g, _ in COLUMNS)} FROM layer_styles WHERE coalesce(description, '') <> ? "
            f"AND f_table_name IN ({', '.join('?' for _ in tables)}) ORDER BY id", (DEFAULT_DESCRIPTION, *tables)
        ).fetchall()
    finally:
        connection.close()


def styles_of_postgis(connection, schema_name: str) -> list[tuple]:
    """The team's styles of the ecosystem's tables in the schema, from the database's layer_styles."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('public.layer_styles')")
        if cursor.fetchone()[0] is None:
            return []
        cursor.execute(
            "SELECT f_table_name, f_geometry_column, stylename, styleqml::text, stylesld::text, "
            "useasdefault::integer, description, owner, ui::text FROM public.layer_styles "
            "WHERE f_table_schema = %s AND coalesce(description, '') <> %s AND f_table_name = ANY(%s) ORDER BY id",
            (schema_name, DEFAULT_DESCRIPTION, _ecosystem_tables()))
        styles = cursor.fetchall()
    connection.rollback()
    return styles


def add_styles_to_postgis(connection, schema_name: str, styles: list[tuple]) -> None:
    """Add the styles to the database's layer_styles for the schema's tables in one transaction; a table whose
    copied style is its default has the plugin's no more."""
    if not styles:
        return
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_database()")
            (database,) = cursor.fetchone()
            for row in styles:
                if row[5]:
                    cursor.execute("UPDATE public.layer_styles SET useasdefault = false WHERE f_table_schema = %s "
                                   "AND f_table_name = %s", (schema_name, row[0]))
                cursor.execute(
                    f"INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, "
                    f"{', '.join(p for _, p in COLUMNS)}, update_time) "
                    f"VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, now())",
                    (database, schema_name, *row[:5], bool(row[5]), *row[6:]))
        connection.commit()
    except BaseException:
        connection.rollback()
        raise


def add_styles_to_geopackage(path: str | Path, styles: list[tuple]) -> None:
    """Add the styles to the GeoPackage's layer_styles in one transaction; a table whose copied style is its
    default has the plugin's no more."""
    if not styles:
        return
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            for row in styles:
                if row[5]:
                    connection.execute("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?", (row[0],))
                connection.execute(
                    f"INSERT INTO layer_styles (f_table_catalog, f_table_schema, {', '.join(g for g, _ in COLUMNS)}, "
                    f"update_time) VALUES ('', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                    row)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    finally:
        connection.close()
