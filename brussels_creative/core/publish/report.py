"""The ecosystem report: key figures and their change, trends, maps, tables by municipality and sector, data
quality and method, as one self-contained HTML page (images inline, opens offline) in English, French or Dutch.

The report's words are its own (a reader's language, chosen per report, not QGIS's): ``TEXTS`` holds them.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass, field

TEXTS: dict[str, tuple[str, str, str]] = {  # key: (en, fr, nl)
    "title": ("The creative ecosystem of the Brussels Capital Region",
              "L'écosystème créatif de la Région de Bruxelles-Capitale",
              "Het creatieve ecosysteem van het Brussels Hoofdstedelijk Gewest"),
    "generated": ("Report of {date}, from {file}", "Rapport du {date}, d'après {file}",
                  "Rapport van {date}, uit {file}"),
    "key_figures": ("Key figures", "Chiffres clés", "Kerncijfers"),
    "figure": ("Figure", "Indicateur", "Indicator"),
    "value": ("Value", "Valeur", "Waarde"),
    "since_previous": ("Since the previous snapshot", "Depuis l'instantané précédent", "Sinds de vorige momentopname"),
    "since_year": ("Since a year before", "Depuis un an", "Sinds een jaar eerder"),
    "change": ("Change", "Évolution", "Verandering"),
    "previous_none": ("No earlier snapshot: run KPI snapshot to follow the changes.",
                      "Pas d'instantané antérieur : lancez l'instantané des indicateurs pour suivre les évolutions.",
                      "Geen eerdere momentopname: voer de momentopname van de indicatoren uit om de evolutie te "
                      "volgen."),
    "trends": ("Trends", "Tendances", "Trends"),
    "trends_none": ("No snapshots yet.", "Pas encore d'instantanés.", "Nog geen momentopnamen."),
    "maps": ("Maps", "Cartes", "Kaarten"),
    "map_types": ("Active entities by type", "Entités actives par type", "Actieve entiteiten per type"),
    "map_density": ("Kernel density of active entities (per km², bandwidth {bandwidth} m)",
                    "Densité par noyau des entités actives (par km², rayon {bandwidth} m)",
                    "Kerndichtheid van de actieve entiteiten (per km², bandbreedte {bandwidth} m)"),
    "by_municipality": ("By municipality", "Par commune", "Per gemeente"),
    "municipality": ("Municipality", "Commune", "Gemeente"),
    "entities": ("Active entities", "Entités actives", "Actieve entiteiten"),
    "density": ("Per km²", "Par km²", "Per km²"),
    "strongest_sector": ("Most over-represented sector (LQ)", "Secteur le plus surreprésenté (QL)",
                         "Meest oververtegenwoordigde sector (LQ)"),
    "by_sector": ("By sector", "Par secteur", "Per sector"),
    "sector": ("Sector", "Secteur", "Sector"),
    "share": ("Share", "Part", "Aandeel"),
    "strongest_municipality": ("Where most over-represented (LQ)", "Où le plus surreprésenté (QL)",
                               "Waar het meest oververtegenwoordigd (LQ)"),
    "hubs": ("Most connected entities", "Entités les plus connectées", "Meest verbonden entiteiten"),
    "name": ("Name", "Nom", "Naam"),
    "type": ("Type", "Type", "Type"),
    "links": ("Relationships", "Relations", "Relaties"),
    "quality": ("Data quality", "Qualité des données", "Datakwaliteit"),
    "method": ("Sources and method", "Sources et méthode", "Bronnen en methode"),
    "method_text": (
        "Figures count the active entities of the ecosystem GeoPackage (private ones included). Densities are "
        "planar, per km² of the municipalities (UrbIS © CIRB/CIBG, EPSG:31370). A location quotient compares a "
        "sector's share in a municipality with its share in the region (above 1: over-represented). Changes are "
        "measured against the snapshots kept in the file (KPI snapshot), replayed from its history. The kernel "
        "density is a quartic kernel computed by FFT.",
        "Les chiffres comptent les entités actives du GeoPackage de l'écosystème (privées comprises). Les "
        "densités sont planes, par km² des communes (UrbIS © CIRB/CIBG, EPSG:31370). Un quotient de localisation "
        "compare la part d'un secteur dans une commune à sa part dans la Région (au-dessus de 1 : "
        "surreprésenté). Les évolutions sont mesurées par rapport aux instantanés conservés dans le fichier "
        "(instantané des indicateurs), reconstitués à partir de son historique. La densité par noyau est un noyau "
        "quartique calculé par FFT.",
        "De cijfers tellen de actieve entiteiten van de ecosysteem-GeoPackage (private inbegrepen). Dichtheden "
        "zijn vlak, per km² van de gemeenten (UrbIS © CIRB/CIBG, EPSG:31370). Een locatiequotiënt vergelijkt het "
        "aandeel van een sector in een gemeente met zijn aandeel in het Gewest (boven 1: oververtegenwoordigd). "
        "Evoluties worden gemeten tegenover de momentopnamen die in het bestand bewaard worden (momentopname van "
        "de indicatoren), gereconstrueerd uit de historiek. De kerndichtheid is een quartische kern, berekend "
        "met FFT."),
}  # fmt: skip

# KPI name -> (en, fr, nl) label, in the order of the key figures.
KPI_LABELS: dict[str, tuple[str, str, str]] = {
    "active_entities": ("Active entities", "Entités actives", "Actieve entiteiten"),
    "density": ("Entities per km²", "Entités par km²", "Entiteiten per km²"),
    "relationships_per_entity": ("Relationships per entity", "Relations par entité", "Relaties per entiteit"),
    "share_intermediaries": ("Share of hubs, labs, coworkings and incubators (%)",
                             "Part des hubs, labs, coworkings et incubateurs (%)",
                             "Aandeel hubs, labs, coworkings en incubatoren (%)"),
    "new_entities": ("New since the previous snapshot", "Nouvelles depuis l'instantané précédent",
                     "Nieuw sinds de vorige momentopname"),
    "closed_entities": ("Closed since the previous snapshot", "Fermées depuis l'instantané précédent",
                        "Gesloten sinds de vorige momentopname"),
    "share_top3_municipalities": ("Share in the three largest municipalities (%)",
                                  "Part dans les trois plus grandes communes (%)",
                                  "Aandeel in de drie grootste gemeenten (%)"),
    "herfindahl_sectors": ("Concentration of the sectors (Herfindahl, 0–1)",
                           "Concentration des secteurs (Herfindahl, 0–1)",
                           "Concentratie van de sectoren (Herfindahl, 0–1)"),
    "share_verified": ("Verified (%)", "Vérifiées (%)", "Geverifieerd (%)"),
    "share_reviewed_12_months": ("Reviewed or verified in the last 12 months (%)",
                                 "Revues ou vérifiées ces 12 derniers mois (%)",
                                 "Nagekeken of geverifieerd in de laatste 12 maanden (%)"),
    "completeness:address": ("Address filled (%)", "Adresse remplie (%)", "Adres ingevuld (%)"),
    "completeness:postcode": ("Postcode filled (%)", "Code postal rempli (%)", "Postcode ingevuld (%)"),
    "completeness:website": ("Website filled (%)", "Site web rempli (%)", "Website ingevuld (%)"),
    "completeness:email": ("E-mail filled (%)", "Courriel rempli (%)", "E-mail ingevuld (%)"),
    "completeness:phone": ("Phone filled (%)", "Téléphone rempli (%)", "Telefoon ingevuld (%)"),
    "completeness:primary_sector": ("Primary sector chosen (%)", "Secteur principal choisi (%)",
                                    "Hoofdsector gekozen (%)"),
}  # fmt: skip
KEY_FIGURES = ("active_entities", "density", "relationships_per_entity", "share_intermediaries", "new_entities",
               "closed_entities", "share_top3_municipalities", "herfindahl_sectors")  # fmt: skip
QUALITY_FIGURES = ("share_verified", "share_reviewed_12_months", "completeness:address", "completeness:postcode",
                   "completeness:website", "completeness:email", "completeness:phone",
                   "completeness:primary_sector")  # fmt: skip
LANGUAGE_INDEX = {"en": 0, "fr": 1, "nl": 2}


def text(key: str, language: str, **values) -> str:
    """The report's text for ``key`` in the language (en, fr or nl), with its {placeholders} filled."""
    return TEXTS[key][LANGUAGE_INDEX[language]].format(**values)


