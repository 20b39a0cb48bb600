"""Proposed changes: made by people who are not curators, imports and the web map; approved or rejected by curators.

A proposal names an entity (or a new one), the field (an entity column, or a link table: entity_sectors,
entity_services, entity_audiences, whose value is a list of codes, primary sector first), the proposed value, who
proposed it, the source and when. Values are stored as JSON text; `base_value` keeps the value the field had when
the proposal was made, so that approving a proposal whose field changed since is a conflict (then, now, proposed)
instead of a silent overwrite. Approving applies the change in the same transaction as the decision, with history
naming the proposal and its source; the file refuses to decide a proposal twice (bc_proposal_decided_once), so two
curators approving at once apply it once."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import ValidationError, tr_noop
from ..store import gpkg
from ..store.base import could_be_uuid
from ..store.ecosystem import EcosystemStore
from .claims import claim_in_transaction, now_utc
from .context import change_context

# Entity columns a proposal may change.
ENTITY_FIELDS = ("name", "entity_type", "description", "address", "postcode", "municipality", "website", "email",
                 "phone", "founded_year", "size_class", "status", "visibility")
LINK_FIELDS = ("entity_sectors", "entity_services", "entity_audiences")
# "location": [x, y] in EPSG:31370; "claim": {"name", "email"} (approving records the claim); "comment": a note,
# approving it acknowledges it and changes nothing.
SPECIAL_FIELDS = ("location", "claim", "comment")
FIELDS = ENTITY_FIELDS + LINK_FIELDS + SPECIAL_FIELDS
NEW_ENTITY = "new_entity"  # the field of a proposal of kind "new": value = {column: value, ..., "location": [x, y]}
UNKNOWN = object()  # the base of a proposal made without knowing the current value


class ProposalConflictError(ValidationError):
    """The field changed since the proposal was made: the three values are attached."""

    def __init__(self, fid: int, field_name: str, then, now, proposed) -> None:
        super().__init__(
            tr_noop("proposal {fid}: {field} changed since it was proposed (then {then!r}, now {now!r}, "
                    "proposed {proposed!r})"), fid=fid, field=field_name, then=then, now=now, proposed=proposed)
        self.fid, self.field, self.then, self.now, self.proposed = fid, field_name, then, now, proposed


class ProposalDecidedError(ValidationError):
    """The proposal was decided already (by another curator, or earlier)."""


@dataclass
class Proposal:
    """A proposal with the entity's current value of its field."""

    fid: int
    entity_uuid: str
    kind: str
    field: str
    value: object
    base_value: object
    proposer: str | None
    source: str | None
    comment: str | None
    status: str
    proposed_at: str
    decided_by: str | None
    decided_at: str | None
    reason: str | None
    entity_name: str | None = None
    entity_type: str | None = None
    current: object = None

    @property
    def conflict(self) -> bool:
        """True for a pending change whose field changed since it was proposed (or whose base is unknown)."""
        if self.kind != "change" or self.field in ("claim", "comment"):
            return False
        return self.base_value is UNKNOWN or self.base_value != self.current


def _decode(text: str | None):
    return UNKNOWN if text is None else json.loads(text)


def current_value(connection: sqlite3.Connection, entity_uuid: str, field_name: str):
    """The entity's current value of a proposable field (link fields: the list of codes, primary sector first)."""
    if field_name in ENTITY_FIELDS:
        row = connection.execute(f'SELECT "{field_name}" FROM entities WHERE uuid = ?', (entity_uuid,)).fetchone()
        return None if row is None else row[0]
    if field_name in LINK_FIELDS:
        order = "is_primary DESC, " if field_name == "entity_sectors" else ""
        return [row[0] for row in connection.execute(
            f"SELECT code FROM {field_name} WHERE entity_uuid = ? ORDER BY {order}code", (entity_uuid,))]
    if field_name == "location":
        row = connection.execute("SELECT geom FROM entities WHERE uuid = ?", (entity_uuid,)).fetchone()
        point = gpkg.blob_point_xy(row[0]) if row and row[0] is not None else None
        return None if point is None else [round(point[0], 2), round(point[1], 2)]
    if field_name == "claim":
        row = connection.execute("SELECT claimed_by FROM entities WHERE uuid = ?", (entity_uuid,)).fetchone()
        return None if row is None else row[0]
    return None


