"""Link: a report's mentions → canonical entities and the relations between them.

Identity comes from canonical keys: type, the region a name is relative to (its GB/T
2260 code) and the name with short and former forms expanded, so 市卫健委 in a 宜昌
report and 宜昌市卫生健康委员会 are one entity, while 市中心医院 in two cities are two.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kg.gazetteer import CORPS, CORPS_NAME, OWN_LEVEL_WORDS, deepest, gazetteer, is_within
from kg.model import Entity, Linked, Mention, Region, Relation, Report, Role
from kg.resources import lexicon

ORG_TYPES = ("agency", "hospital", "company")
_NATIONAL = re.compile(r"^(?:国家|国务院|中共中央|党中央|中央|全国|最高)")
_UNITS_AFTER = ("党组", "党委", "机关", "办公室", "党支部", "党总支", "领导小组", "纪检", "驻", "巡视",
                "巡察", "医疗", "督查", "工作")
_SELF = re.compile(r"^(?:我|本)?(?P<kind>[委局厅办院])(?P<rest>.*)$")


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, str, bool], ...]:
    rows = [(r[0], r[1], len(r) > 2 and r[2] == "yes") for r in lexicon("agency_aliases")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def expand_aliases(name: str) -> tuple[str, str | None]:
    """Expand short and former forms: 市卫计委党组 → (市卫生健康委员会党组, 卫计委)."""
    for short, full, former in _aliases():
        i = name.find(short)
        after = name[i + len(short):]
        if i < 0 or full in name or (after and not after.startswith(_UNITS_AFTER)):
            continue
        return name[:i] + full + name[i + len(short):], (short if former else None)
    return name, None


def _level_region(level: str, region: Region | None) -> Region | None:
    """The division a leading 省/市/区/县 refers to in a report of `region`."""
    if region is None:
        return None
    g = gazetteer()
    chain = [region]
    while chain[-1] is not None and chain[-1].level != "province":
        chain.append(g.parent(chain[-1]))
    chain = [r for r in chain if r is not None]
    want = {"省": ("province",), "市": ("city",), "区": ("district",), "县": ("county",),
            "州": ("city",), "盟": ("city",), "旗": ("county",)}.get(level, ())
    if level == "市" and region.level == "county" and region.name.endswith("市"):
        return region  # 市医院 in a county-level city's report is that city's
    for r in chain:
        if level in "州盟旗" and not r.name.endswith(level):
            continue
        if r.level in want or (r.level == "province" and r.name.endswith("市" if level == "市" else "自治区")):
            return r  # 市X in a municipality's report is the municipality's; 区X in a region's, the region's
    if level in "区县" and region.level in ("district", "county"):
        return region
    return None


def _prefecture(region: Region | None) -> Region | None:
    """The 地区 (prefecture) a report of `region` belongs to, for 地区X and 地委X."""
    g = gazetteer()
    while region is not None and not region.name.endswith("地区"):
        region = g.parent(region)
    return region


def _leading_region(name: str, within: Region | None) -> tuple[Region | None, int]:
    g = gazetteer()
    for n in range(min(len(name), 12), 1, -1):
        head = name[:n]
        if head in g.by_name:
            province = _province_of(within)
            r = g.lookup(head, province)
            if r is not None:
                return r, n
    return None, 0


def _province_of(region: Region | None) -> Region | None:
    if region is None:
        return None
    g = gazetteer()
    return g.by_code.get(region.code[:2] + "0000")


def canonical_org(surface: str, report: Report) -> tuple[str, str, str | None]:
    """(canonical name, region code or '', former short form) of a body's mention."""
    region = report.region
    inspector = report.inspection.inspector
    if _BARE_GROUP.match(surface) and inspector and _BARE_GROUP.match(inspector) is None:
        return canonical_org(inspector, report)  # 巡察组, 区委巡察组, 区委第巡察组: the report's own group
    name = surface
    prefix = ""
    if name.startswith("中共") and len(name) > 2:
        prefix, name = "中共", name[2:]
    self_body = _self_body(report)
    m = _SELF.match(name)
    if m and self_body and (name.startswith(("我", "本")) or m.group("rest").startswith(
            ("党组", "党委", "机关", "办公室", "巡视", "巡察", "改革办", "领导小组"))):
        name = self_body + m.group("rest")
        prefix = "中共" if m.group("rest").startswith(("党组", "党委")) else prefix
    name, former = expand_aliases(name)
    if prefix and (m := _BODY_COMMITTEE.match(name)):
        name = m.group(1) + "党委"  # 中共X卫生健康委员会委员会 is X卫生健康委员会党委
    elif prefix and (m := _BODY_BRANCH.match(name)):
        name = m.group(1) + ("党总支" if m.group(2) == "总" else "党支部")  # 中共X医院支部委员会 is X医院党支部
    if not prefix and _PARTY_ORGAN.match(name):
        prefix = "中共"  # 市卫健委党组 and 中共…党组 are one Party group
    code = ""
    if _NATIONAL.match(name):
        if name in ("中央", "党中央", "中共中央"):
            return "中共中央", "", former
        return prefix + name, "", former
    lead, n = _leading_region(name, region)
    if lead is not None:
        lead, at = deepest(name, n, lead)  # 重庆市渝北区卫健委 is 渝北区卫健委
        name = name[at:]
        code = lead.code
    elif name.startswith(("自治区", "自治州")) and (r := _level_region(
            "省" if name[2] == "区" else "州", region)) is not None:
        name, code = r.name + name[3:], r.code
    elif name.startswith(("地区", "地委")) and (r := _prefecture(region)) is not None:
        name, code = r.name[:-2] + name, r.code  # 地区医院 is 喀什地区医院, 地委 is 喀什地委
    elif region is not None and name.startswith(OWN_LEVEL_WORDS) and region.name.endswith(name[:2]):
        name, code = region.name[:-2] + name, region.code  # 林区党委 is 神农架林区党委
    elif region is not None and name.startswith("师市") and (d := _corps_division(report)):
        name, code = d + name[2:], region.code  # 师市党委 is 第八师石河子市党委
    elif name.startswith(CORPS):
        name = CORPS_NAME + name[len(CORPS):]
    elif name[:1] in "省市区县州旗盟" and (r := _level_region(name[0], region)) is not None:
        name, code = r.name + name[1:], r.code
    elif region is not None:
        code = region.code
    return prefix + name, code, former


