"""The change context that history reads: who or what a change comes from, set inside one write transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ..store.base import is_postgis


@contextmanager
def change_context(connection: sqlite3.Connection, source: str | None,
                   proposal_fid: int | None = None) -> Iterator[None]:
    """Within an open write transaction: history rows written in the block carry `source` and `proposal_fid`.

    In a GeoPackage, the rows of bc_change_context live only inside the transaction (deleted before it commits; a
    rollback removes them too), and SQLite lets one writer at a time, so no other connection ever sees them. In
    PostGIS they are settings local to the transaction (bc.source, bc.proposal_fid) that the history trigger reads."""
    if not connection.in_transaction:
        raise RuntimeError("change_context needs an open write transaction")
    if is_postgis(connection):
        connection.set_change_context(source, proposal_fid)
        yield
        connection.set_change_context(None, None)
        return
    connection.execute("DELETE FROM bc_change_context")
    connection.executemany(
        "INSERT INTO bc_change_context (key, value) VALUES (?, ?)",
        [(key, value) for key, value in (("source", source), ("proposal_fid", proposal_fid)) if value is not None],
    )
    yield
    connection.execute("DELETE FROM bc_change_context")


def context_held(connection) -> bool:
    """True when the open transaction has a change context already (a proposal being applied)."""
    if is_postgis(connection):
        return connection.change_context_held()
    return connection.execute("SELECT 1 FROM bc_change_context LIMIT 1").fetchone() is not None
