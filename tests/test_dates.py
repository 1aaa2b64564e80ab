"""Dates: inheritance of year and month, repair of dropped characters only where one
reading is possible, deadlines."""
from __future__ import annotations

import pytest

from kg.dates import cn_int, find_dates, find_deadline, month_day_readings


@pytest.mark.parametrize("text, year, values", [
    ("2023年10月8日至12月13日", None, ["2023-10-08", "2023-12-13"]),
    ("2019年9月3日至30日", None, ["2019-09-03", "2019-09-30"]),
    ("2021年11月10日至1月20日", None, ["2021-11-10", "2022-01-20"]),
    ("10月22日反馈", 2019, ["2019-10-22"]),
    ("2024915日至1112日", None, ["2024-09-15", "2024-11-12"]),
    ("2025324,区委巡察组", None, ["2025-03-24"]),
    ("2025109", None, ["2025-10-09"]),
    ("20252月的学习", None, ["2025-02"]),
    ("2024-10-23", None, ["2024-10-23"]),
    ("2021年3至5月，省委第七巡视组", None, ["2021-03", "2021-05"]),  # the first 月 lost
    # in Chinese numerals, a range's end leaving its year out; a month alone is no date
    ("于二〇二四年三月十一日至五月十日进行巡察，三月起整改", None, ["2024-03-11", "2024-05-10"]),
    ("二〇二三年十一月六日至一月五日", None, ["2023-11-06", "2024-01-05"]),
    ("中共某区卫生健康局党组\n2024年11月5", None, ["2024-11-05"]),  # a signature date that lost its 日
    ("2024年11月15项工作", None, ["2024-11"]),
])
def test_dates(text, year, values):
    assert [h.value for h in find_dates(text, year)] == values


def test_a_damaged_date_with_two_readings_is_left_unknown():
    hits = find_dates("2025111")  # 1月11日 or 11月1日
    assert len(hits) == 1 and hits[0].value is None and hits[0].ambiguous


@pytest.mark.parametrize("text", ["汴政办〔2022〕29号", "资金2.92万元", "电话0734-3126929"])
def test_numbers_that_are_not_dates(text):
    assert [h.value for h in find_dates(text)] == []


def test_readings_never_zero_pad():
    assert month_day_readings("109") == [(10, 9)]
    assert month_day_readings("111") == [(1, 11), (11, 1)]


@pytest.mark.parametrize("text, deadline", [
    ("争取2022年12月底前全面完成", "2022-12"),
    ("2022年年底前投入运行", "2022-12"),
    ("争取2024年底前整改到位", "2024-12"),
    ("截至2022年底,已完成", None),
    ("2022年11月底整改到位", "2022-11"),
    ("计划6月底完成全部检查目标", "2022-06"),
    ("截至2022年5月底,已完成", None),
    ("2018年年底组织召开了会议", None),
    ("计划于2023年6月底前全部完成整顿", "2023-06"),  # a plan's 于
    ("下一步将于2022年12月底前完成全部问题整改", "2022-12"),
    ("已于2022年6月底前完成整改", None),  # done by then: a status, not a deadline
    ("请于2022年11月30日前反映", None),
    ("整改时限：2025年底", "2025-12"),  # a time limit at a year's end, with no 前
    ("整改时限：2025年末", "2025-12"),
    ("计划二〇二五年三月底前完成", "2025-03"),  # in Chinese numerals, as formal reports write dates
    ("计划于二〇二五年十二月三十一日前完成", "2025-12-31"),
    ("整改期限：2024年底", "2024-12"),  # 期限 labels a time limit as 时限 does
    ("整改期限：2025年上半年", "2025-06"),  # a half-year, a quarter: its last month
    ("整改时限：2025年下半年", "2025-12"),
    ("计划于2025年第一季度完成", "2025-03"),
    ("2024年11月中旬前完成", "2024-11"),
    ("截至2024年上半年,已完成", None),
    ("2024年上半年已完成整改", None),
    ("计划于年底前完成专科验收", "2022-12"),  # the year's end with no year: the report's
    ("【整改时限】2024年10月", "2024-10"),  # a time limit as a bracketed label
    ("每年年底前报送", None),  # every year's end: no one deadline
    ("整改中，预计2025年6月完成", "2025-06"),  # a plan's month with no 底 or 前
    ("2024年6月完成了全部检查", None),  # done then, no plan
    ("整改时限：2024.12", "2024-12"),  # a year and month written with a dot or a slash, as ledgers do
    ("完成时限：2025/6", "2025-06"),
    ("整改时限：长期,投入2024.12万元", None),  # a sum, not a month
])
def test_deadlines(text, deadline):
    assert find_deadline(text, 2022)[0] == deadline


@pytest.mark.parametrize("s, n", [("十五", 15), ("二十三", 23), ("二〇二二", 2022), ("九", 9), ("12", 12),
                                  ("③", 3), ("⑳", 20), ("１２", 12), ("²", None)])
def test_chinese_numerals(s, n):
    assert cn_int(s) == n
