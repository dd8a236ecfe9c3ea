"""The whole 2016 chain on one set of inputs: the four basic elements, the
special evaluation of each unit's type, the trend, the load type, the
warning level and the cause. Two phases, so that every table is checked
before the algorithm starts overlays: :meth:`Chain.prepare` joins and checks
the tables, :meth:`Chain.run` evaluates (with the overlay results)."""

from dataclasses import dataclass, field
from typing import Callable, Dict, Iterator, List, Optional

from ..i18n import tr
from ..profile import Profile
from . import ecology, environment, integration, land, special, stations, trend, water
from .common import NOT_EVALUATED, Field
from .rows import SPILL_ROWS, PackedDicts, SpilledDicts
from .units import Source, Units, has_year_columns, join_units, period_year, resolve_periods


#: units evaluated at a time by :meth:`Chain.run_chunks`
CHUNK = 1000


def chain_fields(profile: Profile) -> List[Field]:
    out: List[Field] = []
    for part in (
        land.output_fields(),
        water.output_fields(),
        environment.output_fields(profile),
        ecology.output_fields(),
        special.output_fields(),
        trend.output_fields(),
        integration.output_fields(),
    ):
        out += [f for f in part if f not in out]
    return out


def input_fields(profile: Profile) -> List[str]:
    names = (
        ["year"]
        + land.INPUT_FIELDS
        + water.INPUT_FIELDS
        + environment.input_fields(profile)
        + ecology.input_fields(profile)
        + special.all_input_fields()
        + trend.INPUT_FIELDS
    )
    return list(dict.fromkeys(names))


