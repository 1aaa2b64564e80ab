"""Structure: `Text` → `Report`, the skeleton every report of the genre shares.

Title and publisher; the opening sentence (根据…部署, DATE至DATE, X巡察组对Y进行了巡察,
DATE…反馈); the heading tree 一、/(一)/1./(1) with inline 一是/二是 lists; the
findings with their rectification text, status as written and deadline; the signature
(body, then date) at the end. Rules describe the genre, never one report.
"""
from __future__ import annotations

import re

from kg.gazetteer import gazetteer, region_of
from kg.model import Region, Report, Text
from kg.structure.headings import find_headings
from kg.structure.inspection import read_inspection
from kg.structure.ledgers import table_findings
from kg.structure.lines import SENT, Line, split_lines
from kg.structure.outline import outline_findings
from kg.structure.prose import (
    addressed_findings,
    colon_lines,
    enumerated_findings,
    labelled_findings,
    listed_findings,
)
from kg.structure.signature import ORG_END, bracketed_date, form_fields, signature
from kg.structure.tallies import apply_tallies

_TITLE_HINT = re.compile(r"关于|通报|报告|公告|情况|反馈")
_ADDRESS = re.compile(r"(?:邮政信箱|通讯地址|通信地址|邮寄地址|地址)\s*:\s*([^;。\n]{4,40})")


def structure(text: Text) -> Report:
    """Read the skeleton of one report."""
    s = text.text
    lines = split_lines(s)
    warnings: list[str] = []
    if "cut off" in text.encoding:
        warnings.append(f"file ends in the middle of a character ({text.encoding}); read up to there")
    title = _title(lines)
    publisher, published = signature(lines, s, warnings)
    if publisher is None and (form := form_fields(s))[0]:  # a ledger: 填报单位：X 填报日期：D, no signature
        publisher, published = form[0], form[1] or published
    if publisher is None and title:
        m = re.match(r"^(.{4,40}?(?:党组|党委|委员会|局|党总支|支部))关于", title)
        publisher = m.group(1) if m else None
    if publisher is None:
        source = [m.split(":", 1)[1] for m in text.meta if m.startswith("page-source:")]
        publisher = source[0] if source else None
        if publisher:
            warnings.append(f"no signing body; using the web page's source {publisher}")
    if published is None:  # dated under the title: （2023年5月10日）
        published = next((d for ln in lines[1:3] if (d := bracketed_date(ln.text))), None)
    if published is None:
        page = [m.split(":", 1)[1] for m in text.meta if m.startswith("page-date:")]
        published = page[-1] if page else None
        if published:
            warnings.append(f"no signature date; using the web page's date {published}")
    region = _region(publisher, title, s)
    if region is None:  # 市卫生健康委党组 signs; only the page's source names the city
        region = next((r for m in sorted(text.meta, key=lambda m: not m.startswith("page-source:"))
                       if m.startswith(("page-source:", "page-account:"))  # or a WeChat post's account: 勐腊清风
                       if (r := region_of(m.split(":", 1)[1])) is not None), None)
    if region is None and publisher and (address := _ADDRESS.search(s)):  # or only the postal address
        region = _at_level(region_of(address.group(1)), publisher.removeprefix("中共")[:1])
    headings = find_headings(lines)
    year = int(published[:4]) if published else None
    inspection = read_inspection(s, lines, headings, title, warnings, year)
    findings = table_findings(s, lines, headings, year) or outline_findings(s, lines, headings, year) \
        or listed_findings(s, year) or labelled_findings(s, year) or addressed_findings(s, year) \
        or colon_lines(s, year) or enumerated_findings(s, year)
    findings = apply_tallies(s, findings, year)
    if publisher is None:
        warnings.append("no signing body found at the end of the report")
    return Report(
        text=text,
        title=title,
        publisher=publisher,
        published=published,
        region=region,
        inspection=inspection,
        headings=tuple(headings),
        findings=tuple(findings),
        sentences=tuple(m.span() for m in SENT.finditer(s) if m.group().strip()),
        warnings=tuple(warnings),
    )


def _at_level(region: Region | None, level: str) -> Region | None:
    """The division of `region` (or above it) whose name ends in `level` (县, 市, 区): 县卫生健康局
    signs and its address names 慈利县零阳街道; 市卫生健康委 and 淄博市张店区…: 淄博市."""
    while region is not None and region.name[-1] != level:
        region = gazetteer().parent(region)
    return region


def _title(lines: list[Line]) -> str | None:
    head = lines[:8]  # a post's account name, date and column may stand above it
    for i, ln in enumerate(head):
        t = ln.text.strip()
        if "。" in t or len(t) > 100:
            break
        if i + 1 < len(head) and ORG_END.search(t) and head[i + 1].text.startswith("关于"):
            return t + head[i + 1].text.strip()
        if _TITLE_HINT.search(t) and (t.startswith(("中共", "关于")) or "关于" in t):
            return t
        if i == 0 and len(t) <= 60 and re.search(r"(?:巡视|巡察)组?向.{2,30}反馈", t):
            return t  # a news item: 市委第一巡察组向市卫健委党组反馈巡察情况
    return None


# 哈尔滨医科大学附属第一医院: a city in a university's name is not the body's division;
# after a 巡视 (by the province) the report is the province's
_UNIVERSITY_NAME = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,6}?(?:医科大学|中医药大学|大学|医学院|学院)")


def _region(publisher: str | None, title: str | None, s: str) -> Region | None:
    """The publisher's division; a name several divisions share (鼓楼区) is settled by
    which of their cities or provinces the report names."""
    for name in (publisher, title):
        if not name:
            continue
        r = region_of(name)
        if r is not None and _UNIVERSITY_NAME.match(name) and "巡视" in s[:400]:
            return gazetteer().by_code.get(r.code[:2] + "0000", r)  # a provincial university's hospital
        if r is not None:
            return r
        for head in _leading_names(name):
            cands = gazetteer().by_name.get(head, ())
            named = [c for c in cands if (c.city and c.city in s) or (c.province and c.province[:2] in s)]
            if len(named) == 1:
                return named[0]
    return _region_in_opening(s[:400])


_COMMITTEE_AFTER = re.compile(r"党?委(?!员)")
_BODY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,16}?(?:党组|党委|委员会|党总支|支部|局|厅|医院|中心|办公室|政府)")


def _region_in_opening(opening: str) -> Region | None:
    """A news item signs nothing and its title may name no division; the body it
    reports on usually carries one in the opening: …对湖州市疾病预防控制中心党委开展了巡察."""
    g = gazetteer()
    for i in range(len(opening) - 2):
        n = next((n for n in range(min(9, len(opening) - i), 2, -1) if opening[i + n - 1] in "省市区县州旗盟"
                  and opening[i:i + n] in g.by_name), 0)
        if n and (_BODY_AFTER.match(opening, i + n) or _COMMITTEE_AFTER.match(opening, i + n)):
            return region_of(opening[i:])  # …对湖州市疾控中心党委; 根据四川省委统一部署: the committee's own
    return None


def _leading_names(name: str) -> list[str]:
    name = re.sub(r"^(?:中共|中国共产党)", "", name)
    g = gazetteer()
    return [name[:n] for n in range(min(len(name), 9), 1, -1) if len(g.by_name.get(name[:n], ())) > 1]
