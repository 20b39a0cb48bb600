"""A seeded, realistic sample ecosystem of Brussels: entities, sectors, services, audiences, relationships, history.

``generate_sample(store, n, seed)`` fills an empty ecosystem GeoPackage with N fictitious creative entities placed
the way creative places cluster in Brussels, then replays two years of curation (imports, self-registrations,
claims, verifications, renames, closures, deletions) so that the ``history`` table written by the file's triggers
looks like a living register. The same seed always gives the same content (uuids included).

Spatial model (EPSG:31370, metres): a mixture of anisotropic Gaussian clusters around the creative centres of the
city (``CENTRES``: Dansaert/Sainte-Catherine, the Pentagon and Marolles, Saint-Gilles, Flagey, the canal zone of
Molenbeek/Anderlecht from the Abattoirs to Citroën, Tour & Taxis, Botanique/Saint-Josse, the Reyers media park,
the ULB/VUB campuses, Forest/Wiels) plus a sparse uniform periphery; every point is drawn by rejection sampling
against the region polygon and must fall in one of the 19 municipalities. Each centre has its own sector mix
(fashion and design near Dansaert, audiovisual along the canal and at Reyers...).

Time model: everything happens between ``PERIOD_START`` and ``PERIOD_END`` (fixed dates, so that a seed gives the
same file whatever the day it runs). Every write runs with a simulated clock: the SQL function ``strftime(f, 'now')``
that the file's triggers and defaults call is overridden on a private connection for the duration of the run, so
``history.changed_at`` follows the simulated two years instead of the moment of generation. The override lives only
on that private connection, which is closed afterwards; the store's own connection is untouched.

Progress is reported in percent (0–100), as ``QgsProcessingFeedback.setProgress`` expects. Cancelling (or any
error) rolls the single transaction back: nothing is written.

Only numpy, scipy and shapely are used here; no Qt or QGIS import.
"""

from __future__ import annotations

import sqlite3
import unicodedata
import uuid as uuid_module
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from scipy.spatial import cKDTree

from ..errors import BrusselsCreativeError, ValidationError, tr_noop
from ..store import gpkg, region, taxonomy
from ..store.clock import SimulatedClock
from ..store.ecosystem import EcosystemStore
from .data import (
    AGE,
    AUDIENCE_CODES,
    AUDIENCE_P,
    BRUSSELS_NORTH,
    BRUSSELS_SPLIT_Y,
    CENTRES,
    COMPANY_PATTERNS,
    CURATORS,
    DESK_SOURCES,
    EMAIL_PROVIDERS,
    END_MS,
    END_YEAR,
    ESSENTIAL_TYPES,
    FIRST_NAMES,
    IMPORTS,
    INTERMEDIARIES,
    INTERMEDIARY_PERIPHERY,
    INTERMEDIARY_SPREAD,
    LAST_NAMES,
    LEGAL_FORMS,
    MS_DAY,
    MS_HOUR,
    OFFER_GATE,
    PERIPHERY_WEIGHT,
    RELATION_CODES,
    RELATION_INDEX,
    SECTOR_BASE,
    SECTOR_CODES,
    SECTOR_INDEX,
    SERVICE_CODES,
    SERVICE_P,
    SIZE_CODES,
    SIZE_P,
    START_MS,
    STREETS,
    TLDS,
    TRADES,
    TYPE_CENTRE_BIAS,
    TYPE_CODES,
    TYPE_INDEX,
    TYPE_PATTERNS,
    TYPE_SECTOR_BIAS,
    TYPE_SHARES,
    WEB_SOURCE,
    WEB_USER,
    WORDS,
)

__all__ = ["SampleSummary", "generate_sample"]



# History updates (the uuid is the last parameter; updated_by and updated_at are set by every one).
_SQL_NAME = "UPDATE entities SET name = ?, updated_by = ?, updated_at = ? WHERE uuid = ?"
_SQL_EMAIL = "UPDATE entities SET email = ?, updated_by = ?, updated_at = ? WHERE uuid = ?"
_SQL_WEBSITE = "UPDATE entities SET website = ?, updated_by = ?, updated_at = ? WHERE uuid = ?"
_SQL_STATUS = "UPDATE entities SET status = ?, updated_by = ?, updated_at = ? WHERE uuid = ?"
_SQL_CLAIM = (
    "UPDATE entities SET verification = 'claimed', claimed_by = ?, updated_by = ?, updated_at = ? WHERE uuid = ?"
)
_SQL_VERIFY = (
    "UPDATE entities SET verification = 'verified', verified_by = ?, verified_at = ?, last_reviewed = ?, "
    "updated_by = ?, updated_at = ? WHERE uuid = ?"
)
_SQL_REVIEW = "UPDATE entities SET last_reviewed = ?, updated_by = ?, updated_at = ? WHERE uuid = ?"


@dataclass
class SampleSummary:
    """What generate_sample wrote, counted in the file at the end of the two simulated years."""

    entities: int  # entities in the file (the n asked for; deleted ones not counted)
    relationships: int  # relationships in the file
    sector_links: int  # rows of entity_sectors
    service_links: int  # rows of entity_services
    audience_links: int  # rows of entity_audiences
    history_rows: int  # rows of history (inserts, updates and deletes logged by the triggers)
    updates: int  # updates replayed on entities and relationships
    deleted: int  # entities deleted during the two years (their links and relationships went with them)


# ---- helpers ------------------------------------------------------------------------------------------------------
def _iso(ms: np.ndarray) -> np.ndarray:
    """Milliseconds since the epoch -> 'YYYY-MM-DDTHH:MM:SS.mmm' strings (UTC)."""
    return np.datetime_as_string(np.asarray(ms, dtype="int64").astype("datetime64[ms]"), unit="ms")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    out = []
    for char in ascii_text:
        out.append(char if char.isalnum() else "-")
    slug = "-".join(part for part in "".join(out).split("-") if part)
    return slug or "studio"


