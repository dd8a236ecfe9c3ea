"""Specs of the maps and reports algorithms: the warning map on a layout,
class statistics, the change between two periods and the evaluation
report."""

from ..core.i18n import tr
from .base import N_, Output, Param, Rule
from .factories import group_spec
from .shared import COUNTY_BOUNDARIES, PROFILE, table_file
from .texts import section_rule

#: the classifications a result can be counted, mapped or compared by
VIEW_KEYS = ("", "warning", "load", "trend", "land", "water", "env", "eco", "special")
VIEW = Param(
    "VIEW",
    "enum",
    N_("Classification"),
    N_(
        "Which class field of a vector result to use (warning level, overload type, the trend "
        "or an element). Ignored for a class raster."
    ),
    default=0,
    options=(
        N_("First available (warning level if present)"),
        N_("Warning level"),
        N_("Overload type"),
        N_("Resource and environmental depletion trend"),
        N_("Land resources"),
        N_("Water resources"),
        N_("Environment"),
        N_("Ecology"),
        N_("Special evaluation"),
    ),
    option_values=VIEW_KEYS,
)
RESULT_LAYER = Param(
    "INPUT",
    "layer",
    N_("Evaluation result (vector layer or class raster)"),
    N_(
        "A result of a cc_warning evaluation: a layer with class fields (warning_level, "
        "load_type, <element>_class …) or a 双评价 class raster."
    ),
    geometry=("geometry", "raster"),
)

#: base-map layers of the warning map: parameter → role in [maps.basemap]
BASE_PARAMS = (
    ("COUNTY", "county"),
    ("TOWNSHIP", "township"),
    ("ECO_REDLINE", "eco_redline"),
    ("FARMLAND", "farmland"),
    ("URBAN_BOUNDARY", "urban_boundary"),
    ("LANDUSE", "landuse"),
)
_BASE_LABELS = {
    "county": N_("County boundaries (县级行政区)"),
    "township": N_("Township boundaries (乡镇级行政区)"),
    "eco_redline": N_("Ecological protection red line (生态保护红线)"),
    "farmland": N_("Permanent basic farmland (永久基本农田)"),
    "urban_boundary": N_("Urban development boundary (城镇开发边界)"),
    "landuse": N_("Land use (土地利用现状)"),
}
#: text items of the layout: parameter → project variable
TEXTS = (
    ("ORG", "cc_org"),
    ("DATE", "cc_date"),
    ("REVIEW_NO", "cc_review_no"),
    ("DATA_SOURCE", "cc_data_source"),
)
_TEXT_LABELS = {
    "ORG": N_("编制单位 (prepared by)"),
    "DATE": N_("编制日期 (date)"),
    "REVIEW_NO": N_("审图号 (map review number)"),
    "DATA_SOURCE": N_("数据来源 (data source)"),
}
#: layout templates, in the order of the TEMPLATE choice (layouts/builder.TEMPLATES)
TEMPLATE_KEYS = ("A3_landscape", "A3_portrait", "A4_landscape", "A4_portrait")
TEMPLATE_LABELS = (N_("A3 landscape"), N_("A3 portrait"), N_("A4 landscape"), N_("A4 portrait"))


#: a spec of the maps and reports group, documented on its page
maps_spec = group_spec("maps_reports", "maps_and_reports.md")


def _map_rules(profile):
    return [
        section_rule(
            N_(
                "Results are drawn with an opacity of {result_opacity}, the 三区三线 "
                "boundaries over them; maps at {dpi} dpi unless chosen."
            ),
            profile.get("maps"),
        )
    ]


