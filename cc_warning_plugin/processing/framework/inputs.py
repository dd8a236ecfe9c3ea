"""The vector and table inputs of a run, made readable and checked before
any work (``SpecAlgorithm.processAlgorithm``; the text checks also before
the algorithm's own ``check_inputs``). For every vector, table and
multiple-layer input of the spec:

* a text table GDAL does not recognise — a CSV of a single column (a list of
  unit codes) has no separator GDAL could find — is read with QGIS's
  delimited-text reader instead of being refused with "Could not load source
  layer"; a file no reader can open is refused saying what a table needs;
* text that is not valid in the encoding the layer is read with (a shapefile
  in GBK without a ``.cpg``, a CSV saved by Excel as ANSI) is read as GBK or
  GB18030 when that decodes every text cleanly, and the log says so; else the
  run is refused with the fix (a ``.cpg`` file, the layer's encoding, a UTF-8
  table);
* with the shared ``INVALID_GEOMETRY`` parameter, invalid polygons are
  listed: the run is refused naming them, or they are repaired when read
  (:mod:`.geometry`) and the log names them.

:func:`prepare_inputs` returns the run's parameters with the inputs replaced
where needed, and what the user gave for them (the provenance names that).
docs/reliability.md lists the checks.
"""

import os
from functools import lru_cache
from typing import Dict, Optional, Tuple

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUrl, QUrlQuery

from ...core import encodings
from ...core.i18n import tr
from . import geometry

#: the shared parameter choosing what happens to invalid polygons
INVALID_GEOMETRY = "INVALID_GEOMETRY"


def _label(alg, name: str) -> str:
    definition = alg.parameterDefinition(name)
    return f"{definition.description()} ({name})" if definition is not None else name


def _is_table_param(param) -> bool:
    return param.kind in ("vector", "table") or (
        param.kind == "layers" and param.layer_type in ("vector", "any")
    )


# -- what a parameter value stands for ---------------------------------------------
def _static(value):
    if isinstance(value, QgsProperty):
        if value.propertyType() != QgsProperty.Type.StaticProperty:
            return None
        return value.staticValue()
    return value


