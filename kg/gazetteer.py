"""Administrative divisions of China with their GB/T 2260 codes and parents.

The data come from the `cpca` package's table of divisions (province, prefecture and
county level with codes), read as a file so that pandas is never imported; the
one-character short names (鄂 湖北, 豫 河南 …) come from `data/lexicons/region_abbr.tsv`.
"""
from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from kg.model import Region
from kg.resources import lexicon

_SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
             "省", "市", "区", "县", "旗", "盟")
# Two-character division words that, like 市 or 县, begin the short names of a region's
# own bodies in its reports: 林区人民医院 and 林区党委 in 神农架林区, 特区医院 in 六枝特区;
# 师市党委 and 师市卫生健康委 where a division of the Xinjiang Production and
# Construction Corps and its city are one administration (第八师石河子市).
OWN_LEVEL_WORDS = ("林区", "特区", "师市")
# Development zones that govern as a county or city does; their bodies and their Party
# working committees (党工委) are named after them: 示范区党工委, 高新区卫生健康局.
ZONE_WORDS = ("示范区", "高新区", "开发区", "经开区", "保税区", "新区")
# The Corps itself, province-level, writes its bodies 兵团X: 兵团党委, 兵团卫生健康委.
CORPS, CORPS_NAME = "兵团", "新疆生产建设兵团"


@lru_cache(maxsize=1)
def _ethnic() -> tuple[re.Pattern, re.Pattern]:
    """Names ending in the ethnic groups of their autonomy (data/lexicons/ethnic_groups.tsv):
    the first must be autonomous (新疆维吾尔自治区, 黔东南苗族侗族自治州), the second may
    be an ethnic district too (顺河回族区)."""
    groups = "|".join(sorted((r[0] for r in lexicon("ethnic_groups")), key=len, reverse=True))
    return (re.compile(rf"^(.{{2,}}?)(?:(?:{groups})族?)+自治(?:区|州|县|旗)$"),
            re.compile(rf"^(.{{2,}}?)(?:(?:{groups})族?)+(?:自治)?(区|县|旗|州)$"))


def short_name(name: str) -> str:
    """The usual short form: 湖北省 → 湖北, 恩施土家族苗族自治州 → 恩施; 杞县 stays 杞县."""
    m = _ethnic()[0].match(name)
    if m:
        return m.group(1)
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


_BANNER = re.compile(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]+?(?:([左右])翼)?([前中后左右])旗$")


def _common_form(name: str) -> str | None:
    """The form reports use for ethnic and autonomous divisions and for banners named
    by their position: 恩施土家族苗族自治州 → 恩施州, 长白朝鲜族自治县 → 长白县,
    科尔沁右翼前旗 → 科右前旗, 土默特左旗 → 土左旗."""
    m = _ethnic()[1].match(name)
    if m and not name.endswith("自治区"):
        return m.group(1) + m.group(2)
    m = _BANNER.match(name)
    if m:
        return m.group(1) + (m.group(2) or "") + m.group(3) + "旗"
    return None


def _data_file() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package is missing; run: pip install -e .")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@dataclass(frozen=True)
class Gazetteer:
    by_code: dict[str, Region]
    by_name: dict[str, tuple[Region, ...]]
    by_short: dict[str, tuple[Region, ...]]
    abbr: dict[str, Region]

    def lookup(self, name: str, within: Region | None = None) -> Region | None:
        """The division called `name` (full or short), preferring those inside `within`."""
        cands = self.by_name.get(name) or self.by_short.get(name) or self.renamed(name)
        if not cands:
            return None
        if len(cands) > 1 and within is not None:
            inside = [c for c in cands if is_within(c, within)]
            if inside:
                cands = tuple(inside)
        if len(cands) > 1:
            top = [c for c in cands if c.level in ("province", "city")]
            if len(top) == 1:
                return top[0]
            return None if within is None else cands[0]
        return cands[0]

    def renamed(self, name: str) -> tuple[Region, ...]:
        """A county that became a city or a district after the table was made: 海安市 is
        the table's 海安县 (a name ending in 市 or 区 whose stem is only a county's). A
        county named with its 县 that became a district (沙县区) is in the data file:
        县区 is also a word (各县区, 健康县区), and 新区 a zone's (雄安新区 holds no 安新县 renamed)."""
        if len(name) < 3 or name[-1] not in "市区" or name.endswith(("县区", "新区")):
            return ()
        return tuple(r for r in self.by_short.get(name[:-1], ()) if r.level == "county" and r.name.endswith("县"))

    def parent(self, region: Region) -> Region | None:
        """The division directly above `region`."""
        if region.level == "province":
            return None
        if region.level == "city":
            return self.by_code.get(region.code[:2] + "0000")
        return self.by_code.get(region.code[:4] + "00") or self.by_code.get(region.code[:2] + "0000")

    def names(self) -> list[str]:
        return list(self.by_name)


