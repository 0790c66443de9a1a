"""Adding, syncing, removing, listing and loading documents."""

from __future__ import annotations

import os

import pytest
from libtest_helpers import OFFICE, RURAL, SAFETY, run, speech

from drafter.library import Library, LibraryError


def test_add_imports_every_file_and_reports_progress(corpus, library):
    corpus.write("a.txt", OFFICE)
    corpus.write("sub/b.txt", SAFETY)
    corpus.write("sub/deeper/c.txt", RURAL)
    phases = [p.phase for p in library.add([corpus.folder])]
    assert phases[0] == "scan" and phases[-1] == "done"
    assert "read" in phases and "commit" in phases
    last = run(library.add([corpus.folder]))
    assert last.unchanged == 3 and last.added == 0
    docs = library.documents()
    assert sorted(d.title for d in docs) == sorted(
        [OFFICE.metadata.title, SAFETY.metadata.title, RURAL.metadata.title]
    )
    office = next(d for d in docs if d.title == OFFICE.metadata.title)
    assert office.speaker == "张三" and office.date == "2024-03-05" and office.genre == "讲话"
    assert office.paragraphs == len(OFFICE.paragraphs())
    assert office.chars == sum(len(p.text) for p in OFFICE.paragraphs())
    assert len(office.id) == 12 and office.sha256.startswith(office.id)


def test_add_twice_does_not_duplicate(corpus, library):
    path = corpus.write("a.txt", OFFICE)
    first = run(library.add([path]))
    assert first.added == 1
    before = library.search("营商环境").total
    second = run(library.add([path, corpus.folder]))
    assert (second.added, second.updated, second.unchanged) == (0, 0, 1)
    assert len(library.documents()) == 1
    assert library.search("营商环境").total == before
    os.utime(path, None)  # touched, same bytes: hashed again, still unchanged
    third = run(library.add([path]))
    assert (third.added, third.updated, third.unchanged) == (0, 0, 1)


def test_same_content_at_two_paths_is_one_document(corpus, library):
    path = corpus.write("a.txt", OFFICE)
    copy = corpus.folder / "copy.txt"
    copy.write_bytes(path.read_bytes())
    last = run(library.add([corpus.folder]))
    # the copy is reported as a duplicate, not as 未变 (issue 12)
    assert last.added == 1 and last.duplicates == 1 and last.unchanged == 0
    assert len(library.documents()) == 1
    # and named with the file it repeats: 重复 1 left the writer to guess which (ux54)
    ((repeat, original),) = last.duplicate_of
    assert sorted([repeat, original]) == sorted([str(path), str(copy)])
    later = corpus.folder / "sub" / "again.txt"  # a copy of a document already in
    later.parent.mkdir()
    later.write_bytes(path.read_bytes())
    again = run(library.add([later]))
    assert again.duplicates == 1 and again.duplicate_of == [(str(later), original)]


def test_changed_file_replaces_old_version(corpus, library):
    path = corpus.write("a.txt", OFFICE)
    run(library.add([path]))
    old_id = library.documents()[0].id
    changed = speech("修改后的讲话", [("一、", "新的标题", ["今年重点抓好数字政府建设。"])])
    corpus.write("a.txt", changed, salt="v2")
    last = run(library.add([path]))
    assert (last.added, last.updated) == (0, 1)
    docs = library.documents()
    assert [d.title for d in docs] == ["修改后的讲话"] and docs[0].id != old_id
    assert library.search("营商环境").total == 0
    assert library.search("数字政府").total == 1


def test_per_file_errors_do_not_stop_the_batch(corpus, library, tmp_path):
    corpus.write("good.txt", OFFICE)
    empty = corpus.folder / "empty.txt"
    empty.write_text("   \n\n", encoding="utf-8")
    (corpus.folder / "zero.txt").write_bytes(b"")  # fails in the scan, before any read
    reading = []  # (done, total) as each step said it (the progress is one object)
    for last in library.add([corpus.folder, tmp_path / "missing.txt"]):
        if last.phase == "read":
            reading.append((last.done_files, last.total_files))
    assert last.added == 1
    # the count is of every file chosen: the ones that failed in the scan stayed out of it
    # (four files, one of them empty, showed 3/3 个文件)
    assert reading and all(total == 4 for _done, total in reading), reading
    assert reading[0][0] == 2 and (last.done_files, last.total_files) == (4, 4)
    failed = {os.path.basename(p) for p, _ in last.errors}
    assert {"empty.txt", "missing.txt", "zero.txt"} <= failed
    for path, message in last.errors:
        assert "\n" not in message and os.path.basename(path) in message


