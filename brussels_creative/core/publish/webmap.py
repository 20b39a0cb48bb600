"""Publish the public web map: a self-contained folder (or .zip) that opens from a plain web host or from disk.

What is published comes through the ``public`` privacy profile of ``export.export_ecosystem`` (one call, its
GeoJSON output): the same entries and the same emptied or generalised fields as a public GeoJSON export, so a
change of the profile flows into the map. Of that export the page keeps only what it shows (an allow-list):
uuid, name, address, postcode, municipality, website, e-mail, phone and the point; the vocabulary codes of the
type, sectors, services and audiences of those entries are read from the source by uuid, and so are their
relationships whose two ends are published and that have not ended (``until`` before today). Nothing else (no
history, no claimant or verifier, no status, no curation fields) reaches the folder.

The folder:
- ``index.html``, ``app.js``, ``app.css``: the page (no build step, no CDN, no server: it works from ``file://``);
- ``data.js``: the entries as one compact JSON object assigned to ``window.BC_DATA`` (a script, not a fetched
  file, so that it loads from ``file://`` too): columns of equal length (``id``, ``name``, ``x``, ``y``...) sorted
  by folded name, uuids as 22 base64url characters (``compact_uuid``), vocabulary indices instead of labels,
  coordinates in WGS84 as integers of 1e-5 degree (≈ 1.1 m north-south, 0.7 m east-west in Brussels), websites
  without their ``https://``, digit-only postcodes as numbers, a missing text as ``""``;
- ``municipalities.js``: the 19 municipality polygons as GeoJSON (WGS84, simplified by 5 m, 1e-5 degree);
- the vocabularies (entity types, sectors, services, audiences, municipalities, relation types) in French, Dutch
  and English, read from the source's lookup tables (the team may extend them), inside ``data.js``;
- ``vendor/``: Leaflet as shipped in ``resources/web/vendor`` with its licence;
- ``correction.schema.json``: the JSON Schema of the correction files the page produces.

Correction files and their checksum: the page's "claim or correct" and "add my organisation" forms produce a JSON
file (schema ``resources/web/correction.schema.json``) carrying ``published_checksum``, the checksum of the entry as
the person saw it, so a curator knows whether the entry changed since. It is ``"sha256:"`` followed by the
lower-case hex SHA-256 of the UTF-8 bytes of the entry's *canonical text*: the JSON array (no spaces, non-ASCII
characters as themselves, as ``JSON.stringify`` and ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``
both write it) of ``CHECKSUM_FIELDS`` in that order: uuid, name, entity type code, municipality NIS code, address,
postcode, website (full URL), email, phone, the sector codes (primary first, then vocabulary order), the service
codes and the audience codes (vocabulary order), longitude and latitude as integers of 1e-5 degree; a missing
value is ``null``. ``entry_checksum`` computes it here, ``entryChecksum`` in ``app.js`` in the browser.

The background is always the municipality polygons; an online tile layer (``tile_url``, empty for none) is added
only once one of its tiles has loaded, and the page says which background it shows.

The output is written beside the target and moved into place only when complete; a failure or cancel leaves
nothing. A folder target must be new, empty or a previous web map (``index.html`` and ``data.js`` in it).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import os
import shutil
import sqlite3
import tempfile
import unicodedata
import uuid as uuid_module
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BrusselsCreativeError, ValidationError, tr_noop
from ..store import gpkg
from . import export

WEB_RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "web"
CORRECTION_SCHEMA = WEB_RESOURCES / "correction.schema.json"
PAGE_FILES = ("index.html", "app.js", "app.css")
DATA_FORMAT = 1
COORDINATE_SCALE = 100_000
SIMPLIFY_METRES = 5.0
PAGE_LANGUAGES = ("fr", "nl", "en")
DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILE_ATTRIBUTION = "© OpenStreetMap contributors"
CHECKSUM_FIELDS = (
    "uuid", "name", "entity_type", "municipality", "address", "postcode", "website", "email", "phone",
    "sectors", "services", "audiences", "lon", "lat",
)
VOCABULARIES = {  # key in data.js: (lookup table, link table or None)
    "type": ("entity_types", None),
    "sector": ("sectors", "entity_sectors"),
    "service": ("services", "entity_services"),
    "audience": ("audiences", "entity_audiences"),
    "municipality": ("municipalities", None),
}


class WebMapCancelledError(BrusselsCreativeError):
    """The publication was cancelled; nothing was written."""


@dataclass
class WebMapResult:
    """What a publication wrote."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    data_bytes: int = 0  # bytes of data.js + municipalities.js: what the page loads besides its code


