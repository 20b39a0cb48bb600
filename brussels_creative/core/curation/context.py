"""The change context that history reads: who or what a change comes from, set inside one write transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def change_context(connection: sqlite3.Connection, source: str | None,
                   proposal_fid: int | None = None) -> Iterator[None]:
    """Within an open write transaction: history rows written in the block carry `source` and `proposal_fid`.

    The rows of bc_change_context live only inside the transaction (deleted before it commits; a rollback removes
    them too), and SQLite lets one writer at a time, so no other connection ever sees them."""
    if not connection.in_transaction:
        raise RuntimeError("change_context needs an open write transaction")
    connection.execute("DELETE FROM bc_change_context")
    connection.executemany(
        "INSERT INTO bc_change_context (key, value) VALUES (?, ?)",
        [(key, value) for key, value in (("source", source), ("proposal_fid", proposal_fid)) if value is not None],
    )
    yield
    connection.execute("DELETE FROM bc_change_context")
