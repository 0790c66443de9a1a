"""An .odt whose first numbered heading (or list item) is a deeper one than those after it.

LibreOffice counts the missing parent level as once met: 甲 at level 2 first prints 1.1 (or
（一） alone), and the first level-1 heading after it is 2, not 1. The reader numbered that
one 1, so a text opening on a 小标题 under no part read its parts one number short
(drafter/corpus/readers/odt.py). The expected numbers are those LibreOffice 7 prints when
it saves these very files as text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from odt_writer import write_odt

from drafter.corpus.readers.odt import read_odt

_LEVEL = (
    '<text:{kind}-level-style{number} text:level="{level}" style:num-suffix="." '
    'style:num-format="1"{display}/>'
)


def _style(kind: str, display: bool) -> str:
    tag = "outline" if kind == "outline" else "list"
    levels = "".join(
        _LEVEL.format(
            kind=tag,
            number="" if kind == "outline" else "-number",
            level=level,
            display=f' text:display-levels="{level}"' if display and level > 1 else "",
        )
        for level in (1, 2, 3)
    )
    name = "Outline" if kind == "outline" else "L1"
    return f'<text:{tag}-style style:name="{name}">{levels}</text:{tag}-style>'


def _h(level: int, text: str) -> str:
    return f'<text:h text:outline-level="{level}">{text}</text:h>'


def _items(*texts: str) -> str:
    return "".join(f"<text:list-item><text:p>{t}</text:p></text:list-item>" for t in texts)


def _nested(inner: str) -> str:
    return f"<text:list-item><text:list>{inner}</text:list></text:list-item>"


@pytest.mark.parametrize(
    ("display", "numbers"),
    [
        (True, ["1.1.", "1.1.1.", "1.2.", "2.", "2.1."]),
        (False, ["1.", "1.", "2.", "2.", "1."]),
    ],
    ids=["parents_shown", "own_number"],
)
def test_headings_after_a_deeper_first_one_count_its_parent(tmp_path: Path, display, numbers):
    body = "<text:p>开头。</text:p>" + "".join(
        _h(level, text) for level, text in ((2, "甲"), (3, "乙"), (2, "丙"), (1, "丁"), (2, "戊"))
    )
    path = write_odt(tmp_path / "h.odt", body, styles=_style("outline", display))
    assert [b.numbering for b in read_odt(path).blocks if b.heading_level] == numbers


def test_list_items_after_a_nested_first_one_count_its_parent(tmp_path: Path):
    body = (
        '<text:p>开头。</text:p><text:list text:style-name="L1">'
        + _nested(_items("甲", "乙"))
        + _items("丙")
        + _nested(_items("丁"))
        + "</text:list>"
    )
    path = write_odt(tmp_path / "l.odt", body, styles=_style("list", True))
    got = [b.numbering for b in read_odt(path).blocks if b.numbering]
    assert got == ["1.1.", "1.2.", "2.", "2.1."]
