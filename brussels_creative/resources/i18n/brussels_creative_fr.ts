<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>BrusselsCreative</name>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <location filename="../../gui/connect_tool.py"/>
        <location filename="../../plugin.py"/>
        <source>Connect entities</source>
        <translation>Relier des entités</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Swap direction</source>
        <translation>Inverser le sens</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Read the relation from the target to the source</source>
        <translation>Lire la relation de la cible vers la source</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>This GeoPackage has no relation types.</source>
        <translation>Ce GeoPackage ne contient aucun type de relation.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py"/>
        <source>(both ways)</source>
        <translation>(dans les deux sens)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>bc_relationship_unique: this relationship already exists (same source, target and type)</source>
        <translation>bc_relationship_unique : cette relation existe déjà (même source, même cible et même type)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>the GeoPackage refused the write</source>
        <translation>le GeoPackage a refusé l'écriture</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>No entity here: click on an entity point</source>
        <translation>Aucune entité ici : cliquez sur le point d'une entité</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>“{}” is not saved yet: save the entities layer before connecting it</source>
        <translation>« {} » n'est pas encore enregistrée : enregistrez la couche des entités avant de la relier</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>A relation needs two different entities: click another entity as the target</source>
        <translation>Une relation demande deux entités différentes : cliquez sur une autre entité comme cible</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Source: “{}”. Now click the target entity (Esc cancels)</source>
        <translation>Source : « {} ». Cliquez maintenant sur l'entité cible (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Connection cancelled</source>
        <translation>Liaison annulée</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>The entities layer is not in a GeoPackage</source>
        <translation>La couche des entités n'est pas dans un GeoPackage</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Cannot open the relationships table of this GeoPackage</source>
        <translation>Impossible d'ouvrir la table des relations de ce GeoPackage</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Could not add the relationship to the edit buffer</source>
        <translation>Impossible d'ajouter la relation au tampon d'édition</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Relationship {} added to the edits of layer “{}”: save the layer to store it</source>
        <translation>Relation {} ajoutée aux modifications de la couche « {} » : enregistrez la couche pour la stocker</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>The relationships table cannot be edited (read-only file?)</source>
        <translation>La table des relations ne peut pas être modifiée (fichier en lecture seule ?)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Relationship not stored: {}</source>
        <translation>Relation non enregistrée : {}</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Relationship stored: {}</source>
        <translation>Relation enregistrée : {}</translation>
    </message>
    <message>
        <location filename="../../gui/duplicate_guard.py"/>
        <source>“{}” looks like “{}”, {} m away: open the existing entity, or carry on if they differ.</source>
        <translation>« {} » ressemble à « {} », à {} m : ouvrez l'entité existante, ou continuez s'il s'agit d'entités différentes.</translation>
    </message>
    <message>
        <location filename="../../gui/duplicate_guard.py"/>
        <source>({} more similar entities nearby)</source>
        <translation>({} autres entités similaires à proximité)</translation>
    </message>
    <message>
        <location filename="../../gui/duplicate_guard.py"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../gui/duplicate_guard.py"/>
        <source>Open existing</source>
        <translation>Ouvrir l'entité existante</translation>
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
        <translation>Ouvrir un écosystème…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Create ecosystem GeoPackage…</source>
        <translation>Créer un GeoPackage d'écosystème…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Processing algorithms…</source>
        <translation>Algorithmes de traitement…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>About Brussels Creative</source>
        <translation>À propos de Brussels Creative</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Needs Python packages that are missing: {}. Install them with: pip install {}</source>
        <translation>Des paquets Python nécessaires sont manquants : {}. Installez-les avec : pip install {}</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open ecosystem</source>
        <translation>Ouvrir un écosystème</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Ecosystem GeoPackage (*.gpkg)</source>
        <translation>GeoPackage d'écosystème (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Opened {} ({} entities)</source>
        <translation>{} ouvert ({} entités)</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open an ecosystem first (Brussels Creative ▸ Open ecosystem…)</source>
        <translation>Ouvrez d'abord un écosystème (Brussels Creative ▸ Ouvrir un écosystème…)</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Brussels Creative maps the creative and cultural ecosystem of the Brussels Capital Region.

Municipalities: UrbIS © CIRB/CIBG (paradigm.brussels).</source>
        <translation>Brussels Creative cartographie l'écosystème créatif et culturel de la Région de Bruxelles-Capitale.

Communes : UrbIS © CIRB/CIBG (paradigm.brussels).</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Missing Python packages: {}</source>
        <translation>Paquets Python manquants : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Cancelled: no output was written</source>
        <translation>Annulé : aucune sortie n'a été écrite</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Entities (or any point layer)</source>
        <translation>Entités (ou toute couche de points)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>The entities layer of an ecosystem GeoPackage, or any point layer in any CRS</source>
        <translation>La couche des entités d'un GeoPackage d'écosystème, ou toute couche de points dans n'importe quel SCR</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>CREATED_FROM ({}) is after CREATED_TO ({})</source>
        <translation>CREATED_FROM ({}) est postérieure à CREATED_TO ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>EXPRESSION: {}</source>
        <translation>EXPRESSION : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Check ecosystem GeoPackage</source>
        <translation>Vérifier un GeoPackage d'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>check</source>
        <translation>vérifier</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>validate</source>
        <translation>valider</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>quality</source>
        <translation>qualité</translation>
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
        <translation>Vérifie un GeoPackage d'écosystème sans le modifier et liste chaque constat dans une table (gravité, contrôle, table, ligne, message) :
- integrity_check de SQLite et la version du schéma ;
- les déclencheurs d'intégrité qu'un client aurait pu supprimer ;
- les références : lignes de liaison et relations pointant vers des entités absentes, codes de vocabulaire inconnus, uuid en double ou manquants ;
- la conformité GeoPackage selon le validateur de GDAL (validate_gpkg) ;
- les géométries vides ou invalides, les points d'entités hors de la Région de Bruxelles-Capitale (l'union des 19 communes ; un point sur la limite régionale compte comme intérieur) ;
- les entités sans secteur ou sans secteur principal (avertissements).

