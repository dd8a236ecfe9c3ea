"""Sidecar tables kept beside the results until the monitoring database
holds them (remediation plans, consultation records): read and written as
.xlsx or .csv (UTF-8 with BOM, so Excel reads the Chinese; GBK accepted
when reading), written atomically. Pure Python (pandas, openpyxl)."""

import os
import uuid
from typing import Dict, List, Sequence, Tuple

from ..errors import InputError
from ..i18n import language, tr
from ..indicators import normalize_header
from ..table import row_id

EXTENSIONS = (".xlsx", ".csv")

#: A sidecar table's columns: canonical name → (zh header, en header).
Columns = Dict[str, Tuple[str, str]]

#: The first columns of every sidecar table: the evaluation unit.
UNIT_COLUMNS: Columns = {
    "unit_code": ("行政区划代码", "Unit code"),
    "unit_name": ("评价单元名称", "Unit name"),
}


def headers(columns: Columns) -> List[str]:
    """The column headers in the interface language."""
    i = 0 if language() == "zh" else 1
    return [v[i] for v in columns.values()]


def find_columns(
    rows: Sequence[dict], columns: Columns, required: Sequence[str], layer: str
) -> Dict[str, str]:
    """Canonical name → header of the rows, for the columns found under
    their zh, en or canonical name; a ``required`` one missing is an error."""
    row_headers = list(rows[0].keys()) if rows else []
    found = {}
    for key, (zh, en) in columns.items():
        for h in row_headers:
            if normalize_header(h) in (
                normalize_header(zh),
                normalize_header(en),
                normalize_header(key),
            ):
                found[key] = h
    for key in required:
        if key not in found:
            zh, en = columns[key]
            raise InputError(
                tr("{layer}: column '{zh}' ({en}) is missing.").format(layer=layer, zh=zh, en=en)
            )
    return found


def free_text(value) -> str:
    """Free text of a cell as written (no normalisation: full-width
    punctuation stays)."""
    return "" if value is None else str(value).strip()


def _check_ext(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext not in EXTENSIONS:
        raise InputError(tr("{path}: a sidecar table must be .xlsx or .csv.").format(path=path))
    return ext


def read_rows(path: str) -> Tuple[List[dict], List[str]]:
    """Rows (header → value, empty cells as None) and row labels of a table
    file."""
    import pandas as pd

    ext = _check_ext(path)
    if not os.path.isfile(path):
        raise InputError(tr("Table {path} does not exist.").format(path=path))
    if ext == ".xlsx":
        df = pd.read_excel(path, dtype=object)
    else:
        try:
            df = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
        except UnicodeDecodeError:
            df = pd.read_csv(path, dtype=str, encoding="gbk", keep_default_na=False)
    df = df.astype(object).where(df.notna(), None)
    rows = [{str(k): (None if v == "" else v) for k, v in r.items()} for r in df.to_dict("records")]
    return rows, [row_id(i) for i in range(len(rows))]


def write_rows(path: str, headers: Sequence[str], rows: Sequence[Sequence]) -> str:
    """Write a table (a header line and rows of values) atomically."""
    import pandas as pd

    ext = _check_ext(path)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(
            tr("Cannot write {path}: the folder {folder} does not exist.").format(
                path=path, folder=folder
            )
        )
    df = pd.DataFrame([list(r) for r in rows], columns=list(headers))
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{uuid.uuid4().hex[:8]}.tmp{ext}")
    try:
        if ext == ".xlsx":
            df.to_excel(tmp, index=False)
        else:
            df.to_csv(tmp, index=False, encoding="utf-8-sig")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path
