"""Export an ecosystem GeoPackage for partners and the public: GeoPackage, shapefiles (folder or zip) or GeoJSON,
through one privacy profile table.

Privacy profiles (``PRIVACY_RULES`` below is the one table the code applies; this text mirrors it):

============================================  ========  =======================  =======================
rule                                          internal  partner                  public
============================================  ========  =======================  =======================
entities.email, entities.phone                keep      empty for persons        empty for persons
entities.address, entities.geom               keep      generalised for persons  generalised for persons
entities.claimed_by, entities.verified_by     keep      dropped                  dropped
entities/relationships created_by, updated_by keep      dropped                  dropped
entries with visibility ``private``           keep      dropped                  dropped
entries whose status is not ``active``        keep      keep                     dropped
entries with verification ``unverified``      keep      keep                     dropped
table ``history``                             keep      dropped                  dropped
tables ``proposals``, ``portfolios``,
``kpi_snapshots``                             keep      dropped                  dropped
============================================  ========  =======================  =======================

- A *person* is a natural person whose entry is personal data: an entity of type ``freelancer``, or of size class
  ``solo`` (a one-person business is its owner). Their email and phone are emptied (NULL); other entities keep
  them (business contact data, which partners need to reach them and the public web map shows).
- "generalised for persons" (``generalise.py``): a person's address keeps the street without the house number or
  box, and their point moves to the centre of the 100 m cell of EPSG:31370 that holds it; relationship lines
  follow the moved point. The entity stays on the map; its home does not.
- Who claimed an entry (a claimant's e-mail) and the staff accounts that verified, created or last updated it are
  personal data that partners do not need: they get whether and when an entry was claimed or verified
  (``verification``, ``verified_at``; in shapefiles and GeoJSON also ``claimed`` and ``verified``, 1 or 0), and
  when it was created and updated. Questions about an entry go to the team, not to a curator by name.
- ``public`` therefore keeps only *published* entries (visibility public and status active) that are verified or
  claimed by their owner: what the public web map may show.
- Link rows (sectors, services, audiences) follow their entity; a relationship is exported only when both of its
  ends are; relationship lines follow their relationship.
- "dropped" for a field: the column is left out of shapefiles and GeoJSON and left empty in a GeoPackage (whose
  schema is fixed). "empty for persons": the column stays, with no value on persons' rows.
- The user's filters (status, visibility, verification, sector, type, municipality, creation date) select among
  the entries the profile allows; they never widen it.

History in a GeoPackage export: the copy is not a change to the ecosystem, so it logs nothing. The history-writing
triggers are dropped while the rows are copied (the validating triggers stay on and check every copied row), then
every trigger is reinstalled with ``schema.install_triggers``. ``internal`` copies the source's history verbatim:
all of it when no filter is set, else the rows of the exported entities, links and relationships. The other
profiles get an empty history, which the export's own later edits will fill.

Shapefile set (folder or zip): ``entities.shp`` (points), ``relations.shp`` (relationship lines), ``sectors.dbf``,
``services.dbf``, ``audiences.dbf`` (one row per entity and code, with the code's label), ``fields.csv`` (layer,
short name, full name, description: the fixed mapping ``SHAPEFILE_FIELDS``), ``long_texts.csv`` (uuid, field, full
text); UTF-8 (``.cpg``), EPSG:31370 (``.prj``). Vocabulary codes are resolved to labels in the chosen language;
multi-valued fields are ``;``-joined labels (primary sector first, then in vocabulary order). A DBF text holds at
most 254 bytes: a longer text (a long description or name, or a joined list such as 12 sector labels) is cut to
the longest run of whole UTF-8 characters within 254 bytes, a warning names the entities, and the full text goes
to ``long_texts.csv``; the flattened tables always hold every code and label.

Partner and public exports are written from a private staging copy of the source (a SQLite backup in the system's
temporary folder, removed when the export ends) in which the persons are generalised first; every writer refuses a
source that is not generalised for such a profile, so no format can hold a person's home.

GeoJSON: RFC 7946 (EPSG:4326, longitude/latitude, 8 decimals ≈ 1 mm), the entities only, with the full field
names and the same values as the shapefile, nothing cut.

Every export is written inside a temporary folder beside the target and moved into place only when complete; a
failure or cancel leaves no partial output. The source is only ever opened read-only, and must have the current
schema version (an older file is refused: upgrading it would mean writing to it). Cancel is checked between stages
and interrupts the GeoPackage copy's SQL; a shapefile or GeoJSON layer being written by GDAL finishes first (GDAL
cannot report progress on SQL results), which takes a few seconds at 100 000 entities.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
import uuid as uuid_module
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

from ..errors import BrusselsCreativeError, SchemaError, ValidationError, tr_noop
from ..store import gpkg, schema, taxonomy
from ..store.ecosystem import EcosystemStore, checked_schema_version
from ..store.selection import EntityFilter
from . import generalise
from .generalise import PERSON_SQL

PROFILES: tuple[str, ...] = ("internal", "partner", "public")
FORMATS: tuple[str, ...] = ("gpkg", "shp_folder", "shp_zip", "geojson")
FORMAT_LABELS = {
    "gpkg": "GeoPackage",
    "shp_folder": "Shapefiles in a folder",
    "shp_zip": "Shapefiles in a zip",
    "geojson": "GeoJSON (EPSG:4326, RFC 7946)",
}
KEEP, PERSON, DROP = "keep", "empty for persons", "dropped"
GENERALISED = "generalised for persons"  # street only, point at the centre of its 100 m cell (generalise.py)
GENERALISED_MARK = "persons_generalised"  # bc_meta key of a staging copy whose persons are generalised
DBF_MAX_BYTES = 254
JOIN_SEPARATOR = ";"
GEOJSON_DECIMALS = 8


@dataclass(frozen=True)
class Rule:
    """One row of the privacy table: what each profile does with a field, a kind of entry or a table."""

    kind: str  # "field": a column (table.column); "rows": entries matching `condition`; "table": a whole table
    target: str
    internal: str
    partner: str
    public: str
    condition: str = ""  # for "rows": SQL on the entity alias {a} selecting the entries the rule is about

    def action(self, profile: str) -> str:
        """Return keep / empty for persons / dropped for a profile."""
        return getattr(self, profile)


PRIVACY_RULES: tuple[Rule, ...] = (
    Rule("field", "entities.email", KEEP, PERSON, PERSON),
    Rule("field", "entities.phone", KEEP, PERSON, PERSON),
    Rule("field", "entities.address", KEEP, GENERALISED, GENERALISED),
    Rule("field", "entities.geom", KEEP, GENERALISED, GENERALISED),
    Rule("field", "entities.claimed_by", KEEP, DROP, DROP),
    Rule("field", "entities.verified_by", KEEP, DROP, DROP),
    Rule("field", "entities.created_by", KEEP, DROP, DROP),
    Rule("field", "entities.updated_by", KEEP, DROP, DROP),
    Rule("field", "relationships.created_by", KEEP, DROP, DROP),
    Rule("field", "relationships.updated_by", KEEP, DROP, DROP),
    Rule("field", "relationships.from_confirmed_by", KEEP, DROP, DROP),
    Rule("field", "relationships.to_confirmed_by", KEEP, DROP, DROP),
    Rule("rows", "private entries", KEEP, DROP, DROP, "{a}.visibility = 'private'"),
    Rule("rows", "entries not active", KEEP, KEEP, DROP, "{a}.status <> 'active'"),
    Rule("rows", "unverified entries", KEEP, KEEP, DROP, "{a}.verification = 'unverified'"),
    Rule("table", "history", KEEP, DROP, DROP),
    Rule("table", "proposals", KEEP, DROP, DROP),
    Rule("table", "portfolios", KEEP, DROP, DROP),
    Rule("table", "kpi_snapshots", KEEP, DROP, DROP),
)


class ExportCancelledError(BrusselsCreativeError):
    """The export was cancelled; nothing was written."""


@dataclass
class ExportResult:
    """What an export wrote."""

    path: Path
    format: str
    profile: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    long_texts: list[tuple[str, str, str]] = field(default_factory=list)  # (uuid, field, full text)


# ---- privacy rules ---------------------------------------------------------------------------------------------
def field_action(table: str, column: str, profile: str) -> str:
    """Return what a profile does with a column (keep when no rule names it)."""
    for rule in PRIVACY_RULES:
        if rule.kind == "field" and rule.target == f"{table}.{column}":
            return rule.action(profile)
    return KEEP


def rows_condition(profile: str, alias: str = "e") -> str:
    """Return the SQL condition on entities (aliased) that a profile keeps."""
    dropped = [r.condition.format(a=alias) for r in PRIVACY_RULES if r.kind == "rows" and r.action(profile) == DROP]
    return " AND ".join(f"NOT ({c})" for c in dropped) or "1"


def tables_kept(profile: str) -> tuple[str, ...]:
    """Return the tables of the rules that a profile keeps."""
    return tuple(r.target for r in PRIVACY_RULES if r.kind == "table" and r.action(profile) == KEEP)


def generalises(profile: str) -> bool:
    """True when a profile generalises persons (their exports are written from a generalised staging copy)."""
    return any(r.kind == "field" and r.action(profile) == GENERALISED for r in PRIVACY_RULES)


def privacy_table_text() -> str:
    """Return the privacy table as plain text (one line per rule), for help strings."""
    lines = ["rule: internal / partner / public"]
    for rule in PRIVACY_RULES:
        lines.append(f"- {rule.kind} {rule.target}: {rule.internal} / {rule.partner} / {rule.public}")
    lines.append("A person is an entity of type freelancer or of size class solo. Generalised: the address keeps "
                 "the street without house number or box; the point moves to the centre of its 100 m cell "
                 "(EPSG:31370 grid).")
    return "\n".join(lines)


def _column_sql(table: str, column: str, profile: str, alias: str) -> str:
    action = field_action(table, column, profile)
    if action == DROP:
        return "NULL"
    if action == PERSON:
        return f"CASE WHEN {PERSON_SQL.format(a=alias)} THEN NULL ELSE {alias}.{column} END"
    return f"{alias}.{column}"  # KEEP, or GENERALISED: the staging copy read holds the generalised values


def _literal(value) -> str:
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def selection_sql(entity_filter: EntityFilter, profile: str, alias: str = "e", database: str = "") -> str:
    """Return the SQL condition (literals inlined, quoted) selecting the exported entities.

    `database` ("src." when the source is attached) prefixes the other tables the condition reads."""
    if profile not in PROFILES:
        raise ValidationError(
            tr_noop("PROFILE: unknown privacy profile {profile!r}; one of {choices}"),
            profile=profile, choices=', '.join(PROFILES))
    for name in ("created_from", "created_to"):
        value = getattr(entity_filter, name)
        if value:
            try:
                dt.date.fromisoformat(value[:10])
            except ValueError as error:
                raise ValidationError(
                    tr_noop("{name}: {value!r} is not an ISO date (YYYY-MM-DD)"),
                    name=name, value=value) from error
    base = replace(entity_filter, uuids=None)
    where, params = base.where(alias, database)
    pieces = where.split("?")
    sql = pieces[0] + "".join(_literal(p) + rest for p, rest in zip(params, pieces[1:], strict=True))
    if entity_filter.uuids is not None:
        uuids = ", ".join(_literal(u) for u in entity_filter.uuids) or "NULL"
        sql += f" AND {alias}.uuid IN ({uuids})"
    return f"({sql}) AND ({rows_condition(profile, alias)})"


# ---- the field mapping of shapefiles and GeoJSON ----------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    """One exported field: short (DBF) name, full name, description, SQL expression, OGR kind, rule column."""

    short: str
    full: str
    description: str
    sql: str  # {lang}: label column suffix; entity alias e, type t, municipality m, size class z
    kind: str = "text"  # "text" or "integer"
    column: str | None = None  # entities column the privacy rules apply to


def _joined(link: str, lookup: str, order: str) -> str:
    return (
        f"(SELECT group_concat(label, '{JOIN_SEPARATOR}') FROM (SELECT l.label_{{lang}} AS label FROM {link} k "
        f"JOIN {lookup} l ON l.code = k.code WHERE k.entity_uuid = e.uuid ORDER BY {order}))"
    )


ENTITY_FIELDS: tuple[Field, ...] = (
    Field("uuid", "uuid", "Stable identifier of the entity; key of sectors/services/audiences", "e.uuid"),
    Field("name", "name", "Name", "e.name"),
    Field("type", "entity_type", "Entity type (label)", "t.label_{lang}"),
    Field("descr", "description", "Description", "e.description"),
    Field("address", "address", "Street address (persons: the street only, outside internal)", "e.address"),
    Field("postcode", "postcode", "Postcode", "e.postcode"),
    Field("muni", "municipality", "Municipality (name)", "m.label_{lang}"),
    Field("muni_nis", "municipality_nis", "Municipality NIS code", "e.municipality"),
    Field("website", "website", "Website", "e.website"),
    Field("email", "email", "Email (empty for persons outside internal)", "e.email", column="email"),
    Field("phone", "phone", "Phone (empty for persons outside internal)", "e.phone", column="phone"),
    Field("founded", "founded_year", "Year founded", "e.founded_year", "integer"),
    Field("size", "size_class", "Size class (label)", "z.label_{lang}"),
    Field("status", "status", "Status code: active, inactive, closed", "e.status"),
    Field("visibility", "visibility", "Visibility code: public, private", "e.visibility"),
    Field("verif", "verification", "Verification code: unverified, claimed, verified", "e.verification"),
    Field("claimed_by", "claimed_by", "Who claimed the entry", "e.claimed_by", column="claimed_by"),
    Field("verif_by", "verified_by", "Who verified the entry", "e.verified_by", column="verified_by"),
    Field("claimed", "claimed", "1 when the entry was claimed by its owner, else 0",
          "(coalesce(e.claimed_by, '') <> '' OR e.verification = 'claimed')", "integer"),
    Field("verified", "verified", "1 when a curator verified the entry, else 0", "(e.verification = 'verified')",
          "integer"),
    Field("verif_at", "verified_at", "When it was verified (ISO 8601, UTC)", "CAST(e.verified_at AS TEXT)"),
    Field("reviewed", "last_reviewed", "Last review date (ISO 8601)", "CAST(e.last_reviewed AS TEXT)"),
    Field("source", "source", "Source of the entry", "e.source"),
    Field("created", "created_at", "Created at (ISO 8601, UTC)", "CAST(e.created_at AS TEXT)"),
    Field("created_by", "created_by", "Created by", "e.created_by", column="created_by"),
    Field("updated", "updated_at", "Last updated at (ISO 8601, UTC)", "CAST(e.updated_at AS TEXT)"),
    Field("updated_by", "updated_by", "Last updated by", "e.updated_by", column="updated_by"),
    Field(
        "sector_1",
        "primary_sector",
        "Primary sector (label)",
        "(SELECT l.label_{lang} FROM entity_sectors k JOIN sectors l ON l.code = k.code "
        "WHERE k.entity_uuid = e.uuid AND k.is_primary = 1)",
    ),
    Field(
        "sectors",
        "sectors",
        "Sector labels joined with ';', primary first, then vocabulary order",
        _joined("entity_sectors", "sectors", "k.is_primary DESC, l.fid"),
    ),
    Field("services", "services", "Service labels joined with ';', vocabulary order",
          _joined("entity_services", "services", "l.fid")),
    Field("audiences", "audiences", "Audience labels joined with ';', vocabulary order",
          _joined("entity_audiences", "audiences", "l.fid")),
)

RELATION_FIELDS: tuple[Field, ...] = (
    Field("uuid", "uuid", "Stable identifier of the relationship", "r.uuid"),
    Field("from_uuid", "from_uuid", "uuid of the source entity", "r.from_uuid"),
    Field("to_uuid", "to_uuid", "uuid of the target entity", "r.to_uuid"),
    Field("type", "relation_type", "Relation type, read source → target (label)", "rt.label_{lang}"),
    Field("since", "since", "Start date (ISO 8601)", "CAST(r.since AS TEXT)"),
    Field("until", "until", "End date (ISO 8601)", "CAST(r.until AS TEXT)"),
    Field("note", "note", "Note", "r.note"),
)


def _link_fields(lookup: str, primary: bool) -> tuple[Field, ...]:
    fields = [
        Field("uuid", "entity_uuid", "uuid of the entity (entities.uuid)", "k.entity_uuid"),
        Field("code", "code", f"Code of {lookup}", "k.code"),
        Field("label", "label", f"Label of the code in {lookup}", "l.label_{lang}"),
    ]
    if primary:
        fields.append(Field("primary", "is_primary", "1 for the entity's primary sector", "k.is_primary", "integer"))
    return tuple(fields)


LINK_LAYERS = {
    "sectors": ("entity_sectors", _link_fields("sectors", True)),
    "services": ("entity_services", _link_fields("services", False)),
    "audiences": ("entity_audiences", _link_fields("audiences", False)),
}

SHAPEFILE_FIELDS: dict[str, tuple[Field, ...]] = {
    "entities": ENTITY_FIELDS,
    "relations": RELATION_FIELDS,
    **{name: fields for name, (_, fields) in LINK_LAYERS.items()},
}


def _entity_fields(profile: str) -> list[tuple[Field, str]]:
    """The entity fields a profile exports, each with its SQL expression (privacy applied)."""
    out = []
    for f in ENTITY_FIELDS:
        if f.column is None:
            out.append((f, f.sql))
        elif field_action("entities", f.column, profile) != DROP:
            out.append((f, _column_sql("entities", f.column, profile, "e")))
    return out


def entities_sql(
    entity_filter: EntityFilter, profile: str, language: str, names: str = "short", extra: str = "1"
) -> str:
    """Return the SQL (SQLite, on the source) of the exported entities with geometry and mapped fields."""
    language = taxonomy.normalize_language(language)
    columns = ", ".join(
        f'{expr.format(lang=language)} AS "{getattr(f, names)}"' for f, expr in _entity_fields(profile)
    )
    return (
        f"SELECT e.geom AS geom, {columns} FROM entities e "
        "LEFT JOIN entity_types t ON t.code = e.entity_type "
        "LEFT JOIN municipalities m ON m.code = e.municipality "
        "LEFT JOIN size_classes z ON z.code = e.size_class "
        f"WHERE {selection_sql(entity_filter, profile)} AND ({extra}) ORDER BY e.fid"
    )


def relations_sql(entity_filter: EntityFilter, profile: str, language: str) -> str:
    """Return the SQL of the exported relationship lines (both ends exported)."""
    language = taxonomy.normalize_language(language)
    columns = ", ".join(f'{f.sql.format(lang=language)} AS "{f.short}"' for f in RELATION_FIELDS)
    return (
        f"SELECT g.geom AS geom, {columns} FROM relationships r "
        "JOIN entities a ON a.uuid = r.from_uuid JOIN entities b ON b.uuid = r.to_uuid "
        "LEFT JOIN relationship_lines g ON g.fid = r.fid "
        "LEFT JOIN relation_types rt ON rt.code = r.relation_type "
        f"WHERE {selection_sql(entity_filter, profile, 'a')} AND {selection_sql(entity_filter, profile, 'b')} "
        "ORDER BY r.fid"
    )


def links_sql(name: str, entity_filter: EntityFilter, profile: str, language: str) -> str:
    """Return the SQL of one flattened link table (sectors, services or audiences)."""
    language = taxonomy.normalize_language(language)
    table, fields = LINK_LAYERS[name]
    columns = ", ".join(f'{f.sql.format(lang=language)} AS "{f.short}"' for f in fields)
    order = "k.is_primary DESC, l.fid" if name == "sectors" else "l.fid"
    return (
        f"SELECT {columns} FROM {table} k JOIN entities e ON e.uuid = k.entity_uuid "
        f"LEFT JOIN {name} l ON l.code = k.code "
        f"WHERE {selection_sql(entity_filter, profile)} ORDER BY e.fid, {order}"
    )


# ---- entry point -----------------------------------------------------------------------------------------------
def export_ecosystem(
    source: str | Path,
    target: str | Path,
    fmt: str,
    profile: str,
    language: str = "en",
    entity_filter: EntityFilter | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Export the (filtered) ecosystem under a privacy profile to a GeoPackage, shapefiles or GeoJSON."""
    source, target = Path(source), Path(target)
    entity_filter = entity_filter or EntityFilter()
    if fmt not in FORMATS:
        raise ValidationError(
            tr_noop("FORMAT: unknown format {format!r}; one of {choices}"),
            format=fmt, choices=', '.join(FORMATS))
    if profile not in PROFILES:
        raise ValidationError(
            tr_noop("PROFILE: unknown privacy profile {profile!r}; one of {choices}"),
            profile=profile, choices=', '.join(PROFILES))
    if language not in taxonomy.LANGUAGES:
        raise ValidationError(
            tr_noop("LANGUAGE: unknown language {language!r}; one of {choices}"),
            language=language, choices=', '.join(taxonomy.LANGUAGES))
    _check_source(source)
    _check_target(source, target, fmt)
    report = _Reporter(progress, is_canceled)
    result = ExportResult(target, fmt, profile)
    with work_folder(target.parent, f".{target.name}.exporting") as work, _staged(source, profile, report) as read_from:
        if fmt == "gpkg":
            product = work / "export.gpkg"
            _write_gpkg(read_from, product, target, entity_filter, profile, result, report, original=source)
        elif fmt == "geojson":
            product = work / "export.geojson"
            _write_geojson(read_from, product, entity_filter, profile, language, result, report)
        else:
            folder = work / "shapefiles"
            folder.mkdir()
            _write_shapefiles(read_from, folder, entity_filter, profile, language, result, report)
            if fmt == "shp_zip":
                product = work / "export.zip"
                with zipfile.ZipFile(product, "w", zipfile.ZIP_DEFLATED) as archive:
                    for path in sorted(folder.iterdir()):
                        archive.write(path, path.name)
            else:
                product = folder
        report.check()
        _move_into_place(product, target, work)
    report(100)
    return result


