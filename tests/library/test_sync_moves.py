"""A sync that finds content at other paths than the catalogue says: two files that swapped
contents, a rename, a rename onto another file's name, a rename with a new file put where
the old one was. One sync leaves every document whose content is still in the folder, at
its new path, with its own text and its own corrections (test_contract.py runs these on
the team library too)."""

from __future__ import annotations

from libtest_helpers import OFFICE, RURAL, SAFETY, run


def _where(library) -> dict[str, str]:
    """Each document's id by the name of its file."""
    return {d.path.rsplit("/", 1)[-1]: d.id for d in library.documents()}


def test_sync_after_two_files_swapped_contents_keeps_both(corpus, library):
    a = corpus.write("a.txt", OFFICE)
    b = corpus.write("b.txt", SAFETY)
    run(library.sync(corpus.folder))
    ids = _where(library)
    office, safety = ids["a.txt"], ids["b.txt"]
    library.edit_metadata(office, title="更正后的标题")  # a correction on a's content
    text_a, text_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(text_b)
    b.write_bytes(text_a)
    last = run(library.sync(corpus.folder))
    assert (last.added, last.updated, last.removed, last.errors) == (0, 0, 0, [])
    assert _where(library) == {"a.txt": safety, "b.txt": office}
    assert library.load(office).paragraphs()[-1].text == OFFICE.paragraphs()[-1].text
    assert library.load(safety).paragraphs()[-1].text == SAFETY.paragraphs()[-1].text
    # the correction follows the content it was made on, unchanged, so nothing to re-check;
    # the other document does not take it for being at the corrected file's old path
    assert library.document(office).title == "更正后的标题"
    assert not library.corrections(office).stale
    assert library.document(safety).title == SAFETY.metadata.title
    assert library.corrections(safety).ops == []
    assert library.stale_corrections() == set()
    assert {h.document.id for h in library.search("营商环境").hits} == {office}
    assert {h.document.id for h in library.search("安全生产").hits} == {safety}
    again = run(library.sync(corpus.folder))
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 2)


def test_sync_follows_a_rename_and_a_rename_onto_another_files_name(corpus, library):
    a = corpus.write("a.txt", OFFICE)
    corpus.write("b.txt", SAFETY)
    d = corpus.write("d.txt", RURAL)
    run(library.sync(corpus.folder))
    ids = _where(library)
    a.rename(corpus.folder / "c.txt")  # a plain rename
    d.replace(corpus.folder / "b.txt")  # onto b.txt: b's text is gone
    last = run(library.sync(corpus.folder))
    assert (last.added, last.updated, last.removed, last.errors) == (0, 0, 1, [])
    assert _where(library) == {"c.txt": ids["a.txt"], "b.txt": ids["d.txt"]}
    assert library.search("安全生产").total == 0
    assert library.search("营商环境").total > 0


def test_sync_after_a_rename_and_a_new_file_under_the_old_name(corpus, library):
    a = corpus.write("a.txt", OFFICE)
    run(library.sync(corpus.folder))
    office = _where(library)["a.txt"]
    a.rename(corpus.folder / "c.txt")
    corpus.write("a.txt", SAFETY)
    last = run(library.sync(corpus.folder))
    assert (last.added, last.updated, last.removed, last.errors) == (1, 0, 0, [])
    where = _where(library)
    assert where["c.txt"] == office and where["a.txt"] != office
    assert library.search("营商环境").total > 0 and library.search("安全生产").total > 0


def test_a_renamed_file_keeps_the_corrections_of_its_earlier_version(corpus, library):
    """Corrections made on a file's earlier content, replayed and flagged after it
    changed, stay with the document when the file is then renamed."""
    a = corpus.write("a.txt", OFFICE)
    run(library.sync(corpus.folder))
    library.edit_metadata(_where(library)["a.txt"], title="更正后的标题")
    corpus.write("a.txt", OFFICE, salt="改")  # the file changes: its corrections follow
    run(library.sync(corpus.folder))
    changed = _where(library)["a.txt"]
    assert library.corrections(changed).stale
    a.rename(corpus.folder / "c.txt")
    last = run(library.sync(corpus.folder))
    assert (last.added, last.updated, last.removed) == (0, 0, 0)
    assert _where(library) == {"c.txt": changed}
    state = library.corrections(changed)
    assert state.stale and state.ops
    assert library.document(changed).title == "更正后的标题"
    assert library.load(changed).metadata.title == "更正后的标题"
    assert library.stale_corrections() == {changed}


def test_corrections_follow_a_swapped_file_to_its_next_change(corpus, library):
    """After a swap a document's corrections are found again when the file it now lives
    in changes (they moved with it), flagged for a check."""
    a = corpus.write("a.txt", OFFICE)
    b = corpus.write("b.txt", SAFETY)
    run(library.sync(corpus.folder))
    library.edit_metadata(_where(library)["a.txt"], title="更正后的标题")
    text_a, text_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(text_b)
    b.write_bytes(text_a)
    run(library.sync(corpus.folder))
    corpus.write("b.txt", OFFICE, salt="改")  # the corrected document's file changes
    last = run(library.sync(corpus.folder))
    assert (last.added, last.updated, last.removed) == (0, 1, 0)
    changed = _where(library)["b.txt"]
    assert library.corrections(changed).stale
    assert library.document(changed).title == "更正后的标题"
    assert library.document(_where(library)["a.txt"]).title == SAFETY.metadata.title
    assert library.stale_corrections() == {changed}


def test_a_file_renamed_onto_a_corrected_files_name_is_flagged_consistently(corpus, library):
    """b.txt was corrected; d.txt renamed onto it is the file at b.txt changed: its
    corrections are replayed and flagged (issue 8), and the record and the index show
    what the reader shows."""
    corpus.write("b.txt", SAFETY)
    d = corpus.write("d.txt", RURAL)
    run(library.sync(corpus.folder))
    ids = _where(library)
    library.edit_metadata(ids["b.txt"], title="更正后的标题")
    d.replace(corpus.folder / "b.txt")
    last = run(library.sync(corpus.folder))
    assert (last.added, last.updated, last.removed) == (0, 0, 1)
    assert _where(library) == {"b.txt": ids["d.txt"]}
    state = library.corrections(ids["d.txt"])
    assert state.stale and state.ops
    shown = library.load(ids["d.txt"]).metadata.title
    assert library.document(ids["d.txt"]).title == shown == "更正后的标题"
    assert library.stale_corrections() == {ids["d.txt"]}
