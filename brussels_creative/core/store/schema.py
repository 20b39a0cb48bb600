"""The ecosystem GeoPackage's schema: tables, constraints, triggers and the migrations between versions.

Integrity lives in the file: CHECK constraints and triggers reject bad writes from any client (QGIS, GDAL,
sqlite3), and triggers write the history. A trigger's message starts with its rule's name (``bc_...``) and names
the table and field; a CHECK constraint's message names its rule (``CHECK constraint failed: bc_email_shape``);
UNIQUE and NOT NULL messages name the table and fields (SQLite's own wording).

Rules that need explaining:
- Deleting an entity deletes its sector/service/audience rows and every relationship from or to it (cascade);
  each of those deletions is logged in ``history`` with its old values, so nothing is lost without a trace.
- ``uuid`` and ``created_at`` are filled by a trigger when a client leaves them empty; a uuid never changes.
- ``relationship_lines`` is a line table kept current by triggers (a SQLite view cannot declare a geometry type,
  which the GeoPackage standard requires): it is rewritten whenever a relationship or an end point changes.
  Lines are built from points stored as little-endian WKB, which GDAL, QGIS and this plugin always write.
- ``history`` is append-only: updates and deletes of its rows are refused.
- ``entities.sector_codes``, ``service_codes``, ``audience_codes`` (``{a,b}`` lists, as QGIS's multiple value
  relation widget writes them) and ``primary_sector`` mirror the link tables both ways: a form edits the columns and
  triggers rewrite the link rows; a write to a link table rewrites the columns. The link tables stay the reference
  for analyses; a change of the mirrored columns alone leaves no entity history row and keeps updated_at (the link
  rows' own history rows date it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 4
NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
UUID_SQL = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)

LOOKUP_TABLES = ("entity_types", "sectors", "services", "audiences", "relation_types", "size_classes")
LINK_TABLES = {"entity_sectors": "sectors", "entity_services": "services", "entity_audiences": "audiences"}

# (lookup table, referencing table, referencing column): codes in use cannot be deleted or renamed.
CODE_REFERENCES = (
    ("entity_types", "entities", "entity_type"),
    ("size_classes", "entities", "size_class"),
    ("municipalities", "entities", "municipality"),
    ("sectors", "entity_sectors", "code"),
    ("services", "entity_services", "code"),
    ("audiences", "entity_audiences", "code"),
    ("relation_types", "relationships", "relation_type"),
)

# table -> (description, geometry type or None)
TABLE_DESCRIPTIONS = {
    "entities": ("Creative ecosystem entities (points, EPSG:31370)", "POINT"),
    "municipalities": ("The 19 municipalities of the Brussels Capital Region (UrbIS © CIRB/CIBG)", "MULTIPOLYGON"),
    "relationship_lines": ("A line from each relationship's source to its target (kept by triggers)", "LINESTRING"),
    "entity_sectors": ("Sectors of each entity (one primary)", None),
    "entity_services": ("Services each entity offers", None),
    "entity_audiences": ("Audiences each entity caters for", None),
    "relationships": ("Relationships between entities", None),
    "entity_types": ("Vocabulary: entity types", None),
    "sectors": ("Vocabulary: Creative & Cultural Industries sectors with NACE Rev.2 classes", None),
    "services": ("Vocabulary: services offered", None),
    "audiences": ("Vocabulary: audiences catered for", None),
    "relation_types": ("Vocabulary: relation types with both readings", None),
    "size_classes": ("Vocabulary: size classes", None),
    "history": ("Every insert, update and delete of entities, relationships and their links", None),
    "bc_meta": ("Brussels Creative file metadata (schema version)", None),
    "proposals": ("Proposed changes awaiting a curator's decision", None),
    "portfolios": ("Named saved selections of entities", None),
    "kpi_snapshots": ("KPI time series", None),
    "bc_change_context": ("Source of the change being written (filled inside a write transaction only)", None),
}

ENTITY_COLUMNS_V1 = f"""
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom POINT,
    uuid TEXT,
    name TEXT NOT NULL CONSTRAINT bc_name_required CHECK (length(trim(name)) > 0),
    entity_type TEXT NOT NULL,
    description TEXT,
    address TEXT,
    postcode TEXT CONSTRAINT bc_postcode_shape CHECK (postcode IS NULL OR postcode = '' OR
        (postcode GLOB '1[0-2][0-9][0-9]')),
    municipality TEXT,
    website TEXT CONSTRAINT bc_website_shape CHECK (website IS NULL OR website = '' OR
        ((website GLOB 'http://?*.?*' OR website GLOB 'https://?*.?*') AND website NOT GLOB '*[ ]*')),
    email TEXT CONSTRAINT bc_email_shape CHECK (email IS NULL OR email = '' OR
        (email GLOB '?*@?*.?*' AND email NOT GLOB '*[ ,;<>]*' AND email NOT GLOB '*@*@*')),
    phone TEXT,
    founded_year INTEGER CONSTRAINT bc_founded_year_range CHECK (founded_year IS NULL OR
        (founded_year BETWEEN 1800 AND 2100)),
    size_class TEXT,
    status TEXT NOT NULL DEFAULT 'active' CONSTRAINT bc_status_value
        CHECK (status IN ('active', 'inactive', 'closed')),
    visibility TEXT NOT NULL DEFAULT 'public' CONSTRAINT bc_visibility_value
        CHECK (visibility IN ('public', 'private')),
    verification TEXT NOT NULL DEFAULT 'unverified' CONSTRAINT bc_verification_value
        CHECK (verification IN ('unverified', 'claimed', 'verified')),
    claimed_by TEXT,
    verified_by TEXT,
    verified_at DATETIME,
    source TEXT,
    created_at DATETIME DEFAULT ({NOW}),
    created_by TEXT,
    updated_at DATETIME,
    updated_by TEXT
