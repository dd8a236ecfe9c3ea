"""Specs of the 生态环境分区管控 algorithms: delineation of the control units,
validation of an official unit layer, the 准入清单 (import and check), the
符合性分析 of project sites and the comparison of two versions of the units.
The methods are the pure functions of ``core/zoning`` (docs/zoning.md); every
number and rule of the help (precedence, sliver minimum, code rule, verdict
order, tolerances) is read from the profile's ``[zoning]`` section with its
evidence tag."""

from typing import List

from ..core.i18n import label, tr
from .base import N_, Output, Param, Rule
from .factories import group_spec, reported_numbers
from .shared import PROFILE, PROVENANCE
from .texts import num, section_rule

#: a spec of this group, documented on its page
zoning_spec = group_spec("zoning", "zoning.md")


# -- sentences from the profile ------------------------------------------------------------
def _z(profile, key: str):
    return profile.get(f"zoning.{key}")


def _class_names(profile, codes) -> List[str]:
    classes = _z(profile, "classes")
    return [label(classes[c]) for c in codes]


def precedence_rule(profile) -> Rule:
    d = _z(profile, "delineation")
    names = _class_names(profile, d["precedence"])
    return Rule(
        tr(
            "Overlay precedence {order}: where layers of several classes overlap the "
            "first class wins; {rest} is what no layer covers."
        ).format(order=" > ".join(names), rest=names[-1]),
        d.get("tag", ""),
    )


def env_key_rule(profile) -> Rule:
    d = _z(profile, "delineation")
    classes = ", ".join(profile.class_label("load_classes", c) for c in d["env_key_classes"])
    return Rule(
        tr(
            "Units of the 2016 result whose environment element is {classes} count as a "
            "layer of {cls}."
        ).format(
            classes=classes or "—",
            cls=_class_names(profile, d["precedence"][1:2])[0] if len(d["precedence"]) > 2 else "—",
        ),
        d.get("env_key_tag", ""),
    )


def unit_mode_rule(profile) -> Rule:
    d = _z(profile, "delineation")
    text = (
        tr("One unit per township (or county) polygon and class, its parts kept together.")
        if d["unit"] == "township_class"
        else tr("One unit per connected part, numbered north to south within its township.")
    )
    return Rule(text, d.get("tag", ""))


#: rules of one sentence whose placeholders are keys of one [zoning] section:
#: name → (section, sentence)
_SENTENCES = {
    "sliver": (
        "slivers",
        N_(
            "A part smaller than {min_unit_area_m2} m² or with a mean width (2 × area / "
            "perimeter) below {min_mean_width_m} m is merged into the neighbouring unit of "
            "the same township with the longest shared boundary; every merge is logged."
        ),
    ),
    "code": (
        "codes",
        N_(
            "Unit code {format} ({{admin}} county code, {{cls}} class digit, {{seq}} "
            "sequence within county and class), checked against {pattern}; unit name "
            "{name_format}."
        ),
    ),
    "tiling": (
        "tolerances",
        N_(
            "A gap, an overlap or a part outside the boundary layer larger than "
            "{gap_overlap_m2} m² is reported with its place."
        ),
    ),
    "edge": (
        "tolerances",
        N_(
            "An intersection of at most {min_piece_area_m2} m² (a site touching a unit "
            "along an edge) does not put the site in the unit."
        ),
    ),
}


def sentence_rule(profile, name: str) -> Rule:
    """The rule ``name`` of :data:`_SENTENCES`, filled from the profile."""
    section, template = _SENTENCES[name]
    return section_rule(template, _z(profile, section))


def class_rule(profile) -> Rule:
    c = _z(profile, "classes")
    parts = [f"{c[k]['color']} {label(c[k])} ({k})" for k in c["order"]]
    return Rule(
        tr("Classes, their codes and colours: {classes}.").format(classes="; ".join(parts)),
        c.get("tag", ""),
    )


