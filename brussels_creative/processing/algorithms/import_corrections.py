"""import_corrections: the web map's correction files read into pending proposals for the curators."""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.curation.corrections import import_corrections
from ...core.errors import BrusselsCreativeError
from ...core.store.sources import open_store
from ...layers.translation import error_text
from .base import BrusselsCreativeAlgorithm, ecosystem
from .messages import cancelled
from .outputs import add_table_rows, make_fields
from .parameters import files, number_output, sink

REJECTION_FIELDS = (("file", QMetaType.QString), ("field", QMetaType.QString), ("reason", QMetaType.QString))


class ImportCorrections(BrusselsCreativeAlgorithm):
    """Read correction files (JSON) from the public web map into pending proposals."""

    ALG_ID = "import_corrections"
    ALG_GROUP = "data"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg that receives the proposals")
    FILES = files("Correction files (JSON)", "The .json files sent from the web map")
    REJECTED = sink("Rejected files", "One row per reason a file was refused: file, field, reason")
    PROPOSALS = number_output("Proposals stored")
    REJECTED_FILES = number_output("Files rejected")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read the files in one transaction; list the rejections."""
        ecosystem = self.ecosystem(parameters, self.GEOPACKAGE, context)
        files = self.parameterAsFileList(parameters, self.FILES, context)
        if not files:
            raise QgsProcessingException(self.tr("{}: give at least one correction file").format(self.FILES))
        fields = make_fields(REJECTION_FIELDS)
        sink, dest_id = self.sink(parameters, self.REJECTED, context, fields, QgsWkbTypes.NoGeometry)
        try:
            with open_store(ecosystem) as store:
                result = import_corrections(store, files, feedback.isCanceled)
        except InterruptedError as error:
            raise cancelled() from error
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        reasons = [error_text(r.message) for r in result.rejections]
        rejections = list(zip(result.rejections, reasons, strict=True))
        add_table_rows(sink, fields, [[r.file, r.field, reason] for r, reason in rejections], feedback)
        stored = sum(len(fids) for fids in result.proposals.values())
        for name, fids in result.proposals.items():
            feedback.pushInfo(self.tr("{}: {} proposals").format(name, len(fids)))
        for rejection, reason in rejections:
            feedback.reportError(self.tr("{} refused: {} {}").format(rejection.file, rejection.field, reason), False)
        return {self.REJECTED: dest_id, self.PROPOSALS: stored, self.REJECTED_FILES: len(result.rejected_files)}
