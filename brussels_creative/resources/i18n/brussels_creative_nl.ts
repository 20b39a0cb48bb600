<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>BrusselsCreative</name>
    <message>
        <location filename="../../core/analysis/kpi.py"/>
        <source>'{value}' is not a date (YYYY-MM-DD) or an ISO date-time</source>
        <translation>'{value}' is geen datum (JJJJ-MM-DD) of ISO-datum-tijd</translation>
    </message>
    <message>
        <location filename="../../core/analysis/kpi.py"/>
        <source>the series starts on {start} after it ends on {end}</source>
        <translation>de reeks begint op {start}, na haar einde op {end}</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>claimed_by: a claim needs the contact's name or e-mail</source>
        <translation>claimed_by: een claim vraagt de naam of het e-mailadres van de contactpersoon</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>entity {uuid}: no such entity in {file}</source>
        <translation>entiteit {uuid}: geen zulke entiteit in {file}</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>entity {uuid}: no such entity in {file} (and {more} more)</source>
        <translation>entiteit {uuid}: geen zulke entiteit in {file} (en nog {more})</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>relationship {uuid}: no such relationship in {file}</source>
        <translation>relatie {uuid}: geen zulke relatie in {file}</translation>
    </message>
    <message>
        <location filename="../../core/curation/claims.py"/>
        <source>relationship {uuid}: entity {end} is neither of its ends, so cannot confirm it</source>
        <translation>relatie {uuid}: entiteit {end} is geen van beide uiteinden en kan ze dus niet bevestigen</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>unknown field</source>
        <translation>onbekend veld</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>markup or a script in the text</source>
        <translation>opmaakcode of een script in de tekst</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>control or invisible characters in the text</source>
        <translation>stuur- of onzichtbare tekens in de tekst</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>a text is expected, not {kind}</source>
        <translation>een tekst wordt verwacht, geen {kind}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>longer than {limit} characters ({length})</source>
        <translation>langer dan {limit} tekens ({length})</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not of the expected form: {value}</source>
        <translation>niet in de verwachte vorm: {value}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not a code of {table}: {codes}</source>
        <translation>geen code van {table}: {codes}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not a correction file: the JSON is not an object</source>
        <translation>geen correctiebestand: de JSON is geen object</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not a {format} file of version {version}</source>
        <translation>geen {format}-bestand van versie {version}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be 'correction' or 'new'</source>
        <translation>moet 'correction' of 'new' zijn</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not an entity id: {value}</source>
        <translation>geen entiteits-id: {value}</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>no entity {uuid} in this file</source>
        <translation>geen entiteit {uuid} in dit bestand</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>a new organisation has no entity id and no claim</source>
        <translation>een nieuwe organisatie heeft geen entiteits-id en geen claim</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not a UTC date-time (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>geen UTC-datum en -tijd (JJJJ-MM-DDTUU:MM:SSZ)</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be fr, nl or en</source>
        <translation>moet fr, nl of en zijn</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be an object with name and email</source>
        <translation>moet een object met name en email zijn</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>must be a list of distinct codes</source>
        <translation>moet een lijst van verschillende codes zijn</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>a new organisation needs a name</source>
        <translation>een nieuwe organisatie heeft een naam nodig</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>the file claims nothing, proposes nothing and has no comment</source>
        <translation>het bestand claimt niets, stelt niets voor en heeft geen opmerking</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>larger than {limit} KiB ({size} bytes): not a correction file</source>
        <translation>groter dan {limit} KiB ({size} bytes): geen correctiebestand</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>cannot be read ({error})</source>
        <translation>kan niet gelezen worden ({error})</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not UTF-8 text</source>
        <translation>geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>not JSON (line {line}, column {column}: {error})</source>
        <translation>geen JSON (regel {line}, kolom {column}: {error})</translation>
    </message>
    <message>
        <location filename="../../core/curation/corrections.py"/>
        <source>already imported (the same file was read before)</source>
        <translation>al geïmporteerd (hetzelfde bestand werd al gelezen)</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>name: a portfolio needs a name</source>
        <translation>name: een portefeuille heeft een naam nodig</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>portfolio {name!r}: give either an expression or a list of entities</source>
        <translation>portefeuille {name!r}: geef ofwel een expressie, ofwel een lijst van entiteiten</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>portfolio {name!r}: entity {uuid} is not in the file</source>
        <translation>portefeuille {name!r}: entiteit {uuid} staat niet in het bestand</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>portfolio {name!r}: {error}</source>
        <translation>portefeuille {name!r}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>portfolio {name!r}: no such portfolio in {file}</source>
        <translation>portefeuille {name!r}: geen zulke portefeuille in {file}</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>PORTFOLIO: no portfolio named {name!r} in this file (there are: {names})</source>
        <translation>PORTFOLIO: geen portefeuille met de naam {name!r} in dit bestand (er zijn: {names})</translation>
    </message>
    <message>
        <location filename="../../core/curation/portfolios.py"/>
        <source>PORTFOLIO: no portfolio named {name!r} in this file (it has none)</source>
        <translation>PORTFOLIO: geen portefeuille met de naam {name!r} in dit bestand (het heeft er geen)</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: {field} changed since it was proposed (then {then!r}, now {now!r}, proposed {proposed!r})</source>
        <translation>voorstel {fid}: {field} is gewijzigd sinds het voorstel (toen {then!r}, nu {now!r}, voorgesteld {proposed!r})</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>field {field!r}: not a field a proposal can change (one of {fields})</source>
        <translation>veld {field!r}: geen veld dat een voorstel kan wijzigen (een van {fields})</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>entity {uuid}: no such entity, so no change can be proposed for it</source>
        <translation>entiteit {uuid}: deze entiteit bestaat niet, dus er kan geen wijziging voor worden voorgesteld</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>field {field!r}: not a field of a new entity</source>
        <translation>veld {field!r}: geen veld van een nieuwe entiteit</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>name: a new entity needs a name</source>
        <translation>name: een nieuwe entiteit heeft een naam nodig</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: no such proposal in {file}</source>
        <translation>voorstel {fid}: geen zulk voorstel in {file}</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: already decided by another curator</source>
        <translation>voorstel {fid}: al door een andere curator beslist</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: a rejection needs a reason</source>
        <translation>voorstel {fid}: een afwijzing vraagt een reden</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: already {status} by {curator} at {at}</source>
        <translation>voorstel {fid}: al {status} door {curator} op {at}</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: entity {uuid} no longer exists</source>
        <translation>voorstel {fid}: entiteit {uuid} bestaat niet meer</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: {field} = {value!r} breaks a rule of the file: {error}</source>
        <translation>voorstel {fid}: {field} = {value!r} breekt een regel van het bestand: {error}</translation>
    </message>
    <message>
        <location filename="../../core/curation/proposals.py"/>
        <source>proposal {fid}: the new entity breaks a rule of the file: {error}</source>
        <translation>voorstel {fid}: de nieuwe entiteit breekt een regel van het bestand: {error}</translation>
    </message>
    <message>
        <location filename="../../core/errors.py"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location filename="../../core/intake/address_reference.py"/>
        <source>{path_name}: the file is empty</source>
        <translation>{path_name}: het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../core/intake/address_reference.py"/>
        <source>{path_name} is not a BeST openaddress CSV: missing column(s) {choices}</source>
        <translation>{path_name} is geen BeST-openaddress-CSV: ontbrekende kolom(men) {choices}</translation>
    </message>
    <message>
        <location filename="../../core/intake/address_reference.py"/>
        <source>the address source holds no usable address point (street, number and location)</source>
        <translation>de adresbron bevat geen bruikbaar adrespunt (straat, nummer en locatie)</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>no street</source>
        <translation>geen straat</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>ambiguous: {label} names different streets in {places}</source>
        <translation>dubbelzinnig: {label} benoemt verschillende straten in {places}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>ambiguous: {key} is as close to {best} as to {rival}</source>
        <translation>dubbelzinnig: {key} ligt even dicht bij {best} als bij {rival}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street type or language differs from {label}</source>
        <translation>straattype of taal verschilt van {label}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street type or language differs from {label} (in {found})</source>
        <translation>straattype of taal verschilt van {label} (in {found})</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>spelling corrected from {label}</source>
        <translation>spelling verbeterd van {label}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>spelling corrected from {label} (in {found})</source>
        <translation>spelling verbeterd van {label} (in {found})</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{name} holds no address reference: run 'Load address reference' first ({error})</source>
        <translation>{name} bevat geen adresreferentie: voer eerst 'Load address reference' uit ({error})</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{name}: the address reference is empty</source>
        <translation>{name}: de adresreferentie is leeg</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>geocode: give a free-text address column or a street column</source>
        <translation>geocoderen: geef een kolom met vrije adrestekst of een straatkolom</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>geocode: the address columns have different lengths</source>
        <translation>geocoderen: de adreskolommen zijn niet even lang</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>postcode {code} is not in the reference</source>
        <translation>postcode {code} staat niet in de referentie</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>municipality {name} unknown</source>
        <translation>gemeente {name} onbekend</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street {label} unreadable</source>
        <translation>straat {label} onleesbaar</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{label} is not in {scope}; found in {found}</source>
        <translation>{label} ligt niet in {scope}; gevonden in {found}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street {label} not found in {scope} or nearby</source>
        <translation>straat {label} niet gevonden in {scope} of in de buurt</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street {label} not found</source>
        <translation>straat {label} niet gevonden</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>give the house number, postcode or municipality</source>
        <translation>geef het huisnummer, de postcode of de gemeente</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>give the postcode or municipality</source>
        <translation>geef de postcode of de gemeente</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} found only in {found} (same name in {others})</source>
        <translation>nummer {number} alleen gevonden in {found} (zelfde naam in {others})</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>no house number: the street's middle</source>
        <translation>geen huisnummer: het midden van de straat</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>box {box} not in the reference: the building's point</source>
        <translation>bus {box} niet in de referentie: het punt van het gebouw</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>range {first}-{last}: number {number} used</source>
        <translation>reeks {first}-{last}: nummer {number} gebruikt</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{label} not in the reference: number {number} used</source>
        <translation>{label} niet in de referentie: nummer {number} gebruikt</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} not on the street in {postcode}: found on the street of the same name in {found}</source>
        <translation>nummer {number} niet in de straat in {postcode}: gevonden in de straat met dezelfde naam in {found}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} is outside the street's even numbers: the street's middle</source>
        <translation>nummer {number} valt buiten de even nummers van de straat: het midden van de straat</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} is outside the street's odd numbers: the street's middle</source>
        <translation>nummer {number} valt buiten de oneven nummers van de straat: het midden van de straat</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} not in the reference: between {low} and {high}</source>
        <translation>nummer {number} niet in de referentie: tussen {low} en {high}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>number {number} beyond the street's last number on that side: placed at {value}</source>
        <translation>nummer {number} voorbij het laatste nummer aan die kant van de straat: geplaatst op {value}</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{why} and no postcode</source>
        <translation>{why} en geen postcode</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>{why}: the postcode's centre</source>
        <translation>{why}: het midden van de postcode</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location filename="../../core/intake/geocoding.py"/>
        <source>street not in {code}: found in {found}</source>
        <translation>straat niet in {code}: gevonden in {found}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>no location: load an address reference and geocode</source>
        <translation>geen locatie: laad een adresreferentie en geocodeer</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>{column} missing</source>
        <translation>{column} ontbreekt</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown entity type {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>onbekend entiteitstype {given}: geen code of Engels, Frans of Nederlands label van {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown sector {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>onbekende sector {given}: geen code of Engels, Frans of Nederlands label van {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown service {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>onbekende dienst {given}: geen code of Engels, Frans of Nederlands label van {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown audience {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>onbekend doelpubliek {given}: geen code of Engels, Frans of Nederlands label van {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown size class {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>onbekende grootteklasse {given}: geen code of Engels, Frans of Nederlands label van {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown municipality {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>onbekende gemeente {given}: geen code of Engels, Frans of Nederlands label van {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown status {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>onbekende status {given}: geen code of Engels, Frans of Nederlands label van {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>unknown visibility {given}: not a code or an English, French or Dutch label of {table}</source>
        <translation>onbekende zichtbaarheid {given}: geen code of Engels, Frans of Nederlands label van {table}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>no match</source>
        <translation>geen overeenkomst</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>COORDINATE_CRS: {crs!r} is not a CRS</source>
        <translation>COORDINATE_CRS: {crs!r} is geen CRS</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>MODE: {mode!r} is not {ALL_OR_NOTHING} or {VALID_ROWS}</source>
        <translation>MODE: {mode!r} is geen {ALL_OR_NOTHING} of {VALID_ROWS}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>DUPLICATES: {duplicates!r} is not {SKIP} or {UPDATE}</source>
        <translation>DUPLICATES: {duplicates!r} is geen {SKIP} of {UPDATE}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>DISTANCE: {distance_m} must be zero or more metres</source>
        <translation>DISTANCE: {distance_m} moet nul of meer meter zijn</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>INPUT: no column for the name (columns: {choices}); name one with MAPPING, e.g. name=Organisation</source>
        <translation>INPUT: geen kolom voor de naam (kolommen: {choices}); wijs er een aan met MAPPING, bv. name=Organisatie</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>INPUT: a {present} column without its {value} column</source>
        <translation>INPUT: een kolom {present} zonder haar kolom {value}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>DEFAULT_TYPE: {default_type!r} is not an entity type</source>
        <translation>DEFAULT_TYPE: {default_type!r} is geen entiteitstype</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>{values} values for {columns} columns (an unquoted delimiter inside a value?)</source>
        <translation>{values} waarden voor {columns} kolommen (een scheidingsteken zonder aanhalingstekens in een waarde?)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>the name is empty (bc_name_required)</source>
        <translation>de naam is leeg (bc_name_required)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a uuid</source>
        <translation>geen uuid</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>no entity type: map a type column or choose DEFAULT_TYPE</source>
        <translation>geen entiteitstype: koppel een typekolom of kies DEFAULT_TYPE</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a Brussels postcode: four digits from 1000 to 1299 (bc_postcode_shape)</source>
        <translation>geen Brusselse postcode: vier cijfers van 1000 tot 1299 (bc_postcode_shape)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a web address http(s)://host.tld (bc_website_shape)</source>
        <translation>geen webadres http(s)://host.tld (bc_website_shape)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not an e-mail address name@host.tld (bc_email_shape)</source>
        <translation>geen e-mailadres naam@host.tld (bc_email_shape)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>not a year</source>
        <translation>geen jaar</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>the founding year must lie between 1800 and next year</source>
        <translation>het oprichtingsjaar moet tussen 1800 en volgend jaar liggen</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>{first} and {second} were swapped (the point fell outside Brussels); read the other way</source>
        <translation>{first} en {second} waren verwisseld (het punt viel buiten Brussel); andersom gelezen</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>address not found: {why}</source>
        <translation>adres niet gevonden: {why}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>no location: no geometry, no coordinates and no address</source>
        <translation>geen locatie: geen geometrie, geen coördinaten en geen adres</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>the point (EPSG:31370 {x}, {y}) lies outside the Brussels Capital Region</source>
        <translation>het punt (EPSG:31370 {x}, {y}) ligt buiten het Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>duplicate of row {other} in the file (same uuid)</source>
        <translation>dubbel van rij {other} in het bestand (zelfde uuid)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>duplicate of row {other} in the file (same name, {distance} m apart)</source>
        <translation>dubbel van rij {other} in het bestand (zelfde naam, {distance} m uit elkaar)</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>refused by {ecosystem}: {error}</source>
        <translation>geweigerd door {ecosystem}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>only the postcode was found ({why})</source>
        <translation>alleen de postcode werd gevonden ({why})</translation>
    </message>
    <message>
        <location filename="../../core/intake/importer.py"/>
        <source>only the postcode was found</source>
        <translation>alleen de postcode werd gevonden</translation>
    </message>
    <message>
        <location filename="../../core/intake/mapping.py"/>
        <source>MAPPING: {value!r} is not target=column</source>
        <translation>MAPPING: {value!r} heeft niet de vorm doel=kolom</translation>
    </message>
    <message>
        <location filename="../../core/intake/mapping.py"/>
        <source>MAPPING: unknown field {target!r}; fields are {choices}</source>
        <translation>MAPPING: onbekend veld {target!r}; de velden zijn {choices}</translation>
    </message>
    <message>
        <location filename="../../core/intake/mapping.py"/>
        <source>MAPPING: {target}={header!r} but the input has no such column (columns: {choices})</source>
        <translation>MAPPING: {target}={header!r} maar de invoer heeft die kolom niet (kolommen: {choices})</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Invalid e-mail</source>
        <translation>Ongeldig e-mailadres</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Invalid website</source>
        <translation>Ongeldige website</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Invalid phone number</source>
        <translation>Ongeldig telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Invalid postcode</source>
        <translation>Ongeldige postcode</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>No location</source>
        <translation>Geen locatie</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Outside the region</source>
        <translation>Buiten het gewest</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Postcode of another municipality</source>
        <translation>Postcode van een andere gemeente</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Point in another municipality</source>
        <translation>Punt in een andere gemeente</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Probable duplicate</source>
        <translation>Waarschijnlijk dubbel</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Never verified</source>
        <translation>Nooit geverifieerd</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Not reviewed recently</source>
        <translation>Niet recent nagekeken</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>Data quality report</source>
        <translation>Rapport over de gegevenskwaliteit</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../gui/portfolios_panel.py"/>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Entities</source>
        <translation>Entiteiten</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Entities with an error or a warning</source>
        <translation>Entiteiten met een fout of een waarschuwing</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Probable duplicates: similar names within {} m. Not reviewed: for more than {} months.</source>
        <translation>Waarschijnlijke dubbels: gelijkende namen binnen {} m. Niet nagekeken: sinds meer dan {} maanden.</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Map of the entities to fix</source>
        <translation>Kaart van de te verbeteren entiteiten</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Red: an error or a warning; grey: the other entities.</source>
        <translation>Rood: een fout of een waarschuwing; grijs: de andere entiteiten.</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Completeness</source>
        <translation>Volledigheid</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Filled</source>
        <translation>Ingevuld</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Rows to fix</source>
        <translation>Te verbeteren rijen</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>… and {} more rows in the findings layer.</source>
        <translation>… en nog {} rijen in de laag met bevindingen.</translation>
    </message>
    <message>
        <location filename="../../core/intake/quality.py"/>
        <source>Nothing to fix.</source>
        <translation>Niets te verbeteren.</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path} is not a file</source>
        <translation>INPUT: {path} is geen bestand</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} line {line_num}: {error}</source>
        <translation>INPUT: {path_name} regel {line_num}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} is empty (no header line)</source>
        <translation>INPUT: {path_name} is leeg (geen kopregel)</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read as {encoding}, delimiter semicolon, {rows} rows</source>
        <translation>gelezen als {encoding}, scheidingsteken puntkomma, {rows} rijen</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read as {encoding}, delimiter comma, {rows} rows</source>
        <translation>gelezen als {encoding}, scheidingsteken komma, {rows} rijen</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read as {encoding}, delimiter tab, {rows} rows</source>
        <translation>gelezen als {encoding}, scheidingsteken tab, {rows} rijen</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read as {encoding}, delimiter vertical bar, {rows} rows</source>
        <translation>gelezen als {encoding}, scheidingsteken verticale streep, {rows} rijen</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} cannot be read ({error})</source>
        <translation>INPUT: {path_name} kan niet gelezen worden ({error})</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} has no layer {layer!r}</source>
        <translation>INPUT: {path_name} heeft geen laag {layer!r}</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>INPUT: {path_name} has geometries but no CRS; assign one first</source>
        <translation>INPUT: {path_name} heeft geometrieën maar geen CRS; wijs er eerst een toe</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read spreadsheet {name}: {rows} rows</source>
        <translation>rekenblad {name} gelezen: {rows} rijen</translation>
    </message>
    <message>
        <location filename="../../core/intake/reader.py"/>
        <source>read layer {name}: {rows} rows</source>
        <translation>laag {name} gelezen: {rows} rijen</translation>
    </message>
    <message>
        <location filename="../../core/publish/charts.py"/>
        <source>{path}: a chart is written as .png, .svg or .pdf</source>
        <translation>{path}: een grafiek wordt geschreven als .png, .svg of .pdf</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>PROFILE: unknown privacy profile {profile!r}; one of {choices}</source>
        <translation>PROFILE: onbekend privacyprofiel {profile!r}; een van {choices}</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>{name}: {value!r} is not an ISO date (YYYY-MM-DD)</source>
        <translation>{name}: {value!r} is geen ISO-datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>FORMAT: unknown format {format!r}; one of {choices}</source>
        <translation>FORMAT: onbekend formaat {format!r}; een van {choices}</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <location filename="../../core/publish/webmap.py"/>
        <source>LANGUAGE: unknown language {language!r}; one of {choices}</source>
        <translation>LANGUAGE: onbekende taal {language!r}; een van {choices}</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <location filename="../../core/publish/webmap.py"/>
        <source>INPUT: {source} does not exist</source>
        <translation>INPUT: {source} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>INPUT: {source} is not a Brussels Creative ecosystem GeoPackage (no schema version)</source>
        <translation>INPUT: {source} is geen Brussels Creative-ecosysteem-GeoPackage (geen schemaversie)</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>INPUT: {source} uses schema version {version}, newer than this plugin's {SCHEMA_VERSION}</source>
        <translation>INPUT: {source} gebruikt schemaversie {version}, nieuwer dan die van deze plug-in ({SCHEMA_VERSION})</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>INPUT: {source} uses the older schema version {version}; the export opens it read-only and cannot upgrade it: open it once with the plugin (it is upgraded after a backup), then export again</source>
        <translation>INPUT: {source} gebruikt de oudere schemaversie {version}; de export opent het alleen-lezen en kan het niet bijwerken: open het eenmaal met de plug-in (het wordt bijgewerkt na een reservekopie) en exporteer opnieuw</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target} is the source itself; choose another name</source>
        <translation>OUTPUT: {target} is de bron zelf; kies een andere naam</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <location filename="../../core/publish/webmap.py"/>
        <source>OUTPUT: the folder {parent} does not exist</source>
        <translation>OUTPUT: de map {parent} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target_name} must end with {choices} for {format}</source>
        <translation>OUTPUT: {target_name} moet eindigen op {choices} voor {format}</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target} is a file; a shapefile set needs a folder</source>
        <translation>OUTPUT: {target} is een bestand; een set shapefiles vraagt een map</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target} is a folder with other files; choose an empty or new folder (a previous shapefile export, holding nothing else, is replaced)</source>
        <translation>OUTPUT: {target} is een map met andere bestanden; kies een lege of nieuwe map (een vorige shapefile-export, zonder iets anders, wordt vervangen)</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>OUTPUT: {target} is a folder; give a file name</source>
        <translation>OUTPUT: {target} is een map; geef een bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../core/publish/export.py"/>
        <source>the source breaks a rule of the ecosystem file while copied: {error}</source>
        <translation>de bron breekt een regel van het ecosysteembestand tijdens het kopiëren: {error}</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>{path} is not a web map data file</source>
        <translation>{path} is geen gegevensbestand van een webkaart</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>OUTPUT: {target} is a folder; give a .zip file name or a folder without .zip</source>
        <translation>OUTPUT: {target} is een map; geef een .zip-bestandsnaam of een map zonder .zip</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>OUTPUT: {target} is a file; give a new folder or a name ending with .zip</source>
        <translation>OUTPUT: {target} is een bestand; geef een nieuwe map of een naam die op .zip eindigt</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>OUTPUT: {target} is a folder with other files; choose an empty or new folder (a previous web map, with its index.html and data.js, is replaced)</source>
        <translation>OUTPUT: {target} is een map met andere bestanden; kies een lege of nieuwe map (een vorige webkaart, met haar index.html en data.js, wordt vervangen)</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>CONTACT_EMAIL: {email!r} is not an e-mail address</source>
        <translation>CONTACT_EMAIL: {email!r} is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../core/publish/webmap.py"/>
        <source>TILE_URL: {tile_url!r} must be an https:// URL template with {{z}}, {{x}} and {{y}}, or empty</source>
        <translation>TILE_URL: {tile_url!r} moet een https://-URL-sjabloon met {{z}}, {{x}} en {{y}} zijn, of leeg</translation>
    </message>
    <message>
        <location filename="../../core/sample/generator.py"/>
        <source>generate_sample: n must be a positive whole number of entities, not {n!r}</source>
        <translation>generate_sample: n moet een positief geheel aantal entiteiten zijn, niet {n!r}</translation>
    </message>
    <message>
        <location filename="../../core/sample/generator.py"/>
        <source>generate_sample: seed must be a whole number from 0, not {seed!r}</source>
        <translation>generate_sample: de seed moet een geheel getal vanaf 0 zijn, niet {seed!r}</translation>
    </message>
    <message>
        <location filename="../../core/sample/generator.py"/>
        <source>generate_sample: {path} already holds entities or relationships; a sample is generated into an empty ecosystem file</source>
        <translation>generate_sample: {path} bevat al entiteiten of relaties; een staal wordt gegenereerd in een leeg ecosysteembestand</translation>
    </message>
    <message>
        <location filename="../../core/sample/generator.py"/>
        <source>sample history: {error}</source>
        <translation>geschiedenis van het staal: {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/base.py"/>
        <source>entity {value!r}: {error}</source>
        <translation>entiteit {value!r}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/base.py"/>
        <source>{table} of entity {uuid}: {error}</source>
        <translation>{table} van entiteit {uuid}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/base.py"/>
        <source>relationship {source_uuid} → {target_uuid}: {error}</source>
        <translation>relatie {source_uuid} → {target_uuid}: {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path}: no such file</source>
        <translation>{path}: bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path}: an ecosystem file must have the .gpkg extension</source>
        <translation>{path}: een ecosysteembestand moet de extensie .gpkg hebben</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>{path} already exists; choose another name or allow overwriting</source>
        <translation>{path} bestaat al; kies een andere naam of sta overschrijven toe</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path} is not a Brussels Creative ecosystem GeoPackage (no bc_meta schema version)</source>
        <translation>{path} is geen Brussels Creative-ecosysteem-GeoPackage (geen bc_meta-schemaversie)</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path} uses schema version {version}, newer than this plugin's {SCHEMA_VERSION}: update the Brussels Creative plugin to open it (the file was not changed)</source>
        <translation>{path} gebruikt schemaversie {version}, nieuwer dan die van deze plug-in ({SCHEMA_VERSION}): werk de Brussels Creative-plug-in bij om het te openen (het bestand is niet gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../core/store/ecosystem.py"/>
        <source>{path} uses schema version {version}; it needs an upgrade</source>
        <translation>{path} gebruikt schemaversie {version}; het moet bijgewerkt worden</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/area_counts.py"/>
        <source>the count was canceled in the database</source>
        <translation>de telling werd in de database geannuleerd</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/connection.py"/>
        <location filename="../../core/store/postgis/ecosystem.py"/>
        <source>{schema}: the database refused: {error}</source>
        <translation>{schema}: de database weigerde: {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>{table}: the row after fid {fid} holds text that is not UTF-8 ({error}); correct it in the GeoPackage first</source>
        <translation>{table}: de rij na fid {fid} bevat tekst die geen UTF-8 is ({error}); verbeter ze eerst in de GeoPackage</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>{table}: the columns {columns} have no place in the target; the copy would lose them</source>
        <translation>{table}: de kolommen {columns} hebben geen plaats in het doel; de kopie zou ze verliezen</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>the copy was canceled; nothing was written</source>
        <translation>de kopie werd geannuleerd; er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>SCHEMA: {schema} holds no ecosystem</source>
        <translation>SCHEMA: {schema} bevat geen ecosysteem</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/copy.py"/>
        <source>SCHEMA: {schema} is at version {version}, this plugin copies version {latest}: its curator upgrades it first</source>
        <translation>SCHEMA: {schema} staat op versie {version}, deze plugin kopieert versie {latest}: de curator werkt het eerst bij</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/ecosystem.py"/>
        <source>{where} holds no ecosystem of schema version {latest} (found: {version})</source>
        <translation>{where} bevat geen ecosysteem met schemaversie {latest} (gevonden: {version})</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/migrations.py"/>
        <source>the PostGIS migrations are not numbered 1, 2, 3, …: {files}</source>
        <translation>de PostGIS-migraties zijn niet genummerd 1, 2, 3, …: {files}</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/migrations.py"/>
        <source>SCHEMA: {name!r} is not a schema name: lower-case letters, digits and underscores, starting with a letter, at most 63 characters</source>
        <translation>SCHEMA: {name!r} is geen schemanaam: kleine letters, cijfers en underscores, beginnend met een letter, hoogstens 63 tekens</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/migrations.py"/>
        <source>schema {schema} is at version {version}, newer than this plugin's {latest}: update the plugin</source>
        <translation>schema {schema} heeft versie {version}, nieuwer dan die van deze plug-in ({latest}): werk de plug-in bij</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/source.py"/>
        <source>The input layer has no field {column} to filter on</source>
        <translation>De invoerlaag heeft geen veld {column} om op te filteren</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/source.py"/>
        <source>SECTORS: filtering by sector needs the entities of an ecosystem</source>
        <translation>SECTORS: filteren op sector vereist de entiteiten van een ecosysteem</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/store.py"/>
        <source>cannot connect to the database: {error}</source>
        <translation>kan geen verbinding maken met de database: {error}</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/store.py"/>
        <source>the database has no PostGIS: its owner runs CREATE EXTENSION postgis; first</source>
        <translation>de database heeft geen PostGIS: de eigenaar voert eerst CREATE EXTENSION postgis; uit</translation>
    </message>
    <message>
        <location filename="../../core/store/postgis/store.py"/>
        <source>SCHEMA: {schema} holds an ecosystem already</source>
        <translation>SCHEMA: {schema} bevat al een ecosysteem</translation>
    </message>
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
        <location filename="../../gui/review_panel.py"/>
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
        <source>The layer is not the entities layer of an ecosystem</source>
        <translation>De laag is niet de entiteitenlaag van een ecosysteem</translation>
    </message>
    <message>
        <location filename="../../gui/connect_tool.py"/>
        <source>Cannot open the relationships table of this ecosystem</source>
        <translation>De relatietabel van dit ecosysteem kan niet worden geopend</translation>
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
        <location filename="../../gui/curation_actions.py"/>
        <source>Propose a change</source>
        <translation>Een wijziging voorstellen</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Change the values to propose; a curator approves or rejects each change. Codes of sectors, services and audiences are separated by commas (primary sector first).</source>
        <translation>Wijzig de waarden die u voorstelt; een curator keurt elke wijziging goed of af. Codes van sectoren, diensten en doelgroepen worden gescheiden door komma's (hoofdsector eerst).</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>form</source>
        <translation>formulier</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>founded_year: a year is a number ({})</source>
        <translation>founded_year: een jaar is een getal ({})</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Nothing changed: change a value to propose it</source>
        <translation>Er is niets gewijzigd: wijzig een waarde om ze voor te stellen</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Say who proposes the change</source>
        <translation>Geef aan wie de wijziging voorstelt</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Claim this entity</source>
        <translation>Deze entiteit claimen</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Contact's name</source>
        <translation>Naam van de contactpersoon</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Contact's e-mail</source>
        <translation>E-mailadres van de contactpersoon</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Propose a change to the selected entity…</source>
        <translation>Een wijziging van de geselecteerde entiteit voorstellen…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Record a claim of the selected entity…</source>
        <translation>Een claim van de geselecteerde entiteit registreren…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Verify the selected entities</source>
        <translation>De geselecteerde entiteiten verifiëren</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Mark the selected entities reviewed</source>
        <translation>De geselecteerde entiteiten als nagekeken markeren</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Confirm the selected relationship…</source>
        <translation>De geselecteerde relatie bevestigen…</translation>
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
        <translation>Selecteer eerst entiteiten in de laag met entiteiten van een ecosysteem</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select a relationship in the relationships layer of an ecosystem first</source>
        <translation>Selecteer eerst een relatie in de laag met relaties van een ecosysteem</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select one entity</source>
        <translation>Selecteer één entiteit</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select the entities first</source>
        <translation>Selecteer eerst de entiteiten</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>{} proposals stored for a curator</source>
        <translation>{} voorstellen opgeslagen voor een curator</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Claim recorded; the e-mail's domain matches the website: it can be verified fast</source>
        <translation>Claim geregistreerd; het domein van het e-mailadres past bij de website: ze kan snel geverifieerd worden</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Claim recorded</source>
        <translation>Claim geregistreerd</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Select one relationship</source>
        <translation>Selecteer één relatie</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Confirm the relationship</source>
        <translation>De relatie bevestigen</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Which entity confirms it?</source>
        <translation>Welke entiteit bevestigt ze?</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Who confirms it (name or e-mail)?</source>
        <translation>Wie bevestigt ze (naam of e-mailadres)?</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Relationship confirmed by both ends: mutual</source>
        <translation>Relatie door beide kanten bevestigd: wederzijds</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <source>Relationship confirmed by one end</source>
        <translation>Relatie door één kant bevestigd</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>{} entities verified</source>
        <translation>{} entiteiten geverifieerd</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>{} entities marked reviewed</source>
        <translation>{} entiteiten als nagekeken gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Brussels Creative curation</source>
        <translation>Curatie Brussels Creative</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Signed as</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>The name stamped on your decisions, kept in the plugin's settings</source>
        <translation>De naam op uw beslissingen, bewaard in de instellingen van de plug-in</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Read the file again (another curator may have decided meanwhile)</source>
        <translation>Het bestand opnieuw lezen (een andere curator heeft intussen misschien beslist)</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Curating {}</source>
        <translation>Curatie van {}</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>No ecosystem open: Brussels Creative ▸ Open ecosystem…</source>
        <translation>Geen ecosysteem open: Brussels Creative ▸ Ecosysteem openen…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Proposals ({})</source>
        <translation>Voorstellen ({})</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Review queue ({})</source>
        <translation>Na te kijken ({})</translation>
    </message>
    <message>
        <location filename="../../gui/curation_dock.py"/>
        <source>Portfolios ({})</source>
        <translation>Portefeuilles ({})</translation>
    </message>
    <message>
        <location filename="../../gui/curation_panel.py"/>
        <source>The entities layer of this ecosystem is not in the project: open the ecosystem again</source>
        <translation>De entiteitenlaag van dit ecosysteem zit niet in het project: open het ecosysteem opnieuw</translation>
    </message>
    <message>
        <location filename="../../gui/curation_panel.py"/>
        <source>The entity has no location yet, or is no longer in the file</source>
        <translation>De entiteit heeft nog geen locatie, of staat niet meer in het bestand</translation>
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
        <location filename="../../gui/portfolios_panel.py"/>
        <source>New portfolio</source>
        <translation>Nieuwe portefeuille</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>The {} selected entities, as a fixed list</source>
        <translation>De {} geselecteerde entiteiten, als vaste lijst</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Entities where</source>
        <translation>Entiteiten waarvoor</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Shared with the team</source>
        <translation>Gedeeld met het team</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Give the portfolio a name</source>
        <translation>Geef de portefeuille een naam</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>The expression does not parse: {}</source>
        <translation>De expressie is ongeldig: {}</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Defined by</source>
        <translation>Bepaald door</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>From the selection…</source>
        <translation>Uit de selectie…</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>From an expression…</source>
        <translation>Uit een expressie…</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Select its entities</source>
        <translation>Zijn entiteiten selecteren</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>a list of entities</source>
        <translation>een lijst van entiteiten</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Select entities on the map first</source>
        <translation>Selecteer eerst entiteiten op de kaart</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <location filename="../../gui/proposals_panel.py"/>
        <location filename="../../plugin.py"/>
        <source>Open an ecosystem first (Brussels Creative ▸ Open ecosystem…)</source>
        <translation>Open eerst een ecosysteem (Brussels Creative ▸ Ecosysteem openen…)</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Portfolio {} saved</source>
        <translation>Portefeuille {} bewaard</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Choose a portfolio in the list first</source>
        <translation>Kies eerst een portefeuille in de lijst</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>{} entities of {} selected</source>
        <translation>{} entiteiten van {} geselecteerd</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Delete portfolios</source>
        <translation>Portefeuilles verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>Delete {}? The entities stay in the file.</source>
        <translation>{} verwijderen? De entiteiten blijven in het bestand.</translation>
    </message>
    <message>
        <location filename="../../gui/portfolios_panel.py"/>
        <source>{} portfolios deleted</source>
        <translation>{} portefeuilles verwijderd</translation>
    </message>
    <message>
        <location filename="../../gui/postgis_dialog.py"/>
        <source>Open ecosystem from PostgreSQL</source>
        <translation>Ecosysteem openen uit PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../gui/postgis_dialog.py"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location filename="../../gui/postgis_dialog.py"/>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../gui/postgis_dialog.py"/>
        <source>A connection saved in QGIS (Browser ▸ PostgreSQL ▸ New Connection) and the schema holding the ecosystem (made by create_postgis_ecosystem or copy_ecosystem).</source>
        <translation>Een verbinding die in QGIS is opgeslagen (Browser ▸ PostgreSQL ▸ Nieuwe verbinding) en het schema met het ecosysteem (gemaakt door create_postgis_ecosystem of copy_ecosystem).</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>new entity</source>
        <translation>nieuwe entiteit</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>changed since proposed</source>
        <translation>gewijzigd sinds het voorstel</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>pending</source>
        <translation>in afwachting</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>approved by {}</source>
        <translation>goedgekeurd door {}</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>rejected by {}: {}</source>
        <translation>afgewezen door {}: {}</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>The value changed since the proposal</source>
        <translation>De waarde is gewijzigd sinds het voorstel</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>{} of {} changed after this change was proposed. Applying it replaces the value it has now.</source>
        <translation>{} van {} is gewijzigd nadat deze wijziging werd voorgesteld. Toepassen vervangt de huidige waarde.</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>When proposed</source>
        <translation>Bij het voorstel</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Apply anyway</source>
        <translation>Toch toepassen</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Leave it pending</source>
        <translation>In afwachting laten</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Source contains…</source>
        <translation>Bron bevat…</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>any age</source>
        <translation>elke ouderdom</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source> days or older</source>
        <translation> dagen of ouder</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>#</source>
        <translation>nr.</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <location filename="../../gui/review_panel.py"/>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Current value</source>
        <translation>Huidige waarde</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposed value</source>
        <translation>Voorgestelde waarde</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Age (days)</source>
        <translation>Ouderdom (dagen)</translation>
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
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Apply the selected proposals; each is logged in the history with its source</source>
        <translation>De geselecteerde voorstellen toepassen; elk wordt met zijn bron in de geschiedenis vastgelegd</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Zoom to entity</source>
        <translation>Zoomen naar de entiteit</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Every type</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>{} proposals approved</source>
        <translation>{} voorstellen goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>; {} left pending: their field changed since (approve each alone to see the values)</source>
        <translation>; {} in afwachting gelaten: hun veld is sindsdien gewijzigd (keur ze één voor één goed om de waarden te zien)</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>; {} decided by someone else already</source>
        <translation>; {} al door iemand anders beslist</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposal {} left pending</source>
        <translation>Voorstel {} in afwachting gelaten</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Proposal {} approved and applied</source>
        <translation>Voorstel {} goedgekeurd en toegepast</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Reject proposals</source>
        <translation>Voorstellen afwijzen</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Why are the {} selected proposals rejected?</source>
        <translation>Waarom worden de {} geselecteerde voorstellen afgewezen?</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>A rejection needs a reason</source>
        <translation>Een afwijzing vraagt een reden</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>{} proposals rejected</source>
        <translation>{} voorstellen afgewezen</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py"/>
        <source>Select proposals in the list first</source>
        <translation>Selecteer eerst voorstellen in de lijst</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>claimed, not verified</source>
        <translation>opgeëist, niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>never verified</source>
        <translation>nooit geverifieerd</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>not reviewed lately</source>
        <translation>niet recent nagekeken</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Not reviewed for</source>
        <translation>Niet nagekeken sinds</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Every reason</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Fast verification</source>
        <translation>Snelle verificatie</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Verify</source>
        <translation>Verifiëren</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Mark the selected entities verified by you (the review date is set too)</source>
        <translation>De geselecteerde entiteiten als door u geverifieerd markeren (ook de nakijkdatum wordt gezet)</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Mark reviewed</source>
        <translation>Als nagekeken markeren</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Zoom to entities</source>
        <translation>Zoomen naar de entiteiten</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>e-mail matches the website</source>
        <translation>e-mail past bij de website</translation>
    </message>
    <message>
        <location filename="../../gui/review_panel.py"/>
        <source>Select entities in the queue first</source>
        <translation>Selecteer eerst entiteiten in de lijst</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>%1 – %2 per km²</source>
        <translation>%1 – %2 per km²</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>Hotspot, 99 % betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>Hotspot, 95 % betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Hot spot, 90 % confidence</source>
        <translation>Hotspot, 90 % betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Not significant</source>
        <translation>Niet significant</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Cold spot, 90 % confidence</source>
        <translation>Coldspot, 90 % betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Cold spot, 95 % confidence</source>
        <translation>Coldspot, 95 % betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Cold spot, 99 % confidence</source>
        <translation>Coldspot, 99 % betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>Noise (no cluster)</source>
        <translation>Ruis (geen cluster)</translation>
    </message>
    <message>
        <location filename="../../layers/analysis_styles.py"/>
        <source>{:.1f} per km²</source>
        <translation>{:.1f} per km²</translation>
    </message>
    <message>
        <location filename="../../layers/portfolio_members.py"/>
        <source>PORTFOLIO: the expression of portfolio {name} does not parse: {error}</source>
        <translation>PORTFOLIO: de expressie van portefeuille {name} kan niet gelezen worden: {error}</translation>
    </message>
    <message>
        <location filename="../../layers/portfolio_members.py"/>
        <source>PORTFOLIO: the expression of portfolio {name} fails: {error}</source>
        <translation>PORTFOLIO: de expressie van portefeuille {name} mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../../layers/postgres_connection.py"/>
        <source>CONNECTION: no PostgreSQL connection named {name!r} is saved in QGIS</source>
        <translation>CONNECTION: geen PostgreSQL-verbinding met de naam {name!r} is in QGIS opgeslagen</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open ecosystem…</source>
        <translation>Ecosysteem openen…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Open ecosystem from PostgreSQL…</source>
        <translation>Ecosysteem openen uit PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Create ecosystem GeoPackage…</source>
        <translation>Ecosysteem-GeoPackage aanmaken…</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Curation (proposals, review queue, portfolios)</source>
        <translation>Curatie (voorstellen, na te kijken, portefeuilles)</translation>
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
        <source>{} need the Python package {}, which is not installed: they are left out. Install it with: {}</source>
        <translation>{} hebben het Python-pakket {} nodig, dat niet geïnstalleerd is: ze worden weggelaten. Installeer het met: {}</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Optional Python package {} is not installed: {} works without it, more slowly. Install it with: {}</source>
        <translation>Optioneel Python-pakket {} is niet geïnstalleerd: {} werkt zonder, maar trager. Installeer het met: {}</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>{} is not installed.</source>
        <translation>{} is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>{} {} is too old (at least {} is needed).</source>
        <translation>{} {} is te oud (minstens {} is nodig).</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>shapely {} uses GEOS {}, QGIS uses GEOS {}: two GEOS versions in one QGIS crash it.</source>
        <translation>shapely {} gebruikt GEOS {}, QGIS gebruikt GEOS {}: twee GEOS-versies in één QGIS laten het crashen.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>numpy {} in {} hides the numpy {}.x that QGIS's GDAL and scipy were built for.</source>
        <translation>numpy {} in {} verbergt de numpy {}.x waarvoor GDAL en scipy van QGIS gecompileerd zijn.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Fix: {}</source>
        <translation>Oplossing: {}</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Disabled until then: {}.</source>
        <translation>Tot dan uitgeschakeld: {}.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Opening an ecosystem is disabled until then.</source>
        <translation>Een ecosysteem openen is tot dan uitgeschakeld.</translation>
    </message>
    <message>
        <location filename="../../plugin.py"/>
        <source>Then restart QGIS.</source>
        <translation>Start QGIS daarna opnieuw.</translation>
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
        <source>Brussels Creative maps the creative and cultural ecosystem of the Brussels Capital Region.

Municipalities: UrbIS © CIRB/CIBG (paradigm.brussels).</source>
        <translation>Brussels Creative brengt het creatieve en culturele ecosysteem van het Brussels Hoofdstedelijk Gewest in kaart.

Gemeenten: UrbIS © CIRB/CIBG (paradigm.brussels).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <location filename="../../processing/algorithms/create_geopackage.py"/>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Ecosystem GeoPackage</source>
        <translation>Ecosysteem-GeoPackage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>or PostgreSQL connection</source>
        <translation>of PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Instead of a GeoPackage: a PostgreSQL connection saved in QGIS whose database holds the ecosystem</source>
        <translation>In plaats van een GeoPackage: een in QGIS opgeslagen PostgreSQL-verbinding waarvan de database het ecosysteem bevat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>The schema of the ecosystem in that database</source>
        <translation>Het schema van het ecosysteem in die database</translation>
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
        <location filename="../../processing/algorithms/network_summary.py"/>
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
        <source>The ecosystem is a GeoPackage, or a schema of a PostgreSQL/PostGIS database: give CONNECTION (a connection saved in QGIS) and SCHEMA instead of the GeoPackage. A whole schema is read from a copy taken at one instant, so others may edit meanwhile; what is written goes into the schema in one transaction.</source>
        <translation>Het ecosysteem is een GeoPackage, of een schema van een PostgreSQL/PostGIS-database: geef CONNECTION (een in QGIS opgeslagen verbinding) en SCHEMA in plaats van de GeoPackage. Een volledig schema wordt gelezen uit een kopie genomen op één ogenblik, zodat anderen intussen kunnen bewerken; wat geschreven wordt, gaat in één transactie naar het schema.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{} or {}: give the ecosystem, a GeoPackage or a PostgreSQL connection and its schema</source>
        <translation>{} of {}: geef het ecosysteem, een GeoPackage of een PostgreSQL-verbinding en haar schema</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{} or {}: give one of the two, a GeoPackage or a PostgreSQL connection</source>
        <translation>{} of {}: geef een van beide, een GeoPackage of een PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>{}: choose the schema of the ecosystem</source>
        <translation>{}: kies het schema van het ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>Reading {} at one instant</source>
        <translation>{} wordt op één ogenblik gelezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{}: {} is not a Brussels Creative ecosystem GeoPackage</source>
        <translation>{}: {} is geen Brussels Creative-ecosysteem-GeoPackage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{} is not a Brussels Creative ecosystem GeoPackage (no schema version)</source>
        <translation>{} is geen ecosysteem-GeoPackage van Brussels Creative (geen schemaversie)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{}: portfolios live in an ecosystem; the input is not its entities layer</source>
        <translation>{}: portefeuilles staan in een ecosysteem; de invoer is niet de laag met entiteiten daarvan</translation>
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
        <location filename="../../processing/algorithms/base.py"/>
        <source>{}: field names cut to 10 characters for the shapefile; {} maps them to the full names</source>
        <translation>{}: veldnamen ingekort tot 10 tekens voor de shapefile; {} koppelt ze aan de volledige namen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/base.py"/>
        <source>{}: a table has no geometry, so it is written as {} (a shapefile without geometry is only its .dbf file)</source>
        <translation>{}: een tabel heeft geen geometrie en wordt dus geschreven als {} (een shapefile zonder geometrie is alleen zijn .dbf-bestand)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <location filename="../../processing/algorithms/density_change.py"/>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>The ecosystem .gpkg whose history is replayed (opened read-only)</source>
        <translation>Het ecosysteem-.gpkg waarvan de historiek opnieuw afgespeeld wordt (alleen-lezen geopend)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>Ellipses</source>
        <translation>Ellipsen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>One standard deviational ellipse per period, with its centre and standard distance</source>
        <translation>Eén standaardafwijkingsellips per periode, met haar centrum en standaardafstand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>Shifts of the centre</source>
        <translation>Verschuivingen van het centrum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>One line per pair of successive periods, from one mean centre to the next</source>
        <translation>Eén lijn per paar opeenvolgende perioden, van het ene gemiddelde centrum naar het volgende</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>{}: {} entities, too few for an ellipse</source>
        <translation>{}: {} entiteiten, te weinig voor een ellips</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/centrography.py"/>
        <source>A sink refused the feature of {}: {}</source>
        <translation>Een uitvoer weigerde het object van {}: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <source>The .gpkg file to check (opened read-only)</source>
        <translation>Het .gpkg-bestand om te controleren (alleen-lezen geopend)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
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
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Number of errors</source>
        <translation>Aantal fouten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/check_geopackage.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Number of warnings</source>
        <translation>Aantal waarschuwingen</translation>
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
        <source>The entities with their fields, cluster_id (NULL = noise), is_core (EPSG:31370)</source>
        <translation>De entiteiten met hun velden, cluster_id (NULL = ruis), is_core (EPSG:31370)</translation>
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
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>The ecosystem .gpkg holding the portfolios (read only)</source>
        <translation>De ecosysteem-.gpkg met de portefeuilles (alleen gelezen)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Portfolios</source>
        <translation>Portefeuilles</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Two or more portfolio names separated by semicolons (;)</source>
        <translation>Twee of meer namen van portefeuilles, gescheiden door puntkomma's (;)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>One row per figure (measure, category), one column per portfolio</source>
        <translation>Een rij per cijfer (maat, categorie), een kolom per portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <location filename="../../processing/algorithms/point_pattern.py"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Charts (*.png *.svg *.pdf)</source>
        <translation>Grafieken (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Bars of the figures, one colour per portfolio (.png, .svg or .pdf)</source>
        <translation>Staven van de cijfers, een kleur per portefeuille (.png, .svg of .pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>{}: give at least two portfolio names, separated by ;</source>
        <translation>{}: geef minstens twee namen van portefeuilles, gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>{}: {} entities</source>
        <translation>{}: {} entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Portfolios compared</source>
        <translation>Portefeuilles vergeleken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Per km²</source>
        <translation>Per km²</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Verified (%)</source>
        <translation>Geverifieerd (%)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Mean degree</source>
        <translation>Gemiddelde graad</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Entities by type</source>
        <translation>Entiteiten per type</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/compare_portfolios.py"/>
        <source>Entities by primary sector</source>
        <translation>Entiteiten per hoofdsector</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>GeoPackage → PostGIS (a new schema)</source>
        <translation>GeoPackage → PostGIS (een nieuw schema)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>PostGIS → GeoPackage (a new file)</source>
        <translation>PostGIS → GeoPackage (een nieuw bestand)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Which way the ecosystem is copied</source>
        <translation>In welke richting het ecosysteem wordt gekopieerd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>The GeoPackage read (to PostGIS) or written (to GeoPackage)</source>
        <translation>De GeoPackage die gelezen (naar PostGIS) of geschreven (naar GeoPackage) wordt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>A PostgreSQL connection saved in QGIS</source>
        <translation>Een PostgreSQL-verbinding die in QGIS is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>The ecosystem's schema: made (to PostGIS) or read (to GeoPackage)</source>
        <translation>Het schema van het ecosysteem: gemaakt (naar PostGIS) of gelezen (naar GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Replace an existing GeoPackage</source>
        <translation>Een bestaande GeoPackage vervangen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>PostGIS → GeoPackage only: replace the file when it exists</source>
        <translation>Alleen PostGIS → GeoPackage: het bestand vervangen als het bestaat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Rows copied</source>
        <translation>Gekopieerde rijen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>GEOPACKAGE: choose the ecosystem GeoPackage</source>
        <translation>GEOPACKAGE: kies de GeoPackage van het ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>{}: {} rows</source>
        <translation>{}: {} rijen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Copied {} rows into {}</source>
        <translation>{} rijen gekopieerd naar {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>The team's {} own styles could not be copied: {}</source>
        <translation>De {} eigen stijlen van het team konden niet gekopieerd worden: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/copy_ecosystem.py"/>
        <source>Copied the team's {} own styles</source>
        <translation>{} eigen stijlen van het team gekopieerd</translation>
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
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>A PostgreSQL connection saved in QGIS; its database needs the postgis extension</source>
        <translation>Een in QGIS opgeslagen PostgreSQL-verbinding; haar database heeft de extensie postgis nodig</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>The new schema: lower-case letters, digits and underscores, starting with a letter</source>
        <translation>Het nieuwe schema: kleine letters, cijfers en underscores, beginnend met een letter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/create_postgis_ecosystem.py"/>
        <source>Created schema {} (version {}) in the database of {}</source>
        <translation>Schema {} aangemaakt (versie {}) in de database van {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/crs_check.py"/>
        <source>{}: the layer says its CRS is {}, but its coordinates fall on the region in {} ({}): set the layer's CRS to it (Layer Properties ▸ Source) and run again</source>
        <translation>{}: de laag zegt dat haar CRS {} is, maar haar coördinaten vallen op het Gewest in {} ({}): geef de laag dat CRS (Laageigenschappen ▸ Bron) en voer opnieuw uit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/crs_check.py"/>
        <source>{}: check the layer's CRS ({}): its points are not in the Brussels-Capital Region</source>
        <translation>{}: controleer het CRS van de laag ({}): haar punten liggen niet in het Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/crs_check.py"/>
        <source>{} of {} points lie far from the Brussels-Capital Region.</source>
        <translation>{} van de {} punten liggen ver van het Brussels Hoofdstedelijk Gewest.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/database_errors.py"/>
        <source>{}: the database refused: {}</source>
        <translation>{}: de database weigerde: {}</translation>
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
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
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
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>Density by area</source>
        <translation>Dichtheid per gebied</translation>
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
        <source>Counting in the database {}, where the points and the areas are</source>
        <translation>Tellen in de database {}, waar de punten en de gebieden staan</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>The database cannot be reached here ({}): the points are read out instead</source>
        <translation>De database is hier niet bereikbaar ({}): de punten worden in de plaats uitgelezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: the layer holds no points to analyse</source>
        <translation>{}: de laag bevat geen punten om te analyseren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>{}: no points left after the filters (sectors, types, statuses, dates, expression)</source>
        <translation>{}: geen punten meer over na de filters (sectoren, types, statussen, datums, expressie)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>{} points counted in {} areas by the database</source>
        <translation>{} punten geteld in {} gebieden door de database</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_by_area.py"/>
        <source>{} points lie outside every area and were not counted</source>
        <translation>{} punten liggen buiten elk gebied en werden niet geteld</translation>
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
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>The earlier date (YYYY-MM-DD)</source>
        <translation>De vroegere datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Second date</source>
        <translation>Tweede datum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>The later date (YYYY-MM-DD); empty: now</source>
        <translation>De latere datum (JJJJ-MM-DD); leeg: nu</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Bandwidth</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Radius of the quartic kernel, in metres</source>
        <translation>Straal van de quartische kern, in meter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Pixel size</source>
        <translation>Pixelgrootte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Side of a pixel, in metres</source>
        <translation>Zijde van een pixel, in meter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Density at the first date</source>
        <translation>Dichtheid op de eerste datum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Entities per km² at the first date (GeoTIFF)</source>
        <translation>Entiteiten per km² op de eerste datum (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Density at the second date</source>
        <translation>Dichtheid op de tweede datum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Entities per km² at the second date (GeoTIFF)</source>
        <translation>Entiteiten per km² op de tweede datum (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>Density change</source>
        <translation>Verandering van de dichtheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>The second density minus the first, entities per km² (GeoTIFF)</source>
        <translation>De tweede dichtheid min de eerste, entiteiten per km² (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>DATE_FROM: {} is after DATE_TO</source>
        <translation>DATE_FROM: {} ligt na DATE_TO</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>PIXEL_SIZE: {} m gives {} × {} pixels; choose larger pixels</source>
        <translation>PIXEL_SIZE: {} m geeft {} × {} pixels; kies grotere pixels</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_change.py"/>
        <source>{}: {} active entities</source>
        <translation>{}: {} actieve entiteiten</translation>
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
        <source>A grid corner (EPSG:31370 metres); the same origin aligns grids of two dates</source>
        <translation>Een hoek van het rooster (meter in EPSG:31370); dezelfde oorsprong lijnt roosters van twee datums uit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <source>Grid origin Y (m, EPSG:31370)</source>
        <translation>Oorsprong Y van het rooster (m, EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/density_grid.py"/>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>Density grid</source>
        <translation>Dichtheidsrooster</translation>
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
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>The ecosystem .gpkg reported on (opened read-only)</source>
        <translation>Het ecosysteem-.gpkg waarover gerapporteerd wordt (alleen-lezen geopend)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>The report's language, whatever QGIS's</source>
        <translation>De taal van het rapport, ongeacht die van QGIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>HTML report</source>
        <translation>HTML-rapport</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>The report as one HTML file with its images inside</source>
        <translation>Het rapport als één HTML-bestand met de afbeeldingen erin</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>The report laid out by a QGIS print layout, as PDF</source>
        <translation>Het rapport opgemaakt door een QGIS-afdruklay-out, als PDF</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/ecosystem_report.py"/>
        <source>GEOPACKAGE: cannot read {} ({})</source>
        <translation>GEOPACKAGE: kan {} niet lezen ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <location filename="../../processing/algorithms/hotspots.py"/>
        <source>Cell size</source>
        <translation>Celgrootte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Side of the squares, in metres</source>
        <translation>Zijde van de vierkanten, in meter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Neighbourhood distance</source>
        <translation>Buurafstand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Squares whose centres lie within this distance (metres) are neighbours in Gi*</source>
        <translation>Vierkanten waarvan de centra binnen deze afstand (meter) liggen, zijn buren in Gi*</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Correct for multiple testing (FDR)</source>
        <translation>Corrigeren voor meervoudig testen (FDR)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>Benjamini–Hochberg correction of each period's Gi* p-values</source>
        <translation>Benjamini–Hochberg-correctie van de Gi*-p-waarden van elke periode</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>Emerging hot spots</source>
        <translation>Opkomende hotspots</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>One square per cell of the region with its pattern</source>
        <translation>Eén vierkant per cel van het Gewest met zijn patroon</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>STEP: {} periods; a trend needs at least 3</source>
        <translation>STEP: {} perioden; een trend vraagt er minstens 3</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>{} periods, from {} to {}</source>
        <translation>{} perioden, van {} tot {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>OUTPUT refused square {} ({}): {}</source>
        <translation>OUTPUT weigerde vierkant {} ({}): {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/emerging_hotspots.py"/>
        <source>{}: {} squares</source>
        <translation>{}: {} vierkanten</translation>
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
        <source>Date filter on the entities' created_at (inclusive)</source>
        <translation>Datumfilter op created_at van de entiteiten (grenzen inbegrepen)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Created on or before</source>
        <translation>Aangemaakt op of voor</translation>
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
        <source>The export failed and nothing was written: {}</source>
        <translation>De export is mislukt en er is niets geschreven: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/export_ecosystem.py"/>
        <source>No entity was exported: the filters and profile select none</source>
        <translation>Er werd geen entiteit geëxporteerd: de filters en het profiel selecteren er geen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Lines</source>
        <translation>Lijnen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Lines between entities</source>
        <translation>Lijnen tussen entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Flows between areas</source>
        <translation>Stromen tussen gebieden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>One line per relationship, or one per pair of areas with the number of links</source>
        <translation>Eén lijn per relatie, of één per paar gebieden met het aantal verbindingen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Curved lines</source>
        <translation>Gebogen lijnen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Arcs bending to the right of their direction instead of straight lines</source>
        <translation>Bogen die naar rechts van hun richting buigen in plaats van rechte lijnen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Polygons to aggregate by, any CRS (default: the ecosystem file's municipalities)</source>
        <translation>Polygonen om per te aggregeren, in elk CRS (standaard: de gemeenten van het ecosysteembestand)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Area name field</source>
        <translation>Veld met de naam van de gebieden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Field naming the areas (default: the feature id)</source>
        <translation>Veld dat de gebieden benoemt (standaard: de object-id)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>Flow lines</source>
        <translation>Stroomlijnen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>The lines (EPSG:31370)</source>
        <translation>De lijnen (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Origin–destination table</source>
        <translation>Herkomst-bestemmingstabel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>For flows between areas: links from each area to each area</source>
        <translation>Voor stromen tussen gebieden: verbindingen van elk gebied naar elk gebied</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>Lines written</source>
        <translation>Geschreven lijnen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Reading the entities and their relationships</source>
        <translation>De entiteiten en hun relaties worden gelezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>{} relationships have an end outside every area: left out</source>
        <translation>{} relaties hebben een uiteinde buiten elk gebied: weggelaten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>OD_TABLE: cannot write the row {} → {}</source>
        <translation>OD_TABLE: kan de rij {} → {} niet schrijven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/flow_lines.py"/>
        <source>AREAS: give polygons (the default, the municipalities, needs the entities layer of an ecosystem)</source>
        <translation>AREAS: geef polygonen op (de standaard, de gemeenten, vereist de entiteitenlaag van een ecosysteem)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Sample ecosystem GeoPackage</source>
        <translation>Voorbeeld-GeoPackage van een ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>Instead of (or besides) a GeoPackage: a PostgreSQL connection saved in QGIS whose database receives the sample</source>
        <translation>In plaats van (of naast) een GeoPackage: een in QGIS opgeslagen PostgreSQL-verbinding waarvan de database het voorbeeldecosysteem ontvangt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>The new schema of the sample in that database (one holding an ecosystem is refused)</source>
        <translation>Het nieuwe schema van het voorbeeldecosysteem in die database (een schema met een ecosysteem wordt geweigerd)</translation>
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
        <location filename="../../processing/algorithms/network_common.py"/>
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
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>{} or {}: give where to write the sample</source>
        <translation>{} of {}: geef aan waar het voorbeeldecosysteem geschreven wordt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>{} already exists; choose another name or allow overwriting</source>
        <translation>{} bestaat al; kies een andere naam of sta overschrijven toe</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/generate_sample.py"/>
        <source>The sample is in schema {} of {}</source>
        <translation>Het voorbeeldecosysteem staat in schema {} van {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Addresses (table or layer)</source>
        <translation>Adressen (tabel of laag)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Any table or layer with address fields (CSV, spreadsheet, GeoPackage...)</source>
        <translation>Elke tabel of laag met adresvelden (CSV, rekenblad, GeoPackage...)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Full address field</source>
        <translation>Veld met volledig adres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>One field holding the whole address</source>
        <translation>Eén veld met het hele adres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Street field</source>
        <translation>Straatveld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Street name (may hold the number too)</source>
        <translation>Straatnaam (mag ook het nummer bevatten)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>House number field</source>
        <translation>Huisnummerveld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>House number, with letter or box</source>
        <translation>Huisnummer, met letter of bus</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Postcode field</source>
        <translation>Postcodeveld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Four-digit Belgian postcode</source>
        <translation>Belgische postcode van vier cijfers</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Municipality field</source>
        <translation>Gemeenteveld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Municipality in French, Dutch or German</source>
        <translation>Gemeente in het Frans, Nederlands of Duits</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Ecosystem GeoPackage with the address reference</source>
        <translation>GeoPackage van het ecosysteem met de adresreferentie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>An ecosystem .gpkg into which 'Load address reference' has loaded address points (read only)</source>
        <translation>Een ecosysteem-.gpkg waarin 'Adresreferentie laden' adrespunten heeft geladen (alleen lezen)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Geocoded addresses</source>
        <translation>Gegeocodeerde adressen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Every input row with its point (EPSG:31370) and the match fields</source>
        <translation>Elke invoerrij met haar punt (EPSG:31370) en de matchvelden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Rows with a point</source>
        <translation>Rijen met een punt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Rows without a point</source>
        <translation>Rijen zonder punt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>INPUT: cannot read the table or layer</source>
        <translation>INPUT: kan de tabel of laag niet lezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>ADDRESS_FIELD or STREET_FIELD: choose the field holding the address or the street</source>
        <translation>ADDRESS_FIELD of STREET_FIELD: kies het veld met het adres of de straat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>{}: the input has no field {}</source>
        <translation>{}: de invoer heeft geen veld {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>GEOPACKAGE: {} is not an existing file</source>
        <translation>GEOPACKAGE: {} is geen bestaand bestand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>GEOPACKAGE: {}</source>
        <translation>GEOPACKAGE: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Address reference: {} points, {} streets (fuzzy matching: {})</source>
        <translation>Adresreferentie: {} punten, {} straten (benaderend zoeken: {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>{} rows without a point: see match_reason</source>
        <translation>{} rijen zonder punt: zie match_reason</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>The input already has fields named like the results: they are written as {}</source>
        <translation>De invoer heeft al velden met de namen van de resultaten: die worden geschreven als {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/geocode_addresses.py"/>
        <source>OUTPUT: cannot write row {}</source>
        <translation>OUTPUT: kan rij {} niet schrijven</translation>
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
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Hops (K)</source>
        <translation>Stappen (K)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Relationships to follow from each hub: 1 its direct contacts, 2 theirs too, …</source>
        <translation>Te volgen relaties vanuit elke hub: 1 de directe contacten, 2 ook die van hen, …</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Hub entity types</source>
        <translation>Entiteitstypes van de hubs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Entity types whose entities are analysed as hubs (needs an entity_type field)</source>
        <translation>Entiteitstypes waarvan de entiteiten als hub geanalyseerd worden (vereist een veld entity_type)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Hub ids</source>
        <translation>Id's van de hubs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Ids (uuids, or ID_FIELD values) of the hubs, separated by commas; they replace HUB_TYPES</source>
        <translation>Id's (uuid's, of waarden van ID_FIELD) van de hubs, gescheiden door komma's; ze vervangen HUB_TYPES</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>Hub reach</source>
        <translation>Bereik van hubs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>One hull per hub with the reached entities' counts, distance and ellipse (EPSG:31370)</source>
        <translation>Eén omhullende per hub met de aantallen, de afstand en de ellips van de bereikte entiteiten (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Standard deviational ellipses</source>
        <translation>Standaarddeviatie-ellipsen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>The ellipse of each hub's reached entities (EPSG:31370)</source>
        <translation>De ellips van de door elke hub bereikte entiteiten (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>Hubs analysed</source>
        <translation>Geanalyseerde hubs</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>{} hubs, {} hops</source>
        <translation>{} hubs, {} stappen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>HUB_IDS: no chosen entity has the id {}</source>
        <translation>HUB_IDS: geen gekozen entiteit heeft de id {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>HUB_TYPES: the input has no entity_type field; use HUB_IDS</source>
        <translation>HUB_TYPES: de invoer heeft geen veld entity_type; gebruik HUB_IDS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/hub_reach.py"/>
        <source>HUB_TYPES: no chosen entity is of the types {}</source>
        <translation>HUB_TYPES: geen gekozen entiteit is van de types {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>The ecosystem .gpkg that receives the proposals</source>
        <translation>De ecosysteem-.gpkg die de voorstellen ontvangt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>Correction files (JSON)</source>
        <translation>Correctiebestanden (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>The .json files sent from the web map</source>
        <translation>De .json-bestanden die via de webkaart gestuurd werden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>Rejected files</source>
        <translation>Geweigerde bestanden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>One row per reason a file was refused: file, field, reason</source>
        <translation>Een rij per reden waarom een bestand geweigerd werd: bestand, veld, reden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Proposals stored</source>
        <translation>Opgeslagen voorstellen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>Files rejected</source>
        <translation>Geweigerde bestanden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>{}: give at least one correction file</source>
        <translation>{}: geef minstens één correctiebestand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>{}: {} proposals</source>
        <translation>{}: {} voorstellen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_corrections.py"/>
        <source>{} refused: {} {}</source>
        <translation>{} geweigerd: {} {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Partner list (table or layer)</source>
        <translation>Partnerlijst (tabel of laag)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>A CSV, XLSX, ODS, GeoJSON, shapefile, GeoPackage or any layer: one entity per row</source>
        <translation>Een CSV, XLSX, ODS, GeoJSON, shapefile, GeoPackage of elke laag: één entiteit per rij</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>The ecosystem .gpkg file to fill</source>
        <translation>Het .gpkg-bestand van het ecosysteem om te vullen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Address reference</source>
        <translation>Adresreferentie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>A GeoPackage holding an address reference (Load address reference) that places the rows with an address and no point; empty: the ecosystem GeoPackage's own, if it has one</source>
        <translation>Een GeoPackage met een adresreferentie (Adresreferentie laden) die de rijen met een adres en zonder punt plaatst; leeg: die van de GeoPackage van het ecosysteem, als die er een heeft</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Column mapping (field=column;...)</source>
        <translation>Kolomkoppeling (veld=kolom;...)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Overrides the automatic choice of columns, e.g. name=Organisation;website=URL;sectors=Domaines</source>
        <translation>Vervangt de automatische keuze van kolommen, bv. name=Organisation;website=URL;sectors=Domaines</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>All or nothing</source>
        <translation>Alles of niets</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Import the valid rows</source>
        <translation>De geldige rijen importeren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>All or nothing: one bad row imports nothing. Valid rows: bad rows go to REJECTS</source>
        <translation>Alles of niets: één slechte rij en er wordt niets geïmporteerd. Geldige rijen: slechte rijen gaan naar REJECTS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rows matching an existing entity</source>
        <translation>Rijen die overeenkomen met een bestaande entiteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Skip them</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Update the entity</source>
        <translation>De entiteit bijwerken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Same uuid, or same name within DISTANCE metres: skip the row or update the entity</source>
        <translation>Zelfde uuid, of zelfde naam binnen DISTANCE meter: de rij overslaan of de entiteit bijwerken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Duplicate distance (m)</source>
        <translation>Afstand voor dubbels (m)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Two entities of the same name closer than this (metres) are the same entity</source>
        <translation>Twee entiteiten met dezelfde naam die dichter bij elkaar liggen dan dit (meter) zijn dezelfde entiteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>CRS of the X/Y columns</source>
        <translation>CRS van de X/Y-kolommen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>The CRS of X/Y or longitude/latitude columns (default: EPSG:4326 for longitude/latitude, EPSG:31370 for X/Y)</source>
        <translation>Het CRS van X/Y- of longitude/latitude-kolommen (standaard: EPSG:4326 voor longitude/latitude, EPSG:31370 voor X/Y)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Entity type of rows without one</source>
        <translation>Entiteitstype van rijen zonder type</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>A code or label of entity_types given to rows whose type is empty (none: such rows are refused)</source>
        <translation>Een code of label van entity_types voor rijen zonder type (geen: zulke rijen worden geweigerd)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Valid-rows mode: one row per problem (row, column, value, reason, then the row's values)</source>
        <translation>Modus geldige rijen: één rij per probleem (rij, kolom, waarde, reden, dan de waarden van de rij)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Import as proposals for a curator</source>
        <translation>Importeren als voorstellen voor een curator</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Write nothing in the entities: each row becomes pending proposals (new entity, or the values that differ from the matching entity's), approved or rejected in the curation dock</source>
        <translation>Schrijft niets in de entiteiten: elke rij wordt een of meer wachtende voorstellen (nieuwe entiteit, of de waarden die verschillen van die van de overeenkomende entiteit), goedgekeurd of afgewezen in het curatiepaneel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Entities added</source>
        <translation>Toegevoegde entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Entities updated</source>
        <translation>Bijgewerkte entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rows skipped as duplicates</source>
        <translation>Als dubbel overgeslagen rijen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rows refused</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Rows with an address and no point are geocoded with the address reference of {}</source>
        <translation>Rijen met een adres en zonder punt worden gegeocodeerd met de adresreferentie van {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Columns used: {}</source>
        <translation>Gebruikte kolommen: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Row {}: {} {}</source>
        <translation>Rij {}: {} {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>Row {}, {} {!r}: {}</source>
        <translation>Rij {}, {} {!r}: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>
... and {} more</source>
        <translation>
... en nog {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>{} rows refused; nothing was imported (all-or-nothing mode):
{}{}</source>
        <translation>{} rijen geweigerd; er werd niets geïmporteerd (modus alles of niets):
{}{}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>{} added, {} updated, {} skipped, {} refused</source>
        <translation>{} toegevoegd, {} bijgewerkt, {} overgeslagen, {} geweigerd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/import_entities.py"/>
        <source>{}: {} holds no address reference (load one with Load address reference)</source>
        <translation>{}: {} bevat geen adresreferentie (laad er een met Adresreferentie laden)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Entities (or any point layer)</source>
        <translation>Entiteiten (of een andere puntlaag)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>The entities layer of an ecosystem GeoPackage, or any point layer in any CRS</source>
        <translation>De entiteitenlaag van een ecosysteem-GeoPackage, of een puntlaag in een willekeurig CRS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Vocabulary codes; none selected means all (sectors need an ecosystem GeoPackage)</source>
        <translation>Vocabulairecodes; geen selectie betekent alle (sectoren vereisen een ecosysteem-GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
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
        <source>{} points read</source>
        <translation>{} punten gelezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>EXPRESSION: {} fails on the features: {}</source>
        <translation>EXPRESSION: {} faalt op de objecten: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Reading the entities of {} directly</source>
        <translation>De entiteiten van {} worden rechtstreeks gelezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>SECTORS: filtering by sector needs the entities layer of an ecosystem</source>
        <translation>SECTORS: filteren op sector vereist de entiteitenlaag van een ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/inputs.py"/>
        <source>Reading {} directly</source>
        <translation>{} wordt rechtstreeks gelezen</translation>
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
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>Kernel density</source>
        <translation>Kerndichtheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>GeoTIFF of entities per km² (EPSG:31370, Float32, nodata {})</source>
        <translation>GeoTIFF van entiteiten per km² (EPSG:31370, Float32, nodata {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kernel_density.py"/>
        <source>{} kernel, bandwidth {:.1f} m, {} × {} pixels of {} m</source>
        <translation>Kern {}, bandbreedte {:.1f} m, {} × {} pixels van {} m</translation>
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
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>The ecosystem .gpkg whose KPIs are computed and kept</source>
        <translation>Het ecosysteem-.gpkg waarvan de indicatoren berekend en bewaard worden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Date as of</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Empty for now; a past date (YYYY-MM-DD) or ISO date-time is replayed from the history</source>
        <translation>Leeg voor nu; een vroegere datum (JJJJ-MM-DD) of ISO-datum-tijd wordt uit de historiek gereconstrueerd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Monthly snapshots from</source>
        <translation>Maandelijkse momentopnamen vanaf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>A date (YYYY-MM-DD): one snapshot at the end of every month from it up to the date as of</source>
        <translation>Een datum (JJJJ-MM-DD): een momentopname aan het einde van elke maand vanaf die datum tot de peildatum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Population by municipality</source>
        <translation>Bevolking per gemeente</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>A table with each municipality's NIS code and number of inhabitants (optional)</source>
        <translation>Een tabel met de NIS-code van elke gemeente en haar aantal inwoners (optioneel)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>NIS code field</source>
        <translation>Veld met de NIS-code</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>The population table's field holding the NIS code (21001–21019)</source>
        <translation>Het veld van de bevolkingstabel met de NIS-code (21001–21019)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>The population table's field holding the number of inhabitants</source>
        <translation>Het veld van de bevolkingstabel met het aantal inwoners</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>KPIs</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>The KPIs written: kpi, scope_type, scope_code, value, unit, taken_at</source>
        <translation>De geschreven indicatoren: kpi, scope_type, scope_code, value, unit, taken_at</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Number of snapshots</source>
        <translation>Aantal momentopnamen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>Snapshot {}: {} KPIs, {} active entities</source>
        <translation>Momentopname {}: {} indicatoren, {} actieve entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>AS_OF: {} is in the future</source>
        <translation>AS_OF: {} ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>MONTHLY_FROM: {} is after the date as of</source>
        <translation>MONTHLY_FROM: {} ligt na de peildatum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>POPULATION_CODE_FIELD and POPULATION_FIELD are needed with a population table</source>
        <translation>POPULATION_CODE_FIELD en POPULATION_FIELD zijn nodig bij een bevolkingstabel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_snapshot.py"/>
        <source>POPULATION_FIELD: '{}' is not a number (NIS {})</source>
        <translation>POPULATION_FIELD: '{}' is geen getal (NIS {})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>The ecosystem .gpkg holding the snapshots (opened read-only)</source>
        <translation>Het ecosysteem-.gpkg met de momentopnamen (alleen-lezen geopend)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>KPI names separated by commas; a name ending with ':' takes every category</source>
        <translation>Namen van indicatoren gescheiden door komma's; een naam die eindigt op ':' neemt elke categorie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Region</source>
        <translation>Gewest</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Each municipality</source>
        <translation>Elke gemeente</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Each sector</source>
        <translation>Elke sector</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>Whether the series are the region's, each municipality's or each sector's</source>
        <translation>Of de reeksen die van het Gewest, van elke gemeente of van elke sector zijn</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>KPI trends</source>
        <translation>Trends van de indicatoren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>One row per KPI, place and snapshot, with the changes</source>
        <translation>Eén rij per indicator, plaats en momentopname, met de veranderingen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>The trends drawn as a chart (PNG, SVG or PDF by the file's suffix)</source>
        <translation>De trends als grafiek getekend (PNG, SVG of PDF volgens de extensie van het bestand)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>KPIS: name at least one KPI</source>
        <translation>KPIS: noem minstens één indicator</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>CHART: a chart is written as .png, .svg or .pdf</source>
        <translation>CHART: een grafiek wordt als .png, .svg of .pdf geschreven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>GEOPACKAGE: cannot read the KPI snapshots of {} ({})</source>
        <translation>GEOPACKAGE: kan de momentopnamen van de indicatoren van {} niet lezen ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>No snapshot holds these KPIs in this scope: run KPI snapshot first</source>
        <translation>Geen enkele momentopname bevat deze indicatoren in dit bereik: voer eerst de momentopname van de indicatoren uit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>OUTPUT refused the row of {} at {}: {}</source>
        <translation>OUTPUT weigerde de rij van {} op {}: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/kpi_trends.py"/>
        <source>region</source>
        <translation>gewest</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Address points (BeST CSV or point layer)</source>
        <translation>Adrespunten (BeST-CSV of puntlaag)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>BeST openaddress CSV, or a point layer with street, number and postcode fields</source>
        <translation>BeST-openaddress-CSV, of een puntlaag met velden voor straat, nummer en postcode</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>The ecosystem .gpkg file that receives the reference</source>
        <translation>Het .gpkg-bestand van het ecosysteem dat de referentie ontvangt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Street name in French</source>
        <translation>Straatnaam in het Frans</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>For a point layer (not needed for a BeST CSV)</source>
        <translation>Voor een puntlaag (niet nodig voor een BeST-CSV)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Street name in Dutch</source>
        <translation>Straatnaam in het Nederlands</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Address points loaded</source>
        <translation>Geladen adrespunten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Streets</source>
        <translation>Straten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Reading the BeST CSV {}</source>
        <translation>BeST-CSV {} lezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Writing {} address points into {}</source>
        <translation>{} adrespunten schrijven in {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>Cancelled: the previous reference is unchanged</source>
        <translation>Geannuleerd: de vorige referentie is ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>The load failed and the previous reference is unchanged: {}</source>
        <translation>Het laden is mislukt en de vorige referentie is ongewijzigd: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>INPUT: cannot read the layer</source>
        <translation>INPUT: kan de laag niet lezen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>INPUT: neither a BeST openaddress CSV nor a point layer</source>
        <translation>INPUT: noch een BeST-openaddress-CSV noch een puntlaag</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>STREET_FR_FIELD or STREET_NL_FIELD, NUMBER_FIELD and POSTCODE_FIELD: choose the fields of a point layer</source>
        <translation>STREET_FR_FIELD of STREET_NL_FIELD, NUMBER_FIELD en POSTCODE_FIELD: kies de velden van een puntlaag</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/load_address_reference.py"/>
        <source>{}: the layer has no field {}</source>
        <translation>{}: de laag heeft geen veld {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/messages.py"/>
        <source>Cancelled: nothing was written</source>
        <translation>Geannuleerd: er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Entity id field</source>
        <translation>Veld met de entiteits-id</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Field of the points holding the ids the relationships use (default: uuid, else the feature id)</source>
        <translation>Veld van de punten met de id's die de relaties gebruiken (standaard: uuid, anders de object-id)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Relationships table</source>
        <translation>Relatietabel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Any table with source and target ids; empty: the relationships of the ecosystem GeoPackage</source>
        <translation>Elke tabel met bron- en doel-id's; leeg: de relaties van het ecosysteem-GeoPackage</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Source id field</source>
        <translation>Veld met de bron-id</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Field of RELATIONSHIPS holding the source entity's id</source>
        <translation>Veld van RELATIONSHIPS met de id van de bronentiteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Target id field</source>
        <translation>Veld met de doel-id</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Field of RELATIONSHIPS holding the target entity's id</source>
        <translation>Veld van RELATIONSHIPS met de id van de doelentiteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Relation type field</source>
        <translation>Veld met het relatietype</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Field of RELATIONSHIPS holding the relation type (for RELATION_TYPES and BY_TYPE)</source>
        <translation>Veld van RELATIONSHIPS met het relatietype (voor RELATION_TYPES en BY_TYPE)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Table relationships are directed</source>
        <translation>De relaties van de tabel zijn gericht</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>For a RELATIONSHIPS table: source → target is a direction (ecosystem files use their types' flags)</source>
        <translation>Voor een RELATIONSHIPS-tabel: bron → doel is een richting (ecosysteembestanden gebruiken de vlag van hun types)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Only these relation types</source>
        <translation>Alleen deze relatietypes</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Relation type codes; none selected means all</source>
        <translation>Codes van relatietypes; geen selectie betekent alle</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>One network per relation type</source>
        <translation>Eén netwerk per relatietype</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Analyse each relation type on its own instead of all together</source>
        <translation>Elk relatietype afzonderlijk analyseren in plaats van alle samen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Only current relationships</source>
        <translation>Alleen lopende relaties</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Leave out relationships that ended (until before today) or start later (since after today)</source>
        <translation>Relaties weglaten die beëindigd zijn (until vóór vandaag) of later beginnen (since na vandaag)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Betweenness</source>
        <translation>Tussenliggendheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Automatic (exact up to ~10 000 entities)</source>
        <translation>Automatisch (exact tot ~10 000 entiteiten)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Sampled (pivots)</source>
        <translation>Steekproef (pivots)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Exact, sampled from pivots, or automatic (exact while it takes seconds)</source>
        <translation>Exact, op basis van een steekproef van pivots, of automatisch (exact zolang het seconden duurt)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Pivots for sampled betweenness</source>
        <translation>Pivots voor de tussenliggendheid via steekproef</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Source entities sampled (0: as many as the exact budget allows)</source>
        <translation>Getrokken bronentiteiten (0: zoveel als het budget van de exacte berekening toelaat)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Seed of the communities (Louvain) and of the pivots: the same seed gives the same result</source>
        <translation>Seed van de gemeenschappen (Louvain) en van de pivots: dezelfde seed geeft hetzelfde resultaat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Input: the entities layer of an ecosystem GeoPackage (its relationships table is read, each relation type directed or not as its vocabulary says), or any point layer with ID_FIELD plus any table (RELATIONSHIPS) whose SOURCE_FIELD and TARGET_FIELD hold those ids (directed when DIRECTED is checked). Only relationships between the chosen entities count (filters: sectors, types, statuses, dates, expression, as the density algorithms); with CURRENT_ONLY, only relationships current today (until empty or today or later). RELATION_TYPES keeps some types; BY_TYPE analyses each relation type on its own network (the entities it links), otherwise all together: relationships between the same two entities make one link whose weight is their number, and the network is directed when any of its relation types is (an undirected relationship then counts both ways).</source>
        <translation>Invoer: de entiteitenlaag van een ecosysteem-GeoPackage (de relatietabel wordt gelezen, elk relatietype gericht of niet zoals zijn vocabulaire zegt), of elke puntenlaag met ID_FIELD plus elke tabel (RELATIONSHIPS) waarvan SOURCE_FIELD en TARGET_FIELD die id's bevatten (gericht als DIRECTED aangevinkt is). Alleen relaties tussen de gekozen entiteiten tellen (filters: sectoren, types, statussen, datums, expressie, zoals bij de dichtheidsalgoritmen); met CURRENT_ONLY alleen de relaties die vandaag lopen (until leeg, vandaag of later). RELATION_TYPES behoudt sommige types; BY_TYPE analyseert elk relatietype op een eigen netwerk (de entiteiten die het verbindt), anders alle samen: relaties tussen dezelfde twee entiteiten vormen één verbinding met als gewicht hun aantal, en het netwerk is gericht zodra een van zijn relatietypes gericht is (een ongerichte relatie telt dan in beide richtingen).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Betweenness is exact (Brandes, one search from every entity) up to about 10 000 entities and 50 000 links (entities × (entities + arcs, two per undirected link) ≤ 1.2e9); above, BETWEENNESS 'Automatic' estimates it from PIVOTS seeded source entities (0: as many as fit the same work) scaled by n/PIVOTS, and the output says so (betweenness_pivots). 'Exact' forces the exact computation, whatever the time; cancel stops it within a second. With the Python package numba installed the searches are compiled and use every core (about 6 s for every metric at that size on two cores); without it python-igraph's take about four times longer.</source>
        <translation>Tussenliggendheid is exact (Brandes, één zoektocht vanuit elke entiteit) tot ongeveer 10 000 entiteiten en 50 000 verbindingen (entiteiten × (entiteiten + bogen, twee per ongerichte verbinding) ≤ 1.2e9); daarboven schat BETWEENNESS 'Automatisch' ze op basis van PIVOTS met de seed getrokken bronentiteiten (0: zoveel als hetzelfde werk toelaat), geschaald met n/PIVOTS, en de uitvoer vermeldt dat (betweenness_pivots). 'Exact' dwingt de exacte berekening af, hoe lang ze ook duurt; annuleren stopt ze binnen een seconde. Met het Python-pakket numba geïnstalleerd worden de zoektochten gecompileerd en gebruiken ze alle kernen (ongeveer 6 s voor alle maten op die grootte op twee kernen); zonder numba duren die van python-igraph ongeveer vier keer langer.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>ID_FIELD: the input has no field {}</source>
        <translation>ID_FIELD: de invoer heeft geen veld {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>RELATIONSHIPS: give a relationships table, or use the entities layer of an ecosystem</source>
        <translation>RELATIONSHIPS: geef een relatietabel op, of gebruik de entiteitenlaag van een ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>{} relationships read, {} between the chosen entities</source>
        <translation>{} relaties gelezen, {} tussen de gekozen entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>RELATION_TYPES: no relationship of these types between the chosen entities</source>
        <translation>RELATION_TYPES: geen relatie van deze types tussen de gekozen entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>{}: choose the field of RELATIONSHIPS</source>
        <translation>{}: kies het veld van RELATIONSHIPS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>{}: RELATIONSHIPS has no field {}</source>
        <translation>{}: RELATIONSHIPS heeft geen veld {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>RELATION_TYPES: set TYPE_FIELD to filter a table by relation type</source>
        <translation>RELATION_TYPES: stel TYPE_FIELD in om een tabel op relatietype te filteren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Network {}: {} entities, {} links ({})</source>
        <translation>Netwerk {}: {} entiteiten, {} verbindingen ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>directed</source>
        <translation>gericht</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>undirected</source>
        <translation>ongericht</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Network {}: betweenness and closeness estimated from {} pivots of {} entities</source>
        <translation>Netwerk {}: tussenliggendheid en nabijheid geschat op basis van {} pivots op {} entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <source>Shortest paths by python-igraph, on one core: with the Python package numba installed they are compiled and use every core, about four times faster</source>
        <translation>Kortste paden berekend door python-igraph, op één kern: met het Python-pakket numba geïnstalleerd worden ze gecompileerd en gebruiken ze alle kernen, ongeveer vier keer sneller</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_common.py"/>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Cancelled: no output was written</source>
        <translation>Geannuleerd: er werd geen uitvoer geschreven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>Network metrics</source>
        <translation>Netwerkmaten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <source>The entities with their network metrics (EPSG:31370)</source>
        <translation>De entiteiten met hun netwerkmaten (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <source>Networks analysed</source>
        <translation>Geanalyseerde netwerken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <source>Entities written</source>
        <translation>Geschreven entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_metrics.py"/>
        <source>Network {}: {} communities, modularity {:.3f}</source>
        <translation>Netwerk {}: {} gemeenschappen, modulariteit {:.3f}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>Network summary</source>
        <translation>Netwerkoverzicht</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>One row per network with its figures and KPIs</source>
        <translation>Eén rij per netwerk met zijn cijfers en kpi's</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Entities (nodes)</source>
        <translation>Entiteiten (knopen)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Links</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Reciprocity</source>
        <translation>Wederkerigheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Connected components</source>
        <translation>Samenhangende componenten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Share in the largest component</source>
        <translation>Aandeel in de grootste component</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Diameter of the largest component</source>
        <translation>Diameter van de grootste component</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Mean path length in the largest component</source>
        <translation>Gemiddelde padlengte in de grootste component</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Communities</source>
        <translation>Gemeenschappen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Modularity</source>
        <translation>Modulariteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Degree assortativity</source>
        <translation>Graadassortativiteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Engagement (links per actor)</source>
        <translation>Betrokkenheid (verbindingen per actor)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Vitality (density)</source>
        <translation>Vitaliteit (dichtheid)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Linking (mean betweenness)</source>
        <translation>Verbinding (gemiddelde tussenliggendheid)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Embeddedness (share in the main component)</source>
        <translation>Ingebedheid (aandeel in de hoofdcomponent)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Network {} ({}):</source>
        <translation>Netwerk {} ({}):</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>Linking uses betweenness sampled from {} pivots</source>
        <translation>Verbinding gebruikt de tussenliggendheid via een steekproef van {} pivots</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/network_summary.py"/>
        <source>OUTPUT: cannot write the row of network {}</source>
        <translation>OUTPUT: kan de rij van netwerk {} niet schrijven</translation>
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
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>The output refused feature {} of {}: its field {} ({}) cannot hold the value {} ({})</source>
        <translation>De uitvoer weigerde object {} van {}: het veld {} ({}) kan de waarde {} niet bevatten ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>The output refused feature {} of {} ({})</source>
        <translation>De uitvoer weigerde object {} van {} ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/outputs.py"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>First date (YYYY-MM-DD); empty: the register's first recorded change</source>
        <translation>Eerste datum (JJJJ-MM-DD); leeg: de eerste geregistreerde wijziging van het register</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Last date (YYYY-MM-DD); empty: today</source>
        <translation>Laatste datum (JJJJ-MM-DD); leeg: vandaag</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>Length of each period; each ends on the last day of a calendar month, quarter or year</source>
        <translation>Lengte van elke periode; elke periode eindigt op de laatste dag van een kalendermaand, -kwartaal of -jaar</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>FROM: the register has no history yet; give a date</source>
        <translation>FROM: het register heeft nog geen historiek; geef een datum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>TO: {} is in the future</source>
        <translation>TO: {} ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>FROM: {} is after TO ({})</source>
        <translation>FROM: {} ligt na TO ({})</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/periods.py"/>
        <source>{}: '{}' is not a date (YYYY-MM-DD) or an ISO date-time</source>
        <translation>{}: '{}' is geen datum (JJJJ-MM-DD) of ISO-datum-tijd</translation>
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
        <source>PIXEL_SIZE: {:g} m pixels are coarse for R_MIN ({:g} m): each distance may be off by up to {:.0f} m (a pixel's diagonal), so L(r) is unreliable below about {:.0f} m; use pixels of at most {:.0f} m</source>
        <translation>PIXEL_SIZE: pixels van {:g} m zijn grof voor R_MIN ({:g} m): elke afstand kan tot {:.0f} m afwijken (de diagonaal van een pixel), dus L(r) is onbetrouwbaar onder ongeveer {:.0f} m; gebruik pixels van hoogstens {:.0f} m</translation>
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
        <source>{}: {} invalid polygons were repaired (make_valid)</source>
        <translation>{}: {} ongeldige polygonen werden hersteld (make_valid)</translation>
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
        <source>{}: the boundary has no area</source>
        <translation>{}: de grens heeft geen oppervlakte</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/portfolio_input.py"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/portfolio_input.py"/>
        <source>The name of a portfolio saved in the ecosystem GeoPackage: only its entities are used</source>
        <translation>De naam van een portefeuille die in de ecosysteem-GeoPackage bewaard is: alleen de entiteiten ervan worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>Language of the forms and styles stored in the file</source>
        <translation>Taal van de formulieren en stijlen die in het bestand worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>QGIS's language</source>
        <translation>De taal van QGIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>The file keeps default styles with forms and a ready project in this language, so a colleague without the plugin opens it with the same forms (Project ▸ Open from ▸ GeoPackage)</source>
        <translation>Het bestand bewaart standaardstijlen met formulieren en een kant-en-klaar project in deze taal: een collega zonder de plug-in opent het met dezelfde formulieren (Project ▸ Openen vanuit ▸ GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>{}: the styles and forms could not be stored ({}); the file was removed</source>
        <translation>{}: de stijlen en formulieren konden niet worden opgeslagen ({}); het bestand is verwijderd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>Stored the styles, forms and project ({}): {}</source>
        <translation>Stijlen, formulieren en project opgeslagen ({}): {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/project.py"/>
        <source>The styles, forms and project could not be stored in the database ({}); the ecosystem is complete and the plugin styles it when it opens it</source>
        <translation>De stijlen, formulieren en het project konden niet in de database worden opgeslagen ({}); het ecosysteem is volledig en de plugin geeft het opmaak wanneer hij het opent</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>The ecosystem .gpkg file to publish (opened read-only, never changed)</source>
        <translation>Het .gpkg-bestand van het ecosysteem om te publiceren (alleen-lezen geopend, nooit gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Title of the page</source>
        <translation>Titel van de pagina</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Shown at the top of the page and as the browser tab's title</source>
        <translation>Getoond bovenaan de pagina en als titel van het browsertabblad</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Team e-mail for corrections</source>
        <translation>E-mailadres van het team voor verbeteringen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Where the page's correction e-mails are addressed; empty: the person chooses the address</source>
        <translation>Waar de verbeteringsmails van de pagina naartoe gaan; leeg: de persoon kiest het adres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Default language of the page</source>
        <translation>Standaardtaal van de pagina</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>fr, nl or en; readers switch language in the page</source>
        <translation>fr, nl of en; lezers wisselen van taal in de pagina</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Online tile layer URL</source>
        <translation>URL van de online tegellaag</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>An https:// XYZ template with {z}, {x} and {y}, shown under the municipalities only when reachable; empty: municipalities only</source>
        <translation>Een https:// XYZ-sjabloon met {z}, {x} en {y}, enkel onder de gemeenten getoond als het bereikbaar is; leeg: enkel gemeenten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Tile layer attribution</source>
        <translation>Bronvermelding van de tegellaag</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>The credit the tile provider requires, shown on the map with its tiles</source>
        <translation>De vermelding die de tegelleverancier vereist, op de kaart getoond met zijn tegels</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Output folder or .zip</source>
        <translation>Uitvoermap of .zip</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>A folder to create (a previous web map there is replaced) or a file name ending with .zip</source>
        <translation>Een aan te maken map (een vorige webkaart daarin wordt vervangen) of een bestandsnaam op .zip</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>OUTPUT: give a folder or a .zip file to write</source>
        <translation>OUTPUT: geef een map of een .zip-bestand om te schrijven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Publishing the public web map of {source} to {target}</source>
        <translation>Publicatie van de openbare webkaart van {source} naar {target}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>The publication failed and nothing was written: {}</source>
        <translation>De publicatie is mislukt en er is niets geschreven: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>{entities} entries, {relationships} relationships, {municipalities} municipalities</source>
        <translation>{entities} fiches, {relationships} relaties, {municipalities} gemeenten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>Page data: {:.2f} MB</source>
        <translation>Gegevens van de pagina: {:.2f} MB</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/publish_web_map.py"/>
        <source>No entry is public: the map shows the municipalities only</source>
        <translation>Geen enkele fiche is openbaar: de kaart toont enkel de gemeenten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>The ecosystem .gpkg file to check (opened read-only)</source>
        <translation>Het .gpkg-bestand van het ecosysteem om te controleren (alleen-lezen geopend)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>Review period (months)</source>
        <translation>Nazichtperiode (maanden)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Entities whose last review is older than this many months are listed</source>
        <translation>Entiteiten waarvan het laatste nazicht ouder is dan zoveel maanden worden opgesomd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Entities with similar names closer than this (metres) are probable duplicates</source>
        <translation>Entiteiten met gelijkende namen die dichter bij elkaar liggen dan dit (meter) zijn waarschijnlijke dubbels</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>One row per entity and problem</source>
        <translation>Eén rij per entiteit en probleem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>A page with the figures, a map and the rows to fix</source>
        <translation>Een pagina met de cijfers, een kaart en de te verbeteren rijen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/quality_report.py"/>
        <source>Checking {}</source>
        <translation>Controle van {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>The ecosystem .gpkg whose entries are listed (read only)</source>
        <translation>De ecosysteem-.gpkg waarvan de fiches opgelijst worden (alleen gelezen)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>Verified entries not reviewed for longer than this are listed</source>
        <translation>Geverifieerde fiches die langer dan dit niet nagekeken werden, worden opgelijst</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>Review queue</source>
        <translation>Nakijkwachtrij</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>The entries to review, in the order to take them (EPSG:31370)</source>
        <translation>De na te kijken fiches, in de volgorde waarin ze te nemen zijn (EPSG:31370)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <source>Entries to review</source>
        <translation>Na te kijken fiches</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/review_queue.py"/>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>The ecosystem .gpkg that keeps the portfolio</source>
        <translation>De ecosysteem-.gpkg die de portefeuille bewaart</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Portfolio name</source>
        <translation>Naam van de portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>A name of your choice</source>
        <translation>Een naam naar keuze</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>A QGIS expression on the entities' fields (leave empty to give entities instead)</source>
        <translation>Een QGIS-expressie op de velden van de entiteiten (laat leeg om in de plaats entiteiten te geven)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>The entities of the portfolio (tick 'Selected features only' to keep a selection)</source>
        <translation>De entiteiten van de portefeuille (vink 'Alleen geselecteerde objecten' aan om een selectie te bewaren)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>What the portfolio is for</source>
        <translation>Waarvoor de portefeuille dient</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Listed for every curator, not only its owner</source>
        <translation>Getoond voor elke curator, niet alleen voor de eigenaar</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Replace a portfolio of the same name</source>
        <translation>Een portefeuille met dezelfde naam vervangen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Overwrite a portfolio of the same name</source>
        <translation>Een portefeuille met dezelfde naam overschrijven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Entities in the portfolio</source>
        <translation>Entiteiten in de portefeuille</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>{} or {}: give one of the two, an expression or entities</source>
        <translation>{} of {}: geef een van beide, een expressie of entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>{}: the layer has no uuid field; give the entities layer of the ecosystem</source>
        <translation>{}: de laag heeft geen veld uuid; geef de laag met entiteiten van het ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>{}: no entity given</source>
        <translation>{}: geen entiteit gegeven</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/save_portfolio.py"/>
        <source>Portfolio {}: {} entities</source>
        <translation>Portefeuille {}: {} entiteiten</translation>
    </message>
    <message>
        <location filename="../../processing/provider.py"/>
        <source>{} need {}: install it with pip in QGIS's Python</source>
        <translation>{} hebben {} nodig: installeer het met pip in de Python van QGIS</translation>
    </message>
    <message>
        <location filename="../../processing/provider.py"/>
        <source>Brussels Creative — creative ecosystem of the Brussels Capital Region</source>
        <translation>Brussels Creative — creatief ecosysteem van het Brussels Hoofdstedelijk Gewest</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>Centrography over time</source>
        <translation>Centrografie in de tijd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>centrography</source>
        <translation>centrografie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>mean centre</source>
        <translation>gemiddeld centrum</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>standard distance</source>
        <translation>standaardafstand</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>ellipse</source>
        <translation>ellips</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>directional distribution</source>
        <translation>richtingsverdeling</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>shift</source>
        <translation>verschuiving</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/centrography.json"/>
        <source>Shows where the ecosystem is centred and how it spreads, period by period, and how its centre moves. For the entities active at the end of each period (replayed from the file's history): the mean centre, the standard distance (how far, on average, entities lie from the centre) and the standard deviational ellipse (its long axis points where entities stretch out; about 63 % of a compact cloud falls inside). Shifts are lines from each period's centre to the next, with their length and bearing (degrees clockwise from north).

Distances in metres (EPSG:31370). The ellipse's semi-axes are √2 times the standard deviations along its axes, as ArcGIS's Directional Distribution draws one standard deviation; rotation is the long axis's bearing, 0–180°.</source>
        <translation>Toont waar het ecosysteem gecentreerd is en hoe het zich spreidt, periode per periode, en hoe zijn centrum verschuift. Voor de entiteiten die actief zijn aan het einde van elke periode (uit de historiek van het bestand afgespeeld): het gemiddelde centrum, de standaardafstand (hoe ver entiteiten gemiddeld van het centrum liggen) en de standaardafwijkingsellips (haar lange as wijst waar de entiteiten zich uitstrekken; ongeveer 63 % van een compacte wolk valt erbinnen). Verschuivingen zijn lijnen van het centrum van elke periode naar het volgende, met hun lengte en richting (graden met de klok mee vanaf het noorden).

Afstanden in meter (EPSG:31370). De halve assen van de ellips zijn √2 keer de standaardafwijkingen langs haar assen, zoals ArcGIS' Directional Distribution één standaardafwijking tekent; de rotatie is de richting van de lange as, 0–180°.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <source>Check ecosystem GeoPackage</source>
        <translation>Ecosysteem-GeoPackage controleren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <source>check</source>
        <translation>controleren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <source>validate</source>
        <translation>valideren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <source>integrity</source>
        <translation>integriteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/check_geopackage.json"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>quality</source>
        <translation>kwaliteit</translation>
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
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>Clusters (DBSCAN)</source>
        <translation>Clusters (DBSCAN)</translation>
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
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>clustering</source>
        <translation>clustering</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>density</source>
        <translation>dichtheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>hull</source>
        <translation>omhulsel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>concave</source>
        <translation>concaaf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>convex</source>
        <translation>convex</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>agglomeration</source>
        <translation>agglomeratie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>Which groups of entities lie close together on the ground? Entities with at least MIN_POINTS neighbours within EPS metres are linked into clusters; isolated ones are noise. Each cluster gets a polygon with its size, area, density and dominant types and sectors: the creative quarters of the region at that distance. A smaller EPS finds tighter, smaller groups.</source>
        <translation>Welke groepen entiteiten liggen dicht bij elkaar op het terrein? Entiteiten met minstens MIN_POINTS buren binnen EPS meter worden tot clusters verbonden; geïsoleerde zijn ruis. Elke cluster krijgt een polygoon met zijn grootte, oppervlakte, dichtheid en dominante types en sectoren: de creatieve wijken van het Gewest op die afstand. Een kleinere EPS vindt strakkere, kleinere groepen.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/clusters.json"/>
        <source>Finds dense groups of entities with DBSCAN (distances in metres, EPSG:31370) and describes each group.

Rules, as QGIS's DBSCAN clustering: a core point has at least MIN_POINTS entities, itself included, within EPS metres (a distance equal to EPS counts); clusters are the groups of core points linked by steps of at most EPS, so the core points of each cluster are exactly QGIS's (the numbers may differ: here clusters are numbered 0, 1, … in the input order of their first core point). A border point (not core, but within EPS of a core point) joins the cluster of its nearest core point (ties: the first core point in input order), whereas QGIS gives it to whichever cluster reaches it first, so a border point between two clusters may be labelled differently; with 'border points are noise' (DBSCAN*) they are noise, as in QGIS's DBSCAN* option. Everything else is noise.

Output 1, the entities: the input's own fields (for the entities of an ecosystem GeoPackage: uuid, name, entity_type and municipality; the rest stays in the file, joined by uuid), then cluster_id (NULL for noise) and is_core; for a layer without a uuid field, source_fid, the id of the input feature each point comes from.
Output 2, one polygon per cluster: its convex hull, or a concave hull (shapely's concave_hull with CONCAVE_RATIO: 1 is the convex hull, smaller values hug the points more tightly), with size (entities), n_core, area_km2 and density_km2 (entities per km² of the hull), the top entity types and, for the entities layer of an ecosystem GeoPackage, the top sectors (share of the cluster's entities linked to each sector, primary or not). A cluster whose points are all at one place or on one line, or nearly (a hull narrower than 5 m on average), has no meaningful area: its polygon is that hull buffered by 1 m, for display only, and its area_km2 is 0 and density_km2 NULL.</source>
        <translation>Vindt dichte groepen entiteiten met DBSCAN (afstanden in meter, EPSG:31370) en beschrijft elke groep.

Regels, zoals de DBSCAN-clustering van QGIS: een kernpunt heeft minstens MIN_POINTS entiteiten, zichzelf inbegrepen, binnen EPS meter (een afstand gelijk aan EPS telt mee); clusters zijn de groepen kernpunten die verbonden zijn door stappen van hoogstens EPS, zodat de kernpunten van elke cluster precies die van QGIS zijn (de nummers kunnen verschillen: hier worden de clusters genummerd 0, 1, … in de invoervolgorde van hun eerste kernpunt). Een randpunt (geen kernpunt, maar binnen EPS van een kernpunt) wordt toegevoegd aan de cluster van zijn dichtstbijzijnde kernpunt (bij gelijke afstand: het eerste kernpunt in invoervolgorde), terwijl QGIS het toewijst aan de cluster die het als eerste bereikt; een randpunt tussen twee clusters kan dus een ander label krijgen. Met ‘Randpunten zijn ruis’ (DBSCAN*) zijn die punten ruis, zoals met de DBSCAN*-optie van QGIS. Al de rest is ruis.

Uitvoer 1, de entiteiten: de eigen velden van de invoer (voor de entiteiten van een ecosysteem-GeoPackage: uuid, name, entity_type en municipality; de rest blijft in het bestand, gekoppeld via uuid), dan cluster_id (NULL voor ruis) en is_core; voor een laag zonder uuid-veld source_fid, de id van het invoerobject waar elk punt vandaan komt.
Uitvoer 2, één polygoon per cluster: het convexe omhulsel, of een concaaf omhulsel (concave_hull van shapely met CONCAVE_RATIO: 1 is het convexe omhulsel, kleinere waarden sluiten nauwer aan bij de punten), met size (entiteiten), n_core, area_km2 en density_km2 (entiteiten per km² van het omhulsel), de meest voorkomende entiteitstypes en, voor de entiteitenlaag van een ecosysteem-GeoPackage, de meest voorkomende sectoren (aandeel van de entiteiten van de cluster dat aan elke sector gekoppeld is, als hoofdsector of niet). Een cluster waarvan alle punten op één plek of op één lijn liggen, of bijna (een omhulsel gemiddeld smaller dan 5 m), heeft geen zinvolle oppervlakte: de polygoon is dat omhulsel met een buffer van 1 m, enkel voor de weergave; area_km2 is dan 0 en density_km2 NULL.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>Compare portfolios</source>
        <translation>Portefeuilles vergelijken</translation>
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
        <translation>vergelijken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>selection</source>
        <translation>selectie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>chart</source>
        <translation>grafiek</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>degree</source>
        <translation>graad</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/compare_portfolios.json"/>
        <source>Puts two or more portfolios (saved selections of entities) side by side: a table with one row per figure and one column per portfolio, and a chart.

The figures: entities; entities per km² of the region; the share verified (%); the mean number of relationships per entity (network degree, links of any type in either direction); then the number of entities of each entity type and of each primary sector. A portfolio by expression counts the entities its expression selects now; one by list, its entities still in the file.

Portfolios: their names, separated by semicolons (;). The chart is written as .png, .svg or .pdf.</source>
        <translation>Zet twee of meer portefeuilles (bewaarde selecties van entiteiten) naast elkaar: een tabel met een rij per cijfer en een kolom per portefeuille, en een grafiek.

De cijfers: entiteiten; entiteiten per km² van het gewest; het aandeel geverifieerd (%); het gemiddelde aantal relaties per entiteit (graad in het netwerk, verbanden van elk type in beide richtingen); daarna het aantal entiteiten van elk entiteitstype en van elke hoofdsector. Een portefeuille op basis van een expressie telt de entiteiten die de expressie nu selecteert; een portefeuille op basis van een lijst, de entiteiten die nog in het bestand staan.

Portefeuilles: hun namen, gescheiden door puntkomma's (;). De grafiek wordt geschreven als .png, .svg of .pdf.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>Copy ecosystem between GeoPackage and PostGIS</source>
        <translation>Ecosysteem kopiëren tussen GeoPackage en PostGIS</translation>
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
        <translation>kopie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>migrate</source>
        <translation>migreren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>backup</source>
        <translation>back-up</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>ecosystem</source>
        <translation>ecosysteem</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>Moves an ecosystem to a database when a team starts editing it together, or takes a copy home as one GeoPackage (a backup, a snapshot, work offline). Everything travels as it is: every entity with its uuid, sectors, services and audiences, the relationships, the whole history with who changed what and when, the proposals, the portfolios, the KPI snapshots and the vocabularies, so a copy taken there and back is identical table by table.</source>
        <translation>Verplaatst een ecosysteem naar een database wanneer een team het samen begint te bewerken, of neemt er een kopie van mee als één GeoPackage (een back-up, een momentopname, offline werken). Alles reist zoals het is: elke entiteit met haar uuid, sectoren, diensten en doelpublieken, de relaties, de volledige geschiedenis met wie wat wanneer wijzigde, de voorstellen, de portefeuilles, de KPI-momentopnamen en de vocabularia; een kopie heen en terug is tabel per tabel identiek.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/copy_ecosystem.json"/>
        <source>GeoPackage → PostGIS makes the schema SCHEMA in the database of the saved PostgreSQL connection (Browser ▸ PostgreSQL ▸ New Connection; the database needs the postgis extension) and copies the GeoPackage into it; a schema that holds an ecosystem already is refused. PostGIS → GeoPackage writes a new GeoPackage from the schema's ecosystem, read at one moment even while others edit; an existing file is replaced only with OVERWRITE.

The copy is one transaction: on an error or a cancel nothing is left behind (no schema, no file). Rows keep their fid; dates keep their milliseconds (UTC); the history is copied, not rewritten, and the target's rules hold again afterwards. A column that the target has no place for (one added by hand) stops the copy naming it, rather than being dropped. Coordinates stay in EPSG:31370 (Belgian Lambert 72, metres). The number of rows copied is reported table by table.

The target gets the plugin's styles, forms and ready project in the LANGUAGE chosen (in PostGIS: the database's default styles and a project in the schema, without any password).</source>
        <translation>GeoPackage → PostGIS maakt het schema SCHEMA in de database van de opgeslagen PostgreSQL-verbinding (Browser ▸ PostgreSQL ▸ Nieuwe verbinding; de database heeft de extensie postgis nodig) en kopieert de GeoPackage erin; een schema dat al een ecosysteem bevat wordt geweigerd. PostGIS → GeoPackage schrijft een nieuwe GeoPackage uit het ecosysteem van het schema, gelezen op één moment, ook terwijl anderen bewerken; een bestaand bestand wordt alleen met OVERWRITE vervangen.

De kopie is één transactie: bij een fout of annulering blijft niets achter (geen schema, geen bestand). Rijen behouden hun fid; datums behouden hun milliseconden (UTC); de geschiedenis wordt gekopieerd, niet herschreven, en de regels van het doel gelden daarna weer. Een kolom die geen plaats heeft in het doel (met de hand toegevoegd) stopt de kopie en wordt genoemd, in plaats van te verdwijnen. Coördinaten blijven in EPSG:31370 (Belgische Lambert 72, meter). Het aantal gekopieerde rijen wordt tabel per tabel gemeld.

Het doel krijgt de stijlen, formulieren en het klare project van de plugin in de gekozen taal LANGUAGE (in PostGIS: de standaardstijlen van de database en een project in het schema, zonder enig wachtwoord).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <source>Create ecosystem GeoPackage</source>
        <translation>Ecosysteem-GeoPackage aanmaken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>create</source>
        <translation>aanmaken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_geopackage.json"/>
        <source>Creates a new ecosystem GeoPackage in EPSG:31370 (Belgian Lambert 72, metres): the entities point layer, sectors, services, audiences, relationships and their lines, the history, and the vocabularies in English, French and Dutch, with the 19 municipalities of the Brussels Capital Region as a polygon layer (UrbIS © CIRB/CIBG).

Integrity rules and the change history live in the file itself, so every client (QGIS, GDAL, sqlite3) is held to them.

An existing file is never replaced unless 'Overwrite' is ticked.</source>
        <translation>Maakt een nieuwe ecosysteem-GeoPackage aan in EPSG:31370 (Belgische Lambert 72, meter): de puntlaag met de entiteiten, sectoren, diensten, doelgroepen, relaties en hun lijnen, de geschiedenis, en de vocabulaires in het Engels, Frans en Nederlands, met de 19 gemeenten van het Brussels Hoofdstedelijk Gewest als polygoonlaag (UrbIS © CIRB/CIBG).

De integriteitsregels en de wijzigingsgeschiedenis zitten in het bestand zelf, zodat elke client (QGIS, GDAL, sqlite3) ze moet naleven.

Een bestaand bestand wordt nooit vervangen, tenzij ‘Een bestaand bestand overschrijven’ aangevinkt is.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>Create ecosystem in PostgreSQL/PostGIS</source>
        <translation>Ecosysteem aanmaken in PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>Makes a place where several people can edit one ecosystem at once: a schema in a PostgreSQL database with PostGIS, holding the entities with their sectors, services and audiences, the relationships, the history, the proposals, the portfolios and the KPI snapshots, as an ecosystem GeoPackage does, with the vocabularies in English, French and Dutch and the 19 municipalities. A GeoPackage on a network share is unsafe for several editors; a database is made for them. The analyses read its entities layer as they read a GeoPackage's; copy_ecosystem fills it from a GeoPackage.</source>
        <translation>Maakt een plek waar meerdere mensen tegelijk één ecosysteem kunnen bewerken: een schema in een PostgreSQL-database met PostGIS, met de entiteiten en hun sectoren, diensten en doelpublieken, de relaties, de geschiedenis, de voorstellen, de portefeuilles en de KPI-momentopnamen, zoals een ecosysteem-GeoPackage, met de vocabularia in het Engels, Frans en Nederlands en de 19 gemeenten. Een GeoPackage op een netwerkschijf is niet veilig voor meerdere bewerkers; een database is voor hen gemaakt. De analyses lezen de entiteitenlaag zoals die van een GeoPackage; copy_ecosystem vult het vanuit een GeoPackage.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/create_postgis_ecosystem.json"/>
        <source>The database is the one of a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL ▸ New Connection); it must have the postgis extension. The schema is created; a schema that holds an ecosystem already is refused and left as it is. Everything is written in one transaction: on any error nothing is left behind.

The database enforces the GeoPackage's rules under the same names (bc_email_shape, bc_entity_type_known...) for every client, writes the history of every change with the name of the database user who made it, and has three roles to grant to people's logins: bc_curator (everything), bc_editor (entities, relationships, their sectors, services and audiences, and proposals) and bc_reader (the view public_entities only). Coordinates are stored in EPSG:31370 (Belgian Lambert 72, metres).

The layers' styles and forms are stored as the database's default styles (QGIS's layer_styles) and a ready project in the schema (Project ▸ Open from ▸ PostgreSQL), in the LANGUAGE chosen, naming the connection without any password; the plugin opens the ecosystem with Open ecosystem from PostgreSQL….</source>
        <translation>De database is die van een PostgreSQL-verbinding die in QGIS is opgeslagen (Browser ▸ PostgreSQL ▸ Nieuwe verbinding); ze moet de extensie postgis hebben. Het schema wordt aangemaakt; een schema dat al een ecosysteem bevat wordt geweigerd en blijft zoals het is. Alles wordt in één transactie geschreven: bij elke fout blijft er niets achter.

De database legt de regels van de GeoPackage op onder dezelfde namen (bc_email_shape, bc_entity_type_known...) voor elke client, schrijft de geschiedenis van elke wijziging met de naam van de databasegebruiker die ze maakte, en heeft drie rollen om aan de logins van mensen toe te kennen: bc_curator (alles), bc_editor (entiteiten, relaties, hun sectoren, diensten en doelpublieken, en voorstellen) en bc_reader (alleen de view public_entities). Coördinaten worden opgeslagen in EPSG:31370 (Belgische Lambert 72, meter).

De stijlen en formulieren van de lagen worden opgeslagen als standaardstijlen van de database (layer_styles van QGIS) en een klaar project in het schema (Project ▸ Openen vanuit ▸ PostgreSQL), in de gekozen taal LANGUAGE, met de verbinding zonder enig wachtwoord; de plugin opent het ecosysteem met Ecosysteem openen uit PostgreSQL….</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>count</source>
        <translation>tellen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>points in polygon</source>
        <translation>punten in polygoon</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>location quotient</source>
        <translation>locatiequotiënt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>per capita</source>
        <translation>per inwoner</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_by_area.json"/>
        <source>Where are the creative entities concentrated, area by area? Each polygon gets its number of entities, its density (entities per km²) and its share of all entities. A location quotient above 1 means a sector is over-represented in the area compared with the whole study area (1.5: half as much again as expected), below 1 under-represented. With a population field, entities per 1 000 inhabitants compare places of different sizes. The layer loads in five classes of density, light to dark.</source>
        <translation>Waar concentreren de creatieve entiteiten zich, zone per zone? Elke polygoon krijgt zijn aantal entiteiten, zijn dichtheid (entiteiten per km²) en zijn aandeel in het totaal. Een locatiequotiënt boven 1 betekent dat een sector in de zone oververtegenwoordigd is ten opzichte van het hele studiegebied (1,5: de helft meer dan verwacht), onder 1 ondervertegenwoordigd. Met een bevolkingsveld vergelijken de entiteiten per 1 000 inwoners plaatsen van verschillende grootte. De laag wordt geladen in vijf dichtheidsklassen, van licht naar donker.</translation>
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
        <translation>Telt de entiteiten (of willekeurige punten) in elke polygoon van AREAS — gemeenten, statistische sectoren, wijken — en schrijft de polygonen, in EPSG:31370, met:
- n_entities: aantal punten geteld in de polygoon;
- area_km2: de vlakke oppervlakte van de polygoon in EPSG:31370 (km²); density_km2: n_entities per km²;
- share_pct: het aandeel (%) van de polygoon in de punten die in een polygoon geteld zijn;
- n_sector_&lt;code&gt; en lq_&lt;code&gt; per sector (alleen ecosysteementiteiten): aantal en locatiequotiënt (aandeel van de sector in de polygoon ÷ zijn aandeel over alle polygonen; 1 = zoals in het gewest, leeg voor een lege polygoon). SECTOR_MODE 'primary' (standaard) telt elke entiteit één keer, onder haar hoofdsector, zodat de sectortellingen samen n_entities geven; 'all' telt ze onder elke sector die ze heeft;
- n_type_&lt;code&gt; per entiteitstype, als de punten een veld entity_type hebben;
- per_1000_inh: n_entities per 1 000 inwoners als een veld POPULATION opgegeven is (leeg waar de bevolking ontbreekt of nul is).

Punten op grenzen (BORDER_RULE): standaard wordt elk punt één keer geteld — een punt binnen een polygoon in die polygoon, een punt op een grens die meerdere polygonen delen in de eerste ervan volgens de objectvolgorde van de laag — zodat de tellingen optellen tot de punten binnen de gebieden en de aandelen tot 100 %. Buiten de grenzen zijn de tellingen gelijk aan die van native:countpointsinpolygon van QGIS; dat algoritme telt een punt dat precies op een grens ligt nergens, wat de regel 'contains' nabootst. 'intersects' telt een grenspunt in elke polygoon die het raakt.

Punten buiten elke polygoon worden niet geteld (hun aantal wordt gemeld). Polygonen in een willekeurig CRS worden getransformeerd naar EPSG:31370 met de transformatie-instellingen van het project; de punten ook. Objecten zonder geometrie blijven behouden met tellingen nul en lege oppervlakten. De filters selecteren entiteiten op sector, type, status, zichtbaarheid, aanmaakdatum of expressie.

Wanneer de punten en de gebieden tabellen zijn van één PostgreSQL/PostGIS-database (lagen van de postgres-provider, beide in EPSG:31370), telt de database ze in één query met haar ruimtelijke indexen, volgens dezelfde regels, in plaats van de punten uit te lezen; een QGIS-filterexpressie, alleen geselecteerde objecten of multipunten laten de punten uitlezen zoals voor elke andere bron.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>Density change between two dates</source>
        <translation>Verandering van de dichtheid tussen twee datums</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>change</source>
        <translation>verandering</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>difference</source>
        <translation>verschil</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>kernel density</source>
        <translation>kerndichtheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>heatmap</source>
        <translation>heatmap</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>two dates</source>
        <translation>twee datums</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_change.json"/>
        <source>Shows where the ecosystem grew or shrank between two dates: the change raster is the density of the active entities at the second date minus the density at the first, in entities per km² (positive: more entities around than before; negative: fewer). The two density rasters are written too.

The active entities at each date are replayed from the file's history (a date means the end of that day). Both densities use the same quartic kernel (bandwidth in metres) on one fixed grid: the region's extent snapped to multiples of the pixel size in EPSG:31370, so rasters of other runs with the same pixel size line up pixel for pixel and can be compared or subtracted. Each density integrates to its number of entities (binned FFT, as Kernel density).</source>
        <translation>Toont waar het ecosysteem tussen twee datums groeide of kromp: de veranderingsraster is de dichtheid van de actieve entiteiten op de tweede datum min de dichtheid op de eerste, in entiteiten per km² (positief: meer entiteiten in de buurt dan voordien; negatief: minder). De twee dichtheidsrasters worden ook geschreven.

De actieve entiteiten op elke datum worden uit de historiek van het bestand afgespeeld (een datum betekent het einde van die dag). Beide dichtheden gebruiken dezelfde quartische kern (bandbreedte in meter) op één vast rooster: de omvang van het Gewest afgerond op veelvouden van de pixelgrootte in EPSG:31370, zodat rasters van andere runs met dezelfde pixelgrootte pixel voor pixel samenvallen en vergeleken of afgetrokken kunnen worden. Elke dichtheid integreert tot haar aantal entiteiten (FFT op een rooster, zoals Kerndichtheid).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>grid</source>
        <translation>rooster</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>hexagon</source>
        <translation>zeshoek</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>square</source>
        <translation>vierkant</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>binning</source>
        <translation>binning</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>aligned</source>
        <translation>uitgelijnd</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/density_grid.json"/>
        <source>Where are the entities concentrated, whatever the administrative borders? Each cell of a regular grid gets its number of entities and its density (entities per km²); all cells have the same size, so their counts compare directly. The grid is aligned on a fixed origin: grids of two dates match cell for cell, and the change is a simple difference.</source>
        <translation>Waar concentreren de entiteiten zich, ongeacht de administratieve grenzen? Elke cel van een regelmatig raster krijgt haar aantal entiteiten en haar dichtheid (entiteiten per km²); alle cellen zijn even groot, dus hun aantallen zijn rechtstreeks vergelijkbaar. Het raster is uitgelijnd op een vaste oorsprong: rasters van twee datums komen cel per cel overeen, en de verandering is een eenvoudig verschil.</translation>
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
        <translation>Telt de entiteiten (of willekeurige punten) per cel van een vierkant of zeshoekig rooster in EPSG:31370 en schrijft de cellen met:
- col, row: gehele cel-id's ten opzichte van de oorsprong (col neemt toe naar het oosten, row naar het noorden);
- n_entities: punten in de cel; density_km2: n_entities per km² van de hele cel; cell_area_km2;
- boundary_pct (met een laag BOUNDARY): het aandeel (%) van de oppervlakte van de cel binnen de grens.

CELL_SIZE is de zijde van het vierkant, of de zijde van de zeshoek (= de straal van de omgeschreven cirkel; zeshoeken met een vlakke bovenkant), in meter. Het rooster is verankerd in ORIGIN_X, ORIGIN_Y (meter in EPSG:31370, standaard 0, 0): roosters met dezelfde oorsprong, celgrootte en vorm vallen cel voor cel samen, ongeacht hun bereik, zodat twee datums op (col, row) gekoppeld en van elkaar afgetrokken kunnen worden.

Bereik: de cellen die het bereik van de punten bedekken, of, met een laag BOUNDARY, de cellen die de polygonen van de grens raken (cellen die er volledig buiten liggen, vallen weg). Cellen blijven heel en worden nooit geknipt, zodat elke cel dezelfde oppervlakte heeft en dichtheden vergelijkbaar zijn; boundary_pct geeft aan hoeveel van een randcel binnen ligt. Elk punt in een behouden cel wordt geteld, ook een punt net buiten de grens in een randcel.

Randen: elk punt wordt in precies één cel geteld. Vierkanten zijn halfopen: een punt op een verticale roosterlijn gaat naar de cel ten oosten ervan, op een horizontale lijn naar de cel ten noorden ervan. Zeshoeken: een punt gaat naar het dichtstbijzijnde celcentrum; bij gelijke afstand naar de oostelijke kolom, dan naar de noordelijke cel. KEEP_EMPTY behoudt cellen zonder punt (n_entities 0). Invoer in een willekeurig CRS wordt getransformeerd naar EPSG:31370.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <source>Ecosystem report</source>
        <translation>Rapport over het ecosysteem</translation>
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
        <translation>indicator</translation>
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
        <translation>beleid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/ecosystem_report.json"/>
        <source>Writes a report on the ecosystem for decision makers, in English, French or Dutch: the key figures and their change since the previous KPI snapshot and since a year before, the trends of the snapshots kept in the file, a map of the active entities by type and a kernel density map (drawn by QGIS), tables by municipality and by sector with their most over-represented sector or municipality (location quotient), the most connected entities, data quality, and the sources and method.

The HTML file holds its images inside it and opens offline; the PDF is laid out by a QGIS print layout (A4 landscape). Run KPI snapshot first (for example monthly from the history) to see changes and trends. The file is only read.</source>
        <translation>Schrijft een rapport over het ecosysteem voor beleidsmakers, in het Engels, Frans of Nederlands: de kerncijfers en hun evolutie sinds de vorige momentopname van de indicatoren en sinds een jaar eerder, de trends van de momentopnamen die in het bestand bewaard zijn, een kaart van de actieve entiteiten per type en een kerndichtheidskaart (door QGIS getekend), tabellen per gemeente en per sector met hun meest oververtegenwoordigde sector of gemeente (locatiequotiënt), de meest verbonden entiteiten, de datakwaliteit, en de bronnen en methode.

Het HTML-bestand bevat zijn afbeeldingen en opent offline; de PDF wordt opgemaakt door een QGIS-afdruklay-out (A4 liggend). Voer eerst de momentopname van de indicatoren uit (bijvoorbeeld maandelijks uit de historiek) om evoluties en trends te zien. Het bestand wordt alleen gelezen.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>emerging</source>
        <translation>opkomend</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>hot spot</source>
        <translation>hotspot</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>trend</source>
        <translation>trend</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/emerging_hotspots.json"/>
        <source>space-time</source>
        <translation>ruimte-tijd</translation>
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
        <translation>Toont waar concentraties van actieve entiteiten in de tijd ontstaan, groeien, aanhouden of vervagen. Elk vierkant van het Gewest krijgt een patroon:
- nieuw: een hotspot alleen in de laatste periode;
- opeenvolgend: een hotspot in een ononderbroken reeks van de laatste perioden, nooit ervoor;
- versterkend, aanhoudend, afnemend: een hotspot in minstens 90 % van de perioden, de laatste inbegrepen, die sterker wordt, gelijk blijft of zwakker wordt;
- sporadisch: een hotspot in de laatste periode, en af en toe ervoor, nooit een coldspot;
- schommelend: een hotspot in de laatste periode die eerder een coldspot was;
- historisch: een hotspot in minstens 90 % van de perioden maar niet in de laatste;
- hetzelfde voor coldspots (minder entiteiten dan eromheen), en anders geen patroon.

Hoe: de entiteiten die actief zijn aan het einde van elke periode worden uit de historiek van het bestand afgespeeld en geteld in vierkanten van de celgrootte (uitgelijnd op de oorsprong 0, 0 van EPSG:31370; vierkanten waarvan het centrum in het Gewest ligt). In elke periode vergelijkt Getis-Ord Gi* elk vierkant en zijn buren binnen de afstand met het hele Gewest (hot of cold bij 90 % betrouwbaarheid of meer, Benjamini–Hochberg-gecorrigeerd tenzij uitgeschakeld). De trend is een Mann–Kendall-test (tweezijdig, 5 %) van de Gi*-z-scores van het vierkant over de perioden. Afstanden in meter; de velden geven de z en p van de trend, de perioden waarin het vierkant hot of cold was, zijn eerste en laatste telling en zijn laatste Gi*-z-score en klasse (+3…−3).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <source>Export ecosystem (GeoPackage, shapefiles, GeoJSON)</source>
        <translation>Ecosysteem exporteren (GeoPackage, shapefiles, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>export</source>
        <translation>exporteren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>publish</source>
        <translation>publiceren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <source>privacy</source>
        <translation>privacy</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/export_ecosystem.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>public</source>
        <translation>openbaar</translation>
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
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>network</source>
        <translation>netwerk</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>flow</source>
        <translation>stroom</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>destination</source>
        <translation>bestemming</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>od</source>
        <translation>hb</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>lines</source>
        <translation>lijnen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>municipalities</source>
        <translation>gemeenten</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>relationships</source>
        <translation>relaties</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/flow_lines.json"/>
        <source>Draws the relationships on the map (EPSG:31370), styled on loading with the width by the number of links:
- MODE 'Lines between entities': one line per relationship, from its source entity to its target, with from_uuid, to_uuid, relation_type, directed and links (1);
- MODE 'Flows between areas': each entity is placed in the polygon of AREAS that holds it (default: the municipalities of the ecosystem GeoPackage), and one line joins each pair of different areas linked by relationships, between points inside them (point on surface), with area_a, area_b, links (relationships between them, both ways) and types ('member_of 12, collaborates_with 3'). Entities outside every area are left out (the log says how many relationships that drops). OD_TABLE, the origin–destination table beside it: one row per (origin area, destination area) with links and types, each relationship counted from its source's area to its target's (rows with origin = destination are the links within an area).
CURVED draws each line as an arc bending to the right of its direction, so links both ways between the same places do not overlap.

Input: the entities layer of an ecosystem GeoPackage (its relationships table is read), or any point layer with ID_FIELD plus any table (RELATIONSHIPS) whose SOURCE_FIELD and TARGET_FIELD hold those ids. Only relationships between the chosen entities count (filters: sectors, types, statuses, dates, expression); with CURRENT_ONLY, only those current today; RELATION_TYPES keeps some types.</source>
        <translation>Tekent de relaties op de kaart (EPSG:31370), bij het laden opgemaakt met de lijndikte volgens het aantal verbindingen:
- MODE 'Lijnen tussen entiteiten': één lijn per relatie, van de bronentiteit naar het doel, met from_uuid, to_uuid, relation_type, directed en links (1);
- MODE 'Stromen tussen gebieden': elke entiteit wordt in de polygoon van AREAS geplaatst die haar bevat (standaard: de gemeenten van het ecosysteem-GeoPackage), en één lijn verbindt elk paar verschillende gebieden die door relaties verbonden zijn, tussen punten erbinnen (punt op het oppervlak), met area_a, area_b, links (relaties ertussen, in beide richtingen) en types ('member_of 12, collaborates_with 3'). Entiteiten buiten elk gebied worden weggelaten (het logboek zegt hoeveel relaties dat kost). OD_TABLE, de herkomst-bestemmingstabel ernaast: één rij per (herkomstgebied, bestemmingsgebied) met links en types, elke relatie geteld van het gebied van haar bron naar dat van haar doel (rijen met herkomst = bestemming zijn de verbindingen binnen een gebied).
CURVED tekent elke lijn als een boog die naar rechts van haar richting buigt, zodat verbindingen in beide richtingen tussen dezelfde plaatsen elkaar niet overlappen.

Invoer: de entiteitenlaag van een ecosysteem-GeoPackage (de relatietabel wordt gelezen), of elke puntenlaag met ID_FIELD plus elke tabel (RELATIONSHIPS) waarvan SOURCE_FIELD en TARGET_FIELD die id's bevatten. Alleen relaties tussen de gekozen entiteiten tellen (filters: sectoren, types, statussen, datums, expressie); met CURRENT_ONLY alleen die welke vandaag lopen; RELATION_TYPES behoudt sommige types.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>Generate sample ecosystem</source>
        <translation>Voorbeeldecosysteem genereren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>sample</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>synthetic</source>
        <translation>synthetisch</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>generate</source>
        <translation>genereren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>test data</source>
        <translation>testgegevens</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/generate_sample.json"/>
        <source>Creates a new ecosystem GeoPackage filled with a realistic, fictitious creative ecosystem of the Brussels Capital Region: N entities clustered like creative places in the city (a few dense centres, a sparse periphery, all inside the region), with sectors, services, audiences, relationships (hubs with many members, spin-offs, collaborations) and two years of change history.

The same seed always gives the same file. Names, addresses and contacts are invented. Nothing is written if the run is cancelled.</source>
        <translation>Maakt een nieuwe ecosysteem-GeoPackage aan, gevuld met een realistisch, fictief creatief ecosysteem van het Brussels Hoofdstedelijk Gewest: N entiteiten, gegroepeerd zoals creatieve plekken in de stad (enkele dichte kernen, een ijle rand, alle binnen het gewest), met sectoren, diensten, doelgroepen, relaties (hubs met veel leden, spin-offs, samenwerkingen) en twee jaar wijzigingsgeschiedenis.

Dezelfde seed geeft altijd hetzelfde bestand. Namen, adressen en contactgegevens zijn verzonnen. Er wordt niets geschreven als de uitvoering geannuleerd wordt.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>Geocode addresses</source>
        <translation>Adressen geocoderen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>geocoding</source>
        <translation>geocodering</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>geocoder</source>
        <translation>geocoder</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>offline</source>
        <translation>offline</translation>
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
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/geocode_addresses.json"/>
        <source>Gives each row of a table or layer a point (EPSG:31370) from its Brussels address, offline, using the address reference loaded into the ecosystem GeoPackage by 'Load address reference'.

How to read the result: every input row and field is kept, plus match_type — exact (the address point), interpolated (between the nearest numbers on the same side of the street), street (the street's middle: no number, or a number far beyond the street's), postcode (the postcode's centre: the street was not found), none (no point; the geometry stays empty) — match_score (0–1: street name certainty × position certainty, 1 = exact), the matched address in French and Dutch, its postcode and NIS code, and match_reason: why a row was not matched, or what was assumed (a corrected spelling, a box not in the reference, another postcode). Nothing is guessed silently.

Give either one free-text ADDRESS_FIELD ('Av. Louise 54 bte 3, 1050 Ixelles') or STREET_FIELD with NUMBER_FIELD, POSTCODE_FIELD, MUNICIPALITY_FIELD (separate fields also complete a free-text one). Case, accents, apostrophes, hyphens and spaces are ignored; French and Dutch abbreviations (av., bd, chée, pl., r., str., stwg, ln...) and bilingual names ('Rue X - Xstraat') are understood; numbers may be 5A, 5-7, 5 bte 2, 5/2, 5 bus 2; municipalities may be written in French, Dutch, German or by their old names (Laeken, Neder-Over-Heembeek). A misspelt street is looked for by fuzzy matching within the postcode, then the neighbouring ones; two different streets that fit equally give none, 'ambiguous'.</source>
        <translation>Geeft elke rij van een tabel of laag een punt (EPSG:31370) op basis van haar Brusselse adres, offline, met de adresreferentie die 'Adresreferentie laden' in de GeoPackage van het ecosysteem heeft geladen.

Zo leest u het resultaat: elke invoerrij en elk veld blijft behouden, met match_type — exact (het adrespunt), interpolated (tussen de dichtstbijzijnde nummers aan dezelfde kant van de straat), street (het midden van de straat: geen nummer, of een nummer ver buiten die van de straat), postcode (het midden van de postcode: straat niet gevonden), none (geen punt; de geometrie blijft leeg) — match_score (0–1: zekerheid van de straatnaam × zekerheid van de positie, 1 = exact), het gevonden adres in het Frans en het Nederlands, de postcode en NIS-code, en match_reason: waarom een rij niet gevonden werd, of wat werd aangenomen (verbeterde spelling, bus niet in de referentie, andere postcode). Er wordt nooit stilzwijgend gegokt.

Geef ofwel één vrij adresveld ADDRESS_FIELD ('Av. Louise 54 bte 3, 1050 Ixelles'), ofwel STREET_FIELD met NUMBER_FIELD, POSTCODE_FIELD, MUNICIPALITY_FIELD (aparte velden vullen ook een vrij veld aan). Hoofdletters, accenten, apostroffen, koppeltekens en spaties worden genegeerd; Franse en Nederlandse afkortingen (av., bd, chée, pl., r., str., stwg, ln...) en tweetalige namen ('Rue X - Xstraat') worden begrepen; nummers mogen 5A, 5-7, 5 bte 2, 5/2, 5 bus 2 zijn; gemeenten mogen in het Frans, Nederlands, Duits of met hun oude namen (Laken, Neder-Over-Heembeek) geschreven zijn. Een verkeerd gespelde straat wordt bij benadering gezocht binnen de postcode, daarna in de naburige; twee verschillende straten die even goed passen geven none, 'ambiguous'.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Hotspots (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>hotspot</source>
        <translation>hotspot</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>cold spot</source>
        <translation>coldspot</translation>
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
        <translation>statistiek</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hotspots.json"/>
        <source>Are there significant concentrations (hot spots) or gaps (cold spots)? A unit is a hot spot when it and its neighbours together hold more entities than chance would give; its class says how confident that is (99, 95 or 90 %). One busy cell among empty ones is not a hot spot; a group of busy cells is. Not significant means no evidence of a concentration or a gap.</source>
        <translation>Zijn er significante concentraties (hotspots) of leemtes (coldspots)? Een eenheid is een hotspot wanneer zij samen met haar buren meer entiteiten telt dan het toeval zou geven; haar klasse zegt met welke betrouwbaarheid (99, 95 of 90 %). Eén drukke cel tussen lege cellen is geen hotspot; een groep drukke cellen wel. Niet significant betekent geen aanwijzing voor een concentratie of een leemte.</translation>
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
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>reach</source>
        <translation>bereik</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>neighbourhood</source>
        <translation>buurt</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>hops</source>
        <translation>stappen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>spread</source>
        <translation>spreiding</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>sna</source>
        <translation>sociale netwerkanalyse</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/hub_reach.json"/>
        <source>For each hub, cluster or network entity (HUB_TYPES), or the entities whose ids HUB_IDS lists, finds the entities it reaches within HOPS relationships (directions ignored: a hub reaches its members and those who support it alike), counts them by type and primary sector, and maps their spread (EPSG:31370):
- OUTPUT, one polygon per hub: the convex hull of the hub and the entities it reaches, with reached (entities), by_type and by_sector (the five largest counts, 'company 12, fablab 3'), mean_distance_m (mean straight-line distance from the hub to the entities it reaches), hull_area_km2, and the standard deviational ellipse of the reached entities: sde_major_m, sde_minor_m (√2 standard deviations along each axis, as Centrography over time draws one standard deviation) and sde_azimuth (major axis, degrees clockwise from north, 0–180);
- ELLIPSES (optional): those ellipses as polygons, centred on the reached entities' mean centre.
A hub that reaches nobody or one entity has a hull of no area: it is drawn as its point or line buffered by 1 m, with hull_area_km2 0; an ellipse needs three reached entities.

Input: the entities layer of an ecosystem GeoPackage (its relationships table is read), or any point layer with ID_FIELD plus any table (RELATIONSHIPS) whose SOURCE_FIELD and TARGET_FIELD hold those ids. Only relationships between the chosen entities count (filters: sectors, types, statuses, dates, expression); with CURRENT_ONLY, only those current today. RELATION_TYPES keeps some types; BY_TYPE gives one row per hub and relation type (network).</source>
        <translation>Zoekt voor elke hub-, cluster- of netwerkentiteit (HUB_TYPES), of de entiteiten waarvan HUB_IDS de id's opsomt, de entiteiten die ze binnen HOPS relaties bereikt (richtingen genegeerd: een hub bereikt zijn leden en wie hem steunt evengoed), telt ze per type en hoofdsector, en brengt hun spreiding in kaart (EPSG:31370):
- OUTPUT, één polygoon per hub: de convexe omhullende van de hub en de entiteiten die hij bereikt, met reached (entiteiten), by_type en by_sector (de vijf grootste aantallen, 'company 12, fablab 3'), mean_distance_m (gemiddelde afstand in vogelvlucht van de hub tot de entiteiten die hij bereikt), hull_area_km2, en de standaarddeviatie-ellips van de bereikte entiteiten: sde_major_m, sde_minor_m (√2 standaardafwijkingen langs elke as, zoals centrografie in de tijd één standaardafwijking tekent) en sde_azimuth (hoofdas, graden met de klok mee vanaf het noorden, 0–180);
- ELLIPSES (optioneel): die ellipsen als polygonen, gecentreerd op het gemiddelde centrum van de bereikte entiteiten.
Een hub die niemand of één entiteit bereikt heeft een omhullende zonder oppervlakte: ze wordt getekend als zijn punt of lijn met een buffer van 1 m, met hull_area_km2 0; een ellips vraagt drie bereikte entiteiten.

Invoer: de entiteitenlaag van een ecosysteem-GeoPackage (de relatietabel wordt gelezen), of elke puntenlaag met ID_FIELD plus elke tabel (RELATIONSHIPS) waarvan SOURCE_FIELD en TARGET_FIELD die id's bevatten. Alleen relaties tussen de gekozen entiteiten tellen (filters: sectoren, types, statussen, datums, expressie); met CURRENT_ONLY alleen die welke vandaag lopen. RELATION_TYPES behoudt sommige types; BY_TYPE geeft één rij per hub en relatietype (network).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <source>Import corrections from the web map</source>
        <translation>Correcties van de webkaart importeren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>curation</source>
        <translation>curatie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>claim</source>
        <translation>opeisen</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>correction</source>
        <translation>verbetering</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <source>proposal</source>
        <translation>voorstel</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_corrections.json"/>
        <source>web map</source>
        <translation>webkaart</translation>
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
        <translation>Leest de bestanden die mensen via de publieke webkaart sturen ("Deze fiche claimen of verbeteren", "Mijn organisatie toevoegen") en maakt er voorstellen van die in de ecosysteem-GeoPackage op een curator wachten: een voorstel per gewijzigd veld, een voor een claim, een voor een nieuwe organisatie. Niets in de fiches verandert voordat een curator een voorstel goedkeurt (curatiepaneel).

Elk bestand wordt in zijn geheel genomen of helemaal niet. Een bestand met een onbekend veld, een entiteit die niet in het ecosysteem staat, een code die niet in de vocabulaires staat, opmaakcode of stuurtekens, of een tekst die langer is dan toegestaan, wordt geweigerd, en elke reden staat in de tabel van geweigerde bestanden; een bestand dat al gelezen werd, wordt ook geweigerd. Alles wordt in één transactie geschreven.

Het bestandsformaat is resources/web/correction.schema.json in de plugin (versie 1).</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>Import entities (partner lists)</source>
        <translation>Entiteiten importeren (partnerlijsten)</translation>
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
        <translation>rekenblad</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <source>upsert</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/import_entities.json"/>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>duplicates</source>
        <translation>dubbels</translation>
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
        <translation>Voegt de rijen van de lijst van een partner als entiteiten toe aan de GeoPackage van het ecosysteem, in één transactie: het bestand wordt nooit half geschreven, wat er ook misloopt of geannuleerd wordt. INSERTED, UPDATED, SKIPPED en REJECTED tellen de rijen; het logboek noemt elke geweigerde rij (haar regel in het bestand, de kop is regel 1; de rij van een rekenblad; het objectnummer van een laag), de kolom en de reden.

Invoer: een CSV (scheidingsteken ; , tab of |, UTF-8 met of zonder BOM, anders gelezen als Windows-1252/Latin-1; waarden tussen aanhalingstekens mogen regeleinden bevatten; lege regels overgeslagen), XLSX, ODS (eerste rij: koppen), GeoJSON, shapefile, GeoPackage of elke laag die QGIS geopend heeft.

Kolommen worden herkend aan hun kop in het Engels, Frans of Nederlands (name/nom/naam, type, sector/secteur, address/adresse/adres, postcode/code postal, municipality/commune/gemeente, website/site web, email/courriel, phone/téléphone/telefoon, longitude/latitude, x/y...), hoofdletters en accenten genegeerd. MAPPING gaat voor: 'name=Organisation;website=URL' ('entity_type=' zonder iets laat een kolom weg). Sectoren, diensten en doelgroepen mogen meerdere waarden bevatten, gescheiden door ; , of | (de eerste sector is de hoofdsector). Waarden van vocabularia worden gekoppeld aan de codes van het bestand via code of label in het Engels, Frans of Nederlands, hoofdletters en accenten genegeerd; een onbekende waarde weigert haar rij, ze wordt nooit geraden. Een website zonder http(s):// krijgt https://.

Locatie: de geometrie van de laag (elk CRS, naar EPSG:31370); anders kolommen longitude/latitude (EPSG:4326) of X/Y (COORDINATE_CRS, standaard EPSG:31370), decimale komma's aanvaard; verwisselde coördinaten, waarvan het punt buiten Brussel valt maar erbinnen als ze andersom gelezen worden, worden verbeterd en gemeld. Rijen met alleen een adres hebben een adresreferentie en geocodering nodig: zonder die worden ze geweigerd ('no location: load an address reference and geocode'). Een punt buiten het Brussels Hoofdstedelijk Gewest wordt geweigerd. De gemeente is, als ze niet gegeven is, die waarin het punt ligt.

Regels van het bestand, gecontroleerd vóór het schrijven: naam en type verplicht, postcode 1000–1299, e-mail naam@host.tld, website http(s)://host.tld, oprichtingsjaar van 1800 tot volgend jaar.

MODE alles of niets (standaard): één geweigerde rij en er wordt niets geïmporteerd. Geldige rijen: de geweigerde rijen gaan naar REJECTS (rij, kolom, waarde, reden en de waarden van de rij), de andere worden geïmporteerd.
DUPLICATES: een rij met de uuid van een entiteit, of dezelfde naam (accenten, hoofdletters, leestekens en rechtsvormen zoals asbl/vzw genegeerd) binnen DISTANCE meter (standaard 250) van een entiteit, wordt overgeslagen (standaard) of werkt ze bij (haar niet-lege waarden vervangen de opgeslagen waarden; de geschiedenis noteert de wijziging door 'import_entities: &lt;bestand&gt;', en source noemt het bestand en het tijdstip van de import). Twee rijen van het bestand die elkaars dubbel zijn: de tweede wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>kernel</source>
        <translation>kern</translation>
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
        <translation>kwartisch</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>gaussian</source>
        <translation>gaussisch</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
        <source>A smooth surface of where entities concentrate: each pixel holds the number of entities per km² around it, nearer entities counting more, within the bandwidth. Dark areas are concentrations; a larger bandwidth gives broader, smoother patterns, a smaller one shows local clusters. Give a fixed extent to compare two dates pixel by pixel.</source>
        <translation>Een vloeiend oppervlak van waar entiteiten zich concentreren: elke pixel bevat het aantal entiteiten per km² eromheen, waarbij nabije entiteiten zwaarder wegen, binnen de bandbreedte. Donkere zones zijn concentraties; een grotere bandbreedte geeft bredere, vloeiendere patronen, een kleinere toont lokale clusters. Geef een vaste omvang om twee datums pixel per pixel te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kernel_density.json"/>
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
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>KPI snapshot</source>
        <translation>Momentopname van de indicatoren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>indicators</source>
        <translation>indicatoren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>snapshot</source>
        <translation>momentopname</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>time series</source>
        <translation>tijdreeks</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>history</source>
        <translation>historiek</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_snapshot.json"/>
        <source>Takes the ecosystem's key figures at a date and keeps them in the file (table kpi_snapshots), so that KPI trends can follow them over time. Running it again for the same day replaces that day's snapshot.

The figures (active entities only, private ones included): active entities in the region, by type (active_entities:&lt;type&gt;), by municipality and by sector; entities per km² (density) in the region and each municipality, and per 1 000 inhabitants when a population table is given; location quotients of each sector in each municipality (location_quotient:&lt;sector&gt;; above 1: more of the sector than in the region as a whole); the share of intermediaries (hubs, clusters, networks, labs, coworkings, incubators) and of each kind of place; relationships and relationships per entity; data quality (share verified, share reviewed or verified in the last 12 months, completeness of key fields, in %); concentration (share in the three largest municipalities, Herfindahl index of the primary sectors, 0–1); and the entities new, closed, deleted and changed since the previous snapshot (from the history).

Date as of: empty for now (the tables as they are), or a past date (YYYY-MM-DD, meaning the end of that day) or date-time: the register is then replayed from its history as it was at that moment. Monthly from: a snapshot at the end of every month from that date up to the date as of, computed at once from the history.

Areas are planar, in km² (EPSG:31370). Everything is written in one transaction: a failure or a cancel leaves the file as it was.</source>
        <translation>Neemt de kerncijfers van het ecosysteem op een datum en bewaart ze in het bestand (tabel kpi_snapshots), zodat de trends van de indicatoren ze in de tijd kunnen volgen. Opnieuw uitgevoerd voor dezelfde dag vervangt het de momentopname van die dag.

De cijfers (alleen actieve entiteiten, private inbegrepen): actieve entiteiten in het Gewest, per type (active_entities:&lt;type&gt;), per gemeente en per sector; entiteiten per km² (density) in het Gewest en in elke gemeente, en per 1 000 inwoners als een bevolkingstabel gegeven is; locatiequotiënten van elke sector in elke gemeente (location_quotient:&lt;sector&gt;; boven 1: meer van die sector dan in het hele Gewest); het aandeel intermediairs (hubs, clusters, netwerken, labs, coworkings, incubatoren) en van elk soort plaats; relaties en relaties per entiteit; datakwaliteit (aandeel geverifieerd, aandeel nagekeken of geverifieerd in de laatste 12 maanden, volledigheid van de sleutelvelden, in %); concentratie (aandeel in de drie grootste gemeenten, Herfindahl-index van de hoofdsectoren, 0–1); en de entiteiten die nieuw, gesloten, verwijderd en gewijzigd zijn sinds de vorige momentopname (uit de historiek).

Peildatum: leeg voor nu (de tabellen zoals ze zijn), of een vroegere datum (JJJJ-MM-DD, het einde van die dag) of datum-tijd: het register wordt dan uit zijn historiek gereconstrueerd zoals het op dat moment was. Maandelijkse momentopnamen vanaf: een momentopname aan het einde van elke maand vanaf die datum tot de peildatum, in één keer uit de historiek berekend.

Oppervlakten zijn vlak, in km² (EPSG:31370). Alles wordt in één transactie geschreven: een fout of een annulering laat het bestand zoals het was.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>evolution</source>
        <translation>evolutie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/kpi_trends.json"/>
        <source>Shows how the chosen KPIs evolved, from the snapshots kept by KPI snapshot: one row per KPI, place and snapshot with its value, the change since the previous snapshot (in the KPI's unit and in %) and the change since a year before (the snapshot nearest to 365 days earlier, within 20 days; empty when there is none). The chart draws one panel per KPI (at most 8), one line per place.

KPIs: names separated by commas, as KPI snapshot writes them (e.g. active_entities, density, share_verified); a name ending with a colon takes every category (active_entities: gives one line per entity type). Scope: the region as a whole, each municipality or each sector.</source>
        <translation>Toont hoe de gekozen indicatoren evolueerden, uit de momentopnamen die de momentopname van de indicatoren bewaart: één rij per indicator, plaats en momentopname met haar waarde, de verandering sinds de vorige momentopname (in de eenheid van de indicator en in %) en de verandering sinds een jaar eerder (de momentopname die het dichtst bij 365 dagen eerder ligt, binnen 20 dagen; leeg als er geen is). De grafiek tekent één paneel per indicator (hoogstens 8), één lijn per plaats.

Indicatoren: namen gescheiden door komma's, zoals de momentopname van de indicatoren ze schrijft (bv. active_entities, density, share_verified); een naam die eindigt op een dubbelpunt neemt elke categorie (active_entities: geeft één lijn per type entiteit). Bereik: het Gewest als geheel, elke gemeente of elke sector.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>Load address reference</source>
        <translation>Adresreferentie laden</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>UrbIS</source>
        <translation>UrbIS</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/load_address_reference.json"/>
        <source>Loads official address points into the ecosystem GeoPackage, where 'Geocode addresses' finds them offline: the point layer address_points (EPSG:31370: street in French and Dutch, house number, box, postcode, NIS code) and the table streets (one row per street and postcode, with its middle point).

INPUT is either BOSA's BeST 'openaddress' CSV for Brussels (recognised by its columns EPSG:31370_x, streetname_fr, house_number...; read directly, retired addresses left out), or any point layer (UrbIS addresses, a municipality's own points) with the street, number and postcode fields chosen below, in any CRS. A house number field holding '12 bte 3' gives number 12 and box 3.

Loading again replaces the previous reference in one transaction: a failure or cancel leaves the old one in place. The two tables are not part of the versioned schema; rows without location, street or number are skipped and counted in the log.</source>
        <translation>Laadt officiële adrespunten in de GeoPackage van het ecosysteem, waar 'Adressen geocoderen' ze offline vindt: de puntlaag address_points (EPSG:31370: straat in het Frans en het Nederlands, huisnummer, bus, postcode, NIS-code) en de tabel streets (één rij per straat en postcode, met haar middelpunt).

INPUT is ofwel de BeST-'openaddress'-CSV van de FOD BOSA voor Brussel (herkend aan de kolommen EPSG:31370_x, streetname_fr, house_number...; rechtstreeks gelezen, opgeheven adressen weggelaten), ofwel elke puntlaag (UrbIS-adressen, eigen punten van een gemeente) met de hieronder gekozen velden voor straat, nummer en postcode, in elk CRS. Een huisnummerveld met '12 bte 3' geeft nummer 12 en bus 3.

Opnieuw laden vervangt de vorige referentie in één transactie: een fout of annulering laat de oude ongewijzigd. De twee tabellen horen niet bij het geversioneerde schema; rijen zonder locatie, straat of nummer worden overgeslagen en in het logboek geteld.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>graph</source>
        <translation>graaf</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>centrality</source>
        <translation>centraliteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>betweenness</source>
        <translation>tussenliggendheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>pagerank</source>
        <translation>pagerank</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>community</source>
        <translation>gemeenschap</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>louvain</source>
        <translation>louvain</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>closeness</source>
        <translation>nabijheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>eigenvector</source>
        <translation>eigenvector</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_metrics.json"/>
        <source>k-core</source>
        <translation>k-kern</translation>
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
        <translation>Meet de plaats van elke entiteit in het relatienetwerk en schrijft de entiteiten (punten, EPSG:31370) met deze velden, opgemaakt bij het laden (grootte volgens tussenliggendheid, kleur volgens gemeenschap):
- degree_in, degree_out, degree: ontvangen, gegeven en alle relaties (in een gericht netwerk telt een verbinding in beide richtingen in beide; in een ongericht netwerk zijn de drie gelijk); weighted_degree: hetzelfde, elke relatie tussen de twee entiteiten meegeteld;
- betweenness (0–1): aandeel van de kortste paden tussen andere entiteiten dat door de entiteit loopt (1 voor het centrum van een ster): bemiddelaars tussen groepen scoren hoog;
- closeness (0–1): hoe weinig stappen de entiteit verwijderd is van wie haar bereikt, geschaald met het aandeel van het netwerk dat haar bereikt (Wasserman–Faust, zoals networkx);
- pagerank (som 1): belang doordat belangrijke entiteiten ernaar verwijzen (demping 0.85);
- eigenvector (eenheidslengte): belang door belangrijke buren, richtingen genegeerd;
- k_core: de grootste k waarvoor de entiteit behoort tot een groep waarin iedereen minstens k verbindingen heeft;
- clustering (0–1): aandeel van de paren buren van de entiteit die zelf verbonden zijn;
- community, community_size: Louvain-gemeenschappen (modulariteit, seed SEED, zodat een nieuwe uitvoering dezelfde id's geeft), genummerd 1, 2, … vanaf de grootste;
- network: het geanalyseerde relatietype (BY_TYPE) of 'all'; betweenness_pivots: leeg als tussenliggendheid en nabijheid exact zijn, anders het aantal pivots waaruit beide geschat zijn (de nabijheid gebruikt dan de gemiddelde afstand vanaf de pivots die de entiteit bereiken).

Berekening: kortste paden tellen stappen (relaties), geen meters. Eigenvector, clustering en gemeenschappen gebruiken het netwerk zonder richtingen; k_core telt in- plus uitgaande verbindingen. Een entiteit zonder relaties heeft elke centraliteit 0 en een eigen gemeenschap.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>modularity</source>
        <translation>modulariteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>diameter</source>
        <translation>diameter</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>reciprocity</source>
        <translation>wederkerigheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>assortativity</source>
        <translation>assortativiteit</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>engagement</source>
        <translation>betrokkenheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/network_summary.json"/>
        <source>embeddedness</source>
        <translation>ingebedheid</translation>
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
        <translation>De cijfers van het relatienetwerk die dashboards voor sociale netwerkanalyse tonen, als tabel (één rij per netwerk: 'all', of elk relatietype met BY_TYPE) en in het logboek, en de kpi's van het ecosysteem die de monitoring bijhoudt:
- nodes: de gekozen entiteiten (met BY_TYPE, die welke het type verbindt); links: verbonden paren (geordende paren, bogen, als het netwerk gericht is);
- density (0–1): verbindingen / mogelijke verbindingen; reciprocity: aandeel beantwoorde bogen (1 voor een ongericht netwerk);
- mean_degree: verbindingen per entiteit, aan beide uiteinden geteld (2 × verbindingen / knopen);
- components: groepen entiteiten verbonden via relaties (een geïsoleerde entiteit is er één), largest_component_share (0–1);
- diameter, mean_path_length: langste en gemiddelde kortste pad (in stappen) binnen de grootste component, richtingen genegeerd (met tussenliggendheid via steekproef, op basis van dezelfde pivots: het gemiddelde een schatting, de diameter het langste pad vanaf een pivot, een ondergrens);
- communities, modularity (−0.5–1, boven ~0.3 duidelijke gemeenschappen): Louvain, seed SEED;
- assortativity (−1–1): verbinden sterk verbonden entiteiten zich met elkaar (&gt; 0) of met weinig verbonden (&lt; 0); leeg als alle entiteiten dezelfde graad hebben;
- kpi's: betrokkenheid = verbindingen per actor (verbindingen / knopen), vitaliteit = dichtheid, verbinding = gemiddelde genormaliseerde tussenliggendheid, ingebedheid = aandeel in de hoofdcomponent.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>Point pattern statistics (Clark–Evans, Ripley's L)</source>
        <translation>Puntpatroonstatistiek (Clark–Evans, Ripley's L)</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>clark-evans</source>
        <translation>clark-evans</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>nearest neighbour</source>
        <translation>dichtstbijzijnde buur</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>ripley</source>
        <translation>ripley</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>k function</source>
        <translation>k-functie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>l function</source>
        <translation>l-functie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>csr</source>
        <translation>csr</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>envelope</source>
        <translation>envelop</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>monte carlo</source>
        <translation>monte carlo</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>point pattern</source>
        <translation>puntpatroon</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
        <source>Are the entities clustered, random or evenly spread, and at which distances? A Clark–Evans ratio R below 1 means clustering (near 0: all at a few places), near 1 randomness, above 1 regular spacing; p says whether the difference from randomness is significant. On the chart, L(r) − r above the envelope at a distance r means clustering at that scale, below it dispersion.</source>
        <translation>Zijn de entiteiten geclusterd, willekeurig of regelmatig verspreid, en op welke afstanden? Een Clark–Evans-verhouding R onder 1 betekent clustering (bijna 0: alles op enkele plekken), rond 1 toeval, boven 1 regelmatige spreiding; p zegt of het verschil met toeval significant is. Op de grafiek betekent L(r) − r boven de envelop op een afstand r clustering op die schaal, eronder spreiding.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/point_pattern.json"/>
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
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>Publish web map</source>
        <translation>Webkaart publiceren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/publish_web_map.json"/>
        <source>map</source>
        <translation>kaart</translation>
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
        <translation>Schrijft de openbare webkaart van het ecosysteem: een map (of een .zip ervan) met index.html, de gegevens en de Leaflet-bibliotheek, die werkt vanaf de schijf geopend (file://) of op eender welke statische webhost gezet, zonder server en zonder internetverbinding.

Op de pagina kan iedereen fiches zoeken op naam (accenten en hoofdletters genegeerd), ze filteren op sector, type, dienst en gemeente, ze gegroepeerd op de kaart zien, de fiche van een item openen (type, sectoren, diensten, doelgroepen, website, openbare contactgegevens, relaties als links) met een permanente link (index.html#entry=uuid), wisselen tussen Frans, Nederlands en Engels, en een fiche opeisen of verbeteren of de eigen organisatie toevoegen: het formulier maakt een JSON-verbeterbestand (schema correction.schema.json in de map) om te downloaden of per e-mail naar CONTACT_EMAIL te sturen; de pagina zelf verstuurt niets.

Enkel wat het openbare privacyprofiel van export_ecosystem publiceert verschijnt: actieve, openbare, geverifieerde of opgeëiste fiches, zonder e-mail en telefoon van personen; daarvan enkel de velden die de pagina toont (geen geschiedenis, geen opeiser of verificateur, geen curatievelden). Relaties verschijnen als beide fiches verschijnen en de relatie niet beëindigd is.

Achtergrond: de 19 gemeentepolygonen, altijd; de online tegellaag van TILE_URL enkel als de browser van de lezer ze kan bereiken (de pagina zegt welke). Coördinaten zijn WGS84-graden afgerond op 1e-5 (ongeveer 1 m). De gegevens van de pagina voor 25 000 fiches zijn kleiner dan 5 MB. De uitvoer verschijnt pas als ze volledig is; een fout of annulering laat niets achter. Een uitvoermap moet nieuw, leeg of een vorige webkaart zijn.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>completeness</source>
        <translation>volledigheid</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>review</source>
        <translation>nazicht</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/quality_report.json"/>
        <source>Lists what to fix in the entities of an ecosystem GeoPackage (opened read-only, never changed): OUTPUT is a table with one row per entity and problem (check, severity, uuid, name, field, value, message, x, y in EPSG:31370); REPORT is an HTML page for people: the figures, a map of the entities to fix (red) among the others (grey), the completeness of each field (% of entities with it filled) and the rows to fix.

Checks: e-mails, websites (http(s) with a host ending in a top-level domain), phone numbers (Belgian +32 / 0 then 8–9 digits, or international +…) and postcodes (one of the municipalities' postcodes) that cannot be used (errors; phones are warnings); entities without a point (error), outside the Brussels Capital Region, whose postcode belongs to another municipality (1050 is accepted for the City of Brussels too), or whose point lies in another municipality than the one they name (warnings); probable duplicates: names similar at 0.85 or more (case, accents, word order and legal forms ignored) within DISTANCE metres (warnings, both entities listed); entities never verified, and not reviewed (last_reviewed empty or older than MONTHS months) (information).

ERRORS and WARNINGS count the findings.</source>
        <translation>Somt op wat er te verbeteren valt in de entiteiten van een ecosysteem-GeoPackage (alleen-lezen geopend, nooit gewijzigd): OUTPUT is een tabel met één rij per entiteit en probleem (check, severity, uuid, name, field, value, message, x, y in EPSG:31370); REPORT is een HTML-pagina om te lezen: de cijfers, een kaart van de te verbeteren entiteiten (rood) tussen de andere (grijs), de volledigheid van elk veld (% entiteiten waarin het ingevuld is) en de te verbeteren rijen.

Controles: onbruikbare e-mails, websites (http(s) met een host die eindigt op een topleveldomein), telefoonnummers (Belgisch +32 / 0 en dan 8–9 cijfers, of internationaal +…) en postcodes (een van de postcodes van de gemeenten) (fouten; telefoons zijn waarschuwingen); entiteiten zonder punt (fout), buiten het Brussels Hoofdstedelijk Gewest, met een postcode van een andere gemeente (1050 wordt ook voor de Stad Brussel aanvaard), of met een punt in een andere gemeente dan de opgegeven (waarschuwingen); waarschijnlijke dubbels: namen die voor 0,85 of meer gelijken (hoofdletters, accenten, woordvolgorde en rechtsvormen genegeerd) binnen DISTANCE meter (waarschuwingen, beide entiteiten vermeld); entiteiten die nooit geverifieerd werden, en niet nagekeken (last_reviewed leeg of ouder dan MONTHS maanden) (informatie).

ERRORS en WARNINGS tellen de bevindingen.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>verification</source>
        <translation>verificatie</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>queue</source>
        <translation>wachtrij</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/review_queue.json"/>
        <source>Lists the entries a curator should look at, one point per entry with the reason: claimed but not yet verified (those whose claimant's e-mail matches the entry's website come first: domain_match = 1, they can be verified fast), never verified, or verified but not reviewed for more than the review period. 'since' is the date of the claim, of the creation, or of the last review. Closed entries are left out.

The ecosystem GeoPackage is only read. Mark entries reviewed or verified from the curation dock.</source>
        <translation>Geeft de fiches die een curator zou moeten bekijken, een punt per fiche met de reden: geclaimd maar nog niet geverifieerd (eerst die waarvan het e-mailadres van de aanvrager bij de website van de fiche past: domain_match = 1, die kunnen snel geverifieerd worden), nooit geverifieerd, of geverifieerd maar langer dan de nakijkperiode niet nagekeken. 'since' is de datum van de claim, van de aanmaak of van de laatste controle. Gesloten fiches blijven buiten beschouwing.

De ecosysteem-GeoPackage wordt alleen gelezen. Markeer fiches als nagekeken of geverifieerd in het curatiepaneel.</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>Save a portfolio</source>
        <translation>Een portefeuille bewaren</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>saved</source>
        <translation>bewaard</translation>
    </message>
    <message>
        <location filename="../../processing/algorithms/help/save_portfolio.json"/>
        <source>Keeps a named selection of entities (a portfolio) in the ecosystem GeoPackage, for the analyses' Portfolio filter and Compare portfolios. Give either a filter expression (the portfolio follows the entities: those the expression selects when it is used) or entities (a layer of the ecosystem's entities, often its selected features: the portfolio keeps that list; entities deleted later drop out).

Shared portfolios are listed for every curator; others for their owner (the user running it). Replace overwrites a portfolio of the same name. MEMBERS is the number of entities it holds now.</source>
        <translation>Bewaart een benoemde selectie van entiteiten (een portefeuille) in de ecosysteem-GeoPackage, voor de filter Portefeuille van de analyses en Portefeuilles vergelijken. Geef ofwel een filterexpressie (de portefeuille volgt de entiteiten: die welke de expressie selecteert op het moment dat hij gebruikt wordt), ofwel entiteiten (een laag met de entiteiten van het ecosysteem, vaak de geselecteerde: de portefeuille bewaart die lijst; later verwijderde entiteiten vallen eruit).

Gedeelde portefeuilles worden voor elke curator getoond; andere voor hun eigenaar (de gebruiker die het uitvoert). Vervangen overschrijft een portefeuille met dezelfde naam. MEMBERS is het aantal entiteiten dat hij nu bevat.</translation>
    </message>
</context>
</TS>