class _Reporter:
    def __init__(self, progress, is_canceled) -> None:
        self.progress = progress
        self.is_canceled = is_canceled

    def __call__(self, percent: float) -> None:
        self.check()
        if self.progress is not None:
            self.progress(float(min(100.0, max(0.0, percent))))

    def sqlite_handler(self) -> int:
        """An SQLite progress handler: non-zero (interrupt) once cancelled."""
        return int(self.is_canceled is not None and bool(self.is_canceled()))

    def check(self) -> None:
        if self.is_canceled is not None and self.is_canceled():
            raise ExportCancelledError("Export cancelled: nothing was written")

    def gdal_callback(self, start: float, end: float, silent: bool = False):
        """A GDAL progress callback mapping 0–1 onto start–end percent; returns 0 (stop) on cancel."""

        def callback(fraction, message, data):
            if self.is_canceled is not None and self.is_canceled():
                return 0
            if self.progress is not None and not silent:
                self.progress(start + (end - start) * fraction)
            return 1

        return callback


def _ro_uri(path: Path) -> str:
    return gpkg.read_only_uri(path)


def _check_source(source: Path) -> None:
    if not source.is_file():
        raise SchemaError(tr_noop("INPUT: {source} does not exist"), source=source)
    version = checked_schema_version(
        source, tr_noop("INPUT: {source} is not a Brussels Creative ecosystem GeoPackage (no schema version)"),
        tr_noop("INPUT: {source} uses schema version {version}, newer than this plugin's {SCHEMA_VERSION}"),
        source=source)
    if version < schema.SCHEMA_VERSION:
        raise SchemaError(
            tr_noop("INPUT: {source} uses the older schema version {version}; the export opens it read-only and "
                    "cannot upgrade it: open it once with the plugin (it is upgraded after a backup), then export "
                    "again"),
            source=source, version=version)


