"""The eight county-level units of 示范市 and their townships: codes, names, 主体功能区, and the
hand-placed seeds, weights and seats the administrative geometry is built from."""

from __future__ import annotations

MFZ_OPT, MFZ_KEY = "优化开发区域", "重点开发区域"
MFZ_AGRI, MFZ_ECO = "农产品主产区", "重点生态功能区"

# code, name, English name, 主体功能区, 农产品主产区类型, 核心城市主城区
_IDENTITY = [
    ("990102", "城关区", "Chengguan District", MFZ_OPT, "", 1),
    ("990103", "东港区", "Donggang District", MFZ_KEY, "", 0),
    ("990121", "湖滨县", "Hubin County", MFZ_KEY, "", 0),
    ("990122", "南川县", "Nanchuan County", MFZ_AGRI, "种植业", 0),
    ("990123", "平原县", "Pingyuan County", MFZ_AGRI, "种植业", 0),
    ("990124", "河湾县", "Hewan County", MFZ_AGRI, "牧业", 0),
    ("990125", "北岭县", "Beiling County", MFZ_ECO, "", 0),
    ("990126", "西山县", "Xishan County", MFZ_ECO, "", 0),
]
# power-diagram seed (km), weight (km^2), county seat (km), urban radius (km)
_LAYOUT = {
    "990102": ((33.0, 25.5), -75.0, (33.2, 25.2), 4.6),
    "990103": ((50.5, 23.0), 0.0, (48.6, 21.0), 2.6),
    "990121": ((45.0, 8.0), 0.0, (42.3, 10.6), 1.9),
    "990122": ((24.0, 9.0), 0.0, (24.5, 10.5), 1.6),
    "990123": ((50.0, 38.5), 0.0, (49.0, 38.0), 1.7),
    "990124": ((9.0, 40.0), 0.0, (12.3, 38.7), 1.1),
    "990125": ((29.0, 41.5), 0.0, (30.6, 35.6), 1.0),
    "990126": ((8.0, 18.0), 0.0, (15.8, 15.4), 1.1),
}
_KEYS = ("code", "name", "en", "mfz", "agri", "core", "seed", "w", "seat", "r_urban")
COUNTIES = [dict(zip(_KEYS, row + _LAYOUT[row[0]], strict=True)) for row in _IDENTITY]
CODES = [c["code"] for c in COUNTIES]
BY_CODE = {c["code"]: c for c in COUNTIES}

TOWNSHIPS = {
    "990102": ["东关街道", "西关街道", "南门街道", "北门街道"],
    "990103": ["港口街道", "新港街道", "临河镇", "双桥镇"],
    "990121": ["湖滨镇", "莲塘镇", "芦湾乡", "青石乡"],
    "990122": ["南川镇", "稻香镇", "清河乡", "柳林乡", "石桥乡"],
    "990123": ["平原镇", "麦丰镇", "东河乡", "杨庄乡", "高庄乡"],
    "990124": ["河湾镇", "草原乡", "白沙乡"],
    "990125": ["北岭镇", "松林乡", "石门乡", "龙潭乡"],
    "990126": ["西山镇", "云峰乡", "竹坪乡", "鹰嘴乡"],
}


def township_code(county: str, name: str, k_street: int, k_town: int, k_xiang: int) -> str:
    """County code plus three digits: 0xx 街道, 1xx 镇, 2xx 乡."""
    if name.endswith("街道"):
        return f"{county}{k_street:03d}"
    if name.endswith("镇"):
        return f"{county}{100 + k_town:03d}"
    return f"{county}{200 + k_xiang:03d}"
