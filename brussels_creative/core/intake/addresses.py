"""Normalising and parsing Brussels addresses written by people: street keys that ignore case, accents,
apostrophes, hyphens and spaces and expand the French and Dutch abbreviations; house numbers with letters, ranges
and boxes; postcodes; municipality names in French, Dutch and German, and the old names people still write.

Keys are compared, never shown: `street_keys("Av. Louise")` and `street_keys("avenue LOUISE")` give the same key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..store import taxonomy

# One token -> its expansions (the first is the usual one; an ambiguous abbreviation lists every reading).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    # French
    "av": ("avenue",), "ave": ("avenue",), "aven": ("avenue",), "avn": ("avenue",),
    "bd": ("boulevard",), "bld": ("boulevard",), "blvd": ("boulevard",), "boul": ("boulevard",),
    "bvd": ("boulevard",), "boulev": ("boulevard",),
    "ch": ("chaussee", "chemin"), "chee": ("chaussee",), "chs": ("chaussee",), "chau": ("chaussee",),
    "chaus": ("chaussee",), "chem": ("chemin",),
    "pl": ("place", "plein"), "plce": ("place",), "sq": ("square",), "r": ("rue",), "rte": ("route",),
    "imp": ("impasse",), "gal": ("galerie",), "qu": ("quai",), "prom": ("promenade",), "carr": ("carrefour",),
    "sent": ("sentier",), "pass": ("passage",), "espl": ("esplanade",), "rdpt": ("rond", "point"),
    "dr": ("docteur", "dreef", "dreve"), "doct": ("docteur",), "prof": ("professeur",), "gen": ("general",),
    "gal.": ("general",), "lt": ("lieutenant",), "cdt": ("commandant",), "mal": ("marechal",),
    "pr": ("prince", "professeur"), "pte": ("petite",), "gde": ("grande",), "gd": ("grand",),
    # Dutch
    "str": ("straat",), "stwg": ("steenweg",), "stw": ("steenweg",), "stwn": ("steenweg",), "steenw": ("steenweg",),
    "ln": ("laan",), "pln": ("plein",), "drf": ("dreef",), "kd": ("kaai",),
}
# Dutch type words written glued to the name and abbreviated ("Walckiersstr.", "Ninoofsestwg").
_NL_SUFFIXES = (("stwg", "steenweg"), ("steenw", "steenweg"), ("stw", "steenweg"), ("str", "straat"),
                ("pln", "plein"), ("pl", "plein"), ("ln", "laan"))
# Words that mean the same thing whatever the language: one canonical token.
_CANONICAL = {"saint": "st", "sint": "st", "sankt": "st", "st": "st", "sainte": "ste", "ste": "ste"}

# Leading French street types and particles, trailing Dutch ones: dropped to form a street's "core" name
# ("Rue Walckiers" and "Walckiersstraat" share the core "walckiers").
_FR_TYPES = frozenset(
    "rue avenue boulevard chaussee place square route impasse allee allees galerie quai chemin sentier dreve clos "
    "passage parvis cite rond point carrefour promenade venelle montee cours esplanade rampe mail digue cour "
    "val parc champ".split()
)
_PARTICLES = frozenset("de du des d la le les l aux au a".split())
_NL_TYPES = ("steenweg", "straat", "laan", "pleintje", "plein", "dreef", "lei", "kaai", "square", "galerij", "gang",
             "weg", "kade", "wegel", "doorgang")

_APOSTROPHES_AND_PUNCTUATION = re.compile(r"[^0-9a-z]+")
_LIGATURES = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l",
                            "’": "'", "‘": "'", "–": "-", "—": "-", "°": " ", "º": " "})


def _plain(text: str) -> str:
    """Lower case, without accents (decomposed and dropped), ligatures spelt out; punctuation kept."""
    text = unicodedata.normalize("NFKD", str(text).translate(_LIGATURES))
    return text.encode("ascii", "ignore").decode("ascii").lower()


def fold(text: str | None) -> str:
    """Lower case without accents, every run of punctuation, apostrophe, hyphen or space turned into one space."""
    if not text:
        return ""
    return _APOSTROPHES_AND_PUNCTUATION.sub(" ", _plain(text)).strip()


def _expand_suffix(token: str) -> str:
    for short, long in _NL_SUFFIXES:
        if token.endswith(short) and len(token) > len(short) + 2:
            return token[: -len(short)] + long
    return token


@lru_cache(maxsize=200_000)
def street_tokens(text: str) -> tuple[tuple[str, ...], ...]:
    """Every reading of a street name as canonical tokens (several when an abbreviation is ambiguous)."""
    readings: list[list[str]] = [[]]
    for token in fold(text).split():
        choices = ABBREVIATIONS.get(token, (_expand_suffix(token),))
        choices = tuple(" ".join(_CANONICAL.get(word, word) for word in choice.split()) for choice in choices)
        if len(choices) == 1 or len(readings) > 4:
            for reading in readings:
                reading.append(choices[0])
        else:
            readings = [[*reading, choice] for reading in readings for choice in choices]
    return tuple(tuple(" ".join(reading).split()) for reading in readings)


def street_keys(text: str) -> tuple[str, ...]:
    """The street's keys: canonical tokens joined without spaces, one per reading (the usual one first)."""
    keys = []
    for tokens in street_tokens(text):
        key = "".join(tokens)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def core_key(tokens: tuple[str, ...]) -> str:
    """The street's name without its French type and particles or its Dutch type suffix ("" when nothing is left)."""
    words = list(tokens)
    while len(words) > 1 and words[0] in _FR_TYPES:
        words.pop(0)
    while len(words) > 1 and words[0] in _PARTICLES:
        words.pop(0)
    if len(words) > 1 and words[-1] in _NL_TYPES:
        words.pop()
    elif words:
        last = words[-1]
        for suffix in _NL_TYPES:
            if last.endswith(suffix) and len(last) >= len(suffix) + 3:
                words[-1] = last[: -len(suffix)]
                break
    return "".join(words)