def _uuids(rng: np.random.Generator, count: int) -> list[str]:
    raw = rng.integers(0, 256, size=(count, 16), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    return [str(uuid_module.UUID(bytes=row.tobytes())) for row in raw]


def _pick(rng: np.random.Generator, options: Sequence[str], count: int) -> list[str]:
    index = rng.integers(0, len(options), size=count)
    return [options[i] for i in index.tolist()]


def _work_time(
    rng: np.random.Generator,
    lo: np.ndarray,
    hi: np.ndarray,
    weekend: float = 0.08,
    hours: tuple[int, int] = (8, 18),
) -> np.ndarray:
    """Times (ms) in [lo, hi]: a day drawn uniformly, moved off the weekend (but for a share `weekend`), at a time
    of day within `hours`; where the interval is too short for that, a uniform time in it."""
    lo = np.asarray(lo, dtype=np.int64)
    hi = np.maximum(np.asarray(hi, dtype=np.int64), lo)
    t = lo + (rng.random(lo.shape) * (hi - lo)).astype(np.int64)
    day = t // MS_DAY * MS_DAY
    weekday = ((day // MS_DAY) + 3) % 7  # 1970-01-01 was a Thursday (3)
    off = (weekday >= 5) & (rng.random(lo.shape) >= weekend)
    forward = np.where(off, (7 - weekday) * MS_DAY, 0)  # to Monday
    back = np.where(off, (4 - weekday) * MS_DAY, 0)  # to Friday
    hour = (hours[0] * MS_HOUR + rng.random(lo.shape) * (hours[1] - hours[0]) * MS_HOUR).astype(np.int64)
    done = np.zeros(t.shape, dtype=bool)
    for candidate in (day + forward + hour, day + back + hour, day + hour):
        ok = ~done & (candidate >= lo) & (candidate <= hi)
        t = np.where(ok, candidate, t)
        done |= ok
    return t


# ---- the generator ------------------------------------------------------------------------------------------------
def generate_sample(
    store: EcosystemStore,
    n: int = 3000,
    seed: int = 42,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> SampleSummary:
    """Fill an empty ecosystem store with a seeded sample ecosystem of ``n`` entities and two years of history.

    Everything is written in one transaction: on cancel (``is_canceled()`` true) or error nothing is written and a
    BrusselsCreativeError (ValidationError for bad arguments or an occupied store) is raised. ``progress`` receives
    percentages (0–100).
    """
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
        raise ValidationError(tr_noop("generate_sample: n must be a positive whole number of entities, not {n!r}"), n=n)
    n = int(n)
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise ValidationError(tr_noop("generate_sample: seed must be a whole number from 0, not {seed!r}"), seed=seed)
    if store.count("entities") or store.count("relationships"):
        raise ValidationError(
            tr_noop("generate_sample: {path} already holds entities or relationships; a sample is generated into an "
                    "empty ecosystem file"),
            path=store.path)
    original = store.connection
    if original.in_transaction:
        raise BrusselsCreativeError("generate_sample: the store has an open transaction; commit or roll it back first")

    def report(percent: float) -> None:
        if progress is not None:
            progress(float(min(100.0, max(0.0, percent))))

    def check_cancel() -> None:
        if is_canceled is not None and is_canceled():
            raise BrusselsCreativeError("Sample generation cancelled: nothing was written")

    report(0)
    check_cancel()
    plan = _Plan(n, seed)
    check_cancel()
    report(5)

    clock = SimulatedClock()
    connection = sqlite3.connect(str(store.path), isolation_level=None, timeout=30)
    try:
        gpkg.register_functions(connection)
        connection.execute("PRAGMA trusted_schema = ON")
        clock.install(connection)
        store.connection = connection
        with store.transaction():
            plan.write(store, clock, lambda fraction: report(5 + 93 * fraction), check_cancel)
            clock.iso = None
            store.refresh_extents()
            summary = SampleSummary(
                entities=store.count("entities"),
                relationships=store.count("relationships"),
                sector_links=store.count("entity_sectors"),
                service_links=store.count("entity_services"),
                audience_links=store.count("entity_audiences"),
                history_rows=store.count("history"),
                updates=plan.update_count,
                deleted=plan.delete_count,
            )
    finally:
        store.connection = original
        connection.close()
        clock.close()
    report(100)
    return summary


class _Plan:
    """Every value of the sample, drawn up front (vectorised), then written in chronological order."""

    def __init__(self, n: int, seed: int) -> None:
        streams = [np.random.Generator(np.random.PCG64(s)) for s in np.random.SeedSequence(seed).spawn(8)]
        self.rng_types, self.rng_space, self.rng_attrs, self.rng_names = streams[:4]
        self.rng_time, self.rng_rel, self.rng_hist, self.rng_ids = streams[4:]
        self.delete_count = int(round(0.012 * n)) if n >= 40 else 0
        self.total = n + self.delete_count
        self._types()
        self._places()
        self._sectors()
        self._offers()
        self._times()
        self._attributes()
        self._relationships()
        self._history()
        self._events()

    # -- entity types ----------------------------------------------------------------------------------------------
    def _types(self) -> None:
        total = self.total
        shares = np.array([TYPE_SHARES.get(code, 0.0) for code in TYPE_CODES])
        shares /= shares.sum()
        counts = np.floor(shares * total).astype(int)
        if total >= 60:
            for code in ESSENTIAL_TYPES:
                counts[TYPE_INDEX[code]] = max(counts[TYPE_INDEX[code]], 1)
        counts[TYPE_INDEX["freelancer"]] += total - counts.sum()
        if counts[TYPE_INDEX["freelancer"]] < 0:  # tiny samples: trim the largest other types
            counts[TYPE_INDEX["freelancer"]] = 0
            while counts.sum() > total:
                counts[int(np.argmax(counts))] -= 1
        types = np.repeat(np.arange(len(TYPE_CODES)), counts)
        self.type = self.rng_types.permutation(types)
        self.type_code = [TYPE_CODES[t] for t in self.type.tolist()]

    def _is(self, *codes: str) -> np.ndarray:
        return np.isin(self.type, [TYPE_INDEX[c] for c in codes])

    # -- places ----------------------------------------------------------------------------------------------------
    def _places(self) -> None:
        rng = self.rng_space
        shape = region.region_shape()
        centre_x = np.array([c.x for c in CENTRES], dtype=float)
        centre_y = np.array([c.y for c in CENTRES], dtype=float)
        outside = ~shapely.contains_xy(shape, centre_x, centre_y)
        if outside.any():
            names = ", ".join(c.name for c, bad in zip(CENTRES, outside, strict=True) if bad)
            raise BrusselsCreativeError(f"sample centres outside the Brussels region: {names}")
        total = self.total
        k = len(CENTRES)
        component = np.empty(total, dtype=np.int64)  # k = periphery
        spread = np.ones(total)
        intermediary = self._is(*INTERMEDIARIES)
        for t, code in enumerate(TYPE_CODES):
            members = np.flatnonzero(self.type == t)
            if members.size == 0:
                continue
            weights = np.array([c.weight for c in CENTRES] + [PERIPHERY_WEIGHT])
            for name, factor in TYPE_CENTRE_BIAS.get(code, {}).items():
                weights[[c.name for c in CENTRES].index(name)] *= factor
            if code in INTERMEDIARIES:
                weights[k] *= INTERMEDIARY_PERIPHERY
            component[members] = rng.choice(k + 1, size=members.size, p=weights / weights.sum())
        spread[intermediary] = INTERMEDIARY_SPREAD
        self.component = component

        minx, miny, maxx, maxy = shape.bounds
        major = np.array([c.sigma_major for c in CENTRES] + [0.0])
        minor = np.array([c.sigma_minor for c in CENTRES] + [0.0])
        angle = np.radians(np.array([c.angle_deg for c in CENTRES] + [0.0]))
        x = np.full(total, np.nan)
        y = np.full(total, np.nan)
        pending = np.arange(total)
        while pending.size:
            comp = component[pending]
            periphery = comp == k
            a = rng.standard_normal(pending.size) * major[comp] * spread[pending]
            b = rng.standard_normal(pending.size) * minor[comp] * spread[pending]
            cos, sin = np.cos(angle[comp]), np.sin(angle[comp])
            px = np.append(centre_x, 0.0)[comp] + a * cos - b * sin
            py = np.append(centre_y, 0.0)[comp] + a * sin + b * cos
            ux = rng.uniform(minx, maxx, pending.size)
            uy = rng.uniform(miny, maxy, pending.size)
            px = np.round(np.where(periphery, ux, px), 2)
            py = np.round(np.where(periphery, uy, py), 2)
            inside = shapely.contains_xy(shape, px, py)
            x[pending[inside]] = px[inside]
            y[pending[inside]] = py[inside]
            pending = pending[~inside]
        municipality = np.array(region.municipality_of(x, y), dtype=object)
        # A point of the union that no single municipality holds (a sliver along a border): draw it again.
        while (missing := np.flatnonzero(municipality == None)).size:  # noqa: E711
            for i in missing.tolist():
                while True:
                    px, py = round(rng.uniform(minx, maxx), 2), round(rng.uniform(miny, maxy), 2)
                    if shapely.contains_xy(shape, px, py):
                        break
                x[i], y[i] = px, py
            municipality[missing] = region.municipality_of(x[missing], y[missing])
        self.x, self.y = x, y
        self.municipality = [str(m) for m in municipality.tolist()]
        by_nis = {m.nis: m for m in taxonomy.MUNICIPALITIES}
        postcodes = []
        for xi, yi, nis in zip(x.tolist(), y.tolist(), self.municipality, strict=True):
            if nis == "21004" and yi >= BRUSSELS_SPLIT_Y:
                postcodes.append(
                    min(
                        BRUSSELS_NORTH,
                        key=lambda p: (BRUSSELS_NORTH[p][0] - xi) ** 2 + (BRUSSELS_NORTH[p][1] - yi) ** 2,
                    )
                )
            else:
                postcodes.append(by_nis[nis].postcodes[0])
        self.postcode = postcodes

    # -- sectors ---------------------------------------------------------------------------------------------------
    def _sectors(self) -> None:
        rng = self.rng_attrs
        total = self.total
        base = np.array([SECTOR_BASE[c] for c in SECTOR_CODES])
        profiles = np.empty((len(CENTRES) + 1, len(SECTOR_CODES)))
        for i, centre in enumerate(CENTRES):
            profiles[i] = base * np.array([centre.sectors.get(c, 1.0) for c in SECTOR_CODES])
        profiles[len(CENTRES)] = base
        type_bias = np.ones((len(TYPE_CODES), len(SECTOR_CODES)))
        for code, bias in TYPE_SECTOR_BIAS.items():
            for sector, factor in bias.items():
                type_bias[TYPE_INDEX[code], SECTOR_INDEX[sector]] = factor
        weights = profiles[self.component] * type_bias[self.type]
        keys = np.log(weights) + rng.gumbel(size=weights.shape)
        order = np.argsort(-keys, axis=1, kind="stable")
        count = np.empty(total, dtype=np.int64)
        freelancer = self._is("freelancer")
        company = self._is("company", "collective", "cultural_venue", "event", "funder", "public_body")
        other = ~(freelancer | company)
        count[freelancer] = rng.choice([1, 2, 3], size=int(freelancer.sum()), p=[0.6, 0.3, 0.1])
        count[company] = rng.choice([1, 2, 3, 4], size=int(company.sum()), p=[0.45, 0.35, 0.15, 0.05])
        count[other] = rng.choice([1, 2, 3, 4], size=int(other.sum()), p=[0.1, 0.25, 0.3, 0.35])
        self.sector_order = order
        self.sector_count = count
        self.primary = order[:, 0]
        has = np.zeros((total, len(SECTOR_CODES)), dtype=bool)
        rows = np.arange(total)
        for j in range(4):
            chosen = count > j
            has[rows[chosen], order[chosen, j]] = True
        self.has_sector = has

    # -- services and audiences ------------------------------------------------------------------------------------
    def _offer_matrix(self, table: dict[str, dict[str, float]], codes: Sequence[str]) -> np.ndarray:
        rng = self.rng_attrs
        index = {c: i for i, c in enumerate(codes)}
        p = np.zeros((len(TYPE_CODES), len(codes)))
        for type_code, probabilities in table.items():
            for code, value in probabilities.items():
                p[TYPE_INDEX[type_code], index[code]] = value
        probs = p[self.type]
        chosen = rng.random(probs.shape) < probs
        gate = np.array([OFFER_GATE.get(c, 1.0) for c in TYPE_CODES])[self.type]
        listed = rng.random(self.total) < gate
        empty = listed & ~chosen.any(axis=1) & (probs.max(axis=1) > 0)
        chosen[np.flatnonzero(empty), np.argmax(probs[empty], axis=1)] = True
        chosen[~listed] = False
        return chosen

    def _offers(self) -> None:
        self.services = self._offer_matrix(SERVICE_P, SERVICE_CODES)
        self.audiences = self._offer_matrix(AUDIENCE_P, AUDIENCE_CODES)

    # -- when each entity entered the register ---------------------------------------------------------------------
    def _times(self) -> None:
        rng = self.rng_time
        total = self.total
        companies = self._is("company")
        freelancers = self._is("freelancer")
        # mode: 0..2 imports, 3 desk research by a curator, 4 web form (self-registration)
        p_company = (0.25, 0.10, 0.20, 0.25, 0.20)
        p_freelancer = (0.30, 0.10, 0.0, 0.25, 0.35)
        p_other = (0.45, 0.10, 0.0, 0.35, 0.10)
        mode = np.empty(total, dtype=np.int64)
        for mask, p in ((companies, p_company), (freelancers, p_freelancer), (~(companies | freelancers), p_other)):
            mode[mask] = rng.choice(5, size=int(mask.sum()), p=p)
        created = np.empty(total, dtype=np.int64)
        for b, (when, _source, _share) in enumerate(IMPORTS):
            members = np.flatnonzero(mode == b)
            start = int(when.timestamp() * 1000)
            created[members] = start + np.arange(members.size, dtype=np.int64) * 173 + 1
        # Curators and the web form: steady growth over the two years (density rising by half).
        span = END_MS - START_MS - 2 * MS_DAY
        for m, weekend, hours in ((3, 0.02, (8, 19)), (4, 0.3, (7, 23))):
            members = np.flatnonzero(mode == m)
            u = rng.random(members.size)
            fraction = (np.sqrt(1 + 2 * 0.5 * u * (1 + 0.25)) - 1) / 0.5  # inverse CDF of 1 + 0.5 t on [0, 1]
            day = (START_MS + (np.clip(fraction, 0, 1) * span).astype(np.int64)) // MS_DAY * MS_DAY
            created[members] = _work_time(rng, day, np.minimum(day + 3 * MS_DAY, END_MS - 1), weekend, hours)
        self.mode = mode
        self.created = created

    # -- attributes ------------------------------------------------------------------------------------------------
    def _attributes(self) -> None:
        rng = self.rng_attrs
        names_rng = self.rng_names
        total = self.total
        created_year = _iso(self.created).astype("U4").astype(int)

        # founded year
        mean_age = np.array([AGE[c][0] for c in TYPE_CODES])[self.type]
        max_age = np.array([AGE[c][1] for c in TYPE_CODES])[self.type]
        age = np.minimum(rng.exponential(mean_age), max_age).astype(int)
        founded = np.maximum(1800, np.minimum(END_YEAR - age, created_year))
        missing_year = rng.random(total) < np.where(self._is("freelancer"), 0.08, 0.04)
        self.founded = founded
        self.founded_known = ~missing_year

        # size class
        size = np.empty(total, dtype=object)
        for t, code in enumerate(TYPE_CODES):
            members = np.flatnonzero(self.type == t)
            size[members] = [SIZE_CODES[i] for i in rng.choice(5, size=members.size, p=SIZE_P[code]).tolist()]
        size[(rng.random(total) < 0.03) & ~self._is("freelancer")] = None
        self.size = size.tolist()

        # names
        word = _pick(names_rng, WORDS, total)
        word2 = _pick(names_rng, WORDS, total)
        first = _pick(names_rng, FIRST_NAMES, total)
        last = _pick(names_rng, LAST_NAMES, total)
        choice = names_rng.random((total, 4))
        self.first, self.last = first, last
        self.name = [self._name(i, word[i], word2[i], first[i], last[i], choice[i]) for i in range(total)]
        self.alt_word = _pick(names_rng, WORDS, total)  # for renames

        # contact details
        slugs = [_slug(self._bare(name)) for name in self.name]
        freelancer = self._is("freelancer")
        company = self._is("company")
        has_email = rng.random(total) >= np.where(freelancer, 0.15, np.where(company, 0.10, 0.05))
        has_site = rng.random(total) < np.where(freelancer, 0.45, np.where(company, 0.80, 0.92))
        tld = _pick(rng, TLDS, total)
        local = _pick(rng, ("info", "contact", "hello", "bonjour", "studio", "mail", "hallo"), total)
        provider = _pick(rng, EMAIL_PROVIDERS, total)
        own_domain = rng.random(total) < 0.35
        www = rng.random(total) < 0.7
        insecure = rng.random(total) < 0.05
        emails, sites = [], []
        for i in range(total):
            domain = f"{slugs[i]}.{tld[i]}"
            if freelancer[i] and not own_domain[i]:
                email = f"{_slug(first[i]).replace('-', '')}.{_slug(last[i]).replace('-', '')}@{provider[i]}"
            else:
                email = f"{local[i]}@{domain}"
            emails.append(email if has_email[i] else None)
            scheme = "http" if insecure[i] else "https"
            sites.append(f"{scheme}://{'www.' if www[i] else ''}{domain}" if has_site[i] else None)
        self.slug, self.tld = slugs, tld
        self.email, self.website = emails, sites

        mobile = rng.random(total) < np.where(freelancer, 0.85, 0.2)
        has_phone = rng.random(total) < np.where(freelancer, 0.6, 0.8)
        digits = rng.integers(0, 10, size=(total, 8))
        phones = []
        for i in range(total):
            d = "".join(map(str, digits[i].tolist()))
            if not has_phone[i]:
                phones.append(None)
            elif mobile[i]:
                phones.append(f"+32 4{7 + int(d[0]) % 3}{d[1]} {d[2:4]} {d[4:6]} {d[6:8]}")
            else:
                phones.append(f"+32 2 {5 + int(d[0]) % 3}{d[1:3]} {d[3:5]} {d[5:7]}")
        self.phone = phones

        number = (rng.exponential(45, total) + 1).astype(int)
        letter = rng.random(total) < 0.06
        dutch = rng.random(total) < 0.25
        street_pick = rng.random(total)
        addresses = []
        for i in range(total):
            streets = STREETS[self.postcode[i]]
            fr, nl = streets[int(street_pick[i] * len(streets))]
            addresses.append(f"{nl if dutch[i] else fr} {number[i]}{'A' if letter[i] else ''}")
        self.address = addresses

        # descriptions: "<type> · <sectors>" in one of the three languages
        language = rng.choice(3, size=total, p=[0.3, 0.45, 0.25])
        with_description = rng.random(total) < 0.7
        descriptions = []
        for i in range(total):
            if not with_description[i]:
                descriptions.append(None)
                continue
            lang = taxonomy.LANGUAGES[language[i]]
            sectors = self.sector_order[i, : self.sector_count[i]]
            text = (
                taxonomy.ENTITY_TYPES[self.type[i]].label(lang)
                + " · "
                + ", ".join(taxonomy.SECTORS[s].label(lang) for s in sectors.tolist())
            )
            descriptions.append(text)
        self.description = descriptions

        # visibility, status and verification when entered
        self.visibility = np.where(rng.random(total) < np.where(freelancer, 0.7, 0.05), "private", "public").tolist()
        self.status = np.where(rng.random(total) < 0.03, "inactive", "active").tolist()
        verification = np.full(total, "unverified", dtype=object)
        web = self.mode == 4
        desk = self.mode == 3
        verification[web] = "claimed"
        verification[desk & (rng.random(total) < 0.4)] = "verified"
        self.verification = verification
        self.curator = _pick(rng, CURATORS, total)
        self.desk_source = _pick(rng, DESK_SOURCES, total)
        self.attract = rng.lognormal(0.0, 1.0, total)

    def _bare(self, name: str) -> str:
        for form in (" SRL", " BV", " SA", " SC", " ASBL", " vzw"):
            if name.endswith(form):
                return name[: -len(form)]
        return name

    def _name(self, i: int, word: str, word2: str, first: str, last: str, u: np.ndarray) -> str:
        code = self.type_code[i]
        sector = SECTOR_CODES[self.primary[i]]
        if code == "freelancer":
            if u[0] < 0.55:
                return f"{first} {last}"
            if u[0] < 0.85:
                trades = TRADES[sector]
                return f"{first} {last} – {trades[int(u[1] * len(trades))]}"
            return f"{'Studio' if u[1] < 0.5 else 'Atelier'} {first} {last}"
        if code == "company":
            patterns = COMPANY_PATTERNS[sector]
        elif code == "cluster":
            patterns = TYPE_PATTERNS["cluster"]
            label = taxonomy.SECTORS[self.primary[i]]
            lang = ("en", "fr", "nl")[int(u[2] * 3)]
            return patterns[int(u[1] * len(patterns))].format(sector=label.label(lang).split(" (")[0])
        else:
            patterns = TYPE_PATTERNS[code]
        name = patterns[int(u[1] * len(patterns))]
        if u[2] < 0.2 and word2 != word:
            word = f"{word} {word2}" if u[3] < 0.5 else f"{word} & {word2}"
        name = name.format(w=word)
        if code == "company":
            name += LEGAL_FORMS[int(u[3] * len(LEGAL_FORMS))]
        return name

    # -- relationships ---------------------------------------------------------------------------------------------
    def _choose_near(self, sources: np.ndarray, targets: np.ndarray, k: int, scale: float) -> np.ndarray:
        """For each source, a target among its k nearest, weighted by attractiveness and distance decay."""
        rng = self.rng_rel
        if targets.size == 0 or sources.size == 0:
            return np.full(sources.size, -1)
        k = min(k, targets.size)
        tree = cKDTree(np.column_stack([self.x[targets], self.y[targets]]))
        distance, index = tree.query(np.column_stack([self.x[sources], self.y[sources]]), k=k)
        distance = distance.reshape(sources.size, k)
        index = index.reshape(sources.size, k)
        keys = np.log(self.attract[targets][index]) - distance / scale + rng.gumbel(size=index.shape)
        return targets[index[np.arange(sources.size), np.argmax(keys, axis=1)]]

    def _choose_global(self, count: int, targets: np.ndarray) -> np.ndarray:
        if targets.size == 0 or count == 0:
            return np.full(count, -1)
        weights = self.attract[targets]
        return targets[self.rng_rel.choice(targets.size, size=count, p=weights / weights.sum())]

    def _relationships(self) -> None:
        rng = self.rng_rel
        total = self.total
        everyone = np.arange(total)
        froms: list[np.ndarray] = []
        tos: list[np.ndarray] = []
        kinds: list[np.ndarray] = []

        def add(source: np.ndarray, target: np.ndarray, kind: str) -> None:
            keep = (source >= 0) & (target >= 0) & (source != target)
            froms.append(source[keep])
            tos.append(target[keep])
            kinds.append(np.full(int(keep.sum()), RELATION_INDEX[kind]))

        makers = self._is("freelancer", "company", "collective")
        hubs = np.flatnonzero(self._is("hub"))
        # member_of hubs: nearby hubs, the popular ones more; some members join a second hub anywhere
        joiners = everyone[makers & (rng.random(total) < 0.3)]
        add(joiners, self._choose_near(joiners, hubs, 8, 1500.0), "member_of")
        second = joiners[rng.random(joiners.size) < 0.25]
        add(second, self._choose_global(second.size, hubs), "member_of")
        # member_of networks: by shared primary sector
        networks = np.flatnonzero(self._is("network"))
        candidates = everyone[(makers | self._is("cultural_venue", "school", "event")) & (rng.random(total) < 0.15)]
        self._by_sector(candidates, networks, "member_of", add)
        # part_of_cluster: clusters are sector clusters; members share the sector
        clusters = np.flatnonzero(self._is("cluster"))
        candidates = everyone[(makers | self._is("hub", "incubator", "research", "school")) & (rng.random(total) < 0.3)]
        self._by_sector(candidates, clusters, "part_of_cluster", add, secondary=0.3)
        # incubated_by: start-ups (young companies) in a nearby incubator
        incubators = np.flatnonzero(self._is("incubator"))
        young = self._is("company") & (self.founded >= END_YEAR - 6)
        startups = everyone[young & (rng.random(total) < 0.35)]
        add(startups, self._choose_near(startups, incubators, 6, 2500.0), "incubated_by")
        self.incubated = np.zeros(total, dtype=bool)
        self.incubated[startups] = True
        # spin_off_of: young companies out of research institutions or older companies
        research = np.flatnonzero(self._is("research"))
        spin = everyone[young & (rng.random(total) < 0.05)]
        from_research = rng.random(spin.size) < 0.6
        parents = np.where(
            from_research,
            self._choose_global(spin.size, research),
            self._choose_near(spin, np.flatnonzero(self._is("company") & (self.founded < END_YEAR - 8)), 12, 3000.0),
        )
        older = (parents >= 0) & (self.founded[np.maximum(parents, 0)] <= self.founded[spin])
        add(spin[older], parents[older], "spin_off_of")
        # hosted_by: tenants of coworkings, hubs, incubators, labs and some venues, nearby
        hosts = np.flatnonzero(self._is("coworking", "hub", "incubator", "fablab", "makerspace", "cultural_venue"))
        tenants = everyone[makers & (rng.random(total) < 0.12)]
        add(tenants, self._choose_near(tenants, hosts, 5, 800.0), "hosted_by")
        # supported_by: mentoring and support by public bodies, hubs, incubators, networks
        supporters = np.flatnonzero(self._is("public_body", "hub", "incubator", "network"))
        supported = everyone[(makers | self._is("event")) & (rng.random(total) < 0.06)]
        add(supported, self._choose_global(supported.size, supporters), "supported_by")
        # invested_in_by: funders invest in companies, incubated start-ups much more often
        funders = np.flatnonzero(self._is("funder"))
        p_invest = np.where(self.incubated, 0.3, np.where(young, 0.08, 0.02)) * self._is("company")
        invested = everyone[rng.random(total) < p_invest]
        add(invested, self._choose_global(invested.size, funders), "invested_in_by")
        # founded_by: intermediaries and events founded by public bodies, schools, research, collectives, companies
        founders_by_type = {
            "hub": ("public_body", "collective"),
            "cluster": ("public_body",),
            "living_lab": ("research", "public_body"),
            "fablab": ("school", "research", "collective"),
            "makerspace": ("collective", "company"),
            "coworking": ("company", "collective"),
            "incubator": ("public_body", "research", "funder"),
            "event": ("collective", "cultural_venue", "company"),
            "network": ("collective", "public_body"),
        }
        for code, founder_types in founders_by_type.items():
            founded = everyone[self._is(code) & (rng.random(total) < 0.5)]
            founders = np.flatnonzero(self._is(*founder_types))
            chosen = self._choose_global(founded.size, founders)
            ok = (chosen >= 0) & (self.founded[np.maximum(chosen, 0)] <= self.founded[founded])
            add(founded[ok], chosen[ok], "founded_by")
        # subsidiary_of: a few companies belong to medium or large ones
        size = np.array([s or "" for s in self.size])
        groups = np.flatnonzero(self._is("company") & np.isin(size, ["medium", "large"]))
        subsidiaries = everyone[self._is("company") & (rng.random(total) < 0.02)]
        add(subsidiaries, self._choose_global(subsidiaries.size, groups), "subsidiary_of")
        # collaborates_with (undirected): mostly neighbours sharing a sector, some across the city
        collaborators = everyone[~self._is("funder", "public_body")]
        degree = rng.poisson(0.45 * np.where(self._is("freelancer")[collaborators], 1.0, 1.6))
        source = np.repeat(collaborators, degree)
        near = rng.random(source.size) < 0.75
        partner = np.full(source.size, -1)
        if collaborators.size > 1:
            k = min(16, collaborators.size)
            tree = cKDTree(np.column_stack([self.x[collaborators], self.y[collaborators]]))
            _, index = tree.query(np.column_stack([self.x[source], self.y[source]]), k=k)
            index = np.asarray(index).reshape(source.size, k)
            candidates = collaborators[index]
            shared = (self.has_sector[candidates] & self.has_sector[source][:, None, :]).any(axis=2)
            itself = candidates == source[:, None]
            keys = np.where(shared, 1.5, 0.0) + rng.gumbel(size=candidates.shape) - itself * 1e9
            partner = np.where(
                near,
                candidates[np.arange(source.size), np.argmax(keys, axis=1)],
                collaborators[rng.integers(0, collaborators.size, source.size)],
            )
        low, high = np.minimum(source, partner), np.maximum(source, partner)
        add(low, high, "collaborates_with")

        source = np.concatenate(froms)
        target = np.concatenate(tos)
        kind = np.concatenate(kinds)
        key = (source.astype(np.int64) * total + target) * len(RELATION_CODES) + kind
        _, first = np.unique(key, return_index=True)
        first.sort()
        self.rel_from, self.rel_to, self.rel_kind = source[first], target[first], kind[first]

    def _by_sector(self, candidates, targets, kind: str, add, secondary: float = 0.0) -> None:
        """Each candidate joins a target whose primary sector is one of its own (primary first)."""
        rng = self.rng_rel
        if targets.size == 0 or candidates.size == 0:
            return
        sector = self.primary[candidates].copy()
        if secondary:
            switch = (rng.random(candidates.size) < secondary) & (self.sector_count[candidates] > 1)
            sector[switch] = self.sector_order[candidates[switch], 1]
        for s in np.unique(sector).tolist():
            pool = targets[self.primary[targets] == s]
            members = candidates[sector == s]
            if pool.size:
                add(members, self._choose_global(members.size, pool), kind)

    # -- two years of changes --------------------------------------------------------------------------------------
    def _history(self) -> None:
        rng = self.rng_hist
        total = self.total
        n_rel = self.rel_from.size
        day = MS_DAY
        # Deletions: duplicates and stale entries, removed by a curator a few weeks to a year after creation.
        eligible = np.flatnonzero(
            self._is("freelancer", "company", "collective") & (self.created < END_MS - 120 * day)
        )
        deleted = rng.choice(eligible, size=min(self.delete_count, eligible.size), replace=False)
        self.delete_count = int(deleted.size)
        self.deleted_at = np.full(total, np.iinfo(np.int64).max)
        lo = self.created[deleted] + 14 * day
        hi = np.minimum(self.created[deleted] + 400 * day, END_MS - day)
        self.deleted_at[deleted] = _work_time(rng, lo, hi)
        self.deleted = deleted
        end = np.minimum(self.deleted_at, END_MS - 1)
        exposure = (end - self.created) / (END_MS - START_MS)

        updates: list[tuple[int, int, str, tuple]] = []  # (time, entity, sql, params without uuid)

        def when(members: np.ndarray, after: np.ndarray, before: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            t = _work_time(rng, after, before)
            ok = (t > after) & (t < before)
            return members[ok], t[ok]

        def draw(p: float, mask: np.ndarray | None = None) -> np.ndarray:
            chosen = rng.random(total) < p * exposure
            if mask is not None:
                chosen &= mask
            return np.flatnonzero(chosen)

        def iso(t: int) -> str:
            return _iso(np.array([t]))[0] + "Z"

        # renames (not for people)
        members, t = when(m := draw(0.06, ~self._is("freelancer")), self.created[m] + day, end[m])
        for i, ti in zip(members.tolist(), t.tolist(), strict=True):
            new = self._renamed(i)
            updates.append((ti, i, _SQL_NAME, (new, self.curator[i])))
        # new or first email address
        members, t = when(m := draw(0.08), self.created[m] + day, end[m])
        locals_ = _pick(rng, ("info", "hello", "contact", "team", "bonjour", "hallo"), members.size)
        for i, ti, local in zip(members.tolist(), t.tolist(), locals_, strict=True):
            email = f"{local}@{self.slug[i]}.{self.tld[i]}"
            if email == self.email[i]:
                email = f"{local}.{self.slug[i].split('-')[0]}@{self.slug[i]}.brussels"
            updates.append((ti, i, _SQL_EMAIL, (email, WEB_USER)))
        # new website
        members, t = when(m := draw(0.04), self.created[m] + day, end[m])
        for i, ti in zip(members.tolist(), t.tolist(), strict=True):
            site = f"https://www.{self.slug[i]}.brussels"
            updates.append((ti, i, _SQL_WEBSITE, (site, self.curator[i])))
        # status: active -> inactive (-> closed later), or straight to closed
        active = np.array([s == "active" for s in self.status]) & ~self._is("public_body")
        members, t = when(m := draw(0.07, active), self.created[m] + 30 * day, end[m])
        for i, ti in zip(members.tolist(), t.tolist(), strict=True):
            updates.append((ti, i, _SQL_STATUS, ("inactive", self.curator[i])))
        closing = rng.random(members.size) < 0.45
        members2, t2 = when(
            members[closing], t[closing] + 30 * day, np.minimum(t[closing] + 240 * day, end[members[closing]])
        )
        for i, ti in zip(members2.tolist(), t2.tolist(), strict=True):
            updates.append((ti, i, _SQL_STATUS, ("closed", self.curator[i])))
        already = np.zeros(total, dtype=bool)
        already[members] = True
        members, t = when(m := draw(0.025, active & ~already), self.created[m] + 30 * day, end[m])
        for i, ti in zip(members.tolist(), t.tolist(), strict=True):
            updates.append((ti, i, _SQL_STATUS, ("closed", self.curator[i])))
        # verification: claims through the web form, then a curator's verification
        unverified = self.verification == "unverified"
        members, t = when(m := draw(0.25, unverified), self.created[m] + day, end[m])
        claimed_at = np.full(total, -1, dtype=np.int64)
        for i, ti in zip(members.tolist(), t.tolist(), strict=True):
            updates.append((ti, i, _SQL_CLAIM, (self._claimant(i), WEB_USER)))
        claimed_at[members] = t
        initially_claimed = np.flatnonzero(self.verification == "claimed")
        claimed_at[initially_claimed] = self.created[initially_claimed]
        claimants = np.flatnonzero(claimed_at >= 0)
        verify = claimants[rng.random(claimants.size) < 0.55]
        after = claimed_at[verify] + 2 * day
        members, t = when(verify, after, np.minimum(after + 90 * day, end[verify]))
        for i, ti in zip(members.tolist(), t.tolist(), strict=True):
            stamp = iso(ti)
            updates.append((ti, i, _SQL_VERIFY, (self.curator[i], stamp, stamp[:10], self.curator[i])))
        # periodic reviews by curators
        members, t = when(m := draw(0.15), self.created[m] + 60 * day, end[m])
        for i, ti in zip(members.tolist(), t.tolist(), strict=True):
            updates.append((ti, i, _SQL_REVIEW, (iso(ti)[:10], self.curator[i])))
        self.updates = updates

        # relationships: recorded after both ends exist, before either is deleted
        created = np.maximum(self.created[self.rel_from], self.created[self.rel_to])
        delay = (rng.exponential(20, n_rel) * day).astype(np.int64) + 60_000
        rel_time = _work_time(rng, created + delay, created + delay + 3 * day)
        alive = rel_time < np.minimum(self.deleted_at[self.rel_from], self.deleted_at[self.rel_to])
        alive &= rel_time < END_MS
        self.rel_from, self.rel_to, self.rel_kind = self.rel_from[alive], self.rel_to[alive], self.rel_kind[alive]
        rel_time = rel_time[alive]
        n_rel = rel_time.size
        self.rel_time = rel_time
        # since: the real-world start, between the founding of the younger end and the recording
        founded = np.maximum(self.founded[self.rel_from], self.founded[self.rel_to])
        lo = (np.array([f"{y:04d}-01-01" for y in founded.tolist()], dtype="datetime64[D]")).astype(np.int64)
        hi = (rel_time // day).astype(np.int64)
        lo = np.minimum(lo, hi)
        since = lo + (rng.random(n_rel) * (hi - lo)).astype(np.int64)
        own = np.isin(self.rel_kind, [RELATION_INDEX["founded_by"], RELATION_INDEX["spin_off_of"]])
        own_lo = np.array([f"{y:04d}-01-01" for y in self.founded[self.rel_from].tolist()], dtype="datetime64[D]")
        own_lo = np.minimum(own_lo.astype(np.int64), hi)
        since[own] = np.minimum(own_lo[own] + rng.integers(0, 365, int(own.sum())), hi[own])
        until = np.full(n_rel, -1, dtype=np.int64)
        incubation = self.rel_kind == RELATION_INDEX["incubated_by"]
        length = rng.integers(300, 900, n_rel)
        finished = incubation & (since + length < hi)
        until[finished] = since[finished] + length[finished]
        self.since = np.datetime_as_string(since.astype("datetime64[D]")).tolist()
        self.until = [
            None if u < 0 else s
            for u, s in zip(
                until.tolist(),
                np.datetime_as_string(np.maximum(until, 0).astype("datetime64[D]")).tolist(),
                strict=True,
            )
        ]
        self.rel_curator = _pick(rng, CURATORS, n_rel)
        note_pick = rng.random(n_rel)
        self.rel_note = [
            ("confirmed by both parties" if u < 0.05 else "from the partner’s member list" if u < 0.1 else None)
            for u in note_pick.tolist()
        ]
        # some memberships, tenancies and collaborations end during the two years
        endable = np.isin(
            self.rel_kind,
            [RELATION_INDEX[c] for c in ("member_of", "hosted_by", "collaborates_with", "supported_by")],
        )
        ending = np.flatnonzero(endable & (rng.random(n_rel) < 0.05))
        stop = np.minimum(self.deleted_at[self.rel_from[ending]], self.deleted_at[self.rel_to[ending]])
        stop = np.minimum(stop, END_MS - 1)
        t = _work_time(rng, rel_time[ending] + 30 * day, stop)
        ok = (t > rel_time[ending] + 30 * day) & (t < stop)
        self.rel_updates = [(int(ti), int(r)) for r, ti in zip(ending[ok].tolist(), t[ok].tolist(), strict=True)]
        self.update_count = len(self.updates) + len(self.rel_updates)

    def _claimant(self, i: int) -> str:
        """Who claims an entry: its e-mail address, or a person's address at a mail provider."""
        first, last = _slug(self.first[i]).replace("-", ""), _slug(self.last[i]).replace("-", "")
        return self.email[i] or f"{first}.{last}@{EMAIL_PROVIDERS[0]}"

    def _renamed(self, i: int) -> str:
        code = self.type_code[i]
        word = self.alt_word[i]
        old = self.name[i]
        bare = self._bare(old)
        if code == "company":
            if bare != old:
                return bare  # drops the legal form
            return f"{old} SRL" if len(old) % 2 else f"{word} {old.split(' ')[-1]}"
        if code == "collective":
            return f"Collectif {word}" if not old.startswith("Collectif") else f"{word} ASBL"
        return f"{old} – {word}" if len(old) < 40 else word

    # -- the timeline ----------------------------------------------------------------------------------------------
    def _events(self) -> None:
        """Sort every write by time: (time, kind, index); kinds: 0 entity, 1 relationship, 2-3 updates, 4 delete."""
        times = [self.created, self.rel_time,
                 np.array([u[0] for u in self.updates], dtype=np.int64),
                 np.array([u[0] for u in self.rel_updates], dtype=np.int64),
                 self.deleted_at[self.deleted]]  # fmt: skip
        kinds = [np.full(t.size, k, dtype=np.int64) for k, t in enumerate(times)]
        indexes = [np.arange(t.size, dtype=np.int64) for t in times]
        time = np.concatenate(times)
        kind = np.concatenate(kinds)
        index = np.concatenate(indexes)
        order = np.lexsort((index, kind, time))
        self.event_time = time[order]
        self.event_kind = kind[order]
        self.event_index = index[order]
        self.event_iso = _iso(self.event_time)

    # -- writing ---------------------------------------------------------------------------------------------------
    def write(self, store: EcosystemStore, clock: SimulatedClock, progress, check_cancel) -> None:
        connection = store.connection
        uuids = _uuids(self.rng_ids, self.total)
        rel_uuids = _uuids(self.rng_ids, self.rel_from.size)
        created_iso = _iso(self.created)
        rel_iso = _iso(self.rel_time)
        sources = [source for _when, source, _share in IMPORTS]
        step = max(1, self.event_time.size // 200)
        for position, (kind, index, now) in enumerate(
            zip(self.event_kind.tolist(), self.event_index.tolist(), self.event_iso.tolist(), strict=True)
        ):
            if position % step == 0:
                check_cancel()
                progress(position / self.event_time.size)
            clock.iso = now
            if kind == 0:
                i = index
                mode = int(self.mode[i])
                if mode < len(IMPORTS):
                    created_by, source = "import", sources[mode]
                elif mode == 3:
                    created_by, source = self.curator[i], self.desk_source[i]
                else:
                    created_by, source = WEB_USER, WEB_SOURCE
                verification = self.verification[i]
                values = {
                    "uuid": uuids[i],
                    "name": self.name[i],
                    "entity_type": self.type_code[i],
                    "description": self.description[i],
                    "address": self.address[i],
                    "postcode": self.postcode[i],
                    "municipality": self.municipality[i],
                    "website": self.website[i],
                    "email": self.email[i],
                    "phone": self.phone[i],
                    "founded_year": int(self.founded[i]) if self.founded_known[i] else None,
                    "size_class": self.size[i],
                    "status": self.status[i],
                    "visibility": self.visibility[i],
                    "verification": verification,
                    "claimed_by": self._claimant(i) if verification == "claimed" else None,
                    "verified_by": self.curator[i] if verification == "verified" else None,
                    "verified_at": now + "Z" if verification == "verified" else None,
                    "last_reviewed": now[:10] if verification == "verified" else None,
                    "source": source,
                    "created_at": created_iso[i] + "Z",
                    "created_by": created_by,
                }
                store.add_entity(float(self.x[i]), float(self.y[i]), **values)
                sectors = [SECTOR_CODES[s] for s in self.sector_order[i, : self.sector_count[i]].tolist()]
                store.set_links("entity_sectors", uuids[i], sectors, primary=sectors[0])
                services = [SERVICE_CODES[s] for s in np.flatnonzero(self.services[i]).tolist()]
                if services:
                    store.set_links("entity_services", uuids[i], services)
                audiences = [AUDIENCE_CODES[a] for a in np.flatnonzero(self.audiences[i]).tolist()]
                if audiences:
                    store.set_links("entity_audiences", uuids[i], audiences)
            elif kind == 1:
                r = index
                store.add_relationship(
                    uuids[self.rel_from[r]],
                    uuids[self.rel_to[r]],
                    RELATION_CODES[self.rel_kind[r]],
                    uuid=rel_uuids[r],
                    since=self.since[r],
                    until=self.until[r],
                    note=self.rel_note[r],
                    created_at=rel_iso[r] + "Z",
                    created_by=self.rel_curator[r],
                )
            elif kind == 2:
                _time, i, sql, params = self.updates[index]
                self._execute(connection, sql, (*params, now + "Z", uuids[i]))
            elif kind == 3:
                _time, r = self.rel_updates[index]
                self._execute(
                    connection,
                    "UPDATE relationships SET until = ?, updated_by = ?, updated_at = ? WHERE uuid = ?",
                    (now[:10], self.rel_curator[r], now + "Z", rel_uuids[r]),
                )
            else:
                i = int(self.deleted[index])
                # Name the curator first (updated_by/updated_at are not tracked: no history row), then delete.
                self._execute(
                    connection,
                    "UPDATE entities SET updated_by = ?, updated_at = ? WHERE uuid = ?",
                    (self.curator[i], now + "Z", uuids[i]),
                )
                self._execute(connection, "DELETE FROM entities WHERE uuid = ?", (uuids[i],))
        check_cancel()
        progress(1.0)

    @staticmethod
    def _execute(connection: sqlite3.Connection, sql: str, params: Sequence) -> None:
        try:
            connection.execute(sql, params)
        except sqlite3.DatabaseError as error:
            raise ValidationError(tr_noop("sample history: {error}"), error=str(error)) from error
