"""A packed R-tree written straight into SQLite's R-tree tables: bulk loading for GeoPackage spatial indexes.

Inserting points one by one into an SQLite R-tree costs tens of microseconds each (node splits, reinsertions);
GDAL ≥ 3.6 builds its GeoPackage indexes in memory and writes the nodes. This does the same with numpy: the
entries are sorted tile by tile (Sort-Tile-Recursive), packed into full nodes level by level, and each node is
written as SQLite stores it: a 4-byte header (tree depth in the root, cell count) and cells of a big-endian int64
id and float32 bounds rounded outwards, with the `_rowid` and `_parent` tables that map entries to their nodes.
`SELECT rtreecheck(name)` says "ok" on the result (the tests check it).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable

import numpy as np

_CELL = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")])


def _down(values: np.ndarray) -> np.ndarray:
    single = values.astype(np.float32)
    return np.where(single.astype(np.float64) > values, np.nextafter(single, np.float32(-np.inf)), single)


def _up(values: np.ndarray) -> np.ndarray:
    single = values.astype(np.float32)
    return np.where(single.astype(np.float64) < values, np.nextafter(single, np.float32(np.inf)), single)


def _str_order(cx: np.ndarray, cy: np.ndarray, capacity: int) -> np.ndarray:
    """Sort-Tile-Recursive order: vertical slices by x, each sorted by y."""
    n = len(cx)
    nodes = math.ceil(n / capacity)
    slices = max(1, math.ceil(math.sqrt(nodes)))
    per_slice = slices and math.ceil(n / slices / capacity) * capacity
    by_x = np.argsort(cx, kind="stable")
    slice_of = np.empty(n, dtype=np.int64)
    slice_of[by_x] = np.arange(n) // per_slice
    return np.lexsort((cy, slice_of))


def _nodes_blob(cells: np.ndarray, counts: np.ndarray, node_size: int, depth: int | None) -> np.ndarray:
    """Node blobs (rows of node_size bytes) from cells laid out (nodes, capacity)."""
    k, capacity = cells.shape
    buffer = np.zeros((k, node_size), dtype=np.uint8)
    header = np.zeros((k, 2), dtype=">u2")
    header[:, 1] = counts
    if depth is not None:
        header[:, 0] = depth
    buffer[:, :4] = header.view(np.uint8).reshape(k, 4)
    buffer[:, 4 : 4 + capacity * _CELL.itemsize] = cells.view(np.uint8).reshape(k, capacity * _CELL.itemsize)
    return buffer


def bulk_load(connection: sqlite3.Connection, name: str, ids: np.ndarray, minx: np.ndarray, maxx: np.ndarray,
              miny: np.ndarray, maxy: np.ndarray, is_canceled: Callable[[], bool] | None = None) -> None:
    """Fill an empty 2-D R-tree virtual table `name` (created by the caller, in the caller's transaction)."""
    n = len(ids)
    if n == 0:
        return
    node_size = connection.execute(f'SELECT length(data) FROM "{name}_node" WHERE nodeno = 1').fetchone()[0]
    capacity = (node_size - 4) // _CELL.itemsize
    ids = np.asarray(ids, dtype=np.int64)
    lo_x, hi_x = _down(np.asarray(minx, float)), _up(np.asarray(maxx, float))
    lo_y, hi_y = _down(np.asarray(miny, float)), _up(np.asarray(maxy, float))
    # level 0: the entries; then each level packs the previous one's nodes until one node (the root) holds them
    levels = []
    entry_ids, bx0, bx1, by0, by1 = ids, lo_x, hi_x, lo_y, hi_y
    while True:
        order = _str_order((bx0 + bx1) / 2.0, (by0 + by1) / 2.0, capacity) if len(entry_ids) > capacity else \
            np.arange(len(entry_ids))
        entry_ids, bx0, bx1, by0, by1 = (a[order] for a in (entry_ids, bx0, bx1, by0, by1))
        count = len(entry_ids)
        k = math.ceil(count / capacity)
        cells = np.zeros(k * capacity, dtype=_CELL)
        cells["id"][:count] = entry_ids
        cells["minx"][:count], cells["maxx"][:count] = bx0, bx1
        cells["miny"][:count], cells["maxy"][:count] = by0, by1
        counts = np.full(k, capacity, dtype=np.int64)
        counts[-1] = count - capacity * (k - 1)
        levels.append((cells.reshape(k, capacity), counts, entry_ids))
        if k == 1:
            break
        starts = np.arange(0, count, capacity)
        bx0, bx1 = np.minimum.reduceat(bx0, starts), np.maximum.reduceat(bx1, starts)
        by0, by1 = np.minimum.reduceat(by0, starts), np.maximum.reduceat(by1, starts)
        entry_ids = np.arange(k, dtype=np.int64)  # renumbered below, once every level's size is known
    # node numbers: root 1, then each level from the top down
    depth = len(levels) - 1
    numbers = []
    next_number = 1
    for _cells, counts, _ in reversed(levels):
        numbers.append(np.arange(next_number, next_number + len(counts), dtype=np.int64))
        next_number += len(counts)
    numbers.reverse()  # numbers[level][j] = node number of node j of that level
    parents = []
    for level in range(1, len(levels)):
        cells = levels[level][0].reshape(-1)
        counts = levels[level][1]
        used = np.arange(len(cells)) < counts.sum()  # every node is full but the last
        children = numbers[level - 1][cells["id"][used]]
        cells["id"][used] = children
        parents.extend(zip(children.tolist(), np.repeat(numbers[level], counts).tolist(), strict=False))
    node_rows = []
    for level, (cells, counts, _) in enumerate(levels):
        blobs = _nodes_blob(cells, counts, node_size, depth if level == depth else None)
        for j, number in enumerate(numbers[level].tolist()):
            node_rows.append((number, blobs[j].tobytes()))
    if is_canceled is not None and is_canceled():
        return
    connection.execute(f'DELETE FROM "{name}_node"')
    connection.executemany(f'INSERT INTO "{name}_node" (nodeno, data) VALUES (?, ?)', node_rows)
    leaf_of = np.repeat(numbers[0], levels[0][1])
    connection.executemany(f'INSERT INTO "{name}_rowid" (rowid, nodeno) VALUES (?, ?)',
                           zip(levels[0][2].tolist(), leaf_of.tolist(), strict=False))
    connection.executemany(f'INSERT INTO "{name}_parent" (nodeno, parentnode) VALUES (?, ?)', parents)
