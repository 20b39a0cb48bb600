"""The plugin loads into QGIS, adds its menu, toolbar and provider, and unload removes them all."""

from __future__ import annotations

from helpers import WITHOUT_GEOS
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

import brussels_creative
from brussels_creative.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME


def _menus(iface):
    bar = iface.mainWindow().menuBar()
    return [a.menu() for a in bar.actions() if a.menu() is not None and a.menu().objectName() == MENU_OBJECT_NAME]


def _toolbars(iface):
    return iface.mainWindow().findChildren(QToolBar, TOOLBAR_OBJECT_NAME)


def _providers():
    return [p for p in QgsApplication.processingRegistry().providers() if p.id() == "brussels_creative"]


def test_plugin_adds_menu_toolbar_and_provider(qgis_iface, qgis_processing):
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        menus = _menus(qgis_iface)
        assert len(menus) == 1
        assert menus[0].title() == "Brussels Creative"
        texts = {a.text() for a in menus[0].actions() if a.text()}
        assert texts >= {"Create ecosystem GeoPackage…", "About Brussels Creative"}
        toolbars = _toolbars(qgis_iface)
        assert len(toolbars) == 1 and toolbars[0].actions()
        assert len(_providers()) == 1
        assert _providers()[0].name() == "Brussels Creative"
        assert not _providers()[0].icon().isNull()
    finally:
        plugin.unload()


def test_unload_removes_menu_toolbar_and_provider(qgis_iface, qgis_processing):
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    plugin.unload()
    assert _menus(qgis_iface) == []
    assert _toolbars(qgis_iface) == []
    assert _providers() == []
    assert plugin.actions == []


def test_load_unload_load_leaves_exactly_one_of_each(qgis_iface, qgis_processing):
    first = brussels_creative.classFactory(qgis_iface)
    first.initGui()
    first.unload()
    second = brussels_creative.classFactory(qgis_iface)
    second.initGui()
    second.initProcessing()  # QGIS may call it again: must not register twice
    try:
        assert len(_menus(qgis_iface)) == 1
        assert len(_toolbars(qgis_iface)) == 1
        assert len(_providers()) == 1
    finally:
        second.unload()


def test_missing_dependency_is_reported_in_the_message_bar_not_raised(qgis_iface, qgis_processing, monkeypatch):
    from brussels_creative.core import dependencies

    monkeypatch.setattr(dependencies, "REQUIRED", (*dependencies.REQUIRED, ("no_such_module_xyz", "1.0")))
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert [(p.package, p.reason) for p in plugin.problems] == [("no_such_module_xyz", dependencies.MISSING)]
        messages = qgis_iface.messageBar().get_messages(1)  # Qgis.Warning
        assert any("no_such_module_xyz is not installed." in m and "pip install" in m for m in messages)
    finally:
        plugin.unload()


def test_shapely_on_another_geos_disables_its_algorithms_with_a_message(qgis_iface, qgis_processing):
    from qgis.core import Qgis

    from brussels_creative.plugin import BrusselsCreativePlugin

    # the real shapely (GEOS 3.11) checked against a QGIS on GEOS 3.14; the desktop test runs the real mismatch
    plugin = BrusselsCreativePlugin(qgis_iface, qgis_geos="3.14.1-CAPI-1.20.5")
    plugin.initGui()
    try:
        assert plugin.unusable == {"shapely"}
        algorithms = sorted(a.id() for a in _providers()[0].algorithms())
        assert algorithms == [f"brussels_creative:{name}" for name in sorted(WITHOUT_GEOS)]
        messages = qgis_iface.messageBar().get_messages(Qgis.Warning)
        assert any(
            "uses GEOS 3.11.4, QGIS uses GEOS 3.14.1" in m and '"shapely>=2.2,<2.3"' in m and "generate_sample" in m
            for m in messages
        ), messages
    finally:
        plugin.unload()


def test_a_missing_optional_package_is_advised_and_the_algorithms_stay(qgis_iface, qgis_processing, monkeypatch):
    from brussels_creative.core import dependencies

    optional = (("no_such_fuzzy_xyz", "1.0", "fuzzy-xyz>=1", "geocode_addresses", False),)
    monkeypatch.setattr(dependencies, "OPTIONAL", optional)
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.problems == []
        assert len(_providers()) == 1
        messages = qgis_iface.messageBar().get_messages(0)  # Qgis.Info
        assert any('pip install --user --break-system-packages "fuzzy-xyz>=1"' in m
                   and "geocode_addresses works without it" in m for m in messages)
    finally:
        plugin.unload()
