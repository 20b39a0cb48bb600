"""Where the active entities stood at past moments, replayed from the history the file's triggers keep."""

from __future__ import annotations

import sqlite3

import numpy as np

from . import gpkg

# The history holds each entity row as json_object(...) text; the geometry's hex and the status are cut out of it
# without parsing the JSON: inside a JSON string every quote is escaped, so these key texts can only be the keys.
_GEOM_AT = "instr(new_values, '\"geom\":\"')"
_GEOM_HEX = f"CASE WHEN {_GEOM_AT} > 0 THEN substr(new_values, {_GEOM_AT} + 8, instr(substr(new_values, {_GEOM_AT} + 8), '\"') - 1) END"  # noqa: E501
_ACTIVE = "instr(new_values, '\"status\":\"active\"') > 0"


def active_points_at(
    connection: sqlite3.Connection, moments: list[str | None]
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """For each moment (ISO time as the history stores it; None: now, the tables), the uuids and (x, y) of the
    entities that were active then and had a point."""
    out = []
    past = [m for m in moments if m is not None]
    events = None
    if past:
        rows = connection.execute(
            f"SELECT row_uuid, changed_at, action = 'delete' OR NOT ({_ACTIVE}), {_GEOM_HEX} FROM history "
            "WHERE table_name = 'entities' AND changed_at <= ? ORDER BY fid",
            (max(past),),
        ).fetchall()
        uuids, inverse = np.unique(np.array([r[0] or "" for r in rows], dtype=object), return_inverse=True)
        times = np.array([r[1] for r in rows], dtype=str)
        gone = np.array([bool(r[2]) for r in rows], dtype=bool)
        xy = np.array([_xy(r[3]) for r in rows], dtype=np.float64).reshape(-1, 2)
        events = (uuids, inverse, times, gone, xy)
    for moment in moments:
        if moment is None:
            rows = connection.execute("SELECT uuid, hex(geom) FROM entities WHERE status = 'active'").fetchall()
            xy = np.array([_xy(r[1]) for r in rows], dtype=np.float64).reshape(-1, 2)
            keep = ~np.isnan(xy[:, 0])
            out.append((np.array([r[0] for r in rows], dtype=object)[keep], xy[keep, 0], xy[keep, 1]))
            continue
        uuids, inverse, times, gone, xy = events
        upto = np.flatnonzero(times <= moment)
        last = np.full(len(uuids), -1, dtype=np.int64)
        np.maximum.at(last, inverse[upto], upto)
        last = last[last >= 0]
        last = last[~gone[last] & ~np.isnan(xy[last, 0])]
        out.append((uuids[inverse[last]], xy[last, 0], xy[last, 1]))
    return out


def _xy(hex_blob: str | None) -> tuple[float, float]:
    point = gpkg.blob_point_xy(bytes.fromhex(hex_blob)) if hex_blob else None
    return point if point is not None else (np.nan, np.nan)