def _resolve(value, context) -> Tuple[Optional[str], Optional[QgsVectorLayer], str]:
    """(file behind the value or None, the layer if it is a loaded layer,
    the source string the run would read)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = _static(value.source)
    if isinstance(value, str):
        path = value.split("|")[0]
        if os.path.isfile(path):
            return path, None, value
        layer = QgsProcessingUtils.mapLayerFromString(value, context, False)
    else:
        layer = value
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None, None, ""
    path = layer.source().split("|")[0]
    return (path if os.path.isfile(path) else None), layer, layer.source()


def _declared(source: str, layer: Optional[QgsVectorLayer], context) -> Tuple[str, str]:
    """(encoding the layer is read with, its name)."""
    if layer is None:
        layer = QgsProcessingUtils.mapLayerFromString(source, context)
    if isinstance(layer, QgsVectorLayer) and layer.isValid():
        return layer.dataProvider().encoding() or "UTF-8", layer.name()
    return "UTF-8", ""


@lru_cache(maxsize=64)
def _verdict(path: str, size: int, mtime: float, declared: str) -> encodings.Verdict:
    texts = (
        encodings.csv_text(path)
        if encodings.is_text_table(path)
        else encodings.shapefile_text(path)
    )
    return encodings.judge(texts, declared)


def verdict(path: str, declared: str) -> encodings.Verdict:
    """The encoding verdict on a file (cached while the file is unchanged:
    the checks before the run and the run itself ask the same)."""
    st = os.stat(path)
    if encodings.is_dbf_file(path):
        dbf = os.path.splitext(path)[0] + ".dbf"
        if os.path.isfile(dbf):
            st = os.stat(dbf)
    return _verdict(path, st.st_size, st.st_mtime, declared)


def delimited_text(path: str, encoding: str) -> str:
    """A processing source string reading ``path`` with QGIS's delimited-text
    reader (no geometry, every column as text, as GDAL reads a CSV)."""
    url = QUrl.fromLocalFile(path)
    query = QUrlQuery()
    delimiter = encodings.csv_delimiter(path)
    query.addQueryItem("type", "csv")
    if delimiter != ",":
        query.addQueryItem("delimiter", delimiter)
    query.addQueryItem("geomType", "none")
    query.addQueryItem("detectTypes", "no")
    query.addQueryItem("encoding", encoding)
    url.setQuery(query)
    return QgsProcessingUtils.encodeProviderKeyAndUri(
        "delimitedtext", url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    )


def shown_source(value) -> Optional[str]:
    """The file behind a source string this module made (for names and
    provenance), or None."""
    if not isinstance(value, str) or not value.startswith("delimitedtext://"):
        return None
    return QUrl(value[len("delimitedtext://") :]).toLocalFile() or None


def display_name(layer) -> str:
    """A layer's name, or the base name of its file when QGIS gave it none
    (a delimited-text layer loaded from a source string)."""
    if layer.name():
        return layer.name()
    if layer.providerType() == "delimitedtext":
        path = QUrl(layer.source()).toLocalFile()
        if path:
            return os.path.splitext(os.path.basename(path))[0]
    return ""


def source_label(value, source) -> str:
    """A readable name of an input for messages: the layer's name, with the
    layer of a GeoPackage path (``shifan:landuse``)."""
    shown = shown_source(value)
    base = (source.sourceName() if source is not None else "") or (
        os.path.splitext(os.path.basename(shown))[0] if shown else ""
    )
    text = value if isinstance(value, str) else ""
    if "layername=" in text:
        sub = text.split("layername=", 1)[1].split("|")[0]
        if sub and sub != base:
            return f"{base}:{sub}"
    return base


# -- the checks ---------------------------------------------------------------------
class _Reader:
    def __init__(self, alg, name: str, context, feedback):
        self.label = _label(alg, name)
        self.context = context
        self.feedback = feedback

    def info(self, text: str) -> None:
        if self.feedback is not None:
            self.feedback.pushInfo(text)

    def warn(self, text: str) -> None:
        if self.feedback is not None:
            self.feedback.pushWarning(text)

    def readable(self, value):
        """``value``, or the source string to read it with instead."""
        path, layer, source = _resolve(value, self.context)
        if path is None:
            return value
        if encodings.is_text_table(path):
            new = self._text_table(path, layer, source)
        elif encodings.is_dbf_file(path):
            # a shapefile OGR cannot open (damaged, its .shx or .dbf missing),
            # even as a loaded layer: its text cannot be checked
            if not encodings.ogr_opens(path):
                raise self._unrecognised(path)
            new = self._shapefile(path, layer, source)
        else:
            if layer is None and not encodings.ogr_opens(path):
                raise self._unrecognised(path)
            return value
        if new is None:
            return value
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            if value.selectedFeaturesOnly:
                raise QgsProcessingException(
                    tr(
                        "{path} ({param}): its text must be read in another encoding, which "
                        "cannot be done for the selected features only. Set the layer's encoding "
                        "(Layer Properties ▸ Source ▸ Data source encoding) and run again."
                    ).format(path=path, param=self.label)
                )
            return QgsProcessingFeatureSourceDefinition(
                new, False, value.featureLimit, value.flags, value.geometryCheck
            )
        return new

    def _unrecognised(self, path: str) -> QgsProcessingException:
        return QgsProcessingException(
            tr(
                "{path} ({param}) cannot be read as a vector layer or table: GDAL does "
                "not recognise the file. Give a GeoPackage, shapefile, CSV or xlsx file "
                "(and check that it is complete)."
            ).format(path=path, param=self.label)
        )

    def _found(self, v: encodings.Verdict, declared: str, **names) -> dict:
        """What the encoding messages name: the parameter, the encoding the
        file is read with, where its text is not valid in it, the encoding it
        reads as and a sample (from ``v``), and ``names``."""
        return dict(
            param=self.label,
            declared=declared,
            where=v.where,
            encoding=v.encoding,
            sample=v.sample,
            **names,
        )

    def _text_table(self, path, layer, source) -> Optional[str]:
        name = os.path.basename(path)
        opens = layer is not None or encodings.ogr_opens(path)
        if layer is not None and layer.subsetString():
            declared = layer.dataProvider().encoding() or "UTF-8"
        elif encodings.has_bom(path):
            declared = "UTF-8"
        else:
            declared = _declared(source, layer, self.context)[0] if opens else "UTF-8"
        v = verdict(path, declared)
        if v.fine and opens:
            return None
        if v.encoding == "":
            raise QgsProcessingException(
                tr(
                    "{name} ({param}): the text at {where} is not valid {declared}, the "
                    "encoding it is read with, and does not read as GBK or GB18030 either "
                    "('{sample}'). Save the table as UTF-8 (Excel: Save As ▸ CSV UTF-8) or as "
                    "an xlsx workbook."
                ).format(**self._found(v, declared, name=name))
            )
        if layer is not None and layer.subsetString():
            raise QgsProcessingException(
                tr(
                    "{name} ({param}): its text is {encoding}, not {declared} as the layer is "
                    "read with. Set the layer's encoding to {encoding} (Layer Properties ▸ "
                    "Source) or save the table as UTF-8."
                ).format(**self._found(v, declared, name=name))
            )
        encoding = v.encoding or "UTF-8"
        new = delimited_text(path, encoding)
        check = QgsProcessingUtils.mapLayerFromString(new, self.context)
        if check is None or not check.isValid() or not check.fields().count():
            raise QgsProcessingException(
                tr(
                    "{name} ({param}) cannot be read as a table. A table needs a header row "
                    "naming its columns (e.g. 行政区划代码) and one row per unit below it, the "
                    "columns separated by commas; save it as CSV (UTF-8) or as an xlsx "
                    "workbook."
                ).format(name=name, param=self.label)
            )
        if not opens:
            self.info(
                tr(
                    "{name} ({param}): GDAL does not recognise this table (a CSV of a single "
                    "column has no separator to find); it is read with QGIS's delimited-text "
                    "reader."
                ).format(name=name, param=self.label)
            )
        if v.encoding:
            self.warn(
                tr(
                    "{name} ({param}): its text is not valid {declared}, the encoding it is read "
                    "with ({where}), but reads cleanly as {encoding} ('{sample}'): it is read as "
                    "{encoding}. Save the table as UTF-8 (Excel: Save As ▸ CSV UTF-8) to make "
                    "this explicit."
                ).format(**self._found(v, declared, name=name))
            )
        return new

    def _shapefile(self, path, layer, source) -> Optional[str]:
        if "|option:ENCODING=" in source:
            return None  # the encoding is given with the layer
        declared, name = _declared(source, layer, self.context)
        name = name or os.path.splitext(os.path.basename(path))[0]
        v = verdict(path, declared)
        if v.fine:
            return None
        cpg = os.path.splitext(os.path.basename(path))[0] + ".cpg"
        if v.encoding == "":
            raise QgsProcessingException(
                tr(
                    "{layer} ({param}): the text at {where} is not valid {declared}, the encoding "
                    "it is read with, and does not read as GBK or GB18030 either ('{sample}'). "
                    "Declare the file's encoding: add a file {cpg} beside the shapefile holding "
                    "the encoding's name (e.g. Big5), or set the layer's encoding (Layer "
                    "Properties ▸ Source ▸ Data source encoding)."
                ).format(**self._found(v, declared, layer=name, cpg=cpg))
            )
        self.warn(
            tr(
                "{layer} ({param}): its text is not valid {declared}, the encoding it is read with "
                "({where}), but reads cleanly as {encoding} ('{sample}'): it is read as "
                "{encoding}. Add a file {cpg} containing {encoding} beside the shapefile (or set "
                "the layer's encoding) to make this explicit."
            ).format(**self._found(v, declared, layer=name, cpg=cpg))
        )
        return f"{source}|option:ENCODING={v.encoding}"


def readable_parameters(alg, parameters, context, feedback=None) -> Tuple[dict, Dict]:
    """``parameters`` with every vector and table input readable (see the
    module): (new parameters, {name: the value given} of those replaced)."""
    params = dict(parameters)
    given: Dict[str, object] = {}
    for param in alg.SPEC.inputs:
        if not _is_table_param(param):
            continue
        value = params.get(param.name)
        if value is None or value == "" or value == []:
            continue
        reader = _Reader(alg, param.name, context, feedback)
        if param.kind == "layers":
            items = list(value) if isinstance(value, (list, tuple)) else [value]
            new = [reader.readable(item) for item in items]
            changed = any(a is not b for a, b in zip(items, new))
        else:
            new = reader.readable(value)
            changed = new is not value
        if changed:
            params[param.name] = new
            given[param.name] = value
    return params, given


def check_geometries(alg, parameters, context, feedback=None) -> None:
    """Invalid polygons of every vector input whose areas count in this run,
    refused or named as repaired (the ``INVALID_GEOMETRY`` parameter). The
    units of the 2016 method count only with an overlay or a join by
    location (their ``areas_with``, as the algorithm's ``reads_outlines_for``
    judges the layers given): a scan of 38,000 township outlines costs
    seconds that a run on their attributes alone does not need."""
    if not alg.SPEC.has(INVALID_GEOMETRY):
        return
    mode = alg.enum_value(parameters, INVALID_GEOMETRY, context) or geometry.REPAIR
    for param in alg.SPEC.inputs:
        if param.kind not in ("vector", "table") or param.geometry not in ("polygon", "any"):
            continue
        if parameters.get(param.name) in (None, ""):
            continue
        if param.areas_with and not any(
            parameters.get(n) not in (None, "", [])
            and alg.reads_outlines_for(n, parameters, context)
            for n in param.areas_with
        ):
            continue  # only its attributes are read in this run
        source = alg.parameterAsSource(parameters, param.name, context)
        if source is None:
            continue
        found = geometry.invalid_features(source, feedback)
        if not found:
            continue
        name = source_label(parameters.get(param.name), source) or param.name
        if mode == geometry.REFUSE:
            raise QgsProcessingException(
                geometry.refused_message(name, _label(alg, param.name), found)
            )
        if feedback is not None:
            feedback.pushWarning(geometry.repaired_note(name, _label(alg, param.name), found))


def prepare_inputs(alg, parameters, context, feedback=None) -> Tuple[dict, Dict]:
    """Everything above, in order: (the run's parameters, the values given
    for those replaced)."""
    params, given = readable_parameters(alg, parameters, context, feedback)
    check_geometries(alg, params, context, feedback)
    return params, given
