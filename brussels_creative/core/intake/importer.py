"""Import a partner's rows into an ecosystem GeoPackage: map, validate, locate, de-duplicate, then write in one
transaction.

Every row is checked with the file's own rules (``rules.py``) before anything is written, so a bad row is refused
with a clear reason and its row number. The write is a single transaction through ``EcosystemStore``: a failure,
a refused row in all-or-nothing mode or a cancel rolls everything back, and the GeoPackage is left as it was.

Location, first that applies: the row's geometry; longitude/latitude or X/Y columns (comma decimals accepted; a
point outside the region whose swapped coordinates fall inside is corrected and reported); the address columns,
through a pluggable ``geocode`` function. Without one, rows with only an address are refused with ``NO_LOCATION``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..errors import BrusselsCreativeError, HasReason, Message, ValidationError, tr_noop
from ..store import gpkg, region
from ..store.base import refusal
from ..store.ecosystem import EcosystemStore
from . import rules
from .mapping import MULTI_VALUED, load_vocabularies, map_columns, split_values
from .reader import Table
from .similarity import DEFAULT_RADIUS_M, normalize_name

NO_LOCATION = tr_noop("no location: load an address reference and geocode")
NOT_A_NUMBER = tr_noop("not a number")
COLUMN_MISSING = tr_noop("{column} missing")
ALL_OR_NOTHING = "all_or_nothing"
VALID_ROWS = "valid_rows"
SKIP = "skip"
UPDATE = "update"
CHUNK = 2000
ADDRESS_FIELDS = ("address", "street", "number", "postcode", "municipality")
PLACED_MATCHES = ("exact", "interpolated", "street")  # geocoding results precise enough to place an entity

# A geocoder: the address columns (one list per field of ADDRESS_FIELDS, one value per row) in, then per row
# x and y in EPSG:31370 (NaN when not found) and the reason a row was not found (None when found).
Geocode = Callable[[dict[str, list]], tuple[np.ndarray, np.ndarray, list]]

# Entity columns written on insert, in this order.
INSERT_COLUMNS = (
    "uuid", "name", "entity_type", "description", "address", "postcode", "municipality", "website", "email",
    "phone", "founded_year", "size_class", "status", "visibility", "sector_codes", "primary_sector",
    "service_codes", "audience_codes", "source", "created_by",
)  # fmt: skip
LIST_COLUMNS = {"sectors": "sector_codes", "services": "service_codes", "audiences": "audience_codes"}


# a value that is no code nor label of its vocabulary, said for each column the vocabularies check
_UNKNOWN = {
    target: template for target, template in (
        ("entity_type", tr_noop("unknown entity type {given}: not a code or an English, French or Dutch label of "
                                "{table}")),
        ("sectors", tr_noop("unknown sector {given}: not a code or an English, French or Dutch label of {table}")),
        ("services", tr_noop("unknown service {given}: not a code or an English, French or Dutch label of {table}")),
        ("audiences", tr_noop("unknown audience {given}: not a code or an English, French or Dutch label of "
                              "{table}")),
        ("size_class", tr_noop("unknown size class {given}: not a code or an English, French or Dutch label of "
                               "{table}")),
        ("municipality", tr_noop("unknown municipality {given}: not a code or an English, French or Dutch label of "
                                 "{table}")),
        ("status", tr_noop("unknown status {given}: not a code or an English, French or Dutch label of {table}")),
        ("visibility", tr_noop("unknown visibility {given}: not a code or an English, French or Dutch label of "
                               "{table}")),
    )
}
NO_MATCH = tr_noop("no match")


class ImportCanceledError(BrusselsCreativeError):
    """The import was canceled; nothing was written."""


@dataclass(frozen=True)
class Problem(HasReason):
    """Why a row cannot be imported (or, as a note, what was corrected): row number, column, value, reason."""

    row: int
    column: str
    value: str
    message: Message


@dataclass
class ImportOptions:
    """How to import: mode, duplicate handling and distance, column overrides, coordinate CRS, default type."""

    mode: str = ALL_OR_NOTHING
    duplicates: str = SKIP
    distance_m: float = DEFAULT_RADIUS_M
    mapping: dict[str, str] = field(default_factory=dict)
    coordinate_crs: str | None = None
    default_type: str | None = None
    source_name: str = ""
    imported_at: str | None = None
    user: str = "import_entities"
    as_proposals: bool = False  # nothing written to the entities: pending proposals for a curator instead


@dataclass
class ImportResult:
    """What happened: counts, the refused rows' problems, the notes, the columns used, and whether it was written."""

    inserted: int = 0
    updated: int = 0
    skipped: int = 0
    rejected_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    committed: bool = False
    uuids: list[str] = field(default_factory=list)
    proposed: int = 0  # proposals stored (as_proposals)


