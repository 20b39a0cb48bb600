<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>BrusselsCreative</name>
    <message>
        <location filename="../../core/analysis/kpi.py"/>
        <source>'{value}' is not a date (YYYY-MM-DD) or an ISO date-time</source>
        <translation>'{value}' n'est pas une date (AAAA-MM-JJ) ni une date-heure ISO</translation>
    </message>
    <message>
        <location filename="../../core/analysis/kpi.py"/>
        <source>the series starts on {start} after it ends on {end}</source>
        <translation>la série commence le {start}, après sa fin le {end}</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>claimed_by: a claim needs the contact's name or e-mail</source>
        <translation>claimed_by : une revendication demande le nom ou l'e-mail du contact</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>entity {uuid}: no such entity in {file}</source>
        <translation>entité {uuid} : aucune entité de ce nom dans {file}</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>entity {uuid}: no such entity in {file} (and {more} more)</source>
        <translation>entité {uuid} : aucune entité de ce nom dans {file} (et {more} autres)</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>relationship {uuid}: no such relationship in {file}</source>
        <translation>relation {uuid} : aucune relation de ce nom dans {file}</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>relationship {uuid}: entity {end} is neither of its ends, so cannot confirm it</source>
        <translation>relation {uuid} : l'entité {end} n'en est aucune des deux extrémités, elle ne peut donc pas la confirmer</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>markup or a script in the text</source>
        <translation>balisage ou script dans le texte</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>control or invisible characters in the text</source>
        <translation>caractères de contrôle ou invisibles dans le texte</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>a text is expected, not {kind}</source>
        <translation>un texte est attendu, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>longer than {limit} characters ({length})</source>
        <translation>plus long que {limit} caractères ({length})</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not of the expected form: {value}</source>
        <translation>pas de la forme attendue : {value}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not a code of {table}: {codes}</source>
        <translation>pas un code de {table} : {codes}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not a correction file: the JSON is not an object</source>
        <translation>pas un fichier de correction : le JSON n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not a {format} file of version {version}</source>
        <translation>pas un fichier {format} de version {version}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be 'correction' or 'new'</source>
        <translation>doit être 'correction' ou 'new'</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not an entity id: {value}</source>
        <translation>pas un identifiant d'entité : {value}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>no entity {uuid} in this file</source>
        <translation>aucune entité {uuid} dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>a new organisation has no entity id and no claim</source>
        <translation>une nouvelle organisation n'a ni identifiant d'entité ni revendication</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not a UTC date-time (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>pas une date-heure UTC (AAAA-MM-JJTHH:MM:SSZ)</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be fr, nl or en</source>
        <translation>doit être fr, nl ou en</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be an object with name and email</source>
        <translation>doit être un objet avec name et email</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be a list of distinct codes</source>
        <translation>doit être une liste de codes distincts</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>a new organisation needs a name</source>
        <translation>une nouvelle organisation doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>the file claims nothing, proposes nothing and has no comment</source>
        <translation>le fichier ne revendique rien, ne propose rien et n'a pas de commentaire</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>larger than {limit} KiB ({size} bytes): not a correction file</source>
        <translation>plus grand que {limit} Kio ({size} octets) : pas un fichier de correction</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>cannot be read ({error})</source>
        <translation>illisible ({error})</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not JSON (line {line}, column {column}: {error})</source>
        <translation>pas du JSON (ligne {line}, colonne {column} : {error})</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>already imported (the same file was read before)</source>
        <translation>déjà importé (le même fichier a déjà été lu)</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>name: a portfolio needs a name</source>
        <translation>name : un portefeuille doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>portfolio {name!r}: give either an expression or a list of entities</source>
        <translation>portefeuille {name!r} : donnez soit une expression, soit une liste d'entités</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>portfolio {name!r}: entity {uuid} is not in the file</source>
        <translation>portefeuille {name!r} : l'entité {uuid} n'est pas dans le fichier</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>portfolio {name!r}: {error}</source>
        <translation>portefeuille {name!r} : {error}</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>portfolio {name!r}: no such portfolio in {file}</source>
        <translation>portefeuille {name!r} : aucun portefeuille de ce nom dans {file}</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>PORTFOLIO: no portfolio named {name!r} in this file (there are: {names})</source>
        <translation>PORTFOLIO : aucun portefeuille nommé {name!r} dans ce fichier (il y a : {names})</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>PORTFOLIO: no portfolio named {name!r} in this file (it has none)</source>
        <translation>PORTFOLIO : aucun portefeuille nommé {name!r} dans ce fichier (il n'en a aucun)</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: {field} changed since it was proposed (then {then!r}, now {now!r}, proposed {proposed!r})</source>
        <translation>proposition {fid} : {field} a changé depuis la proposition (alors {then!r}, maintenant {now!r}, proposé {proposed!r})</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>field {field!r}: not a field a proposal can change (one of {fields})</source>
        <translation>champ {field!r} : pas un champ qu'une proposition peut modifier (l'un de {fields})</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>entity {uuid}: no such entity, so no change can be proposed for it</source>
        <translation>entité {uuid} : cette entité n'existe pas, aucune modification ne peut donc être proposée</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>field {field!r}: not a field of a new entity</source>
        <translation>champ {field!r} : pas un champ d'une nouvelle entité</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>name: a new entity needs a name</source>
        <translation>name : une nouvelle entité doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: no such proposal in {file}</source>
        <translation>proposition {fid} : aucune proposition de ce numéro dans {file}</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: already decided by another curator</source>
        <translation>proposition {fid} : déjà tranchée par un autre curateur</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: a rejection needs a reason</source>
        <translation>proposition {fid} : un rejet demande une raison</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: already {status} by {curator} at {at}</source>
        <translation>proposition {fid} : déjà {status} par {curator} le {at}</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: entity {uuid} no longer exists</source>
        <translation>proposition {fid} : l'entité {uuid} n'existe plus</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: {field} = {value!r} breaks a rule of the file: {error}</source>
        <translation>proposition {fid} : {field} = {value!r} enfreint une règle du fichier : {error}</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: the new entity breaks a rule of the file: {error}</source>
        <translation>proposition {fid} : la nouvelle entité enfreint une règle du fichier : {error}</translation>
    </message>
    <message>
        <location filename="../../core/errors.py"/>
        <source>{first}; {then}</source>
        <translation>{first} ; {then}</translation>
    </message>
    <message>
        <location filename="../../core/intake/address_reference.py"/>
        <source>{path_name}: the file is empty</source>
        <translation>{path_name} : le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../core/intake/address_reference.py"/>
        <source>{path_name} is not a BeST openaddress CSV: missing column(s) {choices}</source>
        <translation>{path_name} n'est pas un CSV BeST openaddress : colonne(s) manquante(s) {choices}</translation>
    </message>
    <message>
        <location filename="../../core/intake/address_reference.py"/>
        <source>the address source holds no usable address point (street, number and location)</source>
        <translation>la source d'adresses ne contient aucun point d'adresse utilisable (rue, numéro et position)</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>no street</source>
        <translation>pas de rue</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>ambiguous: {label} names different streets in {places}</source>
        <translation>ambigu : {label} désigne des rues différentes à {places}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>ambiguous: {key} is as close to {best} as to {rival}</source>
        <translation>ambigu : {key} est aussi proche de {best} que de {rival}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street type or language differs from {label}</source>
        <translation>type de voie ou langue différent de {label}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street type or language differs from {label} (in {found})</source>
        <translation>type de voie ou langue différent de {label} (à {found})</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>spelling corrected from {label}</source>
        <translation>orthographe corrigée depuis {label}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>spelling corrected from {label} (in {found})</source>
        <translation>orthographe corrigée depuis {label} (à {found})</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{name} holds no address reference: run 'Load address reference' first ({error})</source>
        <translation>{name} ne contient pas de référentiel d'adresses : lancez d'abord « Load address reference » ({error})</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{name}: the address reference is empty</source>
        <translation>{name} : le référentiel d'adresses est vide</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>geocode: give a free-text address column or a street column</source>
        <translation>géocodage : donnez une colonne d'adresse en texte libre ou une colonne de rue</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>geocode: the address columns have different lengths</source>
        <translation>géocodage : les colonnes d'adresse n'ont pas la même longueur</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>postcode {code} is not in the reference</source>
        <translation>le code postal {code} n'est pas dans la référence</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>municipality {name} unknown</source>
        <translation>commune {name} inconnue</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street {label} unreadable</source>
        <translation>rue {label} illisible</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{label} is not in {scope}; found in {found}</source>
        <translation>{label} n'est pas à {scope} ; trouvée à {found}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street {label} not found in {scope} or nearby</source>
        <translation>rue {label} introuvable à {scope} ni aux environs</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street {label} not found</source>
        <translation>rue {label} introuvable</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>give the house number, postcode or municipality</source>
        <translation>donnez le numéro, le code postal ou la commune</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>give the postcode or municipality</source>
        <translation>donnez le code postal ou la commune</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} found only in {found} (same name in {others})</source>
        <translation>numéro {number} trouvé seulement à {found} (même nom à {others})</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>no house number: the street's middle</source>
        <translation>pas de numéro : le milieu de la rue</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>box {box} not in the reference: the building's point</source>
        <translation>boîte {box} absente de la référence : le point du bâtiment</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>range {first}-{last}: number {number} used</source>
        <translation>plage {first}-{last} : numéro {number} utilisé</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{label} not in the reference: number {number} used</source>
        <translation>{label} absent de la référence : numéro {number} utilisé</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} not on the street in {postcode}: found on the street of the same name in {found}</source>
        <translation>numéro {number} absent de la rue à {postcode} : trouvé dans la rue du même nom à {found}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} is outside the street's even numbers: the street's middle</source>
        <translation>le numéro {number} est hors des numéros pairs de la rue : le milieu de la rue</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} is outside the street's odd numbers: the street's middle</source>
        <translation>le numéro {number} est hors des numéros impairs de la rue : le milieu de la rue</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} not in the reference: between {low} and {high}</source>
        <translation>numéro {number} absent de la référence : entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} beyond the street's last number on that side: placed at {value}</source>
        <translation>numéro {number} au-delà du dernier numéro de ce côté de la rue : placé au {value}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{why} and no postcode</source>
        <translation>{why} et pas de code postal</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{why}: the postcode's centre</source>
        <translation>{why} : le centre du code postal</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street not in {code}: found in {found}</source>
        <translation>rue absente de {code} : trouvée à {found}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>no location: load an address reference and geocode</source>
        <translation>pas de localisation : chargez une référence d'adresses et géocodez</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>{column} missing</source>
        <translation>{column} manquant</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown entity type {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>type d'entité inconnu {given} : ni un code ni un libellé anglais, français ou néerlandais de {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown sector {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>secteur inconnu {given} : ni un code ni un libellé anglais, français ou néerlandais de {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown service {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>service inconnu {given} : ni un code ni un libellé anglais, français ou néerlandais de {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown audience {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>public inconnu {given} : ni un code ni un libellé anglais, français ou néerlandais de {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown size class {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>classe de taille inconnue {given} : ni un code ni un libellé anglais, français ou néerlandais de {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown municipality {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>commune inconnue {given} : ni un code ni un libellé anglais, français ou néerlandais de {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown status {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>statut inconnu {given} : ni un code ni un libellé anglais, français ou néerlandais de {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown visibility {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>visibilité inconnue {given} : ni un code ni un libellé anglais, français ou néerlandais de {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>COORDINATE_CRS: {crs!r} is not a CRS</source>
        <translation>COORDINATE_CRS : {crs!r} n'est pas un SCR</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>MODE: {mode!r} is not {ALL_OR_NOTHING} or {VALID_ROWS}</source>
        <translation>MODE : {mode!r} n'est ni {ALL_OR_NOTHING} ni {VALID_ROWS}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>DUPLICATES: {duplicates!r} is not {SKIP} or {UPDATE}</source>
        <translation>DUPLICATES : {duplicates!r} n'est ni {SKIP} ni {UPDATE}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>DISTANCE: {distance_m} must be zero or more metres</source>
        <translation>DISTANCE : {distance_m} doit être de zéro mètre ou plus</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>INPUT: no column for the name (columns: {choices}); name one with MAPPING, e.g. name=Organisation</source>
        <translation>INPUT : aucune colonne pour le nom (colonnes : {choices}) ; désignez-en une avec MAPPING, p. ex. name=Organisation</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>INPUT: a {present} column without its {value} column</source>
        <translation>INPUT : une colonne {present} sans sa colonne {value}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>DEFAULT_TYPE: {default_type!r} is not an entity type</source>
        <translation>DEFAULT_TYPE : {default_type!r} n'est pas un type d'entité</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>{values} values for {columns} columns (an unquoted delimiter inside a value?)</source>
        <translation>{values} valeurs pour {columns} colonnes (un séparateur sans guillemets dans une valeur ?)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>the name is empty (bc_name_required)</source>
        <translation>le nom est vide (bc_name_required)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a uuid</source>
        <translation>pas un uuid</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>no entity type: map a type column or choose DEFAULT_TYPE</source>
        <translation>pas de type d'entité : associez une colonne de type ou choisissez DEFAULT_TYPE</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a Brussels postcode: four digits from 1000 to 1299 (bc_postcode_shape)</source>
        <translation>pas un code postal bruxellois : quatre chiffres de 1000 à 1299 (bc_postcode_shape)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a web address http(s)://host.tld (bc_website_shape)</source>
        <translation>pas une adresse web http(s)://hote.tld (bc_website_shape)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not an e-mail address name@host.tld (bc_email_shape)</source>
        <translation>pas une adresse e-mail nom@hote.tld (bc_email_shape)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a year</source>
        <translation>pas une année</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>the founding year must lie between 1800 and next year</source>
        <translation>l'année de fondation doit être comprise entre 1800 et l'an prochain</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>{first} and {second} were swapped (the point fell outside Brussels); read the other way</source>
        <translation>{first} et {second} étaient inversés (le point tombait hors de Bruxelles) ; lus dans l'autre sens</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>address not found: {why}</source>
        <translation>adresse introuvable : {why}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>no location: no geometry, no coordinates and no address</source>
        <translation>pas de localisation : ni géométrie, ni coordonnées, ni adresse</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>the point (EPSG:31370 {x}, {y}) lies outside the Brussels Capital Region</source>
        <translation>le point (EPSG:31370 {x}, {y}) se trouve hors de la Région de Bruxelles-Capitale</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>duplicate of row {other} in the file (same uuid)</source>
        <translation>doublon de la ligne {other} du fichier (même uuid)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>duplicate of row {other} in the file (same name, {distance} m apart)</source>
        <translation>doublon de la ligne {other} du fichier (même nom, à {distance} m)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>refused by {ecosystem}: {error}</source>
        <translation>refusé par {ecosystem} : {error}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>only the postcode was found ({why})</source>
        <translation>seul le code postal a été trouvé ({why})</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>only the postcode was found</source>
        <translation>seul le code postal a été trouvé</translation>
    </message>
    <message>
        <location filename="../../core/intake/mapping.py"/>
        <source>MAPPING: {value!r} is not target=column</source>
        <translation>MAPPING : {value!r} n'a pas la forme cible=colonne</translation>
    </message>
    <message>
        <location filename="../../core/intake/mapping.py"/>
        <source>MAPPING: unknown field {target!r}; fields are {choices}</source>
        <translation>MAPPING : champ inconnu {target!r} ; les champs sont {choices}</translation>
    </message>
    <message>
        <location filename="../../core/intake/mapping.py"/>
        <source>MAPPING: {target}={header!r} but the input has no such column (columns: {choices})</source>
        <translation>MAPPING : {target}={header!r} mais l'entrée n'a pas cette colonne (colonnes : {choices})</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Invalid e-mail</source>
        <translation>Courriel invalide</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Invalid website</source>
        <translation>Site web invalide</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Invalid phone number</source>
        <translation>Numéro de téléphone invalide</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Invalid postcode</source>
        <translation>Code postal invalide</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>No location</source>
        <translation>Pas de localisation</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Outside the region</source>
        <translation>Hors de la région</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Postcode of another municipality</source>
        <translation>Code postal d'une autre commune</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Point in another municipality</source>
        <translation>Point dans une autre commune</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Probable duplicate</source>
        <translation>Doublon probable</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Never verified</source>
        <translation>Jamais vérifiée</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Not reviewed recently</source>
        <translation>Pas revue récemment</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>Data quality report</source>
        <translation>Rapport de qualité des données</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../gui/portfolios_panel.py"/>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Entities with an error or a warning</source>
        <translation>Entités avec une erreur ou un avertissement</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Probable duplicates: similar names within {} m. Not reviewed: for more than {} months.</source>
        <translation>Doublons probables : noms semblables à moins de {} m. Non revues : depuis plus de {} mois.</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Map of the entities to fix</source>
        <translation>Carte des entités à corriger</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Red: an error or a warning; grey: the other entities.</source>
        <translation>Rouge : une erreur ou un avertissement ; gris : les autres entités.</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Filled</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Rows to fix</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>… and {} more rows in the findings layer.</source>
        <translation>… et {} lignes de plus dans la couche des constats.</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Nothing to fix.</source>
        <translation>Rien à corriger.</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path} is not a file</source>
        <translation>INPUT : {path} n'est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} line {line_num}: {error}</source>
        <translation>INPUT : {path_name} ligne {line_num} : {error}</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} is empty (no header line)</source>
        <translation>INPUT : {path_name} est vide (pas de ligne d'en-tête)</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read as {encoding}, delimiter semicolon, {rows} rows</source>
        <translation>lu en {encoding}, séparateur point-virgule, {rows} lignes</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read as {encoding}, delimiter comma, {rows} rows</source>
        <translation>lu en {encoding}, séparateur virgule, {rows} lignes</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read as {encoding}, delimiter tab, {rows} rows</source>
        <translation>lu en {encoding}, séparateur tabulation, {rows} lignes</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read as {encoding}, delimiter vertical bar, {rows} rows</source>
        <translation>lu en {encoding}, séparateur barre verticale, {rows} lignes</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} cannot be read ({error})</source>
        <translation>INPUT : {path_name} ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} has no layer {layer!r}</source>
        <translation>INPUT : {path_name} n'a pas de couche {layer!r}</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} has geometries but no CRS; assign one first</source>
        <translation>INPUT : {path_name} a des géométries mais pas de SCR ; attribuez-en un d'abord</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read spreadsheet {name}: {rows} rows</source>
        <translation>feuille de calcul {name} lue : {rows} lignes</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read layer {name}: {rows} rows</source>
        <translation>couche {name} lue : {rows} lignes</translation>
    </message>
    <message>
        <location filename="../../core/publish/charts.py"/>
        <source>{path}: a chart is written as .png, .svg or .pdf</source>
        <translation>{path} : un graphique s'écrit en .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>PROFILE: unknown privacy profile {profile!r}; one of {choices}</source>
        <translation>PROFILE : profil de confidentialité inconnu {profile!r} ; l'un de {choices}</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>{name}: {value!r} is not an ISO date (YYYY-MM-DD)</source>
        <translation>{name} : {value!r} n'est pas une date ISO (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>FORMAT: unknown format {format!r}; one of {choices}</source>
        <translation>FORMAT : format inconnu {format!r} ; l'un de {choices}</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <location filename="../../core/publish/webmap.py"/>
        <source>LANGUAGE: unknown language {language!r}; one of {choices}</source>
        <translation>LANGUAGE : langue inconnue {language!r} ; l'une de {choices}</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <location filename="../../core/publish/webmap.py"/>
        <source>INPUT: {source} does not exist</source>
        <translation>INPUT : {source} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>INPUT: {source} is not a Brussels Creative ecosystem GeoPackage (no schema version)</source>
        <translation>INPUT : {source} n'est pas un GeoPackage d'écosystème Brussels Creative (pas de version de schéma)</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>INPUT: {source} uses schema version {version}, newer than this plugin's {SCHEMA_VERSION}</source>
        <translation>INPUT : {source} utilise la version de schéma {version}, plus récente que celle de cette extension ({SCHEMA_VERSION})</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>INPUT: {source} uses the older schema version {version}; the export opens it read-only and cannot upgrade it: open it once with the plugin (it is upgraded after a backup), then export again</source>
        <translation>INPUT : {source} utilise l'ancienne version de schéma {version} ; l'export l'ouvre en lecture seule et ne peut pas la mettre à niveau : ouvrez-le une fois avec l'extension (il est mis à niveau après une copie de sauvegarde), puis exportez à nouveau</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target} is the source itself; choose another name</source>
        <translation>OUTPUT : {target} est la source elle-même ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <location filename="../../core/publish/webmap.py"/>
        <source>OUTPUT: the folder {parent} does not exist</source>
        <translation>OUTPUT : le dossier {parent} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target_name} must end with {choices} for {format}</source>
        <translation>OUTPUT : {target_name} doit se terminer par {choices} pour {format}</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target} is a file; a shapefile set needs a folder</source>
        <translation>OUTPUT : {target} est un fichier ; un jeu de shapefiles demande un dossier</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target} is a folder with other files; choose an empty or new folder (a previous shapefile export, holding nothing else, is replaced)</source>
        <translation>OUTPUT : {target} est un dossier contenant d'autres fichiers ; choisissez un dossier vide ou nouveau (un export de shapefiles précédent, ne contenant rien d'autre, est remplacé)</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target} is a folder; give a file name</source>
        <translation>OUTPUT : {target} est un dossier ; donnez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>the source breaks a rule of the ecosystem file while copied: {error}</source>
        <translation>la source enfreint une règle du fichier d'écosystème pendant la copie : {error}</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>{path} is not a web map data file</source>
        <translation>{path} n'est pas un fichier de données de carte web</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>OUTPUT: {target} is a folder; give a .zip file name or a folder without .zip</source>
        <translation>OUTPUT : {target} est un dossier ; donnez un nom de fichier .zip ou un dossier sans .zip</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>OUTPUT: {target} is a file; give a new folder or a name ending with .zip</source>
        <translation>OUTPUT : {target} est un fichier ; donnez un nouveau dossier ou un nom se terminant par .zip</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>OUTPUT: {target} is a folder with other files; choose an empty or new folder (a previous web map, with its index.html and data.js, is replaced)</source>
        <translation>OUTPUT : {target} est un dossier contenant d'autres fichiers ; choisissez un dossier vide ou nouveau (une carte web précédente, avec son index.html et son data.js, est remplacée)</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>CONTACT_EMAIL: {email!r} is not an e-mail address</source>
        <translation>CONTACT_EMAIL : {email!r} n'est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>TILE_URL: {tile_url!r} must be an https:// URL template with {{z}}, {{x}} and {{y}}, or empty</source>
        <translation>TILE_URL : {tile_url!r} doit être un modèle d'URL https:// avec {{z}}, {{x}} et {{y}}, ou vide</translation>
    </message>
    <message>
        <location filename="../../core/sample/generator.py"/>
        <source>generate_sample: n must be a positive whole number of entities, not {n!r}</source>
        <translation>generate_sample : n doit être un nombre entier positif d'entités, pas {n!r}</translation>
    </message>
    <message>
        <location filename="../../core/sample/generator.py"/>
        <source>generate_sample: seed must be a whole number from 0, not {seed!r}</source>
        <translation>generate_sample : la graine doit être un nombre entier à partir de 0, pas {seed!r}</translation>
    </message>
    <message>
        <location filename="../../core/sample/generator.py"/>
        <source>generate_sample: {path} already holds entities or relationships; a sample is generated into an empty ecosystem file</source>
        <translation>generate_sample : {path} contient déjà des entités ou des relations ; un échantillon se génère dans un fichier d'écosystème vide</translation>
    </message>
    <message>
        <location filename="../../core/sample/generator.py"/>
        <source>sample history: {error}</source>
        <translation>historique de l'échantillon : {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/base.py"/>
        <source>entity {value!r}: {error}</source>
        <translation>entité {value!r} : {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/base.py"/>
        <source>{table} of entity {uuid}: {error}</source>
        <translation>{table} de l'entité {uuid} : {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/base.py"/>
        <source>relationship {source_uuid} → {target_uuid}: {error}</source>
        <translation>relation {source_uuid} → {target_uuid} : {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path}: an ecosystem file must have the .gpkg extension</source>
        <translation>{path} : un fichier d'écosystème doit avoir l'extension .gpkg</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>{path} already exists; choose another name or allow overwriting</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou autorisez l'écrasement</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path} is not a Brussels Creative ecosystem GeoPackage (no bc_meta schema version)</source>
        <translation>{path} n'est pas un GeoPackage d'écosystème Brussels Creative (pas de version de schéma bc_meta)</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path} uses schema version {version}, newer than this plugin's {SCHEMA_VERSION}: update the Brussels Creative plugin to open it (the file was not changed)</source>
        <translation>{path} utilise la version de schéma {version}, plus récente que celle de cette extension ({SCHEMA_VERSION}) : mettez à jour l'extension Brussels Creative pour l'ouvrir (le fichier n'a pas été modifié)</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path} uses schema version {version}; it needs an upgrade</source>
        <translation>{path} utilise la version de schéma {version} ; il doit être mis à niveau</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/area_counts.py"/>
        <source>the count was canceled in the database</source>
        <translation>le comptage a été annulé dans la base de données</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/connection.py"/>
        <location filename="../../core/store/postgis/ecosystem.py"/>
        <source>{schema}: the database refused: {error}</source>
        <translation>{schema} : la base de données a refusé : {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>{table}: the row after fid {fid} holds text that is not UTF-8 ({error}); correct it in the GeoPackage first</source>
        <translation>{table} : la ligne après le fid {fid} contient du texte qui n'est pas en UTF-8 ({error}) ; corrigez-la d'abord dans le GeoPackage</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>{table}: the columns {columns} have no place in the target; the copy would lose them</source>
        <translation>{table} : les colonnes {columns} n'ont pas de place dans la cible ; la copie les perdrait</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>the copy was canceled; nothing was written</source>
        <translation>la copie a été annulée ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>SCHEMA: {schema} holds no ecosystem</source>
        <translation>SCHEMA : {schema} ne contient pas d'écosystème</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>SCHEMA: {schema} is at version {version}, this plugin copies version {latest}: its curator upgrades it first</source>
        <translation>SCHEMA : {schema} est à la version {version}, ce plugin copie la version {latest} : son curateur le met d'abord à niveau</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/ecosystem.py"/>
        <source>{where} holds no ecosystem of schema version {latest} (found: {version})</source>
        <translation>{where} ne contient pas d'écosystème de version de schéma {latest} (trouvée : {version})</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/migrations.py"/>
        <source>the PostGIS migrations are not numbered 1, 2, 3, …: {files}</source>
        <translation>les migrations PostGIS ne sont pas numérotées 1, 2, 3, … : {files}</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/migrations.py"/>
        <source>SCHEMA: {name!r} is not a schema name: lower-case letters, digits and underscores, starting with a letter, at most 63 characters</source>
        <translation>SCHEMA : {name!r} n'est pas un nom de schéma : lettres minuscules, chiffres et tirets bas, commençant par une lettre, 63 caractères au plus</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/migrations.py"/>
        <source>schema {schema} is at version {version}, newer than this plugin's {latest}: update the plugin</source>
        <translation>le schéma {schema} est en version {version}, plus récente que celle de cette extension ({latest}) : mettez l'extension à jour</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/source.py"/>
        <source>The input layer has no field {column} to filter on</source>
        <translation>La couche en entrée n'a pas de champ {column} sur lequel filtrer</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/source.py"/>
        <source>SECTORS: filtering by sector needs the entities of an ecosystem</source>
        <translation>SECTORS : le filtre par secteur nécessite les entités d'un écosystème</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/store.py"/>
        <source>cannot connect to the database: {error}</source>
        <translation>connexion à la base de données impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/store.py"/>
        <source>the database has no PostGIS: its owner runs CREATE EXTENSION postgis; first</source>
        <translation>la base de données n'a pas PostGIS : son propriétaire exécute d'abord CREATE EXTENSION postgis;</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/store.py"/>
        <source>SCHEMA: {schema} holds an ecosystem already</source>
        <translation>SCHEMA : {schema} contient déjà un écosystème</translation>
    </message>
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
        <location filename="../../gui/review_panel.py"/>
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
        <source>The layer is not the entities layer of an ecosystem</source>
        <translation>La couche n'est pas la couche des entités d'un écosystème</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Cannot open the relationships table of this ecosystem</source>
        <translation>Impossible d'ouvrir la table des relations de cet écosystème</translation>
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
        <location filename="../../gui/curation_actions.py"/>
        <source>Propose a change</source>
        <translation>Proposer une modification</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Change the values to propose; a curator approves or rejects each change. Codes of sectors, services and audiences are separated by commas (primary sector first).</source>
        <translation>Modifiez les valeurs à proposer ; un curateur approuve ou rejette chaque modification. Les codes des secteurs, services et publics sont séparés par des virgules (secteur principal d'abord).</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>founded_year: a year is a number ({})</source>
        <translation>founded_year : une année est un nombre ({})</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Nothing changed: change a value to propose it</source>
        <translation>Rien n'a changé : modifiez une valeur pour la proposer</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Say who proposes the change</source>
        <translation>Indiquez qui propose la modification</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Claim this entity</source>
        <translation>Revendiquer cette entité</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Contact's name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Contact's e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Propose a change to the selected entity…</source>
        <translation>Proposer une modification de l'entité sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Record a claim of the selected entity…</source>
        <translation>Enregistrer une revendication de l'entité sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Verify the selected entities</source>
        <translation>Vérifier les entités sélectionnées</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Mark the selected entities reviewed</source>
        <translation>Marquer les entités sélectionnées comme revues</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Confirm the selected relationship…</source>
        <translation>Confirmer la relation sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../plugin.py"/>
        <location filename="../../processing/provider.py"/>
        <source>Brussels Creative</source>
        <translation>Brussels Creative</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select entities in the entities layer of an ecosystem first</source>
        <translation>Sélectionnez d'abord des entités dans la couche des entités d'un écosystème</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select a relationship in the relationships layer of an ecosystem first</source>
        <translation>Sélectionnez d'abord une relation dans la couche des relations d'un écosystème</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select one entity</source>
        <translation>Sélectionnez une seule entité</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select the entities first</source>
        <translation>Sélectionnez d'abord les entités</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>{} proposals stored for a curator</source>
        <translation>{} propositions enregistrées pour un curateur</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Claim recorded; the e-mail's domain matches the website: it can be verified fast</source>
        <translation>Revendication enregistrée ; le domaine du courriel correspond au site web : elle peut être vérifiée rapidement</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Claim recorded</source>
        <translation>Revendication enregistrée</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select one relationship</source>
        <translation>Sélectionnez une seule relation</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Confirm the relationship</source>
        <translation>Confirmer la relation</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Which entity confirms it?</source>
        <translation>Quelle entité la confirme ?</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Who confirms it (name or e-mail)?</source>
        <translation>Qui la confirme (nom ou courriel) ?</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Relationship confirmed by both ends: mutual</source>
        <translation>Relation confirmée par les deux parties : mutuelle</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Relationship confirmed by one end</source>
        <translation>Relation confirmée par une des parties</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>{} entities verified</source>
        <translation>{} entités vérifiées</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>{} entities marked reviewed</source>
        <translation>{} entités marquées comme revues</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Brussels Creative curation</source>
        <translation>Curation Brussels Creative</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Signed as</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>The name stamped on your decisions, kept in the plugin's settings</source>
        <translation>Le nom apposé sur vos décisions, gardé dans les paramètres de l'extension</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Read the file again (another curator may have decided meanwhile)</source>
        <translation>Relire le fichier (un autre curateur a peut-être décidé entre-temps)</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Curating {}</source>
        <translation>Curation de {}</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>No ecosystem open: Brussels Creative ▸ Open ecosystem…</source>
        <translation>Aucun écosystème ouvert : Brussels Creative ▸ Ouvrir un écosystème…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Proposals ({})</source>
        <translation>Propositions ({})</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Review queue ({})</source>
        <translation>À revoir ({})</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Portfolios ({})</source>
        <translation>Portefeuilles ({})</translation>
    </message>
    <message>
        <location filename="../../gui/curation_panel.py"/>
        <source>The entities layer of this ecosystem is not in the project: open the ecosystem again</source>
        <translation>La couche des entités de cet écosystème n'est pas dans le projet : ouvrez à nouveau l'écosystème</translation>
    </message>
    <message>
        <location filename="../../gui/curation_panel.py"/>
        <source>The entity has no location yet, or is no longer in the file</source>
        <translation>L'entité n'a pas encore de position, ou n'est plus dans le fichier</translation>
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
        <location filename="../../gui/portfolios_panel.py"/>
        <source>New portfolio</source>
        <translation>Nouveau portefeuille</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>The {} selected entities, as a fixed list</source>
        <translation>Les {} entités sélectionnées, en liste fixe</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Entities where</source>
        <translation>Entités où</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Shared with the team</source>
        <translation>Partagé avec l'équipe</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Give the portfolio a name</source>
        <translation>Donnez un nom au portefeuille</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>The expression does not parse: {}</source>
        <translation>L'expression n'est pas valide : {}</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Defined by</source>
        <translation>Défini par</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>From the selection…</source>
        <translation>Depuis la sélection…</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>From an expression…</source>
        <translation>Depuis une expression…</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Select its entities</source>
        <translation>Sélectionner ses entités</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>a list of entities</source>
        <translation>une liste d'entités</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Select entities on the map first</source>
        <translation>Sélectionnez d'abord des entités sur la carte</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <location filename="../../gui/proposals_panel.py"/>
        <location filename="../../plugin.py"/>
        <source>Open an ecosystem first (Brussels Creative ▸ Open ecosystem…)</source>
        <translation>Ouvrez d'abord un écosystème (Brussels Creative ▸ Ouvrir un écosystème…)</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Portfolio {} saved</source>
        <translation>Portefeuille {} enregistré</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Choose a portfolio in the list first</source>
        <translation>Choisissez d'abord un portefeuille dans la liste</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>{} entities of {} selected</source>
        <translation>{} entités de {} sélectionnées</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Delete portfolios</source>
        <translation>Supprimer des portefeuilles</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Delete {}? The entities stay in the file.</source>
        <translation>Supprimer {} ? Les entités restent dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>{} portfolios deleted</source>
        <translation>{} portefeuilles supprimés</translation>
    </message>
    <message>
        <location filename="../../gui/postgis_dialog.py"/>
        <source>Open ecosystem from PostgreSQL</source>
        <translation>Ouvrir un écosystème depuis PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../gui/postgis_dialog.py"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../gui/postgis_dialog.py"/>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../gui/postgis_dialog.py"/>
        <source>A connection saved in QGIS (Browser ▸ PostgreSQL ▸ New Connection) and the schema holding the ecosystem (made by create_postgis_ecosystem or copy_ecosystem).</source>
        <translation>Une connexion enregistrée dans QGIS (Explorateur ▸ PostgreSQL ▸ Nouvelle connexion) et le schéma qui contient l'écosystème (créé par create_postgis_ecosystem ou copy_ecosystem).</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>new entity</source>
        <translation>nouvelle entité</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>changed since proposed</source>
        <translation>modifié depuis la proposition</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>approved by {}</source>
        <translation>approuvé par {}</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>rejected by {}: {}</source>
        <translation>rejeté par {} : {}</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>The value changed since the proposal</source>
        <translation>La valeur a changé depuis la proposition</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>{} of {} changed after this change was proposed. Applying it replaces the value it has now.</source>
        <translation>{} de {} a changé après cette proposition. L'appliquer remplace la valeur actuelle.</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>When proposed</source>
        <translation>Lors de la proposition</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Apply anyway</source>
        <translation>Appliquer quand même</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Leave it pending</source>
        <translation>Laisser en attente</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Source contains…</source>
        <translation>La source contient…</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>any age</source>
        <translation>tout âge</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source> days or older</source>
        <translation> jours ou plus</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposed value</source>
        <translation>Valeur proposée</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Apply the selected proposals; each is logged in the history with its source</source>
        <translation>Appliquer les propositions sélectionnées ; chacune est consignée dans l'historique avec sa source</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Zoom to entity</source>
        <translation>Zoomer sur l'entité</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Every type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>{} proposals approved</source>
        <translation>{} propositions approuvées</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>; {} left pending: their field changed since (approve each alone to see the values)</source>
        <translation>; {} laissées en attente : leur champ a changé depuis (approuvez-les une à une pour voir les valeurs)</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>; {} decided by someone else already</source>
        <translation>; {} déjà tranchées par quelqu'un d'autre</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposal {} left pending</source>
        <translation>Proposition {} laissée en attente</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposal {} approved and applied</source>
        <translation>Proposition {} approuvée et appliquée</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Reject proposals</source>
        <translation>Rejeter des propositions</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Why are the {} selected proposals rejected?</source>
        <translation>Pourquoi les {} propositions sélectionnées sont-elles rejetées ?</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>A rejection needs a reason</source>
        <translation>Un rejet demande une raison</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>{} proposals rejected</source>
        <translation>{} propositions rejetées</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Select proposals in the list first</source>
        <translation>Sélectionnez d'abord des propositions dans la liste</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>claimed, not verified</source>
        <translation>revendiquée, non vérifiée</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>never verified</source>
        <translation>jamais vérifiée</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>not reviewed lately</source>
        <translation>pas revue récemment</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Not reviewed for</source>
        <translation>Pas revue depuis</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Every reason</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Fast verification</source>
        <translation>Vérification rapide</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Mark the selected entities verified by you (the review date is set too)</source>
        <translation>Marquer les entités sélectionnées comme vérifiées par vous (la date de revue est aussi mise à jour)</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Mark reviewed</source>
        <translation>Marquer revues</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Zoom to entities</source>
        <translation>Zoomer sur les entités</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>e-mail matches the website</source>
        <translation>l'e-mail correspond au site web</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Select entities in the queue first</source>
        <translation>Sélectionnez d'abord des entités dans la liste</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>%1 – %2 per km²</source>
        <translation>%1 – %2 par km²</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>Point chaud, confiance 99 %</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>Point chaud, confiance 95 %</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Hot spot, 90 % confidence</source>
        <translation>Point chaud, confiance 90 %</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Not significant</source>
        <translation>Non significatif</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Cold spot, 90 % confidence</source>
        <translation>Point froid, confiance 90 %</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Cold spot, 95 % confidence</source>
        <translation>Point froid, confiance 95 %</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Cold spot, 99 % confidence</source>
        <translation>Point froid, confiance 99 %</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Noise (no cluster)</source>
        <translation>Bruit (aucun agrégat)</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>{:.1f} per km²</source>
        <translation>{:.1f} par km²</translation>
    </message>
    <message>
        <location filename="../../layers/portfolio_members.py"/>
        <source>PORTFOLIO: the expression of portfolio {name} does not parse: {error}</source>
        <translation>PORTFOLIO : l'expression du portefeuille {name} ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <location filename="../../layers/portfolio_members.py"/>
        <source>PORTFOLIO: the expression of portfolio {name} fails: {error}</source>
        <translation>PORTFOLIO : l'expression du portefeuille {name} échoue : {error}</translation>
    </message>
    <message>
        <location filename="../../layers/postgres_connection.py"/>
        <source>CONNECTION: no PostgreSQL connection named {name!r} is saved in QGIS</source>
        <translation>CONNECTION : aucune connexion PostgreSQL nommée {name!r} n'est enregistrée dans QGIS</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open ecosystem…</source>
        <translation>Ouvrir un écosystème…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open ecosystem from PostgreSQL…</source>
        <translation>Ouvrir un écosystème depuis PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Create ecosystem GeoPackage…</source>
        <translation>Créer un GeoPackage d'écosystème…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Curation (proposals, review queue, portfolios)</source>
        <translation>Curation (propositions, entités à revoir, portefeuilles)</translation>
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
        <source>{} need the Python package {}, which is not installed: they are left out. Install it with: {}</source>
        <translation>{} ont besoin du paquet Python {}, qui n'est pas installé : ils sont écartés. Installez-le avec : {}</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Optional Python package {} is not installed: {} works without it, more slowly. Install it with: {}</source>
        <translation>Le paquet Python optionnel {} n'est pas installé : {} fonctionne sans lui, plus lentement. Installez-le avec : {}</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>{} is not installed.</source>
        <translation>{} n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>{} {} is too old (at least {} is needed).</source>
        <translation>{} {} est trop ancien (au moins {} est nécessaire).</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>shapely {} uses GEOS {}, QGIS uses GEOS {}: two GEOS versions in one QGIS crash it.</source>
        <translation>shapely {} utilise GEOS {}, QGIS utilise GEOS {} : deux versions de GEOS dans un même QGIS le font planter.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>numpy {} in {} hides the numpy {}.x that QGIS's GDAL and scipy were built for.</source>
        <translation>numpy {} dans {} masque le numpy {}.x pour lequel GDAL et scipy de QGIS ont été compilés.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Fix: {}</source>
        <translation>Correction : {}</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Disabled until then: {}.</source>
        <translation>Désactivés d’ici là : {}.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Opening an ecosystem is disabled until then.</source>
        <translation>L’ouverture d’un écosystème est désactivée d’ici là.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Then restart QGIS.</source>
        <translation>Redémarrez ensuite QGIS.</translation>
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
        <source>Brussels Creative maps the creative and cultural ecosystem of the Brussels Capital Region.

Municipalities: UrbIS © CIRB/CIBG (paradigm.brussels).</source>
        <translation>Brussels Creative cartographie l'écosystème créatif et culturel de la Région de Bruxelles-Capitale.

Communes : UrbIS © CIRB/CIBG (paradigm.brussels).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Ecosystem GeoPackage</source>
        <translation>GeoPackage d'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>or PostgreSQL connection</source>
        <translation>ou connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Instead of a GeoPackage: a PostgreSQL connection saved in QGIS whose database holds the ecosystem</source>
        <translation>Au lieu d'un GeoPackage : une connexion PostgreSQL enregistrée dans QGIS dont la base de données contient l'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>The schema of the ecosystem in that database</source>
        <translation>Le schéma de l'écosystème dans cette base de données</translation>
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
        <location filename="../../processing/algorithms/network_summary.py"/>
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
        <source>The ecosystem is a GeoPackage, or a schema of a PostgreSQL/PostGIS database: give CONNECTION (a connection saved in QGIS) and SCHEMA instead of the GeoPackage. A whole schema is read from a copy taken at one instant, so others may edit meanwhile; what is written goes into the schema in one transaction.</source>
        <translation>L'écosystème est un GeoPackage, ou un schéma d'une base de données PostgreSQL/PostGIS : donnez CONNECTION (une connexion enregistrée dans QGIS) et SCHEMA au lieu du GeoPackage. Un schéma entier est lu à partir d'une copie prise à un seul instant, de sorte que d'autres peuvent modifier pendant ce temps ; ce qui est écrit va dans le schéma en une transaction.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{} or {}: give the ecosystem, a GeoPackage or a PostgreSQL connection and its schema</source>
        <translation>{} ou {} : donnez l'écosystème, un GeoPackage ou une connexion PostgreSQL et son schéma</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{} or {}: give one of the two, a GeoPackage or a PostgreSQL connection</source>
        <translation>{} ou {} : donnez l'un des deux, un GeoPackage ou une connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>{}: choose the schema of the ecosystem</source>
        <translation>{} : choisissez le schéma de l'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Reading {} at one instant</source>
        <translation>Lecture de {} à un seul instant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{}: {} is not a Brussels Creative ecosystem GeoPackage</source>
        <translation>{} : {} n'est pas un GeoPackage d'écosystème Brussels Creative</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{} is not a Brussels Creative ecosystem GeoPackage (no schema version)</source>
        <translation>{} n'est pas un GeoPackage d'écosystème Brussels Creative (pas de version de schéma)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{}: portfolios live in an ecosystem; the input is not its entities layer</source>
        <translation>{} : les portefeuilles sont enregistrés dans un écosystème ; l'entrée n'est pas sa couche des entités</translation>
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
        <location filename="../../processing/algorithms/base.py"/>
        <source>{}: field names cut to 10 characters for the shapefile; {} maps them to the full names</source>
        <translation>{} : noms de champs réduits à 10 caractères pour le shapefile ; {} les relie aux noms complets</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{}: a table has no geometry, so it is written as {} (a shapefile without geometry is only its .dbf file)</source>
        <translation>{} : une table n'a pas de géométrie, elle est donc écrite en {} (un shapefile sans géométrie n'est que son fichier .dbf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <location filename="../../processing/algorithms/density_change.py"/>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>The ecosystem .gpkg whose history is replayed (opened read-only)</source>
        <translation>Le .gpkg de l'écosystème dont l'historique est rejoué (ouvert en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>Ellipses</source>
        <translation>Ellipses</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>One standard deviational ellipse per period, with its centre and standard distance</source>
        <translation>Une ellipse de déviation standard par période, avec son centre et sa distance standard</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>Shifts of the centre</source>
        <translation>Déplacements du centre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>One line per pair of successive periods, from one mean centre to the next</source>
        <translation>Une ligne par paire de périodes successives, d'un centre moyen au suivant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>{}: {} entities, too few for an ellipse</source>
        <translation>{} : {} entités, trop peu pour une ellipse</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>A sink refused the feature of {}: {}</source>
        <translation>Une sortie a refusé l'entité de {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>The .gpkg file to check (opened read-only)</source>
        <translation>Le fichier .gpkg à vérifier (ouvert en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
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
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Number of errors</source>
        <translation>Nombre d'erreurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Number of warnings</source>
        <translation>Nombre d'avertissements</translation>
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
        <source>The entities with their fields, cluster_id (NULL = noise), is_core (EPSG:31370)</source>
        <translation>Les entités avec leurs champs, cluster_id (NULL = bruit), is_core (EPSG:31370)</translation>
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
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>The ecosystem .gpkg holding the portfolios (read only)</source>
        <translation>Le .gpkg d'écosystème qui contient les portefeuilles (lu seulement)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Portfolios</source>
        <translation>Portefeuilles</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Two or more portfolio names separated by semicolons (;)</source>
        <translation>Deux noms de portefeuille ou plus, séparés par des points-virgules (;)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>One row per figure (measure, category), one column per portfolio</source>
        <translation>Une ligne par chiffre (mesure, catégorie), une colonne par portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Charts (*.png *.svg *.pdf)</source>
        <translation>Graphiques (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Bars of the figures, one colour per portfolio (.png, .svg or .pdf)</source>
        <translation>Barres des chiffres, une couleur par portefeuille (.png, .svg ou .pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>{}: give at least two portfolio names, separated by ;</source>
        <translation>{} : donnez au moins deux noms de portefeuille, séparés par ;</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>{}: {} entities</source>
        <translation>{} : {} entités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Portfolios compared</source>
        <translation>Portefeuilles comparés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Per km²</source>
        <translation>Par km²</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Verified (%)</source>
        <translation>Vérifiées (%)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Mean degree</source>
        <translation>Degré moyen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Entities by type</source>
        <translation>Entités par type</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Entities by primary sector</source>
        <translation>Entités par secteur principal</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>GeoPackage → PostGIS (a new schema)</source>
        <translation>GeoPackage → PostGIS (un nouveau schéma)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>PostGIS → GeoPackage (a new file)</source>
        <translation>PostGIS → GeoPackage (un nouveau fichier)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Which way the ecosystem is copied</source>
        <translation>Dans quel sens l'écosystème est copié</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>The GeoPackage read (to PostGIS) or written (to GeoPackage)</source>
        <translation>Le GeoPackage lu (vers PostGIS) ou écrit (vers GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>PostgreSQL connection</source>
        <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>A PostgreSQL connection saved in QGIS</source>
        <translation>Une connexion PostgreSQL enregistrée dans QGIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>The ecosystem's schema: made (to PostGIS) or read (to GeoPackage)</source>
        <translation>Le schéma de l'écosystème : créé (vers PostGIS) ou lu (vers GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Replace an existing GeoPackage</source>
        <translation>Remplacer un GeoPackage existant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>PostGIS → GeoPackage only: replace the file when it exists</source>
        <translation>PostGIS → GeoPackage uniquement : remplacer le fichier s'il existe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Rows copied</source>
        <translation>Lignes copiées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>GEOPACKAGE: choose the ecosystem GeoPackage</source>
        <translation>GEOPACKAGE : choisissez le GeoPackage de l'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>{}: {} rows</source>
        <translation>{} : {} lignes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Copied {} rows into {}</source>
        <translation>{} lignes copiées dans {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>The team's {} own styles could not be copied: {}</source>
        <translation>Les {} styles propres à l'équipe n'ont pas pu être copiés : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Copied the team's {} own styles</source>
        <translation>{} styles propres à l'équipe copiés</translation>
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
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>A PostgreSQL connection saved in QGIS; its database needs the postgis extension</source>
        <translation>Une connexion PostgreSQL enregistrée dans QGIS ; sa base de données doit avoir l'extension postgis</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>The new schema: lower-case letters, digits and underscores, starting with a letter</source>
        <translation>Le nouveau schéma : lettres minuscules, chiffres et tirets bas, commençant par une lettre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>Created schema {} (version {}) in the database of {}</source>
        <translation>Schéma {} créé (version {}) dans la base de données de {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/crs_check.py"/>
        <source>{}: the layer says its CRS is {}, but its coordinates fall on the region in {} ({}): set the layer's CRS to it (Layer Properties ▸ Source) and run again</source>
        <translation>{} : la couche dit que son SCR est {}, mais ses coordonnées tombent sur la Région en {} ({}) : donnez-lui ce SCR (Propriétés de la couche ▸ Source) et relancez</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/crs_check.py"/>
        <source>{}: check the layer's CRS ({}): its points are not in the Brussels-Capital Region</source>
        <translation>{} : vérifiez le SCR de la couche ({}) : ses points ne sont pas dans la Région de Bruxelles-Capitale</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/crs_check.py"/>
        <source>{} of {} points lie far from the Brussels-Capital Region.</source>
        <translation>{} des {} points sont loin de la Région de Bruxelles-Capitale.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/database_errors.py"/>
        <source>{}: the database refused: {}</source>
        <translation>{} : la base de données a refusé : {}</translation>
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
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
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
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>Density by area</source>
        <translation>Densité par zone</translation>
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
        <source>Counting in the database {}, where the points and the areas are</source>
        <translation>Comptage dans la base de données {}, où se trouvent les points et les zones</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>The database cannot be reached here ({}): the points are read out instead</source>
        <translation>La base de données n'est pas joignable ici ({}) : les points sont lus à la place</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: the layer holds no points to analyse</source>
        <translation>{} : la couche ne contient aucun point à analyser</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: no points left after the filters (sectors, types, statuses, dates, expression)</source>
        <translation>{} : aucun point ne reste après les filtres (secteurs, types, statuts, dates, expression)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>{} points counted in {} areas by the database</source>
        <translation>{} points comptés dans {} zones par la base de données</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>{} points lie outside every area and were not counted</source>
        <translation>{} points sont situés hors de toute zone et n'ont pas été comptés</translation>
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
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>The earlier date (YYYY-MM-DD)</source>
        <translation>La date la plus ancienne (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Second date</source>
        <translation>Seconde date</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>The later date (YYYY-MM-DD); empty: now</source>
        <translation>La date la plus récente (AAAA-MM-JJ) ; vide : maintenant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Bandwidth</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Radius of the quartic kernel, in metres</source>
        <translation>Rayon du noyau quartique, en mètres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Pixel size</source>
        <translation>Taille des pixels</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Side of a pixel, in metres</source>
        <translation>Côté d'un pixel, en mètres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Density at the first date</source>
        <translation>Densité à la première date</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Entities per km² at the first date (GeoTIFF)</source>
        <translation>Entités par km² à la première date (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Density at the second date</source>
        <translation>Densité à la seconde date</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Entities per km² at the second date (GeoTIFF)</source>
        <translation>Entités par km² à la seconde date (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Density change</source>
        <translation>Évolution de la densité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>The second density minus the first, entities per km² (GeoTIFF)</source>
        <translation>La seconde densité moins la première, entités par km² (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>DATE_FROM: {} is after DATE_TO</source>
        <translation>DATE_FROM : {} est postérieur à DATE_TO</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>PIXEL_SIZE: {} m gives {} × {} pixels; choose larger pixels</source>
        <translation>PIXEL_SIZE : {} m donne {} × {} pixels ; choisissez des pixels plus grands</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>{}: {} active entities</source>
        <translation>{} : {} entités actives</translation>
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
        <source>A grid corner (EPSG:31370 metres); the same origin aligns grids of two dates</source>
        <translation>Un coin de la grille (mètres EPSG:31370) ; une même origine aligne les grilles de deux dates</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Grid origin Y (m, EPSG:31370)</source>
        <translation>Origine Y de la grille (m, EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>Density grid</source>
        <translation>Grille de densité</translation>
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
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>The ecosystem .gpkg reported on (opened read-only)</source>
        <translation>Le .gpkg de l'écosystème sur lequel porte le rapport (ouvert en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>The report's language, whatever QGIS's</source>
        <translation>La langue du rapport, quelle que soit celle de QGIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>The report as one HTML file with its images inside</source>
        <translation>Le rapport en un seul fichier HTML qui contient ses images</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>The report laid out by a QGIS print layout, as PDF</source>
        <translation>Le rapport mis en page par une mise en page QGIS, en PDF</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>GEOPACKAGE: cannot read {} ({})</source>
        <translation>GEOPACKAGE : impossible de lire {} ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Cell size</source>
        <translation>Taille de cellule</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Side of the squares, in metres</source>
        <translation>Côté des carrés, en mètres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Neighbourhood distance</source>
        <translation>Distance de voisinage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Squares whose centres lie within this distance (metres) are neighbours in Gi*</source>
        <translation>Les carrés dont les centres sont à moins de cette distance (mètres) sont voisins dans Gi*</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Correct for multiple testing (FDR)</source>
        <translation>Corriger les tests multiples (FDR)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Benjamini–Hochberg correction of each period's Gi* p-values</source>
        <translation>Correction de Benjamini–Hochberg des valeurs p de Gi* de chaque période</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>Emerging hot spots</source>
        <translation>Points chauds émergents</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>One square per cell of the region with its pattern</source>
        <translation>Un carré par cellule de la Région avec sa tendance</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>STEP: {} periods; a trend needs at least 3</source>
        <translation>STEP : {} périodes ; une tendance en demande au moins 3</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>{} periods, from {} to {}</source>
        <translation>{} périodes, du {} au {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>OUTPUT refused square {} ({}): {}</source>
        <translation>OUTPUT a refusé le carré {} ({}) : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>{}: {} squares</source>
        <translation>{} : {} carrés</translation>
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
        <source>Date filter on the entities' created_at (inclusive)</source>
        <translation>Filtre de date sur le champ created_at des entités (bornes incluses)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Created on or before</source>
        <translation>Créées jusqu'au</translation>
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
        <source>The export failed and nothing was written: {}</source>
        <translation>L’export a échoué et rien n’a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>No entity was exported: the filters and profile select none</source>
        <translation>Aucune entité n'a été exportée : les filtres et le profil n'en sélectionnent aucune</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Lines between entities</source>
        <translation>Lignes entre entités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Flows between areas</source>
        <translation>Flux entre zones</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>One line per relationship, or one per pair of areas with the number of links</source>
        <translation>Une ligne par relation, ou une par paire de zones avec le nombre de liens</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Curved lines</source>
        <translation>Lignes courbes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Arcs bending to the right of their direction instead of straight lines</source>
        <translation>Des arcs courbés vers la droite de leur direction au lieu de lignes droites</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Polygons to aggregate by, any CRS (default: the ecosystem file's municipalities)</source>
        <translation>Polygones d'agrégation, dans tout SCR (par défaut : les communes du fichier d'écosystème)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Area name field</source>
        <translation>Champ du nom des zones</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Field naming the areas (default: the feature id)</source>
        <translation>Champ qui nomme les zones (par défaut : l'identifiant de l'entité géographique)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>Flow lines</source>
        <translation>Lignes de flux</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>The lines (EPSG:31370)</source>
        <translation>Les lignes (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Origin–destination table</source>
        <translation>Table origine–destination</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>For flows between areas: links from each area to each area</source>
        <translation>Pour les flux entre zones : liens de chaque zone vers chaque zone</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Lines written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Reading the entities and their relationships</source>
        <translation>Lecture des entités et de leurs relations</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>{} relationships have an end outside every area: left out</source>
        <translation>{} relations ont une extrémité hors de toute zone : écartées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>OD_TABLE: cannot write the row {} → {}</source>
        <translation>OD_TABLE : impossible d'écrire la ligne {} → {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>AREAS: give polygons (the default, the municipalities, needs the entities layer of an ecosystem)</source>
        <translation>AREAS : donnez des polygones (la valeur par défaut, les communes, demande la couche des entités d'un écosystème)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Sample ecosystem GeoPackage</source>
        <translation>GeoPackage d'écosystème d'exemple</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Instead of (or besides) a GeoPackage: a PostgreSQL connection saved in QGIS whose database receives the sample</source>
        <translation>Au lieu d'un GeoPackage (ou en plus) : une connexion PostgreSQL enregistrée dans QGIS dont la base de données reçoit l'écosystème d'exemple</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>The new schema of the sample in that database (one holding an ecosystem is refused)</source>
        <translation>Le nouveau schéma de l'écosystème d'exemple dans cette base de données (un schéma qui contient un écosystème est refusé)</translation>
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
        <location filename="../../processing/algorithms/network_common.py"/>
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
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>{} or {}: give where to write the sample</source>
        <translation>{} ou {} : indiquez où écrire l'écosystème d'exemple</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>{} already exists; choose another name or allow overwriting</source>
        <translation>{} existe déjà ; choisissez un autre nom ou autorisez l'écrasement</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>The sample is in schema {} of {}</source>
        <translation>L'écosystème d'exemple est dans le schéma {} de {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Addresses (table or layer)</source>
        <translation>Adresses (table ou couche)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Any table or layer with address fields (CSV, spreadsheet, GeoPackage...)</source>
        <translation>Toute table ou couche avec des champs d'adresse (CSV, tableur, GeoPackage...)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Full address field</source>
        <translation>Champ d'adresse complète</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>One field holding the whole address</source>
        <translation>Un champ contenant toute l'adresse</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Street field</source>
        <translation>Champ rue</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Street name (may hold the number too)</source>
        <translation>Nom de rue (peut contenir aussi le numéro)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>House number field</source>
        <translation>Champ numéro</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>House number, with letter or box</source>
        <translation>Numéro, avec lettre ou boîte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Postcode field</source>
        <translation>Champ code postal</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Four-digit Belgian postcode</source>
        <translation>Code postal belge à quatre chiffres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Municipality field</source>
        <translation>Champ commune</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Municipality in French, Dutch or German</source>
        <translation>Commune en français, néerlandais ou allemand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Ecosystem GeoPackage with the address reference</source>
        <translation>GeoPackage de l'écosystème avec la référence d'adresses</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>An ecosystem .gpkg into which 'Load address reference' has loaded address points (read only)</source>
        <translation>Un .gpkg d'écosystème dans lequel « Charger la référence d'adresses » a chargé des points d'adresse (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Geocoded addresses</source>
        <translation>Adresses géocodées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Every input row with its point (EPSG:31370) and the match fields</source>
        <translation>Chaque ligne de l'entrée avec son point (EPSG:31370) et les champs de correspondance</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Rows with a point</source>
        <translation>Lignes avec un point</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Rows without a point</source>
        <translation>Lignes sans point</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>INPUT: cannot read the table or layer</source>
        <translation>INPUT : impossible de lire la table ou la couche</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>ADDRESS_FIELD or STREET_FIELD: choose the field holding the address or the street</source>
        <translation>ADDRESS_FIELD ou STREET_FIELD : choisissez le champ qui contient l'adresse ou la rue</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>{}: the input has no field {}</source>
        <translation>{} : l'entrée n'a pas de champ {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>GEOPACKAGE: {} is not an existing file</source>
        <translation>GEOPACKAGE : {} n'est pas un fichier existant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>GEOPACKAGE: {}</source>
        <translation>GEOPACKAGE : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Address reference: {} points, {} streets (fuzzy matching: {})</source>
        <translation>Référence d'adresses : {} points, {} rues (correspondance approchée : {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>{} rows without a point: see match_reason</source>
        <translation>{} lignes sans point : voir match_reason</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>The input already has fields named like the results: they are written as {}</source>
        <translation>L'entrée a déjà des champs nommés comme les résultats : ceux-ci sont écrits sous les noms {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>OUTPUT: cannot write row {}</source>
        <translation>OUTPUT : impossible d'écrire la ligne {}</translation>
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
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Hops (K)</source>
        <translation>Sauts (K)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Relationships to follow from each hub: 1 its direct contacts, 2 theirs too, …</source>
        <translation>Relations à suivre depuis chaque hub : 1 ses contacts directs, 2 les leurs aussi, …</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Hub entity types</source>
        <translation>Types d'entité des hubs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Entity types whose entities are analysed as hubs (needs an entity_type field)</source>
        <translation>Types d'entité dont les entités sont analysées comme hubs (nécessite un champ entity_type)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Hub ids</source>
        <translation>Identifiants des hubs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Ids (uuids, or ID_FIELD values) of the hubs, separated by commas; they replace HUB_TYPES</source>
        <translation>Identifiants (uuid, ou valeurs d'ID_FIELD) des hubs, séparés par des virgules ; ils remplacent HUB_TYPES</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>Hub reach</source>
        <translation>Portée des hubs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>One hull per hub with the reached entities' counts, distance and ellipse (EPSG:31370)</source>
        <translation>Une enveloppe par hub avec les effectifs, la distance et l'ellipse des entités atteintes (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Standard deviational ellipses</source>
        <translation>Ellipses de déviation standard</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>The ellipse of each hub's reached entities (EPSG:31370)</source>
        <translation>L'ellipse des entités atteintes par chaque hub (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Hubs analysed</source>
        <translation>Hubs analysés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>{} hubs, {} hops</source>
        <translation>{} hubs, {} sauts</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>HUB_IDS: no chosen entity has the id {}</source>
        <translation>HUB_IDS : aucune entité choisie n'a l'identifiant {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>HUB_TYPES: the input has no entity_type field; use HUB_IDS</source>
        <translation>HUB_TYPES : l'entrée n'a pas de champ entity_type ; utilisez HUB_IDS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>HUB_TYPES: no chosen entity is of the types {}</source>
        <translation>HUB_TYPES : aucune entité choisie n'est des types {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>The ecosystem .gpkg that receives the proposals</source>
        <translation>Le .gpkg d'écosystème qui reçoit les propositions</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>Correction files (JSON)</source>
        <translation>Fichiers de correction (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>The .json files sent from the web map</source>
        <translation>Les fichiers .json envoyés depuis la carte web</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>Rejected files</source>
        <translation>Fichiers refusés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>One row per reason a file was refused: file, field, reason</source>
        <translation>Une ligne par raison de refus d'un fichier : fichier, champ, raison</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Proposals stored</source>
        <translation>Propositions enregistrées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>Files rejected</source>
        <translation>Fichiers refusés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>{}: give at least one correction file</source>
        <translation>{} : donnez au moins un fichier de correction</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>{}: {} proposals</source>
        <translation>{} : {} propositions</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>{} refused: {} {}</source>
        <translation>{} refusé : {} {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Partner list (table or layer)</source>
        <translation>Liste du partenaire (table ou couche)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>A CSV, XLSX, ODS, GeoJSON, shapefile, GeoPackage or any layer: one entity per row</source>
        <translation>Un CSV, XLSX, ODS, GeoJSON, shapefile, GeoPackage ou toute couche : une entité par ligne</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>The ecosystem .gpkg file to fill</source>
        <translation>Le fichier .gpkg de l'écosystème à remplir</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Address reference</source>
        <translation>Référence d'adresses</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>A GeoPackage holding an address reference (Load address reference) that places the rows with an address and no point; empty: the ecosystem GeoPackage's own, if it has one</source>
        <translation>Un GeoPackage contenant une référence d'adresses (Charger la référence d'adresses) qui place les lignes ayant une adresse et pas de point ; vide : celle du GeoPackage de l'écosystème, s'il en a une</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Column mapping (field=column;...)</source>
        <translation>Correspondance des colonnes (champ=colonne;...)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Overrides the automatic choice of columns, e.g. name=Organisation;website=URL;sectors=Domaines</source>
        <translation>Remplace le choix automatique des colonnes, p. ex. name=Organisation;website=URL;sectors=Domaines</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>All or nothing</source>
        <translation>Tout ou rien</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Import the valid rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>All or nothing: one bad row imports nothing. Valid rows: bad rows go to REJECTS</source>
        <translation>Tout ou rien : une mauvaise ligne et rien n'est importé. Lignes valides : les mauvaises lignes vont dans REJECTS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rows matching an existing entity</source>
        <translation>Lignes correspondant à une entité existante</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Update the entity</source>
        <translation>Mettre l'entité à jour</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Same uuid, or same name within DISTANCE metres: skip the row or update the entity</source>
        <translation>Même uuid, ou même nom à moins de DISTANCE mètres : ignorer la ligne ou mettre l'entité à jour</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Duplicate distance (m)</source>
        <translation>Distance des doublons (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Two entities of the same name closer than this (metres) are the same entity</source>
        <translation>Deux entités du même nom plus proches que ceci (mètres) sont la même entité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>CRS of the X/Y columns</source>
        <translation>SCR des colonnes X/Y</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>The CRS of X/Y or longitude/latitude columns (default: EPSG:4326 for longitude/latitude, EPSG:31370 for X/Y)</source>
        <translation>Le SCR des colonnes X/Y ou longitude/latitude (par défaut : EPSG:4326 pour longitude/latitude, EPSG:31370 pour X/Y)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Entity type of rows without one</source>
        <translation>Type d'entité des lignes qui n'en ont pas</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>A code or label of entity_types given to rows whose type is empty (none: such rows are refused)</source>
        <translation>Un code ou libellé de entity_types donné aux lignes dont le type est vide (aucun : ces lignes sont refusées)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rejected rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Valid-rows mode: one row per problem (row, column, value, reason, then the row's values)</source>
        <translation>Mode lignes valides : une ligne par problème (ligne, colonne, valeur, raison, puis les valeurs de la ligne)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Import as proposals for a curator</source>
        <translation>Importer comme propositions pour un curateur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Write nothing in the entities: each row becomes pending proposals (new entity, or the values that differ from the matching entity's), approved or rejected in the curation dock</source>
        <translation>N'écrit rien dans les entités : chaque ligne devient des propositions en attente (nouvelle entité, ou les valeurs qui diffèrent de celles de l'entité correspondante), approuvées ou rejetées dans le panneau de curation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Entities added</source>
        <translation>Entités ajoutées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Entities updated</source>
        <translation>Entités mises à jour</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rows skipped as duplicates</source>
        <translation>Lignes ignorées comme doublons</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rows refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rows with an address and no point are geocoded with the address reference of {}</source>
        <translation>Les lignes ayant une adresse et pas de point sont géocodées avec la référence d'adresses de {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Columns used: {}</source>
        <translation>Colonnes utilisées : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Row {}: {} {}</source>
        <translation>Ligne {} : {} {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Row {}, {} {!r}: {}</source>
        <translation>Ligne {}, {} {!r} : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>
... and {} more</source>
        <translation>
... et {} de plus</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>{} rows refused; nothing was imported (all-or-nothing mode):
{}{}</source>
        <translation>{} lignes refusées ; rien n'a été importé (mode tout ou rien) :
{}{}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>{} added, {} updated, {} skipped, {} refused</source>
        <translation>{} ajoutées, {} mises à jour, {} ignorées, {} refusées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>{}: {} holds no address reference (load one with Load address reference)</source>
        <translation>{} : {} ne contient pas de référence d'adresses (chargez-en une avec Charger la référence d'adresses)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Entities (or any point layer)</source>
        <translation>Entités (ou toute couche de points)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>The entities layer of an ecosystem GeoPackage, or any point layer in any CRS</source>
        <translation>La couche des entités d'un GeoPackage d'écosystème, ou toute couche de points dans n'importe quel SCR</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Vocabulary codes; none selected means all (sectors need an ecosystem GeoPackage)</source>
        <translation>Codes du vocabulaire ; aucune sélection signifie tous (les secteurs nécessitent un GeoPackage d'écosystème)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
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
        <source>{} points read</source>
        <translation>{} points lus</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>EXPRESSION: {} fails on the features: {}</source>
        <translation>EXPRESSION : {} échoue sur les objets : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Reading the entities of {} directly</source>
        <translation>Lecture directe des entités de {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>SECTORS: filtering by sector needs the entities layer of an ecosystem</source>
        <translation>SECTORS : le filtre par secteur nécessite la couche des entités d'un écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Reading {} directly</source>
        <translation>Lecture directe de {}</translation>
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
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>Kernel density</source>
        <translation>Densité par noyau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>GeoTIFF of entities per km² (EPSG:31370, Float32, nodata {})</source>
        <translation>GeoTIFF d'entités par km² (EPSG:31370, Float32, nodata {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>{} kernel, bandwidth {:.1f} m, {} × {} pixels of {} m</source>
        <translation>Noyau {}, largeur de bande {:.1f} m, {} × {} pixels de {} m</translation>
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
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>The ecosystem .gpkg whose KPIs are computed and kept</source>
        <translation>Le .gpkg de l'écosystème dont les indicateurs sont calculés et conservés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Date as of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Empty for now; a past date (YYYY-MM-DD) or ISO date-time is replayed from the history</source>
        <translation>Vide pour maintenant ; une date passée (AAAA-MM-JJ) ou une date-heure ISO est reconstituée à partir de l'historique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Monthly snapshots from</source>
        <translation>Instantanés mensuels depuis</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>A date (YYYY-MM-DD): one snapshot at the end of every month from it up to the date as of</source>
        <translation>Une date (AAAA-MM-JJ) : un instantané à la fin de chaque mois depuis cette date jusqu'à la date de référence</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Population by municipality</source>
        <translation>Population par commune</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>A table with each municipality's NIS code and number of inhabitants (optional)</source>
        <translation>Une table avec le code INS de chaque commune et son nombre d'habitants (facultatif)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>NIS code field</source>
        <translation>Champ du code INS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>The population table's field holding the NIS code (21001–21019)</source>
        <translation>Le champ de la table de population qui contient le code INS (21001–21019)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>The population table's field holding the number of inhabitants</source>
        <translation>Le champ de la table de population qui contient le nombre d'habitants</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>The KPIs written: kpi, scope_type, scope_code, value, unit, taken_at</source>
        <translation>Les indicateurs écrits : kpi, scope_type, scope_code, value, unit, taken_at</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Number of snapshots</source>
        <translation>Nombre d'instantanés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Snapshot {}: {} KPIs, {} active entities</source>
        <translation>Instantané {} : {} indicateurs, {} entités actives</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>AS_OF: {} is in the future</source>
        <translation>AS_OF : {} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>MONTHLY_FROM: {} is after the date as of</source>
        <translation>MONTHLY_FROM : {} est postérieur à la date de référence</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>POPULATION_CODE_FIELD and POPULATION_FIELD are needed with a population table</source>
        <translation>POPULATION_CODE_FIELD et POPULATION_FIELD sont nécessaires avec une table de population</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>POPULATION_FIELD: '{}' is not a number (NIS {})</source>
        <translation>POPULATION_FIELD : « {} » n'est pas un nombre (INS {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>The ecosystem .gpkg holding the snapshots (opened read-only)</source>
        <translation>Le .gpkg de l'écosystème qui contient les instantanés (ouvert en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>KPI names separated by commas; a name ending with ':' takes every category</source>
        <translation>Noms d'indicateurs séparés par des virgules ; un nom terminé par « : » prend chaque catégorie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Each municipality</source>
        <translation>Chaque commune</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Each sector</source>
        <translation>Chaque secteur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Whether the series are the region's, each municipality's or each sector's</source>
        <translation>Si les séries sont celles de la Région, de chaque commune ou de chaque secteur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>KPI trends</source>
        <translation>Tendances des indicateurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>One row per KPI, place and snapshot, with the changes</source>
        <translation>Une ligne par indicateur, lieu et instantané, avec les variations</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>The trends drawn as a chart (PNG, SVG or PDF by the file's suffix)</source>
        <translation>Les tendances dessinées en graphique (PNG, SVG ou PDF selon l'extension du fichier)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>KPIS: name at least one KPI</source>
        <translation>KPIS : nommez au moins un indicateur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>CHART: a chart is written as .png, .svg or .pdf</source>
        <translation>CHART : un graphique s'écrit en .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>GEOPACKAGE: cannot read the KPI snapshots of {} ({})</source>
        <translation>GEOPACKAGE : impossible de lire les instantanés d'indicateurs de {} ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>No snapshot holds these KPIs in this scope: run KPI snapshot first</source>
        <translation>Aucun instantané ne contient ces indicateurs dans cette portée : lancez d'abord l'instantané des indicateurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>OUTPUT refused the row of {} at {}: {}</source>
        <translation>OUTPUT a refusé la ligne de {} au {} : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Address points (BeST CSV or point layer)</source>
        <translation>Points d'adresse (CSV BeST ou couche de points)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>BeST openaddress CSV, or a point layer with street, number and postcode fields</source>
        <translation>CSV openaddress BeST, ou couche de points avec des champs rue, numéro et code postal</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>The ecosystem .gpkg file that receives the reference</source>
        <translation>Le fichier .gpkg de l'écosystème qui reçoit la référence</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Street name in French</source>
        <translation>Nom de rue en français</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>For a point layer (not needed for a BeST CSV)</source>
        <translation>Pour une couche de points (inutile pour un CSV BeST)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Street name in Dutch</source>
        <translation>Nom de rue en néerlandais</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Address points loaded</source>
        <translation>Points d'adresse chargés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Streets</source>
        <translation>Rues</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Reading the BeST CSV {}</source>
        <translation>Lecture du CSV BeST {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Writing {} address points into {}</source>
        <translation>Écriture de {} points d'adresse dans {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Cancelled: the previous reference is unchanged</source>
        <translation>Annulé : la référence précédente est inchangée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>The load failed and the previous reference is unchanged: {}</source>
        <translation>Le chargement a échoué et la référence précédente est inchangée : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>INPUT: cannot read the layer</source>
        <translation>INPUT : impossible de lire la couche</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>INPUT: neither a BeST openaddress CSV nor a point layer</source>
        <translation>INPUT : ni un CSV openaddress BeST ni une couche de points</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>STREET_FR_FIELD or STREET_NL_FIELD, NUMBER_FIELD and POSTCODE_FIELD: choose the fields of a point layer</source>
        <translation>STREET_FR_FIELD ou STREET_NL_FIELD, NUMBER_FIELD et POSTCODE_FIELD : choisissez les champs d'une couche de points</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>{}: the layer has no field {}</source>
        <translation>{} : la couche n'a pas de champ {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/messages.py"/>
        <source>Cancelled: nothing was written</source>
        <translation>Annulé : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Entity id field</source>
        <translation>Champ identifiant de l'entité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Field of the points holding the ids the relationships use (default: uuid, else the feature id)</source>
        <translation>Champ des points contenant les identifiants utilisés par les relations (par défaut : uuid, sinon l'identifiant de l'entité géographique)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Relationships table</source>
        <translation>Table des relations</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Any table with source and target ids; empty: the relationships of the ecosystem GeoPackage</source>
        <translation>Toute table avec des identifiants de source et de cible ; vide : les relations du GeoPackage de l'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Source id field</source>
        <translation>Champ identifiant de la source</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Field of RELATIONSHIPS holding the source entity's id</source>
        <translation>Champ de RELATIONSHIPS contenant l'identifiant de l'entité source</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Target id field</source>
        <translation>Champ identifiant de la cible</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Field of RELATIONSHIPS holding the target entity's id</source>
        <translation>Champ de RELATIONSHIPS contenant l'identifiant de l'entité cible</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Relation type field</source>
        <translation>Champ du type de relation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Field of RELATIONSHIPS holding the relation type (for RELATION_TYPES and BY_TYPE)</source>
        <translation>Champ de RELATIONSHIPS contenant le type de relation (pour RELATION_TYPES et BY_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Table relationships are directed</source>
        <translation>Les relations de la table sont orientées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>For a RELATIONSHIPS table: source → target is a direction (ecosystem files use their types' flags)</source>
        <translation>Pour une table RELATIONSHIPS : source → cible est une direction (les fichiers d'écosystème utilisent l'indicateur de leurs types)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Only these relation types</source>
        <translation>Uniquement ces types de relation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Relation type codes; none selected means all</source>
        <translation>Codes des types de relation ; aucun sélectionné signifie tous</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>One network per relation type</source>
        <translation>Un réseau par type de relation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Analyse each relation type on its own instead of all together</source>
        <translation>Analyser chaque type de relation séparément plutôt que tous ensemble</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Only current relationships</source>
        <translation>Uniquement les relations en cours</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Leave out relationships that ended (until before today) or start later (since after today)</source>
        <translation>Écarter les relations terminées (until avant aujourd'hui) ou qui commencent plus tard (since après aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Automatic (exact up to ~10 000 entities)</source>
        <translation>Automatique (exacte jusqu'à ~10 000 entités)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Exact</source>
        <translation>Exacte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Sampled (pivots)</source>
        <translation>Échantillonnée (pivots)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Exact, sampled from pivots, or automatic (exact while it takes seconds)</source>
        <translation>Exacte, échantillonnée à partir de pivots, ou automatique (exacte tant qu'elle prend quelques secondes)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Pivots for sampled betweenness</source>
        <translation>Pivots pour l'intermédiarité échantillonnée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Source entities sampled (0: as many as the exact budget allows)</source>
        <translation>Entités sources tirées (0 : autant que le budget du calcul exact le permet)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Seed of the communities (Louvain) and of the pivots: the same seed gives the same result</source>
        <translation>Graine des communautés (Louvain) et des pivots : la même graine donne le même résultat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Input: the entities layer of an ecosystem GeoPackage (its relationships table is read, each relation type directed or not as its vocabulary says), or any point layer with ID_FIELD plus any table (RELATIONSHIPS) whose SOURCE_FIELD and TARGET_FIELD hold those ids (directed when DIRECTED is checked). Only relationships between the chosen entities count (filters: sectors, types, statuses, dates, expression, as the density algorithms); with CURRENT_ONLY, only relationships current today (until empty or today or later). RELATION_TYPES keeps some types; BY_TYPE analyses each relation type on its own network (the entities it links), otherwise all together: relationships between the same two entities make one link whose weight is their number, and the network is directed when any of its relation types is (an undirected relationship then counts both ways).</source>
        <translation>Entrée : la couche des entités d'un GeoPackage d'écosystème (sa table des relations est lue, chaque type de relation orienté ou non selon son vocabulaire), ou toute couche de points avec ID_FIELD et toute table (RELATIONSHIPS) dont SOURCE_FIELD et TARGET_FIELD contiennent ces identifiants (orientées si DIRECTED est coché). Seules comptent les relations entre les entités choisies (filtres : secteurs, types, statuts, dates, expression, comme pour les algorithmes de densité) ; avec CURRENT_ONLY, seules les relations en cours aujourd'hui (until vide, aujourd'hui ou plus tard). RELATION_TYPES garde certains types ; BY_TYPE analyse chaque type de relation sur son propre réseau (les entités qu'il relie), sinon tous ensemble : les relations entre les deux mêmes entités forment un seul lien dont le poids est leur nombre, et le réseau est orienté dès qu'un de ses types de relation l'est (une relation non orientée compte alors dans les deux sens).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Betweenness is exact (Brandes, one search from every entity) up to about 10 000 entities and 50 000 links (entities × (entities + arcs, two per undirected link) ≤ 1.2e9); above, BETWEENNESS 'Automatic' estimates it from PIVOTS seeded source entities (0: as many as fit the same work) scaled by n/PIVOTS, and the output says so (betweenness_pivots). 'Exact' forces the exact computation, whatever the time; cancel stops it within a second. With the Python package numba installed the searches are compiled and use every core (about 6 s for every metric at that size on two cores); without it python-igraph's take about four times longer.</source>
        <translation>L'intermédiarité est exacte (Brandes, une recherche depuis chaque entité) jusqu'à environ 10 000 entités et 50 000 liens (entités × (entités + arcs, deux par lien non orienté) ≤ 1.2e9) ; au-delà, BETWEENNESS « Automatique » l'estime à partir de PIVOTS entités sources tirées avec la graine (0 : autant que le même travail le permet), mise à l'échelle par n/PIVOTS, et la sortie l'indique (betweenness_pivots). « Exacte » impose le calcul exact, quelle que soit sa durée ; l'annulation l'arrête en moins d'une seconde. Avec le paquet Python numba installé, les recherches sont compilées et utilisent tous les cœurs (environ 6 s pour toutes les mesures à cette taille sur deux cœurs) ; sans lui, celles de python-igraph prennent environ quatre fois plus de temps.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>ID_FIELD: the input has no field {}</source>
        <translation>ID_FIELD : l'entrée n'a pas de champ {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>RELATIONSHIPS: give a relationships table, or use the entities layer of an ecosystem</source>
        <translation>RELATIONSHIPS : donnez une table des relations, ou utilisez la couche des entités d'un écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>{} relationships read, {} between the chosen entities</source>
        <translation>{} relations lues, {} entre les entités choisies</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>RELATION_TYPES: no relationship of these types between the chosen entities</source>
        <translation>RELATION_TYPES : aucune relation de ces types entre les entités choisies</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>{}: choose the field of RELATIONSHIPS</source>
        <translation>{} : choisissez le champ de RELATIONSHIPS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>{}: RELATIONSHIPS has no field {}</source>
        <translation>{} : RELATIONSHIPS n'a pas de champ {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>RELATION_TYPES: set TYPE_FIELD to filter a table by relation type</source>
        <translation>RELATION_TYPES : renseignez TYPE_FIELD pour filtrer une table par type de relation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Network {}: {} entities, {} links ({})</source>
        <translation>Réseau {} : {} entités, {} liens ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>directed</source>
        <translation>orienté</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>undirected</source>
        <translation>non orienté</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Network {}: betweenness and closeness estimated from {} pivots of {} entities</source>
        <translation>Réseau {} : intermédiarité et proximité estimées à partir de {} pivots sur {} entités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Shortest paths by python-igraph, on one core: with the Python package numba installed they are compiled and use every core, about four times faster</source>
        <translation>Plus courts chemins calculés par python-igraph, sur un seul cœur : avec le paquet Python numba installé, ils sont compilés et utilisent tous les cœurs, environ quatre fois plus vite</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Cancelled: no output was written</source>
        <translation>Annulé : aucune sortie n'a été écrite</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>Network metrics</source>
        <translation>Mesures du réseau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <source>The entities with their network metrics (EPSG:31370)</source>
        <translation>Les entités avec leurs mesures de réseau (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <source>Networks analysed</source>
        <translation>Réseaux analysés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <source>Entities written</source>
        <translation>Entités écrites</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <source>Network {}: {} communities, modularity {:.3f}</source>
        <translation>Réseau {} : {} communautés, modularité {:.3f}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>Network summary</source>
        <translation>Synthèse du réseau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>One row per network with its figures and KPIs</source>
        <translation>Une ligne par réseau avec ses chiffres et indicateurs clés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Entities (nodes)</source>
        <translation>Entités (nœuds)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Connected components</source>
        <translation>Composantes connexes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Share in the largest component</source>
        <translation>Part dans la plus grande composante</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Diameter of the largest component</source>
        <translation>Diamètre de la plus grande composante</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Mean path length in the largest component</source>
        <translation>Longueur moyenne des chemins dans la plus grande composante</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Modularity</source>
        <translation>Modularité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Degree assortativity</source>
        <translation>Assortativité des degrés</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Engagement (links per actor)</source>
        <translation>Engagement (liens par acteur)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Vitality (density)</source>
        <translation>Vitalité (densité)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Linking (mean betweenness)</source>
        <translation>Mise en relation (intermédiarité moyenne)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Embeddedness (share in the main component)</source>
        <translation>Ancrage (part dans la composante principale)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Network {} ({}):</source>
        <translation>Réseau {} ({}) :</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Linking uses betweenness sampled from {} pivots</source>
        <translation>La mise en relation utilise l'intermédiarité échantillonnée à partir de {} pivots</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>OUTPUT: cannot write the row of network {}</source>
        <translation>OUTPUT : impossible d'écrire la ligne du réseau {}</translation>
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
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>The output refused feature {} of {}: its field {} ({}) cannot hold the value {} ({})</source>
        <translation>La sortie a refusé l’entité {} sur {} : son champ {} ({}) ne peut pas contenir la valeur {} ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>The output refused feature {} of {} ({})</source>
        <translation>La sortie a refusé l’entité {} sur {} ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>First date (YYYY-MM-DD); empty: the register's first recorded change</source>
        <translation>Première date (AAAA-MM-JJ) ; vide : le premier changement enregistré du registre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Last date (YYYY-MM-DD); empty: today</source>
        <translation>Dernière date (AAAA-MM-JJ) ; vide : aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Length of each period; each ends on the last day of a calendar month, quarter or year</source>
        <translation>Longueur de chaque période ; chacune se termine le dernier jour d'un mois, d'un trimestre ou d'une année civils</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>FROM: the register has no history yet; give a date</source>
        <translation>FROM : le registre n'a pas encore d'historique ; donnez une date</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>TO: {} is in the future</source>
        <translation>TO : {} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>FROM: {} is after TO ({})</source>
        <translation>FROM : {} est postérieur à TO ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>{}: '{}' is not a date (YYYY-MM-DD) or an ISO date-time</source>
        <translation>{} : « {} » n'est pas une date (AAAA-MM-JJ) ni une date-heure ISO</translation>
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
        <source>PIXEL_SIZE: {:g} m pixels are coarse for R_MIN ({:g} m): each distance may be off by up to {:.0f} m (a pixel's diagonal), so L(r) is unreliable below about {:.0f} m; use pixels of at most {:.0f} m</source>
        <translation>PIXEL_SIZE : des pixels de {:g} m sont grossiers pour R_MIN ({:g} m) : chaque distance peut être fausse de {:.0f} m (la diagonale d'un pixel), L(r) est donc peu fiable sous environ {:.0f} m ; prenez des pixels de {:.0f} m au plus</translation>
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
        <source>{}: {} invalid polygons were repaired (make_valid)</source>
        <translation>{} : {} polygones invalides ont été réparés (make_valid)</translation>
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
        <source>{}: the boundary has no area</source>
        <translation>{} : la limite n'a pas de surface</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/portfolio_input.py"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/portfolio_input.py"/>
        <source>The name of a portfolio saved in the ecosystem GeoPackage: only its entities are used</source>
        <translation>Le nom d'un portefeuille enregistré dans le GeoPackage d'écosystème : seules ses entités sont utilisées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>Language of the forms and styles stored in the file</source>
        <translation>Langue des formulaires et des styles enregistrés dans le fichier</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>QGIS's language</source>
        <translation>La langue de QGIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>The file keeps default styles with forms and a ready project in this language, so a colleague without the plugin opens it with the same forms (Project ▸ Open from ▸ GeoPackage)</source>
        <translation>Le fichier garde des styles par défaut avec formulaires et un projet prêt dans cette langue : un collègue sans l’extension l’ouvre avec les mêmes formulaires (Projet ▸ Ouvrir depuis ▸ GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>{}: the styles and forms could not be stored ({}); the file was removed</source>
        <translation>{} : les styles et formulaires n’ont pas pu être enregistrés ({}) ; le fichier a été supprimé</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>Stored the styles, forms and project ({}): {}</source>
        <translation>Styles, formulaires et projet enregistrés ({}) : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>The styles, forms and project could not be stored in the database ({}); the ecosystem is complete and the plugin styles it when it opens it</source>
        <translation>Les styles, formulaires et le projet n'ont pas pu être enregistrés dans la base de données ({}) ; l'écosystème est complet et le plugin le met en forme quand il l'ouvre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>The ecosystem .gpkg file to publish (opened read-only, never changed)</source>
        <translation>Le fichier .gpkg de l'écosystème à publier (ouvert en lecture seule, jamais modifié)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Title of the page</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Shown at the top of the page and as the browser tab's title</source>
        <translation>Affiché en haut de la page et comme titre de l'onglet du navigateur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Team e-mail for corrections</source>
        <translation>E-mail de l'équipe pour les corrections</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Where the page's correction e-mails are addressed; empty: the person chooses the address</source>
        <translation>Destinataire des e-mails de correction de la page ; vide : la personne choisit l'adresse</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Default language of the page</source>
        <translation>Langue par défaut de la page</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>fr, nl or en; readers switch language in the page</source>
        <translation>fr, nl ou en ; les lecteurs changent de langue dans la page</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Online tile layer URL</source>
        <translation>URL de la couche de tuiles en ligne</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>An https:// XYZ template with {z}, {x} and {y}, shown under the municipalities only when reachable; empty: municipalities only</source>
        <translation>Un modèle XYZ https:// avec {z}, {x} et {y}, affiché sous les communes seulement s'il est accessible ; vide : communes seulement</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Tile layer attribution</source>
        <translation>Attribution de la couche de tuiles</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>The credit the tile provider requires, shown on the map with its tiles</source>
        <translation>La mention exigée par le fournisseur de tuiles, affichée sur la carte avec ses tuiles</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Output folder or .zip</source>
        <translation>Dossier ou .zip de sortie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>A folder to create (a previous web map there is replaced) or a file name ending with .zip</source>
        <translation>Un dossier à créer (une carte web précédente y est remplacée) ou un nom de fichier se terminant par .zip</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>OUTPUT: give a folder or a .zip file to write</source>
        <translation>OUTPUT : indiquez un dossier ou un fichier .zip à écrire</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Publishing the public web map of {source} to {target}</source>
        <translation>Publication de la carte web publique de {source} vers {target}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>The publication failed and nothing was written: {}</source>
        <translation>La publication a échoué et rien n'a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>{entities} entries, {relationships} relationships, {municipalities} municipalities</source>
        <translation>{entities} fiches, {relationships} relations, {municipalities} communes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Page data: {:.2f} MB</source>
        <translation>Données de la page : {:.2f} Mo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>No entry is public: the map shows the municipalities only</source>
        <translation>Aucune fiche n'est publique : la carte ne montre que les communes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>The ecosystem .gpkg file to check (opened read-only)</source>
        <translation>Le fichier .gpkg de l'écosystème à contrôler (ouvert en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>Review period (months)</source>
        <translation>Période de révision (mois)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Entities whose last review is older than this many months are listed</source>
        <translation>Les entités dont la dernière révision date de plus de ce nombre de mois sont listées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Entities with similar names closer than this (metres) are probable duplicates</source>
        <translation>Des entités aux noms semblables plus proches que ceci (mètres) sont des doublons probables</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>One row per entity and problem</source>
        <translation>Une ligne par entité et problème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>A page with the figures, a map and the rows to fix</source>
        <translation>Une page avec les chiffres, une carte et les lignes à corriger</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Checking {}</source>
        <translation>Contrôle de {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>The ecosystem .gpkg whose entries are listed (read only)</source>
        <translation>Le .gpkg d'écosystème dont les fiches sont listées (lu seulement)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>Verified entries not reviewed for longer than this are listed</source>
        <translation>Les fiches vérifiées non revues depuis plus longtemps sont listées</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>Review queue</source>
        <translation>File de revue</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>The entries to review, in the order to take them (EPSG:31370)</source>
        <translation>Les fiches à revoir, dans l'ordre où les prendre (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>Entries to review</source>
        <translation>Fiches à revoir</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>The ecosystem .gpkg that keeps the portfolio</source>
        <translation>Le .gpkg d'écosystème qui garde le portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Portfolio name</source>
        <translation>Nom du portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>A name of your choice</source>
        <translation>Un nom de votre choix</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>A QGIS expression on the entities' fields (leave empty to give entities instead)</source>
        <translation>Une expression QGIS sur les champs des entités (laissez vide pour donner des entités à la place)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>The entities of the portfolio (tick 'Selected features only' to keep a selection)</source>
        <translation>Les entités du portefeuille (cochez « Entités sélectionnées uniquement » pour garder une sélection)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>What the portfolio is for</source>
        <translation>À quoi sert le portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Listed for every curator, not only its owner</source>
        <translation>Listé pour chaque curateur, pas seulement pour son propriétaire</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Replace a portfolio of the same name</source>
        <translation>Remplacer un portefeuille du même nom</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Overwrite a portfolio of the same name</source>
        <translation>Écraser un portefeuille du même nom</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Entities in the portfolio</source>
        <translation>Entités du portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>{} or {}: give one of the two, an expression or entities</source>
        <translation>{} ou {} : donnez l'un des deux, une expression ou des entités</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>{}: the layer has no uuid field; give the entities layer of the ecosystem</source>
        <translation>{} : la couche n'a pas de champ uuid ; donnez la couche des entités de l'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>{}: no entity given</source>
        <translation>{} : aucune entité donnée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Portfolio {}: {} entities</source>
        <translation>Portefeuille {} : {} entités</translation>
    </message>
    <message>
        <location filename="../../processing/provider.py"/>
        <source>{} need {}: install it with pip in QGIS's Python</source>
        <translation>{} ont besoin de {} : installez-le avec pip dans le Python de QGIS</translation>
    </message>
    <message>
        <location filename="../../processing/provider.py"/>
        <source>Brussels Creative — creative ecosystem of the Brussels Capital Region</source>
        <translation>Brussels Creative — écosystème créatif de la Région de Bruxelles-Capitale</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>Centrography over time</source>
        <translation>Centrographie dans le temps</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>centrography</source>
        <translation>centrographie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>mean centre</source>
        <translation>centre moyen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>standard distance</source>
        <translation>distance standard</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>ellipse</source>
        <translation>ellipse</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>directional distribution</source>
        <translation>distribution directionnelle</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>shift</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>Shows where the ecosystem is centred and how it spreads, period by period, and how its centre moves. For the entities active at the end of each period (replayed from the file's history): the mean centre, the standard distance (how far, on average, entities lie from the centre) and the standard deviational ellipse (its long axis points where entities stretch out; about 63 % of a compact cloud falls inside). Shifts are lines from each period's centre to the next, with their length and bearing (degrees clockwise from north).

Distances in metres (EPSG:31370). The ellipse's semi-axes are √2 times the standard deviations along its axes, as ArcGIS's Directional Distribution draws one standard deviation; rotation is the long axis's bearing, 0–180°.</source>
        <translation>Montre où l'écosystème est centré et comment il s'étend, période par période, et comment son centre se déplace. Pour les entités actives à la fin de chaque période (rejouées à partir de l'historique du fichier) : le centre moyen, la distance standard (à quelle distance du centre les entités se trouvent en moyenne) et l'ellipse de déviation standard (son grand axe pointe là où les entités s'étirent ; environ 63 % d'un nuage compact tombe à l'intérieur). Les déplacements sont des lignes du centre de chaque période au suivant, avec leur longueur et leur azimut (degrés dans le sens horaire depuis le nord).

Distances en mètres (EPSG:31370). Les demi-axes de l'ellipse valent √2 fois les écarts types le long de ses axes, comme la distribution directionnelle d'ArcGIS dessine un écart type ; la rotation est l'azimut du grand axe, 0–180°.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <source>Check ecosystem GeoPackage</source>
        <translation>Vérifier un GeoPackage d'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <source>check</source>
        <translation>vérifier</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <source>validate</source>
        <translation>valider</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>quality</source>
        <translation>qualité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <source>geopackage</source>
        <translation>geopackage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
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
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>Clusters (DBSCAN)</source>
        <translation>Agrégats (DBSCAN)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>dbscan</source>
        <translation>dbscan</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>cluster</source>
        <translation>agrégat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>clustering</source>
        <translation>agrégation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>hull</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>concave</source>
        <translation>concave</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>convex</source>
        <translation>convexe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>agglomeration</source>
        <translation>agglomération</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>Which groups of entities lie close together on the ground? Entities with at least MIN_POINTS neighbours within EPS metres are linked into clusters; isolated ones are noise. Each cluster gets a polygon with its size, area, density and dominant types and sectors: the creative quarters of the region at that distance. A smaller EPS finds tighter, smaller groups.</source>
        <translation>Quels groupes d'entités sont proches les uns des autres sur le terrain ? Les entités ayant au moins MIN_POINTS voisines à moins de EPS mètres sont reliées en agrégats ; les isolées sont du bruit. Chaque agrégat reçoit un polygone avec sa taille, sa surface, sa densité et ses types et secteurs dominants : les quartiers créatifs de la Région à cette distance. Un EPS plus petit trouve des groupes plus serrés et plus petits.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>Finds dense groups of entities with DBSCAN (distances in metres, EPSG:31370) and describes each group.

Rules, as QGIS's DBSCAN clustering: a core point has at least MIN_POINTS entities, itself included, within EPS metres (a distance equal to EPS counts); clusters are the groups of core points linked by steps of at most EPS, so the core points of each cluster are exactly QGIS's (the numbers may differ: here clusters are numbered 0, 1, … in the input order of their first core point). A border point (not core, but within EPS of a core point) joins the cluster of its nearest core point (ties: the first core point in input order), whereas QGIS gives it to whichever cluster reaches it first, so a border point between two clusters may be labelled differently; with 'border points are noise' (DBSCAN*) they are noise, as in QGIS's DBSCAN* option. Everything else is noise.

Output 1, the entities: the input's own fields (for the entities of an ecosystem GeoPackage: uuid, name, entity_type and municipality; the rest stays in the file, joined by uuid), then cluster_id (NULL for noise) and is_core; for a layer without a uuid field, source_fid, the id of the input feature each point comes from.
Output 2, one polygon per cluster: its convex hull, or a concave hull (shapely's concave_hull with CONCAVE_RATIO: 1 is the convex hull, smaller values hug the points more tightly), with size (entities), n_core, area_km2 and density_km2 (entities per km² of the hull), the top entity types and, for the entities layer of an ecosystem GeoPackage, the top sectors (share of the cluster's entities linked to each sector, primary or not). A cluster whose points are all at one place or on one line, or nearly (a hull narrower than 5 m on average), has no meaningful area: its polygon is that hull buffered by 1 m, for display only, and its area_km2 is 0 and density_km2 NULL.</source>
        <translation>Trouve les groupes denses d'entités avec DBSCAN (distances en mètres, EPSG:31370) et décrit chaque groupe.

Règles, comme l'agrégation DBSCAN de QGIS : un point central a au moins MIN_POINTS entités, lui-même compris, à EPS mètres au plus (une distance égale à EPS compte) ; les agrégats sont les groupes de points centraux reliés par des pas d'au plus EPS, de sorte que les points centraux de chaque agrégat sont exactement ceux de QGIS (les numéros peuvent différer : ici, les agrégats sont numérotés 0, 1, … dans l'ordre d'entrée de leur premier point central). Un point de bordure (non central, mais à EPS au plus d'un point central) rejoint l'agrégat de son point central le plus proche (en cas d'égalité : le premier point central dans l'ordre d'entrée), alors que QGIS le donne au premier agrégat qui l'atteint ; un point de bordure situé entre deux agrégats peut donc être étiqueté différemment. Avec « Points de bordure considérés comme bruit » (DBSCAN*), ces points sont du bruit, comme avec l'option DBSCAN* de QGIS. Tout le reste est du bruit.

Sortie 1, les entités : les champs de l'entrée (pour les entités d'un GeoPackage d'écosystème : uuid, name, entity_type et municipality ; le reste reste dans le fichier, joint par uuid), puis cluster_id (NULL pour le bruit) et is_core ; pour une couche sans champ uuid, source_fid, l'identifiant de l'objet d'entrée dont vient chaque point.
Sortie 2, un polygone par agrégat : son enveloppe convexe, ou une enveloppe concave (concave_hull de shapely avec CONCAVE_RATIO : 1 donne l'enveloppe convexe, des valeurs plus petites épousent les points de plus près), avec size (entités), n_core, area_km2 et density_km2 (entités par km² de l'enveloppe), les types d'entités les plus fréquents et, pour la couche des entités d'un GeoPackage d'écosystème, les secteurs les plus fréquents (part des entités de l'agrégat liées à chaque secteur, principal ou non). Un agrégat dont tous les points sont en un même endroit ou sur une même ligne, ou presque (une enveloppe de moins de 5 m de large en moyenne), n'a pas de surface significative : son polygone est cette enveloppe avec un tampon de 1 m, pour l'affichage uniquement ; son area_km2 vaut 0 et son density_km2 est NULL.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>Compare portfolios</source>
        <translation>Comparer des portefeuilles</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>compare</source>
        <translation>comparer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>selection</source>
        <translation>sélection</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>degree</source>
        <translation>degré</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>Puts two or more portfolios (saved selections of entities) side by side: a table with one row per figure and one column per portfolio, and a chart.

The figures: entities; entities per km² of the region; the share verified (%); the mean number of relationships per entity (network degree, links of any type in either direction); then the number of entities of each entity type and of each primary sector. A portfolio by expression counts the entities its expression selects now; one by list, its entities still in the file.

Portfolios: their names, separated by semicolons (;). The chart is written as .png, .svg or .pdf.</source>
        <translation>Met deux portefeuilles ou plus (sélections d'entités enregistrées) côte à côte : un tableau avec une ligne par chiffre et une colonne par portefeuille, et un graphique.

Les chiffres : entités ; entités par km² de la région ; la part vérifiée (%) ; le nombre moyen de relations par entité (degré dans le réseau, liens de tout type dans les deux sens) ; puis le nombre d'entités de chaque type d'entité et de chaque secteur principal. Un portefeuille défini par une expression compte les entités que son expression sélectionne maintenant ; un portefeuille défini par une liste, ses entités encore présentes dans le fichier.

Portefeuilles : leurs noms, séparés par des points-virgules (;). Le graphique est écrit en .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>Copy ecosystem between GeoPackage and PostGIS</source>
        <translation>Copier l'écosystème entre GeoPackage et PostGIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>postgis</source>
        <translation>postgis</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>postgresql</source>
        <translation>postgresql</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>migrate</source>
        <translation>migrer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>ecosystem</source>
        <translation>écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>Moves an ecosystem to a database when a team starts editing it together, or takes a copy home as one GeoPackage (a backup, a snapshot, work offline). Everything travels as it is: every entity with its uuid, sectors, services and audiences, the relationships, the whole history with who changed what and when, the proposals, the portfolios, the KPI snapshots and the vocabularies, so a copy taken there and back is identical table by table.</source>
        <translation>Déplace un écosystème vers une base de données quand une équipe commence à le modifier ensemble, ou en ramène une copie dans un seul GeoPackage (une sauvegarde, un instantané, du travail hors ligne). Tout voyage tel quel : chaque entité avec son uuid, ses secteurs, services et publics, les relations, tout l'historique avec qui a changé quoi et quand, les propositions, les portefeuilles, les instantanés d'indicateurs et les vocabulaires ; une copie faite aller et retour est identique table par table.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>GeoPackage → PostGIS makes the schema SCHEMA in the database of the saved PostgreSQL connection (Browser ▸ PostgreSQL ▸ New Connection; the database needs the postgis extension) and copies the GeoPackage into it; a schema that holds an ecosystem already is refused. PostGIS → GeoPackage writes a new GeoPackage from the schema's ecosystem, read at one moment even while others edit; an existing file is replaced only with OVERWRITE.

The copy is one transaction: on an error or a cancel nothing is left behind (no schema, no file). Rows keep their fid; dates keep their milliseconds (UTC); the history is copied, not rewritten, and the target's rules hold again afterwards. A column that the target has no place for (one added by hand) stops the copy naming it, rather than being dropped. Coordinates stay in EPSG:31370 (Belgian Lambert 72, metres). The number of rows copied is reported table by table.

The target gets the plugin's styles, forms and ready project in the LANGUAGE chosen (in PostGIS: the database's default styles and a project in the schema, without any password).</source>
        <translation>GeoPackage → PostGIS crée le schéma SCHEMA dans la base de données de la connexion PostgreSQL enregistrée (Explorateur ▸ PostgreSQL ▸ Nouvelle connexion ; la base de données a besoin de l'extension postgis) et y copie le GeoPackage ; un schéma qui contient déjà un écosystème est refusé. PostGIS → GeoPackage écrit un nouveau GeoPackage à partir de l'écosystème du schéma, lu à un seul instant même pendant que d'autres modifient ; un fichier existant n'est remplacé qu'avec OVERWRITE.

La copie est une seule transaction : en cas d'erreur ou d'annulation, rien ne reste (ni schéma, ni fichier). Les lignes gardent leur fid ; les dates gardent leurs millisecondes (UTC) ; l'historique est copié, pas réécrit, et les règles de la cible s'appliquent de nouveau ensuite. Une colonne qui n'a pas de place dans la cible (ajoutée à la main) arrête la copie en la nommant, au lieu d'être abandonnée. Les coordonnées restent en EPSG:31370 (Lambert belge 72, mètres). Le nombre de lignes copiées est indiqué table par table.

La cible reçoit les styles, formulaires et le projet prêt du plugin dans la langue LANGUAGE choisie (dans PostGIS : les styles par défaut de la base de données et un projet dans le schéma, sans aucun mot de passe).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <source>Create ecosystem GeoPackage</source>
        <translation>Créer un GeoPackage d'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <source>Creates a new ecosystem GeoPackage in EPSG:31370 (Belgian Lambert 72, metres): the entities point layer, sectors, services, audiences, relationships and their lines, the history, and the vocabularies in English, French and Dutch, with the 19 municipalities of the Brussels Capital Region as a polygon layer (UrbIS © CIRB/CIBG).

Integrity rules and the change history live in the file itself, so every client (QGIS, GDAL, sqlite3) is held to them.

An existing file is never replaced unless 'Overwrite' is ticked.</source>
        <translation>Crée un nouveau GeoPackage d'écosystème en EPSG:31370 (Lambert belge 72, mètres) : la couche de points des entités, les secteurs, services, publics, relations et leurs lignes, l'historique, et les vocabulaires en anglais, français et néerlandais, avec les 19 communes de la Région de Bruxelles-Capitale en couche de polygones (UrbIS © CIRB/CIBG).

Les règles d'intégrité et l'historique des modifications résident dans le fichier lui-même : tout client (QGIS, GDAL, sqlite3) doit donc les respecter.

Un fichier existant n'est jamais remplacé, sauf si « Écraser un fichier existant » est coché.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>Create ecosystem in PostgreSQL/PostGIS</source>
        <translation>Créer un écosystème dans PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>Makes a place where several people can edit one ecosystem at once: a schema in a PostgreSQL database with PostGIS, holding the entities with their sectors, services and audiences, the relationships, the history, the proposals, the portfolios and the KPI snapshots, as an ecosystem GeoPackage does, with the vocabularies in English, French and Dutch and the 19 municipalities. A GeoPackage on a network share is unsafe for several editors; a database is made for them. The analyses read its entities layer as they read a GeoPackage's; copy_ecosystem fills it from a GeoPackage.</source>
        <translation>Crée un lieu où plusieurs personnes peuvent modifier un même écosystème en même temps : un schéma dans une base de données PostgreSQL avec PostGIS, avec les entités et leurs secteurs, services et publics, les relations, l'historique, les propositions, les portefeuilles et les instantanés d'indicateurs, comme un GeoPackage d'écosystème, les vocabulaires en anglais, français et néerlandais et les 19 communes. Un GeoPackage sur un partage réseau n'est pas sûr pour plusieurs éditeurs ; une base de données est faite pour eux. Les analyses lisent sa couche des entités comme celle d'un GeoPackage ; copy_ecosystem la remplit à partir d'un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>The database is the one of a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL ▸ New Connection); it must have the postgis extension. The schema is created; a schema that holds an ecosystem already is refused and left as it is. Everything is written in one transaction: on any error nothing is left behind.

The database enforces the GeoPackage's rules under the same names (bc_email_shape, bc_entity_type_known...) for every client, writes the history of every change with the name of the database user who made it, and has three roles to grant to people's logins: bc_curator (everything), bc_editor (entities, relationships, their sectors, services and audiences, and proposals) and bc_reader (the view public_entities only). Coordinates are stored in EPSG:31370 (Belgian Lambert 72, metres).

The layers' styles and forms are stored as the database's default styles (QGIS's layer_styles) and a ready project in the schema (Project ▸ Open from ▸ PostgreSQL), in the LANGUAGE chosen, naming the connection without any password; the plugin opens the ecosystem with Open ecosystem from PostgreSQL….</source>
        <translation>La base de données est celle d'une connexion PostgreSQL enregistrée dans QGIS (Explorateur ▸ PostgreSQL ▸ Nouvelle connexion) ; elle doit avoir l'extension postgis. Le schéma est créé ; un schéma qui contient déjà un écosystème est refusé et laissé tel quel. Tout est écrit en une transaction : à la moindre erreur, rien ne reste.

La base de données applique les règles du GeoPackage sous les mêmes noms (bc_email_shape, bc_entity_type_known...) pour tout client, écrit l'historique de chaque modification avec le nom de l'utilisateur de la base qui l'a faite, et a trois rôles à accorder aux comptes des personnes : bc_curator (tout), bc_editor (entités, relations, leurs secteurs, services et publics, et propositions) et bc_reader (la vue public_entities seulement). Les coordonnées sont stockées en EPSG:31370 (Lambert belge 72, mètres).

Les styles et formulaires des couches sont enregistrés comme styles par défaut de la base de données (layer_styles de QGIS) et un projet prêt dans le schéma (Projet ▸ Ouvrir depuis ▸ PostgreSQL), dans la langue LANGUAGE choisie, en nommant la connexion sans aucun mot de passe ; le plugin ouvre l'écosystème avec Ouvrir un écosystème depuis PostgreSQL….</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>count</source>
        <translation>comptage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>points in polygon</source>
        <translation>points dans polygone</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>location quotient</source>
        <translation>quotient de localisation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>per capita</source>
        <translation>par habitant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>Where are the creative entities concentrated, area by area? Each polygon gets its number of entities, its density (entities per km²) and its share of all entities. A location quotient above 1 means a sector is over-represented in the area compared with the whole study area (1.5: half as much again as expected), below 1 under-represented. With a population field, entities per 1 000 inhabitants compare places of different sizes. The layer loads in five classes of density, light to dark.</source>
        <translation>Où les entités créatives se concentrent-elles, zone par zone ? Chaque polygone reçoit son nombre d'entités, sa densité (entités par km²) et sa part du total. Un quotient de localisation supérieur à 1 signifie qu'un secteur est surreprésenté dans la zone par rapport à l'ensemble de la zone d'étude (1,5 : moitié plus que prévu), inférieur à 1 sous-représenté. Avec un champ de population, les entités pour 1 000 habitants comparent des lieux de tailles différentes. La couche se charge en cinq classes de densité, du clair au foncé.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>Counts the entities (or any points) in each polygon of AREAS — municipalities, statistical sectors, neighbourhoods — and writes the polygons, in EPSG:31370, with:
- n_entities: number of points counted in the polygon;
- area_km2: the polygon's planar area in EPSG:31370 (km²); density_km2: n_entities per km²;
- share_pct: the polygon's share (%) of the points counted in any polygon;
- n_sector_&lt;code&gt; and lq_&lt;code&gt; per sector (ecosystem entities only): count and location quotient (share of the sector in the polygon ÷ its share over all polygons; 1 = as in the region, empty for an empty polygon). SECTOR_MODE 'primary' (default) counts each entity once, under its primary sector, so the sector counts add up to n_entities; 'all' counts it under every sector it has;
- n_type_&lt;code&gt; per entity type, when the points have an entity_type field;
- per_1000_inh: n_entities per 1 000 inhabitants when a POPULATION field is given (empty where the population is missing or zero).

Points on borders (BORDER_RULE): by default every point is counted once — a point inside a polygon in that polygon, a point on a border shared by several polygons in the first of them in the layer's feature order — so counts add up to the points inside the areas and shares to 100 %. Off borders the counts equal QGIS's native:countpointsinpolygon; that algorithm counts a point lying exactly on a boundary nowhere, which the 'contains' rule reproduces. 'intersects' counts a border point in every polygon it touches.

Points outside every polygon are not counted (their number is reported). Polygons in any CRS are transformed to EPSG:31370 with the project's transformation settings; points too. Features without geometry are kept with zero counts and empty areas. The filters select entities by sector, type, status, visibility, creation date or expression.

When the points and the areas are tables of one PostgreSQL/PostGIS database (layers of the postgres provider, both in EPSG:31370), the database counts them in one query with its spatial indexes, under the same rules, instead of the points being read out; a QGIS filter expression, selected features only or multipoints read the points out as for any other source.</source>
        <translation>Compte les entités (ou n'importe quels points) dans chaque polygone de AREAS — communes, secteurs statistiques, quartiers — et écrit les polygones, en EPSG:31370, avec :
- n_entities : nombre de points comptés dans le polygone ;
- area_km2 : la superficie planimétrique du polygone en EPSG:31370 (km²) ; density_km2 : n_entities par km² ;
- share_pct : la part (%) du polygone dans les points comptés dans l'un ou l'autre polygone ;
- n_sector_&lt;code&gt; et lq_&lt;code&gt; par secteur (entités d'écosystème uniquement) : nombre et quotient de localisation (part du secteur dans le polygone ÷ sa part sur l'ensemble des polygones ; 1 = comme dans la région, vide pour un polygone vide). SECTOR_MODE 'primary' (par défaut) compte chaque entité une seule fois, sous son secteur principal, de sorte que les nombres par secteur totalisent n_entities ; 'all' la compte sous chacun de ses secteurs ;
- n_type_&lt;code&gt; par type d'entité, quand les points ont un champ entity_type ;
- per_1000_inh : n_entities pour 1 000 habitants quand un champ POPULATION est indiqué (vide quand la population est manquante ou nulle).

Points sur les limites (BORDER_RULE) : par défaut, chaque point est compté une seule fois — un point intérieur à un polygone dans ce polygone, un point sur une limite commune à plusieurs polygones dans le premier d'entre eux selon l'ordre des objets de la couche — de sorte que les nombres totalisent les points situés dans les zones et les parts 100 %. En dehors des limites, les nombres sont égaux à ceux de native:countpointsinpolygon de QGIS ; cet algorithme ne compte nulle part un point situé exactement sur une limite, ce que reproduit la règle 'contains'. 'intersects' compte un point de limite dans chaque polygone qu'il touche.

Les points hors de tout polygone ne sont pas comptés (leur nombre est signalé). Les polygones, dans n'importe quel SCR, sont transformés en EPSG:31370 avec les paramètres de transformation du projet ; les points aussi. Les objets sans géométrie sont conservés avec des nombres nuls et des superficies vides. Les filtres sélectionnent les entités par secteur, type, statut, visibilité, date de création ou expression.

Quand les points et les zones sont des tables d'une même base de données PostgreSQL/PostGIS (couches du fournisseur postgres, toutes deux en EPSG:31370), la base de données les compte en une seule requête avec ses index spatiaux, selon les mêmes règles, au lieu de lire les points ; une expression de filtre QGIS, les entités sélectionnées seulement ou des multipoints font lire les points comme pour toute autre source.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>Density change between two dates</source>
        <translation>Évolution de la densité entre deux dates</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>change</source>
        <translation>évolution</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>difference</source>
        <translation>différence</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>kernel density</source>
        <translation>densité par noyau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>heatmap</source>
        <translation>carte de chaleur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>monitoring</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>two dates</source>
        <translation>deux dates</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>Shows where the ecosystem grew or shrank between two dates: the change raster is the density of the active entities at the second date minus the density at the first, in entities per km² (positive: more entities around than before; negative: fewer). The two density rasters are written too.

The active entities at each date are replayed from the file's history (a date means the end of that day). Both densities use the same quartic kernel (bandwidth in metres) on one fixed grid: the region's extent snapped to multiples of the pixel size in EPSG:31370, so rasters of other runs with the same pixel size line up pixel for pixel and can be compared or subtracted. Each density integrates to its number of entities (binned FFT, as Kernel density).</source>
        <translation>Montre où l'écosystème a grandi ou diminué entre deux dates : le raster d'évolution est la densité des entités actives à la seconde date moins la densité à la première, en entités par km² (positif : plus d'entités autour qu'avant ; négatif : moins). Les deux rasters de densité sont écrits aussi.

Les entités actives à chaque date sont rejouées à partir de l'historique du fichier (une date désigne la fin de ce jour). Les deux densités utilisent le même noyau quartique (rayon en mètres) sur une seule grille fixe : l'emprise de la Région calée sur des multiples de la taille des pixels en EPSG:31370, de sorte que les rasters d'autres exécutions avec la même taille de pixel se superposent pixel pour pixel et peuvent être comparés ou soustraits. Chaque densité intègre à son nombre d'entités (FFT sur grille, comme la densité par noyau).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>hexagon</source>
        <translation>hexagone</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>binning</source>
        <translation>discrétisation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>aligned</source>
        <translation>alignée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>Where are the entities concentrated, whatever the administrative borders? Each cell of a regular grid gets its number of entities and its density (entities per km²); all cells have the same size, so their counts compare directly. The grid is aligned on a fixed origin: grids of two dates match cell for cell, and the change is a simple difference.</source>
        <translation>Où les entités se concentrent-elles, quelles que soient les limites administratives ? Chaque cellule d'une grille régulière reçoit son nombre d'entités et sa densité (entités par km²) ; toutes les cellules ont la même taille, leurs nombres se comparent donc directement. La grille est alignée sur une origine fixe : les grilles de deux dates correspondent cellule par cellule, et le changement est une simple différence.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
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
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <source>Ecosystem report</source>
        <translation>Rapport sur l'écosystème</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>kpi</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>html</source>
        <translation>html</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <source>pdf</source>
        <translation>pdf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <source>Writes a report on the ecosystem for decision makers, in English, French or Dutch: the key figures and their change since the previous KPI snapshot and since a year before, the trends of the snapshots kept in the file, a map of the active entities by type and a kernel density map (drawn by QGIS), tables by municipality and by sector with their most over-represented sector or municipality (location quotient), the most connected entities, data quality, and the sources and method.

The HTML file holds its images inside it and opens offline; the PDF is laid out by a QGIS print layout (A4 landscape). Run KPI snapshot first (for example monthly from the history) to see changes and trends. The file is only read.</source>
        <translation>Écrit un rapport sur l'écosystème pour les décideurs, en anglais, en français ou en néerlandais : les chiffres clés et leur évolution depuis l'instantané précédent des indicateurs et depuis un an, les tendances des instantanés conservés dans le fichier, une carte des entités actives par type et une carte de densité par noyau (dessinées par QGIS), des tableaux par commune et par secteur avec leur secteur ou leur commune le plus surreprésenté (quotient de localisation), les entités les plus connectées, la qualité des données, et les sources et la méthode.

Le fichier HTML contient ses images et s'ouvre hors ligne ; le PDF est mis en page par une mise en page QGIS (A4 paysage). Lancez d'abord l'instantané des indicateurs (par exemple mensuel depuis l'historique) pour voir les évolutions et les tendances. Le fichier est seulement lu.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>emerging</source>
        <translation>émergent</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>hot spot</source>
        <translation>point chaud</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>trend</source>
        <translation>tendance</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>space-time</source>
        <translation>espace-temps</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>Getis-Ord</source>
        <translation>Getis-Ord</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>Mann-Kendall</source>
        <translation>Mann-Kendall</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>Shows where concentrations of active entities appear, grow, last or fade over time. Each square of the region gets a pattern:
- new: a hot spot in the last period only;
- consecutive: a hot spot in an unbroken run of the last periods, never before;
- intensifying, persistent, diminishing: a hot spot in at least 90 % of the periods, the last one included, getting stronger, steady or weaker;
- sporadic: a hot spot in the last period, and on and off before, never a cold spot;
- oscillating: a hot spot in the last period that was a cold spot before;
- historical: a hot spot in at least 90 % of the periods but not in the last one;
- the same for cold spots (fewer entities than around them), and no pattern otherwise.

How: the entities active at the end of each period are replayed from the file's history and counted in squares of the cell size (aligned on the origin 0, 0 of EPSG:31370; squares whose centre is in the region). In each period, Getis-Ord Gi* compares each square and its neighbours within the distance with the whole region (hot or cold at 90 % confidence or more, Benjamini–Hochberg corrected unless turned off). The trend is a Mann–Kendall test (two-sided, 5 %) of the square's Gi* z-scores over the periods. Distances in metres; fields give the trend's z and p, the periods a square was hot or cold, its first and last counts and its last Gi* z-score and class (+3…−3).</source>
        <translation>Montre où les concentrations d'entités actives apparaissent, grandissent, durent ou s'estompent dans le temps. Chaque carré de la Région reçoit une tendance :
- nouveau : un point chaud dans la dernière période seulement ;
- consécutif : un point chaud dans une suite ininterrompue des dernières périodes, jamais avant ;
- en intensification, persistant, en diminution : un point chaud dans au moins 90 % des périodes, la dernière comprise, qui se renforce, reste stable ou s'affaiblit ;
- sporadique : un point chaud dans la dernière période, et par intermittence avant, jamais un point froid ;
- oscillant : un point chaud dans la dernière période qui a été un point froid auparavant ;
- historique : un point chaud dans au moins 90 % des périodes mais pas dans la dernière ;
- de même pour les points froids (moins d'entités qu'autour), et aucune tendance sinon.

Comment : les entités actives à la fin de chaque période sont rejouées à partir de l'historique du fichier et comptées dans des carrés de la taille de cellule (alignés sur l'origine 0, 0 de l'EPSG:31370 ; carrés dont le centre est dans la Région). À chaque période, le Gi* de Getis-Ord compare chaque carré et ses voisins à moins de la distance avec l'ensemble de la Région (chaud ou froid à 90 % de confiance ou plus, corrigé par Benjamini–Hochberg sauf si désactivé). La tendance est un test de Mann–Kendall (bilatéral, 5 %) des scores z de Gi* du carré au fil des périodes. Distances en mètres ; les champs donnent le z et le p de la tendance, les périodes où le carré était chaud ou froid, ses premier et dernier comptages et son dernier score z de Gi* et sa classe (+3…−3).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <source>Export ecosystem (GeoPackage, shapefiles, GeoJSON)</source>
        <translation>Exporter un écosystème (GeoPackage, shapefiles, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>publish</source>
        <translation>publier</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <source>privacy</source>
        <translation>confidentialité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <source>shapefile</source>
        <translation>shapefile</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <source>geojson</source>
        <translation>geojson</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
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
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>flow</source>
        <translation>flux</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>od</source>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>municipalities</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>relationships</source>
        <translation>relations</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>Draws the relationships on the map (EPSG:31370), styled on loading with the width by the number of links:
- MODE 'Lines between entities': one line per relationship, from its source entity to its target, with from_uuid, to_uuid, relation_type, directed and links (1);
- MODE 'Flows between areas': each entity is placed in the polygon of AREAS that holds it (default: the municipalities of the ecosystem GeoPackage), and one line joins each pair of different areas linked by relationships, between points inside them (point on surface), with area_a, area_b, links (relationships between them, both ways) and types ('member_of 12, collaborates_with 3'). Entities outside every area are left out (the log says how many relationships that drops). OD_TABLE, the origin–destination table beside it: one row per (origin area, destination area) with links and types, each relationship counted from its source's area to its target's (rows with origin = destination are the links within an area).
CURVED draws each line as an arc bending to the right of its direction, so links both ways between the same places do not overlap.

Input: the entities layer of an ecosystem GeoPackage (its relationships table is read), or any point layer with ID_FIELD plus any table (RELATIONSHIPS) whose SOURCE_FIELD and TARGET_FIELD hold those ids. Only relationships between the chosen entities count (filters: sectors, types, statuses, dates, expression); with CURRENT_ONLY, only those current today; RELATION_TYPES keeps some types.</source>
        <translation>Dessine les relations sur la carte (EPSG:31370), stylées au chargement avec l'épaisseur selon le nombre de liens :
- MODE « Lignes entre entités » : une ligne par relation, de son entité source à sa cible, avec from_uuid, to_uuid, relation_type, directed et links (1) ;
- MODE « Flux entre zones » : chaque entité est placée dans le polygone d'AREAS qui la contient (par défaut : les communes du GeoPackage de l'écosystème), et une ligne relie chaque paire de zones différentes liées par des relations, entre des points situés à l'intérieur (point sur la surface), avec area_a, area_b, links (relations entre elles, dans les deux sens) et types ('member_of 12, collaborates_with 3'). Les entités hors de toute zone sont écartées (le journal dit combien de relations cela retire). OD_TABLE, la table origine–destination à côté : une ligne par (zone d'origine, zone de destination) avec links et types, chaque relation comptée de la zone de sa source vers celle de sa cible (les lignes où origine = destination sont les liens internes à une zone).
CURVED dessine chaque ligne comme un arc courbé vers la droite de sa direction, de sorte que les liens dans les deux sens entre les mêmes lieux ne se superposent pas.

Entrée : la couche des entités d'un GeoPackage d'écosystème (sa table des relations est lue), ou toute couche de points avec ID_FIELD et toute table (RELATIONSHIPS) dont SOURCE_FIELD et TARGET_FIELD contiennent ces identifiants. Seules comptent les relations entre les entités choisies (filtres : secteurs, types, statuts, dates, expression) ; avec CURRENT_ONLY, seules celles en cours aujourd'hui ; RELATION_TYPES garde certains types.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>Generate sample ecosystem</source>
        <translation>Générer un écosystème d'exemple</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>sample</source>
        <translation>exemple</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>synthetic</source>
        <translation>synthétique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>generate</source>
        <translation>générer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>test data</source>
        <translation>données de test</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>Creates a new ecosystem GeoPackage filled with a realistic, fictitious creative ecosystem of the Brussels Capital Region: N entities clustered like creative places in the city (a few dense centres, a sparse periphery, all inside the region), with sectors, services, audiences, relationships (hubs with many members, spin-offs, collaborations) and two years of change history.

The same seed always gives the same file. Names, addresses and contacts are invented. Nothing is written if the run is cancelled.</source>
        <translation>Crée un nouveau GeoPackage d'écosystème rempli d'un écosystème créatif fictif mais réaliste de la Région de Bruxelles-Capitale : N entités regroupées comme les lieux créatifs de la ville (quelques centres denses, une périphérie clairsemée, toutes à l'intérieur de la région), avec secteurs, services, publics, relations (hubs comptant de nombreux membres, spin-offs, collaborations) et deux ans d'historique des modifications.

La même graine donne toujours le même fichier. Les noms, adresses et contacts sont inventés. Rien n'est écrit si l'exécution est annulée.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>Geocode addresses</source>
        <translation>Géocoder des adresses</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>geocoding</source>
        <translation>géocodage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>geocoder</source>
        <translation>géocodeur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>BeST</source>
        <translation>BeST</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>Gives each row of a table or layer a point (EPSG:31370) from its Brussels address, offline, using the address reference loaded into the ecosystem GeoPackage by 'Load address reference'.

How to read the result: every input row and field is kept, plus match_type — exact (the address point), interpolated (between the nearest numbers on the same side of the street), street (the street's middle: no number, or a number far beyond the street's), postcode (the postcode's centre: the street was not found), none (no point; the geometry stays empty) — match_score (0–1: street name certainty × position certainty, 1 = exact), the matched address in French and Dutch, its postcode and NIS code, and match_reason: why a row was not matched, or what was assumed (a corrected spelling, a box not in the reference, another postcode). Nothing is guessed silently.

Give either one free-text ADDRESS_FIELD ('Av. Louise 54 bte 3, 1050 Ixelles') or STREET_FIELD with NUMBER_FIELD, POSTCODE_FIELD, MUNICIPALITY_FIELD (separate fields also complete a free-text one). Case, accents, apostrophes, hyphens and spaces are ignored; French and Dutch abbreviations (av., bd, chée, pl., r., str., stwg, ln...) and bilingual names ('Rue X - Xstraat') are understood; numbers may be 5A, 5-7, 5 bte 2, 5/2, 5 bus 2; municipalities may be written in French, Dutch, German or by their old names (Laeken, Neder-Over-Heembeek). A misspelt street is looked for by fuzzy matching within the postcode, then the neighbouring ones; two different streets that fit equally give none, 'ambiguous'.</source>
        <translation>Donne à chaque ligne d'une table ou d'une couche un point (EPSG:31370) à partir de son adresse bruxelloise, hors ligne, grâce à la référence d'adresses chargée dans le GeoPackage de l'écosystème par « Charger la référence d'adresses ».

Lecture du résultat : chaque ligne et chaque champ de l'entrée sont conservés, avec match_type — exact (le point d'adresse), interpolated (entre les numéros les plus proches du même côté de la rue), street (le milieu de la rue : pas de numéro, ou un numéro bien au-delà de ceux de la rue), postcode (le centre du code postal : rue introuvable), none (pas de point ; la géométrie reste vide) — match_score (0–1 : certitude du nom de rue × certitude de la position, 1 = exact), l'adresse trouvée en français et en néerlandais, son code postal et son code INS, et match_reason : pourquoi une ligne n'a pas été trouvée, ou ce qui a été supposé (orthographe corrigée, boîte absente de la référence, autre code postal). Rien n'est deviné en silence.

Indiquez soit un champ d'adresse libre ADDRESS_FIELD (« Av. Louise 54 bte 3, 1050 Ixelles »), soit STREET_FIELD avec NUMBER_FIELD, POSTCODE_FIELD, MUNICIPALITY_FIELD (des champs séparés complètent aussi un champ libre). Casse, accents, apostrophes, traits d'union et espaces sont ignorés ; les abréviations françaises et néerlandaises (av., bd, chée, pl., r., str., stwg, ln...) et les noms bilingues (« Rue X - Xstraat ») sont compris ; les numéros peuvent s'écrire 5A, 5-7, 5 bte 2, 5/2, 5 bus 2 ; les communes peuvent être écrites en français, en néerlandais, en allemand ou sous leurs anciens noms (Laeken, Neder-Over-Heembeek). Une rue mal orthographiée est cherchée par correspondance approchée dans le code postal, puis dans les codes voisins ; deux rues différentes qui conviennent autant donnent none, « ambiguous ».</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Points chauds (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>hotspot</source>
        <translation>hotspot</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>cold spot</source>
        <translation>point froid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>getis-ord</source>
        <translation>getis-ord</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>gi*</source>
        <translation>gi*</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>fdr</source>
        <translation>fdr</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>statistics</source>
        <translation>statistiques</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>Are there significant concentrations (hot spots) or gaps (cold spots)? A unit is a hot spot when it and its neighbours together hold more entities than chance would give; its class says how confident that is (99, 95 or 90 %). One busy cell among empty ones is not a hot spot; a group of busy cells is. Not significant means no evidence of a concentration or a gap.</source>
        <translation>Y a-t-il des concentrations significatives (points chauds) ou des vides (points froids) ? Une unité est un point chaud quand elle et ses voisines comptent ensemble plus d'entités que le hasard n'en donnerait ; sa classe dit avec quelle confiance (99, 95 ou 90 %). Une cellule chargée parmi des cellules vides n'est pas un point chaud ; un groupe de cellules chargées l'est. Non significatif signifie qu'il n'y a d'indice ni de concentration ni de vide.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
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
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>reach</source>
        <translation>portée</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>neighbourhood</source>
        <translation>voisinage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>hops</source>
        <translation>sauts</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>spread</source>
        <translation>dispersion</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>sna</source>
        <translation>analyse de réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>For each hub, cluster or network entity (HUB_TYPES), or the entities whose ids HUB_IDS lists, finds the entities it reaches within HOPS relationships (directions ignored: a hub reaches its members and those who support it alike), counts them by type and primary sector, and maps their spread (EPSG:31370):
- OUTPUT, one polygon per hub: the convex hull of the hub and the entities it reaches, with reached (entities), by_type and by_sector (the five largest counts, 'company 12, fablab 3'), mean_distance_m (mean straight-line distance from the hub to the entities it reaches), hull_area_km2, and the standard deviational ellipse of the reached entities: sde_major_m, sde_minor_m (√2 standard deviations along each axis, as Centrography over time draws one standard deviation) and sde_azimuth (major axis, degrees clockwise from north, 0–180);
- ELLIPSES (optional): those ellipses as polygons, centred on the reached entities' mean centre.
A hub that reaches nobody or one entity has a hull of no area: it is drawn as its point or line buffered by 1 m, with hull_area_km2 0; an ellipse needs three reached entities.

Input: the entities layer of an ecosystem GeoPackage (its relationships table is read), or any point layer with ID_FIELD plus any table (RELATIONSHIPS) whose SOURCE_FIELD and TARGET_FIELD hold those ids. Only relationships between the chosen entities count (filters: sectors, types, statuses, dates, expression); with CURRENT_ONLY, only those current today. RELATION_TYPES keeps some types; BY_TYPE gives one row per hub and relation type (network).</source>
        <translation>Pour chaque entité hub, cluster ou réseau (HUB_TYPES), ou les entités dont HUB_IDS liste les identifiants, trouve les entités qu'elle atteint en HOPS relations au plus (directions ignorées : un hub atteint aussi bien ses membres que ceux qui le soutiennent), les compte par type et secteur principal, et cartographie leur dispersion (EPSG:31370) :
- OUTPUT, un polygone par hub : l'enveloppe convexe du hub et des entités qu'il atteint, avec reached (entités), by_type et by_sector (les cinq plus grands effectifs, 'company 12, fablab 3'), mean_distance_m (distance moyenne à vol d'oiseau du hub aux entités qu'il atteint), hull_area_km2, et l'ellipse de déviation standard des entités atteintes : sde_major_m, sde_minor_m (√2 écarts types le long de chaque axe, comme la centrographie dans le temps dessine un écart type) et sde_azimuth (grand axe, degrés dans le sens horaire depuis le nord, 0–180) ;
- ELLIPSES (facultatif) : ces ellipses en polygones, centrées sur le centre moyen des entités atteintes.
Un hub qui n'atteint personne ou une seule entité a une enveloppe sans surface : elle est dessinée comme son point ou sa ligne avec un tampon de 1 m, avec hull_area_km2 0 ; une ellipse demande trois entités atteintes.

Entrée : la couche des entités d'un GeoPackage d'écosystème (sa table des relations est lue), ou toute couche de points avec ID_FIELD et toute table (RELATIONSHIPS) dont SOURCE_FIELD et TARGET_FIELD contiennent ces identifiants. Seules comptent les relations entre les entités choisies (filtres : secteurs, types, statuts, dates, expression) ; avec CURRENT_ONLY, seules celles en cours aujourd'hui. RELATION_TYPES garde certains types ; BY_TYPE donne une ligne par hub et type de relation (network).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <source>Import corrections from the web map</source>
        <translation>Importer les corrections de la carte web</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>curation</source>
        <translation>curation</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>claim</source>
        <translation>revendication</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <source>web map</source>
        <translation>carte web</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <source>Reads the files people send from the public web map ("Claim or correct this entry", "Add my organisation") and turns them into proposals waiting for a curator in the ecosystem GeoPackage: one proposal per changed field, one for a claim, one for a new organisation. Nothing in the entries changes until a curator approves a proposal (curation dock).

Each file is taken whole or not at all. A file with an unknown field, an entity that is not in the ecosystem, a code that is not in the vocabularies, markup or control characters, or a text longer than allowed is refused, and every reason is listed in the table of rejected files; a file read before is refused too. Everything is written in one transaction.

The file format is resources/web/correction.schema.json in the plugin (version 1).</source>
        <translation>Lit les fichiers que les gens envoient depuis la carte web publique (« Revendiquer ou corriger cette fiche », « Ajouter mon organisation ») et les transforme en propositions qui attendent un curateur dans le GeoPackage d'écosystème : une proposition par champ modifié, une pour une revendication, une pour une nouvelle organisation. Rien ne change dans les fiches tant qu'un curateur n'a pas approuvé une proposition (panneau de curation).

Chaque fichier est pris en entier ou pas du tout. Un fichier avec un champ inconnu, une entité absente de l'écosystème, un code absent des vocabulaires, du balisage ou des caractères de contrôle, ou un texte plus long que permis est refusé, et chaque raison est listée dans la table des fichiers refusés ; un fichier déjà lu est refusé aussi. Tout est écrit en une seule transaction.

Le format des fichiers est resources/web/correction.schema.json dans le plugin (version 1).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>Import entities (partner lists)</source>
        <translation>Importer des entités (listes de partenaires)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>csv</source>
        <translation>csv</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>xlsx</source>
        <translation>xlsx</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>ods</source>
        <translation>ods</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>spreadsheet</source>
        <translation>tableur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>upsert</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>duplicates</source>
        <translation>doublons</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>Adds the rows of a partner's list to the ecosystem GeoPackage as entities, in one transaction: the file is never half-written, whatever fails or is canceled. INSERTED, UPDATED, SKIPPED and REJECTED count the rows; the log names every refused row (its line in the file, the header is line 1; a spreadsheet's row; a layer's feature number), the column and why.

Input: a CSV (any delimiter among ; , tab |, UTF-8 with or without BOM, else read as Windows-1252/Latin-1; quoted values may hold newlines; blank lines skipped), XLSX, ODS (first row: headers), GeoJSON, shapefile, GeoPackage or any layer QGIS holds.

Columns are found by their header in English, French or Dutch (name/nom/naam, type, sector/secteur, address/adresse/adres, postcode/code postal, municipality/commune/gemeente, website/site web, email/courriel, phone/téléphone/telefoon, longitude/latitude, x/y...), case and accents ignored. MAPPING overrides them: 'name=Organisation;website=URL' ('entity_type=' with nothing leaves a column out). Sectors, services and audiences may hold several values split on ; , or | (the first sector is the primary one). Values of vocabularies are matched to the file's codes by code or by label in English, French or Dutch, ignoring case and accents; an unknown value refuses its row, it is never guessed. A website without http(s):// gets https://.

Location: the layer's geometry (any CRS, to EPSG:31370); else longitude/latitude columns (EPSG:4326) or X/Y columns (COORDINATE_CRS, EPSG:31370 if not set), comma decimals accepted; coordinates swapped so that the point falls outside Brussels but inside when read the other way are corrected and reported. Rows with only an address need an address reference and geocoding: without them they are refused ('no location: load an address reference and geocode'). A point outside the Brussels Capital Region is refused. The municipality, when not given, is the one holding the point.

Rules of the file checked before writing: name and type required, postcode 1000–1299, e-mail name@host.tld, website http(s)://host.tld, founding year 1800 to next year.

MODE all-or-nothing (default): one refused row imports nothing. valid-rows: the refused rows go to REJECTS (row, column, value, reason and the row's values), the others are imported.
DUPLICATES: a row with the uuid of an entity, or the same name (accents, case, punctuation and legal forms such as asbl/vzw ignored) within DISTANCE metres (default 250) of one, is skipped (default) or updates it (its non-empty values replace the stored ones; the history logs the change by 'import_entities: &lt;file&gt;', and source names the file and the time of the import). Two rows of the file that are duplicates of each other: the second is refused.</source>
        <translation>Ajoute les lignes de la liste d'un partenaire au GeoPackage de l'écosystème comme entités, en une seule transaction : le fichier n'est jamais à moitié écrit, quoi qu'il échoue ou soit annulé. INSERTED, UPDATED, SKIPPED et REJECTED comptent les lignes ; le journal nomme chaque ligne refusée (sa ligne dans le fichier, l'en-tête étant la ligne 1 ; la ligne d'un tableur ; le numéro d'entité d'une couche), la colonne et la raison.

Entrée : un CSV (séparateur parmi ; , tabulation |, UTF-8 avec ou sans BOM, sinon lu en Windows-1252/Latin-1 ; les valeurs entre guillemets peuvent contenir des retours à la ligne ; lignes vides ignorées), XLSX, ODS (première ligne : en-têtes), GeoJSON, shapefile, GeoPackage ou toute couche ouverte dans QGIS.

Les colonnes sont reconnues par leur en-tête en anglais, français ou néerlandais (name/nom/naam, type, sector/secteur, address/adresse/adres, postcode/code postal, municipality/commune/gemeente, website/site web, email/courriel, phone/téléphone/telefoon, longitude/latitude, x/y...), sans tenir compte de la casse ni des accents. MAPPING les remplace : 'name=Organisation;website=URL' ('entity_type=' sans rien écarte une colonne). Secteurs, services et publics peuvent contenir plusieurs valeurs séparées par ; , ou | (le premier secteur est le principal). Les valeurs des vocabulaires sont rapprochées des codes du fichier par code ou par libellé en anglais, français ou néerlandais, sans tenir compte de la casse ni des accents ; une valeur inconnue fait refuser sa ligne, elle n'est jamais devinée. Un site web sans http(s):// reçoit https://.

Localisation : la géométrie de la couche (tout SCR, vers EPSG:31370) ; sinon des colonnes longitude/latitude (EPSG:4326) ou X/Y (COORDINATE_CRS, EPSG:31370 par défaut), décimales à virgule acceptées ; des coordonnées inversées, dont le point tombe hors de Bruxelles mais dedans une fois lues dans l'autre sens, sont corrigées et signalées. Les lignes qui n'ont qu'une adresse demandent une référence d'adresses et un géocodage : sans eux elles sont refusées ('no location: load an address reference and geocode'). Un point hors de la Région de Bruxelles-Capitale est refusé. La commune, si elle n'est pas donnée, est celle qui contient le point.

Règles du fichier vérifiées avant l'écriture : nom et type obligatoires, code postal 1000–1299, courriel nom@hôte.tld, site web http(s)://hôte.tld, année de fondation de 1800 à l'an prochain.

MODE tout ou rien (par défaut) : une ligne refusée et rien n'est importé. Lignes valides : les lignes refusées vont dans REJECTS (ligne, colonne, valeur, raison et les valeurs de la ligne), les autres sont importées.
DUPLICATES : une ligne portant l'uuid d'une entité, ou le même nom (accents, casse, ponctuation et formes juridiques comme asbl/vzw ignorés) à moins de DISTANCE mètres (250 par défaut) d'une entité, est ignorée (par défaut) ou la met à jour (ses valeurs non vides remplacent celles enregistrées ; l'historique note le changement par 'import_entities: &lt;fichier&gt;', et source nomme le fichier et l'heure de l'import). Deux lignes du fichier qui sont des doublons l'une de l'autre : la seconde est refusée.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>kde</source>
        <translation>kde</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>quartic</source>
        <translation>quartique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>gaussian</source>
        <translation>gaussien</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>A smooth surface of where entities concentrate: each pixel holds the number of entities per km² around it, nearer entities counting more, within the bandwidth. Dark areas are concentrations; a larger bandwidth gives broader, smoother patterns, a smaller one shows local clusters. Give a fixed extent to compare two dates pixel by pixel.</source>
        <translation>Une surface lissée des concentrations d'entités : chaque pixel contient le nombre d'entités par km² autour de lui, les plus proches comptant davantage, dans la largeur de bande. Les zones sombres sont des concentrations ; une largeur de bande plus grande donne des motifs plus larges et plus lisses, une plus petite montre les agrégats locaux. Donnez une emprise fixe pour comparer deux dates pixel par pixel.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
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
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>KPI snapshot</source>
        <translation>Instantané des indicateurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>snapshot</source>
        <translation>instantané</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>time series</source>
        <translation>série temporelle</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>Takes the ecosystem's key figures at a date and keeps them in the file (table kpi_snapshots), so that KPI trends can follow them over time. Running it again for the same day replaces that day's snapshot.

The figures (active entities only, private ones included): active entities in the region, by type (active_entities:&lt;type&gt;), by municipality and by sector; entities per km² (density) in the region and each municipality, and per 1 000 inhabitants when a population table is given; location quotients of each sector in each municipality (location_quotient:&lt;sector&gt;; above 1: more of the sector than in the region as a whole); the share of intermediaries (hubs, clusters, networks, labs, coworkings, incubators) and of each kind of place; relationships and relationships per entity; data quality (share verified, share reviewed or verified in the last 12 months, completeness of key fields, in %); concentration (share in the three largest municipalities, Herfindahl index of the primary sectors, 0–1); and the entities new, closed, deleted and changed since the previous snapshot (from the history).

Date as of: empty for now (the tables as they are), or a past date (YYYY-MM-DD, meaning the end of that day) or date-time: the register is then replayed from its history as it was at that moment. Monthly from: a snapshot at the end of every month from that date up to the date as of, computed at once from the history.

Areas are planar, in km² (EPSG:31370). Everything is written in one transaction: a failure or a cancel leaves the file as it was.</source>
        <translation>Prend les chiffres clés de l'écosystème à une date et les conserve dans le fichier (table kpi_snapshots), pour que les tendances des indicateurs puissent les suivre dans le temps. Relancé pour le même jour, il remplace l'instantané de ce jour.

Les chiffres (entités actives uniquement, privées comprises) : entités actives dans la Région, par type (active_entities:&lt;type&gt;), par commune et par secteur ; entités par km² (density) dans la Région et dans chaque commune, et pour 1 000 habitants quand une table de population est donnée ; quotients de localisation de chaque secteur dans chaque commune (location_quotient:&lt;secteur&gt; ; au-dessus de 1 : plus de ce secteur que dans l'ensemble de la Région) ; la part des intermédiaires (hubs, clusters, réseaux, labs, coworkings, incubateurs) et de chaque type de lieu ; les relations et les relations par entité ; la qualité des données (part vérifiée, part revue ou vérifiée dans les 12 derniers mois, complétude des champs clés, en %) ; la concentration (part des trois plus grandes communes, indice de Herfindahl des secteurs principaux, 0–1) ; et les entités nouvelles, fermées, supprimées et modifiées depuis l'instantané précédent (d'après l'historique).

Date de référence : vide pour maintenant (les tables telles qu'elles sont), ou une date passée (AAAA-MM-JJ, soit la fin de ce jour) ou une date-heure : le registre est alors reconstitué à partir de son historique tel qu'il était à ce moment. Instantanés mensuels depuis : un instantané à la fin de chaque mois depuis cette date jusqu'à la date de référence, calculés d'un coup à partir de l'historique.

Les surfaces sont planes, en km² (EPSG:31370). Tout est écrit en une seule transaction : un échec ou une annulation laisse le fichier tel qu'il était.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>evolution</source>
        <translation>évolution</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>Shows how the chosen KPIs evolved, from the snapshots kept by KPI snapshot: one row per KPI, place and snapshot with its value, the change since the previous snapshot (in the KPI's unit and in %) and the change since a year before (the snapshot nearest to 365 days earlier, within 20 days; empty when there is none). The chart draws one panel per KPI (at most 8), one line per place.

KPIs: names separated by commas, as KPI snapshot writes them (e.g. active_entities, density, share_verified); a name ending with a colon takes every category (active_entities: gives one line per entity type). Scope: the region as a whole, each municipality or each sector.</source>
        <translation>Montre comment les indicateurs choisis ont évolué, d'après les instantanés conservés par l'instantané des indicateurs : une ligne par indicateur, lieu et instantané avec sa valeur, la variation depuis l'instantané précédent (dans l'unité de l'indicateur et en %) et la variation depuis un an plus tôt (l'instantané le plus proche de 365 jours plus tôt, à 20 jours près ; vide s'il n'y en a pas). Le graphique dessine un panneau par indicateur (8 au plus), une ligne par lieu.

Indicateurs : des noms séparés par des virgules, tels que l'instantané des indicateurs les écrit (p. ex. active_entities, density, share_verified) ; un nom terminé par deux-points prend chaque catégorie (active_entities: donne une ligne par type d'entité). Portée : la Région dans son ensemble, chaque commune ou chaque secteur.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>Load address reference</source>
        <translation>Charger la référence d'adresses</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>UrbIS</source>
        <translation>UrbIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>Loads official address points into the ecosystem GeoPackage, where 'Geocode addresses' finds them offline: the point layer address_points (EPSG:31370: street in French and Dutch, house number, box, postcode, NIS code) and the table streets (one row per street and postcode, with its middle point).

INPUT is either BOSA's BeST 'openaddress' CSV for Brussels (recognised by its columns EPSG:31370_x, streetname_fr, house_number...; read directly, retired addresses left out), or any point layer (UrbIS addresses, a municipality's own points) with the street, number and postcode fields chosen below, in any CRS. A house number field holding '12 bte 3' gives number 12 and box 3.

Loading again replaces the previous reference in one transaction: a failure or cancel leaves the old one in place. The two tables are not part of the versioned schema; rows without location, street or number are skipped and counted in the log.</source>
        <translation>Charge des points d'adresse officiels dans le GeoPackage de l'écosystème, où « Géocoder des adresses » les trouve hors ligne : la couche de points address_points (EPSG:31370 : rue en français et en néerlandais, numéro, boîte, code postal, code INS) et la table streets (une ligne par rue et code postal, avec son point central).

INPUT est soit le CSV « openaddress » BeST du SPF BOSA pour Bruxelles (reconnu à ses colonnes EPSG:31370_x, streetname_fr, house_number... ; lu directement, adresses retirées écartées), soit toute couche de points (adresses UrbIS, points propres d'une commune) avec les champs rue, numéro et code postal choisis ci-dessous, dans n'importe quel SCR. Un champ numéro contenant « 12 bte 3 » donne le numéro 12 et la boîte 3.

Un nouveau chargement remplace la référence précédente en une transaction : un échec ou une annulation laisse l'ancienne en place. Les deux tables ne font pas partie du schéma versionné ; les lignes sans position, rue ou numéro sont ignorées et comptées dans le journal.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>graph</source>
        <translation>graphe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>centrality</source>
        <translation>centralité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>betweenness</source>
        <translation>intermédiarité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>pagerank</source>
        <translation>pagerank</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>community</source>
        <translation>communauté</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>louvain</source>
        <translation>louvain</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>closeness</source>
        <translation>proximité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>eigenvector</source>
        <translation>vecteur propre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>k-core</source>
        <translation>k-cœur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>Measures each entity's place in the relationship network and writes the entities (points, EPSG:31370) with these fields, styled on loading (size by betweenness, colour by community):
- degree_in, degree_out, degree: relationships received, given and in all (in a directed network a link both ways counts in both; in an undirected one the three are equal); weighted_degree: the same counting every relationship between the two entities;
- betweenness (0–1): share of the shortest paths between other entities that pass through the entity (1 for the centre of a star): brokers between groups score high;
- closeness (0–1): how few steps the entity is from those that reach it, scaled by the share of the network that reaches it (Wasserman–Faust, as networkx);
- pagerank (sums to 1): importance from being linked to by important entities (damping 0.85);
- eigenvector (unit length): importance from important neighbours, directions ignored;
- k_core: the largest k such that the entity belongs to a group where everyone has at least k links;
- clustering (0–1): share of the entity's pairs of neighbours that are linked themselves;
- community, community_size: Louvain communities (modularity, seeded by SEED so a rerun gives the same ids), numbered 1, 2, … from the largest;
- network: the relation type analysed (BY_TYPE) or 'all'; betweenness_pivots: empty when betweenness and closeness are exact, else the pivots both were estimated from (closeness then uses the mean distance from the pivots that reach the entity).

Maths: shortest paths count steps (relationships), not metres. Eigenvector, clustering and communities use the network without directions; k_core counts in- plus out-links. An entity without relationships has every centrality 0 and a community of its own.</source>
        <translation>Mesure la place de chaque entité dans le réseau des relations et écrit les entités (points, EPSG:31370) avec ces champs, stylées au chargement (taille selon l'intermédiarité, couleur selon la communauté) :
- degree_in, degree_out, degree : relations reçues, données et au total (dans un réseau orienté, un lien dans les deux sens compte dans les deux ; dans un réseau non orienté, les trois sont égaux) ; weighted_degree : la même chose en comptant chaque relation entre les deux entités ;
- betweenness (0–1) : part des plus courts chemins entre d'autres entités qui passent par l'entité (1 pour le centre d'une étoile) : les intermédiaires entre groupes ont une valeur élevée ;
- closeness (0–1) : le peu d'étapes qui séparent l'entité de celles qui l'atteignent, pondéré par la part du réseau qui l'atteint (Wasserman–Faust, comme networkx) ;
- pagerank (somme 1) : importance venant des liens reçus d'entités importantes (amortissement 0.85) ;
- eigenvector (longueur unité) : importance venant de voisins importants, directions ignorées ;
- k_core : le plus grand k tel que l'entité appartient à un groupe où chacun a au moins k liens ;
- clustering (0–1) : part des paires de voisins de l'entité qui sont elles-mêmes liées ;
- community, community_size : communautés de Louvain (modularité, graine SEED, donc une nouvelle exécution donne les mêmes identifiants), numérotées 1, 2, … à partir de la plus grande ;
- network : le type de relation analysé (BY_TYPE) ou 'all' ; betweenness_pivots : vide quand l'intermédiarité et la proximité sont exactes, sinon le nombre de pivots dont toutes deux sont estimées (la proximité utilise alors la distance moyenne depuis les pivots qui atteignent l'entité).

Calcul : les plus courts chemins comptent des étapes (relations), pas des mètres. Le vecteur propre, le coefficient de regroupement et les communautés utilisent le réseau sans directions ; k_core compte les liens entrants et sortants. Une entité sans relation a toutes ses centralités à 0 et une communauté à elle seule.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>modularity</source>
        <translation>modularité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>diameter</source>
        <translation>diamètre</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>reciprocity</source>
        <translation>réciprocité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>assortativity</source>
        <translation>assortativité</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>embeddedness</source>
        <translation>ancrage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>The figures of the relationship network that social-network dashboards show, as a table (one row per network: 'all', or each relation type with BY_TYPE) and in the log, and the ecosystem KPIs the monitoring keeps:
- nodes: the chosen entities (with BY_TYPE, those the type links); links: linked pairs (ordered pairs, arcs, when the network is directed);
- density (0–1): links / possible links; reciprocity: share of arcs returned (1 for an undirected network);
- mean_degree: links per entity counted at both ends (2 × links / nodes);
- components: groups of entities connected through relationships (an isolated entity is one), largest_component_share (0–1);
- diameter, mean_path_length: longest and mean shortest path (in steps) within the largest component, directions ignored (with sampled betweenness, from the same pivots: the mean an estimate, the diameter the longest path from a pivot, a lower bound);
- communities, modularity (−0.5–1, above ~0.3 marks clear communities): Louvain, seeded by SEED;
- assortativity (−1–1): do well-linked entities link to each other (&gt; 0) or to the little-linked (&lt; 0); empty when all entities have the same degree;
- KPIs: engagement = links per actor (links / nodes), vitality = density, linking = mean normalised betweenness, embeddedness = share in the main component.</source>
        <translation>Les chiffres du réseau des relations que montrent les tableaux de bord d'analyse de réseaux sociaux, en table (une ligne par réseau : 'all', ou chaque type de relation avec BY_TYPE) et dans le journal, et les indicateurs clés de l'écosystème que garde le suivi :
- nodes : les entités choisies (avec BY_TYPE, celles que le type relie) ; links : paires liées (paires ordonnées, arcs, quand le réseau est orienté) ;
- density (0–1) : liens / liens possibles ; reciprocity : part des arcs rendus (1 pour un réseau non orienté) ;
- mean_degree : liens par entité comptés aux deux bouts (2 × liens / nœuds) ;
- components : groupes d'entités reliées par des relations (une entité isolée en est un), largest_component_share (0–1) ;
- diameter, mean_path_length : plus long et moyen des plus courts chemins (en étapes) dans la plus grande composante, directions ignorées (avec l'intermédiarité échantillonnée, à partir des mêmes pivots : la moyenne est une estimation, le diamètre le plus long chemin depuis un pivot, une borne inférieure) ;
- communities, modularity (−0.5–1, au-dessus de ~0.3 des communautés nettes) : Louvain, graine SEED ;
- assortativity (−1–1) : les entités très liées se lient-elles entre elles (&gt; 0) ou aux peu liées (&lt; 0) ; vide quand toutes les entités ont le même degré ;
- indicateurs clés : engagement = liens par acteur (liens / nœuds), vitalité = densité, mise en relation = intermédiarité normalisée moyenne, ancrage = part dans la composante principale.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>Point pattern statistics (Clark–Evans, Ripley's L)</source>
        <translation>Statistiques de semis de points (Clark–Evans, L de Ripley)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>clark-evans</source>
        <translation>clark-evans</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>nearest neighbour</source>
        <translation>plus proche voisin</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>ripley</source>
        <translation>ripley</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>k function</source>
        <translation>fonction k</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>l function</source>
        <translation>fonction l</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>csr</source>
        <translation>csr</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>envelope</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>monte carlo</source>
        <translation>monte carlo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>point pattern</source>
        <translation>semis de points</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>Are the entities clustered, random or evenly spread, and at which distances? A Clark–Evans ratio R below 1 means clustering (near 0: all at a few places), near 1 randomness, above 1 regular spacing; p says whether the difference from randomness is significant. On the chart, L(r) − r above the envelope at a distance r means clustering at that scale, below it dispersion.</source>
        <translation>Les entités sont-elles agrégées, aléatoires ou régulièrement réparties, et à quelles distances ? Un rapport de Clark–Evans R inférieur à 1 signifie un regroupement (proche de 0 : tout en quelques lieux), proche de 1 le hasard, supérieur à 1 un espacement régulier ; p dit si l'écart au hasard est significatif. Sur le graphique, L(r) − r au-dessus de l'enveloppe à une distance r signifie un regroupement à cette échelle, en dessous une dispersion.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
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
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>Publish web map</source>
        <translation>Publier la carte web</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>leaflet</source>
        <translation>leaflet</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>Writes the public web map of the ecosystem: a folder (or a .zip of it) holding index.html, the data and the Leaflet library, that works opened from disk (file://) or put on any static web host, with no server and no internet connection.

The page lets anyone search entries by name (accents and capitals ignored), filter them by sector, type, service and municipality, see them clustered on the map, open an entry's card (type, sectors, services, audiences, website, public contacts, relationships as links) with a permalink (index.html#entry=uuid), switch between French, Dutch and English, and claim or correct an entry or add their organisation: the form makes a JSON correction file (schema correction.schema.json in the folder) to download or send by e-mail to CONTACT_EMAIL; nothing is sent by the page itself.

Only what the public privacy profile of export_ecosystem publishes appears: active, public, verified or claimed entries, without persons' e-mail and phone; of those, only the fields the page shows (no history, no claimant or verifier, no curation fields). Relationships appear when both entries do and the relationship has not ended.

Background: the 19 municipality polygons, always; the online tile layer of TILE_URL only when the reader's browser can reach it (the page says which). Coordinates are WGS84 degrees rounded to 1e-5 (about 1 m). The page's data for 25 000 entries is under 5 MB. The output appears only once complete; a failure or cancel leaves nothing. A folder output must be new, empty or a previous web map.</source>
        <translation>Écrit la carte web publique de l'écosystème : un dossier (ou un .zip de celui-ci) contenant index.html, les données et la bibliothèque Leaflet, qui fonctionne ouvert depuis le disque (file://) ou déposé sur n'importe quel hébergement web statique, sans serveur ni connexion internet.

La page permet à chacun de chercher des fiches par nom (accents et majuscules ignorés), de les filtrer par secteur, type, service et commune, de les voir regroupées sur la carte, d'ouvrir la fiche d'une entrée (type, secteurs, services, publics, site web, contacts publics, relations sous forme de liens) avec un lien permanent (index.html#entry=uuid), de passer du français au néerlandais et à l'anglais, et de revendiquer ou corriger une fiche ou d'ajouter son organisation : le formulaire produit un fichier de correction JSON (schéma correction.schema.json dans le dossier) à télécharger ou à envoyer par e-mail à CONTACT_EMAIL ; la page elle-même n'envoie rien.

N'apparaît que ce que publie le profil de confidentialité public d'export_ecosystem : les fiches actives, publiques, vérifiées ou revendiquées, sans e-mail ni téléphone des personnes ; de celles-ci, seuls les champs que la page montre (pas d'historique, ni auteur de revendication ou de vérification, ni champs de curation). Les relations apparaissent quand les deux fiches apparaissent et que la relation n'est pas terminée.

Fond : les 19 polygones des communes, toujours ; la couche de tuiles en ligne de TILE_URL seulement quand le navigateur du lecteur peut l'atteindre (la page dit lequel). Les coordonnées sont en degrés WGS84 arrondis à 1e-5 (environ 1 m). Les données de la page pour 25 000 fiches font moins de 5 Mo. La sortie n'apparaît qu'une fois complète ; un échec ou une annulation ne laisse rien. Un dossier de sortie doit être nouveau, vide ou une carte web précédente.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>completeness</source>
        <translation>complétude</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>review</source>
        <translation>révision</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>Lists what to fix in the entities of an ecosystem GeoPackage (opened read-only, never changed): OUTPUT is a table with one row per entity and problem (check, severity, uuid, name, field, value, message, x, y in EPSG:31370); REPORT is an HTML page for people: the figures, a map of the entities to fix (red) among the others (grey), the completeness of each field (% of entities with it filled) and the rows to fix.

Checks: e-mails, websites (http(s) with a host ending in a top-level domain), phone numbers (Belgian +32 / 0 then 8–9 digits, or international +…) and postcodes (one of the municipalities' postcodes) that cannot be used (errors; phones are warnings); entities without a point (error), outside the Brussels Capital Region, whose postcode belongs to another municipality (1050 is accepted for the City of Brussels too), or whose point lies in another municipality than the one they name (warnings); probable duplicates: names similar at 0.85 or more (case, accents, word order and legal forms ignored) within DISTANCE metres (warnings, both entities listed); entities never verified, and not reviewed (last_reviewed empty or older than MONTHS months) (information).

ERRORS and WARNINGS count the findings.</source>
        <translation>Liste ce qu'il faut corriger dans les entités d'un GeoPackage d'écosystème (ouvert en lecture seule, jamais modifié) : OUTPUT est une table avec une ligne par entité et problème (check, severity, uuid, name, field, value, message, x, y en EPSG:31370) ; REPORT est une page HTML à lire : les chiffres, une carte des entités à corriger (en rouge) parmi les autres (en gris), la complétude de chaque champ (% des entités où il est rempli) et les lignes à corriger.

Contrôles : courriels, sites web (http(s) avec un hôte finissant par un domaine de premier niveau), numéros de téléphone (belges +32 / 0 puis 8–9 chiffres, ou internationaux +…) et codes postaux (un des codes postaux des communes) inutilisables (erreurs ; les téléphones sont des avertissements) ; entités sans point (erreur), hors de la Région de Bruxelles-Capitale, dont le code postal appartient à une autre commune (1050 est aussi accepté pour la Ville de Bruxelles), ou dont le point se trouve dans une autre commune que celle qu'elles indiquent (avertissements) ; doublons probables : noms semblables à 0,85 ou plus (casse, accents, ordre des mots et formes juridiques ignorés) à moins de DISTANCE mètres (avertissements, les deux entités listées) ; entités jamais vérifiées, et non revues (last_reviewed vide ou plus ancien que MONTHS mois) (information).

ERRORS et WARNINGS comptent les constats.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>verification</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>queue</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>Lists the entries a curator should look at, one point per entry with the reason: claimed but not yet verified (those whose claimant's e-mail matches the entry's website come first: domain_match = 1, they can be verified fast), never verified, or verified but not reviewed for more than the review period. 'since' is the date of the claim, of the creation, or of the last review. Closed entries are left out.

The ecosystem GeoPackage is only read. Mark entries reviewed or verified from the curation dock.</source>
        <translation>Liste les fiches qu'un curateur devrait examiner, un point par fiche avec la raison : revendiquée mais pas encore vérifiée (d'abord celles dont le courriel du demandeur correspond au site web de la fiche : domain_match = 1, elles peuvent être vérifiées vite), jamais vérifiée, ou vérifiée mais pas revue depuis plus que la période de revue. « since » est la date de la revendication, de la création ou de la dernière revue. Les fiches fermées sont laissées de côté.

Le GeoPackage d'écosystème est seulement lu. Marquez les fiches revues ou vérifiées depuis le panneau de curation.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>Save a portfolio</source>
        <translation>Enregistrer un portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>Keeps a named selection of entities (a portfolio) in the ecosystem GeoPackage, for the analyses' Portfolio filter and Compare portfolios. Give either a filter expression (the portfolio follows the entities: those the expression selects when it is used) or entities (a layer of the ecosystem's entities, often its selected features: the portfolio keeps that list; entities deleted later drop out).

Shared portfolios are listed for every curator; others for their owner (the user running it). Replace overwrites a portfolio of the same name. MEMBERS is the number of entities it holds now.</source>
        <translation>Garde une sélection nommée d'entités (un portefeuille) dans le GeoPackage d'écosystème, pour le filtre Portefeuille des analyses et Comparer des portefeuilles. Donnez soit une expression de filtre (le portefeuille suit les entités : celles que l'expression sélectionne au moment où il est utilisé), soit des entités (une couche des entités de l'écosystème, souvent ses entités sélectionnées : le portefeuille garde cette liste ; les entités supprimées ensuite en sortent).

Les portefeuilles partagés sont listés pour chaque curateur ; les autres pour leur propriétaire (l'utilisateur qui l'exécute). Remplacer écrase un portefeuille du même nom. MEMBERS est le nombre d'entités qu'il contient maintenant.</translation>
    </message>
</context>
</TS>
