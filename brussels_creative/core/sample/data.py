"""The sample ecosystem's data tables: periods, vocabularies, type and sector mixes, the creative centres of Brussels,
name parts, streets, and the probabilities the generator draws from. Plain constants.

The long tables (mixes, centres, word lists, streets, probabilities) are in ``data.json`` beside this file, read once
on import: its arrays come back as tuples, its objects as dicts in file order, and the centres as ``Centre`` values."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..store import taxonomy

PERIOD_START = dt.datetime(2024, 10, 1, tzinfo=dt.UTC)
PERIOD_END = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
MS_DAY = 86_400_000
MS_HOUR = 3_600_000
START_MS = int(PERIOD_START.timestamp() * 1000)
END_MS = int(PERIOD_END.timestamp() * 1000)
END_YEAR = PERIOD_END.year

# ---- vocabularies used by the generator ------------------------------------------------------------------------
SECTOR_CODES = tuple(s.code for s in taxonomy.SECTORS)
SERVICE_CODES = tuple(s.code for s in taxonomy.SERVICES)
AUDIENCE_CODES = tuple(a.code for a in taxonomy.AUDIENCES)
TYPE_CODES = tuple(t.code for t in taxonomy.ENTITY_TYPES)
SECTOR_INDEX = {code: i for i, code in enumerate(SECTOR_CODES)}
TYPE_INDEX = {code: i for i, code in enumerate(TYPE_CODES)}


def _frozen(value):
    """A JSON value with its arrays turned into tuples, all the way down (the tables are constants)."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value


_TABLES = _frozen(json.loads(Path(__file__).with_name("data.json").read_text(encoding="utf-8")))

# Share of each entity type (normalised; freelancers take the rounding remainder).
TYPE_SHARES = _TABLES["TYPE_SHARES"]
# Types every sample of a reasonable size holds at least once (the relationships need them).
ESSENTIAL_TYPES = ("hub", "cluster", "incubator", "funder", "coworking", "network", "research", "public_body")
INTERMEDIARIES = ("hub", "cluster", "network", "fablab", "makerspace", "living_lab", "coworking", "incubator")

# Base share of each sector among the creative entities of the region.
SECTOR_BASE = _TABLES["SECTOR_BASE"]
# Sector multipliers by entity type.
TYPE_SECTOR_BIAS = _TABLES["TYPE_SECTOR_BIAS"]


@dataclass(frozen=True)
class Centre:
    """A creative centre: an anisotropic Gaussian cluster of entities (EPSG:31370 metres, angle from east)."""

    name: str
    x: float
    y: float
    sigma_major: float
    sigma_minor: float
    angle_deg: float
    weight: float
    sectors: dict[str, float]


# Coordinates from OpenStreetMap positions projected to EPSG:31370; each lies inside the region (checked on use). The
# last one, the inner city (first crown), is the dense 19th-century belt around the Pentagon: a broad, light cluster.
CENTRES: tuple[Centre, ...] = tuple(Centre(**centre) for centre in _TABLES["CENTRES"])
PERIPHERY_WEIGHT = 0.06
# Multipliers of the centres' weights (and of the periphery's) by entity type.
TYPE_CENTRE_BIAS = _TABLES["TYPE_CENTRE_BIAS"]
INTERMEDIARY_PERIPHERY = 0.3  # intermediaries sit in the centres more than other types
INTERMEDIARY_SPREAD = 0.7  # ...and closer to their core

# Postcodes of the City of Brussels (21004) by area: the Pentagon and the south and east parts are 1000.
BRUSSELS_SPLIT_Y = 173_700
BRUSSELS_NORTH = _TABLES["BRUSSELS_NORTH"]

# ---- word lists ---------------------------------------------------------------------------------------------------
WORDS = _TABLES["WORDS"]
FIRST_NAMES = _TABLES["FIRST_NAMES"]
LAST_NAMES = _TABLES["LAST_NAMES"]
# Sector-specific company name patterns ({w}: a word) and freelancer trades.
COMPANY_PATTERNS = _TABLES["COMPANY_PATTERNS"]
TRADES = _TABLES["TRADES"]
TYPE_PATTERNS = _TABLES["TYPE_PATTERNS"]
LEGAL_FORMS = _TABLES["LEGAL_FORMS"]

# Streets by postcode: (French name, Dutch name).
STREETS = _TABLES["STREETS"]

CURATORS = ("amelie.dubois", "jan.peeters", "sara.el-amrani", "tom.janssens", "ines.lefevre")
IMPORTS = (
    # (date and time of the import, source, share of entities, type multipliers)
    (dt.datetime(2024, 10, 8, 9, 30, tzinfo=dt.UTC), "hub.brussels creative directory (import 2024-10)", 0.30),
    (dt.datetime(2024, 11, 19, 14, 0, tzinfo=dt.UTC), "Partner spreadsheet: screen.brussels & MAD", 0.10),
    (dt.datetime(2025, 3, 11, 10, 15, tzinfo=dt.UTC), "KBO/BCE extract (CCI NACE codes)", 0.08),
)
DESK_SOURCES = ("desk research", "field survey 2025", "partner event", "press review", "desk research")
WEB_SOURCE = "self-registration (web form)"
WEB_USER = "web form"
EMAIL_PROVIDERS = ("gmail.com", "outlook.com", "skynet.be", "proximus.be", "hotmail.com", "protonmail.com")
TLDS = ("be", "be", "be", "be", "brussels", "brussels", "com", "com", "eu", "net")

# Services and audiences: probability that an entity of a type offers/caters for each one.
SERVICE_P = _TABLES["SERVICE_P"]
AUDIENCE_P = _TABLES["AUDIENCE_P"]
# Share of entities of a type that list services/audiences at all (1 for the intermediaries).
OFFER_GATE = _TABLES["OFFER_GATE"]

# Size classes by type (solo, micro, small, medium, large).
SIZE_P = _TABLES["SIZE_P"]
SIZE_CODES = ("solo", "micro", "small", "medium", "large")
# Founding: (mean age in years, oldest age).
AGE = _TABLES["AGE"]

# Relation type codes as stored.
RELATION_CODES = tuple(r.code for r in taxonomy.RELATION_TYPES)
RELATION_INDEX = {code: i for i, code in enumerate(RELATION_CODES)}
