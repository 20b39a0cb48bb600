"""Controlled vocabularies of the Brussels creative ecosystem, as plain trilingual (en/fr/nl) Python data.

The tables here are the single source of the codes stored in an ecosystem GeoPackage: entity types, Creative and
Cultural Industries sectors (with their NACE Rev.2 classes), services, audiences, relation types, size classes,
statuses, visibilities, verification levels and the 19 municipalities of the Brussels Capital Region.  Codes are
stable snake_case ASCII strings; labels are for display only and may be reworded without a schema change.

This module imports nothing from Qt or QGIS so that it can be used (and tested) anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = [
    "AUDIENCES",
    "ENTITY_TYPES",
    "LANGUAGES",
    "MUNICIPALITIES",
    "RELATION_TYPES",
    "SECTORS",
    "SERVICES",
    "SIZE_CLASSES",
    "STATUSES",
    "VERIFICATIONS",
    "VISIBILITIES",
    "VOCABULARIES",
    "Municipality",
    "RelationType",
    "Sector",
    "Term",
    "in_language",
    "municipality_for_postcode",
    "normalize_language",
    "term",
]

LANGUAGES: tuple[str, ...] = ("en", "fr", "nl")


def normalize_language(language: str | None) -> str:
    """Reduce a language or locale ("fr", "fr_BE", "nl-BE", "NL") to "en", "fr" or "nl"; anything else is "en"."""
    if not language:
        return "en"
    code = language.strip().replace("-", "_").split("_", 1)[0].lower()
    return code if code in LANGUAGES else "en"


def in_language(texts: Sequence[str], language: str | None) -> str:
    """Return the text in a language or locale (as normalize_language reads it) of an (English, French, Dutch)
    tuple."""
    return texts[LANGUAGES.index(normalize_language(language))]


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary: a stable code and its English, French and Dutch labels."""

    code: str
    label_en: str
    label_fr: str
    label_nl: str

    def label(self, language: str) -> str:
        """Return the label in "en", "fr" or "nl" (a locale such as "fr_BE" also works); anything else gives English."""
        return getattr(self, f"label_{normalize_language(language)}")


@dataclass(frozen=True)
class Sector(Term):
    """A Creative and Cultural Industries sector with the NACE Rev.2 classes ("59.11", "90.01"...) it covers."""

    nace: tuple[str, ...]


@dataclass(frozen=True)
class RelationType(Term):
    """A kind of link between two entities; label_* reads source→target, inverse_* reads target→source."""

    directed: bool
    inverse_en: str
    inverse_fr: str
    inverse_nl: str

    def inverse(self, language: str) -> str:
        """Return the reverse reading in "en", "fr" or "nl"; anything else gives English."""
        return getattr(self, f"inverse_{normalize_language(language)}")


@dataclass(frozen=True)
class Municipality:
    """One of the 19 municipalities of the Brussels Capital Region, with its NIS code and postcodes."""

    nis: str
    name_fr: str
    name_nl: str
    name_en: str
    postcodes: tuple[str, ...]

    def name(self, language: str) -> str:
        """Return the municipality's name in "en", "fr" or "nl"; anything else gives English."""
        return getattr(self, f"name_{normalize_language(language)}")


# --------------------------------------------------------------------------------------------------------------------
# Entity types
# --------------------------------------------------------------------------------------------------------------------

ENTITY_TYPES: tuple[Term, ...] = (
    Term("hub", "Creative hub", "Hub créatif", "Creatieve hub"),
    Term("cluster", "Cluster", "Cluster", "Cluster"),
    Term("network", "Network", "Réseau", "Netwerk"),
    Term("fablab", "Fablab", "Fablab", "Fablab"),
    Term("makerspace", "Makerspace", "Makerspace", "Makerspace"),
    Term("living_lab", "Living lab", "Living lab", "Living lab"),
    Term("coworking", "Coworking space", "Espace de coworking", "Coworkingruimte"),
    Term("incubator", "Incubator / accelerator", "Incubateur / accélérateur", "Incubator / accelerator"),
    Term("company", "Company", "Entreprise", "Bedrijf"),
    Term("freelancer", "Freelancer", "Indépendant / freelance", "Zelfstandige / freelancer"),
    Term("collective", "Collective / non-profit", "Collectif / ASBL", "Collectief / vzw"),
    Term("research", "Research institution", "Institution de recherche", "Onderzoeksinstelling"),
    Term("school", "School / academy", "École / académie", "School / academie"),
    Term("cultural_venue", "Cultural venue", "Lieu culturel", "Culturele locatie"),
    Term("public_body", "Public body", "Organisme public", "Overheidsinstelling"),
    Term("funder", "Funder", "Financeur", "Financier"),
    Term("event", "Event / festival", "Événement / festival", "Evenement / festival"),
)

