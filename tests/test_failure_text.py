"""``failure_text``: what every panel says when its worker fails (core, no Qt)."""

from __future__ import annotations

from drafter.messages import describe, failure_text


def test_an_exception_is_described_in_chinese_not_in_the_workers_english():
    exc = PermissionError(13, "Permission denied", "/资料库/乙.docx")
    assert failure_text(str(exc), exc) == "没有权限访问：/资料库/乙.docx" == describe(exc)


def test_without_an_exception_the_workers_own_message_stands():
    assert failure_text("导入已中止", None) == "导入已中止"
    assert failure_text("导入已中止", "not an exception") == "导入已中止"
