"""The sample city's 2025 case for the report tests: the city's result rows
built from the sample's designed results (sample_data/design.csv, the
values the demo's evaluation reproduces), the history, the county's
self-assessment, targets and observations (sample_data_actions/)."""

import csv
import datetime
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
ACTIONS = os.path.join(ROOT, "cc_warning_plugin", "sample_data_actions")
C = {"超载": "overload", "临界超载": "critical", "不超载": "none"}
T = {"加剧型": "worsening", "趋缓型": "easing"}
W = {"红色": "red", "橙色": "orange", "黄色": "yellow", "蓝色": "blue", "绿色": "green"}
S = {
    "水气环境黑灰指数": "black_grey",
    "耕地质量变化指数": "cropland_quality",
    "草原草畜平衡指数": "grassland_balance",
    "生态系统功能指数": "eco_function",
}
ELEMENT_NAMES = {"land": "土地资源", "water": "水资源", "env": "环境", "eco": "生态"}


def read_csv(path):
    with open(path, encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def city_rows():
    out = []
    for d in read_csv(os.path.join(SAMPLE, "design.csv")):
        r = {
            "行政区划代码": d["行政区划代码"],
            "名称": d["名称"],
            "trend_eval_year": 2025,
            "land_index": float(d["土地资源压力指数D设计值"]),
            "land_class": C[d["土地资源"]],
            "water_index": max(
                float(d["用水总量/控制指标设计值"]), float(d["地下水/控制指标设计值"])
            ),
            "water_class": C[d["水资源"]],
            "water_r_total": float(d["用水总量/控制指标设计值"]),
            "water_r_gw": float(d["地下水/控制指标设计值"]),
            "water_overdraft": "severe" if d["行政区划代码"] == "990125" else "none",
            "env_index": float(d["污染物浓度超标指数R设计值"]),
            "env_class": C[d["环境"]],
            "eco_index": float(d["生态系统健康度H设计值"]),
            "eco_class": C[d["生态"]],
            "special_type": S[d["专项评价类型"]],
            "special_class": C[d["专项评价"]],
            "load_type": C[d["超载类型"]],
            "trend_type": T[d["耗损类型"]],
            "warning_level": W[d["预警等级"]],
        }
        over = [
            ELEMENT_NAMES[k]
            for k in ("land", "water", "env", "eco")
            if r[f"{k}_class"] == "overload"
        ]
        crit = [
            ELEMENT_NAMES[k]
            for k in ("land", "water", "env", "eco")
            if r[f"{k}_class"] == "critical"
        ]
        r["cause"] = (
            "".join(
                ([f"超载：{'；'.join(over)}（指数 {r['land_index']:.3f}）。"] if over else [])
                + ([f"临界超载：{'；'.join(crit)}。"] if crit else [])
            )
            or "各要素均不超载。"
        )
        out.append(r)
    return out


def county_rows():
    return read_csv(os.path.join(ACTIONS, "county_self_assessment_2025.csv"))


def history():
    return read_csv(os.path.join(ACTIONS, "warning_history.csv"))


ISSUED = datetime.date(2026, 3, 1)
