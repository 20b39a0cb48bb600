"""Offline geocoding of Brussels addresses against the address reference of an ecosystem GeoPackage.

    reference = AddressReference.from_gpkg(path)           # reads address_points and streets once
    result = Geocoder(reference).geocode(free_text=["Av. Louise 54 bte 3, 1050 Ixelles", ...])
    result.x, result.y, result.match_type, result.reason ...  # one entry per input row

How a row is matched, in order, never guessing silently (every assumption goes to `reason`):
1. the street: its key (case, accents, apostrophes, hyphens, spaces ignored; FR/NL abbreviations expanded; each
   half of a bilingual "Rue X - Xstraat") looked up exactly in the postcode, then by its core name (without "rue",
   "avenue", "-straat"...) when that is unique in the postcode, then exactly in the municipality's and the
   neighbouring postcodes, then by fuzzy matching within the postcode, then within the neighbouring postcodes,
   then exactly anywhere when the name is unique in the region, then fuzzily anywhere with a high threshold;
   two different streets that fit equally well give no match ("ambiguous");
2. the number: exact (with its box, else without it; "5A" falls back to "5", saying so); else interpolated between
   the nearest lower and higher numbers on the same side (same parity) of the street; else the street's middle;
3. no street: the postcode's centre when a postcode (or a one-postcode municipality) is known; else none.

match_score (0–1) = how well the street name matched (1 exact, 0.95 core name, the fuzzy ratio, × 0.97 outside
the given postcode) × the position's certainty (exact 1, interpolated 0.9, street 0.7, postcode 0.4).
Coordinates are EPSG:31370 metres; NaN when none.
"""

from __future__ import annotations

import difflib
import math
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import Message, ValidationError, tr_noop
from ..store import gpkg, taxonomy
from .address_reference import POINTS_TABLE, STREETS_TABLE, ReferenceRows, _street_middles
from .addresses import (
    HouseNumber,
    core_keys,
    find_municipality,
    municipality_key,
    parse_address,
    parse_house_number,
    street_keys,
)

try:  # a compiled fuzzy matcher when available; difflib (same results, slower) otherwise
    from rapidfuzz import fuzz as _rf_fuzz
    from rapidfuzz import process as _rf_process
except ImportError:  # pragma: no cover - exercised by the fallback test through FUZZY_BACKEND
    _rf_fuzz = _rf_process = None

MATCH_TYPES = ("exact", "interpolated", "street", "postcode", "none")
POSITION_FACTOR = {"exact": 1.0, "interpolated": 0.9, "street": 0.7, "postcode": 0.4, "none": 0.0}
FUZZY_CUTOFF = 85.0  # ratio (0–100) of the spaceless keys a typo may reach
FUZZY_CUTOFF_SHORT = 88.0  # for keys under 10 characters (one transposition in 9 characters scores 88.9)
FUZZY_CUTOFF_ANYWHERE = 92.0
EXTRAPOLATE_NUMBERS = 10  # a number at most this far beyond the street's last one is placed at that last one
NEIGHBOURS_BY_DISTANCE = 4
# the reasons a row is placed or not, as the geocoder says them (English templates, translated where shown)
NO_STREET = tr_noop("no street")
AMBIGUOUS_STREETS = tr_noop("ambiguous: {label} names different streets in {places}")
AMBIGUOUS_SPELLING = tr_noop("ambiguous: {key} is as close to {best} as to {rival}")
AMBIGUOUS = (AMBIGUOUS_STREETS, AMBIGUOUS_SPELLING)
DIFFERS = (tr_noop("street type or language differs from {label}"),
           tr_noop("street type or language differs from {label} (in {found})"))
CORRECTED = (tr_noop("spelling corrected from {label}"), tr_noop("spelling corrected from {label} (in {found})"))
_MUNICIPALITIES = {m.nis: m for m in taxonomy.MUNICIPALITIES}


@dataclass
class GeocodeResult:
    """Per input row: coordinates (EPSG:31370, NaN when none), match type and score, the matched address in
    French and Dutch, postcode, municipality NIS code and the reason (why not matched, or what was assumed)."""

    x: np.ndarray
    y: np.ndarray
    match_type: list[str]
    match_score: np.ndarray
    address_fr: list[str | None]
    address_nl: list[str | None]
    postcode: list[str | None]
    nis_code: list[str | None]
    reason: list[Message | None]

    def __len__(self) -> int:
        return len(self.match_type)


