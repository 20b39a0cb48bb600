"""The review queue: entries never verified, claimed but not verified, or not reviewed for N months."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.ecosystem import EcosystemStore

# Reasons, in the order the queue lists them (a claim waits for a curator first).
CLAIMED_NOT_VERIFIED = "claimed_not_verified"
NEVER_VERIFIED = "never_verified"
NOT_REVIEWED = "not_reviewed"
REASONS = (CLAIMED_NOT_VERIFIED, NEVER_VERIFIED, NOT_REVIEWED)


@dataclass(frozen=True)
class QueueEntry:
    """An entity waiting for a curator, why, and since when (the claim's date, the creation date, or the last
    review date)."""

    uuid: str
    name: str
    entity_type: str
    municipality: str | None
    reason: str
    since: str | None
    domain_match: bool
    x: float | None
    y: float | None


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def review_queue(store: EcosystemStore, months: int = 12, today: dt.date | None = None,
                 reasons: tuple[str, ...] = REASONS,
                 statuses: tuple[str, ...] = ("active", "inactive")) -> list[QueueEntry]:
    """Entities that need a curator, each once with its first reason: claimed but not verified (fast-verification
    candidates first), never verified, or verified but not reviewed (last_reviewed, else verified_at) for more than
    `months` months. Closed entities are left out unless `statuses` includes 'closed'."""
    from ..store import gpkg

    limit = months_before(today or dt.datetime.now(dt.UTC).date(), months).isoformat()
    rows = store.connection.execute(
        "SELECT uuid, name, entity_type, municipality, verification, claimed_at, created_at, last_reviewed, "
        "verified_at, CASE WHEN claim_domain_match THEN 1 ELSE 0 END, geom FROM entities "
        f"WHERE status IN ({', '.join('?' for _ in statuses)}) ORDER BY fid", statuses).fetchall()
    queue: list[QueueEntry] = []
    for (uuid, name, entity_type, municipality, verification, claimed_at, created_at, last_reviewed, verified_at,
         match, geom) in rows:
        if verification == "claimed":
            reason, since = CLAIMED_NOT_VERIFIED, claimed_at
        elif verification == "unverified":
            reason, since = NEVER_VERIFIED, created_at
        else:
            reviewed = max(str(last_reviewed or ""), str(verified_at or ""))[:10]
            if reviewed and reviewed >= limit:
                continue
            reason, since = NOT_REVIEWED, reviewed or None
        if reason not in reasons:
            continue
        point = gpkg.blob_point_xy(geom)
        queue.append(QueueEntry(uuid, name, entity_type, municipality, reason, since, bool(match),
                                point[0] if point else None, point[1] if point else None))
    order = {reason: i for i, reason in enumerate(REASONS)}
    queue.sort(key=lambda e: (order[e.reason], not e.domain_match, e.since or ""))
    return queue
