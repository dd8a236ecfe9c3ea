#!/usr/bin/env python3
"""Benchmark of the quality control of station records
(cc_warning_plugin.core.monitoring.quality_control).

Generates one year of hourly values of N air stations × 6 pollutants
(SO2, NO2, PM10, PM2.5, CO, O3) in the long format the QC takes, ordered as
an import of wide hourly files gives them (station, hour, pollutant: the QC
has to sort), with faults at small rates (empty and negative values, values
above the range, repeated and conflicting records, flat lines, spikes,
gaps). Then, each in a fresh process on the same data:

  (a) quality_control(): the plugin's vectorised QC;
  (b) a plain pandas loop over ``groupby([station, pollutant])`` applying
      the same rules to each series with pandas operations (what one
      writes by hand), codes checked against (a).

Prints the times, the ratio (b)/(a) and the peak resident memory of each
process during the QC (the data included; the resident size before the QC
is printed too).

    /usr/bin/python3 scripts/benchmark_qc.py                      # 1,500 stations
    /usr/bin/python3 scripts/benchmark_qc.py --stations 100
    /usr/bin/python3 scripts/benchmark_qc.py --loop-stations 150  # (b) on a share, scaled

Only for measuring: the machine should be otherwise quiet.
"""

import argparse
import json
import os
import gc
import subprocess
import sys
import time

import numpy as np
import pandas as pd

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

POLLUTANTS = ["so2", "no2", "pm10", "pm25", "co", "o3"]
LEVEL = {"so2": 12.0, "no2": 30.0, "pm10": 70.0, "pm25": 40.0, "co": 0.8, "o3": 70.0}
NOISE = {"so2": 3.0, "no2": 6.0, "pm10": 12.0, "pm25": 8.0, "co": 0.12, "o3": 12.0}


