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


def test_a_reread_by_newer_rules_places_the_notes_again(tmp_path):
    """Same id, new parse: a paragraph split before a note moved its words one paragraph on,
    another's words were joined away. recheck moves the one and flags the other; a note
    still on its words is left alone (its updated time too)."""
    from types import SimpleNamespace

    from drafter.study.notes_follow import follow_notes_of_library

    before = ["同志们：要把调查研究作为基本功。", "要敢于担当善于作为。", "要勤俭节约。"]
    after = ["同志们：", "要把调查研究作为基本功。", "要敢于担当、善于作为。", "要勤俭节约。"]
    with NoteStore(tmp_path / "n.sqlite") as store:
        moved = store.add("d", 0, 6, 10, "调查研究", "调研要实", doc_path="/a.txt")
        lost = store.add("d", 1, 1, 9, "敢于担当善于作为", doc_path="/a.txt")
        kept = store.add("e", 0, 1, 3, "勤俭", doc_path="/b.txt")
        paragraphs = {"d": after, "e": ["要勤俭节约。"]}
        library = SimpleNamespace(
            documents=lambda: [SimpleNamespace(id="d"), SimpleNamespace(id="e")],
            load=lambda doc_id: SimpleNamespace(
                paragraphs=lambda: [SimpleNamespace(text=t) for t in paragraphs[doc_id]]
            ),
        )
        assert follow_notes_of_library(store, library).moved == 0  # no re-read: nothing read
        assert before[0][6:10] == "调查研究"
        done = follow_notes_of_library(store, library, reread=True)
        assert (done.moved, done.unplaced, done.documents) == (2, 1, 1)
        now = {n.id: n for n in store.all()}
        assert (now[moved.id].paragraph, now[moved.id].start, now[moved.id].unplaced) == (
            1,
            2,
            False,
        )
        assert now[lost.id].unplaced and now[lost.id].quote == "敢于担当善于作为"
        assert now[kept.id] == kept
        assert store.recheck("d", after) == 0  # checked once, nothing moves again