"""


def _lookup_ddl(table: str, extra: str = "") -> str:
    return f"""CREATE TABLE {table} (
        fid INTEGER PRIMARY KEY AUTOINCREMENT,
        code TEXT NOT NULL UNIQUE CONSTRAINT bc_code_shape
            CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9_]*'),
        label_en TEXT NOT NULL,
        label_fr TEXT NOT NULL,
        label_nl TEXT NOT NULL{extra}
    )"""


def _link_ddl(table: str, primary: bool) -> str:
    extra = (
        ",\n        is_primary BOOLEAN NOT NULL DEFAULT 0 CONSTRAINT bc_is_primary_flag CHECK (is_primary IN (0, 1))"
        if primary
        else ""
    )
    return f"""CREATE TABLE {table} (
        fid INTEGER PRIMARY KEY AUTOINCREMENT,
        entity_uuid TEXT NOT NULL,
        code TEXT NOT NULL{extra},
        CONSTRAINT bc_link_unique UNIQUE (entity_uuid, code)
    )"""


def _v1_tables() -> list[str]:
    """Schema version 1: entities, links, relationships, vocabularies, municipalities, history, metadata."""
    return [
        f"CREATE TABLE entities ({ENTITY_COLUMNS_V1})",
        "CREATE UNIQUE INDEX entities_uuid ON entities (uuid)",
        "CREATE INDEX entities_entity_type ON entities (entity_type)",
        "CREATE INDEX entities_municipality ON entities (municipality)",
        _link_ddl("entity_sectors", primary=True),
        _link_ddl("entity_services", primary=False),
        _link_ddl("entity_audiences", primary=False),
        "CREATE INDEX entity_sectors_code ON entity_sectors (code)",
        "CREATE INDEX entity_services_code ON entity_services (code)",
        "CREATE INDEX entity_audiences_code ON entity_audiences (code)",
        f"""CREATE TABLE relationships (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT,
            from_uuid TEXT NOT NULL,
            to_uuid TEXT NOT NULL,
            relation_type TEXT NOT NULL,
            since DATE,
            until DATE,
            note TEXT,
            created_at DATETIME DEFAULT ({NOW}),
            created_by TEXT,
            updated_at DATETIME,
            updated_by TEXT,
            CONSTRAINT bc_no_self_relation CHECK (from_uuid <> to_uuid),
            CONSTRAINT bc_relationship_period CHECK (since IS NULL OR until IS NULL OR until >= since),
            CONSTRAINT bc_relationship_unique UNIQUE (from_uuid, to_uuid, relation_type)
        )""",
        "CREATE UNIQUE INDEX relationships_uuid ON relationships (uuid)",
        "CREATE INDEX relationships_from ON relationships (from_uuid)",
        "CREATE INDEX relationships_to ON relationships (to_uuid)",
        """CREATE TABLE relationship_lines (
            fid INTEGER PRIMARY KEY,
            geom LINESTRING,
            uuid TEXT,
            from_uuid TEXT,
            to_uuid TEXT,
            relation_type TEXT,
            since DATE,
            until DATE
        )""",
        "CREATE INDEX relationship_lines_from ON relationship_lines (from_uuid)",
        "CREATE INDEX relationship_lines_to ON relationship_lines (to_uuid)",
        _lookup_ddl("entity_types"),
        _lookup_ddl("sectors", ",\n        nace TEXT"),
        _lookup_ddl("services"),
        _lookup_ddl("audiences"),
        _lookup_ddl("size_classes"),
        _lookup_ddl(
            "relation_types",
            ",\n        directed BOOLEAN NOT NULL DEFAULT 1,"
            "\n        inverse_en TEXT NOT NULL,\n        inverse_fr TEXT NOT NULL,\n        inverse_nl TEXT NOT NULL",
        ),
        """CREATE TABLE municipalities (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            geom MULTIPOLYGON,
            code TEXT NOT NULL UNIQUE,
            label_en TEXT NOT NULL,
            label_fr TEXT NOT NULL,
            label_nl TEXT NOT NULL,
            postcodes TEXT
        )""",
        f"""CREATE TABLE history (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            changed_at DATETIME NOT NULL DEFAULT ({NOW}),
            changed_by TEXT,
            action TEXT NOT NULL CONSTRAINT bc_history_action CHECK (action IN ('insert', 'update', 'delete')),
            table_name TEXT NOT NULL,
            row_uuid TEXT,
            old_values TEXT,
            new_values TEXT
        )""",
        "CREATE INDEX history_row ON history (row_uuid)",
        """CREATE TABLE bc_meta (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            value TEXT
        )""",
    ]


def _v2_tables() -> list[str]:
    """Schema version 2: curation (review date, proposals), portfolios and KPI snapshots."""
    return [
        "ALTER TABLE entities ADD COLUMN last_reviewed DATE",
        f"""CREATE TABLE proposals (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            entity_uuid TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,
            proposer TEXT,
            source TEXT,
            status TEXT NOT NULL DEFAULT 'pending'
                CONSTRAINT bc_proposal_status CHECK (status IN ('pending', 'accepted', 'rejected')),
            proposed_at DATETIME NOT NULL DEFAULT ({NOW}),
            decided_by TEXT,
            decided_at DATETIME,
            reason TEXT
        )""",
        f"""CREATE TABLE portfolios (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE CONSTRAINT bc_portfolio_name CHECK (length(trim(name)) > 0),
            expression TEXT,
            entity_uuids TEXT,
            owner TEXT,
            shared BOOLEAN NOT NULL DEFAULT 0,
            created_at DATETIME NOT NULL DEFAULT ({NOW})
        )""",
        f"""CREATE TABLE kpi_snapshots (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            kpi TEXT NOT NULL,
            scope_type TEXT NOT NULL DEFAULT 'region'
                CONSTRAINT bc_kpi_scope CHECK (scope_type IN ('region', 'municipality', 'sector', 'portfolio')),
            scope_code TEXT,
            value REAL,
            unit TEXT,
            taken_at DATETIME NOT NULL DEFAULT ({NOW})
        )""",
    ]


# Columns of entities mirroring the link tables (schema 3): link table -> (list column, primary column or None)
MIRRORS = {
    "entity_sectors": ("sector_codes", "primary_sector"),
    "entity_services": ("service_codes", None),
    "entity_audiences": ("audience_codes", None),
}
MIRRORED_COLUMNS = ("sector_codes", "primary_sector", "service_codes", "audience_codes")


def _list_literal_sql(table: str, uuid: str) -> str:
    """SQL: the link table's codes of an entity as a '{a,b}' list (NULL when there is none)."""
    return (
        f"(SELECT '{{' || group_concat(code, ',') || '}}' FROM (SELECT code FROM {table} "
        f"WHERE entity_uuid = {uuid} ORDER BY code))"
    )


