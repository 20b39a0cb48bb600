"""The ecosystem file's value rules in Python: the same shapes the GeoPackage's CHECK constraints enforce (postcode,
website, e-mail, founded year), so a row can be refused with a clear reason before it reaches the file, plus the
softer checks the quality report applies (phone numbers, postcode against municipality).

Each ``*_ok`` function answers exactly as the constraint of the same name in ``core/store/schema.py`` would.
"""

from __future__ import annotations

import datetime as dt
import re

from ..store import taxonomy

# GLOB '1[0-2][0-9][0-9]'
_POSTCODE = re.compile(r"1[0-2][0-9]{2}\Z")
# GLOB 'http://?*.?*' OR 'https://?*.?*', no space
_WEBSITE = re.compile(r"https?://.+\..+\Z", re.DOTALL)
# GLOB '?*@?*.?*', none of " ,;<>", a single @
_EMAIL = re.compile(r".+@.+\..+\Z", re.DOTALL)
_EMAIL_FORBIDDEN = re.compile(r"[ ,;<>]")
# A Belgian number once spaces, dots, slashes, hyphens and brackets are removed: +32 or 0032 or 0, then 8 or 9 digits.
_PHONE_SEPARATORS = re.compile(r"[\s./()\-]")
_PHONE_BE = re.compile(r"(?:\+32|0032|0)[1-9][0-9]{7,8}\Z")
_PHONE_FOREIGN = re.compile(r"(?:\+|00)[1-9][0-9]{6,14}\Z")


def postcode_ok(value: str | None) -> bool:
    """True when the postcode is empty or a Brussels-shaped one (1000–1299), as bc_postcode_shape requires."""
    return not value or bool(_POSTCODE.match(value))


def website_ok(value: str | None) -> bool:
    """True when the website is empty or http(s)://host.tld without spaces, as bc_website_shape requires."""
    return not value or (bool(_WEBSITE.match(value)) and " " not in value)


def email_ok(value: str | None) -> bool:
    """True when the e-mail is empty or shaped name@host.tld with one @, as bc_email_shape requires."""
    return not value or (bool(_EMAIL.match(value)) and not _EMAIL_FORBIDDEN.search(value) and value.count("@") == 1)


def founded_year_ok(value: int | None, today: dt.date | None = None) -> bool:
    """True when the year is empty or between 1800 and next year (bc_founded_year_range)."""
    if value is None:
        return True
    year = (today or dt.date.today()).year
    return 1800 <= value <= min(2100, year + 1)


def phone_ok(value: str | None) -> bool:
    """True when the phone is empty, a Belgian number (+32 / 0032 / 0 then 8–9 digits) or an international one."""
    if not value:
        return True
    digits = _PHONE_SEPARATORS.sub("", value)
    return bool(_PHONE_BE.match(digits) or _PHONE_FOREIGN.match(digits))


def normalize_website(value: str | None) -> str | None:
    """Return the website with https:// added when a bare host was written ("www.x.be" → "https://www.x.be")."""
    if not value:
        return value
    text = value.strip()
    if text and not re.match(r"[a-zA-Z][a-zA-Z0-9+.\-]*://", text) and "@" not in text and " " not in text:
        return "https://" + text
    return text


def normalize_postcode(value) -> str | None:
    """Return a postcode as four digits where a person wrote "B-1050", "1050.0" or 1050; anything else unchanged."""
    if value is None:
        return None
    text = str(value).strip()
    match = re.fullmatch(r"(?:B\s*-?\s*)?(\d{4})(?:\.0+)?", text, flags=re.IGNORECASE)
    return match.group(1) if match else text


def postcode_matches_municipality(postcode: str | None, nis_code: str | None) -> bool:
    """True unless both are given and the postcode belongs to another Brussels municipality.

    A postcode shared along a border (1050 for the Avenue Louise strip of the City of Brussels) is accepted for
    both municipalities it serves."""
    if not postcode or not nis_code:
        return True
    owner = taxonomy.municipality_for_postcode(postcode)
    if owner is None:
        return True
    return owner.nis == nis_code or (postcode, nis_code) in SHARED_POSTCODES


# Postcodes that also serve part of a neighbouring municipality (the taxonomy gives each postcode one owner).
SHARED_POSTCODES = frozenset({("1050", "21004")})