def _check_target(source: Path, target: Path, fmt: str) -> None:
    if target.resolve() == source.resolve():
        raise ValidationError(tr_noop("OUTPUT: {target} is the source itself; choose another name"), target=target)
    if not target.parent.is_dir():
        raise ValidationError(tr_noop("OUTPUT: the folder {parent} does not exist"), parent=target.parent)
    suffixes = {"gpkg": (".gpkg",), "shp_zip": (".zip",), "geojson": (".geojson", ".json")}
    if fmt in suffixes and target.suffix.lower() not in suffixes[fmt]:
        raise ValidationError(
            tr_noop("OUTPUT: {target_name} must end with {choices} for {format}"),
            target_name=target.name, choices=' or '.join(suffixes[fmt]), format=fmt)
    if fmt == "shp_folder":
        if target.exists() and not target.is_dir():
            raise ValidationError(tr_noop("OUTPUT: {target} is a file; a shapefile set needs a folder"), target=target)
        if target.is_dir() and not _is_previous_export(target):
            raise ValidationError(
                tr_noop("OUTPUT: {target} is a folder with other files; choose an empty or new folder (a previous "
                        "shapefile export, holding nothing else, is replaced)"),
                target=target)
    elif target.is_dir():
        raise ValidationError(tr_noop("OUTPUT: {target} is a folder; give a file name"), target=target)


