"""The ecosystem's data quality, entity by entity: what `quality_report` lists and summarises for a person to fix.

Checks (one Finding per entity and problem):
- completeness: the share of entities with each field filled (a figure, not a finding);
- invalid_email, invalid_website, invalid_phone, invalid_postcode: values a person or a mail cannot use (e-mail
  and website as the file's rules want them, a website host with a top-level domain of letters, a phone that is
  no Belgian or international number, a postcode that is no Brussels postcode of the municipalities table);
- no_location, outside_region: no usable point, or a point outside the Brussels Capital Region;
- postcode_municipality: the postcode belongs to another municipality than the entity's;
- municipality_location: the point lies in another municipality than the entity's;
- probable_duplicate: two entities whose names are similar (similarity.py, ≥ 0.85) within DISTANCE metres;
- never_verified: verification 'unverified' and no verified_at;
- not_reviewed: last_reviewed empty, or older than N months.

No Qt, no QGIS: sqlite3, numpy and shapely.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from ..store import gpkg, region, taxonomy
from . import rules
from .similarity import DEFAULT_RADIUS_M, SIMILARITY_THRESHOLD, name_similarity

ERROR = "error"
WARNING = "warning"
INFO = "info"

# (check id, severity, label for people)
CHECK_TABLE = (
    ("invalid_email", ERROR, "Invalid e-mail"),
    ("invalid_website", ERROR, "Invalid website"),
    ("invalid_phone", WARNING, "Invalid phone number"),
    ("invalid_postcode", ERROR, "Invalid postcode"),
    ("no_location", ERROR, "No location"),
    ("outside_region", WARNING, "Outside the region"),
    ("postcode_municipality", WARNING, "Postcode of another municipality"),
    ("municipality_location", WARNING, "Point in another municipality"),
    ("probable_duplicate", WARNING, "Probable duplicate"),
    ("never_verified", INFO, "Never verified"),
    ("not_reviewed", INFO, "Not reviewed recently"),
)
CHECKS = {check: (severity, label) for check, severity, label in CHECK_TABLE}
# field -> SQL telling whether it is filled (entities e)
COMPLETENESS = {
    "name": "coalesce(trim(e.name), '') <> ''",
    "entity_type": "coalesce(e.entity_type, '') <> ''",
    "description": "coalesce(trim(e.description), '') <> ''",
    "address": "coalesce(trim(e.address), '') <> ''",
    "postcode": "coalesce(e.postcode, '') <> ''",
    "municipality": "coalesce(e.municipality, '') <> ''",
    "website": "coalesce(e.website, '') <> ''",
    "email": "coalesce(e.email, '') <> ''",
    "phone": "coalesce(trim(e.phone), '') <> ''",
    "founded_year": "e.founded_year IS NOT NULL",
    "size_class": "coalesce(e.size_class, '') <> ''",
    "sectors": "EXISTS (SELECT 1 FROM entity_sectors l WHERE l.entity_uuid = e.uuid)",
    "services": "EXISTS (SELECT 1 FROM entity_services l WHERE l.entity_uuid = e.uuid)",
    "audiences": "EXISTS (SELECT 1 FROM entity_audiences l WHERE l.entity_uuid = e.uuid)",
    "verified_at": "coalesce(e.verified_at, '') <> ''",
    "last_reviewed": "coalesce(e.last_reviewed, '') <> ''",
}
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\Z")


@dataclass(frozen=True)
class Finding:
    """One problem of one entity: check, severity, the entity (uuid, name, point), the field, its value, why."""

    check: str
    severity: str
    uuid: str
    name: str
    field: str
    value: str
    message: str
    x: float | None = None
    y: float | None = None


@dataclass
class QualityReport:
    """The figures and the findings of one run."""

    path: str
    entities: int
    completeness: list[tuple[str, int]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    months: int = 12
    distance_m: float = DEFAULT_RADIUS_M
    generated_at: str = ""
    points: list[tuple[float, float]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Findings per check, in the order of CHECKS."""
        counter = Counter(f.check for f in self.findings)
        return {check: counter.get(check, 0) for check in CHECKS}

    def entities_with_findings(self, severities: tuple[str, ...] = (ERROR, WARNING)) -> int:
        """How many entities have at least one finding of these severities."""
        return len({f.uuid for f in self.findings if f.severity in severities})


def website_usable(value: str | None) -> bool:
    """True when the website is empty, or http(s) with a host name ending in a top-level domain of letters."""
    if not value:
        return True
    if not rules.website_ok(value):
        return False
    try:
        host = urlsplit(value).hostname or ""
    except ValueError:
        return False
    return bool(_HOST.match(host))


