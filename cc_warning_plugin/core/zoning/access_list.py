"""The 生态环境准入清单 as data: clauses with a scope (总体准入要求, a class of
units, or one unit), a dimension, the clause text and an optional
machine-checkable condition (:mod:`.conditions`).

Formats (docs/zoning.md, "The list format"): a table (xlsx or CSV, Chinese
or English headers) with one clause per row, or TOML::

    [list]
    name = "示范市生态环境准入清单"
    version = "2025"
    date = "2025-06-30"

    [[clauses]]
    id = "Z01"
    scope = "总体准入要求"
    dimension = "空间布局约束"
    text = "……"
    condition = "outside eco_redline"

An xlsx workbook may carry the name, version and date on a sheet named
清单信息 (or "info"): one row per item, name in the first column, value in
the second.

Import checks (all problems of a file are reported together, each with its
row): empty scope, dimension or text; unknown unit code; unknown dimension;
malformed condition.
"""

import csv
import io
import os
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence

from ..errors import InputError
from ..i18n import tr
from .conditions import Condition, ConditionError, parse
from .config import ZoningConfig, cell_text

#: table headers by role, first = the one written
HEADERS = {
    "id": ["编号", "条款编号", "序号", "id"],
    "scope": ["适用范围", "管控单元", "单元编码", "范围", "scope"],
    "dimension": ["维度", "管控维度", "清单维度", "dimension"],
    "text": ["条款", "准入要求", "管控要求", "要求", "text"],
    "condition": ["条件", "判定条件", "condition"],
}
INFO_SHEETS = ("清单信息", "info")
INFO_KEYS = {
    "name": ["名称", "清单名称", "name"],
    "version": ["版本", "version"],
    "date": ["日期", "发布日期", "date"],
}
MAX_LISTED = 20


@dataclass
class Clause:
    id: str
    row: str  # where it came from, for messages ("row 5")
    scope_kind: str  # "overall", "class", "unit"
    scope: str  # "" / class code / unit code
    dimension: str  # dimension key of the profile
    text: str
    condition_text: str = ""
    condition: Optional[Condition] = None

    def applies_to(self, unit_classes: Iterable[str], unit_codes: Iterable[str]) -> bool:
        if self.scope_kind == "overall":
            return True
        if self.scope_kind == "class":
            return self.scope in set(unit_classes)
        return self.scope in set(unit_codes)


@dataclass
class AccessList:
    name: str
    version: str
    date: str
    source: str
    clauses: List[Clause] = field(default_factory=list)

    def describe(self) -> str:
        parts = [self.name or os.path.basename(self.source)]
        if self.version:
            parts.append(tr("version {v}").format(v=self.version))
        if self.date:
            parts.append(self.date)
        return ", ".join(parts)


def _match_headers(headers: Sequence[str], source: str) -> Dict[str, str]:
    found: Dict[str, str] = {}
    lower = {str(h).strip().lower(): h for h in headers if h is not None}
    for role, names in HEADERS.items():
        for n in names:
            if n.lower() in lower:
                found[role] = lower[n.lower()]
                break
    missing = [HEADERS[r][0] for r in ("scope", "dimension", "text") if r not in found]
    if missing:
        raise InputError(
            tr(
                "{source}: the list has no column {missing} (found: {found}). The "
                "headers are 适用范围, 维度, 条款 and optionally 编号 and 条件 (or "
                "scope, dimension, text, id, condition)."
            ).format(
                source=source, missing=", ".join(missing), found=", ".join(str(h) for h in headers)
            )
        )
    return found


