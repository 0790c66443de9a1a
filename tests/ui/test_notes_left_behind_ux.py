"""Notes whose words a changed file lost are listed and flagged, never silently dropped.

st47's walk: a note and a highlight in 学习模式, the file edited so both passages changed,
同步: 本篇笔记 said 本篇 0 条笔记和高亮 and nothing showed the notes were left behind. Now the
real 本篇笔记 list shows them first, marked 原文已改动，未找到这段文字 with their old words, and
重新定位 puts one on the words the trainee selects; a note whose words only moved (a line
added before them) is still drawn on them.

st48's walk: 全部笔记 flagged the lost notes only once the changed document had been opened
since the change. The import now moves them, so 全部笔记 flags them at once, and 重新定位
there opens the note's document first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.settings import Settings
from drafter.ui.study.notes_tab import NOTE_ROLE, UNPLACED

from .study_setup import FIRST, SECOND, open_and_study, select_words, window_with
from .waits import WAIT_MS


def _paragraph(window, words: str) -> int:
    return next(i for i, p in enumerate(window.study.doc.paragraphs()) if words in p.text)


def _rows(tab):
    return [tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())]


def test_notes_whose_words_changed_are_flagged_at_once_and_placed_again(
    make_window, qtbot, tmp_path
):
    texts = {"开班式讲话.txt": FIRST, "全县工作会议讲话.txt": SECOND}
    with window_with(make_window, tmp_path, texts, Settings(), poll=False) as (window, library):
        first = next(d for d in library.documents() if "青年" in (d.title or ""))
        second = next(d for d in library.documents() if "全县" in (d.title or ""))
        panel = open_and_study(window, first.id, qtbot)
        text = window.study.mode.page.text
        for words, note in (("掌握实情", "调研要实"), ("勤记笔记", None), ("多看多想", None)):
            select_words(text, _paragraph(window, words), words)
            assert window.study.add_note(ask=note is not None, text=note) is not None
        # the trainee reads another text meanwhile
        with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
            window.reader_panel.open_document(second.id)

        # the file is edited: two noted passages reworded, a line added before the third,
        # and imported again from the library panel
        path = tmp_path / "texts" / "开班式讲话.txt"
        edited = FIRST.replace("掌握实情", "摸清底数").replace("勤记笔记", "常写心得")
        path.write_text(edited.replace("同志们：\n", "同志们：\n大家好。\n"), encoding="utf-8")
        lp = window.library_panel
        with qtbot.waitSignal(lp.import_finished, timeout=WAIT_MS):
            lp.import_paths([path])
        now = next(d for d in library.documents() if "青年" in (d.title or ""))
        assert now.id != first.id
        assert "3 条笔记已随改动的文稿" in window.statusBar().currentMessage()

        # 全部笔记 flags the lost ones without the changed document being opened
        tab = panel.notes
        panel.tabs.setCurrentWidget(tab)  # the 笔记 tab, as the trainee opens it
        tab.scope.setCurrentIndex(1)
        qtbot.waitUntil(lambda: len(_rows(tab)) == 3, timeout=WAIT_MS)
        flagged = sorted(r.text(0) for r in _rows(tab) if r.text(0).startswith("⚠"))
        assert flagged == [f"⚠ {UNPLACED}：“勤记笔记”", f"⚠ {UNPLACED}：“掌握实情”"]
        assert f"其中 2 条{UNPLACED}" in tab.summary.text()

        # 重新定位 from 全部笔记: the note's document opens first, the note stays chosen
        row = next(r for r in _rows(tab) if "掌握实情" in r.text(0))
        tab.list.setCurrentItem(row)
        assert tab.relocate_button.isVisible() and tab.relocate_button.isEnabled()
        with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
            qtbot.mouseClick(tab.relocate_button, Qt.MouseButton.LeftButton)
        assert window.study.doc_id == now.id
        assert "选中它现在对应的文字" in window.statusBar().currentMessage()
        assert "掌握实情" in tab.list.currentItem().text(0)

        # 本篇笔记 lists them: the lost ones first, with their old words
        tab.scope.setCurrentIndex(0)
        rows = _rows(tab)
        assert len(rows) == 3, tab.summary.text()
        lost = [r for r in rows if r.data(0, NOTE_ROLE).unplaced]
        assert [r.text(0) for r in lost] == [
            f"⚠ {UNPLACED}：“掌握实情”",
            f"⚠ {UNPLACED}：“勤记笔记”",
        ]
        assert [r.text(1) for r in lost] == ["调研要实", "（高亮）"]
        # the note whose words moved is drawn on them; the lost ones on nothing
        page = window.study.mode.page.text
        kept = next(r.data(0, NOTE_ROLE) for r in rows if not r.data(0, NOTE_ROLE).unplaced)
        assert kept.paragraph == _paragraph(window, "多看多想")
        assert page.note_at(kept.paragraph, kept.start) is not None
        assert page.note_at(_paragraph(window, "摸清底数"), 0) is None

        # 重新定位: the lost note goes on the words the trainee selects, its text kept
        tab.list.setCurrentItem(lost[0])
        where = _paragraph(window, "摸清底数")
        select_words(page, where, "摸清底数")
        qtbot.mouseClick(tab.relocate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: len(_rows(tab)) == 3 and "其中 1 条" in tab.summary.text(), timeout=WAIT_MS
        )
        placed = window.study.notes.for_document(now.id)
        assert {n.quote: n.note for n in placed}["摸清底数"] == "调研要实"
        start = window.study.doc.paragraphs()[where].text.index("摸清底数")
        assert window.study.mode.page.text.note_at(where, start) is not None

        # 全部笔记 flags the one still lost
        tab.scope.setCurrentIndex(1)
        flagged = [r.text(0) for r in _rows(tab) if r.text(0).startswith("⚠")]
        assert flagged == [f"⚠ {UNPLACED}：“勤记笔记”"]
