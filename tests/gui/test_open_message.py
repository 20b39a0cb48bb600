"""Opening an ecosystem says how many entities it holds, in the message bar: the real count, never -1."""

from __future__ import annotations

from qgis.core import Qgis

import brussels_creative


def test_the_opened_message_counts_the_entities_of_a_file_opened_for_the_first_time(qgis_iface, sample_gpkg, project):
    plugin = brussels_creative.classFactory(qgis_iface)
    plugin.initGui()
    try:
        # first opening: the plugin also stores the styles and project in the file (another connection writes it)
        assert plugin.open_ecosystem(str(sample_gpkg))
        messages = qgis_iface.messageBar().get_messages(Qgis.Success)
        assert messages == ["Brussels Creative:Opened sample.gpkg (120 entities)"]
        entities = plugin.current_entities_layer()
        assert entities.featureCount() == 120  # the layer still reads its file after the project was stored
    finally:
        plugin.unload()
