"""The export dialog writes real files on a worker and reports problems in place."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.settings import Settings
from drafter.ui.dialogs.export_dialog import ExportDialog, safe_file_name

from .waits import RENDER_WAIT_MS, WAIT_MS


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="在全市安全生产工作会议上的讲话", speaker="张三", date="2026-11-20"),
        opening=[DraftParagraph("同志们：")],
        sections=[
            DraftNode("统一思想", paragraphs=[DraftParagraph("安全生产责任重于泰山。")]),
            DraftNode(
                "突出重点", hint="写作提示不导出", paragraphs=[DraftParagraph("抓好专项整治。")]
            ),
        ],
        closing=[DraftParagraph("同志们，让我们共同努力！")],
    )


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _dialog(qtbot, settings, draft=None) -> ExportDialog:
    dialog = ExportDialog(draft or _draft(), settings)
    qtbot.addWidget(dialog)
    return dialog


def _export(qtbot, dialog) -> Path:
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
        assert dialog.start_export() is not None
    return blocker.args[0]


def test_docx_export_reopens_and_opens_the_folder(qtbot, tmp_path, opened):
    settings = Settings(last_export_dir=str(tmp_path))
    dialog = _dialog(qtbot, settings)
    assert dialog.path.text() == str(tmp_path / "在全市安全生产工作会议上的讲话.docx")
    assert dialog.current_style() == "gbt9704"
    dialog.open_folder.setChecked(True)
    path = _export(qtbot, dialog)
    assert path.exists()
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "在全市安全生产工作会议上的讲话" in text
    assert "一、统一思想" in text and "安全生产责任重于泰山。" in text
    assert "写作提示不导出" not in text
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]
    assert settings.last_export_dir == str(tmp_path)


def test_markdown_and_text_follow_the_format_choice(qtbot, tmp_path, opened):
    dialog = _dialog(qtbot, Settings(last_export_dir=str(tmp_path)))
    dialog.set_format("md")
    assert dialog.path.text().endswith(".md")
    assert not dialog.style.isEnabled()
    md = _export(qtbot, dialog)
    assert md.suffix == ".md" and "统一思想" in md.read_text(encoding="utf-8")
    dialog = _dialog(qtbot, Settings(last_export_dir=str(tmp_path)))
    dialog.set_format("txt")
    dialog.indent.setChecked(True)
    txt = _export(qtbot, dialog)
    assert "\u3000\u3000安全生产责任重于泰山。" in txt.read_text(encoding="utf-8")
    assert opened == []


def test_house_style_file_and_fallbacks(qtbot, tmp_path, opened):
    style = tmp_path / "本单位.toml"
    style.write_text(
        'name = "本单位"\ndescription = "本单位格式"\nbased_on = "gbt9704"\n'
        '[title]\nfont = "黑体"\n',
        encoding="utf-8",
    )
    settings = Settings(last_export_dir=str(tmp_path), font_fallbacks={"仿宋_GB2312": "仿宋"})
    dialog = _dialog(qtbot, settings)
    dialog.set_style(str(style))
    assert dialog.current_style() == str(style)
    assert "黑体" in dialog.style_note.text()
    assert dialog.fallbacks.isChecked()
    path = _export(qtbot, dialog)
    document = docx.Document(str(path))
    xml = document.element.xml + document.styles.element.xml
    assert "黑体" in xml
    assert 'w:eastAsia="仿宋"' in xml


def test_errors_are_shown_in_the_dialog(qtbot, tmp_path, opened, monkeypatch):
    bad = tmp_path / "坏样式.toml"
    bad.write_text("[page]\nmargin_top_mm = 'x'\n", encoding="utf-8")
    dialog = _dialog(qtbot, Settings(last_export_dir=str(tmp_path)))
    dialog.set_style(str(bad))
    assert dialog.start_export() is None
    assert not dialog.error.isHidden() and "坏样式.toml" in dialog.error.text()

    dialog = _dialog(qtbot, Settings(last_export_dir=str(tmp_path)))
    dialog.path.setText(str(tmp_path / "没有这个文件夹" / "a.docx"))
    assert dialog.start_export() is None
    assert "文件夹不存在" in dialog.error.text()

    existing = tmp_path / "已有.docx"
    existing.write_bytes(b"keep me")
    dialog.path.setText(str(existing))
    monkeypatch.setattr(dialog, "_confirm_overwrite", lambda path: False)
    assert dialog.start_export() is None
    assert existing.read_bytes() == b"keep me"


def test_safe_file_name():
    assert safe_file_name('关于"A/B"的讲话') == "关于_A_B_的讲话"
    assert safe_file_name("") == "未命名稿件"


def test_a_folder_the_system_cannot_open_is_reported(qtbot, tmp_path, monkeypatch):
    # Regression: with no file manager installed the tick did nothing, silently.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog = _dialog(qtbot, Settings(last_export_dir=str(tmp_path)))
    dialog.open_folder.setChecked(True)
    path = _export(qtbot, dialog)
    assert path.exists()
    assert dialog.folder_not_opened


def test_the_fallback_option_says_where_it_is_set(qtbot, tmp_path):
    dialog = _dialog(qtbot, Settings(last_export_dir=str(tmp_path)))
    assert not dialog.fallbacks.isEnabled()
    assert "首选项" in dialog.fallbacks.text() and "导出格式" in dialog.fallbacks.text()
    ready = _dialog(qtbot, Settings(font_fallbacks={"仿宋_GB2312": "仿宋"}))
    assert ready.fallbacks.isEnabled() and "尚未设置" not in ready.fallbacks.text()


def test_render_check_without_libreoffice_says_skipped(qtbot, tmp_path, opened, monkeypatch):
    from drafter.export import render_check

    monkeypatch.setattr(render_check, "find_soffice", lambda: None)
    dialog = _dialog(qtbot, Settings(last_export_dir=str(tmp_path)))
    dialog.check.setChecked(True)
    _export(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.check_report is not None, timeout=WAIT_MS)
    assert dialog.check_report.status == "skipped"
    assert "排版检查已跳过" in dialog.report.toPlainText()
    assert dialog.isVisible() or dialog.result() == 0  # still open to read the report
    dialog.reject()  # 关闭 after an export counts as done
    assert dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.slow
@pytest.mark.skipif(
    __import__("shutil").which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_render_check_reports_pages_and_fonts(qtbot, tmp_path, opened):
    dialog = _dialog(qtbot, Settings(last_export_dir=str(tmp_path)))
    dialog.show()
    dialog.check.setChecked(True)
    _export(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.check_report is not None, timeout=RENDER_WAIT_MS)
    report = dialog.check_report
    assert report.status == "ok" and report.pages >= 1 and report.missing == []
    text = dialog.report.toPlainText()
    assert f"共 {report.pages} 页" in text and "缺字：无" in text
    for font in report.missing_fonts:
        assert font.requested in text


def test_the_check_and_open_folder_ticks_are_remembered(qtbot, tmp_path, opened):
    """ux50's walk: a writer who checks the layout of every file had to tick 导出后检查排版
    again at each export, the dialog came back with it cleared. The ticks of the last export
    are the next dialog's, and they are kept in the settings file."""
    settings = Settings(last_export_dir=str(tmp_path))
    dialog = _dialog(qtbot, settings)
    assert not dialog.check.isChecked() and not dialog.open_folder.isChecked()
    dialog.set_format("md")  # no LibreOffice run here; the Word-only tick is still the writer's
    dialog.check.setChecked(True)
    dialog.open_folder.setChecked(True)
    _export(qtbot, dialog)
    again = _dialog(qtbot, settings)
    assert again.check.isChecked() and again.open_folder.isChecked()
    path = tmp_path / "settings.toml"
    settings.save(path)
    kept = Settings.load(path)
    assert kept.export_check and kept.export_open_folder
    assert _dialog(qtbot, kept).check.isChecked()
