"""保存稿件 for a new draft starts in the folder of the writer's drafts, also after a restart.

Walking the speechwriter's afternoon: every new draft (from a template, Ctrl+N) offered
to save itself in the home folder, while 打开稿件 already started where drafts were last
opened; the writer clicked back to his drafts folder for each speech. Now saving a new
draft starts in the folder drafts were last opened from or saved to, under the draft's
own name, and that folder is kept in the settings file.
"""

from __future__ import annotations

from pathlib import Path

from drafter.settings import Settings

from .chooser_setup import answer_chooser
from .draft_setup import type_chinese


def _answer(seen: dict, accept: Path):
    """Note where the chooser opened and the name it proposed, then save as ``accept``."""

    def check(dialog):
        seen["dir"] = Path(dialog.directory().absolutePath())
        seen["name"] = dialog.selectedFiles()[0] if dialog.selectedFiles() else ""
        dialog.setDirectory(str(accept.parent))

    answer_chooser(check, accept.name)


def test_a_new_draft_is_saved_where_drafts_were_last_saved(qtbot, make_window, tmp_path):
    drafts = tmp_path / "讲话稿"
    drafts.mkdir()
    window = make_window()
    files = window.editor.files
    seen: dict = {}
    _answer(seen, drafts / "一稿.json")
    assert files.save()
    assert seen["dir"] == Path.home()  # never saved before: the home folder, as before
    assert (drafts / "一稿.json").is_file()

    files.new_draft()
    type_chinese(window.editor.meta.edits["title"], "在全市安全生产工作会议上的讲话")
    _answer(seen, drafts / "二稿.json")
    assert files.save()
    # before: the home folder again, for every new draft
    assert seen["dir"] == drafts
    assert Path(seen["name"]).name == "在全市安全生产工作会议上的讲话.json"
    assert (drafts / "二稿.json").is_file()
    window.close()

    settings = Settings.load(tmp_path / "settings.toml")
    assert settings.last_dirs.get("review") == str(drafts)
    again = make_window(settings)
    _answer(seen, drafts / "三稿.json")
    assert again.editor.files.save()
    assert seen["dir"] == drafts