def _check_field(field_name: str) -> None:
    if field_name not in FIELDS:
        raise ValidationError(tr_noop("field {field!r}: not a field a proposal can change (one of {fields})"),
                              field=field_name, fields=", ".join(FIELDS))


def _entity_exists(connection: sqlite3.Connection, entity_uuid: str) -> bool:
    return could_be_uuid(connection, entity_uuid) and connection.execute(
        "SELECT 1 FROM entities WHERE uuid = ?", (entity_uuid,)).fetchone() is not None


def add_in_transaction(connection: sqlite3.Connection, entity_uuid: str, field_name: str, value, proposer: str | None,
                       source: str | None, comment: str | None = None, at: str | None = None,
                       base=None) -> int:
    """Store one pending change proposal inside the caller's transaction; returns its fid. `base` defaults to
    the current value (UNKNOWN: made without seeing it)."""
    _check_field(field_name)
    if not _entity_exists(connection, entity_uuid):
        raise ValidationError(tr_noop("entity {uuid}: no such entity, so no change can be proposed for it"),
                              uuid=entity_uuid)
    if base is None:
        base = current_value(connection, entity_uuid, field_name)
    cursor = connection.execute(
        "INSERT INTO proposals (entity_uuid, kind, field, value, base_value, proposer, source, comment, proposed_at) "
        "VALUES (?, 'change', ?, ?, ?, ?, ?, ?, ?) RETURNING fid",
        (entity_uuid, field_name, json.dumps(value, ensure_ascii=False),
         None if base is UNKNOWN else json.dumps(base, ensure_ascii=False), proposer, source, comment,
         at or now_utc()),
    )
    return int(cursor.fetchone()[0])


def add_new_in_transaction(connection: sqlite3.Connection, values: dict, proposer: str | None, source: str | None,
                           comment: str | None = None, at: str | None = None) -> tuple[str, int]:
    """Store a proposal for a new entity (values: entity columns, link fields as lists, "location": [x, y]);
    returns the uuid it will have and the proposal's fid."""
    unknown = [key for key in values if key not in ENTITY_FIELDS + LINK_FIELDS + ("location",)]
    if unknown:
        raise ValidationError(tr_noop("field {field!r}: not a field of a new entity"), field=unknown[0])
    if not str(values.get("name") or "").strip():
        raise ValidationError(tr_noop("name: a new entity needs a name"))
    entity_uuid = str(uuid_module.uuid4())
    cursor = connection.execute(
        "INSERT INTO proposals (entity_uuid, kind, field, value, proposer, source, comment, proposed_at) "
        "VALUES (?, 'new', ?, ?, ?, ?, ?, ?) RETURNING fid",
        (entity_uuid, NEW_ENTITY, json.dumps(values, ensure_ascii=False), proposer, source, comment, at or now_utc()),
    )
    return entity_uuid, int(cursor.fetchone()[0])


def propose(store: EcosystemStore, entity_uuid: str, field_name: str, value, proposer: str | None,
            source: str | None, comment: str | None = None) -> int:
    """Propose a change of one field of an entity; returns the proposal's fid."""
    with store.transaction() as connection:
        return add_in_transaction(connection, entity_uuid, field_name, value, proposer, source, comment)


def propose_new(store: EcosystemStore, values: dict, proposer: str | None, source: str | None,
                comment: str | None = None) -> tuple[str, int]:
    """Propose a new entity; returns its future uuid and the proposal's fid."""
    with store.transaction() as connection:
        return add_new_in_transaction(connection, values, proposer, source, comment)


_SELECT = (
    "SELECT p.fid, p.entity_uuid, p.kind, p.field, p.value, p.base_value, p.proposer, p.source, p.comment, p.status, "
    "p.proposed_at, p.decided_by, p.decided_at, p.reason, e.name, e.entity_type FROM proposals p "
    "LEFT JOIN entities e ON e.uuid = p.entity_uuid"
)