_BARE_GROUP = re.compile(r"^(?:本|该)?(?:[省市区县州旗盟地]委|自治区党委)?第?(?:巡视|巡察)组$")  # 第: ordinal lost
_BODY_COMMITTEE = re.compile(r"^(.{2,}(?:委员会|局|厅|医院|卫生院|中心|所|站|办公室))委员会$")
_BODY_BRANCH = re.compile(r"^(.{2,}(?:委员会|局|厅|院|中心|所|站|办公室))(总)?支部委员会$")
_PARTY_ORGAN = re.compile(r"^(?:中共)?(?P<body>.{2,}?(?:委员会|局|厅|院|中心|所|站|办公室|委|政府))"
                          r"(?:机关)?(?:党组|党委|党总支|党支部|总支部委员会|支部委员会)$")


def _body_type(name: str) -> str:
    from kg.extract.rules import org_suffixes

    core = org_suffixes()[0]
    return next((core[c] for c in sorted(core, key=len, reverse=True) if name.endswith(c)), "agency")


@lru_cache(maxsize=1)
def _issuer_table() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon("issuer_bodies")}


def issuer_body(issuer: str) -> tuple[str, str] | None:
    """(name, entity key) of the body behind an issuer abbreviation: 豫政办 → 河南省人民政府办公厅.

    The first character is a province's or city's short name (data/lexicons/
    region_abbr.tsv); the rest names the body (data/lexicons/issuer_bodies.tsv).
    """
    table = _issuer_table()
    if "=" + issuer in table:
        name = table["=" + issuer]
        return name, f"agency||{name}"
    region = gazetteer().abbr.get(issuer[:1])
    template = table.get(issuer[1:])
    if region is None or template is None:
        return None
    province = region.level == "province"
    party = f"中共{region.name}委" if not region.name.endswith(("自治区", "特别行政区")) else f"中共{region.name}委员会"
    name = template.format(region=region.name, party=party, office="办公厅" if province else "办公室",
                           dept="厅" if province else "局")
    return name, f"agency|{region.code}|{name}"


