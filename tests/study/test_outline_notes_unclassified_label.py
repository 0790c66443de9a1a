"""The printed and exported 提纲 name a closing (or opening) of no known type 未归类, as the 结构图
and `drafter study` do: exported from the running app, the outline of 在公司质量工作汇报会上的讲话
ended on a bare 〔结尾〕 with nothing after it, which read as a label left blank. No Qt."""

from __future__ import annotations

from drafter.study.model import Bookend, Part, Span
from drafter.study.outline_notes import bookend_line


def test_a_closing_of_no_known_type_is_said_unclassified():
    closing = Bookend(type=None, text="谢谢大家。今天就讲这些。", paragraphs=[9])
    # with its first words: a bare 结尾（未归类） gave the trainee nothing to find it by
    assert bookend_line("结尾", closing) == "结尾（未归类）：“谢谢大家。今天就讲这些。”"
    long = Bookend(
        type=None, text="同志们，" + "我们要把工作做好，" * 9 + "\n谢谢。", paragraphs=[9]
    )
    line = bookend_line("结尾", long)
    assert line.startswith("结尾（未归类）：“同志们，我们要把工作做好") and line.endswith("…”")
    assert "谢谢" not in line and len(line) < 50


def test_a_typed_closing_keeps_its_type_and_parts():
    parts = [Part(kind="号召", text="让我们团结一致！", span=Span(9, 0, 8))]
    closing = Bookend(type="号召激励式", text="让我们团结一致！", parts=parts, paragraphs=[9])
    assert bookend_line("结尾", closing) == "结尾（号召激励式）：发出号召。"


def test_no_closing_text_adds_no_label():
    assert bookend_line("结尾", Bookend(type=None, text="")) == "结尾"
