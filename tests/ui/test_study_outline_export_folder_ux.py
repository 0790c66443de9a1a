"""学习 › 导出提纲 opens where the last export went: its file dialog always began in the
app's working folder (/root in the ux walk), so a trainee exporting the outlines of
several 范文 went looking for the folder each time; 导出 of a draft already remembered it."""

from __future__ import annotations

from pathlib import Path

from drafter.settings import Settings
from drafter.ui.study import study_panel

from .study_setup import FIRST, open_and_study, window_with


def test_outline_export_remembers_its_folder(make_window, qtbot, tmp_path, monkeypatch):
    asked: list[str] = []
    out = tmp_path / "提纲们"
    out.mkdir()

    def answer(_parent, _caption, suggested, _filters):
        asked.append(suggested)
        return str(out / Path(suggested).name), ""

    monkeypatch.setattr(study_panel, "get_save_file_name", answer)
    with window_with(make_window, tmp_path, {"讲话.txt": FIRST}, Settings()) as (window, library):
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        first = panel.export_outline()
        assert first is not None and first.parent == out and first.exists()
        assert window.settings.last_export_dir == str(out)
        panel.export_outline()
        assert Path(asked[1]).parent == out, asked