@dataclass
class Chain:
    profile: Profile
    units_src: Source
    tables: List[Source]
    base_tables: List[Source] = field(default_factory=list)
    air_standard: Optional[str] = None
    water_aggregation: Optional[str] = None
    land_method: Optional[str] = None
    allow_partial: bool = False
    #: {unit code: series trend record} of the 生态质量 series (optional;
    #: core/series/process.py): replaces the two-year ecology rate
    ecology_series: Optional[Dict[str, Dict]] = None
    # set by prepare()
    units: Optional[Units] = None
    base: Optional[Units] = None
    base_year: Optional[int] = None
    eval_year: Optional[int] = None
    national: Dict[str, float] = field(default_factory=dict)
    air: Optional[stations.AirStats] = None
    sections: Optional[tuple] = None
    warnings: List[str] = field(default_factory=list)
    values: Dict[str, list] = field(default_factory=dict)
    #: the 主体功能区 key of each unit (special.unit_zone), read by prepare()
    zones: List[Optional[str]] = field(default_factory=list)
    #: (the sections tuple they were read for, the sections by unit code),
    #: set by check_sections()
    _sections_read: Optional[tuple] = field(default=None, repr=False)

    def prepare(
        self,
        *,
        national_table: Optional[Source] = None,
        national_params: Optional[Dict[str, float]] = None,
        base_year: Optional[int] = None,
        eval_year: Optional[int] = None,
        air_daily: Optional[Source] = None,
        station_unit: Optional[Dict[str, str]] = None,
        sections: Optional[Source] = None,
        section_unit: Optional[Dict[str, str]] = None,
        section_obs: Optional[Source] = None,
    ) -> None:
        """Join and check every table (raises InputError naming the table,
        row and field at fault)."""
        p = self.profile
        fields = input_fields(p)
        ev_tables = list(self.tables)
        if has_year_columns(self.units_src):
            ev_tables.insert(0, self.units_src)
        ev, bs = resolve_periods(ev_tables, self.base_tables)
        self.units = join_units(self.units_src, ev, fields)
        self.eval_year = (
            period_year([self.units_src] + ev, tr("evaluation-year tables")) or eval_year
        )
        if bs:
            self.base = join_units(self.units_src, bs, fields, unit_values=False, like=self.units)
            self.base_year = period_year(bs, tr("base-year tables")) or base_year
            trend.check_years(self.base_year, self.eval_year)
            national = {}
            if national_table is not None:
                national = trend.read_national(national_table, p, self.base_year, self.eval_year)
            national.update({k: v for k, v in (national_params or {}).items() if v is not None})
            trend.check_national(p, national)
            self.national = national
        # every unit's values read (and so checked) now, kept column by column
        self.values = {
            "land": self._read(lambda part: land.read_land(part)),
            "water": self._read(lambda part: water.read_water(part, p)),
            "eco": self._read(lambda part: ecology.read_ecology(part, p)),
        }
        zones = special.zone_lookup(p)
        self.zones = [special.unit_zone(p, u, zones) for u in self.units.units]
        std = self.air_standard or p.get("elements.environment.air_standard")
        self.air_standard = std
        if air_daily is not None:
            self.air = stations.air_statistics(
                air_daily, station_unit or {}, self.units.codes, p, std, self.eval_year
            )
        if sections is not None:
            means = None
            if section_obs is not None:
                listed = environment.section_rows(sections, p, section_unit)[0]
                means = stations.section_means(
                    section_obs,
                    [r["section_id"] for r in listed],
                    p.get("elements.environment.water_pollutants"),
                    self.eval_year,
                )
            rows, row_ids = environment.section_rows(sections, p, section_unit, means)
            self.sections = (rows, row_ids, sections.name)

    def check_sections(self) -> None:
        """Read and check the water sections (:attr:`sections`) against all
        units now, and keep them by unit code for :meth:`run_chunks`; the
        section rows are let go (:attr:`sections` keeps the layer name)."""
        if self.sections is None or self.sections[0] is None:
            return
        by_unit = environment.unit_sections(self.units, self.profile, self.sections)
        self.sections = (None, None, self.sections[2])
        self._sections_read = (self.sections, by_unit)

    def absent_columns(
        self, landuse: bool = False, suitability: bool = False, degradation: bool = False
    ) -> Dict[str, List[str]]:
        """Input fields found in no table, per element (overlays given replace
        the fields they compute). Their units are not evaluated."""
        p = self.profile
        method = self.land_method or p.get("elements.land.method")
        wanted = {
            "land": ([] if landuse else ["constr_land_area", "eval_land_area"])
            + (["land_threshold_l0"] if method == "pressure" and not suitability else []),
            "water": list(water.INPUT_FIELDS),
            "eco": []
            if degradation
            else ["eval_land_area"] + list(p.get("elements.ecology.degradation_types")),
            "special": ["mfz_type"],
            "trend": list(trend.INPUT_FIELDS) if self.base is not None else [],
        }
        out = {}
        for element, names in wanted.items():
            missing = [n for n in names if not self.units.has(n)]
            if element == "trend":
                missing = [n for n in names if not self.units.has(n) or not self.base.has(n)]
            if missing:
                out[element] = missing
        return out

    def run(
        self,
        land_values: Optional[List[Dict]] = None,
        land_sources: Optional[Dict[str, str]] = None,
        eco_overlay: Optional[Dict[str, Dict]] = None,
        progress: Optional[Callable[[float], None]] = None,
    ) -> List[Dict]:
        """Evaluate every unit; returns one dict of output fields per unit."""
        return [
            row
            for rows in self.run_chunks(land_values, land_sources, eco_overlay, progress)
            for row in rows
        ]

    def run_chunks(
        self,
        land_values: Optional[List[Dict]] = None,
        land_sources: Optional[Dict[str, str]] = None,
        eco_overlay: Optional[Dict[str, Dict]] = None,
        progress: Optional[Callable[[float], None]] = None,
        size: int = CHUNK,
    ) -> Iterator[List[Dict]]:
        """Evaluate the units ``size`` at a time, in their order; yields the
        output rows of each chunk (as :meth:`run` gives them), so that the
        results of 38,000 townships need not be held at once. Every unit is
        evaluated on its own (the water sections, the base-year units and
        the station statistics are looked up by unit code), so the rows are
        those of one evaluation of all units."""
        p, ap = self.profile, self.allow_partial
        step = progress or (lambda _: None)
        land_values = land_values or self.values["land"]
        base = self.base
        n = len(self.units.units)
        # the base-year units of a chunk: by position where both joins have
        # the codes of one unit layer (join_units(like=…)), else by code
        same_codes = base is not None and base.codes is self.units.codes
        base_index = (
            {c: i for i, c in enumerate(base.codes)} if base is not None and not same_codes else {}
        )
        days = environment.exceed_days(self.units, self.air)
        sections_by_unit = None
        if self._sections_read is not None and self._sections_read[0] is self.sections:
            sections_by_unit = self._sections_read[1]
        results_name = tr("results")
        no_base = None
        zones = self.zones if len(self.zones) == n else None
        chunks = max(1, -(-n // size))
        for c, a in enumerate(range(0, max(n, 1), size)):
            b = min(n, a + size)
            part = self._part(self.units, a, b)
            base_part = None
            if base is not None:
                base_part = Units(
                    base.layer,
                    base.units[a:b]
                    if same_codes
                    else [
                        base.units[base_index[u.code]] for u in part.units if u.code in base_index
                    ],
                    base.found,
                    base.unmatched,
                    base.tables,
                )

            def done(f, c=c):
                step((c + f) / chunks)

            results = {
                "land": land.evaluate_land(
                    part, land_values[a:b], p, self.land_method, ap, land_sources
                )
            }
            done(0.15)
            results["water"] = water.evaluate_water(part, self.values["water"][a:b], p, ap)
            done(0.3)
            if self.sections is not None and sections_by_unit is None:
                sections_by_unit = environment.unit_sections(self.units, p, self.sections)
            results["env"] = environment.evaluate_env(
                part,
                p,
                air=self.air,
                sections=self.sections,
                air_standard=self.air_standard,
                water_aggregation=self.water_aggregation,
                allow_partial=ap,
                sections_by_unit=sections_by_unit,
            )
            done(0.45)
            results["eco"] = ecology.evaluate_ecology(
                part, self.values["eco"][a:b], p, eco_overlay, ap
            )
            done(0.6)
            results["special"] = special.evaluate_special(
                part,
                p,
                base=base_part,
                days=days,
                allow_partial=ap,
                zones=zones[a:b] if zones is not None else None,
            )
            done(0.75)
            if base is not None:
                results["trend"] = trend.evaluate_trend(
                    part, base_part, p, self.national, self.base_year, self.eval_year
                )
                if self.ecology_series is not None:
                    from ..series.process import apply_series_ecology, national_ecology_rate

                    apply_series_ecology(
                        results["trend"],
                        part.codes,
                        self.ecology_series,
                        p,
                        national_ecology_rate(p, self.national),
                    )
            else:
                if no_base is None:
                    no_base = {
                        "trend_type": NOT_EVALUATED,
                        "trend_label": trend.trend_label(p, NOT_EVALUATED),
                        "trend_note": tr("no base-year table was given"),
                    }
                results["trend"] = [dict(no_base) for _ in part.units]
            done(0.85)
            merged: List[Dict] = [
                {**la, **wa, **en, **ec, **sp, **tr_}
                for la, wa, en, ec, sp, tr_ in zip(
                    *(results[k] for k in ("land", "water", "env", "eco", "special", "trend"))
                )
            ]
            del results
            joined = part.with_values(merged, results_name)
            final = integration.integrate(joined, p, zones[a:b] if zones is not None else None)
            for row, extra in zip(merged, final):
                row.update(extra)
            done(1.0)
            yield merged

    def _read(self, read: Callable[[Units], List[Dict]]) -> PackedDicts:
        """``read`` (read_land …) of every unit, :data:`CHUNK` units at a
        time, in their order (so a value at fault is found where a read of
        all units finds it)."""
        n = len(self.units.units)
        out = SpilledDicts() if n > SPILL_ROWS else PackedDicts()
        for a in range(0, n, CHUNK):
            out.extend(read(self._part(self.units, a, min(n, a + CHUNK))))
        return out

    @staticmethod
    def _part(units: Units, a: int, b: int) -> Units:
        """Units ``a`` to ``b`` (the whole join's fields and tables)."""
        if a == 0 and b == len(units.units):
            return units
        return Units(units.layer, units.units[a:b], units.found, units.unmatched, units.tables)