EXPORT_WARNING_MAP = maps_spec(
    id="export_warning_map",
    name=N_("Export warning map (预警图导出)"),
    summary=N_(
        "Draws an evaluation result (warning level, overload type, an element or a "
        "双评价 class raster) with the method profile's colours and labels over the "
        "planning base map — county and township boundaries with labels, 三区三线 "
        "(生态保护红线, 永久基本农田, 城镇开发边界), land use and a local raster or "
        "MBTiles base map, all optional and all local files — and lays it out on an A4 "
        "or A3 template with legend, scale bar, north arrow, inset map, title, "
        "statistics table, 编制单位, 编制日期, 审图号 and data source."
    ),
    params=(RESULT_LAYER.but(help=""), VIEW)
    + tuple(
        Param(
            name,
            "vector_layer",
            _BASE_LABELS[role],
            N_("A local layer of the planning base map (optional)."),
            optional=True,
            geometry=("polygon", "line"),
        )
        for name, role in BASE_PARAMS
    )
    + (
        Param(
            "BASEMAP",
            "raster",
            N_("Local raster or MBTiles base map"),
            N_(
                "A local GeoTIFF or MBTiles file drawn under everything. Online services are "
                "refused."
            ),
            optional=True,
        ),
        Param(
            "OVERVIEW",
            "vector_layer",
            N_("Layer of the inset map"),
            N_("Drawn in the inset overview map, e.g. the province; empty = the result."),
            optional=True,
            geometry="geometry",
        ),
        Param(
            "TEMPLATE",
            "enum",
            N_("Page"),
            default=0,
            options=TEMPLATE_LABELS,
            option_values=TEMPLATE_KEYS,
        ),
        Param(
            "TEMPLATE_FILE",
            "file",
            N_("Own layout template (.qpt, optional)"),
            N_(
                "A template with items whose ids are cc_map, cc_legend and cc_title (and "
                "optionally cc_subtitle, cc_overview, cc_scalebar, cc_north, cc_stats, "
                "cc_org, cc_date, cc_review_no, cc_source). Replaces the page choice."
            ),
            optional=True,
            extension="qpt",
        ),
        Param("TITLE", "string", N_("Title"), optional=True),
        Param("SUBTITLE", "string", N_("Subtitle"), optional=True),
    )
    + tuple(
        Param(
            name,
            "string",
            _TEXT_LABELS[name],
            N_(
                "Empty: the project variable of the same meaning (set once in Project ▸ "
                "Properties ▸ Variables)."
            ),
            optional=True,
        )
        for name, _ in TEXTS
    )
    + (
        Param("DPI", "integer", N_("Resolution (dpi)"), default=300, minimum=72, maximum=1200),
        PROFILE,
        Param("OUTPUT_PDF", "file_out", N_("PDF map"), file_filter="PDF (*.pdf)", optional=True),
        Param(
            "OUTPUT_PNG",
            "file_out",
            N_("PNG map"),
            file_filter="PNG (*.png)",
            optional=True,
            create_by_default=False,
        ),
        Param(
            "ADD_LAYOUT",
            "bool",
            N_("Add the layout to the project"),
            N_(
                "Keep the layout (and a group with its styled layers) in the current "
                "project, to edit it in the layout designer."
            ),
            default=False,
        ),
    ),
    outputs=(Output("LAYOUT", "string", N_("Layout name")),),
    rules=_map_rules,
    notes=(
        N_(
            "编制单位, 编制日期, 审图号 and 数据来源 come from the parameters or, when left "
            "empty, from the project variables cc_org, cc_date, cc_review_no and "
            "cc_data_source. Base-map layers in another CRS are reprojected on the fly. "
            "Exports to PDF (text kept as text, Chinese font embedded) and PNG at the "
            "chosen resolution; files are written completely or not at all."
        ),
    ),
)

CLASS_STATISTICS = maps_spec(
    id="class_statistics",
    name=N_("Class statistics of a result (分级统计)"),
    summary=N_(
        "Counts the evaluation units (or, for a class raster, the cells) of each class "
        "and their area in km² and share of the total, in the order of the method "
        "profile's class set. Areas are planar in a projected CRS and ellipsoidal in a "
        "geographic one. A value the class set does not know is counted on an "
        '"unclassified" row and reported.'
    ),
    params=(
        RESULT_LAYER,
        VIEW,
        PROFILE,
        Param("OUTPUT", "sink", N_("Class statistics"), geometry="any"),
        table_file("OUTPUT_FILE", N_("Statistics file (xlsx or csv, optional)")),
    ),
    outputs=(Output("UNCLASSIFIED", "number", N_("Units or cells unclassified")),),
)