def _block(rs, first: int, stations: int, total: int, hours: int) -> pd.DataFrame:
    """Stations first … first + stations - 1, ordered by station, hour,
    pollutant, with faults."""
    n_pol = len(POLLUTANTS)
    t0 = np.datetime64("2025-01-01T00:00", "ns")
    hour = np.arange(hours, dtype=np.int64)
    st = np.repeat(np.arange(first, first + stations, dtype=np.int16), hours * n_pol)
    hr = np.tile(np.repeat(hour, n_pol), stations)
    po = np.tile(np.arange(n_pol, dtype=np.int8), stations * hours)
    is_co = po == POLLUTANTS.index("co")
    value = np.array([LEVEL[p] for p in POLLUTANTS])[po]
    value *= 1.0 + 0.3 * np.cos(2 * np.pi * ((hr % 24) - 15) / 24.0)
    value += rs.normal(0.0, 1.0, len(st)) * np.array([NOISE[p] for p in POLLUTANTS])[po]
    np.maximum(value, np.where(is_co, 0.1, 1.0), out=value)
    value = np.where(is_co, np.round(value, 1), np.round(value))
    n = len(value)
    # faults: empty 0.3 %, negative 0.05 %, above range 0.01 %, spikes 0.02 %
    value[rs.randint(0, n, n // 330)] = np.nan
    value[rs.randint(0, n, n // 2000)] = -1.0
    value[rs.randint(0, n, n // 10000)] = 5000.0
    spikes = rs.randint(0, n, n // 5000)
    value[spikes] = value[spikes] * 10 + 400
    # flat lines: 1 in 20 series gets 30 hours stuck at 33
    for s in rs.choice(stations * n_pol, max(1, stations * n_pol // 20), replace=False):
        k, p = divmod(int(s), n_pol)
        start = rs.randint(0, hours - 30)
        value[k * hours * n_pol + (start + np.arange(30)) * n_pol + p] = 33.0
    keep = np.ones(n, dtype=bool)
    # gaps: 1 in 10 stations loses 6 hours of every pollutant
    for k in rs.choice(stations, max(1, stations // 10), replace=False):
        start = rs.randint(0, hours - 6)
        keep[k * hours * n_pol + start * n_pol : k * hours * n_pol + (start + 6) * n_pol] = False
    names = [f"S{k:05d}" for k in range(total)]
    return pd.DataFrame(
        {
            "station_id": pd.Categorical.from_codes(st[keep], names),
            "time": t0 + hr[keep] * np.int64(3600 * 10**9),
            "pollutant": pd.Categorical.from_codes(po[keep], POLLUTANTS),
            "value": value[keep],
        }
    )


def generate(stations: int, hours: int, seed: int = 12, block: int = 100) -> pd.DataFrame:
    """Long frame ordered by station, hour, pollutant, with faults; records
    sent twice (same value) and again with another value at the end."""
    rs = np.random.RandomState(seed)
    parts = [
        _block(rs, a, min(block, stations - a), stations, hours) for a in range(0, stations, block)
    ]
    n = sum(len(p) for p in parts)
    extra = []
    for k, m in ((0, max(1, n // 20000)), (5.0, max(1, n // 50000))):
        rows = np.sort(rs.randint(0, n, m))
        offsets = np.cumsum([0] + [len(p) for p in parts])
        picked = [
            parts[i].iloc[rows[(rows >= offsets[i]) & (rows < offsets[i + 1])] - offsets[i]]
            for i in range(len(parts))
        ]
        sent = pd.concat(picked, ignore_index=True)
        sent["value"] = sent["value"] + k
        extra.append(sent)
    return pd.concat(parts + extra, ignore_index=True)


def rss_mib(field: str = "VmRSS") -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> None:
    """Reset the peak resident size (VmHWM) of this process (Linux)."""
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")


def loop_qc(df: pd.DataFrame, profile) -> np.ndarray:
    """The same rules as a plain pandas loop over the series: returns the
    code of each record (index of cc_warning_plugin.core.monitoring.CODES)
    and counts the day-validity and annual findings."""
    from cc_warning_plugin.core.monitoring import CODES
    from cc_warning_plugin.core.monitoring.series import pollutant_entry

    cfg = profile.get("monitoring")
    val = cfg["validity"]
    order = cfg["codes"]["record_order"]
    valid_of = {c: cfg["codes"][c]["valid"] for c in CODES}
    min_days = profile.get("elements.environment.stations.min_valid_days")
    out = np.zeros(len(df), dtype=np.int8)
    n_findings = 0
    for (_sid, pol), g in df.groupby(["station_id", "pollutant"], sort=False, observed=True):
        g = g.sort_values("time", kind="stable")
        _, entry = pollutant_entry(profile, "air", pol)
        v, t = g["value"], g["time"]
        slot = t.dt.floor("h")
        missing = v.isna()
        negative = v < 0
        above = v > entry["range_max"]
        has = ~missing
        vh, kh = v[has], slot[has]
        first = vh.groupby(kh).transform("first")
        conflict_h = (vh != first).groupby(kh).transform("any")
        conflict = conflict_h.reindex(g.index, fill_value=False)
        duplicate = (kh.duplicated() & ~conflict_h).reindex(g.index, fill_value=False)
        cand = ~(missing | negative | above | conflict | duplicate)
        vc = v[cand]
        run = (vc != vc.shift()).cumsum()
        n_flat = entry.get("flat_records", {}).get(
            "hour", cfg["flat_line"]["records"].get("hour", 0)
        )
        flat = ((vc.groupby(run).transform("size") >= n_flat) & (n_flat > 0)).reindex(
            g.index, fill_value=False
        )
        d = vc.diff().abs()
        jump = ((d > entry["jump_step"]) & (d > entry["jump_ratio"] * vc.shift().abs())).reindex(
            g.index, fill_value=False
        )
        masks = {
            "missing": missing,
            "negative": negative,
            "above_range": above,
            "conflict": conflict,
            "duplicate": duplicate,
            "flat_line": flat,
            "jump": jump,
        }
        code = pd.Series(0, index=g.index, dtype=np.int8)
        for c in reversed(order):
            code[masks[c].to_numpy()] = CODES.index(c)
        out[g.index.to_numpy()] = code.to_numpy()
        valid = code.map(lambda c: valid_of[CODES[c]]).astype(bool)
        use = valid & has & ~duplicate
        day = slot.dt.floor("D")
        if entry["daily"] == "mean":
            n_valid = use.groupby(day).sum()
            good = n_valid >= val["daily_min_hours"]
        else:
            hourly = v.where(use).groupby(slot).first()
            hourly = hourly.reindex(
                pd.date_range(
                    hourly.index.min().floor("D"),
                    hourly.index.max().floor("D") + pd.Timedelta(hours=23),
                    freq="h",
                )
            )
            roll = hourly.rolling(
                val["o3_window_hours"], min_periods=val["o3_window_min_hours"]
            ).mean()
            ends = roll[roll.index.hour >= val["o3_first_window_end"] - 1]
            n_win = ends.notna().groupby(ends.index.floor("D")).sum()
            good = (n_win >= val["o3_min_windows"]) | (
                ends.groupby(ends.index.floor("D")).max()
                > profile.get("standards.air.gb3095_2012.limits.o3_8h_p90")
            )
            good = good[good.index.isin(day.unique())]
        n_findings += int((~good).sum())
        days = good[good].index
        per_month = (
            pd.Series(1, index=days).groupby(days.month).sum().reindex(range(1, 13), fill_value=0)
        )
        mins = np.full(12, val["month_min_days"])
        mins[1] = val["february_min_days"]
        n_findings += int((per_month.to_numpy() < mins).sum()) + int(len(days) < min_days)
        n_findings += int((slot.drop_duplicates().diff() > pd.Timedelta(hours=1)).sum())
    return out, n_findings


def child(mode: str, stations: int, hours: int, loop_stations: int) -> dict:
    from cc_warning_plugin.core.monitoring import CODES, quality_control
    from cc_warning_plugin.core.profile import load_profile

    profile = load_profile()
    t0 = time.perf_counter()
    df = generate(stations, hours)
    gen_s = time.perf_counter() - t0
    data_mb = df.memory_usage(deep=True).sum() / 2**20
    gc.collect()
    res = {
        "mode": mode,
        "records": len(df),
        "generate_s": gen_s,
        "data_mib": data_mb,
        "gen_peak_mib": rss_mib("VmHWM"),
    }
    reset_peak()
    res["rss_before_mib"] = rss_mib()
    if mode == "vectorised":
        c0 = time.process_time()
        t0 = time.perf_counter()
        qc = quality_control(df, profile)
        res["seconds"] = time.perf_counter() - t0
        res["cpu_s"] = time.process_time() - c0
        codes = qc.records["qc_code"].cat.codes.to_numpy()
        res["findings"] = len(qc.findings)
        res["by_code"] = {c: int((codes == i).sum()) for i, c in enumerate(CODES)}
        np.save(os.environ["QC_BENCH_CODES"], codes)
    else:
        sub = df
        if loop_stations < stations:
            keep = df["station_id"].cat.codes.to_numpy() < loop_stations
            sub = df[keep].reset_index(drop=True)
        c0 = time.process_time()
        t0 = time.perf_counter()
        codes, n_find = loop_qc(sub, profile)
        res["seconds"] = time.perf_counter() - t0
        res["cpu_s"] = time.process_time() - c0
        res["loop_records"] = len(sub)
        res["findings_day_year_gap"] = n_find
        ref = np.load(os.environ["QC_BENCH_CODES"])
        if loop_stations < stations:
            ref = ref[keep]
        res["codes_agree"] = bool((ref == codes).all())
        res["codes_differ"] = int((ref != codes).sum())
    res["peak_rss_mib"] = rss_mib("VmHWM")
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stations", type=int, default=1500)
    ap.add_argument("--hours", type=int, default=8760)
    ap.add_argument(
        "--loop-stations",
        type=int,
        default=None,
        help="run (b) on the first K stations only and scale its time by N/K",
    )
    ap.add_argument("--child", choices=["vectorised", "loop"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    loop_stations = args.loop_stations or args.stations
    if args.child:
        print(json.dumps(child(args.child, args.stations, args.hours, loop_stations)))
        return 0
    os.makedirs(os.path.join(REPO, "output"), exist_ok=True)
    env = dict(
        os.environ,
        QC_BENCH_CODES=os.path.join(REPO, "output", "benchmark_qc_codes.npy"),
        PYTHONPATH=REPO,
    )
    results = {}
    for mode in ("vectorised", "loop"):
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                mode,
                "--stations",
                str(args.stations),
                "--hours",
                str(args.hours),
                "--loop-stations",
                str(loop_stations),
            ],
            capture_output=True,
            text=True,
            env=env,
        )
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            return proc.returncode
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
    a, b = results["vectorised"], results["loop"]
    scale = args.stations / loop_stations
    b_full = b["seconds"] * scale
    print(
        f"stations {args.stations}, hours {args.hours}, pollutants {len(POLLUTANTS)}: "
        f"{a['records']:,} records ({a['data_mib']:.0f} MiB as a frame; generated in "
        f"{a['generate_s']:.1f} s)"
    )
    print(
        f"(a) quality_control: {a['seconds']:.1f} s (CPU {a['cpu_s']:.1f} s), "
        f"peak RSS during the QC {a['peak_rss_mib']:.0f} MiB (before it, data held: "
        f"{a['rss_before_mib']:.0f} MiB), {a['findings']:,} findings"
    )
    print("    codes: " + ", ".join(f"{k} {v:,}" for k, v in a["by_code"].items()))
    note = (
        ""
        if scale == 1
        else (
            f" on {loop_stations} stations, × {scale:g} = {b_full:.1f} s "
            f"(CPU × {scale:g} = {b['cpu_s'] * scale:.1f} s)"
        )
    )
    print(
        f"(b) pandas groupby loop: {b['seconds']:.1f} s (CPU {b['cpu_s']:.1f} s){note}, "
        f"peak RSS during the loop {b['peak_rss_mib']:.0f} MiB (before it "
        f"{b['rss_before_mib']:.0f} MiB); record codes agree with (a): "
        f"{b['codes_agree']} ({b['codes_differ']} differ)"
    )
    print(f"(b)/(a): {b_full / a['seconds']:.1f} (CPU time: {b['cpu_s'] * scale / a['cpu_s']:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
