"""Small results and histories shared by the action tests."""


def row(code, level, load, **classes):
    r = {
        "行政区划代码": code,
        "名称": f"单元{code}",
        "warning_level": level,
        "load_type": load,
        "trend_type": "worsening",
        "trend_eval_year": 2025,
    }
    r.update({f"{k}_class": v for k, v in classes.items()})
    return r


HISTORY = [
    {"unit_code": "A", "period": 2020, "warning_level": "orange", "load_type": "overload"},
    {"unit_code": "B", "period": 2020, "warning_level": "yellow", "load_type": "critical"},
    {"unit_code": "C", "period": 2020, "warning_level": "orange", "load_type": "overload"},
    {"unit_code": "D", "period": 2015, "warning_level": "orange", "load_type": "overload"},
    {"unit_code": "D", "period": 2020, "warning_level": "red", "load_type": "overload"},
    {"unit_code": "E", "period": 2015, "warning_level": "green", "load_type": "none"},
    {"unit_code": "E", "period": 2020, "warning_level": "green", "load_type": "none"},
    {"unit_code": "G", "period": 2020, "warning_level": "blue", "load_type": "critical"},
    # a later period than the result: not history of 2025
    {"unit_code": "E", "period": 2030, "warning_level": "red", "load_type": "overload"},
]

ROWS = [
    row("A", "red", "overload", land="overload", water="critical", env="none", eco="none"),
    row("B", "orange", "overload", land="none", water="none", env="overload", eco="none"),
    row("C", "blue", "critical", land="none", water="critical", env="none", eco="none"),
    row("D", "red", "overload", land="none", water="none", env="none", eco="overload"),
    row("E", "green", "none", land="none", water="none", env="none", eco="none"),
    row("F", "yellow", "critical", land="critical", water="none", env="none", eco="none"),
    row("G", "yellow", "critical", land="none", water="none", env="critical", eco="none"),
]
