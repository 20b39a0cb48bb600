"""export_ecosystem: a privacy-safe GeoPackage, shapefile set (folder or zip) or GeoJSON of the ecosystem."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessing, QgsProcessingException

from ...core.publish import export
from ...core.store import taxonomy
from ...core.store.selection import EntityFilter
from .base import BrusselsCreativeAlgorithm, ecosystem
from .outputs import all_or_nothing
from .parameters import codes, date, file_or_folder_destination, group, labels

_FILTERS = (
    ("STATUSES", "statuses", "Only these statuses", lambda: list(taxonomy.STATUSES)),
    ("VISIBILITIES", "visibilities", "Only these visibilities", lambda: list(taxonomy.VISIBILITIES)),
    ("VERIFICATIONS", "verifications", "Only these verification levels", lambda: list(taxonomy.VERIFICATIONS)),
    ("SECTORS", "sectors", "Only entities of these sectors", lambda: [t.code for t in taxonomy.SECTORS]),
    ("ENTITY_TYPES", "entity_types", "Only these entity types", lambda: [t.code for t in taxonomy.ENTITY_TYPES]),
    ("MUNICIPALITIES", "municipalities", "Only these municipalities (NIS codes)",
     lambda: [m.nis for m in taxonomy.MUNICIPALITIES]),
)
_EXTENSIONS = {"gpkg": ".gpkg", "shp_folder": "", "shp_zip": ".zip", "geojson": ".geojson"}


class ExportEcosystem(BrusselsCreativeAlgorithm):
    """Export the ecosystem under a privacy profile."""

    ALG_ID = "export_ecosystem"
    ALG_GROUP = "export"

    INPUT = ecosystem("The ecosystem .gpkg file to export (opened read-only, never changed)")
    FORMAT = labels("Format", lambda: [export.FORMAT_LABELS[f] for f in export.FORMATS],
                    "GeoPackage (.gpkg), shapefiles in a folder, shapefiles in a .zip, or GeoJSON (.geojson)")
    PROFILE = codes("Privacy profile", lambda: list(export.PROFILES), "internal: everything; partner: no private "
                    "entries, no persons' contact data, no history; public: as partner, and only active, verified or "
                    "claimed entries", default="partner")
    LANGUAGE = codes("Language of labels", lambda: list(taxonomy.LANGUAGES),
                     "Language of the vocabulary labels in shapefiles and GeoJSON (en, fr, nl)", default="en")
    FILTERS = group(*(codes(description, options, "Vocabulary codes; none selected means all", multiple=True,
                            optional=True, advanced=True, key=key) for key, _, description, options in _FILTERS))
    CREATED_FROM = date("Created on or after", "Date filter on the entities' created_at (inclusive)", advanced=True)
    CREATED_TO = date("Created on or before", "Date filter on the entities' created_at (inclusive)", advanced=True)
    OUTPUT = file_or_folder_destination("Output file or folder", "GeoPackage (*.gpkg);;Zipped shapefiles (*.zip);;"
                                        "GeoJSON (*.geojson);;Folder (*)", "A .gpkg, .zip or .geojson file matching "
                                        "FORMAT; for shapefiles in a folder, the folder to create (a folder holding a "
                                        "previous export is replaced)")

    def shortHelpString(self) -> str:
        """Return the help with the privacy table filled in."""
        return self.tr(self.ALG_HELP).format(privacy=export.privacy_table_text())

    def _read(self, parameters, context) -> dict:
        """Read every parameter once."""
        fmt = export.FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output:
            raise QgsProcessingException(self.tr("OUTPUT: give a file or folder to write"))
        if parameters.get(self.OUTPUT) in (QgsProcessing.TEMPORARY_OUTPUT, None, ""):
            output = str(Path(output).with_suffix(_EXTENSIONS[fmt]))
        entity_filter = EntityFilter(
            **{field: self.enum_codes(parameters, key, context) for key, field, _, _ in _FILTERS},
            created_from=self.date_parameter(parameters, self.CREATED_FROM, context),
            created_to=self.date_parameter(parameters, self.CREATED_TO, context),
        )
        return {
            "target": output,
            "fmt": fmt,
            "profile": self.parameterAsEnumString(parameters, self.PROFILE, context) or "partner",
            "language": self.parameterAsEnumString(parameters, self.LANGUAGE, context) or "en",
            "entity_filter": entity_filter,
        }

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Export."""
        values = self._read(parameters, context)
        with self.ecosystem_file(parameters, self.INPUT, context, feedback) as source:
            return self._export(source, values, feedback)

    def _export(self, source: str, values: dict, feedback) -> dict:
        """Export the ecosystem's GeoPackage."""
        feedback.pushInfo(
            self.tr("Exporting {source} as {fmt}, profile {profile}, labels in {language}").format(source=source,
                                                                                                 **values)
        )
        with all_or_nothing(export.ExportCancelledError, self.tr("The export failed and nothing was written: {}")):
            result = export.export_ecosystem(
                source, **values, progress=feedback.setProgress, is_canceled=feedback.isCanceled
            )
        for warning in result.warnings:
            feedback.pushWarning(warning)
        for name, count in result.counts.items():
            feedback.pushInfo(self.tr("{}: {} rows").format(name, count))
        if not result.counts.get("entities"):
            feedback.pushWarning(self.tr("No entity was exported: the filters and profile select none"))
        return {self.OUTPUT: str(result.path)}