@dataclass
class AddressReference:
    """The address points (x, y, street index, house number, box) and their streets, as arrays."""

    x: np.ndarray
    y: np.ndarray
    street: np.ndarray
    house_number: list[str]
    box_number: list[str | None]
    # per street: street_id, postcode, nis_code, street_fr, street_nl, street_de, postname_fr, postname_nl
    streets: list[tuple]
    street_x: np.ndarray
    street_y: np.ndarray

    @classmethod
    def from_gpkg(cls, path: str | Path) -> AddressReference:
        """Read the reference of an ecosystem GeoPackage (see load_address_reference) in one pass."""
        connection = gpkg.connect_read_only(path)
        try:
            try:
                streets_rows = connection.execute(
                    f'SELECT fid, street_id, postcode, nis_code, street_fr, street_nl, street_de, postname_fr, '
                    f'postname_nl, x, y FROM "{STREETS_TABLE}" ORDER BY fid'
                ).fetchall()
                points = connection.execute(
                    f'SELECT street_fid, house_number, box_number, geom FROM "{POINTS_TABLE}" ORDER BY fid'
                ).fetchall()
            except sqlite3.OperationalError as error:
                raise ValidationError(
                    tr_noop("{name} holds no address reference: run 'Load address reference' first ({error})"),
                    name=Path(path).name, error=str(error)) from error
        finally:
            connection.close()
        position = {row[0]: i for i, row in enumerate(streets_rows)}
        if not points:
            raise ValidationError(tr_noop("{name}: the address reference is empty"), name=Path(path).name)
        street_fid, numbers, boxes, blobs = zip(*points, strict=True)
        x, y = _decode_points(blobs)
        street = np.fromiter((position[fid] for fid in street_fid), dtype=np.int64, count=len(points))
        keep = ~(np.isnan(x) | np.isnan(y))
        if not keep.all():
            index = np.flatnonzero(keep).tolist()
            numbers = [numbers[i] for i in index]
            boxes = [boxes[i] for i in index]
            x, y, street = x[keep], y[keep], street[keep]
        return cls(
            x, y, street, list(numbers), list(boxes), [tuple(row[1:9]) for row in streets_rows],
            np.array([np.nan if row[9] is None else row[9] for row in streets_rows], dtype=float),
            np.array([np.nan if row[10] is None else row[10] for row in streets_rows], dtype=float),
        )

    @classmethod
    def from_rows(cls, rows: ReferenceRows) -> AddressReference:
        """A reference straight from rows read from a source (no GeoPackage)."""
        middle_x, middle_y, _ = _street_middles(rows)
        return cls(np.asarray(rows.x, dtype=float), np.asarray(rows.y, dtype=float),
                   np.asarray(rows.street, dtype=np.int64), list(rows.house_number), list(rows.box_number),
                   [tuple(s) for s in rows.streets], middle_x, middle_y)


def _decode_points(blobs: Sequence[bytes | None]) -> tuple[np.ndarray, np.ndarray]:
    """x, y of GeoPackage point blobs; the plugin's own 29-byte blobs in one numpy pass."""
    n = len(blobs)
    if all(blob is not None and len(blob) == 29 and blob[3] == 0x01 for blob in blobs):
        raw = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(n, 29)
        xy = raw[:, 13:29].copy().view("<f8").reshape(n, 2)
        return xy[:, 0].astype(float), xy[:, 1].astype(float)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    for i, blob in enumerate(blobs):
        point = gpkg.blob_point_xy(blob)
        if point is not None:
            x[i], y[i] = point
    return x, y