def is_within(region: Region, other: Region) -> bool:
    """True when `region` is `other` or lies inside it."""
    if other.level == "province":
        return region.code[:2] == other.code[:2]
    if other.level == "city":
        return region.code[:4] == other.code[:4]
    return region.code == other.code


def _level(code: str, name: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "district" if name.endswith("区") else "county"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded once."""
    rows = []
    with _data_file().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"][:6], row["name"].strip()
            if name and name not in _SKIP and code.isdigit():
                rows.append((code, name))
    names = dict(rows)
    by_code: dict[str, Region] = {}
    for code, name in rows:
        level = _level(code, name)
        prov = names.get(code[:2] + "0000") if level != "province" else None
        city = names.get(code[:4] + "00") if level in ("district", "county") else None
        by_code[code] = Region(name=name, code=code, level=level, province=prov, city=city)
    by_name: dict[str, list[Region]] = {}
    by_short: dict[str, list[Region]] = {}
    for r in [*by_code.values(), *_named_since(by_code)]:
        by_name.setdefault(r.name, []).append(r)
        alias = _common_form(r.name)
        if alias and alias != r.name:
            by_name.setdefault(alias, []).append(r)
        s = short_name(r.name)
        if s != r.name and len(s) >= 2:
            by_short.setdefault(s, []).append(r)
    abbr = {}
    for a, name, *_ in lexicon("region_abbr"):
        found = by_name.get(name)
        if found:
            abbr[a] = found[0]
    return Gazetteer(
        by_code=by_code,
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_short={k: tuple(v) for k, v in by_short.items()},
        abbr=abbr,
    )


def _named_since(by_code: dict[str, Region]) -> list[Region]:
    """Divisions named since the table was made (data/lexicons/divisions_renamed.tsv): 叙州区,
    the table's 宜宾县, under its code; 钱塘区, made of parts of others, under its own (added
    to `by_code`)."""
    was = {r.name: r for r in by_code.values()}
    out = []
    for now, before in lexicon("divisions_renamed"):
        level = "district" if now.endswith("区") else "county"
        if before.isdigit():
            city, prov = by_code[before[:4] + "00"], by_code[before[:2] + "0000"]
            by_code[before] = Region(name=now, code=before, level=level, province=prov.name, city=city.name)
            out.append(by_code[before])
        elif before in was:
            out.append(replace(was[before], name=now, level=level))
    return out


_LEADING = re.compile(r"^(?:中共|中国共产党)?")


def region_of(body: str, within: Region | None = None) -> Region | None:
    """The division a body's name starts with: 中共雁峰区卫生健康局党组 → 雁峰区.

    Full names are tried before short ones, longest first.
    """
    g = gazetteer()
    name = _LEADING.sub("", body)
    for table in (g.by_name, g.by_short):
        for n in range(min(len(name), 12), 1, -1):
            if name[:n] in table:
                found = g.lookup(name[:n], within)
                if found is not None and (now := _now_called(found, name[:n + 1])):
                    return now  # 宁乡市…, 沙县区…: the table's 宁乡县 and 沙县, by the names they have now
                if found is not None:  # 重庆市渝北区…, 湖南省长沙市…: the deepest division named
                    return deepest(name, n, found)[0]
                if table is g.by_name:
                    return None  # 朝阳区 is Beijing's or Changchun's, never 朝阳 (a city of Liaoning)
    return None


def _now_called(region: Region, name: str) -> Region | None:
    """`region` under the name the text gives it when that is a county's renaming as a
    city or district (宁乡县 → 宁乡市), else None."""
    if region.level == "county" and region.name.endswith("县") and region in gazetteer().renamed(name):
        return replace(region, name=name, level="district" if name.endswith("区") else "county")
    return None


def deepest(name: str, n: int, outer: Region) -> tuple[Region, int]:
    """`outer` is named by name[:n]; the division named last in the chain that follows
    (岳麓区 in 湖南省长沙市岳麓区…), and where its name starts."""
    start = 0
    while True:
        rest = name[n:]
        found = next(((r, k) for k in range(min(len(rest), 12), 1, -1) for r in _divisions_named(rest[:k])
                      if r.code != outer.code and is_within(r, outer)), None)
        if found is None:
            return outer, start
        outer, start, n = found[0], n, n + found[1]


def _divisions_named(name: str) -> tuple[Region, ...]:
    """The divisions whose full name is `name`, or that the table knows by an older one
    (长沙市宁乡市, 三明市沙县区: the table's 宁乡县 and 沙县)."""
    g = gazetteer()
    return g.by_name.get(name, ()) or tuple(filter(None, (_now_called(r, name) for r in g.renamed(name))))