@dataclass
class _Row:
    index: int
    number: int
    values: dict = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)
    x: float = math.nan
    y: float = math.nan
    problems: list[Problem] = field(default_factory=list)
    target: str | None = None  # uuid of the existing entity it matches


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


_NUMBER_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_number(value) -> float | None:
    """Parse "4,3517", "4.3517", "150 123,5", "1.234,5" or a number; None when it is no number."""
    if value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    text = _NUMBER_SPACES.sub("", str(value))
    if not text:
        return None
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _year(value) -> int | None:
    text = _text(value)
    if text is None:
        return None
    match = re.fullmatch(r"(\d{4})(?:\.0+|[-/].*)?", text) or re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.](\d{4})", text)
    if not match:
        raise ValueError(text)
    return int(match.group(1))


def _transform(x: np.ndarray, y: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    """Transform coordinates from a CRS (authority id such as "EPSG:4326", or WKT) to EPSG:31370."""
    from osgeo import osr

    source = osr.SpatialReference()
    if source.SetFromUserInput(crs) != 0:
        raise ValidationError(tr_noop("COORDINATE_CRS: {crs!r} is not a CRS"), crs=crs)
    target = osr.SpatialReference()
    target.ImportFromEPSG(gpkg.SRS_ID)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if source.IsSame(target):
        return x.copy(), y.copy()
    out_x, out_y = np.full(len(x), np.nan), np.full(len(x), np.nan)
    ok = np.isfinite(x) & np.isfinite(y)
    if ok.any():
        transform = osr.CoordinateTransformation(source, target)
        points = np.array(transform.TransformPoints(np.column_stack([x[ok], y[ok]]).tolist()), dtype=float)
        out_x[ok], out_y[ok] = points[:, 0], points[:, 1]
    return out_x, out_y


def _inside(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    import shapely

    inside = np.zeros(len(x), dtype=bool)
    ok = np.isfinite(x) & np.isfinite(y)
    if ok.any():
        inside[ok] = shapely.intersects_xy(region.region_shape(), x[ok], y[ok])  # the border counts as inside
    return inside


class Importer:
    """One import of a Table into an open EcosystemStore (see import_entities)."""

    def __init__(self, store: EcosystemStore, table: Table, options: ImportOptions, geocode: Geocode | None,
                 is_canceled: Callable[[], bool] | None, progress: Callable[[float], None] | None) -> None:
        self.store = store
        self.table = table
        self.options = options
        self.geocode = geocode
        self.is_canceled = is_canceled or (lambda: False)
        self.progress = progress or (lambda value: None)
        self.result = ImportResult()
        now = options.imported_at or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        name = options.source_name or table.name
        self.source = f"{name} (import {now})"
        self.user = f"{options.user}: {name}"

    # ---- reading and checking ---------------------------------------------------------------------------------
    def _check_canceled(self) -> None:
        if self.is_canceled():
            raise ImportCanceledError("import canceled: nothing was written")

    def run(self) -> ImportResult:
        """Check every row, then write the good ones (or none) in one transaction."""
        options = self.options
        if options.mode not in (ALL_OR_NOTHING, VALID_ROWS):
            raise ValidationError(
                tr_noop("MODE: {mode!r} is not {ALL_OR_NOTHING} or {VALID_ROWS}"),
                mode=options.mode, ALL_OR_NOTHING=ALL_OR_NOTHING, VALID_ROWS=VALID_ROWS)
        if options.duplicates not in (SKIP, UPDATE):
            raise ValidationError(
                tr_noop("DUPLICATES: {duplicates!r} is not {SKIP} or {UPDATE}"),
                duplicates=options.duplicates, SKIP=SKIP, UPDATE=UPDATE)
        if not options.distance_m >= 0:
            raise ValidationError(
                tr_noop("DISTANCE: {distance_m} must be zero or more metres"),
                distance_m=options.distance_m)
        columns = map_columns(self.table.headers, options.mapping)
        self.columns = columns
        self.result.columns = {target: self.table.headers[index] for target, index in columns.items()}
        if "name" not in columns:
            raise ValidationError(
                tr_noop("INPUT: no column for the name (columns: {choices}); name one with MAPPING, e.g. "
                        "name=Organisation"),
                choices=', '.join(self.table.headers))
        for pair in (("longitude", "latitude"), ("x", "y")):
            if (pair[0] in columns) != (pair[1] in columns):
                present = pair[0] if pair[0] in columns else pair[1]
                raise ValidationError(
                    tr_noop("INPUT: a {present} column without its {value} column"),
                    present=present, value=pair[1 - pair.index(present)])
        self.vocabularies = load_vocabularies(self.store.connection)
        self.default_type = None
        if options.default_type:
            self.default_type = self.vocabularies["entity_type"].match(options.default_type)
            if self.default_type is None:
                raise ValidationError(
                    tr_noop("DEFAULT_TYPE: {default_type!r} is not an entity type"),
                    default_type=options.default_type)
        rows = []
        total = len(self.table.rows)
        for index, values in enumerate(self.table.rows):
            if index % CHUNK == 0:
                self._check_canceled()
                self.progress(40 * index / total)
            rows.append(self._parse(index, values))
        self._locate(rows)
        self._check_canceled()
        self._duplicates_in_file(rows)
        self._match_existing(rows)
        good = [row for row in rows if not row.problems]
        for row in rows:
            if row.problems:
                self.result.rejected_rows.append(row.number)
                self.result.problems.extend(row.problems)
        if self.result.problems and options.mode == ALL_OR_NOTHING:
            return self.result
        self._write(good)
        return self.result

    def _cell(self, values: list, target: str):
        index = self.columns.get(target)
        return None if index is None or index >= len(values) else values[index]

    def _problem(self, row: _Row, target: str, cell, reason: str, **values) -> None:
        """A problem of the row's cell: reason is an English template (tr_noop) filled with the values."""
        header = self.result.columns.get(target, target)
        row.problems.append(Problem(row.number, header, "" if cell is None else str(cell),
                                    Message.of(reason, **values)))

    def _vocabulary(self, row: _Row, target: str, value) -> str | None:
        text = _text(value)
        if text is None:
            return None
        code = self.vocabularies[target].match(text)
        if code is None:
            self._problem(row, target, text, _UNKNOWN[target], given=repr(text),
                          table=self.vocabularies[target].table)
        return code

    def _parse(self, index: int, cells: list) -> _Row:
        row = _Row(index, self.table.row_numbers[index])
        if len(cells) > len(self.table.headers) and any(c is not None for c in cells[len(self.table.headers):]):
            self._problem(row, "", None, tr_noop("{values} values for {columns} columns (an unquoted delimiter "
                                                 "inside a value?)"),
                          values=len(cells), columns=len(self.table.headers))
        get = lambda target: self._cell(cells, target)  # noqa: E731
        values = row.values
        name = _text(get("name"))
        if name is None:
            self._problem(row, "name", None, tr_noop("the name is empty (bc_name_required)"))
        values["name"] = name
        values["uuid"] = _text(get("uuid"))
        if values["uuid"] is not None:
            try:
                values["uuid"] = str(uuid_module.UUID(values["uuid"]))
            except ValueError:
                self._problem(row, "uuid", values["uuid"], tr_noop("not a uuid"))
        kind = self._vocabulary(row, "entity_type", get("entity_type"))
        if kind is None and _text(get("entity_type")) is None:
            kind = self.default_type
            if kind is None:
                self._problem(row, "entity_type", None,
                              tr_noop("no entity type: map a type column or choose DEFAULT_TYPE"))
        values["entity_type"] = kind
        for target in ("description", "phone"):
            values[target] = _text(get(target))
        address = _text(get("address"))
        street, number = _text(get("street")), _text(get("number"))
        if address is None and street is not None:
            address = f"{street} {number}" if number else street
        values["address"] = address
        postcode = rules.normalize_postcode(_text(get("postcode")))
        if postcode and not rules.postcode_ok(postcode):
            self._problem(row, "postcode", postcode,
                          tr_noop("not a Brussels postcode: four digits from 1000 to 1299 (bc_postcode_shape)"))
        values["postcode"] = postcode
        values["municipality"] = self._vocabulary(row, "municipality", get("municipality"))
        website = rules.normalize_website(_text(get("website")))
        if not rules.website_ok(website):
            self._problem(row, "website", website, tr_noop("not a web address http(s)://host.tld (bc_website_shape)"))
        values["website"] = website
        email = _text(get("email"))
        if email and email.lower().startswith("mailto:"):
            email = email[7:]
        if not rules.email_ok(email):
            self._problem(row, "email", email, tr_noop("not an e-mail address name@host.tld (bc_email_shape)"))
        values["email"] = email
        try:
            year = _year(get("founded_year"))
        except ValueError as error:
            self._problem(row, "founded_year", str(error), tr_noop("not a year"))
            year = None
        if not rules.founded_year_ok(year):
            self._problem(row, "founded_year", year, tr_noop("the founding year must lie between 1800 and next year"))
        values["founded_year"] = year
        values["size_class"] = self._vocabulary(row, "size_class", get("size_class"))
        values["status"] = self._vocabulary(row, "status", get("status"))
        values["visibility"] = self._vocabulary(row, "visibility", get("visibility"))
        for target in MULTI_VALUED:
            raw = get(target)
            codes = []
            for piece in split_values(raw):
                code = self._vocabulary(row, target, piece)
                if code is not None and code not in codes:
                    codes.append(code)
            if raw is not None or target in self.columns:
                row.links[target] = codes
        primary = self._vocabulary(row, "sectors", get("primary_sector")) if "primary_sector" in self.columns else None
        if primary is not None:
            sectors = row.links.setdefault("sectors", [])
            if primary not in sectors:
                sectors.insert(0, primary)
        values["primary_sector"] = primary or (row.links.get("sectors") or [None])[0]
        return row

    # ---- location ---------------------------------------------------------------------------------------------
    def _locate(self, rows: list[_Row]) -> None:
        count = len(rows)
        x = np.full(count, np.nan)
        y = np.full(count, np.nan)
        if self.table.x is not None:
            x[:], y[:] = self.table.x, self.table.y
        pair = ("longitude", "latitude") if "longitude" in self.columns else ("x", "y") if "x" in self.columns else None
        if pair is not None:
            crs = self.options.coordinate_crs or ("EPSG:4326" if pair[0] == "longitude" else f"EPSG:{gpkg.SRS_ID}")
            raw_x, raw_y = np.full(count, np.nan), np.full(count, np.nan)
            for i, row in enumerate(rows):
                if np.isfinite(x[i]):
                    continue
                cells = self.table.rows[row.index]
                a, b = self._cell(cells, pair[0]), self._cell(cells, pair[1])
                if a is None and b is None:
                    continue
                na, nb = parse_number(a), parse_number(b)
                if na is None or nb is None:
                    bad, value = (pair[0], a) if na is None else (pair[1], b)
                    self._problem(row, bad, value, NOT_A_NUMBER if value is not None else COLUMN_MISSING, column=bad)
                    continue
                raw_x[i], raw_y[i] = na, nb
            tx, ty = _transform(raw_x, raw_y, crs)
            inside = _inside(tx, ty)
            given = np.isfinite(raw_x)
            maybe_swapped = given & ~inside
            if maybe_swapped.any():
                sx, sy = _transform(raw_y, raw_x, crs)
                swapped = maybe_swapped & _inside(sx, sy)
                tx[swapped], ty[swapped] = sx[swapped], sy[swapped]
                for i in np.flatnonzero(swapped).tolist():
                    row = rows[i]
                    self.result.notes.append(Problem(
                        row.number, f"{self.result.columns[pair[0]]}/{self.result.columns[pair[1]]}",
                        f"{raw_x[i]:g}, {raw_y[i]:g}",
                        Message.of(tr_noop("{first} and {second} were swapped (the point fell outside Brussels); "
                                           "read the other way"), first=pair[0], second=pair[1])))
            fill = np.isnan(x) & np.isfinite(tx)
            x[fill], y[fill] = tx[fill], ty[fill]
        need = [i for i, row in enumerate(rows) if not np.isfinite(x[i])
                and not any(p.message.template in (NOT_A_NUMBER, COLUMN_MISSING) for p in row.problems)]
        has_address = [i for i in need if any(self._cell(self.table.rows[rows[i].index], f) is not None
                                              for f in ("address", "street"))]
        if has_address:
            if self.geocode is None:
                for i in has_address:
                    self._problem(rows[i], "address", rows[i].values.get("address"), NO_LOCATION)
            else:
                columns = {f: [self._cell(self.table.rows[rows[i].index], f) for i in has_address]
                           for f in ADDRESS_FIELDS}
                gx, gy, reasons = self.geocode(columns)
                for k, i in enumerate(has_address):
                    if np.isfinite(gx[k]) and np.isfinite(gy[k]):
                        x[i], y[i] = gx[k], gy[k]
                    else:
                        self._problem(rows[i], "address", rows[i].values.get("address"),
                                      tr_noop("address not found: {why}"), why=reasons[k] or Message(NO_MATCH))
        located = set(has_address)
        for i in need:
            if i not in located:
                self._problem(rows[i], "", None, tr_noop("no location: no geometry, no coordinates and no address"))
        inside = _inside(x, y)
        municipalities = region.municipality_of(np.where(inside, x, np.nan), np.where(inside, y, np.nan))
        for i, row in enumerate(rows):
            row.x, row.y = float(x[i]), float(y[i])
            if np.isfinite(x[i]) and not inside[i]:
                self._problem(row, "", f"{x[i]:.1f}, {y[i]:.1f}",
                              tr_noop("the point (EPSG:31370 {x}, {y}) lies outside the Brussels Capital Region"),
                              x=f"{x[i]:.0f}", y=f"{y[i]:.0f}")
            if row.values.get("municipality") is None and municipalities[i] is not None:
                row.values["municipality"] = municipalities[i]

    # ---- duplicates -------------------------------------------------------------------------------------------
    def _duplicates_in_file(self, rows: list[_Row]) -> None:
        radius = self.options.distance_m
        by_uuid: dict[str, _Row] = {}
        by_name: dict[str, list[_Row]] = {}
        for row in rows:
            if row.problems:
                continue
            key = row.values.get("uuid")
            if key is not None:
                if key in by_uuid:
                    self._problem(row, "uuid", key, tr_noop("duplicate of row {other} in the file (same uuid)"),
                                  other=by_uuid[key].number)
                    continue
                by_uuid[key] = row
            name = normalize_name(row.values["name"])
            for other in by_name.get(name, ()):
                distance = math.hypot(row.x - other.x, row.y - other.y)
                if distance <= radius:
                    self._problem(row, "name", row.values["name"],
                                  tr_noop("duplicate of row {other} in the file (same name, {distance} m apart)"),
                                  other=other.number, distance=f"{distance:.0f}")
                    break
            else:
                by_name.setdefault(name, []).append(row)

    def _match_existing(self, rows: list[_Row]) -> None:
        radius = self.options.distance_m
        existing_uuids: set[str] = set()
        by_name: dict[str, list[tuple[str, float, float]]] = {}
        connection = self.store.connection
        for entity_uuid, name, blob in connection.execute("SELECT uuid, name, geom FROM entities"):
            existing_uuids.add(entity_uuid)
            xy = gpkg.blob_point_xy(blob)
            if xy is not None:
                by_name.setdefault(normalize_name(name), []).append((entity_uuid, xy[0], xy[1]))
        for row in rows:
            if row.problems:
                continue
            key = row.values.get("uuid")
            if key is not None and key in existing_uuids:
                row.target = key
                continue
            best = None
            for entity_uuid, ex, ey in by_name.get(normalize_name(row.values["name"]), ()):
                distance = math.hypot(row.x - ex, row.y - ey)
                if distance <= radius and (best is None or distance < best[1]):
                    best = (entity_uuid, distance)
            if best is not None:
                row.target = best[0]

    # ---- writing ----------------------------------------------------------------------------------------------
    def _insert_values(self, row: _Row) -> list:
        values = dict(row.values)
        values["uuid"] = values["uuid"] or str(uuid_module.uuid4())
        values["status"] = values["status"] or "active"
        values["visibility"] = values["visibility"] or "public"
        for target, column in LIST_COLUMNS.items():
            codes = row.links.get(target)
            values[column] = "{" + ",".join(codes) + "}" if codes else None
        values["source"] = self.source
        values["created_by"] = self.user
        row.values["uuid"] = values["uuid"]
        return [self.store.point(row.x, row.y), *(values[c] for c in INSERT_COLUMNS)]

    def _update(self, row: _Row) -> None:
        assignments = {"geom": self.store.point(row.x, row.y)}
        for column, value in row.values.items():
            if column in ("uuid",) or value is None:
                continue
            assignments[column] = value
        for target, column in LIST_COLUMNS.items():
            codes = row.links.get(target)
            if codes:
                assignments[column] = "{" + ",".join(codes) + "}"
        assignments["source"] = self.source
        assignments["updated_by"] = self.user
        sql = "UPDATE entities SET " + ", ".join(f'"{c}" = ?' for c in assignments) + " WHERE uuid = ?"
        self.store.connection.execute(sql, [*assignments.values(), row.target])

    def _write(self, rows: list[_Row]) -> None:
        options = self.options
        if options.as_proposals:
            self._propose(rows)
            return
        inserts = [row for row in rows if row.target is None]
        updates = [row for row in rows if row.target is not None]
        if options.duplicates == SKIP:
            for row in updates:
                self.result.notes.append(Problem(row.number, self.result.columns["name"], row.values["name"],
                                                 f"skipped: matches existing entity {row.target}"))
            self.result.skipped = len(updates)
            updates = []
        connection = self.store.connection
        placeholders = ", ".join("?" for _ in range(len(INSERT_COLUMNS) + 1))
        insert_sql = "INSERT INTO entities (geom, " + ", ".join(INSERT_COLUMNS) + f") VALUES ({placeholders})"
        failed: list[_Row] = []
        total = max(1, len(inserts) + len(updates))
        done = 0
        with self.store.transaction():
            for start in range(0, len(inserts), CHUNK):
                self._check_canceled()
                chunk = inserts[start:start + CHUNK]
                parameters = [self._insert_values(row) for row in chunk]
                connection.execute("SAVEPOINT import_chunk")
                try:
                    connection.executemany(insert_sql, parameters)
                    connection.execute("RELEASE import_chunk")
                except self.store.database_errors:
                    connection.execute("ROLLBACK TO import_chunk")
                    connection.execute("RELEASE import_chunk")
                    for row, values in zip(chunk, parameters, strict=True):
                        failed += self._one(row, lambda v=values: connection.execute(insert_sql, v))
                done += len(chunk)
                self.progress(40 + 60 * done / total)
            for start in range(0, len(updates), CHUNK):
                self._check_canceled()
                for row in updates[start:start + CHUNK]:
                    failed += self._one(row, lambda r=row: self._update(r))
                done += len(updates[start:start + CHUNK])
                self.progress(40 + 60 * done / total)
            if failed and options.mode == ALL_OR_NOTHING:
                raise _RefusedError()
            self._check_canceled()
            written = [row for row in inserts + updates if not row.problems]
            self._extend_extent(written)
        self.result.committed = True
        self.result.inserted = sum(1 for row in inserts if not row.problems)
        self.result.updated = sum(1 for row in updates if not row.problems)
        self.result.uuids = [
            row.values["uuid"] if row.target is None else row.target
            for row in rows if not row.problems and (row.target is None or options.duplicates == UPDATE)
        ]

    def _propose(self, rows: list[_Row]) -> None:
        """Store the rows as pending proposals: a row matching an entity proposes each value that differs from the
        entity's (its point too, when moved by more than a metre); any other row proposes a new entity."""
        from ..curation import proposals

        connection = self.store.connection
        fids: list[int] = []
        with self.store.transaction():
            for index, row in enumerate(rows):
                if index % CHUNK == 0:
                    self._check_canceled()
                    self.progress(40 + 60 * index / max(1, len(rows)))
                values = {column: value for column, value in row.values.items()
                          if column != "uuid" and value is not None}
                for target, table in (("sectors", "entity_sectors"), ("services", "entity_services"),
                                      ("audiences", "entity_audiences")):
                    if row.links.get(target):
                        values[table] = list(row.links[target])
                primary = values.pop("primary_sector", None)
                if primary and primary in values.get("entity_sectors", []):  # the primary sector goes first
                    values["entity_sectors"] = [primary] + [c for c in values["entity_sectors"] if c != primary]
                values = {name: value for name, value in values.items() if name in proposals.FIELDS}
                if row.target is None:
                    values["location"] = [round(row.x, 2), round(row.y, 2)]
                    fids.append(proposals.add_new_in_transaction(connection, values, self.user, self.source)[1])
                    continue
                for name, value in values.items():
                    now = proposals.current_value(connection, row.target, name)
                    same = sorted(now or []) == sorted(value) if name in proposals.LINK_FIELDS else now == value
                    if not same:
                        fids.append(proposals.add_in_transaction(connection, row.target, name, value, self.user,
                                                                 self.source))
                now = proposals.current_value(connection, row.target, "location")
                if now is None or math.hypot(now[0] - row.x, now[1] - row.y) > 1.0:
                    fids.append(proposals.add_in_transaction(connection, row.target, "location",
                                                             [round(row.x, 2), round(row.y, 2)], self.user,
                                                             self.source))
            self._check_canceled()
        self.result.committed = True
        self.result.proposed = len(fids)

    def _one(self, row: _Row, write: Callable[[], object]) -> list[_Row]:
        connection = self.store.connection
        connection.execute("SAVEPOINT import_row")
        try:
            write()
        except self.store.database_errors as error:
            connection.execute("ROLLBACK TO import_row")
            connection.execute("RELEASE import_row")
            self._problem(row, "", None, tr_noop("refused by {ecosystem}: {error}"), ecosystem=self.store.name,
                          error=refusal(error))
            self.result.problems.extend(row.problems)
            self.result.rejected_rows.append(row.number)
            return [row]
        connection.execute("RELEASE import_row")
        return []

    def _extend_extent(self, rows: list[_Row]) -> None:
        if rows:
            self.store.extend_extent([row.x for row in rows], [row.y for row in rows])


def geocode_with(geocoder) -> Geocode:
    """Adapt a geocoder with ``geocode(free_text=, street=, number=, postcode=, municipality=)`` (lists, one value
    per row) returning per-row ``x``, ``y`` (EPSG:31370, NaN when not found) and ``reason`` to the import's step."""

    def geocode(columns: dict[str, list]) -> tuple[np.ndarray, np.ndarray, list]:
        given = {field: values if any(v is not None for v in values) else None for field, values in columns.items()}
        result = geocoder.geocode(free_text=given["address"], street=given["street"], number=given["number"],
                                  postcode=given["postcode"], municipality=given["municipality"])
        x, y = np.asarray(result.x, dtype=float).copy(), np.asarray(result.y, dtype=float).copy()
        reasons = list(result.reason)
        for i, kind in enumerate(result.match_type):
            if kind not in PLACED_MATCHES and np.isfinite(x[i]):  # an entity is not put on a postcode's centre
                x[i] = y[i] = np.nan
                reasons[i] = (Message.of(tr_noop("only the postcode was found ({why})"), why=reasons[i]) if reasons[i]
                              else Message(tr_noop("only the postcode was found")))
        return x, y, reasons

    return geocode


class _RefusedError(BrusselsCreativeError):
    """A row the GeoPackage refused in all-or-nothing mode: roll back."""


def import_entities(store: EcosystemStore, table: Table, options: ImportOptions | None = None,
                    geocode: Geocode | None = None, is_canceled: Callable[[], bool] | None = None,
                    progress: Callable[[float], None] | None = None) -> ImportResult:
    """Import the table's rows into the store in one transaction; see the module's docstring for the rules.

    Raises ImportCanceledError when canceled (nothing written). In all-or-nothing mode a result with problems has
    committed False and nothing was written."""
    importer = Importer(store, table, options or ImportOptions(), geocode, is_canceled, progress)
    try:
        return importer.run()
    except _RefusedError:
        importer.result.committed = False
        importer.result.inserted = importer.result.updated = 0
        return importer.result