def test_sync_adds_updates_and_removes(corpus, library):
    a = corpus.write("a.txt", OFFICE)
    b = corpus.write("b.txt", SAFETY)
    first = run(library.sync(corpus.folder))
    assert first.added == 2
    corpus.write("c.txt", RURAL)
    corpus.write("a.txt", speech("新版讲话", [("一、", "标题", ["推进数字政府建设。"])]), salt="2")
    b.unlink()
    last = run(library.sync(corpus.folder))
    assert (last.added, last.updated, last.removed, last.unchanged) == (1, 1, 1, 0)
    titles = sorted(d.title for d in library.documents())
    assert titles == sorted(["新版讲话", RURAL.metadata.title])
    assert library.search("煤矿").total == 0
    assert library.search("数字政府").total == 1
    assert a.exists()
    again = run(library.sync(corpus.folder))
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 2)


def test_sync_follows_a_moved_file(corpus, library):
    a = corpus.write("a.txt", OFFICE)
    run(library.sync(corpus.folder))
    doc_id = library.documents()[0].id
    moved = corpus.folder / "sub" / "renamed.txt"
    moved.parent.mkdir()
    a.rename(moved)
    last = run(library.sync(corpus.folder))
    assert (last.added, last.updated, last.removed) == (0, 0, 0)
    docs = library.documents()
    assert [(d.id, d.path) for d in docs] == [(doc_id, str(moved.resolve()))]
    assert library.search("营商环境").total > 0


def test_sync_leaves_documents_outside_the_folder(corpus, library, tmp_path):
    corpus.write("a.txt", OFFICE)
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(
        "在会议上的讲话\n要抓好安全生产工作，守住底线。\n", encoding="utf-8"
    )
    run(library.add([other]))
    run(library.sync(corpus.folder))
    assert len(library.documents()) == 2


def test_sync_of_a_missing_folder_is_an_error(library, tmp_path):
    with pytest.raises(LibraryError, match="no such folder"):
        library.sync(tmp_path / "nope")


def test_remove_by_id_and_by_path(corpus, library):
    a = corpus.write("a.txt", OFFICE)
    corpus.write("b.txt", SAFETY)
    run(library.add([corpus.folder]))
    ids = {d.title: d.id for d in library.documents()}
    assert library.remove(ids[SAFETY.metadata.title])
    assert library.search("煤矿").total == 0
    assert library.remove(str(a))
    assert library.documents() == []
    assert library.search("营商环境").total == 0
    assert not library.remove("000000000000")


def test_info_counts(corpus, library):
    corpus.write("a.txt", OFFICE)
    corpus.write("b.txt", SAFETY)
    run(library.add([corpus.folder]))
    library.add_words(["放管服"])
    info = library.info()
    assert info["documents"] == 2
    assert info["paragraphs"] == len(OFFICE.paragraphs()) + len(SAFETY.paragraphs())
    assert info["bytes"] == sum(p.stat().st_size for p in corpus.folder.iterdir())
    assert info["index_bytes"] > 0 and info["words"] == 1 and info["reindex_needed"] is True


def test_load_returns_the_cached_parse_after_the_file_is_gone(corpus, library):
    path = corpus.write("a.txt", OFFICE)
    run(library.add([path]))
    doc_id = library.documents()[0].id
    path.unlink()
    doc = library.load(doc_id)
    assert doc.metadata.title == OFFICE.metadata.title
    assert [p.text for p in doc.paragraphs()] == [p.text for p in OFFICE.paragraphs()]
    assert doc.outline.sections[0].marker == "一、"
    with pytest.raises(LibraryError):
        library.load("nosuchdocument")


