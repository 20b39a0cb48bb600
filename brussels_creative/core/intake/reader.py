"""Reading a partner's file into rows: CSV with any delimiter and encoding, and every format GDAL reads (XLSX, ODS,
GeoJSON, shapefile, GeoPackage...), with each row's number as a person sees it and its point in EPSG:31370.

CSV: a UTF-8 byte order mark is honoured; a file that is not valid UTF-8 is read as Windows-1252 (Latin-1 with
the euro sign and curly quotes), and the report says so. The delimiter is the one of ``; , TAB |`` that the header
line holds most often (outside quotes). Quoted fields may hold delimiters and newlines; blank lines are skipped.
A row's number is the line of the file where it starts (the header is line 1), so a person finds it in an editor
or a spreadsheet.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import Message, ValidationError, tr_noop
from ..store import gpkg

CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
DELIMITERS = (";", ",", "\t", "|")
SPREADSHEET_SUFFIXES = (".xlsx", ".ods", ".xls")


@dataclass
class Table:
    """Rows read from a file: headers, values (str, number or None), each row's number, its point if the file has
    geometry (EPSG:31370, NaN without one), and what the reader noticed (encoding, delimiter...)."""

    name: str
    headers: list[str]
    rows: list[list]
    row_numbers: list[int]
    x: np.ndarray | None = None
    y: np.ndarray | None = None
    notes: list[Message] = field(default_factory=list)


def split_uri(source: str) -> tuple[str, str | None]:
    """Split a QGIS-style "file.gpkg|layername=x" into (path, layer name)."""
    path, _, options = str(source).partition("|")
    layer = None
    for option in options.split("|"):
        key, _, value = option.partition("=")
        if key.strip().lower() == "layername" and value:
            layer = value
    return path, layer


def read_table(source: str | Path, layer: str | None = None) -> Table:
    """Read a CSV or any GDAL vector file into a Table (layer: the layer's name in a multi-layer file)."""
    path_text, uri_layer = split_uri(str(source))
    path = Path(path_text)
    if not path.is_file():
        raise ValidationError(tr_noop("INPUT: {path} is not a file"), path=path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return read_csv(path)
    return read_ogr(path, layer or uri_layer)


def decode(data: bytes) -> tuple[str, str]:
    """Return the text of a file and the encoding it was read with (utf-8-sig, utf-16, utf-8 or cp1252/latin-1)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8 with BOM"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252 (Latin-1)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1 (Latin-1)"


def sniff_delimiter(text: str) -> str:
    """Return the delimiter the first non-blank line (the header) holds most often outside quotes (";" on a tie)."""
    header = ""
    quoted = False
    for character in text:
        if character == '"':
            quoted = not quoted
        if character in "\r\n" and not quoted:
            if header.strip():
                break
            header = ""
            continue
        header += character if not quoted else ""
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path) -> Table:
    """Read a delimited text file, whatever its encoding and delimiter."""
    text, encoding = decode(path.read_bytes())
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[list] = []
    numbers: list[int] = []
    line = 0
    try:
        for record in reader:
            start = line + 1
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue  # blank line
            cells = [cell.strip() or None for cell in record]
            if headers is None:
                headers = [cell or f"column_{i + 1}" for i, cell in enumerate(cells)]
                continue
            rows.append(cells)
            numbers.append(start)
    except csv.Error as error:
        raise ValidationError(
            tr_noop("INPUT: {path_name} line {line_num}: {error}"),
            path_name=path.name, line_num=reader.line_num, error=str(error)) from error
    if headers is None:
        raise ValidationError(tr_noop("INPUT: {path_name} is empty (no header line)"), path_name=path.name)
    said = {";": tr_noop("read as {encoding}, delimiter semicolon, {rows} rows"),
            ",": tr_noop("read as {encoding}, delimiter comma, {rows} rows"),
            "\t": tr_noop("read as {encoding}, delimiter tab, {rows} rows"),
            "|": tr_noop("read as {encoding}, delimiter vertical bar, {rows} rows")}
    return Table(path.name, headers, rows, numbers,
                 notes=[Message.of(said[delimiter], encoding=encoding, rows=len(rows))])


def read_ogr(path: Path, layer_name: str | None = None) -> Table:
    """Read a layer of any GDAL vector file; points (or a point on each surface) transformed to EPSG:31370."""
    from osgeo import gdal

    spreadsheet = path.suffix.lower() in SPREADSHEET_SUFFIXES
    # The first row holds the headers and cells are read as written (leading zeros of phone numbers kept). GDAL
    # 3.6's XLSX and ODS drivers take these as configuration options only.
    wanted = (("HEADERS", "FORCE"), ("FIELD_TYPES", "STRING"))
    settings = {f"OGR_{driver}_{key}": value for driver in ("XLSX", "ODS") for key, value in wanted}
    previous = {key: gdal.GetConfigOption(key) for key in settings}
    with gpkg.gdal_exceptions():
        try:
            if spreadsheet:
                for key, value in settings.items():
                    gdal.SetConfigOption(key, value)
            return _read_dataset(path, layer_name, spreadsheet)
        except RuntimeError as error:
            raise ValidationError(
                tr_noop("INPUT: {path_name} cannot be read ({error})"),
                path_name=path.name, error=str(error)) from error
        finally:
            for key, value in previous.items():
                gdal.SetConfigOption(key, value)


def _read_dataset(path: Path, layer_name: str | None, spreadsheet: bool) -> Table:
    from osgeo import gdal, ogr, osr

    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    if layer_name:
        layer = dataset.GetLayerByName(layer_name)
        if layer is None:
            raise ValidationError(
                tr_noop("INPUT: {path_name} has no layer {layer!r}"),
                path_name=path.name, layer=layer_name)
    else:
        layer = dataset.GetLayerByName("entities") if dataset.GetLayerCount() > 1 else None
        layer = layer or dataset.GetLayer(0)
    definition = layer.GetLayerDefn()
    headers = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    has_geometry = layer.GetGeomType() != ogr.wkbNone
    transform = None
    if has_geometry:
        source = layer.GetSpatialRef()
        if source is None:
            raise ValidationError(
                tr_noop("INPUT: {path_name} has geometries but no CRS; assign one first"),
                path_name=path.name)
        target = osr.SpatialReference()
        target.ImportFromEPSG(gpkg.SRS_ID)
        for srs in (source, target):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(source, target)
    rows, numbers, xs, ys = [], [], [], []
    first_row = 2 if spreadsheet else 1
    for index, feature in enumerate(layer):
        values = []
        for i in range(len(headers)):
            if not feature.IsFieldSetAndNotNull(i):
                values.append(None)
                continue
            value = feature.GetField(i)
            if isinstance(value, str):
                value = value.strip() or None
            values.append(value)
        if spreadsheet and not any(v is not None for v in values):
            continue
        rows.append(values)
        numbers.append(index + first_row)
        x = y = math.nan
        geometry = feature.GetGeometryRef() if has_geometry else None
        if geometry is not None and not geometry.IsEmpty():
            geometry = geometry.Clone()
            if ogr.GT_Flatten(geometry.GetGeometryType()) != ogr.wkbPoint:
                geometry = geometry.PointOnSurface() if geometry.GetDimension() == 2 else geometry.Centroid()
            geometry.Transform(transform)
            x, y = geometry.GetX(), geometry.GetY()
        xs.append(x)
        ys.append(y)
    said = tr_noop("read spreadsheet {name}: {rows} rows") if spreadsheet else tr_noop("read layer {name}: {rows} rows")
    table = Table(path.name, headers, rows, numbers,
                  notes=[Message.of(said, name=repr(layer.GetName()), rows=len(rows))])
    if has_geometry:
        table.x, table.y = np.array(xs, dtype=float), np.array(ys, dtype=float)
    return table
