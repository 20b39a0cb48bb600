"""The plugin's own interface in French and Dutch: complete Qt translation sources, compiled by make, chosen from
QGIS's locale for the menu, the messages and the Processing algorithms."""

from __future__ import annotations

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from helpers import REPO
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QSettings, QTranslator

import brussels_creative
from brussels_creative.plugin import MENU_OBJECT_NAME
from brussels_creative.processing.algorithms.base import GROUPS

sys.path.insert(0, str(REPO / "scripts"))
import update_translations

I18N = REPO / "brussels_creative" / "resources" / "i18n"
LANGUAGES = ("fr", "nl")
CONTEXT = "BrusselsCreative"
MENU_ACTIONS = ("Open ecosystem…", "Create ecosystem GeoPackage…", "Processing algorithms…", "About Brussels Creative")
EXPECTED = {  # a few translations checked by hand, so a .ts that merely copies the English fails
    "fr": {"Open ecosystem…": "Ouvrir un écosystème…", "Density grid": "Grille de densité", "Density": "Densité"},
    "nl": {"Open ecosystem…": "Ecosysteem openen…", "Density grid": "Dichtheidsrooster", "Density": "Dichtheid"},
}


def _messages(language: str) -> list[ET.Element]:
    root = ET.parse(I18N / f"brussels_creative_{language}.ts").getroot()
    contexts = root.findall("context")
    assert [c.findtext("name") for c in contexts] == [CONTEXT]
    return [m for m in contexts[0].iter("message") if m.find("translation").get("type") not in ("obsolete", "vanished")]


def _catalogue(language: str) -> dict[str, str]:
    return {m.findtext("source"): m.findtext("translation") for m in _messages(language)}


def _fields(text: str) -> list[tuple[str, str, str | None]]:
    """The str.format fields of a text, auto-numbered ones given their index, so a translation may reorder them."""
    fields, auto = [], 0
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if name == "":
            name, auto = str(auto), auto + 1
        fields.append((name, spec, conversion))
    return sorted(fields)


