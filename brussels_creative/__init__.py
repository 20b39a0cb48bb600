"""Brussels Creative: map and analyse the creative ecosystem of the Brussels Capital Region."""


def classFactory(iface):
    """Return the plugin instance QGIS loads (import kept lazy, as QGIS expects)."""
    from .plugin import BrusselsCreativePlugin

    return BrusselsCreativePlugin(iface)
