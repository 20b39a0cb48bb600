"""Reading the relationships of an ecosystem GeoPackage for the network analyses (sqlite3, read-only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .gpkg import connect_read_only


@dataclass
class Relationships:
    """Relationships as parallel lists, with each relation type's directed flag."""

    from_uuids: list[str]
    to_uuids: list[str]
    types: list[str]
    directed: dict[str, bool]


def relation_type_flags(path: str | Path) -> dict[str, bool]:
    """Each relation type code of the file with its directed flag, in the vocabulary's order."""
    connection = connect_read_only(path)
    try:
        return {code: bool(flag) for code, flag in
                connection.execute("SELECT code, directed FROM relation_types ORDER BY fid")}
    finally:
        connection.close()


def read_relationships(path: str | Path, types: tuple[str, ...] = (), on_date: str | None = None) -> Relationships:
    """The relationships of the chosen types (all when empty); with on_date (ISO), only those current that day
    (since empty or on/before it, until empty or on/after it)."""
    sql = "SELECT from_uuid, to_uuid, relation_type FROM relationships WHERE 1 = 1"
    params: list = []
    if types:
        sql += f" AND relation_type IN ({', '.join('?' for _ in types)})"
        params += list(types)
    if on_date:
        sql += " AND (since IS NULL OR since <= ?) AND (until IS NULL OR until >= ?)"
        params += [on_date, on_date]
    connection = connect_read_only(path)
    try:
        rows = connection.execute(sql + " ORDER BY fid", params).fetchall()
    finally:
        connection.close()
    flags = relation_type_flags(path)
    return Relationships([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], flags)


def read_municipalities(path: str | Path) -> tuple[list[str], list[str], list[bytes]]:
    """The municipalities of an ecosystem file: codes, English labels and WKB polygons (EPSG:31370)."""
    from .gpkg import blob_wkb_offset

    connection = connect_read_only(path)
    try:
        rows = connection.execute("SELECT code, label_en, geom FROM municipalities WHERE geom IS NOT NULL "
                                  "ORDER BY fid").fetchall()
    finally:
        connection.close()
    return ([r[0] for r in rows], [r[1] for r in rows],
            [bytes(r[2][blob_wkb_offset(r[2]):]) for r in rows])
