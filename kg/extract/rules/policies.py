"""Policies named in quotes that the concept scheme does not hold yet (“三个环境”)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.rules.common import CN_NUM, HAN, make_mention
from kg.model import Mention
from kg.resources import lexicon

_QUOTED = re.compile(r"[“\"「]([^“”\"「」\n]{2,24})[”\"」]")  # 「」: as Hong Kong and Taiwan copies quote
_NUMBERED = re.compile(rf"^(?:[{CN_NUM}]|\d)")
_SET_OF = re.compile(rf"[{CN_NUM.replace('一', '')}2-9]")
_PROGRAMME = re.compile("(?:计划|工程|行动|项目|战略)$")  # “长白山中医药人才培育计划”: a named programme, however long
_FORMULA = re.compile(r"(?<![0-9A-Za-z.+])\d+(?:\+[\dA-Za-z]+)+(?![0-9A-Za-z.+])")


_POINTED_BEFORE = re.compile(r"(?:指出|反馈|发现)[:：]?$")
_PROBLEM_BEFORE = re.compile(r"(?:破解|解决|杜绝|防止|避免|克服|纠正|存在|出现)$")
_PROBLEM_AFTER = re.compile(r"问题|现象|困境|难题|隐患|倾向|带来")
_DONE_NOT_DONE = re.compile(rf"[{HAN}]而[不未][{HAN}]")  # 签而不约, 建而不用, 重而未改
_QUOTED_RUN_PROBLEMS = re.compile(r"(?:[“\"「][^”\"」\n]{1,30}[”\"」])*等?(?:问题|现象)")  # …“B”“C”等问题


@lru_cache(maxsize=1)
def _not_policy() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = lexicon("quoted_not_policy")
    return (frozenset(r[1] for r in rows if r[0] == "idiom"),
            tuple(r[1] for r in rows if r[0] == "ending"))


def quoted_policies(s: str) -> list[Mention]:
    """Quoted fixed names: number-prefixed (“三个环境”), parallel (“亮身份、亮标准”),
    short (“书记领航”) or named programmes (…人才培育计划), and formulas (3+X, 1+1+1+3);
    not idioms or ordinary nouns."""
    idioms, endings = _not_policy()
    out = []
    for m in _QUOTED.finditer(s):
        text = m.group(1).strip()
        if re.search(r"[,。;:!?]", text) and not re.fullmatch(rf"[{HAN}]{{2,8}}[,、][{HAN}]{{2,8}}", text):
            continue
        if s[max(0, m.start() - 2):m.start()].endswith("针对") or text in idioms:
            continue
        if s[max(0, m.start() - 2):m.start()] in ("关于", "对于") and s.startswith(("的问题", "问题"), m.end()):
            continue  # 关于“支部标准化建设有差距”的问题: a finding's title, quoted
        if _POINTED_BEFORE.search(s, max(0, m.start() - 4), m.start()):
            continue  # 巡察指出：“基层党组织建设薄弱”: the problem the group pointed out, quoted
        if _DONE_NOT_DONE.search(text):
            continue  # “签而不约”, “建而不用”: a thing done and not followed through, a fault
        if text.endswith(endings) and not _SET_OF.match(text):
            continue  # “报销单”, “一本通” are things; “三张清单” names a set kept as a practice
        first = m.start()
        while first > 0 and s[first - 1] in "”\"」":  # 存在“A”“B”等问题: the run of quotes the words around name
            first = s.rfind({"”": "“", "」": "「"}.get(s[first - 1], s[first - 1]), 0, first - 1)
            if first < 0:
                first = m.start()
                break
        if _PROBLEM_BEFORE.search(s, max(0, first - 2), first) or _PROBLEM_AFTER.match(s, m.end()) \
                or _QUOTED_RUN_PROBLEMS.match(s, m.end()):
            continue  # 破解“编制老化”, “一刀切”现象: a problem named, not a policy
        if not re.search(f"[{HAN}]", text) and "+" not in text and not re.fullmatch(r"\d{3,}", text):
            continue
        if "、" in text and all(len(part) < 2 for part in text.split("、")):
            continue
        if _NUMBERED.match(text) or "、" in text or "+" in text or len(text) <= 10 or _PROGRAMME.search(text):
            out.append(make_mention("policy", s, m.start(1), m.end(1), text, f"policy|{text}"))
    quoted = [(x.start, x.end) for x in out]
    for m in _FORMULA.finditer(s):
        if not any(a <= m.start() and m.end() <= b for a, b in quoted):
            out.append(make_mention("policy", s, m.start(), m.end(), m.group(), f"policy|{m.group()}"))
    return out