# ---- checksum ----------------------------------------------------------------------------------------------------
def canonical_text(record: dict) -> str:
    """Return the canonical text of a published entry (the JSON array of CHECKSUM_FIELDS, no spaces)."""
    return json.dumps([record.get(name) for name in CHECKSUM_FIELDS], ensure_ascii=False, separators=(",", ":"))


def entry_checksum(record: dict) -> str:
    """Return ``sha256:<hex>`` of the entry's canonical text (UTF-8)."""
    return "sha256:" + hashlib.sha256(canonical_text(record).encode("utf-8")).hexdigest()


def entry_record(data: dict, index: int) -> dict:
    """Return entry `index` of a data.js object as the checksum reads it (codes, full website, integer lon/lat)."""
    vocab = data["vocab"]

    def code(kind: str, position: int | None) -> str | None:
        return None if position is None else vocab[kind][position][0]

    website = data["website"][index] or None
    if website is not None and "://" not in website:
        website = "https://" + website
    postcode = data["postcode"][index]
    return {
        "uuid": full_uuid(data["id"][index]),
        "name": data["name"][index],
        "entity_type": code("type", data["type"][index]),
        "municipality": code("municipality", data["muni"][index]),
        "address": data["address"][index] or None,
        "postcode": None if postcode in ("", None) else str(postcode),
        "website": website,
        "email": data["email"][index] or None,
        "phone": data["phone"][index] or None,
        "sectors": [code("sector", p) for p in data["sectors"][index]],
        "services": [code("service", p) for p in data["services"][index]],
        "audiences": [code("audience", p) for p in data["audiences"][index]],
        "lon": data["x"][index],
        "lat": data["y"][index],
    }


def compact_uuid(value: str) -> str:
    """Return the 22-character base64url form of a canonical (lower-case, hyphenated) uuid; any other text as
    ``!`` + the text."""
    try:
        parsed = uuid_module.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return "!" + str(value)
    if str(parsed) != value:
        return "!" + value
    return base64.urlsafe_b64encode(parsed.bytes).decode("ascii").rstrip("=")


def full_uuid(compact: str) -> str:
    """Return the uuid of a data.js ``id`` (the inverse of compact_uuid)."""
    if compact.startswith("!"):
        return compact[1:]
    return str(uuid_module.UUID(bytes=base64.urlsafe_b64decode(compact + "==")))


def entry_uuids(data: dict) -> list[str]:
    """Return the uuids of a data.js object's entries, in its order."""
    return [full_uuid(compact) for compact in data["id"]]


_DATA_PREFIX, _DATA_SUFFIX = "window.BC_DATA = ", ";\n"


def data_js_text(data: dict) -> str:
    """Return data.js: the data as one JSON object assigned to window.BC_DATA (JSON is a valid ES2019 literal)."""
    return _DATA_PREFIX + _compact(data) + _DATA_SUFFIX


def read_data_js(path: str | Path) -> dict:
    """Return the object a published data.js assigns to window.BC_DATA."""
    text = Path(path).read_text(encoding="utf-8")
    if not (text.startswith(_DATA_PREFIX) and text.endswith(_DATA_SUFFIX)):
        raise ValidationError(tr_noop("{path} is not a web map data file"), path=path)
    return json.loads(text[len(_DATA_PREFIX):-len(_DATA_SUFFIX)])


# ---- reading the public entries ------------------------------------------------------------------------------
def _vocabularies(connection: sqlite3.Connection) -> dict[str, list[list]]:
    vocab = {}
    for key, (table, _) in VOCABULARIES.items():
        rows = connection.execute(f"SELECT code, label_en, label_fr, label_nl FROM {table} ORDER BY fid").fetchall()
        vocab[key] = [list(row) for row in rows]
    rows = connection.execute(
        "SELECT code, label_en, label_fr, label_nl, inverse_en, inverse_fr, inverse_nl FROM relation_types "
        "ORDER BY fid"
    ).fetchall()
    vocab["relation"] = [list(row) for row in rows]
    return vocab


