"""A speech opened as a draft (打开稿件, ``drafter new --from``, ``drafter export FILE``) lost
the numbers of headings numbered in no draft style: 第一点，关于作风 came in as 关于作风, and
the export of a speech fixed to 第二点…第六点 printed bare headings. Such headings now keep
their written marker, as the study page's 导出提纲 already kept it; styled markers (一、) are
still the draft's numbering."""

from __future__ import annotations

from drafter.drafts.numbering import markers
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_any

TEXT = """在全县工作会议上的讲话
同志们：
今天我讲三点意见。
一、统一思想
第一点，关于作风
作风建设永远在路上，不能一阵风。
第二点，关于农业
农业是基础，要抓紧抓实。
第三点，关于团结
团结就是力量，要拧成一股绳。
二、狠抓落实
要一级抓一级，层层抓落实。
"""


def test_headings_in_no_style_keep_their_marker_and_styled_ones_are_numbered(tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    draft = open_as_draft(path)
    first = draft.sections[0]
    marks = markers(draft)
    assert [marks[c.id] + c.heading for c in first.children] == [
        "第一点，关于作风",
        "第二点，关于农业",
        "第三点，关于团结",
    ]
    assert first.heading == "统一思想" and marks[first.id] == "一、"
    out = export_any(path, tmp_path / "提纲.md", outline_only=True).read_text(encoding="utf-8")
    assert "第二点，关于农业" in out and "一、统一思想" in out
