"""A heading numbered in another form is a change: 第一、 written 第一， shows.

The office head's review flagged 序次语“第一”后应用逗号，不用顿号 on every 第一、 of a
writer's draft; the writer fixed them in Word and sent the file back. 比较稿件 said 提纲变化 0
处 while its two trees printed 第一、 and 第一， side by side, the report said nothing of
them and the 修订稿 printed 第一， with no tracked change, so the head could not see the fix
was made. Numbers are still not compared (a heading renumbered because another moved is no
change); the form of the marker is (``marker``, 编号)."""

from __future__ import annotations

import copy
import zipfile

from lxml import etree

from drafter.cli import main
from drafter.compare import compare_drafts
from drafter.compare.report import render_report
from drafter.drafts.model import DraftNode, DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import save_draft
from drafter.export import export_draft
from tests.export.conftest import build_speech

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _drafts(tmp_path):
    """The head's draft (第一、 第二、 under 一、) and the writer's answer read from Word."""
    old = build_speech()
    old.numbering = ["cn_dun", "ordinal_dun"]
    new = copy.deepcopy(old)
    for node in new.sections[0].children:
        node.marker_punct = "，"
    return old, open_as_draft(export_draft(new, tmp_path / "二稿.docx"))


def test_marker_form_change_is_reported(tmp_path):
    old, new = _drafts(tmp_path)
    c = compare_drafts(old, new)
    assert [(o.op, o.old, o.new) for o in c.outline] == [
        ("marker", "第一、办公室是参谋助手", "第一，办公室是参谋助手"),
        ("marker", "第二、办公室是服务中心", "第二，办公室是服务中心"),
    ]
    assert not c.unchanged and c.stats == {"chars_added": 2, "chars_removed": 2}
    report = render_report(c, "初稿", "二稿")
    assert "  编号  第一、办公室是参谋助手 → 第一，办公室是参谋助手" in report


def test_renumbering_is_still_no_change():
    """A heading inserted before 第一、 makes it 第二、: the same form, no marker change."""
    old = build_speech()
    old.numbering = ["cn_dun", "ordinal_dun"]
    new = copy.deepcopy(old)
    new.sections[0].children.insert(
        0, DraftNode("办公室是坚强前哨", paragraphs=[DraftParagraph("要站好岗。")])
    )
    ops = [o.op for o in compare_drafts(old, new).outline]
    assert ops == ["add"]


def test_redline_tracks_the_marker(tmp_path):
    old, new = _drafts(tmp_path)
    save_draft(old, tmp_path / "初稿.json")
    save_draft(new, tmp_path / "二稿.json")
    out = tmp_path / "修订稿.docx"
    args = ["compare", str(tmp_path / "初稿.json"), str(tmp_path / "二稿.json"), "-o", str(out)]
    assert main([*args, "--author", "王主任"]) == 0
    with zipfile.ZipFile(out) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
    heading = next(p for p in body.iter(f"{W}p") if "办公室是参谋助手" in _text(p, "t"))
    assert _text(heading, "delText") == "、"  # struck in the marker
    assert "".join(t.text for t in heading.iterfind(f"{W}ins//{W}t")) == "，"
    assert _text(heading, "t") == "第一，办公室是参谋助手"


def _text(p, tag: str) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}{tag}"))