PLUGIN_PROJECT = "Brussels Creative"  # the project the plugin stores in an ecosystem file
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qpj")
EXPORT_SIDE_FILES = ("fields.csv", "long_texts.csv")


def _is_previous_export(folder: Path) -> bool:
    """True for an empty folder or one holding only what a shapefile export writes (never a user's other files)."""
    entries = list(folder.iterdir())
    if not entries:
        return True
    if not (folder / "fields.csv").is_file():
        return False
    return all(
        entry.is_file() and (entry.name in EXPORT_SIDE_FILES or entry.suffix.lower() in SHAPEFILE_PARTS)
        for entry in entries
    )


@contextmanager
def work_folder(parent: Path, name: str) -> Iterator[Path]:
    """A hidden temporary folder `name`-<random> in `parent` (the target's, so the final move is a rename), removed
    on exit."""
    work = parent / f"{name}-{uuid_module.uuid4().hex[:8]}"
    work.mkdir()
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _move_into_place(product: Path, target: Path, work: Path) -> None:
    if product.is_dir():
        if target.exists():
            target.replace(work / "previous")  # a previous export: moved aside, removed with the work folder
        product.replace(target)
    else:
        os.replace(product, target)


# ---- staging: persons generalised before any writer reads ----------------------------------------------------------
@contextmanager
def _staged(source: Path, profile: str, report) -> Iterator[Path]:
    """The file the writers read: the source itself for a profile that does not generalise persons, else a private
    copy (SQLite backup, in the system's temporary folder) whose persons have their street only and the centre of
    their 100 m cell as point, with relationship lines following; removed when the export ends."""
    if not generalises(profile):
        yield source
        return
    folder = Path(tempfile.mkdtemp(prefix="brussels-creative-export-"))
    try:
        staged = folder / "staged.gpkg"
        reader = gpkg.connect_read_only(source)
        copy = sqlite3.connect(staged, isolation_level=None)
        try:
            reader.backup(copy)  # a consistent snapshot, with what a WAL file holds
            report.check()
            _generalise_persons(copy)
        finally:
            reader.close()
            copy.close()
        report(5)
        yield staged
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _generalise_persons(connection: sqlite3.Connection) -> None:
    """Generalise the persons of a staging copy in place (its own triggers dropped first: nothing is logged)."""
    gpkg.register_functions(connection)
    generalise.register_sqlite_functions(connection)
    connection.execute("PRAGMA trusted_schema = ON")  # the R-tree triggers call the registered ST_ functions
    connection.execute("PRAGMA synchronous = OFF")  # a throwaway copy: no need to wait for the disk
    person = PERSON_SQL.format(a="entities")
    persons = f"SELECT uuid FROM entities WHERE {person}"
    connection.execute("BEGIN")
    schema.drop_triggers(connection)
    connection.execute(f"UPDATE entities SET geom = bc_cell_point(geom), address = bc_street(address) WHERE {person}")
    connection.execute(
        f"UPDATE relationship_lines SET geom = (SELECT {schema._line_sql('a.geom', 'b.geom')} "
        "FROM entities a, entities b WHERE a.uuid = relationship_lines.from_uuid "
        f"AND b.uuid = relationship_lines.to_uuid) WHERE from_uuid IN ({persons}) OR to_uuid IN ({persons})"
    )
    connection.execute("DELETE FROM bc_meta WHERE key = ?", (GENERALISED_MARK,))
    connection.execute("INSERT INTO bc_meta (key, value) VALUES (?, ?)", (GENERALISED_MARK, str(generalise.CELL_M)))
    connection.execute("COMMIT")