def test_library_persists_across_open(corpus, tmp_path):
    corpus.write("a.txt", OFFICE)
    with Library.open(tmp_path / "lib", workers=1) as lib:
        run(lib.add([corpus.folder]))
    with Library.open(tmp_path / "lib", create=False) as lib:
        assert lib.search("营商环境").total > 0
    with pytest.raises(LibraryError, match="no Drafter library"):
        Library.open(tmp_path / "elsewhere", create=False)


def test_watched_folders(library, tmp_path):
    library.watch(tmp_path)
    assert library.watched_folders() == [str(tmp_path.resolve())]
    library.unwatch(tmp_path)
    assert library.watched_folders() == []
    with pytest.raises(LibraryError):
        library.watch(tmp_path / "missing")


def test_user_words_change_tokenisation_after_reindex(corpus, library):
    corpus.write("a.txt", OFFICE)
    run(library.add([corpus.folder]))
    # Without the word, 接诉即办 is cut 接/诉/即/办, so the single character 诉 (a word
    # query: one character is never a literal) matches.
    assert library.search("诉").total == 1
    library.add_words(["接诉即办", "一网统管"])
    assert library.words() == ["一网统管", "接诉即办"]
    assert library.needs_reindex()
    assert library.search("诉").total == 1  # not yet: queries still cut like the index
    last = run(library.reindex())
    assert last.phase == "done" and last.reindexed == 1 and last.added == 0
    assert not library.needs_reindex()
    assert library.search("诉").total == 0  # now 接诉即办 is one token
    assert library.search("接诉").total == 1  # and the text still holds 接诉 literally
    hit = library.search("接诉即办").hits[0]
    assert [hit.text[s:e] for s, e in hit.highlights] == ["接诉即办"]
    library.remove_words(["接诉即办"])
    run(library.reindex())
    assert library.search("诉").total == 1


def test_builtin_vocabulary_keeps_set_phrases_whole(corpus, library):
    corpus.write("a.txt", OFFICE)
    run(library.add([corpus.folder]))
    hit = library.search("放管服").hits[0]
    assert [hit.text[s:e] for s, e in hit.highlights] == ["放管服"]
    # The pieces of a whole word stay findable (indexed as sub-words).
    assert library.search("营商").total == library.search("营商环境").total
    assert not library.needs_reindex()


def test_reindex_keeps_documents_and_cleans_old_index(corpus, library):
    corpus.write("a.txt", OFFICE)
    corpus.write("b.txt", SAFETY)
    run(library.add([corpus.folder]))
    before = {d.id: d.added for d in library.documents()}
    run(library.reindex())
    assert {d.id: d.added for d in library.documents()} == before
    folders = [p.name for p in library.root.iterdir() if p.name.startswith("index")]
    assert len(folders) == 1
    assert library.search("煤矿").total == 1


def test_words_with_spaces_are_rejected(library):
    with pytest.raises(LibraryError):
        library.add_words(["两个 词"])


def test_many_small_adds_merge_tiny_segments(corpus, library):
    expected, mentions = {}, 0
    for i, doc in enumerate(
        [OFFICE, SAFETY, RURAL]
        + [speech(f"讲话{i}", [("一、", "标题", [f"推进营商环境第{i}项改革。"])]) for i in range(4)]
    ):
        path = corpus.write(f"d{i}.txt", doc)
        run(library.add([path]))  # one segment per add; tiny ones are merged as they pile up
        expected[doc.metadata.title] = len(doc.paragraphs())
        mentions += sum("营商环境" in p.text for p in doc.paragraphs())
    segments = library._current_index().reader().leaf_readers()
    assert len(segments) < 7
    assert library.search("营商环境", limit=100).total == mentions
    for title, count in expected.items():
        assert library.search(f'title:"{title}"', limit=100).total == count
    hit = library.search('"一网通办"').hits[0]
    assert [hit.text[s:e] for s, e in hit.highlights] == ["一网通办"]
    # removing after a merge still removes everything of that document
    assert library.remove(library.search("煤矿").hits[0].document.id)
    assert library.search("煤矿").total == 0
