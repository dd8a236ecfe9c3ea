"""Reminders (书面通知 / 约谈 / 公告) with deadlines, one letter per county,
and the remediation plan: task templates, the sidecar table round trip,
overdue detection and bad rows named. Expected values typed from the
default profile's rules."""

import datetime

import pytest

from cc_warning_plugin.core.actions.measures import evaluate_actions
from cc_warning_plugin.core.actions.reminders import (
    add_months,
    letters,
    load_plan,
    overdue,
    plan_tasks,
    read_plan,
    reminders,
    write_plan,
)
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.i18n import set_language
from cc_warning_plugin.core.profile import load_profile

from actions_cases import HISTORY, ROWS, row

D = datetime.date


@pytest.fixture(scope="module")
def profile():
    return load_profile()


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh")
    yield
    set_language("en")


def by_unit(items):
    out = {}
    for r in items:
        out.setdefault(r.unit_code, []).append((r.code, r.deadline))
    return out


def test_reminders_and_deadlines(profile):
    acts = evaluate_actions(ROWS, profile, HISTORY)
    got = by_unit(reminders(acts, profile, D(2026, 3, 1)))
    notice_o, notice_c = D(2026, 4, 30), D(2026, 5, 30)  # +60 and +90 days
    interview, public = D(2026, 3, 31), D(2026, 8, 28)  # +30 and +180 days
    assert got == {
        "A": [("N-OVERLOAD", notice_o), ("I-RED", interview)],
        "B": [("N-OVERLOAD", notice_o), ("I-RED", interview)],  # treated as red
        "C": [("N-CRITICAL", notice_c)],
        "D": [
            ("N-OVERLOAD", notice_o),
            ("I-RED", interview),
            ("I-PERSIST", interview),
            ("A-PERSIST", public),
        ],
        "F": [("N-CRITICAL", notice_c)],
        "G": [("N-CRITICAL", notice_c)],
    }


def test_one_letter_per_county(profile):
    rows = [
        row("990102001", "red", "overload", land="overload"),
        row("990102002", "yellow", "critical", water="critical"),
        row("990102003", "green", "none"),
        row("990121001", "blue", "critical", env="critical"),
    ]
    rows[0]["cause"] = "超载：土地资源（土地资源压力指数 0.120）。"
    acts = evaluate_actions(rows, profile)
    items = reminders(acts, profile, D(2026, 3, 1))
    out = letters(
        acts, items, profile, "示范市人民政府", D(2026, 3, 1), county_names={"990102": "城关区"}
    )
    assert [(x.county_code, x.county_name, x.kind) for x in out] == [
        ("990102", "城关区", "interview"),
        ("990121", "990121", "notice"),
    ]
    first = out[0]
    assert first.title == "关于城关区资源环境承载能力监测预警结果的约谈"
    assert first.deadline == D(2026, 3, 31)
    assert "2026年3月31日" in first.opening and first.opening.startswith("城关区人民政府")
    assert first.closing == "示范市人民政府　2026年3月1日"
    assert [ln.unit_code for ln in first.lines] == ["990102001", "990102002"]  # no green
    assert first.lines[0].causes.startswith("超载：土地资源")
    assert first.lines[0].measures[0].startswith("暂停新增建设用地指标审批")
    assert first.lines[0].reminders == [
        "书面通知：处于超载状态，编制治理工作方案（时间表、路线图）并报送",
        "约谈：红色预警，约谈地方政府主要负责人",
    ]
    assert first.unverified


def test_add_months_clamps_to_the_month_end():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 11, 15), 14) == D(2028, 1, 15)


def test_plan_tasks_overdue_and_round_trip(profile, tmp_path):
    acts = evaluate_actions(ROWS, profile, HISTORY)
    tasks = plan_tasks(acts, profile, D(2026, 1, 31))
    got = [(t.unit_code, t.department, t.deadline) for t in tasks]
    assert got == [
        ("A", "县级人民政府", D(2026, 7, 31)),
        ("A", "自然资源局", D(2027, 1, 31)),
        ("B", "县级人民政府", D(2026, 7, 31)),
        ("B", "生态环境局", D(2027, 1, 31)),
        ("D", "县级人民政府", D(2026, 7, 31)),
        ("D", "林业和草原局", D(2028, 1, 31)),
    ]
    tasks[0].status, tasks[0].done_on = "done", D(2026, 6, 1)
    tasks[2].status = "in_progress"
    late = overdue(tasks, profile, D(2026, 8, 1))
    assert [(t.unit_code, t.department) for t in late] == [
        ("B", "县级人民政府"),
        ("D", "县级人民政府"),
    ]
    for ext in ("xlsx", "csv"):
        path = str(tmp_path / f"plan.{ext}")
        write_plan(path, tasks, profile)
        back = load_plan(path, profile)
        assert [(t.unit_code, t.task, t.deadline, t.status, t.done_on) for t in back] == [
            (t.unit_code, t.task, t.deadline, t.status, t.done_on) for t in tasks
        ], ext


def test_plan_rows_with_bad_dates_or_statuses_are_named(profile):
    good = {"行政区划代码": "A", "任务": "x", "完成时限": "2026年6月30日", "状态": "推进中"}
    (t,) = read_plan([good], profile, "plan.xlsx")
    assert (t.deadline, t.status) == (D(2026, 6, 30), "in_progress")
    with pytest.raises(InputError) as err:
        read_plan([good, dict(good, 完成时限="2026-13-01")], profile, "plan.xlsx")
    assert (
        "plan.xlsx" in str(err.value)
        and "row 2" in str(err.value)
        and "2026-13-01" in str(err.value)
    )
    with pytest.raises(InputError) as err:
        read_plan([dict(good, 状态="进行")], profile, "plan.xlsx")
    assert "进行" in str(err.value) and "推进中" in str(err.value)
    with pytest.raises(InputError) as err:
        read_plan([{"行政区划代码": "A", "任务": "x"}], profile, "plan.xlsx")
    assert "完成时限" in str(err.value)