def _corps_division(report: Report) -> str | None:
    """第八师石河子市: the Corps division and city, named together, that publish the report."""
    m = re.search(rf"第[一二三四五六七八九十]+师{re.escape(report.region.name)}", report.publisher or report.title or "")
    return m.group() if m else None


def _self_body(report: Report) -> str | None:
    """The publishing body without 中共 and its Party-group suffix: 宜昌市卫生健康委员会."""
    pub = report.publisher
    if not pub:
        return None
    party = pub.startswith("中共")
    body = re.sub(r"^中共", "", pub)
    body = re.sub(r"(?:党组|党委|党总支|党支部)$", "", body)
    if party and body == re.sub(r"^中共", "", pub):  # 中共X(总)支部委员会, 中共X委员会
        body = re.sub(r"(?:总支部|支部)?委员会$", "", body) or body
    return expand_aliases(body)[0]


def _place_key(surface: str, report: Report) -> tuple[str, str, Region | None]:
    """The division a place names, the nearest of its namesakes first: in the report's
    own city (徐州's 鼓楼区, not 南京's), then its province, then anywhere."""
    g = gazetteer()
    own = report.region
    city = own if own is None or own.level in ("city", "province") else g.parent(own)
    r = g.lookup(surface, city) if city is not None else None
    if r is None or not is_within(r, city):
        r = g.lookup(surface, _province_of(report.region)) or g.lookup(surface)
    if r is not None:
        return r.name, f"place|{r.code}", r
    code = report.region.code if report.region else ""
    return surface, f"place|{code}|{surface}", None