def clauses_from_rows(
    rows: Sequence[dict],
    config: ZoningConfig,
    source: str,
    row_labels: Optional[Sequence[str]] = None,
    unit_codes: Optional[Iterable[str]] = None,
    name: str = "",
    version: str = "",
    date: str = "",
) -> AccessList:
    """Check and parse clause rows (dicts keyed by header). ``unit_codes``:
    the codes of the units the list is for; without them a unit scope only
    has to look like a unit code."""
    rows = list(rows)
    labels = (
        list(row_labels)
        if row_labels
        else [tr("row {n}").format(n=i + 1) for i in range(len(rows))]
    )
    headers = list(rows[0].keys()) if rows else [h for hs in HEADERS.values() for h in hs[:1]]
    hmap = _match_headers(headers, source)
    known = set(unit_codes) if unit_codes is not None else None
    numbers = [k for k, v in config.attributes.items() if v["kind"] == "number"]
    sections = config.industry_sections
    problems: List[str] = []
    clauses: List[Clause] = []
    ids = set()
    for i, row in enumerate(rows):
        where = labels[i]
        get = lambda role, row=row: cell_text(row.get(hmap[role])) if role in hmap else ""  # noqa: E731
        scope_text, dim_text, text = get("scope"), get("dimension"), get("text")
        cond_text, cid = get("condition"), get("id") or str(i + 1)
        if not (scope_text or dim_text or text or cond_text):
            continue  # a blank line
        if cid in ids:
            problems.append(tr("{row}: clause id {id} appears twice").format(row=where, id=cid))
        ids.add(cid)
        if not scope_text:
            problems.append(tr("{row}: the scope (适用范围) is empty").format(row=where))
            continue
        if scope_text in config.overall_scope_words:
            kind, scope = "overall", ""
        elif config.parse_class(scope_text) is not None:
            kind, scope = "class", config.parse_class(scope_text)
        else:
            kind, scope = "unit", scope_text
            if known is not None and scope_text not in known:
                problems.append(
                    tr("{row}: unit code {code} is not a unit of the unit layer").format(
                        row=where, code=scope_text
                    )
                )
            elif known is None and not config.code_pattern.match(scope_text):
                problems.append(
                    tr(
                        "{row}: the scope {scope!r} is neither 总体准入要求, a unit "
                        "class nor a unit code (pattern {pattern})"
                    ).format(row=where, scope=scope_text, pattern=config.code_pattern.pattern)
                )
        dim = config.parse_dimension(dim_text)
        if dim is None:
            problems.append(
                tr("{row}: unknown dimension {dim!r} (use {known})").format(
                    row=where,
                    dim=dim_text,
                    known=", ".join(config.dimension_label(d, "zh") for d in config.dimensions),
                )
            )
        if not text:
            problems.append(tr("{row}: the clause text (条款) is empty").format(row=where))
        cond = None
        if cond_text:
            try:
                cond = parse(cond_text, numbers, sections)
            except ConditionError as exc:
                problems.append(
                    tr("{row}: the condition {cond!r} is malformed: {why}").format(
                        row=where, cond=cond_text, why=exc
                    )
                )
        clauses.append(Clause(cid, where, kind, scope, dim or "", text, cond_text, cond))
    if problems:
        more = (
            tr(" … and {n} more").format(n=len(problems) - MAX_LISTED)
            if len(problems) > MAX_LISTED
            else ""
        )
        raise InputError(
            tr(
                "{source}: the access list cannot be used: {problems}{more}. Fix "
                "these rows and load it again (docs/zoning.md explains the "
                "format)."
            ).format(source=source, problems="; ".join(problems[:MAX_LISTED]), more=more)
        )
    if not clauses:
        raise InputError(tr("{source}: the access list has no clauses.").format(source=source))
    return AccessList(name, version, date, source, clauses)


def _read_csv(path: str):
    with open(path, "rb") as fh:
        raw = fh.read()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError(
            tr("{path}: the file is neither UTF-8 nor GBK text. Save it as UTF-8 CSV.").format(
                path=path
            )
        )
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    labels = [tr("row {n}").format(n=i + 2) for i in range(len(rows))]
    return rows, labels, {}


def _read_xlsx(path: str):
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(
            tr("{path}: the workbook cannot be read ({detail}).").format(path=path, detail=exc)
        ) from exc
    info: Dict[str, str] = {}
    sheet = None
    for ws in wb.worksheets:
        if ws.title in INFO_SHEETS:
            for r in ws.iter_rows(values_only=True):
                if r and r[0] is not None and len(r) > 1:
                    key = cell_text(r[0])
                    for k, names in INFO_KEYS.items():
                        if key in names:
                            info[k] = cell_text(r[1])
        elif sheet is None:
            sheet = ws
    if sheet is None:
        raise InputError(tr("{path}: the workbook has no sheet of clauses.").format(path=path))
    values = list(sheet.iter_rows(values_only=True))
    wb.close()
    if not values:
        raise InputError(tr("{path}: sheet {sheet} is empty.").format(path=path, sheet=sheet.title))
    header = [cell_text(h) for h in values[0]]
    rows = [{h: v for h, v in zip(header, r) if h} for r in values[1:]]
    labels = [
        tr("sheet {sheet}, row {n}").format(sheet=sheet.title, n=i + 2) for i in range(len(rows))
    ]
    return rows, labels, info


def _read_toml(path: str):
    import tomllib

    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            tr("{path} is not valid TOML: {detail}.").format(path=path, detail=exc)
        ) from exc
    return list_from_dict(data, path)


def list_from_dict(data: dict, source: str):
    """Rows, row labels and list information of a TOML-style mapping
    (``[list]`` and ``[[clauses]]``, e.g. a section of a profile)."""
    clauses = data.get("clauses")
    if not isinstance(clauses, list) or not all(isinstance(c, dict) for c in clauses):
        raise InputError(
            tr(
                "{source}: expected [[clauses]] tables (one per clause with scope, "
                "dimension, text and optionally id and condition)."
            ).format(source=source)
        )
    info = {
        k: cell_text(v)
        for k, v in (data.get("list") or {}).items()
        if k in ("name", "version", "date")
    }
    labels = [tr("clause {n}").format(n=i + 1) for i in range(len(clauses))]
    return clauses, labels, info