def _list_items_sql(column: str) -> str:
    """SQL: the codes of a '{a,b}' (or '{"a","b"}') list column, as a json_each table source."""
    cleaned = f"trim(replace(replace(coalesce({column}, ''), '\"', ''), ' ', ''), '{{}}')"
    return f"json_each(CASE WHEN {cleaned} = '' THEN '[]' ELSE '[\"' || replace({cleaned}, ',', '\",\"') || '\"]' END)"


def _v3_statements() -> list[str]:
    """Schema version 3: the form-editable mirrors of the link tables on entities, filled from the links."""
    statements = [f"ALTER TABLE entities ADD COLUMN {column} TEXT" for column in MIRRORED_COLUMNS]
    for table, (column, primary) in MIRRORS.items():
        assignments = f"{column} = {_list_literal_sql(table, 'entities.uuid')}"
        if primary:
            assignments += (
                f", {primary} = (SELECT code FROM {table} WHERE entity_uuid = entities.uuid AND is_primary = 1)"
            )
        statements.append(f"UPDATE entities SET {assignments}")
    return statements


def _links_from_columns_sql(entity: str) -> list[str]:
    """Trigger body: rewrite the link rows of one entity (by fid) from its mirrored columns' NEW values.

    The values come from NEW, never re-read from the table: the link tables' own triggers rewrite the columns
    while this runs."""
    body = []
    row = f"(SELECT uuid FROM entities WHERE fid = {entity})"
    for table, (column, primary) in MIRRORS.items():
        items = _list_items_sql(f"NEW.{column}")
        keep_primary = f" AND code IS NOT NEW.{primary}" if primary else ""
        body.append(
            f"DELETE FROM {table} WHERE entity_uuid = {row} "
            f"AND code NOT IN (SELECT value FROM {items}){keep_primary};"
        )
        body.append(
            f"INSERT OR IGNORE INTO {table} (entity_uuid, code) SELECT {row}, value FROM {items} WHERE value <> '';"
        )
        if primary:
            body += [
                f"INSERT OR IGNORE INTO {table} (entity_uuid, code) SELECT {row}, NEW.{primary} "
                f"WHERE coalesce(NEW.{primary}, '') <> '';",
                f"UPDATE {table} SET is_primary = 0 WHERE entity_uuid = {row} AND is_primary = 1 "
                f"AND code IS NOT NEW.{primary};",
                f"UPDATE {table} SET is_primary = 1 WHERE entity_uuid = {row} AND code = NEW.{primary} "
                "AND is_primary = 0;",
            ]
    return body


