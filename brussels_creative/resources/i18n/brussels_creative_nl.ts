<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>BrusselsCreative</name>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <location filename="../../gui/connect_tool.py"/>
        <location filename="../../plugin.py"/>
        <source>Connect entities</source>
        <translation>Entiteiten verbinden</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Swap direction</source>
        <translation>Richting omkeren</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Read the relation from the target to the source</source>
        <translation>De relatie lezen van het doel naar de bron</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>This GeoPackage has no relation types.</source>
        <translation>Deze GeoPackage bevat geen relatietypes.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>(both ways)</source>
        <translation>(in beide richtingen)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>bc_relationship_unique: this relationship already exists (same source, target and type)</source>
        <translation>bc_relationship_unique: deze relatie bestaat al (zelfde bron, doel en type)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>the GeoPackage refused the write</source>
        <translation>de GeoPackage weigerde het schrijven</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>No entity here: click on an entity point</source>
        <translation>Hier is geen entiteit: klik op het punt van een entiteit</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>“{}” is not saved yet: save the entities layer before connecting it</source>
        <translation>“{}” is nog niet opgeslagen: sla de entiteitenlaag op voordat u deze entiteit verbindt</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>A relation needs two different entities: click another entity as the target</source>
        <translation>Een relatie heeft twee verschillende entiteiten nodig: klik op een andere entiteit als doel</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Source: “{}”. Now click the target entity (Esc cancels)</source>
        <translation>Bron: “{}”. Klik nu op de doelentiteit (Esc annuleert)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Connection cancelled</source>
        <translation>Verbinden geannuleerd</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>The entities layer is not in a GeoPackage</source>
        <translation>De entiteitenlaag staat niet in een GeoPackage</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Cannot open the relationships table of this GeoPackage</source>
        <translation>Kan de relatietabel van deze GeoPackage niet openen</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Could not add the relationship to the edit buffer</source>
        <translation>Kan de relatie niet aan de bewerkingsbuffer toevoegen</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Relationship {} added to the edits of layer “{}”: save the layer to store it</source>
        <translation>Relatie {} toegevoegd aan de bewerkingen van laag “{}”: sla de laag op om ze te bewaren</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>The relationships table cannot be edited (read-only file?)</source>
        <translation>De relatietabel kan niet bewerkt worden (alleen-lezenbestand?)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Relationship not stored: {}</source>
        <translation>Relatie niet opgeslagen: {}</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Relationship stored: {}</source>
        <translation>Relatie opgeslagen: {}</translation>
    </message>
    <message>
        <location filename="../../gui/duplicate_guard.py"/>
        <source>“{}” looks like “{}”, {} m away: open the existing entity, or carry on if they differ.</source>
        <translation>“{}” lijkt op “{}”, op {} m afstand: open de bestaande entiteit, of ga verder als het om verschillende entiteiten gaat.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicate_guard.py"/>
        <source>({} more similar entities nearby)</source>
        <translation>({} andere gelijkaardige entiteiten in de buurt)</translation>
    </message>
    <message>
        <location filename="../../gui/duplicate_guard.py"/>
        <source>Possible duplicate</source>
        <translation>Mogelijk duplicaat</translation>
    </message>
    <message>
        <location filename="../../gui/duplicate_guard.py"/>
        <source>Open existing</source>
        <translation>Bestaande openen</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <location filename="../../processing/provider.py"/>
        <source>Brussels Creative</source>
        <translation>Brussels Creative</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open ecosystem…</source>
        <translation>Ecosysteem openen…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Create ecosystem GeoPackage…</source>
        <translation>Ecosysteem-GeoPackage aanmaken…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Processing algorithms…</source>
        <translation>Processing-algoritmen…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>About Brussels Creative</source>
        <translation>Over Brussels Creative</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Needs Python packages that are missing: {}. Install them with: pip install {}</source>
        <translation>Vereiste Python-pakketten ontbreken: {}. Installeer ze met: pip install {}</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open ecosystem</source>
        <translation>Ecosysteem openen</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Ecosystem GeoPackage (*.gpkg)</source>
        <translation>Ecosysteem-GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Opened {} ({} entities)</source>
        <translation>{} geopend ({} entiteiten)</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open an ecosystem first (Brussels Creative ▸ Open ecosystem…)</source>
        <translation>Open eerst een ecosysteem (Brussels Creative ▸ Ecosysteem openen…)</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Brussels Creative maps the creative and cultural ecosystem of the Brussels Capital Region.

Municipalities: UrbIS © CIRB/CIBG (paradigm.brussels).</source>
        <translation>Brussels Creative brengt het creatieve en culturele ecosysteem van het Brussels Hoofdstedelijk Gewest in kaart.

Gemeenten: UrbIS © CIRB/CIBG (paradigm.brussels).</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Missing Python packages: {}</source>
        <translation>Ontbrekende Python-pakketten: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Density</source>
        <translation>Dichtheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Cancelled: no output was written</source>
        <translation>Geannuleerd: er werd geen uitvoer geschreven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Entities (or any point layer)</source>
        <translation>Entiteiten (of een andere puntlaag)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>The entities layer of an ecosystem GeoPackage, or any point layer in any CRS</source>
        <translation>De entiteitenlaag van een ecosysteem-GeoPackage, of een puntlaag in een willekeurig CRS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>CREATED_FROM ({}) is after CREATED_TO ({})</source>
        <translation>CREATED_FROM ({}) ligt na CREATED_TO ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>EXPRESSION: {}</source>
        <translation>EXPRESSION: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Check ecosystem GeoPackage</source>
        <translation>Ecosysteem-GeoPackage controleren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>check</source>
        <translation>controleren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>validate</source>
        <translation>valideren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>integrity</source>
        <translation>integriteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>quality</source>
        <translation>kwaliteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>geopackage</source>
        <translation>geopackage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Checks an ecosystem GeoPackage without changing it and lists every finding in a table (severity, check, table, row, message):