def fields_rule(profile) -> Rule:
    dims = _z(profile, "dimensions")
    return section_rule(
        N_(
            "Fields: code {code}, name {name}, class {class}, county {county}, township "
            "{township}, area {area} (km²); list dimensions {dims}."
        ),
        _z(profile, "fields"),
        dims=", ".join(f"{dims[d]['field']} {label(dims[d])}" for d in dims["order"]),
    )


def dimensions_rule(profile) -> Rule:
    d = _z(profile, "dimensions")
    s = _z(profile, "scopes")
    return Rule(
        tr(
            "Dimensions: {dims}. The scope is {overall} (the whole area), a class of "
            "units or one unit code."
        ).format(
            dims=", ".join(label(d[k]) for k in d["order"]), overall=" / ".join(s["overall"][:3])
        ),
        d.get("tag", ""),
    )


def attributes_rule(profile) -> Rule:
    a = _z(profile, "attributes")
    parts = [
        f"{k} ({label(v)}{', ' + v['unit'] if v['unit'] else ''})"
        for k, v in a.items()
        if k != "tag"
    ]
    return Rule(
        tr(
            "Project attributes a condition may name: {attrs}; site_area (ha) comes from "
            "the geometry."
        ).format(attrs="; ".join(parts)),
        a.get("tag", ""),
    )


def layers_rule(profile) -> Rule:
    a = _z(profile, "layers")
    parts = [f"{k} ({label(v)})" for k, v in a.items() if k != "tag"]
    return Rule(
        tr("Layers a condition may name: {layers}.").format(layers="; ".join(parts)),
        a.get("tag", ""),
    )


def verdict_rule(profile) -> Rule:
    v = _z(profile, "verdicts")
    names = [label(v[k]) for k in v["order"]]
    return Rule(
        tr(
            "Overall conclusion of a site: the worst verdict of its clauses in the order "
            "{order}, with the clauses that gave it. Without a list no verdict is "
            "given."
        ).format(order=" > ".join(names)),
        v.get("tag", ""),
    )


def compare_rule(profile) -> Rule:
    c = _z(profile, "compare")
    return Rule(
        tr(
            "Same code = same unit; a new code overlapping a vanished one by at least "
            "{overlap} of both areas is re-coded; an area change counts above {m2} m² "
            "and {share} of the old area."
        ).format(
            overlap=f"{c['recode_min_overlap']:.0%}",
            m2=num(c["area_tolerance_m2"]),
            share=f"{c['area_tolerance_share']:.0%}",
        ),
        c.get("tag", ""),
    )


def _delineate_rules(profile):
    return [
        precedence_rule(profile),
        env_key_rule(profile),
        unit_mode_rule(profile),
        sentence_rule(profile, "sliver"),
        sentence_rule(profile, "code"),
        fields_rule(profile),
        sentence_rule(profile, "tiling"),
        class_rule(profile),
    ]


def _validate_rules(profile):
    return [sentence_rule(profile, "code"), class_rule(profile), sentence_rule(profile, "tiling")]


def _list_rules(profile):
    return [dimensions_rule(profile), attributes_rule(profile), layers_rule(profile)]


def _compliance_rules(profile):
    return [
        verdict_rule(profile),
        sentence_rule(profile, "edge"),
        attributes_rule(profile),
        layers_rule(profile),
    ]


def _compare_rules(profile):
    return [compare_rule(profile), class_rule(profile)]


# -- parameters shared by the zoning algorithms ------------------------------------------------
REPAIR = Param(
    "REPAIR",
    "bool",
    N_("Repair invalid geometries"),
    N_(
        "On (default): an invalid polygon is repaired (GEOS MakeValid) and the log names the "
        "feature, GEOS's reason and the change of area. Off: the run stops naming the features "
        "and the place GEOS reports."
    ),
    default=True,
)

UNITS = Param(
    "UNITS",
    "vector",
    N_("Control units (生态环境管控单元)"),
    N_(
        "Unit polygons with a unit code and a class (1/2/3 or 优先保护单元 …), e.g. the official "
        "layer received from the province or the result of the delineation. A projected CRS "
        "(areas in m²)."
    ),
    geometry="polygon",
)