def core_keys(text: str) -> tuple[str, ...]:
    """The core keys of every reading of a street name."""
    keys = []
    for tokens in street_tokens(text):
        key = core_key(tokens)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


# ---- house numbers --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HouseNumber:
    """A parsed house number: its numeric part, letter, the end of a range, and a box."""

    number: int
    letter: str = ""
    range_end: int | None = None
    box: str = ""

    @property
    def label(self) -> str:
        """The house number as the reference writes it: digits and an upper-case letter ("5A")."""
        return f"{self.number}{self.letter.upper()}"

    def text(self, language: str) -> str:
        """The number as written in an address in French or Dutch ("5A bte 2", "5-7", "5 bus 2")."""
        label = self.label if self.range_end is None else f"{self.number}-{self.range_end}"
        if self.box:
            label += (" bus " if language == "nl" else " bte ") + self.box
        return label


_BOX_WORDS = r"(?:boite|bte|bt|bus|box|bo|b)"
NUMBER_PATTERN = (
    r"(?P<number>\d{1,4})\s*(?P<letter>[a-z](?![a-z0-9.])(?!\s*\d))?"
    r"(?:\s*-\s*(?P<range_end>\d{1,4})\s*[a-z]?(?![a-z]))?"
    rf"(?:\s*(?:/|,?\s*{_BOX_WORDS}(?![a-z])\.?)\s*(?P<box>[0-9]{{1,4}}[a-z]?|[a-z](?![a-z])|[a-z]?[0-9]{{1,4}}))?"
)
_NUMBER_ONLY = re.compile(rf"^\s*(?:n[or]?\.?\s*)?{NUMBER_PATTERN}\s*$")




def _number_from_match(match: re.Match) -> HouseNumber:
    end = match.group("range_end")
    number = int(match.group("number"))
    range_end = int(end) if end is not None and int(end) > number else None
    return HouseNumber(number, match.group("letter") or "", range_end, (match.group("box") or "").upper())


def parse_house_number(text: str | int | None) -> HouseNumber | None:
    """Parse "5", "5A", "5-7", "5 bte 2", "5/2", "5 bus 2", "n° 5" (None when it holds no number)."""
    if text is None:
        return None
    match = _NUMBER_ONLY.match(_plain(str(text)).replace("°", " ").replace("º", " "))
    return _number_from_match(match) if match else None


# ---- municipalities ------------------------------------------------------------------------------------------

# Old and usual names, in any language, -> (NIS code, postcode when the name means one part of a municipality).
_EXTRA_MUNICIPALITY_NAMES = {
    "Bruxelles-Ville": ("21004", None), "Brussel-Stad": ("21004", None), "Ville de Bruxelles": ("21004", None),
    "Stad Brussel": ("21004", None), "Brussels": ("21004", None), "City of Brussels": ("21004", None),
    "Brüssel": ("21004", None), "Bruxelles Centre": ("21004", "1000"), "Brussel Centrum": ("21004", "1000"),
    "Laeken": ("21004", "1020"), "Laken": ("21004", "1020"), "Neder-Over-Heembeek": ("21004", "1120"),
    "Neder-Over-Hembeek": ("21004", "1120"), "NOH": ("21004", "1120"), "Haren": ("21004", "1130"),
    "Molenbeek": ("21012", None), "Sint-Jans-Molenbeek": ("21012", None), "Molenbeek-St-Jean": ("21012", None),
    "Saint-Gilles": ("21013", None), "Sint-Gillis": ("21013", None), "Saint-Josse": ("21014", None),
    "Sint-Joost": ("21014", None), "Watermael": ("21017", None), "Boitsfort": ("21017", None),
    "Watermaal": ("21017", None), "Bosvoorde": ("21017", None), "Berchem": ("21003", None),
    "Sint-Agatha-Berchem": ("21003", None), "Woluwe-St-Lambert": ("21018", None), "Woluwe-St-Pierre": ("21019", None),
    "Schaarbeek": ("21015", None), "Schaerbeek": ("21015", None), "Elsene": ("21009", None), "Ixelles": ("21009", None),
    "Ukkel": ("21016", None), "Vorst": ("21007", None), "Oudergem": ("21002", None),
}