- SQLite integrity_check and the schema version;
- integrity triggers that a client may have dropped;
- references: link rows and relationships pointing at missing entities, unknown vocabulary codes, duplicate or missing uuids;
- GeoPackage conformance with GDAL's validator (validate_gpkg);
- empty or invalid geometries, entity points outside the Brussels Capital Region (the union of the 19 municipalities; a point on the region's border counts as inside);
- entities without a sector or without a primary sector (warnings).

ERRORS and WARNINGS give the counts; nothing is fixed automatically.</source>
        <translation>Controleert een ecosysteem-GeoPackage zonder het bestand te wijzigen en somt elke bevinding op in een tabel (ernst, controle, tabel, rij, bericht):
- de integrity_check van SQLite en de schemaversie;
- integriteitstriggers die een client verwijderd kan hebben;
- verwijzingen: koppelrijen en relaties die naar ontbrekende entiteiten wijzen, onbekende vocabulairecodes, dubbele of ontbrekende uuid's;
- GeoPackage-conformiteit volgens de validator van GDAL (validate_gpkg);
- lege of ongeldige geometrieën, entiteitspunten buiten het Brussels Hoofdstedelijk Gewest (de unie van de 19 gemeenten; een punt op de gewestgrens telt als binnen);
- entiteiten zonder sector of zonder hoofdsector (waarschuwingen).

ERRORS en WARNINGS geven de aantallen; niets wordt automatisch hersteld.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Ecosystem GeoPackage</source>
        <translation>Ecosysteem-GeoPackage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>The .gpkg file to check (opened read-only)</source>
        <translation>Het .gpkg-bestand om te controleren (alleen-lezen geopend)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>A table with one row per finding: severity, check, table_name, row, message</source>
        <translation>Een tabel met één rij per bevinding: severity, check, table_name, row, message</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Number of errors</source>
        <translation>Aantal fouten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Number of warnings</source>
        <translation>Aantal waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>{} is not a Brussels Creative ecosystem GeoPackage (no schema version)</source>
        <translation>{} is geen ecosysteem-GeoPackage van Brussels Creative (geen schemaversie)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Checking {} (schema version {})</source>
        <translation>{} wordt gecontroleerd (schemaversie {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>{} errors, {} warnings</source>
        <translation>{} fouten, {} waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Clusters (DBSCAN)</source>
        <translation>Clusters (DBSCAN)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>dbscan</source>
        <translation>dbscan</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>clustering</source>
        <translation>clustering</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>density</source>
        <translation>dichtheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>hull</source>
        <translation>omhulsel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>concave</source>
        <translation>concaaf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>convex</source>
        <translation>convex</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>agglomeration</source>
        <translation>agglomeratie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Finds dense groups of entities with DBSCAN (distances in metres, EPSG:31370) and describes each group.

Rules, as QGIS's DBSCAN clustering: a core point has at least MIN_POINTS entities, itself included, within EPS metres (a distance equal to EPS counts); clusters are the groups of core points linked by steps of at most EPS, so the core points of each cluster are exactly QGIS's (the numbers may differ: here clusters are numbered 0, 1, … in the input order of their first core point). A border point (not core, but within EPS of a core point) joins the cluster of its nearest core point (ties: the first core point in input order), whereas QGIS gives it to whichever cluster reaches it first, so a border point between two clusters may be labelled differently; with 'border points are noise' (DBSCAN*) they are noise, as in QGIS's DBSCAN* option. Everything else is noise.

Output 1, the entities: uuid (or the feature id for layers without uuid), cluster_id (NULL for noise), is_core, and entity_type when the input has it.
Output 2, one polygon per cluster: its convex hull, or a concave hull (shapely's concave_hull with CONCAVE_RATIO: 1 is the convex hull, smaller values hug the points more tightly), with size (entities), n_core, area_km2 and density_km2 (entities per km² of the hull), the top entity types and, for the entities layer of an ecosystem GeoPackage, the top sectors (share of the cluster's entities linked to each sector, primary or not). A cluster whose points are all at one place or on one line has no area: its polygon is that point or line buffered by 1 m, for display only, and its area_km2 is 0 and density_km2 NULL.</source>
        <translation>Vindt dichte groepen entiteiten met DBSCAN (afstanden in meter, EPSG:31370) en beschrijft elke groep.

Regels, zoals de DBSCAN-clustering van QGIS: een kernpunt heeft minstens MIN_POINTS entiteiten, zichzelf inbegrepen, binnen EPS meter (een afstand gelijk aan EPS telt mee); clusters zijn de groepen kernpunten die verbonden zijn door stappen van hoogstens EPS, zodat de kernpunten van elke cluster precies die van QGIS zijn (de nummers kunnen verschillen: hier worden de clusters genummerd 0, 1, … in de invoervolgorde van hun eerste kernpunt). Een randpunt (geen kernpunt, maar binnen EPS van een kernpunt) wordt toegevoegd aan de cluster van zijn dichtstbijzijnde kernpunt (bij gelijke afstand: het eerste kernpunt in invoervolgorde), terwijl QGIS het toewijst aan de cluster die het als eerste bereikt; een randpunt tussen twee clusters kan dus een ander label krijgen. Met ‘Randpunten zijn ruis’ (DBSCAN*) zijn die punten ruis, zoals met de DBSCAN*-optie van QGIS. Al de rest is ruis.

Uitvoer 1, de entiteiten: uuid (of de object-id voor lagen zonder uuid), cluster_id (NULL voor ruis), is_core, en entity_type als de invoer dat veld heeft.
Uitvoer 2, één polygoon per cluster: het convexe omhulsel, of een concaaf omhulsel (concave_hull van shapely met CONCAVE_RATIO: 1 is het convexe omhulsel, kleinere waarden sluiten nauwer aan bij de punten), met size (entiteiten), n_core, area_km2 en density_km2 (entiteiten per km² van het omhulsel), de meest voorkomende entiteitstypes en, voor de entiteitenlaag van een ecosysteem-GeoPackage, de meest voorkomende sectoren (aandeel van de entiteiten van de cluster dat aan elke sector gekoppeld is, als hoofdsector of niet). Een cluster waarvan alle punten op één plek of op één lijn liggen, heeft geen oppervlakte: de polygoon is dat punt of die lijn met een buffer van 1 m, enkel voor de weergave; area_km2 is dan 0 en density_km2 NULL.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Neighbourhood radius (EPS)</source>
        <translation>Buurstraal (EPS)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Maximum distance in metres between neighbours (a distance equal to EPS counts)</source>
        <translation>Maximale afstand in meter tussen buren (een afstand gelijk aan EPS telt mee)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Minimum points (core)</source>
        <translation>Minimumaantal punten (kernpunt)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Entities within EPS, the point itself included, that make a point a core point</source>
        <translation>Aantal entiteiten binnen EPS, het punt zelf inbegrepen, dat van een punt een kernpunt maakt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Border points are noise (DBSCAN*)</source>
        <translation>Randpunten zijn ruis (DBSCAN*)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Label the non-core points of a cluster as noise instead of joining their nearest core</source>
        <translation>De niet-kernpunten van een cluster als ruis labelen in plaats van ze bij hun dichtstbijzijnde kernpunt te voegen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Cluster polygon</source>
        <translation>Clusterpolygoon</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Convex hull</source>
        <translation>Convex omhulsel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Concave hull</source>
        <translation>Concaaf omhulsel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Convex hull, or concave hull (needs shapely 2 with GEOS 3.11; falls back to convex otherwise)</source>
        <translation>Convex omhulsel, of concaaf omhulsel (vereist shapely 2 met GEOS 3.11; anders wordt het convex)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Concave hull ratio</source>
        <translation>Verhouding concaaf omhulsel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>For concave hulls: 1 gives the convex hull, 0 the tightest hull</source>
        <translation>Voor concave omhulsels: 1 geeft het convexe omhulsel, 0 het strakste omhulsel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Clustered entities</source>
        <translation>Geclusterde entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>The entities with uuid, cluster_id (NULL = noise), is_core (EPSG:31370)</source>
        <translation>De entiteiten met uuid, cluster_id (NULL = ruis), is_core (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Cluster polygons</source>
        <translation>Clusterpolygonen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>One hull per cluster with size, n_core, area_km2, density_km2, top types and sectors (EPSG:31370)</source>
        <translation>Eén omhulsel per cluster met size, n_core, area_km2, density_km2, meest voorkomende types en sectoren (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Number of clusters</source>
        <translation>Aantal clusters</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Number of noise entities</source>
        <translation>Aantal ruisentiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Reading the entities</source>
        <translation>Entiteiten lezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>DBSCAN with EPS {} m and MIN_POINTS {}</source>
        <translation>DBSCAN met EPS {} m en MIN_POINTS {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>EPS: {} m makes {} pairs of neighbouring entities (more than {}); use a smaller EPS</source>
        <translation>EPS: {} m geeft {} paren naburige entiteiten (meer dan {}); kies een kleinere EPS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>{} clusters, {} noise entities</source>
        <translation>{} clusters, {} ruisentiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Summarising the clusters</source>
        <translation>Clusters samenvatten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Writing the entities and the clusters</source>
        <translation>Entiteiten en clusters schrijven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>EPS must be greater than 0 m</source>
        <translation>EPS moet groter zijn dan 0 m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>MIN_POINTS must be at least 1</source>
        <translation>MIN_POINTS moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>CONCAVE_RATIO must be between 0 and 1</source>
        <translation>CONCAVE_RATIO moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>CLUSTERS: the same destination as OUTPUT ({}); choose another</source>
        <translation>CLUSTERS: dezelfde bestemming als OUTPUT ({}); kies een andere</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Concave hulls need GEOS 3.11 or later: convex hulls are written</source>
        <translation>Concave omhulsels vereisen GEOS 3.11 of hoger: er worden convexe omhulsels geschreven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>Create ecosystem GeoPackage</source>
        <translation>Ecosysteem-GeoPackage aanmaken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>create</source>
        <translation>aanmaken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>ecosystem</source>
        <translation>ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>Creates a new ecosystem GeoPackage in EPSG:31370 (Belgian Lambert 72, metres): the entities point layer, sectors, services, audiences, relationships and their lines, the history, and the vocabularies in English, French and Dutch, with the 19 municipalities of the Brussels Capital Region as a polygon layer (UrbIS © CIRB/CIBG).

Integrity rules and the change history live in the file itself, so every client (QGIS, GDAL, sqlite3) is held to them.

An existing file is never replaced unless 'Overwrite' is ticked.</source>
        <translation>Maakt een nieuwe ecosysteem-GeoPackage aan in EPSG:31370 (Belgische Lambert 72, meter): de puntlaag met de entiteiten, sectoren, diensten, doelgroepen, relaties en hun lijnen, de geschiedenis, en de vocabulaires in het Engels, Frans en Nederlands, met de 19 gemeenten van het Brussels Hoofdstedelijk Gewest als polygoonlaag (UrbIS © CIRB/CIBG).

De integriteitsregels en de wijzigingsgeschiedenis zitten in het bestand zelf, zodat elke client (QGIS, GDAL, sqlite3) ze moet naleven.

Een bestaand bestand wordt nooit vervangen, tenzij ‘Een bestaand bestand overschrijven’ aangevinkt is.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Path of the new .gpkg file</source>
        <translation>Pad van het nieuwe .gpkg-bestand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Overwrite an existing file</source>
        <translation>Een bestaand bestand overschrijven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Replace the file if it exists (its content is lost)</source>
        <translation>Het bestand vervangen als het al bestaat (de inhoud gaat verloren)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>OUTPUT: give the path of the GeoPackage to create</source>
        <translation>OUTPUT: geef het pad op van de GeoPackage die aangemaakt moet worden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>Created {} (schema version {}, {} municipalities)</source>
        <translation>{} aangemaakt (schemaversie {}, {} gemeenten)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Density by area</source>
        <translation>Dichtheid per gebied</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>count</source>
        <translation>tellen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>points in polygon</source>
        <translation>punten in polygoon</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>location quotient</source>
        <translation>locatiequotiënt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>per capita</source>
        <translation>per inwoner</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Counts the entities (or any points) in each polygon of AREAS — municipalities, statistical sectors, neighbourhoods — and writes the polygons, in EPSG:31370, with:
- n_entities: number of points counted in the polygon;
- area_km2: the polygon's planar area in EPSG:31370 (km²); density_km2: n_entities per km²;
- share_pct: the polygon's share (%) of the points counted in any polygon;
- n_sector_&lt;code&gt; and lq_&lt;code&gt; per sector (ecosystem entities only): count and location quotient (share of the sector in the polygon ÷ its share over all polygons; 1 = as in the region, empty for an empty polygon). SECTOR_MODE 'primary' (default) counts each entity once, under its primary sector, so the sector counts add up to n_entities; 'all' counts it under every sector it has;
- n_type_&lt;code&gt; per entity type, when the points have an entity_type field;
- per_1000_inh: n_entities per 1 000 inhabitants when a POPULATION field is given (empty where the population is missing or zero).

Points on borders (BORDER_RULE): by default every point is counted once — a point inside a polygon in that polygon, a point on a border shared by several polygons in the first of them in the layer's feature order — so counts add up to the points inside the areas and shares to 100 %. Off borders the counts equal QGIS's native:countpointsinpolygon; that algorithm counts a point lying exactly on a boundary nowhere, which the 'contains' rule reproduces. 'intersects' counts a border point in every polygon it touches.

Points outside every polygon are not counted (their number is reported). Polygons in any CRS are transformed to EPSG:31370 with the project's transformation settings; points too. Features without geometry are kept with zero counts and empty areas. The filters select entities by sector, type, status, visibility, creation date or expression.</source>
        <translation>Telt de entiteiten (of willekeurige punten) in elke polygoon van AREAS — gemeenten, statistische sectoren, wijken — en schrijft de polygonen, in EPSG:31370, met:
- n_entities: aantal punten geteld in de polygoon;
- area_km2: de vlakke oppervlakte van de polygoon in EPSG:31370 (km²); density_km2: n_entities per km²;
- share_pct: het aandeel (%) van de polygoon in de punten die in een polygoon geteld zijn;
- n_sector_&lt;code&gt; en lq_&lt;code&gt; per sector (alleen ecosysteementiteiten): aantal en locatiequotiënt (aandeel van de sector in de polygoon ÷ zijn aandeel over alle polygonen; 1 = zoals in het gewest, leeg voor een lege polygoon). SECTOR_MODE 'primary' (standaard) telt elke entiteit één keer, onder haar hoofdsector, zodat de sectortellingen samen n_entities geven; 'all' telt ze onder elke sector die ze heeft;
- n_type_&lt;code&gt; per entiteitstype, als de punten een veld entity_type hebben;
- per_1000_inh: n_entities per 1 000 inwoners als een veld POPULATION opgegeven is (leeg waar de bevolking ontbreekt of nul is).

Punten op grenzen (BORDER_RULE): standaard wordt elk punt één keer geteld — een punt binnen een polygoon in die polygoon, een punt op een grens die meerdere polygonen delen in de eerste ervan volgens de objectvolgorde van de laag — zodat de tellingen optellen tot de punten binnen de gebieden en de aandelen tot 100 %. Buiten de grenzen zijn de tellingen gelijk aan die van native:countpointsinpolygon van QGIS; dat algoritme telt een punt dat precies op een grens ligt nergens, wat de regel 'contains' nabootst. 'intersects' telt een grenspunt in elke polygoon die het raakt.

Punten buiten elke polygoon worden niet geteld (hun aantal wordt gemeld). Polygonen in een willekeurig CRS worden getransformeerd naar EPSG:31370 met de transformatie-instellingen van het project; de punten ook. Objecten zonder geometrie blijven behouden met tellingen nul en lege oppervlakten. De filters selecteren entiteiten op sector, type, status, zichtbaarheid, aanmaakdatum of expressie.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Areas (polygons)</source>
        <translation>Gebieden (polygonen)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Polygons to count in, in any CRS: municipalities, statistical sectors, …</source>
        <translation>Polygonen waarin geteld wordt, in een willekeurig CRS: gemeenten, statistische sectoren, …</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Population field</source>
        <translation>Bevolkingsveld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Inhabitants of each area; adds per_1000_inh (entities per 1 000 inhabitants)</source>
        <translation>Inwoners van elk gebied; voegt per_1000_inh toe (entiteiten per 1 000 inwoners)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Points on borders</source>
        <translation>Punten op grenzen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Once: in the first polygon (lowest feature order) touching the point</source>
        <translation>Eén keer: in de eerste polygoon (laagste objectvolgorde) die het punt raakt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Only strictly inside (as native:countpointsinpolygon: border points counted nowhere)</source>
        <translation>Alleen strikt binnen (zoals native:countpointsinpolygon: grenspunten worden nergens geteld)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>In every polygon touching the point</source>
        <translation>In elke polygoon die het punt raakt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Where a point lying exactly on a polygon boundary is counted</source>
        <translation>Waar een punt dat precies op de grens van een polygoon ligt, geteld wordt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Sectors counted</source>
        <translation>Getelde sectoren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Primary sector only</source>
        <translation>Alleen de hoofdsector</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Every sector of the entity</source>
        <translation>Elke sector van de entiteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Count each entity under its primary sector only, or under every sector it has</source>
        <translation>Elke entiteit alleen onder haar hoofdsector tellen, of onder elke sector die ze heeft</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>The areas (EPSG:31370) with counts, densities per km², shares and quotients</source>
        <translation>De gebieden (EPSG:31370) met tellingen, dichtheden per km², aandelen en quotiënten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Reading the entities and the areas</source>
        <translation>Entiteiten en gebieden lezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Counting {} points in {} areas</source>
        <translation>{} punten tellen in {} gebieden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>{} points lie outside every area and were not counted</source>
        <translation>{} punten liggen buiten elk gebied en werden niet geteld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>AREAS: {} polygons have almost no area for their extent (invalid, self-intersecting?): their densities are meaningless (at positions {} in the layer)</source>
        <translation>AREAS: {} polygonen hebben bijna geen oppervlakte voor hun omvang (ongeldig, zelfdoorsnijdend?): hun dichtheden zijn zinloos (op posities {} in de laag)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>AREAS field {} is replaced by the computed one</source>
        <translation>Veld {} van AREAS wordt vervangen door het berekende veld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>POPULATION: AREAS has no field {} (fields: {})</source>
        <translation>POPULATION: AREAS heeft geen veld {} (velden: {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Density grid</source>
        <translation>Dichtheidsrooster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>grid</source>
        <translation>rooster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>hexagon</source>
        <translation>zeshoek</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>square</source>
        <translation>vierkant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>binning</source>
        <translation>binning</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>aligned</source>
        <translation>uitgelijnd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Counts the entities (or any points) per cell of a square or hexagonal grid in EPSG:31370 and writes the cells with:
- col, row: integer cell ids relative to the origin (col grows eastwards, row northwards);
- n_entities: points in the cell; density_km2: n_entities per km² of the whole cell; cell_area_km2;
- boundary_pct (with a BOUNDARY): the share (%) of the cell's area inside the boundary.

CELL_SIZE is the square's side, or the hexagon's side (= its circumradius; flat-topped hexagons), in metres. The grid is anchored at ORIGIN_X, ORIGIN_Y (EPSG:31370 metres, default 0, 0): grids made with the same origin, cell size and shape align cell for cell whatever their extent, so two dates can be joined on (col, row) and subtracted.

Extent: the cells covering the points' extent, or, with a BOUNDARY layer, the cells meeting the boundary's polygons (cells entirely outside it are left out). Cells are kept whole, never clipped, so every cell has the same area and densities compare; boundary_pct tells how much of a border cell lies inside. Every point in a kept cell is counted, including a point just outside the boundary in a border cell.

Edges: each point is counted in exactly one cell. Squares are half-open: a point on a vertical grid line goes to the cell to its east, on a horizontal line to the cell to its north. Hexagons: a point goes to the nearest cell centre; ties go to the eastern column, then to the northern cell. KEEP_EMPTY keeps cells with no point (n_entities 0). Inputs in any CRS are transformed to EPSG:31370.</source>
        <translation>Telt de entiteiten (of willekeurige punten) per cel van een vierkant of zeshoekig rooster in EPSG:31370 en schrijft de cellen met:
- col, row: gehele cel-id's ten opzichte van de oorsprong (col neemt toe naar het oosten, row naar het noorden);
- n_entities: punten in de cel; density_km2: n_entities per km² van de hele cel; cell_area_km2;
- boundary_pct (met een laag BOUNDARY): het aandeel (%) van de oppervlakte van de cel binnen de grens.

CELL_SIZE is de zijde van het vierkant, of de zijde van de zeshoek (= de straal van de omgeschreven cirkel; zeshoeken met een vlakke bovenkant), in meter. Het rooster is verankerd in ORIGIN_X, ORIGIN_Y (meter in EPSG:31370, standaard 0, 0): roosters met dezelfde oorsprong, celgrootte en vorm vallen cel voor cel samen, ongeacht hun bereik, zodat twee datums op (col, row) gekoppeld en van elkaar afgetrokken kunnen worden.

Bereik: de cellen die het bereik van de punten bedekken, of, met een laag BOUNDARY, de cellen die de polygonen van de grens raken (cellen die er volledig buiten liggen, vallen weg). Cellen blijven heel en worden nooit geknipt, zodat elke cel dezelfde oppervlakte heeft en dichtheden vergelijkbaar zijn; boundary_pct geeft aan hoeveel van een randcel binnen ligt. Elk punt in een behouden cel wordt geteld, ook een punt net buiten de grens in een randcel.

Randen: elk punt wordt in precies één cel geteld. Vierkanten zijn halfopen: een punt op een verticale roosterlijn gaat naar de cel ten oosten ervan, op een horizontale lijn naar de cel ten noorden ervan. Zeshoeken: een punt gaat naar het dichtstbijzijnde celcentrum; bij gelijke afstand naar de oostelijke kolom, dan naar de noordelijke cel. KEEP_EMPTY behoudt cellen zonder punt (n_entities 0). Invoer in een willekeurig CRS wordt getransformeerd naar EPSG:31370.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Cell size (m)</source>
        <translation>Celgrootte (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Side of a square, or side (circumradius) of a hexagon, in metres (EPSG:31370)</source>
        <translation>Zijde van een vierkant, of zijde (straal van de omgeschreven cirkel) van een zeshoek, in meter (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Cell shape</source>
        <translation>Celvorm</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Squares</source>
        <translation>Vierkanten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Hexagons (flat-topped)</source>
        <translation>Zeshoeken (vlakke bovenkant)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Square cells or flat-topped hexagons</source>
        <translation>Vierkante cellen of zeshoeken met een vlakke bovenkant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Boundary</source>
        <translation>Grens</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Optional polygons (any CRS): the grid covers the cells meeting them</source>
        <translation>Optionele polygonen (elk CRS): het rooster bedekt de cellen die ze raken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Keep empty cells</source>
        <translation>Lege cellen behouden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Write cells without any point too (n_entities 0)</source>
        <translation>Ook cellen zonder enig punt schrijven (n_entities 0)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Grid origin X (m, EPSG:31370)</source>
        <translation>Oorsprong X van het rooster (m, EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Grid origin Y (m, EPSG:31370)</source>
        <translation>Oorsprong Y van het rooster (m, EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>A grid corner (EPSG:31370 metres); the same origin aligns grids of two dates</source>
        <translation>Een hoek van het rooster (meter in EPSG:31370); dezelfde oorsprong lijnt roosters van twee datums uit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Grid cells (EPSG:31370) with col, row, n_entities and density_km2</source>
        <translation>Roostercellen (EPSG:31370) met col, row, n_entities en density_km2</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>CELL_SIZE must be more than 0 m (got {})</source>
        <translation>CELL_SIZE moet groter zijn dan 0 m (gekregen: {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Counting {} points in a {} × {} grid of {} m {}s</source>
        <translation>{} punten tellen in een rooster van {} × {} cellen van {} m (vorm: {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>{} points lie outside the grid's cells and were not counted</source>
        <translation>{} punten liggen buiten de cellen van het rooster en werden niet geteld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>{}: {} is too far from the entities for cells of {} m (cell numbers past {})</source>
        <translation>{}: {} ligt te ver van de entiteiten voor cellen van {} m (celnummers voorbij {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>CELL_SIZE: {} m makes {} cells over the extent (more than {}); choose a larger cell</source>
        <translation>CELL_SIZE: {} m geeft {} cellen over het bereik (meer dan {}); kies een grotere cel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Export ecosystem (GeoPackage, shapefiles, GeoJSON)</source>
        <translation>Ecosysteem exporteren (GeoPackage, shapefiles, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>export</source>
        <translation>exporteren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>publish</source>
        <translation>publiceren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>privacy</source>
        <translation>privacy</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>public</source>
        <translation>openbaar</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>shapefile</source>
        <translation>shapefile</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>geojson</source>
        <translation>geojson</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Exports the entities, their sectors, services and audiences and their relationships, filtered and under a privacy profile, as:
- GeoPackage: a self-contained ecosystem file (schema, vocabularies, municipalities, styles and forms from layer_styles) that passes GDAL's validator;
- Shapefiles (folder or zip): entities.shp (points), relations.shp (lines), sectors/services/audiences.dbf (one row per entity and code), fields.csv (the fixed mapping of ≤10-character field names: layer, short name, full name, description) and long_texts.csv; UTF-8 (.cpg), EPSG:31370 (.prj); codes shown as labels in LANGUAGE, lists as ';'-joined labels;
- GeoJSON: the entities in EPSG:4326 (RFC 7946, lon/lat, 8 decimals ≈ 1 mm) for web maps.

Privacy profiles (internal / partner / public):
{privacy}
public keeps only published entries (visibility public, status active) that are verified or claimed. Relationships are kept when both ends are. The GeoPackage keeps its fixed schema, so dropped fields are left empty there. History: only internal copies it (all of it, or with filters that of the exported rows); the copy itself logs nothing.

Filters select among what the profile allows; none set means all. Dates are inclusive, on created_at.
Edges: a DBF text holds 254 bytes: a longer text (or joined list) is cut at a whole UTF-8 character, a warning names the entities and long_texts.csv holds the full text. Units: coordinates in metres (EPSG:31370) or degrees (GeoJSON). The output appears only once complete; a failure or cancel leaves nothing, and the source is opened read-only.</source>
        <translation>Exporteert de entiteiten, hun sectoren, diensten en doelgroepen en hun relaties, gefilterd en volgens een privacyprofiel, als:
- GeoPackage: een zelfstandig ecosysteembestand (schema, vocabulaires, gemeenten, stijlen en formulieren uit layer_styles) dat de validator van GDAL doorstaat;
- Shapefiles (map of zip): entities.shp (punten), relations.shp (lijnen), sectors/services/audiences.dbf (één rij per entiteit en code), fields.csv (de vaste koppeling van veldnamen van hoogstens 10 tekens: laag, korte naam, volledige naam, beschrijving) en long_texts.csv; UTF-8 (.cpg), EPSG:31370 (.prj); codes weergegeven als labels in de taal LANGUAGE, lijsten als met ';' samengevoegde labels;
- GeoJSON: de entiteiten in EPSG:4326 (RFC 7946, lon/lat, 8 decimalen ≈ 1 mm) voor webkaarten.

Privacyprofielen (internal / partner / public):
{privacy}
public behoudt alleen gepubliceerde records (visibility = public, status = active) die geverifieerd of geclaimd zijn. Relaties blijven behouden als beide uiteinden behouden blijven. De GeoPackage behoudt zijn vaste schema, dus weggelaten velden blijven daar leeg. Geschiedenis: alleen internal kopieert ze (volledig, of met filters die van de geëxporteerde rijen); de kopie zelf wordt niet gelogd.

Filters kiezen binnen wat het profiel toelaat; zonder filter wordt alles genomen. Datums zijn inclusief, op created_at.
Randgevallen: een DBF-tekst bevat 254 bytes: een langere tekst (of samengevoegde lijst) wordt afgebroken op een volledig UTF-8-teken, een waarschuwing noemt de entiteiten en long_texts.csv bevat de volledige tekst. Eenheden: coördinaten in meter (EPSG:31370) of graden (GeoJSON). De uitvoer verschijnt pas als ze volledig is; een fout of annulering laat niets achter, en de bron wordt alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>The ecosystem .gpkg file to export (opened read-only, never changed)</source>
        <translation>Het .gpkg-bestand van het ecosysteem om te exporteren (alleen-lezen geopend, nooit gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>GeoPackage (.gpkg), shapefiles in a folder, shapefiles in a .zip, or GeoJSON (.geojson)</source>
        <translation>GeoPackage (.gpkg), shapefiles in een map, shapefiles in een .zip, of GeoJSON (.geojson)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Privacy profile</source>
        <translation>Privacyprofiel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>internal: everything; partner: no private entries, no persons' contact data, no history; public: as partner, and only active, verified or claimed entries</source>
        <translation>internal: alles; partner: geen privérecords, geen contactgegevens van personen, geen geschiedenis; public: zoals partner, en alleen actieve, geverifieerde of geclaimde records</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Language of labels</source>
        <translation>Taal van de labels</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Language of the vocabulary labels in shapefiles and GeoJSON (en, fr, nl)</source>
        <translation>Taal van de vocabulairelabels in shapefiles en GeoJSON (en, fr, nl)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Only these statuses</source>
        <translation>Alleen deze statussen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Only these visibilities</source>
        <translation>Alleen deze zichtbaarheden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Only these verification levels</source>
        <translation>Alleen deze verificatieniveaus</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Only entities of these sectors</source>
        <translation>Alleen entiteiten van deze sectoren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Only these entity types</source>
        <translation>Alleen deze entiteitstypes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Only these municipalities (NIS codes)</source>
        <translation>Alleen deze gemeenten (NIS-codes)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Vocabulary codes; none selected means all</source>
        <translation>Vocabulairecodes; geen selectie betekent alle</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Created on or after</source>
        <translation>Aangemaakt op of na</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Created on or before</source>
        <translation>Aangemaakt op of voor</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Date filter on the entities' created_at (inclusive)</source>
        <translation>Datumfilter op created_at van de entiteiten (grenzen inbegrepen)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Output file or folder</source>
        <translation>Uitvoerbestand of -map</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>A .gpkg, .zip or .geojson file matching FORMAT; for shapefiles in a folder, the folder to create (a folder holding a previous export is replaced)</source>
        <translation>Een .gpkg-, .zip- of .geojson-bestand dat bij FORMAT past; voor shapefiles in een map: de aan te maken map (een map met een vorige export wordt vervangen)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>INPUT: {} is not an existing file</source>
        <translation>INPUT: {} is geen bestaand bestand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>OUTPUT: give a file or folder to write</source>
        <translation>OUTPUT: geef een bestand of map op om naar te schrijven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Exporting {source} as {fmt}, profile {profile}, labels in {language}</source>
        <translation>{source} wordt geëxporteerd als {fmt}, profiel {profile}, labels in {language}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Cancelled: nothing was written</source>
        <translation>Geannuleerd: er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>The export failed and nothing was written: {}</source>
        <translation>De export is mislukt en er is niets geschreven: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>{}: {} rows</source>
        <translation>{}: {} rijen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>No entity was exported: the filters and profile select none</source>
        <translation>Er werd geen entiteit geëxporteerd: de filters en het profiel selecteren er geen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Generate sample ecosystem</source>
        <translation>Voorbeeldecosysteem genereren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>sample</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>synthetic</source>
        <translation>synthetisch</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>generate</source>
        <translation>genereren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>test data</source>
        <translation>testgegevens</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Creates a new ecosystem GeoPackage filled with a realistic, fictitious creative ecosystem of the Brussels Capital Region: N entities clustered like creative places in the city (a few dense centres, a sparse periphery, all inside the region), with sectors, services, audiences, relationships (hubs with many members, spin-offs, collaborations) and two years of change history.

The same seed always gives the same file. Names, addresses and contacts are invented. Nothing is written if the run is cancelled.</source>
        <translation>Maakt een nieuwe ecosysteem-GeoPackage aan, gevuld met een realistisch, fictief creatief ecosysteem van het Brussels Hoofdstedelijk Gewest: N entiteiten, gegroepeerd zoals creatieve plekken in de stad (enkele dichte kernen, een ijle rand, alle binnen het gewest), met sectoren, diensten, doelgroepen, relaties (hubs met veel leden, spin-offs, samenwerkingen) en twee jaar wijzigingsgeschiedenis.

Dezelfde seed geeft altijd hetzelfde bestand. Namen, adressen en contactgegevens zijn verzonnen. Er wordt niets geschreven als de uitvoering geannuleerd wordt.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Sample ecosystem GeoPackage</source>
        <translation>Voorbeeld-GeoPackage van een ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Number of entities</source>
        <translation>Aantal entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>How many entities to generate</source>
        <translation>Hoeveel entiteiten er gegenereerd worden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>The same seed gives the same ecosystem</source>
        <translation>Dezelfde seed geeft hetzelfde ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Entities</source>
        <translation>Entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>{} already exists; choose another name or allow overwriting</source>
        <translation>{} bestaat al; kies een andere naam of sta overschrijven toe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Hotspots (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>hotspot</source>
        <translation>hotspot</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>hot spot</source>
        <translation>hotspot</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>cold spot</source>
        <translation>coldspot</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>getis-ord</source>
        <translation>getis-ord</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>gi*</source>
        <translation>gi*</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>fdr</source>
        <translation>fdr</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>statistics</source>
        <translation>statistiek</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Counts the entities (after the filters) per observation unit and computes the Getis-Ord Gi* statistic of each unit: a z-score (gi_z), its two-sided normal p-value (gi_p), the Benjamini–Hochberg false discovery rate adjusted p-value (gi_p_fdr) and a class: hot or cold spot at 99/95/90 % confidence, or not significant (gi_bin: +3…−3, 0). With FDR on (the default) the classes use gi_p_fdr, so that among the units called hot or cold at 95 % at most about 5 % are false alarms; off, they use gi_p per unit.

Units of observation:
- a square grid (no AREAS layer): cells of CELL_SIZE metres aligned on ORIGIN (EPSG:31370, default 0,0), so grids of two dates align cell for cell; over the points' extent, or over a BOUNDARY layer: then only the cells that share some area with the boundary are observations (the others are masked out and not written) and only points inside the boundary (or on it) are counted. A point on a grid line goes to the cell to its east / north (cells are half-open), so every point counts once;
- areas (an AREAS polygon layer, e.g. the municipalities): a point counts in every polygon it touches, so a point on a shared border counts in both.

Weights are binary, the unit itself included (Gi*, as PySAL esda G_Local(star=True, transform='B')):
- distance band (DISTANCE metres): on the grid, the cells whose centres lie within DISTANCE of the cell's centre (a disk of cells, computed as a convolution; edge cells simply have fewer neighbours); for areas, the areas whose centroids lie within DISTANCE of the area's centroid;
- k nearest neighbours (K): the K cell centres / area centroids nearest to the unit's (ties broken arbitrarily, which matters on a regular grid).
p-values: 2·(1 − Φ(|z|)). The output polygons (EPSG:31370) carry count (entities), neighbours (units in the band, itself included), gi_z, gi_p, gi_p_fdr, gi_bin and class; grid cells also their col/row ids.</source>
        <translation>Telt de entiteiten (na de filters) per waarnemingseenheid en berekent de Getis-Ord Gi*-statistiek van elke eenheid: een z-score (gi_z), de tweezijdige normale p-waarde ervan (gi_p), de volgens Benjamini–Hochberg voor de false discovery rate gecorrigeerde p-waarde (gi_p_fdr) en een klasse: hotspot of coldspot met 99/95/90 % betrouwbaarheid, of niet significant (gi_bin: +3…−3, 0). Met FDR aan (standaard) gebruiken de klassen gi_p_fdr, zodat van de eenheden die op 95 % als hot of cold aangeduid worden, hoogstens ongeveer 5 % vals alarm is; met FDR uit gebruiken ze gi_p per eenheid.

Waarnemingseenheden:
- een vierkant rooster (geen laag AREAS): cellen van CELL_SIZE meter, uitgelijnd op ORIGIN (EPSG:31370, standaard 0,0), zodat roosters van twee datums cel voor cel samenvallen; over het bereik van de punten, of over een laag BOUNDARY: dan zijn alleen de cellen die oppervlakte met de grens delen waarnemingen (de andere worden gemaskeerd en niet geschreven) en worden alleen punten binnen (of op) de grens geteld. Een punt op een roosterlijn gaat naar de cel ten oosten / noorden ervan (cellen zijn halfopen), zodat elk punt één keer telt;
- gebieden (een polygoonlaag AREAS, bv. de gemeenten): een punt telt in elke polygoon die het raakt, zodat een punt op een gedeelde grens in beide telt.

De gewichten zijn binair, de eenheid zelf inbegrepen (Gi*, zoals G_Local(star=True, transform='B') van PySAL esda):
- afstandsband (DISTANCE meter): op het rooster de cellen waarvan het centrum binnen DISTANCE van het centrum van de cel ligt (een schijf van cellen, berekend als convolutie; randcellen hebben gewoon minder buren); voor gebieden de gebieden waarvan het zwaartepunt binnen DISTANCE van het zwaartepunt van het gebied ligt;
- k dichtstbijzijnde buren (K): de K celcentra / zwaartepunten die het dichtst bij dat van de eenheid liggen (gelijke afstanden willekeurig beslecht, wat op een regelmatig rooster uitmaakt).
p-waarden: 2·(1 − Φ(|z|)). De uitvoerpolygonen (EPSG:31370) bevatten count (entiteiten), neighbours (eenheden in de band, zichzelf inbegrepen), gi_z, gi_p, gi_p_fdr, gi_bin en class; roostercellen ook hun col/row-id's.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Areas (instead of a grid)</source>
        <translation>Gebieden (in plaats van een rooster)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>A polygon layer whose areas are the units (e.g. the municipalities); leave empty to use a grid</source>
        <translation>Een polygoonlaag waarvan de gebieden de eenheden zijn (bv. de gemeenten); laat leeg om een rooster te gebruiken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Boundary of the grid</source>
        <translation>Grens van het rooster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Grid only: cover this boundary and keep only the cells that share area with it (default: the points' extent)</source>
        <translation>Alleen rooster: deze grens bedekken en alleen de cellen behouden die er oppervlakte mee delen (standaard: het bereik van de punten)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Cell size</source>
        <translation>Celgrootte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Grid only: side of the square cells, in metres</source>
        <translation>Alleen rooster: zijde van de vierkante cellen, in meter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Grid origin</source>
        <translation>Oorsprong van het rooster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Grid only: a corner of the grid (default 0,0 in EPSG:31370); the same origin aligns grids of two runs</source>
        <translation>Alleen rooster: een hoek van het rooster (standaard 0,0 in EPSG:31370); dezelfde oorsprong lijnt roosters van twee uitvoeringen uit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Neighbourhood</source>
        <translation>Buren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Distance band</source>
        <translation>Afstandsband</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>K nearest neighbours</source>
        <translation>K dichtstbijzijnde buren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Distance band: units within DISTANCE (centre to centre); K nearest: the K nearest units</source>
        <translation>Afstandsband: eenheden binnen DISTANCE (centrum tot centrum); K dichtstbijzijnde: de K dichtstbijzijnde eenheden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Radius of the distance band between cell centres or area centroids, in metres</source>
        <translation>Straal van de afstandsband tussen celcentra of zwaartepunten van gebieden, in meter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Number of neighbours (K)</source>
        <translation>Aantal buren (K)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>For K nearest neighbours: how many neighbours each unit has besides itself</source>
        <translation>Voor K dichtstbijzijnde buren: hoeveel buren elke eenheid heeft naast zichzelf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Control the false discovery rate</source>
        <translation>De false discovery rate beheersen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Classify on Benjamini–Hochberg adjusted p-values (gi_p_fdr) rather than on each unit's p-value</source>
        <translation>Klasseren op de volgens Benjamini–Hochberg gecorrigeerde p-waarden (gi_p_fdr) in plaats van op de p-waarde van elke eenheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Hot spots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Cells or areas with count, neighbours, gi_z, gi_p, gi_p_fdr, gi_bin and class (EPSG:31370)</source>
        <translation>Cellen of gebieden met count, neighbours, gi_z, gi_p, gi_p_fdr, gi_bin en class (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Number of cells or areas</source>
        <translation>Aantal cellen of gebieden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Number of hot spots</source>
        <translation>Aantal hotspots</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Number of cold spots</source>
        <translation>Aantal coldspots</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>BOUNDARY is ignored when AREAS is given</source>
        <translation>BOUNDARY wordt genegeerd als AREAS opgegeven is</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Counting the entities per unit</source>
        <translation>Entiteiten per eenheid tellen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>{} units, {} entities counted</source>
        <translation>{} eenheden, {} entiteiten geteld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Computing Gi*</source>
        <translation>Gi* berekenen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>{} units have no neighbour within the band but themselves</source>
        <translation>{} eenheden hebben binnen de band geen andere buur dan zichzelf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Writing the units</source>
        <translation>Eenheden schrijven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>{} hot spots, {} cold spots among {} units</source>
        <translation>{} hotspots, {} coldspots van {} eenheden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>DISTANCE must be greater than 0 m</source>
        <translation>DISTANCE moet groter zijn dan 0 m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>K must be at least 1</source>
        <translation>K moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>CELL_SIZE must be greater than 0 m</source>
        <translation>CELL_SIZE moet groter zijn dan 0 m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>DISTANCE ({} m) is smaller than CELL_SIZE ({} m): cells would have no neighbour</source>
        <translation>DISTANCE ({} m) is kleiner dan CELL_SIZE ({} m): cellen zouden geen buur hebben</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Gi* needs at least two cells or areas; there is {}</source>
        <translation>Gi* heeft minstens twee cellen of gebieden nodig; aantal: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>K ({}) must be less than the number of units ({})</source>
        <translation>K ({}) moet kleiner zijn dan het aantal eenheden ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Input field {} is replaced by the result field</source>
        <translation>Invoerveld {} wordt vervangen door het resultaatveld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>ORIGIN is not a valid point</source>
        <translation>ORIGIN is geen geldig punt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>CELL_SIZE: {} m makes a grid of {} cells (more than {}); use larger cells</source>
        <translation>CELL_SIZE: {} m geeft een rooster van {} cellen (meer dan {}); gebruik grotere cellen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>{} entities outside the boundary are left out</source>
        <translation>{} entiteiten buiten de grens worden weggelaten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>BOUNDARY: no entity lies inside the boundary</source>
        <translation>BOUNDARY: geen enkele entiteit ligt binnen de grens</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Vocabulary codes; none selected means all (sectors need an ecosystem GeoPackage)</source>
        <translation>Vocabulairecodes; geen selectie betekent alle (sectoren vereisen een ecosysteem-GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Filter expression</source>
        <translation>Filterexpressie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>A QGIS expression selecting the features to use</source>
        <translation>Een QGIS-expressie die de te gebruiken objecten selecteert</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{} features without a usable point were left out</source>
        <translation>{} objecten zonder bruikbaar punt werden weggelaten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: the layer holds no points to analyse</source>
        <translation>{}: de laag bevat geen punten om te analyseren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: no points left after the filters (sectors, types, statuses, dates, expression)</source>
        <translation>{}: geen punten meer over na de filters (sectoren, types, statussen, datums, expressie)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{} points read</source>
        <translation>{} punten gelezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Reading the entities of {} directly</source>
        <translation>De entiteiten van {} worden rechtstreeks gelezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>SECTORS: filtering by sector needs the entities layer of an ecosystem GeoPackage</source>
        <translation>SECTORS: filteren op sector vereist de entiteitenlaag van een ecosysteem-GeoPackage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>The input layer has no field {} to filter on</source>
        <translation>De invoerlaag heeft geen veld {} om op te filteren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>The input layer has no field created_at to filter on</source>
        <translation>De invoerlaag heeft geen veld created_at om op te filteren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: the layer must hold points</source>
        <translation>{}: de laag moet punten bevatten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: the layer has no valid CRS; set one first</source>
        <translation>{}: de laag heeft geen geldig CRS; stel er eerst een in</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: no field {}</source>
        <translation>{}: geen veld {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Kernel density</source>
        <translation>Kerndichtheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>kernel</source>
        <translation>kern</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>heatmap</source>
        <translation>heatmap</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>kde</source>
        <translation>kde</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>quartic</source>
        <translation>kwartisch</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>gaussian</source>
        <translation>gaussisch</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Writes a GeoTIFF (EPSG:31370, Float32) of the density of entities (or any points) in entities per km², optionally weighted by a WEIGHT field (then in weight units per km²).

Kernels: quartic, triangular, Epanechnikov, uniform and Gaussian, each normalised so that the raster integrates to the (weighted) number of points: the sum of pixel values × pixel area in km² equals n away from the edges (within 1 %; QGIS's Heatmap 'scaled' quartic integrates to 7.25 n instead). BANDWIDTH is the kernel's radius in metres (the Gaussian's sigma, cut at 4 sigma); 0 chooses it by RULE from the points' spread: Silverman's robust spatial rule 0.9·min(SD, √(1/ln 2)·Dm)·n^-1/5 (as ArcGIS's default search radius) or Scott's σ·n^-1/6.

Computed by binning the points on the pixel grid (linear binning: well under half a pixel of position error) and one FFT convolution, so time grows with pixels, not points × pixels.

Extent and edges: the raster covers EXTENT when given (transformed to EPSG:31370; rasters of two dates with the same EXTENT and PIXEL_SIZE share their geotransform and subtract cleanly); else the CLIP layer's extent; else the points' extent grown by the kernel's reach. Default extents are snapped outwards to multiples of the pixel size. Points outside the extent but within the kernel's reach still contribute, so edge pixels are not biased low; mass spread beyond the extent is not in the raster. With CLIP, pixels whose centre lies outside the polygons are nodata (-9999). Refused above 50 million pixels: choose a larger PIXEL_SIZE.</source>
        <translation>Schrijft een GeoTIFF (EPSG:31370, Float32) van de dichtheid van entiteiten (of willekeurige punten) in entiteiten per km², eventueel gewogen met een veld WEIGHT (dan in gewichtseenheden per km²).

Kernen: kwartisch, driehoekig, Epanechnikov, uniform en gaussisch, elk genormaliseerd zodat de integraal van het raster het (gewogen) aantal punten is: de som van de pixelwaarden × de pixeloppervlakte in km² is n, weg van de randen (binnen 1 %; de ‘geschaalde’ kwartische kern van de QGIS-heatmap integreert in plaats daarvan tot 7,25 n). BANDWIDTH is de straal van de kern in meter (de sigma van de gaussische kern, afgekapt op 4 sigma); 0 kiest ze volgens RULE uit de spreiding van de punten: de robuuste ruimtelijke regel van Silverman 0.9·min(SD, √(1/ln 2)·Dm)·n^-1/5 (zoals de standaardzoekstraal van ArcGIS) of die van Scott σ·n^-1/6.

Berekend door de punten over het pixelrooster te verdelen (lineaire binning: ruim minder dan een halve pixel positiefout) en één FFT-convolutie, zodat de rekentijd groeit met het aantal pixels, niet met punten × pixels.

Bereik en randen: het raster bedekt EXTENT als dat opgegeven is (getransformeerd naar EPSG:31370; rasters van twee datums met dezelfde EXTENT en PIXEL_SIZE delen hun geotransformatie en kunnen zuiver van elkaar afgetrokken worden); anders het bereik van de laag CLIP; anders het bereik van de punten, vergroot met de reikwijdte van de kern. Standaardbereiken worden naar buiten afgerond op veelvouden van de pixelgrootte. Punten buiten het bereik maar binnen de reikwijdte van de kern dragen toch bij, zodat randpixels niet te laag uitvallen; massa die buiten het bereik uitgespreid wordt, zit niet in het raster. Met CLIP zijn pixels waarvan het centrum buiten de polygonen ligt nodata (-9999). Boven 50 miljoen pixels wordt de berekening geweigerd: kies een grotere PIXEL_SIZE.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Quartic (biweight)</source>
        <translation>Kwartisch (biweight)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Triangular</source>
        <translation>Driehoekig</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Uniform (disk)</source>
        <translation>Uniform (schijf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Gaussian (bandwidth = sigma, cut at 4 sigma)</source>
        <translation>Gaussisch (bandbreedte = sigma, afgekapt op 4 sigma)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Kernel shape; all are normalised to integrate to one point</source>
        <translation>Vorm van de kern; alle kernen zijn genormaliseerd zodat hun integraal één punt is</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Weight field</source>
        <translation>Gewichtsveld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Optional numeric field weighting each point (points with a NULL weight are left out)</source>
        <translation>Optioneel numeriek veld dat elk punt weegt (punten met een NULL-gewicht worden weggelaten)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Bandwidth (m); 0 = by rule</source>
        <translation>Bandbreedte (m); 0 = volgens regel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Kernel radius in metres (sigma for the Gaussian); 0 chooses it by the rule</source>
        <translation>Straal van de kern in meter (sigma voor de gaussische kern); 0 kiest ze volgens de regel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Bandwidth rule (when bandwidth is 0)</source>
        <translation>Bandbreedteregel (als de bandbreedte 0 is)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Silverman (spatial, robust)</source>
        <translation>Silverman (ruimtelijk, robuust)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Scott</source>
        <translation>Scott</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>How the bandwidth is chosen from the points' spread when BANDWIDTH is 0</source>
        <translation>Hoe de bandbreedte gekozen wordt uit de spreiding van de punten als BANDWIDTH 0 is</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Pixel size (m)</source>
        <translation>Pixelgrootte (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Side of a square pixel in metres (EPSG:31370)</source>
        <translation>Zijde van een vierkante pixel in meter (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Fixed extent</source>
        <translation>Vast bereik</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Optional extent of the raster (any CRS, transformed to EPSG:31370)</source>
        <translation>Optioneel bereik van het raster (elk CRS, getransformeerd naar EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Clip to boundary</source>
        <translation>Knippen op grens</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Optional polygons (any CRS): pixels whose centre is outside them are nodata</source>
        <translation>Optionele polygonen (elk CRS): pixels waarvan het centrum erbuiten ligt, zijn nodata</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>GeoTIFF of entities per km² (EPSG:31370, Float32, nodata {})</source>
        <translation>GeoTIFF van entiteiten per km² (EPSG:31370, Float32, nodata {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>PIXEL_SIZE must be more than 0 m (got {})</source>
        <translation>PIXEL_SIZE moet groter zijn dan 0 m (gekregen: {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>BANDWIDTH must be 0 (by rule) or more (got {})</source>
        <translation>BANDWIDTH moet 0 (volgens regel) of meer zijn (gekregen: {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>OUTPUT: the kernel density is written as GeoTIFF (.tif)</source>
        <translation>OUTPUT: de kerndichtheid wordt als GeoTIFF (.tif) geschreven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>{} kernel, bandwidth {:.1f} m, {} × {} pixels of {} m</source>
        <translation>Kern {}, bandbreedte {:.1f} m, {} × {} pixels van {} m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>WEIGHT: {} points have a negative {}; a density needs weights of 0 or more</source>
        <translation>WEIGHT: {} punten hebben een negatieve {}; een dichtheid vraagt gewichten van 0 of meer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>{} points with a NULL or non-numeric weight were left out</source>
        <translation>{} punten met een NULL- of niet-numeriek gewicht werden weggelaten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>WEIGHT: no point has a numeric weight</source>
        <translation>WEIGHT: geen enkel punt heeft een numeriek gewicht</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>BANDWIDTH: {}; give a bandwidth</source>
        <translation>BANDWIDTH: {}; geef een bandbreedte op</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>BANDWIDTH: the points do not spread; give a bandwidth</source>
        <translation>BANDWIDTH: de punten zijn niet gespreid; geef een bandbreedte op</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Bandwidth by {} rule: {:.1f} m</source>
        <translation>Bandbreedte volgens de regel van {}: {:.1f} m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>EXTENT: {}</source>
        <translation>EXTENT: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>PIXEL_SIZE: {} m gives a {} × {} raster (kernel {} px wide); more than {} million pixels is refused: choose a larger pixel size or a smaller extent or bandwidth</source>
        <translation>PIXEL_SIZE: {} m geeft een raster van {} × {} (kern {} px breed); meer dan {} miljoen pixels wordt geweigerd: kies een grotere pixelgrootte, of een kleiner bereik of een kleinere bandbreedte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>WEIGHT: the weights are too large: densities overflow the raster</source>
        <translation>WEIGHT: de gewichten zijn te groot: de dichtheden overschrijden het rasterbereik</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>The raster is 0 everywhere: no point (or no weight) lies within the bandwidth of its extent</source>
        <translation>Het raster is overal 0: geen punt (of geen gewicht) ligt binnen de bandbreedte van zijn omvang</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>BANDWIDTH ({:.1f} m) is below PIXEL_SIZE ({} m): each point stays in its pixel; use smaller pixels for a smooth surface</source>
        <translation>BANDWIDTH ({:.1f} m) is kleiner dan PIXEL_SIZE ({} m): elk punt blijft in zijn pixel; gebruik kleinere pixels voor een glad oppervlak</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>{}: cannot write {} ({})</source>
        <translation>{}: kan {} niet schrijven ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Point pattern statistics (Clark–Evans, Ripley's L)</source>
        <translation>Puntpatroonstatistiek (Clark–Evans, Ripley's L)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>clark-evans</source>
        <translation>clark-evans</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>nearest neighbour</source>
        <translation>dichtstbijzijnde buur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>ripley</source>
        <translation>ripley</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>k function</source>
        <translation>k-functie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>l function</source>
        <translation>l-functie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>csr</source>
        <translation>csr</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>envelope</source>
        <translation>envelop</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>monte carlo</source>
        <translation>monte carlo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>point pattern</source>
        <translation>puntpatroon</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Tests whether the entities (after the filters) are clustered, random or regular, in EPSG:31370 metres.

Study area: the union of the BOUNDARY layer (entities outside it are left out; on its edge they count), or the convex hull of the entities.

Clark–Evans: R = mean nearest-neighbour distance ÷ its expectation under complete spatial randomness (CSR), 0.5·√(A/n); R &lt; 1 clustered, ≈ 1 random, &gt; 1 regular (2.149 for a triangular lattice, 2 for a square one); z-score and two-sided normal p-value (outputs R, Z, P). With EDGE_CORRECTION (the default) Donnelly's correction adds (0.0514 + 0.041/√n)·P/n to the expectation (P the study area's perimeter), since points near the edge lack neighbours outside it. QGIS's Nearest neighbour analysis uses no correction and the layer's bounding box as the area, so its R is lower than this one on a hull or boundary; this algorithm with a rectangular BOUNDARY equal to the extent and no edge correction gives QGIS's numbers.

Ripley's K(r) (m²) with the translation edge correction, and L(r) = √(K/π) (m), at R_STEPS distances from R_MIN to R_MAX metres; under CSR L(r) − r ≈ 0, above 0 the entities are clustered at that distance, below 0 dispersed. K is computed as spatstat's Kest.fft: points binned on a pixel grid (PIXEL_SIZE, by default R_MAX/150 or finer; each pair distance is off by at most one pixel diagonal) and pair counts from an FFT, so 100 000 points are fine. The envelope is the pointwise minimum and maximum of L(r) − r over NSIM patterns of the same number of uniform random points in the study area (SEED makes it repeatable; 99 simulations give a pointwise test at 2 %).

Outputs: a table (radius_m, K, L, L_minus_r, env_lo, env_hi) and a chart of L(r) − r with the envelope (PNG, SVG or PDF, as the file name says).</source>
        <translation>Test of de entiteiten (na de filters) geclusterd, willekeurig of regelmatig verdeeld zijn, in meter in EPSG:31370.

Studiegebied: de unie van de laag BOUNDARY (entiteiten erbuiten worden weggelaten; op de rand tellen ze mee), of het convexe omhulsel van de entiteiten.

Clark–Evans: R = gemiddelde afstand tot de dichtstbijzijnde buur ÷ de verwachting ervan bij volledige ruimtelijke willekeur (CSR), 0.5·√(A/n); R &lt; 1 geclusterd, ≈ 1 willekeurig, &gt; 1 regelmatig (2,149 voor een driehoeksrooster, 2 voor een vierkant rooster); z-score en tweezijdige normale p-waarde (uitvoer R, Z, P). Met EDGE_CORRECTION (standaard) telt de correctie van Donnelly (0.0514 + 0.041/√n)·P/n op bij de verwachting (P is de omtrek van het studiegebied), omdat punten bij de rand buren buiten de rand missen. De analyse van de dichtstbijzijnde buur van QGIS gebruikt geen correctie en neemt de omhullende rechthoek van de laag als oppervlakte, zodat haar R lager is dan deze op een omhulsel of grens; dit algoritme met een rechthoekige BOUNDARY gelijk aan het bereik en zonder randcorrectie geeft de waarden van QGIS.

Ripley's K(r) (m²) met de translatierandcorrectie, en L(r) = √(K/π) (m), op R_STEPS afstanden van R_MIN tot R_MAX meter; bij CSR is L(r) − r ≈ 0, boven 0 zijn de entiteiten op die afstand geclusterd, onder 0 verspreid. K wordt berekend zoals Kest.fft van spatstat: punten verdeeld over een pixelrooster (PIXEL_SIZE, standaard R_MAX/150 of fijner; elke paarafstand wijkt hoogstens één pixeldiagonaal af) en paartellingen via een FFT, zodat 100 000 punten geen probleem zijn. De envelop is het puntsgewijze minimum en maximum van L(r) − r over NSIM patronen met hetzelfde aantal uniform verdeelde willekeurige punten in het studiegebied (SEED maakt dit herhaalbaar; 99 simulaties geven een puntsgewijze toets op 2 %).

Uitvoer: een tabel (radius_m, K, L, L_minus_r, env_lo, env_hi) en een grafiek van L(r) − r met de envelop (PNG, SVG of PDF, zoals de bestandsnaam zegt).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Study area</source>
        <translation>Studiegebied</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Polygons whose union is the study area (default: the convex hull of the entities)</source>
        <translation>Polygonen waarvan de unie het studiegebied is (standaard: het convexe omhulsel van de entiteiten)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Donnelly edge correction</source>
        <translation>Randcorrectie van Donnelly</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Correct the Clark–Evans expectation for the study area's edge (Donnelly 1978)</source>
        <translation>De Clark–Evans-verwachting corrigeren voor de rand van het studiegebied (Donnelly 1978)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Smallest distance</source>
        <translation>Kleinste afstand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Smallest distance r for Ripley's K/L, in metres (&gt; 0)</source>
        <translation>Kleinste afstand r voor Ripley's K/L, in meter (&gt; 0)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Largest distance</source>
        <translation>Grootste afstand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Largest distance r for Ripley's K/L, in metres (&gt; R_MIN; at most about a quarter of the area's width is advisable)</source>
        <translation>Grootste afstand r voor Ripley's K/L, in meter (&gt; R_MIN; hoogstens ongeveer een kwart van de breedte van het gebied is aan te raden)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Number of distances</source>
        <translation>Aantal afstanden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>How many distances, evenly spaced from R_MIN to R_MAX</source>
        <translation>Hoeveel afstanden, gelijkmatig verdeeld van R_MIN tot R_MAX</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Simulations for the envelope</source>
        <translation>Simulaties voor de envelop</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Number of CSR simulations for the envelope (0: no envelope)</source>
        <translation>Aantal CSR-simulaties voor de envelop (0: geen envelop)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>The same seed gives the same envelope</source>
        <translation>Dezelfde seed geeft dezelfde envelop</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Pixel size for K (0: automatic)</source>
        <translation>Pixelgrootte voor K (0: automatisch)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Pixel size in metres of the grid Ripley's K is computed on; 0 picks R_MAX/150 or finer</source>
        <translation>Pixelgrootte in meter van het rooster waarop Ripley's K berekend wordt; 0 kiest R_MAX/150 of fijner</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Ripley's L table</source>
        <translation>Tabel van Ripley's L</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>One row per distance: radius_m, K (m²), L (m), L_minus_r (m), env_lo and env_hi (m)</source>
        <translation>Eén rij per afstand: radius_m, K (m²), L (m), L_minus_r (m), env_lo en env_hi (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>PNG images (*.png);;SVG images (*.svg);;PDF files (*.pdf)</source>
        <translation>PNG-afbeeldingen (*.png);;SVG-afbeeldingen (*.svg);;PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Chart of L(r) − r with the CSR envelope (.png, .svg or .pdf)</source>
        <translation>Grafiek van L(r) − r met de CSR-envelop (.png, .svg of .pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Clark–Evans R</source>
        <translation>Clark–Evans R</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Clark–Evans z-score</source>
        <translation>Clark–Evans z-score</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Clark–Evans p-value (two-sided)</source>
        <translation>Clark–Evans p-waarde (tweezijdig)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Number of entities analysed</source>
        <translation>Aantal geanalyseerde entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Study area (km²)</source>
        <translation>Oppervlakte van het studiegebied (km²)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Mean nearest-neighbour distance (m)</source>
        <translation>Gemiddelde afstand tot de dichtstbijzijnde buur (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Expected mean nearest-neighbour distance under CSR (m)</source>
        <translation>Verwachte gemiddelde afstand tot de dichtstbijzijnde buur bij CSR (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Reading the entities and the study area</source>
        <translation>Entiteiten en studiegebied lezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Clark–Evans R = {:.4f}, z = {:.3f}, p = {:.3g} (mean NN {:.1f} m, expected {:.1f} m)</source>
        <translation>Clark–Evans R = {:.4f}, z = {:.3f}, p = {:.3g} (gemiddelde afstand tot de dichtstbijzijnde buur {:.1f} m, verwacht {:.1f} m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_MIN must be greater than 0 m</source>
        <translation>R_MIN moet groter zijn dan 0 m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_MAX ({} m) must be greater than R_MIN ({} m)</source>
        <translation>R_MAX ({} m) moet groter zijn dan R_MIN ({} m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_STEPS must be at least 2</source>
        <translation>R_STEPS moet minstens 2 zijn</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>NSIM must not be negative</source>
        <translation>NSIM mag niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>PIXEL_SIZE must not be negative</source>
        <translation>PIXEL_SIZE mag niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>CHART: a .png, .svg or .pdf file</source>
        <translation>CHART: een .png-, .svg- of .pdf-bestand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>{} entities outside the study area are left out</source>
        <translation>{} entiteiten buiten het studiegebied worden weggelaten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>INPUT: point pattern statistics need at least 3 entities (in the study area); there are {}</source>
        <translation>INPUT: puntpatroonstatistiek vereist minstens 3 entiteiten (in het studiegebied); er zijn er {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>INPUT: the entities lie on one line or point, their hull has no area; give a BOUNDARY</source>
        <translation>INPUT: de entiteiten liggen op één lijn of in één punt, hun omhulsel heeft geen oppervlakte; geef een BOUNDARY op</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>{} entities in a study area of {:.3f} km²</source>
        <translation>{} entiteiten in een studiegebied van {:.3f} km²</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_MAX: {} m is more than the study area's extent ({:.0f} m across)</source>
        <translation>R_MAX: {} m is meer dan de omvang van het studiegebied ({:.0f} m van hoek tot hoek)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>PIXEL_SIZE: {} m makes {} pixels over the study area (more than {}); use larger pixels</source>
        <translation>PIXEL_SIZE: {} m geeft {} pixels over het studiegebied (meer dan {}); gebruik grotere pixels</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_MAX is large for the study area: K is unreliable at the largest distances</source>
        <translation>R_MAX is groot voor het studiegebied: K is onbetrouwbaar op de grootste afstanden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Ripley's K on {:.1f} m pixels</source>
        <translation>Ripley's K op pixels van {:.1f} m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>PIXEL_SIZE: {}</source>
        <translation>PIXEL_SIZE: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>{} CSR simulations of {} points</source>
        <translation>{} CSR-simulaties van {} punten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>L(r) − r above the envelope at {} distances, below at {}, of {}</source>
        <translation>L(r) − r boven de envelop op {} afstanden, eronder op {}, van {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>CSR envelope ({} simulations)</source>
        <translation>CSR-envelop ({} simulaties)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>observed L(r) − r</source>
        <translation>waargenomen L(r) − r</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Ripley's L(r) − r of {} entities (Clark–Evans R = {:.3f}, p = {:.2g})</source>
        <translation>Ripley's L(r) − r van {} entiteiten (Clark–Evans R = {:.3f}, p = {:.2g})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>distance r (m)</source>
        <translation>afstand r (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>L(r) − r (m)</source>
        <translation>L(r) − r (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: the layer must hold polygons</source>
        <translation>{}: de laag moet polygonen bevatten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: {} features without geometry</source>
        <translation>{}: {} objecten zonder geometrie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: the layer holds no polygons</source>
        <translation>{}: de laag bevat geen polygonen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: {} invalid polygons were repaired (make_valid)</source>
        <translation>{}: {} ongeldige polygonen werden hersteld (make_valid)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: the boundary has no area</source>
        <translation>{}: de grens heeft geen oppervlakte</translation>
    </message>
    <message>
        <location filename="../../processing/provider.py"/>
        <source>Brussels Creative — creative ecosystem of the Brussels Capital Region</source>
        <translation>Brussels Creative — creatief ecosysteem van het Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="obsolete">Geannuleerd</translation>
    </message>
</context>
</TS>