ERRORS et WARNINGS donnent les nombres ; rien n'est corrigé automatiquement.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Ecosystem GeoPackage</source>
        <translation>GeoPackage d'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>The .gpkg file to check (opened read-only)</source>
        <translation>Le fichier .gpkg à vérifier (ouvert en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>A table with one row per finding: severity, check, table_name, row, message</source>
        <translation>Une table avec une ligne par constat : severity, check, table_name, row, message</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Number of errors</source>
        <translation>Nombre d'erreurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Number of warnings</source>
        <translation>Nombre d'avertissements</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>{} is not a Brussels Creative ecosystem GeoPackage (no schema version)</source>
        <translation>{} n'est pas un GeoPackage d'écosystème Brussels Creative (pas de version de schéma)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>Checking {} (schema version {})</source>
        <translation>Vérification de {} (version de schéma {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>{} errors, {} warnings</source>
        <translation>{} erreurs, {} avertissements</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Clusters (DBSCAN)</source>
        <translation>Agrégats (DBSCAN)</translation>
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
        <translation>agrégat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>clustering</source>
        <translation>agrégation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>hull</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>concave</source>
        <translation>concave</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>convex</source>
        <translation>convexe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>agglomeration</source>
        <translation>agglomération</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Finds dense groups of entities with DBSCAN (distances in metres, EPSG:31370) and describes each group.

Rules, as QGIS's DBSCAN clustering: a core point has at least MIN_POINTS entities, itself included, within EPS metres (a distance equal to EPS counts); clusters are the groups of core points linked by steps of at most EPS, so the core points of each cluster are exactly QGIS's (the numbers may differ: here clusters are numbered 0, 1, … in the input order of their first core point). A border point (not core, but within EPS of a core point) joins the cluster of its nearest core point (ties: the first core point in input order), whereas QGIS gives it to whichever cluster reaches it first, so a border point between two clusters may be labelled differently; with 'border points are noise' (DBSCAN*) they are noise, as in QGIS's DBSCAN* option. Everything else is noise.

Output 1, the entities: uuid (or the feature id for layers without uuid), cluster_id (NULL for noise), is_core, and entity_type when the input has it.
Output 2, one polygon per cluster: its convex hull, or a concave hull (shapely's concave_hull with CONCAVE_RATIO: 1 is the convex hull, smaller values hug the points more tightly), with size (entities), n_core, area_km2 and density_km2 (entities per km² of the hull), the top entity types and, for the entities layer of an ecosystem GeoPackage, the top sectors (share of the cluster's entities linked to each sector, primary or not). A cluster whose points are all at one place or on one line has no area: its polygon is that point or line buffered by 1 m, for display only, and its area_km2 is 0 and density_km2 NULL.</source>
        <translation>Trouve les groupes denses d'entités avec DBSCAN (distances en mètres, EPSG:31370) et décrit chaque groupe.

Règles, comme l'agrégation DBSCAN de QGIS : un point central a au moins MIN_POINTS entités, lui-même compris, à EPS mètres au plus (une distance égale à EPS compte) ; les agrégats sont les groupes de points centraux reliés par des pas d'au plus EPS, de sorte que les points centraux de chaque agrégat sont exactement ceux de QGIS (les numéros peuvent différer : ici, les agrégats sont numérotés 0, 1, … dans l'ordre d'entrée de leur premier point central). Un point de bordure (non central, mais à EPS au plus d'un point central) rejoint l'agrégat de son point central le plus proche (en cas d'égalité : le premier point central dans l'ordre d'entrée), alors que QGIS le donne au premier agrégat qui l'atteint ; un point de bordure situé entre deux agrégats peut donc être étiqueté différemment. Avec « Points de bordure considérés comme bruit » (DBSCAN*), ces points sont du bruit, comme avec l'option DBSCAN* de QGIS. Tout le reste est du bruit.

Sortie 1, les entités : uuid (ou l'identifiant de l'objet pour les couches sans uuid), cluster_id (NULL pour le bruit), is_core, et entity_type si l'entrée possède ce champ.
Sortie 2, un polygone par agrégat : son enveloppe convexe, ou une enveloppe concave (concave_hull de shapely avec CONCAVE_RATIO : 1 donne l'enveloppe convexe, des valeurs plus petites épousent les points de plus près), avec size (entités), n_core, area_km2 et density_km2 (entités par km² de l'enveloppe), les types d'entités les plus fréquents et, pour la couche des entités d'un GeoPackage d'écosystème, les secteurs les plus fréquents (part des entités de l'agrégat liées à chaque secteur, principal ou non). Un agrégat dont tous les points sont en un même endroit ou sur une même ligne n'a pas de surface : son polygone est ce point ou cette ligne avec un tampon de 1 m, pour l'affichage uniquement ; son area_km2 vaut 0 et son density_km2 est NULL.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Neighbourhood radius (EPS)</source>
        <translation>Rayon de voisinage (EPS)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Maximum distance in metres between neighbours (a distance equal to EPS counts)</source>
        <translation>Distance maximale en mètres entre voisins (une distance égale à EPS compte)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Minimum points (core)</source>
        <translation>Nombre minimal de points (point central)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Entities within EPS, the point itself included, that make a point a core point</source>
        <translation>Nombre d'entités à EPS au plus, le point lui-même compris, qui font d'un point un point central</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Border points are noise (DBSCAN*)</source>
        <translation>Points de bordure considérés comme bruit (DBSCAN*)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Label the non-core points of a cluster as noise instead of joining their nearest core</source>
        <translation>Étiqueter comme bruit les points non centraux d'un agrégat au lieu de les rattacher au point central le plus proche</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Cluster polygon</source>
        <translation>Polygone d'agrégat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Convex hull</source>
        <translation>Enveloppe convexe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Concave hull</source>
        <translation>Enveloppe concave</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Convex hull, or concave hull (needs shapely 2 with GEOS 3.11; falls back to convex otherwise)</source>
        <translation>Enveloppe convexe, ou enveloppe concave (nécessite shapely 2 avec GEOS 3.11 ; à défaut, enveloppe convexe)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Concave hull ratio</source>
        <translation>Ratio de l'enveloppe concave</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>For concave hulls: 1 gives the convex hull, 0 the tightest hull</source>
        <translation>Pour les enveloppes concaves : 1 donne l'enveloppe convexe, 0 l'enveloppe la plus serrée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Clustered entities</source>
        <translation>Entités agrégées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>The entities with uuid, cluster_id (NULL = noise), is_core (EPSG:31370)</source>
        <translation>Les entités avec uuid, cluster_id (NULL = bruit), is_core (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Cluster polygons</source>
        <translation>Polygones d'agrégats</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>One hull per cluster with size, n_core, area_km2, density_km2, top types and sectors (EPSG:31370)</source>
        <translation>Une enveloppe par agrégat avec size, n_core, area_km2, density_km2, types et secteurs les plus fréquents (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Number of clusters</source>
        <translation>Nombre d'agrégats</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Number of noise entities</source>
        <translation>Nombre d'entités de bruit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Reading the entities</source>
        <translation>Lecture des entités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>DBSCAN with EPS {} m and MIN_POINTS {}</source>
        <translation>DBSCAN avec EPS {} m et MIN_POINTS {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>EPS: {} m makes {} pairs of neighbouring entities (more than {}); use a smaller EPS</source>
        <translation>EPS : {} m donne {} paires d’entités voisines (plus de {}) ; choisissez un EPS plus petit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>{} clusters, {} noise entities</source>
        <translation>{} agrégats, {} entités de bruit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Summarising the clusters</source>
        <translation>Synthèse des agrégats</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Writing the entities and the clusters</source>
        <translation>Écriture des entités et des agrégats</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>EPS must be greater than 0 m</source>
        <translation>EPS doit être supérieur à 0 m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>MIN_POINTS must be at least 1</source>
        <translation>MIN_POINTS doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>CONCAVE_RATIO must be between 0 and 1</source>
        <translation>CONCAVE_RATIO doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>CLUSTERS: the same destination as OUTPUT ({}); choose another</source>
        <translation>CLUSTERS : la même destination que OUTPUT ({}) ; choisissez-en une autre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/clusters.py"/>
        <source>Concave hulls need GEOS 3.11 or later: convex hulls are written</source>
        <translation>Les enveloppes concaves nécessitent GEOS 3.11 ou plus récent : des enveloppes convexes sont écrites</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>Create ecosystem GeoPackage</source>
        <translation>Créer un GeoPackage d'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>ecosystem</source>
        <translation>écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>Creates a new ecosystem GeoPackage in EPSG:31370 (Belgian Lambert 72, metres): the entities point layer, sectors, services, audiences, relationships and their lines, the history, and the vocabularies in English, French and Dutch, with the 19 municipalities of the Brussels Capital Region as a polygon layer (UrbIS © CIRB/CIBG).

Integrity rules and the change history live in the file itself, so every client (QGIS, GDAL, sqlite3) is held to them.

An existing file is never replaced unless 'Overwrite' is ticked.</source>
        <translation>Crée un nouveau GeoPackage d'écosystème en EPSG:31370 (Lambert belge 72, mètres) : la couche de points des entités, les secteurs, services, publics, relations et leurs lignes, l'historique, et les vocabulaires en anglais, français et néerlandais, avec les 19 communes de la Région de Bruxelles-Capitale en couche de polygones (UrbIS © CIRB/CIBG).

Les règles d'intégrité et l'historique des modifications résident dans le fichier lui-même : tout client (QGIS, GDAL, sqlite3) doit donc les respecter.

Un fichier existant n'est jamais remplacé, sauf si « Écraser un fichier existant » est coché.</translation>
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
        <translation>Chemin du nouveau fichier .gpkg</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Overwrite an existing file</source>
        <translation>Écraser un fichier existant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Replace the file if it exists (its content is lost)</source>
        <translation>Remplacer le fichier s'il existe (son contenu est perdu)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>OUTPUT: give the path of the GeoPackage to create</source>
        <translation>OUTPUT : indiquez le chemin du GeoPackage à créer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <source>Created {} (schema version {}, {} municipalities)</source>
        <translation>{} créé (version de schéma {}, {} communes)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Density by area</source>
        <translation>Densité par zone</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>count</source>
        <translation>comptage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>points in polygon</source>
        <translation>points dans polygone</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>location quotient</source>
        <translation>quotient de localisation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>per capita</source>
        <translation>par habitant</translation>
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
        <translation>Compte les entités (ou n'importe quels points) dans chaque polygone de AREAS — communes, secteurs statistiques, quartiers — et écrit les polygones, en EPSG:31370, avec :
- n_entities : nombre de points comptés dans le polygone ;
- area_km2 : la superficie planimétrique du polygone en EPSG:31370 (km²) ; density_km2 : n_entities par km² ;
- share_pct : la part (%) du polygone dans les points comptés dans l'un ou l'autre polygone ;
- n_sector_&lt;code&gt; et lq_&lt;code&gt; par secteur (entités d'écosystème uniquement) : nombre et quotient de localisation (part du secteur dans le polygone ÷ sa part sur l'ensemble des polygones ; 1 = comme dans la région, vide pour un polygone vide). SECTOR_MODE 'primary' (par défaut) compte chaque entité une seule fois, sous son secteur principal, de sorte que les nombres par secteur totalisent n_entities ; 'all' la compte sous chacun de ses secteurs ;
- n_type_&lt;code&gt; par type d'entité, quand les points ont un champ entity_type ;
- per_1000_inh : n_entities pour 1 000 habitants quand un champ POPULATION est indiqué (vide quand la population est manquante ou nulle).

Points sur les limites (BORDER_RULE) : par défaut, chaque point est compté une seule fois — un point intérieur à un polygone dans ce polygone, un point sur une limite commune à plusieurs polygones dans le premier d'entre eux selon l'ordre des objets de la couche — de sorte que les nombres totalisent les points situés dans les zones et les parts 100 %. En dehors des limites, les nombres sont égaux à ceux de native:countpointsinpolygon de QGIS ; cet algorithme ne compte nulle part un point situé exactement sur une limite, ce que reproduit la règle 'contains'. 'intersects' compte un point de limite dans chaque polygone qu'il touche.

Les points hors de tout polygone ne sont pas comptés (leur nombre est signalé). Les polygones, dans n'importe quel SCR, sont transformés en EPSG:31370 avec les paramètres de transformation du projet ; les points aussi. Les objets sans géométrie sont conservés avec des nombres nuls et des superficies vides. Les filtres sélectionnent les entités par secteur, type, statut, visibilité, date de création ou expression.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Areas (polygons)</source>
        <translation>Zones (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Polygons to count in, in any CRS: municipalities, statistical sectors, …</source>
        <translation>Polygones dans lesquels compter, dans n'importe quel SCR : communes, secteurs statistiques, …</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Inhabitants of each area; adds per_1000_inh (entities per 1 000 inhabitants)</source>
        <translation>Habitants de chaque zone ; ajoute per_1000_inh (entités pour 1 000 habitants)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Points on borders</source>
        <translation>Points sur les limites</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Once: in the first polygon (lowest feature order) touching the point</source>
        <translation>Une fois : dans le premier polygone (ordre des objets le plus bas) qui touche le point</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Only strictly inside (as native:countpointsinpolygon: border points counted nowhere)</source>
        <translation>Uniquement strictement à l'intérieur (comme native:countpointsinpolygon : points de limite comptés nulle part)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>In every polygon touching the point</source>
        <translation>Dans chaque polygone qui touche le point</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Where a point lying exactly on a polygon boundary is counted</source>
        <translation>Où compter un point situé exactement sur la limite d'un polygone</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Sectors counted</source>
        <translation>Secteurs comptés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Primary sector only</source>
        <translation>Secteur principal uniquement</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Every sector of the entity</source>
        <translation>Chaque secteur de l'entité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Count each entity under its primary sector only, or under every sector it has</source>
        <translation>Compter chaque entité sous son seul secteur principal, ou sous chacun de ses secteurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>The areas (EPSG:31370) with counts, densities per km², shares and quotients</source>
        <translation>Les zones (EPSG:31370) avec nombres, densités par km², parts et quotients</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Reading the entities and the areas</source>
        <translation>Lecture des entités et des zones</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>Counting {} points in {} areas</source>
        <translation>Comptage de {} points dans {} zones</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>{} points lie outside every area and were not counted</source>
        <translation>{} points sont situés hors de toute zone et n'ont pas été comptés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>AREAS: {} polygons have almost no area for their extent (invalid, self-intersecting?): their densities are meaningless (at positions {} in the layer)</source>
        <translation>AREAS : {} polygones n’ont presque aucune surface pour leur emprise (invalides, auto-intersectants ?) : leurs densités n’ont pas de sens (aux positions {} de la couche)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>AREAS field {} is replaced by the computed one</source>
        <translation>Le champ {} de AREAS est remplacé par le champ calculé</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>POPULATION: AREAS has no field {} (fields: {})</source>
        <translation>POPULATION : AREAS n’a pas de champ {} (champs : {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Density grid</source>
        <translation>Grille de densité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>hexagon</source>
        <translation>hexagone</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>binning</source>
        <translation>discrétisation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>aligned</source>
        <translation>alignée</translation>
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
        <translation>Compte les entités (ou n'importe quels points) par cellule d'une grille carrée ou hexagonale en EPSG:31370 et écrit les cellules avec :
- col, row : identifiants entiers de la cellule par rapport à l'origine (col croît vers l'est, row vers le nord) ;
- n_entities : points dans la cellule ; density_km2 : n_entities par km² de la cellule entière ; cell_area_km2 ;
- boundary_pct (avec une couche BOUNDARY) : la part (%) de la superficie de la cellule située à l'intérieur de la limite.

CELL_SIZE est le côté du carré, ou le côté de l'hexagone (= le rayon du cercle circonscrit ; hexagones avec un côté plat en haut), en mètres. La grille est ancrée en ORIGIN_X, ORIGIN_Y (mètres EPSG:31370, par défaut 0, 0) : des grilles de même origine, même taille de cellule et même forme s'alignent cellule par cellule quelle que soit leur emprise ; deux dates peuvent donc être jointes sur (col, row) et soustraites.

Emprise : les cellules couvrant l'emprise des points ou, avec une couche BOUNDARY, les cellules qui touchent les polygones de la limite (les cellules entièrement en dehors sont écartées). Les cellules sont conservées entières, jamais découpées : toutes ont la même superficie et les densités sont comparables ; boundary_pct indique quelle part d'une cellule de bord est à l'intérieur. Tout point d'une cellule conservée est compté, y compris un point juste en dehors de la limite dans une cellule de bord.

Bords : chaque point est compté dans exactement une cellule. Les carrés sont semi-ouverts : un point sur une ligne verticale de la grille va à la cellule située à son est, sur une ligne horizontale à la cellule située à son nord. Hexagones : un point va au centre de cellule le plus proche ; en cas d'égalité, à la colonne est, puis à la cellule nord. KEEP_EMPTY conserve les cellules sans point (n_entities 0). Les entrées, dans n'importe quel SCR, sont transformées en EPSG:31370.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Cell size (m)</source>
        <translation>Taille de cellule (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Side of a square, or side (circumradius) of a hexagon, in metres (EPSG:31370)</source>
        <translation>Côté d'un carré, ou côté (rayon du cercle circonscrit) d'un hexagone, en mètres (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Cell shape</source>
        <translation>Forme des cellules</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Squares</source>
        <translation>Carrés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Hexagons (flat-topped)</source>
        <translation>Hexagones (côté plat en haut)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Square cells or flat-topped hexagons</source>
        <translation>Cellules carrées ou hexagones avec un côté plat en haut</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Optional polygons (any CRS): the grid covers the cells meeting them</source>
        <translation>Polygones facultatifs (tout SCR) : la grille couvre les cellules qui les touchent</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Keep empty cells</source>
        <translation>Conserver les cellules vides</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Write cells without any point too (n_entities 0)</source>
        <translation>Écrire aussi les cellules sans aucun point (n_entities 0)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Grid origin X (m, EPSG:31370)</source>
        <translation>Origine X de la grille (m, EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Grid origin Y (m, EPSG:31370)</source>
        <translation>Origine Y de la grille (m, EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>A grid corner (EPSG:31370 metres); the same origin aligns grids of two dates</source>
        <translation>Un coin de la grille (mètres EPSG:31370) ; une même origine aligne les grilles de deux dates</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Grid cells (EPSG:31370) with col, row, n_entities and density_km2</source>
        <translation>Cellules de la grille (EPSG:31370) avec col, row, n_entities et density_km2</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>CELL_SIZE must be more than 0 m (got {})</source>
        <translation>CELL_SIZE doit être supérieur à 0 m (reçu : {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Counting {} points in a {} × {} grid of {} m {}s</source>
        <translation>Comptage de {} points dans une grille de {} × {} cellules de {} m (forme : {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>{} points lie outside the grid's cells and were not counted</source>
        <translation>{} points sont situés hors des cellules de la grille et n'ont pas été comptés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>{}: {} is too far from the entities for cells of {} m (cell numbers past {})</source>
        <translation>{} : {} est trop loin des entités pour des cellules de {} m (numéros de cellule au-delà de {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>CELL_SIZE: {} m makes {} cells over the extent (more than {}); choose a larger cell</source>
        <translation>CELL_SIZE : {} m donne {} cellules sur l'emprise (plus de {}) ; choisissez une cellule plus grande</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Export ecosystem (GeoPackage, shapefiles, GeoJSON)</source>
        <translation>Exporter un écosystème (GeoPackage, shapefiles, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>publish</source>
        <translation>publier</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>privacy</source>
        <translation>confidentialité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>public</source>
        <translation>public</translation>
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
        <translation>Exporte les entités, leurs secteurs, services et publics ainsi que leurs relations, filtrés et selon un profil de confidentialité, en :
- GeoPackage : un fichier d'écosystème autonome (schéma, vocabulaires, communes, styles et formulaires de layer_styles) conforme au validateur de GDAL ;
- Shapefiles (dossier ou zip) : entities.shp (points), relations.shp (lignes), sectors/services/audiences.dbf (une ligne par entité et par code), fields.csv (la correspondance fixe des noms de champs de 10 caractères au plus : couche, nom court, nom complet, description) et long_texts.csv ; UTF-8 (.cpg), EPSG:31370 (.prj) ; codes affichés sous forme de libellés dans la langue LANGUAGE, listes sous forme de libellés joints par des ';' ;
- GeoJSON : les entités en EPSG:4326 (RFC 7946, lon/lat, 8 décimales ≈ 1 mm) pour les cartes web.

Profils de confidentialité (internal / partner / public) :
{privacy}
public ne garde que les entrées publiées (visibility = public, status = active) vérifiées ou revendiquées. Les relations sont conservées quand leurs deux extrémités le sont. Le GeoPackage garde son schéma fixe : les champs retirés y restent donc vides. Historique : seul internal le copie (en entier ou, avec des filtres, celui des lignes exportées) ; la copie elle-même n'est pas journalisée.

Les filtres choisissent parmi ce que le profil autorise ; sans filtre, tout est pris. Les dates sont incluses, sur created_at.
Limites : un texte DBF contient 254 octets : un texte plus long (ou une liste jointe) est coupé sur un caractère UTF-8 entier, un avertissement nomme les entités et long_texts.csv contient le texte complet. Unités : coordonnées en mètres (EPSG:31370) ou en degrés (GeoJSON). La sortie n'apparaît qu'une fois complète ; un échec ou une annulation ne laisse rien, et la source est ouverte en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>The ecosystem .gpkg file to export (opened read-only, never changed)</source>
        <translation>Le fichier .gpkg d'écosystème à exporter (ouvert en lecture seule, jamais modifié)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>GeoPackage (.gpkg), shapefiles in a folder, shapefiles in a .zip, or GeoJSON (.geojson)</source>
        <translation>GeoPackage (.gpkg), shapefiles dans un dossier, shapefiles dans un .zip, ou GeoJSON (.geojson)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Privacy profile</source>
        <translation>Profil de confidentialité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>internal: everything; partner: no private entries, no persons' contact data, no history; public: as partner, and only active, verified or claimed entries</source>
        <translation>internal : tout ; partner : pas d'entrées privées, pas de coordonnées de personnes, pas d'historique ; public : comme partner, et uniquement les entrées actives, vérifiées ou revendiquées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Language of labels</source>
        <translation>Langue des libellés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Language of the vocabulary labels in shapefiles and GeoJSON (en, fr, nl)</source>
        <translation>Langue des libellés du vocabulaire dans les shapefiles et le GeoJSON (en, fr, nl)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Only these statuses</source>
        <translation>Uniquement ces statuts</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Only these visibilities</source>
        <translation>Uniquement ces visibilités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Only these verification levels</source>
        <translation>Uniquement ces niveaux de vérification</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Only entities of these sectors</source>
        <translation>Uniquement les entités de ces secteurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Only these entity types</source>
        <translation>Uniquement ces types d'entités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Only these municipalities (NIS codes)</source>
        <translation>Uniquement ces communes (codes INS)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Vocabulary codes; none selected means all</source>
        <translation>Codes du vocabulaire ; aucune sélection signifie tous</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Created on or after</source>
        <translation>Créées à partir du</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Created on or before</source>
        <translation>Créées jusqu'au</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Date filter on the entities' created_at (inclusive)</source>
        <translation>Filtre de date sur le champ created_at des entités (bornes incluses)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Output file or folder</source>
        <translation>Fichier ou dossier de sortie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>A .gpkg, .zip or .geojson file matching FORMAT; for shapefiles in a folder, the folder to create (a folder holding a previous export is replaced)</source>
        <translation>Un fichier .gpkg, .zip ou .geojson correspondant à FORMAT ; pour des shapefiles dans un dossier, le dossier à créer (un dossier contenant un export précédent est remplacé)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>INPUT: {} is not an existing file</source>
        <translation>INPUT : {} n'est pas un fichier existant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>OUTPUT: give a file or folder to write</source>
        <translation>OUTPUT : indiquez un fichier ou un dossier où écrire</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Exporting {source} as {fmt}, profile {profile}, labels in {language}</source>
        <translation>Export de {source} en {fmt}, profil {profile}, libellés en {language}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>Cancelled: nothing was written</source>
        <translation>Annulé : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>The export failed and nothing was written: {}</source>
        <translation>L’export a échoué et rien n’a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>{}: {} rows</source>
        <translation>{} : {} lignes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>No entity was exported: the filters and profile select none</source>
        <translation>Aucune entité n'a été exportée : les filtres et le profil n'en sélectionnent aucune</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Generate sample ecosystem</source>
        <translation>Générer un écosystème d'exemple</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>sample</source>
        <translation>exemple</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>synthetic</source>
        <translation>synthétique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>generate</source>
        <translation>générer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>test data</source>
        <translation>données de test</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Creates a new ecosystem GeoPackage filled with a realistic, fictitious creative ecosystem of the Brussels Capital Region: N entities clustered like creative places in the city (a few dense centres, a sparse periphery, all inside the region), with sectors, services, audiences, relationships (hubs with many members, spin-offs, collaborations) and two years of change history.

The same seed always gives the same file. Names, addresses and contacts are invented. Nothing is written if the run is cancelled.</source>
        <translation>Crée un nouveau GeoPackage d'écosystème rempli d'un écosystème créatif fictif mais réaliste de la Région de Bruxelles-Capitale : N entités regroupées comme les lieux créatifs de la ville (quelques centres denses, une périphérie clairsemée, toutes à l'intérieur de la région), avec secteurs, services, publics, relations (hubs comptant de nombreux membres, spin-offs, collaborations) et deux ans d'historique des modifications.

La même graine donne toujours le même fichier. Les noms, adresses et contacts sont inventés. Rien n'est écrit si l'exécution est annulée.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Sample ecosystem GeoPackage</source>
        <translation>GeoPackage d'écosystème d'exemple</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Number of entities</source>
        <translation>Nombre d'entités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>How many entities to generate</source>
        <translation>Nombre d'entités à générer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>The same seed gives the same ecosystem</source>
        <translation>La même graine donne le même écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>{} already exists; choose another name or allow overwriting</source>
        <translation>{} existe déjà ; choisissez un autre nom ou autorisez l'écrasement</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Points chauds (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>hotspot</source>
        <translation>hotspot</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>hot spot</source>
        <translation>point chaud</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>cold spot</source>
        <translation>point froid</translation>
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
        <translation>statistiques</translation>
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
        <translation>Compte les entités (après les filtres) par unité d'observation et calcule la statistique Gi* de Getis-Ord de chaque unité : un score z (gi_z), sa valeur p normale bilatérale (gi_p), la valeur p ajustée selon le taux de fausses découvertes de Benjamini–Hochberg (gi_p_fdr) et une classe : point chaud ou froid à un niveau de confiance de 99/95/90 %, ou non significatif (gi_bin : +3…−3, 0). Avec FDR activé (par défaut), les classes utilisent gi_p_fdr, de sorte que parmi les unités déclarées chaudes ou froides à 95 %, environ 5 % au plus sont de fausses alertes ; désactivé, elles utilisent gi_p unité par unité.

Unités d'observation :
- une grille carrée (pas de couche AREAS) : cellules de CELL_SIZE mètres alignées sur ORIGIN (EPSG:31370, par défaut 0,0), de sorte que les grilles de deux dates s'alignent cellule par cellule ; sur l'emprise des points, ou sur une couche BOUNDARY : seules les cellules qui partagent une surface avec la limite sont alors des observations (les autres sont masquées et non écrites) et seuls les points situés à l'intérieur de la limite (ou sur celle-ci) sont comptés. Un point sur une ligne de la grille va à la cellule située à son est / nord (les cellules sont semi-ouvertes) : chaque point compte donc une fois ;
- des zones (une couche de polygones AREAS, p. ex. les communes) : un point compte dans chaque polygone qu'il touche ; un point sur une limite commune compte donc dans les deux.

Les poids sont binaires, l'unité elle-même comprise (Gi*, comme G_Local(star=True, transform='B') d'esda de PySAL) :
- bande de distance (DISTANCE mètres) : sur la grille, les cellules dont le centre est à DISTANCE au plus du centre de la cellule (un disque de cellules, calculé par convolution ; les cellules de bord ont simplement moins de voisines) ; pour les zones, les zones dont le centroïde est à DISTANCE au plus du centroïde de la zone ;
- k plus proches voisins (K) : les K centres de cellules / centroïdes de zones les plus proches de celui de l'unité (égalités départagées arbitrairement, ce qui compte sur une grille régulière).
Valeurs p : 2·(1 − Φ(|z|)). Les polygones de sortie (EPSG:31370) portent count (entités), neighbours (unités dans la bande, elle-même comprise), gi_z, gi_p, gi_p_fdr, gi_bin et class ; les cellules de grille portent aussi leurs identifiants col/row.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Areas (instead of a grid)</source>
        <translation>Zones (au lieu d'une grille)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>A polygon layer whose areas are the units (e.g. the municipalities); leave empty to use a grid</source>
        <translation>Une couche de polygones dont les zones sont les unités (p. ex. les communes) ; laisser vide pour utiliser une grille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Boundary of the grid</source>
        <translation>Limite de la grille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Grid only: cover this boundary and keep only the cells that share area with it (default: the points' extent)</source>
        <translation>Grille uniquement : couvrir cette limite et ne garder que les cellules qui partagent une surface avec elle (par défaut : l'emprise des points)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Cell size</source>
        <translation>Taille de cellule</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Grid only: side of the square cells, in metres</source>
        <translation>Grille uniquement : côté des cellules carrées, en mètres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Grid origin</source>
        <translation>Origine de la grille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Grid only: a corner of the grid (default 0,0 in EPSG:31370); the same origin aligns grids of two runs</source>
        <translation>Grille uniquement : un coin de la grille (par défaut 0,0 en EPSG:31370) ; une même origine aligne les grilles de deux exécutions</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Neighbourhood</source>
        <translation>Voisinage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Distance band</source>
        <translation>Bande de distance</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>K nearest neighbours</source>
        <translation>K plus proches voisins</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Distance band: units within DISTANCE (centre to centre); K nearest: the K nearest units</source>
        <translation>Bande de distance : unités à DISTANCE au plus (de centre à centre) ; K plus proches : les K unités les plus proches</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Radius of the distance band between cell centres or area centroids, in metres</source>
        <translation>Rayon de la bande de distance entre centres de cellules ou centroïdes de zones, en mètres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Number of neighbours (K)</source>
        <translation>Nombre de voisins (K)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>For K nearest neighbours: how many neighbours each unit has besides itself</source>
        <translation>Pour les K plus proches voisins : nombre de voisins de chaque unité, en plus d'elle-même</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Control the false discovery rate</source>
        <translation>Contrôler le taux de fausses découvertes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Classify on Benjamini–Hochberg adjusted p-values (gi_p_fdr) rather than on each unit's p-value</source>
        <translation>Classer selon les valeurs p ajustées de Benjamini–Hochberg (gi_p_fdr) plutôt que selon la valeur p de chaque unité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Hot spots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Cells or areas with count, neighbours, gi_z, gi_p, gi_p_fdr, gi_bin and class (EPSG:31370)</source>
        <translation>Cellules ou zones avec count, neighbours, gi_z, gi_p, gi_p_fdr, gi_bin et class (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Number of cells or areas</source>
        <translation>Nombre de cellules ou de zones</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Number of hot spots</source>
        <translation>Nombre de points chauds</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Number of cold spots</source>
        <translation>Nombre de points froids</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>BOUNDARY is ignored when AREAS is given</source>
        <translation>BOUNDARY est ignoré quand AREAS est indiqué</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Counting the entities per unit</source>
        <translation>Comptage des entités par unité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>{} units, {} entities counted</source>
        <translation>{} unités, {} entités comptées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Computing Gi*</source>
        <translation>Calcul de Gi*</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>{} units have no neighbour within the band but themselves</source>
        <translation>{} unités n'ont aucune voisine dans la bande hormis elles-mêmes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Writing the units</source>
        <translation>Écriture des unités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>{} hot spots, {} cold spots among {} units</source>
        <translation>{} points chauds, {} points froids parmi {} unités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>DISTANCE must be greater than 0 m</source>
        <translation>DISTANCE doit être supérieure à 0 m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>K must be at least 1</source>
        <translation>K doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>CELL_SIZE must be greater than 0 m</source>
        <translation>CELL_SIZE doit être supérieur à 0 m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>DISTANCE ({} m) is smaller than CELL_SIZE ({} m): cells would have no neighbour</source>
        <translation>DISTANCE ({} m) est inférieure à CELL_SIZE ({} m) : les cellules n'auraient aucune voisine</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Gi* needs at least two cells or areas; there is {}</source>
        <translation>Gi* nécessite au moins deux cellules ou zones ; il y en a {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>K ({}) must be less than the number of units ({})</source>
        <translation>K ({}) doit être inférieur au nombre d'unités ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Input field {} is replaced by the result field</source>
        <translation>Le champ d'entrée {} est remplacé par le champ de résultat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>ORIGIN is not a valid point</source>
        <translation>ORIGIN n'est pas un point valide</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>CELL_SIZE: {} m makes a grid of {} cells (more than {}); use larger cells</source>
        <translation>CELL_SIZE : {} m donne une grille de {} cellules (plus de {}) ; utilisez des cellules plus grandes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>{} entities outside the boundary are left out</source>
        <translation>{} entités hors de la limite sont écartées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>BOUNDARY: no entity lies inside the boundary</source>
        <translation>BOUNDARY : aucune entité n'est située à l'intérieur de la limite</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Vocabulary codes; none selected means all (sectors need an ecosystem GeoPackage)</source>
        <translation>Codes du vocabulaire ; aucune sélection signifie tous (les secteurs nécessitent un GeoPackage d'écosystème)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Filter expression</source>
        <translation>Expression de filtre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>A QGIS expression selecting the features to use</source>
        <translation>Une expression QGIS qui sélectionne les objets à utiliser</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{} features without a usable point were left out</source>
        <translation>{} objets sans point utilisable ont été écartés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: the layer holds no points to analyse</source>
        <translation>{} : la couche ne contient aucun point à analyser</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: no points left after the filters (sectors, types, statuses, dates, expression)</source>
        <translation>{} : aucun point ne reste après les filtres (secteurs, types, statuts, dates, expression)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{} points read</source>
        <translation>{} points lus</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Reading the entities of {} directly</source>
        <translation>Lecture directe des entités de {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>SECTORS: filtering by sector needs the entities layer of an ecosystem GeoPackage</source>
        <translation>SECTORS : le filtre par secteur nécessite la couche des entités d'un GeoPackage d'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>The input layer has no field {} to filter on</source>
        <translation>La couche d'entrée n'a pas de champ {} sur lequel filtrer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>The input layer has no field created_at to filter on</source>
        <translation>La couche d'entrée n'a pas de champ created_at sur lequel filtrer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: the layer must hold points</source>
        <translation>{} : la couche doit contenir des points</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: the layer has no valid CRS; set one first</source>
        <translation>{} : la couche n'a pas de SCR valide ; définissez-en un d'abord</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: no field {}</source>
        <translation>{} : pas de champ {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Kernel density</source>
        <translation>Densité par noyau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>heatmap</source>
        <translation>carte de chaleur</translation>
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
        <translation>quartique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>gaussian</source>
        <translation>gaussien</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Writes a GeoTIFF (EPSG:31370, Float32) of the density of entities (or any points) in entities per km², optionally weighted by a WEIGHT field (then in weight units per km²).

Kernels: quartic, triangular, Epanechnikov, uniform and Gaussian, each normalised so that the raster integrates to the (weighted) number of points: the sum of pixel values × pixel area in km² equals n away from the edges (within 1 %; QGIS's Heatmap 'scaled' quartic integrates to 7.25 n instead). BANDWIDTH is the kernel's radius in metres (the Gaussian's sigma, cut at 4 sigma); 0 chooses it by RULE from the points' spread: Silverman's robust spatial rule 0.9·min(SD, √(1/ln 2)·Dm)·n^-1/5 (as ArcGIS's default search radius) or Scott's σ·n^-1/6.

Computed by binning the points on the pixel grid (linear binning: well under half a pixel of position error) and one FFT convolution, so time grows with pixels, not points × pixels.

Extent and edges: the raster covers EXTENT when given (transformed to EPSG:31370; rasters of two dates with the same EXTENT and PIXEL_SIZE share their geotransform and subtract cleanly); else the CLIP layer's extent; else the points' extent grown by the kernel's reach. Default extents are snapped outwards to multiples of the pixel size. Points outside the extent but within the kernel's reach still contribute, so edge pixels are not biased low; mass spread beyond the extent is not in the raster. With CLIP, pixels whose centre lies outside the polygons are nodata (-9999). Refused above 50 million pixels: choose a larger PIXEL_SIZE.</source>
        <translation>Écrit un GeoTIFF (EPSG:31370, Float32) de la densité d'entités (ou de n'importe quels points) en entités par km², éventuellement pondérée par un champ WEIGHT (alors en unités de poids par km²).

Noyaux : quartique, triangulaire, Epanechnikov, uniforme et gaussien, chacun normalisé pour que l'intégrale du raster soit le nombre (pondéré) de points : la somme des valeurs des pixels × la superficie d'un pixel en km² vaut n loin des bords (à 1 % près ; le noyau quartique « mis à l'échelle » de la carte de chaleur de QGIS s'intègre à 7,25 n). BANDWIDTH est le rayon du noyau en mètres (le sigma de la gaussienne, coupée à 4 sigma) ; 0 le choisit selon RULE à partir de la dispersion des points : la règle spatiale robuste de Silverman 0.9·min(SD, √(1/ln 2)·Dm)·n^-1/5 (comme le rayon de recherche par défaut d'ArcGIS) ou celle de Scott σ·n^-1/6.

Calculé en répartissant les points sur la grille de pixels (répartition linéaire : bien moins d'un demi-pixel d'erreur de position) puis par une seule convolution FFT : le temps de calcul croît avec le nombre de pixels, pas avec points × pixels.

Emprise et bords : le raster couvre EXTENT si elle est indiquée (transformée en EPSG:31370 ; des rasters de deux dates avec les mêmes EXTENT et PIXEL_SIZE partagent leur géotransformation et se soustraient proprement) ; sinon l'emprise de la couche CLIP ; sinon l'emprise des points agrandie de la portée du noyau. Les emprises par défaut sont arrondies vers l'extérieur à des multiples de la taille de pixel. Les points hors de l'emprise mais à portée du noyau contribuent tout de même : les pixels de bord ne sont pas sous-estimés ; la masse répartie au-delà de l'emprise n'est pas dans le raster. Avec CLIP, les pixels dont le centre est hors des polygones sont nodata (-9999). Refusé au-delà de 50 millions de pixels : choisissez une PIXEL_SIZE plus grande.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Quartic (biweight)</source>
        <translation>Quartique (biweight)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Triangular</source>
        <translation>Triangulaire</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Uniform (disk)</source>
        <translation>Uniforme (disque)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Gaussian (bandwidth = sigma, cut at 4 sigma)</source>
        <translation>Gaussien (largeur de bande = sigma, coupé à 4 sigma)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Kernel shape; all are normalised to integrate to one point</source>
        <translation>Forme du noyau ; tous sont normalisés pour que leur intégrale vaille un point</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Weight field</source>
        <translation>Champ de poids</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Optional numeric field weighting each point (points with a NULL weight are left out)</source>
        <translation>Champ numérique facultatif qui pondère chaque point (les points de poids NULL sont écartés)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Bandwidth (m); 0 = by rule</source>
        <translation>Largeur de bande (m) ; 0 = selon la règle</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Kernel radius in metres (sigma for the Gaussian); 0 chooses it by the rule</source>
        <translation>Rayon du noyau en mètres (sigma pour le gaussien) ; 0 le choisit selon la règle</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Bandwidth rule (when bandwidth is 0)</source>
        <translation>Règle de largeur de bande (quand la largeur de bande vaut 0)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Silverman (spatial, robust)</source>
        <translation>Silverman (spatiale, robuste)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Scott</source>
        <translation>Scott</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>How the bandwidth is chosen from the points' spread when BANDWIDTH is 0</source>
        <translation>Comment la largeur de bande est choisie à partir de la dispersion des points quand BANDWIDTH vaut 0</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Pixel size (m)</source>
        <translation>Taille de pixel (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Side of a square pixel in metres (EPSG:31370)</source>
        <translation>Côté d'un pixel carré en mètres (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Fixed extent</source>
        <translation>Emprise fixe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Optional extent of the raster (any CRS, transformed to EPSG:31370)</source>
        <translation>Emprise facultative du raster (tout SCR, transformée en EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Clip to boundary</source>
        <translation>Découper selon une limite</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Optional polygons (any CRS): pixels whose centre is outside them are nodata</source>
        <translation>Polygones facultatifs (tout SCR) : les pixels dont le centre est en dehors sont nodata</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>GeoTIFF of entities per km² (EPSG:31370, Float32, nodata {})</source>
        <translation>GeoTIFF d'entités par km² (EPSG:31370, Float32, nodata {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>PIXEL_SIZE must be more than 0 m (got {})</source>
        <translation>PIXEL_SIZE doit être supérieure à 0 m (reçu : {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>BANDWIDTH must be 0 (by rule) or more (got {})</source>
        <translation>BANDWIDTH doit valoir 0 (selon la règle) ou plus (reçu : {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>OUTPUT: the kernel density is written as GeoTIFF (.tif)</source>
        <translation>OUTPUT : la densité par noyau est écrite en GeoTIFF (.tif)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>{} kernel, bandwidth {:.1f} m, {} × {} pixels of {} m</source>
        <translation>Noyau {}, largeur de bande {:.1f} m, {} × {} pixels de {} m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>WEIGHT: {} points have a negative {}; a density needs weights of 0 or more</source>
        <translation>WEIGHT : {} points ont un {} négatif ; une densité demande des poids de 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>{} points with a NULL or non-numeric weight were left out</source>
        <translation>{} points de poids NULL ou non numérique ont été écartés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>WEIGHT: no point has a numeric weight</source>
        <translation>WEIGHT : aucun point n'a de poids numérique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>BANDWIDTH: {}; give a bandwidth</source>
        <translation>BANDWIDTH : {} ; indiquez une largeur de bande</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>BANDWIDTH: the points do not spread; give a bandwidth</source>
        <translation>BANDWIDTH : les points ne sont pas dispersés ; indiquez une largeur de bande</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>Bandwidth by {} rule: {:.1f} m</source>
        <translation>Largeur de bande selon la règle de {} : {:.1f} m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>EXTENT: {}</source>
        <translation>EXTENT : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>PIXEL_SIZE: {} m gives a {} × {} raster (kernel {} px wide); more than {} million pixels is refused: choose a larger pixel size or a smaller extent or bandwidth</source>
        <translation>PIXEL_SIZE : {} m donne un raster de {} × {} (noyau de {} px de large) ; au-delà de {} millions de pixels, le calcul est refusé : choisissez une taille de pixel plus grande, ou une emprise ou une largeur de bande plus petite</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>WEIGHT: the weights are too large: densities overflow the raster</source>
        <translation>WEIGHT : les poids sont trop grands : les densités dépassent les capacités du raster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>The raster is 0 everywhere: no point (or no weight) lies within the bandwidth of its extent</source>
        <translation>Le raster vaut 0 partout : aucun point (ou aucun poids) ne se trouve à moins d’une largeur de bande de son emprise</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>BANDWIDTH ({:.1f} m) is below PIXEL_SIZE ({} m): each point stays in its pixel; use smaller pixels for a smooth surface</source>
        <translation>BANDWIDTH ({:.1f} m) est inférieure à PIXEL_SIZE ({} m) : chaque point reste dans son pixel ; utilisez des pixels plus petits pour une surface lisse</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>{}: cannot write {} ({})</source>
        <translation>{} : impossible d’écrire {} ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Point pattern statistics (Clark–Evans, Ripley's L)</source>
        <translation>Statistiques de semis de points (Clark–Evans, L de Ripley)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>clark-evans</source>
        <translation>clark-evans</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>nearest neighbour</source>
        <translation>plus proche voisin</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>ripley</source>
        <translation>ripley</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>k function</source>
        <translation>fonction k</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>l function</source>
        <translation>fonction l</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>csr</source>
        <translation>csr</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>envelope</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>monte carlo</source>
        <translation>monte carlo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>point pattern</source>
        <translation>semis de points</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Tests whether the entities (after the filters) are clustered, random or regular, in EPSG:31370 metres.

Study area: the union of the BOUNDARY layer (entities outside it are left out; on its edge they count), or the convex hull of the entities.

Clark–Evans: R = mean nearest-neighbour distance ÷ its expectation under complete spatial randomness (CSR), 0.5·√(A/n); R &lt; 1 clustered, ≈ 1 random, &gt; 1 regular (2.149 for a triangular lattice, 2 for a square one); z-score and two-sided normal p-value (outputs R, Z, P). With EDGE_CORRECTION (the default) Donnelly's correction adds (0.0514 + 0.041/√n)·P/n to the expectation (P the study area's perimeter), since points near the edge lack neighbours outside it. QGIS's Nearest neighbour analysis uses no correction and the layer's bounding box as the area, so its R is lower than this one on a hull or boundary; this algorithm with a rectangular BOUNDARY equal to the extent and no edge correction gives QGIS's numbers.

Ripley's K(r) (m²) with the translation edge correction, and L(r) = √(K/π) (m), at R_STEPS distances from R_MIN to R_MAX metres; under CSR L(r) − r ≈ 0, above 0 the entities are clustered at that distance, below 0 dispersed. K is computed as spatstat's Kest.fft: points binned on a pixel grid (PIXEL_SIZE, by default R_MAX/150 or finer; each pair distance is off by at most one pixel diagonal) and pair counts from an FFT, so 100 000 points are fine. The envelope is the pointwise minimum and maximum of L(r) − r over NSIM patterns of the same number of uniform random points in the study area (SEED makes it repeatable; 99 simulations give a pointwise test at 2 %).

Outputs: a table (radius_m, K, L, L_minus_r, env_lo, env_hi) and a chart of L(r) − r with the envelope (PNG, SVG or PDF, as the file name says).</source>
        <translation>Teste si les entités (après les filtres) sont agrégées, aléatoires ou régulières, en mètres EPSG:31370.

Zone d'étude : l'union de la couche BOUNDARY (les entités en dehors sont écartées ; sur son bord, elles comptent), ou l'enveloppe convexe des entités.

Clark–Evans : R = distance moyenne au plus proche voisin ÷ son espérance sous l'hypothèse d'aléa spatial complet (CSR), 0.5·√(A/n) ; R &lt; 1 agrégé, ≈ 1 aléatoire, &gt; 1 régulier (2,149 pour un réseau triangulaire, 2 pour un réseau carré) ; score z et valeur p normale bilatérale (sorties R, Z, P). Avec EDGE_CORRECTION (par défaut), la correction de Donnelly ajoute (0.0514 + 0.041/√n)·P/n à l'espérance (P étant le périmètre de la zone d'étude), car les points proches du bord manquent de voisins au-delà. L'analyse du plus proche voisin de QGIS n'applique aucune correction et prend le rectangle englobant de la couche comme surface : son R est donc plus faible que celui-ci sur une enveloppe ou une limite ; cet algorithme, avec une BOUNDARY rectangulaire égale à l'emprise et sans correction de bord, donne les valeurs de QGIS.

K(r) de Ripley (m²) avec la correction de bord par translation, et L(r) = √(K/π) (m), à R_STEPS distances de R_MIN à R_MAX mètres ; sous CSR, L(r) − r ≈ 0 ; au-dessus de 0, les entités sont agrégées à cette distance, en dessous, dispersées. K est calculé comme Kest.fft de spatstat : points répartis sur une grille de pixels (PIXEL_SIZE, par défaut R_MAX/150 ou plus fin ; chaque distance entre paires est faussée d'au plus une diagonale de pixel) et comptage des paires par FFT : 100 000 points ne posent donc pas de problème. L'enveloppe est le minimum et le maximum point par point de L(r) − r sur NSIM semis du même nombre de points aléatoires uniformes dans la zone d'étude (SEED la rend reproductible ; 99 simulations donnent un test point par point à 2 %).

Sorties : une table (radius_m, K, L, L_minus_r, env_lo, env_hi) et un graphique de L(r) − r avec l'enveloppe (PNG, SVG ou PDF, selon le nom du fichier).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Study area</source>
        <translation>Zone d'étude</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Polygons whose union is the study area (default: the convex hull of the entities)</source>
        <translation>Polygones dont l'union forme la zone d'étude (par défaut : l'enveloppe convexe des entités)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Donnelly edge correction</source>
        <translation>Correction de bord de Donnelly</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Correct the Clark–Evans expectation for the study area's edge (Donnelly 1978)</source>
        <translation>Corriger l'espérance de Clark–Evans pour le bord de la zone d'étude (Donnelly 1978)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Smallest distance</source>
        <translation>Plus petite distance</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Smallest distance r for Ripley's K/L, in metres (&gt; 0)</source>
        <translation>Plus petite distance r pour K/L de Ripley, en mètres (&gt; 0)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Largest distance</source>
        <translation>Plus grande distance</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Largest distance r for Ripley's K/L, in metres (&gt; R_MIN; at most about a quarter of the area's width is advisable)</source>
        <translation>Plus grande distance r pour K/L de Ripley, en mètres (&gt; R_MIN ; au plus environ un quart de la largeur de la zone est conseillé)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Number of distances</source>
        <translation>Nombre de distances</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>How many distances, evenly spaced from R_MIN to R_MAX</source>
        <translation>Nombre de distances, régulièrement espacées de R_MIN à R_MAX</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Simulations for the envelope</source>
        <translation>Simulations pour l'enveloppe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Number of CSR simulations for the envelope (0: no envelope)</source>
        <translation>Nombre de simulations CSR pour l'enveloppe (0 : pas d'enveloppe)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>The same seed gives the same envelope</source>
        <translation>La même graine donne la même enveloppe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Pixel size for K (0: automatic)</source>
        <translation>Taille de pixel pour K (0 : automatique)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Pixel size in metres of the grid Ripley's K is computed on; 0 picks R_MAX/150 or finer</source>
        <translation>Taille en mètres des pixels de la grille sur laquelle le K de Ripley est calculé ; 0 choisit R_MAX/150 ou plus fin</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Ripley's L table</source>
        <translation>Table du L de Ripley</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>One row per distance: radius_m, K (m²), L (m), L_minus_r (m), env_lo and env_hi (m)</source>
        <translation>Une ligne par distance : radius_m, K (m²), L (m), L_minus_r (m), env_lo et env_hi (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>PNG images (*.png);;SVG images (*.svg);;PDF files (*.pdf)</source>
        <translation>Images PNG (*.png);;Images SVG (*.svg);;Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Chart of L(r) − r with the CSR envelope (.png, .svg or .pdf)</source>
        <translation>Graphique de L(r) − r avec l’enveloppe CSR (.png, .svg ou .pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Clark–Evans R</source>
        <translation>R de Clark–Evans</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Clark–Evans z-score</source>
        <translation>Score z de Clark–Evans</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Clark–Evans p-value (two-sided)</source>
        <translation>Valeur p de Clark–Evans (bilatérale)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Number of entities analysed</source>
        <translation>Nombre d'entités analysées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Study area (km²)</source>
        <translation>Superficie de la zone d'étude (km²)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Mean nearest-neighbour distance (m)</source>
        <translation>Distance moyenne au plus proche voisin (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Expected mean nearest-neighbour distance under CSR (m)</source>
        <translation>Distance moyenne au plus proche voisin attendue sous CSR (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Reading the entities and the study area</source>
        <translation>Lecture des entités et de la zone d'étude</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Clark–Evans R = {:.4f}, z = {:.3f}, p = {:.3g} (mean NN {:.1f} m, expected {:.1f} m)</source>
        <translation>R de Clark–Evans = {:.4f}, z = {:.3f}, p = {:.3g} (distance moyenne au plus proche voisin {:.1f} m, attendue {:.1f} m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_MIN must be greater than 0 m</source>
        <translation>R_MIN doit être supérieur à 0 m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_MAX ({} m) must be greater than R_MIN ({} m)</source>
        <translation>R_MAX ({} m) doit être supérieur à R_MIN ({} m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_STEPS must be at least 2</source>
        <translation>R_STEPS doit valoir au moins 2</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>NSIM must not be negative</source>
        <translation>NSIM ne doit pas être négatif</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>PIXEL_SIZE must not be negative</source>
        <translation>PIXEL_SIZE ne doit pas être négative</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>CHART: a .png, .svg or .pdf file</source>
        <translation>CHART : un fichier .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>{} entities outside the study area are left out</source>
        <translation>{} entités hors de la zone d'étude sont écartées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>INPUT: point pattern statistics need at least 3 entities (in the study area); there are {}</source>
        <translation>INPUT : les statistiques de semis de points nécessitent au moins 3 entités (dans la zone d'étude) ; il y en a {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>INPUT: the entities lie on one line or point, their hull has no area; give a BOUNDARY</source>
        <translation>INPUT : les entités sont sur une même ligne ou en un même point, leur enveloppe n'a pas de surface ; indiquez une BOUNDARY</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>{} entities in a study area of {:.3f} km²</source>
        <translation>{} entités dans une zone d'étude de {:.3f} km²</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_MAX: {} m is more than the study area's extent ({:.0f} m across)</source>
        <translation>R_MAX : {} m dépasse l’étendue de la zone d’étude ({:.0f} m d’un coin à l’autre)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>PIXEL_SIZE: {} m makes {} pixels over the study area (more than {}); use larger pixels</source>
        <translation>PIXEL_SIZE : {} m donne {} pixels sur la zone d'étude (plus de {}) ; utilisez des pixels plus grands</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>R_MAX is large for the study area: K is unreliable at the largest distances</source>
        <translation>R_MAX est grand pour la zone d'étude : K est peu fiable aux plus grandes distances</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Ripley's K on {:.1f} m pixels</source>
        <translation>K de Ripley sur des pixels de {:.1f} m</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>PIXEL_SIZE: {}</source>
        <translation>PIXEL_SIZE : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>{} CSR simulations of {} points</source>
        <translation>{} simulations CSR de {} points</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>L(r) − r above the envelope at {} distances, below at {}, of {}</source>
        <translation>L(r) − r au-dessus de l'enveloppe à {} distances, en dessous à {}, sur {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>CSR envelope ({} simulations)</source>
        <translation>Enveloppe CSR ({} simulations)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>observed L(r) − r</source>
        <translation>L(r) − r observé</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Ripley's L(r) − r of {} entities (Clark–Evans R = {:.3f}, p = {:.2g})</source>
        <translation>L(r) − r de Ripley pour {} entités (R de Clark–Evans = {:.3f}, p = {:.2g})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>distance r (m)</source>
        <translation>distance r (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>L(r) − r (m)</source>
        <translation>L(r) − r (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: the layer must hold polygons</source>
        <translation>{} : la couche doit contenir des polygones</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: {} features without geometry</source>
        <translation>{} : {} objets sans géométrie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: the layer holds no polygons</source>
        <translation>{} : la couche ne contient aucun polygone</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: {} invalid polygons were repaired (make_valid)</source>
        <translation>{} : {} polygones invalides ont été réparés (make_valid)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/polygons.py"/>
        <source>{}: the boundary has no area</source>
        <translation>{} : la limite n'a pas de surface</translation>
    </message>
    <message>
        <location filename="../../processing/provider.py"/>
        <source>Brussels Creative — creative ecosystem of the Brussels Capital Region</source>
        <translation>Brussels Creative — écosystème créatif de la Région de Bruxelles-Capitale</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="obsolete">Annulé</translation>
    </message>
</context>
</TS>
