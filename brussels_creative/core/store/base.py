"""What the GeoPackage store and the PostGIS store both do, in the SQL both run: the writes every import, sample and
curation makes (entities, their link tables, relationships) and the reads of the schema's own tables. A store gives
`connection` (sqlite3's, or postgis.connection.PostgisConnection which speaks the same), `transaction()`,
`database_errors` and `name`."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence

from ..errors import ValidationError, tr_noop
from . import gpkg, schema, selection, taxonomy


class Point:
    """A point in EPSG:31370 as a query parameter: a GeoPackage blob for sqlite3, a PostGIS point for psycopg2."""

    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = float(x), float(y)

    def __conform__(self, protocol):  # sqlite3's adaptation protocol
        import sqlite3

        if protocol is sqlite3.PrepareProtocol:
            return gpkg.point_blob(self.x, self.y)
        return None

    def getquoted(self) -> bytes:  # psycopg2's (see _register_point)
        return f"ST_SetSRID(ST_MakePoint({self.x!r}::float8, {self.y!r}::float8), {gpkg.SRS_ID})".encode()


class StoreBase:
    """The writes and reads both stores share. Writes belong inside `transaction()`: all or nothing."""

    connection = None
    database_errors: tuple[type[BaseException], ...] = ()

    @property
    def name(self) -> str:
        """What messages call the ecosystem: its file name, or its database and schema."""
        raise NotImplementedError

    def point(self, x: float, y: float):
        """A point in EPSG:31370 as the geometry column takes it, for a query parameter."""
        return Point(x, y)

    # ---- writes -----------------------------------------------------------------------------------------------
    def add_entity(self, x: float, y: float, **values) -> str:
        """Insert one entity at (x, y) in EPSG:31370; returns its uuid. Call inside `transaction()`."""
        values.setdefault("uuid", str(uuid_module.uuid4()))
        columns = ["geom", *values]
        placeholders = ", ".join("?" for _ in columns)
        quoted = ", ".join(f'"{c}"' for c in columns)
        try:
            self.connection.execute(
                f"INSERT INTO entities ({quoted}) VALUES ({placeholders})",
                [self.point(x, y), *values.values()],
            )
        except self.database_errors as error:
            raise ValidationError(
                tr_noop("entity {value!r}: {error}"),
                value=values.get('name'), error=str(error).strip()) from error
        return values["uuid"]

    def set_links(self, table: str, entity_uuid: str, codes: Sequence[str], primary: str | None = None) -> None:
        """Replace an entity's rows in a link table (entity_sectors, entity_services, entity_audiences)."""
        if table not in schema.LINK_TABLES:
            raise ValueError(f"unknown link table {table}")
        self.connection.execute(f"DELETE FROM {table} WHERE entity_uuid = ?", (entity_uuid,))
        for code in dict.fromkeys(codes):
            try:
                if table == "entity_sectors":
                    self.connection.execute(
                        "INSERT INTO entity_sectors (entity_uuid, code, is_primary) VALUES (?, ?, ?)",
                        (entity_uuid, code, code == primary),
                    )
                else:
                    self.connection.execute(
                        f"INSERT INTO {table} (entity_uuid, code) VALUES (?, ?)",
                        (entity_uuid, code),
                    )
            except self.database_errors as error:
                raise ValidationError(
                    tr_noop("{table} of entity {uuid}: {error}"),
                    table=table, uuid=entity_uuid, error=str(error).strip()) from error

    def add_relationship(self, from_uuid: str, to_uuid: str, relation_type: str, **values) -> str:
        """Insert one relationship; returns its uuid. Call inside `transaction()`."""
        values.setdefault("uuid", str(uuid_module.uuid4()))
        record = {"from_uuid": from_uuid, "to_uuid": to_uuid, "relation_type": relation_type, **values}
        quoted = ", ".join(f'"{c}"' for c in record)
        placeholders = ", ".join("?" for _ in record)
        try:
            self.connection.execute(
                f"INSERT INTO relationships ({quoted}) VALUES ({placeholders})",
                list(record.values()),
            )
        except self.database_errors as error:
            raise ValidationError(
                tr_noop("relationship {source_uuid} → {target_uuid}: {error}"),
                source_uuid=from_uuid, target_uuid=to_uuid, error=str(error).strip()) from error
        return values["uuid"]

    # ---- reads ------------------------------------------------------------------------------------------------
    def schema_version(self) -> int:
        """The schema version of the ecosystem."""
        return int(self.meta("schema_version"))

    def meta(self, key: str) -> str | None:
        """A value of bc_meta."""
        row = self.connection.execute("SELECT value FROM bc_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def count(self, table: str) -> int:
        """The number of rows of a table of the schema."""
        if table not in schema.TABLE_DESCRIPTIONS:
            raise ValueError(f"unknown table {table}")
        return self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def codes(self, table: str) -> list[str]:
        """The codes of a lookup table, in its order."""
        return selection.vocabulary_codes(self.connection, table)

    def labels(self, table: str, language: str) -> list[tuple[str, str]]:
        """(code, label) of a lookup table in "en", "fr" or "nl", in table order (else the English label)."""
        if table not in schema.LOOKUP_TABLES:
            raise ValueError(f"unknown lookup table {table}")
        column = f"label_{taxonomy.normalize_language(language)}"
        rows = self.connection.execute(f"SELECT code, {column}, label_en FROM {table} ORDER BY fid")
        return [(code, label or label_en or code) for code, label, label_en in rows]

    def relation_types(self) -> list[taxonomy.RelationType]:
        """The relation types of the ecosystem (team extensions included), in table order."""
        rows = self.connection.execute(
            "SELECT code, label_en, label_fr, label_nl, directed, inverse_en, inverse_fr, inverse_nl "
            "FROM relation_types ORDER BY fid"
        )
        return [
            taxonomy.RelationType(code, en, fr or en, nl or en, bool(directed), i_en or "", i_fr or "", i_nl or "")
            for code, en, fr, nl, directed, i_en, i_fr, i_nl in rows
        ]

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()


# ---- the few places where the two dialects differ, for SQL that takes a connection of either -------------------
def is_postgis(connection) -> bool:
    """True for the PostGIS connection (postgis.connection.PostgisConnection), False for sqlite3's."""
    return getattr(connection, "dialect", "sqlite") == "postgis"


def in_json_list(connection, column: str) -> str:
    """SQL true when the column (a uuid or text) is one of the values of a JSON list given as the one parameter."""
    if is_postgis(connection):
        return f"CAST({column} AS TEXT) IN (SELECT json_array_elements_text(CAST(? AS json)))"
    return f"{column} IN (SELECT value FROM json_each(?))"


def could_be_uuid(connection, text) -> bool:
    """False when the backend cannot hold this text as a uuid (PostGIS's uuid type), so nothing has it."""
    if not is_postgis(connection):
        return True
    try:
        uuid_module.UUID(str(text))
    except ValueError:
        return False
    return True


def refusal(error: BaseException) -> str:
    """The backend's own words for a refused write (sqlite3's message, or the database's inside a
    DatabaseRefusedError)."""
    values = getattr(error, "values", None) or {}
    return str(values.get("error", error)).strip()