def kpi_label(name: str, language: str) -> str:
    """A KPI's label in the language (its name when it has none)."""
    labels = KPI_LABELS.get(name)
    return labels[LANGUAGE_INDEX[language]] if labels else name


@dataclass
class Figure:
    """One key figure with its changes (None where there is nothing to compare with)."""

    name: str
    value: float
    change: float | None = None
    change_year: float | None = None


@dataclass
class ReportContent:
    """What the report shows; images are PNG bytes."""

    language: str
    file_name: str
    generated: dt.date
    figures: list[Figure]
    quality: list[Figure]
    has_previous: bool
    trend_chart: bytes | None
    maps: list[tuple[str, bytes]]  # caption, PNG
    municipalities: list[Sequence]  # name, entities, per km², strongest sector (LQ)
    sectors: list[Sequence]  # name, entities, share %, strongest municipality (LQ)
    hubs: list[Sequence] = field(default_factory=list)  # name, type, relationships


def _number(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", " ")
    return f"{value:,.{digits}f}".replace(",", " ")


def _signed(value: float | None) -> str:
    return "–" if value is None else ("+" if value > 0 else "") + _number(value)


def _table(headers: Sequence[str], rows: Sequence[Sequence]) -> str:
    head = "".join(f"<th scope='col'>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c if isinstance(c, str) else _number(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _image(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f"<figure><img src='data:image/png;base64,{data}' alt='{html.escape(alt)}'><figcaption>" \
           f"{html.escape(alt)}</figcaption></figure>"  # fmt: skip


def _figures_table(figures: Sequence[Figure], language: str) -> str:
    """The table of figures with their changes (key figures, data quality)."""
    headers = [text(key, language) for key in ("figure", "value", "since_previous", "since_year")]
    return _table(headers, [(kpi_label(f.name, language), f.value, _signed(f.change), _signed(f.change_year))
                            for f in figures])


STYLE = """
body{font-family:'Open Sans',Arial,sans-serif;margin:2rem auto;max-width:60rem;color:#222;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #c0392b;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;
text-align:left}td:not(:first-child){text-align:right}th{background:#f4f4f4}figure{margin:1rem 0}
img{max-width:100%;border:1px solid #ddd}figcaption{font-size:.9rem;color:#555}.note{color:#555}
"""


def render_html(content: ReportContent) -> str:
    """The report as one self-contained HTML page."""
    lang = content.language
    t = lambda key, **values: text(key, lang, **values)  # noqa: E731
    parts = [
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{html.escape(t('title'))}</title><style>{STYLE}</style></head><body>",
        f"<h1>{html.escape(t('title'))}</h1>",
        f"<p class='note'>{html.escape(t('generated', date=content.generated.isoformat(), file=content.file_name))}"
        "</p>",
        f"<section id='key-figures'><h2>{html.escape(t('key_figures'))}</h2>",
        _figures_table(content.figures, lang),
    ]
    if not content.has_previous:
        parts.append(f"<p class='note'>{html.escape(t('previous_none'))}</p>")
    parts.append("</section>")
    parts.append(f"<section id='trends'><h2>{html.escape(t('trends'))}</h2>")
    parts.append(_image(content.trend_chart, t("trends")) if content.trend_chart
                 else f"<p class='note'>{html.escape(t('trends_none'))}</p>")  # fmt: skip
    parts.append("</section>")
    parts.append(f"<section id='maps'><h2>{html.escape(t('maps'))}</h2>")
    parts += [_image(png, caption) for caption, png in content.maps]
    parts.append("</section>")
    parts.append(f"<section id='municipalities'><h2>{html.escape(t('by_municipality'))}</h2>")
    parts.append(_table([t("municipality"), t("entities"), t("density"), t("strongest_sector")],
                        content.municipalities))  # fmt: skip
    parts.append(f"</section><section id='sectors'><h2>{html.escape(t('by_sector'))}</h2>")
    parts.append(_table([t("sector"), t("entities"), t("share"), t("strongest_municipality")], content.sectors))
    parts.append("</section>")
    if content.hubs:
        parts.append(f"<section id='hubs'><h2>{html.escape(t('hubs'))}</h2>")
        parts.append(_table([t("name"), t("type"), t("links")], content.hubs))
        parts.append("</section>")
    parts.append(f"<section id='quality'><h2>{html.escape(t('quality'))}</h2>")
    parts.append(_figures_table(content.quality, lang))
    parts.append(f"</section><section id='method'><h2>{html.escape(t('method'))}</h2>")
    parts.append(f"<p>{html.escape(t('method_text'))}</p></section></body></html>")
    return "\n".join(parts)


def gather(connection, language: str, file_name: str, today: dt.date | None = None) -> ReportContent:
    """The report's figures and tables from an ecosystem file (a sqlite3 connection): the KPIs now, compared with
    the last snapshot before today and the one nearest a year before; images are added by the caller."""
    from collections import Counter

    from ..analysis import kpi

    today = today or dt.datetime.now(dt.UTC).date()
    moment = kpi.now_moment()
    areas = kpi.municipality_areas(connection)
    previous_at = kpi.previous_snapshot(connection, moment)
    state = kpi.read_state(connection)
    now = {(k.kpi, k.scope_type, k.scope_code): k.value for k in kpi.compute_kpis(
        state, moment, areas, changes=kpi.count_changes(connection, previous_at, moment))}  # fmt: skip
    before = _snapshot_values(connection, previous_at)
    year_at = _nearest_snapshot(connection, today - dt.timedelta(days=365))
    year = _snapshot_values(connection, year_at)

    def figure(name: str) -> Figure:
        value = now.get((name, "region", None), 0.0)
        old, older = before.get((name, "region", None)), year.get((name, "region", None))
        changes_since = name in ("new_entities", "closed_entities")  # already a change: not compared again
        return Figure(name, value, None if old is None or changes_since else value - old,
                      None if older is None or changes_since else value - older)

    names = _labels(connection, "municipalities", language)
    sectors = _labels(connection, "sectors", language)
    lq: dict[tuple[str, str], float] = {}
    for (name, scope, code), value in now.items():
        if name.startswith("location_quotient:") and scope == "municipality":
            lq[(code, name.split(":", 1)[1])] = value
    cell: Counter = Counter()
    active = {u for u, s in zip(state.columns["uuid"], state.columns["status"], strict=True) if s == "active"}
    for uuid, nis in zip(state.columns["uuid"], state.columns["municipality"], strict=True):
        if uuid in active and nis:
            for sector in state.sectors.get(uuid, ()):
                cell[(nis, sector)] += 1
    municipality_rows = []
    for code in sorted(areas, key=lambda c: names.get(c, c)):
        best = _strongest([(v, s) for (m, s), v in lq.items() if m == code and cell[(m, s)] >= 3], sectors)
        municipality_rows.append((names.get(code, code), now.get(("active_entities", "municipality", code), 0),
                                  now.get(("density", "municipality", code), 0.0), best))  # fmt: skip
    total = now.get(("active_entities", "region", None), 0) or 1
    sector_rows = []
    for code in sorted(sectors, key=lambda c: -now.get(("active_entities", "sector", c), 0)):
        count = now.get(("active_entities", "sector", code), 0)
        if not count:
            continue
        best = _strongest([(v, m) for (m, s), v in lq.items() if s == code and cell[(m, s)] >= 3], names)
        sector_rows.append((sectors[code], count, 100.0 * count / total, best))
    return ReportContent(
        language, file_name, today,
        figures=[figure(name) for name in KEY_FIGURES], quality=[figure(name) for name in QUALITY_FIGURES],
        has_previous=previous_at is not None, trend_chart=None, maps=[], municipalities=municipality_rows,
        sectors=sector_rows, hubs=_hubs(connection, language),
    )  # fmt: skip


def _labels(connection, table: str, language: str) -> dict[str, str]:
    """The labels in the language of a table of codes (municipalities, sectors), by code."""
    index = LANGUAGE_INDEX[language] + 1
    return {row[0]: row[index] for row in connection.execute(f"SELECT code, label_en, label_fr, label_nl FROM {table}")}


def _strongest(quotients: list[tuple[float, str]], labels: dict[str, str]) -> str:
    """The highest of (location quotient, code) pairs as "label (quotient)"; "–" when there is none."""
    if not quotients:
        return "–"
    quotient, code = sorted(quotients, reverse=True)[0]
    return f"{labels.get(code, code)} ({quotient:.2f})"


def _snapshot_values(connection, taken_at: str | None) -> dict[tuple, float]:
    if taken_at is None:
        return {}
    return {(k, s, c): v for k, s, c, v in connection.execute(
        "SELECT kpi, scope_type, scope_code, value FROM kpi_snapshots WHERE taken_at = ?", (taken_at,))}


def _nearest_snapshot(connection, day: dt.date, tolerance_days: int = 20) -> str | None:
    rows = connection.execute(
        "SELECT DISTINCT taken_at FROM kpi_snapshots WHERE kpi = 'active_entities' AND scope_type = 'region'"
    ).fetchall()
    best = None
    for (taken_at,) in rows:
        gap = abs((dt.date.fromisoformat(taken_at[:10]) - day).days)
        if gap <= tolerance_days and (best is None or gap < best[0]):
            best = (gap, taken_at)
    return best[1] if best else None


def _hubs(connection, language: str, top: int = 10) -> list[tuple]:
    """The active entities with the most relationships to other active entities (name, type label, count)."""
    label = ("label_en", "label_fr", "label_nl")[LANGUAGE_INDEX[language]]
    return connection.execute(
        f"SELECT e.name, coalesce(t.{label}, e.entity_type), count(*) AS links FROM entities e "
        "JOIN relationships r ON e.uuid IN (r.from_uuid, r.to_uuid) "
        "JOIN entities o ON o.uuid = CASE WHEN r.from_uuid = e.uuid THEN r.to_uuid ELSE r.from_uuid END "
        "LEFT JOIN entity_types t ON t.code = e.entity_type "
        "WHERE e.status = 'active' AND o.status = 'active' AND (r.until IS NULL OR r.until = '' OR "
        "r.until > date('now')) GROUP BY e.fid ORDER BY links DESC, e.name LIMIT ?",
        (top,),
    ).fetchall()