def _require_generalised(read_from: Path, profile: str) -> None:
    """Refuse to write a profile that generalises persons from a file whose persons are not generalised."""
    if not generalises(profile):
        return
    connection = gpkg.connect_read_only(read_from)
    try:
        marked = connection.execute("SELECT 1 FROM bc_meta WHERE key = ?", (GENERALISED_MARK,)).fetchone()
    finally:
        connection.close()
    if not marked:
        raise BrusselsCreativeError(
            f"{read_from}: its persons are not generalised; the {profile} profile cannot be written from it"
        )


# ---- GeoPackage --------------------------------------------------------------------------------------------------
def _columns(connection: sqlite3.Connection, database: str, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA {database}.table_info("{table}")')]


def _write_gpkg(source, product, target, entity_filter, profile, result, report, original=None) -> None:
    _require_generalised(source, profile)
    EcosystemStore.create(product).close()
    connection = sqlite3.connect(f"file:{quote(product.resolve().as_posix())}", uri=True, isolation_level=None)
    try:
        gpkg.register_functions(connection)
        connection.execute("PRAGMA trusted_schema = ON")
        connection.execute("ATTACH DATABASE ? AS src", (_ro_uri(source),))
        connection.set_progress_handler(report.sqlite_handler, 20_000)  # a cancel interrupts a long statement
        store = EcosystemStore(product, connection)
        try:
            with store.transaction():
                _copy_rows(connection, entity_filter, profile, result, report)
                _copy_qgis_tables(connection, original or source, target, profile)
                schema.install_triggers(connection)
                store.refresh_extents()
                connection.execute(
                    "INSERT INTO bc_meta (key, value) VALUES ('export_profile', ?), ('exported_at', ?)",
                    (profile, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
                )
        except sqlite3.DatabaseError as error:
            report.check()
            raise ValidationError(
                tr_noop("the source breaks a rule of the ecosystem file while copied: {error}"),
                error=str(error)) from error
        connection.execute("DETACH DATABASE src")
    finally:
        connection.close()


def _copy(connection, table: str, select: str, expressions: dict[str, str] | None = None) -> int:
    """INSERT INTO main.table the columns main and src share, from `select` (alias x over src.table)."""
    shared = [c for c in _columns(connection, "main", table) if c in _columns(connection, "src", table)]
    expressions = expressions or {}
    values = ", ".join(expressions.get(c, f'x."{c}"') for c in shared)
    quoted = ", ".join(f'"{c}"' for c in shared)
    cursor = connection.execute(f"INSERT INTO main.{table} ({quoted}) SELECT {values} {select}")
    return cursor.rowcount


def _copy_rows(connection, entity_filter, profile, result, report) -> None:
    # AFTER triggers write history, fill uuids, draw lines and mirror link rows: the copy needs none of that (the
    # source's rows are complete). BEFORE triggers validate: they stay on.
    after = connection.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'trigger' AND name LIKE 'bc\\_%' ESCAPE '\\' "
        "AND upper(sql) LIKE 'CREATE TRIGGER ' || upper(name) || ' AFTER %'"
    ).fetchall()
    for (name,) in after:
        connection.execute(f'DROP TRIGGER main."{name}"')
    for table in (*schema.LOOKUP_TABLES, "municipalities"):
        connection.execute(f"DELETE FROM main.{table}")
        _copy(connection, table, f"FROM src.{table} x ORDER BY x.fid")
    report(10)
    condition = selection_sql(entity_filter, profile, "x", database="src.")
    entity_columns = _columns(connection, "main", "entities")
    rules = {c: _column_sql("entities", c, profile, "x") for c in entity_columns}
    result.counts["entities"] = _copy(connection, "entities", f"FROM src.entities x WHERE {condition} ORDER BY x.fid",
                                      rules)
    report(50)
    exported = "SELECT uuid FROM main.entities"
    for link in schema.LINK_TABLES:
        result.counts[link] = _copy(
            connection, link, f"FROM src.{link} x WHERE x.entity_uuid IN ({exported}) ORDER BY x.fid"
        )
    report(65)
    relationship_rules = {
        c: _column_sql("relationships", c, profile, "x") for c in _columns(connection, "main", "relationships")
    }
    result.counts["relationships"] = _copy(
        connection,
        "relationships",
        "FROM src.relationships x JOIN main.entities a ON a.uuid = x.from_uuid "
        "JOIN main.entities b ON b.uuid = x.to_uuid ORDER BY x.fid",
        relationship_rules,
    )
    _copy(connection, "relationship_lines",
          "FROM src.relationship_lines x WHERE x.fid IN (SELECT fid FROM main.relationships) ORDER BY x.fid")
    report(75)
    kept = tables_kept(profile)
    unfiltered = entity_filter.is_empty()
    if "history" in kept:
        rows = f"{exported} UNION SELECT uuid FROM main.relationships"
        where = "" if unfiltered else f"WHERE x.row_uuid IN ({rows})"
        result.counts["history"] = _copy(connection, "history", f"FROM src.history x {where} ORDER BY x.fid")
    if "proposals" in kept:
        where = "" if unfiltered else f"WHERE x.entity_uuid IN ({exported})"
        _copy(connection, "proposals", f"FROM src.proposals x {where} ORDER BY x.fid")
    for table in ("portfolios", "kpi_snapshots"):
        if table in kept:
            _copy(connection, table, f"FROM src.{table} x ORDER BY x.fid")
    report(90)


def _copy_qgis_tables(connection, source: Path, target: Path, profile: str = "internal") -> None:
    """Copy QGIS's layer_styles (default styles and forms) and qgis_projects when the source has them, pointing
    their references to the source file at the exported file instead.

    Outside the internal profile only the default styles of the ecosystem's own tables and the plugin's own
    project travel, without owner, author or last editor: a curator's other saved styles and projects stay home."""
    old_new = [(str(source.resolve()), str(target.resolve())), (f"./{source.name}", f"./{target.name}")]
    tables = ("layer_styles", "qgis_projects")
    own = ", ".join(f"'{t}'" for t in schema.TABLE_DESCRIPTIONS)
    for table in tables:
        row = connection.execute(
            "SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        if row is None:
            continue
        connection.execute(row[0])
        if table == "layer_styles" and profile != "internal":
            connection.execute(
                f"INSERT INTO main.layer_styles SELECT * FROM src.layer_styles WHERE useAsDefault "
                f"AND f_table_name IN ({own})"
            )
            connection.execute("UPDATE main.layer_styles SET owner = '' WHERE owner IS NOT NULL")
        elif table == "qgis_projects" and profile != "internal":
            connection.execute(
                "INSERT INTO main.qgis_projects (name, metadata, content) SELECT name, '{}', content "
                "FROM src.qgis_projects WHERE name = ?",
                (PLUGIN_PROJECT,),
            )
        else:
            connection.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
        connection.execute(
            "INSERT OR IGNORE INTO main.gpkg_contents SELECT * FROM src.gpkg_contents WHERE table_name = ?", (table,)
        )
    if connection.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'layer_styles'").fetchone():
        for old, new in old_new:
            connection.execute(
                "UPDATE main.layer_styles SET styleQML = replace(styleQML, ?, ?), styleSLD = replace(styleSLD, ?, ?)",
                (old, new, old, new),
            )
    if connection.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'qgis_projects'").fetchone():
        for name, content in connection.execute("SELECT name, content FROM main.qgis_projects").fetchall():
            rewritten = _rewrite_project(content, old_new, anonymise=profile != "internal")
            connection.execute("UPDATE main.qgis_projects SET content = ? WHERE name = ?", (rewritten, name))


def _rewrite_project(content, old_new: list[tuple[str, str]], anonymise: bool = False):
    """Replace file references inside a stored .qgz project (QGIS stores it as hex text or as a blob); with
    `anonymise`, also empty the project's author (the account name of whoever saved it)."""
    import io

    as_hex = isinstance(content, str)
    data = bytes.fromhex(content) if as_hex else bytes(content)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as archive, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            payload = archive.read(info)
            if info.filename.endswith(".qgs"):
                text = payload.decode("utf-8")
                for old, new in old_new:
                    text = text.replace(old, new)
                if anonymise:
                    text = re.sub(r"<author>[^<]*</author>", "<author></author>", text)
                payload = text.encode("utf-8")
            copy.writestr(info, payload)
    return out.getvalue().hex() if as_hex else out.getvalue()


# ---- OGR writers -------------------------------------------------------------------------------------------------
def _open_source(source: Path):
    from osgeo import gdal

    return gdal.OpenEx(str(source), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])


def _write_geojson(source, product, entity_filter, profile, language, result, report) -> None:
    from osgeo import gdal

    _require_generalised(source, profile)
    sql = entities_sql(entity_filter, profile, language, names="full")
    report(5)
    with gpkg.gdal_exceptions():
        dataset = _open_source(source)
        options = gdal.VectorTranslateOptions(
            format="GeoJSON",
            SQLStatement=sql,
            SQLDialect="NATIVE",
            layerName="entities",
            layerCreationOptions=["RFC7946=YES", f"COORDINATE_PRECISION={GEOJSON_DECIMALS}", "WRITE_BBOX=NO"],
            callback=report.gdal_callback(5, 95),
        )
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # "progress turned off": the stages still report
        try:
            out = _translate(str(product), dataset, options, report)
        finally:
            gdal.PopErrorHandler()
        out.FlushCache()
        out = dataset = None  # closes the files: the count is read back from the written one
        written = _written_count(product)
    result.counts["entities"] = _check_count("entities", written, _count_entities(source, entity_filter, profile))


def _count_entities(source: Path, entity_filter: EntityFilter, profile: str) -> int:
    return _count_rows(source, "entities", entity_filter, profile)


def _count_rows(source: Path, layer: str, entity_filter: EntityFilter, profile: str) -> int:
    """How many rows a layer's SQL selects, counted on its tables and conditions only (the labels, lists and
    geometries of the full SQL would cost as much as the export)."""
    if layer == "entities":
        sql = f"SELECT count(*) FROM entities e WHERE {selection_sql(entity_filter, profile)}"
    elif layer == "relations":
        sql = (
            "SELECT count(*) FROM relationships r JOIN entities a ON a.uuid = r.from_uuid "
            f"JOIN entities b ON b.uuid = r.to_uuid WHERE {selection_sql(entity_filter, profile, 'a')} "
            f"AND {selection_sql(entity_filter, profile, 'b')}"
        )
    else:
        sql = (
            f"SELECT count(*) FROM {LINK_LAYERS[layer][0]} k JOIN entities e ON e.uuid = k.entity_uuid "
            f"WHERE {selection_sql(entity_filter, profile)}"
        )
    connection = gpkg.connect_read_only(source)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def _written_count(path: Path) -> int:
    from osgeo import gdal

    written = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    try:
        return written.GetLayer(0).GetFeatureCount()
    finally:
        written = None


def _check_count(layer: str, written: int, expected: int) -> int:
    """The written count, when it is the expected one: an output never silently holds fewer rows than selected."""
    if written != expected:
        raise BrusselsCreativeError(
            f"{layer}: {written} rows were written instead of {expected}; GDAL dropped some, nothing was exported"
        )
    return written


def _translate(destination, dataset, options, report):
    from osgeo import gdal

    try:
        out = gdal.VectorTranslate(destination, dataset, options=options)
    except RuntimeError:
        report.check()  # a cancel makes GDAL fail: report it as a cancel
        raise
    report.check()
    if out is None:
        raise BrusselsCreativeError(f"GDAL could not write {destination}")
    return out


def _write_layer(source, folder, name, sql, fields, geometry_type, widths, srs, report, expected: int) -> int:
    """Write one shapefile (or attribute-only .dbf) from SQL on the source; return its feature count."""
    from osgeo import gdal, ogr

    suffix = ".dbf" if geometry_type == ogr.wkbNone else ".shp"
    dataset = _open_source(source)
    out = gdal.GetDriverByName("ESRI Shapefile").Create(str(folder / f"{name}{suffix}"), 0, 0, 0, gdal.GDT_Unknown)
    layer = out.CreateLayer(name, srs if geometry_type != ogr.wkbNone else None, geometry_type, ["ENCODING=UTF-8"])
    for f in fields:
        definition = ogr.FieldDefn(f.short, ogr.OFTInteger if f.kind == "integer" else ogr.OFTString)
        definition.SetWidth(4 if f.kind == "integer" else widths[f.short])
        layer.CreateField(definition)
    layer = None
    options = gdal.VectorTranslateOptions(
        accessMode="append", SQLStatement=sql, SQLDialect="NATIVE", layerName=name,
        callback=report.gdal_callback(0, 0, silent=True),
    )
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # cut texts are reported once, from long_texts
    try:
        _translate(out, dataset, options, report)
    finally:
        gdal.PopErrorHandler()
    out = dataset = None  # closes the files: the count is read back from them
    return _check_count(name, _written_count(folder / f"{name}{suffix}"), expected)


def _byte_length(expr: str) -> str:
    return f"length(CAST({expr} AS BLOB))"


def _write_shapefiles(source, folder, entity_filter, profile, language, result, report) -> None:
    from osgeo import ogr, osr

    _require_generalised(source, profile)
    language = taxonomy.normalize_language(language)
    entity_fields = [f for f, _ in _entity_fields(profile)]
    layers = [
        ("entities", entities_sql(entity_filter, profile, language), entity_fields, ogr.wkbPoint),
        ("relations", relations_sql(entity_filter, profile, language), list(RELATION_FIELDS), ogr.wkbLineString),
        *(
            (name, links_sql(name, entity_filter, profile, language), list(fields), ogr.wkbNone)
            for name, (_, fields) in LINK_LAYERS.items()
        ),
    ]
    connection = gpkg.connect_read_only(source)
    try:
        widths = _text_widths(connection, {name: fields for name, _, fields, _ in layers}, language)
        report(10)
        result.long_texts = _long_texts(connection, entity_filter, profile, language, entity_fields)
    finally:
        connection.close()
    report(20)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(gpkg.SRS_ID)
    # Each layer is its own file: two threads write them (GDAL releases the GIL), the entities in one, the rest in
    # the other, each with its own read-only handle on the source.
    with gpkg.gdal_exceptions(), ThreadPoolExecutor(max_workers=2) as pool:
        jobs = {
            pool.submit(_write_layer, source, folder, name, sql, fields, geometry_type, widths[name], srs, report,
                        _count_rows(source, name, entity_filter, profile)): name
            for name, sql, fields, geometry_type in layers
        }
        try:
            for done, job in enumerate(as_completed(jobs), start=1):
                result.counts[jobs[job]] = job.result()
                report(20 + 75 * done / len(jobs))
        except BaseException:
            for job in jobs:
                job.cancel()
            report.check()  # a cancel makes GDAL fail: report it as a cancel
            raise
    _write_fields_csv(folder / "fields.csv", {name: fields for name, _, fields, _ in layers})
    with (folder / "long_texts.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("uuid", "field", "full_text"))
        writer.writerows(result.long_texts)
    if result.long_texts:
        by_field: dict[str, list[str]] = {}
        for entity_uuid, name, _ in result.long_texts:
            by_field.setdefault(name, []).append(entity_uuid)
        for name, uuids in by_field.items():
            shown = ", ".join(uuids[:20]) + (f" and {len(uuids) - 20} more" if len(uuids) > 20 else "")
            result.warnings.append(
                f"{name}: {len(uuids)} texts longer than {DBF_MAX_BYTES} bytes were cut in entities.dbf "
                f"(full texts in long_texts.csv): {shown}"
            )


_ALIASES = {
    "e": "entities", "t": "entity_types", "m": "municipalities", "z": "size_classes",
    "r": "relationships", "rt": "relation_types",
}
_JOINED = {"sectors": ("entity_sectors", "sectors"), "services": ("entity_services", "services"),
           "audiences": ("entity_audiences", "audiences")}


def _bound(layer: str, f: Field) -> tuple[str, ...]:
    """Where a text field's longest value can be bounded: ("column", table, column), ("label", lookup) or
    ("joined", link table, lookup)."""
    if layer == "entities" and f.short in _JOINED:
        return ("joined", *_JOINED[f.short])
    if layer == "entities" and f.short == "sector_1":
        return ("label", "sectors")
    alias, column = re.match(r"^(?:CAST\()?(\w+)\.(\w+)", f.sql).groups()
    if alias == "k":
        return ("column", LINK_LAYERS[layer][0], column)
    if alias == "l":
        return ("label", layer)
    table = _ALIASES[alias]
    return ("label", table) if column.startswith("label_") else ("column", table, column)


def _joined_length_sql(link: str, lookup: str, language: str) -> str:
    return (
        f"SELECT k.entity_uuid AS entity_uuid, sum({_byte_length(f'l.label_{language}')}) + count(*) - 1 AS n "
        f"FROM {link} k JOIN {lookup} l ON l.code = k.code GROUP BY k.entity_uuid"
    )


def _text_widths(connection, layers: dict[str, list[Field]], language: str) -> dict[str, dict[str, int]]:
    """The DBF width of each text field: an upper bound of its values' UTF-8 bytes over the whole source (one scan
    per table, not a pass over the export), between 1 and 254."""
    bounds = {(layer, f.short): _bound(layer, f) for layer, fields in layers.items() for f in fields
              if f.kind == "text"}
    lengths: dict[tuple[str, ...], int] = {}
    columns: dict[str, list[str]] = {}
    for bound in set(bounds.values()):
        if bound[0] == "column":
            columns.setdefault(bound[1], []).append(bound[2])
        elif bound[0] == "label":
            sql = f"SELECT max({_byte_length(f'label_{language}')}) FROM {bound[1]}"
            lengths[bound] = connection.execute(sql).fetchone()[0] or 0
        else:
            sql = f"SELECT max(n) FROM ({_joined_length_sql(bound[1], bound[2], language)})"
            lengths[bound] = connection.execute(sql).fetchone()[0] or 0
    for table, names in columns.items():
        maxima = ", ".join(f'max({_byte_length(chr(34) + c + chr(34))})' for c in names)
        row = connection.execute(f"SELECT {maxima} FROM {table}").fetchone()
        lengths.update({("column", table, c): value or 0 for c, value in zip(names, row, strict=True)})
    widths: dict[str, dict[str, int]] = {layer: {} for layer in layers}
    for (layer, short), bound in bounds.items():
        widths[layer][short] = max(1, min(DBF_MAX_BYTES, lengths[bound]))
    return widths


def _long_texts(connection, entity_filter, profile, language, fields: list[Field]) -> list[tuple[str, str, str]]:
    """(uuid, full field name, text) of every exported entity text longer than a DBF field holds."""
    texts = [f for f in fields if f.kind == "text" and f.short != "uuid"]
    candidates = []
    for f in texts:
        bound = _bound("entities", f)
        if bound[0] == "column":
            candidates.append(f"{_byte_length('e.' + bound[2])} > {DBF_MAX_BYTES}")
        elif bound[0] == "joined":
            candidates.append(
                f"e.uuid IN (SELECT entity_uuid FROM ({_joined_length_sql(bound[1], bound[2], language)}) "
                f"WHERE n > {DBF_MAX_BYTES})"
            )
    sql = entities_sql(entity_filter, profile, language, extra=" OR ".join(candidates) or "0")
    cursor = connection.execute(sql)
    names = [d[0] for d in cursor.description]
    found = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        for rank, f in enumerate(texts):
            value = row[f.short]
            if isinstance(value, str) and len(value.encode("utf-8")) > DBF_MAX_BYTES:
                found.append((rank, row["uuid"], f.full, value))
    return [(entity_uuid, name, value) for _, entity_uuid, name, value in sorted(found)]


def _write_fields_csv(path: Path, layers: dict[str, list[Field]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("layer", "short_name", "full_name", "description"))
        for name, fields in layers.items():
            for f in fields:
                writer.writerow((name, f.short, f.full, f.description))