# --------------------------------------------------------------------------------------------------------------------
# Sectors (Creative and Cultural Industries) with their NACE Rev.2 classes
#
# Every NACE class belongs to a single sector, with one deliberate exception: 62.01 (computer programming
# activities) is listed under both "gaming" and "digital_media", because game studios and digital-media developers
# alike register under it and neither sector can claim it alone.  Codes are NACE Rev.2 (not Rev.2.1), the
# classification used by the Crossroads Bank for Enterprises for existing registrations.
# --------------------------------------------------------------------------------------------------------------------

SECTORS: tuple[Sector, ...] = (
    Sector(
        "visual_arts",
        "Visual arts & photography",
        "Arts visuels et photographie",
        "Beeldende kunst en fotografie",
        # artistic creation; photographic activities; retail in specialised stores (commercial art galleries)
        nace=("90.03", "74.20", "47.78"),
    ),
    Sector(
        "performing_arts",
        "Performing arts",
        "Arts de la scène",
        "Podiumkunsten",
        # performing arts; support activities to performing arts; operation of arts facilities
        nace=("90.01", "90.02", "90.04"),
    ),
    Sector(
        "heritage",
        "Cultural heritage, museums, libraries & archives",
        "Patrimoine culturel, musées, bibliothèques et archives",
        "Cultureel erfgoed, musea, bibliotheken en archieven",
        # libraries and archives; museums; historical sites and buildings
        nace=("91.01", "91.02", "91.03"),
    ),
    Sector(
        "audiovisual",
        "Audiovisual (film, TV, radio)",
        "Audiovisuel (cinéma, télévision, radio)",
        "Audiovisueel (film, televisie, radio)",
        # film/video production, post-production, distribution, projection; radio; TV; renting of video tapes/disks
        nace=("59.11", "59.12", "59.13", "59.14", "60.10", "60.20", "77.22"),
    ),
    Sector(
        "gaming",
        "Games",
        "Jeux vidéo",
        "Games",
        # publishing of computer games; computer programming (shared with digital_media, see above)
        nace=("58.21", "62.01"),
    ),
    Sector(
        "publishing",
        "Publishing & print media",
        "Édition et presse écrite",
        "Uitgeverij en gedrukte media",
        # books, newspapers, periodicals, other publishing; printing; retail of books and newspapers;
        # news agencies; translation and interpretation
        nace=("58.11", "58.13", "58.14", "58.19", "18.11", "18.12", "47.61", "47.62", "63.91", "74.30"),
    ),
    Sector(
        "music",
        "Music",
        "Musique",
        "Muziek",
        # sound recording and music publishing; retail of music and video recordings; musical instruments
        nace=("59.20", "47.63", "32.20"),
    ),
    Sector(
        "architecture",
        "Architecture",
        "Architecture",
        "Architectuur",
        nace=("71.11",),
    ),
    Sector(
        "design",
        "Design",
        "Design",
        "Design",
        # specialised design activities (fashion, graphic, interior, industrial design)
        nace=("74.10",),
    ),
    Sector(
        "fashion",
        "Fashion",
        "Mode",
        "Mode",
        # wearing apparel (leather, workwear, outerwear, underwear, other); luggage and handbags; footwear
        nace=("14.11", "14.12", "14.13", "14.14", "14.19", "15.12", "15.20"),
    ),
    Sector(
        "advertising",
        "Advertising & communication",
        "Publicité et communication",
        "Reclame en communicatie",
        # advertising agencies; media representation; public relations and communication
        nace=("73.11", "73.12", "70.21"),
    ),
    Sector(
        "crafts",
        "Crafts",
        "Artisanat d'art",
        "Kunstambachten",
        # jewellery; imitation jewellery; ceramic household and ornamental articles; other wood articles;
        # made-up textile articles
        nace=("32.12", "32.13", "23.41", "16.29", "13.92"),
    ),
    Sector(
        "digital_media",
        "Digital media",
        "Médias numériques",
        "Digitale media",
        # other software publishing; computer programming (shared with gaming, see above); web portals
        nace=("58.29", "62.01", "63.12"),
    ),
    Sector(
        "arts_education",
        "Arts education",
        "Enseignement artistique",
        "Kunstonderwijs",
        # cultural education
        nace=("85.52",),
    ),
)