def _proposal(connection: sqlite3.Connection, row: tuple) -> Proposal:
    (fid, entity_uuid, kind, field_name, value, base, proposer, source, comment, status, proposed_at, decided_by,
     decided_at, reason, name, entity_type) = row
    value = json.loads(value) if value is not None else None
    if kind == "new":
        name, entity_type = value.get("name"), value.get("entity_type")
        current = None
    else:
        current = current_value(connection, entity_uuid, field_name)
    return Proposal(fid, entity_uuid, kind, field_name, value, _decode(base), proposer, source, comment, status,
                    proposed_at, decided_by, decided_at, reason, name, entity_type, current)


def get(store: EcosystemStore, fid: int) -> Proposal:
    """One proposal by fid (ValidationError naming it when there is none)."""
    row = store.connection.execute(_SELECT + " WHERE p.fid = ?", (fid,)).fetchone()
    if row is None:
        raise ValidationError(tr_noop("proposal {fid}: no such proposal in {file}"), fid=fid, file=store.name)
    return _proposal(store.connection, row)


def list_proposals(store: EcosystemStore, status: str | None = "pending", source: str | None = None,
                   older_than_days: int | None = None, entity_types: Sequence[str] = (),
                   entity_uuid: str | None = None, today: dt.date | None = None) -> list[Proposal]:
    """Proposals by status (None: all), source (substring), age in days, entity type or entity, oldest first."""
    clauses, params = [], []
    if status:
        clauses.append("p.status = ?")
        params.append(status)
    if entity_uuid:
        if not could_be_uuid(store.connection, entity_uuid):
            return []
        clauses.append("p.entity_uuid = ?")
        params.append(entity_uuid)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.connection.execute(_SELECT + where + " ORDER BY p.proposed_at, p.fid", params).fetchall()
    proposals = [_proposal(store.connection, row) for row in rows]
    if source:
        proposals = [p for p in proposals if source.lower() in (p.source or "").lower()]
    if older_than_days is not None:
        limit = (today or dt.datetime.now(dt.UTC).date()) - dt.timedelta(days=older_than_days)
        proposals = [p for p in proposals if p.proposed_at[:10] <= limit.isoformat()]
    if entity_types:
        proposals = [p for p in proposals if p.entity_type in entity_types]
    return proposals


def pending_count(store: EcosystemStore) -> int:
    """How many proposals wait for a curator."""
    return store.connection.execute("SELECT count(*) FROM proposals WHERE status = 'pending'").fetchone()[0]


def _decide(connection: sqlite3.Connection, fid: int, status: str, curator: str, reason: str | None,
            at: str | None) -> None:
    """Decide a pending proposal. Only a row still pending is written: of two curators deciding at once, the second
    (its write waited for the first's, PostgreSQL reading the row again) writes nothing and is told."""
    try:
        written = connection.execute(
            "UPDATE proposals SET status = ?, decided_by = ?, decided_at = ?, reason = ? "
            "WHERE fid = ? AND status = 'pending'",
            (status, curator, at or now_utc(), reason, fid),
        ).rowcount
    except Exception as error:  # the backend's own error (sqlite3's or psycopg2's)
        if "bc_proposal_decided_once" in str(error):
            written = 0
        else:
            raise
    if written == 0:
        raise ProposalDecidedError(tr_noop("proposal {fid}: already decided by another curator"), fid=fid)


def approve(store: EcosystemStore, fid: int, curator: str, force: bool = False, at: str | None = None) -> Proposal:
    """Approve a pending proposal and apply it, in one transaction; history names the proposal and its source.

    Raises ProposalConflictError (nothing changed) when the field changed since the proposal was made, unless `force`;
    ProposalDecidedError when it was decided already."""
    with store.transaction() as connection:
        proposal = _pending(store, fid)
        if proposal.conflict and not force:
            raise ProposalConflictError(fid, proposal.field, None if proposal.base_value is UNKNOWN
                                   else proposal.base_value, proposal.current, proposal.value)
        _decide(connection, fid, "approved", curator, None, at)
        with change_context(connection, proposal.source or proposal.proposer or "proposal", fid):
            _apply(store, proposal, curator)
    return proposal


def reject(store: EcosystemStore, fid: int, curator: str, reason: str, at: str | None = None) -> None:
    """Reject a pending proposal with a reason; nothing else changes."""
    if not (reason or "").strip():
        raise ValidationError(tr_noop("proposal {fid}: a rejection needs a reason"), fid=fid)
    with store.transaction() as connection:
        _pending(store, fid)
        _decide(connection, fid, "rejected", curator, reason.strip(), at)