def link(report: Report, mentions: tuple[Mention, ...]) -> Linked:
    """Group mentions into entities with canonical keys; draw relations and roles."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    names: dict[str, str] = {}
    attrs: dict[str, dict[str, str]] = defaultdict(dict)
    types: dict[str, str] = {}
    for m in mentions:
        m = _verb_not_county(m, report)
        if m is None:
            continue
        key, name = _key(m, report, attrs)
        canon = Mention(m.type, m.text, m.start, m.end, m.value, key)
        groups[key].append(canon)
        types[key] = m.type
        if key not in names or len(name) > len(names[key]):
            names[key] = name
    if report.publisher:
        name, code, _ = canonical_org(report.publisher, report)
        publisher_key = f"agency|{code}|{name}"
        names.setdefault(publisher_key, name)
        types.setdefault(publisher_key, "agency")
        groups.setdefault(publisher_key, [])
        party = _PARTY_ORGAN.match(name)
        if party:
            attrs[publisher_key]["party_of"] = f"{_body_type(party.group('body'))}|{code}|{party.group('body')}"
    for k in list(groups):  # bodies known only from issuers and Party groups
        extra = [(attrs[k].get("issuer_body"), attrs[k].get("issuer_key")),
                 (attrs[k].get("party_of", "|").rsplit("|", 1)[-1], attrs[k].get("party_of"))]
        for name, key in extra:
            if name and key and key not in groups:
                groups[key] = []
                names[key], types[key] = name, key.split("|", 1)[0]
                code = key.split("|")[1]
                if code:
                    attrs[key]["region"] = code
    entities = tuple(
        Entity(key=k, type=types[k], name=names[k], mentions=tuple(groups[k]),
               value=groups[k][0].value if groups[k] else None,
               attrs=tuple(sorted(attrs[k].items())))
        for k in sorted(groups)
    )
    relations = _relations(report, entities)
    roles = _roles(report, entities)
    return Linked(report=report, entities=entities, relations=tuple(relations), roles=tuple(roles))


def _verb_not_county(m: Mention, report: Report) -> Mention | None:
    """会同县财政局 in a Shandong county's report is 会同 (together with) + 县财政局:
    a verb that governs bodies (data/lexicons/org_stops.tsv) can spell the short name
    of a county far away. Outside the report's province, and in the report of another
    county or district (whose 县… is its own), it is read as the verb: a place is
    dropped, a body keeps what follows the verb."""
    from kg.extract.rules import stop_chars

    if m.type not in ("place", *ORG_TYPES) or report.region is None or m.text[:2] not in stop_chars()[1] \
            or m.text[2:3] in ("镇", "乡", "村"):  # 新建镇: a town named with the verb, not the county 新建 + 镇…
        return m
    g = gazetteer()
    here = _province_of(report.region)
    head = m.text[:3] if m.text[2:3] in "县区旗" else m.text[:2]
    found = g.by_name.get(head) or g.by_short.get(head) or g.renamed(head)
    if not found:
        return m
    elsewhere = report.region.level in ("county", "district") and report.region.code not in {r.code for r in found}
    if any(here is not None and is_within(r, here) for r in found) and not elsewhere:
        return m
    rest = m.text[2:]
    if m.type == "place" or len(rest) < 3:
        return None
    return Mention(m.type, rest, m.start + 2, m.end, rest if m.value == m.text else m.value, m.key)


def _key(m: Mention, report: Report, attrs: dict[str, dict[str, str]]) -> tuple[str, str]:
    if m.type in ORG_TYPES:
        name, code, former = canonical_org(m.text, report)
        key = f"{m.type}|{code}|{name}"
        if former:
            attrs[key]["former"] = m.text
        if code:
            attrs[key]["region"] = code
        party = _PARTY_ORGAN.match(name)
        if party and m.type == "agency":  # 中共X党组 → X: the Party group of a body
            attrs[key]["party_of"] = f"{_body_type(party.group('body'))}|{code}|{party.group('body')}"
        return key, name
    if m.type == "place":
        name, key, region = _place_key(m.text, report)
        if region is not None:
            attrs[key]["code"] = region.code
            attrs[key]["level"] = region.level
        return key, name
    if m.type == "person":
        code = report.region.code if report.region else ""
        return f"person|{code}|{m.text}", m.text
    if m.type == "money":
        return f"money|{report.text.sha256[:16]}|{m.key.split('|', 1)[1]}", m.value
    if m.type == "policy":
        from kg.vocab import policy_pref_labels

        return m.key, policy_pref_labels().get(m.value, m.text)
    if m.type == "doc_number":
        _, issuer, year, serial = m.key.split("|")
        k = m.key
        attrs[k].update({"issuer": issuer, "year": year, "serial": serial})
        body = issuer_body(issuer)
        if body:
            attrs[k]["issuer_body"], attrs[k]["issuer_key"] = body
        return k, m.value
    return m.key, m.value or m.text


def _relations(report: Report, entities: tuple[Entity, ...]) -> list[Relation]:
    out: list[Relation] = []
    spans = sorted(((mm.start, mm.end, e) for e in entities for mm in e.mentions),
                   key=lambda x: x[0])
    for f in report.findings:
        fid = f"finding|{f.path}"
        lo, hi = f.start, max(f.end, f.rect_end)
        seen = set()
        for start, end, e in spans:
            if start < lo or end > hi or (e.key, fid) in seen:
                continue
            seen.add((e.key, fid))
            pred = {"agency": "concerns", "hospital": "concerns", "company": "concerns",
                    "document": "cites"}.get(e.type, "mentions")
            out.append(Relation(fid, pred, e.key, start, end))
    docs = [(mm, e) for e in entities if e.type == "document" for mm in e.mentions]
    numbers = [(mm, e) for e in entities if e.type == "doc_number" for mm in e.mentions]
    for dm, de in docs:
        for nm, ne in numbers:
            if 0 <= nm.start - dm.end <= 3:
                out.append(Relation(de.key, "hasNumber", ne.key, dm.start, nm.end))
    heads = {mm.start: (mm, e) for e in entities if e.type == "agency" for mm in e.mentions}
    for dm, de in docs:  # 《X人民政府办公室关于…》: the body at the head of a title issued it
        head = heads.get(dm.start)
        if head and head[0].end <= dm.end:
            out.append(Relation(de.key, "issuedBy", head[1].key, dm.start, head[0].end))
    by_key = {e.key: e for e in entities}
    for e in entities:
        m0 = e.mentions[0] if e.mentions else None
        if e.type == "doc_number" and m0 and dict(e.attrs).get("issuer_key") in by_key:
            out.append(Relation(e.key, "issuedBy", dict(e.attrs)["issuer_key"], m0.start, m0.end))
        elif e.type in ORG_TYPES and dict(e.attrs).get("party_of") in by_key and m0:
            out.append(Relation(e.key, "partyOrganisationOf", dict(e.attrs)["party_of"], m0.start, m0.end))
    out.extend(_money_relations(report, entities))
    return out


@lru_cache(maxsize=1)
def _money_verbs() -> re.Pattern:
    verbs = sorted((r[0] for r in lexicon("money_actions")), key=len, reverse=True)
    return re.compile(f"({'|'.join(map(re.escape, verbs))})[^,。;]{{0,12}}$")


def _money_relations(report: Report, entities: tuple[Entity, ...]) -> list[Relation]:
    """What happened to an amount (清退, 拨付, 追回 …, the verb before it in its clause)
    and whom it concerns (the last body named before it in the sentence)."""
    s = report.text.text
    orgs = sorted(((mm.start, mm.end, e) for e in entities if e.type in ORG_TYPES
                   for mm in e.mentions), key=lambda x: (x[0], x[1]))
    out = []
    for e in entities:
        if e.type != "money":
            continue
        for mm in e.mentions:
            sent_start, _ = report.sentence_at(mm.start)
            clause_start = max(sent_start, max(s.rfind(c, 0, mm.start) for c in ",;:") + 1)
            verb = _money_verbs().search(s, clause_start, mm.start)
            if verb:
                out.append(Relation(e.key, "moneyAction", verb.group(1), verb.start(1), mm.end))
            whom = [oe for a, b, oe in orgs if clause_start <= a and b <= mm.start]
            if whom:
                out.append(Relation(e.key, "concerns", whom[-1].key, mm.start, mm.end))
    return out


@lru_cache(maxsize=1)
def _post_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Posts right before a name (党组书记、主任X), right after it (X调整到组织干事岗位,
    以X为组长), taken later in its sentence (既担任领导小组组长), and any post."""
    from kg.extract.rules import CONCURRENT

    alt = "|".join(map(re.escape, sorted((r[0] for r in lexicon("posts")), key=len, reverse=True)))
    posts = rf"(?:{alt})(?:、(?:{alt}))*"
    before = re.compile(rf"({posts})(?:{CONCURRENT})?\s*:?\s*$")  # 院长(兼)张卫东, 组长:周文斌
    after = re.compile(rf"(?:同志)?(?P<verb>担任|调整到|调任|兼任|任|为)?(?P<post>{posts})")
    took = re.compile(rf"担任(?P<body>[\u4e00-\u9fff]{{0,12}}?(?:领导小组|专班|委员会|小组|组|部|办|委|局|院|中心))?"
                      rf"(?P<post>{posts})")
    return before, after, took, re.compile(posts)


