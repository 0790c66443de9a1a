"""A sync that reads a changed file again moves the notes on it at once, not on opening.

st48's brief: 全部笔记 flagged a note whose words a changed file lost only once its document
had been opened or listed since the change. :func:`follow_changed_files` runs after every
import and sync; it loads only the documents now at the files of notes whose id is gone."""

from __future__ import annotations

from drafter.library import Library
from drafter.study.notes import NOTES_FILE, NoteStore, open_notes
from drafter.study.notes_follow import follow_changed_files

TEXT = "关于调查研究的讲话\n\n同志们：\n\n要把调查研究作为基本功。\n\n要敢于担当善于作为。\n"
OTHER = "关于安全生产的讲话\n\n同志们：\n\n安全生产责任重于泰山。\n"


def _paragraph(doc, words: str) -> tuple[int, int]:
    i = next(i for i, p in enumerate(doc.paragraphs()) if words in p.text)
    return i, doc.paragraphs()[i].text.index(words)


def test_a_sync_moves_the_notes_of_a_changed_file_and_flags_the_lost(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "讲话.txt").write_text(TEXT, encoding="utf-8")
    (folder / "安全.txt").write_text(OTHER, encoding="utf-8")
    with Library.open(tmp_path / "lib") as library:
        for _ in library.sync(folder):
            pass
        # nothing noted yet: no notes file is made by looking
        assert follow_changed_files(library).moved == 0
        assert not (tmp_path / "lib" / NOTES_FILE).exists()
        info = library.document_at(str((folder / "讲话.txt").resolve()))
        doc = library.load(info.id)
        with open_notes(library) as store:
            for words, note in (("调查研究", "调研要实"), ("敢于担当", "")):
                p, at = _paragraph(doc, words)
                store.add(info.id, p, at, at + 4, words, note, doc_title="讲话", doc_path=doc.path)
            other = library.document_at(str((folder / "安全.txt").resolve()))
            store.add(other.id, 2, 0, 4, "安全生产", doc_path=other.path)
        # unchanged files: nothing moves and nothing is loaded
        loads = []
        real_load = library.load
        library.load = lambda doc_id: loads.append(doc_id) or real_load(doc_id)
        assert follow_changed_files(library).moved == 0 and loads == []

        (folder / "讲话.txt").write_text(TEXT.replace("敢于担当", "勇于负责"), encoding="utf-8")
        for _ in library.sync(folder):
            pass
        now = library.document_at(str((folder / "讲话.txt").resolve()))
        assert now.id != info.id
        followed = follow_changed_files(library)
        assert (followed.moved, followed.unplaced, followed.documents) == (2, 1, 1)
        assert loads == [now.id]  # the changed document only
        assert "其中 1 条原文已改动" in followed.said()
        with NoteStore(tmp_path / "lib" / NOTES_FILE) as store:
            # 全部笔记 (store.all) and a search flag the lost one without the document opened
            flagged = {n.quote: n.unplaced for n in store.all()}
            assert flagged == {"调查研究": False, "敢于担当": True, "安全生产": False}
            assert [n.unplaced for n in store.search("敢于担当")] == [True]
            assert {n.doc_id for n in store.all() if n.quote != "安全生产"} == {now.id}