def _clean_postcode(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        value = int(value)
    text = re.sub(r"^\s*b\s*-?\s*", "", str(value).strip().lower())
    if text.endswith(".0"):
        text = text[:-2]
    return text or None


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


@dataclass
class _Street:
    """A street resolution cached per (street text, postcode, municipality): candidate streets, score, notes."""

    candidates: tuple[int, ...]
    score: float
    note: Message | None
    ambiguous: Message | None = None  # several different streets fit: only a house number found in one decides


class Geocoder:
    """Matches addresses against an AddressReference; build once, call geocode() on columns of any length."""

    def __init__(self, reference: AddressReference) -> None:
        self.reference = reference
        streets = reference.streets
        self._postcode = [s[1] for s in streets]
        self._by_key: dict[tuple[str | None, str], list[int]] = {}
        self._by_core: dict[tuple[str | None, str], list[int]] = {}
        self._any_key: dict[str, list[int]] = {}
        self._fuzzy: dict[str | None, tuple[list[str], list[int]]] = {}
        all_keys: dict[str, list[int]] = {}
        for s, values in enumerate(streets):
            postcode = values[1]
            for name in values[3:6]:
                if not name:
                    continue
                for key in street_keys(name):
                    _append_unique(self._by_key, (postcode, key), s)
                    _append_unique(self._any_key, key, s)
                    _append_unique(all_keys, key, s)
                    keys, owners = self._fuzzy.setdefault(postcode, ([], []))
                    keys.append(key)
                    owners.append(s)
                for key in core_keys(name):
                    _append_unique(self._by_core, (postcode, key), s)
        self._all_fuzzy = (list(all_keys), [tuple(owners) for owners in all_keys.values()])
        self._fuzzy_scopes: dict[tuple[str, ...], tuple[list[str], list[tuple[int, ...]]]] = {}
        self.postcodes = frozenset(p for p in self._postcode if p)
        self._nis_postcodes: dict[str, set[str]] = {}
        self._extra_names: dict[str, tuple[str, str | None]] = {}
        names_postcodes: dict[str, set[tuple[str, str]]] = {}
        for values in streets:
            postcode, nis = values[1], values[2]
            if postcode and nis:
                self._nis_postcodes.setdefault(nis, set()).add(postcode)
                for name in values[6:8]:
                    if name:
                        names_postcodes.setdefault(municipality_key(name), set()).add((nis, postcode))
        for key, pairs in names_postcodes.items():
            nis_codes = {nis for nis, _ in pairs}
            if len(nis_codes) == 1:
                only = next(iter(pairs))[1] if len(pairs) == 1 else None
                self._extra_names[key] = (next(iter(nis_codes)), only)
        self._build_numbers()
        self._build_postcodes()
        self._cache: dict[tuple, _Street | None | str] = {}

    # ---- building ---------------------------------------------------------------------------------------------
    def _build_numbers(self) -> None:
        """Points sorted by street, side (parity), number: exact look-ups and interpolation by binary search."""
        reference = self.reference
        values: dict[str, int] = {}
        numeric = np.fromiter(
            (values[label] if label in values else values.setdefault(label, _leading_int(label))
             for label in reference.house_number), dtype=np.int64, count=len(reference.house_number))
        parity = numeric % 2
        order = np.lexsort((numeric, parity, reference.street))
        self._sorted_number = numeric[order]
        self._sorted_x = reference.x[order]
        self._sorted_y = reference.y[order]
        index = order.tolist()
        self._sorted_label = [reference.house_number[i] for i in index]
        self._sorted_box = [str(reference.box_number[i]).upper() if reference.box_number[i] else "" for i in index]
        group = reference.street[order] * 2 + parity[order]
        bounds = np.flatnonzero(np.diff(group)) + 1
        starts = np.concatenate(([0], bounds))
        ends = np.concatenate((bounds, [len(group)]))
        self._runs = {int(g): (int(a), int(b)) for g, a, b in zip(group[starts].tolist(), starts.tolist(),
                                                                     ends.tolist(), strict=True)}

    def _find_number(self, s: int, number: int, label: str, box: str) -> int | None:
        """Position (in sorted order) of the point with this label (and box when given), else None."""
        run = self._runs.get(s * 2 + number % 2)
        if run is None:
            return None
        start, end = run
        numbers = self._sorted_number[start:end]
        low = start + int(np.searchsorted(numbers, number, "left"))
        high = start + int(np.searchsorted(numbers, number, "right"))
        found = None
        for k in range(low, high):
            if self._sorted_label[k] == label:
                if self._sorted_box[k] == box:
                    return k
                if found is None:
                    found = k
        return None if box else found

    def _build_postcodes(self) -> None:
        reference = self.reference
        postcode_of_point = np.array([self._postcode[s] or "" for s in range(len(self._postcode))], dtype=object)[
            reference.street]
        self._centre: dict[str, tuple[float, float]] = {}
        for code in self.postcodes:
            mask = postcode_of_point == code
            px, py = reference.x[mask], reference.y[mask]
            if not len(px):
                continue
            i = int(np.argmin(np.hypot(px - px.mean(), py - py.mean())))
            self._centre[code] = (float(px[i]), float(py[i]))
        # neighbours: postcodes sharing a street (same id or same names), and the nearest postcode centres
        self._neighbours: dict[str, list[str]] = {code: [] for code in self.postcodes}
        by_identity: dict[tuple, set[str]] = {}
        for values in reference.streets:
            identity = (values[0],) if values[0] else (values[3], values[4])
            if values[1]:
                by_identity.setdefault(identity, set()).add(values[1])
        for codes in by_identity.values():
            for a in codes:
                for b in codes:
                    if a != b and b not in self._neighbours[a]:
                        self._neighbours[a].append(b)
        codes = sorted(self._centre)
        if codes:
            xy = np.array([self._centre[c] for c in codes])
            for i, code in enumerate(codes):
                distance = np.hypot(xy[:, 0] - xy[i, 0], xy[:, 1] - xy[i, 1])
                for j in np.argsort(distance)[1 : NEIGHBOURS_BY_DISTANCE + 1].tolist():
                    if codes[j] not in self._neighbours[code]:
                        self._neighbours[code].append(codes[j])

    # ---- public -----------------------------------------------------------------------------------------------
    def geocode(self, free_text: Sequence | None = None, street: Sequence | None = None,
                number: Sequence | None = None, postcode: Sequence | None = None,
                municipality: Sequence | None = None, progress: Callable[[float], None] | None = None,
                is_canceled: Callable[[], bool] | None = None) -> GeocodeResult:
        """Geocode columns (one entry per row): a free-text address, or street/number/postcode/municipality (the
        separate columns also complete or override what the free text says)."""
        columns = [c for c in (free_text, street, number, postcode, municipality) if c is not None]
        if not columns:
            raise ValidationError(tr_noop("geocode: give a free-text address column or a street column"))
        n = len(columns[0])
        if any(len(c) != n for c in columns):
            raise ValidationError(tr_noop("geocode: the address columns have different lengths"))
        x = np.full(n, np.nan)
        y = np.full(n, np.nan)
        score = np.zeros(n)
        match_type = ["none"] * n
        address_fr: list[str | None] = [None] * n
        address_nl: list[str | None] = [None] * n
        postcodes: list[str | None] = [None] * n
        nis: list[str | None] = [None] * n
        reason: list[Message | None] = [None] * n
        for i in range(n):
            if i % 500 == 0:
                if is_canceled is not None and is_canceled():
                    raise GeocodingCancelledError("geocoding cancelled")
                if progress is not None and n:
                    progress(100.0 * i / n)
            row = self._row(
                free_text[i] if free_text is not None else None, street[i] if street is not None else None,
                number[i] if number is not None else None, postcode[i] if postcode is not None else None,
                municipality[i] if municipality is not None else None,
            )
            (x[i], y[i], match_type[i], score[i], address_fr[i], address_nl[i], postcodes[i], nis[i],
             reason[i]) = row
        return GeocodeResult(x, y, match_type, score, address_fr, address_nl, postcodes, nis, reason)

    def geocode_one(self, text: str) -> tuple:
        """One free-text address: (x, y, match_type, score, address_fr, address_nl, postcode, nis, reason)."""
        return self._row(text, None, None, None, None)

    # ---- one row ----------------------------------------------------------------------------------------------
    def _row(self, free, street_value, number_value, postcode_value, municipality_value) -> tuple:
        free, street_value = _text(free), _text(street_value)
        parsed = parse_address(free, self.postcodes) if free else None
        streets: tuple[str, ...] = parsed.streets if parsed else ()
        house = parsed.number if parsed else None
        code = parsed.postcode if parsed else None
        municipality_text = parsed.municipality if parsed else None
        if street_value:
            from_column = parse_address(street_value, frozenset())
            streets = from_column.streets or streets
            house = from_column.number or house
        number_text = _text(number_value)
        if number_text:
            parsed_number = parse_house_number(number_text)
            if parsed_number is not None:
                house = parsed_number
        code = _clean_postcode(postcode_value) or code
        municipality_text = _text(municipality_value) or municipality_text
        notes: list[Message] = []
        if code is not None and code not in self.postcodes:
            notes.append(Message.of(tr_noop("postcode {code} is not in the reference"), code=code))
            code = None
        municipality = find_municipality(municipality_text, self._extra_names) if municipality_text else None
        if municipality_text and municipality is None:
            notes.append(Message.of(tr_noop("municipality {name} unknown"), name=_quoted(municipality_text)))
        scope = self._scope(code, municipality)
        if not streets:
            return self._postcode_or_none(scope, code, notes, Message(NO_STREET))
        key = (streets, code, municipality)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._find_street(streets, code, scope)
        if isinstance(found, Message):
            if found.template in AMBIGUOUS:
                return self._none([*notes, found])
            return self._postcode_or_none(scope, code, notes, found)
        if found.ambiguous:
            found = self._disambiguate(found, house)
            if isinstance(found, list):
                return self._none([*notes, *found])
        if found.note:
            notes.append(found.note)
        return self._place(found, house, notes)

    def _scope(self, code: str | None, municipality: tuple[str, str | None] | None) -> list[str]:
        """The postcodes the address claims, most specific first (empty: anywhere)."""
        scope = [code] if code else []
        if municipality is not None:
            nis, part = municipality
            for candidate in ([part] if part else sorted(self._nis_postcodes.get(nis, ()))):
                if candidate not in scope:
                    scope.append(candidate)
        return scope

    def _find_street(self, texts: tuple[str, ...], code: str | None, scope: list[str]) -> _Street | Message:
        keys = [k for text in texts for k in street_keys(text)]
        cores = [k for text in texts for k in core_keys(text)]
        label = _quoted(" / ".join(texts))
        if not keys:
            return Message.of(tr_noop("street {label} unreadable"), label=label)
        first = scope[:1]
        near = []
        for candidate in scope[1:] + [n for c in scope for n in self._neighbours.get(c, ())]:
            if candidate not in near and candidate not in first:
                near.append(candidate)
        outside = 0.97
        rest = 1.0 if not code else outside
        beyond = [n for n in near if n not in scope]
        # the exact name anywhere near what the address claims beats a reading without the street type
        for postcodes, factor in ((first, 1.0), (scope[1:], rest), (beyond, outside)):
            hit = self._exact_in(keys, postcodes)
            if hit:
                return self._street(hit, factor, _moved(code, hit, self._postcode), label)
        for postcodes, factor in ((first, 1.0), (scope[1:], rest)):
            hit = self._core_in(cores, postcodes)
            if hit:
                return _Street(hit, 0.95 * factor, _in(DIFFERS, code, hit, self, label=label))
        if scope:
            for postcodes, factor in ((scope[:1], 1.0), (near, outside)):
                fuzzy = self._fuzzy_in(keys, postcodes)
                if isinstance(fuzzy, Message):
                    return fuzzy
                if fuzzy:
                    hit, ratio = fuzzy
                    return self._street(hit, ratio * factor, _in(CORRECTED, code, hit, self, label=label), label)
            hit = self._core_in(cores, beyond)
            if hit:
                return _Street(hit, 0.95 * outside, _in(DIFFERS, code, hit, self, label=label))
        hit = self._exact_anywhere(keys)
        if hit:
            note = None if not scope else Message.of(tr_noop("{label} is not in {scope}; found in {found}"),
                                                     label=label, scope=", ".join(scope), found=self._postcode[hit[0]])
            return self._street(hit, 1.0 if not scope else 0.9, note, label)
        fuzzy = self._fuzzy_anywhere(keys)
        if isinstance(fuzzy, Message):
            return fuzzy
        if fuzzy:
            hit, ratio = fuzzy
            return self._street(hit, ratio * (1.0 if not scope else 0.9),
                                _in(CORRECTED, code, hit, self, always=True, label=label), label)
        if scope:
            return Message.of(tr_noop("street {label} not found in {scope} or nearby"), label=label,
                              scope=", ".join(scope))
        return Message.of(tr_noop("street {label} not found"), label=label)

    def _street(self, hit: tuple[int, ...], score: float, note: Message | None, label: str) -> _Street:
        """A street resolution; several different streets (names or municipalities differ) make it ambiguous."""
        if len({self._identity(s) for s in hit}) > 1:
            places = sorted({self._postcode[s] or "?" for s in hit})
            return _Street(hit, score, note, Message.of(AMBIGUOUS_STREETS, label=label, places=", ".join(places[:6])
                                                        + ("..." if len(places) > 6 else "")))
        return _Street(hit, score, note)

    def _exact_in(self, keys: list[str], postcodes: list[str]) -> tuple[int, ...]:
        for key in keys:
            hit = [s for code in postcodes for s in self._by_key.get((code, key), ())]
            if hit:
                return tuple(dict.fromkeys(hit))
        return ()

    def _core_in(self, cores: list[str], postcodes: list[str]) -> tuple[int, ...]:
        for key in cores:
            if len(key) < 3:
                continue
            hit = tuple(dict.fromkeys(s for code in postcodes for s in self._by_core.get((code, key), ())))
            if hit and len({self._identity(s) for s in hit}) == 1:
                return hit
        return ()

    def _identity(self, s: int) -> tuple:
        """Streets with the same names in one municipality are one street to the people who write addresses."""
        values = self.reference.streets[s]
        return values[2], values[3], values[4]

    def _exact_anywhere(self, keys: list[str]) -> tuple[int, ...]:
        for key in keys:
            hit = self._any_key.get(key)
            if hit:
                return tuple(hit)
        return ()

    def _fuzzy_in(self, keys: list[str], postcodes: list[str]) -> tuple[tuple[int, ...], float] | Message | None:
        scope = tuple(postcodes)
        if scope not in self._fuzzy_scopes:
            choices: list[str] = []
            owners: list[tuple[int, ...]] = []
            for code in scope:
                names, streets = self._fuzzy.get(code, ((), ()))
                choices.extend(names)
                owners.extend((s,) for s in streets)
            self._fuzzy_scopes[scope] = (choices, owners)
        choices, owners = self._fuzzy_scopes[scope]
        return self._best(keys, choices, owners, None)

    def _fuzzy_anywhere(self, keys: list[str]) -> tuple[tuple[int, ...], float] | Message | None:
        names, owners = self._all_fuzzy
        return self._best(keys, names, owners, FUZZY_CUTOFF_ANYWHERE)

    def _best(self, keys: list[str], choices: list[str], owners: list[tuple[int, ...]], cutoff: float | None
              ) -> tuple[tuple[int, ...], float] | Message | None:
        if not choices:
            return None
        scored: dict[str, tuple[float, list[int]]] = {}
        for key in keys:
            limit = cutoff or (FUZZY_CUTOFF if len(key) >= 10 else FUZZY_CUTOFF_SHORT)
            for choice, ratio, index in _extract(key, choices, limit):
                best, streets = scored.get(choice, (0.0, []))
                streets.extend(s for s in owners[index] if s not in streets)
                scored[choice] = (max(best, ratio), streets)
        if not scored:
            return None
        ranked = sorted(scored.items(), key=lambda item: -item[1][0])
        best_choice, (best, streets) = ranked[0]
        rivals = [choice for choice, (ratio, hit) in ranked[1:] if ratio >= best - 2.0
                  and {self._identity(s) for s in hit} != {self._identity(s) for s in streets}]
        if rivals:
            return Message.of(AMBIGUOUS_SPELLING, key=_quoted(keys[0]), best=_quoted(best_choice),
                              rival=_quoted(rivals[0]))
        return tuple(streets), best / 100.0

    def _disambiguate(self, found: _Street, house: HouseNumber | None) -> _Street | list[Message]:
        """Among different streets of one name, the one street holding the house number, else why not."""
        if house is None:
            return [found.ambiguous, Message(tr_noop("give the house number, postcode or municipality"))]
        holding = [s for s in found.candidates
                   if self._find_number(s, house.number, house.label, "") is not None]
        if len({self._identity(s) for s in holding}) != 1:
            return [found.ambiguous, Message(tr_noop("give the postcode or municipality"))]
        others = sorted({self._postcode[s] or "?" for s in found.candidates} - {self._postcode[s] for s in holding})
        note = Message.of(tr_noop("number {number} found only in {found} (same name in {others})"), number=house.label,
                          found=self._postcode[holding[0]], others=", ".join(others))
        return _Street(tuple(holding), found.score, note if found.note is None else Message.joined([found.note, note]))

    # ---- positions --------------------------------------------------------------------------------------------
    def _place(self, found: _Street, house: HouseNumber | None, notes: list[Message]) -> tuple:
        candidates = found.candidates
        if house is None:
            s = candidates[0]
            notes.append(Message(tr_noop("no house number: the street's middle")))
            return self._result(s, "street", found.score, None, self.reference.street_x[s],
                                self.reference.street_y[s], notes)
        label = house.label
        sx, sy = self._sorted_x, self._sorted_y
        for s in candidates:
            k = self._find_number(s, house.number, label, house.box)
            if k is None and house.box:
                k = self._find_number(s, house.number, label, "")
                if k is not None:
                    notes.append(Message.of(tr_noop("box {box} not in the reference: the building's point"),
                                            box=house.box))
            if k is not None:
                if house.range_end is not None:
                    notes.append(Message.of(tr_noop("range {first}-{last}: number {number} used"), first=house.number,
                                            last=house.range_end, number=label))
                return self._result(s, "exact", found.score, house, sx[k], sy[k], notes)
        if house.letter:
            for s in candidates:
                k = self._find_number(s, house.number, str(house.number), "")
                if k is not None:
                    notes.append(Message.of(tr_noop("{label} not in the reference: number {number} used"), label=label,
                                            number=house.number))
                    return self._result(s, "exact", found.score * 0.95, house, sx[k], sy[k], notes)
        elsewhere = self._same_name_nearby(candidates, house)
        if elsewhere is not None:
            s, k = elsewhere
            notes.append(Message.of(tr_noop("number {number} not on the street in {postcode}: found on the street of "
                                            "the same name in {found}"), number=label,
                                    postcode=self._postcode[candidates[0]], found=self._postcode[s]))
            return self._result(s, "exact", found.score * 0.95, house, sx[k], sy[k], notes)
        best = None
        for s in candidates:
            placed = self._interpolate(s, house.number)
            if placed is not None and (best is None or placed[3] < best[1][3]):
                best = (s, placed)
        if best is not None:
            s, (px, py, note, _) = best
            notes.append(note)
            return self._result(s, "interpolated", found.score, house, px, py, notes)
        s = candidates[0]
        outside = (tr_noop("number {number} is outside the street's even numbers: the street's middle")
                   if house.number % 2 == 0 else
                   tr_noop("number {number} is outside the street's odd numbers: the street's middle"))
        notes.append(Message.of(outside, number=house.number))
        return self._result(s, "street", found.score, house, self.reference.street_x[s], self.reference.street_y[s],
                            notes)

    def _same_name_nearby(self, candidates: tuple[int, ...], house: HouseNumber) -> tuple[int, int] | None:
        """A street of the same name in the candidates' or neighbouring postcodes holding the exact number, when
        exactly one does (a street crossing a municipal border is cut in parts that split its numbers)."""
        postcodes = {self._postcode[s] for s in candidates}
        for code in list(postcodes):
            postcodes.update(self._neighbours.get(code, ()))
        others = []
        for s in candidates:
            for name in self.reference.streets[s][3:6]:
                for key in street_keys(name) if name else ():
                    others.extend(o for o in self._any_key.get(key, ()) if o not in candidates and o not in others
                                  and self._postcode[o] in postcodes)
        holding = []
        for o in others:
            k = self._find_number(o, house.number, house.label, house.box)
            if k is None and house.box:
                k = self._find_number(o, house.number, house.label, "")
            if k is not None:
                holding.append((o, k))
        if len({self._identity(o) for o, _ in holding}) == 1:
            return holding[0]
        return None

    def _interpolate(self, s: int, number: int) -> tuple[float, float, Message, int] | None:
        run = self._runs.get(s * 2 + number % 2)
        if run is None:
            return None
        start, end = run
        numbers = self._sorted_number[start:end]
        k = int(np.searchsorted(numbers, number))
        if 0 < k < len(numbers):
            a, b = start + k - 1, start + k
            low, high = int(self._sorted_number[a]), int(self._sorted_number[b])
            t = (number - low) / (high - low) if high != low else 0.0
            px = self._sorted_x[a] + t * (self._sorted_x[b] - self._sorted_x[a])
            py = self._sorted_y[a] + t * (self._sorted_y[b] - self._sorted_y[a])
            return px, py, Message.of(tr_noop("number {number} not in the reference: between {low} and {high}"),
                                      number=number, low=low, high=high), 0
        nearest = start if k == 0 else end - 1
        value = int(self._sorted_number[nearest])
        gap = abs(value - number)
        if gap > EXTRAPOLATE_NUMBERS:
            return None
        return (self._sorted_x[nearest], self._sorted_y[nearest],
                Message.of(tr_noop("number {number} beyond the street's last number on that side: placed at {value}"),
                           number=number, value=value), gap)

    def _result(self, s: int, match_type: str, street_score: float, house: HouseNumber | None, px: float, py: float,
                notes: list[Message]) -> tuple:
        values = self.reference.streets[s]
        code, nis = values[1], values[2]
        number_fr = f" {house.text('fr')}" if house is not None and match_type != "street" else ""
        number_nl = f" {house.text('nl')}" if house is not None and match_type != "street" else ""
        fr_name, nl_name = values[3] or values[4], values[4] or values[3]
        place_fr, place_nl = self._place_names(values)
        tail_fr = f", {code} {place_fr}".rstrip() if code else ""
        tail_nl = f", {code} {place_nl}".rstrip() if code else ""
        return (float(px), float(py), match_type, round(street_score * POSITION_FACTOR[match_type], 4),
                f"{fr_name}{number_fr}{tail_fr}", f"{nl_name}{number_nl}{tail_nl}", code, nis,
                Message.joined(notes) if notes else None)

    def _postcode_or_none(self, scope: list[str], code: str | None, notes: list[Message], why: Message) -> tuple:
        target = code or (scope[0] if len(scope) == 1 else None)
        if target is None or target not in self._centre:
            return self._none([*notes, why if scope else Message.of(tr_noop("{why} and no postcode"), why=why)])
        px, py = self._centre[target]
        municipality = taxonomy.municipality_for_postcode(target)
        if municipality is not None:
            nis, place_fr, place_nl = municipality.nis, municipality.name_fr, municipality.name_nl
        else:
            values = self.reference.streets[next(i for i, c in enumerate(self._postcode) if c == target)]
            nis, (place_fr, place_nl) = values[2], self._place_names(values)
        notes = [*notes, Message.of(tr_noop("{why}: the postcode's centre"), why=why)]
        return (px, py, "postcode", POSITION_FACTOR["postcode"], f"{target} {place_fr}".strip(),
                f"{target} {place_nl}".strip(), target, nis, Message.joined(notes))

    @staticmethod
    def _place_names(values: tuple) -> tuple[str, str]:
        """The municipality's names (French, Dutch), else the reference's postal names."""
        municipality = _MUNICIPALITIES.get(values[2])
        if municipality is not None:
            return municipality.name_fr, municipality.name_nl
        return values[6] or values[7] or "", values[7] or values[6] or ""

    @staticmethod
    def _none(notes: list[Message]) -> tuple:
        return (math.nan, math.nan, "none", 0.0, None, None, None, None,
                Message.joined(notes) if notes else Message(tr_noop("not found")))


class GeocodingCancelledError(ValidationError):
    """Geocoding was cancelled."""


def _append_unique(index: dict, key, value: int) -> None:
    bucket = index.setdefault(key, [])
    if value not in bucket:
        bucket.append(value)


def _leading_int(label: str) -> int:
    digits = re.match(r"\d+", label or "")
    return int(digits.group()) if digits else -1


def _moved(code: str | None, hit: tuple[int, ...], postcodes: list) -> Message | None:
    found = postcodes[hit[0]]
    if code and found != code:
        return Message.of(tr_noop("street not in {code}: found in {found}"), code=code, found=found)
    return None


def _in(templates: tuple[str, str], code: str | None, hit: tuple[int, ...], geocoder: Geocoder,
        always: bool = False, **values) -> Message:
    """A note of the street found; its postcode said (the second template) when it is not the one given."""
    found = geocoder._postcode[hit[0]]
    if (code and found != code) or (always and found):
        return Message.of(templates[1], found=found, **values)
    return Message.of(templates[0], **values)


def _quoted(text: str) -> str:
    """A text as the reasons quote it: 'text'."""
    return f"'{text}'"


def _extract(key: str, choices: list[str], cutoff: float) -> list[tuple[str, float, int]]:
    """Choices whose ratio to the key reaches the cutoff (0–100): (choice, ratio, index)."""
    if _rf_process is not None and FUZZY_BACKEND == "rapidfuzz":
        return _rf_process.extract(key, choices, scorer=_rf_fuzz.ratio, score_cutoff=cutoff, limit=8)
    found = []
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    for index, choice in enumerate(choices):
        matcher.set_seq1(choice)
        if matcher.real_quick_ratio() * 100 < cutoff or matcher.quick_ratio() * 100 < cutoff:
            continue
        ratio = matcher.ratio() * 100
        if ratio >= cutoff:
            found.append((choice, ratio, index))
    found.sort(key=lambda item: -item[1])
    return found[:8]


FUZZY_BACKEND = "rapidfuzz" if _rf_process is not None else "difflib"