def _compare_rules(profile):
    levels = [
        profile.class_label("warning_levels", c)
        for c in profile.class_codes("warning_levels")
        if c != "not_evaluated"
    ]
    return [
        Rule(
            tr(
                "Ranking, most severe first: {levels}; a move towards the first is "
                "预警等级提高, towards the last 预警等级降低."
            ).format(levels=" → ".join(levels)),
            profile.get("warning_levels").get("tag", ""),
        )
    ]


COMPARE_PERIODS = maps_spec(
    id="compare_periods",
    name=N_("Compare two periods (预警等级变化)"),
    summary=N_(
        "Compares the class of each unit in an earlier and a later evaluation result "
        "(matched on the unit code): 预警等级提高 (raised, more severe), 预警等级降低 "
        "(lowered) or unchanged, with the number of levels moved, in the order of the "
        "method profile's class set. Units found in one result only, or with a class "
        "that cannot be ranked, are marked not compared with the reason."
    ),
    params=(
        Param(
            "EARLIER",
            "vector",
            N_("Earlier result"),
            N_(
                "An evaluation result layer with the class field to compare and the unit "
                "code (行政区划代码)."
            ),
            geometry="geometry",
        ),
        Param(
            "LATER",
            "vector",
            N_("Later result"),
            N_(
                "An evaluation result layer with the class field to compare and the unit "
                "code (行政区划代码)."
            ),
            geometry="geometry",
        ),
        Param(
            "KEY_FIELD",
            "field",
            N_("Unit code field"),
            N_(
                "Field matching the units of the two results; empty = the unit code field "
                "(行政区划代码 or an accepted alias). Both results need it."
            ),
            optional=True,
            parent="LATER",
        ),
        VIEW.but(help=N_("Which class field to compare.")),
        PROFILE,
        Param(
            "OUTPUT",
            "sink",
            N_("Change between periods"),
            geometry="geometry",
            style="maps.change_classes",
        ),
        table_file("OUTPUT_TABLE", N_("Change table (xlsx or csv, optional)")),
    ),
    outputs=(
        Output("RAISED", "number", N_("Units raised")),
        Output("LOWERED", "number", N_("Units lowered")),
    ),
    rules=_compare_rules,
    notes=(
        N_(
            "The output has the later result's geometry and is styled by the change. When "
            "both results hold a year field, the years must differ and the earlier must "
            "come first."
        ),
    ),
)

EVALUATION_REPORT = maps_spec(
    id="evaluation_report",
    name=N_("Evaluation report (评价报告)"),
    summary=N_(
        "Writes the evaluation report of a 2016-method result (and, optionally, 双评价 "
        "class rasters): an xlsx workbook (the composite result, one sheet per "
        "element, the process evaluation, the class statistics, one sheet per class "
        "raster, the change between periods and the provenance) and an HTML report "
        "that opens offline in a browser (maps, charts and tables, the cause analysis "
        "of every unit and the provenance). Both are written completely or not at "
        "all."
    ),
    params=(
        Param(
            "INPUT",
            "vector_layer",
            N_("Evaluation result (2016 method)"),
            N_(
                "A result layer with element, trend and warning fields (e.g. of "
                "integrated_warning)."
            ),
            optional=True,
            geometry="geometry",
        ),
        Param(
            "RASTERS",
            "layers",
            N_("双评价 class rasters"),
            N_(
                "Class rasters written by the 双评价 algorithms (their band metadata names "
                "the class set)."
            ),
            optional=True,
            layer_type="raster",
        ),
        Param(
            "EARLIER",
            "vector_layer",
            N_("Earlier result (optional, for the change)"),
            N_(
                "An earlier 2016-method result of the same units: the report adds the change "
                "of the warning level."
            ),
            optional=True,
            geometry="geometry",
        ),
        COUNTY_BOUNDARIES,
        Param("TITLE", "string", N_("Report title"), optional=True),
        Param("ORG", "string", N_("编制单位 (prepared by)"), optional=True),
        PROFILE,
        Param(
            "OUTPUT_XLSX",
            "file_out",
            N_("Workbook (xlsx)"),
            file_filter=N_("Excel workbook (*.xlsx)"),
            optional=True,
        ),
        Param(
            "OUTPUT_HTML",
            "file_out",
            N_("HTML report"),
            file_filter=N_("HTML (*.html)"),
            optional=True,
        ),
    ),
)
