"""The file choosers start where they were left, also after a restart, by kind.

Walking the office head's path: he imports the writers' files from his 收文 folder and
opens a writer's draft from the folder of that round; after a restart every chooser
started in the home folder again, and he clicked his way back each time. Now 导入文件
(and 导入文件夹) start in the folder of the last import, 打开稿件 (with no draft of its own
folder open) in the folder of the last file opened, each kept in the settings file.
"""

from __future__ import annotations

from pathlib import Path

from drafter.settings import Settings

from .chooser_setup import answer_chooser


def _answer(seen: dict, accept: Path | None):
    """Note where the chooser opened, then choose ``accept`` (None: cancel)."""

    def check(dialog):
        seen["dir"] = Path(dialog.directory().absolutePath())
        if accept is not None:
            dialog.setDirectory(str(accept.parent))

    answer_chooser(check, accept.name if accept is not None else None)


def test_import_and_open_start_where_they_were_left_after_a_restart(qtbot, make_window, tmp_path):
    inbox = tmp_path / "收文"
    inbox.mkdir()
    (inbox / "张三初稿.txt").write_text("在全区工作会议上的讲话\n同志们：\n要抓好落实。\n", "utf-8")
    round2 = tmp_path / "第二轮"
    round2.mkdir()
    (round2 / "李四二稿.txt").write_text(
        "在全区工作会议上的讲话\n同志们：\n要抓好落实。\n", "utf-8"
    )

    window = make_window()
    seen: dict = {}
    _answer(seen, inbox / "张三初稿.txt")
    window.library_panel.import_button.click()
    assert seen["dir"] == Path.home()  # never used: the home folder, as before
    _answer(seen, round2 / "李四二稿.txt")
    window.editor.files.open_draft()
    assert window.editor.draft.source == str(round2 / "李四二稿.txt")
    window.close()

    # a restart: a new window on the settings file as saved
    settings = Settings.load(tmp_path / "settings.toml")
    assert settings.last_dirs == {"import": str(inbox), "review": str(round2)}
    again = make_window(settings)
    _answer(seen, None)
    again.library_panel.import_button.click()
    assert seen["dir"] == inbox
    _answer(seen, None)
    again.library_panel.import_folder_button.click()
    assert seen["dir"] == inbox
    _answer(seen, None)
    again.editor.files.open_draft()
    assert seen["dir"] == round2


def test_a_folder_gone_since_starts_at_home(qtbot, make_window, tmp_path):
    settings = Settings(last_dirs={"import": str(tmp_path / "已删除")})
    window = make_window(settings)
    seen: dict = {}
    _answer(seen, None)
    window.library_panel.import_button.click()
    assert seen["dir"] == Path.home()
