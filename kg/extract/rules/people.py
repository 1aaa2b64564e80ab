"""People: names next to posts, lists of names, anonymised names (陈某), names with no
Han surname between a post and the word after a name."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.rules.common import is_boundary, make_mention
from kg.model import Mention
from kg.resources import lexicon


@lru_cache(maxsize=1)
def _people_lexicons() -> tuple[frozenset[str], re.Pattern, frozenset[str]]:
    surnames = frozenset(r[0] for r in lexicon("surnames"))
    posts = sorted((r[0] for r in lexicon("posts")), key=len, reverse=True)
    known = frozenset(r[0] for r in lexicon("known_people"))
    return surnames, re.compile("|".join(map(re.escape, posts))), known


# Characters that start the word after a name (进行, 同志, 主持, 履行, 督促 …), so a name stops
# before them: 组织干事刘晓红进行 → 刘晓红, 局长王建国同志 → 王建国.
# (诫警撤免降: 诫勉, 警告, 撤职, 免职, 降级 right after the name of the one given them)
_AFTER_NAME = frozenset("进听主同调对为在的等任带亲坚作和与说强指要表于因被已也就到及向将把参出负分"
                        "兼担是率代组召深前赴陪牵讲提汇看慰书记局院部处科股长两通违反协切全传宣介党政诫警撤免降履督")
_APPOINTED = re.compile(r"(?:担任|调整到|调任|任命为|提拔为|兼任)")
_CASE = re.compile(r"(?:非法行医|违法|违纪|违规|受贿|贪污|挪用|涉嫌|骗保|套取)[^,。;]{0,8}案")
_NOT_NAME = re.compile(r"(?:[副总常]$|关于|对于|任组|任副|党务|公务|廉政|廉洁|查处|查办|查实|党纪|党内|政纪|政务|党组|党委|支部|总支|书记|主任|同志|局长|院长|组长|部长|委员|干部|党员|"
                       r"领导|班子|成员|负责|人员|群众|职工|中心|医院|政府|机关|单位|工作|组织|系统|会议|"
                       r"管理|整改|问题|亲自|分工|谈话|谈心|专门|多次|及时|认真|定期|逐一|分别|再次|直接|带头|带队|牵头|共同|全程|立即|当即|先后|后续|后期|后勤|后备)")
_GIVEN_STOP = frozenset("的了在是和与及对向把将被为从到给等各其该我由以并而或也都就还又已未不没这那每"
                        "共仅均按经据后至即之县市省区乡镇村局委办部厅院所站")


def _names_at(s: str, i: int) -> list[tuple[int, int]]:
    """Possible names starting at `i`: a surname and one or two given characters."""
    surnames, _, _ = _people_lexicons()
    n = 2 if s[i:i + 2] in surnames else (1 if s[i:i + 1] in surnames else 0)
    if not n:
        return []
    out = []
    j = i + n
    while j < len(s) and j - (i + n) < 2 and "\u4e00" <= s[j] <= "\u9fff" and s[j] not in _GIVEN_STOP:
        j += 1
        if not _NOT_NAME.search(s[i:j]):
            out.append((i, j))
    return out


def _ends_name(s: str, j: int) -> bool:
    """Whether a name may end at `j`: what follows starts another word."""
    c = s[j:j + 1]
    return not c or not ("\u4e00" <= c <= "\u9fff") or c in _AFTER_NAME or c in _GIVEN_STOP


# 由局长李明任组长: 任 (or 为) and a post after a name take the post, and are not its last character
_TAKES_POST = re.compile("[任为](?:常务)?副?(?:组长|主任|秘书长|成员)")


# 李慧作表态发言: a name of two characters, then the verb its third would be taken from
_VERB_AFTER_NAME = re.compile("作(?:表态|讲话|动员|报告|总结|发言|部署)|主持|讲话|致辞|表态")


def _name_after_post(s: str, i: int) -> tuple[int, int] | None:
    for span in reversed(_names_at(s, i)):
        if _ends_name(s, span[1]) and not (span[1] - span[0] > 2 and _TAKES_POST.match(s, span[1] - 1)) \
                and not (span[1] - span[0] > 2 and _VERB_AFTER_NAME.match(s, span[1] - 1)):
            return span
    return None


def _name_ending(s: str, end: int) -> tuple[int, int] | None:
    for n in (3, 2, 4):
        i = end - n
        if i >= 0 and is_boundary(s, i) and (i, end) in _names_at(s, i):
            if n > 2 and s[i] in _PREPOSITIONS and (i + 1, end) in _names_at(s, i + 1):
                return i + 1, end  # 由刘峰同志任组长: 由 (by) before 刘峰, though 由 is a surname too
            return i, end
    return None


# Prepositions that are surnames as well (由, 向, 经): before a whole name, they are the preposition.
_PREPOSITIONS = frozenset("由向经将于和")
_CONJUNCTIONS = frozenset("和与及")


# A name with no Han surname (Tibetan, Mongolian: 次仁多吉, 额尔敦, 乌云其其格) is read only
# between a post and the word that follows a name in these reports, or the next post
# of a list (书记次仁旺堆、院长格桑卓玛).
_NAME_FOLLOWERS = re.compile("同志|给予|进行|受到|切实|协助|主持|负责|具体|履行|督促|亲自|带头|牵头|分管|、"  # words after a name
                             "|[任为](?:常务)?副?(?:组长|主任|秘书长|成员)")  # 乌云其其格任副组长
_BARE_NAME = re.compile(rf"([\u4e00-\u9fff]{{2,5}}?)({_NAME_FOLLOWERS.pattern})")
_NAMES_TO_COMRADE = re.compile(r"(?:[\u4e00-\u9fff]{2,5}?、){0,3}[\u4e00-\u9fff]{2,5}?同志")
_BARE_STOP = (_GIVEN_STOP - {"其"}) | frozenset("会组室队科处")  # 其其格 is a name; 办公会 is not
# 某 before these says "some" or "a certain": 某些, 某单位, 原某医院 (a former hospital, not 原某)
_SOME_AFTER = "些种项个位单地年月日时人家次部处科医公企局院校所站厂店镇乡村县市区机药诊社"
_ANON_AFTER_POST = re.compile(rf"([\u4e00-\u9fff]{{2,3}})某(?![某{_SOME_AFTER}])")
# a post held concurrently or acting, or its rank: 院长(兼)张卫东, 副主任(正科级)孙某
CONCURRENT = r"\((?:兼|代|主持工作|[正副]?[厅处县科股]级)\)"
_CONCURRENT = re.compile(rf"(?:{CONCURRENT})?:?")
_DOTTED_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[·•・])+")


def _dotted_name(s: str, i: int) -> tuple[int, int] | None:
    """A name written with a middle dot, as Uyghur, Tibetan and foreign names are
    (艾尔肯·吐尔逊), starting at `i`: its last part ends where the next word starts."""
    head = _DOTTED_HEAD.match(s, i)
    if head is None:
        return None
    _, posts, _ = _people_lexicons()
    ends = [end for end in range(head.end() + 2, min(len(s), head.end() + 6) + 1)
            if all("\u4e00" <= c <= "\u9fff" for c in s[head.end():end])]
    clear = [end for end in ends if end == len(s) or not "\u4e00" <= s[end] <= "\u9fff"
             or s.startswith("同志", end) or posts.match(s, end) or _COUNTED_COMRADES.match(s, end)]  # …买买提同志, …吐尔逊、
    followed = [end for end in ends if _NAME_FOLLOWERS.match(s, end)]  # …托合提进行诫勉谈话 (提 may start 提出)
    if clear or followed:  # the first word after it: 吐尔逊任组长 ends before 任, though 组长 is a post
        return i, min(clear + followed)
    return next(((i, end) for end in ends if _ends_name(s, end)), None)


def _dotted_ending(s: str, end: int) -> tuple[int, int] | None:
    """A name written with a middle dot that ends at `end` (…对古丽娜尔·阿不都热依木同志)."""
    if not _DOT_BEFORE.search(s, max(0, end - 9), end):
        return None
    posts = _people_lexicons()[1]
    return next(((i, end) for i in range(end - 5, max(0, end - 20) - 1, -1)  # the shortest whole name, after a
                 if (is_boundary(s, i) or any(posts.fullmatch(s, i - n, i) for n in range(2, 7)))  # boundary or a post
                 and _dotted_name(s, i) == (i, end)), None)


_DOT_BEFORE = re.compile(r"[·•・][\u4e00-\u9fff]{2,8}$")
_COUNTED_COMRADES = re.compile(r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十\d]{1,2}(?:名|位|个)同志")


def people(s: str) -> list[Mention]:
    """Named people: after a post (党组书记、主任X; 组长X), before 同志 or a post
    (X同志, X总书记), in 给予X、Y…处分 lists, in cases (X非法行医案), anonymised (陈某),
    and the few named in every report (data/lexicons/known_people.tsv)."""
    surnames, posts, known = _people_lexicons()
    out: dict[tuple[int, int], Mention] = {}

    def add(span):
        if span:
            a, b = span
            out.setdefault((a, b), make_mention("person", s, a, b, s[a:b]))

    def after_post(j: int) -> tuple[int, int] | None:
        """The name at `j`, after a post: written with a dot, with a Han surname, or with
        none, up to the word that follows names."""
        dotted = _dotted_name(s, j)
        joined = s[j:j + 1] in _CONJUNCTIONS and not _NAMES_TO_COMRADE.match(s, j)  # 负责人和重要岗位: and, not 和 the surname
        span = dotted or (_name_after_post(s, j) if s[j:j + 1] in surnames and s[j + 1:j + 2] != "某" and not joined
                          else None)
        bare = _BARE_NAME.match(s, j)
        if bare and bare.group(2) == "、" and not posts.match(s, bare.end()) \
                and not _NAMES_TO_COMRADE.match(s, bare.end()):
            bare = None  # 、 then the next post, or names to 同志 (阿说拉哈、沙马阿芝同志)
        if (bare and not dotted and not _NOT_NAME.search(bare.group(1))
                and not _BARE_STOP.intersection(bare.group(1))
                and (not span or bare.end(1) > span[1])):
            span = bare.span(1)  # 主任次仁多吉同志, 负责人乌云其其格进行 (not 乌云, as its surname 乌 suggests)
        anon = _ANON_AFTER_POST.match(s, j)
        if span is None and anon and not _BARE_STOP.intersection(anon.group(1)):
            span = anon.span()  # 主任阿西某: a surname of two characters (Yi, Tibetan), anonymised
        return span

    for m in posts.finditer(s):  # post, then name (副院长李明、王刚: names listed after one post)
        j = m.end()
        while s.startswith("、", j):
            nxt = posts.match(s, j + 1)
            if not nxt:
                break
            j = nxt.end()
        j += len(_CONCURRENT.match(s, j).group())  # 院长(兼)张卫东, 组长:周文斌
        for span in _name_list(s, j, after_post):
            add(span)
    for m in re.finditer("某", s):  # anonymised
        i = m.start() - 1
        if i >= 0 and s[i] in surnames and (s[m.end():m.end() + 1] or "。") not in _SOME_AFTER:
            add((i, m.end() + (1 if s[m.end():m.end() + 1] == "某" else 0)))
    for marker in ("同志", "总书记", "书记"):
        for m in re.finditer(marker, s):
            if not _COUNTED_COMRADES.match(s, max(0, m.start() - 3)):  # 两名同志: the names come before the count
                add(_dotted_ending(s, m.start()) or _name_ending(s, m.start()))
    for m in _COUNTED_COMRADES.finditer(s):  # 对王建国、李明两名同志进行诫勉谈话: the names listed before their count
        end = m.start()
        while (span := _dotted_ending(s, end) or _name_ending(s, end)) is not None:
            add(span)
            if s[span[0] - 1:span[0]] != "、":
                break
            end = span[0] - 1
    for m in _CASE.finditer(s):
        add(_name_ending(s, m.start()))
    for m in _APPOINTED.finditer(s):  # 将…的谭果调整到组织干事岗位
        add(_name_ending(s, m.start()))
    for m in re.finditer("给予", s):  # 给予王某、周某两位同志…处分
        j = m.end()
        if s.startswith("原", j) and _former_post().match(s, j):  # 给予原副主任孙某, 原财务科科长刘某: a post, then the name
            continue
        for span in _name_list(s, j, lambda k: next((x for x in reversed(_names_at(s, k))
                                                     if s[x[1]:x[1] + 1] in "、两二三等同" or _ends_name(s, x[1])), None)):
            add(span)
    for name in known:
        for m in re.finditer(re.escape(name), s):
            add(m.span())
    for span in _leader_cells(s):
        add(span)
    for m in _LEADER_LABEL.finditer(s):  # 责任人：武晓东；, 责任领导：王磊、李明
        for span in _name_list(s, m.end(), lambda k: _name_after_post(s, k) if s[k:k + 1] in surnames else None):
            add(span)
    return sorted(out.values(), key=lambda x: x.start)


@lru_cache(maxsize=1)
def _former_post() -> re.Pattern:
    """原 and a post, perhaps of a section first (原财务科科长): a former holder, not the surname 原."""
    return re.compile(rf"原[\u4e00-\u9fff]{{0,6}}?(?:{_people_lexicons()[1].pattern})")


def _name_list(s: str, j: int, name_at) -> Iterator[tuple[int, int]]:
    """The names listed from `j`, apart by 、, each found where it starts by `name_at`."""
    while (span := name_at(j)) is not None:
        yield span
        if not s.startswith("、", span[1]):
            return
        j = span[1] + 1


# a table's header, a cell a line as ingest writes every table, up to its first row's number
# (1, or on from the table before it)
_TABLE_HEAD = re.compile(r"(?m)^(?:序号|编号)\n((?:[^\n\d]{2,8}\n){2,8}?)(?=(\d{1,3})\n)")
_LEADER_HEADER = re.compile(r"(?:(?:责任|牵头|分管|包保)(?:领导|校领导|院领导)|责任人)(?:姓名)?")
_LEADER_LABEL = re.compile(rf"(?:{_LEADER_HEADER.pattern})\s*:\s*")
_NAME_LIST = re.compile(r"[^\n、,\s]+")


def _leader_cells(s: str) -> Iterator[tuple[int, int]]:
    """Names alone in a table's column of responsible leaders (责任领导, 责任人): each row
    is its number and then a line per cell, so the column's cell is found by counting,
    and a name there needs no post beside it. A row short of cells (merged or empty
    ones dropped) ends the reading, as its cells can no longer be counted."""
    for head in _TABLE_HEAD.finditer(s):
        header = head.group(1).split("\n")[:-1]
        column = next((c for c, h in enumerate(header) if _LEADER_HEADER.fullmatch(h)), None)
        at, n = head.end(), int(head.group(2))
        while column is not None and s.startswith(f"{n}\n", at):
            pos, cells = at + len(str(n)) + 1, []
            for _ in header:
                end = s.find("\n", pos)
                cells.append((pos, len(s) if end < 0 else end))
                pos = cells[-1][1] + 1
            if any(s[a:b] == str(n + 1) for a, b in cells):
                break
            for m in _NAME_LIST.finditer(s, *cells[column]):
                if m.span() in _names_at(s, m.start()):
                    yield m.span()
            at, n = pos, n + 1