@pytest.fixture(scope="module")
def compiled() -> None:
    """Compile the .ts files the way `make translations` does."""
    done = subprocess.run(["bash", str(REPO / "scripts" / "translations.sh")], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


LOCALE_KEYS = ("locale/userLocale", "locale/overrideFlag")


@contextmanager
def _locale_kept() -> Iterator[callable]:
    """Yield a function setting QGIS's locale; the previous setting (or its absence) is put back on leaving."""
    settings = QgsSettings()
    before = {key: settings.value(key) for key in LOCALE_KEYS if settings.contains(key)}

    def set_locale(language: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)

    try:
        yield set_locale
    finally:
        for key in LOCALE_KEYS:
            if key in before:
                settings.setValue(key, before[key])
            else:
                settings.remove(key)


@pytest.fixture
def locale_setting() -> Iterator[callable]:
    """Set QGIS's locale for one test and put the previous setting back afterwards."""
    with _locale_kept() as set_locale:
        yield set_locale


@pytest.fixture
def load_plugin(qgis_iface, qgis_processing, compiled, locale_setting) -> Iterator[callable]:
    """Load the plugin into the test QGIS in a given language; unload it (and its translator) afterwards."""
    loaded = []

    def load(language: str):
        locale_setting(language)
        plugin = brussels_creative.classFactory(qgis_iface)
        loaded.append(plugin)
        plugin.initGui()
        return plugin

    yield load
    for plugin in loaded:
        plugin.unload()


def _menu(iface):
    menus = [a.menu() for a in iface.mainWindow().menuBar().actions()
             if a.menu() is not None and a.menu().objectName() == MENU_OBJECT_NAME]
    assert len(menus) == 1
    return menus[0]


def _provider():
    return QgsApplication.processingRegistry().providerById("brussels_creative")


# ---- the .ts sources ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    messages = _messages(language)
    assert len(messages) > 300
    sources = [m.findtext("source") for m in messages]
    assert len(sources) == len(set(sources)), "a source text is listed twice"
    unfinished = [s for m, s in zip(messages, sources, strict=True)
                  if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()]
    assert unfinished == [], f"untranslated in {language}: run `make i18n-update` and translate {unfinished[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_newlines_and_edges_match(language):
    problems = []
    for source, translation in _catalogue(language).items():
        if not translation:
            continue  # reported by test_every_string_is_translated
        if _fields(source) != _fields(translation):
            problems.append(("placeholders", source[:60], translation[:60]))
        if source.count("\n") != translation.count("\n"):
            problems.append(("newlines", source[:60], translation[:60]))
        if source != source.strip() and (source[0].isspace(), source[-1].isspace()) != (
            translation[0].isspace(), translation[-1].isspace()
        ):
            problems.append(("leading/trailing space", source[:60], translation[:60]))
        translation.format(*range(20), **{name: 0 for name, _, _ in _fields(translation) if not name.isdigit()})
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_technical_terms_are_kept(language):
    for source, translation in _catalogue(language).items():
        if not translation:
            continue  # reported by test_every_string_is_translated
        for term in ("EPSG:31370", "DBSCAN", "Gi*", "NACE", "Brussels Creative", "GeoPackage", "UrbIS"):
            if term in source:
                assert term in translation, (term, source[:60], translation[:60])


def test_the_ts_files_hold_every_string_of_the_sources():
    extraction = update_translations.extract()
    assert extraction.warnings == []
    for name, groups_name in GROUPS.items():
        assert groups_name in extraction.messages, name
    for language in LANGUAGES:
        catalogue = _catalogue(language)  # parsed once, not once per message (that took a minute)
        missing = [s for s in extraction.messages if s not in catalogue]
        assert missing == [], f"{language}: run `make i18n-update` and translate {missing[:5]}"


def test_extractor_finds_literals_loops_helpers_and_class_attributes(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        "from qgis.PyQt.QtCore import QCoreApplication\n"
        "def tr(text):\n    return QCoreApplication.translate('BrusselsCreative', text)\n"
        "SHAPES = (('a', 'Shape A'), ('b', 'Shape B'))\n"
        "GROUPS = {'g': 'Group G'}\n"
        "class Alg:\n"
        "    ALG_NAME = 'Name'\n    ALG_HELP = ('Help ' 'text')\n    ALG_TAGS = ('tag1', 'tag2')\n"
        "    def tr(self, text):\n        return tr(text)\n"
        "    def _add(self, parameter, help_text):\n        return self.tr(help_text)\n"
        "    def run(self, value):\n"
        "        self._add(None, 'Helper text')\n"
        "        options = [self.tr(s[1]) for s in SHAPES]\n"
        "        for key, label in (('X', 'Loop X'), ('Y', 'Loop Y')):\n            tr(label)\n"
        "        QCoreApplication.translate('Other', 'Other context')\n"
        "        tr(f'{value} dynamic')\n"
        "        return tr('Literal'), options\n",
        encoding="utf-8",
    )
    extraction = update_translations.extract([module])
    assert set(extraction.messages) == {
        "Shape A", "Shape B", "Group G", "Name", "Help text", "tag1", "tag2", "Helper text", "Loop X", "Loop Y",
        "Literal",
    }
    assert len(extraction.warnings) == 1 and "dynamic" in extraction.warnings[0]


def test_merge_keeps_translations_and_marks_vanished_strings_obsolete():
    merge, message = update_translations.merge, update_translations.Message
    existing = [message("Kept", translation="Gardé", kind=None), message("Gone", translation="Parti", kind=None),
                message("Counting the entities per cell of the grid", translation="Comptage par cellule", kind=None)]
    extracted = {s: message(s) for s in ("Kept", "New", "Counting the entities per cell of a grid")}
    merged = {m.source: m for m in merge(extracted, existing)}
    assert (merged["Kept"].translation, merged["Kept"].kind) == ("Gardé", None)
    assert (merged["New"].translation, merged["New"].kind) == ("", "unfinished")
    assert (merged["Gone"].translation, merged["Gone"].kind) == ("Parti", "obsolete")
    edited = merged["Counting the entities per cell of a grid"]
    assert edited.kind == "unfinished" and edited.translation == ""  # English until reviewed; the old one as a hint
    assert edited.old_source == "Counting the entities per cell of the grid" and "Comptage" in edited.comment
    revived = {m.source: m for m in merge({"Gone": message("Gone")}, list(merged.values()))}
    assert (revived["Gone"].translation, revived["Gone"].kind) == ("Parti", None)


# ---- compiled and used at run time ----------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_sh_compiles_loadable_qm_files(compiled, language):
    qm = I18N / f"brussels_creative_{language}.qm"
    assert qm.exists() and qm.stat().st_mtime >= (I18N / f"brussels_creative_{language}.ts").stat().st_mtime
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        for source, translation in EXPECTED[language].items():
            assert QCoreApplication.translate(CONTEXT, source) == translation
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_in_the_qgis_locale(qgis_iface, load_plugin, language):
    catalogue = _catalogue(language)
    plugin = load_plugin(language)
    assert plugin.translator is not None
    menu = _menu(qgis_iface)
    assert menu.title() == catalogue["Brussels Creative"]
    texts = [a.text() for a in menu.actions() if a.text()]
    assert set(texts) >= {catalogue[s] for s in MENU_ACTIONS}
    assert EXPECTED[language]["Open ecosystem…"] in texts
    english = {v: k for k, v in catalogue.items()}
    assert all(text in english for text in texts), "every menu entry comes from the catalogue"
    for action in plugin.toolbar.actions():
        assert action.text() in english


@pytest.mark.parametrize("language", LANGUAGES)
def test_algorithms_in_the_qgis_locale(load_plugin, language):
    from brussels_creative.processing.provider import algorithm_classes

    catalogue = _catalogue(language)
    load_plugin(language)
    provider = _provider()
    assert provider.name() == catalogue["Brussels Creative"]
    assert provider.longName() == catalogue[
        "Brussels Creative — creative ecosystem of the Brussels Capital Region"
    ]
    for algorithm_class in algorithm_classes():
        algorithm = provider.algorithm(algorithm_class.ALG_ID)
        assert algorithm.displayName() == catalogue[algorithm_class.ALG_NAME]
        translated_help = catalogue[algorithm_class.ALG_HELP]  # may be .format()ted further (export: {privacy})
        if algorithm_class.ALG_MEANING:  # the help leads with what the result means
            translated_help = catalogue[algorithm_class.ALG_MEANING] + "\n\n" + translated_help
        assert algorithm.shortHelpString().startswith(translated_help.split("{")[0]), algorithm_class.ALG_ID
        assert algorithm.group() == catalogue[GROUPS[algorithm_class.ALG_GROUP]]
        assert set(algorithm.tags()) >= {catalogue[t] for t in algorithm_class.ALG_TAGS}
        for parameter in algorithm.parameterDefinitions():
            assert parameter.description() in catalogue.values(), (algorithm_class.ALG_ID, parameter.name())
    grid = provider.algorithm("density_grid")
    assert grid.displayName() == EXPECTED[language]["Density grid"]
    assert grid.group() == EXPECTED[language]["Density"]
    registry = QgsApplication.processingRegistry().algorithmById("brussels_creative:density_grid")
    assert registry.displayName() == EXPECTED[language]["Density grid"]


def test_unload_removes_the_translator_and_english_is_the_default(qgis_iface, qgis_processing, compiled,
                                                                  locale_setting):
    locale_setting("fr")
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    assert QCoreApplication.translate(CONTEXT, "Open ecosystem…") == "Ouvrir un écosystème…"
    plugin.unload()
    assert plugin.translator is None
    assert QCoreApplication.translate(CONTEXT, "Open ecosystem…") == "Open ecosystem…"

    locale_setting("en_GB")
    english = brussels_creative.classFactory(qgis_iface)
    english.initGui()
    try:
        assert english.translator is None
        assert _menu(qgis_iface).actions()[0].text() == "Open ecosystem…"
        assert _provider().algorithm("density_grid").displayName() == "Density grid"
    finally:
        english.unload()


def test_the_locale_setting_is_put_back_after_a_test_changed_it():
    settings = QgsSettings()
    with _locale_kept() as outer:  # whatever this session holds is restored at the end
        outer("en_GB")
        settings.remove("locale/overrideFlag")
        with _locale_kept() as set_locale:
            set_locale("fr")
            # QSettings (read by the plugin) and QgsSettings (written by the tests) are the same store
            assert QSettings().value("locale/userLocale") == "fr"
        assert QSettings().value("locale/userLocale") == "en_GB"
        assert not settings.contains("locale/overrideFlag")


@pytest.mark.slow
def test_qgis_process_shows_the_algorithms_in_french(qgis_process_cli, compiled):
    ini = qgis_process_cli.home / ".local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini"
    settings = QSettings(str(ini), QSettings.IniFormat)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr")
    settings.sync()
    shown = qgis_process_cli.call("help", "brussels_creative:density_grid")
    assert shown.returncode == 0, shown.stderr
    assert "Grille de densité" in shown.stdout
    assert "Taille de cellule (m)" in shown.stdout


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "PORTFOLIO : aucun portefeuille nommé 'culture' dans ce fichier (il n'en a aucun)"),
    ("nl", "PORTFOLIO: geen portefeuille met de naam 'culture' in dit bestand (het heeft er geen)"),
    ("en", "PORTFOLIO: no portfolio named 'culture' in this file (it has none)"),
])
def test_core_errors_reach_the_user_in_the_qgis_locale(load_plugin, tmp_path, language, expected):
    """The core has no Qt: its errors carry their English template and values, translated where they are shown."""
    import processing
    from qgis.core import QgsProcessingException

    from brussels_creative.core.store.ecosystem import EcosystemStore

    path = tmp_path / "empty.gpkg"
    EcosystemStore.create(path).close()
    load_plugin(language)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("brussels_creative:compare_portfolios", {
            "GEOPACKAGE": str(path), "PORTFOLIOS": "culture;design", "OUTPUT": "memory:"})
    assert str(raised.value) == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["pas un fichier de correction : le JSON n'est pas un objet", "pas du JSON (ligne 1, colonne 2 : "]),
    ("nl", ["geen correctiebestand: de JSON is geen object", "geen JSON (regel 1, kolom 2: "]),
])
def test_why_a_correction_file_was_refused_is_said_in_the_qgis_locale(load_plugin, tmp_path, language, expected):
    """The rejected files' table and log give the core's reasons translated, their values filled in."""
    import processing

    from brussels_creative.core.store.ecosystem import EcosystemStore

    path = tmp_path / "eco.gpkg"
    EcosystemStore.create(path).close()
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    load_plugin(language)
    result = processing.run("brussels_creative:import_corrections", {
        "GEOPACKAGE": str(path), "FILES": [str(tmp_path / "list.json"), str(tmp_path / "broken.json")],
        "REJECTED": "memory:"})
    reasons = [feature["reason"] for feature in result["REJECTED"].getFeatures()]
    assert reasons[0] == expected[0]
    assert reasons[1].startswith(expected[1]) and reasons[1].endswith(")")


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["Ligne 2, Type 'guilde' : type d'entité inconnu 'guilde' : ni un code",
            "Ligne 3, Courriel 'lab@est' : pas une adresse e-mail"]),
    ("nl", ["Rij 2, Type 'guilde': onbekend entiteitstype 'guilde': geen code",
            "Rij 3, Courriel 'lab@est': geen e-mailadres"]),
])
def test_why_an_imported_row_was_refused_is_said_in_the_qgis_locale(load_plugin, tmp_path, language, expected):
    """The import's reasons (core messages with their values) reach the user translated."""
    import processing
    from qgis.core import QgsProcessingException

    from brussels_creative.core.store.ecosystem import EcosystemStore

    path = tmp_path / "eco.gpkg"
    EcosystemStore.create(path).close()
    partners = tmp_path / "partners.csv"
    partners.write_text("Organisation;Type;Courriel;X;Y\nStudio Nord;guilde;;149000;171000\n"
                        "Lab Est;fablab;lab@est;152000;169000\n", encoding="utf-8")
    load_plugin(language)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("brussels_creative:import_entities", {
            "INPUT": str(partners), "GEOPACKAGE": str(path), "REJECTS": "memory:"})
    message = str(raised.value).replace("\N{NO-BREAK SPACE}", " ")  # French puts a no-break space before colons
    assert all(line in message for line in expected), message


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["rue 'rue imaginaire' introuvable et pas de code postal",
            "orthographe corrigée depuis 'rue de la loie' ; pas de numéro : le milieu de la rue"]),
    ("nl", ["straat 'rue imaginaire' niet gevonden en geen postcode",
            "spelling verbeterd van 'rue de la loie'; geen huisnummer: het midden van de straat"]),
])
def test_why_an_address_was_placed_so_is_said_in_the_qgis_locale(load_plugin, address_reference, language, expected):
    """The geocoder's reasons, nested (a reason within a reason) and joined, reach match_reason translated."""
    import processing
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("None?field=address:string", "addresses", "memory")
    for address in ("Rue Imaginaire 5", "Rue de la Loie, 1000 Bruxelles"):
        feature = QgsFeature(layer.fields())
        feature["address"] = address
        layer.dataProvider().addFeature(feature)
    load_plugin(language)
    result = processing.run("brussels_creative:geocode_addresses", {
        "INPUT": layer, "ADDRESS_FIELD": "address", "GEOPACKAGE": str(address_reference.gpkg), "OUTPUT": "memory:"})
    reasons = [f["match_reason"].replace("\N{NO-BREAK SPACE}", " ") for f in result["OUTPUT"].getFeatures()]
    assert reasons == expected