UNIT_CODE_FIELD = Param(
    "UNIT_CODE_FIELD",
    "field",
    N_("Unit code field (empty: the profile's, HJZHGKDYBM)"),
    N_("Empty: the field named in the profile's [zoning.fields] (found in any case)."),
    optional=True,
    parent="UNITS",
    advanced=True,
)

UNIT_CLASS_FIELD = Param(
    "UNIT_CLASS_FIELD",
    "field",
    N_("Unit class field (empty: the profile's, ZHGKDYFL)"),
    N_(
        "Empty: the field named in the profile's [zoning.fields]. Values 1, 2, 3 or the class "
        "names (优先保护单元 …)."
    ),
    optional=True,
    parent="UNITS",
    advanced=True,
)

UNIT_COUNTY_FIELD = Param(
    "UNIT_COUNTY_FIELD",
    "field",
    N_("County code field (empty: the profile's, XZQHDM)"),
    N_(
        "Empty: the field named in the profile's [zoning.fields]; a unit without it takes the "
        "county code inside its unit code."
    ),
    optional=True,
    parent="UNITS",
    advanced=True,
)


def _found_field(name: str, parent: str, label_n: str, help_n: str) -> Param:
    """An optional field of the layer ``parent``; left empty, the first of the
    usual headers the help lists is taken."""
    return Param(name, "field", label_n, help_n, optional=True, parent=parent)


def _unit_fields(parent: str, code_help: str = "") -> tuple:
    """The code, class and county fields of the unit layer ``parent``."""
    code = UNIT_CODE_FIELD.but(help=code_help) if code_help else UNIT_CODE_FIELD
    return tuple(p.but(parent=parent) for p in (code, UNIT_CLASS_FIELD, UNIT_COUNTY_FIELD))


ACCESS_LIST = Param(
    "ACCESS_LIST",
    "file",
    N_("准入清单 (access list: xlsx, csv or toml)"),
    N_(
        "One clause per row: 适用范围 (总体准入要求, a class of units or one unit code), 维度, "
        "条款 and optionally 编号 and 条件 (a machine-checkable condition, docs/zoning.md). "
        "Checked on import: every problem is reported with its row."
    ),
    optional=True,
)

#: the 三区三线 layers of the compliance analysis: parameter → layer key of [zoning.layers]
THREE_LINES = (
    ("ECO_REDLINE", "eco_redline"),
    ("FARMLAND", "farmland"),
    ("URBAN_BOUNDARY", "urban_boundary"),
)
_LINE_LABELS = {
    "ECO_REDLINE": N_("Ecological protection red line (生态保护红线)"),
    "FARMLAND": N_("Permanent basic farmland (永久基本农田)"),
    "URBAN_BOUNDARY": N_("Urban development boundary (城镇开发边界)"),
}


TABLE_FILTER = N_("Excel workbook (*.xlsx);;CSV (*.csv);;TOML (*.toml)")


