"""The app's import, on its worker, of a folder of bad input: a looping link, a
password-protected .docx, an empty file, a damaged .docx and its byte-identical twin named
.txt, a text padded with NUL bytes, beside good speeches. The import ends (it once died on
the loop and imported nothing), the good files and the NUL-padded one go in, and the box
names every bad file by its full path, in Chinese, with its own reason."""

from __future__ import annotations

import os
import struct

from PySide6.QtWidgets import QMessageBox

from drafter.corpus.signatures import OLE_MAGIC
from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel

from .fakes import write_corpus
from .waits import WAIT_MS


def _hostile(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "空.txt").write_bytes(b"")
    junk = b"this is not a zip archive" * 40
    (folder / "坏.docx").write_bytes(junk)
    (folder / "坏.txt").write_bytes(junk)
    header = bytearray(512)
    header[:8] = OLE_MAGIC
    struct.pack_into("<H", header, 0x1E, 9)
    directory = "EncryptionInfo".encode("utf-16-le").ljust(128, b"\0")
    directory += "EncryptedPackage".encode("utf-16-le")
    (folder / "保密.docx").write_bytes(
        bytes(header) + directory.ljust(512, b"\0") + os.urandom(512)
    )
    text = "在全县工作会议上的讲话\n\n同志们：\n\n一、统一思想\n\n要统一思想。\n\n二、狠抓落实\n\n要抓落实。\n"
    (folder / "断电.txt").write_bytes(text.encode("utf-8") + b"\0" * 2048)


def test_a_hostile_folder_imports_the_rest_and_names_each_bad_file(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "来稿"
    good = write_corpus(folder, 2)
    _hostile(folder)
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    library = Library.open(tmp_path / "lib", workers=1)
    panel.set_library(library)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([folder])
    paths = {d.path for d in library.documents()}
    library.close()
    assert {str(p) for p in good} | {str(folder / "断电.txt")} <= paths
    assert shown and shown[0].text() == "6 个文件未能导入，其余文件已导入。"
    lines = shown[0].detailedText().splitlines()
    said = {line.split("：", 1)[0]: line for line in lines}
    expect = {
        "a.txt": "符号链接",
        "b.txt": "符号链接",
        "空.txt": "文件是空的",
        "坏.docx": "不是有效的 Word 文档",
        "坏.txt": "内容完全相同",
        "保密.docx": "取消密码",
    }
    for name, words in expect.items():
        assert words in said[str(folder / name)], lines
    assert not any("意外错误" in line or "Error" in line for line in lines)