_COMMITTEE_POST = re.compile(r"^(省委|市委|县委|区委|州委|旗委|盟委|地委)")
_GOVERNMENT_POST = re.compile(r"^副?([省市县区旗])长$")


def _roles(report: Report, entities: tuple[Entity, ...]) -> list[Role]:
    """Person, post and organisation: a post right before a name (党组书记、主任X),
    right after it (X书记, X调整到组织干事岗位, 以X为组长的…领导小组) or taken later in
    its sentence (X同志…既担任领导小组组长). The organisation is the committee a post
    names (省委书记), the group a person leads (以X为组长的Y), else the body named last
    before the post in the sentence, else the publishing body."""
    s = report.text.text
    before_rx, after_rx, _, _ = _post_regexes()
    orgs = sorted(((mm.start, mm.end, e) for e in entities if e.type in ORG_TYPES
                   for mm in e.mentions), key=lambda x: (x[0], x[1]))
    out: dict[tuple[str, str, str | None], Role] = {}
    person_end = {mm.end: mm.start for e in entities if e.type == "person" for mm in e.mentions}
    for e in entities:
        if e.type != "person":
            continue
        for mm in e.mentions:
            found = []
            at = mm.start
            while s[at - 1:at] == "、" and (at - 1) in person_end:  # 副院长李明、王刚: the post before the list
                at = person_end[at - 1]
            before = s[max(0, at - 16):at]
            m = before_rx.search(before)
            if m:
                start = at - len(before) + m.start(1)
                found.append((m.group(1), start, _role_org(report, m.group(1), start, orgs)))
            m = after_rx.match(s, mm.end)
            led = m and m.group("verb") in ("为", "任") and next(
                (oe.name for a, _, oe in orgs if a == m.end() + 1 and s[m.end():a] == "的"), None)
            if led:  # 以局长X为组长的…领导小组, 由主任X任组长的…领导小组: the group named next
                found.append((m.group("post"), mm.start, led))
            elif m and m.group("verb") == "为":
                found.append((m.group("post"), mm.start, _role_org(report, m.group("post"), mm.start, orgs)))
            elif m and not found:
                found.append((m.group("post"), mm.start, _role_org(report, m.group("post"), mm.start, orgs)))
            took = _took_post(report, s, mm.end, orgs)
            if took:
                found.append(took)
            cell = _post_cell(s, mm.start, mm.end)
            if cell and not found:  # a table's 姓名 | 职务 row: the name's cell, then its post's
                found.append((cell[0], cell[1], _role_org(report, cell[0], cell[1], orgs)))
            for post, post_start, org in found:
                out.setdefault((e.name, post, org), Role(e.name, post, org, min(post_start, mm.start),
                                                         max(mm.end, post_start + len(post))))
    return list(out.values())


