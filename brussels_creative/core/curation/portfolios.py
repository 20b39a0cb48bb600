"""Portfolios: named saved selections of entities (a QGIS expression or an explicit list), stored in the file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import ValidationError, tr_noop
from ..store.base import in_json_list
from ..store.ecosystem import EcosystemStore


@dataclass(frozen=True)
class Portfolio:
    """A named selection: either `expression` (evaluated on the entities when used, so it follows additions and
    deletions) or `uuids` (an explicit list; deleted entities drop out)."""

    name: str
    expression: str | None = None
    uuids: tuple[str, ...] | None = None
    description: str | None = None
    owner: str | None = None
    shared: bool = False
    created_at: str | None = None

    @property
    def by_expression(self) -> bool:
        """True when the portfolio is defined by an expression."""
        return bool(self.expression)


def _check(portfolio: Portfolio) -> None:
    if not portfolio.name.strip():
        raise ValidationError(tr_noop("name: a portfolio needs a name"))
    if bool((portfolio.expression or "").strip()) == bool(portfolio.uuids):
        raise ValidationError(tr_noop("portfolio {name!r}: give either an expression or a list of entities"),
                              name=portfolio.name)


def save_portfolio(store: EcosystemStore, portfolio: Portfolio, replace: bool = False) -> None:
    """Store a portfolio (replace=True overwrites one of the same name)."""
    _check(portfolio)
    uuids = json.dumps(list(portfolio.uuids)) if portfolio.uuids else None
    with store.transaction() as connection:
        if portfolio.uuids:
            known = {row[0] for row in connection.execute(
                f"SELECT uuid FROM entities WHERE {in_json_list(connection, 'uuid')}", (uuids,))}
            missing = [u for u in portfolio.uuids if u not in known]
            if missing:
                raise ValidationError(tr_noop("portfolio {name!r}: entity {uuid} is not in the file"),
                                      name=portfolio.name, uuid=missing[0])
        if replace:
            connection.execute("DELETE FROM portfolios WHERE name = ?", (portfolio.name,))
        try:
            connection.execute(
                "INSERT INTO portfolios (name, expression, entity_uuids, description, owner, shared) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (portfolio.name.strip(), (portfolio.expression or "").strip() or None, uuids, portfolio.description,
                 portfolio.owner, bool(portfolio.shared)),
            )
        except store.database_errors as error:
            raise ValidationError(tr_noop("portfolio {name!r}: {error}"), name=portfolio.name,
                                  error=str(error).strip()) from error


def delete_portfolio(store: EcosystemStore, name: str) -> None:
    """Delete a portfolio by name (ValidationError when there is none)."""
    delete_portfolios(store, [name])


def delete_portfolios(store: EcosystemStore, names: Sequence[str]) -> None:
    """Delete portfolios by name, all or none (ValidationError naming the first that is not in the file)."""
    with store.transaction() as connection:
        for name in names:
            if connection.execute("DELETE FROM portfolios WHERE name = ?", (name,)).rowcount == 0:
                raise ValidationError(tr_noop("portfolio {name!r}: no such portfolio in {file}"), name=name,
                                      file=store.name)


def _portfolio(row: tuple) -> Portfolio:
    name, expression, uuids, description, owner, shared, created_at = row
    return Portfolio(name, expression, tuple(json.loads(uuids)) if uuids else None, description, owner,
                     bool(shared), created_at)


_COLUMNS = "name, expression, entity_uuids, description, owner, shared, created_at"


def get_portfolio(connection: sqlite3.Connection, name: str) -> Portfolio:
    """A portfolio by name, from an open connection to the file (ValidationError naming it when unknown)."""
    return pick_portfolio(connection.execute(f"SELECT {_COLUMNS} FROM portfolios ORDER BY name").fetchall(), name)


def pick_portfolio(rows: Sequence[tuple], name: str) -> Portfolio:
    """The portfolio of that name among rows of (name, expression, entity_uuids, description, owner, shared,
    created_at), as an EcosystemSource gives them (ValidationError naming it when unknown)."""
    row = next((r for r in rows if r[0] == name), None)
    if row is None:
        names = sorted(r[0] for r in rows)
        if names:
            raise ValidationError(tr_noop("PORTFOLIO: no portfolio named {name!r} in this file (there are: {names})"),
                                  name=name, names=", ".join(names))
        raise ValidationError(tr_noop("PORTFOLIO: no portfolio named {name!r} in this file (it has none)"), name=name)
    return _portfolio(row)


def list_portfolios(connection: sqlite3.Connection, user: str | None = None) -> list[Portfolio]:
    """Portfolios by name; with `user`, only those shared or owned by that user."""
    rows = connection.execute(f"SELECT {_COLUMNS} FROM portfolios ORDER BY name").fetchall()
    portfolios = [_portfolio(row) for row in rows]
    return [p for p in portfolios if user is None or p.shared or p.owner == user]


def list_members(connection: sqlite3.Connection, portfolio: Portfolio) -> tuple[str, ...]:
    """The members of a list portfolio that are still in the file, in the stored order."""
    if portfolio.uuids is None:
        raise ValueError("list_members reads list portfolios; an expression is evaluated by QGIS")
    known = {row[0] for row in connection.execute(
        f"SELECT uuid FROM entities WHERE {in_json_list(connection, 'uuid')}", (json.dumps(portfolio.uuids),))}
    return tuple(u for u in portfolio.uuids if u in known)
