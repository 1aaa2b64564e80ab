"""The genre's words for a problem, a measure, a rectification's label and a status as
written (已完成整改, 正在整改): what tells the parts of a finding apart."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.resources import lexicon

MARKER_WORDS = r"整改(?:情况|结果|措施|计划|进展|进度|成效|落实情况|完成情况)"
MARKER = re.compile(rf"^\s*【?(?:{MARKER_WORDS}|改情况|整改(?:落实)?(?=\s*:|】))】?\s*[:]?\s*")  # 整改情况：, 【整改措施】, 整改：, 【整改落实】
MARKER_LABEL = re.compile(rf"\s*【?(?:{MARKER_WORDS})(?:】|\s*:)")  # 整改措施：, 【整改成效】 as a label
MARKER_ANYWHERE = re.compile(rf"(?m)^[ \t]*【?{MARKER_WORDS}")
_BEFORE = re.compile(r"(?<![目当])前")  # 6月底前 sets a deadline; 目前 and 当前 mean now


def phrase_at(text: str, phrase: str) -> int:
    """Where `phrase` stands in `text` as a status, not as a verb taking an object, a
    promise or a request: …廉政谈话,已完成 and 已完成整改 are statuses; 完成实验室改扩建,
    完成2024年度方案, 长期坚持“党建+业务”机制 (a quoted object), 12月底前完成整改 and
    要求迅速完成整改 are not."""
    at = text.find(phrase)
    while at >= 0:
        nxt = text[at + len(phrase):at + len(phrase) + 1]
        clause = text[max(text.rfind(",", 0, at), text.rfind("\n", 0, at)) + 1:at]
        promised = _BEFORE.search(clause) or text[at - 1:at] == "将" or \
            any(w in clause for w in ("争取", "确保", "力争", "计划", "要求"))  # 6月底前全部完成: a deadline
        if (not nxt or not (nxt.isalnum() or nxt in "“‘《「\"") or nxt in "整中并销") and not promised:  # not 完成2024年度方案; 已完成并销号, 已整改销号
            return at
        at = text.find(phrase, at + 1)
    return -1


@lru_cache(maxsize=1)
def status_phrases() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in lexicon("status")), key=len, reverse=True))


# what states a problem: 不深入, 未落实, 缺位, 有差距, 薄弱, 滞后, 存在漏洞, …的问题
PROBLEM_WORDS = re.compile(r"不|未|没|缺|欠|乏|差|弱|有待|亟待|老化|老旧|陈旧|破旧|落后|闲置|虚假|积压|挤占|严重|混乱|松散|流于形式|走过场|超标|超范围|挪用|截留|套取|虚报|冒领|脱节|失衡|过[高低多少]|缓慢|迟缓|滞后|问题|漏洞|隐患|偏[高低多少]|虚化|淡化|短板|失[职范]|违[规反纪]")
# measures whose object names what was wrong: 清退违规发放的津补贴, 追回违规资金
_OBJECT_VERBS = ("清退", "追回", "追缴", "收缴", "退还", "收回", "查处", "纠正", "约谈", "给予")


@lru_cache(maxsize=1)
def measure_start() -> re.Pattern:
    return re.compile("|".join(sorted((row[0] for row in lexicon("measure_verbs")), key=len, reverse=True)))


# a measure may open with whom or what it acts on: 对各科室…开展督查, 与湘雅医院建立专科联盟
PREPOSITION_FIRST = re.compile(r"(?:对|与|同|向|为|在|按照|根据|通过)[^,。;]{1,30}?"
                               r"(?=进行|开展|建立|签订|组织|实施|完成|派驻|选派|派出)")


# a measure framed as where the effort goes: 在强化顶层设计上下功夫, 以绩效考核为抓手
_EFFORT_FRAME = re.compile(r"(?:在|从)[^,。;]{2,20}?上(?:下功夫|下足功夫|用力|发力|求实效|见实效|做文章|出实招)"
                           r"|以[^,。;]{2,20}?为(?:牵引|抓手|重点|突破口|切入点|引领|导向|载体)")


def is_measure(title: str) -> bool:
    if _EFFORT_FRAME.match(title):
        return True  # 在突出问题导向上用力: the 问题 in it is no problem stated
    verb = measure_start().match(title) or PREPOSITION_FIRST.match(title)
    return verb is not None and (verb.group() in _OBJECT_VERBS or not PROBLEM_WORDS.search(title))


def opens_measures(titles: list[str]) -> bool:
    """Whether items read as measures: each opens with a measure's verb (or whom it acts
    on), and most name no fault (修订…，退回不合规费用 may)."""
    return all(measure_start().match(t) or PREPOSITION_FIRST.match(t) for t in titles) \
        and 2 * sum(not is_measure(t) for t in titles) <= len(titles)


def first_status(text: str) -> str | None:
    """The status phrase standing first in `text` (the longest where two start together),
    with the 中 that may follow it: 持续推进中."""
    found = [(at, -len(p), p) for p in status_phrases() if (at := phrase_at(text, p)) >= 0]
    if not found:
        return None
    at, _, p = min(found)
    return p + "中" if text[at + len(p):at + len(p) + 1] == "中" else p
