"""Processing parameters and outputs from the spec's declarations
(:mod:`cc_warning_plugin.specs.base`). The one place where a parameter kind
becomes a ``QgsProcessingParameter*``."""

from typing import List, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.i18n import translated
from ...specs.base import Output, Param, shown

_GEOMETRY = {
    "any": QgsProcessing.SourceType.TypeVector,  # tables too
    "geometry": QgsProcessing.SourceType.TypeVectorAnyGeometry,
    "point": QgsProcessing.SourceType.TypeVectorPoint,
    "line": QgsProcessing.SourceType.TypeVectorLine,
    "polygon": QgsProcessing.SourceType.TypeVectorPolygon,
    "raster": QgsProcessing.SourceType.TypeRaster,
}
_FIELD_TYPE = {
    "any": QgsProcessingParameterField.DataType.Any,
    "numeric": QgsProcessingParameterField.DataType.Numeric,
    "string": QgsProcessingParameterField.DataType.String,
}


def _types(geometry) -> List[int]:
    kinds = geometry if isinstance(geometry, (tuple, list)) else (geometry,)
    return [_GEOMETRY[k] for k in kinds]


def enum_options(param: Param, profile) -> List[str]:
    """The option labels of an enum: fixed, or read from the profile."""
    if param.options_from is not None and profile is not None:
        return [label for _, label in param.options_from(profile)]
    return [translated(o) for o in param.options]


def make_parameter(param: Param, profile=None) -> QgsProcessingParameterDefinition:
    """The Processing parameter of a spec parameter. ``profile`` (the active
    method profile) fills enum options that come from the profile."""
    label = shown(param.label)
    opt = param.optional
    kind = param.kind
    if kind == "raster":
        p = QgsProcessingParameterRasterLayer(param.name, label, param.default, opt)
    elif kind in ("vector", "table"):
        p = QgsProcessingParameterFeatureSource(
            param.name, label, _types(param.geometry), param.default, opt
        )
    elif kind == "vector_layer":
        p = QgsProcessingParameterVectorLayer(
            param.name, label, _types(param.geometry), param.default, opt
        )
    elif kind == "layer":
        p = QgsProcessingParameterMapLayer(
            param.name, label, param.default, opt, _types(param.geometry)
        )
    elif kind == "layers":
        layer_type = {
            "vector": QgsProcessing.SourceType.TypeVector,
            "raster": QgsProcessing.SourceType.TypeRaster,
            "any": QgsProcessing.SourceType.TypeMapLayer,
        }[param.layer_type]
        p = QgsProcessingParameterMultipleLayers(param.name, label, layer_type, param.default, opt)
    elif kind == "field":
        p = QgsProcessingParameterField(
            param.name,
            label,
            param.default,
            param.parent,
            _FIELD_TYPE[param.field_type],
            param.multiple,
            opt,
        )
    elif kind in ("number", "integer"):
        dtype = (
            QgsProcessingParameterNumber.Type.Integer
            if kind == "integer"
            else QgsProcessingParameterNumber.Type.Double
        )
        p = QgsProcessingParameterNumber(param.name, label, dtype, param.default, opt)
        if param.minimum is not None:
            p.setMinimum(param.minimum)
        if param.maximum is not None:
            p.setMaximum(param.maximum)
    elif kind == "bool":
        p = QgsProcessingParameterBoolean(param.name, label, param.default, opt)
    elif kind == "string":
        p = QgsProcessingParameterString(param.name, label, param.default, False, opt)
    elif kind == "enum":
        p = QgsProcessingParameterEnum(
            param.name, label, enum_options(param, profile), param.multiple, param.default, opt
        )
    elif kind == "crs":
        p = QgsProcessingParameterCrs(param.name, label, param.default, opt)
    elif kind in ("file", "profile"):
        p = QgsProcessingParameterFile(
            param.name,
            label,
            QgsProcessingParameterFile.Behavior.File,
            param.extension or ("toml" if kind == "profile" else ""),
            param.default,
            opt,
        )
    elif kind == "sink":
        sink_type = _types(param.geometry)[0]
        p = QgsProcessingParameterFeatureSink(
            param.name, label, sink_type, param.default, opt, param.create_by_default
        )
    elif kind == "raster_out":
        p = QgsProcessingParameterRasterDestination(
            param.name, label, param.default, opt, param.create_by_default
        )
    elif kind == "file_out":
        p = QgsProcessingParameterFileDestination(
            param.name, label, shown(param.file_filter), param.default, opt, param.create_by_default
        )
    elif kind == "folder_out":
        p = QgsProcessingParameterFolderDestination(
            param.name, label, param.default, opt, param.create_by_default
        )
    else:  # the spec's own check rules this out
        raise ValueError(f"unknown parameter kind {kind}")
    if param.help:
        p.setHelp(shown(param.help))
    if param.advanced:
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return p


def make_output(output: Output):
    label = translated(output.label)
    cls = {
        "string": QgsProcessingOutputString,
        "number": QgsProcessingOutputNumber,
        "file": QgsProcessingOutputFile,
        "folder": QgsProcessingOutputFolder,
        "raster": QgsProcessingOutputRasterLayer,
        "vector": QgsProcessingOutputVectorLayer,
    }[output.kind]
    return cls(output.name, label)


def enum_value(param: Param, index: int, profile=None) -> Optional[object]:
    """The value behind an enum index: ``option_values[index]`` or the
    profile's value, ``None`` for an index out of range."""
    if param.options_from is not None and profile is not None:
        values = [v for v, _ in param.options_from(profile)]
    else:
        values = list(param.option_values) or list(range(len(param.options)))
    return values[index] if 0 <= index < len(values) else None
