"""Where the active entities stood at past moments, replayed from the history, against what was done."""

from __future__ import annotations

import numpy as np

from brussels_creative.core.store.clock import SimulatedClock
from brussels_creative.core.store.ecosystem import EcosystemStore
from brussels_creative.core.store.timeline import active_points_at


def test_points_at_past_moments_follow_moves_closures_and_deletions(tmp_path):
    with EcosystemStore.create(tmp_path / "e.gpkg") as store:
        clock = SimulatedClock("2025-01-10T10:00:00.000").install(store.connection)
        with store.transaction():
            a = store.add_entity(150_000.0, 170_000.0, name="A", entity_type="hub")
            b = store.add_entity(151_000.0, 171_000.0, name="B", entity_type="company")
            store.add_entity(152_000.0, 172_000.0, name="Hidden", entity_type="company", status="inactive")
        clock.iso = "2025-02-05T10:00:00.000"
        with store.transaction() as connection:
            connection.execute("UPDATE entities SET geom = (SELECT geom FROM entities WHERE uuid = ?), name = 'A2' "
                               "WHERE uuid = ?", (b, a))  # A moves onto B's point
            connection.execute("UPDATE entities SET status = 'closed' WHERE uuid = ?", (b,))
            c = store.add_entity(153_000.0, 173_000.0, name="C", entity_type="fablab")
        clock.iso = "2025-03-01T10:00:00.000"
        with store.transaction() as connection:
            connection.execute("DELETE FROM entities WHERE uuid = ?", (c,))
        moments = ["2025-01-01T00:00:00.000Z", "2025-01-31T23:59:59.999Z", "2025-02-28T23:59:59.999Z",
                   "2025-03-31T23:59:59.999Z", None]
        got = active_points_at(store.connection, moments)

    def where(result):
        uuids, x, y = result
        return {u: (float(px), float(py)) for u, px, py in zip(uuids, x, y, strict=True)}

    assert where(got[0]) == {}
    assert where(got[1]) == {a: (150_000.0, 170_000.0), b: (151_000.0, 171_000.0)}
    assert where(got[2]) == {a: (151_000.0, 171_000.0), c: (153_000.0, 173_000.0)}
    assert where(got[3]) == {a: (151_000.0, 171_000.0)}
    assert where(got[4]) == where(got[3])  # the tables agree with the replay
    assert all(isinstance(part, np.ndarray) for part in got[1])
