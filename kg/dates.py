"""Chinese dates: find them, inherit missing year and month, repair dropped characters.

Reports write 2023年10月8日至12月13日 (the second date inherits the year), 10月22日
(the year of the last date before it), and copies lose characters: 2024915日至1112日,
2025324. A damaged date is repaired only when exactly one reading is a valid date
(months 1–12, real days, no zero padding, which these reports never use); otherwise
it is returned without a value and marked ambiguous, so the caller can report it.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_int(s: str) -> int | None:
    """Chinese, Arabic or circled numeral → int: 十五 → 15, 二〇二二 → 2022, 9 → 9, ③ → 3."""
    if not s:
        return None
    if s.isdecimal():
        return int(s)
    if len(s) == 1 and "①" <= s <= "⑳":
        return ord(s) - ord("①") + 1
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    total, cur = 0, 0
    units = {"十": 10, "百": 100, "千": 1000}
    for c in s:
        if c in _CN_DIGITS:
            cur = _CN_DIGITS[c]
        elif c in units:
            total += (cur or 1) * units[c]
            cur = 0
        else:
            return None
    return total + cur


@dataclass(frozen=True)
class DateHit:
    """A date in the text: `value` is ISO (YYYY, YYYY-MM or YYYY-MM-DD) or None."""

    start: int
    end: int
    value: str | None
    repaired: bool = False
    ambiguous: bool = False
    range_end: bool = False  # the second half of "A至B"
    readings: tuple[str, ...] = ()  # an ambiguous date's possible values, for a caller that can choose


def _valid(y: int | None, m: int, d: int | None) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    last = calendar.monthrange(y or 2000, m)[1]
    return 1 <= d <= last


def month_day_readings(digits: str, year: int | None = None) -> list[tuple[int, int]]:
    """Every (month, day) a run of digits can be, with no zero padding: 915 → [(9, 15)]."""
    out = []
    for k in (1, 2):
        ms, ds = digits[:k], digits[k:]
        if not ds or len(ds) > 2 or ms[0] == "0" or ds[0] == "0":
            continue
        m, d = int(ms), int(ds)
        if _valid(year, m, d):
            out.append((m, d))
    return out


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


_Y = r"(?P<y>(?:19|20)\d{2})"
_DATE = re.compile(
    r"(?<![\d〔\[(（])(?<!\d\.)(?:"  # not inside a number or a document number
    # damaged: 2021年3至5月 (the first 月 lost before a range of months)
    rf"(?P<ry>(?:19|20)\d{{2}})\s*年\s*(?P<rm>\d{{1,2}})(?=\s*(?:至|到)\s*\d{{1,2}}\s*月)|"
    # well formed: 2023年10月8日, 2023年10月, 10月8日, 2023年; ISO-like 2024-10-23, 2024.10.23
    rf"{_Y}\s*年\s*(?:(?P<m>\d{{1,2}})\s*月(?:\s*(?P<d>\d{{1,2}})\s*(?:[日号]|(?=[ \t]*(?:\n|$))))?)?"  # 11月5⏎: 日 lost
    r"|(?P<m2>\d{1,2})\s*月\s*(?:(?P<d2>\d{1,2})\s*日)?"
    r"|(?P<d3>\d{1,2})\s*日"
    r"|(?P<iy>(?:19|20)\d{2})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})(?![\d.])"
    r"|(?P<jy>(?:19|20)\d{2})[-/.](?P<jm>0?[1-9]|1[0-2])(?![\d.%‰万亿元分])"  # 2024.12, 2024/6: to the month
    # damaged: 2024915日, 1112日 (月 lost), 20252月 (年 lost), 2025324 (all lost)
    r"|(?P<gymd>(?:19|20)\d{2}\d{2,4})日"
    r"|(?P<gmd>\d{3,4})日"
    r"|(?P<gym>(?:19|20)\d{2}\d{1,2})月"
    r"|(?P<gbare>(?:19|20)\d{2}[1-9]\d{1,3})(?![\d.%‰万亿元人个次件份项家名张台条户所])"
    r")"
)
_RANGE = re.compile(r"\s*(?:至|到|-|—|－|~|～)\s*$")


_DIGITS = re.compile(r"\d[\d年月日号至到\-/.~～—－ ]*")


def _matches(text: str):
    """_DATE matches, searched only around runs of digits: the full pattern tried at
    every character ran at 4M chars/s, a fifth of the whole extraction budget."""
    last = -1
    for run in _DIGITS.finditer(text):
        if run.start() < last:
            continue
        for mt in _DATE.finditer(text, run.start(), min(len(text), run.end() + 1)):
            last = mt.end()
            yield mt


_CN_DATE = re.compile(r"(?:(?P<y>[〇○零一二三四五六七八九]{4})年)?(?P<m>[一二三四五六七八九十]{1,3})月"
                      r"(?:(?P<d>[一二三四五六七八九十]{1,3})日)?")


def _as_digits(mt: re.Match) -> str:
    """A date in Chinese numerals with a year written in digits, each number padded with
    spaces to its own length so that offsets into the text still hold."""
    if not mt["y"]:
        return mt.group()
    out = mt.group()
    for g in ("y", "m", "d"):
        if mt[g]:
            a, b = mt.start(g) - mt.start(), mt.end(g) - mt.start()
            out = out[:a] + str(cn_int(mt[g])).rjust(b - a) + out[b:]
    return out


def _cn_dates(text: str) -> list[DateHit]:
    """Dates in Chinese numerals, as signatures often are: 二〇二三年五月十日, and the
    end of a range that leaves its year out: 二〇二四年三月十一日至五月十日."""
    out: list[DateHit] = []
    last_y = last_m = None
    for mt in _CN_DATE.finditer(text):
        m = cn_int(mt["m"])
        d = cn_int(mt["d"]) if mt["d"] else None
        if mt["y"]:
            y = cn_int(mt["y"])
        elif out and last_y and last_m and mt.start() - out[-1].end <= 3 \
                and _RANGE.search(text[out[-1].end:mt.start()]):
            y = last_y + (1 if m and m < last_m else 0)  # 十一月至一月: into the next year
        else:
            continue  # 三月 alone is not a date here
        if y and m and _valid(y, m, d):
            out.append(DateHit(mt.start(), mt.end(), _iso(y, m, d), range_end=not mt["y"]))
            last_y, last_m = y, m
    return out


def find_dates(text: str, year: int | None = None) -> list[DateHit]:
    """All dates in `text`, in order, with year and month inherited from the date before.

    `year` is the year to assume before any date with a year is seen.
    """
    hits: list[DateHit] = []
    last_y, last_m = year, None
    for mt in _matches(text):
        g = mt.groupdict()
        value, repaired, ambiguous, options = None, False, False, ()
        after_range = bool(hits) and bool(_RANGE.search(text[hits[-1].end:mt.start()])) \
            and mt.start() - hits[-1].end <= 3
        y = m = d = None
        if g["ry"]:
            y, m, repaired = int(g["ry"]), int(g["rm"]), True
            if not _valid(y, m, None):
                continue
        elif g["y"]:
            y = int(g["y"])
            m = int(g["m"]) if g["m"] else None
            d = int(g["d"]) if g["d"] else None
            if m is not None and not _valid(y, m, d):
                m = d = None
        elif g["m2"]:
            m, d = int(g["m2"]), (int(g["d2"]) if g["d2"] else None)
            y = last_y
            if not _valid(y, m, d):
                continue
            if y is not None and after_range and last_m is not None and m < last_m:
                y += 1  # 2023年11月10日至1月20日: the range crosses a new year
        elif g["d3"]:
            if not after_range or last_m is None:
                continue
            y, m, d = last_y, last_m, int(g["d3"])
            if not _valid(y, m, d):
                continue
        elif g["iy"]:
            y, m, d = int(g["iy"]), int(g["im"]), int(g["id"])
            if not _valid(y, m, d):
                continue
        elif g["jy"]:
            y, m = int(g["jy"]), int(g["jm"])
        elif g["gymd"] or g["gbare"]:
            digits = g["gymd"] or g["gbare"]
            y = int(digits[:4])
            readings = month_day_readings(digits[4:], y)
            repaired = True
            if len(readings) == 1:
                m, d = readings[0]
            else:
                ambiguous = True
                if not readings and g["gbare"]:
                    continue
        elif g["gmd"]:
            y = last_y
            readings = month_day_readings(g["gmd"], y)
            if not readings or (not after_range and last_m is None and y is None):
                continue
            repaired = True
            if len(readings) == 1:
                m, d = readings[0]
            else:
                ambiguous = True
                if y is not None:  # 2024年9月9日至118日: 11月8日, or 1月18日 of the year after
                    new_year = after_range and last_m is not None  # a month before the start's: the next year
                    options = tuple(_iso(y + 1 if new_year and rm < last_m else y, rm, rd) for rm, rd in readings)
        elif g["gym"]:
            y, ms = int(g["gym"][:4]), g["gym"][4:]
            if ms[0] == "0" or not 1 <= int(ms) <= 12:
                continue
            m, repaired = int(ms), True
        if not ambiguous:
            value = _iso(y, m, d)
        if y is not None:
            last_y = y
        if m is not None:
            last_m = m
        hits.append(DateHit(mt.start(), mt.end(), value, repaired, ambiguous, after_range, options))
    if "〇" in text or "○" in text or "零" in text:
        hits = sorted(hits + _cn_dates(text), key=lambda h: h.start)
    return hits


def parse_date(text: str, year: int | None = None) -> str | None:
    """The first date in `text` as ISO, or None: parse_date('2022年6月17日') → '2022-06-17'."""
    hits = find_dates(text, year)
    return hits[0].value if hits else None


_DEADLINE = re.compile(
    r"(?<!截至)(?<!截止)(?<![于到至年\d])"
    r"(?:(?P<y>(?:19|20)\d{2})\s*年)?\s*(?:(?P<m>\d{1,2})\s*月|(?P<yend>年|(?<=年)))\s*(?:份)?\s*"
    r"(?:(?:底|末)(?:之?前|以前|(?=[,]?(?:争取|力争|全面|全部|基本)?(?:完成|整改|到位|达到|实现|落实|建成|投入|出台|上线|开工)))"
    r"|(?:(?P<d>\d{1,2})\s*日|[上中下]旬)?\s*(?:之?前|以前))"
)
# 2025年上半年, 2025年第一季度 (前, 底, 末 or 完成 after it): the period's last month
_PERIOD = re.compile(r"(?<!截至)(?<!截止)(?<![至到])(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<half>[上下])半年|第?(?P<q>[一二三四1-4])季度)"
                     r"(?=\s*(?:底|末)?\s*(?:之?前|以前|内|完成|整改|到位|$|[,。;)]))")


_PLANNED_MONTH = re.compile(r"(?:预计|计划|力争|争取|确保|拟)(?:于|在)?\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月份?\s*"
                            r"(?:全面|全部|基本)?(?:完成|整改到位|建成|投入使用)")
_PLANNED = re.compile(r"(?:计划|预计|拟|将|力争|争取|确保)于")
_YEAR_END = re.compile(r"\s*((?:19|20)\d{2})\s*年\s*年?(?:底|末)")
_TIME_LIMIT = re.compile(r"(?:整改|完成)?(?:时限|期限)(?:】\s*[:：]?|\s*[:：])\s*(?:于|在)?")  # 整改时限：, 【整改时限】


def find_deadline(text: str, year: int | None = None) -> tuple[str | None, int, int]:
    """The first deadline in `text`: 2022年12月底前 and 2022年12月底完成 → 2022-12,
    2022年底前 → 2022-12, 6月底 → `year`-06; 截至5月底 (a status date) is not one."""
    if "〇" in text or "○" in text or "零" in text:
        text = _CN_DATE.sub(_as_digits, text)  # 二〇二五年三月底前: read as 2025年 3月底前, same offsets
    limit = _TIME_LIMIT.search(text)
    year_end = limit and _YEAR_END.match(text, limit.end())
    if year_end:  # 整改时限：2025年底
        return f"{year_end.group(1)}-12", year_end.start(), year_end.end()
    period = _PERIOD.search(text)
    if limit and period and period.start() == limit.end():  # 整改时限：2025年上半年
        return _period_end(period), period.start(), period.end()
    if limit:
        hit = next((h for h in find_dates(text[limit.end():limit.end() + 20], year) if h.value), None)
        if hit:
            return hit.value, limit.end() + hit.start, limit.end() + hit.end
    # 计划于2025年6月底前完成, 将于…: a plan's 于 starts a deadline, where 已于 and 请于 do not
    for mt in _DEADLINE.finditer(_PLANNED.sub(lambda p: p.group()[:-1] + " ", text)):
        if period and period.start() < mt.start():
            break
        y = int(mt["y"]) if mt["y"] else year
        if mt["m"]:
            m = int(mt["m"])
        elif mt["yend"] is not None and y is not None:  # 2024年底前; 年底前, the report's year
            m = 12
        else:
            continue
        if y is None or not 1 <= m <= 12:
            continue
        if mt["d"] and _valid(y, m, int(mt["d"])):
            return _iso(y, m, int(mt["d"])), mt.start(), mt.end()
        return _iso(y, m), mt.start(), mt.end()
    if period:
        return _period_end(period), period.start(), period.end()
    planned = _PLANNED_MONTH.search(text)  # 预计2025年6月完成: a plan's month, with no 底 or 前
    if planned and 1 <= int(planned["m"]) <= 12:
        return _iso(int(planned["y"]), int(planned["m"])), planned.start("y"), planned.end("m")
    return None, -1, -1


def _period_end(period: re.Match) -> str:
    """The last month of 2025年上半年 (06), 下半年 (12) or 第N季度 (3N)."""
    q = period["q"]
    m = 3 * ("一二三四".find(q) + 1 or int(q)) if q else (6 if period["half"] == "上" else 12)
    return _iso(int(period["y"]), m)
