"""Claims, verification, reviews and relationship confirmations: each a stamped write, logged in history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from urllib.parse import urlsplit

from ..errors import ValidationError, tr_noop
from ..store.base import could_be_uuid, in_json_list
from ..store.ecosystem import EcosystemStore
from .context import change_context, context_held


def now_utc() -> str:
    """The current UTC time as the file stores it (ISO 8601, milliseconds, Z)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _host(text: str) -> str:
    host = (urlsplit(text if "://" in text else "https://" + text).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def domain_match(email: str | None, website: str | None) -> bool:
    """True when the e-mail's domain is the website's host or a parent of it (jan@lab.be and www.lab.be, or
    shop.lab.be): such a claim can be verified fast."""
    if not email or not website or "@" not in email:
        return False
    domain = email.rsplit("@", 1)[1].strip().lower().rstrip(".")
    host = _host(website.strip())
    return bool(domain) and bool(host) and (host == domain or host.endswith("." + domain))


def contact_text(name: str | None, email: str | None) -> str:
    """How a claimant is stored in claimed_by: "Name <e-mail>", or whichever of the two is given."""
    name, email = (name or "").strip(), (email or "").strip()
    if name and email:
        return f"{name} <{email}>"
    if not (name or email):
        raise ValidationError(tr_noop("claimed_by: a claim needs the contact's name or e-mail"))
    return name or email


def _website(store: EcosystemStore, entity_uuid: str) -> str | None:
    """The entity's website (ValidationError naming the entity when there is none such)."""
    row = store.connection.execute("SELECT website FROM entities WHERE uuid = ?", (entity_uuid,)).fetchone() \
        if could_be_uuid(store.connection, entity_uuid) else None
    if row is None:
        raise ValidationError(tr_noop("entity {uuid}: no such entity in {file}"), uuid=entity_uuid,
                              file=store.name)
    return row[0]


def claim(store: EcosystemStore, entity_uuid: str, name: str | None, email: str | None, by: str,
          at: str | None = None, source: str | None = None) -> bool:
    """Record that a named contact claims the entity (verification becomes 'claimed' unless already verified).
    Returns whether the e-mail's domain matches the website's (flagged for fast verification)."""
    with store.transaction():
        return claim_in_transaction(store, entity_uuid, name, email, by, at, source)


def claim_in_transaction(store: EcosystemStore, entity_uuid: str, name: str | None, email: str | None, by: str,
                         at: str | None = None, source: str | None = None) -> bool:
    """claim() inside a transaction the caller holds (with its own change context)."""
    website = _website(store, entity_uuid)
    contact = contact_text(name, email)
    match = domain_match(email or (contact if "@" in contact else None), website)
    with _context(store, source or "claim"):
        store.connection.execute(
            "UPDATE entities SET claimed_by = ?, claimed_at = ?, claim_domain_match = ?, "
            "verification = CASE WHEN verification = 'verified' THEN 'verified' ELSE 'claimed' END, "
            "updated_by = ? WHERE uuid = ?",
            (contact, at or now_utc(), match, by, entity_uuid),
        )
    return match


def _context(store: EcosystemStore, source: str | None) -> AbstractContextManager:
    """A change context unless one is already set by the caller (a proposal being applied)."""
    return nullcontext() if context_held(store.connection) else change_context(store.connection, source)


def _check_all_exist(store: EcosystemStore, uuids: Sequence[str]) -> None:
    known = {row[0] for row in store.connection.execute(
        f"SELECT uuid FROM entities WHERE {in_json_list(store.connection, 'uuid')}", (_json_list(uuids),))}
    missing = [u for u in uuids if u not in known]
    if missing:
        if len(missing) > 1:
            raise ValidationError(tr_noop("entity {uuid}: no such entity in {file} (and {more} more)"),
                                  uuid=missing[0], file=store.name, more=len(missing) - 1)
        raise ValidationError(tr_noop("entity {uuid}: no such entity in {file}"), uuid=missing[0],
                              file=store.name)


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values))


def verify(store: EcosystemStore, uuids: Sequence[str], curator: str, at: str | None = None) -> int:
    """Mark entities verified by a curator (verified_by, verified_at; the review date is set too). All or none."""
    stamp = at or now_utc()
    with store.transaction() as connection:
        _check_all_exist(store, uuids)
        with change_context(connection, "verification"):
            return connection.execute(
                "UPDATE entities SET verification = 'verified', verified_by = ?, verified_at = ?, last_reviewed = ?, "
                f"updated_by = ? WHERE {in_json_list(connection, 'uuid')}",
                (curator, stamp, stamp[:10], curator, _json_list(uuids)),
            ).rowcount


def mark_reviewed(store: EcosystemStore, uuids: Sequence[str], curator: str, on: str | None = None) -> int:
    """Set the review date (last_reviewed) of entities, in bulk. All or none."""
    day = (on or now_utc())[:10]
    with store.transaction() as connection:
        _check_all_exist(store, uuids)
        with change_context(connection, "review"):
            return connection.execute(
                f"UPDATE entities SET last_reviewed = ?, updated_by = ? WHERE {in_json_list(connection, 'uuid')}",
                (day, curator, _json_list(uuids)),
            ).rowcount


def confirm_relationship(store: EcosystemStore, relationship_uuid: str, end_uuid: str, by: str,
                         at: str | None = None) -> str:
    """One end of a relationship confirms it; returns the relationship's confirmation: 'from', 'to' or 'mutual'
    (confirmed by both ends)."""
    with store.transaction() as connection:
        row = connection.execute(
            "SELECT from_uuid, to_uuid FROM relationships WHERE uuid = ?", (relationship_uuid,)
        ).fetchone() if could_be_uuid(connection, relationship_uuid) else None
        if row is None:
            raise ValidationError(tr_noop("relationship {uuid}: no such relationship in {file}"),
                                  uuid=relationship_uuid, file=store.name)
        if end_uuid not in row:
            raise ValidationError(
                tr_noop("relationship {uuid}: entity {end} is neither of its ends, so cannot confirm it"),
                uuid=relationship_uuid, end=end_uuid)
        end = "from" if end_uuid == row[0] else "to"
        with change_context(connection, "confirmation"):
            connection.execute(
                f"UPDATE relationships SET {end}_confirmed_by = ?, {end}_confirmed_at = ?, updated_by = ? "
                "WHERE uuid = ?",
                (by, at or now_utc(), by, relationship_uuid),
            )
        return connection.execute(
            "SELECT confirmation FROM relationship_lines WHERE uuid = ?", (relationship_uuid,)
        ).fetchone()[0]