def _months_before(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 - months
    year = day.year + month // 12
    month = month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def build_report(path: str | Path, months: int = 12, distance_m: float = DEFAULT_RADIUS_M,
                 today: dt.date | None = None, is_canceled: Callable[[], bool] | None = None) -> QualityReport:
    """Run every check on an ecosystem GeoPackage (opened read-only) and return the report."""
    if months < 0:
        raise ValueError("months must be zero or more")
    today = today or dt.date.today()
    canceled = is_canceled or (lambda: False)
    connection = gpkg.connect_read_only(path)
    try:
        return _build(connection, str(path), months, distance_m, today, canceled)
    finally:
        connection.close()


def _build(connection: sqlite3.Connection, path: str, months: int, distance_m: float, today: dt.date,
           canceled: Callable[[], bool]) -> QualityReport:
    filled = ", ".join(f"sum(CASE WHEN {sql} THEN 1 ELSE 0 END)" for sql in COMPLETENESS.values())
    row = connection.execute(f"SELECT count(*), {filled} FROM entities e").fetchone()
    report = QualityReport(path, row[0], list(zip(COMPLETENESS, [v or 0 for v in row[1:]], strict=True)),
                           months=months, distance_m=distance_m,
                           generated_at=dt.datetime.now().isoformat(" ", "seconds"))
    postcodes = {code: set((codes or "").split(",")) for code, codes in
                 connection.execute("SELECT code, postcodes FROM municipalities")}
    known_postcodes = set().union(*postcodes.values()) - {""}
    records = connection.execute(
        "SELECT uuid, name, geom, email, website, phone, postcode, municipality, verification, verified_at, "
        "last_reviewed FROM entities ORDER BY fid").fetchall()
    xs = np.full(len(records), np.nan)
    ys = np.full(len(records), np.nan)
    for index, record in enumerate(records):
        xy = gpkg.blob_point_xy(record[2])
        if xy is not None:
            xs[index], ys[index] = xy
    located = np.isfinite(xs)
    report.points = list(zip(xs[located].tolist(), ys[located].tolist(), strict=True))
    inside = np.zeros(len(records), dtype=bool)
    if located.any():
        import shapely

        inside[located] = shapely.intersects_xy(region.region_shape(), xs[located], ys[located])
    where = region.municipality_of(np.where(inside, xs, np.nan), np.where(inside, ys, np.nan))
    names = {m.nis: m.name_fr for m in taxonomy.MUNICIPALITIES}
    limit = _months_before(today, months)
    findings = report.findings
    for index, (entity_uuid, name, _blob, email, website, phone, postcode, municipality, verification,
                verified_at, last_reviewed) in enumerate(records):
        if index % 5000 == 0 and canceled():
            return report
        x = float(xs[index]) if located[index] else None
        y = float(ys[index]) if located[index] else None

        def add(check: str, column: str, value, message: str, entity=(entity_uuid, name or "", x, y)) -> None:
            findings.append(Finding(check, CHECKS[check][0], entity[0], entity[1], column,
                                    "" if value is None else str(value), message, entity[2], entity[3]))

        if not rules.email_ok(email):
            add("invalid_email", "email", email, "not an e-mail address name@host.tld")
        if not website_usable(website):
            add("invalid_website", "website", website, "not a web address http(s)://host.tld")
        if not rules.phone_ok(phone):
            add("invalid_phone", "phone", phone, "not a Belgian (+32 / 0…) or international (+…) number")
        if postcode and (not rules.postcode_ok(postcode) or postcode not in known_postcodes):
            add("invalid_postcode", "postcode", postcode, "not a postcode of a Brussels municipality")
        elif postcode and municipality and not rules.postcode_matches_municipality(postcode, municipality):
            owner = taxonomy.municipality_for_postcode(postcode)
            said = names.get(municipality, municipality)
            add("postcode_municipality", "postcode", postcode,
                f"{postcode} is {owner.name_fr if owner else '?'}, the entity says {said}")
        if not located[index]:
            add("no_location", "geom", None, "no point")
        elif not inside[index]:
            add("outside_region", "geom", f"{x:.0f} {y:.0f}", "the point lies outside the Brussels Capital Region")
        elif municipality and where[index] and where[index] != municipality:
            add("municipality_location", "municipality", municipality,
                f"the point lies in {names.get(where[index], where[index])}, the entity says "
                f"{names.get(municipality, municipality)}")
        if verification == "unverified" and not verified_at:
            add("never_verified", "verification", verification, "never verified")
        if not last_reviewed:
            add("not_reviewed", "last_reviewed", None, "never reviewed")
        elif str(last_reviewed)[:10] < limit.isoformat():
            add("not_reviewed", "last_reviewed", last_reviewed, f"not reviewed for more than {months} months")
    if canceled():
        return report
    _duplicates(report, records, xs, ys, distance_m)
    order = list(CHECKS)
    findings.sort(key=lambda f: (order.index(f.check), f.name.casefold(), f.uuid))
    return report


def _duplicates(report: QualityReport, records: list, xs: np.ndarray, ys: np.ndarray, distance_m: float) -> None:
    from scipy.spatial import cKDTree

    located = np.flatnonzero(np.isfinite(xs))
    if len(located) < 2:
        return
    tree = cKDTree(np.column_stack([xs[located], ys[located]]))
    for a, b in sorted(tree.query_pairs(distance_m)):
        i, j = located[a], located[b]
        score = name_similarity(records[i][1], records[j][1])
        if score < SIMILARITY_THRESHOLD:
            continue
        distance = float(np.hypot(xs[i] - xs[j], ys[i] - ys[j]))
        for one, other in ((i, j), (j, i)):
            report.findings.append(Finding(
                "probable_duplicate", CHECKS["probable_duplicate"][0], records[one][0], records[one][1] or "",
                "name", records[one][1] or "",
                f"similar to {records[other][1]!r} ({records[other][0]}), {distance:.0f} m away, "
                f"similarity {score:.2f}", float(xs[one]), float(ys[one])))


def report_html(report: QualityReport, map_png_base64: str | None, tr: Callable[[str], str] = str,
                max_rows: int = 2000) -> str:
    """Return the report as one self-contained HTML page: figures, the map picture, completeness, rows to fix."""
    e = html.escape
    labels = {check: tr(label) for check, _severity, label in CHECK_TABLE}
    counts = report.counts()
    total = report.entities
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{e(tr('Data quality report'))}</title>",
        "<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}"
        "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
        "td.n{text-align:right}.bar{background:#4a90d9;height:.8em;display:inline-block}"
        ".error{color:#b00020}.warning{color:#a15c00}.info{color:#555}</style></head><body>",
        f"<h1>{e(tr('Data quality report'))}</h1>",
        f"<p>{e(report.path)} — {e(report.generated_at)}</p>",
        "<h2>" + e(tr("Figures")) + "</h2><table>",
        f"<tr><th>{e(tr('Entities'))}</th><td class='n'>{total}</td></tr>",
        f"<tr><th>{e(tr('Entities with an error or a warning'))}</th>"
        f"<td class='n'>{report.entities_with_findings()}</td></tr>",
    ]
    for check, severity, _label in CHECK_TABLE:
        parts.append(f"<tr><th class='{severity}'>{e(labels[check])}</th><td class='n'>{counts[check]}</td></tr>")
    parts.append("</table>")
    limits = tr("Probable duplicates: similar names within {} m. Not reviewed: for more than {} months.")
    parts.append(f"<p>{e(limits.format(f'{report.distance_m:g}', report.months))}</p>")
    if map_png_base64:
        parts.append(f"<h2>{e(tr('Map of the entities to fix'))}</h2>")
        parts.append(f"<img alt='{e(tr('Map of the entities to fix'))}' "
                     f"src='data:image/png;base64,{map_png_base64}'>")
        parts.append(f"<p>{e(tr('Red: an error or a warning; grey: the other entities.'))}</p>")
    parts.append(f"<h2>{e(tr('Completeness'))}</h2><table><tr><th>{e(tr('Field'))}</th>"
                 f"<th>{e(tr('Filled'))}</th><th>%</th><th></th></tr>")
    for name, filled in report.completeness:
        share = 100.0 * filled / total if total else 0.0
        parts.append(f"<tr><td>{e(name)}</td><td class='n'>{filled}</td><td class='n'>{share:.1f}</td>"
                     f"<td><span class='bar' style='width:{share * 2:.0f}px'></span></td></tr>")
    parts.append("</table>")
    to_fix = [f for f in report.findings if f.severity in (ERROR, WARNING)]
    parts.append(f"<h2>{e(tr('Rows to fix'))} ({len(to_fix)})</h2>")
    if to_fix:
        parts.append(f"<table><tr><th>{e(tr('Check'))}</th><th>{e(tr('Name'))}</th><th>uuid</th>"
                     f"<th>{e(tr('Field'))}</th><th>{e(tr('Value'))}</th><th>{e(tr('Why'))}</th></tr>")
        for finding in to_fix[:max_rows]:
            parts.append(
                f"<tr class='{finding.severity}'><td>{e(labels[finding.check])}</td><td>{e(finding.name)}</td>"
                f"<td>{e(finding.uuid)}</td><td>{e(finding.field)}</td><td>{e(finding.value)}</td>"
                f"<td>{e(finding.message)}</td></tr>")
        parts.append("</table>")
        if len(to_fix) > max_rows:
            more = tr("… and {} more rows in the findings layer.").format(len(to_fix) - max_rows)
            parts.append(f"<p>{e(more)}</p>")
    else:
        parts.append(f"<p>{e(tr('Nothing to fix.'))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