# -- the algorithms ------------------------------------------------------------------------------
DELINEATE = zoning_spec(
    id="zoning_delineate",
    name=N_("Delineate control units (划定生态环境管控单元)"),
    summary=N_(
        "Delineates the environmental control units of an area: the priority-protection "
        "layers (生态保护红线, 一般生态空间, 饮用水水源保护区 and any layer you list with "
        "them), then the key-control layers (城镇开发边界, 工业园区/开发区, 大气/水/土壤环境"
        "重点管控区 and the counties whose 2016 environment result is overloaded), the rest "
        "general control; fitted to the township (or county) boundaries so that no unit "
        "crosses a township line; small or thin parts merged into their neighbour; codes, "
        "names, classes, the four list dimensions, county and area with the provincial "
        "field names. The run fails listing the places if the units leave a gap, overlap "
        "or reach outside the boundary layer."
    ),
    params=(
        Param(
            "BOUNDARY",
            "vector",
            N_("Township (or county) boundaries"),
            N_(
                "Polygons the units are fitted to, in a projected CRS (areas in m²): one "
                "feature per township with its code, and the county code. A boundary layer "
                "that overlaps itself is refused with the pairs."
            ),
            geometry="polygon",
        ),
        _found_field(
            "BOUNDARY_CODE",
            "BOUNDARY",
            N_("Township code field"),
            N_("Empty: the first of 乡镇代码, XZDM, 乡镇编码, code found in the layer."),
        ),
        _found_field(
            "BOUNDARY_NAME",
            "BOUNDARY",
            N_("Township name field (optional)"),
            N_(
                "Empty: the first of 乡镇名称, XZMC, name found in the layer (names may stay "
                "empty)."
            ),
        ),
        _found_field(
            "COUNTY_FIELD",
            "BOUNDARY",
            N_("County code field (optional)"),
            N_(
                "Empty: the first of 行政区划代码, XZQHDM, county found; a boundary layer "
                "without one is taken as county boundaries (each polygon its own county)."
            ),
        ),
        Param(
            "COUNTIES",
            "vector",
            N_("County names (layer or table, optional)"),
            N_(
                "Counties with their code (行政区划代码 or XZQHDM) and name (名称 or XZQMC), for "
                "the unit names (城关区东关街道优先保护单元)."
            ),
            optional=True,
            geometry="any",
        ),
        Param(
            "PRIORITY_LAYERS",
            "layers",
            N_("Priority-protection layers (优先保护)"),
            N_(
                "生态保护红线, 一般生态空间, 饮用水水源保护区 and any other polygon layer to be "
                "treated as priority protection. Any CRS (transformed to the boundaries')."
            ),
            optional=True,
            layer_type="vector",
        ),
        Param(
            "KEY_LAYERS",
            "layers",
            N_("Key-control layers (重点管控)"),
            N_(
                "城镇开发边界, 工业园区/开发区, 大气/水/土壤环境重点管控区 and any other polygon "
                "layer to be treated as key control."
            ),
            optional=True,
            layer_type="vector",
        ),
        Param(
            "ENV_RESULT",
            "vector",
            N_("2016 evaluation result (environment element, optional)"),
            N_(
                "Polygons of a 2016-method result: those whose environment class (env_class, "
                "or 环境评价结果) is one of the profile's [zoning.delineation] env_key_classes "
                "are added to the key-control layers."
            ),
            optional=True,
            geometry="polygon",
        ),
        Param(
            "ENV_FIELD",
            "field",
            N_("Environment class field of the 2016 result"),
            N_(
                "Empty: env_class, else 环境评价结果 or 环境. Codes (overload) or labels (超载) "
                "are both read."
            ),
            optional=True,
            parent="ENV_RESULT",
            advanced=True,
        ),
        ACCESS_LIST.but(
            help=N_(
                "Optional: the four dimension fields of every unit are filled "
                "with the clauses of its class and code. Checked on import "
                "against the new units' codes."
            )
        ),
        REPAIR,
        PROFILE,
        Param("OUTPUT", "sink", N_("Control units"), geometry="polygon", style="zoning.classes"),
        Param("SUMMARY", "sink", N_("Units by class and county"), geometry="any"),
        Param(
            "MERGES",
            "sink",
            N_("Merge log"),
            N_(
                "One point per part merged into a neighbour: township, class, area, reason, "
                "the receiving unit and the shared boundary."
            ),
            geometry="point",
            optional=True,
            create_by_default=False,
        ),
    ),
    outputs=reported_numbers(
        ("UNIT_COUNT", N_("Number of units")),
        ("MERGE_COUNT", N_("Number of merged parts")),
        ("PRIORITY_SHARE", N_("Share of 优先保护 in the total area")),
    ),
    rules=_delineate_rules,
    notes=(
        N_(
            "Every layer may be in any CRS; the units are written in the CRS of the "
            "boundaries. Invalid geometries are repaired with a note (or refused, see the "
            "option). The summary gives the unit counts and areas (km²) by county and class, "
            "each class's share of its county and, on the rows of the whole area, the share "
            "of 优先保护 in the total."
        ),
    ),
    result_fields=(
        ("HJZHGKDYBM", N_("unit code (the profile's code field)")),
        ("HJZHGKDYMC", N_("unit name")),
        ("ZHGKDYFL", N_("class 1/2/3; class_label its name")),
        ("XZQHDM / XZDM", N_("county and township code")),
        ("MJ", N_("area in km²")),
        ("KJBJYS, PWWPFGK, HJFXFK, ZYKFXLYQ", N_("the four list dimensions")),
        ("sources", N_("the input layers that make up the unit")),
    ),
)

