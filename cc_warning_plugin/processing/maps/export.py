"""cc_warning:export_warning_map — a warning map over the planning base map,
laid out on an A4/A3 template and exported to PDF and PNG."""

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayerTreeGroup,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
)

from ...core.errors import InputError
from ...core.i18n import tr
from ...layouts import builder
from ...layouts.mapping import (
    base_copies,
    default_subtitle,
    default_title,
    styled_copy,
)
from ...report import layers as rl
from ...report.files import check_writable
from ...styles.basemap import draw_order, require_local
from ...specs.maps import BASE_PARAMS, EXPORT_WARNING_MAP, TEXTS, VIEW_KEYS
from ..framework.algorithm import SpecAlgorithm
from ..framework.common import user_errors
from .common import result_view, warn_unknown


class ExportWarningMapAlgorithm(SpecAlgorithm):
    SPEC = EXPORT_WARNING_MAP

    def flags(self):
        # layouts are built and exported on the main thread, like QGIS's own
        # layout export algorithms
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def process_algorithm(self, parameters, context, feedback):
        try:
            return self._export(parameters, context, feedback)
        except QgsProcessingException as exc:
            message = str(exc)
        # A new exception without the old traceback, whose frames would keep
        # the styled layer copies alive after the run.
        raise QgsProcessingException(message)

    def _export(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        layer = self.parameterAsLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        png = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context)
        add = self.parameterAsBoolean(parameters, self.ADD_LAYOUT, context)
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        template = (
            self.parameterAsFile(parameters, self.TEMPLATE_FILE, context)
            or builder.TEMPLATES[self.parameterAsEnum(parameters, self.TEMPLATE, context)]
        )
        with user_errors():
            if not (pdf or png or add):
                raise InputError(
                    tr("Nothing to do: give a PDF or PNG output, or add the layout to the project.")
                )
            for path, ext in ((pdf, ".pdf"), (png, ".png")):
                if path:
                    check_writable(path, (ext,))
            key = VIEW_KEYS[self.parameterAsEnum(parameters, self.VIEW, context)]
            view = result_view(layer, profile, key)
            base = {}
            for name, role in BASE_PARAMS:
                blayer = self.parameterAsVectorLayer(parameters, name, context)
                if blayer is not None:
                    require_local(blayer)
                    base[role] = blayer
            raster = self.parameterAsRasterLayer(parameters, self.BASEMAP, context)
            if raster is not None:
                require_local(raster)
                base["raster"] = raster
            if template not in builder.TEMPLATES:
                builder.load_template(QgsProject(), template, "check")
            feedback.setProgress(5)

            counts = None
            year = None
            if isinstance(layer, QgsRasterLayer):
                stats, counts = rl.raster_statistics(
                    layer.source(), layer.name(), view, profile, feedback.isCanceled
                )
            else:
                rows, _, areas = rl.read_rows(layer, feedback.isCanceled)
                stats = rl.vector_statistics(rows, areas, view, profile)
                year = rl.year_of(rows)
            warn_unknown(
                feedback,
                tr(
                    "{n} unit(s) or cell(s) hold classes the profile's class set '{set}' does "
                    "not know ({codes}): drawn grey and counted as unclassified."
                ),
                stats,
                set=view.set_key,
            )
            feedback.setProgress(30)

            result = styled_copy(layer, view, profile, counts)
            result.setName(layer.name())
            result_id = result.id()
            copies, notes = base_copies(base, profile, layer.crs())
            copy_ids = {role: lyr.id() for role, lyr in copies.items()}
            for note in notes:
                feedback.pushInfo(note)
            overview = self.parameterAsVectorLayer(parameters, self.OVERVIEW, context)
            title = self.parameterAsString(parameters, self.TITLE, context) or default_title(view)
            subtitle = self.parameterAsString(
                parameters, self.SUBTITLE, context
            ) or default_subtitle(view, year)
            variables = {
                var: self.parameterAsString(parameters, name, context) for name, var in TEXTS
            }

            project = (context.project() or QgsProject.instance()) if add else QgsProject()
            all_layers = [result] + list(copies.values())
            ov_layers = []
            if overview is not None:
                ov = overview.clone()
                all_layers.append(ov)
                ov_layers = [ov]
            project.addMapLayers(all_layers, False)
            del result, copies, all_layers  # the project owns the copies now
            group = None
            try:
                content = builder.MapContent(
                    project.mapLayer(result_id),
                    view,
                    title,
                    subtitle,
                    stats,
                    base_in(project, copy_ids),
                    ov_layers,
                    variables,
                )
                if add:
                    group = QgsLayerTreeGroup(title)
                    for lyr in draw_order(content.result, content.base, profile):
                        group.addLayer(lyr)
                    project.layerTreeRoot().insertChildNode(0, group)
                else:
                    inherit_variables(context.project(), project)
                layout, messages = builder.build_layout(
                    project, template, content, profile, title, add=add
                )
                for m in messages:
                    feedback.pushWarning(m)
                feedback.setProgress(60)
                results = {self.LAYOUT: layout.name() if add else ""}
                if pdf:
                    builder.export_pdf(layout, pdf, dpi)
                    feedback.pushInfo(tr("PDF written: {path}").format(path=pdf))
                    results[self.OUTPUT_PDF] = pdf
                feedback.setProgress(80)
                if png:
                    builder.export_png(layout, png, dpi)
                    feedback.pushInfo(tr("PNG written: {path}").format(path=png))
                    results[self.OUTPUT_PNG] = png
                layout = None
            except BaseException:
                if add:  # leave the user's project as it was
                    if group is not None:
                        project.layerTreeRoot().removeChildNode(group)
                    project.removeMapLayers(
                        [result_id] + list(copy_ids.values()) + [lyr.id() for lyr in ov_layers]
                    )
                raise
            finally:
                if not add:
                    project.clear()
        feedback.setProgress(100)
        return results


def base_in(project, ids: dict) -> dict:
    """The base-map copies held by ``project``, by role."""
    return {role: project.mapLayer(layer_id) for role, layer_id in ids.items()}


def inherit_variables(source, target) -> None:
    """Copy the layout's project variables (编制单位 …) of the user's project
    into the private project the map is laid out in."""
    if source is None:
        return
    scope = QgsExpressionContextUtils.projectScope(source)
    for name in builder.PROJECT_VARIABLES:
        if scope.hasVariable(name):
            QgsExpressionContextUtils.setProjectVariable(target, name, scope.variable(name))