def _mirror_triggers() -> list[str]:
    """Triggers keeping entities' list columns and the link tables equal, both ways."""
    statements = [
        "CREATE TRIGGER bc_links_from_entity AFTER UPDATE OF "
        + ", ".join(MIRRORED_COLUMNS)
        + " ON entities FOR EACH ROW WHEN coalesce(NEW.uuid, '') <> '' BEGIN "
        + " ".join(_links_from_columns_sql("NEW.fid"))
        + " END"
    ]
    for table, (column, primary) in MIRRORS.items():
        for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            assignments = f"{column} = {_list_literal_sql(table, f'{ref}.entity_uuid')}"
            if primary:
                assignments += (
                    f", {primary} = (SELECT code FROM {table} WHERE entity_uuid = {ref}.entity_uuid "
                    "AND is_primary = 1)"
                )
            statements.append(
                f"CREATE TRIGGER bc_mirror_{table}_{event.lower()} AFTER {event} ON {table} FOR EACH ROW BEGIN "
                f"UPDATE entities SET {assignments} WHERE uuid = {ref}.entity_uuid; END"
            )
    return statements


# Columns of proposals (schema 4); status 'accepted' of schema 2 became 'approved'.
PROPOSAL_STATUSES = ("pending", "approved", "rejected")


def _v4_statements() -> list[str]:
    """Schema version 4: curation. Claims with their date and domain match, relationships confirmed by each end,
    proposals with the value seen when proposed (conflicts) and their provenance in history, portfolio
    descriptions, and the change context that history reads."""
    return [
        "ALTER TABLE entities ADD COLUMN claimed_at DATETIME",
        "ALTER TABLE entities ADD COLUMN claim_domain_match BOOLEAN",
        *(f"ALTER TABLE relationships ADD COLUMN {end}_confirmed_{what} {kind}"
          for end in ("from", "to") for what, kind in (("by", "TEXT"), ("at", "DATETIME"))),
        "ALTER TABLE relationship_lines ADD COLUMN confirmation TEXT",
        "UPDATE relationship_lines SET confirmation = 'none'",
        "ALTER TABLE history ADD COLUMN source TEXT",
        "ALTER TABLE history ADD COLUMN proposal_fid INTEGER",
        "ALTER TABLE portfolios ADD COLUMN description TEXT",
        f"""CREATE TABLE proposals_v4 (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            entity_uuid TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'change' CONSTRAINT bc_proposal_kind CHECK (kind IN ('change', 'new')),
            field TEXT NOT NULL,
            value TEXT,
            base_value TEXT,
            proposer TEXT,
            source TEXT,
            comment TEXT,
            status TEXT NOT NULL DEFAULT 'pending'
                CONSTRAINT bc_proposal_status CHECK (status IN ('pending', 'approved', 'rejected')),
            proposed_at DATETIME NOT NULL DEFAULT ({NOW}),
            decided_by TEXT,
            decided_at DATETIME,
            reason TEXT
        )""",
        "INSERT INTO proposals_v4 (fid, entity_uuid, field, value, proposer, source, status, proposed_at, decided_by, "
        "decided_at, reason) SELECT fid, entity_uuid, field, value, proposer, source, "
        "CASE status WHEN 'accepted' THEN 'approved' ELSE status END, proposed_at, decided_by, decided_at, reason "
        "FROM proposals",
        "DROP TABLE proposals",
        "ALTER TABLE proposals_v4 RENAME TO proposals",
        "CREATE INDEX proposals_entity ON proposals (entity_uuid)",
        "CREATE INDEX proposals_status ON proposals (status)",
        """CREATE TABLE bc_change_context (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            value TEXT
        )""",
    ]


# version -> (statements, tables it adds to gpkg_contents)
MIGRATIONS: dict[int, tuple[Callable[[], list[str]], tuple[str, ...]]] = {
    1: (
        _v1_tables,
        (
            "entities",
            "municipalities",
            "relationship_lines",
            "entity_sectors",
            "entity_services",
            "entity_audiences",
            "relationships",
            *LOOKUP_TABLES,
            "history",
            "bc_meta",
        ),
    ),
    2: (_v2_tables, ("proposals", "portfolios", "kpi_snapshots")),
    3: (_v3_statements, ()),
    4: (_v4_statements, ("bc_change_context",)),
}

SPATIAL_INDEXED = {1: ("entities", "municipalities"), 2: (), 3: (), 4: ()}