VALIDATE = zoning_spec(
    id="zoning_validate_units",
    name=N_("Check an official unit layer (管控单元数据检查)"),
    summary=N_(
        "Checks a unit layer received as given (most bureaus receive their units from "
        "the province): codes present, unique and of the profile's form, the class digit "
        "of the code agreeing with the class field, classes known, geometries valid, no "
        "overlaps, and with a boundary layer no gaps and nothing outside it. Writes the "
        "problems as a layer (a point at each overlap, gap or part outside; attribute "
        "problems without geometry) and, if wanted, the units with their geometries "
        "repaired."
    ),
    params=(
        UNITS.but(name="INPUT", label=N_("Unit layer to check")),
        *_unit_fields("INPUT"),
        Param(
            "BOUNDARY",
            "vector",
            N_("Boundary layer (optional)"),
            N_(
                "The county or township boundaries the units must cover: gaps and parts "
                "outside are reported."
            ),
            optional=True,
            geometry="polygon",
        ),
        PROFILE,
        Param("OUTPUT", "sink", N_("Problems"), geometry="point"),
        Param(
            "REPAIRED",
            "sink",
            N_("Units with repaired geometries"),
            N_(
                "The unit layer as given, every invalid geometry repaired (GEOS MakeValid); "
                "the problems layer names the repaired features."
            ),
            geometry="polygon",
            optional=True,
            create_by_default=False,
        ),
    ),
    outputs=reported_numbers(
        ("PROBLEM_COUNT", N_("Number of problems")),
        ("UNIT_COUNT", N_("Number of units")),
    ),
    rules=_validate_rules,
    result_fields=(
        ("kind", N_("code, class, geometry, overlap, gap or outside")),
        ("units", N_("the unit codes (or feature ids) concerned")),
        ("area_m2", N_("area of an overlap, gap or part outside")),
        ("problem", N_("the problem in words")),
    ),
)

ACCESS_LIST_IMPORT = zoning_spec(
    id="zoning_access_list",
    name=N_("Import and check an access list (导入生态环境准入清单)"),
    summary=N_(
        "Reads a 生态环境准入清单 from an Excel workbook, a CSV file (UTF-8 or GBK, "
        "Chinese headers) or TOML and checks every clause: scope (总体准入要求, a class or "
        "a unit code, checked against the unit layer when given), dimension, clause text, "
        "and the machine-checkable condition when there is one (industries by GB/T 4754 "
        "code, limits on project attributes, inside/outside/distance to a layer). Every "
        "problem is reported with its row before anything is written. The checked list "
        "is written as a table and, if wanted, again as xlsx, CSV or TOML."
    ),
    params=(
        Param(
            "INPUT",
            "file",
            N_("Access list (xlsx, csv or toml)"),
            N_(
                "A sheet 清单信息 (名称, 版本, 日期) in a workbook, or [list] in TOML, gives the "
                "list's name, version and date."
            ),
        ),
        UNITS.but(
            label=N_("Control units (optional, to check unit codes)"),
            optional=True,
            help=N_("A unit-scoped clause must name a code of this layer."),
        ),
        UNIT_CODE_FIELD,
        Param("NAME", "string", N_("List name (empty: from the file)"), optional=True),
        Param("VERSION", "string", N_("List version (empty: from the file)"), optional=True),
        Param("DATE", "string", N_("List date (empty: from the file)"), optional=True),
        PROFILE,
        Param("OUTPUT", "sink", N_("Checked clauses"), geometry="any"),
        Param(
            "OUTPUT_FILE",
            "file_out",
            N_("Checked list as a file (optional)"),
            N_("The same clauses written again as xlsx (with a 清单信息 sheet), CSV or TOML."),
            file_filter=TABLE_FILTER,
            optional=True,
            create_by_default=False,
        ),
    ),
    outputs=(
        Output("CLAUSE_COUNT", "number", N_("Number of clauses")),
        Output("CHECKABLE_COUNT", "number", N_("Clauses with a machine condition")),
        Output("LIST", "string", N_("List name, version and date")),
        PROVENANCE,
    ),
    rules=_list_rules,
    result_fields=(
        ("clause_id", N_("编号")),
        ("scope", N_("适用范围 as written")),
        ("scope_kind", N_("overall, class or unit")),
        ("dimension", N_("the dimension (its name)")),
        ("condition", N_("the condition as written (empty: text only)")),
        ("checkable", N_("1 if a machine can check the clause")),
    ),
)

