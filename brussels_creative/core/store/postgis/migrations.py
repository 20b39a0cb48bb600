"""Versioned SQL migrations of an ecosystem schema on PostgreSQL/PostGIS, applied in one transaction.

Each file `sql/NNNN_<what>.sql` brings the schema to version NNNN; `bc_meta.schema_version` says where a schema is.
The files run with the ecosystem's schema first on the search_path, so they name tables without a schema."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ...errors import SchemaError, ValidationError, tr_noop

SQL_FOLDER = Path(__file__).with_name("sql")
_FILE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def migrations() -> list[tuple[int, Path]]:
    """The migration files, by version."""
    found = sorted((int(m.group(1)), path) for path in SQL_FOLDER.iterdir() if (m := _FILE.match(path.name)))
    if [version for version, _ in found] != list(range(1, len(found) + 1)):
        raise SchemaError(tr_noop("the PostGIS migrations are not numbered 1, 2, 3, …: {files}"),
                          files=", ".join(p.name for _, p in found))
    return found


LATEST_VERSION = len(migrations())


def check_schema_name(name: str) -> str:
    """The schema name, checked: lower-case letters, digits and underscores, at most 63 characters."""
    if not _SCHEMA_NAME.match(name or ""):
        raise ValidationError(tr_noop("SCHEMA: {name!r} is not a schema name: lower-case letters, digits and "
                                      "underscores, starting with a letter, at most 63 characters"), name=name)
    return name


def schema_version(connection, schema: str) -> int:
    """The schema's version (0 when it holds no ecosystem yet)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", (f'"{check_schema_name(schema)}".bc_meta',))
        if cursor.fetchone()[0] is None:
            return 0
        cursor.execute(f'SELECT value FROM "{schema}".bc_meta WHERE key = %s', ("schema_version",))
        row = cursor.fetchone()
        return int(row[0]) if row else 0


def migrate(connection, schema: str, seed: Callable | None = None) -> int:
    """Bring the schema to the latest version in one transaction (committed at the end, rolled back on any error);
    the version reached. seed(cursor) fills a schema that was empty, in the same transaction. A schema from a newer
    plugin is refused untouched."""
    check_schema_name(schema)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            current = schema_version(connection, schema)
            if current > LATEST_VERSION:
                raise SchemaError(tr_noop("schema {schema} is at version {version}, newer than this plugin's "
                                          "{latest}: update the plugin"),
                                  schema=schema, version=current, latest=LATEST_VERSION)
            cursor.execute(f'SET LOCAL search_path TO "{schema}", public')
            if current == 0:
                cursor.execute("CREATE TABLE bc_meta (fid serial PRIMARY KEY, key text NOT NULL UNIQUE, value text)")
                cursor.execute("INSERT INTO bc_meta (key, value) VALUES ('schema_version', '0'), "
                               "('created_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))")
            for version, path in migrations()[current:]:
                cursor.execute(path.read_text(encoding="utf-8"))
                cursor.execute("UPDATE bc_meta SET value = %s WHERE key = 'schema_version'", (str(version),))
            if current == 0 and seed is not None:
                seed(cursor)
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    return LATEST_VERSION
