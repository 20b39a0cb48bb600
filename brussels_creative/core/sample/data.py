"""The sample ecosystem's data tables: periods, vocabularies, type and sector mixes, the creative centres of Brussels,
name parts, streets, and the probabilities the generator draws from. Plain constants, no logic."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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

# Share of each entity type (normalised; freelancers take the rounding remainder).
TYPE_SHARES = {
    "freelancer": 0.41,
    "company": 0.33,
    "collective": 0.07,
    "cultural_venue": 0.04,
    "event": 0.02,
    "school": 0.015,
    "coworking": 0.015,
    "hub": 0.012,
    "research": 0.01,
    "network": 0.01,
    "incubator": 0.008,
    "public_body": 0.007,
    "fablab": 0.006,
    "makerspace": 0.006,
    "funder": 0.006,
    "living_lab": 0.004,
    "cluster": 0.004,
}
# Types every sample of a reasonable size holds at least once (the relationships need them).
ESSENTIAL_TYPES = ("hub", "cluster", "incubator", "funder", "coworking", "network", "research", "public_body")
INTERMEDIARIES = ("hub", "cluster", "network", "fablab", "makerspace", "living_lab", "coworking", "incubator")

# Base share of each sector among the creative entities of the region.
SECTOR_BASE = {
    "visual_arts": 0.13,
    "performing_arts": 0.10,
    "heritage": 0.04,
    "audiovisual": 0.10,
    "gaming": 0.03,
    "publishing": 0.07,
    "music": 0.08,
    "architecture": 0.08,
    "design": 0.10,
    "fashion": 0.05,
    "advertising": 0.08,
    "crafts": 0.05,
    "digital_media": 0.07,
    "arts_education": 0.02,
}
# Sector multipliers by entity type.
TYPE_SECTOR_BIAS = {
    "school": {"arts_education": 15.0, "visual_arts": 1.5, "performing_arts": 1.5, "architecture": 1.5},
    "research": {"digital_media": 3.0, "heritage": 3.0, "architecture": 2.0, "gaming": 2.0, "arts_education": 2.0},
    "cultural_venue": {"performing_arts": 4.0, "music": 3.0, "heritage": 3.0, "visual_arts": 2.0, "audiovisual": 2.0},
    "event": {"music": 3.0, "performing_arts": 2.0, "audiovisual": 2.0, "fashion": 1.5, "design": 1.5},
    "fablab": {"design": 4.0, "crafts": 3.0, "digital_media": 2.0, "architecture": 1.5},
    "makerspace": {"design": 4.0, "crafts": 4.0, "digital_media": 1.5},
    "living_lab": {"digital_media": 3.0, "design": 2.0, "architecture": 2.0},
    "freelancer": {"visual_arts": 1.4, "design": 1.3, "heritage": 0.3, "arts_education": 0.5},
    "company": {"advertising": 1.4, "architecture": 1.3, "heritage": 0.4, "arts_education": 0.3},
}


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


# Coordinates from OpenStreetMap positions projected to EPSG:31370; each lies inside the region (checked on use).
CENTRES: tuple[Centre, ...] = (
    Centre(
        "Dansaert / Sainte-Catherine",
        148_480,
        171_170,
        420,
        260,
        30,
        0.16,
        {"fashion": 4.0, "design": 3.0, "crafts": 1.5, "visual_arts": 1.5, "architecture": 1.3, "advertising": 1.2},
    ),
    Centre(
        "Pentagon / Sablon / Marolles",
        148_700,
        170_250,
        550,
        330,
        110,
        0.10,
        {"heritage": 3.0, "visual_arts": 2.0, "crafts": 1.8, "performing_arts": 1.5, "publishing": 1.5},
    ),
    Centre(
        "Saint-Gilles (Parvis, Hôtel des Monnaies)",
        148_450,
        168_800,
        500,
        350,
        -10,
        0.09,
        {"music": 2.0, "performing_arts": 2.0, "visual_arts": 1.8, "architecture": 1.5, "publishing": 1.3},
    ),
    Centre(
        "Ixelles Flagey / Châtelain",
        150_050,
        168_450,
        420,
        300,
        10,
        0.07,
        {"audiovisual": 2.0, "music": 2.0, "design": 1.6, "architecture": 1.6, "advertising": 1.5},
    ),
    Centre(
        "Canal zone Molenbeek / Anderlecht (Abattoirs – Citroën)",
        147_750,
        171_200,
        1_100,
        300,
        52,
        0.14,
        {"audiovisual": 3.0, "crafts": 2.0, "performing_arts": 1.5, "visual_arts": 1.5, "gaming": 1.5, "design": 1.3},
    ),
    Centre(
        "Tour & Taxis",
        148_504,
        172_902,
        380,
        250,
        20,
        0.06,
        {"digital_media": 3.0, "gaming": 2.5, "advertising": 2.0, "design": 1.5, "architecture": 1.5},
    ),
    Centre(
        "Botanique / Saint-Josse / Schaerbeek",
        149_900,
        171_900,
        600,
        400,
        60,
        0.09,
        {"music": 2.5, "performing_arts": 2.0, "publishing": 1.5, "visual_arts": 1.3},
    ),
    Centre(
        "Reyers media park",
        152_412,
        171_178,
        350,
        300,
        0,
        0.04,
        {"audiovisual": 8.0, "advertising": 2.0, "digital_media": 2.0, "music": 1.5},
    ),
    Centre(
        "Etterbeek / ULB–VUB campuses",
        151_450,
        167_800,
        800,
        450,
        60,
        0.07,
        {"digital_media": 2.5, "gaming": 2.0, "arts_education": 3.0, "publishing": 1.5, "heritage": 1.5},
    ),
    Centre(
        "Forest / Wiels",
        146_938,
        168_175,
        450,
        300,
        -20,
        0.03,
        {"visual_arts": 3.0, "performing_arts": 1.5, "crafts": 1.5},
    ),
    Centre(
        "Inner city (first crown)",  # the dense 19th-century belt around the Pentagon: a broad, light cluster
        149_300,
        170_300,
        1_900,
        1_400,
        70,
        0.08,
        {},
    ),
)
PERIPHERY_WEIGHT = 0.06
# Multipliers of the centres' weights (and of the periphery's) by entity type.
TYPE_CENTRE_BIAS = {
    "research": {"Etterbeek / ULB–VUB campuses": 6.0},
    "school": {"Etterbeek / ULB–VUB campuses": 3.0, "Pentagon / Sablon / Marolles": 1.5},
    "cultural_venue": {"Pentagon / Sablon / Marolles": 2.5, "Botanique / Saint-Josse / Schaerbeek": 1.5},
    "public_body": {"Pentagon / Sablon / Marolles": 3.0, "Tour & Taxis": 2.0},
}
INTERMEDIARY_PERIPHERY = 0.3  # intermediaries sit in the centres more than other types
INTERMEDIARY_SPREAD = 0.7  # ...and closer to their core

# Postcodes of the City of Brussels (21004) by area: the Pentagon and the south and east parts are 1000.
BRUSSELS_SPLIT_Y = 173_700
BRUSSELS_NORTH = {"1020": (149_208, 174_537), "1120": (151_417, 176_662), "1130": (153_641, 175_462)}

# ---- word lists ---------------------------------------------------------------------------------------------------
WORDS = (
    "Lumière", "Éclat", "Brèche", "Façade", "Écluse", "Fenêtre", "Volière", "Friche", "Vitrine", "Manège", "Forêt",
    "Plâtre", "Ébène", "Héron", "Mouette", "Renard", "Hérisson", "Cerise", "Rivière", "Sillon", "Mirage", "Horizon",
    "Cédille", "Leçon", "Noël", "Zinneke", "Senne", "Sablon", "Marolles", "Flagey", "Canal", "Béguinage", "Parvis",
    "Étoile", "Aurore", "Châtaigne", "Pêcheur", "Garçonnière", "Française", "Limaçon", "Kanaal", "Zenne", "Zolder",
    "Kelder", "Brug", "Vonk", "Schelp", "Wolk", "Reiger", "Zwaluw", "Molen", "Poëzie", "Ideeën", "Vlinder",
    "Lantaarn", "Spiegel", "Kompas", "Tegel", "Draad", "Pixel", "Motion", "Echo", "Atlas", "Prisma", "Nova", "Orbit",
    "Loop", "Kiosk", "Komma", "Signal", "Canvas", "Frame", "Grain", "Fold", "L’Écluse", "L’Aube", "L’Ourse", "D’Ici",
    "’t Kanaal", "’t Zolderke", "L’Établi", "Citroën", "Noë", "Raphaël",
)  # fmt: skip
FIRST_NAMES = (
    "Élodie", "Noé", "Zoë", "Anaïs", "François", "Gaëlle", "Joël", "Hélène", "Raphaël", "Thaïs", "Inès", "Maël",
    "Chloé", "Jérôme", "Loïc", "Ibrahim", "Fatima", "Yasmine", "Karim", "Sanne", "Pieter", "Jens", "Lotte", "Wout",
    "Fien", "Ruben", "Noor", "Lena", "Ana", "Mateusz", "Ioana", "Aylin", "Mehdi", "Salomé", "Céline", "Michaël",
    "Aurélie", "Nathalie", "Bram", "Ellen", "Arne", "Marie", "Lucas", "Emma", "Amira", "Youssef", "Björn", "Anouk",
)  # fmt: skip
LAST_NAMES = (
    "Peeters", "Janssens", "Van den Broeck", "Dubois", "Lambert", "De Smet", "Lefèvre", "Dupont", "Mertens", "Claes",
    "Wouters", "Goossens", "El Amrani", "Benali", "Martin", "Leclercq", "Vandenberghe", "D’Hondt", "D’Haese",
    "Van Damme", "Lemaître", "Noël", "Ghysels", "Verhaegen", "Moreau", "Leroy", "Gérard", "Jacobs", "Bogaert",
    "Hermans", "Yılmaz", "Kowalski", "Nowak", "Diallo", "Bouzid", "Van de Velde", "Maes", "Willems", "Desmet",
    "Françoise", "Lacroix", "Coppens", "Stevens", "Ben Saïd", "Popescu", "Ferreira", "Rossi", "Müller",
)  # fmt: skip
# Sector-specific company name patterns ({w}: a word) and freelancer trades.
COMPANY_PATTERNS = {
    "visual_arts": ("Galerie {w}", "{w} Photography", "Studio Photo {w}", "Atelier {w}", "{w} Fotografie"),
    "performing_arts": ("Compagnie {w}", "Cie {w}", "{w} Dance Company", "Gezelschap {w}", "Théâtre {w}"),
    "heritage": ("Musée {w}", "{w} Erfgoed", "Archives {w}", "Heritage {w}", "Restauration {w}"),
    "audiovisual": ("{w} Films", "{w} Productions", "{w} Pictures", "Studio {w}", "{w} Filmproductie", "{w} Post"),
    "gaming": ("{w} Games", "{w} Interactive", "{w} Studio", "Studio {w} Games"),
    "publishing": ("Éditions {w}", "Uitgeverij {w}", "{w} Press", "Librairie {w}", "Imprimerie {w}"),
    "music": ("{w} Records", "{w} Music", "Label {w}", "Studio {w} Sound", "{w} Muziek"),
    "architecture": ("{w} Architectes", "{w} Architecten", "Bureau {w}", "Atelier d’architecture {w}"),
    "design": ("Studio {w}", "{w} Design", "{w} Ontwerp", "Atelier {w}", "{w} Graphisme"),
    "fashion": ("Maison {w}", "{w} Couture", "Atelier {w}", "{w} Mode", "{w} Label"),
    "advertising": ("{w} Communication", "{w} Agency", "Agence {w}", "{w} Reclame", "{w} & Partners"),
    "crafts": ("Atelier {w}", "{w} Céramique", "{w} Keramiek", "Bijouterie {w}", "{w} Ambacht"),
    "digital_media": ("{w} Digital", "{w} Labs", "{w} Media", "{w} Interactive", "{w} Studio"),
    "arts_education": ("Académie {w}", "Atelier {w}", "{w} Academie", "École {w}"),
}
TRADES = {
    "visual_arts": ("Photographie", "Illustration", "Fotografie", "Illustratie"),
    "performing_arts": ("Chorégraphie", "Mise en scène", "Regie"),
    "heritage": ("Conservation-restauration", "Erfgoedconsulent"),
    "audiovisual": ("Films", "Montage", "Motion Design", "Camera"),
    "gaming": ("Game Design", "Level Design"),
    "publishing": ("Traduction", "Vertaling", "Éditions", "Copywriting"),
    "music": ("Sound Design", "Musique", "Muziek", "Mastering"),
    "architecture": ("Architecte", "Architect", "Scénographie"),
    "design": ("Design", "Graphic Design", "Grafisch Ontwerp", "Design graphique"),
    "fashion": ("Couture", "Stylisme", "Modeontwerp"),
    "advertising": ("Communication", "Copywriting", "Brand Design"),
    "crafts": ("Céramique", "Keramiek", "Bijoux", "Ébénisterie"),
    "digital_media": ("Web Design", "UX Design", "Développement web"),
    "arts_education": ("Cours de dessin", "Tekenles", "Ateliers créatifs"),
}
TYPE_PATTERNS = {
    "hub": ("{w} Hub", "Maison de la Création {w}", "{w} Creative Hub", "Creatieve Hub {w}", "Pôle {w}"),
    "cluster": ("Cluster {sector}", "{sector} Cluster Brussels", "Brussels {sector} Cluster"),
    "network": ("Réseau {w}", "{w} Netwerk", "{w} Network", "Fédération {w}", "Platform {w}"),
    "fablab": ("Fablab {w}", "{w} Fablab", "Fablab {w} Brussels"),
    "makerspace": ("{w} Makerspace", "Atelier partagé {w}", "Makerspace {w}", "Werkplaats {w}"),
    "living_lab": ("{w} Living Lab", "Living Lab {w}", "Labo urbain {w}"),
    "coworking": ("{w} Coworking", "Cowork {w}", "{w} Workspace", "L’Espace {w}"),
    "incubator": ("{w} Incubator", "Incubateur {w}", "{w} Accelerator", "{w} Start"),
    "collective": ("Collectif {w}", "{w} vzw", "{w} ASBL", "Collectief {w}", "Les Amis de {w}", "Kollektiv {w}"),
    "research": ("Centre de recherche {w}", "{w} Research Lab", "Onderzoeksgroep {w}", "Laboratoire {w}"),
    "school": ("Académie {w}", "École {w}", "{w} Academie", "Hogeschool {w}", "Institut {w}"),
    "cultural_venue": ("Théâtre {w}", "Galerie {w}", "Cinéma {w}", "Kunstencentrum {w}", "L’Espace {w}", "Salle {w}"),
    "public_body": ("Service culture – {w}", "{w}.brussels", "Agence régionale {w}", "Cellule {w}"),
    "funder": ("Fonds {w}", "{w} Capital", "{w} Invest", "Fondation {w}", "{w} Ventures"),
    "event": ("Festival {w}", "{w} Fest", "{w} Days", "Nuit {w}", "Biennale {w}", "{w} Week"),
}
LEGAL_FORMS = ("", "", "", "", "", " SRL", " SRL", " BV", " SA", " SC")

# Streets by postcode: (French name, Dutch name).
STREETS = {
    "1000": (
        ("Rue Antoine Dansaert", "Antoine Dansaertstraat"), ("Rue de Flandre", "Vlaamsesteenweg"),
        ("Quai aux Briques", "Baksteenkaai"), ("Rue des Chartreux", "Kartuizersstraat"),
        ("Rue du Marché au Charbon", "Kolenmarkt"), ("Rue Haute", "Hoogstraat"), ("Rue Blaes", "Blaesstraat"),
        ("Rue de Laeken", "Lakensestraat"), ("Boulevard Anspach", "Anspachlaan"), ("Rue Royale", "Koningsstraat"),
        ("Rue du Midi", "Zuidstraat"), ("Place Sainte-Catherine", "Sint-Katelijneplein"),
        ("Rue des Riches Claires", "Rijke Klarenstraat"), ("Rue de l’Écuyer", "Schildknaapsstraat"),
        ("Rue d’Arenberg", "Arenbergstraat"), ("Avenue du Port", "Havenlaan"),
        ("Avenue Franklin Roosevelt", "Franklin Rooseveltlaan"),
    ),
    "1020": (
        ("Boulevard Émile Bockstael", "Emile Bockstaellaan"), ("Rue Marie-Christine", "Maria-Christinastraat"),
        ("Avenue de la Reine", "Koninginnelaan"), ("Rue Fransman", "Fransmanstraat"),
        ("Parvis Notre-Dame", "Onze-Lieve-Vrouwvoorplein"),
    ),
    "1120": (
        ("Rue de Ransbeek", "Ransbeekstraat"), ("Rue François Vekemans", "Frans Vekemansstraat"),
        ("Chaussée de Vilvorde", "Vilvoordsesteenweg"), ("Rue de Heembeek", "Heembeekstraat"),
    ),
    "1130": (
        ("Rue de Cortenbach", "Cortenbachstraat"), ("Rue de Verdun", "Verdunstraat"),
        ("Rue du Pré aux Oies", "Ganzenweidestraat"),
    ),
    "1070": (
        ("Rue Ropsy Chaudron", "Ropsy Chaudronstraat"), ("Quai de l’Industrie", "Nijverheidskaai"),
        ("Rue Wayez", "Wayezstraat"), ("Chaussée de Mons", "Bergensesteenweg"),
        ("Boulevard de la Révision", "Herzieningslaan"), ("Rue Heyvaert", "Heyvaertstraat"),
        ("Place de la Vaillance", "Dapperheidsplein"),
    ),
    "1160": (
        ("Chaussée de Wavre", "Waversesteenweg"), ("Boulevard du Souverain", "Vorstlaan"),
        ("Avenue Jean Van Horenbeeck", "Jean Van Horenbeecklaan"), ("Rue Jacques Bassem", "Jacques Bassemstraat"),
    ),
    "1082": (
        ("Avenue de Selliers de Moranville", "de Selliers de Moranvillelaan"),
        ("Rue de Grand-Bigard", "Groot-Bijgaardenstraat"), ("Avenue du Roi Albert", "Koning Albertlaan"),
    ),
    "1040": (
        ("Avenue de la Chasse", "Jachtlaan"), ("Rue des Champs", "Veldstraat"),
        ("Boulevard Louis Schmidt", "Louis Schmidtlaan"), ("Avenue d’Auderghem", "Oudergemselaan"),
        ("Rue Gérard", "Gérardstraat"),
    ),
    "1140": (
        ("Chaussée de Haecht", "Haachtsesteenweg"), ("Rue Stroobants", "Stroobantsstraat"),
        ("Avenue Henry Dunant", "Henry Dunantlaan"), ("Square Hoedemaekers", "Hoedemaekerssquare"),
    ),
    "1190": (
        ("Avenue Van Volxem", "Van Volxemlaan"), ("Chaussée de Neerstalle", "Neerstalsesteenweg"),
        ("Rue du Charroi", "Gerijstraat"), ("Place Saint-Denis", "Sint-Denijsplein"),
        ("Chaussée de Bruxelles", "Brusselsesteenweg"),
    ),
    "1083": (
        ("Avenue Charles-Quint", "Keizer Karellaan"), ("Avenue de Villegas", "de Villegaslaan"),
        ("Place Guido Gezelle", "Guido Gezelleplein"), ("Avenue Van Overbeke", "Van Overbekelaan"),
    ),
    "1050": (
        ("Place Flagey", "Flageyplein"), ("Chaussée d’Ixelles", "Elsensesteenweg"), ("Rue du Page", "Edelknaapstraat"),
        ("Rue de la Brasserie", "Brouwerijstraat"), ("Avenue de la Couronne", "Kroonlaan"),
        ("Rue Lesbroussart", "Lesbroussartstraat"), ("Boulevard de la Plaine", "Pleinlaan"),
        ("Rue du Bailli", "Baljuwstraat"), ("Chaussée de Boondael", "Boondaalsesteenweg"),
        ("Rue Américaine", "Amerikaansestraat"),
    ),
    "1090": (
        ("Boulevard de Smet de Naeyer", "de Smet de Naeyerlaan"), ("Rue Léon Theodor", "Léon Theodorstraat"),
        ("Place Reine Astrid", "Koningin Astridplein"), ("Rue Ferdinand Lenoir", "Ferdinand Lenoirstraat"),
    ),
    "1081": (
        ("Rue de Ganshoren", "Ganshorenstraat"), ("Place Simonis", "Simonisplein"),
        ("Boulevard Léopold II", "Leopold II-laan"), ("Rue Herkoliers", "Herkoliersstraat"),
    ),
    "1080": (
        ("Chaussée de Gand", "Gentsesteenweg"), ("Rue Ransfort", "Ransfortstraat"),
        ("Quai du Hainaut", "Henegouwenkaai"), ("Rue de Ribaucourt", "Ribaucourtstraat"),
        ("Rue Vandenpeereboom", "Vandenpeereboomstraat"), ("Quai des Charbonnages", "Koolmijnenkaai"),
        ("Rue de l’Avenir", "Toekomststraat"),
    ),
    "1060": (
        ("Chaussée de Waterloo", "Waterloose Steenweg"), ("Rue de la Victoire", "Overwinningsstraat"),
        ("Parvis de Saint-Gilles", "Sint-Gillisvoorplein"), ("Rue Vanderschrick", "Vanderschrickstraat"),
        ("Chaussée de Forest", "Vorstsesteenweg"), ("Rue de l’Hôtel des Monnaies", "Munthofstraat"),
        ("Rue Émile Féron", "Emile Féronstraat"),
    ),
    "1210": (
        ("Rue de la Charité", "Liefdadigheidsstraat"), ("Chaussée de Louvain", "Leuvensesteenweg"),
        ("Rue Saint-François", "Sint-Franciscusstraat"), ("Place Saint-Josse", "Sint-Joostplein"),
        ("Rue des Deux Églises", "Tweekerkenstraat"), ("Boulevard du Jardin Botanique", "Kruidtuinlaan"),
    ),
    "1030": (
        ("Avenue Louis Bertrand", "Louis Bertrandlaan"), ("Rue Royale Sainte-Marie", "Koninklijke Sint-Mariastraat"),
        ("Place Colignon", "Colignonplein"), ("Rue Josaphat", "Josafatstraat"),
        ("Boulevard Auguste Reyers", "Auguste Reyerslaan"), ("Rue Gallait", "Gallaitstraat"),
        ("Avenue Rogier", "Rogierlaan"),
    ),
    "1180": (
        ("Chaussée d’Alsemberg", "Alsembergsesteenweg"), ("Rue Vanderkindere", "Vanderkinderestraat"),
        ("Avenue Brugmann", "Brugmannlaan"), ("Avenue de Fré", "de Frélaan"), ("Rue du Doyenné", "Dekenijstraat"),
    ),
    "1170": (
        ("Place Keym", "Keymplein"), ("Avenue Delleur", "Delleurlaan"),
        ("Chaussée de La Hulpe", "Terhulpensesteenweg"), ("Avenue de la Fauconnerie", "Valkerijlaan"),
    ),
    "1200": (
        ("Avenue Georges Henri", "Georges Henrilaan"), ("Boulevard Brand Whitlock", "Brand Whitlocklaan"),
        ("Rue Voot", "Vootstraat"), ("Avenue Paul Hymans", "Paul Hymanslaan"),
        ("Avenue Marcel Thiry", "Marcel Thirylaan"),
    ),
    "1150": (
        ("Avenue de Tervueren", "Tervurenlaan"), ("Rue au Bois", "Bosstraat"), ("Place Dumon", "Dumonplein"),
        ("Avenue Orban", "Orbanlaan"),
    ),
}  # fmt: skip

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
SERVICE_P = {
    "hub": {"workspace": .8, "networking": .9, "coaching": .6, "training": .5, "showcase": .5, "community": .8,
            "market_access": .4, "legal_admin": .3, "equipment": .3, "residencies": .2, "funding": .15,
            "prototyping": .2, "research_development": .15},
    "cluster": {"networking": .95, "market_access": .7, "coaching": .4, "training": .4, "funding": .2,
                "legal_admin": .3, "community": .6, "showcase": .3, "research_development": .3},
    "network": {"networking": .95, "community": .8, "training": .3, "showcase": .3, "market_access": .3,
                "legal_admin": .2},
    "fablab": {"equipment": .95, "prototyping": .9, "training": .8, "workspace": .6, "community": .7, "coaching": .2,
               "research_development": .2},
    "makerspace": {"equipment": .9, "prototyping": .7, "training": .6, "workspace": .7, "community": .8},
    "living_lab": {"research_development": .9, "prototyping": .6, "networking": .6, "community": .6,
                   "training": .3, "coaching": .3},
    "coworking": {"workspace": .98, "community": .8, "networking": .7, "equipment": .3, "legal_admin": .2,
                  "coaching": .2, "showcase": .15},
    "incubator": {"coaching": .95, "funding": .5, "workspace": .7, "networking": .8, "legal_admin": .6,
                  "market_access": .6, "training": .6, "prototyping": .2},
    "research": {"research_development": .95, "training": .5, "equipment": .3, "prototyping": .3, "networking": .3},
    "school": {"training": .95, "workspace": .2, "equipment": .4, "showcase": .5, "residencies": .1,
               "community": .3},
    "cultural_venue": {"showcase": .9, "residencies": .4, "networking": .4, "workspace": .2, "community": .5,
                       "training": .2},
    "public_body": {"funding": .6, "legal_admin": .6, "coaching": .3, "networking": .5, "market_access": .4,
                    "training": .2},
    "funder": {"funding": .98, "coaching": .4, "networking": .4, "market_access": .3},
    "event": {"showcase": .9, "networking": .9, "market_access": .4, "community": .4, "training": .2},
    "collective": {"community": .5, "showcase": .3, "workspace": .2, "training": .2, "networking": .3,
                   "residencies": .1},
    "company": {"training": .3, "coaching": .2, "equipment": .2, "prototyping": .2, "showcase": .1, "workspace": .1,
                "research_development": .2, "market_access": .1},
    "freelancer": {"training": .4, "coaching": .3, "prototyping": .1, "showcase": .1},
}  # fmt: skip
AUDIENCE_P = {
    "hub": {"artists": .6, "makers": .5, "freelancers": .8, "startups": .7, "smes": .6, "students": .3,
            "citizens": .3, "ngos": .3},
    "cluster": {"smes": .9, "startups": .7, "large_companies": .6, "freelancers": .5, "researchers": .3,
                "public_sector": .3},
    "network": {"freelancers": .7, "artists": .6, "smes": .5, "ngos": .3, "startups": .3},
    "fablab": {"makers": .95, "students": .7, "citizens": .6, "startups": .5, "artists": .4, "youth": .4,
               "researchers": .2},
    "makerspace": {"makers": .95, "citizens": .6, "artists": .5, "youth": .3, "students": .4},
    "living_lab": {"citizens": .8, "researchers": .6, "public_sector": .6, "startups": .4, "smes": .4, "ngos": .4},
    "coworking": {"freelancers": .95, "startups": .8, "smes": .4, "artists": .3},
    "incubator": {"startups": .98, "smes": .5, "students": .3, "researchers": .2},
    "research": {"researchers": .8, "students": .7, "large_companies": .3, "public_sector": .4, "smes": .3},
    "school": {"students": .98, "youth": .5, "artists": .3, "citizens": .2},
    "cultural_venue": {"citizens": .9, "artists": .6, "youth": .4, "students": .3},
    "public_body": {"smes": .6, "startups": .5, "ngos": .5, "citizens": .4, "artists": .4, "freelancers": .4,
                    "public_sector": .2},
    "funder": {"startups": .8, "smes": .7, "artists": .3, "ngos": .3, "large_companies": .1},
    "event": {"citizens": .8, "artists": .5, "freelancers": .4, "smes": .3, "youth": .3, "students": .3},
    "collective": {"artists": .6, "citizens": .5, "youth": .3, "ngos": .3, "makers": .2},
    "company": {"smes": .5, "large_companies": .3, "citizens": .3, "public_sector": .2, "ngos": .1, "artists": .2,
                "startups": .2},
    "freelancer": {"smes": .5, "artists": .3, "citizens": .3, "ngos": .1},
}  # fmt: skip
# Share of entities of a type that list services/audiences at all (1 for the intermediaries).
OFFER_GATE = {"company": 0.10, "freelancer": 0.06, "collective": 0.6}

# Size classes by type (solo, micro, small, medium, large).
SIZE_P = {
    "freelancer": (0.95, 0.05, 0, 0, 0),
    "company": (0.07, 0.60, 0.25, 0.06, 0.02),
    "collective": (0.10, 0.55, 0.30, 0.05, 0),
    "hub": (0, 0.30, 0.50, 0.20, 0),
    "cluster": (0, 0.60, 0.40, 0, 0),
    "network": (0, 0.60, 0.35, 0.05, 0),
    "fablab": (0, 0.70, 0.30, 0, 0),
    "makerspace": (0.05, 0.70, 0.25, 0, 0),
    "living_lab": (0, 0.70, 0.30, 0, 0),
    "coworking": (0, 0.70, 0.30, 0, 0),
    "incubator": (0, 0.40, 0.50, 0.10, 0),
    "research": (0, 0, 0.30, 0.40, 0.30),
    "school": (0, 0, 0.20, 0.50, 0.30),
    "cultural_venue": (0, 0.25, 0.50, 0.20, 0.05),
    "public_body": (0, 0, 0.20, 0.40, 0.40),
    "funder": (0, 0.30, 0.50, 0.20, 0),
    "event": (0, 0.60, 0.35, 0.05, 0),
}
SIZE_CODES = ("solo", "micro", "small", "medium", "large")
# Founding: (mean age in years, oldest age).
AGE = {
    "freelancer": (6, 40), "company": (12, 100), "collective": (12, 80), "hub": (6, 25), "cluster": (9, 20),
    "network": (12, 60), "fablab": (5, 16), "makerspace": (5, 16), "living_lab": (6, 20), "coworking": (5, 18),
    "incubator": (10, 35), "research": (40, 190), "school": (50, 220), "cultural_venue": (35, 180),
    "public_body": (25, 100), "funder": (15, 60), "event": (10, 50),
}  # fmt: skip

# Relation type codes as stored.
RELATION_CODES = tuple(r.code for r in taxonomy.RELATION_TYPES)
RELATION_INDEX = {code: i for i, code in enumerate(RELATION_CODES)}
