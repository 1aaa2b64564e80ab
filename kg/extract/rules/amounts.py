"""Money (2.35万元, 12356.80元, 40余万元) and dates, as mentions."""
from __future__ import annotations

import re
from decimal import Decimal

from kg.dates import find_dates
from kg.extract.rules.common import HAN, make_mention
from kg.model import Mention

_MONEY = re.compile(
    r"(?<![\d.])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<approx>多|余)?\s*(?P<unit>亿|万|千)?(?P<approx2>多|余)?\s*"
    r"(?:(?P<yuan>元)|(?<=万|亿)(?![\d元]|[" + HAN + r"]))"
)
_MONEY_CONTEXT = re.compile(r"(?:资金|经费|金额|费用|拨付|清退|上缴|追回|退还|罚款|补助|投入|收入|支出|资产|列支|采购|报销|收费)[^,。;]{0,6}$")
_UNITS = {"亿": Decimal(100000000), "万": Decimal(10000), "千": Decimal(1000), None: Decimal(1)}


def yuan(num: str, unit: str | None) -> str:
    """A decimal number of yuan as a plain string: ('41.68', '万') → '416800'."""
    value = Decimal(num.replace(",", "")) * _UNITS[unit]
    text = format(value.normalize(), "f")
    return text


def money(s: str) -> list[Mention]:
    """Amounts in 元, 万元, 亿元 (and 万 alone after a money word); 3.49万张 is not money."""
    out = []
    for m in _MONEY.finditer(s):
        if not m.group("yuan") and not _MONEY_CONTEXT.search(s[max(0, m.start() - 12):m.start()]):
            continue
        value = yuan(m.group("num"), m.group("unit"))
        key = f"money|{value}{'+' if m.group('approx') or m.group('approx2') else ''}"
        out.append(make_mention("money", s, m.start(), m.end(), value, key))
    return out


def dates(s: str) -> list[Mention]:
    """Dates with a value (ISO 8601); damaged ones only where one reading is possible."""
    return [make_mention("date", s, h.start, h.end, h.value) for h in find_dates(s) if h.value]