# --------------------------------------------------------------------------------------------------------------------
# Services offered by an entity
# --------------------------------------------------------------------------------------------------------------------

SERVICES: tuple[Term, ...] = (
    Term("workspace", "Workspace", "Espace de travail", "Werkruimte"),
    Term("equipment", "Equipment and machines", "Équipements et machines", "Apparatuur en machines"),
    Term("prototyping", "Prototyping", "Prototypage", "Prototyping"),
    Term("training", "Training", "Formation", "Opleiding"),
    Term("coaching", "Coaching / mentoring", "Coaching / mentorat", "Coaching / mentoring"),
    Term("funding", "Funding", "Financement", "Financiering"),
    Term("networking", "Networking / events", "Réseautage / événements", "Netwerken / evenementen"),
    Term("residencies", "Residencies", "Résidences", "Residenties"),
    Term("showcase", "Showcase / exhibition", "Vitrine / exposition", "Presentatie / tentoonstelling"),
    Term(
        "legal_admin",
        "Legal / admin support",
        "Soutien juridique / administratif",
        "Juridische / administratieve steun",
    ),
    Term("market_access", "Market access", "Accès au marché", "Markttoegang"),
    Term("research_development", "Research & development", "Recherche et développement", "Onderzoek en ontwikkeling"),
    Term("community", "Community", "Communauté", "Gemeenschap"),
)

# --------------------------------------------------------------------------------------------------------------------
# Audiences an entity serves
# --------------------------------------------------------------------------------------------------------------------

AUDIENCES: tuple[Term, ...] = (
    Term("artists", "Artists", "Artistes", "Kunstenaars"),
    Term("makers", "Makers", "Makers", "Makers"),
    Term("students", "Students", "Étudiants", "Studenten"),
    Term("freelancers", "Freelancers", "Indépendants", "Zelfstandigen"),
    Term("startups", "Start-ups", "Start-ups", "Start-ups"),
    Term("smes", "SMEs", "PME", "Kmo's"),
    Term("large_companies", "Large companies", "Grandes entreprises", "Grote ondernemingen"),
    Term("researchers", "Researchers", "Chercheurs", "Onderzoekers"),
    Term("public_sector", "Public sector", "Secteur public", "Openbare sector"),
    Term("ngos", "NGOs / non-profits", "ONG / associations", "Ngo's / verenigingen"),
    Term("citizens", "Citizens", "Citoyens", "Burgers"),
    Term("youth", "Children / youth", "Enfants / jeunes", "Kinderen / jongeren"),
)

# --------------------------------------------------------------------------------------------------------------------
# Relation types between entities (source → target).  Forward labels read "source <label> target", inverse labels
# read "target <inverse> source".  Undirected types repeat the forward label as their inverse.
# --------------------------------------------------------------------------------------------------------------------

