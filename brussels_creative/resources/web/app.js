/* Brussels Creative public web map: search, filters, clustered markers, entry cards, claims and corrections.
   Reads window.BC_DATA (data.js) and window.BC_MUNICIPALITIES (municipalities.js); needs Leaflet.
   Works from file:// and any static host; no request leaves the page except the optional tile layer. */
(function () {
  "use strict";
  var D = window.BC_DATA;
  var AREAS = window.BC_MUNICIPALITIES;
  var SCALE = 1e5;
  var LIST_LIMIT = 30; // more costs a filter more time to lay out than it helps: the search narrows the list
  var LANGS = ["fr", "nl", "en"];
  var LANG_COLUMN = { en: 1, fr: 2, nl: 3 };
  var PALETTE = ["#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6",
    "#bfef45", "#fabed4", "#469990", "#dcbeff", "#9a6324", "#fffac8", "#800000", "#aaffc3", "#808000", "#ffd8b1",
    "#000075", "#a9a9a9"];
  var NO_SECTOR = "#ffffff";

  var T = {
    en: {
      skip: "Skip to the results", language: "Language", find: "Find an entry", search: "Search by name",
      sector: "Sector", type: "Type", service: "Service", municipality: "Municipality", all: "All",
      clear: "Clear search and filters", results: "Entries", addOrg: "Add my organisation", legend: "Legend",
      legendSector: "Colour of a point: the entry's main sector.", noSector: "No sector",
      legendCluster: "A circle with a number groups that many entries: select it to zoom in.",
      clusterLabel: "{n} entries: zoom in",
      map: "Map of the entries", count: "{shown} of {total} entries", more: "{n} more: refine the search to see them.",
      backgroundChecking: "Background: municipality boundaries (checking whether online map tiles can be reached…).",
      backgroundOnline: "Background: municipality boundaries over online map tiles ({attribution}).",
      backgroundOffline: "Background: municipality boundaries only (online map tiles cannot be reached).",
      backgroundNone: "Background: municipality boundaries only.",
      published: "Published on {date}. Only public, active, verified or claimed entries are shown.",
      sectors: "Sectors", services: "Services", audiences: "Audiences", website: "Website", email: "E-mail",
      emailPublic: "Public e-mail", phone: "Phone", address: "Address", postcode: "Postcode", name: "Name",
      relations: "Relationships", permalink: "Link to this entry", claimCorrect: "Claim or correct this entry",
      close: "Close", proposed: "Proposed values", comment: "Comment for the team", you: "You",
      claimBox: "This entry is me or my organisation (claim it)", yourName: "Your name (required)",
      yourEmail: "Your e-mail (required)", makeFile: "Prepare the file", fileText: "The correction file",
      download: "Download the file", sendMail: "Send it by e-mail",
      claimTitle: "Claim or correct: {name}", newTitle: "Add my organisation",
      claimIntro: "Change what is wrong or missing, then prepare the file and send it to the team. Nothing is sent " +
        "from this page: the team checks every proposal before the map changes.",
      newIntro: "Describe your organisation, then prepare the file and send it to the team, who will check it " +
        "before it appears on the map.",
      howTo: "Send the downloaded file, or the e-mail prepared with its text, to {contact}.",
      howToNoContact: "Send the downloaded file, or the e-mail prepared with its text, to the map's team.",
      errorNeedName: "Give your name.", errorNeedEmail: "Give a valid e-mail address of yours.",
      errorNothing: "Change at least one value, add a comment, or tick the claim box.",
      errorNewName: "Give the name of the organisation.", errorEmail: "The public e-mail is not a valid address.",
      errorPostcode: "A Brussels postcode has four digits, from 1000 to 1299.",
      errorWebsite: "The website must start with http:// or https://.",
      none: "—", unknown: "unknown", mailSubject: "Brussels Creative map: correction of {name}",
      mailSubjectNew: "Brussels Creative map: new entry {name}"
    },
    fr: {
      skip: "Aller aux résultats", language: "Langue", find: "Trouver une fiche", search: "Rechercher par nom",
      sector: "Secteur", type: "Type", service: "Service", municipality: "Commune", all: "Tous",
      clear: "Effacer la recherche et les filtres", results: "Fiches", addOrg: "Ajouter mon organisation",
      legend: "Légende", legendSector: "Couleur d'un point : le secteur principal de la fiche.", noSector: "Sans secteur",
      legendCluster: "Un cercle avec un nombre regroupe autant de fiches : sélectionnez-le pour zoomer.",
      clusterLabel: "{n} fiches : zoomer",
      map: "Carte des fiches", count: "{shown} fiches sur {total}", more: "{n} de plus : affinez la recherche pour les voir.",
      backgroundChecking: "Fond : limites des communes (vérification de l'accès aux tuiles en ligne…).",
      backgroundOnline: "Fond : limites des communes sur des tuiles en ligne ({attribution}).",
      backgroundOffline: "Fond : limites des communes seulement (les tuiles en ligne sont inaccessibles).",
      backgroundNone: "Fond : limites des communes seulement.",
      published: "Publié le {date}. Seules les fiches publiques, actives, vérifiées ou revendiquées sont montrées.",
      sectors: "Secteurs", services: "Services", audiences: "Publics", website: "Site web", email: "E-mail",
      emailPublic: "E-mail public", phone: "Téléphone", address: "Adresse", postcode: "Code postal", name: "Nom",
      relations: "Relations", permalink: "Lien vers cette fiche", claimCorrect: "Revendiquer ou corriger cette fiche",
      close: "Fermer", proposed: "Valeurs proposées", comment: "Commentaire pour l'équipe", you: "Vous",
      claimBox: "Cette fiche, c'est moi ou mon organisation (je la revendique)", yourName: "Votre nom (obligatoire)",
      yourEmail: "Votre e-mail (obligatoire)", makeFile: "Préparer le fichier", fileText: "Le fichier de correction",
      download: "Télécharger le fichier", sendMail: "L'envoyer par e-mail",
      claimTitle: "Revendiquer ou corriger : {name}", newTitle: "Ajouter mon organisation",
      claimIntro: "Modifiez ce qui est faux ou manquant, puis préparez le fichier et envoyez-le à l'équipe. Rien " +
        "n'est envoyé depuis cette page : l'équipe vérifie chaque proposition avant que la carte ne change.",
      newIntro: "Décrivez votre organisation, puis préparez le fichier et envoyez-le à l'équipe, qui le vérifiera " +
        "avant qu'il n'apparaisse sur la carte.",
      howTo: "Envoyez le fichier téléchargé, ou l'e-mail préparé avec son texte, à {contact}.",
      howToNoContact: "Envoyez le fichier téléchargé, ou l'e-mail préparé avec son texte, à l'équipe de la carte.",
      errorNeedName: "Indiquez votre nom.", errorNeedEmail: "Indiquez une adresse e-mail valide.",
      errorNothing: "Modifiez au moins une valeur, ajoutez un commentaire ou cochez la case de revendication.",
      errorNewName: "Indiquez le nom de l'organisation.", errorEmail: "L'e-mail public n'est pas une adresse valide.",
      errorPostcode: "Un code postal bruxellois a quatre chiffres, de 1000 à 1299.",
      errorWebsite: "Le site web doit commencer par http:// ou https://.",
      none: "—", unknown: "inconnu", mailSubject: "Carte Brussels Creative : correction de {name}",
      mailSubjectNew: "Carte Brussels Creative : nouvelle fiche {name}"
    },
    nl: {
      skip: "Naar de resultaten", language: "Taal", find: "Een fiche zoeken", search: "Zoeken op naam",
      sector: "Sector", type: "Type", service: "Dienst", municipality: "Gemeente", all: "Alle",
      clear: "Zoekopdracht en filters wissen", results: "Fiches", addOrg: "Mijn organisatie toevoegen",
      legend: "Legende", legendSector: "Kleur van een punt: de hoofdsector van de fiche.", noSector: "Geen sector",
      legendCluster: "Een cirkel met een getal groepeert zoveel fiches: selecteer hem om in te zoomen.",
      clusterLabel: "{n} fiches: inzoomen",
      map: "Kaart van de fiches", count: "{shown} van {total} fiches", more: "Nog {n}: verfijn de zoekopdracht om ze te zien.",
      backgroundChecking: "Achtergrond: gemeentegrenzen (nagaan of online kaarttegels bereikbaar zijn…).",
      backgroundOnline: "Achtergrond: gemeentegrenzen op online kaarttegels ({attribution}).",
      backgroundOffline: "Achtergrond: enkel gemeentegrenzen (online kaarttegels zijn niet bereikbaar).",
      backgroundNone: "Achtergrond: enkel gemeentegrenzen.",
      published: "Gepubliceerd op {date}. Enkel openbare, actieve, geverifieerde of opgeëiste fiches worden getoond.",
      sectors: "Sectoren", services: "Diensten", audiences: "Doelgroepen", website: "Website", email: "E-mail",
      emailPublic: "Openbaar e-mailadres", phone: "Telefoon", address: "Adres", postcode: "Postcode", name: "Naam",
      relations: "Relaties", permalink: "Link naar deze fiche", claimCorrect: "Deze fiche opeisen of verbeteren",
      close: "Sluiten", proposed: "Voorgestelde waarden", comment: "Opmerking voor het team", you: "U",
      claimBox: "Deze fiche ben ik of is mijn organisatie (opeisen)", yourName: "Uw naam (verplicht)",
      yourEmail: "Uw e-mailadres (verplicht)", makeFile: "Het bestand voorbereiden", fileText: "Het verbeterbestand",
      download: "Het bestand downloaden", sendMail: "Per e-mail versturen",
      claimTitle: "Opeisen of verbeteren: {name}", newTitle: "Mijn organisatie toevoegen",
      claimIntro: "Verander wat fout is of ontbreekt, bereid dan het bestand voor en stuur het naar het team. Deze " +
        "pagina verstuurt niets: het team controleert elk voorstel voor de kaart verandert.",
      newIntro: "Beschrijf uw organisatie, bereid dan het bestand voor en stuur het naar het team, dat het " +
        "controleert voor het op de kaart verschijnt.",
      howTo: "Stuur het gedownloade bestand, of de voorbereide e-mail met de tekst ervan, naar {contact}.",
      howToNoContact: "Stuur het gedownloade bestand, of de voorbereide e-mail met de tekst ervan, naar het team van de kaart.",
      errorNeedName: "Geef uw naam.", errorNeedEmail: "Geef een geldig e-mailadres van u.",
      errorNothing: "Verander minstens één waarde, voeg een opmerking toe of vink het opeisvakje aan.",
      errorNewName: "Geef de naam van de organisatie.", errorEmail: "Het openbare e-mailadres is niet geldig.",
      errorPostcode: "Een Brusselse postcode heeft vier cijfers, van 1000 tot 1299.",
      errorWebsite: "De website moet beginnen met http:// of https://.",
      none: "—", unknown: "onbekend", mailSubject: "Brussels Creative-kaart: verbetering van {name}",
      mailSubjectNew: "Brussels Creative-kaart: nieuwe fiche {name}"
    }
  };

  // ---- state ----------------------------------------------------------------------------------------------------
  var lang = LANGS.indexOf(D.language) >= 0 ? D.language : "fr";
  try { var saved = window.localStorage.getItem("bc-lang"); if (LANGS.indexOf(saved) >= 0) { lang = saved; } } catch (e) { /* storage off */ }
  var n = D.count;
  var folded = new Array(n);
  var mercX = new Float64Array(n), mercY = new Float64Array(n);
  var byId = {};
  var relations = new Array(n);
  var shown = [];
  var selected = -1;
  var CELL = 60;
  var SINGLE_ZOOM = 17;
  var ENTRY_ZOOM = 14; // opening an entry zooms in to at least this level, its neighbourhood around it
  var map, layer, pointLayer, renderer, tileState = D.tiles ? "checking" : "none";
  var editing = null; // entry index the claim form is about, or -1 for a new organisation
  window.BC_PERF = { scriptStartMs: performance.now(), firstRenderMs: null, firstPaintedMs: null, lastFilterMs: null, filters: [], steps: {} };

  function $(id) { return document.getElementById(id); }
  function t(key, values) {
    var text = (T[lang] && T[lang][key]) || T.en[key] || key;
    if (values) { Object.keys(values).forEach(function (k) { text = text.split("{" + k + "}").join(values[k]); }); }
    return text;
  }
  var NON_ASCII = /[^\x00-\x7f]/;
  function fold(text) {
    text = text || "";
    if (NON_ASCII.test(text)) { text = text.normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    return text.toLowerCase().replace(/\s+/g, " ").trim();
  }
  function label(kind, position) {
    if (position === null || position === undefined) { return t("unknown"); }
    return D.vocab[kind][position][LANG_COLUMN[lang]];
  }
  function color(i) {
    var s = D.sectors[i];
    return s.length ? PALETTE[s[0] % PALETTE.length] : NO_SECTOR;
  }
  // uuids travel as 22 base64url characters (webmap.compact_uuid); "!" marks a uuid kept as it was.
  var UUID_FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  function uuidAt(i) {
    var id = D.id[i];
    if (id.charAt(0) === "!") { return id.slice(1); }
    var bytes = window.atob(id.replace(/-/g, "+").replace(/_/g, "/") + "==");
    var hex = "";
    for (var k = 0; k < bytes.length; k++) { hex += ("0" + bytes.charCodeAt(k).toString(16)).slice(-2); }
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }
  function compactUuid(uuid) {
    if (!UUID_FORM.test(uuid)) { return "!" + uuid; }
    var hex = uuid.replace(/-/g, ""), bytes = "";
    for (var k = 0; k < 32; k += 2) { bytes += String.fromCharCode(parseInt(hex.slice(k, k + 2), 16)); }
    return window.btoa(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function fullWebsite(site) { return site && site.indexOf("://") < 0 ? "https://" + site : site; }
  function formatNumber(value) { return value.toLocaleString(lang === "en" ? "en-GB" : lang + "-BE"); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { if (k === "text") { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); } }); }
    (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  // ---- SHA-256 (FIPS 180-4) on UTF-8 bytes: the checksum of an entry, same as webmap.entry_checksum -------------
  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1,
    0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
    0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3,
    0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb,
    0xbef9a3f7, 0xc67178f2];
  function sha256Hex(text) {
    var bytes = new TextEncoder().encode(text);
    var length = bytes.length;
    var padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
    padded.set(bytes);
    padded[length] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64);
    for (var offset = 0; offset < padded.length; offset += 64) {
      for (var i = 0; i < 16; i++) { w[i] = view.getUint32(offset + 4 * i); }
      for (i = 16; i < 64; i++) {
        var a = w[i - 15], b = w[i - 2];
        var s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
        var s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      var A = h[0], B = h[1], C = h[2], E = h[4], F = h[5], G = h[6], H = h[7], Dd = h[3];
      for (i = 0; i < 64; i++) {
        var S1 = ((E >>> 6) | (E << 26)) ^ ((E >>> 11) | (E << 21)) ^ ((E >>> 25) | (E << 7));
        var ch = (E & F) ^ (~E & G);
        var t1 = (H + S1 + ch + K[i] + w[i]) | 0;
        var S0 = ((A >>> 2) | (A << 30)) ^ ((A >>> 13) | (A << 19)) ^ ((A >>> 22) | (A << 10));
        var maj = (A & B) ^ (A & C) ^ (B & C);
        var t2 = (S0 + maj) | 0;
        H = G; G = F; F = E; E = (Dd + t1) | 0; Dd = C; C = B; B = A; A = (t1 + t2) | 0;
      }
      h[0] = (h[0] + A) | 0; h[1] = (h[1] + B) | 0; h[2] = (h[2] + C) | 0; h[3] = (h[3] + Dd) | 0;
      h[4] = (h[4] + E) | 0; h[5] = (h[5] + F) | 0; h[6] = (h[6] + G) | 0; h[7] = (h[7] + H) | 0;
    }
    return h.map(function (x) { return ("00000000" + (x >>> 0).toString(16)).slice(-8); }).join("");
  }
  function code(kind, position) { return position === null || position === undefined ? null : D.vocab[kind][position][0]; }
  function entryRecord(i) {
    return {
      uuid: uuidAt(i), name: D.name[i], entity_type: code("type", D.type[i]), municipality: code("municipality", D.muni[i]),
      address: D.address[i] || null, postcode: D.postcode[i] === "" ? null : String(D.postcode[i]),
      website: fullWebsite(D.website[i]) || null, email: D.email[i] || null, phone: D.phone[i] || null,
      sectors: D.sectors[i].map(function (p) { return code("sector", p); }),
      services: D.services[i].map(function (p) { return code("service", p); }),
      audiences: D.audiences[i].map(function (p) { return code("audience", p); }),
      lon: D.x[i], lat: D.y[i]
    };
  }
  var CHECKSUM_FIELDS = ["uuid", "name", "entity_type", "municipality", "address", "postcode", "website", "email", "phone",
    "sectors", "services", "audiences", "lon", "lat"];
  function canonicalText(record) {
    return JSON.stringify(CHECKSUM_FIELDS.map(function (k) { return record[k] === undefined ? null : record[k]; }));
  }
  function entryChecksum(i) { return "sha256:" + sha256Hex(canonicalText(entryRecord(i))); }

  // ---- preparation ----------------------------------------------------------------------------------------------
  for (var i = 0; i < n; i++) {
    folded[i] = fold(D.name[i]);
    var sin = Math.sin(D.y[i] / SCALE * Math.PI / 180);
    mercX[i] = (D.x[i] / SCALE + 180) / 360;
    mercY[i] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    byId[D.id[i]] = i;
    relations[i] = null;
  }
  for (var r = 0; r < D.rel.length; r += 3) {
    var from = D.rel[r], to = D.rel[r + 1], kind = D.rel[r + 2];
    (relations[from] = relations[from] || []).push([to, kind, false]);
    (relations[to] = relations[to] || []).push([from, kind, true]);
  }

  // ---- filters --------------------------------------------------------------------------------------------------
  var FILTERS = [["f-sector", "sector"], ["f-type", "type"], ["f-service", "service"], ["f-municipality", "municipality"]];
  function fillSelect(select, kind, withAll) {
    var value = select.value;
    select.textContent = "";
    if (withAll) { select.appendChild(el("option", { value: "", text: t("all") })); } else { select.appendChild(el("option", { value: "", text: t("none") })); }
    var order = D.vocab[kind].map(function (_, p) { return p; });
    order.sort(function (a, b) { return label(kind, a).localeCompare(label(kind, b), lang); });
    order.forEach(function (p) { select.appendChild(el("option", { value: String(p), text: label(kind, p) })); });
    select.value = value;
  }
  function selectedPosition(id) { var v = $(id).value; return v === "" ? -1 : Number(v); }
  function applyFilters() {
    var start = performance.now();
    var query = fold($("q").value);
    var sector = selectedPosition("f-sector"), type = selectedPosition("f-type");
    var service = selectedPosition("f-service"), muni = selectedPosition("f-municipality");
    var result = [];
    for (var i = 0; i < n; i++) {
      if (type >= 0 && D.type[i] !== type) { continue; }
      if (muni >= 0 && D.muni[i] !== muni) { continue; }
      if (sector >= 0 && D.sectors[i].indexOf(sector) < 0) { continue; }
      if (service >= 0 && D.services[i].indexOf(service) < 0) { continue; }
      if (query && folded[i].indexOf(query) < 0) { continue; }
      result.push(i);
    }
    shown = result;
    renderMarkers();
    renderList();
    renderCount();
    var elapsed = performance.now() - start;
    window.BC_PERF.lastFilterMs = elapsed;
    window.BC_PERF.filters.push(elapsed);
    return elapsed;
  }
  function renderCount() {
    $("count").textContent = t("count", { shown: formatNumber(shown.length), total: formatNumber(n) });
  }
  function renderList() {
    var list = $("results");
    list.textContent = "";
    var fragment = document.createDocumentFragment();
    for (var k = 0; k < shown.length && k < LIST_LIMIT; k++) {
      var i = shown[k];
      var button = el("button", { type: "button", "data-i": String(i) }, [
        el("span", { class: "dot", style: "background:" + color(i), "aria-hidden": "true" }),
        el("span", { text: D.name[i] }),
        el("span", { class: "sub", text: label("type", D.type[i]) + " · " + label("municipality", D.muni[i]) })
      ]);
      fragment.appendChild(el("li", null, [button]));
    }
    list.appendChild(fragment);
    $("more").textContent = shown.length > LIST_LIMIT ? t("more", { n: formatNumber(shown.length - LIST_LIMIT) }) : "";
  }

  // ---- map ------------------------------------------------------------------------------------------------------
  function clusterIcon(count) {
    var size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 44 : 52;
    return L.divIcon({ html: String(count), className: "cluster", iconSize: [size, size] });
  }
  // Clustering on a screen grid: the entries shown that fall in the view are counted per CELL-pixel square at the
  // current zoom; a square holding one entry draws it, one holding more draws a circle with the count at their mean
  // position. One pass over the shown entries (a few milliseconds for 25 000), so a filter never rebuilds an index.
  // From SINGLE_ZOOM on, every entry is drawn.
  function renderMarkers() {
    layer.clearLayers();
    pointLayer.clearLayers();
    var zoom = map.getZoom();
    var bounds = map.getBounds().pad(0.05);
    var west = bounds.getWest() * SCALE, east = bounds.getEast() * SCALE;
    var south = bounds.getSouth() * SCALE, north = bounds.getNorth() * SCALE;
    var cellsPerWorld = 256 * Math.pow(2, zoom) / CELL;
    var cluster = zoom < SINGLE_ZOOM;
    var cells = new Map();
    var singles = [];
    for (var k = 0; k < shown.length; k++) {
      var i = shown[k];
      var x = D.x[i], y = D.y[i];
      if (x < west || x > east || y < south || y > north) { continue; }
      if (!cluster || i === selected) { singles.push(i); continue; }  // the selected entry is always drawn
      var key = Math.floor(mercX[i] * cellsPerWorld) * 67108864 + Math.floor(mercY[i] * cellsPerWorld);
      var cell = cells.get(key);
      if (cell === undefined) { cells.set(key, [1, x, y, i, x, x, y, y]); continue; }
      cell[0]++; cell[1] += x; cell[2] += y;
      if (x < cell[4]) { cell[4] = x; } if (x > cell[5]) { cell[5] = x; }
      if (y < cell[6]) { cell[6] = y; } if (y > cell[7]) { cell[7] = y; }
    }
    cells.forEach(function (cell) {
      if (cell[0] === 1) { singles.push(cell[3]); return; }
      var count = cell[0];
      var ll = [cell[2] / count / SCALE, cell[1] / count / SCALE];
      var box = L.latLngBounds([cell[6] / SCALE, cell[4] / SCALE], [cell[7] / SCALE, cell[5] / SCALE]);
      var marker = L.marker(ll, { icon: clusterIcon(count), keyboard: true, title: String(count) });
      marker.on("click", function () {
        var target = Math.max(map.getBoundsZoom(box), Math.min(map.getZoom() + 2, SINGLE_ZOOM));
        map.setView(box.getCenter(), Math.min(target, SINGLE_ZOOM));
      });
      marker.on("add", function () { marker.getElement().setAttribute("aria-label", t("clusterLabel", { n: String(count) })); });
      layer.addLayer(marker);
    });
    var inView = singles.length, clusters = 0;
    cells.forEach(function (cell) { if (cell[0] > 1) { inView += cell[0]; clusters++; } });
    window.BC_PERF.rendered = { clusters: clusters, singles: singles.length, entries: inView };
    // Single entries are drawn on a canvas (thousands stay fast); the list and the cards are their keyboard route.
    singles.forEach(function (i) {
      var marker = L.circleMarker([D.y[i] / SCALE, D.x[i] / SCALE], {
        renderer: renderer, radius: i === selected ? 9 : 7, color: i === selected ? "#c75000" : "#1a1a1a",
        weight: i === selected ? 4 : 2, fillColor: color(i), fillOpacity: 1
      });
      marker.bindTooltip(D.name[i]);
      marker.on("click", function () { openEntry(i, true); });
      pointLayer.addLayer(marker);
    });
  }
  function setBackgroundText() {
    var key = { checking: "backgroundChecking", online: "backgroundOnline", offline: "backgroundOffline", none: "backgroundNone" }[tileState];
    $("background").textContent = t(key, { attribution: D.tiles ? D.tiles.attribution : "" });
  }
  function probeTiles() {
    // The tile layer is added only once one tile loaded; the page never waits for it.
    var done = false;
    var image = new Image();
    var timer = window.setTimeout(function () { finish(false); }, 6000);
    function finish(ok) {
      if (done) { return; }
      done = true;
      window.clearTimeout(timer);
      tileState = ok ? "online" : "offline";
      if (ok) {
        L.tileLayer(D.tiles.url, { attribution: D.tiles.attribution, maxZoom: 19, pane: "tilePane" }).addTo(map);
      }
      setBackgroundText();
    }
    image.onload = function () { finish(true); };
    image.onerror = function () { finish(false); };
    image.src = D.tiles.url.replace("{z}", "12").replace("{x}", "2097").replace("{y}", "1371").replace("{s}", "a");
  }
  function initMap() {
    map = L.map("map", { zoomControl: true, preferCanvas: true, minZoom: 10, maxZoom: 19, zoomSnap: 0.5, keyboard: true });
    var areas = L.geoJSON(AREAS, {
      style: function () { return { color: "#3b4a5a", weight: 1.2, fillColor: "#ffffff", fillOpacity: 0.55 }; },
      interactive: false
    }).addTo(map);
    var bounds = areas.getBounds();
    map.fitBounds(bounds.isValid() ? bounds : L.latLngBounds([50.76, 4.24], [50.92, 4.48]));
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    layer = L.layerGroup().addTo(map);
    renderer = L.canvas({ padding: 0.2 });
    pointLayer = L.layerGroup().addTo(map);
    map.on("moveend", renderMarkers);
    if (D.tiles) { probeTiles(); }
  }

  // ---- entry card -----------------------------------------------------------------------------------------------
  function listItems(kind, positions) {
    if (!positions.length) { return el("span", { text: t("none") }); }
    return el("ul", null, positions.map(function (p) { return el("li", { text: label(kind, p) }); }));
  }
  function row(term, value) {
    return [el("dt", { text: term }), el("dd", null, [typeof value === "string" ? document.createTextNode(value) : value])];
  }
  function renderCard() {
    var card = $("card");
    card.textContent = "";
    if (selected < 0) { card.hidden = true; return; }
    var i = selected;
    var rows = [];
    rows = rows.concat(row(t("type"), label("type", D.type[i])));
    var place = [D.address[i], [D.postcode[i], label("municipality", D.muni[i])].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    rows = rows.concat(row(t("address"), place || t("none")));
    rows = rows.concat(row(t("sectors"), listItems("sector", D.sectors[i])));
    rows = rows.concat(row(t("services"), listItems("service", D.services[i])));
    rows = rows.concat(row(t("audiences"), listItems("audience", D.audiences[i])));
    if (D.website[i]) {
      rows = rows.concat(row(t("website"), el("a", { href: fullWebsite(D.website[i]), rel: "noopener noreferrer", target: "_blank", text: D.website[i] })));
    }
    if (D.email[i]) { rows = rows.concat(row(t("email"), el("a", { href: "mailto:" + D.email[i], text: D.email[i] }))); }
    if (D.phone[i]) { rows = rows.concat(row(t("phone"), el("a", { href: "tel:" + D.phone[i].replace(/[^+0-9]/g, ""), text: D.phone[i] }))); }
    if (relations[i]) {
      var items = relations[i].map(function (link) {
        var other = link[0], vocab = D.vocab.relation[link[1]];
        var verb = vocab[LANG_COLUMN[lang] + (link[2] ? 3 : 0)];
        return el("li", null, [verb + " ", el("a", { href: "#entry=" + uuidAt(other), "data-i": String(other), text: D.name[other] })]);
      });
      rows = rows.concat(row(t("relations"), el("ul", null, items)));
    }
    card.appendChild(el("h2", { id: "card-name", text: D.name[i] }));
    card.appendChild(el("dl", null, rows));
    card.appendChild(el("p", { class: "actions" }, [
      el("button", { type: "button", id: "claim-open" , text: t("claimCorrect") }),
      el("a", { href: "#entry=" + uuidAt(i), id: "permalink", text: t("permalink") }),
      el("button", { type: "button", id: "card-close", class: "secondary", text: t("close") })
    ]));
    card.hidden = false;
  }
  function openEntry(i, focus) {
    selected = i;
    renderCard();
    var target = "#entry=" + uuidAt(i);
    if (window.location.hash !== target) {
      try { window.history.replaceState(null, "", target); } catch (e) { window.location.hash = target; }
    }
    var ll = [D.y[i] / SCALE, D.x[i] / SCALE];
    if (map.getZoom() < ENTRY_ZOOM || !map.getBounds().contains(ll)) { map.setView(ll, Math.max(ENTRY_ZOOM, map.getZoom())); } else { renderMarkers(); }
    if (focus) { $("card").focus(); }
  }
  function closeCard() {
    selected = -1;
    renderCard();
    try { window.history.replaceState(null, "", window.location.pathname + window.location.search); } catch (e) { window.location.hash = ""; }
    renderMarkers();
    $("q").focus();
  }
  function readHash() {
    var match = /(?:^#|&)entry=([^&]+)/.exec(window.location.hash);
    var i = match ? byId[compactUuid(decodeURIComponent(match[1]))] : undefined;
    if (i !== undefined) { openEntry(i, false); }
  }

  // ---- claim and correction form --------------------------------------------------------------------------------
  var LINKS = [["c-sectors", "sector", "sectors"], ["c-services", "service", "services"], ["c-audiences", "audience", "audiences"]];
  function fillChoices() {
    LINKS.forEach(function (spec) {
      var box = $(spec[0]);
      var checked = {};
      box.querySelectorAll("input:checked").forEach(function (input) { checked[input.value] = true; });
      box.textContent = "";
      D.vocab[spec[1]].forEach(function (row, p) {
        var id = spec[0] + "-" + row[0];
        var input = el("input", { type: "checkbox", id: id, value: row[0] });
        input.checked = !!checked[row[0]];
        box.appendChild(el("div", { class: "check" }, [input, el("label", { for: id, text: label(spec[1], p) })]));
      });
    });
    ["c-type", "c-municipality"].forEach(function (id) { fillSelect($(id), id === "c-type" ? "type" : "municipality", false); });
  }
  function formValues() {
    function text(id) { var v = $(id).value.trim(); return v === "" ? null : v; }
    function codeOf(id, kind) { var v = $(id).value; return v === "" ? null : D.vocab[kind][Number(v)][0]; }
    var values = {
      name: text("c-name"), entity_type: codeOf("c-type", "type"), address: text("c-address"), postcode: text("c-postcode"),
      municipality: codeOf("c-municipality", "municipality"), website: text("c-website"), email: text("c-email"),
      phone: text("c-phone")
    };
    LINKS.forEach(function (spec) {
      values[spec[2]] = Array.prototype.map.call($(spec[0]).querySelectorAll("input:checked"), function (input) { return input.value; });
    });
    return values;
  }
  function openClaim(i) {
    editing = i;
    fillChoices();
    var record = i >= 0 ? entryRecord(i) : null;
    $("claim-heading").textContent = i >= 0 ? t("claimTitle", { name: D.name[i] }) : t("newTitle");
    $("claim-intro").textContent = i >= 0 ? t("claimIntro") : t("newIntro");
    $("c-name").value = record ? record.name : "";
    $("c-type").value = record && D.type[i] !== null ? String(D.type[i]) : "";
    $("c-address").value = record && record.address || "";
    $("c-postcode").value = record && record.postcode || "";
    $("c-municipality").value = record && D.muni[i] !== null ? String(D.muni[i]) : "";
    $("c-website").value = record && record.website || "";
    $("c-email").value = record && record.email || "";
    $("c-phone").value = record && record.phone || "";
    LINKS.forEach(function (spec) {
      var codes = record ? record[spec[2]] : [];
      $(spec[0]).querySelectorAll("input").forEach(function (input) { input.checked = codes.indexOf(input.value) >= 0; });
    });
    $("c-comment").value = "";
    $("c-claim").checked = false;
    $("c-claim").parentNode.hidden = i < 0;
    $("claim-error").textContent = "";
    $("claim-result").hidden = true;
    $("claim").showModal();
    $("c-name").focus();
  }
  var EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
  function sameList(a, b) { return a.length === b.length && a.every(function (v) { return b.indexOf(v) >= 0; }); }
  function makeCorrection() {
    var error = $("claim-error");
    error.textContent = "";
    var values = formValues();
    var who = { name: $("c-you-name").value.trim(), email: $("c-you-email").value.trim() };
    var isNew = editing < 0;
    var published = isNew ? null : entryRecord(editing);
    var proposed = {};
    Object.keys(values).forEach(function (key) {
      var value = values[key];
      if (isNew) {
        if (Array.isArray(value) ? value.length : value !== null) { proposed[key] = value; }
      } else if (Array.isArray(value) ? !sameList(value, published[key]) : value !== published[key]) {
        proposed[key] = value;
      }
    });
    var comment = $("c-comment").value.trim();
    var claim = !isNew && $("c-claim").checked;
    var problem = null;
    if (!who.name) { problem = ["errorNeedName", "c-you-name"]; }
    else if (!EMAIL.test(who.email)) { problem = ["errorNeedEmail", "c-you-email"]; }
    else if (isNew && !values.name) { problem = ["errorNewName", "c-name"]; }
    else if (values.email && !EMAIL.test(values.email)) { problem = ["errorEmail", "c-email"]; }
    else if (values.postcode && !/^1[0-2][0-9]{2}$/.test(values.postcode)) { problem = ["errorPostcode", "c-postcode"]; }
    else if (values.website && !/^https?:\/\/\S+$/.test(values.website)) { problem = ["errorWebsite", "c-website"]; }
    else if (!isNew && !claim && !comment && !Object.keys(proposed).length) { problem = ["errorNothing", "c-name"]; }
    if (problem) {
      error.textContent = t(problem[0]);
      $(problem[1]).focus();
      return null;
    }
    var file = {
      format: "brussels-creative-correction",
      version: 1,
      kind: isNew ? "new" : "correction",
      entity_uuid: isNew ? null : uuidAt(editing),
      entity_name: isNew ? null : D.name[editing],
      published_checksum: isNew ? null : entryChecksum(editing),
      published_at: D.generated,
      claim: claim,
      proposed: proposed,
      comment: comment || null,
      submitter: who,
      created_at: new Date().toISOString(),
      language: lang
    };
    var text = JSON.stringify(file, null, 2);
    $("claim-output").value = text;
    var name = "correction-" + (isNew ? "new" : uuidAt(editing).slice(0, 8)) + "-" + file.created_at.replace(/[^0-9]/g, "").slice(0, 14) + ".json";
    var download = $("claim-download");
    if (download.href && download.href.indexOf("blob:") === 0) { URL.revokeObjectURL(download.href); }
    download.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    download.setAttribute("download", name);
    var subject = t(isNew ? "mailSubjectNew" : "mailSubject", { name: isNew ? values.name : D.name[editing] });
    $("claim-mail").href = "mailto:" + (D.contact ? encodeURIComponent(D.contact).replace("%40", "@") : "") +
      "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(text);
    $("claim-how").textContent = D.contact ? t("howTo", { contact: D.contact }) : t("howToNoContact");
    $("claim-result").hidden = false;
    $("claim-output").focus();
    return file;
  }

  // ---- language -------------------------------------------------------------------------------------------------
  function setLanguage(code) {
    lang = code;
    try { window.localStorage.setItem("bc-lang", code); } catch (e) { /* storage off */ }
    document.documentElement.lang = code;
    document.querySelectorAll("[data-i18n]").forEach(function (node) { node.textContent = t(node.getAttribute("data-i18n")); });
    document.querySelectorAll(".languages button").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-lang") === code));
    });
    FILTERS.forEach(function (spec) { fillSelect($(spec[0]), spec[1], true); });
    var legend = $("legend-list");
    legend.textContent = "";
    D.vocab.sector.forEach(function (row, p) {
      legend.appendChild(el("li", null, [el("span", { class: "dot", style: "background:" + PALETTE[p % PALETTE.length], "aria-hidden": "true" }), label("sector", p)]));
    });
    legend.appendChild(el("li", null, [el("span", { class: "dot", style: "background:" + NO_SECTOR, "aria-hidden": "true" }), t("noSector")]));
    var date = new Date(D.generated);
    $("published").textContent = t("published", { date: isNaN(date) ? D.generated : date.toLocaleDateString(lang === "en" ? "en-GB" : lang + "-BE") });
    setBackgroundText();
    renderCount();
    renderList();
    renderCard();
    if ($("claim").open && editing !== null) {
      fillChoices();
      $("claim-heading").textContent = editing >= 0 ? t("claimTitle", { name: D.name[editing] }) : t("newTitle");
      $("claim-intro").textContent = editing >= 0 ? t("claimIntro") : t("newIntro");
    }
  }

  // ---- wiring ---------------------------------------------------------------------------------------------------
  function start() {
    var steps = window.BC_PERF.steps;
    steps.prepared = performance.now();
    initMap();
    steps.map = performance.now();
    setLanguage(lang);
    steps.language = performance.now();
    applyFilters();
    steps.filtered = performance.now();
    readHash();
    window.BC_PERF.firstRenderMs = performance.now();
    window.requestAnimationFrame(function () { window.setTimeout(function () { window.BC_PERF.firstPaintedMs = performance.now(); }, 0); });
    document.body.setAttribute("data-ready", "1");
    $("q").addEventListener("input", applyFilters);
    FILTERS.forEach(function (spec) { $(spec[0]).addEventListener("change", applyFilters); });
    $("filters").addEventListener("submit", function (event) { event.preventDefault(); });
    $("filters").addEventListener("reset", function () { window.setTimeout(applyFilters, 0); });
    document.querySelectorAll(".languages button").forEach(function (button) {
      button.addEventListener("click", function () { setLanguage(button.getAttribute("data-lang")); });
    });
    $("results").addEventListener("click", function (event) {
      var button = event.target.closest("button[data-i]");
      if (button) { openEntry(Number(button.getAttribute("data-i")), true); }
    });
    $("card").addEventListener("click", function (event) {
      var link = event.target.closest("a[data-i]");
      if (link) { event.preventDefault(); openEntry(Number(link.getAttribute("data-i")), true); return; }
      if (event.target.id === "claim-open") { openClaim(selected); }
      if (event.target.id === "card-close") { closeCard(); }
    });
    $("add-org").addEventListener("click", function () { openClaim(-1); });
    $("claim-make").addEventListener("click", makeCorrection);
    $("claim-cancel").addEventListener("click", function () { $("claim").close(); });
    $("claim").addEventListener("close", function () {
      var back = editing >= 0 ? $("claim-open") : $("add-org");
      editing = null;
      if (back) { back.focus(); }
    });
    window.addEventListener("hashchange", readHash);
  }
  window.BC_APP = { applyFilters: applyFilters, entryChecksum: entryChecksum, canonicalText: canonicalText, entryRecord: entryRecord, sha256Hex: sha256Hex, setLanguage: setLanguage, shownCount: function () { return shown.length; } };
  start();
})();