def municipality_key(text: str | None) -> str:
    """A municipality name's key: folded, spaceless, saint/sint/st as one."""
    return "".join(_CANONICAL.get(word, word) for word in fold(text).split())


def _municipality_names() -> dict[str, tuple[str, str | None]]:
    names: dict[str, tuple[str, str | None]] = {}
    for municipality in taxonomy.MUNICIPALITIES:
        for name in (municipality.name_fr, municipality.name_nl, municipality.name_en):
            names[municipality_key(name)] = (municipality.nis, None)
    for name, value in _EXTRA_MUNICIPALITY_NAMES.items():
        names[municipality_key(name)] = value
    return names


MUNICIPALITY_NAMES = _municipality_names()


def find_municipality(text: str | None, extra: dict[str, tuple[str, str | None]] | None = None
                      ) -> tuple[str, str | None] | None:
    """(NIS code, postcode or None) for a municipality name in French, Dutch, German or an old name, else None."""
    key = municipality_key(text)
    if not key:
        return None
    found = MUNICIPALITY_NAMES.get(key) or (extra or {}).get(key)
    if found is None:
        # "Bruxelles (Laeken)", "Brussel Laken": the part after the city names its district
        for city in ("bruxelles", "brussels", "brussel"):
            if key.startswith(city) and len(key) > len(city):
                rest = key[len(city):]
                found = MUNICIPALITY_NAMES.get(rest) or (extra or {}).get(rest)
                break
    return found


# ---- free text ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParsedAddress:
    """The parts of a free-text address: street names (several when written bilingually), number, postcode,
    municipality text."""

    streets: tuple[str, ...]
    number: HouseNumber | None
    postcode: str | None
    municipality: str | None


_POSTCODE = re.compile(r"(?<![\d/])(?:\bb\s*-\s*|\bb\s+)?([1-9]\d{3})(?![\d])")
_NUMBER_IN_TEXT = re.compile(rf"(?<![a-z0-9])(?:n[or]?\s*\.?\s*)?{NUMBER_PATTERN}(?![0-9])")
_BILINGUAL = re.compile(r"\s+[-–/]\s+|\s*[–/]\s*|\s*\|\s*")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("°", " ").replace("º", " ")).strip(" ,;-–")


def parse_address(text: str | None, postcodes: frozenset[str] | set[str] = frozenset()) -> ParsedAddress:
    """Split "Av. Louise 54 bte 3, 1050 Ixelles" (or "54 avenue Louise 1050", "Rue X - Xstraat 5, Schaerbeek")
    into street names, number, postcode and municipality; `postcodes` are the ones the reference knows."""
    plain = _plain(text or "").replace("’", "'").replace("\n", ", ")
    plain = re.sub(r"\b(belgique|belgie|belgium|belgien)\b", " ", plain)
    postcode = None
    head, tail = plain, ""
    for match in reversed(list(_POSTCODE.finditer(plain))):
        code = match.group(1)
        before, after = plain[: match.start()], plain[match.end():]
        if postcodes and code not in postcodes and not re.search(r"[,;]\s*$", before):
            continue  # an unknown postcode only after a comma ("..., 3000 Leuven"); else it is a house number
        after_is_name = bool(re.match(r"^[\s,\-)]*[a-z]", after)) or not after.strip(" ,.-)")
        introduced = bool(re.search(r"[,;\-(]\s*$", before)) or bool(re.search(r"\d", before)) or (
            re.match(r"^[\s,]*[a-z]", after) is not None)
        if after_is_name and introduced:
            postcode, head, tail = code, before, after
            break
    head = _clean(head)
    number = None
    street = head
    numbers = list(_NUMBER_IN_TEXT.finditer(head))
    if numbers:
        first = numbers[0]
        if first.start() == 0 and re.search(r"[a-z]{3}", head[first.end():]):
            # "54 avenue Louise, Ixelles": the number first, the municipality after a comma
            number = _number_from_match(first)
            street = head[first.end():]
            if not tail and "," in street.strip(" ,"):
                pieces = street.strip(" ,").split(",")
                street, tail = ",".join(pieces[:-1]), pieces[-1]
        else:
            match = numbers[-1]
            number = _number_from_match(match)
            street = head[: match.start()]
            rest = _clean(head[match.end():])
            if rest and not tail:
                tail = rest
    elif not tail and "," in head:
        pieces = [piece.strip() for piece in head.split(",")]
        if find_municipality(pieces[-1]) is not None:
            tail, street = pieces[-1], ",".join(pieces[:-1])
    street = _clean(street.replace(",", " "))
    streets = tuple(part.strip(" ,-") for part in _BILINGUAL.split(street) if part.strip(" ,-")) if street else ()
    municipality = _clean(re.sub(r"[()]", " ", tail)) or None
    return ParsedAddress(streets, number, postcode, municipality)