def fold(text: str) -> str:
    """Return a name folded for search and sorting: accents removed, lower case, spaces collapsed (as the page)."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not ("\u0300" <= c <= "\u036f"))
    return " ".join(stripped.lower().split())


def _website(value: str | None) -> str | None:
    if not value:
        return None
    return value[len("https://"):] if value.startswith("https://") and len(value) > len("https://") else value


def _text(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_public_data(
    source: str | Path,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> dict:
    """Return the data.js object of the entries the ``public`` profile publishes (see the module's help)."""
    source = Path(source)
    with tempfile.TemporaryDirectory(prefix="bc-webmap-") as work:
        geojson = Path(work) / "public.geojson"
        try:
            export.export_ecosystem(
                source, geojson, "geojson", "public", "en",
                progress=(lambda p: progress(0.6 * p)) if progress is not None else None, is_canceled=is_canceled,
            )
        except export.ExportCancelledError as error:
            raise WebMapCancelledError("Publication cancelled: nothing was written") from error
        features = json.loads(geojson.read_text(encoding="utf-8", errors="replace"))["features"]
    if is_canceled is not None and is_canceled():
        raise WebMapCancelledError("Publication cancelled: nothing was written")
    connection = gpkg.connect_read_only(source)
    try:
        vocab = _vocabularies(connection)
        position = {key: {row[0]: i for i, row in enumerate(rows)} for key, rows in vocab.items()}
        types = dict(connection.execute("SELECT uuid, entity_type FROM entities"))
        links: dict[str, dict[str, list[int]]] = {}
        for key in ("sector", "service", "audience"):
            table, link = VOCABULARIES[key]
            order = "k.is_primary DESC, l.fid" if key == "sector" else "l.fid"
            by_entity: dict[str, list[int]] = {}
            for entity_uuid, code in connection.execute(
                f"SELECT k.entity_uuid, k.code FROM {link} k JOIN {table} l ON l.code = k.code "
                f"ORDER BY k.entity_uuid, {order}"
            ):
                by_entity.setdefault(entity_uuid, []).append(position[key][code])
            links[key] = by_entity
        today = dt.date.today().isoformat()
        relationships = connection.execute(
            "SELECT from_uuid, to_uuid, relation_type FROM relationships "
            "WHERE until IS NULL OR CAST(until AS TEXT) >= ? ORDER BY fid",
            (today,),
        ).fetchall()
    finally:
        connection.close()
    columns: dict[str, list] = {name: [] for name in (
        "id", "name", "x", "y", "type", "muni", "sectors", "services", "audiences",
        "address", "postcode", "website", "email", "phone",
    )}
    uuids: list[str] = []
    for feature in features:
        props = feature["properties"]
        geometry = feature.get("geometry")
        if not geometry or geometry.get("type") != "Point":
            continue  # an entry without a point has no place on a map
        lon, lat = geometry["coordinates"][:2]
        entity_uuid = props["uuid"]
        uuids.append(entity_uuid)
        columns["id"].append(compact_uuid(entity_uuid))
        columns["name"].append(_text(props.get("name")) or "")
        columns["x"].append(round(lon * COORDINATE_SCALE))
        columns["y"].append(round(lat * COORDINATE_SCALE))
        columns["type"].append(position["type"].get(types.get(entity_uuid)))
        columns["muni"].append(position["municipality"].get(props.get("municipality_nis")))
        for key, column in (("sector", "sectors"), ("service", "services"), ("audience", "audiences")):
            columns[column].append(links[key].get(entity_uuid, []))
        for name in ("address", "email", "phone"):
            columns[name].append(_text(props.get(name)) or "")
        postcode = _text(props.get("postcode")) or ""
        columns["postcode"].append(int(postcode) if postcode.isascii() and postcode.isdigit()
                                   and str(int(postcode)) == postcode else postcode)
        columns["website"].append(_website(_text(props.get("website"))) or "")
    order = sorted(range(len(uuids)), key=lambda i: (fold(columns["name"][i]), uuids[i]))
    columns = {name: [values[i] for i in order] for name, values in columns.items()}
    index = {uuids[i]: position for position, i in enumerate(order)}
    rel: list[int] = []
    for from_uuid, to_uuid, relation_type in relationships:
        if from_uuid in index and to_uuid in index and relation_type in position["relation"]:
            rel.extend((index[from_uuid], index[to_uuid], position["relation"][relation_type]))
    return {
        "format": DATA_FORMAT,
        "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "count": len(uuids),
        "vocab": vocab,
        **columns,
        "rel": rel,
    }


def municipalities_geojson(source: str | Path) -> dict:
    """Return the municipality polygons as GeoJSON (WGS84, simplified by SIMPLIFY_METRES, 1e-5 degree)."""
    from osgeo import ogr, osr

    with gpkg.gdal_exceptions():
        dataset = ogr.Open(str(source), 0)
        layer = dataset.GetLayerByName("municipalities")
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        lambert = osr.SpatialReference()
        lambert.ImportFromEPSG(gpkg.SRS_ID)
        lambert.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(lambert, wgs84)
        features = []
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            geometry = geometry.SimplifyPreserveTopology(SIMPLIFY_METRES)
            geometry.Transform(transform)
            features.append({
                "type": "Feature",
                "properties": {"code": feature.GetField("code")},
                "geometry": json.loads(geometry.ExportToJson(options=["COORDINATE_PRECISION=5"])),
            })
        dataset = None
    return {"type": "FeatureCollection", "features": features}


# ---- writing -------------------------------------------------------------------------------------------------
def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _is_previous_web_map(folder: Path) -> bool:
    entries = list(folder.iterdir())
    return not entries or ((folder / "index.html").is_file() and (folder / "data.js").is_file())


def _check_target(source: Path, target: Path) -> None:
    if not source.is_file():
        raise ValidationError(tr_noop("INPUT: {source} does not exist"), source=source)
    if not target.parent.is_dir():
        raise ValidationError(tr_noop("OUTPUT: the folder {parent} does not exist"), parent=target.parent)
    if target.suffix.lower() == ".zip":
        if target.is_dir():
            raise ValidationError(
                tr_noop("OUTPUT: {target} is a folder; give a .zip file name or a folder without .zip"),
                target=target)
    elif target.exists() and not target.is_dir():
        raise ValidationError(
            tr_noop("OUTPUT: {target} is a file; give a new folder or a name ending with .zip"),
            target=target)
    elif target.is_dir() and not _is_previous_web_map(target):
        raise ValidationError(
            tr_noop("OUTPUT: {target} is a folder with other files; choose an empty or new folder (a previous web "
                    "map, with its index.html and data.js, is replaced)"),
            target=target)


def publish_web_map(
    source: str | Path,
    target: str | Path,
    title: str = "Brussels Creative",
    contact_email: str = "",
    tile_url: str = DEFAULT_TILE_URL,
    tile_attribution: str = DEFAULT_TILE_ATTRIBUTION,
    language: str = "fr",
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> WebMapResult:
    """Write the public web map of an ecosystem GeoPackage to a folder, or a .zip when `target` ends with .zip."""
    source, target = Path(source), Path(target)
    if language not in PAGE_LANGUAGES:
        raise ValidationError(
            tr_noop("LANGUAGE: unknown language {language!r}; one of {choices}"),
            language=language, choices=', '.join(PAGE_LANGUAGES))
    contact_email = contact_email.strip()
    if contact_email and ("@" not in contact_email or any(c in contact_email for c in " <>\"'?&")):
        raise ValidationError(tr_noop("CONTACT_EMAIL: {email!r} is not an e-mail address"), email=contact_email)
    tile_url = tile_url.strip()
    if tile_url and not (tile_url.startswith("https://") and all(k in tile_url for k in ("{z}", "{x}", "{y}"))):
        raise ValidationError(
            tr_noop("TILE_URL: {tile_url!r} must be an https:// URL template with {{z}}, {{x}} and {{y}}, or empty"),
            tile_url=tile_url)
    _check_target(source, target)

    def check() -> None:
        if is_canceled is not None and is_canceled():
            raise WebMapCancelledError("Publication cancelled: nothing was written")

    data = read_public_data(source, progress, is_canceled)
    data.update(
        title=title, contact=contact_email or None, language=language,
        tiles={"url": tile_url, "attribution": tile_attribution} if tile_url else None,
    )
    check()
    areas = municipalities_geojson(source)
    if progress is not None:
        progress(70)
    with export.work_folder(target.parent, ".webmap") as work:
        folder = work / "webmap"
        folder.mkdir()
        page = (WEB_RESOURCES / "index.html").read_text(encoding="utf-8")
        page = page.replace("{{TITLE}}", html.escape(title)).replace("{{LANG}}", language)
        (folder / "index.html").write_text(page, encoding="utf-8")
        for name in PAGE_FILES[1:]:
            shutil.copy2(WEB_RESOURCES / name, folder / name)
        shutil.copy2(CORRECTION_SCHEMA, folder / CORRECTION_SCHEMA.name)
        shutil.copytree(WEB_RESOURCES / "vendor", folder / "vendor")
        (folder / "data.js").write_text(data_js_text(data), encoding="utf-8")
        (folder / "municipalities.js").write_text(f"window.BC_MUNICIPALITIES = {_compact(areas)};\n",
                                                  encoding="utf-8")
        check()
        if progress is not None:
            progress(90)
        counts = {"entities": data["count"], "relationships": len(data["rel"]) // 3,
                  "municipalities": len(areas["features"])}
        data_bytes = (folder / "data.js").stat().st_size + (folder / "municipalities.js").stat().st_size
        result = WebMapResult(target, counts, data_bytes)
        if target.suffix.lower() == ".zip":
            product = work / "webmap.zip"
            with zipfile.ZipFile(product, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        archive.write(path, path.relative_to(folder).as_posix())
            check()
            os.replace(product, target)
        else:
            check()
            if target.exists():
                target.replace(work / "previous")  # a previous web map: removed with the work folder
            folder.replace(target)
    if progress is not None:
        progress(100)
    return result
