"""The LANGUAGE parameter of the algorithms that make a new ecosystem file, and the styles, forms and ready project
they store in it (layer_styles, qgis_projects), so the file opens with its forms in plain QGIS, without the plugin."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingException

from ...core.store.taxonomy import LANGUAGES, normalize_language
from .messages import tr
from .parameters import Declared, labels

LANGUAGE = "LANGUAGE"


def language_parameter() -> Declared:
    """LANGUAGE: the language of the stored forms, styles and layer names (default: QGIS's)."""
    return labels("Language of the forms and styles stored in the file",
                  lambda: [tr("QGIS's language"), "English", "Français", "Nederlands"],
                  "The file keeps default styles with forms and a ready project in this language, so a colleague "
                  "without the plugin opens it with the same forms (Project ▸ Open from ▸ GeoPackage)", key=LANGUAGE)


def chosen_language(algorithm, parameters, context) -> str:
    """The language code ('en', 'fr' or 'nl') the LANGUAGE parameter asks for (QGIS's own when 0)."""
    choice = algorithm.parameterAsEnum(parameters, LANGUAGE, context)
    return LANGUAGES[choice - 1] if choice > 0 else normalize_language(QgsApplication.locale())


def store_forms_and_project(algorithm, parameters, context, path: str | Path, feedback) -> None:
    """Write the default styles with forms and the ready project into the new file; on failure remove the file
    (a file without its forms never ends in success)."""
    from ...layers.ecosystem_layers import store_in_geopackage

    language = chosen_language(algorithm, parameters, context)
    try:
        uri = store_in_geopackage(path, language)
    except (RuntimeError, OSError) as error:
        Path(path).unlink(missing_ok=True)
        raise QgsProcessingException(
            algorithm.tr("{}: the styles and forms could not be stored ({}); the file was removed").format(path, error)
        ) from error
    feedback.pushInfo(algorithm.tr("Stored the styles, forms and project ({}): {}").format(language, uri))


def store_postgis_forms_and_project(algorithm, parameters, context, connection_name: str, schema: str,
                                    feedback) -> None:
    """Write the default styles with forms (the database's layer_styles) and the ready project (the schema's
    qgis_projects) of a new ecosystem in PostGIS; when the database refuses (no right to create layer_styles), the
    ecosystem stays complete and a warning says why: the plugin styles its layers itself when it opens them."""
    import psycopg2

    from ...core.errors import BrusselsCreativeError
    from ...layers.ecosystem_layers import store_in_postgis
    from ...layers.postgres_connection import saved_connection_source

    language = chosen_language(algorithm, parameters, context)
    try:
        uri = store_in_postgis(saved_connection_source(connection_name, schema), language)
    except (RuntimeError, BrusselsCreativeError, psycopg2.Error) as error:
        feedback.pushWarning(algorithm.tr("The styles, forms and project could not be stored in the database ({}); "
                                          "the ecosystem is complete and the plugin styles it when it opens it")
                             .format(error))
        return
    feedback.pushInfo(algorithm.tr("Stored the styles, forms and project ({}): {}").format(language, uri))
