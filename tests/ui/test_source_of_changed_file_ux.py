"""引用出处 → 打开 finds its source after the file changed. Walking the app as a speechwriter, a
paragraph borrowed from a library speech, whose file was then edited (and so got a new id),
could not be opened from the draft's 引用出处 (无法打开文稿：资料库中没有这篇文稿). The draft noted
the source's path and the borrowed text: the document now at that path opens at the paragraph
that still holds the text."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftNode
from drafter.settings import Settings

from .study_setup import FIRST, window_with
from .waits import WAIT_MS

BORROWED = "多到基层走走，掌握实情。"


def test_a_source_whose_file_changed_opens_its_new_version(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": FIRST}, Settings(), poll=False) as (
        window,
        library,
    ):
        doc = library.documents()[0]
        index = next(p.index for p in library.load(doc.id).paragraphs() if BORROWED in p.text)
        window.editor.set_draft(Draft(sections=[DraftNode("甲")]))
        window.editor.select_key(window.editor.draft.sections[0].id)
        source = {"document_id": doc.id, "title": doc.title, "paragraph_index": index}
        source["path"] = doc.path
        window.editor.insert_text(BORROWED, source)

        path = tmp_path / "texts" / "讲话.txt"  # the file is edited: a paragraph added above
        path.write_text(FIRST.replace("同志们：\n", "同志们：\n大家好。\n"), encoding="utf-8")
        for _ in library.add([path]):
            pass
        now = library.documents()[0]
        assert now.id != doc.id

        pane = window.editor.provenance
        pane.list.setCurrentRow(0)
        with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
            pane.open_button.click()
        assert window.reader_panel.document_key == now.id
        assert BORROWED in window.reader_panel.view.textCursor().block().text()
        assert "打开的是现在的版本" in window.statusBar().currentMessage()
