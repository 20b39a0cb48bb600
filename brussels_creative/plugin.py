"""BrusselsCreativePlugin: menu, toolbar and Processing provider; unload() undoes everything."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QLineEdit, QMenu, QMessageBox, QToolBar

from .core import dependencies
from .layers.translation import error_text
from .resources import RESOURCES_DIR, icon_path

MENU_OBJECT_NAME = "BrusselsCreativeMenu"
TOOLBAR_OBJECT_NAME = "BrusselsCreativeToolbar"


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


def user_language() -> str:
    """Return the two-letter language of the user's QGIS locale ('en' when unset)."""
    locale = QSettings().value("locale/userLocale", "") or "en"
    return str(locale)[:2].lower()


class BrusselsCreativePlugin:
    """The plugin object QGIS holds while Brussels Creative is enabled."""

    def __init__(self, iface, qgis_geos: str | None = None) -> None:
        self.iface = iface
        self.qgis_geos = qgis_geos or Qgis.geosVersion()  # the GEOS shapely must share (another only in tests)
        self.provider = None
        self.menu: QMenu | None = None
        self.toolbar: QToolBar | None = None
        self.actions: list[QAction] = []
        self.translator: QTranslator | None = None
        self.ecosystems: dict = {}
        self.drop_handler = None
        self.connect_action: QAction | None = None
        self.connect_tool = None
        self.duplicate_guard = None
        self.curation_actions = None
        self.curation_dock = None
        self._install_translator()
        self.problems = dependencies.check_dependencies(self.qgis_geos)
        self.unusable = dependencies.unusable_packages(self.problems)
        if self.problems:
            QgsMessageLog.logMessage(self.dependency_message(), tr("Brussels Creative"), Qgis.Warning)
            if iface is None:  # qgis_process: its users never see the message log
                print(tr("Brussels Creative") + ": " + self.dependency_message(), file=sys.stderr)

    # ---- Processing -------------------------------------------------------------------------------------
    def initProcessing(self) -> None:
        """Register the Processing provider once (QGIS calls this headless too, from qgis_process)."""
        if self.provider is not None:
            return
        from .processing.provider import BrusselsCreativeProvider

        self.provider = BrusselsCreativeProvider(self.unusable)
        QgsApplication.processingRegistry().addProvider(self.provider)

    # ---- GUI ----------------------------------------------------------------------------------------------
    def initGui(self) -> None:
        """Add the menu, the toolbar and the provider."""
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("Brussels Creative"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = QToolBar(tr("Brussels Creative"), main_window)
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.iface.addToolBar(self.toolbar)

        self._add_action(tr("Open ecosystem…"), self.open_ecosystem_dialog, "brussels_creative.svg", toolbar=True)
        self._add_action(tr("Open ecosystem from PostgreSQL…"), self.open_postgis_dialog, None)
        self.connect_action = self._add_action(
            tr("Connect entities"), self.connect_entities, "connect_entities.svg", toolbar=True
        )
        self.connect_action.setCheckable(True)
        self._add_action(tr("Create ecosystem GeoPackage…"), self.create_geopackage, None)
        self._add_action(tr("Curation (proposals, review queue, portfolios)"), self.show_curation, None)
        self._add_action(tr("Processing algorithms…"), self.show_algorithms, None)
        self.menu.addSeparator()
        self._add_action(tr("About Brussels Creative"), self.show_about, None)

        if "numpy" not in self.unusable:  # the store reads with numpy
            from .gui.curation_actions import CurationActions

            self.curation_actions = CurationActions(self.iface, self._notify)
            from .gui.curation_dock import CurationDock

            self.curation_dock = CurationDock(self._notify, self.iface.mapCanvas(), main_window)
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.curation_dock)
            self.curation_dock.hide()
        from .gui.drop_handler import EcosystemDropHandler

        self.drop_handler = EcosystemDropHandler(self.open_ecosystem)
        self.iface.registerCustomDropHandler(self.drop_handler)

        menu_bar = main_window.menuBar()
        before = self._help_menu_action(menu_bar)
        if before is not None:
            menu_bar.insertMenu(before, self.menu)
        else:
            menu_bar.addMenu(self.menu)

        if self.problems:
            self.iface.messageBar().pushMessage(
                tr("Brussels Creative"), self.dependency_message(), level=Qgis.Warning, duration=0
            )
        for missing in dependencies.missing_optional():
            command = dependencies.optional_install_command(missing)
            if missing.needed:
                text = tr("{} need the Python package {}, which is not installed: they are left out. Install it with: "
                          "{}").format(missing.users, missing.requirement, command)
            else:
                text = tr("Optional Python package {} is not installed: {} works without it, more slowly. Install it "
                          "with: {}").format(missing.requirement, missing.users, command)
            self.iface.messageBar().pushMessage(tr("Brussels Creative"), text,
                                                level=Qgis.Warning if missing.needed else Qgis.Info, duration=15)

    def dependency_message(self) -> str:
        """What cannot be used, what is disabled because of it, and the commands that fix it (one a line)."""
        geos = self.qgis_geos
        lines = []
        for problem in self.problems:
            if problem.reason == dependencies.MISSING:
                text = tr("{} is not installed.").format(problem.package)
            elif problem.reason == dependencies.TOO_OLD:
                text = tr("{} {} is too old (at least {} is needed).").format(
                    problem.package, problem.found, problem.expected
                )
            elif problem.reason == dependencies.GEOS_MISMATCH:
                text = tr(
                    "shapely {} uses GEOS {}, QGIS uses GEOS {}: two GEOS versions in one QGIS crash it."
                ).format(problem.found, problem.geos, problem.expected)
            else:
                text = tr(
                    "numpy {} in {} hides the numpy {}.x that QGIS's GDAL and scipy were built for."
                ).format(problem.found, problem.location, problem.expected)
            lines.append(text + " " + tr("Fix: {}").format(dependencies.install_command(problem, geos)))
        if "shapely" in self.unusable or "scipy" in self.unusable or "numpy" in self.unusable:
            from .processing.provider import disabled_algorithms

            disabled = disabled_algorithms(self.unusable)
            if disabled:
                lines.append(tr("Disabled until then: {}.").format(", ".join(disabled)))
        if "numpy" in self.unusable:
            lines.append(tr("Opening an ecosystem is disabled until then."))
        lines.append(tr("Then restart QGIS."))
        return "\n".join(lines)

    def _add_action(self, text: str, slot, icon: str | None, toolbar: bool = False) -> QAction:
        action = QAction(QIcon(icon_path(icon)) if icon else QIcon(), text, self.iface.mainWindow())
        action.setObjectName("BrusselsCreative_" + slot.__name__)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    @staticmethod
    def _help_menu_action(menu_bar):
        for action in menu_bar.actions():
            menu = action.menu()
            if menu is not None and menu.objectName() == "mHelpMenu":
                return action
        return None

    def unload(self) -> None:
        """Remove every action, the menu, the toolbar, the map tool, the provider and the translator."""
        if self.connect_tool is not None:
            self.iface.mapCanvas().unsetMapTool(self.connect_tool)
            self.connect_tool.deleteLater()
            self.connect_tool = None
        if self.duplicate_guard is not None:
            self.duplicate_guard.detach()
            self.duplicate_guard.deleteLater()
            self.duplicate_guard = None
        for action in self.actions:
            action.triggered.disconnect()
            action.setParent(None)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.setParent(None)
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.curation_actions is not None:
            self.curation_actions.detach()
            self.curation_actions = None
        if self.curation_dock is not None:
            self.iface.removeDockWidget(self.curation_dock)
            self.curation_dock.setParent(None)
            self.curation_dock.deleteLater()
            self.curation_dock = None
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # ---- actions ------------------------------------------------------------------------------------------
    def _notify(self, text: str, level: int) -> None:
        """A message in the message bar (level: 0 info, 1 warning, 2 critical, 3 success)."""
        self.iface.messageBar().pushMessage(tr("Brussels Creative"), text, level=Qgis.MessageLevel(level),
                                            duration=0 if level == 2 else 5)

    def _run_dialog(self, algorithm_id: str) -> None:
        if self.provider is None or self.provider.algorithm(algorithm_id) is None:
            self.show_about()
            return
        from processing import execAlgorithmDialog

        execAlgorithmDialog(f"brussels_creative:{algorithm_id}")

    def open_ecosystem_dialog(self) -> None:
        """Ask for an ecosystem GeoPackage and open it."""
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr("Open ecosystem"), "", tr("Ecosystem GeoPackage (*.gpkg)")
        )
        if path:
            self.open_ecosystem(path)

    def open_ecosystem(self, path: str) -> bool:
        """Open an ecosystem GeoPackage in the current project; say what went wrong in the message bar."""
        from .core.errors import BrusselsCreativeError
        from .core.store.ecosystem import EcosystemStore
        from .layers.ecosystem_layers import has_stored_project, open_ecosystem, store_in_geopackage

        if "numpy" in self.unusable:
            self.show_about()
            return False
        was_empty = not QgsProject.instance().mapLayers()
        try:
            # Store first, then open: layers opened before another connection writes the file lose their count.
            if not has_stored_project(path):
                store_in_geopackage(path, user_language())
            ecosystem = open_ecosystem(path, QgsProject.instance(), user_language())
            with EcosystemStore.open_read_only(path) as store:
                count = store.count("entities")
        except (BrusselsCreativeError, RuntimeError, OSError, sqlite3.Error) as error:
            self._say_not_opened(error)
            return False
        entities = self._show_opened(ecosystem, was_empty)
        self._curate(ecosystem, ecosystem.path, entities)
        self.iface.messageBar().pushMessage(
            tr("Brussels Creative"),
            tr("Opened {} ({} entities)").format(Path(ecosystem.path).name, count),
            level=Qgis.Success,
            duration=5,
        )
        return True

    def open_postgis_dialog(self) -> None:
        """Ask for a saved PostgreSQL connection and schema, and open the ecosystem there."""
        from .gui.postgis_dialog import PostgisEcosystemDialog

        dialog = PostgisEcosystemDialog(self.iface.mainWindow())
        if dialog.exec_() and dialog.chosen():
            self.open_postgis_ecosystem(*dialog.chosen())

    def open_postgis_ecosystem(self, connection_name: str, schema: str) -> bool:
        """Open the ecosystem of a schema in the database of a saved PostgreSQL connection, with its styles,
        relations and forms, curated in the dock; say what went wrong in the message bar."""
        from .core.errors import BrusselsCreativeError
        from .layers.ecosystem_layers import open_ecosystem
        from .layers.postgres_connection import saved_connection_source

        if "numpy" in self.unusable or "psycopg2" in self.unusable:
            self.show_about()
            return False
        was_empty = not QgsProject.instance().mapLayers()
        import psycopg2

        try:
            source = saved_connection_source(connection_name, schema)
            ecosystem = open_ecosystem(source, QgsProject.instance(), user_language())
        except (BrusselsCreativeError, RuntimeError, psycopg2.Error) as error:
            self._say_not_opened(error)
            return False
        entities = self._show_opened(ecosystem, was_empty)
        self._curate(ecosystem, source, entities)
        self.iface.messageBar().pushMessage(
            tr("Brussels Creative"),
            tr("Opened {} ({} entities)").format(source.label, entities.featureCount()),
            level=Qgis.Success,
            duration=5,
        )
        return True

    def _curate(self, ecosystem, source, entities) -> None:
        """The duplicate warning and the curation actions on the opened ecosystem's layers, and the dock on its
        entities."""
        if self.duplicate_guard is None:
            from .gui.duplicate_guard import DuplicateGuard

            self.duplicate_guard = DuplicateGuard(self.iface, parent=self.iface.mainWindow())
        self.duplicate_guard.attach(entities)
        if self.curation_actions is not None:
            self.curation_actions.attach(entities)
            if "relationships" in ecosystem.layers:
                self.curation_actions.attach_relationships(ecosystem.layers["relationships"])
        if self.curation_dock is not None:
            self.curation_dock.set_ecosystem(source, entities)

    def _say_not_opened(self, error: Exception) -> None:
        self.iface.messageBar().pushMessage(tr("Brussels Creative"), error_text(error), level=Qgis.Critical,
                                            duration=0)

    def _show_opened(self, ecosystem, was_empty: bool):
        """Keep the opened ecosystem, make its entities the active layer and, in a new project, show the region
        (QGIS does not zoom to layers added into a group); returns the entities layer."""
        self.ecosystems[ecosystem.path] = ecosystem
        entities = ecosystem.layers["entities"]
        self.iface.setActiveLayer(entities)
        if was_empty:
            self._show_region(ecosystem.layers["municipalities"])
        return entities

    def _show_region(self, municipalities) -> None:
        """The map in the ecosystem's CRS, on the 19 municipalities."""
        canvas = self.iface.mapCanvas()
        QgsProject.instance().setCrs(municipalities.crs())
        canvas.setDestinationCrs(municipalities.crs())
        canvas.setExtent(municipalities.extent().buffered(500))
        canvas.refresh()

    def current_entities_layer(self):
        """The entities layer of the ecosystem in use: the active layer if it is one, else the last opened."""
        active = self.iface.activeLayer()
        for ecosystem in self.ecosystems.values():
            if ecosystem.layers.get("entities") is active:
                return active
        for ecosystem in reversed(list(self.ecosystems.values())):
            layer = ecosystem.layers.get("entities")
            if layer is not None and QgsProject.instance().mapLayer(layer.id()) is not None:
                return layer
        return None

    def connect_entities(self, checked: bool = False) -> None:
        """Switch on the map tool that connects two entities with a relationship."""
        layer = self.current_entities_layer()
        if layer is None:
            self.connect_action.setChecked(False)
            self.iface.messageBar().pushMessage(
                tr("Brussels Creative"), tr("Open an ecosystem first (Brussels Creative ▸ Open ecosystem…)"),
                level=Qgis.Info, duration=5,
            )
            return
        from .gui.connect_tool import ConnectEntitiesTool

        if self.connect_tool is None or self.connect_tool.entities_layer is not layer:
            if self.connect_tool is not None:
                self.iface.mapCanvas().unsetMapTool(self.connect_tool)
                self.connect_tool.deleteLater()
            self.connect_tool = ConnectEntitiesTool(self.iface, layer)
            self.connect_tool.setAction(self.connect_action)
        self.iface.mapCanvas().setMapTool(self.connect_tool)

    def create_geopackage(self) -> None:
        """Open the dialog of the create_geopackage algorithm."""
        self._run_dialog("create_geopackage")

    def show_curation(self) -> None:
        """Show the curation dock on the ecosystem in use."""
        if self.curation_dock is None:
            self.show_about()
            return
        self.curation_dock.show()
        self.curation_dock.raise_()
        self.curation_dock.refresh()

    def show_algorithms(self) -> None:
        """Show the Processing toolbox filtered on the plugin's algorithms."""
        dock = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if dock is None:
            return
        dock.show()
        dock.raise_()
        search = dock.findChild(QLineEdit, "searchBox")
        if search is not None:
            search.setText("brussels")

    def show_about(self) -> None:
        """Show what the plugin is, its data credits and what it still needs."""
        text = tr(
            "Brussels Creative maps the creative and cultural ecosystem of the Brussels Capital Region.\n\n"
            "Municipalities: UrbIS © CIRB/CIBG (paradigm.brussels)."
        )
        if self.problems:
            text += "\n\n" + self.dependency_message()
        QMessageBox.information(self.iface.mainWindow(), tr("Brussels Creative"), text)

    def _install_translator(self) -> None:
        qm = RESOURCES_DIR / "i18n" / f"brussels_creative_{user_language()}.qm"
        if qm.exists():
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                self.translator = translator
