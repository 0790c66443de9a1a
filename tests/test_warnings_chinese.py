"""A document's reading warnings reach the person in Chinese (the CLI speaks Chinese).

Why: the core keeps its warnings in English (stable, greppable, what the log keeps), and
``drafter outline`` printed them as they were: "! date conflict: the document's date line
says …" under a Chinese outline. Each warning the readers, the metadata and the outline
write is translated here, and an outline of a text with a gap in its numbering is run
through the CLI's own rendering.
"""

from __future__ import annotations

from drafter.commands.outline import render_tree
from drafter.corpus import parse_text
from drafter.messages import warning_in_chinese

WARNINGS = {
    "date conflict: the document's date line says 2025-11-24, the scraped summary says "
    "2024-11-24; kept 2025-11-24": "日期不一致：文中日期行为 2025-11-24，网页摘要为 2024-11-24，"
    "采用文中的 2025-11-24",
    "numbering: 一、 then 三、: 二、 missing": "编号不连续：一、 之后是 三、，缺少 二、",
    "numbering: （二） twice": "编号重复：（二） 出现两次",
    "numbering: （三） where （四） stands": "编号有误：应为 （四） 处写成了 （三）",
    "cut.txt: 1 invalid UTF-8 byte sequence(s) replaced by \ufffd": "cut.txt：有 1 处无效的 "
    "UTF-8 字节，已替换为 \ufffd",
    "a.txt: invalid gb18030 bytes replaced by \ufffd": "a.txt：按 gb18030 读取时有无效字节，已替换为 \ufffd",
    "a.txt: removed 3 control character(s)": "a.txt：已删除 3 个控制字符",
    "页.html: no article found in the page; all of its text was read": "页.html：网页中找不到正文区域，"
    "已读入页面上的全部文字",
    "扫描.pdf: no text on page(s) 2, 3 (scanned pages need OCR)": "扫描.pdf：第 2, 3 页没有文字"
    "（扫描页需先做文字识别）",
}


def test_every_reading_warning_in_chinese():
    """Each warning the core writes has its Chinese, the file named as it was."""
    for english, chinese in WARNINGS.items():
        assert warning_in_chinese(english) == chinese


def test_outline_prints_a_numbering_gap_in_chinese():
    """``drafter outline`` of a text whose parts skip a number says so in Chinese."""
    text = (
        "在全县工作会议上的讲话\n同志们：\n一、提高认识\n要提高认识。\n三、狠抓落实\n要狠抓落实。\n"
    )
    doc = parse_text(text, "gap.txt")
    assert any(w.startswith("numbering:") for w in doc.warnings)
    out = render_tree(doc)
    assert "编号不连续" in out
    assert "numbering" not in out
