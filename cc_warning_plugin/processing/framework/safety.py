"""The pre-run checks of the outputs every cc_warning algorithm gets, and
the staging of its outputs (written beside their destination under a
temporary name, moved into place only when the whole run succeeded).

* :func:`output_problem` — before any work: every output (vector layer,
  raster, file, folder) against every input file (layer sources with
  ``|layername=``, ``ogr:`` / ``postgres:`` URIs, multiple-layer and file
  parameters, a GeoPackage holding an input layer, a folder holding an
  input), two outputs on one file, and output folders that cannot be
  written. Returns the message naming the output parameter, the input and
  the fix.
* :class:`Staging` — the parameters of the run with every file and folder
  destination replaced by a temporary one; :meth:`Staging.commit` moves them
  into place and re-keys the layers QGIS loads and the results to the final
  paths; :meth:`Staging.discard` leaves every destination as it was.

Outputs into a database table (an ``ogr:`` URI naming a table of an existing
GeoPackage, PostGIS) and temporary outputs are written directly.
"""

import json
import os
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from osgeo import gdal
from qgis.core import (
    QgsDataSourceUri,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
)

from ...core import outputs as files
from ...core.i18n import tr

#: parameter types whose value names input data
_INPUT_TYPES = {
    "source",
    "vector",
    "raster",
    "layer",
    "multilayer",
    "file",
    "mesh",
    "pointcloud",
    "vectortile",
}
_VECTOR_OUTPUTS = {"sink", "vectorDestination"}
_PROVIDER_PREFIX = re.compile(
    r"^(ogr|gdal|postgres|postgis|spatialite|memory|"
    r"delimitedtext):(.*)$",
    re.S,
)
#: vector formats that keep the layer name inside the file (a temporary file
#: name would become the layer's name): staged as a table of that name
_NAMED_LAYER_FORMATS = {
    ".gpkg",
    ".sqlite",
    ".xlsx",
    ".ods",
    ".geojson",
    ".json",
    ".fgb",
    ".gml",
    ".kml",
}


@dataclass
class Target:
    """Where a parameter value points: a file (``key`` = its path) or a
    database (``key`` = ``postgres://…``), and the layer or table in it
    (None = the file as a whole, or its only layer)."""

    param: str
    label: str  # "description (NAME)" of the parameter
    key: str
    layer: Optional[str]
    is_file: bool = True
    shown: str = ""  # the input as the user knows it (layer name, path)
    kind: str = ""  # outputs: vector, raster, file, folder


def _label(param) -> str:
    return f"{param.description()} ({param.name()})"


