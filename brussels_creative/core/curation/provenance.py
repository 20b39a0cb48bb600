"""Where each current value of an entity comes from: who gave it, from which source, when (read from history)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..store.ecosystem import EcosystemStore
from .proposals import LINK_FIELDS

# Bookkeeping columns: their provenance is the row itself.
_SKIPPED = {"fid", "geom", "uuid", "created_at", "updated_at", "updated_by", "created_by", "sector_codes",
            "primary_sector", "service_codes", "audience_codes"}


@dataclass(frozen=True)
class Provenance:
    """The last change of one field: who made it, its source (an import, a proposal, a claim), when."""

    changed_by: str | None
    source: str | None
    changed_at: str
    proposal_fid: int | None


def provenance(store: EcosystemStore, entity_uuid: str) -> dict[str, Provenance]:
    """For each field of an entity that holds a value (and each link table, and 'location'), the change that gave
    it its current value. A value from the first insert has the entity's own `source` (the list it came from)."""
    rows = store.connection.execute(
        "SELECT action, table_name, changed_by, changed_at, old_values, new_values, source, proposal_fid "
        "FROM history WHERE row_uuid = ? ORDER BY fid", (entity_uuid,)).fetchall()
    result: dict[str, Provenance] = {}
    for action, table, changed_by, changed_at, old_text, new_text, source, proposal_fid in rows:
        old = json.loads(old_text) if old_text else {}
        new = json.loads(new_text) if new_text else {}
        if table in LINK_FIELDS:
            result[table] = Provenance(changed_by, source, changed_at, proposal_fid)
            continue
        if table != "entities":
            continue
        if action == "insert":
            origin = source or new.get("source")
            for name, value in new.items():
                if name not in _SKIPPED and value not in (None, ""):
                    result[name] = Provenance(changed_by, origin, changed_at, proposal_fid)
            if new.get("geom"):
                result["location"] = Provenance(changed_by, origin, changed_at, proposal_fid)
        elif action == "update":
            for name, value in new.items():
                if old.get(name) != value and name not in _SKIPPED:
                    result[name] = Provenance(changed_by, source, changed_at, proposal_fid)
            if old.get("geom") != new.get("geom"):
                result["location"] = Provenance(changed_by, source, changed_at, proposal_fid)
    return result