def load_access_list(
    path: str,
    config: ZoningConfig,
    unit_codes: Optional[Iterable[str]] = None,
    name: Optional[str] = None,
    version: Optional[str] = None,
    date: Optional[str] = None,
) -> AccessList:
    """Read and check a list from .xlsx, .csv or .toml. ``name``,
    ``version``, ``date`` override what the file says."""
    if not os.path.isfile(path):
        raise InputError(tr("The access list {path} does not exist.").format(path=path))
    ext = os.path.splitext(path)[1].lower()
    if ext == ".csv":
        rows, labels, info = _read_csv(path)
    elif ext in (".xlsx", ".xlsm"):
        rows, labels, info = _read_xlsx(path)
    elif ext == ".toml":
        rows, labels, info = _read_toml(path)
    else:
        raise InputError(
            tr("{path}: an access list is read from .xlsx, .csv or .toml.").format(path=path)
        )
    return clauses_from_rows(
        rows,
        config,
        os.path.basename(path),
        labels,
        unit_codes,
        name if name is not None else info.get("name", ""),
        version if version is not None else info.get("version", ""),
        date if date is not None else info.get("date", ""),
    )


# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------
def clause_rows(al: AccessList, config: ZoningConfig) -> List[dict]:
    """The clauses as rows with the Chinese headers."""
    out = []
    for c in al.clauses:
        if c.scope_kind == "overall":
            scope = config.overall_scope_words[0]
        elif c.scope_kind == "class":
            scope = config.class_label(c.scope, "zh")
        else:
            scope = c.scope
        out.append(
            {
                HEADERS["id"][0]: c.id,
                HEADERS["scope"][0]: scope,
                HEADERS["dimension"][0]: config.dimension_label(c.dimension, "zh"),
                HEADERS["text"][0]: c.text,
                HEADERS["condition"][0]: c.condition_text,
            }
        )
    return out


def _toml_str(s: str) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{s}"'


def save_access_list(al: AccessList, path: str, config: ZoningConfig) -> None:
    """Write the list as .csv (UTF-8 with BOM), .xlsx (with a 清单信息 sheet)
    or .toml; written to a temporary file, then renamed."""
    import tempfile

    ext = os.path.splitext(path)[1].lower()
    rows = clause_rows(al, config)
    header = [HEADERS[r][0] for r in ("id", "scope", "dimension", "text", "condition")]
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(suffix=ext, prefix=".list-", dir=folder)
    os.close(fd)
    try:
        if ext == ".csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                w = csv.DictWriter(fh, header, lineterminator="\n")
                w.writeheader()
                w.writerows(rows)
        elif ext == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook()
            ws = wb.active
            ws.title = "准入清单"
            ws.append(header)
            for r in rows:
                ws.append([r[h] for h in header])
            info = wb.create_sheet(INFO_SHEETS[0])
            info.append([INFO_KEYS["name"][0], al.name])
            info.append([INFO_KEYS["version"][0], al.version])
            info.append([INFO_KEYS["date"][0], al.date])
            wb.save(tmp)
        elif ext == ".toml":
            lines = [
                "[list]",
                f"name = {_toml_str(al.name)}",
                f"version = {_toml_str(al.version)}",
                f"date = {_toml_str(al.date)}",
                "",
            ]
            for r in rows:
                lines.append("[[clauses]]")
                for key, role in (
                    ("id", "id"),
                    ("scope", "scope"),
                    ("dimension", "dimension"),
                    ("text", "text"),
                    ("condition", "condition"),
                ):
                    value = r[HEADERS[role][0]]
                    if value or key != "condition":
                        lines.append(f"{key} = {_toml_str(value)}")
                lines.append("")
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines))
        else:
            raise InputError(
                tr("{path}: an access list is written as .xlsx, .csv or .toml.").format(path=path)
            )
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def unit_dimension_texts(
    al: AccessList, cls: str, code: str, config: ZoningConfig
) -> Dict[str, str]:
    """The text of a unit's four dimension fields: the clauses for its class
    and for its code (not the 总体准入要求, which hold for every unit), one
    per line."""
    out = {}
    for dim in config.dimensions:
        texts = [
            c.text
            for c in al.clauses
            if c.dimension == dim
            and (
                (c.scope_kind == "class" and c.scope == cls)
                or (c.scope_kind == "unit" and c.scope == code)
            )
        ]
        out[dim] = "\n".join(texts)
    return out


def fill_dimensions(units, al: AccessList, config: ZoningConfig) -> None:
    """Set the four dimension texts of every unit (:class:`delineate.Unit`)
    from the list (:func:`unit_dimension_texts`)."""
    for u in units:
        u.dimensions = unit_dimension_texts(al, u.cls, u.code, config)
