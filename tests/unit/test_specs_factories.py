"""The helpers that declare a repeated parameter, output or spec once: what
they build is what each algorithm declares."""

from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.specs import actions, dual, ecology, methods, zoning
from cc_warning_plugin.specs.factories import reported_numbers
from cc_warning_plugin.specs.shared import GRID, PROFILE, PROVENANCE, REFERENCE


def test_reported_numbers_end_with_the_provenance():
    outputs = reported_numbers(("A", "first"), ("B", "second"))
    assert [(o.name, o.kind, o.label) for o in outputs[:-1]] == [
        ("A", "number", "first"),
        ("B", "number", "second"),
    ]
    assert outputs[-1] is PROVENANCE
    assert reported_numbers() == (PROVENANCE,)


def test_grid_factor_specs_name_their_level_raster_as_the_algorithm():
    for spec in (
        dual.LAND_AGRI,
        dual.LAND_URBAN,
        dual.HEAT,
        dual.COMFORT,
        dual.AGRI_SUITABILITY,
        dual.URBAN_SUITABILITY,
    ):
        assert spec.param("OUTPUT").label == spec.name, spec.id
        assert spec.group == "dual_evaluation" and spec.doc == "dual_evaluation.md"
        names = [p.name for p in spec.params]
        grid_names = [p.name for p in GRID]
        start = names.index(grid_names[0])
        assert names[start : start + len(grid_names)] == grid_names, spec.id
        assert names[start + len(grid_names)] == PROFILE.name, spec.id


def test_suitability_specs_differ_only_by_the_climate_inputs():
    agri = {p.name for p in dual.AGRI_SUITABILITY.params}
    urban = {p.name for p in dual.URBAN_SUITABILITY.params}
    assert {"SILT", "PRECIPITATION", "CLIMATE"} <= agri - urban
    assert dual.AGRI_SUITABILITY.param("WATER").optional
    assert not dual.URBAN_SUITABILITY.param("WATER").optional


def test_carrying_scale_numbers_are_non_negative_and_shares_at_most_one():
    spec = dual.CARRYING_SCALE
    for name in ("AGRI_WATER_SHARE", "URBAN_WATER_SHARE"):
        p = spec.param(name)
        assert (p.default, p.minimum, p.maximum) == (1.0, 0.0, 1.0)
    for name, unit in (
        ("IRRIGATION_QUOTA", "m³/亩"),
        ("WATER_PER_PERSON", "m³/person/a"),
        ("LAND_PER_PERSON", "m²/person"),
    ):
        p = spec.param(name)
        assert (p.default, p.minimum, p.maximum, p.unit) == (0.0, 0.0, None, unit)


def test_reference_rasters_are_optional_variants_of_the_shared_one():
    for spec in (dual.WATER_AGRI, dual.FACTOR_GRADING, dual.COMFORT, methods.RAINFALL_EROSIVITY):
        p = spec.param("REFERENCE")
        assert p.kind == REFERENCE.kind and p.optional, spec.id
        assert p.help, spec.id


def test_service_and_vulnerability_specs_share_their_tail():
    for spec in (
        ecology.WATER_CONSERVATION,
        ecology.SOIL_CONSERVATION,
        ecology.SAND_FIXATION,
        ecology.BIODIVERSITY,
    ):
        assert spec.outputs == ecology.SERVICE_OUTPUTS, spec.id
        assert {"GRADING", "MANUAL_BREAKS", "SERVICE", "OUTPUT"} <= {p.name for p in spec.params}
    for spec in (
        ecology.SOIL_EROSION,
        ecology.ROCKY_DESERTIFICATION,
        ecology.DESERTIFICATION,
        ecology.SALINIZATION,
    ):
        assert spec.outputs == (PROVENANCE,), spec.id
        assert spec.param("OUTPUT").style == "dual.classes.vulnerability"
        assert spec.rules(load_profile()), spec.id


def test_zoning_unit_fields_follow_their_layer():
    for spec, parent in (
        (zoning.VALIDATE, "INPUT"),
        (zoning.COMPLIANCE, "UNITS"),
        (zoning.COMPARE, "NEW"),
    ):
        for name in ("UNIT_CODE_FIELD", "UNIT_CLASS_FIELD", "UNIT_COUNTY_FIELD"):
            assert spec.param(name).parent == parent, (spec.id, name)
    assert zoning.COMPARE.param("UNIT_CODE_FIELD").help != zoning.UNIT_CODE_FIELD.help
    assert zoning.VALIDATE.param("UNIT_CODE_FIELD").help == zoning.UNIT_CODE_FIELD.help


def test_report_files_make_the_pdf_by_default_unless_told():
    cross = actions.CROSS_CHECK
    report = actions.ANNUAL_REPORT
    assert not cross.param("OUTPUT_PDF").create_by_default
    assert report.param("OUTPUT_PDF").create_by_default
    for spec in (cross, report):
        assert spec.param("OUTPUT_HTML").file_filter == "HTML (*.html)"
        assert spec.param("OUTPUT_PDF").file_filter == "PDF (*.pdf)"


def test_catalogue_rules_name_code_kind_and_text():
    profile = load_profile()
    measures = profile.get("actions.measures")
    texts = [r.text for r in actions.measure_rules(profile)]
    for entry in measures:
        assert any(t.startswith(f"{entry['code']} (") for t in texts), entry["code"]
    reminders = profile.get("actions.reminders.rules")
    texts = [r.text for r in actions.reminder_rules(profile)]
    for rule in reminders:
        assert any(
            t.startswith(f"{rule['code']} (") and str(rule["deadline_days"]) in t for t in texts
        ), rule["code"]
