"""比较稿件 shows a moved paragraph as one move, from its old heading to its new one: the
detail pane said 删除段落 under one heading and 新增段落 under another, and the heading it
left was marked only on the side it no longer had it."""

from __future__ import annotations

from drafter.drafts.open_any import open_as_draft
from drafter.settings import Settings

from .waits import WAIT_MS

SPEECH = "seeds/003_e00d83e4667ee5ea.txt"


def _rows(tree) -> list[str]:
    out = []

    def visit(item):
        out.append(item.text(0))
        for k in range(item.childCount()):
            visit(item.child(k))

    for k in range(tree.topLevelItemCount()):
        visit(tree.topLevelItem(k))
    return out


def test_the_dialog_says_where_the_paragraph_went(make_window, qtbot, shared_dir):
    window = make_window(Settings(autosave_seconds=0))
    old = open_as_draft(shared_dir / SPEECH)
    new = open_as_draft(shared_dir / SPEECH)
    source = next(n for n in new.walk() if n.heading.startswith("充分认识办公室工作的重要性"))
    target = next(n for n in new.walk() if n.heading.startswith("坚定信念"))
    target.paragraphs.append(source.paragraphs.pop(0))
    window.editor.session.load(new)
    dialog = window.editor.office.open_compare(old, "初稿.txt")
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    assert (
        "正文变化 1 段" in dialog.summary.text() and "增加 0 字，删除 0 字" in dialog.summary.text()
    )
    html = dialog.show_all()
    assert "移动段落" in html and "删除段落" not in html and "新增段落" not in html
    assert (
        "现移到“三、进一步转变作风，努力提高办公室整体服务质量 / （二）坚定信念，提振士气”" in html
    )
    # the heading it left is marked on the old side, the one it joined on the new
    assert any(r.startswith("✎ （一）充分认识办公室工作的重要性") for r in _rows(dialog.old_tree))
    assert any(r.startswith("✎ （二）坚定信念") for r in _rows(dialog.new_tree))
    old_id = next(n.id for n in old.walk() if n.heading.startswith("充分认识办公室工作的重要性"))
    assert "原在“一、进一步提高认识" in dialog.show_key(old_id, "old")
    dialog.close()