COMPLIANCE = zoning_spec(
    id="zoning_compliance",
    name=N_("Conformity analysis of project sites (符合性分析)"),
    summary=N_(
        "Checks each project site against the control units and their 准入清单: the "
        "units it touches with the area and share of the site in each, its overlap with "
        "生态保护红线 and 永久基本农田 and the part inside 城镇开发边界, the warning level "
        "and overload type of its counties, and every applicable clause with a verdict "
        "(匹配, 不匹配, 部分匹配, 无法判断, 不适用) and the reason — which condition, which "
        "value. A clause without a machine condition, or whose project attribute is "
        "missing, is 无法判断 with what is missing: never a guess. Without a list no "
        "verdict is given at all. Writes a table (one row per site and clause), the "
        "sites with their overall conclusion, the site pieces by unit and, if a folder "
        "is given, one report per site in HTML and PDF with a map of the site over the "
        "units and the 三区三线."
    ),
    params=(
        Param(
            "SITES",
            "vector",
            N_("Project sites"),
            N_(
                "Polygons, or points and lines with a buffer distance (a field buffer_m or "
                "缓冲距离, or the parameter below); any CRS. Attributes are read by the "
                "profile's [zoning.attributes] names: 行业代码, 年用水量, 年综合能耗, 用地面积, "
                "emissions …"
            ),
            geometry="geometry",
        ),
        _found_field(
            "SITE_ID_FIELD",
            "SITES",
            N_("Project id field"),
            N_(
                "Empty: the first of 项目编号, 编号, site_id, id found, else the feature id. "
                "Ids must be unique (they name the reports)."
            ),
        ),
        _found_field(
            "SITE_NAME_FIELD",
            "SITES",
            N_("Project name field"),
            N_("Empty: the first of 项目名称, 名称, name, site_name found."),
        ),
        Param(
            "BUFFER",
            "number",
            N_("Buffer of point and line sites (m)"),
            N_(
                "Used for a point or line site without its own buffer field value. 0: none "
                "(such a site is refused)."
            ),
            unit="m",
            default=0.0,
            minimum=0.0,
        ),
        UNITS,
        *_unit_fields("UNITS"),
        ACCESS_LIST.but(
            help=N_(
                "Without a list no verdict is given at all: the table stays "
                "empty and the conclusion says that there is no list "
                "(缺少官方清单时不判断符合性)."
            )
        ),
    )
    + tuple(
        Param(
            name,
            "vector",
            _LINE_LABELS[name],
            N_(
                "A 三区三线 layer: the area and share of each site in it. Empty: "
                "reported as not given; a condition on it is 无法判断."
            ),
            optional=True,
            geometry="polygon",
        )
        for name, _ in THREE_LINES
    )
    + (
        Param(
            "LAYERS",
            "layers",
            N_("Further layers named by the list's conditions"),
            N_(
                "Polygon layers the conditions name (drinking_water, industrial_park …): each "
                "is taken under its layer name, which must be a key of the profile's "
                "[zoning.layers] or its Chinese name (饮用水水源保护区)."
            ),
            optional=True,
            layer_type="vector",
        ),
        Param(
            "WARNING_RESULT",
            "vector",
            N_("Latest warning result (optional)"),
            N_(
                "A 2016-method result by county (file or database table): the warning level "
                "and overload type of the counties a site lies in, matched on the county code "
                "(行政区划代码)."
            ),
            optional=True,
            geometry="any",
        ),
        REPAIR.but(
            help=N_(
                "On (default): an invalid site or layer polygon is repaired with a "
                "note naming it and the change of area. Off: an invalid site is "
                "refused naming the site, GEOS's reason and the place."
            )
        ),
        PROFILE,
        Param("OUTPUT", "sink", N_("Verdicts (one row per site and clause)"), geometry="any"),
        Param(
            "SITES_OUTPUT",
            "sink",
            N_("Sites with their conclusion"),
            geometry="polygon",
            style="zoning.verdicts",
        ),
        Param(
            "PIECES",
            "sink",
            N_("Site pieces by unit"),
            geometry="polygon",
            style="zoning.classes",
            optional=True,
            create_by_default=False,
        ),
        Param(
            "REPORT_FOLDER",
            "folder_out",
            N_("Reports (one HTML and PDF per site)"),
            N_(
                "A folder receiving <project id>.html and <project id>.pdf for every site: "
                "conclusion, map, units, 三区三线, county warning, every clause with its "
                "verdict and reason, the list's name, version and date."
            ),
            optional=True,
            create_by_default=False,
        ),
    ),
    outputs=(
        Output("SITE_COUNT", "number", N_("Number of sites")),
        Output("CONCLUSIONS", "string", N_("Conclusion of every site (id: verdict)")),
        PROVENANCE,
    ),
    rules=_compliance_rules,
    notes=(
        N_(
            "Geometry: a site straddling units is cut by them (area and share in each); "
            "a site touching a unit along an edge only is not in it; a multi-part site counts "
            "every part; a site in another CRS is transformed to the units' CRS; a site "
            "outside every unit gets 不适用 for the 总体准入要求 with a note."
        ),
    ),
    result_fields=(
        ("verdict / verdict_label", N_("the verdict code and its name")),
        ("reason", N_("which condition, which value")),
        ("causes", N_("sites: the clauses that gave the conclusion")),
        (
            "eco_redline_share, farmland_share, urban_boundary_share",
            N_("sites: share of the site in each 三区三线 layer"),
        ),
    ),
)