RELATION_TYPES: tuple[RelationType, ...] = (
    RelationType(
        "member_of",
        "member of",
        "membre de",
        "lid van",
        directed=True,
        inverse_en="has member",
        inverse_fr="a pour membre",
        inverse_nl="heeft als lid",
    ),
    RelationType(
        "spin_off_of",
        "spin-off of",
        "spin-off de",
        "spin-off van",
        directed=True,
        inverse_en="produced spin-off",
        inverse_fr="a produit la spin-off",
        inverse_nl="heeft als spin-off",
    ),
    RelationType(
        "incubated_by",
        "incubated or accelerated by",
        "incubé ou accéléré par",
        "geïncubeerd of versneld door",
        directed=True,
        inverse_en="incubates or accelerates",
        inverse_fr="incube ou accélère",
        inverse_nl="incubeert of versnelt",
    ),
    RelationType(
        "invested_in_by",
        "invested in by",
        "a reçu un investissement de",
        "ontving een investering van",
        directed=True,
        inverse_en="invests in",
        inverse_fr="investit dans",
        inverse_nl="investeert in",
    ),
    RelationType(
        "founded_by",
        "founded by",
        "fondé par",
        "opgericht door",
        directed=True,
        inverse_en="founded",
        inverse_fr="a fondé",
        inverse_nl="heeft opgericht",
    ),
    RelationType(
        "subsidiary_of",
        "subsidiary of",
        "filiale de",
        "dochteronderneming van",
        directed=True,
        inverse_en="has subsidiary",
        inverse_fr="a pour filiale",
        inverse_nl="heeft als dochteronderneming",
    ),
    RelationType(
        "hosted_by",
        "hosted by",
        "hébergé par",
        "gehuisvest bij",
        directed=True,
        inverse_en="hosts",
        inverse_fr="héberge",
        inverse_nl="huisvest",
    ),
    RelationType(
        "supported_by",
        "supported or mentored by",
        "soutenu ou accompagné par",
        "ondersteund of begeleid door",
        directed=True,
        inverse_en="supports or mentors",
        inverse_fr="soutient ou accompagne",
        inverse_nl="ondersteunt of begeleidt",
    ),
    RelationType(
        "part_of_cluster",
        "part of cluster",
        "fait partie du cluster",
        "maakt deel uit van cluster",
        directed=True,
        inverse_en="cluster includes",
        inverse_fr="le cluster comprend",
        inverse_nl="cluster omvat",
    ),
    RelationType(
        "collaborates_with",
        "collaborates with",
        "collabore avec",
        "werkt samen met",
        directed=False,
        inverse_en="collaborates with",
        inverse_fr="collabore avec",
        inverse_nl="werkt samen met",
    ),
)

# --------------------------------------------------------------------------------------------------------------------
# Size classes (headcount, following the EU SME definition's thresholds, with "solo" split off from "micro")
# --------------------------------------------------------------------------------------------------------------------

SIZE_CLASSES: tuple[Term, ...] = (
    Term("solo", "Solo (1 person)", "Solo (1 personne)", "Solo (1 persoon)"),
    Term("micro", "Micro (2–9 people)", "Micro (2–9 personnes)", "Micro (2–9 personen)"),
    Term("small", "Small (10–49 people)", "Petite (10–49 personnes)", "Klein (10–49 personen)"),
    Term("medium", "Medium (50–249 people)", "Moyenne (50–249 personnes)", "Middelgroot (50–249 personen)"),
    Term("large", "Large (250+ people)", "Grande (250+ personnes)", "Groot (250+ personen)"),
)

# --------------------------------------------------------------------------------------------------------------------
# Plain code lists (stored as text, labelled by the GUI)
# --------------------------------------------------------------------------------------------------------------------

STATUSES: tuple[str, ...] = ("active", "inactive", "closed")
VISIBILITIES: tuple[str, ...] = ("public", "private")
VERIFICATIONS: tuple[str, ...] = ("unverified", "claimed", "verified")

# --------------------------------------------------------------------------------------------------------------------
# Municipalities of the Brussels Capital Region (Statbel NIS codes; French and Dutch names exactly as in UrbIS).
# Each postcode is assigned to exactly one municipality: 1000, 1020 (Laeken), 1120 (Neder-Over-Heembeek) and
# 1130 (Haren) go to the City of Brussels; 1050 goes to Ixelles although the Avenue Louise strip of the City of
# Brussels shares it, and every other postcode that crosses a municipal boundary likewise goes to the municipality
# whose name it carries.  Only geographic postcodes are listed, not organisation-specific ones (1005, 1047, 1049...).
# --------------------------------------------------------------------------------------------------------------------

