"""Which column of a partner's file feeds which entity field, and how its values become the file's codes.

Headers are matched after normalisation (no accents, case-folded, punctuation as spaces): "Code postal",
"code_postal" and "CODE-POSTAL" are one header. A MAPPING text ("name=Organisation;website=URL") overrides the
automatic choice field by field. Vocabulary values are matched to codes by their code or their English, French or
Dutch label, ignoring case, accents and punctuation; a value matching nothing is reported, never guessed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..errors import ValidationError, tr_noop
from ..store import taxonomy
from .similarity import strip_accents

# target field -> headers that feed it (normalised form), most specific first
ALIASES: dict[str, tuple[str, ...]] = {
    "uuid": ("uuid", "id uuid", "identifiant unique", "unieke id"),
    "name": ("name", "nom", "naam", "organisation", "organization", "organisatie", "raison sociale", "entity",
             "entite", "denomination", "benaming", "company", "entreprise", "bedrijf", "structure",
             "nom de l organisation", "naam organisatie"),
    "entity_type": ("entity type", "entity_type", "type", "type d entite", "soort", "categorie", "category",
                    "categorie d entite", "kind"),
    "description": ("description", "omschrijving", "beschrijving", "activite", "activity", "activiteit"),
    "address": ("address", "adresse", "adres", "full address", "adresse complete", "volledig adres"),
    "street": ("street", "rue", "straat", "street name", "nom de rue", "straatnaam", "voie"),
    "number": ("number", "house number", "numero", "n", "no", "nr", "nummer", "huisnummer", "num"),
    "postcode": ("postcode", "postal code", "code postal", "cp", "zip", "zip code", "postnummer"),
    "municipality": ("municipality", "commune", "gemeente", "city", "ville", "stad", "localite", "locality",
                     "nis", "nis code", "code nis", "gemeenschap"),
    "sectors": ("sectors", "sector", "secteur", "secteurs", "sectoren", "sector codes", "domaine", "domaines",
                "domein", "domeinen", "discipline", "disciplines"),
    "primary_sector": ("primary sector", "secteur principal", "hoofdsector"),
    "services": ("services", "service", "diensten", "dienst", "service codes", "offre", "aanbod"),
    "audiences": ("audiences", "audience", "publics", "public cible", "doelgroep", "doelgroepen", "audience codes",
                  "publieken"),
    "website": ("website", "web", "site", "site web", "site internet", "url", "webpage", "webpagina", "homepage",
                "internet"),
    "email": ("email", "e mail", "mail", "courriel", "adresse e mail", "adresse mail", "e mailadres", "emailadres",
              "mailadres"),
    "phone": ("phone", "telephone", "tel", "telefoon", "telefoonnummer", "gsm", "mobile", "numero de telephone",
              "phone number"),
    "founded_year": ("founded year", "founded", "year founded", "annee de creation", "creation", "fondation",
                     "oprichtingsjaar", "opgericht", "jaar"),
    "size_class": ("size class", "size", "taille", "grootte", "effectif", "personnel"),
    "status": ("status", "statut", "etat"),
    "visibility": ("visibility", "visibilite", "zichtbaarheid"),
    "longitude": ("longitude", "lon", "lng", "long", "lengtegraad", "epsg 4326 lon"),
    "latitude": ("latitude", "lat", "breedtegraad", "epsg 4326 lat"),
    "x": ("x", "coord x", "x coord", "x lambert", "lambert x", "epsg 31370 x", "coordonnee x", "x coordinaat"),
    "y": ("y", "coord y", "y coord", "y lambert", "lambert y", "epsg 31370 y", "coordonnee y", "y coordinaat"),
}
# the schema's own names of the mirrored columns feed the same targets
ALIASES["sectors"] += ("sector_codes",)
ALIASES["services"] += ("service_codes",)
ALIASES["audiences"] += ("audience_codes",)
TARGETS = tuple(ALIASES)
MULTI_VALUED = ("sectors", "services", "audiences")
_SPLIT = re.compile(r"[;,|]")
_NOT_WORD = re.compile(r"[\W_]+")


def normalize_header(text: str | None) -> str:
    """Return a header or label reduced for comparison: "Code_Postal " → "code postal", "Téléphone" → "telephone"."""
    if text is None:
        return ""
    return " ".join(_NOT_WORD.sub(" ", strip_accents(str(text)).casefold()).split())


def parse_mapping(text: str | None) -> dict[str, str]:
    """Parse "name=Organisation;website=URL" into {target: header}; unknown targets are refused by name."""
    mapping: dict[str, str] = {}
    if not text or not text.strip():
        return mapping
    for part in re.split(r"[;\n]", text):
        if not part.strip():
            continue
        if "=" not in part:
            raise ValidationError(tr_noop("MAPPING: {value!r} is not target=column"), value=part.strip())
        target, header = (piece.strip() for piece in part.split("=", 1))
        if target not in ALIASES:
            raise ValidationError(
                tr_noop("MAPPING: unknown field {target!r}; fields are {choices}"),
                target=target, choices=', '.join(TARGETS))
        mapping[target] = header
    return mapping


def map_columns(headers: Sequence[str], overrides: dict[str, str] | None = None) -> dict[str, int]:
    """Return {target field: column index} for the headers: the overrides first, then the aliases.

    A header feeds one field at most; an override naming a column the file does not have is refused."""
    overrides = overrides or {}
    by_exact = {header: index for index, header in enumerate(headers)}
    by_normal: dict[str, int] = {}
    for index, header in enumerate(headers):
        by_normal.setdefault(normalize_header(header), index)
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for target, header in overrides.items():
        if header == "":
            mapping[target] = -1  # explicitly unmapped
            continue
        index = by_exact.get(header, by_normal.get(normalize_header(header)))
        if index is None:
            raise ValidationError(
                tr_noop("MAPPING: {target}={header!r} but the input has no such column (columns: {choices})"),
                target=target, header=header, choices=', '.join(headers))
        mapping[target] = index
        used.add(index)
    for target, aliases in ALIASES.items():
        if target in mapping:
            continue
        for alias in aliases:
            index = by_normal.get(normalize_header(alias))
            if index is not None and index not in used:
                mapping[target] = index
                used.add(index)
                break
    return {target: index for target, index in mapping.items() if index >= 0}


def split_values(value) -> list[str]:
    """Split a multi-valued cell on ; , or | outside brackets (labels such as "Audiovisual (film, TV, radio)" stay
    whole), and a QGIS "{a,b}" list; blanks dropped, order kept."""
    if value is None:
        return []
    text = str(value).strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1].replace('"', "")
    pieces, current, depth = [], [], 0
    for character in text:
        depth += (character == "(") - (character == ")")
        if depth <= 0 and _SPLIT.match(character):
            pieces.append("".join(current))
            current = []
            depth = 0
        else:
            current.append(character)
    pieces.append("".join(current))
    return [piece.strip() for piece in pieces if piece.strip()]


@dataclass
class Vocabulary:
    """The codes of one lookup table and every spelling that names them (code, labels in en/fr/nl)."""

    table: str
    codes: list[str] = field(default_factory=list)
    spellings: dict[str, str] = field(default_factory=dict)
    alternatives: list[tuple[str, str]] = field(default_factory=list)

    def add(self, code: str, names: Iterable[str | None]) -> None:
        """Register a code and the names (labels, synonyms) that mean it; the first registration of a name wins.

        A label made of alternatives ("Collectif / ASBL") also registers each of them, after every whole name."""
        self.codes.append(code)
        names = [code, code.replace("_", " "), *(name for name in names if name)]
        for name in names:
            key = normalize_header(name)
            if key:
                self.spellings.setdefault(key, code)
        self.alternatives.extend((part, code) for name in names if "/" in name for part in name.split("/"))

    def finish(self) -> None:
        """Register the alternatives of the labels, where no whole name already means something."""
        for part, code in self.alternatives:
            key = normalize_header(part)
            if key:
                self.spellings.setdefault(key, code)
        self.alternatives.clear()

    def match(self, value) -> str | None:
        """Return the code a value names, or None when it names none."""
        return self.spellings.get(normalize_header(value))


# Values of the fixed enumerations (no lookup table in the file), in the three languages.
ENUMERATIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "status": {"active": ("actif", "active", "actief"), "inactive": ("inactif", "inactive", "inactief"),
               "closed": ("ferme", "fermee", "closed", "gesloten", "stopgezet")},
    "visibility": {"public": ("public", "publique", "publiek", "openbaar"),
                   "private": ("prive", "privee", "private", "privaat")},
}


def load_vocabularies(connection: sqlite3.Connection) -> dict[str, Vocabulary]:
    """Read the file's own lookup tables (the team may have extended them) and the municipalities into matchers.

    Municipalities are named by NIS code, French, Dutch or English name, or German name where it differs."""
    vocabularies: dict[str, Vocabulary] = {}
    for target, table in (("entity_type", "entity_types"), ("sectors", "sectors"), ("services", "services"),
                          ("audiences", "audiences"), ("size_class", "size_classes")):
        vocabulary = Vocabulary(table)
        query = f"SELECT code, label_en, label_fr, label_nl FROM {table} ORDER BY fid"
        for code, en, fr, nl in connection.execute(query):
            vocabulary.add(code, (en, fr, nl))
        vocabularies[target] = vocabulary
    municipalities = Vocabulary("municipalities")
    for code, en, fr, nl in connection.execute(
        "SELECT code, label_en, label_fr, label_nl FROM municipalities ORDER BY fid"
    ):
        municipalities.add(code, (en, fr, nl, *GERMAN_AND_OLD_NAMES.get(code, ())))
    vocabularies["municipality"] = municipalities
    for target, values in ENUMERATIONS.items():
        vocabulary = Vocabulary(target)
        for code, names in values.items():
            vocabulary.add(code, names)
        vocabularies[target] = vocabulary
    for vocabulary in vocabularies.values():
        vocabulary.finish()
    return vocabularies


# German names and the names of the former municipalities merged into the City of Brussels in 1921.
GERMAN_AND_OLD_NAMES: dict[str, tuple[str, ...]] = {
    "21004": ("Brüssel", "Brussels", "Bruxelles-Ville", "Brussel-Stad", "Laeken", "Laken", "Neder-Over-Heembeek",
              "Haren", "Bruxelles ville", "Ville de Bruxelles", "Stad Brussel"),
    "21012": ("Molenbeek", "Sint-Jans-Molenbeek", "Molenbeek-Sankt-Johann"),
    "21013": ("Sankt-Gilles",),
    "21014": ("Saint-Josse", "Sint-Joost", "Sankt-Josse-ten-Noode"),
    "21015": ("Schaarbeek",),
    "21016": ("Ukkel",),
    "21017": ("Boitsfort", "Bosvoorde", "Watermael", "Watermaal"),
    "21018": ("Sint-Lambrechts-Woluwe", "Woluwe-Sankt-Lambert"),
    "21019": ("Sint-Pieters-Woluwe", "Woluwe-Sankt-Peter"),
    "21003": ("Berchem", "Sankt-Agatha-Berchem"),
    "21009": ("Elsene",),
}


def municipality_names() -> dict[str, str]:
    """Return the French name of each NIS code (for reports)."""
    return {m.nis: m.name_fr for m in taxonomy.MUNICIPALITIES}
