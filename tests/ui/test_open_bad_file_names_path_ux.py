"""A file that cannot be opened is named by its full path, in Chinese. Walking the app with a
folder of bad files: ``drafter gui --open 坏.docx`` said 无法打开 坏.docx：坏.docx: not a valid
Word .docx file (damaged, or another format renamed .docx) — English, and no folder — and
打开稿件 on a damaged document said 坏.docx：不是有效的 Word 文档 while a damaged draft was named
by its full path."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from PySide6.QtWidgets import QMessageBox

import drafter.ui.startup
from drafter.ui.startup import Startup

from .fakes import FakeLibrary
from .waits import WAIT_MS


def _zip_of_junk() -> bytes:
    """A .docx that is really a zip of two junk files (no word/document.xml)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("j1", "junk")
        z.writestr("j2", "junk2")
    return out.getvalue()


BAD = [
    ("坏.docx", _zip_of_junk(), "不是有效的 Word 文档"),
    ("空.txt", b"", "文件是空的"),
    ("乱码.txt", bytes(range(256)) * 4, "不是文本文件"),
    ("坏.json", b'{"format": "bad', "稿件文件已损坏（JSON 格式有误：第 1 行第 12 列）"),
]


@pytest.mark.parametrize(("name", "content", "said"), BAD)
def test_open_draft_names_the_bad_file_by_its_full_path(
    make_window, monkeypatch, tmp_path, name, content, said
):
    window = make_window()
    path = tmp_path / "来稿" / name
    path.parent.mkdir()
    path.write_bytes(content)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _w, title, text, *a: shown.append((title, text))
    )
    assert not window.editor.open_draft(path)
    assert shown == [("无法打开稿件", f"{path}：{shown[0][1].split('：', 1)[1]}")]
    assert said in shown[0][1]


def test_a_docx_libreoffice_cannot_load_is_not_explained_in_its_english(
    make_window, monkeypatch, tmp_path
):
    """Not a zip: 打开稿件 hands it to LibreOffice (a .doc renamed .docx opens that way); when
    LibreOffice cannot load it either, its stderr (javaldx warnings, source file could not be
    loaded) was shown in the brackets."""
    window = make_window()
    path = tmp_path / "来稿" / "坏.docx"
    path.parent.mkdir()
    path.write_bytes(b"PK\x03\x04 not really a zip" * 8)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: shown.append(text))
    assert not window.editor.open_draft(path)
    assert len(shown) == 1 and shown[0].startswith(f"{path}：")
    said = shown[0][len(f"{path}：") :].replace("LibreOffice", "").replace("Word", "")
    said = said.replace(".docx", "")  # the extension named in 别的格式改成了 .docx
    assert not re.search(r"[A-Za-z]{4,}", said), shown[0]


@pytest.mark.parametrize(("name", "content", "said"), BAD[:3])
def test_gui_open_of_a_bad_document_says_it_in_chinese_with_the_path(
    qtbot, make_window, monkeypatch, tmp_path, name, content, said
):
    window = make_window()
    path = tmp_path / "来稿" / name
    path.parent.mkdir()
    path.write_bytes(content)
    shown: list[str] = []
    monkeypatch.setattr(
        drafter.ui.startup, "show_error", lambda _w, text, *a, **k: shown.append(text)
    )
    startup = Startup(window, tmp_path / "lib", open_library=FakeLibrary, open_file=path)
    with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
        startup.start()
    assert len(shown) == 1
    assert shown[0].startswith(f"无法打开文稿：{path}：") and said in shown[0]
    assert "not" not in shown[0]


@pytest.mark.parametrize(("name", "content", "said"), BAD)
def test_compare_with_a_bad_file_says_why_in_chinese(
    make_window, monkeypatch, tmp_path, name, content, said
):
    """审阅 › 比较稿件… with an old version that cannot be read said 发生意外错误（CompareError）：
    坏.docx: not a valid Word .docx file … — an "unexpected error" in English for a plain bad
    file. Now the file by its full path and the reason in Chinese, as 打开稿件 says it."""
    window = make_window()
    path = tmp_path / "旧稿" / name
    path.parent.mkdir()
    path.write_bytes(content)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _w, title, text, *a: shown.append((title, text))
    )
    window.editor.office.compare_with_file(str(path))
    assert len(shown) == 1 and shown[0][0] == "无法比较"
    assert shown[0][1].startswith(f"{path}：") and said in shown[0][1]
    assert "意外" not in shown[0][1]
