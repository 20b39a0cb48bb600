"""A psycopg2 connection that speaks as the plugin's sqlite3 connections do, so the store's and curation's SQL runs
on either backend unchanged: `?` placeholders, `execute()` returning the cursor, the ecosystem's schema first on the
search path, and values read back as the GeoPackage gives them (dates as ISO text in UTC with milliseconds,
booleans as 0/1, JSON as its text, geometries as GeoPackage blobs). Transactions are explicit, as with
`sqlite3.connect(isolation_level=None)`: BEGIN, COMMIT, ROLLBACK."""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence

from ...errors import DatabaseRefusedError, tr_noop
from .. import gpkg
from ..base import Point
from .relation import quoted

_TIMESTAMPTZ, _DATE, _BOOL, _JSON, _JSONB = 1184, 1082, 16, 114, 3802
_EWKB_SRID, _EWKB_Z, _EWKB_M = 0x20000000, 0x80000000, 0x40000000


def to_pyformat(sql: str) -> str:
    """The SQL with sqlite3's `?` placeholders as psycopg2's `%s` (and a literal `%` doubled); quoted strings and
    identifiers are left as written."""
    out, quote = [], ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        if char == "%":
            out.append("%%")
            continue
        out.append(char)
    return "".join(out)


def _timestamp(value: str | None, _cursor) -> str | None:
    """'2026-12-04 09:10:11.5+00' (the session is in UTC) → '2026-12-04T09:10:11.500Z'."""
    if value is None:
        return None
    stamp = value[:-3] if value.endswith("+00") else value
    day, _, time = stamp.partition(" ")
    seconds, _, fraction = time.partition(".")
    return f"{day}T{seconds}.{(fraction + '000')[:3]}Z"


def _as_text(value: str | None, _cursor) -> str | None:
    return value


def _as_integer(value: str | None, _cursor) -> int | None:
    return None if value is None else int(value == "t")


def ewkb_to_blob(value: str | None, _cursor=None) -> bytes | None:
    """PostGIS's hex EWKB as a GeoPackage geometry blob (the SRID moved into the header, Z/M as ISO WKB codes)."""
    if value is None:
        return None
    ewkb = bytes.fromhex(value)
    order = "<" if ewkb[0] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", ewkb, 1)
    srid, rest = gpkg.SRS_ID, ewkb[5:]
    if code & _EWKB_SRID:
        (srid,) = struct.unpack_from(order + "I", ewkb, 5)
        rest = ewkb[9:]
    iso = (code & 0x0FFFFFFF) + (1000 if code & _EWKB_Z else 0) + (2000 if code & _EWKB_M else 0)
    wkb = ewkb[:1] + struct.pack(order + "I", iso) + rest
    if iso == 1:
        x, y = struct.unpack_from(order + "dd", rest)
        return gpkg.point_blob(x, y, srid)
    from osgeo import ogr

    geometry = ogr.CreateGeometryFromWkb(wkb)
    return gpkg.wkb_blob(wkb, geometry.GetEnvelope(), srid)


def _register_point() -> None:
    from psycopg2.extensions import register_adapter

    register_adapter(Point, lambda point: point)


class PostgisConnection:
    """A psycopg2 connection to one ecosystem schema, used like the plugin's sqlite3 connections."""

    dialect = "postgis"

    def __init__(self, raw, schema: str) -> None:
        from psycopg2.extensions import new_type, register_type

        _register_point()
        self.raw = raw
        self.schema = schema
        raw.autocommit = True
        for oids, name, caster in (((_TIMESTAMPTZ,), "BC_TIMESTAMPTZ", _timestamp),
                                   ((_DATE, _JSON, _JSONB), "BC_TEXT", _as_text),
                                   ((_BOOL,), "BC_BOOL", _as_integer)):
            register_type(new_type(oids, name, caster), raw)
        with raw.cursor() as cursor:
            cursor.execute(f"SET search_path TO {quoted(schema)}, public")
            cursor.execute("SET TIME ZONE 'UTC'")
            cursor.execute("SELECT oid FROM pg_type WHERE typname = 'geometry'")
            geometry = cursor.fetchone()
        if geometry:
            register_type(new_type((geometry[0],), "BC_GEOMETRY", ewkb_to_blob), raw)

    @property
    def in_transaction(self) -> bool:
        """True inside BEGIN … COMMIT/ROLLBACK."""
        from psycopg2.extensions import TRANSACTION_STATUS_IDLE

        return self.raw.get_transaction_status() != TRANSACTION_STATUS_IDLE

    def execute(self, sql: str, params: Sequence = ()):
        """Run one statement with `?` placeholders; the cursor (fetchone, fetchall, iteration, rowcount). What the
        database refuses is a DatabaseRefusedError saying why."""
        return self._run("execute", to_pyformat(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence]):
        """Run one statement for each row of parameters."""
        return self._run("executemany", to_pyformat(sql), [tuple(row) for row in rows])

    def _run(self, method: str, sql: str, params):
        import psycopg2

        cursor = self.raw.cursor()
        try:
            getattr(cursor, method)(sql, params)
        except psycopg2.Error as error:
            raise DatabaseRefusedError(tr_noop("{schema}: the database refused: {error}"), schema=self.schema,
                                  error=str(error).strip()) from error
        return cursor

    def set_change_context(self, source: str | None, proposal_fid: int | None) -> None:
        """What history names as the source of the transaction's changes (transaction-local settings)."""
        self.execute("SELECT set_config('bc.source', ?, true), set_config('bc.proposal_fid', ?, true)",
                     (source or "", "" if proposal_fid is None else str(proposal_fid)))

    def change_context_held(self) -> bool:
        """True when the open transaction has a change context already."""
        return bool(self.execute("SELECT current_setting('bc.source', true)").fetchone()[0])

    def close(self) -> None:
        """Close the connection."""
        self.raw.close()
