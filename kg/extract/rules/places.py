"""Places: divisions from the gazetteer, and towns, townships, villages, streets and
zones by their suffixes in context."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.rules.common import (
    BODY_CHAR,
    CN_NUM,
    COUNT,
    GENERIC,
    HAN,
    LEVEL,
    PLAIN_BODY,
    TOWN_SECOND,
    WHOLE,
    is_boundary,
    is_division,
    level_blockers,
    make_mention,
    stop_chars,
    stop_word_regex,
)
from kg.gazetteer import gazetteer, is_within
from kg.model import Mention
from kg.resources import lexicon

# (?<=…): a suffix skipped inside a longer name must not hide the next (黄村 + 镇)
_PLACE_SUFFIX = re.compile(rf"(?<=[{HAN}])(?P<suf>街道|镇|乡|村|苏木|嘎查|经济技术开发区|高新技术产业开发区|经济开发区|开发区|经开区|高新区|工业园区|示范区|新区)")


# A regiment farm of the Xinjiang Production and Construction Corps, a township-level
# division named by its number in digits read one by one: 一四三团, 二二二团.
_REGIMENT = re.compile("(?<![一二三四五六七八九〇十百第])[一二三四五六七八九〇]{3}团(?![委员队伙购结体拜聚组长])")
_DIVISION_END = re.compile("[省市区县州旗盟]")
_SHORT_CONTEXT = re.compile(r"、|考察|调研|视察|检查|督导")


_WORD_AFTER_RENAMED = {"区": "域块间", "市": "场民值"}  # 区域, 市场: words, not a division's end


def _division_hits(s: str) -> list[tuple[int, int, str, bool]]:
    """Non-overlapping division names in `s`, as (start, end, name, full name?).

    Full names all end in 省/市/区/县/州/旗/盟, so only those positions are looked
    up (longest name first; overlaps go to the longer: 和龙华区 is 和 + 龙华区). Short
    names are common bigrams too (和顺, 会同), so they are looked up only where a
    short name can count: around 、 in lists, before 考察/调研, next to another name.
    """
    g = gazetteer()
    skip = _place_exclusions()
    by_name, by_short, double = g.by_name, g.by_short, stop_chars()[1]
    fulls = []
    for m in _DIVISION_END.finditer(s):
        end = m.end()
        may_be_renamed = m.group() in "市区" and (s[end:end + 1] or "。") not in _WORD_AFTER_RENAMED.get(m.group(), "")
        # 海安市 (once 海安县), but not 会同市南区 (会同: together with), nor 资源区域 (区域: a region)
        longest = 20 if s.startswith("自治", end - 3) else 9  # 积石山保安族东乡族撒拉族自治县
        for n in range(min(longest, end), 1, -1):
            cand = s[end - n:end]
            if (cand in by_name or (may_be_renamed and n >= 3 and (cand[:-1] in by_short or cand[:-1] in by_name)
                                    and cand[:-1] not in double and g.renamed(cand))) \
                    and cand not in skip and s[end - n - 1:end - n + 1] != "中共":  # 中共和县: not 共和县
                fulls.append((end - n, end, cand, True))
                break
    fulls.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken = bytearray(len(s) + 1)
    hits = []
    for h in fulls:
        if not any(taken[h[0]:h[1]]):
            taken[h[0]:h[1]] = b"\x01" * (h[1] - h[0])
            hits.append(h)
    context = {m.start() for m in _SHORT_CONTEXT.finditer(s)} | {m.end() for m in re.finditer("、", s)}
    beside = {at: h[2] for h in hits for at in h[:2]}  # a name found: a short one beside it must nest with it
    work = sorted(context | set(beside))
    while work:
        at = work.pop()
        for side in (((at - 3, at), (at - 2, at)), ((at, at + 3), (at, at + 2))):
            for a, b in side:
                name = s[max(0, a):b]
                if a >= 0 and name in g.by_short and name not in g.by_name and not any(taken[a:b]) \
                        and (at in context or _nested(g, name, beside[at])):  # 湖南长沙, not 会同临泉县
                    taken[a:b] = b"\x01" * (b - a)
                    hits.append((a, b, name, False))
                    beside[a] = beside[b] = name
                    work += [a, b]  # a name next to this one: 湖南长沙
                    break
    return sorted(hits)


def _nested(g, name: str, other: str) -> bool:
    """Whether some division called `name` lies inside one called `other`, or holds it."""
    ours, theirs = g.by_name.get(name) or g.by_short.get(name, ()), g.by_name.get(other) or g.by_short.get(other, ())
    return any(is_within(x, y) or is_within(y, x) for x in ours for y in theirs)


@lru_cache(maxsize=1)
def _place_exclusions() -> frozenset[str]:
    return frozenset(r[0] for r in lexicon("place_exclusions"))


_LIST_END = re.compile(rf"(?:等)?[\d{CN_NUM}]+(?:个|家|所|处)|等(?:地|省份?|市|县|区|地市|县区|区县)")  # 靖江、兴化两个储血点
_ROAD = re.compile("[东南西北中]?(?:路|大街|大道|街(?!道))")
_TOWN_INSTITUTION = re.compile("(?:中心)?卫生院|人民政府|党委")
_NEW_OPENS_AFTER = frozenset("对在向与和及到、,.:;()。\n ")
_FOLLOW_BLOCK = {"乡": "村镇级医里亲土用", "镇": "村级办化用", "村": "级医民务干庄落寨镇街", "苏木": "乡镇", "嘎查": "村"}


@lru_cache(maxsize=8)
def places(s: str) -> list[Mention]:
    """Divisions from the gazetteer and towns, villages, streets and zones by suffix.

    A short name (河北, 尉氏) counts before a level word, before another division,
    or in a list (尉氏、通许、祥符4个县区; 芜湖、阜阳等地) that holds a full name or ends
    in a count or 等地.
    """
    hits = _division_hits(s)
    out: dict[tuple[int, int], Mention] = {}
    starts = {h[0] for h in hits}
    i = 0
    while i < len(hits):
        j = i  # a list of names joined by 、
        while j + 1 < len(hits) and s[hits[j][1]:hits[j + 1][0]] == "、":
            j += 1
        group = hits[i:j + 1]
        listed = len(group) > 1 and (any(h[3] for h in group) or _LIST_END.match(s, group[-1][1]))
        for a, b, name, full in group:
            if full and len(name) == 2 and (not is_boundary(s, a) or _conjunction(s, a)):
                continue
            if not full and not (listed or _short_context(s, b) or b in starts):
                continue
            out[(a, b)] = make_mention("place", s, a, b, name)
        i = j + 1
    single, double = stop_chars()
    skip = _place_exclusions()
    taken = bytearray(len(s) + 1)
    for a, b in out:
        taken[a:b] = b"\x01" * (b - a)
    for m in _REGIMENT.finditer(s):
        out[m.span()] = make_mention("place", s, m.start(), m.end(), m.group())
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    ends = {b for _, b in out}  # a name right after another: 沂水县沂城街道, 龙家圈街道后朱村
    for m in _PLACE_SUFFIX.finditer(s):
        suf = m.group("suf")
        suffix_at = m.end() - len(suf)
        if s[m.end():m.end() + 1] and s[m.end()] in _FOLLOW_BLOCK.get(suf, "") \
                and not (suf in ("镇", "乡") and s.startswith("村卫生室", m.end())):
            continue  # 镇村, 乡级: a word; but 莲峰镇村卫生室 is the town's village clinics
        lengths = (2, 3, 4) if s[suffix_at - 1] != "族" else range(4, 10)  # 下谷坪土家族乡: a 民族乡
        if suf in ("乡", "镇") and _TOWN_INSTITUTION.match(s, m.end()):
            lengths = (*lengths, 5, 6)  # 扎库齐牛录乡卫生院: a long name, but its centre names it a town
            if suffix_at > 1 and not BODY_CHAR.match(s[suffix_at - 2]) and s[suffix_at - 1] not in "城乡村集古小重名市县":
                lengths = (1,)  # 、彭镇卫生院: a town of one character after a list's mark (not 城镇, 集镇 …)
        a = next((suffix_at - n for n in lengths if suffix_at - n >= 0 and
                  (suffix_at - n in ends or is_boundary(s, suffix_at - n))), None)
        if a is not None and suf in ("乡", "镇") and suffix_at - a == 2 and s[a - 1:a] == "新" \
                and (a < 2 or s[a - 2] in _NEW_OPENS_AFTER):
            a -= 1  # 对新城铺镇卫生院: after a preposition or a mark, 新 opens the town's name
        if a is None or any(taken[a:m.end()]):
            continue
        body, name = s[a:suffix_at], s[a:m.end()]
        if not PLAIN_BODY.fullmatch(body) or (suf == "村" and _ROAD.match(s, m.end())):
            continue  # 、韩村: a list's mark is no name; 韩村北路: a road named after a village
        # 对和平镇, 为那坡镇, 、和平镇, ，新政镇: after a stop or a list's mark, a name may open
        # with a stop character, and with 新 after punctuation
        if len(body) == 2 and TOWN_SECOND.match(s, a + 1) and body[0] not in single and body[0] not in LEVEL:
            body = body[0]  # 燎原 + 镇, 太和 + 镇: see TOWN_SECOND
        inner = body[1:] if a and (s[a - 1] in single or s[a - 1] == "、"
                                   or (body[0] == "新" and not BODY_CHAR.match(s[a - 1]))) else body
        if any(name.endswith(w) and len(w) > len(suf) for w in skip) or GENERIC.match(body) or inner[:1] in WHOLE \
                or body[0] in WHOLE or (a not in ends and (_level_word(body, suf) or any(
                    c in single for c in _name_part(inner)))) \
                or (stop_word_regex().search(body) and s[a - 1:a] != "、") or COUNT.search(body):  # 、新建镇: a list's
            continue
        out[(a, m.end())] = make_mention("place", s, a, m.end(), name)
        taken[a:m.end()] = b"\x01" * (m.end() - a)
        ends.add(m.end())
    return sorted(out.values(), key=lambda x: x.start)


def _name_part(inner: str) -> str:
    """The part of a town's name that must hold no stop character: not a closing 新
    (城关新 + 村, 新村) nor a closing 和 after a plain character (太和镇, 清和街道; but 县和街道)."""
    inner = inner.removesuffix("新").replace("新村", "")
    if len(inner) >= 2 and inner[-1] == "和" and inner[-2] not in stop_chars()[0] and inner[-2] not in LEVEL:
        inner = inner[:-1]
    return inner


def _level_word(body: str, suf: str) -> bool:
    """A body ending in a level character makes a word with the suffix (县镇, 乡镇村, 镇村,
    健康乡镇: 乡镇 is townships), unless a town's own name holds it: 汾市镇, 壶镇镇 (not 城镇,
    nor a division's name)."""
    return body[-1] in LEVEL and (suf not in "镇乡" or body[-2:-1] in level_blockers().get(body[-1], "")
                                  or is_division(body) or (body[-1] == "乡" and suf == "镇"))


def _conjunction(s: str, a: int) -> bool:
    """和 after a closing title or quote joins two things: 《条例》和县委…, not 和县."""
    return s[a] in "和与及" and s[a - 1:a] in ("》", "”", "」", "』", ")")


def _short_context(s: str, end: int) -> bool:
    """A short name (河北) counts before a verb of visiting: 在河北考察."""
    return s[end:end + 2] in ("考察", "调研", "视察", "检查", "督导")
