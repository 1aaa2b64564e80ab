"""Lines and sentences: the units every reader of a report's structure walks."""
from __future__ import annotations

import re
from dataclasses import dataclass

CN = r"一二三四五六七八九十"
# A half-width full stop ends a sentence after a character or closing mark (copies that
# use "." for "。"), never inside 18.9万元, a heading's "1." or an address.
_STOP = r"(?<=[\u4e00-\u9fff”》)])\.(?![\dA-Za-z])"
SENT = re.compile(rf"(?:(?!{_STOP})[^。!?;\n])+(?:[。!?;]|{_STOP})?")
TERMINAL = re.compile(rf"[。;!?]|{_STOP}")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def split_lines(s: str) -> list[Line]:
    """The lines with any text, with where each stands in `s`."""
    out, pos = [], 0
    for raw in s.split("\n"):
        if raw.strip():
            out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def first_sentence(s: str) -> str:
    """Text up to the first 。 (or ; ! ? or a full stop written ".") outside quotation marks
    and brackets (…不够有力（责任领导：吴海波；整改时限：2024年12月底）)."""
    depth = 0
    for i, c in enumerate(s):
        if c in "“《(":
            depth += 1
        elif c in "”》)" and depth:
            depth -= 1
        elif c in "。;!?." and depth == 0 and TERMINAL.match(s, i):
            return s[:i]
    return s.rstrip("。")


def start_of_line(s: str, at: int) -> int:
    """Where the line holding `at` starts (the text's end for `at` past it)."""
    return s.rfind("\n", 0, at) + 1 if at < len(s) else len(s)


def end_of_line(s: str, at: int) -> int:
    """Where the line holding `at` ends (the text's end for its last line)."""
    end = s.find("\n", at)
    return len(s) if end < 0 else end
