"""Cited documents (every title in 《》) and official document numbers (湘卫发〔2024〕7号)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.dates import cn_int
from kg.extract.rules.common import HAN, make_mention, stop_chars
from kg.gazetteer import gazetteer
from kg.model import Mention
from kg.resources import lexicon

_TITLE = re.compile(r"《([^《》\n]{1,150})》")


def documents(s: str) -> list[Mention]:
    """Every title in 《》; the value is the title without spaces."""
    out = []
    for m in _TITLE.finditer(s):
        title = m.group(1).strip()
        if title:
            out.append(make_mention("document", s, m.start(1), m.end(1), re.sub(r"\s+", "", title)))
    return out


_DOCNO = re.compile(r"[〔\[(【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])】]\s*(?:第\s*)?(?P<serial>\d{1,5})\s*号")
_HAN_RUN_END = re.compile(rf"[{HAN}]{{1,12}}$")
_ISSUING_BODY = re.compile(r".*(?:委员会|人民政府|办公室|办公厅|卫健委|卫生健康委|局|厅)(?=[^\W\d_]{2})")


@lru_cache(maxsize=1)
def _issuer_heads() -> frozenset[str]:
    return frozenset(gazetteer().abbr) | {"国", "中"}


def split_issuer(run: str, opens: bool = False) -> str:
    """The issuer abbreviation at the end of the characters before a number's brackets.

    What follows the last function word or verb is the issuer (印发了豫办 → 豫办,
    按照湘卫发 → 湘卫发), and so does what follows a body's name (…卫生健康委员会资卫发 →
    资卫发); a run without one is the issuer whole (南中医党). A long run
    keeps only its shortest tail that starts with a province or city short name. A short
    name that is also a function word starts the issuer where it follows a cut, or an
    opening bracket (`opens`): （并政办发 is Taiyuan's, 并新卫发 is "and" Xinjiang's.
    """
    single, double = stop_chars()
    heads = _issuer_heads()
    after = _ISSUING_BODY.search(run)  # 资阳市卫生健康委员会资卫发: the number follows its issuer's name
    if after:
        run, opens = run[after.end():], True
    cut = 0
    for i in range(len(run)):
        if run[i:i + 2] in double:
            cut = i + 2
        elif run[i] in single and cut <= i and not (run[i] in heads and i == cut and (i or opens)):
            cut = i + 1
    tail = run[cut:]
    if len(tail) <= 8:
        return tail
    for i in range(len(tail) - 1, -1, -1):
        if tail[i] in heads:
            return tail[i:]
    return ""


@lru_cache(maxsize=1)
def _decree() -> re.Pattern:
    """A decree's number: 国务院令第149号, 国家卫生健康委令第3号, 中华人民共和国主席令第二十四号;
    the issuers are the State Council, the President and the central bodies of
    data/lexicons/central_bodies.tsv."""
    bodies = sorted({"国务院", "中华人民共和国主席", *(r[0] for r in lexicon("central_bodies"))}, key=len, reverse=True)
    return re.compile(rf"(?P<body>{'|'.join(map(re.escape, bodies))})令第(?P<serial>\d{{1,4}}|[一二三四五六七八九十百]{{1,6}})号")


def doc_numbers(s: str) -> list[Mention]:
    """文号 such as 湘卫发〔2024〕7号, 赣卫办[2023]12号 or (2021)8号, and decrees' numbers
    (国务院令第149号)."""
    out = [make_mention("doc_number", s, m.start(), m.end(), m.group(),  # a decree's: no year
                        f"doc_number|{m.group('body')}令||{cn_int(m.group('serial'))}") for m in _decree().finditer(s)]
    for m in _DOCNO.finditer(s):
        run = _HAN_RUN_END.search(s, max(0, m.start() - 12), m.start())
        opens = bool(run) and (run.start() == 0 or s[run.start() - 1] in "(（[【")  # the text or a bracket opens
        issuer = split_issuer(run.group(), opens) if run else ""
        start = m.start() - len(issuer)
        year, serial = m.group("year"), str(int(m.group("serial")))
        value = f"{issuer}〔{year}〕{serial}号"
        out.append(make_mention("doc_number", s, start, m.end(), value, f"doc_number|{issuer}|{year}|{serial}"))
    return out
