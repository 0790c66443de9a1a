"""A speech opened in the draft editor keeps its writer's numbers until the writer edits the
outline; then the edited group is renumbered in the writer's style, in the tree and in the
exported .docx and .md alike, and undo brings the written numbers back.

Walking it: a speech whose parts run 二、三、四 (an excerpt) and one numbered 一　 (a numeral
and a full-width space) were opened with 打开稿件; 添加同级 after 二、 showed 三、新标题
beside the old 三、, and the export printed 二、 三、 三、 四、.
"""

from __future__ import annotations

import docx
import pytest

from drafter.ui.dialogs.export_dialog import ExportDialog

from .waits import WAIT_MS

PARA = "这项工作很重要，各地要抓紧研究，拿出具体办法，按月调度，年底考核，确保取得实效。"


def _speech(*heads: str) -> str:
    lines = ["在全县秘书工作会议上的讲话", "同志们：", "今天开个会，讲几点意见。"]
    for head in heads:
        lines += [head, PARA * 2]
    return "\n".join([*lines, "同志们，让我们共同努力，把各项工作做得更好！"]) + "\n"


@pytest.fixture
def panel(make_editor):
    return make_editor(size=(1000, 600))


def _tops(panel) -> list[str]:
    model = panel.session.model
    root = model.index_for_key(panel.draft.sections[0].id).parent()
    texts = [model.index(r, 0, root).data() for r in range(model.rowCount(root))]
    return [t for t in texts if t not in ("开头", "结尾")]


def _export(panel, qtbot, monkeypatch, tmp_path, fmt: str):
    out = tmp_path / f"导出{fmt}"
    out.mkdir()
    panel.settings.last_export_dir = str(out)
    done = []

    def run_dialog(dialog):
        dialog.set_format(fmt)
        assert dialog.start_export() is not None
        qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=WAIT_MS)
        done.append(dialog.result_path)
        return True

    monkeypatch.setattr(ExportDialog, "exec", run_dialog)
    panel.export_action.trigger()
    return done[0]


def test_inserting_deleting_and_moving_renumber_and_export_as_shown(
    panel, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "讲话.txt"
    path.write_text(
        _speech("二、秘书要善于归纳", "三、要重视文档建设", "四、要进行秘书系统整顿"), "utf-8"
    )
    assert panel.open_draft(path)
    assert [t[:2] for t in _tops(panel)] == ["二、", "三、", "四、"]
    first, second, third = (n.id for n in panel.draft.sections)

    panel.select_key(first)
    panel.add_sibling_action.trigger()
    new = panel.current_key()
    panel.tree.closePersistentEditor(panel.session.model.index_for_key(new))
    assert panel.session.model.setData(panel.session.model.index_for_key(new), "要加强督查")
    assert _tops(panel) == [
        "二、秘书要善于归纳",
        "三、要加强督查",
        "四、要重视文档建设",
        "五、要进行秘书系统整顿",
    ]
    body = [
        p.text
        for p in docx.Document(str(_export(panel, qtbot, monkeypatch, tmp_path, "docx"))).paragraphs
    ]
    heads = [t for t in body if t[:2] in ("二、", "三、", "四、", "五、")]
    assert [h[:2] for h in heads] == ["二、", "三、", "四、", "五、"]
    assert heads[1] == "三、要加强督查"

    # undo twice (rename, insert) brings the written run back; redo renumbers again
    panel.session.undo_stack.undo()
    panel.session.undo_stack.undo()
    assert [t[:2] for t in _tops(panel)] == ["二、", "三、", "四、"]
    panel.session.undo_stack.redo()
    assert [t[:2] for t in _tops(panel)] == ["二、", "三、", "四、", "五、"]

    panel.select_key(third)
    panel.move_up_action.trigger()  # 要进行秘书系统整顿 before 要重视文档建设
    panel.select_key(first)
    panel.delete_action.trigger()
    assert [t[:2] for t in _tops(panel)] == ["二、", "三、", "四、"]
    assert _tops(panel)[1] == "三、要进行秘书系统整顿"
    md = _export(panel, qtbot, monkeypatch, tmp_path, "md").read_text("utf-8")
    assert (
        md.index("二、新标题") < md.index("三、要进行秘书系统整顿") < md.index("四、要重视文档建设")
    )
    assert second  # the written 三、 heading moved on to 四、 with its words


def test_a_form_no_style_knows_follows_a_level_change(panel, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(
        _speech("一\u3000国内的形势", "二\u3000我们的任务", "三\u3000工作的方法"), "utf-8"
    )
    assert panel.open_draft(path)
    written = _tops(panel)
    assert written == ["一\u3000国内的形势", "二\u3000我们的任务", "三\u3000工作的方法"]
    panel.select_key(panel.draft.sections[1].id)
    panel.demote_action.trigger()  # 我们的任务 goes under 国内的形势
    assert _tops(panel) == ["一\u3000国内的形势", "二\u3000工作的方法"]
    body = [
        p.text
        for p in docx.Document(str(_export(panel, qtbot, monkeypatch, tmp_path, "docx"))).paragraphs
    ]
    assert "二\u3000工作的方法" in body and "三\u3000工作的方法" not in body
    panel.session.undo_stack.undo()
    assert _tops(panel) == written
