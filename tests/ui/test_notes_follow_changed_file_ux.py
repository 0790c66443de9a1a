"""A trainee's notes follow the model text when its file changes. Walking the app, a note on a
speech whose file was then edited (a word added) and re-imported stayed under the old id: the
text of the new version showed no highlight, 本篇笔记 listed nothing, and a double click on the
note under 全部笔记 said only 无法打开文稿：资料库中没有这篇文稿. A document's id is its content's
hash, so the edit gave it a new one. Now the note opens the document now under its title, and
studying that document takes the note over, at the place where its quote now stands."""

from __future__ import annotations

from drafter.settings import Settings

from .study_setup import FIRST, SECOND, open_and_study, select_words, window_with
from .waits import WAIT_MS

QUOTE = "掌握实情"


def _notes_list_rows(panel):
    tab = panel.notes
    tab.scope.setCurrentIndex(1)  # 全部笔记
    return [tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())]


def test_a_note_follows_its_document_when_the_file_changes(make_window, qtbot, tmp_path):
    texts = {"开班式讲话.txt": FIRST, "全县工作会议讲话.txt": SECOND}
    with window_with(make_window, tmp_path, texts, Settings(), poll=False) as (window, library):
        first = next(d for d in library.documents() if "青年" in (d.title or ""))
        panel = open_and_study(window, first.id, qtbot)
        text = window.study.mode.page.text
        paragraph = next(i for i, p in enumerate(window.study.doc.paragraphs()) if QUOTE in p.text)
        select_words(text, paragraph, QUOTE)
        note = window.study.add_note(ask=False, text="调研要实")
        assert note is not None and note.doc_id == first.id and note.doc_path == first.path

        # the file is edited: a sentence added before the note's paragraph
        path = tmp_path / "texts" / "开班式讲话.txt"
        path.write_text(
            FIRST.replace("同志们：\n", "同志们：\n大家好，今天天气很好。\n"), encoding="utf-8"
        )
        for _ in library.add([path]):
            pass
        now = next(d for d in library.documents() if "青年" in (d.title or ""))
        assert now.id != first.id and library.document(first.id) is None
        other = next(d for d in library.documents() if "全县" in (d.title or ""))
        with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
            window.reader_panel.open_document(other.id)  # the trainee reads another text

        # the note, listed under 全部笔记, opens the document's present version
        rows = _notes_list_rows(panel)
        row = next(r for r in rows if QUOTE in r.text(0))
        opened = window.reader_panel.document_opened
        with (
            qtbot.waitSignal(panel.studied, timeout=WAIT_MS),
            qtbot.waitSignal(opened, timeout=WAIT_MS),
        ):
            panel.notes.list.itemActivated.emit(row, 0)
        assert window.reader_panel.document_key == now.id

        # studying it took the note over, at the quote's new place
        moved = window.study.notes.for_document(now.id)
        assert [n.note for n in moved] == ["调研要实"]
        paras = window.study.doc.paragraphs()
        n = moved[0]
        assert paras[n.paragraph].text[n.start : n.end] == QUOTE
        assert n.paragraph == paragraph + 1  # the added sentence is a paragraph before it
        assert window.study.mode.page.text.note_at(n.paragraph, n.start) is not None
        assert "1 条笔记已随文稿移到现在的版本" in window.statusBar().currentMessage()


def test_a_note_of_another_document_with_the_same_title_stays(tmp_path):
    from drafter.study.notes import NoteStore

    with NoteStore(tmp_path / "n.sqlite") as store:
        store.add("aaaaaaaaaaaa", 0, 0, 2, "同志", doc_title="讲话")
        store.add("bbbbbbbbbbbb", 0, 0, 2, "同志", doc_title="讲话")
        store.add("cccccccccccc", 0, 0, 2, "不在", doc_title="讲话")
        moved = store.follow("dddddddddddd", "讲话", ["同志们："], lambda: {"aaaaaaaaaaaa"})
        assert moved == 1  # b's quote is found; a is still in the library; c's quote is gone
        assert [n.doc_id for n in store.for_document("dddddddddddd")] == ["dddddddddddd"]
        assert len(store.for_document("aaaaaaaaaaaa")) == 1
        assert len(store.for_document("cccccccccccc")) == 1


def test_a_note_moves_by_its_files_path_not_by_a_shared_title(tmp_path):
    """Many reports are titled 政府工作报告: a note made on one whose file is gone from the
    library must not hop to another of that title. A note keeps its file's path and follows
    only a document at that path; one kept before paths were follows a same-titled document
    only where its quote stands near its old place."""
    import sqlite3

    from drafter.study.notes import NEAR, NoteStore

    old = tmp_path / "old.sqlite"  # a notes file from before paths were kept
    with sqlite3.connect(old) as db:
        db.execute(
            "CREATE TABLE study_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL,"
            " doc_title TEXT, paragraph INTEGER NOT NULL, start INTEGER NOT NULL,"
            " end INTEGER NOT NULL, quote TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
            " color TEXT NOT NULL DEFAULT 'yellow', created TEXT NOT NULL, updated TEXT NOT NULL)"
        )
        db.execute(
            "INSERT INTO study_notes (doc_id, doc_title, paragraph, start, end, quote, created,"
            " updated) VALUES ('aaaaaaaaaaaa', '政府工作报告', 0, 0, 4, '各位代表', '', '')"
        )
    far = ["其他内容。"] * (NEAR + 1) + ["各位代表："]
    with NoteStore(old) as store:  # the column is added; the old note has no path
        assert store.all()[0].doc_path is None
        assert store.follow("cccccccccccc", "政府工作报告", far, lambda: set(), "/x/c.txt") == 0
        assert store.follow("cccccccccccc", "政府工作报告", far[NEAR:], lambda: set()) == 1

    with NoteStore(tmp_path / "n.sqlite") as store:
        store.add(
            "bbbbbbbbbbbb", 0, 0, 4, "各位代表", doc_title="政府工作报告", doc_path="/x/b.txt"
        )
        report = ["各位代表："]
        assert store.follow("cccccccccccc", "政府工作报告", report, lambda: set(), "/x/c.txt") == 0
        assert store.follow("dddddddddddd", "政府工作报告", report, lambda: set(), "/x/b.txt") == 1
        assert store.for_document("dddddddddddd")[0].doc_path == "/x/b.txt"