MUNICIPALITIES: tuple[Municipality, ...] = (
    Municipality("21001", "Anderlecht", "Anderlecht", "Anderlecht", ("1070",)),
    Municipality("21002", "Auderghem", "Oudergem", "Auderghem", ("1160",)),
    Municipality("21003", "Berchem-Sainte-Agathe", "Sint-Agatha-Berchem", "Berchem-Sainte-Agathe", ("1082",)),
    Municipality("21004", "Bruxelles", "Brussel", "City of Brussels", ("1000", "1020", "1120", "1130")),
    Municipality("21005", "Etterbeek", "Etterbeek", "Etterbeek", ("1040",)),
    Municipality("21006", "Evere", "Evere", "Evere", ("1140",)),
    Municipality("21007", "Forest", "Vorst", "Forest", ("1190",)),
    Municipality("21008", "Ganshoren", "Ganshoren", "Ganshoren", ("1083",)),
    Municipality("21009", "Ixelles", "Elsene", "Ixelles", ("1050",)),
    Municipality("21010", "Jette", "Jette", "Jette", ("1090",)),
    Municipality("21011", "Koekelberg", "Koekelberg", "Koekelberg", ("1081",)),
    Municipality("21012", "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean", ("1080",)),
    Municipality("21013", "Saint-Gilles", "Sint-Gillis", "Saint-Gilles", ("1060",)),
    Municipality("21014", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "Saint-Josse-ten-Noode", ("1210",)),
    Municipality("21015", "Schaerbeek", "Schaarbeek", "Schaerbeek", ("1030",)),
    Municipality("21016", "Uccle", "Ukkel", "Uccle", ("1180",)),
    Municipality("21017", "Watermael-Boitsfort", "Watermaal-Bosvoorde", "Watermael-Boitsfort", ("1170",)),
    Municipality("21018", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert", ("1200",)),
    Municipality("21019", "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", "Woluwe-Saint-Pierre", ("1150",)),
)

# --------------------------------------------------------------------------------------------------------------------
# Look-ups
# --------------------------------------------------------------------------------------------------------------------

VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "entity_types": ENTITY_TYPES,
    "sectors": SECTORS,
    "services": SERVICES,
    "audiences": AUDIENCES,
    "relation_types": RELATION_TYPES,
    "size_classes": SIZE_CLASSES,
}

def vocabulary_rows() -> Iterator[tuple[str, dict[str, object]]]:
    """Every vocabulary entry as its table and row (column: value), as both stores hold them; `directed` a bool."""
    for table, terms in VOCABULARIES.items():
        for term in terms:
            row: dict[str, object] = {"code": term.code, "label_en": term.label_en, "label_fr": term.label_fr,
                                      "label_nl": term.label_nl}
            if isinstance(term, Sector):
                row["nace"] = ",".join(term.nace)
            if isinstance(term, RelationType):
                row.update(directed=term.directed, inverse_en=term.inverse_en, inverse_fr=term.inverse_fr,
                           inverse_nl=term.inverse_nl)
            yield table, row


_MUNICIPALITY_BY_POSTCODE: dict[str, Municipality] = {
    postcode: municipality for municipality in MUNICIPALITIES for postcode in municipality.postcodes
}


def municipality_row(nis: str) -> tuple[str, str, str, str, str]:
    """A municipality's (code, label_en, label_fr, label_nl, postcodes) as both stores' municipalities tables hold
    them (postcodes comma-separated)."""
    municipality = {m.nis: m for m in MUNICIPALITIES}[nis]
    return (nis, municipality.name_en, municipality.name_fr, municipality.name_nl, ",".join(municipality.postcodes))


def municipality_for_postcode(postcode: str) -> Municipality | None:
    """Return the Brussels municipality a postcode belongs to, or None if it is not a listed Brussels postcode."""
    if postcode is None:
        return None
    return _MUNICIPALITY_BY_POSTCODE.get(str(postcode).strip())


def term(vocabulary: str, code: str) -> Term | None:
    """Return the term with this code in the named vocabulary ("sectors", "services"...), or None if there is none."""
    for entry in VOCABULARIES.get(vocabulary, ()):
        if entry.code == code:
            return entry
    return None