COMPARE = zoning_spec(
    id="zoning_compare_versions",
    name=N_("Compare two versions of the units (管控单元调整对比)"),
    summary=N_(
        "Compares two versions of the control units (the 5-yearly adjustment or a "
        "dynamic update): units added, removed, re-classed, re-coded, or changed in area "
        "beyond the profile's tolerance, as a layer of the changes (the unit, or for an "
        "area change the gained and lost parts) and a table of unit counts and areas by "
        "county and class before and after."
    ),
    params=(
        Param("OLD", "vector", N_("Earlier version"), geometry="polygon"),
        Param(
            "NEW",
            "vector",
            N_("Later version"),
            N_("Transformed to the earlier version's CRS if needed."),
            geometry="polygon",
        ),
        *_unit_fields(
            "NEW", code_help=N_("The same field name in both versions; empty: the profile's.")
        ),
        PROFILE,
        Param("OUTPUT", "sink", N_("Changes"), geometry="polygon"),
        Param("TOTALS", "sink", N_("Totals before and after"), geometry="any"),
    ),
    outputs=reported_numbers(
        ("ADDED", N_("Units added")),
        ("REMOVED", N_("Units removed")),
        ("RECLASSED", N_("Units re-classed")),
        ("RECODED", N_("Units re-coded")),
        ("AREA_CHANGED", N_("Units changed in area")),
    ),
    rules=_compare_rules,
    result_fields=(
        ("change", N_("added, removed, recoded, reclassed or area_changed")),
        ("old_code / new_code", N_("the unit before and after")),
        ("gained_m2 / lost_m2", N_("area gained and lost")),
        ("delta_km2", N_("new area − old area")),
    ),
)