# ---- triggers ------------------------------------------------------------------------------------------------
def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def _json(prefix: str, columns: list[str]) -> str:
    parts = []
    for column in columns:
        value = f"hex({prefix}.{column})" if column == "geom" else f"{prefix}.{column}"
        parts.append(f"'{column}', {value}")
    return "json_object(" + ", ".join(parts) + ")"


def _raise_when(name: str, event: str, table: str, condition: str, message: str) -> str:
    return (
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW WHEN {condition} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _point_xy_sql(blob: str) -> str:
    """SQL expression: the 16 coordinate bytes of a little-endian GeoPackage point blob."""
    flags = f"hex(substr({blob}, 4, 1))"
    envelope = (
        f"(CASE WHEN {flags} IN ('02', '03') THEN 32 WHEN {flags} IN ('04', '05', '06', '07') THEN 48 "
        f"WHEN {flags} IN ('08', '09') THEN 64 ELSE 0 END)"
    )
    return f"substr({blob}, 14 + {envelope}, 16)"


def _line_sql(a: str, b: str) -> str:
    """SQL expression: a GeoPackage LineString blob from point blob a to point blob b (NULL if either is unusable)."""
    usable = (
        f"{a} IS NOT NULL AND {b} IS NOT NULL AND hex(substr({a}, 4, 1)) IN ('01', '03', '05', '07', '09') "
        f"AND hex(substr({b}, 4, 1)) IN ('01', '03', '05', '07', '09')"
    )
    # header: 'GP', version 0, flags 0x01 (little endian, no envelope), srs_id 31370; WKB LineString of 2 points
    return (
        f"(CASE WHEN {usable} THEN CAST(X'475000018A7A0000' || X'01' || X'02000000' || X'02000000' || "
        f"{_point_xy_sql(a)} || {_point_xy_sql(b)} AS BLOB) ELSE NULL END)"
    )


def _trigger_statements(connection: sqlite3.Connection) -> list[str]:
    """Every trigger of the current schema, generated from the tables' actual columns (in a fixed order)."""
    entity_columns = _columns(connection, "entities")
    context = "source" in _columns(connection, "history")
    statements = [
        *_vocabulary_triggers(),
        *_uuid_triggers(),
        *_no_replace_triggers(),
        *_created_at_triggers(),
        *_relationship_rule_triggers(),
        *_link_rule_triggers(),
        *_code_in_use_triggers(),
        *_entity_rule_triggers(),
        *_history_rule_triggers(),
        *_row_life_triggers("entities", entity_columns, context),
        *_row_life_triggers("relationships", _columns(connection, "relationships"), context),
        *_relationship_line_triggers(context),
    ]
    if context:
        statements += _curation_triggers()
    if "sector_codes" in entity_columns:
        statements += _mirror_triggers()
    for link in LINK_TABLES:
        statements += _link_history_triggers(link, _columns(connection, link), context)
    return statements


def _vocabulary_triggers() -> list[str]:
    """Vocabulary and reference checks: coded columns hold codes of their lookup table."""
    checks = [
        ("entities", "entity_type", "entity_types", False, "bc_entity_type_known"),
        ("entities", "size_class", "size_classes", True, "bc_size_class_known"),
        ("entities", "municipality", "municipalities", True, "bc_municipality_known"),
        ("relationships", "relation_type", "relation_types", False, "bc_relation_type_known"),
    ]
    for link, lookup in LINK_TABLES.items():
        checks.append((link, "code", lookup, False, f"bc_{lookup[:-1]}_known"))
    statements = []
    for table, column, lookup, optional, rule in checks:
        condition = f"NOT EXISTS (SELECT 1 FROM {lookup} WHERE code = NEW.{column})"
        if optional:
            condition = f"NEW.{column} IS NOT NULL AND NEW.{column} <> '' AND {condition}"
        message = f"{rule}: {table}.{column} must be a code of {lookup}"
        for event, suffix in (("INSERT", "insert"), (f"UPDATE OF {column}", "update")):
            statements.append(_raise_when(f"{rule}_{table}_{suffix}", event, table, condition, message))
    return statements


def _uuid_triggers() -> list[str]:
    """Entities' and relationships' uuids: unique, and fixed once set."""
    statements = []
    for table in ("entities", "relationships"):
        condition = f"coalesce(NEW.uuid, '') <> '' AND EXISTS (SELECT 1 FROM {table} WHERE uuid = NEW.uuid)"
        statements.append(
            _raise_when(f"bc_uuid_unique_{table}_insert", "INSERT", table, condition,
                        f"bc_uuid_unique: {table}.uuid is already used by another row")
        )
        statements.append(
            _raise_when(f"bc_uuid_immutable_{table}", "UPDATE OF uuid", table,
                        "coalesce(OLD.uuid, '') <> '' AND NEW.uuid IS NOT OLD.uuid",
                        f"bc_uuid_immutable: {table}.uuid cannot change once set")
        )
    return statements


def _no_replace_triggers() -> list[str]:
    """INSERT OR REPLACE on an existing fid would delete the old row without its delete triggers (SQLite fires them
    only with recursive_triggers on): no history, no cascade. Such a write is refused; an UPDATE does the job."""
    return [
        _raise_when(f"bc_no_replace_{table}", "INSERT", table,
                    f"NEW.fid IS NOT NULL AND EXISTS (SELECT 1 FROM {table} WHERE fid = NEW.fid)",
                    f"bc_no_replace: {table}.fid is taken; update the row instead of replacing it")
        for table in ("entities", "relationships", *LINK_TABLES)
    ]


def _created_at_triggers() -> list[str]:
    """created_at, once filled, is kept: clearing it would hide the row's later changes from the history."""
    return [
        _raise_when(f"bc_created_at_kept_{table}", "UPDATE OF created_at", table,
                    "coalesce(OLD.created_at, '') <> '' AND coalesce(NEW.created_at, '') = ''",
                    f"bc_created_at_kept: {table}.created_at cannot be emptied once set")
        for table in ("entities", "relationships")
    ]


def _relationship_rule_triggers() -> list[str]:
    """relationships: both ends are entities, and one relation of a type between two entities."""
    statements = []
    for end in ("from", "to"):
        condition = f"NOT EXISTS (SELECT 1 FROM entities WHERE uuid = NEW.{end}_uuid)"
        message = f"bc_relationship_{end}_exists: relationships.{end}_uuid must be the uuid of an entity"
        for event, suffix in (("INSERT", "insert"), (f"UPDATE OF {end}_uuid", "update")):
            statements.append(
                _raise_when(f"bc_relationship_{end}_exists_{suffix}", event, "relationships", condition, message)
            )
    duplicate = (
        "EXISTS (SELECT 1 FROM relationships r WHERE r.relation_type = NEW.relation_type AND r.fid IS NOT NEW.fid "
        "AND ((r.from_uuid = NEW.from_uuid AND r.to_uuid = NEW.to_uuid) OR (r.from_uuid = NEW.to_uuid "
        "AND r.to_uuid = NEW.from_uuid AND EXISTS (SELECT 1 FROM relation_types t WHERE t.code = NEW.relation_type "
        "AND t.directed = 0))))"
    )
    message = (
        "bc_relationship_unique: relationships already holds this relation between these entities "
        "(an undirected one counts both ways)"
    )
    for event, suffix in (("INSERT", "insert"), ("UPDATE OF from_uuid, to_uuid, relation_type", "update")):
        statements.append(_raise_when(f"bc_relationship_unique_{suffix}", event, "relationships", duplicate, message))
    return statements


def _link_rule_triggers() -> list[str]:
    """Link tables: the entity exists; entity_sectors: at most one primary sector per entity."""
    statements = []
    for link in LINK_TABLES:
        condition = "NOT EXISTS (SELECT 1 FROM entities WHERE uuid = NEW.entity_uuid)"
        message = f"bc_link_entity_exists: {link}.entity_uuid must be the uuid of an entity"
        for event, suffix in (("INSERT", "insert"), ("UPDATE OF entity_uuid", "update")):
            statements.append(_raise_when(f"bc_link_entity_exists_{link}_{suffix}", event, link, condition, message))
    primary = (
        "NEW.is_primary = 1 AND EXISTS (SELECT 1 FROM entity_sectors WHERE entity_uuid = NEW.entity_uuid "
        "AND is_primary = 1 AND fid IS NOT NEW.fid)"
    )
    message = "bc_one_primary_sector: an entity has at most one primary sector (entity_sectors.is_primary)"
    statements.append(_raise_when("bc_one_primary_sector_insert", "INSERT", "entity_sectors", primary, message))
    statements.append(
        _raise_when("bc_one_primary_sector_update", "UPDATE OF is_primary, entity_uuid", "entity_sectors", primary,
                    message)
    )
    return statements


def _code_in_use_triggers() -> list[str]:
    """Lookup tables: codes in use cannot be deleted or renamed; labels can change freely."""
    statements = []
    for lookup, table, column in CODE_REFERENCES:
        in_use = f"EXISTS (SELECT 1 FROM {table} WHERE {column} = OLD.code)"
        message = f"bc_code_in_use: this {lookup} code is used in {table}.{column} and cannot be deleted or renamed"
        statements.append(_raise_when(f"bc_code_in_use_{lookup}_{table}_delete", "DELETE", lookup, in_use, message))
        statements.append(
            _raise_when(f"bc_code_in_use_{lookup}_{table}_update", "UPDATE OF code", lookup,
                        f"NEW.code IS NOT OLD.code AND {in_use}", message)
        )
    return statements


def _entity_rule_triggers() -> list[str]:
    """entities: a founding year cannot lie more than a year ahead (CHECK constraints cannot read the clock)."""
    future = "NEW.founded_year IS NOT NULL AND NEW.founded_year > CAST(strftime('%Y', 'now') AS INTEGER) + 1"
    message = "bc_founded_year_range: entities.founded_year must lie between 1800 and next year"
    return [
        _raise_when(f"bc_founded_year_future_{suffix}", event, "entities", future, message)
        for event, suffix in (("INSERT", "insert"), ("UPDATE OF founded_year", "update"))
    ]


def _history_rule_triggers() -> list[str]:
    """history is append-only."""
    return [
        _raise_when(f"bc_history_append_only_{event.lower()}", event, "history", "1",
                    "bc_history_append_only: history rows cannot be changed or deleted")
        for event in ("UPDATE", "DELETE")
    ]


def _context_sql(context: bool) -> tuple[str, str]:
    """History's provenance columns and their values read from bc_change_context (schema 4), or nothing."""
    if not context:
        return "", ""
    return (
        ", source, proposal_fid",
        ", (SELECT value FROM bc_change_context WHERE key = 'source'), "
        "(SELECT CAST(value AS INTEGER) FROM bc_change_context WHERE key = 'proposal_fid')",
    )


def _curation_triggers() -> list[str]:
    """proposals: decided once (two curators approving at once apply it once); portfolios: an expression or a list."""
    return [
        _raise_when("bc_proposal_decided_once", "UPDATE OF status", "proposals",
                    "OLD.status <> 'pending' AND NEW.status IS NOT OLD.status",
                    "bc_proposal_decided_once: this proposal was already decided"),
        *(_raise_when(f"bc_portfolio_definition_{suffix}", event, "portfolios",
                      "(coalesce(NEW.expression, '') = '') = (coalesce(NEW.entity_uuids, '') = '')",
                      "bc_portfolio_definition: a portfolio has either an expression or a list of entities")
          for event, suffix in (("INSERT", "insert"), ("UPDATE OF expression, entity_uuids", "update"))),
    ]


def _row_life_triggers(table: str, columns: list[str], context: bool = False) -> list[str]:
    """entities or relationships: fill uuid/created_at, log history, keep relationship lines and link tables; one
    AFTER trigger per event keeps the order fixed."""
    filled = "coalesce(OLD.uuid, '') <> '' AND coalesce(OLD.created_at, '') <> ''"
    extra_columns, extra_values = _context_sql(context)
    after_insert = [
        f"UPDATE {table} SET uuid = coalesce(nullif(uuid, ''), {UUID_SQL}), "
        f"created_at = coalesce(nullif(created_at, ''), {NOW}) "
        "WHERE fid = NEW.fid AND (coalesce(uuid, '') = '' OR coalesce(created_at, '') = '');",
        f"INSERT INTO history (changed_by, action, table_name, row_uuid, new_values{extra_columns}) SELECT "
        f"coalesce(t.created_by, t.updated_by), 'insert', '{table}', t.uuid, {_json('t', columns)}{extra_values} "
        f"FROM {table} t WHERE t.fid = NEW.fid;",
    ]
    if table == "relationships":
        after_insert.append(_insert_line_sql("NEW.fid", context))
    elif "sector_codes" in columns:
        after_insert += _links_from_columns_sql("NEW.fid")
    tracked = [c for c in columns if c not in ("updated_at", "updated_by", "fid", *MIRRORED_COLUMNS)]
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in tracked)
    after_update = (
        f"INSERT INTO history (changed_by, action, table_name, row_uuid, old_values, new_values{extra_columns}) "
        f"VALUES (coalesce(NEW.updated_by, NEW.created_by), 'update', '{table}', NEW.uuid, {_json('OLD', columns)}, "
        f"{_json('NEW', columns)}{extra_values});"
    )
    after_delete = [
        f"INSERT INTO history (changed_by, action, table_name, row_uuid, old_values{extra_columns}) VALUES "
        f"(coalesce(OLD.updated_by, OLD.created_by), 'delete', '{table}', OLD.uuid, {_json('OLD', columns)}"
        f"{extra_values});"
    ]
    if table == "entities":
        after_delete += [
            "DELETE FROM relationships WHERE from_uuid = OLD.uuid OR to_uuid = OLD.uuid;",
            *(f"DELETE FROM {link} WHERE entity_uuid = OLD.uuid;" for link in LINK_TABLES),
        ]
    else:
        after_delete.append("DELETE FROM relationship_lines WHERE fid = OLD.fid;")
    return [
        f"CREATE TRIGGER bc_after_insert_{table} AFTER INSERT ON {table} FOR EACH ROW BEGIN "
        + " ".join(after_insert) + " END",
        f"CREATE TRIGGER bc_history_{table}_update AFTER UPDATE ON {table} FOR EACH ROW "
        f"WHEN {filled} AND ({changed}) BEGIN " + after_update + " END",
        f"CREATE TRIGGER bc_updated_at_{table} AFTER UPDATE ON {table} FOR EACH ROW "
        f"WHEN {filled} AND NEW.updated_at IS OLD.updated_at AND ({changed}) "
        f"BEGIN UPDATE {table} SET updated_at = {NOW} WHERE fid = NEW.fid; END",
        f"CREATE TRIGGER bc_after_delete_{table} AFTER DELETE ON {table} FOR EACH ROW BEGIN "
        + " ".join(after_delete) + " END",
    ]


