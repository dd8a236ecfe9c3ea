"""The designed evaluation result of every county, typed by hand (never computed from the data):
the class of each element, the black-grey grades, the three trend components, the depletion type,
the load type and the warning level, with the designed index values. It is written to
``design.csv`` and is the oracle the generated data are checked against (:mod:`.check`)."""

from __future__ import annotations

from .counties import COUNTIES
from .method import special_name

# The design's vocabulary (the words of design.csv) and the profile codes they stand for.
OV, CR, NO = "超载", "临界超载", "不超载"
CLASS_CODE = {OV: "overload", CR: "critical", NO: "none"}
TREND_CODE = {"加剧型": "worsening", "趋缓型": "easing"}
WARNING_CODE = {"红色": "red", "橙色": "orange", "黄色": "yellow", "蓝色": "blue", "绿色": "green"}
SEVERITY_CODE = {"轻度": "light", "中度": "moderate", "重度": "heavy", "严重": "severe"}

# 土地资源, 水资源, 环境, 生态, 专项评价; black-grey grades of the air and the water part
_CLASSES = {
    "990102": (OV, CR, OV, NO, OV, "重度", "重度"),
    "990103": (NO, NO, NO, NO, CR, "轻度", "重度"),
    "990121": (NO, NO, CR, NO, NO, "轻度", "轻度"),
    "990122": (NO, CR, NO, NO, NO, "", ""),
    "990123": (NO, NO, NO, NO, NO, "", ""),
    "990124": (CR, NO, NO, CR, CR, "", ""),
    "990125": (NO, OV, NO, OV, CR, "", ""),
    "990126": (NO, NO, NO, NO, NO, "", ""),
}
# worse than the national rate (趋差): 资源利用效率, 污染物排放强度, 生态质量;
# 耗损类型, 超载类型, 预警等级
_OUTCOME = {
    "990102": (True, True, False, "加剧型", OV, "红色"),
    "990103": (False, True, True, "加剧型", CR, "黄色"),
    "990121": (True, False, True, "加剧型", CR, "黄色"),
    "990122": (False, False, True, "趋缓型", CR, "蓝色"),
    "990123": (False, False, False, "趋缓型", NO, "绿色"),
    "990124": (True, True, True, "加剧型", OV, "红色"),
    "990125": (False, True, False, "趋缓型", OV, "橙色"),
    "990126": (False, True, True, "加剧型", NO, "绿色"),
}
# designed indices D, W/W0, G/G0, R, H (H = 0: only the class and the margin were designed)
_INDICES = {
    "990102": (0.12, 0.947, 0.55, 0.486, 0.0),
    "990103": (-0.60, 0.72, 0.60, -0.350, 0.0),
    "990121": (-0.55, 0.70, 0.50, -0.10, 0.0),
    "990122": (-0.60, 0.76, 0.947, -0.375, 0.0),
    "990123": (-0.55, 0.74, 0.75, -0.371, 0.0),
    "990124": (-0.15, 0.68, 0.70, -0.350, 0.075),
    "990125": (-0.70, 0.78, 0.84, -0.375, 0.13),
    "990126": (-0.70, 0.62, 0.50, -0.400, 0.0),
}
_NOTES = {
    "990103": "black-grey critical via water 重度 (Den>=800, L>=0.33); a 中度 air grade "
    "(>=120 days) cannot coexist with an annual PM2.5 <= 0.7*35",
    "990121": "env critical from lake TP (湖库 sections)",
    "990122": "cropland-quality rule unverified in the spec (grade improved 2020->2025)",
    "990123": "cropland-quality rule unverified in the spec (grade unchanged 2020->2025)",
    "990124": "grassland rule unverified in the spec (default 15-30 % -> critical); I_p = 0.22",
    "990125": "water overload from 严重超采 flag alone; eco-function rule unverified in the spec "
    "(index declines 8 %)",
    "990126": "eco-function rule unverified in the spec (index stable)",
}
_FIELDS = (
    ("land", "water", "env", "eco", "special", "bg_air", "bg_water"),
    ("eff", "emis", "ecoq", "trend", "load", "warn"),
    ("D", "W", "G", "R", "H"),
)
DESIGN = {
    code: {
        **dict(zip(_FIELDS[0], _CLASSES[code], strict=True)),
        **dict(zip(_FIELDS[1], _OUTCOME[code], strict=True)),
        **dict(zip(_FIELDS[2], _INDICES[code], strict=True)),
        "note": _NOTES.get(code, ""),
    }
    for code in _CLASSES
}

# Margins the design keeps (not rules of the method): every index at least MARGIN (relative,
# absolute MARGIN * MARGIN_FLOOR around 0) from every threshold of its rule, annual rates at least
# RATE_MARGIN percentage points from the national rate, and the "不超载" counties further inside.
MARGIN, MARGIN_FLOOR, RATE_MARGIN = 0.05, 0.1, 0.9
QUIET = dict(D=-0.4, W=0.8, G=0.8, R=-0.3, H=0.03)

DESIGN_HEADER = [
    "行政区划代码",
    "名称",
    "主体功能区",
    "农产品主产区类型",
    "是否核心城市主城区",
    "土地资源",
    "土地资源压力指数D设计值",
    "水资源",
    "用水总量/控制指标设计值",
    "地下水/控制指标设计值",
    "环境",
    "污染物浓度超标指数R设计值",
    "生态",
    "生态系统健康度H设计值",
    "专项评价类型",
    "专项评价",
    "黑灰指数大气分级",
    "黑灰指数水分级",
    "资源利用效率",
    "污染物排放强度",
    "生态质量",
    "耗损类型",
    "超载类型",
    "预警等级",
    "备注",
]


def _worse(flag: bool) -> str:
    return "趋差" if flag else "趋良"


def design_rows() -> list[list]:
    rows = []
    for c in COUNTIES:
        d = DESIGN[c["code"]]
        rows.append(
            [
                c["code"],
                c["name"],
                c["mfz"],
                c["agri"],
                c["core"],
                d["land"],
                f"{d['D']:.3f}",
                d["water"],
                f"{d['W']:.3f}",
                f"{d['G']:.3f}",
                d["env"],
                f"{d['R']:.3f}",
                d["eco"],
                f"{d['H']:.3f}",
                special_name(c["mfz"], c["agri"]),
                d["special"],
                d["bg_air"],
                d["bg_water"],
                _worse(d["eff"]),
                _worse(d["emis"]),
                _worse(d["ecoq"]),
                d["trend"],
                d["load"],
                d["warn"],
                d["note"],
            ]
        )
    return rows
