"""The optional [zoning] profile section: the default has it, a complete
profile written without it gets the default's, and mistakes are named."""

import re
import textwrap

import pytest

from cc_warning_plugin.core.errors import ProfileError
from cc_warning_plugin.core.profile import builtin_path, load_profile
from cc_warning_plugin.core.zoning.config import ZoningConfig

import zoning_testdata as td


def default_text():
    with open(builtin_path("default"), encoding="utf-8") as fh:
        return fh.read()


def without_zoning(text):
    """The default profile with every [zoning…] table removed (a complete
    copy, not an ``extends`` file)."""
    out, skip = [], False
    for line in text.splitlines():
        m = re.match(r"^\[\[?([^\]]+)\]", line)
        if m:
            skip = m.group(1).split(".")[0] == "zoning"
        if not skip:
            out.append(line)
    return "\n".join(out) + "\n"


def test_default_has_the_section_with_its_tags():
    cfg = ZoningConfig.from_profile()
    assert cfg.classes == ["1", "2", "3"] and cfg.precedence == ["1", "2", "3"]
    assert cfg.class_label("1", "zh") == "优先保护单元"
    assert [cfg.dimension_field(d) for d in cfg.dimensions] == [
        "KJBJYS",
        "PWWPFGK",
        "HJFXFK",
        "ZYKFXLYQ",
    ]
    assert cfg.field("code") == "HJZHGKDYBM" and cfg.field("class") == "ZHGKDYFL"
    assert cfg.verdicts[0] == "mismatch" and cfg.verdicts[-1] == "not_applicable"
    data = load_profile().data["zoning"]
    for name in (
        "classes",
        "delineation",
        "slivers",
        "tolerances",
        "codes",
        "fields",
        "dimensions",
        "verdicts",
        "scopes",
        "attributes",
        "layers",
        "compare",
        "industry_sections",
    ):
        assert data[name]["tag"], name
    assert "unverified" in data["slivers"]["tag"] and "unverified" in data["codes"]["tag"]
    assert cfg.env_key_classes == ["overload", "critical"]
    assert "unverified" in data["delineation"]["env_key_tag"]
    assert cfg.make_code("990102", "990102001", "2", 7) == "ZH99010220007"
    assert cfg.code_admin("ZH99010220007") == "990102"


def test_complete_profile_without_the_section_gets_the_default(tmp_path):
    path = tmp_path / "old_bureau.toml"
    path.write_text(without_zoning(default_text()), encoding="utf-8")
    p = load_profile(str(path))
    assert "zoning" in p.filled_sections
    assert p.data["zoning"] == load_profile().data["zoning"]


def write_changed(tmp_path, old, new):
    text = default_text()
    assert old in text
    path = tmp_path / "p.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "old, new, key, words",
    [
        (
            'precedence = ["1", "2", "3"]',
            'precedence = ["1", "2"]',
            "zoning.delineation.precedence",
            "every class code",
        ),
        (
            'format = "ZH{admin}{cls}{seq:04d}"',
            'format = "ZH{admin}{kind}{seq:04d}"',
            "zoning.codes.format",
            "{kind}",
        ),
        (
            'format = "ZH{admin}{cls}{seq:04d}"',
            'format = "ZH{admin}{cls}{seq:05d}"',
            "zoning.codes.pattern",
            "does not accept the code ZH990102100001",
        ),
        (
            'order = ["mismatch", "undetermined", "partial", "match", "not_applicable"]',
            'order = ["mismatch", "partial", "match", "not_applicable"]',
            "zoning.verdicts.order",
            "the five verdicts",
        ),
        (
            "min_unit_area_m2 = 10000.0",
            "min_unit_area_m2 = -1.0",
            "zoning.slivers.min_unit_area_m2",
            "at least 0",
        ),
        ('unit = "township_class"', 'unit = "county"', "zoning.delineation.unit", "one of"),
        ("A = [1, 5]", "A = [5, 1]", "zoning.industry_sections.A", "first ≤ last"),
        (
            'env_key_classes = ["overload", "critical"]',
            'env_key_classes = ["overload", "red"]',
            "zoning.delineation.env_key_classes[1]",
            "a class code of [load_classes]",
        ),
    ],
)
def test_mistakes_are_named(tmp_path, old, new, key, words):
    with pytest.raises(ProfileError) as err:
        load_profile(write_changed(tmp_path, old, new))
    assert err.value.key == key
    assert words in str(err.value)


def test_extends_can_change_one_zoning_value(tmp_path):
    path = tmp_path / "local.toml"
    path.write_text(
        textwrap.dedent("""\
        [profile]
        extends = "default"
        [zoning.slivers]
        min_unit_area_m2 = 2500.0
        """),
        encoding="utf-8",
    )
    cfg = ZoningConfig.from_profile(load_profile(str(path)))
    assert cfg.min_unit_area == 2500.0 and cfg.min_mean_width == 10.0


def test_zoning_core_imports_neither_qgis_nor_qt():
    import subprocess
    import sys

    code = (
        "import sys, pkgutil, importlib, cc_warning_plugin.core.zoning as z\n"
        "for m in pkgutil.iter_modules(z.__path__):\n"
        "    importlib.import_module('cc_warning_plugin.core.zoning.' + m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('qgis', 'PyQt5', 'sip')]\n"
        "print(bad)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=td.ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