def _relationship_line_triggers(confirmation: bool = False) -> list[str]:
    """relationship_lines follow their relationship and the entities at its ends."""
    return [
        "CREATE TRIGGER bc_relationship_lines_update AFTER UPDATE ON relationships FOR EACH ROW BEGIN "
        "DELETE FROM relationship_lines WHERE fid = OLD.fid; " + _insert_line_sql("NEW.fid", confirmation) + " END",
        "CREATE TRIGGER bc_relationship_lines_move AFTER UPDATE OF geom ON entities FOR EACH ROW BEGIN "
        f"UPDATE relationship_lines SET geom = (SELECT {_line_sql('a.geom', 'b.geom')} FROM entities a, entities b "
        "WHERE a.uuid = relationship_lines.from_uuid AND b.uuid = relationship_lines.to_uuid) "
        "WHERE from_uuid = NEW.uuid OR to_uuid = NEW.uuid; END",
    ]


def _link_history_triggers(link: str, columns: list[str], context: bool = False) -> list[str]:
    """A link table: history of every change (row_uuid is the entity's uuid)."""
    extra_columns, extra_values = _context_sql(context)
    return [
        f"CREATE TRIGGER bc_history_{link}_insert AFTER INSERT ON {link} FOR EACH ROW BEGIN "
        f"INSERT INTO history (action, table_name, row_uuid, new_values{extra_columns}) VALUES "
        f"('insert', '{link}', NEW.entity_uuid, {_json('NEW', columns)}{extra_values}); END",
        f"CREATE TRIGGER bc_history_{link}_update AFTER UPDATE ON {link} FOR EACH ROW BEGIN "
        f"INSERT INTO history (action, table_name, row_uuid, old_values, new_values{extra_columns}) VALUES "
        f"('update', '{link}', NEW.entity_uuid, {_json('OLD', columns)}, {_json('NEW', columns)}{extra_values}); END",
        f"CREATE TRIGGER bc_history_{link}_delete AFTER DELETE ON {link} FOR EACH ROW BEGIN "
        f"INSERT INTO history (action, table_name, row_uuid, old_values{extra_columns}) VALUES "
        f"('delete', '{link}', OLD.entity_uuid, {_json('OLD', columns)}{extra_values}); END",
    ]