def _pending(store: EcosystemStore, fid: int) -> Proposal:
    proposal = get(store, fid)
    if proposal.status != "pending":
        raise ProposalDecidedError(
            tr_noop("proposal {fid}: already {status} by {curator} at {at}"), fid=fid, status=proposal.status,
            curator=proposal.decided_by, at=proposal.decided_at)
    return proposal


@dataclass
class BulkResult:
    """What a bulk decision did: fids applied, fids left for a conflict, fids decided already."""

    done: list[int] = field(default_factory=list)
    conflicts: list[ProposalConflictError] = field(default_factory=list)
    decided: list[int] = field(default_factory=list)


def approve_many(store: EcosystemStore, fids: Sequence[int], curator: str) -> BulkResult:
    """Approve proposals one by one (each all or nothing); conflicts and decided ones are left and reported."""
    result = BulkResult()
    for fid in fids:
        try:
            approve(store, fid, curator)
            result.done.append(fid)
        except ProposalConflictError as conflict:
            result.conflicts.append(conflict)
        except ProposalDecidedError:
            result.decided.append(fid)
    return result


def reject_many(store: EcosystemStore, fids: Sequence[int], curator: str, reason: str) -> BulkResult:
    """Reject proposals with one reason; decided ones are left and reported."""
    result = BulkResult()
    for fid in fids:
        try:
            reject(store, fid, curator, reason)
            result.done.append(fid)
        except ProposalDecidedError:
            result.decided.append(fid)
    return result


def _apply(store: EcosystemStore, proposal: Proposal, curator: str) -> None:
    """Write an approved proposal (inside the caller's transaction and change context)."""
    connection = store.connection
    if proposal.kind == "new":
        _apply_new(store, proposal, curator)
        return
    uuid, name, value = proposal.entity_uuid, proposal.field, proposal.value
    if not _entity_exists(connection, uuid):
        raise ValidationError(tr_noop("proposal {fid}: entity {uuid} no longer exists"), fid=proposal.fid,
                              uuid=uuid)
    try:
        if name in ENTITY_FIELDS:
            connection.execute(f'UPDATE entities SET "{name}" = ?, updated_by = ? WHERE uuid = ?',
                               (value, curator, uuid))
        elif name in LINK_FIELDS:
            codes = list(value or [])
            store.set_links(name, uuid, codes, primary=codes[0] if codes and name == "entity_sectors" else None)
            connection.execute("UPDATE entities SET updated_by = ? WHERE uuid = ?", (curator, uuid))
        elif name == "location":
            connection.execute("UPDATE entities SET geom = ?, updated_by = ? WHERE uuid = ?",
                               (store.point(float(value[0]), float(value[1])), curator, uuid))
        elif name == "claim":
            claim_in_transaction(store, uuid, value.get("name"), value.get("email"), curator)
    except store.database_errors as error:
        raise ValidationError(tr_noop("proposal {fid}: {field} = {value!r} breaks a rule of the file: {error}"),
                              fid=proposal.fid, field=name, value=value, error=str(error).strip()) \
            from error


def _apply_new(store: EcosystemStore, proposal: Proposal, curator: str) -> None:
    values = dict(proposal.value)
    location = values.pop("location", None)
    links = {name: values.pop(name) for name in LINK_FIELDS if name in values}
    values = {key: value for key, value in values.items() if value is not None}
    columns = ["uuid", "geom", *values, "source", "created_by"]
    geom = store.point(float(location[0]), float(location[1])) if location else None
    params = [proposal.entity_uuid, geom, *values.values(), proposal.source, curator]
    try:
        store.connection.execute(
            f"INSERT INTO entities ({', '.join(chr(34) + c + chr(34) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})", params)
        for name, codes in links.items():
            codes = list(codes or [])
            store.set_links(name, proposal.entity_uuid, codes,
                            primary=codes[0] if codes and name == "entity_sectors" else None)
    except (*store.database_errors, ValidationError) as error:
        raise ValidationError(tr_noop("proposal {fid}: the new entity breaks a rule of the file: {error}"),
                              fid=proposal.fid, error=str(error).strip()) from error
