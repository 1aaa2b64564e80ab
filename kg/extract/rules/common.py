"""Helpers every rule finder shares: how a name may start (after punctuation, a stop
character or word), the level characters, the generic words that make a class of bodies,
and the lexicons they read."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.gazetteer import gazetteer
from kg.model import Mention
from kg.resources import lexicon

HAN = "\u3007\u4e00-\u9fff"  # with 〇, a numeral in names (三二〇一医院)

CN_NUM = "一二三四五六七八九十百千两双"


LEVEL = "省市区县州旗盟镇乡"

BODY_CHAR = re.compile(rf"[{HAN}\d()]")

# 原 (former) and 和 (and) stand before what they qualify or join; after a plain character,
# right before 镇 or 乡 (not 乡镇), they are the town's own: 燎原镇, 中原乡, 太和镇
TOWN_SECOND = re.compile("[原和][镇乡](?![镇乡村])")

COUNT = re.compile(r"[\d一二三四五六七八九十两几多数]+(?:家|个|所|批|类|种|座|次|部委|部)")

# Bodies that name a class of institutions, not one: 公立医院, 乡镇卫生院, 基层党组织.
GENERIC = re.compile(
    r"^(?:[省市区县镇乡村]?(?:级|直|属)?(?:公立|民营|定点|基层|乡镇|村级?|社区|各级|各类|综合|专科|"
    r"二级|三级|医疗|卫生|医疗卫生|医疗机构|下属|直属|所属|有关|相关|其他|上级|下级|机关|内设|职能|"
    r"业务|行政|主管|责任|牵头|配合|部分|个别|单位|临床|行政|科室|城市|农村|全科|专业|法治|平安|"
    r"家庭|联系|大型|综合性|委属|委直|委管|局属|局管|试点|上述|大部分|某家?|两|各|全|该|本|我|新|城乡|乡村|镇村|镇街|街镇|农村|区域|工作|"
    r"苏木|嘎查|贫困|非贫困|[省市县区]管|产权|公有产权|居住|镇办|乡办|村办|县域|医共体|医联体|紧密型|国家|国家级|省级|市级|县级|"
    r"不?达标|未达标|标准化|规范化|示范|合格|不合格|哨点|监测哨点|监测|地区|偏远|边远|区域中医|少数民族|民族|"
    r"智慧|智能|数字|数字化|互联网|乡|镇|村)*)$"
)

PLAIN_BODY = re.compile(rf"[{HAN}]+")

WHOLE = frozenset("全各该本我每等")  # 全镇, 各乡, 该村, 等乡镇: the whole, each or the rest, not a name


@lru_cache(maxsize=1)
def org_suffixes() -> tuple[dict[str, str], dict[str, str]]:
    """Cores (may end a name) and units (may extend one), each with the type it gives."""
    rows = lexicon("org_suffixes")
    return ({r[0]: r[1] for r in rows if r[2] == "core"}, {r[0]: r[1] for r in rows if r[2] == "unit"})


@lru_cache(maxsize=1)
def stop_chars() -> tuple[frozenset[str], frozenset[str]]:
    words = [r[0] for r in lexicon("org_stops")]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


@lru_cache(maxsize=1)
def level_blockers() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon("level_blockers")}


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Words of names that end in a stop character: 北京协和医院 (和: and), data/lexicons/name_words.tsv."""
    return frozenset(r[0] for r in lexicon("name_words"))


@lru_cache(maxsize=1)
def stop_word_regex() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(stop_chars()[1], key=len, reverse=True))))


def is_boundary(s: str, i: int) -> bool:
    """True when a name may start at `i`: after punctuation, a stop character or word."""
    if i <= 0:
        return True
    single, double = stop_chars()
    c = s[i - 1]
    if s[max(0, i - 2):i] in name_words():
        return False
    if c == "届" and s[i - 2:i - 1] in CN_NUM:  # 十三届师市党委: the term, then the body
        return True
    if TOWN_SECOND.match(s, i - 1) and s[i - 2] not in single and s[i - 2] not in LEVEL and is_boundary(s, i - 2):
        return False  # 向燎原镇卫生院, 在太和镇卫生院: 原 and 和 inside a town's name
    return not BODY_CHAR.match(c) or c in single or s[max(0, i - 2):i] in double \
        or s[max(0, i - 3):i] in double


def is_division(name: str) -> bool:
    g = gazetteer()
    return name in g.by_short or name in g.by_name


def make_mention(type_: str, s: str, start: int, end: int, value: str, key: str | None = None) -> Mention:
    return Mention(type_, s[start:end], start, end, value, key or f"{type_}|{value}")