CONFIRMATION_SQL = (
    "CASE WHEN r.from_confirmed_at IS NOT NULL AND r.to_confirmed_at IS NOT NULL THEN 'mutual' "
    "WHEN r.from_confirmed_at IS NOT NULL THEN 'from' WHEN r.to_confirmed_at IS NOT NULL THEN 'to' ELSE 'none' END"
)


def _insert_line_sql(fid: str, confirmation: bool = False) -> str:
    """Trigger body: (re)write the line of one relationship (with who confirmed it, schema 4)."""
    column, value = (", confirmation", f", {CONFIRMATION_SQL}") if confirmation else ("", "")
    return (
        f"INSERT OR REPLACE INTO relationship_lines (fid, geom, uuid, from_uuid, to_uuid, relation_type, since, "
        f"until{column}) "
        f"SELECT r.fid, {_line_sql('a.geom', 'b.geom')}, r.uuid, r.from_uuid, r.to_uuid, r.relation_type, r.since, "
        f"r.until{value} FROM relationships r LEFT JOIN entities a ON a.uuid = r.from_uuid "
        f"LEFT JOIN entities b ON b.uuid = r.to_uuid WHERE r.fid = {fid};"
    )


def rebuild_relationship_lines(connection: sqlite3.Connection) -> None:
    """Rewrite every relationship's line from the relationships and their ends (after a write without triggers)."""
    connection.execute("DELETE FROM relationship_lines")
    connection.execute(_insert_line_sql("r.fid", confirmation=True))


def drop_triggers(connection: sqlite3.Connection) -> None:
    """Drop the plugin's own triggers (named bc_...); GeoPackage R-tree triggers are left alone."""
    names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for name in names:
        if name.startswith("bc_"):
            connection.execute(f"DROP TRIGGER {name}")


def install_triggers(connection: sqlite3.Connection) -> None:
    """(Re)create every trigger of the current schema from the tables' actual columns."""
    drop_triggers(connection)
    for statement in _trigger_statements(connection):
        connection.execute(statement)


def expected_trigger_names(connection: sqlite3.Connection) -> list[str]:
    """Return the names of the triggers the current schema needs (to detect a client that dropped some)."""
    return [statement.split()[2] for statement in _trigger_statements(connection)]
