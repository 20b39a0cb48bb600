"""A simulated clock for one SQLite connection: ``strftime(format, 'now')``, which the file's triggers and defaults
call, answers a chosen time, so that writes replayed or generated later carry the dates they stand for."""

from __future__ import annotations

import sqlite3

ISO_FORMAT = "%Y-%m-%dT%H:%M:%fZ"


class SimulatedClock:
    """Answers ``strftime(f, 'now')`` with ``iso`` ('YYYY-MM-DDTHH:MM:SS.mmm', UTC) while it is set; every other call,
    and 'now' while ``iso`` is None, is answered by SQLite itself."""

    def __init__(self, iso: str | None = None) -> None:
        self.iso = iso
        self._sqlite = sqlite3.connect(":memory:")

    def install(self, connection: sqlite3.Connection) -> SimulatedClock:
        """Make the connection's strftime ask this clock; returns the clock."""
        connection.create_function("strftime", 2, self.strftime)
        return self

    def strftime(self, fmt, value):
        """SQLite's strftime(format, value), with 'now' at the simulated time."""
        if value == "now" and self.iso is not None:
            if fmt == ISO_FORMAT:
                return self.iso + "Z"
            if fmt == "%Y":
                return self.iso[:4]
            value = self.iso
        return self._sqlite.execute("SELECT strftime(?, ?)", (fmt, value)).fetchone()[0]

    def close(self) -> None:
        """Release the clock's own in-memory connection."""
        self._sqlite.close()