def _post_cell(s: str, start: int, end: int) -> tuple[str, int] | None:
    """The post in the cell after a name's (张某 | 县某医院药剂科主任 in a table read a cell a
    line): a short line ending in a post, right after a line that is only the name."""
    if s[start - 1:start] not in ("", "\n") or s[end:end + 1] != "\n":
        return None
    line_end = s.find("\n", end + 1)
    line = s[end + 1:line_end if line_end >= 0 else len(s)]
    post = _post_regexes()[3]
    m = post.search(line)
    return (line, end + 1) if m and m.end() == len(line) and len(line) <= 24 else None


def _took_post(report: Report, s: str, end: int, orgs) -> tuple[str, int, str | None] | None:
    """X同志…，既担任领导小组组长: a post taken later in the person's sentence (the only
    one taken there), with the body it names, a short form of one named before
    (领导小组 → 巡视整改工作领导小组)."""
    took_rx = _post_regexes()[2]
    _, sent_end = report.sentence_at(end)
    m = took_rx.search(s, end, sent_end)
    if m is None or took_rx.search(s, m.end(), sent_end):
        return None
    body, post = m.group("body"), m.group("post")
    org = next((oe.name for a, _, oe in reversed(orgs) if a < m.start("post") and oe.name.endswith(body)),
               None) if body else None
    return post, m.start("post"), org or body


def _role_org(report: Report, post: str, post_start: int, orgs) -> str | None:
    if post == "总书记":
        return "中共中央"
    committee = _COMMITTEE_POST.match(post)
    if committee:
        return canonical_org(committee.group(1), report)[0]
    government = _GOVERNMENT_POST.match(post)
    if government:  # 副县长: of the county's government, whoever else the sentence names
        return canonical_org(f"{government.group(1)}政府", report)[0]
    sent_start, _ = report.sentence_at(post_start)
    s = report.text.text
    clause_start = max(sent_start, *(s.rfind(c, sent_start, post_start) + 1 for c in ",;"))
    post_after = _post_regexes()[3]
    org = None
    for a, b, oe in orgs:  # the body named last before the post in its clause, or fused with it;
        if sent_start <= a < post_start and b <= post_start + 2 and (  # else in its sentence, but
                a >= clause_start or not (oe.name.endswith(("组", "专班"))  # not a team nor the body
                                          or post_after.match(s, b))):  # of another's post (监委主任X)
            org = oe.name
    if org is None and report.publisher:
        org = _self_body(report)
    elif org and post.startswith(("党组", "党委")) and re.search(r"(?:党组|党委)$", org):
        org = re.sub(r"^中共|(?:党组|党委)$", "", org)  # 党组书记 of the body: the body
    return org


def region_ok(region: Region, report: Report) -> bool:
    """A place is below or beside the report's region, not the region or one above it."""
    own = report.region
    if own is None:
        return True
    return not is_within(own, region)
