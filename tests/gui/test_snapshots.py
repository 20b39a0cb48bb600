"""The README's pictures render: the styled map, the entity form and the curation dock, as real images with
content."""

from __future__ import annotations

from qgis.PyQt.QtGui import QImage

from brussels_creative.gui.snapshots import render_curation_dock, render_entity_form, render_map
from brussels_creative.layers.ecosystem_layers import open_ecosystem


def _distinct_colours(path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)})


def test_the_styled_map_renders_with_markers_lines_and_boundaries(sample_gpkg, project, tmp_path):
    ecosystem = open_ecosystem(sample_gpkg, project, "en")
    picture = render_map(ecosystem, tmp_path / "map.png", size=(700, 500))
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (700, 500)
    assert _distinct_colours(picture) > 20  # background, outlines, labels and many marker colours


def test_the_entity_form_renders_with_its_tabs(sample_gpkg, project, tmp_path):
    ecosystem = open_ecosystem(sample_gpkg, project, "nl")
    picture = render_entity_form(ecosystem, tmp_path / "form.png", tab=1)
    image = QImage(str(picture))
    assert image.width() >= 900 and image.height() >= 600
    assert _distinct_colours(picture) > 5
    assert not ecosystem.layers["entities"].isEditable()  # the picture left no edit session behind


def test_the_curation_dock_renders_on_its_review_queue(sample_gpkg, project, tmp_path):
    ecosystem = open_ecosystem(sample_gpkg, project, "en")
    picture = render_curation_dock(ecosystem, tmp_path / "dock.png", tab=1, size=(900, 400))
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (900, 400)
    assert _distinct_colours(picture) > 5