def _text(value, context) -> str:
    """The string a destination value stands for."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        if value.propertyType() == QgsProperty.Type.StaticProperty:
            value = value.staticValue()
        else:
            value = value.valueAsString(context.expressionContext())
    return "" if value is None else str(value).strip()


def _decode(provider: str, source: str) -> Tuple[Optional[str], Optional[str], bool]:
    """(key, layer, is_file) of a layer source."""
    if provider == "memory":
        return None, None, False
    if provider in ("postgres", "postgis"):
        uri = QgsDataSourceUri(source)
        where = uri.service() or f"{uri.host()}:{uri.port()}"
        table = f"{uri.schema()}.{uri.table()}" if uri.schema() else uri.table()
        return f"postgres://{where}/{uri.database()}", table or None, False
    if provider == "spatialite" or (provider == "ogr" and "dbname=" in source):
        uri = QgsDataSourceUri(source)
        return (uri.database() or None), (uri.table() or None), True
    parts = QgsProviderRegistry.instance().decodeUri(provider, source) or {}
    path = parts.get("path")
    layer = parts.get("layerName")
    path = path if isinstance(path, str) and path else source.split("|")[0]
    layer = layer if isinstance(layer, str) and layer else None
    return path, layer, True


def _input_targets(param, value, context) -> List[Target]:
    if value is None or value == "" or value == []:
        return []
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out += _input_targets(param, v, context)
        return out
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = _text(value, context)
    layer = value if isinstance(value, QgsMapLayer) else None
    if layer is None and isinstance(value, str) and param.type() != "file":
        layer = QgsProcessingUtils.mapLayerFromString(value, context, False)
    if layer is not None:
        provider, source, shown = layer.providerType(), layer.source(), layer.name()
    elif isinstance(value, str):
        m = _PROVIDER_PREFIX.match(value)
        provider, source = (
            (m.group(1), m.group(2))
            if m
            else ("gdal" if param.type() == "raster" else "ogr", value)
        )
        shown = value
    else:
        return []
    if param.type() == "file":
        if not os.path.isfile(source):
            return []
        return [Target(param.name(), _label(param), source, None, True, source)]
    key, sub, is_file = _decode(provider, source)
    if not key:
        return []
    return [Target(param.name(), _label(param), key, sub, is_file, shown)]


def input_targets(alg, parameters, context) -> List[Target]:
    """Every input file, layer or table the parameters name."""
    out = []
    for param in alg.parameterDefinitions():
        if param.isDestination() or param.type() not in _INPUT_TYPES:
            continue
        if param.type() == "file" and getattr(param, "behavior", lambda: 0)() != 0:
            continue  # an input folder: outputs may lie in it
        out += _input_targets(param, parameters.get(param.name()), context)
    return out


def output_targets(alg, parameters, context) -> List[Target]:
    """Every file, folder or table the outputs will be written to (temporary
    and memory outputs left out)."""
    out = []
    for param in alg.destinationParameterDefinitions():
        text = _text(parameters.get(param.name()), context)
        if not text or text == QgsProcessing.TEMPORARY_OUTPUT or text.startswith("memory:"):
            continue
        kind = {
            "rasterDestination": "raster",
            "fileDestination": "file",
            "folderDestination": "folder",
        }.get(param.type(), "vector")
        if kind == "vector":
            m = _PROVIDER_PREFIX.match(text)
            if m:
                key, layer, is_file = _decode(m.group(1), m.group(2))
                if key:
                    out.append(Target(param.name(), _label(param), key, layer, is_file, text, kind))
                continue
        out.append(
            Target(
                param.name(),
                _label(param),
                os.path.abspath(text.split("|")[0]),
                None,
                True,
                text,
                kind,
            )
        )
    return out


def _same(a: Target, b: Target) -> bool:
    if a.is_file != b.is_file:
        return False
    return files.same_path(a.key, b.key) if a.is_file else a.key == b.key


def _layers_meet(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a.lower() == b.lower()


def _conflict(out: Target, inp: Target, folder_names) -> Optional[str]:
    if out.kind == "folder":
        if not inp.is_file or not files.inside(inp.key, out.key):
            return None
        if folder_names is not None and os.path.basename(inp.key) not in folder_names:
            return None
        return tr(
            "{output}: the output folder {folder} holds the input {input} "
            "({path}), which the run would overwrite. Inputs are never modified: "
            "choose another output folder."
        ).format(output=out.label, folder=out.key, input=inp.label, path=inp.key)
    if not _same(out, inp):
        return None
    if out.layer is not None:
        if not _layers_meet(out.layer, inp.layer):
            return None  # another table of the same GeoPackage or database
        return tr(
            "{output} would overwrite the layer {layer} of {path}, which is the input "
            "{input}. Inputs are never modified: choose another layer name or another "
            "file."
        ).format(output=out.label, layer=out.layer, path=out.key, input=inp.label)
    if inp.layer is not None:
        return tr(
            "{output} would replace the whole file {path}, which holds the input "
            "{input} (layer {layer}). Inputs are never modified: choose another output "
            "file."
        ).format(output=out.label, path=out.key, input=inp.label, layer=inp.layer)
    return tr(
        "{output} would overwrite the input {input} ({path}). Inputs are never "
        "modified: choose another output file."
    ).format(output=out.label, input=inp.label, path=out.key)


def output_problem(alg, parameters, context) -> Optional[str]:
    """The first reason the outputs cannot be written as asked, or None."""
    outs = output_targets(alg, parameters, context)
    if not outs:
        return None
    ins = input_targets(alg, parameters, context)
    for out in outs:
        names = alg.folder_output_names(out.param, parameters) if out.kind == "folder" else None
        for inp in ins:
            message = _conflict(out, inp, names)
            if message:
                return message
    for i, a in enumerate(outs):
        for b in outs[i + 1 :]:
            if _same(a, b) and _layers_meet(a.layer, b.layer):
                return tr(
                    "{a} and {b} would be written to the same file {path}. Give them "
                    "different names."
                ).format(a=a.label, b=b.label, path=a.key)
    for out in outs:
        if not out.is_file:
            continue
        if out.kind != "folder" and out.layer is None and os.path.isdir(out.key):
            return tr("{output}: {path} is a folder. Give a file name.").format(
                output=out.label, path=out.key
            )
        folder = out.key if out.kind == "folder" else os.path.dirname(out.key)
        problem = files.folder_problem(folder)
        if problem is None:
            continue
        place, reason = problem
        if os.path.abspath(place) == os.path.abspath(folder):
            return tr(
                "{output}: the folder {folder} cannot be written to ({reason}). Choose "
                "a folder you can write to, or change its permissions."
            ).format(output=out.label, folder=folder, reason=reason)
        return tr(
            "{output}: the folder {folder} does not exist and cannot be created in "
            "{place} ({reason}). Choose a folder you can write to."
        ).format(output=out.label, folder=folder, place=place, reason=reason)
    return None


class Staging:
    """The destinations of one run, written under temporary names.

    ``parameters`` are the run's parameters with every file and folder
    destination replaced (missing destination folders are created, as QGIS
    does for its own outputs); :meth:`final_text` gives the final
    destination of a parameter (for the provenance)."""

    def __init__(self, alg, parameters, context):
        self.original = dict(parameters)
        self.parameters = dict(parameters)
        self.stages: List = []
        self.by_param: Dict[str, object] = {}
        self.created: List[str] = []
        self.post_processors: List[Tuple[str, object]] = []
        self._final_text: Dict[str, str] = {}
        try:
            for out in output_targets(alg, parameters, context):
                if not out.is_file or out.layer is not None:
                    continue  # a table of a database or an existing GeoPackage
                self._stage(out, parameters.get(out.param))
        except Exception:
            self.discard()
            raise

    def _stage(self, out: Target, value) -> None:
        folder = out.key if out.kind == "folder" else os.path.dirname(out.key)
        self.created += (
            files.make_folders(folder)
            if out.kind != "folder"
            else files.make_folders(os.path.dirname(out.key))
        )
        if out.kind == "folder":
            stage = files.FolderStage(out.key)
            stage.create()
            new = stage.temp
        else:
            stage = files.FileStage(out.key)
            new = stage.temp
            ext = os.path.splitext(out.key)[1].lower()
            if out.kind == "vector" and ext in _NAMED_LAYER_FORMATS:
                uri = QgsDataSourceUri()
                uri.setDatabase(stage.temp)
                uri.setDataSource("", stage.stem, "geom")
                new = "ogr:" + uri.uri(False)
        self.stages.append(stage)
        self.by_param[out.param] = stage
        self._final_text[out.param] = out.shown
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.sink = QgsProperty.fromValue(new)
            self.parameters[out.param] = value
        else:
            self.parameters[out.param] = new

    def final_text(self, name: str) -> Optional[str]:
        return self._final_text.get(name)

    def final_parameters(self, parameters) -> dict:
        """``parameters`` with the staged destinations named as given."""
        out = dict(parameters)
        out.update(self._final_text)
        return out

    def _replacements(self, mapping: Dict[str, str]) -> List[Tuple[str, str]]:
        pairs = []
        for stage in self.stages:
            pairs.append((stage.temp, stage.final))
            if isinstance(stage, files.FileStage):
                pairs.append(
                    (
                        os.path.join(stage.folder, stage.prefix),
                        os.path.join(stage.folder, stage.stem),
                    )
                )
        pairs += list(mapping.items())
        pairs.sort(key=lambda p: -len(p[0]))  # longest first
        return pairs

    def _rename(self, text: str, pairs) -> str:
        for old, new in pairs:
            if old in text:
                text = text.replace(old, new)
            esc_old, esc_new = json.dumps(old)[1:-1], json.dumps(new)[1:-1]
            if esc_old != old and esc_old in text:
                text = text.replace(esc_old, esc_new)
        return text

    def commit(self, results, context, feedback=None) -> dict:
        """Move every staged output into place; results and the layers QGIS
        loads name the final paths. Raises :class:`files.OutputError` (the
        destinations left as they were) when a move fails."""
        mapping = files.commit(self.stages)
        pairs = self._replacements(mapping)
        _relocate_raster_provenance(mapping, pairs, self._rename)
        _rekey_layers_to_load(context, lambda key: self._rename(key, pairs))
        for dest, post in self.post_processors:
            key = self._rename(dest, pairs)
            if context.willLoadLayerOnCompletion(key):
                context.layerToLoadOnCompletionDetails(key).setPostProcessor(post)
        out = {}
        for name, value in (results or {}).items():
            if isinstance(value, str):
                value = self._rename(value, pairs)
                original = self._final_text.get(name)
                stage = self.by_param.get(name)
                # a GeoPackage staged as a table: named as QGIS names it
                if (
                    original
                    and isinstance(stage, files.FileStage)
                    and value == f"{stage.final}|layername={stage.stem}"
                ):
                    value = stage.final
            elif isinstance(value, list):
                value = [self._rename(v, pairs) if isinstance(v, str) else v for v in value]
            out[name] = value
        return out

    def discard(self, feedback=None) -> None:
        """Remove every temporary output and the folders made for them."""
        left = files.discard(self.stages)
        if left and feedback is not None:
            feedback.pushWarning(
                tr("Temporary files of the failed run could not be removed: {files}").format(
                    files="; ".join(left)
                )
            )
        try:
            files.remove_empty_folders(self.created)
        except OSError as exc:
            if feedback is not None:
                feedback.pushWarning(
                    tr("Temporary files of the failed run could not be removed: {files}").format(
                        files=f"{exc.filename}: {exc.strerror}"
                    )
                )


def _rekey_layers_to_load(context, rename) -> None:
    """The layers QGIS loads when the run ends, keyed by their final paths
    (the entries of staged outputs carry no post-processor yet: QGIS would
    delete it with the replaced entry; see :meth:`Staging.commit`)."""
    details = context.layersToLoadOnCompletion()
    if all(rename(k) == k for k in details):
        return
    context.setLayersToLoadOnCompletion(
        {rename(k): QgsProcessingContext.LayerDetails(d) for k, d in details.items()}
    )


def _relocate_raster_provenance(mapping: Dict[str, str], pairs, rename) -> None:
    """Rasters record their provenance inside; a raster written by a step of
    a chain names its temporary folder there: name the final one."""
    from ...raster.output import PROVENANCE_KEY

    for dest in mapping.values():
        if not dest.lower().endswith((".tif", ".tiff")) or not os.path.isfile(dest):
            continue
        ds = gdal.OpenEx(dest, gdal.OF_RASTER)
        text = ds.GetMetadataItem(PROVENANCE_KEY) or ""
        ds = None
        new = rename(text, pairs)
        if new != text:
            ds = gdal.OpenEx(dest, gdal.OF_RASTER | gdal.OF_UPDATE)
            ds.SetMetadataItem(PROVENANCE_KEY, new)
            ds = None
